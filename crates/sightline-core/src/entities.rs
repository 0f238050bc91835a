//! Entities (phones, places, vehicles, accounts…), the links that tie them to people and
//! to each other, and people's parts in cases.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::policy::Markings;
use crate::records::{partial_date, Provenance};
use crate::vocab::{CaseRole, Confidence, EntityKind, LinkType};
use crate::ValidationError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: Uuid,
    pub kind: EntityKind,
    /// As written in the source.
    pub value: String,
    /// The comparable form (E.164 phone, upper-case VRM without spaces, lower-case email…).
    pub normalised: String,
    /// Anything else known: make and colour, premises type, bank, document type.
    pub details: String,
    pub markings: Markings,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewEntity {
    pub kind: EntityKind,
    pub value: String,
    #[serde(default)]
    pub details: String,
}

impl NewEntity {
    /// Validates and returns the normalised value.
    pub fn validate(&mut self) -> Result<String, ValidationError> {
        self.value = self.value.trim().to_string();
        if self.value.is_empty() || self.value.chars().count() > 500 {
            return Err(ValidationError::new(
                "value",
                "enter a value of up to 500 characters",
            ));
        }
        if self.details.chars().count() > 5000 {
            return Err(ValidationError::new(
                "details",
                "the details are longer than 5000 characters",
            ));
        }
        normalise(self.kind, &self.value)
    }
}

/// The comparable form of an entity's value, or why it cannot be one of its kind.
pub fn normalise(kind: EntityKind, value: &str) -> Result<String, ValidationError> {
    let v = value.trim();
    match kind {
        EntityKind::Phone => phone_e164(v).ok_or_else(|| {
            ValidationError::new(
                "value",
                format!("'{v}' is not a phone number (e.g. 07700 900123 or +44 7700 900123)"),
            )
        }),
        EntityKind::Email => {
            let e = v.to_lowercase();
            let ok = e
                .split_once('@')
                .is_some_and(|(a, d)| !a.is_empty() && d.contains('.') && !d.starts_with('.'));
            if ok && !e.contains(char::is_whitespace) {
                Ok(e)
            } else {
                Err(ValidationError::new(
                    "value",
                    format!("'{v}' is not an email address"),
                ))
            }
        }
        EntityKind::Vehicle | EntityKind::BankAccount | EntityKind::Document => Ok(v
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_uppercase()),
        EntityKind::Location => Ok(normalise_address(v)),
        EntityKind::OnlineIdentifier | EntityKind::Business => Ok(v
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")),
    }
}

/// A UK or international number in E.164 (`+447700900123`), if it is one.
pub fn phone_e164(raw: &str) -> Option<String> {
    let mut s = raw.trim().replace("(0)", "");
    let plus = s.starts_with('+');
    s.retain(|c| c.is_ascii_digit());
    let digits = if plus {
        s
    } else if let Some(rest) = s.strip_prefix("00") {
        rest.to_string()
    } else if let Some(rest) = s.strip_prefix('0') {
        format!("44{rest}")
    } else if s.starts_with("44") && s.len() >= 12 {
        s
    } else {
        return None;
    };
    let uk_ok = !digits.starts_with("44") || digits.len() == 12 || digits.len() == 11;
    (8..=15)
        .contains(&digits.len())
        .then_some(())
        .filter(|_| uk_ok)
        .map(|_| format!("+{digits}"))
}

/// Upper case, single spaces, a UK postcode in its standard form (`B10 0XX`).
pub fn normalise_address(raw: &str) -> String {
    let words: Vec<String> = raw
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.to_uppercase())
        .collect();
    let mut out = words.join(" ");
    // Re-space a trailing postcode written without its space ("B100XX" → "B10 0XX").
    if let Some(last) = words.last() {
        if (5..=7).contains(&last.len())
            && last.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        {
            let (outward, inward) = last.split_at(last.len() - 3);
            let inward_ok = inward.chars().next().is_some_and(|c| c.is_ascii_digit())
                && inward.chars().skip(1).all(|c| c.is_ascii_alphabetic());
            if inward_ok && outward.chars().any(|c| c.is_ascii_digit()) {
                out.truncate(out.len() - last.len());
                out.push_str(&format!("{outward} {inward}"));
            }
        }
    }
    out
}

/// One end of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeType {
    Person,
    Entity,
}

impl NodeType {
    pub fn code(self) -> &'static str {
        match self {
            NodeType::Person => "person",
            NodeType::Entity => "entity",
        }
    }
    pub fn parse(s: &str) -> Option<NodeType> {
        match s {
            "person" => Some(NodeType::Person),
            "entity" => Some(NodeType::Entity),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NodeRef {
    #[serde(rename = "type")]
    pub node_type: NodeType,
    pub id: Uuid,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub id: Uuid,
    pub from: NodeRef,
    pub to: NodeRef,
    pub link_type: LinkType,
    /// Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date_from: Option<String>,
    pub date_to: Option<String>,
    /// Where the link is known from (a report, a debrief, an import).
    pub source: String,
    pub confidence: Confidence,
    pub markings: Markings,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NewLink {
    pub from: NodeRef,
    pub to: NodeRef,
    pub link_type: LinkType,
    #[serde(default)]
    pub date_from: Option<String>,
    #[serde(default)]
    pub date_to: Option<String>,
    #[serde(default)]
    pub source: String,
    #[serde(default = "medium")]
    pub confidence: Confidence,
}

fn medium() -> Confidence {
    Confidence::Medium
}

impl NewLink {
    pub fn validate(&mut self) -> Result<(), ValidationError> {
        if self.from == self.to {
            return Err(ValidationError::new(
                "to",
                "a record cannot be linked to itself",
            ));
        }
        for (field, d) in [
            ("date_from", &mut self.date_from),
            ("date_to", &mut self.date_to),
        ] {
            *d = d
                .take()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty());
            if let Some(v) = d {
                partial_date(field, v)?;
            }
        }
        if let (Some(a), Some(b)) = (&self.date_from, &self.date_to) {
            if b < a {
                return Err(ValidationError::new(
                    "date_to",
                    "the link ends before it starts",
                ));
            }
        }
        self.source = self.source.trim().chars().take(500).collect();
        Ok(())
    }
}

/// A person's part in a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseParty {
    pub case_id: Uuid,
    pub person_id: Uuid,
    pub role: CaseRole,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_to_e164() {
        assert_eq!(phone_e164("07700 900123").as_deref(), Some("+447700900123"));
        assert_eq!(
            phone_e164("+44 (0)7700 900123").as_deref(),
            Some("+447700900123")
        );
        assert_eq!(
            phone_e164("0044 7700 900123").as_deref(),
            Some("+447700900123")
        );
        assert_eq!(
            phone_e164("0121 496 0000").as_deref(),
            Some("+441214960000")
        );
        assert_eq!(
            phone_e164("+40 721 234 567").as_deref(),
            Some("+40721234567")
        );
        assert_eq!(phone_e164("12345"), None);
        assert_eq!(phone_e164("call me"), None);
        assert_eq!(
            phone_e164("077009001234567"),
            None,
            "too long for a UK number"
        );
    }

    #[test]
    fn other_kinds_normalise_for_comparison() {
        assert_eq!(
            normalise(EntityKind::Vehicle, "wx19 abc").unwrap(),
            "WX19ABC"
        );
        assert_eq!(
            normalise(EntityKind::Email, " Boss@Example.COM ").unwrap(),
            "boss@example.com"
        );
        assert!(normalise(EntityKind::Email, "not-an-email").is_err());
        assert_eq!(
            normalise_address("Unit 3,  Coventry Road, Birmingham b100xx"),
            "UNIT 3 COVENTRY ROAD BIRMINGHAM B10 0XX"
        );
        assert_eq!(normalise_address("12 High St, B1 1AA"), "12 HIGH ST B1 1AA");
    }

    #[test]
    fn links_need_two_different_ends_and_ordered_dates() {
        let n = |i| NodeRef {
            node_type: NodeType::Person,
            id: Uuid::from_u128(i),
        };
        let mut l = NewLink {
            from: n(1),
            to: n(1),
            link_type: LinkType::AssociateOf,
            date_from: None,
            date_to: None,
            source: String::new(),
            confidence: Confidence::High,
        };
        assert_eq!(l.validate().unwrap_err().field, "to");
        l.to = n(2);
        l.date_from = Some("2025-06".into());
        l.date_to = Some("2024".into());
        assert_eq!(l.validate().unwrap_err().field, "date_to");
        l.date_to = Some(" ".into());
        l.validate().unwrap();
        assert_eq!(l.date_to, None);
    }
}
