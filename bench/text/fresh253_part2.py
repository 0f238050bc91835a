# fresh253 part 2: sexual exploitation, CSE, Blackpool HMOs, Preston, York, Carlisle
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Lancashire Constabulary, Blackpool. Source states that a flat above a takeaway on Dickson Road is being used as a brothel. Three Romanian females aged early 20s live there and are not allowed out except to go to the shop with a male known as 'Cristi'. Adverts on an adult services website use the same phone number for all three women. Cristi collects the money after each client.""",
  "RM WW", "RMS ET NCW", "S")
T("Saw a girl about 14 getting into a car with 2 older men outside Blackpool North station at 11 at night she looked off her face. Silver Audi PK18 something",
  "AV", "PA", "S", "immediate")
T("""Referral, Blackpool Children's Services. Female, 15, looked-after child, placed in a children's home in South Shore. Repeatedly missing overnight, returns with new phones and clothes. Staff believe she is being taken to parties in Preston by men in their 20s where she is given alcohol and cannabis and has sex with several men. She describes one of them, 'Jay', as her boyfriend. She has a bruise on her neck she will not explain.""",
  "AV PSV", "PA", "S", "high")
T("""Adult services advert flagged by the NCA: 'New in Carlisle, young Thai girl, 24/7, outcalls only'. Same phone number has advertised 17 different women in 6 towns across Cumbria and Lancashire in three months. Pattern consistent with a managed network moving women between short-let flats.""",
  "EO", "LH", "S")
T("""York. Case note, ISVA. Client (British, 22) disclosed that her ex-partner, Ryan COOPER, made her have sex with his friends to pay off his drug debt, over about eight months in 2025. He said she owed him for the rent and for the coke she used. He would take her phone and lock the bedroom door from the outside when he went out. He threatened to send intimate pictures to her mum if she left.""",
  "PSV DB RM ISO IT AV", "RMS IS", "S")
T("""Independent escort in Harrogate contacted police about a client who refused to pay and damaged her car. She works alone from her own flat, advertises herself and keeps her earnings. Crime recorded for criminal damage. No exploitation concerns. The client has been identified from his car registration and will be interviewed. She was given the number for the local sex worker support project and the police liaison officer.""")
T("""Intel: HMO on Lord Street, Blackpool. Information that several young women of Eastern European origin are living at the address and are driven to 'massage' work at a parlour in Preston daily by the same male. The women reportedly have no keys and the male holds their ID. Grading 3/B/P.""",
  "RM RD", "OA ET DT RMS", "S")
T("He said he loved me and we would get married in England and have a nice house. When I came he said I have to work with men first to pay back the ticket. He took my passport. Every night ten men, sometimes more. If I cry he hit me.",
  "DEC DB RD PSV EO", "DT UF LH", "S")
T("""Lancaster University welfare team. Student (international, 20) reports that a man she met online is pressuring her to do 'sugar dating' to pay her fees and has introduced her to older men who pay him. She has been to two hotels in Manchester with men he arranged. He has screenshots of her messages and says he will send them to her family in Malaysia if she stops.""",
  "AV IT", "", "S")
T("Sex worker in Preston city centre (40s, British) known to outreach, works independently, no one takes her money, declined support other than condoms. Welfare noted only.")
T("""Police attended a flat in Barrow following a report of a woman screaming. Found Hungarian female, 26, in a bedroom with a lock on the outside of the door. Bruising to both arms and face. She said through an interpreter that her 'manager' brings men to the flat every night and keeps all the money, that she was brought from Budapest for work in a bar, and that he said he would kill her if she spoke to police. Male, Gabor NAGY, 38, arrested at the scene.""",
  "RM PSV WW DEC IT", "RMS PA FA NCW", "S", "immediate")
T("""Scarborough. Hotel receptionist called because a young girl, maybe 16, checked in with a man in his 40s who paid cash and said she was his niece. Girl did not speak and looked at the floor. Another man arrived an hour later and went to the room.""",
  "AV", "FA", "S", "immediate")
T("""Operation Boxer (Lancashire) debrief summary. Three females recovered from a pop-up brothel in an Airbnb in Lytham. All Chinese nationals, limited English. Each had paid approx £10,000 to travel via a 'study agency' in Fujian, told they would work in a restaurant. Debts now said to be £20,000 each. Phones held by a female 'mamasan' who answered the door and spoke for all of them. Passports found in a suitcase belonging to the mamasan. Women stated they had not been outside in 10 days. All three expressed fear of being sent back and declined NRM at first. Phones recovered and submitted for download. Mamasan (F, 52) arrested on suspicion of controlling prostitution for gain and s.2 MSA offences; released under investigation. The Airbnb host says the booking was made online with a stolen card. All three women were later taken to a Salvation Army safe house with a Mandarin-speaking support worker.""",
  "DEC DB ISO RD RM", "UF IS DT RMS FA SFW", "S")
T("my sister is with this older guy from Preston who makes her sleep with his mates and takes her benefit money she's got learning difficulties she cant see it please help",
  "AV PSV WW", "NCW", "S")
T("""CSE. Carlisle. Girl, 13, disclosed to school nurse that a man who works at a takeaway gives her vapes and lifts, and last weekend took her to a house in Denton Holme where 'his cousin' had sex with her. She said the man told her that her mum would be 'in trouble' if she told anyone. Strategy meeting called.""",
  "AV PSV IT", "", "S", "high")
T("""Lancashire. Online adverts for 'Asian massage' across Burnley, Blackburn and Preston share a single phone number and the same photos. Test purchase shows women rotated weekly. One woman told an outreach worker she must see at least 8 clients a day and pays 'rent' of £700 a week to the controller, which she can never clear.""",
  "DB WW EO", "LH", "S")
T("""Blackpool. Neighbour report re a house on Cocker Street: 'men coming and going all night, 20 different cars, a young girl opens the door, she can't be more than 17, she's never outside on her own, an older woman always with her'.""",
  "AV RM", "RMS ET", "S", "high")
T("""Caller states her friend, a Brazilian woman in Harrogate, is working in a 'private flat' for a man who takes half her money and keeps her passport. She is free to come and go and the caller says she chooses to work but wants her passport back.""",
  "RD WW", "DT", "S")
T("""Referral from the Sexual Assault Referral Centre (SARC, Preston). Adult female, Nigerian, 29, attended after a rape. Disclosed that she was brought to the UK by a woman she calls 'Madam' who paid for her flight after a juju ceremony in Benin City. She was told she would do hair. She has been made to have sex with men in flats in Preston and Bolton and hand over all money to pay a debt of €35,000. She believes she will die if she breaks the oath. She does not know the address of the flat she stays at. SARC forensic examination completed with consent. Police informed with the client's agreement; she would not give the address of the Bolton flat. Referral made to the Salvation Army. Madam is described as a Nigerian woman in her 40s who 'has many girls' and goes by the name 'Mummy Joy'.""",
  "DEC DB PSV IT WW ISO", "UF IS NCW FA", "S")
T("Police called to Blackpool promenade hotel re a disturbance between a couple. Both adults, drink-related, argument over money from a win at the arcade. Woman declined to support. DASH standard. No exploitation. Both went home in separate taxis. Hotel staff said the couple are regular guests and there have been no previous problems.")
T("""INT 3/C/P. Information that a taxi driver in Morecambe, Imran (surname unknown), drives girls aged 14 to 16 from the Westgate area to flats in Lancaster where 'parties' are held. Girls given free rides and alcohol. Vehicle possibly a grey Toyota Prius PE16 UJV.""",
  "AV", "ET", "S", "high")
T("""Statement of a Thai woman, 33, recovered from a massage parlour in Kendal (translated): 'The agent said I would give massage, normal massage, and earn good money. I paid 200,000 baht. At the shop the owner said I must do extras. I slept in the treatment room on the table. I could not go out alone. The boss kept my passport in his car.'""",
  "DEC RM RD AC", "UF SW RMS DT", "S")
T("Girls at the massage place on the Harrogate Road, Ripon, always have the blinds down and a man brings them in the morning in a people carrier and takes them away after midnight.",
  "", "CE ET", "S")
T("""Case note. Blackpool. Young man, 19, with autism, living in an HMO on Hornby Road. He has been 'befriended' by an older male resident who takes his PIP money and is arranging for men to come to the room to have sex with him for cash, which the older male keeps. Support worker noticed cuts and bruising. Adult Safeguarding and police notified.""",
  "AV WW PSV", "NCW PA", "S")
T("Anon: theres a brothel on Edward St Blackburn with Romanian girls, men knocking all hours. thats all i know", "", "", "S")
T("""Call handler log 23:47. RP says she is texting from inside a flat in York and a man has locked her and two other women in. She says they were brought to 'work' and she does not want to do it. Gives partial address 'near the big church, flat 4'. Phone then switched off. Immediate deployment, triangulation requested.""",
  "RM", "RMS", "S", "immediate")
T("""Review of Missing From Home episodes, Preston. Girl, 16, missing 11 times in two months, found each time in Blackburn or Accrington at addresses linked to males aged 22 to 30. On return she has been given a new phone, cannot account for money, has alcohol on her breath. Her mother says one of the men sent a message saying she 'owed' him for the phone and the weed.""",
  "AV DB", "", "S", "high")
T("Sex work outreach, Blackpool: all the women we met on Monday night were working for themselves, known to us for years. No new faces, no concerns about control.")
T("""Intel (2/A/P): a flat above a shop on Church Street, Lancaster, receives a new female 'worker' every week. Controller drives them from Leeds. Women's phones are taken on arrival and a 'work phone' given to them that only takes bookings. Women are told they owe £1,500 for the advertising and the flat.""",
  "ISO DB", "ET IS UF", "S")
T("""I am from Albania. I come with my boyfriend, he promise we will marry. In England he put me in house in Carlisle and say I must work with men or he will tell my father I am a prostitute and my father will kill me. He hit me many times, I have broken tooth. I cannot go out, he lock the door. I am here two years.""",
  "DEC IT PSV RM", "RMS PA", "S")
T("Female student at York St John says flatmate's boyfriend keeps her passport in his car for safe keeping — Update: student clarified it was her own choice, she left it with him for a trip and got it back that afternoon. NFA.")
T("""Referral, Cumbria Children's Services. Boy, 14, from Workington, found in a car with a 35-year-old man in a lay-by near Maryport at 1am. Phone contained messages from the man offering money for photos, and messages arranging for the boy to meet 'other friends'. Man arrested on suspicion of causing a child to engage in sexual activity.""",
  "AV", "", "S", "high")
T("""Massage parlour, Whitby. Licensing and NYP joint visit. Two women working, both Chinese, both had their own passports and visas, said they rent the room themselves and keep their takings. Council to pursue licensing breach only. The women were interviewed separately, each with a Mandarin-speaking officer, and said nobody takes any of their money or tells them when to work.""")
T("""Partner referral, Women's Aid (Lancashire). Woman, 31, Polish, disclosed that her husband advertised her on a website and made her have sex with men at their house in Chorley while he watched. He keeps the money, her bank card and her ID card. She is not allowed to see her Polish friends. He told her the council would take her daughter if she went to them.""",
  "PSV WW RD ISO IT", "NCW DT IS FA", "S")
T("Suspected trafficking for sexual exploitation at the Premier Inn, Tebay services: two young women brought in by a man who booked three rooms, stream of men visiting", "", "", "S")
T("""Blackpool HMO inspection, Charnley Road. 18 residents in a property licensed for 10. Several residents said the landlord, 'Davo', pays for their rooms but makes the young women 'entertain' his friends to cover their rent. One girl aged 18, care leaver, said she 'didn't really have a choice'. No fire doors, bedding soiled, no hot water.""",
  "AV DB AC", "OA PLC", "S")
T("She was given crack and then told she had to work it off with men in the flat, she's been there three weeks and doesnt leave",
  "DB AV RM", "RMS", "S")
T("""INT 3/B/P. North Yorks. A website is advertising 'Eastern European girls' for 'tours' of Harrogate, Ripon and Northallerton hotels. The same booking phone is linked to a male in Middlesbrough, Sorin TOMA, who is believed to book the hotels, drive the women between them and keep 70% of the takings.""",
  "WW", "ET NCW", "S")
T("Caller reports seeing a woman at a window in a house on Garstang Rd Fulwood who mouthed 'help' and pointed at the door. Calls again said she is still there and a man has come back.",
  "RM", "RMS", "", "immediate")
T("""Case note, MSVCC support. P (Vietnamese, 22) originally trafficked into a cannabis farm in Burnley, later moved by the same group to a brothel in Blackburn. Describes being told she owed £28,000 for the journey by lorry. Beaten when a customer complained. Says the men told her that police would put her in jail because she had worked on the cannabis.""",
  "DB PSV IT", "UF FA", "S C")
T("Girl in my daughter's year at school in Lancaster is always in a car with a much older lad and has loads of money and nails done, she's 15. don't know if it's anything.",
  "AV", "", "S", "high")
T("""Lancashire Police. Sex worker, 28, British, reported an assault by a client at a flat in Preston where she rents a room with two other women. All three work for themselves and share rent. Suspect arrested. Exploitation screened: none identified.""")
T("""INT 2/B/P (NCA via ROCU North West). Albanian OCG believed to be placing women from Tirana into flats in Preston, Lancaster and Carlisle. Women recruited by 'boyfriends' on Instagram. Controller holds passports in a safety deposit box. Women moved every 5 to 10 days. Money laundered through car washes in Leyland.""",
  "DEC RD", "DT", "S C")
T("""Debrief account (translated, Bulgarian, female, 27). "I was working in a café in Plovdiv. A friend said I could earn more in a hotel in Blackpool. The man who paid the flight met us at Manchester and took us to a house. He said the hotel work is finished and we must sleep with men. I said no. He put me in the room with no food for two days. After that I did it. He took everything. He said if I go to police I will be arrested for prostitution and they will put me in prison. Every day he watched the door. I was there six months. I escaped when the police came for something else.\" Police note: the account matches a house in Layton searched in a drugs warrant in March, where two women were found and did not disclose at the time. Both were offered NRM support; one accepted.""",
  "DEC RM AC WW IT", "RMS FA NCW", "S")
T("CCTV operator in Blackpool reports a man handing out phones to three young women on Central Drive and then driving them off in a black Mercedes, possibly linked to adverts.", "", "ET", "S")
T("""Lancaster. Young female care leaver (18) is staying with an older man who is 'managing' her OnlyFans account and her bank account. She has no access to the money and says she is 'a bit scared' of him. He also brings men back to the flat.""",
  "AV WW", "NCW FA", "S")
T("""Harrogate. Report of a woman approached in a bar and offered modelling work in Leeds. She did not go. Police checked the man: known for procuring offences in West Yorkshire. Information shared; no victim identified. Woman described the man to officers and was shown photos; she identified him. Intelligence report submitted.""")
T("""Call log, York. RP (female, 40s) says her neighbour's teenage daughter, 15, was picked up again tonight by a van with three men, the girl was crying and one of the men pulled her arm. Car went towards the A64.""",
  "AV PSV", "ET", "S", "immediate")
T("Preston. Intelligence that girls working at a 'sauna' on Fylde Road are doing 12 hour shifts 7 days a week and live in the flat above, the owner takes £100 a night 'house fee'.",
  "EO WW", "LH SW", "S")
