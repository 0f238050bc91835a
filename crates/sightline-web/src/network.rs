//! Network analysis in the product: a person's link chart (`/people/{id}/network`, and
//! `…/network.svg`), how two people are connected, and the networks the reader can see
//! (`/networks`), with JSON equivalents under `/api/v1`.
//!
//! The store hands over only the links the reader may read with both ends
//! (`Store::network`, audited); the records of one resolved person
//! (`matches::job::stored_groups`) are one node, so a person is counted once;
//! `sightline-graph` does the analysis and the layout; `svg.rs` draws the chart.

mod svg;

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use sightline_graph::{layout, rank, Betweenness, Builder, Graph, Kind};
use sightline_store::{Ctx, NetworkRead, NetworkScope, Node};
use uuid::Uuid;

use crate::error::{ApiError, Failure, PageError};
use crate::matches::job::stored_groups;
use crate::pages::{nav, Nav};
use crate::session::{ApiUser, WebUser};
use crate::AppState;

/// Hops drawn around a person unless asked otherwise, and the most that may be asked.
pub const DEFAULT_HOPS: u32 = 2;
pub const MAX_HOPS: u32 = 3;
/// Hops read out from each of two people when looking for a path between them: paths
/// of up to twice this many links are found.
pub const PATH_HOPS: u32 = 3;
/// At most this many paths of the shortest length are shown.
pub const MAX_PATHS: usize = 5;
/// At most this many nodes are drawn (the nearest first); the table lists the same ones.
pub const MAX_DRAWN: usize = 120;
/// At most this many networks are listed.
pub const MAX_NETWORKS: usize = 50;
/// Betweenness is exact up to this many nodes, sampled from a fixed seed above.
const CENTRALITY: Betweenness = Betweenness::Auto {
    max_exact: 5000,
    k: 400,
    seed: 1,
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/networks", get(networks_page))
        .route("/people/{id}/network", get(ego_page))
        .route("/people/{id}/network.svg", get(ego_svg))
        .route("/api/v1/networks", get(networks_api))
        .route("/api/v1/people/{id}/network", get(ego_api))
}

/// What an edge carries: the link's type (as read) and its id.
type Payload = (String, Uuid);

/// The graph of what the reader may see, and the records behind its nodes.
struct Seen {
    graph: Graph<Uuid, Payload>,
    records: HashMap<Uuid, Node>,
    /// Every visible link was read (not stopped at the store's limit).
    complete: bool,
}

fn build(read: NetworkRead, groups: &HashMap<Uuid, Uuid>) -> Result<Seen, Failure> {
    let mut b: Builder<Uuid, Payload> = Builder::new();
    // The reader's records of one phone, address, vehicle… (one kind and match key) are
    // one node, named by the smallest id, so two forces' records of it join their networks.
    let mut things: HashMap<(&'static str, String), Uuid> = HashMap::new();
    for n in &read.nodes {
        if let Node::Entity(e) = n {
            let key = sightline_core::match_key(e.kind, &e.normalised);
            if !key.is_empty() {
                let first = things.entry((e.kind.code(), key)).or_insert(e.id);
                *first = (*first).min(e.id);
            }
        }
    }
    for n in &read.nodes {
        if let Node::Entity(e) = n {
            let key = sightline_core::match_key(e.kind, &e.normalised);
            if let Some(first) = things.get(&(e.kind.code(), key)) {
                b.same(e.id, *first);
            }
        }
    }
    for n in &read.nodes {
        let kind = match n {
            Node::Person(_) => Kind::Person,
            Node::Entity(_) => Kind::Entity,
        };
        b.node(n.id(), kind);
        if let Some(g) = groups.get(&n.id()) {
            b.same(n.id(), *g);
        }
    }
    for l in &read.links {
        b.edge(l.from.id, l.to.id, (l.link_type.label().to_string(), l.id));
    }
    let graph = b
        .build()
        .map_err(|e| Failure::Internal(format!("network: {e}")))?;
    let records = read.nodes.into_iter().map(|n| (n.id(), n)).collect();
    Ok(Seen {
        graph,
        records,
        complete: read.complete,
    })
}

/// One node as shown: a resolved person (with every record of theirs the reader may
/// read) or an entity.
#[derive(Debug, Clone, Serialize)]
pub struct NodeView {
    /// The node's id: its record's, or a person's first record's.
    pub id: Uuid,
    /// `person` or `entity`.
    pub kind: &'static str,
    /// The entity's kind code (`phone`, `location`, …).
    pub entity_kind: Option<&'static str>,
    /// What it is, for people to read: "Person", "Phone number", "Vehicle"…
    pub what: String,
    pub label: String,
    pub href: String,
    /// The records it stands for (more than one when one person was recorded several times).
    pub records: Vec<Uuid>,
    /// Links away from the centre, in an ego network.
    pub hops: Option<u32>,
    /// How many others it is linked to.
    pub degree: usize,
    /// In an ego network: what it is linked to there, as (link types, label, href).
    #[serde(skip)]
    pub linked: Vec<(String, String, String)>,
    #[serde(skip)]
    pub x: f64,
    #[serde(skip)]
    pub y: f64,
}

/// Two nodes that are linked, with every link between them.
#[derive(Debug, Clone, Serialize)]
pub struct EdgeView {
    pub from: Uuid,
    pub to: Uuid,
    /// Link types, as read (`lives at`, `uses phone`…).
    pub types: Vec<String>,
    pub links: Vec<Uuid>,
}

impl Seen {
    fn node(&self, n: u32) -> NodeView {
        let g = &self.graph;
        let id = g.id(n);
        let records = g.records(n).to_vec();
        let (kind, entity_kind, what, label, href) = match self.records.get(&id) {
            Some(Node::Person(p)) => (
                "person",
                None,
                "Person".to_string(),
                if records.len() > 1 {
                    format!("{} ({} records)", p.display_name(), records.len())
                } else {
                    p.display_name()
                },
                format!("/people/{}", p.id),
            ),
            Some(Node::Entity(e)) => {
                // "Business (car wash, nail bar…)" reads as "Business" here.
                let what = e.kind.label().split(" (").next().unwrap_or_default();
                let label = if records.len() > 1 {
                    format!("{what}: {} ({} records)", e.value, records.len())
                } else {
                    format!("{what}: {}", e.value)
                };
                (
                    "entity",
                    Some(e.kind.code()),
                    what.to_string(),
                    label,
                    format!("/entities/{}", e.id),
                )
            }
            None => (
                "entity",
                None,
                "Record".into(),
                id.to_string(),
                String::new(),
            ),
        };
        NodeView {
            id,
            kind,
            entity_kind,
            what,
            label,
            href,
            records,
            hops: None,
            degree: g.neighbours(n).len(),
            linked: Vec::new(),
            x: 0.0,
            y: 0.0,
        }
    }

    fn edge(&self, a: u32, b: u32) -> EdgeView {
        let p = self.graph.payloads(a, b);
        let mut types: Vec<String> = p.iter().map(|(t, _)| t.clone()).collect();
        types.dedup();
        EdgeView {
            from: self.graph.id(a),
            to: self.graph.id(b),
            types,
            links: p.iter().map(|(_, id)| *id).collect(),
        }
    }
}

/// A person's network: who and what is linked to them within some hops.
#[derive(Debug, Serialize)]
pub struct EgoView {
    pub center: Uuid,
    pub hops: u32,
    pub nodes: Vec<NodeView>,
    pub edges: Vec<EdgeView>,
    /// People (each once) and entities in it.
    pub people: usize,
    pub entities: usize,
    /// Something at the outer ring is linked further out.
    pub more_beyond: bool,
    /// Nodes left out because the chart would be too crowded (the furthest first).
    pub not_drawn: usize,
    /// False when the read stopped at the store's limit of links.
    pub complete: bool,
}

/// One way two people are connected: the nodes along it, and what links each to the next.
#[derive(Debug, Serialize)]
pub struct PathView {
    pub nodes: Vec<NodeView>,
    /// `steps[i]` joins `nodes[i]` and `nodes[i + 1]`.
    pub steps: Vec<EdgeView>,
}

#[derive(Debug, Serialize)]
pub struct Connection {
    pub to: NodeView,
    /// Links on each shortest path (0 when both are the same person).
    pub length: Option<usize>,
    pub paths: Vec<PathView>,
    /// The longest path looked for.
    pub max_hops: u32,
}

fn hops_of(q: Option<u32>) -> Result<u32, Failure> {
    match q {
        None => Ok(DEFAULT_HOPS),
        Some(h) if (1..=MAX_HOPS).contains(&h) => Ok(h),
        Some(_) => Err(Failure::Invalid {
            field: "hops".into(),
            message: format!("choose from 1 to {MAX_HOPS} links away"),
        }),
    }
}

/// The ego network of `person` (already read, so allowed and audited) as the reader sees it.
async fn ego(
    state: &AppState,
    ctx: &Ctx,
    person: Uuid,
    hops: u32,
    groups: &HashMap<Uuid, Uuid>,
) -> Result<EgoView, Failure> {
    let read = state
        .store
        .network(
            ctx,
            NetworkScope::Around {
                seeds: &[person],
                hops,
                same: groups,
            },
        )
        .await?;
    let seen = build(read, groups)?;
    let e = seen
        .graph
        .ego(person, hops)
        .map_err(|_| Failure::NotFound)?;
    let not_drawn = e.nodes.len().saturating_sub(MAX_DRAWN);
    let mut shown = e.clone();
    shown.nodes.truncate(MAX_DRAWN);
    let keep: std::collections::HashSet<u32> = shown.nodes.iter().map(|n| n.0).collect();
    shown
        .edges
        .retain(|(a, b)| keep.contains(a) && keep.contains(b));
    let places: HashMap<u32, (f64, f64)> = layout::radial(&seen.graph, &shown)
        .into_iter()
        .map(|p| (p.node, (p.x, p.y)))
        .collect();
    let nodes: Vec<NodeView> = shown
        .nodes
        .iter()
        .map(|&(n, d)| {
            let mut v = seen.node(n);
            v.hops = Some(d);
            (v.x, v.y) = places[&n];
            v
        })
        .collect();
    let mut nodes = nodes;
    let edges: Vec<EdgeView> = shown.edges.iter().map(|&(a, b)| seen.edge(a, b)).collect();
    let at: HashMap<Uuid, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    for e in &edges {
        let (a, b) = (at[&e.from], at[&e.to]);
        let types = e.types.join(", ");
        let (la, ha) = (nodes[a].label.clone(), nodes[a].href.clone());
        let (lb, hb) = (nodes[b].label.clone(), nodes[b].href.clone());
        nodes[a].linked.push((types.clone(), lb, hb));
        nodes[b].linked.push((types, la, ha));
    }
    let people = nodes.iter().filter(|n| n.kind == "person").count();
    Ok(EgoView {
        center: seen.graph.id(e.center),
        hops,
        entities: nodes.len() - people,
        people,
        nodes,
        edges,
        more_beyond: e.truncated,
        not_drawn,
        complete: seen.complete,
    })
}

/// How `from` is connected to `to` (both already read), within 2 × [`PATH_HOPS`] links.
async fn connection(
    state: &AppState,
    ctx: &Ctx,
    from: Uuid,
    to: Uuid,
    groups: &HashMap<Uuid, Uuid>,
) -> Result<Connection, Failure> {
    let read = state
        .store
        .network(
            ctx,
            NetworkScope::Around {
                seeds: &[from, to],
                hops: PATH_HOPS,
                same: groups,
            },
        )
        .await?;
    let seen = build(read, groups)?;
    let max_hops = 2 * PATH_HOPS;
    let paths = seen
        .graph
        .shortest_paths(from, to, max_hops, MAX_PATHS)
        .map_err(|_| Failure::NotFound)?;
    let target = seen.graph.node_of(to).ok_or(Failure::NotFound)?;
    Ok(Connection {
        to: seen.node(target),
        length: paths.first().map(|p| p.len() - 1),
        paths: paths
            .iter()
            .map(|p| PathView {
                nodes: p.iter().map(|&n| seen.node(n)).collect(),
                steps: p.windows(2).map(|w| seen.edge(w[0], w[1])).collect(),
            })
            .collect(),
        max_hops,
    })
}

/// One network in the list.
#[derive(Debug, Serialize)]
pub struct NetworkView {
    /// 1 for the largest.
    pub rank: usize,
    /// Resolved people (a person recorded several times counts once).
    pub people: usize,
    /// Their records.
    pub person_records: usize,
    pub entities: usize,
    /// Entities linked to two or more of its people: what joins them.
    pub shared: Vec<NodeView>,
    /// The people most between the others (betweenness), most central first.
    pub central: Vec<NodeView>,
    /// People and entities whose removal would split the network.
    pub brokers: Vec<NodeView>,
}

#[derive(Debug, Serialize)]
pub struct Networks {
    pub networks: Vec<NetworkView>,
    /// Networks beyond those listed.
    pub more: usize,
    /// People and entities with no link the reader can see are not listed.
    pub linked_people: usize,
    /// True when betweenness was estimated from a sample of starting points.
    pub sampled: bool,
    /// False when there were more links than one read takes: the networks are partial.
    pub complete: bool,
}

/// The networks the reader can see, largest first.
pub async fn networks(state: &AppState, ctx: &Ctx) -> Result<Networks, Failure> {
    let groups = stored_groups(&state.store).await?;
    let read = state.store.network(ctx, NetworkScope::All).await?;
    let seen = build(read, &groups)?;
    let g = &seen.graph;
    let bc = g.betweenness(CENTRALITY);
    let sampled = g.betweenness_sources(CENTRALITY).len() < g.len();
    let brokers: std::collections::HashSet<u32> = g.brokers().into_iter().collect();
    let all: Vec<_> = g
        .networks()
        .into_iter()
        .filter(|n| n.nodes.len() >= 2)
        .collect();
    let linked_people = all.iter().map(|n| n.people).sum();
    let more = all.len().saturating_sub(MAX_NETWORKS);
    let networks = all
        .into_iter()
        .take(MAX_NETWORKS)
        .enumerate()
        .map(|(i, n)| {
            let by_bc = rank(g, n.nodes.iter().copied(), |v| bc[v as usize]);
            let shared = rank(g, n.shared_entities.iter().copied(), |v| {
                g.neighbours(v).len() as f64
            });
            NetworkView {
                rank: i + 1,
                people: n.people,
                person_records: n.person_records,
                entities: n.entities,
                shared: shared.into_iter().take(8).map(|v| seen.node(v)).collect(),
                central: by_bc
                    .iter()
                    .filter(|&&v| g.kind(v) == Kind::Person && bc[v as usize] > 0.0)
                    .take(3)
                    .map(|&v| seen.node(v))
                    .collect(),
                brokers: by_bc
                    .iter()
                    .filter(|v| brokers.contains(v))
                    .take(5)
                    .map(|&v| seen.node(v))
                    .collect(),
            }
        })
        .collect();
    Ok(Networks {
        networks,
        more,
        linked_people,
        sampled,
        complete: seen.complete,
    })
}

#[derive(Deserialize, Default)]
struct EgoQuery {
    hops: Option<u32>,
    /// Someone to find a path to: an id, or (on the page) a name.
    to: Option<String>,
}

fn parse_id(id: &str) -> Result<Uuid, Failure> {
    Uuid::parse_str(id).map_err(|_| Failure::NotFound)
}

/// What the page found for "how is X connected to Y".
enum Target {
    None,
    Found(Box<Connection>),
    /// Several people match the name: choose one.
    Choose(Vec<(Uuid, String)>),
    NoOne,
}

#[derive(Template)]
#[template(path = "network.html")]
struct EgoPage {
    nav: Nav,
    person: sightline_core::Person,
    view: EgoView,
    svg: String,
    hops_choices: Vec<u32>,
    to: String,
    target: Target,
}

async fn ego_page(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    Query(q): Query<EgoQuery>,
) -> Result<Response, PageError> {
    let ctx = &u.ctx;
    let hops = hops_of(q.hops)?;
    let person = state.store.get_person(ctx, parse_id(&id)?).await?;
    let groups = stored_groups(&state.store).await?;
    let view = ego(&state, ctx, person.id, hops, &groups).await?;
    let to = q.to.unwrap_or_default().trim().to_string();
    let target = if to.is_empty() {
        Target::None
    } else {
        let other = match Uuid::parse_str(&to) {
            Ok(other) => Ok(state.store.get_person(ctx, other).await?.id),
            Err(_) => {
                // People found by name, each resolved person once, not the person themself.
                let mine = groups.get(&person.id).copied().unwrap_or(person.id);
                let mut found: Vec<(Uuid, String)> = Vec::new();
                let mut seen_groups = std::collections::HashSet::new();
                for p in state.store.search_people(ctx, &to, 20).await? {
                    let g = groups.get(&p.id).copied().unwrap_or(p.id);
                    if g != mine && seen_groups.insert(g) {
                        found.push((p.id, p.display_name()));
                    }
                }
                match found.len() {
                    1 => Ok(found[0].0),
                    _ => Err(found),
                }
            }
        };
        match other {
            Ok(other) => Target::Found(Box::new(
                connection(&state, ctx, person.id, other, &groups).await?,
            )),
            Err(found) if found.is_empty() => Target::NoOne,
            Err(found) => Target::Choose(found),
        }
    };
    let svg = chart(&person, &view, false);
    let page = EgoPage {
        nav: nav(&state, &u).await?,
        person,
        view,
        svg,
        hops_choices: (1..=MAX_HOPS).collect(),
        to,
        target,
    };
    Ok(Html(page.render().map_err(Failure::from)?).into_response())
}

fn chart(person: &sightline_core::Person, view: &EgoView, standalone: bool) -> String {
    let title = format!(
        "Link chart: {} and what is linked to them within {} {}",
        person.display_name(),
        view.hops,
        if view.hops == 1 { "link" } else { "links" }
    );
    let desc = format!(
        "{} people and {} entities, {} links between them; the same as the table of nodes on this page. People are circles, entities are squares; rings show how many links away each is.",
        view.people,
        view.entities,
        view.edges.len()
    );
    svg::draw(&title, &desc, &view.nodes, &view.edges, standalone)
}

async fn ego_svg(
    State(state): State<AppState>,
    u: WebUser,
    Path(id): Path<String>,
    Query(q): Query<EgoQuery>,
) -> Result<Response, PageError> {
    let hops = hops_of(q.hops)?;
    let person = state.store.get_person(&u.ctx, parse_id(&id)?).await?;
    let groups = stored_groups(&state.store).await?;
    let view = ego(&state, &u.ctx, person.id, hops, &groups).await?;
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
        chart(&person, &view, true)
    );
    Ok((
        [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "networks.html")]
struct NetworksPage {
    nav: Nav,
    n: Networks,
}

async fn networks_page(State(state): State<AppState>, u: WebUser) -> Result<Response, PageError> {
    let ctx = u.with_purpose("network analysis");
    let n = networks(&state, &ctx).await?;
    let page = NetworksPage {
        nav: nav(&state, &u).await?,
        n,
    };
    Ok(Html(page.render().map_err(Failure::from)?).into_response())
}

async fn networks_api(
    State(state): State<AppState>,
    u: ApiUser,
) -> Result<Json<Networks>, ApiError> {
    Ok(Json(networks(&state, &u.ctx).await?))
}

#[derive(Serialize)]
struct EgoResponse {
    network: EgoView,
    #[serde(skip_serializing_if = "Option::is_none")]
    connection: Option<Connection>,
}

async fn ego_api(
    State(state): State<AppState>,
    u: ApiUser,
    Path(id): Path<String>,
    Query(q): Query<EgoQuery>,
) -> Result<Json<EgoResponse>, ApiError> {
    let hops = hops_of(q.hops)?;
    let person = state.store.get_person(&u.ctx, parse_id(&id)?).await?;
    let groups = stored_groups(&state.store).await?;
    let network = ego(&state, &u.ctx, person.id, hops, &groups).await?;
    let connection = match q.to.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => None,
        Some(t) => {
            let other = Uuid::parse_str(t).map_err(|_| Failure::Invalid {
                field: "to".into(),
                message: "give the id of the other person".into(),
            })?;
            let other = state.store.get_person(&u.ctx, other).await?;
            Some(connection(&state, &u.ctx, person.id, other.id, &groups).await?)
        }
    };
    Ok(Json(EgoResponse {
        network,
        connection,
    }))
}

/// The network endpoints' part of the OpenAPI document: (paths, schemas).
pub fn openapi() -> (serde_json::Value, serde_json::Value) {
    use serde_json::json;
    let errors = |ok: serde_json::Value| {
        let mut r = json!({ "200": ok });
        for code in ["401", "403", "404", "422"] {
            r[code] = json!({ "$ref": "#/components/responses/Error" });
        }
        r
    };
    let uuid = json!({ "type": "string", "format": "uuid" });
    let paths = json!({
        "/networks": { "get": { "tags": ["networks"],
            "summary": "The networks you can see (people joined through shared entities, by the links you may read with both ends), largest first, people counted once however many records they have; audited with every record read",
            "responses": errors(json!({ "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Networks" } } } })) } },
        "/people/{id}/network": { "get": { "tags": ["networks"],
            "summary": "A person's network within some links (an ego network with its layout omitted), and optionally how they are connected to another person; audited",
            "parameters": [
                { "name": "id", "in": "path", "required": true, "schema": uuid },
                { "name": "hops", "in": "query", "schema": { "type": "integer", "minimum": 1, "maximum": MAX_HOPS, "default": DEFAULT_HOPS } },
                { "name": "to", "in": "query", "description": format!("Another person's id: the shortest paths to them, up to {} links", 2 * PATH_HOPS), "schema": uuid } ],
            "responses": errors(json!({ "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/EgoNetwork" } } } })) } }
    });
    let node = json!({ "type": "object", "required": ["id", "kind", "label", "records"], "properties": {
        "id": uuid, "kind": { "type": "string", "enum": ["person", "entity"] },
        "entity_kind": { "type": ["string", "null"], "enum": entity_kind_codes() },
        "what": { "type": "string" }, "label": { "type": "string" }, "href": { "type": "string" },
        "records": { "type": "array", "items": uuid, "description": "The records this node stands for: several when one person was recorded more than once" },
        "hops": { "type": ["integer", "null"] }, "degree": { "type": "integer" } } });
    let edge = json!({ "type": "object", "properties": { "from": uuid, "to": uuid,
        "types": { "type": "array", "items": { "type": "string" } }, "links": { "type": "array", "items": uuid } } });
    let nodes = json!({ "type": "array", "items": { "$ref": "#/components/schemas/NetworkNode" } });
    let schemas = json!({
        "NetworkNode": node,
        "NetworkEdge": edge,
        "Networks": { "type": "object", "properties": {
            "networks": { "type": "array", "items": { "type": "object", "properties": {
                "rank": { "type": "integer" }, "people": { "type": "integer", "description": "Resolved people, each once" },
                "person_records": { "type": "integer" }, "entities": { "type": "integer" },
                "shared": nodes, "central": nodes, "brokers": nodes } } },
            "more": { "type": "integer" }, "linked_people": { "type": "integer" }, "sampled": { "type": "boolean" },
            "complete": { "type": "boolean", "description": "False when there were more links than one read takes, so the networks are partial" } } },
        "EgoNetwork": { "type": "object", "properties": {
            "network": { "type": "object", "properties": {
                "center": uuid, "hops": { "type": "integer" }, "nodes": nodes,
                "edges": { "type": "array", "items": { "$ref": "#/components/schemas/NetworkEdge" } },
                "people": { "type": "integer" }, "entities": { "type": "integer" },
                "more_beyond": { "type": "boolean" }, "not_drawn": { "type": "integer" }, "complete": { "type": "boolean" } } },
            "connection": { "type": "object", "properties": {
                "to": { "$ref": "#/components/schemas/NetworkNode" },
                "length": { "type": ["integer", "null"], "description": "Links on each shortest path; null when not connected within max_hops" },
                "max_hops": { "type": "integer" },
                "paths": { "type": "array", "items": { "type": "object", "properties": {
                    "nodes": nodes, "steps": { "type": "array", "items": { "$ref": "#/components/schemas/NetworkEdge" } } } } } } } } }
    });
    (paths, schemas)
}

/// Entity kind codes and null, for the schema.
fn entity_kind_codes() -> Vec<serde_json::Value> {
    let mut v: Vec<serde_json::Value> = sightline_core::EntityKind::ALL
        .iter()
        .map(|k| k.code().into())
        .collect();
    v.push(serde_json::Value::Null);
    v
}
