//! Aggregates for the strategic picture, with disclosure control. Pure: values in,
//! tables out.
//!
//! **Counting people, not records.** The same victim recorded by three forces is three
//! records and one person. Every fact counted carries the record it came from and the
//! resolved identity of that record (the group of records taken to be one person, or the
//! record itself when it is in no group); a table counts distinct identities per row, and
//! shows the record count beside it so the difference resolution makes is visible.
//!
//! **Small counts are not shown.** A count from 1 to `k − 1` could point at a person
//! (one Eritrean child in a force area), so it is shown as "fewer than k". Where a table
//! has a total and exactly one suppressed cell, that cell could be worked out from the
//! total, so the next smallest cell is suppressed too (secondary suppression). Totals are
//! shown as they are unless they too are small.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// The default threshold: counts from 1 to 2 are suppressed.
pub const DEFAULT_K: u64 = 3;

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "shown", content = "value", rename_all = "snake_case")]
pub enum Shown {
    Exact(u64),
    /// Between 1 and this minus one.
    FewerThan(u64),
    /// Hidden so that another hidden cell cannot be worked out from the total.
    Withheld,
}

impl Shown {
    /// `n` with primary suppression at `k`.
    pub fn of(n: u64, k: u64) -> Shown {
        if n > 0 && n < k {
            Shown::FewerThan(k)
        } else {
            Shown::Exact(n)
        }
    }

    pub fn is_hidden(&self) -> bool {
        !matches!(self, Shown::Exact(_))
    }
}

impl std::fmt::Display for Shown {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Shown::Exact(n) => write!(f, "{n}"),
            Shown::FewerThan(k) => write!(f, "fewer than {k}"),
            Shown::Withheld => f.write_str("withheld"),
        }
    }
}

/// One counted fact: the row it counts in, the record and the record's identity.
#[derive(Debug, Clone)]
pub struct Fact<K, I> {
    pub row: K,
    pub record: I,
    pub identity: I,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row<K> {
    pub key: K,
    /// Distinct people (resolved identities).
    pub people: Shown,
    /// Distinct records.
    pub records: Shown,
    /// The exact number of people, for ordering only: never rendered.
    #[serde(skip)]
    pub order: u64,
}

/// A table of counts by one key, with its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table<K> {
    pub rows: Vec<Row<K>>,
    pub total_people: Shown,
    pub total_records: Shown,
}

/// Counts distinct identities and records per row key; rows largest first (then by key),
/// rows with a hidden count last.
/// A fact whose row key appears several times for one identity counts once in that row;
/// the total counts each identity once however many rows it is in.
pub fn table<K: Ord + Clone, I: Ord + Clone>(facts: &[Fact<K, I>], k: u64) -> Table<K> {
    let mut people: BTreeMap<&K, BTreeSet<&I>> = BTreeMap::new();
    let mut records: BTreeMap<&K, BTreeSet<&I>> = BTreeMap::new();
    let mut all_people = BTreeSet::new();
    let mut all_records = BTreeSet::new();
    for f in facts {
        people.entry(&f.row).or_default().insert(&f.identity);
        records.entry(&f.row).or_default().insert(&f.record);
        all_people.insert(&f.identity);
        all_records.insert(&f.record);
    }
    let mut exact: Vec<(K, u64, u64)> = people
        .iter()
        .map(|(key, ids)| ((*key).clone(), ids.len() as u64, records[key].len() as u64))
        .collect();
    exact.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let people_col = suppress_column(&exact.iter().map(|r| r.1).collect::<Vec<_>>(), k);
    let records_col = suppress_column(&exact.iter().map(|r| r.2).collect::<Vec<_>>(), k);
    let mut rows: Vec<Row<K>> = exact
        .into_iter()
        .zip(people_col.into_iter().zip(records_col))
        .map(|((key, order, _), (people, records))| Row {
            key,
            people,
            records,
            order,
        })
        .collect();
    // Hidden rows go last in key order: their place among the others would tell their size.
    rows.sort_by(|a, b| {
        let size = |r: &Row<K>| if r.people.is_hidden() { 0 } else { r.order };
        a.people
            .is_hidden()
            .cmp(&b.people.is_hidden())
            .then_with(|| size(b).cmp(&size(a)))
            .then_with(|| a.key.cmp(&b.key))
    });
    Table {
        rows,
        total_people: Shown::of(all_people.len() as u64, k),
        total_records: Shown::of(all_records.len() as u64, k),
    }
}

/// Primary suppression of each count, then secondary: a lone suppressed cell in a column
/// with a total takes the smallest shown non-zero cell with it.
pub fn suppress_column(counts: &[u64], k: u64) -> Vec<Shown> {
    let mut out: Vec<Shown> = counts.iter().map(|&n| Shown::of(n, k)).collect();
    if out.iter().filter(|s| s.is_hidden()).count() == 1 {
        let smallest = counts
            .iter()
            .enumerate()
            .filter(|(i, &n)| n > 0 && !out[*i].is_hidden())
            .min_by_key(|(i, &n)| (n, *i))
            .map(|(i, _)| i);
        if let Some(i) = smallest {
            out[i] = Shown::Withheld;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(row: &str, record: u32, identity: u32) -> Fact<String, u32> {
        Fact {
            row: row.into(),
            record,
            identity,
        }
    }

    #[test]
    fn one_person_recorded_three_times_counts_once() {
        let facts = vec![
            f("labour", 1, 1),
            f("labour", 2, 1),
            f("labour", 3, 1),
            f("labour", 4, 4),
            f("labour", 5, 5),
        ];
        let t = table(&facts, 1);
        assert_eq!(t.rows[0].people, Shown::Exact(3));
        assert_eq!(t.rows[0].records, Shown::Exact(5));
        assert_eq!(t.total_people, Shown::Exact(3));
    }

    #[test]
    fn small_counts_are_suppressed_and_cannot_be_recovered_from_the_total() {
        let mut facts = Vec::new();
        for i in 0..10 {
            facts.push(f("labour", i, i));
        }
        for i in 10..15 {
            facts.push(f("sexual", i, i));
        }
        facts.push(f("organ_harvesting", 99, 99));
        let t = table(&facts, 3);
        let by: BTreeMap<_, _> = t.rows.iter().map(|r| (r.key.as_str(), r.people)).collect();
        assert_eq!(by["organ_harvesting"], Shown::FewerThan(3));
        assert_eq!(by["sexual"], Shown::Withheld, "secondary suppression");
        assert_eq!(by["labour"], Shown::Exact(10));
        assert_eq!(t.total_people, Shown::Exact(16));
        assert_eq!(Shown::FewerThan(3).to_string(), "fewer than 3");
    }

    #[test]
    fn zero_is_not_suppressed_and_two_hidden_cells_need_no_more() {
        assert_eq!(
            suppress_column(&[10, 0, 1, 2], 3),
            vec![
                Shown::Exact(10),
                Shown::Exact(0),
                Shown::FewerThan(3),
                Shown::FewerThan(3)
            ]
        );
        // Only one cell to take along is the zero: nothing can be taken, nothing is.
        assert_eq!(
            suppress_column(&[0, 1], 3),
            vec![Shown::Exact(0), Shown::FewerThan(3)]
        );
    }

    #[test]
    fn hidden_rows_come_last_whatever_their_size() {
        let mut facts = vec![f("z", 1, 1), f("z", 2, 2)];
        facts.extend((10..13).map(|i| f("a", i, i)));
        facts.push(f("m", 20, 20));
        facts.extend((30..40).map(|i| f("b", i, i)));
        let t = table(&facts, 3);
        let keys: Vec<&str> = t.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["b", "a", "m", "z"]);
    }

    #[test]
    fn rows_are_ordered_by_size_then_key() {
        let facts = vec![f("b", 1, 1), f("a", 2, 2), f("c", 3, 3), f("c", 4, 4)];
        let t = table(&facts, 1);
        let keys: Vec<&str> = t.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["c", "a", "b"]);
    }
}
