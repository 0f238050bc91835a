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
build()
