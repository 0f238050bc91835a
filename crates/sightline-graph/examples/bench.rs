//! Runs the network engine over an edge list, for `bench/graph/`: components, betweenness
//! (exact, or from the sources listed in a file, so NetworkX can use the same ones) and
//! shortest paths between listed pairs; prints stage times and results as JSON.
//!
//! `cargo run --release -p sightline-graph --example bench -- EDGES PAIRS [SOURCES]`
//! EDGES: lines `a b` (integer ids; every id is a person). PAIRS: lines `a b`.
//! SOURCES: node ids to start betweenness from (omit for exact).

use std::io::{BufRead, BufReader};
use std::time::Instant;

use sightline_graph::{rank, Builder, Kind};

fn read_pairs(path: &str) -> Vec<(u64, u64)> {
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    BufReader::new(f)
        .lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let l = l.unwrap_or_else(|e| panic!("{path} line {}: {e}", i + 1));
            let mut it = l.split_whitespace();
            let a = it.next()?;
            let b = it.next()?;
            let parse = |s: &str| {
                s.parse::<u64>()
                    .unwrap_or_else(|_| panic!("{path} line {}: '{s}' is not an id", i + 1))
            };
            Some((parse(a), parse(b)))
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: bench EDGES PAIRS [SOURCES]");
        std::process::exit(2);
    }
    let t0 = Instant::now();
    let edges = read_pairs(&args[1]);
    let pairs = read_pairs(&args[2]);
    let mut b: Builder<u64, ()> = Builder::new();
    for &(x, y) in &edges {
        b.node(x, Kind::Person).node(y, Kind::Person).edge(x, y, ());
    }
    let g = b.build().expect("graph");
    let t_build = t0.elapsed().as_secs_f64();

    let t = Instant::now();
    let nets = g.networks();
    let t_comp = t.elapsed().as_secs_f64();

    let sources: Option<Vec<u32>> = args.get(3).map(|p| {
        std::fs::read_to_string(p)
            .unwrap_or_else(|e| panic!("{p}: {e}"))
            .split_whitespace()
            .map(|s| {
                let id: u64 = s
                    .parse()
                    .unwrap_or_else(|_| panic!("{p}: '{s}' is not an id"));
                g.node_of(id)
                    .unwrap_or_else(|| panic!("{p}: node {id} is not in the graph"))
            })
            .collect()
    });
    let t = Instant::now();
    let bc = match &sources {
        Some(s) => g.betweenness_from(s),
        None => g.betweenness(sightline_graph::Betweenness::Exact),
    };
    let t_bc = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let lens: Vec<i64> = pairs
        .iter()
        .map(|&(a, b)| {
            g.shortest_paths(a, b, u32::MAX, 1)
                .expect("pair in graph")
                .first()
                .map_or(-1, |p| p.len() as i64 - 1)
        })
        .collect();
    let t_paths = t.elapsed().as_secs_f64();

    let top = rank(&g, 0..g.len() as u32, |n| bc[n as usize]);
    let top: Vec<String> = top
        .iter()
        .take(20)
        .map(|&n| format!("[{}, {:.6}]", g.id(n), bc[n as usize]))
        .collect();
    let mut sizes: Vec<usize> = nets.iter().map(|n| n.nodes.len()).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!(
        "{{\"nodes\": {}, \"edges\": {}, \"build_s\": {t_build:.4}, \"components_s\": {t_comp:.4}, \"betweenness_s\": {t_bc:.4}, \"paths_s\": {t_paths:.4}, \"sizes\": {:?}, \"top\": [{}], \"path_lengths\": {:?}}}",
        g.len(),
        g.edge_count(),
        sizes,
        top.join(", "),
        lens
    );
}
