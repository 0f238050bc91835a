//! Who is one person, once people have had their say: stored records grouped from strong
//! pairs found by the engine and from analysts' decisions on pairs.
//!
//! A pair decided the same joins its two records; a strong pair (at or above the
//! product's upper threshold) joins them unless someone decided it was not the same.
//! Neither joins two groups that hold a pair decided *not* the same: a decision against
//! a link is never overridden by a chain of other links (A–B and B–C strong, A≠C decided
//! keeps A apart from C's group). Decisions go first, then strong pairs from the
//! strongest, ties broken by ids, so the result does not depend on input order.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

/// A decision on a pair, as the groups see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decided {
    Same,
    Different,
}

/// Person → group, for every record in a group of two or more; a group is named by its
/// smallest member. Records alone are left out.
pub fn decided_groups<T: Copy + Ord + Hash>(
    strong: &[(T, T, f64)],
    decided: &[(T, T, Decided)],
) -> HashMap<T, T> {
    let key = |a: T, b: T| if a < b { (a, b) } else { (b, a) };
    let verdict: HashMap<(T, T), Decided> =
        decided.iter().map(|&(a, b, v)| (key(a, b), v)).collect();
    let mut apart: HashMap<T, Vec<T>> = HashMap::new();
    for (&(a, b), v) in &verdict {
        if *v == Decided::Different {
            apart.entry(a).or_default().push(b);
            apart.entry(b).or_default().push(a);
        }
    }
    let mut same: Vec<(T, T)> = verdict
        .iter()
        .filter(|(_, v)| **v == Decided::Same)
        .map(|(&k, _)| k)
        .collect();
    same.sort();
    let mut strong: Vec<(T, T, f64)> = strong
        .iter()
        .map(|&(a, b, p)| {
            let (a, b) = key(a, b);
            (a, b, p)
        })
        .filter(|&(a, b, _)| a != b && !verdict.contains_key(&(a, b)))
        .collect();
    strong.sort_by(|x, y| {
        y.2.total_cmp(&x.2)
            .then_with(|| (x.0, x.1).cmp(&(y.0, y.1)))
    });

    let mut groups = Groups::default();
    for (a, b) in same
        .into_iter()
        .chain(strong.into_iter().map(|(a, b, _)| (a, b)))
    {
        groups.join_unless_apart(a, b, &apart);
    }
    groups.named()
}

/// Union–find with the members of each root kept, so a merge can check the pairs kept apart.
struct Groups<T> {
    parent: HashMap<T, T>,
    members: HashMap<T, Vec<T>>,
}

impl<T> Default for Groups<T> {
    fn default() -> Self {
        Groups {
            parent: HashMap::new(),
            members: HashMap::new(),
        }
    }
}

impl<T: Copy + Ord + Hash> Groups<T> {
    fn root(&mut self, x: T) -> T {
        let mut r = x;
        while let Some(&p) = self.parent.get(&r) {
            if p == r {
                break;
            }
            r = p;
        }
        self.parent.entry(x).or_insert(x);
        self.members.entry(r).or_insert_with(|| vec![r]);
        // Path compression.
        let mut y = x;
        while y != r {
            let next = self.parent[&y];
            self.parent.insert(y, r);
            y = next;
        }
        r
    }

    fn join_unless_apart(&mut self, a: T, b: T, apart: &HashMap<T, Vec<T>>) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb {
            return;
        }
        let (small, large) = if self.members[&ra].len() <= self.members[&rb].len() {
            (ra, rb)
        } else {
            (rb, ra)
        };
        let other: HashSet<T> = self.members[&large].iter().copied().collect();
        let blocked = self.members[&small].iter().any(|m| {
            apart
                .get(m)
                .is_some_and(|xs| xs.iter().any(|x| other.contains(x)))
        });
        if blocked {
            return;
        }
        let moved = self.members.remove(&small).unwrap_or_default();
        self.parent.insert(small, large);
        self.members.get_mut(&large).expect("root").extend(moved);
    }

    fn named(mut self) -> HashMap<T, T> {
        let mut out = HashMap::new();
        for (_, members) in std::mem::take(&mut self.members) {
            if members.len() < 2 {
                continue;
            }
            let name = *members.iter().min().expect("non-empty");
            out.extend(members.into_iter().map(|m| (m, name)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strong_pairs_and_same_decisions_join() {
        let g = decided_groups(&[(1, 2, 0.99)], &[(3, 4, Decided::Same)]);
        assert_eq!(g[&1], 1);
        assert_eq!(g[&2], 1);
        assert_eq!(g[&4], 3);
        assert!(!g.contains_key(&5));
    }

    #[test]
    fn a_different_decision_overrides_a_strong_pair() {
        let g = decided_groups(&[(1, 2, 0.99)], &[(2, 1, Decided::Different)]);
        assert!(g.is_empty());
    }

    #[test]
    fn a_chain_never_joins_what_was_decided_apart() {
        // 1–2 and 2–3 strong, 1≠3 decided: 2 goes with the stronger link only.
        let g = decided_groups(&[(1, 2, 0.97), (2, 3, 0.99)], &[(1, 3, Decided::Different)]);
        assert_eq!(g.get(&2), g.get(&3));
        assert_ne!(g.get(&1), g.get(&3));
        assert!(!g.contains_key(&1));
        // Contradicting "same" decisions: the first by ids wins, the rest are refused.
        let g = decided_groups(
            &[],
            &[
                (1, 2, Decided::Same),
                (2, 3, Decided::Same),
                (1, 3, Decided::Different),
            ],
        );
        assert_eq!(g[&1], g[&2]);
        assert!(!g.contains_key(&3));
    }

    #[test]
    fn order_of_input_does_not_matter() {
        let pairs = vec![(5, 6, 0.96), (1, 5, 0.99), (6, 7, 0.96), (2, 9, 0.95)];
        let mut rev = pairs.clone();
        rev.reverse();
        let d = [(1, 7, Decided::Different)];
        assert_eq!(decided_groups(&pairs, &d), decided_groups(&rev, &d));
    }
}
