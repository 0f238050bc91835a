#!/usr/bin/env python3
"""Train a second stage (crates/sightline-text/src/stack.rs): for the
exploitation types (model/stack.bin) or for the indicators (model/stack_ind.bin).

Input: the trainer's out-of-fold dump of the shipped first stage
    cargo run --release -p sightline-text --example train -- --config=... --dump-oof=/tmp/oof.jsonl
Output: crates/sightline-text/model/stack.bin with `--labels types` (the
default), model/stack_ind.bin with `--labels indicators` (or --out PATH), and
a report: the decided labels' cross-set F1 (each blind set scored with
thresholds chosen on the others) of the first stage alone and with the second
stage, both out of fold. Both stages read the same features of the first
stage; the engine runs both.

Features per text (as stack.rs computes them): the 30 first-stage logits
(clamped to +-9.2103), the rules' 16 core findings (0/1), ln(1 + words): the
words of the text's distinct sentences (stack::distinct_words, the dump's
`words`), capped at --max-words (stack.rs: MAX_WORDS).
Each shipped second stage is a network with one hidden layer of ReLU units for
its labels at once (scikit-learn's MLPClassifier, fixed seed; `--mlp N`): 16
units for the types, 32 for the indicators (at 227 sets 32 units lifted the
indicators out of fold from 0.8572 to 0.8588; the types stayed at 0.921).
`--mlp 0 --cv-only` scores boosted trees per type instead
(HistGradientBoostingClassifier, no early stopping), for comparison only: they
scored a little higher out of fold but cost too much per text, so nothing
exports them and the engine does not read them. Only the blind sets (full labels, written
blind to the rules) train it, as they train the first stage's rule weights.
This is tooling (Python, scikit-learn); the product only reads the file.
"""
import argparse, json, struct, sys
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.neural_network import MLPClassifier

LABELS, CORE, IND = 30, 16, 11
FEATURES = LABELS + CORE + 1
LEAF = 0xFFFF

ap = argparse.ArgumentParser()
ap.add_argument("dump")
ap.add_argument("--out", help="default: model/stack.bin (types), model/stack_ind.bin (indicators)")
ap.add_argument("--trees", type=int, default=30)
ap.add_argument("--rate", type=float, default=0.2)
ap.add_argument("--leaves", type=int, default=32)
ap.add_argument("--depth", type=int, default=5)
ap.add_argument("--min-leaf", type=int, default=20)
ap.add_argument("--cv-only", action="store_true")
ap.add_argument("--mlp", type=int, default=None, help="hidden units (default 16 for the types, 32 for the indicators; 0: boosted trees, compared in the README, not read by the engine)")
ap.add_argument("--alpha", type=float, default=1e-3)
ap.add_argument("--probe-weight", type=int, default=None,
                help="copies of each paraphrase probe in the fit (default 8 for the types, 12 for the indicators: at 189 sets 8 left a probe of tests/probes.rs below its rule threshold)")
ap.add_argument("--max-words", type=int, default=300, help="the length feature's cap (stack::MAX_WORDS in the engine)")
ap.add_argument("--labels", choices=["types", "core", "indicators"], default="types",
                help="what the stage decides: the five types, the eleven indicators and the five types (--cv-only), or the indicators")
a = ap.parse_args()
# The labels the second stage decides.
DECIDED = {"types": list(range(11, 16)), "core": list(range(CORE)), "indicators": list(range(IND))}[a.labels]
if a.labels == "core" and not a.cv_only:
    sys.exit("--labels core is a comparison (--cv-only): the engine runs a stage for the types and one for the indicators")
if a.mlp is None:
    a.mlp = 32 if a.labels == "indicators" else 16
if a.probe_weight is None:
    a.probe_weight = 12 if a.labels == "indicators" else 8
if a.out is None:
    a.out = "crates/sightline-text/model/" + {"types": "stack.bin", "indicators": "stack_ind.bin"}[a.labels]
if not a.mlp and not a.cv_only:
    sys.exit("--mlp 0 (trees) is for comparison with --cv-only: the engine reads only the network")

allrows = [json.loads(l) for l in open(a.dump)]
rows = [r for r in allrows if r["full"] and r["blind"]]
# The probes (one-line paraphrases, positive for one label) train the
# network too, each as --probe-weight examples (as in the trainer); they are
# not scored.
probes = [r for r in allrows if not r["full"] and any(r["mask"][l] == "1" for l in DECIDED)]
sets = sorted({r["set"] for r in rows})
LG = np.array([r["lg"] for r in rows], dtype=np.float32)
P = np.array([r["p"] for r in rows], dtype=np.float64)
Y = np.array([[c == "1" for c in r["y"]] for r in rows])
M = np.array([[c == "1" for c in r["mask"]] for r in rows])
R = np.array([[c == "1" for c in r["rules"]] for r in rows])
# Where the engine keeps the model alone from asserting a label (short texts,
# indicators the rules saw denied); dumps from before the field have none.
V = np.array([[c == "1" for c in r.get("veto", "0" * LABELS)] for r in rows])
S = np.array([r["set"] for r in rows])
F = np.array([r["fold"] for r in rows])
# Words capped as stack.rs caps them (MAX_WORDS), so that a long text is not
# read as longer than anything the stages were trained on.
W = np.minimum(np.array([r["words"] for r in rows], dtype=np.float32), a.max_words)
X = np.hstack([LG, R[:, :CORE].astype(np.float32), np.log1p(W)[:, None]]).astype(np.float32)
assert X.shape[1] == FEATURES
print(f"{len(rows)} texts from {len(sets)} blind sets, {FEATURES} features", file=sys.stderr)

# Candidate (threshold, rule threshold) pairs, in the trainer's order
# (`candidates` in examples/train.rs, thresholds 0.15..0.75).
CANDS = []
for t in range(15, 76, 5):
    t /= 100
    CANDS.append((t, t))
    CANDS += [(t, r) for r in [0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4] if r < t]

def f1(tp, fp, fn):
    d = 2 * tp + fp + fn
    return 1.0 if d == 0 else 2 * tp / d

def counts(prob, l, t, r, sel):
    pred = np.where(R[:, l], prob >= min(r, t), (prob >= t) & ~V[:, l])
    y = Y[:, l]
    return np.array([(pred & y & sel).sum(), (pred & ~y & sel).sum(), (~pred & y & sel).sum()])

def score(t, r, c):
    # As the trainer: on ties prefer thresholds near 0.5 and trusting the rules.
    return f1(*c) - 1e-4 * abs(t - 0.5) - 1e-5 * r

def choose(prob, l, sel):
    best = max(CANDS, key=lambda tr: (score(*tr, counts(prob, l, *tr, sel)), -CANDS.index(tr)))
    return best

def cross_set(probs, labels=None):
    """Pooled F1 of the decided labels, each blind set with thresholds chosen on the others."""
    tot = np.zeros(3, dtype=np.int64)
    for j, l in enumerate(DECIDED if labels is None else labels):
        per = {s: [counts(probs[:, j], l, t, r, (S == s) & M[:, l]) for (t, r) in CANDS] for s in sets}
        allc = [sum(per[s][c] for s in sets) for c in range(len(CANDS))]
        for s in sets:
            best, bc = -1, 0
            for c, (t, r) in enumerate(CANDS):
                sc = score(t, r, allc[c] - per[s][c])
                if sc > best:
                    best, bc = sc, c
            tot += per[s][bc]
    return f1(*tot)

def model():
    return HistGradientBoostingClassifier(
        max_iter=a.trees, learning_rate=a.rate, max_leaf_nodes=a.leaves, max_depth=a.depth,
        min_samples_leaf=a.min_leaf, early_stopping=False, random_state=0)

first = cross_set(P[:, DECIDED])
oof = np.zeros((len(rows), len(DECIDED)))
MU = X.mean(axis=0)
SD = X.std(axis=0) + 1e-6
Z = (X - MU) / SD
FULL = M[:, DECIDED].all(axis=1)
PX = np.array([r["lg"] + [c == "1" for c in r["rules"][:CORE]] + [np.log1p(min(r["words"], a.max_words))] for r in probes], dtype=np.float32)
PZ = (PX - MU) / SD
PY = np.array([[r["y"][l] == "1" and r["mask"][l] == "1" for l in DECIDED] for r in probes])
PF = np.array([r["fold"] for r in probes])

def with_probes(z, y, sel):
    w = a.probe_weight
    return np.vstack([z] + [PZ[sel]] * w), np.vstack([y] + [PY[sel]] * w)

def mlp():
    return MLPClassifier(hidden_layer_sizes=(a.mlp,), alpha=a.alpha, max_iter=300, random_state=1)

for k in sorted(set(F)):
    tr, te = F != k, F == k
    if a.mlp:
        m = tr & FULL
        oof[te] = mlp().fit(*with_probes(Z[m], Y[m][:, DECIDED], PF != k)).predict_proba(Z[te])
        continue
    for j, l in enumerate(DECIDED):
        m = tr & M[:, l]
        oof[te, j] = model().fit(X[m], Y[m, l]).predict_proba(X[te])[:, 1]
second = cross_set(oof)
print(f"{a.labels} cross-set F1 (out of fold): first stage {first:.4f}, with the second stage {second:.4f}")
if a.labels == "core":
    # The same, per group: indicators and types.
    for name, grp in (("indicators", list(range(IND))), ("types", list(range(IND, CORE)))):
        print(f"  {name}: first stage {cross_set(P[:, grp], grp):.4f}, with the second stage {cross_set(oof[:, grp], grp):.4f}")
if a.cv_only:
    sys.exit(0)

if a.mlp:
    # Standardisation folded into the first layer: h = relu(x W1' + b1'),
    # logit = h W2 + b2 (stack.rs).
    clf = mlp().fit(*with_probes(Z[FULL], Y[FULL][:, DECIDED], PF >= 0))
    miss = [r["id"] for r, p, y in zip(probes, clf.predict_proba(PZ), PY) if not all(
        p[j] >= choose(oof[:, j], l, M[:, l])[1] for j, l in enumerate(DECIDED) if y[j])]
    print(f"probes whose label the final network puts below its rule threshold (tests/probes.rs checks the engine): {miss}", file=sys.stderr)
    W1, W2 = clf.coefs_
    b1, b2 = clf.intercepts_
    W1f = (W1 / SD[:, None]).astype(np.float32)
    b1f = (b1 - (MU / SD) @ W1).astype(np.float32)
    out = bytearray(b"SLS3") + struct.pack("<III", FEATURES, len(DECIDED), a.mlp)
    for j, l in enumerate(DECIDED):
        t, r = choose(oof[:, j], l, M[:, l])
        out += struct.pack("<Iff", l, t, r)
        print(f"  {l}: threshold {t:.2f}, rule threshold {r:.2f}", file=sys.stderr)
    out += W1f.tobytes() + b1f.tobytes() + W2.astype(np.float32).tobytes() + b2.astype(np.float32).tobytes()
    # Check: the exported layers give scikit-learn's logits.
    h = np.maximum(X.astype(np.float32) @ W1f + b1f, 0)
    lg = h @ W2.astype(np.float32) + b2.astype(np.float32)
    want = clf.predict_proba(Z)
    err = np.abs(1 / (1 + np.exp(-lg)) - want).max()
    assert err < 1e-3, f"exported MLP differs from scikit-learn by {err}"
    open(a.out, "wb").write(out)
    print(f"wrote {a.out}: {len(out)} bytes (MLP, {a.mlp} hidden)")
    sys.exit(0)
