//! A synthetic national picture for `sightline demo --scale N --seed S`: cases across the 45
//! forces in roughly the proportions of the NRM statistics (criminal and labour exploitation
//! the largest groups), victims and suspects of many nationalities with the recording
//! habits of real systems (name order, transliteration, partial and placeholder dates of
//! birth), the same victims recorded again by other forces, phones, addresses and vehicles
//! shared across cases by organised networks, intelligence logs whose narratives carry
//! indicators in each source's words (`synth_text`), and reports from the public that go
//! through the same intake as the web form. Everything goes through the store, so it is marked and audited like real
//! data. Deterministic for a seed. All names and numbers are invented.

use std::collections::HashMap;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sightline_core::*;
use sightline_store::{Ctx, DynStore, NewUser};

use super::synth_text;

/// What a scale adds: this many cases (with their people, entities, links and intelligence).
pub const CASES_PER_SCALE: usize = 20;

/// Given names, family names by nationality (romanised as UK systems record them).
const NAMES: &[(&str, &[&str], &[&str])] = &[
    (
        "RO",
        &[
            "Ion", "Andrei", "Mihai", "Florin", "Elena", "Ioana", "Maria", "Gabriel",
        ],
        &[
            "Popescu",
            "Ionescu",
            "Dumitru",
            "Stan",
            "Munteanu",
            "Constantin",
        ],
    ),
    (
        "AL",
        &[
            "Arben", "Besnik", "Ermal", "Klodian", "Elira", "Drita", "Gentian",
        ],
        &["Hoxha", "Shehu", "Krasniqi", "Dervishi", "Gashi", "Berisha"],
    ),
    (
        "VN",
        &[
            "Van Minh", "Thi Lan", "Duc Anh", "Thi Hoa", "Quoc Bao", "Van Hung",
        ],
        &["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"],
    ),
    (
        "PL",
        &[
            "Piotr",
            "Krzysztof",
            "Tomasz",
            "Agnieszka",
            "Katarzyna",
            "Marek",
        ],
        &["Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kaminski"],
    ),
    (
        "GB",
        &["Kyle", "Jordan", "Callum", "Chloe", "Jade", "Liam", "Tyler"],
        &["Smith", "Jones", "Taylor", "Brown", "Walker", "Evans"],
    ),
    (
        "ER",
        &["Tesfaye", "Yonas", "Semhar", "Filmon", "Helen", "Dawit"],
        &["Tesfay", "Gebremedhin", "Haile", "Berhane", "Kidane"],
    ),
    (
        "SD",
        &["Mohammed", "Ahmed", "Osman", "Ibrahim", "Fatima"],
        &["Abdalla", "Osman", "Hassan", "Ali", "Yousif"],
    ),
    (
        "NG",
        &["Chinedu", "Blessing", "Grace", "Emeka", "Joy"],
        &["Okafor", "Adeyemi", "Eze", "Okonkwo", "Bello"],
    ),
    (
        "PH",
        &["Maricel", "Jocelyn", "Rowena", "Maria"],
        &["Santos", "Reyes", "Cruz", "Bautista"],
    ),
    (
        "IN",
        &["Priya", "Sunita", "Rajesh", "Amrit"],
        &["Singh", "Kaur", "Patel", "Sharma"],
    ),
    (
        "CN",
        &["Wei", "Li Na", "Xiu Ying", "Jun"],
        &["Wang", "Li", "Zhang", "Liu", "Chen"],
    ),
];

/// The nationalities of victims by exploitation type, most frequent first.
fn nationalities(t: ExploitationType) -> &'static [&'static str] {
    match t {
        ExploitationType::Labour => &["RO", "VN", "PL", "AL", "ER", "GB", "IN"],
        ExploitationType::Criminal => &["GB", "VN", "AL", "ER", "SD", "RO"],
        ExploitationType::Sexual => &["RO", "AL", "GB", "NG", "CN", "VN"],
        ExploitationType::DomesticServitude => &["PH", "IN", "NG", "SD"],
        _ => &["RO", "GB", "AL", "VN"],
    }
}

/// Other spellings that real records use for the same name.
fn variant(name: &str) -> Option<&'static str> {
    Some(match name {
        "Mohammed" => "Muhammad",
        "Tesfaye" => "Tesfay",
        "Tesfay" => "Tesfaye",
        "Wisniewski" => "Wiśniewski",
        "Wojcik" => "Wójcik",
        "Ionescu" => "Ionesco",
        "Hoxha" => "Hoxa",
        "Krasniqi" => "Krasniki",
        "Nguyen" => "Nguyên",
        "Gebremedhin" => "Gebremedhn",
        "Ahmed" => "Ahmad",
        _ => return None,
    })
}

/// Forces weighted by how much modern slavery they record (larger forces more).
const FORCE_WEIGHTS: &[(&str, u32)] = &[
    ("met", 14),
    ("west-midlands", 8),
    ("gmp", 8),
    ("west-yorkshire", 6),
    ("merseyside", 4),
    ("thames-valley", 4),
    ("kent", 4),
    ("essex", 4),
    ("hampshire", 3),
    ("lancashire", 3),
    ("south-yorkshire", 3),
    ("northumbria", 3),
    ("avon-somerset", 3),
    ("scotland", 4),
    ("psni", 2),
];

fn pick<'a, T>(rng: &mut StdRng, xs: &'a [T]) -> &'a T {
    &xs[rng.gen_range(0..xs.len())]
}

fn pick_force(rng: &mut StdRng) -> &'static geo::Force {
    // Most weight on the big forces, the rest spread over all 45.
    if rng.gen_bool(0.75) {
        let total: u32 = FORCE_WEIGHTS.iter().map(|(_, w)| w).sum();
        let mut n = rng.gen_range(0..total);
        for (code, w) in FORCE_WEIGHTS {
            if n < *w {
                if let Some(f) = geo::force_by_code(code) {
                    return f;
                }
            }
            n = n.saturating_sub(*w);
        }
    }
    pick(rng, geo::FORCES)
}

/// NRM proportions, roughly: criminal and labour the largest groups.
fn pick_type(rng: &mut StdRng) -> ExploitationType {
    match rng.gen_range(0..100) {
        0..=37 => ExploitationType::Criminal,
        38..=69 => ExploitationType::Labour,
        70..=89 => ExploitationType::Sexual,
        90..=98 => ExploitationType::DomesticServitude,
        _ => ExploitationType::OrganHarvesting,
    }
}

fn setting(t: ExploitationType, rng: &mut StdRng) -> (&'static str, &'static str) {
    let options: &[(&str, &str)] = match t {
        ExploitationType::Labour | ExploitationType::Unknown => &[
            ("hand car wash", "Other"),
            ("nail bar", "Other"),
            ("food packing factory", "Manufacturing"),
            ("farm", "Agriculture"),
            ("building site", "Construction"),
            ("takeaway", "Hospitality"),
        ],
        ExploitationType::Criminal => &[
            ("cannabis farm in a rented house", "IllicitActivities"),
            ("county line trap house", "IllicitActivities"),
            ("shoplifting gang", "IllicitActivities"),
        ],
        ExploitationType::Sexual => &[
            ("flat advertised on an adult services website", "Other"),
            ("massage parlour", "Other"),
            ("brothel above a shop", "Other"),
        ],
        ExploitationType::DomesticServitude => &[("private household", "DomesticWork")],
        ExploitationType::OrganHarvesting => &[("house used to arrange travel", "Other")],
    };
    *pick(rng, options)
}

/// Loads `scale × CASES_PER_SCALE` synthetic cases; returns how many people it made.
pub async fn load(store: &DynStore, scale: usize, seed: u64) -> anyhow::Result<usize> {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut forces: HashMap<&'static str, (Ctx, Vec<String>)> = HashMap::new();
    let unusable = sightline_web::auth::hash_password(&sightline_web::auth::random_token())
        .map_err(anyhow::Error::msg)?;
    // Networks share a phone and a vehicle across their cases.
    let mut networks: Vec<(Entity, Entity)> = Vec::new();
    let mut people = 0;
    for n in 0..scale * CASES_PER_SCALE {
        let force = pick_force(&mut rng);
        if !forces.contains_key(force.code) {
            let org = match store.find_org_by_name(force.name).await? {
                Some(o) => o,
                None => {
                    store
                        .create_org(
                            None,
                            NewOrganisation {
                                name: force.name.into(),
                                org_type: OrgType::PoliceForce,
                            },
                        )
                        .await?
                }
            };
            let username = format!("synth.{}", force.code);
            let user = match store.find_user(&username).await? {
                Some(u) => u,
                None => {
                    store
                        .create_user(
                            None,
                            NewUser {
                                username,
                                display_name: format!("Synthetic data loader, {}", force.name),
                                role: Role::Investigator,
                                org_id: org.id,
                                password_hash: unusable.clone(),
                            },
                        )
                        .await?
                }
            };
            store.set_user_disabled(None, user.id, true).await?;
            let ctx = Ctx {
                actor: sightline_web::session::actor_for(&user, &[]),
                channel: "cli",
                purpose: Some("synthetic demo data".into()),
            };
            forces.insert(force.code, (ctx, geo::districts_of(force.code)));
        }
        let (ctx, districts) = forces.get(force.code).expect("inserted above").clone();
        let marks = Markings {
            classification: if rng.gen_bool(0.7) {
                Classification::OfficialSensitive
            } else {
                Classification::Official
            },
            handling_code: HandlingCode::P,
            handling_conditions: None,
            owner_org: ctx.actor.org_id,
            case_team: None,
        };
        let t = pick_type(&mut rng);
        let (place, sector) = setting(t, &mut rng);
        // One case in ten is of two types, in the combinations that occur together.
        let mut types = vec![t];
        if rng.gen_bool(0.1) {
            types.push(match t {
                ExploitationType::Labour | ExploitationType::Unknown => ExploitationType::Sexual,
                ExploitationType::Criminal => ExploitationType::Sexual,
                ExploitationType::Sexual => ExploitationType::Criminal,
                ExploitationType::DomesticServitude => ExploitationType::Sexual,
                ExploitationType::OrganHarvesting => ExploitationType::Labour,
            });
        }
        let district = districts
            .first()
            .cloned()
            .map(|_| pick(&mut rng, &districts).clone())
            .unwrap_or_else(|| "B1".into());
        // The letters a postcode's inward code may use.
        const INWARD: &[u8] = b"ABDEFGHJLNPQRSTUWXYZ";
        let postcode = format!(
            "{district} {}{}{}",
            rng.gen_range(1..10),
            INWARD[rng.gen_range(0..INWARD.len())] as char,
            INWARD[rng.gen_range(0..INWARD.len())] as char
        );
        let opened =
            Some(chrono::Utc::now().date_naive() - chrono::Days::new(rng.gen_range(30..1000)));
        let victims_n = rng.gen_range(1..5);
        let case = store
            .create_case(
                &ctx,
                marks.clone(),
                NewCase {
                    title: format!(
                        "Op {} {}: {place}, {district}",
                        pick(
                            &mut rng,
                            &[
                                "Birch", "Cedar", "Harbour", "Lantern", "Meadow", "Quarry",
                                "Willow", "Falcon", "Granite", "Beacon"
                            ]
                        ),
                        n + 1
                    ),
                    summary: format!(
                        "{victims_n} potential victims found at a {place} in {}.",
                        force.name
                    ),
                    status: *pick(
                        &mut rng,
                        &[
                            CaseStatus::Active,
                            CaseStatus::Active,
                            CaseStatus::FollowUp,
                            CaseStatus::Closed,
                        ],
                    ),
                    exploitation_types: types.clone(),
                    details: CaseDetails {
                        sectors: vec![sector.into()],
                        force_area: Some(force.code.into()),
                        opened_on: opened,
                        closed_on: None,
                        outcomes: CaseOutcomes {
                            arrests: rng.gen_range(0..4),
                            charges: rng.gen_range(0..2),
                            safeguarded: victims_n,
                            ..Default::default()
                        },
                    },
                },
            )
            .await?;
        let location = store
            .create_entity(
                &ctx,
                marks.clone(),
                NewEntity {
                    kind: EntityKind::Location,
                    value: format!("{} {place}, {postcode}", rng.gen_range(1..200)),
                    details: String::new(),
                },
            )
            .await?;
        // A suspect, tied to a network's phone and vehicle (a new network one time in three).
        let (nat_pool, names) = (nationalities(t), NAMES);
        let suspect_nat = *pick(&mut rng, nat_pool);
        let (_, given, family) = names
            .iter()
            .find(|(c, _, _)| *c == suspect_nat)
            .unwrap_or(&names[0]);
        let suspect = store
            .create_person(
                &ctx,
                marks.clone(),
                NewPerson {
                    given_name: pick(&mut rng, given).to_string(),
                    family_name: pick(&mut rng, family).to_string(),
                    date_of_birth: Some(format!("{}", rng.gen_range(1965..2000))),
                    gender: Gender::Male,
                    nationality: Some(suspect_nat.into()),
                    notes: "Suspect (synthetic).".into(),
                    details: PersonDetails::default(),
                },
            )
            .await?;
        people += 1;
        store
            .add_case_party(&ctx, case.id, suspect.id, CaseRole::Suspect)
            .await?;
        if networks.is_empty() || rng.gen_bool(0.33) {
            let phone = store
                .create_entity(
                    &ctx,
                    marks.clone(),
                    NewEntity {
                        kind: EntityKind::Phone,
                        value: format!("07700 900{:03}", rng.gen_range(0..1000)),
                        details: String::new(),
                    },
                )
                .await;
            let vrm = format!(
                "{}{}{:02} {}{}{}",
                (b'A' + rng.gen_range(0..26)) as char,
                (b'A' + rng.gen_range(0..26)) as char,
                rng.gen_range(10..75),
                (b'A' + rng.gen_range(0..26)) as char,
                (b'A' + rng.gen_range(0..26)) as char,
                (b'A' + rng.gen_range(0..26)) as char
            );
            let vehicle = store
                .create_entity(
                    &ctx,
                    marks.clone(),
                    NewEntity {
                        kind: EntityKind::Vehicle,
                        value: vrm,
                        details: format!(
                            "{} van",
                            pick(
                                &mut rng,
                                &[
                                    "White Ford Transit",
                                    "Silver Vauxhall Vivaro",
                                    "Black Mercedes Sprinter"
                                ]
                            )
                        ),
                    },
                )
                .await;
            if let (Ok(p), Ok(v)) = (phone, vehicle) {
                networks.push((p, v));
            }
        }
        let (phone, vehicle) = pick(&mut rng, &networks).clone();
        let link = |from: NodeRef, to: NodeRef, lt: LinkType| NewLink {
            from,
            to,
            link_type: lt,
            date_from: opened.map(|d| d.format("%Y-%m").to_string()),
            date_to: None,
            source: "Synthetic case file".into(),
            confidence: Confidence::Medium,
        };
        let pnode = |id| NodeRef {
            node_type: NodeType::Person,
            id,
        };
        let enode = |id| NodeRef {
            node_type: NodeType::Entity,
            id,
        };
        // Links to another force's phone or van are made only where the policy allows the
        // creator to read it (OFFICIAL, P); otherwise the network is not visible to them.
        let _ = store
            .create_link(
                &ctx,
                marks.clone(),
                link(pnode(suspect.id), enode(phone.id), LinkType::UsesPhone),
            )
            .await;
        let _ = store
            .create_link(
                &ctx,
                marks.clone(),
                link(pnode(suspect.id), enode(vehicle.id), LinkType::Drives),
            )
            .await;
        store
            .create_link(
                &ctx,
                marks.clone(),
                link(pnode(suspect.id), enode(location.id), LinkType::WorksAt),
            )
            .await?;
        // Victims, some of them recorded again by another force with the usual variations.
        let mut victim_names = Vec::new();
        let mut victim_nat = "";
        let mut first_victim: Option<Person> = None;
        for _ in 0..victims_n {
            let nat = *pick(&mut rng, nat_pool);
            let (_, given, family) = names
                .iter()
                .find(|(c, _, _)| *c == nat)
                .unwrap_or(&names[0]);
            let (g, f) = (
                pick(&mut rng, given).to_string(),
                pick(&mut rng, family).to_string(),
            );
            let year = rng.gen_range(1975..2009);
            let (month, day) = (rng.gen_range(1..13), rng.gen_range(1..29));
            let dob = match rng.gen_range(0..20) {
                0..=3 => format!("{year}"),
                4..=5 => format!("{year}-{month:02}"),
                6 => format!("{year}-01-01"),
                _ => format!("{year}-{month:02}-{day:02}"),
            };
            let gender = if matches!(
                t,
                ExploitationType::Sexual | ExploitationType::DomesticServitude
            ) && rng.gen_bool(0.8)
            {
                Gender::Female
            } else {
                *pick(&mut rng, &[Gender::Male, Gender::Male, Gender::Female])
            };
            let v = store
                .create_person(
                    &ctx,
                    marks.clone(),
                    NewPerson {
                        given_name: g.clone(),
                        family_name: f.clone(),
                        date_of_birth: Some(dob.clone()),
                        gender,
                        nationality: Some(nat.into()),
                        notes: "Potential victim (synthetic).".into(),
                        details: PersonDetails {
                            dob_estimated: dob.len() == 4,
                            ..Default::default()
                        },
                    },
                )
                .await?;
            people += 1;
            victim_names.push(g.clone());
            if victim_nat.is_empty() {
                victim_nat = nat;
            }
            store
                .add_case_party(&ctx, case.id, v.id, CaseRole::PotentialVictim)
                .await?;
            if first_victim.is_none() {
                first_victim = Some(v.clone());
            }
            store
                .create_link(
                    &ctx,
                    marks.clone(),
                    link(pnode(v.id), enode(location.id), LinkType::WorksAt),
                )
                .await?;
            store
                .create_link(
                    &ctx,
                    marks.clone(),
                    link(pnode(suspect.id), pnode(v.id), LinkType::Controls),
                )
                .await?;
            if rng.gen_bool(0.15) {
                // The same person in another force's records: name order swapped or spelt
                // differently, day and month swapped, or only the year known.
                let other = pick_force(&mut rng);
                if let Some((octx, _)) = forces.get(other.code).cloned() {
                    let (og, of) = match rng.gen_range(0..3) {
                        0 => (f.clone(), g.clone()),
                        1 => (
                            variant(&g).map(str::to_string).unwrap_or(g.clone()),
                            variant(&f).map(str::to_string).unwrap_or(f.clone()),
                        ),
                        _ => (g.clone(), f.clone()),
                    };
                    let odob = if rng.gen_bool(0.5) && dob.len() == 10 {
                        format!("{year}-{day:02}-{month:02}")
                    } else {
                        format!("{year}")
                    };
                    let odob = if chrono::NaiveDate::parse_from_str(&odob, "%Y-%m-%d").is_ok()
                        || odob.len() == 4
                    {
                        odob
                    } else {
                        format!("{year}")
                    };
                    let omarks = Markings {
                        owner_org: octx.actor.org_id,
                        ..marks.clone()
                    };
                    store
                        .create_person(
                            &octx,
                            omarks,
                            NewPerson {
                                given_name: og,
                                family_name: of,
                                date_of_birth: Some(odob),
                                gender,
                                nationality: Some(nat.into()),
                                notes: "Found in a welfare check (synthetic).".into(),
                                details: PersonDetails::default(),
                            },
                        )
                        .await?;
                    people += 1;
                }
            }
        }
        // Intelligence whose narrative carries indicators, a later log or two that mostly
        // does not, and now and then a report from the public about the place.
        let facts = synth_text::Facts {
            place,
            postcode: &postcode,
            force: force.name,
            vehicle: &vehicle.details,
            vrm: &vehicle.value,
            phone: &phone.value,
            suspect_given: &suspect.given_name,
            suspect_family: &suspect.family_name,
            victims: victims_n as usize,
            victim: victim_names
                .first()
                .map(String::as_str)
                .unwrap_or("the victim"),
            nationality: victim_nat,
        };
        let follow_ups = rng.gen_range(0..3);
        for k in 0..=follow_ups {
            let narrative = if k == 0 {
                synth_text::intel(&mut rng, &types, &facts)
            } else {
                synth_text::follow_up(&mut rng, &facts)
            };
            let today = chrono::Utc::now().date_naive();
            let information_date =
                opened.map(|d| (d + chrono::Days::new(k * rng.gen_range(5..60))).min(today));
            store
                .create_intel(
                    &ctx,
                    marks.clone(),
                    NewIntelReport {
                        title: if k == 0 {
                            format!("{}: {place}", case.reference)
                        } else {
                            format!("{}: update {k}", case.reference)
                        },
                        narrative,
                        source_evaluation: *pick(&mut rng, SourceEvaluation::ALL),
                        intelligence_assessment: *pick(
                            &mut rng,
                            &[IntelAssessment::B, IntelAssessment::C, IntelAssessment::B],
                        ),
                        information_date,
                    },
                )
                .await?;
        }
        let public = if rng.gen_bool(0.3) {
            Some(synth_text::public_report(&mut rng, t, &facts))
        } else if rng.gen_bool(0.15) {
            Some(synth_text::benign_report(&mut rng, &facts))
        } else {
            None
        };
        // A debrief of one victim in three: the journey (recruitment, travel, exploitation)
        // becomes trafficking events, the account is read like any narrative.
        if let (Some(v), Some(opened)) = (&first_victim, opened) {
            if rng.gen_bool(0.35) {
                let mut a = sightline_core::forms::Answers::new();
                for (k, value) in synth_text::debrief(&mut rng, t, &facts, opened) {
                    a.entry(k.to_string()).or_default().push(value);
                }
                super::demo::submit_form(store, &ctx, "debrief", Some(v), Some(case.id), a).await?;
            }
        }
        if let Some(p) = public {
            let mut r = NewPublicReport {
                danger_now: Some(if p.danger_now {
                    DangerNow::Yes
                } else if p.unsure {
                    DangerNow::NotSure
                } else {
                    DangerNow::No
                }),
                what: p.what,
                place: p.place,
                postcode: Some(postcode.clone()),
                when: p.when,
                vehicles: p.vehicles,
                contact: Some(ContactChoice::Anonymous),
                ..Default::default()
            };
            let errors = r.check();
            anyhow::ensure!(errors.is_empty(), "synthetic public report: {errors:?}");
            sightline_web::report::accept(store, r, &sightline_web::report::new_secret()).await?;
        }
    }
    Ok(people)
}
