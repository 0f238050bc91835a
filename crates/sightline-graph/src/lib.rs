//! Network analysis for link charts. Pure: data in, data out; no I/O.
//!
//! Input: nodes (opaque ids, each a person or an entity), undirected edges carrying a
//! caller's payload (a link type, a link id), and an optional "same person" grouping
//! (record id → group id) so that the records of one resolved person collapse into one
//! node: a victim recorded by three forces is one node, joined to everything each record
//! is linked to.
//!
//! Every result is deterministic and independent of the order of the input: nodes are
//! numbered in the order of their ids, neighbours are kept sorted, and ties are broken by
//! id. Self-links (including links between two records of one person) are ignored, and a
//! pair linked several times is one neighbour (every payload is kept for display).
//!
//! - [`Graph::networks`]: connected components, largest first.
//! - [`Graph::degree`], [`Graph::betweenness`] (Brandes; exact, or sampled sources for big
//!   graphs), [`Graph::brokers`] (articulation points) and [`Graph::bridges`].
//! - [`Graph::shortest_paths`] with a hop limit, [`Graph::ego`] (k-hop neighbourhood).
//! - [`layout::radial`]: coordinates for drawing an ego network.

mod centrality;
pub mod layout;
mod paths;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::Hash;

pub use centrality::Betweenness;
pub use paths::Ego;

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Person,
    Entity,
}

/// Input that cannot make a graph, naming where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphError {
    /// Edge number `edge` (from 0, in the order given) names a node that was not added.
    UnknownNode { edge: usize, id: String },
    /// The same id was added twice with different kinds.
    KindConflict { id: String },
    /// A node asked about is not in the graph.
    NotInGraph { id: String },
}

impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GraphError::UnknownNode { edge, id } => {
                write!(f, "edge {edge} names node {id}, which was not added")
            }
            GraphError::KindConflict { id } => {
                write!(f, "node {id} was added both as a person and as an entity")
            }
            GraphError::NotInGraph { id } => write!(f, "node {id} is not in the graph"),
        }
    }
}

impl std::error::Error for GraphError {}

/// Collects nodes, edges and the "same person" grouping; [`Builder::build`] makes the graph.
pub struct Builder<K, E> {
    nodes: HashMap<K, Kind>,
    conflict: Option<K>,
    edges: Vec<(K, K, E)>,
    groups: HashMap<K, K>,
}

impl<K, E> Default for Builder<K, E> {
    fn default() -> Self {
        Builder {
            nodes: HashMap::new(),
            conflict: None,
            edges: Vec::new(),
            groups: HashMap::new(),
        }
    }
}

impl<K: Copy + Ord + Hash + fmt::Debug, E: Ord + Clone> Builder<K, E> {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a node; adding it again with the same kind does nothing.
    pub fn node(&mut self, id: K, kind: Kind) -> &mut Self {
        if let Some(k) = self.nodes.insert(id, kind) {
            if k != kind && self.conflict.is_none() {
                self.conflict = Some(id);
            }
        }
        self
    }

    /// Adds an undirected edge carrying `payload`.
    pub fn edge(&mut self, a: K, b: K, payload: E) -> &mut Self {
        self.edges.push((a, b, payload));
        self
    }

    /// Records that `record` belongs to `group` (a resolved person, or one phone, address…
    /// recorded several times): the records of a group that are of one kind become one
    /// node. Records with no group stand alone.
    pub fn same(&mut self, record: K, group: K) -> &mut Self {
        self.groups.insert(record, group);
        self
    }

    /// Adds every `record → group` pair of a grouping.
    pub fn groups<'a>(&mut self, groups: impl IntoIterator<Item = (&'a K, &'a K)>) -> &mut Self
    where
        K: 'a,
    {
        for (r, g) in groups {
            self.same(*r, *g);
        }
        self
    }

    pub fn build(self) -> Result<Graph<K, E>, GraphError> {
        if let Some(id) = self.conflict {
            return Err(GraphError::KindConflict {
                id: format!("{id:?}"),
            });
        }
        for (i, (a, b, _)) in self.edges.iter().enumerate() {
            for end in [a, b] {
                if !self.nodes.contains_key(end) {
                    return Err(GraphError::UnknownNode {
                        edge: i,
                        id: format!("{end:?}"),
                    });
                }
            }
        }
        // Records of one group and one kind (only those present) become one node, named
        // by the smallest record id: the records of one resolved person, or of one phone,
        // address, vehicle… A group never joins a person with an entity.
        let mut members: BTreeMap<K, Vec<K>> = BTreeMap::new();
        let mut by_group: HashMap<(Kind, K), Vec<K>> = HashMap::new();
        for (&id, &kind) in &self.nodes {
            match self.groups.get(&id) {
                Some(&g) => by_group.entry((kind, g)).or_default().push(id),
                None => members.entry(id).or_default().push(id),
            }
        }
        for (_, mut recs) in by_group {
            recs.sort();
            members.insert(recs[0], recs);
        }
        let ids: Vec<K> = members.keys().copied().collect();
        let mut index: HashMap<K, u32> = HashMap::with_capacity(self.nodes.len());
        let mut records = Vec::with_capacity(ids.len());
        let mut kinds = Vec::with_capacity(ids.len());
        for (i, (key, recs)) in members.into_iter().enumerate() {
            for r in &recs {
                index.insert(*r, i as u32);
            }
            kinds.push(self.nodes[&key]);
            records.push(recs);
        }
        let mut edges: Vec<(u32, u32, E)> = self
            .edges
            .into_iter()
            .filter_map(|(a, b, p)| {
                let (x, y) = (index[&a], index[&b]);
                (x != y).then_some(if x < y { (x, y, p) } else { (y, x, p) })
            })
            .collect();
        edges.sort();
        edges.dedup();
        let n = ids.len();
        let mut deg = vec![0u32; n];
        let mut prev: Option<(u32, u32)> = None;
        for &(a, b, _) in &edges {
            if prev != Some((a, b)) {
                deg[a as usize] += 1;
                deg[b as usize] += 1;
                prev = Some((a, b));
            }
        }
        // Compressed adjacency: neighbours of node i are adj[start[i]..start[i+1]], sorted.
        let mut start = vec![0usize; n + 1];
        for i in 0..n {
            start[i + 1] = start[i] + deg[i] as usize;
        }
        let mut fill = start.clone();
        let mut adj = vec![0u32; start[n]];
        prev = None;
        for &(a, b, _) in &edges {
            if prev != Some((a, b)) {
                adj[fill[a as usize]] = b;
                fill[a as usize] += 1;
                adj[fill[b as usize]] = a;
                fill[b as usize] += 1;
                prev = Some((a, b));
            }
        }
        for i in 0..n {
            adj[start[i]..start[i + 1]].sort_unstable();
        }
        Ok(Graph {
            ids,
            kinds,
            records,
            index,
            start,
            adj,
            edges,
        })
    }
}

/// An undirected graph of people and entities, with the records of one person collapsed.
pub struct Graph<K, E> {
    ids: Vec<K>,
    kinds: Vec<Kind>,
    records: Vec<Vec<K>>,
    index: HashMap<K, u32>,
    start: Vec<usize>,
    adj: Vec<u32>,
    /// Every distinct (a, b, payload) with a < b, sorted.
    edges: Vec<(u32, u32, E)>,
}

/// One network: a connected component.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Its nodes, in id order.
    pub nodes: Vec<u32>,
    /// Resolved people in it (a person recorded twice counts once).
    pub people: usize,
    /// Records of people in it.
    pub person_records: usize,
    pub entities: usize,
    /// Entities linked to two or more people of the network: what joins them.
    pub shared_entities: Vec<u32>,
}

impl<K: Copy + Ord + Hash + fmt::Debug, E: Ord + Clone> Graph<K, E> {
    /// Number of nodes (a resolved person is one).
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Number of distinct neighbour pairs.
    pub fn edge_count(&self) -> usize {
        self.adj.len() / 2
    }

    /// The node's id: the smallest record id of a collapsed person.
    pub fn id(&self, node: u32) -> K {
        self.ids[node as usize]
    }

    pub fn kind(&self, node: u32) -> Kind {
        self.kinds[node as usize]
    }

    /// The records a node stands for, in id order (one, unless records were collapsed).
    pub fn records(&self, node: u32) -> &[K] {
        &self.records[node as usize]
    }

    /// The node a record belongs to.
    pub fn node_of(&self, record: K) -> Option<u32> {
        self.index.get(&record).copied()
    }

    fn require(&self, record: K) -> Result<u32, GraphError> {
        self.node_of(record).ok_or_else(|| GraphError::NotInGraph {
            id: format!("{record:?}"),
        })
    }

    /// Neighbours of a node, in id order.
    pub fn neighbours(&self, node: u32) -> &[u32] {
        let i = node as usize;
        &self.adj[self.start[i]..self.start[i + 1]]
    }

    /// The payloads of every edge between two nodes, sorted.
    pub fn payloads(&self, a: u32, b: u32) -> Vec<&E> {
        let (x, y) = if a < b { (a, b) } else { (b, a) };
        let from = self.edges.partition_point(|e| (e.0, e.1) < (x, y));
        self.edges[from..]
            .iter()
            .take_while(|e| e.0 == x && e.1 == y)
            .map(|e| &e.2)
            .collect()
    }

    /// Every edge as (a, b, payload) with a < b, sorted.
    pub fn edges(&self) -> impl Iterator<Item = (u32, u32, &E)> {
        self.edges.iter().map(|(a, b, p)| (*a, *b, p))
    }

    /// Degree of every node: how many distinct nodes it is linked to.
    pub fn degree(&self) -> Vec<usize> {
        (0..self.len())
            .map(|i| self.start[i + 1] - self.start[i])
            .collect()
    }

    /// The component number of every node, numbered in order of each one's smallest id.
    pub fn component_of(&self) -> Vec<u32> {
        let n = self.len();
        let mut comp = vec![u32::MAX; n];
        let mut next = 0u32;
        let mut stack = Vec::new();
        for s in 0..n {
            if comp[s] != u32::MAX {
                continue;
            }
            comp[s] = next;
            stack.push(s as u32);
            while let Some(v) = stack.pop() {
                for &w in self.neighbours(v) {
                    if comp[w as usize] == u32::MAX {
                        comp[w as usize] = next;
                        stack.push(w);
                    }
                }
            }
            next += 1;
        }
        comp
    }

    /// The networks (connected components), largest first (by nodes, then people), ties
    /// in order of their smallest id. A node with no links is a network of one.
    pub fn networks(&self) -> Vec<Network> {
        let comp = self.component_of();
        let count = comp.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
        let mut nets: Vec<Network> = (0..count)
            .map(|_| Network {
                nodes: Vec::new(),
                people: 0,
                person_records: 0,
                entities: 0,
                shared_entities: Vec::new(),
            })
            .collect();
        for (v, &c) in comp.iter().enumerate() {
            let net = &mut nets[c as usize];
            net.nodes.push(v as u32);
            match self.kinds[v] {
                Kind::Person => {
                    net.people += 1;
                    net.person_records += self.records[v].len();
                }
                Kind::Entity => {
                    net.entities += 1;
                    let people = self
                        .neighbours(v as u32)
                        .iter()
                        .filter(|&&w| self.kinds[w as usize] == Kind::Person)
                        .count();
                    if people >= 2 {
                        net.shared_entities.push(v as u32);
                    }
                }
            }
        }
        // Components are numbered by smallest node, so a stable sort keeps that order on ties.
        nets.sort_by(|a, b| {
            b.nodes
                .len()
                .cmp(&a.nodes.len())
                .then(b.people.cmp(&a.people))
        });
        nets
    }

    /// Brokers: nodes whose removal splits their network (articulation points), in id
    /// order. Iterative, so deep chains do not overflow the stack.
    pub fn brokers(&self) -> Vec<u32> {
        let (points, _) = self.cut_structure();
        points
    }

    /// Bridges: links whose removal splits their network, as (a, b) with a < b, sorted.
    pub fn bridges(&self) -> Vec<(u32, u32)> {
        let (_, bridges) = self.cut_structure();
        bridges
    }

    fn cut_structure(&self) -> (Vec<u32>, Vec<(u32, u32)>) {
        let n = self.len();
        let mut disc = vec![0u32; n]; // 0 = not visited; otherwise discovery time + 1
        let mut low = vec![0u32; n];
        let mut parent = vec![u32::MAX; n];
        let mut is_cut = vec![false; n];
        let mut bridges = Vec::new();
        let mut time = 0u32;
        // (node, next neighbour position)
        let mut stack: Vec<(u32, usize)> = Vec::new();
        for root in 0..n {
            if disc[root] != 0 {
                continue;
            }
            time += 1;
            disc[root] = time;
            low[root] = time;
            let mut root_children = 0;
            stack.push((root as u32, self.start[root]));
            while let Some(top) = stack.last_mut() {
                let (v, pos) = *top;
                let vi = v as usize;
                if pos < self.start[vi + 1] {
                    top.1 += 1;
                    let w = self.adj[pos];
                    let wi = w as usize;
                    if disc[wi] == 0 {
                        parent[wi] = v;
                        time += 1;
                        disc[wi] = time;
                        low[wi] = time;
                        if vi == root {
                            root_children += 1;
                        }
                        stack.push((w, self.start[wi]));
                    } else if w != parent[vi] {
                        low[vi] = low[vi].min(disc[wi]);
                    }
                } else {
                    stack.pop();
                    let p = parent[vi];
                    if p != u32::MAX {
                        let pi = p as usize;
                        low[pi] = low[pi].min(low[vi]);
                        if pi != root && low[vi] >= disc[pi] {
                            is_cut[pi] = true;
                        }
                        if low[vi] > disc[pi] {
                            bridges.push((p.min(v), p.max(v)));
                        }
                    }
                }
            }
            if root_children >= 2 {
                is_cut[root] = true;
            }
        }
        bridges.sort_unstable();
        let points = (0..n as u32).filter(|&v| is_cut[v as usize]).collect();
        (points, bridges)
    }
}

/// Orders nodes by a score, highest first, ties by id: the order every ranking here uses.
pub fn rank<K: Ord + Copy + Hash + fmt::Debug, E: Ord + Clone>(
    g: &Graph<K, E>,
    nodes: impl IntoIterator<Item = u32>,
    score: impl Fn(u32) -> f64,
) -> Vec<u32> {
    let mut v: Vec<(u32, f64)> = nodes.into_iter().map(|n| (n, score(n))).collect();
    v.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| g.id(a.0).cmp(&g.id(b.0)))
    });
    v.into_iter().map(|(n, _)| n).collect()
}

#[cfg(test)]
mod tests;
