#!/usr/bin/env python3
"""Blind evaluation set fresh277: medium-length texts from officers, call handlers, partners,
victims and the public; many benign, negated or hypothetical entries."""
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
import fresh277_part1, fresh277_part2, fresh277_part3, fresh277_part4
for m in (fresh277_part1, fresh277_part2, fresh277_part3, fresh277_part4):
    m.add(T)
seen = set()
out = []
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    assert all(c in IND for c in ind), (i, ind)
    assert all(c in SIG for c in sig), (i, sig)
    assert all(c in TYP for c in typ), (i, typ)
    assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
    assert text not in seen, text
    seen.add(text)
    r = risk_of(ind, typ, risk)
    assert r in ("immediate", "high", "medium", "low")
    out.append({"id": "f277-%03d" % i, "text": text, "indicators": [IND[c] for c in ind],
                "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ], "risk": r})
ids = [o["id"] for o in out]
assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "fresh277.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    from collections import Counter
    c = Counter()
    for o in out:
        for k in ("indicators", "signs", "exploitation"):
            for v in o[k]: c[v] += 1
        c["risk:" + o["risk"]] += 1
        if not (o["indicators"] or o["signs"] or o["exploitation"]): c["NONE"] += 1
    print(len(out), "texts")
    for k, v in sorted(c.items(), key=lambda x: -x[1]): print(v, k)
