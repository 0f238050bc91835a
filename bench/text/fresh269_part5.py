# fresh269 part 5: look-alikes, negations, short entries and more longer accounts
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Girl stays in her room most of the day, parents say she's revising for A levels. Went to see her, she's fine, just stressed. NFA.", "", "", "")
T("Man works 6 nights a week as a baker by choice, starts 2am. Neighbour complaint about van noise. No concerns.", "", "", "")
T("lads at the car wash are always there, 8 til 8, but I asked one and he said he only works 3 days a week and goes to college", "", "", "")
T("Checked the hostel: residents have keys, curfew is 11pm as per house rules, free to leave. Not restriction.", "", "", "")
T("Farm worker, seasonal visa, says the hours are hard (10-hr days in harvest) but he is paid for all of them, has his passport and goes to town at weekends.", "", "", "")
T("Doorbell camera on a house in Bury - reported by neighbour as 'watching someone'. Owner says it's for parcel theft. No concerns.", "", "", "")
T("Junior doctor, 72-hr week during rota gaps, complains to BMA. Employment issue only.", "", "", "")
T("On-call plumber - called out 3am most nights this winter, self-employed, says 'good money'.", "", "", "")
T("Monk at Buddhist centre in Surrey lives on site, works in the kitchen and garden, unpaid by choice of religious vocation, free to leave. Visit following anonymous call. No concerns.", "", "", "")
T("Nanny reported her employer for asking her to stay past 7pm without notice. Employer paid the extra hours when asked. She has her passport, own room, weekends off. Advised on contract.", "", "", "")
T("Elderly man with dementia lives with daughter, doors locked at night so he doesn't wander. Social worker aware, safety measure. Not exploitation.", "", "", "")
T("Security firm pays guards for 12-hr shifts. Guard complained of no toilet break on one shift. Company investigating. No MS indicators.", "", "", "")
T("Caller says a man keeps his passport in a safe at his own house. It's his passport. No offence.", "", "", "")
T("Caller: the family next door have 8 kids and the eldest does a lot of the childcare after school. She's 17, at sixth form, seems happy, goes out with friends. Just curious if that's allowed. Advised no concerns.", "", "", "")
T("Pub landlady works 7 days a week, it's her own pub. Reporting a break-in.", "", "", "")
T("Student works two jobs, 45 hours a week plus uni, says she's knackered but needs the money for rent. Her choice. Welfare advice only.", "", "", "")
T("Fisherman, Brixham, at sea for 4 days, 18-hour days hauling. Owner-skipper on his own boat. Reported missing by wife, returned safe.", "", "", "")
T("Seasonal workers at the Christmas tree farm share caravans, 2 per van, heated, paid hourly, taxi to town provided free. GLAA spot check compliant.", "", "", "")
T("Woman caring full-time for disabled husband, receives Carer's Allowance, says she works 'every hour God sends' but it's love not work. No concerns.", "", "", "")
T("Car wash in Hartlepool visited by Immigration Enforcement. 2 workers no right to work, both said they rent their own rooms, are paid £10/hr, hold passports and can leave. No MS indicators; immigration matter only.", "", "", "")
T("Parent reports 19yo son 'held hostage' by his gaming console - he never leaves his bedroom. Joking. Genuine call re harassment online.", "", "", "")
T("Tattoo artist works 14 hours some days in his own studio. Neighbour dispute about parking.", "", "", "")
T("Boarding school pupil, 16, says boarding house locks at 10pm and pupils can't go out after. School rules, parents agree. No concerns.", "", "", "")
T("Caller reports 'slave labour' at the Amazon warehouse because his mate did 10 hours. Mate is paid, on contract, chose overtime. NFA.", "", "", "")
T("Report of domestic abuse: male partner checks female's phone and controls money. No work or exploitation element. DA team referral. No MS.", "", "", "")
T("He says he's not locked in, he's not scared, he isn't owed any money, and the boss has never touched him. Officer satisfied no indicators at this time.", "", "", "")
T("INT 4/C/I. Unverified rumour that workers at a Leicester factory are locked in. Visit conducted - fire exits open, workers spoken to alone, all leave at end of shift. Rumour not substantiated.", "", "", "")
T("The owner says the cleaners can leave when they want and they confirmed it. They work 6 hrs a day. However one cleaner told me the owner took her passport when she started and still has it.", "RD", "DT", "L")
T("She wasn't locked in - she said so herself - but she told us she hasn't been paid for four months and the boss keeps 'her' bank card.", "WW", "NCW", "L")
T("Worker says he is free to leave and does get a day off, but he was charged £150 for his hi-vis, boots and hard hat and £20 a week for the minibus.", "WW", "PPE CT", "L")
T("No threats were made, she said, and nobody hit her. But she's done 100-hour weeks at the takeaway since August and sleeps in the back.", "EO AC", "LH SW", "L")
T("Her passport's with her, she's allowed out, she has her phone. The concern is that 'the uncle' keeps all her wages from the salon and she owes him £4,000 for a visa.", "WW DB", "NCW UF", "L")
T("Man denies being held against his will and says he can go out whenever. But workmates say he never leaves the unit, eats and sleeps there and the boss watches the CCTV from home.", "RM", "SW RMS", "L")
T("If she refused to work Sundays the manager said he would 'make sure she never worked in this town again' and tell immigration she was illegal. She has not had a day off since.", "IT EO", "FA LH", "L")
T("Worker said nobody took his documents and he has his passport. Owner doesn't live on site. Worker wants advice on holiday pay only. No indicators.", "", "", "")
T("If they don't pay him on Friday he says he'll go to ACAS. Currently paid correctly. Advice only.", "", "", "")
T("we checked the brothel for signs of trafficking: all women spoken to alone, documents own, money own, no signs found. Licensing issues only.", "", "", "")
T("Vietnamese male, 20s, nail bar in Dudley, told officer he could leave if he wanted. But he also said he had 'nowhere to go', the owner holds his passport, and he hands over his wages to pay for the boat.", "RD WW DB", "DT NCW UF", "L")
T("The restaurant owner has agreed to pay the back wages he owed (£2,300). Worker has left and works elsewhere. Was never restricted. Civil matter now.", "WW", "", "L")
T("boss locks the gate at the yard at night with the lads inside, they sleep in the portakabin, 6 of them in one cabin", "RM AC", "RMS SW OA", "L")
T("Lorry driver found 4 men in trailer at Dover, all alive. They say they paid smugglers £3,000 each. No indications of onward exploitation at this stage; immigration matter.", "", "UF", "")
T("Source: 'they never get a day off at that nail bar, 7 days, 10 til 8, and she drives them'", "EO", "LH ET", "L")
T("Worker (Lithuanian) doesn't know the address where he lives, just 'the house by the big roundabout'. Boss picks him up.", "ISO", "IS ET", "L")
T("Victim: 'I had only the clothes I was wearing. Everything else was in the suitcase he kept in his car.'", "", "FPE", "")
T("Girls at the flat have almost nothing - a few clothes in a carrier bag each, no photos, no phones. Flat belongs to the man who drives them to 'work'.", "", "FPE ET", "S")
T("Welfare visit: worker's room in the shared house contained a mattress, one holdall, a toothbrush. Says he has been here 9 months.", "", "FPE PLC", "", "low")
T("Romanian male found sleeping in a wheelie bin store behind the restaurant where he works 14-hr shifts. Says boss lets him 'stay' there instead of paying him.", "AC WW EO", "SW LH PLC", "L")
T("WhatsApp message shown to officers: 'u dnt leave the house til i say. u dnt open the door. u dnt answer ur phone. if i find out u been out ur dead'", "RM IT ISO", "RMS", "")
T("GLAA: labour provider in Wisbech housing 40 workers in a converted chicken shed. Workers charged £70/wk each for a bunk. Transport to fields £8/day. Wages paid to a single account in the director's partner's name.", "AC WW", "OA PLC CT NCW", "L")
T("Debrief: 'He stay outside my door all the time. If I go to toilet he come. If I go to shop he come. If I talk on phone he listen.'", "RM ISO", "RMS ET", "")
T("INT 2/B/P. DUMITRU, Ionut. Seen at Halifax ATM, Commercial St, withdrawing with 9 different cards, 0600 Monday. Believed to be his workers' wages.", "WW", "MBC NCW", "L")
T("woman says her employer makes her sleep in the garage of the house and work all day, she has no days off, when the family go on holiday she is locked in the house with the dogs", "AC EO RM", "SW LH RMS", "D")
T("Kidney donor (altruistic, non-directed) at Guy's - HTA approved. Reported harassment by a journalist. No concerns.", "", "", "")
T("Man in Luton told outreach workers he was paid £2,000 by 'a broker' to give a kidney to a wealthy businessman in London. Now unwell and cannot work. The broker took his passport until the operation and told him not to speak to anyone.", "AV RD ISO", "DT", "O")
T("Social media ad seen: 'kidney needed urgently, will pay £50k, any blood group'. Reported to HTA. No victim identified yet.", "", "", "O")
T("Man, 19, Albanian, kept in a flat in Enfield and made to drive drugs around North London. 'They say I work day and night, phone always on, if I don't answer one time they come and beat me.'", "RM EO PSV", "LH", "C")
T("Caller (neighbour) in Hull: 'the young lad at no 22 hasnt been outside in weeks, the blinds are shut, men come in and out with bags, i think theyve took over the old mans house and the lad is stuck in there'", "RM", "RMS", "C")
T("Male reported by his college - 17, missing for 48 hours, last seen getting into a car with two men from a county line. Phone off. 'He told a friend he had to go or they'd hurt his brother.'", "AV IT", "", "C", "immediate")
T("Girl, 13, found in a hotel room in Stockport with a 35-year-old man. Hotel staff say she checked in with him and another man. She has been reported missing since yesterday.", "AV", "", "S", "immediate")
T("Bulgarian male (42) working at a scrap yard in Ipswich 6am-8pm Mon-Sun. Paid £20/day. Lives in a caravan in the yard with 3 others. 'I cannot go nowhere, boss has my ID, I have no money, I don't know English.'", "EO WW AC RD ISO RM", "LH SW OA DT IS", "L")
T("Carer (Nigerian, 38) told Unison rep: agency gives her 14 calls a day from 7am to 10pm, travel unpaid, often no break to eat. Rest days cancelled 'at short notice' for 6 weeks straight. Too frightened to complain because of her sponsorship.", "EO AC WW", "LH FA", "L")
T("Sex worker contacted support service: says she works for herself, rents her own flat, no one takes her money. Wants advice re a violent client who assaulted her. Assault reported. No exploitation by a third party.", "", "", "")
T("""Cleveland Police - MSHT. Summary of victim's ABE interview.
V (Slovak Roma, 36) came to Middlesbrough in 2021 with her husband after a relative, KOTLAR, promised them a house and factory work. On arrival KOTLAR took their ID cards and bank cards. They lived in one room of his house with their three children. V was made to clean KOTLAR's house and his brother's house every day from 6am until 10pm and to look after KOTLAR's elderly mother at night. Her husband was taken to a recycling plant at 5am daily. Benefits were claimed in their names and the money went into KOTLAR's accounts. She was not allowed to go to the school gate on her own; KOTLAR's wife went with her. When she asked for her ID card he slapped her and said 'you owe me for the flights, the rent, the food, you will never finish'.""",
  "DEC RD WW EO RM PSV DB", "DT NCW LH ET RMS UF CE", "D L C")
T("""Reply to police enquiry from a hotel group HR manager, Birmingham.
Thank you for your call regarding the housekeeping staff at our Broad Street hotel. Following your concerns we have checked: all 31 housekeepers are employed directly (not through an agency), on contracts of 30-40 hours, with overtime voluntary and paid at 1.25. None live on site. Rotas show at least 2 days off per week. Wages go into accounts in their own names; we have verified this with payroll. We spoke to each privately with an interpreter and none raised concerns about threats, debts or documents. One mentioned she works a second job at a café. We are happy to facilitate a visit. Kind regards, Amy Roberts, Regional HR Manager.""",
  "", "", "")
T("""Debrief of male (Sudanese, 19), Calais to Dover route, now in Home Office hotel, Stoke.
He says that while in Calais a man offered to 'help' him by giving him free passage if he worked for him in England for a year. When he arrived he was taken by car to a house in Stoke where he was told to sell cannabis and cocaine from a phone. He slept in the house with 4 other young men and was not allowed out unless one of the older men was with him. He was told he owed £5,000 for the crossing and that the debt would be sent to his mother in Darfur if he ran. He was hit with a bottle once when money was short. He escaped to the hotel last week and the men have been messaging him, saying 'we know where you are'.""",
  "DEC DB RM IT PSV", "RMS ET UF OA", "C")
T("""Case note (Kalayaan caseworker).
Client S (Indonesian, 44) came to the UK with a Saudi family as a domestic worker. She says she was never allowed out of the Mayfair apartment except once, with the family to Harrods, to carry shopping. Her working day started at 5am and ended around 2am with the children's late dinners. She had no day off in 14 months. She slept on a mattress in the laundry room. Her salary was paid to her agency in Jakarta and she has received nothing directly. She was told by the madam that if she ran away the police would arrest her for stealing. She has no phone; the family took it at the airport. She left with only a plastic bag of clothes when the family's driver helped her.""",
  "RM EO AC WW IT ISO", "RMS ET LH SW NCW FA IS FPE", "D")
T("""Intelligence log - Dyfed-Powys Police. INT 3/B/P.
A dairy farm near Carmarthen is employing two men from Eastern Europe who live in a cattle shed with no toilet or running water. Source says they work milking at 4am and finish after the evening milking, every day of the week; they were seen working in the yard on Christmas Day. The farmer takes them to the village shop once a week in his Land Rover and waits for them. Source was told by one of them that the farmer keeps their 'papers' and that they haven't been paid 'since the summer'.
Action: research farm ownership; refer to GLAA and Dyfed-Powys MSHT; plan a joint visit with an interpreter; do not alert the farmer in advance.""",
  "AC EO RM RD WW", "PLC SW LH ET DT", "L")
T("""Letter from an employment solicitor to police, Manchester.
We act for a group of five warehouse workers. We want to flag that, although we are pursuing an unpaid wages claim in the Employment Tribunal, our clients have confirmed they were never restricted in their movement, were not threatened, and their documents remain in their possession. The dispute relates to unpaid holiday pay and overtime (approx £1,200 each). We do not consider this a modern slavery matter but write in case your enquiries overlap. Please contact the writer, Ms Helen PRICE, on 0161 832 5514 if you need anything further. Our clients have consented to this letter. We have told them that if any of the matters above change, they should tell us or the police straight away.""",
  "WW", "", "L")
T("""Statement from a shop worker, Corby.
I work at the Co-op on Rockingham Rd. Every morning at about 4.45 a white minibus stops outside and a man gets out to buy energy drinks for about 10 people. I've seen the same faces in the back for months. They come back at night, about 9.30, and the man buys bread and tins for them - they never come in themselves. Once a woman came in alone and seemed terrified, she kept looking at the bus. She bought a sim card and asked me in broken English if it was 'secret'. I don't know if it's anything. The bus is a white Ford Transit minibus, I've noted the reg as FG19 PWX. The man who comes in is tall with a shaved head and speaks Russian or Polish on the phone. I only remembered it all because of the poster you put up in the shop. I work early shifts Monday to Friday if you want to speak to me.""",
  "RM EO", "CE LH FA RMS", "L")
T("""Humberside Police - summary of a welfare visit.
Following an anonymous call claiming that 'Polish people are being kept like slaves' at a house on Spring Bank, Hull, officers visited. Six adults live there, each with their own tenancy agreement and room with a lock. All work at different places (a fish factory, Tesco, a care home, two at a builders' merchants) and travel independently; one has a car. All had their own passports and bank cards. The landlord is a retired local man who does not employ any of them. None reported any concerns. Anonymous caller may have been prompted by a dispute about bins. Words of advice given to the caller about making false reports, and residents given the Modern Slavery Helpline number in case they ever have concerns.""",
  "", "", "")
T("""Case note - Children's Society.
Young person (16, British, Stoke) has started to disclose. Says that since he was 14, older males have been using him to hold and sell drugs in Crewe. He was kept in a flat for up to a week at a time, working a 'shift' on the phone day and night, and not allowed to sleep 'while the line's busy'. He was made to 'plug' drugs. When he lost a batch he was told he owed £1,500 and was stabbed in the leg. He says his mum doesn't know and he is frightened they will come to the house. Safety plan agreed with mum. Referral to NRM completed via the local authority; police to be told immediately if he is contacted by the group.""",
  "AV RM EO DB PSV IT", "RMS LH FA", "C", "high")
T("""Intelligence - British Transport Police.
Romanian females (20s) being moved by train between London Euston and Manchester Piccadilly each week, accompanied by an older male who holds all their tickets and phones and answers for them when questioned by train managers. On arrival at Manchester they are met by a car and taken to an address in Cheetham Hill. Females appear to have very little luggage. Believed linked to off-street sexual exploitation. Dissemination: GMP Op Challenger and Met MSHT. Recommend rail staff are briefed and that the females are spoken to apart from the male at the next sighting. Intelligence grading 2/B/P. CCTV requests made for Euston concourse.""",
  "ISO", "ET SFW FPE", "S")
T("""Report by the manager of a nursing home, Devon.
We have been employing a Ghanaian carer, E, through an agency. Yesterday she fainted on shift. She told our nurse she has worked 6 weeks straight without a day off, at our home and two others, sometimes 20 hours a day, and that the agency takes £200 a week from her wages for 'the house' where she lives with 8 others. The agency manager collects her in a car after every shift and drops her at the next. She was afraid to tell us because the agency says they will 'send her back' if she complains. We have stopped using the agency and informed the police and CQC. E is staying with a colleague at the moment and has asked for help with her visa. I can be reached at the home on 01392 557 240.""",
  "EO WW IT", "LH OA ET FA", "L")
T("""Thames Valley Police - ANPR and intel summary.
Vehicle VO21 HLT (black Mercedes Vito) seen at 05:00 daily leaving a house in Oxford Rd, Reading, and arriving at a food processing plant in Slough. Returns after 21:00. Registered keeper (BEGU, Adrian) has previous for fraud. Financial checks show 17 bank accounts at the house address, all receiving wages from the same umbrella company and withdrawn by one card holder. Source states 'Adrian keeps everything - the cards, the ID, the money'. Recommend: production orders on the accounts, an approach to the food processing plant's HR about the umbrella company, and a GLAA-led visit to the address with interpreters. INT grading 2/A/P.""",
  "WW RD EO", "CE LH MBC NCW DT", "L")
T("Text from sister: 'she says she cant talk, the man is in the next room, she hasnt been out for two weeks, he says shes not allowed, she cried'", "RM", "RMS", "")
T("Told to stay inside 'for her own good'. Windows screwed shut. Boss had the only key.", "RM", "RMS", "")
T("Worker: 'Sunday also. Every day. Twelve, thirteen, fourteen hours. My body is broken.'", "EO", "LH PA", "L")
T("INT 2/B/P. Females at 3 Oak St Rochdale escorted to/from premises by male, not permitted out alone. CCTV on front and rear.", "RM", "ET RMS", "S")
T("cctv in every room even the bedrooms the boss watches on his phone we cant do nothing without him seeing", "RM", "RMS", "")
T("no breaks, no water in the heat, no gloves, and they shout if we stop to drink - strawberry picker, Kent", "AC", "", "L")
T("Potential victim: 'I was always ready. Day, night. The bell rings, I go. I don't sleep a full night in one year.'", "EO", "LH", "D")
T("Nail bar, Grimsby: manager answered all questions put to staff; staff would not speak; staff appear to live on premises.", "", "SFW FA SW", "L", "medium")
T("V says they took her phone and SIM and she hasn't spoken to her mum in Romania since June.", "ISO", "IS", "")
T("Boss said 'u owe me for ur flight, ur room and ur food, u work till its paid' - text shown to officer, Wakefield.", "DB", "UF", "L")
T("Brothel, Southampton: 4 women, one says she's 'paying off' £10,000 to the man who brought her from Thailand.", "DB", "UF", "S")
T("ppt held by employer 'for safe keeping' as per worker, farm nr Pershore", "RD", "DT", "L")
T("Chinese female, 30s, moved between massage parlours by a driver, lives in the parlour, never leaves.", "RM", "ET SW RMS", "S")
T("Worker says he gets a 'fine' of £50 each time he is late, from £250 a week. Debt keeps growing as he 'owes' for fines.", "WW DB", "", "L")
T("Mother of 16yo: 'hes terrified, says theyll kill him if he stops, he's out every night till 4am'", "AV IT", "FA", "C", "high")
T("Kitchen porter living in the restaurant cellar, no window, works lunch and dinner service every day. Owner gives him 'pocket money'.", "AC EO WW", "SW LH PLC", "L")
