#!/usr/bin/env python3
"""fresh193: a blind evaluation set of texts about modern slavery in the West Midlands.

A month's intake across Birmingham, Coventry, Wolverhampton, Walsall, the Black Country
and West Mercia's farms: textile and food factories, car washes, care homes, county lines,
brothels, domestic servitude, forced-marriage look-alikes, a few organ-harvesting cases,
and about a third with no exploitation. Writes fresh193.jsonl next to this script.
"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(PA="physical_appearance", IS="isolated", PLC="poor_living_conditions", OA="overcrowded_accommodation",
           SW="sleeps_at_workplace", FPE="few_personal_effects", RMS="restricted_movement",
           CE="collected_early_dropped_late", FA="fear_of_authorities", UF="upfront_fees", DT="documents_taken",
           ET="escorted_transport", CT="charged_transport", LH="long_hours", PPE="ppe_charges",
           NCW="no_control_of_wages", SFW="speaks_for_workers", MBC="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


import fresh193_part1, fresh193_part2, fresh193_part3, fresh193_part4, fresh193_part5, fresh193_part6, fresh193_part7, fresh193_part8  # noqa: E402

for part in (fresh193_part1, fresh193_part2, fresh193_part3, fresh193_part4, fresh193_part5, fresh193_part6, fresh193_part7, fresh193_part8):
    part.add(T)

# checks
seen = set()
for text, ind, sig, typ, risk in E:
    for c in ind:
        assert c in IND, (c, text[:60])
    for c in sig:
        assert c in SIG, (c, text[:60])
    for c in typ:
        assert c in TYP, (c, text[:60])
    assert risk in (None, "immediate", "high", "medium", "low"), risk
    assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), text[:60]
    key = " ".join(text.split()).lower()
    assert key not in seen, ("duplicate text", text[:60])
    seen.add(key)
assert 300 <= len(E) <= 320, len(E)

rows = []
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    rows.append({"id": "f193-%03d" % i, "text": text,
                 "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                 "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids))

with open(os.path.join(HERE, "fresh193.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    lens = Counter()
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        if not (r["indicators"] or r["signs"] or r["exploitation"]):
            none += 1
        n = len(r["text"].split())
        lens["short<40" if n < 40 else "mid40-120" if n <= 120 else "long>120"] += 1
    print("texts", len(rows), "with no labels", none,
          "no exploitation type", sum(1 for r in rows if not r["exploitation"]))
    for name, c in (("indicators", ci), ("signs", cs), ("types", ct), ("risk", cr), ("length", lens)):
        print(name)
        for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
            print("  %-32s %d" % (k, v))
