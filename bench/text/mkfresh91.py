#!/usr/bin/env python3
"""Hand-written texts for fresh91 (domestic servitude / family emphasis). Each entry is
written individually; this script only expands short label codes and writes JSONL."""
import json, os, glob

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", nw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

ENTRIES = []
def T(text, ind="", sig="", typ="", risk="l"):
    sig = sig.split()
    # convention: a described indicator carries its paired sign
    for i, s in (("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")):
        if i in ind.split() and s not in sig:
            sig.append(s)
    ENTRIES.append(dict(text=text.strip(),
                        indicators=[IND[c] for c in ind.split()],
                        signs=[SIG[c] for c in sig],
                        exploitation=[TYP[c] for c in typ.split()],
                        risk=RISK[risk]))

here = os.path.dirname(os.path.abspath(__file__))
for part in sorted(glob.glob(os.path.join(here, "fresh91_parts", "p*.py"))):
    exec(open(part, encoding="utf-8").read(), {"T": T})

if __name__ == "__main__":
    out = os.path.join(here, "fresh91.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, e in enumerate(ENTRIES, 1):
            f.write(json.dumps(dict(id="f91-%03d" % i, **e), ensure_ascii=False) + "\n")
    print(len(ENTRIES), "texts ->", out)
