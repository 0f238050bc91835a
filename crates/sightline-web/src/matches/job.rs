//! Entity resolution over stored people: the background run over every person of every
//! organisation, and the duplicate check when one person is saved.
//!
//! Both read people through the store's system read (audited as `system`), feed the pure
//! engine (`sightline-resolve`) and hand the pairs it finds, with their explanations, back
//! to the store. Nobody sees a pair except through the store's policy-checked views.
//!
//! The check on save is in [`super::live`]: an in-memory index kept current.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use sightline_core::{EntityKind, Gender, Person};
use sightline_resolve::{
    block, compare, decided_groups, probability, Decided, Engine, Model, Options, RawRecord,
};
use sightline_store::{
    matching::pair_key, Ctx, DynStore, MatchRun, MatchVerdict, NewCandidate, StoreError,
};
use uuid::Uuid;

/// Pairs at or above this probability are kept as candidates for review.
pub const LOWER: f64 = 0.5;
/// At or above this, a pair is shown as "likely the same" (and counted as one person
/// unless someone decides otherwise).
pub const UPPER: f64 = 0.95;

/// What the record of one person gives the engine.
pub fn raw_record(p: &Person, contacts: &[(EntityKind, String)]) -> RawRecord {
    let first = |k: EntityKind| {
        contacts
            .iter()
            .find(|(kind, _)| *kind == k)
            .map(|(_, v)| v.clone())
    };
    let address = first(EntityKind::Location);
    // A UK postcode is the last two words of an address, when it has one.
    let postcode = address.as_deref().and_then(|a| {
        let words: Vec<&str> = a.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        (words.len() >= 2).then(|| format!("{} {}", words[words.len() - 2], words[words.len() - 1]))
    });
    let nonempty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
    RawRecord {
        source: 0,
        record_id: p.id.to_string(),
        given_name: nonempty(&p.given_name),
        family_name: nonempty(&p.family_name),
        date_of_birth: p.date_of_birth.clone(),
        sex: match p.gender {
            Gender::Male => Some("male".into()),
            Gender::Female => Some("female".into()),
            _ => None,
        },
        nationality: p.nationality.clone(),
        phone: first(EntityKind::Phone),
        email: first(EntityKind::Email),
        id_number: p.details.identifiers.first().map(|i| i.value.clone()),
        address,
        postcode,
    }
}

/// Every stored person as engine input, with their ids in the same order.
async fn load(store: &DynStore, purpose: &str) -> Result<(Vec<RawRecord>, Vec<Uuid>), StoreError> {
    let people = store.people_for_matching(purpose).await?;
    let mut contacts: HashMap<Uuid, Vec<(EntityKind, String)>> = HashMap::new();
    for (id, kind, value) in store.contacts_for_matching().await? {
        contacts.entry(id).or_default().push((kind, value));
    }
    let raw = people
        .iter()
        .map(|p| raw_record(p, contacts.get(&p.id).map_or(&[][..], |c| c)))
        .collect();
    Ok((raw, people.iter().map(|p| p.id).collect()))
}

/// The candidate for records `a` and `b`, explained in stored order (smaller id first).
fn candidate(engine: &Engine, model: &Model, ids: &[Uuid], a: usize, b: usize) -> NewCandidate {
    let (i, j) = if ids[a] < ids[b] { (a, b) } else { (b, a) };
    let ex = engine.explain(model, i, j);
    NewCandidate {
        left: ids[i],
        right: ids[j],
        probability: ex.probability,
        weight: ex.total_weight,
        explanation: serde_json::to_value(&ex).unwrap_or_default(),
    }
}

/// Where a run is, shared between the engine's thread and the task that reports it.
#[derive(Default)]
struct Progress {
    stage: String,
    done: i64,
    total: i64,
}

struct Found {
    candidates: Vec<NewCandidate>,
    model: Model,
    compared: i64,
}

/// The engine's part of a run (blocking: run it off the async threads).
fn compute(
    raw: Vec<RawRecord>,
    ids: Vec<Uuid>,
    progress: Arc<Mutex<Progress>>,
) -> Result<Found, String> {
    let set = |stage: &str, done: i64, total: i64| {
        if let Ok(mut p) = progress.lock() {
            *p = Progress {
                stage: stage.into(),
                done,
                total,
            };
        }
    };
    if raw.len() < 2 {
        return Ok(Found {
            candidates: vec![],
            model: Model::builtin(),
            compared: 0,
        });
    }
    set("preparing records", 0, 0);
    let engine = Engine::new(&raw);
    drop(raw);
    // Train on the data (or take the built-in model when there is too little of it).
    let opts = Options {
        threshold: 0.999,
        ..Options::default()
    };
    let model = engine
        .run(None, &opts, &|s| set(&format!("training: {s}"), 0, 0))
        .map_err(|e| e.to_string())?
        .model;
    set("blocking", 0, 0);
    let (pairs, _) = block::candidate_pairs(&engine.records, &opts.blocking, engine.link_only);
    let total = pairs.len() as i64;
    let scorer = engine.scorer(&model);
    let mut kept = Vec::new();
    let mut done = 0i64;
    for chunk in pairs.chunks(2048) {
        for &(a, b) in chunk {
            let (ra, rb) = (&engine.records[a as usize], &engine.records[b as usize]);
            let (p, _) = compare::compare(ra, rb);
            if probability(scorer.weight(p, ra, rb)) >= LOWER {
                kept.push((a as usize, b as usize));
            }
        }
        done += chunk.len() as i64;
        set("comparing", done, total);
    }
    set("explaining candidates", done, total);
    let candidates = kept
        .into_iter()
        .map(|(a, b)| candidate(&engine, &model, &ids, a, b))
        .filter(|c| c.probability >= LOWER)
        .collect();
    Ok(Found {
        candidates,
        model,
        compared: total,
    })
}

/// Groups of two or more records taken to be one person (see [`groups`]).
pub fn count_groups(candidates: &[NewCandidate], decided: &[(Uuid, Uuid, MatchVerdict)]) -> i64 {
    let strong: Vec<(Uuid, Uuid, f64)> = candidates
        .iter()
        .filter(|c| c.probability >= UPPER)
        .map(|c| (c.left, c.right, c.probability))
        .collect();
    let named = groups(&strong, decided);
    named
        .values()
        .collect::<std::collections::HashSet<_>>()
        .len() as i64
}

/// Record → the person it is taken to be (named by the group's smallest record id), for
/// records in a group of two or more: pairs at or above [`UPPER`] and pairs decided the
/// same join, never across a pair decided different (`sightline_resolve::decided_groups`).
pub fn groups(
    strong: &[(Uuid, Uuid, f64)],
    decided: &[(Uuid, Uuid, MatchVerdict)],
) -> HashMap<Uuid, Uuid> {
    let decided: Vec<(Uuid, Uuid, Decided)> = decided
        .iter()
        .map(|&(a, b, v)| {
            let d = match v {
                MatchVerdict::Same => Decided::Same,
                MatchVerdict::Different => Decided::Different,
            };
            (a, b, d)
        })
        .collect();
    decided_groups(strong, &decided)
}

/// The groups as they stand in the store now.
pub async fn stored_groups(store: &DynStore) -> Result<HashMap<Uuid, Uuid>, StoreError> {
    let strong = store.strong_pairs(UPPER).await?;
    let decided = store.decided_pairs().await?;
    Ok(groups(&strong, &decided))
}

/// Starts a run (refused while one is running); do the work with [`work`].
pub async fn start(store: &DynStore, by: Option<&Ctx>) -> Result<MatchRun, StoreError> {
    store.start_match_run(by).await
}

/// Does a started run to the end, reporting progress to the store as it goes; a failure
/// is recorded on the run.
pub async fn work(store: DynStore, run: MatchRun) -> Result<MatchRun, String> {
    let outcome = work_inner(&store, &run).await;
    if let Err(e) = &outcome {
        tracing::error!(error = %e, "matching run failed");
        let _ = store.fail_match_run(run.id, e).await;
    }
    outcome
}

async fn work_inner(store: &DynStore, run: &MatchRun) -> Result<MatchRun, String> {
    let err = |e: StoreError| e.to_string();
    let (raw, ids) = load(store, "the matching run").await.map_err(err)?;
    let people = ids.len() as i64;
    let progress = Arc::new(Mutex::new(Progress::default()));
    let shared = progress.clone();
    let mut handle = tokio::task::spawn_blocking(move || compute(raw, ids, shared));
    let found = loop {
        tokio::select! {
            res = &mut handle => break res.map_err(|e| e.to_string())??,
            _ = tokio::time::sleep(Duration::from_millis(250)) => {
                let (stage, done, total) = {
                    let p = progress.lock().map_err(|e| e.to_string())?;
                    (p.stage.clone(), p.done, p.total)
                };
                store.match_run_progress(run.id, &stage, done, total).await.map_err(err)?;
            }
        }
    };
    store
        .match_run_progress(run.id, "saving", found.compared, found.compared)
        .await
        .map_err(err)?;
    let decided = store.decided_pairs().await.map_err(err)?;
    let groups = count_groups(&found.candidates, &decided);
    store
        .finish_match_run(
            run.id,
            people,
            found.candidates,
            groups,
            Some(found.model.to_json()),
        )
        .await
        .map_err(err)
}

/// Both ids of a pair in stored order, from a path.
pub fn ordered(a: Uuid, b: Uuid) -> (Uuid, Uuid) {
    pair_key(a, b)
}
