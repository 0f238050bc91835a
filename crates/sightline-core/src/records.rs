//! The first record types: organisations, people, cases and intelligence reports.
//!
//! Each record has a `New…` form (what a user submits, validated here) and the stored
//! form (with id, markings and provenance). The deeper data model extends these.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::policy::Markings;
use crate::vocab::{
    CaseStatus, ExploitationType, Gender, IntelAssessment, OrgType, SourceEvaluation,
};
use crate::ValidationError;

/// Kinds of record that carry markings and personal data; the audit log names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Person,
    Case,
    Intel,
}

impl RecordKind {
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Person => "person",
            RecordKind::Case => "case",
            RecordKind::Intel => "intel",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: Uuid,
    pub name: String,
    pub org_type: OrgType,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewOrganisation {
    pub name: String,
    pub org_type: OrgType,
}

impl NewOrganisation {
    pub fn validate(&self) -> Result<(), ValidationError> {
        text("name", &self.name, 1, 200)
    }
}

/// Where a record came from and who made it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub created_at: DateTime<Utc>,
    pub created_by: Uuid,
    pub updated_at: DateTime<Utc>,
    /// The system an imported record came from, and its id there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The import batch that brought it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<Uuid>,
}

impl Provenance {
    /// Made now by `by`, not imported.
    pub fn new(at: DateTime<Utc>, by: Uuid) -> Self {
        Provenance {
            created_at: at,
            created_by: by,
            updated_at: at,
            source: None,
            source_id: None,
            batch_id: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: Uuid,
    pub given_name: String,
    pub family_name: String,
    /// As recorded: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when only part is known.
    pub date_of_birth: Option<String>,
    pub gender: Gender,
    /// ISO 3166-1 alpha-2.
    pub nationality: Option<String>,
    pub notes: String,
    /// Aliases, name order, other nationalities, languages, identifiers, description.
    #[serde(default)]
    pub details: PersonDetails,
    pub markings: Markings,
    pub provenance: Provenance,
}

/// What else is known of a person, beyond the fields every record has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersonDetails {
    /// Other names and spellings the person is known by.
    pub aliases: Vec<String>,
    /// How the source recorded the name: `given_family`, `family_given` (e.g. Vietnamese
    /// or Chinese records) or `unknown`; resolution compares names in either order anyway.
    pub name_order: Option<String>,
    /// The date of birth is an estimate (e.g. from an age assessment).
    pub dob_estimated: bool,
    /// Nationalities besides `nationality`, ISO 3166-1 alpha-2.
    pub nationalities: Vec<String>,
    pub languages: Vec<String>,
    pub identifiers: Vec<Identifier>,
    /// Physical description: height, build, tattoos, scars.
    pub description: String,
}

/// An identifying number: passport, national insurance, Home Office reference…
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    /// One of [`IDENTIFIER_KINDS`].
    pub kind: String,
    pub value: String,
    /// The issuing country, ISO 3166-1 alpha-2, when it matters (passports).
    #[serde(default)]
    pub country: Option<String>,
}

pub const IDENTIFIER_KINDS: &[(&str, &str)] = &[
    ("passport", "Passport"),
    ("national_id", "National identity card"),
    ("national_insurance", "National Insurance number"),
    ("home_office_reference", "Home Office reference"),
    ("driving_licence", "Driving licence"),
    ("other", "Other"),
];

fn iso_country(field: &str, n: &str) -> Result<String, ValidationError> {
    let n = n.trim().to_ascii_uppercase();
    if n.len() != 2 || !n.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(ValidationError::new(
            field,
            format!("'{n}' is not an ISO 3166-1 alpha-2 code such as GB, VN or AL"),
        ));
    }
    Ok(n)
}

impl PersonDetails {
    /// Trims, checks and normalises every part; the first broken rule is returned.
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        let tidy = |v: &mut Vec<String>| {
            v.iter_mut().for_each(|s| *s = s.trim().to_string());
            v.retain(|s| !s.is_empty());
            v.dedup();
        };
        tidy(&mut self.aliases);
        tidy(&mut self.languages);
        tidy(&mut self.nationalities);
        if self.aliases.len() > 50 {
            return Err(ValidationError::new("aliases", "at most 50 aliases"));
        }
        for a in self.aliases.iter().chain(self.languages.iter()) {
            text("aliases", a, 1, 200)?;
        }
        for n in self.nationalities.iter_mut() {
            *n = iso_country("nationalities", n)?;
        }
        if let Some(o) = &self.name_order {
            if !matches!(o.as_str(), "given_family" | "family_given" | "unknown") {
                return Err(ValidationError::new(
                    "name_order",
                    "name order is given_family, family_given or unknown",
                ));
            }
        }
        text("description", &self.description, 0, 5_000)?;
        for id in self.identifiers.iter_mut() {
            id.value = id.value.trim().to_string();
            if !IDENTIFIER_KINDS.iter().any(|(k, _)| *k == id.kind) {
                return Err(ValidationError::new(
                    "identifiers",
                    format!(
                        "'{}' is not a kind of identifier; use one of: {}",
                        id.kind,
                        IDENTIFIER_KINDS
                            .iter()
                            .map(|(k, _)| *k)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
            text("identifiers", &id.value, 1, 100)?;
            if id.kind == "national_insurance" {
                let v: String = id
                    .value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_uppercase();
                let b = v.as_bytes();
                let ok = b.len() == 9
                    && b[..2].iter().all(u8::is_ascii_uppercase)
                    && b[2..8].iter().all(u8::is_ascii_digit)
                    && matches!(b[8], b'A'..=b'D');
                if !ok {
                    return Err(ValidationError::new(
                        "identifiers",
                        format!(
                            "'{}' is not a National Insurance number such as QQ123456C",
                            id.value
                        ),
                    ));
                }
                id.value = v;
            }
            if let Some(c) = id.country.take().filter(|c| !c.trim().is_empty()) {
                id.country = Some(iso_country("identifiers", &c)?);
            }
        }
        Ok(())
    }
}

impl Person {
    pub fn display_name(&self) -> String {
        match (self.given_name.is_empty(), self.family_name.is_empty()) {
            (false, false) => format!("{} {}", self.given_name, self.family_name.to_uppercase()),
            (true, false) => self.family_name.to_uppercase(),
            _ => self.given_name.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewPerson {
    #[serde(default)]
    pub given_name: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default = "unknown_gender")]
    pub gender: Gender,
    #[serde(default)]
    pub nationality: Option<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub details: PersonDetails,
}

fn unknown_gender() -> Gender {
    Gender::Unknown
}

impl NewPerson {
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        self.given_name = self.given_name.trim().to_string();
        self.family_name = self.family_name.trim().to_string();
        if self.given_name.is_empty() && self.family_name.is_empty() {
            return Err(ValidationError::new(
                "family_name",
                "enter a given name or a family name",
            ));
        }
        text("given_name", &self.given_name, 0, 200)?;
        text("family_name", &self.family_name, 0, 200)?;
        text("notes", &self.notes, 0, 20_000)?;
        self.date_of_birth = blank_to_none(self.date_of_birth.take());
        if let Some(d) = &self.date_of_birth {
            partial_date("date_of_birth", d)?;
        }
        self.details.validate()?;
        self.nationality = blank_to_none(self.nationality.take()).map(|n| n.to_ascii_uppercase());
        if let Some(n) = &self.nationality {
            if n.len() != 2 || !n.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(ValidationError::new(
                    "nationality",
                    format!("'{n}' is not an ISO 3166-1 alpha-2 code such as GB, VN or AL"),
                ));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub id: Uuid,
    /// The human reference, e.g. `OP-2026-0042`.
    pub reference: String,
    pub title: String,
    pub summary: String,
    pub status: CaseStatus,
    pub exploitation_types: Vec<ExploitationType>,
    /// Sectors, force area, dates and outcomes.
    #[serde(default)]
    pub details: CaseDetails,
    pub markings: Markings,
    pub provenance: Provenance,
}

/// A case's sectors (HTCDS labour types), force area, dates and outcomes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseDetails {
    /// HTCDS TypeOfLabourExploitation values, e.g. `Agriculture`, `Hospitality`.
    pub sectors: Vec<String>,
    /// The police force area (a `geo` force code, e.g. `west-midlands`).
    pub force_area: Option<String>,
    pub opened_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub outcomes: CaseOutcomes,
}

/// What a case achieved, counted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseOutcomes {
    pub arrests: u32,
    pub charges: u32,
    pub convictions: u32,
    /// Slavery and Trafficking Prevention Orders.
    pub stpos: u32,
    /// Slavery and Trafficking Risk Orders.
    pub stros: u32,
    /// Potential victims safeguarded.
    pub safeguarded: u32,
}

/// HTCDS TypeOfLabourExploitation.
pub const SECTORS: &[&str] = &[
    "Agriculture",
    "Aquafarming",
    "Begging",
    "Construction",
    "DomesticWork",
    "Hospitality",
    "IllicitActivities",
    "Manufacturing",
    "MiningOrDrilling",
    "Peddling",
    "Transportation",
    "Other",
];

impl CaseDetails {
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        for s in &self.sectors {
            if !SECTORS.contains(&s.as_str()) {
                return Err(ValidationError::new(
                    "sectors",
                    format!(
                        "'{s}' is not an HTCDS labour type; use one of: {}",
                        SECTORS.join(", ")
                    ),
                ));
            }
        }
        self.sectors.sort();
        self.sectors.dedup();
        self.force_area = blank_to_none(self.force_area.take());
        if let Some(f) = &self.force_area {
            match crate::geo::force_by_code(f).or_else(|| crate::geo::force_by_name(f)) {
                Some(force) => self.force_area = Some(force.code.to_string()),
                None => {
                    return Err(ValidationError::new(
                        "force_area",
                        format!("'{f}' is not a UK police force"),
                    ))
                }
            }
        }
        if let (Some(o), Some(c)) = (self.opened_on, self.closed_on) {
            if c < o {
                return Err(ValidationError::new(
                    "closed_on",
                    "a case cannot close before it opened",
                ));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewCase {
    pub title: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default = "active")]
    pub status: CaseStatus,
    #[serde(default)]
    pub exploitation_types: Vec<ExploitationType>,
    #[serde(default)]
    pub details: CaseDetails,
}

fn active() -> CaseStatus {
    CaseStatus::Active
}

impl NewCase {
    /// The stored case this becomes, with its id, reference, markings and provenance.
    pub fn into_case(
        self,
        id: Uuid,
        reference: String,
        markings: Markings,
        provenance: Provenance,
    ) -> Case {
        Case {
            id,
            reference,
            title: self.title,
            summary: self.summary,
            status: self.status,
            exploitation_types: self.exploitation_types,
            details: self.details,
            markings,
            provenance,
        }
    }

    pub fn validate(&mut self) -> Result<(), ValidationError> {
        self.title = self.title.trim().to_string();
        text("title", &self.title, 1, 300)?;
        text("summary", &self.summary, 0, 50_000)?;
        self.exploitation_types.sort();
        self.exploitation_types.dedup();
        self.details.validate()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntelReport {
    pub id: Uuid,
    pub title: String,
    pub narrative: String,
    pub source_evaluation: SourceEvaluation,
    pub intelligence_assessment: IntelAssessment,
    /// The date the information relates to (not the date it was recorded).
    pub information_date: Option<NaiveDate>,
    /// Submitting officer and force, and the case it belongs to.
    #[serde(default)]
    pub details: IntelDetails,
    /// Handling code and conditions live in the markings: 3x5x2's "2".
    pub markings: Markings,
    pub provenance: Provenance,
}

/// Who submitted an intelligence report and which case it belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntelDetails {
    /// As the source names them: name, collar number or both.
    pub submitting_officer: Option<String>,
    /// The submitting force (a `geo` force code, e.g. `west-midlands`).
    pub submitting_force: Option<String>,
    pub case_id: Option<Uuid>,
}

impl IntelDetails {
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        self.submitting_officer = blank_to_none(self.submitting_officer.take());
        if let Some(o) = &self.submitting_officer {
            text("submitting_officer", o, 1, 200)?;
        }
        self.submitting_force = blank_to_none(self.submitting_force.take());
        if let Some(f) = &self.submitting_force {
            match crate::geo::force_by_code(f).or_else(|| crate::geo::force_by_name(f)) {
                Some(force) => self.submitting_force = Some(force.code.to_string()),
                None => {
                    return Err(ValidationError::new(
                        "submitting_force",
                        format!("'{f}' is not a UK police force"),
                    ))
                }
            }
        }
        Ok(())
    }
}

impl IntelReport {
    /// The 3x5x2 grade as officers write it, e.g. `1A P` or `2C C`.
    pub fn grade(&self) -> String {
        format!(
            "{}{} {}",
            self.source_evaluation.code(),
            self.intelligence_assessment.code(),
            self.markings.handling_code.code()
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewIntelReport {
    pub title: String,
    pub narrative: String,
    pub source_evaluation: SourceEvaluation,
    pub intelligence_assessment: IntelAssessment,
    #[serde(default)]
    pub information_date: Option<NaiveDate>,
}

impl NewIntelReport {
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        self.title = self.title.trim().to_string();
        text("title", &self.title, 1, 300)?;
        text("narrative", &self.narrative, 1, 100_000)?;
        if let Some(d) = self.information_date {
            if d > Utc::now().date_naive() {
                return Err(ValidationError::new(
                    "information_date",
                    "the date of the information cannot be in the future",
                ));
            }
        }
        Ok(())
    }
}

pub(crate) fn blank_to_none(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub(crate) fn text(
    field: &str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<(), ValidationError> {
    let n = value.chars().count();
    if n < min {
        return Err(ValidationError::new(field, "enter a value"));
    }
    if n > max {
        return Err(ValidationError::new(
            field,
            format!("is {n} characters long; the most allowed is {max}"),
        ));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(ValidationError::new(field, "contains control characters"));
    }
    Ok(())
}

/// A date that may be partial: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, not in the future.
pub fn partial_date(field: &str, s: &str) -> Result<(), ValidationError> {
    let bad = || {
        ValidationError::new(
            field,
            format!("'{s}' is not a date as YYYY-MM-DD, YYYY-MM or YYYY"),
        )
    };
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Result<u32, ValidationError> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let today = Utc::now().date_naive();
    let year = num(parts[0], 4)? as i32;
    let (month, day) = match parts.len() {
        1 => (1, 1),
        2 => (num(parts[1], 2)?, 1),
        3 => (num(parts[1], 2)?, num(parts[2], 2)?),
        _ => return Err(bad()),
    };
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(bad)?;
    if year < 1900 || date > today {
        return Err(ValidationError::new(
            field,
            format!("'{s}' is outside 1900 to today"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates() {
        for ok in ["1990", "1990-02", "1990-02-28", "2000-02-29"] {
            partial_date("dob", ok).unwrap();
        }
        for bad in [
            "90",
            "1990-2",
            "1990-02-30",
            "1899",
            "3000-01-01",
            "1990/02/01",
            "",
            "1990-02-01-01",
        ] {
            assert!(partial_date("dob", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_person_needs_a_name_and_a_proper_nationality_code() {
        let mut p = NewPerson {
            given_name: "  ".into(),
            family_name: "".into(),
            date_of_birth: Some(" ".into()),
            gender: Gender::Unknown,
            nationality: Some("vn".into()),
            notes: String::new(),
            details: Default::default(),
        };
        assert_eq!(p.validate().unwrap_err().field, "family_name");
        p.family_name = " Nguyen ".into();
        p.validate().unwrap();
        assert_eq!(p.family_name, "Nguyen");
        assert_eq!(p.nationality.as_deref(), Some("VN"));
        assert_eq!(p.date_of_birth, None);
        p.nationality = Some("Vietnam".into());
        assert_eq!(p.validate().unwrap_err().field, "nationality");
    }

    #[test]
    fn person_details_are_checked_and_normalised() {
        let mut d = PersonDetails {
            aliases: vec![" Ionut ".into(), "".into()],
            nationalities: vec!["md".into()],
            identifiers: vec![Identifier {
                kind: "national_insurance".into(),
                value: "qq 12 34 56 c".into(),
                country: Some(" ".into()),
            }],
            ..Default::default()
        };
        d.validate().unwrap();
        assert_eq!(d.aliases, ["Ionut"]);
        assert_eq!(d.nationalities, ["MD"]);
        assert_eq!(d.identifiers[0].value, "QQ123456C");
        assert_eq!(d.identifiers[0].country, None);
        d.identifiers[0].value = "12345".into();
        assert!(d
            .validate()
            .unwrap_err()
            .message
            .contains("National Insurance"));
        d.identifiers[0].kind = "tattoo".into();
        assert!(d
            .validate()
            .unwrap_err()
            .message
            .contains("not a kind of identifier"));
    }

    #[test]
    fn case_details_know_sectors_forces_and_dates() {
        let mut d = CaseDetails {
            sectors: vec!["Agriculture".into(), "Agriculture".into()],
            force_area: Some("GMP".into()),
            ..Default::default()
        };
        d.validate().unwrap();
        assert_eq!(d.sectors, ["Agriculture"]);
        assert_eq!(d.force_area.as_deref(), Some("gmp"));
        d.force_area = Some("Atlantis Constabulary".into());
        assert_eq!(d.validate().unwrap_err().field, "force_area");
        d.force_area = None;
        d.opened_on = NaiveDate::from_ymd_opt(2026, 5, 1);
        d.closed_on = NaiveDate::from_ymd_opt(2026, 4, 1);
        assert_eq!(d.validate().unwrap_err().field, "closed_on");
        d.sectors = vec!["Fishing".into()];
        assert_eq!(d.validate().unwrap_err().field, "sectors");
    }

    #[test]
    fn text_limits_and_control_characters() {
        let mut c = NewCase {
            title: "x".repeat(301),
            summary: String::new(),
            status: CaseStatus::Active,
            exploitation_types: vec![],
            details: Default::default(),
        };
        assert!(c.validate().unwrap_err().message.contains("301"));
        c.title = "Op \u{0007}Bell".into();
        assert!(c.validate().unwrap_err().message.contains("control"));
    }
}
