#!/usr/bin/env python3
"""Write fresh257.jsonl: a blind, hand-labelled evaluation set of texts about modern slavery
(Essex, Hertfordshire and Bedfordshire intake: intelligence logs, calls, referrals, accounts, case notes).
Standard library only. The texts live in fresh257_part*.py beside this file."""
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


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    import fresh257_part1, fresh257_part2, fresh257_part3, fresh257_part4, fresh257_part5, fresh257_part6, fresh257_part7, fresh257_part8
    entries = []
    for m in (fresh257_part1, fresh257_part2, fresh257_part3, fresh257_part4, fresh257_part5, fresh257_part6, fresh257_part7, fresh257_part8):
        entries.extend(m.E)
    out, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(entries, 1):
        text = " ".join(text.split())
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for codes, table in ((ind, IND), (sig, SIG), (typ, TYP)):
            for c in codes:
                assert c in table, (n, c, text[:60])
            assert len(set(codes)) == len(codes), (n, codes)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (n, r)
        out.append({"id": "f257-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh257.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # counts
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    lens = Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not (o["indicators"] or o["signs"] or o["exploitation"]):
            none += 1
        w = len(o["text"].split())
        lens["short(<40)" if w < 40 else "medium(40-120)" if w <= 120 else "long(>120)"] += 1
    print("texts:", len(out))
    print("no labels at all:", none, " no exploitation type:", sum(1 for o in out if not o["exploitation"]))
    for name, c, table in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
        print(name + ":")
        for v in table.values():
            print("  %-32s %d" % (v, c[v]))
    print("risk:", dict(cr))
    print("length:", dict(lens))


if __name__ == "__main__":
    main()
