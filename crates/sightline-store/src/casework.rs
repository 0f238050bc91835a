//! Casework beyond the core records: reports from the public and their triage, and analysts'
//! verdicts on automatic findings. A second trait so `imp.rs` stays one size; every backend
//! implements it with the same SQL through [`impl_casework`], which reuses the helpers
//! (`gate`, `append`, `insert_intel`) of the backend's `impl_store!` expansion.

use async_trait::async_trait;
pub use sightline_core::forms::NewEvent;
use sightline_core::forms::{Answers, GuidedForm, NrmDecision, SupportReferral, TraffickingEvent};
use sightline_core::retention::{ReviewItem, Tombstone};
use sightline_core::{
    FindingDecision, FindingVerdict, IntelReport, Markings, NewIntelReport, NewPublicReport,
    PublicReport, ReportMessage, ReportStatus,
};
use uuid::Uuid;

use crate::{Ctx, Result};

/// What the triage queue shows.
#[derive(Debug, Clone, Default)]
pub struct TriageFilter {
    /// Only open reports (new or assigned) when false.
    pub include_closed: bool,
    pub force_code: Option<String>,
    /// An exploitation type code the engine found.
    pub exploitation: Option<String>,
    /// An indicator code the engine found.
    pub indicator: Option<String>,
}

/// A report as the public submits it, with what the web layer worked out on arrival.
#[derive(Debug, Clone)]
pub struct Submission {
    pub answers: NewPublicReport,
    /// SHA-256 (hex) of the secret the reporter was given to come back.
    pub secret_hash: String,
    pub force_code: Option<String>,
    /// The organisation whose queue receives it (nil: national analysts only).
    pub owner_org: Uuid,
    pub risk_level: String,
    pub analysis: serde_json::Value,
}

/// How often analysts agreed with one kind of finding.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Precision {
    pub kind: String,
    pub code: String,
    pub confirmed: i64,
    pub rejected: i64,
}

impl Precision {
    pub fn precision(&self) -> Option<f64> {
        let n = self.confirmed + self.rejected;
        (n > 0).then(|| self.confirmed as f64 / n as f64)
    }
}

#[async_trait]
pub trait Casework: Send + Sync {
    /// Stores a report from the public (no account); audited as `public`, with no address.
    async fn submit_public_report(&self, s: Submission) -> Result<PublicReport>;
    /// The report a reference and secret open, for its reporter; `None` when they don't match.
    async fn report_for_reporter(
        &self,
        reference: &str,
        secret_hash: &str,
    ) -> Result<Option<PublicReport>>;
    /// The reporter adds information; the report's analysis is replaced by the new one.
    async fn reporter_message(
        &self,
        report_id: Uuid,
        body: String,
        risk_level: String,
        analysis: serde_json::Value,
    ) -> Result<ReportMessage>;
    /// The thread as the reporter sees it (their additions and police questions).
    async fn reporter_thread(&self, report_id: Uuid) -> Result<Vec<ReportMessage>>;

    async fn triage_queue(
        &self,
        ctx: &Ctx,
        filter: &TriageFilter,
        limit: i64,
    ) -> Result<Vec<PublicReport>>;
    async fn get_public_report(&self, ctx: &Ctx, id: Uuid) -> Result<PublicReport>;
    async fn report_messages(&self, ctx: &Ctx, id: Uuid) -> Result<Vec<ReportMessage>>;
    /// Assigns the report to a user (or none); only to a user of the owning organisation.
    async fn assign_report(&self, ctx: &Ctx, id: Uuid, to: Option<Uuid>) -> Result<()>;
    /// Sends the report to another organisation's queue.
    async fn reroute_report(
        &self,
        ctx: &Ctx,
        id: Uuid,
        org: Uuid,
        force_code: Option<String>,
    ) -> Result<()>;
    /// A question for the reporter, shown when they come back with their secret.
    async fn police_message(&self, ctx: &Ctx, id: Uuid, body: String) -> Result<ReportMessage>;
    /// Links the report to a case the actor can read.
    async fn link_report_case(&self, ctx: &Ctx, id: Uuid, case_id: Uuid) -> Result<()>;
    /// Links the report to a person the actor can read (once; linking again is a no-op).
    async fn link_report_person(&self, ctx: &Ctx, id: Uuid, person_id: Uuid) -> Result<()>;
    /// The people linked to a report, those the reader may read (reads audited).
    async fn report_people(&self, ctx: &Ctx, id: Uuid) -> Result<Vec<sightline_core::Person>>;
    /// References of the public reports linked to a person, those the reader may read.
    async fn person_reports(&self, ctx: &Ctx, person_id: Uuid) -> Result<Vec<PublicReport>>;
    /// Turns the report into graded intelligence owned by the report's organisation, in
    /// one transaction with the report's change of status.
    async fn convert_report(
        &self,
        ctx: &Ctx,
        id: Uuid,
        intel: NewIntelReport,
    ) -> Result<IntelReport>;
    /// Opens a case from the report, owned by the report's organisation, and links the
    /// report to it, in one transaction (refused when the report already has a case).
    async fn report_to_case(
        &self,
        ctx: &Ctx,
        id: Uuid,
        case: sightline_core::NewCase,
    ) -> Result<sightline_core::Case>;
    async fn close_report(&self, ctx: &Ctx, id: Uuid, outcome: String) -> Result<()>;

    /// Records (or changes) an analyst's verdict on one finding of a record they can read.
    async fn decide_finding(
        &self,
        ctx: &Ctx,
        record_type: &str,
        record_id: Uuid,
        kind: &str,
        code: &str,
        verdict: FindingVerdict,
    ) -> Result<()>;
    async fn finding_decisions(
        &self,
        ctx: &Ctx,
        record_type: &str,
        record_id: Uuid,
    ) -> Result<Vec<FindingDecision>>;
    /// Verdict counts per finding code, across every record: no personal data.
    async fn finding_precision(&self) -> Result<Vec<Precision>>;

    /// Starts a guided form (an NRM referral or a debrief) as a draft.
    async fn create_form(
        &self,
        ctx: &Ctx,
        kind: &str,
        markings: Markings,
        person_id: Option<Uuid>,
        case_id: Option<Uuid>,
    ) -> Result<GuidedForm>;
    async fn get_form(&self, ctx: &Ctx, id: Uuid) -> Result<GuidedForm>;
    /// Saves a draft's answers after a step (only while it is a draft).
    async fn save_form(&self, ctx: &Ctx, id: Uuid, answers: &Answers, step: &str) -> Result<()>;
    /// Submits a complete form with its final answers; a debrief's trafficking events are
    /// written in the same transaction.
    async fn submit_form(
        &self,
        ctx: &Ctx,
        id: Uuid,
        answers: &Answers,
        route: Option<String>,
        events: Vec<NewEvent>,
    ) -> Result<GuidedForm>;
    async fn list_forms(&self, ctx: &Ctx, kind: &str, limit: i64) -> Result<Vec<GuidedForm>>;
    /// Records (or corrects) a reasonable or conclusive grounds decision on a referral.
    async fn record_nrm_decision(
        &self,
        ctx: &Ctx,
        form_id: Uuid,
        stage: &str,
        decision: &str,
        decided_on: chrono::NaiveDate,
    ) -> Result<()>;
    async fn nrm_decisions(&self, ctx: &Ctx, form_id: Uuid) -> Result<Vec<NrmDecision>>;
    /// A person's journey, oldest first (events without a date last).
    async fn person_events(&self, ctx: &Ctx, person_id: Uuid) -> Result<Vec<TraffickingEvent>>;

    /// People and intelligence the actor may read, with their MoPI review dates, soonest
    /// first, due on or before `due_by`.
    async fn review_queue(
        &self,
        ctx: &Ctx,
        due_by: chrono::NaiveDate,
        limit: i64,
    ) -> Result<Vec<ReviewItem>>;
    /// Records a review: `retain` sets the next review from the (possibly new) risk group;
    /// `dispose` removes the record and everything derived from it, in one transaction,
    /// and leaves a tombstone.
    async fn review_record(
        &self,
        ctx: &Ctx,
        record_type: &str,
        id: Uuid,
        risk_group: i32,
        decision: &str,
        reason: &str,
    ) -> Result<()>;
    async fn tombstones(&self, ctx: &Ctx) -> Result<Vec<Tombstone>>;

    /// Refers the person of a submitted NRM referral for support, if their consent and
    /// choice allow it (`sightline_core::forms::support_allowed`).
    async fn create_support_referral(
        &self,
        ctx: &Ctx,
        form_id: Uuid,
        provider: &str,
    ) -> Result<SupportReferral>;
    async fn support_referrals(&self, ctx: &Ctx, form_id: Uuid) -> Result<Vec<SupportReferral>>;
}

/// The open statuses of the triage queue.
pub(crate) fn open_status(s: ReportStatus) -> bool {
    matches!(s, ReportStatus::New | ReportStatus::Assigned)
}

/// Whether a report's stored analysis lists `code` under `field`.
pub(crate) fn analysis_has(
    analysis: &serde_json::Value,
    field: &str,
    key: &str,
    code: &str,
) -> bool {
    analysis[field]
        .as_array()
        .is_some_and(|xs| xs.iter().any(|x| x[key].as_str() == Some(code)))
}

macro_rules! impl_casework {
    ($store:ident) => {
        mod casework_impl {
            use super::*;
            use crate::casework::{analysis_has, open_status, Casework, NewEvent, Precision, Submission, TriageFilter};
            use sightline_core::forms::{support_allowed, Answers, FormDef, GuidedForm, NrmDecision, SupportReferral, TraffickingEvent};
            use sightline_core::retention::{next_review, ReviewItem, Tombstone, DEFAULT_GROUP, RISK_GROUPS};
            use sightline_core::{
                may_reroute, public::risk_rank, FindingDecision, FindingVerdict,
                MessageAuthor, NewPublicReport, PublicReport, ReportMessage, ReportStatus,
            };

            fn report_from(row: &DbRow) -> Result<PublicReport> {
                let answers: String = row.try_get("answers")?;
                let analysis: String = row.try_get("analysis")?;
                Ok(PublicReport {
                    id: row.try_get("id")?,
                    reference: row.try_get("reference")?,
                    answers: serde_json::from_str::<NewPublicReport>(&answers)
                        .map_err(|e| StoreError::Config(format!("stored report answers: {e}")))?,
                    force_code: row.try_get("force_code")?,
                    owner_org: row.try_get("owner_org")?,
                    status: parse(row, "status")?,
                    risk_level: row.try_get("risk_level")?,
                    analysis: serde_json::from_str(&analysis).unwrap_or_default(),
                    assigned_to: row.try_get("assigned_to")?,
                    outcome: row.try_get("outcome")?,
                    intel_id: row.try_get("intel_id")?,
                    case_id: row.try_get("case_id")?,
                    created_at: row.try_get("created_at")?,
                    updated_at: row.try_get("updated_at")?,
                })
            }

            fn message_from(row: &DbRow) -> Result<ReportMessage> {
                Ok(ReportMessage {
                    id: row.try_get("id")?,
                    report_id: row.try_get("report_id")?,
                    author: parse(row, "author")?,
                    body: row.try_get("body")?,
                    created_at: row.try_get("created_at")?,
                })
            }

            fn form_from(row: &DbRow) -> Result<GuidedForm> {
                let answers: String = row.try_get("answers")?;
                Ok(GuidedForm {
                    id: row.try_get("id")?,
                    kind: row.try_get("kind")?,
                    reference: row.try_get("reference")?,
                    status: row.try_get("status")?,
                    answers: serde_json::from_str(&answers).map_err(|e| StoreError::Config(format!("stored form answers: {e}")))?,
                    step: row.try_get("step")?,
                    person_id: row.try_get("person_id")?,
                    case_id: row.try_get("case_id")?,
                    route: row.try_get("route")?,
                    markings: markings_from(row)?,
                    provenance: Provenance {
                        created_at: row.try_get("created_at")?,
                        created_by: row.try_get("created_by")?,
                        updated_at: row.try_get("updated_at")?,
                        source: None,
                        source_id: None,
                        batch_id: None,
                    },
                    submitted_at: row.try_get("submitted_at")?,
                })
            }

            fn event_from(row: &DbRow) -> Result<TraffickingEvent> {
                Ok(TraffickingEvent {
                    id: row.try_get("id")?,
                    person_id: row.try_get("person_id")?,
                    case_id: row.try_get("case_id")?,
                    form_id: row.try_get("form_id")?,
                    kind: row.try_get("kind")?,
                    date: row.try_get("event_date")?,
                    place: row.try_get("place")?,
                    description: row.try_get("description")?,
                    markings: markings_from(row)?,
                    created_at: row.try_get("created_at")?,
                })
            }

            fn answers_json(a: &Answers) -> Result<String> {
                serde_json::to_string(a).map_err(|e| StoreError::Config(e.to_string()))
            }

            fn public_event(action: &str, id: Uuid, detail: impl AsRef<str>) -> AuditEvent {
                AuditEvent {
                    actor_id: None,
                    actor_name: "public".into(),
                    org_id: None,
                    action: action.into(),
                    record_type: "public_report".into(),
                    record_id: id.to_string(),
                    purpose: String::new(),
                    outcome: Outcome::Allowed,
                    detail: detail.as_ref().to_string(),
                }
            }

            impl $store {
                /// Loads a report and checks the actor may do `action` with it.
                async fn report_for(&self, ctx: &Ctx, id: Uuid, action: Action) -> Result<PublicReport> {
                    let row = self.fetch_one_opt("public_reports", id).await?.ok_or(StoreError::NotFound)?;
                    let r = report_from(&row)?;
                    self.gate(ctx, &r.markings(), action, "public_report", id).await?;
                    Ok(r)
                }

                /// Loads a guided form and checks the actor may do `action` with it.
                async fn form_for(&self, ctx: &Ctx, id: Uuid, action: Action) -> Result<GuidedForm> {
                    let row = self.fetch_one_opt("guided_forms", id).await?.ok_or(StoreError::NotFound)?;
                    let f = form_from(&row)?;
                    self.gate(ctx, &f.markings, action, "form", id).await?;
                    Ok(f)
                }

                /// Audits an update that a single statement made inside `tx`, then commits.
                async fn finish_update(tx: Tx, ctx: &Ctx, id: Uuid, action: &str, detail: String) -> Result<()> {
                    let mut tx = tx;
                    append(&mut tx, AuditEvent::by(ctx, action, "public_report", id, Outcome::Allowed).with_detail(detail)).await?;
                    tx.commit().await?;
                    Ok(())
                }

                /// Checks the actor may read the record a finding belongs to.
                async fn finding_record(&self, ctx: &Ctx, record_type: &str, record_id: Uuid) -> Result<()> {
                    match record_type {
                        "public_report" => self.report_for(ctx, record_id, Action::Read).await.map(|_| ()),
                        "intel" => {
                            let row = self.fetch_one_opt("intel_reports", record_id).await?.ok_or(StoreError::NotFound)?;
                            let r = intel_from(&row)?;
                            self.gate(ctx, &r.markings, Action::Read, "intel", record_id).await
                        }
                        other => Err(StoreError::Invalid(sightline_core::ValidationError::new("record_type", format!("findings are not kept for '{other}'")))),
                    }
                }
            }

            #[async_trait]
            impl Casework for $store {
                async fn submit_public_report(&self, s: Submission) -> Result<PublicReport> {
                    let id = new_id();
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    let reference = Self::next_reference(&mut tx, "PR").await?;
                    let report = PublicReport {
                        id,
                        reference,
                        answers: s.answers,
                        force_code: s.force_code,
                        owner_org: s.owner_org,
                        status: ReportStatus::New,
                        risk_level: s.risk_level,
                        analysis: s.analysis,
                        assigned_to: None,
                        outcome: None,
                        intel_id: None,
                        case_id: None,
                        created_at: now,
                        updated_at: now,
                    };
                    let answers = serde_json::to_string(&report.answers).map_err(|e| StoreError::Config(e.to_string()))?;
                    sqlx::query(
                        "INSERT INTO public_reports (id, reference, secret_hash, answers, force_code, owner_org, status, risk_level, \
                         risk_rank, analysis, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                    )
                    .bind(id).bind(&report.reference).bind(&s.secret_hash).bind(answers).bind(&report.force_code)
                    .bind(report.owner_org).bind(report.status.code()).bind(&report.risk_level)
                    .bind(risk_rank(&report.risk_level)).bind(report.analysis.to_string()).bind(now).bind(now)
                    .execute(&mut *tx).await?;
                    let detail = format!(
                        "{} routed to {}; risk {}",
                        report.reference,
                        report.force_code.as_deref().unwrap_or("no force (national)"),
                        report.risk_level
                    );
                    append(&mut tx, public_event("submit", id, detail)).await?;
                    tx.commit().await?;
                    Ok(report)
                }

                async fn report_for_reporter(&self, reference: &str, secret_hash: &str) -> Result<Option<PublicReport>> {
                    let row = sqlx::query("SELECT * FROM public_reports WHERE reference = $1")
                        .bind(reference.trim().to_ascii_uppercase())
                        .fetch_optional(&self.pool)
                        .await?;
                    let Some(row) = row else { return Ok(None) };
                    let stored: String = row.try_get("secret_hash")?;
                    // Both are hex digests of the same length; compare without an early exit.
                    let same = stored.len() == secret_hash.len()
                        && stored.bytes().zip(secret_hash.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
                    if !same {
                        return Ok(None);
                    }
                    let r = report_from(&row)?;
                    self.audit(public_event("reporter_return", r.id, &r.reference)).await?;
                    Ok(Some(r))
                }

                async fn reporter_message(&self, report_id: Uuid, body: String, risk_level: String, analysis: serde_json::Value) -> Result<ReportMessage> {
                    let body = sightline_core::public::check_message(&body)?;
                    let now = now();
                    let m = ReportMessage { id: new_id(), report_id, author: MessageAuthor::Reporter, body, created_at: now };
                    let mut tx = self.begin_write().await?;
                    sqlx::query("INSERT INTO public_report_messages (id, report_id, author, body, created_at) VALUES ($1, $2, $3, $4, $5)")
                        .bind(m.id).bind(report_id).bind(m.author.code()).bind(&m.body).bind(now)
                        .execute(&mut *tx).await.map_err(|e| map_unique(e, "the message"))?;
                    sqlx::query("UPDATE public_reports SET risk_level = $1, risk_rank = $2, analysis = $3, updated_at = $4 WHERE id = $5")
                        .bind(&risk_level).bind(risk_rank(&risk_level)).bind(analysis.to_string()).bind(now).bind(report_id)
                        .execute(&mut *tx).await?;
                    append(&mut tx, public_event("reporter_add", report_id, format!("{} characters added; risk {risk_level}", m.body.chars().count()))).await?;
                    tx.commit().await?;
                    Ok(m)
                }

                async fn reporter_thread(&self, report_id: Uuid) -> Result<Vec<ReportMessage>> {
                    let rows = sqlx::query("SELECT * FROM public_report_messages WHERE report_id = $1 ORDER BY created_at, id")
                        .bind(report_id).fetch_all(&self.pool).await?;
                    rows.iter().map(message_from).collect()
                }

                async fn triage_queue(&self, ctx: &Ctx, f: &TriageFilter, limit: i64) -> Result<Vec<PublicReport>> {
                    let rows = sqlx::query("SELECT * FROM public_reports ORDER BY risk_rank, created_at DESC")
                        .fetch_all(&self.pool).await?;
                    let mut out = Vec::new();
                    for row in &rows {
                        let r = report_from(row)?;
                        if check(&ctx.actor, &r.markings(), Action::Read).is_err() {
                            continue;
                        }
                        if !f.include_closed && !open_status(r.status) {
                            continue;
                        }
                        if f.force_code.as_ref().is_some_and(|c| r.force_code.as_ref() != Some(c)) {
                            continue;
                        }
                        if f.exploitation.as_ref().is_some_and(|t| !analysis_has(&r.analysis, "exploitation", "type", t)) {
                            continue;
                        }
                        if f.indicator.as_ref().is_some_and(|c| !analysis_has(&r.analysis, "indicators", "code", c)) {
                            continue;
                        }
                        out.push(r);
                        if out.len() as i64 >= limit {
                            break;
                        }
                    }
                    let ids: Vec<String> = out.iter().map(|r| r.id.to_string()).collect();
                    self.audit(AuditEvent::by(ctx, "list", "public_report", "", Outcome::Allowed)
                        .with_detail(format!("{} shown: {}", ids.len(), ids.join(" ")))).await?;
                    Ok(out)
                }

                async fn get_public_report(&self, ctx: &Ctx, id: Uuid) -> Result<PublicReport> {
                    let r = self.report_for(ctx, id, Action::Read).await?;
                    self.audit(AuditEvent::by(ctx, "read", "public_report", id, Outcome::Allowed)).await?;
                    Ok(r)
                }

                async fn report_messages(&self, ctx: &Ctx, id: Uuid) -> Result<Vec<ReportMessage>> {
                    self.report_for(ctx, id, Action::Read).await?;
                    self.reporter_thread(id).await
                }

                async fn assign_report(&self, ctx: &Ctx, id: Uuid, to: Option<Uuid>) -> Result<()> {
                    let r = self.report_for(ctx, id, Action::Update).await?;
                    if let Some(user) = to {
                        let u = self.get_user(user).await?;
                        if u.org_id != r.owner_org {
                            return Err(StoreError::Invalid(sightline_core::ValidationError::new(
                                "assigned_to", "assign the report to someone in the organisation that holds it",
                            )));
                        }
                    }
                    let status = match (to, r.status) {
                        (Some(_), ReportStatus::New) => ReportStatus::Assigned,
                        (None, ReportStatus::Assigned) => ReportStatus::New,
                        (_, s) => s,
                    };
                    let detail = match to { Some(u) => format!("assigned to {u}"), None => "unassigned".into() };
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE public_reports SET assigned_to = $1, status = $2, updated_at = $3 WHERE id = $4")
                        .bind(to).bind(status.code()).bind(now()).bind(id).execute(&mut *tx).await?;
                    Self::finish_update(tx, ctx, id, "assign", detail).await
                }

                async fn reroute_report(&self, ctx: &Ctx, id: Uuid, org: Uuid, force_code: Option<String>) -> Result<()> {
                    let row = self.fetch_one_opt("public_reports", id).await?.ok_or(StoreError::NotFound)?;
                    let r = report_from(&row)?;
                    if !may_reroute(&ctx.actor, &r.markings()) {
                        self.audit(AuditEvent::by(ctx, "reroute", "public_report", id, Outcome::Denied)).await?;
                        return Err(StoreError::Forbidden("only national analysts or the force holding a report can send it to another force"));
                    }
                    let target = self.get_org(org).await?;
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE public_reports SET owner_org = $1, force_code = $2, assigned_to = NULL, status = $3, updated_at = $4 WHERE id = $5")
                        .bind(org).bind(&force_code).bind(ReportStatus::New.code()).bind(now()).bind(id)
                        .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "reroute", "public_report", id, Outcome::Allowed)
                        .with_detail(format!("sent to {}", target.name))).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn police_message(&self, ctx: &Ctx, id: Uuid, body: String) -> Result<ReportMessage> {
                    self.report_for(ctx, id, Action::Update).await?;
                    let body = sightline_core::public::check_message(&body)?;
                    let now = now();
                    let m = ReportMessage { id: new_id(), report_id: id, author: MessageAuthor::Police, body, created_at: now };
                    let mut tx = self.begin_write().await?;
                    sqlx::query("INSERT INTO public_report_messages (id, report_id, author, body, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind(m.id).bind(id).bind(m.author.code()).bind(&m.body).bind(now).bind(ctx.actor.user_id)
                        .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "ask_reporter", "public_report", id, Outcome::Allowed)).await?;
                    tx.commit().await?;
                    Ok(m)
                }

                async fn link_report_case(&self, ctx: &Ctx, id: Uuid, case_id: Uuid) -> Result<()> {
                    self.report_for(ctx, id, Action::Update).await?;
                    let case = self.get_case(ctx, case_id).await?;
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE public_reports SET case_id = $1, updated_at = $2 WHERE id = $3")
                        .bind(case.id).bind(now()).bind(id).execute(&mut *tx).await?;
                    Self::finish_update(tx, ctx, id, "link_case", format!("linked to {}", case.reference)).await
                }

                async fn link_report_person(&self, ctx: &Ctx, id: Uuid, person_id: Uuid) -> Result<()> {
                    self.report_for(ctx, id, Action::Update).await?;
                    let person = self.get_person(ctx, person_id).await?;
                    let mut tx = self.begin_write().await?;
                    let n = sqlx::query(
                        "INSERT INTO public_report_people (report_id, person_id, created_by, created_at) VALUES ($1, $2, $3, $4) \
                         ON CONFLICT (report_id, person_id) DO NOTHING",
                    )
                    .bind(id).bind(person.id).bind(ctx.actor.user_id).bind(now()).execute(&mut *tx).await?.rows_affected();
                    if n == 0 {
                        return Ok(());
                    }
                    sqlx::query("UPDATE public_reports SET updated_at = $1 WHERE id = $2").bind(now()).bind(id).execute(&mut *tx).await?;
                    Self::finish_update(tx, ctx, id, "link_person", format!("linked to person {}", person.id)).await
                }

                async fn report_people(&self, ctx: &Ctx, id: Uuid) -> Result<Vec<Person>> {
                    self.report_for(ctx, id, Action::Read).await?;
                    let rows = sqlx::query(
                        "SELECT p.* FROM public_report_people rp JOIN people p ON p.id = rp.person_id WHERE rp.report_id = $1 ORDER BY rp.created_at",
                    )
                    .bind(id).fetch_all(&self.pool).await?;
                    self.readable_listed(ctx, "person", rows.iter().map(person_from).collect::<Result<Vec<_>>>()?).await
                }

                async fn person_reports(&self, ctx: &Ctx, person_id: Uuid) -> Result<Vec<PublicReport>> {
                    let rows = sqlx::query(
                        "SELECT r.* FROM public_report_people rp JOIN public_reports r ON r.id = rp.report_id WHERE rp.person_id = $1 ORDER BY rp.created_at",
                    )
                    .bind(person_id).fetch_all(&self.pool).await?;
                    let reports: Vec<PublicReport> = rows.iter().map(report_from).collect::<Result<Vec<_>>>()?
                        .into_iter().filter(|r| check(&ctx.actor, &r.markings(), Action::Read).is_ok()).collect();
                    if !reports.is_empty() {
                        let ids: Vec<String> = reports.iter().map(|r| r.id.to_string()).collect();
                        self.audit(AuditEvent::by(ctx, "list", "public_report", "", Outcome::Allowed)
                            .with_detail(format!("reports about person {person_id}: {}", ids.join(" ")))).await?;
                    }
                    Ok(reports)
                }

                async fn convert_report(&self, ctx: &Ctx, id: Uuid, mut intel: NewIntelReport) -> Result<IntelReport> {
                    let r = self.report_for(ctx, id, Action::Update).await?;
                    if r.intel_id.is_some() {
                        return Err(StoreError::Conflict(format!("{} has already been converted to intelligence", r.reference)));
                    }
                    intel.validate()?;
                    let mut m = r.markings();
                    m.classification = Classification::OfficialSensitive;
                    let intel_id = new_id();
                    self.gate(ctx, &m, Action::Create, "intel", intel_id).await?;
                    let now = now();
                    let report = IntelReport {
                        id: intel_id,
                        title: intel.title,
                        narrative: intel.narrative,
                        source_evaluation: intel.source_evaluation,
                        intelligence_assessment: intel.intelligence_assessment,
                        information_date: intel.information_date,
                        details: Default::default(),
                        markings: m,
                        provenance: Provenance::new(now, ctx.actor.user_id),
                    };
                    let mut tx = self.begin_write().await?;
                    insert_intel(&mut tx, ctx, &report).await?;
                    sqlx::query("UPDATE public_reports SET intel_id = $1, status = $2, updated_at = $3 WHERE id = $4")
                        .bind(intel_id).bind(ReportStatus::Converted.code()).bind(now).bind(id)
                        .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "convert", "public_report", id, Outcome::Allowed)
                        .with_detail(format!("{} became intelligence {intel_id} graded {}", r.reference, report.grade()))).await?;
                    tx.commit().await?;
                    Ok(report)
                }

                async fn report_to_case(&self, ctx: &Ctx, id: Uuid, mut c: NewCase) -> Result<Case> {
                    let r = self.report_for(ctx, id, Action::Update).await?;
                    if let Some(existing) = r.case_id {
                        return Err(StoreError::Conflict(format!("{} is already linked to a case ({existing})", r.reference)));
                    }
                    c.validate()?;
                    let mut m = r.markings();
                    m.classification = Classification::OfficialSensitive;
                    let case_id = new_id();
                    self.gate(ctx, &m, Action::Create, "case", case_id).await?;
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    let reference = Self::next_reference(&mut tx, "SL").await?;
                    let case = c.into_case(case_id, reference, m, Provenance::new(now, ctx.actor.user_id));
                    insert_case(&mut tx, ctx, &case).await?;
                    sqlx::query("UPDATE public_reports SET case_id = $1, updated_at = $2 WHERE id = $3")
                        .bind(case_id).bind(now).bind(id).execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "open_case", "public_report", id, Outcome::Allowed)
                        .with_detail(format!("{} opened case {}", r.reference, case.reference))).await?;
                    tx.commit().await?;
                    Ok(case)
                }

                async fn close_report(&self, ctx: &Ctx, id: Uuid, outcome: String) -> Result<()> {
                    self.report_for(ctx, id, Action::Update).await?;
                    let outcome = outcome.trim().to_string();
                    if outcome.is_empty() {
                        return Err(StoreError::Invalid(sightline_core::ValidationError::new("outcome", "say why the report is being closed")));
                    }
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE public_reports SET status = $1, outcome = $2, updated_at = $3 WHERE id = $4")
                        .bind(ReportStatus::Closed.code()).bind(&outcome).bind(now()).bind(id).execute(&mut *tx).await?;
                    Self::finish_update(tx, ctx, id, "close", outcome).await
                }

                async fn decide_finding(&self, ctx: &Ctx, record_type: &str, record_id: Uuid, kind: &str, code: &str, verdict: FindingVerdict) -> Result<()> {
                    self.finding_record(ctx, record_type, record_id).await?;
                    if !matches!(kind, "indicator" | "sign" | "exploitation") {
                        return Err(StoreError::Invalid(sightline_core::ValidationError::new("kind", "a finding is an indicator, a sign or an exploitation type")));
                    }
                    let mut tx = self.begin_write().await?;
                    sqlx::query(
                        "INSERT INTO finding_decisions (record_type, record_id, kind, code, verdict, decided_by, decided_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (record_type, record_id, kind, code) \
                         DO UPDATE SET verdict = excluded.verdict, decided_by = excluded.decided_by, decided_at = excluded.decided_at",
                    )
                    .bind(record_type).bind(record_id).bind(kind).bind(code).bind(verdict.code()).bind(ctx.actor.user_id).bind(now())
                    .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "finding_verdict", record_type, record_id, Outcome::Allowed)
                        .with_detail(format!("{kind} {code}: {}", verdict.code()))).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn finding_decisions(&self, ctx: &Ctx, record_type: &str, record_id: Uuid) -> Result<Vec<FindingDecision>> {
                    self.finding_record(ctx, record_type, record_id).await?;
                    let rows = sqlx::query("SELECT * FROM finding_decisions WHERE record_type = $1 AND record_id = $2 ORDER BY kind, code")
                        .bind(record_type).bind(record_id).fetch_all(&self.pool).await?;
                    rows.iter().map(|row| Ok(FindingDecision {
                        record_type: row.try_get("record_type")?,
                        record_id: row.try_get("record_id")?,
                        kind: row.try_get("kind")?,
                        code: row.try_get("code")?,
                        verdict: parse(row, "verdict")?,
                        decided_by: row.try_get("decided_by")?,
                        decided_at: row.try_get("decided_at")?,
                    })).collect()
                }

                async fn finding_precision(&self) -> Result<Vec<Precision>> {
                    let rows = sqlx::query(
                        "SELECT kind, code, \
                         SUM(CASE WHEN verdict = 'confirmed' THEN 1 ELSE 0 END) AS confirmed, \
                         SUM(CASE WHEN verdict = 'rejected' THEN 1 ELSE 0 END) AS rejected \
                         FROM finding_decisions GROUP BY kind, code ORDER BY kind, code",
                    ).fetch_all(&self.pool).await?;
                    rows.iter().map(|row| Ok(Precision {
                        kind: row.try_get("kind")?,
                        code: row.try_get("code")?,
                        confirmed: row.try_get("confirmed")?,
                        rejected: row.try_get("rejected")?,
                    })).collect()
                }

                async fn create_form(&self, ctx: &Ctx, kind: &str, m: Markings, person_id: Option<Uuid>, case_id: Option<Uuid>) -> Result<GuidedForm> {
                    let def = FormDef::by_kind(kind).ok_or_else(|| StoreError::Invalid(sightline_core::ValidationError::new("kind", format!("there is no form '{kind}'"))))?;
                    m.validate()?;
                    let id = new_id();
                    self.gate(ctx, &m, Action::Create, "form", id).await?;
                    if let Some(p) = person_id { self.get_person(ctx, p).await?; }
                    if let Some(c) = case_id { self.get_case(ctx, c).await?; }
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    let prefix = if kind == "nrm_referral" { "NRM" } else { "DB" };
                    let reference = Self::next_reference(&mut tx, prefix).await?;
                    let f = GuidedForm {
                        id, kind: def.kind.to_string(), reference, status: "draft".into(), answers: Answers::new(),
                        step: def.steps[0].id.to_string(), person_id, case_id, route: None, markings: m,
                        provenance: Provenance::new(now, ctx.actor.user_id), submitted_at: None,
                    };
                    let m = &f.markings;
                    sqlx::query(
                        "INSERT INTO guided_forms (id, kind, reference, status, answers, step, person_id, case_id, classification, handling_code, \
                         handling_conditions, owner_org, case_team, created_at, created_by, updated_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                    )
                    .bind(id).bind(&f.kind).bind(&f.reference).bind(&f.status).bind(answers_json(&f.answers)?).bind(&f.step)
                    .bind(person_id).bind(case_id).bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions)
                    .bind(m.owner_org).bind(m.case_team).bind(now).bind(ctx.actor.user_id).bind(now)
                    .execute(&mut *tx).await.map_err(|e| map_unique(e, "the form"))?;
                    append(&mut tx, AuditEvent::by(ctx, "create", "form", id, Outcome::Allowed).with_detail(format!("{} {}", f.kind, f.reference))).await?;
                    tx.commit().await?;
                    Ok(f)
                }

                async fn get_form(&self, ctx: &Ctx, id: Uuid) -> Result<GuidedForm> {
                    let f = self.form_for(ctx, id, Action::Read).await?;
                    self.audit(AuditEvent::by(ctx, "read", "form", id, Outcome::Allowed)).await?;
                    Ok(f)
                }

                async fn save_form(&self, ctx: &Ctx, id: Uuid, answers: &Answers, step: &str) -> Result<()> {
                    let f = self.form_for(ctx, id, Action::Update).await?;
                    if f.status != "draft" {
                        return Err(StoreError::Conflict(format!("{} has been submitted and can no longer be changed", f.reference)));
                    }
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE guided_forms SET answers = $1, step = $2, updated_at = $3 WHERE id = $4")
                        .bind(answers_json(answers)?).bind(step).bind(now()).bind(id).execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "update", "form", id, Outcome::Allowed).with_detail(format!("{} step {step} saved", f.reference))).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn submit_form(&self, ctx: &Ctx, id: Uuid, answers: &Answers, route: Option<String>, events: Vec<NewEvent>) -> Result<GuidedForm> {
                    let mut f = self.form_for(ctx, id, Action::Update).await?;
                    if f.status != "draft" {
                        return Err(StoreError::Conflict(format!("{} has already been submitted", f.reference)));
                    }
                    let def = f.def().ok_or(StoreError::NotFound)?;
                    if let Some((step, errors)) = def.first_incomplete(answers) {
                        let e = errors.into_iter().next().expect("an incomplete step has an error");
                        return Err(StoreError::Invalid(sightline_core::ValidationError::new(e.field, format!("{} (step: {})", e.message, step.title))));
                    }
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    sqlx::query("UPDATE guided_forms SET answers = $1, status = 'submitted', route = $2, submitted_at = $3, updated_at = $3 WHERE id = $4")
                        .bind(answers_json(answers)?).bind(&route).bind(now).bind(id).execute(&mut *tx).await?;
                    let m = &f.markings;
                    let mut written = 0;
                    if let Some(person) = f.person_id {
                        for e in &events {
                            if let Some(d) = &e.date { sightline_core::partial_date("date", d)?; }
                            sqlx::query(
                                "INSERT INTO trafficking_events (id, person_id, case_id, form_id, kind, event_date, place, description, classification, \
                                 handling_code, handling_conditions, owner_org, case_team, created_at, created_by) \
                                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
                            )
                            .bind(new_id()).bind(person).bind(f.case_id).bind(id).bind(&e.kind).bind(&e.date).bind(&e.place).bind(&e.description)
                            .bind(m.classification.code()).bind(m.handling_code.code()).bind(&m.handling_conditions).bind(m.owner_org).bind(m.case_team)
                            .bind(now).bind(ctx.actor.user_id)
                            .execute(&mut *tx).await?;
                            written += 1;
                        }
                    }
                    append(&mut tx, AuditEvent::by(ctx, "submit", "form", id, Outcome::Allowed).with_detail(format!(
                        "{} submitted{}; {written} trafficking events", f.reference, route.as_deref().map(|r| format!(" as {r}")).unwrap_or_default()))).await?;
                    tx.commit().await?;
                    f.status = "submitted".into();
                    f.answers = answers.clone();
                    f.route = route;
                    f.submitted_at = Some(now);
                    Ok(f)
                }

                async fn list_forms(&self, ctx: &Ctx, kind: &str, limit: i64) -> Result<Vec<GuidedForm>> {
                    let rows = sqlx::query("SELECT * FROM guided_forms WHERE kind = $1 ORDER BY created_at DESC").bind(kind).fetch_all(&self.pool).await?;
                    let mut out = Vec::new();
                    for row in &rows {
                        let f = form_from(row)?;
                        if check(&ctx.actor, &f.markings, Action::Read).is_ok() {
                            out.push(f);
                            if out.len() as i64 >= limit { break; }
                        }
                    }
                    let ids: Vec<String> = out.iter().map(|f| f.id.to_string()).collect();
                    self.audit(AuditEvent::by(ctx, "list", "form", "", Outcome::Allowed).with_detail(format!("{kind}: {} shown: {}", ids.len(), ids.join(" ")))).await?;
                    Ok(out)
                }

                async fn record_nrm_decision(&self, ctx: &Ctx, form_id: Uuid, stage: &str, decision: &str, decided_on: chrono::NaiveDate) -> Result<()> {
                    let f = self.form_for(ctx, form_id, Action::Update).await?;
                    let invalid = |field: &str, m: &str| StoreError::Invalid(sightline_core::ValidationError::new(field, m));
                    if f.kind != "nrm_referral" || f.status != "submitted" || f.route.as_deref() == Some("duty_to_notify") {
                        return Err(invalid("stage", "decisions are recorded on submitted NRM referrals (a Duty to Notify gets none)"));
                    }
                    if !matches!(stage, "reasonable_grounds" | "conclusive_grounds") { return Err(invalid("stage", "the stage is reasonable_grounds or conclusive_grounds")); }
                    if !matches!(decision, "positive" | "negative") { return Err(invalid("decision", "the decision is positive or negative")); }
                    if let Some(sub) = f.submitted_at { if decided_on < sub.date_naive() { return Err(invalid("decided_on", "a decision cannot come before the referral was submitted")); } }
                    if stage == "conclusive_grounds" {
                        let rg = self.nrm_decisions(ctx, form_id).await?.into_iter().find(|d| d.stage == "reasonable_grounds");
                        match rg {
                            Some(d) if d.decision == "positive" && d.decided_on <= decided_on => {}
                            _ => return Err(invalid("stage", "a conclusive grounds decision follows a positive reasonable grounds decision made on or before it")),
                        }
                    }
                    let mut tx = self.begin_write().await?;
                    sqlx::query(
                        "INSERT INTO nrm_decisions (form_id, stage, decision, decided_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6) \
                         ON CONFLICT (form_id, stage) DO UPDATE SET decision = excluded.decision, decided_on = excluded.decided_on, \
                         recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
                    )
                    .bind(form_id).bind(stage).bind(decision).bind(decided_on).bind(ctx.actor.user_id).bind(now())
                    .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "nrm_decision", "form", form_id, Outcome::Allowed).with_detail(format!("{} {stage} {decision} on {decided_on}", f.reference))).await?;
                    tx.commit().await?;
                    Ok(())
                }

                async fn nrm_decisions(&self, ctx: &Ctx, form_id: Uuid) -> Result<Vec<NrmDecision>> {
                    self.form_for(ctx, form_id, Action::Read).await?;
                    let rows = sqlx::query("SELECT * FROM nrm_decisions WHERE form_id = $1 ORDER BY decided_on").bind(form_id).fetch_all(&self.pool).await?;
                    rows.iter().map(|r| Ok(NrmDecision {
                        form_id: r.try_get("form_id")?, stage: r.try_get("stage")?, decision: r.try_get("decision")?,
                        decided_on: r.try_get("decided_on")?, recorded_by: r.try_get("recorded_by")?, recorded_at: r.try_get("recorded_at")?,
                    })).collect()
                }

                async fn person_events(&self, ctx: &Ctx, person_id: Uuid) -> Result<Vec<TraffickingEvent>> {
                    self.get_person(ctx, person_id).await?;
                    let rows = sqlx::query("SELECT * FROM trafficking_events WHERE person_id = $1").bind(person_id).fetch_all(&self.pool).await?;
                    let mut out = Vec::new();
                    for row in &rows {
                        let e = event_from(row)?;
                        if check(&ctx.actor, &e.markings, Action::Read).is_ok() { out.push(e); }
                    }
                    out.sort_by(|a, b| (a.date.is_none(), &a.date, a.created_at).cmp(&(b.date.is_none(), &b.date, b.created_at)));
                    Ok(out)
                }

                async fn review_queue(&self, ctx: &Ctx, due_by: chrono::NaiveDate, limit: i64) -> Result<Vec<ReviewItem>> {
                    let rows = sqlx::query("SELECT * FROM retention").fetch_all(&self.pool).await?;
                    let mut set = std::collections::HashMap::new();
                    for r in &rows {
                        let t: String = r.try_get("record_type")?;
                        let id: Uuid = r.try_get("record_id")?;
                        let g: i32 = r.try_get("risk_group")?;
                        let due: chrono::NaiveDate = r.try_get("review_due")?;
                        let last: Option<String> = r.try_get("last_decision")?;
                        set.insert((t, id), (g, due, last));
                    }
                    let mut out = Vec::new();
                    let people = self.visible(ctx, "people", i64::MAX, person_from).await?;
                    let intel = self.visible(ctx, "intel_reports", i64::MAX, intel_from).await?;
                    let items = people.into_iter().map(|p| ("person", p.id, p.display_name(), p.markings.owner_org, p.provenance.created_at))
                        .chain(intel.into_iter().map(|r| ("intel", r.id, r.title.clone(), r.markings.owner_org, r.provenance.created_at)));
                    for (t, id, label, owner, created) in items {
                        let (group, due, last) = set.remove(&(t.to_string(), id))
                            .unwrap_or((DEFAULT_GROUP, next_review(DEFAULT_GROUP, created.date_naive()), None));
                        if due <= due_by {
                            out.push(ReviewItem { record_type: t.into(), record_id: id, label, risk_group: group, review_due: due, owner_org: owner, last_decision: last });
                        }
                    }
                    out.sort_by(|a, b| (a.review_due, &a.label).cmp(&(b.review_due, &b.label)));
                    out.truncate(limit.max(0) as usize);
                    let ids: Vec<String> = out.iter().map(|i| i.record_id.to_string()).collect();
                    self.audit(AuditEvent::by(ctx, "list", "review", "", Outcome::Allowed).with_detail(format!("{} shown: {}", ids.len(), ids.join(" ")))).await?;
                    Ok(out)
                }

                async fn review_record(&self, ctx: &Ctx, record_type: &str, id: Uuid, risk_group: i32, decision: &str, reason: &str) -> Result<()> {
                    let invalid = |f: &str, m: &str| StoreError::Invalid(sightline_core::ValidationError::new(f, m));
                    let reason = reason.trim();
                    if reason.is_empty() { return Err(invalid("reason", "give the reason for the decision")); }
                    if !RISK_GROUPS.iter().any(|(g, _, _)| *g == risk_group) { return Err(invalid("risk_group", "choose risk group 1, 2 or 3")); }
                    let (table, m) = match record_type {
                        "person" => ("people", person_from(&self.fetch_one_opt("people", id).await?.ok_or(StoreError::NotFound)?)?.markings),
                        "intel" => ("intel_reports", intel_from(&self.fetch_one_opt("intel_reports", id).await?.ok_or(StoreError::NotFound)?)?.markings),
                        _ => return Err(invalid("record_type", "reviews are of people and intelligence reports")),
                    };
                    self.gate(ctx, &m, Action::Update, record_type, id).await?;
                    let now = now();
                    let mut tx = self.begin_write().await?;
                    match decision {
                        "retain" => {
                            let due = next_review(risk_group, now.date_naive());
                            sqlx::query(
                                "INSERT INTO retention (record_type, record_id, risk_group, review_due, last_decision, last_reason, reviewed_by, reviewed_at) \
                                 VALUES ($1, $2, $3, $4, 'retain', $5, $6, $7) ON CONFLICT (record_type, record_id) DO UPDATE SET \
                                 risk_group = excluded.risk_group, review_due = excluded.review_due, last_decision = excluded.last_decision, \
                                 last_reason = excluded.last_reason, reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at",
                            )
                            .bind(record_type).bind(id).bind(risk_group).bind(due).bind(reason).bind(ctx.actor.user_id).bind(now)
                            .execute(&mut *tx).await?;
                            append(&mut tx, AuditEvent::by(ctx, "review_retain", record_type, id, Outcome::Allowed)
                                .with_detail(format!("group {risk_group}, next review {due}: {reason}"))).await?;
                        }
                        "dispose" => {
                            let mut removed = Vec::new();
                            let mut count = |what: &str, n: u64| if n > 0 { removed.push(format!("{n} {what}")) };
                            if record_type == "person" {
                                let n = sqlx::query("DELETE FROM links WHERE (from_type = 'person' AND from_id = $1) OR (to_type = 'person' AND to_id = $1)")
                                    .bind(id).execute(&mut *tx).await?.rows_affected();
                                count("links", n);
                                let n = sqlx::query("DELETE FROM case_parties WHERE person_id = $1").bind(id).execute(&mut *tx).await?.rows_affected();
                                count("case parts", n);
                                let n = sqlx::query("DELETE FROM trafficking_events WHERE person_id = $1").bind(id).execute(&mut *tx).await?.rows_affected();
                                count("trafficking events", n);
                                sqlx::query("DELETE FROM nrm_decisions WHERE form_id IN (SELECT id FROM guided_forms WHERE person_id = $1)").bind(id).execute(&mut *tx).await?;
                                let n = sqlx::query("DELETE FROM guided_forms WHERE person_id = $1").bind(id).execute(&mut *tx).await?.rows_affected();
                                count("debriefs and referrals", n);
                                let n = sqlx::query("DELETE FROM public_report_people WHERE person_id = $1").bind(id).execute(&mut *tx).await?.rows_affected();
                                count("links to public reports", n);
                            } else {
                                sqlx::query("DELETE FROM finding_decisions WHERE record_type = 'intel' AND record_id = $1").bind(id).execute(&mut *tx).await?;
                                sqlx::query("UPDATE public_reports SET intel_id = NULL WHERE intel_id = $1").bind(id).execute(&mut *tx).await?;
                            }
                            sqlx::query("DELETE FROM retention WHERE record_type = $1 AND record_id = $2").bind(record_type).bind(id).execute(&mut *tx).await?;
                            sqlx::query(&format!("DELETE FROM {table} WHERE id = $1")).bind(id).execute(&mut *tx).await?;
                            let removed = if removed.is_empty() { "nothing else".to_string() } else { removed.join(", ") };
                            sqlx::query("INSERT INTO tombstones (record_type, record_id, owner_org, disposed_at, disposed_by, reason, removed) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                                .bind(record_type).bind(id).bind(m.owner_org).bind(now).bind(ctx.actor.user_id).bind(reason).bind(&removed)
                                .execute(&mut *tx).await?;
                            append(&mut tx, AuditEvent::by(ctx, "dispose", record_type, id, Outcome::Allowed)
                                .with_detail(format!("MoPI disposal, with {removed}: {reason}"))).await?;
                        }
                        _ => return Err(invalid("decision", "the decision is retain or dispose")),
                    }
                    tx.commit().await?;
                    Ok(())
                }

                async fn tombstones(&self, ctx: &Ctx) -> Result<Vec<Tombstone>> {
                    let rows = sqlx::query("SELECT * FROM tombstones ORDER BY disposed_at DESC").fetch_all(&self.pool).await?;
                    let mut out = Vec::new();
                    for r in &rows {
                        let t = Tombstone {
                            record_type: r.try_get("record_type")?, record_id: r.try_get("record_id")?, owner_org: r.try_get("owner_org")?,
                            disposed_at: r.try_get("disposed_at")?, disposed_by: r.try_get("disposed_by")?, reason: r.try_get("reason")?,
                            removed: r.try_get("removed")?,
                        };
                        // Tombstones hold no personal data; each organisation sees its own, national analysts all.
                        if t.owner_org == ctx.actor.org_id || ctx.actor.role == sightline_core::Role::NationalAnalyst || ctx.actor.role == sightline_core::Role::Admin {
                            out.push(t);
                        }
                    }
                    Ok(out)
                }

                async fn create_support_referral(&self, ctx: &Ctx, form_id: Uuid, provider: &str) -> Result<SupportReferral> {
                    let f = self.form_for(ctx, form_id, Action::Update).await?;
                    if let Err(why) = support_allowed(&f, provider) {
                        return Err(StoreError::Invalid(sightline_core::ValidationError::new("provider", why)));
                    }
                    let r = SupportReferral { id: new_id(), form_id, provider: provider.to_string(), created_by: ctx.actor.user_id, created_at: now() };
                    let mut tx = self.begin_write().await?;
                    sqlx::query("INSERT INTO support_referrals (id, form_id, provider, created_by, created_at) VALUES ($1, $2, $3, $4, $5)")
                        .bind(r.id).bind(form_id).bind(&r.provider).bind(r.created_by).bind(r.created_at)
                        .execute(&mut *tx).await?;
                    append(&mut tx, AuditEvent::by(ctx, "support_referral", "form", form_id, Outcome::Allowed)
                        .with_detail(format!("{} referred to {provider}", f.reference))).await?;
                    tx.commit().await?;
                    Ok(r)
                }

                async fn support_referrals(&self, ctx: &Ctx, form_id: Uuid) -> Result<Vec<SupportReferral>> {
                    self.form_for(ctx, form_id, Action::Read).await?;
                    let rows = sqlx::query("SELECT * FROM support_referrals WHERE form_id = $1 ORDER BY created_at").bind(form_id).fetch_all(&self.pool).await?;
                    rows.iter().map(|r| Ok(SupportReferral {
                        id: r.try_get("id")?, form_id: r.try_get("form_id")?, provider: r.try_get("provider")?,
                        created_by: r.try_get("created_by")?, created_at: r.try_get("created_at")?,
                    })).collect()
                }
            }
        }
    };
}

pub(crate) use impl_casework;
