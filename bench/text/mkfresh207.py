#!/usr/bin/env python3
"""Write fresh207.jsonl: a blind, hand-labelled evaluation set (South West intake)."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fresh207_part1, fresh207_part2, fresh207_part3, fresh207_part4

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(PA="physical_appearance", IS="isolated", PLC="poor_living_conditions", OA="overcrowded_accommodation",
           SW="sleeps_at_workplace", FPE="few_personal_effects", RMS="restricted_movement",
           CE="collected_early_dropped_late", FA="fear_of_authorities", UF="upfront_fees", DT="documents_taken",
           ET="escorted_transport", CT="charged_transport", LH="long_hours", PPE="ppe_charges",
           NCW="no_control_of_wages", SFW="speaks_for_workers", MBC="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

E = fresh207_part1.E + fresh207_part2.E + fresh207_part3.E + fresh207_part4.E

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        out.append({"id": "f207-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh207.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
    print("texts", len(out))
    print("no labels at all", sum(1 for o in out if not (o["indicators"] or o["signs"] or o["exploitation"])))
    print("no exploitation type", sum(1 for o in out if not o["exploitation"]))
    for name, c, keys in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()), ("types", ct, TYP.values())):
        print(name)
        for k in keys: print("  %-32s %d" % (k, c[k]))
    print("risk", dict(cr))
    w = [len(o["text"].split()) for o in out]
    print("length <=35 words: %d, 36-120: %d, >120: %d" % (sum(x <= 35 for x in w), sum(35 < x <= 120 for x in w), sum(x > 120 for x in w)))

if __name__ == "__main__":
    main()
