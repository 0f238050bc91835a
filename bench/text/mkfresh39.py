#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh39, police operational emphasis).
Each entry: E(text, indicators, signs, types, risk) with short aliases expanded below.
Every text is written individually; no slot filling."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []
def E(text, ind="", sig="", typ="", risk="l"):
    DATA.append(dict(text=text.strip(),
                     indicators=[IND[x] for x in ind.split()],
                     signs=[SIG[x] for x in sig.split()],
                     exploitation=[TYP[x] for x in typ.split()],
                     risk=RISK[risk]))

# ---------------- part 1 ----------------
E("""INT LOG 2/B/P. POI Florin MUNTEANU (DOB 03/02/1987) running hand car wash at rear of former petrol stn, Hessle Rd. Source states approx 6 Romanian males work there 0700-2100 seven days. Workers live in caravan on site. MUNTEANU holds their ID cards "for the council". VRM WK15 XHT seen collecting workers.""",
  "RD EO AC", "dt lh sw plc", "L", "h")
E("""Welfare visit 14:20 to 22 Beech Grove following neighbour concern. Occupant Mrs Janet OKAFOR (74) and grandson present. Home clean and warm, food in fridge. Grandson is carer, paid via DWP carer's allowance into his own acct. No concerns identified. NFA.""",
  "", "", "", "l")
E("""Caller (anon) states lads at the nail bar on Market St never go home, sees them through the back window sleeping on the floor after closing. Girl looked about 15. Caller thinks they are Vietnamese.""",
  "AV", "sw", "L", "h")
E("""Stop check 23:41 A1(M) J34 northbound. VRM LN68 KVA, Ford Transit, 9 occupants. Driver Gheorghe PAVEL (PNC trace negative). Passengers all Bulgarian, all produced own ID cards, states travelling to potato packhouse in Spalding via licensed agency (GLAA licence checked - valid). Payslips shown by two passengers. No concerns, words of advice re seatbelts. NFA.""",
  "", "", "", "l")
E("""Debrief summary (via Tigrinya interpreter). IP is Eritrean male, 19. He states that he was told in Libya that a man in Birmingham would give him work in a restaurant and papers. On arrival he was taken to a house with 11 other men. He says the money for the boat, $7,000, was now £9,000 and he would work in the kitchen until it was paid. He was given £15 each Sunday. He slept in the storeroom above the restaurant. He says the boss, known as "Abu Samir", told him police in England send Africans back to Libya.""",
  "DE DB WW AC AV", "sw oa foa", "L", "h")
E("""PNC check on subject. Stolen vehicle marker. Driver arrested on suspicion of TWOC. Passenger provided details, released NFA.""",
  "", "", "", "l")
E("""OIC handover note - Op ASHBURN. 06:05 warrant executed 41 Clough Lane under s.23 MDA. Cannabis grow across 4 rooms, approx 380 plants. One male found in loft, Vietnamese, states age 16, no English. Door to loft padlocked from the landing side, key not in property. Mattress, rice cooker, bucket for toilet. Male taken to hospital for check. Treat as potential victim, NRM via LA - do NOT charge pending s.45 consideration.""",
  "AV RM AC IS", "rm plc sw", "C", "i")
E("""Public report: theres a man at tesco every day begging same spot 8 till 8 and a van drops him and picks him up, the van guy takes the cup off him at the end. he has one leg. somebody should look at this""",
  "WW AV", "cedl ncw et pa", "C", "m")
E("""Custody record note: DP Kamil NOWAK, arrested drink drive. Requested Polish interpreter. Employed at warehouse via agency, contract shown. Released on bail.""",
  "", "", "", "l")
E("""Intel 2/C/P: Albanian male known as "Lulzim" controls 3 flats above shops on Derby Rd. Females brought in on Fridays, adverts on AdultWork. Girls not allowed out, food brought in. One female told punter she owed him for the flight.""",
  "RM DB", "rm", "S", "h")
E("""Salvation Army caseworker note. Client (Filipina, 41) worked for a Gulf family who came to London for summer. She says Madam kept her passport "so it does not get lost" and she slept on the floor of the children's room. Worked from 6am until the family went to bed, no day off in 2 years. Salary of $400 per month was sent to her husband in Manila by the employer, but husband says only received it three times.""",
  "RD EO WW AC", "dt lh ncw", "D", "h")
E("""School DSL referral: Year 9 pupil (14) seen getting into cars with older males after school. New phone, new trainers, money. Missing from home overnight twice this month, returned with bruising to wrist. Refuses to say who he was with. Concern CCE/county lines.""",
  "AV PV", "pa", "C", "h")
E("""Neighbour dispute. Caller states tenants at no 7 parking across her drive again. Officers attended, words of advice to both parties.""",
  "", "", "", "l")
E("""GLAA inspection, Fenland Fresh Ltd (packhouse). Labour provider holds licence. Workers interviewed in private (Lithuanian, Latvian). All hold own documents, paid hourly at NLW via BACS into own accounts, transport optional and free. Overtime voluntary. Minor record-keeping breach re holiday pay notified. No forced labour indicators.""",
  "", "", "", "l")
E("""999 call 02:13. Female screaming, says she is locked in a room on Gladstone St, "the man has my passport, he hit me, please". Call dropped. Cell site request made. Units dispatched.""",
  "RM RD PV", "rm dt", "", "i")
E("""Victim account (own words, translated from Romanian): In Bucharest a woman from my village said there is cleaning job in hotel, £1200 a month. When I arrive in England they take me to a flat and say hotel job is finish. They say I must do massage, then more than massage. I have no choice, they say my little brother will be hurt in Romania if I run. They take all the money from the clients, I see nothing.""",
  "DE IT WW", "ncw", "S", "h")
E("""A&E note: Male 30s attended with crush injury to hand from machinery at recycling plant. Accompanied by manager who answered all questions and refused to leave the cubicle. Pt appeared thin, clothes very worn. Manager insisted he be discharged same night as "needed at work". Pt did not know address of where he lives.""",
  "IS", "sfw pa iso", "L", "m")
E("""Bank financial crime alert: 14 debit cards in different names used at the same ATM, Leicester Rd, between 23:50 and 00:20, each withdrawing maximum. Account holders all recently opened accounts listing same address in Wellingborough. Salaries from a food factory paid in and withdrawn within hours.""",
  "WW", "mbc ncw", "L", "m")
E("""Press summary: Two men were jailed at Leeds Crown Court for offences under s.1 MSA after they kept four homeless British men working on driveways and patios for up to 14 hours a day. The victims were housed in a stable with no heating and paid in cans of lager and tobacco. One was struck with a spade when he asked for wages.""",
  "AV EO AC WW PV", "lh plc", "L", "h")
E("""Student reported passport lost on train from Manchester Piccadilly. Crime ref issued for embassy replacement. Advised to contact university international office.""",
  "", "", "", "l")
E("""INT 1/B/P. Cuckooing at Flat 3 Moorside Court, occupant Darren HIRST (vulnerable, heroin user). Two Lndn nominals using flat as base since 10/03, HIRST paid in gear. HIRST told neighbour he's not allowed to leave when they are there and they took his phone.""",
  "AV RM IS", "rm iso", "C", "h")
E("""Welfare check requested by Romanian consulate re citizen, Mihai, 22, not heard from by family for 3 weeks. Located at shared house, states phone broken, working at car wash, happy, keeps own wages, will call mum. Has own ID. No concerns. NFA.""",
  "", "", "", "l")
E("""Safeguarding referral from midwife. Booking appt, 24/40 pregnant woman, Nigerian, speaks some English. Partner's "auntie" attended and answered for her throughout. Woman later said in toilet that she is not allowed to leave the house alone and cleans and cooks for the auntie's family of 7 all day without pay. Auntie has her passport.""",
  "RM WW RD", "sfw rm dt", "D", "h")
E("""Operation log - Op KESTREL
06:00 briefing at Hinckley Rd
06:31 entry gained 112 Fosse Way (brothel)
06:33 three females located upstairs, two Thai, one Chinese
06:40 female 1 states she came as student, works to repay £30k to "mama-san", half of each client fee goes to debt
06:52 female 2 declines to speak, visibly frightened, asks if she will be deported
07:10 female 3 has bruising to upper arms, says a client
07:25 cash £4,300 seized, 12 phones
08:00 all three to reception centre, NRM discussed""",
  "DB PV", "foa pa", "S", "h")
E("""Public report online: i work at the chinese takeaway on corner of hill st, owner is fine pays us ok but the other guy he brings in sleeps in the cellar and never gets paid i think. he never goes out""",
  "WW RM", "sw rm", "L", "m")
E("""Probation note. Service user disclosed that while in prison a man offered him a job on release laying tarmac with "free digs". Declined. Advised to report. No exploitation occurred.""",
  "", "", "", "l")
E("""Border Force note LHR T4: Female, 17, Albanian passport, travelling with male (32) described as "boyfriend" who carried both passports and boarding passes. Female stated she was to work in a bar in London owned by his cousin. Unable to name bar or address. Referred to LA and police child safeguarding.""",
  "AV RD", "dt sfw", "", "h")
E("""Domestic incident. Female reports partner pushed her during argument over money. DASH completed medium. Partner arrested for common assault. No other concerns.""",
  "", "", "", "l")
E("""GP letter: Patient (Slovak, 28) attended with long-standing back pain. Works in meat plant, full time via agency. Reports he is tired from shifts but says he is paid properly and chooses overtime. Advised physio. No safeguarding concerns.""",
  "", "", "", "l")
E("""Intel 2/B/C (not to be disclosed to employer). Workers at Greenacres farm (Polish, Romanian) charged £60/wk for a bed in static caravans, 8 to a van. Charged £10/day for minibus to fields. Gangmaster "Adi" keeps bank cards of newer workers.""",
  "AC WW", "oa ct ncw", "L", "m")
E("""Kidney patient, transplant at Freeman Hospital from living donor (his brother). Police attended only re parking dispute in hospital car park. NFA.""",
  "", "", "", "l")
E("""Handover note (late turn -> nights): Still outstanding - Romanian female IP from Op TULIP, now at safe house. She disclosed tonight that her trafficker, Costel, has sent a voice note saying he knows where her daughter goes to school in Craiova. IP very distressed. Please liaise with NCA ILO first thing.""",
  "IT", "", "S", "h")
E("""Caller reports her son (16) has not been home for 5 days, thinks he is "going country" to Norfolk, has had messages saying he owes £800 for drugs taken by police and must work it off.""",
  "AV DB", "", "C", "i")
E("""Licensing visit, Sparkle Hand Car Wash. Operator produced payroll, workers on NLW, contracts, own accommodation. Premises licensed. Busy site with 10 staff, all spoken to privately. No concerns.""",
  "", "", "", "l")
E("""Victim debrief (English): I came from Sudan through France. In Calais a man said in UK he has a farm job, no need for papers. They drive us in the back of lorry. At the farm they keep us in a barn, 20 men, we pick from 5 in the morning to dark. The boss "Big Tony" says we owe him for the lorry, £3000 each, and for food. After three months I owe more not less.""",
  "DE DB EO AC", "oa lh", "L", "h")
E("""Theft from shop, male detained by security, Boots. Provided details, no fixed abode. Issued community resolution.""",
  "", "", "", "l")
E("""POI Bao NGUYEN, female, 24. Nail bar worker, Crewe. Debrief: she paid £18,000 to an agent in Hanoi for a job in London; the agent's contact in UK said she must pay the rest by working. She was not paid, only given food. Boss said if she goes to police she will be arrested and sent home because she has no visa.""",
  "DE DB WW IT AV", "uf foa", "L", "h")
E("""NFA'd: report of men being "held" at a house on Sandy Lane. Attended, 5 Polish males, all work at construction site, all have keys and own passports, rent paid to landlord privately. Came and went freely while officers present. Malicious report suspected re neighbour dispute.""",
  "", "", "", "l")
E("""Social worker note: Adult with learning disability (Gary, 38) has been living with family friend who has his bank card and PIN. Gary does all the housework, garden and looks after friend's children. Gary's PIP is spent by friend. He says he sleeps on the sofa and is not allowed a key.""",
  "AV RM", "ncw rm", "D", "m")
E("""INT 3/C/P - low confidence. Rumour that a Pakistani restaurant in Bradford recruits cooks from Lahore and charges them for visas. Nothing further known.""",
  "", "uf", "", "l")
E("""Text message forwarded to police by mother: "if u tell anyone about the trap house or ur mum we will come for ur sister". Sender linked to Op BRAMBLE county line. Son 15.""",
  "AV IT", "", "C", "h")
E("""Incident 0442: fishing vessel inspection, Peterhead harbour. 6 Filipino deckhands on transit visas. Crew state they work 20 hr days at sea, sleep on board in one cabin, have not been paid for 4 months - skipper says wages go to the manning agency in Manila. Passports kept by skipper "for port control".""",
  "EO AC WW RD", "lh sw oa ncw dt", "L", "h")
E("""Hotel night manager reported concern: girl who looked about 14 checked in at 1am with a man in his 40s who paid cash and had her bag. Officers attended, male arrested, child safeguarded. CSE strategy meeting arranged.""",
  "AV", "sfw", "S", "i")
E("""Call from Kalayaan: client escaped domestic worker role at diplomatic household in Kensington. Was given sleeping space in laundry room, allowed out only on Sunday for 2 hours with employer's driver. Employer used to slap her. Passport in employer's safe. Had not been paid since arrival 8 months ago.""",
  "AC RM PV RD WW", "rm et dt", "D", "h")
E("""Intelligence: POI Tomasz KOWALCZYK (PNC: previous for fraud) opening bank accounts in the names of newly arrived Polish workers, keeps cards. Workers told money would be paid to them weekly, get £50. Employed at sandwich factory via "his" agency.""",
  "WW DE", "ncw mbc", "L", "m")
E("""Case closed. Allegation by former employee that car wash owner withheld final week's pay. Owner paid in full after ACAS contact. Employee confirms received. Civil matter. No MSA offences.""",
  "", "", "", "l")
E("""A member of the public says ther is a girl who cleans for the family at no 19 all day every day, never goes to school, she looks maybe 12 and very thin, only goes out to take the bins, the family say shes a cousin from Nigeria""",
  "AV RM", "pa rm", "D", "h")
E("""Witness statement (extract): I run the café opposite. Every morning about half five a white minibus drops off about eight men at the car wash and the same minibus comes back about ten at night. They look exhausted. The one in the black jacket does all the talking to customers and takes all the cash.""",
  "", "cedl et sfw ncw", "L", "m")
E("""Custody: DP Ardit HOXHA, 19, Albanian, arrested at cannabis grow. In interview (solicitor present) states he was brought to UK in lorry, owes £15,000 to the people who brought him, told to water plants until debt clear, was locked in, food dropped every 3 days. Custody Sgt: NRM referral made, s.45 defence to be considered by CPS.""",
  "DB RM", "rm", "C", "m")
E("""Burglary dwelling, rear window forced, laptop taken. House-to-house negative. CCTV requested.""",
  "", "", "", "l")
E("""Caseworker note (Medaille Trust): Client, Slovak Roma male, 52, illiterate. Recruited at a bus stop in Košice by a man promising factory work in Sheffield. In UK was made to sign for Universal Credit and the man took the payments and the card. Lived in a house with 14 others, two to a mattress.""",
  "AV DE AC", "ncw oa", "C", "h")
E("""INT 2/A/P. Source present at address. POI "Mama Joy" (Nigerian female, 50s) at 8 Ladywood Rd controls 4 Nigerian females working in sex trade. Girls underwent juju oath in Benin City before travel, believe they will die if they disobey or speak to police. Each owes €35,000.""",
  "IT DB", "foa", "S", "h")
E("""Op SENTINEL - routine welfare visits to HMOs. Visit 4 of 9: 17 Albert Terrace. 6 residents, all Romanian, each has own room, tenancy agreements, work at various warehouses via different agencies. All spoke freely. Landlord is licensed. No concerns.""",
  "", "", "", "l")
E("""Public online report (Crimestoppers): MEN WORKING ON THE ROOF AT WINDMILL FARM ESTATE NO HELMETS NO HARNESS NOTHING AND THEY LIVE IN A CONTAINER ON SITE WITH NO TOILET, GAFFER SHOUTS AT THEM ALL DAY, ONE OF THEM TOLD MY HUSBAND HE HASNT BEEN PAID SINCE CHRISTMAS""",
  "AC WW", "sw plc", "L", "m")
E("""Victim states (through interpreter) that she came to the UK to marry a man she met on the internet. After the wedding his mother took her passport and she was not allowed to leave the house. She had to cook and clean for 9 people. Her husband hit her when the food was late. She was not allowed a phone.""",
  "RD RM PV IS", "dt rm iso", "D", "h")
E("""Traffic stop, VRM BD19 OPK, no insurance. Vehicle seized. Driver and two passengers, all UK nationals, walked home. NFA.""",
  "", "", "", "l")
E("""Intel 2/B/P. Vietnamese female approx 16-17 seen working in nail salon "Luxe Nails", Station Rd, during school hours, arrives with older male each morning 08:30, collected at 21:00. Appears not to speak English, manager answers for her.""",
  "AV", "cedl et sfw", "L", "h")
E("""NRM referral summary (first responder: local authority). Adult male, British, 44, alcohol dependent. Met man at homeless hostel who offered work and a room. Made to lay block paving 7 days a week, given alcohol and £10 a day. Told if he left the police would arrest him for stealing from the firm.""",
  "AV EO WW IT", "lh", "L", "h")
E("""A&E: Female, 23, attended with fractured wrist, says she fell. Accompanied by male who holds her phone and speaks for her. Triage nurse noted tattoo of male's name on neck ("property of"). Pt flinched when male raised voice. Alone with the nurse she said he pushed her down the stairs and that he "sells" her to his friends. Safeguarding team informed.""",
  "PV", "pa sfw", "S", "h")
E("""Safeguarding strategy minutes: Child A (15, looked after child) missing 9 times in 6 weeks. Found in Bournemouth in trap house with 2 adult males and 400 wraps. Child A has stab wound to thigh, says he "owes" for a lost package. Placed in secure accommodation.""",
  "AV PV DB", "pa", "C", "i")
E("""Employer called 101 to report that a worker had left with company van. Worker later contacted police to say he had been underpaid one month and took van as "security". Employer states pay dispute, has paid shortfall. Van returned. Both parties advised. No exploitation identified.""",
  "", "", "", "l")
E("""Debrief - Vietnamese male, 20 (via interpreter). He says he paid money in Vietnam to go to England to work in a nail shop. He was driven from place to place in the back of a car, he never knew which town he was in. In the cannabis house he was told never to open the curtains or go outside, and that the Chinese gang would kill him if the plants died.""",
  "IS RM IT", "uf iso rm", "C", "h")
E("""Report from Unseen helpline: caller's sister works at care home in Kent as a carer on a sponsored visa. Sponsor charged her £8,000 certificate fee, deducts "accommodation" from pay leaving about £200/month, and says if she resigns she will be reported to the Home Office and deported. She works 70+ hours.""",
  "WW IT EO AV", "uf lh", "L", "h")
E("""Intelligence 2/C/P: the Polish man known as "Rysiek" who runs the Tesco car park hand car wash was seen punching a worker at the rear of the premises. Workers said to sleep in the cabin.""",
  "PV", "sw", "L", "h")
E("""Au pair (Spanish, 20) contacted police to ask whether her host family can make her work weekends. She has own room, passport, is paid £100 a week pocket money as agreed, goes to college three mornings. Advised to contact agency about hours. No offences disclosed.""",
  "", "", "", "l")
E("""OIC note Op FERN: IP1 (Romanian male) and IP2 (Romanian male) states that employer Vasile took £250 from each for "transport to UK and finding job", then said every week £100 rent and £30 for van to work were taken from wages. IP3 (Romanian female, partner of Vasile) no concerns, is co-director. Warrant for Vasile's home address tomorrow.""",
  "WW", "uf ct", "L", "m")
E("""Anonymous: my neighbour has an old man living in her garden shed he does all her gardening and cleaning and she doesnt let him in the house, he looks terrible""",
  "AC", "plc pa", "D", "m")
E("""PCSO note: visited Hand Car Wash Meadow Rd, spoke with 4 workers. All said they are paid daily in cash, live in their own flats, speak some English. Could not identify any concerns. Manager cooperative.""",
  "", "", "", "l")
E("""Interview summary: Witness (Indian national, 30) states he came on a student visa. The restaurant owner in Southall offered him a job. He worked 14-hour shifts 6 days for £3 an hour. He could leave at any time and lived with his cousin. He has complained to the Pay and Work Rights Helpline.""",
  "EO", "lh", "L", "m")
E("""INT 2/B/P. POI Ionut CALIN, DOB 11/07/1990, VRM KN21 FOX. Drops 5-6 Roma children at various shopping centres in Milton Keynes to beg; collects money every hour. Children appear under 10. One seen hit across head by CALIN in car park.""",
  "AV PV WW", "ncw", "C", "h")
E("""Shoplifting report: female, 31, British, stole meat from Co-op to feed her children. Says she's struggling with cost of living. Referred to foodbank. No exploitation.""",
  "", "", "", "l")
E("""Victim account: They told me in Lagos I would be a nanny for a doctor's family in Manchester, with a salary and school for me in the evening. When I came there was no school. I woke at 5 to clean, did the children, cooked, ironed until midnight. They said my salary was going to my mother. My mother got nothing. When I asked, the madam said I am a witch and locked me in the bathroom all night.""",
  "DE EO WW RM", "lh ncw rm", "D", "h")
E("""INT: vehicle VRM YT16 HBN observed at lay-by near Boston 04:50 loading 14 workers into a 9-seater. Driver collecting £5 per head. Workers proceeding to veg packing.""",
  "", "ct oa", "", "l")
E("""Organ trafficking: Intelligence from NCA that a Moldovan male (28) was brought to UK on promise of construction work, then taken to clinic in Turkey where a kidney was removed. He was paid €2,000 of promised €10,000. Now in UK in poor health, scared to speak.""",
  "DE WW", "pa foa", "O", "h")
E("""Safeguarding referral (GP): Woman with chronic kidney disease discussing private transplant abroad with family. GP advised on legal routes and NHS waiting list. No indication of coercion or organ sale. For info only.""",
  "", "", "", "l")
E("""Briefing note Op ORCHID: Target TOMA (brothel keeper) believed to keep 6 Romanian women at 3 flats. Girls moved weekly between Leicester, Nottingham, Derby. They hand all cash to TOMA's wife. TOMA has told them their families' houses would be burned if they leave. Two women pregnant.""",
  "IT WW", "ncw", "S", "h")
E("""Police received a report that a man was sleeping in the back of a butcher's shop. Attended: owner's nephew, locked out of his flat after row with girlfriend, sleeping in the office for two nights by choice. Paid wage, has key. NFA.""",
  "", "", "", "l")
E("""Handover: IP (Chinese female, 38) picked up from Manchester Airport by a "friend of a friend", told job in restaurant. Instead placed in private flat in Salford offering massage, advertised on Vivastreet. Clients paid £120/hr, she was given £20 a day for food. She has not been outside for five weeks, the door is deadlocked when the receptionist leaves.""",
  "DE WW RM", "rm", "S", "h")
E("""Stop search 19:40 Princes St, 2 youths, 14 and 15, found with 22 deals of crack and £340, phone receiving "bando" messages. Both from Croydon, both say they "had to do it" for "the olders". Both arrested and NRM referral for CCE.""",
  "AV", "", "C", "h")
E("""Farm owner reported theft of diesel from tank overnight. Workers on site (seasonal, SAWS scheme) interviewed as witnesses. Nothing further.""",
  "", "", "", "l")
E("""Report from a member of the public via website: "i think my freind is being used she works at a pop up brothel in airbnb flats her pimp takes her money and gives her drugs she dont look well and she has bruises all over her\"""",
  "WW PV AV", "ncw pa", "S", "h")
E("""Debrief summary. IP, Polish male 61. Found living in a garden shed at the rear of 14 Orchard Close. Worked for the occupier's family block paving business for 6 years. Paid occasional "pocket money". IP's bank card and ID held by family "to look after". IP said family told him no one else would employ a drunk.""",
  "WW RD AV AC", "ncw dt plc", "L", "h")
E("""Intel 2/B/P. Line "DANNY" operating Blackpool. Phone 07700 900123. Runners are local 14-16 yr olds paid in trainers and weed. Lead runner POI Kieran WALSH (17).""",
  "AV", "", "C", "h")
E("""Community officer note: family of 10 (grandparents, parents, 6 children) living in 3-bed house, Pakistani heritage, extended family arrangement, children in school, adults employed. Overcrowding referral to housing made at family's request. No exploitation concerns.""",
  "", "", "", "l")
E("""INT 2/C/C (do not disclose to council). Nail bar "Tip Top" Lichfield. Staff sleep upstairs above salon on mattresses, work 9-9 seven days. Owner's van collects takings.""",
  "EO AC", "sw lh", "L", "m")
E("""Call summary 101: male caller, Lithuanian, says he was promised job at warehouse by a man on Facebook, paid £300 "registration fee", now no job and no contact. Fraud report taken, referred to Action Fraud.""",
  "", "uf", "", "l")
E("""Warrant execution log - Op MAPLE
05:58 entry 23 Tennyson Ave
06:02 6 males asleep in front room, 3 bedrooms each 4-5 mattresses
06:15 occupants Romanian, state they work at car washes run by POI BALAN
06:30 search of master bedroom (BALAN) - 19 Romanian ID cards in shoebox, 11 bank cards
06:45 IP4 states BALAN collects wages at the car wash, gives each £30 on Sunday
07:20 BALAN arrested s.1/s.2 MSA""",
  "RD WW AC", "oa dt mbc ncw", "L", "h")
E("""Text to 999 (deaf caller facility): my sister is in van outside Aldi Bexhill, man wont let her out, he took her phone, hes saying he will kill her tonight. VRM GF19 ABC. Officers dispatched.""",
  "RM IS IT", "rm iso", "", "i")
E("""Probation officer note: Offender on licence (27, British) disclosed he had previously been forced by local dealer to hold drugs in his flat to repay debt. Dealer now in prison. Risk managed. Historical, NRM considered.""",
  "DB", "", "C", "m")
E("""Housing officer: council tenant reports man who "helps" her with shopping has taken over her flat; several young men in and out day and night; she's scared and sleeps in bedroom while they deal from the living room. She has MS.""",
  "AV", "", "C", "m")
E("""Ring doorbell footage reported by resident: men arriving at 5am being loaded into a Transit by a man who shouts at them. Resident later established they are a legitimate demolition crew starting early. Firm confirmed. NFA.""",
  "", "", "", "l")
E("""Victim statement (extract): The man who brought me to the bakery said I would be paid £400 each week. After one month he said the bakery was paying him and he would keep my money until I had enough for a flat. I never saw any money. When I asked he said I should be grateful I was not in Albania.""",
  "DE WW", "ncw", "L", "m")
E("""Salvation Army intake: Vietnamese female, 15, found by police walking along the M6 hard shoulder. Says she was kept in a house and made to have sex with men. She does not know the town. She has cigarette burns on her arms.""",
  "AV PV IS", "pa iso", "S", "i")
E("""Officers attended report of a fight at a factory canteen. Two workers, both Polish, argument over a parking space. Words of advice. Employer satisfied.""",
  "", "", "", "l")
E("""INT 1/A/P. Subject Rahim UDDIN (DOB 02/09/1979) keeps his domestic worker's Bangladeshi passport in his car's glovebox. Worker (male, 40s) sleeps in kitchen. Has been told he will be reported to immigration if he complains.""",
  "RD AC IT", "dt sw", "D", "h")
E("""Child sexual exploitation referral: Girl, 13, known to be in contact via Snapchat with male (22) who buys her vapes and alcohol and has taken her to parties where she was given to other men.""",
  "AV PV", "", "S", "h")
E("""Council licensing: HMO inspection at 4 Station Approach, 9 tenants in 5-bed HMO without licence. Tenants employed by various firms, rent paid to managing agent. Landlord fined. No exploitation concerns.""",
  "", "oa", "", "l")
E("""Intel log 2/B/P: female "Sweetie" advertised on Vivastreet, phone 07911 123456, ad claims 19 y/o but photos suggest younger. Same number linked to 4 other adverts in 3 cities in one week. Booking handled by male voice.""",
  "", "sfw", "S", "h")
E("""Stop check Asda car park 22:10. Male (Albanian, 21) in car with £2k cash and 3 phones. States he works in a car wash and it is his wages. Enquiries ongoing, no disclosure of exploitation. RUI.""",
  "", "", "", "l")
E("""Debrief note, female IP (Hungarian, 34): "I answered advert for cleaning job in Bristol, they collected me from Victoria Coach Station. In the house they took my ID card and phone and said I must work as escort to pay for the travel and room, £2,000. Every week the debt grew because of 'fines'. The driver stayed outside every booking.""",
  "DE RD IS DB", "dt iso et", "S", "h")

# ---------------- part 2 ----------------
E("""POI Sorin DUMITRU. PNC: no trace. Employs 12 men on demolition jobs across Kent. Workers charged £15 for hi-vis and £40 for boots from first wages. Live in 2-bed flat provided by DUMITRU, 12 men, mattresses in kitchen. Paid cash, amount unknown.""",
  "AC", "ppe oa", "L", "m")
E("""Officer debrief, Op HARBOUR, 03/05. Welfare visit to crew of scallop dredger at Newlyn. 5 Ghanaian crew spoken to separately via phone interpreter. Each holds own passport and seafarer's ID, contracts in English and Twi, paid monthly into own accounts (statements seen). Rest hours logged. No MS indicators. Skipper cooperative. NFA.""",
  "", "", "", "l")
E("""Txt from public: nail shop girls on high st live in the back and the owner drives them home to nowhere they never have bags or anything, just the same clothes everyday""",
  "", "sw fpe et", "L", "m")
E("""IP statement (via Albanian interpreter): "He was my boyfriend in Tirana. He said we would go to London and he would find me work in a café. In London he said we have debts and I must sleep with men. When I said no he beat me with a belt. He said he would send the video to my father." IP has scars to her back noted by FME.""",
  "DE PV IT DB", "pa", "S", "h")
E("""Intel 3/C/P. Unconfirmed that organs for sale being advertised on a Telegram channel used by Pakistani community in Birmingham, kidney for £15,000. No victims identified. For information.""",
  "", "", "", "l")
E("""Handover - late turn. IP Rosa (Brazilian, 29) at refuge. Recruited as live-in housekeeper for a family in Surrey via Instagram. States she was not allowed to go out without the wife, phone taken "for work", worked 6am-11pm, paid £200 a month cash instead of agreed £1,600. Employer's husband touched her sexually at night. Interview booked 10:00 Weds.""",
  "RM IS EO WW PV DE", "rm iso lh et", "D", "h")
E("""Custody record: DP Liam BROOKS, 17, arrested with 30 wraps in his boxer shorts at Weymouth station. Appropriate adult present. States he is from Lewisham, was told he owed "Mo" £1,200 after he was robbed, had to stay in Weymouth until he paid it back, slept at a drug user's flat. NRM referral (child, no consent needed). Released under investigation to LA care.""",
  "AV DB", "", "C", "h")
E("""Attended report of a collapsed male at a car wash, Bolton. Male (Kurdish, 35) had fainted from heat. Workers all have own accommodation and are paid per shift. Manager called ambulance immediately. Heat exhaustion. No concerns.""",
  "", "", "", "l")
E("""INT 2/B/P. Woman known as "Auntie Grace" recruits young women in Lagos for "hair salon jobs" in London. On arrival girls moved to flats in Peckham and made to work as prostitutes. Passports taken at Heathrow by the man who meets them.""",
  "DE RD", "dt", "S", "h")
E("""School nurse referral: Pupil (11), Indian heritage, arrives daily very tired, says she does all the cooking and cleaning for her uncle's family of eight and gets up at 4:30. Not allowed to play with friends. Lives with uncle since parents died.""",
  "AV EO RM", "lh rm", "D", "h")
E("""Fraud squad note: 22 Universal Credit claims linked to one address in Derby, all claimants Czech Roma who arrived in last 6 months. Payments routed to accounts accessed by one device. Claimants interviewed: some say they "gave their cards to Pavel for safekeeping" and he gives them £20 a week.""",
  "", "ncw mbc", "C", "m")
E("""Stop check M25 services. HGV driver (Romanian) found with 4 males in trailer. Males Eritrean, say they paid smugglers in France. No exploitation disclosed, handed to Immigration Enforcement. Driver arrested facilitation.""",
  "", "", "", "l")
E("""Public report: THERE IS A WOMEN AT NUMBER 42 WHO I THINK IS A SLAVE SHE CLEANS EVERY HOUSE IN THE FAMILY AND IS NEVER ALLOWED OUT EXCEPT TO WALK THEIR DOG. SHE TOLD ME THEY HAVE HER PASSPORT AND SHE HASNT SEEN HER KIDS IN INDIA FOR 5 YEARS""",
  "RM RD", "rm dt", "D", "m")
E("""Victim says she was kept in the flat for weeks, the door was locked from outside and the windows screwed shut. The men who came paid the man downstairs. She says she was raped by the man when she refused a client.""",
  "RM PV", "rm", "S", "h")
E("""Welfare visit to Roma family 08:30, following school referral re attendance. Father works in scrap metal (own business), mother at home, 4 children. Children late due to car breakdown. Family engaged. No exploitation concerns. Early Help offered.""",
  "", "", "", "l")
E("""Warrant executed 45 Holly Rd, Op BIRCH. Cannabis farm, 200+ plants, electricity bypass. Two Vietnamese males found, one in attic. Both say they came by lorry and owe £20,000, were told they would be hurt if plants failed. Rooms smell of chemicals, no ventilation. Both taken to hospital, one with burns to hands from lighting.""",
  "DB IT AC", "pa plc", "C", "h")
E("""Intel 2/B/P - "Danny's Line" now using cuckooed address 18b Spring St. Occupant Janice (58, alcoholic) has been beaten by runners and told she will be "sorted" if she calls police. Runners include 2 x 15 y/o from Lambeth.""",
  "AV PV IT", "", "C", "i")
E("""A man came into the station to report his wallet stolen. During the conversation he said his boss keeps passports of all the workers at the warehouse. Officer checked: he meant his boss had photocopied them for right-to-work checks and returned them. NFA.""",
  "", "", "", "l")
E("""NGO note (New Pathways): Welsh male, 45, mild learning disability, found living in a caravan at a traveller site where he had worked for 12 years on driveways. Says he is paid in food and cigarettes. Was hit with a shovel "when I was slow". Has no bank account or ID.""",
  "AV WW PV AC", "plc pa", "L", "h")
E("""Caller says an elderly neighbour's carer is "taking his pension". Officers attended, adult social care involved. Carer is son, has LPA. Investigation for financial abuse. No labour exploitation.""",
  "", "ncw", "", "l")
E("""Debrief - Chinese male, 40s, worked at takeaway in Gloucester. He says he was told the job was for 3 months with a salary of £1,500 and he would get a visa. He worked 13 hours a day 7 days, ate leftovers, slept on the floor above the takeaway with three others. The boss said his pay would be given at the end but he was never paid.""",
  "DE EO AC WW", "lh sw oa", "L", "h")
E("""Operation log - Op GOLDCREST (GLAA-led)
10:00 joint visit to Bayside Foods, Peterhead, fish processing
10:20 42 workers on shift, agency staff supplied by licensed provider
10:45 interviews 8 workers, all have own docs and bank accounts
11:10 one worker (Sri Lankan) says he paid £3,000 to a recruiter in Colombo; recruiter not connected to the agency, agency unaware
11:40 GLAA to follow up recruiter. No further concerns at premises""",
  "", "uf", "", "l")
E("""Border Force Manchester T2: Nigerian female, 19, travelling alone, said she was going to "work for a family" but couldn't name them. A man came to collect her, had copies of her passport and her visa letter. Safeguarding referral, NRM discussed, she declined.""",
  "", "", "", "l")
E("""Phone intercept summary (authorised): POI tells associate "the new one is crying again, take her phone, don't let her call home, she works tonight and every night until the money is paid".""",
  "IS DB EO", "iso lh", "S", "h")
E("""Neighbour reports drug dealing from flat. Attended, occupant adult male, British, dealing on own account. Arrested PWITS. No vulnerable persons. No exploitation identified.""",
  "", "", "", "l")
E("""Salvation Army referral: Eritrean female, 26. She says she was sold in Libya by the smugglers to a man who used her for sex and made her cook. In the UK she is safe now, living with her aunt, and has applied for asylum. Exploitation occurred overseas.""",
  "PV", "", "S D", "h")
E("""INT: POI Marek LIS runs gang of 30 Polish workers in recycling plant in Walsall. He takes workers' first month of wages as "recruitment fee", keeps bank cards in a box in his car. Workers housed at 3 addresses, 10 per house. LIS tells them Polish police are looking for them.""",
  "WW AC IT", "uf ncw mbc oa", "L", "h")
E("""Probation note: Service user (Ukrainian, 33) on licence, works at a garage run by his cousin, paid fairly, lives with partner. No concerns.""",
  "", "", "", "l")
E("""A&E note: Male, 23, Bangladeshi, presented with severe abdominal pain. Scar in left flank consistent with nephrectomy 8 months ago. Pt states he "sold it in India to pay debt for the visa agent", was paid less than half of what was promised. Anxious, asks not to involve police.""",
  "DE WW AV", "pa foa", "O", "h")
E("""101 report: restaurant manager reports member of staff missing, last seen yesterday. Member of staff (Thai, 34) later located at friend's house; had quit after argument. Has own passport, was paid. NFA.""",
  "", "", "", "l")
E("""Victim debrief (summary by DC): IP is a 30-year-old Vietnamese woman. In 2022 she took a loan of 400 million dong to travel. She says in the UK she was moved between nail bars in Liverpool, Bradford and Hull, each time in a car with blacked out windows, and slept in the salon on the massage chairs. She says she does not know the names of the towns. Earnings went to the "uncle" to pay the loan.""",
  "DB IS WW", "et sw iso ncw", "L", "h")
E("""Intelligence 2/B/P. Group of Romanian females (approx 8) shoplifting across Home Counties, driven each day by male in VRM EY17 TRV. Females hand over stolen goods to him. One female disclosed she is not allowed to keep any money and would be beaten if she tried to leave.""",
  "WW IT", "et ncw", "C", "m")
E("""Welfare check on woman reported missing by her employer, a care agency. Located at home, had overslept after night shift. Safe and well.""",
  "", "", "", "l")
E("""Interview note: Female (Polish, 50) states she was approached at Victoria Coach Station by a woman offering a room and cleaning work. "She said I would be paid £50 a day, but she said first I must pay for the room so I never got money. She kept my ID card because she said landlord needs it. I was free to go out but I had nowhere to go and no money.""",
  "DE WW RD AV", "dt", "L", "h")
E("""Note: Op CYPRESS - suspected sham marriage ring. Registrar raised concern about 3 marriages between Portuguese women and Pakistani men. Women interviewed, all consenting, paid £3,000 each to take part. Immigration offence. No exploitation of the women identified.""",
  "", "", "", "l")
E("""CSE referral: Girl (14) in care. Staff found messages showing "boyfriend" (26) arranging for her to be taken to a hotel in Oldham to meet his friends. Girl says she "has to" because she owes him for the vape and phone. Police obtained CAWN.""",
  "AV DB", "", "S", "i")
E("""Warrant log Op JUNIPER 06:00. Terraced house, 6 Indian males in loft and front room. Employer (Sikh temple volunteer) says they are pilgrims. Males say they work in his warehouse 12-hour shifts, were told they would be sponsored for visas but no visa ever came, and £150 a month is sent to their families on their behalf. Passports in employer's office drawer.""",
  "DE EO WW RD", "lh ncw dt oa", "L", "h")
E("""Public report: there's a young lad about 13 who keeps coming into the shop with different grown men and buying loads of phones and sim cards. always cash. he seems scared.""",
  "AV", "", "C", "h")
E("""Summary of call (999, 21:46): woman says her "boss" at the flat where she works as a maid has beaten her and she is bleeding; she is hiding in the bathroom. She doesn't know the address, only "near a big park, London". Call traced to Mayfair address. Units attended, female (Indonesian, 31) removed to hospital.""",
  "PV IS", "pa iso", "D", "i")
E("""INT 2/C/P. "Kola" reported to be organising travel for Nigerian men to UK for kidney "donation" at a private clinic abroad, paying £5,000 each, recruiting through church networks. One man believed to have travelled in last month. Developing.""",
  "", "", "O", "m")
E("""Factory worker injured by forklift at warehouse. HSE informed. Worker employed directly, contracted, paid. Employer's insurance handling. Not a police matter beyond initial attendance.""",
  "", "", "", "l")
E("""Victim (Romanian, 19, via interpreter) says that she and her sister were promised work in a Birmingham cake factory. The man who drove them said they must pay him £500 each for the journey and the "contract", which they did not have. They worked at the factory but their pay went onto a card the man kept. When her sister asked for money he dragged her by the hair.""",
  "DE WW PV", "uf ncw", "L", "h")
E("""Caseworker note, Hope for Justice. Client (British male, 55) homeless in Manchester, offered work by a man in a van. Worked on roofs 7am to 8pm 6 days, paid £20 a day, slept in the van. After he fell from a ladder the man left him at a hospital and he never heard from him again.""",
  "AV EO WW AC", "lh sw", "L", "h")
E("""Licensing: council found 3 Turkish barbers working at unlicensed premises without right to work. Owner paid them cash at normal rate. Home Office referral. No indicators of forced labour.""",
  "", "", "", "l")
E("""OIC note: IP (Albanian, 17) in cannabis grow at 8 Kirk Rd; says he was brought from Calais in lorry after being told he'd work as builder. "They took my phone, I am not allowed out, they say my family will pay if I run." Remains in foster placement, risk of going missing HIGH.""",
  "AV DE IS RM IT", "iso rm", "C", "h")
E("""Intel 2/A/P. Car wash at Kingsway Retail Park. Workers (approx 8, Albanian) say boss takes £300 per month from each for the caravan they sleep in on site. They work 8am-8pm. Boss keeps their ID "in case of police". Workers scared of deportation.""",
  "AC RD EO", "sw dt lh foa", "L", "h")
E("""Street pastor report: young woman, maybe 20, crying outside nightclub, said her boyfriend makes her sleep with his friends for money. Refused to give name. Police informed, area searched, not found.""",
  "PV", "", "S", "h")
E("""Welfare visit to au pair placement following tip-off. Au pair (Hungarian, 22) interviewed alone. Works 25 hours a week, has own room, own passport, paid £120 weekly into her account, attends English classes. Tip-off unfounded. NFA.""",
  "", "", "", "l")
E("""Email to force mailbox from a hotel housekeeping supervisor: "The contractor's cleaning staff (Bulgarian) are dropped off at 6 and picked up at 11pm, they are paid per room but their manager collects the pay and they say they get 'a bit'. They all live in one house.\"""",
  "WW EO", "cedl ncw lh", "L", "m")
E("""Custody: DP Ana (Romanian female, 24) arrested for soliciting. Disclosed pimp "Florin" brought her to UK, beats her if she does not earn £500 per night, and holds her ID card. Duty to Notify made as she declined NRM.""",
  "PV RD", "dt", "S", "h")
E("""Information from Romanian police via ILO: family in Iasi report son (18) went to UK for agricultural job advertised on Facebook, has not been paid for 5 months and is not allowed phone except once a week under supervision of boss. Location: farm near Wisbech.""",
  "WW IS RM", "iso rm", "L", "h")

# ---------------- part 3 ----------------
E("""VRM FD63 LKO stopped 05:12, driver Iulian RADU. 7 passengers to chicken factory. All say they pay RADU £8 each per day for the lift, deducted by the agency from wages. Passengers free to make own way.""",
  "", "ct", "", "l")
E("""POI NGUYEN Van Thanh (DOB unk) - believed "boss" of 3 nail bars in Grimsby. Staff collected 08:00 in people carrier, returned 22:00, house shared by 9.""",
  "AC EO", "cedl et oa lh", "L", "m")
E("""Teen (16) found at Stansted with no passport, says a man took it "to check the booking" and walked off. Male detained airside. Girl has text messages about "working in Birmingham for Uncle".""",
  "AV RD", "dt", "", "h")
E("""IP disclosure: "If I say no to a customer, the big man says he will put me on the street in the cold with nothing. He already did it once to another girl." No violence to IP reported.""",
  "IT", "", "S", "h")
E("""Officer's pocket book entry: 14:05 spoke with Daniel (33) at Shell garage, begging. States he is homeless, begs alone, no one takes his money, has referral to St Mungo's. Gave leaflet. No concerns re exploitation.""",
  "", "", "", "l")
E("""Debrief (Sudanese male, 24): I worked at a car wash in Leeds for 8 months. The owner let me sleep in a small room behind the jet wash, no window, and every week he said my wages paid for the room and food. I had just one bag, two shirts. My phone was broken and he said he would buy me new one but never did.""",
  "WW AC", "sw fpe plc", "L", "m")
E("""Intel 1/B/P. Care home "Oak Lodge", Norwich. 11 Zimbabwean carers on Health & Care Worker visas. Sponsor deducts £10k "training bond" if they leave within 3 years; workers doing 84 hrs/wk; 5 sharing a 2-bed flat provided by owner.""",
  "DB EO AC", "lh oa", "L", "h")
E("""Shoplifting, Primark. Two girls 12 and 13, Romanian, detained. An adult female waiting outside in car drove off when security approached. Girls say "mama" tells them what to take. Both to LA emergency placement.""",
  "AV", "", "C", "h")
E("""Caller is worried about her son who has taken a job picking strawberries in Herefordshire. He says the hours are long but he's earning well and the caravans are nice. She just wanted to check the farm is genuine. Advice given.""",
  "", "", "", "l")
E("""Victim statement: "I was told I would marry my cousin in Pakistan and then he would come to England. After the wedding they took my passport and said I could not come back until I got pregnant. I was kept in the house, I could not call my friends. My mother-in-law made me clean and cook all day." IP, British national, 19.""",
  "RD RM IS", "dt rm iso", "D", "h")
E("""Intel 3/D/P - unlikely. Report claims that the garage on Bridge St "keeps slaves" in the back. Officers attended, two mechanics, both British, employed for years. Unfounded.""",
  "", "", "", "l")
E("""Log entry 11:32: Financial intel shows £84,000 paid out over 14 months from 9 workers' wages accounts at Hope Farm to a single account held by POI Andrzej MAJ. Workers each left with approx £40 a week. MAJ holds all online banking logins.""",
  "WW", "ncw", "L", "m")
E("""Statement of support worker: "Ahmed is 17. He told me the men at the barber shop had him cleaning and sweeping 12 hours and paid him £5. They told him he is illegal and police will put him in prison if he talks, so he stays inside the shop or the flat upstairs.\"""",
  "AV EO WW IT", "lh foa sw", "L", "h")
E("""Operation log Op OSPREY
21:00 obs on 88 Carlton Rd
21:45 taxi drops Asian female with small bag, male opens door
22:30 two males enter, leave 23:05
23:40 female seen at window, appears to be crying
00:15 warrant executed. Female (Thai, 27) found in bedroom, door locked from outside with bolt; states she came for massage job; passport with the "lady" in Manchester. Male occupant arrested.""",
  "RM DE RD", "rm dt", "S", "i")
E("""Report from Citizens Advice: client (Lithuanian, 42) complains employer at meat plant has not paid holiday pay and sometimes pays a few days late. He lives independently and has his documents. Referred to ACAS.""",
  "", "", "", "l")
E("""Public: my mate works at a hand car wash and the boss takes £10 off everyone every day for gloves and sponges and for the bus. He says its normal. Is it??""",
  "", "ppe ct", "", "l")
E("""Debrief extract (IP, Polish male, 37): "They said I owed £600 for the coach from Poland and the first rent, and each week they put more. Gloves, boots, the van, electric. I worked two years and the debt was £1,400. I was afraid to go because they said they have people in my town.\"""",
  "DB IT", "ppe ct", "L", "m")
E("""NFA. Female, 30, reported by employer as having overstayed visa. No indicators of exploitation, worked as receptionist, paid, left voluntarily. Immigration matter.""",
  "", "", "", "l")
E("""Handover: 15yo girl from children's home found at flat on Wharf St with two adult males, alcohol, cannabis. Girl intoxicated, bruising to neck. Males arrested. CSE. Girl to hospital with staff.""",
  "AV PV", "pa", "S", "i")
E("""INT 2/B/P: "Gjergj" controls cannabis grows at 4 addresses in Swindon using Albanian males brought via small boats. Each worker owes £18k for the crossing. Gardeners rotate every month.""",
  "DB", "", "C", "m")
E("""Safeguarding referral (ASC): Man, 67, with dementia, living with lodger who has moved in several friends. Lodger uses man's bank card. Man found in unheated bedroom while lodgers use rest of house. Man not working. Financial abuse/neglect.""",
  "", "ncw plc", "", "l")
E("""Witness (Romanian, 25): "The boss at the car wash told us there was a job with a house, £50 a day. We sleep in the container behind. He says £30 of the £50 goes for the container and food. He hit Cristi when he lost a customer's keys. We cannot leave because he has our papers.\"""",
  "DE WW AC PV RD RM", "sw dt", "L", "h")
E("""Domestic abuse report: female, 40, partner controlling finances, checks her phone. DASH high. No exploitation for work or sex. MARAC referral.""",
  "", "", "", "l")
E("""Intel 2/B/P. Chinese restaurant "Golden Dragon", Swansea. Kitchen porter (male, Chinese, 50s) sleeps in the storeroom, never seen outside, has no possessions other than a blanket and a bag.""",
  "", "sw fpe", "L", "m")
E("""Debrief by DC (via Vietnamese interpreter): IP says the men in the house took his phone on first day and he never knew the address. He says he saw no one but the man who brought food. He was there maybe 4 months, he lost count. He says he was not beaten, but one of the men showed him a gun.""",
  "IS IT", "iso", "C", "m")
E("""GLAA note: Shellfish gathering, Morecambe Bay. 14 pickers, Chinese, working tide at night without safety equipment, supervisor holds all pay and says it goes to their "bosses" in Fujian. Pickers live in a single terraced house.""",
  "AC WW", "ncw oa", "L", "m")
E("""Female (Brazilian, 28) attended station to report her ex-boss, a cleaning company owner, for unpaid wages for last 2 weeks after she resigned. She has own flat and documents. Civil matter, advised ACAS/employment tribunal.""",
  "", "", "", "l")
E("""POI "Mr Khan" - runs recruitment for a family in Edgware needing domestic help. Worker (Sri Lankan female, 45) recruited with promise of £800 pm; receives nothing, told salary goes to her daughter's school fees in Kandy. Sleeps in kitchen. Works from 5 till midnight. Never allowed out alone.""",
  "DE WW AC EO RM", "sw lh rm", "D", "h")
E("""INT: Young Vietnamese woman approached a shopkeeper in Leeds and said "help me, please, police". Man came in and dragged her out by the arm. CCTV obtained. VRM of Audi A4 partial "YH".""",
  "PV", "", "", "i")
E("""Caseworker note: Client (Nigerian, 38) says her employer in Croydon, a nurse, took her from Lagos as a nanny. "I never had one day off. I was not paid; madam said she was saving it for me. She used to say if I go outside immigration will catch me." Client now in SA safe house.""",
  "EO WW IT", "lh foa", "D", "h")
E("""Attendance at hand car wash following report of men sleeping on site. Established that one worker (Iraqi) sleeps in the portacabin as night security at his own request, paid extra, has own flat. NFA.""",
  "", "", "", "l")
E("""Debrief summary. IP is a 22-year-old Bulgarian woman. She responded to advert for a "hostess" in a Manchester bar. She was collected at the airport by two men who took her passport for "registration". She was put in a flat with 5 other women and told she had a €5,000 debt for flights and the advert. Men came every evening.""",
  "DE RD DB", "dt oa", "S", "h")
E("""Transport police note: Boy (15), Romanian, found alone on train to Glasgow with a written note of an address and £10. Says a man put him on the train to go to a job in a car wash. Taken into police protection.""",
  "AV", "", "L", "i")
E("""Intel 2/B/P: 4 Indian nationals (males 25-40) working at a textile factory in Leicester, paid £3.50/hr cash, work 60-70 hrs/week. They have their own lodgings and passports. No restrictions known.""",
  "EO", "lh", "L", "m")
E("""Probation note: Service user (Albanian, 28) in prison for cultivation. Disclosed he was made to tend grow after being told his brother in Albania would be killed. Case to CPS re s.45.""",
  "IT", "", "C", "m")
E("""Female (Slovak, 22) reports on website: "I come to UK with boyfriend, he make me work in massage, take my money, I want go home but he say I owe him for house and flight 3000. Please help me I'm in Sheffield.\"""",
  "WW DB", "ncw", "S", "h")
E("""Welfare visit log 16:40. 11 Grove Rd. Occupants 4 Eritrean males, refugees, all in college or employed, housed by council. Reported as "overcrowded" by neighbour. Flat suitable. No concerns.""",
  "", "", "", "l")
E("""OIC's summary, Op WILLOW (s.1/s.2 MSA, trial Jan): Defendants ALI and HUSSAIN recruited 8 Pakistani men on promise of chef jobs with sponsorship. Victims worked in 4 restaurants 80-90 hrs/week, passports held by ALI, wages paid into accounts controlled by HUSSAIN, told they would be deported if they complained. One victim assaulted with a ladle.""",
  "DE EO RD WW IT PV", "lh dt ncw foa", "L", "h")
E("""Public report: i saw a man in a van shout at some kids to get back in and he grabbed one by the neck. they looked like they had been begging all day outside the station. van was silver, couldnt get reg""",
  "PV AV", "et", "C", "i")
E("""Note from DWP: claimant (Hungarian, 49) says a man holds her bank card and she cannot access her own money. She lives with the man and his family and cares for his disabled mother for no wages.""",
  "WW", "ncw", "D", "m")
E("""Call 101: a woman states her Polish husband works long shifts at the bakery but is paid well and happy. She is just worried about his health. Advice.""",
  "", "", "", "l")
E("""INT: Kidney sale - Border Force intercepted message on traveller's phone arranging "operation" in Istanbul for UK-based Pakistani man, 31, and payment of £7,000 to his family. Traveller (broker, 45) detained. Man said he was in debt to the broker's cousin.""",
  "AV", "", "O", "m")
E("""IP (Eritrean, 17): "In the house there were 12 girls, one toilet. We were not allowed to go out. The man took our phones and said we must work in the nail shop. We got no money. He touched me at night.\"""",
  "AV AC RM IS WW PV", "oa rm iso", "L S", "h")
E("""Hotel manager: concern re room 312, young men coming and going. Attended: men were a stag party. No concerns.""",
  "", "", "", "l")
E("""Intel 2/C/P. POI Pavel BALAZ (Slovak) houses 20 Roma workers at 2 houses in Rotherham, takes their wages from a bakery agency, gives £25/wk. Workers' documents kept by BALAZ's wife.""",
  "WW RD AC", "ncw dt oa", "L", "h")
E("""Social media tip-off: Instagram account posting "work in UK construction, free accommodation, good money" targeting Romanian men. Comments from men saying "they took my money for the job and I never got it". No UK victims yet identified.""",
  "", "uf", "", "l")
E("""Debrief summary: IP (Chinese, female, 45) worked in private houses as a cook for a Chinese family in London. Employer kept her passport and told her she owed them £10,000 for the visa. She worked every day without a day off, paid £100 a month.""",
  "RD DB EO WW", "dt lh", "D", "h")
E("""Incident: Male (Afghan, 19) arrested for shoplifting razors at Boots. He says he was made to steal by men he owes money for his journey; they wait outside and take the goods. NRM discussed, accepted.""",
  "DB", "", "C", "m")
E("""Stop check, Old Kent Rd. Cyclist (Deliveroo), Brazilian, 23, using someone else's account. Says he rents the account for £100/week from a friend. No coercion. Advised, info to company.""",
  "", "", "", "l")

# ---------------- part 4 ----------------
E("""Briefing note, Op LARCH, 06:00 parade. Targets: (1) Petru LUPU, DOB 14/01/1984, PNC: assault 2015. (2) Elena LUPU, his wife, no trace. (3) Vasile CIOBANU, driver, VRM AK66 PRN. Intel suggests LUPU supplies Romanian labour to 3 packhouses through unlicensed gangmaster activity. Workers housed at 7 Elm Rd (15+ occupants), charged £70/wk rent and £10/day transport. Wages paid into accounts opened by Elena; cards kept by her. Two workers have told Salvation Army that LUPU threatened to "break legs" of anyone who talks to police. Expect up to 15 potential victims: interpreters x2 booked, reception centre at Leisure Centre. NB: tenant of 7a Elm Rd (British, elderly) is not connected.""",
  "AC WW IT", "oa ct ncw mbc", "L", "h")
E("""nobody listens!!! the car wash lads on Victoria rd r working in the rain in flip flops no gloves 7 days a week from dawn til gone 9 and they sleep in a shipping container. owner drives a range rover. DISGRACE""",
  "EO AC", "lh sw plc", "L", "m")
E("""CAD 4471: report of a woman begging with a baby outside Sainsbury's. Attended. Woman (Romanian, 27) with her own child, says she begs alone, lives with husband who works. No one collecting money. Advised, signposted to services.""",
  "", "", "", "l")
E("""Interpreter's note appended to statement: "The witness says that the lady who brought her kept saying 'you are my daughter now', and that she was not to tell anyone at church that she was cooking and cleaning for the lady and her tenants. She says she was given no money because the lady said she pays for her food and bed. The witness says she is 16 now but she was 13 when she came.\"""",
  "AV WW", "", "D", "h")
E("""INT 2/B/P: 6 Indian students (Tier 4) working 40+ hrs at a warehouse through a labour provider owned by "Sunny". Sunny holds their BRP cards, pays them in cash minus "visa help fees". Students fear losing visa if they complain.""",
  "RD WW AV", "dt ncw foa", "L", "h")
E("""Warrant executed 07:15, Flat 2 Crown Buildings. Persons present: Scott PARRY (occupant, 44, heroin user), Tyrese BROWN (19, Birmingham), male juvenile (14, Birmingham). 48 wraps, £1,100, burner phones. PARRY states BROWN and the boy "took over" three weeks ago and he is not allowed to go out while they deal. Juvenile has fresh bruising to face, says he was "taxed" by olders. PARRY and juvenile treated as potential victims; BROWN arrested PWITS.""",
  "AV RM PV", "rm pa", "C", "i")
E("""A&E: 8 Polish men attended following minibus crash on A47. All employed by a vegetable farm via licensed agency. Driver employed by agency, not charged to workers. All had own ID and phones. No exploitation concerns.""",
  "", "", "", "l")
E("""Organ trafficking intelligence (NCA): Lebanese broker operating via WhatsApp recruiting Syrian refugees in UK to travel to Beirut to sell kidneys; one victim (Syrian, 23) says he was told he would be a "translator" for a clinic and was instead operated on. He was paid nothing and left in hotel.""",
  "DE WW", "", "O", "h")
E("""Attended hostel. Resident (Scottish, 24) says a man offered him £50 a day labouring. He worked one day, got paid, didn't go back. No further.""",
  "", "", "", "l")
E("""Debrief: IP (female, Albanian, 20) – "The man I loved. He told me I am his wife and wives help. First I cleaned the flat for his friends, then he said I must go with them. He took photos of me and said he would put them on Facebook for my village to see. He kept my passport in his car." IP placed with Medaille Trust.""",
  "DE IT RD", "dt", "S", "h")
E("""Stop check, Ford Galaxy, 04:40, Lincs. 7 adults, all Latvian, going to flower farm. Driver is one of the workers, they share fuel. All have own passports. NFA.""",
  "", "", "", "l")
E("""INT 2/C/P. POI "Jimmy" (Irish Traveller, 50s). Recruits men from soup kitchens in Newcastle for tarmac work. Men taken to site in Yorkshire, live in caravans with no heating, work 12 hr days, paid with drink. One recently escaped with broken ribs.""",
  "AV AC EO WW PV", "plc lh pa", "L", "h")
E("""Caller (anon) states her ex-boyfriend forced her to carry drugs from London to Cardiff on the train when she was 17 and said he'd slash her face if she didn't. Historical. She is now 20 and safe. Crime recorded.""",
  "AV IT", "", "C", "m")
E("""Duty Inspector note: Protest at hotel housing asylum seekers. Public order. No exploitation concerns.""",
  "", "", "", "l")
E("""Financial intelligence: Suspicious Activity Report. 35 accounts, all opened at the same branch in Luton by Romanian nationals, same mobile number as contact. Wages from 4 different employers paid in and moved within 24 hours to one account in Romania. Account holders interviewed: they never had their cards.""",
  "WW", "mbc ncw", "L", "m")
E("""Victim account (first person, translated from Vietnamese): "When I came to England, the man gave me clothes and said I must work in the nail shop. I slept in the shop, on the floor in the back with two girls. I worked every day. On Sunday night we cleaned the shop. I ask for money, he say, you have debt £15,000, you pay. He say if I run the police will put me in jail, and in Vietnam his people will find my parents.\"""",
  "EO DB IT", "sw lh foa", "L", "h")
E("""Neighbour complaint about noise from house party. Attended, turned music down. NFA.""",
  "", "", "", "l")
E("""Handover: Op POPLAR - welfare visits to 5 car washes today. Four fine (workers paid, live off site, have docs). Fifth, Quick Shine on London Rd: 3 workers, would not speak in front of manager, manager answered every question; one worker had no shoes; wash has a room with mattresses at rear. Further visit needed with interpreter.""",
  "", "sfw sw pa", "L", "m")
E("""Prison intel: Inmate (Vietnamese, 18) says he was "sold" to a cannabis farm by the man who brought him, and that he was beaten when he tried to leave the house. Convicted of production before NRM referral. Request review.""",
  "PV", "", "C", "h")
E("""Lost property: passport handed in by member of the public. Owner (Chinese student) collected. NFA.""",
  "", "", "", "l")
E("""GLAA inspection – Bedford Spring Onions (labour provider: Agri-Staff Ltd, licence revoked). Workers stated they paid £250 each for work finding plus £30/wk for hi-vis, boots and knives. Wages often "short". Accommodation 6 to a room, provided by the provider.""",
  "AC", "uf ppe oa", "L", "m")
E("""Public report: "My cousin went to work for a family in Dubai and came to London with them. She messages me at night when they are asleep. She says she cannot go out, they took her phone but she has a secret one, she works 18 hours. She says madam hits her with the hairbrush." Family's address given as Knightsbridge.""",
  "RM IS EO PV", "rm iso lh", "D", "i")
E("""Debrief summary, Op QUARTZ. IP3 (Romanian, 31): states he came on his own, found the car wash job himself, is paid £60 a day cash, rents room from a friend. Says he has no problems and the other workers "seem OK". No indicators for IP3. IP1 and IP2 (also Romanian) disclosed that the owner keeps their ID cards and that they sleep in the back office.""",
  "RD", "dt sw", "L", "m")
E("""101 online: I am a landlord and my tenant has moved about 10 men into a 2 bedroom flat, they leave at 5am in a van and come back at night. I think they might be working for someone. They don't speak English.""",
  "AC", "oa cedl", "L", "m")
E("""Custody: DP Sadia (Pakistani, 35) arrested for benefit fraud. Disclosed her husband's family made her sign claims in her name and take all the money; she is not allowed to leave the house without her mother-in-law. Referred to IDVA. NRM discussed.""",
  "RM", "ncw rm", "C", "m")
E("""CSE: Girl 15 reported missing from Barnsley, found in Sheffield hotel with two adult men. Girl says she met one on Snapchat, he paid for her taxi. Medical examination, evidence of recent sexual activity. Both men arrested for rape of child.""",
  "AV PV", "", "S", "i")
E("""Welfare check – elderly woman's live-in carer (Filipina) reported by neighbour as "never going out". Carer spoken to alone: has own phone and passport, day off Sundays which she spends at church, paid monthly via agency. No concerns.""",
  "", "", "", "l")
E("""Intel: Kidney for cash - Indian male (30) residing Southall told GP he is travelling to Delhi to "donate" a kidney to a businessman he does not know, for £8,000 to clear his family's loan. GP concerned.""",
  "AV", "", "O", "m")
E("""Press report: A Slough couple were convicted of keeping a Ugandan woman as a domestic slave for 6 years. She was made to sleep on the kitchen floor, given leftovers and forbidden to leave the house. Her passport was locked in a safe. She was never paid.""",
  "AC RM RD WW", "sw rm dt", "D", "h")
E("""Intel 2/B/P. POI Dritan KOLA arranges fake Italian ID cards for Albanian workers in construction so they can be paid via CIS. KOLA takes 30% of wages. Workers come and go freely, live with family. Fraud; no forced labour indicators identified.""",
  "", "", "", "l")
E("""IP statement: "I was told I would work in a hotel in Scotland. They brought me to a farm. The farmer said I must pay back the flight before I get money. I worked 4 months and never got a pound.\"""",
  "DE DB WW", "", "L", "h")
E("""Operation log, Op SPRUCE, 19/02
09:00 GLAA + police visit to Ace Recycling, Smethwick
09:20 21 workers on the picking line, most Eritrean and Sudanese
09:40 supervisor Kamal SAID answers for workers, tries to prevent private interviews
10:05 W5 states SAID keeps the money, pays him £100 a week for 60 hours; W5 was told he owes £2,000 for housing
10:30 W9 and W12 say they are paid properly by the company, no concerns
11:00 SAID arrested, 4 workers accepted NRM""",
  "WW EO DB", "sfw ncw lh", "L", "h")
E("""Call summary: Student (Chinese, 20) received calls from "Chinese police" demanding money; scam. Fraud advice. NFA.""",
  "", "", "", "l")
E("""School referral: Year 6 boy (10), Vietnamese, says he lives with "uncle" and helps in uncle's nail shop every evening until 10pm and weekends. Often asleep in class. Uncle not known to be a relative.""",
  "AV EO", "lh", "L", "h")
E("""Handover - nights. Alarm at Rose Nails 02:20: officers found 2 females (Vietnamese, approx 20) sleeping inside on massage beds. Key holder attended, said they are "cousins visiting". Females not spoken to alone. Follow-up welfare visit with interpreter tasked to day shift.""",
  "", "sw", "L", "m")
E("""Debrief (Sudanese female, 30, via interpreter): She says the man at the food factory told everyone that their pay would be kept by him until the end of season. She says she was given £10 a week for food. She says the toilets at the house did not work for weeks and they used a bucket.""",
  "WW AC", "ncw plc", "L", "m")
E("""Incident: Assault at a takeaway. Owner punched by a customer. Customer arrested. Staff witness statements taken. No concerns re staff.""",
  "", "", "", "l")
E("""INT: Romanian female "Ioana" (17) advertised on escort site, described as 21. Ad managed by male "Marius" who answers phone. Photos taken in room with bars on window. Ioana seen with black eye by a sexual health outreach worker.""",
  "AV PV", "sfw pa", "S", "i")
E("""Local authority referral: homeless man (Polish, 47) says a man collects him at 5am from the night shelter to work at a building site and drops him back late. Pays him £80 cash each day he works. Man says he is free to refuse work.""",
  "", "cedl", "", "l")
E("""Officer note: IP is a British woman, 32, with learning disability. Her "friend" moved in and makes her work at his market stall all weekend for nothing, and controls her benefits. IP afraid of him because he has threatened to throw her out. IP has no family contact.""",
  "AV WW IT IS", "ncw iso", "L", "h")
E("""Report: Man (Turkish, 40s) reported missing by wife after not returning from his kebab shop. Found at friend's house after a row. No concerns.""",
  "", "", "", "l")
E("""Intel 2/B/C (do not disseminate to landlord). House at 31 Fir Rd has 3 Vietnamese teenagers living with an adult male. Seen leaving daily at 7am in a car with tinted windows, return around 23:00. Neighbours think they work at a nail bar in the next town.""",
  "AV", "cedl et", "L", "h")
E("""Victim debrief: IP (Ghanaian, 25) came to UK on football trial promise. Agent took his passport and £2,000. No trial; he was sent to clean offices at night and the agent kept his wages to "repay" the fee. He slept in the agent's garage.""",
  "DE RD WW DB AC", "dt uf ncw", "L", "h")
E("""Traffic: Lorry driver (Polish) stopped for tachograph offences, driving 16 hours. Employer fined. Driver not exploited, employer pays properly; regulatory matter.""",
  "", "", "", "l")
E("""Handover note: Op TEAK custody. Suspect KURTI (Albanian) interviewed, no comment. IP "Mirela" (Albanian, 22) video interviewed: she says KURTI forced her to sell sex in 4 cities, kept all earnings, raped her when she refused, locked her in bedroom between bookings. Also 2 other females at address, one said she works independently and KURTI only rents her the room (no concerns for her).""",
  "WW PV RM", "ncw rm", "S", "h")
E("""Text from concerned mum: my 15 yr old keeps getting texts from an older lad saying he owes him, and my son says if he doesn't go to Swansea to "work" they'll hurt me. Please help""",
  "AV DB IT", "", "C", "i")
E("""Employer contacted police to report that a worker's passport has been kept in the office safe by a manager. Police attended; passport returned same day, manager disciplined. Worker has always been paid and lives independently. Advice given; company reviewing policy.""",
  "", "", "", "l")
E("""INT 1/A/P: Brothel at 17 Victoria Sq operated by Chinese male "Ah Keung". Women (Chinese, 30s-40s) work 7 days, 12+ hrs. They live in the premises. One woman told source she came for a job in a restaurant.""",
  "EO DE", "lh sw", "S", "h")
E("""Organ harvesting – debrief via Romanian interpreter. The witness says that her cousin was told in Romania that in England he could sell a kidney for €20,000 and that "men in London" arranged tests at a private clinic. She says she does not know if he went through with it. He is not answering his phone.""",
  "", "", "O", "m")

# ---------------- part 5 ----------------
E("""POI seen handing out envelopes of cash to car wash staff Fri 18:00. Staff count and pocket it. Nothing adverse.""",
  "", "", "", "l")
E("""IP arrived at reception centre with a carrier bag: one T-shirt, a toothbrush, no phone, no ID. Says boss at the farm has "all the papers".""",
  "RD", "fpe dt", "L", "m")
E("""Welfare visit, 09:10, Chestnut Care Home. 6 overseas carers (Kerala) interviewed in private. All have own passports, rota shows 37.5 hrs plus optional overtime, own rented flats, paid into own accounts. One complained about a late payment in March, since rectified. No MS indicators.""",
  "", "", "", "l")
E("""txt to 999 text relay: im in a flat dont know where. they took my phone but i found this one. the man says i cant go til i pay. pls""",
  "IS RM DB", "iso rm", "", "i")
E("""Intel 2/B/P: Males leaving 14 Queen St at 04:30 daily in a red Transit VRM RX64 ZZT, dropped at a building site in Reading, collected 21:00. Driver takes a "fee" from each man's pay packet before handing over.""",
  "EO WW", "cedl et ct lh ncw", "L", "m")
E("""Noise complaint re HMO. Seven students living at property, landlord licensed. NFA.""",
  "", "", "", "l")
E("""Victim (Nigerian, 21) through Yoruba interpreter: she says the "madam" in Essex told her that if she ran away the spirits would make her mad and her mother in Edo would die. She says she was taken each night to a flat where men paid the madam. She says she never held any of the money.""",
  "IT WW", "ncw", "S", "h")
E("""Custody note: DP (British, 19) arrested for cultivation. States grow is his own, in his bedroom, no one else involved. No indicators. Charged.""",
  "", "", "", "l")
E("""Debrief note, Op ELDER: IP (Polish, 58, alcohol dependent) says the family he lived with "looked after" him by giving him a shed to sleep in and beer in exchange for work on their horse yard, mucking out 7 days a week from first light. They collected his pension. When he tried to leave in 2021 the son punched him and brought him back.""",
  "AV AC EO PV RM", "plc lh ncw rm", "L", "h")
E("""Report (Crimestoppers, anon): a man called Bekim is bringing young Albanian men over and putting them to work in cannabis houses in Medway. He tells them they owe him £25,000 each and their families back home will pay if they run.""",
  "DB IT", "", "C", "m")
E("""Border Force note, Dover: 3 Romanian children (9, 11, 13) travelling with adult male who is not their parent, holding their passports and a letter of consent. Male unable to give school or address. Children said they are coming "to work with uncle". Children taken into police protection.""",
  "AV RD", "dt", "", "i")
E("""Public report: "the woman at the nail bar said she only works there 3 days and she owns it with her sister. It's a nice place. I was wrong to report earlier, sorry.\"""",
  "", "", "", "l")
E("""Intel 2/B/P. Cleaners at a Premier Inn supplied by "SpotClean Ltd". Cleaners say they are paid per room, end up with about £2/hr. They must pay £5/day for the van. Cleaners are Bulgarian, several sharing one flat arranged by SpotClean's manager.""",
  "", "ct oa", "L", "m")
E("""Debrief: IP (Eritrean male, 16) says traffickers in Libya held him in a warehouse and beat him until his family paid. In UK he was given to a man who made him work in a car wash in Huddersfield, sleeping in the car wash office. Man said police would send him back to Libya.""",
  "AV PV", "sw foa", "L", "h")
E("""Custody record: DP (Romanian, 35) detained for theft of fuel. Employed by a haulage company, has own flat. No concerns.""",
  "", "", "", "l")
E("""Officer statement: On arrival at the flat I saw a female (approx 25, East Asian) in the kitchen. She had no coat, no shoes, and the only items in the bedroom she pointed to were a mattress and a plastic bag of clothes. She said through Language Line that she works "here" in massage and that the boss has her passport. She was shaking.""",
  "RD", "fpe dt", "S", "h")
E("""INT 3/C/P: Allegation on Facebook that a Sikh gurdwara is "using slaves" in its kitchen. Enquiries: volunteers, unpaid by choice (sewa), all live at own homes. Unfounded.""",
  "", "", "", "l")
E("""Caseworker (Barnardo's) note: Child B (16, Albanian, UASC) told worker that a man from his town who lives in London keeps messaging, saying he must come and work for him to pay the £8,000 his family borrowed for the journey, otherwise "something will happen to your father". Child B has not gone.""",
  "AV DB IT", "", "C", "h")
E("""Incident: Worker (Indian, 26) fell from scaffold at a site in Croydon. Employer had provided harness, worker not wearing it. HSE informed. Worker directly employed. No exploitation.""",
  "", "", "", "l")
E("""POI PETROV ("Sasho"), Bulgarian. Provides workers to a chain of hand car washes. Workers pay him £200 on arrival, sleep 8 to a room above one of the washes, have no days off and hand cash takings to him daily. Workers have told customers he "has their passports".""",
  "AC EO RD", "uf oa sw lh dt", "L", "h")
E("""Call 101: male caller says he is "being exploited" because his employer pays minimum wage and won't give him a pay rise. He lives independently, works 40 hrs, has been paid every month. Advised re employment rights. No MS offences.""",
  "", "", "", "l")
E("""Debrief (Indian female, 29, via Punjabi interpreter): she says her husband's family in Southall told her she would study in UK. Instead she was made to look after the house and 3 children and care for the grandfather. She was not permitted to phone her parents and the family told her that if she complained her visa would be cancelled and she would be sent back in shame.""",
  "DE IS IT", "iso", "D", "h")
E("""Safeguarding: 17-year-old Vietnamese boy found asleep in bin store at an industrial estate; says he escaped from a house where he was "growing". Very thin, scabies, no shoes.""",
  "AV", "pa", "C", "h")
E("""Neighbour reports man hitting his dog in garden. RSPCA informed. NFA police.""",
  "", "", "", "l")
E("""Operation log – Op CEDAR, Thurs
05:50 briefing
06:10 entry 6 Ash Court: 2 Lithuanian males, both agency workers at a chicken factory; rooms clean; own documents; NO concerns
06:25 entry 8 Ash Court: 7 Lithuanian males; gangmaster "Tadas" present; 3 workers say Tadas takes their wages card and gives them £40 a week; 2 say they borrowed money from him for the coach and now owe £1,000+ "because of interest"
07:00 Tadas arrested s.1 MSA; NRM accepted by 4""",
  "WW DB", "ncw", "L", "m")
E("""Referral from sexual health clinic: Female (Romanian, 24), attends with a man who pays for her care and stays in the room. She has multiple STIs and says she works in "massage". When he left briefly she wrote "help me" on the form.""",
  "", "sfw", "S", "h")
E("""Student (Nigerian, 23) reports to police that her landlord kept her deposit. Civil matter.""",
  "", "", "", "l")
E("""Victim personal statement extract: "Every day I think of that barn. Ten of us on pallets, no water except the hose. The boss said if anyone leaves he will find him and break his hands. He took the money for the work from the farmer and gave us cigarettes.\"""",
  "AC IT WW", "oa plc", "L", "h")
E("""INT 2/B/P: County line "K-Dot" operating Hastings. Uses cuckooed flat of vulnerable female (Sharon, 51, learning disability). Runners from Croydon aged 15-16. Sharon told neighbour she has to stay in her bedroom.""",
  "AV RM", "rm", "C", "h")
E("""Handover: IP declined support, said she chose to work in the sauna and keeps 60% of her earnings. Says no one controls her. Adult, capacity. Info only.""",
  "", "", "", "l")
E("""Public report: Loads of fellas in a white van every morning at 6 picking up outside the Polish shop. Reg LD15 ... couldn't get rest. Same van drops them at 10 at night.""",
  "", "cedl", "", "l")
E("""Debrief: IP (Chinese, 52) worked at a restaurant in Newcastle for 3 years. She says the boss paid her £600 a month, which she could spend; she lived in the boss's house with 2 others; she worked 12 hours a day but had Mondays off. She says she had her own passport and left when she wanted to. She believes she was not exploited but was badly paid.""",
  "EO", "lh", "L", "m")
E("""INT 2/B/P: Scallop boat "Morning Star" (Kilkeel). Egyptian deckhands report that the skipper holds their passports "for immigration", they work 20-hour days, and their pay is remitted to a Cairo agent who keeps most of it. One deckhand was punched for slowness.""",
  "RD EO WW PV", "dt lh ncw", "L", "h")
E("""Missing person: male (Albanian, 17) left foster placement, believed to have been collected by a car. Previous intelligence suggests he owes money to people who brought him to UK. High risk missing.""",
  "AV DB", "", "", "i")
E("""Attended dispute at nail salon – owner and employee arguing about commission. Employee (Vietnamese, 30) owns a flat, came on skilled worker visa, has documents. Civil. NFA.""",
  "", "", "", "l")
E("""Statement (witness, farm neighbour): "The men look thin, dirty. I see them at the bins at night looking for food. The farmer's son drives them to the fields and back, they never walk to the village.\"""",
  "", "pa et", "L", "m")
E("""Organ removal: IP (Pakistani male, 34) in UK states that in 2019 he was told by a relative he would work in a factory in Lahore; instead he was held in a house for a week and taken to a clinic where a kidney was removed. He received nothing. He now has chronic pain.""",
  "DE RM", "pa", "O", "h")
E("""101 call: woman says her Brazilian cleaner works for several families, sets her own hours and has her own car. Asking whether she needs to check right to work. Advice only.""",
  "", "", "", "l")
E("""INT 1/B/P: POI Shabir AHMED controls 5 Bangladeshi men working in his takeaways in Oldham. Men live above the shops, work 11am-2am, told they owe £6,000 each for visas. AHMED is always present when they speak to officers.""",
  "EO DB", "sw lh sfw", "L", "m")
E("""Neighbour complaint: "the family next door have a nanny from the Philippines and I never see her go out". Welfare visit: nanny interviewed alone, goes out Sundays and most evenings, has own phone and passport, paid into own account. No concerns.""",
  "", "", "", "l")
E("""Handover: child (13, British) located at address in Ipswich with 2 adult males from London. Child has £600 and 2 phones, admits to selling drugs. Said "they'll stab me if I go home without the money". Child in police protection.""",
  "AV IT", "", "C", "i")
E("""Report via Modern Slavery Helpline: caller works at a bottling plant; says agency colleague (Romanian) confided that his "friend" takes his wages, keeps his ID and gives him money for cigarettes. Colleague afraid to speak.""",
  "WW RD", "ncw dt", "L", "m")
E("""Licensing: GLAA found unlicensed gangmaster supplying 12 workers to a mushroom farm. Workers paid correctly by the farm, live independently, no coercion. Regulatory offence only.""",
  "", "", "", "l")
E("""Domestic abuse: female (Polish, 38) says husband hits her and drinks. She works in a shop and keeps her own money. DASH medium. No exploitation.""",
  "", "", "", "l")
E("""IP (Thai female, 40) in Op LOTUS debrief: "Mamasan say I owe 1.5 million baht. Every customer half to her. I cannot go out, only with Mamasan to buy food. If I run the police will take me to prison because no visa.\"""",
  "DB RM WW IT", "rm et ncw foa", "S", "h")
E("""CCTV review: male seen forcing two women into a car outside a club in Leeds at 03:10, one struggling. VRM traced to POI in Op ONYX (sexual exploitation). Urgent.""",
  "PV", "", "S", "i")
E("""Note: caller wanted advice after his son (20) took a job in a Scottish fish farm. He is paid weekly, has his own room, calls every night. Dad just anxious. No concerns.""",
  "", "", "", "l")
E("""Debrief: IP (Slovak male, 26) "I did not sign anything. They told us the house is free. After one month the man said we owe rent £80 each week, more than we earn at the factory after his cut. He took our ID to 'register' and never gave back.\"""",
  "DE DB RD", "dt", "L", "h")
E("""INT 2/C/P: Car wash at Tesco Extra, Bilston – workers seen sharing one jacket in winter, no gloves. Unknown if any control or coercion.""",
  "", "", "", "l")
E("""Welfare visit, fishing vessel "Guiding Light". 4 Indonesian crew, all spoke via phone interpreter. Contracts seen, passports with crew, paid monthly to own accounts. Wi-fi on board to call families. NFA.""",
  "", "", "", "l")
E("""Public report: "my neighbour has a lodger, old fella, who she makes do all her gardening and cleaning and she takes his pension off him every week. He's terrified of her." """,
  "IT", "ncw", "D", "m")

# ---------------- output ----------------
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh39.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(DATA, 1):
            rec = {"id": "f39-%03d" % i, "text": d["text"], "indicators": d["indicators"],
                   "signs": d["signs"], "exploitation": d["exploitation"], "risk": d["risk"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(DATA), "to", out)
