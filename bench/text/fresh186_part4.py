def add(T):
    T("""Police Scotland, North East Division. Intelligence report.
Grading: 2/B/P.
Subject: FV 'Northern Dawn' (PD-registered), Peterhead.
Source has regular access to the harbour. Source states that the six non-EEA crew on the vessel (Filipino and Indonesian nationals) have been on board continuously since the spring. When the boat is in port the skipper, nom Gary BUCHAN, takes the gangway up at night and tells the crew they are not allowed into the town because 'their visas don't let them'. Source has seen the crew eating rice and fish heads on deck. Crew told source they are paid USD 400 a month into an account in Manila that the manning agent controls, and that the agent deducted a 'placement fee' of two months' wages. One crewman had a deep cut on his forearm from a winch cable that was stitched on board by the mate. Source believes the crew work 20 hours a day when fishing. Source states the skipper keeps all the crew's passports and seaman's books in the wheelhouse.
Assessment: multiple indicators of labour exploitation. Recommend joint visit with Border Force and GLAA on next landing.""",
      "RM WW EO RD AC", "RMS NCW UF LH DT PA", "L")
    T("""TARA case summary (anonymised). Client R, 23, Romanian. R met a man on Facebook who said he loved her and wanted to marry her. He paid for her flight to Glasgow in January. On arrival he took her to a flat in Govanhill where two other women lived. He told her the flight and rent cost £3,000 and she would have to 'do some massages' to pay it back. Within a week she was being advertised online and seeing up to ten men a day. He drove her to hotels and waited outside. He kept her phone and gave it back only to reply to clients, reading every message. When she refused he punched her and once held a knife to her throat. She was told that if she went to the police he would send photographs to her family and that the police in Scotland would arrest her for prostitution. She was identified after a hotel receptionist in the city centre called police. R is now in TARA accommodation, has entered the NRM and is receiving support. She is very frightened and has not yet decided whether to give a statement.""",
      "DEC DB PSV ISO IT RM WW", "UF ET IS FA NCW", "S")
    T("""Call handler log, 02:14. Caller is a lorry driver parked at the services at Kinross on the M90. He says he heard knocking from inside a refrigerated trailer parked next to him, Lithuanian plates, and when he went round he could hear people shouting in a language he didn't know. Trailer doors sealed. Driver of that lorry nowhere to be seen. Caller thinks there could be people inside and it's freezing tonight. Units and SAS dispatched, Fire requested to open trailer.""",
      "AC", "", "", "immediate")
    T("""Social work chronology extract, Aberdeen City, child C (15).
C has been reported missing 9 times since August. On each return she has been evasive and has had items she cannot account for: a new iPhone, designer clothes, money. Police found her on two occasions in a flat in Seaton with men aged 20-35; on the last occasion she was intoxicated and there was cannabis and cocaine in the flat. She has told her key worker that 'they're my pals, they look after me' and that she has to 'keep them sweet' because they have spent money on her. The school reports she has been seen with bruising to her wrists. She has been seen getting into cars with different males outside the unit at night. An IRD has been held and the case is now managed under the child protection procedures with a CSE focus. Police Scotland PPU are investigating the adults involved.""",
      "AV PSV DB", "PA", "S", "high")
    T("""Report of a GLAA/Police Scotland joint operation, Angus soft fruit farm, July.
Officers attended the farm following a complaint to Migrant Help. 220 seasonal workers were on site, mostly from Central Asia on Seasonal Worker visas. The majority were spoken to in groups and raised no concerns. However a group of 14 workers from the same recruiter in Uzbekistan told officers that they had paid the equivalent of £2,500 to a middleman in Tashkent for 'paperwork' before they came, and were still repaying loans at home. They were housed in two caravans meant for six each. They said the supervisor, a man from the same recruiting network, had taken their passports 'for the farm's records' and not given them back, and that he threatened to have them sent home if they picked slowly. They were being charged £15 a week for the minibus to the fields. The farm's HR manager said the farm had not asked for passports and was unaware the supervisor had them. Passports were recovered from the supervisor's caravan and returned. NRM referrals made for those who consented. Supervisor arrested.""",
      "DB RD IT AC WW", "UF OA DT CT FA PLC", "L")
    T("""Debrief (statement given through a Vietnamese interpreter, Glasgow).
'I was 15 when I left my village. My uncle arranged with a man and my family borrowed money, I don't know how much, a lot. We went through Russia and then in a lorry. In England a man picked us up in a car and brought me to a house. I didn't know what city. Then they took me to a nail shop. I cleaned and did the feet and later the nails. I worked from 9 in the morning until 8 at night and then had to clean the shop. I sleep in the house with 7 other people. The boss lady said all the money goes to pay for my journey. She said if I ran away, the men in Vietnam would go to my parents' house. I was not allowed to go outside alone. They took me in a car every day. I did not have a phone. When the police came I was scared because the boss said the police would put me in jail.'
Note: the young person is now in the care of Glasgow City HSCP and has been referred to the Scottish Guardianship Service.""",
      "AV DB EO IT RM ISO WW", "UF LH OA RMS ET IS FA NCW", "L", "high")
    T("""Member of the public, online report form (spelling as given):
i live in aberdeen near the beach and theres a house on our street where there are loads of men staying, i counted 11 going out one morning at about 5 in a white minibus, comes back after 8 at night, every single day even sundays. The bins are always overflowing and one of the windows is boarded up. I tried to say hello to one of them and he just looked at the ground and another man came out and said 'he dont speak english' and took him inside. I dont want to get anyone into trouble but it dosnt seem right. They all look really thin and tired. The guy who came out drives a black BMW and is there every morning.""",
      "EO", "OA CE LH PLC SFW PA", "L")
    T("""Adult support and protection referral, Highland Council.
Mr D, 44, has a mild learning disability and a history of alcohol use. Since around March he has been living on a croft near Lairg with a family he met at the pub. The family say he is 'helping out'. His sister visited and found him living in an outbuilding with no heating or toilet. He told her he works all day with the sheep and fencing and isn't paid, because 'they give me my food and my drink'. His bank card is held by the woman of the house, who collects his benefits. He had a black eye which he said he got falling. He told his sister he can't leave because he has nowhere else to go and the man said he'd 'break his legs' if he went to the police. His mobile phone was taken from him 'because he kept losing it'. ASP investigation initiated, police informed.""",
      "AV WW AC PSV IT ISO", "PLC NCW PA IS", "L")
    T("""Intelligence log, Lanarkshire, 2/B/P.
A cannabis cultivation in a semi-detached house in Blantyre is being run by an Albanian OCG. The gardener is believed to be a young Albanian male who arrived by small boat about six months ago and owes the group for his crossing. Source states he is not allowed to leave the house and that the windows are covered with foil and the back door screwed shut. He has no phone and speaks no English. The house is visited every three days by a male in a grey Audi A3 (SK21 MVO) who brings food. Source believes the gardener has been told his family in Albania will be harmed if he leaves.""",
      "DB RM AC ISO IT AV", "UF RMS IS", "C")
    T("""Police Scotland, Edinburgh. Incident summary.
At 1930hrs officers attended a report from a neighbour about a disturbance at a flat in Gorgie. On arrival they found a woman, mid-30s, Polish, who said her partner had pushed her. Partner arrested for domestic assault. During conversation officers asked routine trafficking questions because she works at a local car wash run by a friend of the partner. She said she is paid normally each week by bank transfer into her own account, has her own passport and ID, chose the job, and can leave whenever she wants. No indicators of exploitation identified. DA enquiry continues.""",
      "", "", "")
    T("""Community police officer's note, Glasgow Southside.
Visited a row of shops on Victoria Road following community concerns. The nail bar employs four women, all of whom had contracts and payslips, spoke reasonable English and confirmed they live in their own rented accommodation. The barber next door employs two young men who are on student visas working within their 20 hours. The car wash round the corner is run by a family business with staff from Kurdistan; the staff said they were paid £10.50 an hour, wore wellies and gloves provided free, and work 8 hours. I saw nothing to suggest exploitation at any of the premises. Relationship with shop owners good.""")
    T("""Dundee HSCP referral. Young woman, 19, care experienced, now living in a tenancy in Whitfield. Her former boyfriend, 26, has moved in with three friends. Neighbours report men coming to the flat at all hours. The young woman told her support worker that the boyfriend 'sells her' to his friends to pay off what he owes a dealer and that she has to do it or he will hurt her. She has visible bruising. Her benefits go into an account he controls. Police notified; she has agreed to speak to the PPU.""",
      "AV PSV IT WW", "PA NCW", "S")
    T("""Border Force report, Aberdeen Airport.
A 24-year-old Indian national arriving on a Skilled Worker visa for a care home in Banchory was found to have been issued a certificate of sponsorship by a company with no apparent trading history. He said he had paid 18 lakh rupees (about £17,000) to an agent in Kerala, borrowed from relatives and a moneylender at high interest, and that the agent told him he would be earning £30,000 a year with accommodation. The care home named on his papers has no record of him. He was met at arrivals by a man who said he was from the 'agency' and who tried to answer all the questions for him. He had already handed his passport to the man, who was asked to return it. Referred to Home Office and MSHT unit for follow up.""",
      "DEC DB RD", "UF SFW DT", "L")
    T("""I am writing this for my friend who doesn't write English. She is working in a hotel in Pitlochry as housekeeper. When she came she paid the agency £1,200 for job and the flight. The hotel pays the money to the agency and the agency gives her what is left after taking rent and 'admin'. Last month she got £310 for four weeks. She works 6 days, sometimes 7 when it is busy. The room is in staff house with 4 girls in one room with bunk beds. The manager says if she complains she will be out and she has nowhere to go. Please can someone tell her what are her rights.""",
      "WW IT", "UF NCW OA", "L")
    T("""Statement, witness (shop worker), Inverness.
'I work in the Co-op near the bus station. For about two months a woman has come in most nights around 11 with a man. He does all the talking and pays. She looks at the floor. Once she came in on her own and asked me in broken English how to get to the police station but then the man came in and she stopped talking. She had a cut lip that night. I saw the man taking her back into a flat above the bookies. I've seen other men go up there late at night.'""",
      "PSV", "SFW PA FA", "S")
    T("""Migrant Help case note.
Client: male, 33, Bangladeshi, asylum seeker, Glasgow. Client says he was approached in the mosque by a man who offered him 'help' in the form of a job in a restaurant in Falkirk, cash in hand. He worked there for three months, six days a week, 12-hour shifts. He was promised £300 a week; he received £100 a week and was told the rest was 'saved for him'. When he asked for it, the owner told him he had no right to work and would be reported to the Home Office, losing his asylum claim. He slept on a mattress in the restaurant's storeroom for the last month. He was not physically harmed. He left when he realised he would never be paid. Client wants to know his options; referred to MSVCC and NRM explained.""",
      "AV WW IT EO AC", "LH SW FA", "L")
    T("""Perth & Kinross Council environmental health note. Inspection of a takeaway on the High Street following a complaint about hygiene. During the inspection, officer noticed a mattress and sleeping bag in the dry store and two men's clothing hanging in the back. The owner said two kitchen staff 'sometimes stay over after late shifts'. The two men appeared nervous and the owner would not let them answer questions. Passed to Police Scotland for welfare check.""",
      "", "SW SFW FA", "L")
    T("""Police Scotland incident log, Argyll & West Dunbartonshire.
A report was received from the RNLI in Oban regarding a crewman who had been taken off a scallop boat with a serious head injury. Crewman is Ghanaian. Skipper claimed he slipped. A crew colleague later told the hospital chaplain that the skipper had struck him with a metal shackle during an argument about pay, and that the crew are routinely shouted at, kicked and told they will be 'sent back with nothing' if they complain. The crew have not been paid for three months. Crew passports are said to be with the vessel's agent in Glasgow.""",
      "PSV IT WW RD", "PA DT FA", "L")
    T("""Account of Ms P (Albanian), given to a Salvation Army support worker in Edinburgh and typed up by the worker:
'He was my boyfriend in Tirana. He said we could have a better life in the UK. We came in a lorry. At first it was OK, we stayed with his cousin in London. Then he said we have debts, I must work for a few weeks. He brought me to Scotland, to a flat, I did not know which town. Men came every day. He said if I do not do this his friends will kill my brother. He took all the money. He never let me go out alone. Sometimes he hit me when I cried. One day the police came to the flat for something else and I told them.'""",
      "DEC DB IT WW RM PSV ISO", "IS RMS NCW", "S")
    T("""GLAA intelligence report.
Labour provider: unlicensed gangmaster operating in Moray and Aberdeenshire supplying workers to a poultry processing plant and two vegetable farms. Workers (Bulgarian, about 30) recruited through a Facebook group promising £12/hour and free accommodation. In reality they are paid £7/hour cash, with £80 a week deducted for accommodation in two houses in Keith, where they sleep 8-10 to a house on mattresses. £5 per day charged for transport in an unroadworthy van. Workers also charged £35 for boots and hi-vis and £20 for a 'work card'. Several workers have been told they are in debt to the gangmaster for their travel from Bulgaria (£400 each) and that they cannot leave until it is paid. The gangmaster holds the bank cards of at least 12 workers and withdraws their wages himself.""",
      "DEC WW DB AC", "OA CT PPE UF NCW MBC PLC", "L")
    T("""Statement extract (victim, male, 17, through Arabic interpreter), Glasgow.
'The man found me at the hotel where the Home Office put me. He said he could give me work and money to send to my mother. He took me to a car wash in the east end. I washed cars from 8 in the morning until dark, every day. He gave me £20 some days, some days nothing. He said I owed him for the food and the bus. He said if I told anyone, the Home Office would send me back to Sudan. One time I said I am sick, he slapped me and said get back to work.'""",
      "AV WW DB IT PSV EO", "LH FA", "L", "high")
    T("""Scottish Fire and Rescue Service referral to Police Scotland. Crews attended a fire in a disused industrial unit in Motherwell. Inside they found a large cannabis grow and an internal room with a padlocked door containing a mattress, a kettle, food wrappers, and a bucket used as a toilet. There was nobody inside. The padlock was on the outside of the door. It is believed someone had been living there and was possibly locked in. Enquiries ongoing.""",
      "RM AC", "SW RMS PLC", "C")
    T("""Intel report 3/B/P. An Edinburgh-based OCG is believed to be recruiting young women from Brazil via Instagram with offers of modelling and hospitality work. On arrival, the women's passports are taken 'for the visa extension' and they are told they owe £8,000 for the flights and accommodation. They are then advertised on escort websites in Edinburgh and Glasgow. Women are moved between short-let apartments every few days and driven to appointments by one of two drivers. Source has been told one woman was beaten for trying to keep some of her earnings.""",
      "DEC RD DB PSV WW", "DT UF ET", "S")
    T("""Debrief note, Police Scotland National Human Trafficking Unit. Adult male, 38, Romanian. Recruited in his home town by a neighbour who said he could earn £2,000 a month on a farm in Scotland. Taken by minibus to a farm near Blairgowrie, where he and about 20 others lived in an old farmhouse with one toilet, no hot water and rats. Worked picking and packing from 5am until 8 or 9pm, seven days a week. The neighbour and his brother controlled everything: they kept everyone's ID cards, opened bank accounts in their names and kept the cards, and gave them £20-£30 a week for food. Men who complained were beaten; he saw one man's nose broken. He was told that if he left, they'd find his wife and children in Romania. He escaped when the farm manager drove him to hospital with a hand injury.""",
      "DEC AC EO RD WW PSV IT", "OA PLC LH DT NCW MBC CE PA", "L")
    T("""Case note, Glasgow City HSCP, Children and Families.
Subject: K, 14, female. K disclosed to her foster carer that a 'boyfriend' she met online, who she thinks is 19, has been picking her up after school and taking her to parties in flats in the Gorbals, where she has been given vodka and pills. She said she was made to 'do stuff' with his friends and he told her she owed him for the drink and the taxis. He has told her that if she tells anyone, he will put the videos online. She is very frightened. Police Scotland informed; joint interview being arranged.""",
      "AV PSV DB IT", "FA", "S", "high")
    T("""Police Scotland, Tayside Division. Incident: 'sudden death', Arbroath.
Male, 61, found deceased at home by his son. No suspicious circumstances. GP to certify. Male had worked as a fisherman for 40 years and owned his own boat. Family informed. No further police action.""")
    T("""Neighbour complaint, Cumbernauld, via councillor. 'The house next door has been sublet to what seems to be a group of young men. I see them leave at 6 and come back at 7 and they never seem to go anywhere else. Sometimes they shout at night. I spoke to one who said they work at a warehouse near Eurocentral and it's fine, they get paid, and they just share to save money. He seemed relaxed about it. I wanted to check it's all above board.' Officers visited: seven men, each with a room or sharing with a friend, own tenancies with a letting agent, agency contracts seen. No concerns.""",
      "", "", "")
    T("""Statement extract, Mrs H, 41, Filipina, formerly a domestic worker in a diplomat's household, Edinburgh.
'I came with the family from Riyadh. They said in the UK I will have days off and a salary of £800. In Edinburgh nothing changed. I start at 5.30 in the morning, I finish when madam goes to sleep, sometimes 1 o'clock. I never have a day off. I sleep on a mattress in the children's room. My passport is with sir. I can't phone my family except on Friday with madam's phone. I am not allowed to go out of the house alone. Madam pull my hair and slap me when the children cry. They pay my salary to my family but only £150, not £800.'""",
      "DEC EO AC RD ISO RM PSV WW", "LH SW DT IS RMS NCW", "D")
    T("""Intelligence, Police Scotland Highlands & Islands, 3/C/P. Information from an unknown source states that a hotel on the North Coast 500 route is employing Eastern European seasonal staff who live in caravans on site and work 'all the hours', with the owner holding their passports. Source's information has not been tested and the hotel is a well-regarded business. Low priority; consider GLAA visit.""",
      "EO RD", "SW LH DT", "L")
    T("""Note of a conversation with a Migrant Help client, Aberdeen.
The client, a woman from Eritrea granted refugee status, asked for help with her Universal Credit claim. She lives with her sister and works part time as a cleaner in an office. She said she was treated fairly, paid for every hour into her own bank account, and has her own documents. She had heard about trafficking on a leaflet and wanted to check she wasn't being exploited. She isn't. Benefits advice given.""")
    T("""Referral from Aberdeenshire Council social work to Police Scotland. Ms M, 29, Latvian. Came to Fraserburgh to work in fish processing through a man who advertised on a Latvian website. On arrival he took her to a house where 9 others lived, collected her passport 'for registration' and registered her with a recruitment agency. Her wages go into a bank account he opened; she has never seen the card. He gives her £40 a week. She says she owes him £900 for travel and rent and 'the debt never gets smaller'. She is afraid of him: he once threw a kettle at another woman in the house. She was referred after a colleague noticed she had no lunch for a week.""",
      "RD WW DB IT", "OA DT NCW UF FA PA", "L")
    T("""Call handler log, Police Scotland ACR, 21:06.
Caller, female, Glasgow, very distressed. States her friend, a Nigerian woman, has just phoned her from a flat in Springburn and said the man she lives with has beaten her and taken her passport and is forcing her to sleep with men for money. Friend says the man has now gone out and locked the door and she has no key. Caller has the address. Caller says the man will be back later tonight. Units dispatched, priority.""",
      "PSV RD RM", "DT RMS", "S", "immediate")
    T("Fraud: elderly woman in Troon scammed by phone caller pretending to be her bank. Not related to exploitation.")
    T("lad at the car wash in Govan told me the boss keeps his pasport and he gets nae wages just food",
      "RD WW", "DT", "L")
    T("Intel 2/B/P: man known as 'Bossman' in Dundee housing young female Romanians in Hilltown flat, advertising them on AdultWork. Women hand him all cash.",
      "WW", "NCW", "S")
    T("Inverness: 16yo girl located at Raigmore after being missing 2 days; had been with a 34yo man in Nairn who gave her drugs. Investigation open.",
      "AV PSV", "", "S", "high")
    T("Road traffic collision, A96 near Huntly. Two injured, no other concerns.")
    T("Fish factory worker in Buckie: 'the agency man drives us every day, we pay him £8 each time'.",
      "", "CT", "")
    T("Tenant in Kirkcaldy HMO: landlord has 9 tenants, all on proper leases, licensed. Complaint about noise only.")
    T("Boat crew in Ullapool, Ghana: 'No pay since June. Captain say after the season.'",
      "WW", "", "L")
    T("Man begging at Perth station says a man drops him off every morning and takes his money. Looks unwell.",
      "WW", "CE NCW PA", "C")
    T("Dad rang to say his son (24) is working 80-hour weeks as a junior chef in Edinburgh. Son says he loves it and is paid. No action.")
    T("INT: Nail bar in Clydebank — girls never leave, food brought in.",
      "RM", "RMS", "L")
    T("She says she's free to go out but has no money at all — he takes every penny she earns at the salon.",
      "WW", "NCW", "L")
    T("Domestic worker in Bearsden: 'I cannot talk on phone, madam takes it.'",
      "ISO", "IS", "D")
    T("Au pair in Stirling: own room, £120/wk, weekends off, her passport in her bag. Checked, fine.")
    T("Report that a Vietnamese teen is living in the back of a nail shop in Paisley and works every day.",
      "AV EO", "SW LH", "L", "high")
    T("Car wash worker (Iraqi) says: 'boss say if I stop, he tell immigration where I live'.",
      "IT", "FA", "L")
    T("Shetland salmon farm worker fell into cage; safety gear was provided and worn. H&S investigation only.")
    T("Big man at the berry farm shouts, kicks the pickers, takes passports off them. Blairgowrie. Anon.",
      "PSV RD", "DT", "L")
    T("Woman (Chinese) found in flat in Aberdeen advertised for sex; says she owes 'snakehead' £30k.",
      "DB", "UF", "S")
    T("Aye the lassies in that flat above the chippy in Methil dinnae get oot, a guy brings their messages in and there's a different car outside every night",
      "RM", "RMS", "S")
    T("Charity shop in Stonehaven reported a man coming in daily with different women's bank cards trying to withdraw cash at the cashback till.",
      "", "MBC", "")
    T("Social work: 13yo boy in Wester Hailes carrying drugs for 'older boys' who threatened to stab his brother if he stopped.",
      "AV IT", "", "C", "high")
    T("Missing person: 45yo man from Hawick, found safe at friend's in Galashiels.")
    T("Worker at salad packhouse, Fife: 'they take £15 each week for the gloves and the hairnets'.",
      "WW", "PPE", "L")
    T("Hotel receptionist Glasgow: man booked 3 rooms, brought in 3 young women, collected cash from each after 'visitors'. Women looked scared.",
      "WW", "FA NCW", "S")
    T("Care worker from Zimbabwe: employer in Paisley holds her passport and says she owes £4,000 for her visa if she leaves.",
      "RD DB", "DT UF", "L")
    T("Nothing suspicious found at the Kurdish barbers in Dumfries after the visit; all staff on payroll.")
    T("Kid of about 12 at the Gallowgate selling the Big Issue late at night with a man watching him. didnt seem right.",
      "AV", "", "C", "high")
    T("Two Romanian women sleeping in the car wash office at Ayr. The owner says it's only 'till they find a flat'.",
      "AC", "SW", "L")
    T("Intel: gang in Leith are 'renting' bank accounts from students to launder cash; students paid £200 each. Students not coerced.",
      "", "", "")
    T("Homeless man in Aberdeen says a guy offered him a bed for working on his roofing crew; he's been doing it for 5 weeks, never paid, and the guy says he owes for the bed.",
      "AV WW DB", "", "L")
    T("Girl (15) in Falkirk missing since last night; last seen getting into a red Golf with a 28yo known for grooming. Phone off.",
      "AV", "", "S", "immediate")
    T("She said she works 'only' 10 hours a day, 6 days, and is paid properly into her own account. Nail technician, Glasgow. No concerns.")
    T("The supervisor at the fish factory takes our money card, we never see bank.",
      "WW", "NCW", "L")
    T("Filipino deckhand, Scrabster: sleeps on the boat, no shore leave, 'agent has passport'.",
      "RM RD", "SW RMS DT", "L")
    T("Report of a man in his 20s seen being pushed into a van outside the car wash on London Rd, Glasgow, by two men. Shouting in a foreign language. Van SV68 PLN heading east now.",
      "PSV RM", "", "L", "immediate")
    T("My cousin works at the takeaway in Elgin, he says the boss is fair and pays him weekly. I just wanted to check the hours are legal. (48 per week)")
    T("Polish man in Cupar says his 'friend' who got him the job makes him pay £150 a week for a bed in a room of 5.",
      "WW", "OA", "L")
    T("Kidney donor (mother) and recipient (son, 22) interviewed by the transplant team at the Royal Infirmary as routine; no third party, no payment. Procedure goes ahead.")
    T("TARA: woman says she was told she would work as a waitress; instead forced to have sex with men in a flat in Dundee.",
      "DEC PSV", "", "S")
    T("'I feel like a dog. I sleep in the garage. I eat after the dogs eat.' — domestic worker, Milngavie.",
      "AC", "SW", "D")
    T("Constable's note: 3 lads at the car wash on Alexandra Parade all say the same words, like they learned it — 'we are fine, we are happy, boss is good'.",
      "", "FA", "L")
    T("Social media tip: guy in Dundee advertising 'cheap labour, Romanian, any job, £50 a day per man' — he takes the money, workers get £15.",
      "WW", "NCW", "L")
    T("Concern from food bank, Inverness: man comes in every week, says his employer at a hotel pays him nothing and he stays in a shared caravan with 6 others.",
      "WW", "OA", "L")
    T("Angus farm worker: 'I work 14 hour, no break for eat. Supervisor say no break or no job.'",
      "EO AC IT", "LH", "L")
    T("INT 3/B/P: OCG in Glasgow believed to be moving Kurdish men to Aberdeen to work in barbers; men escorted by minders and told they owe £5k each.",
      "DB RM", "ET UF", "L")
    T("Taxi driver in Dundee says a woman in his cab whispered 'please police' then the man beside her grabbed her arm. Dropped at Broughty Ferry Rd 10 mins ago.",
      "PSV", "", "", "immediate")
    T("Worker says he was never threatened or hit, paid properly, but is tired because he chooses to do two jobs. Motherwell. No concerns.")
    T("Boy (16) picked up by BTP at Aberdeen station with crack cocaine inside him; says a man in Glasgow told him he'd be 'done in' if he lost it.",
      "AV IT", "FA", "C", "high")
    T("A woman at the nail bar in Dundee told me quietly the boss has her papers and she hasn't been paid. she made me promise not to tell.",
      "RD WW", "DT FA", "L")
    T("Farm near Coupar Angus: Nepali worker says agent promised 9 months' work, he got 6 weeks, and owes £4,000 back home.",
      "DEC DB", "UF", "L")
    T("HMO check, Aberdeen: 12 fishermen from Ghana in a 3-bed flat owned by the boat owner; rent taken from wages.",
      "WW", "OA NCW", "L")
    T("Man in Motherwell with Down's syndrome working at a neighbour's garage for 'pocket money' of £5 a week, 40 hours. Neighbour holds his bank card.",
      "AV WW", "NCW", "L")
    T("Routine visit to the Chinese takeaway in Oban: staff are the owner's adult children. Fine.")
