//! The duplicate check on save, over an in-memory index of every stored person.
//!
//! Scoring a new record against everyone by reading every person again made each save cost
//! as much as a full run. Instead the server keeps one [`Index`] (the engine's incremental
//! index: blocking keys, term frequencies, the latest trained model) and its raw records:
//! it is built from the store on first use, caught up on each check with the people created
//! or changed since (a small read), and built again when a new model has been trained or
//! after [`REBUILD_AFTER`], which also picks up links made and records disposed of since.
//! A check then compares the new record only with those sharing a blocking key.
//!
//! People imported by the CLI are caught up the same way at the next check; their own
//! matches are found by the next full run (`sightline match run` or the button on
//! `/matches`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sightline_core::Person;
use sightline_resolve::{Index, Model, RawRecord};
use sightline_store::{DynStore, NewCandidate, StoreError};
use tokio::sync::Mutex;
use uuid::Uuid;

use super::job::{raw_record, LOWER};

/// The index is built again from the store after this long.
pub const REBUILD_AFTER: Duration = Duration::from_secs(15 * 60);

/// At most this many likely matches are kept for one saved record.
const MAX_MATCHES: usize = 50;

struct Live {
    index: Index,
    raw: HashMap<Uuid, RawRecord>,
    /// When each record was last changed.
    updated: HashMap<Uuid, DateTime<Utc>>,
    /// The stored model it scores with (JSON), to notice a newer one.
    model_json: Option<String>,
    /// The latest `updated_at` read.
    watermark: DateTime<Utc>,
    built: Instant,
}

/// The server's index, empty until the first check.
#[derive(Default)]
pub struct LiveIndex(Mutex<Option<Live>>);

fn model_of(json: Option<&str>) -> Model {
    json.and_then(|m| Model::from_json(m).ok())
        .unwrap_or_else(Model::builtin)
}

async fn build(store: &DynStore, model_json: Option<String>) -> Result<Live, StoreError> {
    let people = store
        .people_for_matching("the duplicate check's index")
        .await?;
    let mut contacts: HashMap<Uuid, Vec<_>> = HashMap::new();
    for (id, kind, value) in store.contacts_for_matching().await? {
        contacts.entry(id).or_default().push((kind, value));
    }
    let watermark = people
        .iter()
        .map(|p| p.provenance.updated_at)
        .max()
        .unwrap_or(DateTime::<Utc>::MIN_UTC);
    let raw: HashMap<Uuid, RawRecord> = people
        .iter()
        .map(|p| {
            let c = contacts.get(&p.id).map_or(&[][..], |c| c);
            (p.id, raw_record(p, c))
        })
        .collect();
    let updated = people
        .iter()
        .map(|p| (p.id, p.provenance.updated_at))
        .collect();
    let model = model_of(model_json.as_deref());
    let records: Vec<(String, RawRecord)> = raw
        .iter()
        .map(|(id, r)| (id.to_string(), r.clone()))
        .collect();
    let index = tokio::task::spawn_blocking(move || Index::build(model, records))
        .await
        .map_err(|e| StoreError::Config(e.to_string()))?;
    Ok(Live {
        index,
        raw,
        updated,
        model_json,
        watermark,
        built: Instant::now(),
    })
}

impl Live {
    fn put(&mut self, p: &Person, rec: RawRecord) {
        self.index.insert(p.id.to_string(), rec.clone());
        self.raw.insert(p.id, rec);
        self.updated.insert(p.id, p.provenance.updated_at);
        self.watermark = self.watermark.max(p.provenance.updated_at);
    }

    /// Adds the people changed since the last read.
    async fn catch_up(&mut self, store: &DynStore) -> Result<(), StoreError> {
        // Timestamps in SQLite are text; a second's overlap makes up for how a whole
        // second sorts against its fractions. Reading a record twice only replaces it.
        let since = self.watermark - chrono::Duration::seconds(1);
        for p in store
            .people_changed_since("the duplicate check's index", since)
            .await?
        {
            let contacts = store.contacts_of_person(p.id).await?;
            let rec = raw_record(&p, &contacts);
            self.put(&p, rec);
        }
        Ok(())
    }

    /// The candidate pairs of `id` (already in the index) at or above [`LOWER`].
    fn candidates_of(&self, id: Uuid) -> Vec<NewCandidate> {
        let Some(me) = self.raw.get(&id) else {
            return Vec::new();
        };
        self.index
            .matches(me, LOWER, MAX_MATCHES)
            .into_iter()
            .filter_map(|m| {
                let other: Uuid = m.id.parse().ok()?;
                let them = self.raw.get(&other)?;
                let (l, r) = if id < other { (me, them) } else { (them, me) };
                let ex = self.index.explain(l, r);
                Some(NewCandidate {
                    left: id.min(other),
                    right: id.max(other),
                    probability: ex.probability,
                    weight: ex.total_weight,
                    explanation: serde_json::to_value(&ex).unwrap_or_default(),
                })
            })
            .filter(|c| c.probability >= LOWER)
            .collect()
    }
}

/// Which records a check is for.
enum Whose<'a> {
    One(&'a Person),
    ChangedSince(DateTime<Utc>),
}

impl LiveIndex {
    /// The duplicate check for a person just saved: their likely matches are stored as
    /// candidates at once, so their page and the queue show them. Returns how many.
    pub async fn check(&self, store: &DynStore, person: &Person) -> Result<usize, StoreError> {
        self.run(store, Whose::One(person)).await
    }

    /// The duplicate check for everyone created or changed since `since` (a batch just
    /// written). Returns how many candidate pairs were stored.
    pub async fn check_since(
        &self,
        store: &DynStore,
        since: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        self.run(store, Whose::ChangedSince(since)).await
    }

    async fn run(&self, store: &DynStore, whose: Whose<'_>) -> Result<usize, StoreError> {
        let model_json = store.latest_match_model().await?;
        let mut guard = self.0.lock().await;
        let stale = match guard.as_ref() {
            None => true,
            Some(live) => live.model_json != model_json || live.built.elapsed() > REBUILD_AFTER,
        };
        if stale {
            *guard = Some(build(store, model_json).await?);
        }
        let live = guard.as_mut().expect("built above");
        live.catch_up(store).await?;
        let ids: Vec<Uuid> = match whose {
            Whose::One(person) => {
                if !live.raw.contains_key(&person.id) {
                    // Saved in a transaction not visible yet: index what we were given.
                    let contacts = store.contacts_of_person(person.id).await?;
                    live.put(person, raw_record(person, &contacts));
                }
                vec![person.id]
            }
            Whose::ChangedSince(since) => {
                let mut ids: Vec<Uuid> = live
                    .updated
                    .iter()
                    .filter(|(_, &t)| t >= since)
                    .map(|(&id, _)| id)
                    .collect();
                ids.sort();
                ids
            }
        };
        let mut found: HashMap<(Uuid, Uuid), NewCandidate> = HashMap::new();
        for id in ids {
            for c in live.candidates_of(id) {
                found.insert((c.left, c.right), c);
            }
        }
        drop(guard);
        let mut found: Vec<NewCandidate> = found.into_values().collect();
        found.sort_by_key(|c| (c.left, c.right));
        match store.add_match_candidates("check on save", found).await {
            Ok(n) => Ok(n),
            Err(e) => {
                // E.g. a record disposed of since the index was built: start afresh.
                *self.0.lock().await = None;
                Err(e)
            }
        }
    }

    /// Forgets the index (after a disposal, say); the next check builds it again.
    pub async fn invalidate(&self) {
        *self.0.lock().await = None;
    }
}
