//! Sightline's persistence: the [`Store`] trait and its SQLite and PostgreSQL backends.
//!
//! Every method that touches a marked record takes a [`Ctx`] (who is acting, and why),
//! asks `sightline_core::decide` whether the action is allowed, and writes an audit entry
//! in the same transaction as the change, or, for reads, right after the read. Denials
//! are audited too. Nothing above this crate can reach a marked record another way.

pub mod audit;
pub mod casework;
mod imp;
mod import;
mod import_kinds;
pub mod matching;
pub mod network;
mod postgres;
mod sqlite;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sightline_core::{
    Actor, Case, CaseRole, Entity, IntelDetails, IntelReport, Link, Markings, NewCase, NewEntity,
    NewIntelReport, NewLink, NewOrganisation, NewPerson, NodeRef, Organisation, Person, Role,
    ValidationError,
};
use uuid::Uuid;

pub use audit::{AuditEntry, AuditEvent, AuditFilter, Outcome, VerifyReport};
pub use casework::{Casework, NewEvent, Precision, Submission, TriageFilter};
pub use matching::{
    MatchDecision, MatchPair, MatchRun, MatchSide, MatchVerdict, Matching, NewCandidate, PartyFact,
};
pub use network::{Network, NetworkRead, NetworkScope};
pub use postgres::PgStore;
pub use sqlite::SqliteStore;

/// What can go wrong in the store, typed so the web layer can map each to one status.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    #[error("invalid {0}")]
    Invalid(#[from] ValidationError),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),
    #[error("{0}")]
    Config(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Who is acting, through which channel, and for what purpose: attached to every audited call.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub actor: Actor,
    /// `web`, `api` or `cli`.
    pub channel: &'static str,
    /// The purpose the user gave, if any (free text).
    pub purpose: Option<String>,
}

/// A user account. The password hash never leaves the auth code paths.
#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: Uuid,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub org_id: Uuid,
    #[serde(skip)]
    pub password_hash: String,
    #[serde(skip)]
    pub totp_secret: Option<String>,
    pub totp_required: bool,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
}

impl User {
    pub fn totp_enrolled(&self) -> bool {
        self.totp_secret.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub org_id: Uuid,
    pub password_hash: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Team {
    pub id: Uuid,
    pub name: String,
    pub org_id: Uuid,
    pub created_at: DateTime<Utc>,
}

/// A server-side session. `id` is the SHA-256 of the cookie value, never the value itself.
#[derive(Debug, Clone)]
pub struct Session {
    pub id: String,
    pub user_id: Uuid,
    pub csrf_token: String,
    /// False until the second factor is passed (or when none is needed).
    pub mfa_ok: bool,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ApiToken {
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    #[serde(skip)]
    pub token_hash: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The other end of a link, as the reader sees it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Node {
    Person(Person),
    Entity(Entity),
}

impl Node {
    pub fn label(&self) -> String {
        match self {
            Node::Person(p) => p.display_name(),
            Node::Entity(e) => format!("{}: {}", e.kind.label(), e.value),
        }
    }
    pub fn href(&self) -> String {
        match self {
            Node::Person(p) => format!("/people/{}", p.id),
            Node::Entity(e) => format!("/entities/{}", e.id),
        }
    }
}

/// Another record of the same thing (see [`Store::same_entities`]) as a reader sees it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum SameEntity {
    /// The reader may read the record.
    Shown(Box<Entity>),
    /// The reader may not: only who holds it, and how many such records they hold.
    Held { org_name: String, records: usize },
}

/// A link seen from one of its ends.
#[derive(Debug, Clone, Serialize)]
pub struct Linked {
    pub link: Link,
    /// True when the record asked about is the link's `from` end.
    pub outgoing: bool,
    pub other: Node,
}

/// One import, recorded so it can be listed and rolled back.
#[derive(Debug, Clone, Serialize)]
pub struct ImportBatch {
    pub id: Uuid,
    pub kind: String,
    pub source: String,
    pub file_name: String,
    pub owner_org: Uuid,
    pub created_by: Uuid,
    pub created_at: DateTime<Utc>,
    /// `open` while importing, then `committed` or `rolled_back`.
    pub status: String,
    pub written: i64,
    /// Rows whose source id was already imported: skipped, not duplicated.
    pub existing: i64,
    pub rejected: i64,
    pub rolled_back_at: Option<DateTime<Utc>>,
}

/// What an import brings in: each kind is its own batch, table and bulk writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    Person,
    Case,
    Intel,
    Link,
}

impl ImportKind {
    pub const ALL: &'static [ImportKind] = &[
        ImportKind::Person,
        ImportKind::Case,
        ImportKind::Intel,
        ImportKind::Link,
    ];

    /// The code stored in `import_batches.kind`.
    pub fn code(self) -> &'static str {
        match self {
            ImportKind::Person => "person",
            ImportKind::Case => "case",
            ImportKind::Intel => "intel",
            ImportKind::Link => "link",
        }
    }

    /// The records of this kind, in words, for messages and the audit log.
    pub fn plural(self) -> &'static str {
        match self {
            ImportKind::Person => "people",
            ImportKind::Case => "cases",
            ImportKind::Intel => "intelligence reports",
            ImportKind::Link => "links",
        }
    }
}

impl std::str::FromStr for ImportKind {
    type Err = ValidationError;
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        ImportKind::ALL
            .iter()
            .copied()
            .find(|k| k.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                ValidationError::new("kind", "a kind of import is person, case, intel or link")
            })
    }
}

/// A validated person to import, with its id in the source system.
#[derive(Debug, Clone)]
pub struct ImportPerson {
    pub source_id: String,
    pub markings: Markings,
    pub person: NewPerson,
}

/// A validated case to import. `reference` is the source's own (kept as the case's
/// reference, which must then be free); without one the case gets a Sightline reference.
#[derive(Debug, Clone)]
pub struct ImportCase {
    pub source_id: String,
    pub reference: Option<String>,
    pub markings: Markings,
    pub case: NewCase,
}

/// A validated intelligence report to import, with its officer, force and case.
#[derive(Debug, Clone)]
pub struct ImportIntel {
    pub source_id: String,
    pub markings: Markings,
    pub report: NewIntelReport,
    pub details: IntelDetails,
}

/// A validated link to import, its ends already found ([`Store::find_for_import`]).
/// The link's `source` is the import's source.
#[derive(Debug, Clone)]
pub struct ImportLink {
    pub source_id: String,
    pub markings: Markings,
    pub link: NewLink,
}

/// What kind of record an import row names (a link's end, an intelligence report's case).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportTarget {
    Person,
    Entity,
    Case,
}

/// One chunk of validated rows for [`RecordImport::add`], of the import's kind.
#[derive(Debug, Clone)]
pub enum ImportRows {
    People(Vec<ImportPerson>),
    Cases(Vec<ImportCase>),
    Intel(Vec<ImportIntel>),
    Links(Vec<ImportLink>),
}

impl ImportRows {
    pub fn kind(&self) -> ImportKind {
        match self {
            ImportRows::People(_) => ImportKind::Person,
            ImportRows::Cases(_) => ImportKind::Case,
            ImportRows::Intel(_) => ImportKind::Intel,
            ImportRows::Links(_) => ImportKind::Link,
        }
    }

    pub fn len(&self) -> usize {
        match self {
            ImportRows::People(r) => r.len(),
            ImportRows::Cases(r) => r.len(),
            ImportRows::Intel(r) => r.len(),
            ImportRows::Links(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub written: i64,
    pub existing: i64,
}

/// An import in progress (one transaction), of one [`ImportKind`].
#[async_trait]
pub trait RecordImport: Send {
    fn batch_id(&self) -> Uuid;
    fn kind(&self) -> ImportKind;
    /// Adds rows (of the import's kind); a row whose source id is already stored is
    /// counted, not duplicated.
    async fn add(&mut self, rows: ImportRows) -> Result<ImportOutcome>;
    /// Records the batch, audits it, and makes every row visible at once.
    async fn commit(self: Box<Self>, rejected: i64) -> Result<ImportBatch>;
}

/// The persistence interface. Two implementations: [`SqliteStore`] and [`PgStore`].
#[async_trait]
pub trait Store: Casework + Matching + Network + Send + Sync + 'static {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;
    /// A cheap round trip, for `/healthz`.
    async fn ping(&self) -> Result<()>;

    // Organisations and teams (not personal data; changes are audited).
    async fn create_org(&self, by: Option<&Ctx>, org: NewOrganisation) -> Result<Organisation>;
    async fn list_orgs(&self) -> Result<Vec<Organisation>>;
    async fn get_org(&self, id: Uuid) -> Result<Organisation>;
    async fn find_org_by_name(&self, name: &str) -> Result<Option<Organisation>>;
    async fn create_team(&self, by: Option<&Ctx>, name: &str, org_id: Uuid) -> Result<Team>;
    async fn add_team_member(&self, by: Option<&Ctx>, team_id: Uuid, user_id: Uuid) -> Result<()>;
    async fn list_teams(&self) -> Result<Vec<Team>>;
    async fn user_teams(&self, user_id: Uuid) -> Result<Vec<Team>>;

    // Accounts.
    async fn create_user(&self, by: Option<&Ctx>, user: NewUser) -> Result<User>;
    async fn get_user(&self, id: Uuid) -> Result<User>;
    async fn find_user(&self, username: &str) -> Result<Option<User>>;
    async fn list_users(&self) -> Result<Vec<User>>;
    async fn set_totp_secret(
        &self,
        by: Option<&Ctx>,
        user_id: Uuid,
        secret: Option<String>,
    ) -> Result<()>;
    /// Records a second-factor code's time step as used; false if it (or a later one) was
    /// already used, so a code cannot be replayed.
    async fn use_totp_step(&self, user_id: Uuid, step: i64) -> Result<bool>;
    async fn set_totp_required(
        &self,
        by: Option<&Ctx>,
        user_id: Uuid,
        required: bool,
    ) -> Result<()>;
    async fn set_password_hash(&self, by: Option<&Ctx>, user_id: Uuid, hash: String) -> Result<()>;
    /// Disables (or re-enables) an account; disabling ends its sessions at once.
    async fn set_user_disabled(
        &self,
        by: Option<&Ctx>,
        user_id: Uuid,
        disabled: bool,
    ) -> Result<()>;

    // Sessions, API tokens and login throttling.
    async fn insert_session(&self, s: &Session) -> Result<()>;
    async fn get_session(&self, id: &str) -> Result<Option<Session>>;
    async fn touch_session(&self, id: &str, at: DateTime<Utc>) -> Result<()>;
    async fn mark_session_mfa_ok(&self, id: &str) -> Result<()>;
    async fn delete_session(&self, id: &str) -> Result<()>;
    async fn delete_user_sessions(&self, user_id: Uuid) -> Result<()>;
    async fn insert_api_token(&self, by: Option<&Ctx>, t: &ApiToken) -> Result<()>;
    async fn find_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>>;
    async fn touch_api_token(&self, id: Uuid, at: DateTime<Utc>) -> Result<()>;
    async fn list_api_tokens(&self, user_id: Uuid) -> Result<Vec<ApiToken>>;
    async fn revoke_api_token(&self, by: Option<&Ctx>, id: Uuid) -> Result<()>;
    async fn record_login_failure(&self, key: &str, at_epoch: i64) -> Result<()>;
    async fn count_login_failures(&self, key: &str, since_epoch: i64) -> Result<i64>;
    async fn clear_login_failures(&self, key: &str) -> Result<()>;

    // Marked records: every call decided by the policy and audited.
    async fn create_person(&self, ctx: &Ctx, m: Markings, p: NewPerson) -> Result<Person>;
    async fn get_person(&self, ctx: &Ctx, id: Uuid) -> Result<Person>;
    async fn list_people(&self, ctx: &Ctx, limit: i64) -> Result<Vec<Person>>;
    /// People the reader may read whose name contains the words of `name` in order, in
    /// either name order (case-insensitive for ASCII), newest first; audited like a list.
    async fn search_people(&self, ctx: &Ctx, name: &str, limit: i64) -> Result<Vec<Person>>;
    async fn create_case(&self, ctx: &Ctx, m: Markings, c: NewCase) -> Result<Case>;
    async fn get_case(&self, ctx: &Ctx, id: Uuid) -> Result<Case>;
    async fn list_cases(&self, ctx: &Ctx, limit: i64) -> Result<Vec<Case>>;
    async fn create_intel(&self, ctx: &Ctx, m: Markings, r: NewIntelReport) -> Result<IntelReport>;
    async fn get_intel(&self, ctx: &Ctx, id: Uuid) -> Result<IntelReport>;
    async fn list_intel(&self, ctx: &Ctx, limit: i64) -> Result<Vec<IntelReport>>;
    /// Records that a report mentions an entity: the actor must be able to update the
    /// report and read the entity. Linking twice is a no-op. Audited with the change.
    async fn link_intel_entity(&self, ctx: &Ctx, intel_id: Uuid, entity_id: Uuid) -> Result<()>;
    /// The entities a report mentions that the reader may read (the report must be
    /// readable; the list is audited).
    async fn intel_entities(&self, ctx: &Ctx, intel_id: Uuid) -> Result<Vec<Entity>>;
    /// The reports that mention an entity, those the reader may read (audited).
    async fn entity_intel(&self, ctx: &Ctx, entity_id: Uuid) -> Result<Vec<IntelReport>>;
    /// Places at a UK postcode (any house) that the reader may read (audited).
    async fn entities_at_postcode(&self, ctx: &Ctx, postcode: &str) -> Result<Vec<Entity>>;

    // Entities, links and people's parts in cases: the policy applies to each end.
    async fn create_entity(&self, ctx: &Ctx, m: Markings, e: NewEntity) -> Result<Entity>;
    async fn get_entity(&self, ctx: &Ctx, id: Uuid) -> Result<Entity>;
    async fn list_entities(&self, ctx: &Ctx, limit: i64) -> Result<Vec<Entity>>;
    /// Entities of a kind with the same normalised value that the actor may see.
    async fn find_entities(&self, ctx: &Ctx, e: &NewEntity) -> Result<Vec<Entity>>;
    /// Other records of the same phone, address, vehicle, account… (the same kind and
    /// [`sightline_core::match_key`]), as the reader may see them: shown, or only which
    /// organisation holds them and how many. The reader must be able to read `id`. What was
    /// shown and what was only named is audited.
    async fn same_entities(&self, ctx: &Ctx, id: Uuid) -> Result<Vec<SameEntity>>;
    /// Links two records the actor may read.
    async fn create_link(&self, ctx: &Ctx, m: Markings, l: NewLink) -> Result<Link>;
    /// A record's links whose other end the actor may also read.
    async fn links_of(&self, ctx: &Ctx, node: NodeRef) -> Result<Vec<Linked>>;
    async fn add_case_party(
        &self,
        ctx: &Ctx,
        case_id: Uuid,
        person_id: Uuid,
        role: CaseRole,
    ) -> Result<()>;
    /// The people on a case whom the actor may read, with their parts.
    async fn case_parties(&self, ctx: &Ctx, case_id: Uuid) -> Result<Vec<(CaseRole, Person)>>;
    /// The cases a person is on that the actor may read.
    async fn person_cases(&self, ctx: &Ctx, person_id: Uuid) -> Result<Vec<(CaseRole, Case)>>;

    // Imports: all-or-nothing batches, keyed by source and source id, that can be rolled back.
    /// Starts an import of one kind of record; nothing is visible until `commit`, and
    /// dropping the import instead leaves the database as it was.
    async fn begin_import(
        &self,
        ctx: &Ctx,
        kind: ImportKind,
        source: &str,
        file_name: &str,
    ) -> Result<Box<dyn RecordImport>>;
    /// The id of a record an import row names, if it exists and the actor may read it:
    /// `key` is a Sightline id, or a source id that `source` gave (cases also by their
    /// reference); entities only by id. Nothing is shown, so nothing is audited here; what
    /// the import makes of it is audited with the batch.
    async fn find_for_import(
        &self,
        ctx: &Ctx,
        kind: ImportTarget,
        key: &str,
        source: &str,
    ) -> Result<Option<Uuid>>;
    /// The committed and rolled-back batches of the actor's organisation, newest first.
    async fn list_batches(&self, ctx: &Ctx) -> Result<Vec<ImportBatch>>;
    /// Removes every record a batch brought in.
    async fn rollback_batch(&self, ctx: &Ctx, id: Uuid) -> Result<ImportBatch>;

    // The audit log.
    /// Appends one entry in its own transaction (for events without a data change:
    /// sign-ins, denials at the door, exports).
    async fn audit(&self, event: AuditEvent) -> Result<()>;
    async fn list_audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;
    /// Walks the whole chain and reports the first entry that does not verify.
    async fn verify_audit(&self) -> Result<VerifyReport>;
}

pub type DynStore = Arc<dyn Store>;

/// Opens the database named by `url` (`sqlite://PATH`, `sqlite::memory:` is refused,
/// `postgres://…`), applies pending migrations, and returns the store.
pub async fn open(url: &str) -> Result<DynStore> {
    if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url).await?))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok(Arc::new(PgStore::open(url).await?))
    } else {
        Err(StoreError::Config(format!(
            "database URL '{}' is not understood: use sqlite://PATH or postgres://USER@HOST:PORT/DB",
            redact_url(url)
        )))
    }
}

/// A URL with any password replaced, safe to print.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &creds[..colon],
                    &url[at..]
                ),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn redacts_passwords_in_urls() {
        assert_eq!(
            super::redact_url("postgres://u:secret@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(super::redact_url("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(
            super::redact_url("sqlite://data/x.db"),
            "sqlite://data/x.db"
        );
    }
}
