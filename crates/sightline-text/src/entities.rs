//! Entity extraction: phone numbers, UK postcodes, UK vehicle registrations,
//! emails, URLs, social handles, sums of money and dates, each normalised.
//!
//! One combined regular expression finds candidates in a single pass; the
//! named group that matched tells the kind, and a small normaliser checks and
//! rewrites the text.
use regex_automata::meta::Regex;
use serde::Serialize;

/// The kind of an [`Entity`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// Phone number, normalised to E.164 (`+447700900123`).
    Phone,
    /// UK postcode, normalised to upper case with one space (`B1 1AA`).
    Postcode,
    /// UK vehicle registration mark, upper case with the standard DVLA
    /// spacing: current `AB12 CDE`, prefix `A123 BCD`, suffix `ABC 123D`.
    Vehicle,
    /// Email address, lower-cased.
    Email,
    /// Web address, as written (trailing punctuation dropped).
    Url,
    /// Social media handle, lower-cased with its `@`.
    Handle,
    /// Sum of money, normalised to `CUR amount` (`GBP 300`, `EUR 50.50`).
    Money,
    /// Date, normalised to ISO 8601 (`2024-03-05`; `--03-05` without a year;
    /// `2024-03` for a month). Numeric dates are read day first (UK).
    Date,
}

impl EntityKind {
    /// Lower-case name as in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Phone => "phone",
            EntityKind::Postcode => "postcode",
            EntityKind::Vehicle => "vehicle",
            EntityKind::Email => "email",
            EntityKind::Url => "url",
            EntityKind::Handle => "handle",
            EntityKind::Money => "money",
            EntityKind::Date => "date",
        }
    }
}

/// An entity found in the text, with char offsets (end exclusive).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// The text as written.
    pub text: String,
    /// The normalised form (see [`EntityKind`]).
    pub normalised: String,
    /// Start, in chars of the input.
    pub start: usize,
    /// End (exclusive), in chars of the input.
    pub end: usize,
}

pub(crate) struct EntityFinder {
    re: Regex,
}

const MONTHS: &[(&str, &str)] = &[
    ("Jan", "uary"),
    ("Feb", "ruary"),
    ("Mar", "ch"),
    ("Apr", "il"),
    ("May", ""),
    ("Jun", "e"),
    ("Jul", "y"),
    ("Aug", "ust"),
    ("Sep", "tember"),
    ("Oct", "ober"),
    ("Nov", "ember"),
    ("Dec", "ember"),
];

fn month_alt() -> String {
    let mut parts = Vec::new();
    for (a, b) in MONTHS {
        let full = format!("{a}{b}");
        if b.is_empty() {
            parts.push(format!("{a}|{}", a.to_uppercase()));
        } else {
            parts.push(format!(
                "{full}|{}|{a}|{}",
                full.to_uppercase(),
                a.to_uppercase()
            ));
        }
        if *a == "Sep" {
            parts.push("Sept|SEPT".into());
        }
    }
    // Longest first so "January" wins over "Jan".
    let mut all: Vec<String> = parts
        .iter()
        .flat_map(|p| p.split('|').map(str::to_string).collect::<Vec<_>>())
        .collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    all.join("|")
}

fn month_num(m: &str) -> Option<u32> {
    let m = m.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|(a, _)| m.starts_with(&a.to_ascii_lowercase()))
        .map(|i| i as u32 + 1)
}

/// The kinds in the order of their patterns: at one position an earlier
/// pattern wins (an e-mail address is not also read as a handle and a web
/// address).
const KINDS: [EntityKind; 8] = [
    EntityKind::Email,
    EntityKind::Url,
    EntityKind::Handle,
    EntityKind::Date,
    EntityKind::Phone,
    EntityKind::Money,
    EntityKind::Postcode,
    EntityKind::Vehicle,
];

impl EntityFinder {
    pub fn new() -> Self {
        let b = r"(?-u:\b)";
        let mon = month_alt();
        let pats = [
            r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}".to_string(),
            format!(
                concat!(
                    r"(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\x22]+",
                    r"|{b}[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?i:com|co\.uk|org\.uk|net|org|io|info|biz|eu|me|app)(?:/[^\s<>\x22]*)?{b}",
                ),
                b = b
            ),
            r"(?-u:\B)@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?".to_string(),
            format!(
                concat!(
                    r"{b}[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}{b}",
                    r"|{b}[0-9]{{1,2}}[/.\-][0-9]{{1,2}}[/.\-](?:[0-9]{{4}}|[0-9]{{2}}){b}",
                    r"|{b}[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{mon})\.?(?:,?\s+[0-9]{{4}})?{b}",
                    r"|{b}(?:{mon})\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?{b}",
                    r"|{b}(?:{mon})\s+[0-9]{{4}}{b}",
                ),
                b = b,
                mon = mon
            ),
            format!(
                concat!(
                    r"(?:\+\s?44\s?(?:\(0\)\s?)?|{b}0044\s?|\(0|{b}0)[0-9](?:[\s\-)]{{0,2}}[0-9]){{8,9}}{b}",
                    r"|\+[1-9][0-9]{{0,2}}(?:[\s\-]?[0-9]){{6,12}}{b}",
                ),
                b = b
            ),
            format!(
                concat!(
                    r"(?:£|€|\$|(?:GBP|EUR|USD)\s?)\s?[0-9][0-9,]*(?:\.[0-9]{{1,2}})?(?:\s?(?:k|K|m|M|grand){b})?",
                    r"|{b}[0-9][0-9,]*(?:\.[0-9]{{1,2}})?\s?(?i:pounds?|quid|grand|euros?|dollars?|gbp|eur|usd|lei|zloty|pln){b}",
                ),
                b = b
            ),
            format!(r"{b}(?i:[A-Z]{{1,2}}[0-9][A-Z0-9]?\s?[0-9][ABD-HJLNP-UW-Z]{{2}}){b}"),
            format!(
                r"{b}(?:(?i:[A-Z]{{2}}[0-9]{{2}}\s?[A-Z]{{3}})|[A-Z][0-9]{{1,3}}\s?[A-Z]{{3}}|[A-Z]{{3}}\s?[0-9]{{1,3}}[A-Z]){b}"
            ),
        ];
        // One automaton for all kinds, searched without capture groups: the
        // pattern that matched tells the kind, so the capture engines (which
        // cost more than the search itself) never run.
        let re = Regex::builder()
            .build_many(&pats)
            .expect("entity patterns compile");
        EntityFinder { re }
    }

    pub fn find(&self, text: &str, out: &mut Vec<Entity>) {
        out.clear();
        let mut last_b = 0usize;
        let mut last_c = 0usize;
        for m in self.re.find_iter(text) {
            let kind = KINDS[m.pattern().as_usize()];
            let m_end = m.end();
            let mut s = &text[m.range()];
            let mut start_b = m.start();
            if kind == EntityKind::Url {
                s = s.trim_end_matches(['.', ',', ')', ';', ':', '!', '?', '\'']);
            }
            if kind == EntityKind::Phone {
                // Don't take a number glued to more digits (references, IDs).
                if text[m_end..].starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                if let Some(t) = s.strip_prefix('(') {
                    start_b += 1;
                    s = t;
                }
            }
            let Some(norm) = normalise(kind, s) else {
                continue;
            };
            let end_b = start_b + s.len();
            last_c += text[last_b..start_b].chars().count();
            let len_c = s.chars().count();
            out.push(Entity {
                kind,
                text: s.to_string(),
                normalised: norm,
                start: last_c,
                end: last_c + len_c,
            });
            last_c += len_c;
            last_b = end_b;
        }
    }
}

/// Whether `text` could hold an entity at all: every kind needs a digit
/// (phones, postcodes, registrations, money, dates), an `@` (emails,
/// handles), or a dot followed by a letter or `:/` (web addresses). The
/// tokeniser notes the same as it goes (`Tokens::maybe_entity`), and the
/// analyzer runs the combined expression only then; this is the reference.
#[cfg(test)]
pub(crate) fn may_hold_entity(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c.is_ascii_digit()
            || c == b'@'
            || c == b'.' && b.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic())
            || c == b':' && b.get(i + 1) == Some(&b'/')
    })
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

fn normalise(kind: EntityKind, s: &str) -> Option<String> {
    match kind {
        EntityKind::Email | EntityKind::Handle => Some(s.to_lowercase()),
        EntityKind::Url => Some(s.to_string()),
        EntityKind::Phone => normalise_phone(s),
        EntityKind::Postcode => {
            let c: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            if c.len() < 5 || c.len() > 7 {
                return None;
            }
            let (out, inw) = c.split_at(c.len() - 3);
            Some(format!("{out} {inw}"))
        }
        EntityKind::Vehicle => {
            let c: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            let b = c.as_bytes();
            let split = if b.len() == 7 && b[2].is_ascii_digit() && b[3].is_ascii_digit() {
                4 // current: AB12 CDE
            } else if b[0].is_ascii_alphabetic() && b[1].is_ascii_digit() {
                c.len() - 3 // prefix: A123 BCD
            } else {
                3 // suffix: ABC 123D
            };
            Some(format!("{} {}", &c[..split], &c[split..]))
        }
        EntityKind::Money => normalise_money(s),
        EntityKind::Date => normalise_date(s),
    }
}

fn normalise_phone(s: &str) -> Option<String> {
    let t = s.trim();
    let d = digits(t);
    let national = if t.starts_with('+') {
        if let Some(rest) = d.strip_prefix("44") {
            // "+44 (0)7700 …" carries a trunk zero to drop.
            rest.strip_prefix('0')
                .filter(|_| t.contains("(0)"))
                .unwrap_or(rest)
                .to_string()
        } else {
            if d.len() < 8 || d.len() > 15 {
                return None;
            }
            return Some(format!("+{d}"));
        }
    } else if let Some(rest) = d.strip_prefix("0044") {
        rest.to_string()
    } else if let Some(rest) = d.strip_prefix('0') {
        rest.to_string()
    } else {
        return None;
    };
    if !(9..=10).contains(&national.len()) || national.starts_with('0') {
        return None;
    }
    Some(format!("+44{national}"))
}

fn normalise_money(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let cur = if lower.contains('€') || lower.contains("eur") {
        "EUR"
    } else if lower.contains('$') || lower.contains("dollar") || lower.contains("usd") {
        "USD"
    } else if lower.contains("lei") {
        "RON"
    } else if lower.contains("zloty") || lower.contains("pln") {
        "PLN"
    } else {
        "GBP"
    };
    let num: String = lower
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let mut v: f64 = num.trim_end_matches('.').parse().ok()?;
    let tail = lower.trim_end();
    if tail.ends_with('k') || tail.ends_with("grand") {
        v *= 1000.0;
    } else if tail.ends_with('m') && !tail.ends_with("um") {
        v *= 1_000_000.0;
    }
    let amount = if (v.fract()).abs() < 1e-9 {
        format!("{}", v as u64)
    } else {
        format!("{v:.2}")
    };
    Some(format!("{cur} {amount}"))
}

fn normalise_date(s: &str) -> Option<String> {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    let month_word = s.split(|c: char| !c.is_ascii_alphabetic()).find_map(|w| {
        if w.len() >= 3 {
            month_num(w)
        } else {
            None
        }
    });
    let year = |y: u32, raw_len: usize| {
        if raw_len == 2 {
            if y <= 50 {
                2000 + y
            } else {
                1900 + y
            }
        } else {
            y
        }
    };
    let (y, m, d) = if let Some(m) = month_word {
        let day = nums.iter().copied().find(|&n| n <= 31);
        let yr = nums.iter().copied().find(|&n| n >= 1000);
        match (yr, day) {
            (Some(y), Some(d)) if nums.len() >= 2 => (Some(y), m, Some(d)),
            (Some(y), _) => (Some(y), m, None),
            (None, Some(d)) => (None, m, Some(d)),
            (None, None) => return None,
        }
    } else if s.len() == 10 && s.as_bytes()[4] == b'-' {
        (Some(nums[0]), nums[1], Some(nums[2]))
    } else {
        if nums.len() != 3 {
            return None;
        }
        let ylen = s
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .map(|p| p.len())
            .unwrap_or(4);
        (Some(year(nums[2], ylen)), nums[1], Some(nums[0]))
    };
    if !(1..=12).contains(&m) {
        return None;
    }
    if let Some(d) = d {
        if !(1..=31).contains(&d) {
            return None;
        }
    }
    Some(match (y, d) {
        (Some(y), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(y), None) => format!("{y:04}-{m:02}"),
        (None, Some(d)) => format!("--{m:02}-{d:02}"),
        (None, None) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefilter_never_hides_an_entity() {
        let f = EntityFinder::new();
        let mut out = Vec::new();
        for t in [
            "see http://localhost now",
            "visit example.com today",
            "insta @lucky",
            "mail a@b.org",
            "paid £5",
            "in March 2024",
            "car AB12 CDE",
            "postcode b1 1aa",
            "ring 07700 900123",
        ] {
            assert!(may_hold_entity(t), "{t}");
            f.find(t, &mut out);
            assert!(!out.is_empty(), "{t}");
        }
        for t in [
            "No concerns. She is free to leave.",
            "paid pounds and euros in March",
            "Website: none given. Ends here.",
        ] {
            assert!(!may_hold_entity(t), "{t}");
            let caps = f.re.find_iter(t).count();
            assert_eq!(caps, 0, "{t}");
        }
    }
}
