//! Batch creation in the JSON API: `POST /api/v1/{people,cases,intelligence,links}/batch`.
//!
//! Many records of one kind in one request, all or nothing: a batch with a source, so
//! re-sending the same records adds nothing, and the batch can be listed and rolled back
//! like an import (it is one: `Store::begin_import`). Every record is checked first; one bad
//! record refuses the whole batch, and the answer names each bad record by its index and
//! field. What differs per kind is one [`BatchRecord`] implementation; the handler is one.

use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::Json;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;
use sightline_core::*;
use sightline_store::{
    ImportCase, ImportIntel, ImportLink, ImportPerson, ImportRows, ImportTarget,
};
use uuid::Uuid;

use crate::api::MarkingsIn;
use crate::error::{ApiError, Failure};
use crate::session::ApiUser;
use crate::AppState;

/// The most records one batch request may carry.
pub(crate) const MAX_BATCH: usize = 10_000;

#[derive(Debug, Deserialize)]
pub(crate) struct Batch<T> {
    /// Where the records come from (a system's name); with each `source_id`, the key.
    source: String,
    records: Vec<T>,
}

/// What is wrong with one record: the field and why.
type Problem = (String, String);

/// A record the batch names, to be found before the record is finished.
pub(crate) struct Want {
    field: &'static str,
    target: ImportTarget,
    key: String,
    /// The source of a source id; absent: the batch's own.
    source: Option<String>,
}

/// One kind of record in a batch.
pub(crate) trait BatchRecord: DeserializeOwned + Send + 'static {
    type Item: Send;
    fn source_id(&self) -> &str;
    fn markings(&self) -> &MarkingsIn;
    /// Records this one names (a link's ends, a report's case), found in order before `finish`.
    fn wants(&self) -> Vec<Want> {
        Vec::new()
    }
    /// Validates the record, with its markings and what `wants` found, into what the store takes.
    fn finish(self, markings: Markings, found: &[Uuid]) -> Result<Self::Item, Problem>;
    fn rows(items: Vec<Self::Item>) -> ImportRows;
}

fn invalid(v: ValidationError) -> Problem {
    (v.field, v.message)
}

#[derive(Debug, Deserialize)]
pub(crate) struct BatchPerson {
    source_id: String,
    #[serde(flatten)]
    person: NewPerson,
    markings: MarkingsIn,
}

impl BatchRecord for BatchPerson {
    type Item = ImportPerson;
    fn source_id(&self) -> &str {
        &self.source_id
    }
    fn markings(&self) -> &MarkingsIn {
        &self.markings
    }
    fn finish(mut self, markings: Markings, _: &[Uuid]) -> Result<ImportPerson, Problem> {
        self.person.validate().map_err(invalid)?;
        Ok(ImportPerson {
            source_id: self.source_id,
            markings,
            person: self.person,
        })
    }
    fn rows(items: Vec<ImportPerson>) -> ImportRows {
        ImportRows::People(items)
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct BatchCase {
    source_id: String,
    /// The source's own reference; Sightline gives one when absent.
    #[serde(default)]
    reference: Option<String>,
    #[serde(flatten)]
    case: NewCase,
    markings: MarkingsIn,
}

impl BatchRecord for BatchCase {
    type Item = ImportCase;
    fn source_id(&self) -> &str {
        &self.source_id
    }
    fn markings(&self) -> &MarkingsIn {
        &self.markings
    }
    fn finish(mut self, markings: Markings, _: &[Uuid]) -> Result<ImportCase, Problem> {
        self.case.validate().map_err(invalid)?;
        Ok(ImportCase {
            source_id: self.source_id,
            reference: self.reference.filter(|r| !r.trim().is_empty()),
            markings,
            case: self.case,
        })
    }
    fn rows(items: Vec<ImportCase>) -> ImportRows {
        ImportRows::Cases(items)
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct BatchIntel {
    source_id: String,
    #[serde(flatten)]
    report: NewIntelReport,
    #[serde(default)]
    submitting_officer: Option<String>,
    #[serde(default)]
    submitting_force: Option<String>,
    /// The case it belongs to: a Sightline id, a case reference, or the source id of a
    /// case imported from the same source.
    #[serde(default)]
    case: Option<String>,
    markings: MarkingsIn,
}

impl BatchRecord for BatchIntel {
    type Item = ImportIntel;
    fn source_id(&self) -> &str {
        &self.source_id
    }
    fn markings(&self) -> &MarkingsIn {
        &self.markings
    }
    fn wants(&self) -> Vec<Want> {
        self.case
            .iter()
            .filter(|c| !c.trim().is_empty())
            .map(|c| Want {
                field: "case",
                target: ImportTarget::Case,
                key: c.clone(),
                source: None,
            })
            .collect()
    }
    fn finish(mut self, markings: Markings, found: &[Uuid]) -> Result<ImportIntel, Problem> {
        self.report.validate().map_err(invalid)?;
        let mut details = IntelDetails {
            submitting_officer: self.submitting_officer,
            submitting_force: self.submitting_force,
            case_id: found.first().copied(),
        };
        details.validate().map_err(invalid)?;
        Ok(ImportIntel {
            source_id: self.source_id,
            markings,
            report: self.report,
            details,
        })
    }
    fn rows(items: Vec<ImportIntel>) -> ImportRows {
        ImportRows::Intel(items)
    }
}

/// One end of a link: a Sightline id, or (for a person) the source and source id it was
/// imported with.
#[derive(Debug, Deserialize)]
pub(crate) struct EndIn {
    #[serde(rename = "type", default = "person")]
    node_type: NodeType,
    #[serde(default)]
    id: Option<Uuid>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    source_id: Option<String>,
}

fn person() -> NodeType {
    NodeType::Person
}

#[derive(Debug, Deserialize)]
pub(crate) struct BatchLink {
    source_id: String,
    from: EndIn,
    to: EndIn,
    link_type: LinkType,
    #[serde(default)]
    date_from: Option<String>,
    #[serde(default)]
    date_to: Option<String>,
    #[serde(default = "medium")]
    confidence: Confidence,
    markings: MarkingsIn,
}

fn medium() -> Confidence {
    Confidence::Medium
}

impl BatchRecord for BatchLink {
    type Item = ImportLink;
    fn source_id(&self) -> &str {
        &self.source_id
    }
    fn markings(&self) -> &MarkingsIn {
        &self.markings
    }
    fn wants(&self) -> Vec<Want> {
        [("from", &self.from), ("to", &self.to)]
            .into_iter()
            .map(|(field, end)| Want {
                field,
                target: match end.node_type {
                    NodeType::Person => ImportTarget::Person,
                    NodeType::Entity => ImportTarget::Entity,
                },
                key: end
                    .id
                    .map(|id| id.to_string())
                    .or_else(|| end.source_id.clone())
                    .unwrap_or_default(),
                source: end.source.clone(),
            })
            .collect()
    }
    fn finish(self, markings: Markings, found: &[Uuid]) -> Result<ImportLink, Problem> {
        let mut link = NewLink {
            from: NodeRef {
                node_type: self.from.node_type,
                id: found[0],
            },
            to: NodeRef {
                node_type: self.to.node_type,
                id: found[1],
            },
            link_type: self.link_type,
            date_from: self.date_from,
            date_to: self.date_to,
            source: String::new(),
            confidence: self.confidence,
        };
        link.validate().map_err(invalid)?;
        Ok(ImportLink {
            source_id: self.source_id,
            markings,
            link,
        })
    }
    fn rows(items: Vec<ImportLink>) -> ImportRows {
        ImportRows::Links(items)
    }
}

/// `POST /api/v1/{kind}/batch`: checks every record, then writes them as one batch.
pub(crate) async fn create_batch<T: BatchRecord>(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<Batch<T>>, JsonRejection>,
) -> Result<axum::response::Response, ApiError> {
    let batch = crate::api::body(b)?;
    let source = batch.source.trim().to_string();
    if source.is_empty() || batch.records.is_empty() || batch.records.len() > MAX_BATCH {
        return Err(ApiError(Failure::Invalid {
            field: "source".into(),
            message: format!("give a source and between 1 and {MAX_BATCH} records"),
        }));
    }
    let kind = T::rows(Vec::new()).kind();
    let mut items = Vec::with_capacity(batch.records.len());
    let mut errors = Vec::new();
    for (i, r) in batch.records.into_iter().enumerate() {
        let source_id = r.source_id().trim().to_string();
        let problem = if source_id.is_empty() {
            Some((
                "source_id".to_string(),
                "every record needs a source_id".to_string(),
            ))
        } else {
            match check_one(&state, &u, &source, r).await? {
                Ok(item) => {
                    items.push(item);
                    None
                }
                Err(p) => Some(p),
            }
        };
        if let Some((field, message)) = problem {
            errors.push(
                json!({ "index": i, "source_id": source_id, "field": field, "message": message }),
            );
        }
    }
    if !errors.is_empty() {
        return Ok((
            StatusCode::UNPROCESSABLE_ENTITY,
            Json(json!({ "error": {
                "code": "invalid",
                "message": format!("{} of the records are invalid; nothing was written", errors.len()),
                "records": errors,
            }})),
        )
            .into_response());
    }
    let n = items.len() as i64;
    let started = chrono::Utc::now() - chrono::Duration::seconds(1);
    let mut import = state
        .store
        .begin_import(&u.ctx, kind, &source, "api")
        .await?;
    let outcome = import.add(T::rows(items)).await?;
    let committed = import.commit(0).await?;
    if outcome.written > 0 && kind.code() == "person" {
        // People sent in a batch get the duplicate check a person saved in the form gets.
        crate::matches::check_batch(&state, started).await;
    }
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "batch_id": committed.id,
            "kind": kind.code(),
            "records": n,
            "written": outcome.written,
            "already_present": outcome.existing,
        })),
    )
        .into_response())
}

/// One record: markings and policy, the records it names, then its own fields.
async fn check_one<T: BatchRecord>(
    state: &AppState,
    u: &ApiUser,
    source: &str,
    r: T,
) -> Result<Result<T::Item, Problem>, ApiError> {
    let markings = r.markings().clone().for_actor(u);
    if let Err(v) = markings.validate() {
        return Ok(Err(invalid(v)));
    }
    if let Decision::Deny(why) = decide(&u.ctx.actor, &markings, Action::Create) {
        return Ok(Err(("markings".into(), why.to_string())));
    }
    let mut found = Vec::new();
    for w in r.wants() {
        let src = w.source.as_deref().unwrap_or(source);
        if w.key.trim().is_empty() {
            return Ok(Err((
                w.field.into(),
                "name the record: its id, or its source_id".into(),
            )));
        }
        match state
            .store
            .find_for_import(&u.ctx, w.target, &w.key, src)
            .await?
        {
            Some(id) => found.push(id),
            None => {
                return Ok(Err((
                    w.field.into(),
                    format!(
                        "'{}' was not found (looked up as a Sightline id, or a source id from '{src}'), or you cannot see it",
                        w.key
                    ),
                )))
            }
        }
    }
    Ok(r.finish(markings, &found))
}
