//! Normalisation of the raw fields: Unicode folding and transliteration, names,
//! dates of birth, phone numbers, e-mail, identity numbers, postcodes and addresses.
//!
//! Everything here is pure and cheap enough to run once per record.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::names;

/// Fold a string to lower-case ASCII where a Latin transliteration is known:
/// strips diacritics (Vietnamese, Romanian, Polish, Czech/Slovak, Albanian, …),
/// maps letters that do not decompose (đ→d, ł→l, ø→o, ß→ss, æ→ae, …), transliterates
/// Cyrillic and Greek, drops apostrophes and turns other punctuation into spaces.
/// Runs of whitespace collapse to one space; the result is trimmed.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return fold_ascii(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    let push = |out: &mut String, t: &str, last_space: &mut bool| {
        for c in t.chars() {
            if c == ' ' {
                if !*last_space {
                    out.push(' ');
                    *last_space = true;
                }
            } else {
                out.push(c);
                *last_space = false;
            }
        }
    };
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_ascii() {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || c == '@' {
                push(&mut out, c.encode_utf8(&mut [0u8; 4]), &mut last_space);
            } else if c == '\'' || c == '`' {
                // O'Brien → obrien
            } else {
                push(&mut out, " ", &mut last_space);
            }
            continue;
        }
        if let Some(t) = translit(c) {
            push(&mut out, t, &mut last_space);
            continue;
        }
        if c == '\u{2019}' || c == '\u{2018}' || c == '\u{02BC}' || c == '\u{02BB}' {
            continue; // typographic apostrophes, Arabic ayn/hamza transliteration marks
        }
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                out.push(l);
            }
            last_space = false;
        } else {
            push(&mut out, " ", &mut last_space);
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`fold`] of an ASCII string (most input): no decomposition or transliteration needed.
fn fold_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    for c in s.bytes() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_alphanumeric() || c == b'@' {
            out.push(c as char);
            last_space = false;
        } else if c == b'\'' || c == b'`' {
            // O'Brien → obrien
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Letters that Unicode decomposition does not reduce to ASCII.
fn translit(c: char) -> Option<&'static str> {
    Some(match c {
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ł' | 'Ł' => "l",
        'ø' | 'Ø' => "o",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ı' | 'İ' => "i",
        'þ' | 'Þ' => "th",
        'ħ' | 'Ħ' => "h",
        'ŋ' | 'Ŋ' => "n",
        'ŧ' | 'Ŧ' => "t",
        'ƒ' => "f",
        // Cyrillic (BGN/PCGN-like, simplified)
        'а' | 'А' => "a",
        'б' | 'Б' => "b",
        'в' | 'В' => "v",
        'г' | 'Г' => "g",
        'ґ' | 'Ґ' => "g",
        'д' | 'Д' => "d",
        'е' | 'Е' | 'ё' | 'Ё' | 'э' | 'Э' | 'є' | 'Є' => "e",
        'ж' | 'Ж' => "zh",
        'з' | 'З' => "z",
        'и' | 'И' | 'і' | 'І' | 'ї' | 'Ї' => "i",
        'й' | 'Й' => "y",
        'к' | 'К' => "k",
        'л' | 'Л' => "l",
        'м' | 'М' => "m",
        'н' | 'Н' => "n",
        'о' | 'О' => "o",
        'п' | 'П' => "p",
        'р' | 'Р' => "r",
        'с' | 'С' => "s",
        'т' | 'Т' => "t",
        'у' | 'У' => "u",
        'ф' | 'Ф' => "f",
        'х' | 'Х' => "kh",
        'ц' | 'Ц' => "ts",
        'ч' | 'Ч' => "ch",
        'ш' | 'Ш' => "sh",
        'щ' | 'Щ' => "shch",
        'ъ' | 'Ъ' | 'ь' | 'Ь' => "",
        'ы' | 'Ы' => "y",
        'ю' | 'Ю' => "yu",
        'я' | 'Я' => "ya",
        // Greek
        'α' | 'Α' => "a",
        'β' | 'Β' => "v",
        'γ' | 'Γ' => "g",
        'δ' | 'Δ' => "d",
        'ε' | 'Ε' => "e",
        'ζ' | 'Ζ' => "z",
        'η' | 'Η' => "i",
        'θ' | 'Θ' => "th",
        'ι' | 'Ι' => "i",
        'κ' | 'Κ' => "k",
        'λ' | 'Λ' => "l",
        'μ' | 'Μ' => "m",
        'ν' | 'Ν' => "n",
        'ξ' | 'Ξ' => "x",
        'ο' | 'Ο' => "o",
        'π' | 'Π' => "p",
        'ρ' | 'Ρ' => "r",
        'σ' | 'ς' | 'Σ' => "s",
        'τ' | 'Τ' => "t",
        'υ' | 'Υ' => "y",
        'φ' | 'Φ' => "f",
        'χ' | 'Χ' => "ch",
        'ψ' | 'Ψ' => "ps",
        'ω' | 'Ω' => "o",
        _ => return None,
    })
}

/// A short string kept inline when it fits in 22 bytes (most names, phone numbers and
/// postcodes), so comparing two records does not chase a pointer to another cache line
/// for each field; longer strings are boxed.
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum SmallStr {
    Inline(u8, [u8; 22]),
    Heap(Box<str>),
}

impl SmallStr {
    pub fn new(s: &str) -> SmallStr {
        if s.len() <= 22 {
            let mut buf = [0u8; 22];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            SmallStr::Inline(s.len() as u8, buf)
        } else {
            SmallStr::Heap(s.into())
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        match self {
            SmallStr::Inline(n, b) => &b[..*n as usize],
            SmallStr::Heap(s) => s.as_bytes(),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            SmallStr::Inline(n, b) => {
                std::str::from_utf8(&b[..*n as usize]).expect("built from a str")
            }
            SmallStr::Heap(s) => s,
        }
    }
}

impl Default for SmallStr {
    fn default() -> Self {
        SmallStr::Inline(0, [0; 22])
    }
}

impl std::ops::Deref for SmallStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SmallStr {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for SmallStr {
    fn from(s: &str) -> Self {
        SmallStr::new(s)
    }
}

impl From<String> for SmallStr {
    fn from(s: String) -> Self {
        SmallStr::new(&s)
    }
}

impl std::fmt::Debug for SmallStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SmallStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A normalised personal name (given or family). Kept small: one allocation in the
/// common case, the other forms are derived on demand.
#[derive(Debug, Clone, Default)]
pub struct Name {
    /// Folded tokens joined by one space, with variants canonicalised
    /// ("Mohamed  Al-Hassan" → "muhammad al hassan").
    pub full: SmallStr,
    /// Tokens without particles (al, el, van, de, di, da, bin, …), when that differs
    /// from `full`.
    core: Option<SmallStr>,
    /// Length of the first token in `full`.
    first_len: u8,
    /// Canonical-variant / nickname group ids of the first token (0 = none).
    pub groups: [u16; 2],
    /// Phonetic key of the core tokens joined (see [`phonetic`]), packed.
    pub phon: u64,
    /// Phonetic key of the first core token.
    pub phon_first: u64,
    /// True when the whole name is one letter (an initial).
    pub initial_only: bool,
}

impl Name {
    pub fn parse(raw: &str) -> Option<Name> {
        let folded = fold(raw);
        if folded.is_empty() {
            return None;
        }
        let owned: Vec<std::borrow::Cow<str>> =
            folded.split(' ').map(names::canonical_token).collect();
        let toks: Vec<&str> = owned.iter().map(|t| t.as_ref()).collect();
        let full = toks.join(" ");
        let mut core_toks: Vec<&str> = toks
            .iter()
            .copied()
            .filter(|t| !names::is_particle(t))
            .collect();
        if core_toks.is_empty() {
            core_toks = toks.clone();
        }
        let core = core_toks.join(" ");
        let first = toks[0];
        let core_joined: String = core_toks.concat();
        Some(Name {
            initial_only: full.len() == 1,
            phon: phonetic(&core_joined),
            phon_first: phonetic(core_toks[0]),
            groups: names::groups(first),
            first_len: first.len().min(255) as u8,
            core: if core != full {
                Some(SmallStr::new(&core))
            } else {
                None
            },
            full: SmallStr::new(&full),
        })
    }

    pub fn initial(&self) -> u8 {
        self.full.as_bytes().first().copied().unwrap_or(b'?')
    }

    /// The first token.
    pub fn first(&self) -> &str {
        &self.full[..self.first_len as usize]
    }

    /// The first token's bytes.
    pub fn first_bytes(&self) -> &[u8] {
        &self.full.as_bytes()[..self.first_len as usize]
    }

    /// Everything after the first token ("" for one token).
    pub fn rest(&self) -> &str {
        // Tokens are joined by spaces (the only whitespace left after folding).
        self.full[self.first_len as usize..].trim_start_matches(' ')
    }

    /// Tokens without particles.
    pub fn core(&self) -> &str {
        self.core.as_ref().unwrap_or(&self.full).as_str()
    }

    /// Tokens without particles, as bytes.
    pub fn core_bytes(&self) -> &[u8] {
        self.core.as_ref().unwrap_or(&self.full).as_bytes()
    }

    /// The name without spaces, into a caller's buffer (no allocation; names longer
    /// than the buffer are truncated, which only affects similarity, not equality of
    /// the common case).
    pub fn joined_into<'a>(&'a self, buf: &'a mut [u8; 96]) -> &'a [u8] {
        let b = self.full.as_bytes();
        if !b.contains(&b' ') {
            return b;
        }
        let mut n = 0;
        for &c in b {
            if c != b' ' && n < buf.len() {
                buf[n] = c;
                n += 1;
            }
        }
        &buf[..n]
    }

    /// `hash_str(&self.joined())` without building the string.
    pub fn joined_hash(&self) -> u64 {
        hash_bytes(self.full.as_bytes().iter().copied().filter(|&c| c != b' '))
    }

    /// The name without spaces ("abdul rahman" → "abdulrahman").
    pub fn joined(&self) -> std::borrow::Cow<'_, str> {
        if self.full.contains(' ') {
            std::borrow::Cow::Owned(self.full.replace(' ', ""))
        } else {
            std::borrow::Cow::Borrowed(self.full.as_str())
        }
    }
}

/// A phonetic skeleton tuned for names recorded by ear across languages:
/// a leading vowel becomes `a`, common digraphs are unified (ph→f, ck/q/c→k, c before
/// e/i/y→s, x→ks, w→v, z→s, kh→h, th→t, dh→d, sz/sch/sh→s, cz/ch→c, gh→g, dj/j→j),
/// later vowels, `h` and `y` are dropped and doubled letters collapse.
/// Mohammed, Muhammad and Mohamad → `mhmd`; Tesfaye and Tesfay → `tsf`; Nguyen → `ngn`.
/// Packed into a `u64` (5 bits per letter, at most 12 letters).
pub fn phonetic(s: &str) -> u64 {
    let b: Vec<u8> = s.bytes().filter(|c| c.is_ascii_lowercase()).collect();
    if b.is_empty() {
        return 0;
    }
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    let at = |k: usize| -> u8 { b.get(k).copied().unwrap_or(0) };
    while i < b.len() {
        let c = b[i];
        let n = at(i + 1);
        let (emit, adv): (u8, usize) = match c {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => {
                if i == 0 {
                    (b'a', 1)
                } else {
                    (0, 1)
                }
            }
            b'p' if n == b'h' => (b'f', 2),
            b'c' if n == b'k' => (b'k', 2),
            b'c' if n == b'z' || n == b'h' => (b'c', 2),
            b'c' if n == b'e' || n == b'i' || n == b'y' => (b's', 1),
            b'k' if n == b'h' => (b'h', 2),
            b'c' | b'q' | b'k' => (b'k', 1),
            b't' if n == b'h' => (b't', 2),
            b'd' if n == b'h' => (b'd', 2),
            b'd' if n == b'j' => (b'j', 2),
            b'g' if n == b'h' => (b'g', 2),
            b's' if n == b'z' || n == b'h' => (b's', 2),
            b's' if n == b'c' && at(i + 2) == b'h' => (b's', 3),
            b'x' => {
                out.push(b'k');
                (b's', 1)
            }
            b'w' => (b'v', 1),
            b'z' => (b's', 1),
            b'h' => (0, 1),
            _ => (c, 1),
        };
        if emit != 0 && out.last() != Some(&emit) {
            out.push(emit);
        }
        i += adv;
    }
    let mut key: u64 = 0;
    for (k, &c) in out.iter().take(12).enumerate() {
        let v = (c - b'a' + 1) as u64;
        key |= v << (5 * k);
    }
    key
}

/// Decode a packed phonetic key (for explanations and tests).
pub fn phonetic_str(key: u64) -> String {
    let mut s = String::new();
    let mut k = key;
    while k != 0 {
        let v = (k & 31) as u8;
        s.push((b'a' + v - 1) as char);
        k >>= 5;
    }
    s
}

/// A date of birth as recorded: full, year-month, or year only; with the 1 January
/// placeholder (used when only the year is known) recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dob {
    pub year: u16,
    /// 1–12, or 0 if unknown.
    pub month: u8,
    /// 1–31, or 0 if unknown.
    pub day: u8,
    /// 1 January recorded as a placeholder: treated as year-only in comparisons.
    pub placeholder: bool,
}

/// Why a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("expected YYYY-MM-DD, YYYY-MM or YYYY, got {0:?}")]
    Format(String),
    #[error("month {1} out of range in {0:?}")]
    Month(String, u32),
    #[error("day {1} out of range in {0:?}")]
    Day(String, u32),
    #[error("year {1} out of range in {0:?}")]
    Year(String, u32),
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        _ => 28,
    }
}

impl Dob {
    /// Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (also `YYYYMMDD` and `/` separators).
    /// Empty input is `Ok(None)`.
    pub fn parse(raw: &str) -> Result<Option<Dob>, DateError> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(None);
        }
        let err = || DateError::Format(s.to_string());
        let parts: Vec<&str> = if s.len() == 8 && s.bytes().all(|c| c.is_ascii_digit()) {
            vec![&s[0..4], &s[4..6], &s[6..8]]
        } else {
            s.split(['-', '/']).collect()
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(err());
        }
        let num = |p: &str, len: std::ops::RangeInclusive<usize>| -> Result<u32, DateError> {
            if !len.contains(&p.len()) || !p.bytes().all(|c| c.is_ascii_digit()) {
                return Err(err());
            }
            p.parse::<u32>().map_err(|_| err())
        };
        let y = num(parts[0], 4..=4)?;
        if !(1850..=2100).contains(&y) {
            return Err(DateError::Year(s.to_string(), y));
        }
        let m = if parts.len() > 1 {
            num(parts[1], 1..=2)?
        } else {
            0
        };
        if parts.len() > 1 && !(1..=12).contains(&m) {
            return Err(DateError::Month(s.to_string(), m));
        }
        let d = if parts.len() > 2 {
            num(parts[2], 1..=2)?
        } else {
            0
        };
        if parts.len() > 2 && (d < 1 || d > days_in_month(y, m)) {
            return Err(DateError::Day(s.to_string(), d));
        }
        Ok(Some(Dob {
            year: y as u16,
            month: m as u8,
            day: d as u8,
            placeholder: m == 1 && d == 1,
        }))
    }

    /// Full date that is not a placeholder.
    pub fn is_full(&self) -> bool {
        self.day != 0 && !self.placeholder
    }

    /// Month if it is informative (not a placeholder).
    pub fn eff_month(&self) -> u8 {
        if self.placeholder {
            0
        } else {
            self.month
        }
    }

    /// Compact code used for hashing and equality: yyyymmdd with unknown parts zero.
    pub fn code(&self) -> u32 {
        self.year as u32 * 10000
            + self.eff_month() as u32 * 100
            + if self.placeholder { 0 } else { self.day as u32 }
    }

    /// Day/month order-independent code for blocking (catches swaps).
    pub fn unordered_code(&self) -> u32 {
        let (a, b) = if self.day < self.month {
            (self.day, self.month)
        } else {
            (self.month, self.day)
        };
        self.year as u32 * 10000 + a as u32 * 100 + b as u32
    }
}

impl std::fmt::Display for Dob {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.placeholder {
            return write!(f, "{:04}-01-01 (placeholder)", self.year);
        }
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

/// Normalise a phone number to E.164, assuming the UK when no country code is given.
/// `07700 900123`, `+44 (0)7700 900123`, `0044 7700 900123` and `447700900123`
/// all become `+447700900123`. Returns `None` when there are fewer than 6 digits.
pub fn phone_e164(raw: &str) -> Option<String> {
    let s = raw.trim();
    let plus = s.starts_with('+');
    // Drop a trunk "(0)" written after the country code.
    let cleaned = s.replace("(0)", "");
    let digits: String = cleaned.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 6 {
        return None;
    }
    let e = if plus {
        format!("+{digits}")
    } else if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+44{rest}")
    } else if digits.starts_with("44") && digits.len() >= 12 {
        format!("+{digits}")
    } else if digits.len() == 10 && digits.starts_with('7') {
        format!("+44{digits}")
    } else {
        format!("+{digits}")
    };
    // +44 0… : trunk zero kept after the country code.
    let e = if let Some(rest) = e.strip_prefix("+440") {
        format!("+44{rest}")
    } else {
        e
    };
    Some(e)
}

/// Normalise an e-mail address: trim, lower-case. Returns `None` if there is no `@`.
pub fn email(raw: &str) -> Option<String> {
    let s = raw.trim().to_lowercase();
    if s.is_empty() {
        return None;
    }
    let (local, domain) = s.rsplit_once('@')?;
    let local = local.split('+').next().unwrap_or(local);
    let domain = if domain == "googlemail.com" {
        "gmail.com"
    } else {
        domain
    };
    let local: String = if domain == "gmail.com" {
        local.replace('.', "")
    } else {
        local.to_string()
    };
    Some(format!("{local}@{domain}"))
}

/// Identity numbers (passport, NI, Home Office reference, …): upper-case alphanumerics.
pub fn id_number(raw: &str) -> Option<String> {
    let s: String = raw
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_uppercase())
        .collect();
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

/// A postcode. UK postcodes are parsed into outward and inward codes
/// (`sw1a1aa` → `SW1A 1AA`); anything else is kept as upper-case alphanumerics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Postcode {
    /// Normalised text, e.g. `SW1A 1AA` or `2615`.
    pub text: SmallStr,
    /// Length of the outward code in `text` for UK postcodes, 0 otherwise.
    pub outward_len: u8,
}

impl Postcode {
    pub fn parse(raw: &str) -> Option<Postcode> {
        let c: String = raw
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if c.is_empty() {
            return None;
        }
        let b = c.as_bytes();
        // UK: outward 2-4 chars starting with a letter, inward = digit + 2 letters.
        if (5..=7).contains(&b.len()) && b[0].is_ascii_alphabetic() {
            let n = b.len();
            let inward = &b[n - 3..];
            if inward[0].is_ascii_digit()
                && inward[1].is_ascii_alphabetic()
                && inward[2].is_ascii_alphabetic()
            {
                let outward = &c[..n - 3];
                if outward.bytes().any(|x| x.is_ascii_digit()) {
                    return Some(Postcode {
                        text: format!("{outward} {}", &c[n - 3..]).into(),
                        outward_len: outward.len() as u8,
                    });
                }
            }
        }
        // A bare UK outward code ("SW1A") or a foreign postcode: keep as is.
        Some(Postcode {
            text: c.into(),
            outward_len: 0,
        })
    }

    pub fn is_uk(&self) -> bool {
        self.outward_len > 0
    }

    pub fn outward(&self) -> &str {
        &self.text[..self.outward_len as usize]
    }

    /// Outward code plus the inward digit (the postcode sector), UK only.
    pub fn sector(&self) -> &str {
        &self.text[..self.outward_len as usize + 2]
    }
}

/// A normalised address.
#[derive(Debug, Clone, Default)]
pub struct Address {
    /// Tokens with abbreviations expanded, joined by spaces.
    pub text: Box<str>,
    /// Hashes of the tokens (sorted, deduplicated) for token-set comparison.
    pub tokens: Box<[u64]>,
    /// Numbers in the address (house, flat) in order of appearance, hashed together.
    pub numbers: u64,
    /// The flat/unit number if recorded ("flat 3", "apt 3b", "3/12 …"), hashed; 0 if none.
    pub flat: u64,
    /// Hash of the address without the flat part (the building).
    pub building: u64,
}

impl Address {
    pub fn parse(raw: &str) -> Option<Address> {
        let folded = fold(&raw.replace('/', " xslashx "));
        if folded.is_empty() {
            return None;
        }
        let mut toks: Vec<&str> = Vec::new();
        let raw_toks: Vec<&str> = folded.split(' ').collect();
        let mut flat: Option<String> = None;
        let mut i = 0;
        while i < raw_toks.len() {
            let t = names::address_abbrev(raw_toks[i]);
            if matches!(t, "flat" | "apartment" | "unit" | "room") {
                if let Some(n) = raw_toks.get(i + 1) {
                    if n.bytes().any(|c| c.is_ascii_digit()) || n.len() == 1 {
                        flat = Some(n.to_string());
                        i += 2;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            if t == "no" || t == "number" || t == "the" || t == "of" {
                i += 1;
                continue;
            }
            toks.push(t);
            i += 1;
        }
        // "3 / 12 High Street" → flat 3, building 12 High Street
        let mut toks_final: Vec<&str> = Vec::new();
        let mut k = 0;
        while k < toks.len() {
            if k + 2 < toks.len() && toks[k + 1] == "xslashx" && flat.is_none() {
                flat = Some(toks[k].to_string());
                k += 2;
                continue;
            }
            if toks[k] != "xslashx" {
                toks_final.push(toks[k]);
            }
            k += 1;
        }
        let text = toks_final.join(" ");
        let mut hashes: Vec<u64> = toks_final.iter().map(|t| hash_str(t)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        let mut numbers = 0u64;
        for t in &toks_final {
            if t.bytes().any(|c| c.is_ascii_digit()) {
                numbers = mix(numbers ^ hash_str(t));
            }
        }
        let building = hash_str(&text);
        let flat_h = flat.as_deref().map(hash_str).unwrap_or(0);
        Some(Address {
            text: text.into(),
            tokens: hashes.into(),
            numbers,
            flat: flat_h,
            building,
        })
    }
}

/// Sex as recorded: 1 male, 2 female, 3 other/not identifying as either; `None` if unknown.
pub fn sex(raw: &str) -> Option<u8> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "m" | "male" | "man" | "boy" => Some(1),
        "f" | "female" | "woman" | "girl" | "w" => Some(2),
        "" | "u" | "unknown" | "not known" | "not stated" => None,
        _ => Some(3),
    }
}

/// ISO 3166 alpha-2 code as two upper-case bytes packed, or `None`.
pub fn nationality(raw: &str) -> Option<u16> {
    let s: Vec<u8> = raw
        .trim()
        .bytes()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if s.is_empty() {
        return None;
    }
    let s = if s == b"UK" { b"GB".to_vec() } else { s };
    let mut v: u16 = 0;
    for &c in s.iter().take(2) {
        v = (v << 8) | c as u16;
    }
    Some(v)
}

/// 64-bit FNV-1a followed by a finaliser; stable across runs and platforms.
pub fn hash_str(s: &str) -> u64 {
    hash_bytes(s.bytes())
}

/// [`hash_str`] of a byte sequence.
pub fn hash_bytes(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    mix(h)
}

/// SplitMix64 finaliser.
pub fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e3779b97f4a7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_folds_like_the_general_path() {
        for s in [
            "  O'Brien-Smith  ",
            "12/3 High St., Flat 4",
            "MOHAMMED  al-HASSAN",
            "a@b.com",
            "x`y",
            "--",
            "",
            "Tab\tand\nnewline",
        ] {
            // The general path, forced by a trailing non-ASCII space that folds away.
            let general = fold(&format!("{s}\u{a0}"));
            assert_eq!(fold(s), general, "{s:?}");
        }
    }

    #[test]
    fn folds_diacritics_of_each_language() {
        // Vietnamese
        assert_eq!(fold("Nguyễn Văn Đức"), "nguyen van duc");
        assert_eq!(fold("Trương Thị Hương"), "truong thi huong");
        // Romanian, both comma-below and cedilla forms
        assert_eq!(fold("Ștefan Țurcanu"), "stefan turcanu");
        assert_eq!(fold("Şerban Ţepeş"), "serban tepes");
        assert_eq!(fold("Ioana Mureșan-Popescu"), "ioana muresan popescu");
        // Polish
        assert_eq!(fold("Łukasz Wójcik-Żółć"), "lukasz wojcik zolc");
        assert_eq!(fold("Małgorzata Kowalska"), "malgorzata kowalska");
        // Czech / Slovak
        assert_eq!(
            fold("Jiří Dvořák Ľubomír Ťažký"),
            "jiri dvorak lubomir tazky"
        );
        // Albanian
        assert_eq!(fold("Arbën Çela Hoxhë"), "arben cela hoxhe");
        // Apostrophes and punctuation
        assert_eq!(fold("O'Brien, Seán"), "obrien sean");
        assert_eq!(fold("Ólafsdóttir Þór"), "olafsdottir thor");
        // Cyrillic
        assert_eq!(fold("Олександр Шевченко"), "oleksandr shevchenko");
    }

    #[test]
    fn phonetic_unifies_transliterations() {
        let k = |s: &str| phonetic_str(phonetic(&fold(s).replace(' ', "")));
        assert_eq!(k("Mohammed"), k("Muhammad"));
        assert_eq!(k("Mohamad"), k("Muhamed"));
        assert_eq!(k("Tesfaye"), k("Tesfay"));
        assert_eq!(k("Nguyen"), k("Nguyễn"));
        assert_eq!(k("Kowalski"), k("Kowalsky"));
        assert_eq!(k("Ibrahim"), k("Ebrahim"));
        assert_eq!(k("Philip"), k("Filip"));
        assert_ne!(k("Singh"), k("Smith"));
    }

    #[test]
    fn dates_full_partial_placeholder_and_errors() {
        let d = Dob::parse("1990-03-05").unwrap().unwrap();
        assert_eq!((d.year, d.month, d.day, d.placeholder), (1990, 3, 5, false));
        assert!(d.is_full());
        let ym = Dob::parse("1990-03").unwrap().unwrap();
        assert_eq!((ym.year, ym.month, ym.day), (1990, 3, 0));
        assert!(!ym.is_full());
        let y = Dob::parse("1990").unwrap().unwrap();
        assert_eq!((y.year, y.month), (1990, 0));
        let p = Dob::parse("1990-01-01").unwrap().unwrap();
        assert!(p.placeholder && !p.is_full());
        assert_eq!(p.code(), y.code());
        assert_eq!(Dob::parse("19900305").unwrap().unwrap(), d);
        assert_eq!(Dob::parse("").unwrap(), None);
        assert!(Dob::parse("1990-13-01").is_err());
        assert!(Dob::parse("1990-02-30").is_err());
        assert!(Dob::parse("05/03/1990").is_err());
        assert!(Dob::parse("abc").is_err());
        assert_eq!(
            d.unordered_code(),
            Dob::parse("1990-05-03").unwrap().unwrap().unordered_code()
        );
    }

    #[test]
    fn phones_to_e164() {
        for p in [
            "07700 900123",
            "+44 (0)7700 900123",
            "0044 7700 900123",
            "447700900123",
            "+44 7700-900-123",
            "7700900123",
            "(07700) 900 123",
        ] {
            assert_eq!(phone_e164(p).as_deref(), Some("+447700900123"), "{p}");
        }
        assert_eq!(
            phone_e164("020 7946 0018").as_deref(),
            Some("+442079460018")
        );
        assert_eq!(
            phone_e164("+40 721 234 567").as_deref(),
            Some("+40721234567")
        );
        assert_eq!(
            phone_e164("0048 512 345 678").as_deref(),
            Some("+48512345678")
        );
        assert_eq!(phone_e164("n/a"), None);
    }

    #[test]
    fn uk_postcodes() {
        let p = Postcode::parse("sw1a1aa").unwrap();
        assert_eq!(&*p.text, "SW1A 1AA");
        assert_eq!(p.outward(), "SW1A");
        assert_eq!(p.sector(), "SW1A 1");
        assert_eq!(Postcode::parse(" m1 1ae ").unwrap().text.as_str(), "M1 1AE");
        assert_eq!(Postcode::parse("B33 8TH").unwrap().text.as_str(), "B33 8TH");
        let au = Postcode::parse("2615").unwrap();
        assert!(!au.is_uk());
        assert_eq!(&*au.text, "2615");
    }

    #[test]
    fn addresses_expand_abbreviations_and_split_flats() {
        let a = Address::parse("Flat 3, 12 High St.").unwrap();
        let b = Address::parse("12 HIGH STREET").unwrap();
        let c = Address::parse("3/12 High Street").unwrap();
        assert_eq!(&*a.text, "12 high street");
        assert_eq!(a.building, b.building);
        assert_ne!(a.flat, 0);
        assert_eq!(b.flat, 0);
        assert_eq!(a.flat, c.flat);
        assert_eq!(a.building, c.building);
        let d = Address::parse("45 Mill Rd").unwrap();
        assert_eq!(&*d.text, "45 mill road");
    }

    #[test]
    fn emails_and_ids() {
        assert_eq!(
            email(" John.Smith+x@GoogleMail.com").as_deref(),
            Some("johnsmith@gmail.com")
        );
        assert_eq!(email("nope"), None);
        assert_eq!(id_number("ab 12-34 56 c").as_deref(), Some("AB123456C"));
        assert_eq!(sex("Female"), Some(2));
        assert_eq!(sex(""), None);
        assert_eq!(nationality("uk"), nationality("GB"));
    }
}
