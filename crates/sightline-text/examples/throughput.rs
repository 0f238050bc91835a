//! Throughput benchmark: builds a corpus of at least 50 MB by repeating the
//! labelled dev texts, analyses every text on one thread, and prints MB/s
//! per core. Optional argument: corpus size in MB (default 50).
//!
//! `cargo run --release -p sightline-text --example throughput`
use std::time::Instant;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/text/");
    let mut texts = Vec::new();
    for set in ["dev.jsonl", "test.jsonl"] {
        let data = std::fs::read_to_string(format!("{root}{set}")).expect("read bench set");
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            texts.push(v["text"].as_str().unwrap_or_default().to_string());
        }
    }
    // The corpus: the texts repeated, each repetition a separate document,
    // as in a JSON Lines file of intelligence logs.
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0usize;
    while bytes < mb << 20 {
        for t in &texts {
            corpus.push(t);
            bytes += t.len();
        }
    }
    let t0 = Instant::now();
    let az = sightline_text::Analyzer::new();
    let build = t0.elapsed();
    // Warm up.
    let mut sink = 0usize;
    for t in corpus.iter().take(1000) {
        sink += az.analyze(t).indicators.len();
    }
    let t1 = Instant::now();
    for t in &corpus {
        let a = az.analyze(t);
        sink += a.indicators.len() + a.entities.len();
    }
    let secs = t1.elapsed().as_secs_f64();
    let mbs = bytes as f64 / (1 << 20) as f64 / secs;
    println!(
        "analyzer build: {:.1} ms; corpus: {} documents, {:.1} MB; time {:.2} s on 1 thread; throughput {:.1} MB/s per core (checksum {sink})",
        build.as_secs_f64() * 1e3,
        corpus.len(),
        bytes as f64 / (1 << 20) as f64,
        secs,
        mbs
    );
    // One long document as well (a whole file pasted as one text).
    let long: String = texts.join("\n");
    let long = long.repeat((10 << 20) / long.len() + 1);
    let t2 = Instant::now();
    let a = az.analyze(&long);
    let secs = t2.elapsed().as_secs_f64();
    println!(
        "single long text: {:.1} MB in {:.2} s = {:.1} MB/s ({} indicators)",
        long.len() as f64 / (1 << 20) as f64,
        secs,
        long.len() as f64 / (1 << 20) as f64 / secs,
        a.indicators.len()
    );
}
