#!/usr/bin/env python3
"""fresh187: blind evaluation set - NRM referral narratives, first responder accounts,
Duty to Notify forms, and concerns that turned out to be something else."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fresh187_common import E
import fresh187_part1, fresh187_part2, fresh187_part3, fresh187_part4, fresh187_part5, fresh187_part6, fresh187_part7, fresh187_part8, fresh187_part9  # noqa

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


def main():
    rows, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), n
        t = " ".join(text.split()) if "\n" not in text else text.strip()
        assert t not in seen, ("duplicate text", n)
        seen.add(t)
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low"), (n, r)
        rows.append({"id": "f187-%03d" % n, "text": t,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh187.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for r in rows:
        ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        if not (r["indicators"] or r["signs"] or r["exploitation"]):
            none += 1
    print("texts", len(rows), "| no labels at all", none)
    for k in IND.values(): print("  ind %-26s %d" % (k, ci[k]))
    for k in SIG.values(): print("  sig %-30s %d" % (k, cs[k]))
    for k in TYP.values(): print("  typ %-20s %d" % (k, ct[k]))
    print("  risk", dict(cr))
    lens = Counter("short" if len(r["text"].split()) < 40 else "mid" if len(r["text"].split()) <= 120 else "long" for r in rows)
    print("  lengths", dict(lens))


if __name__ == "__main__":
    main()
