//! Web upload of import files: the same files as `sightline import`, with a preview of how
//! they will be read and mapped and a validation report over the whole file before
//! anything is written; then the import itself, through the same pipeline as the CLI
//! (all or nothing, or skipping invalid rows), and the list of batches with rollback.
//!
//! An upload waits server-side as a *pending upload*: a directory under
//! [`crate::WebConfig::upload_dir`] named by a random 256-bit id, holding the file, the
//! choices made on the form (`meta.json`), the preview (`report.json`), every bad cell
//! (`errors.csv`) and, after the import, its result and rejected rows. Only the user who
//! uploaded it can see it; it is removed on cancel, after the import (the file itself), and
//! a day after it was made. Who may import is the policy's `may_import`.

use std::io::Write;
use std::path::{Path, PathBuf};

use askama::Template;
use axum::body::Bytes;
use axum::extract::multipart::Field;
use axum::extract::{Multipart, Path as UrlPath, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sightline_core::{may_import, Classification, HandlingCode, Markings, ValidationError};
use sightline_ingest::{IngestError, PersonMapper, RecordReader, Row};
use sightline_load::{
    CellError, Defaults, Format, ImportKind, LoadError, Mapping, Options as LoadOptions, RawRecord,
    RejectedRows, Sink,
};
use sightline_store::{AuditEvent, ImportBatch, Outcome, StoreError};
use uuid::Uuid;

use crate::error::{Failure, PageError};
use crate::pages::{nav, options, FormData, MarkingsForm, Nav, Options};
use crate::session::WebUser;
use crate::AppState;

type PageResult = Result<Response, PageError>;

/// Bad cells shown on the preview page; every one is in the downloadable errors CSV.
const SHOWN_ERRORS: usize = 200;
/// Rows shown as they will be stored.
const SAMPLE_ROWS: usize = 10;
/// Largest mapping accepted (as a file or typed).
const MAPPING_LIMIT: usize = 64 * 1024;
/// Largest other form field.
const FIELD_LIMIT: usize = 4 * 1024;
/// Pending uploads older than this are removed.
const KEEP_HOURS: i64 = 24;

/// The kinds of record a file can hold (every kind the import pipeline knows), for the form.
fn kinds() -> Vec<(&'static str, String)> {
    ImportKind::ALL
        .iter()
        .map(|k| (k.code(), capitalise(k.plural())))
        .collect()
}

/// Every route but the upload itself (which has its own body limit and timeout).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/imports", get(list))
        .route("/imports/upload", get(form))
        .route("/imports/{id}", get(preview))
        .route("/imports/{id}/errors.csv", get(errors_csv))
        .route("/imports/{id}/cancel", post(cancel))
        .route("/imports/{id}/done", get(done))
        .route("/imports/{id}/rejected", get(rejected))
        .route(
            "/imports/batches/{id}/rollback",
            get(rollback_page).post(rollback),
        )
}

/// The routes that take long: `POST /imports/upload` (a multipart body that counts its own
/// limit) and the import itself (a small form that may run for a while).
pub fn upload_routes() -> Router<AppState> {
    Router::new().route("/imports/upload", post(receive)).route(
        "/imports/{id}/import",
        post(import).layer(axum::extract::DefaultBodyLimit::max(16 * 1024)),
    )
}

/// Only roles that may import get past; others are refused (and the refusal audited).
async fn importer(state: &AppState, u: &WebUser) -> Result<(), PageError> {
    if may_import(u.user.role) {
        return Ok(());
    }
    let ev = AuditEvent::by(&u.ctx, "import", "import_batch", "", Outcome::Denied)
        .with_detail("role may not import records");
    state.store.audit(ev).await?;
    Err(PageError(Failure::Forbidden(
        "your role cannot import records".into(),
    )))
}

// ---------------------------------------------------------------- pending uploads

/// What was chosen on the upload form, kept beside the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Meta {
    user_id: Uuid,
    created_at: DateTime<Utc>,
    file_name: String,
    size: u64,
    kind: String,
    source: String,
    mapping: String,
    /// `csv`, `json` or `jsonl`.
    format: String,
    skip_invalid: bool,
    classification: String,
    handling_code: String,
    handling_conditions: Option<String>,
    case_team: Option<Uuid>,
    purpose: String,
}

impl Meta {
    fn format(&self) -> Format {
        match self.format.as_str() {
            "json" => Format::Json,
            "jsonl" => Format::JsonLines,
            _ => Format::Csv,
        }
    }

    fn mapping(&self) -> Result<Mapping, IngestError> {
        if self.mapping.trim().is_empty() {
            Ok(Mapping::default())
        } else {
            Mapping::from_toml(&self.mapping)
        }
    }

    fn markings(&self, owner_org: Uuid) -> Markings {
        Markings {
            classification: self
                .classification
                .parse()
                .unwrap_or(Classification::OfficialSensitive),
            handling_code: self.handling_code.parse().unwrap_or(HandlingCode::P),
            handling_conditions: self.handling_conditions.clone(),
            owner_org,
            case_team: self.case_team,
        }
    }

    fn rejected_name(&self) -> &'static str {
        if self.format() == Format::Csv {
            "rejected.csv"
        } else {
            "rejected.jsonl"
        }
    }
}

/// One bad cell, as shown.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cell {
    line: u64,
    column: String,
    value: String,
    reason: String,
}

impl From<CellError> for Cell {
    fn from(e: CellError) -> Self {
        Cell {
            line: e.line,
            column: e.column,
            value: e.value,
            reason: e.reason,
        }
    }
}

/// How one field is filled, as shown.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct FieldRow {
    field: String,
    column: String,
    found: bool,
    default: Option<String>,
    codes: usize,
}

/// The preview: computed once, when the file arrives, over the whole file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Report {
    /// Something wrong with the file as a whole (cannot be read at all).
    fatal: Option<String>,
    format: String,
    encoding: String,
    delimiter: Option<String>,
    headers: Vec<String>,
    fields: Vec<FieldRow>,
    ignored: Vec<String>,
    missing: Vec<String>,
    /// The first rows, with their line: as they will be stored (normalised) when
    /// `sample_normalised`, else as read.
    sample_header: Vec<String>,
    sample: Vec<Vec<String>>,
    sample_normalised: bool,
    valid: u64,
    invalid: u64,
    cells: Vec<Cell>,
    cells_total: u64,
}

/// What an import did, kept for the result page.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Done {
    batch_id: Uuid,
    written: i64,
    existing: i64,
    rejected: i64,
    rejected_file: bool,
}

/// A pending upload's directory; ids are checked so a path cannot leave the upload dir.
fn pending_dir(state: &AppState, id: &str) -> Result<PathBuf, PageError> {
    let ok = id.len() == 43
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !ok {
        return Err(PageError(Failure::NotFound));
    }
    Ok(state.config.upload_dir.join(id))
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), Failure> {
    let bytes = serde_json::to_vec(value).map_err(|e| Failure::Internal(e.to_string()))?;
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)
        .and_then(|_| std::fs::rename(&tmp, path))
        .map_err(|e| Failure::Internal(format!("upload dir: {e}")))
}

/// The pending upload `id` of this user; anyone else's (or none) is "not found".
async fn load(state: &AppState, u: &WebUser, id: &str) -> Result<(PathBuf, Meta), PageError> {
    importer(state, u).await?;
    let dir = pending_dir(state, id)?;
    let meta: Meta = read_json(&dir.join("meta.json")).ok_or(PageError(Failure::NotFound))?;
    if meta.user_id != u.user.id {
        let ev = AuditEvent::by(&u.ctx, "read", "import_upload", id, Outcome::Denied)
            .with_detail("another user's upload");
        state.store.audit(ev).await?;
        return Err(PageError(Failure::NotFound));
    }
    Ok((dir, meta))
}

/// Creates the upload directory (owner-only) and removes pending uploads over a day old.
fn prepare_dir(root: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(root)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(root, std::fs::Permissions::from_mode(0o700))?;
    }
    let cutoff =
        std::time::SystemTime::now() - std::time::Duration::from_secs(KEEP_HOURS as u64 * 3600);
    for entry in std::fs::read_dir(root)?.flatten() {
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .map(|t| t < cutoff)
            .unwrap_or(false);
        if old {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- the list of batches

#[derive(Template)]
#[template(path = "imports.html")]
struct ListPage {
    nav: Nav,
    /// Each batch with who made it and what it holds, in words.
    batches: Vec<(ImportBatch, String, String)>,
    notice: Option<String>,
}

#[derive(Deserialize)]
struct ListQuery {
    rolled_back: Option<String>,
    cancelled: Option<String>,
}

async fn list(State(state): State<AppState>, u: WebUser, Query(q): Query<ListQuery>) -> PageResult {
    importer(&state, &u).await?;
    let mut names = std::collections::HashMap::new();
    let mut batches = Vec::new();
    for b in state.store.list_batches(&u.ctx).await? {
        if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(b.created_by) {
            let name = match state.store.get_user(b.created_by).await {
                Ok(user) => user.display_name,
                Err(_) => "unknown".into(),
            };
            slot.insert(name);
        }
        let by = names[&b.created_by].clone();
        let kind = b
            .kind
            .parse::<ImportKind>()
            .map(|k| capitalise(k.plural()))
            .unwrap_or_else(|_| b.kind.clone());
        batches.push((b, by, kind));
    }
    let notice = if let Some(id) = q.rolled_back {
        Some(format!(
            "Batch {id} was rolled back: the records it brought in are removed."
        ))
    } else {
        q.cancelled
            .map(|_| "The upload was cancelled and its file deleted; nothing was imported.".into())
    };
    Ok(Html(
        ListPage {
            nav: nav(&state, &u).await?,
            batches,
            notice,
        }
        .render()?,
    )
    .into_response())
}

// ---------------------------------------------------------------- the upload form

/// The form's values as typed (the file itself has to be chosen again after an error).
#[derive(Default)]
struct FormValues {
    kind: String,
    source: String,
    format: String,
    mapping: String,
    skip_invalid: bool,
}

#[derive(Template)]
#[template(path = "upload_form.html")]
struct FormPage {
    nav: Nav,
    opts: Options,
    m: MarkingsForm,
    v: FormValues,
    kinds: Vec<(&'static str, String)>,
    limit_mb: usize,
    errors: Vec<(String, String)>,
}

impl FormPage {
    /// The message for `field`, shown beside it as well as in the summary.
    fn error_for(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.as_str())
    }
}

async fn form(State(state): State<AppState>, u: WebUser) -> PageResult {
    importer(&state, &u).await?;
    let v = FormValues {
        kind: "person".into(),
        ..Default::default()
    };
    form_page(&state, &u, v, MarkingsForm::fresh(), vec![], StatusCode::OK).await
}

async fn form_page(
    state: &AppState,
    u: &WebUser,
    v: FormValues,
    m: MarkingsForm,
    errors: Vec<(String, String)>,
    status: StatusCode,
) -> PageResult {
    let page = FormPage {
        nav: nav(state, u).await?,
        opts: options(u),
        m,
        v,
        kinds: kinds(),
        limit_mb: state.config.upload_limit / (1024 * 1024),
        errors,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// Reads a small form field, refusing more than `cap` bytes.
async fn small_field(field: &mut Field<'_>, cap: usize) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(multipart_failure)? {
        if out.len() + chunk.len() > cap {
            return Err(Failure::Invalid {
                field: field.name().unwrap_or("form").to_string(),
                message: format!("is longer than {} KiB", cap / 1024),
            });
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

fn multipart_failure(e: axum::extract::multipart::MultipartError) -> Failure {
    Failure::Invalid {
        field: "file".into(),
        message: format!("the upload could not be read ({e}); try again"),
    }
}

/// Removes a pending upload's directory unless it is kept.
struct DirGuard {
    dir: PathBuf,
    keep: bool,
}

impl Drop for DirGuard {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// `POST /imports/upload`: streams the file to disk (never more than the limit), checks the
/// form, then reads and validates the whole file once for the preview.
async fn receive(State(state): State<AppState>, u: WebUser, mut mp: Multipart) -> PageResult {
    importer(&state, &u).await?;
    let root = state.config.upload_dir.clone();
    tokio::task::spawn_blocking(move || prepare_dir(&root))
        .await
        .map_err(|e| Failure::Internal(e.to_string()))?
        .map_err(|e| Failure::Internal(format!("upload dir: {e}")))?;
    let id = crate::auth::random_token();
    let dir = pending_dir(&state, &id)?;
    std::fs::create_dir(&dir).map_err(|e| Failure::Internal(format!("upload dir: {e}")))?;
    let mut guard = DirGuard {
        dir: dir.clone(),
        keep: false,
    };
    let limit = state.config.upload_limit as u64;

    let mut fields = FormData::default();
    let mut mapping_file = Vec::new();
    let mut file_name = String::new();
    let mut size: u64 = 0;
    let mut too_big = false;
    let mut errors: Vec<(String, String)> = Vec::new();
    let mut read_error = None;
    loop {
        let mut field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                read_error = Some(multipart_failure(e));
                break;
            }
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" || name == "mapping_file" {
            // The form sends its token first: nothing is written to disk for a forged form.
            u.check_csrf(&state, &fields.get("csrf")).await?;
        }
        match name.as_str() {
            "file" => {
                file_name = field
                    .file_name()
                    .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).to_string())
                    .unwrap_or_default();
                let mut out = tokio::fs::File::create(dir.join("file"))
                    .await
                    .map_err(|e| Failure::Internal(format!("upload dir: {e}")))?;
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => {
                            size += chunk.len() as u64;
                            if size > limit {
                                // Keep reading (and dropping) so the browser gets the answer.
                                too_big = true;
                                if size > limit.saturating_mul(4) {
                                    break;
                                }
                                continue;
                            }
                            tokio::io::AsyncWriteExt::write_all(&mut out, &chunk)
                                .await
                                .map_err(|e| Failure::Internal(format!("upload dir: {e}")))?;
                        }
                        Ok(None) => break,
                        Err(e) => {
                            read_error = Some(multipart_failure(e));
                            break;
                        }
                    }
                }
                tokio::io::AsyncWriteExt::flush(&mut out)
                    .await
                    .map_err(|e| Failure::Internal(format!("upload dir: {e}")))?;
                // Past the limit the other fields are still read, so the form comes back
                // filled in; far past it, reading stops.
                if size > limit.saturating_mul(4) || read_error.is_some() {
                    break;
                }
            }
            "mapping_file" => match small_field(&mut field, MAPPING_LIMIT).await {
                Ok(b) => mapping_file = b,
                Err(Failure::Invalid { .. }) => errors.push((
                    "mapping_file".into(),
                    format!(
                        "The mapping file is larger than {} KiB",
                        MAPPING_LIMIT / 1024
                    ),
                )),
                Err(e) => return Err(PageError(e)),
            },
            _ => {
                let cap = if name == "mapping_text" {
                    MAPPING_LIMIT
                } else {
                    FIELD_LIMIT
                };
                match small_field(&mut field, cap).await {
                    Ok(b) => fields.push(name, String::from_utf8_lossy(&b).into_owned()),
                    Err(Failure::Invalid { message, .. }) => errors.push((
                        name.clone(),
                        format!("{}: {message}", name.replace('_', " ")),
                    )),
                    Err(e) => return Err(PageError(e)),
                }
            }
        }
    }
    // The CSRF token is checked before anything from the form is used.
    u.check_csrf(&state, &fields.get("csrf")).await?;

    let mut v = FormValues {
        kind: fields.get("kind"),
        source: fields.get("source").trim().to_string(),
        format: fields.get("format"),
        mapping: fields.get("mapping_text"),
        skip_invalid: fields.get("skip_invalid") == "yes",
    };
    let m = MarkingsForm {
        classification: fields.get("classification"),
        handling_code: fields.get("handling_code"),
        handling_conditions: fields.get("handling_conditions"),
        case_team: fields.get("case_team"),
        purpose: fields.get("purpose"),
    };
    let limit_mb = state.config.upload_limit / (1024 * 1024);
    if too_big {
        errors.push((
            "file".into(),
            format!("The file is larger than {limit_mb} MB. Split it into smaller files, or import it on the server with `sightline import`"),
        ));
    } else if let Some(Failure::Invalid { message, .. }) = read_error {
        errors.push(("file".into(), capitalise(&message)));
    } else if file_name.is_empty() || size == 0 {
        errors.push((
            "file".into(),
            if file_name.is_empty() {
                "Choose a file to upload".to_string()
            } else {
                format!("The file {file_name} is empty")
            },
        ));
    }
    let kind = match v.kind.parse::<ImportKind>() {
        Ok(k) => Some(k),
        Err(_) => {
            errors.push(("kind".into(), "Choose what the rows are".into()));
            None
        }
    };
    let format = match v.format.as_str() {
        "" => Format::from_name(&file_name),
        "csv" => Format::Csv,
        "json" => Format::Json,
        "jsonl" => Format::JsonLines,
        _ => {
            errors.push(("format".into(), "Choose a format from the list".into()));
            Format::Csv
        }
    };
    // A mapping file wins over the box; either way it must parse.
    let mapping_text = if mapping_file.is_empty() {
        v.mapping.clone()
    } else {
        match String::from_utf8(mapping_file) {
            Ok(t) => t,
            Err(_) => {
                errors.push((
                    "mapping_file".into(),
                    "The mapping file must be text (UTF-8 TOML)".into(),
                ));
                String::new()
            }
        }
    };
    let mapping = match (
        mapping_text.trim().is_empty(),
        Mapping::from_toml(&mapping_text),
    ) {
        (true, _) => Mapping::default(),
        (false, Ok(m)) => m,
        (false, Err(e)) => {
            let field = if v.mapping.trim().is_empty() {
                "mapping_file"
            } else {
                "mapping_text"
            };
            errors.push((field.into(), format!("The mapping is not valid: {e}")));
            Mapping::default()
        }
    };
    if let (Some(k), false) = (kind, mapping_text.trim().is_empty()) {
        if let Err(e) = mapping.check_fields(sightline_load::fields(k)) {
            let field = if v.mapping.trim().is_empty() {
                "mapping_file"
            } else {
                "mapping_text"
            };
            errors.push((field.into(), format!("The mapping does not fit: {e}")));
        }
    }
    if v.source.is_empty() {
        v.source = mapping.source.clone().unwrap_or_else(|| file_name.clone());
    }
    if v.source.chars().count() > 200 {
        errors.push((
            "source".into(),
            "Name the source in at most 200 characters".into(),
        ));
    }
    let markings = match m.parse(&u) {
        Ok(mk) => Some(mk),
        Err(e) => {
            errors.push((e.field.clone(), crate::pages::sentence(&e)));
            None
        }
    };
    let Some(markings) = markings.filter(|_| errors.is_empty()) else {
        if v.source == file_name {
            v.source.clear();
        }
        drop(guard);
        let status = if too_big {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return form_page(&state, &u, v, m, errors, status).await;
    };

    let meta = Meta {
        user_id: u.user.id,
        created_at: Utc::now(),
        file_name: file_name.clone(),
        size,
        kind: v.kind.clone(),
        source: v.source.clone(),
        mapping: mapping_text,
        format: match format {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::JsonLines => "jsonl",
        }
        .into(),
        skip_invalid: v.skip_invalid,
        classification: markings.classification.code().into(),
        handling_code: markings.handling_code.code().into(),
        handling_conditions: markings.handling_conditions.clone(),
        case_team: markings.case_team,
        purpose: m.purpose.trim().chars().take(500).collect(),
    };
    write_json(&dir.join("meta.json"), &meta)?;
    let report = check(dir.clone(), meta.clone(), mapping).await;
    write_json(&dir.join("report.json"), &report)?;
    guard.keep = true;
    let ev = AuditEvent::by(
        &u.with_purpose(&meta.purpose),
        "upload",
        "import_upload",
        &id,
        Outcome::Allowed,
    )
    .with_detail(format!(
        "{} ({} bytes) as {} from '{}': {} valid rows, {} rows with errors",
        meta.file_name, meta.size, meta.kind, meta.source, report.valid, report.invalid
    ));
    state.store.audit(ev).await?;
    Ok(Redirect::to(&format!("/imports/{id}")).into_response())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn delimiter_label(d: char) -> String {
    match d {
        ',' => "comma (,)".into(),
        ';' => "semicolon (;)".into(),
        '\t' => "tab".into(),
        '|' => "vertical bar (|)".into(),
        other => format!("'{other}'"),
    }
}

fn format_label(f: Format) -> &'static str {
    match f {
        Format::Csv => "CSV",
        Format::Json => "JSON (an array of objects)",
        Format::JsonLines => "JSON Lines (one object per line)",
    }
}

/// Hears the shared pipeline's bad rows: every bad cell goes to a CSV (guarded against
/// spreadsheet formulas, since people open it in one), the first [`SHOWN_ERRORS`] are kept
/// for the page, and, when the valid rows are imported without the bad ones, each
/// rejected row goes to the file offered for download (the CLI's format, to fix and upload
/// again).
struct WebSink {
    file_name: String,
    errors: csv::Writer<std::fs::File>,
    cells: Vec<Cell>,
    cells_total: u64,
    rejected: Option<(std::io::BufWriter<std::fs::File>, RejectedRows)>,
}

impl WebSink {
    fn create(
        errors_path: &Path,
        file_name: &str,
        rejected: Option<(&Path, bool)>,
    ) -> std::io::Result<WebSink> {
        let mut errors = csv::Writer::from_path(errors_path).map_err(std::io::Error::other)?;
        errors
            .write_record(["file", "line", "column", "value", "reason"])
            .map_err(std::io::Error::other)?;
        let rejected = match rejected {
            Some((path, json)) => Some((
                std::io::BufWriter::new(std::fs::File::create(path)?),
                RejectedRows::new(json),
            )),
            None => None,
        };
        Ok(WebSink {
            file_name: file_name.to_string(),
            errors,
            cells: Vec::new(),
            cells_total: 0,
            rejected,
        })
    }

    fn finish(&mut self) -> std::io::Result<()> {
        self.errors.flush()?;
        if let Some((out, _)) = self.rejected.as_mut() {
            out.flush()?;
        }
        Ok(())
    }
}

impl Sink for WebSink {
    fn bad_row(&mut self, record: Option<&RawRecord>, errors: &[CellError]) -> std::io::Result<()> {
        if let Some((out, rows)) = self.rejected.as_mut() {
            rows.write(out, record, errors)?;
        }
        for e in errors {
            self.cells_total += 1;
            let line = e.line.to_string();
            let cells = [
                self.file_name.as_str(),
                line.as_str(),
                e.column.as_str(),
                e.value.as_str(),
                e.reason.as_str(),
            ]
            .map(sightline_export::csv_export::guard);
            self.errors
                .write_record(cells.iter().map(|c| c.as_ref()))
                .map_err(std::io::Error::other)?;
            if self.cells.len() < SHOWN_ERRORS {
                self.cells.push(e.clone().into());
            }
        }
        Ok(())
    }
}

/// The pipeline's options for a pending upload.
fn load_options(meta: &Meta, kind: ImportKind, mapping: Mapping) -> LoadOptions {
    let m = meta.markings(Uuid::nil());
    LoadOptions {
        kind,
        format: meta.format(),
        mapping,
        file_name: meta.file_name.clone(),
        skip_invalid: meta.skip_invalid,
        defaults: Defaults {
            classification: m.classification,
            handling_code: m.handling_code,
            conditions: m.handling_conditions,
            case_team: m.case_team,
        },
    }
}

fn open_input(path: &Path) -> Result<Box<dyn std::io::Read + Send>, String> {
    std::fs::File::open(path)
        .map(|f| {
            Box::new(std::io::BufReader::with_capacity(256 * 1024, f))
                as Box<dyn std::io::Read + Send>
        })
        .map_err(|e| format!("the uploaded file cannot be read: {e}"))
}

/// Reads the whole file as the import will, without writing anything: how it is read
/// (format, encoding, delimiter), how its columns map, the first rows as they will be
/// stored, and the shared pipeline's dry run (`sightline_load::check`) for every bad cell
/// (all in `errors.csv`, the first [`SHOWN_ERRORS`] in the report), so the preview counts
/// exactly what the import will.
async fn check(dir: PathBuf, meta: Meta, mapping: Mapping) -> Report {
    let mut report = Report {
        format: format_label(meta.format()).into(),
        ..Default::default()
    };
    if let Err(e) = check_into(&dir, &meta, mapping, &mut report).await {
        report.fatal = Some(e);
    }
    report
}

async fn check_into(
    dir: &Path,
    meta: &Meta,
    mapping: Mapping,
    report: &mut Report,
) -> Result<(), String> {
    let kind: ImportKind = meta.kind.parse().map_err(|e: ValidationError| e.message)?;
    let (d, m, mp) = (dir.to_path_buf(), meta.clone(), mapping.clone());
    let shape = tokio::task::spawn_blocking(move || first_rows(&d, &m, kind, &mp))
        .await
        .map_err(|e| e.to_string())??;
    *report = Report {
        format: std::mem::take(&mut report.format),
        ..shape
    };
    let cols = sightline_ingest::columns(&mapping, sightline_load::fields(kind), &report.headers);
    report.fields = cols
        .fields
        .into_iter()
        .map(|f| FieldRow {
            field: f.field.into(),
            column: f.column,
            found: f.found,
            default: f.default,
            codes: f.codes,
        })
        .collect();
    report.ignored = cols.ignored;
    report.missing = cols.missing;

    let sink = WebSink::create(&dir.join("errors.csv"), &meta.file_name, None)
        .map_err(|e| format!("cannot write the report: {e}"))?;
    let input = open_input(&dir.join("file"))?;
    let out = sightline_load::check(input, load_options(meta, kind, mapping), sink)
        .await
        .map_err(|e| e.to_string())?;
    let mut sink = out.sink;
    sink.finish()
        .map_err(|e| format!("cannot write the report: {e}"))?;
    report.valid = out.valid;
    report.invalid = out.invalid;
    report.cells = sink.cells;
    report.cells_total = sink.cells_total;
    Ok(())
}

/// How the file is read, its columns, and its first rows: for people as they will be
/// stored (normalised by the same validation the import uses); for other kinds as read.
fn first_rows(
    dir: &Path,
    meta: &Meta,
    kind: ImportKind,
    mapping: &Mapping,
) -> Result<Report, String> {
    let path = dir.join("file");
    let detected = sightline_ingest::detect(open_input(&path)?, meta.format(), mapping)
        .map_err(|e| format!("the uploaded file cannot be read: {e}"))?;
    let mut report = Report {
        encoding: detected.encoding,
        delimiter: detected.delimiter.map(|d| {
            let mut s = delimiter_label(d);
            if detected.delimiter_guessed {
                s.push_str(", guessed from the header line");
            }
            s
        }),
        ..Default::default()
    };
    let mut records =
        RecordReader::new(open_input(&path)?, meta.format(), mapping).map_err(|e| e.to_string())?;
    let mut mapper = PersonMapper::new(mapping);
    let mut row = Row::default();
    let defaults = meta.markings(Uuid::nil());
    let mut raw = Vec::new();
    // Look a little way in for valid rows to show, not through the whole file.
    for _ in 0..1000 {
        match records.read_row(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            Err(IngestError::Malformed { .. }) => continue,
            Err(e) => return Err(e.to_string()),
        }
        if raw.len() < SAMPLE_ROWS {
            for h in row.headers() {
                if !report.headers.contains(h) {
                    report.headers.push(h.clone());
                }
            }
            raw.push(row.to_raw());
        }
        if kind != ImportKind::Person {
            if raw.len() == SAMPLE_ROWS {
                break;
            }
            continue;
        }
        if let Ok(p) = mapper.person(&row) {
            let notes: String = p.person.notes.chars().take(80).collect();
            report.sample.push(vec![
                p.line.to_string(),
                p.source_id,
                p.person.given_name,
                p.person.family_name,
                p.person.date_of_birth.unwrap_or_default(),
                p.person.gender.label().into(),
                p.person.nationality.unwrap_or_default(),
                notes,
                p.classification
                    .unwrap_or(defaults.classification)
                    .label()
                    .into(),
                p.handling_code
                    .unwrap_or(defaults.handling_code)
                    .code()
                    .into(),
            ]);
            if report.sample.len() == SAMPLE_ROWS {
                break;
            }
        }
    }
    if kind == ImportKind::Person {
        report.sample_header = [
            "Line",
            "Source id",
            "Given name",
            "Family name",
            "Date of birth",
            "Gender",
            "Nationality",
            "Notes",
            "Classification",
            "Handling",
        ]
        .map(String::from)
        .into();
        report.sample_normalised = true;
    } else {
        report.sample_header = std::iter::once("Line".to_string())
            .chain(report.headers.iter().cloned())
            .collect();
        report.sample = raw
            .iter()
            .map(|r| {
                std::iter::once(r.line.to_string())
                    .chain(
                        report
                            .headers
                            .iter()
                            .map(|h| r.get(h).unwrap_or_default().to_string()),
                    )
                    .collect()
            })
            .collect();
    }
    Ok(report)
}

// ---------------------------------------------------------------- the preview

#[derive(Template)]
#[template(path = "upload_preview.html")]
struct PreviewPage {
    nav: Nav,
    id: String,
    meta: Meta,
    r: Report,
    team: Option<String>,
    kind_label: String,
    more_cells: u64,
    errors: Vec<(String, String)>,
}

impl PreviewPage {
    /// Whether the import button may be used.
    fn can_import(&self) -> bool {
        self.r.fatal.is_none()
            && self.r.valid > 0
            && (self.r.invalid == 0 || self.meta.skip_invalid)
    }
}

async fn preview(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
) -> PageResult {
    let (dir, meta) = load(&state, &u, &id).await?;
    if dir.join("done.json").exists() {
        return Ok(Redirect::to(&format!("/imports/{id}/done")).into_response());
    }
    let ev = AuditEvent::by(
        &u.with_purpose(&meta.purpose),
        "preview",
        "import_upload",
        &id,
        Outcome::Allowed,
    )
    .with_detail(&meta.file_name);
    state.store.audit(ev).await?;
    preview_page(&state, &u, id, &dir, meta, vec![]).await
}

async fn preview_page(
    state: &AppState,
    u: &WebUser,
    id: String,
    dir: &Path,
    meta: Meta,
    errors: Vec<(String, String)>,
) -> PageResult {
    let r: Report = read_json(&dir.join("report.json")).ok_or(PageError(Failure::NotFound))?;
    let team = meta
        .case_team
        .and_then(|t| u.teams.iter().find(|x| x.id == t))
        .map(|t| t.name.clone());
    let more_cells = r.cells_total.saturating_sub(r.cells.len() as u64);
    let kind_label = meta
        .kind
        .parse::<ImportKind>()
        .map(|k| capitalise(k.plural()))
        .unwrap_or_else(|_| meta.kind.clone());
    let page = PreviewPage {
        kind_label,
        nav: nav(state, u).await?,
        id,
        meta,
        r,
        team,
        more_cells,
        errors,
    };
    let status = crate::error::form_status(&page.errors);
    Ok((status, Html(page.render()?)).into_response())
}

/// A file to download, never cached.
fn download(name: &str, media_type: &'static str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, media_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

async fn errors_csv(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
) -> PageResult {
    let (dir, meta) = load(&state, &u, &id).await?;
    let body = tokio::fs::read(dir.join("errors.csv"))
        .await
        .map_err(|_| PageError(Failure::NotFound))?;
    let ev = AuditEvent::by(&u.ctx, "export", "import_upload", &id, Outcome::Allowed)
        .with_detail(format!("validation report of {}", meta.file_name));
    state.store.audit(ev).await?;
    Ok(download("errors.csv", "text/csv; charset=utf-8", body))
}

async fn cancel(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> PageResult {
    u.posted(&state, &body).await?;
    let (dir, meta) = load(&state, &u, &id).await?;
    let _ = tokio::fs::remove_dir_all(&dir).await;
    let ev = AuditEvent::by(&u.ctx, "cancel", "import_upload", &id, Outcome::Allowed)
        .with_detail(format!("{}: deleted, nothing imported", meta.file_name));
    state.store.audit(ev).await?;
    Ok(Redirect::to("/imports?cancelled=1").into_response())
}

// ---------------------------------------------------------------- the import

async fn import(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> PageResult {
    u.posted(&state, &body).await?;
    let (dir, meta) = load(&state, &u, &id).await?;
    if dir.join("done.json").exists() {
        return Ok(Redirect::to(&format!("/imports/{id}/done")).into_response());
    }
    let r: Report = read_json(&dir.join("report.json")).ok_or(PageError(Failure::NotFound))?;
    if r.invalid > 0 && !meta.skip_invalid {
        let msg = format!(
            "{} of {} rows have errors, so nothing was imported. Fix them and upload the file again, or upload it again choosing to import the valid rows only",
            r.invalid,
            r.valid + r.invalid
        );
        return preview_page(&state, &u, id, &dir, meta, vec![("bad-cells".into(), msg)]).await;
    }
    // Claim the file, so a second click does not import it twice.
    let claimed = dir.join("file.importing");
    if tokio::fs::rename(dir.join("file"), &claimed).await.is_err() {
        return Err(PageError(Failure::Conflict(
            "this file is being imported already; wait a moment and reload the page".into(),
        )));
    }
    let ctx = u.with_purpose(&meta.purpose);
    let outcome = run_import(&state, &ctx, &dir, &claimed, &meta).await;
    match outcome {
        Ok(done) => {
            write_json(&dir.join("done.json"), &done)?;
            let _ = tokio::fs::remove_file(&claimed).await;
            Ok(Redirect::to(&format!("/imports/{id}/done")).into_response())
        }
        Err(e) => {
            let _ = tokio::fs::rename(&claimed, dir.join("file")).await;
            match e {
                ImportFailure::Refused(msg) => {
                    preview_page(&state, &u, id, &dir, meta, vec![("bad-cells".into(), msg)]).await
                }
                ImportFailure::Store(StoreError::Invalid(v)) => {
                    let msg = crate::pages::sentence(&v);
                    preview_page(&state, &u, id, &dir, meta, vec![("main".into(), msg)]).await
                }
                ImportFailure::Store(e) => Err(PageError(e.into())),
                ImportFailure::Other(m) => Err(PageError(Failure::Internal(m))),
            }
        }
    }
}

/// Why an import wrote nothing.
enum ImportFailure {
    /// The file has bad rows (and invalid rows are not to be skipped).
    Refused(String),
    Store(StoreError),
    Other(String),
}

/// Runs the import through the shared pipeline (`sightline_load::import`, as the CLI does):
/// all or nothing, or the valid rows with the rejected ones kept to download. The store
/// checks every row against the policy and audits the batch.
async fn run_import(
    state: &AppState,
    ctx: &sightline_store::Ctx,
    dir: &Path,
    file: &Path,
    meta: &Meta,
) -> Result<Done, ImportFailure> {
    let kind: ImportKind = meta
        .kind
        .parse()
        .map_err(|e: ValidationError| ImportFailure::Refused(e.message))?;
    let mapping = meta
        .mapping()
        .map_err(|e| ImportFailure::Refused(e.to_string()))?;
    let rejected_path = dir.join(meta.rejected_name());
    let sink = WebSink::create(
        &dir.join("errors.import.csv"),
        &meta.file_name,
        meta.skip_invalid
            .then_some((rejected_path.as_path(), meta.format() != Format::Csv)),
    )
    .map_err(|e| ImportFailure::Other(format!("upload dir: {e}")))?;
    let input = open_input(file).map_err(ImportFailure::Other)?;
    let out = sightline_load::import(
        state.store.clone(),
        ctx.clone(),
        &meta.source,
        input,
        load_options(meta, kind, mapping),
        sink,
    )
    .await;
    let out = match out {
        Ok(out) => out,
        Err(LoadError::Ingest(e)) => return Err(ImportFailure::Refused(e.to_string())),
        Err(LoadError::Store(e)) | Err(LoadError::Write { source: e, .. }) => {
            return Err(ImportFailure::Store(e))
        }
        Err(e) => return Err(ImportFailure::Other(e.to_string())),
    };
    let mut sink = out.sink;
    sink.finish()
        .map_err(|e| ImportFailure::Other(format!("upload dir: {e}")))?;
    let Some(batch) = out.batch else {
        // Rows the dry run could not judge (such as a link's ends) failed here: show them.
        if let Some(mut r) = read_json::<Report>(&dir.join("report.json")) {
            r.valid = out.valid;
            r.invalid = out.invalid;
            r.cells = sink.cells;
            r.cells_total = sink.cells_total;
            let _ = write_json(&dir.join("report.json"), &r);
            let _ = std::fs::rename(dir.join("errors.import.csv"), dir.join("errors.csv"));
        }
        return Err(ImportFailure::Refused(format!(
            "{} of {} rows have errors, so nothing was imported. Fix them and upload the file again, or upload it again choosing to import the valid rows only",
            out.invalid,
            out.valid + out.invalid
        )));
    };
    let _ = std::fs::remove_file(dir.join("errors.import.csv"));
    Ok(Done {
        batch_id: batch.id,
        written: batch.written,
        existing: batch.existing,
        rejected: batch.rejected,
        rejected_file: meta.skip_invalid && out.invalid > 0,
    })
}

#[derive(Template)]
#[template(path = "upload_done.html")]
struct DonePage {
    nav: Nav,
    id: String,
    meta: Meta,
    d: Done,
}

async fn done(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
) -> PageResult {
    let (dir, meta) = load(&state, &u, &id).await?;
    let d: Done = read_json(&dir.join("done.json")).ok_or(PageError(Failure::NotFound))?;
    Ok(Html(
        DonePage {
            nav: nav(&state, &u).await?,
            id,
            meta,
            d,
        }
        .render()?,
    )
    .into_response())
}

async fn rejected(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
) -> PageResult {
    let (dir, meta) = load(&state, &u, &id).await?;
    let name = meta.rejected_name();
    let body = tokio::fs::read(dir.join(name))
        .await
        .map_err(|_| PageError(Failure::NotFound))?;
    let ev = AuditEvent::by(&u.ctx, "export", "import_upload", &id, Outcome::Allowed)
        .with_detail(format!("rejected rows of {}", meta.file_name));
    state.store.audit(ev).await?;
    let media = if name.ends_with(".csv") {
        "text/csv; charset=utf-8"
    } else {
        "application/x-ndjson"
    };
    Ok(download(name, media, body))
}

// ---------------------------------------------------------------- rollback

#[derive(Template)]
#[template(path = "import_rollback.html")]
struct RollbackPage {
    nav: Nav,
    b: ImportBatch,
    by: String,
    errors: Vec<(String, String)>,
}

async fn find_batch(state: &AppState, u: &WebUser, id: &str) -> Result<ImportBatch, PageError> {
    let id = Uuid::parse_str(id).map_err(|_| PageError(Failure::NotFound))?;
    state
        .store
        .list_batches(&u.ctx)
        .await?
        .into_iter()
        .find(|b| b.id == id)
        .ok_or(PageError(Failure::NotFound))
}

async fn rollback_form(
    state: &AppState,
    u: &WebUser,
    b: ImportBatch,
    errors: Vec<(String, String)>,
) -> PageResult {
    let by = match state.store.get_user(b.created_by).await {
        Ok(user) => user.display_name,
        Err(_) => "unknown".into(),
    };
    let page = RollbackPage {
        nav: nav(state, u).await?,
        b,
        by,
        errors,
    };
    let status = if page.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::CONFLICT
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn rollback_page(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
) -> PageResult {
    importer(&state, &u).await?;
    let b = find_batch(&state, &u, &id).await?;
    rollback_form(&state, &u, b, vec![]).await
}

async fn rollback(
    State(state): State<AppState>,
    u: WebUser,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> PageResult {
    let f = u.posted(&state, &body).await?;
    importer(&state, &u).await?;
    let b = find_batch(&state, &u, &id).await?;
    match state
        .store
        .rollback_batch(&u.with_purpose(&f.get("purpose")), b.id)
        .await
    {
        Ok(done) => Ok(Redirect::to(&format!("/imports?rolled_back={}", done.id)).into_response()),
        Err(StoreError::Conflict(m)) => {
            let msg = format!("Not rolled back: {m}");
            rollback_form(&state, &u, b, vec![("confirm".into(), msg)]).await
        }
        Err(e) => Err(PageError(e.into())),
    }
}
