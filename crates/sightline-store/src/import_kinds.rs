//! Imports of cases, intelligence reports and links: the writers behind
//! [`crate::RecordImport::add`] for those kinds, and the look-ups an import does for the
//! records its rows name (a link's ends, an intelligence report's case).
//!
//! Unlike people (bulk statements, `import.rs`), these are written one row at a time inside
//! the import's transaction: they come in thousands, not millions, and each needs a look-up
//! anyway (a case's reference, a link's ends). A row whose `(source, source_id)` is stored
//! is counted as already present. Every row's markings are validated and checked against
//! the policy like a person's; the import is audited once, at commit.
//!
//! [`impl_import_kinds`] is expanded next to `impl_store!` in each backend's module and
//! reuses its helpers (`Tx`, `map_unique`, `person_from`, …).

macro_rules! impl_import_kinds {
    ($store:ident) => {
        /// Checks a row's markings (once per distinct markings) and the policy for creating it.
        fn import_gate(ctx: &Ctx, m: &Markings, checked: &mut Option<Markings>) -> Result<()> {
            if checked.as_ref() != Some(m) {
                m.validate()?;
                check(&ctx.actor, m, Action::Create)?;
                *checked = Some(m.clone());
            }
            Ok(())
        }

        /// Writes imported cases; returns how many were new.
        async fn import_cases(tx: &mut Tx, ctx: &Ctx, batch: &ImportBatch, rows: Vec<crate::ImportCase>) -> Result<i64> {
            let mut checked = None;
            let mut written = 0;
            for mut r in rows {
                r.case.validate()?;
                import_gate(ctx, &r.markings, &mut checked)?;
                let present = sqlx::query("SELECT id FROM cases WHERE source = $1 AND source_id = $2")
                    .bind(&batch.source).bind(&r.source_id).fetch_optional(&mut **tx).await?;
                if present.is_some() {
                    continue;
                }
                let reference = match r.reference.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    Some(reference) => {
                        let taken = sqlx::query("SELECT id FROM cases WHERE reference = $1")
                            .bind(reference).fetch_optional(&mut **tx).await?;
                        if taken.is_some() {
                            return Err(StoreError::Conflict(format!(
                                "case {}: the reference '{reference}' is already another case's", r.source_id
                            )));
                        }
                        reference.to_string()
                    }
                    None => $store::next_reference(tx, "SL").await?,
                };
                let (c, m, now) = (&r.case, &r.markings, now());
                sqlx::query(
                    "INSERT INTO cases (id, reference, title, summary, status, exploitation_types, classification, handling_code, \
                     handling_conditions, owner_org, case_team, created_at, created_by, updated_at, details, source, source_id, batch_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
                )
                .bind(new_id()).bind(&reference).bind(&c.title).bind(&c.summary).bind(c.status.code())
                .bind(Json(&c.exploitation_types))
                .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                .bind(details_json(&c.details)?).bind(&batch.source).bind(&r.source_id).bind(batch.id)
                .execute(&mut **tx).await.map_err(|e| map_unique(e, "the case"))?;
                written += 1;
            }
            Ok(written)
        }

        /// Writes imported intelligence reports; returns how many were new.
        async fn import_intel(tx: &mut Tx, ctx: &Ctx, batch: &ImportBatch, rows: Vec<crate::ImportIntel>) -> Result<i64> {
            let mut checked = None;
            let mut written = 0;
            for mut r in rows {
                r.report.validate()?;
                r.details.validate()?;
                import_gate(ctx, &r.markings, &mut checked)?;
                let (p, m, now) = (&r.report, &r.markings, now());
                let done = sqlx::query(
                    "INSERT INTO intel_reports (id, title, narrative, source_evaluation, intelligence_assessment, information_date, \
                     classification, handling_code, handling_conditions, owner_org, case_team, created_at, created_by, updated_at, \
                     details, source, source_id, batch_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
                     ON CONFLICT (source, source_id) DO NOTHING",
                )
                .bind(new_id()).bind(&p.title).bind(&p.narrative)
                .bind(p.source_evaluation.code()).bind(p.intelligence_assessment.code()).bind(p.information_date)
                .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                .bind(details_json(&r.details)?).bind(&batch.source).bind(&r.source_id).bind(batch.id)
                .execute(&mut **tx).await.map_err(|e| map_unique(e, "the intelligence report"))?;
                written += done.rows_affected() as i64;
            }
            Ok(written)
        }

        /// Whether a link's end exists and the actor may read it, seen from inside the import.
        async fn import_end_readable(tx: &mut Tx, ctx: &Ctx, end: NodeRef) -> Result<bool> {
            let table = match end.node_type { NodeType::Person => "people", NodeType::Entity => "entities" };
            let row = sqlx::query(&format!("SELECT * FROM {table} WHERE id = $1")).bind(end.id).fetch_optional(&mut **tx).await?;
            let Some(row) = row else { return Ok(false) };
            let m = markings_from(&row)?;
            Ok(check(&ctx.actor, &m, Action::Read).is_ok())
        }

        /// Writes imported links between records the actor may read; returns how many were new.
        async fn import_links(tx: &mut Tx, ctx: &Ctx, batch: &ImportBatch, rows: Vec<crate::ImportLink>) -> Result<i64> {
            let mut checked = None;
            let mut written = 0;
            for mut r in rows {
                r.link.validate()?;
                import_gate(ctx, &r.markings, &mut checked)?;
                for end in [r.link.from, r.link.to] {
                    if !import_end_readable(tx, ctx, end).await? {
                        return Err(StoreError::Forbidden("one end of the link does not exist or you cannot see it"));
                    }
                }
                let (l, m, now) = (&r.link, &r.markings, now());
                let done = sqlx::query(
                    "INSERT INTO links (id, from_type, from_id, to_type, to_id, link_type, date_from, date_to, source, confidence, \
                     classification, handling_code, handling_conditions, owner_org, case_team, created_at, created_by, updated_at, \
                     source_id, batch_id) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) \
                     ON CONFLICT (source, source_id) DO NOTHING",
                )
                .bind(new_id()).bind(l.from.node_type.code()).bind(l.from.id).bind(l.to.node_type.code()).bind(l.to.id)
                .bind(l.link_type.code()).bind(&l.date_from).bind(&l.date_to).bind(&batch.source).bind(l.confidence.code())
                .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                .bind(&r.source_id).bind(batch.id)
                .execute(&mut **tx).await.map_err(|e| map_unique(e, "the link"))?;
                written += done.rows_affected() as i64;
            }
            Ok(written)
        }

        impl $store {
            /// See [`crate::Store::find_for_import`].
            async fn find_for_import_impl(&self, ctx: &Ctx, kind: crate::ImportTarget, key: &str, source: &str) -> Result<Option<Uuid>> {
                let key = key.trim();
                let id = Uuid::parse_str(key).ok();
                let (table, by_reference) = match kind {
                    crate::ImportTarget::Person => ("people", false),
                    crate::ImportTarget::Entity => ("entities", false),
                    crate::ImportTarget::Case => ("cases", true),
                };
                let row = match id {
                    Some(id) => self.fetch_one_opt(table, id).await?,
                    None if kind == crate::ImportTarget::Entity => None,
                    None => {
                        let by_source = sqlx::query(&format!("SELECT * FROM {table} WHERE source = $1 AND source_id = $2"))
                            .bind(source.trim()).bind(key).fetch_optional(&self.pool).await?;
                        match by_source {
                            Some(row) => Some(row),
                            None if by_reference => sqlx::query("SELECT * FROM cases WHERE reference = $1")
                                .bind(key).fetch_optional(&self.pool).await?,
                            None => None,
                        }
                    }
                };
                let Some(row) = row else { return Ok(None) };
                let m = markings_from(&row)?;
                if check(&ctx.actor, &m, Action::Read).is_err() {
                    return Ok(None);
                }
                Ok(Some(row.try_get("id")?))
            }
        }
    };
}

pub(crate) use impl_import_kinds;
