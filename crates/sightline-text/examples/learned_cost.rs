//! What the learned layer costs: analyses the same corpus (dev + test texts
//! repeated to the given size, default 20 MB) on one thread with the rules
//! alone (`analyze_rules`) and with the learned layer (`analyze`),
//! alternating three rounds of each, and prints MB/s per second of the
//! thread's own CPU time (`/proc/thread-self/schedstat`), as `throughput`
//! does.
//!
//! `cargo run --release -p sightline-text --example learned_cost -- 20`
#[path = "common/corpus.rs"]
mod corpus;

fn thread_cpu_secs() -> f64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let ns: f64 = s
        .split_whitespace()
        .next()
        .and_then(|x| x.parse().ok())
        .unwrap_or(0.0);
    ns / 1e9
}

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let texts = corpus::bench_texts();
    let corpus = corpus::repeated(&texts, mb);
    let bytes: usize = corpus.iter().map(|t| t.len()).sum();
    let az = sightline_text::Analyzer::new();
    let mut sink = 0usize;
    for t in corpus.iter().take(1000) {
        sink += az.analyze(t).indicators.len();
    }
    let mbf = bytes as f64 / (1 << 20) as f64;
    let mut best = [0f64; 2];
    for round in 0..3 {
        for (k, name) in ["rules", "rules+learned"].iter().enumerate() {
            let c = thread_cpu_secs();
            for t in &corpus {
                let a = if k == 0 {
                    az.analyze_rules(t)
                } else {
                    az.analyze(t)
                };
                sink += a.indicators.len();
            }
            let cpu = thread_cpu_secs() - c;
            let rate = mbf / cpu;
            best[k] = best[k].max(rate);
            println!("round {round} {name:14} {cpu:.2} s CPU = {rate:.1} MB/s per core");
        }
    }
    println!(
        "best of 3: rules {:.1} MB/s, rules+learned {:.1} MB/s per core ({mbf:.1} MB, {} documents, checksum {sink})",
        best[0],
        best[1],
        corpus.len()
    );
}
