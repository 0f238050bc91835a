"""Hand-written labelled texts for fresh132 (coastal-town mix). Each entry is written by hand;
codes are abbreviated only to save typing. Risk: 'i' immediate, 'h' forced high (e.g. child), else derived."""
import json, os, glob
IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
ROWS = []
def T(text, ind="", sig="", typ="", risk=""):
    ROWS.append((text, ind, sig, typ, risk))

# ---- part 1 ----
T("INT suggests males of Romanian origin working at hand car wash on Talbot Rd, Blackpool, are collected 0600 by white Transit VRM YX19 KLP and returned after 2200. Nom POPESCU Ionut believed to hold their ID cards 'for safety'. 2/B/P",
  "RD EO", "cedl dt lh", "L")
T("Caller reports a group of lads fighting outside the Flamingo bar on the front, one with a bottle. Units attended, two arrested for affray. No further concerns.")
T("theres 8 or 9 chinese lads living above the takeaway on king st they never go out only to the kitchen and back, the light is on all night. the boss shouts at them loads. someone should check",
  "", "oc swp", "L")
T("Debrief, translated. She says that the man called Besnik told her in Durres there was hotel work in Skegness for £9 an hour. When she arrived he took her to a flat in Mablethorpe and said she owed him €8,000 for the journey and the flat. She had to see men there to pay it. He kept the money. She was not allowed out without his cousin.",
  "DEC DB WW ROM", "rm et", "S")
T("101 call: female reports her handbag taken from a deckchair on the South Beach, Great Yarmouth, contained purse and bank card. Card cancelled. CRN issued.")
T("Safeguarding referral (school): Year 10 pupil, 15, has been missing from home three times this month, returned with new trainers and two phones. Seen getting into cars with older males near the arcades. Told a friend she 'has to go to parties' to pay back a man who gave her vodka and weed.",
  "AV DB", "", "S", "h")
T("GLAA inspection, packhouse near Boston: licence holder's agency records complete, workers paid weekly by BACS into own accounts, payslips seen, no transport charges. Minor breach: two workers without signed terms. Advice given.")
T("Op BRINE. Cockle beds, the Wash. 14 males, Chinese nationals, brought out by minibus at low tide 0330 regardless of weather. Gang master QIN referred to as 'uncle' answers all questions. Workers say they have 'no money yet, uncle keeps it until the end of the season'. No waterproofs issued unless bought from QIN at £40. 2/B/P",
  "WW", "cedl sfw ncw ppe et", "L")
T("Neighbour dispute Lowther Ave: ongoing complaints about loud music and a barking dog. Both parties given advice. Council ASB team aware.")
T("Salvation Army caseworker note: Client P (Slovak, 41) came through the Hull route. Recruited in Kosice by a woman who ran a 'job agency'; charged €300 for the place. Worked in a fish factory in Grimsby through an agency. The men who brought him took his bank card and PIN 'to set up the wages'. He received £30 each Friday. Lived with 11 others in a 3-bed house, mattresses in the lounge. He left after being punched for asking about his money.",
  "WW PSV AC", "uf ncw oc plc", "L")
T("Shoplifting at Boots, Market St. Two females, Romanian, with large foil-lined bags. Store detective states they were dropped off by a male in a silver Passat and he waited outside. One female appeared about 16. Male drove off when security approached.",
  "AV", "et", "C", "h")
T("my mum had her hip done at the Vic and the ward was filthy, nobody came for hours, i want to complain about the nurses",)
T("POI NGUYEN Van (DOB 03/02/2008) found in loft of terrace on Dale St during warrant, approx 400 cannabis plants. Door padlocked from outside. Says he came in a lorry and owes 'big money' to men in London. No phone, does not know what town he is in. IP taken to hospital, dehydration.",
  "AV ROM DB ISO", "rm iso pa", "C", "i")
T("Car wash on the A149 – attended with HMRC and immigration. All 6 staff had right to work, payslips and contracts seen, rota shows 8-hour shifts and days off. Owner cooperative. No indicators of exploitation identified.")
T("A&E note: male approx 30, Polish, attended with crush injury to left hand from a conveyor at a frozen food plant. Supervisor brought him in and stayed. Patient speaks good English, lives with his partner, says employer is fine and he will get sick pay. Accident reported under RIDDOR.")
T("Midwife note: 19yo, booked at 30 weeks, Albanian. Attended with an older man who answered every question and held her passport and maternity notes. She did not know her own address. When he went out to move the car she said quietly 'please I cannot stay there' before he came back.",
  "RD ISO", "sfw dt iso", "")
T("Report from member of public: There are ads on a website for 'new girls, Asian, young, 24hrs' at a flat on Northdown Rd Margate. Taxis come and go all night. Different girls every couple of weeks. Never see them go out to the shops.",
  "ROM", "rm", "S")
T("Cuckooing. Vulnerable male (55, alcohol dependent, known to ASC) flat on Queens Rd taken over by 3 males from Manchester, using it to deal crack and heroin. He sleeps in his bathroom. They took his bank card, his PIP goes on their stuff. Neighbour says he has a black eye.",
  "AV PSV", "ncw pa", "C")
T("Scarborough: two caravans at the back of the fairground yard being used by Bulgarian workers on the rides. Workers say they get £350 a week cash, have their own phones and passports, go to town in the evenings. Caravans basic but clean. Nothing further.")
T("'They said if I run they will find my little brother in Tirana. They showed me on the phone a video of a boy beaten. So I stay.' — account of male, 17, recovered from cannabis grow, Skegness.",
  "AV IT", "", "C", "h")
T("Handover: nothing on the shift of note apart from the RTC on the A165 (no injuries) and a report of a drone over the harbour. Intel re: the nail bar on Eastborough is still outstanding for the NPT — no update.")
T("FININT alert: 23 different debit cards used at the same ATM in Cleethorpes between 0200 and 0240 on the 1st of each month. Cards belong to accounts opened with Romanian ID cards, all giving the same address (a 2-bed flat). Wages from a poultry factory paid into them. 2/C/P",
  "WW", "mbc ncw oc", "L")
T("local shop keeper told me the vietnamese girl in the nail bar lives in the back room there. she looks tired, about 15 or 16 maybe. the woman who owns it always answers for her and wont let her talk",
  "AV", "swp sfw", "L", "h")
T("Burglary at a static caravan, Haven park Caister. Entry via forced window, TV and Xbox taken. Owner away for the weekend. SOCO requested.")
T("Intel log: Nom KRASNIQI Arben, Albanian, controlling off-street sex work in three flats in Blackpool (Central Dr, Palatine Rd, Hornby Rd). Females moved between flats every 10 days. KRASNIQI collects cash daily. INT suggests at least one female has been assaulted for refusing clients. 3/C/P",
  "PSV WW", "ncw", "S")
T("Our son (22, learning disability) has a new 'friend' who takes him to town every Giro day and they go to the bank together. He comes home with nothing. Now he says he has to 'hold a bag' for the friend or the friend will smash his head in.",
  "AV IT", "ncw", "C")
T("GLAA: agency supplying pickers to a strawberry farm near Wisbech charged each new starter £150 'registration' before their first shift. Workers otherwise paid properly, housed in caravans of 4, free to go. Upfront fee is a licensing breach; warning issued.",
  "", "uf")
T("999: woman screaming from upstairs window of a house on Albert Rd, says 'help they lock me'. Neighbour says she's never seen her outside. Units en route.",
  "ROM", "rm", "", "i")
T("Care home, Great Yarmouth. Whistleblower: carers from Kerala recruited on sponsorship visas paid £8,000 each to an agent in Kochi for the certificate of sponsorship. Working 60-72 hours a week. Home manager says if they complain the sponsorship will be 'reported' and they will be sent back. They share a house owned by the home owner, 4 to a room.",
  "IT EO AC", "uf lh oc", "L")
T("Male reports his passport stolen from his room at a youth hostel in Whitby. Spanish student, here for the summer, needs an emergency travel document. Crime ref provided for the consulate.")
T("Intel: Eritrean males, 4, working at a car wash on Seaside Rd, Eastbourne — sleeping in a container at the rear. Owner reported to pay them 'whatever he feels like' and keeps their Home Office letters in the office drawer. 2/B/P",
  "RD WW AC", "swp dt", "L")
T("A drunk man was urinating in the doorway of the amusement arcade at 0100. Words of advice. Moved on.")
T("Victim debrief (Polish, via interpreter): He says he met a man in a bar in Gdansk who promised building work in Kent for £120 a day. On arrival he was put in a house in Margate with 14 men. They started at 5 and finished at dark, seven days. He was told his wages go on rent, food, the van and the tools. After two months he had received £60. When he said he would go home, the boss said 'then you owe me for the ticket, and I know your wife's village'.",
  "DEC EO WW DB IT AC", "oc lh ct", "L")
T("School nurse: Y8 boy came in with a cut to his hand, said he fell off his bike. Mum called, came in straight away, all fine. No safeguarding concerns.")
T("Online report: I think the lady next door is a slave. She cleans for the family from 6am to midnight, I see her hanging washing at 11pm. The kids call her 'the maid'. She's from the Philippines i think. She never goes out on her own, they take her in the car to church on Sunday and thats it. She told my daughter she hasnt been paid since Christmas.",
  "EO ROM WW", "lh rm et", "D", "h")
T("County lines. The 'Scouse' line (07xxx) running into Scarborough. Runners aged 14-16 from Liverpool sent for a week at a time, stay in a trap house on Prospect Rd. INT suggests one runner was stabbed in the leg for losing a package and told he now owes £1,500. 2/B/P",
  "AV PSV DB", "", "C", "h")
T("Fraud: elderly lady in Bridlington persuaded by phone to transfer £9,000 to a 'safe account' by a caller claiming to be from her bank. Action Fraud ref given.")
T("Kidney transplant patient at Hull Royal, 47, living donor was his sister. Family asked about travel and insurance, all via NHS living donor programme. No concern.")
T("Intel: Pakistani male nom KHAN reportedly 'selling a kidney' arrangement: recruits poor men from Punjab with promise of UK work, then arranges their kidney removal at a private clinic abroad for a UK buyer. One victim told his debt to KHAN for the visa will be written off after the operation. 3/C/C (not to be disseminated outside MSHT unit).",
  "DEC DB AV", "", "O")
T("Taxi driver report: picked up two young women from a flat near the Pleasure Beach at 0400 and dropped them at a hotel, then another man paid for the return. They had no bags, no coats, and one had bruises on her arms. The man in the front did all the talking.",
  "", "pa sfw fpe et", "S")
T("Theft of fishing gear from a boat in Scarborough harbour. Lobster pots, value approx £2,000. No CCTV.")
T("Fishing boat, Brixham-registered, stopped at Whitby. Two Filipino crew on transit visas had been working for 11 months, 20-hour days when fishing, sleeping on board. Skipper holds their passports 'as the law requires' and pays their wages to a manning agency in Manila; crew say they received $200 a month, less than half the contract.",
  "RD EO WW", "dt swp lh ncw", "L")
T("Caller (anon): 'my neighbour is running a brothel, men coming all hours'. Officers visited: two adult women working together for safety, own flat, no third party. Advice re safety given. No exploitation identified.")
T("prison intel (HMP Humber): inmate boasting that he has 'girls on the coast' — Skeggy and Mablethorpe — advertised online, his brother collects the money. Claims one girl 'tried to leave so we shaved her head'. 3/C/P",
  "PSV WW", "ncw", "S")
T("Domestic: female, 34, reports her partner pushed her into a wardrobe during an argument about money. Bruising to upper arm. DASH completed, medium. Partner arrested.")
T("Local authority housing officer: HMO on Charnley Rd inspected. 17 occupants in 6 rooms, all Romanian men, working through an agency at a chicken processing plant. Landlord (also the agency's driver) collects rent direct from wages. Fire doors missing, one bathroom. Men said they did not know how much they earn.",
  "AC", "oc plc ncw", "L")
T("Victim account: 'I am from Sudan. I came in the lorry to Dover. A man said he can give me work and a place. I work in a car wash in Hastings. I sleep in the back room on cardboard. He gives me £10 each day for food. He says I am illegal and if police see me I go to prison. I am afraid to speak.'",
  "AV WW AC IT", "swp foa plc", "L")
T("Border Force (Stansted): female, 21, Nigerian, arriving on visit visa, says she is coming to be a hairdresser. Sponsor's address is a flat in Margate. She had a 'juju' amulet and said she swore an oath to a 'madam' to repay €35,000, and the madam would find her 'work with men' until it was paid; if she breaks the oath her family will die. Referred to NRM via First Responder.",
  "DB IT", "", "S")
T("Lost property: passport found on the beach near the pier, handed in to the station. Owner (German tourist) traced and collected it.")
T("Nom TOMA family (Roma) using vulnerable adult males with learning disabilities for begging outside Tesco and Sainsbury's in Great Yarmouth. Males dropped at 0800, collected 1900, hand over takings. Two males appear malnourished, one with untreated leg ulcer. 2/B/P",
  "AV WW", "cedl pa ncw", "C")
T("Au pair, 20, Brazilian, called helpline. Family in Broadstairs pay her £90 a week as agreed, she has Sundays off and her own room. Upset because the mother shouted at her about the children's laundry. Advised on au pair rights. No exploitation.")
T("HMRC referral: takeaway in Skegness, 3 staff registered on payroll at 16 hrs/week but seen working 11am–2am daily. Staff live above the shop. Owner keeps their bank cards 'so they don't lose them'.",
  "EO WW", "lh swp ncw", "L")
T("Inspection of a warehouse supplied by an employment agency: workers on zero hours but paid the NMW, can refuse shifts, no deductions other than tax and NI. Canteen and lockers fine. One grievance about overtime pay being a week late, now paid. Nothing further.")
T("INTEL: 16yo female from care home in Blackpool frequently reported missing, located in flats of adult males aged 25-40. INT suggests males give her cannabis and alcohol, and she is passed between them for sex. One male known as 'Ghost' has photographs of her which he threatens to send to her school. 1/A/P",
  "AV PSV IT", "", "S", "h")
T("Anon public: 'There are polish men in the bushes by the caravan park in Ingoldmells, drinking all day, they are sleeping rough. they are a nuisance.'")
T("NGO note: Vietnamese girl, 16, found by staff at a nail bar in Scarborough. Arrived through France; traffickers said she owed £20,000 and she must work to pay it. Worked 10am-8pm every day, slept on the salon floor. Not allowed to keep tips. Fear of police — told they would put her in jail.",
  "AV DB EO WW AC", "lh swp foa", "L", "h")
T("Road rage incident on the A47 near Acle, one driver smashed another's wing mirror. Dashcam footage obtained.")
T("Intel: Albanian gang leasing houses in Grimsby for cannabis cultivation. Gardeners are Albanian and Vietnamese males smuggled in on lorries, told they will do building work, then locked in with the plants. Food delivered weekly. 2/B/P",
  "DEC ROM", "rm", "C")
T("Public report (caps): THERES A MAN AT THE CAR WASH HITTING THE WORKERS I SAW HIM SLAP ONE OF THEM ACROSS THE FACE FOR NOT DRYING A CAR PROPERLY!!! the poor lads look scared to death, they work in the rain in flip flops no gloves",
  "PSV AC", "", "L")
T("Teenage boy (14) found at a bus station in Lincoln at midnight with £600 and two wraps, says he was sent from London by 'his olders'. Has a phone with one number. Missing from home in Croydon.",
  "AV", "", "C", "h")
T("Money mule: university student in Hull offered £300 by an Instagram account to let 'a mate' move money through her account. She did it twice then got scared. Bank froze the account. She has been interviewed; no control or threat, she volunteered. Financial crime advice.")
T("Debrief: 'I come from Ghana to take care of my aunty's children in Leicester. They said I would go to school. I never go to school. I wake at 5, do the cleaning, cooking, take children, iron until midnight. They say my passport is with the lawyer. My uncle beat me with a belt when the rice burned.' Now 17.",
  "AV DEC EO RD PSV", "lh dt", "D", "h")
T("Shift summary: report of a male acting suspiciously near parked cars on the seafront. Checked, he was looking for his lost dog. Dog found.")
T("The fairground workers at the end of the season were paid off with a bonus, says the owner. One worker complained his last week's pay was short by £80; employer paid it the next day. Worker has his own car and goes home to Kent in the winter. No concerns.")
T("GP note: female, 28, Romanian, attends with lower abdominal pain, chlamydia positive. Accompanied by 'boyfriend' who insisted on staying. She had no idea of her address and said she works 'at night'. Three phones buzzing in his pocket. Concern for CSE/sexual exploitation — flagged to safeguarding lead.",
  "ISO", "sfw iso", "S")
T("Intel: Skegness – holiday hotel on Drummond Rd staffed over the summer by Hungarian women recruited on Facebook. They were told accommodation free, but £70 a week taken off for a bunk in a shared room. They clean 40 rooms a day each and finish at midnight in the bar. One said the manager took 'their cards for the wages'. 2/C/P",
  "DEC WW EO", "ncw lh", "L")
T("Arson at a wheelie bin behind a chip shop, no injuries, fire service attended.")
T("Probation note: service user (20) released on licence, disclosed that when he was 15 he was 'working a line' in Margate for a man he called 'Uncle J' who would tax him by burning his arm with a lighter if he came up short. He still has scars. He does not believe Uncle J is still active.",
  "AV PSV", "pa", "C")
T("Council licensing: a massage parlour on the front has no licence; posters in Chinese in the back room with rotas 10am-2am seven days and rules: 'no phones at work, no going out alone', and a price list for 'extras'. Three women sleep upstairs.",
  "EO ROM ISO", "lh rm swp iso", "S")
T("Student from China lost her BRP on a night out in Hull. She has reported it to the Home Office. She has a job in a cafe, pays her own rent. Reassured.")
T("CAB referral: man (Lithuanian, 50) working on a building site in Bridlington; the gangmaster paid the first two weeks, then said the main contractor hadn't paid him, and there would be money 'next month'. Three months on, still nothing, and the man lives in the gangmaster's house and is told the rent is now £900 in arrears.",
  "WW DB", "", "L")
T("Anti-social behaviour: youths throwing stones at the Pier Hotel windows. Parents contacted.")
T("INT suggests Polish female nom WISNIEWSKA recruits homeless men at the Blackpool soup kitchen, offering work at a recycling plant. Men are housed in a bungalow in Fleetwood, their bank accounts are set up by WISNIEWSKA and the cards stay with her. Men report being 'given food and fags'. 2/B/P",
  "AV WW", "ncw", "L")
T("Organ: Hospital transplant coordinator raised concern — Indian national patient returned from abroad with a newly transplanted kidney; the 'donor' was a man recruited in Delhi, paid a small fraction of what was promised, and now ill. Patient paid a broker £40,000.",
  "AV DEC", "", "O")
T("999 – a girl aged approx 13 in a car outside the Premier Inn with two adult males, crying, one male has hold of her wrist. Car VRM AB12 CDE. Units dispatched.",
  "AV", "", "S", "i")
T("Handover note: warrant at 22 Crown Rd planned for Thurs. OIC DC HARPER. Females in the flat are believed to be of Thai nationality, on overstayed visas. Mobile ads on AdultWork show the same images. Nothing known about control yet.",
  "", "", "S")
T("A lad came in to reception to say his boss at the pizza shop owes him 2 weeks money. He's 19 and lives with his mum. He has quit and wants to know what to do. Referred to ACAS.")
T("Intel: Slovak couple nom DURKOVIC run a 'recruitment' network bringing Roma families to Scunthorpe. Families' child benefit and UC claims are made by DURKOVIC with the families' ID cards, which he keeps. Adults work at a meat plant, wages paid into accounts he controls. 2/B/P",
  "RD WW AV", "dt ncw", "L C")
T("caravan park near skeg, there's a lad who sleeps in the site shop storeroom, about 18, he's from somewhere in africa. The owner gets him doing everything, bins, cleaning toilets, 7 days. I asked him if he gets paid and he just looked at the floor.",
  "EO", "swp lh", "L")
T("Theft from motor vehicle on the Marine Parade car park. Sat nav taken. No suspects.")
T("Victim (Albanian, 24, male) interview: 'In Kukes a man said he will help me go to England for free and pay later. In England they put me in a house with the plants. I could not leave, the doors had bars. They bring food once a week. When police came I was there six months. They said I owe £25,000 and the crop pays it.'",
  "DEC ROM DB", "rm", "C")
T("Intel: Filipino domestic worker in the household of a Gulf diplomat holidaying in a rented house in Broadstairs. INT suggests she is locked in the house when the family go out (they are out tonight) and her passport is with the employer. 2/C/C (do not disclose to FCDO without MSHT approval).",
  "ROM RD", "rm dt", "D", "i")
T("Woman came in to ask about her sister's visa — she is here on a family visa and her husband is kind but the Home Office are slow. No concerns about abuse or control. Signposted to an immigration adviser.")
T("Report from RSPCA: dogs kept in poor conditions at a farm outbuilding. Workers on the farm said all fine, paid through an agency. Dog welfare only.")
T("Safeguarding Adult referral: 62yo man with dementia, his nephew has moved in and takes his pension each week and gives him £10. Man is losing weight. No work involved.",
  "", "ncw pa")
T("POI LI Wei, Chinese, manages a takeaway in Great Yarmouth. INT suggests kitchen worker (undocumented) is 'paying off his snakehead debt' of £30,000 by working unpaid for 3 years, sleeping on the restaurant floor. 3/C/P",
  "DB WW AC", "swp", "L")
T("woman in ingoldmells market selling lighters and fake perfume off a blanket, said her husband drops her off. she seemed fine chatting away. trading standards aware.")
T("Custody: arrested female (19, Romanian) for theft of razors from Superdrug. Has no ID, no phone, no money. Says a man 'Vali' brought her from Iasi for work in a hotel and now makes her steal and sell sex to men. Vali has her ID. She was nervous about him finding out she was arrested. NRM referral made, s45 considered.",
  "DEC RD", "dt fpe foa", "C S")
T("Witness statement (shop worker, Margate): 'Every morning around 7 a black Mercedes van pulls up and four or five men get out and go to the car wash. At 9 at night the same van takes them away. I've never seen them in the shop except once, and the man with them paid for their sandwiches and they didn't speak. One had no shoes on, only socks in sliders.'",
  "", "cedl et sfw pa", "L")
T("INT: cockling gang on Morecambe Bay (not our area but migrants housed in Blackpool). Males say they are paid per bag but the boss 'keeps it for the rent and transport' and they have no idea what they have earned. They go out even when the tide warnings are up. 2/B/P",
  "WW AC", "ncw ct", "L")
T("Outreach note: Roma woman begging on Scarborough high street with a baby. Said she came with her husband, they live in a tent. Husband also begs. They keep what they get. Baby seemed well. No third party control identified.")
T("Referral from college: student (16, Afghan UASC) keeps missing classes; said his 'friend' is teaching him to drive a moped for deliveries and he gets £10 a day. The friend lets him sleep at his flat but says he owes for the food and the phone.",
  "AV DB WW", "", "L", "h")
T("Intel: Romanian females recruited via Facebook dating to 'boyfriend' in Skegness (loverboy method). Once here, 'boyfriend' says he is in debt to dangerous men and she must sell sex to save him. He keeps the money. 2/B/P",
  "DEC WW", "", "S")
T("Intel log: Indian restaurant, Scarborough. Chef (Bangladeshi) works 14-hour shifts 7 days, lives upstairs. Owner says he is a relative and 'family helps family'. Chef paid £400 a month. No passport at address — owner says it's with a solicitor. 3/C/P",
  "EO RD", "lh swp dt", "L")
T("Ward sister: patient (Eritrean, 19) after a miscarriage. Brought in by a man who said he was her husband. Patient later said through the interpreter that he 'bought' her from a man in Libya and she cooks and cleans for him and his brothers and is forced to sleep with them.",
  "PSV", "", "D S")
T("Intel re: cuckooing in Great Yarmouth – the flat of a young mum with ADHD used by two London dealers. She is given crack in exchange, one of them sleeps over, her kids (2 and 4) are in the flat. 2/B/P",
  "AV", "", "C", "h")
T("Victim account (Vietnamese, 15): 'The man at the nail shop said I must call him uncle. I clean the shop, do the feet. I do not go to school. When I asked to call my mother he took my phone and said my mother owes money and if I make trouble they will visit her.'",
  "AV ISO IT", "iso", "L", "h")
T("Hotel manager, Blackpool, reports a guest left without paying the bill, £320. Details passed for making off without payment.")
# ---- part 2 ----
T("Drunk and disorderly, stag party from Leeds on the Golden Mile. One arrested, others sent back to their hotel.")
T("Intel: construction gang working on the new flats on the seafront at Herne Bay. Latvian males told they'd be paid £15 an hour, get £40 a day cash, minus £10 for the lift from the house in Ramsgate and £25 for boots and hi-vis. Ganger nom OZOLS keeps the list of who worked. 2/B/P",
  "DEC WW", "ct ppe", "L")
T("shes not allowed a phone, not allowed to see her mum, she doesnt even know what road she lives on. my cousin married him in pakistan and now she's here in Bradford and just cooks and cleans for his whole family. please help her",
  "ISO", "iso", "D")
T("Forced marriage unit referral: 17yo girl from Great Yarmouth told by parents she is going to Bangladesh for a holiday; friends say she told them she will be married there and her passport has been taken by her father. Flight Thursday.",
  "AV RD", "dt", "", "h")
T("PNC check on VRM LK66 TYU stopped on the A1079: driver and four passengers, Romanian, on their way to a packhouse shift. All have own IDs, driver is a colleague who car-shares for petrol money. No offences. Advice re: seatbelt.")
T("HMO, Cleethorpes Rd: landlord prosecuted for overcrowding (11 tenants in a licensed 5-person HMO) and for failing fire safety. Tenants are on various jobs, pay their own rent, no link between landlord and employer found.",
  "", "oc plc")
T("Victim statement, first person, through a Romanian interpreter: 'The job was at a farm in Lincolnshire, picking broccoli. I paid 200 euro in Bacau to Mrs Elena for the bus and the place. When we arrived there were 9 of us in one caravan, mouldy, no heating. She said the rent is 60 pounds a week each and the bus to the farm 5 pounds a day. My first payslip said I earned 310 pounds but I got 42 pounds in cash from her. She had our bank cards since the first day, she said for safety. When I said I want to go home she laughed and said: with what money?'",
  "DEC WW AC DB", "uf oc plc ct ncw", "L")
T("Caller reports her car has been keyed outside her flat on Lord St. Believes it is her ex. Advised.")
T("NGO outreach, Hastings: three Sudanese men sleeping in a church porch. They say they were working at a car wash but left because they were not paid for three weeks and the owner hit one of them. They do not want to go to the police because of their immigration status.",
  "WW PSV", "foa", "L")
T("Intel: Brothel run from a flat above a vape shop in Margate. Chinese females, rotated weekly via a national network (advert phone numbers change but the same text). Female seen by neighbour with a black eye. INT suggests females are told they owe 'hotel fees' which are taken from their earnings. 2/C/P",
  "PSV DB WW", "pa", "S")
T("INT suggests boys (13-15) from Hartlepool being used by the 'Kash' line to carry drugs to Whitby and Scarborough on the train. They are given a cheap phone and told to keep it on at all times. One boy's mum has received a message saying 'he owes us now, pay or he pays'. 1/B/P",
  "AV DB IT", "", "C", "h")
T("Council environmental health: a seafood processor at the harbour has no handwashing facilities and staff work in cold conditions without gloves. Staff are local and paid through payroll. Improvement notice issued.")
T("Report via Modern Slavery Helpline: caller's Polish friend working at a waste recycling site near Hull. Pickers on the conveyor work 12-hour shifts, 6-7 days, and the site owner's brother 'rents' them a room in his house. The friend says the brother deducts so much for rent, the van and 'fines' that most weeks he gets under £50. He is scared of the brother, who told him what happened to a man who spoke to the union.",
  "EO WW IT", "lh ncw", "L")
T("Dispute at a caravan park: two families arguing over a parking space. Words of advice.")
T("Intel (Border Force, Dover): VN female, 16, found in the back of a lorry with 6 adults. Says a woman in Hanoi promised her work in a nail shop in England with 'good money' and told her family they could pay the fee later. Has a UK phone number written on her arm. Missing from the reception centre 48 hours later.",
  "AV DEC", "", "L", "h")
T("Debrief notes, Salvation Army. Client M, 34, Nigerian. Came on a domestic worker visa with a family from Lagos who then moved to a rented house in Lytham. Worked from 5am until after midnight caring for three children and the grandmother. Slept on the floor of the children's room. Was told she would be paid £300 a month into her account in Nigeria; her family says nothing has arrived. Madam keeps her passport in her own bedroom. When M asked to go to church the madam slapped her.",
  "DEC EO WW RD PSV AC", "lh dt", "D")
T("Public report: 'The car wash on the roundabout is great, cheap and the lads are friendly. They have a proper unit with a kitchen and they go home at 6. I'm only writing because the police asked us to report car washes, but I don't think there's anything wrong there.'")
T("POI: DOB 12/04/1987 nom GASHI Dritan. Albanian. Believed to run cannabis grows in four addresses in Scarborough and Filey. INT suggests the gardeners are not allowed to leave the properties and food is dropped every few days by a Vietnamese female. Windows blacked out, doors screwed shut from outside. 2/B/P",
  "ROM", "rm", "C", "h")
T("Anon: man on the bench outside Wilko every day begging, he's local, known to everyone, been doing it for years. There was talk that someone takes his money off him but he told me he keeps it himself and he's fine.")
T("GP note: Pt 25, Lithuanian, works in a factory packing salad. Complains of back pain. Says he works 50 hrs a week with overtime by choice, good employer, lives with his girlfriend. Physio referral.")
T("Midwife: patient (Slovak, 17) 28 weeks, boyfriend 32 arranges everything. She has not got a GP of her own, does not know her postcode. She gets money from his 'friends' and gives it to him. Concerns of CSE.",
  "AV ISO WW", "iso ncw", "S", "h")
T("Intel: Vietnamese nail bar, Skegness. Staff picked up in a people carrier at 8 and taken back at 9pm; they do not speak to customers and the manageress intervenes if asked personal questions. 3/C/P",
  "", "cedl et sfw", "L")
T("A teenager was assaulted on the pier by another teenager over a girlfriend. Both 16, police attended, restorative outcome.")
T("Statement (housing support worker): 'Mr D is 49, has a learning disability and lives in supported accommodation in Blackpool. Since June a couple he met at the pub have had him cleaning their house and their mates' houses and doing their garden. They collect him every morning at 7 and drop him back at night. He is not paid. He told me they said if he tells his support worker they'll tell the police he touched their daughter.'",
  "AV WW IT", "cedl", "L D", "h")
T("INT: male nom SHEHU running sham marriages in Margate, recruiting Portuguese and Slovak women with promises of £3,000 to marry Albanian men for visas. Women are then kept in a house in Dover until the wedding and not given the money. One woman says she was raped by SHEHU's driver. 2/B/P",
  "DEC ROM WW PSV", "rm", "C")
T("Organ trafficking referral (NCA): Egyptian male, 28, now in Leeds, says he was told in Cairo he would be paid $10,000 and a job in the UK for one kidney. The operation was done in a private clinic; he was paid $1,500 and dumped. Broker still contacts him threatening to tell his family if he talks.",
  "DEC IT", "", "O")
T("Probation: offender (27) disclosed he lives in a flat above a barbers in Grimsby, works there for no wages because the barber paid his rent when he came out of prison and 'the debt keeps going up'. Owner also has him sell cannabis from the shop.",
  "DB WW AV", "", "L C")
T("Handover: Man found asleep in a doorway, cold. Taken to the hostel. He said he had been working on farms with a gangmaster but left because it was 'hard but I got paid'. No concerns raised.")
T("Taxi firm manager: 'One of our drivers kept getting the same job: collecting three women from a house on Marine Drive at about 8pm, dropping them at different hotels, then bringing them back at 5am. The man who books it pays in cash. The women never have bags. One was crying.'",
  "", "cedl et fpe", "S")
T("FININT: bank flagged 17 accounts opened in one week at the Scarborough branch by Bulgarian nationals, all accompanied by the same male, who gave his phone number as the contact on each, and used the same address. Benefit payments are now arriving in the accounts. 2/B/P",
  "", "sfw ncw mbc", "C")
T("Rescued: the three men were sleeping on pallets in a shipping container behind the scrapyard in Hull. No toilet, a bucket. They sort cables and metal from 6am to 8pm for 'the boss' who pays them in food and cigarettes.",
  "AC WW EO", "swp plc lh", "L")
T("Report from a B&B owner in Blackpool: a couple booked a room for a week and a stream of men have been visiting the woman. She seems relaxed, says she is an escort and works for herself. No one else involved. Owner wants them out.",
  "", "", "S")
T("Intel (Scarborough): 'Deano' and his mates from Middlesbrough cuckooing flat of a 70yo man with alcohol dependency on Castle Rd. Man is now scared to go home; they told him they'll burn it down if he calls the council. 2/A/P",
  "AV IT", "", "C")
T("Theft of bicycles from the rail station racks, 3 in one week, CCTV requested.")
T("Victim account (Eritrean, 23): 'I worked in a hotel kitchen in Skegness. The manager said my papers are in the office safe because the Home Office will check. I ask many times, he said later. He pays me each week, 250 pounds, but my papers I never see again. I want to change job but without papers I cannot.'",
  "RD", "dt", "L")
T("Intel: woman in Great Yarmouth, Portuguese, 'helping' newly arrived compatriots find work at the turkey factory. Charges each €500 'for the contact', houses them at her house, keeps their NI numbers and their first month's wages 'as deposit'. 2/B/P",
  "WW", "uf ncw", "L")
T("Neighbour report: 'The family at number 14 have a young girl, maybe 12, who does all the housework and looks after the baby. She doesn't go to school. I've seen the woman pull her by the hair in the garden. They say she's a cousin from Nigeria.'",
  "AV PSV", "", "D", "h")
T("Safeguarding Adults Board case: Mr T, 58, with brain injury, was 'employed' by a family of block pavers in Boston for 11 years. Lived in a horsebox without heating. Worked every day. Paid in beer and tobacco. Had no idea of his benefits, which the family claimed in his name. He said when he once wandered off the son found him and beat him and brought him back.",
  "AV AC EO WW PSV ROM", "plc lh ncw rm", "L C")
T("Call from a hotel in Scarborough: a guest's teenage son missing since the afternoon. Found at the arcades with friends.")
T("Press summary: Two men from Boston were jailed today for forcing Polish workers to pick vegetables for almost no pay. The court heard the victims, several of whom were alcohol-dependent and had been recruited outside a Gdansk shelter, were housed in filthy conditions and beaten if they complained.",
  "AV WW AC PSV", "plc", "L")
T("tiktok user was livestreaming inside a flat claiming the girls there are 'owned' by her boyfriend. When police attended it was a prank video with friends. No offences.")
T("GLAA: labour provider for a meat plant in Grimsby found to have deducted £15/week 'for PPE' from 40 workers' pay. Workers otherwise paid correctly and have their own bank accounts. Repaid following inspection.",
  "", "ppe")
T("INT suggests male known as 'Mo' grooming girls (14-15) from the Pleasure Beach arcades, giving them lifts and alcohol, then taking them to a house party where they are made to have sex with adult men. 2/B/P",
  "AV PSV", "", "S", "h")
T("Intel: Polish male nom KOWALCZYK recruits rough sleepers in Blackpool to work 'cash in hand' on roofing jobs. Men housed in a bungalow. INT suggests he takes their ID to 'register them with HMRC', does not return it, and uses it to open bank accounts and claim UC. Men paid £20 a day. 2/B/P",
  "AV RD WW", "dt", "L C")
T("'Im on a boat. the captain has my pasport. we fish 20 hour. I not get money 6 month. please help' — text message received by the Apostleship of the Sea from a Ghanaian fisherman on a boat in Newlyn.",
  "RD EO WW", "dt lh", "L")
T("HOLMES debrief summary: IP (Chinese female, 38) says she answered an advert on WeChat for 'massage therapist, good salary, accommodation included' in the UK. On arrival at a flat in Hull she was told she would provide 'full service' and that she owed £5,000 for the visa and ticket. She had no English and did not know the city. The men who ran the flat kept her phone.",
  "DEC DB ISO AV", "iso", "S")
T("Debrief (adult male, Indian, care worker): The sponsor care home in Mablethorpe charged him £10,000 'sponsorship fee' upfront. He works 48 hours and is paid the correct rate, lives in his own rented room and keeps his passport. He resents the fee but is not being forced to stay; considering complaint to UKVI.",
  "", "uf")
T("Intel: food factory, Grimsby. Agency 'Fast Staff' supplies Eritrean and Sudanese workers, housed in the agency owner's houses at 8 per house. Agency driver takes them to and from the plant and charges £10/day. Wages paid to cards the driver holds. 2/B/P",
  "AC WW", "oc ct ncw", "L")
T("Male reports his ex-partner is withholding contact with their children. Civil matter, advised.")
T("Debrief (Albanian, 19, female): 'My boyfriend said we go to London to work in his uncle's restaurant. In Margate he told me there is no restaurant, I have to work with men. He took my passport. If I say no he hits me. He says he will send my photos to my father.'",
  "DEC RD PSV IT", "dt", "S")
T("Report from a church leader: a Romanian family in the parish, mum, dad, three children, all living in one room above a shop. They are poor but both parents work at the packhouse and are paid, the kids go to school. Asking about housing help.",
  "", "oc")
T("INT: cannabis grow, Bridlington. Vietnamese male (age disputed, claims 16) was left alone with the plants and told the 'boss' would come back. Electricity bypassed. He had a mattress, rice cooker and one bag of clothes. Found during warrant. 2/A/P",
  "AV", "swp fpe", "C", "h")
T("999: man says his friend has been locked in a house in Boston by their employer for 'owing money' and is calling him crying. Address given. Units dispatched.",
  "ROM DB", "rm", "L", "i")
T("Assault at a nightclub in Great Yarmouth, bouncer vs customer, CCTV viewed, no further action.")
T("Safeguarding referral (Social care): 15yo boy in Margate, known to YOS, found with two phones, £400, and a stab wound to his thigh. He says he 'fell'. His mum says he owes a man money for a lost bag of drugs and the man came to the house.",
  "AV PSV DB", "pa", "C", "h")
T("Note: the factory's agency confirmed that workers' passports are only photocopied at induction and returned. Workers were asked separately; all had their own documents. No concern about retention.")
T("Report from a supermarket manager: 'Women with babies begging at the door every day, dropped off by a car in the morning, picked up in the evening. Different women each week. The man in the car collects money from them mid-afternoon.'",
  "WW", "cedl et ncw", "C")
T("Intel: Filipino nanny working for a wealthy family with a holiday home near Whitstable. INT suggests nanny works 18 hours a day, has no days off, is not allowed to leave the house alone and is paid into a bank account in the Philippines that the employer controls. 2/C/P",
  "EO ROM WW", "lh rm ncw", "D")
T("Witness: 'The lad who works on the dodgems is about 15, he's there from 10 in the morning to midnight every day in the holidays. Sleeps in the lorry. The owner's his uncle supposedly.'",
  "AV EO", "lh swp", "L", "h")
T("Intel: Nom OBI, Nigerian, recruits women from Benin City for 'hair salon jobs' in England. Women must swear before a juju priest to pay back €40,000 and are then made to sell sex from flats in Hull and Grimsby. OBI's wife collects the money. 2/B/P",
  "DEC DB IT WW", "ncw", "S")
T("Call from a woman whose mother (81) is being pressured by a builder to pay £6,000 for roof work that wasn't needed. Rogue trader, fraud investigation.")
T("Debrief via interpreter (Vietnamese, male, 24): He says the people in Vietnam told his parents he would work in a factory and send money. They mortgaged their house to pay $30,000. In England he was put in a house with plants. The men said the debt was now more because of the journey through France. He was hit with a pipe when the plants got sick. He did not know which country he was in until the police told him.",
  "DEC DB PSV ISO", "iso", "C")
T("Children's services: 12yo girl at school in Skegness disclosed that her mum's boyfriend makes her look after her three younger siblings and do all the cleaning, and she is often kept off school. No one is paid. Neglect investigation.",
  "AV", "", "D", "h")
T("Intel log 2/C/P: Construction site on the Margate seafront. Gang of 20 Romanian workers, all with one 'manager' who speaks for them and collects them in two vans at 0600. Workers live in a house in Cliftonville owned by the manager's brother.",
  "", "sfw cedl et", "L")
T("Anon report: a woman working in a chip shop in Whitby is 'always crying', maybe her boss is bad. Checked: the woman's mother had died, employer supportive and gave her time off.")
T("A&E: male, 40, Romanian, fractured ribs. Says he fell. Brought by a man who said he was his 'manager' and wanted to take him away before treatment was finished. Patient appeared frightened and had no ID or phone. Discharged himself with the manager.",
  "", "pa sfw fpe", "L")
T("INT: Albanian 'taxi' service in Margate used to move girls (British, 14-16) between 'parties' in flats. Girls are given vodka and pills and made to sleep with men. 1/B/P",
  "AV PSV", "et", "S", "h")
T("Local press: The Old Mill Care Home was rated 'good' in its latest CQC inspection. Staff from overseas said they felt supported and are paid the real living wage.")
T("Debrief of male (Slovak, 36): 'The man Milan brought us from Michalovce in his minibus. He said we'd earn £400 a week at the chicken factory. In England he opened bank accounts for us and kept the cards and the letters. We got £50 on Sunday. He said we owe for the house and the bus. When Jozef argued Milan broke his nose. Milan has a gun, he showed us.'",
  "DEC WW DB PSV IT", "ncw", "L")
T("Intel: Nom DRAGOMIR, Romanian, places men with severe alcohol problems in a house in Skegness and sends them to work on vegetable farms. Men are given cheap vodka daily and 'pocket money' of £20. Their pay goes into an account in DRAGOMIR's name. 2/B/P",
  "AV WW", "ncw", "L")
T("Online report: 'Saw a young lad (Vietnamese?) come out of a house on Alma Rd with a bin bag of plant clippings at 3am. Smell of weed in the whole street. Windows covered in foil.'",
  "", "", "C")
T("Safeguarding note: adult female with learning disability was befriended by a man who now 'looks after' her flat and her money. Friends say men visit the flat at night and she says they are 'his mates and I have to be nice to them'.",
  "AV", "ncw", "S")
T("Intel: Indian restaurant group (four sites in Blackpool and Lytham). Chefs recruited from Bangladesh on skilled worker visas; told they'd be paid £2,400 a month. Payslips show that but each chef withdraws the full pay and hands it back to the owner in cash, keeping £600. Owner holds their passports. 1/B/P",
  "DEC WW RD", "dt", "L")
T("Domestic abuse: woman (29) says her husband shouts at her and smashed a plate during a row about money. She works, has her own bank account and sees her friends. No work or sexual exploitation. DASH standard.")
T("INT: County lines 'Ricky' line from Leeds into Bridlington, using a 15yo girl to hold the drugs at a flat. She is not allowed to leave when the line is running and is watched by an older male. 2/B/P",
  "AV ROM", "rm", "C", "h")
T("Scarborough Borough licensing: taxi driver licence revoked for failing a DBS check. Unrelated to exploitation.")
T("Victim account (Romanian male, 50): 'A man at the bus station in Constanta offered me work in England picking fruit. We came in his car. He took my identity card at the border \"to show the police\" and didn't give it back. We slept 12 in a caravan. When the farm paid, the money went to him. He said I owed for the car, the food, the caravan. I was there two summers.'",
  "DEC RD WW DB AC", "dt oc ncw", "L")
T("Council officer at a caravan park in Ingoldmells: the site employs seasonal workers, mostly students; contracts, payslips, rest days — good practice observed.")
T("Report: hotel chambermaids at a chain hotel in Blackpool paid piece rate per room cleaned, which works out below minimum wage. Employer disputes. Workers are free to leave and live independently. Referred to HMRC NMW team.")
T("Intelligence: a woman at the Thai massage on Northgate says she cannot leave until her 'debt' of £12,000 is paid. She sees men for sex 12 hours every day and sleeps on the massage table. 3/C/P",
  "DB EO", "lh swp", "S")
T("Vulnerable adult: a man with schizophrenia in Great Yarmouth is being 'cuckooed'. Dealers have taken over his flat and are using it to bag up. They took his phone. He is too frightened to leave his bedroom.",
  "AV ISO", "iso", "C")
T("Intel: trafficked men from Sudan used to beg outside the station in Margate. Taken there each morning in a car. 'Boss' collects the money twice a day. Men sleep in a garage. 3/C/P",
  "WW AC", "et ncw swp", "C")
T("Probation: man on licence reports he got a job at a car wash through a friend. He gets minimum wage, is paid weekly into his account and has days off. Probation officer visited the car wash; seemed legitimate.")
T("Debrief (Chinese male, 29): 'They said I could go to university in England and work part time. I paid 150,000 yuan. In England they took me to a restaurant in Hull, I worked in the kitchen from 10 to 12 midnight every day. No university. They said if I go out the police will arrest me because I have no visa. I slept in the storeroom.'",
  "DEC EO IT AC", "lh foa swp", "L")
T("Trading standards: counterfeit handbags at a market stall in Skegness. Stallholder cautioned.")
T("INT: woman in Blackpool advertising 'live-in cleaner wanted, no pay but free room' on Facebook. Response from a 19yo Polish girl who now cleans for the woman's family and two other houses. She sleeps in the utility room. She is never given money. The woman keeps her ID card 'for the tenancy'. 2/B/P",
  "WW RD AC", "dt plc", "D")
# ---- part 3 ----
T("Burglary dwelling, Seafield Ave. Side door forced overnight, jewellery taken. House-to-house done.")
T("INT suggests VN male working at nail bar in Cleethorpes has no phone and no contact with his family; the owner 'looks after' contact. He does not know the name of the town. 3/C/P",
  "ISO", "iso", "L")
T("Debrief (Kurdish-Iraqi, 20, male): 'At the car wash the boss took my phone the first day. He said phones are for lazy people. I don't speak to my mother for four months. We sleep in the room behind, six men. He says if I leave the smugglers will find me, they know my family in Ranya.'",
  "ISO IT AC", "iso swp oc", "L")
T("Public: i reckon my neighbour is being had over by his so called mates. he gives them his bank card every week and they take him to the pub with it. hes got autism. not sure if thats a crime",
  "", "ncw")
T("A&E: female, 22, English, attends with facial injuries after a fight outside a nightclub. Police aware. Friends with her. No concerns beyond the assault.")
T("Organ trafficking intel (NCA, 3/C/C – MSHT only): a Kent-based 'medical tourism' company arranging kidney transplants in Turkey for UK patients. Donors reportedly recruited from among Syrian refugees in camps, told they would get €5,000 and resettlement in the UK, received neither.",
  "DEC AV WW", "", "O")
T("Renal unit letter: Mr S had a living-donor kidney transplant in Birmingham last year from his wife. Both well. He asks about flying to Pakistan for a wedding. No concern.")
T("Helpline call: Ukrainian woman on the Homes for Ukraine scheme in Lytham says the host makes her clean his house and his mother's house daily and threatened to 'report her to the council' so she'd lose her visa if she refused. She has her documents and can go out. She is looking for another host.",
  "AV IT", "", "D")
T("Intel: Lithuanian gangmaster nom JANKAUSKAS, Boston. Workers (Lithuanian, Latvian) told on arrival that they owe £400 'for the flight and the first week's rent'. Each week's rent, £90, is added and taken from wages, and the debt has not gone down in four months. Workers collected at 0430 for flower farms near Spalding. 2/B/P",
  "DB", "cedl", "L")
T("Sudanese male (22) attended the drop-in centre in Great Yarmouth saying he works at a turkey farm, paid properly, but his manager shouts at him. He has his own passport and lives with friends. Advised about grievance procedures.")
T("Missing person: 15yo girl from a care home in Margate, found 48 hours later in a flat in Lewisham with two adult males and drugs. She had a new phone and said 'he's my boyfriend, he looks after me'. The males were arrested for CSE offences.",
  "AV", "", "S", "h")
T("u lot need to check the car wash on blackpool rd preston, the lads there live in a container out back, the boss takes there money and one of them told me he aint been home to romania in 3 year bc he still owes for the van",
  "AC WW DB", "swp", "L")
T("Council licensing: a tattoo studio in Skegness operating without registration. Owner sole trader. Warning letter.")
T("Debrief summary (interpreter: Tigrinya). She says that she was taken from Khartoum to Libya by smugglers, and in Libya she was sold to a man who kept her locked in a room for months and raped her. She came to the UK by boat and is now in a hotel in Skegness. She is having nightmares. She says nobody in the UK has controlled her.",
  "ROM PSV", "rm", "S")
T("Intel: nail bar on King St Great Yarmouth. Two young Vietnamese females brought in each day by a male in a Toyota Prius VRM YD18 HGT at 0900, taken away at 2000. They have no phone, they never talk to customers. INT suggests they sleep at the owner's house on mattresses in the loft. 2/B/P",
  "ISO", "cedl et iso oc", "L")
T("Intelligence: a Romanian male begging outside Boots in Scarborough in a wheelchair was seen walking to a car at 5pm with the wheelchair folded. Local begging, no third party involved.")
T("Witness statement (fisherman): 'The two Indonesian lads on the Sea Harvest never come ashore. When we tied up next to them in Whitby they asked if they could use my phone. The skipper said they don't need phones. They looked thin and one had a hand bandaged with a rag. They told me they've had no wages since March.'",
  "ISO WW", "iso pa", "L")
T("HMO inspection, Blackpool: 8 bedrooms, 8 residents, all licensed, clean, fire doors compliant. Residents are agency workers at a local food factory. No concerns.")
T("Intel: girls (16-17) from Hull being taken to Scarborough and Bridlington hotels in the summer by a male 'promoter' nom BELL for 'modelling shoots' that turn into sex with men he brings. Girls are told they owe him for the hotel and clothes. 2/B/P",
  "AV DEC DB", "", "S", "h")
T("Debrief (male, British, 38, homeless): 'I was sleeping in the bus shelter in Skegness when a family offered me work tarmacking and a caravan. I worked from 7 to 7 for them, six years. They gave me £10 now and then and fags. They said if I went the police would do me for the robbery I did years ago. They made me sign stuff at the bank.'",
  "AV EO WW IT", "lh ncw", "L")
T("The GLAA officer found that the labour user had not checked their supplier's licence. Workers were paid correctly and no exploitation indicators were present. Labour user given advice.")
T("Safeguarding referral (youth worker): 14yo boy in Great Yarmouth seen with older males in a BMW, wearing new designer clothes, missing school. He has told friends he 'works for them' and that they told him if he stops they'll hurt his little sister.",
  "AV IT", "", "C", "h")
T("Report: Brothel in a rented terrace in Hull. Four Romanian women, a male 'driver' who lives there and holds all the phones and the cash. Women say they came for 'massage work', and that they may not go out without him.",
  "DEC ROM ISO WW", "rm et iso ncw", "S")
T("HMP Hull: prisoner (Albanian, 19) convicted of cannabis cultivation said on induction that he was forced to tend the plants and was threatened that his family in Albania would be killed. He had been brought in a lorry. Prison referred for NRM; possible s45 defence not raised at trial.",
  "IT", "", "C")
T("Bank (fraud team) alert: elderly customer's account in Whitby receiving transfers from 14 unrelated accounts and immediately sending it on. Customer says 'a nice man' asked her to help him with his business. Customer confused. Money mule activity; customer appears to be used.",
  "AV", "", "C")
T("Complaint: neighbours say the Chinese takeaway is open till 2am and the extractor fan is noisy. Council noise team.")
T("Debrief (Romanian, 26, female): 'My uncle said I could clean at a hotel in Blackpool. When I got off the bus a woman took my passport, she said for registration at the hotel. There was no hotel. They put me in a flat with two other girls and a man guarded the door. We had to have sex with men every night. If I cried he beat me with a belt. They said they will tell my village I am a whore.'",
  "DEC RD ROM PSV IT", "dt rm", "S")
T("Intel: waste recycling site, Grimsby. Workers (Polish and British, some with addictions) housed in a portacabin on site, sorting refuse 6am-6pm seven days. Owner pays in cash, 'when he feels like it', and supplies them with alcohol. 2/C/P",
  "AV EO WW AC", "swp lh", "L")
T("Man reported for stealing charity collection tin from a pub. Arrested. Works at the local boatyard, no vulnerability.")
T("Care home whistleblower, Bridlington: 'The overseas carers on sponsorship are doing 70 hour weeks because the manager says the visa depends on it. They're too scared to say no. They live in the manager's house and pay him £400 a month each for a shared room.'",
  "EO IT", "lh", "L")
T("Victim account, written in English by victim: 'Sir I am from Punjab. Agent in Jalandhar take 12 lakh from my father for work permit in UK. When I come the company is not real. Agent friend put me in a house in Slough with 9 man. I work in a warehouse with another man name. He keep all my pay. I eat one time a day. He say if I go police they put me in jail and my father will pay more.'",
  "DEC WW AC IT", "uf oc foa", "L")
T("Traffic: lorry stopped on the A180 carrying 3 Eritrean males in the trailer. All adults, claimed asylum. They say the smuggler was paid in Calais and they owe nothing. No indicators of onward exploitation at this stage.")
T("Intel re: pop-up brothels at holiday lets in Skegness & Chapel St Leonards. Booked through a letting website by different names, 2-3 women each, adverts on sex work sites with the same phone number. Males seen dropping women and supplies and collecting money. 3/C/P",
  "WW", "et ncw", "S")
T("Intel: Slovakian man nom BALOG holds at least 12 bank cards belonging to workers at a packhouse in Wisbech; seen withdrawing cash at a Tesco ATM using several cards in turn at 0100. 2/A/P",
  "WW", "mbc ncw", "L")
T("Police welfare check: man (70) in Margate not seen for days. Found well, had been visiting his daughter.")
T("Debrief (via interpreter, Amharic): She says that she worked for a family in Jeddah who brought her with them to London for the summer, and then to a rented house near Folkestone. She says she worked from before the children woke until the family went to bed, that she was not allowed to eat until they had eaten, and that the mother kept her passport. She says she has never been paid in the UK. She says the door was locked at night.",
  "EO RD WW ROM AC", "lh dt rm", "D")
T("Report from a member of the public: 'Just seen a kid, maybe 12, selling the Big Issue outside the station in Brid at 10pm. Man in a van watching him.' Officers attended: child with his dad, a registered vendor, on his way home. Advice given, social care notified.")
T("INT: 'Tony' line from London into Margate and Ramsgate. Runners are given a 'debt' if they are robbed or stopped by police; one runner (17) was told the debt was £3,000 and he will have to 'work it off'. 2/B/P",
  "AV DB", "", "C", "h")
T("Labour inspection, Scarborough hotel: staff rota shows 6-day weeks, 9-hour days, paid holiday, tips shared. Accommodation provided for seasonal staff is clean and charged at below the legal offset limit. Good practice.")
T("Debrief (Polish male, 45): 'They said I would be a driver. I was not a driver. I pulled up cable and concrete at building sites all around Kent. They kept my ID card in the office. Every week they said, £100 for the room, £50 for the transport, £30 for the boots. I never saw more than £40. I am alcoholic, they gave me vodka so I stay quiet.'",
  "DEC RD WW AV", "dt ct ppe", "L")
T("IP (Vietnamese, 15) disclosed to foster carer: 'The boss at the nail shop said I must not speak to anyone. He took my phone and only let me call my mum once when he was listening. I did not know the name of the town.'",
  "AV ISO", "iso", "L", "h")
T("Intel: Albanian males seen entering and leaving a house on Wellington Rd, Skegness, at all hours, windows blacked out. INT suggests it is a cannabis grow with a 'gardener' who is never seen. 3/C/P",
  "", "", "C")
T("Safeguarding: elderly man lives with his son who gives him meals and manages his money with power of attorney. Son is attentive. The concern raised by a neighbour was unfounded.")
T("Statement of a former worker at a fish processing plant, Fleetwood: 'We worked 14, sometimes 16 hours when the boats came in. No breaks. The supervisor screamed at us and once pushed a Romanian girl against the freezer. If you complained you got no shifts next week. But we got paid for every hour.'",
  "EO PSV IT AC", "lh", "L")
T("Train conductor report: three young Vietnamese teens on the London–Skegness train with no luggage and a man who had all their tickets and phones. He wouldn't let them speak. BTP met the train.",
  "AV ISO", "et sfw fpe iso", "", "i")
T("Benefit fraud investigation: DWP identified 40 UC claims using the same two addresses in Grimsby, claimants Bulgarian, most unaware of the claims; their ID cards were taken 'for registration' by a recruiter who brought them to work in the docks. 2/B/P",
  "RD", "dt", "C")
T("GP: female, 44, Filipina, live-in carer for an elderly man. Has her own passport, sees friends on her days off, is paid monthly. Presents with anxiety about her visa renewal. Support given.")
T("Intel: an Indian male nom SINGH runs a minibus collecting Indian workers from a house in Southall and driving them to a chicken plant in Norfolk at 0300, returning at 2000. He charges £15 each a day for the transport and holds their bank cards. 2/B/P",
  "WW", "cedl ct ncw et", "L")
T("INT suggests Romanian female, 18, advertised for sex online, held in a flat above a shop on Abingdon St, Blackpool. Neighbour heard her screaming last night. Window has been screwed shut. Man seen leaving with a bag of her clothes. 1/B/P",
  "ROM", "rm", "S", "i")
T("Debrief (Sri Lankan, 31, male, fishing): He says he was recruited in Negombo and paid the agent $3,000 for the job on a Scottish trawler. He worked 18-20 hours a day. He says he was made to sleep on the boat and never allowed to go ashore because the skipper said he had a transit visa only. He received about a third of the wage in his contract.",
  "EO ROM WW", "uf lh swp rm", "L", "h")
T("Intel: Nigerian female recruited as an 'au pair' for a family in Margate. INT suggests she looks after 4 children, cleans, cooks, works 7 days, and was told her wages are 'saved for her' until she returns home. 2/C/P",
  "EO WW", "lh", "D")
T("Real au pair checked on by Social Care after a concern: she has her own room, 25 hours a week, pocket money paid, goes to college twice a week. No concerns.")
T("Custody record: 17yo Albanian found working in a cannabis grow in Mablethorpe. He said the Albanian men who run it 'look after him' and he is saving money to pay back the journey. Appropriate adult present. NRM referral.",
  "AV DB", "", "C", "h")
T("Male arrested for drink-driving on the A64. Breath test 78.")
T("'My husband\'s brother brought me from Sylhet to marry him. In his house in Oldham I am like a servant. I clean, cook for eleven people, I sleep in the kitchen. They took my passport and my phone. His mother hits me when I talk to neighbours.' — disclosure via IDVA.",
  "RD ISO PSV", "dt iso swp", "D")
T("Intel: eastern European males, approx 10, sleeping in a field in tents near a farm in Kent. INT suggests the farm's gangmaster charges them £50 a week each for the 'camp' and they have no water or toilet. 3/C/P",
  "AC", "plc", "L")
T("Anonymous online report: 'car wash guys are out in the rain with no gloves all day its awful'. Visit: workers have gloves and boots, they just don't always wear them; paid properly, registered employees.")
T("Intel: POI nom HOXHA, Albanian, leasing a flat in Cliftonville. INT suggests Albanian female (DOB 2008) residing there and being advertised online for sex. 2/B/P",
  "AV", "", "S", "h")
T("Debrief (Roma, Czech, male, 33, learning disability): 'Pepa brought me from Ostrava, he said good job at a factory. I live in his garage. I work at the laundry. Pepa takes the card. He gives me cigarettes. Pepa says I am stupid and if I go I will die on the street because I cannot read.'",
  "AV DEC WW AC IT", "ncw plc", "L")
T("A man reported that a youth had stolen his phone on the pier and run off. CCTV shows the youth, enquiries ongoing.")
T("Intel: female (Chinese, 30s) working at a takeaway in Whitby lives in the flat above with the owner's family. Intelligence suggests she is treated well, has her own room, is paid and visits her sister in Leeds. Initial report of concern not substantiated.")
T("Shift summary: 3 x shoplifting (town centre), 1 x criminal damage, 1 x concern for welfare (man on the cliff, talked down), 1 x MSHT intel (car wash on Frensham Rd — two workers say the manager holds their passports; passed to MSHT desk).",
  "RD", "dt", "L")
T("Victim account (Slovak, 17): 'In the hotel in Scarborough I do the rooms. I work from 7 in the morning until the rooms are done, sometimes 11 at night. The boss said I will get paid at the end of the summer. The summer is finished and he says no money because I broke a lamp. He is my mother's friend so I cannot say anything.'",
  "AV EO WW", "lh", "L", "h")
T("Intel (FININT, 2/B/P): 9 accounts at a building society in Blackpool receiving wages from different employers (care agencies) but all with cash withdrawals at one ATM within minutes by one person wearing a cap. Account holders are Zimbabwean care workers.",
  "WW", "mbc ncw", "L")
T("Public report: a disabled man is sleeping in a car in the car park and a group of men take him off each morning in a van to work. He looks starved. Collected 5:30, back at 9pm.",
  "AV", "cedl et pa", "L")
T("Sham marriage intel: a registrar in Great Yarmouth suspicious of a wedding between a Latvian woman and a Pakistani man; the woman did not know his surname and the 'best man' spoke for her. She said she had been promised £2,000. 2/C/P",
  "", "sfw", "C")
T("Domestic servitude concern (school): a 13yo girl from Afghanistan living with an 'uncle' in Hull, comes to school exhausted, says she cooks and cleans the house and looks after the uncle's babies until late. Uncle says she is family.",
  "AV EO", "lh", "D", "h")
T("Police attended a caravan park after a report of a man being held in a caravan. On arrival the man said he was sleeping off a hangover and the door lock was broken; he opened it himself. No concerns.")
T("Intel: Hungarian females recruited by 'Zsolt' to work in Blackpool hotels. Once here they are told the hotel job fell through and are taken to flats to sell sex. Zsolt takes all the money and says they owe him for the coach. One girl says he threatened to throw her off the balcony. 2/B/P",
  "DEC WW DB IT", "", "S")
T("Report from a neighbour: 'Lots of people living at number 7, probably 15 of them. Not sure if they are working for someone.' Home visit: extended family of a Polish family visiting for a wedding. All left after the weekend.")
T("Debrief (Nigerian male, 19): 'The man at church in Lagos said he will get me football trials in England. He takes my passport at the airport in London. I live in a flat in Hull. He makes me carry parcels and take cards to the ATM. If I don't he says he will report me to immigration.'",
  "DEC RD IT", "dt", "C")
T("Organ harvesting (debrief, Albanian male, 35): 'A man said in the UK they pay £20,000 for a kidney. He paid my flight to Istanbul. In the clinic they took the kidney. After, he said the flight and hotel cost £18,000. I got £2,000. Now I am ill and cannot work.'",
  "DEC", "", "O")
T("Organ intel 3/C/C: WhatsApp group in Kent advertising 'kidney for sale – healthy young donor from Pakistan, full workup done' to UK patients on the transplant list. Donor is said to be in debt to the broker.",
  "DB", "", "O")
T("Transplant nurse: a British patient of Pakistani heritage asked if her brother could donate; a normal living-donor assessment was arranged. No payment involved. No concern.")
T("INT suggests cannabis grow in flats above a closed shop in Hull. A Vietnamese male was seen at a window looking scared and making a 'help' sign. 2/A/P",
  "", "", "C", "i")
T("Labour exploitation, Wisbech: HMO occupied by 16 Latvian and Lithuanian men employed on the potato harvest through a gangmaster, sleeping 3 to a room, black mould. Gangmaster pays them but takes £100 a week rent. Men free to leave, have documents.",
  "AC", "oc plc", "L")
T("Intel: man known as 'Dzhem' picks up Bulgarian men from the Blackpool bus station on arrival, promising them work. They are taken to a flat where 'Dzhem' has them sign bank documents. Their cards then go to 'Dzhem' and the men are sent out to beg and to shoplift from supermarkets. 2/B/P",
  "DEC WW", "ncw", "C")
T("Woman reports her daughter (19) has moved in with a boyfriend in Scarborough and doesn't call much. Daughter contacted, says she is happy and busy at work.")
T("Street outreach, Margate: 'Petra', Czech, 30, sleeps rough, has an alcohol problem. Says that a man sometimes gives her money for sex. No one else takes her money or controls her.",
  "", "", "S")
T("Debrief (Afghan male, 17): 'In the car wash the boss made me work outside from 7 until 8 in the night, every day, in the cold. I ask for money, he hits me in the face. He says I owe him for the lawyer and the food.'",
  "AV EO PSV DB", "lh", "L", "h")
T("Factory visit: agency workers were given PPE free of charge, contracts in their language, and a welfare phone line. No indicators.")
T("Intel: Vietnamese woman running two nail bars in Bridlington; INT suggests workers are her own relatives from Nghe An, paid monthly, housed in her house. No signs of control reported; intelligence ungraded rumour. 3/D/P")
T("Neighbour: 'The man in the flat above keeps a girl up there, I hear him shout \"you are not going anywhere\" and the door being bolted. She never leaves.' Units attended, female located, says she is held there and he has her passport. Arrest made.",
  "ROM RD", "rm dt", "", "i")
T("Rough sleeper (British, 45) in Great Yarmouth says a man asked him to do a day's labouring and paid him £60 cash at the end of the day. He says he'd happily do it again. No concerns.")
T("Intel: 'Big Mike' line from Birmingham into Skegness, using the flat of a woman (32) with heroin addiction. She is paid in drugs. Her 9yo son lives there. Men with knives at the flat. 2/B/P",
  "AV", "", "C", "h")
T("Public report: 'Men at the farm near Holbeach are picking in the field at 10pm with head torches, starts at 5am. I've seen the same faces 7 days a week for two months.'",
  "EO", "lh", "L")
T("Customs: passenger (Thai, 26) at Manchester with a job offer letter for a 'spa' in Blackpool. Letter names a business with no record. Her air ticket was bought by the 'employer' who said she will repay it from her wages. Refused entry; safeguarding referral.",
  "", "", "")
T("Debrief (Ghanaian female, 40, care worker): 'The agency in Accra said I will work in a care home in Lincoln. I paid £6,000. When I came there was no job, the sponsor licence was revoked. Then a man said he can give me work in homes, cash. I clean and care for an old lady and her son, 6am to 11pm, he gives me £50 a week and the room, he keeps my BRP.'",
  "DEC EO WW RD", "uf lh dt", "D")
T("Assault: a fisherman punched another fisherman on the quay after a row over the catch. Both local. Dealt with by community resolution.")
# ---- part 4 ----
T("Intel: two Polish men working at a scaffolding firm in Skegness complained that their boss paid them £20 less than agreed last week. Boss says it was a mistake and has paid it. They live in their own flat. No further action.")
T("Debrief (Romanian female, 23, via interpreter): She says that the man kept her in a flat in Grimsby with no phone, no TV, and she was not told the address. She says she did not know anyone in England except him. She sold sex and he took the money.",
  "ISO WW", "iso ncw", "S")
T("Organ: A&E doctor in Hull treated a young Moldovan man with an infected surgical wound on his flank. He said he 'sold' a kidney in a clinic abroad to pay a debt to the men who brought him to the UK, and they still say he owes them.",
  "DB", "pa", "O")
T("A woman said she thought her neighbour was a 'slave' because she cleans for a family every day. The neighbour is a self-employed cleaner with several clients and her own van. No concern.")
T("INT: boys from Hartlepool using the 'Kash' line phone were found in a flat in Whitby. One boy (14) had had his phone taken and been told he could not contact home until the drugs were sold. The door was locked and the adult had the key. 1/A/P",
  "AV ISO ROM", "iso rm", "C", "i")
T("Caseworker note: Client says the farm gave workers a choice to live in the caravans at £45 a week or find their own housing; she chose the caravans. Pay is correct, she has her passport and phone. The work is hard but she likes it. No NRM indicators.")
T("Public report: 'the woman at the launderette says the Chinese girls at the massage never leave, a man does their shopping and he has there phones, I think they are trafficked'",
  "ISO ROM", "iso rm", "S")
T("INT: nom MURATI, Albanian, was heard telling a Vietnamese gardener in a grow in Scarborough 'if you go to the police I will kill your mother and your sister'. 2/A/P",
  "IT", "", "C")
T("Debrief (Indian national, 27, female): 'I married him in Amritsar. He brought me to his house in Gravesend. His family took my jewellery and passport. I wake at 4 to cook for everyone and work in the family's shop all day without pay. I don't know the address, I cannot speak English, they don't let me phone my parents.'",
  "RD EO WW ISO AV", "dt lh iso", "D L")
T("Anon tip: someone is growing cannabis in their shed on Park Rd. Officers attended: 4 plants for personal use. Owner cautioned.")
T("Police officer note: stopped a car in Scarborough carrying 3 teenagers and an adult. Adult (40) is their football coach taking them to a match. All documents in order. No concerns.")
# ---- part 5: long texts ----
T("""OFFICIAL-SENSITIVE. Intelligence report. Source: 2 / Assessment: B / Handling: P.

Subject: hand car wash, Yarmouth Way (former petrol station forecourt).

INT suggests the car wash is run by nom HASANI Ermal (DOB 19/07/1985), Albanian. Workers are 5-7 males, a mix of Albanian and Kurdish, aged approx 18-30. Source states the workers start at 0730 and finish after dark, seven days a week, including in the winter months when the site has no customers after 4pm.

Source states workers live in a flat above a barber's on Regent Rd owned by HASANI's cousin, and that the cousin drives them to and from the site in a blue Ford Galaxy (VRM not known). Workers are reported to be paid £30 a day by HASANI, from which £10 a day is taken for 'the room and the lift'.

Source also states that one worker, known only as 'Kawa', told a customer that HASANI keeps his passport 'in the safe until the debt is finished'. Source does not know the amount of the debt.

No further information on HASANI's associates. Recommend: joint visit with GLAA and Immigration Enforcement.""",
  "EO RD DB", "lh cedl et ct dt", "L")
T("""Case note — Salvation Army, adult victim support.

Client: K, female, 31, Polish. Referred by the hospital social worker after an admission for pneumonia.

K says she answered an advert in a Polish-language Facebook group for cleaning jobs in English hotels, 'accommodation and transport provided'. A woman called Beata met her at Luton and drove her to a house in Skegness. There were seven women in three rooms. Beata told them the hotel would pay Beata and Beata would pay them, after taking rent and the cost of the flights.

K worked as a chambermaid in two hotels on the seafront, cleaning up to 25 rooms a shift. She often did a second shift in a care home in the evenings. In four months she says she received about £300 in total. When she asked for her wages, Beata said she still owed £700 for the flight, the deposit and 'the agency'.

K says no one hit her and she could go into town, but she did not know where to go or whom to ask, and she did not have money for a ticket home. She kept her own ID card. She became ill in February and Beata took her to A&E and left her there.

K has consented to an NRM referral.""",
  "DEC WW DB EO AC", "oc lh ncw", "L")
T("""Neighbourhood policing team — community meeting notes, Cliftonville, 14 March.

Attendance: 22 residents, two councillors, PCSO ADEYEMI, Sgt WARD.

1. Parking on Northdown Rd during the school run: residents asked for enforcement. Council to review.
2. Drug dealing near the Oval bandstand: two residents reported young people on bikes 'handing things through car windows' in the evening. Officers said this is known and patrols have been increased. One resident asked if these are county lines children; officers said enquiries are ongoing and encouraged reporting to Crimestoppers.
3. A resident complained about the HMO at the end of her road and 'all the foreigners'. Officers explained that the HMO is licensed, was inspected last month, and that the residents are working people with no concerns raised.
4. Fly-tipping in the alleys behind Athelstan Rd: council to clear.
5. Thanks to the Street Pastors for their work on Saturday nights.

Next meeting: June.""")
T("""Witness statement (extract). I am the manager of a convenience store on Harbour St, Scarborough, and I have worked here for six years.

Since last summer I have noticed a group of young men, I think they are Vietnamese, who come into the shop in the late evening. They always come with the same older man, who is Vietnamese too, and he pays for everything. They buy instant noodles, rice, energy drinks and cigarettes. The young men never have money of their own. When I tried to talk to one of them, to ask if he was okay because he looked very pale and had a cough, the older man answered for him and said 'he fine, he my nephew'.

On one occasion, about three weeks ago, one of the young men came into the shop on his own at about 2am, very frightened, and asked by pointing at my phone if he could use it. Before he could make the call the older man's car pulled up and he left with the man. I saw the man grip his arm.

I believe they are living in the house on the corner of Castle Rd. The windows are always covered and it smells strongly of cannabis. I have not seen anyone come or go from the house in daylight.""",
  "", "sfw pa", "C")
T("""GLAA compliance inspection — summary.

Licence holder: a labour provider supplying 140 workers to three vegetable packhouses in South Lincolnshire.

Findings:
- Right-to-work checks on file for all sampled workers (30). Copies of ID only; originals returned, confirmed at interview with 12 workers.
- Pay: hourly rate above NLW; holiday pay accrued correctly; payslips issued in English and Romanian. Workers paid weekly by BACS into their own accounts.
- Accommodation: the licence holder does not provide accommodation. Some workers rent from private landlords.
- Transport: optional minibus from Boston at £3 per day, below cost; workers may make their own way.
- PPE: issued free of charge.
- Working time: Working Time Regulations opt-outs were signed but one opt-out was in English only, not translated for the worker; worker says he understood it and chose overtime.

Conclusion: licence standards met, one minor administrative point (opt-out translation). No indicators of forced labour or exploitation were identified during the inspection. Next inspection in 12 months.""")
T("""Debrief account, Vietnamese male, 16, recorded by the ICTG worker with a telephone interpreter.

He says that his family in Quang Binh borrowed money from a man in the village so that he could go to England to work and send money home. He travelled by plane to Russia, then walked and went by car and lorry for many weeks. In France he stayed in a forest camp for two months. He crossed to England in the back of a lorry.

In England a man collected him and drove him at night. He was put in a house in a town by the sea, he does not know its name. Upstairs there were rooms full of plants under lights. The man told him to water them and said he must not go outside because the police would put him in prison. The doors were locked from the outside and the man came with food every three days.

He says the man said the debt for the journey was now £28,000 and each crop paid a little of it. When he was bitten by a dog during the raid, he thought the police were going to kill him. He is now in foster care and he is worried that the men will hurt his family in Vietnam because the debt is not paid.""",
  "AV ROM ISO DB IT", "rm iso foa", "C", "h")
T("""Shift handover — Blackpool response, nights, Saturday.

- 2310: fight outside a bar on Queen St, one male with a head injury to BVH, suspect arrested (ABH).
- 0040: concern for welfare, female on the tram tracks, detained under s136.
- 0115: domestic at a guest house on Hornby Rd, male arrested for assault, DASH high, IDVA referral.
- 0205: taxi driver assaulted by a fare, suspect identified on CCTV.
- 0320: report from a hotel night porter that a young woman came to the desk asking for help, said she was 'sold' by her boyfriend to a man in room 12 and that she had been made to have sex with him. Officers attended: female 19, Romanian. Male in room 12 arrested (rape). Boyfriend not located; he has her ID card and phone. Female taken to the SARC. NRM to be considered by MSHT in the morning.
- 0450: burglary at a shop on Talbot Rd, alarm activation, no suspects.

Outstanding: statement from the night porter; CCTV from the hotel.""",
  "PSV RD ISO", "dt iso", "S")
T("""Local authority safeguarding referral (children), Margate.

Child: J, 14, male, lives with mother and two younger siblings. Known to Early Help.

School reports that J has been missing for 11 sessions since half term. He was found by police in Canterbury at 0200 last Friday with £280 in cash and two phones. He told officers he was 'doing a favour for a mate'. On Monday he came to school with a cut lip and a bruised eye, and told a teaching assistant that 'they' had 'taxed' him because he lost some of their stuff and now he has to pay it back by going 'out of town' for them.

Mother says J goes out late at night and comes home with new clothes. She has received phone calls from withheld numbers asking for J, and a man came to the door and told her J 'owes and he knows what happens'.

Risk: J is considered at high risk of criminal exploitation. Strategy meeting requested; NRM to be considered.""",
  "AV PSV DB IT", "pa", "C", "h")
T("""Intel log (Operation KELP). 2/B/P.

Fishing vessel registered in Fraserburgh, currently fishing out of Whitby and landing at Scarborough. Crew list: skipper (British), mate (British), and five deckhands from Ghana and the Philippines.

INT suggests the non-EEA deckhands are on transit visas and so are not permitted to go ashore; the skipper uses this to keep them on board for the whole trip and in port. Source states they work up to 20 hours a day when fishing, sleep in a cabin with no ventilation and get one meal a day. Source states the deckhands' passports are held by the skipper 'in case of inspection' and that their wages, $550 a month, are paid to the manning agency, which deducts 'fees' so that the deckhands' families receive about half.

One deckhand is reported to have a badly infected hand after an injury with a winch. Skipper refused to take him to hospital.

Recommendation: multi-agency boarding with Border Force and MCA at next landing.""",
  "EO RD WW AC ROM", "lh dt swp pa ncw rm", "L")
T("""Public report (online form). Description: hi im not sure if this is the right place but i work at the chicken factory on the industrial estate and theres a lot of new lads from sudan and eritrea started through the agency. they all get dropped off in one van at 5 in the morning and picked up at 7 at night even when there shift ends at 3. they stand outside waiting for hours. one of them told me they live 10 in a house and the agency man takes the rent out there wages and the van money too and they hardly get anything. he showed me his bank app and the account is in another name. he said the agency man has there cards. they are too scared to say anything because of there visas. the agency man stands with them at the gate and if they talk to us he tells them off. please dont say it was me i could lose my job""",
  "WW AC", "cedl et oc ct ncw foa sfw", "L")
T("""Probation — OASys extract, risk of serious harm section (summary). Case: male, 34, British, convicted of supplying Class A.

He says he became involved in supply after a man he owed money to for cannabis offered to 'clear the debt' if he let the man's workers use his flat in Great Yarmouth. Over three months the flat was used daily by young people from London who slept on his sofa. He says he was frightened of the men and was told his flat would be set alight with him in it if he went to the police.

He was arrested when officers executed a warrant and found him bagging heroin in his kitchen. He now says he was 'cuckooed'. The court did not accept a duress defence.

Risk assessment: he poses a medium risk to the public; he is also vulnerable to re-exploitation, given his debt, his drug use and his continued contact with the same group. Referral to the local MSHT officer and drug treatment.""",
  "AV DB IT", "", "C")
T("""Account given by IP (Nigerian female, 24) to the First Responder, Skegness — summary in the third person.

She says she grew up in Edo State and was approached by a woman from her church who said she had a sister in England who needed a shop assistant. She was taken to a shrine where she swore an oath; hair and nail clippings were taken. She was told that if she broke the oath or told anyone, she and her mother would go mad and die.

She flew to Italy with a false passport and then to the UK. The 'madam' in London took the passport and told her she owed €45,000. She was sent to work in flats in Hull and Skegness, advertised online, and the madam's boyfriend collected all the money each night. She had to see up to ten men a day. She was not allowed to go out except with the boyfriend and was not allowed a phone.

She escaped when the boyfriend was arrested for drugs. She is frightened of the juju and of the madam.""",
  "DEC IT RD DB WW ROM ISO EO", "dt rm et iso ncw lh", "S")
T("""Council HMO licensing enforcement visit — notes.

Property: 5-bedroom terrace, North Shore, Blackpool. Licence for 6 persons. Reason for visit: complaint from a neighbour about noise and bins.

On the visit we found 6 adults in residence: 3 British, 2 Polish and 1 Lithuanian. All tenants have individual tenancy agreements with the landlord, pay rent by standing order from their own accounts and have their own keys. The Polish tenants work at the Pleasure Beach in the season, the Lithuanian tenant works in a warehouse. Nobody reported any problems with their employers. The landlord is not connected with any of the employers.

Defects: one smoke alarm not working (replaced during visit), a broken fire door closer, and bins overflowing at the rear. Landlord given 14 days to repair the door and arrange bin collection.

No concerns about exploitation. Neighbour updated.""")
T("""Victim statement, taken in English with a Romanian interpreter. Extract.

'In 2022 I lived in Craiova and my cousin Marian said there is work in England in a factory with good money, 1,800 pounds each month. He paid my ticket and said I pay him back from the first wages. He met me at the airport and took my identity card and said he needs it to open the bank account and get the work number.

We lived in a house in Grimsby with many men, sometimes 14, we slept two to a mattress. Every morning at 5 Marian's friend took us in a van to a factory where we packed fish. We worked twelve hours, sometimes more, six days a week. I never saw a payslip. Each Saturday Marian gave me 50 pounds and said the rest is for the house, the van, the food and the ticket.

When I said I want to go home Marian said I can go when I pay what I owe, 2,000 pounds. Another man who left, Marian's friends went to his mother's house in Romania and broke the windows. I was afraid for my mother.'""",
  "DEC RD WW DB EO AC IT", "dt oc cedl et ct lh ncw", "L")
T("""Renal transplant clinic letter (copy to GP).

Dear Dr Okafor, I saw Mr Farooq, 52, in the post-transplant clinic today. As you know, he received a kidney from a living unrelated donor in Pakistan in 2021, after he had been on dialysis for three years. We discussed the circumstances again today. He says the donor was a distant relative who volunteered, that no money changed hands and that the operation was done at a government hospital in Lahore. We have no information to the contrary, and the documents he brought appear genuine.

His graft function is stable (creatinine 128). He remains on tacrolimus and mycophenolate. His blood pressure is well controlled. We discussed vaccinations and sun protection. I will see him again in three months.

I have noted in his record that living unrelated donation abroad raises questions that we routinely ask about; I have no safeguarding concern at this stage.""")
T("""INT report, 2/B/C (condition: not to be shared with the licence holder).

Subject: 'Diamond Nails', High St, Ramsgate.

Source states that three Vietnamese women work at the salon. Two of them appear to be in their late teens. They arrive at 0830 and leave at 2000, six or seven days a week, and are driven by the owner's husband. They eat in the back room. Source states that when a customer asked one of the younger women where she lived, the owner answered that she lives 'with family' and changed the subject.

Source states that one of the women said, in poor English, that she 'pays the boss for the bed and the food' and that the boss 'sends her money to Vietnam' for her. Source did not see any violence.

Source states that the salon is always busy, with prices much lower than other salons in the town, and that it is cash-only.""",
  "WW EO", "cedl et sfw lh ncw", "L")
here = os.path.dirname(os.path.abspath(__file__))

def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(ROWS, 1):
        inds = [IND[c] for c in ind.split()]
        sigs = [SIG[c] for c in sig.split()]
        typs = [TYP[c] for c in typ.split()]
        if risk == "i": r = "immediate"
        elif risk == "h": r = "high"
        elif risk == "m": r = "medium"
        elif risk == "l": r = "low"
        else:
            if ("PSV" in ind.split() or "S" in typ.split() or ("IT" in ind.split() and "ROM" in ind.split())
                    or len(inds) >= 3):
                r = "high"
            elif inds or typs or sigs and typs:
                r = "medium"
            else:
                r = "low"
        out.append({"id": "f132-%03d" % n, "text": text, "indicators": inds, "signs": sigs,
                    "exploitation": typs, "risk": r})
    with open(os.path.join(here, "fresh132.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return out

if __name__ == "__main__":
    print(len(build()))
