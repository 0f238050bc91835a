//! Reading forces' and partners' exports into Sightline's records.
//!
//! A [`RecordReader`] streams rows from CSV (any delimiter; UTF-8, UTF-16 or Windows-1252;
//! with or without a BOM), a JSON array, or JSON Lines. A [`Mapping`] (TOML) says which
//! source column holds which Sightline field and how the source's codes translate, so an
//! export loads without editing it. [`person_row`] turns one row into a validated
//! [`PersonRow`] or the list of every bad cell, each naming line, column, value and reason.
//!
//! This crate reads from any `std::io::Read`; it opens no files and writes nothing.

use std::collections::{BTreeMap, VecDeque};
use std::io::{BufRead, BufReader, Read};

use serde::Deserialize;
use sightline_core::{Classification, Gender, HandlingCode, NewPerson};

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
        for field in m
            .columns
            .keys()
            .chain(m.values.keys())
            .chain(m.defaults.keys())
        {
            if !PERSON_FIELDS.contains(&field.as_str()) {
                return Err(IngestError::Mapping(format!(
                    "'{field}' is not a field Sightline knows; fields are: {}",
                    PERSON_FIELDS.join(", ")
                )));
            }
        }
        Ok(m)
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
        headers: Vec<String>,
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
struct Cp1252Fallback<R> {
    inner: R,
    out: VecDeque<u8>,
    pending: Vec<u8>,
    eof: bool,
}

impl<R: Read> Read for Cp1252Fallback<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.out.is_empty() && !self.eof {
            let mut chunk = [0u8; 16 * 1024];
            let n = self.inner.read(&mut chunk)?;
            if n == 0 {
                self.eof = true;
            }
            self.pending.extend_from_slice(&chunk[..n]);
            let mut start = 0;
            loop {
                match std::str::from_utf8(&self.pending[start..]) {
                    Ok(s) => {
                        self.out.extend(s.as_bytes());
                        start = self.pending.len();
                        break;
                    }
                    Err(e) => {
                        let valid = start + e.valid_up_to();
                        self.out.extend(&self.pending[start..valid]);
                        match e.error_len() {
                            Some(bad) => {
                                let (text, _, _) = encoding_rs::WINDOWS_1252
                                    .decode(&self.pending[valid..valid + bad]);
                                self.out.extend(text.as_bytes());
                                start = valid + bad;
                            }
                            None if self.eof => {
                                let (text, _, _) =
                                    encoding_rs::WINDOWS_1252.decode(&self.pending[valid..]);
                                self.out.extend(text.as_bytes());
                                start = self.pending.len();
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
            self.pending.drain(..start);
        }
        let n = buf.len().min(self.out.len());
        for (slot, b) in buf.iter_mut().zip(self.out.drain(..n)) {
            *slot = b;
        }
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
            None => Box::new(Cp1252Fallback {
                inner: decoded(input, None),
                out: VecDeque::new(),
                pending: Vec::new(),
                eof: false,
            }),
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
                let headers: Vec<String> = rdr
                    .headers()
                    .map_err(|e| IngestError::Malformed {
                        line: 1,
                        message: format!("cannot read the header row: {e}"),
                    })?
                    .iter()
                    .map(|h| h.trim_end_matches('\r').trim().to_string())
                    .collect();
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

fn json_cells(line: u64, v: serde_json::Value) -> Result<RawRecord, IngestError> {
    let serde_json::Value::Object(map) = v else {
        return Err(IngestError::Malformed {
            line,
            message: "expected a JSON object".into(),
        });
    };
    let cells = map
        .into_iter()
        .map(|(k, v)| {
            let s = match v {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            (k, s)
        })
        .collect();
    Ok(RawRecord { line, cells })
}

impl Iterator for RecordReader {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.inner {
            Inner::Csv { rdr, headers } => {
                let mut rec = csv::StringRecord::new();
                match rdr.read_record(&mut rec) {
                    Ok(false) => None,
                    // A blank line (often the last one of an export) is no row.
                    Ok(true)
                        if rec
                            .iter()
                            .all(|v| v.trim_end_matches('\r').trim().is_empty())
                            && rec.len() <= 1 =>
                    {
                        self.next()
                    }
                    Ok(true) if rec.len() != headers.len() => {
                        let line = rec.position().map(|p| p.line()).unwrap_or(0);
                        let message = format!(
                            "has {} fields where the header has {}",
                            rec.len(),
                            headers.len()
                        );
                        Some(Err(IngestError::Malformed { line, message }))
                    }
                    Ok(true) => {
                        let line = rec.position().map(|p| p.line()).unwrap_or(0);
                        let n = rec.len();
                        let cells = headers
                            .iter()
                            .cloned()
                            .zip(rec.iter().enumerate().map(|(i, v)| {
                                if i + 1 == n {
                                    v.trim_end_matches('\r')
                                } else {
                                    v
                                }
                                .to_string()
                            }))
                            .collect();
                        Some(Ok(RawRecord { line, cells }))
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
                        Some(Err(IngestError::Malformed { line, message }))
                    }
                }
            }
            Inner::Lines { lines, line } => loop {
                let text = match lines.next()? {
                    Ok(t) => t,
                    Err(e) => return Some(Err(e.into())),
                };
                *line += 1;
                if text.trim().is_empty() {
                    continue;
                }
                let l = *line;
                return Some(
                    serde_json::from_str::<serde_json::Value>(&text)
                        .map_err(|e| IngestError::Malformed {
                            line: l,
                            message: format!("not valid JSON: {e}"),
                        })
                        .and_then(|v| json_cells(l, v)),
                );
            },
            Inner::Array { items } => {
                let (line, v) = items.pop_front()?;
                Some(json_cells(line, v))
            }
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

/// Reads `field` from a row through the mapping: the mapped column, translated codes, defaults.
struct Cells<'a> {
    rec: &'a RawRecord,
    m: &'a Mapping,
    errors: Vec<CellError>,
}

impl Cells<'_> {
    fn get(&self, field: &str) -> (String, String) {
        let column = if field == "source_id" {
            self.m
                .id_column
                .as_deref()
                .unwrap_or_else(|| self.m.column_for("source_id"))
        } else {
            self.m.column_for(field)
        };
        let raw = self.rec.get(column).map(str::trim).unwrap_or("");
        let raw = if raw.is_empty() {
            self.m.defaults.get(field).map(String::as_str).unwrap_or("")
        } else {
            raw
        };
        let value = self
            .m
            .values
            .get(field)
            .and_then(|codes| {
                codes
                    .iter()
                    .find(|(from, _)| from.trim().eq_ignore_ascii_case(raw))
                    .map(|(_, to)| to.as_str())
            })
            .unwrap_or(raw);
        (column.to_string(), value.to_string())
    }

    fn bad(&mut self, column: &str, value: &str, reason: impl Into<String>) {
        self.errors.push(CellError {
            line: self.rec.line,
            column: column.into(),
            value: value.into(),
            reason: reason.into(),
        });
    }

    fn parsed<T: std::str::FromStr<Err = sightline_core::ValidationError>>(
        &mut self,
        field: &str,
    ) -> Option<T> {
        let (column, value) = self.get(field);
        if value.is_empty() {
            return None;
        }
        match value.parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.bad(&column, &value, e.message);
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
pub fn person_row(rec: &RawRecord, m: &Mapping) -> Result<PersonRow, Vec<CellError>> {
    let mut c = Cells {
        rec,
        m,
        errors: Vec::new(),
    };
    let (id_col, source_id) = c.get("source_id");
    if source_id.is_empty() {
        c.bad(
            &id_col,
            "",
            "every row needs the source's own id (set id_column in the mapping to name its column)",
        );
    } else if source_id.chars().count() > 200 {
        c.bad(&id_col, &source_id, "the id is longer than 200 characters");
    }
    let gender = c.parsed::<Gender>("gender").unwrap_or(Gender::Unknown);
    let classification = c.parsed::<Classification>("classification");
    let handling_code = c.parsed::<HandlingCode>("handling_code");
    let (dob_col, dob_raw) = c.get("date_of_birth");
    let date_of_birth = if dob_raw.is_empty() {
        None
    } else {
        match normalise_date(&dob_raw, m.date_format.as_deref()) {
            Ok(d) => Some(d),
            Err(reason) => {
                c.bad(&dob_col, &dob_raw, reason);
                None
            }
        }
    };
    let (_, conditions) = c.get("handling_conditions");
    let mut person = NewPerson {
        given_name: c.get("given_name").1,
        family_name: c.get("family_name").1,
        date_of_birth,
        gender,
        nationality: Some(c.get("nationality").1),
        notes: c.get("notes").1,
        details: Default::default(),
    };
    if let Err(v) = person.validate() {
        let (column, value) = c.get(&v.field);
        c.bad(&column, &value, v.message);
    }
    if c.errors.is_empty() {
        Ok(PersonRow {
            line: rec.line,
            source_id,
            person,
            classification,
            handling_code,
            handling_conditions: (!conditions.is_empty()).then_some(conditions),
        })
    } else {
        Err(c.errors)
    }
}

#[cfg(test)]
mod tests;
