//! An in-memory index for the product: records and a model kept in memory, records
//! added and removed one at a time without retraining, and "who is this likely to be?"
//! queries for a record that may or may not be in the index. No I/O.
//!
//! Candidates come from the same blocking keys as a batch run ([`crate::block::RULES`]);
//! a query is compared with every record sharing a key with it, except in very large
//! blocks (a common postcode or date of birth), where only records whose names sound
//! the same are compared. Scores use the model, the term frequencies of the values in
//! the index as it is now (kept up to date on insert and remove), and the prior of a
//! batch run over the index plus the query, so a probability here means what it means
//! in `sightline resolve`. Pairs that are evidently two different people (see
//! [`crate::cluster::hard_conflict`]) are never returned.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::block::{self, RULES};
use crate::cluster::hard_conflict;
use crate::compare::{compare, Prepared, RawRecord, FIELDS, NF};
use crate::model::{probability, Model, Scorer};
use crate::Explanation;

/// Blocks with more members than this are searched by name sound only.
pub const LARGE_BLOCK: usize = 2_000;

/// A likely match from [`Index::matches`].
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The id the record was inserted with.
    pub id: String,
    /// Match probability (0–1).
    pub probability: f64,
    /// Match weight in bits (log2 odds), prior included.
    pub weight: f64,
}

struct Slot {
    id: String,
    rec: Prepared,
    /// Term-frequency key per field (see [`Prepared::tf_key`]).
    tf_keys: [Option<u64>; NF],
}

/// Value counts of one field, for term frequencies.
#[derive(Default, Clone)]
struct FieldCounts {
    counts: HashMap<u64, u32>,
    nonmissing: u64,
    /// Σ count²: the chance that two random values agree is this / nonmissing².
    sum_sq: u64,
}

impl FieldCounts {
    fn add(&mut self, k: u64) {
        let c = self.counts.entry(k).or_insert(0);
        self.sum_sq += 2 * *c as u64 + 1;
        *c += 1;
        self.nonmissing += 1;
    }

    fn remove(&mut self, k: u64) {
        if let Some(c) = self.counts.get_mut(&k) {
            self.sum_sq -= 2 * *c as u64 - 1;
            *c -= 1;
            if *c == 0 {
                self.counts.remove(&k);
            }
            self.nonmissing -= 1;
        }
    }
}

/// Records and a model, kept in memory. See the [module documentation](self).
pub struct Index {
    model: Model,
    slots: Vec<Option<Slot>>,
    free: Vec<u32>,
    by_id: HashMap<String, u32>,
    /// Blocking key → slots holding it.
    blocks: HashMap<u64, Vec<u32>>,
    counts: Vec<FieldCounts>,
}

fn tf_keys(r: &Prepared) -> [Option<u64>; NF] {
    std::array::from_fn(|f| if FIELDS[f].tf { r.tf_key(f) } else { None })
}

impl Index {
    /// An index of `records` (id, record) scored with `model`. A later record with the
    /// same id replaces an earlier one. The records' own `record_id`s are not used.
    pub fn build(model: Model, records: Vec<(String, RawRecord)>) -> Index {
        let prepared: Vec<Prepared> = records
            .par_iter()
            .map(|(_, r)| Prepared::from_raw(r))
            .collect();
        let mut index = Index {
            model,
            slots: Vec::with_capacity(records.len()),
            free: Vec::new(),
            by_id: HashMap::with_capacity(records.len()),
            blocks: HashMap::new(),
            counts: vec![FieldCounts::default(); NF],
        };
        for ((id, _), rec) in records.into_iter().zip(prepared) {
            index.insert_prepared(id, rec);
        }
        index
    }

    /// Add a record (or replace the record with this id). Cheap: no retraining.
    pub fn insert(&mut self, id: String, rec: RawRecord) {
        let prepared = Prepared::from_raw(&rec);
        self.insert_prepared(id, prepared);
    }

    fn insert_prepared(&mut self, id: String, mut rec: Prepared) {
        self.remove(&id);
        rec.source = 0;
        let keys = tf_keys(&rec);
        for (f, k) in keys.iter().enumerate() {
            if let Some(k) = k {
                self.counts[f].add(*k);
            }
        }
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                self.slots.push(None);
                (self.slots.len() - 1) as u32
            }
        };
        for rule in 0..RULES.len() {
            if let Some(k) = block::key(rule, &rec) {
                self.blocks.entry(k).or_default().push(slot);
            }
        }
        self.by_id.insert(id.clone(), slot);
        self.slots[slot as usize] = Some(Slot {
            id,
            rec,
            tf_keys: keys,
        });
    }

    /// Remove the record with this id (nothing happens if there is none).
    pub fn remove(&mut self, id: &str) {
        let Some(slot) = self.by_id.remove(id) else {
            return;
        };
        let s = self.slots[slot as usize]
            .take()
            .expect("indexed slot is occupied");
        for rule in 0..RULES.len() {
            if let Some(k) = block::key(rule, &s.rec) {
                if let Some(members) = self.blocks.get_mut(&k) {
                    members.retain(|&m| m != slot);
                    if members.is_empty() {
                        self.blocks.remove(&k);
                    }
                }
            }
        }
        for (f, k) in s.tf_keys.iter().enumerate() {
            if let Some(k) = k {
                self.counts[f].remove(*k);
            }
        }
        self.free.push(slot);
    }

    /// Number of records in the index.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Likely matches of `rec`, best first (highest probability, then smallest id):
    /// probability at least `min_probability`, at most `limit`. The record itself (an
    /// indexed record whose id is `rec.record_id`) is never returned.
    pub fn matches(&self, rec: &RawRecord, min_probability: f64, limit: usize) -> Vec<Match> {
        if limit == 0 {
            return Vec::new();
        }
        let me = self.by_id.get(rec.record_id.as_str()).copied();
        let q = Prepared::from_raw(rec);
        let q_keys = tf_keys(&q);
        let scorer = self.scorer(me.is_none());
        let q_tf = self.tf(&q_keys, &q_keys, me.is_none());
        let mut cands: Vec<u32> = Vec::new();
        let q_names = block::secondary(&q);
        for rule in 0..RULES.len() {
            let Some(k) = block::key(rule, &q) else {
                continue;
            };
            let Some(members) = self.blocks.get(&k) else {
                continue;
            };
            if members.len() <= LARGE_BLOCK {
                cands.extend_from_slice(members);
            } else {
                cands.extend(members.iter().copied().filter(|&m| {
                    let r = &self.slots[m as usize].as_ref().expect("occupied").rec;
                    let s = block::secondary(r);
                    (s.0, s.1) == (q_names.0, q_names.1)
                }));
            }
        }
        cands.sort_unstable();
        cands.dedup();
        let mut out: Vec<Match> = cands
            .into_iter()
            .filter(|&c| Some(c) != me)
            .filter_map(|c| {
                let s = self.slots[c as usize].as_ref().expect("occupied");
                let (p, _) = compare(&q, &s.rec);
                if hard_conflict(p, &q, &s.rec) {
                    return None;
                }
                let c_tf = self.tf(&s.tf_keys, &q_keys, me.is_none());
                let weight = scorer.weight_tf(p, &q_tf, &c_tf);
                let probability = probability(weight);
                (probability >= min_probability).then(|| Match {
                    id: s.id.clone(),
                    probability,
                    weight,
                })
            })
            .collect();
        out.sort_by(|a, b| b.weight.total_cmp(&a.weight).then_with(|| a.id.cmp(&b.id)));
        out.truncate(limit);
        out
    }

    /// Why two records (in the index or not) score as they do, with this index's
    /// model, term frequencies and prior.
    pub fn explain(&self, a: &RawRecord, b: &RawRecord) -> Explanation {
        let mut pa = Prepared::from_raw(a);
        let mut pb = Prepared::from_raw(b);
        let (ka, kb) = (tf_keys(&pa), tf_keys(&pb));
        let extra = !self.contains(&a.record_id) || !self.contains(&b.record_id);
        pa.tf = self.tf(&ka, &kb, extra);
        pb.tf = self.tf(&kb, &ka, extra);
        let scorer = self.scorer(extra);
        crate::explain_prepared(&self.model, &scorer, &pa, &pb, &a.record_id, &b.record_id)
    }

    /// The scorer of a batch run over the index (plus the query when it is not in it).
    fn scorer(&self, with_query: bool) -> Scorer {
        let n = self.len() as u64 + with_query as u64;
        let possible = n as f64 * (n.max(1) as f64 - 1.0) / 2.0;
        let mut tf_norm = [0.0; NF];
        for (f, c) in self.counts.iter().enumerate() {
            if c.nonmissing > 0 {
                tf_norm[f] = c.sum_sq as f64 / (c.nonmissing as f64 * c.nonmissing as f64);
            }
        }
        Scorer::new(&self.model, n, possible.max(1.0), tf_norm)
    }

    /// Relative frequencies of a record's values in the index; with `with_query`, the
    /// query (whose keys are `q_keys`) counts as one more record.
    fn tf(
        &self,
        keys: &[Option<u64>; NF],
        q_keys: &[Option<u64>; NF],
        with_query: bool,
    ) -> [f32; NF] {
        std::array::from_fn(|f| {
            let Some(k) = keys[f] else {
                return 0.0;
            };
            let c = &self.counts[f];
            let extra = with_query as u64;
            let count = *c.counts.get(&k).unwrap_or(&0) as u64
                + if with_query && q_keys[f].is_some() && q_keys[f] == Some(k) {
                    1
                } else {
                    0
                };
            let total = c.nonmissing + if q_keys[f].is_some() { extra } else { 0 };
            if total == 0 {
                0.0
            } else {
                count as f32 / total as f32
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(g: &str, f: &str, dob: &str, phone: Option<&str>, address: Option<&str>) -> RawRecord {
        RawRecord {
            given_name: Some(g.into()),
            family_name: Some(f.into()),
            date_of_birth: Some(dob.into()),
            phone: phone.map(Into::into),
            address: address.map(Into::into),
            ..Default::default()
        }
    }

    /// A few hundred distinct people, so that the prior and term frequencies are realistic.
    fn population() -> Vec<(String, RawRecord)> {
        let given = [
            "John", "Andrei", "Piotr", "Maria", "Fatima", "Ioana", "Arben", "Sarah", "Lan", "Ali",
        ];
        let family = [
            "Smith", "Popescu", "Kowalski", "Hoxha", "Ahmed", "Tran", "Jones", "Ionescu", "Brown",
            "Gashi", "Novak", "Khan",
        ];
        let mut out = Vec::new();
        for i in 0..600u32 {
            let h = crate::normalize::mix(i as u64 + 99);
            let g = given[(h % 10) as usize];
            let f = family[((h >> 8) % 12) as usize];
            let dob = format!(
                "{}-{:02}-{:02}",
                1950 + (h >> 16) % 50,
                1 + (h >> 24) % 12,
                1 + (h >> 32) % 28
            );
            let phone = format!("07{:09}", (h >> 20) % 1_000_000_000);
            out.push((format!("pop{i:04}"), raw(g, f, &dob, Some(&phone), None)));
        }
        out
    }

    fn index_with_target() -> Index {
        let mut idx = Index::build(Model::default_prior(), population());
        idx.insert(
            "target".into(),
            raw(
                "Mohammed",
                "Al-Hassan",
                "1988-04-12",
                Some("07700 900461"),
                Some("Flat 3, 41 Stratford Road"),
            ),
        );
        idx.insert(
            "minh".into(),
            raw(
                "Nguyễn Văn",
                "Minh",
                "1992-11-03",
                Some("+44 7700 900777"),
                None,
            ),
        );
        idx
    }

    #[test]
    fn variants_of_an_inserted_record_find_it() {
        let idx = index_with_target();
        let queries = [
            // transliterated and particle dropped, phone in another format
            raw(
                "Muhammad",
                "Hassan",
                "1988-04-12",
                Some("+447700900461"),
                None,
            ),
            // misspelt, date of birth with day and month swapped
            raw(
                "Mohamed",
                "Al Hasan",
                "1988-12-04",
                None,
                Some("41 Stratford Rd"),
            ),
            // given and family name swapped, year only
            raw("Hassan", "Mohammed", "1988", Some("07700900461"), None),
        ];
        for q in &queries {
            let m = idx.matches(q, 0.5, 5);
            assert!(!m.is_empty(), "no match for {q:?}");
            assert_eq!(m[0].id, "target", "{q:?}: {m:?}");
            assert!(m[0].probability >= 0.5);
        }
        // Vietnamese name order and diacritics.
        let q = raw(
            "Minh",
            "Nguyen Van",
            "1992-11-03",
            Some("07700 900777"),
            None,
        );
        let m = idx.matches(&q, 0.5, 5);
        assert_eq!(m.first().map(|m| m.id.as_str()), Some("minh"), "{m:?}");
    }

    #[test]
    fn a_stranger_is_not_matched_and_the_record_itself_is_not_returned() {
        let idx = index_with_target();
        let stranger = raw(
            "Ezekiel",
            "Quartermaine",
            "1931-07-07",
            Some("07700 900000"),
            None,
        );
        assert!(idx.matches(&stranger, 0.5, 10).is_empty());
        let mut me = raw(
            "Mohammed",
            "Al-Hassan",
            "1988-04-12",
            Some("07700 900461"),
            None,
        );
        me.record_id = "target".into();
        assert!(idx.matches(&me, 0.0, 10).iter().all(|m| m.id != "target"));
        me.record_id = "someone-else".into();
        assert_eq!(idx.matches(&me, 0.5, 10)[0].id, "target");
    }

    #[test]
    fn removal_works_and_insert_replaces() {
        let mut idx = index_with_target();
        let n = idx.len();
        let q = raw(
            "Muhammad",
            "Hassan",
            "1988-04-12",
            Some("07700900461"),
            None,
        );
        assert_eq!(idx.matches(&q, 0.5, 5)[0].id, "target");
        idx.remove("target");
        assert_eq!(idx.len(), n - 1);
        assert!(!idx.contains("target"));
        assert!(idx.matches(&q, 0.5, 5).iter().all(|m| m.id != "target"));
        idx.remove("target"); // absent: nothing happens
        assert_eq!(idx.len(), n - 1);
        // Re-inserting reuses the slot; inserting the same id again replaces.
        idx.insert(
            "target".into(),
            raw("Ioana", "Popescu", "1970-01-02", None, None),
        );
        idx.insert(
            "target".into(),
            raw("Mohammed", "Al-Hassan", "1988-04-12", None, None),
        );
        assert_eq!(idx.len(), n);
        assert_eq!(idx.matches(&q, 0.5, 5)[0].id, "target");
        let ioana = raw("Ioana", "Popescu", "1970-01-02", None, None);
        assert!(idx.matches(&ioana, 0.5, 5).iter().all(|m| m.id != "target"));
    }

    #[test]
    fn results_are_deterministic_and_ordered() {
        let a = index_with_target();
        // Same records inserted in another order, with removals in between.
        let mut recs = population();
        recs.reverse();
        let mut b = Index::build(Model::default_prior(), recs);
        b.insert("minh".into(), raw("x", "y", "2000", None, None));
        b.remove("minh");
        b.insert(
            "target".into(),
            raw(
                "Mohammed",
                "Al-Hassan",
                "1988-04-12",
                Some("07700 900461"),
                Some("Flat 3, 41 Stratford Road"),
            ),
        );
        b.insert(
            "minh".into(),
            raw(
                "Nguyễn Văn",
                "Minh",
                "1992-11-03",
                Some("+44 7700 900777"),
                None,
            ),
        );
        for q in population()
            .iter()
            .take(50)
            .map(|x| &x.1)
            .chain([&raw("Mohamed", "Hassan", "1988", None, None)])
        {
            let ma = a.matches(q, 0.0, 20);
            assert_eq!(ma, b.matches(q, 0.0, 20));
            assert_eq!(ma, a.matches(q, 0.0, 20));
            assert!(ma.windows(2).all(|w| w[0].weight >= w[1].weight));
            assert!(ma.len() <= 20);
        }
    }

    #[test]
    fn explain_agrees_with_matches() {
        let idx = index_with_target();
        let q = raw(
            "Muhammad",
            "Hassan",
            "1988-04-12",
            Some("+447700900461"),
            None,
        );
        let m = &idx.matches(&q, 0.5, 1)[0];
        let mut target = raw(
            "Mohammed",
            "Al-Hassan",
            "1988-04-12",
            Some("07700 900461"),
            Some("Flat 3, 41 Stratford Road"),
        );
        target.record_id = "target".into();
        let ex = idx.explain(&q, &target);
        assert!((ex.total_weight - m.weight).abs() < 1e-6, "{ex}\n{m:?}");
        assert_eq!(ex.right, "target");
    }

    #[test]
    fn default_prior_is_a_valid_model() {
        Model::default_prior().check().unwrap();
        let small: Vec<RawRecord> = population().into_iter().take(5).map(|x| x.1).collect();
        assert_eq!(
            crate::train(&small).comparisons,
            Model::default_prior().comparisons
        );
    }
}
