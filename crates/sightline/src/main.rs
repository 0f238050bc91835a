//! The `sightline` binary: CLI, configuration and wiring. No business rules live here:
//! records go through the store (which applies the policy and the audit log), and the
//! engines do the analysis.
mod cmd;

use clap::{Parser, Subcommand};

/// Where data lives unless `--database` or `SIGHTLINE_DATABASE_URL` says otherwise.
pub const DEFAULT_DATABASE: &str = "sqlite://data/sightline.db";

#[derive(Debug, Parser)]
#[command(
    name = "sightline",
    version,
    about = "Find, understand and stop modern slavery"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the web UI and the JSON API.
    Serve(cmd::serve::ServeArgs),
    /// Serve a demonstration on SQLite, loading demo data on first run.
    Demo(cmd::serve::DemoArgs),
    /// Apply pending database migrations and exit.
    Migrate(cmd::DbArgs),
    /// Manage user accounts.
    #[command(subcommand)]
    User(cmd::admin::UserCmd),
    /// Manage organisations.
    #[command(subcommand)]
    Org(cmd::admin::OrgCmd),
    /// Manage case teams.
    #[command(subcommand)]
    Team(cmd::admin::TeamCmd),
    /// Manage API tokens for machine clients.
    #[command(subcommand)]
    Token(cmd::admin::TokenCmd),
    /// People records.
    #[command(subcommand)]
    Person(cmd::records::PersonCmd),
    /// Cases (operations).
    #[command(subcommand)]
    Case(cmd::records::CaseCmd),
    /// Intelligence reports, graded 3x5x2.
    #[command(subcommand)]
    Intel(cmd::records::IntelCmd),
    /// Import a file of records (CSV, JSON or JSON Lines): validated first, all or nothing.
    Import(cmd::import::ImportArgs),
    /// Export cases as Sightline JSON, CSV, HTCDS, FollowTheMoney or GraphML (audited).
    Export(cmd::export::Args),
    /// List or roll back import batches.
    #[command(subcommand)]
    Batch(cmd::import::BatchCmd),
    /// The tamper-evident audit log.
    #[command(subcommand)]
    Audit(cmd::audit::AuditCmd),
    /// Find modern slavery indicators, exploitation types, risk and entities in free text.
    Indicators(cmd::indicators::Args),
    /// Resolve people records across files into clusters (entity resolution).
    Resolve(cmd::resolve::Args),
    /// Entity resolution over the people stored in the database, for review on /matches.
    #[command(subcommand)]
    Match(cmd::matching::MatchCmd),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Indicators(a) => cmd::indicators::run(a),
        Command::Resolve(a) => cmd::resolve::run(a),
        other => runtime().and_then(|rt| rt.block_on(run_async(other))),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

async fn run_async(command: Command) -> anyhow::Result<()> {
    match command {
        Command::Serve(a) => cmd::serve::serve(a).await,
        Command::Demo(a) => cmd::serve::demo(a).await,
        Command::Migrate(a) => {
            let store = a.open().await?;
            println!("database is up to date ({})", store.backend());
            Ok(())
        }
        Command::User(c) => cmd::admin::user(c).await,
        Command::Org(c) => cmd::admin::org(c).await,
        Command::Team(c) => cmd::admin::team(c).await,
        Command::Token(c) => cmd::admin::token(c).await,
        Command::Person(c) => cmd::records::person(c).await,
        Command::Case(c) => cmd::records::case(c).await,
        Command::Intel(c) => cmd::records::intel(c).await,
        Command::Audit(c) => cmd::audit::run(c).await,
        Command::Import(a) => cmd::import::run(a).await,
        Command::Batch(c) => cmd::import::batch(c).await,
        Command::Export(a) => cmd::export::run(a).await,
        Command::Match(c) => cmd::matching::run(c).await,
        Command::Indicators(_) | Command::Resolve(_) => {
            unreachable!("run without the async runtime")
        }
    }
}
