//! Betweenness centrality (Brandes 2001, unweighted), exact or over sampled sources.

use std::collections::VecDeque;
use std::fmt;
use std::hash::Hash;

use crate::Graph;

/// How betweenness is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Betweenness {
    /// From every node: exact. O(nodes × edges); right for the networks an analyst draws
    /// and for graphs up to tens of thousands of nodes.
    Exact,
    /// From `k` source nodes chosen by a seeded generator (the same seed gives the same
    /// sources), scaled by nodes / k, as NetworkX does with `k=`. An estimate whose top
    /// ranks settle quickly; for graphs where exact is too slow.
    Sampled { k: usize, seed: u64 },
    /// Exact up to `max_exact` nodes, sampled with `k` sources above.
    Auto {
        max_exact: usize,
        k: usize,
        seed: u64,
    },
}

/// A small, fixed pseudo-random generator (SplitMix64), so sampling needs no dependency
/// and gives the same sources on every platform.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// `k` distinct nodes out of `n`, chosen by `seed` (partial Fisher–Yates), in the order drawn.
pub fn sample_sources(n: usize, k: usize, seed: u64) -> Vec<u32> {
    let k = k.min(n);
    let mut pool: Vec<u32> = (0..n as u32).collect();
    let mut rng = SplitMix(seed);
    for i in 0..k {
        let j = i + (rng.next() % (n - i) as u64) as usize;
        pool.swap(i, j);
    }
    pool.truncate(k);
    pool
}

impl<K: Copy + Ord + Hash + fmt::Debug, E: Ord + Clone> Graph<K, E> {
    /// The sources a mode uses: every node, or a seeded sample.
    pub fn betweenness_sources(&self, mode: Betweenness) -> Vec<u32> {
        let n = self.len();
        match mode {
            Betweenness::Exact => (0..n as u32).collect(),
            Betweenness::Sampled { k, seed } => sample_sources(n, k, seed),
            Betweenness::Auto { max_exact, k, seed } => {
                if n <= max_exact {
                    (0..n as u32).collect()
                } else {
                    sample_sources(n, k, seed)
                }
            }
        }
    }

    /// Betweenness of every node: over pairs of other nodes, the share of shortest paths
    /// between them that pass through it. Unnormalised and counted once per unordered
    /// pair (NetworkX's `normalized=False`); divide by (n-1)(n-2)/2 to normalise.
    pub fn betweenness(&self, mode: Betweenness) -> Vec<f64> {
        let sources = self.betweenness_sources(mode);
        self.betweenness_from(&sources)
    }

    /// Betweenness accumulated from the given sources, scaled by nodes / sources.
    pub fn betweenness_from(&self, sources: &[u32]) -> Vec<f64> {
        let n = self.len();
        let mut bc = vec![0.0f64; n];
        if n == 0 || sources.is_empty() {
            return bc;
        }
        let mut sigma = vec![0.0f64; n];
        let mut dist = vec![-1i64; n];
        let mut delta = vec![0.0f64; n];
        let mut order: Vec<u32> = Vec::with_capacity(n);
        let mut queue: VecDeque<u32> = VecDeque::new();
        for &s in sources {
            // Only the nodes reached are reset, so small components stay cheap.
            order.clear();
            let si = s as usize;
            sigma[si] = 1.0;
            dist[si] = 0;
            queue.push_back(s);
            while let Some(v) = queue.pop_front() {
                order.push(v);
                let dv = dist[v as usize];
                for &w in self.neighbours(v) {
                    let wi = w as usize;
                    if dist[wi] < 0 {
                        dist[wi] = dv + 1;
                        queue.push_back(w);
                    }
                    if dist[wi] == dv + 1 {
                        sigma[wi] += sigma[v as usize];
                    }
                }
            }
            for &w in order.iter().rev() {
                let wi = w as usize;
                let coeff = (1.0 + delta[wi]) / sigma[wi];
                for &v in self.neighbours(w) {
                    let vi = v as usize;
                    if dist[vi] == dist[wi] - 1 {
                        delta[vi] += sigma[vi] * coeff;
                    }
                }
                if w != s {
                    bc[wi] += delta[wi];
                }
            }
            for &w in &order {
                let wi = w as usize;
                sigma[wi] = 0.0;
                dist[wi] = -1;
                delta[wi] = 0.0;
            }
        }
        // Each unordered pair was counted from both ends (when both are sources).
        let scale = 0.5 * n as f64 / sources.len() as f64;
        for b in &mut bc {
            *b *= scale;
        }
        bc
    }
}
