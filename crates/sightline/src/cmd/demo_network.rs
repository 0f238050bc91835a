//! Demo data for network analysis: organised networks that share phones, addresses,
//! vehicles, bank accounts and businesses across cases and forces. A labour agency's
//! network spans West Midlands, Greater Manchester and the national team, and joins
//! records that matching takes to be one person (so the networks page counts them once);
//! a Greater Manchester network around online adverts is OFFICIAL-SENSITIVE (other forces
//! do not see it); an Op Anchor link joins the car wash to the agency's phone only for the
//! case team. Loaded after the matching people; deterministic (no randomness). All names,
//! places and numbers are invented.

use sightline_core::*;
use sightline_store::{Ctx, DynStore};

use super::demo_matches::ctx;

fn marks(ctx: &Ctx, class: Classification, team: Option<uuid::Uuid>) -> Markings {
    Markings {
        classification: class,
        handling_code: HandlingCode::P,
        handling_conditions: None,
        owner_org: ctx.actor.org_id,
        case_team: team,
    }
}

/// The one person called `name` that the organisation of `owner` holds (read as `reader`).
async fn person(store: &DynStore, reader: &Ctx, name: &str, owner: &Ctx) -> anyhow::Result<Person> {
    store
        .search_people(reader, name, 50)
        .await?
        .into_iter()
        .find(|p| {
            p.markings.owner_org == owner.actor.org_id
                && format!("{} {}", p.given_name, p.family_name) == name
        })
        .ok_or_else(|| anyhow::anyhow!("demo person {name} is missing"))
}

pub(super) fn node(p: &Person) -> NodeRef {
    NodeRef {
        node_type: NodeType::Person,
        id: p.id,
    }
}

pub(super) fn thing(e: &Entity) -> NodeRef {
    NodeRef {
        node_type: NodeType::Entity,
        id: e.id,
    }
}

pub(super) fn entity(kind: EntityKind, value: &str, details: &str) -> NewEntity {
    NewEntity {
        kind,
        value: value.into(),
        details: details.into(),
    }
}

pub(super) fn link(
    from: NodeRef,
    to: NodeRef,
    link_type: LinkType,
    since: &str,
    source: &str,
) -> NewLink {
    NewLink {
        from,
        to,
        link_type,
        date_from: Some(since.into()),
        date_to: None,
        source: source.into(),
        confidence: Confidence::Medium,
    }
}

pub async fn load(store: &DynStore) -> anyhow::Result<()> {
    let wmp = ctx(store, "investigator").await?;
    let gmp = ctx(store, "analyst").await?;
    let nat = ctx(store, "national").await?;
    use Classification::{Official, OfficialSensitive};

    // The agency network: shared by three organisations at OFFICIAL.
    let agency = store
        .create_entity(
            &nat,
            marks(&nat, Official, None),
            entity(
                EntityKind::Business,
                "Swift Staffing Solutions Ltd",
                "Labour agency supplying food packing and distribution sites",
            ),
        )
        .await?;
    let house = store
        .create_entity(
            &wmp,
            marks(&wmp, Official, None),
            entity(
                EntityKind::Location,
                "14 Ladypool Road, Birmingham B12 8LD",
                "House of multiple occupation; eight men housed",
            ),
        )
        .await?;
    let flat = store
        .create_entity(
            &gmp,
            marks(&gmp, Official, None),
            entity(
                EntityKind::Location,
                "27 Chapel Street, Salford M3 5JZ",
                "Flat rented by the agency for workers",
            ),
        )
        .await?;
    let minibus = store
        .create_entity(
            &gmp,
            marks(&gmp, Official, None),
            entity(
                EntityKind::Vehicle,
                "YX68 KLM",
                "White Mercedes Sprinter minibus",
            ),
        )
        .await?;
    let boss_phone = store
        .create_entity(
            &gmp,
            marks(&gmp, Official, None),
            entity(
                EntityKind::Phone,
                "07700 900456",
                "Number workers are told to call",
            ),
        )
        .await?;
    let account = store
        .create_entity(
            &wmp,
            marks(&wmp, Official, None),
            entity(
                EntityKind::BankAccount,
                "40-11-62 31926819",
                "Account wages are paid into; not the worker's",
            ),
        )
        .await?;
    let boss = store
        .create_person(
            &gmp,
            marks(&gmp, Official, None),
            NewPerson {
                given_name: "Roman".into(),
                family_name: "Sirbu".into(),
                date_of_birth: Some("1982".into()),
                gender: Gender::Male,
                nationality: Some("MD".into()),
                notes: "Suspect: runs the agency's minibuses and housing.".into(),
                details: Default::default(),
            },
        )
        .await?;
    let kov_nat = person(store, &nat, "Oleksandr Kovalenko", &nat).await?;
    let kov_wmp = person(store, &nat, "Aleksandr Kovalenko", &wmp).await?;
    let kov_gmp = person(store, &nat, "Oleksandr Kovalenko", &gmp).await?;
    let has_wmp = person(store, &nat, "Mohammed Al-Hassan", &wmp).await?;
    let has_gmp = person(store, &nat, "Muhammad Alhassan", &gmp).await?;
    let lungu_wmp = person(store, &nat, "Mariana Lungu", &wmp).await?;
    let lungu_gmp = person(store, &nat, "Marina Lungu", &gmp).await?;
    let yousuf = person(store, &nat, "Ahmad Yousuf", &gmp).await?;
    let source = "Demo: agency network";
    for (who, l) in [
        (
            &nat,
            link(
                node(&kov_nat),
                thing(&agency),
                LinkType::WorksAt,
                "2026-02",
                "GLAA referral",
            ),
        ),
        (
            &wmp,
            link(
                node(&kov_wmp),
                thing(&house),
                LinkType::LivesAt,
                "2026-03",
                source,
            ),
        ),
        (
            &wmp,
            link(
                node(&has_wmp),
                thing(&house),
                LinkType::LivesAt,
                "2026-04",
                source,
            ),
        ),
        (
            &wmp,
            link(
                node(&lungu_wmp),
                thing(&account),
                LinkType::UsesAccount,
                "2026-01",
                "Payslips",
            ),
        ),
        (
            &wmp,
            link(
                node(&kov_wmp),
                thing(&account),
                LinkType::Paid,
                "2026-03",
                "Payslips",
            ),
        ),
        (
            &gmp,
            link(
                node(&kov_gmp),
                thing(&flat),
                LinkType::LivesAt,
                "2026-05",
                source,
            ),
        ),
        (
            &gmp,
            link(
                node(&lungu_gmp),
                thing(&flat),
                LinkType::LivesAt,
                "2026-06",
                source,
            ),
        ),
        (
            &gmp,
            link(
                node(&has_gmp),
                thing(&minibus),
                LinkType::Transported,
                "2026-05",
                "Stop on the M6",
            ),
        ),
        (
            &gmp,
            link(
                node(&boss),
                thing(&minibus),
                LinkType::Drives,
                "2026-05",
                "ANPR",
            ),
        ),
        (
            &gmp,
            link(
                node(&boss),
                thing(&boss_phone),
                LinkType::UsesPhone,
                "2026-05",
                source,
            ),
        ),
        (
            &gmp,
            link(
                node(&kov_gmp),
                thing(&boss_phone),
                LinkType::UsesPhone,
                "2026-05",
                "Call records",
            ),
        ),
        (
            &gmp,
            link(
                node(&boss),
                thing(&agency),
                LinkType::Controls,
                "2026-04",
                "Companies House",
            ),
        ),
        (
            &gmp,
            link(
                node(&boss),
                thing(&account),
                LinkType::Controls,
                "2026-04",
                "Bank production order",
            ),
        ),
        (
            &gmp,
            link(
                node(&boss),
                thing(&flat),
                LinkType::Owns,
                "2026-04",
                "Land Registry",
            ),
        ),
        (
            &gmp,
            link(
                node(&yousuf),
                thing(&boss_phone),
                LinkType::UsesPhone,
                "2026-06",
                "Call records",
            ),
        ),
    ] {
        store
            .create_link(who, marks(who, Official, None), l)
            .await?;
    }

    // Online adverts in Manchester: OFFICIAL-SENSITIVE, Greater Manchester's own.
    let advert_phone = store
        .create_entity(
            &gmp,
            marks(&gmp, OfficialSensitive, None),
            entity(
                EntityKind::Phone,
                "07700 900789",
                "Number on adult service adverts",
            ),
        )
        .await?;
    let handle = store
        .create_entity(
            &gmp,
            marks(&gmp, OfficialSensitive, None),
            entity(
                EntityKind::OnlineIdentifier,
                "adverts: 'new girls city centre'",
                "Advert series on an adult services site",
            ),
        )
        .await?;
    let mut flats = Vec::new();
    for (address, note) in [
        (
            "Flat 4, 22 Portland Street, Manchester M1 3LF",
            "Flat named in adverts",
        ),
        (
            "Flat 9, 3 Whitworth Street, Manchester M1 5NH",
            "Flat named in adverts",
        ),
        (
            "Flat 2, 61 Oldham Street, Manchester M1 1JR",
            "Flat named in adverts",
        ),
    ] {
        flats.push(
            store
                .create_entity(
                    &gmp,
                    marks(&gmp, OfficialSensitive, None),
                    entity(EntityKind::Location, address, note),
                )
                .await?,
        );
    }
    let controller = store
        .create_person(
            &gmp,
            marks(&gmp, OfficialSensitive, None),
            NewPerson {
                given_name: "Marius".into(),
                family_name: "Olaru".into(),
                date_of_birth: Some("1986-09".into()),
                gender: Gender::Male,
                nationality: Some("RO".into()),
                notes: "Suspect: pays the rent on the advertised flats.".into(),
                details: Default::default(),
            },
        )
        .await?;
    let stan_gmp = person(store, &gmp, "Mihaela Stan", &gmp).await?;
    let stan_wmp = person(store, &gmp, "Mihaela Stan", &wmp).await?;
    let source = "Demo: advert research";
    let mut adverts = vec![
        link(
            node(&controller),
            thing(&advert_phone),
            LinkType::UsesPhone,
            "2026-04",
            source,
        ),
        link(
            thing(&advert_phone),
            thing(&handle),
            LinkType::UsesAccount,
            "2026-04",
            source,
        ),
        link(
            node(&stan_gmp),
            thing(&flats[0]),
            LinkType::LivesAt,
            "2026-05",
            source,
        ),
        link(
            node(&stan_wmp),
            thing(&flats[1]),
            LinkType::LivesAt,
            "2026-06",
            source,
        ),
    ];
    for f in &flats {
        adverts.push(link(
            node(&controller),
            thing(f),
            LinkType::Controls,
            "2026-04",
            "Tenancy records",
        ));
        adverts.push(link(
            thing(&handle),
            thing(f),
            LinkType::AssociateOf,
            "2026-04",
            source,
        ));
    }
    for l in adverts {
        store
            .create_link(&gmp, marks(&gmp, OfficialSensitive, None), l)
            .await?;
    }

    // Op Anchor's supervisor called the agency's number: only the case team sees it.
    let anchor = store
        .list_teams()
        .await?
        .into_iter()
        .find(|t| t.name == "Op Anchor")
        .ok_or_else(|| anyhow::anyhow!("demo team Op Anchor is missing"))?;
    let florin = person(store, &wmp, "Florin Dumitru", &wmp).await?;
    store
        .create_link(
            &wmp,
            marks(&wmp, OfficialSensitive, Some(anchor.id)),
            link(
                node(&florin),
                thing(&boss_phone),
                LinkType::UsesPhone,
                "2026-06",
                "Call records",
            ),
        )
        .await?;

    // Greater Manchester's own records of Op Anchor's phone and car wash, written their
    // own way: the same phone and the same place across forces (each side sees the
    // other's only as far as its markings allow).
    let ion = person(store, &gmp, "Ion Popescu", &gmp).await?;
    for (kind, value, details, link_type) in [
        (
            EntityKind::Phone,
            "+44 (0)7700 900 123",
            "Work phone handed out by the car wash boss",
            LinkType::UsesPhone,
        ),
        (
            EntityKind::Location,
            "Unit 3 Coventry Rd, B100XX",
            "Car wash in Birmingham where he says he worked before",
            LinkType::WorksAt,
        ),
    ] {
        let e = store
            .create_entity(
                &gmp,
                marks(&gmp, Official, None),
                entity(kind, value, details),
            )
            .await?;
        let l = link(
            node(&ion),
            thing(&e),
            link_type,
            "2026-01",
            "Account given at a Stockport car wash",
        );
        store
            .create_link(&gmp, marks(&gmp, Official, None), l)
            .await?;
    }
    Ok(())
}
