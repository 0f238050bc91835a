#!/usr/bin/env python3
"""Build bench/text/fresh245.jsonl: a blind, hand-labelled set of texts about modern slavery.

Emphasis: vulnerable adults (learning disability, mental illness, addiction, brain injury,
old age, homelessness, no recourse to public funds), cuckooing, mate crime, financial abuse,
forced labour for food and a bed, and vulnerable people who are helped, not exploited.
Texts live in fresh245_part*.py; this script joins them, labels risk and writes the JSONL.
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

import fresh245_part1, fresh245_part2, fresh245_part3, fresh245_part4, fresh245_part5, fresh245_part6, fresh245_part7
PARTS = [fresh245_part1.E, fresh245_part2.E, fresh245_part3.E, fresh245_part4.E,
         fresh245_part5.E, fresh245_part6.E, fresh245_part7.E]


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
    n = 0
    for part in PARTS:
        for text, ind, sig, typ, risk in part:
            ind, sig, typ = ind.split(), sig.split(), typ.split()
            for codes, table in ((ind, IND), (sig, SIG), (typ, TYP)):
                for c in codes:
                    assert c in table, (c, text[:60])
                assert len(set(codes)) == len(codes), text[:60]
            r = risk_of(ind, typ, risk)
            assert r in RISKS, r
            t = " ".join(text.split())
            assert t not in seen, "duplicate: " + t[:60]
            seen.add(t)
            n += 1
            rows.append({"id": "f245-%03d" % n, "text": t,
                         "indicators": [IND[c] for c in ind],
                         "signs": [SIG[c] for c in sig],
                         "exploitation": [TYP[c] for c in typ],
                         "risk": r})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh245.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # counts
    from collections import Counter
    c = Counter()
    for r in rows:
        for k in ("indicators", "signs", "exploitation"):
            c.update(r[k])
        c["risk:" + r["risk"]] += 1
    print("texts:", len(rows))
    for table in (IND, SIG, TYP):
        for v in table.values():
            print("  %-32s %d" % (v, c[v]))
    for r_ in RISKS:
        print("  risk %-27s %d" % (r_, c["risk:" + r_]))
    none = sum(1 for r in rows if not r["indicators"] and not r["exploitation"])
    print("  no indicator and no type:        ", none)
    words = [len(r["text"].split()) for r in rows]
    print("  length <=30 / 31-120 / >120 words:", sum(w <= 30 for w in words),
          sum(30 < w <= 120 for w in words), sum(w > 120 for w in words))
    low = [v for v in IND.values() if c[v] < 15]
    if low:
        print("BELOW 15:", low)


if __name__ == "__main__":
    main()
