#!/usr/bin/env python3
"""Builds bench/text/fresh70.jsonl from hand-written texts and labels below.
Each entry: (text, indicators, signs, exploitation, risk) with short codes expanded here.
Every text is written individually; nothing is slot-filled."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees",
           dt="documents_taken", et="escorted_transport", ct="charged_transport", lh="long_hours",
           ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(I="immediate", H="high", M="medium", N="low")

DATA = []
def T(text, ind="", sig="", typ="", risk="N"):
    DATA.append((text, ind, sig, typ, risk))

# ---------------- part 1 ----------------
T("""SAFEGUARDING ADULTS REFERRAL - Maternity Services
Referrer: Community Midwife, Eastbrook Hospital NHS Trust
Concern: Patient (24, Romanian) attended booking appointment at 22 weeks accompanied by a man who gave his name as "cousin Marius". He answered every question put to her and refused to leave the room. When he stepped out to take a call she told me in broken English that she "sees men in the flat" every night and gives all money to Marius. She does not know the address where she lives.
Action: Referred to MASH and police via 101. Next appointment booked for a day he is not expected.""",
  "AV IS WW", "iso sfw ncw", "S", "H")
T("""GP note: Mr K, 52, Type 2 diabetes review. Works long shifts as a delivery driver, self-employed, says he chooses his own hours and is saving to bring his wife over. No safeguarding concerns identified.""")
T("""A&E triage 03:10. Male approx 30, Vietnamese, laceration to left palm from "cutting plants". Brought in by another man who waited in the car and kept phoning him. Pt very frightened, smells strongly of cannabis, says he sleeps in the house where he works and has not been outside in weeks. Declined police but accepted leaflet. Safeguarding lead informed.""",
  "RM IS AC", "pa sw rm iso foa", "C", "H")
T("""renal clinic letter: Mrs Begum continues on haemodialysis three times weekly at the satellite unit. She remains active on the national transplant waiting list and her daughter is undergoing workup as a potential living donor through our own living donor coordinator. No concerns.""")
T("""Transplant follow-up, Dr A. Okafor: Mr R (44, British) presented with a new kidney transplanted abroad 6 weeks ago. He says a "medical agent" arranged it in a private clinic for $48,000 and that the donor was "a poor young man who was paid". No records of donor consent or tissue typing were provided. Referred to the Human Tissue Authority and to police as possible organ trafficking; patient himself not a victim.""",
  "AV", "", "O", "M")
T("""ok so i work in a nail bar in town and theres a new girl maybe 15 or 16 she dont speak english, the owner picks her up at 7 and drops her back after 9 at night and she never gets paid i seen him put her money in his pocket. please someone check""",
  "AV WW EO", "cedl ncw lh", "L", "H")
T("""School DSL referral to Children's Social Care. Pupil B (Year 10) has been absent on Mondays and Fridays for six weeks. Has two new phones and expensive trainers, was found by staff in Coventry at 23:40 on a school night by BTP with £600 cash and a train ticket bought by an unknown adult. B states "I owe them now, I lost the bag". Mother says older males wait outside the house in a grey Audi.""",
  "AV DB", "", "C", "H")
T("""Jobcentre Plus work coach note: customer J (34, Polish) attended with a man who held her bank card and letters and answered for her. Claims UC, says her rent is paid to "the landlord who found me work". Housing and wages appear to go straight to him. Customer visibly nervous and avoided eye contact. Raised as suspected exploitation via DWP safeguarding.""",
  "WW", "sfw ncw foa", "L", "M")
T("""Bank fraud team alert: 14 debit cards in different names used at the same ATM on Hartley Road between 05:40 and 06:05 on consecutive days; account holders are mostly young Romanian men with the same registered address. Salaries from a food packing agency land and are withdrawn within the hour.""",
  "WW", "mbc ncw", "L", "M")
T("""Housing officer visit to 14 Dean Street (HMO licence for 5). Found 17 mattresses across four rooms and the kitchen, one bathroom, mould and exposed wiring. Occupants all work for the same car wash and say the owner of the car wash takes £60 each a week from wages for the beds. Owner not present. Licensing enforcement plus referral to police MSHT team.""",
  "AC", "oa plc", "L", "M")
T("""Housing officer visit, Flat 3 Ashcombe House: tenant reports 3 adults and 2 children, tenancy in order, damp in bedroom reported to landlord and repair booked. Family all related, adults employed locally. No concerns.""")
T("""Sexual health clinic (GUM) note. 19F, attends with two friends, all say they work in a "massage shop". Pt disclosed she is made to see up to 12 men a day, has no choice over condom use, and cannot keep any money because she owes "the auntie" £20,000 for the flight from Lagos. Passport held by the auntie. Frightened of juju oath taken before travel.""",
  "DB RD EO IT PV", "dt lh", "S", "H")
T("""Dentist's note: 26M, Albanian, dental abscess. Paid cash, had his own passport for ID, works in a barber's shop and says he likes it. Interpreter not needed. Routine.""")
T("""INT 2/B/P: POI Dritan HOXHA (DOB 11/03/91) running a cannabis factory at 221 Welbeck Rd. IP is a 16 y/o Albanian male kept inside to water plants, windows boarded, door padlocked from outside. Source states IP is told his family in Tirana will be hurt if he runs. Immediate action recommended.""",
  "AV RM IT AC", "rm", "C", "I")
T("""101 call summary: caller is manager of a hotel, says the agency cleaners are brought in a minibus at 05:30 and taken away at 22:00, seven days a week, by the same driver who collects their wages card. Cleaners appear exhausted and one had a bruised face. Caller wants advice.""",
  "EO WW", "cedl et lh ncw pa", "L", "M")
T("""NHS Safeguarding Lead note: A Filipino woman, 41, admitted with pneumonia. Works as live-in housekeeper for a family in Kensington. States her employer keeps her passport "for safekeeping", she works from 6am to midnight, sleeps on the kitchen floor, and has not had a day off since arriving 2 years ago. Salary is "sent to my family by madam" but her family say they received only two payments.""",
  "RD EO AC WW", "dt lh sw", "D", "H")
T("""Witness statement (extract): I am a neighbour at number 18. I often see people coming and going from number 20 because it is a shared house. They are all students from the university, they have their own cars, have barbecues and invite me. I have never seen anyone look scared there.""")
T("""Victim debrief (via interpreter, Tigrinya): He says that he paid the smugglers $3,500 in Libya and was told he would work in a restaurant in London to pay back the rest. When he arrived the man took him to a farm and said he owed £9,000 more. He says every week the money is "counted against the debt" and he is given £15 for food. He says they told him the police in England will send him back to Libya if he complains.""",
  "DE DB WW IT AV", "foa", "L", "H")
T("""Children's Social Care: strategy discussion minutes. Child L (14) missing 4 times this month, found twice in a flat in Lower Ridge with adult males, tests positive for chlamydia. Disclosed to social worker she is given vodka and weed and "has to be nice" to the men's friends. Police and health informed, S47 initiated.""",
  "AV PV", "", "S", "H")
T("""Council licensing inspection - Sunrise Hand Car Wash. Findings: no trade waste agreement, no running hot water, workers without gloves or boots. Staff say they are paid daily cash by the manager and go home to their own flats. Improvement notice issued. No indication of control.""")
T("""A&E nurse, 14:25: Pt (F, 30s, Chinese) with burns to both forearms from hot oil at takeaway. Employer stayed in cubicle and insisted on translating. Pt says via phone interpreter once he left that she works 7 days, 14 hrs a day, sleeps above the shop, and boss says she owes him for her visa. Declines police for now, fears deportation.""",
  "EO DB AC", "sfw lh sw foa pa", "L", "H")
T("""bank alert (financial crime unit): customer aged 78, lives alone; son-in-law set up online access and her state pension is being transferred out weekly to an account in his name. She says she "doesn't want to make a fuss". Referred to Adult Social Care for financial abuse.""",
  "", "ncw", "", "N")
T("""Police intel log 3/C/P: VRM YX19 KLP, silver Ford Transit, seen daily 05:00 collecting 9-10 males from 42 Kings Parade and taking to construction site Meadow View. Males dropped back approx 21:00. No further info.""",
  "EO", "cedl et lh", "L", "M")
T("""My name is Ana. I came from Moldova because a woman on Facebook said there is job in a hotel in Manchester with good money. At the airport a man took my passport and said it is for the registration. Then he take me to a house and told me I must do sex work to pay for my ticket and my room. I said no and he hit me on the face. I was there three months. I never go out alone.""",
  "DE RD DB PV RM", "dt rm", "S", "H")
T("""Sexual health outreach: brief note. Woman working independently from a flat, advertises online, manages her own bookings, money and security, has friends she sees daily. Attending for routine screening. No third-party control evident.""")
T("""MASH referral - Health Visitor: Baby seen at home in overcrowded flat (11 adults, 1 baby). Father works at a carwash "all day every day". Adults say their boss owns the flat and takes rent from wages, leaving them around £30 a week. Mother says she cannot go to the clinic without permission from the boss's wife.""",
  "AC WW EO RM", "oa lh ncw rm", "L", "H")
T("""Organ donor clinic note: Mr T, 35, wishes to donate a kidney to his brother. Independent Assessor has seen him alone with an interpreter; he understands the risks, no payment or pressure, can withdraw at any time. Proceed to HTA approval.""")
T("""Border Force note, LHR T4: Two Nigerian females, 17 and 19, travelling on a "sponsored modelling contract", escorted by an older male who held both passports and answered all questions. Younger female unable to name the company or where she will stay. Referred to NRM and CSC; male arrested.""",
  "AV DE RD IS", "dt sfw et", "S", "H")
T("""there is a man at the station every morning begging, hes in a wheelchair and another guy drops him off in a black car at 6 and picks him up at 8pm and takes the cup off him. ive seen it for months hes so thin""",
  "AV WW EO", "cedl et pa ncw", "C", "H")
T("""GLAA inspection report (licensing): Labour provider X Staffing Ltd. Charges workers £150 "registration fee" before work starts and deducts £12 a week for hi-vis and boots. Workers otherwise paid correctly by BACS into their own accounts, transport free, live independently. Licence conditions applied.""",
  "", "uf ppe")
T("""Victim account: They keep saying the house is ours to live in but they lock the door at night and only the boss has a key. We make the bags of clothes for selling in the back room, 15 people. For two months no money. Boss says money comes when the order is finished.""",
  "RM WW AC", "rm oa", "L", "H")
T("""A&E: 23M with fractured wrist after falling off ladder at building site. Worker for local firm, contracted, wife collected him. Employer phoned to check on him and has reported the accident to HSE. No concerns.""")
T("""Safeguarding referral from Adult Social Care: Mr D, 48, learning disability, has been living in a caravan on a yard belonging to a family that collects scrap and lays tarmac. He works for them from dawn with no wages, only food and cigarettes, and says he would "get a hiding" if he tried to leave. His benefits are collected by the family.""",
  "AV WW EO IT AC", "ncw lh plc", "L", "H")
T("""Press summary: Three men were jailed today at Crown Court after exploiting eleven Slovak workers at a recycling plant. The court heard the men were recruited with promises of £8 an hour but received nothing, slept in a freezing warehouse and had their ID cards taken on arrival.""",
  "DE WW AC RD", "dt sw", "L", "H")
T("""INT 3/B/P: ATWAL nom linked to 2 pop-up brothels in Airbnb lets, Slough and Reading. Females rotated weekly, driven between flats. Adverts on AdultWork show the same phone 07700 900123. No info re control.""",
  "", "et", "S", "H")
T("""School referral: Year 8 girl with a very low attendance record says she stays home to look after her three younger siblings because her mum works nights. Family known to early help; mum engaged and supportive. Young carers assessment requested.""")
T("""The woman I work for in the house says I am family, but I eat what is left after the children and sleep in the laundry room. I clean, cook, take the children to school, and at night I massage the madam's feet. I do not have my passport; sir said it is in his safe at the office. They pay me 50 pounds every month but my contract in Dubai said 500.""",
  "DE RD WW EO AC", "dt sw", "D", "H")
T("""CALL 999 transcript summary: female caller whispering, says she is locked in a bedroom at an address in Ilford, man has taken her phone but she has found an old one. Says he hit her and will come back tonight with "customers". Unit dispatched, IMMEDIATE.""",
  "RM PV IS", "rm", "S", "I")
T("""Probation note: Service user R, 20, serving sentence for possession with intent. Disclosed that from age 15 he was "working the line" to Norwich for a man called Tank, who said R owed him £2k after he was robbed of a package, and that his mum's house would be "shot up" if he didn't pay it off.""",
  "AV DB IT", "", "C", "H")
T("""Neighbour dispute: 101 call from resident of Coleridge Close complaining that the house opposite has several vans parked and men loading tools at 6am, noisy. Callers says they are a family building firm, the men are the owner's sons. Advised to contact council re noise.""")
T("""Midwife: Booking bloods. 17 y/o Pakistani, married 3 months, moved from Mirpur. Husband's mother present throughout. When alone, pt said she was told she was coming for a holiday, not a wedding; she does all cooking and cleaning for 9 household members and is not allowed out of the house alone. Her passport is with her father-in-law.""",
  "AV DE RD RM EO", "dt rm", "D", "H")
T("""Kidney patient forum post: "Anyone else been offered a kidney abroad? My cousin keeps saying go to a clinic overseas and pay, but I'm on the list here and my consultant said absolutely not. I'm staying put, dialysis is rough but at least it's legal." """)
T("""Intel 2/A/P: Female recruiter known as "Mama Joy" arranges travel for young women from Benin City to Italy then UK. Victims take a juju oath and are told their families will die if they speak to police. Debts of €35,000 to be repaid through sex work.""",
  "IT DB AV", "", "S", "H")
T("""Caseworker (Salvation Army) initial assessment: Client M, 38, Sudanese. Worked at a fishing vessel out of a Scottish port for 14 months. Reports 20-hour days at sea, sleeping in the hold, captain holding seafarers' ID, paid $200 a month to an agent in Egypt. Said captain punched a crewman who asked for his pay.""",
  "EO AC RD WW PV", "lh sw dt ncw", "L", "H")
T("""Bank: unusual activity review closed. Customer receives wages from a nail salon and transfers a fixed sum monthly to family in Vietnam. Customer attended branch alone, in control of account, explained remittances. Closed with no further action.""")
T("""GP safeguarding note: Patient N, 29, Eritrean. Attended with back pain. Says "the man at the farm" drives her and eight others to pick leeks every day from 5am, charges £10 each for the van, and takes the rest of their wage for their room. Has never seen a payslip.""",
  "WW", "cedl ct ncw", "L", "M")
T("""hi my brother in law works at a kebab shop and gets £300 a week cash, he says its not much and the hours are long but hes happy there and lives with us. just wanted to ask if thats legal for minimum wage?""")
T("""Housing: Cuckooing referral. Tenant Mr P (56), heroin dependent, reports that two young men from London have been staying in his flat for a month and are using it to sell drugs. They have his key and he "is not allowed to go in the living room". They pay him in gear. He is scared of them.""",
  "AV RM", "rm", "C", "M")
T("""Victim debrief, first person (translated from Vietnamese): I am 15. The man in Birmingham said I have to stay in the house with the plants because police will catch me and put me in prison. There were no windows, only lights. He bring noodles two times in week. If plants die he say I must pay.""",
  "AV RM AC DB IT", "rm foa", "C", "H")
T("""A&E — Safeguarding flag. 18M, Slovak, brought in unconscious from a warehouse, dehydrated and underweight. Colleague says they all work through an agency, 12-hour nights, 7 nights a week, and the "supervisor" keeps their bank cards and gives them £50 a week. Colleague himself left quickly when police were mentioned.""",
  "EO WW", "pa lh mbc ncw foa", "L", "M")
T("""Children's social care closure summary: Concern that 16 y/o A was working in father's restaurant after school. Assessment found A works two evenings a week, is paid, attends school fully and wants to do this. No exploitation; case closed.""")
T("""Report from the public (online form): I DONT KNOW WHO TO TELL, there are girls in the flat above the launderette on Mill St, different girls each week, men in and out ALL NIGHT, I seen one of the girls crying on the stairs and a man shouting at her and grabbing her arm. She had a black eye. no one does nothing""",
  "PV", "pa", "S", "H")
T("""Council Environmental Health visit to Golden Palace restaurant. Kitchen staff said they live in the flat above, which is clean and licensed, and work 40 hours a week on contracts. Two staff showed their own BRP cards. Food hygiene rating 3. No concerns.""")
T("""Intel 2/B/I: POI Besnik KOLA (nom) said to hold passports of 6 Albanian males working at his car washes in Luton and Dunstable. Workers sleep in the back office on camp beds.""",
  "RD AC", "dt sw", "L", "M")
T("""Referral to Modern Slavery Helpline from a dentist: Young man came to surgery with swollen jaw, owner of a Chinese buffet had brought him and paid. He said he owed "big money" to the snakehead and cannot stop working until it is paid, he has no day off and sleeps in the storeroom.""",
  "DB EO AC", "sw lh", "L", "H")
T("""Transplant nurse note: Mr H, 61, returned from Pakistan with a transplanted kidney. Brought full hospital documentation, donor was his nephew, related living donation with ethics committee approval. Records reviewed by nephrologist. Not a concern.""")
T("""He told me I'd be a waitress in a nice restaurant in London. Instead he took me to a flat in Leeds and I had to do massages and more. He kept all the money, I got food and sometimes £20. When I asked to go home he showed me a video of a girl being beaten and said "this is what happens to girls who talk".""",
  "DE WW IT", "ncw", "S", "H")
T("""Police handover note, Night shift to Early: Welfare check done at 7 Bridge Row after anonymous call re "people kept in the garage". Spoke to homeowner and two Polish lodgers who rent a converted garage annex, tenancy agreement seen, both work at Tesco depot, came and go freely. NFA.""")
T("""Job Centre note: Claimant (Latvian, 45) asked for help, said the agency which brought him to UK took a fee of £400 before travel, gave him work in a meat factory, and now deducts "accommodation and transport" so he has £40 left each week. Lives with 12 others in a 3-bed house owned by the agency boss.""",
  "WW AC", "uf ct oa ncw", "L", "M")
T("""INT 4/C/P: Unverified. Man in Bradford reportedly "sells kidneys" to people from Pakistan and Bangladesh, arranging surgery abroad. No details of victims. Forward to NCA.""",
  "", "", "O", "M")
T("""School nurse: Pupil (Year 11) disclosed that she babysits her cousins every weekend for pocket money and sometimes misses homework. She seemed tired but happy, lives with parents. Advice given about balancing time. No safeguarding concern.""")
T("""Safeguarding referral – Hospital Chaplaincy: Romanian man, 50s, homeless, sleeping near the hospital. Says a man offered him work and a bed, then put him in a van with others to go begging outside supermarkets. They take everything he collects. He said "if I don't bring £50 they don't feed me".""",
  "AV WW", "ncw et", "C", "M")
T("""999 call: Male calling from a farm near Boston, says he and three others locked in a static caravan, gangmaster took their phones and IDs and beat one of them with a bar tonight, one bleeding badly. Ambulance and police dispatched.""",
  "RM IS RD PV", "rm dt", "L", "I")
T("""Sexual health note, Clinic 4: Pt aged 22, sex worker, requests PrEP. She works with a collective, keeps her own earnings, sets her own hours and lives with her partner. Support given.""",
  "", "", "", "N")
T("""Border Force, Stansted: Indian national, 27, arrived on a work visa for care home. Employer's representative met him, said the £8,000 "certificate of sponsorship fee" must be repaid from his wages. Border Force officer gave him the Modern Slavery Helpline number. Onward address provided is a private house with 9 other care workers.""",
  "DB", "uf", "L", "M")
T("""Care home whistleblower: The night carers from Zimbabwe are doing 80 hours a week, they sleep in an empty resident room between shifts, the manager holds their passports "for the Home Office", and told them they will be deported if they leave before 3 years. One of them cried to me.""",
  "EO AC RD IT", "lh sw dt foa", "L", "H")
T("""Bank alert: Student account opened in June, received 47 incoming transfers from unrelated accounts and moved funds out within minutes. Account holder, 19, says a friend on Snapchat offered £300 to "use" the account. Classed as money mule; account frozen. Customer cooperative, no coercion described.""",
  "", "", "C", "M")
T("""A&E note Dr S: 16 y/o male, stab wound to thigh, known to YOT. States he was "done" by rivals on a line in Southend; someone he calls "his elder" keeps his phone and sends him out. Mum unaware where he's been 3 days. Police called to ED, CSC strategy meeting to follow.""",
  "AV PV IS", "", "C", "H")
T("""nail shop in the high st the girls are so young they look like kids, they work all day to like 10pm every day, never speak to customers, a man brings them their lunch and watches them. something not right""",
  "EO", "lh", "L", "M")
T("""Domestic abuse referral: Ms F, 33, British, describes husband controlling finances, checking her phone, and hitting her. Not working; no one else involved in household. MARAC referral. No trafficking indicators.""",
  "", "", "", "N")
T("""Victim account (Polish, translated): I answered advertisement in Poland, "work in England, house and transport included". Man collect me at Victoria coach station and take my ID card because "he must register me". We live 14 men in house. Every week he say I owe for house, for transport, for food, money go up not down. He drive us to factory and wait outside.""",
  "DE RD DB AC", "dt oa ct et", "L", "H")
T("""INT 3/B/P: OIC DC WRIGHT. Vietnamese nail bar at Unit 4 Market St. Female approx 16 seen working 09:00-21:00, sleeps in store room. Owner Thi NGUYEN believed to hold her documents. Safeguarding referral raised.""",
  "AV EO AC RD", "lh sw dt", "L", "H")
T("""Housing officer: tenancy check at 9 Elm Terrace. Single mum and two teens, rent arrears due to Universal Credit delay. Children attend school. No other adults, no concerns about exploitation. Referred to money advice service.""")
T("""Midwife home visit: Mum (Eritrean, 20) lives in a hostel provided by Home Office, has a support worker, attends all appointments on her own, partner visits. Says she feels safe. No concerns.""")
T("""Referral from Barclays Vulnerable Customer Team: A Slovak woman came to branch with a man who did all the talking, tried to open an account for her using a letter addressed to a house in Sheffield where 6 other accounts with different names are already registered. When asked, she could not say what her job was or where she lived. Staff declined and passed details to police.""",
  "IS", "sfw iso", "", "M")
T("""INT 2/B/P: ASIF nom (DOB 02/09/88) supplies Romanian women to "massage parlour" on Dock Rd. Women said to be charged £300 a week for rooms and must hand over half of takings; 2 of them reportedly under 18.""",
  "AV WW", "ncw", "S", "H")
T("""Hi, I'm a teacher. One of my Year 7 boys said his uncle makes him stand outside shops and ask for money at weekends with his little sister and takes the money. He said if he doesn't get enough he isn't allowed dinner.""",
  "AV WW IT", "ncw", "C", "H")
T("""GP: Mr V (Lithuanian, 39) attends with chronic back pain. Works in a warehouse via agency, 4 nights a week, paid weekly into his own account. Lives with partner. Asked about work stress - he says hours are fine, has holidays. Physio referral.""")
T("""A&E triage, 02:40: F, 20s, presents with vaginal bleeding and bruising to thighs. Man who brought her left immediately. Says in broken English "many men, every day, I cannot say no". Has no phone, no ID, does not know the name of the town. Police notified, ISVA called.""",
  "PV IS", "pa iso fpe", "S", "H")
T("""Safeguarding Children referral from a dental practice: 13 y/o came in with multiple untreated caries and toothache, accompanied by "aunt" who is not her guardian. Girl lives with aunt's family since coming from Nigeria last year, does not attend school, told the nurse she "does all the housework and looks after the baby". Aunt said she is home-schooled.""",
  "AV", "", "D", "H")
T("""A member of the public reported: "THE KIDNEY THING IN THE NEWS - my neighbour had a transplant last year, are they in a gang??" Follow up: neighbour received a deceased-donor kidney at a local NHS hospital. No further action.""")
T("""Debrief (interpreter notes): She says that the man who brought her from Albania was her boyfriend. He said they would marry in London. When they arrived he told her she must sell sex to pay for their flat. He took her phone so she could not speak to her mother. He hit her with a belt when she refused a client.""",
  "DE IS PV", "", "S", "H")
T("""Housing Options: Homeless man (Polish, 41) presenting. Left a job on a farm because he says it was "too hard and the money not enough", was paid minimum wage by bank transfer, had his own passport and rented his own room. Now rough sleeping. Referred to outreach.""")
T("""Intel 3/B/I: Woman at 55 Ferndale Ave, Wembley reportedly works as maid for diplomat's family, seen outside only when escorting children to school, never alone. Neighbour says she once asked for a phone to call her sister.""",
  "RM IS", "rm et iso", "D", "M")
T("""Children's Social Care: Contact from Police. Two brothers, 15 and 16, Vietnamese, found in the loft of a house converted to a cannabis farm during a warrant. Electrics bypassed, mattress by the lamps, food wrappers. The boys say they were brought by lorry and owe money for the journey.""",
  "AV AC DB", "sw plc", "C", "H")
T("""Bank Fraud Team: Customer (Pakistani student, 22) reported that an "education agent" took £2,000 for a placement and visa support that never existed. Police fraud report made. Customer lives with friends and is working part-time in a cafe. Not trafficking.""")
T("""Housing officer note: Multiple complaints of noise from 31 Oak Lane. Visited: five Romanian men, tenancy in one name, all work in construction with different employers, have their own IDs and bank cards. Licence in order; landlord reminded about bin storage.""",
  "", "", "", "N")
T("""text from public: guys at the carwash on Old Kent Rd are living in the container behind it. no heating. they work from 7 til dark. the boss shouts at them all day and i saw him slap one.""",
  "AC EO PV", "sw plc lh", "L", "H")
T("""Safeguarding lead summary (Trust Board): Q2 saw 12 modern slavery referrals from ED and maternity. Themes: partners speaking for patients, patients unable to give an address, and concerns about workers' injuries. Training continues.""")
T("""INT 2/B/P: Source reports that DUMITRU nom charges Romanian workers £250 for the van to the UK and a further £50 a week for a bed in one of three houses in Peterborough. Workers in a chicken factory, wages paid into accounts DUMITRU controls; he keeps the cards.""",
  "WW", "ct ncw mbc", "L", "M")
T("""Account of witness (taxi driver): I picked up two girls from a hotel at 4am. A man paid and told me to take them to an address in Walsall. They looked about 14, no coats, one was crying. He said "they're my nieces". I felt sick so I'm reporting it.""",
  "AV", "", "S", "H")
T("""Midwife: 30 y/o, Chinese, pregnant. Lives in a flat with husband who works in a restaurant. Attends with husband, but she speaks fluent English and was seen alone at length. Denies any concerns, has her own phone and bank account. Routine care.""")
T("""Salvation Army caseworker: Client A, 45, Romanian. Recruited in his village to work on a farm in Kent. Shares a caravan with one other worker. Says the farmer is fair but "the man who brought us" takes half their wages every Friday as a "finder's fee" and said he would tell the police they are illegal if they complained. They all have EU settled status.""",
  "WW IT", "ncw", "L", "M")
T("""Organ trafficking — INT 2/A/P: Nigerian male (20s) trafficked to UK under pretext of a job; hospital tests revealed he was brought to be a kidney "donor" for a relative of the recruiter. He was told he would be paid £7,000 and the recruiter said his family would be harmed if he refused. Victim now in safe house.""",
  "DE IT AV", "", "O", "H")
T("""A&E: Male, 40s, Romanian, cut his hand on a jigsaw on a building site. Foreman brought him, paid for parking, waited, and rang the wife. Worker has contract, paid weekly. No safeguarding issue.""")
T("""School DSL: Year 9 pupil C has been seen getting into cars with older men after school. She has a new iPhone and nails done. Friend says C "has a boyfriend who is 24 and his mates". C was found drunk at a party in a flat on Saturday with adult men. Referral to CSC and CSE team.""",
  "AV", "", "S", "H")
T("""i want to report my old boss. i worked in his restaurant 2 years. he paid me late sometimes and we argued about holiday pay, i left and got all money in the end. now he owes my friend 1 week pay. is this slavery?""")
T("""A&E note: Woman, 25, Filipino, says employer (a family she came with from Saudi Arabia) locks her in the flat when they go out. Today she climbed out of a window and fell, ankle fracture. She has no passport, no money. Employer's husband arrived and demanded to take her home; security called.""",
  "RM RD WW", "rm dt", "D", "I")
T("""Safeguarding referral from Job Centre: Customer (British, 23, mild learning disability) told work coach that "friends" he met at the bus station have moved into his flat, use his bank card and send him to collect parcels. They have told him he owes them for "looking after him". He wants them out but is scared.""",
  "AV DB", "ncw", "C", "M")
T("""dental nurse here - we had a lady in today from a care agency, she said she does about 45 hrs a week and her agency pays her fine, she loves her job and is tired but happy. Not a concern, just noting it for the team meeting.""")
# ---------------- part 2 ----------------
T("""Safeguarding referral (A&E, paediatric): 12 y/o boy brought by "uncle" with a scald to the arm. Explains he was making tea for the family. Not registered at any school, came from Sudan 8 months ago. Nurse noted he ate two sandwiches very fast and asked if he could sleep in the hospital. Uncle says the boy "helps in the house, that is our culture".""",
  "AV", "pa", "D", "H")
T("""INT 3/B/P — VRM KX68 RTO seen at Tesco Extra car park 06:10 dropping 5 females (Asian, 20s) at minibus belonging to Premier Packers. Same VRM seen 21:30 collecting. Driver believed to be gangmaster SINGH (nom).""",
  "", "cedl et", "L", "M")
T("""Community midwife: Woman (Slovak Roma, 19) attends postnatal check. Partner's family collect her benefits and child benefit; she says she does not mind because they "pay for everything". Feels supported. No concerns about work or movement.""",
  "", "ncw")
T("""Report from a member of the public: My mate got a job through a guy at church. Said it was IT support in Birmingham. Turned out to be a call centre scam, they take his phone and lock him in the office til 11 at night and say he owes them for the flat. He texted me from a colleague's phone. please help hes in there now""",
  "DE IS RM EO DB", "rm lh", "C", "I")
T("""Renal nurse note: Patient asked whether it's true you can "buy a kidney in Turkey for 20 grand". Explained the law and the risks, patient says he would never do it, just curious after a TV programme. Remains on dialysis, transplant workup ongoing.""")
T("""Children's Services contact: Anonymous caller says a 15-year-old Romanian girl lives at 3 Canal Walk with a man of 30 who "says she's his wife". She doesn't go to school and is seen with different men who come to the house. Caller heard her screaming last night.""",
  "AV", "", "S", "H")
T("""Victim account (English is second language): I am from Eritrea. I come to England in the lorry. The men at Calais said I pay when I work. Now I work in a car wash in Nottingham. Every Friday, the boss gives my money to the Calais man's friend. I have nothing. I sleep in the back room with three others on the floor.""",
  "DB WW AC", "ncw sw", "L", "H")
T("""Housing Officer: Referral re 78 Pembury Rd - tenant (Mr O, British, 67, lives alone) reports that his nephew comes weekly and takes his pension card to "do his shopping" but keeps most of the money. Mr O otherwise independent. Referred to adult safeguarding for financial abuse.""",
  "", "ncw")
T("""GP safeguarding lead to practice staff: reminder to ask patients who attend with another adult whether they'd like to be seen alone, and to use a professional interpreter not the companion. This follows a national learning review. No individual case.""")
T("""Intel log 2/B/P: SHEHU nom recruits Ghanaian women as "nannies" for Nigerian families in Essex via WhatsApp. One IP states she works 6am to 11pm, cares for 4 children, is not paid, and is told she'll be arrested as an illegal if she goes out.""",
  "DE EO WW IT", "lh foa", "D", "H")
T("""dentist referral: Male 30s, Albanian, multiple broken teeth. Said he "fell" but earlier said "the boss got angry". Works at a car wash, lives upstairs. Appeared scared, kept checking his phone, said his boss needs to know where he is at all times.""",
  "PV", "pa sw", "L", "H")
T("""A&E Safeguarding Note: 35F, Indian, attends with chest pain. Husband brought her and left. She disclosed that she came to UK on spouse visa, her in-laws make her clean three houses belonging to the family business and take the money she earns. Her passport is kept by her mother-in-law. She is not allowed to leave the house alone and has no friends here.""",
  "WW RD RM IS", "dt rm iso ncw", "L D", "H")
T("""Bank Financial Crime alert: 6 accounts opened at the same branch in one week by Romanian nationals all accompanied by the same man, who provided a single address and phone number and held all the documents. He did all the talking. Accounts now receiving wages from a recruitment agency.""",
  "RD", "sfw dt mbc", "L", "M")
T("""999 call: Caller is a 14-year-old girl, says she is in a car with two men on the M1, they have taken her to "meet friends" in a hotel, she is scared and wants to go home. Call cut off. Phone traced to services at Leicester Forest East. Units dispatched.""",
  "AV", "", "S", "I")
T("""Caseworker note (NGO): Client reports that in her home country a man promised her a job in a UK care home, which she did get; she has a proper contract, pays her own rent and has a union rep. She came to us only for English classes. No indicators.""")
T("""INT 2/A/I: Male subject (Pakistani national, 30s) advertises on Facebook groups in Urdu offering "kidney donation with payment £10k", recruiting poor men from Punjab to travel to a clinic abroad. One recipient in Manchester has been identified. Ref NCA.""",
  "AV", "", "O", "M")
T("""A&E: Female (19, British) with overdose. Disclosed her boyfriend (27) makes her sleep with his friends to pay off a "drug debt", has taken her bank card and says he'll post her pictures online if she stops. Police informed; she consents to referral.""",
  "DB PV IT WW", "ncw", "S", "H")
T("""Police handover: Att'd 12 Riverside Ct re report of "slave labour". Found 4 Bulgarian men renovating a house, employed by a registered builder. All had own docs, accommodation in a rented house, paid weekly, phones, car. No concerns. Informant a neighbour who is in dispute with builder over parking. NFA.""")
T("""txt to helpline: my sister in law is here from bangladesh she does all cooking cleaning for 10 ppl from 5am til midnight, she sleeps on kitchen floor, my brother says she is lucky to be here. she cant go out they wont let her. she cried on phone to me""",
  "EO AC RM", "lh sw rm", "D", "H")
T("""School referral (primary): Child (Year 5, Vietnamese heritage) says mum works "at the nails" and he looks after his baby sister after school until 10pm. Mum engaged with school, child well cared for. Early help offered for childcare. No exploitation concerns.""")
T("""A&E Note, Majors: 45M, Polish, cellulitis of the foot, very poor hygiene. Lives in a tent in a wood behind the farm where he picks. Says the farmer pays him "sometimes" and has his ID. Says he can leave but has nowhere to go and owes the farmer for food.""",
  "AC WW RD DB AV", "pa plc dt", "L", "H")
T("""Midwife referral to Safeguarding: 16 y/o, 30 weeks pregnant, Albanian, accompanied by a man of 28 who says he is her husband. She has no GP, no ID. She told the interpreter she was brought to the UK by him "to work" and she is frightened of him.""",
  "AV", "", "S", "H")
T("""Ms R (Ukrainian, 34), arrived under the Homes for Ukraine scheme. Host family asked her to do their cleaning and childcare "in return for the room" but she refused and they accepted. She now works in a cafe and is moving out. Council matching team aware.""")
T("""Debrief, first person: They told me at home that I would be working in a factory in Birmingham, £400 a week. We were 11 in one small house. They took our passports to "make National Insurance numbers". We worked in a warehouse from 6 in the morning till 8 at night. On payday the boss took us to the cash machine with our cards and took the money out himself. When Petr said he wanted to go home, they beat him in front of us.""",
  "DE AC RD EO WW PV", "oa dt lh ncw", "L", "H")
T("""Public report: woman at the big house on Hawthorn Lane, she walks the dogs but always with a man following her, she never talks to anyone. Maybe nothing. Just seems off.""",
  "RM", "rm", "", "M")
T("""Housing: Empty property check at 4 Beech Rd revealed a cannabis grow in every room, ventilation ducts, stolen electricity. No occupants present. Passed to police. No evidence of anyone living or being held there.""",
  "", "", "", "N")
T("""INT 3/C/P: Unconfirmed. Reports of Chinese females working in a flat above a takeaway on Church St, men visiting day and night. No info re coercion, ages or control.""",
  "", "", "S", "H")
T("""Interpreter-voiced account: He says he worked on a boat for a year. He says the skipper told him the British visa was only for the boat so he could not go on land, and he was not allowed off the boat in port. He says they fished 18, 20 hours, and sleep 3 hours. He says he got £300 in the whole year.""",
  "DE RM EO WW", "rm lh", "L", "H")
T("""GP: Patient (Nepalese, 48) asks for sick note, works at a care home on a sponsored visa. Mentions his employer wants him to repay £3,000 for the visa if he leaves within 2 years. He is paid properly, lives independently. Advised to contact ACAS / Citizens Advice.""",
  "", "", "", "N")
T("""Safeguarding referral – Sexual Health: Patient K (17) attended with gonorrhoea. Reports 6 sexual partners in the past month, all men in their 30s who "give her lifts and weed". She calls one of them her boyfriend and says he "shares her" with his friends. Referral to CSC and police.""",
  "AV PV", "", "S", "H")
T("""lol this is probly nothing but the chip shop by the park has a kid working there till 2am every nite who looks about 13 and the owner yells at him in another language. my kid says he's not in school""",
  "AV EO", "lh", "L", "H")
T("""Bank alert - money mules: Customer, 16, opened a youth account. Immediately received £9,000 in six transfers and withdrew in cash at an ATM with an older man present on CCTV. When interviewed, the child said the man "gets angry" and "knows where I live". Referred to police and CSC.""",
  "AV IT", "", "C", "H")
T("""Housing Officer: Report of overcrowding at 22 Station Rd. Visit found 3 generations of one Indian family (8 people) in a 3-bed house they own. Family content, applied for an extension. No concerns.""")
T("""A&E, 06:20: Man, 29, Romanian, with crush injury to foot from forklift. Arrived with 3 co-workers; all in the same hi-vis from a labour agency. They said the agency charges £15 a week for the hi-vis and £25 for the minibus, and the agency boss keeps their bank cards "so they don't lose them". They had not been paid for 5 weeks.""",
  "WW", "ppe ct ncw mbc", "L", "M")
T("""Intel 2/B/P: HUSSAIN nom running a "lodging" house for vulnerable British men recruited from homeless shelters. Men used to collect scrap and lay block paving, paid in cans of lager and tobacco. Two men have learning disabilities. Men not allowed phones.""",
  "AV WW IS", "", "L", "H")
T("""Debrief: My name is Le. I was 16 when I came. In the UK they put me in a house to look after plants. The door was locked from outside and the windows covered. Sometimes a man come with rice. He said if I leave, my family in Vietnam must pay $30,000 more. I was there 5 months. When police came I hide in the attic.""",
  "AV RM AC IT DB", "rm foa", "C", "H")
T("""Job Centre: Claimant (Nigerian, 50) says she worked as a carer for an elderly relative for food and board while her visa case was pending. She was happy with the arrangement, now has leave to remain and wants work. No exploitation indicators.""")
T("""NHS Safeguarding Adults referral (ophthalmology): Patient lost sight in one eye after chemical splash at a recycling plant. No goggles provided. Says manager told them if they want goggles, they must buy them. He has had no wages for two months because "the company is in difficulty". Works 6 days 12 hours.""",
  "AC WW EO", "ppe lh pa", "L", "H")
T("""Witness statement: I own the cafe next to the hand car wash. The lads come in for tea. They tell me they earn about £70 a day, which I think is under minimum wage, but they go home after work, have phones, one has a girlfriend here. Never seen them frightened.""")
T("""Online report: MY EX IS PIMPING OUT HIS NEW GF ON ONLYFANS AND VIVASTREET SHE IS 17 AND HE TAKES ALL THE MONEY. HE LIVES AT 11 ALBANY RD. DO SOMETHING""",
  "AV WW", "ncw", "S", "H")
T("""School safeguarding: Year 10 boy T disclosed he is being made to hold knives and drugs for older boys in the estate who threatened to stab his brother if he refused. Also beaten last week. Police, CSC and family informed; safety plan in place.""",
  "AV IT PV", "pa", "C", "H")
T("""Safeguarding referral (health visitor): Visited a family of 5 (Afghan, resettled). Father works as a taxi driver, mother at home, children in school and nursery. Temporary accommodation is cramped and damp; housing aware. No exploitation.""")
T("""Airport note, Birmingham: Chinese female (22) on student visa, cannot name her course or college, has a phone number written on her hand and £50. Says "a friend" paid her ticket and tuition and she will repay by working in his shop. Referred for NRM consideration.""",
  "DB", "", "", "M")
T("""INT 2/B/P: POI "Uncle Tony" (nom) controls 8 Vietnamese nail bars in the North East. Workers moved every few weeks, live 6-8 to a flat he rents, drive between towns in his van. Believed to retain wages, paying £200 a month.""",
  "WW AC", "oa et ncw", "L", "M")
T("""A&E: 22-year-old woman brought in by ambulance from an address in Luton after neighbours heard screaming. Multiple bruises, cigarette burns. Disclosed that she was brought from Romania by a man who took her ID and has been forcing her to see clients. The man is still at the address with another girl. Police attending now.""",
  "PV RD", "pa dt", "S", "I")
T("""Dentist note: 16 y/o girl attends alone, says she lives with her grandparents and works Saturdays in a bakery. Happy, doing A-levels next year. Routine check-up.""")
T("""Witness (cleaner at a hotel): Room 214 is booked every weekend by the same man and different young girls are taken up there. They look like schoolkids. One asked me for a phone charger and said she didn't know what city she was in.""",
  "AV IS", "iso", "S", "H")
T("""Housing Officer – HMO inspection, 5 Lime St: 9 occupants, licence for 6. Landlord is also the occupants' employer (a food processing firm). Rent taken from wages at source. Occupants said they can leave and have their own documents; two showed bank statements with net pay of £1,200/month.""",
  "AC", "oa", "L", "M")
T("""Debrief (interpreter): She says her cousin told her she could study in the UK and work part time in his restaurant. When she arrived her cousin's wife took her passport. She cooked, cleaned, and looked after the cousin's 4 children all day, and worked in the restaurant at night. She was told that if she told anyone, she'd be sent back and her family would be shamed.""",
  "DE RD EO IT", "dt lh", "D L", "H")
T("""GP note: Man (Bulgarian, 33) requests fit note. Employed by a construction firm, left after a pay dispute over two weeks' overtime which the firm later paid. Now looking for work. No concerns raised.""")
T("""Caseworker note (Hope for Justice): Client J, British, 52, alcohol dependent. Recruited outside a soup kitchen by a family offering "work and a roof". Lived in a horsebox, worked on driveways from 6am, paid £10 a day when paid at all. Told he'd be "put in the ground" if he spoke to police. Exited when a customer called police.""",
  "AV DE AC WW IT EO", "plc", "L", "H")
T("""Organ-related concern (transplant coordinator): A patient's relative disclosed that her brother (a Moldovan labourer) was offered £5,000 to go to a clinic in Istanbul to "give a kidney to a rich man". He is due to travel next week. The recruiter paid his debts and says he must go or repay.""",
  "AV DB", "", "O", "H")
T("""101 call: Caller says two men are "begging aggressively" outside Sainsbury's. Officers attended, men are local and of no fixed abode, not controlled by anyone. Moved on.""")
T("""Intel 3/B/P: CHEN nom suspected of controlling sex workers in three flats in Soho. Women believed to be Chinese, 25-40, move every fortnight. Money collected by CHEN daily. One woman told outreach she owes him for her "papers".""",
  "WW DB", "ncw", "S", "H")
T("""Midwife: Pregnant woman (Nigerian, 27) asylum seeker, lives in contingency hotel, attends all appointments alone, good English, no concerns about exploitation. Referred for perinatal mental health.""")
T("""Public: Farm on B1180 - men living in old chicken sheds. They have no toilets, drink water from a hose. Saw the foreman kick one. They don't speak English. I sell eggs there so I see it every day.""",
  "AC PV", "plc sw", "L", "H")
T("""Safeguarding Children: Police report that 15 y/o M was arrested in a trap house in Swindon, 80 miles from home, with drugs and a phone with "county line" contacts. M says he was "told to go". Missing for 5 days. Returned home, return interview arranged.""",
  "AV", "", "C", "H")
T("""Referral from a fracture clinic: Man, 38, Romanian, broken arm. Works in a food factory through an agency. Says he lives in a 4-bed house with 15 others arranged by the agency "team leader" who drives them to work and charges £10 a day for transport and £80 a week for a bed, leaving them almost nothing.""",
  "AC WW", "oa ct et ncw", "L", "M")
T("""NHS Trust Safeguarding Team: a patient aged 70 on the renal ward wondered aloud if her new kidney came from "someone poor overseas" after seeing a documentary. Consultant reassured her it came from a deceased UK donor through NHSBT. No concern.""")
T("""Debrief, Albanian male, 17: They said I could work in a barber shop and go to college. Instead I was sent to a flat to sell drugs. They took my passport. They said I owe £15,000 for the lorry. When I said I want to stop, they put a knife to my neck.""",
  "AV DE RD DB PV IT", "dt", "C", "H")
T("""Intel 2/B/P: Suspect MENSAH (nom) employs two Ghanaian women as domestic workers in his home in Croydon. Women not seen outside. Visitor states one said she sleeps on the floor of the children's bedroom and has never been paid.""",
  "RM WW AC", "rm sw", "D", "H")
T("""Job Centre adviser: Customer (Polish, 58) was worried her employer, a cleaning company, paid her two days late this month. She was paid in full the following Monday. She has her own account, contract and is happy. Advised on payslip rights.""")
T("""call summary (Modern Slavery Helpline): Caller is a nurse at a care home. Says new night staff from Kerala were told by their UK recruiter that the job came with free accommodation; on arrival they were charged £500 a month each to share one room with 4 others. Their pay is otherwise correct.""",
  "DE AC", "oa", "L", "M")
T("""A&E Note, Paeds: 13 y/o female, intoxicated, found by police in a car with two men aged 30+. Said they gave her vodka and "took her to a party". Has bite marks on neck. Men arrested. CSE strategy meeting.""",
  "AV PV", "pa", "S", "H")
T("""INT 3/B/P: Source states MIHAI nom transports Roma children from Romania to beg and pickpocket in Oxford St. Children aged 9-14, dropped in the West End early and collected late, must hand over everything. Kept in a flat in Leyton.""",
  "AV WW", "cedl et ncw", "C", "H")
T("""Neighbour complaint re 16 Alder Way: "people coming and going at all hours, must be a brothel". Officers visited - address is a registered childminder's home and a nurse on night shifts lives there. NFA.""")
T("""Victim statement: I paid £2,000 to a man in Lagos for a nursing job in England. When I arrived there was no job. He put me to clean a house for his sister. The sister says I must work two years without salary to pay back the visa. I cannot leave because my passport is with her and I know nobody here.""",
  "DE DB WW RD IS", "uf dt iso", "D", "H")
T("""Safeguarding referral - school nurse: Year 11 pupil self-referred re thinking she's pregnant. Boyfriend is 16, relationship consensual and parents aware. Sexual health advice given. No exploitation concerns.""")
T("""Police intelligence 4/D/P (untested source): A doctor in a private clinic in London is "doing kidney transplants for cash" with donors from Eastern Europe. No names, no dates. Further development required.""",
  "", "", "O", "M")
T("""GLAA inspection, Farm X: Seasonal workers on SWS visas. Accommodation caravans, 4 per caravan, clean, heating and hot water. Pay records checked, correct. Workers have own passports. One worker complained the hours dropped when the weather was bad. Compliant.""")
T("""Probation officer: Service user D, 19, released last month, says the men he owed money to in prison "own him" now, making him drive drugs to Cornwall. They took his phone and gave him a burner, told him they know where his girlfriend works.""",
  "DB IT IS", "", "C", "H")
T("""Housing: Cuckooing concern. Tenant Ms L, 60, wheelchair user, reports that a man who "used to help her" now lives in her flat with two teenagers, they store drugs and she's not allowed in her bedroom. He hit her when she asked them to leave. Still there now.""",
  "AV RM PV", "rm", "C", "I")
T("""A&E: 34F, Vietnamese, attends with severe contact dermatitis of hands. Nail technician, says she works 7 days from 9 to 9 and the owner "gives salary to the man who brought me". She does not know the address of her house, only how to walk to the shop.""",
  "EO WW IS", "lh ncw iso", "L", "H")
T("""Witness statement (security guard): The woman cleaning at night said she gets £3 an hour cash from the subcontractor and is scared of him because he has her passport. She asked me not to say anything.""",
  "WW RD", "dt foa", "L", "M")
T("""Bank (fraud) note: Elderly customer duped by romance scammer into transferring £40,000. Customer is British, lives alone, no work involved. Referred to Action Fraud and adult social care. Not modern slavery.""")
T("""Salvation Army referral: Two Sudanese men found sleeping in a lorry trailer at a distribution centre. They said a "driver" brought them from Calais and they owe him £3,000 each, and he sends them to work for a man who pays them in food only.""",
  "DB WW", "", "L", "M")
T("""A&E safeguarding: Girl (15) with ligature marks on wrists, taken from a flat in Rochdale. Said she was kept there for 3 days by men she met online, raped, and told her little sister would be next. Men still at large. Police, CSC present.""",
  "AV PV RM IT", "pa rm", "S", "H")
# ---------------- part 3 ----------------
T("""Nom STOICA (DOB 14/07/85) — 2/B/P — holds approx 20 bank cards in names of Romanian workers at Fenland packhouses, withdraws wages at Wisbech ATMs Fridays 05:00.""",
  "WW", "mbc ncw", "L", "M")
T("""Dialysis unit: patient missed 2 sessions; explained she was at her daughter's wedding in Leeds. Rebooked. No concerns.""")
T("""GP letter: Ms Y, 23, Chinese, student at the university, reported her passport lost on a night out. Police crime reference obtained, embassy appointment made. Anxious but well supported by flatmates.""")
T("""Safeguarding Adults referral — Emergency Department
Patient: Male, approx 40, gives name "Ion", Romanian, no fixed address
Presenting: infected wound to shin, malnourished (BMI 16), lice
History: States he was brought to UK 3 years ago by a man from his town "to work in building". Has lived in a garden shed at the man's house, worked every day on the man's jobs. Has never had wages, "he says he keeps it for me". Has no documents - "the boss has my card". Says he's not locked in but has nowhere to go and doesn't know the town's name.
Risk: The man phoned the ward twice asking when Ion will be discharged and insisting he will collect him.
Actions: Police informed, NRM discussed with patient who consents, discharge on hold.""",
  "AV WW RD AC IS EO", "pa plc dt iso", "L", "H")
T("""Community report (translated from Polish via online tool): the man who is our boss take everybodys money and give 50 pound. We are afraid because he have gun, he show us. We work in warehouse every day, no free days. I write from my friend telephone.""",
  "WW IT EO", "ncw lh", "L", "H")
T("""A&E: child 9 y/o, Roma, brought in by police after being found shoplifting with a group of children in a shopping centre. Has bruises to back. Adult waiting outside claimed to be an aunt but had no ID, left before social worker arrived.""",
  "AV", "pa", "C", "H")
T("""Press release: A couple who kept a Tanzanian woman as a housemaid for 8 years in their Hertfordshire home have been convicted. She slept in a cupboard, was never paid, was not allowed to leave and was told she'd be jailed as an illegal immigrant if she went to the police.""",
  "AC WW RM IT EO", "sw rm foa", "D", "H")
T("""Intel 3/B/P: Female BANU nom (DOB 05/05/77) advertising rooms for "new arrivals from Afghanistan" in Bradford; requires £500 deposit plus passport as "security". Tenants then told to work in her brother's takeaway to pay the rent. No info on pay.""",
  "RD DB", "uf dt", "L", "M")
T("""A GP writes: Patient, 60, kidney failure, has asked about travelling to Egypt for a paid transplant. I explained it may involve exploitation of the donor and is illegal to arrange from the UK. He has agreed to stay on the NHS list. Documenting for safeguarding awareness, no further action.""")
T("""Victim debrief, through interpreter: He says he is from Sudan and was 17 when a man in Calais said he could work in a farm in England and be paid well. He says in England he was taken to a house with 20 men and everyone slept on the floor. He says they were picked up at 4 every morning in a van. He says the man told them the police would put them in prison, so they must never speak to anyone.""",
  "AV DE AC IS", "oa cedl et foa", "L", "H")
T("""bloke outside aldi every day selling the big issue, no issue with him he's lovely, got his own flat now. just saying not everyone begging is trafficked lol""")
T("""A&E Nursing Note: 27F, Albanian, brought by ambulance after being found in the street in nightwear at 04:00 in January. States she ran from a flat where "they keep me with other girls" and she "has to go with men". She said they took her passport and have pictures of her family's house. Others still at flat.""",
  "RM RD IT", "dt rm", "S", "I")
T("""Note from a school business manager: A parent asked if her 17-year-old son can miss Fridays to work on his uncle's market stall for pay. Discussed with head; sixth-form attendance rules explained. Not a safeguarding issue.""")
T("""Caseworker (Unseen) follow-up: Client says the man who recruited her in Brazil told her she'd be a nanny. In London she was a nanny, but she says she also had to clean for the mother's two sisters, work from 6am to 11pm, and she never got the £900 a month she was promised - "madam says she saves it for me". Madam holds her passport.""",
  "DE EO WW RD", "lh dt ncw", "D", "H")
T("""INT 2/B/P: Vietnamese male (15) missing from local authority care in Kent, believed to have been collected by traffickers from the children's home at night in a taxi. Previously found in a cannabis factory.""",
  "AV", "", "C", "H")
T("""Bank: A customer, 31, British, came in to report that her ex-partner used her bank account to receive money from "his business" and won't stop. She is not working for him. Account closed, new one opened, police advised.""")
T("""Police intelligence log 2/B/P: OIC DS EVANS. KALLAKU nom controls 4 hand car washes across Essex. Workers (Albanian, Kosovan) are said to be paid £30 per 12-hour day, share a flat above one of the sites with 8 to a room, and have their passports held "for the accountant". One worker said KALLAKU beat him for talking to a customer about wages.""",
  "WW RD AC EO PV", "dt oa sw lh", "L", "H")
T("""School referral: Girl aged 12 keeps falling asleep in class. Parents run a corner shop and she helps after school for 2 hours. Parents were receptive to advice about rest, homework club offered. Early help not needed.""")
T("""999 — caller is a taxi driver, says a man in his car is forcing a young woman to go to a house on Craven Rd, she is crying and mouthed "help me". Driver has stopped at petrol station. Units en route.""",
  "RM", "rm", "S", "I")
T("""Community Nurse: Visited patient (88, British) at home. Her live-in carer from the Philippines works for an agency, has set hours, two days off, own room, goes to church on Sundays. Patient's family very happy. No concerns.""")
T("""Debrief (victim, female, Slovak, 26): My boyfriend said we go to England, he has job in hotel. We marry with a Pakistani man for papers, they pay my boyfriend. The man's family took my ID, I must cook and clean and sleep with him. I cannot go out. My boyfriend took the money and leave.""",
  "DE RD PV RM", "dt rm", "D S", "H")
T("""Housing referral: Homeless young man (British, 18) says he's been offered a bed at a "mate's" house in exchange for "doing runs". He hasn't accepted. Worker advised and placed him in supported accommodation. No exploitation yet.""")
T("""GP: Patient is a kidney donor 5 years post nephrectomy (donated to his sister via the NHS living donor programme). Attends for annual check; eGFR stable. No concerns.""")
T("""101: Caller reports her neighbour's au pair (Spanish, 20) crying in the garden, said she works 60 hours a week for £70 and can't go out at weekends because the family says she must babysit. Caller concerned.""",
  "EO WW RM", "lh rm", "D", "H")
T("""Intel 3/C/P — unverified: "People in Ilford paying Bangladeshis for kidneys, done in India". Source unreliable, no details.""",
  "", "", "O", "M")
T("""A&E – Safeguarding flag: 45M, Indian, injured in kitchen of a restaurant, severe burns to hands. Owner took him to A&E but insisted he was a "relative helping out". Patient later disclosed to nurse (with interpreter) that he has worked there 14 hours a day for 2 years without wages, because he owes the owner £12,000 for his visa, and sleeps in the storeroom.""",
  "EO WW DB AC", "sfw lh sw pa", "L", "H")
T("""public report: there's a lad on the estate who's about 14 and he's always doing deliveries on a bike for the older lads who sit in a black merc. he's got a black eye today. his mum's an addict.""",
  "AV", "pa", "C", "H")
T("""Children's Social Care – Return Home Interview: Young person (16, British) says she went missing to stay with friends in Manchester after an argument with her mum. No adults involved, no money or drugs. Safe and well. No exploitation concerns.""")
T("""Victim account, Chinese, via interpreter: She says she answered an online ad for "massage therapist, high pay". When she arrived she was taken to a flat and told she must provide sex. She says she had to work from 10am until 3am every day. The boss took all the money and said she owes £30,000 for the visa and flight.""",
  "DE EO WW DB", "lh ncw", "S", "H")
T("""Housing: Tenant of a council flat complains that her neighbour lets young people stay over and there's a lot of noise. Visit found neighbour's own grandchildren visiting for half term. NFA.""")
T("""Intel 2/A/P: PETROV nom recruiting Bulgarian men via Facebook job ads for "hotel cleaning". Men put to work at waste recycling plant in Birmingham, housed in a unit on site. PETROV collects wages, takes "rent, transport, tax". Men given £20-£40 weekly.""",
  "DE WW AC", "sw ncw", "L", "H")
T("""A&E Safeguarding: 29F, Nigerian, presenting with miscarriage. Lives with a family in Peckham where she "helps with the children". Does not know the road name. Has no phone. Family member collected her from hospital immediately against advice.""",
  "IS", "iso et", "D", "M")
T("""School DSL: Student (14) said her older sister's boyfriend asks for "pictures" and sends them to men who pay him. She has sent some. Police and CSC informed, devices seized.""",
  "AV", "", "S", "H")
T("""Note: the carwash on Hadley Rd is getting lots of reports on social media from people saying "slave labour". GLAA visited: staff on contracts, paid by bank transfer, live in own homes, have their own documents. Compliant. Business owner wants reports to stop.""")
T("""Debrief (male, Polish, 55): I drank too much in Poland. A man said there is work in England, he pay my bus. In England they take me to a house, 10 men, all drinking. Every day we go in a van to a factory. Money goes into account, the man has card. He gives beer and cigarettes. If someone wants to go, they say "you owe for the bus and house".""",
  "AV WW DB AC", "oa et ncw", "L", "H")
T("""Midwife: Young woman (Afghan, 20) attended with her husband, who tried to interpret, but we used Language Line. She told us she is happy, has friends at the mosque, goes to college. Husband supportive. No concerns.""")
T("""INT 2/B/P — Source states that young Vietnamese women working at nail salon on Green St, Ealing, are driven from a flat at 8am and back at 10pm by the owner's husband, do not have keys to the flat and are not allowed to have phones.""",
  "RM IS EO", "cedl et rm iso lh", "L", "H")
T("""Public: kid on my street is 12 and sells sweets for his dad outside the school gates, i think thats child labour?? Update: Council checked, dad runs a sweet stall, boy helps 30 mins after school, parents present. nothing wrong.""")
T("""Referral from Renal Social Worker: Patient (Bangladeshi, 52) told us his brother-in-law in Dhaka was offered money to sell a kidney to a British patient through an agent in Birmingham, and the brother-in-law is "under pressure" because of family debts. Patient is not involved. Passed to police for intelligence.""",
  "AV", "", "O", "M")
T("""Press: A Lincolnshire gangmaster was ordered to repay £300,000 after exploiting Lithuanian workers. They were promised £300 a week but were charged for transport, rent and "fines", and were often left with nothing. Workers lived in overcrowded houses and were threatened with dogs.""",
  "DE WW IT AC", "ct oa", "L", "H")
T("""A&E: 18F, British, care leaver, with injuries after a fight. Says her "boyfriend" (35) takes her to parties where she is expected to have sex with his friends, and he keeps her benefit money. Declines police. Safeguarding referral made.""",
  "AV PV", "ncw", "S", "H")
T("""Job Centre: Customer (Sri Lankan, 30) reports his former employer (a petrol station) paid him £5 an hour. He left 3 months ago and has reported to HMRC. Now in a new job. No control or threats.""")
T("""Intel 1/A/P: Covert deployment confirms a Chinese female aged approximately 15 is currently in a flat at 14B Queens Rd, providing sexual services; males seen entering 21:00-02:00. Door secured with external padlock. Immediate safeguarding warranted.""",
  "AV RM", "rm", "S", "I")
T("""Domestic abuse call: Man assaulted his wife after an argument about money. She is a teacher, he is unemployed. Arrested. No exploitation.""")
T("""Housing Officer: Caravan site inspection. 25 men in 6 caravans, no running water, one toilet. Men say they work for the site owner's paving company, are paid "when jobs are done" which has not happened for months, and that their phones are kept by the boss's son at night.""",
  "AC WW IS", "oa plc", "L", "H")
T("""Safeguarding Children — midwifery: Booking for 15 y/o (Roma, Slovak). Partner 22. Family state they are "married". She hasn't attended school since 12. No indication she is working or controlled beyond this; CSC referral for child sexual abuse (age) and missing education.""",
  "AV", "", "", "H")
T("""Organ harvesting – victim disclosure to Salvation Army: He says that he is from Eritrea. In Egypt a smuggler told him he could cross for free if he "sold" a kidney. He woke up with a scar and no money, and was told to keep quiet or he'd be handed to police. He now lives in England and is seeking support.""",
  "DE AV IT", "pa", "O", "H")
T("""The builders at no 44 start at 7 and finish at 7, but it's a family firm and they go home every night. just annoyed at the noise tbh.""")
# ---------------- part 4 ----------------
T("""Safeguarding Adults Referral - Acute Medical Unit
Background: Mr A (Romanian, 36) admitted with a diabetic crisis. He was found by a colleague in the basement of a hand car wash where he sleeps on a mattress with two other workers. He arrived with only the clothes he was wearing and a plastic bag; no phone, no wallet, no ID.
Disclosure: With a Romanian interpreter he said the "patron" keeps his identity card and bank card "so they are safe". He works from 8am to 8pm every day and receives £25 on Sundays for food. He said the patron told him that if he goes to the police he will be deported and his mother will "pay".
Other: A second patient on the ward, Mr B, who works at the same site, stated he is paid properly and lives with his family; no concerns for him.
Plan: Police MSHT unit informed. NRM referral with consent. Interim accommodation arranged via the Salvation Army.""",
  "RD WW EO AC IT", "fpe sw dt ncw lh foa", "L", "H")
T("""dentist: 34F, Vietnamese, came alone, works in a nail bar, pays her own way, lives with husband, both have settled status. Check-up only.""")
T("""Police handover: Checked on 2 Slovak women reported by a concerned shopkeeper as "looking scared". They are sisters working in a chicken factory, have own documents, phones and a rented flat. Shopkeeper misread a row between them. No offences.""")
T("""INT 2/B/P: Hungarian females recruited by KOVACS nom for "cleaning jobs" in London, then sold to brothels in Leeds for £3,000 each. Females told they owe the purchase price.""",
  "DE DB", "", "S", "H")
T("""she said she can go home whenever she likes and her passport is in her own bag. she gets her wages in her own account. nothing to report from the welfare visit at the au pair's host family.""")
T("""Sexual health clinic note: 24F Romanian. Came with a "friend" (female, 40s) who paid in cash. Pt has 3 previous STIs this year, gives a hotel as her address. When asked about work she looked at the friend, who said "she cleans". Pt then asked quietly whether the clinic could "help her go home". Friend held pt's phone throughout.""",
  "IS", "sfw", "S", "H")
T("""GP Safeguarding note: Man (British, 44) with alcohol dependence and depression reports that he has been "working for a family" doing roofing for 5 years. He says they took him in when he was homeless, give him food and a caravan, and he gets "some cash at Christmas". Has no bank account. Says he is free to go but has nowhere else.""",
  "AV WW", "", "L", "M")
T("""Housing officer referral re 2 Carlton Mews: Landlord letting a 2-bed flat to 14 Indian students at £350 each, they have their own documents, attend college and work part-time in various places. Overcrowding enforcement only; no exploitation indicators.""",
  "", "oa")
T("""101: Male caller says his employer (a takeaway) hasn't paid him last month's wages, and he wants to know what to do. He has his own passport, lives with his friends, and has already found another job. Advised to contact ACAS.""")
T("""Bank Financial Intelligence: Cluster of 31 accounts receiving payroll from two labour agencies, all accessed from the same device and withdrawn at the same ATM on Blackburn Rd. Account holders are Bulgarian and Romanian adults sharing 3 addresses.""",
  "WW", "mbc ncw", "L", "M")
T("""Caseworker note: The woman says she was trafficked 6 years ago, now lives independently, works in a shop, and is attending for help with her settlement application only. No current exploitation.""")
T("""A&E note Dr R: 31M Eritrean, found collapsed at a farm. Dehydrated, hands blistered. Co-workers say they are charged £50 a week for the van from the hostel to the farm and paid piece-rate that rarely reaches £20 a day. Man who runs the van speaks for them. Hostel is theirs.""",
  "", "ct sfw pa", "L", "M")
T("""Children's Social Care referral from a GP: 16-year-old girl, lives with an aunt and uncle after arriving from Ghana; GP informed by the girl that she is not allowed to attend college, does all housework and childcare, sleeps on the living room floor, and the uncle has her passport. She is frightened of being "sent back".""",
  "AV RD EO RM AC", "dt sw rm foa", "D", "H")
T("""INT 3/B/P: CSE concern - males in white BMW VRM LR17 DVW seen outside Oakfield Children's Home on 3 occasions picking up residents aged 14 and 15, returning them after midnight intoxicated.""",
  "AV", "cedl", "S", "H")
T("""Transplant unit: Patient, 55, asked us for a letter to take to an overseas "kidney clinic" for which he'd paid a deposit. We declined and explained the donor may be a trafficked person. Patient has since cancelled. Recorded for HTA.""",
  "", "", "", "N")
T("""Witness statement, a driver: Every morning I see the same minibus outside the Premier Inn at 5am taking about a dozen men and women to the Apex packing plant. I think it's just the agency bus, they chat and laugh, some drive themselves sometimes. Not sure why police want to know.""")
T("""Probation: Service user (Vietnamese, 19) in custody for cultivation. Disclosed he was 16 when smuggled to UK, kept in a house in Derby to tend plants, told by "the boss" that he owed £18,000 and his parents' house in Nghe An was collateral. Section 45 defence being explored.""",
  "AV DB", "", "C", "H")
T("""It says in the news that nail bars are all slavery but my sister runs one, her staff are paid £12 an hour and go home at 6. Stop this racism!!""")
T("""A&E, paediatric: 11-month-old with bronchiolitis. Parents Albanian, father works in a car wash. Family lives in 1 room of a shared house, damp. Father says he earns £70 a day, is free to change job, has a friend who helps. Health visitor referral for housing.""")
T("""Safeguarding referral (School Attendance Officer): Year 9 boy (Roma, Czech) often absent, found by officer begging at a traffic junction with his father. Father says the family needs money; no third party involved. Referred to early help and CSC for neglect.""",
  "AV", "", "", "H")
T("""Interpreter-voiced debrief: She says she met the man at a bus station in Bucharest. He promised a job in a bakery in England. She says in England the bakery did not exist and she was put in a house with other women and told to work as a prostitute. She says the man took her ID card and her phone, and that she was allowed to go out only with him. She says he raped her on the first night.""",
  "DE RD IS RM PV", "dt rm", "S", "H")
T("""GLAA: Shellfish gatherers on the beach at dawn, 15 men, one man with a clipboard collects all the cockles and "pays later". Men have no protective clothing, sleep in a van. Men say they have not been paid for three weeks. Investigation opened.""",
  "WW AC", "sw", "L", "M")
T("""Bank: customer in their 80s requested our help because their granddaughter took their debit card; card cancelled, family mediation through adult social care. No work involved.""",
  "", "ncw")
T("""INT 2/B/P — DIALLO nom brings West African men to London on visit visas, places them as security guards with an unlicensed firm, pays their wages into his own account and gives them £100 a month. Men sleep in a flat owned by DIALLO, 12 men, 2 rooms.""",
  "WW AC", "ncw oa", "L", "M")
T("""Health visitor: Mum (Pakistani, 22) came over 1 year ago for marriage. Has own phone, attends English classes, goes out with friends. In-laws supportive. No concerns about forced marriage or domestic servitude.""")
T("""999: caller says her friend just texted "help they won't let me leave" from a house in Rotherham, friend is 17, was "working" for an older man who gives her drugs. Units dispatched, caller to remain on line.""",
  "AV RM", "rm", "S", "I")
T("""A&E: M 50s, Slovak, attends after a fall at a demolition site, no PPE, no hard hat. Told staff he paid £200 to a man in Kosice to get this job, and the man takes £100 a week from his wages for the room he shares with 7 others. He "still owes".""",
  "DB AC", "uf oa ncw", "L", "M")
T("""Note to file: The "kidney donor" advert flagged on Facebook was a NHS Blood and Transplant campaign for living donation. No concern.""")
T("""School safeguarding: Girl in year 12 told her tutor she's being taken to Pakistan in the summer to marry a cousin and doesn't want to. Father has taken her passport. Forced Marriage Unit contacted. No labour or sexual exploitation alleged yet.""",
  "AV RD", "dt", "", "H")
T("""Victim account (Vietnamese female, 20, translated): I owe $40,000 for the trip. In UK I work in nail shop, boss pays nothing, he say the money goes to the debt. I live in his house with his family and also clean for them. They watch me with camera. I cannot go out alone.""",
  "DB WW RM", "rm ncw", "L D", "H")
T("""Bank Fraud Team: Account of a 17-year-old receiving payments for "modelling" from multiple unknown men, withdrawals by an older man at ATM. Referred to police as possible CSE.""",
  "AV", "ncw", "S", "H")
T("""Housing: complaint about a "sweatshop" in a garage at 61 Kenton Rd. Visited: family-run curtain business, 3 adult employees all with contracts and own homes, working 9-5. No concerns.""")
T("""INT 3/B/P: Tip-off that an elderly Nigerian man in Peckham sells "kidney donors" to patients in the diaspora; donors said to be young men recruited in Lagos with promises of UK jobs. Nothing further.""",
  "DE", "", "O", "M")
T("""GP: Lady (Filipino, 38) works for a diplomat's family, has her own bedroom, days off, passport, contract, and says she is well treated. Came about a sore throat.""")
T("""Report from a taxi firm: our drivers keep being asked to collect girls from a house in Bolton and take them to hotels in Manchester. The man who books always pays cash, the girls are very young, one told a driver she's "in year 10".""",
  "AV", "et", "S", "H")
T("""A&E Safeguarding: 40M, Chinese, food poisoning. Works in a restaurant kitchen, long shifts of 12 hours, 6 days a week. He says he is well paid and has his own room. Employer rang to check he was OK. No concerns beyond working hours.""",
  "EO", "lh", "", "M")
T("""Officer note, early shift: SINGH, Harpreet (DOB 12/12/79) — gangmaster, licence revoked 2023, still supplying workers to Fenland farms; several workers (Punjabi) say he keeps their visas "for renewal" and they are housed in a barn.""",
  "RD AC", "dt", "L", "M")
T("""Victim statement: The lady said I'd be her cleaner and I'd go to English school. No school. I clean three houses a day for her customers and she keeps all the money. She said it pays for my food, my room, and my visa. She told me if I run away the police will arrest me because I'm illegal.""",
  "DE WW IT DB", "foa ncw", "L", "H")
T("""GP: 19-year-old female university student, part-time job in a bar, says her manager sometimes makes her stay late without notice. Upset but paid for the hours. Advised to talk to student union.""")
T("""Children's social care: 13-year-old boy was found with drugs wrapped in his sock on a train to Margate. He says he was told his family would be hurt if he didn't go. He's now at home and scared of going out.""",
  "AV IT", "", "C", "H")
T("""Safeguarding Note, midwifery: Pregnant woman (Indian, 26) on a dependant visa. Husband works in IT. She has her own money, attends alone, drives. Denies any abuse. Routine.""")
T("""Public report (webchat): ur not gona believe me but theres a man living in the shed in my neighbors garden and he does all there gardening and cleaning and they never let him in the house, i saw them shout at him and he looks really thin. hes been there 2 yrs i think. dont think he gets paid""",
  "AC WW", "pa plc", "D", "M")
T("""Intel 2/B/P: MAHMOOD nom suspected of identity fraud using the documents of young Pakistani men brought over on student visas; men's passports kept by MAHMOOD, benefit claims and loans made in their names. Men told they'll be deported if they complain.""",
  "RD IT", "dt foa", "C", "M")
T("""School: Year 7 girl disclosed that her mum's new boyfriend hit her. No work or sexual exploitation. Police and CSC informed under child protection.""")
T("""Debrief — male, 33, Nigerian: "I was told it was a job at a hospital as a porter. They collected £3,000 from my family. In London they took me to a man who said I must give my kidney to his brother, or he will tell immigration I am here. I ran." Referral made as attempted organ trafficking.""",
  "DE IT", "uf", "O", "H")
T("""A&E: Male patient (Romanian, 25) with a hernia. Employer: a hand car wash. Asked about hours: 60 hours a week, 6 days. Paid cash £380 a week, has his own passport, shares a flat with his cousin. Patient is content. No indicators other than hours.""",
  "EO", "lh", "", "M")
T("""Housing: Officers attended 8 Priory Close re a tenant whose flat is being used by a drug dealer. Tenant (addicted, 40s) says the dealer pays him in drugs and lets him stay in one room; dealer's runners sleep in the lounge. Tenant doesn't feel able to ask them to go.""",
  "AV", "", "C", "M")
T("""NGO outreach: "I went to see the women in the massage parlour on Station Rd. All said they're self-employed, manage their own money and can leave. One said the owner is strict about hours but not threatening." No indicators.""",
  "", "", "", "N")
T("""INT 3/B/P: 5 Romanian males begging in Nottingham City Centre every day 07:00-21:00, dropped and collected by Peugeot VRM AB12 CDE. Males hand cups to driver on collection.""",
  "EO WW", "cedl et lh ncw", "C", "M")
T("""Safeguarding referral (Occupational health, hospital): Contracted cleaners on night shift (Ghanaian) told OH nurse that their subcontractor charges them £200 each for "uniform and training" and keeps their passports in his car. One cleaner cried and said he shouted at her that she'd be sent home.""",
  "RD IT", "ppe uf dt", "L", "M")
T("""GP note: 16 y/o boy, Afghan, UASC in foster care, reports no contact with anyone from his journey, attends college, plays football. Routine health assessment. No concerns.""")
T("""101: A woman reports her Eritrean lodger works in a restaurant and comes home at midnight; she doesn't know his pay. Officers spoke to the lodger: he works 4 evening shifts, paid by BACS, happy. NFA.""")
T("""Hospital social worker: Patient, 75, bilateral amputee, lives with son who claims his carer's allowance. No concerns, son provides good care.""")
T("""Referral from school: Pupil (10) said her "auntie" from Nigeria who lives with them "cooks and cleans all the time and sleeps on the kitchen floor and mummy says she's not allowed to go out". Pupil thinks it's normal.""",
  "RM AC", "rm sw", "D", "H")
T("""A&E: Woman, 30, Ukrainian, hit by a car. Lives with host family under Homes for Ukraine. Hosts visited, brought her things. She works at a cafe. No concerns.""")
T("""INT 2/B/P (sanitised): Organised group in Birmingham arranges "medical tourism" for kidney recipients to Pakistan where donors are paid bonded labourers from brick kilns. Recipients in UK identified; donors are victims. NCA lead.""",
  "AV DB", "", "O", "H")
T("""Victim account: At the farm they put us in a container, 8 men. Toilet was a bucket. We pick from 5 am to 9 pm. The foreman had a big dog. When Tomasz said he is leaving, the foreman set the dog on him. After that nobody say anything.""",
  "AC EO PV IT", "oa plc lh", "L", "H")
T("""Witness: I work in the bank in Hounslow. An older man brought a young Indian woman in to pay money into his account. She's his maid I think, she said "my salary goes to sir". He did all the talking.""",
  "WW", "sfw ncw", "D", "M")
T("""Neighbour reports: a family next door keep a young African girl who "does all the work" and is never at school. Social worker visited: girl is 19, the family's niece, studying at college, does some chores. No concerns.""")
T("""Police log (Op Aidant day of action): 11 car washes visited. 9 compliant. At Site 6 three workers said they had not been paid for 6 weeks and the manager holds their IDs; at Site 10 workers sleep in a shipping container on site.""",
  "WW RD AC", "dt sw", "L", "H")
T("""Midwife: 21 y/o woman disclosed that the father of the baby is her pimp, he takes all her earnings and she's scared of him. She is at home with him now. Police and MASH contacted.""",
  "WW", "ncw", "S", "H")
T("""Dialysis nurse note: Patient tells us his cousin had a "paid kidney" in India 10 years ago. Patient is not planning the same. Nothing to action.""")
T("""GP: Patient (Brazilian, 29) works as a cleaner for an agency. Hours 40/week, paid £11/hr into own account. Flat shared with friends. Came for contraception. No concerns.""")
T("""Helpline transcript summary: Caller (Vietnamese, male, 17) says he is in a car wash in Coventry, the boss has his phone and documents, he sleeps in the office, and today the boss said he will "kill him" if he tries to run. Caller using a customer's phone. Police dispatched immediately.""",
  "AV IS RD AC IT", "dt sw", "L", "I")
T("""Border Force, Dover: Romanian minibus with 9 men, driver holds all ID cards and has a list of job addresses. Men say they paid £150 each for the trip and were told the work is in a factory "for good money". Details passed to GLAA.""",
  "RD", "dt uf", "", "M")
T("""Intel 3/B/P: Female (Thai, 40s) living at a massage parlour, seen only on the premises, advertised online, "boss" collects cash. Unknown whether coerced.""",
  "", "sw ncw", "S", "H")
T("""Safeguarding referral (Community Mental Health): Service user (British, 30, schizophrenia) befriended by a group who moved into his flat, use it to sell drugs, have taken his phone and bank card, and lock him in his bedroom when they have visitors. He is there now.""",
  "AV RM IS", "rm ncw", "C", "I")
# ---------------- part 5 ----------------
T("""Salvation Army reception note: Woman (Albanian, 23) arrived at safe house with nothing but a carrier bag, no coat, no phone. Says she escaped a flat in Derby where she was sold to men every night and the door was always locked.""",
  "RM", "fpe rm", "S", "H")
T("""GP: new patient registration, man from Sudan, 30, in asylum accommodation, one small bag of belongings, friendly, volunteers at a food bank. No concerns.""")
T("""INT 2/C/P: boy approx 15 selling crack from 3 Moss Lane, a cuckooed address; Merseyside accent; seen with a black eye. Older male "Skeng" collects cash nightly.""",
  "AV", "pa", "C", "H")
T("""A&E: 26M Vietnamese, hypothermic, found in a lay-by after escaping from a lorry. Has no possessions other than a phone with no SIM. Says the lorry driver was taking him "to work for the uncle" to repay the journey.""",
  "DB", "fpe pa", "L", "M")
T("""Housing officer: tenant of 40 years with dementia, daughter now holds power of attorney and manages her pension properly. No concern.""")
T("""Caseworker note: Client (Indian, 31) says the care home paid him correctly but the recruitment agent in Kerala charged him £10,000 upfront, now repaid from savings. He lives independently and has moved employer. No current control.""",
  "", "uf")
T("""101 call — woman says the man she works for at a farm shop pays her £9 an hour, below the minimum, and she is thinking of leaving. Has her own bank account and lives at home with her parents. Advised re HMRC.""")
T("""Debrief (interpreter, Kurdish): He says he was 16 when a man in a Birmingham barber shop gave him a job sweeping and a bed in the back. He says he cut hair 13 hours a day for no money and the owner said he'd call the Home Office if he complained. He has only the clothes he arrived in.""",
  "AV EO WW IT", "sw lh fpe foa", "L", "H")
# ---------------- part 6: one-liners ----------------
T("""POI LUCA nom holds passports of 4 Romanian girls at pop-up flat, Slough. 2/B/P""", "RD", "dt", "S", "H")
T("""Pt says boss keeps her wages "to send home", gets £20 a week.""", "WW", "ncw", "L", "M")
T("""girl at the nail bar is about 14 and works every day til late""", "AV EO", "lh", "L", "H")
T("""Renal clinic: stable on peritoneal dialysis, awaiting deceased donor kidney. Next review 3 months.""")
T("""Caller states workers at Greenfields farm locked in barn overnight by foreman, right now.""", "RM", "rm", "L", "I")
T("""Dental patient, 40, chef, own business, paid by card. Routine scale and polish.""")
T("""16 y/o found running drugs in Exeter for London line, phone full of threats.""", "AV IT", "", "C", "H")
T("""owes £12,000 for the boat and the debt gets bigger every week he says""", "DB", "", "", "M")
T("""Midwife: husband present, but pt seen alone too, says she feels safe. No concerns.""")
T("""INT 3/B/P: kidney sold in Istanbul by Syrian refugee under pressure of smuggling debt.""", "DB AV", "", "O", "H")
T("""HMO visit: 6 tenants, licence for 6, fire doors fine. Compliant.""")
T("""Cleaner says agency charged her £300 to start and £8 for gloves. Otherwise fine.""", "", "uf ppe")
T("""boss took our phones so we cant call anyone, we sleep in the kitchen""", "IS AC", "iso sw", "L", "M")
T("""Student lost BRP card at a festival, reported to Home Office, replacement ordered.""")
T("""He said if I talk to police my little brother in Hanoi will disappear.""", "IT", "", "", "M")
T("""Job Centre: claimant's wages paid to "team leader" account, he hands her £40.""", "WW", "ncw", "L", "M")
T("""Car wash workers paid £12/hr by BACS, go home at 6pm, own IDs. No issues.""")
T("""Girl 15 picked up from care home at 1am by men in a taxi.""", "AV", "cedl", "S", "H")
T("""He was told it was a job in a hotel; it was a cannabis house.""", "DE", "", "C", "M")
T("""Nom KHAN selling ID documents of Indian students to fraudsters. No victims identified.""", "", "", "", "N")
T("""Live kidney donor, 2 years post-op, well, donated to wife via NHS.""")
T("""Maid sleeps on kitchen floor, never a day off, employer has her passport.""", "AC EO RD", "sw lh dt", "D", "H")
T("""Neighbour says man next door beat his wife. No other adults at address.""")
T("""Begging group of 6 dropped by van at 7, collected at 7, money taken.""", "WW EO", "cedl et ncw lh", "C", "M")
T("""A&E: 20F, cannot tell us where she lives, man outside holding her ID.""", "IS RD", "iso dt", "", "M")
T("""Patient works 3 jobs by choice to save for a house. Tired, no concerns.""")
T("""man from agency drives us, charges £15 a day for the van, and watches us all shift""", "", "ct et", "L", "M")
T("""they said nursing job in London, but i clean houses for no money""", "DE WW", "", "D", "M")
T("""School: pupil's uncle keeps him home to work in the family shop. CSC referral.""", "AV", "", "L", "H")
T("""NGO: client is free to leave, has own documents, just needs help with housing.""")
# ---------------- part 7: long texts ----------------
T("""SAFEGUARDING REFERRAL – Emergency Department, St Columba's Hospital
Date/time: 14/03, 01:50
Referrer: Band 6 Nurse, Majors

Reason for referral:
Female patient, stated age 19 (appears younger, possibly 16), Albanian, brought in by a male who gave his name as "Arben" and described himself as her cousin. She presented with abdominal pain and was found to be 8 weeks pregnant with signs of a pelvic infection.

What the patient said:
While Arben was outside smoking, the patient told the interpreter (by telephone) that she came to England "for a better life" with Arben, that she lives in a flat with two other girls and "men come". She said she gives the money to Arben "because I owe him for the journey", that the amount "never finishes", and that he has her passport. She asked whether the hospital could keep her overnight.

Other information:
Arben repeatedly tried to return to the cubicle and answered questions on her behalf, including her date of birth, which he got wrong the first time.

Actions:
Patient admitted to a side room. Police (MSHT) called and attended at 03:10. MASH notified as she may be a child. Security aware of Arben, who remains in the waiting area.""",
  "AV DB RD", "dt sfw", "S", "H")
T("""Safeguarding Adults – Outcome of Section 42 Enquiry (summary)

Concern raised by: District nurse
Adult: Mrs E, 84, British, lives alone, leg ulcers.

Concern: The district nurse was worried that Mrs E's live-in carer, a Zimbabwean woman in her 40s, seemed exhausted, rarely left the house and had mentioned that "the agency takes a lot".

Enquiry findings: The carer was seen alone with an independent interpreter offered (declined; fluent English). She is employed by a CQC-registered agency on a live-in contract: two weeks on, one week off, with two hours' break daily and a private bedroom. Payslips show she is paid the agreed day rate into her own account, less tax and a small, agreed accommodation deduction. She holds her passport and BRP, has a phone, and attends church on Sundays. She said she is tired because Mrs E wakes at night, and the agency has since agreed to provide a night sitter twice a week.

Outcome: No abuse or exploitation of either Mrs E or the carer identified. Care plan amended to reduce night demands. Case closed.""")
T("""Intelligence report – 3x5x2 – 2/B/P
Subject: PAVEL, Andrei (nom) DOB 03/02/1986
Source reports the following:
1. PAVEL runs a labour supply operation providing Romanian and Moldovan men to three construction sites in north London (Site A Holloway, Site B Finsbury Park, Site C Tottenham).
2. Approximately 25 men live in two houses on Braemar Avenue N22, up to 7 to a room. Rent of £70 per week each is taken from wages by PAVEL.
3. The men are collected at 05:30 by two white Transit vans (VRMs not obtained) and returned after 20:00, six days a week.
4. Wages are paid by the sites' subcontractor into bank accounts opened by PAVEL in the men's names; PAVEL keeps the cards and gives each man around £50 per week in cash.
5. A worker who complained in January was beaten by PAVEL's associate "Sasha" and left the house the same night; his whereabouts are unknown.
6. Source states that the men were told in Romania that they would earn £2,000 per month and have their own rooms.
Handling: Do not disclose to subcontractor at this stage. Recommend development and referral to GLAA/MSHT.""",
  "AC WW EO PV DE", "oa cedl et lh ncw mbc", "L", "H")
T("""Hi, I'm writing this because I don't know who else to tell and I don't want to get anyone in trouble if I'm wrong. I work evenings at a petrol station near the industrial estate. For about a year a young lad, maybe 15 or 16, Vietnamese I think, comes in around midnight to buy noodles and energy drinks. He's always with an older man who pays and does all the talking. Last week the lad came in alone for the first time. He had a burn on his arm and his clothes smelled really strongly of weed. He asked me in very bad English what town we are in and how far is London. When I asked if he was OK he looked at the door and said "boss coming". The man came in a minute later and grabbed him by the back of the neck and took him out to a silver Toyota. I didn't get the whole plate, it started YF. I've seen them go towards the units behind the tyre place. I hope this is helpful.""",
  "AV IS PV", "pa sfw iso", "C", "H")
T("""Debrief record – victim of trafficking (account given in Tigrinya through an interpreter; summarised)

She says she left Eritrea at 17 and was held in a warehouse in Libya for a year until her family paid. She says a woman in Italy told her that there was work looking after children in England and that the woman's brother would meet her. She says that when she arrived in Birmingham the brother took her to his house, where she looked after his four children and cleaned from early morning until night, every day. She says she was not allowed to use the phone and the front door was always locked with a key that the brother kept.

She says the brother told her she owed him £6,000 for bringing her and that she would pay it by working. She says she never received any money. She says he came to her room at night on several occasions and forced her to have sex with him, and told her that if she told his wife, he would send her back to Libya.

She says she left when the family went on holiday and forgot to lock a window. She has no documents; the brother kept her identity card.""",
  "AV DE RM IS DB WW PV IT RD EO", "rm iso dt lh", "D", "H")
T("""Housing Enforcement – Inspection Report
Address: 27 Wellington Road
Type: House in multiple occupation, licence for 7 persons

Findings: On inspection 11 adults were present. Eight are Polish and Lithuanian workers employed directly by a local bakery; three are students. All hold their own tenancy agreements with the landlord (not the employer) and pay rent by standing order. Each was spoken to separately. All confirmed they have their own passports/ID cards, bank accounts and phones, choose their own hours and are free to leave. Two said they had recently moved in after the previous tenants left and the landlord had failed to update the licence.

Hazards: Missing smoke detector on the second floor; blocked fire escape; overcrowding above licensed numbers.

Actions: Improvement notice served on the landlord; licence variation required within 28 days. No indication of labour exploitation or control; no referral to police or GLAA required.""",
  "", "oa")
T("""CONFIDENTIAL – NHS Blood and Transplant / Renal Unit incident note

Patient X (male, 58, UK resident) attended clinic 6 weeks after a kidney transplant performed at a private facility abroad. He had no operation notes, no donor information and was taking immunosuppressants bought online. He was reluctant to discuss how the transplant was arranged but eventually said a "broker" he met through a community WhatsApp group arranged everything for £55,000 cash, and that the donor was "a young man from a village who needed the money for his family's debts".

Patient Y (female, 62) in the same clinic received a transplant in the UK from her son under the living donor programme. All HTA approvals are on file. No concerns.

Assessment: For Patient X, there is a reasonable suspicion that the donor was exploited (payment to a person in poverty to cover family debts, arranged by a broker). This may be an offence of trafficking for organ removal and under the Human Tissue Act. Patient X himself is to receive full clinical care.

Actions: Datix submitted. Police and HTA informed. Medical team to continue care.""",
  "AV", "", "O", "M")
T("""Victim account (Polish male, 47, translated)
I was living on the street in Gdansk when a man came to the shelter and said there is good work in England, £400 a week, house, everything paid. He paid the bus. When we arrived in Kidderminster he took our ID cards "to register at the job" and we never saw them again. There were fourteen of us in a house with three bedrooms, some on the floor in the living room. No hot water most of the time.

Every morning at 5 a van took us to a recycling plant. We sorted rubbish with our hands, no gloves until they sold us gloves for £5. We finished at 7 or 8 at night, Sunday too. The money went into a bank account that he opened for us, but he kept the cards. He gave us £20 each on Saturday for tobacco. When I asked about my money he said I owe him for the bus, the house, the food and the gloves, and that the debt is still £1,000.

One man, Marek, tried to go to the police. Two of them caught him and beat him, and they told us all that next time they will kill someone. I escaped when the plant manager asked me privately if I was OK.""",
  "AV DE RD AC EO WW DB PV IT", "dt oa plc cedl et ppe lh ncw", "L", "H")
T("""Children's Social Care — Strategy Meeting Minutes (extract)

Child: J, 15, British. Present: CSC, police (CE team), school DSL, YOT, CAMHS.

Summary of concerns:
- J has been reported missing 7 times since September, on four occasions found in Ipswich, over 100 miles from home.
- On the last occasion he was arrested in a flat belonging to a vulnerable adult with 28 wraps of crack cocaine and £340 cash.
- J has a deep cut to his hand that he says happened "cutting food".
- Mother reports J received threats on Snapchat saying he owes £1,500 for drugs "lost" when he was arrested, and that "they know where your sister goes to school".
- School reports sudden decline in attendance and J being collected in a black Mercedes by adult males at the school gate.

Views of the child: J says he "is fine" and "can handle it".

Decisions: S47 enquiries; NRM referral by police; safety plan including change of phone, mentor via YOT, disruption notices against adults identified.""",
  "AV DB IT", "pa", "C", "H")
T("""Witness statement – Mrs G, retired teacher

I have lived on Orchard Road for 30 years. In the last year the large house at number 12 has had a lot of different people coming and going, and at first I was worried because I had seen the news about slavery. There are often six or seven cars, and people arrive late at night.

I have now spoken to the owner, Dr Osei, several times. He is a consultant at the hospital and he explained that the house is being used by his extended family from Ghana who came for his daughter's wedding, and then by nurses from the hospital renting rooms while they look for their own flats. I have met several of the nurses at the bus stop; they were friendly, told me about their shifts and one of them invited me to the church fundraiser.

I am making this statement only because the officer asked me to clarify my earlier phone call. I now don't believe anything wrong is happening at number 12. No one has appeared scared or injured, everyone comes and goes freely, and they all seem to have their own lives.""")
T("""Salvation Army — Adult Victim Care Contract: Initial Needs Assessment

Client: Ms P, 31, Filipino. Referred by: Embassy.

History: Came to the UK with her employers, a family from the Gulf, on an Overseas Domestic Worker visa. Contract stated 8 hours per day and a salary of £1,200 per month. In reality she worked 18 hours a day, seven days a week, cooking, cleaning, looking after four children and an elderly relative. She slept on a mattress in the children's room. Her employer said her salary was paid to her family in Manila; her family confirm they received £100 in 9 months.

Her passport was taken by the employer's wife "so it is not lost". She was not allowed to leave the flat except to accompany the children, and her phone was taken after she called a friend. She escaped when the family was at a wedding and a neighbour gave her the embassy number.

Needs: Safe accommodation, legal advice on visa, counselling, help contacting family.""",
  "DE EO AC WW RD RM IS", "lh sw ncw dt rm iso", "D", "H")
T("""Bank — Financial Intelligence Unit referral to police (summary)

Over a 6-month period we have identified 19 personal current accounts, all opened in our Leicester branches by Indian nationals aged 20–26 who hold student visas. In every case the applicant was accompanied by the same man, who held the applicants' passports and provided an address in Belgrave where 11 of the accounts are registered. Wages from two garment factories are paid into the accounts each week and withdrawn within a day at three ATMs, often using multiple cards in succession between 22:00 and 23:00. Several of the account holders have never logged into online banking; the registered mobile numbers for 14 accounts are the same two phone numbers.

One account holder attended branch alone and told a cashier that she works 6 days a week in a factory and that "Uncle" keeps her card and gives her £60 a week, "for the fees I owe him". She did not want police involvement.

Assessment: Indicators of labour exploitation and control of wages. Referred under a SAR and to police MSHT.""",
  "WW RD DB EO", "sfw dt mbc ncw lh", "L", "H")
T("""GP Practice — Significant event discussion (anonymised)

Background: A patient in his 30s attended three times over two months with headaches and insomnia. He works at a hand car wash on the high street. On the third visit, the receptionist overheard a man in the waiting room telling him to "say nothing". The GP then saw the patient alone with a telephone interpreter.

Outcome: The patient explained that the man in the waiting room is his older brother, who co-owns the car wash. The brother is worried the patient will lose his job if he takes time off with stress, and had told him not to mention "work problems". The patient described his pay (£11.50 an hour, by bank transfer), his hours (45 a week), his home (he lives with his wife and children), and confirmed he has his own documents. The insomnia related to a bereavement in the family.

Learning: Asking to see the patient alone and using a professional interpreter was correct. On this occasion there were no indicators of exploitation. Bereavement support offered.""")
T("""A&E – Paediatric Safeguarding Note

14-year-old female brought in by police at 04:30 after being found in a hotel room in Bradford with two adult men. She was intoxicated and had bruising to her wrists and inner thighs. She initially said the men were "friends of my boyfriend". The "boyfriend" is known to police as a 26-year-old male.

During examination she told the nurse that her boyfriend gives her cannabis and vodka and takes her to "parties" where she has to "do stuff" with his friends, and that if she stops he will send pictures of her to her school. She said he took her phone last week because she had been texting her mum.

She has been missing from home for 3 days. Mother is on her way.

Actions: Forensic medical examination with consent of the child and mother; CSC out-of-hours informed; police have arrested both men at the hotel; boyfriend not yet located. Child to remain on the ward tonight.""",
  "AV PV IT IS", "pa", "S", "H")
T("""Public online report (as typed):
hi so i dont usally do this but my boyfriend works at a farm near spalding and there is a group of guys there from romania who live in caravans on the farm. They told him there boss took there passports when they arrived and said he needs them for the wages. They have to pay him 60 a week for the caravan and 20 a week for the bus to the fields even tho its like 5 mins walk. they work from 5 in the morning til like 8 at night and they havent had a day off in weeks. one of them said they get there money in cash but its always less than it should be and if they complain the boss says go home then but he wont give the passports back. my boyfriend is scared to say anything incase he loses his job. the boss drives a black range rover. i dont know the name of the farm but its on the road out to holbeach. thanks""",
  "RD EO WW RM", "dt ct lh", "L", "H")
T("""Probation — Pre-Sentence Report (extract)

Defendant: Ms H, 22, Romanian. Offence: theft (shoplifting), 12 counts in four cities over three months.

Ms H told me that she was recruited in her town by a woman who offered her a cleaning job in London. On arrival she was housed with five other young women and told that she owed £2,000 for the journey. She says the woman's husband drove the group to shopping centres each morning, gave them lists of items to steal, and took all the goods in the evening. She says she was hit when she returned with too little, and that the husband has her identity card.

I note that Ms H's account is consistent with the pattern described in police intelligence about this group. The Section 45 defence has not been raised by her legal team. I recommend an adjournment for an NRM referral to be completed.""",
  "DE DB PV RD", "et dt", "C", "H")
T("""Midwifery safeguarding supervision note

Case 1: Woman, 28, Kurdish, attending with a cousin who interprets. Seen alone with Language Line at 28 weeks: she reports a supportive husband who works as a barber, her own phone, bank account and English classes. Plan: continue routine care.

Case 2: Woman, 34, British, disclosed domestic abuse by partner (verbal and financial). No work or third party involvement. DASH completed, IDVA referral.

Case 3: Woman, 19, Chinese, booked late at 30 weeks. Gives an address that is a shop. Accompanied by an older woman who says she is her "boss" and who holds her passport and phone. Patient says she works in a massage shop "all day every day" and sleeps there, and that she owes the boss money for her travel to the UK. Plan: safeguarding referral, police informed, next appointment arranged within the hospital without the boss.""",
  "RD IS EO AC DB", "dt sfw sw lh", "S", "H")
T("""Officer handover (late to nights)

1. Welfare check at the Happy Nails, Church St, following a public report of "girls kept there". Spoke to all 4 staff (Vietnamese, 24–41) individually with an interpreter by phone. All have rented rooms in separate addresses, hold their own documents, show payslips, and two are the owner's relatives. No indicators. NFA.

2. The same reporter also mentioned the flat above the shop; that flat is let to an unconnected couple. NFA.

3. Separate matter: The owner of the Happy Nails raised a concern about a man who comes into the shop offering "cheap workers from Vietnam, they will pay their own debts". She refused. Intel submitted on the man (description only).

4. Ongoing: drunk and disorderly at Market Square, dealt with.""")
T("""NGO casework record – male, 24, Sudanese
He was first identified in a cannabis grow in Hull during a warrant in 2024. He says that he was recruited in Calais by a man who said he would work in a restaurant and pay off the channel crossing (£5,000) within two months. In the UK he was driven at night to a house, told to look after the plants, and left with a bag of rice and a kettle. The windows were covered with black plastic and the back door was screwed shut. A man came once a week with food and told him that if he left, the police would arrest him and put him in prison for ever. He was there for five months and was never paid. He developed a skin rash from the chemicals and had headaches from the heat.

Current situation: living in NRM safe house, positive reasonable grounds decision, receiving counselling.""",
  "DE DB RM AC IT WW", "rm plc foa pa", "C", "H")
T("""School Safeguarding Log – Designated Safeguarding Lead

Entry 1: Year 10 pupil M reported that his brother (18) has been "working for some guys" and has a lot of money. No concerns about M himself. Information passed to police via the portal.

Entry 2: Year 8 pupil S was upset because her mum works two jobs and is rarely home. Spoke to mum, who is aware, and arranged free breakfast club. No safeguarding concern.

Entry 3: Year 9 pupil R (14) disclosed that a man she met on Instagram sends her money and asks her to meet "friends" at a flat in town. She went once and was given alcohol and was touched without her consent. She is scared because he says he will tell her parents about the pictures. Police and CSC informed immediately; R is safe at home with parents tonight.""",
  "AV PV IT", "", "S", "H")
T("""Hospital Discharge Planning – Renal Ward

Patient: Mr Q, 47, Pakistani origin, UK citizen, end-stage kidney failure, started haemodialysis this admission.

Social situation: Lives with wife and three children; works as a bus driver; supportive family. His brother in Pakistan has offered to be a living donor and is willing to travel. The family asked whether they could "pay" the brother for his time off work. Transplant coordinator explained that reimbursement of genuine expenses is permitted but any payment or reward for an organ is not, and that the brother would be assessed independently, including alone with an interpreter, to make sure he is not under pressure. The family understood and were happy to proceed through the NHS living donor pathway.

Plan: Outpatient dialysis three times weekly at the satellite unit; living donor workup referral sent; dietitian follow-up. No safeguarding concerns.""")
T("""Police Intelligence Report — 2/B/P
Nominal: CELIK, Mehmet (DOB 19/11/1979)
Information: CELIK owns two Turkish barber shops in Croydon. Source reports that three young Kurdish men (believed 16-19) work in the shops from 09:00 until 22:00 every day. They live in a room above one of the shops, sleeping on mattresses on the floor. Source states CELIK pays their wages to "an uncle" in Turkey who arranged their travel, and gives them £30 a week. One of the men told source that CELIK keeps their "papers" in a locked drawer and says he will call immigration if they look for another job. The men are not seen outside the shop except when CELIK drives them to the mosque on Fridays.
Assessment: Possible labour exploitation including a possible child victim. Recommend joint visit with immigration enforcement's safeguarding team and children's services.""",
  "AV EO AC WW RD IT RM", "lh sw ncw dt rm et foa", "L", "H")
T("""Council Licensing – Massage establishment inspection report

Premises: Serenity Spa, High Road. Inspected under the special treatment licence.

Three therapists on duty. All were spoken to alone. All are self-employed, have their own qualifications displayed, set their own appointments via an online system and are paid directly by clients by card; the owner receives a room fee. Each lives at her own address and travels by public transport. No one was living on the premises. Documents checked and held by the therapists themselves.

Breaches: Treatment room two lacked a hand-wash basin; records of client consultations incomplete. One advertisement on the website used wording that could be misunderstood as offering sexual services; the owner agreed to change it.

Conclusion: Minor licence breaches only; no evidence of sexual services or of any control of the therapists. Re-inspection in 3 months.""")
# ---- END DATA ----

def expand(codes, table):
    out = []
    for c in codes.split():
        out.append(table[c])
    return out

# An indicator and its own sign describe the same fact, so they always travel together.
PAIRS = {"retention_of_documents": "documents_taken", "restriction_of_movement": "restricted_movement",
         "excessive_overtime": "long_hours", "isolation": "isolated"}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "fresh70.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(DATA, 1):
            rec = {"id": "f70-%03d" % i, "text": text.strip(),
                   "indicators": expand(ind, IND), "signs": expand(sig, SIG),
                   "exploitation": expand(typ, TYP), "risk": RISK[risk]}
            for i_, s_ in PAIRS.items():
                if i_ in rec["indicators"] and s_ not in rec["signs"]:
                    rec["signs"].append(s_)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(DATA), "texts written to", path)

if __name__ == "__main__":
    main()
