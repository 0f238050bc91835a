//! Shortest paths between two nodes and the neighbourhood of one (its ego network).

use std::collections::VecDeque;
use std::fmt;
use std::hash::Hash;

use crate::{Graph, GraphError};

/// A node's neighbourhood up to some hops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ego {
    pub center: u32,
    /// Nodes within the hop limit with their distance, by distance then id (the centre first).
    pub nodes: Vec<(u32, u32)>,
    /// Neighbour pairs among those nodes, (a, b) with a < b, sorted.
    pub edges: Vec<(u32, u32)>,
    /// True when some node at the hop limit has neighbours beyond it.
    pub truncated: bool,
}

impl<K: Copy + Ord + Hash + fmt::Debug, E: Ord + Clone> Graph<K, E> {
    /// Breadth-first distances from `from`, up to `max_hops` (others are `u32::MAX`).
    fn distances(&self, from: u32, max_hops: u32) -> Vec<u32> {
        let mut dist = vec![u32::MAX; self.len()];
        dist[from as usize] = 0;
        let mut queue = VecDeque::from([from]);
        while let Some(v) = queue.pop_front() {
            let d = dist[v as usize];
            if d == max_hops {
                continue;
            }
            for &w in self.neighbours(v) {
                if dist[w as usize] == u32::MAX {
                    dist[w as usize] = d + 1;
                    queue.push_back(w);
                }
            }
        }
        dist
    }

    /// The shortest paths between the nodes of records `a` and `b` of at most `max_hops`
    /// links, at most `limit` of them, each from `a`'s node to `b`'s, in order of the ids
    /// along the path. Empty when they are not connected within the limit; one path of a
    /// single node when both records are the same person.
    pub fn shortest_paths(
        &self,
        a: K,
        b: K,
        max_hops: u32,
        limit: usize,
    ) -> Result<Vec<Vec<u32>>, GraphError> {
        let (s, t) = (self.require(a)?, self.require(b)?);
        if s == t {
            return Ok(vec![vec![s]]);
        }
        // Distances from the target, so paths are walked forward from the source by
        // stepping to any neighbour one hop closer.
        let to_t = self.distances(t, max_hops);
        if to_t[s as usize] == u32::MAX || limit == 0 {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        let mut path = vec![s];
        self.walk(&to_t, t, &mut path, &mut out, limit);
        Ok(out)
    }

    fn walk(
        &self,
        to_t: &[u32],
        t: u32,
        path: &mut Vec<u32>,
        out: &mut Vec<Vec<u32>>,
        limit: usize,
    ) {
        let v = *path.last().expect("path starts with the source");
        if v == t {
            out.push(path.clone());
            return;
        }
        let d = to_t[v as usize];
        let mut next: Vec<u32> = self
            .neighbours(v)
            .iter()
            .copied()
            .filter(|&w| to_t[w as usize] != u32::MAX && to_t[w as usize] + 1 == d)
            .collect();
        next.sort_by_key(|&w| self.id(w));
        for w in next {
            if out.len() >= limit {
                return;
            }
            path.push(w);
            self.walk(to_t, t, path, out, limit);
            path.pop();
        }
    }

    /// The neighbourhood of record `center`'s node within `hops` links.
    pub fn ego(&self, center: K, hops: u32) -> Result<Ego, GraphError> {
        let c = self.require(center)?;
        let dist = self.distances(c, hops);
        let mut nodes: Vec<(u32, u32)> = dist
            .iter()
            .enumerate()
            .filter(|(_, &d)| d != u32::MAX)
            .map(|(v, &d)| (v as u32, d))
            .collect();
        nodes.sort_by_key(|&(v, d)| (d, self.id(v)));
        let mut edges = Vec::new();
        let mut truncated = false;
        for &(v, d) in &nodes {
            for &w in self.neighbours(v) {
                if dist[w as usize] == u32::MAX {
                    truncated |= d == hops;
                } else if v < w {
                    edges.push((v, w));
                }
            }
        }
        edges.sort_unstable();
        Ok(Ego {
            center: c,
            nodes,
            edges,
            truncated,
        })
    }
}
