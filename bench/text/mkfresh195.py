#!/usr/bin/env python3
"""fresh195: blind evaluation set, a month's intake in Northern Ireland (PSNI districts, the border,
Kilkeel/Portavogie/Ardglass fishing, mushroom farms, meat plants, Belfast sexual exploitation,
domestic servitude, county lines/cannabis, organ-harvesting look-alikes), about a third no exploitation."""
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

import fresh195_part1, fresh195_part2, fresh195_part3, fresh195_part4, fresh195_part5, fresh195_part6
E = fresh195_part1.E + fresh195_part2.E + fresh195_part3.E + fresh195_part4.E + fresh195_part5.E + fresh195_part6.E


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    order = list(range(len(E)))
    random.Random(195).shuffle(order)  # a month's intake arrives mixed
    out, seen = [], set()
    for n, k in enumerate(order, 1):
        text, ind, sig, typ, risk = E[k]
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (c, text)
        for c in sig: assert c in SIG, (c, text)
        for c in typ: assert c in TYP, (c, text)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), text
        assert risk in (None, "immediate", "high", "medium", "low"), risk
        assert text not in seen, text
        seen.add(text)
        out.append({"id": "f195-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh195.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter()
    for o in out:
        for k in ("indicators", "signs", "exploitation"):
            for v in o[k]:
                c[v] += 1
        c["risk:" + o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            c["(no exploitation)"] += 1
        if not o["indicators"] and not o["signs"] and not o["exploitation"]:
            c["(no labels)"] += 1
    print(len(out), "texts")
    for name in list(IND.values()) + list(SIG.values()) + list(TYP.values()):
        print("%-32s %d" % (name, c[name]))
    for k in sorted(c):
        if k.startswith("risk:") or k.startswith("("):
            print("%-32s %d" % (k, c[k]))
    w = Counter()
    for o in out:
        n = len(o["text"].split())
        w["short<40" if n < 40 else "mid40-120" if n <= 120 else "long>120"] += 1
    print(dict(w))


if __name__ == "__main__":
    main()
