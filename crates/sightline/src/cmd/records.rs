//! People, cases and intelligence from the command line, acting as a named user.

use clap::Subcommand;
use sightline_core::*;
use uuid::Uuid;

use super::{print_json, AsUser, DbArgs};

/// The markings options every create command takes.
#[derive(Debug, clap::Args)]
pub struct MarkingsArgs {
    /// OFFICIAL or OFFICIAL-SENSITIVE.
    #[arg(long, default_value = "OFFICIAL-SENSITIVE")]
    classification: Classification,
    /// P (may be disseminated) or C (with conditions).
    #[arg(long, default_value = "P")]
    handling_code: HandlingCode,
    /// The conditions, for handling code C.
    #[arg(long)]
    conditions: Option<String>,
    /// Restrict the record to this case team (by name).
    #[arg(long)]
    team: Option<String>,
}

impl MarkingsArgs {
    async fn markings(
        &self,
        store: &sightline_store::DynStore,
        ctx: &sightline_store::Ctx,
    ) -> anyhow::Result<Markings> {
        let case_team = match &self.team {
            None => None,
            Some(name) => Some(
                store
                    .list_teams()
                    .await?
                    .into_iter()
                    .find(|t| t.name.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| anyhow::anyhow!("there is no case team named '{name}'"))?
                    .id,
            ),
        };
        Ok(Markings {
            classification: self.classification,
            handling_code: self.handling_code,
            handling_conditions: self.conditions.clone(),
            owner_org: ctx.actor.org_id,
            case_team,
        })
    }
}

#[derive(Debug, clap::Args)]
pub struct Common {
    #[command(flatten)]
    who: AsUser,
    #[command(flatten)]
    db: DbArgs,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PersonCmd {
    /// Add a person.
    Add {
        #[arg(long, default_value = "")]
        given_name: String,
        #[arg(long, default_value = "")]
        family_name: String,
        /// YYYY-MM-DD, YYYY-MM or YYYY.
        #[arg(long)]
        dob: Option<String>,
        #[arg(long, default_value = "Unknown")]
        gender: Gender,
        /// ISO 3166-1 alpha-2.
        #[arg(long)]
        nationality: Option<String>,
        #[arg(long, default_value = "")]
        notes: String,
        #[command(flatten)]
        markings: MarkingsArgs,
        #[command(flatten)]
        c: Common,
    },
    /// List the people you may see.
    List {
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[command(flatten)]
        c: Common,
    },
    /// Show one person.
    Show {
        id: Uuid,
        #[command(flatten)]
        c: Common,
    },
}

#[derive(Debug, Subcommand)]
pub enum CaseCmd {
    /// Open a case.
    Add {
        #[arg(long)]
        title: String,
        #[arg(long, default_value = "")]
        summary: String,
        #[arg(long, default_value = "Active")]
        status: CaseStatus,
        /// An exploitation type; repeat for several.
        #[arg(long = "type")]
        types: Vec<ExploitationType>,
        #[command(flatten)]
        markings: MarkingsArgs,
        #[command(flatten)]
        c: Common,
    },
    /// List the cases you may see.
    List {
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[command(flatten)]
        c: Common,
    },
    /// Show one case.
    Show {
        id: Uuid,
        #[command(flatten)]
        c: Common,
    },
}

#[derive(Debug, Subcommand)]
pub enum IntelCmd {
    /// Submit an intelligence report.
    Add {
        #[arg(long)]
        title: String,
        #[arg(long)]
        narrative: String,
        /// 1 reliable, 2 untested, 3 not reliable.
        #[arg(long)]
        source_evaluation: SourceEvaluation,
        /// A to E.
        #[arg(long)]
        assessment: IntelAssessment,
        /// The date the information relates to (YYYY-MM-DD).
        #[arg(long)]
        date: Option<chrono::NaiveDate>,
        #[command(flatten)]
        markings: MarkingsArgs,
        #[command(flatten)]
        c: Common,
    },
    /// List the reports you may see.
    List {
        #[arg(long, default_value_t = 100)]
        limit: i64,
        #[command(flatten)]
        c: Common,
    },
    /// Show one report.
    Show {
        id: Uuid,
        #[command(flatten)]
        c: Common,
    },
}

pub async fn person(cmd: PersonCmd) -> anyhow::Result<()> {
    match cmd {
        PersonCmd::Add {
            given_name,
            family_name,
            dob,
            gender,
            nationality,
            notes,
            markings,
            c,
        } => {
            let store = c.db.open().await?;
            let ctx = c.who.ctx(&store).await?;
            let m = markings.markings(&store, &ctx).await?;
            let new = NewPerson {
                given_name,
                family_name,
                date_of_birth: dob,
                gender,
                nationality,
                notes,
                details: Default::default(),
            };
            let p = store.create_person(&ctx, m, new).await?;
            if c.json {
                print_json(&p)
            } else {
                println!("{} {}", p.id, p.display_name());
                Ok(())
            }
        }
        PersonCmd::List { limit, c } => {
            let store = c.db.open().await?;
            let people = store.list_people(&c.who.ctx(&store).await?, limit).await?;
            if c.json {
                return print_json(&people);
            }
            for p in people {
                println!(
                    "{}  {:<32} {:<10} {}",
                    p.id,
                    p.display_name(),
                    p.date_of_birth.as_deref().unwrap_or("-"),
                    p.nationality.as_deref().unwrap_or("-")
                );
            }
            Ok(())
        }
        PersonCmd::Show { id, c } => {
            let store = c.db.open().await?;
            let p = store.get_person(&c.who.ctx(&store).await?, id).await?;
            print_json(&p)
        }
    }
}

pub async fn case(cmd: CaseCmd) -> anyhow::Result<()> {
    match cmd {
        CaseCmd::Add {
            title,
            summary,
            status,
            types,
            markings,
            c,
        } => {
            let store = c.db.open().await?;
            let ctx = c.who.ctx(&store).await?;
            let m = markings.markings(&store, &ctx).await?;
            let k = store
                .create_case(
                    &ctx,
                    m,
                    NewCase {
                        title,
                        summary,
                        status,
                        exploitation_types: types,
                        details: Default::default(),
                    },
                )
                .await?;
            if c.json {
                print_json(&k)
            } else {
                println!("{} {} {}", k.id, k.reference, k.title);
                Ok(())
            }
        }
        CaseCmd::List { limit, c } => {
            let store = c.db.open().await?;
            let cases = store.list_cases(&c.who.ctx(&store).await?, limit).await?;
            if c.json {
                return print_json(&cases);
            }
            for k in cases {
                println!(
                    "{}  {:<14} {:<10} {}",
                    k.id,
                    k.reference,
                    k.status.code(),
                    k.title
                );
            }
            Ok(())
        }
        CaseCmd::Show { id, c } => {
            let store = c.db.open().await?;
            let k = store.get_case(&c.who.ctx(&store).await?, id).await?;
            print_json(&k)
        }
    }
}

pub async fn intel(cmd: IntelCmd) -> anyhow::Result<()> {
    match cmd {
        IntelCmd::Add {
            title,
            narrative,
            source_evaluation,
            assessment,
            date,
            markings,
            c,
        } => {
            let store = c.db.open().await?;
            let ctx = c.who.ctx(&store).await?;
            let m = markings.markings(&store, &ctx).await?;
            let new = NewIntelReport {
                title,
                narrative,
                source_evaluation,
                intelligence_assessment: assessment,
                information_date: date,
            };
            let r = store.create_intel(&ctx, m, new).await?;
            if c.json {
                print_json(&r)
            } else {
                println!("{} {} {}", r.id, r.grade(), r.title);
                Ok(())
            }
        }
        IntelCmd::List { limit, c } => {
            let store = c.db.open().await?;
            let reports = store.list_intel(&c.who.ctx(&store).await?, limit).await?;
            if c.json {
                return print_json(&reports);
            }
            for r in reports {
                println!("{}  {:<6} {}", r.id, r.grade(), r.title);
            }
            Ok(())
        }
        IntelCmd::Show { id, c } => {
            let store = c.db.open().await?;
            let r = store.get_intel(&c.who.ctx(&store).await?, id).await?;
            print_json(&r)
        }
    }
}
