#!/usr/bin/env python3
"""Build fresh185.jsonl: blind, hand-labelled texts in the voice of a UK modern slavery
helpline (advisers' call notes and webform summaries from victims, the public, employers,
landlords and professionals; many calls are not modern slavery)."""
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

import fresh185_part1, fresh185_part2, fresh185_part3, fresh185_part4, fresh185_part5, fresh185_part6, fresh185_part7, fresh185_part8, fresh185_part9
E = []
for m in (fresh185_part1, fresh185_part2, fresh185_part3, fresh185_part4, fresh185_part5, fresh185_part6, fresh185_part7, fresh185_part8, fresh185_part9):
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
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        t = text.strip()
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        out.append({"id": "f185-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh185.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not (o["indicators"] or o["signs"] or o["exploitation"]):
            none += 1
    print("texts", len(out), "with no label at all", none)
    for k in IND.values(): print("  ind ", k, ci[k])
    for k in SIG.values(): print("  sign", k, cs[k])
    for k in TYP.values(): print("  type", k, ct[k])
    print("  risk", dict(cr))
    words = [len(o["text"].split()) for o in out]
    print("  length <40:", sum(w < 40 for w in words), "40-120:", sum(40 <= w <= 120 for w in words), ">120:", sum(w > 120 for w in words))


if __name__ == "__main__":
    main()
