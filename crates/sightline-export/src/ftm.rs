//! FollowTheMoney (FtM): the entity model of OCCRP Aleph and OpenSanctions.
//!
//! The export is JSON Lines of `{"id", "schema", "properties": {prop: [values]}}`. Ids are
//! `sl-<uuid>` of the Sightline record (a link's own id for a relationship entity), so a
//! re-export updates the same entities in Aleph rather than adding copies.
//!
//! **Source of the schemata.** [`SCHEMATA`] copies, for each schema used, the properties,
//! parents and required properties from `followthemoney/schema/<Name>.yaml` in the
//! `alephdata/followthemoney` repository on GitHub; the stored copies come from several
//! commits, so each [`Schema`] names the commit its file was read at. `Address` and
//! `Interval` are from the later `opensanctions/followthemoney` (where FtM now lives), at
//! commit `0092099bd33702ffdb14e9d2175c56890402be73`, because the alephdata copies of those
//! two were from before Address became a Thing.
//!
//! **Mapping.**
//!
//! | Sightline | FtM |
//! |---|---|
//! | organisation | `Organization` (`summary`: its type) |
//! | person | `Person`: `name`, `firstName`, `lastName`, `alias`, `birthDate` (partial dates kept, as FtM allows), `gender` (male/female/other), `nationality` (lower-case alpha-2, every nationality), `passportNumber`, `socialSecurityNumber` (National Insurance), `idNumber` (other identifiers), `appearance` (description) |
//! | phone, email entity | the `phone` / `email` property of the person or business that `uses_phone` / `uses_email` it (FtM has no phone or email entity) |
//! | location | `Address` (`full`, `postalCode` and `country: gb` when it ends with a UK postcode) |
//! | vehicle | `Vehicle` (`registrationNumber`) |
//! | bank account | `BankAccount` (`accountNumber`) |
//! | online identifier | `UserAccount` (`username`) |
//! | identity document | `Identification` (`number`, `type` from the details); left out when no person `holds_document` it, as FtM requires a holder |
//! | business | `Company` |
//! | `lives_at` | `addressEntity` and `address` of the person, and an `UnknownLink` with role "lives at" that keeps the dates |
//! | `works_at` a business | `Employment` |
//! | `owns` a vehicle, bank account or business | `Ownership` |
//! | `drives` | `operator` of the `Vehicle` |
//! | `uses_account` an online identifier | `owner` of the `UserAccount` |
//! | `holds_document` | `holder` of the `Identification` |
//! | `family_of`, `associate_of` between people | `Family`, `Associate` |
//! | any other link | `UnknownLink` with `role` = the link type's label |
//!
//! Relationship entities carry the link's dates as `startDate`/`endDate` and its confidence
//! in `description`. Details of an entity go in `description`.
//!
//! **Left out.** Cases and case parties (a person's part in a case is operational
//! information with no FtM schema), intelligence reports, people's notes, links' sources,
//! links to or from phones and emails other than `uses_phone`/`uses_email`, links whose
//! other end is not in the bundle, and every marking except the classification, which each
//! entity from a marked record carries as `Classification: …` in `notes` (Thing) or
//! `summary` (relationships, identifications), so it stays with the entity in Aleph.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use serde_json::{json, Map, Value};
use sightline_core::{
    Classification, Entity, EntityKind, Gender, Link, LinkType, NodeRef, NodeType, Organisation,
    Person,
};
use uuid::Uuid;

use crate::codes::{is_alpha2_lower, is_e164, is_iso_prefix_date, stable_id, uk_postcode};
use crate::{Bundle, ExportError, Index};

/// FtM property types used by the schemata here (a property without a type is `String`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PropType {
    String,
    Text,
    Name,
    Country,
    Date,
    Phone,
    Email,
    Identifier,
    Entity,
    Url,
    Address,
    Gender,
    Number,
    Iban,
    Topic,
    Language,
}

/// One FtM schema as its YAML file declares it.
#[derive(Debug, Clone, Copy)]
pub struct Schema {
    pub name: &'static str,
    pub extends: &'static [&'static str],
    pub is_abstract: bool,
    /// Required properties declared in this file (parents' are required too).
    pub required: &'static [&'static str],
    /// Properties declared in this file (parents' properties are inherited).
    pub properties: &'static [(&'static str, PropType)],
    /// The repository and commit the YAML file was read at.
    pub source: &'static str,
}

const OS: &str = "opensanctions/followthemoney@0092099bd33702ffdb14e9d2175c56890402be73";

use PropType as P;

/// The schemata this crate writes, copied from FtM's YAML (see the module docs).
pub static SCHEMATA: &[Schema] = &[
    Schema {
        name: "Thing",
        extends: &[],
        is_abstract: true,
        required: &["name"],
        properties: &[
            ("name", P::Name),
            ("summary", P::Text),
            ("description", P::Text),
            ("country", P::Country),
            ("alias", P::Name),
            ("previousName", P::Name),
            ("weakAlias", P::String),
            ("sourceUrl", P::Url),
            ("publisher", P::String),
            ("publisherUrl", P::Url),
            ("alephUrl", P::Url),
            ("wikipediaUrl", P::Url),
            ("wikidataId", P::Identifier),
            ("keywords", P::String),
            ("topics", P::Topic),
            ("address", P::Address),
            ("addressEntity", P::Entity),
            ("program", P::String),
            ("notes", P::Text),
            ("proof", P::Entity),
            ("indexText", P::Text),
            ("modifiedAt", P::Date),
            ("retrievedAt", P::Date),
        ],
        source: "alephdata/followthemoney@004707dea9d1239210511bf00a27b126a28e3c37",
    },
    Schema {
        name: "LegalEntity",
        extends: &["Thing"],
        is_abstract: false,
        required: &[],
        properties: &[
            ("email", P::Email),
            ("phone", P::Phone),
            ("website", P::Url),
            ("legalForm", P::String),
            ("incorporationDate", P::Date),
            ("dissolutionDate", P::Date),
            ("taxStatus", P::String),
            ("status", P::String),
            ("sector", P::String),
            ("classification", P::String),
            ("registrationNumber", P::Identifier),
            ("idNumber", P::Identifier),
            ("taxNumber", P::Identifier),
            ("vatCode", P::Identifier),
            ("jurisdiction", P::Country),
            ("mainCountry", P::Country),
            ("opencorporatesUrl", P::Url),
            ("bvdId", P::Identifier),
            ("icijId", P::String),
            ("okpoCode", P::Identifier),
            ("innCode", P::Identifier),
            ("dunsCode", P::Identifier),
            ("swiftBic", P::Identifier),
            ("parent", P::Entity),
            ("subsidiaries", P::Entity),
            ("passport", P::Entity),
        ],
        source: "alephdata/followthemoney@03c324def52d4f7836ccb09b62870ed980d6f246",
    },
    Schema {
        name: "Person",
        extends: &["LegalEntity"],
        is_abstract: false,
        required: &["name"],
        properties: &[
            ("title", P::String),
            ("firstName", P::String),
            ("secondName", P::String),
            ("middleName", P::String),
            ("fatherName", P::String),
            ("motherName", P::String),
            ("lastName", P::String),
            ("nameSuffix", P::String),
            ("birthDate", P::Date),
            ("birthPlace", P::String),
            ("birthCountry", P::Country),
            ("deathDate", P::Date),
            ("position", P::String),
            ("nationality", P::Country),
            ("citizenship", P::Country),
            ("passportNumber", P::Identifier),
            ("socialSecurityNumber", P::Identifier),
            ("gender", P::Gender),
            ("ethnicity", P::String),
            ("height", P::Number),
            ("weight", P::Number),
            ("eyeColor", P::String),
            ("hairColor", P::String),
            ("appearance", P::String),
            ("religion", P::String),
            ("political", P::String),
            ("education", P::String),
            ("spokenLanguage", P::Language),
        ],
        source: "alephdata/followthemoney@02fc9765fa2a2ed9a038cd27ac0d38ea6a4551c6",
    },
    Schema {
        name: "Organization",
        extends: &["LegalEntity"],
        is_abstract: false,
        required: &["name"],
        properties: &[
            ("cageCode", P::Identifier),
            ("permId", P::Identifier),
            ("imoNumber", P::Identifier),
            ("giiNumber", P::Identifier),
        ],
        source: "alephdata/followthemoney@0ba1e8b65c52b700bb19ac74f1ba4b34a9ac37c3",
    },
    Schema {
        name: "Value",
        extends: &[],
        is_abstract: true,
        required: &[],
        properties: &[
            ("amount", P::String),
            ("currency", P::String),
            ("amountUsd", P::String),
            ("amountEur", P::String),
        ],
        source: "alephdata/followthemoney@37864104f236794bd98364f4e44dd7c015b0dd8e",
    },
    Schema {
        name: "Asset",
        extends: &["Thing", "Value"],
        is_abstract: true,
        required: &[],
        properties: &[],
        source: "alephdata/followthemoney@1984812521fe7bee41c2bbcc68df6256eb3f4c30",
    },
    Schema {
        name: "Company",
        extends: &["Organization", "Asset"],
        is_abstract: false,
        required: &["name"],
        properties: &[
            ("jurisdiction", P::Country),
            ("registrationNumber", P::Identifier),
            ("capital", P::String),
            ("voenCode", P::Identifier),
            ("coatoCode", P::Identifier),
            ("irsCode", P::Identifier),
            ("ipoCode", P::Identifier),
            ("cikCode", P::Identifier),
            ("jibCode", P::Identifier),
            ("mbsCode", P::Identifier),
            ("ibcRuc", P::Identifier),
            ("caemCode", P::String),
            ("kppCode", P::Identifier),
            ("okvedCode", P::String),
            ("okopfCode", P::String),
            ("fnsCode", P::Identifier),
            ("fssCode", P::String),
            ("bikCode", P::String),
            ("pfrNumber", P::Identifier),
            ("oksmCode", P::String),
            ("isinCode", P::Identifier),
            ("ticker", P::Identifier),
        ],
        source: "alephdata/followthemoney@0d36939ea1568cc89b70bb52f86272bf01f3fffc",
    },
    Schema {
        name: "Vehicle",
        extends: &["Asset"],
        is_abstract: false,
        required: &[],
        properties: &[
            ("registrationNumber", P::Identifier),
            ("type", P::String),
            ("model", P::String),
            ("owner", P::Entity),
            ("operator", P::Entity),
            ("buildDate", P::Date),
            ("country", P::Country),
            ("registrationDate", P::Date),
        ],
        source: "alephdata/followthemoney@0f33807f0cc8628e71c2a21c4234b7f8d27f259b",
    },
    Schema {
        name: "BankAccount",
        extends: &["Asset"],
        is_abstract: false,
        required: &[],
        properties: &[
            ("bankName", P::String),
            ("accountNumber", P::Identifier),
            ("iban", P::Iban),
            ("bic", P::Identifier),
            ("bank", P::Entity),
            ("accountType", P::String),
            ("openingDate", P::Date),
            ("closingDate", P::Date),
            ("balance", P::Number),
            ("balanceDate", P::Date),
            ("maxBalance", P::Number),
            ("maxBalanceDate", P::Date),
            ("bankAddress", P::String),
        ],
        source: "alephdata/followthemoney@26b8c66b473bf96d587bfec4620ee671737953da",
    },
    Schema {
        name: "UserAccount",
        extends: &["Thing"],
        is_abstract: false,
        required: &["username"],
        properties: &[
            ("owner", P::Entity),
            ("service", P::String),
            ("email", P::Email),
            ("number", P::Phone),
            ("username", P::String),
            ("password", P::String),
        ],
        source: "alephdata/followthemoney@0f33807f0cc8628e71c2a21c4234b7f8d27f259b",
    },
    Schema {
        name: "Address",
        extends: &["Thing"],
        is_abstract: false,
        required: &[],
        properties: &[
            ("full", P::Address),
            ("remarks", P::String),
            ("postOfficeBox", P::String),
            ("street", P::String),
            ("street2", P::String),
            ("city", P::String),
            ("postalCode", P::String),
            ("region", P::String),
            ("state", P::String),
            ("latitude", P::Number),
            ("longitude", P::Number),
            ("country", P::Country),
            ("osmId", P::Identifier),
            ("googlePlaceId", P::Identifier),
        ],
        source: OS,
    },
    Schema {
        name: "Interval",
        extends: &[],
        is_abstract: true,
        required: &[],
        properties: &[
            ("startDate", P::Date),
            ("endDate", P::Date),
            ("date", P::Date),
            ("summary", P::Text),
            ("description", P::Text),
            ("recordId", P::String),
            ("sourceUrl", P::Url),
            ("proof", P::Entity),
            ("publisher", P::String),
            ("publisherUrl", P::Url),
            ("alephUrl", P::Url),
            ("namesMentioned", P::Name),
            ("indexText", P::Text),
            ("modifiedAt", P::Date),
            ("retrievedAt", P::Date),
        ],
        source: OS,
    },
    Schema {
        name: "Identification",
        extends: &["Interval"],
        is_abstract: false,
        required: &["holder", "number"],
        properties: &[
            ("holder", P::Entity),
            ("type", P::String),
            ("country", P::Country),
            ("number", P::Identifier),
            ("authority", P::String),
        ],
        source: "alephdata/followthemoney@0216c295586a2c8acc7653b7e976728798687a64",
    },
    Schema {
        name: "Interest",
        extends: &["Interval"],
        is_abstract: true,
        required: &[],
        properties: &[("role", P::String), ("status", P::String)],
        source: "alephdata/followthemoney@28ad60c0a9e692f2ca5d225efed97b77efb94030",
    },
    Schema {
        name: "Family",
        extends: &["Interval"],
        is_abstract: false,
        required: &["person", "relative"],
        properties: &[
            ("person", P::Entity),
            ("relative", P::Entity),
            ("relationship", P::String),
        ],
        source: "alephdata/followthemoney@0216c295586a2c8acc7653b7e976728798687a64",
    },
    Schema {
        name: "Associate",
        extends: &["Interval"],
        is_abstract: false,
        required: &["person", "associate"],
        properties: &[
            ("person", P::Entity),
            ("associate", P::Entity),
            ("relationship", P::String),
        ],
        source: "alephdata/followthemoney@28ad60c0a9e692f2ca5d225efed97b77efb94030",
    },
    Schema {
        name: "Employment",
        extends: &["Interest"],
        is_abstract: false,
        required: &["employer", "employee"],
        properties: &[("employer", P::Entity), ("employee", P::Entity)],
        source: "alephdata/followthemoney@017cb29fe77bea1d76811b34cbd374365f39f3ae",
    },
    Schema {
        name: "Ownership",
        extends: &["Interest"],
        is_abstract: false,
        required: &["owner", "asset"],
        properties: &[
            ("owner", P::Entity),
            ("asset", P::Entity),
            ("percentage", P::String),
            ("sharesCount", P::String),
            ("sharesValue", P::String),
            ("sharesCurrency", P::String),
            ("sharesType", P::String),
            ("legalBasis", P::String),
            ("ownershipType", P::String),
        ],
        source: "alephdata/followthemoney@0f33807f0cc8628e71c2a21c4234b7f8d27f259b",
    },
    Schema {
        name: "UnknownLink",
        extends: &["Interest"],
        is_abstract: false,
        required: &[],
        properties: &[("subject", P::Entity), ("object", P::Entity)],
        source: "alephdata/followthemoney@80204c6765dacc1101a99021d220d178b3f53af0",
    },
];

/// The schema of that name.
pub fn schema(name: &str) -> Option<&'static Schema> {
    SCHEMATA.iter().find(|s| s.name == name)
}

/// Every property a schema has, its own and its parents', by name.
pub fn properties(name: &str) -> BTreeMap<&'static str, PropType> {
    let mut out = BTreeMap::new();
    if let Some(s) = schema(name) {
        for parent in s.extends {
            out.extend(properties(parent));
        }
        out.extend(s.properties.iter().copied());
    }
    out
}

/// Every property a schema requires, its own and its parents'.
pub fn required(name: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if let Some(s) = schema(name) {
        for parent in s.extends {
            out.extend(required(parent));
        }
        out.extend(s.required);
    }
    out.sort();
    out.dedup();
    out
}

fn is_a(name: &str, ancestor: &str) -> bool {
    name == ancestor || schema(name).is_some_and(|s| s.extends.iter().any(|p| is_a(p, ancestor)))
}

// ---- vocabulary tables ---------------------------------------------------------------

/// Sightline gender → FtM `gender` (FtM knows male, female and other).
pub fn gender_ftm(g: Gender) -> Option<&'static str> {
    match g {
        Gender::Male => Some("male"),
        Gender::Female => Some("female"),
        Gender::TransgenderNonConforming => Some("other"),
        Gender::Unknown => None,
    }
}

/// The schema an entity of each kind becomes; `None` for kinds FtM holds as properties.
pub fn entity_schema(k: EntityKind) -> Option<&'static str> {
    match k {
        EntityKind::Phone | EntityKind::Email => None,
        EntityKind::Location => Some("Address"),
        EntityKind::Vehicle => Some("Vehicle"),
        EntityKind::BankAccount => Some("BankAccount"),
        EntityKind::OnlineIdentifier => Some("UserAccount"),
        EntityKind::Document => Some("Identification"),
        EntityKind::Business => Some("Company"),
    }
}

/// How a link is written in FtM, given the schemata of its two ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkMapping {
    /// A property of the `from` entity pointing at (or holding the value of) the `to` end.
    FromProperty(&'static str),
    /// A property of the `to` entity pointing at the `from` end.
    ToProperty(&'static str),
    /// An interval entity of the schema, with the properties for `from` and `to`.
    Edge(&'static str, &'static str, &'static str),
}

/// One table for every link type: the FtM form where FtM has one, else `UnknownLink`.
pub fn link_mapping(t: LinkType, from: &str, to: &str) -> Vec<LinkMapping> {
    use LinkMapping::*;
    let unknown = Edge("UnknownLink", "subject", "object");
    let person_to_person = from == "Person" && to == "Person";
    match t {
        LinkType::LivesAt if to == "Address" => vec![FromProperty("addressEntity"), unknown],
        LinkType::WorksAt if from == "Person" && is_a(to, "Organization") => {
            vec![Edge("Employment", "employee", "employer")]
        }
        LinkType::UsesPhone if to == "phone" && is_a(from, "LegalEntity") => {
            vec![FromProperty("phone")]
        }
        LinkType::UsesEmail if to == "email" && is_a(from, "LegalEntity") => {
            vec![FromProperty("email")]
        }
        LinkType::UsesAccount if to == "UserAccount" && is_a(from, "LegalEntity") => {
            vec![ToProperty("owner")]
        }
        LinkType::Drives if to == "Vehicle" && is_a(from, "LegalEntity") => {
            vec![ToProperty("operator")]
        }
        LinkType::Owns if is_a(to, "Asset") && is_a(from, "LegalEntity") => {
            vec![Edge("Ownership", "owner", "asset")]
        }
        LinkType::HoldsDocument if to == "Identification" && is_a(from, "LegalEntity") => {
            vec![ToProperty("holder")]
        }
        LinkType::FamilyOf if person_to_person => vec![Edge("Family", "person", "relative")],
        LinkType::AssociateOf if person_to_person => {
            vec![Edge("Associate", "person", "associate")]
        }
        _ if from == "phone" || from == "email" || to == "phone" || to == "email" => vec![],
        _ => vec![unknown],
    }
}

// ---- export ----------------------------------------------------------------------------

struct Ent {
    schema: &'static str,
    props: BTreeMap<&'static str, Vec<String>>,
}

impl Ent {
    fn new(schema: &'static str) -> Self {
        Ent {
            schema,
            props: BTreeMap::new(),
        }
    }
    fn add(&mut self, prop: &'static str, value: impl Into<String>) {
        let value = value.into();
        if value.trim().is_empty() {
            return;
        }
        let values = self.props.entry(prop).or_default();
        if !values.contains(&value) {
            values.push(value);
        }
    }
    fn classification(&mut self, c: Classification) {
        let prop = if is_a(self.schema, "Thing") {
            "notes"
        } else {
            "summary"
        };
        self.add(prop, format!("Classification: {}", c.code()));
    }
}

#[derive(Default)]
struct Out {
    order: Vec<String>,
    ents: HashMap<String, Ent>,
}

impl Out {
    fn put(&mut self, id: String, e: Ent) {
        self.order.push(id.clone());
        self.ents.insert(id, e);
    }
}

/// The bundle as FtM entities, in a stable order: organisations, people, entities, then
/// relationships.
pub fn to_ftm(bundle: &Bundle) -> Vec<Value> {
    let ix = Index::new(bundle);
    let mut out = Out::default();
    for o in &bundle.organisations {
        out.put(stable_id(o.id), organisation_entity(o));
    }
    for p in &bundle.people {
        out.put(stable_id(p.id), person_entity(p));
    }
    let holders: HashSet<Uuid> = bundle
        .links
        .iter()
        .filter(|l| l.link_type == LinkType::HoldsDocument && ix.has(&l.from))
        .map(|l| l.to.id)
        .collect();
    for e in &bundle.entities {
        if e.kind == EntityKind::Document && !holders.contains(&e.id) {
            continue;
        }
        if let Some(ent) = entity_entity(e) {
            out.put(stable_id(e.id), ent);
        }
    }
    for l in &bundle.links {
        link_entities(l, &ix, &mut out);
    }
    let Out { order, mut ents } = out;
    order
        .into_iter()
        .filter_map(|id| {
            let e = ents.remove(&id)?;
            let props: Map<String, Value> = e
                .props
                .into_iter()
                .map(|(k, v)| (k.to_string(), json!(v)))
                .collect();
            Some(json!({"id": id, "schema": e.schema, "properties": props}))
        })
        .collect()
}

/// The FtM export as JSON Lines, one entity a line.
pub fn write_ftm(bundle: &Bundle, w: &mut impl Write) -> Result<(), ExportError> {
    for e in to_ftm(bundle) {
        serde_json::to_writer(&mut *w, &e)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}

/// The FtM export as a JSON Lines string.
pub fn to_ftm_jsonl(bundle: &Bundle) -> String {
    let mut buf = Vec::new();
    write_ftm(bundle, &mut buf).expect("writing to memory does not fail");
    String::from_utf8(buf).expect("JSON is UTF-8")
}

fn organisation_entity(o: &Organisation) -> Ent {
    let mut e = Ent::new("Organization");
    e.add("name", &o.name);
    e.add("summary", o.org_type.label());
    e
}

fn person_entity(p: &Person) -> Ent {
    let mut e = Ent::new("Person");
    let name = [p.given_name.as_str(), p.family_name.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    e.add("name", name);
    e.add("firstName", &p.given_name);
    e.add("lastName", &p.family_name);
    if let Some(d) = &p.date_of_birth {
        e.add("birthDate", d);
    }
    if let Some(g) = gender_ftm(p.gender) {
        e.add("gender", g);
    }
    if let Some(n) = &p.nationality {
        e.add("nationality", n.to_ascii_lowercase());
    }
    let d = &p.details;
    for a in &d.aliases {
        e.add("alias", a);
    }
    for n in &d.nationalities {
        e.add("nationality", n.to_ascii_lowercase());
    }
    for id in &d.identifiers {
        let prop = match id.kind.as_str() {
            "passport" => "passportNumber",
            "national_insurance" => "socialSecurityNumber",
            _ => "idNumber",
        };
        e.add(prop, &id.value);
    }
    if !d.description.is_empty() {
        e.add("appearance", &d.description);
    }
    e.classification(p.markings.classification);
    e
}

fn entity_entity(x: &Entity) -> Option<Ent> {
    let mut e = Ent::new(entity_schema(x.kind)?);
    match x.kind {
        EntityKind::Location => {
            e.add("name", &x.value);
            e.add("full", &x.value);
            if let Some(pc) = uk_postcode(&x.normalised) {
                e.add("postalCode", pc);
                e.add("country", "gb");
            }
        }
        EntityKind::Vehicle => {
            e.add("name", &x.value);
            e.add("registrationNumber", &x.normalised);
        }
        EntityKind::BankAccount => {
            e.add("name", &x.value);
            e.add("accountNumber", &x.normalised);
        }
        EntityKind::OnlineIdentifier => {
            e.add("name", &x.value);
            e.add("username", &x.value);
        }
        EntityKind::Document => {
            e.add("number", &x.normalised);
            e.add("type", &x.details);
        }
        EntityKind::Business => e.add("name", &x.value),
        EntityKind::Phone | EntityKind::Email => return None,
    }
    if x.kind != EntityKind::Document {
        e.add("description", &x.details);
    }
    e.classification(x.markings.classification);
    Some(e)
}

/// The FtM schema a link end has in this export, or `phone`/`email` for folded entities.
fn end_schema(end: &NodeRef, ix: &Index, out: &Out) -> Option<&'static str> {
    match end.node_type {
        NodeType::Person => ix.people.contains_key(&end.id).then_some("Person"),
        NodeType::Entity => {
            let e = ix.entities.get(&end.id)?;
            match e.kind {
                EntityKind::Phone => Some("phone"),
                EntityKind::Email => Some("email"),
                _ => out.ents.get(&stable_id(e.id)).map(|x| x.schema),
            }
        }
    }
}

fn link_entities(l: &Link, ix: &Index, out: &mut Out) {
    let (Some(from), Some(to)) = (end_schema(&l.from, ix, out), end_schema(&l.to, ix, out)) else {
        return;
    };
    let (from_id, to_id) = (stable_id(l.from.id), stable_id(l.to.id));
    for m in link_mapping(l.link_type, from, to) {
        match m {
            LinkMapping::FromProperty(prop) => {
                let value = match to {
                    "phone" | "email" => ix
                        .entities
                        .get(&l.to.id)
                        .map(|e| e.normalised.clone())
                        .unwrap_or_default(),
                    _ => to_id.clone(),
                };
                if prop == "phone" && !is_e164(&value) {
                    continue;
                }
                if let Some(e) = out.ents.get_mut(&from_id) {
                    e.add(prop, value);
                    if prop == "addressEntity" {
                        if let Some(a) = ix.entities.get(&l.to.id) {
                            e.add("address", &a.value);
                        }
                    }
                }
            }
            LinkMapping::ToProperty(prop) => {
                if let Some(e) = out.ents.get_mut(&to_id) {
                    e.add(prop, from_id.clone());
                }
            }
            LinkMapping::Edge(schema, from_prop, to_prop) => {
                let mut e = Ent::new(schema);
                e.add(from_prop, from_id.clone());
                e.add(to_prop, to_id.clone());
                match schema {
                    "Family" | "Associate" => e.add("relationship", l.link_type.label()),
                    _ => e.add("role", l.link_type.label()),
                }
                if let Some(d) = &l.date_from {
                    e.add("startDate", d);
                }
                if let Some(d) = &l.date_to {
                    e.add("endDate", d);
                }
                e.add(
                    "description",
                    format!("confidence: {}", l.confidence.code()),
                );
                e.classification(l.markings.classification);
                // A link becomes at most one relationship entity, so its own id is free.
                let id = stable_id(l.id);
                out.put(id, e);
            }
        }
    }
}

// ---- validation ------------------------------------------------------------------------

/// Checks one FtM entity, or an array of them, against [`SCHEMATA`]: a known, concrete
/// schema; only that schema's properties; values as arrays of strings of the property's
/// type (countries lower-case ISO 3166-1 alpha-2, dates ISO 8601, phones E.164, genders
/// male/female/other); required properties present. For an array it also checks that ids
/// are unique and that every entity-valued property names an entity in the array. Returns
/// one message per problem, each starting with the entity's id; empty when it passes.
pub fn validate_ftm(v: &Value) -> Vec<String> {
    let mut errs = Vec::new();
    match v {
        Value::Array(items) => {
            let mut ids = HashSet::new();
            for e in items {
                if let Some(id) = e.get("id").and_then(Value::as_str) {
                    if !ids.insert(id) {
                        errs.push(format!("{id}: the id is used by more than one entity"));
                    }
                }
            }
            for e in items {
                check_entity(e, Some(&ids), &mut errs);
            }
        }
        _ => check_entity(v, None, &mut errs),
    }
    errs
}

fn check_entity(v: &Value, ids: Option<&HashSet<&str>>, errs: &mut Vec<String>) {
    let Some(obj) = v.as_object() else {
        errs.push("an FtM entity should be an object".into());
        return;
    };
    let id = match obj.get("id").and_then(Value::as_str) {
        Some(id) if !id.is_empty() => id.to_string(),
        _ => {
            errs.push(format!("{v}: no \"id\""));
            "(no id)".into()
        }
    };
    for k in obj.keys() {
        if !["id", "schema", "properties"].contains(&k.as_str()) {
            errs.push(format!("{id}: \"{k}\" is not a key of an FtM entity"));
        }
    }
    let name = obj.get("schema").and_then(Value::as_str).unwrap_or("");
    match schema(name) {
        None => {
            errs.push(format!(
                "{id}: \"{name}\" is not a schema this export knows"
            ));
            return;
        }
        Some(s) if s.is_abstract => {
            errs.push(format!(
                "{id}: {name} is abstract and cannot be an entity's schema"
            ));
        }
        Some(_) => {}
    }
    let allowed = properties(name);
    let Some(props) = obj.get("properties").and_then(Value::as_object) else {
        errs.push(format!("{id}: \"properties\" should be an object"));
        return;
    };
    for req in required(name) {
        if props
            .get(req)
            .and_then(Value::as_array)
            .is_none_or(|a| a.is_empty())
        {
            errs.push(format!("{id}: {name} requires \"{req}\""));
        }
    }
    for (prop, values) in props {
        let Some(ty) = allowed.get(prop.as_str()) else {
            errs.push(format!("{id}: \"{prop}\" is not a property of {name}"));
            continue;
        };
        let Some(values) = values.as_array() else {
            errs.push(format!("{id}: {prop} should be an array of strings"));
            continue;
        };
        for value in values {
            let Some(s) = value.as_str() else {
                errs.push(format!("{id}: {prop}: {value} is not a string"));
                continue;
            };
            if let Some(problem) = check_type(*ty, s, ids) {
                errs.push(format!("{id}: {prop}: \"{s}\" {problem}"));
            }
        }
    }
}

fn check_type(ty: PropType, s: &str, ids: Option<&HashSet<&str>>) -> Option<&'static str> {
    let ok = match ty {
        P::Country => is_alpha2_lower(s),
        P::Date => is_iso_prefix_date(s),
        P::Phone => is_e164(s),
        P::Email => s
            .split_once('@')
            .is_some_and(|(a, d)| !a.is_empty() && d.contains('.')),
        P::Gender => ["male", "female", "other"].contains(&s),
        P::Number => s.parse::<f64>().is_ok(),
        P::Entity => !s.is_empty() && ids.is_none_or(|ids| ids.contains(s)),
        P::Url => s.starts_with("http://") || s.starts_with("https://"),
        _ => !s.trim().is_empty(),
    };
    if ok {
        return None;
    }
    Some(match ty {
        P::Country => "is not a lower-case ISO 3166-1 alpha-2 country code such as gb",
        P::Date => "is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
        P::Phone => "is not an E.164 phone number such as +447700900123",
        P::Email => "is not an email address",
        P::Gender => "is not one of male, female, other",
        P::Number => "is not a number",
        P::Entity => "does not name an entity in this export",
        P::Url => "is not an http(s) URL",
        _ => "is empty",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn by_id(v: &[Value], id: Uuid) -> &Value {
        let id = stable_id(id);
        v.iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
    }

    fn of_schema<'a>(v: &'a [Value], schema: &str) -> Vec<&'a Value> {
        v.iter().filter(|e| e["schema"] == schema).collect()
    }

    #[test]
    fn people_organisations_entities_and_links_become_ftm_entities() {
        let v = to_ftm(&fixture::bundle());
        let victim = &by_id(&v, fixture::VICTIM)["properties"];
        assert_eq!(victim["name"], json!(["Thi Lan Nguyen"]));
        assert_eq!(victim["birthDate"], json!(["2004-05-17"]));
        assert_eq!(victim["gender"], json!(["female"]));
        assert_eq!(victim["nationality"], json!(["vn"]));
        assert_eq!(
            victim["addressEntity"],
            json!([stable_id(fixture::ADDRESS)])
        );
        assert_eq!(
            victim["notes"],
            json!(["Classification: OFFICIAL-SENSITIVE"])
        );
        let suspect = &by_id(&v, fixture::SUSPECT)["properties"];
        assert_eq!(suspect["birthDate"], json!(["1985"]));
        assert_eq!(suspect["phone"], json!(["+447700900123"]));
        assert_eq!(suspect["email"], json!(["boss@example.com"]));

        assert_eq!(by_id(&v, fixture::FORCE)["schema"], "Organization");
        let address = by_id(&v, fixture::ADDRESS);
        assert_eq!(address["schema"], "Address");
        assert_eq!(address["properties"]["postalCode"], json!(["B10 0XX"]));
        assert_eq!(address["properties"]["country"], json!(["gb"]));
        let van = &by_id(&v, fixture::VEHICLE)["properties"];
        assert_eq!(van["registrationNumber"], json!(["WX19ABC"]));
        assert_eq!(van["operator"], json!([stable_id(fixture::SUSPECT)]));
        assert_eq!(by_id(&v, fixture::CAR_WASH)["schema"], "Company");
        let passport = by_id(&v, fixture::PASSPORT);
        assert_eq!(passport["schema"], "Identification");
        assert_eq!(
            passport["properties"]["holder"],
            json!([stable_id(fixture::VICTIM)])
        );
        assert_eq!(
            by_id(&v, fixture::HANDLE)["properties"]["owner"],
            json!([stable_id(fixture::SUSPECT)])
        );
        assert!(v.iter().all(|e| e["id"] != stable_id(fixture::PHONE)));

        let employment = of_schema(&v, "Employment");
        assert_eq!(employment.len(), 1);
        assert_eq!(
            employment[0]["properties"]["employee"],
            json!([stable_id(fixture::VICTIM)])
        );
        assert_eq!(of_schema(&v, "Ownership").len(), 1);
        assert_eq!(of_schema(&v, "Associate").len(), 1);
        let unknown = of_schema(&v, "UnknownLink");
        let roles: Vec<&str> = unknown
            .iter()
            .map(|e| e["properties"]["role"][0].as_str().unwrap())
            .collect();
        assert_eq!(
            roles,
            [
                "lives at",
                "recruited",
                "uses account or handle",
                "controls",
                "transported"
            ]
        );
        let lives = unknown[0];
        assert_eq!(lives["properties"]["startDate"], json!(["2025-02"]));
        assert_eq!(
            lives["properties"]["description"],
            json!(["confidence: high"])
        );
    }

    #[test]
    fn ids_are_stable_and_derived_from_sightline_ids() {
        let a = to_ftm_jsonl(&fixture::bundle());
        let b = to_ftm_jsonl(&fixture::bundle());
        assert_eq!(a, b);
        for line in a.lines() {
            let e: Value = serde_json::from_str(line).unwrap();
            assert!(e["id"].as_str().unwrap().starts_with("sl-"), "{line}");
        }
        assert_eq!(a.lines().count(), to_ftm(&fixture::bundle()).len());
    }

    #[test]
    fn no_markings_but_the_classification_and_no_free_text_leave() {
        let text = to_ftm_jsonl(&fixture::bundle());
        for secret in [
            fixture::FORCE.to_string().as_str(),
            "OP-2026-0042",
            "speaks little English",
            "debrief",
            "potential_victim",
            "Workers collected",
        ] {
            let n = text.matches(secret).count();
            let allowed = usize::from(secret == fixture::FORCE.to_string());
            assert!(n <= allowed, "{secret} leaked {n} times");
        }
    }

    #[test]
    fn the_validator_accepts_the_export() {
        let v = Value::Array(to_ftm(&fixture::bundle()));
        assert_eq!(validate_ftm(&v), Vec::<String>::new());
        for e in v.as_array().unwrap() {
            assert_eq!(validate_ftm(e), Vec::<String>::new());
        }
    }

    #[test]
    fn the_validator_rejects_broken_entities_saying_why() {
        let broken = json!({
            "id": "sl-x",
            "schema": "Person",
            "properties": {
                "nationality": ["VN"],
                "birthDate": ["17/05/2004"],
                "phone": ["07700 900123"],
                "gender": ["f"],
                "shoeSize": ["9"],
                "lastName": "Nguyen"
            }
        });
        let errs = validate_ftm(&broken);
        for expect in [
            "sl-x: Person requires \"name\"",
            "sl-x: nationality: \"VN\" is not a lower-case ISO 3166-1 alpha-2",
            "sl-x: birthDate: \"17/05/2004\" is not an ISO 8601 date",
            "sl-x: phone: \"07700 900123\" is not an E.164",
            "sl-x: gender: \"f\" is not one of male, female, other",
            "sl-x: \"shoeSize\" is not a property of Person",
            "sl-x: lastName should be an array of strings",
        ] {
            assert!(
                errs.iter().any(|e| e.starts_with(expect)),
                "{expect}: {errs:#?}"
            );
        }
        assert_eq!(errs.len(), 7, "{errs:#?}");

        let abstract_ = json!({"id": "a", "schema": "Thing", "properties": {"name": ["x"]}});
        assert!(validate_ftm(&abstract_)[0].contains("abstract"));
        let unknown = json!({"id": "a", "schema": "Spaceship", "properties": {}});
        assert!(validate_ftm(&unknown)[0].contains("not a schema"));
        let dangling = json!([
            {"id": "a", "schema": "Family", "properties": {"person": ["a"], "relative": ["zzz"]}},
            {"id": "a", "schema": "Person", "properties": {"name": ["x"]}}
        ]);
        let errs = validate_ftm(&dangling);
        assert!(
            errs.iter().any(|e| e.contains("more than one entity")),
            "{errs:#?}"
        );
        assert!(errs
            .iter()
            .any(|e| e.contains("\"zzz\" does not name an entity")));
    }

    #[test]
    fn every_link_type_has_an_ftm_form_and_inheritance_resolves() {
        for t in LinkType::ALL {
            assert!(!link_mapping(*t, "Person", "Person").is_empty(), "{t:?}");
        }
        let p = properties("Person");
        assert!(p.contains_key("phone") && p.contains_key("name") && p.contains_key("birthDate"));
        assert!(properties("Company").contains_key("amount"));
        assert_eq!(required("Employment"), ["employee", "employer"]);
        assert!(required("Vehicle").contains(&"name"));
        assert!(is_a("Company", "LegalEntity") && is_a("Company", "Asset"));
        for s in SCHEMATA {
            for parent in s.extends {
                assert!(
                    schema(parent).is_some(),
                    "{} extends unknown {parent}",
                    s.name
                );
            }
        }
    }
}
