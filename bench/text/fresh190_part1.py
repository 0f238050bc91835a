# fresh190 part 1: labour exploitation, OCG briefings, partner intelligence
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 3/B/P. Source reports that Romanian nationals working at Kestrel Hand Car Wash, Dudley Rd, Wolverhampton WV2 are paid £20 a day cash by the owner Ionut BALAN (dob 14/03/1986). Workers sleep in a portacabin at the back of the site.""",
  "WW AC", "SW", "L")
T("""Europol SIENA message ref 2026/EU/44817 forwarded via NCA International Crime Bureau. Bulgarian authorities have arrested two recruiters in Sliven who advertised warehouse work in Northampton at £12 an hour. Recruits paid €300 each for "placement" and transport by minibus. On arrival in the UK victims were told the pay was £5 an hour after rent and the €300 now counted as a debt of £900. UK addresses linked: 27 Stimpson Ave NN1 and 4 Kettering Rd NN1. Request UK checks on vehicle BG reg CH 4417 KP seen at Dover 02/09.""",
  "DEC DB WW", "UF CT", "L")
T("""5x5x5 / INT 2/A/P. Subject Marek KOWALCZYK (POI) controls c.15 Polish males working on groundworks sites across Milton Keynes and Bedford. Workers live at 12 Farthing Grove MK6, a 3 bed terraced house. All wages paid into accounts held by KOWALCZYK who has their bank cards. Workers receive £40 p/w "pocket money". Source states KOWALCZYK told one worker who wanted to go home that he "knows where his mother lives in Gdansk".""",
  "WW IT", "OA NCW", "L")
T("""BF intel, Heathrow T4. Two Vietnamese nationals (M, 16 and 17 claimed) arrived on flight from Paris with false Chinese passports. Both had phone numbers written on their hands. When spoken to the elder said a "boss" would take them to work in nails and they must pay back £18,000 each. Referred to LA children's services and NRM.""",
  "AV DB", "UF", "L", "high")
T("""Bank intel (SAR summary via UKFIU): 23 accounts opened at Barclays Boston branch within 6 weeks, all by Lithuanian nationals, all listing 41 Carlton Rd PE21 as address. Salary credits from Fenland Fresh Produce Ltd each Friday then withdrawn in full within the hour at the same ATM, often one person using several cards in sequence. Suspected labour exploitation / control of wages.""",
  "WW", "NCW MBC OA", "L")
T("""Nail bar on Hinckley Rd, lots of young girls vietnamese, never see them leave, the shutters go down and the lights stay on till late. Think theyre living upstairs.""",
  "", "LH RMS", "L")
T("""ROCU briefing: OCG "Operation BRAMBLE" (nominal OCG lead Artan HOXHA, 34). Principal criminality: importation of cocaine through Felixstowe, cannabis cultivation across Lincolnshire and Norfolk (at least 6 grows identified). Firearms: HOXHA associate Dritan MEHMETI linked to a Glock 17 recovered in Peterborough March. Exploitation: the grows are tended by Albanian and Vietnamese males who are reportedly brought in on lorries and told they owe £15-20k for their passage; gardeners are locked inside the properties with food delivered weekly. Vehicles: black Audi Q7 YK71 HZR, white Transit LR19 OWA. Phones: 07452 881903 (HOXHA), 07911 203447 (MEHMETI). Money laundering through two car washes in Spalding.""",
  "DB RM", "RMS", "C")
T("""Intel log 3/C/P. Male known as "Fat Ricky" (believed Richard STANNARD) supplying cocaine in Great Yarmouth from the Ferry Inn car park. Uses Ford Focus AK15 TTV. No exploitation concerns noted.""")
T("""GLAA referral. Inspection of Greenacre Packhouse, Wisbech. Workers supplied by an unlicensed gangmaster trading as "Fenmoor Staffing". 9 of 14 workers interviewed said they were charged £10 a day for the minibus and £25 for gloves, boots and a hi vis. Payslips show deductions of £85-£110 a week for "accommodation" at a caravan site where 6 men share one caravan. Workers collected at 4.30am and returned after 8pm. Two workers said they had been told they would be paid £11.44 per hour but received around £4.""",
  "DEC WW AC EO", "CT PPE OA PLC CE LH", "L")
T("""Source states the lads at the car wash on Bury New Rd get no days off, 8 till 8 seven days a week, and the manager keeps their passports "for safe keeping".""",
  "EO RD", "LH DT", "L")
T("""Partner intel from HMRC NMW team: Complaint regarding "Sunrise Care Agency" (Crawley). Care workers recruited from Kerala on sponsorship visas. Each paid approx £12,000 in fees to an agent in Kochi for the certificate of sponsorship. In the UK they are given few hours, told to repay "training costs" of £4,000 if they leave, and threatened that the sponsor licence will be withdrawn and they will be deported if they complain.""",
  "DEC DB IT AV", "UF FA", "L")
T("""I came to England because a man in my village say good job in restaurant, £1500 every month. When I come they take my passport, I work in kitchen every day 14 hours, I sleep on the floor in the store room. They give me food only one time. I never get money, the boss say I must pay for the flight first.""",
  "DEC RD EO AC WW DB", "DT LH SW", "L")
T("""INT 2/B/P. POI Sandor LAKATOS (HU, dob 02/11/1979) operates from 88 Bramley Rd, Leeds LS13. LAKATOS recruits Roma men from Hungary with promises of factory work. Approx 8 men at address. LAKATOS drives them daily in a silver Vauxhall Vivaro (YH66 KKD) to a food processing plant in Normanton and collects their pay. Men are not allowed to go out without him or his son. One male seen with black eye 14/10.""",
  "DEC RM WW", "OA ET NCW RMS PA", "L")
T("""Call log 1742: caller works at a Tesco Express in Ilford. Says a man comes in every Thursday with about eight bank cards and takes cash out of each one at the ATM. Caller thinks it might be benefit fraud. No further info.""",
  "", "MBC", "")
T("""Intel from DWP Counter Fraud: 11 Universal Credit claims linked to a single address, Flat 3, 19 Victoria St, Great Yarmouth NR30. Claimants are Portuguese and Romanian; the landlord Costel DINU attends the Jobcentre with each and answers all questions on their behalf. Claimants report that DINU has their bank cards and gives them £20 a week. Suspect benefit fraud with exploitation of claimants.""",
  "WW", "OA SFW NCW", "C")
T("""Fishing vessel "Star of Mourne" docked at Kilkeel but crew information passed to NWROCU via Border Force Holyhead. Ghanaian and Filipino crewmen say they have been at sea 9 months without wages, their seamen's books and passports are locked in the skipper's cabin, and they are not allowed ashore when in port. One man has an untreated hand injury from a winch. Some crew sleep in the fish hold.""",
  "WW RD RM AC", "DT RMS PA", "L", "high")
T("""Crimestoppers: the farm on Marsh Lane near Holbeach has got a load of caravans in a field, about 30 foreign workers, no toilets, they get picked up by a white minibus at 5am and come back in the dark. Someone needs to look at it.""",
  "AC", "OA PLC CE", "L")
T("""INT 4/C/M. Unconfirmed report that a construction firm in Slough (Brightline Build Ltd, director Jaswinder DHILLON) uses Indian workers on visitor visas who are paid £30 a day. Info from an ex-employee with a grievance; treat with caution.""",
  "WW AV", "", "L")
T("""Referral from Salvation Army (MSVCC). Client, Polish male 52, alcohol dependent, was approached outside a homeless shelter in Bristol and offered work laying block paving with "bed and beer". For 2 years he lived in a horse box on a traveller site in Somerset, worked 6 days a week, and was paid in cans of lager and tobacco. When he tried to leave the site the family's sons beat him and brought him back. He has no ID documents; he says the family took his ID card on the first day.""",
  "AV DEC AC WW PSV RM RD", "PLC DT RMS", "L")
T("""Tasking request from NCA Modern Slavery and Human Trafficking Unit: Vehicle DY20 FHK (grey Mercedes Sprinter) registered to Lumina Logistics Ltd, seen daily at 05:10 outside 6 Cromwell Terrace, Hull HU3, loading 12-15 males. Photographs show males in identical hi-vis. Please conduct observations and identify employer.""",
  "", "CE", "L")
T("""Hi, I work at the hand car wash on Station Rd (Swindon), I'm the manager not the owner. All our lads get minimum wage through payroll and have contracts, some of them do 50 hours a week cos they want the overtime. Had a GLAA visit last month and they were happy. Just reporting because someone keeps putting flyers on our cars saying we use slaves, which isn't true.""")
T("""Europol analysis report (AP Phoenix) summary: Romanian OCG based in Constanța suspected of recruiting women for "cleaning jobs" in Birmingham and Coventry. Women have instead been placed in massage parlours and flats advertised on AdultWork. OCG uses Revolut accounts in the names of the women, cards retained by controllers. Suspect UK lead Florin STAN, associated with 07384 552190 and a black BMW X5 FV68 LPO.""",
  "DEC WW", "NCW", "S")
T("""Intel 2/B/P: Warehouse staff at the Amazon-contracted depot in Daventry supplied via Evergreen Recruit. Source says workers (mainly Eritrean and Sudanese asylum seekers) are told they will be "reported to the Home Office" if they complain about the £100 a week they lose in deductions, and that they don't get to keep their payslips.""",
  "IT WW AV", "FA", "L")
T("""Observations 19/11 0600-0800 at Carrow Works Industrial Estate, Norwich: Seen a white Ford Transit (KN17 UXE) arrive 06:02 with 11 males. Males walked in single file, did not speak, were met by a male in a black jacket who appeared to count them. Van left and returned at 19:40. Nothing further.""",
  "", "CE ET", "L")
T("""The men who cut the cockles for us, I never see them with a phone. The gaffer took them off them when they come over, says they'll only ring home and get homesick. They don't know where they are, one asked me was this Scotland.""",
  "ISO", "IS", "L")
T("""Case note, NRM first responder (Leicester City Council): Indian male, 29, worked at a garment factory in North Evington making clothes for an online retailer. 12-hour shifts, 6 days, £2.50 an hour. Fire exits chained. Employer told him that as he had overstayed his visa he could not go to police or he would be jailed. He described the owner as "like a father" and was reluctant to make a complaint.""",
  "WW EO AC IT AV", "LH FA", "L")
T("""INT 3/B/P — OCG intel summary (Op MARSHLAND). Main subjects: Connor WHELAN (dob 07/07/1990), Jamie WHELAN (brother), Lee PRICE. Criminality: cocaine supply into Swansea and Neath via courier cars; WHELAN brothers use a Range Rover Sport CX20 DBV and an Audi RS3 WA19 PKE; storage unit at Llansamlet. Intelligence also suggests Lee PRICE collects rent from a HMO at 44 Brynhyfryd Rd where four men with learning difficulties live; PRICE has their bank cards and they are made to do garden clearance for him unpaid. Firearms: a sawn-off shotgun reported to be kept at PRICE's mother's address, unconfirmed.""",
  "AV WW", "NCW", "L")
T("""Labour provider licence application (GLAA). Applicant: Harvest Hands Ltd, Evesham. Compliance officer notes: all workers on PAYE, accommodation is optional and charged within the accommodation offset, transport is free, PPE issued at no cost. Licence recommended.""")
T("""Border Force Dover Eastern Docks 03:40: Lorry (RO reg B 92 XTL) searched, 7 Eritrean males found in the trailer among pallets of bottled water. One male said they paid $3,000 each in Libya and were told a man in London would give them work. Males handed to immigration. No current evidence of exploitation in UK.""",
  "", "UF", "")
T("""Intel from a charity caseworker (Unseen helpline ref 55102): A Nigerian woman working as a carer for an elderly man in a private home in Croydon says she looks after him 24 hours a day, sleeps in a chair in his room, has not had a day off in 8 months and is paid £400 a month by his son, who holds her passport. She is afraid that if she leaves she will be arrested as her visa expired.""",
  "EO AC WW RD AV", "SW LH DT FA", "D")
T("""OCG profile addendum: the KRASNIQI network. Known lines of business: (1) cannabis cultivation in rented houses in Teesside and Durham; (2) supply of false Italian ID cards to Albanian nationals working in car washes; (3) money laundering via a barber shop on Linthorpe Rd. Car wash workers are believed to pay KRASNIQI £200 a month from their wages for their documents, which he keeps. Vehicles: Mercedes C220 NA70 KXR.""",
  "RD WW", "DT", "L")
T("""yea my mate works at the recycling place off the A1, they dont give him no gloves or mask nothing, he cut his hand bad last week and they just told him get back on the line. they're on 12 hr shifts. he's british though and gets paid proper""",
  "AC EO", "LH PA", "")
T("""INT 2/A/P: POI Gheorghe RADU (dob 22/09/1975) known to be using a Romanian bank account to receive payments from at least 14 workers employed through umbrella companies at a DHL site in Coventry. Workers each pay RADU £70 a week "for the job" and he has told them that anyone who stops paying will lose their job and their room at 7 Foleshill Rd.""",
  "WW IT", "UF OA", "L")
T("""Public report via online form: "Theres a house on my street in Peterborough (Lincoln Rd end) with loads of men going in and out, maybe 15 of them, mattresses in the garden. Not sure if its slavery or just a rubbish landlord." """,
  "", "OA PLC", "")
T("""Debrief note: Chinese national, 41, encountered at a Chinese takeaway in Barrow-in-Furness during an immigration visit. He states he came on a lorry 3 years ago and still owes the "snakehead" £20,000, which the takeaway owner pays off from his wages. He has never been paid directly. He works 11am to 1am every day and sleeps in the flat above. He does not know the name of the town.""",
  "DB WW EO ISO", "LH SW IS NCW", "L")
T("""Strat intel assessment (EMSOU): Labour exploitation in the East Midlands is concentrated in food processing, hand car washes and textiles. Common control methods seen in 2025-26 cases include deductions for housing and transport, retained ID cards, and debts for travel. Many victims are recruited via Facebook groups in Romania and Bulgaria. No specific subjects.""")
T("""Ops note: Warrant executed at 15 Beverley Rd, Hull. 13 Slovak nationals found, mattresses in every room including kitchen, mould, one working toilet. All employed by a recycling plant in Goole through a labour agency. All say they hold their own passports and are paid into their own accounts, no debt. Two said they would like better housing. Referred to Hull CC private sector housing.""",
  "AC", "OA PLC", "")
T("""Intel 3/B/P: Male known as "Uncle Dom" drives a blue Vauxhall Movano (RK68 FLE) around Southall picking up day labourers at 6am from the Broadway and taking them to building sites. Charges each worker £5 for the lift and takes £10 from each day's pay. Workers mainly Punjabi overstayers.""",
  "WW AV", "CT CE", "L")
T("""Mum rang to say her son, 19, autistic, has been "working" for a local scrap dealer in Port Talbot, Gary MORRIS. He goes out at 7am and comes back at 10pm, hes not been paid anything in months, MORRIS told him he owes for the van he crashed and has to work it off. Son says he'll get a kicking if he stops going.""",
  "AV WW DB EO IT", "LH", "L")
T("""Partner intel from Border Force Stansted: Three Ukrainian women arrived on Homes for Ukraine visas sponsored by a man in Harlow who has sponsored 9 women in total. The women said he told them they would be working in his cleaning company. BF officers have no concerns at this stage but passed for awareness.""")
T("""INT 2/B/P. Rotherham. A quantity of Romanian men living at 5 Ferham Rd S61 are working at a meat processing plant. Source reports they are fined £50 if late, £100 if they miss a shift and the "fines" are added to a debt that nobody has ever paid off. The house controller Ionel MUNTEANU (07710 665432) beats those who argue.""",
  "DB WW PSV", "OA", "L")
T("""Shift pattern query from a large NHS trust: a nurse on the ICU at the Royal Stoke has worked 62 hours this week across agency and bank shifts. Her manager raised concerns about her wellbeing. The nurse said she is saving for a house deposit and chose the extra shifts herself. Logged for HR only.""")
T("""Intel: The car wash on Oldham Rd, Rochdale (rear of former petrol station). Workers are Kurdish Iraqi males, several appear under 18. Source says the boss brings them from Calais and they have to work for free for the first year to pay off the crossing. They sleep in a container behind the jet wash bays.""",
  "AV DB WW AC", "SW UF", "L", "high")
T("""Sister says her brother went to Scotland to work on a salmon farm on the west coast. Now she cannot reach him; the company man answers the phone and says he is busy. Last time she spoke to him he whispered that they took his phone and he is not allowed to leave the island without the supervisor.""",
  "ISO RM", "IS RMS SFW", "L")
T("""INT 3/C/P. Unverified. POI Victor POPA believed to be supplying Romanian workers to farms in Kent on the Seasonal Worker scheme after they have arrived, re-routing them from the licensed scheme operator. Workers reportedly told they must pay POPA £1,500 each for the "visa", which is then deducted at £150 a week from wages. Vehicle: grey Skoda Superb HV20 OXC.""",
  "DB WW", "UF", "L")
T("""Welfare check requested by Kent Police for workers on a strawberry farm near Faversham after social media posts. Officers attended with the scheme operator. 40 workers spoken to individually. All had their own passports, all had contracts and payslips showing hourly rate; accommodation in static caravans was clean. No indicators of exploitation found. Closed.""")
T("""Text message to police 999 text service (deaf/SMS): "Help i am at farm near Ely, man lock us in barn tonite, he hit my friend with metal bar, friend bleeding, please come, the farm has blue gate".""",
  "RM PSV", "RMS PA", "L", "immediate")
T("""NCA Intel report: Vietnamese OCG operating a network of 20+ nail bars across the North West (Manchester, Bolton, Wigan, Preston). Workers aged 15-24, trafficked via France. Controllers collect workers at 8am and return them at 9pm by people carrier (VW Sharan ML69 VBA). Workers live in 3 flats in Cheetham Hill. Debts of £25-30k each. Workers coached to say they are students. Proceeds laundered through a Vietnamese supermarket.""",
  "AV DB", "CE ET OA FA UF", "L", "high")
T("""Intel 2/B/P. Brothers Sulejman and Arben BEQIRI run a network of hand car washes in Kent (Maidstone, Ashford, Dartford). Workers are paid £35 a day, work 10-11 hours, 7 days. BEQIRIs hold workers' ID cards. Arben BEQIRI is also linked to a 2025 assault on a worker who asked to leave — victim declined to support a prosecution.""",
  "WW EO RD PSV", "LH DT", "L")
T("""Referral (Hope for Justice): Slovakian Roma family, father 48 and sons 19 and 22, recruited to work in a factory in Sheffield. Their controller (a relative) took their ID and bank cards, opened a bank account for each, and gives them £20 a week between them. He told them that if they go to the police the family back home will be "finished". They are living in a garage.""",
  "RD WW IT AC", "DT NCW PLC", "L")
T("""Border Force Immigration Enforcement joint visit to a Chinese restaurant in Newcastle. 3 staff found in breach. One male stated he worked for his uncle, was paid monthly and could leave whenever he wanted; he had a phone and a bank card in his own name. No exploitation identified. Owner issued with civil penalty notice.""")
T("""Intel: Polish men at the wood yard in Thetford. Foreman "Zbyszek" keeps them in line with his fists. One had a broken nose last month, told the hospital he fell.""",
  "PSV", "PA", "L")
T("""NCA/ROCU joint briefing for Op LANTERN (day of action 14/12). Targets: (1) Ilir DOKA — cocaine importation via refrigerated lorries from Rotterdam, firearms (2x handguns), premises at Unit 4 Harbour Way, Tilbury; (2) Besnik DOKA — laundering via three hand car washes in Essex and Hertfordshire; (3) Lorena MUCA — bookkeeper. Intelligence indicates car wash staff are Albanian males under 21 who arrived by small boat and are being told their "debt" for the crossing is £12,000 and rising with interest. Staff are driven to and from the washes by Besnik DOKA and are not permitted out alone. Risk assessment: firearms at premises (1), dogs at premises (2).""",
  "AV DB RM", "ET RMS", "L")
T("""The new lads at the car wash look terrified. When I spoke to one in English the older guy came over and answered for him and told me to go. I saw he had no coat and was in flip flops in November.""",
  "", "FA SFW PA", "L")
T("""INT 3/B/P: Residential care home in Herne Bay (Seaview Lodge) employs Zimbabwean carers on sponsored visas. Source states the owner charges each worker £300 a month for a shared room in the staff house (6 to a house, 2 to a room) and makes them work 70+ hour weeks; carers told that the owner will "cancel their visa" if they complain.""",
  "WW EO IT", "OA LH FA", "L")
T("""Intel: Large cannabis factory found at a former pub in Redcar. Two Vietnamese males arrested inside. The building had been boarded from outside, electricity bypassed. Males had been inside for an estimated 4 months, sleeping on mattresses among the plants, food passed through a hatch. Both males said they owe money for coming to UK.""",
  "RM AC DB", "SW RMS PLC", "C")
T("""Intel from Nationwide Building Society fraud team: one individual, seen on CCTV at the ATM at Hounslow High St, withdrew cash from 17 different debit cards on 3 separate days. The accounts belong to Indian students on the Graduate route. Each account received wages from a packing company in Heston. Possible labour exploitation or money mule activity.""",
  "", "MBC", "")
T("""Rough sleeper outreach (St Mungo's) report: Latvian male, 38, says he was picked up from Spitalfields by a man in a van and worked for 3 weeks on a roofing job in Essex. He was promised £100 a day but was given only £60 for the whole three weeks. He was kept in a locked yard at night with dogs. He left when a gate was left open. Wants to report.""",
  "DEC WW RM AV", "RMS", "L")
