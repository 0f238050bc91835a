//! Sightline's domain: record types, taxonomies, markings and the access policy.
//!
//! This crate knows the vocabulary of modern slavery policing (`shared/domain.md`) and the
//! rules that hold within a record. It knows nothing of SQL, HTTP or files.

pub mod entities;
pub mod forms;
pub mod geo;
pub mod policy;
pub mod public;
pub mod records;
pub mod retention;
pub mod vocab;

pub use entities::*;
pub use policy::{decide, may_import, may_reroute, Action, Actor, Decision, Markings};
pub use public::{FindingDecision, NewPublicReport, PublicReport, ReportMessage};
pub use records::*;
pub use vocab::{
    CaseRole, CaseStatus, Classification, Confidence, ContactChoice, DangerNow, EntityKind,
    ExploitationType, FindingVerdict, Gender, HandlingCode, IntelAssessment, LinkType,
    MessageAuthor, OrgType, ReportStatus, Role, SourceEvaluation,
};

/// A value that breaks a rule, with the field it is in and what is wrong, in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ValidationError {
    pub field: String,
    pub message: String,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }
}

/// A new, time-ordered identifier (UUID v7).
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
