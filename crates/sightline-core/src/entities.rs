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

/// The key under which records of the same thing match across forces: two entities of one
/// kind with the same key are taken to be the same phone, address, vehicle or account.
/// It is computed from the normalised value and kept beside it (`entities.match_key`),
/// so "the same phone in another force's records" is one indexed lookup.
///
/// Beyond the normalised value: an email's `+tag` and a Gmail address's dots are dropped
/// (they reach the same mailbox); a bank account keeps its digits (sort code and number,
/// however written) unless it is an IBAN; a document's number loses words such as
/// "passport no"; a handle or advert loses `@`, the scheme, `www.` and a trailing `/`; a
/// business loses `Ltd`, `Limited`, `The`, punctuation and `&`/`and`; an address with a
/// UK postcode becomes its postcode, house number and flat (`LS6 2AB|14|2`), so "Flat 2,
/// 14 Ash Gr, Leeds LS62AB" and "14 Ash Grove (flat 2) LS6 2AB" are one place, while the
/// flat next door is not; without a postcode, the words with street types spelt out.
pub fn match_key(kind: EntityKind, normalised: &str) -> String {
    let n = normalised.trim();
    match kind {
        EntityKind::Phone | EntityKind::Vehicle => n.to_string(),
        EntityKind::Email => email_key(n),
        EntityKind::BankAccount => {
            let iban = n.len() >= 15
                && n.chars().take(2).all(|c| c.is_ascii_alphabetic())
                && n.chars().skip(2).take(2).all(|c| c.is_ascii_digit());
            if iban {
                n.to_uppercase()
            } else {
                let digits: String = n.chars().filter(char::is_ascii_digit).collect();
                if digits.is_empty() {
                    n.to_uppercase()
                } else {
                    digits
                }
            }
        }
        EntityKind::Document => {
            let mut s = n.to_uppercase();
            for word in ["PASSPORT", "NUMBER", "NINO", "BRP", "REF", "NO", "ID", "NI"] {
                if let Some(rest) = s.strip_prefix(word) {
                    if rest.chars().any(|c| c.is_ascii_digit()) {
                        s = rest.to_string();
                    }
                }
            }
            s
        }
        EntityKind::OnlineIdentifier => {
            let mut s = n.to_lowercase();
            for p in ["https://", "http://", "www.", "@"] {
                if let Some(rest) = s.strip_prefix(p) {
                    s = rest.to_string();
                }
            }
            s.trim_end_matches('/').to_string()
        }
        EntityKind::Business => {
            let lower = n.to_lowercase().replace('&', " and ");
            let words: Vec<String> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .filter(|w| !matches!(*w, "ltd" | "limited" | "plc" | "llp" | "the" | "and" | "co"))
                .map(str::to_string)
                .collect();
            words.join(" ")
        }
        EntityKind::Location => address_key(n),
    }
}

fn email_key(e: &str) -> String {
    let e = e.to_lowercase();
    let Some((local, domain)) = e.rsplit_once('@') else {
        return e;
    };
    let local = local.split('+').next().unwrap_or(local);
    let domain = if domain == "googlemail.com" {
        "gmail.com"
    } else {
        domain
    };
    if domain == "gmail.com" {
        format!("{}@{domain}", local.replace('.', ""))
    } else {
        format!("{local}@{domain}")
    }
}

/// See [`match_key`]: postcode|number|flat, or the spelt-out words without one.
fn address_key(a: &str) -> String {
    let upper = a.to_uppercase();
    let words: Vec<&str> = upper
        .split(|c: char| !(c.is_alphanumeric() || c == '/'))
        .filter(|w| !w.is_empty())
        .collect();
    // The postcode: the last two words, or the last word alone, written without a space.
    let mut postcode = None;
    let mut body = words.len();
    if words.len() >= 2 {
        if let Some(p) = crate::geo::normalise_postcode(&format!(
            "{} {}",
            words[words.len() - 2],
            words[words.len() - 1]
        )) {
            postcode = Some(p);
            body = words.len() - 2;
        }
    }
    if postcode.is_none() {
        if let Some(p) = words.last().and_then(|w| crate::geo::normalise_postcode(w)) {
            postcode = Some(p);
            body = words.len() - 1;
        }
    }
    let words = &words[..body];
    let Some(postcode) = postcode else {
        let spelt: Vec<&str> = words.iter().map(|w| street_word(w)).collect();
        return spelt.join(" ");
    };
    // Flat: "FLAT 2", "APARTMENT 2", "2/14" (flat 2 of number 14); house: the first
    // number otherwise ("14", "14A").
    let mut flat = String::new();
    let mut house = String::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if matches!(w, "FLAT" | "APARTMENT" | "APT" | "UNIT" | "ROOM") && i + 1 < words.len() {
            flat = words[i + 1].to_string();
            i += 2;
            continue;
        }
        if house.is_empty() && w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            if let Some((f, h)) = w.split_once('/') {
                flat = f.to_string();
                house = h.to_string();
            } else if flat.is_empty() && i + 1 < words.len() && is_house_number(words[i + 1]) {
                // "2 14 ASH GROVE": a flat number written before the house number.
                flat = w.to_string();
                house = words[i + 1].to_string();
                i += 1;
            } else {
                house = w.to_string();
            }
        }
        i += 1;
    }
    if house.is_empty() {
        // A named building: its first word stands in for the number.
        house = words
            .first()
            .map(|w| street_word(w).to_string())
            .unwrap_or_default();
    }
    format!("{postcode}|{house}|{flat}")
}

fn is_house_number(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        && w.chars().filter(|c| c.is_ascii_alphabetic()).count() <= 1
}

fn street_word(w: &str) -> &str {
    match w {
        "RD" => "ROAD",
        "ST" => "STREET",
        "AVE" | "AV" => "AVENUE",
        "GR" | "GRV" => "GROVE",
        "LN" => "LANE",
        "CL" => "CLOSE",
        "CRES" | "CRS" => "CRESCENT",
        "DR" => "DRIVE",
        "PL" => "PLACE",
        "SQ" => "SQUARE",
        "TER" | "TERR" => "TERRACE",
        "CT" => "COURT",
        "GDNS" => "GARDENS",
        "PDE" => "PARADE",
        "HSE" => "HOUSE",
        other => other,
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

    fn key(kind: EntityKind, raw: &str) -> String {
        match_key(kind, &normalise(kind, raw).unwrap())
    }

    #[test]
    fn addresses_match_by_postcode_house_and_flat() {
        let l = EntityKind::Location;
        let a = key(l, "Flat 2, 14 Ash Gr, Leeds LS62AB");
        assert_eq!(a, "LS6 2AB|14|2");
        assert_eq!(key(l, "14 Ash Grove (flat 2) LS6 2AB"), a);
        assert_eq!(key(l, "2/14 Ash Grove, Leeds, LS6 2AB"), a);
        // The flat next door, the house next door and another postcode are other places.
        assert_ne!(key(l, "Flat 3, 14 Ash Grove, LS6 2AB"), a);
        assert_ne!(
            key(l, "16 Ash Grove, LS6 2AB"),
            key(l, "14 Ash Grove, LS6 2AB")
        );
        assert_ne!(
            key(l, "14 Ash Grove, LS6 2AD"),
            key(l, "14 Ash Grove, LS6 2AB")
        );
        assert_eq!(key(l, "14A Leek Rd, Hanley ST1 3AB"), "ST1 3AB|14A|");
        // A named building without a number, and an address without a postcode.
        assert_eq!(
            key(l, "Rose Cottage, Long Lane, HU12 8PQ"),
            "HU12 8PQ|ROSE|"
        );
        assert_eq!(key(l, "22 Bramley Cl, Hull"), "22 BRAMLEY CLOSE HULL");
        assert_eq!(key(l, "22 Bramley Close, Hull"), "22 BRAMLEY CLOSE HULL");
    }

    #[test]
    fn other_kinds_match_as_the_same_thing() {
        use EntityKind::*;
        assert_eq!(key(Phone, "07700 900123"), key(Phone, "+44 7700 900123"));
        assert_eq!(
            key(Email, "Jan.Kowal+ads@googlemail.com"),
            "jankowal@gmail.com"
        );
        assert_eq!(
            key(Email, "jan.kowal@example.co.uk"),
            "jan.kowal@example.co.uk"
        );
        assert_ne!(
            key(Email, "jan.kowal@example.co.uk"),
            key(Email, "jankowal@example.co.uk")
        );
        assert_eq!(key(Vehicle, "fd19 xkp"), key(Vehicle, "FD19XKP"));
        assert_eq!(key(BankAccount, "20-00-00 12345678"), "20000012345678");
        assert_eq!(
            key(BankAccount, "sort code 200000, account 12345678"),
            "20000012345678"
        );
        assert_eq!(
            key(BankAccount, "GB29 NWBK 6016 1331 9268 19"),
            "GB29NWBK60161331926819"
        );
        assert_eq!(key(Document, "Passport no. 123456789"), "123456789");
        assert_eq!(key(Document, "NI AB123456C"), "AB123456C");
        assert_eq!(
            key(OnlineIdentifier, "https://www.adultwork.com/123/"),
            key(OnlineIdentifier, "adultwork.com/123")
        );
        assert_eq!(key(OnlineIdentifier, "@Sweet_Lily"), "sweet_lily");
        assert_eq!(
            key(Business, "Sparkle Hand Car Wash Ltd."),
            "sparkle hand car wash"
        );
        assert_eq!(
            key(Business, "J & M Recruitment Limited"),
            key(Business, "J and M Recruitment")
        );
    }

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
