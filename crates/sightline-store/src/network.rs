//! Reading the link graph as one user may see it, for network analysis.
//!
//! A link is handed over only when the reader may read the link and both its ends (the
//! rule of `Store::links_of`); nodes are the ends of those links plus the records asked
//! about. The read is audited as one `list network` entry naming every record handed
//! over (links, people and entities). The analysis itself (components, centrality,
//! paths) is `sightline-graph`'s, run by the web crate on what comes back here.

use std::collections::HashMap;

use async_trait::async_trait;
use sightline_core::Link;
use uuid::Uuid;

use crate::{Ctx, Node, Result};

/// Which part of the graph to read.
#[derive(Debug, Clone, Copy)]
pub enum NetworkScope<'a> {
    /// Every link the reader may see.
    All,
    /// The links within `hops` of the records in `seeds`. `same` maps a person's record to
    /// their resolved person (any id shared by the group), so that reaching one record of
    /// a person reaches all of them at the same distance (they are one node).
    Around {
        seeds: &'a [Uuid],
        hops: u32,
        same: &'a HashMap<Uuid, Uuid>,
    },
}

/// What a reader may see of the graph: nodes in id order, links in id order.
#[derive(Debug, Clone, Default)]
pub struct NetworkRead {
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    /// False when the read stopped at [`MAX_LINKS`] links.
    pub complete: bool,
}

impl Node {
    pub fn id(&self) -> Uuid {
        match self {
            Node::Person(p) => p.id,
            Node::Entity(e) => e.id,
        }
    }
}

/// Upper bound on links read per request, so one hub cannot make a page unbounded; a
/// read that reaches it says so (`NetworkRead::complete` is false).
pub const MAX_LINKS: usize = 20_000;

/// Records per `IN (…)` list when reading the links around a hop's records.
pub(crate) const PER_QUERY: usize = 200;

#[async_trait]
pub trait Network: Send + Sync {
    /// The graph as the reader may see it (see [`NetworkScope`]), at most [`MAX_LINKS`]
    /// links. Audited as a list of every record returned.
    async fn network(&self, ctx: &Ctx, scope: NetworkScope<'_>) -> Result<NetworkRead>;
}

macro_rules! impl_network {
    ($store:ident) => {
        mod network_impl {
            use super::*;
            use std::collections::{BTreeMap, HashMap, HashSet};
            use crate::network::{Network, NetworkRead, NetworkScope, MAX_LINKS, PER_QUERY};

            impl $store {
                /// A record if the reader may read it, remembered for the rest of the read.
                async fn node_cached(&self, ctx: &Ctx, cache: &mut HashMap<Uuid, Option<Node>>, r: NodeRef) -> Result<Option<Node>> {
                    if let Some(n) = cache.get(&r.id) {
                        return Ok(n.clone());
                    }
                    let n = self.readable_node(ctx, r).await?;
                    cache.insert(r.id, n.clone());
                    Ok(n)
                }

                /// Reads every end of `links` not yet in `cache` in a few queries per type
                /// (instead of one per end when `visible_link` meets it), remembering the
                /// ones the reader may not read (or that are gone) as `None`.
                async fn prefetch_ends(&self, ctx: &Ctx, cache: &mut HashMap<Uuid, Option<Node>>, links: &[Link]) -> Result<()> {
                    for node_type in [NodeType::Person, NodeType::Entity] {
                        let mut ids: Vec<Uuid> = links.iter()
                            .flat_map(|l| [l.from, l.to])
                            .filter(|r| r.node_type == node_type && !cache.contains_key(&r.id))
                            .map(|r| r.id)
                            .collect();
                        ids.sort();
                        ids.dedup();
                        if ids.is_empty() {
                            continue;
                        }
                        let found = self.readable_nodes(ctx, node_type, &ids).await?;
                        for id in &ids {
                            cache.insert(*id, None);
                        }
                        for n in found {
                            cache.insert(n.id(), Some(n));
                        }
                    }
                    Ok(())
                }

                /// Every link with an end among `ids`, in id order, in one query.
                async fn links_touching(&self, ids: &[Uuid]) -> Result<Vec<Link>> {
                    let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
                    let list = marks.join(", ");
                    let sql = format!("SELECT * FROM links WHERE from_id IN ({list}) OR to_id IN ({list}) ORDER BY id");
                    let mut q = sqlx::query(&sql);
                    for id in ids {
                        q = q.bind(*id);
                    }
                    q.fetch_all(&self.pool).await?.iter().map(link_from).collect()
                }

                /// Keeps `link` if the reader may read it and both its ends.
                async fn visible_link(&self, ctx: &Ctx, cache: &mut HashMap<Uuid, Option<Node>>, link: &Link) -> Result<bool> {
                    if check(&ctx.actor, &link.markings, Action::Read).is_err() {
                        return Ok(false);
                    }
                    Ok(self.node_cached(ctx, cache, link.from).await?.is_some()
                        && self.node_cached(ctx, cache, link.to).await?.is_some())
                }
            }

            #[async_trait]
            impl Network for $store {
                async fn network(&self, ctx: &Ctx, scope: NetworkScope<'_>) -> Result<NetworkRead> {
                    let mut cache: HashMap<Uuid, Option<Node>> = HashMap::new();
                    let mut nodes: BTreeMap<Uuid, Node> = BTreeMap::new();
                    let mut links: BTreeMap<Uuid, Link> = BTreeMap::new();
                    let about: String;
                    let mut complete = true;
                    match scope {
                        NetworkScope::All => {
                            about = String::new();
                            let mut after: Option<Uuid> = None;
                            'pages: loop {
                                let rows = sqlx::query("SELECT * FROM links WHERE ($1 IS NULL OR id > $1) ORDER BY id LIMIT $2")
                                    .bind(after).bind(LIST_BATCH).fetch_all(&self.pool).await?;
                                let page = rows.iter().map(link_from).collect::<Result<Vec<_>>>()?;
                                self.prefetch_ends(ctx, &mut cache, &page).await?;
                                for link in page {
                                    after = Some(link.id);
                                    if self.visible_link(ctx, &mut cache, &link).await? {
                                        links.insert(link.id, link);
                                        if links.len() >= MAX_LINKS {
                                            complete = false;
                                            break 'pages;
                                        }
                                    }
                                }
                                if (rows.len() as i64) < LIST_BATCH {
                                    break;
                                }
                            }
                            for l in links.values() {
                                for end in [l.from, l.to] {
                                    if let Some(Some(n)) = cache.get(&end.id) {
                                        nodes.insert(end.id, n.clone());
                                    }
                                }
                            }
                        }
                        NetworkScope::Around { seeds, hops, same } => {
                            about = seeds.first().map(|s| s.to_string()).unwrap_or_default();
                            let mut members: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
                            for (r, g) in same {
                                members.entry(*g).or_default().push(*r);
                            }
                            for m in members.values_mut() {
                                m.sort();
                            }
                            // A person's record and every other record of the same person.
                            let with_mates = |id: Uuid| -> Vec<Uuid> {
                                match same.get(&id).and_then(|g| members.get(g)) {
                                    Some(m) => m.clone(),
                                    None => vec![id],
                                }
                            };
                            let mut dist: HashMap<Uuid, u32> = HashMap::new();
                            let mut frontier: Vec<Uuid> = Vec::new();
                            let mut start: Vec<Uuid> = seeds.iter().flat_map(|s| with_mates(*s)).collect();
                            start.sort();
                            start.dedup();
                            for id in start {
                                let r = NodeRef { node_type: NodeType::Person, id };
                                let n = match self.node_cached(ctx, &mut cache, r).await? {
                                    Some(n) => Some(n),
                                    None => self.node_cached(ctx, &mut cache, NodeRef { node_type: NodeType::Entity, id }).await?,
                                };
                                if let Some(n) = n {
                                    nodes.insert(id, n);
                                    dist.insert(id, 0);
                                    frontier.push(id);
                                }
                            }
                            let mut seen_links: HashSet<Uuid> = HashSet::new();
                            'hops: for d in 0..hops {
                                let mut next: Vec<Uuid> = Vec::new();
                                let current = std::mem::take(&mut frontier);
                                for part in current.chunks(PER_QUERY) {
                                    // One query for the links of up to PER_QUERY records, then
                                    // each record's links in id order, as one query each gave.
                                    let around = self.links_touching(part).await?;
                                    self.prefetch_ends(ctx, &mut cache, &around).await?;
                                    let mut of: HashMap<Uuid, Vec<usize>> = HashMap::new();
                                    for (i, l) in around.iter().enumerate() {
                                        of.entry(l.from.id).or_default().push(i);
                                        if l.to.id != l.from.id {
                                            of.entry(l.to.id).or_default().push(i);
                                        }
                                    }
                                    for &id in part {
                                        for &i in of.get(&id).map(Vec::as_slice).unwrap_or_default() {
                                            let link = &around[i];
                                            if !seen_links.insert(link.id) || !self.visible_link(ctx, &mut cache, link).await? {
                                                continue;
                                            }
                                            let other = if link.from.id == id { link.to } else { link.from };
                                            links.insert(link.id, link.clone());
                                            let reached = if other.node_type == NodeType::Person { with_mates(other.id) } else { vec![other.id] };
                                            for o in reached {
                                                if dist.contains_key(&o) {
                                                    continue;
                                                }
                                                let r = NodeRef { node_type: other.node_type, id: o };
                                                if let Some(n) = self.node_cached(ctx, &mut cache, r).await? {
                                                    nodes.insert(o, n);
                                                    dist.insert(o, d + 1);
                                                    next.push(o);
                                                }
                                            }
                                            if links.len() >= MAX_LINKS {
                                                complete = false;
                                                break 'hops;
                                            }
                                        }
                                    }
                                }
                                next.sort();
                                frontier = next;
                            }
                        }
                    }
                    let out = NetworkRead { nodes: nodes.into_values().collect(), links: links.into_values().collect(), complete };
                    if !out.nodes.is_empty() {
                        let people = out.nodes.iter().filter(|n| matches!(n, Node::Person(_))).count();
                        let ids: Vec<String> = out.nodes.iter().map(|n| n.id().to_string())
                            .chain(out.links.iter().map(|l| l.id.to_string())).collect();
                        self.audit(AuditEvent::by(ctx, "list", "network", about, Outcome::Allowed).with_detail(format!(
                            "{} people, {} entities, {} links shown: {}",
                            people, out.nodes.len() - people, out.links.len(), ids.join(" ")
                        ))).await?;
                    }
                    Ok(out)
                }
            }
        }
    };
}

pub(crate) use impl_network;
