#!/usr/bin/env python3
"""Blind evaluation set fresh186: a month's intake in Scotland (Police Scotland, TARA,
Migrant Help, social work, North East fishing, Glasgow nail bars and car washes, Angus and
Perthshire fruit farms). About a third with no exploitation. Standard library only."""
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

import fresh186_part1, fresh186_part2, fresh186_part3, fresh186_part4, fresh186_part5
for m in (fresh186_part1, fresh186_part2, fresh186_part3, fresh186_part4, fresh186_part5):
    m.add(T)

POLICE_FOOT = [
    "Submitted by: PC 2291 R. MACLEOD, Community Investigation Unit. Handling code P, may be disseminated within Police Scotland. Copied to the MSHT Unit, the Divisional Intelligence Unit and the local Inspector for tasking. Review date set for 28 days; supervisor to note and endorse.",
    "Officer completing: DC 1187 A. STEWART. Actions: 1) intelligence checks on all nominals, vehicles and addresses; 2) liaise with the partners named above; 3) update this log with the result. A crime report number will follow if a crime is established.",
    "Recorded by Sgt 0642 K. DUNCAN. Linked iVPD entries have been checked. The result of enquiries is to be added to the log and the original caller updated where appropriate. Please contact the originator before taking any action on this information.",
]
PARTNER_FOOT = [
    "Completed by support worker (initials JM). Consent obtained to share with Police Scotland and the local authority. Next review at the weekly case meeting. Record held on the case management system; do not forward outside partner agencies.",
    "Author: senior practitioner, duty team. Shared under the agreed information-sharing protocol with Police Scotland and relevant partners. Team manager informed and agrees with the actions set out above. Chronology updated; further review within ten working days.",
    "Prepared for the multi-agency MSHT group. Information correct at the time of writing. Partners are asked to update the chair with anything new before the next meeting. Please handle in line with the data sharing agreement and do not copy further.",
]
NO_FOOT = ("Statement,", "Statement extract", "Victim impact", "I am", "I ", "Member", "Neighbour", "Report from a volunteer", "Debrief")
POLICE_START = ("Police Scotland", "Intel", "INT", "Incident", "Call handler", "Call log", "Log of a call")
_k = [0, 0]
def footed(text):
    """Official records carry an admin footer (label-neutral): applied to longer logs and notes."""
    n = len(text.split())
    if not (80 <= n < 120) or text.startswith(NO_FOOT):
        return text
    if text.startswith(POLICE_START):
        f = POLICE_FOOT[_k[0] % 3]; _k[0] += 1
    else:
        f = PARTNER_FOOT[_k[1] % 3]; _k[1] += 1
    return text + "\n" + f

def main():
    out, seen = [], set()
    for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
        text = " ".join(text.split()) if "\n" not in text else text.strip()
        text = footed(text)
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for c in ind: assert c in IND, (i, c)
        for c in sig: assert c in SIG, (i, c)
        for c in typ: assert c in TYP, (i, c)
        assert len(set(ind)) == len(ind) and len(set(sig)) == len(sig), i
        r = risk_of(ind, typ, risk)
        assert r in ("immediate", "high", "medium", "low"), (i, r)
        assert text not in seen, ("duplicate text", i, text[:60])
        seen.add(text)
        out.append({"id": "f186-%03d" % i, "text": text,
                    "indicators": [IND[c] for c in ind], "signs": [SIG[c] for c in sig],
                    "exploitation": [TYP[c] for c in typ], "risk": r})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    with open(os.path.join(HERE, "fresh186.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    none = 0
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
        if not o["indicators"] and not o["exploitation"]: none += 1
    print("texts", len(out), "no exploitation", none)
    for k in IND.values(): print("  ind", k, ci[k])
    for k in SIG.values(): print("  sig", k, cs[k])
    for k in TYP.values(): print("  typ", k, ct[k])
    print("  risk", dict(cr))

if __name__ == "__main__":
    main()
