E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))
T("Female at brothel in Warrington had one carrier bag of clothes and nothing else, no phone, no purse.",
  "", "FPE", "S")
T("INT 3/B/P. POI SHEHU (Albanian) controls 3 cannabis grows in Wigan and Leigh. Gardeners are Albanian lads who owe him for the crossing.",
  "DB", "UF", "C")
T("Ppl in the car wash on Stanley Rd sleep there i seen them thru the window at 11pm on mattresses",
  "AC", "SW", "L")
T("Girl approx 15 seen at 0200 at Preston bus station with a man who took her phone off her when she tried to ring someone. She looked terrified.",
  "AV ISO", "FA IS", "S", "immediate")
T("Taxi driver (Bolton) rang in: keeps being booked by the same man to take different young girls to addresses in Blackburn late at night. Man pays, girls never speak.",
  "", "ET SFW", "S", "high")
T("Brothel worker: 'they said the job was in a bar, not this'. Held at a flat in Liverpool L7.",
  "DEC RM", "RMS", "S")
T("County lines: 14 y/o from Salford arrested in Lancaster with drugs and a knife. Lives in care. Says 'they'll kill me if I talk'.",
  "AV IT", "FA", "C", "high")
T("Debt bondage, nail bar, Wallasey: worker says the 'fee' to come was £20,000 and she pays £800 a month from tips.",
  "DB", "UF", "L")
T("Cleaner at a Liverpool hotel says the agency keeps her passport and ‘pays’ her £3 an hour after housing.",
  "RD WW", "DT", "L")
T("Ladies in the massage place Church St Wigan have no bags no coats no nothing, man brings them food, they never go out",
  "RM", "FPE RMS", "S")
T("Beggar outside Piccadilly station dropped off each morning by a van with four others. Same clothes every day for weeks, very thin.",
  "", "CE PA", "C")
T("Male disclosed at Preston custody: 'they take my card, PIN, everything, I just work'. Works in a packhouse.",
  "WW", "NCW", "L")
T("INT 2/B/P. Seven Universal Credit claims linked to one address in Bury; a male collects the claimants' cash at the ATM every payday with all their cards.",
  "WW", "MBC NCW", "C")
T("Warehouse, Kirkby: workers pay £12 a day for the van to and from Liverpool, plus £40 for the hi-vis and gloves.",
  "WW", "CT PPE", "L")
T("Vietnamese teenager found in a loft in a cannabis grow, Bolton; said the 'uncle' told him to stay in the roof space when anyone came. He had only the clothes he was wearing.",
  "AV RM", "RMS FPE", "C", "high")
T("Witness: 'the Romanian girls at the flat in Hulme get brought back in a taxi every morning at 6 by the same bloke who pays and then takes their money off them at the door'.",
  "WW", "ET NCW", "S")
T("Domestic worker, Altrincham: 'I have no day off. Madam say I am lazy if I sit. I sleep in the utility room on a camping bed, I have only 3 clothes.'",
  "EO AC", "LH SW FPE", "D")
T("Farm, Lancashire: supervisor confiscated all the workers' phones on arrival 'so they concentrate'. Workers cannot ring home.",
  "ISO", "IS", "L")
T("Man at food bank, Birkenhead, says he works for a 'builder' who gives him a room and £20 a week and says he owes £600 for the room every month. 'I don't know how to stop it.'",
  "WW DB", "", "L")
T("INT 2/B/P. Female (Thai) in a massage parlour in Altrincham told a client she cannot go out because 'boss has passport and says police will put me in prison'.",
  "RD IT RM", "DT FA RMS", "S")
T("Mother of 15 y/o (Huyton) rang: son went out at 10pm, has just texted 'they've took me to Blackpool, they're making me sell, I'm scared, don't call police'. Location unknown now.",
  "AV", "FA", "C", "immediate")
T("Referral from Barnardo's: 16 y/o girl in Rochdale being 'shared' between older men at flats; given cannabis and vodka, sexually assaulted; told she owes them for the drugs.",
  "AV PSV DB", "", "S", "high")
T("NCA to GMP: a Facebook group called 'UK jobs fast' recruiting Indian nationals for care work in Greater Manchester with 'guaranteed CoS' for £12,000; on arrival there is no job and they are sent to a takeaway, unpaid.",
  "DEC WW", "UF", "L")
T("Anonymous reporter, Runcorn: 'my mate works at a factory where the agency takes his whole wage and gives him £50. He lives at the agency house with 15 others and gets picked up at 4.30am.'",
  "WW", "NCW OA CE", "L")
T("Domestic servitude, Crosby. Older Indian woman (65) brought on visitor visa to look after grandchildren in her son-in-law's home. Is not allowed to contact her own family in India, phone taken, works from 5am until late, slapped by son-in-law when she asked to go home.",
  "ISO EO PSV RM", "IS LH RMS", "D")
T("Barbershop, Oldham. Kurdish male, 17. Appears to live in the shop: blanket and bag behind the chair. Owner says he is 'a cousin helping out'. Boy does not attend school and was not able to say his own address.",
  "AV AC", "SW IS FPE", "L", "high")
T("Debrief, Romanian female: 'He said we will live together in Manchester, he will marry me. Then he say we have no money, I must go with men one month only. It was one year. He take all the money, he hit me if I say no.'",
  "DEC WW PSV", "NCW", "S")
T("Escort adverts, Cheshire. Analysis of 40 adverts placed from the same IP in Northwich for women in Crewe, Chester, Warrington. Same text in broken English, prices identical, 'new girl arriving this week'. Suggests a single controller moving women between towns.",
  "", "", "S")
T("Police log, Blackpool: 12 y/o boy found in a flat with adults known for supplying drugs. Had £400 in his sock. Refused to give his address. Taken to a place of safety.",
  "AV", "FA", "C", "immediate")
T("Victim (Eritrean, 19) in Liverpool: 'The smugglers say my family must pay $4,000 or I work for them. They send me to the car wash. The money goes to them.'",
  "DB WW AV", "UF NCW", "L")
T("Benefit fraud / exploitation, Blackburn. Disabled Slovak man brought to UK by relatives who claim his PIP and Universal Credit, keep his cards, and make him collect scrap metal all day.",
  "AV WW", "NCW", "C L")
T("Street sex worker, Liverpool (Hope Street area), 24, heroin-dependent. Says her boyfriend puts her on the street every night and takes everything she earns 'for the gear'. Bruising to face.",
  "AV WW", "NCW PA", "S")
T("INT 3/B/P. Shop in Bolton town centre used for county lines; a young man with learning difficulties works behind the counter for no pay and is made to hold drugs under the till.",
  "AV WW", "", "C")
T("Housing officer, Wigan: flat rented by a woman who is never seen. Found a young Chinese woman in there with nothing but a suitcase; said she 'works for the landlord' and men come at night. Landlord arrived and spoke for her.",
  "", "FPE SFW", "S")
T("Case note. NRM positive reasonable grounds. Male, Albanian, 20, forced to tend a grow in St Helens. Was beaten with a metal bar when a light fused and told his sister in Albania 'would be next'.",
  "PSV IT", "", "C")
T("Cheshire Police: 'Mechanic' at a garage in Macclesfield. Owner pays his wages into his own account 'to look after them'. Worker gets pocket money. Worker lives above the garage with no heating.",
  "WW AC", "NCW PLC SW", "L")
T("Statement: 'They took all my things, my phone, my bag, my passport, when I arrive. They give me a uniform. The door is locked at night. In the morning a man drive us to the factory.'",
  "RD ISO RM", "DT FPE RMS ET IS", "L")
T("Child, 13, Salford, missing 3 times this month; returned each time with new clothes and cannabis. Tells police 'I've been at a mate's'. Older males seen picking him up in a grey Audi.",
  "AV", "", "C", "high")
T("Hand car wash, Birkenhead. Customer saw the manager kick a worker and shout at him. Worker had a cut lip.",
  "PSV", "PA", "L")
T("Helpline call (Modern Slavery & Exploitation Helpline) re a farm near Preston: caller's Bulgarian friend says workers are told that anyone who goes to the police will be 'found and buried'.",
  "IT", "FA", "L")
T("""MSVCC case note, 14/11. Client R (Albanian female, 24) seen at safe house, Manchester.
R describes meeting a man online who she believed was her boyfriend. He said they would start a life in the UK and she would work in his cousin's restaurant. They crossed by small boat. On arrival at a house in Bolton he told her she owed £10,000 for the crossing and that she would 'work' for his friends. She was made to see men at the house and at hotels in Manchester and Liverpool, driven there by another man. She never kept any money. He took her phone on the second day and gave her a different one that only had his number in it. She was not allowed out alone; the front door was double locked. When she refused, he punched her and held her head under a bath. He told her if she went to the police she would be deported and her family would be told what she had done. She escaped when a hotel cleaner gave her a phone. R presents as very anxious, is underweight, and will not speak about the house in detail yet. Police aware (GMP crime ref 06/123456/26).""",
  "DEC DB ISO RM PSV IT WW", "UF ET IS RMS FA PA NCW", "S")
T("""Referral, Children's Services, Knowsley. Young person: J, 15.
J has been missing from home 6 times since August, usually overnight. He has been found in Preston, Lancaster and Southport with older males not known to the family. On the last occasion he was found in a flat in Preston with crack cocaine and £340 cash; the occupier was a 52-year-old male with a heroin addiction whose flat appears to have been taken over. J had a black eye and a burn to his forearm, which he said came from 'messing about'. He has two phones and will not let mum see them. Mum says he has been receiving calls at all hours and goes out immediately after. School report he has been excluded twice and was seen being picked up by a black BMW at the gate. Intel links the BMW to a Liverpool line ('Tommy line'). J says he owes 'someone' money after a package was taken off him by police. Strategy meeting requested.""",
  "AV PSV DB", "PA", "C", "high")
T("""Debrief record (translated from Tigrinya). Male, 27.
'In Libya the smugglers told me there is work in England, good job, I pay later. In England a man met me at the lorry park. He drive me to a house, I do not know the city. Many men in the house, we sleep on the floor, 20 men, one toilet. Every day at 5 in the morning a van take us to a place to cut vegetables. We come back at 9 at night. He say I owe £6,000 and every week he tell me the number, it goes up because of food and the van. I never have money in my hand. One time a man try to run, they bring him back and beat him in front of us. I was very afraid. I think of my mother, I cannot call her, they take the phones.' Identified by Lancashire Police during a road stop near Ormskirk.""",
  "DEC DB WW ISO PSV AC EO IT", "OA PLC CE UF NCW IS LH FA CT", "L")
T("""Case note, Local Authority adult safeguarding (Cheshire West).
Mr P, 58, has a learning disability and lives alone in a council flat in Ellesmere Port. Over the summer a family he met at a pub 'befriended' him. They now have his bank card and PIN and his benefits go straight to them. He works on their market stall and sweeps their yard every day without pay, and sometimes stays in their garden shed 'if it's late'. Neighbours say a young male from the family walks him to the stall in the morning and back at night. Mr P told his social worker 'they're my mates, they look after me', but also said he is scared of the son, who 'goes mad' and once threw a chair at him. Mr P appeared unwashed and had lost weight. Police informed; joint visit planned.""",
  "AV WW PSV", "NCW SW ET PA", "L")
T("Grandma, 72, from Pakistan, lives with her son in Rochdale. Looks after the grandchildren happily and is free to go out, visit friends, and has her own money. Raised by a nosy neighbour. No concerns.")
T("Lover boy method, Blackpool. 17 y/o girl from a care home has a 24 y/o 'boyfriend' who buys her clothes and then tells her she must have sex with his friends to 'pay him back'.",
  "AV DEC DB", "", "S", "high")
T("Man, Eritrean, at Liverpool Asylum drop-in: he was offered £3,000 to give a kidney for a 'rich man's son' and told he would be flown to Istanbul. He refused. The men then said he owes them for the food and housing they gave him.",
  "AV DB", "", "O")
T("Domestic worker, Manchester (Didsbury), Indonesian. Employer arrived from Dubai with her. She is paid £100 a month, is on call day and night for the family's children, and was told that if she goes out 'men will rape you'. She has never been out alone in 5 months. She was found by GMP after a neighbour saw her crying in the garden. NRM referral done; she is in a safe house. The employer has diplomatic connections; NCA and the FCDO informed. She wants to go home to Indonesia. The record has been updated to include the outcome of the visit and the names of all agencies informed. Any new information should be added as a linked log rather than a new record, to keep the history together.",
  "WW EO IT RM", "LH RMS", "D")
T("Shoplifting gang, Liverpool ONE. Romanian women stealing from high street stores on a rota; a male drops them off and collects bags of goods every hour. One female said she has to hand in £300 of goods a day 'or he beats me'.",
  "PSV IT", "ET", "C")
T("INT 2/C/P. Takeaway, Nelson. Worker believed to be 16, Bangladeshi, working until 2am, sleeping in the back; owner is his 'uncle' who holds his passport.",
  "AV EO AC RD", "LH SW DT", "L", "high")
T("Member of public (Facebook message to Lancashire Police page): 'hiya theres a lad at the farm down our lane he waved at my car and said help no money no passport and then a man came and took him in the van'",
  "WW RD", "DT ET", "L")
T("Brothel, Oldham. 2 women found, both Romanian. They said a friend from home found them the work, keeps half of the money for the flat and adverts, they can leave whenever; both had their own ID and phones. Further enquiries continue into the 'friend'.",
  "", "", "S")
T("Sexual exploitation of an adult with learning disabilities, Southport. Woman, 29, is taken by her 'carer' to men's houses and given £10 while he keeps the rest.",
  "AV WW", "NCW ET", "S")
T("Trafficked worker (Chinese) at a restaurant in Liverpool Chinatown: 'I owe snakehead £20,000, boss pays them from my salary, I get nothing, I sleep on the restaurant floor'.",
  "DB WW AC", "UF NCW SW", "L")
T("Call handler 2251: male caller (Arabic, Language Line) says he is in a car wash in Hindley, the boss has locked them in the container for the night, 4 men, no water, they are 'very afraid'.",
  "RM AC", "RMS SW FA", "L", "immediate")
T("Teen dealing heroin in Burnley, 15, says the 'olders' who gave him the phone told him to 'never come home without the money' and showed him a knife.",
  "AV IT", "", "C", "high")
T("Referral from Citizens Advice, St Helens: Latvian woman's employer (cleaning company) has kept her passport 'for HMRC' for 5 months and deducts £60 a week for the minivan that takes the cleaners from site to site.",
  "RD WW", "DT CT", "L")
T("Au pair, Hale Barns, Spanish, 20: was promised £100 a week and English lessons. No lessons, no pay for 3 months, works 14 hours a day, and the family keeps her ID card 'in the safe'.",
  "DEC WW EO RD", "LH DT", "D")
T("Note from Border Force Manchester: female, 22, Vietnamese, arrived with a man holding both passports; she could not say where she was going or what her job was. He answered for her. Referred.",
  "RD", "DT SFW", "")
T("Man at Liverpool Lime Street told BTP he was brought from Manchester each day to beg, and was given £5 of the takings. 'They watch me from the café.'",
  "WW RM", "NCW RMS", "C")
T("Female, 34, Manchester, says her employer at a laundrette doesn't pay her and says she has to 'earn back' a £2,000 loan he gave her — she took the loan voluntarily and says she can leave, but the debt is still growing each month with 'interest'.",
  "WW DB", "", "L")
T("Cleaner, Wirral, Filipina: 'I am not locked, I can go to church. But Sir keeps my passport and I never see my wages, he sends to my husband he says.'",
  "RD WW", "DT NCW", "D")
T("Young woman (Nigeria) working as live-in nanny in Sale: 'no salary since I came, they say the plane ticket was expensive, I work to repay it'. Sleeps on a mattress in the children's room.",
  "WW DB", "UF SW", "D")
T("INT 3/C/R. Unconfirmed: a man in Oldham is 'buying kidneys' from Bangladeshi students in debt, sending them to a clinic overseas.",
  "AV", "", "O")
T("Living kidney donor assessment, Royal Preston: sister donating to brother. HTA independent assessor satisfied there is no coercion or reward. Routine.")
T("GMP: 'workers at the carwash on Rochdale Rd never go home' — officer attended at 2200, found it closed and empty; staff live locally. No concerns.")
T("Text to Crimestoppers: 'the boss at the scrapyard in Kirkby hits the romanian lads with a pipe and they work all day sunday too'.",
  "PSV EO", "LH", "L")
T("Worker (Moldovan) at an Ormskirk packhouse: 'I came because they promise me the work for one year and a nice room. The room is a caravan with 6 people and the work is 2 days in a week, still I must pay £90 rent.'",
  "DEC AC", "OA PLC", "L")
T("Manager of a hotel in Manchester Piccadilly says housekeeping staff are supplied by an agency; she is not worried, they're paid properly and she's seen the contracts. Asked for training on signs only.")
T("Lone child (Vietnamese, 14) found in a lorry at Haydock services by Cheshire police. Had a phone number for a nail bar in Stockport written on his arm and said he must work there to pay the travel.",
  "AV DB", "UF", "L", "immediate")
