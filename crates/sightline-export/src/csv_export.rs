//! CSV: one file per record type, for spreadsheets and other tools.
//!
//! Each file has a header row and is written with RFC 4180 quoting (fields holding a
//! comma, a double quote or a line break are quoted, quotes doubled; lines end CRLF), in
//! UTF-8 without a byte-order mark.
//!
//! **Formula injection.** A spreadsheet treats a cell that begins with `=`, `+`, `-` or `@`
//! as a formula, so a name such as `=HYPERLINK("http://evil","click")` in a record would
//! run when an analyst opens the file. Following OWASP's *CSV Injection* guidance, every
//! cell that begins with one of those characters, a tab or a carriage return (or the
//! full-width forms `＝ ＋ － ＠`, which some spreadsheets also accept) is written with a
//! single quote `'` in front, which the spreadsheet shows as text. The price: such values
//! read back with the quote, notably E.164 phone numbers (`'+447700900123`) and negative
//! numbers. Tools that read the CSV as data rather than as a spreadsheet should strip one
//! leading `'` from a cell whose next character is one of those; Sightline JSON is the
//! format for re-import.
//!
//! **Markings.** Every row of a marked record carries `classification`, `handling_code`
//! and `handling_conditions`. The owning organisation and case team are left out: they
//! are access-control data, not handling instructions for the reader.

use std::borrow::Cow;

use sightline_core::{
    Case, CaseParty, Entity, IntelReport, Link, Markings, Organisation, Person, Provenance,
};

use crate::{Bundle, ExportError};

/// One CSV per record type, as `(file name, contents)`, in a fixed order. Every file is
/// present, with its header row, even when it has no records.
pub fn to_csv(bundle: &Bundle) -> Result<Vec<(String, String)>, ExportError> {
    Ok(vec![
        table(
            "organisations.csv",
            ORGANISATION_HEADER,
            bundle.organisations.iter().map(organisation_row),
        )?,
        table("cases.csv", CASE_HEADER, bundle.cases.iter().map(case_row))?,
        table(
            "people.csv",
            PERSON_HEADER,
            bundle.people.iter().map(person_row),
        )?,
        table(
            "intel.csv",
            INTEL_HEADER,
            bundle.intel.iter().map(intel_row),
        )?,
        table(
            "entities.csv",
            ENTITY_HEADER,
            bundle.entities.iter().map(entity_row),
        )?,
        table("links.csv", LINK_HEADER, bundle.links.iter().map(link_row))?,
        table(
            "case_parties.csv",
            CASE_PARTY_HEADER,
            bundle.case_parties.iter().map(case_party_row),
        )?,
    ])
}

/// The cell as written: with a `'` in front when a spreadsheet would read it as a formula.
pub fn guard(cell: &str) -> Cow<'_, str> {
    const TRIGGERS: &[char] = &['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
    if cell.starts_with(TRIGGERS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

fn table(
    name: &str,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Result<(String, String), ExportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        debug_assert_eq!(row.len(), header.len(), "{name}");
        w.write_record(row.iter().map(|c| guard(c).into_owned()))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError::Io(e.into_error()))?;
    let text = String::from_utf8(bytes).expect("the CSV writer was given only UTF-8");
    Ok((name.to_string(), text))
}

const MARKING_COLUMNS: [&str; 3] = ["classification", "handling_code", "handling_conditions"];
const PROVENANCE_COLUMNS: [&str; 6] = [
    "created_at",
    "created_by",
    "updated_at",
    "source",
    "source_id",
    "batch_id",
];

fn marking_cells(m: &Markings) -> [String; 3] {
    [
        m.classification.code().into(),
        m.handling_code.code().into(),
        m.handling_conditions.clone().unwrap_or_default(),
    ]
}

fn provenance_cells(p: &Provenance) -> [String; 6] {
    [
        p.created_at.to_rfc3339(),
        p.created_by.to_string(),
        p.updated_at.to_rfc3339(),
        p.source.clone().unwrap_or_default(),
        p.source_id.clone().unwrap_or_default(),
        p.batch_id.map(|b| b.to_string()).unwrap_or_default(),
    ]
}

/// `own` columns, then the marking columns, then the provenance columns.
macro_rules! header {
    ($($col:literal),+ $(,)?) => {
        &[$($col,)+ MARKING_COLUMNS[0], MARKING_COLUMNS[1], MARKING_COLUMNS[2],
          PROVENANCE_COLUMNS[0], PROVENANCE_COLUMNS[1], PROVENANCE_COLUMNS[2],
          PROVENANCE_COLUMNS[3], PROVENANCE_COLUMNS[4], PROVENANCE_COLUMNS[5]]
    };
}

fn with_marks(mut own: Vec<String>, m: &Markings, p: &Provenance) -> Vec<String> {
    own.extend(marking_cells(m));
    own.extend(provenance_cells(p));
    own
}

const ORGANISATION_HEADER: &[&str] = &["id", "name", "org_type", "created_at"];

fn organisation_row(o: &Organisation) -> Vec<String> {
    vec![
        o.id.to_string(),
        o.name.clone(),
        o.org_type.code().into(),
        o.created_at.to_rfc3339(),
    ]
}

const CASE_HEADER: &[&str] = header!(
    "id",
    "reference",
    "title",
    "summary",
    "status",
    "exploitation_types"
);

fn case_row(c: &Case) -> Vec<String> {
    let types: Vec<&str> = c.exploitation_types.iter().map(|t| t.code()).collect();
    with_marks(
        vec![
            c.id.to_string(),
            c.reference.clone(),
            c.title.clone(),
            c.summary.clone(),
            c.status.code().into(),
            types.join(";"),
        ],
        &c.markings,
        &c.provenance,
    )
}

const PERSON_HEADER: &[&str] = header!(
    "id",
    "given_name",
    "family_name",
    "date_of_birth",
    "gender",
    "nationality",
    "notes"
);

fn person_row(p: &Person) -> Vec<String> {
    with_marks(
        vec![
            p.id.to_string(),
            p.given_name.clone(),
            p.family_name.clone(),
            p.date_of_birth.clone().unwrap_or_default(),
            p.gender.code().into(),
            p.nationality.clone().unwrap_or_default(),
            p.notes.clone(),
        ],
        &p.markings,
        &p.provenance,
    )
}

const INTEL_HEADER: &[&str] = header!(
    "id",
    "title",
    "narrative",
    "grade",
    "source_evaluation",
    "intelligence_assessment",
    "information_date"
);

fn intel_row(r: &IntelReport) -> Vec<String> {
    with_marks(
        vec![
            r.id.to_string(),
            r.title.clone(),
            r.narrative.clone(),
            r.grade(),
            r.source_evaluation.code().into(),
            r.intelligence_assessment.code().into(),
            r.information_date
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ],
        &r.markings,
        &r.provenance,
    )
}

const ENTITY_HEADER: &[&str] = header!("id", "kind", "value", "normalised", "details");

fn entity_row(e: &Entity) -> Vec<String> {
    with_marks(
        vec![
            e.id.to_string(),
            e.kind.code().into(),
            e.value.clone(),
            e.normalised.clone(),
            e.details.clone(),
        ],
        &e.markings,
        &e.provenance,
    )
}

const LINK_HEADER: &[&str] = header!(
    "id",
    "from_type",
    "from_id",
    "link_type",
    "to_type",
    "to_id",
    "date_from",
    "date_to",
    "source",
    "confidence"
);

fn link_row(l: &Link) -> Vec<String> {
    with_marks(
        vec![
            l.id.to_string(),
            l.from.node_type.code().into(),
            l.from.id.to_string(),
            l.link_type.code().into(),
            l.to.node_type.code().into(),
            l.to.id.to_string(),
            l.date_from.clone().unwrap_or_default(),
            l.date_to.clone().unwrap_or_default(),
            l.source.clone(),
            l.confidence.code().into(),
        ],
        &l.markings,
        &l.provenance,
    )
}

const CASE_PARTY_HEADER: &[&str] = &["case_id", "person_id", "role"];

fn case_party_row(p: &CaseParty) -> Vec<String> {
    vec![
        p.case_id.to_string(),
        p.person_id.to_string(),
        p.role.code().into(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn read(text: &str) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn one_file_per_record_type_with_headers_and_markings() {
        let files = to_csv(&fixture::bundle()).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "organisations.csv",
                "cases.csv",
                "people.csv",
                "intel.csv",
                "entities.csv",
                "links.csv",
                "case_parties.csv"
            ]
        );
        let people = read(&files[2].1);
        assert_eq!(people.len(), 4, "header and three people");
        let h = &people[0];
        let col = |name: &str| h.iter().position(|c| c == name).unwrap();
        assert_eq!(people[1][col("family_name")], "Nguyen");
        assert_eq!(people[1][col("classification")], "OFFICIAL-SENSITIVE");
        assert_eq!(people[1][col("handling_code")], "P");
        assert_eq!(people[3][col("classification")], "OFFICIAL");
        assert!(!h.iter().any(|c| c == "owner_org" || c == "case_team"));
        for (name, text) in &files {
            let rows = read(text);
            assert!(
                rows.iter().all(|r| r.len() == rows[0].len()),
                "{name}: ragged"
            );
            assert!(text.ends_with("\r\n"), "{name}");
        }
        let intel = read(&files[3].1);
        assert_eq!(intel[1][3], "2C P");
        let links = read(&files[5].1);
        assert_eq!(links.len(), 14);
        assert_eq!(links[1][3], "lives_at");
        assert_eq!(links[1][6], "2025-02");
    }

    #[test]
    fn empty_bundles_give_header_only_files() {
        for (name, text) in to_csv(&Bundle::default()).unwrap() {
            assert_eq!(read(&text).len(), 1, "{name}");
        }
    }

    #[test]
    fn quotes_commas_quotes_and_line_breaks_per_rfc_4180() {
        let mut b = fixture::bundle();
        b.people[0].notes = "said \"no\", then\nleft".into();
        b.people[0].family_name = "O'Brien, Jr".into();
        let files = to_csv(&b).unwrap();
        let text = &files[2].1;
        assert!(text.contains("\"said \"\"no\"\", then\nleft\""), "{text}");
        assert!(text.contains("\"O'Brien, Jr\""));
        let rows = read(text);
        assert_eq!(rows[1][2], "O'Brien, Jr");
        assert_eq!(rows[1][6], "said \"no\", then\nleft");
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_defused() {
        assert_eq!(guard("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(guard("+447700900123"), "'+447700900123");
        assert_eq!(guard("-2+3"), "'-2+3");
        assert_eq!(guard("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(guard("\tcmd"), "'\tcmd");
        assert_eq!(guard("\rcmd"), "'\rcmd");
        assert_eq!(guard("＝1+1"), "'＝1+1");
        assert_eq!(guard("Nguyen"), "Nguyen");
        assert_eq!(guard("a=b"), "a=b");
        assert_eq!(guard(""), "");

        let mut b = fixture::bundle();
        b.people[0].given_name = "=cmd|' /C calc'!A0".into();
        let files = to_csv(&b).unwrap();
        let rows = read(&files[2].1);
        assert_eq!(rows[1][1], "'=cmd|' /C calc'!A0");
        let entities = read(&files[4].1);
        assert_eq!(entities[1][3], "'+447700900123", "normalised phone");
    }
}
