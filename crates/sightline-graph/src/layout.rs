//! A deterministic layout for drawing an ego network: the centre in the middle, each hop
//! on its own ring, each node placed near the nodes that lead to it so links cross little.

use std::fmt;
use std::hash::Hash;

use crate::{Ego, Graph};

/// A node's place, in a square from -1 to 1 on both axes (the centre at 0, 0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub node: u32,
    pub x: f64,
    pub y: f64,
}

/// Places every node of `ego`: ring `d` has radius d / hops; on each ring nodes are in
/// order of the mean angle of their neighbours on the ring inside it (ties by id) and
/// spread evenly, starting at the top. The same ego network always gives the same places.
pub fn radial<K: Copy + Ord + Hash + fmt::Debug, E: Ord + Clone>(
    g: &Graph<K, E>,
    ego: &Ego,
) -> Vec<Place> {
    use std::collections::HashMap;
    use std::f64::consts::TAU;
    let max_d = ego.nodes.iter().map(|&(_, d)| d).max().unwrap_or(0);
    let dist: HashMap<u32, u32> = ego.nodes.iter().copied().collect();
    let mut angle: HashMap<u32, f64> = HashMap::new();
    let mut out = Vec::with_capacity(ego.nodes.len());
    for ring in 0..=max_d {
        let mut on_ring: Vec<(u32, f64)> = ego
            .nodes
            .iter()
            .filter(|&&(_, d)| d == ring)
            .map(|&(v, _)| {
                // Circular mean of the parents' angles, so parents on both sides of the
                // top do not average to the bottom.
                let (mut sx, mut sy, mut k) = (0.0, 0.0, 0);
                for w in g.neighbours(v) {
                    if dist.get(w) == Some(&(ring.wrapping_sub(1))) {
                        let a = angle[w];
                        sx += a.cos();
                        sy += a.sin();
                        k += 1;
                    }
                }
                let a = if k == 0 {
                    0.0
                } else {
                    sy.atan2(sx).rem_euclid(TAU)
                };
                (v, a)
            })
            .collect();
        on_ring.sort_by(|a, b| {
            a.1.partial_cmp(&b.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then_with(|| g.id(a.0).cmp(&g.id(b.0)))
        });
        let n = on_ring.len().max(1) as f64;
        let r = if max_d == 0 {
            0.0
        } else {
            ring as f64 / max_d as f64
        };
        // Rotate the ring so its first node sits at the mean angle of where they want to be.
        let offset = on_ring.first().map_or(0.0, |f| f.1);
        for (i, &(v, _)) in on_ring.iter().enumerate() {
            let a = (offset + TAU * i as f64 / n).rem_euclid(TAU);
            angle.insert(v, a);
            // Angle 0 is the top; clockwise.
            out.push(Place {
                node: v,
                x: r * a.sin(),
                y: -r * a.cos(),
            });
        }
    }
    out
}
