//! `sightline audit verify` and `sightline audit list`.

use clap::Subcommand;
use sightline_store::AuditFilter;

use super::{print_json, DbArgs};

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// Walk the hash chain; exit non-zero naming the first entry that does not verify.
    Verify {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// List entries, newest first.
    List {
        #[arg(long)]
        actor: Option<String>,
        #[arg(long)]
        action: Option<String>,
        #[arg(long)]
        record_type: Option<String>,
        #[arg(long)]
        record_id: Option<String>,
        /// allowed, denied or failed.
        #[arg(long)]
        outcome: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: i64,
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

pub async fn run(c: AuditCmd) -> anyhow::Result<()> {
    match c {
        AuditCmd::Verify { json, db } => {
            let store = db.open().await?;
            let report = store.verify_audit().await?;
            if json {
                print_json(&report)?;
            }
            match report.first_bad {
                None => {
                    if !json {
                        println!(
                            "audit log verified: {} entries, chain intact",
                            report.entries
                        );
                    }
                    Ok(())
                }
                Some(bad) => {
                    let id = bad.id.map(|i| format!(" ({i})")).unwrap_or_default();
                    anyhow::bail!(
                        "audit log does not verify: entry {}{id}: {}",
                        bad.seq,
                        bad.reason
                    )
                }
            }
        }
        AuditCmd::List {
            actor,
            action,
            record_type,
            record_id,
            outcome,
            limit,
            json,
            db,
        } => {
            let store = db.open().await?;
            let f = AuditFilter {
                actor,
                action,
                record_type,
                record_id,
                outcome,
                before_seq: None,
                limit,
            };
            let entries = store.list_audit(&f).await?;
            if json {
                return print_json(&entries);
            }
            for e in entries {
                println!(
                    "{:>6} {} {:<16} {:<16} {:<8} {} {} {}",
                    e.seq,
                    e.at,
                    e.actor_name,
                    e.action,
                    e.outcome,
                    e.record_type,
                    e.record_id,
                    e.detail
                );
            }
            Ok(())
        }
    }
}
