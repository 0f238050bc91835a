//! Exports of Sightline records to the formats partners and tools read.
//!
//! The crate is pure: it takes a [`Bundle`] of records that the caller has already
//! filtered through the access policy (`sightline_core::decide`) and returns strings or
//! `serde_json::Value`s, or writes into any `std::io::Write`. It opens no file, reads no
//! clock and talks to no database; what goes out is exactly what the caller passed in, in
//! the shape of the chosen format.
//!
//! | format | function | what it is for | source of its field list |
//! |---|---|---|---|
//! | Sightline JSON | [`json::to_json`], [`json::from_json`] | a versioned, lossless copy that Sightline re-imports, markings and provenance included | this crate (`{"format":"sightline-export","version":1,…}`) |
//! | CSV | [`csv_export::to_csv`] | one file per record type for spreadsheets, RFC 4180 quoting, formula-injection guard | this crate |
//! | HTCDS | [`htcds::to_htcds`], [`htcds::validate_htcds`] | cases with their victims and perpetrators in the Human Trafficking Case Data Standard's field names and values | `UNMigration/HTCDS`, *HTCDS Field Reference.md* (see [`htcds`]) |
//! | FollowTheMoney | [`ftm::to_ftm`], [`ftm::validate_ftm`] | people, organisations, entities and links as FtM entities (JSON Lines) for OCCRP Aleph and FtM tools | `alephdata/followthemoney`, `followthemoney/schema/*.yaml` (see [`ftm`]) |
//! | GraphML | [`graphml::to_graphml`] | the network of people, entities, cases and organisations for Gephi, networkx, yEd | the GraphML 1.0 schema |
//!
//! ## Markings
//!
//! Sightline JSON keeps every marking (classification, handling code and conditions,
//! owning organisation, case team) so that a re-import restores them. CSV carries the
//! classification, handling code and handling conditions of each row. GraphML carries the
//! classification of each node and edge. HTCDS and FtM are formats for other
//! organisations' tools and have no field for protective markings: they carry only the
//! classification (HTCDS in an `x_sightline_Classification` extension field of a case,
//! FtM as `Classification: …` in `notes`, or `summary` for relationships and
//! identifications, which have no `notes`), never the owning
//! organisation, the case team or the handling conditions. Handling conditions bind the
//! person who exports: a caller must not pass records whose conditions forbid the
//! disclosure it is making.
//!
//! ## Adding fields
//!
//! Each record type is mapped in one function per format (`person_row`, `person_object`,
//! `person_entity`, …), and each vocabulary in one table per format (`gender_htcds`,
//! `gender_ftm`, …), so a new field on a core type is one line per format.

pub mod csv_export;
pub mod ftm;
pub mod graphml;
pub mod htcds;
pub mod json;
pub mod pdf;

mod codes;

use serde::{Deserialize, Serialize};
use sightline_core::{Case, CaseParty, Entity, IntelReport, Link, Organisation, Person};

pub use csv_export::to_csv;
pub use ftm::{to_ftm, validate_ftm};
pub use graphml::to_graphml;
pub use htcds::{to_htcds, validate_htcds};
pub use json::{from_json, to_json};

/// The records to export, already filtered by the access policy for the person exporting.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub cases: Vec<Case>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub intel: Vec<IntelReport>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub case_parties: Vec<CaseParty>,
}

/// What can go wrong while exporting or reading an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    /// The input is JSON but not a Sightline export this version can read.
    #[error("{0}")]
    Format(String),
}

#[cfg(test)]
pub(crate) mod fixture;

/// Look-ups by id into a bundle, shared by the formats that follow links.
pub(crate) struct Index<'a> {
    pub people: std::collections::HashMap<uuid::Uuid, &'a Person>,
    pub entities: std::collections::HashMap<uuid::Uuid, &'a Entity>,
}

impl<'a> Index<'a> {
    pub fn new(b: &'a Bundle) -> Self {
        Index {
            people: b.people.iter().map(|p| (p.id, p)).collect(),
            entities: b.entities.iter().map(|e| (e.id, e)).collect(),
        }
    }

    /// Whether the record a link end names is in the bundle.
    pub fn has(&self, end: &sightline_core::NodeRef) -> bool {
        match end.node_type {
            sightline_core::NodeType::Person => self.people.contains_key(&end.id),
            sightline_core::NodeType::Entity => self.entities.contains_key(&end.id),
        }
    }

    pub fn entity(&self, end: &sightline_core::NodeRef) -> Option<&'a Entity> {
        match end.node_type {
            sightline_core::NodeType::Entity => self.entities.get(&end.id).copied(),
            sightline_core::NodeType::Person => None,
        }
    }
}
