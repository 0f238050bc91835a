//! Blocking: cheap keys that bring likely matches together without comparing every pair.
//!
//! Every rule maps a record to at most a few keys. Records sharing a key form a block.
//! Blocks up to `cap` records are paired exhaustively; larger blocks (common names such
//! as Nguyen, Singh or Mohammed) are sorted on a secondary key and only records within a
//! window of `window` places are paired (sorted neighbourhood), so cost stays linear.
//! Pairs from all rules are de-duplicated; each pair remembers the first rule that found it.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::compare::Prepared;
use crate::normalize::{hash_bytes, hash_str, mix};

/// Blocking rule names, in priority order.
pub const RULES: &[&str] = &[
    "phone",
    "email",
    "id_number",
    "family_phonetic+birth_year",
    "given_phonetic+dob",
    "sorted_name_phonetics",
    "postcode",
    "address+initials",
    "dob",
];

/// Caps that keep blocks on frequent values linear.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct BlockingConfig {
    /// Blocks larger than this use a sorted-neighbourhood window instead of all pairs.
    pub cap: usize,
    /// Window size (neighbours on each side) for capped blocks.
    pub window: usize,
}

impl Default for BlockingConfig {
    fn default() -> Self {
        BlockingConfig { cap: 40, window: 8 }
    }
}

/// Per-rule blocking statistics.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RuleReport {
    pub rule: String,
    /// Distinct pairs this rule generated.
    pub pairs: u64,
    /// Of those, pairs no earlier rule had generated.
    pub new_pairs: u64,
    /// Blocks larger than the cap (handled with a window).
    pub capped_blocks: u64,
    /// Largest block seen.
    pub largest_block: u64,
}

fn initials(r: &Prepared) -> u64 {
    let g = r.given.as_ref().map(|n| n.initial()).unwrap_or(0) as u64;
    let f = r.family.as_ref().map(|n| n.initial()).unwrap_or(0) as u64;
    if g == 0 && f == 0 {
        return 0;
    }
    let (lo, hi) = if g < f { (g, f) } else { (f, g) };
    (lo << 8) | hi | (1 << 20)
}

/// The blocking key of record `r` under rule `rule` (index into [`RULES`]).
pub fn key(rule: usize, r: &Prepared) -> Option<u64> {
    let k = match rule {
        0 => hash_bytes(r.phone.as_ref()?.as_bytes().iter().copied()),
        1 => hash_str(r.email.as_deref()?),
        2 => hash_str(r.id_number.as_deref()?),
        3 => {
            let f = r.family.as_ref()?.phon;
            let y = r.dob?.year as u64;
            mix(f) ^ y
        }
        4 => {
            let g = r.given.as_ref()?.phon_first;
            let d = r.dob.filter(|d| d.is_full())?.unordered_code() as u64;
            mix(g) ^ d
        }
        5 => {
            let g = r.given.as_ref()?.phon;
            let f = r.family.as_ref()?.phon;
            let (lo, hi) = if g < f { (g, f) } else { (f, g) };
            mix(lo) ^ mix(hi).rotate_left(17)
        }
        6 => hash_bytes(r.postcode.as_ref()?.text.as_bytes().iter().copied()),
        7 => {
            let a = r.address.as_ref()?.building;
            let i = initials(r);
            if i == 0 {
                return None;
            }
            a ^ mix(i)
        }
        8 => r.dob.filter(|d| d.is_full())?.unordered_code() as u64,
        _ => return None,
    };
    Some(mix(k ^ (rule as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)))
}

/// Secondary sort key inside an oversized block: names and date, so that spelling
/// neighbours sit together.
pub(crate) fn secondary(r: &Prepared) -> (u64, u64, u32) {
    let g = r.given.as_ref().map(|n| n.phon).unwrap_or(u64::MAX);
    let f = r.family.as_ref().map(|n| n.phon).unwrap_or(u64::MAX);
    let (lo, hi) = if g < f { (g, f) } else { (f, g) };
    (lo, hi, r.dob.map(|d| d.code()).unwrap_or(u32::MAX))
}

const RULE_BITS: u32 = 4;

fn pack(a: u32, b: u32, rule: usize) -> u64 {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    ((a as u64) << 34) | ((b as u64) << RULE_BITS) | rule as u64
}

/// Unpack a candidate pair: (left index, right index, rule index).
pub fn unpack(p: u64) -> (u32, u32, usize) {
    (
        (p >> 34) as u32,
        ((p >> RULE_BITS) & ((1 << 30) - 1)) as u32,
        (p & ((1 << RULE_BITS) - 1)) as usize,
    )
}

/// Candidate pairs as `(i, j)` with `i < j`, sorted, plus a report per rule.
/// With `link_only`, pairs within the same source are never generated.
pub fn candidate_pairs(
    recs: &[Prepared],
    cfg: &BlockingConfig,
    link_only: bool,
) -> (Vec<(u32, u32)>, Vec<RuleReport>) {
    assert!(recs.len() < (1 << 30), "too many records for one run");
    let per_rule: Vec<(Vec<u64>, u64, u64)> = (0..RULES.len())
        .into_par_iter()
        .map(|rule| {
            let mut keyed: Vec<(u64, u32)> = recs
                .iter()
                .enumerate()
                .filter_map(|(i, r)| key(rule, r).map(|k| (k, i as u32)))
                .collect();
            keyed.par_sort_unstable();
            let mut out: Vec<u64> = Vec::new();
            let mut capped = 0u64;
            let mut largest = 0u64;
            let mut start = 0;
            while start < keyed.len() {
                let mut end = start + 1;
                while end < keyed.len() && keyed[end].0 == keyed[start].0 {
                    end += 1;
                }
                let block = &keyed[start..end];
                largest = largest.max(block.len() as u64);
                if block.len() <= cfg.cap {
                    for x in 0..block.len() {
                        for y in x + 1..block.len() {
                            let (a, b) = (block[x].1, block[y].1);
                            if link_only && recs[a as usize].source == recs[b as usize].source {
                                continue;
                            }
                            out.push(pack(a, b, rule));
                        }
                    }
                } else {
                    capped += 1;
                    let mut members: Vec<u32> = block.iter().map(|x| x.1).collect();
                    members.sort_by_key(|&i| (secondary(&recs[i as usize]), i));
                    for x in 0..members.len() {
                        let mut taken = 0;
                        let mut y = x + 1;
                        while y < members.len() && taken < cfg.window && y - x <= 4 * cfg.window {
                            let (a, b) = (members[x], members[y]);
                            y += 1;
                            if link_only && recs[a as usize].source == recs[b as usize].source {
                                continue;
                            }
                            out.push(pack(a, b, rule));
                            taken += 1;
                        }
                    }
                }
                start = end;
            }
            out.sort_unstable();
            out.dedup();
            (out, capped, largest)
        })
        .collect();
    let mut reports: Vec<RuleReport> = RULES
        .iter()
        .zip(&per_rule)
        .map(|(name, (v, c, l))| RuleReport {
            rule: name.to_string(),
            pairs: v.len() as u64,
            new_pairs: 0,
            capped_blocks: *c,
            largest_block: *l,
        })
        .collect();
    let total: usize = per_rule.iter().map(|x| x.0.len()).sum();
    let mut all: Vec<u64> = Vec::with_capacity(total);
    for (v, _, _) in per_rule {
        all.extend_from_slice(&v);
    }
    all.par_sort_unstable();
    let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(all.len() / 2);
    let mut last = u64::MAX;
    for p in all {
        let base = p >> RULE_BITS;
        if base == last {
            continue;
        }
        last = base;
        let (a, b, rule) = unpack(p);
        reports[rule].new_pairs += 1;
        pairs.push((a, b));
    }
    (pairs, reports)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::RawRecord;

    fn rec(id: usize, g: &str, f: &str, dob: &str, source: u8) -> Prepared {
        Prepared::from_raw(&RawRecord {
            source,
            record_id: id.to_string(),
            given_name: Some(g.into()),
            family_name: Some(f.into()),
            date_of_birth: Some(dob.into()),
            ..Default::default()
        })
    }

    #[test]
    fn caps_keep_common_names_linear() {
        // 2,000 people called Nguyen born in the same year: all-pairs would be ~2M.
        let recs: Vec<Prepared> = (0..2000)
            .map(|i| {
                rec(
                    i,
                    &format!("given{}", i % 97),
                    "Nguyen",
                    &format!("1990-{:02}-{:02}", i % 12 + 1, i % 28 + 1),
                    0,
                )
            })
            .collect();
        let cfg = BlockingConfig::default();
        let (pairs, report) = candidate_pairs(&recs, &cfg, false);
        assert!(
            pairs.len() < 2000 * cfg.window * RULES.len(),
            "{} pairs",
            pairs.len()
        );
        let fam = report
            .iter()
            .find(|r| r.rule == "family_phonetic+birth_year")
            .unwrap();
        assert_eq!(fam.capped_blocks, 1);
        assert_eq!(fam.largest_block, 2000);
        assert!(fam.pairs <= (2000 * cfg.window) as u64);
        // de-duplicated and ordered
        let mut sorted = pairs.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, pairs);
        assert!(pairs.iter().all(|(a, b)| a < b));
        assert_eq!(
            report.iter().map(|r| r.new_pairs).sum::<u64>(),
            pairs.len() as u64
        );
    }

    #[test]
    fn swapped_names_share_a_block_and_links_skip_same_source() {
        let recs = vec![
            rec(0, "Minh", "Nguyen", "1990-03-05", 0),
            rec(1, "Nguyen", "Minh", "1991", 1),
            rec(2, "Minh", "Nguyen", "1990-03-05", 0),
        ];
        let (pairs, _) = candidate_pairs(&recs, &BlockingConfig::default(), true);
        assert_eq!(pairs, vec![(0, 1), (1, 2)]);
        let (pairs, _) = candidate_pairs(&recs, &BlockingConfig::default(), false);
        assert_eq!(pairs, vec![(0, 1), (0, 2), (1, 2)]);
    }
}
