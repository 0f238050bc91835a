//! Engine-level tests: clustering without chaining, stability, determinism, EM end to end.

use super::*;

fn rec(id: &str, g: &str, f: &str, dob: &str, extra: &[(&str, &str)]) -> RawRecord {
    let mut r = RawRecord {
        record_id: id.into(),
        given_name: Some(g.into()),
        family_name: Some(f.into()),
        date_of_birth: Some(dob.into()),
        ..Default::default()
    };
    for (k, v) in extra {
        let v = Some(v.to_string());
        match *k {
            "phone" => r.phone = v,
            "address" => r.address = v,
            "postcode" => r.postcode = v,
            "sex" => r.sex = v,
            "email" => r.email = v,
            "id" => r.id_number = v,
            _ => panic!("unknown field {k}"),
        }
    }
    r
}

fn clusters_by_id(engine: &Engine, res: &Resolution) -> Vec<(String, String)> {
    engine
        .ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            (
                id.clone(),
                engine.ids[res.representative[i] as usize].clone(),
            )
        })
        .collect()
}

fn family() -> Vec<RawRecord> {
    let home = [
        ("phone", "07700 900123"),
        ("address", "12 High Street"),
        ("postcode", "B10 9AB"),
    ];
    vec![
        rec(
            "f1",
            "John",
            "Smith",
            "1970-05-05",
            &[home[0], home[1], home[2], ("sex", "M")],
        ),
        rec(
            "f2",
            "Jon",
            "Smith",
            "1970-05-05",
            &[home[0], home[1], home[2], ("sex", "M")],
        ),
        rec(
            "m1",
            "Mary",
            "Smith",
            "1972-08-19",
            &[home[0], home[1], home[2], ("sex", "F")],
        ),
        rec(
            "m2",
            "Mary",
            "Smith",
            "1972-08-19",
            &[home[0], ("postcode", "B10 9AB"), ("sex", "F")],
        ),
        rec(
            "s1",
            "Thomas",
            "Smith",
            "2001-11-23",
            &[home[0], home[1], home[2], ("sex", "M")],
        ),
        rec("s2", "Tom", "Smith", "2001-11-23", &[home[1], home[2]]),
        rec(
            "d1",
            "Sarah",
            "Smith",
            "2004-02-14",
            &[home[0], home[1], home[2], ("sex", "F")],
        ),
    ]
}

#[test]
fn a_family_sharing_an_address_is_not_chained_into_one_person() {
    let raw = family();
    let engine = Engine::new(&raw);
    let res = engine
        .run(Some(Model::builtin()), &Options::default(), &|_| {})
        .unwrap();
    let c = clusters_by_id(&engine, &res);
    let get = |id: &str| c.iter().find(|x| x.0 == id).unwrap().1.clone();
    assert_eq!(get("f1"), get("f2"));
    assert_eq!(get("m1"), get("m2"));
    assert_eq!(get("s1"), get("s2"));
    assert_ne!(get("f1"), get("m1"));
    assert_ne!(get("f1"), get("s1"));
    assert_ne!(get("m1"), get("d1"));
    assert_ne!(get("s1"), get("d1"));
    // Cluster ids are the smallest record id.
    assert_eq!(get("f2"), "f1");
    assert_eq!(get("d1"), "d1");
}

#[test]
fn average_linkage_splits_a_chain_through_a_shared_phone() {
    // Two different Mohammeds share a phone and address; a third record with the
    // name and phone only links to both. It must not glue them together.
    let raw = vec![
        rec(
            "a1",
            "Mohammed",
            "Ali",
            "1990-03-05",
            &[("phone", "07700 900999"), ("address", "5 Mill Road")],
        ),
        rec(
            "a2",
            "Mohamed",
            "Ali",
            "1990-03-05",
            &[("phone", "07700 900999")],
        ),
        rec(
            "b1",
            "Mohammed",
            "Ali",
            "1978-10-30",
            &[("phone", "07700 900999"), ("address", "5 Mill Road")],
        ),
        rec(
            "b2",
            "Muhammad",
            "Ali",
            "1978-10-30",
            &[("address", "5 Mill Rd")],
        ),
    ];
    let engine = Engine::new(&raw);
    let res = engine
        .run(Some(Model::builtin()), &Options::default(), &|_| {})
        .unwrap();
    let c = clusters_by_id(&engine, &res);
    assert_eq!(c[0].1, c[1].1);
    assert_eq!(c[2].1, c[3].1);
    assert_ne!(c[0].1, c[2].1);
}

/// Deterministic synthetic people with noisy duplicates.
fn synthetic(n_people: usize, seed: u64) -> Vec<RawRecord> {
    let given = [
        "John",
        "Mohammed",
        "Minh",
        "Andrei",
        "Piotr",
        "Tesfaye",
        "Maria",
        "Fatima",
        "Ioana",
        "Katarzyna",
        "Arben",
        "Gurpreet",
        "Sarah",
        "Ali",
        "Lan",
    ];
    let family = [
        "Nguyen", "Singh", "Mohammed", "Popescu", "Kowalski", "Smith", "Gebre", "Hoxha", "Ahmed",
        "Tran", "Jones", "Ionescu",
    ];
    let mut s = seed;
    let mut rnd = move |n: u64| {
        s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
        normalize::mix(s) % n
    };
    let mut out = Vec::new();
    for p in 0..n_people {
        let g = given[rnd(given.len() as u64) as usize];
        let f = family[rnd(family.len() as u64) as usize];
        let y = 1950 + rnd(55);
        let m = 1 + rnd(12);
        let d = 1 + rnd(28);
        let phone = format!("07{:09}", rnd(1_000_000_000));
        let street = format!("{} Road {}", 1 + rnd(200), rnd(50));
        let copies = 1 + rnd(3);
        for c in 0..copies {
            let mut g2 = g.to_string();
            if c > 0 && rnd(5) == 0 {
                g2.push('e');
            }
            let dob = match (c, rnd(6)) {
                (0, _) | (_, 0..=3) => format!("{y}-{m:02}-{d:02}"),
                (_, 4) => format!("{y}"),
                _ => format!("{y}-01-01"),
            };
            let (gg, ff) = if c > 0 && rnd(8) == 0 {
                (f.to_string(), g2)
            } else {
                (g2, f.to_string())
            };
            let mut r = rec(&format!("p{p}c{c}"), &gg, &ff, &dob, &[]);
            if rnd(3) > 0 {
                r.phone = Some(phone.clone());
            }
            if rnd(3) > 0 {
                r.address = Some(street.clone());
            }
            out.push(r);
        }
    }
    out
}

fn truth_f1(engine: &Engine, res: &Resolution) -> f64 {
    let person = |i: usize| engine.ids[i].split('c').next().unwrap().to_string();
    let (mut tp, mut pred, mut act) = (0u64, 0u64, 0u64);
    let n = engine.ids.len();
    for i in 0..n {
        for j in i + 1..n {
            let same_c = res.representative[i] == res.representative[j];
            let same_p = person(i) == person(j);
            tp += (same_c && same_p) as u64;
            pred += same_c as u64;
            act += same_p as u64;
        }
    }
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / act.max(1) as f64;
    2.0 * p * r / (p + r).max(1e-9)
}

#[test]
fn em_trains_from_unlabelled_data_and_resolves_well() {
    let raw = synthetic(1500, 7);
    let engine = Engine::new(&raw);
    let res = engine.run(None, &Options::default(), &|_| {}).unwrap();
    assert!(res.trained);
    assert!(
        res.model.training.em_converged,
        "EM did not converge: {:?}",
        res.model.training
    );
    // Exact given name is strong evidence, different given name is evidence against.
    let g = &res.model.comparisons[0].levels;
    assert!(g[1].weight > 2.0 && g[7].weight < -2.0, "{g:?}");
    let f1 = truth_f1(&engine, &res);
    assert!(f1 > 0.9, "pairwise F1 {f1}");
    // The model round-trips through JSON.
    let back = Model::from_json(&res.model.to_json()).unwrap();
    assert_eq!(back, res.model);
}

#[test]
fn clusters_are_stable_when_a_record_is_added() {
    let mut raw = synthetic(400, 11);
    let model = Model::builtin();
    let e1 = Engine::new(&raw);
    let r1 = e1
        .run(Some(model.clone()), &Options::default(), &|_| {})
        .unwrap();
    let before = clusters_by_id(&e1, &r1);
    // Add an unrelated person and another duplicate of the first record, in the middle.
    raw.insert(
        10,
        rec("zz-new", "Ezekiel", "Quartermaine", "1933-07-07", &[]),
    );
    let mut dup = raw[0].clone();
    dup.record_id = "zz-dup".into();
    raw.insert(20, dup);
    let e2 = Engine::new(&raw);
    let r2 = e2.run(Some(model), &Options::default(), &|_| {}).unwrap();
    let after: std::collections::HashMap<String, String> =
        clusters_by_id(&e2, &r2).into_iter().collect();
    for (id, c) in &before {
        assert_eq!(&after[id], c, "cluster of {id} changed");
    }
    assert_eq!(after["zz-new"], "zz-new");
    assert_eq!(after["zz-dup"], after[&raw[0].record_id]);
}

/// Cluster of every record, by id, from a run (trained when `model` is None).
fn clusters_of(
    raw: &[RawRecord],
    model: Option<Model>,
) -> std::collections::HashMap<String, String> {
    let e = Engine::new(raw);
    let r = e.run(model, &Options::default(), &|_| {}).unwrap();
    clusters_by_id(&e, &r).into_iter().collect()
}

#[test]
fn adding_one_unrelated_record_changes_no_other_cluster() {
    let base = synthetic(1500, 5);
    let stranger = rec(
        "zz-stranger",
        "Ezekiel",
        "Quartermaine",
        "1931-07-07",
        &[("phone", "07700 900000"), ("address", "1 Nowhere Lane")],
    );
    for model in [Some(Model::default_prior()), None] {
        let before = clusters_of(&base, model.clone());
        for at in [0, base.len() / 2, base.len()] {
            let mut raw = base.clone();
            raw.insert(at, stranger.clone());
            let after = clusters_of(&raw, model.clone());
            let changed: Vec<&String> = before
                .keys()
                .filter(|id| before[*id] != after[*id])
                .collect();
            assert!(
                changed.is_empty(),
                "trained: {}, stranger at {at}: {} clusters changed, e.g. {:?}",
                model.is_none(),
                changed.len(),
                &changed[..changed.len().min(5)]
            );
            assert_eq!(after["zz-stranger"], "zz-stranger");
        }
    }
}

#[test]
fn results_are_deterministic_across_thread_counts() {
    let raw = synthetic(800, 3);
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            let e = Engine::new(&raw);
            let r = e.run(None, &Options::default(), &|_| {}).unwrap();
            (r.model.to_json(), r.representative.clone(), r.pairs.clone())
        })
    };
    let a = run(1);
    let b = run(3);
    assert_eq!(a.0, b.0);
    assert_eq!(a.1, b.1);
    assert_eq!(a.2, b.2);
}

#[test]
fn linking_never_pairs_within_a_file_and_explains_a_pair() {
    let mut raw = vec![
        rec(
            "1",
            "Minh",
            "Nguyen",
            "1990-03-05",
            &[("phone", "07700 900111")],
        ),
        rec(
            "2",
            "Minh",
            "Nguyen",
            "1990-03-05",
            &[("phone", "07700 900111")],
        ),
        rec(
            "1",
            "Nguyễn",
            "Minh",
            "1990-05-03",
            &[("phone", "+44 (0)7700 900111")],
        ),
    ];
    raw[2].source = 1;
    let engine = Engine::new(&raw);
    assert!(engine.link_only);
    let res = engine
        .run(Some(Model::builtin()), &Options::default(), &|_| {})
        .unwrap();
    assert!(res
        .pairs
        .iter()
        .all(|p| raw[p.left as usize].source != raw[p.right as usize].source));
    assert!(!res.pairs.is_empty());
    let ex = engine.explain(&res.model, 0, 2);
    assert!(ex.names_swapped);
    assert_eq!(ex.fields[2].level, 2, "day/month swapped");
    assert_eq!(ex.fields[5].level, 1, "phones equal in E.164");
    let sum: f64 = ex.prior_weight
        + ex.household_cap
        + ex.fields
            .iter()
            .map(|f| f.weight + f.tf_adjustment)
            .sum::<f64>();
    assert!((sum - ex.total_weight).abs() < 1e-9);
    assert!(ex.probability > 0.9);
    let text = ex.to_string();
    assert!(text.contains("date_of_birth") && text.contains("prior"));
}

#[test]
fn invalid_models_and_thresholds_are_rejected() {
    let mut m = Model::builtin();
    m.comparisons.pop();
    assert!(m.check().is_err());
    assert!(Model::from_json("{}").is_err());
    let engine = Engine::new(&family());
    let opts = Options {
        threshold: 1.5,
        ..Options::default()
    };
    assert!(engine.run(Some(Model::builtin()), &opts, &|_| {}).is_err());
}

#[test]
fn namesakes_with_different_full_dates_conflict_but_slips_and_shared_homes_do_not() {
    use crate::cluster::hard_conflict;
    use crate::compare::compare;
    let conflict = |a: RawRecord, b: RawRecord| {
        let (a, b) = (Prepared::from_raw(&a), Prepared::from_raw(&b));
        hard_conflict(compare(&a, &b).0, &a, &b)
    };
    // Same common name, same year, different day and month: two people.
    assert!(conflict(
        rec("a", "Marian", "Pop", "1999-03-06", &[]),
        rec("b", "Marian", "Pop", "1999-11-21", &[])
    ));
    // A one-digit slip, a day/month swap or a 1 January placeholder is not a conflict.
    assert!(!conflict(
        rec("a", "Marian", "Pop", "1999-03-06", &[]),
        rec("b", "Marian", "Pop", "1999-03-08", &[])
    ));
    assert!(!conflict(
        rec("a", "Marian", "Pop", "1999-03-06", &[]),
        rec("b", "Marian", "Pop", "1999-06-03", &[])
    ));
    assert!(!conflict(
        rec("a", "Marian", "Pop", "1999-03-06", &[]),
        rec("b", "Marian", "Pop", "1999-01-01", &[])
    ));
    // The same given name at the same address: a mis-recorded date, not a namesake.
    assert!(!conflict(
        rec(
            "a",
            "Jacqueline",
            "Ferris",
            "1925-07-08",
            &[("address", "107 Kriewaldt Circuit")]
        ),
        rec(
            "b",
            "Jacqueline",
            "Ferris",
            "1925-10-30",
            &[("address", "107 Kriewaldt Circuit")]
        )
    ));
    // An identity number agreeing overrides the dates.
    assert!(!conflict(
        rec("a", "Marian", "Pop", "1999-03-06", &[("id", "AB123456C")]),
        rec("b", "Marian", "Pop", "1999-11-21", &[("id", "AB123456C")])
    ));
}

#[test]
fn locality_order_puts_namesakes_together_and_is_a_permutation() {
    let raw = vec![
        rec("a1", "Minh", "Nguyen", "1990-03-05", &[]),
        rec("b1", "Ewa", "Kowalska", "1985-01-02", &[]),
        rec("a2", "Nguyen", "Minh", "1990", &[]),
        rec("c1", "Ali", "Hassan", "1979-07-07", &[]),
        rec("b2", "Ewa", "Kowalska", "1985-02-01", &[]),
        RawRecord {
            record_id: "x".into(),
            phone: Some("07700 900123".into()),
            ..Default::default()
        },
        rec("a3", "Minh", "Nguyen", "1990-03-05", &[]),
    ];
    let prepared = prepare_batch(&raw);
    let order = locality_order(&prepared);
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..raw.len() as u32).collect::<Vec<_>>());
    let pos = |id: &str| {
        let i = raw.iter().position(|r| r.record_id == id).unwrap() as u32;
        order.iter().position(|&o| o == i).unwrap()
    };
    // Same names (in either order) and year: adjacent, ties in input order.
    let mut a = [pos("a1"), pos("a2"), pos("a3")];
    a.sort_unstable();
    assert_eq!((a[1] - a[0], a[2] - a[1]), (1, 1));
    assert!(pos("a1") < pos("a3"), "ties keep input order");
    assert_eq!(pos("b1").abs_diff(pos("b2")), 1);
    assert_eq!(pos("x"), raw.len() - 1, "records without a name go last");
    assert_eq!(order, locality_order(&prepared), "deterministic");
}

#[test]
fn preparer_gives_what_each_record_alone_gives() {
    let raw = vec![
        rec(
            "1",
            " Mohamed ",
            "Al-Hassan",
            "1985",
            &[("phone", "07700 900123")],
        ),
        rec("2", "Muhammad", "Hassan", "1985-02-03", &[]),
        rec("3", "Mohamed", "Nguyễn", "", &[]),
        RawRecord {
            record_id: "4".into(),
            given_name: Some("  ".into()),
            family_name: Some("Al-Hassan".into()),
            ..Default::default()
        },
        rec("5", "Thị Kim", "Nguyen", "1990-01-01", &[]),
    ];
    let alone: Vec<String> = raw
        .iter()
        .map(|r| format!("{:?}", Prepared::from_raw(r)))
        .collect();
    let fields: Vec<(u8, RawFields<'_>)> = raw
        .iter()
        .map(|r| (r.source, Prepared::fields(r)))
        .collect();
    // Names seen in an earlier batch, repeated within a batch, and (with a cap of 2)
    // names past the cap.
    for cap in [usize::MAX, 2, 0] {
        let mut p = Preparer {
            cap,
            ..Preparer::default()
        };
        let mut got: Vec<String> = Vec::new();
        for batch in [&fields[..2], &fields[2..], &fields[..]] {
            got.extend(p.prepare(batch).iter().map(|x| format!("{x:?}")));
        }
        let want: Vec<String> = alone[..2]
            .iter()
            .chain(&alone[2..])
            .chain(&alone[..])
            .cloned()
            .collect();
        assert_eq!(got, want, "cap {cap}");
        assert!(p.index.len() <= cap);
    }
    assert_eq!(
        prepare_batch(&raw)
            .iter()
            .map(|x| format!("{x:?}"))
            .collect::<Vec<_>>(),
        alone
    );
}
