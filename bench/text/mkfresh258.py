#!/usr/bin/env python3
"""Blind evaluation set fresh258: a month's intake at Police Scotland and partners.
Hand-written texts with labels; writes fresh258.jsonl next to this script."""
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
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


import fresh258_part1, fresh258_part2, fresh258_part3, fresh258_part4, fresh258_part5, fresh258_part6, fresh258_part7  # noqa: E402
for m in (fresh258_part1, fresh258_part2, fresh258_part5, fresh258_part6, fresh258_part7, fresh258_part3, fresh258_part4):
    m.add(T)


def main():
    import random
    random.Random(258).shuffle(E)  # interleave sources as in a month's intake
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (i, c)
        for c in sig:
            assert c in SIG, (i, c)
        for c in typ:
            assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low"), (i, r)
        assert text not in seen, ("duplicate text", i, text[:60])
        seen.add(text)
        out.append(dict(id="f258-%03d" % i, text=text, indicators=[IND[c] for c in ind],
                        signs=[SIG[c] for c in sig], exploitation=[TYP[c] for c in typ], risk=r))
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh258.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            none += 1
    print("texts", len(out), "no exploitation", none)
    for name, c, keys in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()), ("types", ct, TYP.values())):
        print(name)
        for k in keys:
            print("  %-32s %d" % (k, c[k]))
    print("risk", dict(cr))
    lens = [len(o["text"].split()) for o in out]
    print("short(<40w)", sum(l < 40 for l in lens), "mid", sum(40 <= l <= 120 for l in lens), "long(>120)", sum(l > 120 for l in lens))


if __name__ == "__main__":
    main()
