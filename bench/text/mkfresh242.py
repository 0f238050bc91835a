#!/usr/bin/env python3
"""Write fresh242.jsonl: a blind, hand-labelled evaluation set of texts about modern slavery.

Emphasis: recruitment and relationships (deception) - social-media job adverts, agents and
"cousins" abroad, offers of work and a room, lover-boy and online romance grooming, spousal
visas used to bring someone over to serve, false promises of study or papers - plus genuine
offers, genuine marriages, ordinary job disputes and negated or hypothetical mentions.
Texts live in fresh242_part1.py ... fresh242_part8.py next to this script.
"""
import collections
import json
import os
import sys

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


def load():
    entries = []
    for n in range(1, 20):
        path = os.path.join(HERE, "fresh242_part%d.py" % n)
        if not os.path.exists(path):
            break
        mod = __import__("fresh242_part%d" % n)
        entries.extend(mod.E)
    return entries


def main():
    entries = load()
    rows, seen_text = [], set()
    for k, (text, ind, sig, typ, risk) in enumerate(entries, 1):
        text = " ".join(text.split())
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for codes, table in ((ind, IND), (sig, SIG), (typ, TYP)):
            for c in codes:
                assert c in table, "unknown code %r in text %d" % (c, k)
            assert len(set(codes)) == len(codes), "repeated code in text %d" % k
        assert risk is None or risk in RISKS, "bad risk in text %d" % k
        assert text not in seen_text, "duplicate text %d" % k
        seen_text.add(text)
        rows.append({"id": "f242-%03d" % k, "text": text,
                     "indicators": [IND[c] for c in ind],
                     "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ],
                     "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert 300 <= len(rows) <= 320, len(rows)
    with open(os.path.join(HERE, "fresh242.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    count = collections.Counter()
    for r in rows:
        count.update(r["indicators"] + r["signs"] + r["exploitation"] + ["risk:" + r["risk"]])
    none = sum(1 for r in rows if not r["indicators"] and not r["exploitation"])
    lengths = collections.Counter("short" if len(r["text"].split()) < 40 else
                                  "medium" if len(r["text"].split()) <= 120 else "long" for r in rows)
    print("texts:", len(rows), " with no indicator and no type:", none, " lengths:", dict(lengths))
    for table in (IND, SIG, TYP):
        for code in table.values():
            print("  %-30s %d" % (code, count[code]))
    for r in RISKS:
        print("  risk %-25s %d" % (r, count["risk:" + r]))
    low = [c for c in IND.values() if count[c] < 15]
    assert not low, "indicators under 15: %s" % low


if __name__ == "__main__":
    main()
