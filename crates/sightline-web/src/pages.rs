//! The HTML pages: server-rendered, working without JavaScript, GOV.UK-style forms with an
//! error summary that links to each field.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::Utc;
use serde::Deserialize;
use sightline_core::*;
use sightline_store::{AuditEvent, AuditFilter, Ctx, Outcome, Session, StoreError};
use std::net::SocketAddr;
use uuid::Uuid;

use crate::auth;
use crate::error::{Failure, PageError};
use crate::session::{self, AnySession, WebUser, LOGIN_CSRF_COOKIE, SESSION_COOKIE};
use crate::AppState;

type PageResult = Result<Response, PageError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/login", get(login_page).post(login))
        .route("/login/totp", get(totp_page).post(totp_submit))
        .route("/logout", post(logout))
        .route("/account", get(account))
        .route("/account/totp", get(enrol_page).post(enrol_submit))
        .route("/cases", get(cases).post(create_case))
        .route("/cases/new", get(new_case))
        .route("/cases/{id}", get(show_case))
        .route("/cases/{id}/people", post(add_party))
        .route("/people", get(people).post(create_person))
        .route("/people/new", get(new_person))
        .route("/people/{id}", get(show_person))
        .route("/people/{id}/links", post(add_link))
        .route("/entities", get(entities))
        .route("/entities/{id}", get(show_entity))
        .route("/intel", get(intel_list).post(create_intel))
        .route("/intel/new", get(new_intel))
        .route("/intel/{id}", get(show_intel))
        .route("/intel/{id}/entities", post(link_intel_entity))
        .route("/organisations", get(orgs).post(create_org))
        .route("/admin/users", get(users))
        .route("/admin/users/{id}/totp-required", post(require_totp))
        .route("/admin/audit", get(audit))
}

fn render<T: Template>(t: &T) -> PageResult {
    Ok(Html(t.render()?).into_response())
}

fn render_status<T: Template>(status: StatusCode, t: &T) -> PageResult {
    Ok((status, Html(t.render()?)).into_response())
}

/// A submitted `application/x-www-form-urlencoded` body; repeated keys are kept.
#[derive(Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    /// Adds a field (for forms read another way, such as multipart uploads).
    pub fn push(&mut self, name: String, value: String) {
        self.0.push((name, value));
    }
    pub fn parse(body: &[u8]) -> Self {
        FormData(url_decode_pairs(body))
    }
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

fn url_decode_pairs(body: &[u8]) -> Vec<(String, String)> {
    fn decode(s: &[u8]) -> String {
        let mut out = Vec::with_capacity(s.len());
        let mut i = 0;
        while i < s.len() {
            match s[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < s.len() => {
                    let hex = std::str::from_utf8(&s[i + 1..i + 3])
                        .ok()
                        .and_then(|h| u8::from_str_radix(h, 16).ok());
                    match hex {
                        Some(b) => {
                            out.push(b);
                            i += 2;
                        }
                        None => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    body.split(|b| *b == b'&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.iter().position(|b| *b == b'=') {
            Some(i) => (decode(&pair[..i]), decode(&pair[i + 1..])),
            None => (decode(pair), String::new()),
        })
        .collect()
}

/// What the navigation bar shows; also carries the session's CSRF token for its forms.
pub struct Nav {
    pub display_name: String,
    pub role: &'static str,
    pub org: String,
    pub csrf: String,
    pub is_admin: bool,
    /// May see the strategic picture.
    pub sees_picture: bool,
    /// The role may import files (shows "Imports" in the navigation).
    pub may_import: bool,
}

pub(crate) async fn nav(state: &AppState, u: &WebUser) -> Result<Nav, PageError> {
    let org = state.store.get_org(u.user.org_id).await?;
    Ok(Nav {
        display_name: u.user.display_name.clone(),
        role: u.user.role.label(),
        org: org.name,
        csrf: u.session.csrf_token.clone(),
        is_admin: u.user.role == Role::Admin,
        sees_picture: sightline_core::policy::may_see_picture(&u.ctx.actor),
        may_import: may_import(u.user.role),
    })
}

/// The choices every record form offers.
pub struct Options {
    pub classifications: Vec<(&'static str, &'static str)>,
    pub handling_codes: Vec<(&'static str, &'static str)>,
    pub teams: Vec<(String, String)>,
    pub statuses: Vec<(&'static str, &'static str)>,
    pub exploitation: Vec<(&'static str, &'static str)>,
    pub genders: Vec<(&'static str, &'static str)>,
    pub source_evaluations: Vec<(&'static str, &'static str)>,
    pub assessments: Vec<(&'static str, &'static str)>,
}

macro_rules! pairs {
    ($t:ty) => {
        <$t>::ALL.iter().map(|v| (v.code(), v.label())).collect()
    };
}

pub(crate) fn options(u: &WebUser) -> Options {
    Options {
        classifications: pairs!(Classification),
        handling_codes: pairs!(HandlingCode),
        teams: u
            .teams
            .iter()
            .map(|t| (t.id.to_string(), t.name.clone()))
            .collect(),
        statuses: pairs!(CaseStatus),
        exploitation: pairs!(ExploitationType),
        genders: pairs!(Gender),
        source_evaluations: pairs!(SourceEvaluation),
        assessments: pairs!(IntelAssessment),
    }
}

/// The markings fields as submitted (strings, so a bad value can be shown back).
#[derive(Default)]
pub struct MarkingsForm {
    pub classification: String,
    pub handling_code: String,
    pub handling_conditions: String,
    pub case_team: String,
    pub purpose: String,
}

impl MarkingsForm {
    fn from_form(f: &FormData) -> Self {
        MarkingsForm {
            classification: f.get("classification"),
            handling_code: f.get("handling_code"),
            handling_conditions: f.get("handling_conditions"),
            case_team: f.get("case_team"),
            purpose: f.get("purpose"),
        }
    }

    pub(crate) fn fresh() -> Self {
        MarkingsForm {
            classification: "OFFICIAL-SENSITIVE".into(),
            handling_code: "P".into(),
            ..Default::default()
        }
    }

    /// The markings for a new record owned by the user's organisation.
    pub(crate) fn parse(&self, u: &WebUser) -> Result<Markings, ValidationError> {
        let case_team = match self.case_team.trim() {
            "" => None,
            t => Some(
                Uuid::parse_str(t)
                    .ok()
                    .filter(|id| u.teams.iter().any(|team| team.id == *id))
                    .ok_or_else(|| {
                        ValidationError::new("case_team", "choose one of your case teams")
                    })?,
            ),
        };
        let conditions = self.handling_conditions.trim();
        let m =
            Markings {
                classification: self.classification.parse().map_err(|e: ValidationError| {
                    ValidationError::new("classification", e.message)
                })?,
                handling_code: self.handling_code.parse().map_err(|e: ValidationError| {
                    ValidationError::new("handling_code", e.message)
                })?,
                handling_conditions: (!conditions.is_empty()).then(|| conditions.to_string()),
                owner_org: u.user.org_id,
                case_team,
            };
        m.validate()?;
        Ok(m)
    }
}

/// Turns a store error on a form into the list the error summary shows, or a page error.
fn form_errors(e: StoreError) -> Result<Vec<(String, String)>, PageError> {
    match e {
        StoreError::Invalid(v) => Ok(vec![(v.field.clone(), sentence(&v))]),
        StoreError::Conflict(m) => Ok(vec![("main".into(), format!("Not saved: {m}"))]),
        other => Err(other.into()),
    }
}

/// Parses a submitted value, naming the form field when it is not one of the allowed values.
fn parse_field<T: std::str::FromStr<Err = ValidationError>>(
    field: &str,
    value: &str,
) -> Result<T, ValidationError> {
    value
        .parse::<T>()
        .map_err(|e| ValidationError::new(field, e.message))
}

pub(crate) fn sentence(v: &ValidationError) -> String {
    let field = v.field.replace('_', " ");
    let mut s = format!("{field}: {}", v.message);
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

async fn team_name(state: &AppState, m: &Markings) -> Result<Option<String>, PageError> {
    Ok(match m.case_team {
        Some(id) => state
            .store
            .list_teams()
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .map(|t| t.name),
        None => None,
    })
}

pub async fn not_found() -> PageError {
    PageError(Failure::NotFound)
}

async fn home(headers: HeaderMap, State(state): State<AppState>) -> Response {
    match session::load_session(&state, &headers).await {
        Ok(s) if s.session.mfa_ok => Redirect::to("/cases").into_response(),
        _ => Redirect::to("/login").into_response(),
    }
}

// ---------------------------------------------------------------- sign-in

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    csrf: String,
    username: String,
    notice: Option<String>,
    errors: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct LoginQuery {
    expired: Option<String>,
}

fn login_form(state: &AppState, status: StatusCode, page: LoginPage) -> PageResult {
    let cookie = session::set_cookie(state, LOGIN_CSRF_COOKIE, &page.csrf, "/login", Some(3600));
    let mut res = render_status(status, &page)?;
    res.headers_mut().append(
        header::SET_COOKIE,
        cookie
            .parse()
            .map_err(|_| Failure::Internal("cookie".into()))?,
    );
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        "no-store".parse().expect("static header"),
    );
    Ok(res)
}

async fn login_page(State(state): State<AppState>, Query(q): Query<LoginQuery>) -> PageResult {
    let notice = q
        .expired
        .map(|_| "Your session has ended. Sign in again.".to_string());
    login_form(
        &state,
        StatusCode::OK,
        LoginPage {
            csrf: auth::random_token(),
            username: String::new(),
            notice,
            errors: vec![],
        },
    )
}

pub(crate) fn client_ip(state: &AppState, headers: &HeaderMap, peer: SocketAddr) -> String {
    if state.config.trust_proxy {
        if let Some(ip) = headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            return ip.to_string();
        }
    }
    peer.ip().to_string()
}

async fn login(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> PageResult {
    let form = FormData::parse(&body);
    let username = form.get("username").trim().to_lowercase();
    let password = form.get("password");
    let ip = client_ip(&state, &headers, peer);
    let retry = |status, msg: &str| {
        login_form(
            &state,
            status,
            LoginPage {
                csrf: auth::random_token(),
                username: username.clone(),
                notice: None,
                errors: vec![("username".into(), msg.into())],
            },
        )
    };
    let denial = |action: &str, detail: String| {
        let mut ev = AuditEvent::system(action, "user", "", detail);
        ev.actor_name = if username.is_empty() {
            "anonymous".into()
        } else {
            username.chars().take(64).collect()
        };
        ev.outcome = Outcome::Denied;
        ev
    };

    // The login form's CSRF token must match its cookie (double submit).
    let cookie = session::cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if cookie.is_empty() || !auth::same(&cookie, &form.get("csrf")) {
        state
            .store
            .audit(denial("csrf_rejected", format!("sign-in form from {ip}")))
            .await?;
        return Err(PageError(Failure::Csrf));
    }

    let now = Utc::now().timestamp();
    let since = now - state.config.throttle_window.num_seconds();
    let account_key = format!("account:{username}");
    let address_key = format!("address:{ip}");
    let minutes = state.config.throttle_window.num_minutes();
    if state
        .store
        .count_login_failures(&address_key, since)
        .await?
        >= state.config.max_failures_per_address
    {
        state
            .store
            .audit(denial("login_throttled", format!("address {ip}")))
            .await?;
        return retry(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("Too many failed sign-in attempts from your network. Wait {minutes} minutes, then try again."),
        );
    }
    if state
        .store
        .count_login_failures(&account_key, since)
        .await?
        >= state.config.max_failures_per_account
    {
        state
            .store
            .audit(denial(
                "login_throttled",
                format!("account locked for now; from {ip}"),
            ))
            .await?;
        return retry(
            StatusCode::TOO_MANY_REQUESTS,
            &format!("Too many failed sign-in attempts for this account. Wait {minutes} minutes, then try again, or ask your administrator."),
        );
    }

    let user = state.store.find_user(&username).await?;
    let ok = match &user {
        Some(u) => auth::verify_password(&password, &u.password_hash) && !u.disabled,
        None => {
            auth::verify_password(&password, auth::dummy_hash());
            false
        }
    };
    let Some(user) = user.filter(|_| ok) else {
        state.store.record_login_failure(&account_key, now).await?;
        state.store.record_login_failure(&address_key, now).await?;
        state
            .store
            .audit(denial(
                "login_failed",
                format!("wrong username or password from {ip}"),
            ))
            .await?;
        return retry(
            StatusCode::UNAUTHORIZED,
            "The username or password is not right.",
        );
    };
    state.store.clear_login_failures(&account_key).await?;

    // A new session every time: any session the browser had is ended (rotation).
    if let Some(old) = session::cookie(&headers, SESSION_COOKIE) {
        state.store.delete_session(&auth::token_hash(&old)).await?;
    }
    let token = auth::random_token();
    let now_t = Utc::now();
    let needs_second = user.totp_enrolled() || user.totp_required;
    let s = Session {
        id: auth::token_hash(&token),
        user_id: user.id,
        csrf_token: auth::random_token(),
        mfa_ok: !needs_second,
        created_at: now_t,
        last_seen_at: now_t,
    };
    state.store.insert_session(&s).await?;
    let mut ev = AuditEvent::system(
        "login",
        "user",
        user.id,
        format!("password accepted from {ip}"),
    );
    ev.actor_id = Some(user.id);
    ev.actor_name = user.username.clone();
    ev.org_id = Some(user.org_id);
    state.store.audit(ev).await?;

    let next = if !needs_second {
        "/cases"
    } else if user.totp_enrolled() {
        "/login/totp"
    } else {
        "/account/totp"
    };
    let mut res = Redirect::to(next).into_response();
    let h = res.headers_mut();
    let set = session::set_cookie(&state, SESSION_COOKIE, &token, "/", None);
    h.append(
        header::SET_COOKIE,
        set.parse()
            .map_err(|_| Failure::Internal("cookie".into()))?,
    );
    let clear = session::set_cookie(&state, LOGIN_CSRF_COOKIE, "", "/login", Some(0));
    h.append(
        header::SET_COOKIE,
        clear
            .parse()
            .map_err(|_| Failure::Internal("cookie".into()))?,
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "totp.html")]
struct TotpPage {
    csrf: String,
    errors: Vec<(String, String)>,
}

async fn totp_page(s: AnySession) -> PageResult {
    if !s.user.totp_enrolled() {
        return Ok(Redirect::to("/account/totp").into_response());
    }
    render(&TotpPage {
        csrf: s.session.csrf_token,
        errors: vec![],
    })
}

async fn totp_submit(State(state): State<AppState>, s: AnySession, body: Bytes) -> PageResult {
    let form = FormData::parse(&body);
    if !auth::same(&form.get("csrf"), &s.session.csrf_token) {
        return Err(PageError(Failure::Csrf));
    }
    let Some(secret) = s.user.totp_secret.as_deref() else {
        return Ok(Redirect::to("/account/totp").into_response());
    };
    let key = format!("totp:{}", s.user.username);
    let now = Utc::now().timestamp();
    let since = now - state.config.throttle_window.num_seconds();
    if state.store.count_login_failures(&key, since).await? >= state.config.max_failures_per_account
    {
        state.store.delete_session(&s.session.id).await?;
        return Err(PageError(Failure::TooMany(
            "Too many wrong codes. Sign in again in a few minutes.".into(),
        )));
    }
    let step = auth::totp_step_matching(secret, &form.get("code"));
    let accepted = match step {
        Some(st) => state.store.use_totp_step(s.user.id, st as i64).await?,
        None => false,
    };
    if !accepted {
        let message = if step.is_some() {
            "That code has already been used. Wait for your app to show the next code, then enter it."
        } else {
            "The code is not right. Enter the code your app shows now."
        };
        state.store.record_login_failure(&key, now).await?;
        let mut ev =
            AuditEvent::system("totp_failed", "user", s.user.id, "wrong second-factor code");
        ev.actor_id = Some(s.user.id);
        ev.actor_name = s.user.username.clone();
        ev.outcome = Outcome::Denied;
        state.store.audit(ev).await?;
        return render_status(
            StatusCode::UNAUTHORIZED,
            &TotpPage {
                csrf: s.session.csrf_token,
                errors: vec![("code".into(), message.into())],
            },
        );
    }
    state.store.clear_login_failures(&key).await?;
    state.store.mark_session_mfa_ok(&s.session.id).await?;
    Ok(Redirect::to("/cases").into_response())
}

async fn logout(State(state): State<AppState>, s: AnySession, body: Bytes) -> PageResult {
    let form = FormData::parse(&body);
    if !auth::same(&form.get("csrf"), &s.session.csrf_token) {
        return Err(PageError(Failure::Csrf));
    }
    state.store.delete_session(&s.session.id).await?;
    let mut ev = AuditEvent::system("logout", "user", s.user.id, "");
    ev.actor_id = Some(s.user.id);
    ev.actor_name = s.user.username.clone();
    ev.org_id = Some(s.user.org_id);
    state.store.audit(ev).await?;
    let mut res = Redirect::to("/login").into_response();
    let clear = session::set_cookie(&state, SESSION_COOKIE, "", "/", Some(0));
    res.headers_mut().append(
        header::SET_COOKIE,
        clear
            .parse()
            .map_err(|_| Failure::Internal("cookie".into()))?,
    );
    Ok(res)
}

#[derive(Template)]
#[template(path = "enrol.html")]
struct EnrolPage {
    csrf: String,
    secret: String,
    uri: String,
    required: bool,
    errors: Vec<(String, String)>,
}

async fn enrol_page(s: AnySession) -> PageResult {
    // Someone who owes a code cannot replace the factor they already have.
    if !s.session.mfa_ok && s.user.totp_enrolled() {
        return Ok(Redirect::to("/login/totp").into_response());
    }
    let secret = auth::new_totp_secret();
    let mut res = render(&EnrolPage {
        csrf: s.session.csrf_token.clone(),
        uri: auth::totp_uri(&secret, &s.user.username),
        secret,
        required: s.user.totp_required,
        errors: vec![],
    })?;
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        "no-store".parse().expect("static header"),
    );
    Ok(res)
}

async fn enrol_submit(State(state): State<AppState>, s: AnySession, body: Bytes) -> PageResult {
    let form = FormData::parse(&body);
    if !auth::same(&form.get("csrf"), &s.session.csrf_token) {
        return Err(PageError(Failure::Csrf));
    }
    if !s.session.mfa_ok && s.user.totp_enrolled() {
        return Ok(Redirect::to("/login/totp").into_response());
    }
    let secret = form.get("secret");
    let valid_secret = data_encoding::BASE32_NOPAD
        .decode(secret.as_bytes())
        .is_ok_and(|k| k.len() >= 16);
    let step = auth::totp_step_matching(&secret, &form.get("code")).filter(|_| valid_secret);
    let Some(step) = step else {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &EnrolPage {
                csrf: s.session.csrf_token.clone(),
                uri: auth::totp_uri(&secret, &s.user.username),
                secret,
                required: s.user.totp_required,
                errors: vec![("code".into(), "The code is not right. Check the key in your app and enter the code it shows now.".into())],
            },
        );
    };
    let teams = state.store.user_teams(s.user.id).await?;
    let ctx = Ctx {
        actor: session::actor_for(&s.user, &teams),
        channel: "web",
        purpose: None,
    };
    state
        .store
        .set_totp_secret(Some(&ctx), s.user.id, Some(secret))
        .await?;
    // The code that turned it on is spent.
    state.store.use_totp_step(s.user.id, step as i64).await?;
    state.store.mark_session_mfa_ok(&s.session.id).await?;
    Ok(Redirect::to("/account").into_response())
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    nav: Nav,
    user: sightline_store::User,
    teams: Vec<String>,
}

async fn account(State(state): State<AppState>, u: WebUser) -> PageResult {
    let nav = nav(&state, &u).await?;
    let teams = u.teams.iter().map(|t| t.name.clone()).collect();
    render(&AccountPage {
        nav,
        user: u.user,
        teams,
    })
}

// ---------------------------------------------------------------- cases

#[derive(Template)]
#[template(path = "cases.html")]
struct CasesPage {
    nav: Nav,
    cases: Vec<Case>,
}

async fn cases(State(state): State<AppState>, u: WebUser) -> PageResult {
    let cases = state.store.list_cases(&u.ctx, 200).await?;
    render(&CasesPage {
        nav: nav(&state, &u).await?,
        cases,
    })
}

#[derive(Default)]
pub struct CaseForm {
    title: String,
    summary: String,
    status: String,
    exploitation_types: Vec<String>,
    sectors: Vec<String>,
    force_area: String,
    opened_on: String,
    closed_on: String,
    /// arrests, charges, convictions, STPOs, STROs, safeguarded.
    outcomes: [String; 6],
}

/// The outcome counts a case form asks for: (field, label).
pub const OUTCOME_FIELDS: [(&str, &str); 6] = [
    ("arrests", "Arrests"),
    ("charges", "Charges"),
    ("convictions", "Convictions"),
    ("stpos", "Slavery and Trafficking Prevention Orders"),
    ("stros", "Slavery and Trafficking Risk Orders"),
    ("safeguarded", "Potential victims safeguarded"),
];

impl CaseForm {
    pub fn has(&self, code: &str) -> bool {
        self.exploitation_types.iter().any(|c| c == code)
    }
    pub fn has_sector(&self, code: &str) -> bool {
        self.sectors.iter().any(|c| c == code)
    }
    pub fn outcome(&self, i: &usize) -> &str {
        &self.outcomes[*i]
    }
}

fn date_field(field: &str, v: &str) -> Result<Option<chrono::NaiveDate>, ValidationError> {
    match v.trim() {
        "" => Ok(None),
        d => chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| ValidationError::new(field, format!("'{d}' is not a date as YYYY-MM-DD"))),
    }
}

fn count_field(field: &str, v: &str) -> Result<u32, ValidationError> {
    match v.trim() {
        "" => Ok(0),
        n => n
            .parse()
            .map_err(|_| ValidationError::new(field, format!("'{n}' is not a whole number"))),
    }
}

#[derive(Template)]
#[template(path = "case_form.html")]
struct CaseFormPage {
    nav: Nav,
    opts: Options,
    forces: Vec<(&'static str, &'static str)>,
    sectors: &'static [&'static str],
    outcome_fields: [(&'static str, &'static str); 6],
    v: CaseForm,
    m: MarkingsForm,
    errors: Vec<(String, String)>,
}

async fn new_case(State(state): State<AppState>, u: WebUser) -> PageResult {
    let v = CaseForm {
        status: "Active".into(),
        ..Default::default()
    };
    render(&CaseFormPage {
        forces: geo::FORCES.iter().map(|f| (f.code, f.name)).collect(),
        sectors: SECTORS,
        outcome_fields: OUTCOME_FIELDS,
        nav: nav(&state, &u).await?,
        opts: options(&u),
        v,
        m: MarkingsForm::fresh(),
        errors: vec![],
    })
}

async fn create_case(State(state): State<AppState>, u: WebUser, body: Bytes) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let v = CaseForm {
        title: f.get("title"),
        summary: f.get("summary"),
        status: f.get("status"),
        exploitation_types: f.all("exploitation_types"),
        sectors: f.all("sectors"),
        force_area: f.get("force_area"),
        opened_on: f.get("opened_on"),
        closed_on: f.get("closed_on"),
        outcomes: OUTCOME_FIELDS.map(|(k, _)| f.get(k)),
    };
    let m = MarkingsForm::from_form(&f);
    let attempt = async {
        let status = parse_field::<CaseStatus>("status", &v.status)?;
        let types = v
            .exploitation_types
            .iter()
            .map(|t| parse_field::<ExploitationType>("exploitation_types", t))
            .collect::<Result<Vec<_>, _>>()?;
        let markings = m.parse(&u)?;
        let o = &v.outcomes;
        let details = CaseDetails {
            sectors: v.sectors.clone(),
            force_area: Some(v.force_area.clone()),
            opened_on: date_field("opened_on", &v.opened_on)?,
            closed_on: date_field("closed_on", &v.closed_on)?,
            outcomes: CaseOutcomes {
                arrests: count_field("arrests", &o[0])?,
                charges: count_field("charges", &o[1])?,
                convictions: count_field("convictions", &o[2])?,
                stpos: count_field("stpos", &o[3])?,
                stros: count_field("stros", &o[4])?,
                safeguarded: count_field("safeguarded", &o[5])?,
            },
        };
        let new = NewCase {
            title: v.title.clone(),
            summary: v.summary.clone(),
            status,
            exploitation_types: types,
            details,
        };
        state
            .store
            .create_case(&u.with_purpose(&m.purpose), markings, new)
            .await
    };
    match attempt.await {
        Ok(case) => Ok(Redirect::to(&format!("/cases/{}", case.id)).into_response()),
        Err(e) => {
            let errors = form_errors(e)?;
            let page = CaseFormPage {
                forces: geo::FORCES.iter().map(|f| (f.code, f.name)).collect(),
                sectors: SECTORS,
                outcome_fields: OUTCOME_FIELDS,
                nav: nav(&state, &u).await?,
                opts: options(&u),
                v,
                m,
                errors,
            };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Template)]
#[template(path = "case.html")]
struct CasePage {
    nav: Nav,
    force_area: Option<&'static str>,
    case: Case,
    owner: String,
    team: Option<String>,
    parties: Vec<(CaseRole, Person)>,
    candidates: Vec<(String, String)>,
    roles: Vec<(&'static str, &'static str)>,
}

fn parse_id(id: &str) -> Result<Uuid, PageError> {
    Uuid::parse_str(id).map_err(|_| PageError(Failure::NotFound))
}

async fn show_case(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let case = state.store.get_case(&u.ctx, parse_id(&id)?).await?;
    let owner = state.store.get_org(case.markings.owner_org).await?.name;
    let team = team_name(&state, &case.markings).await?;
    let parties = state.store.case_parties(&u.ctx, case.id).await?;
    let can_edit = decide(&u.ctx.actor, &case.markings, Action::Update).allowed();
    let candidates = if can_edit {
        state
            .store
            .list_people(&u.ctx, 200)
            .await?
            .into_iter()
            .map(|p| (p.id.to_string(), p.display_name()))
            .collect()
    } else {
        Vec::new()
    };
    render(&CasePage {
        nav: nav(&state, &u).await?,
        force_area: case
            .details
            .force_area
            .as_deref()
            .and_then(geo::force_by_code)
            .map(|f| f.name),
        case,
        owner,
        team,
        parties,
        candidates,
        roles: pairs!(CaseRole),
    })
}

async fn add_party(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let case_id = parse_id(&id)?;
    let person_id = Uuid::parse_str(f.get("person_id").trim()).map_err(|_| Failure::Invalid {
        field: "person_id".into(),
        message: "choose a person".into(),
    })?;
    let role = f
        .get("role")
        .parse::<CaseRole>()
        .map_err(|e| Failure::Invalid {
            field: "role".into(),
            message: e.message,
        })?;
    state
        .store
        .add_case_party(&u.ctx, case_id, person_id, role)
        .await?;
    Ok(Redirect::to(&format!("/cases/{case_id}#people")).into_response())
}

// ---------------------------------------------------------------- people

#[derive(Template)]
#[template(path = "people.html")]
struct PeoplePage {
    nav: Nav,
    people: Vec<Person>,
    q: String,
}

#[derive(serde::Deserialize, Default)]
struct PeopleQuery {
    /// A name to look for (words in order, either name order).
    q: Option<String>,
}

async fn people(
    State(state): State<AppState>,
    u: WebUser,
    Query(query): Query<PeopleQuery>,
) -> PageResult {
    let q = query.q.unwrap_or_default();
    let people = state.store.search_people(&u.ctx, &q, 200).await?;
    render(&PeoplePage {
        nav: nav(&state, &u).await?,
        people,
        q,
    })
}

#[derive(Default)]
pub struct PersonForm {
    given_name: String,
    family_name: String,
    date_of_birth: String,
    gender: String,
    nationality: String,
    notes: String,
    aliases: String,
    other_nationalities: String,
    languages: String,
    identifiers: String,
    description: String,
    dob_estimated: bool,
    name_order: String,
}

/// Splits a comma- or line-separated answer into its parts.
fn list_of(s: &str) -> Vec<String> {
    s.split([',', '\n'])
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

/// Reads identifiers written one per line as `kind: value`, optionally `(CC)` at the end.
fn identifiers_of(s: &str) -> Result<Vec<Identifier>, ValidationError> {
    let mut out = Vec::new();
    for (i, line) in s
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let (kind, rest) = line.split_once(':').ok_or_else(|| {
            ValidationError::new(
                "identifiers",
                format!("line {}: write it as 'passport: 123456789 (RO)'", i + 1),
            )
        })?;
        let kind = kind.trim().to_lowercase().replace([' ', '-'], "_");
        let mut value = rest.trim().to_string();
        let mut country = None;
        if let (Some(open), true) = (value.rfind('('), value.ends_with(')')) {
            country = Some(value[open + 1..value.len() - 1].trim().to_string());
            value = value[..open].trim().to_string();
        }
        out.push(Identifier {
            kind,
            value,
            country,
        });
    }
    Ok(out)
}

#[derive(Template)]
#[template(path = "person_form.html")]
struct PersonFormPage {
    nav: Nav,
    opts: Options,
    v: PersonForm,
    m: MarkingsForm,
    errors: Vec<(String, String)>,
}

async fn new_person(State(state): State<AppState>, u: WebUser) -> PageResult {
    let v = PersonForm {
        gender: "Unknown".into(),
        ..Default::default()
    };
    render(&PersonFormPage {
        nav: nav(&state, &u).await?,
        opts: options(&u),
        v,
        m: MarkingsForm::fresh(),
        errors: vec![],
    })
}

async fn create_person(State(state): State<AppState>, u: WebUser, body: Bytes) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let v = PersonForm {
        given_name: f.get("given_name"),
        family_name: f.get("family_name"),
        date_of_birth: f.get("date_of_birth"),
        gender: f.get("gender"),
        nationality: f.get("nationality"),
        notes: f.get("notes"),
        aliases: f.get("aliases"),
        other_nationalities: f.get("other_nationalities"),
        languages: f.get("languages"),
        identifiers: f.get("identifiers"),
        description: f.get("description"),
        dob_estimated: !f.get("dob_estimated").is_empty(),
        name_order: f.get("name_order"),
    };
    let m = MarkingsForm::from_form(&f);
    let attempt = async {
        let gender = parse_field::<Gender>("gender", &v.gender)?;
        let details = PersonDetails {
            aliases: list_of(&v.aliases),
            name_order: Some(v.name_order.clone()).filter(|o| !o.is_empty()),
            dob_estimated: v.dob_estimated,
            nationalities: list_of(&v.other_nationalities),
            languages: list_of(&v.languages),
            identifiers: identifiers_of(&v.identifiers)?,
            description: v.description.clone(),
        };
        let markings = m.parse(&u)?;
        let new = NewPerson {
            given_name: v.given_name.clone(),
            family_name: v.family_name.clone(),
            date_of_birth: Some(v.date_of_birth.clone()),
            gender,
            nationality: Some(v.nationality.clone()),
            notes: v.notes.clone(),
            details,
        };
        state
            .store
            .create_person(&u.with_purpose(&m.purpose), markings, new)
            .await
    };
    match attempt.await {
        Ok(p) => {
            crate::matches::check_saved(&state, &p).await;
            Ok(Redirect::to(&format!("/people/{}", p.id)).into_response())
        }
        Err(e) => {
            let errors = form_errors(e)?;
            let page = PersonFormPage {
                nav: nav(&state, &u).await?,
                opts: options(&u),
                v,
                m,
                errors,
            };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    nav: Nav,
    person: Person,
    owner: String,
    team: Option<String>,
    cases: Vec<(CaseRole, Case)>,
    links: Vec<sightline_store::Linked>,
    others: Vec<(String, String)>,
    link_types: Vec<(&'static str, &'static str)>,
    entity_kinds: Vec<(&'static str, &'static str)>,
    confidences: Vec<(&'static str, &'static str)>,
    errors: Vec<(String, String)>,
    /// NRM referrals and debriefs about the person.
    forms: Vec<sightline_core::forms::GuidedForm>,
    /// The person's journey: recruitment, transit, exploitation.
    events: Vec<sightline_core::forms::TraffickingEvent>,
    matches: crate::matches::PersonMatches,
    /// Public reports linked to the person in triage.
    reports: Vec<sightline_core::public::PublicReport>,
}

async fn person_page(
    state: &AppState,
    u: &WebUser,
    person: Person,
    errors: Vec<(String, String)>,
) -> Result<PersonPage, PageError> {
    let owner = state.store.get_org(person.markings.owner_org).await?.name;
    let team = team_name(state, &person.markings).await?;
    let node = NodeRef {
        node_type: NodeType::Person,
        id: person.id,
    };
    let cases = state.store.person_cases(&u.ctx, person.id).await?;
    let links = state.store.links_of(&u.ctx, node).await?;
    let others = state
        .store
        .list_people(&u.ctx, 200)
        .await?
        .into_iter()
        .filter(|p| p.id != person.id)
        .map(|p| (p.id.to_string(), p.display_name()))
        .collect();
    let mut forms = Vec::new();
    for kind in ["nrm_referral", "debrief"] {
        forms.extend(
            state
                .store
                .list_forms(&u.ctx, kind, 1000)
                .await?
                .into_iter()
                .filter(|f| f.person_id == Some(person.id)),
        );
    }
    let events = state.store.person_events(&u.ctx, person.id).await?;
    let matches = crate::matches::for_person(state, u, person.id).await?;
    let reports = state.store.person_reports(&u.ctx, person.id).await?;
    Ok(PersonPage {
        reports,
        forms,
        events,
        nav: nav(state, u).await?,
        person,
        owner,
        team,
        cases,
        links,
        others,
        link_types: pairs!(LinkType),
        entity_kinds: pairs!(EntityKind),
        confidences: pairs!(Confidence),
        errors,
        matches,
    })
}

async fn show_person(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let person = state.store.get_person(&u.ctx, parse_id(&id)?).await?;
    render(&person_page(&state, &u, person, vec![]).await?)
}

/// Markings for something derived from a record: its protection, owned by the actor's
/// organisation, kept in its case team when the actor is in it.
pub(crate) fn derived_markings(u: &WebUser, from: &Markings) -> Markings {
    Markings {
        classification: from.classification,
        handling_code: from.handling_code,
        handling_conditions: from.handling_conditions.clone(),
        owner_org: u.user.org_id,
        case_team: from.case_team.filter(|t| u.ctx.actor.teams.contains(t)),
    }
}

async fn add_link(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let person = state.store.get_person(&u.ctx, parse_id(&id)?).await?;
    let m = derived_markings(&u, &person.markings);
    let attempt = async {
        let link_type = parse_field::<LinkType>("link_type", &f.get("link_type"))?;
        let confidence = parse_field::<Confidence>("confidence", &f.get("confidence"))?;
        let value = f.get("entity_value");
        let to = if !value.trim().is_empty() {
            let kind = parse_field::<EntityKind>("entity_kind", &f.get("entity_kind"))?;
            let new = NewEntity {
                kind,
                value,
                details: f.get("entity_details"),
            };
            let existing = state
                .store
                .find_entities(&u.ctx, &new)
                .await
                .map_err(|e| match e {
                    StoreError::Invalid(v) => {
                        StoreError::Invalid(ValidationError::new("entity_value", v.message))
                    }
                    other => other,
                })?;
            let entity = match existing.into_iter().next() {
                Some(e) => e,
                None => state.store.create_entity(&u.ctx, m.clone(), new).await?,
            };
            NodeRef {
                node_type: NodeType::Entity,
                id: entity.id,
            }
        } else {
            let other = Uuid::parse_str(f.get("other_person").trim()).map_err(|_| {
                ValidationError::new(
                    "entity_value",
                    "enter a value, or choose a person to link to",
                )
            })?;
            NodeRef {
                node_type: NodeType::Person,
                id: other,
            }
        };
        let link = NewLink {
            from: NodeRef {
                node_type: NodeType::Person,
                id: person.id,
            },
            to,
            link_type,
            date_from: Some(f.get("date_from")),
            date_to: None,
            source: f.get("source"),
            confidence,
        };
        state.store.create_link(&u.ctx, m.clone(), link).await
    };
    match attempt.await {
        Ok(_) => Ok(Redirect::to(&format!("/people/{}#links", person.id)).into_response()),
        Err(e) => {
            let errors = form_errors(e)?;
            let page = person_page(&state, &u, person, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Template)]
#[template(path = "entities.html")]
struct EntitiesPage {
    nav: Nav,
    entities: Vec<Entity>,
}

async fn entities(State(state): State<AppState>, u: WebUser) -> PageResult {
    let entities = state.store.list_entities(&u.ctx, 200).await?;
    render(&EntitiesPage {
        nav: nav(&state, &u).await?,
        entities,
    })
}

#[derive(Template)]
#[template(path = "entity.html")]
struct EntityPage {
    nav: Nav,
    entity: Entity,
    owner: String,
    links: Vec<sightline_store::Linked>,
    same: Vec<sightline_store::SameEntity>,
    /// Intelligence reports that mention it, those the reader may read.
    reports: Vec<IntelReport>,
}

async fn show_entity(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let entity = state.store.get_entity(&u.ctx, parse_id(&id)?).await?;
    let owner = state.store.get_org(entity.markings.owner_org).await?.name;
    let links = state
        .store
        .links_of(
            &u.ctx,
            NodeRef {
                node_type: NodeType::Entity,
                id: entity.id,
            },
        )
        .await?;
    let same = state.store.same_entities(&u.ctx, entity.id).await?;
    let reports = state.store.entity_intel(&u.ctx, entity.id).await?;
    render(&EntityPage {
        nav: nav(&state, &u).await?,
        entity,
        owner,
        links,
        same,
        reports,
    })
}

// ---------------------------------------------------------------- intelligence

#[derive(Template)]
#[template(path = "intel_list.html")]
struct IntelListPage {
    nav: Nav,
    reports: Vec<IntelReport>,
}

async fn intel_list(State(state): State<AppState>, u: WebUser) -> PageResult {
    let reports = state.store.list_intel(&u.ctx, 200).await?;
    render(&IntelListPage {
        nav: nav(&state, &u).await?,
        reports,
    })
}

#[derive(Default)]
pub struct IntelForm {
    title: String,
    narrative: String,
    source_evaluation: String,
    intelligence_assessment: String,
    information_date: String,
}

#[derive(Template)]
#[template(path = "intel_form.html")]
struct IntelFormPage {
    nav: Nav,
    opts: Options,
    v: IntelForm,
    m: MarkingsForm,
    errors: Vec<(String, String)>,
}

async fn new_intel(State(state): State<AppState>, u: WebUser) -> PageResult {
    let v = IntelForm {
        source_evaluation: "2".into(),
        intelligence_assessment: "C".into(),
        ..Default::default()
    };
    render(&IntelFormPage {
        nav: nav(&state, &u).await?,
        opts: options(&u),
        v,
        m: MarkingsForm::fresh(),
        errors: vec![],
    })
}

async fn create_intel(State(state): State<AppState>, u: WebUser, body: Bytes) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let v = IntelForm {
        title: f.get("title"),
        narrative: f.get("narrative"),
        source_evaluation: f.get("source_evaluation"),
        intelligence_assessment: f.get("intelligence_assessment"),
        information_date: f.get("information_date"),
    };
    let m = MarkingsForm::from_form(&f);
    let attempt = async {
        let se = parse_field::<SourceEvaluation>("source_evaluation", &v.source_evaluation)?;
        let ia =
            parse_field::<IntelAssessment>("intelligence_assessment", &v.intelligence_assessment)?;
        let date = match v.information_date.trim() {
            "" => None,
            d => Some(
                chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                    ValidationError::new(
                        "information_date",
                        format!("'{d}' is not a date as YYYY-MM-DD"),
                    )
                })?,
            ),
        };
        let markings = m.parse(&u)?;
        let new = NewIntelReport {
            title: v.title.clone(),
            narrative: v.narrative.clone(),
            source_evaluation: se,
            intelligence_assessment: ia,
            information_date: date,
        };
        state
            .store
            .create_intel(&u.with_purpose(&m.purpose), markings, new)
            .await
    };
    match attempt.await {
        Ok(r) => Ok(Redirect::to(&format!("/intel/{}", r.id)).into_response()),
        Err(e) => {
            let errors = form_errors(e)?;
            let page = IntelFormPage {
                nav: nav(&state, &u).await?,
                opts: options(&u),
                v,
                m,
                errors,
            };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

#[derive(Template)]
#[template(path = "intel.html")]
struct IntelPage {
    nav: Nav,
    hl: crate::highlight::Highlighted,
    report: IntelReport,
    owner: String,
    team: Option<String>,
    /// The submitting force by name, from an imported report's details.
    force: Option<String>,
    /// The case the report belongs to: (id, "reference: title") when the reader may read
    /// it, otherwise only that a case exists.
    case: Option<Option<(Uuid, String)>>,
    /// The entities the report is linked to as mentioning (those the reader may read).
    linked: Vec<Entity>,
    /// Phones, vehicles, places… the narrative names, with what is already known of them.
    mentions: Vec<crate::mentions::Mention>,
    /// Whether the reader may link entities to the report.
    may_link: bool,
    errors: Vec<(String, String)>,
}

async fn show_intel(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
) -> PageResult {
    let report = state.store.get_intel(&u.ctx, parse_id(&id)?).await?;
    render(&intel_page(&state, &u, report, vec![]).await?)
}

async fn intel_page(
    state: &AppState,
    u: &WebUser,
    report: IntelReport,
    errors: Vec<(String, String)>,
) -> Result<IntelPage, PageError> {
    let owner = state.store.get_org(report.markings.owner_org).await?.name;
    let team = team_name(state, &report.markings).await?;
    let hl = crate::highlight::highlight(&report.narrative);
    let force = report
        .details
        .submitting_force
        .as_deref()
        .and_then(sightline_core::geo::force_by_code)
        .map(|f| f.name.to_string());
    let case = match report.details.case_id {
        Some(c) => match state.store.get_case(&u.ctx, c).await {
            Ok(c) => Some(Some((c.id, format!("{}: {}", c.reference, c.title)))),
            Err(sightline_store::StoreError::Forbidden(_))
            | Err(sightline_store::StoreError::NotFound) => Some(None),
            Err(e) => return Err(PageError(e.into())),
        },
        None => None,
    };
    let linked = state.store.intel_entities(&u.ctx, report.id).await?;
    let mentions = crate::mentions::mentions(&state.store, &u.ctx, &report.narrative).await?;
    let may_link = sightline_core::decide(
        &u.ctx.actor,
        &report.markings,
        sightline_core::Action::Update,
    )
    .allowed();
    Ok(IntelPage {
        nav: nav(state, u).await?,
        hl,
        report,
        owner,
        team,
        force,
        case,
        linked,
        mentions,
        may_link,
        errors,
    })
}

impl IntelPage {
    fn is_linked(&self, id: &Uuid) -> bool {
        self.linked.iter().any(|l| l.id == *id)
    }
}

/// Links an entity the report mentions: one already recorded (`entity_id`), or a new one
/// recorded from the narrative (`kind`, `value`) with the report's markings.
async fn link_intel_entity(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    let report = state.store.get_intel(&u.ctx, parse_id(&id)?).await?;
    let attempt = async {
        let entity = match Uuid::parse_str(f.get("entity_id").trim()) {
            Ok(e) => e,
            Err(_) => {
                let kind = parse_field::<EntityKind>("kind", &f.get("kind"))?;
                let m = derived_markings(&u, &report.markings);
                let new = NewEntity {
                    kind,
                    value: f.get("value"),
                    details: format!("Named in intelligence report '{}'", report.title),
                };
                state.store.create_entity(&u.ctx, m, new).await?.id
            }
        };
        state
            .store
            .link_intel_entity(&u.ctx, report.id, entity)
            .await
    };
    match attempt.await {
        Ok(()) => Ok(Redirect::to(&format!("/intel/{}#mentions", report.id)).into_response()),
        Err(e) => {
            let errors = form_errors(e)?;
            let page = intel_page(&state, &u, report, errors).await?;
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

// ---------------------------------------------------------------- organisations and admin

#[derive(Template)]
#[template(path = "orgs.html")]
struct OrgsPage {
    nav: Nav,
    orgs: Vec<Organisation>,
    org_types: Vec<(&'static str, &'static str)>,
    errors: Vec<(String, String)>,
}

async fn orgs(State(state): State<AppState>, u: WebUser) -> PageResult {
    let orgs = state.store.list_orgs().await?;
    render(&OrgsPage {
        nav: nav(&state, &u).await?,
        orgs,
        org_types: pairs!(OrgType),
        errors: vec![],
    })
}

/// Refuses (and audits) a non-administrator on an administration route.
async fn require_admin(state: &AppState, u: &WebUser, what: &str) -> Result<(), PageError> {
    if u.user.role == Role::Admin {
        return Ok(());
    }
    state
        .store
        .audit(
            AuditEvent::by(&u.ctx, what, "admin", "", Outcome::Denied)
                .with_detail("not an administrator"),
        )
        .await?;
    Err(PageError(Failure::Forbidden(
        "only administrators can do this".into(),
    )))
}

async fn create_org(State(state): State<AppState>, u: WebUser, body: Bytes) -> PageResult {
    let f = u.posted(&state, &body).await?;
    require_admin(&state, &u, "create_organisation").await?;
    let attempt = async {
        let org_type = parse_field::<OrgType>("org_type", &f.get("org_type"))?;
        state
            .store
            .create_org(
                Some(&u.ctx),
                NewOrganisation {
                    name: f.get("name"),
                    org_type,
                },
            )
            .await
    };
    match attempt.await {
        Ok(_) => Ok(Redirect::to("/organisations").into_response()),
        Err(e) => {
            let errors = form_errors(e)?;
            let orgs = state.store.list_orgs().await?;
            let page = OrgsPage {
                nav: nav(&state, &u).await?,
                orgs,
                org_types: pairs!(OrgType),
                errors,
            };
            render_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

pub struct UserRow {
    id: Uuid,
    username: String,
    display_name: String,
    role: &'static str,
    org: String,
    enrolled: bool,
    required: bool,
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    nav: Nav,
    users: Vec<UserRow>,
}

async fn users(State(state): State<AppState>, u: WebUser) -> PageResult {
    require_admin(&state, &u, "list_users").await?;
    let orgs = state.store.list_orgs().await?;
    let users = state
        .store
        .list_users()
        .await?
        .into_iter()
        .map(|x| UserRow {
            id: x.id,
            org: orgs
                .iter()
                .find(|o| o.id == x.org_id)
                .map(|o| o.name.clone())
                .unwrap_or_default(),
            enrolled: x.totp_enrolled(),
            required: x.totp_required,
            role: x.role.label(),
            username: x.username,
            display_name: x.display_name,
        })
        .collect();
    render(&UsersPage {
        nav: nav(&state, &u).await?,
        users,
    })
}

async fn require_totp(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    require_admin(&state, &u, "require_totp").await?;
    let required = f.get("required") == "yes";
    state
        .store
        .set_totp_required(Some(&u.ctx), parse_id(&id)?, required)
        .await?;
    Ok(Redirect::to("/admin/users").into_response())
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    record_type: String,
    #[serde(default)]
    record_id: String,
    #[serde(default)]
    outcome: String,
    before: Option<i64>,
}

#[derive(Template)]
#[template(path = "audit.html")]
struct AuditPage {
    nav: Nav,
    f: AuditQuery,
    entries: Vec<sightline_store::AuditEntry>,
    older: Option<String>,
}

async fn audit(
    State(state): State<AppState>,
    u: WebUser,
    Query(q): Query<AuditQuery>,
) -> PageResult {
    require_admin(&state, &u, "read_audit").await?;
    let filter = AuditFilter {
        actor: Some(q.actor.clone()),
        action: Some(q.action.clone()),
        record_type: Some(q.record_type.clone()),
        record_id: Some(q.record_id.clone()),
        outcome: Some(q.outcome.clone()),
        before_seq: q.before,
        limit: 100,
    };
    let entries = state.store.list_audit(&filter).await?;
    state
        .store
        .audit(
            AuditEvent::by(&u.ctx, "read", "audit_log", "", Outcome::Allowed)
                .with_detail(format!("{} entries", entries.len())),
        )
        .await?;
    let older =
        (entries.len() == 100).then(|| {
            let last = entries.last().map(|e| e.seq).unwrap_or(0);
            let enc = |s: &str| {
                s.bytes()
                    .map(|b| {
                        if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.' {
                            (b as char).to_string()
                        } else {
                            format!("%{b:02X}")
                        }
                    })
                    .collect::<String>()
            };
            format!(
            "/admin/audit?actor={}&action={}&record_type={}&record_id={}&outcome={}&before={last}",
            enc(&q.actor), enc(&q.action), enc(&q.record_type), enc(&q.record_id), enc(&q.outcome)
        )
        });
    render(&AuditPage {
        nav: nav(&state, &u).await?,
        f: q,
        entries,
        older,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_bodies_decode_repeated_keys_plus_and_percent() {
        let f =
            FormData::parse(b"a=1&t=labour&t=sexual&name=Thi+Nguy%E1%BB%85n&bad=%zz&empty=&flag");
        assert_eq!(f.get("a"), "1");
        assert_eq!(f.all("t"), vec!["labour", "sexual"]);
        assert_eq!(f.get("name"), "Thi Nguyễn");
        assert_eq!(f.get("bad"), "%zz");
        assert_eq!(f.get("empty"), "");
        assert_eq!(f.get("missing"), "");
        assert_eq!(FormData::parse(b"x=%4").get("x"), "%4");
    }
}
