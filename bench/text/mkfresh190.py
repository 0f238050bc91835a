#!/usr/bin/env python3
"""fresh190: blind evaluation set (ROCU / NCA intelligence-desk flavour). Standard library only."""
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

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh190_part1, fresh190_part2, fresh190_part3, fresh190_part4, fresh190_part5
E = fresh190_part1.E + fresh190_part2.E + fresh190_part3.E + fresh190_part4.E + fresh190_part5.E

def main():
    out, seen = [], set()
    from fresh190_part6 import ADD, ADD2, ADD3, ADD4
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        if i in ADD: text = text + "\n\n" + ADD[i]
        if i in ADD2: text = text + " " + ADD2[i]
        if i in ADD3: text = text + " " + ADD3[i]
        if i in ADD4: text = text + " " + ADD4[i]
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        assert risk in (None, "immediate", "high", "medium", "low"), i
        t = " ".join(text.split())
        assert t not in seen, ("dup", i, t[:60]); seen.add(t)
        out.append(dict(id="f190-%03d" % i, text=t, indicators=[IND[c] for c in ind],
                        signs=[SIG[c] for c in sig], exploitation=[TYP[c] for c in typ],
                        risk=risk_of(ind, typ, risk)))
    ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh190.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not (o["indicators"] or o["signs"] or o["exploitation"]): none += 1
    print("texts", len(out), "no-label", none)
    for k in IND.values(): print("IND", k, ci[k])
    for k in SIG.values(): print("SIG", k, cs[k])
    for k in TYP.values(): print("TYP", k, ct[k])
    print("RISK", dict(cr))

if __name__ == "__main__":
    main()
