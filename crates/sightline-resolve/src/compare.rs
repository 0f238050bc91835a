//! Prepared records and the per-field comparison levels.

use crate::names::share_group;
use crate::normalize::{self, Address, Dob, Name, Postcode, SmallStr};

/// One input record as given (all fields optional except the id).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRecord {
    /// Which input it came from (0 or 1). Records from the same source are never paired
    /// when linking.
    pub source: u8,
    pub record_id: String,
    pub given_name: Option<String>,
    pub family_name: Option<String>,
    pub date_of_birth: Option<String>,
    pub sex: Option<String>,
    pub nationality: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub id_number: Option<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
}

/// Fields compared, in the order of [`FIELDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    GivenName = 0,
    FamilyName = 1,
    DateOfBirth = 2,
    Sex = 3,
    Nationality = 4,
    Phone = 5,
    Email = 6,
    IdNumber = 7,
    Address = 8,
    Postcode = 9,
}

pub const NF: usize = 10;

/// Name and level labels of each compared field. Level 0 is always "missing" (neutral).
pub struct FieldSpec {
    pub name: &'static str,
    pub levels: &'static [&'static str],
    /// Term-frequency adjustment applies to the exact level (1).
    pub tf: bool,
}

pub const FIELDS: [FieldSpec; NF] = [
    FieldSpec {
        name: "given_name",
        levels: &[
            "missing",
            "exact",
            "variant/nickname/first token",
            "jaro-winkler>=0.92",
            "phonetic",
            "initial",
            "jaro-winkler>=0.80",
            "different",
        ],
        tf: true,
    },
    FieldSpec {
        name: "family_name",
        levels: &[
            "missing",
            "exact",
            "particles/part of compound",
            "jaro-winkler>=0.92",
            "phonetic",
            "jaro-winkler>=0.80",
            "different",
        ],
        tf: true,
    },
    FieldSpec {
        name: "date_of_birth",
        levels: &[
            "missing",
            "exact",
            "day/month swapped",
            "one digit differs",
            "same year-month",
            "same year (partial or 1 Jan placeholder)",
            "within 1 year (2 if estimated)",
            "different",
        ],
        tf: true,
    },
    FieldSpec {
        name: "sex",
        levels: &["missing", "same", "different"],
        tf: false,
    },
    FieldSpec {
        name: "nationality",
        levels: &["missing", "same", "different"],
        tf: false,
    },
    FieldSpec {
        name: "phone",
        levels: &["missing", "exact (E.164)", "one digit differs", "different"],
        tf: true,
    },
    FieldSpec {
        name: "email",
        levels: &[
            "missing",
            "exact",
            "same local part or one edit",
            "different",
        ],
        tf: true,
    },
    FieldSpec {
        name: "id_number",
        levels: &["missing", "exact", "one edit", "different"],
        tf: false,
    },
    FieldSpec {
        name: "address",
        levels: &[
            "missing",
            "exact",
            "fuzzy / flat unknown on one side",
            "same building, different flat",
            "token overlap>=0.5",
            "different",
        ],
        tf: true,
    },
    FieldSpec {
        name: "postcode",
        levels: &[
            "missing",
            "exact",
            "same sector / one edit",
            "same district",
            "different",
        ],
        tf: true,
    },
];

/// A record after normalisation.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub source: u8,
    pub given: Option<Name>,
    pub family: Option<Name>,
    pub dob: Option<Dob>,
    pub sex: Option<u8>,
    pub nationality: Option<u16>,
    pub phone: Option<SmallStr>,
    pub email: Option<Box<str>>,
    pub id_number: Option<Box<str>>,
    pub address: Option<Address>,
    pub postcode: Option<Postcode>,
    /// Relative frequency of this record's value per field (for the TF adjustment).
    pub tf: [f32; NF],
}

/// The fields of one record as borrowed text, in the order of [`RawRecord`] after the
/// id: given name, family name, date of birth, sex, nationality, phone, e-mail, identity
/// number, address, postcode. Lets a caller normalise straight from what it read,
/// without a `String` per field.
pub type RawFields<'a> = [Option<&'a str>; 10];

/// The text of a name field that is parsed (trimmed, `None` when empty).
pub(crate) fn name_text(f: Option<&str>) -> Option<&str> {
    f.map(str::trim).filter(|v| !v.is_empty())
}

impl Prepared {
    pub fn from_raw(r: &RawRecord) -> Prepared {
        Prepared::from_fields(r.source, Prepared::fields(r))
    }

    /// The fields as [`RawFields`].
    pub fn fields(r: &RawRecord) -> RawFields<'_> {
        [
            r.given_name.as_deref(),
            r.family_name.as_deref(),
            r.date_of_birth.as_deref(),
            r.sex.as_deref(),
            r.nationality.as_deref(),
            r.phone.as_deref(),
            r.email.as_deref(),
            r.id_number.as_deref(),
            r.address.as_deref(),
            r.postcode.as_deref(),
        ]
    }

    /// [`Prepared::from_raw`] from borrowed fields (see [`RawFields`]).
    pub fn from_fields(source: u8, f: RawFields<'_>) -> Prepared {
        let name = |k: usize| name_text(f[k]).and_then(Name::parse);
        Prepared::with_names(source, f, name(0), name(1))
    }

    /// [`Prepared::from_fields`] with the names already parsed (from [`name_text`]).
    pub(crate) fn with_names(
        source: u8,
        f: RawFields<'_>,
        given: Option<Name>,
        family: Option<Name>,
    ) -> Prepared {
        let nonempty = |k: usize| f[k].map(str::trim).filter(|v| !v.is_empty());
        Prepared {
            source,
            given,
            family,
            dob: nonempty(2).and_then(|d| Dob::parse(d).ok().flatten()),
            sex: nonempty(3).and_then(normalize::sex),
            nationality: nonempty(4).and_then(normalize::nationality),
            phone: nonempty(5).and_then(normalize::phone_e164).map(Into::into),
            email: nonempty(6).and_then(normalize::email).map(Into::into),
            id_number: nonempty(7).and_then(normalize::id_number).map(Into::into),
            address: nonempty(8).and_then(Address::parse),
            postcode: nonempty(9).and_then(Postcode::parse),
            tf: [0.0; NF],
        }
    }

    /// The value hashed for term-frequency counting, per field (None = no TF).
    pub fn tf_key(&self, f: usize) -> Option<u64> {
        use normalize::{hash_bytes, hash_str};
        match f {
            0 => self.given.as_ref().map(|n| n.joined_hash()),
            1 => self.family.as_ref().map(|n| n.joined_hash()),
            2 => self.dob.filter(|d| d.is_full()).map(|d| d.code() as u64),
            5 => self
                .phone
                .as_ref()
                .map(|p| hash_bytes(p.as_bytes().iter().copied())),
            6 => self.email.as_deref().map(hash_str),
            8 => self
                .address
                .as_ref()
                .map(|a| a.building ^ a.flat.rotate_left(7)),
            9 => self.postcode.as_ref().map(|p| hash_str(&p.text)),
            _ => None,
        }
    }
}

/// Jaro–Winkler similarity on bytes (names are folded to ASCII first).
pub fn jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    let j = jaro(a, b);
    if j <= 0.7 {
        return j;
    }
    let l = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
    j + l as f64 * 0.1 * (1.0 - j)
}

fn jaro(a: &[u8], b: &[u8]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let (a, b) = if a.len() > b.len() { (b, a) } else { (a, b) };
    let window = (b.len() / 2).saturating_sub(1);
    let mut bm = [false; 128];
    let mut bm_vec;
    let bmatched: &mut [bool] = if b.len() <= 128 {
        &mut bm[..b.len()]
    } else {
        bm_vec = vec![false; b.len()];
        &mut bm_vec
    };
    let mut am = [0u8; 128];
    let mut am_vec;
    let amatch: &mut [u8] = if a.len() <= 128 {
        &mut am[..a.len()]
    } else {
        am_vec = vec![0u8; a.len()];
        &mut am_vec
    };
    let mut m = 0usize;
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for j in lo..hi {
            if !bmatched[j] && b[j] == ca {
                bmatched[j] = true;
                amatch[m] = ca;
                m += 1;
                break;
            }
        }
    }
    if m == 0 {
        return 0.0;
    }
    let mut t = 0usize;
    let mut k = 0usize;
    for (j, &cb) in b.iter().enumerate() {
        if bmatched[j] {
            if amatch[k] != cb {
                t += 1;
            }
            k += 1;
        }
    }
    let m = m as f64;
    (m / a.len() as f64 + m / b.len() as f64 + (m - t as f64 / 2.0) / m) / 3.0
}

/// An upper bound of [`jaro_winkler`] from letter counts alone: at most as many
/// characters can match as the two strings share (ignoring the match window), with no
/// transpositions, and the Winkler prefix boost always applied. Much cheaper than the
/// similarity itself, so pairs that cannot reach a threshold skip it.
pub fn jaro_winkler_bound(a: &[u8], b: &[u8]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return if a.is_empty() && b.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    // Bytes folded into 32 buckets ('a'..'z' distinct): merging buckets can only raise
    // the count of shared characters, so the bound stays an upper bound.
    let mut counts = [0u16; 32];
    for &c in a {
        counts[(c & 31) as usize] += 1;
    }
    let mut m = 0usize;
    for &c in b {
        let k = (c & 31) as usize;
        if counts[k] > 0 {
            counts[k] -= 1;
            m += 1;
        }
    }
    if m == 0 {
        return 0.0;
    }
    let m = m as f64;
    let j = (m / a.len() as f64 + m / b.len() as f64 + 1.0) / 3.0;
    let l = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count();
    // A hair above, so that float rounding can never put the bound under the value.
    j + l as f64 * 0.1 * (1.0 - j) + 1e-9
}

/// Jaro–Winkler similarity computed only if it could reach `min` (else `None`).
fn jaro_winkler_if(a: &[u8], b: &[u8], min: f64) -> Option<f64> {
    (jaro_winkler_bound(a, b) >= min).then(|| jaro_winkler(a, b))
}

/// Whether the optimal-string-alignment (Damerau–Levenshtein) distance is at most 1.
pub fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    if la == lb {
        // substitution, or adjacent transposition
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if la > lb {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

fn contains_token(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() > needle.len() && hay.split(|&c| c == b' ').any(|t| t == needle)
}

pub fn cmp_given(a: &Name, b: &Name) -> u8 {
    let (mut ba, mut bb) = ([0u8; 96], [0u8; 96]);
    let (aj, bj) = (a.joined_into(&mut ba), b.joined_into(&mut bb));
    if a.full == b.full || aj == bj {
        return 1;
    }
    // The first token (or its variant group) agreeing is a variant, unless both names go
    // on with different tokens: "Kim Thuy" and "Kim Hang", "Van Minh" and "Van Nam" share
    // only a Vietnamese middle name, which thousands of people share.
    if ((a.first_bytes() == b.first_bytes() && !a.initial_only) || share_group(a.groups, b.groups))
        && !(a.rest() != b.rest() && !a.rest().is_empty() && !b.rest().is_empty())
    {
        return 2;
    }
    // One name is a whole token of the other: a middle name kept or dropped ("Van Nam" and
    // "Nam", "Mohammed Ali" and "Ali").
    let (af, bf) = (a.full.as_bytes(), b.full.as_bytes());
    if !a.initial_only && !b.initial_only && (contains_token(af, bf) || contains_token(bf, af)) {
        return 2;
    }
    // Jaro–Winkler only matters at 0.92 and 0.80; skip it when it cannot get there.
    let bound = jaro_winkler_bound(aj, bj);
    let mut jw = 0.0;
    if bound >= 0.92 {
        jw = jaro_winkler(aj, bj);
        if jw >= 0.92 {
            return 3;
        }
    }
    if a.phon == b.phon
        || (a.phon_first == b.phon_first && a.first().len() > 1 && b.first().len() > 1)
    {
        return 4;
    }
    if (a.initial_only || b.initial_only) && a.initial() == b.initial() {
        return 5;
    }
    if bound >= 0.80 {
        if bound < 0.92 {
            jw = jaro_winkler(aj, bj);
        }
        if jw >= 0.80 {
            return 6;
        }
    }
    7
}

pub fn cmp_family(a: &Name, b: &Name) -> u8 {
    let (mut ba, mut bb) = ([0u8; 96], [0u8; 96]);
    let (aj, bj) = (a.joined_into(&mut ba), b.joined_into(&mut bb));
    if a.full == b.full || aj == bj {
        return 1;
    }
    let (ac, bc) = (a.core_bytes(), b.core_bytes());
    if ac == bc || contains_token(ac, bc) || contains_token(bc, ac) {
        return 2;
    }
    let bound = jaro_winkler_bound(aj, bj);
    let mut jw = 0.0;
    if bound >= 0.92 {
        jw = jaro_winkler(aj, bj);
        if jw >= 0.92 {
            return 3;
        }
    }
    if a.phon == b.phon {
        return 4;
    }
    if bound >= 0.80 {
        if bound < 0.92 {
            jw = jaro_winkler(aj, bj);
        }
        if jw >= 0.80 {
            return 5;
        }
    }
    6
}

/// Badness ranks used to choose between direct and swapped name order.
const GIVEN_RANK: [u8; 8] = [0, 0, 1, 2, 3, 5, 5, 7];
const FAMILY_RANK: [u8; 7] = [0, 0, 1, 2, 3, 5, 7];

/// Compare the names in both orders; returns (given level, family level, swapped).
pub fn cmp_names(a: &Prepared, b: &Prepared) -> (u8, u8, bool) {
    let g = match (&a.given, &b.given) {
        (Some(x), Some(y)) => cmp_given(x, y),
        _ => 0,
    };
    let f = match (&a.family, &b.family) {
        (Some(x), Some(y)) => cmp_family(x, y),
        _ => 0,
    };
    if g == 1 && f == 1 {
        return (g, f, false);
    }
    if let (Some(ag), Some(af), Some(bg), Some(bf)) = (&a.given, &a.family, &b.given, &b.family) {
        // A swap keeps each name's first letter or sound; skip the costly comparison
        // when neither swapped position could agree.
        let plausible =
            |x: &Name, y: &Name| x.initial() == y.initial() || x.phon_first == y.phon_first;
        if !(plausible(ag, bf) || plausible(af, bg)) {
            return (g, f, false);
        }
        let gs = cmp_given(ag, bf);
        let fs = cmp_family(af, bg);
        if GIVEN_RANK[gs as usize] + FAMILY_RANK[fs as usize]
            < GIVEN_RANK[g as usize] + FAMILY_RANK[f as usize]
        {
            return (gs, fs, true);
        }
    } else if g == 0 && f == 0 {
        // One side has only a given name, the other only a family name (or similar):
        // nothing to align.
    }
    (g, f, false)
}

/// `yyyymmdd` as digits (what `format!("{:04}{:02}{:02}")` gives, without allocating).
fn digits8(d: &Dob) -> [u8; 8] {
    let mut v = d.year as u32 % 10000 * 10000 + d.month as u32 % 100 * 100 + d.day as u32 % 100;
    let mut o = [0u8; 8];
    for c in o.iter_mut().rev() {
        *c = b'0' + (v % 10) as u8;
        v /= 10;
    }
    o
}

pub fn cmp_dob(a: &Dob, b: &Dob) -> u8 {
    let dy = (a.year as i32 - b.year as i32).abs();
    if a.is_full() && b.is_full() {
        if a == b {
            return 1;
        }
        if a.year == b.year && a.day == b.month && a.month == b.day {
            return 2;
        }
        if within_one_edit(&digits8(a), &digits8(b)) {
            return 3;
        }
        if a.year == b.year && a.month == b.month {
            return 4;
        }
        if dy == 0 {
            return 5;
        }
        if dy == 1 {
            return 6;
        }
        return 7;
    }
    if dy == 0 {
        let (am, bm) = (a.eff_month(), b.eff_month());
        if am != 0 && am == bm {
            return 4;
        }
        return 5;
    }
    // A year of birth that is only estimated (year-only, year-month or the 1 January
    // placeholder) is often a year or two out: an age guessed or given by someone else.
    if dy == 1 || dy == 2 {
        return 6;
    }
    7
}

pub fn cmp_phone(a: &str, b: &str) -> u8 {
    cmp_phone_bytes(a.as_bytes(), b.as_bytes())
}

fn cmp_phone_bytes(ab: &[u8], bb: &[u8]) -> u8 {
    if ab == bb {
        return 1;
    }
    if within_one_edit(ab, bb)
        || (ab.len() >= 10 && bb.len() >= 10 && ab[ab.len() - 9..] == bb[bb.len() - 9..])
    {
        return 2;
    }
    3
}

pub fn cmp_email(a: &str, b: &str) -> u8 {
    if a == b {
        return 1;
    }
    let la = a.split('@').next().unwrap_or("");
    let lb = b.split('@').next().unwrap_or("");
    if (la == lb && la.len() >= 4) || within_one_edit(a.as_bytes(), b.as_bytes()) {
        return 2;
    }
    3
}

pub fn cmp_id(a: &str, b: &str) -> u8 {
    if a == b {
        return 1;
    }
    if within_one_edit(a.as_bytes(), b.as_bytes()) {
        return 2;
    }
    3
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let uni = a.len() + b.len() - inter;
    if uni == 0 {
        0.0
    } else {
        inter as f64 / uni as f64
    }
}

pub fn cmp_address(a: &Address, b: &Address) -> u8 {
    let flats_compatible = a.flat == b.flat || a.flat == 0 || b.flat == 0;
    if a.building == b.building {
        if a.flat == b.flat {
            return 1;
        }
        if flats_compatible {
            return 2;
        }
        return 3;
    }
    let jac = jaccard(&a.tokens, &b.tokens);
    if a.numbers == b.numbers
        && (jac >= 0.6
            || jaro_winkler_if(a.text.as_bytes(), b.text.as_bytes(), 0.92)
                .is_some_and(|v| v >= 0.92))
    {
        return if flats_compatible { 2 } else { 3 };
    }
    if jac >= 0.5 {
        return 4;
    }
    5
}

pub fn cmp_postcode(a: &Postcode, b: &Postcode) -> u8 {
    if a.text == b.text {
        return 1;
    }
    if a.is_uk() && b.is_uk() {
        let (ab, bb) = (a.text.as_bytes(), b.text.as_bytes());
        let (ao, bo) = (a.outward_len as usize, b.outward_len as usize);
        if ab[..ao + 2] == bb[..bo + 2] {
            return 2;
        }
        if ab[..ao] == bb[..bo] {
            return 3;
        }
        return 4;
    }
    if within_one_edit(a.text.as_bytes(), b.text.as_bytes()) {
        return 2;
    }
    4
}

/// Comparison vector: one level per field, packed 4 bits per field.
pub type Pattern = u64;

pub fn level(p: Pattern, f: usize) -> usize {
    ((p >> (4 * f)) & 0xF) as usize
}

fn opt<T: ?Sized, U: ?Sized>(a: Option<&T>, b: Option<&U>, f: impl FnOnce(&T, &U) -> u8) -> u8 {
    match (a, b) {
        (Some(x), Some(y)) => f(x, y),
        _ => 0,
    }
}

/// Load the parts of a record that [`compare`] reads (returns a meaningless value).
/// Comparing candidate pairs is bound by memory latency, not arithmetic: the second
/// record of a pair is somewhere random in a large array. Touching the records of a few
/// pairs first lets their cache misses overlap instead of stalling pair after pair.
#[inline]
pub(crate) fn touch(r: &Prepared) -> u64 {
    r.given.as_ref().map_or(1, |n| n.phon)
        ^ r.family.as_ref().map_or(2, |n| n.phon)
        ^ r.dob.map_or(3, |d| d.year as u64)
        ^ r.phone.as_ref().map_or(4, |p| p.as_bytes()[0] as u64)
        ^ r.address
            .as_ref()
            .map_or(5, |a| a.building ^ a.tokens.first().copied().unwrap_or(0))
        ^ r.postcode.as_ref().map_or(6, |p| p.outward_len as u64)
        ^ r.email.as_ref().map_or(7, |e| e.len() as u64)
}

/// [`compare`] over many pairs, in parallel, in order (patterns only).
pub fn compare_pairs(recs: &[Prepared], pairs: &[(u32, u32)]) -> Vec<Pattern> {
    use rayon::prelude::*;
    const AHEAD: usize = 16;
    let mut out: Vec<Pattern> = vec![0; pairs.len()];
    out.par_chunks_mut(1024)
        .zip(pairs.par_chunks(1024))
        .for_each(|(out, chunk)| {
            for (out, group) in out.chunks_mut(AHEAD).zip(chunk.chunks(AHEAD)) {
                let mut acc = 0u64;
                for &(a, b) in group {
                    acc ^= touch(&recs[a as usize]) ^ touch(&recs[b as usize]);
                }
                std::hint::black_box(acc);
                for (o, &(a, b)) in out.iter_mut().zip(group) {
                    *o = compare(&recs[a as usize], &recs[b as usize]).0;
                }
            }
        });
    out
}

/// Compare two prepared records; returns the packed levels and whether the names
/// matched in swapped order.
pub fn compare(a: &Prepared, b: &Prepared) -> (Pattern, bool) {
    let (g, f, swapped) = cmp_names(a, b);
    let levels: [u8; NF] = [
        g,
        f,
        opt(a.dob.as_ref(), b.dob.as_ref(), cmp_dob),
        opt(
            a.sex.as_ref(),
            b.sex.as_ref(),
            |x, y| if x == y { 1 } else { 2 },
        ),
        opt(a.nationality.as_ref(), b.nationality.as_ref(), |x, y| {
            if x == y {
                1
            } else {
                2
            }
        }),
        opt(a.phone.as_ref(), b.phone.as_ref(), |x, y| {
            cmp_phone_bytes(x.as_bytes(), y.as_bytes())
        }),
        opt(a.email.as_deref(), b.email.as_deref(), cmp_email),
        opt(a.id_number.as_deref(), b.id_number.as_deref(), cmp_id),
        opt(a.address.as_ref(), b.address.as_ref(), cmp_address),
        opt(a.postcode.as_ref(), b.postcode.as_ref(), cmp_postcode),
    ];
    let mut p: Pattern = 0;
    for (i, l) in levels.iter().enumerate() {
        p |= (*l as u64) << (4 * i);
    }
    (p, swapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(g: &str, f: &str, dob: &str) -> Prepared {
        Prepared::from_raw(&RawRecord {
            record_id: "x".into(),
            given_name: Some(g.into()),
            family_name: Some(f.into()),
            date_of_birth: Some(dob.into()),
            ..Default::default()
        })
    }

    #[test]
    fn jaro_winkler_known_values() {
        assert!((jaro_winkler(b"martha", b"marhta") - 0.9611).abs() < 1e-3);
        assert!((jaro_winkler(b"dwayne", b"duane") - 0.84).abs() < 1e-2);
        assert_eq!(jaro_winkler(b"abc", b"abc"), 1.0);
        assert_eq!(jaro_winkler(b"abc", b"xyz"), 0.0);
    }

    #[test]
    fn jaro_winkler_bound_is_an_upper_bound() {
        let words = [
            "",
            "a",
            "ab",
            "muhammad",
            "mohamed",
            "nguyen",
            "nguyenvan",
            "tesfaye",
            "tesfay",
            "minh",
            "abdulrahman",
            "katarzyna",
            "kasia",
            "popescu",
            "ionescu",
            "xyz",
            "aaaa",
            "singh",
            "smith",
            "smyth",
            "gebre",
            "ghebre",
            "le",
            "el",
            "dwayne",
            "duane",
            "45 high street",
            "45 high st london",
            "flat 3 12 mill road",
        ];
        for a in words {
            for b in words {
                let (a, b) = (a.as_bytes(), b.as_bytes());
                assert!(
                    jaro_winkler_bound(a, b) >= jaro_winkler(a, b),
                    "{:?} {:?}",
                    std::str::from_utf8(a),
                    std::str::from_utf8(b)
                );
            }
        }
    }

    #[test]
    fn date_digits() {
        let d = Dob::parse("1990-03-05").unwrap().unwrap();
        assert_eq!(&digits8(&d), b"19900305");
        let d = Dob::parse("2001").unwrap().unwrap();
        assert_eq!(&digits8(&d), b"20010000");
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit(b"19900305", b"19900306"));
        assert!(within_one_edit(b"smith", b"smtih"));
        assert!(within_one_edit(b"smith", b"smith1"));
        assert!(!within_one_edit(b"smith", b"smyht"));
    }

    #[test]
    fn names_in_swapped_order_match() {
        let a = rec("Minh", "Nguyen", "1990-03-05");
        let b = rec("Nguyễn", "Minh", "1990-03-05");
        let (g, f, sw) = cmp_names(&a, &b);
        assert_eq!((g, f, sw), (1, 1, true));
    }

    #[test]
    fn transliteration_variants_and_nicknames() {
        let a = rec("Mohammed", "Al-Hassan", "1985");
        let b = rec("Muhammad", "Hassan", "1985");
        let (g, f, _) = cmp_names(&a, &b);
        assert_eq!(g, 1, "spelling variants are canonicalised");
        assert_eq!(f, 2, "particle dropped");
        let c = rec("Bob", "Smith", "");
        let d = rec("Robert", "Smith", "");
        assert_eq!(cmp_names(&c, &d).0, 2);
        let e = rec("R", "Smith", "");
        assert_eq!(cmp_names(&e, &d).0, 5);
        let v1 = rec("Kim Thuy", "Nguyen", "");
        let v2 = rec("Kim Hang", "Nguyen", "");
        assert!(
            cmp_names(&v1, &v2).0 > 2,
            "a shared middle name is not a variant"
        );
        let v3 = rec("Hang", "Nguyen", "");
        assert_eq!(
            cmp_names(&v2, &v3).0,
            2,
            "one name a whole token of the other"
        );
        let t1 = rec("Tesfaye", "Gebre", "");
        let t2 = rec("Tesfay", "Ghebre", "");
        assert_eq!(cmp_names(&t1, &t2), (1, 1, false));
    }

    #[test]
    fn date_levels() {
        let d = |s: &str| Dob::parse(s).unwrap().unwrap();
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1990-03-05")), 1);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1990-05-03")), 2);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1990-03-06")), 3);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1990-03-28")), 4);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1990-03")), 4);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1990")), 5);
        assert_eq!(
            cmp_dob(&d("1990-03-05"), &d("1990-01-01")),
            5,
            "1 Jan placeholder is year-only"
        );
        assert_eq!(cmp_dob(&d("1990-01-01"), &d("1990-01-01")), 5);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1991")), 6);
        assert_eq!(
            cmp_dob(&d("1990-03-05"), &d("1988-01-01")),
            6,
            "an estimated year may be two out"
        );
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1988-03-04")), 7);
        assert_eq!(cmp_dob(&d("1990-03-05"), &d("1975-11-20")), 7);
    }

    #[test]
    fn address_and_postcode_levels() {
        let a = |s: &str| Address::parse(s).unwrap();
        assert_eq!(cmp_address(&a("12 High St"), &a("12 high street")), 1);
        assert_eq!(
            cmp_address(&a("Flat 2, 12 High St"), &a("12 High Street")),
            2
        );
        assert_eq!(
            cmp_address(&a("Flat 2, 12 High St"), &a("Flat 3, 12 High Street")),
            3
        );
        assert_eq!(cmp_address(&a("12 High St"), &a("99 Low Road")), 5);
        let p = |s: &str| Postcode::parse(s).unwrap();
        assert_eq!(cmp_postcode(&p("M1 1AE"), &p("m11ae")), 1);
        assert_eq!(cmp_postcode(&p("M1 1AE"), &p("M1 1ZZ")), 2);
        assert_eq!(cmp_postcode(&p("M1 1AE"), &p("M1 7ZZ")), 3);
        assert_eq!(cmp_postcode(&p("M1 1AE"), &p("B33 8TH")), 4);
    }
}
