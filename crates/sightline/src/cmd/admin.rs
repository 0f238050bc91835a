//! Accounts, organisations, case teams and API tokens from the command line.

use std::io::Read;

use anyhow::Context;
use clap::Subcommand;
use sightline_core::{NewOrganisation, OrgType, Role};
use sightline_store::{ApiToken, DynStore, NewUser};
use sightline_web::auth;

use super::{print_json, DbArgs};

#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Add a user; the password is read from standard input.
    Add {
        #[arg(long)]
        username: String,
        /// admin, national_analyst, force_analyst, investigator, partner_caseworker, trainer or learner.
        #[arg(long)]
        role: Role,
        /// The organisation's name; defaults to the only one, if there is only one.
        #[arg(long)]
        org: Option<String>,
        #[arg(long, default_value = "")]
        display_name: String,
        /// Read the password from standard input (required: passwords never go on the command line).
        #[arg(long, required = true)]
        password_stdin: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// List users.
    List {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Require (or, with --off, stop requiring) a second factor for a user.
    RequireTotp {
        #[arg(long)]
        username: String,
        #[arg(long)]
        off: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Remove a user's second factor (a lost phone); they set up a new one at next sign-in if it is required.
    ResetTotp {
        #[arg(long)]
        username: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Disable an account (its sessions end at once and its API tokens stop working), or --enable it again.
    Disable {
        #[arg(long)]
        username: String,
        #[arg(long)]
        enable: bool,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Set a new password, read from standard input; ends the user's sessions.
    SetPassword {
        #[arg(long)]
        username: String,
        #[arg(long, required = true)]
        password_stdin: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// Add an organisation.
    Add {
        #[arg(long)]
        name: String,
        /// PoliceForce, LawEnforcement, NGO, HealthServiceOrganisation, CentralGovernmentOrganisation,
        /// LocalGovernmentOrganisation, ImmigrationService, LegalService or CorporateBusiness.
        #[arg(long = "type")]
        org_type: OrgType,
        #[command(flatten)]
        db: DbArgs,
    },
    /// List organisations.
    List {
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TeamCmd {
    /// Create a case team in an organisation.
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        org: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Add a user to a case team.
    AddMember {
        #[arg(long)]
        team: String,
        #[arg(long)]
        username: String,
        #[command(flatten)]
        db: DbArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCmd {
    /// List a user's API tokens (never their values).
    List {
        #[arg(long)]
        username: String,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Revoke an API token by its id: it stops working at once.
    Revoke {
        id: uuid::Uuid,
        #[command(flatten)]
        db: DbArgs,
    },
    /// Create an API token for a user; it is printed once and never stored.
    Create {
        #[arg(long)]
        username: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        db: DbArgs,
    },
}

fn read_password() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .context("reading the password from standard input")?;
    let p = s.trim_end_matches(['\n', '\r']).to_string();
    anyhow::ensure!(!p.is_empty(), "no password on standard input");
    Ok(p)
}

async fn org_named(
    store: &DynStore,
    name: Option<&str>,
) -> anyhow::Result<sightline_core::Organisation> {
    match name {
        Some(n) => store.find_org_by_name(n).await?.with_context(|| {
            format!("there is no organisation named '{n}' (see `sightline org list`, or add it with `sightline org add`)")
        }),
        None => {
            let mut orgs = store.list_orgs().await?;
            anyhow::ensure!(orgs.len() == 1, "name the user's organisation with --org (there are {} organisations)", orgs.len());
            Ok(orgs.remove(0))
        }
    }
}

async fn user_named(store: &DynStore, name: &str) -> anyhow::Result<sightline_store::User> {
    store
        .find_user(name)
        .await?
        .with_context(|| format!("there is no user '{name}'"))
}

pub async fn user(c: UserCmd) -> anyhow::Result<()> {
    match c {
        UserCmd::Add {
            username,
            role,
            org,
            display_name,
            password_stdin: _,
            db,
        } => {
            let password = read_password()?;
            let hash = auth::hash_password(&password).map_err(anyhow::Error::msg)?;
            let store = db.open().await?;
            let org = org_named(&store, org.as_deref()).await?;
            let u = store
                .create_user(
                    None,
                    NewUser {
                        username,
                        display_name,
                        role,
                        org_id: org.id,
                        password_hash: hash,
                    },
                )
                .await?;
            println!("added {} ({}, {})", u.username, u.role.label(), org.name);
        }
        UserCmd::List { json, db } => {
            let store = db.open().await?;
            let users = store.list_users().await?;
            if json {
                return print_json(&users);
            }
            let orgs = store.list_orgs().await?;
            for u in users {
                let org = orgs
                    .iter()
                    .find(|o| o.id == u.org_id)
                    .map(|o| o.name.as_str())
                    .unwrap_or("?");
                let totp = if u.totp_enrolled() {
                    "2FA on"
                } else if u.totp_required {
                    "2FA required"
                } else {
                    ""
                };
                println!(
                    "{:<24} {:<20} {:<32} {}",
                    u.username,
                    u.role.code(),
                    org,
                    totp
                );
            }
        }
        UserCmd::ResetTotp { username, db } => {
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            store.set_totp_secret(None, u.id, None).await?;
            store.delete_user_sessions(u.id).await?;
            println!(
                "second factor removed for {}; their sessions have ended",
                u.username
            );
        }
        UserCmd::RequireTotp { username, off, db } => {
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            store.set_totp_required(None, u.id, !off).await?;
            println!(
                "second factor {} for {}",
                if off { "optional" } else { "required" },
                u.username
            );
        }
        UserCmd::Disable {
            username,
            enable,
            db,
        } => {
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            store.set_user_disabled(None, u.id, !enable).await?;
            println!(
                "{} is {}",
                u.username,
                if enable {
                    "enabled"
                } else {
                    "disabled; their sessions have ended"
                }
            );
        }
        UserCmd::SetPassword {
            username,
            password_stdin: _,
            db,
        } => {
            let password = read_password()?;
            let hash = auth::hash_password(&password).map_err(anyhow::Error::msg)?;
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            store.set_password_hash(None, u.id, hash).await?;
            println!(
                "password changed for {}; their sessions have ended",
                u.username
            );
        }
    }
    Ok(())
}

pub async fn org(c: OrgCmd) -> anyhow::Result<()> {
    match c {
        OrgCmd::Add { name, org_type, db } => {
            let store = db.open().await?;
            let o = store
                .create_org(None, NewOrganisation { name, org_type })
                .await?;
            println!("added {} ({}) {}", o.name, o.org_type.label(), o.id);
        }
        OrgCmd::List { json, db } => {
            let orgs = db.open().await?.list_orgs().await?;
            if json {
                return print_json(&orgs);
            }
            for o in orgs {
                println!("{:<48} {}", o.name, o.org_type.code());
            }
        }
    }
    Ok(())
}

pub async fn team(c: TeamCmd) -> anyhow::Result<()> {
    match c {
        TeamCmd::Add { name, org, db } => {
            let store = db.open().await?;
            let o = org_named(&store, Some(&org)).await?;
            let t = store.create_team(None, &name, o.id).await?;
            println!("added case team {} in {} {}", t.name, o.name, t.id);
        }
        TeamCmd::AddMember { team, username, db } => {
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            let t = store
                .list_teams()
                .await?
                .into_iter()
                .find(|t| t.name.eq_ignore_ascii_case(team.trim()))
                .with_context(|| format!("there is no case team named '{team}'"))?;
            store.add_team_member(None, t.id, u.id).await?;
            println!("{} is now in case team {}", u.username, t.name);
        }
    }
    Ok(())
}

pub async fn token(c: TokenCmd) -> anyhow::Result<()> {
    match c {
        TokenCmd::List { username, db } => {
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            for t in store.list_api_tokens(u.id).await? {
                let used = t
                    .last_used_at
                    .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_else(|| "never".into());
                let state = t
                    .revoked_at
                    .map(|d| format!("revoked {}", d.format("%Y-%m-%d")))
                    .unwrap_or_else(|| "active".into());
                println!("{}  {:<24} last used {:<16} {}", t.id, t.name, used, state);
            }
        }
        TokenCmd::Revoke { id, db } => {
            let store = db.open().await?;
            store
                .revoke_api_token(None, id)
                .await
                .map_err(|e| match e {
                    sightline_store::StoreError::NotFound => {
                        anyhow::anyhow!("there is no active API token {id}")
                    }
                    other => other.into(),
                })?;
            println!("revoked API token {id}");
        }
        TokenCmd::Create { username, name, db } => {
            let store = db.open().await?;
            let u = user_named(&store, &username).await?;
            let secret = format!("sl_{}", auth::random_token());
            let t = ApiToken {
                id: sightline_core::new_id(),
                user_id: u.id,
                name,
                token_hash: auth::token_hash(&secret),
                created_at: chrono::Utc::now(),
                last_used_at: None,
                revoked_at: None,
            };
            store.insert_api_token(None, &t).await?;
            eprintln!("API token for {} (shown once; keep it safe):", u.username);
            println!("{secret}");
        }
    }
    Ok(())
}
