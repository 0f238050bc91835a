def add(T):
    T("""NCA MODERN SLAVERY DIGEST - WEEK 14. Item 1 of 6: Op KESTREL (West Yorkshire). Warrant executed at 41 Dewsbury Road, Leeds LS11. Eleven Romanian nationals found living at the three-bed address, mattresses in every room incl. the kitchen. All employed at a meat packing plant in Batley via an agency run by POI Marian DOBRE (dob 12/03/1984). Workers state they were promised £9.50 p/h and a room but receive £40-£60 cash a week after "rent, transport and food" are taken by DOBRE. Bank cards for all eleven found in a kitchen drawer in DOBRE's room. Transit van LM17 KXR used to take them to site at 04:30 and collect at 19:00. Two workers referred into NRM, remaining declined. Item ongoing.""",
      "DEC WW AC EO", "OA PLC NCW MBC CE LH", "L")
    T("""Item 2 of 6: Op KESTREL linked - drugs. Same vehicle LM17 KXR stopped on M62 J27 on 09/04, driver Ionut PAUN in possession of 2 x 50g wraps cocaine and £3,400 cash. No link to the workers established; PAUN charged PWITS. Recorded for vehicle association only.""",
      "", "", "")
    T("""Item 3 of 6: Durham. Fraud team report a rise in HMRC impersonation calls to elderly residents in the DH1 area. Losses approx £48k across 17 victims. No exploitation angle, shared for awareness.""", "", "", "")
    T("""Item 4 of 6: Border Force Dover report a lorry (Bulgarian plates CB 4417 KT) stopped 22:10 on 11/04 with seven Eritrean males concealed behind pallets of tinned tomatoes. All adults, all claimed asylum, none reported being made to work or owing money. Treated as facilitation/smuggling, not trafficking. Driver arrested s25 Immigration Act.""", "", "", "")
    T("""Item 5 of 6: Merseyside. Intelligence that a 15 yr old boy from Toxteth, reported missing x4 since January, is running a line ("BEN line") into Barrow-in-Furness. Found in a trap house on Greengate St with stab wound to the hand he says he got "off the elders" for losing a bag. Safeguarding strategy meeting held, NRM submitted by LA. Phone 07723 118904 attributed to the line.""",
      "AV PSV", "PA", "C", "high")
    T("""Item 6 of 6: Essex Police and GLAA joint visit to a hand car wash on London Road, Southend. Eight workers, all Albanian, living in a portacabin at the back with no heating or toilet. Manager speaks for all of them; none would give a home address. No ID on any worker - manager says he "keeps them safe in the office". Workers paid "when the boss comes on Friday". Further visit planned with interpreters.""",
      "RD AC WW", "SW PLC SFW DT NCW FA", "L")
    T("INT 3/B/P: POI Kasia NOWAK believed to be managing 3 female sex workers from 14 Fairfield Ave, Swindon SN2. Adverts on Vivastreet use same phone 07455 290331. Nil further.",
      "", "", "S")
    T("""Regional Organised Crime Unit (North West) - Monthly Threat Briefing, extract. Cannabis: 14 cultivation sites dismantled this month, 9 of which had a 'gardener' present. Of those, 6 were Vietnamese nationals aged between 16 and 23, locked in with food delivered weekly, windows boarded and electrics bypassed. Three said they owed £18,000-£25,000 to the people who brought them to the UK and had been told their families in Nghe An would be hurt if they ran. All six referred to NRM; two age disputed. Firearms: no change. Cash couriers: two seizures at Manchester Airport totalling £220,000, no victims identified.""",
      "RM DB IT AC AV ISO", "RMS PLC IS UF", "C", "high")
    T("Digest note: Op LINDEN closed. Nail bar in Gravesend found compliant on revisit, all staff with contracts and payslips, own passports, free to leave at end of shift. No further action.", "", "", "")
    T("""Long entry 22/0914 (Lincolnshire). Source (handled) reports that a gangmaster known as "Big Tomas" (believed Tomas ZUKAUSKAS) supplies Lithuanian workers to a salad packhouse near Boston PE21. Workers pay £250 each for a "place" before coming over and are told it will be repaid from their first wages. Source says the debt is never cleared because ZUKAUSKAS adds £40 a week for the bus and £15 for a hi-vis and gloves. Workers are picked up from Tattershall Rd HMOs at 05:00 in a white Ford Transit (YR66 HBN) and returned after 8pm, six days a week. Separately source mentions ZUKAUSKAS is selling cheap cigarettes from the boot of a Passat - passed to Trading Standards. INT 2/B/P.""",
      "DB WW EO", "UF CT PPE CE LH OA", "L")
    T("Caller from flat above says woman downstairs is screaming and man shouting he will kill her if she goes to the police again, she is locked in the bathroom now. Caller can hear banging. 23 Kingsway, Wrexham. Units dispatched.", "IT RM", "RMS", "", "immediate")
    T("""ROCU East Midlands operational update - Op HARBOUR. Phase 2 arrests executed 06:00 across Nottingham (NG7) and Derby (DE23). Five arrests: Gheorghe LUCA (41), Elena LUCA (38), Florin STAN (29), and two others. The group recruited women from Calarasi with offers of work in a laundry, then placed them in brothels across three flats and advertised them on AdultWork. Victims describe being told they owed €2,000 for travel and that the sum rose every time they "misbehaved". One victim had a fractured wrist. Nine victims safeguarded into Salvation Army care. Also seized: 3 vehicles, £19k cash, 2kg herbal cannabis (no link to victims), 41 bank cards in various names.""",
      "DEC DB PSV AV", "PA MBC UF", "S")
    T("Custody note: DP arrested for shoplifting at Tesco Extra, Cheltenham. Says he did it to pay off his own gambling debts. No third party involvement. Charged.", "", "", "")
    T("""MSVCC daily log, entry 7. Call from Gwent PCSO. A 68-year-old man with learning difficulties has been living in a caravan on a farm near Abergavenny for what neighbours say is "twenty years plus". He does the yard work and looks after the pigs from first light till dark, seven days. The farmer's son collects his benefits and gives him "pocket money" of £10. Caravan has no running water, mould, broken windows. He said "I can't go anywhere, where would I go". Advised Gwent to attend with ASC and consider NRM.""",
      "AV WW AC EO", "PLC NCW LH", "L")
    T("""Intelligence report - Op SPARROW (Kent). Multi-strand.
(a) Drugs: 'DANNY' line (07948 201776) supplying crack and heroin in Margate. Controllers from Lewisham.
(b) Exploitation: line holder using the flat of a vulnerable female heroin user, Tracy ELLIS (52), on Northdown Rd. ELLIS told officers she "can't say no" because they give her gear and threatened to "do her" if she kicks them out. She has not left the flat in a week.
(c) Vehicles: grey Audi A3 KN19 PTX seen dropping off two youths aged approx 15-16 each Friday at Margate station; believed to be runners.
(d) Unrelated: a burglary series in Cliftonville, suspects local.
Assessment: cuckooing of ELLIS and likely child criminal exploitation of the runners.""",
      "AV IT RM", "RMS", "C", "high")
    T("Domestic servitude concern - Barnet. Nanny (Filipina, 34) came with employer family from Dubai on an overseas domestic worker visa. Employer holds her passport. She works 6am till midnight, sleeps on the floor of the children's room, has never had a day off in 14 months and has been paid nothing since arrival, told her salary is \"sent home\". Phone taken by the mother. Disclosed to a church volunteer on the school run.",
      "RD WW EO ISO AC", "DT LH NCW IS SW", "D")
    T("Update: Officers attended 4 Mill Lane re earlier report of 'people being kept in a shed'. Turned out to be a landlord's lodger using the garden studio, has tenancy agreement, own key, works at Screwfix and was happy to chat. No concerns.", "", "", "")
    T("INT 4/C/P: unknown source says the Chinese takeaway on Station St, Burton has kitchen staff who sleep upstairs above the fryers and never leave. Unverified.", "RM AC", "SW RMS", "L")
    T("""NCA Threat Update (restricted extract). Organ harvesting: The NCA continues to assess the UK risk as low but persistent. In Q3 one case was referred by a London renal unit: a Nigerian man in his 20s was brought to the UK on a visitor visa by a businessman who intended that he 'donate' a kidney to the businessman's relative, having been told in Lagos he would be given a job in London. He was coached to say he was a cousin. The transplant was stopped when the clinical team found inconsistencies. The man had been promised £7,000. He is now supported in the NRM.""",
      "DEC AV", "FA", "O")
    T("Case note: renal team confirm living donor is the recipient's sister, matched and assessed by the Human Tissue Authority, independent assessor saw both separately. No coercion. Closed.", "", "", "")
    T("Female seen at Birmingham Coach Station w/ older male who holds her ticket and passport and answers every question for her. She looks terrified, won't make eye contact. BTP informed, they are on way. Coach to Glasgow leaves 1410.",
      "RD", "DT SFW FA ET", "", "immediate")
    T("""Ops briefing 03/11 - Cleveland. 1) Op MARLIN: two cannabis grows in Middlesbrough TS1, both unattended, no victims. 2) Three arrests for supply at Stockton High St. 3) Modern slavery: Children's services raised concern that a 14-year-old girl in care, known as 'M', is being picked up in a black BMW (NU18 DXF) by men in their 20s, given vodka and taken to flats in Thornaby where she is passed to other men. She has a new phone and new clothes she cannot explain. CSE strategy meeting today 14:00. 4) Road closures for the bonfire event.""",
      "AV PSV", "", "S", "high")
    T("Car wash Cannock. Lads out in all weather no gloves no boots, hands cracked, working 8 til 8 for what the boss said was £30 a day. One told me in English he has not been paid for four weeks and the boss said if he talks to police he will be sent back to Albania.",
      "AC EO WW IT", "LH FA PA", "L")
    T("Welfare check - 19 Grove Park, Hull. Report of 'too many people' at address. 6 adults, all Polish, all named on a joint tenancy with a letting agent, each pays their own rent, all work at different places. Cramped but voluntary. No exploitation indicators. Advice given re HMO licensing to landlord.", "", "", "")
    T("""NWROCU Intelligence Summary (Cheshire / Merseyside). 
Subject: Phone 07511 440982 ("Polo")
- Attributed to Kyle MCCANN (22), Birkenhead. Cell site places it in Chester & Rhyl on most days.
- Five juvenile runners identified via stop checks. One, aged 14, found with drugs plugged internally; said he had to because "they'll stab me otherwise, they know where my mum lives".
- Vehicle: white Seat Leon FY68 OPU, registered to MCCANN's grandmother.
- Cash: £6,200 found at a Rhyl caravan park chalet used as a trap.
- Separate: MCCANN linked to a 2021 fraud (bank card not present) - not exploitation.""",
      "AV IT", "", "C", "high")
    T("I was promise job in hotel in London, good money, the man say 'no problem, you pay after'. When I come they take my passport and put me in house in Luton with five girls and say now you must work with men to pay 5000 pound. I say no and he hit me in face.",
      "DEC RD DB PSV", "DT UF", "S")
    T("Local authority licensing visit to The Rose Tattoo, Grimsby. All artists self-employed, rent chairs, own bank accounts. Premises in order.", "", "", "")
    T("""Op TIDEWAY update - fishing. Police Scotland and MCA boarded trawler 'Morning Star' at Fraserburgh harbour. Eight Filipino and Ghanaian deckhands on transit visas found working in UK waters. They sleep in a cramped fo'c'sle, report 20-hour shifts during hauls, and say the skipper holds their seaman's books and passports "for the agency". Wages of $500/month paid to an agency in Manila, some crew unpaid for 3 months. One crew member showed bruising he says was from the bosun. Referred to NRM; skipper interviewed under caution.""",
      "RD EO WW PSV AC", "DT LH PA NCW SW", "L")
    T("STOP CHECK: 2 x IPs in Vauxhall Corsa WN15 YXA, Cardiff. Driver (18) and passenger (16) both from Newport. £450 cash, 3 phones, 20 wraps suspected crack. Passenger said he \"owes\" the driver's brother £1,200 after being robbed of a bag and has to work it off. Referral to YOS and NRM considered.",
      "DB AV", "", "C", "high")
    T("Call: neighbour in Leyton concerned the lady next door works all hours for the family, she never goes out except to take bins out and kids to school, the family shout at her. Caller doesnt know if she is paid.",
      "ISO EO", "IS LH", "D")
    T("NCA digest - smuggling. Small boat landings Kent coast this week: 412 people across 9 vessels. Three facilitators charged. Nothing in debrief to suggest onward exploitation at this stage.", "", "", "")
    T("""Intel log 5/0331 - Norfolk. Three Portuguese males seen daily at Tesco Dereham at 05:15 being loaded into a grey Vauxhall Vivaro (AV64 RTD) by a man with a clipboard. They look exhausted, same clothes each day. A shop assistant overheard one say they had paid a man in Lisbon €400 each for the job. Nothing further known. INT 3/B/R.""",
      "", "CE PA UF", "L")
    T("Update to above: GLAA made contact. All three employed by a licensed labour provider, paid £11.44 p/h into own accounts, payslips seen. The €400 was a legitimate-looking travel package they booked themselves. NFA.", "", "", "")
    T("""South West ROCU - Op GANNET weekly. Cash/fraud: A money mule network recruiting students via Instagram ("easy £500") at Plymouth and Exeter universities. 23 accounts identified. Most are willing participants; however one 17-year-old care leaver in Torquay says he was told he would be "battered" if he closed his account and that his card and PIN are kept by a man called "Jay". Safeguarding referral made. Other strands: vape smuggling (Border Force seizure 14k units, Bristol port), no victims.""",
      "AV IT WW", "NCW", "C", "high")
    T("My husband's mother keeps my passport and says I am nothing. I cook clean for 9 people from 5 in morning, I am not allowed to phone my family in Pakistan. When I cry my husband slap me. I cannot go out of house alone.",
      "RD EO ISO PSV RM", "DT LH IS RMS", "D")
    T("Licensing: Premises 'Velvet Lounge' Coventry - lap dancing venue, SEV licence. Dancers interviewed, all self-employed, own transport, sign in and out, no concerns raised.", "", "", "")
    T("INT: nail bar 'Lux Nails' Hastings TN34 - 3 young Vietnamese females believed to live above the shop, always escorted to and from the shop by an older male, never seen alone. Source believes they are under 18.",
      "RM AC AV", "ET RMS SW", "L", "high")
    T("""Op BRAMBLE (West Mercia) - long entry. Background: Multi-agency visit on 14/06 to a poultry farm near Leominster HR6. Present: WMP, GLAA, HMRC, Herefordshire Council, Salvation Army.
Findings: 17 workers, nationalities Bulgarian and Moldovan. Accommodation: four static caravans on site, 4-5 people per caravan, one with a gas leak. Workers say they were recruited via a Facebook advert promising £12 an hour; payslips show £8.50 with deductions for 'accommodation' (£90 p/w), 'transport' (£20 p/w), 'equipment' (£35 one-off for boots and overall). Several said they work 14-hour days during catching season. Two men said a supervisor named 'Vasile' took their ID cards on day one "for registration" and has not returned them. Nobody reported violence. One woman said Vasile told her that if she complained her daughter back in Moldova "would have problems".
Outcomes: 4 NRM referrals, 13 declined. HMRC opened NMW inquiry. Supervisor identified as Vasile CIOBANU, mobile 07380 554210, drives a silver Skoda Octavia RV67 WZE.""",
      "DEC WW AC EO RD IT", "OA PLC CT PPE LH DT", "L")
    T("Caller says her daughter (16) has gone off with a man called Deano in a red Golf, he told her he loves her and she's not answering, last seen 2hrs ago heading to Blackpool, he's 30 odd and has other girls.", "AV DEC", "", "S", "immediate")
    T("Drugs raid at 7 Hollins Rd, Oldham: 400g heroin, scales, £8k. Occupant (44) arrested. He's the dealer, no vulnerable persons at address, nobody being used.", "", "", "")
    T("Referral (Salvation Army outreach): Mr K, Polish, 50s, found sleeping rough in Peterborough. Says a man from his home town brought him over, put him in a house with 12 others, made him work at a recycling plant and took all his wages for two years. When he got ill they threw him out. No ID - the man kept it.",
      "DEC WW RD AV", "OA NCW DT", "L")
    T("""Regional intelligence bulletin (Thames Valley) - multi-topic:
- Burglary: sneak-ins Reading RG1, suspects two local males.
- Fraud: courier fraud against elderly in High Wycombe, £112k lost.
- Modern slavery: Slough - a woman from Nigeria rescued from a house on Farnham Rd where she was a 'house girl' for a family for 6 yrs. She slept in the kitchen, ate leftovers, had no days off and was beaten with a belt. The family told her the police would put her in prison because she had no papers.
- Drugs: cannabis farm, Banbury, unattended.""",
      "AC EO PSV IT AV", "SW LH PA FA", "D")
    T("Man at the jobcentre keeps coming in with different people, filling their forms in, answering for them, always takes their bank letters. Staff think something's off.", "", "SFW", "")
    T("Tenant complaint Ealing: landlord letting out beds in a garage, 9 men, no windows, one toilet. Men work as labourers. One says landlord also finds them work and takes half the daily rate.", "WW AC", "OA PLC", "L")
    T("INT 2/A/P: Op FALCON - POI Arjan BEQIRI controls 4 cannabis grows in Bedfordshire. Each grow has an Albanian male who was smuggled in and told he must 'tend the plants for a year' to pay for the lorry. BEQIRI visits weekly with food. Gardeners are not permitted outside.",
      "DB RM", "RMS UF", "C", "high")
    T("Customer review passed to us: 'Lovely massage but girl seemed sad, said she lives at the shop and can't go out, boss has her papers' - Apple Spa, Wimbledon.", "RM RD AC", "SW RMS DT", "S")
    T("Call handler log 22:47: Male caller in broken English, says he is in a 'farm' but doesn't know where, they took his phone but he has a second one, five men, boss has a gun, they are not paid. Call dropped. Cell site: rural Worcs.",
      "ISO IT WW", "IS", "L", "immediate")
    T("Fraud only - op ROOK: 140 counterfeit designer handbags seized at Cheetham Hill unit. Staff were family members of owner, paid, no issues.", "", "", "")
    T("""West Midlands ROCU - Op CARDINAL weekly summary. 
1. Benefit fraud/exploitation: DWP flagged 26 Universal Credit claims sharing one address (88 Soho Rd, Handsworth) and one phone number. Claimants are Slovak Roma families. Visit found claimants do not know their own claim details; a man, Jozef BALAZ, holds all their bank cards and PINs and gives each family £50 a week. Several adults work at a textile unit in Leicester where they are taken daily by BALAZ. BALAZ is said to have paid their coach fares and told them they owe him £1,000 each.
2. Firearms: converted blank seized, Lozells.
3. Drugs: 3 x county lines disrupted into Shropshire.
Action: NRM referrals for 8 adults, children's services for 11 children.""",
      "WW DB AV", "NCW MBC ET UF SFW OA", "L C")
    T("Probation: service user (24) says he is being made to 'hold' phones and cash for a local gang, they took his bank card and he's scared to say no.", "WW", "NCW FA", "C")
    T("Emergency call: 'I'm locked in a room above a shop on Green St, they're coming back tonight, please help'. Female, eastern European accent, number 07903 228115. Forest Gate. Line then dead.", "RM", "RMS", "", "immediate")
    T("Tip off to Crimestoppers: 'loads of chinese lads at a restrant in camden they live in the basement and work like 16 hrs the owner keeps there money for them' ", "EO WW AC", "SW LH NCW", "L")
    T("Op CORMORANT (Humberside) closing summary. Lorry drivers suspected of smuggling tobacco through Hull docks. 4 convicted. No trafficking element identified.", "", "", "")
    T("Support worker note: client (F, 19, care leaver) disclosed her 'boyfriend' (35) makes her sleep with his friends for money and keeps the cash, says she owes him for the flat. She wants to leave but he took her phone.",
      "AV DB WW ISO", "NCW IS", "S")
    T("""ROCU South East (Surrey/Sussex) daily log extract:
0915 - Crawley. Ring doorbell footage: two men forcing a third into a van. Van KE20 FGL. Later traced to a construction gang. Victim (Romanian, 28) found next day with broken ribs; says it was because he asked for his wages. He has been working on the Three Bridges building site for 8 weeks for 'food and bed'.
1130 - Brighton. Counterfeit cigarettes seizure. No victims.
1400 - Guildford. Elderly woman, romance fraud, £30k. Not exploitation.""",
      "PSV WW", "PA", "L")
    T("My employer is very kind. Yes I work long shifts at the care home, sometimes 12 hours, but I choose overtime for my mortgage. My passport is in my own drawer.", "", "", "")
    T("Intelligence suggests a Brazilian male (Rafael SOUZA) recruits women via WhatsApp for 'cleaning jobs' in Leicester, then moves them every week between Airbnbs where they are advertised for sex on escort sites. Women are driven between addresses by SOUZA.",
      "DEC", "ET", "S")
    T("Nothing suspicious seen at the Longsight car wash on visit - staff had contracts, checked by GLAA last month, no one living on site. Log closed.", "", "", "")
    T("Victim account (via interpreter): 'They said I had to stay in the house until the debt was paid. Every week it got bigger, for food, for electricity, for the mattress. I was not allowed to go to the shop. The man with the tattoos said if I ran he would find my sister in Vlore.'",
      "DB RM IT", "RMS", "", "high")
    T("INT 3/B/P: male 'SHABZ' using under-18s to shoplift to order from Boots and Superdrug in Bradford city centre, pays them in cannabis. Two identified, aged 13 & 14.", "AV", "", "C", "high")
    T("Council enviro health: food factory in Luton, workers' break room used as a dormitory at night, 6 camp beds, no windows. Manager says 'just until they find their own place'.", "AC", "SW PLC", "L")
    T("Long intelligence entry (Hampshire): Three Vietnamese teenagers found in a cannabis factory in a former pub near Andover. Windows blacked out, doors padlocked from outside, no heating. They said a man called 'Anh Hai' brought them from France in a lorry and told them they owe $30,000 which they must work off. They were not allowed phones. One had burns on his arm from the lamps. Unrelated: pub's former landlord is wanted for VAT fraud.",
      "RM DB ISO AC AV", "RMS PLC PA IS UF", "C", "high")
    T("Public report: 'Man on our street drives 10-12 women every morning about 6 in a minibus, they come back after dark, live in 2 houses next to each other, all look tired' - Wisbech.", "", "CE OA PA", "L")
    T("Op TURNSTONE: HMRC & Immigration Enforcement visit to a warehouse in Tilbury. Three workers found working illegally, no evidence of control or exploitation, paid cash at NMW rate. Civil penalty to employer.", "", "", "")
    T("Intel: POI Mohammed RAFIQ (Rochdale) takes girls aged 13-15 from local children's homes to flats on Milkstone Rd, gives them alcohol and cannabis, and they are made to have sex with his associates. Red Toyota Avensis YE12 KVT.",
      "AV PSV", "", "S", "high")
    T("Claimant at DWP interview with a man who says he is his 'cousin', insisted on translating, claimant had no idea where he lived or what his pay was. Claimant had a fresh bruise on his cheek.", "", "SFW PA IS", "")
    T("School DSL: Year 10 boy keeps missing school, has new trainers, two phones, was seen getting into a car with older lads in Ipswich. Says he 'has to go' when his phone rings and looks scared.", "AV", "FA", "C", "high")
    T("Border Force Heathrow: female (22) arrived from Lagos with a man who held her passport and return ticket. He said she was his niece coming for a holiday. She later told officers in private he had paid for her flight and that she would be 'working for his friend' to repay £3,000. Refused entry to him; she was safeguarded.",
      "RD DB", "DT UF SFW", "S")
    T("Landlord with 14 rooms in a Stoke HMO, each tenant has their own contract and pays rent by standing order, licensed. Checked following anon call - all fine.", "", "", "")
    T("Informant says builder 'Paddy' WARD in Dudley has a man with learning difficulties living in his shed for years, works on his jobs for cigarettes and beer, never paid, Ward keeps his benefit money.",
      "AV WW AC", "NCW PLC", "L")
