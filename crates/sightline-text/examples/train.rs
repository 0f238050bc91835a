//! Trains the learned layer (`src/learned.rs`) and writes
//! `model/learned.bin`. Pure Rust, deterministic (fixed seed, fixed order).
//!
//! ```text
//! cargo run --release -p sightline-text --example train            # CV + write the model
//! cargo run --release -p sightline-text --example train -- --cv    # CV report only
//! ... -- --cv --config=0.1,20,0.1,2   # one configuration (L2, epochs, rate, min df); repeat to compare several
//! ... -- --cv --grid=full             # the 32-configuration grid of round 2
//! ... -- --no-fired                   # without the per-rule features
//! ... -- --no-quantise                # out-of-fold scores from f32 weights, not the engine's i8
//! ... -- --cv --seed=7                # another example order (how noisy a difference is)
//! ... -- --cv --min-words=0           # let the model add indicators in short texts too
//! ... -- --cv --ranges                # also compare threshold ranges per blind set (slow)
//! ... -- --probe-weight=1             # a probe counts as one example (default 12)
//! ... -- --out=/tmp/model.bin         # write the model elsewhere
//! ```
//! Training sets: `bench/text/{dev,fresh,fresh2}.jsonl` (the rules were
//! tuned on them) and the sets of [`BLIND`] (written blind to the rules,
//! each by its own author; missing files are skipped with a message), with
//! full labels (indicators, types and signs); `round3.jsonl` (unless
//! `--no-round3`; indicators and types only); `bench/text/negatives.jsonl`
//! (one-line texts with nothing to find) and
//! `bench/text/probes/paraphrases.jsonl` (one expected code each: positive
//! for that code only, unlabelled for the others). A set with no sign
//! labelled at all is unlabelled for signs. `--exclude=SET` leaves any of
//! them out. `test.jsonl`, `fresh3.jsonl`, `fresh8.jsonl`, `fresh14.jsonl`,
//! `fresh15.jsonl`, `fresh25.jsonl`, `fresh26.jsonl`, `fresh57.jsonl`, `fresh73.jsonl`
//! `fresh112.jsonl`–`fresh119.jsonl`, `fresh136.jsonl`–`fresh143.jsonl`,
//! `fresh160.jsonl`–`fresh167.jsonl` and the even sets of
//! `fresh184.jsonl`–`fresh198.jsonl` (written from `bench/text/BRIEF.md`)
//! are held out and never read; `fresh270.jsonl`–`fresh277.jsonl` were
//! written last and are not in [`BLIND`] yet.
//!
//! 1. Each text is analysed by the rules alone (`Analyzer::analyze_rules`)
//!    and turned into features (`learned::text_features`,
//!    `learned::rule_features`).
//! 2. Hyperparameters (L2, epochs, learning rate, minimum document
//!    frequency) are chosen by cross-validation (each blind set is in one
//!    fold, 5 to 12 folds; the other texts are spread over the folds by a
//!    hash of the id): the score
//!    is the pooled micro F1 of each blind set under thresholds chosen on
//!    the other blind sets, i.e. how the model and its thresholds do for an
//!    author they have not seen.
//! 3. For each label, the threshold and the mode (model alone, or model
//!    or rules) are chosen on the out-of-fold probabilities of the best
//!    configuration.
//! 4. The final model is trained on everything and written, its rows most
//!    frequent feature first. If it misses a paraphrase probe (a test of the
//!    crate), the next best configuration by cross-set score is tried.
use std::collections::HashMap;

use sightline_text::learned::{self, Model, Sentences, TextFeat, LABELS};
use sightline_text::Analyzer;

const SEED: u64 = 0x5eed_2026_1129;
/// Folds at least; each blind set present is in a fold of its own up to
/// [`MAX_FOLDS`].
const MIN_FOLDS: usize = 5;
/// Folds at most: with more blind sets than this, each fold holds several
/// whole sets (set `k` is in fold `k % MAX_FOLDS`), so out-of-fold
/// probabilities still come from a model that never saw the author, and
/// the cross-validation costs at most this many trainings.
const MAX_FOLDS: usize = 12;
/// Sets written blind to the rules, each by its own author: their rule
/// features are honest, and each lies in one fold (see `main`). A missing file is
/// skipped; `--exclude=SET` leaves one out.
const BLIND: [&str; 227] = [
    "fresh4", "fresh5", "fresh6", "fresh7", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
    "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
    "fresh24", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33",
    "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41",
    "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49",
    "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55", "fresh56", "fresh58",
    "fresh59", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66",
    "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh74", "fresh75",
    "fresh76", "fresh77", "fresh78", "fresh79", "fresh80", "fresh81", "fresh82", "fresh83",
    "fresh84", "fresh85", "fresh86", "fresh87", "fresh88", "fresh89", "fresh90", "fresh91",
    "fresh92", "fresh93", "fresh94", "fresh95", "fresh96", "fresh97", "fresh98", "fresh99",
    "fresh100", "fresh101", "fresh102", "fresh103", "fresh104", "fresh105", "fresh106", "fresh107",
    "fresh108", "fresh109", "fresh110", "fresh111", "fresh120", "fresh121", "fresh122", "fresh123",
    "fresh124", "fresh125", "fresh126", "fresh127", "fresh128", "fresh129", "fresh130", "fresh131",
    "fresh132", "fresh133", "fresh134", "fresh135", "fresh144", "fresh145", "fresh146", "fresh147",
    "fresh148", "fresh149", "fresh150", "fresh151", "fresh152", "fresh153", "fresh154", "fresh155",
    "fresh156", "fresh157", "fresh158", "fresh159", "fresh168", "fresh169", "fresh170", "fresh171",
    "fresh172", "fresh173", "fresh174", "fresh175", "fresh176", "fresh177", "fresh178", "fresh179",
    "fresh180", "fresh181", "fresh182", "fresh183", "fresh185", "fresh187", "fresh189", "fresh191",
    "fresh193", "fresh195", "fresh197", "fresh199", "fresh200", "fresh201", "fresh202", "fresh203",
    "fresh204", "fresh205", "fresh206", "fresh207", "fresh208", "fresh209", "fresh210", "fresh211",
    "fresh212", "fresh213", "fresh214", "fresh215", "fresh216", "fresh217", "fresh218", "fresh219",
    "fresh220", "fresh221", "fresh222", "fresh223", "fresh224", "fresh225", "fresh226", "fresh227",
    "fresh228", "fresh229", "fresh230", "fresh231", "fresh232", "fresh233", "fresh234", "fresh235",
    "fresh236", "fresh237", "fresh238", "fresh239", "fresh240", "fresh241", "fresh242", "fresh243",
    "fresh244", "fresh245", "fresh246", "fresh247", "fresh248", "fresh249", "fresh250", "fresh251",
    "fresh252", "fresh253", "fresh254", "fresh255", "fresh256", "fresh257", "fresh258", "fresh259",
    "fresh260", "fresh261", "fresh262", "fresh263", "fresh264", "fresh265", "fresh266", "fresh267",
    "fresh268", "fresh269",
];
/// Sets the rules were tuned on.
const TUNED: [&str; 3] = ["dev", "fresh", "fresh2"];
const IND_N: usize = 11;
/// Default example weight of a paraphrase probe (see `--probe-weight`): 8
/// let the 93-set min-df-6 model miss one probe in its final fit, 12 does not.
const PROBE_WEIGHT: f32 = 12.0;

struct Example {
    set: String,
    id: String,
    /// Sorted, deduplicated text feature keys.
    text: Vec<u32>,
    /// Rule features used in training (empty for the tuned sets).
    rule: Vec<(u32, f32)>,
    ctx: learned::RuleContext,
    /// Apply the context veto (see `decide`).
    veto: bool,
    /// Fewer than `learned::MODEL_ONLY_MIN_WORDS` words: the engine lets
    /// the model alone add no indicator (see `decide`).
    short: bool,
    /// Words (tokens) in the text.
    words: usize,
    /// Words of its distinct sentences (`stack::distinct_words`): the second
    /// stages' length, dumped as `words` with `--dump-oof`.
    distinct: usize,
    /// Rule features as at run time (used for predictions).
    rule_all: Vec<(u32, f32)>,
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
    /// Seed of the example order (`--seed=N`; default [`SEED`]): rerunning
    /// the cross-validation with other seeds shows how much of a difference
    /// is the order's noise.
    seed: u64,
}

/// Dense-indexed training data.
struct Data {
    /// Per example: (feature index, value).
    x: Vec<Vec<(u32, f32)>>,
    /// Per example, as at run time (all rule features).
    xp: Vec<Vec<(u32, f32)>>,
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
        for &(k, _) in &e.rule_all {
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
    let feats = |e: &Example, rule: &[(u32, f32)]| -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = e
            .text
            .iter()
            .filter_map(|k| pos.get(k).map(|&i| (i, 1.0)))
            .collect();
        v.extend(
            rule.iter()
                .filter_map(|(k, val)| pos.get(k).map(|&i| (i, *val))),
        );
        v
    };
    let x = ex.iter().map(|e| feats(e, &e.rule)).collect();
    let xp = ex.iter().map(|e| feats(e, &e.rule_all)).collect();
    Data {
        x,
        xp,
        nfeat: keys.len(),
        keys,
    }
}

#[derive(Clone)]
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
    let mut rng = Rng(c.seed);
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

/// The weights as the engine holds them (`Model::from_parts`): a feature
/// whose weights are all under 1e-3 is dropped, and each label's weights
/// are rounded to steps of its largest magnitude / 127 (i8).
fn quantised(mut wt: Weights) -> Weights {
    for w in wt.w.iter_mut() {
        if w.iter().all(|x| x.abs() < 1e-3) {
            *w = [0.0; LABELS];
        }
    }
    let mut scale = [0f32; LABELS];
    for w in &wt.w {
        for l in 0..LABELS {
            scale[l] = scale[l].max(w[l].abs());
        }
    }
    for s in scale.iter_mut() {
        *s = if *s > 0.0 { *s / 127.0 } else { 1.0 };
    }
    for w in wt.w.iter_mut() {
        for l in 0..LABELS {
            w[l] = (w[l] / scale[l]).round().clamp(-127.0, 127.0) * scale[l];
        }
    }
    wt
}

/// Out-of-fold probabilities for every example, from each fold's weights
/// as the engine would hold them (unless `exact`: the trained f32 weights).
fn oof(ex: &[Example], d: &Data, c: &Config, folds: usize, exact: bool) -> Vec<[f32; LABELS]> {
    let mut p = vec![[0f32; LABELS]; ex.len()];
    for k in 0..folds {
        let tr: Vec<usize> = (0..ex.len()).filter(|&i| ex[i].fold != k).collect();
        let wt = train(ex, d, &tr, c);
        let wt = if exact { wt } else { quantised(wt) };
        for i in (0..ex.len()).filter(|&i| ex[i].fold == k) {
            p[i] = predict(&wt, &d.xp[i]);
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

/// The decision, as in `learned::refine`: a code the rules assert is kept
/// at p >= rule threshold; otherwise the model asserts it at p >= threshold
/// unless (an indicator) the rules saw it and dropped it by context (negated, hypothetical,
/// a contrary phrase) or the text is short (`learned::MODEL_ONLY_MIN_WORDS`).
fn decide(e: &Example, l: usize, p: f32, t: f32, r: f32) -> bool {
    if e.rules[l] {
        p >= r.min(t)
    } else {
        p >= t && !vetoed(e, l)
    }
}

/// Whether the engine keeps the model alone from asserting label `l` in
/// this text (a short text, or an indicator the rules saw denied).
fn vetoed(e: &Example, l: usize) -> bool {
    (l < IND_N && (e.short || (e.veto && (e.ctx.dropped[l] > 0 || e.ctx.anti[l] > 0))))
        || (learned::is_sign(l) && e.short)
}

/// Per label: best (threshold, rule threshold) on the given examples: the
/// label is asserted when p >= threshold, or when the rules assert it and
/// p >= rule threshold (0 keeps every rule finding).
fn choose(
    ex: &[Example],
    p: &[[f32; LABELS]],
    sel: &dyn Fn(&Example) -> bool,
    allow_rules: bool,
    range: (u32, u32),
) -> ([f32; LABELS], [f32; LABELS]) {
    let cands = candidates(allow_rules, range);
    let mut th = [0.5f32; LABELS];
    let mut rt = [0.5f32; LABELS];
    for l in 0..LABELS {
        let mut best = (-1.0f64, 0.5f32, 0.5f32);
        for &(t, r) in &cands {
            let mut c = Counts::default();
            for (i, e) in ex.iter().enumerate() {
                if !sel(e) || !e.mask[l] {
                    continue;
                }
                c.add(e.y[l], decide(e, l, p[i][l], t, r));
            }
            // On ties prefer thresholds near 0.5 and trusting the rules.
            let score = c.f1() - 1e-4 * ((t - 0.5).abs() as f64) - 1e-5 * r as f64;
            if score > best.0 {
                best = (score, t, r);
            }
        }
        th[l] = best.1;
        rt[l] = best.2;
    }
    (th, rt)
}

/// The (threshold, rule threshold) pairs `choose` tries for one label, in
/// its order (the order breaks ties).
fn candidates(allow_rules: bool, range: (u32, u32)) -> Vec<(f32, f32)> {
    let mut out = Vec::new();
    for t in (range.0..=range.1).step_by(5) {
        let t = t as f32 / 100.0;
        out.push((t, t));
        if allow_rules {
            for &r in [0.0f32, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4].iter() {
                if r < t {
                    out.push((t, r));
                }
            }
        }
    }
    out
}

/// Pooled micro F1 (indicators, types) over the blind sets when each is
/// scored with thresholds chosen on the other blind sets only: how the
/// thresholds transfer to an author they were not chosen on.
///
/// The same choice as `choose` on every other set, computed once: each
/// candidate's counts are kept per set, so "all others" is the total minus
/// the held-out set's counts (one pass over the examples, not one per set).
#[allow(clippy::needless_range_loop)] // labels and sets index several tables at once
fn cross_set(
    ex: &[Example],
    p: &[[f32; LABELS]],
    blind: &[&str],
    allow_rules: bool,
    range: (u32, u32),
) -> (f64, f64, f64) {
    let cands = candidates(allow_rules, range);
    let set_of: Vec<Option<usize>> = ex
        .iter()
        .map(|e| blind.iter().position(|&b| e.full && b == e.set))
        .collect();
    let mut ind = Counts::default();
    let mut typ = Counts::default();
    let mut sig = Counts::default();
    for l in 0..LABELS {
        // per[c][s]: counts of candidate c on blind set s.
        let mut per = vec![vec![Counts::default(); blind.len()]; cands.len()];
        for (i, e) in ex.iter().enumerate() {
            let Some(s) = set_of[i] else { continue };
            if !e.mask[l] {
                continue;
            }
            for (c, &(t, r)) in cands.iter().enumerate() {
                per[c][s].add(e.y[l], decide(e, l, p[i][l], t, r));
            }
        }
        let total: Vec<Counts> = per
            .iter()
            .map(|v| {
                v.iter().fold(Counts::default(), |a, b| Counts {
                    tp: a.tp + b.tp,
                    fp: a.fp + b.fp,
                    fn_: a.fn_ + b.fn_,
                })
            })
            .collect();
        let acc = if l < IND_N {
            &mut ind
        } else if l < learned::CORE {
            &mut typ
        } else {
            &mut sig
        };
        for b in 0..blind.len() {
            let mut best = (-1.0f64, 0usize);
            for (c, &(t, r)) in cands.iter().enumerate() {
                let o = Counts {
                    tp: total[c].tp - per[c][b].tp,
                    fp: total[c].fp - per[c][b].fp,
                    fn_: total[c].fn_ - per[c][b].fn_,
                };
                // As in `choose`: on ties prefer thresholds near 0.5 and trusting the rules.
                let score = o.f1() - 1e-4 * ((t - 0.5).abs() as f64) - 1e-5 * r as f64;
                if score > best.0 {
                    best = (score, c);
                }
            }
            let h = per[best.1][b];
            acc.tp += h.tp;
            acc.fp += h.fp;
            acc.fn_ += h.fn_;
        }
    }
    (ind.f1(), typ.f1(), sig.f1())
}

fn report(
    name: &str,
    ex: &[Example],
    p: &[[f32; LABELS]],
    th: &[f32; LABELS],
    un: &[f32; LABELS],
    sel: &dyn Fn(&Example) -> bool,
) -> (f64, f64) {
    let mut ind = Counts::default();
    let mut typ = Counts::default();
    let mut rind = Counts::default();
    let mut rtyp = Counts::default();
    let mut sig = Counts::default();
    let mut rsig = Counts::default();
    let mut n = 0;
    for (i, e) in ex.iter().enumerate() {
        if !sel(e) {
            continue;
        }
        n += 1;
        for l in 0..LABELS {
            let pred = decide(e, l, p[i][l], th[l], un[l]);
            if !e.mask[l] {
                continue;
            }
            let (c, r) = if l < IND_N {
                (&mut ind, &mut rind)
            } else if l < learned::CORE {
                (&mut typ, &mut rtyp)
            } else {
                (&mut sig, &mut rsig)
            };
            c.add(e.y[l], pred);
            r.add(e.y[l], e.rules[l]);
        }
    }
    println!(
        "  {name:28} n={n:4}  rules ind {:.3}/{:.3}/{:.3} typ {:.3}/{:.3}/{:.3} sig {:.3}   learned ind {:.3}/{:.3}/{:.3} typ {:.3}/{:.3}/{:.3} sig {:.3}/{:.3}/{:.3}",
        rind.p(), rind.r(), rind.f1(), rtyp.p(), rtyp.r(), rtyp.f1(), rsig.f1(),
        ind.p(), ind.r(), ind.f1(), typ.p(), typ.r(), typ.f1(), sig.p(), sig.r(), sig.f1()
    );
    (ind.f1(), typ.f1())
}

fn per_label(
    ex: &[Example],
    p: &[[f32; LABELS]],
    th: &[f32; LABELS],
    un: &[f32; LABELS],
    sel: &dyn Fn(&Example) -> bool,
) {
    for l in 0..LABELS {
        let mut c = Counts::default();
        let mut r = Counts::default();
        for (i, e) in ex.iter().enumerate() {
            if sel(e) && e.mask[l] {
                c.add(e.y[l], decide(e, l, p[i][l], th[l], un[l]));
                r.add(e.y[l], e.rules[l]);
            }
        }
        println!(
            "    {:26} th {:.2} rules-th {:.2}  rules F1 {:.3} (tp {} fp {} fn {})  learned F1 {:.3} (tp {} fp {} fn {})",
            learned::label_code(l),
            th[l],
            un[l],
            r.f1(), r.tp, r.fp, r.fn_,
            c.f1(), c.tp, c.fp, c.fn_
        );
    }
}

/// Loads one labelled set; returns the number of texts (0 and a message
/// when the file is missing).
fn load(az: &Analyzer, path: &str, set: &str, out: &mut Vec<Example>) -> usize {
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("skipping {path} (not found)");
        return 0;
    };
    let probe = set == "probes";
    let mut feats: Vec<TextFeat> = Vec::new();
    let mut sents = Sentences::default();
    let mut distinct_scratch = Vec::new();
    let mut n = 0;
    for (lineno, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{path}:{}: not a JSON object: {e}", lineno + 1));
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default();
        let mut y = [false; LABELS];
        let mut mask = [false; LABELS];
        if probe {
            let expect = v["expect"].as_str().unwrap_or_default();
            // `!i:code` is a must-not-fire probe: a negative example for that code.
            let (negative, expect) = match expect.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, expect),
            };
            let (_, code) = expect.split_once(':').unwrap_or(("", ""));
            let Some(l) = learned::label_index(code) else {
                continue;
            };
            y[l] = !negative;
            mask[l] = true;
        } else {
            mask = [true; LABELS];
            for key in ["indicators", "exploitation", "signs"] {
                for c in v[key].as_array().into_iter().flatten() {
                    if let Some(l) = c.as_str().and_then(learned::label_index) {
                        y[l] = true;
                    }
                }
            }
        }
        let (a, ctx) = az.analyze_rules_context(text);
        let mut rules = [false; LABELS];
        for f in &a.indicators {
            rules[learned::label_index(f.code).unwrap()] = true;
        }
        for f in &a.exploitation {
            rules[learned::label_index(f.kind).unwrap()] = true;
        }
        // Paired signs are no labels (they follow their indicators).
        for l in a.signs.iter().filter_map(|f| learned::label_index(f.code)) {
            rules[l] = true;
        }
        az.text_features(text, &mut feats, &mut sents);
        let words: u32 = sents.spans.iter().map(|s| s.4).sum();
        let distinct = sightline_text::stack::distinct_words(text, &sents, &mut distinct_scratch);
        let mut keys: Vec<u32> = feats.iter().map(|f| f.key).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut rule = Vec::new();
        learned::rule_features(&a, &ctx, &mut rule);
        let mut context = Vec::new();
        learned::context_features(&ctx, &mut context);
        // Spread by hash; blind sets get their own fold in `main`.
        let fold = fnv64(&format!("{set}/{id}")) as usize;
        out.push(Example {
            set: set.to_string(),
            id,
            text: keys,
            ctx,
            veto: true,
            short: false,
            words: words as usize,
            distinct: distinct as usize,
            rule_all: rule.iter().chain(&context).copied().collect(),
            rule: rule.into_iter().chain(context).collect(),
            y,
            mask,
            rules,
            full: !probe,
            fold,
            weight: 1.0,
        });
        n += 1;
    }
    // A set whose texts carry no sign at all did not label signs (round3):
    // its signs are not examples, positive or negative.
    let from = out.len() - n;
    if !probe
        && !out[from..]
            .iter()
            .any(|e| e.y[learned::CORE..].iter().any(|&y| y))
    {
        eprintln!("{set}: no signs labelled; signs masked");
        for e in &mut out[from..] {
            e.mask[learned::CORE..].fill(false);
        }
    }
    eprintln!("{set}: {n} texts");
    n
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cv_only = args.iter().any(|a| a == "--cv");
    let quick = args.iter().any(|a| a == "--quick");
    let no_rules = args.iter().any(|a| a == "--no-rules");
    let no_union = args.iter().any(|a| a == "--no-union");
    let no_veto = args.iter().any(|a| a == "--no-veto");
    // The shortest text in which the model alone may add an indicator (as
    // the engine's `learned::MODEL_ONLY_MIN_WORDS`, unless --min-words=N).
    let min_words: usize = args
        .iter()
        .find_map(|a| a.strip_prefix("--min-words="))
        .map(|x| {
            x.parse()
                .unwrap_or_else(|_| panic!("--min-words=N, a whole number, got {x:?}"))
        })
        .unwrap_or(learned::MODEL_ONLY_MIN_WORDS);
    // Without the per-rule features ("this rule asserted a match").
    let no_fired = args.iter().any(|a| a == "--no-fired");
    // Out-of-fold probabilities from the trained f32 weights rather than
    // the engine's i8 ones.
    let exact = args.iter().any(|a| a == "--no-quantise");
    // Thresholds are kept within 0.15..0.75 by default: chosen on a few
    // hundred texts, extreme thresholds fit one author's labelling habits
    // (see the cross-set check printed below). With eleven blind sets the
    // floor of 0.25 held the types back (cross-set types +0.004 to +0.007
    // with 0.15 over three seeds, indicators level).
    let range: (u32, u32) = if args.iter().any(|a| a == "--free-thresholds") {
        (5, 95)
    } else if let Some(v) = args.iter().find_map(|a| a.strip_prefix("--range=")) {
        let (lo, hi) = v
            .split_once(',')
            .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)))
            .unwrap_or_else(|| panic!("--range=LO,HI in percent, got {v:?}"));
        (lo, hi)
    } else {
        (15, 75)
    };
    // The rules were tuned on dev/fresh/fresh2, so there their findings are
    // nearly always right; the weights of the rule features are learned
    // from the blind sets only (and the probes), unless --keep-tuned-rules.
    let drop_tuned = !args.iter().any(|a| a == "--keep-tuned-rules");
    let blind_weight: f32 = args
        .iter()
        .find_map(|a| a.strip_prefix("--blind-weight="))
        .map(|x| x.parse().expect("number"))
        .unwrap_or(1.0);
    // The paraphrase probes are a test of the crate: each counts as this
    // many examples (--probe-weight=N), so a one-line probe of a rare
    // wording is not outweighed by its label's prior.
    let probe_weight: f32 = args
        .iter()
        .find_map(|a| a.strip_prefix("--probe-weight="))
        .map(|x| x.parse().expect("number"))
        .unwrap_or(PROBE_WEIGHT);
    // Where the model is written (--out=PATH).
    let out_path = args
        .iter()
        .find_map(|a| a.strip_prefix("--out="))
        .unwrap_or(concat!(env!("CARGO_MANIFEST_DIR"), "/model/learned.bin"))
        .to_string();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/text/");
    let az = Analyzer::new();
    let mut ex = Vec::new();
    // round3 (labelled for indicators and types only, the only labels the
    // model learns; the rules were tuned on it) unless --no-round3: with it
    // the cross-set score of nearly every configuration was higher.
    let with_round3 = !args.iter().any(|a| a == "--no-round3");
    let excluded: Vec<&str> = args
        .iter()
        .filter_map(|a| a.strip_prefix("--exclude="))
        .collect();
    for set in TUNED {
        if excluded.contains(&set) {
            eprintln!("leaving out {set} (--exclude)");
        } else {
            load(&az, &format!("{root}{set}.jsonl"), set, &mut ex);
        }
    }
    let mut blind_sets: Vec<&str> = Vec::new();
    for set in BLIND {
        if excluded.contains(&set) {
            eprintln!("leaving out {set} (--exclude)");
        } else if load(&az, &format!("{root}{set}.jsonl"), set, &mut ex) > 0 {
            blind_sets.push(set);
        }
    }
    let blind_sets = blind_sets;
    let folds = MIN_FOLDS.max(blind_sets.len()).min(MAX_FOLDS);
    if with_round3 {
        load(&az, &format!("{root}round3.jsonl"), "round3", &mut ex);
    }
    // Hand-written one-line texts with nothing to find (negations,
    // conditions, advice, promises kept), so the words of an indicator in
    // such a sentence are not taken for the indicator.
    if !excluded.contains(&"negatives") {
        load(&az, &format!("{root}negatives.jsonl"), "negatives", &mut ex);
    }
    if !excluded.contains(&"probes") {
        load(
            &az,
            &format!("{root}probes/paraphrases.jsonl"),
            "probes",
            &mut ex,
        );
    }
    // Sets written blind to the rules: their rule features are honest.
    let blind = |e: &Example| blind_sets.contains(&e.set.as_str());
    // Each blind set lies in one fold (unless --folds=hash), so its
    // out-of-fold probabilities come from a model that never saw its author:
    // thresholds and hyperparameters are chosen for new authors.
    let set_folds = !args.iter().any(|a| a == "--folds=hash");
    for e in ex.iter_mut() {
        e.fold %= folds;
        if set_folds {
            if let Some(k) = blind_sets.iter().position(|b| *b == e.set) {
                e.fold = k % folds;
            }
        }
        e.veto = !no_veto;
        e.short = e.words < min_words;
        if no_fired {
            let fired = e.ctx.fired();
            e.rule.retain(|x| !fired.contains(&x.0));
            e.rule_all.retain(|x| !fired.contains(&x.0));
        }
        if no_rules {
            e.rule.clear();
        } else if drop_tuned && !blind(e) && e.full {
            // Keep the context features (negation means the same everywhere).
            let keep: Vec<u32> = {
                let mut c = Vec::new();
                learned::context_features(&e.ctx, &mut c);
                c.into_iter().map(|x| x.0).collect()
            };
            e.rule.retain(|x| keep.contains(&x.0));
        }
        if blind(e) {
            e.weight = blind_weight;
        } else if !e.full {
            e.weight = probe_weight;
        }
    }
    let full = |e: &Example| e.full;
    // Thresholds and hyperparameters are chosen on the blind sets (the
    // rules were tuned on dev/fresh/fresh2, so their features look better
    // there than on new text) unless --select=all.
    let select_all = args.iter().any(|a| a == "--select=all");
    let selector = |e: &Example| e.full && (select_all || blind(e));
    let seed: u64 = args
        .iter()
        .find_map(|a| a.strip_prefix("--seed="))
        .map(|x| {
            x.parse()
                .ok()
                .filter(|&n: &u64| n != 0)
                .unwrap_or_else(|| panic!("--seed=N, a whole number above 0, got {x:?}"))
        })
        .unwrap_or(SEED);
    // One configuration, or several (`--config=… --config=…`) compared.
    let given: Vec<Config> = args
        .iter()
        .filter_map(|a| a.strip_prefix("--config="))
        .map(|v| {
            let x: Vec<&str> = v.split(',').collect();
            let num = |i: usize| -> f32 {
                x.get(i).and_then(|s| s.parse().ok()).unwrap_or_else(|| {
                    panic!(
                        "--config=L2,EPOCHS,RATE,MIN_DF: bad field {} in {v:?}",
                        i + 1
                    )
                })
            };
            Config {
                l2: num(0),
                epochs: num(1) as usize,
                lr: num(2),
                min_df: num(3) as usize,
                seed,
            }
        })
        .collect();
    let grid: Vec<Config> = if !given.is_empty() {
        given
    } else if quick {
        vec![Config {
            l2: 1e-3,
            epochs: 20,
            lr: 0.1,
            min_df: 2,
            seed,
        }]
    } else if args.iter().any(|a| a == "--grid=full") {
        // The round-2 grid (32 configurations).
        let mut g = Vec::new();
        for min_df in [1, 2] {
            for l2 in [1e-4f32, 1e-3, 1e-2, 3e-2] {
                for (epochs, lr) in [(20, 0.1), (50, 0.1), (20, 0.5), (50, 0.5)] {
                    g.push(Config {
                        l2,
                        epochs,
                        lr,
                        min_df,
                        seed,
                    });
                }
            }
        }
        g
    } else {
        // With seven blind sets the full grid (`--grid=full`, 30 s a
        // configuration here) preferred rate 0.1 to 0.5 (cross-set types
        // 0.84 vs 0.81), min df 2 to 1, and the strongest L2 it had; so
        // rate 0.1, min df 2 and L2 from 0.01 up. With nine blind sets the
        // best L2 was 0.3, the top of the old grid, so 1.0 is tried too
        // (it scored lower: cross-set 0.775 / 0.848 vs 0.778 / 0.849).
        // With 48 blind sets min df 4 beat 3 and 2 (cross-set 0.831 / 0.892,
        // 0.828 / 0.889 and, with 40 sets, 0.817 / 0.883 at 2) with fewer
        // features (32,176 against 41,267 and 55,463).
        let mut g = Vec::new();
        for min_df in [4] {
            for l2 in [1e-2f32, 3e-2, 1e-1, 3e-1, 1.0] {
                for (epochs, lr) in [(20, 0.1), (50, 0.1)] {
                    g.push(Config {
                        l2,
                        epochs,
                        lr,
                        min_df,
                        seed,
                    });
                }
            }
        }
        g
    };
    let mut results: Vec<(f64, Config, Vec<[f32; LABELS]>)> = Vec::new();
    let mut data_cache: HashMap<usize, Data> = HashMap::new();
    for c in &grid {
        let d = data_cache
            .entry(c.min_df)
            .or_insert_with(|| index(&ex, c.min_df));
        let p = oof(&ex, d, c, folds, exact);
        let (th, un) = choose(&ex, &p, &selector, !no_union, range);
        println!("config {c:?} ({} features)", d.nfeat);
        report("all labelled (OOF)", &ex, &p, &th, &un, &full);
        report("selection set (OOF)", &ex, &p, &th, &un, &selector);
        for set in TUNED.iter().chain(&blind_sets) {
            report(set, &ex, &p, &th, &un, &|e: &Example| e.set == *set);
        }
        // Chosen by how thresholds chosen on some authors do on another.
        let (fi, ft, fs) = cross_set(&ex, &p, &blind_sets, !no_union, range);
        println!(
            "  cross-set (each blind set with thresholds from the others): ind {fi:.3} typ {ft:.3} signs {fs:.3}"
        );
        results.push((fi + ft, *c, p));
    }
    // Best cross-set score first (a stable sort: ties keep the grid order).
    results.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (_, c, p) = results.first().cloned().expect("a configuration");
    let (th, un) = choose(&ex, &p, &selector, !no_union, range);
    println!("\nbest {c:?}; thresholds chosen on out-of-fold probabilities:");
    per_label(&ex, &p, &th, &un, &selector);
    let mut probe_miss = 0;
    for (i, e) in ex.iter().enumerate() {
        if !e.full {
            let l = (0..LABELS).find(|&l| e.mask[l]).unwrap();
            if decide(e, l, p[i][l], th[l], un[l]) != e.y[l] {
                probe_miss += 1;
            }
        }
    }
    println!("probes missed out of fold: {probe_miss}");
    // Threshold ranges and selections compared per blind set (slow: five
    // choices of thresholds per set), with --ranges.
    let ranges: &[(&str, (u32, u32), bool)] = if args.iter().any(|a| a == "--ranges") {
        &[
            ("free, blind", (5u32, 95u32), false),
            ("0.25-0.75, blind", (25, 75), false),
            ("0.15-0.75, blind", (15, 75), false),
            ("free, all", (5, 95), true),
            ("0.25-0.75, all", (25, 75), true),
        ]
    } else {
        &[]
    };
    if !ranges.is_empty() {
        println!(
            "cross-set check: thresholds chosen on one part, scored on another (OOF probabilities)"
        );
    }
    for &(name, rg, all) in ranges {
        for &b in &blind_sets {
            let pick =
                |e: &Example| e.full && e.set != b && (all || blind_sets.contains(&e.set.as_str()));
            let (t2, r2) = choose(&ex, &p, &pick, !no_union, rg);
            report(
                &format!("{name}: -> {b}"),
                &ex,
                &p,
                &t2,
                &r2,
                &|e: &Example| e.set == b,
            );
        }
    }
    // Out-of-fold probabilities of the best configuration, one JSON line
    // per example, for analysis outside the trainer (--dump-oof=PATH).
    if let Some(path) = args.iter().find_map(|a| a.strip_prefix("--dump-oof=")) {
        use std::io::Write;
        let mut w = std::io::BufWriter::new(
            std::fs::File::create(path).unwrap_or_else(|e| panic!("--dump-oof={path}: {e}")),
        );
        let bits = |v: &[bool]| {
            v.iter()
                .map(|&b| if b { '1' } else { '0' })
                .collect::<String>()
        };
        for (i, e) in ex.iter().enumerate() {
            let ps: Vec<String> = p[i].iter().map(|x| format!("{x:.4}")).collect();
            // The logit as the engine has it, within the stacker's range.
            let lg: Vec<String> = p[i]
                .iter()
                .map(|&x| {
                    format!(
                        "{:.4}",
                        sightline_text::stack::clamp_logit((x / (1.0 - x)).ln())
                    )
                })
                .collect();
            writeln!(
                w,
                "{{\"set\":{:?},\"id\":{:?},\"full\":{},\"blind\":{},\"words\":{},\"fold\":{},\"p\":[{}],\"lg\":[{}],\"y\":\"{}\",\"mask\":\"{}\",\"rules\":\"{}\",\"veto\":\"{}\"}}",
                e.set,
                e.id,
                e.full,
                blind_sets.contains(&e.set.as_str()),
                e.distinct,
                e.fold,
                ps.join(","),
                lg.join(","),
                bits(&e.y),
                bits(&e.mask),
                bits(&e.rules),
                bits(&std::array::from_fn::<bool, LABELS, _>(|l| vetoed(e, l)))
            )
            .expect("write --dump-oof");
        }
        println!("wrote out-of-fold probabilities to {path}");
    }
    if args.iter().any(|a| a == "--errors") {
        for (i, e) in ex.iter().enumerate() {
            if !selector(e) {
                continue;
            }
            let mut fp = Vec::new();
            let mut fn_ = Vec::new();
            for l in 0..LABELS {
                let pred = decide(e, l, p[i][l], th[l], un[l]);
                let tag = format!(
                    "{}{}({:.2})",
                    learned::label_code(l),
                    if e.rules[l] { "*" } else { "" },
                    p[i][l]
                );
                if pred && !e.y[l] {
                    fp.push(tag);
                } else if !pred && e.y[l] {
                    fn_.push(tag);
                }
            }
            if !fp.is_empty() || !fn_.is_empty() {
                println!("- {}/{} FP={fp:?} FN={fn_:?}", e.set, e.id);
            }
        }
    }
    if cv_only {
        return;
    }
    // The final model is trained on everything. The paraphrase probes are a
    // test of the crate (`tests/probes.rs`): a configuration whose final
    // model misses one gives way to the next best by cross-set score.
    for (rank, (score, c, p)) in results.iter().enumerate() {
        let (th, un) = choose(&ex, p, &selector, !no_union, range);
        let d = index(&ex, c.min_df);
        let all: Vec<usize> = (0..ex.len()).collect();
        let wt = train(&ex, &d, &all, c);
        // Training-set fit of the final model as the engine holds it (not a
        // held-out number).
        let wq = quantised(wt.clone());
        let mut missing = 0;
        let mut missed_ids = Vec::new();
        for (i, e) in ex.iter().enumerate() {
            let q = predict(&wq, &d.xp[i]);
            if !e.full {
                let l = (0..LABELS).find(|&l| e.mask[l]).unwrap();
                if decide(e, l, q[l], th[l], un[l]) != e.y[l] {
                    missing += 1;
                    missed_ids.push(format!("{} {}({:.2})", e.id, learned::label_code(l), q[l]));
                }
            }
        }
        println!("{c:?} (cross-set sum {score:.4}): probes missed by the final model (training fit): {missing} {missed_ids:?}");
        if missing > 0 && rank + 1 < results.len() {
            println!("  trying the next best configuration");
            continue;
        }
        let mut feats: Vec<(u32, [f32; LABELS])> = d
            .keys
            .iter()
            .zip(&wt.w)
            .filter(|(_, w)| w.iter().any(|x| x.abs() >= 1e-3))
            .map(|(&k, w)| (k, *w))
            .collect();
        // Most frequent features first (by the texts that have them, then by
        // key): the rows most texts read sit together at the start of the
        // weights, so they stay in the processor's cache (the weights are the
        // same whatever the order).
        let mut df: HashMap<u32, usize> = HashMap::new();
        for e in &ex {
            for &k in e.text.iter().chain(e.rule_all.iter().map(|(k, _)| k)) {
                *df.entry(k).or_default() += 1;
            }
        }
        feats
            .sort_unstable_by_key(|f| (std::cmp::Reverse(df.get(&f.0).copied().unwrap_or(0)), f.0));
        let model = Model::from_parts(wt.b, th, un, &feats);
        let bytes = model.encode();
        let path = &out_path;
        std::fs::write(path, &bytes).expect("write model");
        println!(
            "wrote {path}: {c:?}, {} features, {} bytes",
            model.len(),
            bytes.len()
        );
        break;
    }
}
