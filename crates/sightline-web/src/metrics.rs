//! Request counters and timings in the Prometheus text format, at `/metrics`.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::AppState;

/// (method, route, status) → (count, total seconds).
type RequestTable = BTreeMap<(String, String, u16), (u64, f64)>;

#[derive(Default)]
pub struct Metrics {
    requests: Mutex<RequestTable>,
    started: std::sync::OnceLock<Instant>,
    /// Named event counters (e.g. public reports submitted, throttled, caught by the honeypot).
    events: Mutex<BTreeMap<&'static str, u64>>,
}

impl Metrics {
    /// Counts one event, exported as `sightline_events_total{event="…"}`.
    pub fn count(&self, event: &'static str) {
        *self
            .events
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(event)
            .or_insert(0) += 1;
    }

    fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let mut m = self.requests.lock().unwrap_or_else(|p| p.into_inner());
        let e = m
            .entry((method.to_string(), route.to_string(), status))
            .or_insert((0, 0.0));
        e.0 += 1;
        e.1 += seconds;
    }
}

pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    state.metrics.started.get_or_init(Instant::now);
    let method = req.method().to_string();
    // The route pattern, not the path: ids must not become label values.
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let t = Instant::now();
    let res = next.run(req).await;
    state.metrics.observe(
        &method,
        &route,
        res.status().as_u16(),
        t.elapsed().as_secs_f64(),
    );
    res
}

pub async fn render(State(state): State<AppState>) -> impl IntoResponse {
    let mut out = String::new();
    out.push_str("# HELP sightline_http_requests_total HTTP requests answered.\n");
    out.push_str("# TYPE sightline_http_requests_total counter\n");
    let m = state
        .metrics
        .requests
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    for ((method, route, status), (n, _)) in &m {
        out.push_str(&format!(
            "sightline_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {n}\n"
        ));
    }
    out.push_str(
        "# HELP sightline_http_request_seconds_total Time spent answering HTTP requests.\n",
    );
    out.push_str("# TYPE sightline_http_request_seconds_total counter\n");
    for ((method, route, status), (_, s)) in &m {
        out.push_str(&format!(
            "sightline_http_request_seconds_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {s:.6}\n"
        ));
    }
    out.push_str(
        "# HELP sightline_events_total Events by name.\n# TYPE sightline_events_total counter\n",
    );
    for (event, n) in state
        .metrics
        .events
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
    {
        out.push_str(&format!(
            "sightline_events_total{{event=\"{event}\"}} {n}\n"
        ));
    }
    let up = state
        .metrics
        .started
        .get()
        .map(|t| t.elapsed().as_secs_f64())
        .unwrap_or(0.0);
    out.push_str("# HELP sightline_uptime_seconds Seconds since the first request.\n# TYPE sightline_uptime_seconds gauge\n");
    out.push_str(&format!("sightline_uptime_seconds {up:.3}\n"));
    out.push_str(&format!(
        "# HELP sightline_database_up Whether the database answers.\n# TYPE sightline_database_up gauge\nsightline_database_up{{backend=\"{}\"}} {}\n",
        state.store.backend(),
        u8::from(state.store.ping().await.is_ok())
    ));
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        out,
    )
}
