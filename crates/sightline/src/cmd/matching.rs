//! `sightline match run` and `sightline match status`: entity resolution over the people
//! stored in the database (every organisation's, as a system job), the same job the
//! "Run matching now" button on `/matches` starts in the background.

use clap::Subcommand;

use super::{print_json, DbArgs};

#[derive(Debug, Subcommand)]
pub enum MatchCmd {
    /// Compare every stored person now and store the candidate pairs for review on
    /// /matches. Undecided pairs are replaced; decisions are kept and override the model.
    Run {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// How the last run went (or how far the current one has got).
    Status {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

pub async fn run(c: MatchCmd) -> anyhow::Result<()> {
    match c {
        MatchCmd::Run { json, db } => {
            let store = db.open().await?;
            let run = sightline_web::matches::job::start(&store, None).await?;
            let done = sightline_web::matches::job::work(store, run)
                .await
                .map_err(anyhow::Error::msg)?;
            if json {
                return print_json(&done);
            }
            println!(
                "compared {} people ({} pairs): {} candidate pairs stored, {} groups taken to be one person",
                done.people, done.total, done.candidates, done.groups_found
            );
            Ok(())
        }
        MatchCmd::Status { json, db } => {
            let store = db.open().await?;
            let last = store.latest_match_run().await?;
            if json {
                return print_json(&last);
            }
            match last {
                None => println!("matching has not been run"),
                Some(r) => println!(
                    "{} (started {}): {}, {} of {} pairs compared, {} people, {} candidate pairs{}",
                    r.status,
                    r.started_at.format("%Y-%m-%d %H:%M:%S UTC"),
                    r.stage,
                    r.done,
                    r.total,
                    r.people,
                    r.candidates,
                    if r.message.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", r.message)
                    }
                ),
            }
            Ok(())
        }
    }
}
