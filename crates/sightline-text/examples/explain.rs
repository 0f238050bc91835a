//! Shows, for each text given as an argument (or each line of stdin), the
//! findings and every rule match with its context decision: a lexicon
//! debugging aid.
//!
//! `cargo run --release -p sightline-text --example explain -- "text"`
use std::io::BufRead;

fn main() {
    let az = sightline_text::Analyzer::new();
    let mut texts: Vec<String> = std::env::args().skip(1).collect();
    if texts.is_empty() {
        texts = std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect();
    }
    for t in &texts {
        let a = az.analyze(t);
        println!("== {t}");
        let i: Vec<_> = a.indicators.iter().map(|f| f.code).collect();
        let x: Vec<_> = a.exploitation.iter().map(|f| f.kind).collect();
        println!(
            "   indicators {i:?} types {x:?} risk {}",
            a.risk.level.as_str()
        );
        for l in az.explain(t) {
            println!("   {}", l.chars().take(200).collect::<String>());
        }
    }
}
