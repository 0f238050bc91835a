//! # sightline-text
//!
//! Reads free text (intelligence logs, public reports, victim debrief
//! accounts, safeguarding referrals) and finds the signs of modern slavery:
//! the 11 ILO indicators of forced labour, UK "spot the signs" and GLAA
//! labour signs, exploitation types, a risk level, and entities (phones,
//! postcodes, vehicles, emails, URLs, handles, money, dates), each with
//! evidence spans and a confidence.
//!
//! Pure and deterministic: no I/O, no clock, no randomness. Build one
//! [`Analyzer`] (it compiles the lexicon once, a few milliseconds) and share
//! it between threads; [`Analyzer::analyze`] takes `&self`.
//!
//! ## How it works
//! 1. **Tokenise** into words with char and byte offsets, clause and sentence
//!    ids. Police shorthand (`PV`, `IP`, `w/`, `u/k`, `yrs`, `ppt`), text-speak
//!    and common misspellings (`pasport`, `lockd`, `mony`, `sleepin`) are
//!    normalised, any word one letter short of, one letter over, or with two
//!    letters swapped from a lexicon word of six letters or more is
//!    corrected (`thretened`, `passsport`, `thraetened`), and a word the
//!    rules never name also carries the lexicon words sharing its stem
//!    (`confiscates` → `confiscated`). `£35,000` is one number.
//! 2. **Match** curated phrase rules (see `lexicon.rs`, the rule language in
//!    `rules.rs`) over the tokens: words, prefixes, alternatives, optional
//!    words and bounded gaps, never across a clause boundary; a rule is
//!    tried at a token only when the words it still needs occur later in
//!    the same clause. Working days are computed from clock times ("10 in
//!    the morning to 1 at night": twelve hours or more is excessive
//!    overtime).
//! 3. **Context** in the style of NegEx/ConText: a match is dropped when it
//!    is negated ("no", "denied", "not", "… were denied", "threats: none"),
//!    hypothetical ("asked whether", "in case", "if she is threatened",
//!    questions), or cancelled by a more specific contrary phrase ("her own
//!    passport", "free to leave"). Scopes end at clause boundaries, at
//!    "but/however/although", and (for verb negation) at a comma. A threat
//!    stated as a condition ("if she refused he would hurt her family") is
//!    a threat: the condition scope ends at the second subject.
//! 4. **Score** each code by noisy-OR of its asserted rule weights and keep it
//!    at [`THRESHOLD`] or above. Abuse of vulnerability (homeless, addicted,
//!    no status) is reported only with another indicator or an exploitation
//!    type: vulnerability alone is not its abuse. Sector words ("car wash",
//!    "kitchen") give a type only alongside an indicator, and when several
//!    sectors compete the best supported are kept; generic work words
//!    ("job", "boss", "paid") give one only when no sector is named.
//! 5. **Risk**: `immediate` (danger now: "going to kill her tonight",
//!    "locked in right now"), then `high` (a child at risk, violence, sexual
//!    exploitation, organ harvesting, or three or more indicators), `medium`
//!    (any indicator, exploitation type or two signs), else `low`. Reasons
//!    list immediate danger first, then children.
//!
//! ## Codes
//! Indicators ([`INDICATOR_CODES`]): `abuse_of_vulnerability`, `deception`,
//! `restriction_of_movement`, `isolation`, `physical_sexual_violence`,
//! `intimidation_threats`, `retention_of_documents`, `withholding_wages`,
//! `debt_bondage`, `abusive_conditions`, `excessive_overtime`.
//!
//! Signs ([`SIGN_CODES`], UK spot-the-signs and GLAA):
//! `physical_appearance` (injuries, malnourished, unkempt),
//! `isolated` (rarely out, no contact, doesn't know the address),
//! `poor_living_conditions`, `overcrowded_accommodation`,
//! `sleeps_at_workplace`, `few_personal_effects`, `restricted_movement`,
//! `collected_early_dropped_late` (unusual travel times),
//! `fear_of_authorities` (reluctance to seek help: fear of police,
//! immigration, deportation or the exploiters; coached answers),
//! `upfront_fees`, `documents_taken`, `escorted_transport`,
//! `charged_transport`, `long_hours`, `ppe_charges`, `no_control_of_wages`
//! (wages or bank account controlled by someone else), `speaks_for_workers`,
//! `multiple_bank_cards` (many cards used at one ATM).
//!
//! Exploitation types ([`EXPLOITATION_TYPES`]): `labour`, `sexual`,
//! `criminal` (county lines, drug supply, cannabis cultivation, begging,
//! shoplifting and theft, fraud, money muling), `domestic_servitude`,
//! `organ_harvesting`.
//!
//! Entities: see [`EntityKind`] for the normalised forms. Phones are E.164
//! (`07700 900123` → `+447700900123`), postcodes upper case with one space
//! (`b11aa` → `B1 1AA`), vehicle registrations upper case with the DVLA
//! spacing (`ab12cde` → `AB12 CDE`, `A123 BCD`, `ABC 123D`), money
//! `GBP 300`, dates ISO 8601 read day first.
//!
//! ## Offsets
//! Every `start`/`end` is in Unicode scalar values (Rust `char`s) of the
//! input, end exclusive, so `text.chars().skip(start).take(end - start)` is
//! the evidence text.
mod codes;
mod entities;
pub mod learned;
mod lexicon;
mod rules;
pub mod stack;
mod token;

use std::cell::RefCell;

pub use codes::{label_of, Code, EXPLOITATION_TYPES, INDICATOR_CODES, SIGN_CODES};
pub use entities::{Entity, EntityKind};
use rules::{Match, RuleSet, Target, K_ANTI, K_CONTENT, K_TRIGGER};
use serde::Serialize;
use token::{Tokenizer, Tokens, Vocab, F_COMMA, F_CONJ, F_NEG, F_SAY, F_SUBJ};

/// Minimum confidence for a finding to be reported.
pub const THRESHOLD: f32 = 0.5;

/// A span of the input supporting a finding. Its text is a slice of the
/// analysed input (`'t`), so an analysis allocates no string per span
/// (`text.to_string()` where an owned copy must outlive the input).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Evidence<'t> {
    /// Start, in chars of the input.
    pub start: usize,
    /// End (exclusive), in chars of the input.
    pub end: usize,
    /// The text of the span: a slice of the input.
    pub text: &'t str,
}

/// An indicator or sign asserted in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding<'t> {
    /// The code (see [`INDICATOR_CODES`] / [`SIGN_CODES`]).
    pub code: &'static str,
    /// Confidence in 0..1, two decimals.
    pub confidence: f32,
    /// Supporting spans, in text order.
    pub evidence: Vec<Evidence<'t>>,
}

/// An exploitation type asserted in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TypeFinding<'t> {
    /// The type (see [`EXPLOITATION_TYPES`]).
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Confidence in 0..1, two decimals.
    pub confidence: f32,
    /// Supporting spans, in text order.
    pub evidence: Vec<Evidence<'t>>,
}

/// Risk level, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskLevel {
    /// Danger now: act immediately.
    Immediate,
    /// Child at risk, violence, sexual exploitation, or many indicators.
    High,
    /// Some indicators or an exploitation type.
    Medium,
    /// Nothing asserted.
    Low,
}

impl RiskLevel {
    /// Lower-case name as in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskLevel::Immediate => "immediate",
            RiskLevel::High => "high",
            RiskLevel::Medium => "medium",
            RiskLevel::Low => "low",
        }
    }
}

/// The risk assessment with its reasons (immediate danger first, then children).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// The level.
    pub level: RiskLevel,
    /// Human-readable reasons, most urgent first.
    pub reasons: Vec<String>,
}

/// Everything found in one text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis<'t> {
    /// ILO indicators, in [`INDICATOR_CODES`] order.
    pub indicators: Vec<Finding<'t>>,
    /// UK and GLAA signs, in [`SIGN_CODES`] order.
    pub signs: Vec<Finding<'t>>,
    /// Exploitation types, in [`EXPLOITATION_TYPES`] order.
    pub exploitation: Vec<TypeFinding<'t>>,
    /// Risk level and reasons.
    pub risk: Risk,
    /// Entities, in text order.
    pub entities: Vec<Entity>,
}

/// Per-thread scratch buffers, so analysing a text allocates little.
#[derive(Default)]
struct Scratch {
    tokens: Tokens,
    matches: Vec<Match>,
    neg: Vec<bool>,
    hypo: Vec<bool>,
    ifh: Vec<bool>,
    negpost: Vec<bool>,
    term: Vec<bool>,
    trig_end: Vec<(u32, Target)>,
    asserted: Vec<Match>,
    anti: Vec<Match>,
    cover: Vec<u32>,
    prefilter: rules::Prefilter,
    bufs: ScoreBufs,
}

/// Buffers `score` fills per text (kept, so scoring allocates only the output).
#[derive(Default)]
struct ScoreBufs {
    /// Spans of the finding being built.
    spans: Vec<(u32, u32)>,
    /// Severe indicators' matches: (sentence, start, end).
    severe: Vec<(u32, u32, u32)>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The engine. Build once with [`Analyzer::new`], share freely.
pub struct Analyzer {
    vocab: Vocab,
    /// Lexicon id of "no".
    no_id: u32,
    rules: RuleSet,
    entities: entities::EntityFinder,
}

impl Default for Analyzer {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("rules", &self.rules.rules.len())
            .finish()
    }
}

const IND_N: usize = 11;
pub(crate) const SIGN_N: usize = 18;
const TYPE_N: usize = 5;

impl Analyzer {
    /// Compiles the lexicon and the entity patterns.
    pub fn new() -> Self {
        let mut vocab = Vocab::new();
        for (from, to) in lexicon::SYNONYMS {
            vocab.add_synonym(from, to);
        }
        let mut w = |x: &str| vocab.word_id(x);
        let hours = rules::HourWords {
            rule: 0,
            am: w("am"),
            pm: w("pm"),
            morning: w("morning"),
            night: w("night"),
            evening: w("evening"),
            afternoon: w("afternoon"),
            in_at_the: [w("in"), w("at"), w("the")],
            conn: [w("to"), w("till"), w("until"), w("til"), w("and")],
            midnight: w("midnight"),
            still: w("still"),
        };
        let mut rules =
            RuleSet::compile(lexicon::RULES, &mut vocab).expect("the built-in lexicon compiles");
        rules.set_hours("= zzclockspan", hours);
        vocab.build_fuzzy(lexicon::FUZZY_WORDS);
        let no_id = vocab.word_id("no");
        Analyzer {
            vocab,
            no_id,
            rules,
            entities: entities::EntityFinder::new(),
        }
    }

    /// Number of compiled rules (for diagnostics).
    pub fn rule_count(&self) -> usize {
        self.rules.rules.len()
    }

    /// Diagnostics for lexicon work: every rule match in `text`, one line
    /// each, marked `+` when asserted (content or anti) and `-` when dropped
    /// by its context, with the rule source and the matched words.
    #[doc(hidden)]
    pub fn explain(&self, text: &str) -> Vec<String> {
        let mut s = Scratch::default();
        let mut tk = Tokenizer::new(&self.vocab);
        tk.run(text, &mut s.tokens);
        self.rules
            .find_all(&s.tokens, &mut s.matches, &mut s.prefilter);
        self.resolve_context(&mut s);
        s.matches
            .iter()
            .map(|m| {
                let kept = s
                    .asserted
                    .iter()
                    .chain(s.anti.iter())
                    .any(|a| a.rule == m.rule && a.s == m.s);
                let e = evidence(text, &s.tokens, m.s, m.e);
                format!(
                    "{} {:<60} | {}",
                    if kept { '+' } else { '-' },
                    e.text,
                    self.rules.rules[m.rule as usize].src
                )
            })
            .collect()
    }

    /// Analyses one text: the rules, then the learned layer
    /// ([`learned`], switched by [`learned::ENABLED`]). Never inlined, so
    /// profiles can count exactly what it costs (`bench/text/README.md`).
    #[inline(never)]
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        learned::analyze(self, text)
    }

    /// Analyses one text with the rules alone (no learned layer).
    pub fn analyze_rules<'t>(&self, text: &'t str) -> Analysis<'t> {
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut s) => self.analyze_with(text, &mut s, true),
            Err(_) => self.analyze_with(text, &mut Scratch::default(), true),
        })
    }

    /// The rules' analysis. Without `explain` the risk's reasons hold only
    /// immediate danger and a child at risk (the learned layer recomputes the
    /// others from its final findings).
    fn analyze_with<'t>(&self, text: &'t str, s: &mut Scratch, explain: bool) -> Analysis<'t> {
        let mut tk = Tokenizer::new(&self.vocab);
        tk.run(text, &mut s.tokens);
        self.rules
            .find_all(&s.tokens, &mut s.matches, &mut s.prefilter);
        let mut entities = Vec::new();
        if s.tokens.maybe_entity {
            self.entities.find(text, &mut entities);
        }
        if !s
            .matches
            .iter()
            .any(|m| self.rules.rules[m.rule as usize].kind & K_CONTENT != 0)
        {
            // Nothing to assert (most ordinary texts): skip context and scoring.
            return Analysis {
                indicators: Vec::new(),
                signs: Vec::new(),
                exploitation: Vec::new(),
                risk: Risk {
                    level: RiskLevel::Low,
                    reasons: Vec::new(),
                },
                entities,
            };
        }
        self.resolve_context(s);
        let mut bufs = std::mem::take(&mut s.bufs);
        let a = self.score(text, s, &mut bufs, entities, explain);
        s.bufs = bufs;
        a
    }

    /// Computes, for every match, whether it is asserted; fills `s.asserted`
    /// with the asserted content matches and `s.anti` with asserted antis.
    fn resolve_context(&self, s: &mut Scratch) {
        let n = s.tokens.toks.len();
        let toks = &s.tokens.toks;
        let rules = &self.rules.rules;
        // Content spans: a trigger inside one is part of the phrase, not
        // context. cover[i] = furthest end of a content match starting at or
        // before token i.
        s.cover.clear();
        s.cover.resize(n + 1, 0);
        for c in &s.matches {
            if rules[c.rule as usize].kind & K_CONTENT != 0 {
                let x = &mut s.cover[c.s as usize];
                *x = (*x).max(c.e);
            }
        }
        let mut run = 0;
        for x in s.cover.iter_mut() {
            run = run.max(*x);
            *x = run;
        }
        let cover = &s.cover;
        let inside_content = |m: &Match| cover[m.s as usize] >= m.e;
        s.trig_end.clear();
        s.negpost.clear();
        s.negpost.resize(n + 1, false);
        s.term.clear();
        s.term.resize(n + 1, false);
        for m in &s.matches {
            let r = &rules[m.rule as usize];
            if r.kind & K_TRIGGER == 0 {
                continue;
            }
            for &t in r.targets.iter() {
                if !t.is_trigger() || inside_content(m) {
                    continue;
                }
                // "if we said no she slapped us": a refusal, not a negation
                // of what follows (but "said no threats were made" is).
                if t == Target::NegList
                    && m.e == m.s + 1
                    && m.s > 0
                    && toks[m.s as usize - 1].flags & F_SAY != 0
                    && toks.get(m.e as usize).is_none_or(|x| {
                        x.flags & (F_SUBJ | F_COMMA) != 0 || x.clause != toks[m.s as usize].clause
                    })
                {
                    continue;
                }
                match t {
                    Target::NegPost => s.negpost[m.s as usize] = true,
                    Target::Term => s.term[m.s as usize] = true,
                    _ => s.trig_end.push((m.e, t)),
                }
            }
        }
        s.trig_end.sort_unstable_by_key(|x| x.0);
        // Sweep.
        s.neg.clear();
        s.neg.resize(n, false);
        s.hypo.clear();
        s.hypo.resize(n, false);
        s.ifh.clear();
        s.ifh.resize(n, false);
        let mut neg_list = 0i32;
        let mut neg_verb = 0i32;
        let mut hypo = 0i32;
        let mut ifs = 0i32;
        let mut if_seen = 0u32;
        let mut ti = 0usize;
        // The scopes are read only where a content or contrary phrase
        // starts: the sweep ends at the last such start.
        let sweep_end = s
            .matches
            .iter()
            .filter(|m| rules[m.rule as usize].kind & (K_CONTENT | K_ANTI) != 0)
            .map(|m| m.s as usize + 1)
            .max()
            .unwrap_or(0)
            .min(n);
        // Before the first trigger ends every scope is closed (nothing to
        // write): the sweep starts there.
        let sweep_start = s
            .trig_end
            .first()
            .map_or(sweep_end, |x| (x.0 as usize).min(sweep_end));
        for i in sweep_start..sweep_end {
            let t = &toks[i];
            if i > 0 && t.clause != toks[i - 1].clause {
                neg_list = 0;
                neg_verb = 0;
                hypo = 0;
                ifs = 0;
            }
            let new_clause_subject = t.flags & F_SUBJ != 0
                && i > 0
                && (t.flags & F_COMMA != 0 || toks[i - 1].flags & F_CONJ != 0);
            if t.flags & F_COMMA != 0 {
                neg_verb = 0;
                ifs = 0;
            }
            if new_clause_subject {
                neg_list = 0;
                neg_verb = 0;
                ifs = 0;
            }
            if ifs > 0 && t.flags & F_SUBJ != 0 {
                // "if you are told you owe money": a subject reported after
                // a verb of saying stays inside the condition.
                if if_seen > 0 && toks[i - 1].flags & F_SAY == 0 {
                    ifs = 0;
                } else {
                    if_seen += 1;
                }
            } else if ifs > 0 {
                if_seen += 1;
            }
            if s.term[i] {
                neg_list = 0;
                neg_verb = 0;
                hypo = 0;
                ifs = 0;
            }
            while ti < s.trig_end.len() && s.trig_end[ti].0 as usize <= i {
                if s.trig_end[ti].0 as usize == i {
                    match s.trig_end[ti].1 {
                        Target::NegList => neg_list = 10,
                        Target::NegVerb => neg_verb = 6,
                        Target::Hypo => hypo = 10,
                        Target::If => {
                            ifs = 10;
                            if_seen = 0;
                            // The first token of the condition is its subject.
                            if t.flags & F_SUBJ != 0 {
                                if_seen = 0;
                            }
                        }
                        _ => {}
                    }
                }
                ti += 1;
            }
            s.neg[i] = neg_list > 0 || neg_verb > 0;
            s.hypo[i] = hypo > 0;
            s.ifh[i] = ifs > 0;
            neg_list -= 1;
            neg_verb -= 1;
            hypo -= 1;
            ifs -= 1;
        }
        // Decide each content and anti match.
        s.asserted.clear();
        s.anti.clear();
        for m in &s.matches {
            let r = &rules[m.rule as usize];
            let is_content = r.kind & K_CONTENT != 0;
            let is_anti = r.kind & K_ANTI != 0;
            if !is_content && !is_anti {
                continue;
            }
            let st = m.s as usize;
            let tok = &toks[st];
            // "No safety training, no gloves": a phrase that starts with its
            // own "no" states an absence, and the earlier "no" does not undo
            // it (unless the phrase runs on past a comma).
            let own_no = is_content
                && s.tokens.ids_of(tok).contains(&self.no_id)
                && (m.s + 1..m.e).all(|k| toks[k as usize].flags & F_COMMA == 0);
            let mut ok = (own_no || !s.neg[st]) && !s.hypo[st] && (r.cond || !s.ifh[st]);
            if ok
                && s.tokens
                    .question
                    .get(tok.sent as usize)
                    .copied()
                    .unwrap_or(false)
            {
                ok = false;
            }
            if ok {
                // Post-negation: "threats were denied", "violence: none".
                let end = m.e as usize;
                let stop = (end + 4).min(n).max(end);
                for (k, tj) in toks[end..stop].iter().enumerate() {
                    let j = end + k;
                    if tj.clause != tok.clause || s.term[j] {
                        break;
                    }
                    if s.negpost[j] {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            if is_content {
                s.asserted.push(*m);
            }
            if is_anti {
                s.anti.push(*m);
            }
        }
        // Antis cancel overlapping content of their code, unless the content
        // phrase explicitly negates the anti ("not free to leave").
        if !s.anti.is_empty() {
            let mut anti = std::mem::take(&mut s.anti);
            anti.sort_unstable_by_key(|a| a.s);
            let tokens = &s.tokens;
            s.asserted.retain(|m| {
                // Antis are short: only those starting within 40 tokens before m can overlap.
                let lo = anti.partition_point(|a| a.s + 40 < m.s);
                !anti[lo..].iter().take_while(|a| a.s < m.e).any(|a| {
                    if a.e <= m.s {
                        return false;
                    }
                    let ra = &rules[a.rule as usize];
                    let rm = &rules[m.rule as usize];
                    let cancels = ra.targets.iter().any(|ta| {
                        rm.targets.iter().any(|tm| match (ta, tm) {
                            (Target::AntiInd(x), Target::Ind(y)) => x == y,
                            (Target::AntiSign(x), Target::Sign(y)) => x == y,
                            (
                                Target::AntiType(x),
                                Target::Type(y) | Target::TypeCtx(y) | Target::TypeWeak(y),
                            ) => x == y,
                            _ => false,
                        })
                    });
                    if !cancels {
                        return false;
                    }
                    let negates_anti = (m.s..m.e).any(|k| {
                        (k < a.s || k >= a.e) && tokens.toks[k as usize].flags & F_NEG != 0
                    });
                    !negates_anti
                })
            });
            s.anti = anti;
        }
    }

    fn score<'t>(
        &self,
        text: &'t str,
        s: &Scratch,
        bufs: &mut ScoreBufs,
        entities: Vec<Entity>,
        explain: bool,
    ) -> Analysis<'t> {
        let rules = &self.rules.rules;
        let toks = &s.tokens.toks;
        let mut ind = [0f32; IND_N];
        let mut sign = [0f32; SIGN_N];
        let mut typ = [0f32; TYPE_N];
        let mut typ_ctx = [0f32; TYPE_N];
        let mut typ_weak = [0f32; TYPE_N];
        let mut imm = 0f32;
        let mut child = 0f32;
        let or = |acc: &mut f32, w: f32| *acc = 1.0 - (1.0 - *acc) * (1.0 - w);
        for m in &s.asserted {
            let r = &rules[m.rule as usize];
            for &t in r.targets.iter() {
                match t {
                    Target::Ind(i) => or(&mut ind[i as usize], r.weight),
                    Target::Sign(i) => or(&mut sign[i as usize], r.weight),
                    Target::Type(i) => or(&mut typ[i as usize], r.weight),
                    Target::TypeCtx(i) => or(&mut typ_ctx[i as usize], r.weight),
                    Target::TypeWeak(i) => or(&mut typ_weak[i as usize], r.weight),
                    Target::Immediate => or(&mut imm, r.weight),
                    Target::Child => or(&mut child, r.weight),
                    _ => {}
                }
            }
        }
        let any_strong_type = typ.iter().any(|&c| c >= THRESHOLD);
        // Exploiting a child is abuse of vulnerability (ILO): a child at risk
        // together with any other indicator or an explicit type adds it.
        let any_other_ind = ind.iter().any(|&c| c >= THRESHOLD);
        let aov_from_child = child >= THRESHOLD && (any_other_ind || any_strong_type);
        if aov_from_child {
            or(&mut ind[0], 0.7);
        }
        let mut any_ind = ind.iter().any(|&c| c >= THRESHOLD);
        // Vulnerability alone (homeless, addicted, no status) is not its
        // abuse: it needs another indicator or an exploitation type.
        let ctx_type = typ_ctx
            .iter()
            .chain(typ_weak.iter())
            .any(|&c| c >= THRESHOLD);
        if ind[0] >= THRESHOLD
            && !ind[1..].iter().any(|&c| c >= THRESHOLD)
            && !any_strong_type
            && !ctx_type
        {
            ind[0] = 0.0;
            any_ind = false;
        }
        // Sector words count only alongside an indicator, and only when no
        // type is established by explicit evidence.
        let mut type_conf = typ;
        if any_ind && !any_strong_type {
            // Several sectors named ("kitchen" and "looked after the
            // children"): keep the best supported ones.
            let best = typ_ctx.iter().copied().fold(0f32, f32::max);
            for i in 0..TYPE_N {
                if typ_ctx[i] >= best - 0.1 {
                    or(&mut type_conf[i], typ_ctx[i]);
                }
            }
        } else if any_ind {
            for i in 0..TYPE_N {
                if typ[i] > 0.0 {
                    or(&mut type_conf[i], typ_ctx[i]);
                }
            }
        }
        // Generic employment words ("job", "boss", "paid") with an
        // indicator give a type only when no type or sector is named: a
        // nanny's "work" is domestic servitude, not labour too.
        let mut weak_used = false;
        if any_ind && type_conf.iter().all(|&c| c < THRESHOLD) {
            for i in 0..TYPE_N {
                if typ_weak[i] >= THRESHOLD {
                    or(&mut type_conf[i], typ_weak[i]);
                    weak_used = true;
                }
            }
        }
        // Forced-labour indicators with no other type named: the ILO
        // indicators are labour indicators, so default to labour.
        let labourish = [6usize, 7, 8, 9, 10].iter().any(|&i| ind[i] >= THRESHOLD);
        let default_labour = labourish && type_conf.iter().all(|&c| c < THRESHOLD);
        if default_labour {
            type_conf[0] = 0.55;
        }
        // Immediate: an explicit danger phrase, or a "now" cue in the same
        // sentence as restriction, violence or threats.
        let mut imm_ev: Vec<(u32, u32)> = Vec::new();
        for m in &s.asserted {
            let r = &rules[m.rule as usize];
            if r.targets.contains(&Target::Immediate) {
                imm_ev.push((m.s, m.e));
            }
        }
        let severe_by_sent = &mut bufs.severe;
        severe_by_sent.clear();
        for c in &s.asserted {
            let rc = &rules[c.rule as usize];
            let severe = rc
                .targets
                .iter()
                .any(|t| matches!(t, Target::Ind(i) if [2u8, 4, 5].contains(i)));
            if severe {
                severe_by_sent.push((toks[c.s as usize].sent, c.s, c.e));
            }
        }
        if !severe_by_sent.is_empty() {
            for m in &s.asserted {
                let r = &rules[m.rule as usize];
                if !r.targets.contains(&Target::Now) {
                    continue;
                }
                let sent = toks[m.s as usize].sent;
                if let Some(&(_, cs, ce)) = severe_by_sent.iter().find(|x| x.0 == sent) {
                    imm_ev.push((m.s.min(cs), m.e.max(ce)));
                    or(&mut imm, 0.9);
                }
            }
        }

        // One span buffer for every finding of the text.
        let spans = &mut bufs.spans;
        let mut ev = |pred: &dyn Fn(&Target) -> bool| -> Vec<Evidence<'t>> {
            spans.clear();
            spans.extend(
                s.asserted
                    .iter()
                    .filter(|m| rules[m.rule as usize].targets.iter().any(pred))
                    .map(|m| (m.s, m.e)),
            );
            merge_spans(spans);
            spans
                .iter()
                .take(5)
                .map(|&(a, b)| evidence(text, &s.tokens, a, b))
                .collect()
        };
        let mut indicators = Vec::new();
        for (i, &c) in ind.iter().enumerate() {
            if c >= THRESHOLD {
                let i8 = i as u8;
                indicators.push(Finding {
                    code: INDICATOR_CODES[i].code,
                    confidence: round2(c),
                    evidence: ev(&|t| {
                        *t == Target::Ind(i8) || (i == 0 && aov_from_child && *t == Target::Child)
                    }),
                });
            }
        }
        let mut signs = Vec::new();
        for (i, &c) in sign.iter().enumerate() {
            if c >= THRESHOLD {
                let i8 = i as u8;
                signs.push(Finding {
                    code: SIGN_CODES[i].code,
                    confidence: round2(c),
                    evidence: ev(&|t| *t == Target::Sign(i8)),
                });
            }
        }
        let mut exploitation = Vec::new();
        for (i, &c) in type_conf.iter().enumerate() {
            if c >= THRESHOLD {
                let i8 = i as u8;
                let strong = typ[i] > 0.0;
                exploitation.push(TypeFinding {
                    kind: EXPLOITATION_TYPES[i].code,
                    confidence: round2(c),
                    evidence: if i == 0 && default_labour {
                        ev(&|t| matches!(t, Target::Ind(6..=10)))
                    } else {
                        ev(&|t| {
                            *t == Target::Type(i8)
                                || (!strong || any_ind) && *t == Target::TypeCtx(i8)
                                || weak_used && *t == Target::TypeWeak(i8)
                        })
                    },
                });
            }
        }
        // Risk.
        let mut reasons = Vec::new();
        let mut level = RiskLevel::Low;
        if imm >= THRESHOLD {
            level = RiskLevel::Immediate;
            merge_spans(&mut imm_ev);
            for &(a, b) in imm_ev.iter().take(3) {
                let e = evidence(text, &s.tokens, a, b);
                reasons.push(format!("immediate danger: \"{}\"", e.text));
            }
        }
        let any_type = !exploitation.is_empty();
        if child >= THRESHOLD && (any_ind || any_type || level == RiskLevel::Immediate) {
            level = level.min(RiskLevel::High);
            let cev = ev(&|t| *t == Target::Child);
            match cev.first() {
                Some(e) => reasons.push(format!("child at risk: \"{}\"", e.text)),
                None => reasons.push("child at risk".to_string()),
            }
        }
        let level = risk_policy(
            level,
            explain.then_some(&mut reasons),
            &indicators,
            &signs,
            &exploitation,
        );
        Analysis {
            indicators,
            signs,
            exploitation,
            risk: Risk { level, reasons },
            entities,
        }
    }
}

fn round2(x: f32) -> f32 {
    ((x.min(0.99) * 100.0).round()) / 100.0
}

/// Sorts and merges overlapping spans in place.
fn merge_spans(spans: &mut Vec<(u32, u32)>) {
    spans.sort_unstable();
    let mut w = 0usize;
    for r in 0..spans.len() {
        let (a, b) = spans[r];
        if w > 0 && a <= spans[w - 1].1 {
            spans[w - 1].1 = spans[w - 1].1.max(b);
        } else {
            spans[w] = (a, b);
            w += 1;
        }
    }
    spans.truncate(w);
}

fn evidence<'t>(text: &'t str, t: &Tokens, s: u32, e: u32) -> Evidence<'t> {
    let a = &t.toks[s as usize];
    let b = &t.toks[(e as usize).saturating_sub(1).max(s as usize)];
    Evidence {
        start: a.cs as usize,
        end: b.ce as usize,
        text: &text[a.bs as usize..b.be as usize],
    }
}

/// `n` in decimal followed by `what` (a risk reason), without the
/// formatting machinery: the learned layer writes one for most texts.
fn counted(n: usize, what: &str) -> String {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    let mut m = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let mut r = String::with_capacity(digits.len() - i + what.len());
    for &d in &digits[i..] {
        r.push(d as char);
    }
    r.push_str(what);
    r
}

/// Position of `code` in `list`: by address first (findings carry the
/// list's own `&'static str`), by text otherwise.
pub(crate) fn code_pos(list: &[Code], code: &str) -> Option<usize> {
    list.iter()
        .position(|c| std::ptr::eq(c.code, code))
        .or_else(|| list.iter().position(|c| c.code == code))
}

/// The documented risk policy after immediate danger and a child at risk: violence,
/// sexual exploitation, organ harvesting, threats with restricted movement or three or
/// more indicators make it high; any indicator or type (or two signs) at least medium.
/// Shared by the rules and the learned layer, which decides on the final findings.
pub(crate) fn risk_policy(
    mut level: RiskLevel,
    mut reasons: Option<&mut Vec<String>>,
    indicators: &[Finding<'_>],
    signs: &[Finding<'_>],
    exploitation: &[TypeFinding<'_>],
) -> RiskLevel {
    let any_ind = !indicators.is_empty();
    let any_type = !exploitation.is_empty();
    let has = |code: &str| indicators.iter().any(|f| f.code == code);
    let has_type = |t: &str| exploitation.iter().any(|f| f.kind == t);
    // Reasons are built only when asked for (the learned layer asks for the
    // level alone, then builds them from its final findings).
    let mut say = |r: &dyn Fn() -> String| {
        if let Some(v) = reasons.as_mut() {
            v.push(r());
        }
    };
    if has("physical_sexual_violence") {
        level = level.min(RiskLevel::High);
        say(&|| "physical or sexual violence".into());
    }
    if has_type("sexual") {
        level = level.min(RiskLevel::High);
        say(&|| "sexual exploitation".into());
    }
    if has_type("organ_harvesting") {
        level = level.min(RiskLevel::High);
        say(&|| "organ harvesting".into());
    }
    if has("intimidation_threats") && has("restriction_of_movement") {
        level = level.min(RiskLevel::High);
        say(&|| "threats while movement is restricted".into());
    }
    if indicators.len() >= 3 {
        level = level.min(RiskLevel::High);
        say(&|| counted(indicators.len(), " forced-labour indicators"));
    }
    if level == RiskLevel::Low && (any_ind || any_type || signs.len() >= 2) {
        level = RiskLevel::Medium;
        if any_ind {
            say(&|| {
                counted(
                    indicators.len(),
                    if indicators.len() == 1 {
                        " forced-labour indicator"
                    } else {
                        " forced-labour indicators"
                    },
                )
            });
        }
        if any_type {
            say(&|| {
                let mut r = String::with_capacity(48);
                r.push_str("exploitation type: ");
                for (i, t) in exploitation.iter().enumerate() {
                    if i > 0 {
                        r.push_str(", ");
                    }
                    r.push_str(t.kind);
                }
                r
            });
        }
        if !any_ind && !any_type {
            say(&|| counted(signs.len(), " signs of exploitation"));
        }
    }
    level
}

#[cfg(test)]
mod tests;
