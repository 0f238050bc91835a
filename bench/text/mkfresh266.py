#!/usr/bin/env python3
"""Blind evaluation set fresh266: a month's modern slavery intake across Dyfed-Powys,
Gwent and South Wales police and partners. Writes fresh266.jsonl next to this script."""
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

import fresh266_part1, fresh266_part2, fresh266_part3, fresh266_part4, fresh266_part5, fresh266_part6, fresh266_part7, fresh266_part8
for m in (fresh266_part1, fresh266_part2, fresh266_part3, fresh266_part4, fresh266_part5, fresh266_part6, fresh266_part7, fresh266_part8):
    m.add(T)

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        assert text not in seen, ("duplicate text", i); seen.add(text)
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low")
        out.append({"id": "f266-%03d" % i, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh266.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
    print("texts", len(out))
    print("no labels at all", sum(1 for o in out if not (o["indicators"] or o["signs"] or o["exploitation"])))
    print("no exploitation type", sum(1 for o in out if not o["exploitation"]))
    for name, c, keys in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()), ("types", ct, TYP.values())):
        print(name, {k: c[k] for k in keys})
    print("risk", dict(cr))

if __name__ == "__main__":
    main()
