//! Entity resolution in the product: the review queue of candidate pairs (`/matches`),
//! one pair with its explanation waterfall and the decision form, the button that runs the
//! background job, and the "possible matches" box on a person's page.
//!
//! What a reader sees of a pair comes from the store, which decides per side whether they
//! may read it; a side they may not read is shown only as "held by <organisation>".

pub mod job;
pub mod live;

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use sightline_core::Person;
use sightline_resolve::Explanation;
use sightline_store::{MatchDecision, MatchPair, MatchRun, MatchSide, MatchVerdict};
use uuid::Uuid;

use crate::error::{Failure, PageError};
use crate::pages::{nav, Nav};
use crate::session::WebUser;
use crate::AppState;

pub use job::{LOWER, UPPER};

type PageResult = Result<Response, PageError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/matches", get(queue))
        .route("/matches/run", post(run))
        .route("/matches/{a}/{b}", get(show))
        .route("/matches/{a}/{b}/decide", post(decide))
}

fn render<T: Template>(status: StatusCode, t: &T) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

fn parse_id(id: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(id).map_err(|_| PageError(Failure::NotFound))
}

/// One record of a pair, as the page shows it.
pub struct SideView {
    pub person: Person,
    pub owner: String,
}

/// One row of the waterfall.
pub struct Bar {
    pub label: String,
    pub level: String,
    pub left: String,
    pub right: String,
    /// Bits this row adds (negative: takes away).
    pub bits: f64,
    /// The running total after this row.
    pub running: f64,
    /// Width of the bar in twentieths of the widest bar (a CSS class, no inline style).
    pub width: u8,
    pub positive: bool,
}

/// A pair as the pages show it.
pub struct PairView {
    /// `/matches/{left}/{right}` when both sides are shown.
    pub href: String,
    pub left_id: String,
    pub right_id: String,
    pub percent: String,
    pub likely: bool,
    /// Both records, when the reader may read both.
    pub both: Option<(SideView, SideView)>,
    /// The side shown and who holds the other, when one is held elsewhere.
    pub held: Option<(SideView, String)>,
    pub bars: Vec<Bar>,
    pub names_swapped: bool,
    pub total_bits: String,
    pub decisions: Vec<MatchDecision>,
    pub decision: Option<String>,
    pub contradiction: Option<String>,
}

fn field_label(f: &str) -> String {
    match f {
        "given_name" => "Given name",
        "family_name" => "Family name",
        "date_of_birth" => "Date of birth",
        "sex" => "Sex",
        "nationality" => "Nationality",
        "phone" => "Phone",
        "email" => "Email",
        "id_number" => "ID number",
        "address" => "Address",
        "postcode" => "Postcode",
        other => other,
    }
    .to_string()
}

fn bars(ex: &Explanation) -> Vec<Bar> {
    let mut rows: Vec<(String, String, String, String, f64)> = vec![(
        "Starting odds".into(),
        format!("prior, {:.2}%", ex.prior * 100.0),
        String::new(),
        String::new(),
        ex.prior_weight,
    )];
    for c in &ex.fields {
        rows.push((
            field_label(&c.field),
            c.label.clone(),
            c.left.clone(),
            c.right.clone(),
            c.weight + c.tf_adjustment,
        ));
    }
    if ex.household_cap < 0.0 {
        rows.push((
            "Household cap".into(),
            "shared family name, phone and address count once".into(),
            String::new(),
            String::new(),
            ex.household_cap,
        ));
    }
    let widest = rows.iter().map(|r| r.4.abs()).fold(1.0, f64::max);
    let mut running = 0.0;
    rows.into_iter()
        .map(|(label, level, left, right, bits)| {
            running += bits;
            Bar {
                label,
                level,
                left,
                right,
                bits,
                running,
                width: ((bits.abs() / widest) * 20.0).round() as u8,
                positive: bits >= 0.0,
            }
        })
        .collect()
}

fn side(p: &Person, orgs: &HashMap<Uuid, String>) -> SideView {
    SideView {
        person: p.clone(),
        owner: orgs
            .get(&p.markings.owner_org)
            .cloned()
            .unwrap_or_else(|| "another organisation".into()),
    }
}

fn view(pair: MatchPair, orgs: &HashMap<Uuid, String>) -> PairView {
    let (both, held) = match (&pair.left, &pair.right) {
        (MatchSide::Shown(l), MatchSide::Shown(r)) => (Some((side(l, orgs), side(r, orgs))), None),
        (MatchSide::Shown(p), MatchSide::Held { org_name })
        | (MatchSide::Held { org_name }, MatchSide::Shown(p)) => {
            (None, Some((side(p, orgs), org_name.clone())))
        }
        _ => (None, None),
    };
    let ex: Option<Explanation> = pair
        .explanation
        .as_ref()
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    let (left_id, right_id, href) = match &both {
        Some((l, r)) => (
            l.person.id.to_string(),
            r.person.id.to_string(),
            format!("/matches/{}/{}", l.person.id, r.person.id),
        ),
        None => Default::default(),
    };
    PairView {
        href,
        left_id,
        right_id,
        percent: if pair.probability >= 0.999 {
            "over 99.9%".into()
        } else {
            format!("{:.1}%", pair.probability * 100.0)
        },
        likely: pair.probability >= UPPER,
        both,
        held,
        bars: ex.as_ref().map(bars).unwrap_or_default(),
        names_swapped: ex.as_ref().is_some_and(|e| e.names_swapped),
        total_bits: format!("{:+.1}", pair.weight),
        decision: pair.decision().map(|d| d.verdict.label().to_string()),
        decisions: pair.decisions,
        contradiction: pair.contradiction,
    }
}

async fn org_names(state: &AppState) -> Result<HashMap<Uuid, String>, PageError> {
    Ok(state
        .store
        .list_orgs()
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// How the last run went, in words.
pub struct RunView {
    pub running: bool,
    pub text: String,
}

fn run_view(r: Option<MatchRun>) -> RunView {
    match r {
        None => RunView {
            running: false,
            text: "Matching has not been run yet.".into(),
        },
        Some(r) if r.running() => RunView {
            running: true,
            text: if r.total > 0 {
                format!(
                    "Running since {}: {}, {} of {} pairs compared.",
                    r.started_at.format("%d %b %Y %H:%M"),
                    r.stage,
                    r.done,
                    r.total
                )
            } else {
                format!(
                    "Running since {}: {}.",
                    r.started_at.format("%d %b %Y %H:%M"),
                    r.stage
                )
            },
        },
        Some(r) if r.status == "failed" => RunView {
            running: false,
            text: format!(
                "The last run, started {}, failed: {}",
                r.started_at.format("%d %b %Y %H:%M"),
                r.message
            ),
        },
        Some(r) => RunView {
            running: false,
            text: format!(
                "Last run at {}: compared {} people ({} pairs) and found {} candidate pairs; {} groups of records taken to be one person.",
                r.finished_at.unwrap_or(r.started_at).format("%d %b %Y %H:%M"),
                r.people,
                r.total,
                r.candidates,
                r.groups_found
            ),
        },
    }
}

#[derive(Template)]
#[template(path = "matches.html")]
struct QueuePage {
    nav: Nav,
    run: RunView,
    flagged: Vec<PairView>,
    likely: Vec<PairView>,
    possible: Vec<PairView>,
    notice: Option<String>,
    lower: String,
    upper: String,
    back: String,
    reason: String,
    open: bool,
}

#[derive(Deserialize)]
struct Done {
    done: Option<String>,
}

fn notice(done: Option<String>) -> Option<String> {
    done.map(|d| match d.as_str() {
        "started" => "Matching started. It runs in the background: refresh this page to follow it."
            .to_string(),
        "busy" => "Matching is already running.".into(),
        "decided" => "Decision recorded.".into(),
        _ => "Done.".into(),
    })
}

async fn queue(State(state): State<AppState>, u: WebUser, Query(q): Query<Done>) -> PageResult {
    let pairs = state.store.match_queue(&u.ctx, LOWER, 150).await?;
    let orgs = org_names(&state).await?;
    let (mut flagged, mut likely, mut possible) = (vec![], vec![], vec![]);
    for p in pairs {
        let v = view(p, &orgs);
        if v.contradiction.is_some() {
            flagged.push(v);
        } else if v.likely {
            likely.push(v);
        } else {
            possible.push(v);
        }
    }
    render(
        StatusCode::OK,
        &QueuePage {
            nav: nav(&state, &u).await?,
            run: run_view(state.store.latest_match_run().await?),
            flagged,
            likely,
            possible,
            notice: notice(q.done),
            lower: format!("{:.0}%", LOWER * 100.0),
            upper: format!("{:.0}%", UPPER * 100.0),
            back: "/matches".into(),
            reason: String::new(),
            open: false,
        },
    )
}

async fn run(State(state): State<AppState>, u: WebUser, body: Bytes) -> PageResult {
    u.posted(&state, &body).await?;
    match job::start(&state.store, Some(&u.ctx)).await {
        Ok(run) => {
            let store = state.store.clone();
            tokio::spawn(async move {
                let _ = job::work(store, run).await;
            });
            Ok(Redirect::to("/matches?done=started").into_response())
        }
        Err(sightline_store::StoreError::Conflict(_)) => {
            Ok(Redirect::to("/matches?done=busy").into_response())
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "matches_item.html")]
struct ItemPage {
    nav: Nav,
    p: PairView,
    errors: Vec<(String, String)>,
    notice: Option<String>,
    reason: String,
    back: String,
    open: bool,
}

async fn item(
    state: &AppState,
    u: &WebUser,
    (a, b): (Uuid, Uuid),
    status: StatusCode,
    errors: Vec<(String, String)>,
    notice: Option<String>,
    reason: String,
) -> PageResult {
    let pair = state.store.get_match(&u.ctx, a, b).await?;
    let p = view(pair, &org_names(state).await?);
    let back = p.href.clone();
    render(
        status,
        &ItemPage {
            nav: nav(state, u).await?,
            p,
            errors,
            notice,
            reason,
            back,
            open: true,
        },
    )
}

async fn show(
    State(state): State<AppState>,
    u: WebUser,
    Path((a, b)): Path<(String, String)>,
    Query(q): Query<Done>,
) -> PageResult {
    let (a, b) = (parse_id(&a)?, parse_id(&b)?);
    item(
        &state,
        &u,
        (a, b),
        StatusCode::OK,
        vec![],
        notice(q.done),
        String::new(),
    )
    .await
}

async fn decide(
    State(state): State<AppState>,
    u: WebUser,
    Path((a, b)): Path<(String, String)>,
    body: Bytes,
) -> PageResult {
    let (a, b) = (parse_id(&a)?, parse_id(&b)?);
    let f = u.posted(&state, &body).await?;
    let reason = f.get("reason");
    let result: Result<(), Failure> = async {
        let verdict = f
            .get("verdict")
            .parse::<MatchVerdict>()
            .map_err(|e| Failure::Invalid {
                field: "verdict".into(),
                message: e.message,
            })?;
        state
            .store
            .decide_match(&u.with_purpose(&f.get("purpose")), a, b, verdict, &reason)
            .await?;
        Ok(())
    }
    .await;
    match result {
        Ok(()) => {
            let back = f.get("back");
            let back = if back.starts_with("/matches") || back.starts_with("/people/") {
                back
            } else {
                "/matches".into()
            };
            let sep = if back.contains('?') { '&' } else { '?' };
            Ok(Redirect::to(&format!("{back}{sep}done=decided")).into_response())
        }
        Err(Failure::Invalid { field, message }) => {
            let (l, r) = job::ordered(a, b);
            let (field, msg) = match field.as_str() {
                "reason" => (format!("reason-{l}-{r}"), format!("Why: {message}")),
                _ => (format!("same-{l}-{r}"), format!("Decision: {message}")),
            };
            item(
                &state,
                &u,
                (a, b),
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![(field, msg)],
                None,
                reason,
            )
            .await
        }
        Err(e) => Err(PageError(e)),
    }
}

/// The "possible matches" box on a person's page: the person's candidate pairs as the
/// reader may see them.
pub struct PersonMatches {
    pub pairs: Vec<(PairView, Option<SideView>)>,
    /// The other records taken to be this same person (strong matches and decisions):
    /// shown, or only who holds them.
    pub same: Vec<SameAs>,
}

/// Another record of the same person.
pub enum SameAs {
    Shown(Box<SideView>),
    Held(String),
}

/// Loads the box for `person_id` (whom the reader has just read).
pub async fn for_person(
    state: &AppState,
    u: &WebUser,
    person_id: Uuid,
) -> Result<PersonMatches, PageError> {
    let pairs = state.store.person_matches(&u.ctx, person_id, LOWER).await?;
    let orgs = org_names(state).await?;
    let pairs = pairs
        .into_iter()
        .map(|p| {
            let v = view(p, &orgs);
            let other = v.both.as_ref().map(|(l, r)| {
                let o = if l.person.id == person_id { r } else { l };
                SideView {
                    person: o.person.clone(),
                    owner: o.owner.clone(),
                }
            });
            (v, other)
        })
        .collect();
    let groups = job::stored_groups(&state.store).await?;
    let mut others: Vec<Uuid> = match groups.get(&person_id) {
        Some(g) => groups
            .iter()
            .filter(|&(id, group)| group == g && *id != person_id)
            .map(|(id, _)| *id)
            .collect(),
        None => vec![],
    };
    others.sort();
    let same = state
        .store
        .match_sides(&u.ctx, &others)
        .await?
        .into_iter()
        .map(|(_, s)| match s {
            MatchSide::Shown(p) => SameAs::Shown(Box::new(side(&p, &orgs))),
            MatchSide::Held { org_name } => SameAs::Held(org_name),
        })
        .collect();
    Ok(PersonMatches { pairs, same })
}

/// Runs the duplicate check for a person just saved; a failure is logged, never shown:
/// the record is saved whatever the check finds.
pub async fn check_saved(state: &AppState, person: &Person) {
    if let Err(e) = state.live_index.check(&state.store, person).await {
        tracing::warn!(error = %e, person = %person.id, "duplicate check on save failed");
    }
}

/// The duplicate check for the people of a batch written since `started`; like
/// [`check_saved`], a failure is logged, never shown.
pub async fn check_batch(state: &AppState, started: chrono::DateTime<chrono::Utc>) {
    if let Err(e) = state.live_index.check_since(&state.store, started).await {
        tracing::warn!(error = %e, "duplicate check of a batch failed");
    }
}
