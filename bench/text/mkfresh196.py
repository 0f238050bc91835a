#!/usr/bin/env python3
"""Blind evaluation set fresh196: short texts (1-3 sentences) about modern slavery and
look-alikes, hand-written and hand-labelled. Writes fresh196.jsonl next to this script."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fresh196_part1, fresh196_part2, fresh196_part3

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
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    E = fresh196_part1.P + fresh196_part2.P + fresh196_part3.P
    rows, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), n
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        assert text not in seen, ("duplicate text", n)
        seen.add(text)
        rows.append({"id": "f196-%03d" % n, "text": text,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert 300 <= len(rows) <= 320, len(rows)
    with open(os.path.join(HERE, "fresh196.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        if not (r["indicators"] or r["signs"] or r["exploitation"]):
            none += 1
    print("texts", len(rows), "no labels at all", none,
          "no exploitation type", sum(1 for r in rows if not r["exploitation"]))
    for name, c, keys in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print(name)
        for k in keys.values():
            print("  %-32s %d" % (k, c[k]))
    print("risk", dict(cr))


if __name__ == "__main__":
    main()
