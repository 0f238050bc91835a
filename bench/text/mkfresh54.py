#!/usr/bin/env python3
"""Hand-written labelled texts (set 54, Northern Ireland mix). Each entry is written
individually; this script only expands short label codes and writes JSONL.
Entry: (text, indicators, signs, types, risk)  -- risk '' = derived from the brief's rule,
otherwise i/h/m/l explicit (children, immediate danger)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
def E(text, ind="", sig="", typ="", risk=""):
    T.append((text, ind, sig, typ, risk))

from parts54 import part1, part2, part3, part4
part1(E)
part2(E)
part3(E)
part4(E)

def derive(ind, typ):
    if not ind and not typ:
        return "low"
    if len(ind) >= 3 or "physical_sexual_violence" in ind or "sexual" in typ:
        return "high"
    if "intimidation_threats" in ind and "restriction_of_movement" in ind:
        return "high"
    return "medium"

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh54.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, (text, ind, sig, typ, risk) in enumerate(T, 1):
        i = [IND[c] for c in ind.split()]
        s = [SIG[c] for c in sig.split()]
        t = [TYP[c] for c in typ.split()]
        assert len(set(i)) == len(i) and len(set(s)) == len(s), text[:40]
        r = RISK[risk] if risk else derive(i, t)
        f.write(json.dumps({"id": f"f54-{n:03d}", "text": text, "indicators": i,
                            "signs": s, "exploitation": t, "risk": r}, ensure_ascii=False) + "\n")
print(len(T), "texts ->", out)
