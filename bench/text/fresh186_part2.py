def add(T):
    T("INT 3/B/P. Eastern European males seen being dropped at the Peterhead fish market at 0400 by a white Ford Transit SV19 XKE and collected after 2000. Same males seen at address in Queen St, Peterhead, where source believes around 15 live in a 3-bed flat.",
      "EO AC", "CE OA LH", "L")
    T("Shetland: community nurse saw a Sri Lankan crewman on a whitefish boat with a badly infected hand. He said he couldn't go ashore to the doctor because the skipper 'doesn't let us off the boat in port'.",
      "RM AC", "RMS PA", "L")
    T("Call from taxi driver, Aberdeen: picked up 2 young women from a flat in Rosemount with an older man who paid and did all the talking. Dropped at a hotel by the airport. Girls looked frightened, one had bruising on her arm. Third time he's done the same run this month.",
      "PSV", "ET SFW PA FA", "S")
    T("Parent rang 101 because her 17 yo son works at a chip shop till 11pm on school nights. She wanted to know if it's legal. Advice given. No exploitation.")
    T("Joint visit (Police Scotland / GLAA / HMRC) to Crystal Nails, Cumbernauld. Three Vietnamese females. One said she'd paid £10,000 to a man in Hanoi to get a job in the UK and the boss 'takes from wages to pay the man'. She's never seen a payslip. They sleep in the back of the shop on camp beds.",
      "DB WW AC", "UF SW NCW PLC", "L")
    T("Debrief (via Tigrinya interpreter): 'At the car wash the boss say I am lucky he give me work. No papers, no work. If I say anything he call immigration. One day I ask for my money and he push me on the wall and say next time worse.'",
      "AV IT PSV WW", "FA", "L")
    T("Lost dog reported in Dumfries. Found.")
    T("Fife council social work: 'Daniel' (16) referred from Kirkcaldy High. Teachers saw fresh cash, new trainers, two phones. Admitted he 'does runs' to Dundee for a guy called Kez who 'sorted him' after he lost £400 of gear — he now owes more each week. Was slashed on the arm in September.",
      "AV DB PSV", "PA", "C", "high")
    T("Anon: a lassie in the big house at the end of our road in Newton Mearns does all the cleaning and cooking and never has a day off. the family has her passport i heard the wife say it on the phone. she sleeps in the utility room",
      "RD EO AC", "DT LH SW", "D")
    T("Man in Inverness reports he was scammed out of £300 by a fake 'job agency' on Facebook that promised him oil rig work. Never went anywhere, no exploitation, fraud report raised.")
    T("Berry farm, Blairgowrie. Worker from Nepal on seasonal visa: paid £6,000 to recruiter in Kathmandu for the visa. Was sent home after 6 weeks because he didn't pick enough — still owes the money at home.",
      "DEC DB", "UF", "L")
    T("Intel: 'Auntie' who runs the brothel at a flat on Bridge St, Aberdeen is using the girls' names to claim UC and keeps their bank cards in her handbag. Girls are Romanian, early 20s.",
      "WW", "NCW MBC", "S C")
    T("He locked the door every time he left. I was in that room in Paisley for 2 months. I could only look out the window. He brought men to me.",
      "RM PSV ISO", "RMS IS", "S")
    T("Support worker, TARA: client now in safe house, remains frightened of her trafficker and will not yet give a statement. She has her own passport back and is engaging with the Home Office.",
      "", "FA", "S")
    T("Scottish Water engineer reported a property in rural Aberdeenshire near Maud where 'a dozen lads are living in portakabins with no running water, a generator, and a big guy with a dog at the gate'. Believes they work on the farm.",
      "AC RM", "PLC OA RMS", "L")
    T("Worker at a Glasgow hotel (kitchen porter) says he works 70 hours a week because his colleague left and he needs the overtime for his family. He gets paid for it all. No other concerns.")
    T("Stop and search in Kilmarnock. 14yo from Birmingham found with 20 wraps of heroin and £600 in cash and a burner phone. Says he's been at a flat in Onthank for 'about a week', doesn't know the address. Phone constantly ringing.",
      "AV ISO", "IS", "C", "immediate")
    T("From the NRM referral: Mr A was recruited in Poland via an advert promising £10/hour at a potato farm in Fife. The gangmaster took €200 for transport, then housed him and 11 others in one farmhouse. After deductions he received about £40 per week. Gangmaster kept his ID card and bank card.",
      "DEC WW RD", "UF OA NCW DT", "L")
    T("Hi, Im phoning about my sister. She went to work in a house in Dubai then came to Edinburgh with the family. Now she messages only at 2am and says they wont let her leave the house and she hasnt been paid for 8 months.",
      "RM WW", "RMS", "D")
    T("Break in at a garage in Forfar, tools stolen. No suspects.")
    T("Car wash, Hamilton Rd, Cambuslang. Officers saw lads working in t-shirts and trainers in heavy rain, no gloves. One said he sleeps in the office. Owner was present and answered all questions for them, said they're 'all family'.",
      "AC", "SW SFW", "L")
    T("Referral from Aberdeen Foyer: young man (19), care leaver, says man he met at the hostel gave him a place to stay and now makes him collect parcels and drive them to Dundee. Says he can't say no because 'he'd kill me, no joke'.",
      "AV IT", "FA", "C")
    T("Perthshire strawberry farm. Worker told union she is scared to complain because the supervisor said anyone who complains gets 'no more hours and goes back to the airport'. Workers are paid piece rate and she says some days earn less than minimum wage.",
      "IT WW", "FA", "L")
    T("Log 1245 07/11: female (Thai) attended Elgin police office, said boyfriend brought her on visitor visa, keeps passport 'because she'll lose it', she has no money of her own. Does not allege any violence. Referred to Women's Aid for support.",
      "RD WW", "DT NCW", "")
    T("Intelligence: fishing boat out of Kinlochbervie. Ghanaian crew are confined to the vessel in port, visa conditions said to prevent them leaving. They have not had a day off in two months and their wages go to the agent in Accra.",
      "RM EO WW", "RMS LH NCW", "L")
    T("The boss at the Indian restaurant in Stirling said he will give me paper for visa if I work 1 year without salary. I work 12 hours each day. I sleep in store room. Now 14 month, no visa.",
      "DEC WW EO AC AV", "LH SW", "L")
    T("Bus driver reported concern over two teenage girls travelling with an older man from Glasgow to Aberdeen. Traced: father and daughters on the way to a football match. No concerns.")
    T("INT 2/B/P — Known OCG in Lanarkshire are running 'farms' in residential houses in Airdrie and Wishaw. Gardeners are young Vietnamese males who are locked in and not allowed out. Food delivered every few days. Source states gardeners were told they owe the group for their passage.",
      "RM DB AV", "RMS UF", "C")
    T("Girl in the flat upstairs in Torry never goes out, the guy who owns it brings men up all night, sometimes she screams. i seen bruises on her face last week",
      "PSV ISO", "IS PA", "S")
    T("GP practice Dundee: patient (Polish, 45) asked for a sick note, employer has told him he will lose his job and his bed if he is off. He lives in accommodation provided by the employer, a flat with 7 others.",
      "IT", "OA", "L")
    T("Salvation Army safe house, Edinburgh: client says she was forced to take cocaine by her pimp so she would 'work longer'. She worked every night. Was kept in the flat during the day.",
      "PSV RM EO", "LH RMS", "S")
    T("Edinburgh Airport: Border Force stopped a man travelling with a 17 yo girl he said was his niece; stories didn't match, she had been coached what to say. He had both passports. Girl referred to social work.",
      "RD", "FA DT", "", "high")
    T("Kirkcaldy shop owner caught selling alcohol to under-18s. Licence review. No further concerns.")
    T("Care agency in Aberdeen brought over carers on sponsored visas. Carers say they were charged £8,000 'sponsorship fees', and if they leave before 3 years they must pay £5,000. They work 60+ hours and are paid only for contact time, not travel between visits.",
      "DB WW EO", "UF LH", "L")
    T("Mum came in to report her son (15) missing from Greenock, 2nd time this month. Last time he was found in Perth in a flat with older males and had been assaulted. His phone goes straight to voicemail.",
      "AV PSV", "", "C", "immediate")
    T("Guy at the car wash in Bathgate told me he works 7 days for £30 a day and has to pay the boss £70 a week for his bed. said its fine, better than home",
      "WW EO", "LH OA", "L")
    T("GLAA licensing inspection of labour provider supplying Angus farms. Workers have paid no fees, their accommodation is on farm in static caravans meeting standards; transport provided free. Passed.")
    T("Woman in Govanhill (Roma, 23) reported that her husband's family took her passport and make her clean for the whole extended family, about 15 people in the house. She's beaten if she goes out without permission.",
      "RD RM PSV", "DT RMS OA", "D")
    T("Ex-pupil of our school contacted us: he says he's working on a mussel farm on Mull for a man who hasn't paid him for 3 months. He's living in a caravan with no heating. He's 18 and has autism. We're worried.",
      "AV WW AC", "PLC", "L")
    T("Social media post claiming organs are being taken from migrants at a 'clinic' in Glasgow shared widely in community groups. Checked by MIT: the story is a hoax recycled from 2019, no such clinic exists, no victim identified.")
    T("Debrief: 'My boss have 6 card for us. Every Friday he go to bank. He give me £50, say rest is for house and food.'",
      "WW", "MBC NCW", "L")
    T("Suspicious activity: 4 men sleeping in a car in a lay-by near Brechin every night for a week, working at the berry farm in the day. Farm manager says accommodation is full and they chose to save money. They have their own car and documents.",
      "", "", "")
    T("TARA case note. V, 29, Albanian. Was moved from London to Glasgow by the boyfriend who recruited her on Instagram. Says he made her 'work' in hotel rooms, took all the cash and told her he'd show her family the videos if she stopped.",
      "DEC WW IT", "NCW", "S")
    T("Report that a man is cutting hair in a barbers in Dumbarton without a work permit. Immigration Enforcement aware. Man says he's paid normally and goes home each day.")
    T("Call handler: caller states there is a woman at the window of a flat on Clepington Rd, Dundee, banging on the glass and shouting 'help me, he's locked me in'. Caller can hear a man shouting inside.",
      "RM", "RMS", "", "immediate")
    T("Procurator Fiscal: accused MUNRO admitted to employing 3 men at his landscaping business in Elgin, keeping them in a shed at his home, paying them with cans of lager and tobacco, and slapping them when they 'slacked'. The men were alcohol-dependent and homeless when recruited from outside the Salvation Army.",
      "AV WW AC PSV", "PLC SW", "L")
    T("School nurse: girl (12) in Ayr says she cooks and cleans for the family she lives with (not her parents, 'aunty') while their children go to school. She has never been enrolled. She sleeps on the kitchen floor.",
      "AV AC", "SW", "D", "high")
    T("Migrant Help: Indian man came on a care worker visa. Agency promised full-time work; he's had two shifts a month. Now owes his landlord (also the agency director) three months' rent, which the director says must be paid by 'other work' in his restaurant.",
      "DEC DB", "", "L")
    T("Neighbour: 'Shes a cleaner at the hotel. Works long hours, but she loves it. Nothing to worry about.'")
    T("Man found at Dundee bus station with no money, no phone, doesn't know where he has been working or where he lived — 'a farm, big field, man take us in van'. Says he hasn't been paid in 6 weeks. Latvian.",
      "WW ISO", "IS ET", "L")
    T("Officers at a Fife cannabis factory found a 16 yo Vietnamese boy hiding in the loft. He'd been living there, fed by the men who came in once a week. Door bolted from outside.",
      "AV RM AC", "RMS SW", "C", "high")
    T("'Boss say my debt is now 12,000 because of fine for broken machine and for being late. I will never finish.' Worker at a factory in Livingston.",
      "DB", "", "L")
    T("Pub in Oban: barmaid fell ill, had worked 3 double shifts by choice over a festival weekend. Paid overtime.")
    T("The man who brought us to Scotland — he watches the street from the car when we go to the shop. If we are more than 10 minutes he phones and shouts.",
      "RM IT", "RMS", "")
    T("Glasgow Housing Association: 1-bed flat in Pollokshields with at least 10 people staying. Visitors report seeing sleeping bags all over the floor, the tenant takes rent from each man in cash, men leave at 5am in a minibus.",
      "AC", "OA CE PLC", "L")
    T("MSVCC: request for support, male Vietnamese in Motherwell nail bar. He said the owner told him the police would arrest him and deport him if he went to them. He has no idea how much he is paid because the owner 'keeps it for him'.",
      "IT WW", "FA NCW", "L")
    T("Inverness — female reported her ex-partner was threatening to post intimate images. Not linked to exploitation; domestic abuse enquiry.")
    T("Third party report via Crimestoppers: a teenager (about 14) is being used to sell weed at the skate park in Falkirk by older guys in a black Audi. They pick him up from school.",
      "AV", "", "C", "high")
    T("I work in the house of a Saudi family who came to Edinburgh for medical treatment. Madam shouts at me, takes my phone at night. I eat only what is left. I work from 6 in the morning to 1 at night. I have my passport, but I don't know where I am in the city.",
      "ISO EO AC", "IS LH", "D")
    T("Police Scotland OSD: boat 'Ocean Pearl' stopped off Stornoway. Crew documents in order, all paid through UK accounts. No concerns found.")
    T("Perth Royal Infirmary: woman (Romanian) with fractured ribs said she fell, but partner/employer answered for her; she works at a car wash and lives in his house with 8 other workers.",
      "PSV", "SFW PA OA", "L")
    T("Rape reported in Dundee. Victim is a sex worker; suspect a punter. Victim independent; no third-party control identified.")
