#!/usr/bin/env python3
"""Hand-written texts for fresh23 (children/young-people emphasis). Each entry:
t(text, "indicators | signs | types", risk_letter). Abbreviations expanded below."""
import json, os, glob
IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement", iso="isolation",
           psv="physical_sexual_violence", thr="intimidation_threats", doc="retention_of_documents",
           wag="withholding_wages", debt="debt_bondage", cond="abusive_conditions", ot="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions", ovc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", fee="upfront_fees", dt="documents_taken",
           esc="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ROWS = []
def t(text, lab="||", r="l"):
    a, b, c = (lab.split("|") + ["", "", ""])[:3]
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    ROWS.append(dict(text="\n\n".join(p for p in paras if p),
                     indicators=[IND[x] for x in a.split()], signs=[SIG[x] for x in b.split()],
                     exploitation=[TYP[x] for x in c.split()], risk=RISK[r]))
import atexit
HERE = os.path.dirname(os.path.abspath(__file__))
def _write(here=HERE):
    with open(os.path.join(here, "fresh23.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            f.write(json.dumps({"id": f"f23-{i:03d}", **r}, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows written")
atexit.register(_write)
# ---------------------------------------------------------------- texts
t("""INT LOG 2/B/P. Nom JONES, Kyle (DOB 03/02/2010) found in flat 14 Marsh Court, Rochdale, during warrant. 11 wraps crack in sock, 2 phones, train tickets from Euston. Flat occupant MORRIS, Dean (vulnerable adult, heroin user) states 'the boys from London' have used his flat for 3 wks and he can't get them out.""",
  "av | | C", "h")
t("""999 call 19:42. Caller is mum of Tiana (14). Tiana has just rung her crying from the back of a car, says a man called 'Snoop' won't let her out and they are on the M6 heading north. Phone cut off. Cell site requested, units from two forces being tasked.""",
  "av rom | rm esc | C", "i")
t("""Missing return interview – Jayden, 15, looked-after child, missing 4 days. Came back with new trainers, £300 cash and a second phone he wouldn't unlock. Said he was 'at a mate's in Swindon'. Bruising on his ribs he says was from football. Told the worker 'I owe them now, I lost the bag'. Carer reports he is getting calls at 3am.""",
  "av debt | pa | C", "h")
t("""my sons 13 and keeps going out at night comes back with money and a phone i never bought him, older lads in a white golf pick him up outside the school gates. he says they are his mates but there 19 or 20. pls someone look into it im scared""",
  "av | esc | C", "h")
t("""School safeguarding log, Year 9. Two boys (14) fighting at lunch on the field over a girl. Both spoken to, parents called, one-day internal exclusion each. No weapons, no evidence of gang involvement, both boys remorseful. Closed.""")
t("""A&E safeguarding note: girl, 15, attended 02:10 with older male (approx 25) who gave name as 'cousin' and answered all questions for her. Patient intoxicated, bruising to inner thighs, reluctant to speak. Male left when security approached. Police and CSC informed, patient kept on ward.""",
  "av psv | pa sfw | S", "h")
t("""POI 'Ghost' runs the Harlow line. INT suggests using a 16yo LAC from a Kent placement to hold the phone and do the drops; paid in weed and 'tick'. 3/C/P.""",
  "av debt | | C", "h")
t("""Children's home manager: Amira (16, UASC from Sudan) was collected tonight at 21:30 by two men in a grey Mercedes who said they were her uncles. She has no uncles in the UK that we know of. She left without her phone. We've rung 999 and given the VRM, officers are trying to locate the vehicle now.""",
  "av | esc | S", "i")
t("""Youth offending team note: Reece (17) pleaded to possession with intent. In interview with YOT worker he disclosed he was 'doing shifts' in a trap house in Margate for a man from Croydon, 24hr shifts, sleeping on the floor, not allowed to leave until the next runner came. Was told if he spoke to police his little brother would 'get it'. NRM referral made.""",
  "av rom thr ot cond | rm lh swp plc | C", "h")
t("""Parent called 101: her daughter (16) has gone to a party and hasn't come home, no answer on phone, last seen 11pm. Later update 02:30: daughter home, was at friend's house, phone died. Words of advice given. No further concerns.""")
t("""Debrief (via Vietnamese interpreter): he says he was 15 when he left Nghe An. A man told his family there was restaurant work in England and they borrowed $20,000 for the journey. In England he was driven to a house with the windows covered and told to water the plants. The door was locked from the outside and food was pushed in twice a week. He says the man told him the debt was now more and he must work two years.""",
  "av dec debt rom iso cond | rm isd plc | C", "h")
t("""Cannabis factory found at 22 Alder Road after neighbour reported smell. Property empty on entry, no persons present, approx 400 plants, electricity bypassed. Enquiries ongoing re: landlord.""")
t("""Teacher's referral: Ellie (13) has a much older 'boyfriend' who waits in a car outside school. She has new nails, eyelashes and a designer bag, and said he 'looks after her' and she has to 'be nice to his friends' to pay him back.""",
  "av debt psv | | S", "h")
t("""POI ADEYEMI, Tunde. Believed to be cuckooing the address of a 19yo with learning disabilities in Harehills. Victim's mother reports her son has lost weight, his benefits are being spent by 'friends' and he is scared to go home. 2/B/P.""",
  "av thr | pa ncw | C", "h")
t("""sister is 17 and she's in the car with him RIGHT NOW outside the kebab shop on Green Lane, he's the one who's been putting her in hotels. black BMW. he grabbed her arm when she tried to get out. please send someone""",
  "av rom psv | rm | S", "i")
t("""Social worker case note: Mason (12) excluded from school twice this term for disruptive behaviour. Home visit – mum struggling financially, Mason shares a room with two siblings. No missing episodes, no concerns about older associates. Early help offered for family.""")
t("""Salvation Army caseworker: client Mihai, 17 on arrival, brought from Iasi with his cousin by a man who promised building work paying £80 a day. Instead they were taken around Birmingham to beg outside supermarkets, all money handed to the man every night. They slept in a van.""",
  "av dec wag cond | plc ncw | C", "h")
t("""Intel: 'Tilly' 15, regularly missing from Croydon address, seen entering hotels in Gatwick area with different older males. Room booked by 3rd party using card in name of BEGUM. INT suggests adverts on escort site using her photos. 2/B/P.""",
  "av | | S", "h")
t("""Handover: IP is 16yo male located at Bristol Temple Meads after 3 days missing from Lambeth. Had £40, a burner phone, and a knife. Injuries consistent with a beating. Says he 'lost the package' and was 'told to sort it or else'. Placed in police protection, CSC duty informed. Do not release to family friend who attended – believed to be the line holder.""",
  "av psv thr debt | pa | C", "h")
t("""Grandmother called: she's taken in her grandson (15) because his mum went into rehab. He's fine, going to school, she just wants advice on getting support with his care costs. Signposted to kinship carer services.""")
t("""Looked-after child, 14, missing from residential placement for the 6th time this month. Returned in a taxi paid by an unknown adult. Staff found 3 bank cards in his coat in names of people they don't know. He refuses to talk.""",
  "av | mbc | C", "h")
t("""Border Force, Stansted: girl travelling on Romanian passport, states age 18, appears much younger. Accompanying male (not related) holds both passports and her phone. She says she is coming for 'a job in a bar' but cannot name it. Male has previous intel for controlling prostitution. Both held; girl referred to LA.""",
  "av doc iso dec | dt sfw | S", "h")
t("""Lad at the bus station looks about 14 been there since this morning, no coat, says his 'boss' will come get him. older guy keeps coming over n giving him stuff from his bag and taking money off him""",
  "av | | C", "h")
t("""GP note: 16yo female attended with mother for contraception advice. Reports consensual relationship with boyfriend aged 16. No concerns raised, routine advice given.""")
t("""Case summary: Aisha, 17, brought to the UK from Nigeria by a 'relative' who promised she would finish school here. Instead she looks after four children in a house in Peckham, cooks and cleans from 5am until midnight, and sleeps on the kitchen floor. She has not been to school. The woman told her that if she complains she will be sent back and her mother will have to repay the ticket.""",
  "av dec ot cond thr debt | lh plc | D", "h")
t("""Police log: shoplifting at Boots, three girls aged 12–13 detained by security, all Romanian speakers. An adult woman waiting outside took their bags and left. Girls had no ID, gave same address in Ilford, said 'Aunty tells us what to take'.""",
  "av | | C", "h")
t("""Concern: boy 16 has been in our shop every day at 6am asking for work. he said his dad kicked him out. We gave him food and called the council. Nothing dodgy just a kid who needs help.""")
t("""DETAINED. Nom O'BRIEN, Liam (DOB 11/07/2008) – stop search Harlesden, 2 phones 'deal' line, £620 cash, 14 wraps. States another male 'makes me do it, he knows where my nan lives'. 1/A/P (direct account). Referred NRM.""",
  "av thr | | C", "h")
t("""Midwife referral: 15yo pregnant, attending booking appointment with 29yo male partner who would not leave the room and answered for her. She did not know her own address. Clinic staff concerned he has her phone.""",
  "av iso | sfw | S", "h")
t("""A 14-year-old boy is locked in a flat in Chadwell Heath with two men right now according to his text to his sister: 'they took my shoes and locked the door, they said I can't go till I sell it all'. Sister forwarded the text to 999. Firearms not indicated; patrols attending with CSC.""",
  "av rom | rm | C", "i")
t("""Care home staff noticed resident's grandson (17) visiting regularly with two older men, they have been withdrawing from her account. Not an exploitation case as far as we can tell — more financial abuse of the elderly resident by family. Adult safeguarding referral made.""")
t("""'I was 16. He said I was his girlfriend, bought me food and a phone. After a month he said I owed him for everything, £2,000, and I had to go with his friends to pay. If I said no he hit me. He took my phone back so I couldn't call my mum.'""",
  "av debt psv iso | | S", "h")
t("""Operation note: 3 juveniles (15, 16, 16) and 1 adult arrested at Travelodge Peterborough, room stacked with food packaging, 9 phones, scales. Juveniles from Hackney, reported missing 5 days ago. Room booked by adult in fake name.""",
  "av | | C", "h")
t("""School nurse: Year 10 pupil has been sleeping in class, said she works weekends at her family's restaurant. Parents confirmed she helps out a few hours Saturday, gets paid pocket money, and homework is prioritised. No concerns.""")
t("""Unaccompanied child, Eritrean, approx 16, presented at Croydon asylum intake. Said on the way through Libya he was held in a warehouse and his family were phoned and made to pay ransom. In Calais an agent said he owes another £3,000 and has to 'work in a kitchen in London' when he arrives. He has the agent's number and is frightened.""",
  "av rom debt thr | foa | L", "h")
t("""crying girl at mcdonalds on the high st, maybe 13 14, man with her keeps telling her to shut up and hold the phone, she said she was 'working' – theyre still here now""",
  "av | | C", "i")
t("""Local authority MASH: Kacper, 15, Polish, has been working with his uncle on building sites in school hours. Uncle says it's 'family help'. Kacper reports 10hr days, paid nothing, his money goes to uncle 'for rent'. Not attended school since September.""",
  "av ot wag | lh ncw | L", "h")
t("""101 report: group of teenagers keep hanging around the play park and smoking weed, kicking the bins. Want more police patrols.""")
t("""INT suggests child (approx 13) being used to carry cash for the FLY line between Hull and Grimsby. Travels alone on the train, met at station by adult male on a moped. 3/C/I.""",
  "av | | C", "h")
t("""Friend of the family says Precious (15) lives with a woman in Luton who is not her mum, she is kept home to do the housework and look after the baby while the woman's own kids go to school. Precious is not allowed to go out alone and was hit with a belt when she burned the rice.""",
  "av rom psv | rm | D", "h")
t("""GLAA inspection, hand car wash, Stockport Rd. 7 workers, all Albanian males. Living in the portacabin behind the wash bay, mattresses on pallets, no heating. Workers state they work 8am–8pm seven days. Manager holds 'their passports for the insurance'. Pay £30/day cash, but manager says £15 deducted for 'room'.""",
  "doc ot cond | dt lh swp plc | L", "h")
t("""Hand car wash on Tyburn Road visited by licensing. Staff all on payroll, payslips shown, minimum wage paid, workers live at their own addresses. Some PPE missing (gloves), advice given. No modern slavery concerns.""")
t("""nail bar on the high st the girls look about 16 and never speak, a man drops them off at 8 in a van and picks up at 9 at night they dont even have lunch. one had a black eye last week""",
  "av ot | cedl esc lh pa | L", "h")
t("""Debrief, first person, translated from Vietnamese: 'I came when I was 16. The man in the nail shop said I must pay back £25,000 for the lorry. I work every day, he gives me £50 each month only for phone. He says when debt finish I can keep money. I don't know when it finish. I sleep upstairs above the shop with three other girls.'""",
  "av debt wag ot cond | swp ovc lh | L", "h")
t("""Witness statement (neighbour): 'I often saw the boy, I'd say 15, washing cars at the back until late. Once I asked him where he went to school and the older man came out and said something in Kurdish and the boy went straight inside. The boy never spoke to me again.'""",
  "av iso | sfw | L", "h")
t("""Farm in Lincolnshire – seasonal worker complaint. Worker from Tajikistan says he was told he would earn £600/week picking, but the agency in his country took £3,500 'fee' which he borrowed. Now he has to stay until the loan is paid off and pay is barely enough. Farm housing in caravans with 8 per caravan.""",
  "dec debt cond | fee ovc | L", "m")
t("""Agency worker at a Northampton warehouse reports she was underpaid by £90 last month because of a payroll error. Agency apologised and paid the difference the next week. Worker is happy with the job and lives independently.""")
t("""Young person (17, Albanian, UASC) placed in semi-independent accommodation in Barking went missing. Police found him working in a car wash in Dagenham. He said a man from his village 'arranged it' and keeps his wages to pay for the journey, £10,000. Man also told him his sister at home 'would be visited' if he went to the police.""",
  "av wag debt thr | ncw | L", "h")
t("""Warehouse picker, Polish, 34, came to police station to say his agency supervisor keeps his bank card and PIN 'so the wages are safe', he only gets £40 cash on Fridays. Lives in a house with 12 other workers supplied by the supervisor; rent is taken before pay. Supervisor drives them to site at 5am.""",
  "wag cond | ncw ovc cedl esc | L", "h")
t("""Construction site, Kent. Foreman flagged that a new labourer turned up in trainers and no hi-vis, said he was told he'd have to pay £60 for boots and helmet from his first wages. Labourer came via a gangmaster who holds his passport. Site manager has called us and the gangmaster's van is due to collect the men at 6pm.""",
  "doc | ppe dt | L", "m")
t("""Council licensing: HMO on Cavendish Street – 11 occupants in a 4-bed house, fire doors missing. All occupants are students at the university, tenancy agreements in place, own passports. HMO licence breach only; landlord served notice.""",
  "| ovc |", "l")
t("""Interpreter: she says that she was told she would be a nanny for a family in London and that they would pay her £800 per month. When she arrived the madam took her passport 'to register her'. She says she works from 6 in the morning until 1 at night, cleaning, cooking, looking after the children. She has never been paid. She is not allowed to leave the house alone and she does not know the address.""",
  "dec doc ot wag rom iso | dt lh rm isd | D", "h")
t("""Diplomatic household, Kensington. Filipino domestic worker fled to Kalayaan. States employer kept her passport in a locked drawer, she had no day off in 14 months and slept in the children's room on a mat. Her salary was 'sent to her family' by the employer – family confirm they received small amounts only twice.""",
  "doc ot wag cond | dt lh ncw | D", "h")
t("""Au pair (19, Spanish) called helpline: host family ask her to work more than agreed, about 35 hours a week instead of 25, and she wants advice on her contract. She has her passport, gets her pocket money on time and goes to language classes. Advice given on speaking to agency.""")
t("""INT: POI NGUYEN Van Long believed to be running 3 cannabis grows in Wolverhampton, each staffed by a Vietnamese male youth (16–19) who 'owes' for travel. Gardeners moved between properties at night in a Transit, VRM part KX6. 2/B/I.""",
  "av debt | esc | C", "h")
t("""Shoplifter (adult, British, 40s) caught stealing meat at Tesco for the 3rd time. States he sells it to pay for his habit. No one is making him do it. Charged.""")
t("""IP says the men who brought her from Bucharest told her she would work in a hotel kitchen in Manchester. At the airport they took her ID card. They put her in a flat in Salford and said she had to 'work' with men to pay €5,000 for the flight and the flat. Adverts were put online with her photos. She says they beat her when she refused a client.""",
  "dec doc debt psv | dt | S", "h")
t("""Pop-up brothel, Airbnb flat in Leeds city centre. 3 women (Chinese nationals) found during visit, all believing they were in Glasgow. Rooms booked by a third party, women's phones held by a 'receptionist', food delivered, no keys to the flat.""",
  "iso rom | rm isd | S", "h")
t("""adult website review: 'new girl very young barely speaks any english, man in the kitchen took the money'. forwarded by internet watch""",
  "wag | ncw sfw | S", "m")
t("""Sex worker, 28, British, works independently from her own flat, advertises online, controls her own bookings and earnings. Attended police station to report a client who refused to pay. Crime recorded (theft). No exploitation concerns.""")
t("""Bank alert: account in name of a 17yo student receiving multiple transfers from unrelated third parties and immediately withdrawing cash at ATMs in Leeds. Student told bank an 'older friend' asked to use his account for £200 and now says he must keep doing it or 'there'll be problems'.""",
  "av thr | | C", "h")
t("""Financial crime team: 14 accounts opened in 3 weeks at same branch, all by Romanian men aged 20–25, all giving the same Ilford address and same mobile. A man accompanied each and did the talking. Cards never received by account holders – delivered to address controlled by the man. Benefit claims lodged on several.""",
  "wag | sfw mbc ncw esc | C", "h")
t("""Transplant coordinator: patient, 52, received kidney from his brother at Guy's after full living-donor assessment, independent assessor interview and HTA approval. Routine note for records.""")
t("""Intel: Leicester-based POI offering 'kidney donors' from Pakistan for £30k via WhatsApp. Donors are young men from poor families told they will get £4k and a job in the UK. One donor (19) says he received nothing after the operation and was left in a flat with no passport. 3/B/P.""",
  "av dec wag doc | dt | O", "h")
t("""A 22-year-old Indian man says he was brought to the UK on a visit visa by an 'agent' who said a family member needed a kidney and he would be paid £10,000. At the clinic appointment he realised he was expected to say he was the patient's cousin. He refused and the agent took his passport and said he owed for the flights.""",
  "dec doc debt | dt | O", "h")
t("""Kosovo Albanian lad, 17, picked up by Border Force off a lorry at Dover. Tells officers he paid €8,000 and still owes €4,000, which he must 'work off' at a car wash in Essex. Has a UK number written on his arm.""",
  "av debt | | L", "h")
t("""Call from school: Year 8 boy said another boy threatened to 'bang him' after school over a Fortnite argument. Both 12. Heads spoke to both families, matter resolved, no weapons involved.""")
t("""Handover 06:00: Missing 15yo female (LAC, Hampshire) found at address in Southampton with three males aged 19–24. Drugs and alcohol present. She disclosed sex with two of the males in exchange for 'a place to stay'. All three arrested. She is now at hospital with the social worker.""",
  "av psv | | S", "h")
t("""Woman phoned 999 from a locked bathroom in a house on Frederick St: says a man is holding her and 2 other girls, says he will 'kill her tonight' because she tried to run. Speaks little English, Romanian. Units en route, ETA 4 mins.""",
  "rom thr | rm | S", "i")
t("""Probation note: prisoner (23) due for release says he is worried about going back to Northampton because he 'owes' his old line boss £2,000 for drugs seized when he was arrested at 16. He says they have already messaged his mum. Referral to NRM and MAPPA discussed.""",
  "debt thr | | C", "h")
t("""'they told us in Eritrea that in England there is good job in factory. when we come, man put us in house, 14 people, 2 bedrooms. he take us every day to food factory, 12 hours. the money goes in his account. he say it is for house and transport. we have only £20 one week.'""",
  "dec cond ot wag | ovc lh ncw ct | L", "h")
t("""Food processing plant, Peterborough – staff welfare check by HR. Two agency workers said they'd been working a lot of overtime before Christmas, but it's voluntary and paid at time-and-a-half. Both live in their own rented flats. No concerns.""")
t("""Police intel 2/B/P: fishing vessel MFV 'Star of Ugie' – 4 Filipino crew on transit visas not allowed to leave the boat when in port, working 20hr shifts, skipper holds seamen's books. Crew told they will be 'blacklisted' at home if they complain.""",
  "rom ot doc thr | rm lh dt swp | L", "h")
t("""Hotel housekeeper (Bulgarian, 45) complains about being paid per room rather than per hour and says she earns below minimum wage. She has her own flat and bank account, is a union member. Referred to HMRC NMW team.""")
t("""Man (approx 50) begging outside Sainsbury's every day, dropped off by a silver van at 7am and collected at 7pm. He has a limp and looks underfed. Doesn't speak English. Another man comes at lunchtime to collect his cup.""",
  "wag | cedl esc pa ncw | C", "m")
t("""Mum rang: her son Callum (16) came home with a stab wound to his leg, won't say who did it. Says it's a 'debt' and he has to go back out tonight to 'make it right'. She has taken his shoes and locked the door but a car keeps driving past. Officers attending now.""",
  "av psv debt thr | pa | C", "i")
t("""Missing person report: Zainab (15) left home after an argument with her father about her phone. Located same evening at her aunt's house, safe and well. Aunt had rung the parents straight away. No further action.""")
t("""CSE strategy meeting minutes: Three girls from the same children's home (14, 15, 15) linked to a group of adult males operating out of a takeaway on Queen St. Girls given free food, vodka and lifts, then taken to a flat above the shop where they are 'shared'. One girl disclosed she was held down. Disruption notices issued; Op Willow.""",
  "av psv | | S", "h")
t("""Unaccompanied asylum seeker, Vietnamese, stated age 15, went missing from foster placement 48 hrs after arrival. Carer found a note with a UK mobile number and the words 'they will come for you'. Previous pattern: such children re-appear in cannabis farms.""",
  "av | | C", "h")
t("""Debrief: 'I'm 17. My foster carer thinks I'm at college. A guy I met on Snapchat said he'd pay me £500 to "hold" a bag. Then he said the bag was short and I owed him £1,500 and showed me a video of a boy getting stabbed and said that's what happens. Now I go where he says, Ipswich mostly.'""",
  "av debt thr | | C", "h")
t("""ASB complaint, Leigh Park: youths on bikes doing wheelies in traffic and shouting at pensioners. PCSO patrols arranged. Ages 13-16, all local, known to school. Not exploitation.""")
t("""Officer's note: boy aged 11 found alone in a flat during a drugs warrant, his mum (addict) was in custody. Flat used as a base by a dealer, boy said the dealer gives him sweets and sometimes £10 to 'answer the door'. Taken into police protection.""",
  "av | | C", "h")
t("""Romanian woman (19) tells ISVA that her 'boyfriend' brought her to the UK promising marriage and a job in a café. He posts ads for her, takes all the money from the punters and says she still owes him for the flat. She has to work every night and is not allowed to keep her own phone.""",
  "dec wag debt ot iso | ncw lh | S", "h")
t("""Report via Crimestoppers: the takeaway on Dunstable Rd has two young lads from Afghanistan working there all hours, they sleep in the storeroom, owner shouts at them and i've seen him slap one. they look like kids""",
  "av psv ot cond | swp lh | L", "h")
t("""Student (20, Chinese) reported her passport lost on the bus. Reported to embassy for replacement. No third party involvement.""")
t("""Safeguarding referral from A&E: 17yo male, Albanian, attended with burns to his hands and arms. Says he works in a 'house with plants' and the heating lamp fell. He was brought by a man who paid cash and told staff the boy doesn't speak English. When the man went outside the boy said in broken English 'please, I can't go back'.""",
  "av cond | pa sfw | C", "h")
t("""County lines: POI 'Tiny' (DOB 2009) believed to be running the phone for 'Kash' line in Plymouth. Cuckooed address: 4 Raleigh Ct, occupant elderly man with dementia. Man's pension card used by group. 2/A/P.""",
  "av | ncw | C", "h")
t("""Dad calling from the car: he's following the Audi that just took his daughter (14) from outside the youth club, she was pulled in by the arm. Gives VRM. He's on the A4 westbound now. Units directed.""",
  "av rom psv | rm | S", "i")
t("""Polish man, 58, with alcohol dependency, recruited outside a soup kitchen in Southampton by a couple who offered him a room and work. Taken to a farm in Wiltshire, sleeping in a horsebox, laying tarmac 6 days a week, paid in cider and tobacco. Couple's son collects his benefits.""",
  "av cond wag | plc swp ncw | L", "h")
t("""Police log: traveller site welfare visit following allegation of forced labour. No evidence found: men on site are family members working in the family paving business, paid, free to come and go. Allegation appears to relate to a neighbour dispute.""")
t("""Care worker on skilled worker visa (Indian, 29) says sponsor charged her £12,000 'sponsorship fee' before arrival, now deducts £400 a month from her pay and says if she leaves they'll report her to the Home Office and she'll be deported. She works 70 hours a week across two care homes.""",
  "debt thr ot | fee lh | L", "h")
t("""Young man (18, care leaver) turned up at the council homeless team. Said he was sofa-surfing and a man let him stay if he 'did runs' to Bournemouth. When he stopped, the man smashed his phone and said he'd find him. Emergency accommodation given, NRM referral.""",
  "av thr | | C", "h")
t("""Sudanese boy, 16, at Kent intake unit, says on arrival he was held for a week by a man in a house in Folkestone and made to clean and cook for 'the men', was not allowed out, and the man took the phone his mother had given him.""",
  "av rom iso | rm | D", "h")
t("""Girl (13) showed teacher Instagram messages from an account claiming to be a 16yo boy asking for photos. Parents informed, CEOP report made, account blocked. No meeting took place. Online safety session arranged.""")
t("""Debrief, adult female (Nigerian, 24): she swore an oath at a shrine before travelling and was told if she disobeys the juju will kill her family. In Italy then in the UK the madam sold her to men and kept all the money for a debt of €35,000 which kept getting bigger.""",
  "thr debt wag | ncw | S", "h")
t("""Report from member of the public: 'theres a house on my road with blacked out windows and a lad about 17 went in 3 months ago and ive never seen him come out. someone brings shopping once a week. heat pours off the roof when it snows'""",
  "av rom | rm | C", "h")
t("""Police intel 4/E/R: unverified rumour that children are being trafficked through a youth football club in Enfield. No supporting information; club has DBS checks and safeguarding officer. Not actioned.""")
t("""Handover: 16yo girl, missing from Essex, found on a coach to Birmingham with an 18yo male known for county lines. She was carrying a package internally. Taken to hospital. She states she was threatened that her younger sister would be 'next' if she refused.""",
  "av thr | | C", "h")
t("""Interview notes (via Tigrinya interpreter): he says he is 16. He says that in the kitchen of the restaurant in Wembley he worked from 10 in the morning to 2 at night, seven days, and the owner said he was paying his 'smuggling money'. He slept on boxes in the basement. He says the owner took his phone so his family could not call.""",
  "av ot debt cond iso | lh swp plc | L", "h")
t("""Hotel night manager: 'a man booked 2 rooms for a week, paid cash. Different men going up every 20 mins. I saw a girl in the corridor, school uniform in the bag, she can't have been more than 15. The man is in the room with her now.' Police attending.""",
  "av | | S", "i")
t("""Salvation Army: Slovak Roma family (mum, dad, 3 children) brought to Sheffield by a man who registered them for benefits and kept all the bank cards. Parents work in a recycling plant, agency wages paid to his account. Children kept off school to beg.""",
  "av wag | ncw mbc | L C", "h")
t("""Youth worker: I'm worried about Leo (15). He's stopped coming to the club. His friends say he's 'on a line' in Norwich. His mum says he phones and says he's fine. I'm going to refer to MASH.""",
  "av | | C", "h")
t("""Secondary school: parent complained her son (14) had his phone stolen by a boy in the year above. Police took a crime report; phone recovered. Ordinary theft between pupils.""")
