#!/usr/bin/env python3
"""Blind evaluation set fresh218: modern slavery texts, heavy on very short one-liners."""
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
import fresh218_part1, fresh218_part2, fresh218_part3, fresh218_part4, fresh218_part5
for m in (fresh218_part1, fresh218_part2, fresh218_part3, fresh218_part4, fresh218_part5):
    m.add(T)
out, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    for c in ind: assert c in IND, (i, c)
    for c in sig: assert c in SIG, (i, c)
    for c in typ: assert c in TYP, (i, c)
    assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
    assert text not in seen, text
    seen.add(text)
    r = risk_of(ind, typ, risk)
    assert r in ("immediate", "high", "medium", "low")
    out.append({"id": "f218-%03d" % i, "text": text, "indicators": [IND[c] for c in ind],
                "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ], "risk": r})
assert len({o["id"] for o in out}) == len(out)
with open(os.path.join(HERE, "fresh218.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    from collections import Counter
    ci, cs, ct = Counter(), Counter(), Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"])
    print(len(out), "texts; none:", sum(1 for o in out if not (o["indicators"] or o["signs"] or o["exploitation"])),
          "; no exploitation type/indicator:", sum(1 for o in out if not (o["indicators"] or o["exploitation"])))
    for k in IND.values(): print(" ", k, ci[k])
    for k in SIG.values(): print(" ", k, cs[k])
    for k in TYP.values(): print(" ", k, ct[k])
    print(" risk", Counter(o["risk"] for o in out))
    wc = [len(o["text"].split()) for o in out]
    print(" words <=30:", sum(w <= 30 for w in wc), "31-120:", sum(30 < w <= 120 for w in wc), ">120:", sum(w > 120 for w in wc))
