//! Reports from members of the public ("report a concern") and their triage.
//!
//! A public report is written by someone with no account. When they choose to stay
//! anonymous nothing that identifies them is kept: no name, no contact details, and (by
//! design of the web layer) no network address in the record or the logs.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::records::{blank_to_none, text};
use crate::vocab::{ContactChoice, DangerNow, FindingVerdict, MessageAuthor, ReportStatus};
use crate::{Classification, HandlingCode, Markings, ValidationError};

/// The most characters a member of the public may write in the main account.
pub const MAX_ACCOUNT: usize = 5_000;
/// The most characters in each of the other free-text answers.
pub const MAX_ANSWER: usize = 1_000;
/// The most characters in a name, phone or email.
pub const MAX_SHORT: usize = 200;

/// What a member of the public submits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewPublicReport {
    pub danger_now: Option<DangerNow>,
    /// What they saw, in their own words.
    pub what: String,
    /// An address or a description of the place.
    pub place: String,
    pub postcode: Option<String>,
    /// When they saw it, in their words.
    pub when: String,
    pub people: String,
    pub vehicles: String,
    pub businesses: String,
    pub contact: Option<ContactChoice>,
    pub reporter_name: Option<String>,
    pub reporter_phone: Option<String>,
    pub reporter_email: Option<String>,
}

impl NewPublicReport {
    /// Every rule that the answers break, each with its field; empty when all is well.
    /// Also trims the answers and drops identifying details when the reporter stays
    /// anonymous.
    pub fn check(&mut self) -> Vec<ValidationError> {
        let mut errors = Vec::new();
        if self.danger_now.is_none() {
            errors.push(ValidationError::new(
                "danger_now",
                "tell us whether anyone is in danger right now",
            ));
        }
        for (field, value, max) in [
            ("what", &mut self.what, MAX_ACCOUNT),
            ("place", &mut self.place, MAX_ANSWER),
            ("when", &mut self.when, MAX_ANSWER),
            ("people", &mut self.people, MAX_ANSWER),
            ("vehicles", &mut self.vehicles, MAX_ANSWER),
            ("businesses", &mut self.businesses, MAX_ANSWER),
        ] {
            *value = value.trim().to_string();
            if let Err(e) = text(field, value, 0, max) {
                errors.push(e);
            }
        }
        if self.what.is_empty() {
            errors.push(ValidationError::new("what", "tell us what you saw"));
        }
        self.postcode = blank_to_none(self.postcode.take());
        if let Some(pc) = &self.postcode {
            match crate::geo::normalise_postcode(pc) {
                Some(n) => self.postcode = Some(n),
                None => errors.push(ValidationError::new(
                    "postcode",
                    format!("'{}' is not a UK postcode such as M1 1AE; leave it empty if you do not know it", clip(pc)),
                )),
            }
        }
        if self.place.is_empty() && self.postcode.is_none() {
            errors.push(ValidationError::new(
                "place",
                "tell us where: an address, a postcode or a description of the place",
            ));
        }
        if self.contact.is_none() {
            errors.push(ValidationError::new(
                "contact",
                "choose whether to stay anonymous, share your details in confidence, or be contacted",
            ));
        }
        if self.contact == Some(ContactChoice::Anonymous) {
            self.reporter_name = None;
            self.reporter_phone = None;
            self.reporter_email = None;
        }
        for (field, value) in [
            ("reporter_name", &mut self.reporter_name),
            ("reporter_phone", &mut self.reporter_phone),
            ("reporter_email", &mut self.reporter_email),
        ] {
            *value = blank_to_none(value.take());
            if let Some(v) = value {
                if let Err(e) = text(field, v, 0, MAX_SHORT) {
                    errors.push(e);
                }
            }
        }
        if self.contact == Some(ContactChoice::Contact)
            && self.reporter_phone.is_none()
            && self.reporter_email.is_none()
        {
            errors.push(ValidationError::new(
                "reporter_phone",
                "give a phone number or an email address so we can contact you, or choose another option",
            ));
        }
        if let Some(e) = &self.reporter_email {
            if !e.contains('@') || e.contains(char::is_whitespace) {
                errors.push(ValidationError::new(
                    "reporter_email",
                    "enter an email address like name@example.com",
                ));
            }
        }
        errors
    }

    /// The text that the indicator engine reads: every free-text answer, labelled.
    pub fn narrative(&self) -> String {
        narrative(
            &self.what,
            &self.place,
            &self.when,
            &self.people,
            &self.vehicles,
            &self.businesses,
        )
    }
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

fn narrative(
    what: &str,
    place: &str,
    when: &str,
    people: &str,
    vehicles: &str,
    businesses: &str,
) -> String {
    let mut out = what.to_string();
    for (label, v) in [
        ("Where", place),
        ("When", when),
        ("People", people),
        ("Vehicles", vehicles),
        ("Businesses", businesses),
    ] {
        if !v.is_empty() {
            out.push_str("\n\n");
            out.push_str(label);
            out.push_str(": ");
            out.push_str(v);
        }
    }
    out
}

/// A stored public report, as the police see it in triage.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublicReport {
    pub id: Uuid,
    /// The reference given to the reporter, e.g. `PR-2026-00042`.
    pub reference: String,
    pub answers: NewPublicReport,
    /// The police force the place falls in (a `geo` force code), when known.
    pub force_code: Option<String>,
    /// The organisation whose triage queue holds it; nil when no force was found, which
    /// leaves it to national analysts.
    pub owner_org: Uuid,
    pub status: ReportStatus,
    /// `immediate`, `high`, `medium` or `low`, from the indicator engine.
    pub risk_level: String,
    /// The engine's findings, stored as it returned them (JSON).
    pub analysis: serde_json::Value,
    pub assigned_to: Option<Uuid>,
    pub outcome: Option<String>,
    pub intel_id: Option<Uuid>,
    pub case_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl PublicReport {
    /// Public reports are OFFICIAL-SENSITIVE and belong to the force they were routed to.
    pub fn markings(&self) -> Markings {
        report_markings(self.owner_org)
    }

    /// The engine's text: the answers plus everything the reporter added later.
    pub fn narrative(&self) -> String {
        self.answers.narrative()
    }
}

/// The markings every public report carries.
pub fn report_markings(owner_org: Uuid) -> Markings {
    Markings {
        classification: Classification::OfficialSensitive,
        handling_code: HandlingCode::P,
        handling_conditions: None,
        owner_org,
        case_team: None,
    }
}

/// The order of the triage queue: most urgent first.
pub fn risk_rank(level: &str) -> i32 {
    match level {
        "immediate" => 0,
        "high" => 1,
        "medium" => 2,
        _ => 3,
    }
}

/// One message on a report's thread: the reporter adding information, or a police question.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReportMessage {
    pub id: Uuid,
    pub report_id: Uuid,
    pub author: MessageAuthor,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// Checks a message's text.
pub fn check_message(body: &str) -> Result<String, ValidationError> {
    let body = body.trim().to_string();
    if body.is_empty() {
        return Err(ValidationError::new("body", "write your message"));
    }
    text("body", &body, 1, MAX_ACCOUNT)?;
    Ok(body)
}

/// An analyst's decision on one automatic finding, kept to measure the detector's precision.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FindingDecision {
    pub record_type: String,
    pub record_id: Uuid,
    /// `indicator`, `sign` or `exploitation`.
    pub kind: String,
    pub code: String,
    pub verdict: FindingVerdict,
    pub decided_by: Uuid,
    pub decided_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> NewPublicReport {
        NewPublicReport {
            danger_now: Some(DangerNow::No),
            what: " Men sleep at the car wash ".into(),
            place: "Car wash on Bury Road".into(),
            contact: Some(ContactChoice::Anonymous),
            ..Default::default()
        }
    }

    #[test]
    fn a_minimal_report_passes_and_is_trimmed() {
        let mut r = report();
        assert!(r.check().is_empty());
        assert_eq!(r.what, "Men sleep at the car wash");
    }

    #[test]
    fn what_and_where_are_required_and_every_error_is_listed() {
        let mut r = NewPublicReport {
            postcode: Some("not a postcode".into()),
            people: "x".repeat(MAX_ANSWER + 1),
            ..Default::default()
        };
        let fields: Vec<String> = r.check().into_iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            ["danger_now", "people", "what", "postcode", "contact"]
        );
    }

    #[test]
    fn anonymity_drops_identifying_details() {
        let mut r = report();
        r.contact = Some(ContactChoice::Anonymous);
        r.reporter_name = Some("Jane".into());
        r.reporter_email = Some("jane@example.com".into());
        assert!(r.check().is_empty());
        assert_eq!((r.reporter_name, r.reporter_email), (None, None));
    }

    #[test]
    fn contact_needs_a_way_to_reach_the_reporter() {
        let mut r = report();
        r.contact = Some(ContactChoice::Contact);
        assert_eq!(r.check()[0].field, "reporter_phone");
        r.reporter_email = Some("no-at-sign".into());
        assert_eq!(r.check()[0].field, "reporter_email");
    }

    #[test]
    fn postcode_is_normalised() {
        let mut r = report();
        r.postcode = Some("m1 1ae".into());
        assert!(r.check().is_empty());
        assert_eq!(r.postcode.as_deref(), Some("M1 1AE"));
    }

    #[test]
    fn narrative_labels_each_answer() {
        let mut r = report();
        r.vehicles = "White van AB12 CDE".into();
        r.check();
        assert_eq!(
            r.narrative(),
            "Men sleep at the car wash\n\nWhere: Car wash on Bury Road\n\nVehicles: White van AB12 CDE"
        );
    }

    #[test]
    fn risk_orders_immediate_first() {
        let mut levels = ["low", "immediate", "medium", "high"];
        levels.sort_by_key(|l| risk_rank(l));
        assert_eq!(levels, ["immediate", "high", "medium", "low"]);
    }
}
