//! Entity resolution for people records across forces and partners.
//!
//! Pipeline: [`normalize`] each record → [`block`] into candidate pairs → [`compare`]
//! field by field into comparison levels → score with a Fellegi–Sunter [`model`] whose
//! u comes from random pairs and m from EM on the candidates (no labels) →
//! [`cluster`] without chaining → explain any pair.
//!
//! Pure: data in, data out; no I/O. Deterministic for a given input and seed, whatever
//! the number of threads (parallel work only sums integers or keeps per-item results).

// Field × level tables read most clearly with index loops.
#![allow(clippy::needless_range_loop)]

pub mod block;
pub mod cluster;
pub mod compare;
pub mod groups;
pub mod index;
pub mod model;
pub mod names;
pub mod normalize;

use rustc_hash::FxHashMap as HashMap;
use std::fmt;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

pub use block::{BlockingConfig, RuleReport};
pub use compare::{Prepared, RawFields, RawRecord, FIELDS, NF};
pub use groups::{decided_groups, Decided};
pub use index::{Index, Match};
pub use model::{probability, weight_for, Model};
pub use normalize::{DateError, Dob};

/// Errors from the engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("model: {0}")]
    Model(String),
    #[error("input: {0}")]
    Input(String),
}

/// Settings for one run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Options {
    /// Match probability at or above which a pair is a link.
    pub threshold: f64,
    pub blocking: BlockingConfig,
    /// Random pairs sampled to estimate u.
    pub random_pairs: u64,
    pub seed: u64,
    pub em_max_iterations: u32,
}

/// Below this many candidate pairs the built-in model is used instead of EM.
pub const MIN_PAIRS_FOR_EM: u64 = 300;

/// Default link threshold.
pub const DEFAULT_THRESHOLD: f64 = 0.9;

impl Default for Options {
    fn default() -> Self {
        Options {
            threshold: DEFAULT_THRESHOLD,
            blocking: BlockingConfig::default(),
            random_pairs: 250_000,
            seed: 4,
            em_max_iterations: 300,
        }
    }
}

/// Train a model on a batch of records with the default [`Options`]: u from random
/// pairs, m by EM on the candidate pairs (no labels needed). With too few records for
/// EM (fewer than [`MIN_PAIRS_FOR_EM`] candidate pairs) this is
/// [`Model::default_prior`]. Records of two or more sources are trained for linking
/// across sources.
pub fn train(records: &[RawRecord]) -> Model {
    Engine::new(records).train_model(&Options::default())
}

/// Normalise a batch of raw records (in parallel).
pub fn prepare_batch(raw: &[RawRecord]) -> Vec<Prepared> {
    let fields: Vec<(u8, RawFields<'_>)> = raw
        .iter()
        .map(|r| (r.source, Prepared::fields(r)))
        .collect();
    Preparer::default().prepare(&fields)
}

/// Normalises records batch after batch, parsing each distinct given or family name
/// once: names repeat (8,000 distinct given names in 100,000 records of the benchmark),
/// and parsing one (folding, variants, phonetic keys) costs more than looking it up.
/// The result is exactly [`Prepared::from_fields`] of each record.
pub struct Preparer {
    index: HashMap<Box<str>, u32>,
    names: Vec<Option<normalize::Name>>,
    /// At most this many distinct names are kept.
    cap: usize,
}

impl Default for Preparer {
    fn default() -> Self {
        Preparer {
            index: HashMap::default(),
            names: Vec::new(),
            cap: NAME_CACHE,
        }
    }
}

/// Distinct names kept by a [`Preparer`]; later new names are parsed every time.
const NAME_CACHE: usize = 1 << 18;

impl Preparer {
    pub fn new() -> Preparer {
        Preparer::default()
    }

    /// Normalise `(source, fields)` records (in parallel), in order.
    pub fn prepare(&mut self, batch: &[(u8, RawFields<'_>)]) -> Vec<Prepared> {
        // Which name each record's given and family name is (u32::MAX: not kept), and
        // the texts new to this preparer, parsed in parallel below.
        let mut fresh: Vec<&str> = Vec::new();
        let first_new = self.names.len();
        let mut slots: Vec<[Option<u32>; 2]> = Vec::with_capacity(batch.len());
        for (_, f) in batch {
            let mut s = [None; 2];
            for (k, s) in s.iter_mut().enumerate() {
                let Some(t) = compare::name_text(f[k]) else {
                    continue;
                };
                *s = Some(match self.index.get(t) {
                    Some(&i) => i,
                    None if self.index.len() >= self.cap => u32::MAX,
                    None => {
                        let i = (first_new + fresh.len()) as u32;
                        self.index.insert(t.into(), i);
                        fresh.push(t);
                        i
                    }
                });
            }
            slots.push(s);
        }
        let parsed: Vec<Option<normalize::Name>> = fresh
            .par_iter()
            .map(|t| normalize::Name::parse(t))
            .collect();
        self.names.extend(parsed);
        let names = &self.names;
        batch
            .par_iter()
            .zip(slots.par_iter())
            .map(|((source, f), s)| {
                let name = |k: usize| match s[k] {
                    None => None,
                    Some(u32::MAX) => compare::name_text(f[k]).and_then(normalize::Name::parse),
                    Some(i) => names[i as usize].clone(),
                };
                Prepared::with_names(*source, *f, name(0), name(1))
            })
            .collect()
    }
}

/// An order of `records` (indices into it) that puts likely pairs next to each other:
/// by the two name sounds (in either order) and the year of birth, records without a
/// name last, ties in input order.
///
/// Every pass of a run (comparing candidate pairs, EM, scoring, clustering) visits
/// pairs by their first record and loads the second from wherever it lies; most
/// candidate pairs share name sounds, so with the records laid out in this order the
/// second record is usually near the first, in cache, instead of a miss somewhere in
/// a large array (about a sixth less CPU time at 100,000 records). A caller that owns
/// its records can arrange them so before [`Engine::from_prepared`] and map results
/// back through the order.
pub fn locality_order(records: &[Prepared]) -> Vec<u32> {
    assert!(records.len() < u32::MAX as usize, "too many records");
    let mut keyed: Vec<(u64, u64, u16, u32)> = records
        .par_iter()
        .enumerate()
        .map(|(i, r)| {
            let (lo, hi, _) = block::secondary(r);
            (lo, hi, r.dob.map_or(u16::MAX, |d| d.year), i as u32)
        })
        .collect();
    keyed.par_sort_unstable();
    keyed.into_iter().map(|k| k.3).collect()
}

/// A scored pair (indices into the engine's records).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ScoredPair {
    pub left: u32,
    pub right: u32,
    pub weight: f64,
    pub probability: f64,
}

/// What a run produced.
#[derive(Debug, Clone)]
pub struct Resolution {
    pub model: Model,
    /// Whether the model was trained in this run (false when one was supplied).
    pub trained: bool,
    /// Per record, the index of its cluster's representative (smallest record id).
    pub representative: Vec<u32>,
    /// Pairs at or above the threshold, sorted by (left, right).
    pub pairs: Vec<ScoredPair>,
    pub blocking: Vec<RuleReport>,
    pub candidate_pairs: u64,
    pub clusters: u64,
}

/// Prepared records and everything needed to score and explain them.
pub struct Engine {
    pub records: Vec<Prepared>,
    pub ids: Vec<String>,
    pub link_only: bool,
    /// Per field, Σ over values of (relative frequency)²: agreement by chance.
    pub tf_norm: [f64; NF],
}

impl Engine {
    /// Normalise the records. Two or more distinct sources mean: link across sources only.
    pub fn new(raw: &[RawRecord]) -> Engine {
        let records = prepare_batch(raw);
        let ids = raw.iter().map(|r| r.record_id.clone()).collect();
        Engine::from_prepared(records, ids)
    }

    /// Build from records already normalised with [`prepare_batch`] (lets a caller
    /// stream its input without holding every raw record), with their ids in order.
    pub fn from_prepared(mut records: Vec<Prepared>, ids: Vec<String>) -> Engine {
        assert_eq!(records.len(), ids.len(), "one id per record");
        let link_only = records.iter().any(|r| r.source != records[0].source);
        // Term frequencies per field over all records (pooled across sources).
        let tfs: Vec<(usize, Vec<f32>, f64)> = (0..NF)
            .into_par_iter()
            .filter(|&f| FIELDS[f].tf)
            .map(|f| {
                let mut counts: HashMap<u64, u32> = HashMap::default();
                let mut nonmissing = 0u32;
                for r in &records {
                    if let Some(k) = r.tf_key(f) {
                        *counts.entry(k).or_insert(0) += 1;
                        nonmissing += 1;
                    }
                }
                let v = records
                    .iter()
                    .map(|r| {
                        r.tf_key(f)
                            .map(|k| counts[&k] as f32 / nonmissing as f32)
                            .unwrap_or(0.0)
                    })
                    .collect();
                let mut sq: Vec<u64> = counts.values().map(|&c| c as u64 * c as u64).collect();
                sq.sort_unstable();
                let norm = if nonmissing > 0 {
                    sq.iter().sum::<u64>() as f64 / (nonmissing as f64 * nonmissing as f64)
                } else {
                    0.0
                };
                (f, v, norm)
            })
            .collect();
        let mut tf_norm = [0.0; NF];
        for (f, v, norm) in tfs {
            tf_norm[f] = norm;
            for (r, t) in records.iter_mut().zip(v) {
                r.tf[f] = t;
            }
        }
        Engine {
            records,
            ids,
            link_only,
            tf_norm,
        }
    }

    /// Number of pairs that could be compared.
    pub fn possible_pairs(&self) -> f64 {
        if self.link_only {
            let a = self
                .records
                .iter()
                .filter(|r| r.source == self.records[0].source)
                .count() as f64;
            a * (self.records.len() as f64 - a)
        } else {
            let n = self.records.len() as f64;
            n * (n - 1.0) / 2.0
        }
    }

    pub fn scorer(&self, model: &Model) -> model::Scorer {
        model::Scorer::new(
            model,
            self.records.len() as u64,
            self.possible_pairs(),
            self.tf_norm,
        )
    }

    /// Run the whole pipeline. With `model`, training is skipped.
    pub fn run(
        &self,
        model: Option<Model>,
        opts: &Options,
        progress: &(dyn Fn(&str) + Sync),
    ) -> Result<Resolution, Error> {
        if let Some(m) = &model {
            m.check()?;
        }
        if !(opts.threshold > 0.0 && opts.threshold < 1.0) {
            return Err(Error::Input(format!(
                "threshold must be between 0 and 1, got {}",
                opts.threshold
            )));
        }
        progress("blocking");
        let (pairs, blocking) =
            block::candidate_pairs(&self.records, &opts.blocking, self.link_only);
        progress("comparing");
        let patterns = compare::compare_pairs(&self.records, &pairs);
        let trained = model.is_none();
        let (model, base_weights) = match model {
            Some(m) => (m, None),
            None => self.fit(&pairs, &patterns, opts, progress),
        };
        progress("scoring");
        let scorer = self.scorer(&model);
        let tw = weight_for(opts.threshold);
        let scored: Vec<(u32, u32, f64)> = match &base_weights {
            // Weights without the prior were computed while estimating the match rate.
            Some(bw) => pairs
                .par_iter()
                .zip(bw.par_iter())
                .filter_map(|(&(a, b), &w)| {
                    let w = w as f64 + scorer.prior_weight;
                    (w >= tw).then_some((a, b, w))
                })
                .collect(),
            None => pairs
                .par_iter()
                .zip(patterns.par_iter())
                .filter_map(|(&(a, b), &p)| {
                    // Same f32 rounding as the trained path, so a saved model reproduces it.
                    let base =
                        (scorer.weight(p, &self.records[a as usize], &self.records[b as usize])
                            - scorer.prior_weight) as f32;
                    let w = base as f64 + scorer.prior_weight;
                    (w >= tw).then_some((a, b, w))
                })
                .collect(),
        };
        drop(base_weights);
        drop(patterns);
        progress("clustering");
        let representative = cluster::cluster(
            &self.records,
            &self.ids,
            &scored,
            &scorer,
            tw,
            self.link_only,
        );
        let clusters = representative
            .iter()
            .enumerate()
            .filter(|(i, &r)| *i as u32 == r)
            .count() as u64;
        let pairs_out = scored
            .iter()
            .map(|&(a, b, w)| ScoredPair {
                left: a,
                right: b,
                weight: w,
                probability: probability(w),
            })
            .collect();
        Ok(Resolution {
            model,
            trained,
            representative,
            pairs: pairs_out,
            blocking,
            candidate_pairs: pairs.len() as u64,
            clusters,
        })
    }

    /// Train a model on these records without clustering them.
    pub fn train_model(&self, opts: &Options) -> Model {
        let (pairs, _) = block::candidate_pairs(&self.records, &opts.blocking, self.link_only);
        let patterns = compare::compare_pairs(&self.records, &pairs);
        self.fit(&pairs, &patterns, opts, &|_| {}).0
    }

    /// u from random pairs, then m by EM (or the default model when there are too few
    /// candidate pairs). Also returns the candidates' weights without the prior when
    /// they were computed on the way.
    fn fit(
        &self,
        pairs: &[(u32, u32)],
        patterns: &[compare::Pattern],
        opts: &Options,
        progress: &(dyn Fn(&str) + Sync),
    ) -> (Model, Option<Vec<f32>>) {
        if (pairs.len() as u64) < MIN_PAIRS_FOR_EM {
            // Too little data for EM: hand-set parameters.
            let mut m = Model::default_prior();
            m.training.records = self.records.len() as u64;
            m.training.candidate_pairs = pairs.len() as u64;
            (m, None)
        } else {
            progress("estimating u from random pairs");
            let (ucounts, nrand) = model::random_pair_levels(
                &self.records,
                self.link_only,
                opts.random_pairs,
                opts.seed,
            );
            let (m, w) = self.train(pairs, patterns, &ucounts, nrand, opts, progress);
            (m, Some(w))
        }
    }

    /// Train m by EM sessions on blocks, u from random pairs, then the prior.
    fn train(
        &self,
        pairs: &[(u32, u32)],
        patterns: &[compare::Pattern],
        ucounts: &[[u64; 16]; NF],
        nrand: u64,
        opts: &Options,
        progress: &(dyn Fn(&str) + Sync),
    ) -> (Model, Vec<f32>) {
        progress("estimating m by EM");
        // The sessions are independent: run them side by side (results kept in order).
        let per_session: Vec<_> = model::SESSIONS
            .par_iter()
            .map(|&(rule, held)| {
                let mut mask: compare::Pattern = !0;
                for &f in held {
                    mask &= !(0xF << (4 * f));
                }
                let keys: Vec<Option<u64>> = self
                    .records
                    .par_iter()
                    .map(|r| block::key(rule, r))
                    .collect();
                // Count the session's patterns without collecting them (integer counts:
                // the same whatever the split between threads).
                let counts: HashMap<compare::Pattern, u64> = pairs
                    .par_iter()
                    .zip(patterns.par_iter())
                    .filter_map(|(&(a, b), &p)| {
                        let ka = keys[a as usize]?;
                        (Some(ka) == keys[b as usize]).then_some(p & mask)
                    })
                    .fold(HashMap::default, |mut m, p| {
                        *m.entry(p).or_insert(0u64) += 1;
                        m
                    })
                    .reduce(HashMap::default, |mut a, b| {
                        for (p, c) in b {
                            *a.entry(p).or_insert(0) += c;
                        }
                        a
                    });
                drop(keys);
                let mut counts: Vec<(compare::Pattern, u64)> = counts.into_iter().collect();
                counts.sort_unstable();
                let selected: u64 = counts.iter().map(|x| x.1).sum();
                let mut nonmissing = [0u64; NF];
                for &(p, c) in &counts {
                    for (f, nm) in nonmissing.iter_mut().enumerate() {
                        if compare::level(p, f) != 0 {
                            *nm += c;
                        }
                    }
                }
                let em = model::em(&counts, opts.em_max_iterations, 1e-6);
                let report = model::SessionReport {
                    blocking_rule: block::RULES[rule].to_string(),
                    held_out: held.iter().map(|&f| FIELDS[f].name.to_string()).collect(),
                    pairs: selected,
                    distinct_patterns: counts.len() as u64,
                    iterations: em.iterations,
                    converged: em.converged,
                    match_share: em.lambda,
                };
                let usable = selected >= MIN_PAIRS_FOR_EM / 3;
                (report, usable.then_some((em, held, nonmissing)))
            })
            .collect();
        let mut results = Vec::new();
        let mut sessions = Vec::new();
        for (report, result) in per_session {
            sessions.push(report);
            results.extend(result);
        }
        let m = model::combine_sessions(&results);
        let report = model::TrainingReport {
            records: self.records.len() as u64,
            candidate_pairs: pairs.len() as u64,
            random_pairs: nrand,
            em_converged: sessions.iter().all(|s| s.converged),
            sessions,
        };
        let mut model = model::assemble(&m, ucounts, 1.0, report);
        progress("estimating the match rate");
        let scorer = self.scorer(&model);
        // Term frequencies in one compact array (4 MB per 100k records) rather than read
        // from the records themselves, which are large and scattered: this pass is bound
        // by memory latency.
        let tf: Vec<[f32; NF]> = self.records.iter().map(|r| r.tf).collect();
        let weights: Vec<f32> = pairs
            .par_iter()
            .zip(patterns.par_iter())
            .map(|(&(a, b), &p)| {
                (scorer.weight_tf(p, &tf[a as usize], &tf[b as usize]) - scorer.prior_weight) as f32
            })
            .collect();
        drop(tf);
        model.matches_per_record = model::estimate_matches_per_record(
            &weights,
            self.records.len() as u64,
            self.possible_pairs(),
        );
        (model, weights)
    }

    /// The waterfall for one pair: per-field level, values, m, u and contribution.
    pub fn explain(&self, model: &Model, i: usize, j: usize) -> Explanation {
        let scorer = self.scorer(model);
        explain_prepared(
            model,
            &scorer,
            &self.records[i],
            &self.records[j],
            &self.ids[i],
            &self.ids[j],
        )
    }
}

/// The waterfall for two prepared records scored with `scorer` (built from `model`).
pub(crate) fn explain_prepared(
    model: &Model,
    scorer: &model::Scorer,
    a: &Prepared,
    b: &Prepared,
    left: &str,
    right: &str,
) -> Explanation {
    {
        let (p, swapped) = compare::compare(a, b);
        let mut fields = Vec::with_capacity(NF);
        let mut total = scorer.prior_weight;
        for f in 0..NF {
            let l = compare::level(p, f);
            let lv = &model.comparisons[f].levels[l];
            let tf = if l == 1 {
                scorer.tf_adjustment(f, a, b)
            } else {
                0.0
            };
            let w = if l == 0 { 0.0 } else { lv.weight };
            total += w + tf;
            let (lval, rval) = display_values(a, b, f, swapped);
            fields.push(FieldContribution {
                field: FIELDS[f].name.to_string(),
                level: l as u8,
                label: lv.label.clone(),
                left: lval,
                right: rval,
                m: lv.m,
                u: lv.u,
                weight: w,
                tf_adjustment: tf,
            });
        }
        let household_cap = scorer.household_cut(p, a, b);
        total += household_cap;
        Explanation {
            household_cap,
            left: left.to_string(),
            right: right.to_string(),
            names_swapped: swapped,
            prior: scorer.prior,
            prior_weight: scorer.prior_weight,
            fields,
            total_weight: total,
            probability: probability(total),
        }
    }
}

fn display_values(a: &Prepared, b: &Prepared, f: usize, swapped: bool) -> (String, String) {
    fn name(n: &Option<normalize::Name>) -> String {
        n.as_ref().map(|n| n.full.to_string()).unwrap_or_default()
    }
    let one = |r: &Prepared, swap: bool| -> String {
        match f {
            0 => name(if swap { &r.family } else { &r.given }),
            1 => name(if swap { &r.given } else { &r.family }),
            2 => r.dob.map(|d| d.to_string()).unwrap_or_default(),
            3 => r
                .sex
                .map(|s| ["", "male", "female", "other"][s as usize].to_string())
                .unwrap_or_default(),
            4 => r
                .nationality
                .map(|n| {
                    String::from_utf8_lossy(&n.to_be_bytes())
                        .trim_matches('\0')
                        .to_string()
                })
                .unwrap_or_default(),
            5 => r.phone.as_deref().unwrap_or_default().to_string(),
            6 => r.email.as_deref().unwrap_or_default().to_string(),
            7 => r.id_number.as_deref().unwrap_or_default().to_string(),
            8 => r
                .address
                .as_ref()
                .map(|x| x.text.to_string())
                .unwrap_or_default(),
            9 => r
                .postcode
                .as_ref()
                .map(|x| x.text.to_string())
                .unwrap_or_default(),
            _ => String::new(),
        }
    };
    (one(a, false), one(b, swapped))
}

/// One field's part of an explanation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FieldContribution {
    pub field: String,
    pub level: u8,
    pub label: String,
    pub left: String,
    pub right: String,
    pub m: f64,
    pub u: f64,
    /// log2(m/u), 0 when missing.
    pub weight: f64,
    /// Term-frequency adjustment (exact agreement on a common or rare value).
    pub tf_adjustment: f64,
}

/// Why a pair scored as it did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Explanation {
    pub left: String,
    pub right: String,
    pub names_swapped: bool,
    pub prior: f64,
    pub prior_weight: f64,
    pub fields: Vec<FieldContribution>,
    /// Bits removed because household fields (family name, phone, address, postcode)
    /// together exceeded the household cap (≤ 0).
    pub household_cap: f64,
    pub total_weight: f64,
    pub probability: f64,
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "pair {} <-> {}{}",
            self.left,
            self.right,
            if self.names_swapped {
                " (given/family order swapped)"
            } else {
                ""
            }
        )?;
        writeln!(
            f,
            "{:<14} {:<40} {:>9} {:>9} {:>8} {:>6} {:>9}  values",
            "field", "level", "m", "u", "weight", "tf", "running"
        )?;
        let mut running = self.prior_weight;
        writeln!(
            f,
            "{:<14} {:<40} {:>9} {:>9} {:>8.2} {:>6} {:>9.2}  prior probability {:.3e}",
            "prior", "", "", "", self.prior_weight, "", running, self.prior
        )?;
        for c in &self.fields {
            running += c.weight + c.tf_adjustment;
            let vals = if c.level == 0 {
                format!("{:?} | {:?}", c.left, c.right)
            } else {
                format!("{} | {}", c.left, c.right)
            };
            writeln!(
                f,
                "{:<14} {:<40} {:>9.3e} {:>9.3e} {:>8.2} {:>6.2} {:>9.2}  {}",
                c.field,
                format!("{} {}", c.level, c.label),
                c.m,
                c.u,
                c.weight,
                c.tf_adjustment,
                running,
                vals
            )?;
        }
        if self.household_cap < 0.0 {
            running += self.household_cap;
            writeln!(
                f,
                "{:<14} {:<40} {:>9} {:>9} {:>8.2} {:>6} {:>9.2}  family name, phone, address and postcode are shared by a household",
                "household cap", "", "", "", self.household_cap, "", running
            )?;
        }
        writeln!(
            f,
            "total match weight {:.2} bits, match probability {:.6}",
            self.total_weight, self.probability
        )
    }
}

#[cfg(test)]
mod tests;
