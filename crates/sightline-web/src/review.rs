//! MoPI review: records due for review, soonest first, with a retain or dispose decision
//! and its reason; disposed records leave only a tombstone.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{Months, NaiveDate, Utc};
use sightline_core::retention::{ReviewItem, Tombstone, RISK_GROUPS};
use uuid::Uuid;

use crate::error::{Failure, PageError};
use crate::pages::{nav, Nav};
use crate::session::WebUser;
use crate::AppState;

type PageResult = Result<Response, PageError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/review", get(queue))
        .route("/review/{kind}/{id}", post(decide))
}

#[derive(serde::Deserialize, Default)]
struct ReviewQuery {
    /// `overdue`, `year` (due within a year) or `all`.
    due: Option<String>,
    done: Option<String>,
}

#[derive(Template)]
#[template(path = "review.html")]
struct QueuePage {
    nav: Nav,
    items: Vec<(ReviewItem, String, bool)>,
    tombstones: Vec<(Tombstone, String)>,
    groups: Vec<(i32, &'static str)>,
    due: String,
    notice: Option<&'static str>,
    errors: Vec<(String, String)>,
}

async fn queue(
    State(state): State<AppState>,
    u: WebUser,
    Query(q): Query<ReviewQuery>,
) -> PageResult {
    let notice = match q.done.as_deref() {
        Some("retain") => Some("Retained; the next review date is set."),
        Some("dispose") => Some("Disposed of. Only the tombstone below remains."),
        _ => None,
    };
    page(
        &state,
        &u,
        q.due.unwrap_or_else(|| "all".into()),
        notice,
        vec![],
    )
    .await
}

async fn page(
    state: &AppState,
    u: &WebUser,
    due: String,
    notice: Option<&'static str>,
    errors: Vec<(String, String)>,
) -> PageResult {
    let today = Utc::now().date_naive();
    let due_by = match due.as_str() {
        "overdue" => today,
        "year" => today
            .checked_add_months(Months::new(12))
            .unwrap_or(NaiveDate::MAX),
        _ => NaiveDate::MAX,
    };
    let items = state
        .store
        .review_queue(&u.ctx, due_by, 500)
        .await?
        .into_iter()
        .map(|i| {
            let href = match i.record_type.as_str() {
                "person" => format!("/people/{}", i.record_id),
                _ => format!("/intel/{}", i.record_id),
            };
            let overdue = i.review_due <= today;
            (i, href, overdue)
        })
        .collect();
    let mut tombstones = Vec::new();
    for t in state.store.tombstones(&u.ctx).await? {
        let by = state.store.get_user(t.disposed_by).await?.display_name;
        tombstones.push((t, by));
    }
    let status = crate::error::form_status(&errors);
    Ok((
        status,
        Html(
            QueuePage {
                nav: nav(state, u).await?,
                items,
                tombstones,
                groups: RISK_GROUPS.iter().map(|(g, l, _)| (*g, *l)).collect(),
                due,
                notice,
                errors,
            }
            .render()?,
        ),
    )
        .into_response())
}

async fn decide(
    State(state): State<AppState>,
    u: WebUser,
    Path((kind, id)): Path<(String, String)>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let id = Uuid::parse_str(&id).map_err(|_| PageError(Failure::NotFound))?;
    let group: i32 = f.get("risk_group").parse().unwrap_or(0);
    let decision = f.get("decision");
    let result = state
        .store
        .review_record(
            &u.with_purpose("MoPI review"),
            &kind,
            id,
            group,
            &decision,
            &f.get("reason"),
        )
        .await;
    match result {
        Ok(()) => {
            if decision == "dispose" {
                // The disposed person must leave the duplicate check's index too.
                state.live_index.invalidate().await;
            }
            Ok(Redirect::to(&format!("/review?done={decision}")).into_response())
        }
        Err(sightline_store::StoreError::Invalid(v)) => {
            let msg = format!("{}: {}", v.field.replace('_', " "), v.message);
            page(&state, &u, "all".into(), None, vec![(v.field, msg)]).await
        }
        Err(e) => Err(PageError(e.into())),
    }
}
