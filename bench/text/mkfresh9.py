#!/usr/bin/env python3
"""Hand-written training texts for the indicator detector (set 9).
Each entry: T(text, indicators, signs, types, risk_override). Codes are short
aliases expanded below; risk is derived from the labelling convention unless
overridden (i = immediate, h = high, e.g. child victims)."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
  IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
  RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
  AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
  oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
  rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
  uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
  lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
  mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
D = []
def T(text, ind="", sig="", typ="", r=None):
    D.append((text, ind.split(), sig.split(), typ.split(), r))

def build():
    out = []
    for n, (text, ind, sig, typ, r) in enumerate(D, 1):
        i = [IND[x] for x in ind]; s = [SIG[x] for x in sig]; t = [TYP[x] for x in typ]
        if r == "i": risk = "immediate"
        elif r == "h": risk = "high"
        elif "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: risk = "high"
        elif ind or typ: risk = "medium"
        else: risk = "low"
        out.append({"id": "f9-%03d" % n, "text": text, "indicators": i, "signs": s,
                    "exploitation": t, "risk": risk})
    p = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh9.jsonl")
    with open(p, "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts ->", p)

# ---------------- part 1 ----------------
T("2/B/P. INT suggests males working at SPARKLE HAND CAR WASH, Mill Rd, dropped off 0630 by silver Transit VRM KX19 ODT and collected after 2100. Workers believed Romanian, approx 6. One POI (nom IONESCU) does all the talking to customers and handles cash. No further.",
  "EO", "cedl et sfw lh", "L")
T("Stop-check A38 lay-by 2215hrs. VW Sharan, 7 occupants all M, Vietnamese, no English. Driver (UK national) says giving mates a lift. None could say where they were living. 2 had fresh cuts on hands. Phones - only driver had one. Details obtained, all released, intel sub.",
  "IS", "pa iso", "", None)
T("Welfare visit 14 Fenwick Terr. Occupant MOSS (72) well, carers attend x3 daily from Brightwell agency, all paid via agency payroll, carers spoken to - happy, have own cars. No concerns.")
T("101 call summary: caller works next to nail bar on Station Parade, says young girl there looks about 15, works every day till late, never seen her leave on her own - man in black Audi brings her and takes her away. Caller worried she isnt at school.",
  "AV RM EO", "rmv et lh cedl", "L", "h")
T("im reporting the house at the end of Croft st there is like 20 men living there they come out at 5 in the morning in a minibus and come back dark. mattresses in the garden. one of them asked me for food he said they aint been paid since xmas",
  "AC WW EO", "oc plc cedl lh", "L")
T("1/A/P. Source states SHEHU, Arben (DOB 03/02/1989) runs three cannabis grows in the Levenshulme area and keeps Vietnamese boys in each, locked in with food dropped weekly. Boys told if they run their families back home will pay for it. Source has personally been to one address.",
  "RM IT IS AV", "rmv iso", "C", "h")
T("Custody note: DP Nguyen Van T. arrested at grow address 22 Osier Close. States he is 16, no documents. Says he was brought from France in a lorry, owes 'the uncle' £18k for travel and must water plants until paid. Door was screwed shut from outside when officers entered. Appropriate adult requested, LA children's services informed, NRM to follow.",
  "AV DB RM", "rmv", "C", "h")
T("Handover: IP is Eritrean female, 24, at Salvation Army safe house since Tues. Interpreter booked Thurs for full debrief. Nothing further tonight.")
T("Debrief (via Tigrinya interpreter): She says a woman in Khartoum told her there was cleaning work in a hotel in England with good money. When she arrived she was taken to a flat in Leeds and told the hotel was full and she must 'see men' to pay back the journey, which was now £9,000. She says she was made to do it and when she refused the man hit her with a belt. She was not given any of the money. The woman kept her passport 'so the police would not send her home'.",
  "DE DB PV WW RD AV", "dt ncw foa", "S")
T("GLAA inspection, Harwood Packing Ltd. Licence holder compliant. Workers supplied by two agencies, payslips checked for 12 workers, all NMW or above, holiday pay accrued. Accommodation not provided. PPE issued free. No issues identified.")
T("3/C/P - anon online report says the men at the car wash on Gorse Lane 'look like slaves'. No detail given. Visited by PCSO: 4 workers, all had own phones and bank cards, all paid weekly by BACS per manager's records, one lives with wife locally. No indicators noted.")
T("INT: LUCA, Marian (nom) collecting cash from approx 8 Romanian females who beg outside Tesco Metro and the station. Females dropped at 0700, picked up 1800 in blue Zafira. Observed handing all coins to LUCA. 2/B/P.",
  "WW", "cedl et ncw", "C")
T("A&E note 03:10. F, approx 19, presents with fractured wrist, says fell down stairs. Accompanied by older male who answered all questions and refused to leave cubicle. Pt appeared frightened, avoided eye contact, thin and poorly dressed. Safeguarding flag raised.",
  "", "pa sfw", "")
T("Neighbour dispute Ashby Rd - parties argue over parked van blocking driveway. Words of advice given. Not a crime. No further action.")
T("Midwife booking: pt 17, Albanian, brought by 'boyfriend' aged approx 30 who translates. Pt says she lives at his friend's flat with other girls and 'works nights'. No GP, no ID, says boyfriend keeps it. Pt tearful when partner left room for 2 mins, said 'he will kill me if I speak'.",
  "AV RD IT", "dt sfw", "S", "h")
T("Officer handover: Cuckooing - 7 Bramley Walk. Occupant PRICE (44) known heroin user, LD. Two teenage males from London staying at address past fortnight, dealing from front room. PRICE says they 'let him have a bit' and he can't get them out. Took his bank card 'to pay the gas'. Warning markers added, visit tomorrow with ASB team.",
  "AV", "ncw", "C", "h")
T("GP letter: Mr K. Sandhu attended re back pain from lifting in warehouse. Works via agency, 4 days a week. Says pay fine. Advised physio. No safeguarding concerns.")
T("Public report (online): THERE IS A HOUSE ON ELM AVE WHERE THEY KEEP GIRLS!!! cars come and go ALL NIGHT different men every 20 mins the girls never come out and the windows have boards on the inside. SOMEBODY DO SOMETHING",
  "RM", "rmv", "S")
T("2/C/C - Not for dissemination outside MSHT unit. INT suggests nail bar 'Luxe Nails' Queen St employs Vietnamese females who sleep in the back room on camp beds. Owner TRAN believed to pay them nothing in first year against 'training'.",
  "WW AC", "saw plc", "L")
T("1st person account, taken by caseworker: I came for the farm job in Lincolnshire. On the Facebook they said 9 pound an hour and a nice house. I paid 400 euro for the place. The house had 14 people, me sleeping in kitchen. They take from our wages for the house, for the bus, for the gloves and boots. Some weeks I got 30 pound. When I ask the man said if I don't like I can go but I have no money for go home.",
  "DE WW AC", "uf oc plc ct ppe", "L")
T("Stop-check Grove St 1540. Two males, 17 and 15, from Lewisham, 220 miles from home, no reason for being in town. £600 cash and 3 phones. Older one had wraps in sock. Both said they were 'visiting cousin'. Younger one has recent stab wound scar on thigh, declined to explain. Both MFH from Met. Arrested, children's services, NRM consideration.",
  "AV", "pa", "C", "h")
T("Call summary 999: female screaming in flat above shop 112 High St, caller heard man shouting 'you go nowhere'. Units attended: domestic argument between married couple, both known to each other 10 yrs, no injuries, female states she is fine and was leaving to visit sister which she did. DASH completed - standard.")
T("3/C/P — Rumour in community that men at Hillcrest Farm are not paid. Checked with GLAA: farm inspected last month, workers paid via payroll, own accommodation in town, hold own passports. Intel assessed as unsubstantiated.")
T("Intel log: VRM BD68 XRT seen dropping four young women at 'Asian Massage' Wharf St at 1100, returning at 0200. Same women seen at 2 other addresses across force area in last week. Ads for the premises on adult site show same photos with different names. Possible pop-up rotation.",
  "", "cedl et", "S")
T("Safeguarding referral (school): Year 9 pupil, 14, frequently absent, returns with new trainers and phones. Told teacher he 'owes' older boys £400 after he 'lost a package' and has to 'work it off' in Swindon at weekends. Has been seen getting into cars after school. Mother unaware.",
  "AV DB", "", "C", "h")
T("Border Force note LHR T4: F pax (Filipino, 31) travelling with employer family (Qatari diplomat household) on domestic worker visa. Employer's wife held pax's passport and answered questions on her behalf. Pax told officer when alone that she works from 6am to midnight, sleeps on the floor of the children's room, and has not been paid since she started 8 months ago. Leaflet given, Kalayaan details.",
  "RD EO AC WW", "dt sfw lh", "D")
T("Probation note: S/U reports he's been offered work by a 'gangmaster' type who pays cash in hand on building sites. S/U states he is paid what was agreed, goes home each night. Reminded of licence conditions re declaring employment.")
T("Handover note - OIC DC Ward. Job 44219. Male victim (Polish, 51) found sleeping in a shed at back of scaffolding yard. States works for the yard 7 days, gets 'tobacco and food' and £50 when boss feels like it. Boss took his ID card 'to get him a NI number' 2 yrs ago, never returned. Alcohol dependent. Boss bought him vodka daily. Strategy meeting tomorrow 1000.",
  "WW RD AV AC EO", "saw plc dt lh ncw", "L")
T("Public report via Crimestoppers: i think the lads at the Chinese takeaway on Marsh Rd are being used. they work from lunch till 2am every day, sleep upstairs and the boss has all there passports in his safe i heard him say it",
  "EO RD", "lh saw dt", "L")
T("Bank alert (financial crime team): 11 accounts opened in 6 weeks at the same branch by young Romanian nationals, all giving 33 Carlton Rd as address. Same mobile number on 9 accounts. Debit cards used at one ATM on same evenings; wages from a food processing agency credited then withdrawn in full within hours.",
  "", "mbc ncw", "L")
T("Welfare check Flat 3 Orchard Ho: reported concern for 3 Slovak men. Attended, spoke via LanguageLine. All three work at Greenway Foods via agency, have own passports, rent paid direct to landlord, 2 rooms between them, clean. Say they are free to come and go and are happy. No concerns identified.")
T("INT: 'Auntie' (unk) housing Nigerian teenage girl at 18 Deanery Rd. Girl does all cooking, cleaning and childcare for family of 6, does not attend school, not registered with GP. Seen by neighbour in garden at 11pm hanging washing. Girl told neighbour she 'came to study' but has never been to school. 2/B/P.",
  "AV DE EO", "lh", "D", "h")
T("Report of stolen bike from shed, Lower Mill Lane. No suspects. Crime number issued.")
T("Debrief, first person (translated from Vietnamese): In Vietnam a man said I can work in nail salon in England, my family paid him 20,000 dollars, they borrow from the bank with the land. When I come I work in a house with plants. I am not allowed to go out. The boss comes once a week with rice and noodles. He said if I leave they will find my mother. I am scared of the police because I have no papers.",
  "DE DB RM IT AV", "rmv foa uf", "C")
T("1/B/P. LEWIS, Dean (DOB 14/11/1997) 'DL line' - running county line from Liverpool into Barrow. Using local 15 yr old F (known CSE risk) to hold drugs and as 'girlfriend'. Believed to be having sex with her. She has gone MFH x4 in past month.",
  "AV PV", "", "C S", "h")
T("Council licensing visit - HMO 41 Station Rd: 9 occupants in a property licensed for 5. Landlord served notice. Occupants are students at the university, rent via letting agent, no link to employment. Referred to housing enforcement.",
  "", "oc", "")
T("Witness statement extract: 'I manage the Esso garage next door. Every morning about 5 a white van pulls in and a man gets out and hands out sandwiches to the workers in the back. They don't look well, one is limping. The driver shouts at them. I have never seen any of them with money. Once I saw the driver slap one of the young lads across the face.'",
  "PV", "cedl pa et", "L")
T("Text from caseworker, Unseen helpline: caller, a cleaner in a hotel in Bournemouth, says agency takes £120 a week for a room she shares with 5 others and £15 a week for the minibus. Her payslip says 40 hrs but she works 60+. She says she is not scared and can leave but wants advice on wages.",
  "WW AC EO", "oc ct lh", "L")
T("2/B/P. Intel suggests KHAN, Imran runs a recruitment 'bureau' charging Indian nationals £3-5k for care worker sponsorship certificates. On arrival workers told no job available and are placed in unregistered care homes doing 70+ hrs with no pay until fee 'repaid'. Threats to report them to Home Office if they complain.",
  "DE DB EO WW IT AV", "uf lh", "L")
T("STOP CHECK - BMW 1 series YL66 ABC. 3 Albanian M in car. Driver had £2,400 cash, smell of cannabis. Arrested PWITS. Passengers released. No MS indicators noted in interview, all resident in UK with family, employed as plasterers.")
T("Safeguarding referral - adult social care: Mr D. Holt (58) with learning disability, living with 'friends' who moved in a year ago. Friends collect his PIP and ESA, he gets £10 a week. Neighbour reports he is sent to beg outside Greggs each day and hands money over on return.",
  "AV", "ncw", "C")
T("Log entry 0315: call from Sunnyside Hotel reception, female guest in rm 12 asked receptionist to call police, says she was brought by a man from Newcastle and he is in the room next door, he has her phone and she doesn't know what town she's in. Officers en route.",
  "IS", "iso", "", "i")
T("Update 0340 re previous: Female (21, British) spoken to at hotel. Says boyfriend had taken her phone during argument. He is not holding her. She went home to mother's by taxi. No sexual or labour exploitation disclosed. Domestic incident report.")
T("Caseworker note (Medaille Trust): Client continues to do well. Received first wage from new cleaning job, opened own bank account. Attends ESOL three times weekly.")
T("INT 2/B/C (not to be shared with LA without DI approval): POI 'BIG MAN' controls a group of Sudanese males used for shoplifting high value goods across Midlands. Males housed 10 to a two-bed flat in Aston, given £5 a day food, and told their 'asylum will be cancelled' if they stop.",
  "AC WW IT AV", "oc plc ncw foa", "C")
T("Car wash on Ring Rd checked by PC 4471: employer showed contracts, all staff paid min wage, 8 hr shifts with breaks, own transport. Owner cooperative. Good practice noted.")
T("the woman at number 9 has a girl living with them who does all the work in the house and walks the kids to school, she never speaks and looks terrified. shes not allowed a phone. when i said hi she looked at the door and went in quick. i think shes from the philippines",
  "IS", "iso", "D")
T("Press summary: Three men were jailed at Crown Court for trafficking 15 Polish men to work in recycling plants in the West Midlands. The victims, many of them homeless or alcohol dependent, were recruited in Poland with promises of good pay and housing. They were housed in squalid conditions, their wages paid into accounts controlled by the gang, and were beaten if they complained.",
  "AV DE AC WW PV", "plc ncw", "L")
T("Intel: nom BALOGUN, Funmi advertising 'au pair with host family London' on Facebook targeting Nigerian women. 2 reported victims say on arrival au pair was in fact 18 hr days cleaning and cooking for the household with no pay, no days off. 2/B/P.",
  "DE EO WW", "lh", "D")
T("Custody: DP arrested for shoplifting Boots. Romanian female 26. Says her 'husband' waits outside and takes everything she steals; if she comes back with nothing he beats her. Bruising on upper arms noted by FME. Duty to notify completed as DP declined NRM.",
  "PV", "pa", "C")
T("Organ - 1/B/P: Source reports a Moldovan male in Birmingham was brought to UK on promise of building work and then told he must 'sell a kidney' to clear a £15,000 debt. Taken to a private clinic abroad (believed Turkey) where operation took place. Now back, unwell, not paid.",
  "DE DB WW", "pa", "O")
T("Renal unit letter: Patient had living donor kidney transplant in 2023, donor was brother, full HTA approval. Doing well, follow-up 6 months.")
T("Police log — Stop check of Mercedes Sprinter LS17 KHR on M62 at 0440, 12 Bulgarian men on the way to a chicken factory in Hull. All say they were charged £25 a week by the driver for the lift, taken from wages by the agency. Men had no access to their payslips. Driver says he works for the agency and 'sorts their money'. Intel sub to GLAA.",
  "WW", "ct cedl ncw sfw et", "L")
T("3/D/P - anon says 'Albanian mafia' run the car wash on Marsh Ln. Visited, staff all Kurdish Iraqi, say they are paid in cash daily, live with family. Owner's paperwork in order. Nothing to suggest exploitation.")
T("Welfare visit to nail bar Priory Walk. Female worker (Vietnamese, says she is 20, looks younger) would not make eye contact. Manager interrupted every question. Worker said she lives 'upstairs' with 'aunty'. Bedroom above has 4 mattresses, no furniture, one rucksack each. Age assessment requested.",
  "AV AC", "sfw saw oc fpe", "L", "h")
T("DEBRIEF - statement of IP (Polish, 38): 'Man called Tomek met me at the station in Gdansk, he said I will have work on the building in Birmingham. When we came he took my ID card and said it is for the contract. We lived 8 men in one house. Every morning he drove us to site and every night back. He said we owe him for the travel and the house and each week it got bigger. I asked for my money and he hit me in my face. He said if I go to police they will lock me up because I have no papers.'",
  "DE RD AC DB PV IT", "dt oc et", "L")
T("INT 2/B/P: address 4 Chapel Row, occupant WILSON (vulnerable female, heroin user) being used by Manchester line 'Tommy' to store and deal. WILSON has told support worker the boys have her keys and won't let her leave the flat when they're 'working'.",
  "AV RM", "rmv", "C")
T("Intel: girls from a children's home in Rochdale being picked up by men in taxis, given vodka and weed, taken to flats and 'passed around'. One girl (14) disclosed to key worker she was raped by 4 men. Cars: white Toyota Prius PN17 ..., black Audi A3.",
  "AV PV", "", "S", "h")
T("Call 101: man says his sister (Indian, 29) came on spouse visa, her husband's family won't let her leave the house or have a phone, she cooks and cleans for 9 people from 5am, they beat her if food is late. She called him secretly from a neighbour's phone.",
  "RM IS EO PV", "rmv iso lh", "D")
T("Burglary non-dwelling at warehouse unit 7. Tools stolen. CCTV requested.")
T("LA housing officer note: tenant of 15 Lark Rise has 'lodgers' - 6 Eritrean males. Tenant says they pay £50 a week each and work at the bakery. Spoke to 2 lodgers, they have own phones, their own bank accounts, can come and go. Overcrowding notice only.",
  "", "oc", "")
T("1/A/C (no LA disclosure) — UC agent reports VO of 'Rosa's' brothel at 23 Linden Grove: 5 women, all Romanian, work shifts 12 hours, never leave premises, food ordered in. Madam keeps 'bookings' money, women get a cut weekly 'after costs'. Minder present on door.",
  "RM EO WW", "rmv lh ncw", "S")
T("Debrief (adult M, Albanian, 22): I was working in Tirana and a friend said I can make £2,000 a month in London with construction. He arranged the lorry. In London they put me in a house with the plants and said the construction job is later. I had to sleep there next to the lights. My phone was taken. I did not know the address or the town. They gave me food once a week. After 7 months the police came.",
  "DE IS AC", "saw iso", "C")
T("Shift handover: nothing of note for MSHT desk overnight. 2x missing persons returned, no exploitation concerns raised in return interviews.")
T("Return home interview: Child (15, M) missing 3 days. Says he stayed at a mate's house in Birmingham, played Xbox. No signs of exploitation, no unexplained money or items, parents confirm mate's family known to them. Low risk.")
T("Return home interview: Child (16, F) missing 4 days, found in a flat in Bradford with two men in their 30s. She says one is her boyfriend and he buys her everything. Phone has messages telling her she 'owes' him for the clothes and must 'be nice to his mates'. Strategy meeting convened.",
  "AV DB", "", "S", "h")
T("GLAA note: Pre-licence check, Brook Farm. Labour provider requires workers to pay £250 'registration fee' before placement. Workers housed in caravans on site, clean and heated, pay rates checked and compliant. Fee breaches licensing standards - warning letter issued.",
  "", "uf", "")
T("HMO inspection 9 Derwent St: 17 men, 3 bedrooms, mattresses in living room and loft, no working heating, mould, 1 toilet. All men employed by 'Prime Staffing' who pay the rent and deduct it from wages. Men said they were driven to work by the agency and each charged £10 a day for it. Referred to police and GLAA.",
  "AC WW", "oc plc ct et ncw", "L")
T("Intelligence 2/C/P: Chinese female on WeChat advertising 'massage' jobs in UK paying £1000/week. Recruits arrive to find they must provide sexual services, pay 'rent' of £800/week to the flat owner, and move between cities every 10 days.",
  "DE DB", "", "S")
T("Statement of witness (delivery driver): 'I deliver to the big house on Kings Ave. A young black girl always opens the door, she looks about 12. Once it was a school day about 11am. She had a bandage on her arm. The lady of the house shouted at her in another language and she ran back inside.'",
  "AV", "pa", "D", "h")
T("Note: Social worker from the children's team advises the above child at Kings Ave is the family's niece, enrolled at St Mary's school and was off sick that week with a burnt arm from cooking accident, seen by GP. Visit made, own bedroom, no concerns. NFA.")
T("INT: cash-in-transit style collection - POI collects envelopes of cash from 7 car washes in Kent on Sundays. Workers at each say their wages go to the 'boss in London' who 'sends money home for us'. 2/B/P.",
  "WW", "ncw", "L")
T("Theft of diesel from farm tanks, Low Fell Farm. Approx 300 litres. Farmer has CCTV.")
T("Police log (op KESTREL): Warrant 14 Hawthorn Ave 0600 hrs. 5 adult males, Vietnamese, found in loft space among approx 400 plants. Loft hatch padlocked from below. Males thin, one with skin condition from chemicals. No phones, no documents, no money. All say they have not been outside in months. NRM referrals x5.",
  "RM AC IS", "rmv pa fpe iso", "C", "i")
T("Online report: my neighbour is getting his benefits taken by his 'carer' who isn't really a carer she just turned up and now she has his bank card and he has no food in the house. hes 80 and confused.",
  "", "ncw", "")
T("Caseworker (Salvation Army): client reports he was recruited in Bucharest for a hotel job in London. He was paid properly for 3 months, lived in staff accommodation, then left to work elsewhere. He does not consider himself a victim and there are no indicators in his account. Case closed.")
T("2/B/P. Farm near Spalding: workers recruited by Lithuanian gangmaster 'Vytas'. Workers report being shouted at, told they would 'disappear' if they told anyone about the conditions. Housed in static caravans with no water. 14-hr days in picking season.",
  "IT AC EO", "plc lh", "L")
T("Welfare check requested by Czech consulate: national working at Midland meats. Spoke to him, he is employed directly by the firm, lives in own flat, in contact with family daily. Consulate updated. No concerns.")
T("INT - HOME OFFICE ICE TEAM: Intel a sham marriage is being arranged between a Portuguese female (23) and Pakistani male. Female says she was offered £3k and is willing, not under any pressure. Passed to IE for immigration offences. No MS indicators.")
T("INT 2/B/P - Slovak female (19) with learning difficulties brought to Sheffield by her 'uncle' and married to a Pakistani national for a fee paid to the uncle. She is kept in the house by the husband's family, not allowed out alone, and made to do the housework and have sex with the husband.",
  "AV RM PV", "rmv", "D S")
T("Stop check report: male (Eritrean, 17) found walking M1 hard shoulder near J15 at 0500. Says he got out of a lorry. Hungry, cold, wet. Says men in Calais said he'd work in a restaurant and they would keep his wages till the journey was paid. Placed in LA care.",
  "AV DE DB", "pa", "L", "h")
T("101: caller says man in the park asking girls for photos on Snapchat, offering them money. Officers attended, male not located. Girls aged 13-14. Children's services informed.",
  "AV", "", "S", "h")
T("Caller from a warehouse agency reports one of their workers (Romanian M) has turned up with a black eye and says his landlord hit him when he asked for his bank card back. Landlord set up the account 'to help' and keeps the card and the PIN.",
  "PV WW", "pa ncw", "L")
T("Intel 3/C/P: unverified - workers at Fresh Greens packhouse 'treated like dogs'. GLAA visited, nothing found - workers paid correctly, hours normal, no transport charge. Complainant may be ex-employee with grievance.")
T("Debrief note (NCA): victim, Filipino domestic worker, 41, escaped employer's house in Knightsbridge after 3 years. She states she slept in the laundry room, was fed leftovers, worked every day from 6 to past midnight, salary was 'sent to her family' but family received nothing for 2 years. Employer held her passport 'for safekeeping'. She could only leave the flat with the family.",
  "AC EO WW RD RM", "plc lh dt rmv ncw", "D")
T("Handover: the 'Hendon pop-up' job is closed - address turned out to be a short-let used by a stag party. No women at the address, nothing to suggest sex work or exploitation. Intel record amended.")
T("Community Officer note: Roma family of 11 living in 3-bed terraced house on Gorton Rd, extended family, children at school, adults working at the car parts factory. No exploitation concerns - family living together.")
T("INT 1/B/P. TANASE, Gabriel controls c.20 Romanian men doing labouring via construction agencies. He opened bank accounts for them on arrival, keeps all the cards in a wallet and withdraws wages at ATM in Ilford every Friday (CCTV obtained showing 14 cards used in 30 mins). Men get £40 a week.",
  "WW", "mbc ncw", "L")
T("text from public: 2 young lads selling drugs from my mates flat he is autistic they moved in and said if he tells anyone they will stab him. they sleep on his sofa and he stays in his room cos he is scared",
  "AV IT", "", "C")
T("ARREST NOTE: TRAN Thi H (F, 34). Nail bar owner, charged s1 MSA. Workers (4) recovered, all told to say they are family. Workers stated TRAN took their wages for 'food and housing' and they have slept on the salon floor since Jan.",
  "WW AC", "saw ncw", "L")
T("Police log: fishing vessel 'Morning Star' at Newlyn. Crew of 6 Ghanaian and Filipino fishermen on transit visas, told by skipper they can't come ashore. Working 20 hr shifts. Say they have not been paid for 5 months and skipper has their seamen's books.",
  "RM EO WW RD", "rmv lh dt", "L")
T("Nothing further on job 33761 - the Turkish barber's shop complaint related to VAT only, HMRC dealing.")
T("School DSL referral: pupil aged 13 says her stepfather's friend 'takes her to parties' where she is given alcohol and older men touch her. Says she's told if she tells her mum he'll post photos online.",
  "AV PV IT", "", "S", "h")
T("Intel 2/B/P: Indian national POI 'Raju' running a 'ghost' worker scheme: employs Indian students on paper at his restaurant while they actually work 14-hour shifts at his cash-and-carry. Students paid £3 per hour cash, told their visa will be revoked if they complain.",
  "WW EO IT AV", "lh", "L")
T("A woman called to say her Polish husband is away working on a farm in Kent and has not called for 2 days. Located - phone broken. Spoke to him via farm office, he's fine. Closed.")
T("Custody: DP (British M, 19) arrested in possession of 40 wraps in Weston-super-Mare. Says he was 'groomed' into county lines at 16, still owes 'the olders' £2,000 from when he was robbed of drugs, and they turn up at his mum's flat to remind him. Interviewed with solicitor, s45 defence raised.",
  "DB IT", "", "C")
T("Antisocial behaviour complaint: loud music at 3 Holly Close, residents hosting birthday party. Music turned down. NFA.")
T("A&E safeguarding: M, approx 30, Romanian, burns to both hands from 'hot car wash chemicals'. Says he works 7 days a week at the car wash and sleeps in a storage container behind it. Boss drove him in and waited in reception. Pt asked nurse not to call police.",
  "AC EO", "pa lh saw et foa", "L")

# ---------------- part 2 ----------------
T("2/B/P VRM FN21 WXA (blk Vauxhall Vivaro) - drops 5x M at Shine N Go hand car wash 0645 daily, back 2030. Same veh seen at 112 Dale St (HMO). Workers don't have keys to HMO - driver lets them in.",
  "RM", "cedl et rmv", "L")
T("POI DRAGOMIR. Holds approx 9 ID cards belonging to car wash staff, seen handing them to bank staff at Santander Broad St. 2/A/P.",
  "RD", "dt", "L")
T("Log 1822: ASB youths on bikes outside Co-op. Dispersed. No crime.")
T("Intel: nail bar workers at 'Glamour Nails' given £100 per month 'pocket money', rest held by owner until they 'finish training'. 3/C/P",
  "WW", "ncw", "L")
T("Female IP (Romanian, 20) disclosed via interpreter that the man she travelled with, who she thought was her boyfriend, sold her to another man in Luton for £3,000 on the first night. She was made to see up to 15 men a day in a flat and all money went to them. When she tried to hide money in her shoe she was burned with a lighter. She was told her little sister at home would be 'next' if she caused trouble.",
  "DE PV WW IT EO", "lh ncw", "S")
T("WELFARE VISIT - Elderly lady Mrs O'HARA, concern raised by bank as large withdrawals. Spoke to her - she is giving money to grandson for a car, she is fully aware, has capacity, bank satisfied. No further police action.")
T("Caller says men working on a roof on Beech Ave in the rain with no harnesses, shouting foreman. Building control informed. HSE matter. Workers local, employed by roofing firm, no exploitation suggested.")
T("Stop check 0210 hrs Fiat Doblo, 4 Vietnamese F in rear, driver TRUONG. Females said they were going to 'work'. One girl had a note with a postcode of a massage parlour in Derby written on her hand and didn't know which town she was in now. No phones. Driver had 4 passports in glovebox in the girls' names.",
  "RD IS", "dt iso et", "S")
T("INT: HUSSAIN family run 2 takeaways; Bangladeshi chefs on sponsored visas working 7 days, sleeping above shop. 2/C/P.",
  "EO", "lh saw", "L")
T("Debrief - male (Sudanese, 26) via Arabic interpreter. He says that in Libya he was held in a warehouse and beaten until his family sent money. In the UK a man from his village found him work at a car wash in Birmingham, but the man said the first three months of wages would go to pay the man who arranged the Libya crossing. He never got anything. He says he did not complain because the man said he would tell the Home Office where he was living.",
  "PV DB WW IT AV", "foa ncw", "L")
T("Council trading standards visit to Spotless Cleaners Ltd: cleaning firm paying staff correctly, all with right to work, contracts in English and Portuguese. Nothing to report.")
T("2/B/P - County line 'JAY' running into Ipswich; cuckooed address 31 Greenwood Ct (occupant known vulnerable female, mental health). Line is using 3 youths aged 14-16 from Tottenham who are being kept at the address, not allowed out except for deals, and beaten if money is short.",
  "AV RM PV", "rmv", "C", "h")
T("Public report: cafe on the corner the lad who washes up is there from 6am till gone midnight every day even sundays i never see him go home i think he sleeps in the back. looks about 16 and very skinny",
  "AV EO", "lh saw pa", "L", "h")
T("OIC update: the lad at the cafe (previous report) is the owner's son aged 19, works long hours in family business by choice, lives with parents 2 streets away, attends college 2 days. No exploitation. Closed.")
T("Financial intel (SAR): 23 personal accounts receiving salary from 'Harvest Fresh Staffing' all accessed from the same IP address and same device. Cash withdrawals at one ATM in Wisbech. Probable control of workers' accounts.",
  "WW", "mbc ncw", "L")
T("Handover 0700: s.18 at 14 Ryder St, not MS related. Also - the 3 Chinese women at the massage place (Op ALDER) still say the 'manager' holds their passports 'to stop them being stolen'. Manager insists they can have them back anytime but none of them have. Visit again Mon.",
  "RD", "dt", "S")
T("First-person account (as typed by the victim's friend): My name is Ana I am from Moldova. I come to UK because Sergiu promise me job in hotel as cleaner 1200 pound a month. When I arrive he say hotel job finish and I must work at his friend farm for food and sleep. Every day from 5 in morning in field. The house is far, no bus, no shop. I have no phone. I not know English. After 2 month I run away in the night.",
  "DE IS AC EO AV", "iso lh", "L")
T("Vehicle check: VRM LR19 UOP reg keeper ADAMS. Stopped for no insurance. Seized. Driver lone male. Nothing else.")
T("INT: Albanian OCG 'KRASNIQI' importing young Albanian men via small boats, on arrival taken to houses in Kent and told they owe £25,000 which they pay off by tending cannabis. Told 'we know your father's house'. Victims moved between houses every few weeks in vans with blacked-out windows. 1/B/P.",
  "DB IT AV", "et", "C")
T("Safeguarding (care home inspection): Registered care home in Wakefield employing overseas carers via sponsorship. Carers say they were charged £8,000 'placement fee' by an agent in Kerala, now work 60-80 hrs per week, and the home deducts £400/month from pay for 'repayment' of the certificate. Two carers share a single room in the manager's house.",
  "DB EO WW AC", "uf lh oc", "L")
T("Call summary: caller's son (17) has not been home for 2 nights, texted 'I'm in Norwich with the boys, can't come back till I've shifted it all'. Son has previously come home with cuts and said he owes people money. Mother terrified.",
  "AV DB", "pa", "C", "h")
T("GLAA: Visit to flower farm, Cornwall. 42 seasonal workers on Seasonal Worker visas. Accommodation caravans, 4 per caravan, clean. Workers have own passports, wage records fine, 40-48hrs/wk. Some complaints about lack of work on rainy days. No exploitation found.")
T("I was a teacher in Nigeria. A pastor said there is a family in Manchester needs a nanny and they will pay school fees for my son. The family took my passport when I arrived. I looked after 3 children and cleaned the house from 6am and I slept on a mattress in the kitchen. They gave me 50 pound a month. The madam said if I ran away she would tell the police I stole from her and I would go to prison.",
  "DE RD EO AC WW IT", "dt lh plc", "D")
T("ASB report - 3 men drinking in park and urinating. Moved on.")
T("Intel 2/B/P: 'Diana' (Romanian, 40s) places Romanian women in flats in Slough and advertises them on Vivastreet. Women told they owe £4,000 'for the flight and the photos' which grows weekly with rent. 'Diana' keeps half their takings and a minder collects the rest.",
  "DB WW", "ncw", "S")
T("Police custody note: DP XU Li (M, age claimed 17, appears 15) arrested at cannabis farm at 7 Broad Oak. Says he was locked in and has been there 'since snow'. Not sure which city. Thin, pale, eczema on hands. Appropriate adult & interpreter (Mandarin). LA notified.",
  "AV RM IS", "rmv iso pa", "C", "h")
T("Update to job 41882: the men living above the Turkish restaurant are all cousins of the owner, on payroll, with own flats elsewhere - they stay over sometimes after late shifts. Not exploitation.")
T("2/B/P Info that 'Aunty Grace' runs a cleaning company in Croydon employing Ghanaian women on overstayed visas. Women paid £2/hr and threatened with 'immigration' if they ask for more.",
  "WW IT AV", "foa", "L")
T("PNC/Intel: No trace for SMITH, Craig at 22 Lea Rd. Enquiry closed.")
T("Safeguarding: Hospital social worker reports a Polish woman (45) admitted with malnutrition and untreated leg ulcer. Lives in a garage behind the house of her employer where she cleans and cares for the employer's elderly mother. Not paid for over a year - employer says she 'keeps it in the bank for her'.",
  "AC WW", "pa plc ncw", "D")
T("Organ trafficking - 2/B/C (NCA only): Intelligence that a Nigerian politician's associates attempted to bring a young man from Lagos to London to donate a kidney to a relative, misrepresenting him as a family member to the hospital. Young man was a street trader promised a better life; did not understand he would be operated on.",
  "DE AV", "", "O")
T("Renal team note: potential donor assessment halted - donor (Indian, 24) disclosed to independent assessor that he is not the recipient's cousin and was told he would be paid. He appears not to have understood the risks and said he feels he has no choice because of family debts. Referred to police.",
  "AV", "", "O")
T("Call 999 1:12am: male voice whispering, says he is locked in a basement in a house in Ilford with 3 others, they work making clothes, the boss took their phones, he has a hidden one, battery low. Call dropped. Location trace in progress. Graded immediate.",
  "RM IS", "rmv iso", "L", "i")
T("Welfare visit to said address (Ilford) after trace - 4 Bangladeshi men found in basement clothing workshop, door bolted from outside. Men say they work 7 days 8am-11pm, sleep on the cutting tables, and are paid only when orders go out. Boss arrested.",
  "RM EO AC WW", "rmv lh saw", "L", "i")
T("Report (GLAA): Agency supplying warehouse pickers to distribution centre in Daventry. Workers charged £95/week for accommodation plus £5/day transport, deducted before pay. Some payslips showed net pay below £50 for 45 hrs. Workers reliant on agency for housing and transport.",
  "WW", "ct ncw", "L")
T("Intel 3/C/P: allegation of 'slaves' on a traveller site near Stow. Visited with TOR liaison; three non-family men found, all British, all deny being made to work, say they are paid cash daily for tarmac work, come and go freely. No indicators.")
T("Intel 1/A/P from operative at Wisbech ATM: saw male in red jacket with fistful of bank cards, putting each in and withdrawing £250, about 12 times. Men in van nearby waiting.",
  "", "mbc", "")
T("Police log - benefit fraud. DWP fraud team report 36 UC claims linked to 4 addresses, claimants Bulgarian, claims managed by one 'translator' who holds all log-ins and the bank cards; claimants given £50 each.",
  "", "ncw mbc sfw", "C")
T("Victim statement (via interpreter, Vietnamese, age 15): 'I was in the lorry a long time. When I arrived they took me to a house. There was a lot of plants. A man said I must water and cut the plants. I was not allowed out. Sometimes he hit me with a stick when the plants were dying. He told me my family owes money and I must work to pay. I did not go to school in England.'",
  "AV RM PV DB", "rmv", "C", "h")
T("Council env health: takeaway inspection, 'Golden Dragon' - kitchen dirty, staff sleeping in storeroom on cardboard. Staff nervous when asked about pay, manager answered for them.",
  "AC", "saw plc sfw", "L")
T("SHIFT BRIEFING: Burglary series Ash Ward - 4 dwellings in a week, entry via rear windows. Suspect vehicle silver Golf. No MS element.")
T("1/B/P. Source says MURPHY brothers pick up homeless men from the soup kitchen at St Anne's, promising 'cash work and a caravan'. The men end up laying driveways 6 days a week for a few pounds, kept drunk, and beaten if they try to leave. One recently left and was found and dragged back.",
  "DE AV WW PV RM", "rmv", "L")
T("Caseworker note (TARA, Scotland): Client (Chinese, 34) describes having sex with customers in 4 different flats in Glasgow and Edinburgh over 6 months; she was driven between them by a man who kept her phone. She owed €30,000 for her visa which she was told would take 'years'. She felt she could not go to the police because she overstayed.",
  "IS DB AV", "et iso foa", "S")
T("Domestic incident, 22 Larch Ave: husband and wife argument about finances. Wife says husband controls the money. No violence. No labour or sexual exploitation. DASH medium, referred to IDVA.")
T("2/B/P — intel suggests a Pakistani family in Bradford brought a 16 yr old girl from their village as a 'bride' for their son; she is kept at home doing all the housework, has no contact with her family in Pakistan, and the son is said to force her to have sex.",
  "AV IS PV", "iso", "D S", "h")
T("PCSO note - spoke to 'Big Issue' seller outside M&S, regular, has own pitch and flat, says he is doing well. Nothing to report.")
T("Intel log: Romanian children (approx 8-11 yrs) begging with adults at Tube stations, adults collect money at end of day, children not in school. Same 3 adults seen with different children. 2/B/P",
  "AV", "ncw", "C", "h")
T("GLAA inspection finding (fish processing, Grimsby): workers' passports held in HR office 'for right to work checks', returned on request - workers confirmed they asked for and got them back same day. Advised to return all. No other issues.")
T("Intelligence submission from partner agency (Barnardo's): Young person (F, 15) reports being 'sold' for sex by a 19-year-old male to his friends in exchange for drugs. She says he has videos of her and says he'll send them to her school if she stops.",
  "AV PV IT", "", "S", "h")
T("Log: Polish M located asleep in bus shelter, drunk. Said he had lost job at chicken factory. Took to shelter. No exploitation disclosed; asked specifically - says he was paid, had his own passport, left job himself.")
T("Stop check 1930 near Felixstowe. 3 Indian males walking along A14. Say they were brought by agent to work in a warehouse but the job does not exist and the agent took £2,500 each. They have no money and nowhere to stay.",
  "DE", "uf", "")
T("Intel 2/B/P: nail bar at 16 Market St, workers are Vietnamese females aged 16-20, one of them told a customer she works 'for free until I pay for my plane'.",
  "AV DB", "", "L", "h")
T("Welfare visit to 'Magic Nails' following above: 3 workers present, all said to be over 18 but no ID produced. Manager said passports at 'home'. Workers said they live with manager and she 'looks after' their money.",
  "RD WW", "dt ncw sfw", "L")
T("Organ: Press summary - a court heard how a woman from Nigeria was brought to the UK by a man who planned to harvest her kidney for his daughter. She was told she would be working and getting a better life; she had no idea of the plan until tests at a London hospital, when she raised the alarm.",
  "DE", "", "O")
T("DEBRIEF (M, 44, British): I met Steve in the hostel. He said he had work on a farm, a roof over my head, money. I went with him. It was a caravan with no heat, 3 of us. We started at 6 and finished when it was dark. He said he was keeping the wages for us so we wouldn't drink it. I got £10 on a Friday. He said if I left he'd find me and break my legs and he would tell the hostel I stole. I was there 4 years.",
  "DE AV AC EO WW IT", "plc lh ncw", "L")
T("Police log: 'Mama Joy' (Nigerian female) - believed to have taken 4 women through Italy to UK via juju oath, women believe they will die if they break it. Women work in brothels in Birmingham to pay off debts of €35k. 1/B/P.",
  "IT DB", "", "S")
T("Crime report: theft from motor vehicle, laptop stolen from car on Mead St. No witnesses.")
T("Probation note: YP (18) on licence reports he is being pressured by his old line to 'do one more run' or they will 'do' his little brother. Referred to police and YOS. Brother spoken to.",
  "IT", "", "C")
T("handover - Misper returned (16, M, LAC). Found in Aberystwyth with £300 and 2 phones. Would not say who gave him the money. Believed to be running for 'Rich' line. Says 'if I talk I'm dead'.",
  "AV IT", "", "C", "h")
T("3/C/P: allegation that staff at 'Swift Recycling' are not paid. Employer records show payment via payroll. Workers interviewed - all paid, local. Allegation from disgruntled former supervisor. NFA.")
T("A&E: F, 22, Romanian, attended with severe pelvic pain. Says works 'in massage'. Accompanied by female who kept answering questions and took the patient's phone. Patient has bruises on her thighs. Declined to discuss.",
  "PV", "pa sfw", "S")
T("Email from a church volunteer: a young Eritrean lad who comes to our food bank says his boss at the car wash keeps his wages 'in a box' and gives him £20 when he asks. He lives in a room above the car wash with 5 others. He says he is happy because at least he has a roof.",
  "WW AC", "ncw oc", "L")
T("2/B/P - POI VASILE, Ion. Controls female Romanian beggars and shoplifters in Nottingham. Pays their rent, takes all takings. Women's ID cards are kept by Vasile 'so they don't lose them'.",
  "WW RD", "ncw dt", "C")
T("Stop and search: male 24, found with knife, arrested. Local, no exploitation concerns.")
T("Statement extract (hotel housekeeping supervisor): 'Four girls from the agency started in May. Their agency man drives them in at 6 and picks them up at 11 at night. They do 3 jobs - here, a nursing home and a factory. He gives them envelopes with small money. One girl cried and said she hasn't slept properly in weeks.'",
  "EO WW", "cedl et lh ncw", "L")
T("Intel 2/B/P: Slovak Roma family in Derby 'lending' money to newly arrived Slovak men and getting them jobs at a meat plant. Men's wage cards held by the family; loan 'interest' takes most of each wage.",
  "DB WW", "ncw", "L")
T("ESOL tutor report: A Vietnamese student said she works in a nail shop, gets paid properly and is saving for college. Tutor had been worried but says she is happy and has her own flat. For info only.")
T("1/A/P: Woman in flat 6 above The Gate pub (Op HARROW) told UC she has not been outside for 5 weeks, the door is locked from the outside when the men leave, and she is given food once a day.",
  "RM AC", "rmv", "S", "i")
T("Council building control: site at 45 Victoria Rd - labourers living in portacabins on site, no toilets, gas heater. Contractor says it's temporary. Workers would not speak. Passed to GLAA and police.",
  "AC", "saw plc", "L")
T("Police log: Eritrean male (22) presented at front counter Hounslow, says he escaped a house where he was made to work in a restaurant kitchen for 18 months. The owner told him the police would deport him. He has a scar on his arm from boiling oil thrown at him.",
  "PV IT", "pa foa", "L")
T("Caller reports their Ukrainian lodger, here on Homes for Ukraine, has been offered a cleaning job with an agency; asked if it's legit. Agency checked - reputable and licensed. Advice given.")
T("Intel 2/B/P: massage parlour 'Oriental Touch' - Thai women rotate every 2 weeks, never leave the premises, food delivered. Male driver seen taking them to and from the airport.",
  "RM", "rmv et", "S")
T("NRM referral extract (LA children's services): Child A (Albanian, 16) arrived UASC. Told social worker he worked in a car wash in Coventry for 6 months 'for a man who brought me'; lived in the back room with other boys; no pay because 'the debt'; man hit him when he fell asleep at work.",
  "AV DB WW PV", "saw", "L", "h")
T("INT: 'Uncle' Pham - collects Vietnamese teenage girls from foster placements and moves them to nail bars in Scotland. 3 girls MFH in past month. 1/B/C (not to be disclosed to media).",
  "AV", "", "L", "h")
T("Neighbour reports noise from dog barking at 12 Peel St for 3 nights. Owner away. RSPCA.")
T("Victim account (Slovak F, 25, learning difficulties), through Roma support worker: she says she met a man on Facebook who said he loves her and will marry her in England. In England he put her in a house with his family and sold her to a Pakistani man for marriage. After the wedding the husband's family kept her inside and she was made to sleep with him. The support worker says she doesn't really understand what happened.",
  "AV DE RM PV", "rmv", "S D")
T("2/C/P: men from the Lithuanian 'bus' come every Sunday to Peterborough with new workers, each worker pays the driver £300 for the ticket and 'a job'. Drivers arrange housing. No evidence of ongoing control.",
  "", "uf", "")
T("Intel: young men working in 'Tasty Fried Chicken' Leicester on student visas doing 70 hr weeks. Owner pays them £200 a month cash, says it's 'fair for students'. 2/B/P",
  "EO WW", "lh", "L")
T("Road traffic collision Junction 5. Minor injuries. Drivers exchanged details. NFA.")
T("Intel 1/B/P: Cuckooing - 8 Sycamore Dr (occupant frail elderly male with dementia). Dealers using the address; occupant's pension is drawn by one of them every Thursday.",
  "AV", "ncw", "C")
T("Handover - DS Cole: Op WILLOW (fishing). Two Filipino deckhands off Brixham trawler now at reception centre. Both say skipper kicked and punched them, food was rotten, they worked 20-hr days and were not allowed off the boat in port. Pay for 8 months withheld. Papers held by agent in Manila.",
  "PV AC EO RM WW RD", "lh rmv dt", "L")
T("Safeguarding referral from GP: teenage girl (16) attends for contraceptive pill with 'uncle' who is 40ish; she says he lets her stay at his and his friends visit. Very guarded.",
  "AV", "sfw", "S", "h")
T("PCSO visit to farm shop re shoplifting. Staff all family members. Nothing further.")
T("Debrief (F, 31, Indian) via Hindi interpreter: she says she was married in India and brought here by her husband. Her mother-in-law took her passport and her jewellery. She was made to cook and clean for the whole household and look after the shop without pay. She was not allowed to phone her parents. Once, when she burned the rice, her husband beat her.",
  "RD WW IS PV", "dt iso", "D")
T("GLAA referral: labour provider unlicensed supplying 30 workers to a salad farm. Workers found paid correctly and housed in their own rented rooms; issue is licensing only. Prosecution for unlicensed activity under consideration.")
T("Intel 2/B/P: 'Ricky' - British male, 30s, recruiting young homeless men in Blackpool to open bank accounts and pass money through for £100 each. Once done, he keeps their cards and PINs and threatens them if they try to close the accounts.",
  "AV IT", "ncw mbc", "C")
T("Witness: 'I saw a man push a woman into a car outside the Greenway hotel; she was crying and said \"please no more\". The car drove off, I got part of the reg: MK..' Officers searched, vehicle not located.",
  "PV", "", "", "i")
T("Airport (Stansted) Border Force note: M (Albanian, 19) arriving with return ticket and £50, says visiting friend but couldn't name him; phone has messages: 'you will work at garden, pay later 15k'. Refused entry. Intel shared.",
  "DB", "", "C")
T("Caseworker note (Kalayaan): Domestic worker (Kenyan, 38) came to the UK with a diplomatic family in Kensington. She left after her employer hit her with a shoe. She says she worked every day, 7am to 1am, with no day off, slept in the storage room, and was paid £100 a month which was sent to her husband by the employer.",
  "PV EO AC WW", "lh plc ncw", "D")
T("Local Authority - Licensing: massage parlour license application from 'Serenity Spa', director British female, staff on payroll with qualifications. Granted.")
T("POI: GHEORGHE, Vlad. Believed to have taken 15 Romanian men to work in a scrapyard in Essex. Men told they cannot leave site 'because of insurance' and must buy food from the site shop at inflated prices, the cost being taken from pay. Men sleep in containers. 2/B/P",
  "RM WW AC", "rmv saw plc ncw", "L")
T("Police log: public report of 'sex slaves' in flat 2 Abbey Ct. Attended - 2 women working independently as escorts, hold their own documents, own the lease, no third-party control. Advice on safety given. No exploitation.")

# ---------------- part 3 ----------------
T("Intel 2/B/P: lads at Bubbles car wash pay the boss £20/wk for their wellies, gloves and hi-vis, taken out of wages.",
  "WW", "ppe", "L")
T("3x Vietnamese M at grow, Unit 4 Dock Rd. No ID, no phones, one carrier bag of clothes between them. Hatch nailed. All NRM.",
  "RM IS", "rmv fpe iso", "C", "i")
T("Theft of catalytic converter, Penn Rd. Enquiries ongoing.")
T("POI NOWAK runs a minibus to the potato plant; workers pay him £12 a day each for the seat whether they get work or not. Seen at 0430 collecting from 3 HMOs. 2/B/P",
  "", "ct cedl et", "L")
T("IP states she was told by the recruiter the job was packing in a biscuit factory. Turned out to be 'hostess' in a bar where she had to sit with men and go upstairs with them. Refusal = no food that day.",
  "DE AC", "", "S")
T("Caseworker update: client's passport returned by employer following solicitor's letter. Client now in new employment, paid weekly, lives with sister. For closure.")
T("Welfare visit — 3 Acorn Way. Reported that elderly man is being kept by his family. Attended: man lives with daughter and son-in-law, has own room, attends day centre, happy. Reporter is estranged son. NFA.")
T("Log 2340 / update 0012: Report of a female at the window of 19 Station App. holding a 'HELP ME' sign. Attended - female (Hungarian, 23) found with 2 other women, both bedroom doors fitted with external bolts. She says she was brought to do 'cleaning' and has been made to see clients. A male (SZABO) arrested at scene.",
  "RM DE", "rmv", "S", "i")
T("Public report: the poles at the building site on Canal St they're living in the site cabin, work sat and sun, and the gaffer drives em to the bank and takes the cash out with them",
  "EO", "saw lh et ncw", "L")
T("INT 2/C/P: family in Harrow employs a Sri Lankan woman as 'cook'. She is rarely seen outside, once seen in the garden crying. Neighbours have never seen her go out alone.",
  "RM", "rmv", "D")
T("Stop check, cyclist with no lights, Bristol Rd. Deliveroo rider, Brazilian, working on a friend's account. Advised. Passed to IE re right to work. No exploitation - rider says he pays friend a share voluntarily and keeps the rest.")
T("2/B/P - WANG, nom. Running a 'massage' chain across 5 towns. Women pay £150 a day 'room fee' regardless of clients; if short, added to what they owe, which now exceeds £10k for some.",
  "DB", "", "S")
T("I am Mihai. We were 9 in a house, 3 rooms. The man that bring us, Florin, he keep the bank cards of all. He say he will give money when the job finish. The job never finish. If somebody ask the money, Florin say 'you want to go to hospital?'",
  "WW IT AC", "oc ncw", "L")
T("Organ — Intel 1/B/C (NCA only): Albanian OCG offering UK-based migrants in debt £5k to travel to Istanbul for a 'kidney donation'. Two men have had nephrectomies; both say they were told they would lose their homes in Albania if they backed out and never received the money.",
  "AV IT WW", "", "O")
T("Transplant coordinator: a patient's proposed donor from Pakistan could not explain the relationship; on a private interview the donor said he was 'bought' and a debt in his village would be cleared. Donation stopped, HTA and police informed.",
  "AV DB", "", "O")
T("Custody: DP (M, 15, British) arrested Torquay in poss of crack. Mother states he has been 'taken' by a London line after getting into debt, comes home with black eyes, sleeps all day. He says nothing in interview except 'they will hurt my sister'.",
  "AV DB PV IT", "pa", "C", "h")
T("Routine: lost property - passport handed in at front desk, belongs to Chinese student at the uni. Owner contacted, collected. Nothing suspicious.")
T("Intel: 'Cash for rooms' - female landlord takes all the wages of Romanian lodgers who work at a bakery; lodgers get £25/wk and their food. When one asked for her pay the landlord said she would call immigration. Lodgers are EU nationals with settled status (unknown to them). 2/B/P",
  "WW IT AV", "ncw foa", "L")
T("Anti-slavery partnership minutes: discussed car wash accreditation scheme. 12 car washes signed up. No specific cases discussed.")
T("Welfare visit to a Nepali care worker at her request. Says her sponsor care home reduced her hours and she's struggling financially; she's paid correctly for hours worked, holds her own documents, and is looking for another sponsor. Advice given re: visa. No exploitation.")
T("3/C/P - Caller thinks 'foreign girls' at the hairdressers are trafficked because they 'don't smile'. Visited: two Polish sisters who own the business. Nothing further.")
T("2/B/P, VRM GF70 ZZE (white Transit) used to move Eritrean men from a Birmingham HMO to a Leicester textile unit. Men say they must pay £40/wk for the van and the room, and that the man who drives 'has our papers for the job'.",
  "RD WW", "et ct dt", "L")
T("Debrief (via Albanian interpreter): he says that he was 17 when he came. Men in Tirana said he could go to school in London and work part time. Instead he was driven to a house where he had to look after the plants. He had no key. When he asked to phone his mother, the man broke his phone and showed him a video on his own phone of a boy being beaten and said 'this is what happens'.",
  "AV DE RM IS IT", "rmv iso", "C")
T("Handover: missing Vietnamese girl (16) from foster care in Kent found at nail bar in Glasgow. Manager said she is his niece; no proof. Girl has £0 and no phone, says she works to pay the 'aunty' back for her flight.",
  "AV DB IS", "iso", "L", "i")
T("Lost dog reported, Fir Close. Returned home.")
T("Midwife note: pt (Romanian, 24) 30 weeks, says she lives with partner, works part-time in a packhouse, paid into own account. No concerns. Booked interpreter for next appt.")
T("Intel 2/B/P: 'Mr B' buys girls' Snapchat logins from older men and advertises them for 'parties' - girls as young as 13. Girls told if they don't turn up their nudes go to their families.",
  "AV IT", "", "S", "h")
T("Warehouse supervisor reports to police that an agency worker told him his 'landlord' takes his bank card every payday and only gives him £30. Worker is Bulgarian, speaks little English. Supervisor worried. Agency informed.",
  "WW AV", "ncw", "L")
T("Follow-up: worker above seen; landlord is his brother-in-law; worker says he gives the card willingly as they share bills, says he has access to the account on his phone and showed officers. No exploitation.")
T("Log 1610: Shoplifting at Primark, 2 Romanian girls approx 14. Adult male outside who ran on police arrival was carrying 3 bags of stolen items. Girls say he's their 'uncle' and he 'tells us what to take'. Both to children's services.",
  "AV", "", "C", "h")
T("Council HMO note: 25 men registered at a 4-bed house, Arthur St; landlord is a director of a labour agency which supplies them to a meat plant. Rent £80/wk each deducted at source.",
  "AC WW", "oc ncw", "L")
T("Call 101: woman says her husband's cousin from Pakistan, here on visitor visa, is being used as an unpaid servant by her husband's family, made to clean and do the garden from morning to night and sleep on the landing. Caller is worried but also scared of her in-laws.",
  "WW EO AC", "lh plc", "D")
T("Intel 2/B/P: Chinese students recruited to take cash to a Bureau de change, told it's 'part-time job'. Money mules. Paid £50 a trip. No evidence of coercion.",
  "", "", "C")
T("Statement (owner of laundrette): 'The girl comes in every day with a man who puts all the washing in and takes the money from her purse. She doesn't speak. She has marks on her neck. I asked her if she's ok and he said she don't speak English.'",
  "PV", "pa sfw ncw", "")
T("Intel: POLAT brothers run kebab shops in 3 towns staffed by Kurdish men who arrived by lorry. Men owe £8-10k each for the journey, paid off from wages at £100/week, and sleep in rooms above the shops. 2/B/P",
  "DB WW", "saw", "L")
T("Prison note (HMP): prisoner says he was forced to grow cannabis to pay his traffickers for his passage; solicitor raising s45. Prison referral to NRM made. Prisoner says he was locked in the property for a year and his captors beat him with a metal bar.",
  "DB RM PV", "rmv", "C")
T("POI: Ms ADEYEMI, care agency owner. Staff on sponsored visas report she holds their BRP cards and deducts 'training fees' from salary, leaving some with £200 for a month of full-time work. 2/B/P.",
  "RD WW", "dt ncw", "L")
T("Incident: RTC with delivery van on M6. Driver employed by courier firm, own van. Injuries minor. No concerns.")
T("GLAA: Shellfish gatherers in Morecambe Bay - group of Chinese men dropped at the beach before dawn, no safety gear, not told about tides, paid by the bag to a gangmaster who holds their money. Referred to police.",
  "AC WW", "cedl ncw", "L")
T("Intel 1/B/P: A Filipino nanny working for a family in Surrey on an overseas domestic worker visa has told a friend at church that the family pays her properly and gives her Sundays off. The friend's earlier report was a misunderstanding. Closed.")
T("public report: i run a chippy and 2 lads came in asking for work, said there boss at the farm hasn't paid them for 2 months and they're sleeping in a cow shed. polish or lithuanian i think. they were starving so i fed them",
  "WW AC", "saw plc pa", "L")
T("Intel 2/B/P: Eritrean women in Leeds being used by a 'husband' to claim UC in multiple names; he keeps the bank cards and the women get nothing.",
  "", "ncw mbc", "C")
T("Victim account (Polish M, 60, via Polish-speaking officer): He says the family he worked for as a 'handyman' took him in after he became homeless. He worked on their houses 12 hours a day for 8 years. They gave him cigarettes and beer and a caravan with a bucket for a toilet. He thought he would be paid one day. He was beaten when he asked for money.",
  "AV EO AC WW PV", "lh plc", "L")
T("Burglary dwelling 9 Coppice Ln. Jewellery taken. SOCO attended.")
T("Public report: GIRLS IN THE FLAT ABOVE THE SHOP ON LONDON RD KEEP CHANGING EVERY FEW DAYS AND A MAN BRINGS THEM FOOD. ONE GIRL WAS CRYING ON THE STAIRS SAID SHE WANTS TO GO HOME BUT HE HAS HER PASSPORT",
  "RD", "dt", "S")
T("Intel 3/C/P: unconfirmed report that a man is 'forcing' his wife to work at a factory. Wife seen: works at factory by her own choice, salary in joint account she controls, no concerns.")
T("Handover note - Op MARLIN: 2 Indian men in a warehouse of a wholesaler in Southall. Say they were promised jobs in IT. They load lorries 7 days, live in the warehouse loft, and the owner keeps their passports 'for visa renewal' - renewal never done. Interview booked.",
  "DE EO RD", "lh saw dt", "L")
T("2/B/P: Chinese female POI 'Lily' manages 6 flats; women in them do not hold keys and are moved by taxi; drivers are paid by Lily. Women's phones are swapped each week.",
  "RM IS", "rmv et iso", "S")
T("Welfare visit: Vietnamese man (38) reported as 'vulnerable' working at a nail bar. He's the owner. Has wife and children locally. Nothing to report.")
T("101 summary: caller says she was offered a job via Instagram as a 'model' in Dubai; the agency wants £500 upfront for a visa. She hasn't paid. Advice given - likely scam. Action Fraud ref.",
  "", "uf", "")
T("DEBRIEF — F, 17, British, via ISVA: she says she met him when she was 14. He gave her weed and a phone, then said she owed him £500. She was taken to hotels and 'had to do stuff' with men to pay it back. He told her he knew where her little brother went to school.",
  "AV DB PV IT", "", "S", "h")
T("Intel 2/B/P - Construction site, Salford: Romanian workers driven in at 0600 by gangmaster 'Marius', who holds the keys to their lodgings. Workers can only leave the house in his van. They say he deducts 'fines' for lateness.",
  "RM WW", "et rmv cedl", "L")
T("Officer's note: warrant at 12 Heron Way - cannabis grow, approx 200 plants. No occupants. Electricity bypass. Owner of property abroad. No victims found.")
T("Partner agency submission (Migrant Help): A Sudanese client says the man who got him a job at a chicken shop keeps half his wages 'for the rent' and threatens to tell the Home Office he works illegally. He is frightened to leave as he says he has no one else.",
  "WW IT AV", "foa", "L")
T("Caller states his friend (Pakistani, 25) is a student who works 20 hrs at a warehouse and has had his passport taken by the university for visa check. University confirms it holds passport for 24 hrs for BRP copy; returned. No concerns.")
T("POI GRIGORE. Sets up Romanian women in 'sham marriages' with Pakistani men for £10k per wedding, keeps all the money. Women kept in his flat until the wedding and told they'd be beaten if they tried to run. 2/B/P",
  "WW RM IT", "rmv", "S")
T("Hand car wash, Station Rd — labour inspection: 6 workers, all say they live in 2 rooms above the wash, don't pay rent, get £30/day cash for 12 hr day. Owner answered for them. Passed to MSHT.",
  "WW EO", "saw lh sfw", "L")
T("Intel 1/B/P: 'Johnny' (British, 40s) has 4 young women with addictions living in his flat; he supplies their heroin and puts them out on the street, takes their earnings. One says he 'keeps her sick' if she doesn't bring back £200.",
  "AV WW", "ncw", "S")
T("Crime: criminal damage to bus shelter, Hill St. CCTV reviewed.")
T("Domestic worker (Moroccan, 29), account given at embassy-facilitated interview: she came with her employer, a diplomat, who locks her in the apartment when the family goes out. She gets one meal a day, works from 6am to 2am, and has never been paid. She was told that if she goes to the police she will be arrested because she has no visa of her own.",
  "RM AC EO WW IT", "rmv lh foa", "D", "i")
T("CASEWORKER NOTE (New Pathways): Client describes being recruited by a cousin for a 'restaurant job' in Cardiff. On arrival she was taken to a house and required to provide sexual services. She says a woman called 'Mama' hit her when she refused and told her that her family in Nigeria would suffer.",
  "DE PV IT", "", "S")
T("3/C/P: report of men being 'kept' in a lorry park. Visited: HGV drivers resting in cabs per tachograph rules. Nothing to report.")
T("Stop check 1145, A1(M): car with 5 Albanian men, driver has 4 phones, cash £3,800. Passengers say they were going to 'work in the garden' in Newcastle. One said he owes 'the boss' for his flight and lorry.",
  "DB", "", "C")
T("Council safeguarding adults: Mrs E (62), learning disability, lives with her brother who has been taking her pension and making her do all the cooking and cleaning for him and his 3 friends who stay there. She sleeps on the sofa. Section 42 enquiry.",
  "AV AC", "ncw plc", "D")
T("Intel 2/B/P: VRM WP67 KLM used by 'Tariq' to drop off 15-16 yr old girls at hotels in Bradford for 'parties' with older men. Hotel staff have seen girls leaving upset.",
  "AV", "et", "S", "h")
T("Handover: no update on Op ASPEN - awaiting phone downloads.")
T("Log entry - public report forwarded by Modern Slavery Helpline: 'A man in a hi-vis vest turns up at the Sikh temple asking for food. He says he works on a farm near Evesham, not paid for 3 months, boss keeps his passport, he cannot read the contract.' Helpline ref 3319.",
  "WW RD", "dt", "L")
T("Victim account (male, Lithuanian, via interpreter): the gangmaster took us to the chicken catching every night from 10pm until morning, then to the house. 12 people. He took £70 from every week for the house and £30 for transport. He said we owe him for the flights so he kept the rest. I was working 18 months and I have nothing.",
  "DB WW AC", "oc ct ncw cedl", "L")
T("School nurse referral: Year 10 boy (15) turns up with unexplained injuries, has new expensive clothes and 2 phones, often missing from lessons. He told the nurse 'I have to do what they say or they will come to my house'.",
  "AV IT", "pa", "C", "h")
T("Police note: a Romanian man reported his employer for paying his last month's wages three weeks late after he resigned; the employer has since paid in full. Civil matter, advised ACAS. No other exploitation indicators; he had his documents and lived independently.",
  "", "", "")
T("Intel: 'K' - Kurdish Iraqi male - runs 3 barber shops where new arrivals work for 'tips only' to pay back travel costs of £7k. 2/C/P",
  "DB WW", "", "L")
T("A&E note: M (Vietnamese, approx 16) brought by 'friend' with severe burns from an electrical fire in a house. Friend left before name taken. Patient says he lived in the house 'with the plants' and was never allowed out. Police informed.",
  "AV RM", "rmv pa", "C", "i")
T("Press: 'A woman who kept a vulnerable man as a slave in her home for 10 years has been jailed. The court heard he was made to do all the housework, sleep in a cupboard under the stairs and was denied food. He was not allowed to leave the house without her.'",
  "AC RM AV", "rmv plc", "D")
T("PCSO: spoke to Romanian man begging at junction of Park Rd. Says he is alone, sleeping rough, keeps his own money. Referred to outreach. No control evident.")
T("Intel log 2/B/P - man with Irish accent using van VRM FH14 YBG picks up rough sleepers from Leeds station and takes them to tarmac jobs. Men are paid 'in drink'. One came back with a broken arm and said he was pushed off a roof when he asked for pay.",
  "AV WW PV", "pa", "L")
T("Call 999: child (12) calls saying her 'auntie' has locked her in the bedroom and hit her. Units attended immediately. Child was brought from Ghana 2 yrs ago, not in school, does housework and cares for auntie's baby.",
  "AV RM PV", "rmv", "D", "i")
T("POI: SINGH, Harjit - suspected of using Indian students to work illegally in his factories. Students on payroll, paid NMW, with own accommodation; immigration offence only.")
T("Intel 2/B/P: Albanian female, 22, trafficked for sex; 'boyfriend' controls her Instagram and sets up clients. She is moved between Airbnbs. He has told her he'll kill her if she leaves.",
  "IT IS", "iso", "S")
T("Handover note - DC Patel: the Thai women at the Green Lane spa (Op TEAK) have now all been spoken to separately. None disclosed control; all have own passports and bank accounts and one showed her tenancy. The owner's licence to be reviewed for hygiene. Closing MS strand.")
T("Stop check: 2 boys (14) on train from Euston to Crewe, no tickets, £300 cash and phone getting constant calls from 'Shaun'. Boys say they're going to 'see family'. Both from LAC placements. Detained under s46 CA 1989.",
  "AV", "", "C", "h")
T("A woman in Swansea reports her neighbour's 'housekeeper' knocked on her door at 6am asking to use her phone, crying, saying she has not been paid for 6 months and the family keeps her passport. Neighbour called 999.",
  "WW RD", "dt", "D")
T("Intel 3/C/P: anon says foreign workers at 'Meadow Farm' get shouted at and sworn at. Farm visited: workers say the supervisor is rude but they are paid correctly and can leave. HR to address.")
T("Debrief (M, Pakistani, 29): came on skilled worker visa to a care home after paying agent £15,000. Home gave him 10 hours a week, not the 39 promised. Told to do cleaning at the owner's house without pay to keep sponsorship. Owner said he would cancel the visa if he complained.",
  "DE WW IT AV", "uf", "L")
T("Police log - anonymous letter: 'the man at 7 Ivy St has girls coming and going, he gives them drugs and takes their money, one is only 15.'",
  "AV WW", "ncw", "S", "h")
T("Intel: Nigerian family in Essex with unregistered 'cousin' aged about 14 doing domestic work, not schooled, seen carrying shopping at 10pm. 2/B/P",
  "AV", "", "D", "h")
T("Theft from shop, Boots High St. Suspect local female, known prolific shoplifter. No third party involvement.")
T("Caseworker (Salvation Army): client (Albanian, M, 27) states he worked in a car wash in Hull 7 days a week for 11 hours a day. The boss paid him £250 a month and took the rest for 'the debt' from his boat crossing. He lived in a flat with 9 others, 2 to a mattress.",
  "EO WW DB AC", "lh oc", "L")
T("Welfare check on Vietnamese female at nail bar after public report. Has own passport, pays her own rent, owner is her sister. Works 9-6 Tue-Sat. No concerns.")
T("Intel 2/B/P: ex-prisoners on release being met at the gates by 'Gaz' who offers lodgings; they are then used to sell drugs and shoplift to pay the rent, which 'goes up' each week.",
  "AV DB", "", "C")
T("Police note - fishing: Scottish skipper reported by crew agency for paying 2 Sri Lankan crewmen below the contract. Crewmen interviewed: paid late but in full, ashore freely, hold own documents. Employment dispute only.")
T("Intel: women in a Chinese 'massage' flat in Reading are never seen outside and have food delivered by a man; a delivery driver says the door is always opened by the man, not the women. 2/C/P",
  "RM", "rmv sfw", "S")
T("Victim account (Romanian M, 19, through interpreter): I was told I am going to a farm. Instead they put me in a shop to steal. Every day I have to bring back 300 pound of things. If not, no food and the big one hits me. They have my ID. I sleep in a room with 6 others.",
  "DE PV RD AC", "dt oc", "C")
T("Report from council street warden: man sleeping in doorway says he was working at a car wash but left because the work was 'too cold'. Was paid £11/hr cash. Says he was never stopped from leaving and kept his own passport.")
T("Intel 2/B/P: Warehouse 'Apex Logistics' uses agency workers whose agency 'Nova Recruit' charges £30 for hi-vis and boots each month and £10/wk for ID badges.",
  "WW", "ppe", "L")
T("Intel 2/B/P: Polish men at the recycling plant on Ferry Rd say the man who brought them is 'keeping their passports safe' and they get paid only what he decides after he takes rent.",
  "RD WW", "dt ncw", "L")
T("Log 0820: Concern for welfare of Ethiopian woman seen walking barefoot on A4 with bruised face, said she ran from a house where she 'works'. Taken to hospital. Interpreter needed.",
  "PV", "pa", "D", "i")
T("Neighbour dispute re: hedge height. Civil matter.")
T("Intel 1/A/P: VRM KY20 XBR dropping 3 Vietnamese F at 'Perfect Nails' 0800 and collecting 2200, 7 days. Same veh goes to 24 Hollins Rd where the women stay. Women never seen outside otherwise.",
  "EO RM", "cedl et lh rmv", "L")
T("GLAA inspection: car wash 'Prestige Valet' - 4 workers, paid cash, no payslips; workers said they choose hours and are paid £11/hr; all live in own rented rooms. Tax issues passed to HMRC. No exploitation indicators.")
T("Debrief (F, 19, Vietnamese) via interpreter: she says that in Vietnam her family borrowed money for her to go to the UK to work. In the UK she was taken to a nail shop where she worked from early morning to late night. She slept on a mattress in the staff room with 3 girls. The owner said she owes £25,000 and that it would take 5 years. She was given £50 a month for food.",
  "DB EO AC WW", "lh saw oc", "L")
T("Handover - concern that Eritrean teen placed in supported lodgings is being collected late at night by older men in a car. She says they're friends from church. Intel sub, strategy meeting. No disclosure yet.",
  "AV", "cedl", "", "h")
T("Call summary 101: caller's elderly mother's cleaner from an agency is doing too many hours and looks exhausted; caller asked cleaner - she said she works 3 jobs by choice to save for a house. No concerns.")
T("Intel: Romanian beggars at Marble Arch dropped off by a silver Galaxy at 0700, picked up 1900; one has a prosthetic leg and is moved between pitches by the men. Takings counted in car. 2/B/P",
  "AV WW", "cedl et ncw", "C")
T("Police log: a British female (32) with mental health issues told her CPN that a man she met online has moved in, is selling her for sex to his friends, and won't let her have her phone.",
  "AV IS", "iso", "S")
T("Public report: hi theres a house on Nelson st with lots of indian men going in and out. they look fine, they wave and go to work in there own cars. just thought i should say. thanks")
T("Organ - Case summary (CPS): Defendants arranged for a young Nigerian man to travel to the UK and act as a kidney donor for their relative, falsely presenting him as a cousin. He had been living on the streets in Lagos and was promised work in the UK. Convicted under s2 MSA.",
  "DE AV", "", "O")
T("Border Force note: F (Ukrainian, 17) arriving Gatwick alone with an adult male not related to her, who had her passport and ticket. She thought she was going to work as a waitress; his phone had ads for her in an escort site. Referred to LA.",
  "AV DE RD", "dt", "S", "h")
T("2/B/P. Line 'DEE' (Bristol to Taunton). Cuckooed flat 4 Pine Ct occupied by WARD (51, alcoholic). Youths seen escorting him to the cashpoint every Monday.",
  "AV", "et ncw", "C")
T("Shift log: no MSHT jobs tonight. Vehicle fire on Lime St - no injuries.")
T("Caseworker note: client (Eritrean, M, 30) now in move-on accommodation. Still anxious about the men who exploited him at the car wash, who knew his cousin's address. Police liaison officer informed of continued threats by text.",
  "IT", "", "L")
T("A&E: Chinese woman (approx 40) with broken ribs, says she was 'attacked by a client' at a flat where she 'works'. Declined police. Says the flat's 'boss' will be angry she left. Phone number on her arm. Safeguarding.",
  "PV", "pa", "S")
T("Intel 2/B/P: 'The Greek' - owner of two seafood restaurants in Cornwall - brings seasonal kitchen porters from Romania; they work 16 hrs a day in season, sleep in a storeroom, and receive their season's wages only at the end 'if they behave'.",
  "EO AC WW", "lh saw", "L")
T("Intel: no evidence that workers at Cherry Tree Farm are restricted. GLAA and police visit found 60 workers on SWS visas, clean caravans, payslips fine, free minibus to town. Good practice.")
T("Welfare visit (Op BRIDGE) to a student flat after concern from landlord. Five Chinese students living together, all enrolled, parents pay the rent. No concerns.")

# ---------------- part 4: long texts ----------------
T("""INTELLIGENCE REPORT - OFFICIAL-SENSITIVE. Grading 2/B/P.

Subject: 'Diamond Hand Car Wash', Wakefield Rd (former petrol forecourt).

Source has been a customer of the car wash for about a year. In the last three months the staff have changed - the Kurdish lads who used to work there have gone and been replaced by 5-6 younger men, believed Albanian, some of whom look no older than 16 or 17.

Source states the new staff are there before 0700 when source drives past to work and are still there at 2100. They are fed by a woman who brings foil trays of food at lunchtime. Source has seen the men go into a metal container at the rear of the site at night and the lights stay on; believes they are sleeping there. One of the younger men asked source for a cigarette and said in broken English 'no money, boss keep'.

The manager is a heavy-set male in his 40s, drives a white Range Rover VRM YF69 HXL. He takes cash from the till several times a day. Source says the previous Kurdish staff were 'fine, they used to joke around' and had their own cars.

Assessment: possible labour exploitation including children. Recommend visit with GLAA and LA.""",
  "AV EO WW", "lh saw ncw", "L", "h")
T("""Handover note - late turn to nights, MSHT desk.

1) Job 55120 - burglary at the Polish deli on Church St - nothing to do with us, passed back to CID. Owner is fine, insurance job.

2) Op RAVEN - the women at 40 Tudor Rd. Spoke to the neighbour again today. She says the men who visit arrive every 30-40 minutes from about 4pm until 3am. She has seen a man she calls 'the collector' come at 0900 on Mondays with a sports bag. Still no sight of the women leaving on their own; the one time she saw them they were put into a taxi with the collector. We have the ads from the adult site, 3 profiles with the same phone number, 'new girls every week'.

3) Job 55133 - welfare check on the Ukrainian family at 2 Beck Ln. All fine, the dad works at the garage legit, kids at school.

Priorities for nights: keep obs log on Tudor Rd, do NOT approach. DS Allen will brief at 0900.""",
  "RM", "rmv et", "S")
T("""Victim debrief - Summary prepared by DC Okafor (with Romanian interpreter). OFFICIAL-SENSITIVE.

V is a 23-year-old woman from a village near Craiova. She left school at 14. Her father has debts to a local moneylender. In March a man called 'Costel', whom she knew from the village, told her there was a job picking strawberries in England that paid £400 a week and that he would pay her flight and she could pay him back from her wages.

On arrival at Stansted Costel took her ID card 'to register her for work'. She was driven to a terraced house in Bedford where there were already four other women. She never went to a farm. From the second day she was photographed and adverts were placed online. She was told the debt was now £5,000 for the flight, the room, the photos and the 'protection'. She saw up to ten men a day. She was not given any money - Costel said he was sending it to her father to pay off the family's debt. Her father later told her he had received nothing.

She was never allowed out alone; one of the other women or Costel went with her to the shop. On one occasion when she refused a client, Costel slapped her and pulled her hair. He told her that if she went to the police, she would be arrested for prostitution and her younger sister would be brought over 'to help'.

She escaped when a client helped her call the Helpline.""",
  "AV DE RD DB WW RM PV IT", "dt ncw rmv et", "S")
T("""Safeguarding referral - from Designated Safeguarding Lead, Hillside Academy.

Pupil: Child K, Year 8 (age 12). Referred by form tutor after a disclosure this morning.

Background: K lives with his mother and two younger siblings. Attendance has fallen from 96% to 71% this term. Teachers have noticed he has a new iPhone and designer trainers that his mum says she did not buy. He has been seen after school with a group of older teenagers near the retail park, and a 17-year-old known to police has been waiting outside the school gates.

Disclosure: K told his tutor he 'has to go to Margate on Saturday' to 'drop some stuff' for 'Lil T'. When asked why, he said he 'lost' £250 worth of something last month and 'T says I've got to work it back'. He said T told him that if he doesn't go, T's friends will come round and 'do' his mum's windows. K was tearful and asked the tutor not to tell anyone.

Other: K's friend, Child M (Year 8), was also mentioned but there is no indication M is involved; M's parents are supportive and have already spoken to the school.

Action: MASH referral, police informed via 101, strategy meeting requested.""",
  "AV DB IT", "", "C", "h")
T("""GLAA Inspection Report (extract) - Labour provider: Eastfield Staffing Ltd.

Summary of findings: The inspection covered the provider's supply of 140 workers to two food factories in Lincolnshire. Overall the provider's payroll was well run: workers were paid the correct rate, holiday pay was calculated properly, and payslips were issued in the workers' own languages.

Concerns: One sub-contracted transport operator (not the licence holder) was found to be charging workers £8 per day for the minibus, which had not been disclosed to the licence holder. Workers interviewed said they could choose to make their own way to site and several did. Accommodation is not provided by the licence holder; workers rent privately.

No evidence was found of workers' documents being held, of debt, of threats, or of workers being unable to leave.

Outcome: licence retained with additional conditions on transport arrangements.""",
  "", "ct", "")
T("""Debrief - male, 34, from Vietnam (through interpreter; account as given).

'I worked in a factory in Nghe An. A man from the next village said people go to England and send home a lot of money. My family paid him 15,000 dollars first, and I would pay the rest, 20,000, from my work in England. We went by plane to Russia, then by car, by walking through the forest, by lorry. In the forest the men had guns. One boy fell behind and I never saw him again.

In England they put me in a house in a place I don't know. Windows covered with black plastic. Many plants. It was very hot and the smell made my eyes hurt. There was a mattress on the floor upstairs. A man came every few days with food - rice, eggs, instant noodles. He locked the door behind him. I asked when I can work in the nail shop like they promised and he laughed. He said my debt is bigger now because of food and electricity. 

I had no phone. I didn't talk to anyone for five months except him. I thought if I escape the police will put me in prison and my family will still have to pay.'""",
  "DE DB RM IS AC IT AV", "uf rmv iso plc foa", "C")
T("""999 call transcript summary / incident log 04:52.

Caller: female, whispering, accent (believed Eastern European). States she is in a flat above a shop, 'the Turkish shop near the big roundabout', does not know the street. Says there is a man asleep in the next room who has her passport and her phone - she is using a phone she took from his jacket. Says she was brought here 'for cleaning job' two weeks ago and has been made to have sex with men who come to the flat. She says the man told her last night that if she tries to leave he will kill her and nobody will find her. Says door is locked and she cannot find the key.

Call handler kept caller on line; cell site and caller's description used to identify likely location as flat above Anatolia Market, Roundhouse Rd. Units dispatched on blue lights, ETA 4 minutes. Caller disconnected at 04:58.""",
  "DE RD IS PV IT RM", "dt rmv iso", "S", "i")
T("""Intelligence submission from partner agency (Local Authority Trading Standards) - 2/B/P.

During a routine visit to 'Kwik Kebab' (Unit 3, Market Parade) regarding food labelling, officers noted the following. The shop was staffed by three young men who appeared to be Kurdish. Two were very thin and one had a bandaged hand. When asked their names, the manager, a male in his 50s, answered for all three and said they were 'his nephews visiting'. Officers noticed a back room containing three mattresses, a gas ring and a bucket; the manager said this was storage.

A customer in the shop told officers privately that the young men 'are there every day, morning till 2am, I never see them off'.

The food labelling breaches have been dealt with separately. We are passing the above for police information.""",
  "EO AC", "pa sfw saw plc lh", "L")
T("""Statement of witness (Section 9) - extract.

'I am a delivery driver for a supermarket and I have delivered to 3 Laurel Gardens every Thursday for about a year. The household is a couple with three children. The door is always answered by a woman, I think from Sri Lanka or India, who is maybe 40. She never says more than "thank you". At first I thought she was family.

A few weeks ago the lady of the house was screaming at her in the hallway because something was missing from the order. The woman was shaking. She was wearing sandals in the snow. Another time I saw her through the kitchen window at 11pm still scrubbing pans when I was delivering late.

Last week she quickly put a note in my hand. It said in English: "Please help. They keep my passport. No salary 2 years. I cannot go out." I kept the note and I have given it to the police today.'""",
  "RD WW RM EO", "dt rmv lh", "D")
T("""Police intelligence log - Operation HALYARD (fishing). 1/B/P.

Information from the Port Chaplain at Peterhead. Over several months the chaplain has got to know crew from the trawler 'Sea Harvest II'. Most of the crew are local and well treated. However, three crew members recruited through an agency in Ghana tell him they are on transit visas and the skipper has told them they may not go ashore at any time 'because of immigration'. They sleep in the bow space on the boat even in port. They were promised $1,200 a month; they have received $300 in total over six months, with the rest 'paid to the agency'.

One of them showed the chaplain a healed wound on his forearm which he said was caused when the mate hit him with a gaff. The crewmen are scared that if they complain they will be sent home with nothing and the agency will pursue their families for the recruitment fee.""",
  "RM DE WW PV IT", "rmv saw ncw foa uf", "L")
T("""Custody record - risk assessment and detainee comment (extract).

DP: BOGDAN, Elena. F, 31, Romanian. Arrested for theft from Debenhams (perfume, £320).

Detainee says she has been in UK 4 months. She came with her partner and two other couples. She states her partner 'manages' the money and she has no bank card; she says this is normal in her culture. When asked if anybody makes her steal, she said 'no, I do it for the children'. She has two children at home in Romania with her mother. She says nobody hurts her and she can go home when she wants.

FME: no injuries. No MS indicators disclosed. Duty solicitor present. Charged, bailed to address.""")
T("""Partner intelligence - Salvation Army (with client consent), 2/A/P.

Client (male, British, 47) has a history of rough sleeping and alcohol dependency. In 2022 he was approached at a day centre in Cardiff by a man who offered him 'work on the drives' with a caravan to live in. He went with the man to a site in Gloucestershire.

He describes the caravan as having no electricity and a broken window, with three other men sleeping in it. Work was block paving and tarmac from first light to dark, six or seven days a week. He was given tobacco, cider and £10-£20 on some Fridays; he was told his wages were being 'saved' for him. The man's sons carried the money and drove them everywhere; he never went anywhere on his own. On one occasion he was kicked repeatedly for 'slacking' and still has pain in his ribs.

He left in 2024 when he was taken to hospital with a leg infection. He fears the family will find him as they 'know everyone'.""",
  "AV DE AC EO WW RM PV", "plc oc lh ncw et rmv", "L")
T("""Officer's notes - welfare visit following anonymous Crimestoppers report, 27 Vine St.

Report alleged 'lots of Indian men living in one house, probably slaves'. Attended 1430 with PC 3321.

Occupants: 6 adult males, all Indian nationals, all employed as chefs/waiters at two restaurants in town. Spoke to each separately (two with Punjabi interpreter by phone). All hold their own passports and BRPs, which they showed us. Payslips seen - paid monthly into own accounts. They rent the house between them through a letting agent; tenancy agreement seen. House is tidy, 4 bedrooms, adequate. Work 5 days a week, 9 hour shifts. They travel by bus or in one man's own car. All said they are free to come and go and that nobody has threatened them.

Conclusion: no indicators of exploitation. Reporter may have been mistaken. Update to Crimestoppers record.""")
T("""Referral to NRM - summary section written by Children's Services social worker.

Child B (Eritrean, 16) arrived in the UK in a lorry in January and was picked up by police at a service station. He was placed in foster care but went missing after 5 days. He was found 7 weeks later at a car wash in Manchester.

He told me that on the journey in Libya he was held by smugglers in a warehouse for 4 months. The men there beat the boys with pipes and phoned their families so they could hear them screaming, until money was sent. In the UK a man he had met in Calais phoned him at the foster placement and said he had to come to Manchester to work off what the man had paid to get him across. At the car wash he worked every day from 8 until dark, slept on a sofa in the office, and was given food but no money. The man kept his phone at night.

B says he is afraid that if he talks to police the man will hurt his cousin who is still in Calais.""",
  "AV PV DB EO WW IS IT", "lh saw ncw iso", "L", "h")
T("""Press-style summary (force website, after sentencing).

A couple from Slough who forced a vulnerable woman to work as their unpaid servant for more than a decade have been jailed.

The victim, who has a learning disability, was befriended by the pair after her mother died. They moved her into their home, took control of her benefits and made her clean their house and their three rental properties. She slept on a mattress in a cold conservatory and was fed on leftovers. She was not allowed to have a phone or visit friends, and was told that if she ever left she 'would end up on the streets and die'.

The investigation began when a neighbour noticed she always seemed underweight and asked her if she was okay.

Det Insp Jane Reid said: 'This was exploitation of a woman who trusted them.'""",
  "AV AC IS IT RM", "ncw plc iso pa rmv", "D L")
T("""Intel log 2/B/P - combined from several reports.

(a) Nail bars: 'Top Nails' (Mill St) and 'Nail Studio' (Bank St) share the same owner (NGUYEN, Duc, DOB 07/07/1979). Staff at both move between the two shops and are brought by the same grey Toyota Auris VRM MA18 TGO at 0845 and collected at 2030.

(b) A staff member at Nail Studio told a customer she 'pays boss back' every month and that her 'cousin' has her passport. She said she lives in a flat with 'seven sisters', all working for the same boss.

(c) Not connected: 'Top Nails' also had a burglary on 3/6 - unrelated, suspects identified as local youths.

(d) Council records: Top Nails business rates paid, staff registered with HMRC - only 2 of the 7 workers appear on the payroll.""",
  "DB RD", "cedl et dt oc", "L")
T("""Midwife safeguarding record (community team).

Pt: 19, Chinese national, G1P0, 28/40. First booking at 26 weeks. Attended with a female 'friend' in her 40s who said she was the patient's landlady and insisted on interpreting, although the patient understood some English. When the friend stepped out to take a call, the patient said quickly that she 'works in a house with men' and that the landlady takes all the money to pay for her 'ticket'. She said she has been moved to three different cities in the last six months and does not know the address where she lives now. She has no GP and no ID with her - 'landlady keeps'.

Plan: safeguarding referral to MASH and police; next appointment booked at hospital with independent interpreter; patient given discreet Helpline number on a lip balm card.""",
  "DB WW IS RD", "sfw iso dt ncw", "S")
T("""Operation summary for briefing - 'Op FIELDFARE' (agriculture).

Background: 18 Bulgarian workers identified at Low Meadows farm near Boston, supplied by an unlicensed gangmaster (PETROV, Stoyan). Workers were recruited through a village contact who charged each €200 'for the place'.

Findings at warrant: Workers housed in two static caravans and a converted barn, 9 to a caravan, with one chemical toilet between them. Petrov's van took them to the fields at 0500 and returned them after 2000, seven days a week in July. Workers report a £10 daily 'transport' deduction and a weekly £25 charge for gloves and knives. All wages were paid into accounts opened by Petrov, who held all the cards; workers were given cash 'advances' of £50 per week. Most said they were told they still owed for flights.

Several workers said Petrov punched a man who asked to go home and threatened to 'bury him in the field'.

Not relevant: the farm owner's own directly employed staff (6, British and Polish) were on payroll and in own homes; no concerns there.""",
  "AC EO WW DB PV IT", "uf oc plc cedl et lh ct ppe mbc ncw", "L")
build()
