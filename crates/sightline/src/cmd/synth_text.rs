//! The prose of the synthetic national picture: intelligence logs, partners' information and
//! reports from the public, written the way each source writes (gradings and shorthand,
//! caseworkers' notes, members of the public with no punctuation), for each exploitation
//! type. A report is put together from a few facts of its case, so reports differ in which
//! indicators they carry and how they say it; some carry none. Deterministic for the
//! caller's random generator. All names and numbers are invented.

use rand::rngs::StdRng;
use rand::Rng;
use sightline_core::ExploitationType;

/// What a case's reports can mention.
pub struct Facts<'a> {
    /// The kind of place: "hand car wash", "nail bar", …
    pub place: &'a str,
    pub postcode: &'a str,
    pub force: &'a str,
    /// "White Ford Transit van"
    pub vehicle: &'a str,
    pub vrm: &'a str,
    pub phone: &'a str,
    pub suspect_given: &'a str,
    pub suspect_family: &'a str,
    pub victims: usize,
    /// One victim's given name.
    pub victim: &'a str,
    /// The victims' nationality as a country code (`RO`, `VN`, …).
    pub nationality: &'a str,
}

fn pick<'a>(rng: &mut StdRng, xs: &[&'a str]) -> &'a str {
    xs[rng.gen_range(0..xs.len())]
}

fn adjective(code: &str) -> &'static str {
    match code {
        "RO" => "Romanian",
        "AL" => "Albanian",
        "VN" => "Vietnamese",
        "PL" => "Polish",
        "GB" => "British",
        "ER" => "Eritrean",
        "SD" => "Sudanese",
        "NG" => "Nigerian",
        "PH" => "Filipino",
        "IN" => "Indian",
        "CN" => "Chinese",
        _ => "foreign",
    }
}

fn country(code: &str) -> &'static str {
    match code {
        "RO" => "Romania",
        "AL" => "Albania",
        "VN" => "Vietnam",
        "PL" => "Poland",
        "GB" => "their home town",
        "ER" => "Eritrea",
        "SD" => "Sudan",
        "NG" => "Nigeria",
        "PH" => "the Philippines",
        "IN" => "India",
        "CN" => "China",
        _ => "abroad",
    }
}

fn number_word(n: usize) -> &'static str {
    [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
    ]
    .get(n)
    .copied()
    .unwrap_or("several")
}

/// Fills one template of several, picked at random.
fn fill_one(rng: &mut StdRng, templates: &[&str], f: &Facts) -> String {
    let t = pick(rng, templates);
    fill(rng, t, f)
}

/// Fills a template's `{…}` slots from the facts (and a few random amounts and times).
fn fill(rng: &mut StdRng, template: &str, f: &Facts) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let slot = &rest[open + 1..open + close];
        match slot {
            "place" => out.push_str(f.place),
            "pc" => out.push_str(f.postcode),
            "force" => out.push_str(f.force),
            "veh" => out.push_str(&f.vehicle.to_lowercase()),
            "Veh" => out.push_str(f.vehicle),
            "vrm" => out.push_str(f.vrm),
            "phone" => out.push_str(f.phone),
            "sus" => {
                out.push_str(f.suspect_given);
                out.push(' ');
                out.push_str(f.suspect_family);
            }
            "sg" => out.push_str(f.suspect_given),
            "SF" => out.push_str(&f.suspect_family.to_uppercase()),
            "n" => out.push_str(&f.victims.max(2).to_string()),
            "nw" => out.push_str(number_word(f.victims.max(2))),
            "v" => out.push_str(f.victim),
            "nat" => out.push_str(adjective(f.nationality)),
            "country" => out.push_str(country(f.nationality)),
            "debt" => out.push_str(&format!("{}", rng.gen_range(3..30) * 500)),
            "pay" => out.push_str(&format!("{}", rng.gen_range(8..16) * 50)),
            "big" => out.push_str(&format!("{}", rng.gen_range(20..60) * 100)),
            "low" => out.push_str(&format!("{}", rng.gen_range(2..8) * 10)),
            "early" => out.push_str(pick(rng, &["5am", "05:30", "6am", "0600 hrs", "half five"])),
            "late" => out.push_str(pick(
                rng,
                &["10pm", "22:00", "11pm", "midnight", "2130 hrs"],
            )),
            "age" => out.push_str(&format!("{}", rng.gen_range(14..18))),
            "grade" => {
                let s = pick(rng, &["1", "2", "2", "3"]);
                let a = pick(rng, &["A", "B", "B", "C", "C", "D"]);
                let h = pick(rng, &["P", "P", "P", "C"]);
                out.push_str(&format!("{s}/{a}/{h}"));
            }
            other => {
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// How intelligence logs open, by who supplied the information.
const INTEL_OPENINGS: &[&str] = &[
    "{grade} Source reports that",
    "{grade} INT suggests",
    "{grade} Reliable source states that",
    "Information received from a partner agency:",
    "Crimestoppers report:",
    "Officers attended {place} at {pc} following a call from a neighbour.",
    "{grade} Untested source reports that",
    "Debrief of a custody detainee indicates that",
    "Information from the local authority licensing team:",
];

/// What a log ends with.
const INTEL_CLOSINGS: &[&str] = &[
    "Research requested on {phone} and {vrm}.",
    "Passed to the MSHT team for development.",
    "Safeguarding referral made; NRM to be considered.",
    "Sanitised version shared with the GLAA.",
    "",
    "",
    "ANPR shows {vrm} at {pc} most mornings.",
    "Subscriber checks on {phone} outstanding.",
];

/// Sentences that carry an indicator, by exploitation type.
fn clauses(t: ExploitationType) -> &'static [&'static str] {
    match t {
        ExploitationType::Labour | ExploitationType::Unknown => &[
            "{n} workers are collected from {pc} at {early} in a {veh} ({vrm}) and dropped back after {late}.",
            "{sg} {SF} keeps the workers' passports in the office \"for safe keeping\".",
            "the workers are said to owe {sg} £{debt} each for travel from {country} and the debt goes up every week for rent and food.",
            "wages are paid into bank accounts that {sg} opened for the workers, and he keeps the cards.",
            "the men sleep on mattresses in a back room of the {place}.",
            "they work seven days a week, twelve hours a day, with no days off.",
            "one worker, {v}, had an injured hand that was never treated.",
            "{sg} speaks for the workers when anyone asks them a question.",
            "the workers were told that if they went to the police their families in {country} would be hurt.",
            "they answered an advert promising £{pay} a week but say they get about £{low}.",
            "workers use chemicals without gloves or masks.",
            "the workers are {nat} nationals with little English and do not know the address where they live.",
            "{nw} men share a two-bedroom house rented by {SF}; rent is taken from their pay.",
            "workers are charged for transport to the {place} and for their boots and gloves.",
        ],
        ExploitationType::Criminal => &[
            "{nw} juveniles from out of the area are staying at an address near {pc} and dealing class A for a county line using {phone}.",
            "{SF} has taken over the flat of a vulnerable adult with learning difficulties and uses it to deal from.",
            "{v} ({age}) told school staff he owes {sg} £{debt} after being 'robbed' of drugs and has to work it off.",
            "a {nat} male was found locked inside a cannabis grow at {pc}; windows boarded, no key, mattress on the floor.",
            "a group of {nat} women begging outside supermarkets are dropped off by {veh} {vrm} and hand the money to the driver.",
            "{sg} holds the ID documents of the young people and has opened bank accounts in their names.",
            "the boys were shown a video of what happened to someone who talked.",
            "{v} has been reported missing {nw} times and returns with new clothes and a second phone.",
            "the grow house workers are not allowed out and food is brought in by {sg}.",
            "{v} was stabbed last month and is too frightened to give a statement.",
        ],
        ExploitationType::Sexual => &[
            "adverts on an adult services website use {phone} for flats near {pc}, with different women each week.",
            "the women do not go out unless driven by {sg} in a {veh} ({vrm}).",
            "{v} says she was promised a job in a restaurant and then told she had to sell sex to pay off £{debt}.",
            "a girl of about {age} has been seen getting into cars with older men near {pc}.",
            "neighbours heard a woman screaming and a man threatening to kill her.",
            "{sg} keeps the women's passports and takes all the money from the customers.",
            "the women live and sleep at the flat where they see customers.",
            "{v} has bruising to her arms and will not say how she got it.",
            "the women are moved between flats every few days and do not know which town they are in.",
        ],
        ExploitationType::DomesticServitude => &[
            "{v}, a {nat} national, cooks, cleans and looks after the children of a family near {pc} from {early} until {late}.",
            "she sleeps on the kitchen floor and has no key to the house.",
            "her employer keeps her passport and she has not been paid for months; her wages are said to be 'sent home'.",
            "she is not allowed a phone and does not know the address.",
            "she came on a domestic worker visa with a family who promised her wages of £{pay} a month.",
            "she is only allowed out with the family and never alone.",
            "the wife has slapped her and shouts at her in front of the children.",
        ],
        ExploitationType::OrganHarvesting => &[
            "{sg} {SF} is arranging travel for {nat} nationals to have a kidney removed abroad for payment.",
            "{v} returned from the trip unwell, with a scar, and was never paid what was promised.",
            "the donors were told it was a job offer and only learned of the operation on arrival.",
            "{sg} told {v} she had to go through with it because of a debt of £{debt}.",
        ],
    }
}

/// Background that carries no indicator, mixed into the logs as real ones are.
const NEUTRAL: &[&str] = &[
    "The business has been trading from the address since 2019.",
    "The premises has CCTV covering the yard.",
    "{Veh} {vrm} is registered to a hire company.",
    "{sus} has previous convictions for driving offences only.",
    "Council records show a licence application was refused last year.",
    "Officer noted the premises appeared busy.",
];

/// One intelligence log about a case of the given types.
pub fn intel(rng: &mut StdRng, types: &[ExploitationType], f: &Facts) -> String {
    let mut parts = vec![fill_one(rng, INTEL_OPENINGS, f)];
    let (main, rest) = types.split_first().expect("a case has a type");
    let bank = clauses(*main);
    let n = rng.gen_range(1..=3.min(bank.len()));
    let mut chosen: Vec<usize> = Vec::with_capacity(n);
    while chosen.len() < n {
        let i = rng.gen_range(0..bank.len());
        if !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    for (k, i) in chosen.into_iter().enumerate() {
        let s = fill(rng, bank[i], f);
        parts.push(
            if k == 0 && !parts[0].ends_with('.') && !parts[0].ends_with(':') {
                s
            } else {
                capitalise(&s)
            },
        );
    }
    for t in rest {
        parts.push(capitalise(&fill_one(rng, clauses(*t), f)));
    }
    if rng.gen_bool(0.4) {
        parts.push(fill_one(rng, NEUTRAL, f));
    }
    let close = fill_one(rng, INTEL_CLOSINGS, f);
    if !close.is_empty() {
        parts.push(close);
    }
    parts.join(" ")
}

/// A later log on the same case that adds little or rules something out: what real
/// intelligence holdings are mostly made of.
pub fn follow_up(rng: &mut StdRng, f: &Facts) -> String {
    let t = pick(
        rng,
        &[
            "{grade} {Veh} {vrm} seen at {pc} at {early}; driver believed to be {sus}. No further information.",
            "Welfare visit to {place} at {pc}: staff spoken to, all had their own ID and said they were paid weekly. No concerns identified at this visit.",
            "{grade} {phone} topped up at a shop near {pc}; the user is believed to be {sg} {SF}.",
            "Partner information: the {place} at {pc} changed hands last month; the new manager is {sus}.",
            "Officers stopped {vrm} on the A-road; {n} passengers, all said they were going to work and were free to leave. Details recorded.",
            "Bank reports cash deposits under £1,000 at several branches into accounts linked to {sus}.",
        ],
    );
    fill(rng, t, f)
}

/// A member of the public's report about a case's place: what they saw, in their words,
/// whether someone is in danger now, where and when, and any vehicle.
pub struct PublicText {
    pub danger_now: bool,
    pub unsure: bool,
    pub what: String,
    pub place: String,
    pub when: String,
    pub vehicles: String,
}

/// What the public report about a case of type `t`.
pub fn public_report(rng: &mut StdRng, t: ExploitationType, f: &Facts) -> PublicText {
    let (what, danger): (&[&str], bool) = match t {
        ExploitationType::Labour | ExploitationType::Unknown => (
            &[
                "the lads at the {place} work from 7 till after dark every day even sundays, they look thin and never talk to anyone. a man in a {veh} drops them off and picks them up",
                "I think the workers at the {place} are living there, I've seen mattresses through the back door and washing hung up inside. They don't have proper gloves and one of them had a bad cut on his hand.",
                "worker at the {place} told me he hasnt been paid in 2 months and the boss has his passport, he looked scared when the boss came out",
                "Same van every morning at {early} outside a house near me, about {nw} men get in and come back late at night. Nobody seems to have a key, the driver lets them in.",
            ],
            false,
        ),
        ExploitationType::Criminal => (
            &[
                "there are young kids not from round here in and out of the flat all hours, about {age} year old, different cars dropping them off. the man who lives there is vulnerable and I think they have taken over his flat",
                "Boy of about {age} keeps coming to our street with a bag, older men in a car wait for him. He had a black eye last week and looked terrified.",
                "the house on our road has the windows covered and a strong smell of cannabis, the lights are on all the time and I saw someone bang on the window from inside",
                "women begging outside the station every day are dropped off by a {veh} in the morning and the driver takes their money at the end of the day",
            ],
            false,
        ),
        ExploitationType::Sexual => (
            &[
                "There is a girl about {age} at the flat, older men come and go all night and she never goes to school. Tonight I heard her crying and a man shouting that she owes him.",
                "lots of different men visiting the flat next door at all hours, the women there never go out on their own and look frightened, someone brings them food",
                "the massage place on the high street has women living in it, I've seen them sleeping there. a man collects the money every night in a {veh}",
            ],
            true,
        ),
        ExploitationType::DomesticServitude => (
            &[
                "The lady who works for the family next door is cleaning and looking after the kids from early morning till late at night, I have never seen her go out alone and she looked scared when I spoke to her.",
                "our neighbours nanny told me she has not been paid since she came and they keep her passport, she sleeps in the kitchen",
            ],
            false,
        ),
        ExploitationType::OrganHarvesting => (
            &["A man at the mosque/community centre is offering people money to go abroad and sell a kidney. My cousin went and came back ill and was never paid."],
            false,
        ),
    };
    let i = rng.gen_range(0..what.len());
    let text = fill(rng, what[i], f);
    // The child at the flat is the one report that should be urgent.
    let danger_now = danger && i == 0;
    PublicText {
        danger_now,
        unsure: !danger_now && rng.gen_bool(0.3),
        what: text,
        place: fill_one(
            rng,
            &[
                "{place} near {pc}",
                "the {place} on the main road",
                "house near the {place}",
            ],
            f,
        ),
        when: pick(
            rng,
            &[
                "Most days for the last month",
                "This week",
                "Last night",
                "Every morning",
                "On and off since the summer",
            ],
        )
        .to_string(),
        vehicles: if rng.gen_bool(0.5) {
            fill(rng, "{Veh}, reg something like {vrm}", f)
        } else {
            String::new()
        },
    }
}

/// Reports from the public that turn out to be nothing of the kind: most of a triage
/// queue's volume.
pub fn benign_report(rng: &mut StdRng, f: &Facts) -> PublicText {
    let what = pick(
        rng,
        &[
            "Neighbours have a lot of building work going on, lots of vans parked on the road. Not sure it is anything but thought I'd mention it.",
            "The car wash on the corner is always busy, the staff seem happy enough and wave at the kids. Just wanted to check they are allowed to work there.",
            "Several students share the house next door and come and go at odd hours. Probably nothing.",
            "a van parks outside every morning and men get in with tools, i think they are builders but you never know",
            "Family next door have a lot of relatives staying, there are lots of shoes at the door.",
        ],
    );
    PublicText {
        danger_now: false,
        unsure: rng.gen_bool(0.5),
        what: what.to_string(),
        place: fill(rng, "Street near {pc}", f),
        when: "This month".into(),
        vehicles: String::new(),
    }
}

/// Where recruiters found people of a nationality, and the route they were brought by.
fn origin(code: &str) -> (&'static str, &'static str) {
    match code {
        "RO" => (
            "Craiova, Romania",
            "Minibus to Bucharest, flight to Luton, van onwards",
        ),
        "AL" => (
            "Durres, Albania",
            "Lorry through Italy and France, small boat to Dover",
        ),
        "VN" => (
            "Nghe An, Vietnam",
            "Flight to Moscow, overland to France, lorry to Kent",
        ),
        "PL" => (
            "Olsztyn, Poland",
            "Coach to Victoria Coach Station, car onwards",
        ),
        "GB" => ("Home town, England", "Driven by the recruiter"),
        "ER" => (
            "Asmara, Eritrea",
            "Through Sudan and Libya, boat to Italy, lorry to the UK",
        ),
        "SD" => (
            "Khartoum, Sudan",
            "Through Libya and Italy, small boat from Calais",
        ),
        "NG" => (
            "Benin City, Nigeria",
            "Flight to Heathrow on a visitor visa",
        ),
        "PH" => (
            "Manila, the Philippines",
            "Flight to Heathrow on a domestic worker visa",
        ),
        "IN" => ("Amritsar, India", "Flight to Birmingham on a visitor visa"),
        "CN" => ("Fujian, China", "Flight to Paris, lorry to the UK"),
        _ => ("Unknown", "Unknown"),
    }
}

/// A submitted victim debrief's answers for a case of type `t` (field codes of
/// `sightline_core::forms::DEBRIEF`), with dates `months` before the case opened.
pub fn debrief(
    rng: &mut StdRng,
    t: ExploitationType,
    f: &Facts,
    opened: chrono::NaiveDate,
) -> Vec<(&'static str, String)> {
    let (from, route) = origin(f.nationality);
    let month = |d: chrono::NaiveDate| d.format("%Y-%m").to_string();
    let recruited = opened - chrono::Months::new(rng.gen_range(4..18));
    let travelled = recruited + chrono::Months::new(rng.gen_range(1..3));
    let (method, sector, hours, pay, accommodation, control, account): (
        &str,
        &str,
        &str,
        &str,
        &str,
        &[&str],
        &[&str],
    ) = match t {
        ExploitationType::Labour | ExploitationType::Unknown => (
            "JobOffer",
            match f.place {
                "hand car wash" => "CarWash",
                "nail bar" => "NailBar",
                "farm" => "Agriculture",
                "building site" => "Construction",
                "takeaway" => "Hospitality",
                _ => "Manufacturing",
            },
            "7am to 9pm, seven days a week",
            "Promised £{pay} a week; given £{low} a week",
            "A house shared with {nw} other workers, mattresses on the floor; {sg} has the keys",
            &["DebtBondage", "TakesEarnings", "WithholdsDocuments", "ExcessiveWorkingHours", "Threats"],
            &[
                "{sg} said there was good work in England at a {place} for £{pay} a week. When we arrived he took my passport to keep it safe. We worked every day from early until late. He said I owed him £{debt} for the travel and the house and I must pay it before I get my passport back. He said if I went to the police they would send me home with nothing.",
                "A man in {country} told me about a job in a factory. In England they put us in a house with many men and drove us to the {place} at {early} every day. The money went to a card that {sg} kept. He gave us a little for food. When I asked for my wages he said I still owed for the room.",
            ],
        ),
        ExploitationType::Criminal => (
            "PosingAsBenefactor",
            "IllicitActivities",
            "Whenever the phone rang, day and night",
            "Nothing; told he owed for drugs that were 'lost'",
            "Moved between flats and a trap house; slept on the floor",
            &["DebtBondage", "Threats", "PhysicalAbuse", "UsesChildren", "PsychoactiveSubstances"],
            &[
                "{sg} bought me trainers and food and said I was family. Then he gave me a phone and said I had to take packages to people. One time I got robbed and he said I owed him £{debt} and now I have to work it off. He showed me a knife and said he knows where my mum lives.",
                "They kept me in a house with plants in every room. I was not allowed out and the door was locked from outside. I had to water the plants and sleep there. {sg} said if the police came I would go to prison, not him.",
            ],
        ),
        ExploitationType::Sexual => (
            "IntimatePartnerOrMarriageProposition",
            "Prostitution",
            "Every day and night, customers sent by phone",
            "All the money taken by {sg}",
            "The flat where customers came; moved every few days",
            &["SexualAbuse", "TakesEarnings", "RestrictsMovement", "Threats", "WithholdsDocuments"],
            &[
                "I met {sg} online and he said he loved me and would find me work in a restaurant in England. When I came he took my passport and said I owe him £{debt} for the flight. He made me see men in a flat and took all the money. I could not go out alone. He said he would hurt my family if I ran away.",
                "They told me it was a job as a waitress. When I arrived they took my phone and my passport. Men came to the flat every night. {sg} said I must pay back what I owe before I can leave.",
            ],
        ),
        ExploitationType::DomesticServitude => (
            "JobOffer",
            "DomesticWork",
            "6am to midnight, every day",
            "Promised £{pay} a month; never paid",
            "Slept on the kitchen floor of the family's house",
            &["WithholdsDocuments", "TakesEarnings", "RestrictsMovement", "ExcessiveWorkingHours", "PsychologicalAbuse"],
            &[
                "An agency in {country} said I would be a nanny for a good family. The wife took my passport when I arrived. I cooked, cleaned and looked after the children from six in the morning until midnight. I was never paid; they said my money was sent home. I was not allowed to go out or use a phone.",
            ],
        ),
        ExploitationType::OrganHarvesting => (
            "JobOffer",
            "Other",
            "",
            "Promised £{big} for a kidney; paid nothing",
            "A rented room arranged by {sg}",
            &["FalsePromises", "DebtBondage", "Threats"],
            &[
                "{sg} said there was work abroad. When we arrived he said the work was to give a kidney and I had to do it because of the debt of £{debt} for the travel. After the operation I was ill and he did not pay what he promised.",
            ],
        ),
    };
    let mut a: Vec<(&'static str, String)> = vec![
        ("recruitment_method", method.into()),
        ("recruitment_place", from.into()),
        ("recruitment_date", month(recruited)),
        (
            "recruiter_relation",
            pick(rng, &["Friend", "Other", "IntimatePartner", "Family"]).into(),
        ),
        ("travel_route", route.into()),
        ("travel_date", month(travelled)),
        ("travel_arranged_by", fill(rng, "{sus}", f)),
        (
            "travel_paid_by",
            fill(rng, "{sg}, as a debt to be repaid", f),
        ),
        ("exploitation_places", fill(rng, "{place}, {pc}", f)),
        ("exploitation_start", month(travelled)),
        ("sector", sector.into()),
        ("pay", fill(rng, pay, f)),
        ("accommodation", fill(rng, accommodation, f)),
        (
            "offenders",
            fill(rng, "{sus} (phone {phone}, drives a {veh}, {vrm})", f),
        ),
        ("account", fill_one(rng, account, f)),
        ("consent_to_share", pick(rng, &["yes", "yes", "no"]).into()),
        ("safe_contact", "via_caseworker".into()),
    ];
    if !hours.is_empty() {
        a.push(("hours", hours.into()));
    }
    for c in control {
        if rng.gen_bool(0.75) {
            a.push(("control", (*c).into()));
        }
    }
    let documents_taken = a
        .iter()
        .any(|(k, v)| *k == "control" && v == "WithholdsDocuments");
    let documents = if documents_taken {
        "Own passport, taken on arrival"
    } else {
        pick(
            rng,
            &[
                "Own passport, kept throughout",
                "False documents supplied by the recruiter",
                "None",
            ],
        )
    };
    a.push(("travel_documents", documents.into()));
    let vulnerabilities: &[&str] = if f.nationality == "GB" {
        &["Addiction", "Homelessness", "Education", "Abuse"]
    } else {
        &["Poverty", "Migration", "Education"]
    };
    for v in vulnerabilities {
        if rng.gen_bool(0.5) {
            a.push(("vulnerabilities", (*v).into()));
        }
    }
    if f.victims > 1 {
        a.push(("other_victims", fill(rng, "{nw} others at the {place}", f)));
    }
    a
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    fn facts() -> Facts<'static> {
        Facts {
            place: "hand car wash",
            postcode: "B10 0HB",
            force: "West Midlands Police",
            vehicle: "White Ford Transit van",
            vrm: "WX19 ABC",
            phone: "07700 900123",
            suspect_given: "Ion",
            suspect_family: "Popescu",
            victims: 3,
            victim: "Andrei",
            nationality: "RO",
        }
    }

    #[test]
    fn every_template_fills_every_slot() {
        let mut rng = StdRng::seed_from_u64(1);
        let f = facts();
        let all = [
            ExploitationType::Labour,
            ExploitationType::Criminal,
            ExploitationType::Sexual,
            ExploitationType::DomesticServitude,
            ExploitationType::OrganHarvesting,
        ];
        let mut texts: Vec<String> = Vec::new();
        for t in all {
            texts.extend(clauses(t).iter().map(|c| fill(&mut rng, c, &f)));
        }
        for s in INTEL_OPENINGS.iter().chain(INTEL_CLOSINGS).chain(NEUTRAL) {
            texts.push(fill(&mut rng, s, &f));
        }
        for _ in 0..200 {
            let t = all[rng.gen_range(0..all.len())];
            texts.push(intel(&mut rng, &[t], &f));
            texts.push(follow_up(&mut rng, &f));
            texts.push(public_report(&mut rng, t, &f).what);
            texts.push(benign_report(&mut rng, &f).what);
        }
        let opened = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        for t in all {
            texts.extend(debrief(&mut rng, t, &f, opened).into_iter().map(|(_, v)| v));
        }
        for s in &texts {
            assert!(!s.contains('{') && !s.contains('}'), "unfilled slot: {s}");
        }
    }

    #[test]
    fn reports_vary_and_repeat_for_a_seed() {
        let f = facts();
        let run = |seed| {
            let mut rng = StdRng::seed_from_u64(seed);
            (0..50)
                .map(|_| intel(&mut rng, &[ExploitationType::Labour], &f))
                .collect::<Vec<_>>()
        };
        let a = run(7);
        assert_eq!(a, run(7));
        let distinct: std::collections::HashSet<_> = a.iter().collect();
        assert!(distinct.len() > 40, "{} distinct of 50", distinct.len());
    }
}
