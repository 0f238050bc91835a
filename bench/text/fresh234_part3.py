def load(T):
    T("Theft of diesel from a tractor, farm near Fakenham. 300 litres. No suspects.")
    T("INT 3/B/P. Source reports a Sudanese man in Norwich is being asked to 'sell' a kidney to pay off a debt to the man who brought him across the Channel. Source says a doctor in Turkey has been mentioned and the man is being pressured to travel next month.",
      "DB IT AV", "UF", "O")
    T("Renal unit, Plymouth: elderly patient had a kidney transplant abroad in 2019 from a living donor the family say was 'a cousin'. Clinicians noted no paperwork. Enquiries made with the family: the donor is the patient's niece, documentation later supplied from the Cypriot hospital. No concern.")
    T("Caller states a woman at the B&B next door in Whitby 'never goes out', the owner's wife says she's a relative who helps with breakfasts. Caller has seen her through the window crying. Officers visited: the woman (Filipino, 50s) said she has no passport as 'madam' keeps it, she works from 5am to 11pm and is given £50 a month.",
      "RD EO WW", "IS DT LH", "D")
    T("Poss. MS at a nail bar in Sleaford. 2 girls about 16/17 working there in school hours. Dunno if theyre at school. The manager is always watching them and drives them home.",
      "", "ET", "", "high")
    T("Norfolk RCT: report of hare coursing near Walpole. Dogs and a 4x4 seen. Units attended, suspects gone.")
    T("INT 2/B/P: Nominal Gjergj DODA - believed to control Albanian males working in cannabis grows across North Powys. Source states DODA takes their phones and moves them between grows at night in the back of a van so they 'never know where they are'.",
      "ISO", "IS ET", "C")
    T("My husband works on a construction site in Truro with Romanian guys, he says the gang boss takes half their pay and they all live in one house. He says one told him the boss hits them if they're late.",
      "WW PSV", "OA NCW", "L")
    T("No evidence of coercion found. The workers at the mushroom farm near Thirsk told officers separately that they hold their own passports, are paid weekly into their own accounts, and are free to leave. Accommodation inspected and of a good standard.")
    T("Youth Offending Team, Lincoln: 16 y/o male says he 'works for' an older lad who gives him a phone and drugs and sends him to Newark, Sleaford and Grantham. He says he wants out but 'they know where I live and my little sister goes to school'.",
      "AV IT", "FA", "C", "high")
    T("Text to 101: my landlord says i owe him 2 months rent and if i dont pay he will change the locks, i am british and work at asda, is this legal. (Tenancy dispute - no exploitation.)")
    T("A woman came into Cromer library and asked the librarian, in broken English, to phone her mum in Romania. She said the man she lives with had taken her phone and she works in a chicken factory but has never seen a payslip. She had to go before the man came back from the car park.",
      "ISO WW", "IS ET NCW", "L")
    T("Case notes, Migrant Help: client is a Ghanaian carer sponsored by a care agency in Devon. He paid the agency £9,500 for the job. On arrival there was no work for 6 weeks, then only 10 hours a week. He says the agency told him he 'owes' a further £3,000 for accommodation. He is afraid he'll lose his visa if he complains.",
      "DEC DB AV", "UF FA", "L")
    T("999: a woman says she has escaped from a house in Ely and is at the petrol station on the A10, the men are driving round looking for her, she's barefoot and bleeding. She says they kept her in a room for two weeks.",
      "RM PSV", "PA RMS", "S", "immediate")
    T("Shop owner in Mablethorpe called to say a customer paid with 4 different bank cards in different names for one shop. Not sure if it's fraud.",
      "", "MBC", "")
    T("Multi-agency visit to a lettuce farm near Ely. Workers employed on Seasonal Worker visas. Tested for: retention of documents (none - all held own passports), restriction (none), wages (paid correct rates). One worker complained the caravans were too hot. Minor issue raised with the farm.")
    T("INT 2/A/P: Nom Jamal REID uses the flat of a vulnerable woman (learning disability) in Lowestoft as a base, she is made to hold drugs in her bra and has been slapped when she forgot to hide them.",
      "AV PSV", "", "C")
    T("He promise me work in salon, good money, I go to college in the day. Not true. No college. I wash hair and sweep 12 hour. He say I am lucky to have bed. I sleep on sofa in salon.",
      "DEC EO AC", "SW LH", "L")
    T("Hi I'm worried about my neighbour's au pair in Woodbridge, she seems to do everything in the house and looks exhausted. I don't know if she gets paid. (Officers contacted the au pair: she gets £100 a week pocket money, 25 hours, evenings off, has her passport. She said she is 'just tired from the baby'.)")
    T("Intel: a cannabis farm in a bungalow in Gorleston. A Vietnamese male was seen in the garden only once. The gardener from next door says the windows are blacked out and there's a strong smell. No info on whether the male is controlled.",
      "", "", "C")
    T("Skipper of a Brixham trawler tells RNLI his crew from the Philippines are 'on contract', but one crewman slipped a note to a volunteer saying 'please help, no money 8 months, captain hit me'.",
      "WW PSV", "", "L")
    T("Victim account: 'I did not know I was in Wales. They told me London. We were in a house with no neighbours, in the middle of fields. The man came every morning at 5 with the van. I did not have a phone since the first day.'",
      "ISO", "IS CE", "L")
    T("Domestic abuse incident Bridlington. Male partner controlling, checks her phone. She has a job at a hotel and manages her own money. DASH medium. No MS indicators.")
    T("INT 3/C/P. Source states that a Romanian couple in Spalding 'rent out' the bank accounts of workers they bring over and take £20 from each wage for 'admin'. Source did not know whether workers consent.",
      "WW", "NCW", "L")
    T("Housing enforcement, Breckland Council. House in Watton with 14 occupants, beds in garage and shed. Landlord lives elsewhere and is also the gangmaster for all occupants. Workers say he drives them to a vegetable factory at 5am. Rent deducted at source.",
      "AC WW", "OA PLC CE NCW", "L")
    T("Email from a Polish worker: 'I am not a slave, my boss is fine, please stop coming to the farm'. (After an earlier GLAA visit in Lincs found no issues.)")
    T("The lady who I clean for in Salcombe kept my passport for 'the insurance' and now she will not give it back. I want to go home. She says I must finish the summer first. She also says if I go to police they will arrest me.",
      "RD RM IT", "DT FA", "D")
    T("PNC check of a driver stopped near Oswestry (entering Powys): male driving 6 passengers, all said they're going to the abattoir. Nothing untoward, all had driving jobs or own ID, the driver is their colleague sharing petrol costs.")
    T("Call log, Devon: lorry driver at Exeter services says he can hear knocking from inside his trailer, he's come from Zeebrugge via Portsmouth. He hasn't opened it. Requesting police now.",
      "", "", "", "immediate")
    T("Debrief of Eritrean female, 25, found in a flat in Colchester: 'They said I would be a cleaner. They took me to a flat and told me I have to do sex work for the debt of the journey, £8,000. There was a camera in the room. They said if I told police, they would send the video to my family.'",
      "DEC DB IT", "UF FA", "S")
    T("School report, Norfolk. 9 y/o boy arrived from Romania mid-term. Family work at a packing plant. Boy often hungry and tired, clothes not washed. School has made a neglect referral. No evidence he is working.")
    T("Crime report, Boston: theft of 6 bank cards from a house occupied by 9 Bulgarian workers. The occupants say the cards were 'kept together by Ivan for safety' as he manages their wages.",
      "WW", "MBC NCW OA", "L")
    T("INT 3/B/P: Devonport. Source overheard two males talking about 'a Turkish doctor' who will pay £10k for a kidney and said they have 'a lad who owes' lined up. No names. Passed to NCA.",
      "DB", "", "O")
    T("GP note, Boston: Latvian male, 50, attended with chest pain. Said he works 16 hour shifts at a factory 6 days, he wants to because he's saving for a house. Has own contract and bank account. Advised re: rest.")
    T("Youth worker in Torquay says a 14 y/o girl has been going to a flat above a shop where older men give her cannabis and she has 'sort of' said they touch her. She says she's not allowed to tell anyone or her 'man' will be in trouble.",
      "AV PSV", "", "S", "high")
    T("Suffolk CAD: report of a van full of men going into a field at 4am near Lakenheath every day this week. Caller thinks it's suspicious. Officers checked: men were employed by the farm for asparagus harvest, normal start time for the crop. No concerns.")
    T("Wife of a Romanian worker phoned from Bacau via interpreter: husband went to work at a factory near Grimsby, he told her the boss keeps him in a house with a lock on the door at night, he had 10 minutes on a phone once and said he has no money. She has not heard for 6 weeks.",
      "RM ISO WW", "RMS IS", "L")
    T("INT 2/B/P: Yarmouth. Female known as 'Daisy' is being moved between hotels by two males and advertised online. She appears to be under the influence when seen, source believes she's given crack to keep her compliant.",
      "PSV AV", "ET", "S")
    T("Caller in Penzance reports a man is sleeping in his car on the seafront. Officers attended. Male working at a local café, between rentals, not exploited. Signposted to housing.")
    T("Statement (Vietnamese, via interpreter): 'In the car wash in Carlisle I don't know, I was moved to Bideford, the boss there said I owe for transport. I wash cars all day 9 to 9. At night I sleep in the back office. I have no passport, I never had passport, the agent in Vietnam kept it.'",
      "DB EO AC RD", "SW LH DT CT", "L")
    T("DC notes: IP (Lithuanian, 33) clear that she had her own ID card and her phone throughout, denies any threats, and says she was paid. However she said the flat was so crowded (12 people) that she slept in the bath and there was no hot water for months.",
      "AC", "OA PLC", "")
    T("Suffolk Trading Standards: car valeting firm in Stowmarket not paying minimum wage, paying £5 an hour cash. Workers are British and Polish, live at home, free to leave. Referred to HMRC NMW team.",
      "WW", "", "L")
    T("I am writing for my uncle who works at the farm near Holt. He is 62 and doesnt speak English. the farmer has his passport and his bank card and gives him £50 a week. he lives in a shed with no toilet. he says he is treated like a dog.",
      "RD WW AC AV", "DT NCW PLC", "L")
    T("Norfolk Police: sex worker (British) reported a client for non-payment. She works independently from her own flat and advertises herself. No third party involvement.")
    T("Concern raised by church: young Nigerian woman in Plymouth taken in by a 'pastor' who promised her a place at university. She now does all the cleaning and childcare for his family, unpaid, and he says she owes him for the flight and visa. She says she is not allowed to go out without his wife.",
      "DEC WW DB RM", "UF RMS ET", "D")
    T("Arrest for possession of cannabis (personal), Aberystwyth. Student. Community resolution.")
    T("INT 3/B/P: a Chinese national is living and working at a takeaway in Pwllheli (North Wales, passed from Dyfed-Powys). Source states he is never seen outside and the owner 'owns him' because of a debt to snakeheads.",
      "DB RM", "SW RMS", "L")
    T("Message via Modern Slavery Helpline: girl 17 in Newquay says boyfriend 'sells' her to men he meets on Snapchat, she says he's threatened to beat her if she doesn't. She's at his flat right now and he's in the next room.",
      "AV IT", "", "S", "immediate")
    T("Report from a Lincs apprentice: 'I work 50 hours a week on the farm, I'm 18, paid the apprentice rate which is low, but it's legal and I'm learning. My mum keeps saying it's slavery.' Advice given. No concerns.")
    T("Officers attended a flat in Barnstaple for a concern for welfare: man (Polish, 30s) found malnourished, sleeping on a bare floor. He said he'd been brought over by a man to do roofing and left behind when the work ran out, unpaid for 3 months. No phone, no English, no idea where his passport is.",
      "AV WW ISO", "PA PLC IS", "L")
    T("CAD: Suspicious car parked outside primary school in Scarborough for 2 hours, two males inside. Checked: parents waiting for a school event. No offences.")
    T("Anon tip: theres Albanians running the car wash by the Tesco in Haverfordwest, the lads are foreign and look like they live there, their bedding is in the back room, they work every day even Christmas",
      "AC EO", "SW LH", "L")
    T("Probation officer, North Yorkshire: supervisee disclosed he was forced to grow cannabis in a loft in Harrogate after being released from prison with nowhere to go. The dealer gave him a room and then said he owed rent of £300 a week he could only pay by tending plants. He was threatened with a hammer.",
      "AV DB IT", "", "C")
    T("Lincolnshire call: 'my sister in law lives with us and she's from Pakistan, she's not trafficked, she looks after our kids because she wants to and goes to college three days a week'. Caller wanted to pre-empt a neighbour's report. Noted.")
    T("Intelligence from Border Force at Holyhead referred to Dyfed-Powys: 4 Romanian women travelling with one male, he held all their tickets and ID cards and answered all questions; destination given as a hotel in Carmarthen.",
      "RD", "SFW DT ET", "")
    T("Farm manager, Herefordshire border (Powys side): 'I heard the agency we use charges the lads £300 a head when they sign up in Moldova. We pay the agency properly. I don't know how to check.' GLAA informed.",
      "", "UF", "L")
    T("Girl, 16, presented at Lowestoft police station with her mother. Says she was driven to Norwich and Cambridge by an older man and made to carry packages, and he punched her when she tried to get out of the car. Not missing now.",
      "AV PSV", "ET", "C", "high")
    T("INT 3/B/P. Source states the new car wash in Louth has workers who are 'paid in food', live in a caravan on site, and have been told the police in the UK will deport them if they're caught.",
      "WW AC IT AV", "SW PLC FA", "L")
    T("Report: woman, Thai, brought to Devon as a 'wife' by a man who found her online. She says he promised she could work in a restaurant but she's only allowed to be in the house, he locks the phone and she cleans and cooks for him and his father all day. She hasn't been paid anything and can't contact her family.",
      "DEC RM ISO WW", "RMS IS", "D")
    T("Health check - seasonal worker camp near Pickering. 200 workers on a managed site, canteen, medical room. Some complained about the early starts (5am). Everyone has their own ID and bank account. No exploitation indicators.")
    T("A bloke in the pub in Holbeach reckons he pays 'his boys' £20 a day and keeps the rest for their rent and bus. He was laughing about it. I think he has about 10 Polish guys.",
      "WW", "CT NCW", "L")
    T("IP denied that anyone held her passport, denied being threatened and said she could leave the flat any time. However she said the man who found her the job in Norwich took £1,200 from her first pay as an introduction fee and still takes £50 a week from her wages.",
      "WW", "UF NCW", "L")
    T("Community nurse, Haverfordwest: elderly man (British, 89) living with his carer who is a lodger; carer has taken over his bank account. Financial abuse investigation. Not slavery.")
    T("Witness (Portuguese, 27) at a meat plant in Holbeach: 'They told us if we went on strike they would tell the Home Office we were illegal and put us on a plane. Some of the guys are illegal and the managers know it, and they pay them less.'",
      "IT AV WW", "FA", "L")
    T("Caller: there are kids, maybe 13 or 14, selling drugs out of the bus shelter in Mildenhall on school days. They get dropped off by a man in a blue Golf. Looks like they're being run by someone.",
      "AV", "ET", "C", "high")
    T("Lincs: theft of a catalytic converter from a minibus at a packhouse. Minibus belongs to the packing company. No other issues.")
    T("Case worker, Salvation Army: client (Indian, 31) was recruited as a care worker by an agency in Cornwall. Agency took his passport on arrival 'for HR', housed him with 7 others in a 2-bed flat and charged £450 a month each. Told he would lose his visa if he complained or left. Rota shows 80+ hours a week.",
      "RD AC IT EO AV WW", "DT OA LH FA", "L")
    T("INT 2/B/P: Operation Cyclops - male IC3 'Bigz' using a 15 y/o from Plymouth to deal in Newquay. Youth has been seen with fresh cuts to his face. He has been missing from home since Friday and is believed to be at a trap house in Newquay now.",
      "AV PSV", "PA", "C", "immediate")
    T("Ms WARD said her cleaner (Romanian) works for her 3 mornings a week and for other families; she's paid £15 an hour and lives with her own partner. Ms WARD was worried after seeing a TV programme. No concerns.")
    T("Street outreach, Norwich: rough sleeper (Slovak) says he was brought over by a man with promises of a factory job, then kicked out after 2 weeks when he complained. He says he still owes the man £600 for the bus and the man has rung threatening him.",
      "DEC DB IT", "UF", "L")
    T("Officer note: the women at the sauna in Ipswich all gave the same account, word for word, and looked to the manageress before answering. Manageress would not let officers speak to them alone. Several said they 'live here'.",
      "", "FA SFW SW", "S")
    T("Theft of a quad bike from a farm near Beaminster. Farmer asks for crime number.")
    T("Trafficking referral (Local Authority, Suffolk): 16 y/o Vietnamese boy found walking on the A14 near Stowmarket after climbing out of a lorry. He was told he would be taken to work in a nail bar to pay a debt of £20,000 his family borrowed.",
      "AV DB", "UF", "L", "high")
    T("Email from a farmer in Pembrokeshire: 'We have a Romanian couple who've worked for us 10 years, they live in the farm cottage free and are paid properly. A new neighbour has reported us. Please feel free to visit.' Visited, no concerns.")
