#!/usr/bin/env python3
"""Write bench/text/fresh179.jsonl: a blind, hand-labelled set of texts about modern slavery
(health emphasis: GP, A&E, maternity, sexual health, dental, ambulance, mental health, organ
donation look-alikes). Standard library only. Texts live in fresh179_part*.py."""
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
RISKS = ("immediate", "high", "medium", "low")

E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh179_part1, fresh179_part2, fresh179_part3, fresh179_part4, fresh179_part5, fresh179_part6, fresh179_part7, fresh179_part8, fresh179_part9
for m in (fresh179_part1, fresh179_part2, fresh179_part3, fresh179_part4, fresh179_part5, fresh179_part6, fresh179_part7, fresh179_part8, fresh179_part9):
    m.load(T)

def main():
    rows, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split())
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (i, r)
        assert text not in seen, ("duplicate text", i, text[:60])
        seen.add(text)
        rows.append({"id": "f179-%03d" % i, "text": text,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh179.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        if not r["indicators"] and not r["exploitation"]: none += 1
    print("texts", len(rows), "no exploitation", none)
    for k in IND.values(): print("  ind  %-26s %d" % (k, ci[k]))
    for k in SIG.values(): print("  sign %-26s %d" % (k, cs[k]))
    for k in TYP.values(): print("  type %-26s %d" % (k, ct[k]))
    print("  risk", dict(cr))

if __name__ == "__main__":
    main()
