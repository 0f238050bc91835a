#!/usr/bin/env python3
"""Blind evaluation set fresh222: a month's intake in the Home Counties and outer London."""
import json, os, sys
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

import fresh222_part1, fresh222_part2, fresh222_part3, fresh222_part4, fresh222_part5, fresh222_part6, fresh222_part7, fresh222_part8
for m in (fresh222_part1, fresh222_part2, fresh222_part3, fresh222_part4, fresh222_part5, fresh222_part6, fresh222_part7, fresh222_part8):
    m.add(T)

out, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    for c in ind: assert c in IND, (i, c)
    for c in sig: assert c in SIG, (i, c)
    for c in typ: assert c in TYP, (i, c)
    assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
    assert text not in seen, ("duplicate", i)
    seen.add(text)
    out.append({"id": "f222-%03d" % i, "text": text,
                "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
ids = [o["id"] for o in out]
assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "fresh222.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    print("texts", len(out))
    for key in ("indicators", "signs", "exploitation", "risk"):
        c = Counter(x for o in out for x in (o[key] if key != "risk" else [o[key]]))
        print(key, dict(sorted(c.items(), key=lambda kv: -kv[1])))
    print("no exploitation (no ind/type):", sum(1 for o in out if not o["indicators"] and not o["exploitation"]))
    print("no labels at all:", sum(1 for o in out if not o["indicators"] and not o["exploitation"] and not o["signs"]))
    w = [len(o["text"].split()) for o in out]
    print("len<=30:", sum(x <= 30 for x in w), "31-120:", sum(30 < x <= 120 for x in w), ">120:", sum(x > 120 for x in w))
