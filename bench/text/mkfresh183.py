#!/usr/bin/env python3
"""Blind evaluation set fresh183: the month's mix reaching a busy London borough's police
(999/101 CAD logs, intelligence submissions, Crimestoppers, partner referrals, NRM forms,
custody notes, case notes, long multi-topic briefings). About a third without exploitation.
Writes fresh183.jsonl next to this script. Standard library only."""
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
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh183_part1, fresh183_part2, fresh183_part3, fresh183_part4, fresh183_part5, fresh183_part6, fresh183_part7, fresh183_part8, fresh183_part9
for part in (fresh183_part1, fresh183_part2, fresh183_part3, fresh183_part4, fresh183_part5, fresh183_part6, fresh183_part7, fresh183_part8, fresh183_part9):
    part.add(T)

def main():
    rows, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        t = " ".join(text.split()) if "\n" not in text else text.strip()
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        rows.append({"id": "f183-%03d" % i, "text": t,
                     "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                     "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh183.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-q" not in sys.argv:
        from collections import Counter
        n = len(rows)
        ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
        for r in rows:
            ci.update(r["indicators"]); cs.update(r["signs"]); ct.update(r["exploitation"]); cr[r["risk"]] += 1
        print("texts", n, "no exploitation", sum(1 for r in rows if not r["exploitation"]),
              "no labels at all", sum(1 for r in rows if not (r["indicators"] or r["signs"] or r["exploitation"])))
        for name, c, codes in (("indicators", ci, IND), ("signs", cs, SIG), ("types", ct, TYP)):
            print(name)
            for k in codes.values(): print("  %-30s %d" % (k, c[k]))
        print("risk", dict(cr))
        wc = [len(r["text"].split()) for r in rows]
        print("short(<40w)", sum(w < 40 for w in wc), "mid(40-120)", sum(40 <= w <= 120 for w in wc), "long(>120)", sum(w > 120 for w in wc))

if __name__ == "__main__":
    main()
