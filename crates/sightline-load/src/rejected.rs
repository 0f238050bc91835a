//! The rejected rows of a partial import, written so they can be fixed and imported again:
//! shared by the CLI's `--rejected` file and the web upload's download.

use std::io::Write;

use sightline_ingest::{CellError, RawRecord};

/// One CSV cell, quoted when it must be.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Writes rejected rows as they were read plus a `sightline_errors` column (CSV, with the
/// input's own header) or key (JSON Lines, for JSON inputs) saying what is wrong.
#[derive(Debug)]
pub struct RejectedRows {
    csv_header: Option<Vec<String>>,
    json: bool,
}

impl RejectedRows {
    /// `json`: write JSON Lines (for JSON and JSON Lines inputs) rather than CSV.
    pub fn new(json: bool) -> Self {
        RejectedRows {
            csv_header: None,
            json,
        }
    }

    /// Writes one rejected row; `None` for a row that could not be read at all (it has no
    /// cells to give back, only its errors).
    pub fn write(
        &mut self,
        out: &mut impl Write,
        record: Option<&RawRecord>,
        errors: &[CellError],
    ) -> std::io::Result<()> {
        let empty = RawRecord {
            line: errors.first().map(|e| e.line).unwrap_or(0),
            cells: vec![],
        };
        let rec = record.unwrap_or(&empty);
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
            writeln!(out, "{}", serde_json::Value::Object(obj))?;
        } else {
            if self.csv_header.is_none() {
                let header: Vec<String> = rec.cells.iter().map(|(k, _)| k.clone()).collect();
                let line: Vec<String> = header
                    .iter()
                    .map(|h| csv_field(h))
                    .chain(["sightline_errors".to_string()])
                    .collect();
                writeln!(out, "{}", line.join(","))?;
                self.csv_header = Some(header);
            }
            let line: Vec<String> = rec
                .cells
                .iter()
                .map(|(_, v)| csv_field(v))
                .chain([csv_field(&why)])
                .collect();
            writeln!(out, "{}", line.join(","))?;
        }
        Ok(())
    }
}
