//! "Report a concern": the public's multi-step form, and the way back to a report with its
//! reference and secret.
//!
//! No account, no JavaScript needed: each step posts every answer so far (the steps before
//! and after travel as hidden fields), so nothing is stored until the reporter submits.
//! Nothing that identifies an anonymous reporter is kept: the network address is used
//! only, hashed in memory, for the rate limit, and never reaches the record or the logs.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sha2::{Digest, Sha256};
use sightline_core::public::{MAX_ACCOUNT, MAX_ANSWER, MAX_SHORT};
use sightline_core::{
    geo, ContactChoice, DangerNow, NewPublicReport, OrgType, PublicReport, ReportMessage,
};
use sightline_store::{DynStore, StoreError, Submission};
use std::net::SocketAddr;
use uuid::Uuid;

use crate::error::PageError;
use crate::pages::{client_ip, FormData};
use crate::AppState;

type PageResult = Result<Response, PageError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/report", get(start).post(step))
        .route("/report/return", get(return_page).post(return_submit))
        .route("/report/add", axum::routing::post(add_information))
}

/// The steps in order, with the fields each one asks for.
const STEPS: &[(&str, &str, &[&str])] = &[
    ("danger", "Is anyone in danger now?", &["danger_now"]),
    ("what", "What did you see?", &["what"]),
    ("where", "Where was it?", &["place", "postcode"]),
    ("when", "When was it?", &["when"]),
    (
        "who",
        "People, vehicles and businesses",
        &["people", "vehicles", "businesses"],
    ),
    (
        "you",
        "About you",
        &[
            "contact",
            "reporter_name",
            "reporter_phone",
            "reporter_email",
        ],
    ),
    ("check", "Check your answers", &[]),
];

const FIELDS: &[&str] = &[
    "danger_now",
    "what",
    "place",
    "postcode",
    "when",
    "people",
    "vehicles",
    "businesses",
    "contact",
    "reporter_name",
    "reporter_phone",
    "reporter_email",
];

fn step_index(name: &str) -> Option<usize> {
    STEPS.iter().position(|(n, _, _)| *n == name)
}

/// The answers as the form carries them (strings, exactly as typed).
#[derive(Default, Clone)]
struct Answers(Vec<(&'static str, String)>);

impl Answers {
    fn from_form(f: &FormData) -> Self {
        Answers(FIELDS.iter().map(|k| (*k, f.get(k))).collect())
    }
    fn get(&self, k: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
    fn to_report(&self) -> NewPublicReport {
        let opt = |k: &str| Some(self.get(k).to_string()).filter(|s| !s.trim().is_empty());
        NewPublicReport {
            danger_now: self.get("danger_now").parse::<DangerNow>().ok(),
            what: self.get("what").into(),
            place: self.get("place").into(),
            postcode: opt("postcode"),
            when: self.get("when").into(),
            people: self.get("people").into(),
            vehicles: self.get("vehicles").into(),
            businesses: self.get("businesses").into(),
            contact: self.get("contact").parse::<ContactChoice>().ok(),
            reporter_name: opt("reporter_name"),
            reporter_phone: opt("reporter_phone"),
            reporter_email: opt("reporter_email"),
        }
    }
}

#[derive(Template)]
#[template(path = "public/report_step.html")]
struct StepPage {
    path: &'static str,
    step: &'static str,
    title: &'static str,
    number: usize,
    total: usize,
    a: Answers,
    /// Answers of the other steps, carried along.
    hidden: Vec<(&'static str, String)>,
    errors: Vec<(String, String)>,
    dangers: Vec<(&'static str, &'static str)>,
    contacts: Vec<(&'static str, &'static str)>,
    /// The check-your-answers rows: (step, question, answer).
    summary: Vec<(&'static str, &'static str, String)>,
    max_account: usize,
    max_answer: usize,
    max_short: usize,
}

impl StepPage {
    fn error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

#[derive(Template)]
#[template(path = "public/report_start.html")]
struct StartPage {
    path: &'static str,
}

#[derive(Template)]
#[template(path = "public/report_danger.html")]
struct DangerPage {
    path: &'static str,
    hidden: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "public/report_done.html")]
struct DonePage {
    path: &'static str,
    reference: String,
    secret: String,
    danger: bool,
}

#[derive(Template)]
#[template(path = "public/report_busy.html")]
struct BusyPage {
    path: &'static str,
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn page<T: Template>(status: StatusCode, t: &T) -> PageResult {
    Ok(no_store((status, Html(t.render()?)).into_response()))
}

async fn start() -> PageResult {
    page(StatusCode::OK, &StartPage { path: "/report" })
}

fn step_page(name: &'static str, a: Answers, errors: Vec<(String, String)>) -> StepPage {
    let i = step_index(name).unwrap_or(0);
    let (step, title, fields) = STEPS[i];
    let hidden =
        a.0.iter()
            .filter(|(k, _)| !fields.contains(k))
            .map(|(k, v)| (*k, v.clone()))
            .collect();
    let r = a.to_report();
    let summary = vec![
        (
            "danger",
            "Anyone in danger now",
            r.danger_now.map(|d| d.label()).unwrap_or("").to_string(),
        ),
        ("what", "What you saw", r.what.clone()),
        (
            "where",
            "Where",
            [r.place.as_str(), r.postcode.as_deref().unwrap_or("")]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("when", "When", r.when.clone()),
        ("who", "People", r.people.clone()),
        ("who", "Vehicles", r.vehicles.clone()),
        ("who", "Businesses", r.businesses.clone()),
        (
            "you",
            "About you",
            r.contact.map(|c| c.label()).unwrap_or("").to_string(),
        ),
    ];
    StepPage {
        path: "/report",
        step,
        title,
        number: i + 1,
        total: STEPS.len(),
        a,
        hidden,
        errors,
        dangers: DangerNow::ALL
            .iter()
            .map(|d| (d.code(), d.label()))
            .collect(),
        contacts: ContactChoice::ALL
            .iter()
            .map(|c| (c.code(), c.label()))
            .collect(),
        summary,
        max_account: MAX_ACCOUNT,
        max_answer: MAX_ANSWER,
        max_short: MAX_SHORT,
    }
}

/// The errors of the whole report that belong to the fields of `step`.
fn errors_for(a: &Answers, step: &str) -> Vec<(String, String)> {
    let fields = step_index(step).map(|i| STEPS[i].2).unwrap_or(&[]);
    let mut r = a.to_report();
    r.check()
        .into_iter()
        .filter(|e| step == "check" || fields.contains(&e.field.as_str()))
        .map(|e| (e.field, capitalise(&e.message)))
        .collect()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Every step posts here: `step` is the page it came from, `go` what the reporter pressed
/// (`next`, `back`, `submit`, or the name of a step to change).
async fn step(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let f = FormData::parse(&body);
    let a = Answers::from_form(&f);
    let from = step_index(&f.get("step"))
        .map(|i| STEPS[i].0)
        .unwrap_or("danger");
    let go = f.get("go");
    let i = step_index(from).unwrap_or(0);

    if go == "back" {
        let back = STEPS[i.saturating_sub(1)].0;
        return page(StatusCode::OK, &step_page(back, a, vec![]));
    }
    if let Some(j) = step_index(&go) {
        // "Change" from the check page.
        return page(StatusCode::OK, &step_page(STEPS[j].0, a, vec![]));
    }
    if go == "continue_after_999" {
        return page(StatusCode::OK, &step_page("what", a, vec![]));
    }
    if go == "submit" {
        return submit(&state, peer, &headers, &f, a).await;
    }
    // "next": check this step's answers, then move on.
    let errors = errors_for(&a, from);
    if !errors.is_empty() {
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &step_page(from, a, errors),
        );
    }
    if from == "danger" && a.get("danger_now") == DangerNow::Yes.code() {
        let hidden = a.0.iter().map(|(k, v)| (*k, v.clone())).collect();
        return page(
            StatusCode::OK,
            &DangerPage {
                path: "/report",
                hidden,
            },
        );
    }
    let next = STEPS[(i + 1).min(STEPS.len() - 1)].0;
    page(StatusCode::OK, &step_page(next, a, vec![]))
}

async fn submit(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
    f: &FormData,
    a: Answers,
) -> PageResult {
    // A field people never see: bots fill it. Thank them, store nothing.
    if !f.get("website").is_empty() {
        state.metrics.count("public_report_honeypot");
        return page(
            StatusCode::OK,
            &DonePage {
                path: "/report",
                reference: String::new(),
                secret: String::new(),
                danger: false,
            },
        );
    }
    let errors = errors_for(&a, "check");
    if let Some((field, _)) = errors.first() {
        let step = STEPS
            .iter()
            .find(|(_, _, fs)| fs.contains(&field.as_str()))
            .map(|(n, _, _)| *n)
            .unwrap_or("check");
        return page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &step_page(step, a, errors),
        );
    }
    if !state.public_limit.allow(&client_ip(state, headers, peer)) {
        state.metrics.count("public_report_throttled");
        return page(StatusCode::TOO_MANY_REQUESTS, &BusyPage { path: "/report" });
    }
    let mut answers = a.to_report();
    answers.check();
    let danger = answers.danger_now == Some(DangerNow::Yes);
    let secret = new_secret();
    let report = accept(&state.store, answers, &secret).await?;
    state.metrics.count("public_report_submitted");
    page(
        StatusCode::OK,
        &DonePage {
            path: "/report",
            reference: report.reference,
            secret,
            danger,
        },
    )
}

/// Reads a checked report for indicators and risk, routes it to the force of its
/// postcode, and stores it with the hash of `secret`. Used by the form and the demo.
pub async fn accept(
    store: &DynStore,
    answers: NewPublicReport,
    secret: &str,
) -> Result<PublicReport, StoreError> {
    let narrative = answers.narrative();
    let analysis = assess(&answers, &narrative);
    let (force_code, owner_org) = route(store, answers.postcode.as_deref()).await?;
    store
        .submit_public_report(Submission {
            answers,
            secret_hash: secret_hash(secret),
            force_code,
            owner_org,
            risk_level: analysis.risk.level.as_str().to_string(),
            analysis: serde_json::to_value(&analysis).unwrap_or_default(),
        })
        .await
}

/// What the engine finds in a report's text, with the reporter's own answer about danger
/// taking precedence: someone in danger now puts the report at the top of the queue.
fn assess<'t>(answers: &NewPublicReport, text: &'t str) -> sightline_text::Analysis<'t> {
    let mut a = crate::highlight::analyse(text);
    if answers.danger_now == Some(DangerNow::Yes) {
        a.risk.level = sightline_text::RiskLevel::Immediate;
        a.risk
            .reasons
            .insert(0, "the reporter said someone is in danger now".into());
    }
    a
}

/// The force whose triage queue receives a report about a place, and the organisation
/// here that is that force (nil when there is none, which leaves it to national analysts).
async fn route(
    store: &DynStore,
    postcode: Option<&str>,
) -> Result<(Option<String>, Uuid), StoreError> {
    let Some(force) = postcode.and_then(geo::force_for_postcode) else {
        return Ok((None, Uuid::nil()));
    };
    let org = store.list_orgs().await?.into_iter().find(|o| {
        o.org_type == OrgType::PoliceForce
            && geo::force_by_name(&o.name).is_some_and(|f| f.code == force.code)
    });
    Ok((
        Some(force.code.to_string()),
        org.map(|o| o.id).unwrap_or(Uuid::nil()),
    ))
}

/// A secret the reporter writes down: 20 characters from an alphabet without look-alikes,
/// in groups of four (about 100 bits).
pub fn new_secret() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let raw: [u8; 20] = rand::random();
    let chars: Vec<char> = raw
        .iter()
        .map(|b| ALPHABET[(*b as usize) % ALPHABET.len()] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// What is stored of a secret: the SHA-256 of it without spaces, dashes or case.
fn secret_hash(secret: &str) -> String {
    let clean: String = secret
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    hex::encode(Sha256::digest(clean.as_bytes()))
}

// ------------------------------------------------------------------ coming back to a report

#[derive(Template)]
#[template(path = "public/report_return.html")]
struct ReturnPage {
    path: &'static str,
    reference: String,
    errors: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "public/report_thread.html")]
struct ThreadPage {
    path: &'static str,
    report: PublicReport,
    messages: Vec<ReportMessage>,
    reference: String,
    secret: String,
    added: bool,
    errors: Vec<(String, String)>,
    body: String,
    max_account: usize,
}

async fn return_page() -> PageResult {
    page(
        StatusCode::OK,
        &ReturnPage {
            path: "/report",
            reference: String::new(),
            errors: vec![],
        },
    )
}

/// Opens the report a reference and secret name, or answers with the return form again.
async fn open_report(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
    f: &FormData,
) -> Result<Result<PublicReport, Response>, PageError> {
    let reference = f.get("reference").trim().to_ascii_uppercase();
    if !state.public_limit.allow(&client_ip(state, headers, peer)) {
        return Ok(Err(page(
            StatusCode::TOO_MANY_REQUESTS,
            &BusyPage { path: "/report" },
        )?));
    }
    let found = if reference.is_empty() || f.get("secret").trim().is_empty() {
        None
    } else {
        state
            .store
            .report_for_reporter(&reference, &secret_hash(&f.get("secret")))
            .await?
    };
    match found {
        Some(r) => Ok(Ok(r)),
        None => Ok(Err(page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &ReturnPage {
                path: "/report",
                reference,
                errors: vec![(
                    "reference".into(),
                    "The reference and secret do not match a report. Check both and try again."
                        .into(),
                )],
            },
        )?)),
    }
}

async fn return_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let f = FormData::parse(&body);
    let report = match open_report(&state, peer, &headers, &f).await? {
        Ok(r) => r,
        Err(res) => return Ok(res),
    };
    thread(&state, report, &f, false, vec![]).await
}

async fn thread(
    state: &AppState,
    report: PublicReport,
    f: &FormData,
    added: bool,
    errors: Vec<(String, String)>,
) -> PageResult {
    let messages = state.store.reporter_thread(report.id).await?;
    let body = if errors.is_empty() {
        String::new()
    } else {
        f.get("body")
    };
    page(
        crate::error::form_status(&errors),
        &ThreadPage {
            path: "/report",
            reference: report.reference.clone(),
            secret: f.get("secret"),
            report,
            messages,
            added,
            errors,
            body,
            max_account: MAX_ACCOUNT,
        },
    )
}

async fn add_information(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let f = FormData::parse(&body);
    let report = match open_report(&state, peer, &headers, &f).await? {
        Ok(r) => r,
        Err(res) => return Ok(res),
    };
    let text = match sightline_core::public::check_message(&f.get("body")) {
        Ok(t) => t,
        Err(e) => {
            return thread(
                &state,
                report,
                &f,
                false,
                vec![(e.field, capitalise(&e.message))],
            )
            .await
        }
    };
    // The report is read again with everything the reporter has added.
    let mut narrative = report_text(&state, &report).await?;
    narrative.push_str("\n\nAdded later: ");
    narrative.push_str(&text);
    let analysis = assess(&report.answers, &narrative);
    state
        .store
        .reporter_message(
            report.id,
            text,
            analysis.risk.level.as_str().to_string(),
            serde_json::to_value(&analysis).unwrap_or_default(),
        )
        .await?;
    thread(&state, report, &f, true, vec![]).await
}

/// A report's whole text as the engine reads it: the answers and the reporter's additions.
pub(crate) async fn report_text(state: &AppState, r: &PublicReport) -> Result<String, PageError> {
    let mut text = r.narrative();
    for m in state.store.reporter_thread(r.id).await? {
        if m.author == sightline_core::MessageAuthor::Reporter {
            text.push_str("\n\nAdded later: ");
            text.push_str(&m.body);
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_grouped_unambiguous_and_hash_the_same_however_typed() {
        let s = new_secret();
        assert_eq!(s.len(), 24);
        assert!(!s.contains(['0', 'O', '1', 'I']));
        let typed = s.to_lowercase().replace('-', " ");
        assert_eq!(secret_hash(&s), secret_hash(&typed));
        assert_ne!(secret_hash(&s), secret_hash(&new_secret()));
    }

    #[test]
    fn every_field_belongs_to_one_step() {
        for f in FIELDS {
            let n = STEPS.iter().filter(|(_, _, fs)| fs.contains(f)).count();
            assert_eq!(n, 1, "{f}");
        }
    }
}
