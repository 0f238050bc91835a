#!/usr/bin/env python3
"""Blind evaluation set fresh249: hand-written UK texts about modern slavery with labels.

Emphasis: wages, deductions and money control (unpaid/underpaid work, deductions for rent,
transport, PPE, food and fines, tips kept, pay into someone else's account, cards and PINs
held, benefits and pensions taken by a controller) plus ordinary pay disputes, lawful
deductions and family money arrangements that are not exploitation.

Writes fresh249.jsonl next to this script. Standard library only.
"""
import json
import os
import re
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
RISKS = ("immediate", "high", "medium", "low")


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


import fresh249_part1, fresh249_part2, fresh249_part3, fresh249_part4, fresh249_part5  # noqa: E402

E = (fresh249_part1.E + fresh249_part2.E + fresh249_part3.E + fresh249_part4.E
     + fresh249_part5.E)


FIELD = re.compile(r"^[A-Z][A-Za-z ]{1,25}:")


def tidy(text):
    """Undo the source code's hard wrapping but keep headers, fields, bullets and paragraphs."""
    lines = [ln.strip() for ln in text.strip().split("\n")]
    out = lines[0]
    for i in range(1, len(lines)):
        prev, ln = lines[i - 1], lines[i]
        if ((i == 1 and len(prev) < 75) or len(prev) < 60 or prev.endswith(":")
                or ln.startswith("- ") or FIELD.match(ln)):
            out += "\n" + ln
        else:
            out += " " + ln
    return out


def main():
    out = []
    seen = set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = tidy(text)
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (n, c)
        for c in sig:
            assert c in SIG, (n, c)
        for c in typ:
            assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), n
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (n, r)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        out.append({"id": "f249-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh249.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    if "-q" not in sys.argv:
        ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
        none = 0
        lens = Counter()
        for o in out:
            ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
            if not o["indicators"] and not o["exploitation"]:
                none += 1
            w = len(o["text"].split())
            lens["short(<40)" if w < 40 else "mid(40-120)" if w <= 120 else "long(>120)"] += 1
        print("texts:", len(out), " no exploitation:", none)
        print("indicators:", dict(sorted(ci.items(), key=lambda x: x[1])))
        print("signs:", dict(sorted(cs.items(), key=lambda x: x[1])))
        print("types:", dict(ct))
        print("risk:", dict(cr))
        print("lengths:", dict(lens))


if __name__ == "__main__":
    main()
