#!/usr/bin/env python3
"""fresh267: blind evaluation set, emphasis on telling exploitation types apart
(labour / criminal / sexual / domestic servitude overlaps) and sector or crime
look-alikes with no exploitation. Writes fresh267.jsonl next to this script."""
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

E = []
for n in range(1, 15):
    mod = __import__("fresh267_part%d" % n)
    E.extend(mod.E)

out, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    for c in ind: assert c in IND, (i, c)
    for c in sig: assert c in SIG, (i, c)
    for c in typ: assert c in TYP, (i, c)
    assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
    assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
    t = " ".join(text.split())
    assert t not in seen, ("duplicate text", i)
    seen.add(t)
    out.append({"id": "f267-%03d" % i, "text": t,
                "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
ids = [o["id"] for o in out]
assert len(ids) == len(set(ids))
assert 300 <= len(out) <= 320, len(out)
with open(os.path.join(HERE, "fresh267.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
    print("texts", len(out))
    print("no exploitation (no ind/type):", sum(1 for o in out if not o["indicators"] and not o["exploitation"]))
    print("nothing at all:", sum(1 for o in out if not o["indicators"] and not o["exploitation"] and not o["signs"]))
    for k in IND.values(): print("  ", k, ci[k])
    for k in SIG.values(): print("  ", k, cs[k])
    for k in TYP.values(): print("  ", k, ct[k])
    print(dict(cr))
