//! Shows what the text engine finds in a narrative: the signs of modern slavery with their
//! evidence marked in the text, and the risk with its reasons.

use std::sync::OnceLock;

use sightline_text::{label_of, Analyzer, EXPLOITATION_TYPES, INDICATOR_CODES, SIGN_CODES};

/// A run of the narrative, marked when it is evidence for something.
pub struct Segment {
    pub text: String,
    /// What it is evidence for, e.g. "Retention of identity documents"; empty when plain.
    pub labels: String,
}

/// One finding, for the list beside the text.
pub struct FindingView {
    /// `indicator`, `sign` or `exploitation`, as analysts' verdicts are kept.
    pub kind: &'static str,
    pub code: &'static str,
    pub group: &'static str,
    pub label: &'static str,
    pub confidence: u32,
    pub quotes: Vec<String>,
}

pub struct Highlighted {
    pub segments: Vec<Segment>,
    pub findings: Vec<FindingView>,
    pub risk_level: &'static str,
    pub risk_reasons: Vec<String>,
}

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new)
}

/// What the engine finds in `text`.
pub fn analyse(text: &str) -> sightline_text::Analysis<'_> {
    analyzer().analyze(text)
}

/// Analyses `text` and splits it into plain and marked segments (offsets are in chars).
pub fn highlight(text: &str) -> Highlighted {
    let a = analyzer().analyze(text);
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut findings = Vec::new();
    let groups = [
        ("indicator", "Indicator", INDICATOR_CODES, &a.indicators),
        ("sign", "Sign", SIGN_CODES, &a.signs),
    ];
    for (kind, group, list, found) in groups {
        for f in found.iter() {
            let label = label_of(list, f.code);
            spans.extend(f.evidence.iter().map(|e| (e.start, e.end, label)));
            findings.push(FindingView {
                kind,
                code: f.code,
                group,
                label,
                confidence: (f.confidence * 100.0).round() as u32,
                quotes: f.evidence.iter().map(|e| e.text.to_string()).collect(),
            });
        }
    }
    for t in &a.exploitation {
        let label = label_of(EXPLOITATION_TYPES, t.kind);
        spans.extend(t.evidence.iter().map(|e| (e.start, e.end, label)));
        findings.push(FindingView {
            kind: "exploitation",
            code: t.kind,
            group: "Exploitation type",
            label,
            confidence: (t.confidence * 100.0).round() as u32,
            quotes: t.evidence.iter().map(|e| e.text.to_string()).collect(),
        });
    }
    Highlighted {
        segments: segments(text, &spans),
        findings,
        risk_level: a.risk.level.as_str(),
        risk_reasons: a.risk.reasons,
    }
}

/// Cuts the text at every span boundary; each piece lists the spans that cover it.
fn segments(text: &str, spans: &[(usize, usize, &'static str)]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    for (s, e, _) in spans {
        cuts.push((*s).min(chars.len()));
        cuts.push((*e).min(chars.len()));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for w in cuts.windows(2) {
        let (s, e) = (w[0], w[1]);
        let mut labels: Vec<&str> = spans
            .iter()
            .filter(|(a, b, _)| *a <= s && e <= *b)
            .map(|(_, _, l)| *l)
            .collect();
        labels.dedup();
        let labels = labels.join("; ");
        let piece: String = chars[s..e].iter().collect();
        match out.last_mut() {
            Some(last) if last.labels == labels => last.text.push_str(&piece),
            _ => out.push(Segment {
                text: piece,
                labels,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cover_the_text_exactly_and_mark_overlaps() {
        let text = "Zoë said the boss keeps our passports.";
        let spans = [(13, 37, "Retention"), (18, 37, "Other")];
        let segs = segments(text, &spans);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text);
        assert_eq!(segs[0].labels, "");
        assert_eq!(segs[1].text, "boss ");
        assert_eq!(segs[2].labels, "Retention; Other");
        assert_eq!(
            segments("", &[])
                .iter()
                .map(|s| s.text.len())
                .sum::<usize>(),
            0
        );
    }

    #[test]
    fn a_narrative_with_signs_is_marked() {
        let h = highlight("The supervisor holds their passports and they sleep at the car wash.");
        assert!(
            h.segments.iter().any(|s| !s.labels.is_empty()),
            "something is marked"
        );
        assert!(!h.findings.is_empty());
    }
}
