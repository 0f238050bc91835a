#!/usr/bin/env python3
"""fresh239: blind evaluation set (national digest / long intelligence entries). Stdlib only."""
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

import fresh239_part1, fresh239_part2, fresh239_part3, fresh239_part4
for m in (fresh239_part1, fresh239_part2, fresh239_part3, fresh239_part4):
    m.add(T)

def main():
    out, seen = [], set()
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        i, s, t = ind.split(), sig.split(), typ.split()
        for c in i: assert c in IND, (n, c)
        for c in s: assert c in SIG, (n, c)
        for c in t: assert c in TYP, (n, c)
        assert len(set(i)) == len(i) and len(set(s)) == len(s), n
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        assert text not in seen, ("dup", n)
        seen.add(text)
        r = risk_of(i, t, risk)
        assert r in ("immediate", "high", "medium", "low")
        rec = {"id": "f239-%03d" % n, "text": text, "indicators": [IND[c] for c in i],
               "signs": [SIG[c] for c in s], "exploitation": [TYP[c] for c in t], "risk": r}
        out.append(rec)
        ci.update(rec["indicators"]); cs.update(rec["signs"]); ct.update(rec["exploitation"]); cr[r] += 1
        if not i and not s and not t: none += 1
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh239.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("texts", len(out), "no labels", none)
    for name, c, keys in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print(name)
        for k in keys.values():
            print("  %-32s %d" % (k, c[k]))
    print("risk", dict(cr))

if __name__ == "__main__":
    main()
