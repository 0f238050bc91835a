#!/usr/bin/env python3
"""fresh263: blind evaluation set, Humberside and North Yorkshire intake (Hull, Grimsby,
Scunthorpe, Goole, York, Harrogate, ports, food factories, Wolds farms) and partners."""
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
RISKS = ("immediate", "high", "medium", "low")
E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh263_part1, fresh263_part2, fresh263_part3, fresh263_part4, fresh263_part5, fresh263_part6, fresh263_part7, fresh263_part8
for m in (fresh263_part1, fresh263_part2, fresh263_part3, fresh263_part4, fresh263_part5, fresh263_part6, fresh263_part7, fresh263_part8):
    m.load(T)

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (i, r)
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        out.append({"id": "f263-%03d" % i, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert 300 <= len(out) <= 320, len(out)
    with open(os.path.join(HERE, "fresh263.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["signs"] and not o["exploitation"]: none += 1
    print("texts", len(out), "none", none)
    for k in IND.values(): print("  ind", k, ci[k])
    for k in SIG.values(): print("  sig", k, cs[k])
    for k in TYP.values(): print("  typ", k, ct[k])
    print("  risk", dict(cr))
    w = Counter()
    for o in out:
        n = len(o["text"].split())
        w["short<40" if n < 40 else "mid40-120" if n <= 120 else "long>120"] += 1
    print("  lengths", dict(w))

if __name__ == "__main__":
    main()
