#!/usr/bin/env python3
"""Build bench/text/fresh243.jsonl: a blind, hand-written, hand-labelled evaluation set.

Emphasis: living and working conditions and isolation in everyday words (HMOs, caravans,
sheds, garages, rooms above shops, sleeping at the workplace, no heating/food/breaks/safety
kit, untreated injuries, remote sites, no shared language, phones taken, not knowing the
address), with benign look-alikes. Texts live in fresh243_part*.py next to this script.
"""
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
RISKS = ("immediate", "high", "medium", "low")


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    import fresh243_part1, fresh243_part2, fresh243_part3, fresh243_part4, fresh243_part5, fresh243_part6
    E = []
    for m in (fresh243_part1, fresh243_part2, fresh243_part3, fresh243_part4, fresh243_part5, fresh243_part6):
        E.extend(m.E)
    rows, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split())
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (i, c)
        for c in sig:
            assert c in SIG, (i, c)
        for c in typ:
            assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (i, r)
        assert text not in seen, ("duplicate text", i)
        seen.add(text)
        rows.append({"id": "f243-%03d" % i, "text": text,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert 300 <= len(rows) <= 320, len(rows)
    with open(os.path.join(HERE, "fresh243.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
    print("texts:", len(rows))
    print("no indicator and no type:", sum(1 for r in rows if not r["indicators"] and not r["exploitation"]))
    print("nothing labelled at all:", sum(1 for r in rows if not r["indicators"] and not r["exploitation"] and not r["signs"]))
    lens = [len(r["text"].split()) for r in rows]
    print("length <=30 words: %d, 31-120: %d, >120: %d" % (sum(l <= 30 for l in lens),
          sum(30 < l <= 120 for l in lens), sum(l > 120 for l in lens)))
    for name, c, codes in (("indicators", ci, IND), ("signs", cs, SIG), ("exploitation", ct, TYP)):
        print(name + ":")
        for k in codes.values():
            print("  %-32s %d" % (k, c[k]))
    print("risk:", dict(cr))


if __name__ == "__main__":
    main()
