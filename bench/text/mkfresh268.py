#!/usr/bin/env python3
"""Blind evaluation set fresh268: a month's intake in Northamptonshire, Cambridgeshire and
Lincolnshire (warehouses, fields, packhouses, towns) with about a third non-exploitation texts."""
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

import fresh268_part1, fresh268_part2, fresh268_part3, fresh268_part4, fresh268_part5, fresh268_part6, fresh268_part7
for m in (fresh268_part1, fresh268_part2, fresh268_part3, fresh268_part4, fresh268_part5, fresh268_part6, fresh268_part7):
    m.add(T)

def main():
    out, seen = [], set()
    cnt = {}
    none = 0
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low"), i
        rec = {"id": "f268-%03d" % i, "text": t, "indicators": [IND[c] for c in ind],
               "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ], "risk": r}
        out.append(rec)
        for k in rec["indicators"] + rec["signs"] + rec["exploitation"] + ["risk:" + r]:
            cnt[k] = cnt.get(k, 0) + 1
        if not ind and not sig and not typ: none += 1
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh268.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("texts", len(out), "no labels", none)
    for k in list(IND.values()) + list(SIG.values()) + list(TYP.values()):
        print("%-32s %d" % (k, cnt.get(k, 0)))
    for r in ("immediate", "high", "medium", "low"):
        print("risk %-10s %d" % (r, cnt.get("risk:" + r, 0)))

if __name__ == "__main__":
    main()
