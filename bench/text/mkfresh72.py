#!/usr/bin/env python3
"""Hand-written training texts for Sightline (set fresh72). Each entry is written by hand;
the script only expands short label codes and writes JSON Lines."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = {"RD": "dt", "RM": "rm", "EO": "lh", "IS": "iso"}

def expand(entry):
    text, ind, sig, typ, risk = entry
    ind = ind.split(); sig = sig.split(); typ = typ.split()
    for i, s in PAIR.items():
        if i in ind and s not in sig: sig.append(s)
        if s in sig and i not in ind: ind.append(i)
    if risk == "imm": r = "immediate"
    elif risk == "hi": r = "high"
    elif risk: raise ValueError(risk)
    elif "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: r = "high"
    elif ind or typ: r = "medium"
    else: r = "low"
    return {"text": text, "indicators": sorted(IND[c] for c in set(ind)),
            "signs": sorted(SIG[c] for c in set(sig)),
            "exploitation": sorted(TYP[c] for c in set(typ)), "risk": r}

from fresh72_data1 import D1
D = list(D1)
try:
    from fresh72_data2 import D2; D += D2
except ImportError: pass
try:
    from fresh72_data3 import D3; D += D3
except ImportError: pass

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh72.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, e in enumerate(D, 1):
        rec = {"id": "f72-%03d" % n}; rec.update(expand(e))
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(D), "written to", out)
