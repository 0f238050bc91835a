//! The store suite: the same tests against SQLite (always) and PostgreSQL (when
//! `SIGHTLINE_TEST_DATABASE_URL` points at a server where we may create databases).

use std::sync::Arc;

use sightline_core::*;
use sightline_store::{
    AuditEvent, AuditFilter, Ctx, DynStore, ImportCase, ImportIntel, ImportKind, ImportLink,
    ImportRows, ImportTarget, NewUser, PgStore, SameEntity, SqliteStore, Store, StoreError,
};
use uuid::Uuid;

struct World {
    store: DynStore,
    force_a: Organisation,
    force_b: Organisation,
    inv_a: Ctx,
    inv_b: Ctx,
    team_a: Uuid,
}

fn ctx(user: &sightline_store::User, teams: Vec<Uuid>) -> Ctx {
    Ctx {
        actor: Actor {
            user_id: user.id,
            username: user.username.clone(),
            role: user.role,
            org_id: user.org_id,
            teams,
        },
        channel: "test",
        purpose: Some("store suite".into()),
    }
}

async fn world(store: DynStore) -> World {
    let org = |name: &str| NewOrganisation {
        name: name.into(),
        org_type: OrgType::PoliceForce,
    };
    let force_a = store.create_org(None, org("Force A")).await.unwrap();
    let force_b = store.create_org(None, org("Force B")).await.unwrap();
    let user = |name: &str, org: Uuid| NewUser {
        username: name.into(),
        display_name: String::new(),
        role: Role::Investigator,
        org_id: org,
        password_hash: "x".into(),
    };
    let a = store
        .create_user(None, user("inv.a", force_a.id))
        .await
        .unwrap();
    let b = store
        .create_user(None, user("inv.b", force_b.id))
        .await
        .unwrap();
    let team = store
        .create_team(None, "Op Anchor", force_a.id)
        .await
        .unwrap();
    store.add_team_member(None, team.id, a.id).await.unwrap();
    World {
        force_a: force_a.clone(),
        force_b,
        inv_a: ctx(&a, vec![team.id]),
        inv_b: ctx(&b, vec![]),
        team_a: team.id,
        store,
    }
}

fn marks(org: Uuid, team: Option<Uuid>) -> Markings {
    Markings {
        classification: Classification::OfficialSensitive,
        handling_code: HandlingCode::P,
        handling_conditions: None,
        owner_org: org,
        case_team: team,
    }
}

fn new_case(title: &str) -> NewCase {
    NewCase {
        title: title.into(),
        summary: "s".into(),
        status: CaseStatus::Active,
        exploitation_types: vec![ExploitationType::Labour, ExploitationType::Criminal],
        details: Default::default(),
    }
}

async fn suite(store: DynStore, tamper: impl AsyncFnOnce(&DynStore)) {
    let w = world(store).await;
    let s = &w.store;

    // Records round-trip with their markings and provenance.
    let case = s
        .create_case(
            &w.inv_a,
            marks(w.force_a.id, None),
            new_case("Car wash workers"),
        )
        .await
        .unwrap();
    assert!(case.reference.starts_with("SL-"), "{}", case.reference);
    let again = s.get_case(&w.inv_a, case.id).await.unwrap();
    assert_eq!(again, case);
    let second = s
        .create_case(&w.inv_a, marks(w.force_a.id, None), new_case("Nail bar"))
        .await
        .unwrap();
    assert_ne!(second.reference, case.reference);

    let person = s
        .create_person(
            &w.inv_a,
            marks(w.force_a.id, Some(w.team_a)),
            NewPerson {
                given_name: "Thi".into(),
                family_name: "Nguyen".into(),
                date_of_birth: Some("1999-03".into()),
                gender: Gender::Female,
                nationality: Some("vn".into()),
                notes: String::new(),
                details: Default::default(),
            },
        )
        .await
        .unwrap();
    assert_eq!(s.get_person(&w.inv_a, person.id).await.unwrap(), person);

    let intel = s
        .create_intel(
            &w.inv_a,
            Markings {
                handling_code: HandlingCode::C,
                handling_conditions: Some("Not to be shared outside the SOCU".into()),
                ..marks(w.force_a.id, None)
            },
            NewIntelReport {
                title: "Workers collected at 5am".into(),
                narrative: "Minibus collects six males at 05:00.".into(),
                source_evaluation: SourceEvaluation::Untested,
                intelligence_assessment: IntelAssessment::C,
                information_date: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
            },
        )
        .await
        .unwrap();
    let got = s.get_intel(&w.inv_a, intel.id).await.unwrap();
    assert_eq!(got.grade(), "2C C");
    assert_eq!(got, intel);

    // The policy applies: another force's investigator cannot read the team's person nor
    // the OFFICIAL-SENSITIVE case, and lists leave them out.
    assert!(matches!(
        s.get_person(&w.inv_b, person.id).await,
        Err(StoreError::Forbidden(_))
    ));
    assert!(matches!(
        s.get_case(&w.inv_b, case.id).await,
        Err(StoreError::Forbidden(_))
    ));
    assert!(s.list_people(&w.inv_b, 50).await.unwrap().is_empty());
    assert_eq!(s.list_cases(&w.inv_a, 50).await.unwrap().len(), 2);
    assert!(matches!(
        s.create_case(&w.inv_b, marks(w.force_a.id, None), new_case("Not mine"))
            .await,
        Err(StoreError::Forbidden(_))
    ));
    // Bad input is refused with the field named, and nothing is written.
    let err = s
        .create_case(&w.inv_a, marks(w.force_a.id, None), new_case("  "))
        .await
        .unwrap_err();
    assert!(
        matches!(&err, StoreError::Invalid(v) if v.field == "title"),
        "{err:?}"
    );
    assert_eq!(s.list_cases(&w.inv_a, 50).await.unwrap().len(), 2);

    // Reads and denials are audited, with purpose and actor.
    let denied = s
        .list_audit(&AuditFilter {
            actor: Some("inv.b".into()),
            outcome: Some("denied".into()),
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(denied.len(), 3, "{denied:#?}");
    let reads = s
        .list_audit(&AuditFilter {
            action: Some("read".into()),
            record_id: Some(person.id.to_string()),
            outcome: Some("allowed".into()),
            limit: 50,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(reads.len(), 1);
    assert_eq!(reads[0].purpose, "store suite");
    assert_eq!(reads[0].org_id, Some(w.force_a.id));

    // Duplicate names are conflicts, not crashes.
    let dup = s
        .create_org(
            None,
            NewOrganisation {
                name: "Force B".into(),
                org_type: OrgType::PoliceForce,
            },
        )
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))), "{dup:?}");
    assert_eq!(
        s.find_org_by_name("force b").await.unwrap().unwrap().id,
        w.force_b.id
    );

    // Login throttling counts.
    s.record_login_failure("acct:x", 1000).await.unwrap();
    s.record_login_failure("acct:x", 1010).await.unwrap();
    assert_eq!(s.count_login_failures("acct:x", 1005).await.unwrap(), 1);
    s.clear_login_failures("acct:x").await.unwrap();
    assert_eq!(s.count_login_failures("acct:x", 0).await.unwrap(), 0);

    // Entities, links and case parties: a link is shown only when both ends may be read.
    let phone = s
        .create_entity(
            &w.inv_a,
            marks(w.force_a.id, None),
            NewEntity {
                kind: EntityKind::Phone,
                value: "07700 900123".into(),
                details: String::new(),
            },
        )
        .await
        .unwrap();
    assert_eq!(phone.normalised, "+447700900123");
    let same = s
        .find_entities(
            &w.inv_a,
            &NewEntity {
                kind: EntityKind::Phone,
                value: "+44 (0)7700 900 123".into(),
                details: String::new(),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        same.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![phone.id]
    );
    assert!(s
        .find_entities(
            &w.inv_b,
            &NewEntity {
                kind: EntityKind::Phone,
                value: "07700900123".into(),
                details: String::new()
            }
        )
        .await
        .unwrap()
        .is_empty());
    // Force B's record of the same phone: each force learns only who holds the other's.
    let b_phone = s
        .create_entity(
            &w.inv_b,
            marks(w.force_b.id, None),
            NewEntity {
                kind: EntityKind::Phone,
                value: "+44 7700 900 123".into(),
                details: "seen on an advert".into(),
            },
        )
        .await
        .unwrap();
    for (who, id, holder) in [
        (&w.inv_b, b_phone.id, "Force A"),
        (&w.inv_a, phone.id, "Force B"),
    ] {
        let same = s.same_entities(who, id).await.unwrap();
        assert_eq!(same.len(), 1, "{same:?}");
        assert!(
            matches!(&same[0], SameEntity::Held { org_name, records: 1 } if org_name == holder),
            "{same:?}"
        );
    }
    assert!(matches!(
        s.same_entities(&w.inv_b, phone.id).await,
        Err(StoreError::Forbidden(_))
    ));
    // A report mentions the phone: linked once, listed from both ends, only for readers.
    for _ in 0..2 {
        s.link_intel_entity(&w.inv_a, intel.id, phone.id)
            .await
            .unwrap();
    }
    let linked = s.intel_entities(&w.inv_a, intel.id).await.unwrap();
    assert_eq!(
        linked.iter().map(|e| e.id).collect::<Vec<_>>(),
        vec![phone.id]
    );
    let reports = s.entity_intel(&w.inv_a, phone.id).await.unwrap();
    assert_eq!(
        reports.iter().map(|r| r.id).collect::<Vec<_>>(),
        vec![intel.id]
    );
    assert!(s.entity_intel(&w.inv_b, phone.id).await.unwrap().is_empty());
    assert!(matches!(
        s.intel_entities(&w.inv_b, intel.id).await,
        Err(StoreError::Forbidden(_))
    ));
    assert!(matches!(
        s.link_intel_entity(&w.inv_a, intel.id, b_phone.id).await,
        Err(StoreError::Forbidden(_))
    ));
    let open_person = s
        .create_person(
            &w.inv_a,
            marks(w.force_a.id, None),
            NewPerson {
                given_name: "Florin".into(),
                family_name: "Dumitru".into(),
                date_of_birth: None,
                gender: Gender::Male,
                nationality: None,
                notes: String::new(),
                details: Default::default(),
            },
        )
        .await
        .unwrap();
    let node = |t, id| NodeRef { node_type: t, id };
    let link = |from, to| NewLink {
        from,
        to,
        link_type: LinkType::UsesPhone,
        date_from: Some("2026-01".into()),
        date_to: None,
        source: "intel".into(),
        confidence: Confidence::High,
    };
    s.create_link(
        &w.inv_a,
        marks(w.force_a.id, None),
        link(
            node(NodeType::Person, open_person.id),
            node(NodeType::Entity, phone.id),
        ),
    )
    .await
    .unwrap();
    // The team-restricted person, linked to the same phone.
    s.create_link(
        &w.inv_a,
        marks(w.force_a.id, None),
        link(
            node(NodeType::Person, person.id),
            node(NodeType::Entity, phone.id),
        ),
    )
    .await
    .unwrap();
    let seen_by_a = s
        .links_of(&w.inv_a, node(NodeType::Entity, phone.id))
        .await
        .unwrap();
    assert_eq!(seen_by_a.len(), 2);
    let colleague = {
        let u = s
            .create_user(
                None,
                NewUser {
                    username: "inv.a2".into(),
                    display_name: String::new(),
                    role: Role::Investigator,
                    org_id: w.force_a.id,
                    password_hash: "x".into(),
                },
            )
            .await
            .unwrap();
        ctx(&u, vec![])
    };
    let seen_by_colleague = s
        .links_of(&colleague, node(NodeType::Entity, phone.id))
        .await
        .unwrap();
    assert_eq!(
        seen_by_colleague.len(),
        1,
        "the team's person stays hidden behind the shared phone"
    );
    assert!(
        matches!(&seen_by_colleague[0].other, sightline_store::Node::Person(p) if p.id == open_person.id)
    );
    assert!(
        matches!(
            s.create_link(
                &colleague,
                marks(w.force_a.id, None),
                link(
                    node(NodeType::Person, person.id),
                    node(NodeType::Entity, phone.id)
                )
            )
            .await,
            Err(StoreError::Forbidden(_))
        ),
        "cannot link to what you cannot see"
    );
    s.add_case_party(&w.inv_a, case.id, open_person.id, CaseRole::Suspect)
        .await
        .unwrap();
    s.add_case_party(&w.inv_a, case.id, person.id, CaseRole::PotentialVictim)
        .await
        .unwrap();
    assert_eq!(s.case_parties(&w.inv_a, case.id).await.unwrap().len(), 2);
    let parties = s.case_parties(&colleague, case.id).await.unwrap();
    assert_eq!(
        parties.iter().map(|(r, p)| (*r, p.id)).collect::<Vec<_>>(),
        vec![(CaseRole::Suspect, open_person.id)]
    );
    assert_eq!(
        s.person_cases(&w.inv_a, person.id).await.unwrap()[0].1.id,
        case.id
    );
    assert!(matches!(
        s.add_case_party(&w.inv_b, case.id, open_person.id, CaseRole::Witness)
            .await,
        Err(StoreError::Forbidden(_))
    ));

    // Imports: all-or-nothing, idempotent by source id, and reversible.
    let row = |id: &str, family: &str| sightline_store::ImportPerson {
        source_id: id.into(),
        markings: marks(w.force_a.id, None),
        person: NewPerson {
            given_name: "A".into(),
            family_name: family.into(),
            date_of_birth: None,
            gender: Gender::Unknown,
            nationality: None,
            notes: String::new(),
            details: Default::default(),
        },
    };
    let people_now =
        |s: DynStore, ctx: Ctx| async move { s.list_people(&ctx, 10_000).await.unwrap().len() };
    let before = people_now(w.store.clone(), w.inv_a.clone()).await;
    {
        let mut abandoned = s
            .begin_import(&w.inv_a, ImportKind::Person, "Force A Niche", "a.csv")
            .await
            .unwrap();
        abandoned
            .add(ImportRows::People(vec![row("N1", "Popescu")]))
            .await
            .unwrap();
        // Dropped without commit: as if it never happened.
    }
    assert_eq!(people_now(w.store.clone(), w.inv_a.clone()).await, before);
    let mut imp = s
        .begin_import(&w.inv_a, ImportKind::Person, "Force A Niche", "a.csv")
        .await
        .unwrap();
    let out = imp
        .add(ImportRows::People(vec![
            row("N1", "Popescu"),
            row("N2", "Kowalski"),
            row("N1", "Popescu"),
        ]))
        .await
        .unwrap();
    assert_eq!((out.written, out.existing), (2, 1));
    let batch = imp.commit(1).await.unwrap();
    assert_eq!(
        (
            batch.written,
            batch.existing,
            batch.rejected,
            batch.status.as_str()
        ),
        (2, 1, 1, "committed")
    );
    let again = s
        .begin_import(&w.inv_a, ImportKind::Person, "Force A Niche", "a.csv")
        .await
        .unwrap();
    let mut again = again;
    assert_eq!(
        again
            .add(ImportRows::People(vec![
                row("N1", "Popescu"),
                row("N2", "Kowalski")
            ]))
            .await
            .unwrap()
            .written,
        0
    );
    let second = again.commit(0).await.unwrap();
    assert_eq!(
        people_now(w.store.clone(), w.inv_a.clone()).await,
        before + 2
    );
    let imported = s.list_people(&w.inv_a, 10).await.unwrap();
    assert!(imported
        .iter()
        .any(|p| p.provenance.source_id.as_deref() == Some("N2")
            && p.provenance.batch_id == Some(batch.id)));
    let mut bad = s
        .begin_import(&w.inv_b, ImportKind::Person, "Force B", "b.csv")
        .await
        .unwrap();
    assert!(
        matches!(
            bad.add(ImportRows::People(vec![row("X", "Y")])).await,
            Err(StoreError::Forbidden(_))
        ),
        "cannot import into another force"
    );
    drop(bad); // On SQLite an open import holds the one write lock.
    assert!(matches!(
        s.rollback_batch(&w.inv_b, batch.id).await,
        Err(StoreError::Forbidden(_))
    ));
    let rolled = s.rollback_batch(&w.inv_a, batch.id).await.unwrap();
    assert_eq!(rolled.status, "rolled_back");
    assert_eq!(people_now(w.store.clone(), w.inv_a.clone()).await, before);
    assert!(matches!(
        s.rollback_batch(&w.inv_a, batch.id).await,
        Err(StoreError::Conflict(_))
    ));
    let batches = s.list_batches(&w.inv_a).await.unwrap();
    assert_eq!(
        batches.iter().map(|b| b.id).collect::<Vec<_>>(),
        vec![second.id, batch.id]
    );

    // A chunk larger than one bulk statement, with a source id repeated across the
    // statements' boundary: the first row wins and every value reads back as written.
    let many: Vec<_> = (0..250)
        .map(|i| {
            let id = if i == 120 { 5 } else { i };
            let mut r = row(&format!("B{id}"), &format!("Family{i}"));
            if i % 2 == 0 {
                r.person.nationality = Some("RO".into());
                r.person.date_of_birth = Some(format!("19{}", 50 + i % 50));
            }
            r.person.notes = format!("row {i}: \"quoted\", with a comma");
            r
        })
        .collect();
    let mut bulk = s
        .begin_import(&w.inv_a, ImportKind::Person, "Force A bulk", "bulk.csv")
        .await
        .unwrap();
    let out = bulk.add(ImportRows::People(many)).await.unwrap();
    assert_eq!((out.written, out.existing), (249, 1));
    let bulk = bulk.commit(0).await.unwrap();
    let stored = s.list_people(&w.inv_a, 10_000).await.unwrap();
    let by_source = |id: &str| {
        stored
            .iter()
            .find(|p| {
                p.provenance.source.as_deref() == Some("Force A bulk")
                    && p.provenance.source_id.as_deref() == Some(id)
            })
            .unwrap_or_else(|| panic!("{id} was not stored"))
    };
    let five = by_source("B5");
    assert_eq!(five.family_name, "Family5", "the first row with B5 wins");
    assert_eq!(five.date_of_birth, None);
    assert_eq!(five.nationality, None);
    let last = by_source("B248");
    assert_eq!(
        (last.given_name.as_str(), last.family_name.as_str()),
        ("A", "Family248")
    );
    assert_eq!(last.date_of_birth.as_deref(), Some("1998"));
    assert_eq!(last.nationality.as_deref(), Some("RO"));
    assert_eq!(last.notes, "row 248: \"quoted\", with a comma");
    assert_eq!(last.markings, marks(w.force_a.id, None));
    assert_eq!(last.provenance.batch_id, Some(bulk.id));
    assert_eq!(last.provenance.created_by, w.inv_a.actor.user_id);
    assert_eq!(last.provenance.created_at, last.provenance.updated_at);
    assert_eq!(
        s.get_person(&w.inv_a, last.id).await.unwrap().notes,
        last.notes
    );
    s.rollback_batch(&w.inv_a, bulk.id).await.unwrap();
    assert_eq!(people_now(w.store.clone(), w.inv_a.clone()).await, before);

    import_kinds(&w).await;

    // The chain verifies; concurrent appends keep it whole.
    let mut handles = Vec::new();
    for i in 0..20 {
        let s = Arc::clone(&w.store);
        handles.push(tokio::spawn(async move {
            s.audit(AuditEvent::system("test", "none", i, "concurrent"))
                .await
                .unwrap()
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let report = s.verify_audit().await.unwrap();
    assert!(report.first_bad.is_none(), "{report:?}");
    assert!(report.entries > 30);

    // The log refuses changes through SQL, and a hand-made change is caught by verify.
    tamper(s).await;
    let report = s.verify_audit().await.unwrap();
    let bad = report.first_bad.expect("verify must catch the altered row");
    assert_eq!(bad.seq, 5, "{bad:?}");
}

/// Imports of cases, intelligence and links: keyed by source and source id, found by the
/// rows that name them, audited, and rolled back per batch.
async fn import_kinds(w: &World) {
    let s = &w.store;
    let m = || marks(w.force_a.id, None);
    let case_row = |id: &str, reference: Option<&str>| ImportCase {
        source_id: id.into(),
        reference: reference.map(str::to_string),
        markings: m(),
        case: NewCase {
            details: CaseDetails {
                sectors: vec!["Hospitality".into()],
                force_area: Some("West Midlands Police".into()),
                opened_on: chrono::NaiveDate::from_ymd_opt(2025, 1, 2),
                ..Default::default()
            },
            ..new_case(&format!("Imported {id}"))
        },
    };
    let mut imp = s
        .begin_import(&w.inv_a, ImportKind::Case, "Force A Niche", "cases.csv")
        .await
        .unwrap();
    let out = imp
        .add(ImportRows::Cases(vec![
            case_row("C1", Some("OP-TIDAL")),
            case_row("C2", None),
            case_row("C1", Some("OP-TIDAL")),
        ]))
        .await
        .unwrap();
    assert_eq!((out.written, out.existing), (2, 1));
    let cases_batch = imp.commit(0).await.unwrap();
    assert_eq!(cases_batch.kind, "case");
    let tidal = s
        .find_for_import(&w.inv_a, ImportTarget::Case, "OP-TIDAL", "elsewhere")
        .await
        .unwrap()
        .expect("a case is found by its reference");
    let c2 = s
        .find_for_import(&w.inv_a, ImportTarget::Case, "C2", "Force A Niche")
        .await
        .unwrap()
        .expect("and by its source id");
    let case = s.get_case(&w.inv_a, tidal).await.unwrap();
    assert_eq!(case.reference, "OP-TIDAL");
    assert_eq!(case.details.force_area.as_deref(), Some("west-midlands"));
    assert_eq!(case.provenance.source_id.as_deref(), Some("C1"));
    assert_eq!(case.provenance.batch_id, Some(cases_batch.id));
    assert!(s
        .get_case(&w.inv_a, c2)
        .await
        .unwrap()
        .reference
        .starts_with("SL-"));
    assert_eq!(
        s.find_for_import(&w.inv_b, ImportTarget::Case, "C2", "Force A Niche")
            .await
            .unwrap(),
        None,
        "what the reader may not read is not found"
    );
    // Again: nothing new; a reference another case holds refuses the whole import.
    let mut again = s
        .begin_import(&w.inv_a, ImportKind::Case, "Force A Niche", "cases.csv")
        .await
        .unwrap();
    let out = again
        .add(ImportRows::Cases(vec![case_row("C1", Some("OP-TIDAL"))]))
        .await
        .unwrap();
    assert_eq!((out.written, out.existing), (0, 1));
    assert!(matches!(
        again
            .add(ImportRows::Cases(vec![case_row("C3", Some("OP-TIDAL"))]))
            .await,
        Err(StoreError::Conflict(_))
    ));
    drop(again);

    // Intelligence, graded, with its officer, force and case.
    let mut imp = s
        .begin_import(&w.inv_a, ImportKind::Intel, "Force A Niche", "intel.csv")
        .await
        .unwrap();
    let intel_row = |id: &str| ImportIntel {
        source_id: id.into(),
        markings: Markings {
            handling_code: HandlingCode::C,
            handling_conditions: Some("SOCU only".into()),
            ..m()
        },
        report: NewIntelReport {
            title: "Van at 5am".into(),
            narrative: "A white van collects six men at 5am.".into(),
            source_evaluation: SourceEvaluation::Reliable,
            intelligence_assessment: IntelAssessment::B,
            information_date: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
        },
        details: IntelDetails {
            submitting_officer: Some("PC 1234 Smith".into()),
            submitting_force: Some("wmp".into()),
            case_id: Some(tidal),
        },
    };
    let out = imp
        .add(ImportRows::Intel(vec![intel_row("I1"), intel_row("I1")]))
        .await
        .unwrap();
    assert_eq!((out.written, out.existing), (1, 1));
    let intel_batch = imp.commit(0).await.unwrap();
    let report = s
        .list_intel(&w.inv_a, 100)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.provenance.source_id.as_deref() == Some("I1"))
        .unwrap();
    assert_eq!(report.grade(), "1B C");
    assert_eq!(report.details.case_id, Some(tidal));
    assert_eq!(
        report.details.submitting_force.as_deref(),
        Some("west-midlands")
    );

    // Links between imported people, found by source and source id.
    let mut people = s
        .begin_import(&w.inv_a, ImportKind::Person, "Force A Links", "p.csv")
        .await
        .unwrap();
    let person = |id: &str| sightline_store::ImportPerson {
        source_id: id.into(),
        markings: m(),
        person: NewPerson {
            given_name: "L".into(),
            family_name: id.into(),
            date_of_birth: None,
            gender: Gender::Unknown,
            nationality: None,
            notes: String::new(),
            details: Default::default(),
        },
    };
    people
        .add(ImportRows::People(vec![person("L1"), person("L2")]))
        .await
        .unwrap();
    people.commit(0).await.unwrap();
    let find = |id: &'static str| async move {
        s.find_for_import(&w.inv_a, ImportTarget::Person, id, "Force A Links")
            .await
            .unwrap()
    };
    let (l1, l2) = (find("L1").await.unwrap(), find("L2").await.unwrap());
    assert_eq!(find("L9").await, None);
    let link_row = |id: &str| ImportLink {
        source_id: id.into(),
        markings: m(),
        link: NewLink {
            from: NodeRef {
                node_type: NodeType::Person,
                id: l1,
            },
            to: NodeRef {
                node_type: NodeType::Person,
                id: l2,
            },
            link_type: LinkType::AssociateOf,
            date_from: Some("2024".into()),
            date_to: None,
            source: String::new(),
            confidence: Confidence::High,
        },
    };
    let mut imp = s
        .begin_import(&w.inv_a, ImportKind::Link, "Force A Links", "links.csv")
        .await
        .unwrap();
    assert_eq!(
        imp.add(ImportRows::Links(vec![link_row("K1"), link_row("K1")]))
            .await
            .unwrap()
            .written,
        1
    );
    let links_batch = imp.commit(0).await.unwrap();
    let node = NodeRef {
        node_type: NodeType::Person,
        id: l1,
    };
    let linked = s.links_of(&w.inv_a, node).await.unwrap();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0].link.source, "Force A Links");
    assert_eq!(linked[0].link.provenance.source_id.as_deref(), Some("K1"));
    // A link to a record that is not there is refused by the store too.
    let mut bad = s
        .begin_import(&w.inv_a, ImportKind::Link, "Force A Links", "links.csv")
        .await
        .unwrap();
    let mut dangling = link_row("K2");
    dangling.link.to.id = Uuid::now_v7();
    assert!(matches!(
        bad.add(ImportRows::Links(vec![dangling])).await,
        Err(StoreError::Forbidden(_))
    ));
    drop(bad);
    // Rows of one kind do not go into another kind's import.
    let mut wrong = s
        .begin_import(&w.inv_a, ImportKind::Link, "Force A Links", "links.csv")
        .await
        .unwrap();
    assert!(wrong
        .add(ImportRows::Intel(vec![intel_row("I2")]))
        .await
        .is_err());
    drop(wrong);

    // Every kind's batch is listed and rolled back.
    let listed: Vec<String> = s
        .list_batches(&w.inv_a)
        .await
        .unwrap()
        .iter()
        .map(|b| b.kind.clone())
        .collect();
    for kind in ["case", "intel", "link", "person"] {
        assert!(listed.iter().any(|k| k == kind), "{listed:?}");
    }
    for b in [links_batch.id, intel_batch.id, cases_batch.id] {
        assert_eq!(
            s.rollback_batch(&w.inv_a, b).await.unwrap().status,
            "rolled_back"
        );
    }
    assert!(s.links_of(&w.inv_a, node).await.unwrap().is_empty());
    assert!(matches!(
        s.get_case(&w.inv_a, tidal).await,
        Err(StoreError::NotFound)
    ));
    assert!(!s
        .list_intel(&w.inv_a, 100)
        .await
        .unwrap()
        .iter()
        .any(|r| r.provenance.batch_id == Some(intel_batch.id)));
    let audited = s
        .list_audit(&AuditFilter {
            action: Some("import".into()),
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    assert!(audited
        .iter()
        .any(|e| e.detail.contains("cases from 'Force A Niche'")));
}

#[tokio::test]
async fn sqlite_store() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/sub/dir/t.db", dir.path().display());
    let store = SqliteStore::open(&url).await.unwrap();
    let pool = store.pool().clone();
    let raw = pool.clone();
    suite(Arc::new(store), async move |_s: &DynStore| {
        let refused = sqlx::query("UPDATE audit_log SET purpose = 'x' WHERE seq = 5")
            .execute(&pool)
            .await;
        assert!(refused.unwrap_err().to_string().contains("append-only"));
        sqlx::query("DROP TRIGGER audit_log_no_update")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("UPDATE audit_log SET purpose = 'x' WHERE seq = 5")
            .execute(&pool)
            .await
            .unwrap();
    })
    .await;
    // Entities stored before match keys existed get theirs when the store opens.
    sqlx::query("UPDATE entities SET match_key = ''")
        .execute(&raw)
        .await
        .unwrap();
    // Reopening applies no migration twice and keeps data.
    let again = SqliteStore::open(&url).await.unwrap();
    assert_eq!(again.list_orgs().await.unwrap().len(), 2);
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT match_key FROM entities WHERE kind = 'phone' ORDER BY id")
            .fetch_all(again.pool())
            .await
            .unwrap();
    assert!(
        keys.len() >= 2 && keys.iter().all(|k| k == "+447700900123"),
        "{keys:?}"
    );
}

#[tokio::test]
async fn sqlite_refuses_memory_databases() {
    let err = SqliteStore::open("sqlite::memory:").await.err().unwrap();
    assert!(err.to_string().contains("in-memory"));
}

#[tokio::test]
async fn postgres_store() {
    let Ok(admin_url) = std::env::var("SIGHTLINE_TEST_DATABASE_URL") else {
        eprintln!(
            "SKIPPED postgres_store: SIGHTLINE_TEST_DATABASE_URL is not set (scripts/test sets it)"
        );
        return;
    };
    // A fresh database per run, so the suite starts from an empty schema.
    let name = format!("sl_test_{}", Uuid::new_v4().simple());
    let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    let url = match admin_url.rfind('/') {
        Some(i) => format!("{}/{name}", &admin_url[..i]),
        None => panic!("SIGHTLINE_TEST_DATABASE_URL needs a database name"),
    };
    let store = PgStore::open(&url).await.unwrap();
    let pool = store.pool().clone();
    suite(Arc::new(store), async move |_s: &DynStore| {
        let refused = sqlx::query("UPDATE audit_log SET purpose = 'x' WHERE seq = 5")
            .execute(&pool)
            .await;
        assert!(refused.unwrap_err().to_string().contains("append-only"));
        sqlx::query("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("UPDATE audit_log SET purpose = 'x' WHERE seq = 5")
            .execute(&pool)
            .await
            .unwrap();
    })
    .await;
    let again = PgStore::open(&url).await.unwrap();
    assert_eq!(again.list_orgs().await.unwrap().len(), 2);
    again.pool().close().await;
    sqlx::query(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&admin)
        .await
        .unwrap();
}

#[tokio::test]
async fn a_bad_postgres_url_is_one_clear_error() {
    let err = sightline_store::open("postgres://sl:secret@127.0.0.1:1/nowhere")
        .await
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains("cannot connect to PostgreSQL at postgres://sl:***@127.0.0.1:1/nowhere"),
        "{err}"
    );
    let err = sightline_store::open("mysql://x")
        .await
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("not understood"), "{err}");
}
