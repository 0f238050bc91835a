#!/usr/bin/env python3
"""Blind evaluation set fresh256: a month's intake at West Midlands Police / West Mercia and partners."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(PA="physical_appearance", IS="isolated", PLC="poor_living_conditions", OA="overcrowded_accommodation",
           SW="sleeps_at_workplace", FPE="few_personal_effects", RMS="restricted_movement",
           CE="collected_early_dropped_late", FA="fear_of_authorities", UF="upfront_fees", DT="documents_taken",
           ET="escorted_transport", CT="charged_transport", LH="long_hours", PPE="ppe_charges",
           NCW="no_control_of_wages", SFW="speaks_for_workers", MBC="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh256_part1, fresh256_part2, fresh256_part3, fresh256_part4
E = fresh256_part1.E + fresh256_part2.E + fresh256_part3.E + fresh256_part4.E

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        t = " ".join(text.split()) if "\n" not in text.strip() else text.strip()
        assert t not in seen, ("duplicate text", i)
        seen.add(t)
        out.append({"id": "f256-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh256.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts written")

if __name__ == "__main__":
    main()
