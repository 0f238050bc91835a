//! Throughput benchmark: builds a corpus of at least 50 MB by repeating the
//! labelled dev and test texts, analyses every text on one thread, and prints
//! MB/s per core. Optional arguments, in any order: the corpus size in MB
//! (default 50); `--no-long` to skip the single-long-text measurement;
//! `--corpus PATH` to repeat the texts of a JSON Lines file instead
//! (`{"id": .., "text": ..}` per line, other fields ignored).
//!
//! `cargo run --release -p sightline-text --example throughput -- 20 --no-long --corpus FILE.jsonl`
#[path = "common/corpus.rs"]
mod corpus;

use std::time::Instant;

/// CPU time this thread has run, in seconds (Linux `schedstat`), so the
/// figure is per core even when other processes share the machine.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

struct Args {
    mb: usize,
    long: bool,
    corpus: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        mb: 50,
        long: true,
        corpus: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(x) = args.next() {
        match x.as_str() {
            "--no-long" => a.long = false,
            "--corpus" => {
                a.corpus = Some(args.next().ok_or("--corpus needs a file path")?);
            }
            _ => {
                a.mb = x
                    .parse()
                    .ok()
                    .filter(|&mb| mb > 0)
                    .ok_or_else(|| format!("unknown argument {x:?} (expected a size in MB > 0, --no-long or --corpus PATH)"))?;
            }
        }
    }
    Ok(a)
}

fn main() {
    let args = parse_args().unwrap_or_else(|e| {
        eprintln!("throughput: {e}");
        std::process::exit(2)
    });
    let mb = args.mb;
    let texts = match &args.corpus {
        Some(path) => corpus::file_texts(path).unwrap_or_else(|e| {
            eprintln!("throughput: {e}");
            std::process::exit(1)
        }),
        None => corpus::bench_texts(),
    };
    let corpus = corpus::repeated(&texts, mb);
    let bytes: usize = corpus.iter().map(|t| t.len()).sum();
    let t0 = Instant::now();
    let az = sightline_text::Analyzer::new();
    let build = t0.elapsed();
    // Warm up.
    let mut sink = 0usize;
    for t in corpus.iter().take(1000) {
        sink += az.analyze(t).indicators.len();
    }
    let warm_bytes: usize = corpus.iter().take(1000).map(|t| t.len()).sum();
    let t1 = Instant::now();
    let c1 = thread_cpu_secs();
    for t in &corpus {
        let a = az.analyze(t);
        sink += a.indicators.len() + a.entities.len();
    }
    let secs = t1.elapsed().as_secs_f64();
    let cpu = thread_cpu_secs().zip(c1).map(|(b, a)| b - a);
    let mb_total = bytes as f64 / (1 << 20) as f64;
    println!(
        "analyzer build: {:.1} ms; corpus: {} documents ({} distinct, from {}), {:.1} MB (checksum {sink})",
        build.as_secs_f64() * 1e3,
        corpus.len(),
        texts.len(),
        args.corpus.as_deref().unwrap_or("bench/text/dev.jsonl + test.jsonl"),
        mb_total
    );
    // For instructions per byte under callgrind: `analyze` sees the corpus
    // and the warm-up documents.
    println!(
        "bytes analysed: {} (corpus {bytes} + warm-up {warm_bytes})",
        bytes + warm_bytes
    );
    println!(
        "wall: {secs:.2} s on 1 thread = {:.1} MB/s",
        mb_total / secs
    );
    if let Some(cpu) = cpu {
        println!(
            "cpu:  {cpu:.2} s of thread CPU time = {:.1} MB/s per core",
            mb_total / cpu
        );
    }
    if !args.long {
        return;
    }
    // One long document as well (a whole file pasted as one text).
    let long: String = texts.join("\n");
    let long = long.repeat((10 << 20) / long.len() + 1);
    let c2 = thread_cpu_secs();
    let t2 = Instant::now();
    let a = az.analyze(&long);
    let secs = t2.elapsed().as_secs_f64();
    let cpu = thread_cpu_secs()
        .zip(c2)
        .map(|(b, a)| b - a)
        .unwrap_or(secs);
    let mb = long.len() as f64 / (1 << 20) as f64;
    println!(
        "single long text: {mb:.1} MB, wall {secs:.2} s, cpu {cpu:.2} s = {:.1} MB/s per core ({} indicators)",
        mb / cpu,
        a.indicators.len()
    );
}
