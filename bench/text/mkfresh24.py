#!/usr/bin/env python3
"""Hand-written texts for fresh24. Each DATA line: risk|types|indicators|signs|text
risk: i=immediate, h=force high (e.g. child), blank=computed from labels.
Codes are short forms mapped below; every text was written individually."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", is_="isolated", pl="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fe="few_personal_effects", rm="restricted_movement",
           cd="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", pp="ppe_charges",
           nc="no_control_of_wages", sp="speaks_for_workers", mb="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "is_")]
DATA = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "mkfresh24_data.txt"), encoding="utf-8").read()

def main():
    out = []
    for raw in DATA.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        r, t, i, s, text = raw.split("|", 4)
        inds = i.split(); sigs = ["is_" if x == "is" else x for x in s.split()]; typs = t.split() if t.strip() else []
        typs = list(t.strip()) if t.strip() else []
        for a, b in PAIRS:
            if a in inds and b not in sigs: sigs.append(b)
            if b in sigs and a not in inds: inds.append(a)
        if r == "i": risk = "immediate"
        elif r == "h" or "PV" in inds or "S" in typs or ("IT" in inds and "RM" in inds) or len(inds) >= 3: risk = "high"
        elif inds or typs: risk = "medium"
        else: risk = "low"
        out.append(dict(id="f24-%03d" % (len(out) + 1), text=text.strip(), indicators=[IND[x] for x in inds],
                        signs=[SIG[x] for x in sigs], exploitation=[TYP[x] for x in typs], risk=risk))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh24.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "written")
main()
