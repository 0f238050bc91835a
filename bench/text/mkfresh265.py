#!/usr/bin/env python3
"""fresh265: blind, hand-labelled evaluation texts (household and family emphasis).
Writes fresh265.jsonl next to this script. Standard library only."""
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
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh265_part1, fresh265_part2, fresh265_part3, fresh265_part4, fresh265_part5, fresh265_part6, fresh265_part7
for m in (fresh265_part1, fresh265_part2, fresh265_part3, fresh265_part4, fresh265_part5, fresh265_part6, fresh265_part7):
    m.add(T)

def main():
    rows, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        assert text not in seen, ("duplicate text", i)
        seen.add(text)
        rows.append({"id": "f265-%03d" % i, "text": text,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh265.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        if not r["indicators"] and not r["exploitation"]:
            none += 1
    print("texts", len(rows))
    for name, c, keys in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print(name, {v: c[v] for v in keys.values()})
    print("risk", dict(cr)); print("no exploitation (no indicator, no type)", none)
    w = Counter(len(r["text"].split()) // 40 for r in rows)
    print("word bands (0=<40,1-2=40-119,3+=120+)", sorted(w.items()))

if __name__ == "__main__":
    main()
