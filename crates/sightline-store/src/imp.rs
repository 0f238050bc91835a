//! The one implementation of [`crate::Store`], written once and instantiated per backend.
//!
//! The SQL here is portable between SQLite and PostgreSQL: `$n` placeholders (SQLite
//! accepts them), `RETURNING`, `ON CONFLICT`. What differs per backend (how a write
//! transaction begins, the column types in the migrations) lives in `sqlite.rs` and
//! `postgres.rs`. The macro keeps one copy of the logic without the trait-bound maze
//! that generic sqlx code needs.

use sightline_core::{Action, Actor, Decision, Markings};

use crate::StoreError;

/// Applies the policy; a denial becomes `StoreError::Forbidden` with its reason.
pub(crate) fn check(actor: &Actor, markings: &Markings, action: Action) -> Result<(), StoreError> {
    match sightline_core::decide(actor, markings, action) {
        Decision::Allow => Ok(()),
        Decision::Deny(reason) => Err(StoreError::Forbidden(reason)),
    }
}

/// The current time at the precision both backends store (microseconds), so a record
/// reads back exactly as it was written.
pub(crate) fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}

/// How many rows a list reads per round while it filters by policy.
pub(crate) const LIST_BATCH: i64 = 500;

macro_rules! impl_store {
    ($store:ident, $db:ty, $backend:literal) => {
        use async_trait::async_trait;
        use chrono::{DateTime, NaiveDate, Utc};
        use sightline_core::{
            new_id, Action, Case, CaseRole, CaseStatus, Classification, Confidence, Entity,
            EntityKind, ExploitationType, Gender, HandlingCode, IntelAssessment, IntelReport, Link,
            LinkType, Markings, NewCase, NewEntity, NewIntelReport, NewLink, NewOrganisation,
            NewPerson, NodeRef, NodeType, OrgType, Organisation, Person, Provenance, Role,
            SourceEvaluation,
        };
        use sqlx::types::Json;
        use sqlx::Row as _;
        use uuid::Uuid;

        use crate::audit::{format_time, AuditEntry, AuditEvent, AuditFilter, ChainCheck, Outcome, VerifyReport};
        use crate::imp::{check, now, LIST_BATCH};
        use crate::{ApiToken, Ctx, ImportBatch, Linked, Node, SameEntity, ImportKind, ImportOutcome, ImportRows, NewUser, RecordImport, Result, Session, Store, StoreError, Team, User};

        type DbRow = <$db as sqlx::Database>::Row;
        type Tx = sqlx::Transaction<'static, $db>;

        fn parse<T: std::str::FromStr>(row: &DbRow, col: &str) -> Result<T> {
            let s: String = row.try_get(col)?;
            s.parse::<T>().map_err(|_| {
                StoreError::Database(sqlx::Error::Decode(
                    format!("column {col} holds '{s}', which is not a known value").into(),
                ))
            })
        }

        fn markings_from(row: &DbRow) -> Result<Markings> {
            Ok(Markings {
                classification: parse::<Classification>(row, "classification")?,
                handling_code: parse::<HandlingCode>(row, "handling_code")?,
                handling_conditions: row.try_get("handling_conditions")?,
                owner_org: row.try_get("owner_org")?,
                case_team: row.try_get("case_team")?,
            })
        }

        fn provenance_from(row: &DbRow) -> Result<Provenance> {
            // Only some tables have the import columns; elsewhere they are absent.
            Ok(Provenance {
                created_at: row.try_get("created_at")?,
                created_by: row.try_get("created_by")?,
                updated_at: row.try_get("updated_at")?,
                source: row.try_get("source").unwrap_or(None),
                source_id: row.try_get("source_id").unwrap_or(None),
                batch_id: row.try_get("batch_id").unwrap_or(None),
            })
        }

        fn person_from(row: &DbRow) -> Result<Person> {
            Ok(Person {
                id: row.try_get("id")?,
                given_name: row.try_get("given_name")?,
                family_name: row.try_get("family_name")?,
                date_of_birth: row.try_get("date_of_birth")?,
                gender: parse::<Gender>(row, "gender")?,
                nationality: row.try_get("nationality")?,
                notes: row.try_get("notes")?,
                details: details_from(row)?,
                markings: markings_from(row)?,
                provenance: provenance_from(row)?,
            })
        }

        /// A record's `details` column (JSON text); unknown fields are ignored, missing ones default.
        fn details_from<T: serde::de::DeserializeOwned>(row: &DbRow) -> Result<T> {
            let text: String = row.try_get("details")?;
            serde_json::from_str(&text).map_err(|e| StoreError::Config(format!("stored details: {e}")))
        }

        fn details_json<T: serde::Serialize>(d: &T) -> Result<String> {
            serde_json::to_string(d).map_err(|e| StoreError::Config(e.to_string()))
        }

        fn case_from(row: &DbRow) -> Result<Case> {
            let types: Json<Vec<ExploitationType>> = row.try_get("exploitation_types")?;
            Ok(Case {
                id: row.try_get("id")?,
                reference: row.try_get("reference")?,
                title: row.try_get("title")?,
                summary: row.try_get("summary")?,
                status: parse::<CaseStatus>(row, "status")?,
                exploitation_types: types.0,
                details: details_from(row)?,
                markings: markings_from(row)?,
                provenance: provenance_from(row)?,
            })
        }

        fn intel_from(row: &DbRow) -> Result<IntelReport> {
            Ok(IntelReport {
                id: row.try_get("id")?,
                title: row.try_get("title")?,
                narrative: row.try_get("narrative")?,
                source_evaluation: parse::<SourceEvaluation>(row, "source_evaluation")?,
                intelligence_assessment: parse::<IntelAssessment>(row, "intelligence_assessment")?,
                information_date: row.try_get::<Option<NaiveDate>, _>("information_date")?,
                details: details_from(row)?,
                markings: markings_from(row)?,
                provenance: provenance_from(row)?,
            })
        }

        fn entity_from(row: &DbRow) -> Result<Entity> {
            Ok(Entity {
                id: row.try_get("id")?,
                kind: parse::<EntityKind>(row, "kind")?,
                value: row.try_get("value")?,
                normalised: row.try_get("normalised")?,
                details: row.try_get("details")?,
                markings: markings_from(row)?,
                provenance: provenance_from(row)?,
            })
        }

        fn node_ref(row: &DbRow, end: &str) -> Result<NodeRef> {
            let t: String = row.try_get(format!("{end}_type").as_str())?;
            let node_type = NodeType::parse(&t).ok_or_else(|| {
                StoreError::Database(sqlx::Error::Decode(format!("link end type '{t}' is not known").into()))
            })?;
            Ok(NodeRef { node_type, id: row.try_get(format!("{end}_id").as_str())? })
        }

        fn link_from(row: &DbRow) -> Result<Link> {
            Ok(Link {
                id: row.try_get("id")?,
                from: node_ref(row, "from")?,
                to: node_ref(row, "to")?,
                link_type: parse::<LinkType>(row, "link_type")?,
                date_from: row.try_get("date_from")?,
                date_to: row.try_get("date_to")?,
                source: row.try_get("source")?,
                confidence: parse::<Confidence>(row, "confidence")?,
                markings: markings_from(row)?,
                // `links.source` is where the link is known from; an import source only
                // for an imported link (one with a source id).
                provenance: match provenance_from(row)? {
                    p if p.source_id.is_some() => p,
                    p => Provenance { source: None, ..p },
                },
            })
        }

        fn org_from(row: &DbRow) -> Result<Organisation> {
            Ok(Organisation {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                org_type: parse::<OrgType>(row, "org_type")?,
                created_at: row.try_get("created_at")?,
            })
        }

        fn user_from(row: &DbRow) -> Result<User> {
            Ok(User {
                id: row.try_get("id")?,
                username: row.try_get("username")?,
                display_name: row.try_get("display_name")?,
                role: parse::<Role>(row, "role")?,
                org_id: row.try_get("org_id")?,
                password_hash: row.try_get("password_hash")?,
                totp_secret: row.try_get("totp_secret")?,
                totp_required: row.try_get("totp_required")?,
                disabled: row.try_get("disabled")?,
                created_at: row.try_get("created_at")?,
            })
        }

        fn token_from(r: &DbRow) -> Result<ApiToken> {
            Ok(ApiToken {
                id: r.try_get("id")?,
                user_id: r.try_get("user_id")?,
                name: r.try_get("name")?,
                token_hash: r.try_get("token_hash")?,
                created_at: r.try_get("created_at")?,
                last_used_at: r.try_get("last_used_at")?,
                revoked_at: r.try_get("revoked_at")?,
            })
        }

        fn team_from(row: &DbRow) -> Result<Team> {
            Ok(Team {
                id: row.try_get("id")?,
                name: row.try_get("name")?,
                org_id: row.try_get("org_id")?,
                created_at: row.try_get("created_at")?,
            })
        }

        fn session_from(row: &DbRow) -> Result<Session> {
            Ok(Session {
                id: row.try_get("id")?,
                user_id: row.try_get("user_id")?,
                csrf_token: row.try_get("csrf_token")?,
                mfa_ok: row.try_get("mfa_ok")?,
                created_at: row.try_get("created_at")?,
                last_seen_at: row.try_get("last_seen_at")?,
            })
        }

        fn audit_from(row: &DbRow) -> Result<AuditEntry> {
            Ok(AuditEntry {
                seq: row.try_get("seq")?,
                id: row.try_get("id")?,
                at: row.try_get("at")?,
                actor_id: row.try_get("actor_id")?,
                actor_name: row.try_get("actor_name")?,
                org_id: row.try_get("org_id")?,
                action: row.try_get("action")?,
                record_type: row.try_get("record_type")?,
                record_id: row.try_get("record_id")?,
                purpose: row.try_get("purpose")?,
                outcome: row.try_get("outcome")?,
                detail: row.try_get("detail")?,
                prev_hash: row.try_get("prev_hash")?,
                hash: row.try_get("hash")?,
            })
        }

        /// Appends an entry to the chain inside `tx`. The head row's update takes the
        /// write lock on the chain, so concurrent writers line up and never fork it.
        async fn append(tx: &mut Tx, ev: AuditEvent) -> Result<()> {
            let row = sqlx::query("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
                .fetch_one(&mut **tx)
                .await?;
            let mut e = AuditEntry {
                seq: row.try_get("seq")?,
                id: new_id(),
                at: format_time(now()),
                actor_id: ev.actor_id,
                actor_name: ev.actor_name,
                org_id: ev.org_id,
                action: ev.action,
                record_type: ev.record_type,
                record_id: ev.record_id,
                purpose: ev.purpose,
                outcome: ev.outcome.code().to_string(),
                detail: ev.detail,
                prev_hash: row.try_get("hash")?,
                hash: String::new(),
            };
            e.hash = e.compute_hash();
            sqlx::query(
                "INSERT INTO audit_log (seq, id, at, actor_id, actor_name, org_id, action, record_type, \
                 record_id, purpose, outcome, detail, prev_hash, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            )
            .bind(e.seq)
            .bind(e.id)
            .bind(&e.at)
            .bind(e.actor_id)
            .bind(&e.actor_name)
            .bind(e.org_id)
            .bind(&e.action)
            .bind(&e.record_type)
            .bind(&e.record_id)
            .bind(&e.purpose)
            .bind(&e.outcome)
            .bind(&e.detail)
            .bind(&e.prev_hash)
            .bind(&e.hash)
            .execute(&mut **tx)
            .await?;
            sqlx::query("UPDATE audit_head SET hash = $1 WHERE id = 1")
                .bind(&e.hash)
                .execute(&mut **tx)
                .await?;
            Ok(())
        }

        /// Writes a new intelligence report and its audit entry inside `tx`.
        async fn insert_intel(tx: &mut Tx, ctx: &Ctx, report: &IntelReport) -> Result<()> {
            let m = &report.markings;
            let now = report.provenance.created_at;
            sqlx::query(
                "INSERT INTO intel_reports (id, title, narrative, source_evaluation, intelligence_assessment, information_date, \
                 classification, handling_code, handling_conditions, owner_org, case_team, created_at, created_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            )
            .bind(report.id).bind(&report.title).bind(&report.narrative)
            .bind(report.source_evaluation.code()).bind(report.intelligence_assessment.code()).bind(report.information_date)
            .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
            .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
            .execute(&mut **tx).await.map_err(|e| map_unique(e, "the intelligence report"))?;
            append(tx, AuditEvent::by(ctx, "create", "intel", report.id, Outcome::Allowed).with_detail(report.grade())).await
        }

        /// Writes a new case and its audit entry inside `tx`.
        async fn insert_case(tx: &mut Tx, ctx: &Ctx, case: &Case) -> Result<()> {
            let m = &case.markings;
            let now = case.provenance.created_at;
            sqlx::query(
                "INSERT INTO cases (id, reference, title, summary, status, exploitation_types, \
                 classification, handling_code, handling_conditions, owner_org, case_team, created_at, created_by, updated_at, details) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
            )
            .bind(case.id).bind(&case.reference).bind(&case.title).bind(&case.summary).bind(case.status.code())
            .bind(Json(&case.exploitation_types))
            .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
            .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
            .bind(details_json(&case.details)?)
            .execute(&mut **tx).await.map_err(|e| map_unique(e, "the case"))?;
            append(tx, AuditEvent::by(ctx, "create", "case", case.id, Outcome::Allowed).with_detail(&case.reference)).await
        }

        fn batch_from(row: &DbRow) -> Result<ImportBatch> {
            Ok(ImportBatch {
                id: row.try_get("id")?,
                kind: row.try_get("kind")?,
                source: row.try_get("source")?,
                file_name: row.try_get("file_name")?,
                owner_org: row.try_get("owner_org")?,
                created_by: row.try_get("created_by")?,
                created_at: row.try_get("created_at")?,
                status: row.try_get("status")?,
                written: row.try_get("written")?,
                existing: row.try_get("existing")?,
                rejected: row.try_get("rejected")?,
                rolled_back_at: row.try_get("rolled_back_at")?,
            })
        }

        /// An import in progress: one transaction from the first row to the commit, so a
        /// failure or an abandoned import leaves nothing behind.
        pub struct ImportTx {
            tx: Tx,
            ctx: Ctx,
            kind: ImportKind,
            batch: ImportBatch,
        }

        impl ImportTx {
            /// People are written in bulk (see import.rs); returns how many were new.
            async fn add_people(&mut self, mut rows: Vec<crate::ImportPerson>) -> Result<i64> {
                // Every row is checked here as before; the markings are usually the same
                // from row to row, so they are checked again only when they change.
                let mut checked: Option<Markings> = None;
                for r in rows.iter_mut() {
                    r.person.validate()?;
                    if checked.as_ref() != Some(&r.markings) {
                        r.markings.validate()?;
                        check(&self.ctx.actor, &r.markings, Action::Create)?;
                        checked = Some(r.markings.clone());
                    }
                }
                // Rows already present are skipped.
                let shared = crate::import::Shared { batch: &self.batch, created_by: self.ctx.actor.user_id, now: now() };
                let written = <$db as crate::import::BulkPeople>::insert_people(&mut *self.tx, &shared, &rows)
                    .await.map_err(|e| map_unique(e, "the person"))? as i64;
                Ok(written)
            }
        }

        #[async_trait]
        impl RecordImport for ImportTx {
            fn batch_id(&self) -> Uuid {
                self.batch.id
            }

            fn kind(&self) -> ImportKind {
                self.kind
            }

            async fn add(&mut self, rows: ImportRows) -> Result<ImportOutcome> {
                if rows.kind() != self.kind {
                    return Err(StoreError::Config(format!(
                        "{} rows cannot go into an import of {}", rows.kind().code(), self.kind.plural()
                    )));
                }
                let n = rows.len() as i64;
                let written = match rows {
                    ImportRows::People(rows) => self.add_people(rows).await?,
                    ImportRows::Cases(rows) => import_cases(&mut self.tx, &self.ctx, &self.batch, rows).await?,
                    ImportRows::Intel(rows) => import_intel(&mut self.tx, &self.ctx, &self.batch, rows).await?,
                    ImportRows::Links(rows) => import_links(&mut self.tx, &self.ctx, &self.batch, rows).await?,
                };
                let out = ImportOutcome { written, existing: n - written };
                self.batch.written += out.written;
                self.batch.existing += out.existing;
                Ok(out)
            }

            async fn commit(mut self: Box<Self>, rejected: i64) -> Result<ImportBatch> {
                self.batch.rejected = rejected;
                self.batch.status = "committed".into();
                sqlx::query("UPDATE import_batches SET status = $1, written = $2, existing = $3, rejected = $4 WHERE id = $5")
                    .bind(&self.batch.status).bind(self.batch.written).bind(self.batch.existing).bind(rejected).bind(self.batch.id)
                    .execute(&mut *self.tx).await?;
                let b = &self.batch;
                let ev = AuditEvent::by(&self.ctx, "import", "import_batch", b.id, Outcome::Allowed).with_detail(format!(
                    "{} {} from '{}' ({}): {} written, {} already present, {} rejected",
                    b.written + b.existing, self.kind.plural(), b.source, b.file_name, b.written, b.existing, b.rejected
                ));
                append(&mut self.tx, ev).await?;
                let batch = self.batch.clone();
                self.tx.commit().await?;
                Ok(batch)
            }
        }

        impl $store {
            /// Gives entities stored before match keys existed their key (see migration
            /// 0017): once, when the store opens, in one transaction.
            async fn backfill_match_keys(&self) -> Result<()> {
                let rows = sqlx::query("SELECT id, kind, normalised FROM entities WHERE match_key = ''")
                    .fetch_all(&self.pool).await?;
                if rows.is_empty() {
                    return Ok(());
                }
                let mut tx = self.begin_write().await?;
                for r in &rows {
                    let id: Uuid = r.try_get("id")?;
                    let kind = parse::<EntityKind>(r, "kind")?;
                    let normalised: String = r.try_get("normalised")?;
                    sqlx::query("UPDATE entities SET match_key = $1 WHERE id = $2")
                        .bind(sightline_core::match_key(kind, &normalised)).bind(id)
                        .execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Ok(())
            }

            /// Records the outcome of a policy check: a denial is audited and returned.
            async fn gate(&self, ctx: &Ctx, m: &Markings, action: Action, kind: &str, id: Uuid) -> Result<()> {
                if let Err(e) = check(&ctx.actor, m, action) {
                    let reason = match &e { StoreError::Forbidden(r) => *r, _ => "" };
                    self.audit(AuditEvent::by(ctx, action.code(), kind, id, Outcome::Denied).with_detail(reason)).await?;
                    return Err(e);
                }
                Ok(())
            }

            /// Reads rows newest first in batches, keeping those the actor may read.
            async fn visible<T, F>(&self, ctx: &Ctx, table: &str, limit: i64, from: F) -> Result<Vec<T>>
            where
                F: Fn(&DbRow) -> Result<T>,
                T: HasMarkings,
            {
                self.visible_where(ctx, table, "", None, limit, from).await
            }

            /// Like [`visible`], for the rows that also meet `cond` (SQL beginning with
            /// ` AND`, which may use `$3`, bound to `arg`).
            async fn visible_where<T, F>(&self, ctx: &Ctx, table: &str, cond: &str, arg: Option<&str>, limit: i64, from: F) -> Result<Vec<T>>
            where
                F: Fn(&DbRow) -> Result<T>,
                T: HasMarkings,
            {
                let mut out = Vec::new();
                let mut cursor: Option<Uuid> = None;
                let sql = format!(
                    "SELECT * FROM {table} WHERE ($1 IS NULL OR id < $1){cond} ORDER BY id DESC LIMIT $2"
                );
                loop {
                    let mut q = sqlx::query(&sql).bind(cursor).bind(LIST_BATCH);
                    if let Some(a) = arg {
                        q = q.bind(a);
                    }
                    let rows = q.fetch_all(&self.pool).await?;
                    let n = rows.len() as i64;
                    for row in &rows {
                        let rec = from(row)?;
                        cursor = Some(rec.id());
                        if check(&ctx.actor, rec.markings(), Action::Read).is_ok() {
                            out.push(rec);
                            if out.len() as i64 >= limit {
                                return Ok(out);
                            }
                        }
                    }
                    if n < LIST_BATCH {
                        return Ok(out);
                    }
                }
            }

            /// Keeps what the reader may read and audits the list (when not empty).
            async fn readable_listed<T: HasMarkings>(&self, ctx: &Ctx, kind: &str, items: Vec<T>) -> Result<Vec<T>> {
                let out: Vec<T> = items.into_iter().filter(|x| check(&ctx.actor, x.markings(), Action::Read).is_ok()).collect();
                if !out.is_empty() {
                    self.audit_list(ctx, kind, &out).await?;
                }
                Ok(out)
            }

            async fn audit_list<T: HasMarkings>(&self, ctx: &Ctx, kind: &str, items: &[T]) -> Result<()> {
                let ids: Vec<String> = items.iter().map(|r| r.id().to_string()).collect();
                let ev = AuditEvent::by(ctx, "list", kind, "", Outcome::Allowed)
                    .with_detail(format!("{} shown: {}", ids.len(), ids.join(" ")));
                self.audit(ev).await
            }

            async fn fetch_one_opt(&self, table: &str, id: Uuid) -> Result<Option<DbRow>> {
                let sql = format!("SELECT * FROM {table} WHERE id = $1");
                Ok(sqlx::query(&sql).bind(id).fetch_optional(&self.pool).await?)
            }

            /// A link's end if the actor may read it (no audit: the caller audits what it shows).
            async fn readable_node(&self, ctx: &Ctx, r: NodeRef) -> Result<Option<Node>> {
                let node = match r.node_type {
                    NodeType::Person => self.fetch_one_opt("people", r.id).await?.map(|row| person_from(&row)).transpose()?.map(Node::Person),
                    NodeType::Entity => self.fetch_one_opt("entities", r.id).await?.map(|row| entity_from(&row)).transpose()?.map(Node::Entity),
                };
                Ok(node.filter(|n| {
                    let m = match n { Node::Person(p) => &p.markings, Node::Entity(e) => &e.markings };
                    check(&ctx.actor, m, Action::Read).is_ok()
                }))
            }

            /// The records of one type among `ids` that the actor may read, in a few queries
            /// (ids missing or not readable are left out; no audit: the caller audits what it
            /// shows).
            async fn readable_nodes(&self, ctx: &Ctx, node_type: NodeType, ids: &[Uuid]) -> Result<Vec<Node>> {
                /// Ids per `IN (…)` list.
                const PER_QUERY: usize = 200;
                let table = match node_type { NodeType::Person => "people", NodeType::Entity => "entities" };
                let mut out = Vec::with_capacity(ids.len());
                for part in ids.chunks(PER_QUERY) {
                    let marks: Vec<String> = (1..=part.len()).map(|i| format!("${i}")).collect();
                    let sql = format!("SELECT * FROM {table} WHERE id IN ({})", marks.join(", "));
                    let mut q = sqlx::query(&sql);
                    for id in part {
                        q = q.bind(*id);
                    }
                    for row in q.fetch_all(&self.pool).await? {
                        let node = match node_type {
                            NodeType::Person => Node::Person(person_from(&row)?),
                            NodeType::Entity => Node::Entity(entity_from(&row)?),
                        };
                        let m = match &node { Node::Person(p) => &p.markings, Node::Entity(e) => &e.markings };
                        if check(&ctx.actor, m, Action::Read).is_ok() {
                            out.push(node);
                        }
                    }
                }
                Ok(out)
            }

            async fn next_reference(tx: &mut Tx, prefix: &str) -> Result<String> {
                let year = now().format("%Y").to_string();
                let name = format!("{prefix}-{year}");
                let row = sqlx::query(
                    "INSERT INTO counters (name, value) VALUES ($1, 1) \
                     ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value",
                )
                .bind(&name)
                .fetch_one(&mut **tx)
                .await?;
                let n: i64 = row.try_get("value")?;
                Ok(format!("{name}-{n:05}"))
            }
        }

        /// Records that carry markings, for the generic list and gate code.
        trait HasMarkings {
            fn id(&self) -> Uuid;
            fn markings(&self) -> &Markings;
        }
        impl HasMarkings for Person {
            fn id(&self) -> Uuid { self.id }
            fn markings(&self) -> &Markings { &self.markings }
        }
        impl HasMarkings for Case {
            fn id(&self) -> Uuid { self.id }
            fn markings(&self) -> &Markings { &self.markings }
        }
        impl HasMarkings for Entity {
            fn id(&self) -> Uuid { self.id }
            fn markings(&self) -> &Markings { &self.markings }
        }
        impl HasMarkings for IntelReport {
            fn id(&self) -> Uuid { self.id }
            fn markings(&self) -> &Markings { &self.markings }
        }

        fn map_unique(e: sqlx::Error, what: &str) -> StoreError {
            match &e {
                sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Conflict(format!("{what} already exists")),
                sqlx::Error::Database(d) if d.is_foreign_key_violation() => {
                    StoreError::Conflict(format!("{what} refers to something that does not exist"))
                }
                _ => StoreError::Database(e),
            }
        }

        #[async_trait]
        impl Store for $store {
            fn backend(&self) -> &'static str { $backend }

            async fn ping(&self) -> Result<()> {
                sqlx::query("SELECT 1").execute(&self.pool).await?;
                Ok(())
            }

            async fn create_org(&self, by: Option<&Ctx>, org: NewOrganisation) -> Result<Organisation> {
                org.validate()?;
                let o = Organisation { id: new_id(), name: org.name.trim().to_string(), org_type: org.org_type, created_at: now() };
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO organisations (id, name, org_type, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(o.id).bind(&o.name).bind(o.org_type.code()).bind(o.created_at)
                    .execute(&mut *tx).await.map_err(|e| map_unique(e, &format!("an organisation named '{}'", o.name)))?;
                append(&mut tx, AuditEvent::by_or_system(by, "create", "organisation", o.id).with_detail(&o.name)).await?;
                tx.commit().await?;
                Ok(o)
            }

            async fn list_orgs(&self) -> Result<Vec<Organisation>> {
                let rows = sqlx::query("SELECT * FROM organisations ORDER BY name").fetch_all(&self.pool).await?;
                rows.iter().map(org_from).collect()
            }

            async fn get_org(&self, id: Uuid) -> Result<Organisation> {
                let row = self.fetch_one_opt("organisations", id).await?.ok_or(StoreError::NotFound)?;
                org_from(&row)
            }

            async fn find_org_by_name(&self, name: &str) -> Result<Option<Organisation>> {
                let row = sqlx::query("SELECT * FROM organisations WHERE lower(name) = lower($1)")
                    .bind(name.trim()).fetch_optional(&self.pool).await?;
                row.as_ref().map(org_from).transpose()
            }

            async fn create_team(&self, by: Option<&Ctx>, name: &str, org_id: Uuid) -> Result<Team> {
                let name = name.trim();
                if name.is_empty() || name.chars().count() > 200 {
                    return Err(sightline_core::ValidationError::new("name", "a team name is 1 to 200 characters").into());
                }
                let t = Team { id: new_id(), name: name.to_string(), org_id, created_at: now() };
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO teams (id, name, org_id, created_at) VALUES ($1, $2, $3, $4)")
                    .bind(t.id).bind(&t.name).bind(t.org_id).bind(t.created_at)
                    .execute(&mut *tx).await.map_err(|e| map_unique(e, &format!("a team named '{}'", t.name)))?;
                append(&mut tx, AuditEvent::by_or_system(by, "create", "team", t.id).with_detail(&t.name)).await?;
                tx.commit().await?;
                Ok(t)
            }

            async fn add_team_member(&self, by: Option<&Ctx>, team_id: Uuid, user_id: Uuid) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO team_members (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(team_id).bind(user_id)
                    .execute(&mut *tx).await.map_err(|e| map_unique(e, "the membership"))?;
                append(&mut tx, AuditEvent::by_or_system(by, "add_member", "team", team_id).with_detail(format!("user {user_id}"))).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn list_teams(&self) -> Result<Vec<Team>> {
                let rows = sqlx::query("SELECT * FROM teams ORDER BY name").fetch_all(&self.pool).await?;
                rows.iter().map(team_from).collect()
            }

            async fn user_teams(&self, user_id: Uuid) -> Result<Vec<Team>> {
                let rows = sqlx::query(
                    "SELECT t.* FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.user_id = $1 ORDER BY t.name",
                )
                .bind(user_id).fetch_all(&self.pool).await?;
                rows.iter().map(team_from).collect()
            }

            async fn create_user(&self, by: Option<&Ctx>, u: NewUser) -> Result<User> {
                let username = u.username.trim().to_lowercase();
                if username.is_empty()
                    || username.len() > 64
                    || !username.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
                {
                    return Err(sightline_core::ValidationError::new(
                        "username",
                        "use 1 to 64 letters, digits, dots, dashes or underscores",
                    ).into());
                }
                let user = User {
                    id: new_id(),
                    username,
                    display_name: if u.display_name.trim().is_empty() { u.username.trim().to_string() } else { u.display_name.trim().to_string() },
                    role: u.role,
                    org_id: u.org_id,
                    password_hash: u.password_hash,
                    totp_secret: None,
                    totp_required: false,
                    disabled: false,
                    created_at: now(),
                };
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO users (id, username, display_name, role, org_id, password_hash, totp_secret, totp_required, disabled, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, $8, $9)",
                )
                .bind(user.id).bind(&user.username).bind(&user.display_name).bind(user.role.code())
                .bind(user.org_id).bind(&user.password_hash).bind(false).bind(false).bind(user.created_at)
                .execute(&mut *tx).await.map_err(|e| map_unique(e, &format!("a user named '{}'", user.username)))?;
                append(&mut tx, AuditEvent::by_or_system(by, "create", "user", user.id)
                    .with_detail(format!("{} as {}", user.username, user.role.code()))).await?;
                tx.commit().await?;
                Ok(user)
            }

            async fn get_user(&self, id: Uuid) -> Result<User> {
                let row = self.fetch_one_opt("users", id).await?.ok_or(StoreError::NotFound)?;
                user_from(&row)
            }

            async fn find_user(&self, username: &str) -> Result<Option<User>> {
                let row = sqlx::query("SELECT * FROM users WHERE username = $1")
                    .bind(username.trim().to_lowercase()).fetch_optional(&self.pool).await?;
                row.as_ref().map(user_from).transpose()
            }

            async fn list_users(&self) -> Result<Vec<User>> {
                let rows = sqlx::query("SELECT * FROM users ORDER BY username").fetch_all(&self.pool).await?;
                rows.iter().map(user_from).collect()
            }

            async fn set_totp_secret(&self, by: Option<&Ctx>, user_id: Uuid, secret: Option<String>) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE users SET totp_secret = $1 WHERE id = $2")
                    .bind(&secret).bind(user_id).execute(&mut *tx).await?;
                if done.rows_affected() == 0 { return Err(StoreError::NotFound); }
                let action = if secret.is_some() { "totp_enrol" } else { "totp_remove" };
                append(&mut tx, AuditEvent::by_or_system(by, action, "user", user_id)).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn use_totp_step(&self, user_id: Uuid, step: i64) -> Result<bool> {
                let done = sqlx::query(
                    "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
                )
                .bind(step).bind(user_id).execute(&self.pool).await?;
                Ok(done.rows_affected() == 1)
            }

            async fn set_totp_required(&self, by: Option<&Ctx>, user_id: Uuid, required: bool) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE users SET totp_required = $1 WHERE id = $2")
                    .bind(required).bind(user_id).execute(&mut *tx).await?;
                if done.rows_affected() == 0 { return Err(StoreError::NotFound); }
                append(&mut tx, AuditEvent::by_or_system(by, "totp_require", "user", user_id)
                    .with_detail(if required { "required" } else { "optional" })).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_password_hash(&self, by: Option<&Ctx>, user_id: Uuid, hash: String) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                    .bind(&hash).bind(user_id).execute(&mut *tx).await?;
                if done.rows_affected() == 0 { return Err(StoreError::NotFound); }
                sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                append(&mut tx, AuditEvent::by_or_system(by, "password_change", "user", user_id)).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn set_user_disabled(&self, by: Option<&Ctx>, user_id: Uuid, disabled: bool) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE users SET disabled = $1 WHERE id = $2")
                    .bind(disabled).bind(user_id).execute(&mut *tx).await?;
                if done.rows_affected() == 0 { return Err(StoreError::NotFound); }
                if disabled {
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
                }
                append(&mut tx, AuditEvent::by_or_system(by, if disabled { "disable" } else { "enable" }, "user", user_id)).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn insert_session(&self, s: &Session) -> Result<()> {
                sqlx::query(
                    "INSERT INTO sessions (id, user_id, csrf_token, mfa_ok, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&s.id).bind(s.user_id).bind(&s.csrf_token).bind(s.mfa_ok).bind(s.created_at).bind(s.last_seen_at)
                .execute(&self.pool).await?;
                Ok(())
            }

            async fn get_session(&self, id: &str) -> Result<Option<Session>> {
                let row = sqlx::query("SELECT * FROM sessions WHERE id = $1").bind(id).fetch_optional(&self.pool).await?;
                row.as_ref().map(session_from).transpose()
            }

            async fn touch_session(&self, id: &str, at: DateTime<Utc>) -> Result<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id = $2").bind(at).bind(id).execute(&self.pool).await?;
                Ok(())
            }

            async fn mark_session_mfa_ok(&self, id: &str) -> Result<()> {
                sqlx::query("UPDATE sessions SET mfa_ok = $1 WHERE id = $2").bind(true).bind(id).execute(&self.pool).await?;
                Ok(())
            }

            async fn delete_session(&self, id: &str) -> Result<()> {
                sqlx::query("DELETE FROM sessions WHERE id = $1").bind(id).execute(&self.pool).await?;
                Ok(())
            }

            async fn delete_user_sessions(&self, user_id: Uuid) -> Result<()> {
                sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&self.pool).await?;
                Ok(())
            }

            async fn insert_api_token(&self, by: Option<&Ctx>, t: &ApiToken) -> Result<()> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, last_used_at, revoked_at) \
                     VALUES ($1, $2, $3, $4, $5, NULL, NULL)",
                )
                .bind(t.id).bind(t.user_id).bind(&t.name).bind(&t.token_hash).bind(t.created_at)
                .execute(&mut *tx).await.map_err(|e| map_unique(e, "the token"))?;
                append(&mut tx, AuditEvent::by_or_system(by, "create", "api_token", t.id)
                    .with_detail(format!("'{}' for user {}", t.name, t.user_id))).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn find_api_token(&self, token_hash: &str) -> Result<Option<ApiToken>> {
                let row = sqlx::query("SELECT * FROM api_tokens WHERE token_hash = $1")
                    .bind(token_hash).fetch_optional(&self.pool).await?;
                row.as_ref().map(token_from).transpose()
            }

            async fn list_api_tokens(&self, user_id: Uuid) -> Result<Vec<ApiToken>> {
                let rows = sqlx::query("SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY created_at")
                    .bind(user_id).fetch_all(&self.pool).await?;
                rows.iter().map(token_from).collect()
            }

            async fn revoke_api_token(&self, by: Option<&Ctx>, id: Uuid) -> Result<()> {
                let mut tx = self.begin_write().await?;
                let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
                    .bind(now()).bind(id).execute(&mut *tx).await?;
                if done.rows_affected() == 0 { return Err(StoreError::NotFound); }
                append(&mut tx, AuditEvent::by_or_system(by, "revoke", "api_token", id)).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn touch_api_token(&self, id: Uuid, at: DateTime<Utc>) -> Result<()> {
                sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2").bind(at).bind(id).execute(&self.pool).await?;
                Ok(())
            }

            async fn record_login_failure(&self, key: &str, at_epoch: i64) -> Result<()> {
                let mut tx = self.begin_write().await?;
                // Old failures no longer count; drop them as new ones arrive.
                sqlx::query("DELETE FROM login_failures WHERE key = $1 AND at_epoch < $2")
                    .bind(key).bind(at_epoch - 24 * 3600).execute(&mut *tx).await?;
                sqlx::query("INSERT INTO login_failures (key, at_epoch) VALUES ($1, $2)")
                    .bind(key).bind(at_epoch).execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn count_login_failures(&self, key: &str, since_epoch: i64) -> Result<i64> {
                let row = sqlx::query("SELECT COUNT(*) AS n FROM login_failures WHERE key = $1 AND at_epoch >= $2")
                    .bind(key).bind(since_epoch).fetch_one(&self.pool).await?;
                Ok(row.try_get("n")?)
            }

            async fn clear_login_failures(&self, key: &str) -> Result<()> {
                sqlx::query("DELETE FROM login_failures WHERE key = $1").bind(key).execute(&self.pool).await?;
                Ok(())
            }

            async fn create_person(&self, ctx: &Ctx, m: Markings, mut p: NewPerson) -> Result<Person> {
                p.validate()?;
                m.validate()?;
                let id = new_id();
                self.gate(ctx, &m, Action::Create, "person", id).await?;
                let now = now();
                let person = Person {
                    id,
                    given_name: p.given_name,
                    family_name: p.family_name,
                    date_of_birth: p.date_of_birth,
                    gender: p.gender,
                    nationality: p.nationality,
                    notes: p.notes,
                    details: p.details,
                    markings: m,
                    provenance: Provenance::new(now, ctx.actor.user_id),
                };
                let m = &person.markings;
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO people (id, given_name, family_name, date_of_birth, gender, nationality, notes, \
                     classification, handling_code, handling_conditions, owner_org, case_team, created_at, created_by, updated_at, details) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                )
                .bind(person.id).bind(&person.given_name).bind(&person.family_name).bind(&person.date_of_birth)
                .bind(person.gender.code()).bind(&person.nationality).bind(&person.notes)
                .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                .bind(details_json(&person.details)?)
                .execute(&mut *tx).await.map_err(|e| map_unique(e, "the person"))?;
                append(&mut tx, AuditEvent::by(ctx, "create", "person", id, Outcome::Allowed)).await?;
                tx.commit().await?;
                Ok(person)
            }

            async fn get_person(&self, ctx: &Ctx, id: Uuid) -> Result<Person> {
                let row = self.fetch_one_opt("people", id).await?.ok_or(StoreError::NotFound)?;
                let p = person_from(&row)?;
                self.gate(ctx, &p.markings, Action::Read, "person", id).await?;
                self.audit(AuditEvent::by(ctx, "read", "person", id, Outcome::Allowed)).await?;
                Ok(p)
            }

            async fn list_people(&self, ctx: &Ctx, limit: i64) -> Result<Vec<Person>> {
                let out = self.visible(ctx, "people", limit, person_from).await?;
                self.audit_list(ctx, "person", &out).await?;
                Ok(out)
            }

            async fn search_people(&self, ctx: &Ctx, name: &str, limit: i64) -> Result<Vec<Person>> {
                let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
                if words.is_empty() {
                    return self.list_people(ctx, limit).await;
                }
                // Either name order: "nguyen van minh" finds Van Minh Nguyen.
                let pattern = format!("%{}%", words.join("%"));
                let out = self.visible_where(
                    ctx, "people",
                    " AND (lower(given_name || ' ' || family_name) LIKE $3 OR lower(family_name || ' ' || given_name) LIKE $3)",
                    Some(&pattern), limit, person_from,
                ).await?;
                self.audit_list(ctx, "person", &out).await?;
                Ok(out)
            }

            async fn create_case(&self, ctx: &Ctx, m: Markings, mut c: NewCase) -> Result<Case> {
                c.validate()?;
                m.validate()?;
                let id = new_id();
                self.gate(ctx, &m, Action::Create, "case", id).await?;
                let now = now();
                let mut tx = self.begin_write().await?;
                let reference = Self::next_reference(&mut tx, "SL").await?;
                let case = c.into_case(id, reference, m, Provenance::new(now, ctx.actor.user_id));
                insert_case(&mut tx, ctx, &case).await?;
                tx.commit().await?;
                Ok(case)
            }

            async fn get_case(&self, ctx: &Ctx, id: Uuid) -> Result<Case> {
                let row = self.fetch_one_opt("cases", id).await?.ok_or(StoreError::NotFound)?;
                let c = case_from(&row)?;
                self.gate(ctx, &c.markings, Action::Read, "case", id).await?;
                self.audit(AuditEvent::by(ctx, "read", "case", id, Outcome::Allowed)).await?;
                Ok(c)
            }

            async fn list_cases(&self, ctx: &Ctx, limit: i64) -> Result<Vec<Case>> {
                let out = self.visible(ctx, "cases", limit, case_from).await?;
                self.audit_list(ctx, "case", &out).await?;
                Ok(out)
            }

            async fn create_intel(&self, ctx: &Ctx, m: Markings, mut r: NewIntelReport) -> Result<IntelReport> {
                r.validate()?;
                m.validate()?;
                let id = new_id();
                self.gate(ctx, &m, Action::Create, "intel", id).await?;
                let now = now();
                let report = IntelReport {
                    id,
                    title: r.title,
                    narrative: r.narrative,
                    source_evaluation: r.source_evaluation,
                    intelligence_assessment: r.intelligence_assessment,
                    information_date: r.information_date,
                    details: Default::default(),
                    markings: m,
                    provenance: Provenance::new(now, ctx.actor.user_id),
                };
                let mut tx = self.begin_write().await?;
                insert_intel(&mut tx, ctx, &report).await?;
                tx.commit().await?;
                Ok(report)
            }

            async fn get_intel(&self, ctx: &Ctx, id: Uuid) -> Result<IntelReport> {
                let row = self.fetch_one_opt("intel_reports", id).await?.ok_or(StoreError::NotFound)?;
                let r = intel_from(&row)?;
                self.gate(ctx, &r.markings, Action::Read, "intel", id).await?;
                self.audit(AuditEvent::by(ctx, "read", "intel", id, Outcome::Allowed)).await?;
                Ok(r)
            }

            async fn list_intel(&self, ctx: &Ctx, limit: i64) -> Result<Vec<IntelReport>> {
                let out = self.visible(ctx, "intel_reports", limit, intel_from).await?;
                self.audit_list(ctx, "intel", &out).await?;
                Ok(out)
            }

            async fn create_entity(&self, ctx: &Ctx, m: Markings, mut e: NewEntity) -> Result<Entity> {
                let normalised = e.validate()?;
                m.validate()?;
                let id = new_id();
                self.gate(ctx, &m, Action::Create, "entity", id).await?;
                let now = now();
                let entity = Entity { id, kind: e.kind, value: e.value, normalised, details: e.details, markings: m, provenance: Provenance::new(now, ctx.actor.user_id) };
                let m = &entity.markings;
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO entities (id, kind, value, normalised, details, classification, handling_code, handling_conditions, \
                     owner_org, case_team, created_at, created_by, updated_at, match_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                )
                .bind(entity.id).bind(entity.kind.code()).bind(&entity.value).bind(&entity.normalised).bind(&entity.details)
                .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                .bind(sightline_core::match_key(entity.kind, &entity.normalised))
                .execute(&mut *tx).await.map_err(|e| map_unique(e, "the entity"))?;
                append(&mut tx, AuditEvent::by(ctx, "create", "entity", id, Outcome::Allowed).with_detail(entity.kind.code())).await?;
                tx.commit().await?;
                Ok(entity)
            }

            async fn get_entity(&self, ctx: &Ctx, id: Uuid) -> Result<Entity> {
                let row = self.fetch_one_opt("entities", id).await?.ok_or(StoreError::NotFound)?;
                let e = entity_from(&row)?;
                self.gate(ctx, &e.markings, Action::Read, "entity", id).await?;
                self.audit(AuditEvent::by(ctx, "read", "entity", id, Outcome::Allowed)).await?;
                Ok(e)
            }

            async fn list_entities(&self, ctx: &Ctx, limit: i64) -> Result<Vec<Entity>> {
                let out = self.visible(ctx, "entities", limit, entity_from).await?;
                self.audit_list(ctx, "entity", &out).await?;
                Ok(out)
            }

            async fn link_intel_entity(&self, ctx: &Ctx, intel_id: Uuid, entity_id: Uuid) -> Result<()> {
                let report = self.get_intel(ctx, intel_id).await?;
                self.gate(ctx, &report.markings, Action::Update, "intel", intel_id).await?;
                let entity = self.get_entity(ctx, entity_id).await?;
                let mut tx = self.begin_write().await?;
                let n = sqlx::query(
                    "INSERT INTO intel_entities (intel_id, entity_id, created_by, created_at) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (intel_id, entity_id) DO NOTHING",
                )
                .bind(intel_id).bind(entity.id).bind(ctx.actor.user_id).bind(now()).execute(&mut *tx).await?.rows_affected();
                if n == 0 {
                    return Ok(());
                }
                append(&mut tx, AuditEvent::by(ctx, "update", "intel", intel_id, Outcome::Allowed)
                    .with_detail(format!("mentions {} {}", entity.kind.code(), entity.id))).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn intel_entities(&self, ctx: &Ctx, intel_id: Uuid) -> Result<Vec<Entity>> {
                let row = self.fetch_one_opt("intel_reports", intel_id).await?.ok_or(StoreError::NotFound)?;
                self.gate(ctx, &intel_from(&row)?.markings, Action::Read, "intel", intel_id).await?;
                let rows = sqlx::query(
                    "SELECT e.* FROM intel_entities ie JOIN entities e ON e.id = ie.entity_id WHERE ie.intel_id = $1 ORDER BY ie.created_at, e.id",
                )
                .bind(intel_id).fetch_all(&self.pool).await?;
                self.readable_listed(ctx, "entity", rows.iter().map(entity_from).collect::<Result<Vec<_>>>()?).await
            }

            async fn entity_intel(&self, ctx: &Ctx, entity_id: Uuid) -> Result<Vec<IntelReport>> {
                let rows = sqlx::query(
                    "SELECT r.* FROM intel_entities ie JOIN intel_reports r ON r.id = ie.intel_id WHERE ie.entity_id = $1 ORDER BY r.created_at DESC, r.id",
                )
                .bind(entity_id).fetch_all(&self.pool).await?;
                self.readable_listed(ctx, "intel", rows.iter().map(intel_from).collect::<Result<Vec<_>>>()?).await
            }

            async fn entities_at_postcode(&self, ctx: &Ctx, postcode: &str) -> Result<Vec<Entity>> {
                let Some(pc) = sightline_core::geo::normalise_postcode(postcode) else {
                    return Err(StoreError::Invalid(sightline_core::ValidationError::new("postcode", format!("'{postcode}' is not a UK postcode"))));
                };
                let rows = sqlx::query("SELECT * FROM entities WHERE kind = 'location' AND match_key LIKE $1 ORDER BY id LIMIT 50")
                    .bind(format!("{pc}|%")).fetch_all(&self.pool).await?;
                self.readable_listed(ctx, "entity", rows.iter().map(entity_from).collect::<Result<Vec<_>>>()?).await
            }

            async fn find_entities(&self, ctx: &Ctx, e: &NewEntity) -> Result<Vec<Entity>> {
                let mut probe = e.clone();
                let normalised = probe.validate()?;
                let key = sightline_core::match_key(e.kind, &normalised);
                let rows = sqlx::query("SELECT * FROM entities WHERE kind = $1 AND (normalised = $2 OR match_key = $3) ORDER BY id LIMIT 50")
                    .bind(e.kind.code()).bind(&normalised).bind(&key).fetch_all(&self.pool).await?;
                self.readable_listed(ctx, "entity", rows.iter().map(entity_from).collect::<Result<Vec<_>>>()?).await
            }

            async fn same_entities(&self, ctx: &Ctx, id: Uuid) -> Result<Vec<SameEntity>> {
                let row = self.fetch_one_opt("entities", id).await?.ok_or(StoreError::NotFound)?;
                let e = entity_from(&row)?;
                self.gate(ctx, &e.markings, Action::Read, "entity", id).await?;
                let key: String = row.try_get("match_key")?;
                if key.is_empty() {
                    return Ok(Vec::new());
                }
                let rows = sqlx::query("SELECT * FROM entities WHERE kind = $1 AND match_key = $2 AND id <> $3 ORDER BY id LIMIT 500")
                    .bind(e.kind.code()).bind(&key).bind(id).fetch_all(&self.pool).await?;
                let (mut out, mut shown, mut held_ids) = (Vec::new(), Vec::new(), Vec::new());
                let mut held: std::collections::BTreeMap<Uuid, usize> = Default::default();
                for r in &rows {
                    let x = entity_from(r)?;
                    if check(&ctx.actor, &x.markings, Action::Read).is_ok() {
                        shown.push(x.id.to_string());
                        out.push(SameEntity::Shown(Box::new(x)));
                    } else {
                        held_ids.push(x.id.to_string());
                        *held.entry(x.markings.owner_org).or_default() += 1;
                    }
                }
                for (org, records) in held {
                    let org_name = match self.get_org(org).await {
                        Ok(o) => o.name,
                        Err(StoreError::NotFound) => "another organisation".into(),
                        Err(e) => return Err(e),
                    };
                    out.push(SameEntity::Held { org_name, records });
                }
                if !out.is_empty() {
                    let mut detail = format!("records of the same {} as {id}; {} shown: {}", e.kind.code(), shown.len(), shown.join(" "));
                    if !held_ids.is_empty() {
                        detail.push_str(&format!("; held by others, owner named only: {}", held_ids.join(" ")));
                    }
                    self.audit(AuditEvent::by(ctx, "list", "entity", "", Outcome::Allowed).with_detail(detail)).await?;
                }
                Ok(out)
            }

            async fn create_link(&self, ctx: &Ctx, m: Markings, mut l: NewLink) -> Result<Link> {
                l.validate()?;
                m.validate()?;
                let id = new_id();
                self.gate(ctx, &m, Action::Create, "link", id).await?;
                for end in [l.from, l.to] {
                    if self.readable_node(ctx, end).await?.is_none() {
                        self.audit(AuditEvent::by(ctx, "create", "link", id, Outcome::Denied)
                            .with_detail(format!("cannot read {} {}", end.node_type.code(), end.id))).await?;
                        return Err(StoreError::Forbidden("one end of the link does not exist or you cannot see it"));
                    }
                }
                let now = now();
                let link = Link {
                    id, from: l.from, to: l.to, link_type: l.link_type, date_from: l.date_from, date_to: l.date_to,
                    source: l.source, confidence: l.confidence, markings: m, provenance: Provenance::new(now, ctx.actor.user_id),
                };
                let m = &link.markings;
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO links (id, from_type, from_id, to_type, to_id, link_type, date_from, date_to, source, confidence, \
                     classification, handling_code, handling_conditions, owner_org, case_team, created_at, created_by, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
                )
                .bind(link.id).bind(link.from.node_type.code()).bind(link.from.id).bind(link.to.node_type.code()).bind(link.to.id)
                .bind(link.link_type.code()).bind(&link.date_from).bind(&link.date_to).bind(&link.source).bind(link.confidence.code())
                .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                .execute(&mut *tx).await.map_err(|e| map_unique(e, "the link"))?;
                append(&mut tx, AuditEvent::by(ctx, "create", "link", id, Outcome::Allowed)
                    .with_detail(format!("{} {} {} {} {}", link.from.node_type.code(), link.from.id, link.link_type.code(), link.to.node_type.code(), link.to.id))).await?;
                tx.commit().await?;
                Ok(link)
            }

            async fn links_of(&self, ctx: &Ctx, node: NodeRef) -> Result<Vec<Linked>> {
                let rows = sqlx::query("SELECT * FROM links WHERE from_id = $1 OR to_id = $1 ORDER BY id LIMIT 1000")
                    .bind(node.id).fetch_all(&self.pool).await?;
                let mut out = Vec::new();
                for row in &rows {
                    let link = link_from(row)?;
                    if check(&ctx.actor, &link.markings, Action::Read).is_err() {
                        continue;
                    }
                    let outgoing = link.from == node;
                    let other_ref = if outgoing { link.to } else { link.from };
                    if let Some(other) = self.readable_node(ctx, other_ref).await? {
                        out.push(Linked { link, outgoing, other });
                    }
                }
                if !out.is_empty() {
                    let ids: Vec<String> = out.iter().map(|l| format!("{}:{}", l.link.id, match &l.other { Node::Person(p) => p.id, Node::Entity(e) => e.id })).collect();
                    self.audit(AuditEvent::by(ctx, "list", "link", node.id, Outcome::Allowed)
                        .with_detail(format!("{} shown: {}", ids.len(), ids.join(" ")))).await?;
                }
                Ok(out)
            }

            async fn add_case_party(&self, ctx: &Ctx, case_id: Uuid, person_id: Uuid, role: CaseRole) -> Result<()> {
                let case = case_from(&self.fetch_one_opt("cases", case_id).await?.ok_or(StoreError::NotFound)?)?;
                self.gate(ctx, &case.markings, Action::Update, "case", case_id).await?;
                let person = person_from(&self.fetch_one_opt("people", person_id).await?.ok_or(StoreError::NotFound)?)?;
                self.gate(ctx, &person.markings, Action::Read, "person", person_id).await?;
                let mut tx = self.begin_write().await?;
                sqlx::query("INSERT INTO case_parties (case_id, person_id, role, created_at, created_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING")
                    .bind(case_id).bind(person_id).bind(role.code()).bind(now()).bind(ctx.actor.user_id)
                    .execute(&mut *tx).await.map_err(|e| map_unique(e, "the case party"))?;
                append(&mut tx, AuditEvent::by(ctx, "add_party", "case", case_id, Outcome::Allowed)
                    .with_detail(format!("person {person_id} as {}", role.code()))).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn case_parties(&self, ctx: &Ctx, case_id: Uuid) -> Result<Vec<(CaseRole, Person)>> {
                let case = case_from(&self.fetch_one_opt("cases", case_id).await?.ok_or(StoreError::NotFound)?)?;
                self.gate(ctx, &case.markings, Action::Read, "case", case_id).await?;
                let rows = sqlx::query(
                    "SELECT cp.role AS party_role, p.* FROM case_parties cp JOIN people p ON p.id = cp.person_id WHERE cp.case_id = $1 ORDER BY cp.role, p.family_name",
                )
                .bind(case_id).fetch_all(&self.pool).await?;
                let mut out = Vec::new();
                for row in &rows {
                    let p = person_from(row)?;
                    if check(&ctx.actor, &p.markings, Action::Read).is_ok() {
                        out.push((parse::<CaseRole>(row, "party_role")?, p));
                    }
                }
                let people: Vec<Person> = out.iter().map(|(_, p)| p.clone()).collect();
                if !people.is_empty() {
                    self.audit_list(ctx, "person", &people).await?;
                }
                Ok(out)
            }

            async fn person_cases(&self, ctx: &Ctx, person_id: Uuid) -> Result<Vec<(CaseRole, Case)>> {
                let rows = sqlx::query(
                    "SELECT cp.role AS party_role, c.* FROM case_parties cp JOIN cases c ON c.id = cp.case_id WHERE cp.person_id = $1 ORDER BY c.reference",
                )
                .bind(person_id).fetch_all(&self.pool).await?;
                let mut out = Vec::new();
                for row in &rows {
                    let c = case_from(row)?;
                    if check(&ctx.actor, &c.markings, Action::Read).is_ok() {
                        out.push((parse::<CaseRole>(row, "party_role")?, c));
                    }
                }
                Ok(out)
            }

            async fn begin_import(&self, ctx: &Ctx, kind: ImportKind, source: &str, file_name: &str) -> Result<Box<dyn RecordImport>> {
                let source = source.trim();
                if source.is_empty() || source.chars().count() > 200 {
                    return Err(sightline_core::ValidationError::new("source", "name the source in 1 to 200 characters").into());
                }
                if !sightline_core::may_import(ctx.actor.role) {
                    self.audit(AuditEvent::by(ctx, "import", "import_batch", "", Outcome::Denied).with_detail("role may not import records")).await?;
                    return Err(StoreError::Forbidden("your role cannot import records"));
                }
                let batch = ImportBatch {
                    id: new_id(),
                    kind: kind.code().into(),
                    source: source.to_string(),
                    file_name: file_name.chars().take(500).collect(),
                    owner_org: ctx.actor.org_id,
                    created_by: ctx.actor.user_id,
                    created_at: now(),
                    status: "open".into(),
                    written: 0,
                    existing: 0,
                    rejected: 0,
                    rolled_back_at: None,
                };
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO import_batches (id, kind, source, file_name, owner_org, created_by, created_at, status, written, existing, rejected) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, 0)",
                )
                .bind(batch.id).bind(&batch.kind).bind(&batch.source).bind(&batch.file_name)
                .bind(batch.owner_org).bind(batch.created_by).bind(batch.created_at).bind(&batch.status)
                .execute(&mut *tx).await?;
                if kind == ImportKind::Person {
                    <$db as crate::import::BulkPeople>::prepare_import(&mut *tx).await?;
                }
                Ok(Box::new(ImportTx { tx, ctx: ctx.clone(), kind, batch }))
            }

            async fn find_for_import(&self, ctx: &Ctx, kind: crate::ImportTarget, key: &str, source: &str) -> Result<Option<Uuid>> {
                self.find_for_import_impl(ctx, kind, key, source).await
            }

            async fn list_batches(&self, ctx: &Ctx) -> Result<Vec<ImportBatch>> {
                let rows = sqlx::query("SELECT * FROM import_batches WHERE owner_org = $1 AND status <> 'open' ORDER BY created_at DESC")
                    .bind(ctx.actor.org_id).fetch_all(&self.pool).await?;
                rows.iter().map(batch_from).collect()
            }

            async fn rollback_batch(&self, ctx: &Ctx, id: Uuid) -> Result<ImportBatch> {
                let row = sqlx::query("SELECT * FROM import_batches WHERE id = $1").bind(id).fetch_optional(&self.pool).await?;
                let mut batch = batch_from(&row.ok_or(StoreError::NotFound)?)?;
                if batch.status != "committed" {
                    return Err(StoreError::Conflict(format!("batch {id} is {}, not committed", batch.status)));
                }
                let kind: ImportKind = batch.kind.parse()?;
                let table = match kind {
                    ImportKind::Person => "people",
                    ImportKind::Case => "cases",
                    ImportKind::Intel => "intel_reports",
                    ImportKind::Link => "links",
                };
                // Every kind of marking in the batch must allow this actor to change it.
                let marks = sqlx::query(&format!(
                    "SELECT DISTINCT classification, handling_code, handling_conditions, owner_org, case_team FROM {table} WHERE batch_id = $1",
                ))
                .bind(id).fetch_all(&self.pool).await?;
                let org_marks = Markings { classification: Classification::Official, handling_code: HandlingCode::P, handling_conditions: None, owner_org: batch.owner_org, case_team: None };
                for m in marks.iter().map(markings_from).chain(std::iter::once(Ok(org_marks))) {
                    self.gate(ctx, &m?, Action::Update, "import_batch", id).await?;
                }
                let mut tx = self.begin_write().await?;
                let gone = sqlx::query(&format!("DELETE FROM {table} WHERE batch_id = $1")).bind(id).execute(&mut *tx).await
                    .map_err(|e| match map_unique(e, "a record of this batch") {
                        StoreError::Conflict(_) => StoreError::Conflict(match kind {
                            ImportKind::Person => "people from this batch are on cases now; take them off first".into(),
                            _ => format!("other records refer to {} from this batch now; remove those first", kind.plural()),
                        }),
                        other => other,
                    })?.rows_affected();
                let at = now();
                sqlx::query("UPDATE import_batches SET status = 'rolled_back', rolled_back_at = $1 WHERE id = $2")
                    .bind(at).bind(id).execute(&mut *tx).await?;
                append(&mut tx, AuditEvent::by(ctx, "rollback", "import_batch", id, Outcome::Allowed)
                    .with_detail(format!("{gone} {} removed", kind.plural()))).await?;
                tx.commit().await?;
                batch.status = "rolled_back".into();
                batch.rolled_back_at = Some(at);
                Ok(batch)
            }

            async fn audit(&self, event: AuditEvent) -> Result<()> {
                let mut tx = self.begin_write().await?;
                append(&mut tx, event).await?;
                tx.commit().await?;
                Ok(())
            }

            async fn list_audit(&self, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
                let blank = |o: &Option<String>| o.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
                let rows = sqlx::query(
                    "SELECT * FROM audit_log WHERE ($1 IS NULL OR actor_name = $1) AND ($2 IS NULL OR action = $2) \
                     AND ($3 IS NULL OR record_type = $3) AND ($4 IS NULL OR record_id = $4) \
                     AND ($5 IS NULL OR outcome = $5) AND ($6 IS NULL OR seq < $6) ORDER BY seq DESC LIMIT $7",
                )
                .bind(blank(&f.actor)).bind(blank(&f.action)).bind(blank(&f.record_type)).bind(blank(&f.record_id))
                .bind(blank(&f.outcome)).bind(f.before_seq).bind(f.limit.clamp(1, 1000))
                .fetch_all(&self.pool).await?;
                rows.iter().map(audit_from).collect()
            }

            async fn verify_audit(&self) -> Result<VerifyReport> {
                // Read the head and the whole chain in one read transaction, so entries
                // appended meanwhile do not look like a broken chain.
                let mut tx = self.pool.begin().await?;
                let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_one(&mut *tx).await?;
                let (head_seq, head_hash): (i64, String) = (head.try_get("seq")?, head.try_get("hash")?);
                let mut check = ChainCheck::default();
                let mut after = 0i64;
                loop {
                    let rows = sqlx::query("SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 5000")
                        .bind(after).fetch_all(&mut *tx).await?;
                    if rows.is_empty() { break; }
                    for row in &rows {
                        let e = audit_from(row)?;
                        after = e.seq;
                        if !check.push(&e) {
                            tx.rollback().await?;
                            return Ok(check.finish(head_seq, &head_hash));
                        }
                    }
                }
                tx.rollback().await?;
                Ok(check.finish(head_seq, &head_hash))
            }
        }
    };
}

pub(crate) use impl_store;
