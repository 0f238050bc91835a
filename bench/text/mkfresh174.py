#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (set fresh174).
Each entry: text, indicator abbreviations, sign abbreviations, exploitation types, risk.
Abbreviations are expanded to the fixed codes below; every text is written by hand."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DEC": "deception", "ROM": "restriction_of_movement",
       "ISO": "isolation", "PSV": "physical_sexual_violence", "IT": "intimidation_threats",
       "ROD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "swp": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ced": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

E = []
def T(text, ind="", sig="", typ="", risk="l"):
    E.append((text, [IND[x] for x in ind.split()], [SIG[x] for x in sig.split()],
              [TYP[x] for x in typ.split()], RISK[risk]))

# ---- part 1 ----
T("INT suggests 3x Romanian males working at hand car wash, Dock Rd. Always dropped off and picked up together in silver Transit by nom POPESCU. Not seen out alone. 2/B/P",
  "ROM", "rm et", "L", "m")
T("Caller states her elderly father has dementia and she locks the front door at night so he doesn't wander. Wants advice on whether this is allowed. No third-party concerns.", risk="l")
T("she says that she was never allowed to go to the shop without the wife of the boss. She did the cooking, cleaning and the children from 6 in the morning until midnight. She did not know the name of the street.",
  "ROM ISO EO", "rm iso lh", "D", "h")
T("my neighbour has 2 lads staying they go off in a van at like 5am every day and back after 10 at night, never see them on there own, one of them asked me for food once",
  "ROM", "ced rm et pa", "L", "m")
T("School safeguarding: Y9 pupil, 14, says her parents check her phone every night and won't let her go into town with friends after an incident last year. Pupil is annoyed but well cared for; no other concerns.", risk="l")
T("IP (female, 23, Albanian) states the man she came with took her phone after they arrived and gave her a different one which only has his number in it. She is taken to 'appointments' at different flats by car and does not know where she is staying.",
  "ISO ROM", "iso et rm", "S", "h")
T("Probation note: J. HARRIS on tag with curfew 1900-0700 and an exclusion zone around the town centre. Complained he feels trapped. Conditions explained again. Compliant.", risk="l")
T("Nail bar Church St - young Vietnamese girl, maybe 16, working till late, a man walks her to and from the shop every day and answers for her when customers talk to her",
  "AV ROM", "et rm sfw", "L", "h")
T("Phones checked every night by the gangmaster. Anyone with photos of the caravans gets fined £50.",
  "ISO", "iso", "L", "m")
T("GP note: Pt attended with partner who insisted on staying for consultation. Pt appeared relaxed, spoke good English, answered questions herself. Seen alone briefly at end - no concerns raised, says partner is anxious about her pregnancy.", risk="l")
T("A&E: 30s male, Polish, hand injury from angle grinder. Brought in by 'supervisor' who would not leave cubicle and gave all answers. Pt had no ID, no phone, unsure of his address - said 'house with the other men'. Supervisor paid for taxi and left with him before discharge advice.",
  "ISO", "sfw iso et fpe pa", "L", "m")
T("101 call: lady reports that the couple next door argue loudly most weekends. No violence heard, no one else lives there. Advised to contact council noise team.", risk="l")
T("I was not allowed outside alone. When I needed the doctor the madam came in with me and she spoke for me, she told doctor I am her cousin. After, she shouted at me for one hour.",
  "ROM ISO", "rm sfw iso", "D", "m")
T("INT: Males at farm on Marsh Lane not allowed beyond the yard gate without one of the BALAN brothers. Mobiles collected in a box each evening. 3 caravans, approx 20 workers. 2/C/P",
  "ROM ISO AC", "rm iso oa", "L", "h")
T("Carer at Oakfield Lodge reports resident with advanced dementia has keypad-locked doors and wears a location bracelet. DoLS authorisation in place and reviewed in March. Family visit daily.", risk="l")
T("They move us always at night. One week in one house, then midnight the car comes and we go to another town. I never know which city I am in.",
  "ISO", "iso et", "", "m")
T("Salvation Army caseworker: Client (M, 41, Slovak) recruited at bus station in Kosice with promise of factory job at £9/hr. On arrival told the job was 'finished' and taken to a waste recycling site instead. Housed above a garage with 7 others. Never alone - driver stays with them on site and takes them back. Paid £40 a week cash, rest 'for rent and transport'.",
  "DEC ROM AC WW", "et rm oa plc ct ncw", "L", "h")
T("Bail conditions: not to contact the complainant, reside at 14 Elm Rd, report to Hillside station Mon/Wed/Fri. Defendant asked if he can visit his mother in Leeds - told to apply for variation.", risk="l")
T("Debrief (via interpreter, Tigrinya): He says that in the house in Birmingham the door was locked from outside when the men went to work. They had a bucket. He was 16 then.",
  "ROM AV AC", "rm plc", "", "h")
T("CSE concern: 13 yo girl seen getting into different cars outside the chippy, older males collect her and bring her back at 2-3am, she has a new phone she won't let mum see and says she has an 'older boyfriend'",
  "AV", "ced", "S", "h")
T("Mum rang school to say she would be picking up her son herself from now on and he's not to walk home. Concern was a group of older boys hanging round the gates. Sensible protective step; DSL agreed.", risk="l")
T("GLAA inspection: packhouse, labour provider supplying 60 workers. All workers hold own ID, paid weekly into own accounts at NMW+, transport by free company minibus, free to decline shifts. Minor record-keeping breach on holiday pay. Advisory letter.", risk="l")
T("2/B/C (not to be shared with employer). POI TRAN Van Duc believed to control a cannabis grow in a terraced house, two Vietnamese juveniles living inside. Windows boarded. INT suggests food delivered, boys not allowed out. Door padlocked from outside.",
  "AV ROM AC", "rm plc", "C", "i")
T("me and my husband fight sometimes about money, he looks at my bank app and gets angry if I spend on clothes. I can go out when I want and I work at Tesco. Just want advice on joint accounts.", risk="l")
T("Woman at the laundrette keeps saying her boss has her passport for safekeeping and she can't have it back until the loan is paid. She works in his restaurant kitchen every day.",
  "ROD DB", "dt", "L", "m")
T("Interpreter: she says the man who drove her from the airport said she must not speak to anyone in the house, not the neighbours, not the postman. If someone knocks she must hide upstairs.",
  "ISO", "iso", "", "m")
T("GP: 19F, Nigerian. Registered by 'aunt' who holds her papers. Pt very quiet, looked at aunt before every answer. Aunt refused to leave the room. Pt said she looks after the children and cleans, does not go to college. No bank account. Safeguarding referral made.",
  "ROD ISO", "dt sfw iso ncw", "D", "m")
T("Warehouse agency workers from a Leicester agency - four of them share a room in a house the agency boss rents them and £70 a week rent comes off wages, they get a lift in his car to the site for £10 a day. They come and go as they like, they have their own bank cards.",
  "AC", "oa ct", "L", "m")
T("Phone call from concerned neighbour: young woman opposite never leaves the flat, blinds always down, different men visit at all hours, she was seen at the window crying and told the lady downstairs she isn't allowed out. Man with keys comes every evening to collect.",
  "ROM", "rm", "S", "h")
T("I'm worried about my sister. Her new husband doesn't let her have a phone and she can only ring us from his. He goes with her to the GP and the school run. She's lost so much weight. She isn't working, I don't think it's slavery, just him controlling her.",
  "ISO ROM", "iso rm pa", "", "m")
T("OIC handover: VRM KM19 XTD seen daily 05:10 outside 22 Hope St, loads 6-8 males, returns approx 21:30. Males appear tired, poorly dressed. Driver (POI MARKU) collects a phone from each on the way in. Obs to continue.",
  "ISO EO", "ced et pa iso lh", "L", "m")
T("Debrief: I came for a job in a hotel in London, the agent said good money. It was not a hotel, it was a house, and they said I must be with men to pay the debt, £25,000 for the flight and papers. They kept my passport. The house was locked, the key was with Mama.",
  "DEC DB ROD ROM PSV", "dt rm", "S", "h")
T("School: Y11 boy with ankle tag says he has a curfew from the youth court. Concerns only about attendance.", risk="l")
T("lass on the corner of Lime st never on her own always a bloke parked watching her, she got in his car when she went", "", "", "S", "h")
T("Referral from council licensing: takeaway kitchen staff (3 males, Bangladeshi) sleep on mattresses in storeroom behind the fryers. Manager said they are 'family helping out'. No contracts seen. Staff would not speak in manager's presence.",
  "AC", "swp plc sfw", "L", "m")
T("Man at the bus stop every morning with a group of women, he hands out their tickets and stands between them and anyone who talks to them. Seems like they're scared of him.",
  "ROM", "et sfw rm", "", "m")
T("Au pair agency note: host family reported au pair 'missing'. She was located at a friend's. Says host mother took her passport 'to register her at the GP' and never returned it, locked the front door when they went out, and she had not been paid in six weeks.",
  "ROD ROM WW", "dt rm ncw", "D", "h")
T("Vietnamese boy found in loft of cannabis factory during warrant, 15 years old, emaciated, said he hadn't been outside for 'many moons'", "AV ROM", "pa rm", "C", "h")
T("Foster carer checks 12yo's phone weekly and keeps it downstairs overnight, per the placement safety plan. Child says she thinks it's unfair. Social worker satisfied.", risk="l")
T("Bank alert: 11 debit cards in different names used at one ATM on Station Rd within 20 minutes, same male on CCTV each time. Accounts all opened in last 2 months with Romanian ID; wages from a food factory paid in, withdrawn same day.",
  "WW", "mbc ncw", "L", "m")
T("Eritrean woman, 27, referral from refugee project: after the asylum claim she stayed with a 'cousin' who made her clean his house and his brother's and look after the babies, no money, phone kept in his jacket. She could only go out to the mosque with his wife.",
  "ISO ROM WW", "iso rm ncw", "D", "h")
T("my dad wont let me go out after 9 on school nights and makes me share my location. is that legal?? im 15", risk="l")
T("Witness statement: I saw the man take the woman by the arm out of the massage place and push her into a black BMW. She had no coat on. He said something to her and she stopped talking.",
  "PSV", "", "S", "h")
T("3/C/P. Unverified: workers at Kingsway car wash 'live in the back'. Visit by NHP found staff room with kettle only, no beds. Staff have own addresses, paid by bank transfer. No further action.", risk="l")
T("Debrief, Polish male 52: 'Every Sunday Marek took us to the bank, we took out the money and gave it to him. He said he sends it for our families. My family never got anything.' Had been homeless in Gdansk when approached.",
  "WW AV DEC", "et ncw", "L", "h")
T("Council housing officer: visited HMO, 14 men in 4 rooms, mattresses in kitchen, one shower. Landlord also their employer at a building site. Men said they can't complain as they'd lose the job and the bed.",
  "AC", "oa plc", "L", "m")
T("IP says he is not allowed to keep his phone while working at the grow, he gets it back one hour on Sunday to call his mother, and the boss reads the messages.",
  "ISO", "iso", "C", "m")
T("OFFICIAL-SENSITIVE. Ref 4471. 2/B/P. Source states female (poss Chinese, 20s) at flat 7, Harbour Court, advertised on adult site. Door entry controlled by male who lives on floor below. Female has been heard asking him to let her go to the shop; told no. Food brought in.",
  "ROM", "rm", "S", "h")
T("Midwife: booking appt, woman attended with husband, speaks little English. Interpreter booked, husband asked to wait outside and he did without fuss. Woman reports she is happy, goes to English classes twice a week. No concerns.", risk="l")
T("The boys all go with Kyle. Shops, job centre, even the barber. He says it's so they don't get lost.",
  "ROM", "et rm", "", "m")
T("Nobody knows the address. We live 'near the big Tesco'. The van brings us and takes us back.",
  "ISO", "iso et", "", "m")
T("Care home manager: agency carer from Kerala, employed through sponsor. Told us her sponsor collects her from every shift and she has to hand over her wages to him. She asked us not to say anything. She looked frightened when he arrived early.",
  "ROM WW", "et ced ncw foa rm", "L", "m")
T("Neighbour thinks family next door are 'keeping' their grandmother because she's never outside. Welfare visit: grandmother, 88, bedbound, visited by district nurses three times a week, well cared for.", risk="l")
T("Mother of a 17yo reports that an older man, 'Dee', picks her son up in a car at 11pm and returns him days later with cash and new trainers. He has started carrying two phones and was stopped in Swansea last week.",
  "AV", "ced", "C", "h")
T("FOUND MAN SLEEPING IN A CHICKEN SHED AT THE FARM BY OUR HOUSE HE SAYS HE WORKS THERE 7 DAYS AND THE BOSS GIVES HIM FOOD NOT MONEY!!! HES FROM SOMEWHERE IN EUROPE CANT SPEAK ENGLISH",
  "AC EO WW", "swp plc lh ncw", "L", "h")
T("Housemate says she can't go out because her partner 'doesn't like it' and he'll sulk. She works full-time as a nurse, has her own car and money. Referred to DA service for advice.", risk="l")
T("Border Force, LHR T4: 2 females (Filipino) travelling with employer family from Riyadh as domestic staff. Both interviewed separately; employer had both passports in his jacket. One stated she works 'all day all night' and has not had a day off in 14 months.",
  "ROD EO", "dt lh", "D", "m")
T("Took my phone, took my shoes. Said if I run without shoes I won't get far.",
  "ISO ROM", "iso rm", "", "m")
T("I am 17. The lady from the salon picks me from the house at 7 and brings me back 10 in night. I cannot go anywhere else. I never see my wages, she says it is for the flight.",
  "AV ROM WW DB EO", "ced et rm ncw lh", "L", "h")
T("Probation: supervisee reports his new employer (scaffolding) is 'strict' - phones in a locker on site for safety, no exceptions. He gets it at lunch and home time. Paid fortnightly, has contract. No concerns.", risk="l")
T("Log: 21:40 concern for welfare. Man seen at upstairs window of flat above Best Nails, banging on glass, window won't open. Attended - door opened by female who says he's her brother with learning difficulties who 'gets upset'. Officer not satisfied, spoke to male alone: he sweeps and cleans in the shop, is locked in at night, has not been paid.",
  "ROM WW AV", "rm ncw", "L", "i")
T("Support worker: man with autism in supported living has a 1:1 worker when out in the community. This is in his care plan which he agreed with his advocate. He goes to his job at the garden centre and keeps his wages.", risk="l")
T("He chose what I wore, where I went, who I talked to. Every time I went to the toilet at the club he waited outside. Then he said I owed him for the flat and I should 'be nice' to his friends.",
  "ROM ISO DB", "rm iso", "S", "h")
T("Intel (2/B/P): Ukrainian females placed at a Harrogate house via a sponsorship scheme are being driven daily to a cleaning contract and back by the sponsor. One told a volunteer she is not allowed to use the family WiFi or go to the town alone.",
  "ROM ISO", "et rm iso", "L", "m")
T("Just a normal car wash. Lads are cheerful, sign says £10 a wash, they all take card tips. Boss was handing out pay slips when I was there. Not sure why someone flagged it.", risk="l")
T("they've got a bloke living in the garden shed behind 41 Belmont, he works on the house all day, the owner shouts at him and he's always thin and dirty, never seen him leave",
  "AC", "plc pa swp", "L", "m")
T("Handover: DC PATEL. Female, 16, reported missing from care 3x in one month. Found in hotel in Reading with 2 adult males, had been given vodka and cocaine. Phone smashed by one of them. Now at placement. Strategy meeting tomorrow.",
  "AV ISO", "iso", "S", "h")
T("Client reports that her 'agent' takes her to the hairdresser, the nail bar, the clinic, everywhere, and waits outside. She says it is so she is safe because she has no papers. She hands him everything she earns from the parlour.",
  "ROM WW AV", "et rm ncw", "S", "h")
T("Tenant complained the landlord enters without notice and won't return the deposit. Tenant works, has own documents and can move out. Referred to Shelter.", risk="l")
T("we were moved at 3am in the back of a lorry from the farm in Kent to another one, nobody told us where, the windows were covered", "ISO", "iso et", "L", "m")
T("Debrief, Sudanese male, 19: 'The man at the restaurant said I can sleep in the cellar. I wash plates from opening to closing. I don't have day off. He said if I leave the immigration will catch me and I will go to prison.'",
  "IT EO AC AV", "swp lh foa", "L", "h")
T("His mum drops him at school and picks him up, he's not allowed to go to the park alone because of the knife crime round there. Completely understandable, she's a good mum.", risk="l")
T("OIC update: suspect PETRENKO charged s2 MSA. Victims (4) stated they were escorted from the flat to the packing plant and back daily, the flat door had a second lock with the key kept by the suspect, and their phones were kept 'so they wouldn't be scammed'.",
  "ROM ISO", "et rm iso", "L", "m")
T("Someone is using my late mum's pension and bank card, I think my brother. She died in March. Reporting fraud.", risk="l")
T("School referral: Y5 girl, Chinese, lives with 'uncle' above restaurant. Arrives tired, says she washes dishes after school until late and cannot play with friends on weekends because she must work. Uncle always collects, never lets her go to after-school club.",
  "AV EO ROM", "lh rm", "L", "h")
T("A lot of cars come and go at No. 9. Man who lives there is a taxi driver, just his shift pattern. Checked — nothing untoward.", risk="l")
T("I didn't even know the name of the town for a year. I only saw the kitchen, the bus, and the room. If I asked, the manager laughed.",
  "ISO ROM", "iso rm et", "L", "m")
T("Organ-related: Pt at renal clinic disclosed she was brought from Lagos and told she'd be working as a nanny. In London a man told her she had to 'donate' a kidney to a relative of his and would be paid. Private clinic appointments arranged, he kept her passport.",
  "DEC ROD", "dt", "O", "m")
T("Dad walks my 11 year old sister everywhere because she's being bullied. She can go to friend's houses. School aware.", risk="l")
T("Text from IP to helpline: 'help me i am in house dont know where man have key, he take my phone but i find old one'",
  "ROM ISO", "rm iso", "", "i")
T("Shoplifting group in Boots: 3 Roma kids under 12 with a woman who stood outside taking the goods from them. Kids had no shoes, told the guard she's their 'boss'.",
  "AV", "pa", "C", "h")
T("GLAA: shellfish processing unit. Workers paid by piece, gangmaster deducts 'PPE' (gloves, boots, aprons) £25 per week. Workers said they can leave but cannot afford to.",
  "", "ppe", "L", "m")
T("Always escorted. Work, then house. Work, then house. Eight months.", "ROM", "et rm", "L", "m")
T("Mr OKONKWO, 34, British national, reports his partner went through his phone and messaged his female colleagues. He is upset and wants to separate. He lives in own flat. DA advice given.", risk="l")
T("Witness: the cook from the curry house told me his boss keeps all their passports in the safe upstairs and if they want to see family in India they have to ask and pay him £500 for the ticket first.",
  "ROD", "dt", "L", "m")
T("Referral (Barnardo's): Albanian boy, 16, arrived on small boat, owes 'the smugglers' £9,000 which he has to work off in a car wash in Luton. They ring him every day to check where he is. They have photo of his house in Albania.",
  "AV DB IT", "", "L", "h")
T("Caller says her son's girlfriend isn't allowed out without him, he holds her bank card and she has a black eye. They are both 25. No work or sex exploitation mentioned.",
  "ROM PSV", "rm pa ncw", "", "h")
T("INT suggests POI MIHAI (DOB 03/05/88) controls approx 10 females working from rented flats in Slough. Females driven between addresses in the early hours, each flat used for 2 days. Females' phones used by MIHAI to reply to punters. 2/B/P",
  "ISO ROM", "et rm iso ced", "S", "h")
T("They let us out on Sunday for two hours, but only to Lidl, and Vasile waits in the car park.",
  "ROM", "rm et", "", "m")
T("Member of public: lady at 22 Oak Ave has lived-in carer for her husband who has Alzheimer's. Carer goes out on days off, has her own car. Lady asked if she should be worried that she locks the front door at night - no, it's for the husband's safety.", risk="l")
T("Debrief (Vietnamese, 17): taken from Calais in lorry, then to a house in Bradford where I watered plants. Door nailed shut. Man came every 3 days with rice. He said if I escape the gang will kill my parents because they still owe the money for my journey.",
  "AV ROM IT DB AC", "rm plc", "C", "h")
T("Safeguarding adult: Mr D, 58, learning disability, befriended by a couple who moved into his flat. They take his PIP, he sleeps on the sofa, they make him go to the shops to steal for them and won't let him see his sister.",
  "AV ISO", "ncw iso", "C", "m")
T("Two women at the nail bar never say a word, a man does all the talking and takes all the cash at the end of the day. He drives them home in a van.",
  "WW", "sfw ncw et", "L", "m")
T("Immigration enforcement note: overstayer, Indian national, working in a restaurant cash-in-hand. Lives with cousin in rented flat, holds own passport, paid weekly. No indicators of exploitation.", risk="l")
T("The night we were moved, they said nobody talks, phones off, heads down. They said the last girl who talked is in the river.",
  "IT ISO", "iso et", "", "m")
T("Sham marriage concern: registrar reports Slovak bride, 20, came with the groom and an older man who held her passport and answered all questions for her. She did not know the groom's surname or where they would live.",
  "ROD ISO", "dt sfw iso", "", "m")
T("Our daughter is 16 and we've taken her phone for a week after she was caught vaping. She's furious. Is this OK to do? - Mumsnet-style post, no concerns.", risk="l")
T("Diplomatic household, Kensington: Filipina housekeeper ran to a church. States she was not permitted to leave the residence except with the driver, slept on the floor of the children's room, worked 6am to 1am, and her salary was 'sent home by sir' though her family say they received nothing for a year.",
  "ROM AC EO WW", "et rm plc lh ncw", "D", "h")
T("GP: 45M presents with back pain from warehouse work. Works via agency 50hrs/wk, says overtime is optional and paid. Lives with wife. Fit note issued.", risk="l")
T("INT 2/A/P: POI KHAN Imran running an 'escort agency' from Flat 3, Noor House. Females flown in from Bucharest, told they would be dancers. On arrival passports taken 'for hotel check-in', not returned. Females are driven everywhere by KHAN's nephew.",
  "DEC ROD ROM", "dt et rm", "S", "h")
T("He puts tracking on our phones and if we go anywhere that isn't the shop or the site he rings straight away and shouts. Last week he hit Andrei for going to the park.",
  "ROM PSV IT", "rm", "", "h")
T("Member of public: three men living in a van on the industrial estate, they work at the pallet yard, I offered tea and the foreman came over and told them to get back to work and told me to mind my business",
  "AC", "plc sfw", "L", "m")
T("Client says her partner insisted on driving her to and from work for a while because her ex had been stalking her. She's fine with it, and drives herself now.", risk="l")
T("I was not alone one minute in three years. Even in the bathroom she stood by the door.",
  "ROM ISO", "rm iso", "D", "m")
T("Hotel housekeeping: supervisor tells the girls to hand in phones at start of shift, they get them back at 11pm, three of them share a bed in the staff house, the manager keeps their passports 'for the HR file'.",
  "ISO ROD AC", "iso dt oa", "L", "h")
T("Girl at the pop-up in the Travelodge looked about 15, the man with her took the money at the door, she kept looking at him before she answered anything",
  "AV WW", "sfw ncw", "S", "i")

# ---- part 2 ----
T("Long debrief, via interpreter (Romanian). She says that she met a woman called Lavinia in her village near Bacau who told her about a job packing vegetables in England, £400 a week and a room shared with one other girl. Lavinia paid for the coach ticket and said it would be taken from the first wages.\n\nWhen she arrived in Peterborough she was taken to a house with eleven other people. The packhouse was real, and she did work there, on nights, twelve hours, six nights a week. But the wages went into an account that Lavinia's husband opened for her, and she never had the card. Every Friday she was given £30 'for food'.\n\nShe says the husband, Costel, drove them to the site and back and did not let anybody go to the town. When she asked for her identity card he said it was 'at the agency'. When she said she wanted to go home he told her the debt was now £1,800 with the rent and the transport, and that her little brother in Romania would 'pay in another way' if she ran.",
  "DEC WW ROM ROD DB IT EO AC", "oa lh ncw et rm dt ct", "L", "h")
T("Bloke down the road, lovely man, looks after his wife who has Parkinson's and dementia, he takes her everywhere with him cos she gets confused and frightened on her own. Someone reported him for 'controlling' her. Ridiculous.", risk="l")
T("PNC/INT 1/A/P: Arrested male NGUYEN (DOB 11/02/07) found at cannabis grow, Brook Lane. States he was brought to UK owing $20,000, kept in the house for four months, not given a key. Custody: NRM referral made, s45 defence considered.",
  "DB ROM", "rm", "C", "m")
T("Probation: supervisee on licence with curfew and a requirement to live at approved premises. Staff sign him in and out; phone checked under licence conditions for contact with victim. Compliant, no concerns.", risk="l")
T("Stayed in a basement in Slough with 9 men. Boss said the rent and the bus to the building site is £80 a week each and he takes it from the money. Some weeks we got nothing because of 'fines' for being late. I sent nothing home for six months.",
  "WW AC", "oa plc ct ncw", "L", "m")
T("NGO outreach: woman on Grove St beat, Nigerian, 20s, says she must pay 'madam' €35,000 after a juju oath before she left Benin City. She believes if she breaks the oath she or her mother will die. Madam takes everything she earns.",
  "DB IT WW", "ncw", "S", "h")
T("Received a text saying my parcel is held at customs and I need to pay £2.99. Pretty sure it's a scam. Reporting for info.", risk="l")
T("Worried about lad at the corner shop, he's about 14 and behind the counter every night till midnight, on school days too, owner shouts at him in another language",
  "AV EO", "lh", "L", "h")
T("Shop owner stated the boy is his nephew, helps for an hour after school, and is paid pocket money. Education welfare confirmed full attendance. Visited at 21:00 - shop closed, boy at home doing homework. NFA.", risk="l")
T("Border Force, Stansted: 19yo Albanian male travelling alone on a one-way ticket, with a phone number written on his hand and £20. Said a 'friend' will meet him and give him a job in a car wash, he will pay back the ticket from his wages. Could not name the friend.",
  "DB", "", "", "m")
T("The farmer was decent. We had our own caravans, two to a caravan, heating, WiFi. Paid every Friday to our own bank, payslips, holiday pay. We went to the town on the free bus whenever we wanted. I'd go back next season.", risk="l")
T("Victim account (translated): I was promised work as a waitress in Manchester. The man who met me took my passport at the airport 'to make the contract'. There was no restaurant. They put me in a flat with two other girls and said now you work with clients. When I refused, Bogdan slapped me and said he knows where my mother lives in Constanta.",
  "DEC ROD PSV IT", "dt", "S", "h")
T("Council: HMO licence inspection, 6 bedrooms, 6 tenants, all in work, own tenancies, fire doors in order. One tenant's room had a lock on the outside of the door - he explained it's a padlock he uses himself when away. No concerns.", risk="l")
T("Care agency (domiciliary) audit: overseas carers on sponsorship visas paid £6.10/hr after deductions for 'training fees' and the visa (£8,000 each, to be repaid over 3 years). Rotas show 70-80 hour weeks. One carer told the auditor she can't leave or the sponsor will report her to the Home Office.",
  "DB WW EO IT AV", "uf lh foa", "L", "h")
T("My housemate from uni lost her passport on a night out. She's reported it and applied for a new one. Do I need to report anything else?", risk="l")
T("INT suggests ABDI, Hassan (DOB 1999) is using 3 local teenagers to run a line from Bristol to Weston. Boys are kept at a flat belonging to a vulnerable woman (cuckooed) for days at a time. Boys' own phones taken and replaced with 'work' phones. 2/B/P",
  "AV ISO", "iso", "C", "h")
T("The woman in 4B (heroin user) has had two lads staying for a week. Lots of knocks at the door day and night. She told my wife she's scared of them and they won't leave. Think it's cuckooing.",
  "AV", "", "C", "m")
T("He never hit me. He said if I didn't keep working he would tell my husband's family what I had done in England. So I kept working.",
  "IT", "", "", "m")
T("Press summary: Three members of a family from Lincolnshire were jailed for forcing vulnerable men to lay tarmac and block paving for no pay. The men, some of whom had alcohol problems and had been recruited from soup kitchens, were housed in dirty caravans without toilets, given cigarettes and beer instead of wages, and beaten if they tried to leave. One victim had worked for the family for over 20 years.",
  "AV AC WW PSV IT", "plc ncw", "L", "h")
T("Caller reports a man shouting at women in a field. Officers attended: farm manager instructing pickers to move rows before rain; workers confirm they're hourly paid and the manager is 'loud but fair'. NFA.", risk="l")
T("Don't let anyone see you, don't answer the door, don't open the curtain. That was the rule in the Ilford house.",
  "ISO", "iso", "", "m")
T("Salvation Army: client from Chennai recruited through a WhatsApp advert for 'senior carer' role, paid agent ₹5 lakh upfront. Arrived to find no job. Sponsor placed him with a cleaning firm at nights, kept his BRP and bank card, paid him £50 a week. He sleeps in the office of the cleaning firm.",
  "DEC ROD WW", "uf dt ncw swp", "L", "h")
T("Traffic stop: VRM LK68 UBF, 8 adults in a 7-seater at 04:50 heading to Spalding. Driver says they're colleagues sharing lift to the factory; all have own ID and phones, all spoke to officers freely. Advised on overloading.", risk="l")
T("Safeguarding: Y10 girl has a boyfriend aged 22. She's been seen being collected from school in his car and is missing from home overnight. He bought her a phone and a necklace. She says he asked her to 'be nice' to his friend to pay him back for a night at a hotel.",
  "AV DB", "", "S", "h")
T("I am a Filipino housemaid. My employer family brought me to London when they came to stay in their apartment for the summer. They keep my passport. I sleep in the laundry room. I work from 6am till the last person sleeps. I am not allowed to go out or use the phone. My salary is 1,200 riyals and I have not had it for five months. I escaped while they were shopping at Harrods.",
  "ROD AC EO ROM ISO WW", "dt plc lh rm iso ncw", "D", "h")
T("Prison (HMP): prisoner disclosed that before custody he was made to sell drugs to pay off a 'debt' that kept growing after his stash was stolen. He was told his younger brother would be stabbed if he didn't. He asks that this is passed to police.",
  "DB IT", "", "C", "h")
T("Staff at the hotel are mostly agency, from Spain and Portugal. Work long summer hours but they get paid overtime and have two days off. Some live in staff accommodation which is clean. Nothing to report.", risk="l")
T("GLAA licence check: labour provider operating without a licence supplying workers to a salad packer. Workers have contracts, own accounts, no deductions except tax. Enforcement for unlicensed activity only.", risk="l")
T("A&E: F, 30s, Chinese, burns to both forearms from 'cooking'. Accompanied by a woman who said she was the employer from a takeaway. Pt would not make eye contact, had no money or phone, said she sleeps at the shop. Employer refused to leave; pt discharged with her.",
  "ISO", "pa swp sfw fpe iso", "L", "m")
T("IP discloses that when she first arrived, the man who'd sponsored her marriage locked her in the bedroom whenever he went out. He later took her to work in his brother's shop for no wages. She was not allowed to see other Pakistani women in the area.",
  "ROM WW ISO", "rm iso ncw", "L", "h")
T("Kidney transplant list: patient, 54, received a living-donor kidney from her brother at Guy's. All independent assessments done, HTA approved. Routine follow-up.", risk="l")
T("Online report: an ad on a forum offering £15,000 for a kidney, 'donors wanted, travel paid, no questions'. Contact via Telegram. Reporter concerned it targets people in debt.",
  "", "", "O", "m")
T("A young Moldovan man at the clinic said he had been told he'd get work in a car factory in Germany; instead he was flown to Turkey, taken to a clinic and told he must give a kidney to pay for the trip. He has a new scar and was paid less than half of what was agreed. He was too scared to tell police.",
  "DEC DB", "pa foa", "O", "m")
T("Mate works at a nail bar in Leeds, proper salon, she rents her own chair and keeps her takings. Nothing dodgy. Someone posted on Facebook it was trafficking, complete nonsense.", risk="l")
T("3/C/C - do not disclose to landlord. Unconfirmed report of males from Sudan and Eritrea living above a fried chicken shop, sleep in shifts on 3 mattresses, work in the shop and are paid 'in food'. Source heard one say boss holds their Home Office letters.",
  "AC WW ROD", "oa swp dt ncw", "L", "h")
T("She is not a prisoner, she goes to college, she has friends, she has her own money from her Saturday job. Her parents are strict, they want her home by eight. That's it.", risk="l")
T("Witness (neighbour) statement: Every morning at about 6 a white van stops outside and four or five women come out of number 30 with their heads down. A man stands at the door counting them. They come back after dark. I have never seen any of them go to the shop by themselves. One of them once had a bruised face.",
  "ROM", "ced et rm pa", "", "m")
T("The boss speaks for us at the bank, at the GP, at the job centre. We stand there and nod.",
  "", "sfw", "", "l")
T("Benefit fraud investigation: 14 Universal Credit claims using the same address and the same phone number. Claimants are Romanian men who say they've never seen the money. A man named Sorin opened the accounts and keeps the bank cards.",
  "", "mbc ncw", "C", "m")
T("Teacher's note: Zara (Y8) says her mum won't let her use social media and reads her messages. Mum explained it's after Zara was approached by an adult online. Sensible. Logged only.", risk="l")
T("Hand car wash, Ashford Rd: 8 men, no gloves, standing in water in trainers all day, 8am-8pm every day. Boss says they're self-employed and pays £35 a day cash. They live in the portakabin at the back.",
  "EO AC", "lh swp plc", "L", "m")
T("They take us to the supermarket once a week in the minibus and we all must stay together. If someone goes off alone, everybody loses a day's pay.",
  "ROM IT", "et rm", "L", "h")
T("Police log 02:14: 999 call, female whispering, says she is locked in a room above a shop on the High St, the man has her passport and phone, she's using a friend's phone she hid. Units dispatched.",
  "ROM ROD ISO", "rm dt iso", "", "i")
T("Daughter is worried about her mum in the care home who says the staff 'won't let her out'. Manager explains mum has DoLS in place due to vascular dementia and is taken out by staff in the garden daily. Daughter reassured.", risk="l")
T("I begged for them. Outside the station in Leicester, every day, and at night Florin took the money. If the cup was light, no food. I'm 15.",
  "AV WW", "ncw", "C", "h")
T("Chinese woman working at massage shop says she paid 80,000 yuan to a snakehead to come to UK, still owes 'a lot'. She sleeps on the massage table. Clients sometimes want 'extras', the boss says she must. She can't speak English and doesn't know what city she's in.",
  "DB AC ISO AV", "uf swp iso", "S", "h")
T("my ex keeps our son's passport because he's scared I'll take him abroad. We have a court order about it. Not a slavery thing just asking if I can get it back.", risk="l")
T("Construction site, Nine Elms: CSCS cards of 6 workers found to be fake, all supplied by one gangmaster who also 'pays' them in cash after keeping the first month's wages as a deposit. Workers say they can't leave until the deposit is returned.",
  "WW DB", "ncw", "L", "m")
T("Report via Unseen helpline: caller is a cleaner in a big house in Surrey. Works for a family for 10 years, paid well, has her own flat, goes home to Portugal twice a year. She's calling because a friend of hers working for another family doesn't get days off. Caller herself has no concerns.", risk="l")
T("He took me to every appointment. The social worker thought he was a good husband.",
  "ROM", "et rm", "", "m")
T("IP (Albanian F, 22) explains that the boyfriend who brought her to the UK is the one who arranges the men. He texts her the addresses, the driver waits outside each time and brings her back to the flat. She has never been into a shop alone in England.",
  "ROM", "et rm", "S", "h")
T("INT 2/B/P: fishing vessel moored at Newlyn, crew of 6 Filipino deckhands. Reports they cannot leave the boat when in port, passports held by skipper, 20-hour shifts at sea, paid $300 a month sent to a manning agent in Manila.",
  "ROM ROD EO WW", "rm dt lh ncw", "L", "h")
T("Crew of the trawler interviewed by GLAA: all hold their own passports and seafarer documents, shore leave permitted, wages paid monthly into home accounts in line with contract. Skipper cooperative. NFA.", risk="l")
T("Safeguarding referral: 16yo boy arrested in a county lines raid in a Kings Lynn flat. He had £600, 3 phones, and a knife. Says he owes 'P' for drugs the police seized last month and must keep running till it's paid.",
  "AV DB", "", "C", "h")
T("My partner and I have a shared location on our phones, we both agreed to it. He isn't controlling, I just wondered if it's a red flag?", risk="l")
T("The man said he would cut my face if I talk to police. He said this in front of the other girls. We live in the same flat where we work, 5 girls in two rooms.",
  "IT AC", "oa swp foa", "S", "h")
T("Warehouse (Amazon-style distribution centre) - agency workers' wage slips show deductions for 'accommodation', 'transport', and 'hi-vis and boots' leaving £12 for a 45-hour week. Accommodation is a terraced house with 10 beds.",
  "WW AC", "oa ct ppe ncw", "L", "m")
T("Rough sleeper (British, 40s) says a man offered him work on a building site with a room. Now he sleeps in a shipping container on the site, gets a bottle of vodka and £10 a day, and the man holds his bank card 'so he doesn't drink it all'.",
  "AV AC WW", "swp plc ncw", "L", "h")
T("ok so this car wash by the retail park, the lads look well, get a break every 2 hours, theres a rota on the wall and they all have uniforms and gloves, manager is a nice guy from Kurdistan who pays them properly I asked",
  risk="l")
T("A Sudanese man told me, as a Refugee Action volunteer, that he was picked up from the hotel by someone who offered 'cash work' and was taken to a farm to pick leeks and dropped back at 11pm. He was paid what was promised and went back voluntarily several times.",
  "", "ced", "", "l")
T("Witness: the old woman who runs the launderette has a 'niece' who is there from opening to closing seven days a week, and sleeps in the back. She's never paid — I heard the old woman say 'your money is for your family'. The niece is maybe 17.",
  "AV EO AC WW", "lh swp ncw", "L", "h")
T("Escorted from the dorm to the packhouse and back by a man with a clipboard and a dog.",
  "ROM IT", "et rm", "L", "h")
T("School nurse: Y7 girl from a Pakistani family is taken out of school for a 'family wedding' in Pakistan. Friends say she's scared she will be married there. Mum has her passport. Forced marriage unit contacted.",
  "AV", "", "", "h")
T("The parents of the boy were stopping him going out with a group who they thought were dealing. They took his bike and phone for a month. He reported them for 'slavery'. Spoken to both — parental discipline, no offences.", risk="l")
T("Log: Female attended front counter at Luton station. States she was brought to the UK as a wife for a man she'd never met; since the wedding she has done all the housework for him, his parents and two brothers, is not allowed to leave the house, and was beaten by her mother-in-law when she tried to phone home. She has burns on her hands.",
  "ROM ISO PSV AC", "rm iso pa", "D", "h")
T("I had a job picking daffodils, it was hard, 10 hours in the rain, and the pay was by the bunch so I earned not much. But nobody stopped me going, I left after 3 weeks, my passport was always with me.", risk="l")
T("Bank alert: account of a 19yo student receiving 15 transfers from unrelated people and sending them on within minutes. She says a man she met on Instagram asked to 'borrow' her account and now says she owes him if she stops.",
  "DB", "", "C", "m")
T("It's my aunty who brought me. She told my mum I would go to school in London. I have never been to school here. I do the floor, the washing, the baby. Aunty says if I tell anyone the police will send me back and I will be in trouble. I think I am 13.",
  "AV DEC IT", "foa", "D", "h")
T("Press summary: A couple in Cheshire were convicted after keeping a Bangladeshi man as a domestic servant for eight years. He slept in the cupboard under the stairs, cooked and cleaned for the family and was not paid. Neighbours said they had only ever seen him taking the bins out.",
  "AC WW ISO", "plc ncw iso", "D", "h")
T("Tenant's daughter (34, Down's syndrome) lives with her parents, who manage her money through an appointee arrangement. She goes to a day centre and has a boyfriend. Social services visit annually. No concerns.", risk="l")
T("Hmm not sure if this is anything but the Romanian lads at the recycling plant told me they have to give their bank cards to the foreman on payday and he gives them 'what's left'",
  "WW", "ncw", "L", "m")
T("INT 2/C/P: Premises at 118 Stanley Rd believed to be a brothel. Up to 6 females present, believed Thai. Females are not permitted to leave; food is delivered by a male who also takes their earnings each night.",
  "ROM WW", "rm ncw", "S", "h")
T("My boss pays me late sometimes, once it was two weeks late. I complained and it was sorted. Can I report him?", risk="l")
T("Staff at a care home in Norfolk told the inspector they work 13-hour shifts, 6 days, and are paid correctly and have their own passports. They said they are tired but happy to earn overtime. Staffing concern raised with CQC.", risk="l")
T("Sorry to bother the police but my sister's boyfriend took her bank card and her phone and she can only see us when he brings her. She works at the nail bar of his cousin and she says she hasn't been paid since Christmas. She's 19.",
  "ROM ISO WW", "et ncw iso rm", "L", "h")
T("We were told a big house, but it was a garage with no window and a heater. They charged £100 each a week for it.",
  "DEC AC", "plc", "", "m")
T("SS referral, Children's Services: Slovak Roma boy, 12, seen repeatedly at midnight washing cars outside a garage. Family say it is his uncle's business and he 'helps out'. Boy has not been registered at school since arrival.",
  "AV", "ced", "L", "h")
T("Fella with a van offering cash jobs on the Holloway Road, picks up the men at 7 and drops them back at 6, pays them on the day, £80 cash, I did it myself twice. Bit rough but fair.", risk="l")
T("She says that she was told her visa would be cancelled if she complained, and that the man from the agency reminds them of this every Friday when he brings the pay packets - which are always short.",
  "IT WW", "foa", "L", "m")
T("Migrant Help: client says his 'employer' drives him to a ATM every Monday and makes him withdraw money for 'rent'. He doesn't know what the rent is or who the landlord is. He works in a Turkish barber shop.",
  "WW", "et ncw", "L", "m")
T("INT suggests SMITH family (Traveller site, Kettering) recruiting homeless men from Northampton bus station, offering £50/day paving work; men are then kept on the site, their benefits claimed on their behalf, and not paid. 2/B/P",
  "AV DEC WW ROM", "ncw rm", "L", "h")
T("Referral (school): Y12 student, 17, Vietnamese, lives with a 'foster uncle' who is not approved by the LA. Works at a nail bar Saturdays and Sundays from 8 to 9. Says she gives all the money to uncle for 'the debt of her journey'. She seems tired and withdrawn.",
  "AV WW DB EO", "lh ncw", "L", "h")

# ---- part 3 ----
T("Officer handover, late turn, 29/11.\n\n1) Shoplifting at Co-op, Market St - male detained by security, known to us, Ken BROWN, NFA pending CCTV.\n\n2) Concern for welfare at 7 Cedar Close: neighbour called about a girl (poss 15/16, Eastern European) who was seen in the garden at 1am crying. Attended. Girl with an adult male, says he's her 'boyfriend' and she's staying there. She had no phone, said he 'looks after it'. He answered most questions for her and became agitated when asked to step away. She wouldn't give DOB. Male named as Arben DEDA, 31. Girl removed under police protection; now with EDT.\n\n3) RTC on the bypass, minor, both drivers exchanged details.\n\nPlease can early turn chase Children's Services and the MASH referral for item 2.",
  "AV ISO", "iso sfw", "", "h")
T("Handover 30/11 nights. Quiet shift. 1) Domestic at 12 Park Row - verbal only, husband left to stay with his brother. Both adults, DASH standard. 2) Missing person Elsie WARD (83, dementia) found safe at bus station, returned to her daughter who is her carer. Daughter upset, says she'll fit a door alarm. 3) Burglary at the allotments, shed forced, strimmer taken. 4) Drunk male at the Taxi rank, taken home by his friends. No crime outstanding for early turn.",
  risk="l")
T("Public report (translated from Polish via web form): My cousin came to work at a chicken factory in Norfolk through a man from our town. The man takes all the workers to the factory and back in his car, charges them £15 every day for this, and also rent £90 per week for a bed in a room with three others. My cousin says after paying there is nearly nothing left. The man has their bank cards 'so that he can pay rent automatically'. When my cousin wanted to change to another house the man said that he would tell the factory he is a thief and he will never work again in England. My cousin is afraid but he still goes out on Sundays to the Polish church alone. Please check this.",
  "WW AC IT", "ct oa ncw", "L", "h")
T("Interview note, NGO (Hope for Justice). K., 24, from Eritrea, arrived via Libya and Italy. In Libya she was held in a warehouse for months, beaten, and sold to another smuggler; she says women were taken out at night and raped. In the UK, she has been living with a friend from church in Coventry, is in the asylum system, and attends college. She says she is now safe and her friend does not ask for anything. Referral for trauma counselling; NRM for the exploitation in Libya.",
  "PSV ROM", "rm", "", "h")
T("Statement of Ms Ana C. (translated): \"I came with my boyfriend Ionut to London because he said we would both work in a hotel. After one week he said there is no hotel work and I must work on the street because we owe money for the room. I did not want to. He hit me with his belt. After that I went. Every night he was watching from the car. All money I gave to him. He said if I try to go back to Romania he will send photos of me to my father. I could not call anyone because he had my phone. One night a woman from a charity gave me a card and I called from a shop.\"",
  "DEC DB PSV WW IT ISO ROM", "ncw iso rm", "S", "h")
T("The elderly man at 41 never goes out - his son does all his shopping and holds his bank card since the stroke. Son is lovely, visits twice a day. Just flagging because someone on the street said he's a prisoner. Adult social care already involved, happy with arrangements.", risk="l")
T("ok this might sound mad but theres a takeaway on Kirk Rd and the same 2 young lads are there from 10am to 2am every single day, they sleep upstairs, and when i asked one where he was from the owner came out and said he dont speak english go away. the lad looked terrified. they never get a day off i asked the delivery driver",
  "EO", "lh swp sfw", "L", "m")
T("GLAA: Inspection at mushroom farm, Herefordshire. 40 pickers (Bulgarian, Romanian). Provided caravans, 4 per caravan, clean, heating working. Pay via payroll into own accounts, payslips correct; piece rate topped up to NMW. Workers interviewed privately: all hold their own ID, can leave site freely, one complained about a supervisor shouting. Supervisor retrained. Licence retained.", risk="l")
T("Safeguarding referral, A&E paeds: 15yo male, presents with stab wound to thigh, found in Ipswich with £400 and a train ticket from London. Mum reported him missing 5 days ago. Boy says he was 'staying with mates' and refuses to name them. Two phones, one of which keeps ringing. Strategy meeting requested re: county lines. Boy states he 'can't go home till it's paid back'.",
  "AV DB", "pa", "C", "h")
T("My wife is from Thailand, we've been married 9 years. Our neighbour reported that I was 'trafficking' her because she doesn't go out much. She is shy, she works from home as a translator and has her own money. She is angry about the report.", risk="l")
T("Case notes, Medaille Trust: M., 31, Indian (Punjab). Paid agent £14,000 for a 'work permit' in construction. On arrival in Southall he was taken by the agent to live in a gurdwara-adjacent house with 12 men and worked on a building site 7 days a week. Paid £20 a day, with the rest kept by the agent 'towards the loan'. Agent holds passport. M. was told that if he went to the police, immigration would deport him and the loan would fall on his father's land. M. knows the address and could leave, but said: 'where would I go, the debt is still there'.",
  "DEC DB WW ROD IT EO AC", "uf oa lh dt ncw foa", "L", "h")
T("my brother in law is a total control freak he checks my sisters phone and wont let her have friends round, she doesn't work and he gives her £50 a week for food. he's never hit her. shes thinking of leaving him and coming to live with me",
  "ISO", "iso", "", "m")
T("Health visitor: new mother, 22, living with partner's extended family. She says the mother-in-law keeps her passport and her marriage certificate, and she isn't allowed to go out without her husband or sister-in-law. She does all the cooking and cleaning for eight people and is frequently shouted at. Baby thriving.",
  "ROD ROM AC", "dt rm", "D", "h")
T("Report from farm shop customer: seen four men in the field in the pouring rain with no coats picking sprouts, the farmer's son driving the tractor alongside shouting. Then a van took them away. Called police. Police visit: workers from a licensed agency, PPE supplied, there'd been a shower, coats in the van. All fine.", risk="l")
T("INT (2/B/P): Female, DOB 2009, has been seen at 03:00 getting out of vehicle VRM BD21 KXC outside care home. Driver known: POI Tariq JAVED, 29. Believed she is being given cannabis and vodka and taken to parties in Oldham where she is passed between men. Staff report she has a new iPhone and hides it.",
  "AV PSV", "ced", "S", "h")
T("Debrief, Vietnamese woman, 28: \"I owed 28,000 pounds to the people in Vietnam. They said I can pay by working in a nail shop. The shop boss gave me room upstairs with three others, no window. I work 10 hours, 7 days. The boss gives me £100 a month, everything else goes to the debt. When I asked how much is left he says 'still a lot'. I go to work, I go to room. I do not know where I can go. One time he shouted that if I run away, my family will have a problem.\"",
  "DB WW AC EO IT ISO", "oa plc lh ncw iso", "L", "h")
T("Pt is 72, came to UK for kidney transplant privately abroad last year (Pakistan) and is now on immunosuppressants. Says the donor was 'a poor man who was paid'. Referred to renal team; trafficking in organs concern notified to HTA.",
  "AV", "", "O", "m")
T("Travel clinic: young man from Nepal says he's been offered a free trip to India for 'medical tests' by a man who helped his family with a loan, and then 'a small operation' for which he will be paid. He thinks it's a kidney. He hasn't gone.",
  "AV DEC", "", "O", "m")
T("INT 2/C/P: Male Pakistani national believed to be brokering kidney sales, recruiting Pakistani students in Birmingham with debts; flights to Lahore paid, 'donors' told they'll be paid £5,000 and kept at a guest house until surgery. One student returned with a scar and no money.",
  "AV DEC ROM", "rm", "O", "h")
T("Dear sir my friend tell me that her employer (big house in Chelsea, Arab family) is not allow her to go out even on Sunday, he lock the gate and take the key, she is there 2 years, she sleep with the children in their room and is working all day and night, her passport is in the sir safe, she can only call her family from the madam phone with madam listen. please help her",
  "ROM EO ROD ISO", "rm lh dt iso", "D", "h")
T("Kids from the estate always hang round the chip shop, one of them told me an older lad gave him a new phone and now he has to 'do runs'. He's about 12.",
  "AV", "", "C", "h")
T("Youth worker: Jayden (15) told me his dad drives him to football and picks him up, won't let him take the bus because of what happened to his cousin. Jayden thinks it's embarrassing. I told him his dad sounds like he cares. No concerns.", risk="l")
T("He had a photo of my house in Timisoara on his phone and my daughter going to school. He didn't say anything. He just showed me.",
  "IT", "", "", "m")
T("Body-worn footage review: officer at the nail bar asks the worker her name and age; the manager steps in and says 'she doesn't speak English, she's 20, she's my niece'. Worker keeps eyes down. Officer doesn't speak to her alone. Review: missed opportunity.",
  "", "sfw", "", "l")
T("They told me I would study. I cooked and cleaned for a family of six for three years.",
  "DEC", "", "D", "m")
T("IP says she was 'rented' to men in a flat in Glasgow by her cousin for six months. She was given drugs to 'keep her calm' and was raped by one man when she refused. The flat door had a code she didn't know.",
  "PSV ROM AV", "rm", "S", "h")
T("INT suggests males working at the recycling plant (Unit 7, Canal Ind Est) are brought at 05:30 in a black Transit, VRM YX17 KNP, and collected at 20:00. Site manager (POI LUKAS) holds their ID cards in the office. Workers seen eating from bins. 2/B/P",
  "ROD EO", "ced et dt lh pa", "L", "m")
T("Referral from a dentist: 17yo girl, Romanian, attended with a man claiming to be her 'manager'. Missing teeth, she says she fell. He paid in cash from a roll of notes. She asked quietly if the dentist 'knew a way to go home'. Man put his arm around her and took her out.",
  "AV ROM", "pa sfw et rm", "", "h")
T("There's a Vietnamese lady in our block, she works at the nail salon in town, she goes in by herself every day on the bus and she told me she likes it there, she's saving to bring her son over. No issue, just someone's racist gossip.", risk="l")
T("Family court: father applying for an order to keep children's passports due to risk of abduction to Algeria. Mother agrees to lodge them with solicitors. Not an exploitation matter.", risk="l")
T("My daughter (17) has started working at a hotel in the city. They keep the staff's phones in lockers during the shift and she gets it back at breaks. She is paid properly and comes home every night. Is the phone thing legal?", risk="l")
T("Boat crew (Ghanaian) on a scallop dredger say the skipper kept them aboard in harbour for 6 weeks, none allowed ashore, food was rice and fish scraps, hit one man with a rope. Their pay had 'deductions' so nothing was left.",
  "ROM AC PSV WW", "rm plc ncw", "L", "h")
T("Woman at bus stop: 'my husband goes with me to work and back and sits in the car all day. at home he has the money and locks the phone in a drawer. I work at the Chinese takeaway in town, he is the boss cousin. I get nothing.'",
  "ROM ISO WW", "et rm iso ncw", "L", "h")
T("Report to CEOP: a 14-year-old boy was persuaded to send indecent images to someone posing as a teenage girl; they now demand money or they will send the images to his family and school. He has paid £50.",
  "AV IT", "", "S", "h")
T("POI 'Sasha' operates a Telegram channel recruiting Ukrainian women for 'cleaning jobs in UK hotels, free accommodation'. Two women who replied were met in Dover and driven to a flat in Luton where they were told they owe £3,000 for travel and must see clients. 2/B/P",
  "DEC DB", "et", "S", "h")
T("The caravans at the back of the farm had no water or toilet and the roof leaked onto the beds. Eight of us lived in two caravans.",
  "AC", "plc oa", "L", "m")
T("Called 101 as my neighbour's au pair told me she's paid £100 a week pocket money and works from 7 till 7. Police passed it to GLAA. They checked — she's on an au pair arrangement, has her own room, her own passport, goes to English class, weekends off. Advice given to family about hours.", risk="l")
T("Jail call intercept summary: POI tells unknown female 'make sure the girls don't go out, the phone stays with you, and if the Polish one asks for her money again, remind her about her sister'.",
  "ROM ISO WW IT", "rm iso ncw", "S", "h")
T("i work at the petrol station and a woman comes in every day with a man who pays for her, she has bruises on her arms and when i asked if she was ok he said she's fine and she looked at the floor",
  "", "pa sfw", "", "l")
T("Nigerian girl 16 found at Heathrow with a 'sister' who wasn't her sister. The sister had the girl's passport, a false one. The girl said she was coming to look after a family's children in Essex and go to school there.",
  "AV ROD", "dt", "D", "h")
T("They put eight of us in one room with bunk beds, two toilets for thirty people, and they take £60 a week for it from our pay at the meat plant.",
  "AC", "oa plc", "L", "m")
T("Witness statement, taxi driver: \"I've picked up the same group of men from the B&B on Station Road at 4:45am several times and taken them to the factory in Wisbech. An older man always comes with them, pays the fare from a bag of cash, and tells them to sit quiet. On the way back one of them asked me to lend him my phone to call his wife. The older man took it off him and gave it me back and said 'no calls'.\"",
  "ISO", "ced et sfw iso", "L", "m")
T("Family living together in a 3-bed: mum, dad, 4 kids and grandma, overcrowded but it's their council flat, they're on the list for a bigger one. Someone reported it as 'people being kept'. Housing officer: no concerns.", risk="l")
T("A man from Eritrea says he was held in a house by smugglers in Calais area until his family sent more money; he was then brought to UK, is now in asylum accommodation and is free. He says nobody in the UK has exploited him.",
  "ROM", "rm", "", "m")
T("NRM referral (first responder: LA). Subject: Ms P., 38, British, learning disability. Befriended by a man at the day centre who moved her to his flat. She now cleans for him and his brothers, gives him her benefits, is not allowed out without him and has a bruise on her cheek she says was 'an accident'. Her mum hasn't seen her in 3 months.",
  "AV ROM ISO PSV", "ncw rm iso pa", "D", "h")
T("The manager speaks for everyone. We don't talk to inspectors.", "", "sfw", "", "l")
T("Public report: SOMEONE NEEDS TO LOOK AT THE CAR WASH ON THE A61!!!! THE POOR LADS ARE THERE IN THE SNOW WITH NO GLOVES NO PROPER SHOES, BOSS SITS IN HIS MERC ALL DAY, THEY SLEEP IN A PORTACABIN, THEY DONT GET PAID THE BOSS TOLD MY HUSBAND THEY 'WORK FOR THEIR KEEP'",
  "AC WW", "swp plc ncw", "L", "m")
T("Caseworker: client (Slovak, 35) says the boss at the sandwich factory was tough, shouted a lot, and once paid him a week late. He left for a better job, took his passport and his last pay with him. Was asking for help finding housing, not exploitation.", risk="l")
T("Children's Services: Ethiopian girl, 17, arrived on a domestic worker visa with a family. Says she cannot go out, sleeps on the kitchen floor, has not been paid, and is beaten with a belt when the children cry.",
  "AV ROM AC WW PSV", "rm plc ncw", "D", "h")
T("Dementia care - my mum lives with me and I put a lock high up on the front door and took her car keys after she drove to Scotland by mistake. Carers come in daily. I feel guilty about it. Is this deprivation of liberty?", risk="l")
T("IP states she was driven from the Manchester flat to Birmingham, Leeds and Sheffield, a different hotel every two nights, always with 'Tomi' in the next room. She never had a key card.",
  "ROM", "et rm", "S", "h")
T("Men from the car wash were all smiling and joking, they're on the payroll, I saw the boss's HR folder. They go home on the bus at 6. Nothing wrong here.", risk="l")
T("INT: Male (Albanian, poss 17) at cannabis grow, Linden Ave, seen through window by neighbour. Neighbour heard him shouting 'let me out' and banging on the door at 11pm tonight. 1/A/P",
  "AV ROM", "rm", "C", "i")
T("They said I had to pay £50 for boots and a hi-vis before I could start at the recycling plant, then another £20 a week for the minibus.",
  "", "ppe ct", "", "l")
T("Sister found my brother working at a car wash in Birmingham. He's 20, has autism. The 'friend' who got him the job takes his wages, has his passport, and won't let him visit home. He sleeps at the car wash in a storage room.",
  "AV WW ROD ROM AC", "ncw dt rm swp", "L", "h")
T("Probation (PSR): offender convicted of s1 MSA, kept two men working on his farm for four years with no pay, housed in a cattle shed, beat them with a stick, and told them the police would lock them up if they left.",
  "WW AC PSV IT", "plc foa", "L", "h")
T("my girlfriend says I'm controlling cos I want to know where she is when she goes out late, I'm just worried. she can go where she likes. is this abuse?", risk="l")

# ---- part 4 ----
T("Safeguarding referral from Year 6 teacher, St Anne's Primary.\n\nPupil: Mariam (10). Mariam's mother collects her at the classroom door every day and will not let her attend after-school clubs or birthday parties. Mum has explained to the head that the family fled domestic violence in 2024, the father has a non-molestation order against him, and she is frightened he will find them. Mariam is happy, well presented, attends 98%, and talks warmly about home. She has friends in class and plays at break.\n\nThe class TA raised a concern after Mariam said 'mummy never lets me go anywhere', which has been discussed with the DSL. Assessment: protective parenting in the context of a real risk from the father; no indicators of neglect, exploitation or harm at home. Actions: explain to staff; offer Mum a referral to the local DA service; no further safeguarding action.",
  risk="l")
T("Debrief, interpreter present (Amharic). S. is 26. She says she worked for a family in Jeddah for two years and came with them to London when the father was posted to the embassy. In London the madam took her passport 'for the visa' and she did not see it again. She was not allowed to leave the flat in Knightsbridge unless the whole family went out and she carried the bags. She slept on a mattress in the utility room. She says she started at 5:30 with the breakfast and finished after midnight when the older sons came home. She was paid for the first two months and then the madam said her salary would be 'saved' for her and given at the end of the contract. She has not been paid since. When she cried, the madam pulled her hair and said she would tell the police that S. had stolen jewellery and S. would go to prison. She escaped when a neighbour's cleaner slipped her a phone number.",
  "ROD ROM AC EO WW PSV IT", "dt rm plc lh ncw", "D", "h")
T("Intelligence report. OFFICIAL-SENSITIVE. Grading 2/B/P.\nSubject: 'Milano' line (Class A supply, London to Lowestoft).\nINT suggests line holder is POI ADEYEMI, Tunde (DOB 14/07/01). Runners are local boys aged 14-16 recruited from a Lowestoft PRU. Runners are housed for up to a week at a time at the flat of a vulnerable adult female (heroin user, known to ASC) at 22 Seaview Court. Runners are not given keys and are told not to leave the flat except to serve. Runners' personal phones are taken on arrival and returned when they are sent home. One runner (15) was hit with a bat after a customer paid short. Another runner's mother has received messages saying her son 'owes 2k'.\nRequest: safeguarding strategy for all identified children; welfare visit to Seaview Court.",
  "AV ROM ISO PSV DB IT", "rm iso", "C", "i")
T("Council environmental health: inspected Chinese restaurant after a complaint about a rat. Kitchen hygiene poor; rated 1. Staff (5) have own homes, paid via PAYE, hours normal. Manager given improvement notice. No welfare concerns about staff.", risk="l")
T("Transcribed from a voicemail to the helpline (caller speaking Romanian, translated):\n\"Hello, I am calling for my brother Ionel. He is at a farm near Boston with other men. A man called Nelu took them there in the night from Luton, in a van with no windows. Now they work in the fields from five in the morning. They live in a container, twelve men. Nelu takes the money from the bank every Friday with their cards. Ionel rang me from the phone of a Lithuanian man because Nelu took his phone and said it was to stop the men 'talking rubbish to their wives'. Ionel does not know the name of the place. He says there is a big grey barn and a windmill. Please, he says Nelu has a knife and said the last one who left was found in the river. I don't know what to do.\"",
  "ISO AC WW IT EO", "et oa plc ncw iso lh ced", "L", "h")
T("Prison chaplain: Albanian prisoner serving 2 years for cannabis cultivation said he was 'the gardener' and was locked in the house in Hull, the men came once a week with food, and he owed €15,000 for the journey. He was 18 when arrested. He has never had a solicitor raise this.",
  "ROM DB", "rm", "C", "m")
T("Hi, I'm a carer for my grandad who has Alzheimer's. I manage his money with a lasting power of attorney and take him to all his appointments because he forgets. A nurse asked me today if he was 'being controlled', which upset me. Can you confirm I'm doing nothing wrong? He's happy and sees his friends at the day centre.",
  risk="l")
T("Hotel night manager reports: room 214 booked by a man for 7 nights, paid cash. A young woman, looks about 16, has been in the room the whole time, different men have gone up, she has been seen in the corridor in a dressing gown asking for food. The man takes the key card with him when he leaves. She is in the room now.",
  "AV ROM", "rm", "S", "i")
T("Letter from a member of public (handwritten, scanned):\nDear Police,\nI live opposite the big house on Manor Rd that has the new car wash sign. Since the summer there are about 9 or 10 young men who live in the house, I count them going out at seven in the morning in a line to the car wash and coming back at nine at night, even on Sundays, even on Christmas day. They never go anywhere else. One of them has a bad limp. They always have a man with them, the one with the white Range Rover. I brought some food once and he told me they do not need charity and I should go home. I am 80 and I don't want trouble but I don't think it's right. There are also two families in the next house who are lovely, they are nothing to do with it.\nYours, Mrs E. Hodge",
  "EO ROM", "ced lh et rm pa sfw", "L", "m")
T("Caseworker note: client (F, 33, Romanian) in refuge after leaving husband. Husband controlled all money, checked her phone daily, and stopped her seeing friends. She worked as a cleaner and handed him all her wages. He hit her when she was 'late' home. Discussed: DA with economic abuse; she also reports he made her work extra cleaning shifts for his friends for no pay.",
  "ISO WW PSV", "iso ncw", "L", "h")
T("Bail variation hearing: defendant wants curfew moved to 2100 to work late shifts at a warehouse. Employer letter supplied. Granted. Tag fitted.", risk="l")
T("Referral (A&E, gynaecology): 19yo female, Albanian, presents with injuries consistent with repeated sexual assault. Attended with an older woman who says she is an aunt. Pt disclosed in private (interpreter via phone) that she is kept in a flat with other girls, the aunt takes the money from 'customers', and she can't leave. She asked us not to let the aunt know.",
  "PSV ROM WW", "pa rm ncw", "S", "i")
T("A trusted friend of ours runs a Polish deli and employs two lads from his home town. He gave them a room each above the shop at low rent. They work 40 hours, go clubbing at weekends, one has just bought a car. Someone anonymously reported him to the council for 'housing workers'.", risk="l")
T("Log: 18:05 Caller (male, Indian accent) at Tesco on Ring Rd says his employer has left him in the car park after shopping and told him to wait, he wants to run but has no passport, no money, does not know where he lives, only 'the restaurant'. Officers attended: male located, employer arrived and was arrested for s1 offences.",
  "ROD ISO WW", "dt iso fpe ncw", "L", "h")
T("The Vietnamese lady's new husband takes her to the nail salon and brings her home, she says it's because she doesn't drive. She has her own bank account and sends money to her mum. No concerns raised by neighbour, only asking.", risk="l")
T("Report from supermarket security: a group of 5 women are brought into the store each morning by a man, they steal meat and razors and walk out, he waits in the car. They look underfed and scared. One told staff in broken English that she has to bring £200 a day or 'no sleep'.",
  "IT ROM", "pa et rm", "C", "h")
T("Local authority safeguarding, adults: Mr K., 62, alcoholic, living in a garden shed behind a house in Bedford where he has 'worked as a handyman' for the owners for five years. He gets food and cider, no money. The owners hold his bank card and draw his pension. He says they're 'family' to him but admits he's not allowed in the house.",
  "AV AC WW", "plc swp ncw", "L", "h")
T("We went to the Slough house because the lady on the app said a job in a bakery with a room. Both was true. The pay was bad but they paid. I left after a month for a better one. That's all.", risk="l")
T("2/A/P. Source (insider) states the manager of Golden Spa (Unit 3, Ashgrove) takes all passports of the Thai women on arrival and keeps them in a locked filing cabinet. Women live in the spa, sleep on massage beds. Women are told the 'agency debt' is £20,000 each and increases by £200 for every day they don't work.",
  "ROD DB AC", "dt swp", "S", "h")
T("Witness (colleague): the other agency worker told me the guy who drives them takes £15 a day and also keeps their bank cards. I asked her why she doesn't leave and she said she doesn't know where the house is, it's always dark when they go.",
  "WW ISO", "ct ncw iso ced", "L", "m")
T("Social media post: Thank you to the lovely lads at Sparkle car wash who got my car spotless in the rain, and the owner who gave them all a hot drink and sent them home early when it got too cold. Proper employer.", risk="l")
T("An Indian student on a visa working 20 hours at a restaurant says the owner made him work 50 but only paid for 20, saying 'if you complain I'll tell the Home Office you worked too many hours'.",
  "WW IT EO AV", "lh", "L", "h")
T("Hospital discharge team: Mrs A (79) lives with her son who is her main carer. She doesn't go out unaccompanied because of falls. Son manages her medication. She has capacity and says she's happy. OT visiting.", risk="l")
T("i was told modelling job in London, they took pics of me for 'portfolio' then said i owe for the photos and the flat and i have to do 'private parties' to pay it",
  "DEC DB", "", "S", "h")
T("Officer's note, welfare check at a car wash: 5 workers, all Kurdish. Three had their own ID, two said the boss was 'keeping' theirs; all said they were paid; one had an untreated cut on his hand. They sleep at the boss's house, 5 in one room. No one would say more in front of the boss.",
  "ROD AC", "dt pa oa sfw", "L", "m")
T("Debrief (British male, 26): after he was evicted, 'Gaz' let him stay on his sofa, then said he had to pay rent by holding drugs in his flat and doing drops. When he said no, Gaz and two others broke his nose. Now his flat is used by them and he can't go home.",
  "AV PSV", "pa", "C", "h")
T("Au pair (Spanish, 20) reports host family take her phone at 9pm so she 'sleeps properly'. She's otherwise well treated, paid, has her own room and weekends off. Agency has spoken to the family and they've stopped.",
  "ISO", "iso", "", "m")
T("I worked on a chicken farm in Kent and the gangmaster took my passport and said I need to pay £500 to get it back.",
  "ROD", "dt", "L", "m")
T("Member of the public: there's a massage shop on Mill St, I think the girls live there, washing hung up in the back, the blinds always down, one guy brings them takeaway every evening and locks the door when he leaves",
  "ROM", "swp rm", "S", "h")
T("Neighbour dispute: Mr B complains the family at no. 12 have their teenage son 'locked in' because his window has bars. Attended: bars installed after burglaries, son goes to college daily. Both parties advised.", risk="l")
T("GLAA intelligence: licensed labour provider is charging workers £250 'registration' before their first shift and £30 for boots. Workers interviewed said they chose to pay and could leave; no other issues found. Licence conditions added.", "", "uf ppe", "", "l")
T("Eritrean man (in NRM) says he worked on a Libyan farm for a year with no pay, chained at night. Now in UK, in safe house accommodation.", "WW ROM PSV", "rm", "L", "h")
T("Report from bank: elderly customer (84) attended with a man who did all the talking, withdrew £4,000 cash. Customer seemed confused. Man said he's a builder doing her roof. Police and ASC notified re: suspected fraud.", risk="l")
T("Midwife home visit: 16-year-old, 30 weeks pregnant, living with 'husband' aged 28 and his parents. She left school at 14 when brought from Bangladesh. Does all the housework. Not allowed to come to appointments alone. Mother-in-law answers for her.",
  "AV ROM", "rm sfw et", "D", "h")
T("Factory floor (ready meals, Corby): workers told our auditor they sometimes do 12-hour shifts in peak season but they're voluntary and paid at time-and-a-half. Contracts and payslips in order. Some complained the canteen food is bad. No concerns.", risk="l")
T("IP (17, Sudanese) was picked up outside the hotel by men in a car who offered him work; taken to a house in Sheffield, made to sell weed and not allowed out except with one of them. They said his debt for the 'room' is £2,000.",
  "AV ROM DB", "et rm", "C", "h")
T("Note to file: Ms R (26, Nigerian) attends church and says the pastor and his wife found her a job at a care home, hold her passport 'to protect it', and 'take care' of her salary, giving her £40 a week. She says she trusts them.",
  "ROD WW", "dt ncw", "L", "m")
T("Passport Office: mother reports her son's passport was lost in the post when renewing. Standard replacement. No other issue.", risk="l")
T("Young Polish man at the soup kitchen says he was working on a building site for a 'boss' who housed him in a flat with 10 others, but he left two weeks ago because the boss stopped paying. He hasn't been threatened and has his ID. Looking for a new job.",
  "WW AC", "oa", "L", "m")
T("Wife reported missing by husband. Located at her sister's. States she left him after years of him reading her texts and refusing to let her see her family. Adult, no exploitation disclosed; DA referral.",
  "ISO", "iso", "", "m")
T("Car wash, Perth Rd: men sleeping in the car wash office, one said 'we're not allowed to go, the boss says the police will arrest us'. Passports with the boss.",
  "ROM IT ROD AC", "swp rm foa dt", "L", "h")
T("Open source (press, 2025): Two brothers were jailed for trafficking Slovak Roma into the UK, making them work in a sandwich factory, controlling their bank accounts and paying them £10 a week. Victims lived in a damp house with 17 people. One victim with a learning disability was beaten for asking for his bank card.",
  "WW AC PSV AV", "ncw oa plc", "L", "h")
T("Student, 20, international, says her landlord keeps her passport copy for right-to-rent checks. She has the original. Just wanted to check that's normal. It is.", risk="l")
T("Long-distance lorry driver (Lithuanian) reports his employer makes him drive 15 hours a day, pays him for 8, and took his ID card so he can't change jobs. He sleeps in the cab.",
  "EO WW ROD", "lh dt swp", "L", "h")
T("OK so I think my best mate's new boyfriend is grooming her. She's 15 and he's 24, he picks her up in his car after school and she won't tell her mum. He bought her a phone and says she owes him.",
  "AV DB", "", "S", "h")
T("Care home nurse (Zimbabwean) says the owner gave her a room in the home's attic, she works every shift she's given and some weeks that's 84 hours, and she's afraid to say no because her visa depends on him. She keeps her wages.",
  "EO AV", "swp lh foa", "L", "m")
T("Muslim girl (13) has been taken out of mainstream school by her parents who say she is home educated. Local authority visit: she is following a curriculum, goes to the library and youth club, and has a tutor. No concerns.", risk="l")
T("I was not allowed to go to the doctor. My tooth was rotten for one year. The boss said doctor is expensive and I will lose my work.",
  "ROM AC", "rm pa", "", "m")
T("Debrief (Chinese, 34): She says she was promised work in a restaurant kitchen in Manchester. It was a restaurant, but she also had to clean the owner's house and look after his mother at night. She slept on the sofa in the owner's home. She never had a day off in 10 months and the owner said he was keeping her wages to pay her 'agent fee' of £8,000.",
  "DEC EO DB WW", "lh uf ncw", "L D", "h")

# ---- part 5 ----
T("Strategy meeting minutes (extract), Adult Safeguarding.\nPresent: ASC (chair), police (DC OWUSU), GP practice, housing.\nSubject: Mr Pawel Z., 47, Polish, alcohol dependent.\nSummary: Mr Z. was found by housing officers living in the loft of a terraced house owned by Mr and Mrs T. He says he has done their building work and driven their van for three years in return for 'bed and beer'. He is given no money. The couple collect his Universal Credit, which is paid into an account Mrs T. set up for him; she holds the card. Mr Z. told the GP he is 'not allowed to go to the pub without Marek' (Mr T.) and that Marek checks his phone. He says Marek once punched him for drinking the van money. He does not want police action but wants to leave.\nDecisions: NRM referral (police as FR); move to emergency accommodation today; DWP to redirect payments; GP follow-up for liver function.",
  "AV WW ROM ISO PSV AC", "ncw rm iso plc", "L", "h")
T("Press summary: A family who ran a chain of hand car washes in the Midlands have been cleared of modern slavery offences after a jury heard evidence that workers were paid the minimum wage by bank transfer, lived in rented homes of their own choosing, and came and went freely. The family were fined for health and safety breaches after a worker was injured by a pressure washer.",
  risk="l")
T("Interpreter (Vietnamese): He says they kept him in the house with the plants for six months. There was a lock on the outside of every door and the windows were covered with black plastic. A man came every few days to bring noodles and check the lights. He was told if police came he must say he was the boss. He was 15 then. He was frightened because they had said that the men in the van would hurt his family in Nghe An if the plants died. He does not know the town. He was found by police when a neighbour smelled smoke.",
  "AV ROM AC IT ISO", "rm plc iso", "C", "h")
T("OIC review note (Op WILLOW): 14 victims identified across two restaurants and a hotel. Common pattern: recruited in Kerala by an agent charging ₹3-4 lakh for a 'skilled worker visa'; on arrival, BRPs collected by the sponsor 'for HR'; staff housed 6-8 to a flat above the restaurant; 'accommodation and visa recovery' deducted from pay leaving £200-£300 a month; phones not taken but staff told not to speak to other Indian people in the town 'who are jealous and will report you'. Hours routinely 70+. Two victims say the sponsor threatened to cancel their visas and 'make sure you never work in UK again' when they asked for payslips. None were physically restrained.",
  "DEC ROD AC WW EO IT ISO DB", "uf dt oa ncw lh foa iso", "L", "h")
T("Welfare visit to family home after anonymous 101 report that a 'girl is kept as a slave'. Found: Filipino nanny, 34, employed through a registered agency, contract on file, paid into own account, has own room with lock, passport in her own drawer, day off Sundays when she meets friends at church in town. She laughed at the suggestion and was irritated. Caller believed to be a neighbour in dispute with the family over parking. No further action.",
  risk="l")
T("Message to Crimestoppers (verbatim): theres a house on Wood lane the blue door, there is girls there that get brought in at night by a bloke in a audi, they look young like 15 16 and they are out of it, some fella told me at the pub he paid to go there, the girls dont come out in the day, somebody has to do something before one of them ends up dead",
  "AV", "ced et", "S", "h")
T("Note by an NGO outreach worker, night shift: Three women spoken to outside the Kings Road sauna. Two (British, 30s) say they work independently, pay the sauna a room fee, keep their earnings and choose their hours. The third (Romanian, 19) said very little; a man sitting in a car opposite watched the whole time and she looked at him before answering. She said her 'boyfriend' keeps her money so she doesn't spend it. She took a card.",
  "WW", "ncw", "S", "h")
T("She's allowed out. That's the thing. She goes to the shop every day. But she always comes back because he has the baby.",
  "", "", "", "l")
T("Job centre adviser: customer, 52, was on a work trial in a recycling plant, came back saying it was 'dirty and loud' and the supervisor was rude. Paid for the days he worked. Wants a different placement.", risk="l")
T("Referral from a GP practice manager: a man who registered 12 different adults at the practice in one afternoon, all Hungarian, all giving the same address, a 2-bed flat. He did all the talking and kept the registration letters. Two patients later came in alone and told a receptionist they work at a laundry 'for Zoltan' and haven't been paid yet after 3 months.",
  "WW AC", "sfw oa ncw", "L", "m")
T("INT 3/C/P: Unconfirmed: two girls at a shisha bar in Bolton may be under 18 and may be 'working' for the owner. Licensing visit found both aged 19 and 20 with ID, employed as waitresses, no concerns identified.", risk="l")
T("Hmm my uncle has a ward of 4 kids who are his wifes nephews from Afghanistan, they all go to school, he's strict, the boys complain they have to do chores at home and aren't allowed on Xbox on weeknights lol. just a normal family.", risk="l")

# ---- part 6 ----
T("Victim personal statement (read at sentencing, anonymised):\n\"When I came to this country I thought I was lucky. My friend's uncle said there was a job in a bakery, a room, and I could send money to my mother for her medicine. The first night, he took my passport and my phone and said he would keep them safe. I never got them back.\n\nFor two years I baked from four in the morning and then I cleaned his house and his daughter's house. I slept on a mattress behind the ovens. He said I owed him for the flight, for the food, for the room, and every month the number was bigger. He drove me to the bakery and back, and I only saw the street through the van window. I didn't know the name of the town until the police told me.\n\nHe never hit me. He didn't need to. He told me the police here would put me in prison because I had no papers, and I believed him. I still cannot sleep at four o'clock in the morning.\"",
  "DEC ROD ISO EO DB ROM AC IT AV", "dt iso lh swp et rm foa", "L D", "h")
T("Incident log 23:47, Friday. Call from taxi driver: female passenger (approx 20, Eastern European) got into his cab at a petrol station and asked to go 'to police'. Says she has been kept at a flat in Wembley, does not know the address, men come every night, the flat is locked, one man has her passport. She has a cut lip and is shaking. Taxi driving to Wembley station now; ETA 4 mins.",
  "ROM ISO ROD PSV", "rm iso dt pa", "S", "i")
T("Report from a community nurse, district team:\nI visit Mr and Mrs L (both in their 80s) three times a week for Mrs L's leg ulcers. Their grandson (24) moved in last year to care for them. The neighbour across the road has told me twice that she thinks the grandson is 'keeping them prisoner' because she never sees them out and the curtains are always closed. I have looked into this carefully. Mr L has advanced dementia and wanders, so the grandson keeps the door locked and the key on a hook by the door where Mrs L can reach it. Mrs L has full capacity, manages her own bank account and pension, phones her daughter daily, and told me in private that her grandson is 'a godsend'. Their house is clean and warm and they are well fed. I have no safeguarding concerns and have told the neighbour she is welcome to visit.",
  risk="l")
T("INT 2/B/P. Op HAZEL. Surveillance log summary, 3 days:\n- Day 1: 05:20 white Sprinter VRM GY70 HLL collects 11 males from 9 Carlton Terr; drops at Greenfields packhouse 05:55. 19:40 same van collects, returns 20:20. Driver POI Adrian ROTARU. No males seen leaving the house on foot.\n- Day 2: identical. At 20:30 ROTARU seen entering house with carrier bags of bread. Leaves 20:50, locks front door with key from outside.\n- Day 3 (Sun): 06:00 collection to a second site (car wash, Bridge St). Return 21:00.\nAssessment: workers transported and confined by ROTARU, no rest day observed, accommodation appears overcrowded for a 3-bed terrace. Recommend GLAA joint visit.",
  "ROM EO AC", "ced et rm lh oa", "L", "h")
T("Case study from a survivor support charity newsletter (published with consent):\nDaniela, from Moldova, answered an online advert for seasonal fruit picking in Scotland. The job was real, and so was the pay; the farm used a licensed recruiter, and she was given a contract in Romanian. What went wrong was her boyfriend, who travelled with her. In the caravan he took her bank card, checked her messages every night, and would not let her go to the shop with the other women. She was paid properly by the farm, but he kept the money and sent her mother nothing. The farm manager noticed she never came to the Friday barbecue and asked if she was OK. She told him. The farm helped her move to a different caravan and called the police. She now lives in Glasgow and works as a team leader.",
  "WW ISO ROM", "ncw iso rm", "L", "h")
T("Witness account (cleaner at a budget hotel): \"Room 12 and 14 were always the same man's booking, every weekend, cash. In them there were three or four girls, young. They had no luggage, just carrier bags. I was told by the manager not to go in. I did go in once to change towels and there were condoms everywhere, and a girl in the bathroom who grabbed my arm and said in English 'please, what town is this'. The man came back and pushed her into the bathroom and told me to get out. I told my manager and he said it's none of our business. I was worried about it for weeks, so I'm telling you now.\"",
  "ISO PSV", "fpe iso", "S", "h")
T("Reference request from probation for a man on licence who's been offered a job at a car wash. Employer provided written contract, minimum wage, 40 hours, and confirmed they do not hold workers' documents. Probation officer visited site: workers in PPE, breaks taken. Job approved.", risk="l")
T("Debrief summary (Nigerian female, 23, interpreted from Edo):\nShe says that her aunt arranged for her to come to Italy for hairdressing work. Before leaving she swore an oath at a shrine with her hair and nails. In Italy she was told she owed €40,000 and must work on the road. She was moved to the UK after two years by a 'sister' who took her to a flat in Birmingham, where she sees men arranged by phone. She gives all her money to the 'sister', who sends part of it to the madam in Benin. She believes that if she breaks the oath she will go mad. She is allowed to go out to the African shop and church, but the 'sister' calls her every thirty minutes. She has never been hit.",
  "DEC DB WW IT", "ncw", "S", "h")
T("Locked in at night. Walked to the site in the morning. That was it for a year.", "ROM", "rm", "L", "m")
T("Phone taken at the airport. First week I didn't even know what country.", "ISO", "iso", "", "m")
T("No one was held, no one was threatened, they were just badly paid.", risk="l")
T("Got my passport back the day I left, no problem, boss shook my hand.", risk="l")
T("The supervisor stands outside the toilet and times us.", "", "", "", "l")
T("Boss keeps our IDs in the office safe. Says it's in case we lose them.", "ROD", "dt", "", "m")
T("Rent, van, food, phone top-up - all taken first. What's left is £15.", "WW", "ct ncw", "", "m")
T("Mum drives me everywhere since the stabbing at my school. I hate it but I get it.", risk="l")
T("He said my little sister would be next if I stopped.", "IT", "", "", "m")
T("Always escorted to the shop, always.", "ROM", "et rm", "", "m")
T("Dad with dementia, we've put locks on, the social worker agreed.", risk="l")
T("Tag and curfew till March, then I'm free. Doing my time.", risk="l")
T("Public report (Facebook message forwarded by council):\nhi there i dont want to get anyone in trouble but something is wrong at the farm at the end of our lane, theres about 30 foreign workers living in old shipping containers and portaloos, no heating, they light fires in barrels to keep warm. a minibus comes at 4am to take them to the fields and they come back in the dark. the man in charge is always with them and shouts at them in their language. my son spoke to one of them at the bus stop who said they're paid £2 per crate and that the boss takes money for the minibus and the container every week so most weeks they get hardly anything. one of them had a massive bruise on his face. my son said he looked really scared when the boss's car turned up. thanks",
  "AC WW EO", "plc oa ced et ct ncw lh sfw pa", "L", "h")

# ---- part 7 ----
T("CCTV at Lloyds ATM, Green Lane: same male withdrawing with 7 different cards at 02:00 on payday, names on cards match workers at the local chicken factory. Workers later said 'Vlad keeps the cards, gives us £50'.",
  "WW", "mbc ncw", "L", "m")
T("Financial intel (SAR): one phone number and one IP address linked to 23 accounts opened for Bulgarian nationals, all receiving wages from the same cleaning contractor and emptied the same day at one cash machine in Walsall.",
  "WW", "mbc ncw", "L", "m")
T("Shop assistant: man bought £800 of gift cards with four different bank cards, said they were 'his workers' cards'. Reported as suspicious.", "", "mbc", "", "l")

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh174.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
            f.write(json.dumps({"id": "f174-%03d" % i, "text": text, "indicators": ind,
                                "signs": sig, "exploitation": typ, "risk": risk},
                               ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)

if __name__ == "__main__":
    main()
