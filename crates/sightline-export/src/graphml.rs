//! GraphML: the network of people, entities, cases and organisations, for Gephi, networkx,
//! yEd and Cytoscape.
//!
//! One directed graph. Nodes: `person-<uuid>`, `entity-<uuid>`, `case-<uuid>`,
//! `org-<uuid>`, each with `type` (person, entity, case, organisation), `label` (the name,
//! value, or reference and title), `kind` (the entity kind, organisation type or case
//! status) and `classification` (for marked records). Edges: every link whose two ends are
//! in the bundle (`link-<uuid>`, `type` = the link type, `date_from`, `date_to`,
//! `confidence`, `classification`) and every case party (`party-<case>-<person>`, from the
//! case to the person, `type` = `case_party`, `role` = the part in the case). All
//! attributes are declared in `<key>` elements, as GraphML requires, with separate keys
//! for nodes and edges so each reader types them right.
//!
//! Text is escaped for XML (`& < > " '`), carriage returns are kept as `&#13;`, and
//! characters XML 1.0 cannot hold at all (other C0 control characters, U+FFFE, U+FFFF) are
//! left out.
//!
//! Left out: intelligence reports (no link reaches them yet), free text (notes, summaries,
//! narratives), links' sources, and markings other than the classification.

use std::io::Write;

use sightline_core::{NodeRef, NodeType};

use crate::{Bundle, ExportError, Index};

const KEYS: &[(&str, &str, &str)] = &[
    // (id, for, attr.name)
    ("n_type", "node", "type"),
    ("n_label", "node", "label"),
    ("n_kind", "node", "kind"),
    ("n_classification", "node", "classification"),
    ("e_type", "edge", "type"),
    ("e_role", "edge", "role"),
    ("e_date_from", "edge", "date_from"),
    ("e_date_to", "edge", "date_to"),
    ("e_confidence", "edge", "confidence"),
    ("e_classification", "edge", "classification"),
];

/// The bundle as a GraphML document.
pub fn to_graphml(bundle: &Bundle) -> String {
    let mut buf = Vec::new();
    write_graphml(bundle, &mut buf).expect("writing to memory does not fail");
    String::from_utf8(buf).expect("the writer writes only UTF-8")
}

/// The bundle as a GraphML document, into `w`.
pub fn write_graphml(bundle: &Bundle, w: &mut impl Write) -> Result<(), ExportError> {
    let ix = Index::new(bundle);
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, target, name) in KEYS {
        writeln!(
            w,
            r#"  <key id="{id}" for="{target}" attr.name="{name}" attr.type="string"/>"#
        )?;
    }
    writeln!(w, r#"  <graph id="sightline" edgedefault="directed">"#)?;
    for o in &bundle.organisations {
        node(
            w,
            &format!("org-{}", o.id),
            &[
                ("n_type", "organisation"),
                ("n_label", &o.name),
                ("n_kind", o.org_type.code()),
            ],
        )?;
    }
    for c in &bundle.cases {
        node(
            w,
            &format!("case-{}", c.id),
            &[
                ("n_type", "case"),
                ("n_label", &format!("{} {}", c.reference, c.title)),
                ("n_kind", c.status.code()),
                ("n_classification", c.markings.classification.code()),
            ],
        )?;
    }
    for p in &bundle.people {
        node(
            w,
            &format!("person-{}", p.id),
            &[
                ("n_type", "person"),
                ("n_label", &p.display_name()),
                ("n_classification", p.markings.classification.code()),
            ],
        )?;
    }
    for e in &bundle.entities {
        node(
            w,
            &format!("entity-{}", e.id),
            &[
                ("n_type", "entity"),
                ("n_label", &e.value),
                ("n_kind", e.kind.code()),
                ("n_classification", e.markings.classification.code()),
            ],
        )?;
    }
    for l in &bundle.links {
        if !(ix.has(&l.from) && ix.has(&l.to)) {
            continue;
        }
        let mut data = vec![
            ("e_type", l.link_type.code()),
            ("e_confidence", l.confidence.code()),
            ("e_classification", l.markings.classification.code()),
        ];
        if let Some(d) = &l.date_from {
            data.push(("e_date_from", d));
        }
        if let Some(d) = &l.date_to {
            data.push(("e_date_to", d));
        }
        edge(
            w,
            &format!("link-{}", l.id),
            &node_id(&l.from),
            &node_id(&l.to),
            &data,
        )?;
    }
    let cases: std::collections::HashSet<_> = bundle.cases.iter().map(|c| c.id).collect();
    for cp in &bundle.case_parties {
        if !(cases.contains(&cp.case_id) && ix.people.contains_key(&cp.person_id)) {
            continue;
        }
        edge(
            w,
            &format!("party-{}-{}", cp.case_id, cp.person_id),
            &format!("case-{}", cp.case_id),
            &format!("person-{}", cp.person_id),
            &[("e_type", "case_party"), ("e_role", cp.role.code())],
        )?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")?;
    w.flush()?;
    Ok(())
}

fn node_id(end: &NodeRef) -> String {
    match end.node_type {
        NodeType::Person => format!("person-{}", end.id),
        NodeType::Entity => format!("entity-{}", end.id),
    }
}

fn node(w: &mut impl Write, id: &str, data: &[(&str, &str)]) -> std::io::Result<()> {
    writeln!(w, r#"    <node id="{}">"#, escape(id))?;
    write_data(w, data)?;
    writeln!(w, "    </node>")
}

fn edge(
    w: &mut impl Write,
    id: &str,
    source: &str,
    target: &str,
    data: &[(&str, &str)],
) -> std::io::Result<()> {
    writeln!(
        w,
        r#"    <edge id="{}" source="{}" target="{}">"#,
        escape(id),
        escape(source),
        escape(target)
    )?;
    write_data(w, data)?;
    writeln!(w, "    </edge>")
}

fn write_data(w: &mut impl Write, data: &[(&str, &str)]) -> std::io::Result<()> {
    for (key, value) in data {
        writeln!(w, r#"      <data key="{key}">{}</data>"#, escape(value))?;
    }
    Ok(())
}

/// Text made safe for XML 1.0 element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use quick_xml::events::Event;
    use std::collections::{HashMap, HashSet};

    #[derive(Default, Debug)]
    struct Parsed {
        keys: HashSet<String>,
        nodes: HashMap<String, HashMap<String, String>>,
        edges: Vec<(String, String, HashMap<String, String>)>,
    }

    /// Parses the document with a real XML parser, failing on anything not well formed.
    fn parse(xml: &str) -> Parsed {
        let mut r = quick_xml::Reader::from_str(xml);
        let mut p = Parsed::default();
        let mut current: Option<(bool, usize, String)> = None; // (is node, edge index, id)
        let mut key = String::new();
        let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<String> {
            e.attributes()
                .map(|a| a.unwrap())
                .find(|a| a.key.as_ref() == name.as_bytes())
                .map(|a| a.unescape_value().unwrap().into_owned())
        };
        loop {
            match r.read_event().unwrap() {
                Event::Eof => break,
                Event::Empty(e) if e.name().as_ref() == b"key" => {
                    p.keys.insert(attr(&e, "id").unwrap());
                }
                Event::Start(e) => match e.name().as_ref() {
                    b"node" => {
                        let id = attr(&e, "id").unwrap();
                        p.nodes.insert(id.clone(), HashMap::new());
                        current = Some((true, 0, id));
                    }
                    b"edge" => {
                        let (s, t) = (attr(&e, "source").unwrap(), attr(&e, "target").unwrap());
                        p.edges.push((s, t, HashMap::new()));
                        current = Some((false, p.edges.len() - 1, String::new()));
                    }
                    b"data" => key = attr(&e, "key").unwrap(),
                    _ => {}
                },
                Event::Text(t) if !key.is_empty() => {
                    let text = t.unescape().unwrap().into_owned();
                    match current.as_ref().unwrap() {
                        (true, _, id) => p.nodes.get_mut(id).unwrap().insert(key.clone(), text),
                        (false, i, _) => p.edges[*i].2.insert(key.clone(), text),
                    };
                }
                Event::End(e) if e.name().as_ref() == b"data" => key.clear(),
                _ => {}
            }
        }
        p
    }

    #[test]
    fn nodes_and_edges_with_declared_attributes() {
        let xml = to_graphml(&fixture::bundle());
        let g = parse(&xml);
        assert_eq!(g.nodes.len(), 2 + 1 + 3 + 8);
        assert_eq!(g.edges.len(), 13 + 3);
        let victim = &g.nodes[&format!("person-{}", fixture::VICTIM)];
        assert_eq!(victim["n_type"], "person");
        assert_eq!(victim["n_label"], "Thi Lan NGUYEN");
        assert_eq!(victim["n_classification"], "OFFICIAL-SENSITIVE");
        let van = &g.nodes[&format!("entity-{}", fixture::VEHICLE)];
        assert_eq!(van["n_kind"], "vehicle");
        assert_eq!(g.nodes[&format!("org-{}", fixture::NGO)]["n_kind"], "NGO");
        let lives = g
            .edges
            .iter()
            .find(|(_, _, d)| d.get("e_type").map(String::as_str) == Some("lives_at"))
            .unwrap();
        assert_eq!(lives.0, format!("person-{}", fixture::VICTIM));
        assert_eq!(lives.2["e_date_from"], "2025-02");
        assert_eq!(lives.2["e_confidence"], "high");
        let parties: Vec<_> = g
            .edges
            .iter()
            .filter(|(_, _, d)| d["e_type"] == "case_party")
            .collect();
        assert_eq!(parties.len(), 3);
        assert_eq!(parties[0].2["e_role"], "potential_victim");
        for (s, t, data) in &g.edges {
            assert!(
                g.nodes.contains_key(s) && g.nodes.contains_key(t),
                "{s} {t}"
            );
            assert!(data.keys().all(|k| g.keys.contains(k)));
        }
        for data in g.nodes.values() {
            assert!(data.keys().all(|k| g.keys.contains(k)));
        }
    }

    #[test]
    fn markup_quotes_and_control_characters_in_names_are_escaped_or_removed() {
        let mut b = fixture::bundle();
        b.people[0].given_name = "<script>\"Tom\" & 'Jerry'</script>\u{0007}\u{0000}\r".into();
        b.entities[0].value = "]]> <!-- x --> &amp;\u{FFFF}\u{001B}[31m".into();
        let xml = to_graphml(&b);
        assert!(!xml.contains("<script>"));
        assert!(
            !xml.contains('\u{0007}') && !xml.contains('\u{0000}') && !xml.contains('\u{001B}')
        );
        let g = parse(&xml);
        assert_eq!(
            g.nodes[&format!("person-{}", fixture::VICTIM)]["n_label"],
            "<script>\"Tom\" & 'Jerry'</script>\r NGUYEN"
        );
        assert_eq!(
            g.nodes[&format!("entity-{}", fixture::PHONE)]["n_label"],
            "]]> <!-- x --> &amp;[31m"
        );
    }

    #[test]
    fn dangling_links_and_parties_are_left_out() {
        let mut b = fixture::bundle();
        b.people.retain(|p| p.id != fixture::SUSPECT);
        let g = parse(&to_graphml(&b));
        let suspect = format!("person-{}", fixture::SUSPECT);
        assert!(g
            .edges
            .iter()
            .all(|(s, t, _)| *s != suspect && *t != suspect));
        assert_eq!(g.nodes.len(), 13);
        assert!(to_graphml(&Bundle::default()).contains("<graph id=\"sightline\""));
    }
}
