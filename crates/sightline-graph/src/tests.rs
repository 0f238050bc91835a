use super::*;

type G = Graph<u32, &'static str>;

fn graph(people: &[u32], entities: &[u32], edges: &[(u32, u32)], same: &[(u32, u32)]) -> G {
    let mut b = Builder::new();
    for &p in people {
        b.node(p, Kind::Person);
    }
    for &e in entities {
        b.node(e, Kind::Entity);
    }
    for &(x, y) in edges {
        b.edge(x, y, "link");
    }
    for &(r, g) in same {
        b.same(r, g);
    }
    b.build().unwrap()
}

fn ids(g: &G, nodes: &[u32]) -> Vec<u32> {
    nodes.iter().map(|&n| g.id(n)).collect()
}

#[test]
fn empty_graph_has_nothing() {
    let g = graph(&[], &[], &[], &[]);
    assert!(g.is_empty());
    assert!(g.networks().is_empty());
    assert!(g.betweenness(Betweenness::Exact).is_empty());
    assert!(g.brokers().is_empty());
    assert!(g.bridges().is_empty());
    assert!(matches!(
        g.shortest_paths(1, 2, 3, 5),
        Err(GraphError::NotInGraph { .. })
    ));
}

#[test]
fn unknown_ends_and_kind_conflicts_are_named() {
    let mut b: Builder<u32, ()> = Builder::new();
    b.node(1, Kind::Person).edge(1, 2, ()).edge(1, 9, ());
    let e = b.build().err().unwrap();
    assert_eq!(
        e,
        GraphError::UnknownNode {
            edge: 0,
            id: "2".into()
        }
    );
    assert_eq!(e.to_string(), "edge 0 names node 2, which was not added");
    let mut b: Builder<u32, ()> = Builder::new();
    b.node(1, Kind::Person).node(1, Kind::Entity);
    assert_eq!(
        b.build().err().unwrap(),
        GraphError::KindConflict { id: "1".into() }
    );
}

#[test]
fn self_links_are_ignored_and_duplicates_are_one_neighbour() {
    let mut b = Builder::new();
    b.node(1, Kind::Person).node(2, Kind::Entity);
    b.edge(1, 1, "self")
        .edge(1, 2, "uses_phone")
        .edge(2, 1, "uses_phone")
        .edge(1, 2, "owns");
    let g = b.build().unwrap();
    assert_eq!(g.edge_count(), 1);
    assert_eq!(g.degree(), vec![1, 1]);
    assert_eq!(g.payloads(0, 1), vec![&"owns", &"uses_phone"]);
    assert_eq!(g.payloads(1, 0), vec![&"owns", &"uses_phone"]);
    assert_eq!(g.edges().count(), 2);
}

#[test]
fn disconnected_nodes_are_networks_of_one() {
    let g = graph(&[1, 2, 3], &[10], &[(1, 10), (2, 10)], &[]);
    let nets = g.networks();
    assert_eq!(nets.len(), 2);
    assert_eq!(ids(&g, &nets[0].nodes), vec![1, 2, 10]);
    assert_eq!(nets[0].people, 2);
    assert_eq!(nets[0].entities, 1);
    assert_eq!(ids(&g, &nets[0].shared_entities), vec![10]);
    assert_eq!(ids(&g, &nets[1].nodes), vec![3]);
    assert_eq!(nets[1].people, 1);
    assert!(nets[1].shared_entities.is_empty());
}

#[test]
fn records_of_one_person_collapse_into_one_node() {
    // 1 and 2 are the same person recorded twice (group 100); each record shares a
    // different phone with someone else, so the person joins two otherwise separate groups.
    let g = graph(
        &[1, 2, 3, 4],
        &[10, 11],
        &[(1, 10), (3, 10), (2, 11), (4, 11), (1, 2)],
        &[(1, 100), (2, 100), (3, 3)],
    );
    assert_eq!(g.len(), 5);
    let p = g.node_of(2).unwrap();
    assert_eq!(g.node_of(1), Some(p));
    assert_eq!(g.id(p), 1);
    assert_eq!(g.records(p), &[1, 2]);
    let nets = g.networks();
    assert_eq!(nets.len(), 1);
    assert_eq!(nets[0].people, 3);
    assert_eq!(nets[0].person_records, 4);
    // The link between the two records of one person is a self-link now.
    assert_eq!(g.degree()[p as usize], 2);
    assert_eq!(ids(&g, &g.brokers()), vec![1, 10, 11]);
    // A group id that is a record of its own does not change anything for a lone record.
    assert_eq!(g.records(g.node_of(3).unwrap()), &[3]);
}

#[test]
fn records_of_one_thing_collapse_but_never_into_a_person() {
    // Two forces' records of one phone (10, 11: group 7) join their users' networks.
    let g = graph(&[1, 2], &[10, 11], &[(1, 10), (2, 11)], &[(10, 7), (11, 7)]);
    assert_eq!(g.len(), 3);
    assert_eq!(g.networks().len(), 1);
    assert_eq!(g.records(g.node_of(11).unwrap()), &[10, 11]);
    // A group that names a person and an entity keeps them apart.
    let g = graph(&[1], &[10], &[(1, 10)], &[(1, 5), (10, 5)]);
    assert_eq!(g.len(), 2);
}

#[test]
fn results_do_not_depend_on_input_order() {
    let edges = [
        (1, 10),
        (2, 10),
        (2, 11),
        (3, 11),
        (3, 12),
        (4, 12),
        (1, 11),
        (5, 6),
    ];
    let a = graph(&[1, 2, 3, 4, 5, 6], &[10, 11, 12], &edges, &[]);
    let mut rev = edges;
    rev.reverse();
    let rev: Vec<(u32, u32)> = rev.iter().map(|&(x, y)| (y, x)).collect();
    let b = graph(&[6, 5, 4, 3, 2, 1], &[12, 11, 10], &rev, &[]);
    assert_eq!(a.networks(), b.networks());
    assert_eq!(
        a.betweenness(Betweenness::Exact),
        b.betweenness(Betweenness::Exact)
    );
    assert_eq!(a.brokers(), b.brokers());
    assert_eq!(
        a.shortest_paths(1, 4, 6, 10).unwrap(),
        b.shortest_paths(1, 4, 6, 10).unwrap()
    );
    assert_eq!(a.ego(2, 2).unwrap(), b.ego(2, 2).unwrap());
}

#[test]
fn betweenness_of_a_path_and_a_star() {
    // Path 1-2-3-4: node 2 lies on (1,3) and (1,4); node 3 on (1,4) and (2,4).
    let g = graph(&[1, 2, 3, 4], &[], &[(1, 2), (2, 3), (3, 4)], &[]);
    assert_eq!(g.betweenness(Betweenness::Exact), vec![0.0, 2.0, 2.0, 0.0]);
    // Star around 10 with 4 leaves: the centre is on all 6 leaf pairs.
    let g = graph(
        &[1, 2, 3, 4],
        &[10],
        &[(1, 10), (2, 10), (3, 10), (4, 10)],
        &[],
    );
    let bc = g.betweenness(Betweenness::Exact);
    assert_eq!(bc[g.node_of(10).unwrap() as usize], 6.0);
    // A square: two shortest paths between opposite corners share the credit.
    let g = graph(&[1, 2, 3, 4], &[], &[(1, 2), (2, 3), (3, 4), (4, 1)], &[]);
    assert_eq!(g.betweenness(Betweenness::Exact), vec![0.5; 4]);
    // Sampling every node is exact; sampling is repeatable for a seed.
    let all = g.betweenness(Betweenness::Sampled { k: 4, seed: 1 });
    assert_eq!(all, vec![0.5; 4]);
    let big = graph(
        &(0..40).collect::<Vec<_>>(),
        &[],
        &(0..39).map(|i| (i, i + 1)).collect::<Vec<_>>(),
        &[],
    );
    let s1 = big.betweenness(Betweenness::Sampled { k: 10, seed: 7 });
    assert_eq!(s1, big.betweenness(Betweenness::Sampled { k: 10, seed: 7 }));
    assert_ne!(s1, big.betweenness(Betweenness::Sampled { k: 10, seed: 8 }));
    assert_eq!(
        big.betweenness_sources(Betweenness::Auto {
            max_exact: 50,
            k: 10,
            seed: 7
        })
        .len(),
        40
    );
}

#[test]
fn ties_in_a_ranking_go_by_id() {
    let g = graph(&[5, 3, 9, 1], &[], &[(5, 3), (9, 1)], &[]);
    let deg = g.degree();
    let order = rank(&g, 0..g.len() as u32, |n| deg[n as usize] as f64);
    assert_eq!(ids(&g, &order), vec![1, 3, 5, 9]);
    let nets = g.networks();
    // Two networks of two: the one with the smaller id first.
    assert_eq!(ids(&g, &nets[0].nodes), vec![1, 9]);
}

#[test]
fn brokers_and_bridges() {
    // Two triangles joined through 4: 1-2-3 and 5-6-7, with 3-4 and 4-5.
    let g = graph(
        &[1, 2, 3, 4, 5, 6, 7],
        &[],
        &[
            (1, 2),
            (2, 3),
            (3, 1),
            (3, 4),
            (4, 5),
            (5, 6),
            (6, 7),
            (7, 5),
        ],
        &[],
    );
    assert_eq!(ids(&g, &g.brokers()), vec![3, 4, 5]);
    let br: Vec<(u32, u32)> = g
        .bridges()
        .iter()
        .map(|&(a, b)| (g.id(a), g.id(b)))
        .collect();
    assert_eq!(br, vec![(3, 4), (4, 5)]);
    // A cycle has neither.
    let c = graph(&[1, 2, 3], &[], &[(1, 2), (2, 3), (3, 1)], &[]);
    assert!(c.brokers().is_empty() && c.bridges().is_empty());
    // A long chain does not overflow the stack.
    let n = 200_000u32;
    let chain = graph(
        &(0..n).collect::<Vec<_>>(),
        &[],
        &(0..n - 1).map(|i| (i, i + 1)).collect::<Vec<_>>(),
        &[],
    );
    assert_eq!(chain.brokers().len(), n as usize - 2);
}

#[test]
fn shortest_paths_respect_the_hop_limit_and_list_every_tie() {
    // 1 and 4 are joined through 10 and through 11 (two ties), and by a longer way via 5.
    let g = graph(
        &[1, 4, 5],
        &[10, 11, 12],
        &[(1, 10), (10, 4), (1, 11), (11, 4), (1, 12), (12, 5), (5, 4)],
        &[],
    );
    let paths = g.shortest_paths(1, 4, 2, 10).unwrap();
    let named: Vec<Vec<u32>> = paths.iter().map(|p| ids(&g, p)).collect();
    assert_eq!(named, vec![vec![1, 10, 4], vec![1, 11, 4]]);
    assert_eq!(g.shortest_paths(1, 4, 2, 1).unwrap().len(), 1);
    assert!(g.shortest_paths(1, 4, 1, 10).unwrap().is_empty());
    assert!(g.shortest_paths(1, 4, 2, 0).unwrap().is_empty());
    assert_eq!(ids(&g, &g.shortest_paths(5, 5, 0, 3).unwrap()[0]), vec![5]);
    // Not connected at all.
    let g = graph(&[1, 2], &[], &[], &[]);
    assert!(g.shortest_paths(1, 2, 10, 10).unwrap().is_empty());
}

#[test]
fn the_path_between_two_records_of_one_person_is_that_person() {
    let g = graph(&[1, 2], &[], &[], &[(1, 1), (2, 1)]);
    assert_eq!(g.shortest_paths(1, 2, 3, 3).unwrap(), vec![vec![0]]);
}

#[test]
fn ego_network_stops_at_the_hop_limit() {
    let g = graph(&[1, 2, 3, 4], &[], &[(1, 2), (2, 3), (3, 4)], &[]);
    let e = g.ego(2, 1).unwrap();
    let nodes: Vec<(u32, u32)> = e.nodes.iter().map(|&(v, d)| (g.id(v), d)).collect();
    assert_eq!(nodes, vec![(2, 0), (1, 1), (3, 1)]);
    assert_eq!(e.edges.len(), 2);
    assert!(e.truncated);
    let e = g.ego(2, 3).unwrap();
    assert_eq!(e.nodes.len(), 4);
    assert!(!e.truncated);
    let lone = g.ego(1, 0).unwrap();
    assert_eq!(lone.nodes, vec![(0, 0)]);
    assert!(lone.edges.is_empty());
}

#[test]
fn radial_layout_is_deterministic_and_on_rings() {
    let g = graph(
        &[1, 2, 3, 4, 5],
        &[10],
        &[(1, 10), (10, 2), (10, 3), (1, 4), (4, 5)],
        &[],
    );
    let e = g.ego(1, 2).unwrap();
    let a = layout::radial(&g, &e);
    assert_eq!(a, layout::radial(&g, &e));
    assert_eq!(a.len(), e.nodes.len());
    for p in &a {
        let d = e.nodes.iter().find(|n| n.0 == p.node).unwrap().1;
        let r = (p.x * p.x + p.y * p.y).sqrt();
        assert!(
            (r - d as f64 / 2.0).abs() < 1e-9,
            "node {} at radius {r}",
            p.node
        );
    }
    // No two nodes on the same spot.
    for (i, p) in a.iter().enumerate() {
        for q in &a[i + 1..] {
            assert!((p.x - q.x).abs() + (p.y - q.y).abs() > 1e-6);
        }
    }
    let lone = graph(&[1], &[], &[], &[]);
    let pl = layout::radial(&lone, &lone.ego(1, 2).unwrap());
    assert_eq!((pl[0].x, pl[0].y), (0.0, 0.0));
}
