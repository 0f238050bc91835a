//! The learned layer: per-label logistic regression stacked on the rules.
//!
//! The rules (lexicon, context, scoring) generalise poorly to wording they
//! were not written for. This layer adds a small statistical model, trained
//! on every labelled set (see `bench/text/README.md`, "The learned layer"),
//! that sees
//! - the words of the text: lower-cased, lightly stemmed unigrams (marked
//!   when inside a negation or condition scope: "no concerns", "if she
//!   left"), plain bigrams ("not allowed", "own passport") and skip-bigrams
//!   (a word and the word two before it in its sentence: "took … passport",
//!   "never … paid"), as hashed presence features;
//! - the rules' own output (stacking): each indicator, sign and type they
//!   assert with its confidence and evidence count, the number asserted,
//!   the risk level, and which lexicon rules asserted a match (one feature
//!   per distinct rule, keyed by its source), so the model learns how far a
//!   rule is to be trusted on new authors' text.
//!
//! For each of the 11 indicators, 5 exploitation types and 18 signs it
//! gives a probability; a code is asserted when the probability reaches the
//! code's threshold (chosen by cross-validation), or when the rules assert
//! it and the probability reaches the code's (lower) rule threshold.
//! The exploitation types' and the indicators' logits are then replaced by
//! two second stages' ([`crate::stack`], with their own thresholds), each of
//! which reads this layer's output for all labels at once.
//! Evidence: the rules' spans when they found the code, otherwise the
//! sentence that contributes most to it. The model alone adds no indicator
//! or sign to a text of fewer than [`MODEL_ONLY_MIN_WORDS`] words, nor an
//! indicator the rules saw denied or hypothetical there. Paired signs
//! (documents taken, restricted movement, long hours, isolated) then follow
//! their indicators, and the risk is recomputed from the final findings by
//! the documented policy.
//!
//! The weights are embedded (`model/learned.bin`, written by
//! `examples/train.rs`); nothing is read at run time. Pure and
//! deterministic; texts longer than [`WINDOW`] words are scored window by
//! window and the most probable window counts, so a long document is not
//! mistaken for one that says everything.

use std::cell::RefCell;
use std::sync::OnceLock;

use crate::rules::Target;
use crate::stack::Stack;
use crate::token::{Token, F_COMMA, F_NUM};
use crate::{
    Analysis, Analyzer, Evidence, Finding, Risk, RiskLevel, TypeFinding, EXPLOITATION_TYPES,
    INDICATOR_CODES, SIGN_CODES,
};

/// The switch: `false` makes [`crate::Analyzer::analyze`] return the rules'
/// findings unchanged.
pub const ENABLED: bool = true;
/// The second stages decide the exploitation types and the indicators
/// ([`crate::stack`]).
pub const STACK_ENABLED: bool = true;

/// Largest weight magnitude in a label's units (i8 weights).
const Q_MAX: f32 = 127.0;

/// Labels the model predicts: the 11 indicators, the 5 types, then the
/// signs that are not paired with an indicator, in [`SIGN_CODES`] order (a
/// paired sign follows its indicator, see [`PAIRS`]).
pub const LABELS: usize = CORE + MODEL_SIGN_N;
/// Signs the model predicts: every sign but the paired ones.
pub const MODEL_SIGN_N: usize = crate::SIGN_N - PAIRS.len();
/// Bytes of a stored weight row: `LABELS` i8 weights padded to 32, so a row
/// never straddles a cache line and is summed in one vector register.
const ROW: usize = 32;
const _: () = assert!(LABELS <= ROW);
/// Rows summed in 16 bits before the sums are carried into 32 bits:
/// 258 * 127 is the largest sum an i16 holds.
const PART_ROWS: usize = 256;
const _: () = assert!(PART_ROWS * (Q_MAX as usize) <= i16::MAX as usize);
/// The indicators and types: the labels the rules' context is kept for.
pub const CORE: usize = 16;
const IND_N: usize = 11;

/// Words per scoring window for long texts.
pub const WINDOW: usize = 300;

static MODEL_BYTES: &[u8] = include_bytes!("../model/learned.bin");
const MAGIC: &[u8; 4] = b"SLM2";

/// Code of label `i` (indicator or type).
pub fn label_code(i: usize) -> &'static str {
    if i < IND_N {
        INDICATOR_CODES[i].code
    } else if i < CORE {
        EXPLOITATION_TYPES[i - IND_N].code
    } else {
        SIGN_CODES[LABEL_SIGN[i - CORE]].code
    }
}

/// True when label `i` is a sign.
pub fn is_sign(i: usize) -> bool {
    i >= CORE
}

/// Index of a code among the labels.
pub fn label_index(code: &str) -> Option<usize> {
    (0..LABELS).find(|&i| label_code(i) == code)
}

// ---------------------------------------------------------------------------
// Features

const SEED_UNI: u32 = 0x811c_9dc5;
const SEED_NEG: u32 = 0x3b1f_5a27;
const SEED_HYP: u32 = 0x5bd1_e995;
const SEED_BI: u32 = 0x27d4_eb2f;
const SEED_SKIP: u32 = 0x9e37_79b9;
const SEED_RULE: u32 = 0x1656_67b1;

const fn fnv(seed: u32, bytes: &[u8]) -> u32 {
    let mut h = seed;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

fn mix(a: u32, b: u32) -> u32 {
    let mut h = a.rotate_left(13) ^ b.wrapping_mul(0x9e37_79b1);
    h ^= h >> 15;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h
}

/// Feature key: never 0 (0 marks an empty slot in the table).
const fn key(h: u32) -> u32 {
    if h == 0 {
        1
    } else {
        h
    }
}

const SEED_FIRED: u32 = 0x2545_f491;

/// The feature key of "the rule with source `src` asserted a match".
pub(crate) fn fired_key(src: &str) -> u32 {
    key(fnv(SEED_FIRED, src.as_bytes()))
}

/// The feature key of a named stacking feature (`"rnone"` …).
pub const fn rule_key(name: &str) -> u32 {
    key(fnv(SEED_RULE, name.as_bytes()))
}

/// The key of `"{prefix}:{i}"` without allocating (same as [`rule_key`]).
const fn rule_key_i(prefix: &str, i: usize) -> u32 {
    let mut h = fnv(SEED_RULE, prefix.as_bytes());
    h = fnv(h, b":");
    if i >= 10 {
        h = fnv(h, &[b'0' + (i / 10 % 10) as u8]);
    }
    key(fnv(h, &[b'0' + (i % 10) as u8]))
}

/// `rule_key_i(prefix, i)` for every `i < N`, computed at compile time.
const fn rule_keys<const N: usize>(prefix: &str) -> [u32; N] {
    let mut a = [0u32; N];
    let mut i = 0;
    while i < N {
        a[i] = rule_key_i(prefix, i);
        i += 1;
    }
    a
}

/// The stacking features' keys, per label or code (see `rule_features`).
const K_RD: [u32; CORE] = rule_keys("rd");
const K_RA: [u32; CORE] = rule_keys("ra");
const K_RR: [u32; CORE] = rule_keys("rr");
const K_RX: [u32; CORE - IND_N] = rule_keys("rx");
const K_RI: [u32; IND_N] = rule_keys("ri");
const K_RC: [u32; IND_N] = rule_keys("rc");
const K_RE: [u32; IND_N] = rule_keys("re");
const K_RS: [u32; crate::SIGN_N] = rule_keys("rs");
const K_RT: [u32; CORE - IND_N] = rule_keys("rt");
const K_RTC: [u32; CORE - IND_N] = rule_keys("rtc");

/// One text feature: its key and the sentence it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TextFeat {
    /// Hashed feature key.
    pub key: u32,
    /// Sentence index (see [`Sentences`]).
    pub sent: u32,
}

/// Sentence spans in chars, and words per sentence.
#[derive(Debug, Default, Clone)]
pub struct Sentences {
    /// `(start_char, end_char, start_byte, end_byte, words)` per sentence.
    pub spans: Vec<(u32, u32, u32, u32, u32)>,
}

fn is_neg_cue(w: &[u8]) -> bool {
    matches!(
        w,
        b"no"
            | b"not"
            | b"never"
            | b"none"
            | b"nothing"
            | b"nobody"
            | b"neither"
            | b"nor"
            | b"without"
            | b"deny"
            | b"denies"
            | b"denied"
            | b"denying"
            | b"negative"
            | b"dont"
            | b"doesnt"
            | b"didnt"
            | b"isnt"
            | b"wasnt"
            | b"werent"
            | b"arent"
            | b"hasnt"
            | b"havent"
            | b"hadnt"
            | b"cant"
            | b"cannot"
            | b"couldnt"
            | b"wont"
            | b"wouldnt"
            | b"nil"
            | b"free"
    )
}

fn is_hyp_cue(w: &[u8]) -> bool {
    matches!(w, b"if" | b"whether" | b"unless" | b"should" | b"might")
}

fn is_scope_end(w: &[u8]) -> bool {
    matches!(w, b"but" | b"however" | b"although" | b"though" | b"yet")
}

/// Cue flag of a word: it opens a negation scope ("no", "never", "denies").
pub(crate) const L_NEG: u8 = 1;
/// Cue flag of a word: it opens a condition scope ("if", "whether").
pub(crate) const L_HYP: u8 = 2;
/// Cue flag of a word: it ends a scope ("but", "however").
pub(crate) const L_END: u8 = 4;

/// The learned layer's hash of one word as the tokeniser wrote it (lower
/// case, contractions split, shorthand rewritten) and its cue flags. The
/// word is cut to 24 bytes, digits read as `0`, and lightly stemmed
/// (plural and verb endings). The tokeniser computes this once per
/// distinct word (it is kept in its word cache), so the learned layer
/// makes no second pass over the characters.
pub(crate) fn word_hash(w: &[u8]) -> (u32, u8) {
    let mut flags = 0;
    if is_neg_cue(w) {
        flags |= L_NEG;
    } else if is_hyp_cue(w) {
        flags |= L_HYP;
    }
    if is_scope_end(w) {
        flags |= L_END;
    }
    let mut b = [0u8; 25];
    let mut n = w.len().min(24);
    for (d, &c) in b.iter_mut().zip(&w[..n]) {
        *d = if c.is_ascii_digit() { b'0' } else { c };
    }
    // Light stemming: plural and verb endings.
    let ends = |b: &[u8], n: usize, s: &[u8]| b[..n].ends_with(s);
    if n > 4 && ends(&b, n, b"ies") {
        n -= 2;
        b[n - 1] = b'y';
    } else if n > 5 && ends(&b, n, b"ing") {
        n -= 3;
    } else if n > 4 && ends(&b, n, b"ed") {
        n -= 2;
    } else if n > 3 && ends(&b, n, b"s") && !ends(&b, n, b"ss") && !ends(&b, n, b"us") {
        n -= 1;
    }
    if n > 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'0') {
        // "stopp(ed)" -> "stop".
        n -= 1;
    }
    (fnv(SEED_UNI, &b[..n]), flags)
}

/// The hash standing for a number from 10 to 17 (see [`token_features`]).
const H_TEEN: u32 = fnv(SEED_UNI, b"#teen");

/// Whether a token is a number that can be a child's age (10 to 17).
fn is_teen(t: &Token) -> bool {
    t.flags & F_NUM != 0 && (10..=17).contains(&t.num)
}

/// Extracts the text features of a tokenised text into `out` (in text
/// order, with repeats) and its sentences into `sents`: per token its
/// unigram (marked when inside a negation or condition scope), the bigram
/// with the previous token of the sentence and the skip-bigram with the
/// token before that ("he never give me" gives "never … me"; cross-set CV
/// at 189 sets: indicators 0.847 → 0.849, types 0.903 → 0.904, signs
/// 0.761 → 0.764), all from the hashes the tokeniser already computed. A
/// number from 10 to 17 also gives a `#teen` unigram and bigrams with its
/// neighbours: the word hash reads every digit as `0`, so "(Vietnamese,
/// 15)" and "(Vietnamese, 35)" would otherwise look alike.
pub(crate) fn token_features(toks: &[Token], out: &mut Vec<TextFeat>, sents: &mut Sentences) {
    out.clear();
    sents.spans.clear();
    let Some(first) = toks.first() else {
        return;
    };
    let mut sent = 0u32;
    let mut tok_sent = first.sent;
    let mut clause = first.clause;
    let mut start = first;
    let mut last = first;
    let mut words = 0u32;
    let mut prev = 0u32;
    let mut prev2 = 0u32;
    let mut prev_teen = false;
    let mut scope = 0u8;
    let mut scope_left = 0u32;
    for t in toks {
        if t.sent != tok_sent {
            sents
                .spans
                .push((start.cs, last.ce, start.bs, last.be, words));
            sent += 1;
            tok_sent = t.sent;
            start = t;
            words = 0;
            prev = 0;
            prev2 = 0;
            prev_teen = false;
            scope_left = 0;
        }
        if t.clause != clause || t.flags & F_COMMA != 0 {
            clause = t.clause;
            scope_left = 0;
        }
        words += 1;
        last = t;
        let h = t.lh;
        let uni = match scope {
            1 if scope_left > 0 => mix(h, SEED_NEG),
            2 if scope_left > 0 => mix(h, SEED_HYP),
            _ => h,
        };
        let mut push = |hash| {
            out.push(TextFeat {
                key: key(hash),
                sent,
            })
        };
        push(uni);
        if prev != 0 {
            push(mix(prev ^ SEED_BI, h));
        }
        if prev2 != 0 {
            push(mix(prev2 ^ SEED_SKIP, h));
        }
        let teen = is_teen(t);
        if teen {
            push(H_TEEN);
            if prev != 0 {
                push(mix(prev ^ SEED_BI, H_TEEN));
            }
        }
        if prev_teen {
            push(mix(H_TEEN ^ SEED_BI, h));
        }
        prev_teen = teen;
        prev2 = prev;
        prev = h;
        scope_left = scope_left.saturating_sub(1);
        if t.lf & L_END != 0 {
            scope_left = 0;
        }
        if t.lf & L_NEG != 0 {
            scope = 1;
            scope_left = 6;
        } else if t.lf & L_HYP != 0 {
            scope = 2;
            scope_left = 8;
        }
    }
    sents
        .spans
        .push((start.cs, last.ce, start.bs, last.be, words));
}

/// Whether the model alone may add an indicator the rules did not find (it adds recall on
/// wording the lexicon lacks: +0.03 F1 on both held-out sets). Only in texts of at least
/// [`MODEL_ONLY_MIN_WORDS`] words: in a line or two a bag of words over-reaches ("open
/// from 9am to 5pm" read as excessive overtime).
pub const MODEL_ADDS_INDICATORS: bool = true;
/// The shortest text in which the model alone may add an indicator.
pub const MODEL_ONLY_MIN_WORDS: usize = 10;

/// What the rules saw beyond their findings, per label: the noisy-OR
/// weight of the asserted matches before the rules' own thresholds and
/// combination logic, sector context for each type, and how many matches
/// their context dropped (negated, hypothetical) or a contrary phrase
/// asserted ("her own passport", "free to leave").
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RuleContext {
    /// Noisy-OR weight of asserted matches per label.
    pub raw: [f32; CORE],
    /// Noisy-OR weight of asserted sector words per type.
    pub sector: [f32; CORE - IND_N],
    /// Matches dropped by their context, per label.
    pub dropped: [u16; CORE],
    /// Asserted contrary phrases, per label.
    pub anti: [u16; CORE],
    /// Feature keys of the first [`FIRED_MAX`] distinct rules that asserted
    /// a match, in text order (`n_fired` of them): the model learns how far
    /// each rule is to be trusted on new authors' text.
    pub fired: [u32; FIRED_MAX],
    /// How many of `fired` are used.
    pub n_fired: u8,
}

/// At most this many distinct asserted rules are features of a text.
pub const FIRED_MAX: usize = 32;

impl RuleContext {
    /// Feature keys of the distinct rules that asserted a match.
    pub fn fired(&self) -> &[u32] {
        &self.fired[..self.n_fired as usize]
    }
}

impl Analyzer {
    /// The rules' analysis of `text` with its [`RuleContext`].
    pub fn analyze_rules_context<'t>(&self, text: &'t str) -> (Analysis<'t>, RuleContext) {
        crate::SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => self.rules_and_context(text, &mut s),
            Err(_) => self.rules_and_context(text, &mut crate::Scratch::default()),
        })
    }

    fn rules_and_context<'t>(
        &self,
        text: &'t str,
        s: &mut crate::Scratch,
    ) -> (Analysis<'t>, RuleContext) {
        let a = self.analyze_with(text, s, false);
        if !self.has_content(s) {
            // The rules skip context when there is nothing to assert, but a denial such
            // as "her own passport" is exactly what the model must hear about.
            self.resolve_context(s);
        }
        (a, self.rule_context(s))
    }

    fn has_content(&self, s: &crate::Scratch) -> bool {
        s.matches
            .iter()
            .any(|m| self.rules.rules[m.rule as usize].kind & crate::rules::K_CONTENT != 0)
    }

    fn rule_context(&self, s: &crate::Scratch) -> RuleContext {
        let rules = &self.rules.rules;
        let mut c = RuleContext::default();
        let or = |acc: &mut f32, w: f32| *acc = 1.0 - (1.0 - *acc) * (1.0 - w);
        for m in &s.asserted {
            let r = &rules[m.rule as usize];
            let n = c.n_fired as usize;
            if n < FIRED_MAX && !c.fired[..n].contains(&r.lkey) {
                c.fired[n] = r.lkey;
                c.n_fired += 1;
            }
            for &t in r.targets.iter() {
                match t {
                    Target::Ind(i) => or(&mut c.raw[i as usize], r.weight),
                    Target::Type(i) => or(&mut c.raw[IND_N + i as usize], r.weight),
                    Target::TypeCtx(i) => or(&mut c.sector[i as usize], r.weight),
                    _ => {}
                }
            }
        }
        // `asserted` is a subsequence of `matches`: walk both.
        let mut j = 0;
        for m in &s.matches {
            if j < s.asserted.len() {
                let a = &s.asserted[j];
                if a.rule == m.rule && a.s == m.s && a.e == m.e {
                    j += 1;
                    continue;
                }
            }
            for &t in rules[m.rule as usize].targets.iter() {
                match t {
                    Target::Ind(i) => c.dropped[i as usize] += 1,
                    Target::Type(i) | Target::TypeCtx(i) => c.dropped[IND_N + i as usize] += 1,
                    _ => {}
                }
            }
        }
        for m in &s.anti {
            for &t in rules[m.rule as usize].targets.iter() {
                match t {
                    Target::AntiInd(i) => c.anti[i as usize] += 1,
                    Target::AntiType(i) => c.anti[IND_N + i as usize] += 1,
                    _ => {}
                }
            }
        }
        c
    }
}

/// Analyses `text`: the rules, then (when [`ENABLED`] and the model loads)
/// the learned layer, over the rules' own tokens.
pub fn analyze<'t>(az: &Analyzer, text: &'t str) -> Analysis<'t> {
    match model() {
        Some(m) if ENABLED => crate::SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => az.refined(m, text, &mut s),
            Err(_) => az.refined(m, text, &mut crate::Scratch::default()),
        }),
        _ => az.analyze_rules(text),
    }
}

impl Analyzer {
    fn refined<'t>(&self, m: &Model, text: &'t str, s: &mut crate::Scratch) -> Analysis<'t> {
        let (a, c) = self.rules_and_context(text, s);
        LSCRATCH.with(|l| match l.try_borrow_mut() {
            Ok(mut l) => refine_with(m, text, &s.tokens.toks, a, &c, &mut l),
            Err(_) => refine_with(m, text, &s.tokens.toks, a, &c, &mut LScratch::default()),
        })
    }

    /// The learned layer's text features of `text` (in text order, with
    /// repeats) and its sentences, from the rules' tokeniser (for the
    /// trainer and diagnostics).
    pub fn text_features(&self, text: &str, out: &mut Vec<TextFeat>, sents: &mut Sentences) {
        let mut s = crate::Scratch::default();
        crate::token::Tokenizer::new(&self.vocab).run(text, &mut s.tokens);
        token_features(&s.tokens.toks, out, sents);
    }
}

/// The context features (appended to `out`): kept for every training set,
/// since negation and contrary phrases mean the same everywhere.
pub fn context_features(c: &RuleContext, out: &mut Vec<(u32, f32)>) {
    for l in 0..CORE {
        if c.dropped[l] > 0 {
            out.push((K_RD[l], (c.dropped[l].min(3) as f32) / 3.0));
        }
        if c.anti[l] > 0 {
            out.push((K_RA[l], (c.anti[l].min(2) as f32) / 2.0));
        }
    }
}

/// The stacking features: what the rules asserted.
pub fn rule_features(a: &Analysis<'_>, c: &RuleContext, out: &mut Vec<(u32, f32)>) {
    out.clear();
    for (&k, &w) in K_RR.iter().zip(&c.raw) {
        if w > 0.0 {
            out.push((k, w));
        }
    }
    for (i, &w) in c.sector.iter().enumerate() {
        if w > 0.0 {
            out.push((K_RX[i], w));
        }
    }
    let mut n_ind = 0;
    for f in &a.indicators {
        if let Some(i) = crate::code_pos(INDICATOR_CODES, f.code) {
            n_ind += 1;
            out.push((K_RI[i], 1.0));
            out.push((K_RC[i], f.confidence));
            out.push((K_RE[i], (f.evidence.len().min(4) as f32) / 4.0));
        }
    }
    for f in &a.signs {
        if let Some(i) = crate::code_pos(SIGN_CODES, f.code) {
            out.push((K_RS[i], 1.0));
        }
    }
    for f in &a.exploitation {
        if let Some(i) = crate::code_pos(EXPLOITATION_TYPES, f.kind) {
            out.push((K_RT[i], 1.0));
            out.push((K_RTC[i], f.confidence));
        }
    }
    if a.indicators.is_empty() && a.exploitation.is_empty() {
        out.push((const { rule_key("rnone") }, 1.0));
    }
    for &k in c.fired() {
        out.push((k, 1.0));
    }
    out.push((const { rule_key("rn") }, (n_ind.min(6) as f32) / 6.0));
    let risk = match a.risk.level {
        RiskLevel::Immediate => const { rule_key("risk:immediate") },
        RiskLevel::High => const { rule_key("risk:high") },
        RiskLevel::Medium => const { rule_key("risk:medium") },
        RiskLevel::Low => const { rule_key("risk:low") },
    };
    out.push((risk, 1.0));
    if a.risk
        .reasons
        .iter()
        .any(|r| r.starts_with("child at risk"))
    {
        out.push((const { rule_key("rchild") }, 1.0));
    }
}

// ---------------------------------------------------------------------------
// The model

/// A trained model: per-label bias, threshold and mode, and the weights of
/// every kept feature in an open-addressing table.
#[derive(Debug, Clone)]
pub struct Model {
    /// Bias per label.
    pub bias: [f32; LABELS],
    /// Probability at or above which the label is asserted.
    pub threshold: [f32; LABELS],
    /// A label the rules assert is kept when its probability reaches this
    /// (at most `threshold`; 0 keeps every rule finding).
    pub rule_threshold: [f32; LABELS],
    scale: [f32; LABELS],
    /// `below(threshold)` and `below(min(rule_threshold, threshold))` per
    /// label, computed once (see [`below`]).
    below_threshold: [f32; LABELS],
    below_keep: [f32; LABELS],
    /// Open addressing: `(key, row)` per slot (key 0 = empty), one read per
    /// probe.
    table: Vec<(u32, u32)>,
    /// Weights row by row, in units of the label's `scale` (its largest
    /// weight / 127): summed as integers, so a row is 32 bytes, a quarter of
    /// its f32 size, aligned so that one row is one half of a cache line
    /// (the layer mostly waits on memory).
    weights: Vec<Row>,
    /// The second stages, whose thresholds then replace this layer's for
    /// the labels they decide ([`Model::with_stack`]).
    stacks: Vec<&'static Stack>,
}

/// One feature's weights (`LABELS` used, the rest zero).
#[derive(Debug, Clone, Copy)]
#[repr(C, align(32))]
struct Row([i8; ROW]);

impl Model {
    /// Builds a model from trained parts (used by the trainer and tests).
    pub fn from_parts(
        bias: [f32; LABELS],
        threshold: [f32; LABELS],
        rule_threshold: [f32; LABELS],
        feats: &[(u32, [f32; LABELS])],
    ) -> Model {
        let mut scale = [0f32; LABELS];
        for (_, w) in feats {
            for l in 0..LABELS {
                scale[l] = scale[l].max(w[l].abs());
            }
        }
        for s in scale.iter_mut() {
            *s = if *s > 0.0 { *s / Q_MAX } else { 1.0 };
        }
        let mut weights = Vec::with_capacity(feats.len());
        let mut ks = Vec::with_capacity(feats.len());
        for (k, w) in feats {
            let q: [i8; ROW] = std::array::from_fn(|l| {
                if l < LABELS {
                    (w[l] / scale[l]).round().clamp(-Q_MAX, Q_MAX) as i8
                } else {
                    0
                }
            });
            // A row that rounds to zeros adds nothing: it is not stored.
            if q.iter().any(|&x| x != 0) {
                ks.push(*k);
                weights.push(Row(q));
            }
        }
        Self::build(bias, threshold, rule_threshold, scale, &ks, weights)
    }

    fn build(
        bias: [f32; LABELS],
        threshold: [f32; LABELS],
        rule_threshold: [f32; LABELS],
        scale: [f32; LABELS],
        ks: &[u32],
        weights: Vec<Row>,
    ) -> Model {
        let cap = (ks.len() * 2).next_power_of_two().max(16);
        let mut table = vec![(0u32, 0u32); cap];
        for (r, &k) in ks.iter().enumerate() {
            let mut p = (k as usize) & (cap - 1);
            while table[p].0 != 0 && table[p].0 != k {
                p = (p + 1) & (cap - 1);
            }
            table[p] = (k, r as u32);
        }
        Model {
            bias,
            threshold,
            rule_threshold,
            scale,
            below_threshold: threshold.map(below),
            below_keep: std::array::from_fn(|l| below(rule_threshold[l].min(threshold[l]))),
            table,
            weights,
            stacks: Vec::new(),
        }
    }

    /// This model with a second stage: the labels the stage decides take its
    /// logits and its thresholds. Every stage reads the first stage's logits.
    pub fn with_stack(mut self, st: &'static Stack) -> Model {
        for (l, t, r) in st.labels() {
            self.threshold[l] = t;
            self.rule_threshold[l] = r;
            self.below_threshold[l] = below(t);
            self.below_keep[l] = below(r.min(t));
        }
        self.stacks.push(st);
        self
    }

    /// Row of a feature key, if the model knows it.
    #[inline]
    fn row(&self, k: u32) -> Option<usize> {
        let mask = self.table.len() - 1;
        let mut p = (k as usize) & mask;
        loop {
            let (x, r) = self.table[p];
            if x == k {
                return Some(r as usize);
            }
            if x == 0 {
                return None;
            }
            p = (p + 1) & mask;
        }
    }

    /// Adds row `row` times `v` to `acc` (a stacking feature's value).
    #[inline]
    fn add_row(&self, acc: &mut [f32; LABELS], row: usize, v: f32) {
        let w = &self.weights[row].0;
        for l in 0..LABELS {
            acc[l] += (w[l] as f32 * self.scale[l]) * v;
        }
    }

    /// Adds row `row` (a present text feature) to 16-bit partial sums:
    /// exact for up to [`PART_ROWS`] rows (|weight| <= 127), and half the
    /// work of 32-bit sums.
    #[inline]
    fn add_row_i(&self, acc: &mut [i16; ROW], row: usize) {
        let w = &self.weights[row].0;
        for l in 0..ROW {
            acc[l] += w[l] as i16;
        }
    }

    /// Number of features with weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when the model has no features.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Serialises the model (little endian): magic, label count, feature
    /// count, then per label bias, threshold, rule threshold and scale, then
    /// the feature keys, then the i8 weights row by row.
    pub fn encode(&self) -> Vec<u8> {
        let mut ks: Vec<(u32, u32)> = self
            .table
            .iter()
            .filter(|(k, _)| *k != 0)
            .map(|&(k, r)| (r, k))
            .collect();
        ks.sort_unstable();
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&(LABELS as u32).to_le_bytes());
        b.extend_from_slice(&(ks.len() as u32).to_le_bytes());
        for l in 0..LABELS {
            b.extend_from_slice(&self.bias[l].to_le_bytes());
            b.extend_from_slice(&self.threshold[l].to_le_bytes());
            b.extend_from_slice(&self.rule_threshold[l].to_le_bytes());
            b.extend_from_slice(&self.scale[l].to_le_bytes());
        }
        for (_, k) in &ks {
            b.extend_from_slice(&k.to_le_bytes());
        }
        for w in &self.weights {
            b.extend(w.0[..LABELS].iter().map(|&x| x as u8));
        }
        b
    }

    /// Reads a model written by [`Model::encode`]; `None` if malformed.
    pub fn decode(b: &[u8]) -> Option<Model> {
        let mut p = 0usize;
        let u32_at = |p: &mut usize| -> Option<u32> {
            let x = u32::from_le_bytes(b.get(*p..*p + 4)?.try_into().ok()?);
            *p += 4;
            Some(x)
        };
        if b.get(0..4)? != MAGIC {
            return None;
        }
        p += 4;
        if u32_at(&mut p)? as usize != LABELS {
            return None;
        }
        let n = u32_at(&mut p)? as usize;
        let mut bias = [0f32; LABELS];
        let mut threshold = [0f32; LABELS];
        let mut rule_threshold = [0f32; LABELS];
        let mut scale = [0f32; LABELS];
        for l in 0..LABELS {
            bias[l] = f32::from_bits(u32_at(&mut p)?);
            threshold[l] = f32::from_bits(u32_at(&mut p)?);
            rule_threshold[l] = f32::from_bits(u32_at(&mut p)?);
            scale[l] = f32::from_bits(u32_at(&mut p)?);
        }
        let mut ks = Vec::with_capacity(n);
        for _ in 0..n {
            ks.push(u32_at(&mut p)?);
        }
        let wb = b.get(p..p + n * LABELS)?;
        if p + n * LABELS != b.len() {
            return None;
        }
        let weights = wb
            .chunks_exact(LABELS)
            .map(|c| Row(std::array::from_fn(|l| c.get(l).map_or(0, |&x| x as i8))))
            .collect();
        Some(Self::build(
            bias,
            threshold,
            rule_threshold,
            scale,
            &ks,
            weights,
        ))
    }

    /// Logits per label for one text (the most probable window of a long
    /// text), given its features.
    pub fn logits(
        &self,
        feats: &[TextFeat],
        sents: &Sentences,
        rule: &[(u32, f32)],
    ) -> [f32; LABELS] {
        self.logits_with(feats, sents, rule, &mut Seen::default())
    }

    fn logits_with(
        &self,
        feats: &[TextFeat],
        sents: &Sentences,
        rule: &[(u32, f32)],
        seen: &mut Seen,
    ) -> [f32; LABELS] {
        // Stacking features: those of value 1 (most: flags, fired rules)
        // are summed as integers like the text features, the rest in f32.
        let mut base = self.bias;
        let mut ones = [0i16; ROW];
        // At most FIRED_MAX fired rules and a few dozen flags: far from
        // PART_ROWS.
        debug_assert!(rule.len() <= PART_ROWS);
        for &(k, v) in rule {
            if let Some(r) = self.row(k) {
                if v == 1.0 {
                    self.add_row_i(&mut ones, r);
                } else {
                    self.add_row(&mut base, r, v);
                }
            }
        }
        for l in 0..LABELS {
            base[l] += ones[l] as f32 * self.scale[l];
        }
        // Windows of whole sentences, at most WINDOW words each (a longer
        // sentence is a window of its own).
        let mut best = [f32::NEG_INFINITY; LABELS];
        let mut fi = 0usize;
        let mut si = 0usize;
        let ns = sents.spans.len().max(1);
        while si < ns {
            let mut words = 0u32;
            let mut se = si;
            while se < sents.spans.len() && (se == si || words + sents.spans[se].4 <= WINDOW as u32)
            {
                words += sents.spans[se].4;
                se += 1;
            }
            let se = se.max(si + 1);
            // Presence features: each row once per window.
            let g = seen.next(self.len());
            let mut sum = [0i32; ROW];
            let mut part = [0i16; ROW];
            let mut rows = 0usize;
            let flush = |sum: &mut [i32; ROW], part: &mut [i16; ROW]| {
                for l in 0..ROW {
                    sum[l] += part[l] as i32;
                }
                *part = [0; ROW];
            };
            while fi < feats.len() && (feats[fi].sent as usize) < se {
                if let Some(r) = self.row(feats[fi].key) {
                    if seen.stamp[r] != g {
                        seen.stamp[r] = g;
                        self.add_row_i(&mut part, r);
                        rows += 1;
                        if rows == PART_ROWS {
                            flush(&mut sum, &mut part);
                            rows = 0;
                        }
                    }
                }
                fi += 1;
            }
            flush(&mut sum, &mut part);
            for l in 0..LABELS {
                best[l] = best[l].max(base[l] + sum[l] as f32 * self.scale[l]);
            }
            si = se;
        }
        best
    }

    /// The sentence contributing most to label `l` (by the summed weights
    /// of its features), if any contributes positively.
    fn best_sentence(&self, feats: &[TextFeat], l: usize) -> Option<u32> {
        let mut best: Option<(i32, u32)> = None;
        let mut i = 0;
        while i < feats.len() {
            let s = feats[i].sent;
            let mut sum = 0i32;
            while i < feats.len() && feats[i].sent == s {
                if let Some(r) = self.row(feats[i].key) {
                    sum += self.weights[r].0[l] as i32;
                }
                i += 1;
            }
            if sum > 0 && best.is_none_or(|(b, _)| sum > b) {
                best = Some((sum, s));
            }
        }
        best.map(|(_, s)| s)
    }
}

/// Which model rows a window has already counted: a generation stamp per
/// row, so nothing is sorted or cleared per text.
#[derive(Default)]
struct Seen {
    /// 16 bits a row (half the cache footprint of 32); cleared when the
    /// generation wraps, once every 65,535 windows.
    stamp: Vec<u16>,
    gen: u16,
}

impl Seen {
    /// Starts a new window over a model of `rows` rows; returns its stamp.
    fn next(&mut self, rows: usize) -> u16 {
        if self.stamp.len() != rows || self.gen == u16::MAX {
            self.stamp.clear();
            self.stamp.resize(rows, 0);
            self.gen = 0;
        }
        self.gen += 1;
        self.gen
    }
}

#[derive(Default)]
struct LScratch {
    feats: Vec<TextFeat>,
    sents: Sentences,
    rule: Vec<(u32, f32)>,
    seen: Seen,
    distinct: Vec<(u32, u32, u32)>,
}

thread_local! {
    static LSCRATCH: RefCell<LScratch> = RefCell::new(LScratch::default());
}

/// The embedded model (`None` if the file is empty or malformed, which
/// leaves the rules' findings unchanged).
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| {
        Model::decode(MODEL_BYTES).map(|m| {
            let stacks = if STACK_ENABLED {
                crate::stack::stacks()
            } else {
                &[]
            };
            stacks.iter().fold(m, |m, st| m.with_stack(st))
        })
    })
    .as_ref()
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// A logit below this cannot reach probability `t` (the logit of `t` less
/// a margin far wider than `sigmoid`'s rounding), so the label is decided
/// without computing its probability; at or above it the probability
/// decides exactly.
fn below(t: f32) -> f32 {
    if t <= 0.0 {
        f32::NEG_INFINITY
    } else if t >= 1.0 {
        // sigmoid(x) < 1 in f32 for every x below 15.
        15.0
    } else {
        (t / (1.0 - t)).ln() - 0.01
    }
}

/// Probabilities per label for `text` given the rules' analysis of it.
pub fn probabilities(
    az: &Analyzer,
    model: &Model,
    text: &str,
    rules: &Analysis<'_>,
    ctx: &RuleContext,
) -> [f32; LABELS] {
    let mut s = LScratch::default();
    az.text_features(text, &mut s.feats, &mut s.sents);
    rule_features(rules, ctx, &mut s.rule);
    context_features(ctx, &mut s.rule);
    let lg = model.logits_with(&s.feats, &s.sents, &s.rule, &mut s.seen);
    lg.map(sigmoid)
}

/// The model label of each sign ([`SIGN_CODES`] order), `None` for a
/// paired sign: the unpaired signs take the labels after [`CORE`] in order.
const SIGN_LABEL: [Option<usize>; crate::SIGN_N] = {
    const fn same(a: &str, b: &str) -> bool {
        let (a, b) = (a.as_bytes(), b.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i] != b[i] {
                return false;
            }
            i += 1;
        }
        true
    }
    let mut out = [None; crate::SIGN_N];
    let mut next = CORE;
    let mut j = 0;
    while j < crate::SIGN_N {
        let mut paired = false;
        let mut m = 0;
        while m < PAIRS.len() {
            paired |= same(SIGN_CODES[j].code, PAIRS[m].1);
            m += 1;
        }
        if !paired {
            out[j] = Some(next);
            next += 1;
        }
        j += 1;
    }
    assert!(next == LABELS, "every pair names a sign");
    out
};

/// The sign ([`SIGN_CODES`] index) of each model sign label after [`CORE`].
const LABEL_SIGN: [usize; MODEL_SIGN_N] = {
    let mut out = [0; MODEL_SIGN_N];
    let mut j = 0;
    while j < crate::SIGN_N {
        if let Some(l) = SIGN_LABEL[j] {
            out[l - CORE] = j;
        }
        j += 1;
    }
    out
};

/// Paired signs: the sign that is labelled whenever its indicator is.
const PAIRS: [(&str, &str); 4] = [
    ("retention_of_documents", "documents_taken"),
    ("restriction_of_movement", "restricted_movement"),
    ("excessive_overtime", "long_hours"),
    ("isolation", "isolated"),
];

/// Combines the rules' analysis of a text (and its tokens) with the
/// model's probabilities.
fn refine_with<'t>(
    model: &Model,
    text: &'t str,
    toks: &[Token],
    rules: Analysis<'t>,
    ctx: &RuleContext,
    s: &mut LScratch,
) -> Analysis<'t> {
    let LScratch {
        feats,
        sents,
        rule,
        seen,
        distinct,
    } = s;
    token_features(toks, feats, sents);
    rule_features(&rules, ctx, rule);
    context_features(ctx, rule);
    // Probabilities are computed only where they can matter: a label whose
    // logit is clearly below a threshold is decided without `exp`.
    let mut logit = model.logits_with(feats, sents, rule, seen);
    if !model.stacks.is_empty() {
        let mut found = [false; CORE];
        for (i, c) in INDICATOR_CODES.iter().enumerate() {
            found[i] = rules.indicators.iter().any(|f| f.code == c.code);
        }
        for (j, c) in EXPLOITATION_TYPES.iter().enumerate() {
            found[IND_N + j] = rules.exploitation.iter().any(|f| f.kind == c.code);
        }
        let words = crate::stack::distinct_words(text, sents, distinct);
        let x = Stack::features(&logit, &found, words);
        for st in &model.stacks {
            st.apply(&x, &mut logit);
        }
    }
    let prob = |l: usize| sigmoid(logit[l]);
    let reaches = |l: usize, t: f32, lo: f32| logit[l] >= lo && prob(l) >= t;
    let Analysis {
        indicators: mut r_ind,
        signs: mut r_signs,
        exploitation: mut r_typ,
        risk: r_risk,
        entities,
    } = rules;
    let sentence_ev = |l: usize| -> Vec<Evidence<'t>> {
        match model.best_sentence(feats, l) {
            Some(si) if (si as usize) < sents.spans.len() => {
                let (cs, ce, bs, be, _) = sents.spans[si as usize];
                vec![Evidence {
                    start: cs as usize,
                    end: ce as usize,
                    text: &text[bs as usize..be as usize],
                }]
            }
            _ => Vec::new(),
        }
    };
    let conf = |p: f32, rule_conf: Option<f32>| -> f32 {
        let c = rule_conf.map_or(p, |r| r.max(p));
        ((c.clamp(0.5, 0.99)) * 100.0).round() / 100.0
    };
    // A code the rules assert is kept at p >= its rule threshold. The
    // model alone asserts a code at p >= its threshold when some sentence
    // supports it (that sentence is the evidence), unless, for an
    // indicator, the rules saw it and dropped it by context: they know
    // "no passport was taken" and "if she is threatened" better than a
    // bag of words does.
    let short = toks.len() < MODEL_ONLY_MIN_WORDS;
    let model_only = |l: usize| -> Option<Vec<Evidence<'t>>> {
        let vetoed = (l < IND_N
            && (!MODEL_ADDS_INDICATORS || short || ctx.dropped[l] > 0 || ctx.anti[l] > 0))
            || (is_sign(l) && short);
        if vetoed || !reaches(l, model.threshold[l], model.below_threshold[l]) {
            return None;
        }
        let ev = sentence_ev(l);
        (!ev.is_empty()).then_some(ev)
    };
    // An indicator or sign of label `l`: the rules' finding kept at its
    // rule threshold, or the model's own.
    let decide = |l: usize, code: &'static str, found: Option<&mut Finding<'t>>| match found {
        Some(f) => reaches(
            l,
            model.rule_threshold[l].min(model.threshold[l]),
            model.below_keep[l],
        )
        .then(|| Finding {
            code: f.code,
            confidence: conf(prob(l), Some(f.confidence)),
            evidence: std::mem::take(&mut f.evidence),
        }),
        None => model_only(l).map(|evidence| Finding {
            code,
            confidence: conf(prob(l), None),
            evidence,
        }),
    };
    // The final findings are collected per code, then written into the
    // rules' own vectors (their allocations are reused).
    let mut ind_out: [Option<Finding<'t>>; IND_N] = Default::default();
    for (i, code) in INDICATOR_CODES.iter().enumerate() {
        let at = r_ind
            .iter()
            .position(|f| std::ptr::eq(f.code, code.code) || f.code == code.code);
        ind_out[i] = decide(i, code.code, at.map(|k| &mut r_ind[k]));
    }
    r_ind.clear();
    r_ind.extend(ind_out.into_iter().flatten());
    let indicators = r_ind;
    let mut typ_out: [Option<TypeFinding<'t>>; CORE - IND_N] = Default::default();
    for (j, code) in EXPLOITATION_TYPES.iter().enumerate() {
        let l = IND_N + j;
        match r_typ
            .iter()
            .position(|f| std::ptr::eq(f.kind, code.code) || f.kind == code.code)
        {
            Some(k) => {
                if reaches(
                    l,
                    model.rule_threshold[l].min(model.threshold[l]),
                    model.below_keep[l],
                ) {
                    let f = &mut r_typ[k];
                    typ_out[j] = Some(TypeFinding {
                        kind: f.kind,
                        confidence: conf(prob(l), Some(f.confidence)),
                        evidence: std::mem::take(&mut f.evidence),
                    });
                }
            }
            None => {
                if let Some(evidence) = model_only(l) {
                    typ_out[j] = Some(TypeFinding {
                        kind: code.code,
                        confidence: conf(prob(l), None),
                        evidence,
                    });
                }
            }
        }
    }
    r_typ.clear();
    r_typ.extend(typ_out.into_iter().flatten());
    let exploitation = r_typ;
    // Signs as indicators: a sign the rules assert is kept at p >= its rule
    // threshold; the model alone adds one (not in a short text) at p >= its
    // threshold, with the sentence that supports it as evidence.
    // A paired sign is left as the rules found it (it follows its indicator
    // below).
    let mut sign_out: [Option<Finding<'t>>; crate::SIGN_N] = Default::default();
    for (j, code) in SIGN_CODES.iter().enumerate() {
        let at = r_signs
            .iter()
            .position(|f| std::ptr::eq(f.code, code.code) || f.code == code.code);
        let Some(l) = SIGN_LABEL[j] else {
            if let Some(k) = at {
                let f = &mut r_signs[k];
                sign_out[j] = Some(Finding {
                    code: f.code,
                    confidence: f.confidence,
                    evidence: std::mem::take(&mut f.evidence),
                });
            }
            continue;
        };
        sign_out[j] = decide(l, code.code, at.map(|k| &mut r_signs[k]));
    }
    r_signs.clear();
    r_signs.extend(sign_out.into_iter().flatten());
    // Paired signs follow their indicators.
    for (ind, sign) in PAIRS {
        let has_ind = indicators.iter().find(|f| f.code == ind);
        let has_sign = r_signs.iter().any(|f| f.code == sign);
        match (has_ind, has_sign) {
            (None, true) => r_signs.retain(|f| f.code != sign),
            (Some(f), false) => {
                let code = SIGN_CODES
                    .iter()
                    .find(|c| c.code == sign)
                    .map(|c| c.code)
                    .unwrap_or(sign);
                r_signs.push(Finding {
                    code,
                    confidence: f.confidence,
                    evidence: f.evidence.clone(),
                });
            }
            _ => {}
        }
    }
    r_signs.sort_by_key(|f| crate::code_pos(SIGN_CODES, f.code));
    let risk = risk(&indicators, &r_signs, &exploitation, r_risk);
    Analysis {
        indicators,
        signs: r_signs,
        exploitation,
        risk,
        entities,
    }
}

/// The documented risk policy over final findings; immediate danger and a
/// child at risk come from the rules' assessment.
fn risk(ind: &[Finding<'_>], signs: &[Finding<'_>], typ: &[TypeFinding<'_>], rules: Risk) -> Risk {
    // The rules' reasons (their vector is reused) are immediate danger
    // first, then at most one child at risk: those are kept, the child only
    // alongside a final finding or immediate danger.
    let immediate = rules.level == RiskLevel::Immediate;
    let mut level = if immediate {
        RiskLevel::Immediate
    } else {
        RiskLevel::Low
    };
    let keep_child = !ind.is_empty() || !typ.is_empty() || immediate;
    let mut reasons = rules.reasons;
    let mut child_seen = false;
    reasons.retain(|r| {
        if r.starts_with("immediate danger") {
            immediate
        } else if r.starts_with("child at risk") && !child_seen {
            child_seen = true;
            keep_child
        } else {
            false
        }
    });
    if child_seen && keep_child {
        level = level.min(RiskLevel::High);
    }
    let level = crate::risk_policy(level, Some(&mut reasons), ind, signs, typ);
    Risk { level, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_deterministic_and_scoped() {
        let az = crate::Analyzer::new();
        let t = "No concerns. She is not allowed out!";
        let (mut f1, mut s1) = (Vec::new(), Sentences::default());
        az.text_features(t, &mut f1, &mut s1);
        let (mut f2, mut s2) = (Vec::new(), Sentences::default());
        az.text_features(t, &mut f2, &mut s2);
        assert_eq!(f1, f2);
        assert_eq!(s1.spans.len(), 2);
        assert_eq!((s1.spans[0].0, s1.spans[0].1), (0, 11));
        assert_eq!(s1.spans[0].4, 2);
        assert_eq!(
            &t[s1.spans[1].2 as usize..s1.spans[1].3 as usize],
            "She is not allowed out"
        );
        // "concerns" inside the negation scope differs from a plain one.
        let mut f3 = Vec::new();
        az.text_features("concerns", &mut f3, &mut s2);
        assert_eq!(f3.len(), 1);
        assert!(!f1.iter().any(|f| f.key == f3[0].key));
        // Stemming: "concern" is the same word; a contraction's "not"
        // opens a negation scope like "not" does.
        az.text_features("concern", &mut f2, &mut s2);
        assert_eq!(f2[0].key, f3[0].key);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        az.text_features("She isn't allowed out", &mut a, &mut s2);
        az.text_features("She is not allowed out", &mut b, &mut s2);
        assert_eq!(a, b);
    }

    #[test]
    fn a_number_from_10_to_17_is_told_apart_from_other_numbers() {
        let az = crate::Analyzer::new();
        let feats = |t: &str| {
            let (mut f, mut s) = (Vec::new(), Sentences::default());
            az.text_features(t, &mut f, &mut s);
            f.into_iter().map(|x| x.key).collect::<Vec<u32>>()
        };
        let teen = key(H_TEEN);
        let after_aged = key(mix(fnv(SEED_UNI, b"aged") ^ SEED_BI, H_TEEN));
        let (a15, a35, a18, a10, a17) = (
            feats("aged 15 years"),
            feats("aged 35 years"),
            feats("aged 18 years"),
            feats("aged 10"),
            feats("aged 17"),
        );
        // The teen unigram, its bigram with the word before and with the one after.
        assert!(a15.contains(&teen) && a15.contains(&after_aged));
        assert_eq!(a15.len(), a35.len() + 3);
        assert!(a35.iter().all(|k| a15.contains(k)));
        // The edges of the range.
        assert!(!a18.contains(&teen) && a10.contains(&teen) && a17.contains(&teen));
        // A teen number ending one sentence does not pair with the next one's first word.
        let two = feats("She is 15. Years pass.");
        let one = feats("She is 15");
        let next = key(mix(H_TEEN ^ SEED_BI, fnv(SEED_UNI, b"year")));
        assert!(!two.contains(&next) && !one.contains(&next));
        assert!(a15.contains(&next));
    }

    #[test]
    fn asserted_rules_are_features_once_each_and_dropped_ones_are_not() {
        let az = crate::Analyzer::new();
        let t = "The boss took my passport. He took my passport again and kept it.";
        let (a, c) = az.analyze_rules_context(t);
        assert!(!a.indicators.is_empty());
        let fired = c.fired();
        assert!(!fired.is_empty());
        let mut uniq = fired.to_vec();
        uniq.sort_unstable();
        uniq.dedup();
        assert_eq!(uniq.len(), fired.len(), "each rule counted once");
        let mut out = Vec::new();
        rule_features(&a, &c, &mut out);
        for k in fired {
            assert!(out.contains(&(*k, 1.0)));
        }
        // A denial asserts no rule ("her own passport" is a contrary phrase,
        // not a content match).
        let (_, c) = az.analyze_rules_context("No one took her passport.");
        assert!(c.fired().is_empty(), "{:?}", c.fired());
        assert!(c.dropped.iter().any(|&d| d > 0));
        // Keys follow the rule's source, not its position.
        assert_eq!(fired_key("a = b"), fired_key("a = b"));
        assert_ne!(fired_key("a = b"), fired_key("a = c"));
    }

    #[test]
    fn indexed_rule_keys_match_named_ones() {
        for i in [0, 7, 10, 17] {
            assert_eq!(rule_key_i("rd", i), rule_key(&format!("rd:{i}")));
        }
    }

    #[test]
    fn every_sign_is_a_model_label_or_follows_its_indicator() {
        for (j, c) in SIGN_CODES.iter().enumerate() {
            let paired = PAIRS.iter().any(|(_, s)| *s == c.code);
            match SIGN_LABEL[j] {
                Some(l) => {
                    assert!(!paired, "{} is paired and a label", c.code);
                    assert_eq!(label_code(l), c.code);
                    assert_eq!(label_index(c.code), Some(l));
                    assert!(is_sign(l));
                }
                None => assert!(paired, "{} is neither a label nor paired", c.code),
            }
        }
        assert_eq!(MODEL_SIGN_N + PAIRS.len(), SIGN_CODES.len());
        // The labels the shipped model was trained with, in order.
        let signs: Vec<&str> = (CORE..LABELS).map(label_code).collect();
        assert_eq!(
            signs,
            [
                "physical_appearance",
                "poor_living_conditions",
                "overcrowded_accommodation",
                "sleeps_at_workplace",
                "few_personal_effects",
                "collected_early_dropped_late",
                "fear_of_authorities",
                "upfront_fees",
                "escorted_transport",
                "charged_transport",
                "ppe_charges",
                "no_control_of_wages",
                "speaks_for_workers",
                "multiple_bank_cards",
            ]
        );
    }

    #[test]
    fn sums_past_the_16_bit_range_are_exact() {
        // 600 features of one window, each at +127 steps of label 0 and
        // -127 of label 1: the sums (76,200 steps) pass an i16's range.
        let mut w = [0f32; LABELS];
        w[0] = 1.0;
        w[1] = -1.0;
        let feats: Vec<(u32, [f32; LABELS])> = (1..=600u32).map(|k| (k, w)).collect();
        let m = Model::from_parts([0.0; LABELS], [0.5; LABELS], [0.0; LABELS], &feats);
        let present: Vec<TextFeat> = (1..=600u32).map(|key| TextFeat { key, sent: 0 }).collect();
        let sents = Sentences {
            spans: vec![(0, 1, 0, 1, 1)],
        };
        let lg = m.logits(&present, &sents, &[]);
        assert!((lg[0] - 600.0).abs() < 1e-2, "{}", lg[0]);
        assert!((lg[1] + 600.0).abs() < 1e-2, "{}", lg[1]);
        assert_eq!(lg[2], 0.0);
    }

    #[test]
    fn encode_decode_round_trip() {
        let mut w = [0f32; LABELS];
        w[3] = 1.5;
        w[12] = -0.25;
        let m = Model::from_parts(
            [0.1; LABELS],
            [0.5; LABELS],
            [0.0; LABELS],
            &[(42, w), (7, [0.3; LABELS])],
        );
        let b = m.encode();
        let d = Model::decode(&b).expect("decodes");
        assert_eq!(d.encode(), b);
        assert_eq!(d.len(), 2);
        assert!(Model::decode(&b[..b.len() - 1]).is_none());
        // i8 steps of each label's largest weight: 1.5 is 127 steps of label 3.
        assert_eq!(d.weights[0].0[3], 127);
        assert_eq!(d.weights[0].0[12], -106); // -0.25 in steps of 0.3 / 127
        assert!(d
            .weights
            .iter()
            .all(|r| r.0[LABELS..].iter().all(|&x| x == 0)));
        // A row whose weights all round to zero is not stored.
        let mut small = [0f32; LABELS];
        small[3] = 1e-4;
        small[12] = -1e-4;
        let tiny = Model::from_parts(
            [0.0; LABELS],
            [0.5; LABELS],
            [0.0; LABELS],
            &[(42, w), (9, small)],
        );
        assert_eq!(tiny.len(), 1);
        assert_eq!(tiny.row(9), None);
        assert_eq!(tiny.row(42), Some(0));
    }

    #[test]
    fn clear_negations_produce_nothing() {
        let az = crate::Analyzer::new();
        for t in [
            "No concerns. Holds her own passport and is free to leave.",
            "No concerns raised. He is paid properly and goes home every night.",
            "Welfare check completed, nothing of note.",
        ] {
            let a = az.analyze(t);
            assert!(a.indicators.is_empty(), "{t}: {:?}", a.indicators);
            assert!(a.exploitation.is_empty(), "{t}: {:?}", a.exploitation);
            assert_eq!(a.risk.level, RiskLevel::Low, "{t}");
        }
    }

    #[test]
    fn analysis_is_deterministic_with_evidence() {
        let az = crate::Analyzer::new();
        let t = "The boss keeps all our passports. We work every day from 6am to \
                 midnight and he says our families will suffer if we go to the police.";
        let a = az.analyze(t);
        assert_eq!(a, az.analyze(t));
        assert_eq!(a, crate::Analyzer::new().analyze(t));
        assert!(!a.indicators.is_empty());
        let chars: Vec<char> = t.chars().collect();
        for f in &a.indicators {
            assert!(!f.evidence.is_empty(), "{} has no evidence", f.code);
            for e in &f.evidence {
                let s: String = chars[e.start..e.end].iter().collect();
                assert_eq!(s, e.text);
            }
        }
    }

    #[test]
    fn long_text_is_scored_by_windows() {
        // A long text of ordinary sentences must not look like exploitation.
        let az = crate::Analyzer::new();
        let t = "The shop opened at nine and the staff had lunch at one. ".repeat(400);
        let a = az.analyze(&t);
        assert!(a.indicators.is_empty(), "{:?}", a.indicators);
    }

    #[test]
    fn row_stamps_survive_the_generation_wrapping() {
        // 16-bit generations wrap after 65,535 windows: every new window
        // must still see each row as not yet counted.
        let mut s = Seen::default();
        for _ in 0..70_000 {
            let g = s.next(3);
            assert_ne!(s.stamp[1], g, "a new window has not counted row 1 yet");
            s.stamp[1] = g;
        }
    }

    #[test]
    fn embedded_model_loads() {
        let m = model().expect("the embedded model decodes");
        assert!(m.len() > 100);
    }
}
