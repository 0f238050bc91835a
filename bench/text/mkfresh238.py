#!/usr/bin/env python3
"""Write bench/text/fresh238.jsonl: a blind, hand-labelled set of texts about modern
slavery, with an emphasis on children and young people (county lines, CSE, children in
cannabis grows and domestic servitude, trafficked unaccompanied children) and ordinary
child-protection referrals with no exploitation."""
import collections, json, os, sys

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


def risk_of(ind, typ, risk):
    if risk:
        return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


def main():
    import fresh238_part1, fresh238_part2, fresh238_part3, fresh238_part4, fresh238_part5
    entries = []
    for mod in (fresh238_part1, fresh238_part2, fresh238_part3, fresh238_part4, fresh238_part5):
        entries.extend(mod.E)
    out, seen = [], set()
    for n, (text, ind, sig, typ, risk) in enumerate(entries, 1):
        text = text.strip()
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for codes, table in ((ind, IND), (sig, SIG), (typ, TYP)):
            for c in codes:
                assert c in table, (n, c, text[:60])
            assert len(set(codes)) == len(codes), (n, codes)
        assert risk is None or risk in RISKS, (n, risk)
        assert text not in seen, ("duplicate text", n, text[:60])
        seen.add(text)
        out.append({"id": "f238-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh238.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # report
    cnt = collections.Counter()
    for o in out:
        for k in ("indicators", "signs", "exploitation"):
            cnt.update(o[k])
        cnt["risk:" + o["risk"]] += 1
    none = sum(1 for o in out if not o["indicators"] and not o["exploitation"])
    words = [len(o["text"].split()) for o in out]
    print("texts", len(out), "no-exploitation", none)
    print("length <40w %d, 40-120w %d, >120w %d" % (sum(w < 40 for w in words),
          sum(40 <= w <= 120 for w in words), sum(w > 120 for w in words)))
    for table in (IND, SIG, TYP):
        for v in table.values():
            print("  %-32s %d" % (v, cnt[v]))
    for r in RISKS:
        print("  risk %-27s %d" % (r, cnt["risk:" + r]))


if __name__ == "__main__":
    main()
