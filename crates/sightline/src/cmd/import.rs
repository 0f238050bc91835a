//! `sightline import FILE --kind person …` and `sightline batch list|rollback`.
//!
//! One pass over the file, on a reading thread: every row is validated once and every bad
//! cell reported; valid rows stream to the writer in chunks through a bounded channel and
//! are written in one transaction, committed only if the file is clean (or
//! `--skip-invalid`). At the first bad row the transaction is dropped, so nothing is
//! written. Memory stays flat: a few chunks are in flight at most.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use indicatif::{ProgressBar, ProgressStyle};
use sightline_core::{Classification, HandlingCode, Markings};
use sightline_ingest::{CellError, Format, Mapping, PersonMapper, RawRecord, RecordReader, Row};
use sightline_store::ImportPerson;
use uuid::Uuid;

use super::AtomicFile;
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

/// Rows handed to the store per call (it writes them in a few statements).
const CHUNK: usize = 5000;

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

/// What every imported row gets unless it says otherwise.
struct RowDefaults {
    classification: Classification,
    handling_code: HandlingCode,
    conditions: Option<String>,
    owner_org: Uuid,
    case_team: Option<Uuid>,
}

/// What the reading thread sends to the writer.
enum Msg {
    /// Valid rows, and the line of the last one (for error messages).
    Rows(Vec<ImportPerson>, u64),
    /// A bad row was found and nothing is to be written: the import can be dropped now
    /// (releasing SQLite's write lock) while the rest of the file is checked for the report.
    Invalid,
}

/// What the reading thread found.
struct Checked {
    valid: u64,
    invalid: u64,
    shown: Vec<String>,
    rejected: Option<(Rejected, PathBuf)>,
}

/// Everything the reading thread needs, owned.
struct ReadPlan {
    file: PathBuf,
    file_name: String,
    format: Format,
    mapping: Mapping,
    report: Option<PathBuf>,
    /// Where rejected rows go (only with --skip-invalid).
    rejected: Option<PathBuf>,
    skip_invalid: bool,
    defaults: RowDefaults,
}

/// Reads and validates every row, once. Each bad cell goes to the report and the first 20
/// to the screen. Valid rows go to `out` in chunks while the file is clean (or always, with
/// --skip-invalid); bad rows go to the rejected file with --skip-invalid. Runs on its own
/// thread so reading and validating overlap with writing.
fn read_rows(
    plan: ReadPlan,
    out: Option<tokio::sync::mpsc::Sender<Msg>>,
    bar: ProgressBar,
) -> anyhow::Result<Checked> {
    let mut out = out;
    let mut report = plan.report.as_deref().map(AtomicFile::create).transpose()?;
    if let Some(r) = report.as_mut() {
        writeln!(r.out, "file,line,column,value,reason")?;
    }
    let file =
        File::open(&plan.file).with_context(|| format!("cannot open {}", plan.file.display()))?;
    let mut records = RecordReader::new(
        Box::new(std::io::BufReader::with_capacity(256 * 1024, file)),
        plan.format,
        &plan.mapping,
    )
    .with_context(|| plan.file.display().to_string())?;
    let mut mapper = PersonMapper::new(&plan.mapping);
    let mut row = Row::default();
    let mut chunk = Vec::with_capacity(CHUNK);
    let mut checked = Checked {
        valid: 0,
        invalid: 0,
        shown: Vec::new(),
        rejected: None,
    };
    let d = &plan.defaults;
    loop {
        let (errors, unreadable) = match records.read_row(&mut row) {
            Ok(false) => break,
            Ok(true) => match mapper.person(&row) {
                Ok(p) => {
                    checked.valid += 1;
                    if let Some(tx) = &out {
                        chunk.push(ImportPerson {
                            source_id: p.source_id,
                            markings: Markings {
                                classification: p.classification.unwrap_or(d.classification),
                                handling_code: p.handling_code.unwrap_or(d.handling_code),
                                handling_conditions: p
                                    .handling_conditions
                                    .or_else(|| d.conditions.clone()),
                                owner_org: d.owner_org,
                                case_team: d.case_team,
                            },
                            person: p.person,
                        });
                        if chunk.len() == CHUNK {
                            let rows = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                            if tx.blocking_send(Msg::Rows(rows, row.line)).is_err() {
                                // The writer stopped (and says why); stop reading.
                                out = None;
                            }
                        }
                    }
                    if checked.valid & 1023 == 0 {
                        bar.set_position(row.byte);
                        bar.set_message(format!("{} rows", checked.valid));
                    }
                    continue;
                }
                Err(errs) => (errs, false),
            },
            Err(e) => (vec![malformed(e)?], true),
        };
        checked.invalid += 1;
        if checked.invalid == 1 && !plan.skip_invalid {
            // Nothing will be written: tell the writer now, keep checking for the report.
            if let Some(tx) = out.take() {
                let _ = tx.blocking_send(Msg::Invalid);
            }
            chunk = Vec::new();
        }
        if let Some(path) = &plan.rejected {
            if checked.rejected.is_none() {
                let json = plan.format != Format::Csv;
                checked.rejected = Some((
                    Rejected {
                        file: AtomicFile::create(path)?,
                        csv_header: None,
                        json,
                    },
                    path.clone(),
                ));
            }
            if let Some((r, _)) = checked.rejected.as_mut() {
                let rec = if unreadable {
                    // A row that could not be read has no cells to give back.
                    RawRecord {
                        line: errors[0].line,
                        cells: vec![],
                    }
                } else {
                    row.to_raw()
                };
                r.write(&rec, &errors)?;
            }
        }
        for e in errors {
            if let Some(r) = report.as_mut() {
                let cells = [
                    plan.file_name.clone(),
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
            if checked.shown.len() < 20 {
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
                checked.shown.push(format!(
                    "{}: line {}{col}{val}: {}",
                    plan.file_name, e.line, e.reason
                ));
            }
        }
    }
    if let Some(tx) = &out {
        if !chunk.is_empty() {
            let _ = tx.blocking_send(Msg::Rows(chunk, row.line));
        }
    }
    bar.finish_and_clear();
    if let Some(r) = report {
        r.finish()?;
    }
    Ok(checked)
}

/// Prints the bad cells kept for the screen.
fn show_errors(args: &ImportArgs, checked: &Checked) {
    for line in &checked.shown {
        eprintln!("{line}");
    }
    if checked.invalid as usize > checked.shown.len() && !checked.shown.is_empty() {
        eprintln!(
            "… and more{}",
            args.report
                .as_ref()
                .map(|p| format!(": every one is in {}", p.display()))
                .unwrap_or_default()
        );
    }
}

/// One pass over the file: every row is read and validated once, and valid rows are
/// written as they come, inside the import's single transaction. At the first bad row
/// (without --skip-invalid) the transaction is dropped, so nothing is written, and the
/// rest of the file is still checked so the report names every bad cell.
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
    let file_len = std::fs::metadata(&args.file)
        .with_context(|| format!("cannot open {}", args.file.display()))?
        .len();
    let rejected_path = args.skip_invalid.then(|| {
        args.rejected.clone().unwrap_or_else(|| {
            let json = format(&args) != Format::Csv;
            PathBuf::from(format!(
                "{}.rejected.{}",
                args.file.display(),
                if json { "jsonl" } else { "csv" }
            ))
        })
    });
    let mut plan = ReadPlan {
        file: args.file.clone(),
        file_name: file_name.clone(),
        format: format(&args),
        mapping: mapping.clone(),
        report: args.report.clone(),
        rejected: if args.dry_run { None } else { rejected_path },
        skip_invalid: args.skip_invalid,
        defaults: RowDefaults {
            classification: args.classification,
            handling_code: args.handling_code,
            conditions: args.conditions.clone(),
            owner_org: Uuid::nil(),
            case_team: None,
        },
    };

    if args.dry_run {
        let bar = progress("checking", file_len);
        let checked = tokio::task::spawn_blocking(move || read_rows(plan, None, bar)).await??;
        show_errors(&args, &checked);
        let (valid, invalid) = (checked.valid, checked.invalid);
        println!("checked {}: {valid} valid rows, {invalid} rows with errors; nothing written (--dry-run)", file_name);
        return if invalid > 0 {
            Err(anyhow::anyhow!("{invalid} rows have errors"))
        } else {
            Ok(())
        };
    }

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
    plan.defaults.owner_org = ctx.actor.org_id;
    plan.defaults.case_team = case_team;

    let mut import = Some(store.begin_person_import(&ctx, &source, &file_name).await?);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Msg>(2);
    let bar = progress("importing", file_len);
    let reader = tokio::task::spawn_blocking(move || read_rows(plan, Some(tx), bar));
    let mut failed = None;
    while let Some(msg) = rx.recv().await {
        match msg {
            Msg::Rows(rows, line) => {
                if let Some(imp) = import.as_mut() {
                    if let Err(e) = imp.add(rows).await {
                        failed = Some(
                            anyhow::Error::from(e)
                                .context(format!("{file_name}: near line {line}")),
                        );
                        break;
                    }
                }
            }
            // Rolled back now; nothing of this import is written.
            Msg::Invalid => import = None,
        }
    }
    drop(rx);
    let checked = reader.await??;
    if let Some(e) = failed {
        return Err(e);
    }
    show_errors(&args, &checked);
    let invalid = checked.invalid;
    if invalid > 0 && !args.skip_invalid {
        drop(import);
        anyhow::bail!(
            "{invalid} of {} rows in {file_name} have errors; nothing was imported. Fix them, or import the valid rows with --skip-invalid",
            checked.valid + invalid
        );
    }
    let import = import.context("the import was stopped")?;
    let batch = import.commit(invalid as i64).await?;
    if let Some((r, path)) = checked.rejected {
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
