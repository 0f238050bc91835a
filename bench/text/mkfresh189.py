#!/usr/bin/env python3
"""Blind evaluation set fresh189: labour exploitation in the formal economy and on
sponsored visas (care, construction, hospitality, food factories, warehouses, delivery
riders), sponsor licence abuse, recruitment fees and deductions, with legitimate
employers and ordinary employment disputes as look-alikes."""
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

import fresh189_part1, fresh189_part2, fresh189_part3, fresh189_part4, fresh189_part5
E = fresh189_part1.E + fresh189_part2.E + fresh189_part3.E + fresh189_part4.E + fresh189_part5.E

# Second-read corrections (start of text -> extra indicator codes, extra sign codes)
FIX = {
    'Ref MSVCC-2024-1187. Potential victim (K': ('', 'RMS'),
    'Anon: carer girls at number 8 always hav': ('', 'RMS'),
    'Text from member of public: u need to ch': ('ISO', ''),
    'Domestic worker visa holder (Overseas Do': ('', 'IS'),
    'INT 2/B/P. Massage parlour, Lower Ground': ('AC ISO', ''),
    'Cannabis factory, Kettering. Vietnamese ': ('', 'IS'),
    "CASE NOTES - Migrant Workers' Advice Pro": ('', 'RMS'),
    "Report (public, online form): Hi, I'm a ": ('ISO', ''),
    'Referral (Salvation Army): Ghanaian male': ('', 'RMS'),
    'Bakery, Bradford. Local authority food h': ('AC', ''),
    'Anon: theres a big house on Oakley Rd wi': ('ISO', ''),
    'Delivery rider (Bangladeshi, 20) stopped': ('', 'IS'),
    'The housekeeper has one bag of belonging': ('AC', ''),
    'Referral - Medaille Trust. Female, 27, V': ('AC', 'RMS'),
    'Member of public: every time I go in tha': ('AC', ''),
}
for _k, (_i, _s) in FIX.items():
    _hits = [n for n, e in enumerate(E) if " ".join(e[0].split()).startswith(_k)]
    assert len(_hits) == 1, _k
    _t, _ind, _sig, _typ, _r = E[_hits[0]]
    E[_hits[0]] = (_t, (_ind + " " + _i).strip(), (_sig + " " + _s).strip(), _typ, _r)


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
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind:
            assert c in IND, (n, c)
        for c in sig:
            assert c in SIG, (n, c)
        for c in typ:
            assert c in TYP, (n, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (n, risk)
        t = " ".join(text.split())
        assert t not in seen, ("duplicate text", n)
        seen.add(t)
        out.append({"id": "f189-%03d" % n, "text": t,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh189.jsonl"), "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter()
    for o in out:
        for k in ("indicators", "signs", "exploitation"):
            for v in o[k]:
                c[v] += 1
        c["risk:" + o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]:
            c["(no exploitation)"] += 1
    print(len(out), "texts")
    for k in list(IND.values()) + list(SIG.values()) + list(TYP.values()):
        print("%5d  %s" % (c[k], k))
    for k in sorted(x for x in c if x.startswith("risk:") or x.startswith("(")):
        print("%5d  %s" % (c[k], k))


if __name__ == "__main__":
    main()
