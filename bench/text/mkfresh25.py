# Hand-written held-out texts for Sightline (fresh25). Each entry is written individually;
# this script only expands short label codes and writes JSONL.
import json, os, glob
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
ENTRIES = []
def T(text, inds="", signs="", types="", flag=""):
    ENTRIES.append((text, inds.split(), signs.split(), types.split(), flag))
here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, "fresh25_parts", "part*.py"))):
    exec(open(f, encoding="utf-8").read())
out = []
for n, (text, inds, signs, types, flag) in enumerate(ENTRIES, 1):
    inds, signs = list(inds), list(signs)
    for a, b in PAIRS:
        if a in inds and b not in signs: signs.append(b)
        if b in signs and a not in inds: inds.append(a)
    if "c" in flag and "AV" not in inds: inds.append("AV")
    if "i" in flag: risk = "immediate"
    elif "c" in flag or "h" in flag or "PV" in inds or "S" in types or ("IT" in inds and "RM" in inds) or len(inds) >= 3: risk = "high"
    elif inds or types: risk = "medium"
    else: risk = "low"
    out.append({"id": "f25-%03d" % n, "text": text,
                "indicators": [IND[x] for x in IND if x in inds],
                "signs": [SIG[x] for x in SIG if x in signs],
                "exploitation": [TYP[x] for x in TYP if x in types], "risk": risk})
    for x in inds: assert x in IND, (n, x)
    for x in signs: assert x in SIG, (n, x)
    for x in types: assert x in TYP, (n, x)
with open(os.path.join(here, "fresh25.jsonl"), "w", encoding="utf-8") as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
