#!/usr/bin/env python3
"""fresh247: blind evaluation set. NRM referral narratives, Duty to Notify forms,
first responders' accounts (LA, police, Border Force, Home Office, Salvation Army,
Barnardo's, Migrant Help), adults declining the NRM, child referrals, referrals
later found not to be exploitation, plus intelligence logs, public calls and look-alikes."""
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
E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))

def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"

import fresh247_part1, fresh247_part2, fresh247_part3, fresh247_part4, fresh247_part5
for m in (fresh247_part1, fresh247_part2, fresh247_part3, fresh247_part4, fresh247_part5):
    m.add(T)

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig) and len(set(typ)) == len(typ), i
        assert text not in seen, ("duplicate text", i, text[:60])
        seen.add(text)
        out.append({"id": "f247-%03d" % i, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": risk_of(ind, typ, risk)})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh247.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts")
    if "-v" in sys.argv:
        from collections import Counter
        for key in ("indicators", "signs", "exploitation"):
            c = Counter(x for o in out for x in o[key])
            for k, v in sorted(c.items(), key=lambda kv: -kv[1]): print(" ", key, k, v)
        print("  risk", dict(Counter(o["risk"] for o in out)))
        print("  none:", sum(1 for o in out if not o["indicators"] and not o["exploitation"] and not o["signs"]))
        print("  no exploitation type:", sum(1 for o in out if not o["exploitation"]))
        w = [len(o["text"].split()) for o in out]
        print("  <=30 words:", sum(x <= 30 for x in w), " 31-120:", sum(30 < x <= 120 for x in w), " >120:", sum(x > 120 for x in w))

if __name__ == "__main__":
    main()
