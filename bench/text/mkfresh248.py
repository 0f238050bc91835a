#!/usr/bin/env python3
"""Blind evaluation set fresh248: a month's mixed intake at Merseyside Police and partners.

Hand-written texts with labels; writes fresh248.jsonl next to this script.
Standard library only.
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


import fresh248_part1  # noqa: E402
import fresh248_part2  # noqa: E402
import fresh248_part3  # noqa: E402
import fresh248_part4  # noqa: E402
import fresh248_part5  # noqa: E402
import fresh248_part6  # noqa: E402
import fresh248_part7  # noqa: E402
import fresh248_part8  # noqa: E402

for part in (fresh248_part1, fresh248_part2, fresh248_part3, fresh248_part4, fresh248_part5,
             fresh248_part6, fresh248_part7, fresh248_part8):
    part.add(T)


def main():
    rows = []
    seen_text = set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split())
        ic, sc, tc = ind.split(), sig.split(), typ.split()
        for c in ic:
            assert c in IND, (n, c)
        for c in sc:
            assert c in SIG, (n, c)
        for c in tc:
            assert c in TYP, (n, c)
        assert len(set(ic)) == len(ic) and len(set(sc)) == len(sc) and len(set(tc)) == len(tc), n
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        assert text not in seen_text, ("duplicate text", n, text[:60])
        seen_text.add(text)
        rows.append({
            "id": "f248-%03d" % n,
            "text": text,
            "indicators": [IND[c] for c in ic],
            "signs": [SIG[c] for c in sc],
            "exploitation": [TYP[c] for c in tc],
            "risk": risk_of(ic, tc, risk),
        })
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert 300 <= len(rows) <= 320, len(rows)
    out = os.path.join(HERE, "fresh248.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        if not r["indicators"] and not r["exploitation"]:
            none += 1
    print("texts", len(rows), "-> ", out)
    print("no exploitation (no indicator, no type):", none)
    for name, c, keys in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()),
                          ("types", ct, TYP.values())):
        print("--", name)
        for k in keys:
            print("  %-32s %d" % (k, c[k]))
    print("-- risk", dict(cr))
    lens = [len(r["text"].split()) for r in rows]
    print("-- length: <=35 words %d, 36-120 %d, >120 %d" % (
        sum(l <= 35 for l in lens), sum(35 < l <= 120 for l in lens), sum(l > 120 for l in lens)))


if __name__ == "__main__":
    main()
