#!/usr/bin/env python3
"""Blind evaluation set fresh251: texts about modern slavery (emphasis: sexual exploitation).

Writes fresh251.jsonl next to this file. Standard library only.
Texts live in fresh251_part1.py .. fresh251_part4.py; each defines add(T).
"""
import json
import os
import sys
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
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


import fresh251_part1, fresh251_part2, fresh251_part3, fresh251_part4  # noqa: E402

for mod in (fresh251_part1, fresh251_part2, fresh251_part3, fresh251_part4):
    mod.add(T)


def main():
    out = []
    seen = set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        ind_l, sig_l, typ_l = ind.split(), sig.split(), typ.split()
        for c in ind_l:
            assert c in IND, (n, c)
        for c in sig_l:
            assert c in SIG, (n, c)
        for c in typ_l:
            assert c in TYP, (n, c)
        assert len(set(ind_l)) == len(ind_l) and len(set(sig_l)) == len(sig_l) and len(set(typ_l)) == len(typ_l), n
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        out.append({
            "id": "f251-%03d" % n,
            "text": text,
            "indicators": [IND[c] for c in ind_l],
            "signs": [SIG[c] for c in sig_l],
            "exploitation": [TYP[c] for c in typ_l],
            "risk": risk_of(ind_l, typ_l, risk),
        })
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh251.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            none += 1
    print("texts", len(out), "no exploitation/indicator", none)
    for name, c, keys in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()), ("types", ct, TYP.values())):
        print("--", name)
        for k in keys:
            print("  %-30s %d" % (k, c[k]))
    print("-- risk", dict(cr))
    lens = Counter("short" if len(o["text"].split()) < 40 else "mid" if len(o["text"].split()) <= 120 else "long" for o in out)
    print("-- lengths", dict(lens))


if __name__ == "__main__":
    main()
