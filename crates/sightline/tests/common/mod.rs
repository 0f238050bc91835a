//! The harness shared by the end-to-end tests: databases, the CLI, a real server, an
//! HTTP "browser" with cookies, and a WebDriver client for headless Chromium.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use reqwest::redirect::Policy;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub const BIN: &str = env!("CARGO_BIN_EXE_sightline");

pub const PASSWORD: &str = "a long test password";

/// The password of every account `sightline demo` creates.
pub const DEMO_PASSWORD: &str = "sightline-demo";

// ------------------------------------------------------------------ harness

/// Two tests from one async body `async fn(Db)`: `$sqlite` runs it on a fresh SQLite file,
/// `$postgres` on a fresh PostgreSQL database when `SIGHTLINE_TEST_DATABASE_URL` is set
/// (`scripts/test` sets it) and says it was skipped otherwise.
#[macro_export]
macro_rules! on_both_backends {
    ($body:path => $sqlite:ident, $postgres:ident) => {
        #[tokio::test(flavor = "multi_thread")]
        async fn $sqlite() {
            $body($crate::common::Db::sqlite()).await;
        }

        #[tokio::test(flavor = "multi_thread")]
        async fn $postgres() {
            match $crate::common::Db::postgres().await {
                Some(db) => $body(db).await,
                None => eprintln!(
                    "SKIPPED {}: SIGHTLINE_TEST_DATABASE_URL is not set (scripts/test sets it)",
                    stringify!($postgres)
                ),
            }
        }
    };
}

/// A database for one test: a SQLite file in a temp dir, or a fresh PostgreSQL database.
pub struct Db {
    pub url: String,
    pub _dir: tempfile::TempDir,
}

impl Db {
    pub fn sqlite() -> Db {
        let dir = tempfile::tempdir().unwrap();
        Db {
            url: format!("sqlite://{}/sightline.db", dir.path().display()),
            _dir: dir,
        }
    }

    pub async fn postgres() -> Option<Db> {
        let admin_url = std::env::var("SIGHTLINE_TEST_DATABASE_URL").ok()?;
        let name = format!("sl_e2e_{}", uuid::Uuid::new_v4().simple());
        let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&admin)
            .await
            .unwrap();
        let base = &admin_url[..admin_url.rfind('/').unwrap()];
        Some(Db {
            url: format!("{base}/{name}"),
            _dir: tempfile::tempdir().unwrap(),
        })
    }

    pub fn sqlite_path(&self) -> PathBuf {
        PathBuf::from(self.url.trim_start_matches("sqlite://"))
    }
}

/// Runs the CLI against a database, with optional standard input.
pub fn cli(db: &Db, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .env("SIGHTLINE_DATABASE_URL", &db.url)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().unwrap();
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

/// Runs the CLI and insists it succeeds; returns standard output.
pub fn ok(db: &Db, args: &[&str], stdin: Option<&str>) -> String {
    let out = cli(db, args, stdin);
    assert!(
        out.status.success(),
        "sightline {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Two forces, a partner, users of several roles, and a case team in Force A.
pub fn setup(db: &Db) {
    ok(
        db,
        &["org", "add", "--name", "Force A", "--type", "PoliceForce"],
        None,
    );
    ok(
        db,
        &["org", "add", "--name", "Force B", "--type", "PoliceForce"],
        None,
    );
    ok(
        db,
        &["org", "add", "--name", "Helping Hands", "--type", "NGO"],
        None,
    );
    for (user, role, org) in [
        ("inv.a", "investigator", "Force A"),
        ("inv.a2", "investigator", "Force A"),
        ("inv.b", "investigator", "Force B"),
        ("admin", "admin", "Force A"),
        ("ngo", "partner_caseworker", "Helping Hands"),
    ] {
        ok(
            db,
            &[
                "user",
                "add",
                "--username",
                user,
                "--role",
                role,
                "--org",
                org,
                "--password-stdin",
            ],
            Some(PASSWORD),
        );
    }
    ok(
        db,
        &["team", "add", "--name", "Op Anchor", "--org", "Force A"],
        None,
    );
    ok(
        db,
        &[
            "team",
            "add-member",
            "--team",
            "Op Anchor",
            "--username",
            "inv.a",
        ],
        None,
    );
    ok(
        db,
        &[
            "team",
            "add-member",
            "--team",
            "Op Anchor",
            "--username",
            "ngo",
        ],
        None,
    );
}

/// A running `sightline serve`, killed when dropped.
pub struct Server {
    pub child: Child,
    pub url: String,
}

impl Server {
    pub fn start(db: &Db, extra: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0", "--database", &db.url])
            .args(extra)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
            .to_string();
        Server { child, url }
    }

    pub fn kill9(&mut self) {
        // SIGKILL: no graceful shutdown, no flush, exactly like a crash.
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        .build()
        .unwrap()
}

/// The value of the first `name="csrf"` hidden field in a page.
pub fn csrf(html: &str) -> String {
    let at = html
        .find("name=\"csrf\" value=\"")
        .expect("page has a CSRF field")
        + 19;
    html[at..at + html[at..].find('"').unwrap()].to_string()
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

pub async fn sign_in(
    c: &reqwest::Client,
    base: &str,
    user: &str,
    password: &str,
) -> reqwest::Response {
    let page = c
        .get(format!("{base}/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let token = csrf(&page);
    c.post(format!("{base}/login"))
        .form(&[
            ("csrf", token.as_str()),
            ("username", user),
            ("password", password),
        ])
        .send()
        .await
        .unwrap()
}

pub async fn signed_in(base: &str, user: &str) -> reqwest::Client {
    let c = browser();
    let res = sign_in(&c, base, user, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "sign-in as {user}");
    assert_eq!(location(&res), "/cases");
    c
}

/// A browser signed in as one of the demo's accounts.
pub async fn demo_signed_in(base: &str, user: &str) -> reqwest::Client {
    let c = browser();
    let res = sign_in(&c, base, user, DEMO_PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "sign-in as {user}");
    c
}

pub async fn page(c: &reqwest::Client, url: String) -> (StatusCode, String) {
    let res = c.get(url).send().await.unwrap();
    (res.status(), res.text().await.unwrap())
}

/// Submits a form (as a browser does, with the client's cookies).
pub async fn post_form<F: serde::Serialize + ?Sized>(
    c: &reqwest::Client,
    url: impl reqwest::IntoUrl,
    form: &F,
) -> reqwest::Response {
    c.post(url).form(form).send().await.unwrap()
}

/// POSTs JSON with a bearer token.
pub async fn post_json(
    api: &reqwest::Client,
    url: String,
    token: &str,
    body: &Value,
) -> reqwest::Response {
    api.post(url)
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

/// GETs with a bearer token.
pub async fn get_auth(api: &reqwest::Client, url: String, token: &str) -> reqwest::Response {
    api.get(url).bearer_auth(token).send().await.unwrap()
}

pub fn api_token(db: &Db, user: &str) -> String {
    ok(
        db,
        &["token", "create", "--username", user, "--name", "test"],
        None,
    )
    .trim()
    .to_string()
}

/// A minimal WebDriver client for chromedriver, enough to drive forms.
pub struct Driver {
    pub http: reqwest::Client,
    pub base: String,
    pub port: u16,
    pub session: std::sync::Mutex<Option<String>>,
    pub child: Child,
    pub _profile: tempfile::TempDir,
}

impl Driver {
    pub async fn start() -> Option<Driver> {
        let exe = which("chromedriver")?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(exe)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let d = Driver {
            http: reqwest::Client::new(),
            base: format!("http://127.0.0.1:{port}"),
            port,
            session: std::sync::Mutex::new(None),
            child,
            _profile: tempfile::tempdir().unwrap(),
        };
        for _ in 0..100 {
            if d.http
                .get(format!("{}/status", d.base))
                .send()
                .await
                .is_ok()
            {
                return Some(d);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        None
    }

    pub async fn session(&self) -> String {
        self.session_with(true).await
    }

    /// A browser session with JavaScript on or off (pages must work either way).
    pub async fn session_with(&self, javascript: bool) -> String {
        let chrome = which("chromium")
            .or_else(|| which("chromium-browser"))
            .or_else(|| which("google-chrome"));
        let mut opts = json!({ "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", format!("--user-data-dir={}", self._profile.path().display())
        ] });
        if !javascript {
            opts["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
        }
        if let Some(bin) = chrome {
            opts["binary"] = json!(bin.display().to_string());
        }
        let caps = json!({ "capabilities": { "alwaysMatch": { "browserName": "chrome", "goog:chromeOptions": opts } } });
        let v: Value = self
            .http
            .post(format!("{}/session", self.base))
            .json(&caps)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let id = v["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {v}"))
            .to_string();
        *self.session.lock().unwrap() = Some(id.clone());
        id
    }

    pub async fn cmd(&self, s: &str, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}/session/{s}{path}", self.base);
        let req = match method {
            "GET" => self.http.get(url),
            "DELETE" => self.http.delete(url),
            _ => self.http.post(url).json(&body),
        };
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        v["value"].clone()
    }

    pub async fn go(&self, s: &str, url: &str) {
        self.cmd(s, "POST", "/url", json!({ "url": url })).await;
    }

    pub async fn find(&self, s: &str, css: &str) -> String {
        let v = self
            .cmd(
                s,
                "POST",
                "/element",
                json!({ "using": "css selector", "value": css }),
            )
            .await;
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(|e| e.as_str())
            .unwrap_or_else(|| panic!("no element {css}: {v}"))
            .to_string()
    }

    pub async fn type_into(&self, s: &str, css: &str, text: &str) {
        let e = self.find(s, css).await;
        self.cmd(
            s,
            "POST",
            &format!("/element/{e}/value"),
            json!({ "text": text }),
        )
        .await;
    }

    pub async fn click(&self, s: &str, css: &str) {
        let e = self.find(s, css).await;
        self.cmd(s, "POST", &format!("/element/{e}/click"), json!({}))
            .await;
    }

    pub async fn source(&self, s: &str) -> String {
        self.cmd(s, "GET", "/source", json!({}))
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Waits (bounded) for a page whose URL and source satisfy `ok`: a click that submits a
    /// form returns before the browser has the next page.
    pub async fn wait_for(&self, s: &str, ok: impl Fn(&str, &str) -> bool) -> (String, String) {
        let mut last = (String::new(), String::new());
        for _ in 0..100 {
            last = (self.url(s).await, self.source(s).await);
            if ok(&last.0, &last.1) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "the browser never reached the expected page; last at {}:\n{}",
            last.0, last.1
        )
    }

    /// Signs in through the sign-in form (already open, or opened at `base`/login) and
    /// waits for the cases page.
    pub async fn sign_in(&self, s: &str, base: Option<&str>, user: &str, password: &str) {
        if let Some(base) = base {
            self.go(s, &format!("{base}/login")).await;
        }
        self.type_into(s, "#username", user).await;
        self.type_into(s, "#password", password).await;
        self.click(s, "button[type=submit]").await;
        self.wait_for(s, |url, _| url.ends_with("/cases")).await;
    }

    pub async fn url(&self, s: &str) -> String {
        self.cmd(s, "GET", "/url", json!({}))
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // End the browser session even when the test failed, or Chromium outlives the test.
        if let Some(id) = self.session.lock().unwrap().take() {
            if let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", self.port)) {
                let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
                let _ = write!(
                    s,
                    "DELETE /session/{id} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                );
                let _ = std::io::Read::read_to_end(&mut s, &mut Vec::new());
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}
