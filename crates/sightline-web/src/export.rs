//! Exports of cases: gathering what the person exporting may see (through the store, so
//! every read is decided by the policy and audited), and writing it in one of the formats
//! of `sightline-export`. Used by the web UI, the JSON API and the CLI.

use std::collections::{BTreeMap, BTreeSet};

use sightline_core::{CaseParty, NodeRef, NodeType};
use sightline_export::Bundle;
use sightline_store::{AuditEvent, Ctx, DynStore, Node, Outcome, StoreError};
use uuid::Uuid;

/// The formats a case can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Sightline's own JSON, which keeps markings and provenance.
    Json,
    /// One CSV file per record type.
    Csv,
    /// The Human Trafficking Case Data Standard.
    Htcds,
    /// FollowTheMoney entities, one per line (for Aleph and similar tools).
    Ftm,
    /// The network of people, entities and cases for Gephi, yEd or networkx.
    Graphml,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::Csv,
        Format::Htcds,
        Format::Ftm,
        Format::Graphml,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Htcds => "htcds",
            Format::Ftm => "ftm",
            Format::Graphml => "graphml",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "Sightline JSON (re-importable, keeps markings)",
            Format::Csv => "CSV, one file per record type",
            Format::Htcds => "HTCDS (Human Trafficking Case Data Standard) JSON",
            Format::Ftm => "FollowTheMoney entities (JSON Lines)",
            Format::Graphml => "GraphML network",
        }
    }
    fn extension(self) -> &'static str {
        match self {
            Format::Json | Format::Htcds => "json",
            Format::Csv => "csv",
            Format::Ftm => "jsonl",
            Format::Graphml => "graphml",
        }
    }
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json | Format::Htcds => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Ftm => "application/x-ndjson",
            Format::Graphml => "application/graphml+xml",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                format!(
                    "'{s}' is not an export format; use one of: {}",
                    Format::ALL.map(|f| f.code()).join(", ")
                )
            })
    }
}

/// Everything about the given cases that the actor may read: the cases, their people in
/// their roles, the people's and entities' links (one step out) and the other ends of
/// those links, and the organisations that own them. Links to what the actor cannot read
/// are left out by the store.
pub async fn case_bundle(
    store: &DynStore,
    ctx: &Ctx,
    case_ids: &[Uuid],
) -> Result<Bundle, StoreError> {
    let mut b = Bundle::default();
    let mut people = BTreeMap::new();
    let mut entities = BTreeMap::new();
    let mut links = BTreeMap::new();
    for id in case_ids {
        let case = store.get_case(ctx, *id).await?;
        for (role, p) in store.case_parties(ctx, case.id).await? {
            b.case_parties.push(CaseParty {
                case_id: case.id,
                person_id: p.id,
                role,
            });
            people.insert(p.id, p);
        }
        b.cases.push(case);
    }
    // One step out from each person, then links among the entities found.
    let starts: Vec<Uuid> = people.keys().copied().collect();
    for id in starts {
        let node = NodeRef {
            node_type: NodeType::Person,
            id,
        };
        for l in store.links_of(ctx, node).await? {
            match l.other {
                Node::Person(p) => {
                    people.entry(p.id).or_insert(p);
                }
                Node::Entity(e) => {
                    entities.entry(e.id).or_insert(e);
                }
            }
            links.insert(l.link.id, l.link);
        }
    }
    let entity_ids: Vec<Uuid> = entities.keys().copied().collect();
    for id in entity_ids {
        let node = NodeRef {
            node_type: NodeType::Entity,
            id,
        };
        for l in store.links_of(ctx, node).await? {
            let other = match &l.other {
                Node::Person(p) => p.id,
                Node::Entity(e) => e.id,
            };
            if people.contains_key(&other) || entities.contains_key(&other) {
                links.insert(l.link.id, l.link);
            }
        }
    }
    b.people = people.into_values().collect();
    b.entities = entities.into_values().collect();
    b.links = links.into_values().collect();
    let owners: BTreeSet<Uuid> = b
        .cases
        .iter()
        .map(|c| c.markings.owner_org)
        .chain(b.people.iter().map(|p| p.markings.owner_org))
        .chain(b.entities.iter().map(|e| e.markings.owner_org))
        .chain(b.links.iter().map(|l| l.markings.owner_org))
        .collect();
    for org in owners {
        b.organisations.push(store.get_org(org).await?);
    }
    Ok(b)
}

/// The files of an export: (file name, content).
pub fn render(
    bundle: &Bundle,
    format: Format,
    stem: &str,
) -> Result<Vec<(String, String)>, String> {
    let one = |body: String| Ok(vec![(format!("{stem}.{}", format.extension()), body)]);
    match format {
        Format::Json => one(sightline_export::to_json(bundle).map_err(|e| e.to_string())?),
        Format::Csv => sightline_export::to_csv(bundle)
            .map(|files| {
                files
                    .into_iter()
                    .map(|(name, body)| (format!("{stem}-{name}"), body))
                    .collect()
            })
            .map_err(|e| e.to_string()),
        Format::Htcds => {
            let v = sightline_export::to_htcds(bundle);
            let problems = sightline_export::validate_htcds(&v);
            if !problems.is_empty() {
                return Err(format!(
                    "the HTCDS output breaks the standard's field list: {}",
                    problems.join("; ")
                ));
            }
            one(serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?)
        }
        Format::Ftm => {
            let entities = sightline_export::to_ftm(bundle);
            let problems =
                sightline_export::validate_ftm(&serde_json::Value::Array(entities.clone()));
            if !problems.is_empty() {
                return Err(format!(
                    "the FollowTheMoney output breaks its schemata: {}",
                    problems.join("; ")
                ));
            }
            one(sightline_export::ftm::to_ftm_jsonl(bundle))
        }
        Format::Graphml => one(sightline_export::to_graphml(bundle)),
    }
}

/// Records that an export left the system: what, in which format, how much, and why.
pub async fn audit_export(
    store: &DynStore,
    ctx: &Ctx,
    bundle: &Bundle,
    format: Format,
) -> Result<(), StoreError> {
    let cases: Vec<String> = bundle.cases.iter().map(|c| c.reference.clone()).collect();
    store
        .audit(
            AuditEvent::by(ctx, "export", "case", cases.join(" "), Outcome::Allowed).with_detail(
                format!(
                    "{}: {} cases, {} people, {} entities, {} links",
                    format.code(),
                    bundle.cases.len(),
                    bundle.people.len(),
                    bundle.entities.len(),
                    bundle.links.len()
                ),
            ),
        )
        .await
}

// ------------------------------------------------------------------ HTTP

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

use crate::error::{ApiError, Failure, PageError};
use crate::session::{ApiUser, WebUser};
use crate::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/cases/{id}/export", get(web_export))
        .route("/api/v1/cases/{id}/export", get(api_export))
}

#[derive(serde::Deserialize)]
struct ExportQuery {
    format: Option<String>,
    /// For CSV over HTTP: which table (`people`, `links`…), since a response is one file.
    table: Option<String>,
    purpose: Option<String>,
}

/// Gathers, renders and audits one case's export as a download.
async fn export_response(
    state: &AppState,
    ctx: &Ctx,
    id: &str,
    q: &ExportQuery,
) -> Result<Response, Failure> {
    let id = Uuid::parse_str(id).map_err(|_| Failure::NotFound)?;
    let format: Format =
        q.format
            .as_deref()
            .unwrap_or("json")
            .parse()
            .map_err(|m| Failure::Invalid {
                field: "format".into(),
                message: m,
            })?;
    let mut ctx = ctx.clone();
    if let Some(p) = q.purpose.as_ref().filter(|p| !p.trim().is_empty()) {
        ctx.purpose = Some(p.clone());
    }
    let bundle = case_bundle(&state.store, &ctx, &[id]).await?;
    let stem = bundle.cases[0].reference.clone();
    let files = render(&bundle, format, &stem).map_err(Failure::Internal)?;
    let (name, body) = if format == Format::Csv {
        let table = q.table.as_deref().unwrap_or("");
        let wanted = format!("{stem}-{table}.csv");
        files
            .into_iter()
            .find(|(n, _)| *n == wanted)
            .ok_or_else(|| Failure::Invalid {
                field: "table".into(),
                message: "CSV comes one table at a time: add table=organisations, cases, people, intel, entities, links or case_parties".into(),
            })?
    } else {
        files.into_iter().next().ok_or(Failure::NotFound)?
    };
    audit_export(&state.store, &ctx, &bundle, format).await?;
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut res = ([(header::CONTENT_TYPE, format.media_type())], body).into_response();
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition).map_err(|e| Failure::Internal(e.to_string()))?,
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

async fn web_export(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> Result<Response, PageError> {
    Ok(export_response(&state, &u.ctx, &id, &q).await?)
}

async fn api_export(
    State(state): State<AppState>,
    u: ApiUser,
    Path(id): Path<String>,
    Query(q): Query<ExportQuery>,
) -> Result<Response, ApiError> {
    Ok(export_response(&state, &u.ctx, &id, &q).await?)
}
