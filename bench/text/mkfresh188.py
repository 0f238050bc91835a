#!/usr/bin/env python3
"""fresh188: a blind, hand-labelled evaluation set of modern slavery texts.

A month's intake in the South East of England (Thames Valley, Hampshire and the
Isle of Wight, Kent, Surrey and Sussex): lorry drops, small boats, car washes,
care homes, fruit farms, county lines, brothels in flats, with about a third
of texts carrying no exploitation. Writes fresh188.jsonl next to this file.
"""
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


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def load():
    import importlib
    entries = []
    n = 1
    while os.path.exists(os.path.join(HERE, "fresh188_part%d.py" % n)):
        mod = importlib.import_module("fresh188_part%d" % n)
        entries.extend(mod.E)
        n += 1
    return entries


def main():
    entries = load()
    rows, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(entries, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (i, c)
        for c in sig:
            assert c in SIG, (i, c)
        for c in typ:
            assert c in TYP, (i, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        key = " ".join(text.split()).lower()
        assert key not in seen, ("duplicate text", i, text[:60])
        seen.add(key)
        rows.append({"id": "f188-%03d" % i, "text": text,
                     "indicators": [IND[c] for c in ind],
                     "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ],
                     "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert 300 <= len(rows) <= 320, len(rows)
    with open(os.path.join(HERE, "fresh188.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
    print("texts:", len(rows))
    print("indicators:", dict(sorted(ci.items())))
    print("signs:", dict(sorted(cs.items())))
    print("types:", dict(sorted(ct.items())))
    print("risk:", dict(sorted(cr.items())))
    print("no indicator:", sum(1 for r in rows if not r["indicators"]),
          "| no exploitation (no indicator, no type):",
          sum(1 for r in rows if not r["indicators"] and not r["exploitation"]))


if __name__ == "__main__":
    main()
