#!/usr/bin/env python3
"""Builds bench/text/fresh8.jsonl from hand-written texts and hand-set labels.
Short codes are expanded below; paired signs/indicators are added per the conventions."""
import json, os, glob

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", VIO="physical_sexual_violence", THR="intimidation_threats",
           DOC="retention_of_documents", WAG="withholding_wages", DEBT="debt_bondage",
           AC="abusive_conditions", OT="excessive_overtime")
SIG = dict(PA="physical_appearance", ISD="isolated", PLC="poor_living_conditions",
           OVC="overcrowded_accommodation", SAW="sleeps_at_workplace", FPE="few_personal_effects",
           RM="restricted_movement", CEDL="collected_early_dropped_late", FOA="fear_of_authorities",
           UF="upfront_fees", DT="documents_taken", ET="escorted_transport", CT="charged_transport",
           LH="long_hours", PPE="ppe_charges", NCW="no_control_of_wages", SFW="speaks_for_workers",
           MBC="multiple_bank_cards")
EXP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("ROM", "RM"), ("DOC", "DT"), ("OT", "LH"), ("ISO", "ISD")]

ROWS = []
def T(text, ind="", sig="", exp="", risk=None):
    ROWS.append((text.strip(), ind.split(), sig.split(), exp.split(), risk))

here = os.path.dirname(os.path.abspath(__file__))
for part in sorted(glob.glob(os.path.join(here, "mkfresh8_part*.py"))):
    exec(open(part, encoding="utf-8").read())

out = []
for n, (text, ind, sig, exp, risk) in enumerate(ROWS, 1):
    ind, sig = set(ind), set(sig)
    for i, s in PAIR:
        if i in ind: sig.add(s)
        if s in sig: ind.add(i)
    if risk is None:
        if "VIO" in ind or "S" in exp or ("THR" in ind and "ROM" in ind) or len(ind) >= 3:
            risk = "high"
        elif ind or exp:
            risk = "medium"
        else:
            risk = "low"
    else:
        risk = {"I": "immediate", "H": "high", "M": "medium", "L": "low"}[risk]
    out.append({"id": "f8-%03d" % n, "text": text,
                "indicators": [IND[k] for k in IND if k in ind],
                "signs": [SIG[k] for k in SIG if k in sig],
                "exploitation": [EXP[k] for k in EXP if k in exp],
                "risk": risk})
with open(os.path.join(here, "fresh8.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
