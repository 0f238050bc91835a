//! Tokeniser and vocabulary: turns text into word tokens carrying char and
//! byte offsets, clause and sentence ids, and the lexicon ids (exact word and
//! matching prefixes) used by the rule matcher. Spelling variants and police
//! shorthand are normalised here, so the rules are written once in standard
//! British English.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, deterministic hasher (the FxHash multiply-rotate scheme).
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for ch in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(ch);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// Token flag: a comma (or dash) stood between this token and the previous one.
pub(crate) const F_COMMA: u8 = 1;
/// Token flag: all digits.
pub(crate) const F_NUM: u8 = 2;
/// Token flag: a subject pronoun (starts a new clause after a conjunction/comma).
pub(crate) const F_SUBJ: u8 = 4;
/// Token flag: a coordinating conjunction.
pub(crate) const F_CONJ: u8 = 8;
/// Token flag: the number stood in parentheses, e.g. "SMITH Amy (15)".
pub(crate) const F_PAREN: u8 = 16;
/// Token flag: written in capitals in the source (for names in police logs).
pub(crate) const F_CAPS: u8 = 32;
/// Token flag: a negation word ("not", "never", "no", ...).
pub(crate) const F_NEG: u8 = 64;
/// Token flag: a verb of saying or thinking ("told", "said", "knew"): a
/// subject right after it starts a reported clause, not a new one.
pub(crate) const F_SAY: u8 = 128;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Char offsets (Unicode scalar values), end exclusive.
    pub cs: u32,
    pub ce: u32,
    /// Byte offsets, end exclusive.
    pub bs: u32,
    pub be: u32,
    /// Range into the shared id buffer.
    pub id_start: u32,
    pub id_len: u16,
    pub flags: u8,
    pub clause: u32,
    pub sent: u32,
    /// Numeric value for all-digit tokens (saturating).
    pub num: u32,
    /// The learned layer's hash of the word (see `learned::word_hash`),
    /// computed once per distinct word through the word cache.
    pub lh: u32,
    /// The learned layer's cue flags of the word (`learned::L_*`).
    pub lf: u8,
}

/// Everything the tokeniser produced for one text.
#[derive(Default)]
pub(crate) struct Tokens {
    pub toks: Vec<Token>,
    pub ids: Vec<u32>,
    /// Per sentence: it ended with a question mark.
    pub question: Vec<bool>,
    /// The text has a digit, an `@`, a dot before a letter or `:/`: every
    /// entity needs one, so without them the entity pattern is not run.
    pub maybe_entity: bool,
    /// Some token is a number (`F_NUM`: digits or a number word), so the
    /// clock-time spans are looked for.
    pub has_num: bool,
    /// Lookup results of recent words, kept between texts (per thread).
    cache: WordCache,
    /// The tokeniser's word buffers, kept between texts so that analysing
    /// a text allocates nothing here.
    bufs: (String, String),
}

const WC_SLOTS: usize = 16384;
const WC_KEY: usize = 16;
const WC_IDS: usize = 6;

/// One remembered word: its vocabulary entry, lexicon ids and flags. One
/// cache line (64 bytes, aligned), so a hit reads one line: the vocabulary
/// entry is kept as its fields and a flag rather than an `Option<Entry>`,
/// which made the slot 68 bytes and every slot straddle two lines.
#[derive(Clone, Copy)]
#[repr(align(64))]
struct WcSlot {
    key: [u8; WC_KEY],
    ids: [u32; WC_IDS],
    /// The learned layer's hash of the word.
    lh: u32,
    /// The vocabulary entry's id, rewrite and number value (see `entry`).
    e_id: u32,
    e_syn: u32,
    e_num: u32,
    /// Word length; `u8::MAX` marks an empty slot.
    len: u8,
    nids: u8,
    flags: u8,
    /// The learned layer's cue flags of the word.
    lf: u8,
    e_flags: u8,
    /// The word has a vocabulary entry.
    has_entry: bool,
}

const _: () = assert!(std::mem::size_of::<WcSlot>() == 64);

impl WcSlot {
    /// The word's vocabulary entry, if it has one.
    #[inline]
    fn entry(&self) -> Option<Entry> {
        self.has_entry.then_some(Entry {
            id: self.e_id,
            flags: self.e_flags,
            syn: self.e_syn,
            num: self.e_num,
        })
    }
}

const WC_EMPTY: WcSlot = WcSlot {
    key: [0; WC_KEY],
    ids: [0; WC_IDS],
    lh: 0,
    e_id: 0,
    e_syn: 0,
    e_num: 0,
    len: u8::MAX,
    nids: 0,
    flags: 0,
    lf: 0,
    e_flags: 0,
    has_entry: false,
};

/// A direct-mapped cache of word lookups: most words of a text are frequent
/// words already seen, and a hit replaces the hash lookups of the exact word,
/// its prefixes and its typo corrections by one compare. Results depend only
/// on the word and the vocabulary, which `owner` identifies.
#[derive(Default)]
struct WordCache {
    slots: Vec<WcSlot>,
    owner: u64,
}

impl WordCache {
    /// The slot for `w` and whether it holds `w`.
    #[inline]
    fn probe(&mut self, owner: u64, w: &[u8]) -> (usize, bool) {
        let mut key = [0u8; WC_KEY];
        key[..w.len()].copy_from_slice(w);
        self.probe_key(owner, u128::from_le_bytes(key), w.len())
    }

    /// `probe` for a word already zero-padded to the key size, read as a
    /// little-endian number (so the hash and the compare need no bytes).
    #[inline]
    fn probe_key(&mut self, owner: u64, key: u128, len: usize) -> (usize, bool) {
        if self.owner != owner || self.slots.is_empty() {
            self.slots.clear();
            self.slots.resize(WC_SLOTS, WC_EMPTY);
            self.owner = owner;
        }
        let (a, b) = (key as u64, (key >> 64) as u64);
        let h = (a ^ b.rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let i = (h >> (64 - WC_SLOTS.trailing_zeros())) as usize & (WC_SLOTS - 1);
        let s = &self.slots[i];
        (
            i,
            s.len as usize == len && u128::from_le_bytes(s.key) == key,
        )
    }
}

impl Tokens {
    #[inline]
    pub fn ids_of(&self, t: &Token) -> &[u32] {
        &self.ids[t.id_start as usize..t.id_start as usize + t.id_len as usize]
    }
}

#[derive(Clone, Copy)]
struct Entry {
    id: u32,
    flags: u8,
    /// Index into `Vocab::syn_list` when the word is rewritten, else `NO_ID`.
    syn: u32,
    /// Value of a number written as a word ("twelve"), else 0.
    num: u32,
}

const NO_ID: u32 = u32::MAX;

pub(crate) struct Vocab {
    /// Identifies this vocabulary to the per-thread word caches.
    uid: u64,
    exact: FxMap<Box<str>, Entry>,
    prefix: FxMap<Box<str>, u32>,
    prefix_lens: Vec<usize>,
    /// First three bytes of a prefix -> bit mask of the prefix lengths that
    /// start with them, so most tokens need one cheap lookup, not nine.
    prefix3: FxMap<u32, u16>,
    /// First two bytes of the words the typo correction knows.
    fuzzy2: FxMap<u16, ()>,
    syn_list: Vec<Vec<Box<str>>>,
    /// A misspelling made by deleting one letter from a lexicon word -> the word.
    fuzzy_del: FxMap<Box<str>, Box<str>>,
    /// Stem of a lexicon word -> the ids of every lexicon word with that
    /// stem, so an inflection the rules don't list ("threatening" when a rule
    /// says "threatened", "confiscates", "bolting") still matches.
    stems: FxMap<Box<str>, Box<[u32]>>,
    next_id: u32,
}

const SUBJECTS: &[&str] = &[
    "i",
    "he",
    "she",
    "they",
    "we",
    "you",
    "it",
    "victim",
    "boss",
    "suspect",
    "nominal",
    "nominals",
    "controller",
    "employer",
    "manager",
    "gangmaster",
    "trafficker",
    "traffickers",
    "owner",
    "landlord",
    "pimp",
    "agent",
];
const SAY_VERBS: &[&str] = &[
    "told", "tell", "tells", "said", "says", "say", "think", "thinks", "thought", "know", "knows",
    "knew", "that", "believe", "believes", "believed", "feel", "feels", "felt", "realise",
    "realised", "reckon", "reckons", "claims", "claimed", "heard", "hear", "warned",
];
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "none", "nothing", "without", "nor", "neither",
];
const CONJUNCTIONS: &[&str] = &["and", "but", "so", "then", "because", "also", "plus"];

impl Vocab {
    pub fn new() -> Self {
        static NEXT_UID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut v = Vocab {
            uid: NEXT_UID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            exact: FxMap::default(),
            prefix: FxMap::default(),
            prefix_lens: Vec::new(),
            prefix3: FxMap::default(),
            fuzzy2: FxMap::default(),
            syn_list: Vec::new(),
            fuzzy_del: FxMap::default(),
            stems: FxMap::default(),
            next_id: 0,
        };
        for s in SUBJECTS {
            v.word_id(s);
            if let Some(e) = v.exact.get_mut(*s) {
                e.flags |= F_SUBJ;
            }
        }
        for s in NEGATIONS {
            v.word_id(s);
            if let Some(e) = v.exact.get_mut(*s) {
                e.flags |= F_NEG;
            }
        }
        for &(w, n) in NUMBER_WORDS {
            let e = v.exact.entry(w.into()).or_insert(Entry {
                id: NO_ID,
                flags: 0,
                syn: NO_ID,
                num: 0,
            });
            e.num = n;
        }
        for s in SAY_VERBS {
            v.word_id(s);
            if let Some(e) = v.exact.get_mut(*s) {
                e.flags |= F_SAY;
            }
        }
        for s in CONJUNCTIONS {
            v.word_id(s);
            if let Some(e) = v.exact.get_mut(*s) {
                e.flags |= F_CONJ;
            }
        }
        v
    }

    pub fn word_id(&mut self, w: &str) -> u32 {
        if let Some(e) = self.exact.get(w) {
            if e.id != NO_ID {
                return e.id;
            }
        }
        let id = self.next_id;
        self.next_id += 1;
        let (flags, syn, num) = self
            .exact
            .get(w)
            .map(|e| (e.flags, e.syn, e.num))
            .unwrap_or((0, NO_ID, 0));
        self.exact.insert(
            w.into(),
            Entry {
                id,
                flags,
                syn,
                num,
            },
        );
        id
    }

    /// The id of a word the rules use, if any.
    pub fn known_id(&self, w: &str) -> Option<u32> {
        self.exact.get(w).map(|e| e.id).filter(|&id| id != NO_ID)
    }

    pub fn prefix_id(&mut self, p: &str) -> u32 {
        if let Some(&id) = self.prefix.get(p) {
            return id;
        }
        assert!(p.len() >= 3 && p.len() < 16, "prefix length 3..16: {p}");
        let id = self.next_id;
        self.next_id += 1;
        self.prefix.insert(p.into(), id);
        *self.prefix3.entry(key3(p)).or_default() |= 1 << p.len();
        if !self.prefix_lens.contains(&p.len()) {
            self.prefix_lens.push(p.len());
            self.prefix_lens.sort_unstable();
        }
        id
    }

    /// Number of ids handed out (words and prefixes).
    pub fn id_count(&self) -> usize {
        self.next_id as usize
    }

    pub fn add_synonym(&mut self, from: &str, to: &str) {
        let idx = self.syn_list.len() as u32;
        self.syn_list
            .push(to.split_whitespace().map(Into::into).collect());
        let e = self.exact.entry(from.into()).or_insert(Entry {
            id: NO_ID,
            flags: 0,
            syn: NO_ID,
            num: 0,
        });
        e.syn = idx;
    }

    /// Registers the one-letter-deletion misspellings of lexicon words (at
    /// least 6 letters, keeping the first two letters) so "pasport",
    /// "lockd" or "sleepin" find their word. Deletions that are themselves
    /// words of the lexicon are skipped.
    pub fn build_fuzzy(&mut self, extra_words: &[&str]) {
        let mut stems: FxMap<Box<str>, Vec<u32>> = FxMap::default();
        for (w, e) in &self.exact {
            if e.id == NO_ID {
                continue;
            }
            let st = stem(w);
            if st.len() >= 4 && !STEM_STOP.contains(&&**w) {
                stems.entry(st.into()).or_default().push(e.id);
            }
        }
        self.stems = stems
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, mut v)| {
                v.sort_unstable();
                (k, v.into_boxed_slice())
            })
            .collect();
        let mut words: Vec<Box<str>> = self
            .exact
            .iter()
            .filter(|(_, e)| e.id != NO_ID)
            .map(|(w, _)| w.clone())
            .collect();
        words.extend(extra_words.iter().map(|w| Box::<str>::from(*w)));
        words.sort();
        words.dedup();
        let word_set: FxMap<&str, ()> = words.iter().map(|w| (&**w, ())).collect();
        let mut seen: FxMap<Box<str>, Option<Box<str>>> = FxMap::default();
        for w in &words {
            if w.len() < 6 || !w.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            for i in 2..w.len() {
                let mut d = String::with_capacity(w.len());
                d.push_str(&w[..i]);
                d.push_str(&w[i + 1..]);
                if self.exact.contains_key(d.as_str()) || word_set.contains_key(d.as_str()) {
                    continue;
                }
                let d: Box<str> = d.into();
                match seen.get(&d) {
                    None => {
                        seen.insert(d, Some(w.clone()));
                    }
                    Some(Some(prev)) if prev != w => {
                        seen.insert(d, None); // ambiguous
                    }
                    _ => {}
                }
            }
        }
        for (d, w) in seen {
            if let Some(w) = w {
                self.fuzzy_del.insert(d, w);
            }
        }
        for w in &words {
            if w.len() >= 6 {
                self.fuzzy2.insert(key2(w), ());
            }
        }
        // Frequent ordinary words are known as they are: no typo correction
        // is tried on them.
        for w in COMMON_WORDS {
            self.exact.entry((*w).into()).or_insert(Entry {
                id: NO_ID,
                flags: 0,
                syn: NO_ID,
                num: 0,
            });
        }
        // Extra words that are not rule literals still need to be reachable
        // as exact words for the "one extra letter" correction.
        for w in extra_words {
            if !self.exact.contains_key(*w) {
                self.exact.insert(
                    (*w).into(),
                    Entry {
                        id: NO_ID,
                        flags: 0,
                        syn: NO_ID,
                        num: 0,
                    },
                );
            }
        }
    }

    /// Appends the lexicon ids of `w` to `out`; returns the token flags.
    #[inline]
    fn lookup(&self, w: &str, out: &mut Vec<u32>) -> u8 {
        self.lookup_with(w, self.exact.get(w).copied(), out)
    }

    /// Like `lookup` with the exact-word entry already fetched.
    #[inline]
    fn lookup_with(&self, w: &str, entry: Option<Entry>, out: &mut Vec<u32>) -> u8 {
        let mut flags = 0;
        if let Some(e) = entry {
            if e.id != NO_ID {
                out.push(e.id);
            }
            flags = e.flags;
        }
        if w.len() >= 3 {
            if let Some(&mask) = self.prefix3.get(&key3(w)) {
                for &l in &self.prefix_lens {
                    if l > w.len() {
                        break;
                    }
                    if mask & (1 << l) == 0 || !w.is_char_boundary(l) {
                        continue;
                    }
                    if let Some(&id) = self.prefix.get(&w[..l]) {
                        out.push(id);
                    }
                }
            }
        }
        // A word the rules never name: its other inflections that they do
        // ("confiscates" when a rule says "confiscated"). Words the rules
        // name keep exactly their own meaning ("drugs" is not "drugged").
        if entry.is_none_or(|e| e.id == NO_ID) {
            let st = stem(w);
            if st.len() >= 4 && !STEM_STOP.contains(&w) {
                if let Some(ids) = self.stems.get(st) {
                    out.extend_from_slice(ids);
                }
            }
        }
        flags
    }

    fn correct<'a>(&'a self, w: &str, buf: &'a mut String) -> Option<&'a str> {
        // Callers only ask for words that are not in the vocabulary.
        if w.len() < 5 || !w.is_ascii() || !self.fuzzy2.contains_key(&key2(w)) {
            return None;
        }
        if let Some(c) = self.fuzzy_del.get(w) {
            return Some(c);
        }
        if w.len() >= 6 {
            // Two neighbouring letters swapped ("thraetened", "pasprot").
            // (A replaced letter is not tried: too many real words are one
            // letter from a lexicon word, "starting"/"starving".)
            let b = w.as_bytes();
            for i in 2..w.len() - 1 {
                if b[i] == b[i + 1] {
                    continue;
                }
                buf.clear();
                buf.push_str(&w[..i]);
                buf.push(b[i + 1] as char);
                buf.push(b[i] as char);
                buf.push_str(&w[i + 2..]);
                if self.exact.get(buf.as_str()).is_some_and(|e| e.id != NO_ID) {
                    return Some(buf.as_str());
                }
            }
        }
        if w.len() >= 7 {
            // One extra letter typed: "passsport", "threattened".
            for i in 2..w.len() {
                buf.clear();
                buf.push_str(&w[..i]);
                buf.push_str(&w[i + 1..]);
                if let Some(e) = self.exact.get(buf.as_str()) {
                    let _ = e;
                    return Some(buf.as_str());
                }
            }
        }
        None
    }
}

/// Words never folded to a stem: function words whose "inflections" are
/// other words ("will"/"willing"), and nouns in -ing.
const STEM_STOP: &[&str] = &[
    "will",
    "willing",
    "does",
    "goes",
    "this",
    "thus",
    "news",
    "being",
    "thing",
    "things",
    "nothing",
    "something",
    "anything",
    "everything",
    "during",
    "morning",
    "mornings",
    "evening",
    "evenings",
    "ceiling",
    "wedding",
    "string",
    "spring",
    "bring",
    "sibling",
    "siblings",
    "darling",
    "lots",
    "less",
    "unless",
    "always",
    "perhaps",
    "ones",
    "else",
    "sometimes",
    "times",
    "pass",
    "boss",
    "loss",
    "miss",
    "kids",
    "bus",
    "yes",
    "hers",
];

/// A crude English stem made only by cutting the end of the word, so it is
/// a slice: "threatened", "threatens", "threatening" → "threaten";
/// "locked", "locking", "locks" → "lock"; "carries", "carried", "carry" →
/// "car"; "controlled" → "control". Words under four letters, or not
/// lower-case ASCII, are left alone; a stem is never under three letters.
pub(crate) fn stem(w: &str) -> &str {
    let b = w.as_bytes();
    let n = b.len();
    if n < 4 || !b.iter().all(|c| c.is_ascii_lowercase()) {
        return w;
    }
    let ends = |s: &str| w.ends_with(s);
    let mut k = n;
    let three = (ends("ies") || ends("ied") || ends("ing")) && n >= 6;
    let s_end = ends("es") || ends("s") && !ends("ss") && !ends("us") && !ends("is");
    if three {
        k = n - 3;
    } else if ends("ed") && !ends("eed") && n >= 5 {
        k = n - 2;
    } else if s_end {
        k = n - 1;
    }
    if k > 3 && b[k - 1] == b'e' {
        k -= 1;
    }
    if k > 3 && b[k - 1] == b'y' {
        k -= 1;
    }
    if k > 3 && b[k - 1] == b[k - 2] && !matches!(b[k - 1], b's' | b'z' | b'e' | b'o') {
        k -= 1;
    }
    &w[..k]
}

/// Ordinary words of five letters or more, common in reports, that the
/// typo correction should leave alone.
const COMMON_WORDS: &[&str] = &[
    "about",
    "above",
    "across",
    "actually",
    "address",
    "advice",
    "again",
    "along",
    "already",
    "although",
    "among",
    "another",
    "around",
    "arrived",
    "asked",
    "attended",
    "because",
    "before",
    "behind",
    "being",
    "believed",
    "below",
    "between",
    "called",
    "caller",
    "calling",
    "cannot",
    "checked",
    "check",
    "could",
    "council",
    "currently",
    "described",
    "details",
    "during",
    "either",
    "enough",
    "evening",
    "every",
    "everything",
    "first",
    "found",
    "friend",
    "further",
    "given",
    "going",
    "great",
    "having",
    "history",
    "information",
    "intel",
    "known",
    "large",
    "later",
    "little",
    "local",
    "london",
    "looked",
    "looking",
    "making",
    "member",
    "might",
    "morning",
    "mother",
    "number",
    "officers",
    "often",
    "other",
    "others",
    "outside",
    "parents",
    "person",
    "place",
    "possible",
    "present",
    "probably",
    "public",
    "quite",
    "really",
    "reason",
    "received",
    "recently",
    "report",
    "reported",
    "reports",
    "second",
    "several",
    "should",
    "since",
    "small",
    "something",
    "started",
    "state",
    "stated",
    "states",
    "still",
    "street",
    "there",
    "these",
    "thing",
    "things",
    "think",
    "those",
    "three",
    "through",
    "today",
    "together",
    "under",
    "until",
    "using",
    "visit",
    "visited",
    "wanted",
    "weeks",
    "where",
    "which",
    "while",
    "whole",
    "would",
    "years",
    "young",
    "yesterday",
];

/// Numbers written as words ("twelve men", "a dozen").
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
    ("dozens", 24),
];

#[inline]
fn key3(w: &str) -> u32 {
    let b = w.as_bytes();
    u32::from_le_bytes([b[0], b[1], b[2], 0])
}

#[inline]
fn key2(w: &str) -> u16 {
    let b = w.as_bytes();
    u16::from_le_bytes([b[0], *b.get(1).unwrap_or(&0)])
}

const C_DIGIT: u8 = 1;
const C_LOWER: u8 = 2;
const C_UPPER: u8 = 3;

/// ASCII letters and digits by byte (0 for every other byte), so the
/// tokeniser's inner loop makes one lookup per byte.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_digit() {
            C_DIGIT
        } else if b.is_ascii_lowercase() {
            C_LOWER
        } else if b.is_ascii_uppercase() {
            C_UPPER
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Reusable tokeniser state.
pub(crate) struct Tokenizer<'v> {
    vocab: &'v Vocab,
    word: String,
    scratch: String,
    /// The current word holds an apostrophe (a contraction to split).
    apos: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n' | '\r' | '•' | '|' | '…')
}

impl<'v> Tokenizer<'v> {
    pub fn new(vocab: &'v Vocab) -> Self {
        Tokenizer {
            vocab,
            word: String::new(),
            scratch: String::new(),
            apos: false,
        }
    }

    pub fn run(&mut self, text: &str, out: &mut Tokens) {
        (self.word, self.scratch) = std::mem::take(&mut out.bufs);
        self.run_inner(text, out);
        out.bufs = (
            std::mem::take(&mut self.word),
            std::mem::take(&mut self.scratch),
        );
    }

    fn run_inner(&mut self, text: &str, out: &mut Tokens) {
        out.toks.clear();
        out.ids.clear();
        out.question.clear();
        out.maybe_entity = false;
        out.has_num = false;
        self.apos = false;
        let mut st = State {
            clause: 0,
            sent: 0,
            comma: false,
            pending_break: false,
            pending_sent: false,
            paren_open: false,
        };
        out.question.push(false);
        let bytes = text.as_bytes();
        let mut ci: u32 = 0; // char index of current char
                             // current word
        let mut w_start_b = 0usize;
        let mut w_start_c = 0u32;
        let mut in_word = false;
        let mut all_digits = true;
        let mut all_upper = true;
        self.word.clear();
        let n = bytes.len();
        let mut bi = 0usize;
        while bi < n {
            // ASCII fast path; other chars are decoded.
            let b0 = bytes[bi];
            if b0 == b' ' && !in_word {
                bi += 1;
                ci += 1;
                continue;
            }
            if b0.is_ascii_alphanumeric() {
                // A run of ASCII letters and digits, taken at once. The
                // char-by-char path below handles what follows the run
                // (apostrophes, "w/", non-ASCII letters) with the same state.
                // One pass finds the end and whether the run is all digits
                // and has lower-case letters.
                let mut end = bi;
                let mut run_digits = true;
                let mut run_lower = false;
                let mut run_any_digit = false;
                // Lower-case letters, eight at a time (most words): bit 7
                // of each byte of `ok` is set when the byte is in a..=z.
                // A byte of 0x80 or more can carry into the ones after it,
                // but only the bytes before the first failing one are used.
                const HI: u64 = 0x8080_8080_8080_8080;
                while let Some(chunk) = bytes.get(end..end + 8) {
                    let w = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                    let ge_a = w.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
                    let gt_z = w.wrapping_add(0x0505_0505_0505_0505);
                    let ok = ge_a & !gt_z & !w & HI;
                    let take = ((!ok & HI).trailing_zeros() / 8) as usize;
                    if take > 0 {
                        run_digits = false;
                        run_lower = true;
                        end += take;
                    }
                    if take < 8 {
                        break;
                    }
                }
                while end < n {
                    let k = BYTE_CLASS[bytes[end] as usize];
                    if k == 0 {
                        break;
                    }
                    run_digits &= k == C_DIGIT;
                    run_lower |= k == C_LOWER;
                    run_any_digit |= k == C_DIGIT;
                    end += 1;
                }
                out.maybe_entity |= run_any_digit;
                // The common case: a whole word of ASCII letters that the
                // word cache knows, pushed straight from its slot (the same
                // token `finish_word` would make, without its work).
                if !in_word
                    && !run_any_digit
                    && end - bi <= WC_KEY
                    && bytes
                        .get(end)
                        .is_none_or(|&c| c < 0x80 && c != b'\'' && c != b'/')
                    && self.push_cached(bytes, bi, end, ci, !run_lower, &mut st, out)
                {
                    ci += (end - bi) as u32;
                    bi = end;
                    continue;
                }
                let mut thousands = false;
                // Thousands separators: "£35,000" is one number.
                if !in_word && run_digits {
                    while end + 3 < n
                        && bytes[end] == b','
                        && bytes[end + 1..end + 4].iter().all(|b| b.is_ascii_digit())
                        && !bytes
                            .get(end + 4)
                            .is_some_and(|b| b.is_ascii_alphanumeric())
                    {
                        end += 4;
                        thousands = true;
                    }
                }
                let mut a = bi;
                if in_word && all_digits && !b0.is_ascii_digit() {
                    // "15yo": the number ends where the letters begin.
                    self.finish_word(
                        text, w_start_b, bi, w_start_c, ci, all_digits, all_upper, &mut st, out,
                    );
                    in_word = false;
                }
                if !in_word || all_digits {
                    let digits = bytes[a..end]
                        .iter()
                        .take_while(|b| b.is_ascii_digit() || **b == b',')
                        .count();
                    if digits > 0 && digits < end - a {
                        if !in_word {
                            w_start_b = a;
                            w_start_c = ci;
                            self.word.clear();
                        }
                        self.word.extend(
                            bytes[a..a + digits]
                                .iter()
                                .filter(|&&b| b != b',')
                                .map(|&b| b as char),
                        );
                        let c_end = ci + digits as u32;
                        self.finish_word(
                            text,
                            w_start_b,
                            a + digits,
                            w_start_c,
                            c_end,
                            true,
                            true,
                            &mut st,
                            out,
                        );
                        in_word = false;
                        ci = c_end;
                        a += digits;
                    }
                }
                if !in_word {
                    in_word = true;
                    w_start_b = a;
                    w_start_c = ci;
                    all_digits = true;
                    all_upper = true;
                    self.word.clear();
                }
                let run = &text[a..end];
                // A digit prefix split off above ("15yo") leaves letters.
                if all_digits && !(run_digits && a == bi) {
                    all_digits = false;
                }
                if run_lower {
                    all_upper = false;
                }
                let from = self.word.len();
                if thousands {
                    self.word.extend(run.chars().filter(|&c| c != ','));
                } else {
                    self.word.push_str(run);
                }
                self.word[from..].make_ascii_lowercase();
                ci += (end - a) as u32;
                bi = end;
                continue;
            }
            // Characters an entity needs besides digits (see `Tokens::maybe_entity`).
            if b0 == b'@'
                || b0 == b'.' && bytes.get(bi + 1).is_some_and(|b| b.is_ascii_alphabetic())
                || b0 == b':' && bytes.get(bi + 1) == Some(&b'/')
            {
                out.maybe_entity = true;
            }
            let (ch, clen) = if b0 < 0x80 {
                (b0 as char, 1)
            } else {
                let c = text[bi..].chars().next().unwrap_or('\u{FFFD}');
                (c, c.len_utf8())
            };
            let next_at = bi + clen;
            // The following char, decoded only where a rule needs it.
            let next = || {
                if next_at >= n {
                    None
                } else if bytes[next_at] < 0x80 {
                    Some(bytes[next_at] as char)
                } else {
                    text[next_at..].chars().next()
                }
            };
            let alnum = if b0 < 0x80 {
                b0.is_ascii_alphanumeric()
            } else {
                ch.is_alphanumeric()
            };
            let mut word_char = alnum;
            if !alnum && in_word {
                // Apostrophes inside words, and shorthand like w/ u/k n/a y/o.
                if (ch == '\'' || ch == '’') && next().is_some_and(|c| c.is_alphabetic()) {
                    word_char = true;
                } else if ch == '/'
                    && self.word.chars().count() == 1
                    && self.word.chars().all(|c| c.is_ascii_alphabetic())
                {
                    let after = bytes.get(bi + 1).copied();
                    let after2 = bytes.get(bi + 2).copied();
                    let single_letter_next = after.is_some_and(|b| b.is_ascii_alphabetic())
                        && !after2.is_some_and(|b| b.is_ascii_alphanumeric());
                    let nothing_next = !after.is_some_and(|b| b.is_ascii_alphanumeric());
                    if single_letter_next || nothing_next {
                        word_char = true;
                    }
                }
            }
            // Split "15yo", "12hrs" into number + unit.
            if in_word && alnum && all_digits && !ch.is_ascii_digit() {
                self.finish_word(
                    text, w_start_b, bi, w_start_c, ci, all_digits, all_upper, &mut st, out,
                );
                in_word = false;
            }
            if word_char {
                if !in_word {
                    in_word = true;
                    w_start_b = bi;
                    w_start_c = ci;
                    all_digits = true;
                    all_upper = true;
                    self.word.clear();
                }
                if !ch.is_ascii_digit() {
                    all_digits = false;
                }
                if if b0 < 0x80 {
                    b0.is_ascii_lowercase()
                } else {
                    ch.is_lowercase()
                } {
                    all_upper = false;
                }
                if ch == '’' || ch == '\'' {
                    self.apos = true;
                    self.word.push('\'');
                } else if ch.is_ascii() {
                    self.word.push(ch.to_ascii_lowercase());
                } else {
                    for l in ch.to_lowercase() {
                        self.word.push(l);
                    }
                }
            } else {
                if in_word {
                    self.finish_word(
                        text, w_start_b, bi, w_start_c, ci, all_digits, all_upper, &mut st, out,
                    );
                    in_word = false;
                }
                if ch == '.' {
                    // Decimal points and "e.g." style dots inside numbers don't break.
                    let prev_digit = bi > 0 && bytes[bi - 1].is_ascii_digit();
                    let next_digit = next().is_some_and(|c| c.is_ascii_digit());
                    if !(prev_digit && next_digit) {
                        st.pending_break = true;
                        st.pending_sent = true;
                    }
                } else if is_break(ch) {
                    st.pending_break = true;
                    if ch != ';' {
                        st.pending_sent = true;
                    }
                    if ch == '?' {
                        let s = out.question.len() - 1;
                        out.question[s] = true;
                    }
                } else if ch == ',' || ch == '–' || ch == '—' || ch == '-' && next() == Some(' ')
                {
                    st.comma = true;
                } else if matches!(ch, '£' | '€' | '$' | '%') {
                    let mut b = [0u8; 4];
                    let sym = ch.encode_utf8(&mut b);
                    self.word.clear();
                    self.word.push_str(sym);
                    self.finish_word(
                        text,
                        bi,
                        bi + ch.len_utf8(),
                        ci,
                        ci + 1,
                        false,
                        false,
                        &mut st,
                        out,
                    );
                } else if ch == '(' {
                    st.paren_open = true;
                } else if !ch.is_whitespace() && ch != ')' {
                    st.paren_open = false;
                }
            }
            ci += 1;
            bi = next_at;
        }
        if in_word {
            self.finish_word(
                text,
                w_start_b,
                text.len(),
                w_start_c,
                ci,
                all_digits,
                all_upper,
                &mut st,
                out,
            );
        }
        // Parenthesised numbers: "(15)".
        for t in out.toks.iter_mut() {
            if t.flags & F_NUM != 0 && t.flags & F_PAREN != 0 {
                let after = text[t.be as usize..].trim_start();
                if !after.starts_with(')') {
                    t.flags &= !F_PAREN;
                }
            } else {
                t.flags &= !F_PAREN;
            }
        }
    }

    /// Pushes the token of the ASCII letters `w` (starting at byte `bs`,
    /// char `cs`) from the word cache, if the cache holds the word and it is
    /// neither rewritten nor a number word; otherwise returns false and
    /// leaves everything as it was.
    #[inline]
    #[allow(clippy::too_many_arguments)]
    fn push_cached(
        &mut self,
        bytes: &[u8],
        bs: usize,
        be: usize,
        cs: u32,
        all_upper: bool,
        st: &mut State,
        out: &mut Tokens,
    ) -> bool {
        let w = &bytes[bs..be];
        // The word is ASCII letters only (at most 16): lower case is the
        // 0x20 bit, set on all 16 bytes at once.
        let key = match bytes.get(bs..bs + WC_KEY) {
            Some(k) => {
                let x = u128::from_le_bytes(k.try_into().unwrap_or([0; WC_KEY]));
                // The word's bytes: it has 1 to 16 of them.
                let mask = u128::MAX >> (128 - 8 * w.len());
                (x | 0x2020_2020_2020_2020_2020_2020_2020_2020) & mask
            }
            None => {
                let mut key = [0u8; WC_KEY];
                for (d, &c) in key.iter_mut().zip(w) {
                    *d = c.to_ascii_lowercase();
                }
                u128::from_le_bytes(key)
            }
        };
        let (i, hit) = out.cache.probe_key(self.vocab.uid, key, w.len());
        if !hit {
            return false;
        }
        let sl = &out.cache.slots[i];
        if sl.has_entry && (sl.e_syn != NO_ID || sl.e_num > 0) {
            return false;
        }
        st.start_word(&mut out.question);
        let mut flags = sl.flags;
        if st.comma {
            flags |= F_COMMA;
            st.comma = false;
        }
        if st.paren_open {
            flags |= F_PAREN;
            st.paren_open = false;
        }
        if all_upper && w.len() > 1 {
            flags |= F_CAPS;
        }
        let id_start = out.ids.len();
        // A fixed-size copy, then the unused ids cut off: no call to memcpy.
        out.ids.extend_from_slice(&sl.ids);
        out.ids.truncate(id_start + sl.nids as usize);
        out.toks.push(Token {
            cs,
            ce: cs + w.len() as u32,
            bs: bs as u32,
            be: (bs + w.len()) as u32,
            id_start: id_start as u32,
            id_len: sl.nids as u16,
            flags,
            clause: st.clause,
            sent: st.sent,
            num: 0,
            lh: sl.lh,
            lf: sl.lf,
        });
        true
    }

    #[allow(clippy::too_many_arguments)]
    fn finish_word(
        &mut self,
        _text: &str,
        bs: usize,
        be: usize,
        cs: u32,
        ce: u32,
        all_digits: bool,
        all_upper: bool,
        st: &mut State,
        out: &mut Tokens,
    ) {
        st.start_word(&mut out.question);
        let mut flags = 0u8;
        if st.comma {
            flags |= F_COMMA;
            st.comma = false;
        }
        if st.paren_open {
            flags |= F_PAREN;
            st.paren_open = false;
        }
        if all_upper && !all_digits && be - bs > 1 {
            flags |= F_CAPS;
        }
        let mut num = if all_digits {
            flags |= F_NUM;
            out.has_num = true;
            let mut n: u32 = 0;
            for b in self.word.bytes() {
                n = n.saturating_mul(10).saturating_add((b - b'0') as u32);
            }
            n
        } else {
            0
        };
        // Split contractions and apply synonyms; every part shares the span.
        let word = std::mem::take(&mut self.word);
        let w = word.as_str();
        let (base, tail): (&str, Option<&str>) = if !std::mem::take(&mut self.apos) {
            (w, None)
        } else if let Some(b) = w.strip_suffix("n't") {
            let b = match b {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                "ai" => "is",
                x => x,
            };
            (b, Some("not"))
        } else if let Some(p) = w.find('\'') {
            let (b, t) = (&w[..p], &w[p + 1..]);
            match t {
                "d" => (b, Some("would")),
                "ll" => (b, Some("will")),
                "re" => (b, Some("are")),
                "ve" => (b, Some("have")),
                "m" => (b, Some("am")),
                "s" => (b, None),
                _ => (w, None),
            }
        } else {
            (w, None)
        };
        let probe =
            (base.len() <= WC_KEY).then(|| out.cache.probe(self.vocab.uid, base.as_bytes()));
        let entry = match probe {
            Some((i, true)) => out.cache.slots[i].entry(),
            _ => self.vocab.exact.get(base).copied(),
        };
        if let Some(e) = entry {
            if e.num > 0 {
                flags |= F_NUM;
                out.has_num = true;
                num = e.num;
            }
        }
        let mut first = true;
        let push = |this: &mut Self,
                    s: &str,
                    out: &mut Tokens,
                    flags: u8,
                    entry: Option<Option<Entry>>,
                    probe: Option<(usize, bool)>| {
            this.push_token(s, bs, be, cs, ce, flags, num, st, out, entry, probe);
        };
        match entry {
            Some(e) if e.syn != NO_ID => {
                let vocab = self.vocab;
                for s in vocab.syn_list[e.syn as usize].iter() {
                    push(
                        self,
                        s,
                        out,
                        if first { flags } else { flags & !F_COMMA },
                        None,
                        None,
                    );
                    first = false;
                }
            }
            _ => {
                push(self, base, out, flags, Some(entry), probe);
                first = false;
            }
        }
        if let Some(t) = tail {
            push(
                self,
                t,
                out,
                if first { flags } else { flags & !F_COMMA },
                None,
                None,
            );
        }
        self.word = word;
        self.word.clear();
    }

    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn push_token(
        &mut self,
        w: &str,
        bs: usize,
        be: usize,
        cs: u32,
        ce: u32,
        flags: u8,
        num: u32,
        st: &State,
        out: &mut Tokens,
        entry: Option<Option<Entry>>,
        probe: Option<(usize, bool)>,
    ) {
        let id_start = out.ids.len();
        let cacheable = flags & F_NUM == 0 && w.len() <= WC_KEY;
        let slot = if cacheable {
            match probe.unwrap_or_else(|| out.cache.probe(self.vocab.uid, w.as_bytes())) {
                (i, true) => {
                    let sl = &out.cache.slots[i];
                    out.ids.extend_from_slice(&sl.ids[..sl.nids as usize]);
                    Err((sl.flags, sl.lh, sl.lf))
                }
                (i, false) => Ok(Some(i)),
            }
        } else {
            Ok(None)
        };
        let mut f = flags;
        let (lh, lf) = match slot {
            Err((cached, lh, lf)) => {
                f |= cached;
                (lh, lf)
            }
            Ok(slot) => {
                let (mut lh, mut lcue) = crate::learned::word_hash(w.as_bytes());
                let entry = entry.unwrap_or_else(|| self.vocab.exact.get(w).copied());
                let mut lf = self.vocab.lookup_with(w, entry, &mut out.ids);
                if out.ids.len() == id_start && flags & F_NUM == 0 && entry.is_none() {
                    let mut scratch = std::mem::take(&mut self.scratch);
                    if let Some(c) = self.vocab.correct(w, &mut scratch) {
                        let c = c.to_owned();
                        lf |= self.vocab.lookup(&c, &mut out.ids);
                        // The learned layer reads the word as corrected too, so a
                        // misspelling weighs what the word itself weighs.
                        (lh, lcue) = crate::learned::word_hash(c.as_bytes());
                    }
                    self.scratch = scratch;
                }
                f |= lf;
                let got = &out.ids[id_start..];
                if let Some(i) = slot {
                    if got.len() <= WC_IDS {
                        let mut key = [0u8; WC_KEY];
                        key[..w.len()].copy_from_slice(w.as_bytes());
                        let mut ids = [0u32; WC_IDS];
                        ids[..got.len()].copy_from_slice(got);
                        let e = entry.unwrap_or(Entry {
                            id: 0,
                            flags: 0,
                            syn: 0,
                            num: 0,
                        });
                        out.cache.slots[i] = WcSlot {
                            key,
                            ids,
                            lh,
                            e_id: e.id,
                            e_syn: e.syn,
                            e_num: e.num,
                            len: w.len() as u8,
                            nids: got.len() as u8,
                            flags: lf,
                            lf: lcue,
                            e_flags: e.flags,
                            has_entry: entry.is_some(),
                        };
                    }
                }
                (lh, lcue)
            }
        };
        let id_len = (out.ids.len() - id_start).min(u16::MAX as usize) as u16;
        out.toks.push(Token {
            cs,
            ce,
            bs: bs as u32,
            be: be as u32,
            id_start: id_start as u32,
            id_len,
            flags: f,
            clause: st.clause,
            sent: st.sent,
            num,
            lh,
            lf,
        });
    }
}

struct State {
    clause: u32,
    sent: u32,
    comma: bool,
    pending_break: bool,
    pending_sent: bool,
    paren_open: bool,
}

impl State {
    /// A word starts: a clause (and a sentence) break seen since the last word takes effect.
    #[inline(always)]
    fn start_word(&mut self, question: &mut Vec<bool>) {
        if self.pending_break {
            self.clause += 1;
            self.pending_break = false;
            self.comma = false;
            if self.pending_sent {
                self.sent += 1;
                question.push(false);
                self.pending_sent = false;
            }
        }
    }
}
