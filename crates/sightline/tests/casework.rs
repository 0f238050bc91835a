//! Casework journeys against the real binary: NRM referrals with their branches (a child
//! without consent and the local authority told; an adult's refusal as an anonymous Duty to
//! Notify), decisions on referrals, and a newcomer finding the demo's case, people, links,
//! debrief and intelligence in the UI and the API, with exports that validate.

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::Value;

fn setup_force(db: &Db) {
    ok(
        db,
        &[
            "org",
            "add",
            "--name",
            "West Midlands Police",
            "--type",
            "PoliceForce",
        ],
        None,
    );
    ok(
        db,
        &[
            "user",
            "add",
            "--username",
            "fr",
            "--role",
            "investigator",
            "--org",
            "West Midlands Police",
            "--password-stdin",
        ],
        Some(PASSWORD),
    );
}

/// Posts one step's answers; returns where the form sent the browser next.
async fn step(
    c: &reqwest::Client,
    base: &str,
    form: &str,
    step: &str,
    csrf: &str,
    answers: &[(&str, &str)],
) -> String {
    let mut body: Vec<(&str, &str)> = vec![("csrf", csrf), ("go", "next")];
    body.extend_from_slice(answers);
    let res = post_form(c, format!("{base}/forms/{form}/step/{step}"), &body).await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "step {step}: {}",
        res.text().await.unwrap()
    );
    location(&res)
}

/// Starts a referral (for a person when given) and returns its id.
async fn start_referral(c: &reqwest::Client, base: &str, csrf: &str, person: &str) -> String {
    let res = post_form(
        c,
        format!("{base}/forms/new/nrm_referral"),
        &[("csrf", csrf), ("person_id", person)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let loc = location(&res);
    assert!(loc.ends_with("/step/responder"), "{loc}");
    loc.split('/').nth(2).unwrap().to_string()
}

const RESPONDER: &[(&str, &str)] = &[
    ("responder_organisation", "West Midlands Police"),
    ("responder_name", "DC Shah"),
    ("responder_contact", "shah@example.police.uk"),
    ("referral_location", "england"),
];
const STORY: [(&str, &[(&str, &str)]); 4] = [
    ("background", &[("how_it_started", "Groomed by older boys")]),
    (
        "exploitation",
        &[
            ("exploitation_types", "forced_criminality"),
            ("treatment", "Made to sell drugs; threatened"),
            ("where_exploited", "Birmingham, Shrewsbury"),
        ],
    ),
    (
        "exploiters",
        &[("exploiters", "Older boys called 'T' and 'Smurf'")],
    ),
    ("police", &[("reported_to_police", "yes")]),
];

#[tokio::test(flavor = "multi_thread")]
async fn nrm_referral_branches_for_a_child_and_an_adult_who_refuses() {
    let db = Db::sqlite();
    setup_force(&db);
    let person = ok(
        &db,
        &[
            "person",
            "add",
            "--as",
            "fr",
            "--given-name",
            "Jordan",
            "--family-name",
            "Hale",
            "--dob",
            "2010-05-02",
        ],
        None,
    );
    let person_id = serde_json::from_str::<Value>(&person)
        .map(|v| v["id"].as_str().unwrap().to_string())
        .unwrap_or_else(|_| person.split_whitespace().next().unwrap().to_string());
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let c = signed_in_as(&base, "fr").await;
    let (_, people) = page(&c, format!("{base}/people/{person_id}")).await;
    let token = csrf(&people);

    // A 16-year-old: no consent question, the local authority is asked for instead.
    let form = start_referral(&c, &base, &token, &person_id).await;
    assert!(step(&c, &base, &form, "responder", &token, RESPONDER)
        .await
        .ends_with("/step/age"));
    let next = step(
        &c,
        &base,
        &form,
        "age",
        &token,
        &[("under_18_now", "yes"), ("under_18_at_exploitation", "yes")],
    )
    .await;
    assert!(next.ends_with("/step/local_authority"), "{next}");
    // A required answer missing: the page says which, and keeps the others.
    let res = c
        .post(format!("{base}/forms/{form}/step/local_authority"))
        .form(&[
            ("csrf", token.as_str()),
            ("go", "next"),
            ("local_authority_notified_on", "2026-11-20"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("href=\"#local_authority\""), "{html}");
    assert!(
        html.contains("value=\"2026-11-20\""),
        "the typed date is kept"
    );
    let next = step(
        &c,
        &base,
        &form,
        "local_authority",
        &token,
        &[
            ("local_authority", "Birmingham Children's Trust"),
            ("local_authority_notified_on", "2026-11-20"),
        ],
    )
    .await;
    assert!(
        next.ends_with("/step/background"),
        "no consent step: {next}"
    );
    for (s, a) in STORY {
        step(&c, &base, &form, s, &token, a).await;
    }
    step(
        &c,
        &base,
        &form,
        "about",
        &token,
        &[
            ("given_name", "Jordan"),
            ("family_name", "Hale"),
            ("gender", "male"),
            ("nationalities", "British"),
        ],
    )
    .await;
    let next = step(
        &c,
        &base,
        &form,
        "contact",
        &token,
        &[
            ("safe_contact", "via_first_responder"),
            ("support_referral", "la_safeguarding"),
        ],
    )
    .await;
    assert!(next.ends_with("/check"), "{next}");
    let (_, check) = page(&c, format!("{base}{next}")).await;
    assert!(check.contains("NRM referral of a child"), "{check}");
    let res = post_form(
        &c,
        format!("{base}/forms/{form}/submit"),
        &[("csrf", token.as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, json) = page(&c, format!("{base}/forms/{form}/referral.json")).await;
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["referralType"], "NRM");
    assert_eq!(v["consentGiven"], "not_required_child");
    assert_eq!(
        v["age"]["localAuthorityNotified"],
        "Birmingham Children's Trust"
    );
    assert_eq!(v["potentialVictim"]["familyName"], "Hale");
    let (status, print) = page(&c, format!("{base}/forms/{form}/print")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        print.contains("Birmingham Children") && print.contains("Local authority"),
        "{print}"
    );

    let pdf = c
        .get(format!("{base}/forms/{form}/referral.pdf"))
        .send()
        .await
        .unwrap();
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    let pdf = pdf.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-1.4") && pdf.ends_with(b"%%EOF\n"));
    assert!(pdf.windows(19).any(|w| w == b"Birmingham Children"));

    // Support goes only where the referral allows: the child's local authority safeguarding.
    let refer = |provider: &'static str| {
        c.post(format!("{base}/forms/{form}/support"))
            .form(&[("csrf", token.clone()), ("provider", provider.to_string())])
            .send()
    };
    assert_eq!(
        refer("victim_care").await.unwrap().status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        refer("la_safeguarding").await.unwrap().status(),
        StatusCode::SEE_OTHER
    );
    let (_, overview) = page(&c, format!("{base}/forms/{form}")).await;
    assert!(
        overview.contains("Referred to local authority safeguarding"),
        "{overview}"
    );
    // What goes to the provider: who the child is and how to reach them (only through
    // the first responder), never the account of what happened.
    let at = overview.find(&format!("/forms/{form}/support/")).unwrap();
    let href = &overview[at..at + overview[at..].find('"').unwrap()];
    let (status, letter) = page(&c, format!("{base}{href}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(letter.contains("Local authority safeguarding") && letter.contains("Hale"));
    assert!(letter.contains("id=\"via-responder\""), "{letter}");
    for (q, a) in STORY {
        for (_, v) in a.iter() {
            if v.len() > 20 {
                assert!(!letter.contains(v), "{q}: the account stays out of it");
            }
        }
    }
    let (status, _) = page(
        &c,
        format!("{base}/forms/{form}/support/{}", uuid::Uuid::nil()),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Decisions: conclusive grounds cannot come before reasonable grounds.
    let res = c
        .post(format!("{base}/forms/{form}/decision"))
        .form(&[
            ("csrf", token.as_str()),
            ("stage", "conclusive_grounds"),
            ("decision", "positive"),
            ("decided_on", "2099-01-01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (_, list) = page(&c, format!("{base}/nrm")).await;
    assert!(
        list.contains("Reasonable grounds decision: 0 days"),
        "{list}"
    );
    let res = c
        .post(format!("{base}/forms/{form}/decision"))
        .form(&[
            ("csrf", token.as_str()),
            ("stage", "reasonable_grounds"),
            ("decision", "positive"),
            ("decided_on", "2099-01-01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, overview) = page(&c, format!("{base}/forms/{form}")).await;
    assert!(
        overview.contains("Awaiting: Conclusive grounds decision"),
        "{overview}"
    );

    // An adult who first consents, gives a name, then refuses: a Duty to Notify, no name.
    let form = start_referral(&c, &base, &token, "").await;
    step(&c, &base, &form, "responder", &token, RESPONDER).await;
    let next = step(
        &c,
        &base,
        &form,
        "age",
        &token,
        &[("under_18_now", "no"), ("under_18_at_exploitation", "no")],
    )
    .await;
    assert!(next.ends_with("/step/consent"), "{next}");
    step(&c, &base, &form, "consent", &token, &[("consent", "yes")]).await;
    step(
        &c,
        &base,
        &form,
        "about",
        &token,
        &[
            ("given_name", "Secretname"),
            ("family_name", "Hidden"),
            ("gender", "male"),
            ("nationalities", "Albanian"),
        ],
    )
    .await;
    step(&c, &base, &form, "consent", &token, &[("consent", "no")]).await;
    for (s, a) in STORY {
        step(&c, &base, &form, s, &token, a).await;
    }
    let next = step(
        &c,
        &base,
        &form,
        "police",
        &token,
        &[("reported_to_police", "no")],
    )
    .await;
    assert!(next.ends_with("/step/duty_to_notify"), "{next}");
    let next = step(
        &c,
        &base,
        &form,
        "duty_to_notify",
        &token,
        &[("dtn_gender", "male"), ("dtn_nationality", "Albanian")],
    )
    .await;
    assert!(next.ends_with("/check"));
    c.post(format!("{base}/forms/{form}/submit"))
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    let (_, json) = page(&c, format!("{base}/forms/{form}/referral.json")).await;
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["referralType"], "DutyToNotify");
    assert!(v.get("potentialVictim").is_none() && v.get("contact").is_none());
    assert!(
        !json.contains("Secretname") && !json.contains("Hidden"),
        "{json}"
    );
    let (_, overview) = page(&c, format!("{base}/forms/{form}")).await;
    assert!(overview.contains("Duty to Notify") && !overview.contains("Secretname"));
    let res = post_form(
        &c,
        format!("{base}/forms/{form}/support"),
        &[("csrf", token.as_str()), ("provider", "victim_care")],
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "no consent, no support referral"
    );
    assert!(
        !ok(&db, &["audit", "list", "--json", "--limit", "5000"], None).contains("Secretname"),
        "the name is not in the audit trail either"
    );
}

async fn signed_in_as(base: &str, user: &str) -> reqwest::Client {
    let c = browser();
    let res = sign_in(&c, base, user, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "sign-in as {user}");
    c
}

#[tokio::test(flavor = "multi_thread")]
async fn a_newcomer_finds_the_demo_case_its_people_links_debrief_and_intelligence_and_exports_it() {
    let db = Db::sqlite();
    let out = std::process::Command::new(BIN)
        .args(["demo", "--load-only", "--database", &db.url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // What the README's command loads: the hand-written demo and, on top, a synthetic
    // national picture at the default scale (40 cases across the forces).
    let cases = ok(
        &db,
        &["case", "list", "--as", "national", "--limit", "1000"],
        None,
    );
    assert!(cases.lines().count() >= 45, "{cases}");
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let c = demo_signed_in(&base, "investigator").await;

    let (_, cases) = page(&c, format!("{base}/cases")).await;
    assert!(cases.contains("Op Anchor: hand car wash"), "{cases}");
    let at = cases.find("Op Anchor: hand car wash").unwrap();
    let href = cases[..at].rfind("/cases/").unwrap();
    let case_path = cases[href..href + 43].to_string();
    let (_, case) = page(&c, format!("{base}{case_path}")).await;
    assert!(
        case.contains("Ion") && case.contains("Potential victim"),
        "{case}"
    );
    assert!(case.contains("Florin") && case.contains("Suspect"));
    assert!(
        case.contains("2 arrests") && case.contains("West Midlands Police"),
        "outcomes and force area"
    );
    let at = case.find(">Ion ").expect("Ion is listed");
    let href = case[..at].rfind("/people/").unwrap();
    let person_path = case[href..href + 44].to_string();
    let (_, ion) = page(&c, format!("{base}{person_path}")).await;
    assert!(
        ion.contains("Lives at") || ion.contains("lives at"),
        "links shown: {ion}"
    );
    assert!(
        ion.contains("Recruitment") && ion.contains("Craiova"),
        "journey from the debrief"
    );
    assert!(ion.contains("Exploitation") && ion.contains("Transit"));
    let at = ion.find(">DB-").expect("the debrief is listed");
    let href = ion[..at].rfind("/forms/").unwrap();
    let (_, debrief) = page(&c, format!("{base}{}", &ion[href..href + 43])).await;
    assert!(
        debrief.contains("Victim debrief") && debrief.contains("<mark"),
        "{debrief}"
    );
    let (_, intel) = page(&c, format!("{base}/intel")).await;
    assert!(
        intel.contains("1A") || intel.contains("2B") || intel.contains("1B"),
        "graded: {intel}"
    );
    let (_, nrm) = page(&c, format!("{base}/nrm")).await;
    assert!(nrm.contains("Duty to Notify") && nrm.contains("NRM referral of a child"));

    // Through the API: the case and its people; exports that validate.
    let token = ok(
        &db,
        &[
            "token",
            "create",
            "--username",
            "investigator",
            "--name",
            "t",
        ],
        None,
    )
    .trim()
    .to_string();
    let api = reqwest::Client::new();
    let case_id = &case_path["/cases/".len()..];
    let people: Value = get_auth(
        &api,
        format!("{base}/api/v1/cases/{case_id}/people"),
        &token,
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(people.to_string().contains("Popescu"), "{people}");
    let htcds: Value = get_auth(
        &api,
        format!("{base}/api/v1/cases/{case_id}/export?format=htcds"),
        &token,
    )
    .await
    .json()
    .await
    .unwrap();
    let problems = sightline_export::validate_htcds(&htcds);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(htcds.to_string().contains("Popescu"));
    let ftm = get_auth(
        &api,
        format!("{base}/api/v1/cases/{case_id}/export?format=ftm"),
        &token,
    )
    .await
    .text()
    .await
    .unwrap();
    let entities: Vec<Value> = ftm
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(entities.len() >= 4, "{ftm}");
    assert!(
        ftm.contains("\"passportNumber\":[\"051234567\"]") && ftm.contains("Ionut Popescu"),
        "identifiers and aliases reach FtM: {ftm}"
    );
    let problems = sightline_export::validate_ftm(&Value::Array(entities));
    assert!(problems.is_empty(), "{problems:?}");
    let res = get_auth(
        &api,
        format!("{base}/api/v1/cases/{case_id}/export?format=csv"),
        &token,
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "CSV needs a table"
    );
    let audit = ok(&db, &["audit", "list", "--json", "--limit", "5000"], None);
    assert!(audit.contains("\"action\": \"export\"") || audit.contains("\"action\":\"export\""));
    // The synthetic picture has debriefs too (each writes the victim's journey) that the
    // national analyst may read; the hand-written one is Op Anchor's alone.
    let nat = demo_signed_in(&base, "national").await;
    let (status, debriefs) = page(&nat, format!("{base}/debriefs")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        debriefs.matches("/forms/").count() >= 6,
        "the hand-written debrief and synthetic ones: {debriefs}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn mopi_disposal_removes_a_person_and_everything_derived_and_leaves_a_tombstone() {
    let db = Db::sqlite();
    let out = std::process::Command::new(BIN)
        .args(["demo", "--load-only", "--database", &db.url])
        .output()
        .unwrap();
    assert!(out.status.success());
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let c = demo_signed_in(&base, "investigator").await;
    // Ion, the victim on Op Anchor (the demo also has namesakes in other forces).
    let (_, cases) = page(&c, format!("{base}/cases")).await;
    let at = cases.find("Op Anchor: hand car wash").unwrap();
    let href = cases[..at].rfind("/cases/").unwrap();
    let case_path = cases[href..href + 43].to_string();
    let (_, case) = page(&c, format!("{base}{case_path}")).await;
    let at = case.find(">Ion ").expect("Ion is on the case");
    let href = case[..at].rfind("/people/").unwrap();
    let person = case[href + 8..href + 44].to_string();
    let (status, queue) = page(&c, format!("{base}/review")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        queue.contains(&format!("/review/person/{person}")),
        "Ion is in the review queue"
    );
    let (_, before) = page(&c, format!("{base}/people/{person}")).await;
    assert!(before.contains("Craiova") && before.contains("DB-"));
    // Ion's debrief's reference (the synthetic picture has debriefs of its own).
    let at = before.find("DB-").unwrap();
    let debrief_ref: String = before[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    assert!(page(&c, format!("{base}/debriefs"))
        .await
        .1
        .contains(&debrief_ref));
    let token = csrf(&queue);

    // A reason is required; nothing changes without one.
    let res = c
        .post(format!("{base}/review/person/{person}"))
        .form(&[
            ("csrf", token.as_str()),
            ("risk_group", "3"),
            ("decision", "dispose"),
            ("reason", " "),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        page(&c, format!("{base}/people/{person}")).await.0,
        StatusCode::OK
    );

    // Retain moves the review date on; dispose removes the person and what hangs off them.
    let res = c
        .post(format!("{base}/review/person/{person}"))
        .form(&[
            ("csrf", token.as_str()),
            ("risk_group", "1"),
            ("decision", "retain"),
            ("reason", "Active investigation"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, queue) = page(&c, format!("{base}/review")).await;
    assert!(queue.contains("(last: retain)"));
    let res = c
        .post(format!("{base}/review/person/{person}"))
        .form(&[
            ("csrf", token.as_str()),
            ("risk_group", "3"),
            ("decision", "dispose"),
            ("reason", "No longer necessary for a policing purpose"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        page(&c, format!("{base}/people/{person}")).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, case) = page(&c, format!("{base}{case_path}")).await;
    assert!(
        !case.contains("Popescu") && case.contains("Florin"),
        "{case}"
    );
    let (_, debriefs) = page(&c, format!("{base}/debriefs")).await;
    assert!(
        !debriefs.contains(&debrief_ref),
        "the debrief {debrief_ref} went with the person: {debriefs}"
    );
    let (_, review) = page(&c, format!("{base}/review")).await;
    let tombstones = &review[review.find("id=\"tombstones\"").unwrap()..];
    assert!(tombstones.contains("No longer necessary for a policing purpose"));
    assert!(
        tombstones.contains("links") && tombstones.contains("debriefs and referrals"),
        "{tombstones}"
    );
    assert!(
        tombstones.contains(&person),
        "the tombstone names the record by id"
    );
    assert!(
        !tombstones.contains("Popescu"),
        "and holds no personal data"
    );
    assert!(ok(&db, &["audit", "verify"], None).contains("chain intact"));
    let audit = ok(&db, &["audit", "list", "--json", "--limit", "5000"], None);
    assert!(audit.contains("MoPI disposal"));
}

#[tokio::test(flavor = "multi_thread")]
async fn browser_first_responder_refers_a_child_without_consent_with_and_without_javascript() {
    let Some(driver) = Driver::start().await else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the browser test: install chromium and chromium-driver"
        );
        eprintln!("SKIPPED browser test: chromedriver not found");
        return;
    };
    let db = Db::sqlite();
    setup_force(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    for javascript in [true, false] {
        let s = driver.session_with(javascript).await;
        driver.sign_in(&s, Some(&base), "fr", PASSWORD).await;
        driver.go(&s, &format!("{base}/nrm")).await;
        driver.click(&s, "#new-referral").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/responder"))
            .await;
        driver
            .type_into(&s, "#responder_organisation", "West Midlands Police")
            .await;
        driver.type_into(&s, "#responder_name", "DC Shah").await;
        driver
            .type_into(&s, "#responder_contact", "shah@example.police.uk")
            .await;
        driver.click(&s, "#referral_location-england").await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/age"))
            .await;
        driver.click(&s, "#under_18_now-yes").await;
        driver.click(&s, "#under_18_at_exploitation-yes").await;
        driver.click(&s, "button[value=next]").await;
        let (url, page) = driver
            .wait_for(&s, |url, _| !url.ends_with("/step/age"))
            .await;
        assert!(
            url.ends_with("/step/local_authority"),
            "no consent step for a child: {url}"
        );
        assert!(page.contains("local authority"));
        driver
            .type_into(&s, "#local_authority", "Sandwell Children's Trust")
            .await;
        driver
            .type_into(&s, "#local_authority_notified_on", "2026-11-28")
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/background"))
            .await;
        driver
            .type_into(
                &s,
                "#how_it_started",
                "Groomed outside school by older boys.",
            )
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/exploitation"))
            .await;
        driver
            .click(&s, "#exploitation_types-forced_criminality")
            .await;
        driver
            .type_into(&s, "#treatment", "Made to carry drugs; threatened.")
            .await;
        driver
            .type_into(&s, "#where_exploited", "West Bromwich")
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/exploiters"))
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/police"))
            .await;
        driver.click(&s, "#reported_to_police-yes").await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/about"))
            .await;
        driver.type_into(&s, "#given_name", "Sam").await;
        driver.type_into(&s, "#family_name", "Carter").await;
        driver.click(&s, "#gender-male").await;
        driver.type_into(&s, "#nationalities", "British").await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |url, _| url.ends_with("/step/contact"))
            .await;
        driver.click(&s, "#safe_contact-via_first_responder").await;
        driver.click(&s, "#support_referral-la_safeguarding").await;
        driver.click(&s, "button[value=next]").await;
        let (_, check) = driver.wait_for(&s, |url, _| url.ends_with("/check")).await;
        assert!(check.contains("NRM referral of a child"), "{check}");
        assert!(
            !check.contains("Does the person consent"),
            "no consent question"
        );
        driver.click(&s, "#submit-form").await;
        let (_, done) = driver
            .wait_for(&s, |_, src| src.contains("id=\"form-status\">Submitted"))
            .await;
        assert!(
            done.contains("Sandwell Children"),
            "the local authority is on the referral"
        );
        assert!(done.contains("referral.pdf"));
        driver.cmd(&s, "DELETE", "", serde_json::json!({})).await;
    }

    // An adult who does not consent, without JavaScript: the Duty to Notify asks no name.
    let s = driver.session_with(false).await;
    driver.sign_in(&s, Some(&base), "fr", PASSWORD).await;
    driver.go(&s, &format!("{base}/nrm")).await;
    driver.click(&s, "#new-referral").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/responder"))
        .await;
    driver
        .type_into(&s, "#responder_organisation", "West Midlands Police")
        .await;
    driver.type_into(&s, "#responder_name", "PC Reid").await;
    driver
        .type_into(&s, "#responder_contact", "reid@example.police.uk")
        .await;
    driver.click(&s, "#referral_location-england").await;
    driver.click(&s, "button[value=next]").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/age"))
        .await;
    driver.click(&s, "#under_18_now-no").await;
    driver.click(&s, "#under_18_at_exploitation-no").await;
    driver.click(&s, "button[value=next]").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/consent"))
        .await;
    driver.click(&s, "#consent-no").await;
    driver.click(&s, "button[value=next]").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/background"))
        .await;
    driver
        .type_into(
            &s,
            "#how_it_started",
            "Offered building work by a cousin's friend.",
        )
        .await;
    driver.click(&s, "button[value=next]").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/exploitation"))
        .await;
    driver.click(&s, "#exploitation_types-wages_taken").await;
    driver
        .type_into(
            &s,
            "#treatment",
            "Wages paid into an account the gangmaster controls.",
        )
        .await;
    driver
        .type_into(&s, "#where_exploited", "Wolverhampton")
        .await;
    driver.click(&s, "button[value=next]").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/exploiters"))
        .await;
    driver.click(&s, "button[value=next]").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/step/police"))
        .await;
    driver.click(&s, "#reported_to_police-no").await;
    driver.click(&s, "button[value=next]").await;
    let (url, page) = driver
        .wait_for(&s, |url, _| !url.ends_with("/step/police"))
        .await;
    assert!(url.ends_with("/step/duty_to_notify"), "{url}");
    assert!(
        !page.contains("id=\"given_name\"") && !page.contains("id=\"family_name\""),
        "no name is asked"
    );
    driver.click(&s, "#dtn_gender-male").await;
    driver.click(&s, "button[value=next]").await;
    let (_, check) = driver.wait_for(&s, |url, _| url.ends_with("/check")).await;
    assert!(check.contains("Duty to Notify"), "{check}");
    driver.click(&s, "#submit-form").await;
    let (_, done) = driver
        .wait_for(&s, |_, src| src.contains("id=\"form-status\">Submitted"))
        .await;
    assert!(done.contains("Duty to Notify") && !done.contains("Given name"));
}

#[test]
fn the_synthetic_national_picture_is_deterministic_for_a_seed() {
    let load = |seed: &str| {
        let db = Db::sqlite();
        let out = std::process::Command::new(BIN)
            .args([
                "demo",
                "--load-only",
                "--scale",
                "1",
                "--seed",
                seed,
                "--database",
                &db.url,
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let people = ok(
            &db,
            &["person", "list", "--as", "national", "--limit", "1000"],
            None,
        );
        let mut names: Vec<String> = people
            .lines()
            .map(|l| l.split_once(' ').map(|x| x.1).unwrap_or("").to_string())
            .collect();
        names.sort();
        let cases = ok(
            &db,
            &["case", "list", "--as", "national", "--limit", "1000"],
            None,
        );
        let intel: Value = serde_json::from_str(&ok(
            &db,
            &[
                "intel", "list", "--as", "national", "--limit", "1000", "--json",
            ],
            None,
        ))
        .unwrap();
        let narratives: Vec<String> = intel
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["narrative"].as_str().unwrap().to_string())
            .collect();
        (names, cases.lines().count(), narratives)
    };
    let (a, cases, narratives) = load("5");
    // Each case's intelligence is its own: one to three logs, told in different words.
    assert!(narratives.len() > cases, "{} reports", narratives.len());
    let distinct: std::collections::HashSet<_> = narratives.iter().collect();
    assert!(
        distinct.len() * 10 >= narratives.len() * 9,
        "{} distinct narratives of {}",
        distinct.len(),
        narratives.len()
    );
    assert!(
        cases >= 20,
        "the demo's cases plus 20 synthetic ones: {cases}"
    );
    assert!(a.len() > 60, "{} people", a.len());
    let (again, _, same_narratives) = load("5");
    assert_eq!(a, again, "same seed, same people");
    assert_eq!(narratives, same_narratives, "same seed, same intelligence");
    assert_ne!(a, load("6").0, "another seed, other people");
}

#[tokio::test(flavor = "multi_thread")]
async fn people_batch_api_is_all_or_nothing_idempotent_and_reversible() {
    let db = Db::sqlite();
    setup_force(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let token = ok(
        &db,
        &["token", "create", "--username", "fr", "--name", "t"],
        None,
    )
    .trim()
    .to_string();
    let api = reqwest::Client::new();
    let marks = serde_json::json!({ "classification": "OFFICIAL-SENSITIVE", "handling_code": "P" });
    let rec = |id: &str, family: &str, dob: &str| serde_json::json!({ "source_id": id, "given_name": "Test", "family_name": family, "date_of_birth": dob, "markings": marks });
    let bad = serde_json::json!({ "source": "crm", "records": [
        rec("1", "Ames", "1990"), rec("2", "Bond", "1991-02"), rec("3", "Cole", "1992-13-01")
    ]});
    let res = post_json(&api, format!("{base}/api/v1/people/batch"), &token, &bad).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["error"]["records"][0]["index"], 2, "{v}");
    assert_eq!(v["error"]["records"][0]["field"], "date_of_birth");
    assert_eq!(
        ok(&db, &["person", "list", "--as", "fr"], None).trim(),
        "",
        "nothing written"
    );

    let good = serde_json::json!({ "source": "crm", "records": [
        rec("1", "Ames", "1990"), rec("2", "Bond", "1991-02"), rec("3", "Cole", "1992-12-01")
    ]});
    let res = post_json(&api, format!("{base}/api/v1/people/batch"), &token, &good).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let v: Value = res.json().await.unwrap();
    assert_eq!(
        (v["written"].as_i64(), v["already_present"].as_i64()),
        (Some(3), Some(0))
    );
    let again: Value = post_json(&api, format!("{base}/api/v1/people/batch"), &token, &good)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (again["written"].as_i64(), again["already_present"].as_i64()),
        (Some(0), Some(3))
    );
    assert_eq!(
        ok(&db, &["person", "list", "--as", "fr"], None)
            .lines()
            .count(),
        3
    );
    let batch = v["batch_id"].as_str().unwrap();
    ok(&db, &["batch", "rollback", batch, "--as", "fr"], None);
    assert_eq!(ok(&db, &["person", "list", "--as", "fr"], None).trim(), "");
}

#[tokio::test(flavor = "multi_thread")]
async fn case_intel_and_link_batch_apis_are_all_or_nothing_and_find_what_they_name() {
    let db = Db::sqlite();
    setup_force(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let token = ok(
        &db,
        &["token", "create", "--username", "fr", "--name", "t"],
        None,
    )
    .trim()
    .to_string();
    let api = reqwest::Client::new();
    let post = |path: &str, body: Value| {
        let (api, url, token) = (api.clone(), format!("{base}/api/v1/{path}"), token.clone());
        async move {
            let res = post_json(&api, url, &token, &body).await;
            let status = res.status();
            (status, res.json::<Value>().await.unwrap())
        }
    };
    let marks = serde_json::json!({ "classification": "OFFICIAL-SENSITIVE", "handling_code": "P" });

    // Cases: one bad record refuses the batch, naming its index and field.
    let case = |id: &str, force: &str| {
        serde_json::json!({ "source_id": id, "reference": format!("OP-{id}"), "title": format!("Operation {id}"),
        "status": "Active", "exploitation_types": ["labour"], "details": { "force_area": force }, "markings": marks })
    };
    let (status, v) = post(
        "cases/batch",
        serde_json::json!({ "source": "cms", "records": [case("A", "wmp"), case("B", "Atlantis")] }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["error"]["records"][0]["index"], 1, "{v}");
    assert_eq!(v["error"]["records"][0]["field"], "force_area", "{v}");
    assert_eq!(ok(&db, &["case", "list", "--as", "fr"], None).trim(), "");
    let good = serde_json::json!({ "source": "cms", "records": [case("A", "wmp"), case("B", "West Midlands Police")] });
    let (status, v) = post("cases/batch", good.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(
        (v["kind"].as_str(), v["written"].as_i64()),
        (Some("case"), Some(2))
    );
    let (_, again) = post("cases/batch", good).await;
    assert_eq!(again["already_present"].as_i64(), Some(2), "{again}");

    // Intelligence names its case by reference; a case that is not there is the field's error.
    let report = |id: &str, case: &str| {
        serde_json::json!({ "source_id": id, "title": "Van", "narrative": "A van at 5am.",
        "source_evaluation": "2", "intelligence_assessment": "C", "submitting_officer": "PC 1", "case": case, "markings": marks })
    };
    let (status, v) = post(
        "intelligence/batch",
        serde_json::json!({ "source": "cms", "records": [report("I1", "OP-A"), report("I2", "OP-NOPE")] }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(v["error"]["records"][0]["field"], "case", "{v}");
    assert!(
        v["error"]["records"][0]["message"]
            .as_str()
            .unwrap()
            .contains("OP-NOPE"),
        "{v}"
    );
    let (status, v) = post(
        "intelligence/batch",
        serde_json::json!({ "source": "cms", "records": [report("I1", "OP-A")] }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    let intel_batch = v["batch_id"].as_str().unwrap().to_string();
    // The report's page shows who submitted it and links its case.
    let list: Value = get_auth(&api, format!("{base}/api/v1/intelligence"), &token)
        .await
        .json()
        .await
        .unwrap();
    let intel_id = list["items"][0]["id"].as_str().unwrap().to_string();
    let web = browser();
    sign_in(&web, &base, "fr", PASSWORD).await;
    let (_, intel_page) = page(&web, format!("{base}/intel/{intel_id}")).await;
    assert!(intel_page.contains("Submitting officer") && intel_page.contains("PC 1"));
    assert!(intel_page.contains("OP-A: Operation A"), "{intel_page}");

    // Links between people from a batch, by source id; a missing end is named.
    let person =
        |id: &str| serde_json::json!({ "source_id": id, "family_name": id, "markings": marks });
    let (status, _) = post(
        "people/batch",
        serde_json::json!({ "source": "crm", "records": [person("P1"), person("P2")] }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let link = |id: &str, to: &str| {
        serde_json::json!({ "source_id": id, "from": { "source_id": "P1" }, "to": { "source_id": to },
        "link_type": "family_of", "markings": marks })
    };
    let (status, v) = post(
        "links/batch",
        serde_json::json!({ "source": "crm", "records": [link("K1", "P2"), link("K2", "P404")] }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert_eq!(
        (
            v["error"]["records"][0]["index"].as_i64(),
            v["error"]["records"][0]["field"].as_str()
        ),
        (Some(1), Some("to")),
        "{v}"
    );
    let (status, v) = post(
        "links/batch",
        serde_json::json!({ "source": "crm", "records": [link("K1", "P2")] }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["written"].as_i64(), Some(1));

    // The batches are the same batches the CLI lists and rolls back.
    ok(
        &db,
        &["batch", "rollback", &intel_batch, "--as", "fr"],
        None,
    );
    assert_eq!(ok(&db, &["intel", "list", "--as", "fr"], None).trim(), "");
    let doc: Value = reqwest::get(format!("{base}/api/v1/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for path in [
        "/people/batch",
        "/cases/batch",
        "/intelligence/batch",
        "/links/batch",
    ] {
        assert!(doc["paths"][path]["post"].is_object(), "{path}");
    }
}

/// An intelligence report's narrative names phones, a postcode and a vehicle: the page
/// offers what is already recorded (only what the reader may read) and records the rest;
/// links show on the report and on the entity, on the page and through the API.
#[tokio::test(flavor = "multi_thread")]
async fn an_intelligence_report_links_the_phones_places_and_vehicles_it_names() {
    let db = Db::sqlite();
    ok(&db, &["demo", "--load-only", "--database", &db.url], None);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let api = reqwest::Client::new();
    let token = api_token(&db, "investigator");
    let res = post_json(
        &api,
        format!("{base}/api/v1/intelligence"),
        &token,
        &serde_json::json!({
            "title": "Car wash workers ring a number for work",
            "narrative": "Caller says the men from the car wash ring 07700 900123 for work and are dropped at B10 0HB by a white minibus WX19 ABC. A second number, 07700 900999, is written on the van.",
            "source_evaluation": "2", "intelligence_assessment": "B",
            "markings": { "classification": "OFFICIAL", "handling_code": "P" }
        }),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let intel: Value = res.json().await.unwrap();
    let id = intel["id"].as_str().unwrap().to_string();
    let entities: Value = get_auth(&api, format!("{base}/api/v1/entities?limit=500"), &token)
        .await
        .json()
        .await
        .unwrap();
    let phone = entities["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["value"] == "07700 900123")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();

    let c = demo_signed_in(&base, "investigator").await;
    let (status, html) = page(&c, format!("{base}/intel/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("None linked yet."), "{html}");
    assert!(
        html.contains("41 Tennyson Road"),
        "the house at the postcode: {html}"
    );
    assert!(html.contains("WX19 ABC</a>"), "the minibus is known");
    assert!(html.contains("Record and link<span class=\"visually-hidden\"> 07700 900999"));
    let token_csrf = csrf(&html);
    let post = |form: Vec<(&'static str, String)>| {
        let c = c.clone();
        let url = format!("{base}/intel/{id}/entities");
        async move { c.post(url).form(&form).send().await.unwrap() }
    };
    let res = post(vec![
        ("csrf", token_csrf.clone()),
        ("entity_id", phone.clone()),
    ])
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = post(vec![
        ("csrf", token_csrf.clone()),
        ("kind", "phone".into()),
        ("value", "07700 900999".into()),
    ])
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = post(vec![
        ("csrf", token_csrf.clone()),
        ("kind", "phone".into()),
        ("value", "12".into()),
    ])
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("is not a phone number"));
    let (_, html) = page(&c, format!("{base}/intel/{id}")).await;
    assert!(!html.contains("None linked yet."));
    assert!(html.contains("(linked)"));
    let (_, entity) = page(&c, format!("{base}/entities/{phone}")).await;
    assert!(
        entity.contains("Car wash workers ring a number for work"),
        "{entity}"
    );

    let got: Value = get_auth(
        &api,
        format!("{base}/api/v1/intelligence/{id}/entities"),
        &token,
    )
    .await
    .json()
    .await
    .unwrap();
    let linked: Vec<&str> = got["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert_eq!(linked, vec!["07700 900123", "07700 900999"]);
    assert_eq!(got["mentions"].as_array().unwrap().len(), 4, "{got}");

    // Greater Manchester's analyst may read the report but not Op Anchor's phone: the
    // narrative's number shows only their own record of it, and they may not link.
    let an_token = api_token(&db, "analyst");
    let got: Value = get_auth(
        &api,
        format!("{base}/api/v1/intelligence/{id}/entities"),
        &an_token,
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(!got.to_string().contains("topped up in cash"), "{got}");
    let first = &got["mentions"][0];
    assert_eq!(first["text"], "07700 900123");
    let values: Vec<&str> = first["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, vec!["+44 (0)7700 900 123"]);
    let res = post_json(
        &api,
        format!("{base}/api/v1/intelligence/{id}/entities"),
        &an_token,
        &serde_json::json!({ "entity_id": phone }),
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}
