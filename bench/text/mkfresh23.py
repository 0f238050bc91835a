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
  "av | pa ncw | C", "m")
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
  "dec debt cond | fee ovc | L", "h")
t("""Agency worker at a Northampton warehouse reports she was underpaid by £90 last month because of a payroll error. Agency apologised and paid the difference the next week. Worker is happy with the job and lives independently.""")
t("""Young person (17, Albanian, UASC) placed in semi-independent accommodation in Barking went missing. Police found him working in a car wash in Dagenham. He said a man from his village 'arranged it' and keeps his wages to pay for the journey, £10,000. Man also told him his sister at home 'would be visited' if he went to the police.""",
  "av wag debt thr | ncw | L", "h")
t("""Warehouse picker, Polish, 34, came to police station to say his agency supervisor keeps his bank card and PIN 'so the wages are safe', he only gets £40 cash on Fridays. Lives in a house with 12 other workers supplied by the supervisor; rent is taken before pay. Supervisor drives them to site at 5am.""",
  "wag cond | ncw ovc cedl esc | L", "m")
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
  "wag | ncw sfw | S", "h")
t("""Sex worker, 28, British, works independently from her own flat, advertises online, controls her own bookings and earnings. Attended police station to report a client who refused to pay. Crime recorded (theft). No exploitation concerns.""")
t("""Bank alert: account in name of a 17yo student receiving multiple transfers from unrelated third parties and immediately withdrawing cash at ATMs in Leeds. Student told bank an 'older friend' asked to use his account for £200 and now says he must keep doing it or 'there'll be problems'.""",
  "av thr | | C", "h")
t("""Financial crime team: 14 accounts opened in 3 weeks at same branch, all by Romanian men aged 20–25, all giving the same Ilford address and same mobile. A man accompanied each and did the talking. Cards never received by account holders – delivered to address controlled by the man. Benefit claims lodged on several.""",
  "wag | sfw mbc ncw esc | C", "m")
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
  "debt thr | | C", "m")
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
  "av thr | | C", "m")
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
t("""Girl 15 seen getting into taxis late every night from the Holiday Inn car park, taxi paid by a man on the phone.""",
  "av | | S", "h")
t("""Year 11 boy caught selling vapes to Year 7s at school. Bought them himself online. Excluded 2 days.""")
t("""INT 2/B/P: MURATI, Ardit – supplying Albanian juveniles to work cannabis grows across Bedfordshire. Juveniles told on arrival that they owe £15k and that the family home in Kukës has been 'noted'. Phones confiscated on arrival, moved at night.""",
  "av debt thr iso | | C", "h")
t("""Looked after child (16) told her key worker she is 'seeing' a man of 32 who buys her vapes and takes her to parties in Rotherham where 'his mates' are. She said she doesn't always want to but 'it's easier'. She has been missing 4 times this month and came back last time with no underwear and a bite mark on her neck.""",
  "av psv | pa | S", "h")
t("""Birmingham Children's Trust: Chinese girl (16) found working in a massage parlour on Hurst St during a licensing visit. Said she was 19 and had a Chinese passport – 'the boss keeps it in the safe'. Age assessment pending. She sleeps on the massage table after closing and has a small bag of clothes, nothing else.""",
  "av doc | dt swp fpe | S", "h")
t("""Shop worker called 999: a boy about 12 has just run in and hidden behind the counter, says men in a car outside are going to take him back to 'the house'. The car is still outside, two men, engine running.""",
  "av thr | | C", "i")
t("""Mum called 101 worried her 17yo has got a weekend job at a car wash. Officers visited: legitimate business, minimum wage, parental consent, short shifts. Advice given to mum. No concerns.""")
t("""Victim account (20, Sudanese male): 'In Calais a man said he has a brother in Leeds with a job in a kebab shop, good money, a room. When I arrived there was no room, I sleep in the shop on chairs. He said I owe £2,500 for the lorry and the food. He pays me nothing, he says it goes on the debt. He keeps my Home Office letter and says if I go to the police they will deport me.'""",
  "dec debt wag doc thr cond | swp dt foa | L", "h")
t("""ICU nurse: patient (Moldovan, 24) admitted with post-op infection from a nephrectomy performed abroad. Says a man in Chisinau paid him $3,000 for the kidney and arranged the trip; he says he was promised $10,000. He was told not to tell British doctors.""",
  "dec | | O", "m")
t("""Cuckooing: neighbour reports that an elderly man in flat 3 has had 'young lads' staying for two weeks. He was seen crying in the stairwell and said they won't let him use his own kitchen and they took his bank card. Lads have London accents, some look under 16.""",
  "av rom | ncw | C", "h")
t("""Concern about a takeaway on Oldham Road: three workers, none speak English, owner's car drops them at 4pm and picks them up after midnight. Licensing visit found they live in a house owned by the owner and rent is deducted. They confirmed they get paid monthly into their own accounts and can leave. No exploitation found, but welfare advice given.""",
  "| cedl |", "l")
t("""Missing from care, Maddie (14). Intel she's with ROWE, Craig (34) at unknown address in Blackpool. He has convictions for sexual offences against children. Phone last pinged 40 mins ago near the Pleasure Beach. Urgent.""",
  "av | | S", "i")
t("""Debrief (interpreter's words): she says that the man who brought her from Albania was her boyfriend, she was 17. He told her they would get married in London. When they arrived he said they have no money and she must work in a flat 'just for a few weeks'. She says he locked her in when he went out. She says she was raped by clients who did not want to wear protection and he said it is her job.""",
  "av dec rom psv | rm | S", "h")
t("""School attendance officer: Roma girl (13) absent 6 weeks. Home visit – family say she is "helping at home"; she does the cooking, cleaning and laundry for eleven people while her brothers attend school. Uncle says she will be married to a cousin in the summer. Girl says she doesn't want to. Forced Marriage Unit informed.""",
  "av | | D", "h")
t("""A&E note: teenage boy (16) attended with a dog bite and knife slash on the back. Refused police. Says 'they sent the dog on me because I came back short'. Picked up from A&E by a man in a Range Rover before social care arrived.""",
  "av psv | esc pa | C", "h")
t("""Shopping centre security report: group of 5 Slovak teenagers 13-16 shoplifting high-value cosmetics to order. Adult man in the food court takes the bags. One girl said 'if we come back with nothing he doesn't give us dinner'.""",
  "av thr | | C", "h")
t("""Boy (16) arrested for robbery of a phone. Alone, no older associates, says he did it to pay a debt to his mate for a PlayStation. Nothing to suggest exploitation. YOT referral.""")
t("""Young carer (14) looks after her disabled mum and little brother, misses school a lot. School and carers' centre involved. No exploitation concerns – family support plan in place.""")
t("""GLAA: packhouse in Spalding. 40 workers supplied via labour provider 'Fenland Fresh Staff'. Workers told they pay £60/week for the minibus to site and £25 for boots and gloves. Wage slips show deductions for accommodation leaving some with £80 for a 60hr week. Licence revoked.""",
  "wag ot | ct ppe lh | L", "m")
t("""My name is Ana. I am from Brazil. I came to work as a cleaner for a family in Surrey. They said £1,200 a month and a room. I slept in the garage. I worked every day, no Sunday. After three months they paid me nothing, they said 'later, when your visa comes'. They took my passport for the visa. The visa never came. I was afraid to go out because they said police will put me in prison.""",
  "dec cond ot wag doc thr | lh dt foa plc | D", "h")
t("""Bank: customer (Indian, 26) came in with a man who spoke for him, wanting to open an account; man had the customer's passport and biometric card in his jacket and gave his own address. Staff declined and reported.""",
  "doc | sfw dt | ", "m")
t("""Neighbour dispute: loud music and shouting from No. 9 every night, allegation that 'illegal immigrants' live there. Visit: Romanian family of 5 renting legally, both parents work at Amazon. Dispute about parking. No offences.""")
t("""999, 23:10 – male caller whispering, says he and 'four others' are locked in a container at a yard in Tilbury, they've been there since yesterday without water, someone is banging outside. Location roughly known. Multiple units and ambulance dispatched.""",
  "rom cond | rm | L", "i")
t("""Caseworker note: Thi (18, recently turned) was found at 16 in a grow in Kent. Now in supported housing. Reports being contacted on TikTok by the same people saying he still owes and that they know where he lives now. He's terrified and wants to move.""",
  "av debt thr | | C", "h")
t("""Care home (Surrey), CQC tip-off: overseas carers working 84-hour weeks, sleeping 4 to a room in a house owned by the manager, passports held 'for compliance'. Carers say they can't leave because of a £8,000 'training bond'. Two carers in tears.""",
  "ot cond doc debt | lh ovc dt | L", "h")
t("""INT 3/C/I: possible girl aged 14–15 being advertised on AdultWork-type site under 'petite new in town' in Slough. Photos show school tie in background.""",
  "av | | S", "h")
t("""Teacher worried about Ravi (15) who has started wearing expensive clothes. Chat with him and parents: he's been doing paid modelling for a legitimate sportswear shoot through a licensed agency with mum present. Paperwork checked. No concerns.""")
t("""handover – 3 Vietnamese males found at grow in Bradford, one says he's 16, another 17. No keys, doors screwed shut from outside, sleeping on mattress among plants, rice and noodles only. Claim they were told they'd work in a nail bar. To Children's Services, NRM.""",
  "av rom cond dec | rm swp plc | C", "h")
t("""fb post shared to us: 'my mate's cousin knows a girl whos being pimped out by her stepdad in Hartlepool. everyone knows. she's like 15'""",
  "av | | S", "h")
t("""Prison intel: inmate boasting on the wing that he 'runs kids' in Exeter, says the youngest is 12 and he pays them in trainers and Xbox credit. 3/C/P.""",
  "av wag | | C", "h")
t("""Officer handover, long:

Attended 41 Cromwell Rd at 14:00 re: welfare concern from school for Daniel (13) and his sister Chloe (10). Mum (Kerry SMITH) was home, house untidy but food in the cupboards, children's rooms fine. Kerry said Daniel has been staying out late with a friend from the estate. Friend's older brother, Tyrese BAILEY (19), known to us for PWITS.

Daniel spoken to alone. He says Tyrese gives him £20 to take 'parcels' to a house on the Bishops estate and that he has done it 'loads of times'. Says Tyrese told him if he stops he'll 'owe him for all the trainers'. Chloe has no involvement and appears well cared for.

Referral to MASH for Daniel. Intel submitted on BAILEY. No concerns for Chloe.""",
  "av debt thr | | C", "h")
t("""My daughter is 12. She's been chatting to a man on Roblox who says he's 14. Tonight he asked her to meet at the station. I've taken her phone and she's at home with me. I've screenshotted everything.""",
  "av | | S", "h")
t("""Reporting person states a local man is renting rooms to Indian students and charging a 'registration fee' of £500 on top of deposit. Students have their documents and attend classes. Trading Standards referral only.""",
  "| fee |", "l")
t("""Intel 2/B/P: 'the Slovak' recruits vulnerable men from a homeless hostel in Luton for a waste recycling plant in Dunstable. Men picked up at 5am in an unmarked van, work 12-hour shifts sorting rubbish with no gloves, live in a house where the 'rent' swallows their wages. One man has a broken hand and was told to keep working.""",
  "av ot cond wag | cedl esc lh | L", "h")
t("""Hospital social worker: 17yo Eritrean male, unaccompanied, presented with severe malnutrition and scabies. Says he was kept in a basement in Manchester sewing clothes 'for a debt', 14 hours a day. He escaped when the door was left open.""",
  "av debt ot rom cond | pa lh rm plc | L", "h")
t("""A boy, 16, called ChildLine then police: his 'boss' is driving him to Ipswich right now with 50 wraps, he wants to get out of the car but says the man has a knife. He is texting from the back seat. Phone being tracked.""",
  "av rom thr | rm esc | C", "i")
t("""Children's social care closure summary: Noah (15) was referred after police found him in a car with two adults and cannabis. Assessment found adults were his older cousins taking him to football; cannabis belonged to the driver (personal use, dealt with). Noah's school and family report no concerns. Case closed.""")
t("""Shelter worker: Ukrainian woman (31) housed by sponsor under Homes for Ukraine. Sponsor now makes her clean his house and his office daily unpaid and says if she refuses he'll tell the council she's left and she'll be homeless. She has her passport.""",
  "av thr wag | | D", "h")
t("""Forced marriage: Pakistani-heritage girl (17) tells school counsellor her parents have booked a flight to Lahore for the summer holidays and she will be married to her cousin there. Her passport is kept by her father. She is not allowed out except to school, and her brother walks her there.""",
  "av doc rom | dt rm esc | ", "h")
t("""INT: 'Aunty Grace' in Thamesmead recruits girls from Edo State promising hairdressing apprenticeships. On arrival girls are sent to brothels in Kent and Essex. Debts of £30,000+ quoted. Juju oaths used. 2/B/P.""",
  "dec debt thr | | S", "h")
t("""IP (Polish, 41): 'We were told it was factory work, good hotel. It was a house with 15 men, 3 toilets. The man took our ID cards "to make the contract". First week no money, second week £50. He said the rest is for the house and the transport and the job fee. When my friend argued, they beat him in the garden.'""",
  "dec doc wag psv cond | ovc dt ncw ct | L", "h")
t("""101: Man rang to report his 16yo son has got into a car with 'some older lads'. Son later rang dad to say he was at the cinema with his cousin who has just passed his test. Dad satisfied, log closed.""")
t("""Missing person update: Leah (15) returned to placement after 2 days. Says she stayed with her ex-boyfriend's family, and this is confirmed by a social worker home visit. No signs of exploitation; risk reduced to low.""")
t("""Slough Borough safeguarding: South Asian domestic worker (52, Sri Lankan) living with a family for 9 years without pay. She sleeps in the utility room, cares for the grandmother overnight and cooks for everyone. She has never had a key, the family hold her passport and she has not spoken to her children in Sri Lanka for four years.""",
  "wag cond ot doc iso rom | dt isd plc rm | D", "h")
t("""Text report: 'saw a boy about 14 at the station in Eastbourne, very thin, older man shouting at him on the platform about "where's the rest", then grabbed his neck and pushed him against the wall. they got on the 15:42 to Brighton'""",
  "av psv | pa | C", "h")
t("""'When I was 14 my cousin started selling me to men in flats in Telford. He said I was his and no one would believe me because I was in care. He took photos and said he'd send them to my school if I stopped.'""",
  "av thr | | S", "h")
t("""Romanian man, 19, picked up by immigration enforcement working at a construction site in Barnet with no right to work paperwork. States he came voluntarily, found the job through friends, is paid cash daily and lives with his brother. Case passed to Home Office for immigration only; no exploitation indicators.""")
t("""Young woman (18) tells outreach worker she was groomed from 15 by a man who 'looked after' her while her mum was drinking. He now takes her to other men's houses in Oxford and keeps the money. She says he is the only person who cares about her.""",
  "av wag | ncw | S", "h")
t("""Police note: Chinese national (30s) found in a flat above a restaurant in Chinatown with 7 others, working in the kitchen. All had own passports, contracts and UK bank accounts. Hours long but paid overtime. Immigration status check only.""",
  "| ovc |", "l")
t("""A&E: 14yo girl presenting with overdose. Disclosed she has been made to have sex with 'friends' of her 'boyfriend' (22) at a house in Derby, she said she owed him because he gave her cocaine.""",
  "av psv debt | | S", "h")
t("""Intel (3/B/I): children from a Birmingham care home being picked up in taxis at night and taken to hotels in Coventry. Taxis booked on an account linked to KHAN, Imran. Night staff have noted 3 different children this month.""",
  "av | esc | S", "h")
t("""'I run a small car wash. I employ 4 lads, all on the books, all get paid weekly by bank transfer, they go home at 6. Someone keeps reporting us as a slavery place because they're foreign. Can you please stop sending officers.' – Note: 3 visits, no indicators found.""")
t("""Social worker: Samira (16), UASC from Afghanistan, has been missing for 9 hours. Her phone is off. Her friend says she was going to meet 'the man from the hotel' who promised to get her a job. The hotel is where she was placed on arrival. Missing episodes previously with same male. Grading high risk.""",
  "av | | S", "h")
t("""POI KOWALSKI, Marek: controls 6 Polish men living in a caravan on a farm near Boston. Men pay him £100/wk 'rent' from their £250 wages, work 7 days. Drives them everywhere. One man's sister reports he told her 'you'll never see your brother again' when she asked to visit. 2/B/P.""",
  "ot thr cond | lh esc | L", "h")
t("""Border Force, Heathrow: Nigerian woman (21) with sponsor letter for 'domestic employment' with a family in Essex. Letter promises £1,500/month, but the phone contact on the letter is answered by a man who says she is going to 'work in his business'. Documents held by her escort, who left the airport. Referred.""",
  "dec doc | dt | ", "m")
t("""Foster carer: lad I look after (15) has come home with a black eye and says he fell off his bike. His bike is in the shed untouched. He's getting calls on a phone I've never seen. He's just gone out of the window into a car with 3 older males – reg partially KP21. I'm calling now.""",
  "av | pa esc | C", "i")
t("""Pupil (Year 10) disclosed to her form tutor that her uncle, who she lives with since her parents died, makes her do all the cleaning and cooking and doesn't let her see friends. Follow-up: uncle works nights, girl does a share of chores with cousins, goes to clubs twice a week. Upset about grief rather than exploitation. Bereavement support arranged.""")
t("""Drugs line 'Benji' in Worthing – INT suggests runner is a 14yo girl from Croydon who is kept at a trap address and only taken out in a car to do drops. Youngest runner seen. 2/B/P.""",
  "av rom | rm esc | C", "h")
t("""LAC review: Kai (16) disclosed he was 'taxed' by older boys – they took his phone and bank card and now use his account to move money. He gets £50 each time. Older boys told him they'd 'shank' him if he closed the account.""",
  "av thr | ncw | C", "h")
t("""Homeless outreach: two Lithuanian men sleeping under the flyover say they used to work at a chicken factory via a 'friend' who took their wages for rent, but they walked out last month and are now just homeless. Offered support and NRM explanation; they declined.""",
  "wag | ncw | L", "m")
t("""GP safeguarding: patient 23, Vietnamese, came with a 'friend' who insisted on translating. Patient had chemical burns on her hands consistent with nail salon work and looked exhausted. Friend said patient lives with her and 'works for family business'. Patient's registered address has 9 other patients registered.""",
  "| sfw pa ovc | L", "m")
t("""Public report: 'boys are being made to sell weed in the park by a man in a black Merc, I heard him say to one kid who looked about 12 that if he didn't shift it he'd break his legs. he drives round every hour to check on them'""",
  "av thr | | C", "h")
t("""Caseworker (Unseen helpline): caller's brother-in-law (Romanian, 35) working at a waste site in Essex. Was promised £400/week; actually paid £120 cash after 'deductions' for van, room, tools and a hi-vis. Lives in the site's portakabin with 5 others. Told 'if you leave, you pay back the flight and the job fee first'.""",
  "dec wag cond debt | ct ppe swp ovc | L", "h")
t("""Girl, about 16, flagged by Border Force at Luton, travelling to Tirana with a man of 40 who says he's her uncle. She had been reported missing from a Hertfordshire foster placement 3 days ago. Man detained; girl now with Herts CSC.""",
  "av | | ", "h")
t("""Adult male (British, 48, learning disability) living with a family in Wales who 'took him in' 12 years ago. He does the farm work from dawn to dark, sleeps in a shed, is not allowed in the house and his disability benefits go into the farmer's account.""",
  "av ot cond | lh swp plc ncw | L", "h")
t("""Father phoned police after finding £2,000 and a set of scales under his 15yo son's bed. Son admitted he was holding them for a man he met on Snapchat, who has since been messaging that he will 'come to the house' if the money isn't returned. Father has the son at home.""",
  "av thr | | C", "h")
t("""Police log: 17yo girl reports being sexually assaulted at a house party by a boy from her college. Crime recorded, suspect arrested. No exploitation or third party involvement identified.""",
  "psv | |", "h")
t("""Restaurant inspection (Environmental Health): kitchen staff asleep on cardboard in the dry store at 11am. Owner said they 'live upstairs but like it cool'. Three staff, only one with passport on site – owner says he holds the others 'so they don't lose them'. Referred to police.""",
  "doc cond | swp dt plc | L", "m")
t("""Young man (19, Albanian) in an immigration detention centre says he was brought at 17 to work in a cannabis grow. He stayed there 8 months; food brought by a man who took his phone. He was told he would be killed if he left, and that his family in Albania knew the 'cost' of his trip was £20,000.""",
  "av thr iso debt rom | rm | C", "h")
t("""Housing officer: Council flat tenant (67, dementia) has 4 teenagers staying who she says are her 'grandsons' – family records show no grandchildren. They use her flat to bag drugs. She told me she isn't allowed in the living room any more.""",
  "av rom | rm | C", "h")
t("""10yo boy found by police at 1am in Brixton, on his way home from 'getting food for the older boys'. Mum had reported him missing at 10pm. Boy said the older boys give him money to go to the shop for them. Referred to CSC for assessment; no drugs found.""",
  "av | | ", "h")
t("""On the night of 12th, a girl (15) rang 999 from an unknown flat: 'He's got my phone and he won't let me go, there's another man coming'. Call traced to a block in Walsall. Officers forced entry 14 minutes later, male arrested, girl safeguarded.""",
  "av rom | rm | S", "i")
t("""Employer (a Leicester textile firm) self-reported to GLAA after finding a supervisor had been charging new machinists £200 each to 'get them the job'. Supervisor dismissed, money refunded, workers paid correctly throughout. Supervisor reported to police for fraud.""",
  "| fee |", "l")
t("""Adult daughter called: her mum (Filipino, 58) is a live-in carer for an elderly man in Bath. Family of the man pay her £300 a month, she works day and night with one afternoon off a month, and they keep her passport 'in case she runs off'. Mum is too scared to complain.""",
  "ot doc | lh dt foa | D", "m")
t("""Intel: girl 15 selling cannabis at school for her older brother. Brother (19) has threatened to hurt her if she stops. 3/B/I.""",
  "av thr | | C", "h")
t("""Youth club manager: two brothers (13, 15) came in today with bruises, said dad hit them for coming home late. Disclosure of physical abuse at home; CSC and police informed. No suggestion of exploitation by others.""",
  "psv | pa |", "h")
t("""Bank (fraud team): elderly woman's account emptied by grandson's 'friends' via a debit card she handed over. She says they come every Friday and she's too scared to say no. Adult safeguarding; not work-related.""",
  "| ncw |", "l")
t("""UASC (Kurdish, 16) told his social worker the smuggler in Dunkirk said he must pay £5,000 by working in a barber shop in Sheffield that the smuggler's cousin owns; the barber already messaged him asking when he will 'start'. He has not gone yet.""",
  "av debt | | L", "h")
t("""Long read (press summary):

A Luton couple were jailed today for keeping a young Ghanaian woman as a domestic slave for six years. The court heard that she was brought to the UK at 15 on a false passport, was told she would go to school, and instead cooked, cleaned and looked after the couple's three children from 5am to late each night. She slept on a mattress in the hallway and ate leftovers.

Prosecutors said the couple kept her false passport in a locked case and told her she would be arrested if she left the house. When she asked about school, the husband beat her with a belt. A neighbour who noticed she never came out raised the alarm. The judge said the couple had 'treated a child as property'.""",
  "av dec ot cond doc thr psv rom | lh plc dt foa rm | D", "h")
t("""Student (21, Nigerian) at a London university says she is working 30 hours a week in a care agency, more than her visa allows, because her rent went up. Agency pays her properly. She is worried about her visa. Advice given; no exploitation.""")
t("""Police intel 2/A/P: DOB 2008 male from Newham held overnight at an address in Bournemouth, released at 06:00 with instructions to 'clear' the line. Hours later he was found with facial injuries. He says he was beaten for 'being short' and that the adults still have his phone and house keys.""",
  "av psv iso rom | pa | C", "h")
t("""Caller from a farm shop says a young lad who works for their neighbour sometimes comes in to buy food. Today he said he'd not been paid 'since harvest' and the farmer tells him to wait. He's 17 and from Romania. He's living in the barn.""",
  "av wag cond | swp | L", "h")
t("""hey police, just want to say the lads at the car wash on Bath Rd were really good today and one of them told me they're all cousins saving for uni. not a complaint just saw the posters about slavery and thought i'd say they seem fine""")
t("""Kidney for sale advert on a Facebook group in Bradford: 'O+ healthy 24 male, will travel'. Contact found to be a young Pakistani man with huge debts to a loan shark who told him to 'sell something' to pay. Loan shark's associate arranged the Facebook post. Man counselled; loan shark referred to illegal money lending team.""",
  "av debt thr | | O", "h")
t("""Debrief (Chinese, female, 34): she answered an advert on WeChat for 'restaurant cashier, Manchester, £2,000/month'. When she arrived she was taken to a flat and told she must see customers. The man kept her passport. She was moved to a different city every week and never knew where she was. She was allowed no phone.""",
  "dec doc iso | dt isd | S", "h")
t("""Two 15yo girls fighting outside McDonald's after school, filmed by others and posted on TikTok. Both identified, restorative justice meeting arranged by school police officer.""")
t("""Boy (14) reported missing by mum at 21:00, found at 22:30 at the skate park with friends, phone dead. Home safe, first missing episode. No concerns.""")
t("""Mum worried her 16yo daughter's new boyfriend is 19. Checks: he's at the same college, families know each other, no controlling behaviour reported. Advice on healthy relationships given to daughter.""")
t("""LAC (15) placed out of area in Wales keeps absconding back to Cardiff to see her mum. Each time found at mum's house. Plan reviewed to increase contact. No third party adults involved.""")
t("""Unaccompanied asylum-seeking child (Syrian, 16) placed with his older cousin in Coventry under a kinship arrangement. Cousin works as a delivery driver, boy attends college, has his own phone and ARC card. Social worker visit: settled and happy.""")
t("""Secondary school: Year 9 pupil brought a kitchen knife to school saying he needed it for protection on the walk home because of boys from another school. No gang or drugs links found after police and YOT assessment. Safety plan put in place.""")
t("""101 report from a parent: 'my son (17) has started working at a warehouse through an agency, night shifts, is this legal?' Advice given about working hours for 16–17 year olds and the agency's duties. Son is paid properly and chose the job.""")
t("""Youth offending worker: Jordan (16) on a referral order for shoplifting sweets and energy drinks with friends. Assessment: peer-driven, no adult involvement, no debts, stable home. Reparation completed.""")
t("""Foster carer reports that 14yo placed with her had a visit from her birth father, who is not supposed to have unsupervised contact. Contact breach; no exploitation. Social worker informed.""")
t("""Girl (13) ran away from home after her parents took her phone for bad grades, spent the night at her best friend's house. Friend's mum called the police in the morning. Returned home.""")
t("""GP note: 17yo male, asthma review. Works part-time in his dad's chip shop after college, about 12 hours a week. No concerns.""")
t("""A&E: 15yo boy with a broken wrist after falling off a moped on the estate. Moped was his friend's. Police to deal with no-insurance matter. Nothing to suggest exploitation.""")
t("""Salvation Army: man (Romanian, 29) asked for help going home after his seasonal contract at a soft fruit farm ended. He was paid in full, had his ID, and just ran out of money. Travel assistance arranged.""")
t("""Licensing visit, nail bar on King St: 4 technicians, all Vietnamese, all with right-to-work checks, contracts and payslips. Owner's niece (17) helps on Saturdays and is paid. Premises clean. No concerns.""")
t("""Caller says a neighbour's 'au pair' never seems to go out. PCSO visited: the young woman (20, Italian) said she's shy, is studying for exams, goes to the gym, and showed her own passport and phone. Host family cooperative. NFA.""")
t("""INT 4/E/U: anonymous message alleging that a takeaway owner 'keeps illegals in the loft'. Visit made; loft used for storage only, staff live elsewhere and are paid. Malicious report suspected (competitor).""")
t("""Construction worker (Polish, 38) fell from scaffolding and broke his leg. HSE investigating the employer for unsafe working at height. He is directly employed, paid properly, has his own accommodation.""")
t("""Kidney transplant patient (Sikh, 61) asks GP whether he can buy a kidney privately in India. GP explains it is illegal under the Human Tissue Act and refers him back to the transplant list. No transaction arranged.""")
t("""Border Force, Gatwick: Nigerian student (19) arriving with a valid student visa, university letter, funds and return ticket. Travelling alone, met by her aunt. No concerns.""")
t("""Police log: domestic incident, 34yo woman assaulted by her partner. He controls the finances and checks her phone. No labour or sexual exploitation; DA risk assessment (DASH) high, referred to IDVA.""",
  "psv | |", "h")
t("""Probation: 20yo on licence after a robbery conviction has found work in a warehouse. He says he's happy, earns £11.44/hr, lives with his gran. Compliance good.""")
t("""Hotel manager: family of six staying in one room for a week because of a house fire. Council-funded emergency accommodation. Staff asked us to check it was all above board – it is.""")
t("""Report of 'kids begging' outside Tesco: officers found 3 teenagers collecting for a school charity with a teacher supervising and a permit from the council. No issue.""")
t("""Online report: 'my landlord takes £600 rent cash and wont give receipts and the boiler has been broken 3 weeks'. Housing/civil matter; tenant works as a nurse, has her own documents and bank account.""",
  "| plc |", "l")
t("""Care home worker (Zimbabwean, 44) on a sponsored visa says the home hasn't given her any overtime this month and she wants more hours. She lives with her husband, has her passport and is paid into her own account.""")
t("""School safeguarding: a Year 7 boy (11) said older kids at the bus stop asked him to 'hold' something. He said no and told his teacher. Police patrols at the bus stop increased; no further approaches reported.""")
t("""Housing association: flat let to a single mum of three, neighbour complained 'too many people live there'. Visit found mum, her 3 kids and her sister visiting for a week. No overcrowding issue.""")
t("""UASC (Eritrean, 17) told his social worker that during the journey in Libya he saw other migrants beaten by smugglers. He himself paid his way with money from his uncle in Canada and owes nothing. Now at college in Leeds, doing well.""")
t("""Mum of a 15yo girl phoned in a panic because daughter's location on Snap Map showed Manchester. Turned out daughter was on a school trip she'd forgotten to mention. Teacher confirmed.""")
t("""Fishing boat inspection, Newlyn: crew of 6, two from Ghana on proper seafarer visas with contracts, paid monthly by bank transfer, rest periods logged, passports with the crew. Good practice noted.""")
t("""Nurse (Philippines) recruited through an ethical recruitment agency; no fees paid, flights covered by the NHS trust, accommodation for first 3 months. Welfare check note – all fine.""")
t("""Bank: student (19) has 4 bank cards – current account, savings, a credit card and a student card, all his own, all in his name. Flagged automatically; reviewed and closed.""",
  "| mbc |", "l")
t("""Debrief (translated Romanian): 'A woman from my village said I will clean offices in London for £1,500. She bought my ticket. In London her husband took my ID and said I must first pay back the ticket and the room, £3,000. Every night he drove me to clean three offices and in the day I cleaned his house. He gave me nothing. When I cried he said he will send my photo naked to my father.'""",
  "dec doc debt ot wag thr | dt esc lh ncw | L D", "h")
t("""Intel 2/B/P: KRASNIQI, Besnik – harvesting organs? No. Correction to earlier log: KRASNIQI linked to a cannabis grow in Stoke staffed by 2 Albanian teenagers (16, 17) who live in the property and cannot leave. The 'organ' reference was an input error.""",
  "av rom | rm swp | C", "h")
t("""Women's refuge: Indian woman (26) came on a spouse visa. In-laws made her do all the housework for 9 people from 5am, took her passport and jewellery and her salary from her part-time job at Boots went into her husband's account. Not allowed to phone her family in Punjab.""",
  "ot doc wag iso | lh dt ncw isd | D", "h")
t("""WHY IS NOBODY DOING ANYTHING ABOUT THE FLAT ABOVE THE BOOKIES!!! KIDS IN AND OUT ALL NIGHT SCHOOL UNIFORM AND EVERYTHING, GROWN MEN WITH THEM, ONE LITTLE LAD COULDNT BE MORE THAN 12 CARRYING A RUCKSACK FOR THEM. IVE RANG 3 TIMES""",
  "av | | C", "h")
t("""boy 16 rang from a toilet in a trap house in Cambridge says he wants to come home, the men took his phone but he has a spare, he dont know the address, cant leave they're in the next room""",
  "av rom iso | rm | C", "i")
t("""Organ trafficking intel 3/B/I: Bangladeshi men recruited in Sylhet with promise of restaurant jobs in London; on arrival told jobs fell through and offered 'a way to clear the visa debt' by donating a kidney at a clinic abroad. Broker based in Tower Hamlets.""",
  "dec debt | | O", "m")
t("""IP (Nepali, 27) says he was flown to Istanbul by a man in Southall who promised warehouse work in Europe. In Istanbul he was kept in a flat, had blood tests and was told to sign papers saying he was donating to his cousin. He says he didn't have a cousin there. After the operation he was paid $1,500, not the $8,000 agreed, and put on a flight back to London.""",
  "dec rom wag | rm | O", "h")
t("""Young person (15) in residential care has just sent staff a photo of a hotel room key card and the message 'he won't let me leave, room 214'. Staff identified the hotel from the card. Police on the way now.""",
  "av rom | rm | S", "i")
t("""Parent: 'my boy is 14 and he's being bullied online by lads from his class, they took a photo of him in the changing room'. Police and school involved, image removed. No adult involvement.""")
t("""GLAA licence check, gangmaster supplying shellfish gatherers in Morecambe: workers collected at 4am, returned 8pm, transport fee of £15/day deducted, sleeping 10 to a 3-bed house the gangmaster rents. Wages paid into cards held by the gangmaster's partner.""",
  "ot cond wag | cedl lh ct ovc ncw mbc | L", "h")
t("""Police log: 17yo male, Vietnamese, found at a nail bar in Hull. Says the owner is his 'auntie' and he does pedicures 6 days a week for £100. Owner has his passport 'to keep it safe'. He does not know where he lives, is driven there and back.""",
  "av doc ot iso wag | dt esc | L", "h")
t("""Teacher note: Year 10 student said she's babysitting for a neighbour every evening and weekend for £5 total. Neighbour is a family friend; mum knew, agreed it's too much and it has stopped. Not exploitation – informal arrangement.""")
t("""Financial intelligence: 23 bank cards found in a car stopped in Slough, each in a different Romanian name. Driver says he 'looks after' the cards for workers at a food factory. Workers interviewed: they get £50 a week cash from him, rest 'for house and transport'.""",
  "wag | mbc ncw | L", "m")
t("""Statement (Eritrean, 19): 'The man in Italy said in UK there is no problem, you can study and work. When we reach the UK he give me to another man who said I must work for him in a car wash to pay £4,000. I did not know this. I work 7 days, 12 hours. I sleep in the office with three. He keep the money, say next month, next month.'""",
  "dec debt ot wag cond | lh swp ovc | L", "h")
t("""101 caller reports seeing a man hit a young woman in the street outside a massage parlour, then drag her inside. Woman looked scared. Patrol attended – parlour shut, no answer.""",
  "psv | |", "h")
t("""Missing child (LAC, 13), Stoke. 3rd missing in a week. Returned by police from an address in Crewe where two males in their 20s were present. She had a new phone and had been given alcohol. Strategy meeting convened re CSE risk.""",
  "av | | S", "h")
t("""INT 2/B/P: Slovak family in Derby (PUKY surname) bring young Roma men over for work at a meat processing plant, house them 10 per house and take their wages 'for safe-keeping'. One man with epilepsy has been refused medicine until he 'earns it'.""",
  "av wag cond | ovc ncw | L", "h")
t("""A man wrote to the council complaining his Polish cleaner 'disappeared' owing him 2 weeks' notice. Cleaner found: she left for a better job. No offences.""")
t("""Cuckooed address, Torquay: vulnerable woman (45, alcohol dependent). Males from London moved in 6 weeks ago, she sleeps in the bath, they've told her that if she calls police 'her daughter will be done'. Warrant executed today, 2 juveniles (15, 16) among those arrested.""",
  "av thr cond | plc | C", "h")
t("""Interpreter notes (Amharic): she says that she came with an Ethiopian family working at an embassy. She says that she cooked, cleaned and looked after the baby from 5 until midnight. She says that she had no salary for two years; the madam said it is 'in the bank for her'. She says that she was not allowed to leave the residence and had one set of clothes.""",
  "ot wag rom | lh ncw rm fpe | D", "h")
t("""Young person's account (16, British girl): 'He was 25. First it was just driving around and weed. Then he said I had to pay him back for the weed and I had to do stuff with his mate. He'd take my phone off me when we went to the flats so I couldn't ring anyone.'""",
  "av debt psv iso | | S", "h")
t("""Hospital: 17yo male, Albanian, presented with a stab wound. Told staff he works 'in a house'. Discharged himself before police arrived when a man came to collect him and spoke to the nurse on his behalf.""",
  "av psv | sfw | C", "h")
t("""County lines one-liner: 15yo from Wandsworth arrested in Swindon with 30 wraps, no money, no phone, says he hasn't eaten in two days.""",
  "av | pa | C", "h")
t("""Agency driver reports a colleague (Romanian, 50) seems to live in his lorry cab at the depot, has 1 bag of clothes and no bank card. When asked, the colleague said his 'manager' has his card and pays him small amounts when he asks.""",
  "wag | swp fpe ncw | L", "m")
t("""Police note: 16-year-old Kurdish boy who works at a barber shop in Huddersfield. Owner is his father's friend, he works Saturdays, paid £40, goes to school. A caller was concerned because he was 'always there'. Visited; all fine.""")
t("""CSE intel (2/B/P): group of men in Peterborough using a snooker hall to 'host' girls aged 13–16 from local schools. Girls given drinks, cigarettes, rides. One girl (14) has disclosed rape. Men take photos and threaten to share them.""",
  "av psv thr | | S", "h")
t("""Kids from the children's home on Elm Rd are being picked up at 11pm by a black Range Rover, I've seen it 4 nights running, the same 2 girls, and they come back at 5am looking wrecked""",
  "av | esc cedl pa | S", "h")
t("""A&E note: 23yo Romanian woman, 14 weeks pregnant, attended with abdominal pain. Accompanied by partner who answered questions but left when asked. Alone, she said partner is 'nice' and she works in a shop. No disclosure; leaflet given.""",
  "| sfw |", "l")
t("""Caller: 'there's a girl in the flat opposite, she's been screaming for 10 minutes and a man's shouting "you don't leave till you've paid". I can see her at the window banging on it now.' Units dispatched, nearest 3 mins.""",
  "rom thr debt | rm | ", "i")
t("""Worker at a recycling plant in Leeds injured his hand in a baler. Employer called an ambulance, reported to HSE. Worker is a permanent employee, union member. No exploitation.""")
t("""INT: 'Uncle Tony' (possibly TONI, Gjergj) takes Albanian boys as young as 15 from Kent care placements to London to work in cannabis grows. Boys told they will be 'sent back in a box' if they talk. 2/B/I.""",
  "av thr | | C", "h")
t("""School: Year 9 girl (14) crying in toilets, says she owes money to an older girl for vapes and the girl is making her steal from shops in town to pay it back. Older girl is 17 and also at the school. Police school liaison involved.""",
  "av debt | | C", "h")
t("""Police note: couple arrested after a 999 call from their 17yo Nigerian 'niece' – she said she had been locked in the house since she arrived 18 months ago, doing all the housework. Locks on the outside of her bedroom door confirmed.""",
  "av rom | rm | D", "h")
t("""Kids on bikes delivering 'parcels' round the estate for a man in the corner flat – youngest about 11.""",
  "av | | C", "h")
t("""Girl 16 sleeping at a nail bar in Croydon, owner has her papers.""",
  "av doc | swp dt | L", "h")
t("""Teen missing again, came back with £££ and a hotel key card.""",
  "av | | ", "h")
t("""Man at car wash says he pays £150 for the job and £50 a week for his bed, still owes the boss.""",
  "debt | fee | L", "m")
t("""Lost passport reported by a Spanish au pair. She left it on the train.""")
t("""Vietnamese teen found in loft of a grow house, door padlocked from the outside, no phone, no shoes.""",
  "av rom iso | rm fpe | C", "i")
t("""NGO caseworker: client (Albanian, 22) was trafficked at 17 to work in grows; now in NRM safe house. Today he received a Facebook message with a photo of his mother's house in Elbasan and 'we haven't forgotten what you owe'. Support plan reviewed.""",
  "thr debt | | C", "m")
t("""Midwife: 17yo Roma girl booked in at 30 weeks. Married at 15 in a religious ceremony. Lives with husband's family, does all the cooking and cleaning, is not allowed out without her mother-in-law and her phone is checked. Husband's family hold her ID card.""",
  "av rom doc iso | rm dt esc | D", "h")
t("""Debrief (Sudanese, 17): 'Man in Calais say my brother in England pay for me. When I arrive he say no, you pay, £6,000. He put me in a house in Birmingham, I clean and cook and carry bags for him, and at night he send me to sell small packets. He takes all money. He hit me with a pipe when I lost one packet.'""",
  "av dec debt wag psv | ncw | C D", "h")
t("""Officer note: 15yo boy from Peckham found in Aberystwyth at 03:00 at a petrol station, no coat, £5 on him. Says he was dropped there by 'a driver' to meet someone. Carrying a phone that only has one number saved.""",
  "av | esc | C", "h")
t("""School receptionist: a man rang claiming to be a Year 8 girl's uncle asking what time she finishes. No uncle on file. Girl says she met him online and he's 'nice'. Police and parents informed.""",
  "av | | S", "h")
t("""Police log: report that a woman is being 'held' at a flat in Sheffield. Welfare check: woman (30, Polish) lives with her partner, has keys, phone, job at a bakery, says she's fine and was just having an argument with her partner. No indicators.""")
t("""GLAA inspection summary: chicken catching gang, Norfolk. 12 workers (Lithuanian). Licence holder supplies transport and accommodation, charges are clearly itemised, legal and agreed. Workers hold their own documents, get paid weekly into own accounts. Minor record-keeping breach only.""")
t("""Victim account (Filipina, 42), long:

'I worked for a family in Dubai for six years. When they came to London for the summer they brought me. They said in London I would have a day off and my own room. In London I slept on the floor of the little girl's room.

Madam kept my passport from Dubai and she said if I go out the British police will arrest me because I have no visa. I worked from 6am to 1am. I had no phone because she said phones are distraction. My salary, they send to my family in the Philippines, $200, sometimes nothing.

One day when they went to Harrods I ran away with a Filipino lady I met in the park.'""",
  "dec doc thr ot iso wag cond | dt foa lh ncw | D", "h")
t("""Police intel: 'Kids in hoodies' shoplifting from JD Sports in Stratford, organised by an older male (20s) who waits outside and takes the items. Children aged 12–14. One child said 'he'll beat us if we come out empty'. 2/B/P.""",
  "av thr | | C", "h")
t("""Job centre adviser flagged a young man (18, learning disability) who came in with a 'friend' who did all the talking and asked for his Universal Credit to be paid into the friend's account. Young man looked scared and had not eaten. Referred to adult safeguarding and police.""",
  "av | sfw pa ncw | ", "m")
t("""Organ harvesting – NCA note: Albanian network offering UK patients kidney transplants in a private clinic abroad; donors are poor young men recruited with false promises of jobs in the UK, held in a guesthouse until surgery and threatened if they try to back out.""",
  "dec rom thr av | rm | O", "h")
t("""Looked-after child, 16, told her IRO she works in a café in town for £5 an hour cash. Café owner says she's 'helping out'. Pay is below the youth rate; she keeps her money and can leave whenever. Referred to HMRC for NMW; no exploitation.""")
t("""Housing officer: 3-bed house rented to a man who has sublet every room – 17 people, Romanian, working at a warehouse via the same man, who drives them and takes £80 each a week for 'transport' from their pay. Mattresses in kitchen and bathroom.""",
  "cond | ovc ct plc esc | L", "m")
t("""Witness: 'I saw a boy about 15 at the back of the Chinese restaurant on Market St smoking, in his chef's whites, at 2am. I asked if he was OK. He said "I work, I sleep here, boss keeps my passport, I can't talk". Then someone called him in.'""",
  "av doc | swp dt | L", "h")
t("""Child protection medical: 12yo girl brought in by police after being found in a car with 3 adult males in a layby. She has injuries consistent with sexual assault. Males arrested at scene.""",
  "av psv | pa | S", "h")
t("""Young man (20, British) reports that a man he met at the gym paid him £500 to open a bank account and hand over the card. Now the man wants more accounts and says 'you're in it now'. Told to stop and report to bank.""",
  "thr | mbc | C", "m")
t("""Family friend rang 999: her neighbour's 16yo daughter has just told her by text that her dad has locked her in her room and is taking her to the airport tonight to be married in Bangladesh. Text received 10 mins ago. Units attending, FMU alerted, port alert issued.""",
  "av rom | rm | ", "i")
t("""Seasonal agricultural worker (Kyrgyz, 24) on SAW visa: the farm pays him properly and lets him keep his passport, but he paid £2,800 to a recruiter back home before he came, which he borrowed. He is paying the loan back to a bank at home. GLAA noted the fee for the recruiter's home authority.""",
  "| fee | ", "l")
t("""Handover: 15yo boy (LAC, Lewisham) found in a flat in Hastings used by the 'Smokey' line. Said he hasn't been allowed to go out for 4 days, sleeping on the sofa, only noodles. Injury to his hand he says the older male did with a lighter when he 'lost' £200.""",
  "av rom psv debt cond | rm pa plc | C", "h")
t("""Bangladeshi restaurant worker (24) told a community worker that his boss pays him £200 a month, holds his passport, and that he works 12 hours a day, six days a week. Boss also arranged his visa and says he'll cancel it if he complains.""",
  "wag doc ot thr | dt lh | L", "h")
t("""Young woman (19) rang 101 saying her ex won't give back the laptop she left at his flat. Civil matter. Advice given.""")
t("""INT 3/C/I: a Leicester-based fabric supplier may be using Indian workers on visit visas who live above the factory and are paid in cash below minimum wage. No info on control or documents.""",
  "| swp |", "l")
t("""Pupil referral unit: Tyler (15) has a tag on his ankle after a knife offence. He told staff he carries because 'the olders' made him hold a knife for them, and he owes them for a lost phone. He looks thin and tired.""",
  "av debt | pa | C", "h")
t("""Parent on 101: 'my son (13) says a man in a car offered him £50 to take a bag to the next town'. Son said no and came home. Intel submitted, car details recorded.""",
  "||", "l")
t("""Police log: 17yo girl went to a party, drank too much and was taken home by friends' parents. No crimes or safeguarding concerns.""")
t("""Night shelter volunteer: Sudanese man (31) says at a farm in Herefordshire he was told he'd get paid at the end of the season. The season ended and the farmer said there was no money, then threatened to call immigration. He left with nothing.""",
  "dec wag thr | foa | L", "h")
t("""Cleaning agency (legit) worker rang to ask whether it's OK that her employer asked to see her passport for a right-to-work check and then gave it straight back. Advice given – that's normal and lawful.""")
t("""A girl, 15, is in the passenger seat of a silver Vauxhall with a man who has a knife; she's just messaged her friend 'he says if I get out he'll stab me'. Friend's mother called 999 with the VRM. ANPR hit on the M1 J28 two minutes ago.""",
  "av rom thr | rm | ", "i")
t("""School counsellor: Amir (14), Afghan refugee, lives with his mother and siblings, works Saturdays in a relative's corner shop for pocket money. Happy, doing well at school. Mum asked about whether the work is allowed – advice on child employment permits given.""")
t("""GP: 44yo Slovak man, registered at an address with 22 other patients. Attended with untreated hand injury, said his boss wouldn't let him take time off and that he works every day at the car wash. A 'colleague' waited outside and came in to hurry him.""",
  "ot | ovc lh pa | L", "m")
t("""Intel 2/B/P: nominal HUSSAIN is advertising 'young girls, new in town' on AdultWork in Bradford; photos include a girl reported missing from a Leeds care home aged 15. Profile active tonight with location 'Manningham'.""",
  "av | | S", "h")
t("""Prison note: 19yo inmate from Albania, arrested at 17 in a grow, says he told police then that he was forced but nobody listened. He still has family threatened at home. NRM referral made late; CPS reviewing.""",
  "av thr | | C", "m")
t("""Police log: Two Polish brothers run a landscaping firm, employ four other Poles who live in a house the brothers rent them at market rent. Neighbour suspicious because 'they're always working'. Visit: normal hours, paid, free to leave. NFA.""")
t("""Statement (Vietnamese, 16, via interpreter): he says that in France a man told him he'd work in a restaurant in England. In England he was put in a house and made to look after plants. He says he was given rice and eggs once a week and the windows were boarded. He says he didn't know what city he was in. A man came every few days to check and shouted at him that he would be killed if the police came.""",
  "av dec cond iso thr | plc isd | C", "h")
t("""Duty social worker: report of Syrian family renting a garage in Leicester – parents and 4 kids. They rent it from an acquaintance who charges £600. Dad works legally at a warehouse. Poor housing only; no exploitation. Housing team referral.""",
  "| plc |", "l")
t("""INT 2/B/P: a Romanian woman (22) is being forced to beg outside Marble Arch station every day from 7am to 9pm by a man who watches her from a café. She hands him the money every few hours. He took her ID card on arrival.""",
  "ot wag doc | lh ncw dt | C", "h")
t("""Bank: 16yo's account received £9,000 in 2 days and was emptied in cash. Parents unaware. Son says a man on Instagram paid him £300 to 'borrow' his account and that the man now says he must do it again or his 'face will be on Instagram' as a snitch.""",
  "av thr | | C", "h")
t("""Child (9) left home alone by mum who was at work. Neighbour called police. Neglect referral; no exploitation.""")
t("""CCTV operator: 'lad in a school blazer handing a small package to a man in a car at the lights, then the car drove off and the lad got straight into another car waiting round the corner'. Time 15:40, outside St Mary's.""",
  "av | esc | C", "h")
t("""A 16yo Eritrean boy, newly arrived, placed in a hotel by the Home Office (age disputed). Staff noticed a man visiting daily and taking him out. He told a volunteer the man said he had a job for him in a car wash and must not tell the hotel.""",
  "av | | L", "h")
t("""Police log, 01:20: Mother rang to say her daughter (15) has just phoned from inside a flat in Luton saying three men are there and she's been told she can't leave until 'the party's over'. Mother has the address from the girl's Find My. Units dispatched.""",
  "av rom | rm | S", "i")
