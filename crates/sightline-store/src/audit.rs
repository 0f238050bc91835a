//! The audit log's entries and hash chain.
//!
//! Each entry's hash is SHA-256 over its fields in a fixed order, including the hash of
//! the entry before it; the first entry follows [`GENESIS`]. Altering, removing or
//! reordering any entry breaks the chain at that entry, and the head row (the last
//! sequence number and hash) catches entries cut from the end.

use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::Ctx;

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Allowed,
    Denied,
    Failed,
}

impl Outcome {
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Allowed => "allowed",
            Outcome::Denied => "denied",
            Outcome::Failed => "failed",
        }
    }
}

/// What happened, before it is given a place in the chain.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub actor_id: Option<Uuid>,
    /// The username, or `system`, or `anonymous` for unauthenticated requests.
    pub actor_name: String,
    pub org_id: Option<Uuid>,
    /// e.g. `read`, `create`, `list`, `login`, `logout`, `login_failed`, `user_create`.
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub purpose: String,
    pub outcome: Outcome,
    pub detail: String,
}

impl AuditEvent {
    /// An event by an authenticated actor on a record.
    pub fn by(
        ctx: &Ctx,
        action: &str,
        record_type: &str,
        record_id: impl ToString,
        outcome: Outcome,
    ) -> Self {
        AuditEvent {
            actor_id: Some(ctx.actor.user_id),
            actor_name: ctx.actor.username.clone(),
            org_id: Some(ctx.actor.org_id),
            action: action.into(),
            record_type: record_type.into(),
            record_id: record_id.to_string(),
            purpose: ctx.purpose.clone().unwrap_or_default(),
            outcome,
            detail: format!("via {}", ctx.channel),
        }
    }

    /// An event by the system itself or by an operator at the command line with no account.
    pub fn system(
        action: &str,
        record_type: &str,
        record_id: impl ToString,
        detail: impl Into<String>,
    ) -> Self {
        AuditEvent {
            actor_id: None,
            actor_name: "system".into(),
            org_id: None,
            action: action.into(),
            record_type: record_type.into(),
            record_id: record_id.to_string(),
            purpose: String::new(),
            outcome: Outcome::Allowed,
            detail: detail.into(),
        }
    }

    /// An event on behalf of `by`, or the system when there is no actor.
    pub fn by_or_system(
        by: Option<&Ctx>,
        action: &str,
        record_type: &str,
        record_id: impl ToString,
    ) -> Self {
        match by {
            Some(ctx) => Self::by(ctx, action, record_type, record_id, Outcome::Allowed),
            None => Self::system(action, record_type, record_id, "via cli"),
        }
    }

    pub fn with_detail(mut self, detail: impl AsRef<str>) -> Self {
        if !detail.as_ref().is_empty() {
            if !self.detail.is_empty() {
                self.detail.push_str("; ");
            }
            self.detail.push_str(detail.as_ref());
        }
        self
    }
}

/// An entry as stored.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub id: Uuid,
    /// RFC 3339, UTC, microseconds: exactly the text that was hashed.
    pub at: String,
    pub actor_id: Option<Uuid>,
    pub actor_name: String,
    pub org_id: Option<Uuid>,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub purpose: String,
    pub outcome: String,
    pub detail: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditEntry {
    /// The hash this entry should carry, computed from its fields and `prev_hash`.
    pub fn compute_hash(&self) -> String {
        let mut h = Sha256::new();
        let opt = |u: &Option<Uuid>| u.map(|u| u.to_string()).unwrap_or_default();
        let fields: [&str; 13] = [
            &self.seq.to_string(),
            &self.id.to_string(),
            &self.at,
            &opt(&self.actor_id),
            &self.actor_name,
            &opt(&self.org_id),
            &self.action,
            &self.record_type,
            &self.record_id,
            &self.purpose,
            &self.outcome,
            &self.detail,
            &self.prev_hash,
        ];
        for f in fields {
            // Length-prefixed, so no two different field lists hash the same bytes.
            h.update((f.len() as u64).to_be_bytes());
            h.update(f.as_bytes());
        }
        hex::encode(h.finalize())
    }
}

/// Filters for listing the log (newest first).
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub record_type: Option<String>,
    pub record_id: Option<String>,
    pub outcome: Option<String>,
    /// Only entries with `seq` below this (for paging back).
    pub before_seq: Option<i64>,
    pub limit: i64,
}

/// The result of walking the chain.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    pub entries: i64,
    /// The first entry that fails, and why; `None` when the whole chain verifies.
    pub first_bad: Option<BadEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BadEntry {
    pub seq: i64,
    pub id: Option<Uuid>,
    pub reason: String,
}

/// Incremental chain checker: feed entries in `seq` order, then [`ChainCheck::finish`].
pub struct ChainCheck {
    expected_seq: i64,
    prev_hash: String,
    pub entries: i64,
    pub first_bad: Option<BadEntry>,
}

impl Default for ChainCheck {
    fn default() -> Self {
        ChainCheck {
            expected_seq: 1,
            prev_hash: GENESIS.into(),
            entries: 0,
            first_bad: None,
        }
    }
}

impl ChainCheck {
    /// Checks one entry; returns false once a bad entry has been found.
    pub fn push(&mut self, e: &AuditEntry) -> bool {
        if self.first_bad.is_some() {
            return false;
        }
        self.entries += 1;
        let bad = |reason: String| {
            Some(BadEntry {
                seq: e.seq,
                id: Some(e.id),
                reason,
            })
        };
        self.first_bad = if e.seq != self.expected_seq {
            bad(format!(
                "sequence number {} where {} was expected: entries are missing",
                e.seq, self.expected_seq
            ))
        } else if e.prev_hash != self.prev_hash {
            bad("its previous-hash does not match the entry before it".into())
        } else if e.compute_hash() != e.hash {
            bad("its contents do not match its hash: the entry was altered".into())
        } else {
            None
        };
        self.expected_seq = e.seq + 1;
        self.prev_hash = e.hash.clone();
        self.first_bad.is_none()
    }

    /// Compares the end of the chain with the head row.
    pub fn finish(mut self, head_seq: i64, head_hash: &str) -> VerifyReport {
        if self.first_bad.is_none()
            && (self.expected_seq - 1 != head_seq || self.prev_hash != head_hash)
        {
            self.first_bad = Some(BadEntry {
                seq: self.expected_seq,
                id: None,
                reason: format!(
                    "the log ends at entry {} but the chain head records entry {}: entries were removed from the end",
                    self.expected_seq - 1,
                    head_seq
                ),
            });
        }
        VerifyReport {
            entries: self.entries,
            first_bad: self.first_bad,
        }
    }
}

/// The canonical text form of an entry's time.
pub fn format_time(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(seq: i64, prev: &str) -> AuditEntry {
        let mut e = AuditEntry {
            seq,
            id: Uuid::from_u128(seq as u128),
            at: "2026-11-29T10:00:00.000000Z".into(),
            actor_id: None,
            actor_name: "system".into(),
            org_id: None,
            action: "create".into(),
            record_type: "case".into(),
            record_id: "x".into(),
            purpose: String::new(),
            outcome: "allowed".into(),
            detail: String::new(),
            prev_hash: prev.into(),
            hash: String::new(),
        };
        e.hash = e.compute_hash();
        e
    }

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut out: Vec<AuditEntry> = Vec::new();
        for seq in 1..=n {
            let prev = out
                .last()
                .map(|e| e.hash.clone())
                .unwrap_or_else(|| GENESIS.into());
            out.push(entry(seq, &prev));
        }
        out
    }

    fn check(entries: &[AuditEntry], head: (i64, &str)) -> VerifyReport {
        let mut c = ChainCheck::default();
        for e in entries {
            c.push(e);
        }
        c.finish(head.0, head.1)
    }

    #[test]
    fn an_intact_chain_verifies_and_the_empty_one_too() {
        let c = chain(5);
        assert!(check(&c, (5, &c[4].hash)).first_bad.is_none());
        assert!(check(&[], (0, GENESIS)).first_bad.is_none());
    }

    #[test]
    fn alteration_removal_and_truncation_are_caught_at_the_right_entry() {
        let c = chain(5);
        let mut altered = c.clone();
        altered[2].purpose = "covering tracks".into();
        assert_eq!(check(&altered, (5, &c[4].hash)).first_bad.unwrap().seq, 3);

        let mut removed = c.clone();
        removed.remove(1);
        let bad = check(&removed, (5, &c[4].hash)).first_bad.unwrap();
        assert_eq!(bad.seq, 3);
        assert!(bad.reason.contains("missing"));

        let truncated = &c[..3];
        let bad = check(truncated, (5, &c[4].hash)).first_bad.unwrap();
        assert!(
            bad.reason.contains("removed from the end"),
            "{}",
            bad.reason
        );

        let mut rehashed = c.clone();
        rehashed[2].purpose = "x".into();
        rehashed[2].hash = rehashed[2].compute_hash();
        assert_eq!(check(&rehashed, (5, &c[4].hash)).first_bad.unwrap().seq, 4);
    }
}
