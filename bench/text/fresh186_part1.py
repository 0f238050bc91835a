def add(T):
    T("INT 2/B/P. Source reports three Romanian males working at the hand car wash on Duke Street, Glasgow G31, are living in the flat above the unit. Source states they are paid £20 a day cash by the owner, nom Costel VLAD, and that VLAD keeps their ID cards 'for safety'.",
      "WW RD", "OA DT", "L")
    T("Nail bar on Byres Rd, worker looked about 16, didnt speak any english, older woman answered every question for her. Felt wrong.",
      "AV", "SFW", "L", "high")
    T("Call from member of public: 'theres a van picks up about 10 men from the lane behind Ferry Road every morning at half 5 and they dont get back till after 9 at night, every day including sundays. they all look knackered.' Location Dundee DD1.",
      "EO", "CE LH PA", "L")
    T("Welfare check carried out at 14 Ashgrove Terrace, Aberdeen, at request of daughter in Canada. Occupant, 82, well, had simply let her phone battery die. No concerns.")
    T("Police Scotland N Division. Crew of the FV 'Silver Harvest' landed at Fraserburgh. Two Filipino deckhands told Border Force they had not been ashore for eleven weeks, had to sleep in the fish hold, and were told they owed the agent $3,000 for the visa and flights which would come out of their pay. Skipper holds their passports and seaman's books.",
      "RM DB AC RD", "RMS SW UF DT PLC", "L")
    T("TARA referral. Woman (25, Nigerian) recruited by 'aunty' in Lagos with promise of hairdressing job in Glasgow. On arrival taken to flat in Govanhill and told she owed £35,000 for travel, which she had to repay by seeing men. Raped by 'aunty's' partner when she refused. Juju oath sworn before travel; she believes she will die if she speaks to police.",
      "DEC DB PSV IT", "UF FA", "S")
    T("Shoplifting at Tesco Extra Silverburn. Male 34 detained by security, stated he was stealing to feed his own heroin habit. No third party involvement disclosed. Reported to PF.")
    T("Hi my name is Ana. I come to Scotland for picking the berries in Blairgowrie. The man in Bulgaria he say 8 pound an hour and caravan free. But here they take 60 pound each week for caravan and 15 for the bus to field. Six people in one caravan. I get maybe 150 pound for whole week.",
      "DEC WW", "OA CT PLC", "L")
    T("Intel: POI Ricky McPHEE (DOB 04/02/99) using juveniles to run cannabis and crack from Glasgow to Inverness and Elgin. Two 15yo boys from Easterhouse reported missing last wkd, believed to be in a trap house in Elgin. INT 3/B/P.",
      "AV", "", "C", "immediate")
    T("Care home in Perth. Staff nurse says she works 60 hours a week through the agency and bank shifts because she is saving for a house. Paid correctly, has her own payslips. No issues identified at GLAA visit.")
    T("Ms L (Vietnamese, approx 19) found in a cannabis farm at an industrial unit in Coatbridge. Windows boarded, door padlocked from outside. She had been in the unit for 'three months maybe', sleeping on a mattress next to the plants, food dropped off once a week. She said the men told her that if she ran the police would put her in prison and her family in Vietnam would pay.",
      "RM ISO IT AC AV", "RMS SW IS FA PLC", "C")
    T("Domestic dispute, Kirkcaldy. Neighbour heard shouting. Couple spoken to, argument about money. Both adults, no injuries, no previous. Advice given.")
    T("we think the girl next door is kept like a slave she cleans all day for the family and looks after 4 kids she never goes out except to take them to school and walk straight back. they shout at her. shes not family i dont think. Aberdeen AB24",
      "RM EO", "RMS LH", "D")
    T("Migrant Help call. Eritrean man in Edinburgh asylum hotel says a man offered him cash work at a car wash in Leith. He went once, worked 11 hours and was given £15, told the rest was 'for the room'. He doesn't want to go back but the man knows where he lives and said 'you will come tomorrow'.",
      "AV WW IT EO", "LH", "L")
    T("Passport found in lost property at Glasgow Central, handed to British Transport Police. Owner traced, a student at Strathclyde, collected next day.")
    T("Social work note: J (14) disclosed he holds drugs for older boys at the Wallace Centre because they gave him a PS5 and now say he owes them £800 for it. They have hit him twice. He has been going missing overnight.",
      "AV DB PSV", "PA", "C", "high")
    T("Fish processing factory, Peterhead. GLAA inspection. 40 agency staff, all with own contracts, own bank accounts, paid NMW. Accommodation is private. Some workers raised the early start (5am) but it is their shift pattern and they are paid for it. No indicators found.")
    T("Anonymous online report: lady at the nail bar on Sauchiehall St works 9am to 9pm, 7 days. She is picked up in a silver Vauxhall Zafira and dropped off every night, never walks anywhere on her own. I once asked her where she stays and she looked scared and said 'not allowed to say'.",
      "EO RM", "LH ET FA RMS", "L")
    T("INT 2/A/P. Sex worker advert on Vivastreet 'new in Dundee, young Asian girl' — same phone number (07700 900411) linked to three previous adverts for different women in Aberdeen and Inverness within a month. Hotels booked by same male. Women believed moved between cities every few days.",
      "", "", "S")
    T("Woman working independently as an escort in Edinburgh contacted police about a client who refused to pay. She states she works for herself, sets her own hours and keeps her earnings. Reported as theft.")
    T("He tak my passport at airport and say I give it back when debt is finish. Debt is 4000 euro. Every month he say now is 4500, now 5000. I work in kitchen in Chinese restaurant Dundee, sleep in room upstair with 5 other man.",
      "RD DB", "DT SW OA UF", "L")
    T("Farm in Angus (nr Forfar). Seasonal worker visa holders from Kyrgyzstan. Workers complained to union rep that they are charged £40 for wellies and gloves and £5 a day deducted for bus to the fields. Also say supervisor shouts and pushes them when they do not pick fast enough.",
      "WW PSV", "PPE CT", "L")
    T("Call handler log 23:41. Female caller whispering, says she is locked in a bedroom in a flat in Cathcart Rd, man has gone out, 'he will hurt me when he comes back'. Line cut. Units dispatched.",
      "RM IT", "RMS", "", "immediate")
    T("Licensing visit to the Sunrise Massage parlour, Aberdeen. Premises closed down six months ago, now a vape shop. No further action.")
    T("Case notes, TARA. Client met 'boyfriend' online in Romania; he promised they'd open a restaurant together in Scotland. On arrival he said they had no money and she had to 'work' for a few weeks. Adverts placed by him; he took all the money. She was not allowed her own phone and he went everywhere with her.",
      "DEC WW ISO RM", "NCW IS ET RMS", "S")
    T("Male presented at A&E Inverness with crush injury to hand from a fish processing machine. Employer's driver brought him and spoke for him throughout; driver gave hospital a false address. Male later told nurse he works 14 hours and gets no gloves.",
      "AC EO", "SFW LH PA", "L")
    T("POI Agnieszka NOWAK collects workers' wages from a cash machine in Motherwell every Friday. Observed using 7 different bank cards at the ATM on Brandon Parade. Workers are placed in local warehouse via agency.",
      "WW", "MBC NCW", "L")
    T("Hi, reporting a car wash in Paisley, the boys working there have no gloves or boots in freezing weather, soaking wet, one had a burn on his arm from the chemicals. I dont know if theyre being exploited or just a bad boss.",
      "AC", "PA", "L")
    T("Student at Dundee uni reported her flatmate missing. Flatmate found safe at her boyfriend's in Stirling. Keeps her own passport and bank card. Returned.")
    T("Referral from Glasgow HSCP. Mrs B, 38, learning disability, has 'friend' living with her who collects her PIP and Universal Credit, and has three other men staying. Neighbours report men coming and going at night. Mrs B says she has to do what he says or he'll put her out.",
      "AV WW IT", "NCW", "S", "high")
    T("Fight outside the Ice House nightclub, Dunfermline. Two males arrested for assault. Both local. No links to other enquiries.")
    T("Border Force Aberdeen Harbour. Three Ghanaian crewmen on a scallop dredger had visas tied to vessel. Say they're paid $500/month instead of the £1,400 in their contracts, the rest 'kept back' by the agent until the end of the contract. Work 18-20 hrs a day during fishing trips.",
      "WW EO", "LH", "L")
    T("Perthshire raspberry farm. Worker: 'It is hard but we are paid by the hour and extra for kilos. I have my passport, I send money home. The caravans are OK, four to a caravan.' Inspection found no issues.")
    T("Neighbour in Leith saying 'I keep seeing the same 3 boys go into that house on Great Junction Street with a man who drives them. They never seem to come out by themselves. Wee guys, maybe 17. Blinds always shut.'",
      "RM", "ET RMS", "", "high")
    T("Salvation Army first responder form. Adult male (Polish, 52) with alcohol dependence was found living in a shed on a traveller site near Falkirk. Works laying tarmac for the site owner for 'food and beer'. No pay for 2 years. Has been beaten when he tried to leave. ID card kept by the owner.",
      "AV WW PSV RD RM AC", "DT PLC PA RMS", "L")
    T("Report of a man begging outside Boots on Union Street, Aberdeen, every day. Same man dropped off by car at 8am and collected at 6pm by a male who takes a bag from him. Man appears to have a disability and poorly dressed.",
      "AV WW", "CE PA", "C")
    T("Trading Standards visit to hand car wash in Irvine. Owner had no trade effluent licence. Staff all on payroll, right to work checked. Referral to SEPA only.")
    T("Intel suggests the man who runs the takeaway on Main St, Kilmarnock has his nephew (arrived from Bangladesh on a student visa) working in the kitchen 7 days a week, unpaid, 'because family'. Nephew not attending college.",
      "WW EO", "LH", "L")
    T("I was told I would be a nanny in Edinburgh with my own room and £600 a month. I slept on the floor in the children's room, got up at 5 to clean, never finished before midnight. Madam kept my passport in her safe. I never got paid, she said she sends the money to my mother. I could only phone home on her phone with her listening.",
      "DEC AC EO RD WW ISO", "SW LH DT NCW IS", "D")
    T("Overdose at address in Niddrie. Male 28 treated by SAS, conveyed to ERI. Drug user, no concerns about others at the address.")
    T("INT 3/C/P — Unverified info that the kidney of a young Albanian man was 'sold' in Turkey and he now works in a car wash in Coatbridge to repay the man who organised it. Source not able to say more.",
      "DB", "", "O L")
    T("Renal unit, Royal Infirmary Edinburgh: patient received kidney from his brother at the unit; both fully assessed by the living donor team. Routine follow-up. Nothing of concern.")
    T("Glasgow City social work. Looked after child (15, female) missing from residential unit for 3 days. Seen getting into a car with older men in the Broomielaw area at night, returning with new clothes and alcohol. Believed to be given cannabis.",
      "AV PSV", "", "S", "immediate")
    T("School raised concern: pupil (13, Roma) in Govanhill often absent, says he has to help his uncle at a carpet-fitting job, paid nothing, and is tired all the time.",
      "AV WW", "PA", "L", "high")
    T("Intelligence log. The male known as 'Big Tam' is running a debt book in Ferguslie Park. Users who owe him are made to hold gear and to run to Paisley Cross. Those who don't are given a 'doing'.",
      "DB PSV", "", "C")
    T("Fire service home safety visit, Arbroath: HMO registered with 6 tenants, each with own tenancy. Alarms fine. No concerns.")
    T("Ms K, Chinese national, found at a 'massage' flat in Aberdeen city centre. Said she came as a tourist to work in a restaurant. The boss took her passport on arrival, said she had to earn back £20,000. Works from 10am to 2am, sleeps in the same room. Doesn't know the address of the flat.",
      "DEC RD DB EO AC ISO", "DT LH SW IS UF", "S")
    T("Agency worker at a salmon processing plant, Shetland, rang Migrant Help: agency deducts £95 a week for a shared room (6 beds) and £10 for transport; left with £80 after a 50-hour week. Will not give name, scared of losing job.",
      "WW AC", "OA CT FA", "L")
    T("Member of public: guy at the car wash on Maryhill Rd said to me the boss hits them with a hose pipe if they are slow. he asked me not to say anything.",
      "PSV", "FA", "L")
    T("Perth Sheriff Court: case against D MORRIS for road traffic offence adjourned. Nothing to add.")
    T("Young man from Vietnam (says he is 16) came into Stirling police station. Says he was brought in lorry, kept in a house, then put to work in a nail bar in Falkirk. Boss says he owes £25,000 and if he tries to go his parents will be hurt. Boss has his phone.",
      "AV DB IT ISO", "IS UF", "L", "high")
    T("Welfare concern: lady (70s) in Kirkintilloch, her carer seems to be doing her shopping and keeping the change. Carer is her son; family argument about money. Referred to adult protection.")
    T("Crew member on a Peterhead trawler: 'The skipper say if you complain you go home no money and you never work on boat again. We fish four days no sleep.'",
      "IT EO", "LH", "L")
    T("INT 2/B/P: Car wash, A9 Inverness. Workers are Albanian nationals, believed arrived via small boats. Believed to be told by the owner that they must work to repay the crossing (£8,000 each). Live in static caravan behind the site.",
      "DB AV", "UF OA", "L")
    T("Report of a woman in a flat in Torry crying on the stair. Spoken to, she had lost her keys. No concerns.")
    T("Crimestoppers: 'At the Bright Nails in Hamilton the boss lady keeps everyones bank cards in a box and pays them in cash whatever she wants. Girls live above the shop.'",
      "WW", "NCW MBC SW OA", "L")
    T("Teenage girl (16) in Dundee told guidance teacher older man she met on Snapchat gives her vodka and vapes and made her have sex with his friends. He says he'll send pictures to her mum if she stops.",
      "AV PSV IT", "", "S", "high")
    T("Aberdeenshire Council housing officer: tenant subletting rooms to 8 Eastern European men who all work at the same food factory in Turriff; employer pays their rent direct to the tenant and deducts from wages. Men say they're fine but refused to talk without the tenant present, who translated.",
      "WW", "OA SFW NCW", "L")
    T("Traffic stop A90 near Laurencekirk. Transit van with 9 occupants, all Romanian, heading to a farm. Driver says he takes £10 each per day for the lift. No other concerns raised by passengers. Van overloaded — FPN issued.",
      "", "CT CE", "")
    T("Victim account (translated from Arabic): 'They told me in Libya that in Scotland I will work in building and get papers. They put me in a house in Glasgow with 12 people. We work on roofs with no harness. If someone falls they leave him. They say we are illegal and the police will put us in prison.'",
      "DEC AC IT AV", "OA FA PLC", "L")
    T("Ongoing neighbour dispute Wishaw over parking. No crime.")
    T("NRM referral by Police Scotland (MSU). Adult female, Slovakian, 31. Brought to Edinburgh by husband's cousin with promise of cleaning work. Kept in flat in Pilton, forced into sex work, beaten when she earned less than £300 a night. Bank account opened in her name used for benefit claims by the group.",
      "DEC RM PSV WW", "NCW RMS", "S C")
    T("Ugh this is probably nothing but there is a guy who sleeps in the back of the chip shop in Buckie, the owner says he's a friend who helps out. seems nice enough, he's always smiling.",
      "", "SW", "")
    T("GLAA: Labour provider in Montrose. Workers have contracts, get payslips, rent own flats. Driver collects them at 6am in minibus, returns 4pm; transport free. No concerns.")
    T("Debrief. 'I say I want to go home. He say OK, but first you pay what you owe — 2000. He take my phone, he lock door at night. One time he hit me with belt.'",
      "DB ISO RM PSV", "IS RMS", "")
    T("Report from community worker in Sighthill: several young Sudanese men working in a hand car wash are living in the unit's storeroom on pallets. No toilet. Work every day.",
      "AC EO", "SW PLC LH", "L")
    T("Bank referral (SAR summary): account of a 20 yo Romanian female in Glasgow receives weekly wages from a cleaning company, money withdrawn same day at ATMs in a different city by a male; card also used alongside 5 others.",
      "WW", "NCW MBC", "L")
    T("Dundee: man claims his ex wife withholds his passport after separation. Civil matter, solicitor advice given.")
    T("Hospital social worker, Aberdeen: Latvian woman admitted malnourished, brought in by her 'employer' who does her cleaning job rota and insisted on staying in the room. Woman says she works in the employer's house for board only.",
      "WW AC", "PA SFW", "D")
    T("Crimestoppers call: they've got girls working in a flat on Gorgie Rd, you see different lassies every week with the same guy bringing them in by taxi. he never lets them out on their own.",
      "RM", "ET RMS", "S")
    T("Child (11) found begging at Buchanan Street with a woman who took the coins. Woman not the mother. Child not at school. Referred to social work.",
      "AV WW", "", "C", "high")
    T("No concerns: Officers attended a 'farm worker camp' near Coupar Angus following a call about shouting. It was a birthday party. All workers have their own documents and say they are happy with pay.")
    T("She told me she came to do a masters in Glasgow and ended up in a house in Bearsden looking after an old man 24/7, never a day off, for £50 a week. The family said if she left they would tell the Home Office she'd broken her visa.",
      "EO WW IT", "LH", "D")
