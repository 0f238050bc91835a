//! Stage timings and resident memory of the engine on one CSV (dedupe), for tuning
//! without the binary: `cargo run --release -p sightline-resolve --example profile -- FILE [OUT]`.
//! OUT, if given, receives `record_id,cluster_id`.
use std::time::Instant;

use sightline_resolve::{locality_order, prepare_batch, Engine, Options, RawRecord};

/// CPU seconds (user + system) used by this process so far: less disturbed than wall
/// time when the machine is shared.
fn cpu() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let rest = s.rsplit_once(')')?.1.to_string();
            let f: Vec<&str> = rest.split_whitespace().collect();
            let t = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
            Some(t / 100.0)
        })
        .unwrap_or(0.0)
}

fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("").to_string())
        })
        .unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: profile FILE [OUT]")?;
    let start = Instant::now();
    let mut rdr = csv::Reader::from_path(path)?;
    let headers = rdr.headers()?.clone();
    let col = |n: &str| headers.iter().position(|h| h == n);
    let cols: Vec<Option<usize>> = [
        "record_id",
        "given_name",
        "family_name",
        "date_of_birth",
        "sex",
        "nationality",
        "phone",
        "email",
        "id_number",
        "address",
        "postcode",
    ]
    .iter()
    .map(|c| col(c))
    .collect();
    let mut raw = Vec::new();
    for rec in rdr.records() {
        let rec = rec?;
        let g = |k: usize| {
            cols[k]
                .and_then(|i| rec.get(i))
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        raw.push(RawRecord {
            source: 0,
            record_id: g(0).unwrap_or_default(),
            given_name: g(1),
            family_name: g(2),
            date_of_birth: g(3),
            sex: g(4),
            nationality: g(5),
            phone: g(6),
            email: g(7),
            id_number: g(8),
            address: g(9),
            postcode: g(10),
        });
    }
    eprintln!(
        "[{:>7.2}s cpu {:>6.2}s rss {:>8} kB] read {}",
        start.elapsed().as_secs_f64(),
        cpu(),
        rss(),
        raw.len()
    );
    // As the command does: records laid out by `locality_order` (from 50,000 records).
    let mut prepared = prepare_batch(&raw);
    let mut ids: Vec<String> = raw.into_iter().map(|r| r.record_id).collect();
    if prepared.len() >= 50_000 {
        let order = locality_order(&prepared);
        prepared = order
            .iter()
            .map(|&i| std::mem::take(&mut prepared[i as usize]))
            .collect();
        ids = order
            .iter()
            .map(|&i| std::mem::take(&mut ids[i as usize]))
            .collect();
    }
    let engine = Engine::from_prepared(prepared, ids);
    eprintln!(
        "[{:>7.2}s cpu {:>6.2}s rss {:>8} kB] prepared",
        start.elapsed().as_secs_f64(),
        cpu(),
        rss()
    );
    let res = engine.run(None, &Options::default(), &|s| {
        eprintln!(
            "[{:>7.2}s cpu {:>6.2}s rss {:>8} kB] {s}",
            start.elapsed().as_secs_f64(),
            cpu(),
            rss()
        )
    })?;
    eprintln!(
        "[{:>7.2}s cpu {:>6.2}s rss {:>8} kB] done: {} candidates, {} links, {} clusters",
        start.elapsed().as_secs_f64(),
        cpu(),
        rss(),
        res.candidate_pairs,
        res.pairs.len(),
        res.clusters
    );
    if let Some(out) = args.get(2) {
        let mut w = csv::Writer::from_path(out)?;
        w.write_record(["record_id", "cluster_id"])?;
        for (i, id) in engine.ids.iter().enumerate() {
            w.write_record([
                id.as_str(),
                engine.ids[res.representative[i] as usize].as_str(),
            ])?;
        }
    }
    Ok(())
}
