//! Checks on values that several formats share: countries, phones, dates, identifiers.

use chrono::NaiveDate;
use uuid::Uuid;

/// ISO 3166-1 alpha-2: the 249 officially assigned codes.
pub const ISO_3166_ALPHA2: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// An ISO 3166-1 alpha-2 code in upper case (`GB`, `VN`), or `XK` (Kosovo: user-assigned,
/// not ISO, but used by the EU, the UK Home Office and FtM, and common among victims
/// referred in the UK).
pub fn is_alpha2_upper(s: &str) -> bool {
    s == "XK" || ISO_3166_ALPHA2.binary_search(&s).is_ok()
}

/// As [`is_alpha2_upper`], in the lower case FollowTheMoney uses (`gb`, `vn`).
pub fn is_alpha2_lower(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_lowercase()) && is_alpha2_upper(&s.to_ascii_uppercase())
}

/// The regular expression HTCDS gives for its phone fields: `^\+?[1-9]\d{1,14}$`.
pub fn is_htcds_phone(s: &str) -> bool {
    let d = s.strip_prefix('+').unwrap_or(s);
    (2..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0')
}

/// E.164 with its plus sign, as Sightline normalises phones and FtM stores them.
pub fn is_e164(s: &str) -> bool {
    s.starts_with('+') && is_htcds_phone(s)
}

/// A whole calendar date, `YYYY-MM-DD`.
pub fn is_full_date(s: &str) -> bool {
    s.len() == 10 && NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

/// A date as FtM's `date` type holds it: ISO 8601 cut to its known precision
/// (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date and time).
pub fn is_iso_prefix_date(s: &str) -> bool {
    let (date, time) = match s.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (s, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let date_ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0)),
        [_, _, _] => is_full_date(date),
        _ => false,
    };
    let time_ok = time.is_none_or(|t| {
        t.len() >= 2
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b":.+-Z".contains(&b))
    });
    date_ok && time_ok && (time.is_none() || parts.len() == 3)
}

/// The id a record keeps in formats that need their own ids (FtM, HTCDS): `sl-<uuid>`.
/// The same record always gets the same id, so re-exports update rather than duplicate.
pub fn stable_id(id: Uuid) -> String {
    format!("sl-{id}")
}

/// The last word of a UK address as Sightline normalises it, if it is a postcode
/// (`… BIRMINGHAM B10 0XX` → `B10 0XX`).
pub fn uk_postcode(address: &str) -> Option<String> {
    let words: Vec<&str> = address.split_whitespace().collect();
    let [.., outward, inward] = words.as_slice() else {
        return None;
    };
    let inward_ok = inward.len() == 3
        && inward.as_bytes()[0].is_ascii_digit()
        && inward[1..].bytes().all(|b| b.is_ascii_uppercase());
    let outward_ok = (2..=4).contains(&outward.len())
        && outward.as_bytes()[0].is_ascii_uppercase()
        && outward.bytes().any(|b| b.is_ascii_digit())
        && outward.bytes().all(|b| b.is_ascii_alphanumeric());
    (inward_ok && outward_ok).then(|| format!("{outward} {inward}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_country_list_is_complete_sorted_and_unique() {
        assert_eq!(ISO_3166_ALPHA2.len(), 249);
        assert!(ISO_3166_ALPHA2.windows(2).all(|w| w[0] < w[1]));
        assert!(is_alpha2_upper("GB") && is_alpha2_upper("XK") && !is_alpha2_upper("UK"));
        assert!(is_alpha2_lower("vn") && !is_alpha2_lower("VN") && !is_alpha2_lower("zz"));
    }

    #[test]
    fn phones_and_dates() {
        assert!(is_e164("+447700900123"));
        assert!(!is_e164("447700900123") && is_htcds_phone("447700900123"));
        assert!(!is_htcds_phone("07700 900123") && !is_htcds_phone("+0123"));
        assert!(!is_htcds_phone("+1234567890123456"));
        assert!(is_full_date("2024-02-29") && !is_full_date("2023-02-29"));
        assert!(!is_full_date("2024-2-01"));
        for ok in ["1990", "1990-02", "1990-02-28", "2024-01-02T10:00:00Z"] {
            assert!(is_iso_prefix_date(ok), "{ok}");
        }
        for bad in [
            "90",
            "1990-13",
            "1990-02-30",
            "02/01/1990",
            "1990-02T10",
            "",
        ] {
            assert!(!is_iso_prefix_date(bad), "{bad}");
        }
    }

    #[test]
    fn postcodes_at_the_end_of_an_address() {
        assert_eq!(
            uk_postcode("UNIT 3 COVENTRY ROAD BIRMINGHAM B10 0XX").as_deref(),
            Some("B10 0XX")
        );
        assert_eq!(
            uk_postcode("12 HIGH ST SW1A 1AA").as_deref(),
            Some("SW1A 1AA")
        );
        assert_eq!(uk_postcode("FARM LANE, NEAR THE RIVER"), None);
        assert_eq!(uk_postcode("B10"), None);
    }
}
