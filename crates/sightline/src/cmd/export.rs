//! `sightline export`: cases out of Sightline in its own JSON, CSV, HTCDS, FollowTheMoney or
//! GraphML, with only what the named user may see, audited.

use std::path::{Path, PathBuf};

use anyhow::Context;
use sightline_web::export::{audit_export, case_bundle, render, Format};
use uuid::Uuid;

use super::{AsUser, DbArgs};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A case to export, by reference (SL-2026-00001) or id; repeat for several.
    #[arg(long = "case", required = true)]
    pub cases: Vec<String>,
    /// json (Sightline's own, re-importable), csv, htcds, ftm or graphml.
    #[arg(long, default_value = "json")]
    pub format: String,
    /// The file to write; for csv, a directory that receives one file per record type.
    #[arg(long)]
    pub output: PathBuf,
    #[command(flatten)]
    pub who: AsUser,
    #[command(flatten)]
    pub db: DbArgs,
}

pub async fn run(a: Args) -> anyhow::Result<()> {
    let format: Format = a.format.parse().map_err(anyhow::Error::msg)?;
    let store = a.db.open().await?;
    let ctx = a.who.ctx(&store).await?;
    let mut ids = Vec::new();
    let mut visible = None;
    for c in &a.cases {
        let id = match Uuid::parse_str(c) {
            Ok(id) => id,
            Err(_) => {
                if visible.is_none() {
                    visible = Some(store.list_cases(&ctx, i64::MAX).await?);
                }
                visible
                    .as_ref()
                    .and_then(|v| v.iter().find(|k| k.reference.eq_ignore_ascii_case(c)))
                    .map(|k| k.id)
                    .with_context(|| {
                        format!("there is no case '{c}' that {} may see", ctx.actor.username)
                    })?
            }
        };
        ids.push(id);
    }
    let bundle = case_bundle(&store, &ctx, &ids).await?;
    let stem = if bundle.cases.len() == 1 {
        bundle.cases[0].reference.clone()
    } else {
        "sightline-export".into()
    };
    let files = render(&bundle, format, &stem).map_err(anyhow::Error::msg)?;
    if format == Format::Csv {
        std::fs::create_dir_all(&a.output)
            .with_context(|| format!("cannot create the directory {}", a.output.display()))?;
        for (name, body) in &files {
            write_atomically(&a.output.join(name), body)?;
        }
    } else {
        write_atomically(&a.output, &files[0].1)?;
    }
    audit_export(&store, &ctx, &bundle, format).await?;
    eprintln!(
        "exported {} cases, {} people, {} entities, {} links as {} to {}{}",
        bundle.cases.len(),
        bundle.people.len(),
        bundle.entities.len(),
        bundle.links.len(),
        format.code(),
        a.output.display(),
        match format {
            Format::Htcds => " (checked against the HTCDS field list)",
            Format::Ftm => " (checked against the FollowTheMoney schemata)",
            _ => "",
        }
    );
    Ok(())
}

/// Writes through a temporary file beside the target, renamed into place when complete: a
/// crash never leaves half an export under the real name.
fn write_atomically(path: &Path, body: &str) -> anyhow::Result<()> {
    let mut f = super::AtomicFile::create(path)?;
    std::io::Write::write_all(&mut f.out, body.as_bytes())?;
    f.finish()
}
