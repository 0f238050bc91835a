#!/usr/bin/env python3
"""fresh223: blind evaluation set - Border Force, Immigration Enforcement, asylum, smuggling vs trafficking."""
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
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))
def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"
import fresh223_part1, fresh223_part2, fresh223_part3, fresh223_part4, fresh223_part5, fresh223_part6
for m in (fresh223_part1, fresh223_part2, fresh223_part3, fresh223_part4, fresh223_part5, fresh223_part6):
    m.add(T)
out, seen = [], set()
from collections import Counter
ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
none = 0
for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    for c in ind: assert c in IND, (n, c)
    for c in sig: assert c in SIG, (n, c)
    for c in typ: assert c in TYP, (n, c)
    assert text not in seen, text[:60]
    seen.add(text)
    r = risk_of(ind, typ, risk)
    assert r in ("immediate", "high", "medium", "low")
    ci.update(IND[c] for c in ind); cs.update(SIG[c] for c in sig); ct.update(TYP[c] for c in typ); cr[r] += 1
    if not ind and not sig and not typ: none += 1
    out.append(dict(id="f223-%03d" % n, text=text, indicators=[IND[c] for c in ind],
                    signs=[SIG[c] for c in sig], exploitation=[TYP[c] for c in typ], risk=r))
ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "fresh223.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
print("texts", len(out), "none", none)
for k in IND.values(): print(" ", k, ci[k])
for k in SIG.values(): print(" ", k, cs[k])
for k in TYP.values(): print(" ", k, ct[k])
print(dict(cr))
