//! Every failure a request can meet, and the one place each maps to a status and a body:
//! an HTML page for people, JSON for machine clients.

use askama::Template;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use sightline_store::StoreError;

/// What went wrong, independent of who asked.
#[derive(Debug)]
pub enum Failure {
    /// No session, or it ended; `expired` when it timed out.
    SignInRequired {
        expired: bool,
    },
    /// Signed in but the second factor is still owed (`enrol`: not set up yet).
    SecondFactor {
        enrol: bool,
    },
    Unauthorized(String),
    Forbidden(String),
    Csrf,
    NotFound,
    Invalid {
        field: String,
        message: String,
    },
    Conflict(String),
    TooMany(String),
    Internal(String),
}

impl Failure {
    pub fn status(&self) -> StatusCode {
        match self {
            Failure::SignInRequired { .. } | Failure::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Failure::SecondFactor { .. } => StatusCode::UNAUTHORIZED,
            Failure::Forbidden(_) | Failure::Csrf => StatusCode::FORBIDDEN,
            Failure::NotFound => StatusCode::NOT_FOUND,
            Failure::Invalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Failure::Conflict(_) => StatusCode::CONFLICT,
            Failure::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Failure::SignInRequired { .. } => "sign_in_required",
            Failure::SecondFactor { .. } => "second_factor_required",
            Failure::Unauthorized(_) => "unauthorized",
            Failure::Forbidden(_) => "forbidden",
            Failure::Csrf => "csrf",
            Failure::NotFound => "not_found",
            Failure::Invalid { .. } => "invalid",
            Failure::Conflict(_) => "conflict",
            Failure::TooMany(_) => "too_many_requests",
            Failure::Internal(_) => "internal",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Failure::SignInRequired { expired: true } => "Your session has ended. Sign in again.".into(),
            Failure::SignInRequired { expired: false } => "Sign in to continue.".into(),
            Failure::SecondFactor { .. } => "Enter the code from your authenticator app to continue.".into(),
            Failure::Unauthorized(m) => m.clone(),
            Failure::Forbidden(m) => format!("You cannot do this: {m}."),
            Failure::Csrf => "This form has expired or did not come from Sightline. Go back, reload the page and try again.".into(),
            Failure::NotFound => "There is no such page or record.".into(),
            Failure::Invalid { field, message } => format!("{field}: {message}"),
            Failure::Conflict(m) => format!("Not saved: {m}."),
            Failure::TooMany(m) => m.clone(),
            Failure::Internal(_) => "Something went wrong on our side. Nothing was changed. Try again; if it persists, tell your administrator.".into(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Failure::NotFound,
            StoreError::Forbidden(r) => Failure::Forbidden(r.to_string()),
            StoreError::Invalid(v) => Failure::Invalid {
                field: v.field,
                message: v.message,
            },
            StoreError::Conflict(m) => Failure::Conflict(m),
            other => Failure::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for Failure {
    fn from(e: askama::Error) -> Self {
        Failure::Internal(format!("template: {e}"))
    }
}

/// A failure shown to a person as a page (or a redirect to sign in).
#[derive(Debug)]
pub struct PageError(pub Failure);

impl<E: Into<Failure>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: String,
    status: u16,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let f = self.0;
        match &f {
            Failure::SignInRequired { expired } => {
                let to = if *expired {
                    "/login?expired=1"
                } else {
                    "/login"
                };
                return Redirect::to(to).into_response();
            }
            Failure::SecondFactor { enrol } => {
                return Redirect::to(if *enrol {
                    "/account/totp"
                } else {
                    "/login/totp"
                })
                .into_response();
            }
            Failure::Internal(detail) => tracing::error!(%detail, "request failed"),
            _ => {}
        }
        let title = match f.status() {
            StatusCode::FORBIDDEN => "Access refused",
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::TOO_MANY_REQUESTS => "Too many attempts",
            StatusCode::CONFLICT => "Not saved",
            StatusCode::UNPROCESSABLE_ENTITY => "Check your answers",
            StatusCode::INTERNAL_SERVER_ERROR => "Sorry, there is a problem",
            _ => "Sign in",
        };
        let page = ErrorPage {
            title,
            message: f.message(),
            status: f.status().as_u16(),
        };
        let body = page.render().unwrap_or_else(|_| f.message());
        (
            f.status(),
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response()
    }
}

/// A failure answered to a machine client as `{"error": {"code", "message"}}`.
#[derive(Debug)]
pub struct ApiError(pub Failure);

impl<E: Into<Failure>> From<E> for ApiError {
    fn from(e: E) -> Self {
        ApiError(e.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let f = self.0;
        if let Failure::Internal(detail) = &f {
            tracing::error!(%detail, "api request failed");
        }
        let mut error = serde_json::json!({ "code": f.code(), "message": f.message() });
        if let Failure::Invalid { field, .. } = &f {
            error["field"] = serde_json::Value::String(field.clone());
        }
        (
            f.status(),
            axum::Json(serde_json::json!({ "error": error })),
        )
            .into_response()
    }
}

/// The status of a form page: 200, or 422 when it is shown again with errors.
pub fn form_status<T>(errors: &[T]) -> axum::http::StatusCode {
    if errors.is_empty() {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    }
}
