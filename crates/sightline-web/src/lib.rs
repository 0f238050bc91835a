//! Sightline's web face: the HTML UI for people, the JSON API for machines, sign-in,
//! sessions, CSRF and second factors. It speaks to data only through the `Store` trait;
//! it holds no SQL and decides no access itself (the store asks the policy).

pub mod api;
mod api_batch;
pub mod auth;
pub mod error;
pub mod export;
mod forms;
pub mod highlight;
mod limit;
pub mod matches;
mod mentions;
mod metrics;
pub mod network;
mod pages;
pub mod picture;
pub mod report;
mod review;
pub mod session;
mod signs;
mod triage;
mod upload;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use sightline_store::DynStore;
use tower_http::set_header::SetResponseHeaderLayer;

pub use metrics::Metrics;

/// How the web server behaves; set from the command line.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Served behind TLS (directly or by a proxy): cookies get `Secure` and HSTS is sent.
    pub secure_cookies: bool,
    /// Take the client address from `X-Forwarded-For` (only behind a proxy you control).
    pub trust_proxy: bool,
    pub idle_timeout: chrono::Duration,
    pub absolute_timeout: chrono::Duration,
    pub request_timeout: Duration,
    pub body_limit: usize,
    /// Failed sign-ins allowed per account, and per address, in `throttle_window`.
    pub max_failures_per_account: i64,
    pub max_failures_per_address: i64,
    pub throttle_window: chrono::Duration,
    /// Public reports (and returns to one) allowed per address in `report_window`.
    pub max_reports_per_address: usize,
    pub report_window: Duration,
    /// Where uploaded import files wait between preview and import (owner-only directory).
    pub upload_dir: std::path::PathBuf,
    /// Largest import file accepted through the web, in bytes.
    pub upload_limit: usize,
    /// How long an upload (or the import that follows) may take.
    pub upload_timeout: Duration,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: false,
            trust_proxy: false,
            idle_timeout: chrono::Duration::minutes(30),
            absolute_timeout: chrono::Duration::hours(12),
            request_timeout: Duration::from_secs(30),
            body_limit: 1024 * 1024,
            max_failures_per_account: 5,
            max_failures_per_address: 20,
            throttle_window: chrono::Duration::minutes(15),
            max_reports_per_address: 10,
            report_window: Duration::from_secs(3600),
            upload_dir: std::env::temp_dir().join("sightline-uploads"),
            upload_limit: 50 * 1024 * 1024,
            upload_timeout: Duration::from_secs(600),
        }
    }
}

pub struct Inner {
    pub store: DynStore,
    pub config: WebConfig,
    pub metrics: Metrics,
    /// Per-address allowance for the public forms (in memory, addresses hashed).
    pub public_limit: limit::RateLimiter,
    /// The duplicate check's index of stored people (built on first use).
    pub live_index: matches::live::LiveIndex,
}

/// Shared by every request.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    pub fn new(store: DynStore, config: WebConfig) -> Self {
        let public_limit =
            limit::RateLimiter::new(config.max_reports_per_address, config.report_window);
        AppState(Arc::new(Inner {
            store,
            config,
            metrics: Metrics::default(),
            public_limit,
            live_index: matches::live::LiveIndex::default(),
        }))
    }
}

/// The content security policy: nothing inline, nothing from elsewhere.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
    font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The whole application: pages, API, health, metrics and assets, with the layers that
/// every response passes through.
pub fn router(state: AppState) -> Router {
    // Every route but the file upload: the ordinary body limit and request timeout.
    let ordinary = Router::new()
        .merge(pages::routes())
        .merge(signs::routes())
        .merge(report::routes())
        .merge(export::routes())
        .merge(picture::routes())
        .merge(network::routes())
        .merge(forms::routes())
        .merge(triage::routes())
        .merge(review::routes())
        .merge(matches::routes())
        .merge(upload::routes())
        .nest("/api/v1", api::routes())
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics::render))
        .route("/assets/{name}", get(asset))
        .layer(DefaultBodyLimit::max(state.config.body_limit))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            state.config.body_limit,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.config.request_timeout,
        ));
    // The import file upload streams to disk and counts its own limit, so that a file too
    // large gets a page that says so rather than a bare 413.
    let uploads = upload::upload_routes()
        .layer(DefaultBodyLimit::disable())
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            state.config.upload_timeout,
        ));
    let mut app = ordinary
        .merge(uploads)
        .fallback(pages::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::new())
        .layer(tower_http::trace::TraceLayer::new_for_http());
    let headers: [(header::HeaderName, &str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            header::HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
        (
            header::HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in headers {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    if state.config.secure_cookies {
        app = app.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    app.with_state(state)
}

/// Serves until `shutdown` resolves, then finishes the requests in flight.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, format!("ok {}\n", state.store.backend())),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "database unavailable\n".to_string(),
            )
        }
    }
}

/// Every asset, compiled into the binary.
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("../assets/app.css"),
    ),
    (
        "public.css",
        "text/css; charset=utf-8",
        include_str!("../assets/public.css"),
    ),
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    ),
];

async fn asset(axum::extract::Path(name): axum::extract::Path<String>) -> axum::response::Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, body)) => (
            [
                (header::CONTENT_TYPE, *mime),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            *body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}
