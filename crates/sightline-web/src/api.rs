//! The JSON API, `/api/v1/…`, for machine clients with API tokens. Same store, same
//! policy, same audit as the pages; described by the OpenAPI document at
//! `/api/v1/openapi.json`.

use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use sightline_core::*;
use sightline_store::{AuditEvent, AuditFilter, Outcome};
use uuid::Uuid;

use crate::api_batch::{create_batch, BatchCase, BatchIntel, BatchLink, BatchPerson, MAX_BATCH};
use crate::error::{ApiError, Failure};
use crate::session::ApiUser;
use crate::AppState;

type ApiResult<T> = Result<T, ApiError>;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(me))
        .route("/organisations", get(list_orgs).post(create_org))
        .route("/people", get(list_people).post(create_person))
        .route("/people/batch", post(create_batch::<BatchPerson>))
        .route("/cases/batch", post(create_batch::<BatchCase>))
        .route("/intelligence/batch", post(create_batch::<BatchIntel>))
        .route("/links/batch", post(create_batch::<BatchLink>))
        .route("/people/{id}", get(get_person))
        .route("/cases", get(list_cases).post(create_case))
        .route("/cases/{id}", get(get_case))
        .route("/intelligence", get(list_intel).post(create_intel))
        .route("/intelligence/{id}", get(get_intel))
        .route(
            "/intelligence/{id}/entities",
            get(intel_entities).post(link_intel_entity),
        )
        .route("/entities", get(list_entities).post(create_entity))
        .route("/entities/{id}", get(get_entity))
        .route("/entities/{id}/links", get(entity_links))
        .route("/entities/{id}/same", get(same_entities))
        .route("/people/{id}/links", get(person_links))
        .route("/links", axum::routing::post(create_link))
        .route("/cases/{id}/people", get(case_people).post(add_case_person))
        .route("/audit", get(list_audit))
        .fallback(|| async { ApiError(Failure::NotFound) })
}

/// The markings a client sends; the owner is always the client's own organisation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkingsIn {
    pub classification: Classification,
    pub handling_code: HandlingCode,
    #[serde(default)]
    pub handling_conditions: Option<String>,
    #[serde(default)]
    pub case_team: Option<Uuid>,
}

impl MarkingsIn {
    pub(crate) fn for_actor(self, u: &ApiUser) -> Markings {
        Markings {
            classification: self.classification,
            handling_code: self.handling_code,
            handling_conditions: self.handling_conditions.filter(|c| !c.trim().is_empty()),
            owner_org: u.ctx.actor.org_id,
            case_team: self.case_team,
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct Create<T> {
    #[serde(flatten)]
    pub record: T,
    pub markings: MarkingsIn,
}

/// A JSON body, with a clear message naming what is wrong when it cannot be read.
pub(crate) fn body<T>(b: Result<Json<T>, JsonRejection>) -> ApiResult<T> {
    b.map(|Json(v)| v).map_err(|e| {
        ApiError(Failure::Invalid {
            field: "body".into(),
            message: e.body_text(),
        })
    })
}

fn id(s: &str) -> ApiResult<Uuid> {
    Uuid::parse_str(s).map_err(|_| ApiError(Failure::NotFound))
}

#[derive(Deserialize)]
pub struct Paging {
    limit: Option<i64>,
}

impl Paging {
    fn limit(&self) -> i64 {
        self.limit.unwrap_or(100).clamp(1, 1000)
    }
}

async fn me(State(state): State<AppState>, u: ApiUser) -> ApiResult<Json<Value>> {
    let org = state.store.get_org(u.user.org_id).await?;
    Ok(Json(
        json!({ "user": u.user, "organisation": org, "teams": u.ctx.actor.teams }),
    ))
}

async fn list_orgs(State(state): State<AppState>, _u: ApiUser) -> ApiResult<Json<Value>> {
    Ok(Json(json!({ "items": state.store.list_orgs().await? })))
}

async fn create_org(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<NewOrganisation>, JsonRejection>,
) -> ApiResult<impl IntoResponse> {
    if u.user.role != Role::Admin {
        let ev = AuditEvent::by(&u.ctx, "create_organisation", "admin", "", Outcome::Denied)
            .with_detail("not an administrator");
        state.store.audit(ev).await?;
        return Err(ApiError(Failure::Forbidden(
            "only administrators can add organisations".into(),
        )));
    }
    let org = body(b)?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.create_org(Some(&u.ctx), org).await?),
    ))
}

async fn list_people(
    State(state): State<AppState>,
    u: ApiUser,
    Query(p): Query<Paging>,
) -> ApiResult<Json<Value>> {
    Ok(Json(
        json!({ "items": state.store.list_people(&u.ctx, p.limit()).await? }),
    ))
}

async fn get_person(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Person>> {
    Ok(Json(state.store.get_person(&u.ctx, id(&i)?).await?))
}

async fn create_person(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<Create<NewPerson>>, JsonRejection>,
) -> ApiResult<impl IntoResponse> {
    let c = body(b)?;
    let m = c.markings.for_actor(&u);
    let p = state.store.create_person(&u.ctx, m, c.record).await?;
    crate::matches::check_saved(&state, &p).await;
    Ok((StatusCode::CREATED, Json(p)))
}

async fn list_cases(
    State(state): State<AppState>,
    u: ApiUser,
    Query(p): Query<Paging>,
) -> ApiResult<Json<Value>> {
    Ok(Json(
        json!({ "items": state.store.list_cases(&u.ctx, p.limit()).await? }),
    ))
}

async fn get_case(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Case>> {
    Ok(Json(state.store.get_case(&u.ctx, id(&i)?).await?))
}

async fn create_case(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<Create<NewCase>>, JsonRejection>,
) -> ApiResult<impl IntoResponse> {
    let c = body(b)?;
    let m = c.markings.for_actor(&u);
    Ok((
        StatusCode::CREATED,
        Json(state.store.create_case(&u.ctx, m, c.record).await?),
    ))
}

async fn list_intel(
    State(state): State<AppState>,
    u: ApiUser,
    Query(p): Query<Paging>,
) -> ApiResult<Json<Value>> {
    Ok(Json(
        json!({ "items": state.store.list_intel(&u.ctx, p.limit()).await? }),
    ))
}

async fn get_intel(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<IntelReport>> {
    Ok(Json(state.store.get_intel(&u.ctx, id(&i)?).await?))
}

/// The entities a report is linked to, and what its narrative names with the records the
/// reader can already see of each.
async fn intel_entities(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Value>> {
    let report = state.store.get_intel(&u.ctx, id(&i)?).await?;
    let linked = state.store.intel_entities(&u.ctx, report.id).await?;
    let mentions = crate::mentions::mentions(&state.store, &u.ctx, &report.narrative).await?;
    Ok(Json(json!({ "items": linked, "mentions": mentions })))
}

#[derive(serde::Deserialize)]
struct LinkEntity {
    entity_id: Uuid,
}

/// Links an entity (which the reader may read) to a report they may update.
async fn link_intel_entity(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
    b: Result<Json<LinkEntity>, JsonRejection>,
) -> ApiResult<StatusCode> {
    let b = body(b)?;
    state
        .store
        .link_intel_entity(&u.ctx, id(&i)?, b.entity_id)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn create_intel(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<Create<NewIntelReport>>, JsonRejection>,
) -> ApiResult<impl IntoResponse> {
    let c = body(b)?;
    let m = c.markings.for_actor(&u);
    Ok((
        StatusCode::CREATED,
        Json(state.store.create_intel(&u.ctx, m, c.record).await?),
    ))
}

async fn list_entities(
    State(state): State<AppState>,
    u: ApiUser,
    Query(p): Query<Paging>,
) -> ApiResult<Json<Value>> {
    Ok(Json(
        json!({ "items": state.store.list_entities(&u.ctx, p.limit()).await? }),
    ))
}

async fn get_entity(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Entity>> {
    Ok(Json(state.store.get_entity(&u.ctx, id(&i)?).await?))
}

/// Creates an entity, or returns the one the caller can already see with the same value.
async fn create_entity(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<Create<NewEntity>>, JsonRejection>,
) -> ApiResult<axum::response::Response> {
    let c = body(b)?;
    if let Some(existing) = state
        .store
        .find_entities(&u.ctx, &c.record)
        .await?
        .into_iter()
        .next()
    {
        return Ok((StatusCode::OK, Json(existing)).into_response());
    }
    let m = c.markings.for_actor(&u);
    Ok((
        StatusCode::CREATED,
        Json(state.store.create_entity(&u.ctx, m, c.record).await?),
    )
        .into_response())
}

async fn entity_links(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Value>> {
    let node = NodeRef {
        node_type: NodeType::Entity,
        id: id(&i)?,
    };
    Ok(Json(
        json!({ "items": state.store.links_of(&u.ctx, node).await? }),
    ))
}

async fn same_entities(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Value>> {
    Ok(Json(
        json!({ "items": state.store.same_entities(&u.ctx, id(&i)?).await? }),
    ))
}

async fn person_links(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Value>> {
    let node = NodeRef {
        node_type: NodeType::Person,
        id: id(&i)?,
    };
    Ok(Json(
        json!({ "items": state.store.links_of(&u.ctx, node).await? }),
    ))
}

async fn create_link(
    State(state): State<AppState>,
    u: ApiUser,
    b: Result<Json<Create<NewLink>>, JsonRejection>,
) -> ApiResult<impl IntoResponse> {
    let c = body(b)?;
    let m = c.markings.for_actor(&u);
    Ok((
        StatusCode::CREATED,
        Json(state.store.create_link(&u.ctx, m, c.record).await?),
    ))
}

async fn case_people(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
) -> ApiResult<Json<Value>> {
    let parties = state.store.case_parties(&u.ctx, id(&i)?).await?;
    let items: Vec<Value> = parties
        .into_iter()
        .map(|(role, person)| json!({ "role": role, "person": person }))
        .collect();
    Ok(Json(json!({ "items": items })))
}

#[derive(Deserialize)]
pub struct PartyIn {
    person_id: Uuid,
    role: CaseRole,
}

async fn add_case_person(
    State(state): State<AppState>,
    u: ApiUser,
    Path(i): Path<String>,
    b: Result<Json<PartyIn>, JsonRejection>,
) -> ApiResult<impl IntoResponse> {
    let p = body(b)?;
    state
        .store
        .add_case_party(&u.ctx, id(&i)?, p.person_id, p.role)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct AuditQuery {
    actor: Option<String>,
    action: Option<String>,
    record_type: Option<String>,
    record_id: Option<String>,
    outcome: Option<String>,
    before: Option<i64>,
    limit: Option<i64>,
}

async fn list_audit(
    State(state): State<AppState>,
    u: ApiUser,
    Query(q): Query<AuditQuery>,
) -> ApiResult<Json<Value>> {
    if u.user.role != Role::Admin {
        let ev = AuditEvent::by(&u.ctx, "read_audit", "admin", "", Outcome::Denied)
            .with_detail("not an administrator");
        state.store.audit(ev).await?;
        return Err(ApiError(Failure::Forbidden(
            "only administrators can read the audit log".into(),
        )));
    }
    let f = AuditFilter {
        actor: q.actor,
        action: q.action,
        record_type: q.record_type,
        record_id: q.record_id,
        outcome: q.outcome,
        before_seq: q.before,
        limit: q.limit.unwrap_or(100),
    };
    let items = state.store.list_audit(&f).await?;
    state
        .store
        .audit(
            AuditEvent::by(&u.ctx, "read", "audit_log", "", Outcome::Allowed)
                .with_detail(format!("{} entries", items.len())),
        )
        .await?;
    Ok(Json(json!({ "items": items })))
}

fn enum_schema(values: Vec<&'static str>) -> Value {
    json!({ "type": "string", "enum": values })
}

/// The OpenAPI 3.1 description of this API.
pub fn openapi_document() -> Value {
    let codes = |v: Vec<&'static str>| enum_schema(v);
    let markings = json!({
        "type": "object", "additionalProperties": false,
        "required": ["classification", "handling_code"],
        "properties": {
            "classification": codes(Classification::ALL.iter().map(|c| c.code()).collect()),
            "handling_code": codes(HandlingCode::ALL.iter().map(|c| c.code()).collect()),
            "handling_conditions": { "type": ["string", "null"], "description": "Required for handling code C; absent for P." },
            "case_team": { "type": ["string", "null"], "format": "uuid", "description": "Only members of this case team may see the record." }
        }
    });
    let stored_markings = json!({ "allOf": [ { "$ref": "#/components/schemas/MarkingsIn" } ], "properties": { "owner_org": { "type": "string", "format": "uuid" } } });
    let provenance = json!({ "type": "object", "properties": {
        "created_at": { "type": "string", "format": "date-time" }, "created_by": { "type": "string", "format": "uuid" },
        "updated_at": { "type": "string", "format": "date-time" } } });
    let new_person = json!({ "type": "object", "properties": {
        "given_name": { "type": "string", "maxLength": 200 }, "family_name": { "type": "string", "maxLength": 200 },
        "date_of_birth": { "type": ["string", "null"], "pattern": "^\\d{4}(-\\d{2}(-\\d{2})?)?$", "description": "YYYY-MM-DD, YYYY-MM or YYYY" },
        "gender": codes(Gender::ALL.iter().map(|c| c.code()).collect()),
        "nationality": { "type": ["string", "null"], "description": "ISO 3166-1 alpha-2" },
        "notes": { "type": "string" } } });
    let new_case = json!({ "type": "object", "required": ["title"], "properties": {
        "title": { "type": "string", "maxLength": 300 }, "summary": { "type": "string" },
        "status": codes(CaseStatus::ALL.iter().map(|c| c.code()).collect()),
        "exploitation_types": { "type": "array", "items": codes(ExploitationType::ALL.iter().map(|c| c.code()).collect()) },
        "details": { "type": "object", "properties": { "sectors": { "type": "array", "items": { "type": "string" }, "description": "HTCDS labour types" },
            "force_area": { "type": ["string", "null"], "description": "A UK police force, by code or name" },
            "opened_on": { "type": ["string", "null"], "format": "date" }, "closed_on": { "type": ["string", "null"], "format": "date" } } } } });
    let new_intel = json!({ "type": "object", "required": ["title", "narrative", "source_evaluation", "intelligence_assessment"], "properties": {
        "title": { "type": "string", "maxLength": 300 }, "narrative": { "type": "string" },
        "source_evaluation": codes(SourceEvaluation::ALL.iter().map(|c| c.code()).collect()),
        "intelligence_assessment": codes(IntelAssessment::ALL.iter().map(|c| c.code()).collect()),
        "information_date": { "type": ["string", "null"], "format": "date" } } });
    let stored = |new: &str| {
        json!({ "allOf": [ { "$ref": format!("#/components/schemas/{new}") } ], "properties": {
        "id": { "type": "string", "format": "uuid" }, "markings": { "$ref": "#/components/schemas/Markings" },
        "provenance": { "$ref": "#/components/schemas/Provenance" } } })
    };
    let create = |new: &str| {
        json!({ "allOf": [ { "$ref": format!("#/components/schemas/{new}") } ], "required": ["markings"],
        "properties": { "markings": { "$ref": "#/components/schemas/MarkingsIn" } } })
    };
    let list = |item: &str| json!({ "type": "object", "properties": { "items": { "type": "array", "items": { "$ref": format!("#/components/schemas/{item}") } } } });
    let errors = json!({
        "400": { "$ref": "#/components/responses/Error" }, "401": { "$ref": "#/components/responses/Error" },
        "403": { "$ref": "#/components/responses/Error" }, "404": { "$ref": "#/components/responses/Error" },
        "422": { "$ref": "#/components/responses/Error" } });
    let collection = |tag: &str, item: &str, new: &str| {
        let mut post_responses = json!({ "201": { "description": "Created", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{item}") } } } } });
        let mut get_responses = json!({ "200": { "description": "The records you may read, newest first", "content": { "application/json": { "schema": list(item) } } } });
        for (k, v) in errors.as_object().into_iter().flatten() {
            post_responses[k] = v.clone();
            get_responses[k] = v.clone();
        }
        json!({
            "get": { "tags": [tag], "summary": format!("List {tag}"), "parameters": [ { "name": "limit", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": 1000 } } ], "responses": get_responses },
            "post": { "tags": [tag], "summary": format!("Create one of {tag}"), "requestBody": { "required": true, "content": { "application/json": { "schema": create(new) } } }, "responses": post_responses }
        })
    };
    // POST /{kind}/batch: the record schema plus source_id and markings (and `extra`).
    let batch = |tag: &str, new: &str, extra: Value, what: &str| {
        let mut props = json!({ "source_id": { "type": "string", "description": "The record's id in the source; with the batch's source, the key that stops duplicates" },
            "markings": { "$ref": "#/components/schemas/MarkingsIn" } });
        for (k, v) in extra.as_object().into_iter().flatten() {
            props[k] = v.clone();
        }
        json!({ "post": { "tags": [tag], "summary": format!("Create many {what} at once, all or nothing, as a batch keyed by source and source_id (re-sending adds nothing; listed by `sightline batch list`, removed by `sightline batch rollback`)"),
            "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["source", "records"], "properties": {
                "source": { "type": "string", "description": "The system the records come from" },
                "records": { "type": "array", "minItems": 1, "maxItems": MAX_BATCH, "items": { "allOf": [ { "$ref": format!("#/components/schemas/{new}") },
                    { "type": "object", "required": ["source_id", "markings"], "properties": props } ] } } } } } } },
            "responses": { "201": { "description": "Written: batch_id, kind, records, written, already_present" },
                "422": { "description": "Every invalid record by index, source_id, field and message (`error.records`); nothing written" },
                "401": { "$ref": "#/components/responses/Error" }, "403": { "$ref": "#/components/responses/Error" } } } })
    };
    let batches = [
        batch("people", "NewPerson", json!({}), "people"),
        batch(
            "cases",
            "NewCase",
            json!({ "reference": { "type": ["string", "null"], "description": "The source's own case reference, kept as the case's (it must be free); Sightline gives one when absent" } }),
            "cases",
        ),
        batch(
            "intelligence",
            "NewIntelReport",
            json!({
            "submitting_officer": { "type": ["string", "null"] },
            "submitting_force": { "type": ["string", "null"], "description": "A UK police force, by code or name" },
            "case": { "type": ["string", "null"], "description": "The case it belongs to: a Sightline id, a case reference, or the source_id of a case from the same source" } }),
            "intelligence reports",
        ),
        batch("links", "LinkBatchRecord", json!({}), "links"),
    ];
    let link_end = json!({ "type": "object", "description": "A link's end: its Sightline id, or (a person) the source and source_id it was imported with; source defaults to the batch's",
        "properties": { "type": { "type": "string", "enum": ["person", "entity"], "default": "person" }, "id": { "type": "string", "format": "uuid" },
        "source": { "type": "string" }, "source_id": { "type": "string" } } });
    let link_batch_record = json!({ "type": "object", "required": ["from", "to", "link_type"], "properties": {
        "from": { "$ref": "#/components/schemas/LinkEnd" }, "to": { "$ref": "#/components/schemas/LinkEnd" },
        "link_type": codes(LinkType::ALL.iter().map(|c| c.code()).collect()),
        "date_from": { "type": ["string", "null"] }, "date_to": { "type": ["string", "null"] },
        "confidence": codes(Confidence::ALL.iter().map(|c| c.code()).collect()) } });
    let one = |tag: &str, item: &str| {
        let mut responses = json!({ "200": { "description": "The record (the read is audited)", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{item}") } } } } });
        for (k, v) in errors.as_object().into_iter().flatten() {
            responses[k] = v.clone();
        }
        json!({ "get": { "tags": [tag], "summary": format!("Read one of {tag}"), "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": responses } })
    };
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": { "title": "Sightline API", "version": env!("CARGO_PKG_VERSION"),
                  "description": "Records of modern slavery cases, people and intelligence. Every call needs an API token (`sightline token create`). Every read and change is decided by the record's markings and written to the audit log. Send `X-Sightline-Purpose` to record why." },
        "servers": [ { "url": "/api/v1" } ],
        "security": [ { "bearer": [] } ],
        "paths": {
            "/me": { "get": { "summary": "The token's user, organisation and case teams", "responses": { "200": { "description": "OK" }, "401": { "$ref": "#/components/responses/Error" } } } },
            "/organisations": {
                "get": { "summary": "All organisations", "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": list("Organisation") } } } } },
                "post": { "summary": "Add an organisation (administrators)", "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["name", "org_type"], "properties": {
                    "name": { "type": "string", "maxLength": 200 }, "org_type": codes(OrgType::ALL.iter().map(|c| c.code()).collect()) } } } } },
                    "responses": { "201": { "description": "Created", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Organisation" } } } },
                        "403": { "$ref": "#/components/responses/Error" }, "409": { "$ref": "#/components/responses/Error" }, "422": { "$ref": "#/components/responses/Error" } } }
            },
            "/people": collection("people", "Person", "NewPerson"),
            "/people/{id}": one("people", "Person"),
            "/cases/{id}/export": { "get": { "tags": ["cases"], "summary": "Export a case with what you may see: format json, csv (with table), htcds, ftm or graphml; audited",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } },
                                { "name": "format", "in": "query", "schema": { "type": "string", "enum": ["json", "csv", "htcds", "ftm", "graphml"] } },
                                { "name": "table", "in": "query", "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "The export as a download" }, "422": { "$ref": "#/components/responses/Error" } } } },
            "/cases": collection("cases", "Case", "NewCase"),
            "/cases/{id}": one("cases", "Case"),
            "/intelligence": collection("intelligence", "IntelReport", "NewIntelReport"),
            "/intelligence/{id}": one("intelligence", "IntelReport"),
            "/intelligence/{id}/entities": {
                "get": { "tags": ["intelligence"], "summary": "Entities linked to the report, and the phones, vehicles, places… its narrative names, each with the records of it you can see", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": { "200": { "description": "`items`: Entity[]; `mentions`: `{kind, text, matches: Entity[]}`[]" }, "403": { "description": "You may not read the report" }, "404": { "description": "No such report" } } },
                "post": { "tags": ["intelligence"], "summary": "Link an entity you can read to a report you may update (linking twice does nothing)", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["entity_id"], "properties": { "entity_id": { "type": "string", "format": "uuid" } } } } } }, "responses": { "204": { "description": "Linked" }, "403": { "description": "You may not update the report or read the entity" }, "404": { "description": "No such report or entity" } } }
            },
            "/entities": collection("entities", "Entity", "NewEntity"),
            "/entities/{id}": one("entities", "Entity"),
            "/entities/{id}/links": { "get": { "tags": ["links"], "summary": "An entity's links whose other end you may read", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": { "200": { "description": "OK" } } } },
            "/entities/{id}/same": { "get": { "tags": ["entities"], "summary": "Other records of the same phone, address, vehicle or account: shown when you may read them, otherwise only which organisation holds how many", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": { "200": { "description": "`items`: `{type: shown, …Entity}` or `{type: held, org_name, records}`" }, "403": { "description": "You may not read this entity" }, "404": { "description": "No such entity" } } } },
            "/people/{id}/links": { "get": { "tags": ["links"], "summary": "A person's links whose other end you may read", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": { "200": { "description": "OK" } } } },
            "/links": { "post": { "tags": ["links"], "summary": "Link two records you may read", "requestBody": { "required": true, "content": { "application/json": { "schema": create("NewLink") } } },
                "responses": { "201": { "description": "Created" }, "403": { "$ref": "#/components/responses/Error" }, "422": { "$ref": "#/components/responses/Error" } } } },
            "/cases/{id}/people": {
                "get": { "tags": ["cases"], "summary": "The people on a case whom you may read, with their parts", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ], "responses": { "200": { "description": "OK" } } },
                "post": { "tags": ["cases"], "summary": "Put a person on a case", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ],
                    "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["person_id", "role"], "properties": {
                        "person_id": { "type": "string", "format": "uuid" }, "role": codes(CaseRole::ALL.iter().map(|c| c.code()).collect()) } } } } },
                    "responses": { "204": { "description": "Added" }, "403": { "$ref": "#/components/responses/Error" }, "404": { "$ref": "#/components/responses/Error" } } }
            },
            "/audit": { "get": { "summary": "The audit log, newest first (administrators)", "parameters": [
                { "name": "actor", "in": "query", "schema": { "type": "string" } }, { "name": "action", "in": "query", "schema": { "type": "string" } },
                { "name": "record_type", "in": "query", "schema": { "type": "string" } }, { "name": "record_id", "in": "query", "schema": { "type": "string" } },
                { "name": "outcome", "in": "query", "schema": { "type": "string", "enum": ["allowed", "denied", "failed"] } },
                { "name": "before", "in": "query", "schema": { "type": "integer" } }, { "name": "limit", "in": "query", "schema": { "type": "integer" } } ],
                "responses": { "200": { "description": "OK" }, "403": { "$ref": "#/components/responses/Error" } } } }
        },
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer" } },
            "responses": { "Error": { "description": "The request was refused; nothing was changed.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } } },
            "schemas": {
                "Error": { "type": "object", "required": ["error"], "properties": { "error": { "type": "object", "required": ["code", "message"], "properties": {
                    "code": { "type": "string", "enum": ["sign_in_required", "second_factor_required", "unauthorized", "forbidden", "csrf", "not_found", "invalid", "conflict", "too_many_requests", "internal"] },
                    "message": { "type": "string" }, "field": { "type": "string" } } } } },
                "MarkingsIn": markings,
                "Markings": stored_markings,
                "Provenance": provenance,
                "Organisation": { "type": "object", "properties": { "id": { "type": "string", "format": "uuid" }, "name": { "type": "string" },
                    "org_type": codes(OrgType::ALL.iter().map(|c| c.code()).collect()), "created_at": { "type": "string", "format": "date-time" } } },
                "NewPerson": new_person, "Person": stored("NewPerson"),
                "NewCase": new_case, "Case": { "allOf": [ stored("NewCase") ], "properties": { "reference": { "type": "string" } } },
                "NewIntelReport": new_intel, "IntelReport": stored("NewIntelReport"),
                "NewEntity": { "type": "object", "required": ["kind", "value"], "properties": {
                    "kind": codes(EntityKind::ALL.iter().map(|c| c.code()).collect()), "value": { "type": "string", "maxLength": 500 }, "details": { "type": "string" } } },
                "Entity": { "allOf": [ stored("NewEntity") ], "properties": { "normalised": { "type": "string" } } },
                "NewLink": { "type": "object", "required": ["from", "to", "link_type"], "properties": {
                    "from": { "$ref": "#/components/schemas/NodeRef" }, "to": { "$ref": "#/components/schemas/NodeRef" },
                    "link_type": codes(LinkType::ALL.iter().map(|c| c.code()).collect()),
                    "date_from": { "type": ["string", "null"] }, "date_to": { "type": ["string", "null"] }, "source": { "type": "string" },
                    "confidence": codes(Confidence::ALL.iter().map(|c| c.code()).collect()) } },
                "NodeRef": { "type": "object", "required": ["type", "id"], "properties": { "type": { "type": "string", "enum": ["person", "entity"] }, "id": { "type": "string", "format": "uuid" } } }
            }
        }
    });
    // Added after: one json! this size is at the macro's recursion limit.
    for (path, b) in [
        "/people/batch",
        "/cases/batch",
        "/intelligence/batch",
        "/links/batch",
    ]
    .into_iter()
    .zip(batches)
    {
        doc["paths"][path] = b;
    }
    let (paths, schemas) = crate::network::openapi();
    for (k, v) in paths.as_object().into_iter().flatten() {
        doc["paths"][k] = v.clone();
    }
    for (k, v) in schemas.as_object().into_iter().flatten() {
        doc["components"]["schemas"][k] = v.clone();
    }
    doc["components"]["schemas"]["LinkEnd"] = link_end;
    doc["components"]["schemas"]["LinkBatchRecord"] = link_batch_record;
    doc
}

async fn openapi() -> Json<Value> {
    Json(openapi_document())
}
