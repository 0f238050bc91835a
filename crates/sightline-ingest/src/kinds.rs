//! Cases, intelligence reports and links, row by row: the fields each kind's mapping may
//! name and the validation of one row into a `…Row` or the list of every bad cell. The
//! columns are found through the same [`Mapper`] as people's, and codes are translated by
//! the mapping's `[values.FIELD]` tables; a field holding several values (exploitation
//! types, sectors) takes them separated by `;`, `|` or `,`, each translated on its own.
//!
//! Links name their ends as a kind (`person` or `entity`) and a key: a Sightline id, or a
//! source id with the source that gave it. Looking the ends up needs the database, so it
//! happens outside this crate (`sightline-load`); here the key is only checked for shape.

use chrono::NaiveDate;
use sightline_core::{
    CaseStatus, Classification, Confidence, ExploitationType, HandlingCode, IntelAssessment,
    IntelDetails, LinkType, NewCase, NewIntelReport, NewLink, NodeRef, NodeType, SourceEvaluation,
    ValidationError, SECTORS,
};
use uuid::Uuid;

use crate::{
    field_value, normalise_date, CellError, CellsByIndex, Errors, FieldSource, Mapper, Row,
};

/// The fields a case import understands.
pub const CASE_FIELDS: &[&str] = &[
    "source_id",
    "reference",
    "title",
    "summary",
    "status",
    "exploitation_types",
    "sectors",
    "force_area",
    "opened_on",
    "closed_on",
    "classification",
    "handling_code",
    "handling_conditions",
];

/// The fields an intelligence import understands.
pub const INTEL_FIELDS: &[&str] = &[
    "source_id",
    "title",
    "narrative",
    "source_evaluation",
    "intelligence_assessment",
    "handling_code",
    "handling_conditions",
    "submitting_officer",
    "submitting_force",
    "information_date",
    "case_reference",
    "classification",
];

/// The fields a link import understands.
pub const LINK_FIELDS: &[&str] = &[
    "source_id",
    "from_kind",
    "from_source",
    "from_id",
    "to_kind",
    "to_source",
    "to_id",
    "link_type",
    "date_from",
    "date_to",
    "confidence",
    "classification",
    "handling_code",
    "handling_conditions",
];

/// A row's own markings, where it gives them (the import's defaults fill the rest).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowMarkings {
    pub classification: Option<Classification>,
    pub handling_code: Option<HandlingCode>,
    pub handling_conditions: Option<String>,
}

/// A validated case row, ready to store.
#[derive(Debug, Clone)]
pub struct CaseRow {
    pub line: u64,
    pub source_id: String,
    /// The source's own case reference (e.g. an operation name), kept as the case's
    /// reference; Sightline gives one (`SL-2026-00042`) when it is absent.
    pub reference: Option<String>,
    pub case: NewCase,
    pub markings: RowMarkings,
}

/// A validated intelligence row, ready to store once its case (if any) is found.
#[derive(Debug, Clone)]
pub struct IntelRow {
    pub line: u64,
    pub source_id: String,
    pub report: NewIntelReport,
    /// Officer and force (normalised); `case_id` is left for the caller to fill.
    pub details: IntelDetails,
    /// The case it belongs to, as the row names it: a Sightline id, a case reference or
    /// an imported case's source id.
    pub case_reference: Option<Lookup>,
    pub markings: RowMarkings,
}

/// A record named in a row, to be looked up in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup {
    /// The column that named it and the value as written, for the error if it is not found.
    pub column: String,
    pub value: String,
    /// The value is a Sightline id.
    pub id: Option<Uuid>,
    /// The source that gave the source id (for a link's ends; absent: the import's own).
    pub source: Option<String>,
}

/// One end of a link as a row names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkEnd {
    pub node_type: NodeType,
    pub key: Lookup,
}

/// A validated link row, ready to store once both ends are found.
#[derive(Debug, Clone)]
pub struct LinkRow {
    pub line: u64,
    pub source_id: String,
    pub from: LinkEnd,
    pub to: LinkEnd,
    pub link_type: LinkType,
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    pub confidence: Confidence,
    pub markings: RowMarkings,
}

impl LinkRow {
    /// The link to store, once its ends are known.
    pub fn link(&self, from: Uuid, to: Uuid, source: &str) -> NewLink {
        NewLink {
            from: NodeRef {
                node_type: self.from.node_type,
                id: from,
            },
            to: NodeRef {
                node_type: self.to.node_type,
                id: to,
            },
            link_type: self.link_type,
            date_from: self.date_from.clone(),
            date_to: self.date_to.clone(),
            source: source.to_string(),
            confidence: self.confidence,
        }
    }
}

/// Reads the fields of one row through the mapping, collecting every bad cell.
struct Cells<'a, 'm, C: CellsByIndex> {
    names: &'static [&'static str],
    fields: &'a [FieldSource<'m>],
    cells: &'a C,
    date_format: Option<&'a str>,
    e: Errors,
}

impl<'a, C: CellsByIndex> Cells<'a, '_, C> {
    fn at(&self, name: &str) -> usize {
        self.names
            .iter()
            .position(|n| *n == name)
            .expect("a field of this kind")
    }

    fn column(&self, name: &str) -> &str {
        self.fields[self.at(name)].column
    }

    fn get(&self, name: &str) -> &'a str {
        field_value(&self.fields[self.at(name)], self.cells)
    }

    fn bad(&mut self, name: &str, value: &str, reason: impl Into<String>) {
        let column = self.column(name).to_string();
        self.e.bad(&column, value, reason);
    }

    /// A validation error from a domain type, put on the cell of its field.
    fn invalid(&mut self, v: ValidationError) {
        if self.names.contains(&v.field.as_str()) {
            let value = self.get(&v.field).to_string();
            self.bad(&v.field.clone(), &value, v.message);
        } else {
            self.e.bad(&v.field, "", v.message);
        }
    }

    fn parsed<T: std::str::FromStr<Err = ValidationError>>(&mut self, name: &str) -> Option<T> {
        let i = self.at(name);
        self.e.parsed(&self.fields[i], self.cells)
    }

    /// The source's own id: needed in every row.
    fn source_id(&mut self) -> String {
        let v = self.get("source_id");
        if v.is_empty() {
            self.bad(
                "source_id",
                "",
                "every row needs the source's own id (set id_column in the mapping to name its column)",
            );
        } else if v.chars().count() > 200 {
            self.bad("source_id", v, "the id is longer than 200 characters");
        }
        v.to_string()
    }

    fn text(&self, name: &str) -> Option<String> {
        let v = self.get(name);
        (!v.is_empty()).then(|| v.to_string())
    }

    /// Several values in one cell, each translated through the field's codes.
    fn list(&self, name: &str) -> Vec<(String, String)> {
        let f = &self.fields[self.at(name)];
        let raw = f.index.map(|i| self.cells.cell_at(i).trim()).unwrap_or("");
        let raw = if raw.is_empty() { f.default } else { raw };
        raw.split([';', '|', ','])
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| {
                let code = f
                    .codes
                    .and_then(|codes| {
                        codes
                            .iter()
                            .find(|(from, _)| from.trim().eq_ignore_ascii_case(v))
                            .map(|(_, to)| to.clone())
                    })
                    .unwrap_or_else(|| v.to_string());
                (v.to_string(), code)
            })
            .collect()
    }

    /// A date, possibly partial, in ISO form.
    fn partial_date(&mut self, name: &str) -> Option<String> {
        let v = self.get(name);
        if v.is_empty() {
            return None;
        }
        match normalise_date(v, self.date_format) {
            Ok(d) => Some(d),
            Err(reason) => {
                self.bad(name, v, reason);
                None
            }
        }
    }

    /// A whole date.
    fn date(&mut self, name: &str) -> Option<NaiveDate> {
        let v = self.get(name);
        let iso = self.partial_date(name)?;
        match NaiveDate::parse_from_str(&iso, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.bad(name, v, "give the whole date, as YYYY-MM-DD");
                None
            }
        }
    }

    /// The row's own markings; code C needs its conditions, P has none.
    fn markings(&mut self) -> RowMarkings {
        let classification = self.parsed::<Classification>("classification");
        let handling_code = self.parsed::<HandlingCode>("handling_code");
        let handling_conditions = self.text("handling_conditions");
        match (handling_code, &handling_conditions) {
            (Some(HandlingCode::C), None) => {
                let v = self.get("handling_code").to_string();
                self.bad(
                    "handling_code",
                    &v,
                    "handling code C needs the conditions of dissemination stated (handling_conditions)",
                )
            }
            (Some(HandlingCode::P), Some(c)) => {
                let c = c.clone();
                self.bad(
                    "handling_conditions",
                    &c,
                    "handling code P carries no conditions; use C to state conditions",
                )
            }
            _ => {}
        }
        RowMarkings {
            classification,
            handling_code,
            handling_conditions,
        }
    }

    fn lookup(&self, name: &str, source_field: Option<&str>) -> Option<Lookup> {
        let value = self.text(name)?;
        Some(Lookup {
            column: self.column(name).to_string(),
            id: Uuid::parse_str(&value).ok(),
            source: source_field.and_then(|s| self.text(s)),
            value,
        })
    }

    fn finish<T>(self, row: T) -> Result<T, Vec<CellError>> {
        if self.e.errors.is_empty() {
            Ok(row)
        } else {
            Err(self.e.errors)
        }
    }
}

/// One end of a link as the row names it: `{side}_kind`, `{side}_id`, `{side}_source`.
fn link_end<C: CellsByIndex>(c: &mut Cells<'_, '_, C>, side: &str) -> Option<LinkEnd> {
    let kind_field = format!("{side}_kind");
    let id_field = format!("{side}_id");
    let kind = c.get(&kind_field);
    let node_type = match kind.to_ascii_lowercase().as_str() {
        "" | "person" => NodeType::Person,
        "entity" => NodeType::Entity,
        _ => {
            let v = kind.to_string();
            c.bad(&kind_field, &v, "a link's end is a person or an entity");
            return None;
        }
    };
    let Some(key) = c.lookup(&id_field, Some(&format!("{side}_source"))) else {
        c.bad(
                &id_field,
                "",
                format!("name the link's '{side}' end: a Sightline id, or a source id (with {side}_source when it is another source's)"),
            );
        return None;
    };
    if node_type == NodeType::Entity && key.id.is_none() {
        let v = key.value.clone();
        c.bad(&id_field, &v, "an entity is named by its Sightline id");
        return None;
    }
    Some(LinkEnd { node_type, key })
}

impl<'m> Mapper<'m> {
    /// A mapper for case rows.
    pub fn for_cases(m: &'m crate::Mapping) -> Self {
        Mapper::new(m, CASE_FIELDS)
    }

    /// A mapper for intelligence rows.
    pub fn for_intel(m: &'m crate::Mapping) -> Self {
        Mapper::new(m, INTEL_FIELDS)
    }

    /// A mapper for link rows.
    pub fn for_links(m: &'m crate::Mapping) -> Self {
        Mapper::new(m, LINK_FIELDS)
    }

    fn cells<'a>(&'a mut self, row: &'a Row) -> Cells<'a, 'm, Row> {
        let names = self.names;
        let date_format = self.m.date_format.as_deref();
        let fields = self.fields_for(row);
        Cells {
            names,
            fields,
            cells: row,
            date_format,
            e: Errors {
                line: row.line,
                errors: Vec::new(),
            },
        }
    }

    /// Validates one row as a case (a mapper from [`Mapper::for_cases`]).
    pub fn case(&mut self, row: &Row) -> Result<CaseRow, Vec<CellError>> {
        let mut c = self.cells(row);
        let source_id = c.source_id();
        let reference = c.text("reference");
        if let Some(r) = &reference {
            if r.chars().count() > 100 {
                c.bad("reference", r, "a case reference is at most 100 characters");
            }
        }
        let status = c
            .parsed::<CaseStatus>("status")
            .unwrap_or(CaseStatus::Active);
        let mut exploitation_types = Vec::new();
        for (raw, code) in c.list("exploitation_types") {
            match code.parse::<ExploitationType>() {
                Ok(t) => exploitation_types.push(t),
                Err(e) => c.bad("exploitation_types", &raw, e.message),
            }
        }
        let mut sectors = Vec::new();
        for (raw, code) in c.list("sectors") {
            match SECTORS.iter().find(|s| s.eq_ignore_ascii_case(&code)) {
                Some(s) => sectors.push(s.to_string()),
                None => c.bad(
                    "sectors",
                    &raw,
                    format!(
                        "'{code}' is not an HTCDS labour type; use one of: {}",
                        SECTORS.join(", ")
                    ),
                ),
            }
        }
        let opened_on = c.date("opened_on");
        let closed_on = c.date("closed_on");
        let title = c
            .text("title")
            .or_else(|| reference.clone())
            .unwrap_or_default();
        let mut case = NewCase {
            title,
            summary: c.get("summary").to_string(),
            status,
            exploitation_types,
            details: sightline_core::CaseDetails {
                sectors,
                force_area: c.text("force_area"),
                opened_on,
                closed_on,
                outcomes: Default::default(),
            },
        };
        if let Err(v) = case.validate() {
            c.invalid(v);
        }
        let markings = c.markings();
        let line = row.line;
        c.finish(CaseRow {
            line,
            source_id,
            reference,
            case,
            markings,
        })
    }

    /// Validates one row as an intelligence report (a mapper from [`Mapper::for_intel`]).
    pub fn intel(&mut self, row: &Row) -> Result<IntelRow, Vec<CellError>> {
        let mut c = self.cells(row);
        let source_id = c.source_id();
        let narrative = c.get("narrative").to_string();
        let source_evaluation = c.parsed::<SourceEvaluation>("source_evaluation");
        let intelligence_assessment = c.parsed::<IntelAssessment>("intelligence_assessment");
        for (field, given) in [
            ("source_evaluation", source_evaluation.is_some()),
            ("intelligence_assessment", intelligence_assessment.is_some()),
        ] {
            if !given && c.get(field).is_empty() {
                c.bad(field, "", "every report needs its 3x5x2 grading");
            }
        }
        let information_date = c.date("information_date");
        // Without a title, the report is known by the start of its narrative.
        let title = c.text("title").unwrap_or_else(|| {
            let first = narrative.lines().next().unwrap_or("").trim();
            let mut t: String = first.chars().take(80).collect();
            if first.chars().count() > 80 {
                t.push('…');
            }
            t
        });
        let mut report = NewIntelReport {
            title,
            narrative,
            source_evaluation: source_evaluation.unwrap_or(SourceEvaluation::Untested),
            intelligence_assessment: intelligence_assessment.unwrap_or(IntelAssessment::D),
            information_date,
        };
        if report.narrative.trim().is_empty() {
            // (Else the title made from it would be the one reported missing.)
            c.bad("narrative", "", "every report needs its narrative");
        } else if let Err(v) = report.validate() {
            c.invalid(v);
        }
        let mut details = IntelDetails {
            submitting_officer: c.text("submitting_officer"),
            submitting_force: c.text("submitting_force"),
            case_id: None,
        };
        if let Err(v) = details.validate() {
            c.invalid(v);
        }
        let case_reference = c.lookup("case_reference", None);
        let markings = c.markings();
        let line = row.line;
        c.finish(IntelRow {
            line,
            source_id,
            report,
            details,
            case_reference,
            markings,
        })
    }

    /// Validates one row as a link (a mapper from [`Mapper::for_links`]); its ends are
    /// checked for shape, not looked up.
    pub fn link(&mut self, row: &Row) -> Result<LinkRow, Vec<CellError>> {
        let mut c = self.cells(row);
        let source_id = c.source_id();
        let from = link_end(&mut c, "from");
        let to = link_end(&mut c, "to");
        let link_type = c.parsed::<LinkType>("link_type");
        if link_type.is_none() && c.get("link_type").is_empty() {
            c.bad(
                "link_type",
                "",
                format!(
                    "every link needs a type: one of {}",
                    LinkType::ALL
                        .iter()
                        .map(|t| t.code())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
        let date_from = c.partial_date("date_from");
        let date_to = c.partial_date("date_to");
        if let (Some(a), Some(b)) = (&date_from, &date_to) {
            if b < a {
                let v = c.get("date_to").to_string();
                c.bad("date_to", &v, "the link ends before it starts");
            }
        }
        let confidence = c
            .parsed::<Confidence>("confidence")
            .unwrap_or(Confidence::Medium);
        if let (Some(f), Some(t)) = (&from, &to) {
            if f == t {
                let v = t.key.value.clone();
                c.bad("to_id", &v, "a record cannot be linked to itself");
            }
        }
        let markings = c.markings();
        let line = row.line;
        match (from, to, link_type) {
            (Some(from), Some(to), Some(link_type)) => c.finish(LinkRow {
                line,
                source_id,
                from,
                to,
                link_type,
                date_from,
                date_to,
                confidence,
                markings,
            }),
            _ => Err(c.e.errors),
        }
    }
}
