#!/usr/bin/env python3
"""fresh236: blind evaluation set, emphasis on public reports and calls
(online form, Crimestoppers, 101/999 call-handler summaries, social media)."""
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

import fresh236_part1, fresh236_part2, fresh236_part3, fresh236_part4, fresh236_part5, fresh236_part6
E = []
for m in (fresh236_part1, fresh236_part2, fresh236_part3, fresh236_part4, fresh236_part5, fresh236_part6):
    E.extend(m.E)


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        assert risk in (None, "immediate", "high", "medium", "low"), i
        t = text.strip()
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        out.append({"id": "f236-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh236.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not (o["indicators"] or o["signs"] or o["exploitation"]):
            none += 1
    print("texts", len(out), "no labels", none,
          "no type", sum(1 for o in out if not o["exploitation"]))
    for name, c in (("indicators", ci), ("signs", cs), ("types", ct), ("risk", cr)):
        print(name)
        for k, v in sorted(c.items(), key=lambda x: -x[1]):
            print("  %-32s %d" % (k, v))
    lens = [len(o["text"].split()) for o in out]
    print("words <40:", sum(l < 40 for l in lens), "40-120:", sum(40 <= l <= 120 for l in lens), ">120:", sum(l > 120 for l in lens))


if __name__ == "__main__":
    main()
