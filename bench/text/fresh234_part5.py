"""Continuations (hand-written, label-neutral) that turn some entries into the longer
reports that officers, partners and witnesses actually write: actions, research, background."""
OFF = [
 "Research: address not previously known to police, council tax shows a single named occupant, no HMO licence on record. Vehicle checks show keeper at a different address in the same town.",
 "Actions: intelligence submitted to the force MSHT desk and copied to the GLAA intelligence team. Neighbourhood team tasked to carry out a visible patrol and to gather registrations of vehicles seen at the location over the next fortnight.",
 "Supervisor's review: rated for research and development, not for immediate deployment. Link to two earlier logs from last spring about the same premises, both graded 4/E, which were not actioned at the time. Partners to be consulted at the next tasking meeting.",
 "Officer comment: the account is consistent with what was seen by the PCSO on an earlier visit, and with a call from a delivery driver last month. Intel to be reviewed at the Tuesday DMM.",
 "Open source: the business has a Facebook page with reviews but no staff names, and the Companies House record shows a director who resigned three months ago and a new director who was born in 2001. HMRC and local authority to be asked for records.",
 "Further information: the source was spoken to again and could add that the activity has been going on 'since about Easter'. No further detail on who is in charge. Source has no wish to make a statement and is not to be approached in uniform.",
 "Recommendation: a multi-agency visit with the local authority, Fire and Rescue and an interpreter, at a time when the people concerned are likely to be present. Consider the NRM and Duty to Notify for any potential victims identified. Safe accommodation option via the Salvation Army to be on standby.",
 "Dissemination: shared with Border Force and Immigration Enforcement for information only, with a handling code restricting further sharing. Crime report to be raised if any offence is disclosed on the visit. OIC DC 4417 PARKER.",
]
REF = [
 "Support offered: information about the National Referral Mechanism and the Modern Slavery Helpline number has been given, with an interpreter where needed. A follow-up meeting has been booked for next week at a venue the client chose.",
 "Background: the account was taken over two sessions. The client now has a basic phone from the project and has been given the numbers they need. They asked that nothing is shared outside the agencies involved for now.",
 "Safeguarding actions: strategy discussion held with police and the local authority, notes attached. GP registration to be arranged. The client has been told what happens next and that they can withdraw from support if they wish.",
 "Risk assessment: the worker's view is that the client's account is credible and consistent, although some dates are unclear. The client became upset when describing the last few weeks and we stopped the interview to give them a break and something to eat.",
 "Outcome sought: a place in safe accommodation, legal advice on immigration status, and help to recover personal belongings if that can be done safely. The client does not want to go back to the area at the moment.",
 "Partners informed: police (ref. to follow), the local authority modern slavery lead and the MSVCC. Health needs: the client has a dental problem and has not seen a doctor for some time. Referral made to the local walk-in centre.",
 "Note: this referral was made with the client's consent. Where the client is a child, consent was not sought and children's services are leading. Please contact the duty worker on 01603 555 210 with any questions, quoting the case number on the front sheet.",
 "Next steps: a second interview with a female interpreter has been requested, as the client said they would find it easier to talk about some things with a woman. Case to be reviewed in supervision on Friday.",
]
FP = [
 "I am from a small village, there is no work there, my mother is sick and I have two children with my sister. I wanted to send money for them and build a house one day. That is why I came.",
 "I am telling you this because the lady at the centre said you can help. I do not want problems for my family. I am sorry for my English, I learn a little from the telephone.",
 "Before this I worked in another country for one year and it was fine, I had a contract and my own room. So I think England is the same. I was wrong.",
 "I want to work normally and pay tax like other people. I do not want to go back home with nothing, my family will think I failed. I only want what is fair.",
 "I did not know anybody to ask about this. I did not know that in England there is help for people like me. Now I know, so I speak.",
 "I want to say also that I have a little daughter, she is five. When I speak to her on the video I tell her everything is good in England. I did not want her to worry.",
]
PUB = [
 "I don't want to get anyone in trouble if its nothing and I don't want my name on it, I live near there. It just doesn't feel right and my husband said I should ring it in so here I am.",
 "Sorry if this is the wrong number, I tried the council first and they said ring you. I can give more details if someone rings me back after 6 on the mobile I'm calling from, not the house phone.",
 "I've seen the programme on the telly about this and it looked just like what I've seen, so I thought better safe than sorry. I've lived here 30 year and it never used to be like this round here.",
 "My friend said the same thing about it last year but nobody did anything so I'm ringing now. It might be nothing. I'm not racist or anything I just think someone should check they're alright.",
]
BEN = [
 "Officer's note: nothing further to record. The parties were given the Modern Slavery Helpline leaflet in their own language as good practice, and the log has been closed with no further action required.",
 "For completeness: this was recorded because the original call mentioned 'slavery', but nothing found on the day suggests exploitation. Closed at supervisor review, with a note to the local team for awareness only.",
 "The person was friendly and gave details freely. They were told how to get in touch if anything changes. No referral is needed, and nothing has been passed to partners beyond the routine entry.",
]
KIND = {
 "OFF": [1,10,14,30,39,58,93,100,120,158,197,206,218,224,233,253,255,270,279,283,294,301],
 "REF": [3,6,18,26,35,42,50,53,57,62,72,74,81,89,90,122,126,128,135,139,141,169,191,201,209,215,223,237,252,258,272,276,310],
 "FP": [7,15,23,37,54,83,87,95,106,113,116,132,146,186,196,220,243,248,261,265,308],
 "PUB": [12,45,63,108,160,168,193,199,236,266,281,299,309],
 "BEN": [24,61,175,242,306],
}
POOL = dict(OFF=OFF, REF=REF, FP=FP, PUB=PUB, BEN=BEN)

def tails():
    out = {}
    for kind, ids in KIND.items():
        pool = POOL[kind]
        n = len(pool)
        for k, i in enumerate(ids):
            a = pool[k % n]
            b = pool[(k * 3 + 1 + k // n) % n]
            if b == a: b = pool[(k + 1) % n]
            c = "" if kind in ("FP", "PUB", "BEN") else pool[(k * 5 + 2) % n]
            if c in (a, b): c = ""
            out[i] = " ".join(x for x in (a, b, c) if x)
    return out

SHORT_OFF = [
 "Research ongoing. No previous intelligence held on the address; intel submitted to the MSHT desk for development.",
 "Action: passed to the local neighbourhood team and copied to GLAA. To be reviewed at the next daily management meeting.",
 "Sanitised log. Source not to be identified. Further tasking requested to corroborate before any deployment is considered.",
 "Linked to an earlier log from the summer about the same location. Supervisor has asked for vehicle and council checks.",
 "Shared with partners under the information sharing agreement. OIC to update the log once checks are back from the council.",
]
SHORT_PUB = [
 "Please dont put my name on it, I live round the corner and they know my car.",
 "Its been going on a few months now and I just thought somebody should know about it really.",
 "Not sure who else to tell. Sorry if this is a waste of time.",
]
SHORT_BEN = [
 "Log closed, no further action. Advice leaflets left with the business in English and in the workers' own languages.",
 "Recorded for information only. Nothing to suggest any exploitation; no referral needed and no partners notified.",
]
SHORT = {
 "OFF": [19,51,55,56,59,65,71,77,78,82,99,112,131,143,148,173,180,189,194,203,211,214,227,246,274,277,286,295,302],
 "PUB": [4,16,27,80,127,208,217,221,241],
 "BEN": [13,29,46,52,125,140,184,216,225,264],
}
SPOOL = dict(OFF=SHORT_OFF, PUB=SHORT_PUB, BEN=SHORT_BEN)

def short_tails():
    out = {}
    for kind, ids in SHORT.items():
        pool = SPOOL[kind]
        for k, i in enumerate(ids):
            out[i] = pool[k % len(pool)]
    return out
