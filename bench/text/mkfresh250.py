#!/usr/bin/env python3
"""Blind evaluation set fresh250: a month's intake of modern-slavery-related and
look-alike texts for Avon and Somerset and Gloucestershire police and partners.
Texts are hand-written in fresh250_part*.py; this script labels, checks and writes
fresh250.jsonl next to itself. Standard library only."""
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
RISKS = ("immediate", "high", "medium", "low")

import fresh250_part1, fresh250_part2, fresh250_part3, fresh250_part4, fresh250_part5, fresh250_part6

E = fresh250_part1.E + fresh250_part2.E + fresh250_part3.E + fresh250_part4.E + fresh250_part5.E + fresh250_part6.E


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    out, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text.strip() else text.strip()
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), n
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (n, r)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        out.append({"id": "f250-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh250.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    lens = Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            none += 1
        w = len(o["text"].split())
        lens["short(<40)" if w < 40 else "medium(40-120)" if w <= 120 else "long(>120)"] += 1
    print("texts", len(out), "no exploitation", none)
    for name, c, codes in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print("--", name)
        for v in codes.values():
            print("  %-32s %d" % (v, c[v]))
    print("-- risk", dict(cr))
    print("-- length", dict(lens))


if __name__ == "__main__":
    main()
