#!/usr/bin/env python3
"""Hand-written short texts for Sightline's indicator detector (set fresh151).
Each entry: (text, indicators, signs, exploitation, risk) with short codes expanded below.
Every text is written individually; the codes are only abbreviations for the labels."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ENTRIES = []
for part in ("fresh151_part1", "fresh151_part2", "fresh151_part3"):
    try:
        mod = __import__(part)
    except ImportError:
        continue
    ENTRIES.extend(mod.E)

def expand(codes, table):
    return [table[c] for c in codes.split()] if codes else []

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh151.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, (text, ind, sig, typ, risk) in enumerate(ENTRIES, 1):
        rec = {"id": f"f151-{n:03d}", "text": text, "indicators": expand(ind, IND),
               "signs": expand(sig, SIG), "exploitation": [TYP[c] for c in typ.replace(" ", "")],
               "risk": RISK[risk]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(ENTRIES), "written to", out)
