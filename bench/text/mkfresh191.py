#!/usr/bin/env python3
"""fresh191: blind evaluation set, written by hand. Emphasis: reports from members of the
public (online report form, Crimestoppers, social media messages, 101 calls as taken down by
call handlers), many ordinary neighbour concerns with no exploitation. Writes fresh191.jsonl
next to this script."""
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
    E.append((text, ind, sig, typ, risk))

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh191_part1, fresh191_part2, fresh191_part3, fresh191_part4, fresh191_part5, fresh191_part6, fresh191_part7, fresh191_part8
for m in (fresh191_part1, fresh191_part2, fresh191_part3, fresh191_part4, fresh191_part5, fresh191_part6, fresh191_part7, fresh191_part8):
    m.add(T)

def main():
    out, seen = [], set()
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), n
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", n)
        seen.add(t)
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low"), n
        rec = {"id": "f191-%03d" % n, "text": t, "indicators": [IND[c] for c in ind],
               "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ], "risk": r}
        out.append(rec)
        ci.update(rec["indicators"]); cs.update(rec["signs"]); ct.update(rec["exploitation"]); cr[r] += 1
        if not ind and not sig and not typ: none += 1
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh191.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("texts", len(out), "with no labels", none)
    for name, c in (("indicators", ci), ("signs", cs), ("types", ct), ("risk", cr)):
        print(name)
        for k, v in sorted(c.items(), key=lambda kv: -kv[1]):
            print("  %-32s %d" % (k, v))
    words = Counter()
    for r in out:
        w = len(r["text"].split())
        words["short(<40)" if w < 40 else "mid(40-120)" if w <= 120 else "long(>120)"] += 1
    print("lengths", dict(words))

if __name__ == "__main__":
    main()
