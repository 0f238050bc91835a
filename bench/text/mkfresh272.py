#!/usr/bin/env python3
"""Blind evaluation set fresh272: a month's intake at a Bristol/Severn intelligence unit
(Avon and Somerset, Gloucestershire, Gwent border towns). Writes fresh272.jsonl next to itself."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fresh272_part1, fresh272_part2, fresh272_part3, fresh272_part4, fresh272_part5, fresh272_part6, fresh272_part7, fresh272_part8, fresh272_part9

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
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

for m in (fresh272_part1, fresh272_part2, fresh272_part3, fresh272_part4, fresh272_part5, fresh272_part6, fresh272_part7, fresh272_part8, fresh272_part9):
    m.add(T)

rows, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    for c in ind: assert c in IND, (i, c)
    for c in sig: assert c in SIG, (i, c)
    for c in typ: assert c in TYP, (i, c)
    assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
    assert text not in seen, ("duplicate text", i); seen.add(text)
    r = risk_of(ind, typ, risk)
    assert r in ("immediate", "high", "medium", "low"), (i, r)
    rows.append({"id": "f272-%03d" % i, "text": text, "indicators": [IND[c] for c in ind],
                 "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ], "risk": r})
ids = [r["id"] for r in rows]
assert len(ids) == len(set(ids))
assert 300 <= len(rows) <= 320, len(rows)
with open(os.path.join(HERE, "fresh272.jsonl"), "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
    print("texts", len(rows))
    print("no labels at all", sum(1 for r in rows if not (r["indicators"] or r["signs"] or r["exploitation"])))
    print("no exploitation type", sum(1 for r in rows if not r["exploitation"]))
    for name, c in (("indicators", ci), ("signs", cs), ("types", ct), ("risk", cr)):
        print(name, dict(c.most_common()))
