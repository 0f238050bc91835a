#!/usr/bin/env python3
"""fresh262: blind evaluation set, East Midlands (Leicestershire, Notts, Derbyshire) month's intake."""
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
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))
def risk_of(ind, typ, risk):
    if risk: return risk
    if "PSV" in ind or "S" in typ or "O" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: return "high"
    if ind or typ: return "medium"
    return "low"
import fresh262_part1, fresh262_part2, fresh262_part3, fresh262_part4, fresh262_part5
for m in (fresh262_part1, fresh262_part2, fresh262_part3, fresh262_part4, fresh262_part5):
    m.add(T)

# Admin tails written for this set: follow-up actions that carry no indicator or sign of their own,
# added to some official entries so that the set has enough longer texts.
TAILS = [
 "Actions: PNC and PND checks completed on the address and all named persons. Council tax, electoral roll and utilities checked via the partnership desk. Intel log submitted to the FIB and flagged to the force MSHT SPOC for the next daily management meeting. Neighbourhood team to be briefed at the start of the next tour so patrols in the area are aware. OIC to update this log once the partner agencies have replied. Review date set for seven days from today.",
 "Research by the analyst: the phone number given links to two previous logs from 2024, both filed with no further action at the time. No firearms or weapons markers. The vehicle mentioned is registered to a leasing company in Coventry and the keeper details have been requested. A tasking request has been raised for the local CID team. Interpreter booked for any follow-up interview. Supervisor has reviewed and agrees the grading. Partner information sharing agreement applies to the contents of this entry.",
 "Next steps agreed at the strategy discussion: the local authority will lead on safeguarding, the police will lead on the criminal investigation, and the health representative will check whether any other attendances are recorded at the hospital or at local GP surgeries. A written record has been circulated to all attendees marked OFFICIAL-SENSITIVE. Further meeting to be held in ten working days. Anyone with further information should contact the MASH duty officer via the secure email rather than by phone.",
 "The worker was given the Modern Slavery Helpline number in her own language and a card for the local refugee and migrant support service. Consent for an NRM referral was discussed and the first responder explained what the process involves and what support would be available. Duty to Notify form completed as a minimum. Details passed to the local authority's modern slavery coordinator for information. A follow-up appointment has been arranged at a neutral location with an independent interpreter.",
 "Officer notes: premises attended at around 11:00. Premises licence holder details obtained and checked against the council register. Photographs taken of the entrance, the back yard and the rooms that were accessible, and uploaded to the case file. Body worn video was running throughout. Companies House record shows one director appointed in 2022. A further visit with partners from the council, HMRC and immigration enforcement is being planned and will be agreed through the local tasking and coordination group.",
 "Submitted by the partnership team. This information has been shared under the Crime and Disorder Act section 115 agreement. The submitting agency has asked to be told of the outcome where possible and has asked that the source of the information is not disclosed to the persons named. Grading applied by the receiving officer after discussion with the submitting worker. Dissemination restricted to the MSHT team and the neighbourhood inspector for the area. Review by the intelligence manager in 28 days.",
 "Linked records: one previous report about the same road, made by a different caller in the spring, was reviewed today and is now cross-referenced. The NRM decision for a related person is still awaited from the Single Competent Authority. A request has been made to the bank's financial intelligence unit for account activity. The NCA MSHTU has been informed by email and a reference number received. Case allocated to a DC in the Public Protection Unit; the DS will review on Monday.",
 "Outcome of the visit will be shared at the next Anti-Slavery Partnership meeting for the county. Attendees at the visit were two police officers, a GLAA officer, an environmental health officer and a council housing officer. Each person spoken to was offered an interpreter and was seen away from managers where this could be arranged. Leaflets in several languages were left at the premises. Anyone who later comes forward will be referred to the appropriate first responder organisation for support.",
 "Ambulance crew and ward staff have been asked to record any further concerns on the safeguarding system. The hospital safeguarding team has completed a Datix entry and informed the named nurse. The patient was told how to contact the team and was offered a chaperone and a female interpreter for future appointments. The police liaison officer at the hospital has been copied in. Discharge plans will be discussed with social care before the patient leaves the ward.",
 "Charging decision is pending. Victim and witness statements have been taken with the help of interpreters and have been reviewed by the CPS lawyer, who has requested some further evidence, including bank statements, phone downloads and an expert report. A victim personal statement will be taken before the next hearing. Special measures application to be considered. Victim is being supported by a specialist advocate and has been given a single point of contact within the investigation team.",
 "This entry has been reviewed by the duty inspector. Threat, harm and risk assessed using THRIVE. The log has been tagged for the modern slavery and organised immigration crime problem profile, which is being refreshed this quarter. Intelligence requirements for the area include the identification of premises, vehicles and phone numbers used by the network. Officers are reminded to submit any intelligence about the address, however minor, so that the picture can be built up over time.",
 "The first responder has completed the NRM form online and uploaded the supporting notes. The client has been given information about the Modern Slavery Victim Care Contract and the safe house has been contacted to check for a bed. A solicitor specialising in immigration has been identified and the client has an appointment booked next week. The client's GP has been informed with consent. The caseworker will review the support plan with the client every fortnight and record each contact.",
]
TAIL_AT = {7: 0, 9: 1, 12: 11, 20: 8, 22: 9, 24: 6, 34: 2, 41: 3, 54: 10, 67: 11, 82: 4, 85: 2, 95: 2,
           103: 2, 110: 5, 120: 7, 126: 6, 134: 5, 150: 6, 156: 7, 171: 10, 178: 1, 188: 6, 194: 11,
           197: 7, 210: 3, 236: 8, 241: 5, 252: 11, 254: 0, 262: 9, 275: 11, 279: 10, 283: 8, 302: 2}

for k, v in TAIL_AT.items():
    t = E[k-1]; E[k-1] = (t[0].rstrip() + " " + TAILS[v],) + t[1:]
out, seen = [], set()
for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
    ind, sig, typ = ind.split(), sig.split(), typ.split()
    for c in ind: assert c in IND, (i, c)
    for c in sig: assert c in SIG, (i, c)
    for c in typ: assert c in TYP, (i, c)
    assert risk in (None, "immediate", "high", "medium", "low"), (i, risk)
    t = " ".join(text.split())
    assert t not in seen, ("dup", i); seen.add(t)
    out.append({"id": "f262-%03d" % i, "text": t, "indicators": [IND[c] for c in ind],
                "signs": [SIG[c] for c in sig], "exploitation": [TYP[c] for c in typ],
                "risk": risk_of(ind, typ, risk)})
ids = [o["id"] for o in out]; assert len(ids) == len(set(ids))
with open(os.path.join(HERE, "fresh262.jsonl"), "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    from collections import Counter
    ci, cs, ct, cr = Counter(), Counter(), Counter(), Counter()
    for o in out:
        ci.update(o["indicators"]); cs.update(o["signs"]); ct.update(o["exploitation"]); cr[o["risk"]] += 1
    print("texts", len(out), "none", sum(1 for o in out if not o["indicators"] and not o["exploitation"]))
    for c in (ci, cs, ct, cr): print(dict(sorted(c.items())))
