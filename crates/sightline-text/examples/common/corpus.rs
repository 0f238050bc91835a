//! The benchmark corpus shared by the speed examples: the dev and test texts, or the texts of
//! a JSON Lines file, repeated as separate documents (as in a JSON Lines file of intelligence
//! logs) up to `mb` MiB.
// Shared by several examples and a test, each of which uses a part.
#![allow(dead_code)]

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

/// The texts of a JSON Lines file `path`: one object per line with a string `"text"` (an
/// `"id"` and any other fields are ignored; blank lines are skipped). The error names the
/// file and, for a bad line, its number and what is wrong with it.
pub fn file_texts(path: &str) -> Result<Vec<String>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    parse_jsonl(path, &data)
}

/// [`file_texts`] on the file's contents `data` (`path` names it in errors).
pub fn parse_jsonl(path: &str, data: &str) -> Result<Vec<String>, String> {
    let mut texts = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |what: String| {
            let sep = if what.starts_with("column") {
                ", "
            } else {
                ": "
            };
            format!("{path}: line {}{sep}{what}", i + 1)
        };
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
            // serde's message ends with its own position on the one line.
            let msg = e.to_string();
            let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |m| m.0);
            at(format!("column {}: not JSON: {msg}", e.column()))
        })?;
        let obj = v
            .as_object()
            .ok_or_else(|| at("not a JSON object".into()))?;
        match obj.get("text") {
            Some(serde_json::Value::String(t)) => texts.push(t.clone()),
            Some(other) => {
                return Err(at(format!(
                    "\"text\" must be a string, found {}",
                    kind(other)
                )))
            }
            None => return Err(at("no \"text\" field".into())),
        }
    }
    if texts.iter().all(|t| t.is_empty()) {
        return Err(format!(
            "{path}: no text to analyse (no line with a non-empty \"text\")"
        ));
    }
    Ok(texts)
}

fn kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `texts` repeated until they hold at least `mb` MiB (`texts` must hold some bytes).
pub fn repeated(texts: &[String], mb: usize) -> Vec<&str> {
    assert!(
        texts.iter().any(|t| !t.is_empty()),
        "repeated: no text to repeat"
    );
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
