//! The link chart of an ego network as SVG, drawn on the server: no script, no inline
//! style (classes from `app.css`, or the embedded style of a standalone file), every node a
//! link to its record, people as circles and entities as squares so shape, not colour
//! alone, tells them apart. The same nodes and links are listed in a table on the page.

use std::fmt::Write as _;

use super::{EdgeView, NodeView};

/// Width and height of the drawing, in SVG units: wider than high, so labels beside the
/// outer ring fit.
const WIDTH: f64 = 1000.0;
const HEIGHT: f64 = 760.0;
/// Room above and below the outer ring for labels.
const MARGIN: f64 = 60.0;

/// Escapes text for SVG/XML content and attributes (the GraphML export's escaping, which
/// also drops characters XML 1.0 cannot hold).
pub use sightline_export::graphml::escape as esc;

fn short(label: &str) -> String {
    if label.chars().count() <= 26 {
        label.to_string()
    } else {
        let cut: String = label.chars().take(24).collect();
        format!("{cut}…")
    }
}

/// Draws nodes at their places (x, y in -1..1); `standalone` adds the XML namespace so the
/// file stands on its own. Colours are presentation attributes (not style), so the CSP's
/// `style-src 'self'` holds for the standalone file too.
pub fn draw(
    title: &str,
    desc: &str,
    nodes: &[NodeView],
    edges: &[EdgeView],
    standalone: bool,
) -> String {
    let r = HEIGHT / 2.0 - MARGIN;
    let at = |n: &NodeView| (WIDTH / 2.0 + n.x * r, HEIGHT / 2.0 + n.y * r);
    let pos: std::collections::HashMap<uuid::Uuid, (f64, f64)> =
        nodes.iter().map(|n| (n.id, at(n))).collect();
    let mut s = String::new();
    let ns = if standalone {
        " xmlns=\"http://www.w3.org/2000/svg\""
    } else {
        ""
    };
    let _ = write!(
        s,
        "<svg{ns} class=\"net-svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"group\" aria-labelledby=\"net-title\" aria-describedby=\"net-desc\">\
<title id=\"net-title\">{}</title><desc id=\"net-desc\">{}</desc>",
        esc(title),
        esc(desc)
    );
    s.push_str("<g class=\"net-links\" aria-hidden=\"true\">");
    for e in edges {
        if let (Some(a), Some(b)) = (pos.get(&e.from), pos.get(&e.to)) {
            let _ = write!(
                s,
                "<line class=\"net-link\" stroke=\"#505a5f\" stroke-width=\"1.5\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"><title>{}</title></line>",
                a.0,
                a.1,
                b.0,
                b.1,
                esc(&e.types.join(", "))
            );
        }
    }
    s.push_str("</g><g class=\"net-nodes\">");
    for n in nodes {
        let (x, y) = at(n);
        let center = n.hops == Some(0);
        let class = if n.kind == "person" {
            "net-person"
        } else {
            "net-entity"
        };
        let extra = if center { " net-center" } else { "" };
        let sw = if center { 4 } else { 1 };
        let _ = write!(
            s,
            "<a href=\"{}\" aria-label=\"{}\">",
            esc(&n.href),
            esc(&n.label)
        );
        if n.kind == "person" {
            let _ = write!(
                s,
                "<circle class=\"{class}{extra}\" fill=\"#1d70b8\" stroke=\"#0b0c0c\" stroke-width=\"{sw}\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{}\"/>",
                if center { 14 } else { 10 }
            );
        } else {
            let h = if center { 13.0 } else { 9.0 };
            let _ = write!(
                s,
                "<rect class=\"{class}{extra}\" fill=\"#4c2c92\" stroke=\"#0b0c0c\" stroke-width=\"{sw}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
                x - h,
                y - h,
                2.0 * h,
                2.0 * h
            );
        }
        // Labels go below the node; on the left half they end at it, on the right start.
        let anchor = if n.x < -0.2 {
            "end"
        } else if n.x > 0.2 {
            "start"
        } else {
            "middle"
        };
        let dx = match anchor {
            "end" => -14.0,
            "start" => 14.0,
            _ => 0.0,
        };
        let _ = write!(
            s,
            "<text class=\"net-label\" font-family=\"sans-serif\" font-size=\"13\" fill=\"#0b0c0c\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" font-weight=\"{}\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text></a>",
            if center { "bold" } else { "normal" },
            x + dx,
            y + 26.0,
            // An entity's kind shows in its shape and the table; the chart keeps its value.
            esc(&short(
                n.label
                    .strip_prefix(&format!("{}: ", n.what))
                    .unwrap_or(&n.label)
            ))
        );
    }
    s.push_str("</g></svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
        );
        // Characters XML 1.0 cannot hold are dropped, not written.
        assert_eq!(esc("a\u{1}b"), "ab");
        assert_eq!(
            short("abcdefghijklmnopqrstuvwxyz0123"),
            "abcdefghijklmnopqrstuvwx…"
        );
    }
}
