#!/usr/bin/env python3
"""Write bench/text/fresh7.jsonl: a held-out evaluation set of hand-written texts.

Every text and every label below was written by hand (no slot-filling templates).
Short codes keep the label lines readable; they are expanded to the canonical codes.
Run: python3 bench/text/mkfresh7.py  (writes fresh7.jsonl next to this script and
prints counts per code).
"""
import json
import os
import sys

IND = {
    "AV": "abuse_of_vulnerability", "DEC": "deception", "ROM": "restriction_of_movement",
    "ISO": "isolation", "PSV": "physical_sexual_violence", "THR": "intimidation_threats",
    "DOC": "retention_of_documents", "WAG": "withholding_wages", "DEBT": "debt_bondage",
    "ABC": "abusive_conditions", "OT": "excessive_overtime",
}
SIG = {
    "PA": "physical_appearance", "ISOL": "isolated", "PLC": "poor_living_conditions",
    "OVC": "overcrowded_accommodation", "SAW": "sleeps_at_workplace",
    "FPE": "few_personal_effects", "RM": "restricted_movement",
    "CEDL": "collected_early_dropped_late", "FOA": "fear_of_authorities",
    "FEES": "upfront_fees", "DT": "documents_taken", "ESC": "escorted_transport",
    "CHT": "charged_transport", "LH": "long_hours", "PPE": "ppe_charges",
    "NCW": "no_control_of_wages", "SFW": "speaks_for_workers", "MBC": "multiple_bank_cards",
}
EXP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude",
       "O": "organ_harvesting"}
RISK = {"I": "immediate", "H": "high", "M": "medium", "Lo": "low"}

def expected_floor(ind, exp):
    """The lowest risk the conventions allow for these labels (child flag is manual)."""
    if ("physical_sexual_violence" in ind or "sexual" in exp
            or ("intimidation_threats" in ind and "restriction_of_movement" in ind)
            or len(ind) >= 3):
        return "high"
    if ind or exp:
        return "medium"
    return "low"


def build():
    rows = []
    for n, (text, ind, sig, exp, risk) in enumerate(T, 1):
        rows.append({
            "id": "f7-%03d" % n,
            "text": text,
            "indicators": [IND[c] for c in ind.split()],
            "signs": [SIG[c] for c in sig.split()],
            "exploitation": [EXP[c] for c in exp.split()],
            "risk": RISK[risk],
        })
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else "."
    rows = build()
    out = os.path.join(here, "fresh7.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    order = ["low", "medium", "high", "immediate"]
    for r in rows:
        fl = expected_floor(r["indicators"], r["exploitation"])
        if order.index(r["risk"]) < order.index(fl) or (r["risk"] == "high" and fl != "high"):
            print("check risk", r["id"], r["risk"], "floor", fl, file=sys.stderr)
        for a, b in (("documents_taken", "retention_of_documents"),
                     ("restricted_movement", "restriction_of_movement"),
                     ("long_hours", "excessive_overtime"), ("isolated", "isolation")):
            if (a in r["signs"]) != (b in r["indicators"]):
                print("check pair", r["id"], a, b, file=sys.stderr)
    print("wrote", len(rows), "texts to", out)
    from collections import Counter
    for field in ("indicators", "signs", "exploitation"):
        c = Counter(x for r in rows for x in r[field])
        print(field, dict(sorted(c.items())))
    print("risk", dict(Counter(r["risk"] for r in rows)))
    print("no exploitation:", sum(1 for r in rows if not r["exploitation"]))


T = []


def t(text, ind="", sig="", exp="", risk="Lo"):
    T.append((text, ind, sig, exp, risk))

# ---- part 1 -------------------------------------------------------------
t("""3x5x2 2/B/P. INT suggests NGUYEN Van Thanh (DOB 11/04/2009) is living at 14 ASHGROVE RD and tending a cannabis grow in the loft. Front door padlocked from outside, food dropped twice weekly by Asian male in silver Toyota Auris VRM KX19 TBU. Nom has no phone and no contact with anyone else.""",
  "AV ROM ISO", "RM ISOL", "C", "I")
t("""theres like 8 lads living in 1 room above the car wash on station rd, the boss drives them in a van at 6am and brings them back gone 10 at nite every day. they look proper thin. someone shud check""",
  "ABC OT", "OVC PLC SAW ESC CEDL LH PA", "L", "M")
t("""Report of a man shouting at workers at the hand car wash on Dale St. Attended: dispute between the manager and a customer over a scratched bumper. Staff spoken to, all on the payroll, living in their own accommodation and paid weekly by bank transfer. No MS concerns. NFA.""")
t("""I come from Tirana because a man in my village say there is work in a restaurant in London, good money, 1500 pound a month. When I arrive they take me to a house in Luton and tell me I owe 15,000 for the lorry and the papers. I must water the plants in the house, I cannot go out, they bring the food. They say if I run they know my mother's house.""",
  "DEC DEBT ROM THR", "RM", "C", "H")
t("""Male at bus stop told PCSO his boss took his passport and has never paid him.""",
  "DOC WAG", "DT", "L", "M")
t("""Safeguarding referral from Head of Year 10. Leah (14) has been seen getting into cars with older males outside the school gates, has two new phones and designer trainers she cannot account for, and has been missing overnight three times this month. A friend has disclosed that Leah has been made to have sex with 'the lads' mates' because she owes them for weed.""",
  "AV PSV DEBT", "", "S", "H")
t("""GLAA compliance inspection, Fenland packhouse supplied by ABC Staffing Ltd. Licence holder could not produce up-to-date right-to-work checks for 4 of 60 workers and payslips showed holiday pay calculated wrongly. Workers interviewed individually: all hold their own ID, bank accounts are in their own names, accommodation is privately arranged. Additional licensing conditions applied. No indicators of forced labour identified.""")
t("""Financial crime alert (ref FCU-22918): 23 current accounts opened at different branches over six weeks, all giving 4 Millbrook Close as the address. Cash withdrawals at one ATM between 02:00 and 03:00, up to 11 different cards used in a single session. Salaries credited by Kestrel Foods Ltd are withdrawn in full within an hour, suggesting one person controls the workers' pay.""",
  "WAG", "MBC NCW", "L", "M")
t("""999 - female caller whispering, says she is locked in flat above the shop at 22 High St, man has taken her phone and passport, he hit her this morning and says she will see clients again tonight. Caller Romanian, limited English. Line cut off, call back unanswered.""",
  "ROM DOC PSV ISO", "RM DT ISOL", "S", "I")
t("""GP note: Mr Ahmed KHAN, 54, renal follow-up. Living-donor kidney transplant from his brother at Manchester Royal Infirmary in 2024, donation approved after HTA independent assessment. Creatinine stable. Continue tacrolimus, review 3/12.""")
t("""NGO caseworker note: client (Pakistani national, 31) states that a man in Lahore offered to clear his family's debts and arrange a UK visa if he would 'give a kidney to a rich patient'. He was flown to a private clinic abroad; our nurse has seen the scar on his left flank. He received none of the money promised and the same man now says he owes more for the flights, which he must pay off by working in the man's cousin's warehouse.""",
  "AV DEC DEBT", "PA", "O L", "H")
t("""Three men were jailed at Leeds Crown Court today for forcing homeless British men to lay block paving for up to 14 hours a day for little or no pay. The victims, recruited outside a soup kitchen, were housed in a caravan with no running water or toilet and were told they would be beaten if they ever left.""",
  "AV OT WAG ABC THR", "LH PLC", "L", "H")
t("""nail bar on kings parade the girls r there from 8 til 9 every day even sundays n they sleep in the back room, 1 looked about 15. never seen them go out on there own always a man with them""",
  "AV OT ROM", "LH SAW RM", "L", "H")
t("""101 call: female reports her ex-partner keeps turning up at her address and sending abusive texts since they separated in March. No children. She wants advice on a non-molestation order. DASH completed (medium), referred to IDVA service.""")
t("""Kalayaan caseworker: Filipina domestic worker, 38, came to the UK with her employer's family on an overseas domestic worker visa. She works from 6am until past midnight caring for three children and cleaning, and has had no day off in 11 months. She sleeps on a mat on the kitchen floor. Her employer 'keeps her passport for safekeeping' and pays £100 a month into his own account, saying he sends it to her family.""",
  "OT ABC DOC WAG", "LH SAW PLC DT NCW", "D", "H")
t("""Probation supervision note: J. MORRIS disclosed that he is 'doing runs' to Norwich for a man he owes £800 after his stash was taken off him. He says the debt went up to £2,000 when he missed a run and that the man knows where his nan lives.""",
  "DEBT THR", "", "C", "M")
t("""Student reported losing her passport on the train from Oxford; crime reference issued for the embassy.""")
t("""2/C/P. Polish males working on ROCHDALE building sites for GRABOWSKI Marek are picked up from 9 Ellis Terrace at 05:30 in white Transit VRM YF17 OPL. Workers charged £10 a day for the lift and £40 for hi-vis and boots. INT suggests first month's wages are held back by GRABOWSKI as a 'deposit' and never returned.""",
  "WAG", "CEDL ESC CHT PPE NCW", "L", "M")
t("""Visited Sparkle Hand Car Wash after a public concern about 'foreign lads working late'. Manager produced contracts, payslips showing at least NMW and a rota with two days off a week. Workers spoke to us away from the manager, live in their own rented flats and hold their own passports. No indicators found.""")
t("""ASB officer update: vulnerable adult Graham PEARCE (learning disability) at flat 3, Tennyson House. Two males from London have been staying there since last week and are dealing crack from the flat. Graham says he sleeps in the armchair because they have taken his bedroom and that they told him he would 'get shanked' if he rang anyone.""",
  "AV THR", "", "C", "M")
t("""Through a Tigrinya interpreter: she says that she left Eritrea in 2022. In the UK a woman from church gave her a room and in return she cleans the woman's house and looks after her elderly mother. She says she is not paid anything, she is not allowed to go to church any more, and the woman tells her the Home Office will send her back if she complains.""",
  "AV WAG ROM THR", "RM FOA", "D", "H")
t("""Neighbour called about 'too many people' at No. 5 Orchard Way. Officers attended: three generations of the SINGH family, all related, living in a four-bed house. Children attend the local primary. No concerns.""")
t("""Hotel housekeeper (Romanian, 24) told HR she was recruited in Bucharest by an agent who charged her 600 euros 'registration' and promised £11 an hour. The agency pays her £2.50 per room cleaned, which comes to about £4 an hour, and she lives in an agency three-bedroom house with 11 other women.""",
  "DEC ABC", "FEES OVC", "L", "M")
t("""Midwife booking note: 19 y/o Albanian woman attended with a man who said he was her 'cousin' and answered every question for her. She had no idea of her own address. Man refused to leave the room. When alone for the urine sample she wrote 'help me he sell me' on the pot label.""",
  "ROM", "SFW RM", "S", "I")
t("""Press release: A farm manager in Herefordshire has been ordered to pay back £86,000 after GLAA officers found he had underpaid seasonal pickers. The workers, who held their own passports and lived in a well-maintained caravan park, were paid below the minimum wage for piece work. No evidence of coercion was found and the case was dealt with as a labour-market offence.""")
t("""my mate works at a takeaway on albert rd n the owner keeps all his wages says hes saving it for him, hes been there 2 years n never had a penny just food n a mattress in the storeroom. he cant speak english n the owner told him police will lock him up cos hes illegal""",
  "WAG AV THR ABC", "NCW SAW PLC FOA", "L", "H")
t("""Border Force, LHR T4: female (Nigerian, 22) travelling on a visitor visa. Says she is coming to work as a nanny for 'Aunty Grace' but does not know her surname or address. Ticket bought by a third party. Phone contains messages from an unknown number telling her to say she is visiting. Safeguarding referral made, NRM considered.""",
  "", "", "", "Lo")
t("""Hand car wash, Stockport Rd: four workers interviewed by GLAA with interpreters. All state that 'Sami' keeps their passports in the office safe 'so they don't get lost', that their pay goes onto a card Sami holds and that they get £30 a week 'for food'. They sleep in a portacabin on site and work 8am–8pm seven days.""",
  "DOC WAG ABC OT", "DT NCW SAW PLC LH", "L", "H")
t("""Shoplifting, Boots, Market St. Two Romanian females (approx 14 and 16) detained with £300 of cosmetics in a foil-lined bag. Both said 'Uncle' drops them in town each morning and collects them at 7pm and they must bring back £200 a day or he hits them. Placed in police protection.""",
  "AV PSV THR", "CEDL ESC", "C", "I")
t("""Victim debrief (adult male, Slovak, 44): I met a man at the Roma community centre in Košice who said he has a job for me in England in a factory, 400 pounds a week, house included. He paid the bus. In England he took my ID card 'for the registration' and opened a bank account for me. I never saw the bank card. Every Friday he gave me 20 pounds. He said I owe him for the bus and the house, and every week the debt was bigger. We were ten men in a house with two bedrooms. When I asked for my ID he pushed me against the wall and said I will not see my children again.""",
  "DEC DOC WAG DEBT ABC PSV THR", "DT NCW OVC", "L", "H")
t("""Concern raised by a parent: a man has been messaging her 13-year-old son on Snapchat offering £50 to 'carry a parcel' to Southend. Son has not gone. Parent has the messages.""",
  "AV", "", "C", "H")
t("""Welfare check requested for elderly neighbour (Mrs OKAFOR, 81) not seen for a week. Officers gained entry; she was in hospital after a fall. Daughter contacted. No further action.""")
t("""INT log 3/C/C. Anonymous source states young Chinese females are being moved between rented flats in Cardiff Bay every 7-10 days, advertised on AdultWork as 'new oriental girls'. A male in a black Mercedes, VRM CV68 LXZ, drops them off and collects cash. Source believes the women do not speak English and never leave the flats.""",
  "ROM ISO", "ESC RM ISOL", "S", "H")
t("""Seasonal worker scheme audit (Kent soft fruit): 140 workers on SWV visas, all with contracts in Romanian and Ukrainian, accommodation in insulated caravans of four, transport from the caravan site to fields free of charge, working 45–50 hours a week with one rest day. Passports in workers' possession. Scheme operator compliant.""")
t("""The man at the bakery calls himself a 'recruiter'. He took £2,500 from my brother in Sylhet to get him a chef job in Bradford with a sponsorship visa. When he arrived the restaurant had never heard of him and there was no job. Now he sleeps at the recruiter's cousin's shop and works on the counter for food only.""",
  "DEC WAG", "FEES SAW", "L", "M")
t("""Homeless outreach note: rough sleeper (British male, 50s, alcohol dependent) says a couple in a Transit van offered him 'cash in hand' gardening work, a bed and cans. He went with them for three months to a site near Evesham, was given drink every evening, paid nothing, and had to sleep in a horsebox. He left when they drove off to Ireland without him.""",
  "AV WAG ABC", "PLC", "L", "H")
t("""A&E triage: male, 17, Vietnamese, presented with deep burns to both hands from 'cooking'. Accompanied by adult who gave his age as 19 and left as soon as he was seen. Patient nail technician? Burns pattern consistent with chemical (acetone/heat). Patient silent, appears frightened. Safeguarding lead informed.""",
  "AV", "PA", "", "H")
t("""Council licensing visit: House in multiple occupation at 31 Railway Terrace has 14 occupants in 5 rooms, two sleeping in the kitchen, damp and exposed wiring. Tenants are warehouse workers placed by a labour agency which deducts rent directly from wages. Improvement notice served.""",
  "ABC", "OVC PLC", "L", "M")
t("""Officer handover: Vicky (IP, 23, British) is in the refuge. She disclosed that her 'boyfriend' Dean HARPER (DOB 02/09/1994) made her sleep with his friends for money, took all of it, and beat her if she refused. She has a cracked rib. Dean still has her bank card and her phone. OIC DC 4417 PATEL.""",
  "PSV WAG", "NCW PA", "S", "H")
t("""Interpreter (Vietnamese): he says that the man who brought him from France told him he has to work in 'the garden' for one year to pay 20,000 pounds. He was not told it was cannabis. He slept on the floor between the plants. Every few days someone brings rice and noodles.""",
  "DEBT DEC ABC", "SAW PLC", "C", "H")
t("""someone shud look at the house on Cromer st, cars coming and going all hours, blokes only staying 20 min. heard its a brothel. dont know more""",
  "", "", "S", "H")
t("""Email to force inbox from a recruitment agency compliance officer: one of our temp workers at the distribution centre repeatedly arrives with a man who collects his payslip and holds all communication. The worker has said the man 'looks after his money'. We have paused the worker's placement pending advice.""",
  "WAG", "SFW NCW", "L", "M")
t("""Crimestoppers: 'The Indian family at 77 Greenhill Rd have a young girl living with them who does all the cooking and cleaning, she never goes to school, she is never allowed out except to take the bins, they shout at her all the time. Looks about 12.'""",
  "AV ROM", "RM", "D", "H")
t("""Burglary dwelling, 12 Fern Close. Rear patio door forced overnight, laptop and jewellery taken. Neighbour's doorbell camera captured two males in dark clothing at 03:14. SOCO attended.""")
t("""2/A/P. POI KOVAC Ivan (DOB 17/07/1981) runs a gang of Slovak men at the waste recycling site on Trafford Park Rd. Workers are made to sort unshielded clinical waste without gloves or masks, 12-hour shifts six days a week. KOVAC collects their wages in cash from the site manager every Friday and pays each man £50.""",
  "ABC OT WAG", "LH NCW", "L", "H")
t("""I was 16 when I started going to the flat. At first it was parties, vodka, free weed. Then Tariq said I had to pay it back and the only way was to 'be nice' to his mates. There were times four or five of them. If I said no he would slap me and say he'd send the pictures to my dad.""",
  "AV DEBT PSV THR", "", "S", "H")
t("""Salvation Army intake: male (Sudanese, 27) referred by a hostel. Says he was told in Calais that he could pay for the crossing by working in a car wash 'for a few weeks'. After eight months he is still told he owes £3,000 because his room and food are charged each week. He is afraid to go to police because he has no status.""",
  "DEBT DEC", "FOA", "L", "M")
t("""Caller says a van has been parked outside the school for 20 minutes and the driver is watching the children. Officers attended; driver was a parent waiting for an after-school club. Words of advice about parking on the zigzags.""")
t("""DC notes - Op KESTREL. Three Indian nationals found living in the cellar of the Bombay Palace restaurant. Cellar has no window, one mattress between three, no heating. They say they work from 10am to 1am and have not been paid since arriving in May, only 'pocket money' of £20 each on a Sunday. Passports believed to be with the owner's brother in Birmingham.""",
  "ABC OT WAG DOC", "SAW PLC OVC LH NCW DT", "L", "H")
t("""Neighbour reports a woman screaming in the flat upstairs; on arrival a couple arguing over money. Both sober, no injuries, no children present. Separated for the night. No offences disclosed.""")
t("""tell the police about that massage place by the station. 'Lily' told me the boss keeps her passport and she has to pay back 30k for coming from china. she sleeps there. she cried""",
  "DOC DEBT", "DT SAW", "S", "H")
t("""Referral from adult social care: Mr D. (62, British, lives alone, early dementia) has had a younger man and woman move in. They use his pension card, and neighbours see Mr D. being driven to different Post Offices to withdraw cash and to a bank to open accounts. He told his social worker 'they look after my money now'.""",
  "AV", "NCW ESC", "C", "M")
t("""Fishing vessel FV Morning Star, Newlyn. Two Filipino deckhands told the port chaplain they have worked 20-hour days at sea, they have not been paid for five months as 'the money goes to the agency in Manila', and the skipper kept their seaman's books. One shows bruising to his forearm where he says the skipper hit him with a gaff.""",
  "OT WAG DOC PSV", "LH DT PA NCW", "L", "H")
t("""Found on the M6 hard shoulder near J15, a lorry driver reported two men climbing out of his trailer. Both Afghan, adults, asylum claimed, handed to Immigration. No indication of exploitation.""")
t("""Unseen helpline summary: caller (British female) works as a live-in carer for a private agency. She is concerned that a colleague from Zimbabwe, in the UK on a care worker visa, paid an agent £8,000 for her certificate of sponsorship, works 70 hours a week and is told she will be reported to the Home Office and deported if she leaves before she repays.""",
  "DEBT OT THR", "FEES LH FOA", "L", "H")
t("""2/B/C (not to be disseminated to partners without OIC authority). Cuckooed address 45 Wellington St, occupant Sharon WEBB (heroin user). Line holder 'SKINZ' runs the 'DAVE' line from the address and pays Sharon in gear. Sharon has said she cannot ask them to leave because they 'batter her'. INT suggests a 15-year-old male from Croydon is kept at the address to sell.""",
  "AV PSV", "", "C", "I")
t("""Licensing check of Pho Hanoi takeaway: one kitchen porter without right to work; civil penalty referral to Home Office. He said he was paid £9/hr cash, lived with friends and came and went freely. No MS indicators.""")
t("""Asked for ID at work, never got it back.""",
  "DOC", "DT", "L", "M")
t("""Victim account (Albanian female, 20), translated: My boyfriend Arben said we will go to England and marry and he will work construction. In London he said we have no money and I must work in a flat with men only for a few months. He keeps the phone with my adverts and answers the clients. He took all the money, every night 800, 1000 pounds. When I say I want to go home he showed me a video on his phone of a girl being beaten and said this is what happens to girls who talk.""",
  "DEC WAG THR", "NCW", "S", "H")
t("""GLAA: packhouse in Spalding, labour supplied by an unlicensed gangmaster, Mr Lukas B. Workers (Lithuanian) pay him £40/week for a minibus to work and £15 for a hi-vis vest and safety boots. Several workers say he holds their bank cards 'to pay the rent'. They are collected at 4:45am.""",
  "WAG", "CHT PPE NCW CEDL ESC", "L", "M")
t("""INT: 3/C/P. Rumour in the Eritrean community that a man in Birmingham 'buys kidneys' from new arrivals. Source has no names or locations and does not know anyone who has been approached.""",
  "", "", "", "Lo")
t("""Au pair agency complaint: our au pair (Spanish, 19) reports the host family in Kensington asked her to work 40 hours a week instead of the 25 agreed. Agency has spoken to the family, hours reduced and she has her own room, phone and passport and goes out at weekends. Monitoring.""")
t("""Daily log, Lincoln NPT: PCSO saw a man sitting at the cashpoint on Silver St with a stack of bank cards, withdrawing on each in turn at 23:40. Same man seen dropping 6 East European men at a farm gate at 05:00 the next morning.""",
  "", "MBC CEDL ESC", "L", "M")
t("""Child Q (Sudanese, says 15, Home Office age-assessed as 20) told social worker he was kept by 'the boss' in Libya and forced to carry sacks of cement for no money, and beaten with a pipe. In Kent he was picked up from the hotel and made to sell drugs in Margate for a man who said he owed him for the crossing.""",
  "AV PSV WAG DEBT", "", "L C", "H")
t("""The chip shop on Bridge Rd - the lad who works there has been there every single day I've walked past for a year, opens at 11 closes at midnight. I've never seen him not there. Probably nothing but thought I'd say""",
  "OT", "LH", "L", "M")
t("""Cannabis factory found at 8 Marsh Lane following smell complaint. House empty on arrival, approx 400 plants, electricity bypassed. No occupants. Tenant, a local man with previous convictions for cultivation, arrested the next day and admitted it was his own grow, run on his own. No vulnerable persons linked.""")
t("""NRM referral narrative (first responder: Barnardo's ICTG). Minh (16, Vietnamese) arrived hidden in a lorry. The people who arranged his journey told his parents the family owed £25,000. He was taken to a nail salon in Kidderminster, made to work 9am to 8pm six days a week and sleep in the flat above with four adults. He was given no money; the manager said it went to his 'debt'. He was told that if he ran away his parents would be hurt.""",
  "AV DEBT OT WAG THR ABC", "LH SAW OVC NCW", "L", "H")
t("""I am an owner of a small farm in Devon. We had a man turn up asking for work, he said his previous employer took his passport. We gave him a job and he has his own wages and we contacted the police to help him get his passport back.""",
  "DOC", "DT", "L", "M")
t("""nobody should have to live like this!!!! 12 PEOPLE in the house next door 2 bathrooms rubbish piling up and they all get picked up in a minibus at 5 in the morning and come back at 9 at night DO SOMETHING""",
  "ABC OT", "OVC PLC ESC CEDL LH", "L", "M")
t("""Bank of Scotland alert: customer account receiving housing benefit, universal credit and carer's allowance for six different named adults, all at one address in Govan. Funds moved within minutes to an account held by Mr Radu DUMITRU. Claimants appear to be Roma women who do not speak English; DUMITRU accompanies them to the branch and answers for them.""",
  "AV WAG", "SFW NCW ESC", "C", "M")
t("""Prison intel: prisoner NOLAN (HMP Altcourse) boasting that he 'had a few Polish lads on the driveways' in Warrington, that he never paid them and that they lived in a shed on his cousin's land. INT 3/C/P.""",
  "WAG ABC", "PLC", "L", "M")
