#!/usr/bin/env python3
"""Build fresh216.jsonl: blind evaluation set, emphasis on victim-care case notes."""
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
RISKS = {"immediate", "high", "medium", "low"}

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh216_part1, fresh216_part2, fresh216_part3, fresh216_part4, fresh216_part5, fresh216_part6, fresh216_part7, fresh216_part8
E = fresh216_part1.E + fresh216_part2.E + fresh216_part3.E + fresh216_part4.E + fresh216_part5.E + fresh216_part6.E + fresh216_part7.E + fresh216_part8.E

# Label corrections made on re-reading (global 1-based index: codes to add, codes to drop).
FIX = {
    32: "+RMS", 122: "+RMS", 227: "+RMS", 246: "+RMS", 292: "+RMS", 113: "+RMS", 203: "+RMS",
    209: "+RMS +IS", 212: "+RMS", 262: "+RMS -EO", 283: "+RMS", 290: "+RMS +IS", 300: "+RMS",
    308: "+RMS", 316: "+RMS", 214: "+LH", 68: "+EO", 180: "+ISO", 228: "+RM", 276: "+IS",
    296: "+IS", 241: "+NCW", 280: "+NCW", 302: "+NCW", 244: "+NCW",
}
def apply_fix(i, ind, sig, typ):
    for op in FIX.get(i, "").split():
        code, add = op[1:], op[0] == "+"
        lst = ind if code in IND else sig if code in SIG else typ
        if add and code not in lst: lst.append(code)
        if not add and code in lst: lst.remove(code)
    return ind, sig, typ

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = apply_fix(i, ind.split(), sig.split(), typ.split())
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (i, r)
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        out.append({"id": "f216-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh216.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]: none += 1
    print(len(out), "texts;", none, "with no indicator/type")
    for k in IND.values(): print(" ", k, ci[k])
    for k in SIG.values(): print(" ", k, cs[k])
    for k in TYP.values(): print(" ", k, ct[k])
    print(" risk", dict(cr))

if __name__ == "__main__":
    main()
