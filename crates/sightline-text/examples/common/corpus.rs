//! The benchmark corpus shared by the speed examples: the dev and test texts, repeated as
//! separate documents (as in a JSON Lines file of intelligence logs) up to `mb` MiB.

/// The texts of `bench/text/dev.jsonl` and `test.jsonl`.
pub fn bench_texts() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/text/");
    let mut texts = Vec::new();
    for set in ["dev.jsonl", "test.jsonl"] {
        let data = std::fs::read_to_string(format!("{root}{set}")).expect("read bench set");
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("json");
            texts.push(v["text"].as_str().unwrap_or_default().to_string());
        }
    }
    texts
}

/// `texts` repeated until they hold at least `mb` MiB.
pub fn repeated(texts: &[String], mb: usize) -> Vec<&str> {
    let mut corpus: Vec<&str> = Vec::new();
    let mut bytes = 0usize;
    while bytes < mb << 20 {
        for t in texts {
            corpus.push(t);
            bytes += t.len();
        }
    }
    corpus
}
