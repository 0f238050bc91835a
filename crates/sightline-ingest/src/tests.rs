use super::*;

fn read(bytes: &[u8], format: Format, m: &Mapping) -> Vec<Result<RawRecord, IngestError>> {
    RecordReader::new(Box::new(std::io::Cursor::new(bytes.to_vec())), format, m)
        .unwrap()
        .collect()
}

#[test]
fn csv_with_bom_semicolons_and_windows_1252() {
    let mut bytes = b"\xEF\xBB\xBFid;forename;surname\n1;Zo\xC3\xAB;Nguy\xE1\xBB\x85n\n".to_vec();
    let rows = read(&bytes, Format::Csv, &Mapping::default());
    let r = rows[0].as_ref().unwrap();
    assert_eq!(r.line, 2);
    assert_eq!(
        r.get("ID"),
        Some("1"),
        "BOM stripped and headers matched without case"
    );
    assert_eq!(r.get("forename"), Some("Zoë"));
    assert_eq!(r.get("surname"), Some("Nguyễn"));

    // The same in Windows-1252 (no BOM, invalid UTF-8): decoded, not replaced.
    bytes = b"id,forename\n1,Zo\xEB\n".to_vec();
    let r = read(&bytes, Format::Csv, &Mapping::default())
        .remove(0)
        .unwrap();
    assert_eq!(r.get("forename"), Some("Zoë"));

    // UTF-16 LE with BOM, tab separated.
    let text = "id\tname\n7\tŁukasz\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let r = read(&utf16, Format::Csv, &Mapping::default())
        .remove(0)
        .unwrap();
    assert_eq!(r.get("name"), Some("Łukasz"));
}

#[test]
fn ragged_rows_and_bad_json_name_the_line() {
    let rows = read(
        b"id,name\n1,a\n2,b,extra\n",
        Format::Csv,
        &Mapping::default(),
    );
    assert!(rows[0].is_ok());
    let e = rows[1].as_ref().unwrap_err().to_string();
    assert!(
        e.contains("line 3") && e.contains("3 fields where the header has 2"),
        "{e}"
    );

    let rows = read(
        b"{\"id\": 1, \"name\": \"a\"}\n\n{oops\n",
        Format::JsonLines,
        &Mapping::default(),
    );
    assert_eq!(rows[0].as_ref().unwrap().get("id"), Some("1"));
    assert!(rows[1]
        .as_ref()
        .unwrap_err()
        .to_string()
        .starts_with("line 3"));

    let rows = read(
        b"[{\"id\": \"x\", \"dob\": null}]",
        Format::Json,
        &Mapping::default(),
    );
    assert_eq!(rows[0].as_ref().unwrap().get("dob"), Some(""));
    assert!(RecordReader::new(
        Box::new(std::io::Cursor::new(b"{}".to_vec())),
        Format::Json,
        &Mapping::default()
    )
    .is_err());
    assert!(RecordReader::new(
        Box::new(std::io::Cursor::new(Vec::new())),
        Format::Csv,
        &Mapping::default()
    )
    .is_err());
}

#[test]
fn a_mapping_renames_columns_translates_codes_and_reads_local_dates() {
    let m = Mapping::from_toml(
        r#"
        source = "Niche"
        id_column = "PersonID"
        date_format = "%d/%m/%Y"
        [columns]
        given_name = "Forename"
        family_name = "Surname"
        date_of_birth = "DOB"
        gender = "Sex"
        nationality = "Nat"
        [values.gender]
        M = "Male"
        F = "Female"
        [defaults]
        nationality = "GB"
        "#,
    )
    .unwrap();
    let rows = read(b"PersonID,Forename,Surname,DOB,Sex,Nat\nP1,Ion,Popescu,02/04/1988,M,ro\nP2,Ana,,31/02/1990,X,\n", Format::Csv, &m);
    let ok = person_row(rows[0].as_ref().unwrap(), &m).unwrap();
    assert_eq!(ok.source_id, "P1");
    assert_eq!(ok.person.date_of_birth.as_deref(), Some("1988-04-02"));
    assert_eq!(ok.person.gender, Gender::Male);
    assert_eq!(ok.person.nationality.as_deref(), Some("RO"));

    let errs = person_row(rows[1].as_ref().unwrap(), &m).unwrap_err();
    let cols: Vec<&str> = errs.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(cols, vec!["Sex", "DOB"], "{errs:?}");
    assert!(errs.iter().all(|e| e.line == 3));
    assert_eq!(errs[0].value, "X");
}

#[test]
fn bad_mappings_are_refused_with_the_reason() {
    assert!(Mapping::from_toml("[columns]\nshoe_size = \"x\"")
        .unwrap_err()
        .to_string()
        .contains("shoe_size"));
    assert!(Mapping::from_toml("delimiter = \";;\"").is_err());
    assert!(Mapping::from_toml("encoding = \"klingon\"").is_err());
    assert!(Mapping::from_toml("colums = {}").is_err());
}

#[test]
fn every_problem_in_a_row_is_reported() {
    let m = Mapping::default();
    let rows = read(
        b"source_id,family_name,nationality,classification\n,,Vietnam,SECRET\n",
        Format::Csv,
        &m,
    );
    let errs = person_row(rows[0].as_ref().unwrap(), &m).unwrap_err();
    let cols: Vec<&str> = errs.iter().map(|e| e.column.as_str()).collect();
    assert!(
        cols.contains(&"source_id") && cols.contains(&"classification"),
        "{errs:?}"
    );
    assert!(
        cols.contains(&"family_name") || cols.contains(&"nationality"),
        "{errs:?}"
    );
}

#[test]
fn semicolon_crlf_windows_1252_export() {
    let bytes = b"PersonID;Forename;Surname\r\nP1;Zo\xEB;Popescu\r\n\r\nP2;Ion;Ionescu\r\n\r\n";
    let rows = read(bytes, Format::Csv, &Mapping::default());
    let r = rows[0].as_ref().unwrap();
    assert_eq!(r.get("PersonID"), Some("P1"), "{r:?}");
    assert_eq!(r.get("Forename"), Some("Zoë"));
    assert_eq!(r.line, 2);
    assert_eq!(
        rows[1].as_ref().unwrap().line,
        4,
        "blank lines are skipped, not rows"
    );
    assert_eq!(rows.len(), 2);
}

/// Validates every row of a CSV with a kind's mapper; `Row`s are what a mapper reads.
fn rows_with<T>(
    csv: &str,
    m: &Mapping,
    mut f: impl FnMut(&mut Mapper<'_>, &Row) -> Result<T, Vec<CellError>>,
    mut mapper: Mapper<'_>,
) -> Vec<Result<T, Vec<CellError>>> {
    let mut r = RecordReader::new(
        Box::new(std::io::Cursor::new(csv.as_bytes().to_vec())),
        Format::Csv,
        m,
    )
    .unwrap();
    let mut row = Row::default();
    let mut out = Vec::new();
    while r.read_row(&mut row).unwrap() {
        out.push(f(&mut mapper, &row));
    }
    out
}

#[test]
fn case_rows_map_lists_of_codes_and_report_each_bad_cell() {
    let m = Mapping::from_toml(
        "id_column = \"Ref\"\n[columns]\nreference = \"Ref\"\nexploitation_types = \"Types\"\nopened_on = \"Opened\"\nforce_area = \"Force\"\n\
         [values.exploitation_types]\nLAB = \"labour\"\nCCE = \"criminal\"\n",
    )
    .unwrap();
    let csv = "Ref,title,Types,Opened,Force,sectors\n\
               OP-1,Tidal,LAB; CCE,2025-01-02,West Midlands Police,Hospitality|Agriculture\n\
               OP-2,,LAB|XXX,2025-01,Atlantis,Mining\n";
    let rows = rows_with(csv, &m, |mp, r| mp.case(r), Mapper::for_cases(&m));
    let ok = rows[0].as_ref().unwrap();
    assert_eq!(ok.reference.as_deref(), Some("OP-1"));
    assert_eq!(
        ok.case.exploitation_types,
        [
            sightline_core::ExploitationType::Labour,
            sightline_core::ExploitationType::Criminal
        ]
    );
    assert_eq!(ok.case.details.sectors, ["Agriculture", "Hospitality"]);
    assert_eq!(ok.case.details.force_area.as_deref(), Some("west-midlands"));
    let bad = rows[1].as_ref().unwrap_err();
    let cells: Vec<(&str, &str)> = bad
        .iter()
        .map(|e| (e.column.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(
        cells,
        [
            ("Types", "XXX"),
            ("sectors", "Mining"),
            ("Opened", "2025-01"),
            ("Force", "Atlantis")
        ],
        "{bad:?}"
    );
    assert!(bad.iter().all(|e| e.line == 3));
}

#[test]
fn intel_and_link_rows_check_grading_markings_and_ends() {
    let m = Mapping::default();
    let intel = "source_id,narrative,source_evaluation,intelligence_assessment,handling_code,handling_conditions,case_reference\n\
                 I1,Seen at the farm,1,A,C,Not beyond the SOCU,OP-1\n\
                 I2,,,E,C,,\n";
    let rows = rows_with(intel, &m, |mp, r| mp.intel(r), Mapper::for_intel(&m));
    let ok = rows[0].as_ref().unwrap();
    assert_eq!(ok.report.title, "Seen at the farm");
    assert_eq!(ok.case_reference.as_ref().unwrap().value, "OP-1");
    let bad: Vec<&str> = rows[1]
        .as_ref()
        .unwrap_err()
        .iter()
        .map(|e| e.column.as_str())
        .collect();
    assert_eq!(bad, ["source_evaluation", "narrative", "handling_code"]);

    let links = "source_id,from_kind,from_id,to_id,link_type,date_from,date_to\n\
                 K1,person,P1,P2,associate_of,2020,2021-06\n\
                 K2,entity,P1,P1,friends,2021,2020\n";
    let rows = rows_with(links, &m, |mp, r| mp.link(r), Mapper::for_links(&m));
    let ok = rows[0].as_ref().unwrap();
    assert_eq!(
        (ok.from.key.value.as_str(), ok.to.key.value.as_str()),
        ("P1", "P2")
    );
    let bad: Vec<&str> = rows[1]
        .as_ref()
        .unwrap_err()
        .iter()
        .map(|e| e.column.as_str())
        .collect();
    assert_eq!(
        bad,
        ["from_id", "link_type", "date_to"],
        "entity ends need ids"
    );
}

#[test]
fn a_mapping_names_only_its_kinds_fields() {
    let m = Mapping::from_toml("[columns]\nnarrative = \"Text\"").unwrap();
    assert!(m.check_fields(INTEL_FIELDS).is_ok());
    let e = m.check_fields(PERSON_FIELDS).unwrap_err().to_string();
    assert!(e.contains("'narrative' is not a field of this kind"), "{e}");
}
