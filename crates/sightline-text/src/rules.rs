//! The rule language and its matcher.
//!
//! A rule line is `TARGETS [WEIGHT] = PATTERN [;; PATTERN ...]`.
//!
//! Targets: `i:CODE` (ILO indicator), `s:CODE` (sign), `t:TYPE` (exploitation
//! type), `tw:TYPE` (generic employment words: the type only when no other
//! type or sector is named), `tc:TYPE` (exploitation type that only counts when an indicator is
//! also asserted: sector words such as "car wash"), `immediate`, `now`
//! (a "right now" cue that makes a severe indicator in the same sentence
//! immediate), `child`, `cond` (flag: a conditional "if … he would …" does
//! not make this hypothetical), and the context triggers `neg` (list
//! negation: "no", "denied", carries over commas), `negv` (verb negation:
//! "not", "never", stops at a comma), `negpost` ("… were denied", "…: none"),
//! `hypo` (hypothetical: "asked whether", "in case"), `if` (a condition
//! clause: ends at its second subject or a comma), `term` (ends any scope:
//! "but", "however") and `anti:i:CODE` / `anti:s:CODE` (a match overlapping
//! this one cancels that code: "her own passport").
//!
//! Pattern elements, separated by spaces: `word`, `prefix*`, alternatives
//! `a|b*|c`, optional `[a|b]`, a gap `~N` (up to N other tokens), a macro
//! `{name}` (a list of alternatives defined with `@name = a|b*|c`), and the
//! specials `#age` (a number 1–17), `#num` (any number), `#LO-HI` (a number in that
//! range, e.g. `#12-24`), `#pnum` (a number in parentheses 1–17, "SMITH
//! (15)"). A gap never skips a negation word ("not", "never", "no"). A match never crosses a clause boundary.
use crate::codes::{index_of, EXPLOITATION_TYPES, INDICATOR_CODES, SIGN_CODES};
use crate::token::{FxMap, Token, Tokens, Vocab, F_NEG, F_NUM, F_PAREN};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Ind(u8),
    Sign(u8),
    Type(u8),
    TypeCtx(u8),
    /// Generic employment words ("job", "boss", "paid"): a type only when
    /// nothing more specific is named.
    TypeWeak(u8),
    Immediate,
    Now,
    Child,
    NegList,
    NegVerb,
    NegPost,
    Hypo,
    If,
    Term,
    AntiInd(u8),
    AntiSign(u8),
    AntiType(u8),
}

impl Target {
    /// A context trigger: a negation, hypothesis, condition or scope terminator.
    pub fn is_trigger(self) -> bool {
        matches!(
            self,
            Target::NegList
                | Target::NegVerb
                | Target::Hypo
                | Target::If
                | Target::NegPost
                | Target::Term
        )
    }

    pub fn is_content(self) -> bool {
        matches!(
            self,
            Target::Ind(_)
                | Target::Sign(_)
                | Target::Type(_)
                | Target::TypeCtx(_)
                | Target::TypeWeak(_)
                | Target::Immediate
                | Target::Now
                | Target::Child
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Special {
    None,
    Range(u32, u32),
    ParenAge,
}

#[derive(Debug, Clone)]
struct Elem {
    alts: Box<[u32]>,
    /// Bit `id % 64` set for every id in `alts`: an id whose bit is clear
    /// is not among them, found without the binary search. (256 bits saved
    /// 2.1M instructions on the 1 MB run but cost 58k more simulated
    /// second-level cache misses: the steps no longer fit as well.)
    mask: u64,
    optional: bool,
    special: Special,
}

#[derive(Debug, Clone)]
enum Step {
    Elem(Elem),
    Gap(u8),
}

#[derive(Debug, Clone)]
pub(crate) struct Rule {
    steps: Box<[Step]>,
    pub targets: Box<[Target]>,
    pub weight: f32,
    pub cond: bool,
    /// The rule's source (targets and this pattern), for `Analyzer::explain`.
    pub src: Box<str>,
    /// The learned layer's feature key for "this rule asserted a match"
    /// (a hash of `src`, so it follows the rule, not its position).
    pub lkey: u32,
    /// What its targets are, as `K_*` bits (read per match, so the context
    /// pass does not walk the target list each time).
    pub kind: u8,
}

/// Rule kind bit: some target is content (see [`Target::is_content`]).
pub(crate) const K_CONTENT: u8 = 1;
/// Rule kind bit: some target is a contrary phrase (`anti:…`).
pub(crate) const K_ANTI: u8 = 2;
/// Rule kind bit: some target is a context trigger (`neg`, `hypo`, …).
pub(crate) const K_TRIGGER: u8 = 4;

fn kind_of(targets: &[Target]) -> u8 {
    let mut k = 0;
    for &t in targets {
        if t.is_content() {
            k |= K_CONTENT;
        }
        if matches!(
            t,
            Target::AntiInd(_) | Target::AntiSign(_) | Target::AntiType(_)
        ) {
            k |= K_ANTI;
        }
        if t.is_trigger() {
            k |= K_TRIGGER;
        }
    }
    k
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Match {
    pub rule: u32,
    pub s: u32,
    pub e: u32,
}

/// Lists of u32 stored one after another (compressed sparse rows), so a
/// lookup is two reads from two arrays instead of a pointer per list.
#[derive(Default)]
pub(crate) struct Csr {
    off: Vec<u32>,
    data: Vec<u32>,
}

impl Csr {
    fn from_lists<I: IntoIterator<Item = L>, L: AsRef<[u32]>>(lists: I) -> Self {
        let mut c = Csr {
            off: vec![0],
            data: Vec::new(),
        };
        for l in lists {
            c.data.extend_from_slice(l.as_ref());
            c.off.push(c.data.len() as u32);
        }
        c
    }

    #[inline]
    fn get(&self, i: usize) -> &[u32] {
        match (self.off.get(i), self.off.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.data[a as usize..b as usize],
            _ => &[],
        }
    }
}

/// One rule in the first-word index, with its required lists' range.
#[derive(Clone, Copy)]
struct IndexEntry {
    rule: u32,
    /// The first (shortest) required list, or the always-present list
    /// (`n_asets`) if none: most rules fail on it, so it is read here
    /// without touching `required`.
    first: u32,
    req_start: u32,
    req_end: u32,
    /// The rule's steps in `flat_steps`, so trying it does not read the rule.
    steps_start: u32,
    steps_end: u32,
    /// The rule's nearest required list (the first required element after
    /// the first word) and how many tokens after the first word it can be
    /// at most (see [`near_of`]); `(n_asets, u32::MAX)` when it has none.
    /// Kept in the entry (32 bytes, two to a cache line), which is read
    /// next anyway: a separate array cost 28k more simulated cache misses.
    near: (u32, u32),
}

/// Very frequent words: an alternative list holding one of them is present
/// in almost every text, so the prefilter does not track it.
const COMMON: &[&str] = &[
    "the", "a", "an", "to", "of", "and", "in", "on", "at", "for", "with", "her", "his", "their",
    "him", "them", "he", "she", "they", "i", "we", "you", "it", "was", "were", "is", "are", "be",
    "been", "had", "has", "have", "not", "no", "that", "this", "by", "from", "as", "all", "me",
    "my", "our", "us", "would", "will", "there", "so", "but", "or", "if", "up", "out", "said",
    "told", "one", "do", "did", "get", "got", "go",
];

pub(crate) struct RuleSet {
    pub rules: Vec<Rule>,
    /// Per rule: the required elements after the first, as indices into
    /// the distinct alternative lists. A rule can only match in a text
    /// where every one has a word present. Lists holding a very common word
    /// ("the", "her", "to") are left out: nearly every text has them.
    required: Csr,
    /// Number of distinct alternative lists of required elements (macros
    /// make many rules share them), so each is checked once per text.
    n_asets: usize,
    /// Per word or prefix id: the alternative lists it belongs to.
    asets_of_id: Csr,
    /// Rules by the id of a word or prefix that can start them (dense by
    /// id): `index_off[id]..index_off[id + 1]` into `index_rules`.
    index_off: Vec<u32>,
    /// Per entry: the rule and the range of its required lists in
    /// `required.data`, so trying a rule reads one array.
    index_rules: Vec<IndexEntry>,
    /// `index_rules[k].first` for every `k`, on its own: most entries fail
    /// on it, so rejecting one reads 4 bytes, not a 32-byte entry.
    index_first: Vec<u32>,
    /// Every rule's steps, one after another (see `IndexEntry`).
    flat_steps: Vec<Step>,
    special_first: Vec<u32>,
    /// Working-day spans computed from clock times (see [`HourWords`]).
    hours: Option<HourWords>,
}

/// Lexicon ids of the words that read clock times, and the rule that a
/// span of twelve hours or more is reported as ("6am to 8pm", "from 10 in
/// the morning to 1 at night", "7.30am-midnight").
pub(crate) struct HourWords {
    pub rule: u32,
    pub am: u32,
    pub pm: u32,
    pub morning: u32,
    pub night: u32,
    pub evening: u32,
    pub afternoon: u32,
    pub in_at_the: [u32; 3],
    /// "to", "till", "until", "til", "and" (in that order).
    pub conn: [u32; 5],
    pub midnight: u32,
    pub still: u32,
}

#[derive(Clone, Copy, PartialEq)]
enum Meridiem {
    None,
    Am,
    Pm,
    Night,
}

impl HourWords {
    fn has(t: &Tokens, tok: &Token, id: u32) -> bool {
        t.ids_of(tok).contains(&id)
    }

    /// A clock time starting at token `i`: (hour, meridiem, next token).
    fn time(&self, t: &Tokens, i: usize) -> Option<(u32, Meridiem, usize)> {
        let toks = &t.toks;
        let tok = toks.get(i)?;
        if Self::has(t, tok, self.midnight) {
            return Some((24, Meridiem::Pm, i + 1));
        }
        if tok.flags & F_NUM == 0 || !(1..=12).contains(&tok.num) {
            return None;
        }
        let mut j = i + 1;
        // Minutes: "7.30", "7:30" (the next number right after a separator).
        if let Some(m) = toks.get(j) {
            if m.flags & F_NUM != 0 && m.num < 60 && m.bs == tok.be + 1 && m.clause == tok.clause {
                j += 1;
            }
        }
        let mut mer = Meridiem::None;
        if let Some(m) = toks.get(j) {
            if Self::has(t, m, self.am) {
                mer = Meridiem::Am;
                j += 1;
            } else if Self::has(t, m, self.pm) {
                mer = Meridiem::Pm;
                j += 1;
            } else if self.in_at_the.iter().any(|&w| Self::has(t, m, w)) {
                let mut k = j + 1;
                if toks
                    .get(k)
                    .is_some_and(|x| Self::has(t, x, self.in_at_the[2]))
                {
                    k += 1;
                }
                if let Some(x) = toks.get(k) {
                    if Self::has(t, x, self.morning) {
                        mer = Meridiem::Am;
                    } else if Self::has(t, x, self.night) {
                        mer = Meridiem::Night;
                    } else if Self::has(t, x, self.evening) || Self::has(t, x, self.afternoon) {
                        mer = Meridiem::Pm;
                    }
                    if mer != Meridiem::None {
                        j = k + 1;
                    }
                }
            }
        }
        Some((tok.num, mer, j))
    }

    /// Pushes a match for every span of clock times twelve hours or longer.
    fn find(&self, t: &Tokens, out: &mut Vec<Match>) {
        let toks = &t.toks;
        for i in 0..toks.len() {
            if toks[i].flags & F_NUM == 0 {
                continue;
            }
            let Some((h1, m1, mut j)) = self.time(t, i) else {
                continue;
            };
            if h1 == 24 {
                continue;
            }
            // The connector: "to", "till", "until", "and"; or, a few words
            // on, "still ... at" ("at 11am and still there at midnight").
            let mut tillish = false;
            if let Some(x) = toks.get(j) {
                if self.conn.iter().any(|&w| Self::has(t, x, w)) {
                    tillish = !Self::has(t, x, self.conn[0]) && !Self::has(t, x, self.conn[4]);
                    j += 1;
                }
            }
            if self.time(t, j).is_none() {
                if let Some(k) =
                    (j..(j + 6).min(toks.len())).find(|&k| Self::has(t, &toks[k], self.still))
                {
                    if let Some(a) = (k + 1..(k + 4).min(toks.len()))
                        .find(|&a| Self::has(t, &toks[a], self.in_at_the[1]))
                    {
                        j = a + 1;
                    }
                }
            }
            let Some((h2, m2, end)) = self.time(t, j) else {
                continue;
            };
            if end > toks.len() || toks[end - 1].clause != toks[i].clause {
                continue;
            }
            // Bare numbers are clock times only with "till"/"until"
            // ("9 till 9"), never "5 to 10 men".
            if m1 == Meridiem::None && m2 == Meridiem::None && !(tillish && (5..=11).contains(&h1))
            {
                continue;
            }
            let clock = |h: u32, m: Meridiem, start: bool| match m {
                Meridiem::Am => h % 12,
                Meridiem::Pm => h % 12 + 12,
                Meridiem::Night if h <= 4 => h + 24,
                Meridiem::Night => h % 12 + 12,
                Meridiem::None if start => h % 12,
                Meridiem::None => h % 12 + 12,
            };
            let a = clock(h1, m1, true);
            let mut b = if h2 == 24 { 24 } else { clock(h2, m2, false) };
            if b <= a {
                b += 24;
            }
            if (12..=24).contains(&(b - a)) {
                push_unique(
                    out,
                    Match {
                        rule: self.rule,
                        s: i as u32,
                        e: end as u32,
                    },
                );
            }
        }
    }
}

fn parse_target(t: &str) -> Result<Target, String> {
    let find = |list, code: &str, what: &str| {
        index_of(list, code)
            .map(|i| i as u8)
            .ok_or_else(|| format!("unknown {what} code {code}"))
    };
    Ok(match t {
        "immediate" => Target::Immediate,
        "now" => Target::Now,
        "child" => Target::Child,
        "neg" => Target::NegList,
        "negv" => Target::NegVerb,
        "negpost" => Target::NegPost,
        "hypo" => Target::Hypo,
        "if" => Target::If,
        "term" => Target::Term,
        _ => {
            if let Some(c) = t.strip_prefix("i:") {
                Target::Ind(find(INDICATOR_CODES, c, "indicator")?)
            } else if let Some(c) = t.strip_prefix("s:") {
                Target::Sign(find(SIGN_CODES, c, "sign")?)
            } else if let Some(c) = t.strip_prefix("t:") {
                Target::Type(find(EXPLOITATION_TYPES, c, "type")?)
            } else if let Some(c) = t.strip_prefix("tc:") {
                Target::TypeCtx(find(EXPLOITATION_TYPES, c, "type")?)
            } else if let Some(c) = t.strip_prefix("tw:") {
                Target::TypeWeak(find(EXPLOITATION_TYPES, c, "type")?)
            } else if let Some(c) = t.strip_prefix("anti:i:") {
                Target::AntiInd(find(INDICATOR_CODES, c, "indicator")?)
            } else if let Some(c) = t.strip_prefix("anti:s:") {
                Target::AntiSign(find(SIGN_CODES, c, "sign")?)
            } else if let Some(c) = t.strip_prefix("anti:t:") {
                Target::AntiType(find(EXPLOITATION_TYPES, c, "type")?)
            } else {
                return Err(format!("unknown target {t}"));
            }
        }
    })
}

impl RuleSet {
    /// Compiles the rule text. Panics on a malformed rule: the lexicon is
    /// part of the crate and covered by its tests.
    pub fn compile(src: &str, vocab: &mut Vocab) -> Result<Self, String> {
        let mut macros: FxMap<String, String> = FxMap::default();
        let mut rules = Vec::new();
        for (lineno, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |m: String| format!("lexicon line {}: {m}: {line}", lineno + 1);
            if let Some(def) = line.strip_prefix('@') {
                let (name, body) = def.split_once('=').ok_or_else(|| err("bad macro".into()))?;
                let body = expand(body.trim(), &macros).map_err(err)?;
                macros.insert(name.trim().to_string(), body);
                continue;
            }
            let (head, pats) = line
                .split_once(" = ")
                .ok_or_else(|| err("missing ' = '".into()))?;
            let mut targets = Vec::new();
            let mut weight = 0.8f32;
            let mut cond = false;
            for t in head.split_whitespace() {
                if let Ok(w) = t.parse::<f32>() {
                    weight = w;
                } else if t == "cond" {
                    cond = true;
                } else {
                    targets.push(parse_target(t).map_err(err)?);
                }
            }
            if targets.is_empty() {
                return Err(err("no target".into()));
            }
            // The setting named inside a condition is still the setting:
            // "if she left the brothel ..." places her in a brothel.
            if targets.iter().any(|t| {
                matches!(
                    t,
                    Target::Type(_) | Target::TypeCtx(_) | Target::TypeWeak(_)
                )
            }) {
                cond = true;
            }
            for pat in pats.split(";;") {
                let steps = compile_pattern(pat.trim(), &macros, vocab).map_err(err)?;
                match steps.first() {
                    Some(Step::Elem(e)) if !e.optional => {}
                    _ => return Err(err("pattern must start with a required word".into())),
                }
                if matches!(steps.last(), Some(Step::Gap(_))) {
                    return Err(err("pattern ends with a gap".into()));
                }
                let src = format!("{head} = {}", pat.trim());
                rules.push(Rule {
                    steps: steps.into(),
                    kind: kind_of(&targets),
                    targets: targets.clone().into(),
                    weight,
                    cond,
                    lkey: crate::learned::fired_key(&src),
                    src: src.into(),
                });
            }
        }
        let mut index: FxMap<u32, Vec<u32>> = FxMap::default();
        let mut special_first = Vec::new();
        for (ri, r) in rules.iter().enumerate() {
            if let Step::Elem(e) = &r.steps[0] {
                if e.special != Special::None {
                    special_first.push(ri as u32);
                }
                for &a in e.alts.iter() {
                    let v = index.entry(a).or_default();
                    if !v.contains(&(ri as u32)) {
                        v.push(ri as u32);
                    }
                }
            }
        }
        let common: Vec<u32> = COMMON.iter().filter_map(|w| vocab.known_id(w)).collect();
        let mut altsets: Vec<Box<[u32]>> = Vec::new();
        let mut altset_ids: FxMap<Box<[u32]>, u32> = FxMap::default();
        let required: Vec<Vec<u32>> = rules
            .iter()
            .map(|r| {
                let mut v: Vec<Box<[u32]>> = r
                    .steps
                    .iter()
                    .skip(1)
                    .filter_map(|st| match st {
                        Step::Elem(e)
                            if !e.optional
                                && e.special == Special::None
                                && !e.alts.iter().any(|a| common.contains(a)) =>
                        {
                            Some(e.alts.clone())
                        }
                        _ => None,
                    })
                    .collect();
                // Shortest lists first: a missing rare word is found fastest.
                v.sort_by_key(|a| a.len());
                let mut ids: Vec<u32> = v
                    .into_iter()
                    .map(|alts| {
                        *altset_ids.entry(alts.clone()).or_insert_with(|| {
                            altsets.push(alts);
                            altsets.len() as u32 - 1
                        })
                    })
                    .collect();
                ids.dedup();
                ids
            })
            .collect();
        let n_ids = vocab.id_count();
        let mut dense: Vec<Vec<u32>> = vec![Vec::new(); n_ids];
        for (id, rs) in index {
            dense[id as usize] = rs;
        }
        let mut asets_of: Vec<Vec<u32>> = vec![Vec::new(); n_ids];
        for (ai, alts) in altsets.iter().enumerate() {
            for &id in alts.iter() {
                asets_of[id as usize].push(ai as u32);
            }
        }
        let near: Vec<(u32, u32)> = rules
            .iter()
            .map(|r| {
                near_of(&r.steps, &common).map_or((altsets.len() as u32, u32::MAX), |(alts, d)| {
                    (altset_ids[alts], d)
                })
            })
            .collect();
        let required = Csr::from_lists(required);
        let mut flat_steps: Vec<Step> = Vec::new();
        let mut steps_at = Vec::with_capacity(rules.len());
        for r in &rules {
            let a = flat_steps.len() as u32;
            flat_steps.extend(r.steps.iter().cloned());
            steps_at.push((a, flat_steps.len() as u32));
        }
        let mut index_off = vec![0u32];
        let mut index_rules = Vec::new();
        for rs in &dense {
            for &ri in rs {
                let (a, b) = (required.off[ri as usize], required.off[ri as usize + 1]);
                index_rules.push(IndexEntry {
                    rule: ri,
                    first: if a < b {
                        required.data[a as usize]
                    } else {
                        altsets.len() as u32
                    },
                    req_start: a,
                    req_end: b,
                    steps_start: steps_at[ri as usize].0,
                    steps_end: steps_at[ri as usize].1,
                    near: near[ri as usize],
                });
            }
            index_off.push(index_rules.len() as u32);
        }
        let index_first = index_rules.iter().map(|x| x.first).collect();
        Ok(RuleSet {
            rules,
            required,
            n_asets: altsets.len(),
            asets_of_id: Csr::from_lists(asets_of),
            index_off,
            index_rules,
            index_first,
            flat_steps,
            special_first,
            hours: None,
        })
    }

    /// Turns on the clock-time spans, reported as the rule whose pattern is
    /// the single word `marker`.
    pub fn set_hours(&mut self, marker: &str, mut words: HourWords) {
        if let Some(r) = self.rules.iter().position(|r| r.src.ends_with(marker)) {
            words.rule = r as u32;
            self.hours = Some(words);
        }
    }

    /// Finds every rule match starting at every token. `pf` is reusable
    /// scratch for the per-text prefilter.
    pub fn find_all(&self, t: &Tokens, out: &mut Vec<Match>, pf: &mut Prefilter) {
        out.clear();
        if let Some(h) = self.hours.as_ref().filter(|_| t.has_num) {
            h.find(t, out);
        }
        pf.start_text(self.n_asets);
        self.find_rules(t, out, pf);
        pf.end_text(t.toks.len());
    }

    /// Tries every rule at every token. Each clause is swept from its last
    /// token to its first, so when a token is reached the prefilter holds,
    /// for every alternative list, its nearest position after the token in
    /// the clause (see [`Prefilter`]). The matches of a clause are then
    /// emitted in text order, each token's in the order its ids and rules
    /// were tried.
    fn find_rules(&self, t: &Tokens, out: &mut Vec<Match>, pf: &mut Prefilter) {
        let toks = &t.toks;
        let mut buf = std::mem::take(&mut pf.buf);
        let mut lo = 0usize;
        while lo < toks.len() {
            let clause = toks[lo].clause;
            let hi = lo
                + toks[lo..]
                    .iter()
                    .position(|x| x.clause != clause)
                    .unwrap_or(toks.len() - lo);
            buf.clear();
            for i in (lo..hi).rev() {
                self.try_at(t, i, &mut buf, pf);
                // The clause's first token is marked for no one.
                if i > lo {
                    pf.mark(t, i, &self.asets_of_id);
                }
            }
            // `buf` holds the clause's tokens last to first, each token's
            // matches in order: emit the runs in reverse.
            let mut end = buf.len();
            while end > 0 {
                let s = buf[end - 1].s;
                let mut start = end - 1;
                while start > 0 && buf[start - 1].s == s {
                    start -= 1;
                }
                for &m in &buf[start..end] {
                    push_unique(out, m);
                }
                end = start;
            }
            lo = hi;
        }
        pf.buf = buf;
    }

    /// The rules that match from token `i`, in the order they are tried,
    /// pushed to `buf` (duplicates included: `push_unique` drops them).
    #[inline]
    fn try_at(&self, t: &Tokens, i: usize, buf: &mut Vec<Match>, pf: &Prefilter) {
        let tok = &t.toks[i];
        let cur = pf.base + i as u64;
        for &id in t.ids_of(tok) {
            let (a, b) = match (
                self.index_off.get(id as usize),
                self.index_off.get(id as usize + 1),
            ) {
                (Some(&a), Some(&b)) => (a as usize, b as usize),
                _ => continue,
            };
            for (k, &first) in self.index_first[a..b].iter().enumerate() {
                if pf.last[first as usize] <= cur {
                    continue;
                }
                let x = &self.index_rules[a + k];
                let (near, dist) = x.near;
                // The nearest required word must be within reach: between
                // 1 and `dist` tokens on (wrapping: absent is out of reach).
                let reach = if dist == u32::MAX {
                    u64::MAX
                } else {
                    dist as u64
                };
                if pf.last[near as usize].wrapping_sub(cur).wrapping_sub(1) >= reach {
                    continue;
                }
                let req = &self.required.data[x.req_start as usize..x.req_end as usize];
                if !pf.viable(req.get(1..).unwrap_or_default(), i) {
                    continue;
                }
                let steps = &self.flat_steps[x.steps_start as usize..x.steps_end as usize];
                // The index found the first element at this token (a
                // required word: see `compile`), so matching starts at
                // the second.
                if let Some(e) = rec(steps, 1, i + 1, tok.clause, t) {
                    buf.push(Match {
                        rule: x.rule,
                        s: i as u32,
                        e: e as u32,
                    });
                }
            }
        }
        if tok.flags & F_NUM != 0 {
            for &ri in &self.special_first {
                if !pf.viable(self.required.get(ri as usize), i) {
                    continue;
                }
                if let Some(e) = self.match_rule(&self.rules[ri as usize], t, i) {
                    buf.push(Match {
                        rule: ri,
                        s: i as u32,
                        e: e as u32,
                    });
                }
            }
        }
    }

    fn match_rule(&self, r: &Rule, t: &Tokens, start: usize) -> Option<usize> {
        let clause = t.toks[start].clause;
        rec(&r.steps, 0, start, clause, t)
    }
}

/// Which alternative lists have a word later in the current clause, so a
/// rule is tried at a token only when every word it still needs occurs later
/// in the same clause, and its nearest required word is within reach. A
/// clause is swept from its end: each list keeps the nearest position
/// after the current token (on a counter that runs on across clauses and
/// texts) of a token holding one of its words. A position from an earlier
/// clause is below the current token's, so nothing is ever cleared.
#[derive(Default)]
pub(crate) struct Prefilter {
    /// Position of the current text's first token.
    base: u64,
    /// Per alternative list: the nearest position after the current token
    /// holding a word of it; one more list at the end is always present.
    last: Vec<u64>,
    /// The current clause's matches, last token first.
    buf: Vec<Match>,
}

impl Prefilter {
    /// Starts a text of `n` tokens.
    fn start_text(&mut self, n_asets: usize) {
        if self.last.len() != n_asets + 1 {
            self.last.clear();
            self.last.resize(n_asets, 0);
            self.last.push(u64::MAX);
            self.base = 1;
        }
    }

    /// Ends the current text of `n` tokens.
    fn end_text(&mut self, n: usize) {
        self.base += n as u64 + 1;
    }

    /// Marks the alternative lists of token `k` (the sweep moves before it).
    #[inline]
    fn mark(&mut self, t: &Tokens, k: usize, asets_of_id: &Csr) {
        let pos = self.base + k as u64;
        for &id in t.ids_of(&t.toks[k]) {
            for &a in asets_of_id.get(id as usize) {
                self.last[a as usize] = pos;
            }
        }
    }

    /// Every required list of the rule has a word after token `i` in this clause.
    #[inline]
    fn viable(&self, required: &[u32], i: usize) -> bool {
        let cur = self.base + i as u64;
        required.iter().all(|&a| self.last[a as usize] > cur)
    }
}

/// A rule's nearest required list: the first element after the first word
/// that must match a token and whose list the prefilter tracks, with the
/// furthest it can be from the first word (each element before it takes
/// one token, a gap `~N` up to N).
fn near_of<'s>(steps: &'s [Step], common: &[u32]) -> Option<(&'s [u32], u32)> {
    let mut d = 0u32;
    for st in steps.iter().skip(1) {
        match st {
            Step::Gap(n) => d += *n as u32,
            Step::Elem(e) => {
                d += 1;
                if !e.optional
                    && e.special == Special::None
                    && !e.alts.iter().any(|a| common.contains(a))
                {
                    return Some((&e.alts, d));
                }
            }
        }
    }
    None
}

fn push_unique(out: &mut Vec<Match>, m: Match) {
    if !out
        .iter()
        .rev()
        .take(8)
        .any(|x| x.rule == m.rule && x.s == m.s)
    {
        out.push(m);
    }
}

#[inline(always)]
fn elem_matches(e: &Elem, tok: &Token, t: &Tokens) -> bool {
    let special = match e.special {
        Special::None => false,
        Special::Range(lo, hi) => tok.flags & F_NUM != 0 && (lo..=hi).contains(&tok.num),
        Special::ParenAge => {
            tok.flags & F_NUM != 0 && tok.flags & F_PAREN != 0 && (10..=17).contains(&tok.num)
        }
    };
    special
        || t.ids_of(tok)
            .iter()
            .any(|&id| e.mask & (1 << (id % 64)) != 0 && e.alts.binary_search(&id).is_ok())
}

fn rec(steps: &[Step], si: usize, pos: usize, clause: u32, t: &Tokens) -> Option<usize> {
    if si == steps.len() {
        return Some(pos);
    }
    match &steps[si] {
        Step::Gap(n) => {
            // The element after the gap, when it must match a token: test it
            // here and recurse only where it does.
            let next = match steps.get(si + 1) {
                Some(Step::Elem(e)) if !e.optional => Some(e),
                _ => None,
            };
            for k in 0..=(*n as usize) {
                let p = pos + k;
                if p >= t.toks.len() || t.toks[p].clause != clause {
                    break;
                }
                // A gap never skips a negation word: "would not hurt" is not "would hurt".
                if k > 0 && t.toks[p - 1].flags & F_NEG != 0 {
                    break;
                }
                if let Some(e) = next {
                    if elem_matches(e, &t.toks[p], t) {
                        if let Some(end) = rec(steps, si + 2, p + 1, clause, t) {
                            return Some(end);
                        }
                    }
                    continue;
                }
                if let Some(e) = rec(steps, si + 1, p, clause, t) {
                    return Some(e);
                }
            }
            None
        }
        Step::Elem(e) => {
            if pos < t.toks.len()
                && t.toks[pos].clause == clause
                && elem_matches(e, &t.toks[pos], t)
            {
                if let Some(end) = rec(steps, si + 1, pos + 1, clause, t) {
                    return Some(end);
                }
            }
            if e.optional {
                return rec(steps, si + 1, pos, clause, t);
            }
            None
        }
    }
}

fn expand(body: &str, macros: &FxMap<String, String>) -> Result<String, String> {
    let mut out = String::new();
    for (i, alt) in body.split('|').enumerate() {
        if i > 0 {
            out.push('|');
        }
        let alt = alt.trim();
        if let Some(name) = alt.strip_prefix('{').and_then(|a| a.strip_suffix('}')) {
            out.push_str(
                macros
                    .get(name)
                    .ok_or_else(|| format!("unknown macro {name}"))?,
            );
        } else {
            out.push_str(alt);
        }
    }
    Ok(out)
}

fn compile_pattern(
    pat: &str,
    macros: &FxMap<String, String>,
    vocab: &mut Vocab,
) -> Result<Vec<Step>, String> {
    let mut steps = Vec::new();
    for el in pat.split_whitespace() {
        if let Some(n) = el.strip_prefix('~') {
            let n: u8 = n.parse().map_err(|_| format!("bad gap {el}"))?;
            steps.push(Step::Gap(n));
            continue;
        }
        let (optional, body) = match el.strip_prefix('[').and_then(|e| e.strip_suffix(']')) {
            Some(b) => (true, b),
            None => (false, el),
        };
        let body = expand(body, macros)?;
        let mut special = Special::None;
        let mut alts = Vec::new();
        for a in body.split('|') {
            let a = a.trim();
            if a.is_empty() {
                return Err(format!("empty alternative in {el}"));
            }
            if a.contains(' ') {
                return Err(format!("space inside alternative {a}"));
            }
            if a.contains(['?', '[', ']', '~', '{', '}']) {
                // "to?" once made a rule silently unmatchable: optional
                // words are written [to].
                return Err(format!("stray syntax in alternative {a}"));
            }
            if a.starts_with('#') {
                if special != Special::None {
                    return Err(format!("two specials in {el}"));
                }
                special = match a {
                    "#age" => Special::Range(1, 17),
                    "#num" => Special::Range(0, u32::MAX),
                    "#pnum" => Special::ParenAge,
                    b => {
                        let (lo, hi) = b[1..]
                            .split_once('-')
                            .ok_or_else(|| format!("bad special {b}"))?;
                        Special::Range(
                            lo.parse().map_err(|_| format!("bad special {b}"))?,
                            hi.parse().map_err(|_| format!("bad special {b}"))?,
                        )
                    }
                };
            } else if let Some(p) = a.strip_suffix('*') {
                if p.len() < 2 {
                    return Err(format!("prefix too short {a}"));
                }
                alts.push(vocab.prefix_id(p));
            } else {
                alts.push(vocab.word_id(a));
            }
        }
        alts.sort_unstable();
        alts.dedup();
        steps.push(Step::Elem(Elem {
            mask: alts.iter().fold(0u64, |m, &id| m | 1 << (id % 64)),
            alts: alts.into(),
            optional,
            special,
        }));
    }
    if steps.is_empty() {
        return Err("empty pattern".into());
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Tokenizer;

    /// Every (start, rule, end) that `rec` finds from every token, without
    /// the index or the prefilter: what `find_rules` must return.
    fn every_match(rs: &RuleSet, t: &Tokens) -> Vec<(u32, u32, u32)> {
        let mut v = Vec::new();
        for i in 0..t.toks.len() {
            for (ri, r) in rs.rules.iter().enumerate() {
                if let Some(e) = rec(&r.steps, 0, i, t.toks[i].clause, t) {
                    v.push((i as u32, ri as u32, e as u32));
                }
            }
        }
        v
    }

    /// `find_all`'s rule matches (clock spans left out) in the order found,
    /// checked to be in text order, then sorted like `every_match`.
    fn indexed(rs: &RuleSet, t: &Tokens, pf: &mut Prefilter) -> Vec<(u32, u32, u32)> {
        let mut out = Vec::new();
        rs.find_all(t, &mut out, pf);
        let hours = rs.hours.as_ref().map(|h| h.rule);
        let v: Vec<(u32, u32, u32)> = out
            .iter()
            .filter(|m| Some(m.rule) != hours)
            .map(|m| (m.s, m.rule, m.e))
            .collect();
        assert!(v.windows(2).all(|w| w[0].0 <= w[1].0), "not in text order");
        let mut v = v;
        v.sort_unstable();
        v
    }

    #[test]
    fn the_index_and_prefilter_find_exactly_what_matching_every_rule_finds() {
        let az = crate::Analyzer::new();
        let mut texts: Vec<String> = include_str!("../../../bench/text/dev.jsonl")
            .lines()
            .take(150)
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).expect("json");
                v["text"].as_str().expect("text").to_string()
            })
            .collect();
        texts.extend(
            [
                "He took her passport. Passport gone, and her boss kept it, but she was not allowed to leave.",
                "Aged 15 (15) she was made to work 12 hours a day for £20, from 6am to 8pm, seven days.",
                "they promised a job, a good job, then told her she owed 5000 and could never leave",
                "",
                "no",
                "passport passport passport kept kept by by the the boss boss",
            ]
            .map(String::from),
        );
        let mut tokens = Tokens::default();
        let mut pf = Prefilter::default();
        for text in &texts {
            Tokenizer::new(&az.vocab).run(text, &mut tokens);
            assert_eq!(
                indexed(&az.rules, &tokens, &mut pf),
                every_match(&az.rules, &tokens),
                "{text}"
            );
        }
    }

    #[test]
    fn a_required_word_counts_only_within_reach_and_in_the_clause() {
        let mut vocab = Vocab::new();
        let rs = RuleSet::compile(
            "i:deception = promised ~2 job\ni:deception = told [them] ~1 lies ~3 pay",
            &mut vocab,
        )
        .expect("compiles");
        let mut tokens = Tokens::default();
        let mut pf = Prefilter::default();
        let mut run = |text: &str| {
            Tokenizer::new(&vocab).run(text, &mut tokens);
            let v = indexed(&rs, &tokens, &mut pf);
            assert_eq!(v, every_match(&rs, &tokens), "{text}");
            v.iter().map(|m| (m.0, m.2)).collect::<Vec<_>>()
        };
        // "job" at most three tokens after "promised" (the gap and itself).
        assert_eq!(run("promised a good job"), vec![(0, 4)]);
        assert_eq!(run("promised a very good job"), vec![]);
        assert_eq!(run("promised job promised x job"), vec![(0, 2), (2, 5)]);
        // Not across a clause: the nearest "job" after a full stop is out.
        assert_eq!(run("promised a. job"), vec![]);
        // An optional word widens the reach by one; "pay" is then up to
        // four tokens after "lies".
        assert_eq!(run("told them x lies a b c pay"), vec![(0, 8)]);
        assert_eq!(run("told lies a b c d pay"), vec![]);
    }
}
