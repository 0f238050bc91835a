//! Web upload of import files, over HTTP and in headless Chromium (JavaScript off) against
//! the real binary: a file with bad rows is previewed with every bad cell (line, column,
//! value, reason) and its import refused with nothing written; with "import the valid
//! rows" the good rows load and the rejected ones can be downloaded; the same file twice
//! adds nothing; a rollback from /imports removes the batch; a role that may not import
//! gets 403; a file over the limit, a missing file and a mapping that does not fit are
//! named on the form; and cases go through the same pages as people.

mod common;

use common::*;
use reqwest::StatusCode;

/// Semicolons, a date in the source's own format, coded genders, a column nobody needs,
/// and two bad rows (a month 13; a gender code the mapping does not know).
const FILE: &str = "PersonID;Forename;Surname;DOB;Sex;Shoe size\n\
A1;Ana;Popescu;12/03/1990;F;38\n\
A2;Minh;Nguyen;1985-13-01;M;42\n\
A3;Zoe;Okafor;;X;39\n\
A4;Lan;Tran;1999;F;36\n";

const MAPPING: &str = "source = \"Force A Niche\"\n\
id_column = \"PersonID\"\n\
date_format = \"%d/%m/%Y\"\n\
[columns]\n\
given_name = \"Forename\"\n\
family_name = \"Surname\"\n\
date_of_birth = \"DOB\"\n\
gender = \"Sex\"\n\
[values.gender]\n\
M = \"Male\"\n\
F = \"Female\"\n";

/// A multipart/form-data body, built by hand: text fields, then files as (field, name, bytes).
fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----sightline-test-boundary-7d1f";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                .as_bytes(),
        );
    }
    for (name, file_name, bytes) in files {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Uploads `file` through the form; returns the response (a redirect to the preview when
/// the form was accepted).
async fn upload(
    c: &reqwest::Client,
    base: &str,
    csrf_token: &str,
    file: &[u8],
    skip_invalid: bool,
) -> reqwest::Response {
    upload_kind(
        c,
        base,
        csrf_token,
        "person",
        MAPPING,
        "niche-export.csv",
        file,
        skip_invalid,
    )
    .await
}

/// Uploads a file of any kind with a mapping typed into the form.
#[allow(clippy::too_many_arguments)]
async fn upload_kind(
    c: &reqwest::Client,
    base: &str,
    csrf_token: &str,
    kind: &str,
    mapping: &str,
    file_name: &str,
    file: &[u8],
    skip_invalid: bool,
) -> reqwest::Response {
    post_upload(
        c,
        base,
        &[
            ("csrf", csrf_token),
            ("kind", kind),
            ("format", ""),
            ("source", ""),
            ("mapping_text", mapping),
            ("skip_invalid", if skip_invalid { "yes" } else { "no" }),
            ("classification", "OFFICIAL-SENSITIVE"),
            ("handling_code", "P"),
            ("handling_conditions", ""),
            ("case_team", ""),
            ("purpose", "test import"),
        ],
        &[("file", file_name, file), ("mapping_file", "", b"")],
    )
    .await
}

/// Submits the upload form as a browser would: `fields`, then `files`.
async fn post_upload(
    c: &reqwest::Client,
    base: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
) -> reqwest::Response {
    let (ctype, body) = multipart(fields, files);
    c.post(format!("{base}/imports/upload"))
        .header("content-type", ctype)
        .body(body)
        .send()
        .await
        .unwrap()
}

/// The CSRF token of the page at `path`.
async fn token(c: &reqwest::Client, base: &str, path: &str) -> String {
    let (status, html) = page(c, format!("{base}{path}")).await;
    assert_eq!(status, StatusCode::OK, "{path}: {html}");
    csrf(&html)
}

/// The count of people whose family name is `name`, as the person sees in /people.
async fn people_named(c: &reqwest::Client, base: &str, name: &str) -> usize {
    let (_, html) = page(c, format!("{base}/people")).await;
    html.matches(name).count()
}

crate::on_both_backends!(upload_preview_refuse_skip_reimport_and_rollback_over_http => upload_over_http_on_sqlite, upload_over_http_on_postgres);

async fn upload_preview_refuse_skip_reimport_and_rollback_over_http(db: Db) {
    setup(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let c = signed_in(&base, "inv.a").await;

    // The navigation leads to Imports; the list has the way to upload.
    let (_, cases) = page(&c, format!("{base}/cases")).await;
    assert!(cases.contains("href=\"/imports\""), "nav has Imports");
    let (status, list) = page(&c, format!("{base}/imports")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("href=\"/imports/upload\""));
    assert!(list.contains("No imports yet"));

    // Upload the file with bad rows, all or nothing: the preview names every bad cell.
    let t = token(&c, &base, "/imports/upload").await;
    let res = upload(&c, &base, &t, FILE.as_bytes(), false).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER, "upload accepted");
    let preview = location(&res);
    assert!(preview.starts_with("/imports/"), "{preview}");
    let (status, html) = page(&c, format!("{base}{preview}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("semicolon (;)"), "delimiter detected: {html}");
    assert!(html.contains(">UTF-8<"), "encoding shown");
    assert!(
        html.contains("<span class=\"tag\">Shoe size</span>"),
        "ignored column named"
    );
    assert!(
        html.contains(
            "<strong>2</strong> rows are ready to import; <strong>2</strong> rows have errors"
        ),
        "{html}"
    );
    // Bad cells: line, column, value, reason.
    assert!(
        html.contains("<th scope=\"row\">3</th><td>DOB</td><td>1985-13-01</td><td>"),
        "bad date shown with its line: {html}"
    );
    assert!(
        html.contains("<th scope=\"row\">4</th><td>Sex</td><td>X</td><td>"),
        "bad gender shown"
    );
    // The first rows as they will be stored: normalised date and gender label.
    assert!(
        html.contains("<td>1990-03-12</td><td>Female</td>"),
        "normalised sample"
    );
    assert!(
        !html.contains("id=\"import\""),
        "no import button while rows are bad"
    );
    assert!(html.contains("You cannot import this file yet"));

    // The whole report downloads as CSV.
    let res = c
        .get(format!("{base}{preview}/errors.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let report = res.text().await.unwrap();
    assert!(
        report.starts_with("file,line,column,value,reason"),
        "{report}"
    );
    assert!(
        report.contains("niche-export.csv,3,DOB,1985-13-01,"),
        "{report}"
    );

    // Importing anyway is refused and writes nothing.
    let t = csrf(&html);
    let res = post_form(
        &c,
        format!("{base}{preview}/import"),
        &[("csrf", t.as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused = res.text().await.unwrap();
    assert!(refused.contains("There is a problem") && refused.contains("nothing was imported"));
    assert_eq!(
        people_named(&c, &base, "Ana POPESCU").await,
        0,
        "nothing written"
    );
    let (_, list) = page(&c, format!("{base}/imports")).await;
    assert!(list.contains("No imports yet"));

    // Without the CSRF token nothing happens.
    let res = post_form(&c, format!("{base}{preview}/import"), &[("csrf", "forged")]).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // Cancel deletes the upload.
    let res = post_form(
        &c,
        format!("{base}{preview}/cancel"),
        &[("csrf", t.as_str())],
    )
    .await;
    assert_eq!(location(&res), "/imports?cancelled=1");
    let (status, _) = page(&c, format!("{base}{preview}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "cancelled upload is gone");

    // With "import the valid rows", the good rows load and the rejected ones download.
    let res = upload(&c, &base, &t, FILE.as_bytes(), true).await;
    let preview = location(&res);
    let (_, html) = page(&c, format!("{base}{preview}")).await;
    assert!(html.contains("id=\"import\""), "import offered: {html}");
    assert!(html.contains("Import 2 rows"));
    let res = post_form(
        &c,
        format!("{base}{preview}/import"),
        &[("csrf", t.as_str())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("{preview}/done"));
    let (_, done) = page(&c, format!("{base}{preview}/done")).await;
    assert!(done.contains("<dd id=\"written\">2</dd>"), "{done}");
    assert!(done.contains("<dd id=\"existing\">0</dd>"));
    assert!(done.contains("<dd id=\"rejected\">2</dd>"));
    let rejected = c
        .get(format!("{base}{preview}/rejected"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(rejected.contains("sightline_errors"), "{rejected}");
    assert!(rejected.contains("A2") && rejected.contains("A3") && !rejected.contains("A1"));
    assert_eq!(people_named(&c, &base, "Ana POPESCU").await, 1);
    assert_eq!(people_named(&c, &base, "Lan TRAN").await, 1);
    // A second click on the import button imports nothing more.
    let res = post_form(
        &c,
        format!("{base}{preview}/import"),
        &[("csrf", t.as_str())],
    )
    .await;
    assert_eq!(location(&res), format!("{preview}/done"));

    // The same file again adds nothing.
    let res = upload(&c, &base, &t, FILE.as_bytes(), true).await;
    let again = location(&res);
    let res = post_form(&c, format!("{base}{again}/import"), &[("csrf", t.as_str())]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, done) = page(&c, format!("{base}{again}/done")).await;
    assert!(done.contains("<dd id=\"written\">0</dd>"), "{done}");
    assert!(done.contains("<dd id=\"existing\">2</dd>"));
    assert_eq!(
        people_named(&c, &base, "Ana POPESCU").await,
        1,
        "not duplicated"
    );

    // Both batches are listed; rolling back the first removes its people.
    let (_, list) = page(&c, format!("{base}/imports")).await;
    assert_eq!(list.matches("<td>Force A Niche</td>").count(), 2, "{list}");
    let first = done_batch(&c, &base, &preview).await;
    let (status, confirm) = page(&c, format!("{base}/imports/batches/{first}/rollback")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(confirm.contains("Roll back this batch"));
    let res = post_form(
        &c,
        format!("{base}/imports/batches/{first}/rollback"),
        &[("csrf", csrf(&confirm).as_str()), ("purpose", "test")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), format!("/imports?rolled_back={first}"));
    assert_eq!(
        people_named(&c, &base, "Ana POPESCU").await,
        0,
        "rolled back"
    );
    let (_, list) = page(&c, format!("{base}/imports")).await;
    assert!(list.contains("Rolled back"));

    // Every step is in the audit log.
    let admin = signed_in(&base, "admin").await;
    let (_, audit) = page(
        &admin,
        format!("{base}/admin/audit?record_type=import_upload"),
    )
    .await;
    for action in ["upload", "preview", "cancel", "export"] {
        assert!(audit.contains(action), "audited {action}: {audit}");
    }
    let (_, audit) = page(
        &admin,
        format!("{base}/admin/audit?record_type=import_batch"),
    )
    .await;
    assert!(
        audit.contains("import") && audit.contains("rollback"),
        "{audit}"
    );

    // A role that may not import is refused, and the nav does not offer it.
    assert!(
        !audit.contains("href=\"/imports\""),
        "no Imports in the admin's nav"
    );
    for path in [
        "/imports",
        "/imports/upload",
        &format!("/imports/batches/{first}/rollback"),
    ] {
        let (status, _) = page(&admin, format!("{base}{path}")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
    }
    let t = token(&admin, &base, "/cases").await;
    let res = upload(&admin, &base, &t, FILE.as_bytes(), true).await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // Another user cannot see this user's upload.
    let other = signed_in(&base, "inv.a2").await;
    let (status, _) = page(&other, format!("{base}{again}/done")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The batch id shown on an import's result page.
async fn done_batch(c: &reqwest::Client, base: &str, preview: &str) -> String {
    let (_, done) = page(c, format!("{base}{preview}/done")).await;
    let at = done.find("<span id=\"batch-id\">").unwrap() + 20;
    done[at..at + 36].to_string()
}

#[tokio::test]
async fn form_errors_are_named_and_other_kinds_use_the_same_pages() {
    let db = Db::sqlite();
    setup(&db);
    let server = Server::start(&db, &["--upload-limit-mb", "1"]);
    let base = server.url.clone();
    let c = signed_in(&base, "inv.a").await;
    let t = token(&c, &base, "/imports/upload").await;
    let mut big = FILE.as_bytes().to_vec();
    while big.len() <= 1024 * 1024 {
        big.extend_from_slice(b"A9;Ana;Popescu;12/03/1990;F;38\n");
    }
    let res = upload(&c, &base, &t, &big, false).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let html = res.text().await.unwrap();
    assert!(html.contains("There is a problem"), "{html}");
    assert!(html.contains("href=\"#file\"") && html.contains("larger than 1 MB"));

    // No file at all is named too.
    let res = post_upload(&c, &base, &[("csrf", t.as_str()), ("kind", "person")], &[]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Choose a file to upload"));

    // A mapping that names a field people do not have is named, beside its box too.
    let res = post_upload(
        &c,
        &base,
        &[
            ("csrf", t.as_str()),
            ("kind", "person"),
            ("mapping_text", "[columns]\nshoe_size = \"Shoe\"\n"),
            ("classification", "OFFICIAL"),
            ("handling_code", "P"),
        ],
        &[("file", "x.csv", FILE.as_bytes())],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("href=\"#mapping_text\""), "{html}");
    assert!(html.contains("id=\"mapping_text-error\""), "{html}");
    assert!(html.contains("shoe_size"));

    // Other kinds go through the same pages: cases, from JSON Lines, shown as read.
    let cases = b"{\"source_id\": \"C1\", \"reference\": \"OP-UPL-1\", \"title\": \"Operation Tidal\", \"exploitation_types\": \"labour\"}\n";
    let res = upload_kind(&c, &base, &t, "case", "", "cases.jsonl", cases, false).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let preview = location(&res);
    let (_, html) = page(&c, format!("{base}{preview}")).await;
    assert!(
        html.contains("<dd>Cases</dd>") && html.contains("JSON Lines"),
        "{html}"
    );
    assert!(html.contains("rows as read") && html.contains("Operation Tidal"));
    let res = post_form(
        &c,
        format!("{base}{preview}/import"),
        &[("csrf", t.as_str())],
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::SEE_OTHER,
        "{}",
        res.text().await.unwrap()
    );
    let (_, done) = page(&c, format!("{base}{preview}/done")).await;
    assert!(done.contains("<dd id=\"written\">1</dd>"), "{done}");
    let (_, list) = page(&c, format!("{base}/cases")).await;
    assert!(list.contains("Operation Tidal"));
}

#[tokio::test]
async fn browser_uploads_previews_imports_and_rolls_back_without_javascript() {
    let Some(driver) = Driver::start().await else {
        eprintln!("chromedriver not found: skipping the browser journey");
        return;
    };
    let db = Db::sqlite();
    setup(&db);
    let server = Server::start(&db, &[]);
    let base = server.url.clone();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("niche-export.csv");
    std::fs::write(&file, FILE).unwrap();
    let mapping = dir.path().join("niche.toml");
    std::fs::write(&mapping, MAPPING).unwrap();

    let s = driver.session_with(false).await;
    driver.sign_in(&s, Some(&base), "inv.a", PASSWORD).await;
    driver.click(&s, "a[href='/imports']").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/imports"))
        .await;
    driver.click(&s, "a[href='/imports/upload']").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/imports/upload"))
        .await;

    // All or nothing: the preview shows the bad cells and offers no import.
    driver
        .type_into(&s, "#file", &file.display().to_string())
        .await;
    driver
        .type_into(&s, "#mapping_file", &mapping.display().to_string())
        .await;
    driver.click(&s, "button[type=submit].button").await;
    let (_, html) = driver
        .wait_for(&s, |url, src| {
            url.contains("/imports/") && src.contains("Preview of")
        })
        .await;
    assert!(
        html.contains("1985-13-01") && html.contains("DOB"),
        "{html}"
    );
    assert!(html.contains("You cannot import this file yet"));
    assert!(!html.contains("id=\"import\""));
    driver.click(&s, "#cancel").await;
    driver
        .wait_for(&s, |url, _| url.contains("/imports?cancelled=1"))
        .await;

    // Import the valid rows.
    driver.go(&s, &format!("{base}/imports/upload")).await;
    driver
        .type_into(&s, "#file", &file.display().to_string())
        .await;
    driver
        .type_into(&s, "#mapping_file", &mapping.display().to_string())
        .await;
    driver.click(&s, "#skip_invalid").await;
    driver.click(&s, "button[type=submit].button").await;
    driver
        .wait_for(&s, |_, src| src.contains("Import 2 rows"))
        .await;
    driver.click(&s, "#import").await;
    let (_, done) = driver.wait_for(&s, |url, _| url.ends_with("/done")).await;
    assert!(done.contains("<dd id=\"written\">2</dd>"), "{done}");
    assert!(done.contains("<dd id=\"rejected\">2</dd>"));
    driver.go(&s, &format!("{base}/people")).await;
    assert!(driver.source(&s).await.contains("Ana POPESCU"), "imported");

    // Roll it back from the list.
    driver.go(&s, &format!("{base}/imports")).await;
    driver.click(&s, "a.danger-link").await;
    driver
        .wait_for(&s, |url, _| url.ends_with("/rollback"))
        .await;
    driver.click(&s, "#confirm").await;
    let (_, list) = driver
        .wait_for(&s, |url, _| url.contains("/imports?rolled_back="))
        .await;
    assert!(list.contains("Rolled back"), "{list}");
    driver.go(&s, &format!("{base}/people")).await;
    let people = driver.source(&s).await;
    assert!(!people.contains("Ana POPESCU"), "rolled back: {people}");
}
