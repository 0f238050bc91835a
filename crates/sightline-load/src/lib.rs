//! The import pipeline, shared by `sightline import` and the web upload: any `io::Read`
//! in, one batch out.
//!
//! [`import`] reads the input on a blocking thread: every row is validated once (through
//! the kind's mapper in `sightline-ingest`) and every bad cell goes to the caller's
//! [`Sink`]; valid rows stream to the writer in chunks through a bounded channel and are
//! written in the import's one transaction (`Store::begin_import`), committed only if the
//! input is clean, or always with `skip_invalid`. At the first bad row (without
//! `skip_invalid`) the transaction is dropped, so nothing is written, and the rest of the
//! input is still checked so the sink hears of every bad cell. Memory stays flat: a few
//! chunks are in flight at most. [`check`] validates without a database (a dry run).
//!
//! What differs per kind of record (which mapper validates a row, which rows the store
//! writes) is one [`kinds::Kind`] implementation per kind; the loop here is written once.

mod kinds;
mod rejected;

use std::io::Read;

use sightline_core::{Classification, HandlingCode};
use sightline_ingest::{IngestError, RecordReader, Row};
use sightline_store::{Ctx, DynStore, ImportRows, RecordImport, StoreError};
use uuid::Uuid;

pub use kinds::fields;
pub use rejected::{csv_field, RejectedRows};
pub use sightline_ingest::{CellError, Format, Mapping, RawRecord};
pub use sightline_store::{ImportBatch, ImportKind};

/// Rows handed to the store per call (it writes them in a few statements).
pub const CHUNK: usize = 5000;

/// What every imported row gets unless it says otherwise.
#[derive(Debug, Clone)]
pub struct Defaults {
    pub classification: Classification,
    pub handling_code: HandlingCode,
    pub conditions: Option<String>,
    /// Restrict every imported record to this case team.
    pub case_team: Option<Uuid>,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults {
            classification: Classification::OfficialSensitive,
            handling_code: HandlingCode::P,
            conditions: None,
            case_team: None,
        }
    }
}

/// How to read and import one input.
#[derive(Debug, Clone)]
pub struct Options {
    pub kind: ImportKind,
    pub format: Format,
    pub mapping: Mapping,
    /// The input's name as the user knows it: kept on the batch and in every [`CellError`]
    /// report line the caller writes.
    pub file_name: String,
    /// Write the valid rows even when some are bad (the bad ones go to the sink).
    pub skip_invalid: bool,
    pub defaults: Defaults,
}

/// Hears what the pipeline finds, on the reading thread, in file order.
pub trait Sink: Send + 'static {
    /// A row with errors (every bad cell of it). `record` is the row as read, to give back
    /// in a file that can be fixed and re-imported; `None` when the row could not be read
    /// at all (e.g. a line that is not JSON).
    fn bad_row(&mut self, record: Option<&RawRecord>, errors: &[CellError]) -> std::io::Result<()>;
    /// How far the reading has got: bytes of the (decoded) input and valid rows so far.
    /// Called every 1024 valid rows.
    fn progress(&mut self, _bytes: u64, _valid_rows: u64) {}
}

/// A [`Sink`] that keeps every bad cell and rejected row in memory: for a web page's
/// validation report, an API answer, or tests. (For large inputs, write a sink that streams.)
#[derive(Debug, Default)]
pub struct Collect {
    pub errors: Vec<CellError>,
    pub rejected: Vec<RawRecord>,
}

impl Sink for Collect {
    fn bad_row(&mut self, record: Option<&RawRecord>, errors: &[CellError]) -> std::io::Result<()> {
        self.errors.extend_from_slice(errors);
        if let Some(r) = record {
            self.rejected.push(r.clone());
        }
        Ok(())
    }
}

/// What an import (or a check) found and did.
#[derive(Debug)]
pub struct Outcome<S> {
    /// Rows that passed validation.
    pub valid: u64,
    /// Rows with at least one bad cell (or that could not be read).
    pub invalid: u64,
    /// The committed batch; `None` when nothing was written (bad rows without
    /// `skip_invalid`, or a [`check`]).
    pub batch: Option<ImportBatch>,
    /// The sink, given back so the caller can finish its files.
    pub sink: S,
}

impl<S> Outcome<S> {
    pub fn rows(&self) -> u64 {
        self.valid + self.invalid
    }
}

/// What stops an input from being imported at all (bad rows do not: they are reported to
/// the sink and counted in the [`Outcome`]).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The mapping, or the input as a whole (no header row, not JSON, unreadable).
    #[error("{0}")]
    Ingest(#[from] IngestError),
    /// Starting or committing the batch failed (e.g. the role may not import).
    #[error("{0}")]
    Store(#[from] StoreError),
    /// Writing a chunk failed; the batch is dropped and nothing is written.
    #[error("{file}: near line {line}: {source}")]
    Write {
        file: String,
        line: u64,
        source: StoreError,
    },
    /// The sink could not record a bad row.
    #[error("writing the report: {0}")]
    Sink(std::io::Error),
    #[error("the reading thread stopped: {0}")]
    Thread(String),
}

/// What the reading thread sends to the writer.
enum Msg {
    /// Valid rows, and the line of the last one (for error messages).
    Rows(ImportRows, u64),
    /// A bad row was found and nothing is to be written: the import can be dropped now
    /// (releasing SQLite's write lock) while the rest of the input is checked for the sink.
    Invalid,
}

/// Validates every row of `input` and reports the bad ones to `sink`; writes nothing and
/// needs no database (links' ends are not looked up: see `import`).
pub async fn check<S: Sink>(
    input: Box<dyn Read + Send>,
    opts: Options,
    sink: S,
) -> Result<Outcome<S>, LoadError> {
    let (valid, invalid, sink) = tokio::task::spawn_blocking(move || {
        let mut sink = sink;
        let counts = read_rows(input, &opts, Uuid::nil(), None, &mut sink)?;
        Ok::<_, LoadError>((counts.0, counts.1, sink))
    })
    .await
    .map_err(|e| LoadError::Thread(e.to_string()))??;
    Ok(Outcome {
        valid,
        invalid,
        batch: None,
        sink,
    })
}

/// Imports `input` as one batch of `opts.kind` from `source`, acting as `ctx` (owner:
/// their organisation). All or nothing unless `opts.skip_invalid`; rows whose
/// `(source, source_id)` is stored are counted as already present, not duplicated.
/// Audited and checked against the policy by the store, like every write.
pub async fn import<S: Sink>(
    store: DynStore,
    ctx: Ctx,
    source: &str,
    input: Box<dyn Read + Send>,
    opts: Options,
    sink: S,
) -> Result<Outcome<S>, LoadError> {
    opts.mapping.check_fields(kinds::fields(opts.kind))?;
    let file_name = opts.file_name.clone();
    let skip_invalid = opts.skip_invalid;
    let mut import: Option<Box<dyn RecordImport>> = Some(
        store
            .begin_import(&ctx, opts.kind, source, &file_name)
            .await?,
    );
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Msg>(2);
    let owner_org = ctx.actor.org_id;
    let lookup = kinds::Lookup::new(store.clone(), ctx.clone(), source);
    let reader = tokio::task::spawn_blocking(move || {
        let mut sink = sink;
        let counts = read_rows(input, &opts, owner_org, Some((tx, lookup)), &mut sink)?;
        Ok::<_, LoadError>((counts.0, counts.1, sink))
    });
    let mut failed = None;
    while let Some(msg) = rx.recv().await {
        match msg {
            Msg::Rows(rows, line) => {
                if let Some(imp) = import.as_mut() {
                    if let Err(source) = imp.add(rows).await {
                        failed = Some(LoadError::Write {
                            file: file_name.clone(),
                            line,
                            source,
                        });
                        break;
                    }
                }
            }
            // Rolled back now; nothing of this import is written.
            Msg::Invalid => import = None,
        }
    }
    drop(rx);
    let (valid, invalid, sink) = reader
        .await
        .map_err(|e| LoadError::Thread(e.to_string()))??;
    if let Some(e) = failed {
        return Err(e);
    }
    let batch = match import {
        Some(imp) if invalid == 0 || skip_invalid => Some(imp.commit(invalid as i64).await?),
        _ => None,
    };
    Ok(Outcome {
        valid,
        invalid,
        batch,
        sink,
    })
}

/// Reads and validates every row, once, with the kind's validator. Valid rows go to `out`
/// in chunks while the input is clean (or always, with `skip_invalid`); bad rows go to
/// the sink. Returns (valid, invalid).
fn read_rows<S: Sink>(
    input: Box<dyn Read + Send>,
    opts: &Options,
    owner_org: Uuid,
    out: Option<(tokio::sync::mpsc::Sender<Msg>, kinds::Lookup)>,
    sink: &mut S,
) -> Result<(u64, u64), LoadError> {
    opts.mapping.check_fields(kinds::fields(opts.kind))?;
    let (out, lookup) = match out {
        Some((tx, l)) => (Some(tx), Some(l)),
        None => (None, None),
    };
    let ctx = kinds::RowCtx {
        mapping: &opts.mapping,
        defaults: &opts.defaults,
        owner_org,
        lookup: lookup.as_ref(),
    };
    match opts.kind {
        ImportKind::Person => read_kind(kinds::People::new(&ctx), input, opts, out, sink),
        ImportKind::Case => read_kind(kinds::Cases::new(&ctx), input, opts, out, sink),
        ImportKind::Intel => read_kind(kinds::Intel::new(&ctx), input, opts, out, sink),
        ImportKind::Link => read_kind(kinds::Links::new(&ctx), input, opts, out, sink),
    }
}

/// The one read loop, for every kind.
fn read_kind<K: kinds::Kind, S: Sink>(
    mut kind: K,
    input: Box<dyn Read + Send>,
    opts: &Options,
    out: Option<tokio::sync::mpsc::Sender<Msg>>,
    sink: &mut S,
) -> Result<(u64, u64), LoadError> {
    let mut out = out;
    let mut records = RecordReader::new(input, opts.format, &opts.mapping)?;
    let mut row = Row::default();
    let mut chunk = Vec::with_capacity(CHUNK);
    let (mut valid, mut invalid) = (0u64, 0u64);
    loop {
        let (errors, unreadable) = match records.read_row(&mut row) {
            Ok(false) => break,
            Ok(true) => match kind.validate(&row) {
                Ok(item) => {
                    valid += 1;
                    if let Some(tx) = &out {
                        chunk.push(item);
                        if chunk.len() == CHUNK {
                            let rows = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                            if tx
                                .blocking_send(Msg::Rows(K::rows(rows), row.line))
                                .is_err()
                            {
                                // The writer stopped (and says why); stop reading.
                                out = None;
                            }
                        }
                    }
                    if valid & 1023 == 0 {
                        sink.progress(row.byte, valid);
                    }
                    continue;
                }
                Err(errs) => (errs, false),
            },
            Err(e) => (vec![malformed(e)?], true),
        };
        invalid += 1;
        if invalid == 1 && !opts.skip_invalid {
            // Nothing will be written: tell the writer now, keep checking for the sink.
            if let Some(tx) = out.take() {
                let _ = tx.blocking_send(Msg::Invalid);
            }
            chunk = Vec::new();
        }
        let rec = (!unreadable).then(|| row.to_raw());
        sink.bad_row(rec.as_ref(), &errors)
            .map_err(LoadError::Sink)?;
    }
    if let Some(tx) = &out {
        if !chunk.is_empty() {
            let _ = tx.blocking_send(Msg::Rows(K::rows(chunk), row.line));
        }
    }
    sink.progress(row.byte, valid);
    Ok((valid, invalid))
}

/// A row the reader could not read at all becomes a bad row with its line.
fn malformed(e: IngestError) -> Result<CellError, LoadError> {
    match e {
        IngestError::Malformed { line, message } => Ok(CellError {
            line,
            column: String::new(),
            value: String::new(),
            reason: message,
        }),
        other => Err(other.into()),
    }
}

#[cfg(test)]
mod tests;
