//! Trains the learned layer (`src/learned.rs`) and writes
//! `model/learned.bin`. Pure Rust, deterministic (fixed seed, fixed order).
//!
//! ```text
//! cargo run --release -p sightline-text --example train            # CV + write the model
//! cargo run --release -p sightline-text --example train -- --cv    # CV report only
//! ```
//! Training sets: `bench/text/{dev,fresh,fresh2,fresh4,fresh5}.jsonl` (full
//! labels; missing files are skipped) and `bench/text/probes/paraphrases.jsonl`
//! (one expected code each: positive for that code only, unlabelled for the
//! others). `test.jsonl` and `fresh3.jsonl` are held out and refused.
//!
//! 1. Each text is analysed by the rules alone (`Analyzer::analyze_rules`)
//!    and turned into features (`learned::text_features`,
//!    `learned::rule_features`).
//! 2. Hyperparameters (L2, epochs) are chosen by 5-fold cross-validation
//!    (folds by a hash of the id), on out-of-fold micro F1 over the
//!    fully labelled texts.
//! 3. For each label, the threshold and the mode (model alone, or model
//!    or rules) are chosen on the out-of-fold probabilities of the best
//!    configuration.
//! 4. The final model is trained on everything and written.
use std::collections::HashMap;

use sightline_text::learned::{self, Model, Sentences, TextFeat, LABELS};
use sightline_text::Analyzer;

const SEED: u64 = 0x5eed_2026_1129;
const FOLDS: usize = 5;
const IND_N: usize = 11;

struct Example {
    set: String,
    id: String,
    /// Sorted, deduplicated text feature keys.
    text: Vec<u32>,
    rule: Vec<(u32, f32)>,
    y: [bool; LABELS],
    mask: [bool; LABELS],
    /// Rules' own predictions.
    rules: [bool; LABELS],
    full: bool,
    fold: usize,
    weight: f32,
}

fn fnv64(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Config {
    l2: f32,
    epochs: usize,
    lr: f32,
    min_df: usize,
}

/// Dense-indexed training data.
struct Data {
    /// Per example: (feature index, value).
    x: Vec<Vec<(u32, f32)>>,
    nfeat: usize,
    keys: Vec<u32>,
}

fn index(ex: &[Example], min_df: usize) -> Data {
    let mut df: HashMap<u32, usize> = HashMap::new();
    for e in ex {
        for &k in &e.text {
            *df.entry(k).or_default() += 1;
        }
    }
    let mut keys: Vec<u32> = df
        .iter()
        .filter(|(_, &n)| n >= min_df)
        .map(|(&k, _)| k)
        .collect();
    for e in ex {
        for &(k, _) in &e.rule {
            keys.push(k);
        }
    }
    keys.sort_unstable();
    keys.dedup();
    let pos: HashMap<u32, u32> = keys
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect();
    let x = ex
        .iter()
        .map(|e| {
            let mut v: Vec<(u32, f32)> = e
                .text
                .iter()
                .filter_map(|k| pos.get(k).map(|&i| (i, 1.0)))
                .collect();
            v.extend(
                e.rule
                    .iter()
                    .filter_map(|(k, val)| pos.get(k).map(|&i| (i, *val))),
            );
            v
        })
        .collect();
    Data {
        x,
        nfeat: keys.len(),
        keys,
    }
}

struct Weights {
    w: Vec<[f32; LABELS]>,
    b: [f32; LABELS],
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// Per-label logistic regression by AdaGrad SGD with L2 (applied to the
/// features present), deterministic order.
fn train(ex: &[Example], d: &Data, idx: &[usize], c: &Config) -> Weights {
    let mut w = vec![[0f32; LABELS]; d.nfeat];
    let mut g2 = vec![[1e-6f32; LABELS]; d.nfeat];
    let mut b = [0f32; LABELS];
    let mut gb = [1e-6f32; LABELS];
    let mut order = idx.to_vec();
    let mut rng = Rng(SEED);
    for _ in 0..c.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let e = &ex[i];
            let x = &d.x[i];
            let mut z = b;
            for &(f, v) in x {
                let wf = &w[f as usize];
                for l in 0..LABELS {
                    z[l] += wf[l] * v;
                }
            }
            for l in 0..LABELS {
                if !e.mask[l] {
                    continue;
                }
                let y = if e.y[l] { 1.0 } else { 0.0 };
                let g = (sigmoid(z[l]) - y) * e.weight;
                gb[l] += g * g;
                b[l] -= c.lr * g / gb[l].sqrt();
                for &(f, v) in x {
                    let f = f as usize;
                    let gf = g * v + c.l2 * w[f][l];
                    g2[f][l] += gf * gf;
                    w[f][l] -= c.lr * gf / g2[f][l].sqrt();
                }
            }
        }
    }
    Weights { w, b }
}

fn predict(wt: &Weights, x: &[(u32, f32)]) -> [f32; LABELS] {
    let mut z = wt.b;
    for &(f, v) in x {
        let wf = &wt.w[f as usize];
        for l in 0..LABELS {
            z[l] += wf[l] * v;
        }
    }
    z.map(sigmoid)
}

/// Out-of-fold probabilities for every example.
fn oof(ex: &[Example], d: &Data, c: &Config) -> Vec<[f32; LABELS]> {
    let mut p = vec![[0f32; LABELS]; ex.len()];
    for k in 0..FOLDS {
        let tr: Vec<usize> = (0..ex.len()).filter(|&i| ex[i].fold != k).collect();
        let wt = train(ex, d, &tr, c);
        for i in (0..ex.len()).filter(|&i| ex[i].fold == k) {
            p[i] = predict(&wt, &d.x[i]);
        }
    }
    p
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}
impl Counts {
    fn add(&mut self, gold: bool, pred: bool) {
        self.tp += (gold && pred) as usize;
        self.fp += (!gold && pred) as usize;
        self.fn_ += (gold && !pred) as usize;
    }
    fn f1(&self) -> f64 {
        let d = 2 * self.tp + self.fp + self.fn_;
        if d == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / d as f64
        }
    }
    fn p(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn r(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// Per label: best (union, threshold) on the given examples.
fn choose(
    ex: &[Example],
    p: &[[f32; LABELS]],
    sel: &dyn Fn(&Example) -> bool,
    allow_union: bool,
) -> ([f32; LABELS], [bool; LABELS]) {
    let mut th = [0.5f32; LABELS];
    let mut un = [false; LABELS];
    for l in 0..LABELS {
        let mut best = (-1.0f64, 0.5f32, false);
        for union in [false, allow_union] {
            for t in (5..=95).step_by(5) {
                let t = t as f32 / 100.0;
                let mut c = Counts::default();
                for (i, e) in ex.iter().enumerate() {
                    if !sel(e) {
                        continue;
                    }
                    c.add(e.y[l], p[i][l] >= t || (union && e.rules[l]));
                }
                // Prefer the model alone and thresholds near 0.5 on ties.
                let score =
                    c.f1() - 1e-4 * ((t - 0.5).abs() as f64) - if union { 1e-5 } else { 0.0 };
                if score > best.0 {
                    best = (score, t, union);
                }
            }
        }
        th[l] = best.1;
        un[l] = best.2;
    }
    (th, un)
}

fn report(
    name: &str,
    ex: &[Example],
    p: &[[f32; LABELS]],
    th: &[f32; LABELS],
    un: &[bool; LABELS],
    sel: &dyn Fn(&Example) -> bool,
) -> (f64, f64) {
    let mut ind = Counts::default();
    let mut typ = Counts::default();
    let mut rind = Counts::default();
    let mut rtyp = Counts::default();
    let mut n = 0;
    for (i, e) in ex.iter().enumerate() {
        if !sel(e) {
            continue;
        }
        n += 1;
        for l in 0..LABELS {
            let pred = p[i][l] >= th[l] || (un[l] && e.rules[l]);
            let (c, r) = if l < IND_N {
                (&mut ind, &mut rind)
            } else {
                (&mut typ, &mut rtyp)
            };
            c.add(e.y[l], pred);
            r.add(e.y[l], e.rules[l]);
        }
    }
    println!(
        "  {name:28} n={n:4}  rules ind {:.3}/{:.3}/{:.3} typ {:.3}/{:.3}/{:.3}   learned ind {:.3}/{:.3}/{:.3} typ {:.3}/{:.3}/{:.3}",
        rind.p(), rind.r(), rind.f1(), rtyp.p(), rtyp.r(), rtyp.f1(),
        ind.p(), ind.r(), ind.f1(), typ.p(), typ.r(), typ.f1()
    );
    (ind.f1(), typ.f1())
}

fn per_label(
    ex: &[Example],
    p: &[[f32; LABELS]],
    th: &[f32; LABELS],
    un: &[bool; LABELS],
    sel: &dyn Fn(&Example) -> bool,
) {
    for l in 0..LABELS {
        let mut c = Counts::default();
        let mut r = Counts::default();
        for (i, e) in ex.iter().enumerate() {
            if sel(e) {
                c.add(e.y[l], p[i][l] >= th[l] || (un[l] && e.rules[l]));
                r.add(e.y[l], e.rules[l]);
            }
        }
        println!(
            "    {:26} th {:.2} {}  rules F1 {:.3} (tp {} fp {} fn {})  learned F1 {:.3} (tp {} fp {} fn {})",
            learned::label_code(l),
            th[l],
            if un[l] { "or-rules" } else { "model   " },
            r.f1(), r.tp, r.fp, r.fn_,
            c.f1(), c.tp, c.fp, c.fn_
        );
    }
}

fn load(az: &Analyzer, path: &str, set: &str, out: &mut Vec<Example>) {
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("skipping {path} (not found)");
        return;
    };
    let probe = set == "probes";
    let mut feats: Vec<TextFeat> = Vec::new();
    let mut sents = Sentences::default();
    let mut buf = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default();
        let mut y = [false; LABELS];
        let mut mask = [false; LABELS];
        if probe {
            let expect = v["expect"].as_str().unwrap_or_default();
            let (kind, code) = expect.split_once(':').unwrap_or(("", ""));
            if kind == "s" {
                continue;
            }
            let Some(l) = learned::label_index(code) else {
                continue;
            };
            y[l] = true;
            mask[l] = true;
        } else {
            mask = [true; LABELS];
            for key in ["indicators", "exploitation"] {
                for c in v[key].as_array().into_iter().flatten() {
                    if let Some(l) = c.as_str().and_then(learned::label_index) {
                        y[l] = true;
                    }
                }
            }
        }
        let a = az.analyze_rules(text);
        let mut rules = [false; LABELS];
        for f in &a.indicators {
            rules[learned::label_index(f.code).unwrap()] = true;
        }
        for f in &a.exploitation {
            rules[learned::label_index(f.kind).unwrap()] = true;
        }
        learned::text_features(text, &mut feats, &mut sents, &mut buf);
        let mut keys: Vec<u32> = feats.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut rule = Vec::new();
        learned::rule_features(&a, &mut rule);
        let fold = (fnv64(&format!("{set}/{id}")) % FOLDS as u64) as usize;
        out.push(Example {
            set: set.to_string(),
            id,
            text: keys,
            rule,
            y,
            mask,
            rules,
            full: !probe,
            fold,
            weight: 1.0,
        });
        n += 1;
    }
    eprintln!("{set}: {n} texts");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cv_only = args.iter().any(|a| a == "--cv");
    let quick = args.iter().any(|a| a == "--quick");
    let no_rules = args.iter().any(|a| a == "--no-rules");
    let no_union = args.iter().any(|a| a == "--no-union");
    let blind_weight: f32 = args
        .iter()
        .find_map(|a| a.strip_prefix("--blind-weight="))
        .map(|x| x.parse().expect("number"))
        .unwrap_or(1.0);
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/text/");
    let az = Analyzer::new();
    let mut ex = Vec::new();
    for set in ["dev", "fresh", "fresh2", "fresh4", "fresh5"] {
        load(&az, &format!("{root}{set}.jsonl"), set, &mut ex);
    }
    load(
        &az,
        &format!("{root}probes/paraphrases.jsonl"),
        "probes",
        &mut ex,
    );
    // Sets written blind to the rules: their rule features are honest.
    let blind = |e: &Example| e.set == "fresh4" || e.set == "fresh5";
    for e in ex.iter_mut() {
        if no_rules {
            e.rule.clear();
        }
        if blind(e) {
            e.weight = blind_weight;
        }
    }
    let full = |e: &Example| e.full;
    let grid: Vec<Config> = if quick {
        vec![Config {
            l2: 1e-4,
            epochs: 20,
            lr: 0.1,
            min_df: 2,
        }]
    } else {
        let mut g = Vec::new();
        for min_df in [1, 2] {
            for l2 in [1e-5f32, 1e-4, 1e-3] {
                for (epochs, lr) in [(20, 0.1), (50, 0.1), (20, 0.5), (50, 0.5)] {
                    g.push(Config {
                        l2,
                        epochs,
                        lr,
                        min_df,
                    });
                }
            }
        }
        g
    };
    let mut best: Option<(f64, Config, Vec<[f32; LABELS]>)> = None;
    let mut data_cache: HashMap<usize, Data> = HashMap::new();
    for c in &grid {
        let d = data_cache
            .entry(c.min_df)
            .or_insert_with(|| index(&ex, c.min_df));
        let p = oof(&ex, d, c);
        let (th, un) = choose(&ex, &p, &full, !no_union);
        println!("config {c:?} ({} features)", d.nfeat);
        let (fi, ft) = report("all labelled (OOF)", &ex, &p, &th, &un, &full);
        for set in ["dev", "fresh", "fresh2", "fresh4", "fresh5"] {
            report(set, &ex, &p, &th, &un, &|e: &Example| e.set == set);
        }
        let score = fi + ft;
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, *c, p));
        }
    }
    let (_, c, p) = best.expect("a configuration");
    let (th, un) = choose(&ex, &p, &full, !no_union);
    println!("\nbest {c:?}; thresholds chosen on out-of-fold probabilities:");
    per_label(&ex, &p, &th, &un, &full);
    let mut probe_miss = 0;
    for (i, e) in ex.iter().enumerate() {
        if !e.full {
            let l = (0..LABELS).find(|&l| e.mask[l]).unwrap();
            if !(p[i][l] >= th[l] || (un[l] && e.rules[l])) {
                probe_miss += 1;
            }
        }
    }
    println!("probes missed out of fold: {probe_miss}");
    if cv_only {
        return;
    }
    let d = index(&ex, c.min_df);
    let all: Vec<usize> = (0..ex.len()).collect();
    let wt = train(&ex, &d, &all, &c);
    let mut feats: Vec<(u32, [f32; LABELS])> = d
        .keys
        .iter()
        .zip(&wt.w)
        .filter(|(_, w)| w.iter().any(|x| x.abs() >= 1e-3))
        .map(|(&k, w)| (k, *w))
        .collect();
    feats.sort_unstable_by_key(|f| f.0);
    let model = Model::from_parts(wt.b, th, un, &feats);
    let bytes = model.encode();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/model/learned.bin");
    std::fs::write(path, &bytes).expect("write model");
    println!(
        "wrote {path}: {} features, {} bytes",
        model.len(),
        bytes.len()
    );
    // Training-set fit of the final model (not a held-out number).
    let mut missing = 0;
    for (i, e) in ex.iter().enumerate() {
        let _ = &e.id;
        let q = predict(&wt, &d.x[i]);
        if !e.full {
            let l = (0..LABELS).find(|&l| e.mask[l]).unwrap();
            if !(q[l] >= th[l] || (un[l] && e.rules[l])) {
                missing += 1;
            }
        }
    }
    println!("probes missed by the final model (training fit): {missing}");
}
