//! `sightline import FILE --kind person …` and `sightline batch list|rollback`.
//!
//! Two passes over the file: the first validates every row and reports every bad cell;
//! only then, and only if the file is clean (or `--skip-invalid`), the second writes the
//! rows in one transaction. Memory stays flat: rows stream through in chunks.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use sightline_core::{Classification, HandlingCode, Markings};
use sightline_ingest::{person_row, CellError, Format, Mapping, RawRecord, RecordReader};
use sightline_store::ImportPerson;
use uuid::Uuid;

use super::{print_json, AsUser, DbArgs};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    Person,
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
    /// Validate and report only; write nothing.
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
    /// List your organisation's import batches.
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

/// Rows written per call to the store.
const CHUNK: usize = 2000;

fn open_records(args: &ImportArgs, mapping: &Mapping) -> anyhow::Result<RecordReader> {
    let file =
        File::open(&args.file).with_context(|| format!("cannot open {}", args.file.display()))?;
    RecordReader::new(
        Box::new(std::io::BufReader::with_capacity(256 * 1024, file)),
        format(args),
        mapping,
    )
    .with_context(|| args.file.display().to_string())
}

fn format(args: &ImportArgs) -> Format {
    match args.format {
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Jsonl) => Format::JsonLines,
        None => Format::from_name(&args.file.to_string_lossy()),
    }
}

/// Rows done so far, on a terminal only.
fn progress(what: &str) -> ProgressBar {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg} {human_pos} rows ({per_sec}) {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.set_message(what.to_string());
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

/// A file written beside its final name and renamed into place when complete.
struct AtomicFile {
    tmp: PathBuf,
    path: PathBuf,
    out: std::io::BufWriter<File>,
}

impl AtomicFile {
    fn create(path: &Path) -> anyhow::Result<AtomicFile> {
        let tmp = path.with_extension("partial");
        let f = File::create(&tmp).with_context(|| format!("cannot write {}", tmp.display()))?;
        Ok(AtomicFile {
            tmp,
            path: path.to_path_buf(),
            out: std::io::BufWriter::new(f),
        })
    }
    fn finish(mut self) -> anyhow::Result<()> {
        self.out.flush()?;
        std::fs::rename(&self.tmp, &self.path)
            .with_context(|| format!("cannot write {}", self.path.display()))?;
        Ok(())
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Where the rejected rows of a partial import go, in a shape that can be fixed and re-imported.
struct Rejected {
    file: AtomicFile,
    csv_header: Option<Vec<String>>,
    json: bool,
}

impl Rejected {
    fn write(&mut self, rec: &RawRecord, errors: &[CellError]) -> anyhow::Result<()> {
        let why = errors
            .iter()
            .map(|e| format!("{}: {}", e.column, e.reason))
            .collect::<Vec<_>>()
            .join("; ");
        if self.json {
            let mut obj = serde_json::Map::new();
            for (k, v) in &rec.cells {
                obj.insert(k.clone(), serde_json::Value::String(v.clone()));
            }
            obj.insert("sightline_errors".into(), serde_json::Value::String(why));
            writeln!(self.file.out, "{}", serde_json::Value::Object(obj))?;
        } else {
            if self.csv_header.is_none() {
                let header: Vec<String> = rec.cells.iter().map(|(k, _)| k.clone()).collect();
                let line: Vec<String> = header
                    .iter()
                    .map(|h| csv_field(h))
                    .chain(["sightline_errors".to_string()])
                    .collect();
                writeln!(self.file.out, "{}", line.join(","))?;
                self.csv_header = Some(header);
            }
            let line: Vec<String> = rec
                .cells
                .iter()
                .map(|(_, v)| csv_field(v))
                .chain([csv_field(&why)])
                .collect();
            writeln!(self.file.out, "{}", line.join(","))?;
        }
        Ok(())
    }
}

pub async fn run(args: ImportArgs) -> anyhow::Result<()> {
    let Kind::Person = args.kind;
    let mapping = match &args.mapping {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read mapping {}", p.display()))?;
            Mapping::from_toml(&text).with_context(|| p.display().to_string())?
        }
        None => Mapping::default(),
    };
    let file_name = args.file.to_string_lossy().to_string();

    // Pass 1: validate everything, report every bad cell.
    let mut report = args.report.as_deref().map(AtomicFile::create).transpose()?;
    if let Some(r) = report.as_mut() {
        writeln!(r.out, "file,line,column,value,reason")?;
    }
    let mut shown: Vec<String> = Vec::new();
    let (mut valid, mut invalid) = (0u64, 0u64);
    let bar = progress("checking");
    for rec in open_records(&args, &mapping)? {
        bar.inc(1);
        let errors = match rec {
            Ok(rec) => match person_row(&rec, &mapping) {
                Ok(_) => {
                    valid += 1;
                    continue;
                }
                Err(errs) => errs,
            },
            Err(e) => vec![malformed(e)?],
        };
        invalid += 1;
        for e in errors {
            if let Some(r) = report.as_mut() {
                let cells = [
                    file_name.clone(),
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
            if shown.len() < 20 {
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
                shown.push(format!(
                    "{file_name}: line {}{col}{val}: {}",
                    e.line, e.reason
                ));
            }
        }
    }
    bar.finish_and_clear();
    if let Some(r) = report {
        r.finish()?;
    }
    for line in &shown {
        eprintln!("{line}");
    }
    if invalid as usize > shown.len() && !shown.is_empty() {
        eprintln!(
            "… and more{}",
            args.report
                .as_ref()
                .map(|p| format!(": every one is in {}", p.display()))
                .unwrap_or_default()
        );
    }
    if args.dry_run {
        println!("checked {}: {valid} valid rows, {invalid} rows with errors; nothing written (--dry-run)", file_name);
        return if invalid > 0 {
            Err(anyhow::anyhow!("{invalid} rows have errors"))
        } else {
            Ok(())
        };
    }
    if invalid > 0 && !args.skip_invalid {
        anyhow::bail!(
            "{invalid} of {} rows in {file_name} have errors; nothing was imported. Fix them, or import the valid rows with --skip-invalid",
            valid + invalid
        );
    }

    // Pass 2: write the valid rows in one transaction.
    let store = args.db.open().await?;
    let ctx = args.who.ctx(&store).await?;
    let case_team = match &args.team {
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
    let mut rejected = if args.skip_invalid && invalid > 0 {
        let json = format(&args) != Format::Csv;
        let path = args.rejected.clone().unwrap_or_else(|| {
            PathBuf::from(format!(
                "{}.rejected.{}",
                args.file.display(),
                if json { "jsonl" } else { "csv" }
            ))
        });
        Some((
            Rejected {
                file: AtomicFile::create(&path)?,
                csv_header: None,
                json,
            },
            path,
        ))
    } else {
        None
    };
    let mut import = store.begin_person_import(&ctx, &source, &file_name).await?;
    let bar = progress("importing");
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut rejected_rows = 0i64;
    for rec in open_records(&args, &mapping)? {
        bar.inc(1);
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let err = malformed(e)?;
                rejected_rows += 1;
                if let Some((r, _)) = rejected.as_mut() {
                    r.write(
                        &RawRecord {
                            line: err.line,
                            cells: vec![],
                        },
                        &[err],
                    )?;
                }
                continue;
            }
        };
        match person_row(&rec, &mapping) {
            Ok(row) => {
                let markings = Markings {
                    classification: row.classification.unwrap_or(args.classification),
                    handling_code: row.handling_code.unwrap_or(args.handling_code),
                    handling_conditions: row
                        .handling_conditions
                        .clone()
                        .or_else(|| args.conditions.clone()),
                    owner_org: ctx.actor.org_id,
                    case_team,
                };
                chunk.push(ImportPerson {
                    source_id: row.source_id,
                    markings,
                    person: row.person,
                });
                if chunk.len() == CHUNK {
                    import
                        .add(std::mem::take(&mut chunk))
                        .await
                        .with_context(|| format!("{file_name}: near line {}", rec.line))?;
                }
            }
            Err(errs) => {
                rejected_rows += 1;
                if let Some((r, _)) = rejected.as_mut() {
                    r.write(&rec, &errs)?;
                }
            }
        }
    }
    if !chunk.is_empty() {
        import.add(chunk).await.with_context(|| file_name.clone())?;
    }
    bar.finish_and_clear();
    let batch = import.commit(rejected_rows).await?;
    if let Some((r, path)) = rejected {
        r.file.finish()?;
        eprintln!(
            "{rejected_rows} rejected rows are in {}: fix them and import that file",
            path.display()
        );
    }
    println!(
        "imported {file_name} as batch {}: {} written, {} already present, {} rejected",
        batch.id, batch.written, batch.existing, batch.rejected
    );
    Ok(())
}

/// A row the reader could not read at all becomes a rejected row with its line.
fn malformed(e: sightline_ingest::IngestError) -> anyhow::Result<CellError> {
    match e {
        sightline_ingest::IngestError::Malformed { line, message } => Ok(CellError {
            line,
            column: String::new(),
            value: String::new(),
            reason: message,
        }),
        other => Err(other.into()),
    }
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
                    "{}  {}  {:<12} {:<24} {:>8} written {:>8} present {:>6} rejected  {}",
                    b.id,
                    b.created_at.format("%Y-%m-%d %H:%M"),
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
