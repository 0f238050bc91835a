//! Entity resolution over stored people: the runs of the background job, the candidate
//! pairs it (or the duplicate check on save) found, and people's decisions on pairs.
//!
//! The store knows nothing of the engine: callers compute pairs, probabilities and the
//! per-field explanation (kept as JSON) and hand them in. What the store adds is what it
//! adds everywhere: each side of a pair is shown only when `decide` lets the reader read
//! it (otherwise only the owning organisation's name is given), decisions are recorded
//! with who and why and audited, and decisions survive re-runs.
//!
//! A second trait so `imp.rs` stays one size; every backend implements it with the same
//! SQL through [`impl_matching`], which reuses the helpers of `impl_store!`.

use std::collections::{BTreeMap, HashMap};

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sightline_core::{CaseRole, EntityKind, ExploitationType, Person};
use uuid::Uuid;

use crate::{Ctx, Result};

/// The audit record type of a decision on a pair.
pub const MATCH_RECORD: &str = "person_match";

/// A person's verdict on a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchVerdict {
    Same,
    Different,
}

impl MatchVerdict {
    pub fn code(self) -> &'static str {
        match self {
            MatchVerdict::Same => "same",
            MatchVerdict::Different => "different",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            MatchVerdict::Same => "the same person",
            MatchVerdict::Different => "not the same person",
        }
    }
}

impl std::str::FromStr for MatchVerdict {
    type Err = sightline_core::ValidationError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "same" => Ok(MatchVerdict::Same),
            "different" => Ok(MatchVerdict::Different),
            _ => Err(sightline_core::ValidationError::new(
                "verdict",
                "say whether the two records are the same person or not",
            )),
        }
    }
}

/// The two ids of a pair in the order it is stored (smaller first).
pub fn pair_key(a: Uuid, b: Uuid) -> (Uuid, Uuid) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// A pair found by the engine, with `left < right` (see [`pair_key`]); the explanation
/// must describe the pair in that order.
#[derive(Debug, Clone)]
pub struct NewCandidate {
    pub left: Uuid,
    pub right: Uuid,
    pub probability: f64,
    pub weight: f64,
    pub explanation: serde_json::Value,
}

/// One run of the resolution job.
#[derive(Debug, Clone, Serialize)]
pub struct MatchRun {
    pub id: Uuid,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    /// `running`, `done` or `failed`.
    pub status: String,
    pub stage: String,
    /// Pairs compared so far, of `total`.
    pub done: i64,
    pub total: i64,
    pub people: i64,
    pub candidates: i64,
    /// Groups of two or more records taken to be one person (model links above the
    /// upper threshold that nobody decided against, plus "same" decisions).
    pub groups_found: i64,
    pub message: String,
    pub requested_by: Option<Uuid>,
}

impl MatchRun {
    pub fn running(&self) -> bool {
        self.status == "running"
    }
}

/// A recorded decision on a pair.
#[derive(Debug, Clone, Serialize)]
pub struct MatchDecision {
    pub id: Uuid,
    pub left: Uuid,
    pub right: Uuid,
    pub verdict: MatchVerdict,
    pub reason: String,
    pub decided_by: Uuid,
    pub decided_by_name: String,
    pub decided_at: DateTime<Utc>,
}

/// One side of a pair as a reader sees it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MatchSide {
    /// The reader may read the record.
    Shown(Box<Person>),
    /// The reader may not: only who holds it.
    Held { org_name: String },
}

impl MatchSide {
    pub fn person(&self) -> Option<&Person> {
        match self {
            MatchSide::Shown(p) => Some(p.as_ref()),
            MatchSide::Held { .. } => None,
        }
    }
}

/// A candidate pair as a reader sees it. With a side held elsewhere there is no
/// explanation, no decision history and nothing to decide: only who holds the other side.
#[derive(Debug, Clone, Serialize)]
pub struct MatchPair {
    pub left: MatchSide,
    pub right: MatchSide,
    pub probability: f64,
    pub weight: f64,
    pub explanation: Option<serde_json::Value>,
    pub found_by: String,
    pub found_at: DateTime<Utc>,
    pub decisions: Vec<MatchDecision>,
    /// Why the decisions on this pair contradict each other or others, if they do.
    pub contradiction: Option<String>,
}

impl MatchPair {
    /// Both records, when the reader may read both.
    pub fn both(&self) -> Option<(&Person, &Person)> {
        Some((self.left.person()?, self.right.person()?))
    }
    /// The latest decision, which is the one that counts.
    pub fn decision(&self) -> Option<&MatchDecision> {
        self.decisions.iter().max_by_key(|d| d.decided_at)
    }
}

/// One person's part in one case, as the strategic picture counts it. Only counts built
/// from these leave the store's callers; the ids are there so that the records of one
/// person held by several forces are counted once.
#[derive(Debug, Clone, Serialize)]
pub struct PartyFact {
    pub person: Uuid,
    pub case: Uuid,
    pub role: CaseRole,
    pub nationality: Option<String>,
    pub exploitation: Vec<ExploitationType>,
    /// The case's police force area (a `geo` force code).
    pub force_area: Option<String>,
}

#[async_trait]
pub trait Matching: Send + Sync {
    /// Every stored person, of every organisation, for the resolution job: a system read
    /// (no actor), audited as `system` with the count. Nothing read here is shown to anyone
    /// except through the methods below, which apply the policy.
    async fn people_for_matching(&self, purpose: &str) -> Result<Vec<Person>>;
    /// Phone numbers, email addresses and locations linked to people:
    /// (person, kind, value). No audit of its own: it goes with `people_for_matching`.
    async fn contacts_for_matching(&self) -> Result<Vec<(Uuid, EntityKind, String)>>;
    /// The people created or changed after `since` (a system read like
    /// `people_for_matching`, audited with the count), to keep an in-memory index current.
    async fn people_changed_since(
        &self,
        purpose: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<Person>>;
    /// Phone numbers, email addresses and locations linked to one person.
    async fn contacts_of_person(&self, person: Uuid) -> Result<Vec<(EntityKind, String)>>;

    /// Candidate pairs at or above `min_probability`: (left, right, probability).
    async fn strong_pairs(&self, min_probability: f64) -> Result<Vec<(Uuid, Uuid, f64)>>;
    /// Records as the reader may see them: shown, or only who holds them (records since
    /// disposed of are left out). What was shown and what was held is audited.
    async fn match_sides(&self, ctx: &Ctx, ids: &[Uuid]) -> Result<Vec<(Uuid, MatchSide)>>;
    /// Every person's part in every case, for the strategic picture's counts: only for
    /// roles that may see the picture ([`sightline_core::policy::may_see_picture`]); the
    /// read is audited as an aggregate (no record is shown to anyone).
    async fn picture_facts(&self, ctx: &Ctx) -> Result<Vec<PartyFact>>;

    /// Starts a run (refused while another started in the last hour is still running).
    async fn start_match_run(&self, by: Option<&Ctx>) -> Result<MatchRun>;
    async fn match_run_progress(&self, id: Uuid, stage: &str, done: i64, total: i64) -> Result<()>;
    /// Ends a run: in one transaction, undecided candidates found before the run started
    /// are replaced by `candidates`; decided pairs keep their decisions (their scores are
    /// refreshed). Audited as `system` with the counts.
    async fn finish_match_run(
        &self,
        id: Uuid,
        people: i64,
        candidates: Vec<NewCandidate>,
        groups: i64,
        model: Option<String>,
    ) -> Result<MatchRun>;
    async fn fail_match_run(&self, id: Uuid, message: &str) -> Result<()>;
    async fn latest_match_run(&self) -> Result<Option<MatchRun>>;
    /// The model (JSON) of the latest finished run, for checks on save.
    async fn latest_match_model(&self) -> Result<Option<String>>;
    /// Adds (or refreshes) pairs found by the duplicate check when a record is saved.
    async fn add_match_candidates(&self, found_by: &str, c: Vec<NewCandidate>) -> Result<usize>;
    /// Every pair's standing verdict (the latest decision): ids only, for clustering.
    async fn decided_pairs(&self) -> Result<Vec<(Uuid, Uuid, MatchVerdict)>>;

    /// Candidate pairs at or above `min_probability`, best first, that are undecided or
    /// whose decisions contradict; pairs the reader can see neither side of are left out.
    async fn match_queue(
        &self,
        ctx: &Ctx,
        min_probability: f64,
        limit: i64,
    ) -> Result<Vec<MatchPair>>;
    /// The candidate pairs of one person (whom the reader may read), decided or not.
    async fn person_matches(
        &self,
        ctx: &Ctx,
        person_id: Uuid,
        min_probability: f64,
    ) -> Result<Vec<MatchPair>>;
    async fn get_match(&self, ctx: &Ctx, a: Uuid, b: Uuid) -> Result<MatchPair>;
    /// Records a decision on a pair whose two records the actor may read, with a reason.
    async fn decide_match(
        &self,
        ctx: &Ctx,
        a: Uuid,
        b: Uuid,
        verdict: MatchVerdict,
        reason: &str,
    ) -> Result<MatchDecision>;
}

/// Which pairs' decisions contradict, and why. Two kinds: one pair decided both ways by
/// two people (each person's latest decision counts), and a pair decided "not the same" whose two records are joined by
/// a chain of "same" decisions (A=B, B=C, A≠C); the pairs on such a chain are flagged too.
pub fn contradictions(decisions: &[MatchDecision]) -> HashMap<(Uuid, Uuid), String> {
    let mut by_pair: BTreeMap<(Uuid, Uuid), Vec<&MatchDecision>> = BTreeMap::new();
    for d in decisions {
        by_pair.entry((d.left, d.right)).or_default().push(d);
    }
    let mut out = HashMap::new();
    let mut standing = Vec::new();
    for (pair, ds) in &by_pair {
        // Each person's latest word on the pair: someone changing their mind is not a
        // contradiction, two people disagreeing is.
        let mut per_person: BTreeMap<Uuid, &MatchDecision> = BTreeMap::new();
        for d in ds {
            let e = per_person.entry(d.decided_by).or_insert(d);
            if d.decided_at >= e.decided_at {
                *e = d;
            }
        }
        let names = |v: MatchVerdict| -> Vec<&str> {
            per_person
                .values()
                .filter(|d| d.verdict == v)
                .map(|d| d.decided_by_name.as_str())
                .collect()
        };
        let (same, diff) = (names(MatchVerdict::Same), names(MatchVerdict::Different));
        if !same.is_empty() && !diff.is_empty() {
            out.insert(
                *pair,
                format!(
                    "decided both ways: the same by {}, not the same by {}",
                    same.join(", "),
                    diff.join(", ")
                ),
            );
        }
        let latest = ds.iter().max_by_key(|d| d.decided_at).expect("non-empty");
        standing.push((*pair, latest.verdict));
    }
    // Union of the standing "same" decisions.
    let mut parent: HashMap<Uuid, Uuid> = HashMap::new();
    fn find(parent: &mut HashMap<Uuid, Uuid>, x: Uuid) -> Uuid {
        let p = *parent.entry(x).or_insert(x);
        if p == x {
            return x;
        }
        let r = find(parent, p);
        parent.insert(x, r);
        r
    }
    for ((a, b), v) in &standing {
        if *v == MatchVerdict::Same {
            let (ra, rb) = (find(&mut parent, *a), find(&mut parent, *b));
            if ra != rb {
                parent.insert(ra.max(rb), ra.min(rb));
            }
        }
    }
    let mut broken_groups = Vec::new();
    for ((a, b), v) in &standing {
        if *v == MatchVerdict::Different && find(&mut parent, *a) == find(&mut parent, *b) {
            out.entry((*a, *b)).or_insert_with(|| {
                "decided not the same, but other decisions say both are the same person as a third record".into()
            });
            broken_groups.push(find(&mut parent, *a));
        }
    }
    for ((a, b), v) in &standing {
        if *v == MatchVerdict::Same && broken_groups.contains(&find(&mut parent, *a)) {
            out.entry((*a, *b)).or_insert_with(|| {
                "decided the same, but a record in the same group was decided not the same as another".into()
            });
        }
    }
    out
}

macro_rules! impl_matching {
    ($store:ident) => {
        mod matching_impl {
            use super::*;
            use std::collections::HashMap;
            use crate::matching::{
                contradictions, pair_key, MatchDecision, MatchPair, MatchRun, MatchSide, MatchVerdict,
                Matching, NewCandidate, PartyFact, MATCH_RECORD,
            };

            /// A run left "running" for longer than this is taken to have died.
            const STALE_RUN_HOURS: i64 = 1;

            fn run_from(row: &DbRow) -> Result<MatchRun> {
                Ok(MatchRun {
                    id: row.try_get("id")?,
                    started_at: row.try_get("started_at")?,
                    finished_at: row.try_get("finished_at")?,
                    status: row.try_get("status")?,
                    stage: row.try_get("stage")?,
                    done: row.try_get("done")?,
                    total: row.try_get("total")?,
                    people: row.try_get("people")?,
                    candidates: row.try_get("candidates")?,
                    groups_found: row.try_get("groups_found")?,
                    message: row.try_get("message")?,
                    requested_by: row.try_get("requested_by")?,
                })
            }

            fn verdict(row: &DbRow) -> Result<MatchVerdict> {
                let v: String = row.try_get("verdict")?;
                v.parse::<MatchVerdict>().map_err(|_| {
                    StoreError::Database(sqlx::Error::Decode(format!("verdict '{v}' is not known").into()))
                })
            }

            fn decision_from(row: &DbRow) -> Result<MatchDecision> {
                Ok(MatchDecision {
                    id: row.try_get("id")?,
                    left: row.try_get("left_id")?,
                    right: row.try_get("right_id")?,
                    verdict: verdict(row)?,
                    reason: row.try_get("reason")?,
                    decided_by: row.try_get("decided_by")?,
                    decided_by_name: row.try_get("decided_by_name")?,
                    decided_at: row.try_get("decided_at")?,
                })
            }

            /// A candidate row, before the reader's view is made of it.
            struct Candidate {
                left: Uuid,
                right: Uuid,
                probability: f64,
                weight: f64,
                explanation: String,
                found_by: String,
                found_at: DateTime<Utc>,
            }

            fn candidate_from(row: &DbRow) -> Result<Candidate> {
                Ok(Candidate {
                    left: row.try_get("left_id")?,
                    right: row.try_get("right_id")?,
                    probability: row.try_get("probability")?,
                    weight: row.try_get("weight")?,
                    explanation: row.try_get("explanation")?,
                    found_by: row.try_get("found_by")?,
                    found_at: row.try_get("found_at")?,
                })
            }

            const DECISIONS_SQL: &str = "SELECT d.*, u.display_name AS decided_by_name FROM match_decisions d \
                 JOIN users u ON u.id = d.decided_by ORDER BY d.decided_at, d.id";

            async fn insert_candidates(tx: &mut Tx, found_by: &str, at: DateTime<Utc>, cs: &[NewCandidate]) -> Result<()> {
                for c in cs {
                    if c.left >= c.right {
                        return Err(StoreError::Config("a candidate pair must be stored smaller id first".into()));
                    }
                    sqlx::query(
                        "INSERT INTO match_candidates (left_id, right_id, probability, weight, explanation, found_by, found_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (left_id, right_id) DO UPDATE SET \
                         probability = excluded.probability, weight = excluded.weight, explanation = excluded.explanation, \
                         found_by = excluded.found_by, found_at = excluded.found_at",
                    )
                    .bind(c.left).bind(c.right).bind(c.probability).bind(c.weight).bind(c.explanation.to_string())
                    .bind(found_by).bind(at)
                    .execute(&mut **tx).await.map_err(|e| map_unique(e, "the candidate pair"))?;
                }
                Ok(())
            }

            impl $store {
                async fn all_decisions(&self) -> Result<Vec<MatchDecision>> {
                    let rows = sqlx::query(DECISIONS_SQL).fetch_all(&self.pool).await?;
                    rows.iter().map(decision_from).collect()
                }

                /// One side as the reader sees it (policy decided here, not by the caller).
                async fn side(&self, ctx: &Ctx, id: Uuid, people: &mut HashMap<Uuid, Option<Person>>, orgs: &mut HashMap<Uuid, String>) -> Result<Option<MatchSide>> {
                    if !people.contains_key(&id) {
                        let p = self.fetch_one_opt("people", id).await?.map(|row| person_from(&row)).transpose()?;
                        people.insert(id, p);
                    }
                    let Some(p) = people[&id].clone() else { return Ok(None) };
                    if check(&ctx.actor, &p.markings, Action::Read).is_ok() {
                        return Ok(Some(MatchSide::Shown(Box::new(p))));
                    }
                    let org = p.markings.owner_org;
                    if !orgs.contains_key(&org) {
                        let name = match self.get_org(org).await {
                            Ok(o) => o.name,
                            Err(StoreError::NotFound) => "another organisation".into(),
                            Err(e) => return Err(e),
                        };
                        orgs.insert(org, name);
                    }
                    Ok(Some(MatchSide::Held { org_name: orgs[&org].clone() }))
                }

                /// The reader's view of candidate rows; pairs they can see neither side of
                /// are dropped. The records shown (and the hints given) are audited.
                async fn pairs_view(
                    &self,
                    ctx: &Ctx,
                    rows: Vec<Candidate>,
                    keep: impl Fn(&Candidate, bool, bool) -> bool,
                    limit: usize,
                ) -> Result<Vec<MatchPair>> {
                    let decisions = self.all_decisions().await?;
                    let flags = contradictions(&decisions);
                    let mut by_pair: HashMap<(Uuid, Uuid), Vec<MatchDecision>> = HashMap::new();
                    for d in decisions {
                        by_pair.entry((d.left, d.right)).or_default().push(d);
                    }
                    let mut people = HashMap::new();
                    let mut orgs = HashMap::new();
                    let mut out = Vec::new();
                    let (mut shown, mut held) = (Vec::new(), Vec::new());
                    for c in rows {
                        let key = (c.left, c.right);
                        let decided = by_pair.contains_key(&key);
                        let flagged = flags.contains_key(&key);
                        if !keep(&c, decided, flagged) {
                            continue;
                        }
                        let (Some(left), Some(right)) = (
                            self.side(ctx, c.left, &mut people, &mut orgs).await?,
                            self.side(ctx, c.right, &mut people, &mut orgs).await?,
                        ) else { continue };
                        let both = left.person().is_some() && right.person().is_some();
                        if left.person().is_none() && right.person().is_none() {
                            continue;
                        }
                        for (side, id) in [(&left, c.left), (&right, c.right)] {
                            match side {
                                MatchSide::Shown(_) => shown.push(id.to_string()),
                                MatchSide::Held { .. } => held.push(id.to_string()),
                            }
                        }
                        out.push(MatchPair {
                            left,
                            right,
                            probability: c.probability,
                            weight: c.weight,
                            explanation: both.then(|| serde_json::from_str(&c.explanation).unwrap_or_default()),
                            found_by: c.found_by,
                            found_at: c.found_at,
                            decisions: if both { by_pair.remove(&key).unwrap_or_default() } else { vec![] },
                            contradiction: if both { flags.get(&key).cloned() } else { None },
                        });
                        if out.len() >= limit {
                            break;
                        }
                    }
                    if !out.is_empty() {
                        shown.sort();
                        shown.dedup();
                        held.sort();
                        held.dedup();
                        let mut detail = format!("{} pairs; {} shown: {}", out.len(), shown.len(), shown.join(" "));
                        if !held.is_empty() {
                            detail.push_str(&format!("; held by others, owner named only: {}", held.join(" ")));
                        }
                        self.audit(AuditEvent::by(ctx, "list", MATCH_RECORD, "", Outcome::Allowed).with_detail(detail)).await?;
                    }
                    Ok(out)
                }
            }

            #[async_trait]
            impl Matching for $store {
                async fn people_for_matching(&self, purpose: &str) -> Result<Vec<Person>> {
                    let rows = sqlx::query("SELECT * FROM people ORDER BY id").fetch_all(&self.pool).await?;
                    let people = rows.iter().map(person_from).collect::<Result<Vec<_>>>()?;
                    self.audit(AuditEvent::system("read_all", "person", "", format!("{} people read for {purpose}", people.len()))).await?;
                    Ok(people)
                }

                async fn contacts_for_matching(&self) -> Result<Vec<(Uuid, EntityKind, String)>> {
                    let rows = sqlx::query(
                        "SELECT l.from_id AS person_id, e.kind, e.value FROM links l JOIN entities e ON e.id = l.to_id \
                         WHERE l.from_type = 'person' AND l.to_type = 'entity' AND e.kind IN ('phone', 'email', 'location') \
                         UNION ALL \
                         SELECT l.to_id AS person_id, e.kind, e.value FROM links l JOIN entities e ON e.id = l.from_id \
                         WHERE l.to_type = 'person' AND l.from_type = 'entity' AND e.kind IN ('phone', 'email', 'location')",
                    )
                    .fetch_all(&self.pool).await?;
                    rows.iter().map(|r| Ok((r.try_get("person_id")?, parse::<EntityKind>(r, "kind")?, r.try_get("value")?))).collect()
                }

                async fn people_changed_since(&self, purpose: &str, since: DateTime<Utc>) -> Result<Vec<Person>> {
                    let rows = sqlx::query("SELECT * FROM people WHERE updated_at > $1 ORDER BY id")
                        .bind(since).fetch_all(&self.pool).await?;
                    let people = rows.iter().map(person_from).collect::<Result<Vec<_>>>()?;
                    if !people.is_empty() {
                        self.audit(AuditEvent::system("read_all", "person", "", format!("{} people read for {purpose}", people.len()))).await?;
                    }
                    Ok(people)
                }

                async fn contacts_of_person(&self, person: Uuid) -> Result<Vec<(EntityKind, String)>> {
                    let rows = sqlx::query(
                        "SELECT e.kind, e.value FROM links l JOIN entities e ON e.id = l.to_id \
                         WHERE l.from_type = 'person' AND l.from_id = $1 AND l.to_type = 'entity' AND e.kind IN ('phone', 'email', 'location') \
                         UNION ALL \
                         SELECT e.kind, e.value FROM links l JOIN entities e ON e.id = l.from_id \
                         WHERE l.to_type = 'person' AND l.to_id = $1 AND l.from_type = 'entity' AND e.kind IN ('phone', 'email', 'location')",
                    )
                    .bind(person).fetch_all(&self.pool).await?;
                    rows.iter().map(|r| Ok((parse::<EntityKind>(r, "kind")?, r.try_get("value")?))).collect()
                }

                async fn strong_pairs(&self, min_probability: f64) -> Result<Vec<(Uuid, Uuid, f64)>> {
                    let rows = sqlx::query("SELECT left_id, right_id, probability FROM match_candidates WHERE probability >= $1")
                        .bind(min_probability).fetch_all(&self.pool).await?;
                    rows.iter().map(|r| Ok((r.try_get("left_id")?, r.try_get("right_id")?, r.try_get("probability")?))).collect()
                }

                async fn match_sides(&self, ctx: &Ctx, ids: &[Uuid]) -> Result<Vec<(Uuid, MatchSide)>> {
                    let (mut people, mut orgs) = (HashMap::new(), HashMap::new());
                    let (mut shown, mut held, mut out) = (Vec::new(), Vec::new(), Vec::new());
                    for &id in ids {
                        let Some(side) = self.side(ctx, id, &mut people, &mut orgs).await? else { continue };
                        match side {
                            MatchSide::Shown(_) => shown.push(id.to_string()),
                            MatchSide::Held { .. } => held.push(id.to_string()),
                        }
                        out.push((id, side));
                    }
                    if !out.is_empty() {
                        let mut detail = format!("records of the same person; {} shown: {}", shown.len(), shown.join(" "));
                        if !held.is_empty() {
                            detail.push_str(&format!("; held by others, owner named only: {}", held.join(" ")));
                        }
                        self.audit(AuditEvent::by(ctx, "list", "person", "", Outcome::Allowed).with_detail(detail)).await?;
                    }
                    Ok(out)
                }

                async fn picture_facts(&self, ctx: &Ctx) -> Result<Vec<PartyFact>> {
                    if !sightline_core::policy::may_see_picture(&ctx.actor) {
                        self.audit(AuditEvent::by(ctx, "aggregate", "case_party", "", Outcome::Denied)
                            .with_detail("the strategic picture is for analysts")).await?;
                        return Err(StoreError::Forbidden("the strategic picture is for national and force analysts"));
                    }
                    let rows = sqlx::query(
                        "SELECT cp.person_id, cp.case_id, cp.role, p.nationality, c.exploitation_types, c.details \
                         FROM case_parties cp JOIN people p ON p.id = cp.person_id JOIN cases c ON c.id = cp.case_id \
                         ORDER BY cp.case_id, cp.person_id, cp.role",
                    )
                    .fetch_all(&self.pool).await?;
                    let facts = rows.iter().map(|r| {
                        let types: Json<Vec<ExploitationType>> = r.try_get("exploitation_types")?;
                        let details: sightline_core::CaseDetails = details_from(r)?;
                        Ok(PartyFact {
                            person: r.try_get("person_id")?,
                            case: r.try_get("case_id")?,
                            role: parse::<CaseRole>(r, "role")?,
                            nationality: r.try_get("nationality")?,
                            exploitation: types.0,
                            force_area: details.force_area,
                        })
                    }).collect::<Result<Vec<_>>>()?;
                    self.audit(AuditEvent::by(ctx, "aggregate", "case_party", "", Outcome::Allowed)
                        .with_detail(format!("{} parts in cases counted for the strategic picture; no record shown", facts.len()))).await?;
                    Ok(facts)
                }

                async fn start_match_run(&self, by: Option<&Ctx>) -> Result<MatchRun> {
                    if let Some(ctx) = by {
                        if matches!(ctx.actor.role, Role::Trainer | Role::Learner) {
                            self.audit(AuditEvent::by(ctx, "match_run", "match_run", "", Outcome::Denied)).await?;
                            return Err(StoreError::Forbidden("your role does not give access to operational records"));
                        }
                    }
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    let busy = sqlx::query("SELECT id FROM match_runs WHERE status = 'running' AND started_at > $1")
                        .bind(now - chrono::Duration::hours(STALE_RUN_HOURS))
                        .fetch_optional(&mut *tx).await?;
                    if busy.is_some() {
                        return Err(StoreError::Conflict("a matching run is already in progress".into()));
                    }
                    // A run that died without finishing is marked so, not left running.
                    sqlx::query("UPDATE match_runs SET status = 'failed', message = 'stopped without finishing' WHERE status = 'running'")
                        .execute(&mut *tx).await?;
                    let run = MatchRun {
                        id: new_id(),
                        started_at: now,
                        finished_at: None,
                        status: "running".into(),
                        stage: "starting".into(),
                        done: 0,
                        total: 0,
                        people: 0,
                        candidates: 0,
                        groups_found: 0,
                        message: String::new(),
                        requested_by: by.map(|c| c.actor.user_id),
                    };
                    sqlx::query(
                        "INSERT INTO match_runs (id, started_at, status, stage, done, total, people, candidates, groups_found, message, requested_by) \
                         VALUES ($1, $2, $3, $4, 0, 0, 0, 0, 0, '', $5)",
                    )
                    .bind(run.id).bind(now).bind(&run.status).bind(&run.stage).bind(run.requested_by)
                    .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by_or_system(by, "match_run_start", "match_run", run.id)).await?;
                    tx.commit().await?;
                    Ok(run)
                }

                async fn match_run_progress(&self, id: Uuid, stage: &str, done: i64, total: i64) -> Result<()> {
                    sqlx::query("UPDATE match_runs SET stage = $1, done = $2, total = $3 WHERE id = $4 AND status = 'running'")
                        .bind(stage).bind(done).bind(total).bind(id).execute(&self.pool).await?;
                    Ok(())
                }

                async fn finish_match_run(&self, id: Uuid, people: i64, candidates: Vec<NewCandidate>, groups: i64, model: Option<String>) -> Result<MatchRun> {
                    let row = self.fetch_one_opt("match_runs", id).await?.ok_or(StoreError::NotFound)?;
                    let started: DateTime<Utc> = row.try_get("started_at")?;
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    let gone = sqlx::query(
                        "DELETE FROM match_candidates WHERE found_at < $1 AND NOT EXISTS (SELECT 1 FROM match_decisions d \
                         WHERE d.left_id = match_candidates.left_id AND d.right_id = match_candidates.right_id)",
                    )
                    .bind(started).execute(&mut *tx).await?.rows_affected();
                    insert_candidates(&mut tx, "run", now, &candidates).await?;
                    sqlx::query(
                        "UPDATE match_runs SET status = 'done', stage = 'finished', finished_at = $1, people = $2, candidates = $3, \
                         groups_found = $4, model = $5 WHERE id = $6",
                    )
                    .bind(now).bind(people).bind(candidates.len() as i64).bind(groups).bind(&model).bind(id)
                    .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::system("match_run", "match_run", id, format!(
                        "{people} people compared; {} candidate pairs stored, {gone} undecided pairs replaced; {groups} groups", candidates.len()
                    ))).await?;
                    tx.commit().await?;
                    run_from(&self.fetch_one_opt("match_runs", id).await?.ok_or(StoreError::NotFound)?)
                }

                async fn fail_match_run(&self, id: Uuid, message: &str) -> Result<()> {
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE match_runs SET status = 'failed', finished_at = $1, message = $2 WHERE id = $3")
                        .bind(now()).bind(message).bind(id).execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent { outcome: Outcome::Failed, ..AuditEvent::system("match_run", "match_run", id, message) }).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn latest_match_run(&self) -> Result<Option<MatchRun>> {
                    let row = sqlx::query("SELECT * FROM match_runs ORDER BY started_at DESC LIMIT 1").fetch_optional(&self.pool).await?;
                    row.as_ref().map(run_from).transpose()
                }

                async fn latest_match_model(&self) -> Result<Option<String>> {
                    let row = sqlx::query("SELECT model FROM match_runs WHERE status = 'done' AND model IS NOT NULL ORDER BY started_at DESC LIMIT 1")
                        .fetch_optional(&self.pool).await?;
                    Ok(match row { Some(r) => r.try_get("model")?, None => None })
                }

                async fn add_match_candidates(&self, found_by: &str, cs: Vec<NewCandidate>) -> Result<usize> {
                    if cs.is_empty() {
                        return Ok(0);
                    }
                    let mut tx = self.begin_write().await?;
                    insert_candidates(&mut tx, found_by, now(), &cs).await?;
                    let ids: Vec<String> = cs.iter().map(|c| format!("{}:{}", c.left, c.right)).collect();
                    append(&mut tx, AuditEvent::system("match_found", MATCH_RECORD, "", format!("{} pairs by {found_by}: {}", cs.len(), ids.join(" ")))).await?;
                    tx.commit().await?;
                    Ok(cs.len())
                }

                async fn decided_pairs(&self) -> Result<Vec<(Uuid, Uuid, MatchVerdict)>> {
                    let mut standing: HashMap<(Uuid, Uuid), MatchVerdict> = HashMap::new();
                    // In time order, so the latest decision on a pair is the one kept.
                    for d in self.all_decisions().await? {
                        standing.insert((d.left, d.right), d.verdict);
                    }
                    let mut out: Vec<_> = standing.into_iter().map(|((a, b), v)| (a, b, v)).collect();
                    out.sort_by_key(|&(a, b, _)| (a, b));
                    Ok(out)
                }

                async fn match_queue(&self, ctx: &Ctx, min_probability: f64, limit: i64) -> Result<Vec<MatchPair>> {
                    let rows = sqlx::query("SELECT * FROM match_candidates WHERE probability >= $1 ORDER BY probability DESC, left_id, right_id")
                        .bind(min_probability).fetch_all(&self.pool).await?;
                    let rows = rows.iter().map(candidate_from).collect::<Result<Vec<_>>>()?;
                    self.pairs_view(ctx, rows, |_, decided, flagged| !decided || flagged, limit.max(1) as usize).await
                }

                async fn person_matches(&self, ctx: &Ctx, person_id: Uuid, min_probability: f64) -> Result<Vec<MatchPair>> {
                    let rows = sqlx::query(
                        "SELECT * FROM match_candidates WHERE (left_id = $1 OR right_id = $1) AND probability >= $2 ORDER BY probability DESC LIMIT 50",
                    )
                    .bind(person_id).bind(min_probability).fetch_all(&self.pool).await?;
                    let rows = rows.iter().map(candidate_from).collect::<Result<Vec<_>>>()?;
                    self.pairs_view(ctx, rows, |_, _, _| true, 50).await
                }

                async fn get_match(&self, ctx: &Ctx, a: Uuid, b: Uuid) -> Result<MatchPair> {
                    let (l, r) = pair_key(a, b);
                    let row = sqlx::query("SELECT * FROM match_candidates WHERE left_id = $1 AND right_id = $2")
                        .bind(l).bind(r).fetch_optional(&self.pool).await?;
                    let c = candidate_from(&row.ok_or(StoreError::NotFound)?)?;
                    self.pairs_view(ctx, vec![c], |_, _, _| true, 1).await?.pop().ok_or(StoreError::NotFound)
                }

                async fn decide_match(&self, ctx: &Ctx, a: Uuid, b: Uuid, verdict: MatchVerdict, reason: &str) -> Result<MatchDecision> {
                    let (l, r) = pair_key(a, b);
                    if l == r {
                        return Err(sightline_core::ValidationError::new("pair", "a record cannot be matched with itself").into());
                    }
                    let key = format!("{l}:{r}");
                    for id in [l, r] {
                        let p = person_from(&self.fetch_one_opt("people", id).await?.ok_or(StoreError::NotFound)?)?;
                        if let Err(e) = check(&ctx.actor, &p.markings, Action::Read) {
                            let why = match &e { StoreError::Forbidden(r) => *r, _ => "" };
                            self.audit(AuditEvent::by(ctx, "match_decide", MATCH_RECORD, &key, Outcome::Denied).with_detail(why)).await?;
                            return Err(StoreError::Forbidden("you can decide only on pairs whose two records you may read"));
                        }
                    }
                    if ctx.actor.role == Role::Admin {
                        self.audit(AuditEvent::by(ctx, "match_decide", MATCH_RECORD, &key, Outcome::Denied).with_detail("administrators do not decide on records")).await?;
                        return Err(StoreError::Forbidden("administrators cannot create or change case records"));
                    }
                    let reason = reason.trim();
                    if reason.is_empty() || reason.chars().count() > 2000 {
                        return Err(sightline_core::ValidationError::new("reason", "say why, in up to 2000 characters").into());
                    }
                    let d = MatchDecision {
                        id: new_id(),
                        left: l,
                        right: r,
                        verdict,
                        reason: reason.to_string(),
                        decided_by: ctx.actor.user_id,
                        decided_by_name: self.get_user(ctx.actor.user_id).await.map(|u| u.display_name).unwrap_or_else(|_| ctx.actor.username.clone()),
                        decided_at: now(),
                    };
                    let mut tx = self.begin_write().await?;
                    sqlx::query(
                        "INSERT INTO match_decisions (id, left_id, right_id, verdict, reason, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(d.id).bind(l).bind(r).bind(verdict.code()).bind(&d.reason).bind(d.decided_by).bind(d.decided_at)
                    .execute(&mut *tx).await.map_err(|e| map_unique(e, "the decision"))?;
                    append(&mut tx, AuditEvent::by(ctx, "match_decide", MATCH_RECORD, &key, Outcome::Allowed)
                        .with_detail(format!("{}: {}", verdict.code(), d.reason))).await?;
                    tx.commit().await?;
                    Ok(d)
                }
            }
        }
    };
}

pub(crate) use impl_matching;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: u128, b: u128, v: MatchVerdict, by: &str, t: i64) -> MatchDecision {
        let (left, right) = pair_key(Uuid::from_u128(a), Uuid::from_u128(b));
        MatchDecision {
            id: Uuid::from_u128(1000 + t as u128),
            left,
            right,
            verdict: v,
            reason: "x".into(),
            decided_by: Uuid::from_u128(by.len() as u128),
            decided_by_name: by.into(),
            decided_at: DateTime::from_timestamp(t, 0).unwrap(),
        }
    }

    #[test]
    fn flags_chains_and_disagreements() {
        use MatchVerdict::*;
        let k = |a: u128, b: u128| pair_key(Uuid::from_u128(a), Uuid::from_u128(b));
        // A=B, B=C, A≠C: all three flagged. D=E alone: not flagged.
        let f = contradictions(&[
            d(1, 2, Same, "x", 1),
            d(2, 3, Same, "x", 2),
            d(1, 3, Different, "y", 3),
            d(4, 5, Same, "x", 4),
        ]);
        assert!(f.contains_key(&k(1, 3)) && f.contains_key(&k(1, 2)) && f.contains_key(&k(2, 3)));
        assert!(!f.contains_key(&k(4, 5)));
        // One pair decided both ways by two people.
        let f = contradictions(&[d(6, 7, Same, "ann", 1), d(6, 7, Different, "bobby", 2)]);
        assert!(f[&k(6, 7)].contains("ann") && f[&k(6, 7)].contains("bobby"));
        // One person changing their mind is not a contradiction.
        assert!(
            contradictions(&[d(6, 7, Same, "ann", 1), d(6, 7, Different, "ann", 2)]).is_empty()
        );
        assert!(contradictions(&[d(8, 9, Different, "x", 1)]).is_empty());
    }
}
