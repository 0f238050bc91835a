//! End-to-end tests at the level a user sees: the real `sightline` binary, its CLI, a real
//! server over HTTP on loopback, a real database (SQLite always; PostgreSQL when
//! `SIGHTLINE_TEST_DATABASE_URL` is set), and headless Chromium when chromedriver is there.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::*;
use reqwest::redirect::Policy;
use reqwest::StatusCode;
use serde_json::{json, Value};

// ------------------------------------------------------------------ CLI

#[test]
fn cli_records_policy_and_audit_verify() {
    let db = Db::sqlite();
    setup(&db);
    let out = ok(&db, &["audit", "verify"], None);
    assert!(out.contains("chain intact"), "{out}");

    // Create through the CLI as a user; the markings and policy apply.
    let line = ok(
        &db,
        &[
            "case",
            "add",
            "--as",
            "inv.a",
            "--title",
            "Car wash",
            "--type",
            "labour",
            "--team",
            "Op Anchor",
            "--purpose",
            "new referral",
        ],
        None,
    );
    let id = line.split_whitespace().next().unwrap().to_string();
    assert!(line.contains("SL-"), "{line}");
    let shown = ok(&db, &["case", "show", &id, "--as", "inv.a"], None);
    assert_eq!(
        serde_json::from_str::<Value>(&shown).unwrap()["title"],
        "Car wash"
    );
    // Another force's investigator, and a colleague outside the case team, are refused.
    for user in ["inv.b", "inv.a2"] {
        let out = cli(&db, &["case", "show", &id, "--as", user], None);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("forbidden") && err.contains("case team"),
            "{err}"
        );
        let listed = ok(&db, &["case", "list", "--as", user], None);
        assert!(!listed.contains(&id), "{user} must not see the case listed");
    }
    // The partner in the case team can read it.
    ok(&db, &["case", "show", &id, "--as", "ngo"], None);

    // Bad input: a clear error naming the field; nothing written.
    let out = cli(
        &db,
        &[
            "person",
            "add",
            "--as",
            "inv.a",
            "--family-name",
            "Nguyen",
            "--dob",
            "1990-13-01",
        ],
        None,
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("date_of_birth"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        ok(&db, &["person", "list", "--as", "inv.a"], None).trim(),
        ""
    );
    let out = cli(
        &db,
        &[
            "user",
            "add",
            "--username",
            "x",
            "--role",
            "sergeant",
            "--password-stdin",
        ],
        Some(PASSWORD),
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("admin, national_analyst"));
    let out = cli(
        &db,
        &[
            "user",
            "add",
            "--username",
            "x",
            "--role",
            "learner",
            "--org",
            "Force A",
            "--password-stdin",
        ],
        Some("short"),
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 12"));

    // The denials and the read are in the log, with the purpose given.
    let log: Value = serde_json::from_str(&ok(
        &db,
        &["audit", "list", "--json", "--limit", "500"],
        None,
    ))
    .unwrap();
    let entries = log.as_array().unwrap();
    assert!(entries.iter().any(|e| e["actor_name"] == "inv.b"
        && e["outcome"] == "denied"
        && e["record_id"] == id.as_str()));
    assert!(entries.iter().any(|e| e["actor_name"] == "inv.a"
        && e["action"] == "create"
        && e["purpose"] == "new referral"));
    assert!(entries
        .iter()
        .any(|e| e["actor_name"] == "ngo" && e["action"] == "read" && e["outcome"] == "allowed"));

    // Tampering: the log refuses UPDATE; with the guard dropped by hand, verify catches it.
    let path = db.sqlite_path();
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
            .await
            .unwrap();
        assert!(
            sqlx::query("UPDATE audit_log SET actor_name = 'nobody' WHERE seq = 3")
                .execute(&pool)
                .await
                .is_err()
        );
        sqlx::query("DROP TRIGGER audit_log_no_update")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("UPDATE audit_log SET actor_name = 'nobody' WHERE seq = 3")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
    });
    let out = cli(&db, &["audit", "verify"], None);
    assert!(!out.status.success(), "verify must fail after tampering");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("entry 3") && err.contains("altered"), "{err}");
}

#[test]
fn a_wrong_or_unreachable_database_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    for (url, expect) in [
        (
            "postgres://sl:secret@127.0.0.1:1/sightline",
            "cannot connect to PostgreSQL at postgres://sl:***@127.0.0.1:1/sightline",
        ),
        ("mysql://localhost/x", "is not understood"),
        ("sqlite::memory:", "in-memory"),
    ] {
        let out = Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0", "--database", url])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines.len(), 1, "{err}");
        assert!(
            lines[0].starts_with("error: ") && lines[0].contains(expect),
            "{err}"
        );
        assert!(!err.contains("secret"), "the password must not be printed");
    }
}

// ------------------------------------------------------------------ HTTP

async fn http_journey(db: Db) {
    setup(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();

    // Health, metrics and security headers.
    let res = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = reqwest::get(format!("{base}/login")).await.unwrap();
    let h = res.headers();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("script-src 'self'")
            && csp.contains("frame-ancestors 'none'")
            && !csp.contains("unsafe-inline")
    );
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert!(
        h.get("strict-transport-security").is_none(),
        "no HSTS without TLS"
    );

    // Unauthenticated pages send you to sign in; the form needs its CSRF token.
    let anon = browser();
    let res = anon.get(format!("{base}/cases")).send().await.unwrap();
    assert_eq!(
        (res.status(), location(&res)),
        (StatusCode::SEE_OTHER, "/login".into())
    );
    let res = post_form(
        &anon,
        format!("{base}/login"),
        &[("username", "inv.a"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("did not come from Sightline"));

    // A wrong password: a clear message, 401, audited.
    let res = sign_in(&anon, &base, "inv.a", "not the password").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("The username or password is not right"));

    // Sign in; the session is rotated on each sign-in.
    let a = browser();
    let first = sign_in(&a, &base, "inv.a", PASSWORD).await;
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    let cookie1 = first.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let second = sign_in(&a, &base, "inv.a", PASSWORD).await;
    let cookie2 = second.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert_ne!(cookie1, cookie2, "a new session on every sign-in");
    let stale = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    let res = stale
        .get(format!("{base}/cases"))
        .header("cookie", &cookie1)
        .send()
        .await
        .unwrap();
    assert_eq!(
        location(&res),
        "/login?expired=1",
        "the old session no longer works"
    );

    // Create a case through the form: refused without the CSRF token, created with it.
    let (status, form) = page(&a, format!("{base}/cases/new")).await;
    assert_eq!(status, StatusCode::OK);
    let token = csrf(&form);
    let team_id = {
        let at = form.find("Op Anchor").unwrap();
        let start = form[..at].rfind("value=\"").unwrap() + 7;
        form[start..start + 36].to_string()
    };
    let fields = |csrf: &str| {
        vec![
            ("csrf", csrf.to_string()),
            ("title", "Nail bar <script>alert(1)</script>".to_string()),
            ("summary", "Workers live above the shop.".to_string()),
            ("status", "Active".to_string()),
            ("exploitation_types", "labour".to_string()),
            ("exploitation_types", "sexual".to_string()),
            ("classification", "OFFICIAL-SENSITIVE".to_string()),
            ("handling_code", "P".to_string()),
            ("case_team", team_id.clone()),
            ("purpose", "e2e".to_string()),
        ]
    };
    let res = post_form(&a, format!("{base}/cases"), &fields("")).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = post_form(&a, format!("{base}/cases"), &fields(&token)).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let case_url = format!("{base}{}", location(&res));
    let (status, body) = page(&a, case_url.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Nail bar &#60;script&#62;") || body.contains("Nail bar &lt;script&gt;"),
        "titles are escaped"
    );
    assert!(!body.contains("<script>alert(1)"));
    assert!(body.contains("Sexual exploitation") && body.contains("case team Op Anchor"));
    let (_, list) = page(&a, format!("{base}/cases")).await;
    assert!(list.contains("Nail bar"));

    // Bad input: the error summary links to the field; nothing is created.
    let mut bad = fields(&token);
    bad[1].1 = " ".into();
    let res = post_form(&a, format!("{base}/cases"), &bad).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(
        body.contains("There is a problem") && body.contains("href=\"#title\""),
        "{body}"
    );

    // Someone outside the case team cannot see it: page, list and API.
    for user in ["inv.b", "inv.a2"] {
        let c = signed_in(&base, user).await;
        let (status, body) = page(&c, case_url.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{user}");
        assert!(body.contains("case team you are not a member of"));
        let (_, list) = page(&c, format!("{base}/cases")).await;
        assert!(
            !list.contains("Nail bar"),
            "{user} sees no trace in the list"
        );
    }
    let case_id = case_url.rsplit('/').next().unwrap().to_string();
    let api = reqwest::Client::new();
    let b_token = api_token(&db, "inv.b");
    let res = get_auth(&api, format!("{base}/api/v1/cases/{case_id}"), &b_token).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["code"],
        "forbidden"
    );

    // The API: create and read with a token; errors are JSON with the field named.
    let a_token = api_token(&db, "inv.a");
    let res = api
        .get(format!("{base}/api/v1/cases"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = get_auth(&api, format!("{base}/api/v1/cases"), "sl_wrong").await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = api
        .post(format!("{base}/api/v1/intelligence"))
        .bearer_auth(&a_token)
        .header("x-sightline-purpose", "api test")
        .json(&json!({
            "title": "Workers collected at 05:00", "narrative": "Minibus collects six men.",
            "source_evaluation": "2", "intelligence_assessment": "B", "information_date": "2026-10-01",
            "markings": { "classification": "OFFICIAL", "handling_code": "C", "handling_conditions": "Force A only" }
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let intel: Value = res.json().await.unwrap();
    assert_eq!(intel["markings"]["handling_code"], "C");
    let res = get_auth(
        &api,
        format!(
            "{base}/api/v1/intelligence/{}",
            intel["id"].as_str().unwrap()
        ),
        &a_token,
    )
    .await;
    assert_eq!(
        res.json::<Value>().await.unwrap()["title"],
        "Workers collected at 05:00"
    );
    let (status, body) = page(
        &a,
        format!("{base}/intel/{}", intel["id"].as_str().unwrap()),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        body.contains("Signs of modern slavery in the narrative") && body.contains("Risk:"),
        "the narrative is read for signs"
    );
    let res = post_json(&api, format!("{base}/api/v1/people"), &a_token, &json!({ "family_name": "Nguyen", "nationality": "Vietnam", "markings": { "classification": "OFFICIAL", "handling_code": "P" } })).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        res.json::<Value>().await.unwrap()["error"]["field"],
        "nationality"
    );
    let res = api
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(&a_token)
        .body("{not json")
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Entities, links and case parties through the API; the same value is one entity.
    let marks = json!({ "classification": "OFFICIAL", "handling_code": "P" });
    let person: Value = post_json(
        &api,
        format!("{base}/api/v1/people"),
        &a_token,
        &json!({ "given_name": "Florin", "family_name": "Dumitru", "markings": marks }),
    )
    .await
    .json()
    .await
    .unwrap();
    let res = post_json(
        &api,
        format!("{base}/api/v1/entities"),
        &a_token,
        &json!({ "kind": "phone", "value": "07700 900123", "markings": marks }),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let phone: Value = res.json().await.unwrap();
    assert_eq!(phone["normalised"], "+447700900123");
    let res = post_json(
        &api,
        format!("{base}/api/v1/entities"),
        &a_token,
        &json!({ "kind": "phone", "value": "+44 7700 900 123", "markings": marks }),
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "an existing entity is returned, not duplicated"
    );
    assert_eq!(res.json::<Value>().await.unwrap()["id"], phone["id"]);
    let res = post_json(&api, format!("{base}/api/v1/links"), &a_token, &json!({
        "from": { "type": "person", "id": person["id"] }, "to": { "type": "entity", "id": phone["id"] },
        "link_type": "uses_phone", "date_from": "2026-06", "source": "e2e", "confidence": "high", "markings": marks })).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let links: Value = get_auth(
        &api,
        format!(
            "{base}/api/v1/entities/{}/links",
            phone["id"].as_str().unwrap()
        ),
        &a_token,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(links["items"][0]["other"]["family_name"], "Dumitru");
    let res = post_json(
        &api,
        format!("{base}/api/v1/cases/{case_id}/people"),
        &a_token,
        &json!({ "person_id": person["id"], "role": "suspect" }),
    )
    .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let parties: Value = get_auth(
        &api,
        format!("{base}/api/v1/cases/{case_id}/people"),
        &a_token,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(parties["items"][0]["role"], "suspect");
    let res = post_json(
        &api,
        format!("{base}/api/v1/cases/{case_id}/people"),
        &b_token,
        &json!({ "person_id": person["id"], "role": "witness" }),
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let (_, body) = page(&a, case_url.clone()).await;
    assert!(
        body.contains("Florin DUMITRU") && body.contains("Suspect"),
        "the case page lists its people"
    );

    let doc: Value = reqwest::get(format!("{base}/api/v1/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/cases/{id}"]["get"].is_object());
    let res = get_auth(&api, format!("{base}/api/v1/audit"), &a_token).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let admin_token = api_token(&db, "admin");
    let org = json!({ "name": "Border Force", "org_type": "ImmigrationService" });
    let res = post_json(&api, format!("{base}/api/v1/organisations"), &a_token, &org).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = post_json(
        &api,
        format!("{base}/api/v1/organisations"),
        &admin_token,
        &org,
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let res = post_json(
        &api,
        format!("{base}/api/v1/organisations"),
        &admin_token,
        &org,
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT, "names are unique");
    let log: Value = get_auth(
        &api,
        format!("{base}/api/v1/audit?actor=inv.b&outcome=denied"),
        &admin_token,
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(log["items"].as_array().unwrap().len() >= 2, "{log}");

    // The admin's audit page lists and filters; others may not see it.
    let admin = signed_in(&base, "admin").await;
    let (status, body) = page(
        &admin,
        format!("{base}/admin/audit?actor=inv.a&action=create"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("e2e") && body.contains("create"));
    let (status, _) = page(&a, format!("{base}/admin/audit")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Throttling: five failures lock the account for a while, even for the right password.
    let t = browser();
    for _ in 0..5 {
        assert_eq!(
            sign_in(&t, &base, "inv.a2", "wrong password!")
                .await
                .status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let res = sign_in(&t, &base, "inv.a2", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Too many failed sign-in attempts for this account"));

    // Revoking a token and disabling an account take effect at once.
    let tokens = ok(&db, &["token", "list", "--username", "inv.b"], None);
    let token_id = tokens
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    ok(&db, &["token", "revoke", &token_id], None);
    let res = get_auth(&api, format!("{base}/api/v1/cases"), &b_token).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let b_web = signed_in(&base, "inv.b").await;
    ok(&db, &["user", "disable", "--username", "inv.b"], None);
    let res = b_web.get(format!("{base}/cases")).send().await.unwrap();
    assert!(
        location(&res).starts_with("/login"),
        "a disabled account's session ends"
    );
    assert_eq!(
        sign_in(&browser(), &base, "inv.b", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    ok(
        &db,
        &["user", "disable", "--username", "inv.b", "--enable"],
        None,
    );

    // Metrics in Prometheus text; logging out ends the session.
    let metrics = reqwest::get(format!("{base}/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains(
            "sightline_http_requests_total{method=\"GET\",route=\"/cases/{id}\",status=\"403\"}"
        ),
        "{metrics}"
    );
    let (_, body) = page(&a, format!("{base}/cases")).await;
    let res = post_form(&a, format!("{base}/logout"), &[("csrf", csrf(&body))]).await;
    assert_eq!(location(&res), "/login");
    let res = a.get(format!("{base}/cases")).send().await.unwrap();
    assert!(location(&res).starts_with("/login"));

    drop(server);
    assert!(ok(&db, &["audit", "verify"], None).contains("chain intact"));
}

crate::on_both_backends!(http_journey => http_on_sqlite, http_on_postgres);

#[tokio::test(flavor = "multi_thread")]
async fn second_factor_enrol_require_and_expiry() {
    let db = Db::sqlite();
    setup(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();

    // Enrol: the page shows a key; a wrong code is refused; the right one turns it on.
    let a = signed_in(&base, "inv.a").await;
    let (_, body) = page(&a, format!("{base}/account/totp")).await;
    let at = body.find("id=\"totp-secret\">").unwrap() + 17;
    let secret = body[at..at + body[at..].find('<').unwrap()].to_string();
    let token = csrf(&body);
    let res = a
        .post(format!("{base}/account/totp"))
        .form(&[
            ("csrf", token.as_str()),
            ("secret", &secret),
            ("code", "000000"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let code =
        sightline_web::auth::totp_code(&secret, sightline_web::auth::totp_step_now()).unwrap();
    let res = a
        .post(format!("{base}/account/totp"))
        .form(&[
            ("csrf", token.as_str()),
            ("secret", &secret),
            ("code", &code),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(location(&res), "/account");

    // Next sign-in asks for the code before anything else.
    let b = browser();
    let res = sign_in(&b, &base, "inv.a", PASSWORD).await;
    assert_eq!(location(&res), "/login/totp");
    let res = b.get(format!("{base}/cases")).send().await.unwrap();
    assert_eq!(
        location(&res),
        "/login/totp",
        "no records before the second factor"
    );
    let (_, body) = page(&b, format!("{base}/login/totp")).await;
    let res = post_form(
        &b,
        format!("{base}/login/totp"),
        &[("csrf", csrf(&body).as_str()), ("code", "123456")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // The enrolment spent the current code; the next one (within the drift allowance) works.
    let code =
        sightline_web::auth::totp_code(&secret, sightline_web::auth::totp_step_now() + 1).unwrap();
    let res = post_form(
        &b,
        format!("{base}/login/totp"),
        &[("csrf", csrf(&body).as_str()), ("code", code.as_str())],
    )
    .await;
    assert_eq!(location(&res), "/cases");
    // The same code cannot be used again, even in the same 30 seconds.
    let replay = browser();
    sign_in(&replay, &base, "inv.a", PASSWORD).await;
    let (_, body2) = page(&replay, format!("{base}/login/totp")).await;
    let res = post_form(
        &replay,
        format!("{base}/login/totp"),
        &[("csrf", csrf(&body2).as_str()), ("code", code.as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert!(res.text().await.unwrap().contains("already been used"));
    assert_eq!(
        b.get(format!("{base}/cases"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );

    // A lost phone: the administrator removes the factor; sign-in works with the password again.
    ok(&db, &["user", "reset-totp", "--username", "inv.a"], None);
    assert_eq!(
        location(&sign_in(&browser(), &base, "inv.a", PASSWORD).await),
        "/cases"
    );

    // An administrator requires it: a user without one must set it up first.
    ok(&db, &["user", "require-totp", "--username", "inv.b"], None);
    let c = browser();
    let res = sign_in(&c, &base, "inv.b", PASSWORD).await;
    assert_eq!(location(&res), "/account/totp");
    let res = c.get(format!("{base}/cases")).send().await.unwrap();
    assert_eq!(location(&res), "/account/totp");

    // An idle session ends: age it in the database, and the next request is refused.
    let d = signed_in(&base, "inv.a2").await;
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.sqlite_path().display()))
        .await
        .unwrap();
    let old = (chrono::Utc::now() - chrono::Duration::hours(2)).to_rfc3339();
    let user_id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM users WHERE username = 'inv.a2'")
        .fetch_one(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE user_id = $2")
        .bind(&old)
        .bind(user_id)
        .execute(&pool)
        .await
        .unwrap();
    let res = d.get(format!("{base}/cases")).send().await.unwrap();
    assert_eq!(location(&res), "/login?expired=1");
    let (_, body) = page(&d, format!("{base}/login?expired=1")).await;
    assert!(body.contains("Your session has ended"));
    let ended: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'session_end' AND actor_name = 'inv.a2' AND outcome = 'denied'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(ended, 1);
    pool.close().await;

    // Many failures from one address, across usernames, pause sign-in from that address.
    let t = browser();
    for n in 0..20 {
        let res = sign_in(&t, &base, &format!("nobody{n}"), "wrong password!").await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    }
    let res = sign_in(&t, &base, "admin", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.text().await.unwrap().contains("from your network"));
}

#[tokio::test(flavor = "multi_thread")]
async fn kill_9_mid_write_loses_no_acknowledged_write() {
    let db = Db::sqlite();
    setup(&db);
    let mut server = Server::start(&db, &[]);
    let base = server.url.clone();
    let tok = api_token(&db, "inv.a");
    let api = reqwest::Client::new();

    // Four writers create cases as fast as they can; each remembers what was acknowledged.
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let mut writers = Vec::new();
    for w in 0..4 {
        let (api, base, tok, acked) = (api.clone(), base.clone(), tok.clone(), acked.clone());
        writers.push(tokio::spawn(async move {
            for i in 0..10_000 {
                let body = json!({ "title": format!("writer {w} case {i}"), "markings": { "classification": "OFFICIAL", "handling_code": "P" } });
                match api.post(format!("{base}/api/v1/cases")).bearer_auth(&tok).json(&body).send().await {
                    Ok(res) if res.status() == StatusCode::CREATED => {
                        let v: Value = match res.json().await {
                            Ok(v) => v,
                            Err(_) => return,
                        };
                        acked.lock().unwrap().push(v["id"].as_str().unwrap().to_string());
                    }
                    _ => return,
                }
            }
        }));
    }
    // Wait until a good number are acknowledged (bounded), then crash the server mid-stream.
    for _ in 0..600 {
        if acked.lock().unwrap().len() >= 40 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.kill9();
    for w in writers {
        let _ = w.await;
    }
    let acked = acked.lock().unwrap().clone();
    assert!(
        acked.len() >= 40,
        "only {} writes were acknowledged before the crash",
        acked.len()
    );

    // The database opens, the audit chain verifies, and every acknowledged case is there.
    assert!(ok(&db, &["audit", "verify"], None).contains("chain intact"));
    let listed: Value = serde_json::from_str(&ok(
        &db,
        &[
            "case", "list", "--as", "inv.a", "--json", "--limit", "100000",
        ],
        None,
    ))
    .unwrap();
    let ids: std::collections::HashSet<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for id in &acked {
        assert!(ids.contains(id.as_str()), "acknowledged case {id} was lost");
    }
}

// ------------------------------------------------------------------ browser

#[tokio::test(flavor = "multi_thread")]
async fn browser_signs_in_creates_a_case_and_sees_it_listed() {
    let Some(driver) = Driver::start().await else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the browser test: install chromium and chromium-driver"
        );
        eprintln!("SKIPPED browser test: chromedriver not found (apt-get install chromium chromium-driver)");
        return;
    };
    let db = Db::sqlite();
    setup(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let s = driver.session().await;

    driver.go(&s, &format!("{base}/")).await;
    assert!(driver.url(&s).await.ends_with("/login"));
    driver.sign_in(&s, None, "inv.a", PASSWORD).await;

    driver.go(&s, &format!("{base}/cases/new")).await;
    driver
        .type_into(&s, "#title", "Browser-made case: farm workers")
        .await;
    driver
        .type_into(&s, "#summary", "Seasonal workers housed in caravans.")
        .await;
    driver.click(&s, "#et-labour").await;
    driver
        .click(&s, "form[action='/cases'] button[type=submit]")
        .await;
    let (url, page) = driver
        .wait_for(&s, |url, _| !url.ends_with("/cases/new"))
        .await;
    assert!(url.contains("/cases/"), "on the new case's page: {url}");
    assert!(
        page.contains("<h1>SL-")
            && page.contains("Browser-made case: farm workers")
            && page.contains("Labour exploitation"),
        "{page}"
    );

    driver.go(&s, &format!("{base}/cases")).await;
    let list = driver.source(&s).await;
    assert!(
        list.contains("Browser-made case: farm workers"),
        "the new case is listed"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn serving_limits_tls_headers_json_logs_and_graceful_shutdown() {
    let db = Db::sqlite();
    setup(&db);
    let mut child = Command::new(BIN)
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--database",
            &db.url,
            "--log-format",
            "json",
            "--tls",
            "--body-limit-kib",
            "64",
        ])
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_string();

    // Behind TLS: HSTS on every response and Secure cookies.
    let res = reqwest::get(format!("{base}/login")).await.unwrap();
    assert!(res.headers()["strict-transport-security"]
        .to_str()
        .unwrap()
        .starts_with("max-age="));
    assert!(res.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("; Secure"));

    // An oversized body is refused before it reaches a handler.
    let tok = api_token(&db, "inv.a");
    let huge = "x".repeat(200 * 1024);
    let res = reqwest::Client::new()
        .post(format!("{base}/api/v1/cases"))
        .bearer_auth(&tok)
        .header("content-type", "application/json")
        .body(format!("{{\"title\": \"{huge}\"}}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let res = reqwest::get(format!("{base}/no/such/page")).await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(res.text().await.unwrap().contains("There is no such page"));

    // SIGTERM: the server finishes and exits cleanly; its logs are one JSON object a line.
    let pid = child.id().to_string();
    assert!(Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .unwrap()
        .success());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "graceful shutdown exits 0: {:?}",
        out.status
    );
    let logs = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = logs.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 2, "{logs}");
    for l in &lines {
        let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"));
        assert!(v["timestamp"].is_string() && v["level"].is_string(), "{l}");
    }
    assert!(logs.contains("shutting down"), "{logs}");
}

#[test]
fn import_is_validated_all_or_nothing_idempotent_and_reversible() {
    let db = Db::sqlite();
    setup(&db);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("niche.csv");
    // A force's export: semicolons, Windows-1252, its own column names and codes.
    let mut bytes = b"PersonID;Forename;Surname;DOB;Sex;Nat\r\n".to_vec();
    bytes.extend(b"P1;Zo\xEB;Popescu;02/04/1988;F;RO\r\n");
    bytes.extend(b"P2;Ion;;31/02/1990;M;RO\r\n");
    bytes.extend(b"P3;Thi;Nguyen;1999;F;Vietnam\r\n");
    bytes.extend(b"P4;Kyle;Bennett;2009-06;M;GB\r\n");
    std::fs::write(&file, bytes).unwrap();
    let mapping = dir.path().join("niche.toml");
    std::fs::write(
        &mapping,
        "source = \"Force A Niche\"\nid_column = \"PersonID\"\ndate_format = \"%d/%m/%Y\"\n\
         [columns]\ngiven_name = \"Forename\"\nfamily_name = \"Surname\"\ndate_of_birth = \"DOB\"\ngender = \"Sex\"\nnationality = \"Nat\"\n\
         [values.gender]\nM = \"Male\"\nF = \"Female\"\n",
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let m = mapping.to_str().unwrap();
    let report = dir.path().join("errors.csv");

    // Bad rows: refused with every bad cell named; nothing written.
    let out = cli(
        &db,
        &[
            "import",
            f,
            "--kind",
            "person",
            "--mapping",
            m,
            "--as",
            "inv.a",
            "--report",
            report.to_str().unwrap(),
        ],
        None,
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3, column 'DOB', value '31/02/1990'")
            && err.contains("line 4, column 'Nat', value 'Vietnam'"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    let report = std::fs::read_to_string(&report).unwrap();
    assert_eq!(report.lines().count(), 1 + 2, "{report}");
    assert!(report.contains("niche.csv,4,Nat,Vietnam,"), "{report}");
    assert_eq!(
        ok(&db, &["person", "list", "--as", "inv.a"], None).trim(),
        ""
    );

    // --skip-invalid: the good rows go in, the bad ones wait in a file to be fixed.
    let import_valid_rows = || {
        ok(
            &db,
            &[
                "import",
                f,
                "--kind",
                "person",
                "--mapping",
                m,
                "--as",
                "inv.a",
                "--skip-invalid",
            ],
            None,
        )
    };
    let out = import_valid_rows();
    assert!(
        out.contains("2 written, 0 already present, 2 rejected"),
        "{out}"
    );
    let rejected = std::fs::read_to_string(format!("{f}.rejected.csv")).unwrap();
    assert_eq!(rejected.lines().count(), 3, "{rejected}");
    assert!(rejected.starts_with("PersonID,Forename,Surname,DOB,Sex,Nat,sightline_errors"));
    let people: Value = serde_json::from_str(&ok(
        &db,
        &["person", "list", "--as", "inv.a", "--json"],
        None,
    ))
    .unwrap();
    let names: Vec<&str> = people
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["given_name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Zoë") && names.contains(&"Kyle"),
        "{names:?}"
    );
    assert!(people
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["provenance"]["source"] == "Force A Niche"));

    // Importing again adds nothing.
    let out = import_valid_rows();
    assert!(out.contains("0 written, 2 already present"), "{out}");
    assert_eq!(
        ok(&db, &["person", "list", "--as", "inv.a"], None)
            .lines()
            .count(),
        2
    );

    // Another force cannot roll the batch back; the owner can, and the records go.
    let batches: Value = serde_json::from_str(&ok(
        &db,
        &["batch", "list", "--as", "inv.a", "--json"],
        None,
    ))
    .unwrap();
    let first = batches.as_array().unwrap().last().unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        !cli(&db, &["batch", "rollback", &first, "--as", "inv.b"], None)
            .status
            .success()
    );
    ok(&db, &["batch", "rollback", &first, "--as", "inv.a"], None);
    assert_eq!(
        ok(&db, &["person", "list", "--as", "inv.a"], None).trim(),
        ""
    );
    assert!(ok(&db, &["audit", "verify"], None).contains("chain intact"));

    // JSON Lines in, with a malformed line: refused, naming the line.
    let jl = dir.path().join("people.jsonl");
    std::fs::write(
        &jl,
        "{\"source_id\": \"J1\", \"family_name\": \"Ahmed\"}\n{oops\n",
    )
    .unwrap();
    let out = cli(
        &db,
        &[
            "import",
            jl.to_str().unwrap(),
            "--kind",
            "person",
            "--as",
            "inv.a",
        ],
        None,
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 2: not valid JSON"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Imports cases (a force's export with its own column names and codes, through a mapping),
/// intelligence (JSON Lines) and links (between people imported before): each refused
/// with every bad cell reported and nothing written, loaded with --skip-invalid, a no-op
/// the second time, listed and rolled back as batches.
fn imports_of_cases_intel_and_links(db: &Db) {
    setup(db);
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let import = |args: &[&str]| {
        let mut all = vec!["import"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--as", "inv.a"]);
        cli(db, &all, None)
    };
    let stderr = |o: &std::process::Output| String::from_utf8_lossy(&o.stderr).to_string();
    let stdout = |o: &std::process::Output| String::from_utf8_lossy(&o.stdout).to_string();
    let list = |what: &str| -> Vec<Value> {
        serde_json::from_str::<Value>(&ok(db, &[what, "list", "--as", "inv.a", "--json"], None))
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };

    // Cases: the force's own column names and codes, mapped.
    let cases = path("cases.csv");
    std::fs::write(
        &cases,
        "CaseRef;Name;Stage;Types;Sector;Force;Opened;Closed\n\
         OP-1;Op Tidal;ACT;LAB|SEX;Hospitality;West Midlands Police;02/01/2025;\n\
         OP-2;Op Wrong;WHAT;LAB|XXX;Mining;Atlantis;31/02/2025;\n\
         OP-3;Op Shut;CLS;CRIM;;wmp;2025-01-05;2025-02-01\n",
    )
    .unwrap();
    let mapping = path("cases.toml");
    std::fs::write(
        &mapping,
        "source = \"Force A CMS\"\nid_column = \"CaseRef\"\n\
         [columns]\nreference = \"CaseRef\"\ntitle = \"Name\"\nstatus = \"Stage\"\nexploitation_types = \"Types\"\n\
         sectors = \"Sector\"\nforce_area = \"Force\"\nopened_on = \"Opened\"\nclosed_on = \"Closed\"\n\
         [values.status]\nACT = \"Active\"\nCLS = \"Closed\"\n\
         [values.exploitation_types]\nLAB = \"labour\"\nSEX = \"sexual\"\nCRIM = \"criminal\"\n",
    )
    .unwrap();
    let report = path("case-errors.csv");
    let out = import(&[
        &cases,
        "--kind",
        "case",
        "--mapping",
        &mapping,
        "--report",
        &report,
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("nothing was imported"), "{err}");
    let text = std::fs::read_to_string(&report).unwrap();
    for cell in [
        "cases.csv,3,Stage,WHAT,",
        "cases.csv,3,Types,XXX,",
        "cases.csv,3,Sector,Mining,",
        "cases.csv,3,Force,Atlantis,",
        "cases.csv,3,Opened,31/02/2025,",
    ] {
        assert!(text.contains(cell), "{cell} in {text}");
    }
    assert_eq!(text.lines().count(), 1 + 5, "{text}");
    assert!(list("case").is_empty(), "nothing written");

    let out = import(&[
        &cases,
        "--kind",
        "case",
        "--mapping",
        &mapping,
        "--skip-invalid",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2 written, 0 already present, 1 rejected"),
        "{}",
        stdout(&out)
    );
    let rejected = std::fs::read_to_string(format!("{cases}.rejected.csv")).unwrap();
    assert!(rejected.starts_with("CaseRef,Name,Stage"), "{rejected}");
    assert!(rejected.contains("OP-2"), "{rejected}");
    let stored = list("case");
    let tidal = stored.iter().find(|c| c["reference"] == "OP-1").unwrap();
    assert_eq!(tidal["status"], "Active");
    assert_eq!(tidal["exploitation_types"], json!(["labour", "sexual"]));
    assert_eq!(tidal["details"]["force_area"], "west-midlands");
    assert_eq!(tidal["details"]["opened_on"], "2025-01-02");
    assert_eq!(tidal["provenance"]["source"], "Force A CMS");
    let out = import(&[
        &cases,
        "--kind",
        "case",
        "--mapping",
        &mapping,
        "--skip-invalid",
    ]);
    assert!(
        stdout(&out).contains("0 written, 2 already present"),
        "{}",
        stdout(&out)
    );
    assert_eq!(list("case").len(), 2);

    // Intelligence, JSON Lines, Sightline's own field names; the case found by reference.
    let intel = path("intel.jsonl");
    std::fs::write(
        &intel,
        "{\"source_id\": \"I1\", \"narrative\": \"A white van collects six men at 5am.\", \"source_evaluation\": \"1\", \"intelligence_assessment\": \"B\", \"handling_code\": \"P\", \"submitting_officer\": \"PC 1234 Smith\", \"submitting_force\": \"West Midlands Police\", \"information_date\": \"2025-03-01\", \"case_reference\": \"OP-1\"}\n\
         {\"source_id\": \"I2\", \"narrative\": \"Seen twice.\", \"source_evaluation\": \"4\", \"intelligence_assessment\": \"Z\", \"handling_code\": \"C\", \"case_reference\": \"OP-9\"}\n",
    )
    .unwrap();
    let report = path("intel-errors.csv");
    let out = import(&[
        &intel,
        "--kind",
        "intel",
        "--source",
        "Force A Intel",
        "--report",
        &report,
    ]);
    assert!(!out.status.success());
    let text = std::fs::read_to_string(&report).unwrap();
    for cell in [
        "intel.jsonl,2,source_evaluation,4,",
        "intel.jsonl,2,intelligence_assessment,Z,",
        "intel.jsonl,2,handling_code,C,handling code C needs the conditions",
    ] {
        assert!(text.contains(cell), "{cell} in {text}");
    }
    assert!(list("intel").is_empty(), "nothing written");
    let out = import(&[
        &intel,
        "--kind",
        "intel",
        "--source",
        "Force A Intel",
        "--skip-invalid",
    ]);
    assert!(
        stdout(&out).contains("1 written, 0 already present, 1 rejected"),
        "{} {}",
        stdout(&out),
        stderr(&out)
    );
    let reports = list("intel");
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["source_evaluation"], "1");
    assert_eq!(reports[0]["intelligence_assessment"], "B");
    assert_eq!(reports[0]["details"]["submitting_force"], "west-midlands");
    assert_eq!(reports[0]["details"]["case_id"], tidal["id"]);
    assert!(reports[0]["title"]
        .as_str()
        .unwrap()
        .starts_with("A white van"));
    // A case that is not there is a bad cell naming what was looked up.
    std::fs::write(
        &intel,
        "{\"source_id\": \"I3\", \"narrative\": \"x\", \"source_evaluation\": \"2\", \"intelligence_assessment\": \"C\", \"case_reference\": \"OP-9\"}\n",
    )
    .unwrap();
    let out = import(&[&intel, "--kind", "intel", "--source", "Force A Intel"]);
    let err = stderr(&out);
    assert!(
        err.contains("line 1, column 'case_reference', value 'OP-9'")
            && err.contains("no case with the reference 'OP-9'"),
        "{err}"
    );

    // Links between people imported before, found by their source ids.
    let people = path("people.csv");
    std::fs::write(
        &people,
        "source_id,given_name,family_name\nP1,Ion,Popescu\nP2,Vasile,Rusu\n",
    )
    .unwrap();
    ok(
        db,
        &[
            "import",
            &people,
            "--kind",
            "person",
            "--source",
            "Force A Niche",
            "--as",
            "inv.a",
        ],
        None,
    );
    let links = path("links.csv");
    std::fs::write(
        &links,
        "source_id,from_id,from_source,to_id,to_source,link_type,date_from,confidence\n\
         K1,P1,Force A Niche,P2,Force A Niche,associate_of,2024,high\n\
         K2,P1,Force A Niche,P9,Force A Niche,associate_of,,\n\
         K3,P1,Force A Niche,P2,Force A Niche,married_to,2030,\n",
    )
    .unwrap();
    let report = path("link-errors.csv");
    let out = import(&[
        &links,
        "--kind",
        "link",
        "--source",
        "Force A Links",
        "--report",
        &report,
    ]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("line 3, column 'to_id', value 'P9': the 'to' end: there is no person imported from 'Force A Niche' with the source id 'P9'"),
        "{err}"
    );
    let text = std::fs::read_to_string(&report).unwrap();
    assert!(text.contains("links.csv,4,link_type,married_to,"), "{text}");
    assert!(text.contains("links.csv,4,date_from,2030,"), "{text}");
    let out = import(&[
        &links,
        "--kind",
        "link",
        "--source",
        "Force A Links",
        "--skip-invalid",
    ]);
    assert!(
        stdout(&out).contains("1 written, 0 already present, 2 rejected"),
        "{} {}",
        stdout(&out),
        stderr(&out)
    );
    let out = import(&[
        &links,
        "--kind",
        "link",
        "--source",
        "Force A Links",
        "--skip-invalid",
    ]);
    assert!(
        stdout(&out).contains("0 written, 1 already present, 2 rejected"),
        "{}",
        stdout(&out)
    );

    // Every import is a batch; rolling back each kind removes what it brought in.
    let batches: Value =
        serde_json::from_str(&ok(db, &["batch", "list", "--as", "inv.a", "--json"], None)).unwrap();
    let first_of = |kind: &str| {
        batches
            .as_array()
            .unwrap()
            .iter()
            .rev()
            .find(|b| b["kind"] == kind && b["written"].as_i64() > Some(0))
            .unwrap_or_else(|| panic!("a {kind} batch in {batches}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for kind in ["link", "intel", "case"] {
        let out = ok(
            db,
            &["batch", "rollback", &first_of(kind), "--as", "inv.a"],
            None,
        );
        assert!(out.contains("rolled back"), "{out}");
    }
    assert!(list("case").is_empty());
    assert!(list("intel").is_empty());
    assert_eq!(list("person").len(), 2, "the people's batch stays");
    assert!(ok(db, &["audit", "verify"], None).contains("chain intact"));
}

#[test]
fn imports_of_cases_intel_and_links_on_sqlite() {
    imports_of_cases_intel_and_links(&Db::sqlite());
}

#[tokio::test(flavor = "multi_thread")]
async fn imports_of_cases_intel_and_links_on_postgres() {
    let Some(db) = Db::postgres().await else {
        eprintln!("SKIPPED: SIGHTLINE_TEST_DATABASE_URL is not set (scripts/test sets it)");
        return;
    };
    tokio::task::spawn_blocking(move || imports_of_cases_intel_and_links(&db))
        .await
        .unwrap();
}
