def add(T):
    T("Kidney transplant patient at Addenbrooke's, donor is his brother. Routine safeguarding check by renal team, no concerns.")
    T("Source reports that a Moldovan worker on a Lincolnshire farm was told his debt of £6,000 could be cleared if he travelled to Turkey to 'sell a kidney'. He has been shown a clinic website. Recruiter named as Sergiu.",
      "DB DEC AV", "", "O L")
    T("worker on the potato grader says the boss took everyones phone and they only get them back on sunday for 1 hour, and they are not allowed in town",
      "ISO RM", "IS RMS", "L")
    T("Living donor assessment: patient's wife wants to donate. Both interviewed separately with interpreter. Consistent accounts, no payment, no pressure. Proceeding.")
    T("Hungarian woman says when she tried to leave the packhouse accommodation the landlord's son pushed her down the stairs and said next time it would be worse. She has a broken wrist.",
      "PSV IT RM", "PA", "L")
    T("Intel log: OCG using Spalding salad packer as cover; believed to be moving Romanian females between the packhouse and brothels in Peterborough. Women work days at packing and 'see clients' in the evening. Phone numbers on Vivastreet ads linked to 07700 900418.",
      "", "", "S")
    T("Report: I am scared for my brother. The men at the cockle beds said if he talks to the police they will drown him. He has no papers and they keep him in a house in Southport with no key.",
      "IT RM AV", "FA RMS", "L", "high")
    T("We are 22 men in one house in Kettering. They say house is free but then take £70 each week. No heating, rats, 2 toilet. We work in the chicken factory 6 day.",
      "DEC AC WW", "OA PLC", "L")
    T("Manager at a legitimate soft-fruit grower rang to say a new worker came with a man who did all the talking and wanted the wage paid into his own account. They refused and called us. Worker now spoken to alone; says the man 'helps' him and charged him for the bus from Bucharest. Worker appeared relaxed once the man had left, and said he had his own passport. We gave him the helpline number in Romanian. Manager will pay wages into the worker's own account only and will call us if the man returns or tries again. Intel submitted on the man's vehicle, a grey Skoda Octavia with Romanian plates. The farm's other 300 workers were recruited directly and there are no concerns about them.",
      "", "SFW UF", "L")
    T("Call: woman from the onion factory being beaten by her boyfriend at home. Domestic abuse. No link to work. DASH completed, high risk, MARAC.",
      "", "", "", "high")
    T("Statement: 'I worked on the boat 3 years. When I ask for my wages the captain says I owe for food, for the flight, for the phone. Every month the debt goes up. I never see money.'",
      "DB WW", "NCW", "L")
    T("Gangmaster's cousin follows the workers to the shop, to the doctor, everywhere. They can't go anywhere without him.",
      "RM", "RMS ET", "L")
    T("UK national man, 58, alcohol-dependent, picked up from outside a hostel in Lincoln by a couple who promised him work and a room. Now laying patio slabs and mucking out horses for them for drink and a bed in a shed. Found with rope burns on wrists.",
      "AV DEC WW AC PSV", "SW PLC PA", "L")
    T("Strawberry farm Hereford, 1,200 seasonal workers on site. GLAA licensed labour provider, on-site welfare officer, workers' helpline posters in 6 languages. Audit found minor issue with holiday pay calculation, corrected.")
    T("Farmer reports worker complaining about being made to work in the rain. Worker was offered waterproofs free of charge and chose to continue; hours within contract. No further action.")
    T("INT 2/B/P. Crew on Irish-registered whitefish boats landing at Fraserburgh: Egyptian crew told by skipper they are not allowed off the boat, as they 'are not in the UK legally'. Some crew show signs of injury from gear. Skipper has their seaman's books.",
      "RM RD", "RMS DT PA", "L")
    T("The boss shouted at us every day 'I will send you back to Nepal, you will never work again'. We were so scared we said nothing when the inspector came.",
      "IT", "FA", "L")
    T("Local authority: planning enforcement at Blackthorn Farm found 6 caravans behind the barns, not declared, 30+ occupants. Cesspit overflowing. Occupants work on the farm; most ran off when officers arrived.",
      "AC", "OA PLC FA", "L")
    T("Boy 14 from Roma community found working on a building site in Derby with his uncle during school hours. Uncle says the boy is 'learning the trade'. Education welfare referral.",
      "AV", "", "L", "high")
    T("Person says her boss at the food factory kept her passport when she started so she wouldn't 'run away to London'. She asked for it back to open a bank account and was told no.",
      "RD", "DT", "L")
    T("DWP: 11 benefit claims (UC) linked to the same address in Boston and the same mobile number. Claimants are Bulgarian workers at a vegetable packer; bank cards for all 11 appear to be used at one cashpoint by a single male.",
      "WW", "MBC NCW", "C L")
    T("Farm tour complaint: visitor thought seasonal workers looked 'exhausted and sad'. Farm contacted; workers on normal 8-hour shifts, on-site shop, football pitch, wifi. No concerns identified.")
    T("IP now safe in Salvation Army house. Says for 2 years on the farm in Wales she was never allowed to phone her mum. The farmer's wife read all her letters. She did not know the name of the nearest town.",
      "ISO", "IS", "L D")
    T("999 open line, shouting in Romanian, female screaming 'help, he is hitting', background sounds of machinery. Cell site puts phone near a processing plant, Rushden. Units attending.",
      "PSV", "", "", "immediate")
    T("Worker (Latvian) asked the union about working 60 hours a week at a meat packer. He wants to do the overtime to save for a house. He has signed the 48-hour opt-out and can cancel it. Advised on rights.")
    T("Reports that a gang leader at a Norfolk turkey plant has told the women that if they don't have sex with him their visas will be cancelled and they'll be deported.",
      "IT PSV AV", "FA", "L S")
    T("There are 3 Indian men working in a takeaway kitchen in Ilford. They sleep in the store room on cardboard. They say they pay the owner £5,000 for their 'visa sponsorship' and he pays them nothing yet.",
      "WW AC DB", "SW UF PLC", "L")
    T("shellfish pickers at Boston Deeps were put to work on the mudflats in the middle of the night with no light and no food, one lad collapsed, they were told to carry on or no pay",
      "AC IT", "", "L")
    T("INT 4/C/P (uncorroborated). Suggestion that an abattoir owner 'buys' workers from a Romanian contact for £300 each. No further detail.",
      "", "", "L")
    T("Social worker note: Mr D is 34 with a learning disability. He has been working at a relative's chicken farm since leaving school. Paid through proper payroll, lives with his mum, goes to a day centre on Fridays. He says he loves the chickens. No concerns.")
    T("HMRC: agency ‘BestFresh People Ltd’ deducts £45/week for 'uniform and safety' from 200+ packhouse staff; uniforms are one t-shirt and a hairnet.",
      "WW", "PPE", "L")
    T("Ukrainian seasonal worker: 'They promised 40 hours. We got 15. We pay £75 a week for caravan anyway. I cannot change farm, the visa is for this one. I am sending nothing home and my debt from the agency is $2,500.'",
      "DEC WW DB AV", "UF", "L")
    T("Call from landlady in Grimsby: male lodger works at fish dock, no issues, just reporting he hasn't paid rent for 2 months. Civil matter.")
    T("Vietnamese girl, 17, rescued from a cannabis factory above a disused chicken shed in Lincolnshire. Doors padlocked from outside. She had been there 'two summers'. Thin, lice in hair.",
      "AV RM AC", "RMS PA SW", "C", "high")
    T("Nail bar worker (not farming) - said the boss holds her passport and she works 10am-9pm 7 days a week. She gets £150 a week cash and owes the boss for the flight.",
      "RD EO WW DB", "DT LH", "L")
    T("Partner referral: 6 Eritrean men in a car wash in Corby. The owner tells them police will deport them if they talk to anyone. They live above the car wash and are not allowed out except with him.",
      "IT RM", "FA SW RMS ET", "L")
    T("He took my phone and said I could call home when I paid off my ticket. He would check on me every night. I have not talked to my daughter since the plums.",
      "ISO DB", "IS", "L")
    T("Harvest festival at Holbeach primary - farm workers' kids, many nationalities, lovely event. Logging PCSO attendance.")
    T("Hypothetical enquiry from an employer in Kent: 'if we let seasonal workers stay in caravans on site do we need a licence?' Advised re GLAA licensing and caravan site licences.")
    T("Statement by Albanian worker at a Cornish daffodil farm: 'I don't know where we were. They drive us at night. No signal on phone. Only fields.'",
      "ISO", "IS", "L")
    T("The foreman keeps a list of everybody's visa expiry and threatens to 'report' anyone who complains about the pay. Last week he said he'd have Ana's visa cancelled.",
      "IT", "FA", "L")
    T("Chicken catching gang, 4 Lithuanian lads in a van at 2am, pulled over for no insurance. Lads all said the driver was their boss and they don't have any money, boss pays them 'at Christmas'. Driver answered for all of them.",
      "WW", "SFW CE NCW", "L")
    T("Pre-arranged visit to Riverside Seafoods, Hull. Workers have contracts, payslips, own accounts, union recognised. Manager explained night shift pattern (4 on/4 off). No indicators found.")
    T("INT 2/B/P: Polish national Tomasz NOWAK (nom) recruiting homeless UK men from Birmingham and Coventry for labour on farms. They are housed in a derelict bungalow in Warwickshire, given cheap cider, 'fined' for lateness and told they owe rent arrears. One was kicked in the head when he said he'd leave. Research shows NOWAK has a 2019 conviction for ABH. Bungalow is on land owned by a farming company which uses 'casual labour' at harvest; no record of the men on any payroll. DWP checks show two of the men have benefits paid into an account held in NOWAK's partner's name. Recommend joint operation with Warwickshire Police and GLAA. Source has direct access and has seen the bungalow.",
      "AV DB PSV AC IT WW", "PLC NCW", "L")
    T("My dad works in the fish factory he works nights sometimes 12 hours but he is paid and he wants the money. my teacher asked me if he is a slave lol no he isnt")
    T("Worker denied any threats or violence and says she keeps her own passport, but admits she has not been paid for the last 6 weeks and the supervisor has her bank card.",
      "WW", "NCW", "L")
    T("Farmer is a victim here: his foreman (Slovak) has been taking a cut of all the workers' wages without the farmer's knowledge, making them hand over £40 a week each in cash in the car park.",
      "WW", "NCW", "L")
    T("Police Scotland note: fishing vessel crewman from Sri Lanka presented at A&E Ullapool with a fractured arm, said he 'fell'. Crewmates later told the nurse the mate broke it with a winch handle because he refused to work a 3rd straight day without sleep.",
      "PSV EO", "PA LH", "L")
    T("Passenger on bus from Wisbech to Spalding reports 5 men in work clothes who 'look poor and smell bad'. No further detail. Advised.")
    T("IP is 16 (claims 18), from Vietnam. Brought via lorry, debt $25,000. Worked in a 'vegetable farm' under plastic in Essex, not allowed to leave the polytunnels, slept in a portakabin. Minders with dogs.",
      "AV DB RM AC", "RMS SW", "L", "high")
    T("Caller (nurse) says she has worked 14-hour shifts all week at the hospital by choice to cover staff sickness, and wants to report her car being vandalised in the staff car park.")
    T("Tip: man runs an 'agency' from a café in Peterborough, placing workers into 3 food factories. Workers pay him £200 cash up front and then £20 a week 'for the job'. He keeps their passport copies and originals.",
      "WW RD", "UF DT", "L")
    T("Salmon farm worker (Norwegian company, Skye) reports bullying by a colleague. HR matter, worker has union support. No exploitation.")
    T("A woman at the community larder says her husband and sons pick fruit for a local farm, the farmer has not paid for August and says he won't pay them at all if they report him. They are frightened because the farmer 'knows the police'.",
      "WW IT", "FA", "L")
    T("Victim account (learner English): 'we live in container on farm, 12 man, one shower no hot. boss lock door in night, say is for safety. if fire we die.'",
      "AC RM", "OA PLC RMS", "L")
    T("ANPR: vehicle FY67 TPO linked to LP with GLAA licence refused. Seen entering 4 packhouses in S Lincs between 0445 and 0530 with 8+ occupants each trip.",
      "", "CE", "L")
    T("Au pair (Spanish, 20) contacted Citizens Advice: host family in Surrey make her clean and cook 12 hours a day, she gets £40 a week, they took her passport 'to register her with the GP' and haven't given it back. She isn't allowed out in the evenings.",
      "EO WW RD RM", "LH DT RMS", "D")
    T("Bloke at the pub says they make the foreign lads at the pork factory work 'like slaves'. When asked, he meant they are fast and work hard. No specific info.")
    T("Two workers from a fruit farm in Angus came to the police office to report assault by another worker in the caravan park after a drinking session. Both have their own documents and say work is fine. Crime recorded as common assault.")
    T("Report by Unseen helpline: man from Kenya on a seasonal worker visa at a Scottish berry farm says the recruiter in Nairobi took KSh 500,000 and told them the job was 9 months; it was 3. The farm is now threatening to report them to the Home Office if they don't leave the caravans. He sent us photos of the WhatsApp advert and the recruiter's receipt. Six other Kenyan workers on the same farm are in the same situation. Referred to the GLAA and the Home Office's seasonal worker scheme team; caller given details of a Swahili-speaking caseworker. Follow-up call booked for Monday morning with the caller and an interpreter from our partner organisation.",
      "DEC DB IT", "UF FA", "L")
    T("Our clients (Roma family, 6) were taken from Slovakia to work at a meat factory in Wakefield. The 'boss' opened bank accounts for all of them and keeps the cards. They get £20 each a week. The 15-year-old son works on the line as well.",
      "WW AV", "NCW MBC", "L", "high")
    T("Woman picking in Kent polytunnels told to 'pick faster or you won't eat'. Said supervisor slapped her twice. Can't leave because boss keeps passports in office safe.",
      "PSV IT RD", "DT", "L")
