#!/usr/bin/env python3
"""Hand-written training texts (set 10). Each entry: text, indicators, signs, types, risk.
Short codes below are expanded; sign/indicator pairs are kept together."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]

E = []
def T(text, ind="", sig="", typ="", risk="l"):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))

from fresh10_part1 import add as add1
add1(T)
try:
    from fresh10_part2 import add as add2
    add2(T)
except ImportError:
    pass
try:
    from fresh10_part3 import add as add3
    add3(T)
except ImportError:
    pass

out = []
for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig = set(ind), set(sig)
    for a, b in PAIRS:
        if a in ind: sig.add(b)
        if b in sig: ind.add(a)
    out.append({"id": f"f10-{n:03d}", "text": text,
                "indicators": [IND[k] for k in IND if k in ind],
                "signs": [SIG[k] for k in SIG if k in sig],
                "exploitation": [TYP[k] for k in TYP if k in typ],
                "risk": RISK[risk]})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "fresh10.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
