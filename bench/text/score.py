#!/usr/bin/env python3
"""Score `sightline indicators` output against a labelled JSON Lines set.

usage: score.py GOLD.jsonl PRED.jsonl [--errors]

Prints micro precision / recall / F1 per code and overall for indicators,
exploitation types and signs, plus risk-level accuracy. With --errors, lists
each text's false positives and false negatives (for error analysis).
"""
import json
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(name, gold, pred, key_gold, key_pred):
    codes = sorted({c for g in gold for c in g[key_gold]} | {c for p in pred for c in p})
    tot = [0, 0, 0]
    rows = []
    for c in codes:
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            gi, pi = c in g[key_gold], c in p
            tp += gi and pi
            fp += pi and not gi
            fn += gi and not pi
        tot[0] += tp
        tot[1] += fp
        tot[2] += fn
        rows.append((c, tp, fp, fn, *prf(tp, fp, fn)))
    print(f"\n{name}")
    print(f"  {'code':32} {'tp':>4} {'fp':>4} {'fn':>4}   {'P':>5} {'R':>5} {'F1':>5}")
    for c, tp, fp, fn, p, r, f in rows:
        print(f"  {c:32} {tp:4d} {fp:4d} {fn:4d}   {p:5.2f} {r:5.2f} {f:5.2f}")
    p, r, f = prf(*tot)
    print(f"  {'MICRO':32} {tot[0]:4d} {tot[1]:4d} {tot[2]:4d}   {p:5.2f} {r:5.2f} {f:5.2f}")
    return p, r, f


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    gold, pred = load(args[0]), load(args[1])
    if len(gold) != len(pred):
        sys.exit(f"length mismatch: {len(gold)} gold vs {len(pred)} predicted")
    for g, p in zip(gold, pred):
        if g["id"] != p["id"]:
            sys.exit(f"id mismatch: {g['id']} vs {p['id']}")
    pi = [[f["code"] for f in p["indicators"]] for p in pred]
    pt = [[f["type"] for f in p["exploitation"]] for p in pred]
    ps = [[f["code"] for f in p["signs"]] for p in pred]
    print(f"{args[0]}: {len(gold)} texts")
    res = {
        "indicators": table("INDICATORS", gold, pi, "indicators", None),
        "exploitation": table("EXPLOITATION TYPES", gold, pt, "exploitation", None),
        "signs": table("SIGNS", gold, ps, "signs", None),
    }
    ok = sum(g["risk"] == p["risk"]["level"] for g, p in zip(gold, pred))
    print(f"\nRISK accuracy: {ok}/{len(gold)} = {ok / len(gold):.2f}")
    order = ["immediate", "high", "medium", "low"]
    print("  confusion (rows gold, cols predicted): " + " ".join(f"{o[:4]:>5}" for o in order))
    for go in order:
        row = [sum(1 for g, p in zip(gold, pred) if g["risk"] == go and p["risk"]["level"] == po) for po in order]
        print(f"  {go:>38} " + " ".join(f"{x:5d}" for x in row))
    print("\nSUMMARY (micro P / R / F1)")
    for k, (p, r, f) in res.items():
        print(f"  {k:13} {p:.3f} / {r:.3f} / {f:.3f}")
    if "--errors" in sys.argv:
        print("\nERRORS")
        for g, p, a, b, c in zip(gold, pred, pi, pt, ps):
            fp = sorted(set(a) - set(g["indicators"])) + sorted(set(b) - set(g["exploitation"]))
            fn = sorted(set(g["indicators"]) - set(a)) + sorted(set(g["exploitation"]) - set(b))
            sfp = sorted(set(c) - set(g["signs"]))
            sfn = sorted(set(g["signs"]) - set(c))
            if fp or fn or ("--signs" in sys.argv and (sfp or sfn)):
                print(f"- {g['id']}: FP={fp} FN={fn}" + (f" sFP={sfp} sFN={sfn}" if "--signs" in sys.argv else ""))
                print(f"    {g['text'][:300]}")


if __name__ == "__main__":
    main()
