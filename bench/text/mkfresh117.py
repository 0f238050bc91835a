#!/usr/bin/env python3
"""Hand-written helpline-style texts for fresh117 (labels written by hand per text).
Label string: "INDICATORS|SIGNS|TYPES|RISK" with short codes expanded below.
RISK letter i/h/m/l; empty = derived from the hand labels (low if nothing; high if violence,
sexual, threats+restriction or 3+ indicators; otherwise medium)."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ENTRIES = []
def E(lab, text):
    ENTRIES.append((lab, text))
HERE = os.path.dirname(os.path.abspath(__file__))
for part in sorted(f for f in os.listdir(HERE) if f.startswith("fresh117_part") and f.endswith(".py")):
    exec(open(os.path.join(HERE, part), encoding="utf-8").read())
out = []
for n, (lab, text) in enumerate(ENTRIES, 1):
    i, s, t, r = (lab.split("|") + [""] * 4)[:4]
    inds = [IND[x] for x in i.split()]; sigs = [SIG[x] for x in s.split()]; typs = [TYP[x] for x in t.split()]
    if r:
        risk = RISK[r]
    elif not inds and not sigs and not typs:
        risk = "low"
    elif ("physical_sexual_violence" in inds or "sexual" in typs or len(inds) >= 3
          or ("intimidation_threats" in inds and "restriction_of_movement" in inds)):
        risk = "high"
    elif inds or typs:
        risk = "medium"
    else:
        risk = "low"
    out.append({"id": "f117-%03d" % n, "text": text.strip(), "indicators": inds, "signs": sigs,
                "exploitation": typs, "risk": risk})
with open(os.path.join(HERE, "fresh117.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
