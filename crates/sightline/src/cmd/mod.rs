//! One module per group of CLI subcommands.
pub mod admin;
pub mod audit;
pub mod demo;
pub mod demo_matches;
pub mod demo_network;
pub mod export;
pub mod import;
pub mod indicators;
pub mod matching;
pub mod records;
pub mod resolve;
pub mod serve;
pub mod synth;
pub mod synth_text;

use anyhow::Context;
use sightline_store::{Ctx, DynStore};

/// The database option every command that touches data takes.
#[derive(Debug, clap::Args)]
pub struct DbArgs {
    /// Database URL: sqlite://PATH or postgres://USER@HOST:PORT/DB.
    #[arg(long = "database", env = "SIGHTLINE_DATABASE_URL", default_value = crate::DEFAULT_DATABASE)]
    pub url: String,
}

impl DbArgs {
    pub async fn open(&self) -> anyhow::Result<DynStore> {
        Ok(sightline_store::open(&self.url).await?)
    }
}

/// Acting as a named user from the command line: the same policy and audit as the web.
#[derive(Debug, clap::Args)]
pub struct AsUser {
    /// The user to act as (their role, organisation and case teams apply).
    #[arg(long = "as", value_name = "USERNAME")]
    pub username: String,
    /// Why: recorded in the audit log.
    #[arg(long)]
    pub purpose: Option<String>,
}

impl AsUser {
    pub async fn ctx(&self, store: &DynStore) -> anyhow::Result<Ctx> {
        let user = store
            .find_user(&self.username)
            .await?
            .with_context(|| format!("there is no user '{}'", self.username))?;
        anyhow::ensure!(
            !user.disabled,
            "the account '{}' is disabled",
            user.username
        );
        let teams = store.user_teams(user.id).await?;
        Ok(Ctx {
            actor: sightline_web::session::actor_for(&user, &teams),
            channel: "cli",
            purpose: self.purpose.clone().filter(|p| !p.trim().is_empty()),
        })
    }
}

/// Prints a value as pretty JSON.
pub fn print_json<T: serde::Serialize>(v: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

/// A file written beside its final name and renamed into place when complete.
pub(crate) struct AtomicFile {
    tmp: std::path::PathBuf,
    path: std::path::PathBuf,
    pub(crate) out: std::io::BufWriter<std::fs::File>,
}

impl AtomicFile {
    pub(crate) fn create(path: &std::path::Path) -> anyhow::Result<AtomicFile> {
        let tmp = path.with_extension("partial");
        let f = std::fs::File::create(&tmp)
            .with_context(|| format!("cannot write {}", tmp.display()))?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
            out: std::io::BufWriter::new(f),
        })
    }
    pub(crate) fn finish(mut self) -> anyhow::Result<()> {
        std::io::Write::flush(&mut self.out)?;
        std::fs::rename(&self.tmp, &self.path)
            .with_context(|| format!("cannot write {}", self.path.display()))?;
        Ok(())
    }
}
