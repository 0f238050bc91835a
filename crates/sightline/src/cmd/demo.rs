//! The demo data set: a small, fictional picture across a few forces and partners, loaded
//! through the store like any other data (so it is marked and audited). All names, places
//! and numbers are invented.

use super::demo_network::{entity, link, node, thing};
use sightline_core::*;
use sightline_store::{Ctx, DynStore, NewUser};

/// The password of every demo account. Demo only.
pub const PASSWORD: &str = "sightline-demo";

/// Demo accounts, as shown on start.
pub const LOGINS: &[(&str, &str)] = &[
    (
        "investigator",
        "Investigator, West Midlands Police; in case team Op Anchor",
    ),
    ("analyst", "Force analyst, Greater Manchester Police"),
    ("national", "National analyst, national coordination team"),
    (
        "caseworker",
        "Partner caseworker, The Salvation Army; in case team Op Anchor",
    ),
    (
        "wmp.colleague",
        "Investigator, West Midlands Police; not in Op Anchor",
    ),
    ("admin", "Administrator, national coordination team"),
    ("trainer", "Trainer, College of Policing"),
];

fn marks(org: &Organisation, class: Classification, team: Option<uuid::Uuid>) -> Markings {
    Markings {
        classification: class,
        handling_code: HandlingCode::P,
        handling_conditions: None,
        owner_org: org.id,
        case_team: team,
    }
}

/// Loads the demo data if the database has none; returns whether it loaded.
pub async fn load(store: &DynStore) -> anyhow::Result<bool> {
    if !store.list_orgs().await?.is_empty() {
        return Ok(false);
    }
    let hash = sightline_web::auth::hash_password(PASSWORD).map_err(anyhow::Error::msg)?;
    let org = |name: &str, t: OrgType| NewOrganisation {
        name: name.into(),
        org_type: t,
    };
    let national = store
        .create_org(
            None,
            org(
                "National Modern Slavery Coordination Team",
                OrgType::PoliceForce,
            ),
        )
        .await?;
    let wmp = store
        .create_org(None, org("West Midlands Police", OrgType::PoliceForce))
        .await?;
    let gmp = store
        .create_org(None, org("Greater Manchester Police", OrgType::PoliceForce))
        .await?;
    let met = store
        .create_org(
            None,
            org("Metropolitan Police Service", OrgType::PoliceForce),
        )
        .await?;
    let salvation = store
        .create_org(None, org("The Salvation Army", OrgType::Ngo))
        .await?;
    let college = store
        .create_org(
            None,
            org(
                "College of Policing",
                OrgType::CentralGovernmentOrganisation,
            ),
        )
        .await?;
    for (name, t) in [
        ("National Crime Agency", OrgType::LawEnforcement),
        (
            "Gangmasters and Labour Abuse Authority",
            OrgType::LawEnforcement,
        ),
        (
            "Birmingham City Council",
            OrgType::LocalGovernmentOrganisation,
        ),
        ("Kent Police", OrgType::PoliceForce),
        ("West Yorkshire Police", OrgType::PoliceForce),
    ] {
        store.create_org(None, org(name, t)).await?;
    }

    let user = |username: &str, display: &str, role: Role, org: &Organisation| NewUser {
        username: username.into(),
        display_name: display.into(),
        role,
        org_id: org.id,
        password_hash: hash.clone(),
    };
    let inv = store
        .create_user(
            None,
            user("investigator", "DC Priya Sandhu", Role::Investigator, &wmp),
        )
        .await?;
    let analyst = store
        .create_user(
            None,
            user("analyst", "Tom Whitfield", Role::ForceAnalyst, &gmp),
        )
        .await?;
    let nat = store
        .create_user(
            None,
            user(
                "national",
                "Dr Helen Okafor",
                Role::NationalAnalyst,
                &national,
            ),
        )
        .await?;
    let cw = store
        .create_user(
            None,
            user(
                "caseworker",
                "Ana Ionescu",
                Role::PartnerCaseworker,
                &salvation,
            ),
        )
        .await?;
    store
        .create_user(
            None,
            user("wmp.colleague", "DC Mark Ellis", Role::Investigator, &wmp),
        )
        .await?;
    store
        .create_user(
            None,
            user("admin", "Sightline Administrator", Role::Admin, &national),
        )
        .await?;
    store
        .create_user(
            None,
            user("trainer", "Sgt Claire Rowe", Role::Trainer, &college),
        )
        .await?;

    let anchor = store.create_team(None, "Op Anchor", wmp.id).await?;
    store.add_team_member(None, anchor.id, inv.id).await?;
    store.add_team_member(None, anchor.id, cw.id).await?;

    let ctx_of = |u: &sightline_store::User, teams: Vec<uuid::Uuid>| Ctx {
        actor: Actor {
            user_id: u.id,
            username: u.username.clone(),
            role: u.role,
            org_id: u.org_id,
            teams,
        },
        channel: "cli",
        purpose: Some("demo data".into()),
    };
    let inv_ctx = ctx_of(&inv, vec![anchor.id]);
    let an_ctx = ctx_of(&analyst, vec![]);
    let nat_ctx = ctx_of(&nat, vec![]);

    use Classification::{Official, OfficialSensitive};
    use ExploitationType::*;
    let case =
        |title: &str, summary: &str, status: CaseStatus, types: Vec<ExploitationType>| NewCase {
            title: title.into(),
            summary: summary.into(),
            status,
            exploitation_types: types,
            details: CaseDetails::default(),
        };
    let car_wash = store.create_case(&inv_ctx, marks(&wmp, OfficialSensitive, Some(anchor.id)), NewCase {
        details: CaseDetails {
            sectors: vec!["Other".into()],
            force_area: Some("west-midlands".into()),
            opened_on: chrono::NaiveDate::from_ymd_opt(2026, 5, 11),
            closed_on: None,
            outcomes: CaseOutcomes { arrests: 2, charges: 1, safeguarded: 6, ..Default::default() },
        },
        ..case(
        "Op Anchor: hand car wash, Small Heath",
        "Six to eight men working 7am to 9pm at a hand car wash, sleeping in a portakabin on site. Paid in cash, far below minimum wage; a supervisor holds their passports. Linked to a minibus seen collecting workers from a terraced house.",
        CaseStatus::Active, vec![Labour])}).await?;
    let county = store.create_case(&inv_ctx, marks(&wmp, OfficialSensitive, None), case(
        "County line from Birmingham into Shropshire",
        "Two boys aged 15 and 16 reported missing, found at a flat in Telford dealing crack cocaine. Phones topped up by an adult male; debt of £2,000 said to be owed for lost drugs.",
        CaseStatus::Active, vec![Criminal])).await?;
    let nails = store.create_case(&inv_ctx, marks(&wmp, Official, None), case(
        "Nail bar staff, Walsall",
        "Vietnamese women working in a nail bar, living above the shop. Referral from a customer. Safeguarding visit completed; two NRM referrals made.",
        CaseStatus::FollowUp, vec![Labour])).await?;
    store.create_case(&an_ctx, marks(&gmp, OfficialSensitive, None), case(
        "Off-street brothels advertised online, Manchester",
        "Adverts on an adult services site move between three flats in the city centre. Same phone numbers across adverts; women rotated weekly.",
        CaseStatus::Active, vec![Sexual])).await?;
    let domestic = store.create_case(&an_ctx, marks(&gmp, Official, None), case(
        "Domestic servant in a private household, Bolton",
        "A woman brought from abroad on a domestic worker visa, working 16-hour days with no days off, passport held by the employer.",
        CaseStatus::ClosedReferred, vec![DomesticServitude])).await?;
    store.create_case(&nat_ctx, marks(&national, OfficialSensitive, None), case(
        "National picture: labour exploitation in food packing",
        "Cross-force coordination of intelligence about gangmasters supplying workers to food packing sites in three regions.",
        CaseStatus::Active, vec![Labour, Criminal])).await?;
    let _ = met;

    let person =
        |given: &str, family: &str, dob: Option<&str>, gender: Gender, nat: &str, notes: &str| {
            NewPerson {
                given_name: given.into(),
                family_name: family.into(),
                date_of_birth: dob.map(str::to_string),
                gender,
                nationality: Some(nat.into()),
                notes: notes.into(),
                details: PersonDetails::default(),
            }
        };
    let mut wmp_people = Vec::new();
    for (p, team) in [
        (NewPerson {
            details: PersonDetails {
                aliases: vec!["Ionut Popescu".into(), "Popescu Ion".into()],
                name_order: Some("given_family".into()),
                languages: vec!["Romanian".into()],
                identifiers: vec![Identifier { kind: "passport".into(), value: "051234567".into(), country: Some("RO".into()) }],
                description: "About 1.75 m, slim, scar above the left eyebrow.".into(),
                ..Default::default()
            },
            ..person("Ion", "Popescu", Some("1988-04"), Gender::Male, "RO", "Potential victim, car wash worker. Speaks little English; interpreter (Romanian) needed.")
        }, Some(anchor.id)),
        (person("Andrei", "Munteanu", Some("1991"), Gender::Male, "RO", "Potential victim, car wash worker."), Some(anchor.id)),
        (person("Florin", "Dumitru", Some("1979-11-02"), Gender::Male, "RO", "Suspect: site supervisor, holds workers' passports."), Some(anchor.id)),
        (person("Thi Lan", "Nguyen", Some("2001"), Gender::Female, "VN", "Potential victim, nail bar. NRM referral made."), None),
        (person("Kyle", "Bennett", Some("2009-06-14"), Gender::Male, "GB", "Child, county lines. Missing episodes x4."), None),
    ] {
        wmp_people.push(store.create_person(&inv_ctx, marks(&wmp, OfficialSensitive, team), p).await?);
    }
    store
        .create_person(
            &an_ctx,
            marks(&gmp, OfficialSensitive, None),
            person(
                "Mihaela",
                "Stan",
                Some("1998-01-01"),
                Gender::Female,
                "RO",
                "Potential victim; date of birth is the 1 January placeholder.",
            ),
        )
        .await?;
    let grace = store
        .create_person(
            &an_ctx,
            marks(&gmp, OfficialSensitive, None),
            person(
                "Grace",
                "Mensah",
                None,
                Gender::Female,
                "GH",
                "Domestic worker; referred to the NRM, positive reasonable grounds decision.",
            ),
        )
        .await?;

    let intel =
        |title: &str, narrative: &str, se: SourceEvaluation, ia: IntelAssessment| NewIntelReport {
            title: title.into(),
            narrative: narrative.into(),
            source_evaluation: se,
            intelligence_assessment: ia,
            information_date: chrono::Utc::now()
                .date_naive()
                .checked_sub_days(chrono::Days::new(12)),
        };
    store.create_intel(&inv_ctx, marks(&wmp, OfficialSensitive, Some(anchor.id)), intel(
        "Minibus collects car wash workers at 05:30",
        "Source reports a white minibus collects six to eight males from an address on Coventry Road at approx 05:30 daily and returns them after 21:00. The driver speaks for the workers, who look unkempt and do not make eye contact. Workers said to owe money for travel from Romania.",
        SourceEvaluation::Untested, IntelAssessment::B)).await?;
    store.create_intel(&inv_ctx, Markings { handling_code: HandlingCode::C, handling_conditions: Some("Not to be disseminated outside West Midlands Police without OIC approval".into()), ..marks(&wmp, OfficialSensitive, None) }, intel(
        "Adult topping up phones used by missing children",
        "Reliable source states an adult male known as 'T' buys top-ups for two phones used by missing boys aged 15 and 16 and has threatened them over a drug debt.",
        SourceEvaluation::Reliable, IntelAssessment::A)).await?;
    store.create_intel(&inv_ctx, marks(&wmp, Official, None), intel(
        "Customer concern: nail bar staff live above shop",
        "Member of the public reports nail bar staff appear to live above the premises, never leave except with the manager and seem frightened.",
        SourceEvaluation::Untested, IntelAssessment::C)).await?;
    store.create_intel(&an_ctx, marks(&gmp, OfficialSensitive, None), intel(
        "Same phone number on adverts for three flats",
        "Open-source research shows one mobile number on adult service adverts for three city-centre flats; adverts list different women each week.",
        SourceEvaluation::Reliable, IntelAssessment::B)).await?;
    store.create_intel(&nat_ctx, marks(&national, OfficialSensitive, None), intel(
        "Gangmaster charging workers for transport and PPE",
        "GLAA partner information: agency deducts transport and PPE charges from wages, leaving workers with almost nothing; workers housed eight to a house.",
        SourceEvaluation::Untested, IntelAssessment::C)).await?;
    // Who is on which case, and what ties them together.
    let [ion, andrei, florin, thi, kyle] =
        <[Person; 5]>::try_from(wmp_people).map_err(|_| anyhow::anyhow!("demo people"))?;
    for (case, person, role) in [
        (&car_wash, &ion, CaseRole::PotentialVictim),
        (&car_wash, &andrei, CaseRole::PotentialVictim),
        (&car_wash, &florin, CaseRole::Suspect),
        (&nails, &thi, CaseRole::PotentialVictim),
        (&county, &kyle, CaseRole::PotentialVictim),
    ] {
        store
            .add_case_party(&inv_ctx, case.id, person.id, role)
            .await?;
    }
    store
        .add_case_party(&an_ctx, domestic.id, grace.id, CaseRole::PotentialVictim)
        .await?;

    let team_marks = marks(&wmp, OfficialSensitive, Some(anchor.id));
    let phone = store
        .create_entity(
            &inv_ctx,
            team_marks.clone(),
            entity(
                EntityKind::Phone,
                "07700 900123",
                "Pay-as-you-go; topped up in cash",
            ),
        )
        .await?;
    let site = store
        .create_entity(
            &inv_ctx,
            team_marks.clone(),
            entity(
                EntityKind::Location,
                "Unit 3, Coventry Road, Birmingham B10 0XX",
                "Hand car wash with a portakabin on site",
            ),
        )
        .await?;
    let house = store
        .create_entity(
            &inv_ctx,
            team_marks.clone(),
            entity(
                EntityKind::Location,
                "41 Tennyson Road, Birmingham B10 0HB",
                "Terraced house; workers collected from here",
            ),
        )
        .await?;
    let minibus = store
        .create_entity(
            &inv_ctx,
            team_marks.clone(),
            entity(
                EntityKind::Vehicle,
                "WX19 ABC",
                "White Ford Transit minibus",
            ),
        )
        .await?;
    for l in [
        link(
            node(&florin),
            thing(&phone),
            LinkType::UsesPhone,
            "2026-06",
            "Intelligence: minibus collections",
        ),
        NewLink {
            confidence: Confidence::High,
            ..link(
                node(&florin),
                thing(&minibus),
                LinkType::Drives,
                "2026-06",
                "ANPR and surveillance",
            )
        },
        link(
            node(&florin),
            thing(&site),
            LinkType::Controls,
            "2026-05",
            "Debrief of Ion Popescu",
        ),
        NewLink {
            confidence: Confidence::High,
            ..link(
                node(&ion),
                thing(&site),
                LinkType::WorksAt,
                "2026-05",
                "Debrief of Ion Popescu",
            )
        },
        NewLink {
            confidence: Confidence::High,
            ..link(
                node(&andrei),
                thing(&site),
                LinkType::WorksAt,
                "2026-05",
                "Site visit",
            )
        },
        NewLink {
            confidence: Confidence::High,
            ..link(
                node(&ion),
                thing(&house),
                LinkType::LivesAt,
                "2026-05",
                "Debrief of Ion Popescu",
            )
        },
        link(
            node(&andrei),
            thing(&house),
            LinkType::LivesAt,
            "2026-05",
            "Site visit",
        ),
        link(
            node(&florin),
            node(&ion),
            LinkType::Recruited,
            "2026-03",
            "Debrief of Ion Popescu",
        ),
    ] {
        store.create_link(&inv_ctx, team_marks.clone(), l).await?;
    }
    guided_forms(store, &inv_ctx, [&ion, &thi, &kyle], car_wash.id, county.id).await?;
    public_reports(store).await?;
    super::demo_matches::load(store).await?;
    super::demo_network::load(store).await?;
    Ok(true)
}

/// A submitted debrief (which writes the victim's journey), NRM referrals of an adult who
/// consents and of a child, a Duty to Notify, and a referral still in draft.
async fn guided_forms(
    store: &DynStore,
    ctx: &Ctx,
    [ion, thi, kyle]: [&Person; 3],
    car_wash: uuid::Uuid,
    county: uuid::Uuid,
) -> anyhow::Result<()> {
    use sightline_core::forms::Answers;
    let submit = |kind, person, case, a| submit_form(store, ctx, kind, person, case, a);
    let answers = |pairs: &[(&str, &str)]| {
        let mut a = Answers::new();
        for (k, v) in pairs {
            a.entry(k.to_string()).or_default().push(v.to_string());
        }
        a
    };
    submit("debrief", Some(ion), Some(car_wash), answers(&[
        ("recruitment_method", "JobOffer"),
        ("recruitment_place", "Craiova, Romania"),
        ("recruitment_date", "2026-02"),
        ("recruiter_relation", "Friend"),
        ("travel_route", "Craiova by minibus to Bucharest, flight to Luton, van to Birmingham"),
        ("travel_date", "2026-03-14"),
        ("travel_documents", "Own passport, taken by Florin on arrival"),
        ("travel_arranged_by", "Florin Dumitru"),
        ("travel_paid_by", "Florin, as a debt to be repaid from wages"),
        ("exploitation_places", "Hand car wash, Coventry Road, Small Heath, Birmingham B10"),
        ("exploitation_start", "2026-03-16"),
        ("sector", "CarWash"),
        ("hours", "7am to 9pm, seven days a week"),
        ("pay", "Promised £80 a day; given £20 a week"),
        ("accommodation", "Terraced house on St Oswalds Road shared with 9 workers, mattresses on the floor"),
        ("control", "DebtBondage"), ("control", "TakesEarnings"), ("control", "WithholdsDocuments"), ("control", "Threats"), ("control", "ExcessiveWorkingHours"),
        ("vulnerabilities", "Poverty"), ("vulnerabilities", "Migration"),
        ("other_victims", "Andrei and four other men from Dolj county"),
        ("offenders", "Florin (supervisor, phone 07700 900123), a man called 'Boss' who collects the money"),
        ("account", "Florin said there was good work in England washing cars for £80 a day. When we arrived he took my passport to keep it safe. We worked every day from 7 until 9 at night. He said I owed him £1,500 for the travel and the house and that I must pay it back before I get my passport. He said if I went to the police they would deport me and his friends in Craiova know where my mother lives."),
        ("consent_to_share", "yes"),
        ("safe_contact", "via_caseworker"),
        ("contact_warnings", "Not safe to write to him at the St Oswalds Road house."),
    ])).await?;
    submit(
        "nrm_referral",
        Some(thi),
        None,
        answers(&[
            ("responder_organisation", "West Midlands Police"),
            ("responder_name", "DC Priya Shah"),
            ("responder_contact", "priya.shah@example.police.uk"),
            ("referral_location", "england"),
            ("under_18_now", "no"),
            ("under_18_at_exploitation", "no"),
            ("consent", "yes"),
            (
                "how_it_started",
                "Offered work in a nail bar by a woman in Hanoi; travelled via France in a lorry.",
            ),
            ("exploitation_types", "forced_to_work_for_nothing"),
            ("exploitation_types", "wages_taken"),
            (
                "treatment",
                "Worked 12 hours a day, slept above the shop, not allowed out alone.",
            ),
            ("where_exploited", "Walsall, West Midlands"),
            ("reported_to_police", "yes"),
            ("crime_reference", "20WM/123456/26"),
            ("police_force", "West Midlands Police"),
            ("given_name", "Thi Lan"),
            ("family_name", "Nguyen"),
            ("date_of_birth", "2001"),
            ("gender", "female"),
            ("nationalities", "Vietnamese"),
            ("interpreter_language", "Vietnamese"),
            ("safe_contact", "via_first_responder"),
            ("support_referral", "victim_care"),
        ]),
    )
    .await?;
    submit("nrm_referral", Some(kyle), Some(county), answers(&[
        ("responder_organisation", "West Midlands Police"), ("responder_name", "DC Priya Shah"), ("responder_contact", "priya.shah@example.police.uk"),
        ("referral_location", "england"), ("under_18_now", "yes"), ("under_18_at_exploitation", "yes"),
        ("local_authority", "Birmingham Children's Trust"), ("local_authority_notified_on", "2026-11-20"),
        ("how_it_started", "Groomed with gifts and money by older boys; given a phone to run."),
        ("exploitation_types", "forced_criminality"),
        ("treatment", "Sent to Shrewsbury to sell drugs from a trap house; threatened with a knife after a debt."),
        ("where_exploited", "Birmingham and Shrewsbury"),
        ("reported_to_police", "yes"), ("police_force", "West Midlands Police"),
        ("given_name", "Kyle"), ("family_name", "Bennett"), ("date_of_birth", "2009-06-14"), ("gender", "male"), ("nationalities", "British"),
        ("safe_contact", "via_first_responder"), ("support_referral", "la_safeguarding"),
    ])).await?;
    submit(
        "nrm_referral",
        None,
        None,
        answers(&[
            ("responder_organisation", "West Midlands Police"),
            ("responder_name", "PC Sam Reid"),
            ("responder_contact", "sam.reid@example.police.uk"),
            ("referral_location", "england"),
            ("under_18_now", "no"),
            ("under_18_at_exploitation", "no"),
            ("consent", "no"),
            (
                "how_it_started",
                "Came to the UK for a construction job arranged by a cousin's friend.",
            ),
            ("exploitation_types", "wages_taken"),
            (
                "treatment",
                "Wages paid into an account the gangmaster controls; lives in a caravan on site.",
            ),
            ("where_exploited", "Building sites around Wolverhampton"),
            ("reported_to_police", "no"),
            ("dtn_gender", "male"),
            ("dtn_nationality", "Albanian"),
            ("dtn_age_band", "21-29"),
            (
                "dtn_reason",
                "Afraid of being sent home and of the debt to his cousin's friend.",
            ),
        ]),
    )
    .await?;
    Ok(())
}

/// Creates and submits one guided form through the store, as the web form would.
pub(super) async fn submit_form(
    store: &DynStore,
    ctx: &Ctx,
    kind: &'static str,
    person: Option<&Person>,
    case: Option<uuid::Uuid>,
    a: sightline_core::forms::Answers,
) -> anyhow::Result<sightline_core::forms::GuidedForm> {
    use sightline_core::forms::{submission, FormDef};
    let def = FormDef::by_kind(kind).expect("known form");
    let m = match person {
        Some(p) => p.markings.clone(),
        None => Markings {
            classification: Classification::OfficialSensitive,
            handling_code: HandlingCode::P,
            handling_conditions: None,
            owner_org: ctx.actor.org_id,
            case_team: None,
        },
    };
    let f = store
        .create_form(ctx, kind, m, person.map(|p| p.id), case)
        .await?;
    let a = def.clean(&a);
    if let Some((step, e)) = def.first_incomplete(&a) {
        anyhow::bail!("demo {kind} is incomplete at {}: {e:?}", step.id);
    }
    let (route, events) = submission(def, &a);
    Ok(store.submit_form(ctx, f.id, &a, route, events).await?)
}

/// Reports from members of the public, as the "report a concern" form would store them:
/// read by the indicator engine and routed to the force of their postcode.
async fn public_reports(store: &DynStore) -> anyhow::Result<()> {
    let report =
        |danger: DangerNow, what: &str, place: &str, postcode: &str, when: &str, vehicles: &str| {
            NewPublicReport {
                danger_now: Some(danger),
                what: what.into(),
                place: place.into(),
                postcode: Some(postcode.into()),
                when: when.into(),
                vehicles: vehicles.into(),
                contact: Some(ContactChoice::Anonymous),
                ..Default::default()
            }
        };
    for mut r in [
        report(
            DangerNow::No,
            "The men at the hand car wash sleep in the back room, I've seen mattresses through the door. They are dropped off by a van at 6am and work till dark, they never have gloves in the cold. One man does all the talking for them and takes the money.",
            "Hand car wash behind the tyre shop on Bury New Road",
            "M8 8FR",
            "Most days for the last month",
            "Silver Transit van, might be MK15 XPD",
        ),
        report(
            DangerNow::Yes,
            "There is a girl about 14 at the flat upstairs, older men come and go all night and she never goes to school. Tonight I heard her crying and a man shouting that she owes him. I think she is being made to have sex with them.",
            "Flat above the takeaway, Soho Road",
            "B21 9NH",
            "Tonight, still going on",
            "",
        ),
        report(
            DangerNow::NotSure,
            "Nail bar on the high street, the young women working there look scared and don't speak English. Someone picks them up together after closing. The boss keeps their passports in the safe, one of them told my daughter.",
            "Nail bar on the High Street",
            "ME14 1JS",
            "Saturday afternoon",
            "",
        ),
        report(
            DangerNow::No,
            "Neighbours have a lot of building work going on, lots of vans. Not sure it is anything but thought I'd mention.",
            "Cul-de-sac near the park",
            "LS6 2AB",
            "This week",
            "",
        ),
    ] {
        let errors = r.check();
        anyhow::ensure!(errors.is_empty(), "demo public report: {errors:?}");
        sightline_web::report::accept(store, r, &sightline_web::report::new_secret()).await?;
    }
    Ok(())
}
