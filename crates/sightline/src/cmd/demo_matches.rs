//! Demo data for entity resolution: the same people recorded by several forces, with the
//! variation real records have (given and family names in swapped order, Mohammed and
//! Muhammad, Oleksandr and Aleksandr, a year or a month instead of a full date of birth,
//! day and month swapped), and a few people who only look alike. Each force puts its
//! records in a case of its own, so the strategic picture shows victims counted once
//! across forces. Then matching runs once, so a fresh demo has a review queue. All names
//! are invented.

use sightline_core::*;
use sightline_store::{Ctx, DynStore};

/// A demo user's context, by username.
pub(super) async fn ctx(store: &DynStore, username: &str) -> anyhow::Result<Ctx> {
    let user = store
        .find_user(username)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo user {username} is missing"))?;
    let teams = store.user_teams(user.id).await?;
    Ok(Ctx {
        actor: sightline_web::session::actor_for(&user, &teams),
        channel: "cli",
        purpose: Some("demo data".into()),
    })
}

fn marks(ctx: &Ctx, class: Classification) -> Markings {
    Markings {
        classification: class,
        handling_code: HandlingCode::P,
        handling_conditions: None,
        owner_org: ctx.actor.org_id,
        case_team: None,
    }
}

/// Adds the people and runs matching over everything stored.
pub async fn load(store: &DynStore) -> anyhow::Result<()> {
    let wmp = ctx(store, "investigator").await?;
    let gmp = ctx(store, "analyst").await?;
    let nat = ctx(store, "national").await?;
    use Classification::{Official, OfficialSensitive};
    // (who records it, classification, given, family, date of birth, gender, nationality, notes)
    type Row<'a> = (
        &'a Ctx,
        Classification,
        &'a str,
        &'a str,
        Option<&'a str>,
        Gender,
        &'a str,
        &'a str,
    );
    #[rustfmt::skip]
    let rows: Vec<Row> = vec![
        // Transliteration, and day and month swapped between two forces.
        (&wmp, Official, "Mohammed", "Al-Hassan", Some("1994-03-07"), Gender::Male, "SY", "Found sleeping at a hand car wash, Small Heath. Says he owes £4,000 for travel."),
        (&gmp, Official, "Muhammad", "Alhassan", Some("1994-07-03"), Gender::Male, "SY", "Stopped in a minibus with five other men on the M6; gave a Manchester address."),
        // Given and family names recorded in the other order.
        (&wmp, Official, "Van Minh", "Nguyen", Some("2003-05-11"), Gender::Male, "VN", "Cannabis grow, Walsall. Claims to be 17; age disputed."),
        (&gmp, Official, "Nguyen", "Van Minh", Some("2003"), Gender::Male, "VN", "Found at a cannabis grow in Oldham; went missing from foster care."),
        // Another transliteration, a partial date and a swap, three organisations.
        (&nat, Official, "Oleksandr", "Kovalenko", Some("1990-12-01"), Gender::Male, "UA", "Referred by the GLAA: food packing agency worker, wages withheld."),
        (&wmp, Official, "Aleksandr", "Kovalenko", Some("1990-01-12"), Gender::Male, "UA", "Agency worker at a distribution centre, Coventry; housed eight to a house."),
        (&gmp, Official, "Oleksandr", "Kovalenko", Some("1990-12"), Gender::Male, "UA", "Came forward at a Salford job centre; says his passport is held by the agency."),
        // The nail bar victim as another force recorded her.
        (&gmp, Official, "Nguyen", "Thi Lan", Some("2001-08-23"), Gender::Female, "VN", "Nail bar, Bolton; moved between salons by the same driver."),
        // Held by West Midlands in Op Anchor: other forces see only who holds it.
        (&gmp, Official, "Ion", "Popescu", Some("1988-04-19"), Gender::Male, "RO", "Car wash worker, Stockport; says he worked in Birmingham before."),
        // Greater Manchester holds her as OFFICIAL-SENSITIVE: West Midlands sees only who
        // holds the other record.
        (&wmp, Official, "Mihaela", "Stan", Some("1998"), Gender::Female, "RO", "Seen at an address linked to online adverts; declined support."),
        // A year of birth and no date at all, a spelling of the name, and a brother (a
        // possible match to review, not a likely one).
        (&wmp, Official, "Ahmed", "Yusuf", Some("1989"), Gender::Male, "SO", "Delivery rider; says his account is rented from a 'boss' who keeps the earnings."),
        (&gmp, Official, "Ahmad", "Yousuf", None, Gender::Unknown, "SO", "Named by a delivery rider as the man who rents out accounts."),
        (&gmp, Official, "Abdi", "Yusuf", Some("1989"), Gender::Male, "SO", "Brother of a delivery rider; lives in Moss Side."),
        // A slip of one letter and a missing nationality.
        (&wmp, Official, "Mariana", "Lungu", Some("1993-05-02"), Gender::Female, "MD", "Hotel cleaner, Birmingham; pay goes to a third party's account."),
        (&gmp, Official, "Marina", "Lungu", Some("1993"), Gender::Female, "", "Hotel cleaner, Manchester airport; moved at short notice."),
        // People who only look alike (a common name, different dates of birth): the model
        // should not propose them.
        (&wmp, Official, "Mohammed", "Khan", Some("1985-02-14"), Gender::Male, "PK", "Witness: takeaway owner next to the car wash."),
        (&gmp, OfficialSensitive, "Mohammed", "Khan", Some("1972-10-30"), Gender::Male, "GB", "Landlord of a house of multiple occupation, Rochdale."),
    ];
    // Each organisation's case for its records, with its force area.
    let mut cases: Vec<(uuid::Uuid, uuid::Uuid)> = Vec::new();
    for (who, title, force, types) in [
        (
            &wmp,
            "Workers moved between the West Midlands and Manchester",
            Some("west-midlands"),
            vec![ExploitationType::Labour, ExploitationType::Criminal],
        ),
        (
            &gmp,
            "Agency and delivery workers, Greater Manchester",
            Some("gmp"),
            vec![ExploitationType::Labour, ExploitationType::Criminal],
        ),
        (
            &nat,
            "GLAA referrals: food packing agency workers",
            None,
            vec![ExploitationType::Labour],
        ),
    ] {
        let case = store
            .create_case(
                who,
                marks(who, Classification::Official),
                NewCase {
                    title: title.into(),
                    summary: "Potential victims whose records other forces hold too.".into(),
                    status: CaseStatus::Active,
                    exploitation_types: types,
                    details: CaseDetails {
                        force_area: force.map(str::to_string),
                        ..Default::default()
                    },
                },
            )
            .await?;
        cases.push((who.actor.org_id, case.id));
    }
    for (who, class, given, family, dob, gender, nationality, notes) in rows {
        let role = if notes.starts_with("Witness") {
            Some(CaseRole::Witness)
        } else if notes.starts_with("Named by") || notes.starts_with("Landlord") {
            Some(CaseRole::Suspect)
        } else if notes.starts_with("Brother") {
            None
        } else {
            Some(CaseRole::PotentialVictim)
        };
        let person = store
            .create_person(
                who,
                marks(who, class),
                NewPerson {
                    given_name: given.into(),
                    family_name: family.into(),
                    date_of_birth: dob.map(str::to_string),
                    gender,
                    nationality: (!nationality.is_empty()).then(|| nationality.into()),
                    notes: notes.into(),
                    details: Default::default(),
                },
            )
            .await?;
        if let (Some(role), Some(&(_, case))) =
            (role, cases.iter().find(|(org, _)| *org == who.actor.org_id))
        {
            store.add_case_party(who, case, person.id, role).await?;
        }
    }
    let run = sightline_web::matches::job::start(store, None).await?;
    sightline_web::matches::job::work(store.clone(), run)
        .await
        .map_err(anyhow::Error::msg)?;
    Ok(())
}
