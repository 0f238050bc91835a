//! Prints the learned layer's probability per label for one text, beside
//! the label's thresholds and what the rules asserted (diagnostics).
//!
//! `cargo run --release -p sightline-text --example probs -- "text"`
use sightline_text::learned::{self, LABELS};

fn main() {
    let text = std::env::args().nth(1).expect("usage: probs TEXT");
    let az = sightline_text::Analyzer::new();
    let m = learned::model().expect("embedded model");
    let (a, c) = az.analyze_rules_context(&text);
    let p = learned::probabilities(&az, m, &text, &a, &c);
    for (l, &pl) in p.iter().enumerate().take(LABELS) {
        let code = learned::label_code(l);
        let ruled = a.indicators.iter().any(|f| f.code == code)
            || a.exploitation.iter().any(|f| f.kind == code);
        println!(
            "{code:26} p {pl:.3}  th {:.2} rules-th {:.2} {}",
            m.threshold[l],
            m.rule_threshold[l],
            if ruled { "rules" } else { "" }
        );
    }
    println!("{c:?}");
}
