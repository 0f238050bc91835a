#!/usr/bin/env python3
"""Write bench/text/fresh252.jsonl: a blind, hand-labelled evaluation set of texts
about modern slavery (emphasis: excessive hours, no days off, dangerous work, and
hard-working people by choice). Standard library only."""
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

import fresh252_part1, fresh252_part2, fresh252_part3, fresh252_part4, fresh252_part5, fresh252_part6
E = []
for part in (fresh252_part1, fresh252_part2, fresh252_part3, fresh252_part4, fresh252_part5, fresh252_part6):
    E.extend(part.P)


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    rows, seen_text, seen_id = [], set(), set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for codes, table in ((ind, IND), (sig, SIG), (typ, TYP)):
            for c in codes:
                assert c in table, (n, c)
            assert len(set(codes)) == len(codes), (n, codes)
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (n, r)
        rid = "f252-%03d" % n
        assert rid not in seen_id, rid
        key = " ".join(text.split())
        assert key not in seen_text, (n, text[:60])
        seen_id.add(rid)
        seen_text.add(key)
        rows.append({"id": rid, "text": text.strip(), "indicators": [IND[c] for c in ind],
                     "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ], "risk": r})
    assert 300 <= len(rows) <= 320, len(rows)
    out = os.path.join(HERE, "fresh252.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if "-q" not in sys.argv:
        from collections import Counter
        c = Counter()
        for row in rows:
            for k in ("indicators", "signs", "exploitation"):
                c.update(row[k])
            c["risk:" + row["risk"]] += 1
            if not row["indicators"] and not row["exploitation"]:
                c["(no exploitation)"] += 1
        print(len(rows), "texts ->", out)
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-32s %d" % (k, v))


if __name__ == "__main__":
    main()
