//! The public side and triage, as people use them: a member of the public reports a
//! concern through the multi-step form, comes back with the secret to add information, and
//! an analyst of the right force finds it in the triage queue and turns it into
//! intelligence. Over HTTP against the real binary, and in headless Chromium with
//! JavaScript on and off.

mod common;

use common::*;
use reqwest::StatusCode;

/// Forces named as the postcode routing knows them, an analyst in each, and a national analyst.
fn setup_forces(db: &Db) {
    for (org, t) in [
        ("Greater Manchester Police", "PoliceForce"),
        ("Kent Police", "PoliceForce"),
        ("National Coordination", "LawEnforcement"),
    ] {
        ok(db, &["org", "add", "--name", org, "--type", t], None);
    }
    for (user, role, org) in [
        ("gmp.analyst", "force_analyst", "Greater Manchester Police"),
        ("kent.inv", "investigator", "Kent Police"),
        ("national", "national_analyst", "National Coordination"),
    ] {
        ok(
            db,
            &[
                "user",
                "add",
                "--username",
                user,
                "--role",
                role,
                "--org",
                org,
                "--password-stdin",
            ],
            Some(PASSWORD),
        );
    }
}

/// The text between `id="{id}">` and the next `<`.
fn by_id(html: &str, id: &str) -> String {
    let key = format!("id=\"{id}\">");
    let at = html
        .find(&key)
        .unwrap_or_else(|| panic!("no #{id} in {html}"))
        + key.len();
    html[at..at + html[at..].find('<').unwrap()].to_string()
}

/// A step of the form: its name, the answers given on it, and the next page's heading.
type Step<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

/// The car wash report, answered step by step as the form asks; returns (reference, secret).
async fn report_car_wash(c: &reqwest::Client, base: &str) -> (String, String) {
    let mut answers: Vec<(&str, &str)> = vec![];
    let steps: [Step; 6] = [
        ("danger", &[("danger_now", "no")], "What did you see?"),
        (
            "what",
            &[("what", "Men at the hand car wash sleep on site in the back room. They are dropped off by a van at 6am and work till dark, and one man takes all their money.")],
            "Where was it?",
        ),
        ("where", &[("place", "Hand car wash, Bury New Road"), ("postcode", "m8 8fr")], "When did you see it?"),
        ("when", &[("when", "Most days this month")], "People, vehicles and businesses"),
        ("who", &[("people", "About six men, young, Eastern European")], "About you"),
        ("you", &[("contact", "anonymous")], "Check your answers"),
    ];
    for (step, fields, next_heading) in steps {
        answers.extend_from_slice(fields);
        let mut form = answers.clone();
        form.push(("step", step));
        form.push(("go", "next"));
        let res = post_form(c, format!("{base}/report"), &form).await;
        assert_eq!(res.status(), StatusCode::OK, "step {step}");
        let html = res.text().await.unwrap();
        assert!(html.contains(next_heading), "after {step}: {html}");
    }
    let mut form = answers.clone();
    form.push(("step", "check"));
    form.push(("go", "submit"));
    let res = post_form(c, format!("{base}/report"), &form).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers().get("cache-control").unwrap(),
        "no-store",
        "the secret is never cached"
    );
    let html = res.text().await.unwrap();
    (by_id(&html, "reference"), by_id(&html, "secret"))
}

fn report_count(db: &Db) -> usize {
    let out = ok(db, &["audit", "list", "--json", "--limit", "5000"], None);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "submit" && e["record_type"] == "public_report")
        .count()
}

#[tokio::test(flavor = "multi_thread")]
async fn public_report_is_routed_triaged_and_converted_and_keeps_the_reporter_anonymous() {
    let db = Db::sqlite();
    setup_forces(&db);
    let server = Server::start(&db, &["--reports-per-hour", "4", "--trust-proxy"]);
    let base = server.url.clone();
    let public = browser();

    // Step errors name the field and keep the answers.
    let res = post_form(
        &public,
        format!("{base}/report"),
        &[("step", "what"), ("go", "next"), ("danger_now", "no")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("href=\"#what\">Tell us what you saw"),
        "{html}"
    );
    assert!(
        html.contains("name=\"danger_now\" value=\"no\""),
        "answers carried"
    );

    // Someone in danger now: 999 comes first.
    let res = post_form(
        &public,
        format!("{base}/report"),
        &[("step", "danger"), ("go", "next"), ("danger_now", "yes")],
    )
    .await;
    let html = res.text().await.unwrap();
    assert!(html.contains("<h1>Call 999 now</h1>") && html.contains("href=\"tel:999\""));

    let (reference, secret) = report_car_wash(&public, &base).await;
    assert!(reference.starts_with("PR-"), "{reference}");
    assert_eq!(secret.len(), 24, "{secret}");

    // Oversized and hostile input: a clear error, nothing stored; or stored only escaped.
    let before = report_count(&db);
    let long = "x".repeat(5_001);
    let res = public
        .post(format!("{base}/report"))
        .form(&[
            ("step", "check"),
            ("go", "submit"),
            ("danger_now", "no"),
            ("what", long.as_str()),
            ("place", "Somewhere"),
            ("contact", "anonymous"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("5001 characters"));
    let res = public
        .post(format!("{base}/report"))
        .form(&[
            ("step", "check"),
            ("go", "submit"),
            ("danger_now", "no"),
            ("what", "Bot text"),
            ("place", "x"),
            ("contact", "anonymous"),
            ("website", "http://spam.example"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the honeypot thanks bots");
    assert!(!res.text().await.unwrap().contains("id=\"reference\""));
    assert_eq!(report_count(&db), before, "neither was stored");

    // The reporter comes back with the secret (typed loosely) and adds a registration.
    let loose = secret.to_lowercase().replace('-', " ");
    let res = public
        .post(format!("{base}/report/add"))
        .form(&[
            ("reference", reference.to_lowercase().as_str()),
            ("secret", loose.as_str()),
            ("body", "The van is a silver Transit, reg MK15 XPD"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("We have added this"));
    let res = post_form(
        &public,
        format!("{base}/report/return"),
        &[("reference", reference.as_str()), ("secret", "WRONG-CODE")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Routed by postcode: Greater Manchester's analyst sees it, Kent's investigator doesn't.
    let gmp = signed_in(&base, "gmp.analyst").await;
    let (status, queue) = page(&gmp, format!("{base}/triage")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(queue.contains(&reference), "{queue}");
    let id = {
        let at = queue.find(&format!(">{reference}<")).unwrap();
        let href = queue[..at].rfind("/triage/").unwrap() + 8;
        queue[href..href + 36].to_string()
    };
    let kent = signed_in(&base, "kent.inv").await;
    let (_, kent_queue) = page(&kent, format!("{base}/triage")).await;
    assert!(!kent_queue.contains(&reference));
    let (status, _) = page(&kent, format!("{base}/triage/{id}")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The analyst sees the evidence marked, the added registration offered as an entity,
    // and asks the reporter a question.
    let (status, item) = page(&gmp, format!("{base}/triage/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(item.contains("<mark"), "evidence highlighted");
    assert!(item.contains("Labour exploitation"));
    assert!(item.contains("MK15 XPD") && item.contains("Create entity"));
    let token = csrf(&item);
    let res = gmp
        .post(format!("{base}/triage/{id}/ask"))
        .form(&[
            ("csrf", token.as_str()),
            ("body", "Do the men ever leave the site on their own?"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = public
        .post(format!("{base}/report/return"))
        .form(&[
            ("reference", reference.as_str()),
            ("secret", secret.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Do the men ever leave the site on their own?"));

    // The analyst finds a person already recorded (either name order) and links them;
    // the person's page lists the report. Kent's investigator cannot link anyone to it.
    let out = ok(
        &db,
        &[
            "person",
            "add",
            "--as",
            "gmp.analyst",
            "--given-name",
            "Andrei",
            "--family-name",
            "Lupu",
            "--gender",
            "Male",
            "--nationality",
            "RO",
            "--classification",
            "OFFICIAL",
        ],
        None,
    );
    let andrei = out.split_whitespace().next().unwrap().to_string();
    let (_, found) = page(&gmp, format!("{base}/triage/{id}?person_q=lupu+andrei")).await;
    assert!(
        found.contains("id=\"people-found\"") && found.contains(&andrei),
        "{found}"
    );
    let (_, listed) = page(&gmp, format!("{base}/people?q=Andrei+LUPU")).await;
    assert!(listed.contains(&andrei));
    let (_, listed) = page(&gmp, format!("{base}/people?q=zzz")).await;
    assert!(!listed.contains(&andrei) && listed.contains("No one you can see is called"));
    let (_, none) = page(&gmp, format!("{base}/triage/{id}?person_q=nobody")).await;
    assert!(none.contains("No one you can see is called"));
    for _ in 0..2 {
        let res = post_form(
            &gmp,
            format!("{base}/triage/{id}/link-person"),
            &[("csrf", token.as_str()), ("person_id", andrei.as_str())],
        )
        .await;
        assert_eq!(
            res.status(),
            StatusCode::SEE_OTHER,
            "linking twice is harmless"
        );
    }
    let (_, item) = page(&gmp, format!("{base}/triage/{id}")).await;
    let linked = &item[item.find("id=\"people\"").unwrap()..];
    assert!(linked.contains(&format!("/people/{andrei}")));
    let (_, person) = page(&gmp, format!("{base}/people/{andrei}")).await;
    assert!(person.contains("Public reports about this person") && person.contains(&reference));
    let (_, kent_page) = page(&kent, format!("{base}/cases")).await;
    let res = kent
        .post(format!("{base}/triage/{id}/link-person"))
        .form(&[
            ("csrf", csrf(&kent_page).as_str()),
            ("person_id", andrei.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // A case opened from the report takes the types the report shows, the report's force
    // area and its text; a second one is refused.
    assert!(
        item.contains("id=\"ct-labour\" name=\"exploitation\" value=\"labour\" checked"),
        "labour ticked from the analysis"
    );
    let res = gmp
        .post(format!("{base}/triage/{id}/open-case"))
        .form(&[
            ("csrf", token.as_str()),
            ("case_title", "Car wash, Stockport"),
            ("exploitation", "labour"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let case = location(&res);
    assert!(case.starts_with("/cases/"), "{case}");
    let (_, case_page) = page(&gmp, format!("{base}{case}")).await;
    assert!(case_page.contains("Car wash, Stockport") && case_page.contains("Labour exploitation"));
    assert!(
        case_page.contains("sleep"),
        "the report's text is the summary"
    );
    let res = post_form(
        &gmp,
        format!("{base}/triage/{id}/open-case"),
        &[("csrf", token.as_str()), ("exploitation", "labour")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    // Converted into graded intelligence; a second conversion is refused.
    let res = gmp
        .post(format!("{base}/triage/{id}/convert"))
        .form(&[
            ("csrf", token.as_str()),
            ("title", ""),
            ("source_evaluation", "2"),
            ("intelligence_assessment", "C"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let intel = location(&res);
    assert!(intel.starts_with("/intel/"), "{intel}");
    let (_, intel_page) = page(&gmp, format!("{base}{intel}")).await;
    assert!(intel_page.contains(&format!("Public report {reference}")));
    assert!(intel_page.contains("2C"), "graded 3x5x2");
    assert!(
        intel_page.contains("MK15 XPD"),
        "the addition is in the narrative"
    );
    let res = gmp
        .post(format!("{base}/triage/{id}/convert"))
        .form(&[
            ("csrf", token.as_str()),
            ("source_evaluation", "2"),
            ("intelligence_assessment", "C"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CONFLICT);

    // No address anywhere in the audit trail of the public side.
    let audit = ok(&db, &["audit", "list", "--json", "--limit", "5000"], None);
    let entries: serde_json::Value = serde_json::from_str(&audit).unwrap();
    let public_entries: Vec<&serde_json::Value> = entries
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["actor_name"] == "public")
        .collect();
    assert!(public_entries.len() >= 3, "submit, return, add are audited");
    let public_trail = serde_json::to_string(&public_entries).unwrap();
    assert!(
        !public_trail.contains("127.0.0.1"),
        "no address is recorded: {public_trail}"
    );

    // A flood from one address is throttled with a friendly page; others are still served.
    let mut throttled = false;
    for _ in 0..6 {
        let res = public
            .post(format!("{base}/report/return"))
            .header("x-forwarded-for", "198.51.100.7")
            .form(&[("reference", "PR-0"), ("secret", "x")])
            .send()
            .await
            .unwrap();
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(res.text().await.unwrap().contains("try again"));
            throttled = true;
            break;
        }
    }
    assert!(throttled, "the allowance of 4 per hour ran out");
    let res = public
        .post(format!("{base}/report/return"))
        .header("x-forwarded-for", "198.51.100.8")
        .form(&[
            ("reference", reference.as_str()),
            ("secret", secret.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "another address is served");
    let (status, _) = page(&gmp, format!("{base}/triage")).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn browser_public_report_with_and_without_javascript_reaches_triage_and_becomes_intelligence()
{
    let Some(driver) = Driver::start().await else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the browser test: install chromium and chromium-driver"
        );
        eprintln!("SKIPPED browser test: chromedriver not found");
        return;
    };
    let db = Db::sqlite();
    setup_forces(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();

    let mut references = vec![];
    for javascript in [true, false] {
        let s = driver.session_with(javascript).await;
        driver.go(&s, &format!("{base}/report")).await;
        driver.click(&s, "button[value=danger]").await;
        driver
            .wait_for(&s, |_, src| src.contains("Is anyone in danger"))
            .await;
        driver.click(&s, "#danger_now-no").await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |_, src| src.contains("id=\"what\""))
            .await;
        driver
            .type_into(
                &s,
                "#what",
                "Workers at the car wash sleep on site in a shipping container and the boss keeps their passports. They look scared.",
            )
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |_, src| src.contains("id=\"place\""))
            .await;
        driver
            .type_into(&s, "#place", "Car wash on Cheetham Hill Road")
            .await;
        driver.type_into(&s, "#postcode", "M8 8FR").await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |_, src| src.contains("id=\"when\""))
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |_, src| src.contains("id=\"vehicles\""))
            .await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |_, src| src.contains("About you"))
            .await;
        driver.click(&s, "#contact-anonymous").await;
        driver.click(&s, "button[value=next]").await;
        driver
            .wait_for(&s, |_, src| src.contains("Check your answers"))
            .await;
        driver.click(&s, "button[value=submit]").await;
        let (_, done) = driver
            .wait_for(&s, |_, src| src.contains("Report sent"))
            .await;
        let reference = by_id(&done, "reference");
        let secret = by_id(&done, "secret");

        // Later, the reporter returns and adds a vehicle registration.
        driver.go(&s, &format!("{base}/report/return")).await;
        driver.type_into(&s, "#reference", &reference).await;
        driver.type_into(&s, "#secret", &secret).await;
        driver.click(&s, "button[type=submit]").await;
        driver
            .wait_for(&s, |_, src| src.contains("Add information"))
            .await;
        driver
            .type_into(&s, "#body", "White Transit van, registration MK15 XPD")
            .await;
        driver.click(&s, "button[type=submit]").await;
        driver
            .wait_for(&s, |_, src| src.contains("We have added this"))
            .await;
        references.push(reference);
        driver.cmd(&s, "DELETE", "", serde_json::json!({})).await;
    }

    // The analyst of the force the postcode falls in triages it and converts it.
    let s = driver.session().await;
    driver
        .sign_in(&s, Some(&base), "gmp.analyst", PASSWORD)
        .await;
    driver.go(&s, &format!("{base}/triage")).await;
    let queue = driver.source(&s).await;
    for r in &references {
        assert!(queue.contains(r.as_str()), "{r} in the queue: {queue}");
    }
    driver
        .click(&s, "a[href^='/triage/']:not([href$='precision'])")
        .await;
    let (_, item) = driver
        .wait_for(&s, |_, src| src.contains("What the reporter wrote"))
        .await;
    assert!(item.contains("<mark"), "evidence highlighted");
    assert!(item.contains("Retention of identity documents"), "{item}");
    assert!(item.contains("MK15 XPD"));
    driver.click(&s, "#convert button").await;
    let (url, intel) = driver.wait_for(&s, |url, _| url.contains("/intel/")).await;
    assert!(intel.contains("Public report PR-"), "{url}: {intel}");
}
