//! `sightline serve` and `sightline demo`.

use std::time::Duration;

use anyhow::Context;
use sightline_web::{AppState, WebConfig};

use super::DbArgs;

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on, e.g. 127.0.0.1:8080 or 0.0.0.0:443 behind a proxy. Port 0 picks a free one.
    #[arg(long, env = "SIGHTLINE_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub web: WebArgs,
}

#[derive(Debug, clap::Args)]
pub struct WebArgs {
    /// Log format: text or json (structured, one object per line).
    #[arg(long, env = "SIGHTLINE_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
    /// Served over TLS (directly or by a proxy): Secure cookies and HSTS.
    #[arg(long, env = "SIGHTLINE_TLS")]
    pub tls: bool,
    /// Trust X-Forwarded-For for the client address (only behind your own proxy).
    #[arg(long, env = "SIGHTLINE_TRUST_PROXY")]
    pub trust_proxy: bool,
    /// Minutes of inactivity after which a session ends.
    #[arg(long, default_value_t = 30)]
    pub idle_timeout_minutes: i64,
    /// Hours after sign-in after which a session ends regardless.
    #[arg(long, default_value_t = 12)]
    pub absolute_timeout_hours: i64,
    /// Seconds a request may take before it is answered 408.
    #[arg(long, default_value_t = 30)]
    pub request_timeout_seconds: u64,
    /// Largest request body accepted, in KiB.
    #[arg(long, default_value_t = 1024)]
    pub body_limit_kib: usize,
    /// Public reports (and returns to one) accepted per address per hour; more get a
    /// friendly "try later" page. Addresses are hashed in memory, never stored.
    #[arg(long, env = "SIGHTLINE_REPORTS_PER_HOUR", default_value_t = 10)]
    pub reports_per_hour: usize,
    /// Largest import file accepted by the web upload (Imports → Upload a file), in MB.
    #[arg(long, env = "SIGHTLINE_UPLOAD_LIMIT_MB", default_value_t = 50)]
    pub upload_limit_mb: usize,
    /// Where uploaded import files wait between preview and import; the default is a
    /// directory in the system's temporary directory. Made readable by the server only.
    #[arg(long, env = "SIGHTLINE_UPLOAD_DIR")]
    pub upload_dir: Option<std::path::PathBuf>,
}

impl WebArgs {
    fn config(&self) -> WebConfig {
        WebConfig {
            secure_cookies: self.tls,
            trust_proxy: self.trust_proxy,
            idle_timeout: chrono::Duration::minutes(self.idle_timeout_minutes.max(1)),
            absolute_timeout: chrono::Duration::hours(self.absolute_timeout_hours.max(1)),
            request_timeout: Duration::from_secs(self.request_timeout_seconds.max(1)),
            body_limit: self.body_limit_kib.max(16) * 1024,
            max_reports_per_address: self.reports_per_hour.max(1),
            upload_limit: self.upload_limit_mb.max(1) * 1024 * 1024,
            upload_dir: self
                .upload_dir
                .clone()
                .unwrap_or_else(|| WebConfig::default().upload_dir),
            ..WebConfig::default()
        }
    }

    fn init_logging(&self) {
        let filter = tracing_subscriber::EnvFilter::try_from_default_env()
            .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
        let builder = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(std::io::stderr);
        if self.log_format == "json" {
            builder.json().flatten_event(true).init();
        } else {
            builder.init();
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down: finishing requests in flight");
}

async fn run_server(
    listen: &str,
    store: sightline_store::DynStore,
    web: &WebArgs,
    banner: impl FnOnce(&str),
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let addr = listener.local_addr()?;
    let url = format!("http://{addr}");
    tracing::info!(%url, backend = store.backend(), "sightline listening");
    // Tests and scripts read this line to find the port.
    println!("listening on {url}");
    banner(&url);
    let state = AppState::new(store, web.config());
    sightline_web::serve(listener, state, shutdown_signal()).await?;
    Ok(())
}

pub async fn serve(a: ServeArgs) -> anyhow::Result<()> {
    a.web.init_logging();
    let store = a.db.open().await?;
    run_server(&a.listen, store, &a.web, |_| {}).await
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// The demo's database (its own file, so it never mixes with real data).
    #[arg(
        long = "database",
        env = "SIGHTLINE_DEMO_DATABASE_URL",
        default_value = "sqlite://data/demo.db"
    )]
    pub url: String,
    /// Load the demo data and exit without serving.
    #[arg(long)]
    pub load_only: bool,
    /// Add a synthetic national picture on first load: this many times 20 cases across the
    /// 45 forces, with their victims, suspects, networks, intelligence and reports from the
    /// public (0: only the hand-written demo).
    #[arg(long, default_value_t = 2)]
    pub scale: usize,
    /// The seed of the synthetic data: the same seed and scale give the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[command(flatten)]
    pub web: WebArgs,
}

pub async fn demo(a: DemoArgs) -> anyhow::Result<()> {
    a.web.init_logging();
    let store = sightline_store::open(&a.url).await?;
    let loaded = super::demo::load(&store).await?;
    if loaded && a.scale > 0 {
        let t = std::time::Instant::now();
        let people = super::synth::load(&store, a.scale, a.seed).await?;
        eprintln!(
            "synthetic data: {} cases and {people} people (scale {}, seed {}) in {:.1} s",
            a.scale * super::synth::CASES_PER_SCALE,
            a.scale,
            a.seed,
            t.elapsed().as_secs_f64()
        );
    }
    if a.load_only {
        println!(
            "{}",
            if loaded {
                "demo data loaded"
            } else {
                "demo data was already there"
            }
        );
        return Ok(());
    }
    run_server(&a.listen, store, &a.web, |url| {
        println!();
        println!("  Sightline demo: open {url} in your browser.");
        println!(
            "  Every demo account's password is: {}",
            super::demo::PASSWORD
        );
        for (username, what) in super::demo::LOGINS {
            println!("    {username:<22} {what}");
        }
        println!(
            "  Data: {} (delete it to start again). Stop with Ctrl+C.",
            a.url
        );
        println!();
    })
    .await
}
