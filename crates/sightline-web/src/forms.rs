//! Guided forms on the web: the NRM referral and the victim debrief, one step per page,
//! saved on every step so they can be resumed, with a check-your-answers page, a printable
//! referral and its JSON, decisions on referrals, and the list of referrals awaiting them.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{NaiveDate, Utc};
use serde_json::{json, Value};
use sightline_core::forms::{
    nrm_route, Answers, FormDef, GuidedForm, Input, NrmDecision, Question, Step, DEBRIEF,
    NRM_REFERRAL,
};
use sightline_core::*;
use uuid::Uuid;

use crate::error::{Failure, PageError};
use crate::pages::{nav, Nav};
use crate::session::WebUser;
use crate::AppState;

type PageResult = Result<Response, PageError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/nrm", get(nrm_list))
        .route("/debriefs", get(debrief_list))
        .route("/forms/new/{kind}", post(start))
        .route("/forms/{id}", get(overview))
        .route("/forms/{id}/step/{step}", get(step_page).post(step_save))
        .route("/forms/{id}/check", get(check_page))
        .route("/forms/{id}/submit", post(submit))
        .route("/forms/{id}/print", get(print_view))
        .route("/forms/{id}/referral.json", get(referral_json))
        .route("/forms/{id}/referral.pdf", get(referral_pdf))
        .route("/forms/{id}/decision", post(decision))
        .route("/forms/{id}/support", post(support))
        .route("/forms/{id}/support/{sid}", get(support_letter))
}

fn parse_id(id: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(id).map_err(|_| PageError(Failure::NotFound))
}

fn render<T: Template>(status: StatusCode, t: &T) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

fn def_of(f: &GuidedForm) -> Result<&'static FormDef, PageError> {
    f.def().ok_or(PageError(Failure::NotFound))
}

/// Starts a form, for a person when one is given (the form takes the person's markings),
/// otherwise owned by the user's organisation.
async fn start(
    State(state): State<AppState>,
    u: WebUser,
    Path(kind): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let def = FormDef::by_kind(&kind).ok_or(PageError(Failure::NotFound))?;
    let person = match f.get("person_id").as_str() {
        "" => None,
        id => Some(state.store.get_person(&u.ctx, parse_id(id)?).await?),
    };
    let case_id = match f.get("case_id").as_str() {
        "" => None,
        id => Some(parse_id(id)?),
    };
    let markings = match &person {
        Some(p) => crate::pages::derived_markings(&u, &p.markings),
        None => Markings {
            classification: Classification::OfficialSensitive,
            handling_code: HandlingCode::P,
            handling_conditions: None,
            owner_org: u.user.org_id,
            case_team: None,
        },
    };
    let form = state
        .store
        .create_form(&u.ctx, def.kind, markings, person.map(|p| p.id), case_id)
        .await?;
    Ok(Redirect::to(&format!("/forms/{}/step/{}", form.id, def.steps[0].id)).into_response())
}

/// A question as a page shows it: its current values and its error.
struct Field {
    q: &'static Question,
    values: Vec<String>,
    error: Option<String>,
}

impl Field {
    fn value(&self) -> &str {
        self.values.first().map(String::as_str).unwrap_or("")
    }
    fn has(&self, v: &str) -> bool {
        self.values.iter().any(|x| x == v)
    }
    fn is(&self, input: &str) -> bool {
        matches!(
            (self.q.input, input),
            (Input::Text, "text")
                | (Input::LongText, "long")
                | (Input::Date, "date")
                | (Input::Radio, "radio")
                | (Input::Checkboxes, "checkboxes")
        )
    }
}

#[derive(Template)]
#[template(path = "form_step.html")]
struct StepPage {
    nav: Nav,
    form: GuidedForm,
    def: &'static FormDef,
    step: &'static Step,
    number: usize,
    total: usize,
    fields: Vec<Field>,
    errors: Vec<(String, String)>,
    has_back: bool,
}

fn fields(step: &'static Step, a: &Answers, errors: &[(String, String)]) -> Vec<Field> {
    step.questions
        .iter()
        .map(|q| Field {
            q,
            values: a.get(q.id).cloned().unwrap_or_default(),
            error: errors
                .iter()
                .find(|(f, _)| f == q.id)
                .map(|(_, m)| m.clone()),
        })
        .collect()
}

async fn show_step(
    state: &AppState,
    u: &WebUser,
    form: GuidedForm,
    step: &'static Step,
    a: &Answers,
    errors: Vec<(String, String)>,
) -> PageResult {
    let def = def_of(&form)?;
    let steps = def.applicable(a);
    let number = steps.iter().position(|s| s.id == step.id).unwrap_or(0) + 1;
    let status = crate::error::form_status(&errors);
    render(
        status,
        &StepPage {
            nav: nav(state, u).await?,
            def,
            step,
            number,
            total: steps.len(),
            fields: fields(step, a, &errors),
            has_back: def.previous(a, step.id).is_some(),
            form,
            errors,
        },
    )
}

async fn step_page(
    State(state): State<AppState>,
    u: WebUser,
    Path((id, step)): Path<(String, String)>,
) -> PageResult {
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    if form.status != "draft" {
        return Ok(Redirect::to(&format!("/forms/{}", form.id)).into_response());
    }
    let def = def_of(&form)?;
    let step = def.step(&step).ok_or(PageError(Failure::NotFound))?;
    let a = form.answers.clone();
    show_step(&state, &u, form, step, &a, vec![]).await
}

/// Saves the step's answers (always: nothing typed is lost), then moves on when they pass.
async fn step_save(
    State(state): State<AppState>,
    u: WebUser,
    Path((id, step)): Path<(String, String)>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    let def = def_of(&form)?;
    let step = def.step(&step).ok_or(PageError(Failure::NotFound))?;
    let mut a = form.answers.clone();
    for q in step.questions {
        let v: Vec<String> = f
            .all(q.id)
            .into_iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if v.is_empty() {
            a.remove(q.id);
        } else {
            a.insert(q.id.to_string(), v);
        }
    }
    // Answers of steps that no longer apply are dropped at once: a Duty to Notify keeps
    // no name even if one was typed before consent was refused.
    let a = def.clean(&a);
    state.store.save_form(&u.ctx, form.id, &a, step.id).await?;
    let go = f.get("go");
    if go == "back" {
        let prev = def.previous(&a, step.id).unwrap_or(step);
        return Ok(Redirect::to(&format!("/forms/{}/step/{}", form.id, prev.id)).into_response());
    }
    if go == "save_exit" {
        return Ok(Redirect::to(&format!("/forms/{}?saved=1", form.id)).into_response());
    }
    let errors: Vec<(String, String)> = def
        .check_step(step, &a)
        .into_iter()
        .map(|e| (e.field, e.message))
        .collect();
    if !errors.is_empty() {
        return show_step(&state, &u, form, step, &a, errors).await;
    }
    match def.next_after(&a, step.id) {
        Some(next) => {
            Ok(Redirect::to(&format!("/forms/{}/step/{}", form.id, next.id)).into_response())
        }
        None => Ok(Redirect::to(&format!("/forms/{}/check", form.id)).into_response()),
    }
}

/// One step's answers as the check and overview pages show them.
struct Section {
    step: &'static Step,
    rows: Vec<(&'static str, String)>,
    complete: bool,
}

fn sections(def: &'static FormDef, a: &Answers) -> Vec<Section> {
    def.applicable(a)
        .into_iter()
        .map(|step| Section {
            step,
            rows: step
                .questions
                .iter()
                .map(|q| {
                    let shown = a
                        .get(q.id)
                        .map(|v| {
                            v.iter()
                                .map(|x| def.answer_label(q.id, x))
                                .collect::<Vec<_>>()
                                .join("; ")
                        })
                        .unwrap_or_default();
                    (q.label, shown)
                })
                .collect(),
            complete: def.check_step(step, a).is_empty(),
        })
        .collect()
}

fn route_label(route: &str) -> &'static str {
    match route {
        "nrm_child" => "NRM referral of a child (no consent needed; local authority notified)",
        "nrm_adult" => "NRM referral of an adult who consents",
        "duty_to_notify" => "Duty to Notify (anonymous: the adult did not consent)",
        _ => "Not decided yet",
    }
}

#[derive(Template)]
#[template(path = "form_check.html")]
struct CheckPage {
    nav: Nav,
    form: GuidedForm,
    def: &'static FormDef,
    sections: Vec<Section>,
    route: &'static str,
    incomplete: Option<&'static str>,
}

async fn check_page(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    let def = def_of(&form)?;
    let incomplete = def.first_incomplete(&form.answers).map(|(s, _)| s.id);
    render(
        StatusCode::OK,
        &CheckPage {
            nav: nav(&state, &u).await?,
            sections: sections(def, &form.answers),
            route: route_label(nrm_route(&form.answers)),
            def,
            incomplete,
            form,
        },
    )
}

async fn submit(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    u.posted(&state, &body).await?;
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    let def = def_of(&form)?;
    let a = def.clean(&form.answers);
    if let Some((step, errors)) = def.first_incomplete(&a) {
        let errors = errors.into_iter().map(|e| (e.field, e.message)).collect();
        return show_step(&state, &u, form, step, &a, errors).await;
    }
    let (route, events) = sightline_core::forms::submission(def, &a);
    state
        .store
        .submit_form(&u.ctx, form.id, &a, route, events)
        .await?;
    Ok(Redirect::to(&format!("/forms/{}?submitted=1", form.id)).into_response())
}

#[derive(Template)]
#[template(path = "form_overview.html")]
struct OverviewPage {
    nav: Nav,
    form: GuidedForm,
    def: &'static FormDef,
    sections: Vec<Section>,
    route: &'static str,
    person: Option<Person>,
    decisions: Vec<NrmDecision>,
    waiting: Option<(String, i64)>,
    errors: Vec<(String, String)>,
    analysis: Option<crate::highlight::Highlighted>,
    /// Support referrals made, and the providers a new one may go to (or why not).
    support: Vec<sightline_core::forms::SupportReferral>,
    support_options: Vec<(&'static str, &'static str, Option<&'static str>)>,
}

impl OverviewPage {
    /// The safe ways of contact chosen, in words.
    fn safe_contact(&self) -> String {
        self.form
            .answers
            .get("safe_contact")
            .map(|v| {
                v.iter()
                    .map(|c| self.def.answer_label("safe_contact", c))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    }
}

async fn overview(State(state): State<AppState>, u: WebUser, Path(id): Path<String>) -> PageResult {
    overview_page(&state, &u, parse_id(&id)?, vec![]).await
}

async fn overview_page(
    state: &AppState,
    u: &WebUser,
    id: Uuid,
    errors: Vec<(String, String)>,
) -> PageResult {
    let form = state.store.get_form(&u.ctx, id).await?;
    let def = def_of(&form)?;
    let person = match form.person_id {
        Some(p) => Some(state.store.get_person(&u.ctx, p).await?),
        None => None,
    };
    let decisions = if form.kind == NRM_REFERRAL.kind && form.status == "submitted" {
        state.store.nrm_decisions(&u.ctx, form.id).await?
    } else {
        vec![]
    };
    let waiting = waiting_for(&form, &decisions);
    let analysis = (form.kind == DEBRIEF.kind && !form.answer("account").is_empty())
        .then(|| crate::highlight::highlight(form.answer("account")));
    let route = route_label(form.route.as_deref().unwrap_or(nrm_route(&form.answers)));
    let (support, support_options) = if form.kind == NRM_REFERRAL.kind && form.status == "submitted"
    {
        (
            state.store.support_referrals(&u.ctx, form.id).await?,
            [
                ("victim_care", "the victim care provider"),
                ("la_safeguarding", "local authority safeguarding"),
            ]
            .into_iter()
            .map(|(code, label)| {
                (
                    code,
                    label,
                    sightline_core::forms::support_allowed(&form, code).err(),
                )
            })
            .collect(),
        )
    } else {
        (vec![], vec![])
    };
    render(
        crate::error::form_status(&errors),
        &OverviewPage {
            nav: nav(state, u).await?,
            sections: sections(def, &form.answers),
            def,
            route,
            person,
            decisions,
            waiting,
            errors,
            analysis,
            support,
            support_options,
            form,
        },
    )
}

/// Refers the person for support, if their consent and choice allow it.
async fn support(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let id = parse_id(&id)?;
    match state
        .store
        .create_support_referral(&u.ctx, id, &f.get("provider"))
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/forms/{id}?supported=1")).into_response()),
        Err(sightline_store::StoreError::Invalid(v)) => {
            overview_page(&state, &u, id, vec![(v.field, v.message)]).await
        }
        Err(e) => Err(PageError(e.into())),
    }
}

/// Which decision a submitted referral awaits, and for how many days.
fn waiting_for(form: &GuidedForm, decisions: &[NrmDecision]) -> Option<(String, i64)> {
    if form.kind != NRM_REFERRAL.kind || form.route.as_deref() == Some("duty_to_notify") {
        return None;
    }
    let submitted = form.submitted_at?.date_naive();
    let today = Utc::now().date_naive();
    let rg = decisions.iter().find(|d| d.stage == "reasonable_grounds");
    let cg = decisions.iter().find(|d| d.stage == "conclusive_grounds");
    match (rg, cg) {
        (None, _) => Some((
            "Reasonable grounds decision".into(),
            (today - submitted).num_days(),
        )),
        (Some(r), None) if r.decision == "positive" => Some((
            "Conclusive grounds decision".into(),
            (today - r.decided_on).num_days(),
        )),
        _ => None,
    }
}

async fn decision(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let id = parse_id(&id)?;
    let date = NaiveDate::parse_from_str(f.get("decided_on").trim(), "%Y-%m-%d");
    let result = match date {
        Err(_) => Err(Failure::Invalid {
            field: "decided_on".into(),
            message: "the date of the decision, as YYYY-MM-DD".into(),
        }),
        Ok(d) => state
            .store
            .record_nrm_decision(&u.ctx, id, &f.get("stage"), &f.get("decision"), d)
            .await
            .map_err(Failure::from),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/forms/{id}?decided=1")).into_response()),
        Err(Failure::Invalid { field, message }) => {
            overview_page(&state, &u, id, vec![(field, message)]).await
        }
        Err(e) => Err(PageError(e)),
    }
}

// ------------------------------------------------------------------ lists

struct ListRow {
    form: GuidedForm,
    route: &'static str,
    decisions: String,
    waiting: Option<(String, i64)>,
}

#[derive(Template)]
#[template(path = "form_list.html")]
struct ListPage {
    nav: Nav,
    title: &'static str,
    kind: &'static str,
    rows: Vec<ListRow>,
    awaiting: usize,
}

async fn list(state: &AppState, u: &WebUser, def: &'static FormDef) -> PageResult {
    let forms = state.store.list_forms(&u.ctx, def.kind, 500).await?;
    let mut rows = Vec::new();
    for form in forms {
        let decisions = if form.kind == NRM_REFERRAL.kind && form.status == "submitted" {
            state.store.nrm_decisions(&u.ctx, form.id).await?
        } else {
            vec![]
        };
        let waiting = waiting_for(&form, &decisions);
        let summary = decisions
            .iter()
            .map(|d| {
                format!(
                    "{} {} ({})",
                    if d.stage == "reasonable_grounds" {
                        "RG"
                    } else {
                        "CG"
                    },
                    d.decision,
                    d.decided_on
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        rows.push(ListRow {
            route: route_label(form.route.as_deref().unwrap_or("")),
            decisions: summary,
            waiting,
            form,
        });
    }
    // Longest wait first among those waiting, then the rest newest first.
    rows.sort_by_key(|r| std::cmp::Reverse(r.waiting.as_ref().map(|w| w.1)));
    let awaiting = rows.iter().filter(|r| r.waiting.is_some()).count();
    render(
        StatusCode::OK,
        &ListPage {
            nav: nav(state, u).await?,
            title: if def.kind == NRM_REFERRAL.kind {
                "NRM referrals"
            } else {
                "Victim debriefs"
            },
            kind: def.kind,
            rows,
            awaiting,
        },
    )
}

async fn nrm_list(State(state): State<AppState>, u: WebUser) -> PageResult {
    list(&state, &u, &NRM_REFERRAL).await
}

async fn debrief_list(State(state): State<AppState>, u: WebUser) -> PageResult {
    list(&state, &u, &DEBRIEF).await
}

// ------------------------------------------------------------------ the referral itself

/// The referral with the Home Office form's sections and field names (camelCase of the
/// form's questions). A Duty to Notify carries no name or contact details: they are not
/// asked on that route, and `clean` drops any typed before it was chosen.
pub fn referral_value(form: &GuidedForm) -> Value {
    let a = |q: &str| -> Value {
        match form.answers.get(q) {
            Some(v) if v.len() > 1 => json!(v),
            Some(v) => json!(v[0]),
            None => Value::Null,
        }
    };
    let route = form
        .route
        .clone()
        .unwrap_or_else(|| nrm_route(&form.answers).to_string());
    let mut v = json!({
        "referenceNumber": form.reference,
        "referralType": if route == "duty_to_notify" { "DutyToNotify" } else { "NRM" },
        "submittedDate": form.submitted_at.map(|t| t.date_naive().to_string()),
        "firstResponder": {
            "organisation": a("responder_organisation"),
            "name": a("responder_name"),
            "role": a("responder_role"),
            "contact": a("responder_contact"),
            "referralLocation": a("referral_location"),
        },
        "age": {
            "under18Now": a("under_18_now"),
            "under18AtTimeOfExploitation": a("under_18_at_exploitation"),
            "localAuthorityNotified": a("local_authority"),
            "localAuthorityNotifiedDate": a("local_authority_notified_on"),
        },
        "consentGiven": match route.as_str() { "nrm_child" => json!("not_required_child"), _ => a("consent") },
        "exploitation": {
            "background": a("background"),
            "howItStarted": a("how_it_started"),
            "takenSomewhere": a("taken_somewhere"),
            "exploitationTypes": form.answers.get("exploitation_types").cloned().unwrap_or_default(),
            "treatment": a("treatment"),
            "howTheyLeft": a("how_they_left"),
            "whyReportNow": a("why_now"),
            "whereExploited": a("where_exploited"),
            "currentLocation": a("current_location"),
            "exploiters": a("exploiters"),
            "otherPotentialVictims": a("other_victims"),
        },
        "police": {
            "reportedToPolice": a("reported_to_police"),
            "crimeReferenceNumber": a("crime_reference"),
            "policeForce": a("police_force"),
        },
    });
    if route == "duty_to_notify" {
        v["dutyToNotify"] = json!({
            "gender": a("dtn_gender"),
            "nationality": a("dtn_nationality"),
            "ageBand": a("dtn_age_band"),
            "reasonForNotConsenting": a("dtn_reason"),
        });
    } else {
        v["potentialVictim"] = json!({
            "givenName": a("given_name"),
            "familyName": a("family_name"),
            "dateOfBirth": a("date_of_birth"),
            "gender": a("gender"),
            "nationalities": a("nationalities"),
            "dependants": a("dependants"),
            "interpreterLanguage": a("interpreter_language"),
            "homeOfficeReference": a("home_office_reference"),
        });
        v["contact"] = json!({
            "safeContactMethods": form.answers.get("safe_contact").cloned().unwrap_or_default(),
            "contactDetails": a("contact_details"),
            "contactWarnings": a("contact_warnings"),
            "supportNeeds": a("support_needs"),
            "supportReferral": a("support_referral"),
            "cooperatingWithPolice": a("cooperating_with_police"),
        });
    }
    v
}

async fn referral_json(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    if form.kind != NRM_REFERRAL.kind {
        return Err(PageError(Failure::NotFound));
    }
    let body = serde_json::to_string_pretty(&referral_value(&form))
        .map_err(|e| Failure::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.json\"", form.reference),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "form_print.html")]
struct PrintPage {
    form: GuidedForm,
    def: &'static FormDef,
    sections: Vec<Section>,
    route: &'static str,
}

async fn print_view(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    let def = def_of(&form)?;
    render(
        StatusCode::OK,
        &PrintPage {
            sections: sections(def, &form.answers),
            route: route_label(form.route.as_deref().unwrap_or(nrm_route(&form.answers))),
            def,
            form,
        },
    )
}

#[derive(Template)]
#[template(path = "support_print.html")]
struct SupportPage {
    form: GuidedForm,
    referral: sightline_core::forms::SupportReferral,
    provider: &'static str,
    /// (question, answer) of what the provider needs, and nothing else.
    rows: Vec<(String, String)>,
    /// The ways of contact that are safe, in words.
    safe_contact: Vec<String>,
    /// Contact only through the first responder: no contact details are given.
    via_responder_only: bool,
    warnings: String,
}

/// What a support provider receives: only what they need to support the person (name,
/// date of birth, gender, nationalities, interpreter, dependants, support needs), how to
/// contact them safely and what to avoid, and who referred them. Nothing of the account
/// of exploitation goes to the provider. Printable, to send by the provider's secure route.
async fn support_letter(
    State(state): State<AppState>,
    u: WebUser,
    Path((id, sid)): Path<(String, String)>,
) -> PageResult {
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    let sid = parse_id(&sid)?;
    let referral = state
        .store
        .support_referrals(&u.ctx, form.id)
        .await?
        .into_iter()
        .find(|r| r.id == sid)
        .ok_or(Failure::NotFound)?;
    let def = def_of(&form)?;
    let row = |q: &str| {
        let v = form.answers.get(q).cloned().unwrap_or_default();
        let label = def
            .steps
            .iter()
            .flat_map(|st| st.questions.iter())
            .find(|x| x.id == q)
            .map(|x| x.label.to_string())
            .unwrap_or_else(|| q.to_string());
        let value = v
            .iter()
            .map(|a| def.answer_label(q, a))
            .collect::<Vec<_>>()
            .join(", ");
        (label, value)
    };
    let mut rows: Vec<(String, String)> = [
        "given_name",
        "family_name",
        "date_of_birth",
        "gender",
        "nationalities",
        "interpreter_language",
        "dependants",
        "support_needs",
    ]
    .into_iter()
    .map(row)
    .filter(|(_, v)| !v.is_empty())
    .collect();
    if referral.provider == "la_safeguarding" && !form.answer("local_authority").is_empty() {
        rows.push(row("local_authority"));
    }
    let chosen = form
        .answers
        .get("safe_contact")
        .cloned()
        .unwrap_or_default();
    let via_responder_only = chosen.iter().all(|c| c == "via_first_responder");
    let safe_contact = chosen
        .iter()
        .map(|c| def.answer_label("safe_contact", c))
        .collect();
    if !via_responder_only && !form.answer("contact_details").is_empty() {
        rows.push(row("contact_details"));
    }
    render(
        StatusCode::OK,
        &SupportPage {
            provider: if referral.provider == "victim_care" {
                "The victim care provider"
            } else {
                "Local authority safeguarding"
            },
            warnings: form.answer("contact_warnings").to_string(),
            rows,
            safe_contact,
            via_responder_only,
            referral,
            form,
        },
    )
}

/// The printable referral as a PDF: the same sections and answers as the print view.
async fn referral_pdf(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    use sightline_export::pdf::{document, Block};
    let form = state.store.get_form(&u.ctx, parse_id(&id)?).await?;
    let def = def_of(&form)?;
    let route = route_label(form.route.as_deref().unwrap_or(nrm_route(&form.answers)));
    let mut blocks = vec![
        Block::Title(format!("{} {}", def.title, form.reference)),
        Block::Paragraph(match form.submitted_at {
            Some(t) => format!("{route}. Submitted {}.", t.format("%d %B %Y")),
            None => format!("{route}. Draft, not submitted."),
        }),
    ];
    for s in sections(def, &form.answers) {
        blocks.push(Block::Heading(s.step.title.to_string()));
        for (label, value) in s.rows {
            blocks.push(Block::Field(label.to_string(), value));
        }
    }
    let footer = format!(
        "{} - {} {}",
        form.markings.classification.code(),
        def.title,
        form.reference
    );
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.pdf\"", form.reference),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        document(&blocks, &footer),
    )
        .into_response())
}
