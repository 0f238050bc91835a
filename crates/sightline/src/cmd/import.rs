//! `sightline import FILE --kind person|case|intel|link …` and `sightline batch list|rollback`.
//!
//! The pipeline itself (one pass, every row validated once, valid rows written in chunks
//! inside one all-or-nothing transaction) is `sightline_load::import`, shared with the web
//! upload; this module keeps the arguments, the files (input, `--report`, the rejected
//! rows), the progress bar and what is printed.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use sightline_core::{Classification, HandlingCode};
use sightline_load::{
    csv_field, CellError, Defaults, Format, ImportKind, LoadError, Mapping, Options, RawRecord,
    RejectedRows, Sink,
};
use uuid::Uuid;

use super::AtomicFile;
use super::{print_json, AsUser, DbArgs};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Person,
    Case,
    Intel,
    Link,
}

impl From<Kind> for ImportKind {
    fn from(k: Kind) -> ImportKind {
        match k {
            Kind::Person => ImportKind::Person,
            Kind::Case => ImportKind::Case,
            Kind::Intel => ImportKind::Intel,
            Kind::Link => ImportKind::Link,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
    Jsonl,
}

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The file to import: CSV (any delimiter, UTF-8/UTF-16/Windows-1252, BOM or not), JSON or JSON Lines.
    pub file: PathBuf,
    /// What the rows are.
    #[arg(long, value_enum)]
    pub kind: Kind,
    /// A TOML mapping of the source's columns and codes onto Sightline's fields.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// The source's name (with each row's id, the key that stops duplicates on re-import).
    /// Defaults to the mapping's `source`, else the file's name.
    #[arg(long)]
    pub source: Option<String>,
    /// The file's format; guessed from its extension when absent.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Write every bad cell to this CSV: file,line,column,value,reason.
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Import the valid rows and write the rejected ones to `--rejected` to fix and re-import.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Where rejected rows go with --skip-invalid (default: FILE.rejected.csv or .jsonl).
    #[arg(long)]
    pub rejected: Option<PathBuf>,
    /// Validate and report only; write nothing (needs no database, so links' ends and
    /// reports' cases are not looked up).
    #[arg(long)]
    pub dry_run: bool,
    /// Classification for rows that do not give one.
    #[arg(long, default_value = "OFFICIAL-SENSITIVE")]
    pub classification: Classification,
    /// Handling code for rows that do not give one.
    #[arg(long, default_value = "P")]
    pub handling_code: HandlingCode,
    /// Handling conditions for code C.
    #[arg(long)]
    pub conditions: Option<String>,
    /// Restrict every imported record to this case team (by name).
    #[arg(long)]
    pub team: Option<String>,
    #[command(flatten)]
    pub who: AsUser,
    #[command(flatten)]
    pub db: DbArgs,
}

#[derive(Debug, Subcommand)]
pub enum BatchCmd {
    /// List your organisation's import batches, of every kind.
    List {
        #[command(flatten)]
        who: AsUser,
        #[command(flatten)]
        db: DbArgs,
        #[arg(long)]
        json: bool,
    },
    /// Remove every record a batch brought in.
    Rollback {
        id: Uuid,
        #[command(flatten)]
        who: AsUser,
        #[command(flatten)]
        db: DbArgs,
    },
}

fn format(args: &ImportArgs) -> Format {
    match args.format {
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Jsonl) => Format::JsonLines,
        None => Format::from_name(&args.file.to_string_lossy()),
    }
}

/// A progress bar through the file (by bytes read), on a terminal only.
fn progress(what: &str, file_len: u64) -> ProgressBar {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(file_len.max(1));
    bar.set_style(
        ProgressStyle::with_template(
            "{prefix} [{wide_bar}] {percent:>3}% {msg} ({binary_bytes_per_sec}) {elapsed} eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    bar.set_prefix(what.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// The `--rejected` file: the shared writer of rejected rows, into a file renamed into
/// place when complete.
struct Rejected {
    file: AtomicFile,
    rows: RejectedRows,
}

/// The CLI's [`Sink`]: every bad cell to the `--report` CSV and the first 20 to the
/// screen; rejected rows to the `--rejected` file with --skip-invalid; the progress bar.
struct FileSink {
    file_name: String,
    report: Option<AtomicFile>,
    /// Where rejected rows go (only with --skip-invalid), opened at the first one.
    rejected_path: Option<PathBuf>,
    rejected: Option<Rejected>,
    json: bool,
    invalid: u64,
    shown: Vec<String>,
    bar: ProgressBar,
}

impl FileSink {
    fn bad(&mut self, record: Option<&RawRecord>, errors: &[CellError]) -> anyhow::Result<()> {
        self.invalid += 1;
        if let Some(path) = &self.rejected_path {
            if self.rejected.is_none() {
                self.rejected = Some(Rejected {
                    file: AtomicFile::create(path)?,
                    rows: RejectedRows::new(self.json),
                });
            }
            if let Some(r) = self.rejected.as_mut() {
                r.rows.write(&mut r.file.out, record, errors)?;
            }
        }
        for e in errors {
            if let Some(r) = self.report.as_mut() {
                let cells = [
                    self.file_name.clone(),
                    e.line.to_string(),
                    e.column.clone(),
                    e.value.clone(),
                    e.reason.clone(),
                ];
                writeln!(
                    r.out,
                    "{}",
                    cells
                        .iter()
                        .map(|c| csv_field(c))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
            if self.shown.len() < 20 {
                let col = if e.column.is_empty() {
                    String::new()
                } else {
                    format!(", column '{}'", e.column)
                };
                let val = if e.value.is_empty() {
                    String::new()
                } else {
                    format!(", value '{}'", e.value)
                };
                self.shown.push(format!(
                    "{}: line {}{col}{val}: {}",
                    self.file_name, e.line, e.reason
                ));
            }
        }
        Ok(())
    }

    /// Prints the bad cells kept for the screen and closes the report.
    fn finish(self, args: &ImportArgs) -> anyhow::Result<Option<(Rejected, PathBuf)>> {
        self.bar.finish_and_clear();
        for line in &self.shown {
            eprintln!("{line}");
        }
        if self.invalid as usize > self.shown.len() && !self.shown.is_empty() {
            eprintln!(
                "… and more{}",
                args.report
                    .as_ref()
                    .map(|p| format!(": every one is in {}", p.display()))
                    .unwrap_or_default()
            );
        }
        if let Some(r) = self.report {
            r.finish()?;
        }
        Ok(self.rejected.zip(self.rejected_path))
    }
}

impl Sink for FileSink {
    fn bad_row(&mut self, record: Option<&RawRecord>, errors: &[CellError]) -> std::io::Result<()> {
        self.bad(record, errors).map_err(std::io::Error::other)
    }

    fn progress(&mut self, bytes: u64, valid_rows: u64) {
        self.bar.set_position(bytes);
        self.bar.set_message(format!("{valid_rows} rows"));
    }
}

/// Opens the file and hands it to the shared pipeline (`sightline_load`): one pass, every
/// row validated once, valid rows written as they come inside the import's single
/// transaction; at the first bad row (without --skip-invalid) nothing is written, and the
/// rest of the file is still checked so the report names every bad cell.
pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    let mapping = match &args.mapping {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read mapping {}", p.display()))?;
            Mapping::from_toml(&text).with_context(|| p.display().to_string())?
        }
        None => Mapping::default(),
    };
    let file_name = args.file.to_string_lossy().to_string();
    let file_len = std::fs::metadata(&args.file)
        .with_context(|| format!("cannot open {}", args.file.display()))?
        .len();
    let json = format(&args) != Format::Csv;
    let rejected_path = (args.skip_invalid && !args.dry_run).then(|| {
        args.rejected.clone().unwrap_or_else(|| {
            PathBuf::from(format!(
                "{}.rejected.{}",
                args.file.display(),
                if json { "jsonl" } else { "csv" }
            ))
        })
    });
    let mut report = args.report.as_deref().map(AtomicFile::create).transpose()?;
    if let Some(r) = report.as_mut() {
        writeln!(r.out, "file,line,column,value,reason")?;
    }
    let sink = FileSink {
        file_name: file_name.clone(),
        report,
        rejected_path,
        rejected: None,
        json,
        invalid: 0,
        shown: Vec::new(),
        bar: progress(
            if args.dry_run {
                "checking"
            } else {
                "importing"
            },
            file_len,
        ),
    };
    let mut opts = Options {
        kind: args.kind.into(),
        format: format(&args),
        mapping: mapping.clone(),
        file_name: file_name.clone(),
        skip_invalid: args.skip_invalid,
        defaults: Defaults {
            classification: args.classification,
            handling_code: args.handling_code,
            conditions: args.conditions.clone(),
            case_team: None,
        },
    };
    let file =
        File::open(&args.file).with_context(|| format!("cannot open {}", args.file.display()))?;
    let input = Box::new(std::io::BufReader::with_capacity(256 * 1024, file));

    if args.dry_run {
        let out = sightline_load::check(input, opts, sink)
            .await
            .with_context(|| file_name.clone())?;
        out.sink.finish(&args)?;
        let (valid, invalid) = (out.valid, out.invalid);
        println!("checked {file_name}: {valid} valid rows, {invalid} rows with errors; nothing written (--dry-run)");
        return if invalid > 0 {
            Err(anyhow::anyhow!("{invalid} rows have errors"))
        } else {
            Ok(())
        };
    }

    let store = args.db.open().await?;
    let ctx = args.who.ctx(&store).await?;
    opts.defaults.case_team = match &args.team {
        None => None,
        Some(name) => Some(
            store
                .list_teams()
                .await?
                .into_iter()
                .find(|t| t.name.eq_ignore_ascii_case(name.trim()))
                .with_context(|| format!("there is no case team named '{name}'"))?
                .id,
        ),
    };
    let source = args
        .source
        .clone()
        .or_else(|| mapping.source.clone())
        .unwrap_or_else(|| {
            args.file
                .file_name()
                .map(|f| f.to_string_lossy().to_string())
                .unwrap_or_else(|| file_name.clone())
        });
    let out = match sightline_load::import(store, ctx, &source, input, opts, sink).await {
        Ok(out) => out,
        Err(e @ LoadError::Ingest(_)) => return Err(anyhow::Error::from(e).context(file_name)),
        Err(e) => return Err(e.into()),
    };
    let rejected = out.sink.finish(&args)?;
    let invalid = out.invalid;
    let Some(batch) = out.batch else {
        anyhow::bail!(
            "{invalid} of {} rows in {file_name} have errors; nothing was imported. Fix them, or import the valid rows with --skip-invalid",
            out.valid + invalid
        );
    };
    if let Some((r, path)) = rejected {
        r.file.finish()?;
        eprintln!(
            "{invalid} rejected rows are in {}: fix them and import that file",
            path.display()
        );
    }
    println!(
        "imported {file_name} as batch {}: {} written, {} already present, {} rejected",
        batch.id, batch.written, batch.existing, batch.rejected
    );
    Ok(())
}

pub async fn batch(cmd: BatchCmd) -> anyhow::Result<()> {
    match cmd {
        BatchCmd::List { who, db, json } => {
            let store = db.open().await?;
            let batches = store.list_batches(&who.ctx(&store).await?).await?;
            if json {
                return print_json(&batches);
            }
            for b in batches {
                println!(
                    "{}  {}  {:<6} {:<12} {:<24} {:>8} written {:>8} present {:>6} rejected  {}",
                    b.id,
                    b.created_at.format("%Y-%m-%d %H:%M"),
                    b.kind,
                    b.status,
                    b.source,
                    b.written,
                    b.existing,
                    b.rejected,
                    b.file_name
                );
            }
            Ok(())
        }
        BatchCmd::Rollback { id, who, db } => {
            let store = db.open().await?;
            let b = store.rollback_batch(&who.ctx(&store).await?, id).await?;
            println!(
                "rolled back batch {}: its {} records were removed",
                b.id, b.written
            );
            Ok(())
        }
    }
}
