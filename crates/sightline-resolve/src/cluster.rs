//! Clustering that resists chaining.
//!
//! Connected components over strong links are only a first cut: a family sharing an
//! address and a phone can form one component. Inside each component, records are
//! merged by average linkage on the match weight of *every* pair in the two clusters
//! (pairs the blocking never proposed are scored here), and never across a hard conflict
//! (different full dates of birth more than a year apart with different given names, or
//! different sex with different given names). Cluster ids are the smallest record id in
//! the cluster, so they do not depend on input order and survive adding records.

use rayon::prelude::*;

use crate::compare::{compare, level, Pattern, Prepared};
use crate::model::Scorer;

/// Components larger than this use greedy edge merging instead of dense average linkage.
pub const DENSE_LIMIT: usize = 300;

/// Whether a compared pair is evidently two different people: dates of birth more
/// than a year apart (not a swap or a one-digit slip) with different given names;
/// two full dates of birth three or more years apart, or any two years of birth five or
/// more apart (a parent and child who share a name, phone and address); two full dates
/// that differ in day and month (not swapped), are not one slip apart, unless the same given name
/// comes with the same address; or different
/// sex with different given names. Never when
/// an identity number agrees (exactly or but for one slip) or an e-mail agrees exactly:
/// then the conflicting date or name is a recording error or an alias.
pub fn hard_conflict(p: Pattern, a: &Prepared, b: &Prepared) -> bool {
    let g = level(p, 0);
    let dob = level(p, 2);
    let sex = level(p, 3);
    if matches!(level(p, 7), 1 | 2) || level(p, 6) == 1 {
        return false;
    }
    if let (Some(x), Some(y)) = (a.dob, b.dob) {
        // Two full dates (not placeholders) that disagree on day and month, beyond a swap
        // or a one-digit slip (levels 1-4), are two people even with the same name: the
        // namesakes born in the same year that common names produce.
        // Not when the same given name comes with the same address: one person with a
        // mis-recorded date is likelier than a namesake there.
        if dob >= 5
            && !(matches!(level(p, 8), 1 | 2) && matches!(g, 1 | 2))
            && x.is_full()
            && y.is_full()
            && (x.month, x.day) != (y.month, y.day)
            && (x.month, x.day) != (y.day, y.month)
        {
            return true;
        }
    }
    if dob == 7 {
        if g >= 6 {
            return true;
        }
        if let (Some(x), Some(y)) = (a.dob, b.dob) {
            let gap = x.year.abs_diff(y.year);
            if (x.is_full() && y.is_full() && gap >= 3) || gap >= 5 {
                return true;
            }
        }
    }
    sex == 2 && g == 7
}

struct Dsu {
    parent: Vec<u32>,
}

impl Dsu {
    fn new(n: usize) -> Dsu {
        Dsu {
            parent: (0..n as u32).collect(),
        }
    }
    fn find(&mut self, x: u32) -> u32 {
        let mut r = x;
        while self.parent[r as usize] != r {
            r = self.parent[r as usize];
        }
        let mut c = x;
        while self.parent[c as usize] != r {
            let n = self.parent[c as usize];
            self.parent[c as usize] = r;
            c = n;
        }
        r
    }
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }
}

/// Cluster records. `edges` are candidate pairs `(i, j, weight)` whose weight is at
/// least `threshold_weight`. Returns, per record, the index of its cluster's
/// representative (the member with the smallest id).
pub fn cluster(
    recs: &[Prepared],
    ids: &[String],
    edges: &[(u32, u32, f64)],
    scorer: &Scorer,
    threshold_weight: f64,
    link_only: bool,
) -> Vec<u32> {
    let n = recs.len();
    let mut dsu = Dsu::new(n);
    for &(a, b, _) in edges {
        dsu.union(a, b);
    }
    let mut members: Vec<(u32, u32)> = (0..n as u32).map(|i| (dsu.find(i), i)).collect();
    members.sort_unstable();
    let mut comps: Vec<Vec<u32>> = Vec::new();
    let mut start = 0;
    while start < members.len() {
        let mut end = start + 1;
        while end < members.len() && members[end].0 == members[start].0 {
            end += 1;
        }
        if end - start > 1 {
            comps.push(members[start..end].iter().map(|x| x.1).collect());
        }
        start = end;
    }
    // Edges grouped by component root (for large components).
    let mut comp_edges: rustc_hash::FxHashMap<u32, Vec<(u32, u32, f64)>> =
        rustc_hash::FxHashMap::default();
    for &(a, b, w) in edges {
        let r = dsu.find(a);
        comp_edges.entry(r).or_default().push((a, b, w));
    }
    let groups: Vec<Vec<Vec<u32>>> = comps
        .par_iter()
        .map(|c| {
            if c.len() <= DENSE_LIMIT {
                average_linkage(recs, c, scorer, threshold_weight, link_only)
            } else {
                // The union-find root is the smallest index, which is c[0].
                let es = comp_edges.get(&c[0]).map(Vec::as_slice).unwrap_or(&[]);
                greedy(recs, c, es)
            }
        })
        .collect();
    let mut rep: Vec<u32> = (0..n as u32).collect();
    for comp in groups {
        for g in comp {
            let best = *g
                .iter()
                .min_by(|&&x, &&y| ids[x as usize].cmp(&ids[y as usize]).then(x.cmp(&y)))
                .expect("non-empty");
            for &m in &g {
                rep[m as usize] = best;
            }
        }
    }
    rep
}

/// Dense average linkage inside one component.
fn average_linkage(
    recs: &[Prepared],
    comp: &[u32],
    scorer: &Scorer,
    threshold: f64,
    link_only: bool,
) -> Vec<Vec<u32>> {
    let k = comp.len();
    let mut sum = vec![0.0f64; k * k];
    let mut cnt = vec![0u32; k * k];
    let mut conflict = vec![false; k * k];
    for x in 0..k {
        for y in x + 1..k {
            let (a, b) = (&recs[comp[x] as usize], &recs[comp[y] as usize]);
            let (p, _) = compare(a, b);
            if hard_conflict(p, a, b) {
                conflict[x * k + y] = true;
                conflict[y * k + x] = true;
            }
            if link_only && a.source == b.source {
                continue;
            }
            let w = scorer.weight(p, a, b);
            sum[x * k + y] = w;
            sum[y * k + x] = w;
            cnt[x * k + y] = 1;
            cnt[y * k + x] = 1;
        }
    }
    let mut active: Vec<bool> = vec![true; k];
    let mut version: Vec<u32> = vec![0; k];
    let mut clusters: Vec<Vec<u32>> = comp.iter().map(|&i| vec![i]).collect();
    // Max-heap of candidate merges (average weight, then smallest indices first), with
    // lazy invalidation by per-cluster version numbers.
    let mut heap: std::collections::BinaryHeap<Cand> = std::collections::BinaryHeap::new();
    let push = |heap: &mut std::collections::BinaryHeap<Cand>,
                x: usize,
                y: usize,
                sum: &[f64],
                cnt: &[u32],
                conflict: &[bool],
                version: &[u32]| {
        let (x, y) = if x < y { (x, y) } else { (y, x) };
        if cnt[x * k + y] == 0 || conflict[x * k + y] {
            return;
        }
        let avg = sum[x * k + y] / cnt[x * k + y] as f64;
        if avg >= threshold {
            heap.push(Cand {
                avg,
                x: x as u32,
                y: y as u32,
                vx: version[x],
                vy: version[y],
            });
        }
    };
    for x in 0..k {
        for y in x + 1..k {
            push(&mut heap, x, y, &sum, &cnt, &conflict, &version);
        }
    }
    while let Some(c) = heap.pop() {
        let (x, y) = (c.x as usize, c.y as usize);
        if !active[x] || !active[y] || version[x] != c.vx || version[y] != c.vy {
            continue;
        }
        // merge y into x
        let moved = std::mem::take(&mut clusters[y]);
        clusters[x].extend(moved);
        active[y] = false;
        version[x] += 1;
        for z in 0..k {
            if z == x || !active[z] {
                continue;
            }
            sum[x * k + z] += sum[y * k + z];
            sum[z * k + x] = sum[x * k + z];
            cnt[x * k + z] += cnt[y * k + z];
            cnt[z * k + x] = cnt[x * k + z];
            let cf = conflict[x * k + z] || conflict[y * k + z];
            conflict[x * k + z] = cf;
            conflict[z * k + x] = cf;
        }
        for z in 0..k {
            if z != x && active[z] {
                push(&mut heap, x, z, &sum, &cnt, &conflict, &version);
            }
        }
    }
    clusters.into_iter().filter(|c| !c.is_empty()).collect()
}

/// Greedy merging along the strongest edges, refusing merges across hard conflicts
/// (checked exhaustively while clusters are small).
fn greedy(recs: &[Prepared], comp: &[u32], edges: &[(u32, u32, f64)]) -> Vec<Vec<u32>> {
    let mut es: Vec<(u32, u32, f64)> = edges.to_vec();
    es.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let pos: rustc_hash::FxHashMap<u32, usize> =
        comp.iter().enumerate().map(|(i, &r)| (r, i)).collect();
    let mut dsu = Dsu::new(comp.len());
    let mut sets: Vec<Vec<u32>> = comp.iter().map(|&r| vec![r]).collect();
    for (a, b, _) in es {
        let (Some(&pa), Some(&pb)) = (pos.get(&a), pos.get(&b)) else {
            continue;
        };
        let (ra, rb) = (dsu.find(pa as u32) as usize, dsu.find(pb as u32) as usize);
        if ra == rb {
            continue;
        }
        let ok = if sets[ra].len() * sets[rb].len() <= 4096 {
            !sets[ra].iter().any(|&x| {
                sets[rb].iter().any(|&y| {
                    let (a, b) = (&recs[x as usize], &recs[y as usize]);
                    hard_conflict(compare(a, b).0, a, b)
                })
            })
        } else {
            true
        };
        if ok {
            dsu.union(ra as u32, rb as u32);
            let root = dsu.find(ra as u32) as usize;
            let other = if root == ra { rb } else { ra };
            let moved = std::mem::take(&mut sets[other]);
            sets[root].extend(moved);
        }
    }
    sets.into_iter().filter(|s| !s.is_empty()).collect()
}

/// A candidate merge in average linkage.
#[derive(Debug, Clone, Copy)]
struct Cand {
    avg: f64,
    x: u32,
    y: u32,
    vx: u32,
    vy: u32,
}

impl PartialEq for Cand {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == std::cmp::Ordering::Equal
    }
}
impl Eq for Cand {}
impl PartialOrd for Cand {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Cand {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        // Highest average first; ties: smallest indices first.
        self.avg
            .total_cmp(&o.avg)
            .then(o.x.cmp(&self.x))
            .then(o.y.cmp(&self.y))
            .then(o.vx.cmp(&self.vx))
            .then(o.vy.cmp(&self.vy))
    }
}
