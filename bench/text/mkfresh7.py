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
t("""GLAA compliance inspection - Fenland packhouse, labour supplied by ABC Staffing Ltd (licence holder).

Background: the visit followed an anonymous email alleging that 'the Bulgarian workers have their passports taken off them and are kept in a house they can't leave'.

Findings: the licence holder could not produce up-to-date right-to-work checks for 4 of the 60 workers on site, and payslips for March showed holiday pay calculated on basic hours only. Both points were accepted by the licence holder's compliance manager and corrected during the visit.

Twelve workers, including all eight Bulgarian nationals, were interviewed individually with an interpreter and without supervisors present. Every one produced their own ID, has a bank account in their own name and receives their own payslip. Accommodation is privately rented, mostly in Wisbech, and workers travel in their own cars or on the public bus. Nobody reported being charged for transport or PPE, and none described any threats.

Outcome: additional licence conditions applied; the allegation about passports and the house was not substantiated. No indicators of forced labour identified.""")
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
t("""Midwife booking note: 19 y/o Albanian woman attended with a man who said he was her 'cousin' and answered every question for her. She had no idea of her own address. Man refused to leave the room and said she does not go anywhere without him. When alone for the urine sample she wrote 'help me he sell me' on the pot label.""",
  "ROM ISO", "SFW RM ISOL", "S", "I")
t("""Press release: A farm manager in Herefordshire has been ordered to pay back £86,000 after GLAA officers found he had underpaid seasonal pickers. The workers, who held their own passports and lived in a well-maintained caravan park, were paid below the minimum wage for piece work. No evidence of coercion was found and the case was dealt with as a labour-market offence.""")
t("""my mate works at a takeaway on albert rd n the owner keeps all his wages says hes saving it for him, hes been there 2 years n never had a penny just food n a mattress in the storeroom. he cant speak english n the owner told him police will lock him up cos hes illegal""",
  "WAG AV THR ABC", "NCW SAW PLC FOA", "L", "H")
t("""Border Force, LHR T4: female (Nigerian, 22) travelling on a visitor visa. Says she is coming to work as a nanny for 'Aunty Grace' but does not know her surname or address. Ticket bought by a third party. Phone contains messages from an unknown number telling her to say she is visiting. Safeguarding referral made, NRM considered.""",
  "", "", "", "Lo")
t("""Hand car wash, Stockport Rd: four workers interviewed by GLAA with interpreters. All state that 'Sami' keeps their passports in the office safe 'so they don't get lost', that their pay goes onto a card Sami holds and that they get £30 a week 'for food'. They sleep in a portacabin on site and work 8am–8pm seven days.""",
  "DOC WAG ABC OT", "DT NCW SAW PLC LH", "L", "H")
t("""Shoplifting, Boots, Market St. Two Romanian females (approx 14 and 16) detained with £300 of cosmetics in a foil-lined bag. Both said 'Uncle' drops them in town each morning and collects them at 7pm and they must bring back £200 a day or he hits them. Placed in police protection.""",
  "AV PSV THR", "CEDL ESC", "C", "H")
t("""Victim debrief (adult male, Slovak, 44): I met a man at the Roma community centre in Košice who said he has a job for me in England in a factory, 400 pounds a week, house included. He paid the bus. In England he took my ID card 'for the registration' and opened a bank account for me. I never saw the bank card. Every Friday he gave me 20 pounds. He said I owe him for the bus and the house, and every week the debt was bigger. We were ten men in a house with two bedrooms. When I asked for my ID he pushed me against the wall and said I will not see my children again.""",
  "DEC DOC WAG DEBT ABC PSV THR", "DT NCW OVC", "L", "H")
t("""Man on Snapchat offering my 13 year old son £50 to carry a parcel to Southend.""",
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
t("""Burglary dwelling, 12 Fern Close: rear door forced, laptop taken. SOCO attended.""")
t("""2/A/P. POI KOVAC Ivan (DOB 17/07/1981) runs a gang of Slovak men at the waste recycling site on Trafford Park Rd. Workers are made to sort unshielded clinical waste without gloves or masks, 12-hour shifts six days a week. KOVAC collects their wages in cash from the site manager every Friday and pays each man £50.""",
  "ABC OT WAG", "LH NCW", "L", "H")
t("""I was 16 when I started going to the flat. At first it was parties, vodka, free weed. Then Tariq said I had to pay it back and the only way was to 'be nice' to his mates. There were times four or five of them. If I said no he would slap me and say he'd send the pictures to my dad.""",
  "AV DEBT PSV THR", "", "S", "H")
t("""Salvation Army intake: male (Sudanese, 27) referred by a hostel. Says he was told in Calais that he could pay for the crossing by working in a car wash 'for a few weeks'. After eight months he is still told he owes £3,000 because his room and food are charged each week. He is afraid to go to police because he has no status.""",
  "DEBT DEC", "FOA", "L", "M")
t("""Caller says a van has been parked outside the school for 20 minutes and the driver is watching the children. Officers attended; driver was a parent waiting for an after-school club. Words of advice about parking on the zigzags.""")
t("""DC notes - Op KESTREL, day 1 (warrant executed 06:00 at the Bombay Palace, 14 Clarence St, and the flat above).

Upstairs flat: the owner, MIAH Abdul (DOB 12/05/1971), his wife and their two adult sons. Sons both work in the restaurant front of house, are on the payroll and were spoken to; nothing of note.

Cellar: three Indian nationals (approx 25-40) found living there. The cellar has no window, one mattress shared between the three and no heating; a single bucket used as a toilet at night because the door to the restaurant is locked at closing. All three say they work in the kitchen from 10am until 1am, every day, and have not been paid since they arrived in May, only 'pocket money' of £20 each on a Sunday. Their passports are believed to be with the owner's brother in Birmingham; one says the brother told them this was 'for the visa extension'.

A delivery driver present at the time (Polish, 33, self-employed, own vehicle) was spoken to and released; he has no connection.

Actions: the three men taken to reception centre, NRM referrals; MIAH arrested s1 MSA; search of the brother's address being arranged.""",
  "ABC OT WAG DOC ROM", "SAW PLC OVC LH NCW DT RM", "L", "H")
t("""Neighbour reports a woman screaming in the flat upstairs; on arrival a couple arguing over money. Both sober, no injuries, no children present. Separated for the night. No offences disclosed.""")
t("""tell the police about that massage place by the station. 'Lily' told me the boss keeps her passport and she has to pay back 30k for coming from china. she sleeps there. she cried""",
  "DOC DEBT", "DT SAW", "S", "H")
t("""Referral from adult social care: Mr D. (62, British, lives alone, early dementia) has had a younger man and woman move in. They use his pension card, and neighbours see Mr D. being driven to different Post Offices to withdraw cash and to a bank to open accounts. He told his social worker 'they look after my money now'.""",
  "AV", "NCW ESC", "C", "M")
t("""Port chaplaincy referral - FV Morning Star, Newlyn.

Two Filipino deckhands came to the Seafarers' Mission on Sunday while the boat was in port. Both are on transit visas and contracted through a manning agency in Manila. They told the chaplain they have worked 20-hour days at sea, sometimes sleeping only three hours over two days while the nets are hauled. They have not been paid for five months; the skipper says 'the money goes to the agency in Manila' and the agency tells their families it has not received it.

The skipper keeps their seaman's books and passports in the wheelhouse and will not hand them over even in port. They are not allowed to leave the harbour area. One deckhand showed bruising to his forearm where he says the skipper hit him with a gaff for dropping a line.

Two British crew members on the same boat, both local, were paid normally and said they had not seen any violence, but one said the skipper 'shouts at the Filipinos a lot'. The boat is due to sail on Wednesday.""",
  "OT WAG DOC PSV ROM", "LH DT PA NCW RM", "L", "I")
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
t("""Lad at the Bridge Rd chippy works 11am till midnight every day, never a day off.""",
  "OT", "LH", "L", "M")
t("""Cannabis factory found at 8 Marsh Lane following smell complaint. House empty on arrival, approx 400 plants, electricity bypassed. No occupants. Tenant, a local man with previous convictions for cultivation, arrested the next day and admitted it was his own grow, run on his own. No vulnerable persons linked.""")
t("""NRM referral narrative (first responder: Barnardo's Independent Child Trafficking Guardian).

Minh is 16 and from Nghe An province, Vietnam. His family borrowed money from a local lender to send him abroad after his father's fishing boat was lost; Minh says they were told he would work in a restaurant in England and send money home.

He travelled overland through Russia and Poland and arrived in the UK hidden in a lorry. The people who arranged the journey then told his parents the family owed £25,000, and that the debt would be paid from Minh's work.

He was taken to a nail salon in Kidderminster and made to work 9am to 8pm, six days a week, and on Sundays he cleaned the owner's house. He slept in the flat above the salon with four adults, on a mattress in the hallway. He was given no money; the manager said it all went to his 'debt'. He was told that if he ran away his parents would be hurt and the family's house taken.

Minh was found when a customer noticed him crying and called 101. He is now in foster care and attending English classes. He is frightened for his parents.""",
  "AV DEC DEBT OT WAG THR ABC", "LH SAW OVC NCW", "L D", "H")
t("""I am an owner of a small farm in Devon. We had a man turn up asking for work, he said his previous employer took his passport. We gave him a job and he has his own wages and we contacted the police to help him get his passport back.""",
  "DOC", "DT", "L", "M")
t("""nobody should have to live like this!!!! 12 PEOPLE in the house next door 2 bathrooms rubbish piling up and they all get picked up in a minibus at 5 in the morning and come back at 9 at night DO SOMETHING""",
  "ABC OT", "OVC PLC ESC CEDL LH", "L", "M")
t("""Bank of Scotland alert: customer account receiving housing benefit, universal credit and carer's allowance for six different named adults, all at one address in Govan. Funds moved within minutes to an account held by Mr Radu DUMITRU. Claimants appear to be Roma women who do not speak English; DUMITRU accompanies them to the branch and answers for them.""",
  "AV", "SFW NCW ESC", "C", "M")
t("""Prison intel: prisoner NOLAN (HMP Altcourse) boasting that he 'had a few Polish lads on the driveways' in Warrington, that he never paid them and that they lived in a shed on his cousin's land. INT 3/C/P.""",
  "WAG ABC", "PLC", "L", "M")
# ---- part 2 -------------------------------------------------------------
t("""Diplomatic household, Holland Park - summary for the Kalayaan/police joint meeting.

At about 04:00 on Tuesday an Indonesian housekeeper (41) escaped through a ground-floor window of the residence and walked to the petrol station on Holland Park Ave, where staff called 999. She had a carrier bag with one change of clothes.

She says she was recruited in Jakarta by an agency that promised $1,200 a month and two days off a week. She has been paid nothing since arriving in the UK three years ago; she was told her salary was being 'saved' in Jakarta and has no way of checking. She has not left the house alone in that time, was not allowed a phone and has not spoken to her family. She cooked and cleaned for a household of seven from 5am until the family went to bed, ate what was left on their plates and slept on a mattress in the laundry room. Her passport was taken by the employer's wife at the airport.

The employer is a serving diplomat and has immunity; FCDO has been informed and a waiver requested. A second domestic worker at the residence, a Filipina woman, was visited separately: she holds her own passport, has a contract, is paid into her own account and goes out on her day off. No concerns for her.""",
  "ROM ISO DEC WAG ABC OT DOC", "RM ISOL SAW PLC FPE LH DT NCW", "D", "H")
t("""Report via website: I run a small cleaning firm. One of my cleaners, a lovely Polish lady, has asked me to pay her wages into her husband's account from now on. I asked her privately if she was OK and she laughed and said it's for the mortgage, she has her own card too. Just logging in case.""")
t("""He told me I would be a model in Milan. The photos were for a portfolio. After, in Manchester, there was no agency, only a flat in Cheetham Hill and the same photos on a website with my 'prices'.""",
  "DEC", "", "S", "H")
t("""1/A/P. Source who works at the DHL hub states agency workers supplied by 'Prime Staff' are driven in from Leicester in two minibuses driven by BALOGH Tibor. BALOGH speaks to the supervisors for all of them and collects their timesheets. Workers are not allowed to speak Hungarian with other staff and are not allowed to keep phones, which BALOGH collects on the bus.""",
  "ISO", "ESC SFW ISOL", "L", "M")
t("""Street begging, Oxford St. Roma woman (early 20s) with a baby, third time seen this week. Same man drops her and two other women from a silver VW Passat at 07:30 and collects at 21:00, takes the cup. She told the outreach worker through a Romanian speaker that she must give him everything she gets and has no money of her own.""",
  "WAG", "ESC CEDL NCW", "C", "M")
t("""A&E: woman, 30s, Thai, facial bruising and a fractured wrist, says she fell down stairs. Man with her (not a relative) says she works in his 'spa'. When the man went to the car she said 'he has my passport, please' and then stopped speaking.""",
  "PSV DOC", "PA DT", "S", "I")
t("""Missing person return interview, Kayden (15): he was found in a trap house in Weymouth after 9 days missing. He says he went to 'make money', that older boys gave him a phone and told him to sell 'food'. He was not allowed to leave the house, slept on the floor, and was made to keep the drugs 'plugged' inside him. He was told his little brother would be stabbed if he came home without the money.""",
  "AV ROM ABC THR", "RM PLC", "C", "H")
t("""Email from employer (care home, Sheffield): we sponsor 12 overseas carers. One told her manager that her previous sponsor, a different home, kept her BRP and made her pay £5,000 'visa costs' back out of her wages. We have helped her get a new BRP; she keeps it herself and is paid in full by us. Reporting the previous employer as requested.""",
  "DOC DEBT", "DT FEES", "L", "M")
t("""Anonymous Crimestoppers report: 'Mr AKHTAR who runs the textile unit on Cobden St has about 20 women sewing from 7am to 11pm. They are paid £3 an hour. The fire door is chained shut. They are scared of him. If an inspector comes he sends them out the back.'""",
  "OT ABC", "LH", "L", "M")
t("""Welfare visit to Mrs T (Nigerian, 28) after school raised concerns about her son's attendance. Family in private rented flat, husband works as a security guard. She explained the boy has been ill. No indicators of exploitation; family supported by early help.""")
t("""I am writing because my sister went to work in a hotel in Blackpool through a Facebook advert. Since she got there she only calls me from the manager's phone with him listening, she says she has no time off and they took her ID card 'for the police'. I have not been able to speak to her alone for three months.""",
  "ISO OT DOC", "ISOL LH DT", "L", "H")
t("""NRM referral: male (Vietnamese, 19). Tells us he was a child when he was taken from a cannabis house in Coventry to Scotland in the boot of a car. He says the men 'made him a slave', he never saw the sky for five months, lived on instant noodles. He has scars on his back from a hot iron.""",
  "AV ROM PSV ABC", "RM PA PLC", "C", "H")
t("""Fight outside the Crown pub, two local males arrested for affray.""")
t("""INT 2/B/P. Indian national SHARMA Ravi arranges sham marriages between Portuguese women and Indian men in Leicester for £15,000. INT suggests the women are recruited in Lisbon, flown over and held in a house in Belgrave Rd until the wedding, phones taken, not allowed out, then sent home with €1,000.""",
  "ROM ISO", "RM ISOL", "C", "M")
t("""hi i live next to a big house in bolton there is a girl who looks african she hangs washing at 6 in the morning and still cleaning the windows at 10 at night. ive never seen her leave the house except to go to the shop with the lady. she waves at my little girl but looks sad. ive seen her cry""",
  "OT ROM", "LH RM", "D", "M")
t("""Salvation Army debrief, through a Mandarin interpreter (session 1 of 2).

She says she is 29 and from Fujian. She answered an advert on WeChat for waitressing work in a London restaurant, £2,000 a month with food and accommodation. The agent arranged a student visa and charged her family ¥60,000, which they borrowed from relatives.

On arrival at Heathrow she was met by a woman who took her passport 'to register her with the college'. She never saw it again. She was told the restaurant job was gone and that she now owed £40,000 for the visa and the journey, which she must repay by working in 'massage'.

She describes seeing clients in flats in Newcastle, Sunderland and Middlesbrough, moving every week or two. The 'mama' answers the phone, takes all the money and gives her £50 a week for food. She has not been outside except when driven between flats. She says she has been raped by clients on several occasions and the mama said nothing.

The interpreter notes that she becomes very distressed when talking about her family's debt in China. She asked several times whether the police will tell the Home Office where she is.""",
  "DEC DEBT DOC WAG ROM PSV", "DT NCW RM ESC FEES FOA", "S", "H")
t("""Voice note transcript, neighbour: 'the bloke at 19 has got lads in the garage working on cars all day and night, Polish or something, I think they're living in there, there's a sleeping bag and a camping stove. I've seen him lock the garage from the outside when he goes off.'""",
  "ROM ABC", "SAW PLC RM", "L", "M")
t("""Caller reports her husband is keeping her passport and won't give it back since their row. Officers attended: passport retrieved from the loft and returned to her. Domestic incident recorded, no exploitation disclosed.""")
t("""Press: Two brothers from Sussex have been jailed for keeping a man with learning difficulties in a shed for 13 years and making him work on their farm for nothing. The victim, now 52, was found with one set of clothes and no possessions, had lost four stone and had untreated sores.""",
  "AV ABC WAG", "PLC FPE PA", "L", "H")
t("""DVLA/ANPR link: VRM WN15 KLP seen at 05:10 daily at Tesco car park, Crewe, where 10-12 men board; same VRM at chicken processing plant, Sandbach, 05:40, and back at the car park 20:30. Owner LEE Seo-jun charges each man £8/day for the ride according to a worker spoken to.""",
  "", "CEDL ESC CHT", "L", "M")
t("""Debrief (Eritrean male, 26), told through interpreter: he says that in Libya he was held in a warehouse by smugglers until his family sent money. In the UK he lives in Home Office accommodation and works nowhere; no one controls him here. He wants help with his asylum claim.""",
  "ROM", "RM", "", "M")
t("""Safe and well check at the nail bar on Church St following a tip-off. Two technicians present, both Vietnamese, both over 25 with settled status. Both hold their own passports and phones, live with family in Walsall, paid by bank transfer. Spoken to separately: both said they can leave whenever they want. No concerns.""")
t("""Victim says the recruiter told her she would be cleaning offices. She was cleaning offices. She was paid what was promised. Her complaint is that the agency forgot to pay two weeks of holiday pay, which has since been paid. She says that if they had refused to pay she would have gone to the police, but they did not. Not an MS matter, signposted to ACAS.""")
t("""GLAA intelligence 2/B/P: Romanian gang master known as 'Bebe' charges new arrivals £300 to be put on the books at a Corby warehouse and a further £150 for a 'room', which is a mattress in a living room shared with five others. Workers have been told their debt for the flight must be cleared before they can leave the house.""",
  "DEBT ABC ROM", "FEES OVC PLC RM", "L", "H")
t("""Domestic incident: male and female partners, both British, arguing about finances; female says he controls the money and she gets an allowance. No injuries, no threats, no work involved. DASH standard. Advice given, referral to local DA service with her consent.""")
t("""Intel from Network Rail staff: lone male, thin, wearing the same clothes for days, sleeping in the underpass at Cardiff Central and picked up every morning at 05:45 by a pickup truck with building materials. No further information. 3/C/P.""",
  "", "PA CEDL ESC", "L", "M")
t("""Transcript, PC body-worn: 'Nobody's keeping me here, officer, honest. I work for my uncle, he pays me, I've got my passport in my room, look.' Officer viewed the passport; male (Albanian, 23) works in his uncle's barbers in Hull. Nothing further.""")
t("""Sightline public report: 'my boyfriend's cousin works at the hotel and she told me she's been made to sleep with the manager to keep her job and he said he'll get her deported if she tells anyone'.""",
  "PSV THR AV", "FOA", "S", "H")
t("""I heard on the news about kidneys being sold and I'm worried because my neighbour had an operation abroad. I asked her and she said it was a hip replacement in Turkey she paid for herself. Sorry to waste your time.""")
t("""Handover note, early turn to late turn, MSHT desk.

1) IP Hoa (24, Vietnamese) spoke to her NRM caseworker today. Confirms she was taken to Poland first, then by car to the UK. She says the 'snakehead' told her family she owed $30,000 and that she has been paying it off in a nail bar in Swindon for two years. She earned nothing herself: the boss said every penny went to the debt and to her family, and the figure never seemed to go down. She slept in the shop on a camp bed behind the pedicure chairs. Now in a safe house. ABE interview Thursday 10:00, interpreter booked.

2) Burglary series in Old Town - not ours, passed back to CID.

3) Request from Wiltshire for checks on VRM WU19 HKT (linked to the Swindon nail bar owner's partner). PNC shows registered keeper at a Reading address. Sent.

4) Reminder: the training room is booked on Friday for the new starters; nobody needs to attend from the desk.""",
  "DEBT WAG", "NCW SAW", "L", "M")
t("""Council environmental health: takeaway kitchen inspection found filthy conditions, rodent droppings and a camp bed in the dry store used by a kitchen worker. Worker (Bangladeshi, 40s) said he works every day from 11am to 2am and 'the owner will sort his papers one day'. Owner holds his passport 'for the visa'. Referred to police.""",
  "ABC OT DOC", "SAW PLC LH DT", "L", "H")
t("""gang of kids nicking from the co-op again 3 boys about 12 they dont look like they're from round here and theres always an older bloke waiting outside in a car who they hand the stuff to""",
  "AV", "", "C", "H")
t("""Teacher referral: Year 8 pupil Amira (12) told her friend that her parents are taking her to Pakistan in the summer to marry her cousin, who is 28. She is frightened and says she cannot refuse. Passport held by father.""",
  "AV", "", "", "H")
t("""Health visitor note: new mum (Slovak, 21) living in a house with 14 adults in Sheffield. Husband's 'boss' collects everyone's post and benefit letters. She says her child benefit goes into the boss's account and she is given £20 a week. Partner works at a sandwich factory and she says he has never been paid directly.""",
  "WAG ABC", "OVC NCW", "L", "M")
t("""Call handler: elderly caller reports that 'foreigners are living in the house behind and I think they are slaves'. Asked why, she said they speak another language and have a lot of washing. Officers visited: a family of five, Syrian resettlement scheme, supported by the council. No issues.""")
t("""HMRC referral: director of a Leicester garment supplier submitted payroll showing 30 employees paid £9.50/hr, but bank records show wages paid into 4 accounts, all controlled by the director's son, who withdraws cash. Machinists interviewed said they receive £120 cash for a 60-hour week.""",
  "WAG OT", "NCW LH", "L", "M")
t("""Thank you for reporting. I've spoken to the man at the car wash: he says the boss is fine, pays them on time. BUT he also said the boss takes £50 a week off each of them for 'the van' and they all live in a flat above the unit 'because it's easier'. Can someone look?""",
  "", "CHT SAW", "L", "M")
t("""A 16-year-old girl in the care of Rochdale council has been going to a takeaway where men give her lifts and alcohol. Residential staff found messages on her phone from a man called 'Mo' arranging for her to 'meet a friend' at a hotel. She said it's her choice and she loves him.""",
  "AV", "", "S", "H")
# ---- part 3 -------------------------------------------------------------
t("""INT 2/B/C - handling condition: not to be shared with the Home Office without OIC consent. A Moldovan male, CEBAN Andrei, is said to recruit young men in Chisinau with offers of building work in the UK. On arrival the men are taken for 'medical checks' at a private clinic in Istanbul en route, where one has had a kidney removed. Source says the men are told the operation was an appendix removal and are paid nothing for it.""",
  "DEC", "", "O", "M")
t("""Renal unit social worker: patient returned from a 'holiday' in Egypt with a new kidney. He says he paid £60,000 to a broker who found a 'donor', a young man from Sudan he never met. He does not know whether the donor consented or was paid. Information passed to police and HTA as required.""",
  "", "", "O", "M")
t("""Statement of witness, Mrs Jean ROBERTS: I live opposite the house. Since about April a young woman has been living there with the family. I have only seen her outside to put the bins out and to walk the children to school with the mother. She never has a coat, even in the rain. I once said hello and the mother pulled her by the arm and said she doesn't speak English. I have never seen her use a phone or have any visitors. I do not know her name.""",
  "ISO ROM", "ISOL RM FPE", "D", "M")
t("""ok so this is gona sound mad but my uber driver last night said hes been in the uk 2 yrs and 'the man' still has his passport and takes half his fares and if he stops driving theyll tell the home office where he is""",
  "DOC WAG THR AV", "DT NCW FOA", "L", "H")
t("""Caseworker note (Medaille Trust): client, Nigerian woman, 34, says she was brought to the UK at 15 by a 'madam' who said she would go to school. Instead she cooked, cleaned and looked after four children in Peckham for nine years, sleeping on the sofa, never sent to school, never paid. She was told that if she left the juju oath would kill her mother. She says she still feels the madam is watching her.""",
  "AV DEC WAG THR ABC", "SAW", "D", "H")
t("""Press summary - St Albans Crown Court.

A couple from Harpenden have been cleared of holding their Filipino nanny in domestic servitude. The prosecution had alleged that the woman, who worked for the family for six years, was made to work excessive hours, had her passport kept from her and was threatened with deportation.

Giving evidence, the defendants said the nanny had her own room and bathroom, a mobile phone and a weekly day off, which she spent with friends from her church. Bank records showed she had been paid £1,600 a month into an account in her own name, and she had travelled home to the Philippines twice, once with the family and once alone. The jury also heard that her passport was kept in her own bedside drawer.

The nanny, who has since moved to another family, told the court that she had made the complaint after a dispute about a reference. Both defendants were acquitted of all counts after less than two hours of deliberation. Speaking outside court, the couple's solicitor said they were 'relieved it is over'.""")
t("""Through interpreter (Romanian): she says that the man who brought her to England was her boyfriend. She says he did not take her papers and she never worked for him; he hit her twice and she left him. She is not working. She wants to go home.""",
  "PSV", "", "", "H")
t("""Call to 101: man reporting that his Polish employer has not paid him for the last month's work on a bathroom refit. He has his own van and several other clients and is thinking of going to the small claims court. Advised this is a civil matter.""")
t("""Referral from Refugee Council: young man (Afghan, 17) placed in a hotel. Staff noticed that an adult male visits most nights and takes him away in a car, returning at 5am. The boy has new clothes and is exhausted at college. He says the man is 'a friend from home' who gets him 'work'.""",
  "AV", "CEDL ESC", "", "H")
t("""INT 1/B/P. Slovak woman BALAZOVA Jana (DOB 04/11/1997) has been 'sold' to a British man, WILSON Craig, in a sham marriage in Derby to secure his residence. She is kept in the house, not allowed out without WILSON, and has told a neighbour he forces her to have sex. WILSON claims benefits in her name.""",
  "ROM PSV", "RM", "S C", "H")
t("""Farm worker crushed by a potato harvester at Low Fen Farm, seriously injured; HSE informed. Employer has full records, worker directly employed and paid above NLW, lives in his own house in the village. Investigation into machine guarding only.""")
t("""Rough notes - modern slavery training case study used at the Force Academy. 'Sam (20) was recruited at a hostel...' (exercise scenario, not a real case).""")
t("""Neighbour says the people in the basement flat are 'definitely being trafficked' because they are Chinese and work late at the takeaway. On visit: a married couple who own the takeaway with their adult son. All British citizens. Complainant advised.""")
t("""Debrief via Vietnamese interpreter, second session: he repeats that the men in the house in Wolverhampton took his phone 'so the police could not trace it'. He was only allowed to call his mother once a month, on speakerphone, with the man listening. He never went outside. He did not know what town he was in until he was arrested.""",
  "ISO ROM", "ISOL RM", "C", "M")
t("""Hi I'm a nurse on a ward. We had a patient today, Chinese lady, only spoke a few words of English. She had no idea what city she was in and said she'd been 'inside for long time'. Her boss came to pick her up within an hour of her being admitted and gave a false name. She had nothing with her, not even a handbag.""",
  "ISO", "ISOL FPE", "", "M")
t("""3/C/P. Source overheard KHAN Imran saying that his 'girls' at the Bradford flat 'earn' £1,000 a night and he 'keeps them sweet with coke'. Source believes at least one of the girls is 16.""",
  "AV", "", "S", "H")
t("""GLAA: workers on a Herefordshire flower farm say the labour provider, AGRO-UK Ltd, does not give them their pay slips and pays £6 per hour cash while their contracts state £11.44. They are housed in static caravans with no heating and are not permitted to leave the site after 9pm. One worker said the site manager told them 'you will disappear in the river' if they complain.""",
  "DEC ABC ROM THR", "PLC RM", "L", "H")
t("""Doorstep conversation, PCSO: lady at 4 Beech Rd asked if the Romanian men next door 'are slaves'. The men told us they work for a roofing firm, are paid weekly, pay their own rent and go home to Romania every Christmas. They showed us payslips. No concerns.""")
t("""I was the maid of the family in Jeddah and they brought me to London for the summer. In London I work all day and night, I take care the baby in the night also, I sleep maybe three hours. The madam locks the door of the apartment when they go out. My passport the sir has since Saudi. I have not been paid since 7 months. I escaped when the door was open for the delivery.""",
  "OT ROM DOC WAG", "LH RM DT", "D", "H")
t("""Kidney for sale advert found on a Facebook group by a cyber analyst: user 'Mustafa_UK' offering '£20k for O+ kidney donors age 18-35, travel paid, no questions'. Linked phone +44 7700 900461. Referred to NCA.""",
  "", "", "O", "M")
# ---- part 4 -------------------------------------------------------------
t("""THE CAR WASH ON LONDON RD IS A DISGRACE!!! THOSE POOR LADS ARE OUT IN THE FREEZING COLD IN FLIP FLOPS NO GLOVES WASHING CARS WITH CHEMICALS THAT BURN THERE HANDS. THE OWNER SHOUTS AT THEM LIKE DOGS. SOMEBODY NEEDS TO CLOSE IT DOWN""",
  "ABC", "PA", "L", "M")
t("""Stop check, M1 J28: Vauxhall Vivaro VRM BD19 XNA, driver BOGDAN Florin, 7 male passengers (Romanian). Passengers had no ID; driver produced a carrier bag containing 7 Romanian ID cards and 9 bank cards in other names. Passengers said they work at a meat plant and 'Florin keeps everything so nothing gets lost'. Driver said he charges them £15/day for transport.""",
  "DOC WAG", "DT MBC NCW ESC CHT", "L", "M")
t("""Pharmacy staff concern: a young Eastern European man comes in weekly with an older man who asks for painkillers for 'his workers'. Young man has a badly swollen, untreated hand and was not allowed to speak; older man answered every question.""",
  "", "PA SFW", "L", "M")
t("""I live in a flat in Wembley. The family next door has a girl from Sri Lanka who is not family. She told me in the lift she is 'on loan' from a family in Dubai and that they send her salary to the Dubai family. She works every day. She asked me not to tell anyone because she will be sent back.""",
  "WAG OT", "NCW LH FOA", "D", "M")
t("""Op LANTERN debrief summary (OFFICIAL-SENSITIVE). 11 potential victims recovered from 2 addresses in Peterborough. All Latvian males, 30-60, several with alcohol dependency, recruited from a Riga shelter with promises of factory work at £400/week. All worked at food processing sites via three agencies. Accounts opened in their names; cards, PINs and passports retained by the principal, OZOLS. Victims received £20-£40 per week. Addresses: 2 bedrooms housing 6 and 5 men respectively, mattresses on floors, no hot water. Several victims report OZOLS assaulted those who complained, and threatened to 'send them back in a box'. Victims escorted to and from work by OZOLS's associates.""",
  "AV DEC DOC WAG ABC PSV THR", "DT NCW MBC OVC PLC ESC", "L", "H")
t("""Sorry if this is nothing. There's a man at our church who brings a group of women on Sundays, they sit apart and never talk to anyone, he holds their phones during the service. They look exhausted. I tried to talk to one and he came straight over.""",
  "ISO", "ISOL SFW", "", "M")
t("""Staff at the Travelodge, Slough, report a 14-year-old girl checked into a room by a man in his 40s who paid cash. Three other men have gone to the room in the last two hours. Police units dispatched.""",
  "AV", "", "S", "I")
t("""INT 2/B/P. A number of Pakistani students at a Luton 'college' are working 60+ hours a week at the car wash owned by the college's director, MALIK Tanveer, to pay 'tuition fees' that rise every term. Their visas depend on MALIK, who has reminded them that he can report them to UKVI.""",
  "OT DEBT THR AV", "LH FOA", "L", "H")
t("""Officer note: elderly man (British) reporting that his lodger 'works for him' by doing his shopping and cleaning in exchange for a reduced rent, agreed in writing. Lodger confirms this is her choice and she has a full-time job elsewhere. She said that if he ever tried to stop her going out or kept her money she would simply move out, but he never has. No concerns.""")
t("""Teenage boy approached PCSO at Liverpool Lime St saying he 'needs to get home to London'. He said men had brought him up and told him to stay in a flat and answer a phone. He has not eaten for two days. He says the men are at the flat now and will come looking for him.""",
  "AV", "PA", "C", "H")
t("""Missed appointment follow-up (Sexual Health clinic): patient 'Anna', Bulgarian, attends with a different man each time who pays in cash and waits in the corridor. Today she disclosed that she is forced to see 10-15 men a day, that she owes €8,000 for her 'ticket' and that the men who bring her hit her if she does not earn enough. She declined police involvement. Duty to Notify completed.""",
  "PSV DEBT", "ESC", "S", "H")
t("""Public report (Crimestoppers, online): 'the bloke who runs the Keswick Rd mechanics is employing someone illegally'. Follow-up: worker is a refugee with leave to remain and the right to work. No issues.""")
t("""NGO outreach note: I met three Chinese women at the pop-up flat in Ealing. They said they came on tourist visas to do 'beauty work' and now the boss says they cannot leave until they pay back £10,000 each. One said she has never been outside the flat since arriving in April, food comes by delivery driver. They have no phones of their own.""",
  "DEC DEBT ROM ISO", "RM ISOL", "S", "H")
t("""Staff at the nail bar don't have any days off, they start at 9 and finish at 9.""",
  "OT", "LH", "L", "M")
t("""PC BROWN 2281: attended Ali's Kebabs re: customer assault. Suspect (drunk customer) arrested. Staff members spoke well of their employer; paid weekly, two days off, own homes. No concerns noted.""")
t("""Caseworker (Unseen) second contact: client says he 'chose' to stay because the boss pays him sometimes and gives him a room, but describes having to sleep in a van at the construction site, working 6am-10pm, and the boss keeping his passport 'until the job ends'. He has been told he owes £2,000 for tools.""",
  "ABC OT DOC DEBT", "SAW LH DT PPE PLC", "L", "H")
t("""Information from a taxi driver: he regularly drives two young women from a house in Moss Side to hotels across Manchester at night, always booked by the same man, who pays and tells the driver to bring them back to him and nowhere else. One of the women told the driver she has to 'see clients' for the man and is never allowed out on her own.""",
  "ROM", "ESC RM", "S", "H")
t("""Police Scotland intel 3/C/P. Report of a Chinese man seen in a Glasgow restaurant kitchen looking underweight, with unhealed cuts, who flinched when the owner spoke to him. No further detail.""",
  "", "PA", "L", "M")
t("""Parents came into the front office to report their son (17) is being 'used' by a gang. They say he is given bags to carry around Bristol and that the older man he calls 'Uncle' told him he owes £1,500 because a package went missing. Son denies any problem.""",
  "AV DEBT", "", "C", "H")
t("""Wallet with bank cards handed in at front counter, owner traced.""")
# ---- part 5 -------------------------------------------------------------
t("""Organ trafficking - NCA bulletin extract: a Nigerian senator and his wife were convicted (2023) of conspiring to bring a young man from Lagos to London to harvest his kidney for their daughter. The man, a street trader, was told he was coming for work and was not told a kidney would be taken. He was offered payment and a better life in the UK.""",
  "DEC AV", "", "O", "M")
t("""Donor assessment clinic, Guy's: prospective altruistic kidney donor (British, 45) assessed. Independent assessor satisfied there is no reward, coercion or pressure. Donor fully informed, has discussed with family. Proceeding to matching scheme.""")
t("""tip off: man in Ilford posting on whatsapp groups 'need kidney donors urgent, pay 10k, must have valid passport, travel to Pakistan'. One lad from my mosque went and came back sick, says he was only given 2k and they kept his passport til he signed""",
  "DEC DOC", "DT PA", "O", "M")
t("""Attended address re: missing 15-year-old female believed to be at 27 Pelham St. Door answered by male 30s who denied she was there. Female heard crying upstairs. Entry forced under s17 PACE, female found in bedroom with no clothes and a bruised face; male arrested for rape of a child. Girl had been there since Friday.""",
  "AV PSV ROM", "PA RM", "S", "I")
t("""Request from DWP fraud team: same mobile number and email used on 17 universal credit claims; claimants are Bulgarian nationals whose addresses are all HMOs owned by one landlord, IVANOV. Claimants contacted say they never applied and have never received any money; IVANOV 'helped them with forms' and kept their ID cards 'for the council'.""",
  "DOC", "DT NCW", "C", "M")
t("""The warehouse is ok honestly. I work 4 days a week nights, the agency pays me every Friday into my own account, they gave me boots free. I just want to complain about the parking.""")
t("""Caseworker (Hope for Justice): client, Eritrean man, 23, spent a year in Libya in a farm where he was forced to work with no pay and was whipped. In the UK he is now in asylum accommodation and attends college. No exploitation in the UK reported; we are supporting an NRM referral for the overseas exploitation.""",
  "WAG PSV", "", "L", "H")
t("""Pop-up brothel, Airbnb in Leeds city centre, raided after neighbour complaints. Three Romanian women found. All told officers they work voluntarily, keep what they earn and travel on their own. No indicators of coercion disclosed; women given information about support.""",
  "", "", "S", "H")
t("""Bolton street triage: man (British, 40s, heroin dependent) picked up by PCSOs begging outside Tesco. He says he has to give his takings to the 'landlord' of the house he lives in or he doesn't get his 'medicine'. The landlord takes him to the spot every morning.""",
  "AV WAG", "ESC NCW", "C", "M")
t("""My aunt brought a girl from our village in Punjab to help in her house in Southall. The girl is 14. She doesn't go to school, she cooks and cleans for the whole family of 8 and sleeps in the corridor. My aunt says she sends money to the girl's parents but I don't think that's true. I'm scared to report my own family but this is wrong.""",
  "AV WAG ABC", "SAW NCW", "D", "H")
t("""Fire service referral: fire in an industrial unit in Oldham used as a clothing factory. Six men found sleeping on cardboard in a mezzanine above the sewing machines. Fire exits blocked by stock. The men ran before police arrived.""",
  "ABC", "SAW PLC", "L", "M")
t("""Court result - Snaresbrook Crown Court.

KOVALENKO Oleh (41) pleaded guilty today to two offences of arranging travel with a view to exploitation and three of requiring persons to perform forced labour, contrary to ss1 and 2 of the Modern Slavery Act 2015. He will be sentenced in March.

The court heard that KOVALENKO recruited Ukrainian refugees through a Telegram channel in 2023, promising them warehouse jobs at £12 an hour and help with their visa paperwork. Instead the men were taken to a flat in Barking, told they each owed £2,500 for 'housing and visas', and sent out every morning to work on building sites in east London for no pay. KOVALENKO kept their passports in a locked drawer and told them that without him they would be 'arrested and sent back to the war'.

One victim, a 58-year-old former engineer, said in a statement read to the court that he had felt 'like property'. A co-defendant, a site manager who paid KOVALENKO for the labour, was acquitted after the jury accepted he believed the men were being paid.""",
  "AV DEC DEBT WAG DOC THR", "DT FOA", "L", "H")
t("""Vietnamese male, about 15, found by BTP hiding in the toilets at Birmingham New St. Says he ran away from a 'nail house' last night. Appears malnourished, only the clothes he is wearing. Says the people there are looking for him. Interpreter requested.""",
  "AV", "PA FPE", "L", "H")
t("""Reported by a mum on the school run: 'there's a bloke who parks outside Marlowe Academy and gives the year 9 girls vapes and lifts, they call him Big T, one of them said he took her to a party where she had to do stuff with men'.""",
  "AV PSV", "", "S", "H")
t("""Caller (landlord) concerned that his tenant has moved 'six or seven' people into a two-bed flat. Visited: four students in total, the tenant sub-letting the second bedroom to friends for cash. All students, all leave and come freely, no one is working for the tenant. Housing enforcement notified.""")
t("""Daily briefing item: Op SENTINEL identified a modern slavery victim in a Scunthorpe car wash yesterday. IP (Kurdish Iraqi, 20) says the owner gives him a room in a shipping container on site, with a mattress and a bucket, and pays him £25 a week. He starts when the owner opens the gate at 7 and stops when it's dark. He does not know the address.""",
  "ABC WAG OT ISO", "SAW PLC LH ISOL", "L", "H")
t("""I need help. I'm in a house in Slough, I don't know the number. They have locked me in the bedroom since yesterday. The man said tonight he will kill me if I don't do what the customers want. Please come. (Text to 999 via emergencySMS, cell site Slough Central)""",
  "ROM THR", "RM", "S", "I")
t("""Safeguarding supervision note: nothing to suggest Jade (17) is being exploited; she works part-time at a café, her mum confirms her hours and pay, and her missing episodes were to her boyfriend's, who is 18 and known to the family. Continue to monitor.""")
t("""INT 2/B/P. Indian restaurant group (4 sites, Hampshire) recruits chefs from Kerala on skilled worker visas. Each chef has paid £18-22k in 'sponsorship fees' to a Kochi agent linked to the owner. Chefs paid the salary on paper but required to hand back half in cash each month. They are told their visa will be cancelled if they refuse.""",
  "WAG THR AV", "FEES FOA", "L", "H")
t("""Victim's own words (written statement, Polish, translated): In Poland I was homeless and drinking. A man came to the shelter and said there is work in England, packing vegetables, a house, I will have my own money. In England I did not have my own money. He took me to the bank and then he had my card. I worked in the factory then in the evening I cleaned his house. I never had a free day. If I asked for my money he said I am a drunk and no one will believe me.""",
  "AV DEC WAG OT", "NCW LH", "L D", "H")
t("""Noisy party, Acacia Ave, 2am: 18th birthday, music turned down.""")
t("""Airport: Border Force at Stansted intercepted a man (Albanian, 30) travelling with three women (18-20). The women each had only a small handbag and no luggage, no money and no address for their stay. The man held all four passports and the return tickets and answered all questions for them.""",
  "DOC", "DT FPE SFW ESC", "", "M")
t("""101: my son's boss at the building site owes him £600 wages and won't answer his phone. Son is 24, British, lives at home. Advised civil remedy / ACAS.""")
t("""Looked into the concern about the Chinese takeaway worker: he's the owner's son, he's 19, helps in the shop after college. Says he gets pocket money and helps out more in the holidays, like any family business. No safeguarding concern.""")
# ---- part 6 -------------------------------------------------------------
t("""Neighbourhood policing weekly summary, Eastside ward.

1. Two reports of bikes stolen from the college racks; CCTV reviewed, suspects identified, both juveniles known to YOS.

2. Visit to the new hand car wash on Forge Lane following a community concern. Six workers, all Kurdish, spoken to with a Language Line interpreter. Two workers separately said they are 'not allowed' to leave the site during the day and that the manager keeps their phones in a drawer until they finish at 9pm. They sleep in the unit's office. They would not give details of pay. Referral to the MSHT team made.

3. Noise complaints at the Red Lion continue; licensing informed.

4. Community speed watch on Holly Rd: 47 vehicles over the limit.""",
  "ROM ISO", "RM ISOL SAW", "L", "M")
t("""Victim debrief (Romanian female, 27), via interpreter, summary.

She says that she met Marius on Facebook in 2023. He said he loved her and wanted them to build a life in England. He paid for the flight to Luton. For two weeks they lived in a hotel and she was happy. Then he told her he had debts to dangerous people and she had to help him by 'working a few nights'. She refused and he slapped her and locked her in the bathroom overnight.

She then worked in flats in Birmingham, Coventry and Leicester, moving each week. Marius posted her adverts on Vivastreet, took the phone calls, and took all the money she earned. She had no phone of her own and did not speak to her family for eight months; Marius told her mother she was working in a restaurant.

She says Marius told her he had photographs of her that he would send to her village if she ever went to the police. She left when a client helped her call the Salvation Army.""",
  "DEC PSV ROM ISO WAG THR", "RM ISOL NCW", "S", "H")
t("""Nothing to report - the lads at the farm are all seasonal on the scheme, the manager showed us their passports are in their own lockers with their own keys, they're paid hourly into their own accounts and several had been into town on the bus that evening.""")
t("""WhatsApp screenshot forwarded by a teacher: message to a Year 11 pupil from an unknown number - 'u owe us for the phone n the trainers, so u workin for us now, first drop 2moro 7am, dont be late or ur mum gets a visit'.""",
  "AV DEBT THR", "", "C", "H")
t("""Joint GLAA/police visit, meat plant, Corby. Nothing found amiss. All 200 staff directly employed. Induction includes a free confidential helpline card in 12 languages. No worker reported any charge for PPE or transport; the plant runs free buses from town. Case closed.""")
t("""Her 'husband' never lets her out, she's only 16 and doesn't speak a word of English. She cooks for all his brothers.""",
  "AV ROM", "RM", "D", "H")
t("""Hospital IDVA note: Pakistani woman (29) on a spousal visa disclosed that her husband and in-laws make her do all the housework for 9 people from 5am to midnight, have taken her passport, do not let her phone her family in Pakistan and say she will be deported if she tells anyone. She showed burns on her forearm from the iron.""",
  "OT DOC ISO THR PSV AV", "LH DT ISOL FOA PA", "D", "H")
t("""Report from a member of the public via the Spot the Signs page: 'I saw a post on Gumtree for a room for £50 a week "for workers only, work provided". Seems dodgy.' Checked: a lettings agent for a legitimate farm, accommodation licensed and inspected. No concerns.""")
t("""Serious Case Review excerpt: 'Child D (Albanian, 16) had been reported missing 11 times. On each return interview he said he had been 'with friends'. It was later established he had been moved between cannabis grows in three counties, kept inside by the adults who ran them, and told that his family in Albania would have to pay his debt of £18,000 if he left.'""",
  "AV ROM DEBT THR", "RM", "C", "H")
t("""OIC update to DI, Op HARROW.

The IP from the Wisbech house (Lithuanian male, 38) has now been moved from the reception centre to a safe house in Norfolk. Second ABE completed yesterday. He confirms that for seven months he had no phone and no contact with anyone outside the house; the men who ran it took his phone on the first day and he was not allowed to speak to the other workers on the potato line. He has been paid nothing for the whole period. He says he did not know which town he was in until officers told him.

He does not wish to support a prosecution at present but agreed to a Duty to Notify form. His account is consistent with the account of the IP recovered from the same address in June.

Outstanding: cell-site work on the suspects' phones; production order for the packhouse's agency invoices; welfare visit by the Salvation Army on Monday. No further victims identified so far; the two other men seen at the address were checked and are the landlord's sons.""",
  "ISO WAG", "ISOL NCW", "L", "M")
t("""Call from a worried mum: her daughter (22) has gone to Dubai for a 'hostess' job offered on Instagram. She hasn't heard from her in 2 days. Daughter later phoned: she is fine, working in a hotel, has her passport and is coming home at Christmas. Closed.""")
t("""The man who runs the hostel on Albion St has been making the residents work on his building jobs for their rent. They are all ex-prisoners or addicts. He takes their benefits too and if they argue he throws them out on the street.""",
  "AV WAG THR", "NCW", "L", "H")
t("""INT 3/C/P: Afghan males working at a Dover kebab shop are said to owe £6,000 each to a smuggler who visits the shop weekly to take payments from their wages.""",
  "DEBT WAG", "NCW", "L", "M")
t("""Neighbour dispute, 14 & 16 Ash Grove, over a leylandii hedge. Both parties advised. No offences.""")
t("""Recorded interview extract (Q&A, witness, Filipino care worker): Q: Did anyone take your passport? A: No, I keep it with me always. Q: Were you free to leave? A: Yes, I left when I wanted. Q: Were you paid? A: Yes, every month, by bank. Q: Did anyone threaten you? A: No. My problem was only the night shifts were too many, so I changed agency.""")
t("""Child sexual exploitation: Ofsted-registered children's home in Telford reports that Lacey (15) came back at 4am smelling of alcohol, with bruises on her thighs. She told staff three men in a flat above a shop gave her vodka and 'did stuff' to her, and that one of them filmed it.""",
  "AV PSV", "PA", "S", "H")
t("""999 transferred from ambulance: male (Romanian, 30s) with head injury at a farm caravan site near Boston, Lincs. Caller (another worker) says the gangmaster 'Dani' beat him with a bar because he asked for his wages, and Dani is still on site and will not let the ambulance crew onto the site. Units and HEMS en route.""",
  "PSV WAG ROM", "PA RM", "L", "I")
t("""Residents' association email: 'The flat above the bookies has men going in all night and the girls there never come out. I'm told they are foreign and can't speak to anyone. Whoever runs it also has cameras pointing at their door.'""",
  "ROM ISO", "RM ISOL", "S", "H")
t("""Intelligence review - Greenfield Mushrooms.

An earlier report (graded 3/D/P) stated that the Lithuanian workers at Greenfield Mushrooms were 'kept prisoner' on site and that 'the boss takes their money and their passports'. The report came from a former employee dismissed in January.

The report has now been assessed against a GLAA unannounced visit on 14 February. All 22 workers were interviewed individually without managers present, with a Lithuanian interpreter. Every worker held their own passport or ID card; wages are paid into accounts in their own names and payslips match the bank statements seen. Workers live in a licensed HMO in the village, pay rent directly to the landlord, and several described going to Peterborough at weekends. Shifts are eight hours with one or two days off; overtime is optional and paid.

The GLAA did note that the fire doors in the picking sheds were obstructed, which has been referred to the fire service.

Conclusion: no evidence that anyone is held, controlled or unpaid. Original report assessed as malicious/unfounded. Record to be reviewed under MoPI at the normal interval.""")
t("""Rumours at the mosque that the new imam's assistant is 'unpaid and kept in the back room'. Spoke to him with a Bengali speaker: he is the imam's nephew, a student at the university, lives in the family home, receives a salary from the mosque committee and is free to come and go. No exploitation.""")
t("""Med student placement note: patient on the dialysis unit told me he is being 'offered a kidney from India for £25k' by a man at his gurdwara. I've reported it to the consultant and the transplant coordinator, who have informed the HTA.""",
  "", "", "O", "M")
t("""She says that she was a teacher in Lagos. A woman she met at church said she could get her a job teaching in a London school. In London she was taken to the woman's sister's house, where she has cared for three children and an elderly man for two years, without pay, without a day off, and without ever being allowed out alone. She says the sister took her passport at the airport.""",
  "DEC WAG OT ROM DOC", "LH RM DT", "D", "H")
t("""Queen St barbers checked: staff paid, own flats, no issues.""")
t("""2/B/P. A British male, FLYNN Patrick, is believed to be using 4 vulnerable homeless men to clear fly-tipped waste for a 'waste carrier' business in Leeds. The men are collected from a hostel at 6am, dropped back at 11pm, and paid in cider and cigarettes. One was hospitalised after handling asbestos without any protection.""",
  "AV WAG ABC OT", "CEDL ESC LH", "L", "H")
t("""Routine stop: driver found with 12 debit cards in different names in the glovebox. Claims they belong to 'his workers' at a Bradford takeaway and he keeps them 'to pay the bills'. Cards and phone seized, enquiries ongoing.""",
  "WAG", "MBC NCW", "L", "M")
t("""Spot the signs feedback form: 'Great page, thanks. I used to work in a nail bar myself and it was fine, my boss was lovely and paid me properly, but I learned a lot here.'""")
t("""The boss tells everyone he 'owns' us until the visa loan is paid back. Every month he adds interest so we will never finish. Last month he broke Ravi's finger in front of us.""",
  "DEBT PSV THR", "", "L", "H")


if __name__ == "__main__":
    main()
