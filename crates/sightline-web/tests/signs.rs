//! The public "Spot the signs" pages, through the whole router with its layers: every page
//! answers, is English (UK), has one `<h1>` and headings in order, tells people to call 999,
//! links to the report form, loads nothing from elsewhere, runs no script, and carries the
//! CSP; its links within the signs pages and to assets work, and so do its `#` anchors.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use sightline_web::{router, AppState, WebConfig};
use tower::ServiceExt;

const PAGES: &[&str] = &[
    "/signs",
    "/signs/what-to-do",
    "/signs/labour",
    "/signs/sexual",
    "/signs/criminal",
    "/signs/domestic-servitude",
    "/signs/organ-harvesting",
];

/// A temporary directory removed when the test ends.
struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

async fn app() -> (Router, TempDir) {
    let dir = std::env::temp_dir().join(format!("sightline-signs-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/sightline.db", dir.display());
    let store = sightline_store::open(&url).await.unwrap();
    (
        router(AppState::new(store, WebConfig::default())),
        TempDir(dir),
    )
}

struct Got {
    status: StatusCode,
    content_type: String,
    csp: Option<String>,
    body: String,
}

async fn get(app: &Router, path: &str) -> Got {
    let res = app
        .clone()
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let header_text = |name| {
        res.headers()
            .get(name)
            .map(|v: &header::HeaderValue| v.to_str().unwrap().to_string())
    };
    let status = res.status();
    let content_type = header_text(header::CONTENT_TYPE).unwrap_or_default();
    let csp = header_text(header::CONTENT_SECURITY_POLICY);
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    Got {
        status,
        content_type,
        csp,
        body: String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

/// The values of every `attr="…"` in the page.
fn attr_values<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            &rest[..rest.find('"').expect("attribute closes")]
        })
        .collect()
}

/// The levels of the headings, in document order.
fn heading_levels(html: &str) -> Vec<u8> {
    let bytes = html.as_bytes();
    html.match_indices("<h")
        .filter_map(|(i, _)| {
            let level = *bytes.get(i + 2)?;
            let after = *bytes.get(i + 3)?;
            (level.is_ascii_digit() && (after == b'>' || after == b' ')).then(|| level - b'0')
        })
        .collect()
}

/// What every public page, found or not, must have.
fn check_page(path: &str, got: &Got) {
    let html = &got.body;
    assert!(
        got.content_type.starts_with("text/html"),
        "{path}: {}",
        got.content_type
    );
    assert!(html.contains(r#"<html lang="en-GB">"#), "{path}: lang");
    assert_eq!(html.matches("<h1").count(), 1, "{path}: one <h1>");
    assert!(
        html.contains(r#"href="tel:999""#),
        "{path}: 999 as a tel: link"
    );
    assert!(html.contains("Call <a"), "{path}: tells people to call 999");
    assert!(
        html.contains(r#"href="/report""#),
        "{path}: link to /report"
    );
    assert!(html.contains(r##"href="#main""##), "{path}: skip link");
    assert!(html.contains(r#"<main id="main""#), "{path}: main landmark");
    assert!(
        html.contains("<header") && html.contains("<footer"),
        "{path}"
    );

    // No script except the app's own (and these pages need none).
    for (i, _) in html.match_indices("<script") {
        assert!(
            html[i..].starts_with(r#"<script src="/assets/app.js""#),
            "{path}: unexpected script at byte {i}"
        );
    }
    // Nothing from another host: every src, href and action stays on this site.
    for attr in ["src", "href", "action"] {
        for v in attr_values(html, attr) {
            let lower = v.to_ascii_lowercase();
            assert!(
                !lower.starts_with("http:")
                    && !lower.starts_with("https:")
                    && !lower.starts_with("//"),
                "{path}: {attr}=\"{v}\" points to another host"
            );
        }
    }
    // Headings never skip a level on the way down.
    let levels = heading_levels(html);
    assert_eq!(
        levels.first(),
        Some(&1),
        "{path}: first heading is the <h1>"
    );
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "{path}: heading h{} follows h{}",
            pair[1],
            pair[0]
        );
    }
    // Every in-page anchor has a target.
    for v in attr_values(html, "href") {
        if let Some(id) = v.strip_prefix('#') {
            assert!(
                html.contains(&format!(r#"id="{id}""#)),
                "{path}: no element with id {id}"
            );
        }
    }

    let csp = got
        .csp
        .as_deref()
        .unwrap_or_else(|| panic!("{path}: no CSP"));
    assert!(csp.starts_with("default-src 'self'"), "{path}: CSP {csp}");
    assert!(!csp.contains("unsafe-inline"), "{path}: CSP {csp}");
}

#[tokio::test]
async fn every_signs_page_is_public_accessible_and_self_contained() {
    let (app, _dir) = app().await;
    for path in PAGES {
        let got = get(&app, path).await;
        assert_eq!(got.status, StatusCode::OK, "{path}");
        check_page(path, &got);
        // No inline style either (the CSP would block it anyway).
        assert!(!got.body.contains("style="), "{path}: inline style");
        assert!(!got.body.contains("<style"), "{path}: style element");

        // The phone numbers people need, each as a tel: link.
        for tel in ["tel:999", "tel:101", "tel:08000121700", "tel:0800555111"] {
            assert!(got.body.contains(tel), "{path}: {tel}");
        }

        // Links to other signs pages and to assets all answer.
        for v in attr_values(&got.body, "href")
            .into_iter()
            .chain(attr_values(&got.body, "src"))
        {
            let target = v.split('#').next().unwrap();
            if target.starts_with("/signs") || target.starts_with("/assets/") {
                let linked = get(&app, target).await;
                assert_eq!(linked.status, StatusCode::OK, "{path} links to {target}");
            }
        }
    }
}

#[tokio::test]
async fn overview_links_every_form() {
    let (app, _dir) = app().await;
    let got = get(&app, "/signs").await;
    for path in &PAGES[2..] {
        assert!(
            got.body.contains(&format!(r#"href="{path}""#)),
            "overview links {path}"
        );
    }
    for text in [
        "Modern Slavery &amp; Exploitation Helpline",
        "08000&nbsp;121&nbsp;700",
        "Crimestoppers",
        "100% anonymous",
    ] {
        assert!(got.body.contains(text), "overview says {text}");
    }
}

#[tokio::test]
async fn unknown_form_is_a_public_404() {
    let (app, _dir) = app().await;
    for path in ["/signs/slavery", "/signs/LABOUR", "/signs/what-to-do-now"] {
        let got = get(&app, path).await;
        assert_eq!(got.status, StatusCode::NOT_FOUND, "{path}");
        check_page(path, &got);
        assert!(got.body.contains("Page not found"), "{path}");
    }
}

#[tokio::test]
async fn public_stylesheet_is_served() {
    let (app, _dir) = app().await;
    let got = get(&app, "/assets/public.css").await;
    assert_eq!(got.status, StatusCode::OK);
    assert!(got.content_type.starts_with("text/css"));
    assert!(
        !got.body.contains("url("),
        "no external or inline resources"
    );
}
