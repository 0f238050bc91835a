//! Runs the analyzer over a JSON Lines file (`{"id", "text"}` per line) and
//! prints one JSON line per input line, like `sightline indicators` but
//! without building the whole binary: quick for tuning the lexicon.
//!
//! `cargo run --release -p sightline-text --example annotate -- bench/text/dev.jsonl > out.jsonl`
use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args().nth(1).expect("usage: annotate FILE.jsonl");
    let az = sightline_text::Analyzer::new();
    let f = std::io::BufReader::new(std::fs::File::open(&path).expect("open input"));
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for (i, line) in f.lines().enumerate() {
        let line = line.expect("read line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}: line {}: {e}", i + 1));
        let text = v["text"].as_str().unwrap_or_default();
        let a = az.analyze(text);
        let mut o = serde_json::to_value(&a).expect("serialise");
        o["id"] = v["id"].clone();
        writeln!(out, "{o}").expect("write");
    }
}
