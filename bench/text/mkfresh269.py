#!/usr/bin/env python3
"""fresh269: blind evaluation set, emphasis on restriction of movement and excessive hours."""
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

import fresh269_part1, fresh269_part2, fresh269_part3, fresh269_part4, fresh269_part5
E = fresh269_part1.E + fresh269_part2.E + fresh269_part3.E + fresh269_part4.E + fresh269_part5.E


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    rows, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        assert text not in seen, (i, text[:60])
        seen.add(text)
        rows.append({"id": "f269-%03d" % i, "text": text,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh269.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter()
    for r in rows:
        for k in ("indicators", "signs", "exploitation"):
            for v in r[k]: c[v] += 1
        c["risk:" + r["risk"]] += 1
        if not r["indicators"] and not r["exploitation"]: c["(none)"] += 1
    print(len(rows), "texts")
    for k in list(IND.values()) + list(SIG.values()) + list(TYP.values()):
        print("%-32s %d" % (k, c[k]))
    for k in sorted(x for x in c if x.startswith("risk:") or x == "(none)"):
        print("%-32s %d" % (k, c[k]))


if __name__ == "__main__":
    main()
