//! Regression check over hand-written paraphrase probes
//! (`bench/text/probes/paraphrases.jsonl`): each line names one code the
//! text must produce (`i:` indicator, `s:` sign, `t:` type), or, written
//! `!i:…`, must not produce (negations, hypotheticals, benign look-alikes).
use sightline_text::Analyzer;

#[test]
fn paraphrase_probes_hit() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../bench/text/probes/paraphrases.jsonl"
    );
    let data = std::fs::read_to_string(path).expect("probe file");
    let az = Analyzer::new();
    let mut misses = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        n += 1;
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let expect = v["expect"].as_str().unwrap();
        let text = v["text"].as_str().unwrap();
        let a = az.analyze(text);
        let (negative, expect_code) = match expect.strip_prefix('!') {
            Some(e) => (true, e),
            None => (false, expect),
        };
        let (kind, code) = expect_code.split_once(':').unwrap();
        let hit = match kind {
            "i" => a.indicators.iter().any(|f| f.code == code),
            "s" => a.signs.iter().any(|f| f.code == code),
            _ => a.exploitation.iter().any(|f| f.kind == code),
        };
        if hit == negative {
            misses.push(format!("{expect}: {text}"));
        }
    }
    assert!(n >= 80, "too few probes: {n}");
    assert!(
        misses.is_empty(),
        "{} of {n} probes missed:\n{}",
        misses.len(),
        misses.join("\n")
    );
}
