# fresh260 part 5: short and medium entries of all kinds, incl. negated and hypothetical mentions
def add(T):
    T("IP states boss promised £90 a day on roofs, has had £40 a day since Jan. Says he's 'free to leave' and has own ppt, just wants his money. Referred ACAS & GLAA.",
      "DEC WW", "", "L")
    T("nail shop in Eastbourne the girls live in the back i think, theres washing out back and they are there at 8 in morning and 9 at night",
      "", "SW LH", "")
    T("She said the man told her she was coming to England to be a hairdresser. Instead she was put in a flat in Southampton and made to sell sex. She doesn't know the city names, just 'the sea one'.",
      "DEC ISO", "IS", "S")
    T("Vietnamese male (approx 20) found in Hastings nail bar with no possessions but the clothes he stood in and a toothbrush. Says the salon owner is his cousin, won't say more. Appeared frightened of officers.",
      "", "FPE FA", "")
    T("Call handler: female caller whispering, says she is at a hotel in Basingstoke, room 214, men keep coming to the room and the man who brought her has her passport. She wants to leave but he is in the car park. Call dropped.",
      "RD RM", "DT RMS", "S", "immediate")
    T("Brighton. 15 yr old girl seen with phone containing ads for her on a website, and texts from an adult male arranging 'meets' at Premier Inn. Male buys her vodka. She has been missing overnight 3 times.",
      "AV PSV", "", "S", "high")
    T("Isle of Wight. Girl (16) reports a 24 yr old man she met on Snapchat took her to Portsmouth on the ferry, paid for everything, then said she owed him and had to 'do favours' for his friends.",
      "AV DB DEC", "", "S", "high")
    T("Male (22) arrested with 15 wraps in Bournemouth. He told the custody nurse he's from London, was 'told to come here' and can't go home until he's sold everything and paid back £800 for a lost package. Has cigarette burns on his hands.",
      "DB PSV RM", "PA RMS", "C")
    T("CCE referral - Hastings. 15 yr old boy carrying drugs to Eastbourne on the train for older males, who gave him a moped. They told him they'd 'do his mum' if he talks.",
      "AV IT", "", "C", "high")
    T("Benefit fraud - DWP intel: 14 PIP claims made by a Portsmouth 'advice service' on behalf of Roma families. All bank cards held at the advice office; claimants receive £20 cash a week.",
      "WW AV", "NCW MBC", "C")
    T("Fraud / money mule: 17 yr old in Waterlooville recruited via Instagram 'easy money' advert to receive and forward £15k. Now threatened that his 'cut' must be paid back or his house will be visited.",
      "AV IT DB", "", "C", "high")
    T("Domestic servitude - Maidenhead. Woman (50s, Indian) living with a family for 12 years as a 'relative' doing all housework, not paid, rarely out of the house, no phone, speaks no English. Found via a bank staff member concerned at her never speaking at the counter while the son withdrew cash from her account.",
      "WW ISO RM", "NCW IS RMS SFW", "D")
    T("Teen girl (17, Vietnamese) found at an address in Southsea: cleaning and babysitting for a family, sleeping in the utility room. Family say she's a 'guest'. She says 'I work for the debt for my travel'.",
      "AV DB AC", "SW", "D", "high")
    T("Caller in Bracknell says the woman next door has a housekeeper who is always outside hanging washing at 6am and still hoovering at 11pm. Never seen her leave. Looks very thin, same clothes every day.",
      "EO", "LH PA RMS", "D")
    T("Housemaid, Ascot. Employer took her phone away 'because she was always on it' and she is not allowed to call her family in Indonesia. Says she is paid, but her salary is sent straight to her husband back home by the employer.",
      "ISO WW", "IS NCW", "D")
    T("Kidney for sale advert found on Facebook Marketplace by moderator: 'young healthy male 24 selling kidney 30k, urgent, in debt'. Poster located in Southampton. Welfare check shows he owes money to a loan shark who told him to do it.",
      "DB AV", "", "O")
    T("Intel: Portsmouth-based male arranging 'medical trips' to Pakistan, offering poor families in the UK cash for a 'donation'. INT 4/E/P - untested source.",
      "AV", "", "O")
    T("Chichester. Living kidney donation between a father and son - the hospital's independent assessor is satisfied. Police were only informed because the father's car was stolen from the hospital car park.")
    T("Car wash, Fareham. On visit workers said they pay £10 a week for gloves and boots, have own ppts, live in own rooms and are paid into own accounts. No threats. Manager advised PPE must be free.",
      "WW", "PPE", "L")
    T("Agency at Portsmouth docks charges its casual lashers £35 for steel toecaps and a hard hat and £15 a week for the minibus from Fratton.",
      "WW", "PPE CT", "L")
    T("Farm near Lymington. Workers must hand over £12 a day for a lift to the fields in the boss's van. Boss also 'looks after' their cards.",
      "WW", "CT NCW", "L")
    T("Hi there is a house on my street in Gosport, 11 men i counted, they get in a minibus 5.30am and come back 9 or 10pm, they pay the driver when they get out i seen the money",
      "", "OA CE CT", "")
    T("Asylum hotel, Bournemouth. Resident (Eritrean, 19) disclosed that a man offered him work at a car wash and says he must pay £200 first 'for the job'. He has paid £100. Works unpaid until the rest is cleared.",
      "AV DB WW", "UF", "L")
    T("Border Force Newhaven: female (Albanian, 18) travelling alone with a ticket paid by a 'friend in London' who told her to say she is a tourist. Coached answers, very nervous, had £20 and a phone with a single contact. Safeguarding referral.",
      "", "FA FPE", "")
    T("Worker says: 'if I say no to the boss he will kick me out and I will be on street, he tell me many times'. Works 80 hrs at the hotel kitchen in Hove. Paid half minimum wage.",
      "IT EO WW AV", "LH", "L")
    T("Female in Slough says her husband's family make her do all the cooking and cleaning for 9 people, she gets up at 5, locked in when they go out, and they hold her passport so she can't 'run to her family'. She came on a spouse visa 2 years ago.",
      "RM RD EO AV", "RMS DT LH", "D")
    T("Caller says her Filipino cleaner told her she is 'owned' by the agency that brought her over and has to pay them £500 a month until a £9,000 'placement fee' is paid off. Cleaner is frightened the agency will find out she told anyone.",
      "DB WW", "UF FA", "L")
    T("Welfare visit to a Winchester family: Nigerian nanny lives in, has her own room and phone and passport, paid £1,800 pcm into her own account, has weekends off. Visit was prompted by a neighbour who heard 'screaming' - it was the baby. No concerns.")
    T("Call re: man in a Hastings launderette with 'loads of bank cards'. Officer attended - he's a launderette owner paying in the takings from his 3 shops with business cards in his own name. NFA.")
    T("Migrant worker at a Chichester nursery told an officer that, if he ever lost his job, the landlord might throw him out - it's his own landlord, private tenancy, and he has no complaints about the employer. No exploitation.")
    T("A kitchen porter says he was threatened by the chef with a knife over a dropped pan. He's employed properly, paid properly, lives at home with his parents. Assault enquiry.",
      "", "", "")
    T("Southampton. Referral: woman (Romanian, 23) working in a brothel says she chose this work and keeps her money, but her 'manager' keeps her ID card and won't give it back until she has 'paid for the flat'.",
      "RD DB", "DT", "S")
    T("Worker at a Portsmouth chicken shop says the boss has not hit anyone or threatened him, but pays him £3/hr and keeps his ppt 'to stop him going to a competitor'.",
      "WW RD", "DT", "L")
    T("PV denies being locked in or watched but says she has not been paid in the 6 months she has cleaned for the family in Reading, and works every day 6am-11pm.",
      "WW EO", "LH", "D")
    T("Farm near Billingshurst: workers said they are free to go into town at weekends and have their own ppts, but each paid £1,000 to a man in Romania for the job and £80 a week is deducted for a caravan shared by 6.",
      "WW", "UF OA", "L")
    T("Girl (15) in Crawley not attending school. Mum's boyfriend makes her clean the house and look after 4 younger siblings all day and hits her if it's not done. No payment obviously. Children's services referral.",
      "AV PSV EO", "PA LH", "D", "high")
    T("Hampshire log: Man (Polish, 60) at a Southampton rough sleeper hub says a man used to pick him up at 6am from under the flyover to work on a farm and paid him in beer. He stopped going because he 'wasn't paid money'. Not currently working.",
      "AV WW", "CE", "L")
    T("Safeguarding, Portsmouth: young male (17, Sudanese) approached by men at the asylum hotel and offered a 'delivery' job. He took the job but quit after 2 days when they wanted his bank details. No debt, no threats made. Advice given.",
      "", "", "C", "high")
    T("Caller from Bexhill says there's a man living in the garden shed of the big house on De La Warr Rd, he does the garden and cleans the cars, he's been there years. She's never seen him go anywhere.",
      "AC", "SW RMS", "D L")
    T("Ex-partner of a Brighton nail bar owner says the owner 'buys' workers from Vietnam for £10k each and they work it off, 12 hours a day, 7 days. The workers are not allowed out after work and sleep in the salon.",
      "DB EO RM AC", "LH RMS SW UF", "L")
    T("Note from housing officer, Havant: tenant (Lithuanian) has 'friends' staying - 8 men in a 2-bed flat. Tenant is employed by a factory; says the men pay him rent. Tenant was told by his supervisor to 'keep your mouth shut' about the housing.",
      "", "OA", "")
    T("A Slovakian man was found living in a tent in woods near Andover. He says he used to work for a local gang laying drives but was told to 'get lost' when he got ill. He was never paid what he was promised and had his ID card taken. He has no idea where the gang is now.",
      "DEC WW RD", "DT PLC", "L")
    T("Woman in Oxford selling sex from a flat tells a police outreach worker she's fine and works for herself, but that the man who rents her the flat collects £800 a week and says he'll tell her family in Romania what she does if she stops paying.",
      "IT", "", "S")
    T("Brighton, West Pier area. Girl (16) picked up after being reported missing by her foster carers. She had been staying with a 28 yr old male who gave her MDMA and had sex with her. She had a bag with 3 phones and condoms.",
      "AV PSV", "", "S", "high")
    T("Child (12) in Havant found to be sending indecent images after being groomed online by a man who promised her an iPhone; he is now demanding more and says he will post the first ones to her school friends.",
      "AV DEC IT", "", "S", "high")
    T("Portsmouth. INT 2/B/P. Taxi firm using minors (14-15 yr old girls) as 'passengers' to be delivered to men at hotels in Southsea. Drivers paid per drop. Girls from care homes in Portsmouth and Gosport.",
      "AV", "ET", "S", "high")
    T("Member of public concerned for the young lad at the fish & chip shop in Ventnor, he's always there, always working, never sees him in town, think he sleeps upstairs. Dont know if hes ok",
      "", "LH SW IS", "")
    T("Victim (f, 30, Brazilian), Bournemouth: 'The man said it's a cleaning job in a hotel. When I come, he said I owe the flight and the flat and I must do massage with extras. He kept my passport. I was in the flat all day, he bring the clients.'",
      "DEC DB RD RM", "DT RMS", "S")
    T("Log: Reading. 20:14. Female rang from a flat on Oxford Rd - 'He locked me in and took my phone, he's gone to get men for me, please come'. Sounded terrified.",
      "RM ISO", "RMS IS", "S", "immediate")
    T("A teenage boy in Eastbourne was taken off a train at Lewes by BTP carrying 40 wraps. Bruised face. He says he was punched by his 'elders' for being short on the money. CCE referral. Currently in custody.",
      "AV PSV DB", "PA", "C", "high")
    T("Woman (Romanian) in Southampton begging outside the station. She said a man brought her here promising cleaning work and now takes everything she makes. She sleeps in his car.",
      "DEC WW AC", "", "C")
    T("Cannabis grow, Basingstoke. Male found inside (Albanian, 23) tells officers he came to UK to work in construction, he was told to 'look after a house' to pay for the boat. Phone contained one number. Threatened that his brother would be hurt.",
      "DEC DB IT ISO", "IS", "C")
    T("Man, 30s, Eastleigh. Multiple convictions for theft. Tells officers he steals to feed his habit; no one else involved.")
    T("DWP: 7 claims for Universal Credit at 1 address in Bognor, same phone number, all bank cards going to the same PO box. Claimants appear to be new arrivals working at a packhouse who are unaware of the claims.",
      "", "MBC", "C")
    T("Hotel in Brighton - housekeeping supervisor says the cleaners (Bulgarian) are collected at 0600 in a van, worked to 2000 with 15 min break, and have to give their agency boss £20 each for the van. One had a nosebleed and collapsed on shift.",
      "EO WW AC", "CE LH CT PA", "L")
    T("Female (Chinese, 38) in Reading massage parlour told officers she works 7 days from 10am to 11pm, sleeps on the premises and 'the boss' takes her passport 'because of the rent'. Denies sexual services. Denies being threatened.",
      "EO RD AC", "LH SW DT", "L")
    T("Note: the man told the support worker he had never been hit and the boss never threatened him, but he is not allowed a phone and has not spoken to his family for 2 years. Works on a farm on the Isle of Wight.",
      "ISO", "IS", "L")
    T("She has a phone and is in touch with her family. She holds her own passport. But she says she has paid £4,000 to the man who recruited her for the cleaning job in Portsmouth, and he keeps her wages until the amount 'owed' is paid.",
      "DB WW", "UF NCW", "L")
    T("Portsmouth: young Vietnamese woman (19) found in the back of a nail bar at 11pm, no belongings other than a plastic bag of clothes. Says her uncle arranged the job. Owner speaks for her throughout.",
      "", "FPE SFW", "")
    T("A woman phoned to say her son (14) has been 'recruited' by a gang in Southampton. He keeps going missing and came home with a stab wound to the thigh last night. He says if he tells anyone they'll hurt his sister. He's gone out again just now with two older lads in a car.",
      "AV PSV IT", "PA", "C", "immediate")
    T("Referral, Southampton Children's Services: 11 yr old Romanian girl used by her stepfather to distract shoppers while he pickpockets in the city centre. School attendance 40%.",
      "AV", "", "C", "high")
    T("Hampshire. Report of a man in a Winchester takeaway who has 'burns all up his arms'. Staff member says the boss throws hot oil when angry. The man works every day and doesn't speak English.",
      "PSV EO", "PA LH", "L")
    T("Worker at a Southampton warehouse says his agency told him he must open a bank account 'with their help', and they kept the card. He gets his pay in cash from a man in the car park, short by £100 every week.",
      "WW", "NCW", "L")
    T("Man (Eritrean) found sleeping in a lorry at the port of Southampton had been promised a job in a factory by a man in Calais, whom he had paid 2,000 euros. Admits he has not worked in the UK yet. No one is holding him.",
      "DEC", "UF", "")
    T("Guest house, Bexhill. Owner's 'nephew' (17, Indian) works as the cleaner and breakfast cook, is not in education, works 6am-10pm, is not paid and sleeps in the boiler cupboard. Owner says he is 'family'.",
      "AV WW EO AC", "LH SW", "L D", "high")
    T("Dealer (adult, 26) arrested in Hastings. He runs his own line and employs no one. Adults buying. NFA on any exploitation angle.")
    T("On approach, worker at the car wash said 'no problem, no problem' repeatedly and looked towards the manager before answering anything. Answers sounded rehearsed. No other indicators. Lee-on-Solent.",
      "", "FA", "")
    T("Landlord in Southsea says a tenant has let 6 friends stay in his flat - all foreign, working at the port. Tenant says they are friends from home and will move out when they find rooms. All have their own jobs. No exploitation suspected.",
      "", "OA", "")
    T("Drugs: Portsmouth, 16 yr old boy found with £1,200 and crack. Exploitation suspected; he had been missing from home 4 days and there are bruises on his back. Refuses to talk.",
      "AV PSV", "PA FA", "C", "high")
    T("INT 2/B/P - Isle of Wight. 'Lover boy' male Kristian VATA befriends young women through dating apps and moves them to Ryde to 'live with him', then tells them they owe him for rent and makes them do cam shows and escorting. Two women currently with him.",
      "DEC DB", "", "S")
