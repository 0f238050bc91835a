#!/usr/bin/env python3
"""Blind evaluation set fresh182: local authority enforcement and inspections
(environmental health, trading standards, licensing, HMO/housing, fire safety,
planning, joint visits with police and GLAA), plus intelligence logs, referrals,
public reports and first-person accounts. Writes fresh182.jsonl beside itself."""
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

import fresh182_part1, fresh182_part2, fresh182_part3, fresh182_part4, fresh182_long

E = []
for mod in (fresh182_part1, fresh182_part2, fresh182_part3, fresh182_part4):
    E.extend(mod.E)

# some texts carry a follow-on paragraph (fresh182_long.X, keyed by the text's opening)
_used = set()
for i, (text, ind, sig, typ, risk) in enumerate(E):
    for k, more in fresh182_long.X.items():
        if text.startswith(k):
            E[i] = (text.rstrip() + "\n\n" + more.strip(), ind, sig, typ, risk)
            _used.add(k)
assert _used == set(fresh182_long.X), set(fresh182_long.X) - _used


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    out, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (n, c)
        for c in sig:
            assert c in SIG, (n, c)
        for c in typ:
            assert c in TYP, (n, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        out.append({"id": "f182-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh182.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            none += 1
    print("texts", len(out), "no exploitation", none)
    for name, c, keys in (("indicators", ci, IND.values()), ("signs", cs, SIG.values()),
                          ("types", ct, TYP.values()), ("risk", cr, ["immediate", "high", "medium", "low"])):
        print(name)
        for k in keys:
            print("  %-32s %d" % (k, c[k]))


if __name__ == "__main__":
    main()
