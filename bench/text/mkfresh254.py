#!/usr/bin/env python3
"""fresh254: blind, hand-labelled evaluation texts about modern slavery.
Emphasis: control through fear and threats (violence against victim and family, police,
immigration/deportation, juju oaths and curses, exposure with photos, "consequences",
threats implied by what happened to others, conditional threats), plus rows, disputes and
tough talk that are not exploitation. Writes fresh254.jsonl next to itself."""
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
RISKS = ("immediate", "high", "medium", "low")

E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


import fresh254_part1, fresh254_part2, fresh254_part3  # noqa: E402
for mod in (fresh254_part1, fresh254_part2, fresh254_part3):
    mod.add(T)


def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (i, c)
        for c in sig:
            assert c in SIG, (i, c)
        for c in typ:
            assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        r = risk_of(ind, typ, risk)
        assert r in RISKS, (i, r)
        t = " ".join(text.split()) if "\n" not in text else text.strip()
        assert t not in seen, ("duplicate text", i, t[:60])
        seen.add(t)
        out.append({"id": "f254-%03d" % i, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh254.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    if "-q" not in sys.argv:
        from collections import Counter
        ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
        none = 0
        for o in out:
            ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
            if not o["indicators"] and not o["exploitation"]:
                none += 1
        print("texts", len(out), "no exploitation", none)
        for c in IND.values():
            print("  ind", c, ci[c])
        for c in SIG.values():
            print("  sig", c, cs[c])
        for c in TYP.values():
            print("  typ", c, ct[c])
        print("  risk", dict(cr))
        wl = [len(o["text"].split()) for o in out]
        print("  short<40", sum(w < 40 for w in wl), "mid40-120", sum(40 <= w <= 120 for w in wl), "long>120", sum(w > 120 for w in wl))


if __name__ == "__main__":
    main()
