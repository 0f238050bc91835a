"""Builds bench/text/fresh128.jsonl from hand-written texts and labels held below.
Each entry: E(text, indicators, signs, types, risk=None). Codes are short keys expanded
below; risk is derived from the labelling conventions unless given explicitly."""
import json, os, sys
IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = dict(ROM="rm", RD="dt", EO="lh", ISO="iso")
ENTRIES = []
def E(text, ind="", sig="", typ="", risk=None):
    ENTRIES.append((text, ind.split(), sig.split(), typ.split(), risk))

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
here = os.path.dirname(os.path.abspath(__file__))
for part in ("fresh128_a.py", "fresh128_b.py", "fresh128_c.py", "fresh128_d.py", "fresh128_e.py"):
    p = os.path.join(here, "mkfresh128_parts", part)
    if os.path.exists(p):
        exec(open(p, encoding="utf-8").read(), {"E": E})

out = []
for i, (text, ind, sig, typ, risk) in enumerate(ENTRIES, 1):
    sig = list(sig)
    for k, s in PAIR.items():
        if k in ind and s not in sig:
            sig.append(s)
    inds = [IND[k] for k in ind]
    sigs = [SIG[k] for k in sig]
    typs = [TYP[k] for k in typ]
    if risk is None:
        n = len(inds)
        if ("PSV" in ind or "S" in typ or n >= 3 or ("IT" in ind and "ROM" in ind)):
            risk = "high"
        elif inds or typs:
            risk = "medium"
        else:
            risk = "low"
    else:
        risk = dict(i="immediate", h="high", m="medium", l="low")[risk]
    out.append({"id": "f128-%03d" % i, "text": text, "indicators": inds, "signs": sigs,
                "exploitation": typs, "risk": risk})
with open(os.path.join(here, "fresh128.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "lines written")
