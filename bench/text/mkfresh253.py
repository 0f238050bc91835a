#!/usr/bin/env python3
"""Blind evaluation set fresh253: Cumbria, Lancashire and North Yorkshire in one month.

Hand-written texts (intelligence logs, partner referrals, first-person accounts, public
calls, case notes) with labels. Writes fresh253.jsonl next to this script.
"""
import json, os, random, sys

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
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    import importlib
    E = []
    for n in range(1, 8):
        E.extend(importlib.import_module("fresh253_part%d" % n).E)
    # interleave sources the way a month's inbox would arrive (fixed seed: reproducible)
    random.Random(253).shuffle(E)
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (c, text[:60])
        for c in sig:
            assert c in SIG, (c, text[:60])
        for c in typ:
            assert c in TYP, (c, text[:60])
        assert risk in (None, "immediate", "high", "medium", "low"), risk
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), text[:60]
        t = " ".join(text.split()) if "\n" not in text.strip() else text.strip()
        assert t not in seen, ("duplicate text", t[:60])
        seen.add(t)
        out.append({"id": "f253-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind],
                    "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ],
                    "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh253.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # counts
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            none += 1
    print("texts", len(out), "no exploitation", none)
    for name, c, allc in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print(name)
        for k in allc.values():
            print("  %-30s %d" % (k, c[k]))
    print("risk", dict(cr))
    words = [len(o["text"].split()) for o in out]
    print("short(<40w)", sum(w < 40 for w in words), "mid(40-120)", sum(40 <= w <= 120 for w in words),
          "long(>120)", sum(w > 120 for w in words))


if __name__ == "__main__":
    main()
