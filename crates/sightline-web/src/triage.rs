//! The triage queue: reports from the public, most urgent first, and what an analyst does
//! with each (assign, ask the reporter, link to a case, convert to graded intelligence,
//! send to another force, close), plus verdicts on the automatic findings.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::Deserialize;
use sightline_core::*;
use sightline_store::{Precision, TriageFilter};
use uuid::Uuid;

use crate::error::{Failure, PageError};
use crate::highlight::{highlight, Highlighted};
use crate::pages::{nav, Nav};
use crate::session::WebUser;
use crate::AppState;

type PageResult = Result<Response, PageError>;

/// (code, label) pairs for a select.
type Choices = Vec<(&'static str, &'static str)>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/triage", get(queue))
        .route("/triage/precision", get(precision))
        .route("/triage/{id}", get(show))
        .route("/triage/{id}/{action}", post(act))
}

fn render<T: Template>(status: StatusCode, t: &T) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

fn parse_id(id: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(id).map_err(|_| PageError(Failure::NotFound))
}

/// One row of the queue.
struct Row {
    r: PublicReport,
    summary: String,
    types: Vec<&'static str>,
    indicators: usize,
    force: String,
}

#[derive(Deserialize, Default)]
struct QueueQuery {
    force: Option<String>,
    r#type: Option<String>,
    indicator: Option<String>,
    closed: Option<String>,
}

#[derive(Template)]
#[template(path = "triage.html")]
struct QueuePage {
    nav: Nav,
    rows: Vec<Row>,
    q: QueueQuery,
    forces: Vec<(&'static str, &'static str)>,
    types: Vec<(&'static str, &'static str)>,
    indicators: Vec<(&'static str, &'static str)>,
}

fn force_name(code: Option<&str>) -> String {
    code.and_then(geo::force_by_code)
        .map(|f| f.name.to_string())
        .unwrap_or_else(|| "No force found (national)".into())
}

fn labels(analysis: &serde_json::Value, field: &str, key: &str) -> Vec<&'static str> {
    let list = match field {
        "exploitation" => sightline_text::EXPLOITATION_TYPES,
        _ => sightline_text::INDICATOR_CODES,
    };
    analysis[field]
        .as_array()
        .map(|xs| {
            xs.iter()
                .filter_map(|x| x[key].as_str())
                .map(|c| sightline_text::label_of(list, c))
                .collect()
        })
        .unwrap_or_default()
}

fn blank(s: &Option<String>) -> Option<String> {
    s.clone().filter(|v| !v.trim().is_empty())
}

async fn queue(
    State(state): State<AppState>,
    u: WebUser,
    Query(q): Query<QueueQuery>,
) -> PageResult {
    let filter = TriageFilter {
        include_closed: q.closed.is_some(),
        force_code: blank(&q.force),
        exploitation: blank(&q.r#type),
        indicator: blank(&q.indicator),
    };
    let reports = state.store.triage_queue(&u.ctx, &filter, 200).await?;
    let rows = reports
        .into_iter()
        .map(|r| Row {
            summary: r.answers.what.chars().take(140).collect(),
            types: labels(&r.analysis, "exploitation", "type"),
            indicators: r.analysis["indicators"].as_array().map_or(0, |a| a.len()),
            force: force_name(r.force_code.as_deref()),
            r,
        })
        .collect();
    render(
        StatusCode::OK,
        &QueuePage {
            nav: nav(&state, &u).await?,
            rows,
            q,
            forces: geo::FORCES.iter().map(|f| (f.code, f.name)).collect(),
            types: sightline_text::EXPLOITATION_TYPES
                .iter()
                .map(|c| (c.code, c.label))
                .collect(),
            indicators: sightline_text::INDICATOR_CODES
                .iter()
                .map(|c| (c.code, c.label))
                .collect(),
        },
    )
}

/// A phone, vehicle, email, postcode or handle the engine found, with stored matches.
#[derive(Template)]
#[template(path = "triage_item.html")]
struct ItemPage {
    nav: Nav,
    r: PublicReport,
    force: String,
    hl: Highlighted,
    verdicts: Vec<(String, String, FindingVerdict)>,
    messages: Vec<ReportMessage>,
    suggestions: Vec<crate::mentions::Mention>,
    cases: Vec<Case>,
    orgs: Vec<Organisation>,
    assignee: Option<String>,
    is_mine: bool,
    can_reroute: bool,
    grades: (Choices, Choices),
    errors: Vec<(String, String)>,
    notice: Option<String>,
    /// Exploitation types to open a case with: (code, label, found in the report).
    case_types: Vec<(&'static str, &'static str, bool)>,
    /// People linked to the report.
    people: Vec<Person>,
    /// The name searched for, and the people found.
    person_q: String,
    found: Option<Vec<Person>>,
}

impl ItemPage {
    fn verdict(&self, kind: &str, code: &str) -> Option<&'static str> {
        self.verdicts
            .iter()
            .find(|(k, c, _)| k == kind && c == code)
            .map(|(_, _, v)| v.label())
    }
}

#[derive(Deserialize)]
struct ShowQuery {
    done: Option<String>,
    /// A name to look for among the people the reader can see, to link them.
    person_q: Option<String>,
}

async fn show(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    Query(q): Query<ShowQuery>,
) -> PageResult {
    let notice = q.done.map(|d| match d.as_str() {
        "assign" => "Assignment saved.".to_string(),
        "ask" => "Your question is waiting for the reporter.".into(),
        "link-case" => "Report linked to the case.".into(),
        "link-person" => "Report linked to the person.".into(),
        "reroute" => "Report sent to the other force's queue.".into(),
        "close" => "Report closed.".into(),
        "finding" => "Verdict recorded.".into(),
        "entity" => "Entity created.".into(),
        _ => "Done.".into(),
    });
    let found = q.person_q.filter(|n| !n.trim().is_empty());
    item(
        &state,
        &u,
        parse_id(&id)?,
        StatusCode::OK,
        vec![],
        notice,
        found,
    )
    .await
}

async fn item(
    state: &AppState,
    u: &WebUser,
    id: Uuid,
    status: StatusCode,
    errors: Vec<(String, String)>,
    notice: Option<String>,
    person_q: Option<String>,
) -> PageResult {
    let r = state.store.get_public_report(&u.ctx, id).await?;
    let people = state.store.report_people(&u.ctx, id).await?;
    let found = match &person_q {
        Some(q) => Some(state.store.search_people(&u.ctx, q, 20).await?),
        None => None,
    };
    let text = crate::report::report_text(state, &r).await?;
    let mut hl = highlight(&text);
    // The risk stored on arrival also weighs the reporter's own answers.
    hl.risk_level = match r.risk_level.as_str() {
        "immediate" => "immediate",
        "high" => "high",
        "medium" => "medium",
        _ => "low",
    };
    if let Some(reasons) = r.analysis["risk"]["reasons"].as_array() {
        hl.risk_reasons = reasons
            .iter()
            .filter_map(|x| x.as_str().map(String::from))
            .collect();
    }
    let verdicts = state
        .store
        .finding_decisions(&u.ctx, "public_report", id)
        .await?
        .into_iter()
        .map(|d| (d.kind, d.code, d.verdict))
        .collect();
    let messages = state.store.report_messages(&u.ctx, id).await?;
    let suggestions = crate::mentions::mentions(&state.store, &u.ctx, &text).await?;
    let assignee = match r.assigned_to {
        Some(a) => Some(state.store.get_user(a).await?.display_name),
        None => None,
    };
    let can_reroute = may_reroute(&u.ctx.actor, &r.markings());
    let case_types = ExploitationType::ALL
        .iter()
        .map(|t| {
            let found = r.analysis["exploitation"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x["type"] == t.code()));
            (t.code(), t.label(), found)
        })
        .collect();
    render(
        status,
        &ItemPage {
            nav: nav(state, u).await?,
            force: force_name(r.force_code.as_deref()),
            is_mine: r.assigned_to == Some(u.user.id),
            hl,
            verdicts,
            messages,
            suggestions,
            cases: state.store.list_cases(&u.ctx, 100).await?,
            orgs: state.store.list_orgs().await?,
            assignee,
            can_reroute,
            grades: (
                SourceEvaluation::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
                IntelAssessment::ALL
                    .iter()
                    .map(|v| (v.code(), v.label()))
                    .collect(),
            ),
            r,
            errors,
            notice,
            case_types,
            people,
            person_q: person_q.unwrap_or_default(),
            found,
        },
    )
}

/// Every analyst action posts here; success returns to the report with a notice, a bad
/// value shows the report again with the error.
async fn act(
    State(state): State<AppState>,
    u: WebUser,
    Path((id, action)): Path<(String, String)>,
    body: Bytes,
) -> PageResult {
    let id = parse_id(&id)?;
    let f = u.posted(&state, &body).await?;
    let ctx = u.with_purpose(&f.get("purpose"));
    let s = &state.store;
    let result: Result<Option<Uuid>, Failure> = async {
        match action.as_str() {
            "assign" => {
                let to = match f.get("to").as_str() {
                    "me" => Some(u.user.id),
                    _ => None,
                };
                s.assign_report(&ctx, id, to).await?;
            }
            "ask" => {
                s.police_message(&ctx, id, f.get("body")).await?;
            }
            "link-case" => {
                let case = Uuid::parse_str(&f.get("case_id")).map_err(|_| Failure::Invalid {
                    field: "case_id".into(),
                    message: "choose a case".into(),
                })?;
                s.link_report_case(&ctx, id, case).await?;
            }
            "link-person" => {
                let person =
                    Uuid::parse_str(&f.get("person_id")).map_err(|_| Failure::Invalid {
                        field: "person_id".into(),
                        message: "choose a person".into(),
                    })?;
                s.link_report_person(&ctx, id, person).await?;
            }
            "convert" => {
                let se = f
                    .get("source_evaluation")
                    .parse::<SourceEvaluation>()
                    .map_err(|e| invalid("source_evaluation", e))?;
                let ia = f
                    .get("intelligence_assessment")
                    .parse::<IntelAssessment>()
                    .map_err(|e| invalid("intelligence_assessment", e))?;
                let r = s.get_public_report(&ctx, id).await?;
                let narrative = crate::report::report_text(&state, &r)
                    .await
                    .map_err(|e| e.0)?;
                let title = match f.get("title").trim() {
                    "" => format!("Public report {}", r.reference),
                    t => t.to_string(),
                };
                let intel = s
                    .convert_report(
                        &ctx,
                        id,
                        NewIntelReport {
                            title,
                            narrative,
                            source_evaluation: se,
                            intelligence_assessment: ia,
                            information_date: Some(r.created_at.date_naive()),
                        },
                    )
                    .await?;
                return Ok(Some(intel.id));
            }
            "open-case" => {
                let r = s.get_public_report(&ctx, id).await?;
                let summary = crate::report::report_text(&state, &r)
                    .await
                    .map_err(|e| e.0)?;
                let title = match f.get("case_title").trim() {
                    "" => format!("Public report {}", r.reference),
                    t => t.to_string(),
                };
                let exploitation_types = f
                    .all("exploitation")
                    .iter()
                    .map(|t| t.parse::<ExploitationType>())
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| invalid("exploitation", e))?;
                let case = s
                    .report_to_case(
                        &ctx,
                        id,
                        NewCase {
                            title,
                            summary,
                            status: CaseStatus::Active,
                            exploitation_types,
                            details: CaseDetails {
                                force_area: r.force_code.clone(),
                                opened_on: Some(chrono::Utc::now().date_naive()),
                                ..Default::default()
                            },
                        },
                    )
                    .await?;
                return Ok(Some(case.id));
            }
            "reroute" => {
                let org = Uuid::parse_str(&f.get("org")).map_err(|_| Failure::Invalid {
                    field: "org".into(),
                    message: "choose the organisation to send it to".into(),
                })?;
                let name = s.get_org(org).await?.name;
                let code = geo::force_by_name(&name).map(|f| f.code.to_string());
                s.reroute_report(&ctx, id, org, code).await?;
            }
            "close" => {
                s.close_report(&ctx, id, f.get("outcome")).await?;
            }
            "finding" => {
                let verdict = f
                    .get("verdict")
                    .parse::<FindingVerdict>()
                    .map_err(|e| invalid("verdict", e))?;
                s.decide_finding(
                    &ctx,
                    "public_report",
                    id,
                    &f.get("kind"),
                    &f.get("code"),
                    verdict,
                )
                .await?;
            }
            "entity" => {
                let r = s.get_public_report(&ctx, id).await?;
                let kind = f
                    .get("kind")
                    .parse::<EntityKind>()
                    .map_err(|e| invalid("kind", e))?;
                let e = s
                    .create_entity(
                        &ctx,
                        r.markings(),
                        NewEntity {
                            kind,
                            value: f.get("value"),
                            details: format!("From public report {}", r.reference),
                        },
                    )
                    .await?;
                return Ok(Some(e.id));
            }
            _ => return Err(Failure::NotFound),
        }
        Ok(None)
    }
    .await;
    match result {
        Ok(Some(made)) if action == "convert" => {
            Ok(Redirect::to(&format!("/intel/{made}")).into_response())
        }
        Ok(Some(made)) if action == "open-case" => {
            Ok(Redirect::to(&format!("/cases/{made}")).into_response())
        }
        Ok(Some(made)) if action == "entity" => {
            Ok(Redirect::to(&format!("/entities/{made}")).into_response())
        }
        Ok(_) => Ok(Redirect::to(&format!("/triage/{id}?done={action}")).into_response()),
        Err(Failure::Invalid { field, message }) => {
            let msg = format!("{}: {message}", field.replace('_', " "));
            item(
                &state,
                &u,
                id,
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![(field, msg)],
                None,
                None,
            )
            .await
        }
        Err(Failure::Conflict(m)) => {
            item(
                &state,
                &u,
                id,
                StatusCode::CONFLICT,
                vec![("actions".into(), m)],
                None,
                None,
            )
            .await
        }
        Err(e) => Err(PageError(e)),
    }
}

fn invalid(field: &str, e: ValidationError) -> Failure {
    Failure::Invalid {
        field: field.into(),
        message: e.message,
    }
}

#[derive(Template)]
#[template(path = "triage_precision.html")]
struct PrecisionPage {
    nav: Nav,
    rows: Vec<(Precision, String, String)>,
}

/// How often analysts confirmed each kind of automatic finding.
async fn precision(State(state): State<AppState>, u: WebUser) -> PageResult {
    let rows = state
        .store
        .finding_precision()
        .await?
        .into_iter()
        .map(|p| {
            let list = match p.kind.as_str() {
                "exploitation" => sightline_text::EXPLOITATION_TYPES,
                "sign" => sightline_text::SIGN_CODES,
                _ => sightline_text::INDICATOR_CODES,
            };
            let label = sightline_text::label_of(list, &p.code).to_string();
            let pct = p
                .precision()
                .map(|x| format!("{:.0}%", x * 100.0))
                .unwrap_or_else(|| "–".into());
            (p, label, pct)
        })
        .collect();
    render(
        StatusCode::OK,
        &PrecisionPage {
            nav: nav(&state, &u).await?,
            rows,
        },
    )
}
