# Hand-written texts for fresh168 (Sightline modern-slavery detector training set).
# Each E() call holds one hand-written text and its labels. Abbreviations expand below.
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           nw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = dict(RD="dt", RM="rm", EO="lh", IS="iso")
RANK = dict(l=0, m=1, h=2, i=3)
NAMES = {v: k for k, v in RANK.items()}
RISKS = {0: "low", 1: "medium", 2: "high", 3: "immediate"}
D = []

def E(text, ind="", sig="", typ="", risk="l"):
    i = [IND[x] for x in ind.split()]
    s = [SIG[x] for x in sig.split()]
    for k in ind.split():
        if k in PAIR and SIG[PAIR[k]] not in s:
            s.append(SIG[PAIR[k]])
    t = [TYP[x] for x in typ.split()]
    r = RANK[risk]
    auto = 0
    if i or t:
        auto = 1
    k = ind.split()
    if len(k) >= 3 or "PV" in k or "S" in typ.split() or ("IT" in k and "RM" in k):
        auto = max(auto, 2)
    r = max(r, auto)
    D.append(dict(text=text.strip(), indicators=i, signs=s, exploitation=t, risk=RISKS[r]))

# ---- part 1 ----
E("""ED triage note 02:40. F, approx 30s, attended with male 'cousin' who answered every question put to her incl. DOB and address. Laceration L forearm, says slipped at work in kitchen. Male refused to leave cubicle; pt made no eye contact. When asked where she works male said 'family restaurant'. Pt had no phone, no bag, no ID. Discharged before safeguarding nurse arrived.""", "", "sfw fpe pa", "")
E("""Referral from maternity: 17yo booked at 28/40, no previous antenatal contact. Accompanied by older partner (approx 35) who holds her phone and her NHS letters and insists on interpreting although she speaks good English when he steps out. She told midwife she 'cannot go anywhere without him' and that he 'brought her to the UK to work in his sister's house'. Looks after four children in that house, cooks and cleans from 6am, not paid. Referred to MASH and police.""", "AV RM IS WW EO", "sfw", "D", "h")
E("""GP letter re Mr Daniel OKAFOR, 54. Attended for review post kidney transplant (2019, Guy's). Stable on tacrolimus. Donor was his brother. No concerns.""")
E("""School DSL concern: Year 9 pupil (14) has new trainers, two phones and keeps getting rung in lessons. Missed 11 afternoons this half term. Mum says he gets picked up in a car by 'older friends'. Found with £340 cash and a train ticket to Margate in his blazer. Possible county lines - referral to MASH.""", "AV", "", "C", "h")
E("""Adult social care: Mrs P, 81, lives with her son who is her carer. Son collects her pension and does her shopping; she says she is happy with this arrangement and sees her daughter weekly. Home warm and clean. No safeguarding concerns identified, case closed.""", "", "nw", "", "l")
E("""LOG 4471 / 2/B/P. INT suggests Hand car wash LONDON RD operating 7 days 0700-2100. Approx 6 males, believed Romanian nationals, sleeping in portacabin on site. POI Florin DRAGOMIR believed to collect wages on their behalf. No wet-weather gear, washing with bare hands in December.""", "WW EO AC", "sw nw plc", "L", "h")
E("""Called 101 - my neighbour is shouting at his wife again, this happens every weekend, they are both drunk, I just want to sleep.""")
E("""i think theres girls being kept in the flat above the nail shop on high st, diffrent men going up all night and the girls never come down except to go in the salon. one of them looked about 15. the blinds are always shut""", "AV RM", "", "S L", "h")
E("""Salvation Army caseworker note: Client (Vietnamese M, 19) says he paid $18,000 through his family to come to Europe, travelled by lorry to France then small boat. On arrival was taken to a house in Wolverhampton and told he had to 'look after the plants' until the debt was paid. Door was padlocked from outside; food brought twice a week. Was told his parents in Nghe An would 'have trouble' if he ran. Escaped when the house was raided.""", "DB RM IT AV IS", "uf", "C", "h")
E("""She says that the man promised her work in a hotel in London, cleaning rooms, and that he would pay for the ticket. When she arrived he took her to a flat and said she must see clients to pay back the ticket, which was now £6,000. She says she did not know this before. The interpreter notes she is crying.""", "DE DB", "", "S", "h")
E("""GLAA inspection, packhouse, Lincs. Labour provider licence in order. Workers paid via payroll into own accounts, payslips seen, hours within WTD, no transport charges. Accommodation offered optionally in town, 3 per house. No concerns.""")
E("""Bank alert: 14 debit cards in different names used at the same ATM on Brook St between 02:10 and 02:35. Account holders are mostly young Eastern European males with same registered address, a 3-bed terrace. Wages from a food factory agency are paid in and withdrawn in full on payday.""", "WW", "mbc nw oc", "L", "m")
E("""Pupil (Y11) came to school with her passport missing - she thinks she left it on the coach on the Paris trip. Mum has reported it lost. No concerns.""")
E("""Police handover: VRM AB12 XYZ stopped A14 at 04:50, Transit with 9 males, all Polish, no English. Driver (Tomasz NOWAK) said taking them to a chicken factory. Workers said they pay £10 each a day for the lift, taken off wages. Driver had the workers' ID cards in the glovebox 'so nobody loses them'.""", "RD", "ct ce et", "L", "m")
E("""101 caller reports a young woman begging outside Tesco every day from 7am, dropped off by a silver BMW, man comes at lunch and takes the money cup off her.""", "WW", "ce nw", "C", "m")
E("""Eritrean F, 24, first account (Helen Bamber partner): 'In Libya they sold me. In Italy a man said he would bring me to England for my sister. Here I stay with his family, I do everything, I wash the babies, I cook, I do not go outside alone. I sleep on the kitchen floor. When I ask for money he says I owe him for the journey, always I owe.'""", "DB RM AC WW", "plc", "D", "h")
E("""Care home staffing review: agency carers from Kerala on sponsored visas told they must repay £9,500 'recruitment fee' to the agent out of salary, deducted monthly. Two say they work 72 hours and are threatened that their visa will be cancelled if they complain.""", "DB IT EO AV", "uf", "L", "h")
E("""Construction site accident: worker injured by reversing dumper, broken femur. Employed direct by main contractor, CSCS card, paid PAYE. HSE informed. Not a modern slavery matter.""")
E("""A&E: 16yo F brought in by ambulance after collapse at a party in a flat. Intoxicated. Phone had multiple messages from 'Uncle T' telling her where to go tonight. Mum says she goes missing for days and comes back with new clothes and nails done. Genital injuries noted on exam; pt would not say how.""", "AV PV", "pa", "S", "i")
E("""Fam of 7 living in 2-bed flat, council aware, overcrowding on housing register. Parents both work and children in school. Housing issue only.""", "", "oc", "", "l")
E("""INT 3/C/P - nom KASTRATI believed to run cannabis grows in two addresses in Huddersfield, workers brought in from Albania, told they would be working in a restaurant kitchen. Workers not allowed out.""", "DE RM", "", "C")
E("""my mates boss at the car wash keeps everyones passport in his van and they get paid £30 a day for 12 hour shift, sunday as well, theyre scared to say anything coz of there visas""", "RD EO AV", "fa", "L", "h")
E("""Student, 21, Chinese national, reported to campus security that her landlord is holding her £1,200 deposit after she moved out. Dispute ongoing. Has her own passport and BRP. Advised to use deposit scheme.""")
E("""MASH referral - school nurse: Y8 girl, 12, disclosed that her stepfather's friend pays her in vodka and vapes to 'be nice' to men who come to the flat. She is frightened he will tell her mum.""", "AV PV", "", "S", "i")
E("""Debrief, M, 33, Slovak: I came on the bus from Košice, the man Marek paid the ticket. We worked in the waste plant sorting rubbish, no gloves, only a mask sometimes. Twelve people in the house, mattresses in every room. Marek had our bank cards, he said it was for rent. Every Friday he give me £40.""", "WW AC DB", "oc nw plc ct", "L", "h")
E("""Mr K (Pakistani, 45) reports his employer at a takeaway paid him three weeks late in November. He has since been paid in full and still works there. Says boss is fair generally.""")
E("""999 - female caller whispering, says she is locked in a room at 14 Castle St and the man has her passport, she was brought here to clean. Line cut off. Units dispatched.""", "RM RD", "", "D", "i")
E("""Probation note: service user released 3 wks ago, now living with 'friends' who have taken over his flat to deal from it. He says he owes them £800 and can't ask them to leave. Neighbours report footfall day and night.""", "DB AV", "", "C")
E("""Online report: theres a nail bar on the precinct, the girls are vietnamese and never go home, the light is on at midnight and they are back in at 8. a man brings them takeaway. they dont speak to anyone""", "EO", "sw ce iso", "L", "m")
E("""Border Force, LHR T4: Nigerian F, 19, arriving on visit visa to 'study fashion'. Sponsor's phone number belongs to a woman with previous NRM referrals for sexual exploitation. F believes she will be doing hair braiding for a family friend. Has been told not to speak to officers. Juju oath mentioned.""", "DE IT", "fa", "S", "h")
E("""Licensing visit: shisha bar, temporary events licence breach, no staff concerns, all staff on payroll.""")
E("""Interpreter's summary: He says that on the boat they worked twenty hours some days, that the skipper hit him with a rope when he was slow and that he was not allowed to go ashore in port. His passport was kept by the skipper 'for immigration'. He has been paid nothing in 7 months; the skipper says the money is sent to his agency in Manila.""", "EO PV RM RD WW", "", "L", "h")
E("""Social worker visit: elderly man with learning disability found living in a shed at back of a farm, works with the horses and cleans the yard for the family, has done so for 15 years. Gets food and cigarettes, no wages. Benefits paid into farmer's account.""", "AV WW AC IS", "plc nw sw", "L", "h")
E("""Hospital safeguarding: woman, 28, gave birth yesterday. Husband present at all times, she is from Bangladesh, married 1 yr. She says she is happy. Midwife could not find time alone with her; no other concerns noted.""")
E("""Police log: Rani's cousin says Rani (20) was taken to Pakistan on holiday in the summer and married there against her wishes. She is now back and not allowed to leave the house or use a phone. Forced marriage unit informed.""", "RM IS", "", "")
E("""HCW Station Rd - council licensing officer notes 4 workers in shorts and trainers, all used the same phrase 'we are paid good', manager answered for them, no toilet on site.""", "AC", "sfw", "L", "m")
E("""lol theres this bloke in my block keeps getting kids to run bags for him, he gave one of them a battery on the stairs last week""", "AV PV", "", "C", "h")
E("""Adult safeguarding (ASC): Ms J, 39, with mild learning disability. Her 'boyfriend' and two of his friends have moved into her council flat; she sleeps on the sofa. They use her bank card and she has no money for food by Tuesday. Drugs being sold from the flat.""", "AV", "nw", "C")
E("""INT 2/A/P. POI Gjergj LLESHI collecting rent from 3 Albanian workers on building site in Croydon. Workers believed to be paying off £15k each for passage. LLESHI is seen dropping them at 0600 and collecting at 2000.""", "DB EO", "ce et", "L", "m")
E("""Community nurse: Mrs A, 70, lives with daughter's family, helps with grandchildren, has own room, own pension, goes to the mosque daily. Daughter requested carer assessment. No concerns.""")
E("""Salvation Army note: Client (Romanian, F, 26) approached on Facebook by woman offering warehouse job in Northampton, £400 a week. On arrival put in a house with 11 others, told she had to pay £80 rent and £20 'transport' weekly and £150 for the hi-vis and boots. First wage slip showed £45 after deductions. Agency kept her ID card 'for the file'.""", "DE WW RD AC", "oc ct ppe uf", "L", "h")
E("""A&E note: M, 40s, Sudanese, hand crush injury from a machine at a recycling plant. Came alone by taxi. Employer says he is casual, no paperwork. Pt reluctant to give address, scared of 'the Home Office'. Says he sleeps at the yard.""", "AV", "fa sw pa", "L", "m")
E("""Neighbour dispute re parking, abusive language exchanged, no offences disclosed.""")
E("""Debrief, translated: 'They took my phone on the first day. I did not know where the house was, only that it was near a big motorway. Every night a car came and took me to a different hotel. The money the men paid went to Dritan.'""", "IS WW", "et nw", "S", "h")
E("""Press summary: Three men were jailed today after a court heard how they forced homeless men to lay driveways across Wales for little or no pay. The victims were housed in caravans without running water and were beaten if they tried to leave.""", "AV WW AC PV", "plc", "L", "h")
E("""Children's social care: 15yo boy missing from care home for 3 nights, found in Southend trap house with cuts to his hands. Told police he owed money after 'losing' a package and had to work it off.""", "AV DB", "pa", "C", "i")
E("""MP correspondence: constituent complains that her son's employer, a legitimate restaurant, made him work a 14-hour shift over Christmas. He was paid overtime as per his contract.""")
E("""101: woman calling about a house on Marsh Lane, says there are lots of men coming and going in a white van at 5am every day, about 10 men living there, she's worried it's a slave house. Patrol attended - men are agency workers at a distribution centre, own contracts, drive themselves; landlord HMO licensed.""")
E("""Midwife note: Pt (Romanian, 22) attends with 'friend' Ana who holds pt's passport and paid for appt in cash. Pt says she works 'in massage'. Pt asked midwife quietly how to get home to Romania.""", "RD", "sfw", "S", "h")
E("""INT 3/B/P - information that children from a Roma family are being taken by an adult male into Oxford St each morning to pickpocket and return at night; money handed to male.""", "AV WW", "ce nw", "C", "h")
# ---- part 2 ----
E("""Man at the door of the farm shop says the pickers from the caravans are never let off the farm, the gaffer locks the gate at night""", "RM", "", "L", "m")
E("""GP: new patient registration for 6 Filipino women all giving the same address in Knightsbridge, brought by the employer's driver. Driver filled in the forms. One woman has thumb bruising. Employer is a diplomatic household.""", "", "sfw pa escorted_transport".replace("escorted_transport","et"), "", "l")
E("""Caseworker (Kalayaan): Ms R, Filipino domestic worker, came to the UK with her employers on an ODW visa. Worked 7am to midnight every day, no day off in 18 months, slept on the floor of the children's room. Her passport was kept by madam. Salary of £200 a month paid to her family in the Philippines 'when madam remembered'. She left when the family went to the airport and she was told to wait in the car.""", "EO AC RD WW", "plc", "D", "h")
E("""A&E: M, 58, attended with chest pain. Lives with wife, works as a taxi driver. Discharged.""")
E("""INT 2/B/P: VRM LR19 ... seen dropping three females at Travelodge Junction 24 at 2300 and collecting 0400. Same females seen in escort adverts on Vivastreet under different names. Phone numbers on adverts all link to one handset.""", "", "et ce", "S", "h")
E("""School: Y10 boy disclosed his uncle makes him work in the family's takeaway every night till 1am and at weekends, he is always tired and falling asleep in class. He says he is not paid but 'it's family'.""", "AV EO WW", "", "L", "h")
E("""Community report: the lads at the car wash on Bury Rd are fine, I spoke to them they're all Kurdish, they rent their own places and the owner pays them on a card, one of them is my neighbour.""")
E("""Victim account (interpreted, Albanian M, 17): He says that a man in Tirana told him he could earn €2,000 a month painting houses in London. He crossed in a lorry. He was taken to a house with the windows covered in foil and was told to water the plants and not go outside. He says they told him 'if you run, your sister will pay.' He was found by police during a warrant.""", "AV DE RM IT", "", "C", "h")
E("""NHS 111: caller says his cousin from Romania is sick with fever, living in a caravan on a farm, the boss won't take him to a doctor and won't let him leave the farm.""", "RM AC", "plc", "L", "i")
E("""Financial crime alert: student account opened 6 weeks ago, received £27,000 from 40 unrelated third parties and immediately transferred out to crypto. Account holder (18) says a friend 'borrowed' his account for £200.""", "", "", "C", "m")
E("""Slavery helpline summary: caller worked in a hotel laundry via agency in Blackpool. Says shifts are 10 hours 6 days a week, pay correct by payslip, agency is a bit rude but she can quit any time. Wanted advice about holiday pay. Not MS.""")
E("""Debrief Polish M, 48: 'I drink too much, I was on the street in Gdańsk. A man said come to England, work, house, money. In England he took my dowód and bank card. We worked on building sites, he give us tobacco and beer and a little food. When I said I want to go he hit me and said I owe for bus and room.'""", "AV DE RD WW PV DB", "nw", "L", "h")
E("""Maternity safeguarding: woman, 19, Nigeria, says she came to UK to 'be a nanny' for a family in Peckham but they told her after three months to leave. She is now sofa-surfing, has her passport, says no one made her work for nothing. Referred for housing support.""")
E("""ASB complaint: residents report group of men drinking in the park, litter, urinating. Nothing further.""")
E("""Police log: woman (Chinese, 40s) found in a 1-bed flat advertised on an adult website. She says she was told she would work in a restaurant. Two phones in flat, 300 condoms, a diary of bookings. She does not know the address or city. Clients pay a man online.""", "DE IS WW", "", "S", "h")
E("""Online report: THE MEN ON THE FARM GET HIT BY THE BOSS I SAW IT WITH MY OWN EYES HE KICKED ONE OF THEM IN THE FIELD NOBODY DOES NOTHING""", "PV", "", "L", "h")
E("""Cuckooing: warden reports Mr T (62, heroin user) has two young men staying, he says they gave him gear for letting them 'use the kitchen'. He now can't get back into his own bedroom, they keep it locked.""", "AV", "", "C")
E("""Border Force Dover: coach from Bucharest, 8 adults travelling with one organiser who holds all their passports and tickets and speaks for all of them. All say they are going to 'work in the potatoes'. None know the employer's name.""", "RD", "sfw et", "L", "m")
E("""Probation: offender (Vietnamese, 23) convicted of cannabis production. In interview with PO says he was paid nothing, was told he owed money for his journey and was locked in the house. PO has made an NRM referral as first responder.""", "WW DB RM", "", "C", "h")
E("""Safeguarding referral (dentist): 7 yo child with severe decay, parents missed appts. Neglect concern only.""")
E("""GLAA intelligence: gangmaster supplying workers to leek farm charging £350 'registration fee' before first shift and £5 per day for the minibus. Workers housed 6 to a static caravan the gangmaster rents. No evidence of threats; workers appear to come and go.""", "AC", "uf ct oc", "L", "m")
E("""Ms D, 34, presents at A&E with facial bruising after argument with partner. Discloses domestic abuse over 2 years. She works as a teaching assistant. DASH completed, MARAC referral. No exploitation indicated.""", "PV", "", "", "h")
E("""Debrief (Sudanese M, 27, via Arabic interpreter): He says that in Calais a man told him there was a job for him in a car wash in Leicester and a room. He works from 8 until 8, seven days. The boss says he will pay when the 'debt for the crossing' is finished, which is £3,000, but every week the boss adds food and the room. He has been paid nothing in five months.""", "DE EO DB WW AC", "", "L", "h")
E("""Call 101: shop security have detained a 13 yo boy shoplifting razors and baby milk in bulk, he says a man in a car outside told him to and takes the stuff. Car drove off.""", "AV", "", "C", "h")
E("""Council EHO visit to restaurant kitchen: food hygiene rating 2, mouse droppings, staff knowledge poor. No staff welfare concerns.""")
E("""Rough sleeper outreach: man (Lithuanian) says he was working at a factory through an agency, was paid properly but lost the job and then his room. Has his own ID. Wants reconnection to Lithuania.""")
E("""INT 4/B/P. Unverified — source states POI 'Mama Joy' controls several Nigerian women working in a brothel in Leeds, bound by a juju oath and a debt of €35,000 each.""", "DB IT", "", "S", "h")
E("""School safeguarding: 15yo girl seen getting into cars with older men outside school gates; has been given a phone by a man she calls her boyfriend (24). Her friend says she 'has to go to parties' for him.""", "AV", "", "S", "h")
E("""HMRC/NMW complaint: worker says warehouse agency underpaid him £0.40 an hour below minimum wage over 3 months. He has his own bank account, lives with his girlfriend. NMW enforcement only.""")
E("""Adult social care: Mr L (Irish Traveller, 50s, learning disability) found living in a horsebox at the back of a site. Says he does the tarmac jobs with 'the boys' and they give him food and a few quid. His sister says he has worked like this for 20 years and is beaten if he wants to go. He cannot read or write.""", "AV WW PV AC", "plc", "L", "h")
E("""A&E nurse: Vietnamese M, 16, presented with burns to hands and forearms, says from cooking. Smelling strongly of cannabis. Adult 'brother' collected him before doctor saw him; address given does not exist.""", "AV", "pa", "C", "h")
E("""Hotel night manager reports a man booked 3 rooms in cash, girls visiting the rooms every half hour with men, one girl barefoot and crying in the corridor at 3am asking for a phone.""", "", "pa", "S", "h")
E("""My husband's brother is having his kidney surgery in India next month, he is paying a private hospital, the donor is a stranger they found through an agent. Family paying £10k. I'm worried the donor is poor and being used.""", "AV", "", "O", "m")
E("""Police log: Pakistani M, 36, attended station to report his employer (restaurant) has not paid him for 2 months and keeps his passport. He lives in room above restaurant; works 11am-midnight; owner says 'you can't go anywhere, you have no visa'.""", "WW RD EO AV IT", "sw", "L", "h")
E("""Housing officer: 14 people registered at a 3-bed in Peterborough, mattresses in the lounge, all work at the same packhouse via an agency whose supervisor lives downstairs and collects £70 each a week from their wages before they get it.""", "AC WW", "oc nw", "L", "m")
E("""Slavery helpline: friend reports an Indian woman working as a live-in carer for an elderly man in Harrow, the son took her passport 'to renew visa', she works 24/7 with no days off and is paid £300 a month in cash. She is afraid because her visa is tied to this job.""", "RD EO AV WW", "fa", "D", "h")
E("""Missing persons: 24yo male reported missing by his mum, found same day at his girlfriend's. Nothing further.""")
E("""Organ trafficking - Border Force referral: Pakistani M, 22, travelling with an older man to Turkey, says he is 'going to give his kidney to his uncle'. Not related to the older man per documents. Said he is being paid £3,000 which will clear his family's debt.""", "AV", "", "O")
E("""Private fostering notification: 16yo from Ghana staying with family friend to attend college. Visit found own room, attending college, has own phone and passport. Does light chores like the family's own children. No concerns.""")
E("""INT 3/B/P - WRIGHT, Kyle (DOB 04/03/1998) running 'Benz' line from London into Ipswich using local 15 and 16 yo runners; runners paid in clothes and weed. Intel that a runner was stabbed in the leg for 'losing' £600 and told he owes it.""", "AV PV DB WW", "", "C", "h")
E("""Text from worker to church pastor (translated from Tigrinya): 'Brother I cannot come Sunday, the owner does not let us leave the factory, we sleep there, he said police will send us back.'""", "RM IT", "sw fa", "L", "h")
E("""Report to council: house of multiple occupation on Elm Rd has no fire doors and cracked windows. Tenants are students. Landlord to be served notice.""", "", "plc", "", "l")
E("""Victim statement: I was 14 when I met Adam. He gave me drink and took me to a flat where his friends were. He said I owed him for the stuff he bought me. I had to go with his friends. If I said no he would put pictures of me on Snapchat.""", "AV DB IT PV", "", "S", "h")
E("""Au pair agency complaint: au pair (Spanish, 20) says host family asks her to babysit extra evenings; she is paid £90 a week pocket money as agreed plus extra for evenings, has her own room, and is free at weekends. Dispute about hours resolved.""")
E("""A&E: F, 30s, Romanian, brought in unconscious from a flat. Man with her said he was a 'friend', gave a false name and left. Multiple old bruises in different stages, cigarette burns. She later said she works 'in the flats' and that 'if I talk, my child in Romania'.""", "PV IT", "pa", "S", "i")
E("""Insolvency practitioner notes: restaurant company went into administration, staff owed 6 weeks wages. Staff claim via RPS. No exploitation.""")
E("""Caseworker: client (Indian M, 31, came on Skilled Worker visa as chef) paid £18,000 to an agent in Punjab for the CoS. On arrival the restaurant owner said there was no chef job, only washing up, 80 hours a week, for £150 a week. Threatened to report him to the Home Office if he leaves.""", "DE EO IT AV", "uf", "L", "h")
E("""Social media: 'anyone know why theres police at the nail bar on king st?? my nails are booked tomorrow 😭'""")
E("""INT 2/B/P: Chinese females rotated weekly through pop-up brothels in Airbnb flats in Manchester city centre, booked by POI ZHANG Wei; females not allowed out of flats during the week and food delivered.""", "RM", "", "S", "h")
# ---- part 3 ----
E("""Renal unit: Mr S, 44, returned from Egypt after buying a kidney there, now rejecting. Says the donor was a young Sudanese man the clinic 'found'. Pt paid $70,000. Info shared with police re transplant commercialism.""", "AV", "", "O", "m")
E("""Eritrean M, 20, debrief: 'In Cairo they said if you cannot pay for the sea we take a kidney. My friend went with them and came back with a big cut and no money. They held me in a room and the doctor took blood from me. I ran from the window.'""", "AV RM IT", "", "O", "h")
E("""ED: young Bangladeshi man with fresh nephrectomy scar, no UK hospital records, septic wound. Says he 'sold it back home to pay for the visa agent'. Now works in a restaurant. Agent still says he owes £4,000.""", "AV DB", "pa", "O")
E("""Police log: Albanian F, 23, reports boyfriend brought her to UK promising marriage, then sold her to a man who made her have sex with men in a flat in Luton. She was kept in a bedroom with the window screwed shut. He took her phone and she does not know which town she was in.""", "DE PV RM IS", "", "S", "h")
E("""Home Office caseworker note: applicant (Chinese, F) says she was working in a massage shop in Birmingham, gets 40% of the money, lives in her own room, can leave. She overstayed a visitor visa. No trafficking indicators disclosed; immigration issue only.""")
E("""Midwife: pt (Indian, 24) lives with husband and in-laws, says mother-in-law makes her do all the housework for 9 people from 5am and she is not allowed to go out or keep her phone; she is not given any money and her passport is with her father-in-law. She cried in the consultation.""", "EO RM IS RD AC", "", "D", "h")
E("""Neighbour report: lady next door has a live-in nanny from the Philippines who I see at the park every day with the kids, she goes to church on Sundays and has friends round. Just checking its all ok as I read about slavery. (No concerns on follow up.)""")
E("""Concern from bus driver: same 3 kids under 14 get on at 6am on schooldays with a man who pays their fares and gets off at the retail park, back at 7pm with bags of stuff from the shops.""", "AV", "ce et", "C", "h")
E("""INT 2/A/P — SILVA, Mariana: trafficked from Brazil for sex, told she would work in a bar. Debt of £20,000 increases by £500 for every 'mistake'. Kept at premises on Leyton High Rd, never allowed out alone, driven to outcalls by a man called 'Beto'.""", "DE DB RM", "et", "S", "h")
E("""Construction site visit by police with Home Office: 4 workers found with no right to work. All say they found the job themselves on Facebook, paid daily in cash at market rate, live with family. Immigration offences only.""", "", "fa", "", "l")
E("""Caseworker: client (Ghanaian F, 35) was brought as a child of 11 by a 'aunt' to look after her children and do the cleaning. Never went to school. Now 35, escaped last year. Says she was beaten with a belt and told the police would arrest her because she had no papers.""", "AV PV IT WW IS", "fa", "D", "h")
E("""Student welfare: Malaysian postgrad works 20 hrs at a café within visa rules, tired, struggling with coursework. Signposted to wellbeing.""")
E("""101 report: there's a young lad sleeping in the back of the kebab shop, he looks about 16, he's there every time I go in, always cleaning, the owner shouts at him""", "AV", "sw", "L", "h")
E("""GLAA: mushroom farm, workers from Romania and Bulgaria, supervisor confirmed they are driven to site by his brother who charges £12 a day. Workers say hours are 'when the mushrooms want', often 14-16 hrs. Paid into accounts but supervisor has their cards and PINs. Two workers had no PPE; one said boots cost £40 deducted.""", "EO WW", "ct et nw ppe", "L", "m")
E("""Referral, school: 6yo child said 'my mummy says I can't tell anyone about the man who sleeps on our floor'. Home visit: mum's brother staying temporarily from Poland. No concerns.""")
E("""Online: idk if this is the right place but my mum's friend came from nigeria to work for a pastor's family, she is not allowed to go out, she sleeps in the laundry room and the pastor's wife keeps her passport. please help her""", "RM RD AC", "plc", "D", "h")
E("""Prison OMU note: prisoner (Vietnamese, 17 at time of offence) convicted of cannabis cultivation. Disclosed he was kept in the house for 8 months, told his family owed £25,000, given rice and noodles only. Representations made under s45 MSA.""", "AV RM DB AC", "", "C", "h")
E("""Bank: customer (Slovak, 28) came into branch with another man who spoke for him and asked to change the address on the account and add a card for 'his manager'. Customer appeared nervous. Branch refused.""", "", "sfw", "", "l")
E("""A&E: 19 yo F attends with STI symptoms; disclosed she sells sex independently through her own website, has her own flat. Offered sexual health support. No third-party control.""")
E("""Family court report: father alleges mother's new partner makes the children do chores. CAFCASS found age-appropriate chores only. No concerns.""")
E("""INT 3/C/P: females from Romania working 'hotel cleaning' via an agency in Milton Keynes are believed to be controlled by GHEORGHE family; payslips show 40 hours but they work 70; wages paid to an account controlled by the family, females given £50.""", "EO WW", "nw", "L", "m")
E("""999 call: male, broken English, says 'they hit me, I am in a container at the car wash, please come'. Location traced. Officers found male with head wound and two others locked in the container overnight.""", "PV RM", "pa sw plc", "L", "i")
E("""Community safeguarding: imam reports Sudanese family renting room to a young man who works at the carwash, he is fine, he comes to prayers and calls his family. Just wanted to check his employer is legit. Officer checked: HMRC registered, workers on payroll.""")
E("""Safeguarding, sexual health clinic: 16yo Eastern European girl attended with woman (40s) who claimed to be her aunt and answered for her. Girl had 7 STI screens in 5 months at different clinics. Aunt refused to leave the room.""", "AV", "sfw", "S", "h")
E("""Statement: I met Kasia in Katowice, she said her friend had a job in a sandwich factory, £9 an hour. In Nottingham we were 4 girls in one room, the friend took our passports for the 'National Insurance'. We never saw our pay, she said she would give it all at the end. After 3 months I asked and she said we owe her.""", "DE RD WW DB", "oc", "L", "h")
E("""Licensing: late-night refreshment licence review, takeaway. CCTV not working. Conditions added.""")
E("""Hospice: patient, 72, her husband is her full-time carer. Patient's daughter says the husband manages all her money. Patient confirms and says she asked him to. No concerns.""", "", "nw", "", "l")
E("""INT 2/B/P: teen girls from care homes in Rochdale being taken to takeaways and flats and given alcohol before being made to have sex with men. Males known to intel.""", "AV PV", "", "S", "h")
E("""Debrief, Vietnamese F, 22 (interpreted): She says she was told she would work in a nail salon in Paris, but was driven to England in a van. In the salon she worked every day from 9 to 9 and sat in the back on her phone only when the boss let her. She lived above the salon with four other women; the boss's wife cooked for them. She says she owed £20,000 and was paid nothing, the boss kept a book.""", "DE EO DB WW", "sw oc", "L", "h")
E("""Police: disturbance at a house party, two arrested for assault. Nothing further.""")
E("""Adult safeguarding: man with autism (28) told his support worker that his 'friends' make him collect parcels from the post office and hand them over, and he has to give them his benefits. They said they'd hurt his cat if he told.""", "AV IT", "nw", "C")
E("""Airport: Chinese F, 30, inbound on tourist visa, no return ticket, paper with address of a flat in Glasgow known for off-street sex work. Said an 'agency' paid £15,000 for the trip which she must repay by 'working'. Refused entry and safeguarding referral made.""", "DB", "uf", "S", "h")
E("""HR manager call: one of our warehouse workers says his landlord is also his team leader and takes his rent in cash. We have checked and he's paid into his own account and can move out. We've told the team leader this is a conflict of interest.""")
E("""Debrief (Polish M, 60): 'I had nothing in Poland, they said room and work in England. We lived in a garage behind the boss's house, no heating, a bucket for toilet. I did roofs for him. He said the money goes to pay the room. I never had money in my hand in 4 years. He told me if I go to police they will put me in prison because no papers.'""", "AV DE AC WW IT", "plc fa", "L", "h")
E("""Probation: service user (Albanian) serving licence for possessing cannabis with intent. Stable, works at a barber shop, lives with partner. No concerns.""")
E("""School: Y7 boy says his older brother's friends make him hold 'packages' in his school bag and they took his phone so he can only use the one they give him. He is scared to go home.""", "AV IS", "", "C", "i")
E("""Care home CQC note: staff rota shows overseas carers working 60 hours but all paid overtime, own accommodation, own documents; visa sponsor compliant.""")
E("""Vietnamese F, 15, found in a cannabis grow in Swindon during warrant. Bedroom in the loft with a mattress and rice cooker. Said a man called Long brings food and she cannot open the door.""", "AV RM AC", "plc sw", "C", "i")
E("""Neighbour: bloke at number 12 has 5 foreign lads living there who get picked up at 5am in a minibus, all look knackered and skinny, never seen them in the shops, they have no washing on the line. The landlord comes on Fridays.""", "", "ce et pa oc", "", "l")
E("""Charity note: Nigerian woman (37) disclosed she was brought to the UK at 16 to 'help' a family friend; did all the cooking and cleaning and child care; beaten when she broke things; the family said she could not leave because she was 'illegal'. She left aged 25.""", "AV PV IT", "fa", "D", "h")
E("""INT 3/B/P: multiple Universal Credit claims linked to one address, 9 Romanian claimants, all bank accounts accessed from one IP and cash withdrawn by one male. Claimants work at a car wash and say 'Marius handles the paperwork'.""", "", "mbc nw", "C L", "m")
E("""A&E: 25yo M assaulted outside nightclub, facial fracture. Known to police as drug user. No exploitation indicators.""", "PV", "", "", "h")
E("""Debrief, Indian F, 29 (in English): 'I came as a domestic worker with a Saudi family. In London they locked the flat door every time they went out. I had no day off. Madam kept my passport in her bag. I ate what was left after the children. When I was ill they did not take me to a doctor.'""", "RM EO RD AC", "", "D", "h")
E("""Press: A Sheffield couple have been convicted of holding a vulnerable man in servitude for 13 years, making him work in their home and garden for no pay and keeping him in a box room.""", "AV WW AC", "", "D", "h")
E("""Maternity: 20yo F, unbooked, Romanian. Partner drove her, stayed outside in car, called her every 5 mins. She says she works in a car wash kitchen, 'is ok'. Midwife could not get further. Follow up.""", "", "", "", "l")
E("""INT 4/C/P: unconfirmed - organ trading ring recruiting Pakistani men in Luton for kidney sales in Dubai, paid £5k.""", "AV", "", "O", "m")
E("""Farmer called 101 to say he has found 3 men sleeping in his barn, they said they ran away from another farm where the boss took their money. Officers attended; NRM being considered.""", "WW", "", "L", "m")
E("""Council tenancy: resident complains the flat upstairs has 'too many people'. Visit: family of 5 with grandmother, legally housed. No action.""")
E("""Witness statement (shop worker): A woman comes in every morning with a man. He pays, she never speaks. Yesterday she dropped a note on the counter saying 'help me, he take my passport, I work house no money'. I rang police.""", "RD WW", "", "D")
# ---- part 4 ----
E("""Passports in the office safe, boss says its normal""", "RD", "", "L", "m")
E("""Carer from agency visiting Mrs B says a young woman called Joy is doing all the cooking and cleaning at the son's house next door, she never leaves and sleeps in the utility room.""", "RM AC", "sw", "D")
E("""FAO MASH. Re: Leo (15). Further to our call — Leo returned to school today after 4 days missing. He had a new phone and £200 and a fresh cut on his cheek. He told his form tutor 'I can't stop, they know where my mum lives'. He was picked up at the gate at 3.15 by a man in a black Audi. Mum has not reported him missing in the past because 'he always comes back'. We believe Leo is being criminally exploited and is at risk of serious harm.""", "AV IT PV", "pa", "C", "i")
E("""Duty social worker: call from an aunt who is worried her niece (17) has been seeing a man of 30 she met online; no evidence of sexual exploitation or other concerns on visit; niece has a job and goes to college. Advice given.""")
E("""Police log ref 0912: report of men living in the hand car wash on Canal St, the workers were seen washing in a bucket behind the building, there are mattresses in the office.""", "AC", "sw plc", "L", "m")
E("""Statement via interpreter (Kurdish M, 18): He says the smuggler arranged for him to work in a barber shop in Derby to pay back £8,000. He sleeps in the basement. He cuts hair from 9 in the morning to 10 at night and the owner gives him £10 a day for food. The owner has his ID. He says he would like to leave but the owner says the smuggler will find him.""", "DB EO WW RD IT", "sw", "L", "h")
E("""Social care: 11yo referred by GP as she is cooking and caring for her disabled mother and three siblings daily; young carer. Young carers service referral. No exploitation.""")
E("""GLAA intel: 'Dan' recruits homeless men from a hostel in Bristol for shellfish processing. Men picked up 4am in an old Sprinter, dropped 9pm. Paid in cash, £25 a day, said to be 'after the van and the room'. Hostel staff report men returning thin and with injured hands.""", "AV EO WW", "ce et ct pa", "L", "h")
E("""Slavery helpline: Woman calls about her ex-husband who she says is a 'slave driver' because he wants her to pick the kids up. Domestic issue only.""")
E("""A&E: male, approx 30, Romanian, presented with tooth abscess. Accompanied by a man who held his passport and paid cash. Patient said he works on a farm. When nurse asked if the passport is his, the other man said 'I keep it for him, he loses things'.""", "RD", "sfw", "L", "m")
E("""woman at the b&b opposite has about 8 chinese girls, they get taken out in taxis in the evening and back at 6 in the morning every day. the curtains never open.""", "", "ce et", "", "l")
E("""Home visit (health visitor): baby 3/12, mum from Albania, lives with husband and his parents. Mum has her own phone, attends baby group, speaks some English. No concerns.""")
E("""INT 2/B/P - Intel that workers at a Kettering distribution centre supplied by an unlicensed labour provider are charged £100 for 'DBS checks' and £60 for hi-vis before they can start. Provider has workers' bank cards. Further development required.""", "", "uf ppe nw", "L", "m")
E("""Debrief (Slovak Roma F, 31): My husband's cousin brought us, me, my husband and my brother. He said he had work in a factory and a house. He took all our ID for the agency. We lived in his house with his family, 15 people. In the evening I had to clean his house and cook. He took the wages from the factory and gave us £20 each. When my husband said we go home, the cousin's sons beat him.""", "DE RD WW PV AC AV", "oc nw", "L D", "h")
E("""Ambulance crew: called to flat above a takeaway, 40s M collapsed, dehydration. Crew note 6 mattresses in one room, camping stove, no furniture. Other men said they work in the takeaway downstairs 'all the time'.""", "EO AC", "oc sw plc pa", "L", "m")
E("""School: Y12 student works weekends at her parents' restaurant and is paid. No concerns.""")
E("""Police: stolen car recovered, 2 youths arrested. Nothing further.""")
E("""From NGO outreach: Women selling sex on Mardyke Rd — three Romanian women say they work independently and rent a room together. One says 'nobody takes my money'. Outreach to continue. No third-party control identified.""")
E("""A&E: Chinese M, 50s, severe hand infection, works in a restaurant kitchen 'every day', lives in the storeroom. Says he owes 'the snakehead' money and cannot stop. Declined police.""", "DB EO AC", "sw", "L", "h")
E("""MASH: 13yo girl, looked-after child, found in a car at 1am with two men in their 20s with vodka and cannabis. She has an older 'boyfriend' who buys her things. Police protection.""", "AV", "", "S", "i")
E("""INT 3/B/P: 'Denis' running a begging group in Glasgow city centre — 6 Romanian adults, two with disabilities, dropped off in the morning at set pitches and collected at night, money taken at collection. They live in a flat with Denis and his wife.""", "AV WW", "ce et nw", "C", "m")
E("""Employer phoned ACAS: want to know if holding staff passports is legal as they had one go missing. Advised to take copies only and return originals. Employer returned them.""")
E("""Maternity: 24yo, Sudanese, asylum seeker in hotel, well supported by Refugee Council. No concerns.""")
E("""Statement (British M, 44, addiction history): I met Gaz at the soup kitchen. He said I could stay at his and do a bit of work on his driveways. He kept my bank card 'to stop me drinking it'. I worked every day for him. When I asked for money he punched me and said I owe him for the room. He has my DWP money too.""", "AV WW PV DB", "nw", "L", "h")
E("""Call summary: taxi driver reports he was asked to take a young Asian woman from a house in Ilford to 'work' at an address, the man paid and told him not to speak to her; she had no shoes and was crying.""", "", "pa et", "", "l")
E("""Bank alert: elderly customer transferring savings to a 'romance' contact overseas. Fraud safeguarding. No MS.""")
E("""INT 1/A/P — officers entered a flat in Ilford under warrant and found two Thai women, their passports and phones in a locked drawer belonging to the tenant, a pricing list, and records of payments to the tenant's account. Both women said they had been told they would work in a spa.""", "RD IS DE WW", "", "S", "h")
E("""Council environmental health: car wash waste water into drain. Enforcement. Staff all registered, paid by card. No concerns.""")
E("""Hospital safeguarding: man (Eritrean, 22) admitted with TB. Says he works at a sandwich factory via agency 40 hours, lives in shared house he chose, pay fine. Public health follow-up. No concerns.""")
E("""Referral to Children's Services: Afghan unaccompanied minor, 16, in supported accommodation, has been going missing overnight; staff found he is working at a car wash until 11pm for an adult from his community who 'is helping him', gets £10 a day.""", "AV EO WW", "", "L", "h")
E("""Online: my sister married a man in Pakistan and he brought her here now she isn't allowed to see us or have a phone, his family make her do everything in the house like a servant and she has no money, she told my mum on the phone at the doctors""", "IS AC WW", "", "D", "h")
E("""Victim debrief excerpt: 'Every morning the man with the tattoo drive us. In the car he take the phones. At night he give them back but he check who we call.'""", "IS", "et", "", "m")
E("""Police log: DV call, female states partner took her phone and locked her in the bathroom after argument. Partner arrested. Domestic abuse, no exploitation.""", "RM IS", "", "")
E("""GLAA: Fruit farm in Kent, seasonal worker scheme, workers from Kyrgyzstan. All had paid recruiters in home country $2,000. Farm pays correctly; worker debts owed to recruiter at home. Scheme operator informed.""", "", "uf", "", "l")
# ---- part 5 (long) ----
E("""Safeguarding referral — Emergency Department to Local Authority MASH

Patient: female, gives name as 'Maria', states age 19, Romanian. Attended 23:10 with a male who described himself as her boyfriend. Presenting complaint abdominal pain; on assessment early pregnancy, threatened miscarriage.

Concerns: the male answered all questions, including her date of birth, which he got wrong and then corrected. He would not leave the bay. When he went out to move the car the patient said in English 'I have no money, he takes it all, I must work at the flats every night'. She said she arrived three weeks ago for a job 'in a hotel'. She carries only a small plastic bag with a phone charger. She did not know the name of the street she lives on. Bruising to upper arms consistent with gripping.

The male returned and took her out against medical advice at 00:20. Car registration noted by security. Police informed at 00:25 (log ref 14/2211).""", "DE WW IS PV", "sfw fpe pa", "S", "i")
E("""Children's Services — Strategy discussion notes (summary)

Present: DS Amin (CID), Nikki (school DSL), Jo (SW), Farah (YOT).

Child: K, male, 16. K has been found three times in the last month in Cornwall, 250 miles from home, in addresses linked to a London line. On the last occasion he was found in a flat occupied by an adult heroin user whose home had been taken over. K had £1,100 cash, two phones and 24 wraps. He has a healing stab wound to the thigh which he says was 'an accident'. K's mother says he owes people money and that she has had men at the door asking for him. K says he 'has to go back' because otherwise his little brother will be 'next'.

Outcome: s47 enquiries; NRM referral; disruption plan for the adults. Also note, K's older sister (19) is working at a local hotel and is not of concern.""", "AV PV DB IT", "pa", "C", "i")
E("""Caseworker notes (NGO), Session 3 — client T (Vietnamese, F, 27) with telephone interpreter.

T came to the UK 2 years ago. Her family borrowed money for her to go to 'work in a factory in England'. In the UK she was driven by a man named Hung to a house in Coventry and then to a nail salon in Leamington. She worked 6 days, 10 hours, and on the seventh she cleaned the owner's house. She slept on a camp bed in the salon's back room. She was given £30 a week 'for food'. Hung said the rest went to pay the debt of £28,000, which he told her about only after she arrived. When she asked to call her mother he took her phone for a week.

T is now in safehouse accommodation. She has no ID; the owner's wife has her passport. She is frightened because Hung has posted on Facebook that she is a thief. She says the other two girls in the salon are still there.

Actions: NRM (consented), legal advice, safe contact with family.""", "DE EO WW DB IS RD IT AC", "sw", "L D", "h")
E("""Adult Social Care — Section 42 enquiry outcome

Mr F, 67, lives alone in a bungalow. Referred by a neighbour who was concerned that a builder and his mates were 'always there' and that Mr F had signed over large sums for roofing work. Enquiry found that Mr F had been persuaded to pay £14,000 for unnecessary repairs and the builder had used his address for post. This is financial abuse and doorstep fraud; police are investigating. Mr F is not being made to work, is free to come and go, and manages his own pension now with his daughter's help. No modern slavery indicators.

Outcome: substantiated financial abuse. Trading Standards informed.""")
E("""Intelligence report — 2/B/P

Subject: OLARU, Constantin (DOB 12/09/1979) and OLARU, Elena (DOB 03/02/1983).

INT suggests the OLARUs run a labour gang supplying men from Vaslui to construction sites in West London. Men recruited by Elena via Facebook, promised £90 per day. On arrival, bank accounts opened in the men's names at a branch in Southall, with the OLARUs' address. Cards and PINs retained by Constantin. Men receive £20-£30 a week. Men housed at 41 ***** Rd (3 bed) — source states approx 16 men on mattresses, one bathroom. Men are driven to sites in a white Transit at 0530 and returned at 2000, 6-7 days a week. Source states one man who complained had his teeth knocked out by Constantin and was put on a coach home without his pay.

Multiple bank cards seen used at the Southall ATM on Friday nights.

Actions: develop, liaise with GLAA and bank.""", "DE WW EO AC PV", "nw oc ce et mbc", "L", "h")
E("""Account given to police by a member of the public (paraphrased): She goes to a church in Hounslow where a couple, both doctors, have a live-in woman from Uganda who they say is a 'relative'. The woman, about 50, comes to church with the children but sits at the back and does not talk. Last Sunday she told the witness that she has not had a day off in three years, that she sleeps on a mattress on the kitchen floor, that she has never been paid, and that the wife keeps her passport because 'it is safer'. The witness says the woman was frightened that the couple would send her back to Uganda where she has debts. The witness has the woman's first name only (Grace).""", "EO AC WW RD IT AV", "plc", "D", "h")
E("""Press report: Farm owners fined for failing to provide proper accommodation

A Herefordshire fruit farm has been fined £40,000 after inspectors found that seasonal workers' caravans had broken heaters and leaking roofs. The court heard that the workers, from Ukraine and Nepal, were paid the correct wage, were free to leave and had full control of their passports; the case concerned housing standards only. The farm's director apologised and said all caravans had been replaced.""", "", "plc", "", "l")
E("""Debrief — Pakistani M, 42, via Urdu interpreter (extract).

He says he came to the UK on a visit visa after a man in his village said there was a job at a textile factory in Leicester with good pay and a room. The man charged his family 400,000 rupees. In Leicester he was put to work in a basement cutting and packing clothes. Workers were there from 7 in the morning until 11 at night. The owner's son locked the shutter at night with the workers inside because 'thieves'. He was paid £2 an hour, in cash, sometimes not at all. When his visa ran out the owner told him he was now 'illegal' and if he left, police would put him in jail. He has a cough and a back injury. He left when a customer, seeing him at the back door, gave him the number of a helpline.""", "DE RM WW EO IT AV", "uf fa pa sw", "L", "h")
E("""MASH referral from sexual health: Patient H, 17, female, British. Attended for emergency contraception for the third time this month. Disclosed that her 'boyfriend' (believed 23) 'shares' her with his friends at a flat in town and that she doesn't want to but 'he'd go mad'. She has a black eye which she says was from 'messing about'. She receives money and cannabis from the friends. She has stopped attending college and her mum does not know where she goes at night. Clinic considers H at very high risk of CSE.""", "AV PV IT", "pa", "S", "i")
E("""Housing officer note — inspection 14 Oak Terrace (HMO)

Licensed for 6. Found 11 occupants, all employed at two local warehouses through the same agency. The landlord is not connected with the agency. Tenants each have their own tenancy agreement, hold their own documents and bank cards, travel to work by bus. Several said the house is cramped but cheap. Fire safety breaches noted: no detector on the second floor. Enforcement notice served for overcrowding and fire safety. No indicators of exploitation identified; tenants given a leaflet on workers' rights.""", "", "oc", "", "l")
E("""Handover — night to day shift, response team

1) 02:15 burglary Hill St, suspect fled, CSI requested.
2) 03:40 report of a male running along the A1 hard shoulder, no shoes. Stopped by officers. Lithuanian, 30s, little English. Via LanguageLine he said he ran away from a farm near Sandy where he 'worked for the boss who has my passport' and that the boss and his son beat him last night because he was too slow. Visible bruising to ribs and face. Says 8 other men still there living in a barn. Now at Bedford Hospital. Address of farm not known to him.
3) 05:00 RTC minor, no injuries.
Action for days: identify farm, consider warrant, NRM for male in (2).""", "RD PV AC IS", "pa sw", "L", "h")
E("""School safeguarding log, Year 5 class teacher: J (9) told me his mum's friend Uncle Sam comes to stay and they all go to the seaside. Mum confirmed the friend is family. J is happy, well-fed and attends. Logged for information only.""")
# ---- part 6 ----
E("""Car wash staff all on payroll, own cars, lunch breaks given. Busy but fine.""")
E("""She came with only the clothes she was wearing and a carrier bag, no coat, no phone.""", "", "fpe", "", "l")
E("""Boss keeps our bank cards, every payday he take out the money and give us £50.""", "WW", "nw", "L", "m")
E("""Lad at the chippy works 7 days, sleeps in the back, owner's nephew apparently, never seen him out""", "EO", "sw", "L", "m")
E("""Door was locked from outside every night, the key was with Ion.""", "RM", "", "")
E("""Adult social care: Mr G, 73, lives with his wife who has dementia. He is her carer. Carer's assessment offered.""")
E("""I only go out with Ion, he drives us to work and back and waits in the car.""", "RM", "et", "L")
E("""Told it was a modelling job in Milan, ended up in a flat in Leeds with three other girls and a list of 'clients'.""", "DE", "", "S", "h")
E("""Man in shop told me he owes £12,000 for the boat and has to work the car wash until it's paid.""", "DB", "", "L", "m")
E("""Rent and food are added each week so the debt never goes down, she says.""", "DB", "", "", "m")
E("""He sends money home for us, we don't see it.""", "WW", "nw", "", "m")
E("""Was shown a video on his phone of what happened to the last one who ran.""", "IT", "", "", "m")
E("""Not allowed past the gate unless the supervisor is with us.""", "RM", "et", "L")
E("""Never got my ID back after the bank account was set up.""", "RD", "", "", "m")
E("""101: lost dog, brown terrier, last seen in park.""")
E("""Complaint: new neighbours play loud music every night till 2am.""")
E("""Tenant reports boiler broken for 3 weeks, landlord not responding.""", "", "plc", "", "l")
E("""Drunk male refusing to leave pub, removed by staff. NFA.""")
E("""Pupil absent 3 days with flu, mum called in.""")
E("""Worker at factory had fingertip amputated by packing machine, employer reported to HSE, worker paid sick pay.""")
E("""Agency worker says shifts were cancelled at short notice, so he earned less this month. He is paid into his own account and free to work elsewhere.""")
E("""Took my phone on day one and said I could have it when I've earned it.""", "IS", "", "", "m")
E("""Nine women sharing two rooms above the salon, the owner collects £80 rent each from their wages.""", "AC WW", "oc sw", "L", "m")
E("""A&E: 35 M, Polish, cut to hand at building site, attended with his foreman who translated; worker well dressed, has own phone and ID, lives with wife. No concerns.""")
E("""The man who 'helps' the Roma family takes all their child benefit, they get pocket money from him.""", "", "nw", "", "l")
E("""Kidney transplant list: Mrs Q, 52, on dialysis, awaiting deceased donor. No concerns.""")
E("""Living donor assessment: sister donating to brother, both assessed independently by HTA assessor, no coercion or reward identified. Approved.""")
E("""Transplant coordinator: proposed living 'unrelated' donor for a wealthy patient is a young man from Moldova with very little English who says he is a 'friend'. He could not name the patient's children or town. A man who speaks for him says he is 'doing it for friendship'. HTA referral made, concern of payment.""", "AV", "sfw", "O")
E("""INT 3/B/P: females advertised on AdultWork from same phone number in Reading, Slough, Oxford on a rota. Driver collects the cash.""", "WW", "et nw", "S", "h")
E("""Victim, Albanian F, 20: 'He said if I go to the police he will send the photos to my father. My father will kill me. So I stay.'""", "IT", "", "S", "h")
E("""Wanted to report a company that's been sending me spam texts about jobs in Dubai.""")
E("""Immigration enforcement: Indian national overstayer working in his cousin's grocery, paid, lives with family, free to come and go. Removal proceedings. No MS indicators.""")
E("""Social worker: Polish dad works 12 hour shifts at a meat plant, properly paid, the children are sometimes left with a neighbour. Childcare advice given.""")
E("""Hello I am writing for my brother he is in the UK working on a fishing boat from Ghana, he says they work 20 hours some day and the captain has the passports. He has not been paid for 5 months and he cannot get off the boat in harbour. Please help""", "EO RD WW RM", "", "L", "h")
E("""PCSO: group of Romanian men drinking on a bench, say they work at the recycling yard, get paid weekly into own accounts. Advised re public drinking.""")
# ---- part 7 ----
E("""Welfare visit to a Chinese takeaway after anonymous call. Three staff present: owner, his wife and a chef from Fujian. Chef has his own flat, showed his passport and payslips, finishes at 11 and has Mondays off. No sign of anyone being held against their will. NFA.""")
E("""Officer note: Spoke with the au pair alone. She says she can leave whenever she likes, has her own passport and phone, and is paid what was agreed. Host mum can be 'strict' about the curfew. No indicators.""")
E("""Victim says her ex would have threatened her if she'd left earlier but he didn't, he just moved out. She works at Boots. DA advice given; no exploitation.""")
E("""Report: worried about my aunt's lodger, he seems sad. I spoke to him and he said he is fine, just homesick, works at Tesco, has friends. Nothing more.""")
E("""INT 3/B/P: Allegation that POI AHMED is 'forcing' staff at his restaurant to work unpaid. Enquiries: staff interviewed separately, all paid via payroll, own accounts; allegation appears to be malicious from ex-business partner. Intel to be re-graded.""")
E("""Safeguarding note — maternity: pt (Polish, 31) and partner both work at a poultry plant, have a rented flat, partner very supportive. Pt asked about maternity pay — employer has paid correctly. No concerns.""")
E("""Call handler: caller says 'slaves' at the car wash. Officers attended: 5 staff, English-speaking manager, staff showed contracts and payslips; they work 9-6 with lunch. One worker complained about pay being low (£10/hr). No MS.""")
E("""Hotel chain safeguarding report: room booked by a man for 'his niece' (looked 14) and a second man visited. Staff called police; man arrested. Girl taken into police protection; she had been reported missing from care in another county.""", "AV", "", "S", "i")
E("""Online report: my friend works at a warehouse through an agency, they made him buy his own safety boots for £45 and took it from his first pay. otherwise hes fine, goes home every night, gets paid""", "", "ppe", "", "l")
E("""Debrief: 'The agency man met us at Victoria coach station and took us to a house. He said the bus and the house and the boots, it all costs, and we pay from the work. After 2 months I still owe more than at the start.'""", "DB", "ct ppe", "L", "m")
E("""Fire service home safety visit: 3-bed house, 19 men sleeping in every room including the kitchen, padlocks on the outside of bedroom doors. Men said they are 'construction' and a man called Vasile brings them to work. Referral to police and council.""", "AC RM", "oc", "L")
E("""Police log 2/A/P: QASIM, Imran arranging sham marriages between Portuguese women and Pakistani men in Bradford; women paid £3,000, told to live at an address and not leave until after the Home Office interview; their ID cards were kept by QASIM.""", "RM RD", "", "C")
E("""Student (Nigerian, 22) reports her landlady made her do housework in lieu of part of the rent. Agreed arrangement, she attends uni, has her passport. Wants to move out. Advice given.""")
E("""A&E: 23 F, Vietnamese, overdose. Works in nail bar. Friend says she is sad because of a breakup. Has own flat, own phone, visa. MH follow-up. No exploitation indicators found.""")
E("""INT 3/C/P: unknown male collects a group of 5 Sudanese men each morning from the Home Office hotel and takes them to a car wash out of town; they are paid £2 an hour in cash 'after the lift'.""", "AV WW", "et ct ce", "L", "m")
E("""Cleaning company contract (council) audit: cleaners' pay correct, rest breaks given, uniforms free. One cleaner says her hours were cut. Not MS.""")
E("""GP: F, 45, Romanian, 'back pain'. Works in a laundry 'every day 12 hours' and lives with the laundry owner's family who take her 'rent' from her pay, leaving £60 a week. Has her passport. Says she cannot leave because she owes them for the flight.""", "EO WW DB", "", "L", "m")
E("""Safeguarding adults: Mr N (Nigerian, 66) says his son makes him babysit the grandchildren and he feels tired. Family arrangement, he lives with them by choice. Carer support offered.""")
E("""999 transcript excerpt: 'There's a girl screaming in the flat next door, she says let me out, I can hear a man shouting in another language, it's been going on for an hour'. Units attended; female (Romanian, 19) found locked in bedroom with facial injuries; male arrested.""", "RM PV", "pa", "", "i")
E("""Report via app: man with a clipboard drops off elderly-looking beggars at the station every morning at 7 and picks them up at 6. They hand him plastic bags.""", "", "ce et", "C", "m")
E("""Financial intelligence: 23 debit cards registered to one address in Slough, payroll credits from a cleaning contractor, all withdrawn within an hour at the same cash machine by a male not an account holder.""", "WW", "mbc nw", "L", "m")
E("""Prison chaplain: Vietnamese prisoner (20) says he never wanted to grow cannabis; he was told in France he'd work in a restaurant; in the house he was locked in and the 'boss' said his family would be hurt if he left. He had no phone and did not know what town he was in.""", "DE RM IT IS AV", "", "C", "h")
E("""Social care — care leaver (18) working at a nail salon, apprenticeship contract, paid, supported by PA. No concerns.""")
E("""Victim statement, F, 32, Eritrean: 'The woman who brought me said I will be her house help and go to college. I never went to college. I cleaned three houses, hers and her sisters. I was not allowed to have friends. She said I owe her for the visa, £5,000. She gave me nothing.'""", "DE IS DB WW", "", "D", "h")
E("""Texted report: theres a lad in the flats been taken over, young lads coming and going with bikes all hours, the old fella who lives there has a black eye""", "PV AV", "pa", "C", "h")
E("""GLAA: licence holder found with 12 workers at a salad packhouse who had all paid £200 each to an 'agent' in Romania to get the job. No other indicators; workers housed separately, paid correctly, free to leave. Licence condition action re fees.""", "", "uf", "", "l")
E("""Midwife: unbooked 16yo, partner is 27 and lives with her and her mum. Mum supportive. Age gap referred to MASH as potential CSE; no other information.""", "AV", "", "", "h")
E("""Construction worker, Bulgarian, reports that he has not been paid for last week's work by a subcontractor who has since disappeared. He has his own documents and lodgings. Referred to ACAS.""")
E("""INT 2/B/P - Information that nom BANU (F, 44) recruits young women from Baia Mare promising cleaning jobs in UK hotels; on arrival women are put in flats above shops in Wembley and sold for sex; BANU keeps the money, women are given food and cigarettes.""", "DE WW", "", "S", "h")
E("""Hospital social worker: man admitted after fall, homeless, says he has been living in a tent. Housing referral. No exploitation disclosed.""")
E("""Account (Polish F, 24, translated): 'The boss man from the agency, Piotr, he collect us at 4 in the morning from the house. If you are late he leave you and you pay £30. The house is his, 5 in one room. I work at the chicken, 12 hour, sometimes 14. The salary he put in his account, I have only what he give me.'""", "EO WW AC", "ce et oc nw", "L", "h")
E("""Community member: 'I think my neighbour is a trafficker because he drives a nice car and has lots of visitors.' Checks: neighbour runs a driving school. NFA.""")
# ---- part 8 (long + mixed) ----
E("""MASH — information sharing from Health (Safeguarding Children Nurse)

Child A (14, F) and Child B (12, M) are siblings who attended the Urgent Treatment Centre on Saturday with an adult female who said she was their aunt. Child A had a sprained wrist. Staff noted that Child B was carrying a heavy rucksack which the 'aunt' would not let him put down. Child A told the HCA that they had come 'from Manchester on the train this morning' and that they 'do the shops' with their cousins. Security later recognised the female from a shoplifting alert circulated by the retail crime partnership — she is suspected of running a group of children who steal to order from chemists and supermarkets across the North West.

The children are not registered with a GP locally and are not on the roll of any school in this authority. The female gave an address that turned out to be a car park.

Health view: the children are likely being exploited for theft and are missing education. Request: urgent checks with Manchester Children's Services and police.""", "AV", "", "C", "h")
E("""Summary of interview — witness is a retired teacher who volunteers at a food bank.

She has been helping a Slovak family (mother, father, two teenage sons) since the spring. The father and sons work for a man called Jozef who arranged their travel and their jobs at a vegetable farm. Jozef drives them to the farm at 5 and back at 7. He takes £15 a day from each of them for the lift and £100 a week each for the house, which he owns. The sons are 16 and 17. The family get their payslips but the wages go into one account Jozef opened 'for the family' and he hands them cash on Saturdays, usually £60 for all of them. The mother says Jozef told them that if they go to the police 'the Home Office will take the boys'. The family have their ID cards at home.

The witness is worried because the family come to the food bank every week even though four of them are working full-time.""", "AV WW IT EO", "ce et ct nw fa", "L", "h")
E("""Officer's statement (extract)

At 10:45 I attended a residential address in Harrow as part of a joint visit with the local authority after a referral from a GP. The door was opened by the homeowner, a woman in her 60s, who said she employs a carer for her husband. I asked to speak with the carer alone. The carer, a Sri Lankan woman named Mala, told me she has worked for the family for eight months, is paid £1,400 a month into her own bank account, has her own room with a lock, and has every Sunday off when she goes to the temple. She produced her passport and BRP from her own handbag. She said the husband can be verbally difficult due to his dementia but the family are kind to her. She said she had no concerns and did not wish to leave. I found no indicators of modern slavery. The GP's concern arose from Mala looking tired at an appointment, which she explained was due to the husband's nights.""")
E("""NRM referral narrative (first responder: local authority)

Potential victim: E, male, 38, British, learning disability (diagnosed), previously homeless.

E was found by a PCSO sleeping in a lock-up garage belonging to the Mc— family. He has been doing 'odd jobs' for them for about three years: block paving, gardening, clearing scrap. E says he is paid 'with fags and dinners'. He has a bank account into which his PIP is paid, but the bank card is held by one of the sons who 'looks after it'. E described being slapped and having his head held under a tap when he refused to go to work in the rain. He has an untreated injury to his foot. E does not know the address of the garage and has no phone. He said he wanted to 'go back to the hostel'.""", "AV WW PV IS AC", "nw pa sw plc", "L", "i")
E("""Public report (online form, unedited): hi i work in a hotel as receptionist. theres a group of men who come every weekend with 3 or 4 girls, always same men diffrent girls. the girls look young maybe 16 17, they dont have bags or anything, they dont speak english, the men do all the talking and pay cash. last time one girl asked me for water and said please in a scared way and one of the men grabbed her arm. i dont know what to do please someone check""", "AV PV", "fpe sfw pa", "S", "h")
E("""Probation — pre-sentence report extract

Mr D (British, 19) pleaded guilty to possession with intent to supply class A. He describes being recruited at 15 by older males on his estate who gave him 'tick' for cannabis and then said he owed £2,000. He was told to hold drugs at his house and later sent to a flat in Norfolk for two weeks at a time. He describes being assaulted with a hammer when money was short and being told his mother's house would be 'shot up'. He says he was never paid beyond food and phone credit. An NRM positive conclusive grounds decision was made in 2024. The court is asked to consider the statutory defence and the mitigation it provides.""", "AV DB PV IT WW", "", "C", "h")
E("""GLAA inspection report (summary) — labour provider supplying a meat processing plant

Issues: 1) Transport charged to workers at £8 a day, deducted from pay without written consent. 2) Workers charged £35 for knife-proof gloves. 3) Accommodation provided by the provider's director; 8 workers in a 3-bed house; condition adequate. 4) Hours recorded as 48-52 per week; workers may opt out. 5) Workers interviewed were paid into their own accounts, retained their own ID, and described being able to leave the job. Outcome: additional licence conditions; no evidence of forced labour.""", "", "ct ppe oc", "", "l")
E("""Victim account (Chinese F, 45, interpreted, long)

She says that she came to the UK on a tourist visa arranged by a woman in Fuzhou, who said there was a job as a nanny paying £2,000 a month. A man met her at Heathrow, took her passport 'to register her', and drove her to a flat in Birmingham where two other women lived. She was told she would do 'massage'. When she refused, the man slapped her and said she owed £30,000 and that her son's school in China was known to them. She was made to see up to ten men a day. The money was paid to the 'auntie' who ran the flat; she received nothing except food. She was moved every two weeks to different cities, always in a car at night. She never went out alone. After eleven months she ran from a flat in Cardiff when the auntie was asleep and asked a passer-by to call the police.""", "DE RD PV DB IT WW RM AV", "et", "S", "h")
E("""Neighbour dispute escalated: caller says next door's builder is 'using slave labour' because his workers start at 7am. Officers attended, workers are his employees, local, properly paid; complaint is about noise. Words of advice.""")
E("""Adult safeguarding meeting — outcome: Mrs Y (Indian, 58) came on a visit visa to look after her daughter's baby. Daughter and son-in-law had her passport 'for safekeeping' and she was not allowed to leave the house without them; she did all housework and childcare, was shouted at and told she would be sent home in shame. Now staying with her sister.""", "RD RM AC IT", "", "D", "h")
E("""Note: re: man at bus stop with 'FREE KIDNEY TEST' leaflets targeting asylum seekers — leaflet offers 'money for healthy donors, travel to Turkey paid'. Passed to police and HTA.""", "AV", "", "O", "m")
E("""INT 2/B/P: nom PETROVIC runs a network of Serbian and Slovak workers at car washes in Kent; workers recruited in their home towns with promise of £60 per day; actual pay £20 per day; live in rooms above the car washes; PETROVIC holds all passports. Workers reported to be hit if cars not cleaned fast enough.""", "DE WW RD PV", "sw", "L", "h")
E("""School attendance officer: Y9 girl (Roma) rarely at school; family say she looks after younger siblings while parents work. Parents both at a packhouse, properly employed. Attendance plan agreed. No exploitation.""")
E("""DWP fraud team: 30 UC claims with the same landlord and same bank sort code; claimants say a man called 'Sorin' helped them claim and keeps their cards 'to pay the rent', giving them £20 a week. Claimants work on farms for cash.""", "WW", "nw mbc", "C L", "m")
E("""A&E: M, 17, Albanian, brought by friends after falling from a ladder at a car wash. Friends said he works 'for the boss' and lives there. Pt says boss paid for him to come. Concerns re exploitation of a child.""", "AV DB", "sw", "L", "h")
E("""Council housing: Eritrean family complain their private landlord wants to evict. Section 21 advice given.""")
E("""Salvation Army: client (Romanian M, 50) says he answered an ad in Iasi for 'farm work, house included'. He found himself living in a caravan with no electricity on a site in Lincolnshire, 5 men to a caravan, working 6am-8pm picking broccoli. He had to pay £50 for the job and £40 a week for the caravan. Pay was correct at first then stopped 'until the end of the season'. He left when the gangmaster threatened to 'break his legs' for asking.""", "DE AC EO WW IT", "uf oc plc", "L", "h")
E("""Report from hairdresser: client's daughter (16) has an older boyfriend who picks her up from school in different cars, she has expensive gifts and says she 'does favours' for his friends.""", "AV", "", "S", "h")
E("""101: man reporting that his Romanian workmates at the car wash owe the boss for the flights and have to work it off, he himself got his job through the jobcentre and is paid properly.""", "DB", "", "L", "m")
E("""Taxi marshal: a man was seen forcing a young woman into a car outside the station, she was screaming she did not want to go 'back to the house'. Car VRM noted. Units searching.""", "PV", "", "", "i")
E("""Health visitor: Mrs Z (Afghan, 30) very isolated, husband works long hours as a delivery driver on his own account, she has no friends in the area. Referred to a women's group. No exploitation.""")
E("""Crimestoppers: there are Indian lads living at the back of a sweet shop in Leicester, they work the shop from 6am to midnight, I heard the owner say he has their passports and they can't complain because of their visa.""", "EO RD AV", "sw", "L", "h")
E("""Domestic servitude — police log: 13yo girl from Nigeria living with a family in Croydon, not registered at school, does all housework and childcare; neighbour saw her being beaten in the garden.""", "AV PV", "", "D", "i")
E("""Employer (care agency) reports that a sponsored carer asked for her passport back from the previous agency which still has it; we have helped her request it. She is happy at our agency.""", "RD", "", "", "m")
E("""Social worker note: Ms V, 19, with learning disability, has a 'partner' who brings men to her flat and takes the money. She says she loves him.""", "AV WW", "nw", "S", "h")
E("""Student union: international student says her part-time employer in a bubble tea shop pays her cash at a low rate and she worries about visa hours. She can leave and keeps her earnings. Advice on rights given.""")
E("""INT: Albanian male found in a loft cannabis grow, door screwed shut from outside, no food, hot, he had been there for 3 weeks. Arrested, treated as PV.""", "RM AC", "plc", "C")
# ---- part 9 ----
E("""Police custody: detainee (Vietnamese M, looks 16, says 19) arrested at a grow in Stoke. Only possessions: the clothes he wore and a rice bowl. Says he doesn't know which town he is in, has no phone, is scared of police because 'the boss said police beat you and send you to prison forever'. Age assessment requested.""", "AV IS", "fpe fa", "C", "h")
E("""Bank: same cash machine in Wisbech used for 31 cards in 40 minutes every Friday; cards belong to Latvian and Lithuanian agency workers at a packhouse; withdrawals made by two men who drive the workers to work.""", "WW", "mbc nw et", "L", "m")
E("""Voluntary return team: Ukrainian woman in a host family under Homes for Ukraine says she is treated as the family's cleaner, works every day, gets no money, host took her passport 'for the council'. Rematch arranged.""", "EO WW RD", "", "D", "h")
E("""Patient (Egyptian, 35) attends GP for hypertension. Mentions he donated a kidney to his brother in Cairo in 2015. No concerns.""")
E("""NGO debrief, Bangladeshi M, 30: 'The broker said the hospital in Kolkata will pay 4 lakh and it is a small thing. After, they gave me 50,000 and said the rest was for the broker and the hotel. I could not work for months. Now I am in UK at a restaurant and still owe the broker.'""", "DE AV WW DB", "", "O", "m")
E("""A&E: woman, 26, Brazilian, attended with a friend after a fall. Works as a cleaner for several houses, self-employed, lives with her boyfriend. No concerns.""")
E("""Social media screenshot passed to police: advert in Romanian 'Work in UK, car wash, £70/day, house and transport provided, pay €300 for visa and ticket'. Number linked to known gangmaster.""", "", "uf", "", "l")
E("""Housing association: tenant Mr R (72, alcohol dependency) has had three men living with him for a month. He told his housing officer 'they won't let me go out on my own in case I talk' and they collect his pension. Drug paraphernalia visible.""", "AV RM", "nw", "C")
E("""Witness statement (farm neighbour): Every morning about 6 a minibus takes men from the caravans to the fields and brings them back about 9 at night, even on Sundays. I've heard shouting and seen the foreman hit a man with a stick. The men look thin and wear the same clothes every day.""", "EO PV", "ce et pa", "L", "h")
E("""Interpreter's note: she says that she is 'free', that she was 'helped' by a kind man who paid for her travel, and that she only 'returns the favour' by working in his restaurant without pay until the money is paid. She says she does not know how much is left.""", "DB WW", "", "L", "m")
E("""Carer (Zimbabwean, 40) contacted helpline: her employer, a home care company, has reduced her hours; she is paid correctly and has her own documents; she asked about sponsorship rights. No exploitation indicators.""")
E("""MASH closure note: Referral about 15yo boy believed to be running drugs. Checks complete: the 'older men' collecting him are his football coaches; he has been at training. No evidence of exploitation; NFA.""")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)) if "__file__" in globals() else ".", "fresh168.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            f.write(json.dumps(dict(id="f168-%03d" % n, **d), ensure_ascii=False) + "\n")
    print(len(D), "texts written to", out)
