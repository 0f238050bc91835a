//! The JSON Lines reader behind `examples/throughput.rs --corpus PATH`.
#[path = "../examples/common/corpus.rs"]
mod corpus;

#[test]
fn reads_texts_skipping_blank_lines_and_other_fields() {
    let data = "{\"id\": \"a\", \"text\": \"He was locked in.\", \"labels\": [1]}\n\n  \n{\"text\": \"Second\", \"id\": 2}\n";
    let texts = corpus::parse_jsonl("x.jsonl", data).expect("valid");
    assert_eq!(texts, vec!["He was locked in.", "Second"]);
}

#[test]
fn a_bad_line_is_named_with_the_file_and_what_is_wrong() {
    let e = corpus::parse_jsonl("logs.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"cut off\n")
        .expect_err("bad JSON");
    assert_eq!(
        e,
        "logs.jsonl: line 2, column 17: not JSON: EOF while parsing a string"
    );
    let e = corpus::parse_jsonl("logs.jsonl", "{\"text\": \"ok\"}\n\n{\"id\": 3}\n")
        .expect_err("no text");
    assert_eq!(e, "logs.jsonl: line 3: no \"text\" field");
    let e = corpus::parse_jsonl("logs.jsonl", "{\"text\": 5}").expect_err("number");
    assert_eq!(
        e,
        "logs.jsonl: line 1: \"text\" must be a string, found a number"
    );
    let e = corpus::parse_jsonl("logs.jsonl", "[\"text\"]").expect_err("array");
    assert_eq!(e, "logs.jsonl: line 1: not a JSON object");
}

#[test]
fn a_file_without_text_is_refused() {
    for data in ["", "\n\n", "{\"text\": \"\"}\n"] {
        let e = corpus::parse_jsonl("empty.jsonl", data).expect_err("nothing to analyse");
        assert!(e.starts_with("empty.jsonl: no text to analyse"), "{e}");
    }
}

#[test]
fn a_missing_file_is_named() {
    let e = corpus::file_texts("/nonexistent/corpus.jsonl").expect_err("missing");
    assert!(e.starts_with("/nonexistent/corpus.jsonl: "), "{e}");
}

#[test]
fn texts_repeat_to_the_requested_size() {
    let texts = corpus::parse_jsonl("x.jsonl", "{\"text\": \"abcd\"}\n{\"text\": \"efgh\"}")
        .expect("valid");
    let c = corpus::repeated(&texts, 1);
    let bytes: usize = c.iter().map(|t| t.len()).sum();
    assert!((1 << 20..(1 << 20) + 8).contains(&bytes), "{bytes}");
    assert_eq!(&c[..3], &["abcd", "efgh", "abcd"]);
}
