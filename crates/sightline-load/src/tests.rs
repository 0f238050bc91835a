//! The pipeline as a library: any `io::Read` in, every bad cell to the sink.

use super::*;

fn opts(kind: ImportKind, mapping: &str) -> Options {
    Options {
        kind,
        format: Format::Csv,
        mapping: Mapping::from_toml(mapping).unwrap(),
        file_name: "upload.csv".into(),
        skip_invalid: false,
        defaults: Defaults::default(),
    }
}

fn input(text: &str) -> Box<dyn Read + Send> {
    Box::new(std::io::Cursor::new(text.as_bytes().to_vec()))
}

#[tokio::test]
async fn check_reports_every_bad_cell_of_any_kind_to_the_sink() {
    let out = check(
        input("Ref,Name,Stage\nC1,Tidal,Active\nC2,,Lost\nC3,Anchor,Closed\n"),
        opts(
            ImportKind::Case,
            "id_column = \"Ref\"\n[columns]\ntitle = \"Name\"\nstatus = \"Stage\"",
        ),
        Collect::default(),
    )
    .await
    .unwrap();
    assert_eq!((out.valid, out.invalid, out.batch.is_none()), (2, 1, true));
    let cells: Vec<(u64, &str, &str)> = out
        .sink
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(cells, [(3, "Stage", "Lost"), (3, "Name", "")]);
    assert_eq!(out.sink.rejected[0].get("Ref"), Some("C2"));
}

#[tokio::test]
async fn a_mapping_for_another_kind_is_refused_before_reading() {
    let err = check(
        input("source_id\n1\n"),
        opts(ImportKind::Person, "[columns]\nlink_type = \"Type\""),
        Collect::default(),
    )
    .await
    .unwrap_err();
    assert!(matches!(err, LoadError::Ingest(_)), "{err}");
}
