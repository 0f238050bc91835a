//! Reading forces' and partners' exports into Sightline's records.
//!
//! A [`RecordReader`] streams rows from CSV (any delimiter; UTF-8, UTF-16 or Windows-1252;
//! with or without a BOM), a JSON array, or JSON Lines. A [`Mapping`] (TOML) says which
//! source column holds which Sightline field and how the source's codes translate, so an
//! export loads without editing it. [`person_row`] turns one row into a validated
//! [`PersonRow`] or the list of every bad cell, each naming line, column, value and reason;
//! a [`Mapper`] does the same for cases, intelligence reports and links (`kinds.rs`).
//!
//! This crate reads from any `std::io::Read`; it opens no files and writes nothing.

use std::collections::{BTreeMap, VecDeque};
use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;

use serde::Deserialize;
use sightline_core::{Classification, Gender, HandlingCode, NewPerson};

mod detect;
pub use detect::{columns, detect, Columns, Detected, FieldUse};
mod kinds;
pub use kinds::{
    CaseRow, IntelRow, LinkEnd, LinkRow, Lookup, RowMarkings, CASE_FIELDS, INTEL_FIELDS,
    LINK_FIELDS,
};

/// The shape of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    JsonLines,
}

impl Format {
    /// Guesses from a file name's extension; CSV when it cannot tell.
    pub fn from_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            Format::JsonLines
        } else if lower.ends_with(".json") {
            Format::Json
        } else {
            Format::Csv
        }
    }
}

/// How a source's columns and codes map onto Sightline's fields.
///
/// ```toml
/// source = "WMP Niche export"     # names the source; with the id column, the re-import key
/// id_column = "PersonID"          # the source's own record id
/// delimiter = ";"                 # CSV only; guessed from the header when absent
/// encoding = "windows-1252"       # when there is no BOM and the file is not UTF-8
/// date_format = "%d/%m/%Y"        # besides ISO dates (YYYY-MM-DD, YYYY-MM, YYYY)
///
/// [columns]                       # Sightline field = source column
/// given_name = "Forename"
/// family_name = "Surname"
///
/// [values.gender]                 # source code = Sightline code
/// M = "Male"
/// F = "Female"
///
/// [defaults]                      # used when the column is absent or empty
/// nationality = "GB"
/// ```
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub source: Option<String>,
    pub id_column: Option<String>,
    pub delimiter: Option<String>,
    pub encoding: Option<String>,
    pub date_format: Option<String>,
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    #[serde(default)]
    pub defaults: BTreeMap<String, String>,
}

/// Something wrong with the file as a whole (not one cell).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("mapping: {0}")]
    Mapping(String),
    #[error("line {line}: {message}")]
    Malformed { line: u64, message: String },
    #[error("reading: {0}")]
    Io(#[from] std::io::Error),
}

impl Mapping {
    pub fn from_toml(text: &str) -> Result<Mapping, IngestError> {
        let m: Mapping = toml::from_str(text).map_err(|e| IngestError::Mapping(e.to_string()))?;
        if let Some(d) = &m.delimiter {
            if delimiter_byte(d).is_none() {
                return Err(IngestError::Mapping(format!(
                    "delimiter '{d}' must be one character such as , ; | or \\t"
                )));
            }
        }
        if let Some(e) = &m.encoding {
            if encoding_rs::Encoding::for_label(e.as_bytes()).is_none() {
                return Err(IngestError::Mapping(format!(
                    "encoding '{e}' is not known (e.g. utf-8, windows-1252, utf-16le)"
                )));
            }
        }
        // Which kind the mapping is for is known only when it is used (`check_fields`);
        // here a field no kind has is refused.
        let known = |f: &str| {
            [PERSON_FIELDS, CASE_FIELDS, INTEL_FIELDS, LINK_FIELDS]
                .iter()
                .any(|k| k.contains(&f))
        };
        for field in m
            .columns
            .keys()
            .chain(m.values.keys())
            .chain(m.defaults.keys())
        {
            if !known(field) {
                return Err(IngestError::Mapping(format!(
                    "'{field}' is not a field Sightline knows; a person's fields are: {}",
                    PERSON_FIELDS.join(", ")
                )));
            }
        }
        Ok(m)
    }

    /// Refuses a mapping that names a field the kind being imported does not have.
    pub fn check_fields(&self, fields: &[&str]) -> Result<(), IngestError> {
        for field in self
            .columns
            .keys()
            .chain(self.values.keys())
            .chain(self.defaults.keys())
        {
            if !fields.contains(&field.as_str()) {
                return Err(IngestError::Mapping(format!(
                    "'{field}' is not a field of this kind of record; fields are: {}",
                    fields.join(", ")
                )));
            }
        }
        Ok(())
    }

    /// The source column that holds `field`: the mapped one, else the field's own name.
    fn column_for<'a>(&'a self, field: &'a str) -> &'a str {
        self.columns.get(field).map(String::as_str).unwrap_or(field)
    }
}

fn delimiter_byte(d: &str) -> Option<u8> {
    match d {
        "\\t" | "\t" | "tab" => Some(b'\t'),
        s if s.len() == 1 && s.is_ascii() => Some(s.as_bytes()[0]),
        _ => None,
    }
}

/// One row as read: its line in the file and its cells by column name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord {
    pub line: u64,
    pub cells: Vec<(String, String)>,
}

impl RawRecord {
    /// The cell in `column`, matched without regard to case or surrounding spaces.
    pub fn get(&self, column: &str) -> Option<&str> {
        let want = column.trim();
        self.cells
            .iter()
            .find(|(c, _)| c.trim().eq_ignore_ascii_case(want))
            .map(|(_, v)| v.as_str())
    }
}

/// Streams [`RawRecord`]s from an input; memory does not grow with the file's size
/// (except for a JSON array, which is read whole: use JSON Lines for large files).
pub struct RecordReader {
    inner: Inner,
}

enum Inner {
    Csv {
        rdr: csv::Reader<Box<dyn Read>>,
        headers: Arc<Vec<String>>,
    },
    Lines {
        lines: std::io::Lines<BufReader<Box<dyn Read>>>,
        line: u64,
    },
    Array {
        items: VecDeque<(u64, serde_json::Value)>,
    },
}

/// Decodes to UTF-8: a BOM wins; else the mapping's encoding; else UTF-8 if valid, with
/// Windows-1252 (what many force systems export) used for bytes that are not.
fn decoded(input: Box<dyn Read>, encoding: Option<&str>) -> Box<dyn Read> {
    let enc = encoding.and_then(|e| encoding_rs::Encoding::for_label(e.as_bytes()));
    let mut builder = encoding_rs_io::DecodeReaderBytesBuilder::new();
    builder.bom_sniffing(true).strip_bom(true);
    match enc {
        Some(e) => {
            builder.encoding(Some(e));
        }
        // No encoding given and no BOM: bytes pass through untouched, for the fallback below.
        None => {
            builder.encoding(None);
        }
    }
    Box::new(builder.build(input))
}

/// Reads UTF-8 that may hold Windows-1252 bytes: invalid UTF-8 sequences are re-read as
/// Windows-1252 instead of being replaced, so "Łukasz" in UTF-8 and "Zoë" in cp1252 both survive.
/// Valid UTF-8 (nearly all of a file) passes through in slices, not byte by byte.
struct Cp1252Fallback<R> {
    inner: R,
    /// Bytes read but not yet decoded (at most an incomplete sequence between reads).
    raw: Vec<u8>,
    /// Decoded bytes, handed out from `pos`.
    out: Vec<u8>,
    pos: usize,
    eof: bool,
}

impl<R> Cp1252Fallback<R> {
    fn new(inner: R) -> Self {
        Cp1252Fallback {
            inner,
            raw: Vec::new(),
            out: Vec::new(),
            pos: 0,
            eof: false,
        }
    }
}

impl<R: Read> Cp1252Fallback<R> {
    fn fill(&mut self) -> std::io::Result<()> {
        self.out.clear();
        self.pos = 0;
        while self.out.is_empty() && !self.eof {
            let old = self.raw.len();
            self.raw.resize(old + 64 * 1024, 0);
            let n = match self.inner.read(&mut self.raw[old..]) {
                Ok(n) => n,
                Err(e) => {
                    self.raw.truncate(old);
                    return Err(e);
                }
            };
            self.raw.truncate(old + n);
            if n == 0 {
                self.eof = true;
            }
            let mut start = 0;
            loop {
                match std::str::from_utf8(&self.raw[start..]) {
                    Ok(_) => {
                        self.out.extend_from_slice(&self.raw[start..]);
                        start = self.raw.len();
                        break;
                    }
                    Err(e) => {
                        let valid = start + e.valid_up_to();
                        self.out.extend_from_slice(&self.raw[start..valid]);
                        match e.error_len() {
                            Some(bad) => {
                                let (text, _, _) =
                                    encoding_rs::WINDOWS_1252.decode(&self.raw[valid..valid + bad]);
                                self.out.extend_from_slice(text.as_bytes());
                                start = valid + bad;
                            }
                            None if self.eof => {
                                let (text, _, _) =
                                    encoding_rs::WINDOWS_1252.decode(&self.raw[valid..]);
                                self.out.extend_from_slice(text.as_bytes());
                                start = self.raw.len();
                                break;
                            }
                            None => {
                                start = valid;
                                break;
                            }
                        }
                    }
                }
            }
            self.raw.drain(..start);
        }
        Ok(())
    }
}

impl<R: Read> Read for Cp1252Fallback<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.out.len() {
            self.fill()?;
        }
        let n = buf.len().min(self.out.len() - self.pos);
        buf[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

impl RecordReader {
    pub fn new(
        input: Box<dyn Read>,
        format: Format,
        mapping: &Mapping,
    ) -> Result<RecordReader, IngestError> {
        let text: Box<dyn Read> = match mapping.encoding.as_deref() {
            Some(_) => decoded(input, mapping.encoding.as_deref()),
            None => Box::new(Cp1252Fallback::new(decoded(input, None))),
        };
        let inner = match format {
            Format::Csv => {
                // Read the header line first to guess the delimiter, then put it back in front.
                let mut buffered = BufReader::new(text);
                let mut first = Vec::new();
                buffered.read_until(b'\n', &mut first)?;
                let delimiter = match mapping.delimiter.as_deref().and_then(delimiter_byte) {
                    Some(d) => d,
                    None => sniff_delimiter(&first),
                };
                let whole: Box<dyn Read> = Box::new(std::io::Cursor::new(first).chain(buffered));
                let mut rdr = csv::ReaderBuilder::new()
                    .delimiter(delimiter)
                    .flexible(true)
                    .trim(csv::Trim::None)
                    // Lines end at LF; a CR before it is trimmed from the last cell below.
                    // (With the default CRLF handling the reported line numbers run one short.)
                    .terminator(csv::Terminator::Any(b'\n'))
                    .from_reader(whole);
                let headers: Arc<Vec<String>> = Arc::new(
                    rdr.headers()
                        .map_err(|e| IngestError::Malformed {
                            line: 1,
                            message: format!("cannot read the header row: {e}"),
                        })?
                        .iter()
                        .map(|h| h.trim_end_matches('\r').trim().to_string())
                        .collect(),
                );
                if headers.iter().all(|h| h.is_empty()) {
                    return Err(IngestError::Malformed {
                        line: 1,
                        message: "the file is empty or has no header row".into(),
                    });
                }
                Inner::Csv { rdr, headers }
            }
            Format::JsonLines => Inner::Lines {
                lines: BufReader::new(text).lines(),
                line: 0,
            },
            Format::Json => {
                let value: serde_json::Value =
                    serde_json::from_reader(text).map_err(|e| IngestError::Malformed {
                        line: e.line() as u64,
                        message: format!("not valid JSON: {e}"),
                    })?;
                let serde_json::Value::Array(items) = value else {
                    return Err(IngestError::Malformed {
                        line: 1,
                        message: "a JSON file must hold an array of objects".into(),
                    });
                };
                // Items in a JSON array have no line of their own; number them from 1.
                Inner::Array {
                    items: items
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| (i as u64 + 1, v))
                        .collect(),
                }
            }
        };
        Ok(RecordReader { inner })
    }
}

/// Picks the delimiter that splits the header line into the most columns.
fn sniff_delimiter(head: &[u8]) -> u8 {
    let first = head.split(|b| *b == b'\n').next().unwrap_or(head);
    [b',', b';', b'\t', b'|']
        .into_iter()
        .max_by_key(|d| (first.iter().filter(|b| *b == d).count(), *d == b','))
        .unwrap_or(b',')
}

/// Fills `row` from one JSON object: its keys become the row's headers.
fn json_row(line: u64, v: serde_json::Value, row: &mut Row) -> Result<(), IngestError> {
    let serde_json::Value::Object(map) = v else {
        return Err(IngestError::Malformed {
            line,
            message: "expected a JSON object".into(),
        });
    };
    let mut headers = Vec::with_capacity(map.len());
    row.cells.clear();
    for (k, v) in map {
        match v {
            serde_json::Value::Null => row.cells.push_field(""),
            serde_json::Value::String(s) => row.cells.push_field(&s),
            other => row.cells.push_field(&other.to_string()),
        }
        headers.push(k);
    }
    row.headers = Arc::new(headers);
    row.line = line;
    row.trim_cr_last = false;
    Ok(())
}

/// One row as read, in buffers that [`RecordReader::read_row`] reuses from row to row, so
/// reading a row allocates nothing. [`Row::to_raw`] makes an owned [`RawRecord`].
#[derive(Debug, Default)]
pub struct Row {
    /// The row's line in the file (its first line, for a quoted cell over several lines).
    pub line: u64,
    /// How far into the (decoded) input this row ends, in bytes: for a progress bar.
    pub byte: u64,
    headers: Arc<Vec<String>>,
    cells: csv::StringRecord,
    /// CSV lines end at LF, so a CR before it is still on the last cell.
    trim_cr_last: bool,
}

impl Row {
    /// The column names, in cell order.
    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// The `i`th cell, as written in the file (not trimmed).
    pub fn cell(&self, i: usize) -> &str {
        let v = self.cells.get(i).unwrap_or("");
        if self.trim_cr_last && i + 1 == self.cells.len() {
            v.trim_end_matches('\r')
        } else {
            v
        }
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// An owned copy with its column names: for the rejected-rows file and for tests.
    pub fn to_raw(&self) -> RawRecord {
        RawRecord {
            line: self.line,
            cells: self
                .headers
                .iter()
                .enumerate()
                .map(|(i, h)| (h.clone(), self.cell(i).to_string()))
                .collect(),
        }
    }
}

impl RecordReader {
    /// Reads the next row into `row`, reusing its buffers. `Ok(false)` at the end of the
    /// input. A row that cannot be read is an `Err(IngestError::Malformed)` naming its line,
    /// and reading can go on with the next row; any other error ends the input.
    pub fn read_row(&mut self, row: &mut Row) -> Result<bool, IngestError> {
        match &mut self.inner {
            Inner::Csv { rdr, headers } => loop {
                if !Arc::ptr_eq(&row.headers, headers) {
                    row.headers = headers.clone();
                }
                row.trim_cr_last = true;
                let rec = &mut row.cells;
                match rdr.read_record(rec) {
                    Ok(false) => return Ok(false),
                    // A blank line (often the last one of an export) is no row.
                    Ok(true)
                        if rec.len() <= 1
                            && rec
                                .iter()
                                .all(|v| v.trim_end_matches('\r').trim().is_empty()) =>
                    {
                        continue
                    }
                    Ok(true) => {
                        let pos = rec.position();
                        row.line = pos.map(|p| p.line()).unwrap_or(0);
                        row.byte = rdr.position().byte();
                        if rec.len() != headers.len() {
                            let message = format!(
                                "has {} fields where the header has {}",
                                rec.len(),
                                headers.len()
                            );
                            return Err(IngestError::Malformed {
                                line: row.line,
                                message,
                            });
                        }
                        return Ok(true);
                    }
                    Err(e) => {
                        let line = e.position().map(|p| p.line()).unwrap_or(0);
                        let message = match e.kind() {
                            csv::ErrorKind::UnequalLengths {
                                expected_len, len, ..
                            } => {
                                format!("has {len} fields where the header has {expected_len}")
                            }
                            _ => e.to_string(),
                        };
                        return Err(IngestError::Malformed { line, message });
                    }
                }
            },
            Inner::Lines { lines, line } => loop {
                let text = match lines.next() {
                    None => return Ok(false),
                    Some(Ok(t)) => t,
                    Some(Err(e)) => return Err(e.into()),
                };
                *line += 1;
                row.byte += text.len() as u64 + 1;
                if text.trim().is_empty() {
                    continue;
                }
                let l = *line;
                let v = serde_json::from_str::<serde_json::Value>(&text).map_err(|e| {
                    IngestError::Malformed {
                        line: l,
                        message: format!("not valid JSON: {e}"),
                    }
                })?;
                json_row(l, v, row)?;
                return Ok(true);
            },
            Inner::Array { items } => {
                let Some((line, v)) = items.pop_front() else {
                    return Ok(false);
                };
                json_row(line, v, row)?;
                Ok(true)
            }
        }
    }
}

/// The rows one by one as owned [`RawRecord`]s; [`RecordReader::read_row`] is the faster way.
impl Iterator for RecordReader {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut row = Row::default();
        match self.read_row(&mut row) {
            Ok(true) => Some(Ok(row.to_raw())),
            Ok(false) => None,
            Err(e) => Some(Err(e)),
        }
    }
}

/// One bad cell: where it is and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub line: u64,
    pub column: String,
    pub value: String,
    pub reason: String,
}

/// The fields a person import understands.
pub const PERSON_FIELDS: &[&str] = &[
    "source_id",
    "given_name",
    "family_name",
    "date_of_birth",
    "gender",
    "nationality",
    "notes",
    "classification",
    "handling_code",
    "handling_conditions",
];

/// A validated person row, ready to store.
#[derive(Debug, Clone)]
pub struct PersonRow {
    pub line: u64,
    pub source_id: String,
    pub person: NewPerson,
    pub classification: Option<Classification>,
    pub handling_code: Option<HandlingCode>,
    pub handling_conditions: Option<String>,
}

// Indices into PERSON_FIELDS.
const SOURCE_ID: usize = 0;
const GIVEN_NAME: usize = 1;
const FAMILY_NAME: usize = 2;
const DATE_OF_BIRTH: usize = 3;
const GENDER: usize = 4;
const NATIONALITY: usize = 5;
const NOTES: usize = 6;
const CLASSIFICATION: usize = 7;
const HANDLING_CODE: usize = 8;
const HANDLING_CONDITIONS: usize = 9;

/// Where one field comes from, resolved once per header row.
#[derive(Debug, Clone)]
struct FieldSource<'m> {
    /// The source column's name as the mapping gives it (for error messages).
    column: &'m str,
    /// Its position among the cells; `None` when the file has no such column.
    index: Option<usize>,
    default: &'m str,
    codes: Option<&'m BTreeMap<String, String>>,
}

/// A [`Mapping`] resolved against a header row for one kind of record (its list of
/// fields): each field's cell is found by name once, not in every row. Rows with another
/// header (JSON objects) are resolved again. `kinds.rs` validates cases, intelligence and
/// links through it; [`PersonMapper`] people.
pub struct Mapper<'m> {
    m: &'m Mapping,
    names: &'static [&'static str],
    headers: Option<Arc<Vec<String>>>,
    fields: Vec<FieldSource<'m>>,
}

/// Validates person rows: a [`Mapper`] over [`PERSON_FIELDS`].
pub struct PersonMapper<'m>(Mapper<'m>);

/// Read access to one row's cells by position.
trait CellsByIndex {
    fn cell_at(&self, i: usize) -> &str;
}

impl CellsByIndex for Row {
    fn cell_at(&self, i: usize) -> &str {
        self.cell(i)
    }
}

impl CellsByIndex for RawRecord {
    fn cell_at(&self, i: usize) -> &str {
        self.cells.get(i).map(|(_, v)| v.as_str()).unwrap_or("")
    }
}

impl<'m> Mapper<'m> {
    /// A mapper for the fields `names` (the first is always `source_id`).
    pub fn new(m: &'m Mapping, names: &'static [&'static str]) -> Self {
        Mapper {
            m,
            names,
            headers: None,
            fields: Vec::new(),
        }
    }

    fn resolve<'h>(&mut self, headers: impl Iterator<Item = &'h str> + Clone) {
        let m = self.m;
        self.fields = self
            .names
            .iter()
            .map(|&field| {
                let column = if field == "source_id" {
                    m.id_column
                        .as_deref()
                        .unwrap_or_else(|| m.column_for("source_id"))
                } else {
                    m.column_for(field)
                };
                let want = column.trim();
                FieldSource {
                    column,
                    // The first column of that name, without regard to case or spaces.
                    index: headers
                        .clone()
                        .position(|h| h.trim().eq_ignore_ascii_case(want)),
                    default: m.defaults.get(field).map(String::as_str).unwrap_or(""),
                    codes: m.values.get(field),
                }
            })
            .collect();
    }

    /// The fields' sources for this row's header.
    fn fields_for(&mut self, row: &Row) -> &[FieldSource<'m>] {
        let same = matches!(&self.headers, Some(h) if Arc::ptr_eq(h, &row.headers));
        if !same {
            self.resolve(row.headers.iter().map(String::as_str));
            self.headers = Some(row.headers.clone());
        }
        &self.fields
    }
}

impl<'m> PersonMapper<'m> {
    pub fn new(m: &'m Mapping) -> Self {
        PersonMapper(Mapper::new(m, PERSON_FIELDS))
    }

    /// Validates one row as a person. Every problem in the row is reported, not just the first.
    pub fn person(&mut self, row: &Row) -> Result<PersonRow, Vec<CellError>> {
        let m = self.0.m;
        let fields = self.0.fields_for(row);
        person_from(fields, m, row.line, row)
    }
}

/// Reads a field from a row through the mapping: the mapped column, translated codes, defaults.
fn field_value<'a>(f: &'a FieldSource<'_>, cells: &'a impl CellsByIndex) -> &'a str {
    let raw = f.index.map(|i| cells.cell_at(i).trim()).unwrap_or("");
    let raw = if raw.is_empty() { f.default } else { raw };
    f.codes
        .and_then(|codes| {
            codes
                .iter()
                .find(|(from, _)| from.trim().eq_ignore_ascii_case(raw))
                .map(|(_, to)| to.as_str())
        })
        .unwrap_or(raw)
}

struct Errors {
    line: u64,
    errors: Vec<CellError>,
}

impl Errors {
    fn bad(&mut self, column: &str, value: &str, reason: impl Into<String>) {
        self.errors.push(CellError {
            line: self.line,
            column: column.into(),
            value: value.into(),
            reason: reason.into(),
        });
    }

    fn parsed<T: std::str::FromStr<Err = sightline_core::ValidationError>>(
        &mut self,
        f: &FieldSource<'_>,
        cells: &impl CellsByIndex,
    ) -> Option<T> {
        let value = field_value(f, cells);
        if value.is_empty() {
            return None;
        }
        match value.parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.bad(f.column, value, e.message);
                None
            }
        }
    }
}

/// Normalises a date to `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, trying the mapping's format too.
fn normalise_date(value: &str, format: Option<&str>) -> Result<String, String> {
    if sightline_core::partial_date("date", value).is_ok() {
        return Ok(value.to_string());
    }
    let formats = format
        .into_iter()
        .chain(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d"]);
    for f in formats {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(value, f) {
            let iso = d.format("%Y-%m-%d").to_string();
            return sightline_core::partial_date("date", &iso)
                .map(|_| iso)
                .map_err(|e| e.message);
        }
    }
    Err(sightline_core::partial_date("date", value)
        .map(|_| String::new())
        .unwrap_err()
        .message)
}

/// Validates one row as a person. Every problem in the row is reported, not just the first.
/// (For many rows, a [`PersonMapper`] finds the columns once instead of in every row.)
pub fn person_row(rec: &RawRecord, m: &Mapping) -> Result<PersonRow, Vec<CellError>> {
    let mut mapper = Mapper::new(m, PERSON_FIELDS);
    mapper.resolve(rec.cells.iter().map(|(c, _)| c.as_str()));
    person_from(&mapper.fields, m, rec.line, rec)
}

fn person_from(
    fields: &[FieldSource<'_>],
    m: &Mapping,
    line: u64,
    cells: &impl CellsByIndex,
) -> Result<PersonRow, Vec<CellError>> {
    let mut c = Errors {
        line,
        errors: Vec::new(),
    };
    let get = |i: usize| field_value(&fields[i], cells);
    let id = &fields[SOURCE_ID];
    let source_id = get(SOURCE_ID);
    if source_id.is_empty() {
        c.bad(
            id.column,
            "",
            "every row needs the source's own id (set id_column in the mapping to name its column)",
        );
    } else if source_id.chars().count() > 200 {
        c.bad(id.column, source_id, "the id is longer than 200 characters");
    }
    let gender = c
        .parsed::<Gender>(&fields[GENDER], cells)
        .unwrap_or(Gender::Unknown);
    let classification = c.parsed::<Classification>(&fields[CLASSIFICATION], cells);
    let handling_code = c.parsed::<HandlingCode>(&fields[HANDLING_CODE], cells);
    let dob_raw = get(DATE_OF_BIRTH);
    let date_of_birth = if dob_raw.is_empty() {
        None
    } else {
        match normalise_date(dob_raw, m.date_format.as_deref()) {
            Ok(d) => Some(d),
            Err(reason) => {
                c.bad(fields[DATE_OF_BIRTH].column, dob_raw, reason);
                None
            }
        }
    };
    let conditions = get(HANDLING_CONDITIONS);
    let mut person = NewPerson {
        given_name: get(GIVEN_NAME).to_string(),
        family_name: get(FAMILY_NAME).to_string(),
        date_of_birth,
        gender,
        nationality: Some(get(NATIONALITY).to_string()),
        notes: get(NOTES).to_string(),
        details: Default::default(),
    };
    if let Err(v) = person.validate() {
        match PERSON_FIELDS.iter().position(|f| *f == v.field) {
            Some(i) => c.bad(fields[i].column, get(i), v.message),
            None => c.bad(&v.field, "", v.message),
        }
    }
    if c.errors.is_empty() {
        Ok(PersonRow {
            line,
            source_id: source_id.to_string(),
            person,
            classification,
            handling_code,
            handling_conditions: (!conditions.is_empty()).then(|| conditions.to_string()),
        })
    } else {
        Err(c.errors)
    }
}

#[cfg(test)]
mod tests;
