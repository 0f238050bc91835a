#!/usr/bin/env python3
"""Build bench/text/fresh85.jsonl from hand-written texts and hand labels.

Each entry: (text, indicators, signs, exploitation, risk).
Short codes are expanded below; risk '' is derived from the labelling convention
(immediate must always be given by hand; 'h' is given by hand for child cases).
"""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "sw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ce": "collected_early_dropped_late", "fa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

D = []
def a(text, ind="", sig="", typ="", risk=""):
    D.append((text, ind, sig, typ, risk))

# ---------------------------------------------------------------- part 1
a("INT suggests females living above nail bar on Winchcombe St, Cheltenham. Not seen leaving unless with male POI in silver Audi. Nom PHAM Thi Lan DOB 03/04/2001. 2/B/P",
  "RM", "rm et", "L")
a("Hi i work at the car wash on the Portswood rd and want to say the boss is good he pays us every friday in the bank and we go home when finish. Some people think we are slaves but no.",
  "", "", "", "")
a("Caller states 3 men sleeping in the back of the car wash on Bath Road, Swindon, on mattresses by the jet wash machines. Says they look thin and are working from 7am until dark every day. Caller concerned they are not being paid.",
  "AC EO", "sw plc pa lh", "L")
a("I was promised job in a hotel in London with 1400 pound each month. When we arrive in Southampton the man take us to a farm near Romsey and say the hotel job is finish. We pick the salad for 12 hour and he say we owe 3000 for the van and the room.",
  "DE DB EO", "lh", "L")
a("Safeguarding referral (Portsmouth CSC): Y. 15yrs, missing x4 in last month, returns with new trainers, two phones and train tickets to Reading. Found at address in Buckland with older males. Refers to 'Uncle' who gives her vodka and tells her she owes him for it. Mum reports bruising to upper arm.",
  "AV DB PV", "pa", "S C", "h")
a("GLAA inspection, packhouse nr Evesham/Tewkesbury border: labour provider deducting £35 p/w for 'hi-vis and boots' from all new starters. Workers otherwise paid NMW into own accounts, hold own passports, transport free. Licence condition breach raised. No indicators of forced labour identified.",
  "", "ppe", "", "l")
a("debrief (via interpreter, Tigrinya): She says the man in Libya sold her to another man. She says in England she cleaned the house of a family in Aldershot and looked after three children from 6 in the morning until midnight. She was never given money. She slept on the kitchen floor. The wife kept her papers 'so they don't get lost'.",
  "WW EO RD AC", "lh dt sw plc", "D")
a("Officer handover: cuckooing address Flat 4, Northam estate. Occupant ALAN (50s, alcohol dependent) says 'the lads' from London moved in a fortnight ago, took his bank card and he is not allowed in his own bedroom. Two juvs seen leaving with packages. Safeguarding referral for ALAN submitted. Further visit tonight.",
  "AV RM", "ncw rm", "C", "h")
a("Lady next door employs a nanny from the Philippines. She has her own room, days off on Sunday, goes to church in Basingstoke and phones her family every night. Just reporting because my husband saw an advert about domestic slavery but I honestly think it's fine.",
  "", "", "", "")
a("Nom RUSU Ionut (Romanian, DOB 11/09/1994) believed to control 6+ males working block paving in Fleet/Farnborough area. Collects workers from HMO Victoria Rd at 0530, returns after 2100. All wages paid into accounts RUSU holds cards for. 3/C/P",
  "WW EO", "ce lh ncw mbc", "L")
a("Man walked in to Fratton station front counter saying his passport was stolen at a party last night. Needs crime ref for embassy. No other concerns.",
  "", "", "", "")
a("The woman at the brothel in Andover told me she cannot leave because they will send the photos to her dad in Albania. She works every night. I'm a punter and I know how that sounds but I am worried.",
  "IT", "", "S")
a("A&E note, Salisbury District: M 17y, Vietnamese, no English, presented with burns to both forearms and chemical smell on clothes. Brought in by adult male who gave name as 'cousin' and answered all questions for pt. Male left when police called. Pt asked repeatedly if he will be 'sent back'.",
  "AV", "pa sfw fa", "", "h")
a("INT: cannabis grow in detached house Coombe Bissett. Windows blacked out, generator noise. Two Vietnamese youths seen in garden only at night, food delivered by male in VRM WX19 ???. Believed locked in. 2/C/C – do not disseminate to partner agencies without OIC approval.",
  "RM AV", "rm", "C", "i")
a("Been doing shifts at the distribution centre through an agency for six months. Pay is low and the shifts can be long but i get paid every week into my own account and i can leave whenever. Just venting really, minimum wage is a joke",
  "", "", "", "")
a("Salvation Army case note: Client (Polish m, 58) recruited at Kraków bus station with promise of factory work and free accommodation. In Gloucester he was put in a house with 11 other men, 2 per mattress. Boss 'Marek' takes the bank card 'to help with tax' and gives him £30 a week. Client has alcohol dependency and says Marek brings vodka on Fridays.",
  "DE AV WW AC", "oc plc ncw", "L")
a("The lad who does my garden was crying today. Said his 'uncle' takes all the money I pay him and he's not allowed to keep his phone. He is about 16 I reckon. Lives in a caravan on the site off the A36.",
  "AV WW IS", "iso ncw", "L", "h")
a("Stud farm, nr Lambourn/Marlborough: Indian groom (adult) reports he has worked 7 days a week since March, mucking out from 4.30am, sleeps above the stables. Gets his wage each month. Says he chose to live there and likes the horses. Welfare check complete, advice given re rest breaks, no further action.",
  "EO", "lh sw", "", "")
a("999: female screaming from upstairs window of flat above takeaway, Albert Road Southsea, shouting 'help they lock me'. Door to stairs padlocked from outside. Units dispatched.",
  "RM", "rm", "", "i")
a("Dr's note: Mrs K, 34, attending with husband for antenatal booking. Husband insisted on staying and translated. When seen alone she disclosed he hits her when the dinner is late. She works as a receptionist and has her own money. Referred to DA service. No indication of trafficking.",
  "", "", "", "")
a("INT suggests Albanian male 'Gimi' recruiting young men via TikTok for 'building work UK, £100 a day'. On arrival they are placed in grow houses in Gosport and told debt of £20k for travel must be cleared before release. 2/B/P",
  "DE DB", "", "C")
a("Press summary: Two men were jailed at Winchester Crown Court for forcing a homeless man to lay driveways across Hampshire for nine years. The victim, who has a learning disability, was kept in a horsebox on a Traveller site, fed scraps and beaten if he tried to leave. He was paid nothing.",
  "AV AC PV WW RM", "plc rm", "L")
a("I owe them £12,000 for the lorry from France. every week they tell me how much left and it is always more because they add the food.",
  "DB", "", "")
a("Care home, Cheltenham: CQC inspector notes 4 carers from Zimbabwe on sponsored visas told they must repay £9,500 'recruitment costs' if they resign before 3 years. Staff say managers hold their passports 'for Home Office checks'. Rotas show 72-hour weeks.",
  "DB RD EO", "uf dt lh", "L")
a("Report of a fight outside the Wetherspoons in Salisbury between two groups of lads. One male with facial cut. No further information.",
  "", "", "", "")
a("she says she came to study english at a college in bournemouth. she says the college did not exist. she says the woman who met her at the airport took her to a flat in Southampton and told her to 'entertain' men to pay back the ticket. she says she was raped by the first man.",
  "DE DB PV", "", "S")
a("HSBC financial crime alert: 14 debit cards in different names used at the same ATM, Commercial Road Portsmouth, between 0200–0230 on consecutive nights. Accounts opened within 3 weeks of each other, all listing the same address in Stamshaw. Salaries from a cleaning company credited then withdrawn in full within hours.",
  "", "mbc ncw", "")
a("Lorry driver at Portsmouth ferry port found 4 Eritrean men in the trailer. Dehydrated but OK, say they paid smugglers in Calais. Handed to Immigration Enforcement. No evidence of exploitation in the UK at this stage.",
  "", "pa", "", "")
a("Probation note: Service user J.D. (19) states the older males who 'looked after him' since he was 14 make him run drugs to Basingstoke and Andover. When he tried to stop they stabbed his friend and said he would be next. He asks not to be moved back to Croydon.",
  "AV IT PV", "", "C", "h")
a("There is a man on the corner outside Tesco Cheltenham begging every day. Same white van drops him at 8 and picks him up at 6. He has only one leg. They take the cup off him when they collect him.",
  "AV WW", "ce et", "C")
a("nail bar in Gloucester the girls dont speak english and the manager is always there answering for them. They look young and scared, one had a black eye last week. never seen them go for lunch",
  "", "sfw pa", "L")
a("Interview summary: Witness (Slovak F, 29) states she travelled from Košice to Swindon with her partner Roman who promised warehouse work. Roman took her ID card 'to register her with the agency'. She never saw the agency. Instead Roman advertised her on an adult website and took all the money. When she refused he strangled her until she passed out.",
  "DE RD WW PV", "dt", "S")
a("Asian male, approx 40, turned up at the RSPCA centre near Devizes asking for work. Says he used to work at a pig farm but the farmer died. Has his own passport, right to work, lives with his brother in Trowbridge. Signposted to Jobcentre.",
  "", "", "", "")
a("Hotel in Lyndhurst - housekeeping staff are Filipino women sharing one bedroom in the staff block, 6 of them. Manager deducts £80 a week each for it from their wages. They clean 30 rooms a shift and work split shifts til 11pm. One told me she can't go home because she still owes the agency in Manila.",
  "AC DB EO", "oc lh", "L")
a("GP note: 43M, kidney transplant Dec 2024 at QA Hospital, donor was his brother. Routine immunosuppression review. Stable.",
  "", "", "", "")
a("INT: Sudanese male (approx 20) with large fresh abdominal scar found sleeping rough at Southampton Central. States he was told in Cairo a 'doctor' would pay his passage to Europe if he gave a kidney. Was paid nothing. 2/B/P",
  "DE AV", "pa", "O")
a("Safeguarding: Pupil (Yr 10) disclosed her mum's boyfriend makes her clean his 3 rental houses every weekend and does not let her see her friends. Says he shouts and threw a mug at her. No payment. Refer to MASH.",
  "AV PV IS", "iso", "D", "h")
a("Caller at Portsmouth International Port states a crew member on a cargo vessel (Panama flag) told him in broken English that the captain has all crew passports and they have not been paid for four months. Ship sails 0600.",
  "RD WW", "dt", "L")
a("My nephew came from Lahore on a student visa and works in a takeaway in Southampton. He complains a lot about his hours and the owner is rude but he gets paid and lives with us. I don't think it's trafficking, I just want to know his rights.",
  "", "", "", "")
a("Officer note: POI KOVAC (SK) stopped in VRM KN17 XYZ on A303 with 7 males in 5-seat car. All state they are 'going to work' but none know the name of the farm or the address where they live. KOVAC answered every question put to the passengers. Each has paid KOVAC £10 for the lift.",
  "IS", "sfw ct", "L")
a("I'm writing this from the hostel. For two years I worked on the boats out of Newlyn and Brixham then they moved me to a scallop boat in Poole. Twenty hours on deck, sleep four. The skipper hit me with a pipe when I was slow. My pay 'went to the agent in Ghana'.",
  "EO PV WW", "lh", "L")
a("Vulnerable adult (Down's syndrome) living with a 'friend' in Tidworth who collects his PIP and ESA. He's always hungry and in the same clothes. Friend says he handles the money 'for him'.",
  "", "ncw pa", "")
a("Multiple reports of people knocking door to door selling dusters in Stroud. Teenagers, speak little English. A van drops them off and waits at the end of the road. They say they must sell £100 each before they are allowed to eat.",
  "AV AC", "et", "L", "h")
a("INT suggests pop-up brothel in Airbnb flat, Gunwharf Quays. Adverts on AdultWork under 'Bella' and 'Mia'. Females rotated weekly from Birmingham, driven by male. Phone number on adverts answered by male. 2/B/P",
  "", "et", "S")
a("Neighbour dispute: ongoing complaint from resident at 14 Mill Lane Cirencester that next door's builders start at 7am with the drill. Builders are a local family firm. Council noise team informed.",
  "", "", "", "")
a("She says she was 16 when her uncle arranged for her to marry a man in Slough. She says after the wedding the man's mother made her cook and clean for nine people and she was not allowed to go out alone or to call her sisters. She says her husband forced himself on her.",
  "AV RM IS PV", "rm iso", "D", "h")
a("Ex-jockey contacts helpline: says a racing yard near Upper Lambourn uses young Brazilian riders, pays them in cash 'when the owner pays', which is sometimes never. They ride out 6 lots a day, no days off. Boss threatened to report one to immigration when he asked for his wages.",
  "WW EO IT", "lh fa", "L")
a("Security guard at Salisbury Plain training area reports a group of men sleeping in a tent in woodland near Tilshead. They said they work on a nearby farm picking and that the farmer lets them camp. Appeared healthy, had mobiles, English good. Logged for info.",
  "", "", "", "")
a("Lithuanian male reports he has not been paid for the last two weeks by his employer, a bathroom fitting firm in Woking. He has his documents, lives in his own flat and is considering leaving. Advised ACAS.",
  "", "", "", "")
a("Nom CHEN Wei – INT he runs 3 massage parlours in Basingstoke and Farnham. Chinese women aged 30–50 live on the premises and sleep on the massage tables. Work 10am–2am. Told they owe £30,000 to 'snakeheads'. 2/B/P",
  "DB EO AC", "sw lh", "S")
a("A&E Southampton General: 22F Romanian, head injury from fall at 'work', accompanied by female who said she was her employer's wife. Patient does not know the address where she lives or the name of the town. No phone. Staff concerned.",
  "IS", "pa iso", "")
a("we live 14 in one house in swindon all romanian. the man take 70 pound rent each week from our wage before we get it, and 20 for the bus to the chicken factory. we cannot say nothing because he has our ID card.",
  "AC RD", "oc ct dt ncw", "L")
a("Hampshire CC adult safeguarding: client G (62), long history of homelessness, found living in a shed behind a bungalow in Totton. The householder says G 'helps out' with gardening and roofing in exchange for his keep. G says he gets cigarettes and food, no money, and is locked in the shed at night 'to stop him wandering'.",
  "AV AC WW RM", "plc rm", "L")
a("Had a text from an unknown number offering me work in a bar in Dubai, flights paid, just need to send £500 for the visa. Obviously a scam. Forwarded to Action Fraud.",
  "", "", "", "")
a("Gypsy and Traveller site liaison officer: welfare visit at site near Tewkesbury, families settled, children in school. No concerns. One resident asked for help with a planning application.",
  "", "", "", "")
a("INT suggests young white British female (15) being taken by car from children's home in Surrey to hotels in Guildford and Woking. Males pay 'Tyler' for her. 1/A/P",
  "AV", "et", "S", "h")
a("Victim account: I came from Vietnam with debt 40,000 dollar. In the house they tell me water the plants, I do it 6 month. I never go out, the door is nail shut and window have wood. They say if I run the police will put me in prison and my family in Vietnam pay.",
  "DB RM IT AC", "rm fa", "C")
a("Border Force, Gatwick: Nigerian F, 19, arrived on visit visa. Ticket bought by a 'sponsor' she has never met. Says she is going to do hair braiding in Portsmouth, doesn't know the salon name. Had a phone number written on her hand. Referred to Border Force safeguarding team; NRM considered.",
  "", "", "")
a("Polish guy in our village (Bishops Cleeve) works for the local builder. He's there at 6 every morning and sometimes back after dark in summer but he owns his car, goes to Poland at Christmas, and his wife works at the school. Someone on Facebook said he's been trafficked which is rubbish.",
  "", "", "", "")
a("OIC update: Operation Harrow. 9 victims recovered from waste recycling site, Hoo Farm, nr Chippenham. Living in shipping containers with no heating, one toilet. Workers described being kicked and punched by supervisor. Wages 'held back to pay off' flights. 4 arrests.",
  "AC PV WW DB", "plc", "L")
a("School referral: Yr 8 pupil often arrives with bleach-burned hands and falls asleep in class. Says she helps her dad's boss clean offices at 5am before school. Family newly arrived from Sudan. Dad says it's 'to pay the rent for the flat'.",
  "AV AC", "pa ce", "L", "h")
a("Complaint to council: HMO on Shirley Road, Southampton, overcrowded, 20+ people in 6 rooms, rubbish everywhere. Landlord a private individual. Tenants are students and delivery riders, pay their own rent. Housing enforcement visit booked.",
  "", "oc plc", "", "l")
a("the boss of the nail shop keep my passport in the safe and say I get it back when I finish pay 8000 pound. I work every day 9 to 8. she give me 50 pound a week.",
  "RD DB EO WW", "dt lh", "L")
a("Caller says she's worried about her sister's au pair in Farnham who hasn't had a day off in 3 months and is not allowed to use the family wifi. Sister says it's because the au pair is on a trial period. Au pair is 18, from Spain.",
  "EO IS", "lh iso", "D")
a("Hotel manager, New Forest: reports that a guest room has had different men visiting it every 30 minutes since check-in. Two young women in room, one looks under 18. Man booked room with cash and stays in car park.",
  "AV", "", "S", "i")
a("I am writing about my cousin who is in a house in Yate. He is from Eritrea. He said the man took his phone and now he cannot talk to anyone, not even me. Please help him.",
  "IS", "iso", "")
a("INT: NGUYEN Van Hung (DOB 22/02/1988) uses multiple addresses in Gloucester to run nail bars. Staff housed 8–10 per house, driven to work at 0800 and collected at 2100. Some staff believed to be under 18. 2/C/P",
  "AC EO AV", "oc et ce lh", "L", "h")
a("Probation officer: my client has been working at a car wash while on licence. He says the owner pays him cash, £60 a day, which is below NMW but he is happy with it. He lives with his girlfriend. No exploitation concerns.",
  "", "", "", "")
a("Salvation Army: Client (Indian M, 38) came on a skilled worker visa to work as a chef in Basingstoke. Paid £8,000 to an agent in Kerala. The restaurant pays him £400 a month when the visa says £2,400, and he must pay back the 'sponsorship fee' from that. Works 13-hour shifts six days. Employer has threatened to cancel his visa if he complains.",
  "DE DB WW EO IT", "uf lh fa", "L")
a("Just seen a lad of about 13 on a bike handing stuff to people in cars outside Lidl in Gloucester. This happens every day after school. Older lads in a black Merc watch him from the car park.",
  "AV", "", "C", "h")
a("Officer's note (Surrey): Welfare check at address in Staines following report of domestic servant. Female occupant (Indonesian, 45) confirmed she is employed as a housekeeper by the family, has a contract, is paid into her own bank account, has her passport in her room, and went on holiday in August. No concerns.",
  "", "", "", "")
a("A boy in my son's class (12) keeps getting picked up by different men in cars at the school gates. He said to my son he has to 'deliver' after school or his mum gets hurt.",
  "AV IT", "", "C", "h")
a("debrief: I was working at the big chicken plant. They pay me in my account but the man from our village, he has my card and PIN. Every Friday he take it. He say it is for the house and the job he found me. I get maybe 30 pound.",
  "WW DB", "ncw", "L")
a("Report via Crimestoppers: An Albanian man called 'Ardi' is keeping two girls in a flat at Queens Road, Portsmouth. He takes them to clients in his car. Girls told the caller he beats them if they do not make £500 a night.",
  "PV RM", "et rm", "S")
a("Caller concerned that the fishing boat moored at Camber Quay has men living on board for weeks, never come ashore. Harbour master says the crew are Filipino on transit visas, and crew change is arranged by the owners. Harbour master says they go to the Seafarers Mission on Sundays.",
  "", "", "", "")
a("The agency took 250 pound from me for the job at the farm in Wiltshire and 180 for the bus from Bucharest. Now they take 60 every week for the caravan with 6 people. After 2 months I still owe them.",
  "DB AC", "uf ct oc", "L")
a("GP practice, Portsmouth: new registration, 24F Vietnamese, brought by 'friend' who holds her NHS letters and phone. Patient very quiet, weight loss, cigarette burns to inner wrist. Friend refused to leave room. Concern raised to safeguarding lead.",
  "PV IS", "sfw pa iso", "")
a("Dear Sir, I run a small farm near Marlborough. We employ seasonal pickers through a licensed agency. Their accommodation is static caravans, max 4 per van, heated, with wifi, and they are paid weekly into their own accounts. I want to make sure we are compliant and would welcome a GLAA visit.",
  "", "", "", "")
a("INT: Female (possibly 14) seen regularly at flat above bookmakers in Swindon Old Town with adult males. Believed to be supplied with cannabis and alcohol. Possibly sexually exploited. 3/C/P",
  "AV", "", "S", "h")
a("Woman turned up at the Salvation Army drop-in at Cheltenham, said she escaped from a house in Bristol where she was made to look after a disabled man and do all the cooking for a family for 3 years without pay. She slept on a sofa in the man's room. She has no documents, says 'Madam has them'.",
  "WW RD", "dt sw", "D")
a("Worried mum: my daughter (16) says her new 'boyfriend' (23) makes her hide packages in her bra on the train to Bournemouth. He paid for her nails and now says she owes him £800.",
  "AV DB", "", "C", "h")
a("There were loads of lads living in a caravan at the back of the yard on the old airfield by Middle Wallop and they get up at 5 and the boss shouts at them and they look dirty and skinny, not being funny but someone needs to check",
  "", "oc pa ce", "")
a("Council licensing inspection (Cheltenham): nail bar at 27 High St. Two workers found without valid right to work. Both live with family members in Gloucester, pay via payroll, hold own ID. Manager cautioned re immigration checks. No modern slavery indicators.",
  "", "", "", "")
a("Interpreter says: he says the man called 'Boss Tony' took him and four others to a farm near Salisbury to pick daffodils. He says they worked from dark to dark. He says Tony told them if anyone talked to the police, Tony's brother in Romania would burn their houses.",
  "EO IT", "lh", "L")
a("Hello I think there is something wrong at the hand car wash on the London Road in Gloucester. The men work in the rain without gloves or boots and there hands are all cracked, the manager said they sleep in the portacabin. i asked one if he was ok and he looked at the manager first.",
  "AC", "sw pa sfw", "L")
a("NCA alert: online adverts for 'kidney donors wanted, £40k, UK clinic' targeting Pakistani and Indian community groups in Southampton and Reading. Contact via WhatsApp number +44 7700 900123. Believed fraud or organ trafficking recruitment.",
  "DE", "", "O")
a("Domestic incident: husband and wife (both British) arguing over money, neighbours called police. Both intoxicated. No injuries. Advice given.",
  "", "", "", "")
a("Handover: Op Kestrel. Asylum hotel Farnborough – 3 residents (Afghan M, 16–17 claimed age) reported going missing at night, returning with cash. Hotel staff saw them getting into vehicle VRM AB12 CDE. INT from a resident that a man from London 'gives them jobs' selling weed. Risk assessed as high. Shared with CSC.",
  "AV", "", "C", "h")
a("I'm a carer agency worker in Gloucester. I just want to say my employer is brilliant, sponsored my visa, reimbursed my flight, pays overtime, and gave me two weeks off to visit my kids in Kenya.",
  "", "", "", "")
a("She says her husband brought her from Pakistan and since then she cooks and cleans for his parents and 4 brothers in Reading. She says she is not allowed to leave the house without her mother-in-law. She says her passport is in her husband's briefcase and he says if she leaves she will be deported and never see her son again.",
  "RM RD IT", "rm dt fa", "D")
a("Romanian female, 31, approached staff at Southampton Central stating she needed help. Says a man brought her from Craiova for 'packing work' and then made her beg outside Boots on Above Bar, collected her money every 2 hours and slapped her if it was under £20.",
  "DE PV WW", "", "C")
a("INT: HMO in Gloucester (Barton St) housing 15+ Slovak Roma men working for 'Peter' on roofs. Peter cashes their wages and deducts rent and 'debt'. Workers have been told they still owe £1,500 each after 6 months. Peter drives them everywhere. 2/B/C - not to be disclosed to landlord.",
  "WW DB AC", "oc ncw et", "L")
a("Neighbour says there's a lot of coming and going at number 9, Basingstoke, cars at all hours. Patrol attended, large family with grown up kids who work nights at Amazon. No concerns.",
  "", "", "", "")
a("We work in the kitchen of the Chinese restaurant in Winchester. Our boss lets us sleep in the storeroom, four of us. He takes the money for the papers every month, 200 pound, he say if we don't pay he phone immigration.",
  "AC IT", "sw oc fa", "L")
a("Cruise ship crew member (Indonesian) attended Southampton Seafarers' Centre upset. Says his contract says 10-hr days but he works 14 in the laundry. He is paid on time and has his passport; the ship's HR is dealing with his complaint. Caseworker gave him ITF contact.",
  "EO", "lh", "", "m")
a("Pls help my friend Sadia she came here to marry a man in Swindon but he and his family make her work for them all the time in the house and they lock her in when they go out. She sounds so scared on the phone.",
  "RM", "rm", "D", "i")
a("Summary: 4 x Vietnamese males arrested in raid on cannabis factory, industrial unit Yeovil Rd, Tidworth. One claims he is 16. All state they were brought to the unit in the back of a van and had not left for 3 weeks. NRM referrals made, s45 defence being considered.",
  "RM AV", "rm", "C", "h")
a("My work at the packhouse near Andover is tiring and the supervisor shouts a lot but I have a contract and can leave when I want. They pay me properly.",
  "", "", "", "")
a("INT: Male 'Big Dan' providing workers for Portsmouth Dockyard subcontractors. Workers Bulgarian, picked up from a car park at 0500. Each charged £15 per day for transport and £50 per week for 'tools and safety boots'. 3/C/P",
  "", "ct ppe ce", "")
a("Health visitor: mum (Eritrean, 26) living in one room with 2 children in house owned by a man who takes her Universal Credit 'for rent and bills'. She has no food money. She is frightened of him but says he has not hurt her.",
  "", "ncw fa", "")
a("Child (10) found wandering Reading station, says he came from Romania with 'aunty' who makes him steal from shops. Aunty has not been located.",
  "AV", "", "C", "h")
a("Wiltshire Police 101: caller works at Amesbury takeaway. Owner keeps his passport 'to stop him going back to Bangladesh without working his notice'. Caller otherwise paid and free to come and go.",
  "RD", "dt", "L")

# ---------------------------------------------------------------- part 2
a("Debrief account, taken at Southampton reception centre, interpreter present (Vietnamese).\n\nHe says he was 15 when he left Nghe An. His family borrowed money from a man in the village so he could go to England to work in a nail salon. In France he was kept in a camp for two months and then put in a lorry.\n\nHe says in England he was not taken to a salon. He was driven to a house in Eastleigh where he had to cut and water the plants. A man came twice a week with rice and noodles. The man told him that the police would beat him and that his mother would lose her house if he ran. He never went outside. He did not know which city he was in.\n\nHe says the electric wiring sparked and he burned his hand. Nobody took him to a doctor.",
  "AV DE DB RM IT IS AC", "rm iso fa pa", "C", "h")
a("Nom OSMANI Besnik – INT suggests he holds the passports of 5 Albanian females in a safe at his address in Guildford. 2/B/P",
  "RD", "dt", "")
a("my mate from work says his landlord took his passport as a 'deposit' for the room. hes not from here. is that even allowed??",
  "RD", "dt", "")
a("Caller reports a young Chinese woman came into the chip shop in Yeovil Road, Tidworth, crying, and wrote on a napkin 'help me, locked in house, 12 Chestnut Close'. She ran off when a car pulled up outside.",
  "RM", "rm", "", "i")
a("GLAA: inspection of labour provider supplying broccoli cutters to farm near Pershore/Tewkesbury. Payslips show lawful deductions only (tax, NI, pension). Workers live in own rented housing, own transport. Minor record-keeping issues. Licence retained.",
  "", "", "", "")
a("A woman in the school playground said the lady who lives with the family at number 22 is a 'servant'. I spoke to the lady, she is the grandmother, she came from India to help with the new baby and is on a visitor visa. Family seem very loving.",
  "", "", "", "")
a("Witness statement extract: 'I worked at the recycling plant near Swindon for eight months. The foreman, who we called Duca, would collect our wages from the office on a Friday and give us each twenty pounds. He said the rest was for the house and the money we owed for coming over. If anyone complained he would take them into the portacabin and you'd hear shouting and banging. One lad came out with his eye swollen shut.'",
  "WW DB PV", "ncw pa", "L")
a("Man at Cheltenham racecourse car park approached a steward saying he hasn't been paid by the valeting company for 3 weeks. Company says a payroll error; paid next day. Man happy. Logged.",
  "", "", "", "")
a("INT: Group of Romanian nationals begging at Salisbury Market Square. Dropped by silver Transit VRM PY66 ??? at 0830, collected 1700. Money collected by female 'Florica' at lunchtime. One beggar is wheelchair-using. 3/C/P",
  "AV WW", "ce et", "C")
a("i was told by a lady on facebook i can be a model in england and earn thousands and she will pay the ticket. when i came they take me to a house in Reading and there were other girls. they say i have to do sex with men to pay for the ticket and the house. i say no and they hit me and they take my phone.",
  "DE DB PV IS", "iso", "S")
a("Care worker (Filipina) says her agency in Woking gives her rota of 80 hours a week, sometimes 100, living in at the client's home. She is paid correctly and her passport is with her. She wants help to reduce hours.",
  "EO", "lh", "")
a("Police log 0213hrs: Male found hiding in freight container at Southampton Western Docks, claims to be Eritrean, 17. States he paid 'the agent' in Sudan. Handed to CSC as UASC. No indicators of exploitation disclosed.",
  "", "", "", "")
a("Gloucestershire CSC strategy meeting: 14-year-old girl 'T' disclosed that a man she met on Snapchat gave her a phone and sim, and has taken her to his friend's flat in Tuffley where she was made to have sex with two men. He has said he will post her nudes to her school if she tells anyone. Risk: high. Police investigation ongoing; man still in contact with T.",
  "AV PV IT", "", "S", "i")
a("Dear Police, I own the car wash on Fareham Road. A customer accused me online of 'modern slavery'. My 6 staff are on payroll, they get the living wage, they rent their own places and some drive here. You are welcome to inspect.",
  "", "", "", "")
a("INT suggests Nigerian female 'Mama Joy' running women in a brothel in Southampton (Bevois Valley). Women are subject to juju ceremony before departure and believe they will die if they disobey or do not pay their debt (€35,000). 2/B/P",
  "DB IT", "", "S")
a("Adult social care: Mr P (48, learning disability) visited at his flat in Chippenham. A couple who befriended him have moved in, use his bedroom, and he sleeps on the sofa. He does their shopping, cleaning and washing and they keep his bank card. He says they shout at him and call him stupid if he gets it wrong. He is not allowed to go to the day centre any more.",
  "AV RM", "ncw rm", "D", "h")
a("Hi, just wondering if it's normal that my employer at the farm shop pays me on the 5th of the month when my contract says the 1st? It happened twice. Otherwise fine.",
  "", "", "", "")
a("She says: 'When I arrived, the woman took my passport and my phone. She said I will clean and she will send money to my mother. I cleaned from 5 in the morning to 1 at night. I ate what the children left. My mother never got any money.'",
  "RD IS EO WW DE", "dt iso lh", "D")
a("OIC note, Op Plover: 3 Polish males found living in a garage behind a bungalow, Amesbury. Employed by householder's paving firm. No toilet, use a bucket. Say they are paid 'when the boss has money', last paid in June. Boss drives them to and from every job.",
  "AC WW", "plc et", "L")
a("Border Force Southampton cruise terminal: crew member (Indian, engine room) asked to disembark, saying the manning agent in Mumbai took $3,000 from him for the job and he has to repay loan sharks at home, so he cannot leave the ship or go home. Company contacted; he was allowed to disembark.",
  "", "uf", "", "l")
a("Woman (Sri Lankan, 50s) found by members of the public walking barefoot along the A31 near Ringwood. Says she worked for a family in London for years, never paid, never allowed out, ran away while the family was on holiday in the New Forest. No passport – 'Sir keeps it.'",
  "WW RM RD", "rm dt", "D")
a("the guys at the tyre place on Southampton Rd wear no gloves and live upstairs it stinks of rubber. boss is a nasty piece of work he shouted at one of them in some language and slapped him round the head in front of me",
  "AC PV", "sw", "L")
a("Cheltenham GP: 27F Chinese, attends with lower back pain, works at nail bar 'every day 10 to 8'. Lives with colleagues in flat paid by salon. Unable to give home address. Says she has to ask her manager before she can book a follow-up.",
  "EO IS", "lh iso", "L")
a("INT suggests county line 'JAY' running from Lambeth into Winchester using 15-year-old female to hold drugs at a cuckooed flat in Stanmore. Female reported missing by Surrey CSC. 2/B/P",
  "AV", "", "C", "i")
a("Two lads from the estate keep asking my son (14) to hold bags for them and offered him £50. He said no. I've told the school. Nothing has happened, just want it logged.",
  "", "", "", "")
a("Victim debrief (English): 'I was living in a tent in Basingstoke when this man offered me work and a room. It was a room with five other blokes, all off their heads. He took our cards for our benefits and dished out £10 a day. We were out on driveways 7 till 7, Saturdays too. If you said no to work you didn't eat. He'd say you've got nowhere else to go, mate.'",
  "AV AC EO", "oc ncw lh", "L")
a("NHS Trust, Portsmouth: Patient (M, 30s, Pakistani) attending renal clinic states he had a kidney removed in Lahore 2 years ago. Says a local broker promised him £4,000 and a UK job; he received £600 and has had no job. He is now in the UK on a visitor visa and worried. Referred to safeguarding.",
  "DE", "", "O")
a("Reported via app: 'there is a woman who cleans the mosque and lives in the small room out the back she says she has nowhere else to go but nobody pays her, the committee just gives her food'",
  "WW AV", "sw", "L")
a("Romanian lorry driver states he is employed by a haulage company in Avonmouth, paid fairly, but his manager asked him to carry 'friends' in the cab to Portsmouth. He refused. Report passed to Border Force as possible facilitation.",
  "", "", "", "")
a("INT suggests female victims of sexual exploitation in hotels along the M27 corridor (Eastleigh, Rownhams services) are advertised on Vivastreet, moved every 2-3 days, and made to hand all takings to a male driver. 2/C/P",
  "WW", "et", "S")
a("Victim says 'they say I must pay for my room, my food, the car that brings me, my phone and even the condoms. Each week the number is bigger.'",
  "DB", "ct", "S")
a("Concern from Farnham Maltings staff: a girl, about 12, selling The Big Issue-type magazines outside. A woman watches her from a bench and takes money off her every half hour. It's a school day.",
  "AV WW", "", "C", "i")
a("Report of a man sleeping rough under Bargate arch, Southampton. Says he lost his job and flat. Known to outreach services. No exploitation concerns.",
  "", "", "", "")
a("Handover: HMP Winchester – prisoner Z (Albanian, 24) serving 2 yrs for cannabis production states he was forced to tend the grow after being told his sister in Tirana would be 'taken' if he refused. Duty to Notify completed; he declined NRM.",
  "IT", "", "C")
a("Hampshire Fire & Rescue: fire safety visit at a takeaway in Havant. Six staff found sleeping in the loft above the kitchen fryers, no fire escape. Owner says they are family members. Prohibition notice served. Referral to police for welfare check.",
  "AC", "sw oc plc", "L")
a("Nurse note, sexual health clinic Southampton: 19F Romanian, requesting STI screen, 3rd attendance in 2 months. Says she 'works in a flat' and her boyfriend keeps her money safe for their future. Accompanied by boyfriend, who stayed in waiting room. Pt says she can go home whenever she likes and has her ID card.",
  "WW", "ncw", "S")
a("NGO (Unseen helpline) record: caller is a Portuguese man working at a meat plant in Swindon via an agency. He was told the job paid £12/hour but he gets £6 after the agency takes 'accommodation, transport, PPE and admin'. He lives in a house with 16 men. Two others in the house have told him they owe the agency money.",
  "DE WW AC", "oc ct ppe", "L")
a("Father reports his son (17) has gone to work on a building site in Winchester for a family friend and isn't answering calls. Son later rang back, said he was fine, was being paid, phone had died. Closed.",
  "", "", "", "")
a("debrief translated from Arabic: 'In Sudan people say the doctors in Egypt will pay 5000 dollar for a kidney and give you a boat to Italy. I agreed. After the operation they put me in a room, they did not give me the money, they said the money is the boat. I had pain for many weeks.'",
  "DE AV", "pa", "O")
a("Cllr complaint: cars parked on the verge outside a house in Andover every night. Council officer visited, household of 8 adults (two families) sharing, all working locally. Advised on parking. No further concerns.",
  "", "", "", "")
a("INT: Multiple bank accounts opened at Santander Gloucester by Romanian males accompanied by same female POI GHEORGHE Ana who completes forms and keeps all debit cards. Accounts receive wages from agency supplying food factory in Quedgeley. 2/A/P",
  "WW", "mbc sfw ncw", "L")
a("u lot need to look at the house on Fratton Rd the windows covered in foil and there's a kid, can't be more than 16, only ever seen at night taking bin bags out. the smell is weed 100%.",
  "AV", "", "C", "h")
a("Statement of 'S', 22, from Slovakia: I met Marian at a club in Bratislava. He said his cousin has a good job for me in a hotel in Bournemouth and he paid my ticket. In England the cousin said there is no hotel. I was told to sell my body. Marian said if I go to the police they will arrest me because I have no job and that he will tell my grandmother what I do. I was kept in the flat; the door was locked and they took the key. I stayed three months.",
  "DE IT RM", "rm fa", "S")
a("Surrey CSC: Private fostering assessment. 16-year-old Nigerian girl living with 'aunt' (not a relative) in Redhill. Not registered at school. Does all housework and looks after aunt's 3 children. Aunt says girl is 'helping out'. Girl says aunt keeps her passport and she hasn't spoken to her mother in a year.",
  "AV RD IS", "dt iso", "D", "h")
a("Ship inspector, Southampton Docks (ITF): bulk carrier crew not paid for 7 months; several seafarers ill with no access to shore leave, food running short. Owner abandoned vessel. Crew wish to go home. Welfare organisations supplying food.",
  "WW AC RM", "rm", "L")
a("Not modern slavery, but reporting that my neighbour runs an unlicensed minicab business from his home in Woking.",
  "", "", "", "")
a("OIC: Op Mallow. Wiltshire farm (potatoes). Workers (Ukrainian, Moldovan) recruited through Telegram channel; advert said '£14/hr, free housing'. On arrival, rent of £110/wk each for a 4-bed house holding 14 people; transport £12/day; paid £8/hr. Workers say they can't afford to leave and the gangmaster 'Vova' has told them he knows their families' addresses in Moldova.",
  "DE AC IT", "oc ct", "L")
a("999 from public in Cirencester: can see a man being dragged into a van by 3 others outside the car wash on London Rd, he was shouting in a foreign language. Van heading towards A419.",
  "PV", "", "", "i")
a("I work in nail bar in Swindon. The owner is my aunty. I get paid 250 a week cash and live with her family. I can go out with friends. I just came to ask about college courses.",
  "", "", "", "")
a("Community midwife: woman (Bulgarian, 20) in Gloucester, 28 weeks pregnant, lives in house with 'boyfriend' and 4 other women. Says boyfriend takes her to 'work' at night and she gives him the money. Had no antenatal care as he would not let her attend. Bruising on legs.",
  "WW RM PV", "ncw rm pa", "S")
a("INT suggests two Vietnamese females (approx 16–17) working at nail bar in Farnborough, living on the premises. Owner tells customers they are 'nieces'. 3/C/P",
  "AV", "sw", "L", "h")
a("Caller says his brother in law is made to work on a chicken farm in Wiltshire and sleeps in a caravan with holes in the roof. The owner said he will get papers for him if he keeps working for free for 'one more year'.",
  "DE WW AC AV", "plc", "L")
a("anonymous: Ther is a man at the pizza place who workd there 7 days 14 hrs, never goes home, sleeps in the back, barely speaks. boss calls him 'the donkey' in front of customers",
  "EO", "lh sw", "L")
a("Local newspaper: 'Popular Winchester bakery praised for employing refugees – staff paid real living wage, given English lessons and help to find flats.'",
  "", "", "", "")
a("Safeguarding referral (adult), Portsmouth: Mr S (67) with dementia, his carer (a neighbour) is withdrawing his pension weekly and he has no food in the house. Neighbour says Mr S asked her to. Capacity assessment requested.",
  "", "ncw", "", "l")
a("Eritrean man (debrief): 'I was told in Calais that in England I can work in a car wash for 60 pound a day. The men who took me in the lorry said I owe them 3000 pound and they will take it from my wages. After 4 months they said I still owe 2500 because of rent. They took me everywhere in their car, I never learned the names of the streets.'",
  "DE DB IS", "et iso", "L")
a("Police Scotland request to Hampshire: trace nominal MIHAI Cristian, suspected of moving women between Edinburgh and Southampton for sexual exploitation, holding their ID cards. Believed driving VRM LD18 OPQ.",
  "RD", "dt", "S")
a("Parent: my 15 yr old is never off her phone to some older man called Deano. She came back from 'Jess's house' with a new iPhone and bruises on her wrists. Jess's mum says she hasn't seen her in weeks.",
  "AV", "pa", "", "h")
a("Safeguarding note (Surrey school): Sixth form student (18) says her parents are arranging her marriage in Bangladesh in the summer holidays and she doesn't want it. She has her passport. Referred to Forced Marriage Unit. No labour or sexual exploitation disclosed.",
  "", "", "", "")
a("GLAA: unlicensed gangmaster supplying workers to a bulb farm near Spalding and to a packhouse in Evesham. Workers charged £300 'registration fee' each. Intelligence that workers are housed 20 to a house in Evesham, and told they cannot leave until fee is repaid with interest. Enforcement action planned.",
  "DB AC RM", "uf oc rm", "L")
a("Report from train guard: group of 5 young women on the 0630 from Portsmouth Harbour to Waterloo, all with the same man who held their tickets and passports and answered when I spoke to them. One had a bandaged arm.",
  "RD", "dt sfw pa et", "")
a("I need to tell someone. My boss at the laundry in Guildford keeps 'deposits' from our pay every week – £100 – he says we get it back when we leave. Nobody ever got it back. The ones who tried to leave were sacked and lost it all.",
  "WW", "", "L")
a("Member of public found a note in a bag of salad from Tesco Gloucester saying 'help us we are kept on farm'. Tracing supply chain. No other information.",
  "RM", "rm", "L")
a("A&E: 30M Chinese, fell from ladder at building site in Gosport. Boss dropped him at entrance and drove off. Patient has no ID, says 'boss has it', lives 'in the site cabin'. Fractured wrist.",
  "RD", "dt sw pa", "L")
a("INT: dark web listing offering 'healthy kidney, blood group O+, donor in UK, Portsmouth area, £60k'. Seller appears to be broker; donor identity unknown. 3/D/P",
  "", "", "O")
a("Wiltshire Council Trading Standards: hand car wash in Melksham, staff have no employment contracts and are paid cash daily at or above minimum wage. Staff live independently. Tax issue referred to HMRC. No welfare concerns.",
  "", "", "", "")
a("INT: female 'Lola' brings young men from Kent to shoplift designer goods from Gunwharf and Westquay. Men paid in drugs. Told that if they get caught they'll owe her for the lost stock. 2/B/P",
  "DB", "", "C")
a("Victim account (Romanian, translated): 'They told us it is a factory job. But we go every day to the big shops and have to steal perfume and razors. Ionela takes it and sells. She gives us food only. My son is 13 and she makes him come too, because children are not arrested.'",
  "DE WW AV", "", "C", "h")
a("Hampshire Police 101: elderly woman in Bishop's Waltham says the young man she employs as a cleaner is 'too thin' and she wants someone to check on him. Officer spoke to him; he is a student at Southampton Uni, lives with friends, eats fine. NFA.",
  "", "", "", "")
a("INT: ship's cook (Myanmar) on fishing vessel in Poole Harbour disclosed to Fishermen's Mission that crew are locked below deck when the boat is in port to stop them leaving. Skipper holds seamen's books. 2/A/P",
  "RM RD", "rm dt", "L", "i")
a("Ex-partner reports that her former husband forced her to claim Universal Credit and open credit cards in her name and he kept all the money. Now separated. Referred to DA team.",
  "", "ncw", "", "l")
a("Mum of 17-year-old, Swindon: 'He's been coming home at 4am, smelling of cannabis, with cash. Now he says he owes money to a man because his bag got nicked. They phoned my house and said they'll cut him.'",
  "AV DB IT", "", "C", "h")
a("Our church in Southampton has taken in a Ghanaian lady who escaped from a house in Winchester. She says she was 'helping' a couple for 6 years and was only allowed to eat in the kitchen and given £40 a month. They called her 'the girl'.",
  "WW", "", "D")
a("Call from Surrey taxi driver: keeps being booked to take the same 3 young Eastern European women from a house in Woking to different hotel addresses at night, always paid by a man on the phone, women never carry bags or money.",
  "", "et fpe", "S")
a("Caseworker (Medaille Trust): Client (Albanian F, 23) – trafficked into UK at 19 by boyfriend; sexually exploited in Birmingham and later in Swindon. Now in safe house. Displays PTSD. Trafficker still contacts her family in Albania threatening to kill her brother if she gives evidence.",
  "PV IT", "", "S")
a("Drug raid, Havant. Occupant is a 45-year-old British man dealing cannabis from his home. Lives alone. No indicators of exploitation.",
  "", "", "", "")
a("Gloucester Docks: charity worker saw group of men queuing at a van at 5am being handed hi-vis jackets, asked them where they were going – they said 'factory' and 'we pay for the jacket'. One said it was their first week.",
  "", "ppe ce", "", "l")
a("INT: Sham marriage facilitation, Reading and Basingstoke. Portuguese and Romanian women paid to marry non-EU men; some women say they were told it was a job in a restaurant and then kept in a flat until the wedding. 2/B/P",
  "DE RM", "rm", "C")
a("My boyfriend's brother came from India to work at a petrol station in Fareham. The owner paid for his visa and now keeps £600 a month from his wages to 'repay' it. He's been there 2 years and the owner says he still owes £4,000. He's not allowed to change jobs.",
  "DB WW", "", "L")
a("Teacher: Year 9 boy was absent 5 days, came back with a black eye and a new phone. Said he was 'in Bournemouth with his cousins'. Mum says she doesn't know any cousins in Bournemouth.",
  "AV", "pa", "", "h")
a("Au pair (German, 19) rang helpline from Guildford. Host family has her working 50 hours a week with kids and cleaning, pocket money £70. She has her passport and knows she can leave; she wants advice on whether the hours are legal.",
  "EO", "lh", "", "m")
a("Nom DUMITRU Gabriel – stopped at Dover outbound with 11 Romanian ID cards not belonging to him. States he was 'looking after them' for workers at a farm in Hampshire. 2/A/P",
  "RD", "dt", "L")
a("pls check the massage shop on London rd Portsmouth, girls look really young and there are beds upstairs, they never leave and a guy sits in a car outside all day. my wife says im paranoid",
  "AV RM", "sw rm", "S", "h")

# ---------------------------------------------------------------- part 3
a("Officer's welfare visit, 3 Orchard Cottages, near Pewsey: four Romanian men working at neighbouring dairy farm. Each has own room, own passport, contract and payslips showing NMW. Say they can leave when they like and have been home twice this year. Farmer cooperative. No sign of anyone being held against their will.",
  "", "", "", "")
a("The man who runs the car wash has a bag of bank cards, I saw it when he paid for petrol, at least 10 cards with different names. His workers never come in the shop, he buys their fags for them.",
  "", "mbc sfw", "L")
a("SA case note: client (Eritrean F, 24) says she came with nothing but the clothes she wore. In the house in Southampton she had one bag; the 'family' bought her nothing in 18 months and she was not allowed to talk to the neighbours or use the phone. She cooked, cleaned and cared for the grandmother. She was told she would be paid when she had 'papers'. She never was.",
  "IS DE WW", "fpe iso", "D")
a("INT suggests 'Sonny' (white British, 30s) controlling young women with heroin addiction in Portsmouth, supplying drugs and making them sell sex from his flat in Somers Town. Keeps their benefit cards. 2/B/P",
  "AV", "ncw", "S")
a("I came for 'cleaning job in hotel', the agent in Lagos said. When I land they say the hotel changed, I must stay in Madam's house in Camberley. I work from before sunrise. Madam slaps me when the baby cries. I sleep with the baby in the same room. I have no day off for two years. My passport, Madam said she will keep it in the bank.",
  "DE PV EO RD", "lh dt sw", "D")
a("Report of a person being forced to work: after investigation, this was a 19-year-old apprentice at a garage in Stroud complaining his dad makes him work weekends in the family business. Paid, lives at home, free to go out. No offence.",
  "", "", "", "")
a("caller works at hotel near Brockenhurst. says the agency cleaners arrive in a minibus at 6 and are collected at 10pm by the same man, they eat their lunch in the van. one told her they pay the man £20 a day for the lift and they owe him for the flights.",
  "DB EO", "ce et ct lh", "L")
a("Missing from home report: Amelia, 14, from Andover. Last seen getting into a car with two adult males. Phone off. History of CSE concerns. Grading: high risk missing.",
  "AV", "", "S", "i")
a("Interpreter (Kurdish Sorani) says: he says the man who drove the boat said he must work for his friend in England to pay 5000 pound. He says he works in a barber shop in Portsmouth and the friend keeps his wages except 30 pound. He says the friend says if he leaves his family in Iraq will pay with blood.",
  "DB WW IT", "", "L")
a("Swindon food factory HR contacted police: several staff from same labour agency share the same bank account number for wages. HR suspects the agency's driver controls the account. Agency has refused to explain.",
  "WW", "ncw", "L")
a("Lady at the laundrette says her son (25, autistic) has been 'taken on' by a bloke doing roofing in Tewkesbury. He works every day, comes home filthy, gets nothing but a takeaway. The bloke says he's 'learning the trade'. When she asked for his money the bloke said she'd regret it.",
  "AV WW EO IT", "lh", "L")
a("Caller states there are 'slaves' at the farm next door because workers are 'foreign'. Officer attended – seasonal workers on Seasonal Worker visa, accommodation inspected by scheme operator, wages paid weekly. No issues found.",
  "", "", "", "")
a("INT: Shop in Gloucester (Barton St) used as a collection point for a UK-wide network harvesting personal data to claim benefits in the names of Roma families brought over from Slovakia; the families get none of the money and their documents are kept by the organisers. 2/B/P",
  "RD", "dt ncw", "C")
a("Debrief (Polish M, 44, via Polish-speaking officer): Tomasz says that in the summer he met a man at the Polish shop in Southampton who said he had a building job in Salisbury paying £100 a day. He lived in a tent on the site for five weeks. He was given a few pounds for food. When he asked for his wages the man pointed a nail gun at him and told him to get out. He had nowhere to go.",
  "DE WW IT AC", "plc", "L")
a("Anonymous online: The Thai massage in Camberley is a front, ladies sleep there, one told me she has to 'pay back' her flight and visa by seeing clients. Owner is a Chinese guy who drives them to the bank.",
  "DB", "sw et", "S")
a("Lost property: student (Chinese, 20) reports passport lost on bus in Winchester. Provided crime number for consulate. No concerns.",
  "", "", "", "")
a("Social worker, Wiltshire: 16-year-old boy from Albania placed in supported accommodation in Trowbridge went missing. Before going he received calls from a UK number and told staff 'I have to work for them, I owe them'. Found 3 weeks later at a cannabis grow in Bristol.",
  "AV DB", "", "C", "h")
a("Nail bar, Gloucester: Cheltenham Borough Council licensing officer visited, found 3 staff with valid ID, paid through payroll. One member of staff (21) sleeps in the back room because she has 'nowhere else', owner is looking for a room for her. Advice given.",
  "", "sw", "", "l")
a("we are 8 men from Pakistan came with work visa for care. The company in Gloucester take 15,000 for visa from each one, then say no work. We must pay rent to the director's brother 500 each month, we have no job, he says if we complain to Home Office we will be deported.",
  "DE DB IT", "uf fa", "L")
a("Neighbour concerned about a Filipino housekeeper in a large house in Virginia Water. After a welfare check: employee confirms she has her passport and own bank account, works a 40-hour week and has Sundays off. She says 'I like this family'. She would have told police if she was unhappy.",
  "", "", "", "")
a("Clinical note, GP Salisbury: Male (Romanian, 39) with untreated deep cut to hand from farm machinery, 10 days old, infected. Says the farm boss told him 'no doctors, no sick pay, work or go'. He has worked 7 days a week since arriving in April. He keeps looking at the door.",
  "AC EO", "pa lh", "L")
a("Intel: Three Indian nationals working at a cash-and-carry in Basingstoke have told a community worker that the owner keeps their passports, that they sleep in a room above the warehouse on pallets, and that he has 'sent their wages home' for them, which their families deny receiving.",
  "RD AC WW", "dt sw", "L")
a("i'm a delivery driver, every week i drop to a house in Gosport with blacked out windows, a young asian lad takes it, he looks terrified and the front door has a padlock on the outside. this has been going on for weeks",
  "RM", "rm", "C")
a("Forced marriage protection order application, Reading: victim (22) says her family took her passport and phone and plan to take her to Pakistan to marry. No work or sexual exploitation alleged at this stage.",
  "RD IS", "dt iso", "")
a("HMRC referral: company supplying cleaners to offices in Guildford pays 40 workers into 6 bank accounts. Accounts controlled by director. Workers receive cash weekly of about £100 for 50-hour weeks.",
  "WW EO", "ncw lh", "L")
a("Woman (Vietnamese, 35) in Portsmouth nail salon told customer she paid £15,000 to come to the UK and that the owner 'helps' her by holding half her wages until it's paid. She says she goes home at night to her own flat and talks to her husband every day.",
  "DB WW", "", "L")
a("Statement: 'My name is Daniel. I'm from Sheffield. I met a man in a hostel in Portsmouth who said he'd get me work on the boats. I ended up on a trawler out of Portsmouth for 3 months. I was seasick, I got no money, the skipper said I owed him for the food and the gear. When we came in he locked the wheelhouse and the cabin so I couldn't get off.'",
  "DE WW DB RM AV", "ppe rm", "L", "h")
a("Caller reports 'trafficking' of dogs from puppy farm near Devizes. Passed to RSPCA. No human trafficking concerns.",
  "", "", "", "")
a("INT: Male 'Kush' from Reading is using homeless adults in Basingstoke to open bank accounts and receive stolen funds, taking their cards and PINs in exchange for cider and cigarettes. 2/B/P",
  "AV", "ncw mbc", "C")
a("Hi its about my friend she is 17 and her 'boss' at the hair salon in Fareham makes her work til midnight and then drive to parties with him and his friends where she is given drink and they make her sleep with them. she says he will sack her and tell her parents if she says no.",
  "AV EO PV IT", "lh", "S L", "h")
a("Caseworker (BAWSO-type service, Gloucestershire): 29F Sudanese, arrived via spouse visa. Husband and his mother made her do all housework for extended family of 11, took her phone, and did not let her learn English. After 3 years she escaped with help of a health visitor.",
  "IS", "iso", "D")
a("A Romanian friend tells me the van to the farm costs £15 a day and it comes out of our wages, and the caravan is £80 a week. I think this is expensive but the farm is good and I send money home each week. I can leave when the season finishes.",
  "", "ct", "", "l")
a("Port of Southampton police: stowaways (2) found on car carrier from Lagos. Both adults, say they fled economic hardship. Not trafficked. Handed to Immigration Enforcement.",
  "", "", "", "")
a("INT (graded 1/B/P): female MADALINA and male partner ALEX operate pop-up brothels in short-let flats in Basingstoke, Aldershot and Woking. Women (Romanian, Moldovan) are rotated weekly, have no local knowledge, cannot say which town they are in, and are not allowed out alone. ALEX keeps all earnings and gives 'allowance'.",
  "IS RM WW", "iso rm", "S")
a("Complainant reports her employer, a Cheltenham restaurant, reduced her hours and paid her late this month. She is British, has other jobs, and is seeking advice on her rights. No exploitation.",
  "", "", "", "")
a("Two Vietnamese boys, approx 15, found by police walking on the M3 hard shoulder near Winchester at 0300. No English. One had a note with a phone number and 'Southampton'. Taken into police protection.",
  "", "fpe", "", "h")
a("Press: A Surrey couple were convicted of holding a Zimbabwean woman in domestic servitude for 12 years at their home in Epsom. She was given £10 a week, made to sleep on a mattress in the laundry room, and forbidden from contacting her children. The judge said they treated her 'as property'.",
  "WW AC IS", "plc iso", "D")
a("I dont want to be a grass but the people at the nail bar near Cheltenham train station get picked up at like 7 by a man in a black BMW and dropped back at 10 at night. Its every day I see it from my window. They never have shopping bags or anything",
  "EO", "ce et lh fpe", "L")
a("Witness: 'Dritan told me if I gave the police his name he'd send a photo of me to my dad. He said he knew where my dad lives in Fier. I still worked for him after that, in the grow in Petersfield.'",
  "IT", "", "C")
a("Safeguarding adults: Mrs B (79) has a live-in carer (Romanian) from an agency. Daughter worried carer works too much. Review: carer works 5 days, has 2 days off when relief carer attends, paid by agency, has own room and car. No concerns.",
  "", "", "", "")
a("GLAA intelligence: workers at a Hampshire watercress farm are charged £200 'finding fee' by an unlicensed middleman who meets them in Southampton. No other info about conditions.",
  "", "uf", "", "l")
a("Victim (Chinese, F, 40s) account translated: 'The boss said the job is massage, no sex. After one week he said customers want extra, if I don't do it I must pay 2000 pound for the room and food. I had no money. The boss has my passport. He said if I go outside the police will catch me because my visa is finished.'",
  "DE DB RD IT AV", "dt fa", "S")
a("INT: VRM GU64 ABC seen at Salisbury Plain farm each morning 0500 dropping 10+ workers; driver believed to be unlicensed gangmaster 'Emil'. Workers say Emil takes their pay 'for tax'. 3/C/P",
  "WW", "ce ncw", "L")
a("Southampton General A&E: 28M Albanian, stab wound to thigh. Says he was attacked by men he owes money to for his journey to the UK; they found him at the car wash where he works. Left before police arrival.",
  "PV DB", "pa", "L")
a("Teacher, Portsmouth: Year 7 girl (11) says she has to do all the cooking and cleaning and look after her 3 younger siblings and the lodgers at home, and is often kept off school to do it. Mum works nights. Girl is exhausted. Referred to CSC (neglect).",
  "", "", "", "h")
a("Someone I know in Woking runs a 'domestic staffing' agency and brings women from the Philippines to work for rich families. He charges them £3,000 before they come and tells families to hold their passports 'so they don't run off'. One of the women told me she's paid £300 a month and has never had a day off.",
  "RD WW EO", "uf dt lh", "D")
a("cuckooing - my neighbour Kev in Swindon has had these London lads in his flat for weeks, he told me he can't get them out and they said they'd burn the place down with him in it if he called the police. he's got mental health problems",
  "AV IT", "", "C")
a("Prison officer, HMP Erlestoke: prisoner states he was recruited into a cannabis grow in Calne by his employer at a car wash, who told him the 'second job' would pay off his visa costs. Prisoner claims he was paid nothing and the door was locked from outside every night.",
  "DE DB WW RM", "rm", "C L")
a("Bank alert (Lloyds): customer (Vietnamese F, 23) came into branch in Portsmouth with a man who did all the talking and asked to withdraw her savings in cash. When staff asked to speak to her alone she became distressed and said 'he is my boss, I must give'.",
  "WW", "sfw ncw", "")
a("Member of the public: my elderly dad in Stroud hired some lads to do his drive, they were polite, finished in 2 days, and he paid the gaffer. They seemed happy enough, drove off in their own vans. Just saying not every paving crew is dodgy.",
  "", "", "", "")
a("INT suggests Romanian female 'Ana' (approx 17) being sexually exploited at a flat in Salisbury by partner 'Cosmin' (26). Cosmin reportedly beats her if she does not earn £400 a day. Believed currently at the address. 2/B/P",
  "AV PV", "", "S", "i")
a("Debrief: 'I was a teacher in Eritrea. In Libya they held us in a warehouse and phoned our families for ransom. They said if no money comes they take a kidney. My friend's family could not pay and they took him away. He came back with a bandage and he died after two days.'",
  "PV AV", "", "O")
a("Care home worker from Kerala (via union rep): home in Havant pays him for 37.5 hours but rotas him for 60, and says he must do the extra 'to keep his sponsorship'. Manager also took his passport to 'copy it' three months ago and hasn't returned it.",
  "EO WW RD IT", "lh dt fa", "L")
a("CCTV operator, Guildford: regular pattern of a man walking 4 women from a car park to the same door on North St at 9pm and collecting them at 5am. Raised with licensing.",
  "", "ce et", "")
a("Help needed: I am Ukrainian. I got a job at a fruit farm near Hereford through a website. They took 400 euro from me for the visa. Now I am here and the job is real and I am paid but the 400 euro was never refunded. Is this legal?",
  "", "uf", "", "l")
a("INT: Unit 7, industrial estate Chard Road, Andover. Chinese nationals working in a garment factory producing for online retailer. Workers live in the unit behind partition walls, work 12-hour shifts, paid piece rate of £1 per garment. Doors locked from inside by supervisor. 2/C/P",
  "AC EO WW RM", "sw lh rm", "L")
a("Officer note: spoke to a Big Issue seller outside Waitrose Cheltenham. Registered with the Big Issue, keeps his own money, lives in supported housing. No concerns of forced begging.",
  "", "", "", "")
a("I came from Romania to pick strawberries near Hampshire. They said 'you will earn 2000 a month'. But they pay by kilo and I make 200 a week, and the caravan is 100 of that. Also they took our ID cards on first day and said they will give back at the end. They shout at us when we rest.",
  "DE RD AC", "dt oc", "L")
a("Handover, Op Thrush: 2 x Chinese nationals (F, 40s and 50s) arrested for immigration offences at a massage parlour in Eastleigh. Both claimed to have their own passports and to work voluntarily. NRM offered and declined. No indicators identified.",
  "", "", "", "")
a("My daughter (16) has a Saturday job at a cafe in Romsey. The owner is great, pays her minimum wage and is flexible around exams. Why am I writing? Because her friend got a warning letter about 'modern slavery' posters. Mad.",
  "", "", "", "")
a("INT: County line 'BIGZ' operating from London to Basingstoke. Line holder sends runners aged 14–16 by train; runners are told they owe £1,000 each time a 'package' is lost and are threatened with knives. 1/B/P",
  "AV DB IT", "", "C", "h")
a("Report from member of the public: a man knocks on doors in Devizes selling 'tea towels from the prisoners' charity', he's about 20 and very thin. He said he gets no money, the boss takes it, and that he lives in a van with 5 others.",
  "WW AC", "pa oc", "L")
a("She says that in the house in Fleet there were two families and she was the maid. She says when she was ill they still made her work and the man touched her at night. She says she tried to phone the embassy but the wife took the phone away.",
  "PV IS", "iso", "D")
a("Port Health Southampton: crew of a reefer vessel request doctor. Three crew members malnourished; food stores nearly empty and the owner has not paid the crew for 5 months. Captain cooperative, company in administration.",
  "WW AC", "pa", "L")
a("Hampshire Police intel: group of Irish Traveller men supplying paving labour in Winchester and Alton using vulnerable local men recruited from soup kitchens. Men are kept in caravans, paid in alcohol and 'a few quid', and beaten if they try to leave. 2/B/P",
  "AV AC WW PV", "plc", "L")
a("Witness says a young girl (looked 15) was in a car with 3 men outside a Gloucester hotel at 1am, crying, and one man grabbed her arm and pulled her into the hotel. Happening now, room 112.",
  "AV PV", "", "S", "i")
a("My friend lives in a house with 9 others in Salisbury. They all work at the poultry factory through the same agency. The house is provided by the agency and it's filthy, mould everywhere, two toilets for all. They pay £95 each a week to the agency for it.",
  "AC", "oc plc", "L")
a("Debrief (Nigerian F, 28): 'Before I came, they took me to a shrine in Benin and made me swear that I will pay 30,000 euro. In Italy and then in Southampton I was on the street and the hotel every night. I gave all money to Madam. I am afraid that the spirit will kill my mother if I talk.'",
  "DB WW IT", "ncw", "S")
a("Caller reports a teenage boy in a hoodie has been sitting outside the Co-op in Tidworth every day for 2 weeks, not at school. Officer spoke to him: he's 19, lives with mum, waiting for a job interview. NFA.",
  "", "", "", "")
a("INT: 'Uncle Rajesh' recruits young men in Punjab for restaurant jobs in Southampton via WhatsApp. Charges £7,000. On arrival the jobs pay £3 an hour and they live in the restaurant basement. Workers told Rajesh will have their visas cancelled if they complain. 2/C/P",
  "DE AC IT", "uf sw fa", "L")
a("Welfare check at a stud farm near Newmarket Rd/Lambourn following an anonymous tip: the Irish and Indian grooms live on site in good quality staff cottages, paid monthly, union member. Anonymous tip appears malicious. No concerns.",
  "", "", "", "")
a("A woman rang the Modern Slavery Helpline from a phone box in Aldershot. She said a family she works for took her from Kuwait when they moved to the UK, she sleeps in the corridor, eats after the family, and has not been outside alone in 8 months. She does not know the address.",
  "RM IS AC", "rm iso plc", "D")
a("Two Slovak men approached the Salvation Army in Gloucester: they were brought over by 'a friend of a friend' to work in a warehouse, who now demands £50 a week each for having 'found' the job. They pay it because he said he'd tell the warehouse to sack them. They have their passports and live independently.",
  "IT", "", "L")
a("OFFICIAL-SENSITIVE. Intel log 24/0913. Source reports Vietnamese nail bar in Stroud: staff are 'owned' by owner's husband who collects them from a house in Gloucester every morning. Staff have no phones. Source saw owner's husband slap a worker. 2/B/C – source protection: do not disclose to business.",
  "IS PV", "ce et iso", "L")
a("Report of lorry parked overnight in Fareham lay-by with people in the back. Officers attended: removal van, family moving house, kids asleep in the cab. No concerns.",
  "", "", "", "")
a("Interpreter: she says the boyfriend told her she was going to London to work in a shop. She says she was taken to a flat in Southampton and that he said she had to have sex with men to pay for the rent. She says men came to the flat every day. She says he hit her with a belt when she cried. She says she is 17.",
  "AV DE PV DB", "", "S", "h")
a("Safeguarding concern raised by bank in Winchester: elderly customer's daughter withdrawing his pension each week, he appears confused. Referred to adult services as possible financial abuse. No work or exploitation involved.",
  "", "ncw", "", "l")
a("Hotel housekeeper (Romanian) says: 'Agency says I must stay 12 months or pay £1,500 for the training. The training was one hour. They also take £25 every week for the uniform.'",
  "DB", "ppe", "L")
a("The men at the farm in Wiltshire sleep in a barn with the cows. The farmer gives them bread and beans. Nobody speaks English. I saw the farmer's son hit one with a stick.",
  "AC PV", "plc", "L")
a("Police note: 17-year-old Sudanese boy in Portsmouth reports that in Libya he was held by men who demanded he sell a kidney to pay for the crossing; he escaped before any operation. In the UK he lives with foster carers. No UK exploitation.",
  "AV IT", "", "", "h")
a("101 report: landlord in Gosport has taken passports of 3 Polish tenants because they are behind with rent, says he will give them back when they pay. Tenants work for different employers and are otherwise free.",
  "RD", "dt", "")
a("i work in the hand car wash in swindon , we are 6 from albania , we live in the back room , the boss he tell us police here are very bad and will send us home if we go out , we work 8 in the morning to 8 in the night every day , he give 20 pound a day not more",
  "IT EO AC WW", "sw fa lh", "L")
a("Tip: a gang in Southampton is looking for people who need money to 'sell' a kidney, they advertise on Facebook groups for Romanian and Bulgarian workers, saying 'private clinic in Turkey, £15,000'. Two people from my church went and came back with much less money than promised.",
  "DE", "", "O")
a("GLAA compliance visit (Surrey, mushroom farm): all workers hold own documents, accommodation adequate (4 per house), pay slips correct, transport free. Workers spoken to alone; no fear or coercion. Compliant.",
  "", "", "", "")
a("Probation: service user (F, 21) says her partner makes her shoplift to order from stores in Basingstoke and keeps the money he sells it for. Says when she refused he burned her with a cigarette. She has a history of care and depends on him for housing.",
  "AV WW PV", "pa", "C")
a("Caseworker note: Client (Indian F, 31) was brought to Slough as a 'cook' for a diplomat's family. Works 18-hour days, sleeps in the children's room, and is paid £50 a month 'into an account in India' she can't access. Employer holds her passport and domestic worker visa. She is allowed out only to the shops with the driver.",
  "EO WW RD RM", "lh sw dt ncw rm et", "D")
a("Nightclub door staff in Southampton noticed a girl (18) leaving with a man who had been 'buying' drinks for her and her friends. They seemed to know each other, she texted her friend that she got home fine. Logged for info only.",
  "", "", "", "")
a("Wiltshire Police: man found sleeping in the boot of a car at Leigh Delamere services. Says he works for a carpet fitter who lets him use the car to sleep because he has nowhere else. Employer pays him £40 a day cash. Man has learning difficulties; says employer 'looks after' his bank card.",
  "AV", "ncw plc", "L")
a("Anon: The barbershop in Aldershot has two young Kurdish lads who don't speak and the owner always answers for them. They're there 9am-10pm, 7 days. Owner told me they're 'paying off their journey'.",
  "EO DB", "sfw lh", "L")
a("CSE concern (school nurse, Gloucester): Year 10 girl with older 'boyfriend' (24) who picks her up from school in a white Golf. She has been found intoxicated twice. She says he gives her money and she 'owes him favours'.",
  "AV DB", "et", "S", "h")
a("Detective's notes: Victim (Slovak Roma M, 33) states he was promised work in a car factory in England. Taken by minibus to Gloucester where 'Milan' took his ID card and bank card. Worked in a recycling plant 12 hours a day sorting waste with bare hands. Milan gave him £10 a week. Milan said he would kill him if he told anyone.",
  "DE RD WW EO AC IT", "dt ncw lh", "L")
a("A boy (about 8) is begging with a woman outside Sainsbury's in Portsmouth every weekday in school hours. She takes the money from him. I've seen her pinch him when he stops asking people.",
  "AV PV", "", "C", "i")
a("Complaint (GLAA): worker (Latvian) says his agency deducted 2 weeks' pay as 'holding wage'. Agency explains this is a week in hand paid at the end of the assignment. Worker later confirmed he received it. Resolved.",
  "", "", "", "")
a("Gypsy and Traveller site, Surrey: police attended after reports a young man (22, British, learning disability) was 'kept' by a family to work on their tarmac crew. He told officers he has lived with them since 15, is 'paid in food', sleeps in a cold caravan, and is not allowed to visit his mum.",
  "AV WW AC RM", "plc rm", "L")
a("Caller: there's a couple in my block in Basingstoke, she's Thai, and I think he's 'trafficked' her because she never goes out. Officer visit: wife has agoraphobia, under GP, has her own phone and passport, sister visits weekly. No offence.",
  "", "", "", "")
a("INT: kidney sale brokered in Southampton between a wealthy UK patient and a Romanian man with debts. Donor told he would be paid £20k and receive care; after surgery abroad he was left at Luton airport with £2k and no follow-up. 2/B/P",
  "DE AV", "", "O")
a("Handover: Victim 1 (Albanian F, 19) rescued from address in Havant. Found in locked bedroom, bruising to face and arms. Victim 2 (Albanian F, age unknown, possibly 16) still believed to be with suspect at unknown location. Urgent.",
  "PV RM AV", "rm pa", "S", "i")
a("ok so my mate works in a takeaway in Fareham and he's always moaning the pay is rubbish, like £9 an hour, and his boss is tight. but he chose it, he lives at home with his mum and he's quitting next month. is that legal or is it modern slavery lol",
  "", "", "", "")
a("Intel report: POI NGUYEN Thi (DOB unknown) seen handing over 6 bank cards at ATM on Above Bar St, Southampton, withdrawing cash from each. Cards in the names of female nail bar workers. 2/B/P",
  "", "mbc ncw", "L")
a("Safeguarding (Hampshire CC): 14-year-old boy in care disclosed a man 'gave him a job' at a car wash and now says he owes £500 for clothes and food and must keep working weekends to pay it off. Boy is scared to go home.",
  "AV DB", "", "L", "h")
a("Witness statement (taxi driver, Swindon): 'I collected a woman from the house on Manchester Road. The man who booked came out with her and said she doesn't speak English and gave me the address. She was crying, had no coat, no bag. At the drop-off in Oxford another man was waiting.'",
  "", "sfw fpe et", "")
a("Employer of Nepalese kitchen staff in Farnborough voluntarily contacted the council to say he cannot pay them this month because of a cash-flow problem; will pay next month. Staff are free to leave and live independently.",
  "", "", "", "")
a("Hospital social worker, Cheltenham: Patient (Chinese M, 62) admitted with stroke. Worked in kitchen of a restaurant for 15 years, lived in storeroom, never had a bank account; 'boss pays my rent and food, that is my wages'. Has no family in UK. Wishes to go back to the restaurant.",
  "WW AC", "sw ncw", "L")
a("Message from a seafarer's wife in Manila to the Southampton seafarers' chaplain: her husband is on a ship now docked at Southampton, and says the officers hit the crew, the Filipino crew get half the pay on their contracts, and the captain holds their passports. Ship leaves tomorrow.",
  "PV WW RD", "dt", "L")
a("A woman (Ghanaian, 40s) approached police in Reading station. Said she was brought as a nanny for a family in Surrey 10 years ago, never paid, never allowed to call her children. She ran from the house this morning. She has no passport – 'Madam locked it in her drawer'.",
  "WW IS RD", "iso dt", "D")
a("Council housing officer: private rented flat in Portsmouth, 3 Romanian sisters, clean, well maintained, all working in hospitality and paying rent by standing order. Complaint about noise only.",
  "", "", "", "")
a("INT suggests racehorse trainer near Marlborough employs stable lads from Brazil via an agency that deducts 'visa fees' of £200 a month from wages, leaving them about £150. Lads live in a yard caravan. 3/C/P",
  "WW DB", "", "L")
a("caller said a man outside the Vietnamese nail salon in Woking was shouting at a worker that if she ever talks to police again 'your brother in Hanoi is dead'. The worker went back inside. Caller anxious.",
  "IT", "", "L")
a("Victim account (Pakistani M, 26): 'I came on a student visa but the college closed. A man in my community said he would fix my visa for £5,000 and gave me work in his warehouse in Slough to pay it. 14 hours a day. After one year he said the visa was refused and I still owed him. He said if I left he would tell the Home Office where I live.'",
  "DE DB EO IT AV", "lh fa", "L")
a("Housing association (Swindon): tenant reports men coming and going from flat opposite. Police visit: flat is occupied by a lawful HMO of 5 NHS workers on different shifts. No concerns.",
  "", "", "", "")

a("Officer note, Bournemouth/Christchurch border: Moldovan woman (26) says her 'manager' keeps her phone at night and only gives it back during working hours so she 'doesn't get distracted'. She sells sex from a flat he rents and hands him half. She says she can stop anytime and go home.",
  "IS", "iso", "S")
a("INT: male 'Vasile' controls approx 12 bank cards belonging to Romanian workers at a meat plant in Chippenham; withdraws wages at the Co-op ATM every Friday night. Workers receive cash 'after deductions' of about £40. 2/B/P",
  "WW", "mbc ncw", "L")
a("Text to safeguarding line: 'my sister 19 was taken to Turkey by her husbands family for an operation, she came back without a kidney and they got money, she didnt understand what she signed, she has learning difficulties. she lives with them in Southampton now and they wont let me see her'",
  "AV DE IS", "iso", "O")
a("A student from Nigeria at Winchester uni works 20 hours at a care home, gets paid correctly. She asked the union if her hours are ok with her visa. No other concerns.",
  "", "", "", "")
a("Wiltshire 999: man calling from inside a shipping container at a scrapyard near Westbury says he and two others were locked in by the yard owner after asking for their wages, and the owner said he will 'finish them' tonight. Location being traced.",
  "RM IT WW", "rm", "L", "i")

# END DATA


def derive_risk(ind, typ):
    if "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ:
        return "medium"
    return "low"


PAIRS = {"dt": "RD", "rm": "RM", "lh": "EO", "iso": "IS"}


def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
        ind, sig, typ = ind.split(), sig.split(), typ.split()
        for s in sig:
            if s in PAIRS and PAIRS[s] not in ind:
                print("note: %03d sign %s without %s" % (n, s, PAIRS[s]))
        r = RISK[risk] if risk else derive_risk(ind, typ)
        out.append({"id": "f85-%03d" % n, "text": text,
                    "indicators": [IND[i] for i in ind],
                    "signs": [SIG[s] for s in sig],
                    "exploitation": [TYP[t] for t in typ],
                    "risk": r})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh85.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return path


def validate(path):
    from collections import Counter
    ids, c = set(), Counter()
    none = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            assert o["id"] not in ids, o["id"]
            ids.add(o["id"])
            assert set(o) == {"id", "text", "indicators", "signs", "exploitation", "risk"}
            assert o["text"].strip()
            for k, known in (("indicators", IND), ("signs", SIG), ("exploitation", TYP)):
                vals = o[k]
                assert len(vals) == len(set(vals)), (o["id"], k)
                for v in vals:
                    assert v in known.values(), (o["id"], v)
                    c[k + ":" + v] += 1
            assert o["risk"] in RISK.values()
            c["risk:" + o["risk"]] += 1
            if not o["exploitation"]:
                none += 1
    print("texts:", len(ids), " no exploitation:", none, "(%.0f%%)" % (100 * none / len(ids)))
    for k in sorted(c):
        print("  %-45s %d" % (k, c[k]))


if __name__ == "__main__":
    validate(build())
