//! Entity resolution in the product, over HTTP against the real binary: the same people
//! recorded by two forces appear in the review queue with an explanation; decisions are
//! recorded, audited, survive a re-run and override the model; contradicting decisions
//! are flagged; a record the reader may not read is shown only as "held by" its owner;
//! and a person saved through the web form shows likely matches at once.

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::Value;

/// Adds a person at the command line; returns their id.
fn add(db: &Db, user: &str, class: &str, p: [&str; 5]) -> String {
    let [given, family, dob, gender, nationality] = p;
    let out = ok(
        db,
        &[
            "person",
            "add",
            "--as",
            user,
            "--given-name",
            given,
            "--family-name",
            family,
            "--dob",
            dob,
            "--gender",
            gender,
            "--nationality",
            nationality,
            "--classification",
            class,
        ],
        None,
    );
    out.split_whitespace().next().unwrap().to_string()
}

/// The pair's path, smaller id first as the queue links it.
fn pair(a: &str, b: &str) -> String {
    if a < b {
        format!("/matches/{a}/{b}")
    } else {
        format!("/matches/{b}/{a}")
    }
}

async fn decide(
    c: &reqwest::Client,
    base: &str,
    a: &str,
    b: &str,
    verdict: &str,
    reason: &str,
) -> reqwest::Response {
    let (_, html) = page(c, format!("{base}/matches")).await;
    c.post(format!("{base}{}/decide", pair(a, b)))
        .form(&[
            ("csrf", csrf(&html).as_str()),
            ("verdict", verdict),
            ("reason", reason),
            ("back", "/matches"),
        ])
        .send()
        .await
        .unwrap()
}

/// The queue's card for a pair, if the queue lists it.
fn card<'a>(html: &'a str, a: &str, b: &str) -> Option<&'a str> {
    let at = html.find(&format!("href=\"{}\"", pair(a, b)))?;
    let start = html[..at].rfind("<article").unwrap();
    let end = at + html[at..].find("</article>").unwrap();
    Some(&html[start..end])
}

/// Saves a person through the web form as `c`; returns the page of the saved person.
async fn save_in_form(c: &reqwest::Client, base: &str, p: [&str; 5]) -> String {
    let [given, family, dob, gender, nationality] = p;
    let (_, form) = page(c, format!("{base}/people/new")).await;
    let res = c
        .post(format!("{base}/people"))
        .form(&[
            ("csrf", csrf(&form).as_str()),
            ("given_name", given),
            ("family_name", family),
            ("date_of_birth", dob),
            ("gender", gender),
            ("nationality", nationality),
            ("notes", "Saved in the form."),
            ("classification", "OFFICIAL"),
            ("handling_code", "P"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    page(c, format!("{base}{}", location(&res))).await.1
}

/// Sends one Eritrean man born 1995-01-20 in a people batch through the API.
async fn send_in_batch(base: &str, token: &str, source_id: &str, given: &str) {
    let batch = serde_json::json!({ "source": "crm", "records": [{
        "source_id": source_id, "given_name": given, "family_name": "Gebremariam",
        "date_of_birth": "1995-01-20", "gender": "Male", "nationality": "ER",
        "markings": { "classification": "OFFICIAL", "handling_code": "P" } }] });
    let res = post_json(
        &reqwest::Client::new(),
        format!("{base}/api/v1/people/batch"),
        token,
        &batch,
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED);
}

/// Waits for the run started by the button to finish.
async fn wait_for_run(c: &reqwest::Client, base: &str) -> String {
    for _ in 0..200 {
        let (_, html) = page(c, format!("{base}/matches")).await;
        if !html.contains("Running since") && html.contains("Last run at") {
            return html;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the matching run did not finish");
}

crate::on_both_backends!(review_queue_decisions_contradictions_and_markings => review_on_sqlite, review_on_postgres);

async fn review_queue_decisions_contradictions_and_markings(db: Db) {
    setup(&db);
    // The same man recorded by both forces: transliteration, and day and month swapped.
    let mo_a = add(
        &db,
        "inv.a",
        "OFFICIAL",
        ["Mohammed", "Rahimi", "1990-03-04", "Male", "AF"],
    );
    let mo_b = add(
        &db,
        "inv.b",
        "OFFICIAL",
        ["Muhammad", "Rahimi", "1990-04-03", "Male", "AF"],
    );
    // One woman three times: names in swapped order, and only a month of birth.
    let el_1 = add(
        &db,
        "inv.a",
        "OFFICIAL",
        ["Elena", "Popa", "1985-07-12", "Female", "RO"],
    );
    let el_2 = add(
        &db,
        "inv.b",
        "OFFICIAL",
        ["Popa", "Elena", "1985-07-12", "Female", "RO"],
    );
    let el_3 = add(
        &db,
        "inv.a",
        "OFFICIAL",
        ["Elena", "Popa", "1985-07", "Female", "RO"],
    );
    // Force A's record is OFFICIAL-SENSITIVE: not shared with Force B.
    let sv_a = add(
        &db,
        "inv.a",
        "OFFICIAL-SENSITIVE",
        ["Svetlana", "Ivanova", "1979-02-20", "Female", "RU"],
    );
    let sv_b = add(
        &db,
        "inv.b",
        "OFFICIAL",
        ["Svetlana", "Ivanova", "1979-02", "Female", "RU"],
    );

    let out = ok(&db, &["match", "run"], None);
    assert!(out.contains("compared 7 people"), "{out}");

    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let a = signed_in(&base, "inv.a").await;
    let (status, html) = page(&a, format!("{base}/matches")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/matches\">Matches</a>"), "nav link");
    let mo = card(&html, &mo_a, &mo_b).unwrap_or_else(|| panic!("Rahimi pair queued: {html}"));
    assert!(mo.contains("Mohammed") && mo.contains("Muhammad"));
    assert!(
        mo.contains("Force A") && mo.contains("Force B"),
        "both owners"
    );
    // The explanation waterfall: per-field rows with bars drawn by CSS classes.
    assert!(mo.contains("class=\"waterfall\""), "{mo}");
    for row in [
        "Given name",
        "Family name",
        "Date of birth",
        "Starting odds",
    ] {
        assert!(
            mo.contains(&format!("<th scope=\"row\">{row}</th>")),
            "{row}"
        );
    }
    assert!(mo.contains("bar bar-pos w-"), "bars");
    assert!(card(&html, &el_1, &el_2).is_some(), "swapped names queued");
    assert!(card(&html, &el_1, &el_3).is_some(), "partial date queued");
    // Force A may read both Svetlana records.
    assert!(card(&html, &sv_a, &sv_b).is_some());

    // A decision needs a reason.
    let res = decide(&a, &base, &mo_a, &mo_b, "same", "  ").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("There is a problem"));
    let res = decide(
        &a,
        &base,
        &mo_a,
        &mo_b,
        "same",
        "Same father's name and village in both debriefs",
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/matches?done=decided");
    let (_, html) = page(&a, format!("{base}/matches")).await;
    assert!(
        card(&html, &mo_a, &mo_b).is_none(),
        "a decided pair leaves the queue"
    );

    // Re-run from the button: the decision sticks and the pair does not come back.
    let token = csrf(&html);
    let res = post_form(
        &a,
        format!("{base}/matches/run"),
        &[("csrf", token.as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/matches?done=started");
    let html = wait_for_run(&a, &base).await;
    assert!(html.contains("compared 7 people"), "{html}");
    assert!(
        card(&html, &mo_a, &mo_b).is_none(),
        "still decided after re-run"
    );
    let (status, one) = page(&a, format!("{base}{}", pair(&mo_a, &mo_b))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        one.contains("decided <strong>the same person</strong>"),
        "{one}"
    );
    assert!(one.contains("Same father") && one.contains("village in both debriefs"));
    // The person's page shows the match and the decision.
    let (_, person) = page(&a, format!("{base}/people/{mo_a}")).await;
    assert!(person.contains("Possible matches") && person.contains("decided the same person"));

    // A=B and B=C decided the same, A≠C decided not: all three flagged.
    for (x, y, v) in [
        (&el_1, &el_2, "same"),
        (&el_2, &el_3, "same"),
        (&el_1, &el_3, "different"),
    ] {
        let res = decide(&a, &base, x, y, v, "checked the custody photos").await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let (_, html) = page(&a, format!("{base}/matches")).await;
    assert!(
        html.contains("Decisions that contradict each other (3)"),
        "{html}"
    );
    let flagged = card(&html, &el_1, &el_3).expect("contradiction stays in the queue");
    assert!(flagged.contains("match-flagged") && flagged.contains("Contradicts other decisions"));
    // The same pair decided differently by two people is flagged too.
    let a2 = signed_in(&base, "inv.a2").await;
    let res = decide(&a2, &base, &mo_a, &mo_b, "different", "different fathers").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = page(&a, format!("{base}/matches")).await;
    let mo = card(&html, &mo_a, &mo_b).expect("a disputed pair is back in the queue");
    assert!(mo.contains("decided both ways"), "{mo}");

    // Force B sees Force A's sensitive record only as "held by Force A".
    let b = signed_in(&base, "inv.b").await;
    let (status, html) = page(&b, format!("{base}/matches")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("A possible match is held by Force A; contact them."),
        "{html}"
    );
    assert!(!html.contains(&sv_a), "no id of the hidden record");
    assert!(
        !html.contains("1979-02-20"),
        "no date of birth of the hidden record"
    );
    assert!(card(&html, &sv_a, &sv_b).is_none(), "no link to the pair");
    // Nor by the pair's address, and the pair cannot be decided.
    let (status, one) = page(&b, format!("{base}{}", pair(&sv_a, &sv_b))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(one.contains("held by Force A") && !one.contains("1979-02-20") && !one.contains(&sv_a));
    assert!(!one.contains("/decide"), "no decision form");
    let res = decide(&b, &base, &sv_a, &sv_b, "same", "looks like her").await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // The person saved through the web form shows likely matches at once.
    let person = save_in_form(&b, &base, ["Mohamad", "Rahimi", "1990-03-04", "Male", "AF"]).await;
    assert!(person.contains("Possible matches"));
    assert!(person.contains(&format!("/people/{mo_a}")), "{person}");

    // The check keeps its index current: someone recorded at the command line after it
    // was built is found when a near-duplicate is saved through the web form...
    let gu = add(
        &db,
        "inv.a",
        "OFFICIAL",
        ["Gulnara", "Sadykova", "1987-11-02", "Female", "KZ"],
    );
    let person = save_in_form(
        &b,
        &base,
        ["Gulnara", "Sadikova", "1987-11-02", "Female", "KZ"],
    )
    .await;
    assert!(person.contains(&format!("/people/{gu}")), "{person}");
    // ...and so is someone sent in a batch through the API.
    let token = ok(
        &db,
        &["token", "create", "--username", "inv.b", "--name", "t"],
        None,
    )
    .trim()
    .to_string();
    send_in_batch(&base, &token, "c-1", "Tesfay").await;
    let te = add(
        &db,
        "inv.a",
        "OFFICIAL",
        ["Tesfaye", "Gebremariam", "1995-01-20", "Male", "ER"],
    );
    send_in_batch(&base, &token, "c-2", "Tesfaye").await;
    let (_, person) = page(&b, format!("{base}/people/{te}")).await;
    assert!(person.contains("Possible matches"), "{person}");

    // Every decision is in the audit log, with who and why; reads of pairs too.
    let log: Value = serde_json::from_str(&ok(
        &db,
        &["audit", "list", "--json", "--limit", "1000"],
        None,
    ))
    .unwrap();
    let entries = log.as_array().unwrap();
    assert!(entries.iter().any(|e| e["action"] == "match_decide"
        && e["actor_name"] == "inv.a"
        && e["outcome"] == "allowed"
        && e["detail"]
            .as_str()
            .unwrap()
            .contains("same: Same father's name")));
    assert!(entries.iter().any(|e| e["action"] == "match_decide"
        && e["actor_name"] == "inv.b"
        && e["outcome"] == "denied"));
    assert!(entries.iter().any(|e| e["action"] == "list"
        && e["record_type"] == "person_match"
        && e["actor_name"] == "inv.b"
        && e["detail"].as_str().unwrap().contains("held by others")));
    assert!(entries
        .iter()
        .any(|e| e["action"] == "match_run" && e["actor_name"] == "system"));
}

/// "N people in M records" of a summary line of `/picture`.
fn people_and_records(html: &str, id: &str) -> (u64, u64) {
    let at = html.find(&format!("id=\"{id}\">")).expect(id) + id.len() + 6;
    let rest = &html[at..];
    let people: u64 = rest[..rest.find('<').unwrap()].parse().unwrap();
    let after = &rest[rest.find("people in ").unwrap() + 10..];
    let records: u64 = after[..after.find(' ').unwrap()].parse().unwrap();
    (people, records)
}

/// Every pair the queue links to, once.
fn pairs_in(html: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = html
        .match_indices("href=\"/matches/")
        .filter_map(|(at, _)| {
            let path = &html[at + 15..];
            let path = &path[..path.find('"')?];
            let (a, b) = path.split_once('/')?;
            (a.len() == 36 && b.len() == 36).then(|| (a.to_string(), b.to_string()))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

crate::on_both_backends!(the_strategic_picture_counts_resolved_people_once => picture_on_sqlite, picture_on_postgres);

/// The demo's victims recorded by several forces count once in the strategic picture;
/// analysts' decisions change what counts as one person; small counts are hidden; the
/// picture is for analysts only, on the page and through the API.
async fn the_strategic_picture_counts_resolved_people_once(db: Db) {
    ok(&db, &["demo", "--load-only", "--database", &db.url], None);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let nat = demo_signed_in(&base, "national").await;
    let (status, html) = page(&nat, format!("{base}/picture")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("href=\"/picture\""), "in the analyst's menu");
    let (people, records) = people_and_records(&html, "victims");
    assert!(
        people < records,
        "victims recorded by several forces count once: {people} people in {records} records"
    );
    assert!(html.contains("fewer than 3"), "small counts are hidden");
    assert!(
        !html.contains("Kovalenko") && !html.contains("Al-Hassan"),
        "no names"
    );

    // A person in a group shows the others on their page.
    let (_, queue) = page(&nat, format!("{base}/matches")).await;
    let pairs = pairs_in(&queue);
    assert!(!pairs.is_empty(), "{queue}");
    let mut grouped = 0;
    for (a, _) in &pairs {
        let (_, p) = page(&nat, format!("{base}/people/{a}")).await;
        if p.contains("The same person in other records") {
            grouped += 1;
        }
    }
    assert!(
        grouped > 0,
        "some demo people are recorded by several forces"
    );

    // Deciding every pair "not the same" makes every record a person of its own.
    for (a, b) in &pairs {
        let res = decide(&nat, &base, a, b, "different", "checked with both forces").await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let (_, html) = page(&nat, format!("{base}/picture")).await;
    let (after, records_after) = people_and_records(&html, "victims");
    assert_eq!(records_after, records);
    assert!(
        after > people,
        "{after} people after the decisions, {people} before"
    );
    for (a, _) in &pairs {
        let (_, p) = page(&nat, format!("{base}/people/{a}")).await;
        assert!(!p.contains("The same person in other records"));
    }

    // Through the API, with a token; limited to one force area.
    let token = ok(
        &db,
        &["token", "create", "--username", "national", "--name", "t"],
        None,
    )
    .trim()
    .to_string();
    let api = reqwest::Client::new();
    let res = get_auth(&api, format!("{base}/api/v1/picture?force=gmp"), &token).await;
    assert_eq!(res.status(), StatusCode::OK);
    let json: Value = res.json().await.unwrap();
    assert_eq!(json["force"], "Greater Manchester Police");
    assert!(json["sections"].as_array().unwrap().len() >= 3);
    let res = get_auth(
        &api,
        format!("{base}/api/v1/picture?force=atlantis"),
        &token,
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Investigators work cases, not the picture: no menu entry, and refused.
    let inv = demo_signed_in(&base, "investigator").await;
    let (_, home) = page(&inv, format!("{base}/cases")).await;
    assert!(!home.contains("href=\"/picture\""));
    let (status, _) = page(&inv, format!("{base}/picture")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let log = ok(&db, &["audit", "list", "--json", "--limit", "2000"], None);
    assert!(log.contains("counted for the strategic picture; no record shown"));
    assert!(log.contains("the strategic picture is for analysts"));

    same_phone_and_place_across_forces(&db, &base).await;
}

/// The demo's phone and car wash, recorded by West Midlands (in Op Anchor's team) and by
/// Greater Manchester in their own spelling, are found as the same phone and the same
/// place; Greater Manchester's analyst learns only who holds West Midlands' records.
async fn same_phone_and_place_across_forces(db: &Db, base: &str) {
    let api = reqwest::Client::new();
    let entities = |token: String| {
        let api = api.clone();
        async move {
            let res = get_auth(&api, format!("{base}/api/v1/entities?limit=500"), &token).await;
            assert_eq!(res.status(), StatusCode::OK);
            let json: Value = res.json().await.unwrap();
            json["items"].as_array().unwrap().clone()
        }
    };
    let find = |items: &[Value], value: &str| -> String {
        items
            .iter()
            .find(|e| e["value"] == value)
            .unwrap_or_else(|| panic!("{value} in {items:?}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // West Midlands' investigator sees Greater Manchester's OFFICIAL records of both.
    let inv_token = api_token(db, "investigator");
    let theirs = entities(inv_token.clone()).await;
    for (own, other) in [
        ("07700 900123", "+44 (0)7700 900 123"),
        (
            "Unit 3, Coventry Road, Birmingham B10 0XX",
            "Unit 3 Coventry Rd, B100XX",
        ),
    ] {
        let id = find(&theirs, own);
        let res = get_auth(
            &api,
            format!("{base}/api/v1/entities/{id}/same"),
            &inv_token,
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK);
        let same: Value = res.json().await.unwrap();
        let items = same["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{same}");
        assert_eq!(items[0]["type"], "shown");
        assert_eq!(items[0]["value"], other);
    }
    // Greater Manchester's analyst may not read Op Anchor's records: only who holds them,
    // on the page and through the API, and never their details.
    let an_token = api_token(db, "analyst");
    let mine = entities(an_token.clone()).await;
    assert!(!mine.iter().any(|e| e["value"] == "07700 900123"));
    let phone = find(&mine, "+44 (0)7700 900 123");
    let res = get_auth(
        &api,
        format!("{base}/api/v1/entities/{phone}/same"),
        &an_token,
    )
    .await;
    let same: Value = res.json().await.unwrap();
    assert_eq!(same["items"][0]["type"], "held", "{same}");
    assert_eq!(same["items"][0]["records"], 1);
    assert!(!same.to_string().contains("topped up"), "{same}");
    let an = demo_signed_in(base, "analyst").await;
    let (status, html) = page(&an, format!("{base}/entities/{phone}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("The same phone number in other records"),
        "{html}"
    );
    assert!(
        html.contains("A record held by West Midlands Police that you cannot see: contact them."),
        "{html}"
    );
    assert!(!html.contains("topped up in cash"));
    // The same for the place.
    let (_, html) = page(
        &an,
        format!(
            "{base}/entities/{}",
            find(&mine, "Unit 3 Coventry Rd, B100XX")
        ),
    )
    .await;
    assert!(html.contains("held by West Midlands Police"));
    let log = ok(db, &["audit", "list", "--json", "--limit", "3000"], None);
    assert!(
        log.contains("records of the same phone as"),
        "the view is audited"
    );
    assert!(log.contains("held by others, owner named only"));
}
