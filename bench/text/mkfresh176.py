#!/usr/bin/env python3
"""fresh176: blind evaluation set, victim-care casework emphasis (MSVCC notes, safe houses, outreach)
mixed with police logs, public reports and partner referrals. Writes fresh176.jsonl next to itself."""
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

import fresh176_part1, fresh176_part2, fresh176_part3, fresh176_part4, fresh176_part5
E = (fresh176_part1.E + fresh176_part2.E + fresh176_part3.E + fresh176_part4.E + fresh176_part5.E)


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
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), n
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", n)
        seen.add(t)
        rows.append({"id": "f176-%03d" % n, "text": t,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh176.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter()
    for r in rows:
        for k in ("indicators", "signs", "exploitation"):
            for c in r[k]: cnt[c] += 1
        cnt["risk:" + r["risk"]] += 1
        if not r["indicators"] and not r["exploitation"]: cnt["(no exploitation)"] += 1
        if not r["indicators"] and not r["signs"] and not r["exploitation"]: cnt["(nothing)"] += 1
    print(len(rows), "texts")
    for group in (IND, SIG, TYP):
        for c in group.values(): print("  %-32s %d" % (c, cnt[c]))
    for k in sorted(cnt):
        if k.startswith("risk:") or k.startswith("("): print("  %-32s %d" % (k, cnt[k]))


if __name__ == "__main__":
    main()
