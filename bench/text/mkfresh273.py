#!/usr/bin/env python3
"""Blind evaluation set fresh273: modern slavery texts, emphasis on debt and fees."""
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
    E.append((text, ind, sig, typ, risk))

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh273_part1, fresh273_part2, fresh273_part3, fresh273_part4
for m in (fresh273_part1, fresh273_part2, fresh273_part3, fresh273_part4):
    m.add(T)

out, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    for c in ind: assert c in IND, (i, c)
    for c in sig: assert c in SIG, (i, c)
    for c in typ: assert c in TYP, (i, c)
    assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
    t = " ".join(text.split())
    assert t not in seen, (i, t[:60]); seen.add(t)
    out.append({"id": "f273-%03d" % i, "text": t,
                "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "fresh273.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
from collections import Counter
c = Counter()
for o in out:
    for k in ("indicators", "signs", "exploitation"):
        for v in o[k]: c[v] += 1
    c["risk:" + o["risk"]] += 1
    if not o["indicators"] and not o["exploitation"]: c["(none)"] += 1
print(len(out), "texts")
for k in list(IND.values()) + list(SIG.values()) + list(TYP.values()) + ["risk:immediate", "risk:high", "risk:medium", "risk:low", "(none)"]:
    print("%-30s %d" % (k, c[k]))
