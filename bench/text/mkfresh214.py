#!/usr/bin/env python3
"""fresh214: blind evaluation set on domestic servitude and sexual exploitation in private
settings (family members from abroad, forced marriage, au pairs, nannies, diplomatic
households, elderly people's 'carers', partners who sell women online and in hotels), with
benign look-alikes and negated mentions. Standard library only. Writes fresh214.jsonl."""
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

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

E = []
for n in range(1, 8):
    try:
        mod = __import__("fresh214_part%d" % n)
    except ImportError:
        break
    E.extend(mod.E)

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        assert text not in seen, ("duplicate text", i)
        seen.add(text)
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low"), i
        out.append({"id": "f214-%03d" % i, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh214.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["signs"] and not o["exploitation"]:
            none += 1
    print("texts", len(out), "no labels", none)
    for name, c in (("indicators", ci), ("signs", cs), ("types", ct), ("risk", cr)):
        print(name, dict(sorted(c.items(), key=lambda x: -x[1])))
    for k, v in IND.items():
        if ci[v] < 15: print("LOW indicator", v, ci[v])
    for k, v in SIG.items():
        if cs[v] < 1: print("MISSING sign", v)

if __name__ == "__main__":
    main()
