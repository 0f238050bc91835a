#!/usr/bin/env python3
"""Blind evaluation set fresh181: probation, prisons, housing and homelessness services.

Hand-written texts with labels; writes fresh181.jsonl next to this script.
Standard library only. Texts live in fresh181_part1..7.py.
"""
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

import fresh181_part1, fresh181_part2, fresh181_part3, fresh181_part4, fresh181_part5, fresh181_part6, fresh181_part7
for m in (fresh181_part1, fresh181_part2, fresh181_part3, fresh181_part4, fresh181_part5, fresh181_part6, fresh181_part7):
    m.load(T)

def main():
    out, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (n, c)
        for c in sig: assert c in SIG, (n, c)
        for c in typ: assert c in TYP, (n, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), n
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        out.append({"id": "f181-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    if not 300 <= len(out) <= 320: print("COUNT OUT OF RANGE", len(out))
    with open(os.path.join(HERE, "fresh181.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not (o["indicators"] or o["signs"] or o["exploitation"]): none += 1
    print("texts", len(out), "with no label", none)
    for name, c, allc in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()), ("types", ct, TYP.values()), ("risk", cr, ["immediate", "high", "medium", "low"])):
        print(name)
        for k in allc: print("  %-32s %d" % (k, c[k]))
    lens = [len(o["text"].split()) for o in out]
    print("short(<40w)", sum(l < 40 for l in lens), "mid", sum(40 <= l <= 120 for l in lens), "long(>120w)", sum(l > 120 for l in lens))

if __name__ == "__main__":
    main()
