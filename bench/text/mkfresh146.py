#!/usr/bin/env python3
"""Hand-written training texts for set fresh146 (children emphasis).
Each entry: (text, indicators, signs, exploitation, risk) using short codes expanded below."""
import json, os, glob
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
HERE = os.path.dirname(os.path.abspath(__file__))
entries = []
for part in sorted(glob.glob(os.path.join(HERE, "mkfresh146_part*.py"))):
    ns = {}
    exec(open(part, encoding="utf-8").read(), ns)
    entries.extend(ns["E"])
out = os.path.join(HERE, "fresh146.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, (t, i, s, x, r) in enumerate(entries, 1):
        rec = {"id": "f146-%03d" % n, "text": t.strip(),
               "indicators": [IND[k] for k in i.split()], "signs": [SIG[k] for k in s.split()],
               "exploitation": [TYP[k] for k in x.split()], "risk": RISK[r]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(entries), "written to", out)
