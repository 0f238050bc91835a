//! A small hand-built bundle for the tests: two organisations, one case with a potential
//! victim and a suspect, their phone, address, vehicle and more, and the links between.

use chrono::{DateTime, TimeZone, Utc};
use sightline_core::*;
use uuid::Uuid;

pub const FORCE: Uuid = Uuid::from_u128(0x100);
pub const NGO: Uuid = Uuid::from_u128(0x101);
pub const CASE: Uuid = Uuid::from_u128(0x200);
pub const VICTIM: Uuid = Uuid::from_u128(0x300);
pub const SUSPECT: Uuid = Uuid::from_u128(0x301);
pub const WITNESS: Uuid = Uuid::from_u128(0x302);
pub const PHONE: Uuid = Uuid::from_u128(0x400);
pub const ADDRESS: Uuid = Uuid::from_u128(0x401);
pub const VEHICLE: Uuid = Uuid::from_u128(0x402);
pub const CAR_WASH: Uuid = Uuid::from_u128(0x403);
pub const EMAIL: Uuid = Uuid::from_u128(0x404);
pub const PASSPORT: Uuid = Uuid::from_u128(0x405);
pub const ACCOUNT: Uuid = Uuid::from_u128(0x406);
pub const HANDLE: Uuid = Uuid::from_u128(0x407);
pub const INTEL: Uuid = Uuid::from_u128(0x500);

pub fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 30, 0).unwrap()
}

pub fn markings(class: Classification) -> Markings {
    Markings {
        classification: class,
        handling_code: HandlingCode::P,
        handling_conditions: None,
        owner_org: FORCE,
        case_team: None,
    }
}

fn prov() -> Provenance {
    Provenance::new(at(), Uuid::from_u128(0x900))
}

pub fn person(id: Uuid, given: &str, family: &str) -> Person {
    Person {
        id,
        given_name: given.into(),
        family_name: family.into(),
        date_of_birth: None,
        gender: Gender::Unknown,
        nationality: None,
        notes: String::new(),
        details: Default::default(),
        markings: markings(Classification::OfficialSensitive),
        provenance: prov(),
    }
}

pub fn entity(id: Uuid, kind: EntityKind, value: &str, details: &str) -> Entity {
    Entity {
        id,
        kind,
        value: value.into(),
        normalised: normalise(kind, value).unwrap(),
        details: details.into(),
        markings: markings(Classification::OfficialSensitive),
        provenance: prov(),
    }
}

pub fn link(n: u128, from: (NodeType, Uuid), to: (NodeType, Uuid), t: LinkType) -> Link {
    Link {
        id: Uuid::from_u128(0x600 + n),
        from: NodeRef {
            node_type: from.0,
            id: from.1,
        },
        to: NodeRef {
            node_type: to.0,
            id: to.1,
        },
        link_type: t,
        date_from: None,
        date_to: None,
        source: "debrief".into(),
        confidence: Confidence::High,
        markings: markings(Classification::OfficialSensitive),
        provenance: prov(),
    }
}

pub fn bundle() -> Bundle {
    use EntityKind as K;
    use LinkType as L;
    use NodeType::{Entity as E, Person as P};

    let mut victim = person(VICTIM, "Thi Lan", "Nguyen");
    victim.date_of_birth = Some("2004-05-17".into());
    victim.gender = Gender::Female;
    victim.nationality = Some("VN".into());
    victim.notes = "Found at the car wash; speaks little English.".into();
    let mut suspect = person(SUSPECT, "Arben", "Hoxha");
    suspect.date_of_birth = Some("1985".into());
    suspect.gender = Gender::Male;
    suspect.nationality = Some("AL".into());
    let mut witness = person(WITNESS, "", "Smith");
    witness.markings = markings(Classification::Official);

    let mut recruited = link(3, (P, SUSPECT), (P, VICTIM), L::Recruited);
    recruited.date_from = Some("2025-01-10".into());
    let mut lives = link(1, (P, VICTIM), (E, ADDRESS), L::LivesAt);
    lives.date_from = Some("2025-02".into());
    let mut drives = link(4, (P, SUSPECT), (E, VEHICLE), L::Drives);
    drives.confidence = Confidence::Medium;

    Bundle {
        organisations: vec![
            Organisation {
                id: FORCE,
                name: "West Midlands Police".into(),
                org_type: OrgType::PoliceForce,
                created_at: at(),
            },
            Organisation {
                id: NGO,
                name: "Unseen".into(),
                org_type: OrgType::Ngo,
                created_at: at(),
            },
        ],
        cases: vec![Case {
            id: CASE,
            reference: "OP-2026-0042".into(),
            title: "Operation Bell".into(),
            summary: "Car wash workers housed above the premises.".into(),
            status: CaseStatus::Active,
            exploitation_types: vec![ExploitationType::Labour, ExploitationType::Criminal],
            details: Default::default(),
            markings: markings(Classification::OfficialSensitive),
            provenance: prov(),
        }],
        people: vec![victim, suspect, witness],
        intel: vec![IntelReport {
            id: INTEL,
            title: "Workers collected at 5am".into(),
            narrative: "A white van collects six men at 5am daily.".into(),
            source_evaluation: SourceEvaluation::Untested,
            intelligence_assessment: IntelAssessment::C,
            information_date: Some(chrono::NaiveDate::from_ymd_opt(2026, 2, 20).unwrap()),
            details: Default::default(),
            markings: markings(Classification::OfficialSensitive),
            provenance: prov(),
        }],
        entities: vec![
            entity(PHONE, K::Phone, "07700 900123", "pay-as-you-go"),
            entity(
                ADDRESS,
                K::Location,
                "Unit 3, Coventry Road, Birmingham B10 0XX",
                "flat above car wash",
            ),
            entity(VEHICLE, K::Vehicle, "WX19 ABC", "white Ford Transit"),
            entity(CAR_WASH, K::Business, "Sparkle Hand Car Wash", "car wash"),
            entity(EMAIL, K::Email, "Boss@Example.com", ""),
            entity(PASSPORT, K::Document, "C01X00T47", "passport"),
            entity(ACCOUNT, K::BankAccount, "20-00-00 12345678", "Barclays"),
            entity(HANDLE, K::OnlineIdentifier, "@sparkle_jobs", "Facebook"),
        ],
        links: vec![
            lives,
            link(2, (P, SUSPECT), (E, PHONE), L::UsesPhone),
            recruited,
            drives,
            link(5, (P, SUSPECT), (E, CAR_WASH), L::Owns),
            link(6, (P, VICTIM), (E, CAR_WASH), L::WorksAt),
            link(7, (P, SUSPECT), (E, EMAIL), L::UsesEmail),
            link(8, (P, VICTIM), (E, PASSPORT), L::HoldsDocument),
            link(9, (P, SUSPECT), (E, ACCOUNT), L::UsesAccount),
            link(10, (P, SUSPECT), (E, HANDLE), L::UsesAccount),
            link(11, (P, SUSPECT), (P, VICTIM), L::Controls),
            link(12, (P, WITNESS), (P, SUSPECT), L::AssociateOf),
            link(13, (E, VEHICLE), (E, ADDRESS), L::Transported),
        ],
        case_parties: vec![
            CaseParty {
                case_id: CASE,
                person_id: VICTIM,
                role: CaseRole::PotentialVictim,
            },
            CaseParty {
                case_id: CASE,
                person_id: SUSPECT,
                role: CaseRole::Suspect,
            },
            CaseParty {
                case_id: CASE,
                person_id: WITNESS,
                role: CaseRole::Witness,
            },
        ],
    }
}

use crate::Bundle;
