#!/usr/bin/env python3
"""fresh203: blind evaluation set of very short texts (one-liners, CAD updates, handovers,
referral headlines, messages) about modern slavery and benign look-alikes. Standard library only."""
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

import fresh203_part1, fresh203_part2, fresh203_part3
for m in (fresh203_part1, fresh203_part2, fresh203_part3):
    m.add(T)

def main():
    seen = set(); out = []
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (c, text)
        for c in sig: assert c in SIG, (c, text)
        for c in typ: assert c in TYP, (c, text)
        assert risk in (None, "immediate", "high", "medium", "low"), risk
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), text
        assert text not in seen, ("duplicate", text)
        seen.add(text)
        out.append({"id": "f203-%03d" % i, "text": text, "indicators": [IND[c] for c in ind],
                    "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ],
                    "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh203.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"] and not o["signs"]: none += 1
    print("texts", len(out), "none", none)
    for k in IND.values(): print("  ind", k, ci[k])
    for k in SIG.values(): print("  sig", k, cs[k])
    for k in TYP.values(): print("  typ", k, ct[k])
    print("risk", dict(cr))
    wc = [len(o["text"].split()) for o in out]
    print("words min/max/mean", min(wc), max(wc), sum(wc) / len(wc))

if __name__ == "__main__":
    main()
