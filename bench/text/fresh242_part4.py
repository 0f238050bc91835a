# fresh242 part 4: negated and hypothetical mentions, short logs, ordinary crime and disputes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Spoke to all 6 workers at the farm alone with an interpreter. All hold their own passports, none owe money, all paid by bank transfer. Free to leave. No concerns. Visit lasted two hours.")
T("Welfare visit to Polish male at 3 Grange Rd. He denies anyone has threatened him, says he keeps his own ID, and is free to come and go. However he confirmed he has not been paid for the last 7 weeks and the boss 'keeps it for him'.",
  "WW", "NCW", "L")
T("GLAA inspection of Fenmarsh Growers: checked for signs of exploitation, found none. Accommodation clean, workers have own contracts and payslips.")
T("She was adamant nobody took her passport - she's got it in her handbag. She just hasn't been paid since March and the manager keeps promising 'next week'. She has two children to feed.",
  "WW", "", "L")
T("Victim denies being hit or threatened. Says she was told she'd be working in a restaurant but was sent to clean at three houses and the 'agent' keeps her wages to pay her visa costs.",
  "DEC WW DB", "NCW UF", "D")
T("If the agency doesn't pay him by Friday he says he'll go to the union. Wage dispute only, he's a UK national with a contract.")
T("Worker says 'nobody locks us in, we can go to the shop whenever', but adds that the boss has everybody's passport in the office safe 'so they don't get lost'.",
  "RD", "DT", "L")
T("No evidence of debt bondage. No evidence of restriction. Workers were asked about fees and all said they paid nothing to get the job.")
T("Caller asks hypothetically: 'if my employer took my passport would that be legal?' He confirms his employer hasn't taken it, he's researching for a college assignment. Given general advice and the helpline number.")
T("Interview: IP says she was never forced to have sex and was never hit. She says the 'boyfriend' put her adverts online and took the money, and said she owed him for the flight.",
  "DB WW", "NCW UF", "S")
T("Passport check at the hotel - the concierge holds guests' passports only for check-in photocopy, returned immediately. Not retention.")
T("The lads at the car wash were spoken to. None live on site, none pay for transport, they're paid NMW. The report about them sleeping in the back was wrong - it was a storage room.")
T("Mother concerned about 17yo son's new job at a warehouse: long shifts but he chose them for the overtime, paid into his own account, he's got a contract. No coercion, not exploitation.")
T("He says he's not scared of the boss and he'd go to the police if anything happened. But he also said the boss took his phone 'so he concentrates' and he hasn't spoken to his wife for a month.",
  "ISO", "IS", "L")
T("Employer states workers would be 'free to leave if they wanted'. Workers themselves said they're not allowed out of the site after 8pm and the gate is padlocked. We saw the padlock ourselves.",
  "RM", "RMS", "L")
T("Complaint that care agency 'takes passports'. On checking, agency takes a copy for right to work checks and gives the original back. No retention.")
T("Would she be deported if she reported the burglary? That's what she's asking - she hasn't been threatened, she's just scared. She works as a cleaner, paid properly. Reassured.",
  "", "FA", "")
T("He wasn't threatened and nobody held his documents, but he paid a Kathmandu agency £6,000 for the job which never existed and he's now working 80 hours a week in a care home to pay back the loan shark in Nepal.",
  "DEC DB EO", "UF LH", "L")
T("Report of men sleeping at the workplace at a bakery in Wembley. Visited 0400: bakers on night shift, all go home after. No-one sleeps there. Unfounded. Manager showed us the rota and contracts.")
T("Nobody has taken her bank card. She says she is free to see her family. But she works 16 hours a day in the house and 'madam' says she will be sent back to Uganda if she complains.",
  "EO IT", "LH FA", "D")
T("Not a trafficking case - the girls are all self-employed escorts who share a flat and split the rent. No pimp. One asked police for advice about a violent punter. Advice and a safety leaflet given.",
  "", "", "")
T("Debt? 'No, I owe nothing, the job was free'. Documents? 'I have them'. Hours? 'Seven in the morning until eleven at night, every day, for eight months'. (Quick-time check, Polish worker, pallet yard in Corby.)",
  "EO", "LH", "L")
T("Claim of restriction not supported - CCTV shows the workers leaving the yard on their own to go to Lidl most evenings.")
T("Caller says 'what if they come back and hurt her?' - there have been no threats and no one has come. She's just anxious after the burglary. Patrols passing by tonight.")
T("Hotel cleaner says the employer never keeps passports and nobody's forced to stay, but she says the agency deducts £80 a week for a room she shares with 5 others. She wants to move out but has nowhere to go.",
  "WW AC", "OA", "L")
T("Nothing to suggest he's being exploited: he's 19, lives with his parents, works at KFC. He was caught selling weed to his mates. Cannabis warning.")
T("Support worker: 'She's not locked in and no one's hurting her. But her husband won't let her have a phone and she doesn't know where the nearest shop is, she's never been out alone.'",
  "ISO RM", "IS RMS", "D")
T("Two tenants in dispute with landlord over deposit. Landlord is not their employer. No exploitation.")
T("Neighbour thought the Romanian lads next door were being trafficked but turns out they're students at the uni, own rooms, own bikes. Apologised.")
T("INT 4/C/P: unverified claim that workers at a Leicester textile factory are paid £3/hr. Factory visited by HMRC last month: paid NMW, no issues found. Report not corroborated. NFA at this time.")
T("Case review: earlier concern about passport being held by mother-in-law found to be untrue - she keeps it herself. However she reports husband takes all her wages from her cleaning job.",
  "WW", "NCW", "D")
T("Tenant says he'd 'never let anyone hold his papers'. He rents from a Polish landlord in Gravesend with 5 others, separate tenancies, works for a different company. Fine. Visit was after a housing complaint.")
T("Female says she was not forced into it and nobody controls her, she works from her own flat. But she says a man called Ricky has started turning up demanding £200 a week 'protection' and threatening to tell her landlord.",
  "IT", "", "")
T("Ran out of cigarettes so he paid the boss £10 for the lift to town. That's the only charge. Workers are otherwise paid properly and live in their own homes. Nothing further.",
  "", "CT", "")
T("ASB - group of youths hanging round the flats on Carlisle St, some drug dealing suspected. No indication of exploitation or older controllers at this stage. Neighbourhood team to patrol.")
T("Shoplifter (adult, prolific, heroin user) steals to fund habit. Says nobody makes her do it.")
T("Domestic abuse incident: partner pushed her, she called police. No work or money element. DASH completed, medium.")
T("Street fight outside Wetherspoons, Hull. Two males arrested. Unrelated to any exploitation.")
T("Landlord licensing visit Leicester: 7 bedroom HMO, 7 students, all own tenancies, licence displayed, fire alarms tested. Compliant.")
T("Premises licence review for nightclub in Newcastle after fights. Door staff SIA licensed. No concerns around trafficking.")
T("Report of a man crying outside the Job Centre. He'd lost his job at the warehouse after redundancy. Welfare check done, signposted to foodbank.")
T("Burglary at a nail salon in Walsall overnight. Till taken. Staff are the owner's daughters, no concerns.")
T("Farmer in Herefordshire reports theft of diesel. Seasonal workers on site have own caravans, hired via a licensed agency.")
T("Lost property: Romanian ID card handed in at Stratford station. Owner collected, no concerns.")
T("Missing from home - 15yo girl found at friend's house in Swindon after argument with mum. No exploitation concerns, no older males involved. Return interview done. She was apologetic.")
T("RTC on A1 near Grantham: minibus carrying factory workers clipped a lorry. Minor injuries. Workers employed directly by the factory.")
T("Arrest of PAVEL at Barclays ATM, Kettering: found with 17 debit cards in different names and a notebook of PINs. Says the cards belong to 'his workers' at the packing plant and he 'looks after' their wages for them.",
  "WW", "MBC NCW", "L")
T("Rough sleeper in Brighton refusing hostel. No third-party involvement, offered support.")
T("Two Romanian men on the scaffolding job in Kingston say the firm takes £25 every week for 'hire of harness and helmet' and £10 for the lift in the boss's van, so they never get more than £200 for 60 hours.",
  "WW EO", "PPE CT LH", "L")
T("Workers at the salad farm near Evesham are collected from the house at 4.30am in two minibuses and dropped back at 9pm, six days a week. Housing provided by the gangmaster, 11 to a house.",
  "EO", "CE LH OA", "L")
T("Fraud: elderly man paid a rogue trader £8,000 for a new roof that wasn't done. Trader not known to employ anyone. Trading Standards.")
T("Hospitality: chef at a Cornish hotel works 60 hours in summer season, live-in room provided in staff block, paid overtime, free to leave. Happy with it. He has worked there five summers running.")
T("Dispute: cleaner says employer owes her £320 in holiday pay. She has a contract and payslips. Advised ACAS.")
T("Lad at the bus stop told me he's got nothing here, one carrier bag of clothes and no phone, everything else is 'at the boss house' and he goes where the boss says. Says he came for a kitchen job that didn't exist.",
  "DEC ISO", "FPE IS", "L")
T("Care worker on visa asking about switching sponsor because she wants a better paid job. Current employer is fine, pays correctly, she has her BRP.")
T("Nurse from Kerala working NHS bank shifts, 70 hours a week by choice to pay for her house back home. Managers advised on working time opt-out. No coercion. Her family are in Kochi.")
T("The family next door have an au pair from Spain. She goes out every weekend with her friends, she has her own room, she's studying English in the mornings. My mum asked if it's 'slavery' - I don't think so.")
T("Builder from Bulgaria reported being assaulted by a drunk man in the street. Unknown offender. He has his own firm.")
T("Concern about a Vietnamese nail salon turned out to be family-run; all staff are relatives with British citizenship, living in their own homes.")
T("OK so i reported this before but its still going on, the boss of the carwash on London rd SHOUTS at the lads and one of them had a black eye today and was working with no gloves in the freezing cold with chemicals",
  "AC PSV", "PA", "L")
T("2/A/P - phone number 07700 921344 linked to adverts for 'Thai massage' in Kettering, Corby and Wellingborough with pictures of different women each week. Each advert says 'new girl'. Believed same controller moving women between towns.",
  "", "", "S")
T("Worker: 'I get paid yes, but the manager takes my card after, he says to keep it safe.'",
  "WW", "NCW", "L")
T("PCSO: woman at 41 Cedar Cl never seen outside without a man. Tried to speak to her; man said 'she doesn't speak English' and closed the door. Will try again when he's at work.",
  "RM", "RMS SFW", "")
T("rang the helpline bc my uncle keeps saying he'll find my cousin a job in london but we've heard this before and nothing ever came of it. cousin is 17 and keen to go. please advise",
  "", "", "")
T("Intel: 'Joe's Gardens' employs British homeless men for £10 a day, found in a Bedford caravan park. Men say they are given food and told they'll lose their pitch if they don't work.",
  "AV WW IT", "PLC", "L")
T("Victim: 'Too much work. Sunday also. No stop. 6 in the morning to 12 at night.'",
  "EO", "LH", "L")
T("Passport? Boss has. Visa? Boss has. Money? Boss has.",
  "RD WW", "DT NCW", "L")
T("She doesn't know what town she's in, says 'the man brings us from house to house'.",
  "ISO", "IS", "S")
T("Three Chinese women working at a massage shop in Chinatown say they can't go outside except with the manager.",
  "RM", "RMS ET", "S")
T("Lad at the car wash told me they pay the boss £15 a day for the van that brings them.",
  "", "CT", "")
T("Boss keeps telling them they'll be sent back if they talk to anyone.",
  "IT", "FA", "L")
T("They charged him £85 for the boots, gloves and hi-vis on day one, taken out of his first wage.",
  "WW", "PPE", "L")
T("Intel: women from Kenya recruited as 'carers' are living 9 to a house in Sunderland, charged £120 a week each by the agency that employs them. INT 3/B/P. Agency name known.",
  "AC", "OA", "L")
T("The man who got her the job answers every question for her and translates even when she clearly understands.",
  "", "SFW", "")
T("kid in my daughters class keeps falling asleep, says he has to work in his dads mates shop till late every night, he's 11",
  "AV EO", "LH", "L", "high")
T("He said 'no wages until the debt is cleared' and the debt is the flight, the room and the fine for being late.",
  "DB WW", "", "L")
T("Recruiter in Manila told her she'd be a hotel receptionist. She's a live-in carer for a bedbound man, alone with him 24/7, sleeps in a chair next to him. Her agency is in Manila and won't answer her calls.",
  "DEC EO AC", "LH SW", "D")
T("INT 3/B/P POI BANKS collects young girls from Norwich bus station, drives them to 'parties' in Great Yarmouth. Girls believed 14-16.",
  "AV", "ET", "S", "high")
T("Victim was chained in a garage and beaten when he tried to leave the block paving job.",
  "RM PSV", "RMS", "L")
