//! The store suite: the same tests against SQLite (always) and PostgreSQL (when
//! `SIGHTLINE_TEST_DATABASE_URL` points at a server where we may create databases).

use std::sync::Arc;

use sightline_core::*;
use sightline_store::{
    AuditEvent, AuditFilter, Ctx, DynStore, ImportKind, ImportRows, NewUser, PgStore, SqliteStore,
    Store, StoreError,
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
        abandoned.add(ImportRows::People(vec![row("N1", "Popescu")])).await.unwrap();
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
            .add(ImportRows::People(vec![row("N1", "Popescu"), row("N2", "Kowalski")]))
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

#[tokio::test]
async fn sqlite_store() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/sub/dir/t.db", dir.path().display());
    let store = SqliteStore::open(&url).await.unwrap();
    let pool = store.pool().clone();
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
    // Reopening applies no migration twice and keeps data.
    let again = SqliteStore::open(&url).await.unwrap();
    assert_eq!(again.list_orgs().await.unwrap().len(), 2);
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
