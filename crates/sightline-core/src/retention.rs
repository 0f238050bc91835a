//! Review and retention under the Management of Police Information (MoPI): each record has a
//! risk group that sets when it is next reviewed; at review it is retained (and a new review
//! date set) or disposed of, with the reason recorded.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The MoPI groups, with the review period each sets (simplified from the MoPI APP:
/// certain public protection matters are reviewed every 10 years; other sexual, violent or
/// serious matters after 10 years; everything else after 6).
pub const RISK_GROUPS: &[(i32, &str, u32)] = &[
    (1, "Group 1: certain public protection matters", 10),
    (2, "Group 2: other sexual, violent or serious offences", 10),
    (3, "Group 3: all other offences and intelligence", 6),
];

/// The group a record has until someone sets another.
pub const DEFAULT_GROUP: i32 = 3;

/// Years between reviews for a group (the default group's for an unknown one).
pub fn review_years(group: i32) -> u32 {
    RISK_GROUPS
        .iter()
        .find(|(g, _, _)| *g == group)
        .or_else(|| RISK_GROUPS.iter().find(|(g, _, _)| *g == DEFAULT_GROUP))
        .map(|(_, _, y)| *y)
        .unwrap_or(6)
}

/// The next review date, `group`'s period after `from`.
pub fn next_review(group: i32, from: NaiveDate) -> NaiveDate {
    from.checked_add_months(Months::new(review_years(group) * 12))
        .unwrap_or(NaiveDate::MAX)
}

/// A record as the review queue shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReviewItem {
    /// `person` or `intel`.
    pub record_type: String,
    pub record_id: Uuid,
    pub label: String,
    pub risk_group: i32,
    pub review_due: NaiveDate,
    pub owner_org: Uuid,
    pub last_decision: Option<String>,
}

/// What is left of a disposed record: no personal data, only what, when, who and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tombstone {
    pub record_type: String,
    pub record_id: Uuid,
    pub owner_org: Uuid,
    pub disposed_at: DateTime<Utc>,
    pub disposed_by: Uuid,
    pub reason: String,
    /// Counts of what was removed with it (links, case parts, events, forms), no content.
    pub removed: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_periods_follow_the_group() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(
            next_review(1, d),
            NaiveDate::from_ymd_opt(2036, 2, 28).unwrap()
        );
        assert_eq!(
            next_review(3, d),
            NaiveDate::from_ymd_opt(2032, 2, 28).unwrap()
        );
        assert_eq!(next_review(9, d), next_review(DEFAULT_GROUP, d));
    }
}
