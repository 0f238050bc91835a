//! Network analysis in the product, over HTTP against the real binary: an analyst sees a
//! network joined by a shared phone and a shared address; a person recorded by two forces
//! and decided the same is one node and counts once; an investigator of another force sees
//! nothing that markings hide (not in the page, the JSON or the SVG); the path between
//! two people is found; and the demo data holds organised networks across forces.

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

crate::on_both_backends!(networks_paths_and_markings => network_on_sqlite, network_on_postgres);

const OFFICIAL: &str = "OFFICIAL";
const SENSITIVE: &str = "OFFICIAL-SENSITIVE";
/// The man both forces record.
const VICTOR: [&str; 5] = ["Victor", "Lupu", "1990-02-03", "Male", "MD"];

struct Api {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Api {
    async fn create(&self, what: &str, body: Value, class: &str) -> String {
        let mut body = body;
        body["markings"] = json!({ "classification": class, "handling_code": "P" });
        let res = post_json(
            &self.http,
            format!("{}/api/v1/{what}", self.base),
            &self.token,
            &body,
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED, "create {what}: {body}");
        res.json::<Value>().await.unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// A person: names, date of birth, gender and nationality.
    async fn person(&self, p: [&str; 5], class: &str) -> String {
        let [given, family, dob, gender, nationality] = p;
        self.create(
            "people",
            json!({ "given_name": given, "family_name": family, "date_of_birth": dob,
                    "gender": gender, "nationality": nationality }),
            class,
        )
        .await
    }

    async fn entity(&self, kind: &str, value: &str, class: &str) -> String {
        self.create("entities", json!({ "kind": kind, "value": value }), class)
            .await
    }

    async fn link(&self, from: (&str, &str), to: (&str, &str), t: &str, class: &str) -> String {
        self.create(
            "links",
            json!({ "from": { "type": from.0, "id": from.1 }, "to": { "type": to.0, "id": to.1 },
                    "link_type": t, "source": "network test" }),
            class,
        )
        .await
    }

    async fn get(&self, path: &str) -> (StatusCode, String) {
        let res = get_auth(&self.http, format!("{}{path}", self.base), &self.token).await;
        (res.status(), res.text().await.unwrap())
    }

    async fn json(&self, path: &str) -> Value {
        let (status, body) = self.get(path).await;
        assert_eq!(status, StatusCode::OK, "{path}: {body}");
        serde_json::from_str(&body).unwrap()
    }
}

fn api(base: &str, db: &Db, user: &str) -> Api {
    Api {
        http: reqwest::Client::new(),
        base: base.to_string(),
        token: api_token(db, user),
    }
}

async fn networks_paths_and_markings(db: Db) {
    setup(&db);
    ok(
        &db,
        &[
            "user",
            "add",
            "--username",
            "analyst.a",
            "--role",
            "force_analyst",
            "--org",
            "Force A",
            "--password-stdin",
        ],
        Some(PASSWORD),
    );
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let a = api(&base, &db, "inv.a");
    let b = api(&base, &db, "inv.b");
    let analyst = api(&base, &db, "analyst.a");

    // Force A: Victor and Dana share a phone; a suspect Force B may not see uses it too.
    let victor_a = a.person(VICTOR, OFFICIAL).await;
    let dana = a
        .person(["Dana", "Rusu", "1985-11-20", "Female", "RO"], OFFICIAL)
        .await;
    let hidden = a
        .person(
            ["Gheorghe", "Ascuns", "1972-06-01", "Male", "RO"],
            SENSITIVE,
        )
        .await;
    let phone = a.entity("phone", "07700 900555", OFFICIAL).await;
    let van = a.entity("vehicle", "HD21 XYZ", SENSITIVE).await;
    for p in [&victor_a, &dana, &hidden] {
        a.link(("person", p), ("entity", &phone), "uses_phone", OFFICIAL)
            .await;
    }
    let van_link = a
        .link(("person", &dana), ("entity", &van), "drives", SENSITIVE)
        .await;
    // Force B: Victor again (the same man), sharing an address with Ilie.
    let victor_b = b.person(VICTOR, OFFICIAL).await;
    let ilie = b
        .person(["Ilie", "Marin", "2001-09-14", "Male", "UA"], OFFICIAL)
        .await;
    let house = b
        .entity("location", "5 Mill Lane, Leeds LS1 4AB", OFFICIAL)
        .await;
    for p in [&victor_b, &ilie] {
        b.link(("person", p), ("entity", &house), "lives_at", OFFICIAL)
            .await;
    }
    // Force A knows Dana and Ilie are associates, at a marking Force B cannot read.
    let secret_link = a
        .link(
            ("person", &dana),
            ("person", &ilie),
            "associate_of",
            SENSITIVE,
        )
        .await;

    // Matching proposes the pair; an analyst decides they are the same man.
    ok(&db, &["match", "run"], None);
    let web = signed_in(&base, "analyst.a").await;
    let (_, html) = page(&web, format!("{base}/matches")).await;
    let (x, y) = if victor_a < victor_b {
        (&victor_a, &victor_b)
    } else {
        (&victor_b, &victor_a)
    };
    let res = web
        .post(format!("{base}/matches/{x}/{y}/decide"))
        .form(&[
            ("csrf", csrf(&html).as_str()),
            ("verdict", "same"),
            (
                "reason",
                "Same name, date of birth and nationality; both use the phone",
            ),
            ("back", "/matches"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The analyst sees one network joined by the phone and the address: Victor once,
    // Dana, Ilie and the suspect; five records of four people.
    let n = analyst.json("/api/v1/networks").await;
    let first = &n["networks"][0];
    assert_eq!(n["networks"].as_array().unwrap().len(), 1, "{n}");
    assert_eq!(first["people"], 4, "{n}");
    assert_eq!(first["person_records"], 5, "{n}");
    let shared: Vec<&str> = first["shared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(shared.contains(&phone.as_str()), "{n}");
    assert!(shared.contains(&house.as_str()), "{n}");
    let victor_node = x.as_str();
    let (status, html) = page(&web, format!("{base}/networks")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(
            "<span class=\"network-people\">4</span> <span class=\"muted\">(5 records)</span>"
        ),
        "{html}"
    );
    assert!(html.contains("href=\"/networks\">Networks</a>"), "nav link");

    // Force B's investigator: Victor once, Dana (OFFICIAL), Ilie; never the suspect, the
    // van or the two OFFICIAL-SENSITIVE links, in any form.
    let n = b.json("/api/v1/networks").await;
    assert_eq!(n["networks"][0]["people"], 3, "{n}");
    assert_eq!(n["networks"][0]["person_records"], 4, "{n}");
    // For Force B the network is a chain, Dana - phone - Victor - address - Ilie: Victor
    // joins the phone's people to the address's, the most central person and a broker.
    let first = &n["networks"][0];
    assert_eq!(first["central"][0]["id"], victor_node, "{n}");
    assert_eq!(first["central"][0]["records"], json!([x, y]), "{n}");
    assert!(
        first["brokers"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["id"] == victor_node),
        "{n}"
    );
    let hidden_things = [
        hidden.as_str(),
        van.as_str(),
        van_link.as_str(),
        secret_link.as_str(),
        "Gheorghe",
        "ASCUNS",
        "HD21",
    ];
    let inv_b = signed_in(&base, "inv.b").await;
    let ego_api = b.json(&format!("/api/v1/people/{victor_b}/network")).await;
    let (_, ego_html) = page(&inv_b, format!("{base}/people/{victor_b}/network")).await;
    let (svg_status, svg) = page(&inv_b, format!("{base}/people/{victor_b}/network.svg")).await;
    let (_, dana_html) = page(&inv_b, format!("{base}/people/{dana}/network?hops=3")).await;
    assert_eq!(svg_status, StatusCode::OK);
    let (_, list_html) = page(&inv_b, format!("{base}/networks")).await;
    for (what, body) in [
        ("networks JSON", n.to_string()),
        ("ego JSON", ego_api.to_string()),
        ("ego page", ego_html.clone()),
        ("Dana's ego page", dana_html),
        ("SVG", svg.clone()),
        ("networks page", list_html),
    ] {
        for h in hidden_things {
            assert!(!body.contains(h), "{what} shows {h}: {body}");
        }
    }
    assert_eq!(ego_api["network"]["people"], 3, "{ego_api}");
    assert_eq!(ego_api["network"]["entities"], 2, "{ego_api}");
    // The chart: an SVG with a title and description, each node a link to its record,
    // and the same nodes in the table.
    assert!(svg.starts_with("<?xml"), "{svg}");
    assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    for page_part in [&svg, &ego_html] {
        assert!(page_part.contains("<title id=\"net-title\">Link chart: Victor LUPU"));
        assert!(page_part.contains("<desc id=\"net-desc\">3 people and 2 entities"));
        assert!(page_part.contains(&format!("<a href=\"/people/{ilie}\"")));
        assert!(page_part.contains(&format!("<a href=\"/entities/{house}\"")));
    }
    assert!(ego_html.contains("id=\"network-nodes\""));
    assert!(ego_html.contains("Victor LUPU (2 records)"));
    assert!(!ego_html.contains("<script>") && !ego_html.contains("style=\""));
    // Force B may not open the hidden suspect's network at all.
    let (status, _) = page(&inv_b, format!("{base}/people/{hidden}/network")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = b.get(&format!("/api/v1/people/{hidden}/network")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The path from Dana to Ilie: for Force B through the phone, Victor and the address
    // (4 links); for Force A's analyst, the associate link (1).
    let c = b
        .json(&format!("/api/v1/people/{dana}/network?to={ilie}"))
        .await;
    let conn = &c["connection"];
    assert_eq!(conn["length"], 4, "{c}");
    let along: Vec<&str> = conn["paths"][0]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        along,
        vec![
            dana.as_str(),
            phone.as_str(),
            victor_node,
            house.as_str(),
            ilie.as_str()
        ]
    );
    assert_eq!(conn["paths"][0]["steps"][0]["types"], json!(["uses phone"]));
    let c = analyst
        .json(&format!("/api/v1/people/{dana}/network?to={ilie}"))
        .await;
    assert_eq!(c["connection"]["length"], 1, "{c}");
    // On the page, by name.
    let (_, html) = page(
        &inv_b,
        format!("{base}/people/{dana}/network?to=Ilie+Marin"),
    )
    .await;
    assert!(html.contains("is connected to"), "{html}");
    assert!(html.contains("in 4 links"), "{html}");
    let (_, html) = page(
        &inv_b,
        format!("{base}/people/{dana}/network?to=Nobody+Here"),
    )
    .await;
    assert!(html.contains("No one you can see matches"), "{html}");
    // The person page links to the network.
    let (_, html) = page(&inv_b, format!("{base}/people/{dana}")).await;
    assert!(html.contains(&format!("href=\"/people/{dana}/network\"")));

    // Bad input is named.
    let (status, body) = b
        .get(&format!("/api/v1/people/{dana}/network?hops=9"))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("hops") && body.contains("1 to 3"), "{body}");
    let (status, body) = b
        .get(&format!("/api/v1/people/{dana}/network?to=someone"))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("\"field\":\"to\""), "{body}");

    // Each read is audited with what it handed over; Force B's never names the suspect.
    let admin = api(&base, &db, "admin");
    let log = admin
        .json("/api/v1/audit?actor=inv.b&record_type=network&limit=100")
        .await;
    let entries = log["items"].as_array().unwrap();
    assert!(!entries.is_empty(), "{log}");
    assert!(entries
        .iter()
        .any(|e| e["detail"].as_str().unwrap().contains(&dana)));
    assert!(entries
        .iter()
        .all(|e| !e["detail"].as_str().unwrap().contains(&hidden)));

    // The OpenAPI document describes the endpoints.
    let doc = b.json("/api/v1/openapi.json").await;
    assert!(doc["paths"]["/networks"]["get"].is_object());
    assert!(doc["paths"]["/people/{id}/network"]["get"].is_object());
    assert!(doc["components"]["schemas"]["EgoNetwork"].is_object());
}

#[tokio::test]
async fn demo_networks_span_forces_and_respect_case_teams() {
    let db = Db::sqlite();
    // The hand-written demo alone (no synthetic picture), whose three networks are known.
    ok(
        &db,
        &["demo", "--load-only", "--scale", "0", "--database", &db.url],
        None,
    );
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let people = |v: &Value| -> Vec<i64> {
        v["networks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["people"].as_i64().unwrap())
            .collect()
    };
    // The national analyst: the agency network (three organisations' records, people
    // counted once) and Greater Manchester's advert network.
    let national = api(&base, &db, "national");
    let n = national.json("/api/v1/networks").await;
    let agency = &n["networks"][0];
    assert!(
        agency["person_records"].as_i64().unwrap() > agency["people"].as_i64().unwrap(),
        "records of one person count once: {agency}"
    );
    assert!(
        agency["shared"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["label"] == "Phone number: 07700 900456"),
        "{agency}"
    );
    // And Greater Manchester's record of Ion with its own records of Op Anchor's phone
    // and car wash (the Op Anchor side is the team's alone).
    assert_eq!(people(&n).len(), 3, "{n}");
    assert!(n["networks"][2].to_string().contains("Ion POPESCU"), "{n}");
    // Op Anchor's investigator sees the car wash joined to the agency through the
    // supervisor's calls; a colleague outside the team does not.
    let anchor_n = api(&base, &db, "investigator")
        .json("/api/v1/networks")
        .await;
    let anchor = people(&anchor_n);
    // Op Anchor's phone and Greater Manchester's record of it are one node for a reader
    // who may see both.
    assert!(
        anchor_n
            .to_string()
            .contains("Phone number: 07700 900123 (2 records)"),
        "{anchor_n}"
    );
    let colleague_n = api(&base, &db, "wmp.colleague")
        .json("/api/v1/networks")
        .await;
    let colleague = people(&colleague_n);
    assert!(anchor[0] > colleague[0], "{anchor:?} vs {colleague:?}");
    assert!(
        !colleague_n.to_string().contains("DUMITRU"),
        "{colleague_n}"
    );
    // Other forces do not see Greater Manchester's OFFICIAL-SENSITIVE advert network.
    assert!(!colleague_n.to_string().contains("07700 900789"));
}
