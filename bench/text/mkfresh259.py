#!/usr/bin/env python3
"""Blind evaluation set fresh259: domestic servitude and forced marriage emphasis,
plus labour, sexual, criminal, organ harvesting cases, negatives and look-alikes."""
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
E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


import fresh259_part1, fresh259_part2, fresh259_part3, fresh259_part4, fresh259_part5  # noqa: E402
for part in (fresh259_part1, fresh259_part2, fresh259_part3, fresh259_part4, fresh259_part5):
    part.add(T)

# Paired signs added on the second labelling pass (indicator present, sign described too).
REVIEW_SIGNS = {4: "LH", 6: "IS", 38: "LH", 46: "IS", 74: "LH", 98: "RMS", 108: "RMS", 211: "RMS",
                220: "IS", 226: "LH", 227: "RMS", 240: "LH", 278: "IS", 284: "IS", 308: "RMS",
                314: "RMS", 316: "LH"}

out, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    for c in REVIEW_SIGNS.get(i, "").split():
        if c not in sig:
            sig.append(c)
    for c in ind:
        assert c in IND, (i, c)
    for c in sig:
        assert c in SIG, (i, c)
    for c in typ:
        assert c in TYP, (i, c)
    assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
    t = " ".join(text.split())
    assert t not in seen, ("duplicate text", i)
    seen.add(t)
    out.append({"id": "f259-%03d" % i, "text": t,
                "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
ids = [o["id"] for o in out]
assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "fresh259.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            none += 1
    print("texts", len(out), "no exploitation", none)
    for k in IND.values():
        print("  ", k, ci[k])
    for k in SIG.values():
        print("  ", k, cs[k])
    for k in TYP.values():
        print("  ", k, ct[k])
    print(dict(cr))
