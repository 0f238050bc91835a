//! Who is asking: the session behind a browser's cookie, or the API token behind a
//! machine client's bearer header, turned into the `Ctx` that the store's policy checks.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use chrono::Utc;
use sightline_core::Actor;
use sightline_store::{AuditEvent, Ctx, Outcome, Session, Team, User};

use crate::auth::{same, token_hash};
use crate::error::{ApiError, Failure, PageError};
use crate::AppState;

pub const SESSION_COOKIE: &str = "sightline_session";
pub const LOGIN_CSRF_COOKIE: &str = "sightline_login_csrf";

/// Reads one cookie's value from the request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A `Set-Cookie` value with the attributes every Sightline cookie carries.
pub fn set_cookie(
    state: &AppState,
    name: &str,
    value: &str,
    path: &str,
    max_age: Option<i64>,
) -> String {
    let mut c = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if state.config.secure_cookies {
        c.push_str("; Secure");
    }
    c
}

/// The user's organisation, role and case teams as the policy needs them.
pub fn actor_for(user: &User, teams: &[Team]) -> Actor {
    Actor {
        user_id: user.id,
        username: user.username.clone(),
        role: user.role,
        org_id: user.org_id,
        teams: teams.iter().map(|t| t.id).collect(),
    }
}

/// A signed-in person, with the second factor passed where one is needed.
pub struct WebUser {
    pub ctx: Ctx,
    pub user: User,
    pub teams: Vec<Team>,
    pub session: Session,
}

impl WebUser {
    /// Checks a form's CSRF token against the session's; a mismatch is audited and refused.
    /// A submitted form, once its CSRF token has been checked (a refusal is audited).
    pub async fn posted(
        &self,
        state: &AppState,
        body: &[u8],
    ) -> Result<crate::pages::FormData, PageError> {
        let f = crate::pages::FormData::parse(body);
        self.check_csrf(state, &f.get("csrf")).await?;
        Ok(f)
    }

    pub async fn check_csrf(&self, state: &AppState, token: &str) -> Result<(), PageError> {
        if same(token, &self.session.csrf_token) {
            return Ok(());
        }
        let ev = AuditEvent::by(&self.ctx, "csrf_rejected", "form", "", Outcome::Denied);
        state.store.audit(ev).await?;
        Err(PageError(Failure::Csrf))
    }

    /// The same person acting for a stated purpose.
    pub fn with_purpose(&self, purpose: &str) -> Ctx {
        let mut ctx = self.ctx.clone();
        let p = purpose.trim();
        ctx.purpose = (!p.is_empty()).then(|| p.chars().take(500).collect());
        ctx
    }
}

/// A session that exists and has not timed out, second factor or not.
pub struct AnySession {
    pub session: Session,
    pub user: User,
}

/// Loads the session behind the cookie, ending it (and auditing that) when it has timed out.
pub async fn load_session(state: &AppState, headers: &HeaderMap) -> Result<AnySession, Failure> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Err(Failure::SignInRequired { expired: false });
    };
    let id = token_hash(&token);
    let Some(session) = state.store.get_session(&id).await? else {
        return Err(Failure::SignInRequired { expired: true });
    };
    let user = state.store.get_user(session.user_id).await?;
    let now = Utc::now();
    let idle = now - session.last_seen_at > state.config.idle_timeout;
    let absolute = now - session.created_at > state.config.absolute_timeout;
    if idle || absolute || user.disabled {
        state.store.delete_session(&id).await?;
        let why = if user.disabled {
            "account disabled"
        } else if idle {
            "idle timeout"
        } else {
            "absolute timeout"
        };
        let mut ev = AuditEvent::system("session_end", "session", "", why);
        ev.actor_id = Some(user.id);
        ev.actor_name = user.username.clone();
        ev.org_id = Some(user.org_id);
        ev.outcome = Outcome::Denied;
        state.store.audit(ev).await?;
        return Err(Failure::SignInRequired { expired: true });
    }
    // Touch at most once a minute: the idle clock needs no finer grain.
    if now - session.last_seen_at > chrono::Duration::seconds(60) {
        state.store.touch_session(&id, now).await?;
    }
    Ok(AnySession { session, user })
}

impl FromRequestParts<AppState> for AnySession {
    type Rejection = PageError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(load_session(state, &parts.headers).await?)
    }
}

impl FromRequestParts<AppState> for WebUser {
    type Rejection = PageError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let AnySession { session, user } = load_session(state, &parts.headers).await?;
        if !session.mfa_ok {
            return Err(PageError(Failure::SecondFactor {
                enrol: !user.totp_enrolled(),
            }));
        }
        let teams = state.store.user_teams(user.id).await?;
        let ctx = Ctx {
            actor: actor_for(&user, &teams),
            channel: "web",
            purpose: None,
        };
        Ok(WebUser {
            ctx,
            user,
            teams,
            session,
        })
    }
}

/// A machine client authenticated by `Authorization: Bearer <token>`.
pub struct ApiUser {
    pub ctx: Ctx,
    pub user: User,
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let header = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let Some(token) = header
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
        else {
            return Err(ApiError(Failure::Unauthorized(
                "send an API token as 'Authorization: Bearer <token>' (create one with `sightline token create`)".into(),
            )));
        };
        let found = state.store.find_api_token(&token_hash(token)).await?;
        let refused = |why: &str| {
            let mut ev = AuditEvent::system("api_auth_failed", "api_token", "", why);
            ev.actor_name = "anonymous".into();
            ev.outcome = Outcome::Denied;
            ev
        };
        let Some(t) = found.filter(|t| t.revoked_at.is_none()) else {
            state
                .store
                .audit(refused("unknown or revoked token"))
                .await?;
            return Err(ApiError(Failure::Unauthorized(
                "the API token is not valid".into(),
            )));
        };
        let user = state.store.get_user(t.user_id).await?;
        if user.disabled {
            state.store.audit(refused("account disabled")).await?;
            return Err(ApiError(Failure::Unauthorized(
                "the API token's account is disabled".into(),
            )));
        }
        let now = Utc::now();
        if t.last_used_at
            .is_none_or(|at| now - at > chrono::Duration::seconds(60))
        {
            state.store.touch_api_token(t.id, now).await?;
        }
        let teams = state.store.user_teams(user.id).await?;
        let purpose = parts
            .headers
            .get("x-sightline-purpose")
            .and_then(|v| v.to_str().ok())
            .map(|p| p.chars().take(500).collect::<String>())
            .filter(|p| !p.trim().is_empty());
        let ctx = Ctx {
            actor: actor_for(&user, &teams),
            channel: "api",
            purpose,
        };
        Ok(ApiUser { ctx, user })
    }
}
