//! The second stages: small neural networks over the learned layer's own
//! output, one for the exploitation types and one for the indicators.
//!
//! The learned layer scores each label on its own, from the words and the
//! rules. Whether a text describes exploitation at all, and of which type,
//! depends on the whole picture: which indicators are likely, how sure the
//! model is of each type, what the rules found, how long the text is; and
//! so, to a lesser degree, does each indicator. A second stage reads exactly
//! that (the 30 first-stage logits, the rules' 16 core findings,
//! ln(1 + words), counting the words of distinct sentences only
//! ([`distinct_words`]) and at most [`MAX_WORDS`]) and gives each label it
//! decides a new logit through one hidden layer (ReLU). Out of fold each
//! lifted its labels' cross-set F1 (see `bench/text/README.md`, "Second
//! stage"); a few thousand multiply-adds a text. Both stages read the first
//! stage's logits (the features are computed once), never each other's.
//!
//! Trained by `bench/text/stack.py` on the trainer's out-of-fold
//! probabilities (`train --dump-oof`), so they learn how the first stage
//! behaves on authors it has not seen; embedded as `model/stack.bin` (types)
//! and `model/stack_ind.bin` (indicators). Pure and deterministic.

use crate::learned::{Sentences, CORE, LABELS};

/// Feature count: the first-stage logits, the rules' core findings, words.
pub const FEATURES: usize = LABELS + CORE + 1;
/// The first label the types' second stage decides.
pub const FIRST: usize = 11;
const MAGIC: &[u8; 4] = b"SLS3";
/// Most hidden units read.
const MAX_HIDDEN: usize = 64;
/// The length feature's cap, in words (`stack.py --max-words`): a longer
/// text reads as this long, so no stage extrapolates beyond the lengths it
/// was trained on.
pub const MAX_WORDS: u32 = 300;
/// The widths of the shipped networks (the types' 16 units, the
/// indicators' 32), evaluated on fast paths.
const SHIPPED_TYPES_HIDDEN: usize = 16;
const SHIPPED_IND_HIDDEN: usize = 32;

/// A first-stage logit as a second-stage feature: clamped to the range of
/// probabilities 1e-4 .. 1 - 1e-4, as the trainer dumps them.
pub fn clamp_logit(x: f32) -> f32 {
    x.clamp(-9.2103, 9.2103)
}

/// The second stage: per decided label its thresholds, and the network.
#[derive(Clone, Debug, PartialEq)]
pub struct Stack {
    /// (label, threshold, rule threshold) per output: the label is asserted
    /// at p >= threshold, or when the rules found it at p >= rule threshold.
    labels: Vec<(usize, f32, f32)>,
    hidden: usize,
    /// Input weights, feature by feature (`w1[f * hidden + j]`), with the
    /// inputs' standardisation folded in.
    w1: Vec<f32>,
    b1: Vec<f32>,
    /// Output weights, unit by unit (`w2[j * outputs + k]`).
    w2: Vec<f32>,
    b2: Vec<f32>,
}

impl Stack {
    /// The labels it decides, each with its (threshold, rule threshold).
    pub fn labels(&self) -> impl Iterator<Item = (usize, f32, f32)> + '_ {
        self.labels.iter().copied()
    }

    /// Replaces the decided labels' logits in `logit`, given the features.
    pub fn apply(&self, x: &[f32; FEATURES], logit: &mut [f32; LABELS]) {
        let nh = self.hidden;
        let mut h = [0f32; MAX_HIDDEN];
        let h = &mut h[..nh];
        // The shipped widths, with loops of fixed length (vector
        // instructions); the same sums in the same order as below.
        if nh == SHIPPED_TYPES_HIDDEN {
            h.copy_from_slice(&self.hidden_fixed::<SHIPPED_TYPES_HIDDEN>(x));
        } else if nh == SHIPPED_IND_HIDDEN {
            h.copy_from_slice(&self.hidden_fixed::<SHIPPED_IND_HIDDEN>(x));
        } else {
            h.copy_from_slice(&self.b1);
            for (xf, w) in x.iter().zip(self.w1.chunks_exact(nh)) {
                if *xf == 0.0 {
                    continue;
                }
                for (hj, wj) in h.iter_mut().zip(w) {
                    *hj += xf * wj;
                }
            }
        }
        let k = self.labels.len();
        let mut out = [0f32; CORE];
        let out = &mut out[..k];
        out.copy_from_slice(&self.b2);
        for (hj, w) in h.iter().zip(self.w2.chunks_exact(k)) {
            let a = hj.max(0.0);
            for (o, wk) in out.iter_mut().zip(w) {
                *o += a * wk;
            }
        }
        for (&(l, _, _), &o) in self.labels.iter().zip(out.iter()) {
            logit[l] = o;
        }
    }

    /// The hidden layer's sums (before the ReLU) for exactly `N` units.
    fn hidden_fixed<const N: usize>(&self, x: &[f32; FEATURES]) -> [f32; N] {
        let mut h: [f32; N] = self.b1[..N].try_into().expect("N units");
        for (&xf, w) in x.iter().zip(self.w1.chunks_exact(N)) {
            if xf == 0.0 {
                // Most of the rules' findings are 0: a row that adds nothing.
                continue;
            }
            let w: &[f32; N] = w.try_into().expect("N weights");
            for j in 0..N {
                h[j] += xf * w[j];
            }
        }
        h
    }

    /// The features of one text.
    pub fn features(logit: &[f32; LABELS], rules: &[bool; CORE], words: u32) -> [f32; FEATURES] {
        let mut x = [0f32; FEATURES];
        for l in 0..LABELS {
            x[l] = clamp_logit(logit[l]);
        }
        for l in 0..CORE {
            x[LABELS + l] = rules[l] as u8 as f32;
        }
        x[LABELS + CORE] = (1.0 + words.min(MAX_WORDS) as f32).ln();
        x
    }

    /// Reads the format written by `bench/text/stack.py`, all little-endian:
    /// magic, feature count, output count, hidden units; per output its
    /// label, threshold and rule threshold; then the input weights, hidden
    /// biases, output weights and output biases (f32). Checks every index
    /// and the length, so a damaged file is refused.
    pub fn decode(b: &[u8]) -> Option<Stack> {
        let mut at = 0usize;
        let mut take = |n: usize| -> Option<&[u8]> {
            let s = b.get(at..at.checked_add(n)?)?;
            at += n;
            Some(s)
        };
        if take(4)? != MAGIC {
            return None;
        }
        let u32_ = |s: &[u8]| u32::from_le_bytes(s.try_into().unwrap()) as usize;
        let f32_ = |s: &[u8]| f32::from_le_bytes(s.try_into().unwrap());
        let f32s = |s: &[u8]| -> Vec<f32> { s.chunks_exact(4).map(f32_).collect() };
        if u32_(take(4)?) != FEATURES {
            return None;
        }
        let k = u32_(take(4)?);
        let nh = u32_(take(4)?);
        if !(1..=CORE).contains(&k) || !(1..=MAX_HIDDEN).contains(&nh) {
            return None;
        }
        let mut labels = Vec::with_capacity(k);
        for _ in 0..k {
            let l = u32_(take(4)?);
            if l >= LABELS || labels.iter().any(|&(m, _, _)| m == l) {
                return None;
            }
            labels.push((l, f32_(take(4)?), f32_(take(4)?)));
        }
        let w1 = f32s(take(4 * FEATURES * nh)?);
        let b1 = f32s(take(4 * nh)?);
        let w2 = f32s(take(4 * nh * k)?);
        let b2 = f32s(take(4 * k)?);
        (at == b.len()).then_some(Stack {
            labels,
            hidden: nh,
            w1,
            b1,
            w2,
            b2,
        })
    }
}

/// The words of a text's distinct sentences: the second stages' length.
/// A sentence repeated word for word (a paragraph pasted twice, a template
/// line) counts once, so repetition does not make a text read as longer
/// than what it says. `scratch` is reused between calls.
pub fn distinct_words(text: &str, sents: &Sentences, scratch: &mut Vec<(u32, u32, u32)>) -> u32 {
    let bytes = text.as_bytes();
    // (byte length, start byte, words): sorted by length, then by the text
    // itself, so that equal sentences are adjacent; most sentences differ in
    // length, and their bytes are then never compared.
    let body = |e: &(u32, u32, u32)| -> &[u8] {
        bytes
            .get(e.1 as usize..(e.1 as usize).saturating_add(e.0 as usize))
            .unwrap_or_default()
    };
    scratch.clear();
    scratch.extend(
        sents
            .spans
            .iter()
            .map(|&(_, _, bs, be, w)| (be.saturating_sub(bs), bs, w)),
    );
    scratch.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| body(x).cmp(body(y))));
    scratch.dedup_by(|x, y| x.0 == y.0 && body(x) == body(y));
    scratch.iter().map(|e| e.2).sum()
}

/// The embedded second stages that decode (types, then indicators). A stage
/// whose file is empty or damaged is left out, so the first stage decides
/// its labels; no two stages decide the same label.
pub fn stacks() -> &'static [Stack] {
    static S: std::sync::OnceLock<Vec<Stack>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let files: [&[u8]; 2] = [
            include_bytes!("../model/stack.bin"),
            include_bytes!("../model/stack_ind.bin"),
        ];
        let mut out: Vec<Stack> = Vec::new();
        for b in files {
            let s = Stack::decode(b);
            debug_assert!(s.is_some(), "an embedded second stage does not decode");
            if let Some(s) = s {
                let taken = |l: usize| out.iter().any(|o| o.labels().any(|(m, _, _)| m == l));
                if s.labels().all(|(l, _, _)| !taken(l)) {
                    out.push(s);
                }
            }
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One output (label FIRST), `b1.len()` hidden units.
    fn enc(w1: &[f32], b1: &[f32], w2: &[f32], b2: f32) -> Vec<u8> {
        let mut b = MAGIC.to_vec();
        for v in [FEATURES as u32, 1, b1.len() as u32, FIRST as u32] {
            b.extend(v.to_le_bytes());
        }
        b.extend(0.5f32.to_le_bytes());
        b.extend(0.3f32.to_le_bytes());
        for v in w1.iter().chain(b1).chain(w2).chain(&[b2]) {
            b.extend(v.to_le_bytes());
        }
        b
    }

    #[test]
    fn the_network_is_evaluated() {
        // h0 = relu(x0 - 1), h1 = relu(2 x46 + 0.5); logit = 3 h0 - h1 + 0.25.
        let mut w1 = vec![0f32; FEATURES * 2];
        w1[0] = 1.0;
        w1[46 * 2 + 1] = 2.0;
        let s = Stack::decode(&enc(&w1, &[-1.0, 0.5], &[3.0, -1.0], 0.25)).expect("decodes");
        let mut lg = [7f32; LABELS];
        let mut x = [0f32; FEATURES];
        s.apply(&x, &mut lg);
        assert_eq!(lg[FIRST], -0.5 + 0.25);
        assert_eq!(lg[FIRST + 1], 7.0, "other labels are left alone");
        x[0] = 3.0;
        x[46] = -1.0;
        s.apply(&x, &mut lg);
        assert_eq!(lg[FIRST], 6.0 + 0.25);
        assert_eq!(s.labels().collect::<Vec<_>>(), vec![(FIRST, 0.5, 0.3)]);
    }

    #[test]
    fn the_fast_widths_match_the_general_loop() {
        // The shipped widths (16, 32) run on fixed-length loops; a width of
        // 17 runs on the general one. All must give the sums written out.
        for nh in [SHIPPED_TYPES_HIDDEN, SHIPPED_IND_HIDDEN, 17] {
            let val = |i: usize| ((i * 37 % 101) as f32 - 50.0) / 64.0;
            let w1: Vec<f32> = (0..FEATURES * nh).map(val).collect();
            let b1: Vec<f32> = (0..nh).map(|j| val(j + 7)).collect();
            let w2: Vec<f32> = (0..nh).map(|j| val(j + 13)).collect();
            let s = Stack::decode(&enc(&w1, &b1, &w2, 0.125)).expect("decodes");
            let x: [f32; FEATURES] = std::array::from_fn(|f| val(f + 3) * 2.0);
            let mut want = 0.125f32;
            for j in 0..nh {
                let mut h = b1[j];
                for f in 0..FEATURES {
                    h += x[f] * w1[f * nh + j];
                }
                want += h.max(0.0) * w2[j];
            }
            let mut lg = [0f32; LABELS];
            s.apply(&x, &mut lg);
            assert_eq!(lg[FIRST], want, "{nh} units");
        }
    }

    #[test]
    fn a_damaged_file_is_refused() {
        let good = enc(&vec![0f32; FEATURES * 2], &[0.0; 2], &[0.0; 2], 0.0);
        assert!(Stack::decode(&good).is_some());
        assert!(Stack::decode(&good[..good.len() - 1]).is_none());
        let mut long = good.clone();
        long.push(0);
        assert!(Stack::decode(&long).is_none());
        let mut far = good.clone();
        far[16..20].copy_from_slice(&99u32.to_le_bytes());
        assert!(Stack::decode(&far).is_none(), "a label out of range");
    }

    #[test]
    fn features_are_clamped_logits_rules_and_words() {
        let mut lg = [0f32; LABELS];
        lg[0] = 50.0;
        lg[1] = f32::NEG_INFINITY;
        let mut r = [false; CORE];
        r[3] = true;
        let x = Stack::features(&lg, &r, 9);
        assert_eq!(x[0], 9.2103);
        assert_eq!(x[1], -9.2103);
        assert_eq!(x[LABELS + 3], 1.0);
        assert_eq!(x[LABELS + CORE], 10f32.ln());
        let long = Stack::features(&lg, &r, 5_000);
        assert_eq!(long[LABELS + CORE], (1.0 + MAX_WORDS as f32).ln(), "capped");
    }

    #[test]
    fn repeated_sentences_count_once_in_the_length() {
        let az = crate::Analyzer::new();
        let (mut f, mut s, mut sc) = (Vec::new(), Sentences::default(), Vec::new());
        let one = "The van collects them at five. They work until dark.";
        az.text_features(one, &mut f, &mut s);
        let w1 = distinct_words(one, &s, &mut sc);
        assert_eq!(w1, s.spans.iter().map(|x| x.4).sum::<u32>());
        assert!(w1 >= 8, "{w1}");
        let three = format!("{one} {one}\n\n{one}");
        az.text_features(&three, &mut f, &mut s);
        assert_eq!(
            distinct_words(&three, &s, &mut sc),
            w1,
            "a paste counts once"
        );
        let more = format!("{one} They are paid in cash.");
        az.text_features(&more, &mut f, &mut s);
        assert!(distinct_words(&more, &s, &mut sc) > w1);
    }

    #[test]
    fn the_embedded_stacks_decode() {
        let s = stacks();
        assert_eq!(s.len(), 2, "model/stack.bin and model/stack_ind.bin");
        let types: Vec<usize> = s[0].labels().map(|(l, _, _)| l).collect();
        let ind: Vec<usize> = s[1].labels().map(|(l, _, _)| l).collect();
        assert_eq!(types, (FIRST..CORE).collect::<Vec<_>>());
        assert_eq!(ind, (0..FIRST).collect::<Vec<_>>());
        assert!(s
            .iter()
            .flat_map(|s| s.labels())
            .all(|(_, t, r)| t > 0.0 && t < 1.0 && r <= t));
    }
}
