#!/usr/bin/env python3
"""Blind evaluation set fresh261: hand-written UK texts about modern slavery, labelled."""
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

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh261_part1, fresh261_part2, fresh261_part3
E = fresh261_part1.E + fresh261_part2.E + fresh261_part3.E

def main():
    out, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), n
        assert risk in (None, "immediate", "high", "medium", "low"), n
        t = " ".join(text.split())
        assert t not in seen, ("duplicate", n, t[:60])
        seen.add(t)
        out.append({"id": "f261-%03d" % n, "text": t, "indicators": [IND[c] for c in ind],
                    "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ],
                    "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh261.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]: none += 1
    print(len(out), "texts;", none, "with no indicator or type")
    for name, c, allc in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print(name + ":", ", ".join("%s %d" % (v, c[v]) for v in allc.values()))
    print("risk:", dict(cr))
    w = Counter()
    for o in out:
        n = len(o["text"].split()); w["<40" if n < 40 else "40-120" if n <= 120 else ">120"] += 1
    print("lengths:", dict(w))

if __name__ == "__main__":
    main()
