//! Fellegi–Sunter model: u from random pairs, m (and the match rate) by EM on the
//! candidate pairs, no labels. Serialisable to JSON for inspection and reuse.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::compare::{compare, level, touch, Pattern, Prepared, FIELDS, NF};
use crate::normalize::mix;
use crate::Error;

pub const FORMAT: &str = "sightline-resolve/model/1";

/// Fields whose agreement is shared within a household (see [`Model::household_cap_bits`]).
pub const HOUSEHOLD: [usize; 4] = [1, 5, 8, 9];

/// Default cap on household evidence, in bits.
pub const DEFAULT_HOUSEHOLD_CAP: f64 = 16.0;

fn default_household_cap() -> f64 {
    DEFAULT_HOUSEHOLD_CAP
}

/// m and u for one comparison level.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Level {
    pub label: String,
    /// P(level | match).
    pub m: f64,
    /// P(level | non-match), from random pairs.
    pub u: f64,
    /// log2(m/u): the contribution to the match weight.
    pub weight: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Comparison {
    pub field: String,
    /// Whether exact agreement is adjusted for the frequency of the value.
    pub tf_adjustment: bool,
    /// Level 0 is "missing": neutral (weight 0).
    pub levels: Vec<Level>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct TrainingReport {
    pub records: u64,
    pub candidate_pairs: u64,
    pub random_pairs: u64,
    /// True when every EM session converged.
    pub em_converged: bool,
    pub sessions: Vec<SessionReport>,
}

/// One EM session (see [`SESSIONS`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SessionReport {
    pub blocking_rule: String,
    pub held_out: Vec<String>,
    pub pairs: u64,
    pub distinct_patterns: u64,
    pub iterations: u32,
    pub converged: bool,
    /// Share of the session's pairs that EM judged to be matches.
    pub match_share: f64,
}

/// A trained model.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Model {
    pub format: String,
    pub comparisons: Vec<Comparison>,
    /// Expected true matching pairs per record: sets the prior for any data size
    /// (prior = matches_per_record × records / possible pairs).
    pub matches_per_record: f64,
    /// Household fields (family name, phone, address, postcode) are shared by everyone
    /// living together, so their agreement is not independent evidence of one person:
    /// their summed positive contribution is capped at this many bits.
    #[serde(default = "default_household_cap")]
    pub household_cap_bits: f64,
    pub training: TrainingReport,
}

impl Model {
    pub fn check(&self) -> Result<(), Error> {
        if self.format != FORMAT {
            return Err(Error::Model(format!(
                "unknown model format {:?} (expected {FORMAT:?})",
                self.format
            )));
        }
        if self.comparisons.len() != NF {
            return Err(Error::Model(format!(
                "model has {} comparisons, expected {NF}",
                self.comparisons.len()
            )));
        }
        for (c, spec) in self.comparisons.iter().zip(FIELDS.iter()) {
            if c.field != spec.name || c.levels.len() != spec.levels.len() {
                return Err(Error::Model(format!(
                    "comparison {:?} with {} levels does not match {:?} with {} levels",
                    c.field,
                    c.levels.len(),
                    spec.name,
                    spec.levels.len()
                )));
            }
            for l in &c.levels {
                if !(l.m.is_finite() && l.u.is_finite() && l.m > 0.0 && l.u > 0.0) {
                    return Err(Error::Model(format!(
                        "comparison {:?} has a non-positive m or u",
                        c.field
                    )));
                }
            }
        }
        if !(self.household_cap_bits.is_finite() && self.household_cap_bits > 0.0) {
            return Err(Error::Model("household_cap_bits must be positive".into()));
        }
        if !(self.matches_per_record.is_finite() && self.matches_per_record > 0.0) {
            return Err(Error::Model("matches_per_record must be positive".into()));
        }
        Ok(())
    }

    /// Prior match probability for a data set with `records` records and `pairs` possible pairs.
    pub fn prior(&self, records: u64, pairs: f64) -> f64 {
        if pairs <= 0.0 {
            return 0.5;
        }
        (self.matches_per_record * records as f64 / pairs).clamp(1e-12, 0.5)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("model serialises")
    }

    pub fn from_json(s: &str) -> Result<Model, Error> {
        let m: Model = serde_json::from_str(s).map_err(|e| Error::Model(e.to_string()))?;
        m.check()?;
        Ok(m)
    }
}

/// Hand-set (m, u) per level, used when the data are too small for EM to be trusted
/// (and by tests). Same field and level order as [`FIELDS`]; level 0 omitted.
const BUILTIN: [&[(f64, f64)]; NF] = [
    &[
        (0.70, 0.01),
        (0.08, 0.002),
        (0.08, 0.003),
        (0.04, 0.005),
        (0.03, 0.01),
        (0.03, 0.05),
        (0.04, 0.92),
    ],
    &[
        (0.75, 0.01),
        (0.05, 0.001),
        (0.07, 0.003),
        (0.04, 0.005),
        (0.03, 0.04),
        (0.06, 0.941),
    ],
    &[
        (0.60, 0.0001),
        (0.03, 0.00001),
        (0.05, 0.0005),
        (0.03, 0.001),
        (0.17, 0.02),
        (0.10, 0.04),
        (0.02, 0.93839),
    ],
    &[(0.97, 0.5), (0.03, 0.5)],
    &[(0.95, 0.3), (0.05, 0.7)],
    &[(0.70, 0.0005), (0.03, 0.0005), (0.27, 0.999)],
    &[(0.85, 0.0001), (0.05, 0.0005), (0.10, 0.9994)],
    &[(0.90, 0.00001), (0.05, 0.0001), (0.05, 0.99989)],
    &[
        (0.50, 0.001),
        (0.15, 0.001),
        (0.02, 0.0005),
        (0.05, 0.02),
        (0.28, 0.9775),
    ],
    &[(0.60, 0.002), (0.05, 0.01), (0.05, 0.03), (0.30, 0.958)],
];

impl Model {
    /// The default model, for when there are too few records to train one (fewer than
    /// [`crate::MIN_PAIRS_FOR_EM`] candidate pairs) or before any training has run.
    ///
    /// Its m and u per level are set by hand (not learnt): m from how often a person's
    /// own records disagree in police and partner data (typos, transliteration, moves of
    /// address and phone, partial dates of birth), u from how often two different people
    /// agree by chance in a UK population (e.g. exact full date of birth 1 in 10,000,
    /// exact phone 1 in 2,000, exact identity number 1 in 100,000; same sex 1 in 2).
    /// It expects half a true matching pair per record (`matches_per_record` 0.5) and caps
    /// household evidence at [`DEFAULT_HOUSEHOLD_CAP`] bits. A model trained with
    /// [`crate::train`] on a few thousand records or more should be preferred.
    pub fn default_prior() -> Model {
        Model::builtin()
    }

    /// A model with hand-set parameters (the same as [`Model::default_prior`]).
    pub fn builtin() -> Model {
        let comparisons = FIELDS
            .iter()
            .zip(BUILTIN.iter())
            .map(|(spec, params)| {
                let mut levels = vec![Level {
                    label: spec.levels[0].to_string(),
                    m: 1.0,
                    u: 1.0,
                    weight: 0.0,
                }];
                for (l, &(m, u)) in params.iter().enumerate() {
                    levels.push(Level {
                        label: spec.levels[l + 1].to_string(),
                        m,
                        u,
                        weight: (m / u).log2(),
                    });
                }
                Comparison {
                    field: spec.name.to_string(),
                    tf_adjustment: spec.tf,
                    levels,
                }
            })
            .collect();
        Model {
            format: FORMAT.to_string(),
            comparisons,
            matches_per_record: 0.5,
            household_cap_bits: DEFAULT_HOUSEHOLD_CAP,
            training: TrainingReport::default(),
        }
    }
}

/// Count how often each level occurs per field among `n` random pairs (deterministic).
pub fn random_pair_levels(
    recs: &[Prepared],
    link_only: bool,
    n: u64,
    seed: u64,
) -> ([[u64; 16]; NF], u64) {
    let idx_a: Vec<u32> = (0..recs.len() as u32)
        .filter(|&i| !link_only || recs[i as usize].source == 0)
        .collect();
    let idx_b: Vec<u32> = if link_only {
        (0..recs.len() as u32)
            .filter(|&i| recs[i as usize].source != 0)
            .collect()
    } else {
        idx_a.clone()
    };
    if idx_a.is_empty() || idx_b.is_empty() || (!link_only && idx_a.len() < 2) {
        return ([[0; 16]; NF], 0);
    }
    let possible = if link_only {
        idx_a.len() as f64 * idx_b.len() as f64
    } else {
        idx_a.len() as f64 * (idx_a.len() as f64 - 1.0) / 2.0
    };
    let n = n.min(possible as u64).max(1);
    const CHUNK: u64 = 4096;
    let chunks = n.div_ceil(CHUNK);
    let counts = (0..chunks)
        .into_par_iter()
        .map(|c| {
            let mut state = mix(seed ^ c.wrapping_mul(0xa076_1d64_78bd_642f));
            let mut next = || {
                state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
                mix(state)
            };
            let mut local = [[0u64; 16]; NF];
            let count = CHUNK.min(n - c * CHUNK);
            let mut done = 0;
            // Draw a few pairs, load their records, then compare them (see
            // `compare::touch`): the same pairs in the same order as one at a time.
            const AHEAD: usize = 16;
            let mut group: Vec<(u32, u32)> = Vec::with_capacity(AHEAD);
            while done < count {
                group.clear();
                let mut acc = 0u64;
                while group.len() < AHEAD && done + (group.len() as u64) < count {
                    let a = idx_a[(next() % idx_a.len() as u64) as usize];
                    let b = idx_b[(next() % idx_b.len() as u64) as usize];
                    if a == b {
                        continue;
                    }
                    acc ^= touch(&recs[a as usize]) ^ touch(&recs[b as usize]);
                    group.push((a, b));
                }
                std::hint::black_box(acc);
                for &(a, b) in &group {
                    let (p, _) = compare(&recs[a as usize], &recs[b as usize]);
                    for (f, row) in local.iter_mut().enumerate() {
                        row[level(p, f)] += 1;
                    }
                }
                done += group.len() as u64;
            }
            local
        })
        .reduce(
            || [[0u64; 16]; NF],
            |mut a, b| {
                for f in 0..NF {
                    for l in 0..16 {
                        a[f][l] += b[f][l];
                    }
                }
                a
            },
        );
    (counts, n)
}

/// Result of EM.
pub struct EmResult {
    pub m: [[f64; 16]; NF],
    pub lambda: f64,
    pub iterations: u32,
    pub converged: bool,
}

/// Expectation–maximisation for the two-class latent model on pattern counts.
/// Both m and the candidate-set u are free; only m and the match share are kept.
pub fn em(patterns: &[(Pattern, u64)], max_iter: u32, tol: f64) -> EmResult {
    let mut m = [[0.0f64; 16]; NF];
    let mut u = [[0.0f64; 16]; NF];
    // u starts at the observed level frequencies; m starts concentrated on agreement.
    for f in 0..NF {
        let nl = FIELDS[f].levels.len();
        let mut tot = 0.0;
        for &(p, c) in patterns {
            let l = level(p, f);
            if l != 0 {
                u[f][l] += c as f64;
                tot += c as f64;
            }
        }
        for l in 1..nl {
            u[f][l] = if tot > 0.0 {
                (u[f][l] + 1.0) / (tot + nl as f64)
            } else {
                1.0 / (nl - 1) as f64
            };
        }
        let mut s = 0.0;
        for l in 1..nl {
            let v = if l == 1 {
                0.7
            } else if l == nl - 1 {
                0.01
            } else {
                0.29 / (nl as f64 - 3.0).max(1.0)
            };
            m[f][l] = v;
            s += v;
        }
        for l in 1..nl {
            m[f][l] /= s;
        }
    }
    let mut lambda = 0.2;
    let total: f64 = patterns.iter().map(|x| x.1 as f64).sum();
    if total == 0.0 {
        return EmResult {
            m,
            lambda: 0.0,
            iterations: 0,
            converged: true,
        };
    }
    let mut iterations = 0;
    let mut converged = false;
    const ALPHA: f64 = 0.5;
    while iterations < max_iter {
        iterations += 1;
        let mut mc = [[0.0f64; 16]; NF];
        let mut uc = [[0.0f64; 16]; NF];
        let mut matches = 0.0;
        for &(p, c) in patterns {
            let mut pm = lambda;
            let mut pu = 1.0 - lambda;
            for f in 0..NF {
                let l = level(p, f);
                if l != 0 {
                    pm *= m[f][l];
                    pu *= u[f][l];
                }
            }
            let g = if pm + pu > 0.0 { pm / (pm + pu) } else { 0.0 };
            let c = c as f64;
            matches += g * c;
            for f in 0..NF {
                let l = level(p, f);
                if l != 0 {
                    mc[f][l] += g * c;
                    uc[f][l] += (1.0 - g) * c;
                }
            }
        }
        let new_lambda = (matches / total).clamp(1e-9, 1.0 - 1e-9);
        let mut delta = (new_lambda - lambda).abs();
        lambda = new_lambda;
        for f in 0..NF {
            let nl = FIELDS[f].levels.len();
            let sm: f64 = mc[f][1..nl].iter().sum();
            let su: f64 = uc[f][1..nl].iter().sum();
            for l in 1..nl {
                let nm = (mc[f][l] + ALPHA) / (sm + ALPHA * (nl - 1) as f64);
                let nu = (uc[f][l] + ALPHA) / (su + ALPHA * (nl - 1) as f64);
                delta = delta.max((nm - m[f][l]).abs()).max((nu - u[f][l]).abs());
                m[f][l] = nm;
                u[f][l] = nu;
            }
        }
        if delta < tol {
            converged = true;
            break;
        }
    }
    EmResult {
        m,
        lambda,
        iterations,
        converged,
    }
}

/// EM training sessions, as (blocking rule index, fields held out). Each session runs
/// EM on the candidate pairs that agree on one blocking key, with the fields in that key
/// (and fields strongly tied to them) held out, because agreement on them is forced by
/// the block and says nothing about m. Each field's m is the mean over the sessions
/// that did not hold it out. One EM over all candidates at once is fragile: households
/// and houses in multiple occupation (same address, different people) and namesakes
/// (same name, different people) form latent classes of their own.
pub const SESSIONS: &[(usize, &[usize])] = &[
    (8, &[2]),    // same full date of birth: learn names, phone, address, …
    (5, &[0, 1]), // same name phonetics (either order): learn date of birth, phone, address, …
    (6, &[9, 8]), // same postcode: learn names, date of birth, phone, …
];

/// Combine per-session EM results into one m table.
pub fn combine_sessions(results: &[(EmResult, &[usize], [u64; NF])]) -> [[f64; 16]; NF] {
    let mut m = [[0.0f64; 16]; NF];
    for f in 0..NF {
        let nl = FIELDS[f].levels.len();
        let usable: Vec<&EmResult> = results
            .iter()
            .filter(|(_, held, nonmissing)| !held.contains(&f) && nonmissing[f] >= 30)
            .map(|(r, _, _)| r)
            .collect();
        for l in 1..nl {
            m[f][l] = if usable.is_empty() {
                1.0 / (nl - 1) as f64
            } else {
                usable.iter().map(|r| r.m[f][l]).sum::<f64>() / usable.len() as f64
            };
        }
    }
    m
}

/// The match prior (matches per record) as the fixed point of
/// prior = Σ over candidates of P(match | weights, prior) / possible pairs.
/// `weights` are candidate match weights without the prior, in bits.
pub fn estimate_matches_per_record(weights: &[f32], records: u64, possible_pairs: f64) -> f64 {
    if weights.is_empty() || possible_pairs <= 0.0 {
        return 0.5;
    }
    // Histogram in 1/8-bit bins for speed; integer counts keep it deterministic.
    let lo = -64.0f64;
    let nb = 8 * 160;
    let mut hist = vec![0u64; nb];
    for &w in weights {
        let w = w as f64;
        let b = (((w - lo) * 8.0).floor() as i64).clamp(0, nb as i64 - 1) as usize;
        hist[b] += 1;
    }
    let mut pi = (records as f64 / possible_pairs).clamp(1e-12, 0.5);
    for _ in 0..100 {
        let lp = (pi / (1.0 - pi)).log2();
        let mut expected = 0.0;
        for (b, &c) in hist.iter().enumerate() {
            if c > 0 {
                let w = lo + (b as f64 + 0.5) / 8.0;
                expected += c as f64 * probability(w + lp);
            }
        }
        let new = (expected / possible_pairs).clamp(1e-12, 0.5);
        let done = (new - pi).abs() <= 1e-4 * pi;
        pi = new;
        if done {
            break;
        }
    }
    (pi * possible_pairs / records.max(1) as f64).max(1e-6)
}

/// Count distinct patterns (sorted, deterministic).
pub fn count_patterns(patterns: &[Pattern]) -> Vec<(Pattern, u64)> {
    let mut map: HashMap<Pattern, u64> = HashMap::new();
    for &p in patterns {
        *map.entry(p).or_insert(0) += 1;
    }
    let mut v: Vec<(Pattern, u64)> = map.into_iter().collect();
    v.sort_unstable();
    v
}

/// Build a model from m (EM), random-pair u counts and the match rate.
pub fn assemble(
    m_table: &[[f64; 16]; NF],
    ucounts: &[[u64; 16]; NF],
    matches_per_record: f64,
    training: TrainingReport,
) -> Model {
    let mut comparisons = Vec::with_capacity(NF);
    for (f, spec) in FIELDS.iter().enumerate() {
        let nl = spec.levels.len();
        let nonmissing: u64 = ucounts[f][1..nl].iter().sum();
        let mut levels = vec![Level {
            label: spec.levels[0].to_string(),
            m: 1.0,
            u: 1.0,
            weight: 0.0,
        }];
        for l in 1..nl {
            let u = (ucounts[f][l] as f64 + 0.5) / (nonmissing as f64 + 0.5 * (nl - 1) as f64);
            let m = m_table[f][l].max(1e-6);
            levels.push(Level {
                label: spec.levels[l].to_string(),
                m,
                u,
                weight: (m / u).log2(),
            });
        }
        comparisons.push(Comparison {
            field: spec.name.to_string(),
            tf_adjustment: spec.tf,
            levels,
        });
    }
    Model {
        format: FORMAT.to_string(),
        comparisons,
        matches_per_record,
        household_cap_bits: DEFAULT_HOUSEHOLD_CAP,
        training,
    }
}

/// Fast scoring with a model for one data set.
#[derive(Debug, Clone)]
pub struct Scorer {
    pub weights: [[f64; 16]; NF],
    pub u_exact: [f64; NF],
    pub tf_on: [bool; NF],
    pub prior: f64,
    pub prior_weight: f64,
    pub household_cap: f64,
}

/// Cap on the size of one term-frequency adjustment, in bits.
pub const TF_CAP: f64 = 10.0;

impl Scorer {
    /// `tf_norm[f]` is the chance that two random values of field `f` agree
    /// (Σ frequency²) in this data set: the TF adjustment is log2(tf_norm / frequency of
    /// the agreed value), positive for rare values and negative for common ones, and zero
    /// on average whatever the model was trained on.
    pub fn new(model: &Model, records: u64, possible_pairs: f64, tf_norm: [f64; NF]) -> Scorer {
        let mut weights = [[0.0; 16]; NF];
        let mut u_exact = [0.0; NF];
        let mut tf_on = [false; NF];
        for (f, c) in model.comparisons.iter().enumerate() {
            for (l, lv) in c.levels.iter().enumerate() {
                weights[f][l] = if l == 0 { 0.0 } else { lv.weight };
            }
            u_exact[f] = tf_norm[f];
            tf_on[f] = c.tf_adjustment && tf_norm[f] > 0.0;
        }
        let prior = model.prior(records, possible_pairs);
        Scorer {
            weights,
            u_exact,
            tf_on,
            prior,
            prior_weight: (prior / (1.0 - prior)).log2(),
            household_cap: model.household_cap_bits,
        }
    }

    /// Term-frequency adjustment (bits) for field `f` at exact agreement.
    pub fn tf_adjustment(&self, f: usize, a: &Prepared, b: &Prepared) -> f64 {
        self.tf_adjustment_tf(f, &a.tf, &b.tf)
    }

    /// [`Scorer::tf_adjustment`] from the two records' relative value frequencies.
    pub fn tf_adjustment_tf(&self, f: usize, ta: &[f32; NF], tb: &[f32; NF]) -> f64 {
        let tf = ta[f].max(tb[f]) as f64;
        if !self.tf_on[f] || tf <= 0.0 {
            return 0.0;
        }
        (self.u_exact[f] / tf).log2().clamp(-TF_CAP, TF_CAP)
    }

    /// Match weight (log2 odds) of a compared pair.
    pub fn weight(&self, p: Pattern, a: &Prepared, b: &Prepared) -> f64 {
        self.weight_tf(p, &a.tf, &b.tf)
    }

    /// [`Scorer::weight`] from the two records' relative value frequencies (lets a
    /// caller whose frequencies change, such as [`crate::Index`], score without copying).
    pub fn weight_tf(&self, p: Pattern, ta: &[f32; NF], tb: &[f32; NF]) -> f64 {
        let mut w = self.prior_weight;
        let mut household = 0.0;
        for f in 0..NF {
            let c = self.contribution_tf(p, f, ta, tb);
            if HOUSEHOLD.contains(&f) {
                household += c;
            } else {
                w += c;
            }
        }
        w + household.min(self.household_cap)
    }

    /// One field's contribution (weight plus TF adjustment), before the household cap.
    pub fn contribution(&self, p: Pattern, f: usize, a: &Prepared, b: &Prepared) -> f64 {
        self.contribution_tf(p, f, &a.tf, &b.tf)
    }

    fn contribution_tf(&self, p: Pattern, f: usize, ta: &[f32; NF], tb: &[f32; NF]) -> f64 {
        let l = level(p, f);
        let mut w = self.weights[f][l];
        if l == 1 && self.tf_on[f] {
            w += self.tf_adjustment_tf(f, ta, tb);
        }
        w
    }

    /// How much the household cap removes from a pair's weight (≤ 0).
    pub fn household_cut(&self, p: Pattern, a: &Prepared, b: &Prepared) -> f64 {
        let h: f64 = HOUSEHOLD
            .iter()
            .map(|&f| self.contribution(p, f, a, b))
            .sum();
        (self.household_cap - h).min(0.0)
    }
}

/// Probability from a match weight in bits.
pub fn probability(weight: f64) -> f64 {
    let o = weight.exp2();
    if o.is_infinite() {
        1.0
    } else {
        o / (1.0 + o)
    }
}

/// Match weight (bits) for a probability.
pub fn weight_for(p: f64) -> f64 {
    let p = p.clamp(1e-15, 1.0 - 1e-15);
    (p / (1.0 - p)).log2()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two fields' worth of levels from a known generative model; EM must recover m.
    #[test]
    fn em_converges_on_a_synthetic_mixture() {
        // Deterministic pseudo-random generator.
        let mut s = 42u64;
        let mut rnd = || {
            s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
            (mix(s) >> 11) as f64 / (1u64 << 53) as f64
        };
        let true_m = [0.85, 0.10, 0.05]; // levels 1..3
        let true_u = [0.02, 0.08, 0.90];
        let lambda = 0.3;
        let draw = |probs: &[f64; 3], r: f64| -> u64 {
            if r < probs[0] {
                1
            } else if r < probs[0] + probs[1] {
                2
            } else {
                3
            }
        };
        let mut pats = Vec::new();
        for _ in 0..40_000 {
            let is_match = rnd() < lambda;
            let probs = if is_match { &true_m } else { &true_u };
            let mut p: Pattern = 0;
            // fields 5, 6, 7 have 4 levels (missing + 3)
            for f in [5usize, 6, 7] {
                p |= draw(probs, rnd()) << (4 * f);
            }
            pats.push(p);
        }
        let counts = count_patterns(&pats);
        let r = em(&counts, 500, 1e-7);
        assert!(
            r.converged,
            "EM did not converge in {} iterations",
            r.iterations
        );
        assert!((r.lambda - lambda).abs() < 0.03, "lambda {}", r.lambda);
        for f in [5usize, 6, 7] {
            assert!(
                (r.m[f][1] - true_m[0]).abs() < 0.04,
                "m exact {}",
                r.m[f][1]
            );
        }
    }

    #[test]
    fn probability_and_weight_are_inverse() {
        for p in [0.01, 0.5, 0.9, 0.999] {
            assert!((probability(weight_for(p)) - p).abs() < 1e-9);
        }
    }
}
