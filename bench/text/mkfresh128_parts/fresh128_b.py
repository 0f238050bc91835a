E("INT 2/B/P: nom BALAZS Gyorgy runs 3 x houses in Boston; Hungarian workers kept 12 to a house, charged £80 pw each, deducted by BALAZS before pay handed over. Workers collected 04:30, returned 20:00.",
  "AC WW", "oc cedl", "L")
E("lady next door has a girl from abroad who does all the cleaning and cooking, i never see her leave except to put the bins out, the family goes on holiday and the girl stays locked in, ive heard her crying",
  "ROM", "", "D", "i")
E("A&E: female, 24, Albanian, attended with fractured wrist. Story inconsistent ('fell in shower'). Male companion refused to leave cubicle and answered for her. When alone for x-ray she said 'he will kill me if I speak'. Police informed.",
  "PSV IT", "sfw pa", "", "i")
E("Victim account: 'They took the SIM out of my phone on the first day and gave me a phone with only the boss number. I did not speak to my wife for four months. The house was in the countryside, I could not tell you where.'",
  "ISO", "", "")
E("GLAA: licence holder inspected, Kent fruit farm. Accommodation in portakabins, 2 per room, clean, heated. Workers have 1 day off a week, pay slips match hours. One complaint about a supervisor shouting; addressed. Licence retained.",
  "", "", "")
E("My boss she say I must work for free for one year to pay the agency in Vietnam. I sleep in the salon on the massage bed. I am only 17 when I come. I do nails from 9 to 9.",
  "AV DB WW EO", "swp", "L", "h")
E("Financial intel: 14 accounts opened at the same branch in one week by Romanian nationals, each accompanied by the same male who 'translated'. All cards and PINs subsequently used by one device. Account holders later found to work at a car wash in Hull.",
  "WW", "mbc ncw sfw", "L")
E("INT 1/A/P: county line 'DANNY' uses a 15 yr old female to carry drugs from Liverpool to Blackpool. She stays in a trap house for days, her phone is taken and replaced with the line phone.",
  "AV ISO", "", "C", "i")
E("Council tenant, 82, reported builder who charged her £9,000 for a roof repair that was never done. Fraud investigation. Not modern slavery.",
  "", "", "")
E("Witness: 'The men at the chicken farm look half-starved and have the same clothes on every day. One had a black eye. They don't have coats in winter.'",
  "", "pa fpe", "")
E("NGO note: client describes being told she was going to be a nanny for a family in Manchester. On arrival the family had no children. She was made to clean three houses belonging to the father's brothers, seven days a week, and got no money at all.",
  "DEC WW EO", "", "D")
E("He showed us photos of my kids walking to school in Timisoara. He didn't have to say anything else.",
  "IT", "", "")
E("Handover: Sudanese male, 18, found in the back of a lorry at Dover — smuggling, he paid an agent in Calais. No indication of onward exploitation; says he is heading to his brother in Cardiff. Passed to Home Office. No MS concerns.",
  "", "", "")
E("Debrief (Chinese, via interpreter): she says that she answered an advert for waitress work in a restaurant in Glasgow. She was taken to a flat, her phone was thrown away, and she was told she owed 200,000 RMB. She says she was made to have sex with up to ten men a day. She says she did not know which city she was in.",
  "DEC ISO DB PSV", "", "S")
E("Modern slavery helpline: man from a Romanian village says his brother works for a gangmaster in Northampton. Brother texted 'they keep my ID and give me £30 a week, the rest they say they send to you'. The family has received nothing.",
  "RD WW", "ncw", "L")
E("Public report: lorry drivers park at the truck stop every night and sleep in their cabs. That's just what they do, they're not slaves. Stop sending police to harass them.",
  "", "", "")
E("INT 2/B/P: ADEYEMI Grace (DOB 1970) brings girls aged 14-16 from Lagos on visitor visas as 'nieces'. They work as housemaids in her home in Dagenham and are not enrolled in school.",
  "AV", "", "D", "h")
E("Construction worker from Bulgaria, 45: employer recruited him promising £120 a day. He has been paid £40 a day for 6 weeks, told the rest is 'held as a bond' until the job finishes. He lives on site in a portacabin with no toilet, 8 men.",
  "DEC WW AC", "swp oc plc", "L")
E("101: caller's elderly mother has a live-in carer who 'never seems to go out'. Officer spoke to the carer in private: she is from Zimbabwe, employed via a registered agency, has 2 days off a week which she spends with her sister. She prefers to stay in on weekdays to study. No concerns.",
  "", "", "")
E("we was told we would get rich working in england on farms but we got here and its dirty house with 15 men 1 toilet and they take half our wages for rent and transport its like prison but without bars",
  "DEC AC WW", "oc ct", "L")
E("School DSL: pupil (15) arriving at school with large amounts of cash and new clothes; disclosed to a friend that he 'works for' an older boy, carries packages and gets beaten if he loses one. He has been reported missing 3 times.",
  "AV PSV", "", "C", "h")
E("INT 3/C/P: information from a taxi driver that he regularly takes Thai women from a flat in Reading to hotels at night and a man always rides in the front. Women do not speak to him.",
  "", "et", "S")
E("Victim statement: 'Whenever I complained about the hours, Sebastian made me stand outside in the cold all night without shoes. He hit me with a broom handle. He said if I ran he would find me because he had my passport with my mother's address in it.'",
  "PSV IT RD", "", "L")
E("Kidney donation case note (Renal unit): living donor work-up for a husband donating to his wife. Both British, independent assessor interviewed each alone; no coercion or payment. Approved by HTA.",
  "", "", "")
E("INT 2/B/P: intelligence that a man in Southall is arranging for Indian nationals to travel to a clinic abroad to sell a kidney for £5,000; donors are recruited among workers in debt and their travel costs are 'loaned'.",
  "AV DB", "", "O")
E("Neighbour complaint: noise from a house share of Polish builders playing music late. Environmental health letter sent.",
  "", "", "")
E("IP (Vietnamese, 15) says he was 'sold' to a man in England after working in a garment factory in France to pay for his trip. He tended plants in a loft with the lights on all day; he slept on a mat by the plants and the man told him police would put him in prison forever.",
  "AV DB IT AC", "swp foa", "C", "i")
E("Au pair, 19, Spanish: host mother took her phone every evening 'so she would sleep'. She cleaned the whole house and cared for 3 children from 6am to 10pm with no days off for 2 months; got £50 a week. She was not allowed to meet other au pairs.",
  "ISO EO WW", "", "D", "h")
E("Licensing: a tattoo studio was found to have no hygiene certificate. Staff self-employed. Not MS.",
  "", "", "")
E("POI GHEORGHE, Ionut — believed to recruit homeless men at the bus station in Cluj promising work on building sites in Kent. Men arrive to find they owe £500 for the journey plus 'rent'; paid nothing for the first two months.",
  "AV DEC DB WW", "", "L")
E("I knew it was not a normal job when he told me I had to give him my bank card and my PIN. 'Don't worry, I do your taxes.' I never saw my money.",
  "WW", "ncw", "L")
E("Social worker note: Mrs S (71) says her son takes her pension each month and gives her £20. She lives with him by choice and is otherwise well cared for. Financial abuse strategy meeting arranged.",
  "", "ncw", "")
E("Call to 999 from a service station in Cumbria: 3 men from a hand car wash got out of a van while the driver paid for fuel, asked staff for help. Say they haven't been paid in 5 months, the boss beat one of them with a hose last night.",
  "WW PSV", "et", "L", "h")
E("Pop-up brothel in an Airbnb, Cardiff Bay. 2 Romanian women, adverts on Vivastreet. Both say they work for themselves, keep their money, travel on their own. One admits a 'friend' books the flats. No signs of control, advice given.",
  "", "", "")
E("Sponsor licence audit: care home employs 11 overseas carers. Employer charged each £4,000 'recruitment fee' and threatened to report them to UKVI if they quit. Rota shows 84-hour weeks.",
  "DB IT EO", "uf", "L")
E("anon - the lads at the kebab shop on broad st sleep in the shop i see them pull mattresses out at 2am, the boss lives in a big house",
  "", "swp", "L")
E("Safeguarding referral: Indian woman (26) brought to UK on a spousal visa. Husband's family make her do all the housework from 5am to midnight, she is not given food until everyone has eaten, her passport is in her father-in-law's cupboard, and she is not allowed to phone her parents.",
  "EO RD ISO AC", "", "D", "h")
E("INT 2/B/P: Slovak Roma family (3 adults) living in a shed at the back of a scrapyard in Walsall, working for the yard owner. Owner 'looks after' their bank cards and sends them to work in his van. No heating, water from a hosepipe.",
  "WW AC", "ncw plc et", "L")
E("Bloke at work got his passport nicked in Magaluf, lol. Not a police matter, just venting.",
  "", "", "")
E("Interview record: 'You ask if I was hurt. Yes. When I tried to take my bag and go the manager punched me many times and after that the others watched me. At night one of them sat by the door.'",
  "PSV ROM", "", "")

E("Outreach worker, street sex work: woman (38, British, crack-dependent) says her boyfriend makes her go out every night and takes all the money for drugs; he hit her when she came back with £40.",
  "AV WW PSV", "ncw", "S")
E("Border Force, Heathrow: Filipino woman accompanying a Saudi family as a nanny. Passport held by the sponsor; she could not say where she would stay. Spoke alone: she has not been paid since January and works 'all day and all night'. Referred to NRM first responder.",
  "RD WW EO", "", "D", "h")
E("IP states she saw an advert on TikTok for a 'cleaning job with free flat in London'. The woman who met her told her the flat cost £200 a week, that she had to do massage to pay, and took her ID card 'to make a contract'.",
  "DEC RD DB", "", "S")
E("Farm in Norfolk: a worker died from heat exhaustion in a polytunnel. HSE investigation into working conditions. Workers interviewed say they are paid correctly and came via a licensed provider.",
  "", "", "")
E("INT 2/C/P: nail bar on Church Rd, staff appear to be teenage Vietnamese girls. Manager speaks for all staff when customers ask questions. Staff not seen outside the shop at lunch.",
  "", "sfw", "L")
E("I am Eritrean. In Libya I was held in a warehouse. In England I work in a car wash. The owner pays me £50 a week for 70 hours. I can go where I want on Sunday but I have no money to go anywhere.",
  "WW EO", "", "L")
E("Child (10) told teacher she doesn't get to go to school on Fridays because she has to clean her aunt's shop. Enquiries: aunt runs a cleaning business, child kept home, unpaid. Child is in private fostering arrangement not notified to LA.",
  "AV", "", "L", "h")
E("Witness statement: 'The boy from the flat is always walking with two older men, one in front and one behind. They don't let him go to the shop by himself. He is maybe 14.'",
  "AV ROM", "et", "", "i")
E("GLAA intel: labour user in Leicester garment factory pays £4 an hour in cash, staff are Indian and Pakistani women, mainly older, who don't speak English. No evidence of control beyond low pay; referred to HMRC for NMW.",
  "", "", "")
E("police took my cousin from the house where they grew the plants, he is 16 and they treating him like criminal but he was locked inside there 3 months he told me he was beaten by the chinese boss",
  "AV ROM PSV", "", "C", "h")
E("Debrief: 'Alina's phone was taken by the boss and she could only talk to her mother with the boss there on loudspeaker. She told her mother she was fine. She was not fine.'",
  "ISO", "", "")
E("Bank: elderly customer's account shows 40 cash withdrawals by a carer; financial abuse referral to adult social care. No employment involved.",
  "", "", "")
E("Sightings from the beat team: Romanian males selling the Big Issue without badges outside Boots. One male gives all takings to a woman who sits on a bench. They are dropped off and collected by car.",
  "WW", "ncw et", "C")
E("Victim (Albanian male, 23) was promised work as a builder with accommodation; on arrival taken to a house in Croydon and told to sell cocaine by phone. Told 'the debt for the lorry is £20,000 and you pay by working'. Man showed him a gun.",
  "DEC DB IT", "", "C", "h")
E("GLAA case: gangmaster made workers pay a 'deposit' of one week's wages to get a job at a salad packhouse, then withheld the deposit when anyone left. Workers otherwise free, live in their own rentals.",
  "WW", "uf", "L")
E("101: a caller thinks the family next door are 'keeping a slave' because a woman in a headscarf does all the gardening. Officers attended: it is the homeowner's mother who lives there. Apology given.",
  "", "", "")
E("Indian national, 34, recruited via a WhatsApp group for a 'driver' job; paid £3,500 to an agent. On arrival there was no job. He now sleeps in a gurdwara and does odd jobs for cash. No controller identified.",
  "DEC", "uf", "")
E("Tamil woman, 52, tells her GP she has been working 'like a servant' for her brother's family since she arrived 6 years ago; no pay, no day off, sleeps in the box room, and is not allowed to contact her friends from the temple.",
  "WW EO ISO", "", "D")
E("INT 2/B/P: taxi firm in Rochdale used to ferry girls aged 13-16 to parties at a flat above a shop. Girls given alcohol and cannabis. One girl has disclosed being raped there.",
  "AV PSV", "et", "S", "i")
E("The farmer keeps their passports in the farmhouse safe because they asked him to — they say their rooms don't lock. They can have them any time they ask, and one took his out last week to fly home. Noted.",
  "", "", "")
E("Case note: Polish man, 58, alcoholic, recruited outside a soup kitchen in Gdansk, brought to a block paving firm. Wages 'paid' as vodka and cigarettes. He has cuts on his hands and no proper boots. Says the boss's son kicks him.",
  "AV WW PSV AC", "pa", "L")
E("They lock us inside the salon after close and open it in morning. The manager sleep in the car outside.",
  "ROM", "swp", "L", "i")
E("Public report: tiny nail bar, 5 girls working from 9am to 10pm, I go in often. They seem nice and say they are paid and go home to their families, but they look exhausted. Not sure.",
  "EO", "", "L")
E("Debrief: She says that the man took her to Birmingham and told her that her mother in Romania would be killed if she did not give him everything she earned. She says she did 'work on the street'. She says he always watched from the car.",
  "IT WW", "", "S")
E("POI LIU Wei — owns restaurants in Chinatown; employees allegedly illegal workers paid £2/hour. HMRC and IE joint visit found 6 workers with no right to work; all live independently and deny being controlled.",
  "", "", "")
E("FAO Supt: Op Larch update. Premises: cannabis factory in a disused pub, Stoke. 2 x Vietnamese males located inside, external doors screwed shut. Both say they have been there since summer and the 'boss' feeds them every 3 days. One has burns from electrics.",
  "ROM AC", "pa", "C", "i")
E("Our client was promised a job in a hotel in Edinburgh. She actually worked in the hotel, was paid every fortnight into her own account, but was given fewer hours than advertised. She was annoyed and left for another job. Not exploitation.",
  "", "", "")
E("She cried when she told me: no wages for two years, and when she asked for them the sir said she is family, family do not get paid.",
  "WW", "", "D")
E("INT 2/B/P: female of Thai origin at a massage premises is the 'madam'; she collects passports from newly arrived women and returns them only when the 'fare' of £18,000 is repaid.",
  "RD DB", "", "S")
E("Street team note: 3 Romanian women begging outside Sainsbury's with a baby each. Woman collects them in a minibus at 7pm. Babies may be borrowed. Child welfare referral made.",
  "AV", "et", "C", "h")
E("Fire service visit to flat above a kebab shop after alarm: 9 men sleeping in a single room with mattresses and cooking on a camping stove. Owner of shop is landlord; men work in the shop. Fire prohibition notice.",
  "AC", "oc swp plc", "L")
E("Debrief of a Sri Lankan fisherman: 'The captain said the sea is our prison. In port we had to stay on board. If we complain he took the food away. Two years, no salary, only he promise at the end.'",
  "ROM WW AC", "", "L")
E("My friend got a job in a chippy and the owner let him sleep above the shop for free till he found a place. He's on proper wages with payslips and moved out after a month. Just saying not all of these places are bad.",
  "", "", "")
E("INT 3/C/P: recruitment page on Facebook offers 'UK warehouse jobs, no English needed, pay £600 and we sort everything'. Unknown if linked to exploitation.",
  "", "uf", "")
E("Handover: IP (Lithuanian, 29) with a mental illness was taken to an Airbnb in London by a man who said he'd help with benefits. IP signed papers; man now claims UC in IP's name and keeps the card. IP works for him cleaning offices unpaid.",
  "AV WW", "ncw", "L C")
E("A man at the bus station asked my son (14) if he wanted to earn £200 a day. He said no. Reporting just in case.",
  "", "", "")
E("Our volunteer tutor noticed that a Syrian learner could not attend classes any more; he says his new employer at a carpet warehouse won't allow him time off and takes his phone during shifts of 14 hours.",
  "EO ISO", "", "L")
E("The men at the hand car wash are driven in a people carrier from a house in Oldham at 6am and back at 9pm, every day. A woman at the house collects their wages in cash. 'Boss' speaks for them when approached.",
  "WW EO", "et cedl ncw sfw", "L")
E("Debrief. 'I was in the house of the diplomat eight years. I never have a holiday. Madam said if I leave I will be arrested because my visa is tied to her. She take my passport the first day.'",
  "EO IT RD", "foa", "D", "h")
E("101 call: care home worker says her agency takes £200 a month from her wages for a room she shares with 3 others and for 'training'. She is allowed out and has her own passport. Advised to contact ACAS and GLAA.",
  "", "oc", "")
E("Press: Gang jailed for trafficking homeless British men to work on tarmac jobs across the country. Victims were kept in caravans, given one meal a day, made to work 14-hour days, and beaten if they complained. They were paid a few pounds a week.",
  "AV AC EO PSV WW", "plc", "L")
E("The 15-year-old was made to steal from shops in Oxford Street every day by her 'uncle', who waited outside. She handed everything to him. She was hit if she brought back too little.",
  "AV PSV", "", "C", "i")
E("INT 1/B/P: OPREA Marian has threatened to burn down the house of a Romanian worker's parents if the worker gives evidence. Worker now refuses to engage.",
  "IT", "", "L")

E("Council: HMO licence application, 6 student tenants. Inspection passed.",
  "", "", "")
