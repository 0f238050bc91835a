# fresh252 part 3: short logs, shorthand, public reports, negations and hypotheticals
P = []
def T(text, ind="", sig="", typ="", risk=None): P.append((text, ind, sig, typ, risk))

T("IP works 7/7 at car wash, 0800-2000, £30 p/d cash. No days off since arrival.", "EO", "LH", "L")
T("POI says IP 'never clocks off', on call 24/7 for boss's cab firm.", "EO", "LH", "L")
T("IP keeps own ppt, own bank a/c, works 37.5 hrs. No MS concerns.", "", "", "")
T("Males at 9 Dale St DN31 picked up 0430 by minibus, back 2230. Daily incl Sun.", "EO", "CE LH", "L")
T("IP states no one has ever threatened him and he is free to leave the farm whenever he wants.", "", "", "")
T("nobody takes her money, she has her own card and pin, she just works a lot because she wants to", "", "", "")
T("IP denies any debt. Says travel paid by himself. Works 5 days, 8 hr shifts.", "", "", "")
T("ppt held by 'manager' at the hand car wash, IP can't get it back.", "RD", "DT", "L")
T("Worker states boss holds everyone's ID 'for safe keeping', they have to ask to see it.", "RD", "DT", "L")
T("IP told he owes £2.5k for flights + 'admin' and it goes up £100 every week he doesn't pay.", "DB", "UF", "L")
T("bloke at the chippy works every hour god sends but he owns the place lol", "", "", "")
T("NFA - checked for signs of exploitation, none found. Workers have contracts, payslips and own accommodation.", "", "", "")
T("Doing 18hr days on the line, no breaks, if u sit down u get sacked.", "EO AC", "LH", "L")
T("She's never had a day off in 3 yrs. Lives in. Family calls her 'the girl'.", "EO", "LH", "D")
T("W/M seen slapping a worker in the yard at Hillside Recycling and shouting at him to get back on the picking line.", "PSV", "", "L")
T("IP: 'If I don't do the shift, they said my brother will get hurt.'", "IT", "", "L")
T("They say if we speak to police we go to jail and never see our children.", "IT", "FA", "L")
T("S/W: IP believed to be working at a Chinese buffet in Cardiff, 12-hr shifts 6 days, sleeps in staff room.", "EO", "LH SW", "L")
T("No injuries seen. IP appeared well-fed, clean clothes, had phone and cash on him.", "", "", "")
T("IP has burns to hands from caustic soda at the shoe factory, no gloves supplied.", "AC", "PA", "L")
T("Asked if he had been hit: 'No, never, the boss is kind.' Asked about hours: '6am to 11pm, every day, no rest.'", "EO", "LH", "L")
T("Workers share 2 bed flat x 9, boss is landlord, rent from wages.", "WW AC", "OA NCW", "L")
T("he hasnt got his passport the gaffer has it, and hes not allowed to go in town on his own", "RD RM", "DT RMS", "L")
T("Victim was 'fined' £50 for every mistake, wage slips show £0 some weeks.", "WW DB", "", "L")
T("Hypothetical: if the agency ever did take his passport he says he would go to the police. At present he holds it himself.", "", "", "")
T("Pays his own way, drives his own car, no concerns. Long hours are his choice as he's on commission.", "", "", "")
T("Sex worker, 17, states the 'uncle' took her phone and she hasn't spoken to mum in 3 months.", "AV ISO", "IS", "S", "high")
T("INT 3/C/P: car wash staff on Hulme St sleep in the shipping container on site.", "AC", "SW PLC", "L")
T("Female seen with black eye at the nail bar, manager wouldn't let her speak to us.", "PSV", "PA SFW", "L")
T("No evidence of any debt, threats or restrictions. Worker in Skegness on seasonal contract, happy and paid.", "", "", "")
T("Driver does 15 hr shifts delivering parcels, self-employed via app, says he 'likes the hustle'. Traffic offence only.", "", "", "")
T("i think the people at number 40 might be slaves there like 12 of them and they go out in a van at 5 every morning and come back in the dark and they look so tired and thin",
  "EO", "OA CE PA LH", "L")
T("hiya just wanted to say theres a man who sleeps in the garage at the cafe on High st and he works there all day and night and never goes anywere, the owner shouts at him alot, i dont think he speaks english",
  "EO AC ISO", "SW LH IS", "L")
T("dont no if this is anything but my mate works at the warehouse and says the polish lads there are getting there wages took off them by the guy who brings them in and they get like £50 a week and they owe him money for the house",
  "WW DB", "NCW", "L")
T("the young lad at the carwash burnt his arm with the pressure washer chemical and they just told him to carry on he was crying. no gloves no nothing",
  "AC", "PA", "L")
T("ive seen a lady get dragged back in the house by her hair by the man, she was trying to go out, she works for them cleaning they always have her working in the garden in the rain",
  "PSV RM", "RMS", "D", "immediate")
T("There r girls in the flat above me, different men in and out all night, a man with a big car drops them and takes them. never see them go shop. poss trafficked?",
  "RM", "ET RMS", "S")
T("Caller rang to complain about the builders next door starting at 7am on a Saturday. Builders are a local firm, properly employed. Advised noise is lawful after 7am.", "", "", "")
T("Call handler: male caller anxious, says colleague collapsed at the abattoir after 16 hrs on the kill line, boss won't call ambulance as 'he has no papers'. Ambulance dispatched to Oakfield Meats, Lowestoft. Caller would not give his own name and said he would get in trouble. Colleague described as Romanian, late 20s.",
  "EO AC AV", "LH", "L", "immediate")
T("Call handler: female, 60s, reports lodger (Polish male) works long hours at a sawmill and comes home exhausted. She just wanted to know if it was normal. He has his own passport, chose the job and is paid PAYE. Advice given.", "", "", "")
T("Call log 02:11: male calling from a layby, says he escaped from a farm where he was kept in a caravan with a padlock, 'they beat me with pipe', gave location as 'near Spalding'. Unit sent.",
  "RM PSV", "RMS SW", "L", "immediate")
T("Call log: concern from bus driver — same 5 young men waiting at the stop at 3.30am daily in thin clothing in the snow. Spoke to them: night shift at the bakery, paid properly, they just don't have cars. No concern.", "", "", "")
T("Worker told us the supervisor said 'you will have accident if you go to union'.", "IT", "", "L")
T("Source: the boss told them if they ran he'd find them and their families in Iasi. INT 2/B/P.", "IT", "", "L")
T("IP states the 'agent' in Kerala charged him £9,000 for the care job and the visa. Now the care home pays him minimum wage but he has to send half to the agent every month or 'the visa goes'. He lives in a shared house in Crawley that he rents himself. He has screenshots of the agent's messages. Referred to GLAA and the Home Office sponsor compliance team.",
  "DB IT WW", "UF", "L")
T("IP states her employer is fine, pays her, and she only came to us because she lost her purse. She did mention working 70 hours but says she's paid overtime and chooses the extra shifts. Purse handed in at the front desk later the same day; returned to her. No further action.", "", "", "")
T("Worker at the tannery has ulcers on both legs from standing in chemicals. Boss said boots cost £45 and he'd take it from wages.", "AC WW", "PA PPE", "L")
T("The agency charges them £30 for hi-vis and boots and £10 a week for the bus from Peterborough to the field.", "WW", "PPE CT", "L")
T("He paid £1,500 in Lithuania for the job. The job does not exist. He is now working for the same man at a scrapyard for nothing.", "DEC WW", "UF", "L")
T("Advert said 'Warehouse work, £12/hr, free accommodation'. Reality: 60 hr weeks, £4/hr after 'deductions', 14 men in a 3 bed.", "DEC WW EO AC", "LH OA", "L")
T("Girl told she was coming to study English in London; instead taken to a house and told to work in the family's home and look after the baby day and night.", "DEC EO", "LH", "D")
T("Victim states she was promised a job in a hotel in Edinburgh. She was taken to a flat and forced to have sex with men. 'He said it is my job now.'", "DEC PSV", "", "S")
T("Landlord has 14 tenants across 3 HMOs in Middlesbrough, each with their own tenancy, all licensed. Complaint from neighbour about bins. No concerns.", "", "", "")
T("Doctor on a 7-day run of nights in A&E at Derriford, asked police for help after a patient assaulted her. Her hours are normal for the rota.", "", "", "")
T("Lorry with 9 people inside found at Dover eastern docks. All in poor health, dehydrated, no toilet in container for 30 hrs. Driver fled. Some say they paid €4,000 each and were told jobs were waiting in London. Paramedics treating two for dehydration. Group includes two who say they are under 18; age assessment to follow. Border Force and Kent Police on scene.",
  "AC DEC", "UF PA", "", "immediate")
T("Night-shift security guard works 4 nights on 4 off, 12 hrs, sleeps in the day. Reported a break-in at the site. Not relevant to MS.", "", "", "")
T("Worker from Nepal at a remote mushroom farm says he doesn't know the name of the village, has never been to town, the farm is 'far from everything'. Boss keeps the van keys.",
  "ISO RM", "IS RMS", "L")
T("Female worker (Vietnamese) says 'I don't know where I am. They bring me at night in a car with black windows.' Works 11am-11pm in the nail bar.",
  "ISO EO", "IS ET LH", "L")
T("He said they never let him contact his family in Poland, took his mobile the first day, 'you will get it back when debt is paid'.", "ISO DB", "IS", "L")
T("Boss's brother goes everywhere with them: the shop, the doctor, the bank. Never alone.", "RM", "RMS ET", "L")
T("Workers were kept locked inside the factory unit overnight 'to protect the stock'. Fire exits chained.", "RM AC", "RMS SW", "L")
T("Care worker, 44, from Zimbabwe, on a sponsored visa: says she works 60-72 hours a week across 3 homes, is paid for 40, and the manager deducts 'travel time' from her pay. She's afraid to complain as her visa is tied to the employer.",
  "EO WW AV", "LH FA", "L")
T("Gang of roofers in Kent — one worker says he is made to go up in high winds, no harness, and if he refuses he is called a 'lazy dog' and doesn't get food. Sleeps in the van. He is from Lithuania and has been with the gang since the spring. He was spoken to at a bus stop in Maidstone by a PCSO who noticed he looked cold and had a bandaged hand.",
  "AC IT", "SW", "L")
T("Man selling flowers in pubs in Leeds at 11pm, Romanian, very thin, says his 'boss' is waiting in the car outside and takes the money. He gets a meal. Out every night until 2am. Licensees on Call Lane say a different seller appears every few weeks. PCSO noted the car as a blue Vauxhall Zafira.",
  "WW EO", "PA NCW LH", "C")
T("Girl at the laundrette works 'all the time', owner's niece, 20, paid, shares in the business. Checked after a misunderstanding by a social worker. No concerns.", "", "", "")
T("No, she says, nobody ever hit her. But the boss's wife pinched her arms and pulled her hair when the rooms weren't done, and she showed marks on her upper arms.",
  "PSV", "PA", "L")
T("He said he was 'free to go' but when asked where he would go, he said the boss has his papers and he owes £800, so 'where I can go?'",
  "RD DB", "DT", "L")
T("He says there's no debt 'now', but he only just paid it off after 2 years of working for nothing on the farm.", "DB WW", "", "L")
T("She said her passport was in her room, then later said the manager had it 'somewhere'. Officer not satisfied.", "RD", "DT", "L")
T("The employer said the staff are free to leave at any time. The staff, interviewed separately, said the doors are locked at night and the manager has the key.", "RM", "RMS", "L")
T("Working hours at Greenacre Nurseries are seasonal: 50-55 hrs in April and May with overtime paid. GLAA licence compliant. Workers housed in a licensed caravan site with good facilities. No exploitation identified. Inspectors spoke to 20 workers in private. All understood their payslips and several had worked there for many seasons.", "", "", "")
T("Would not be concerned if the hours were voluntary, but IP says he asked to stop and was told 'you finish when I say'. Works 5am-9pm.", "EO IT", "LH", "L")
T("IP is not sure what the agency deducts. Payslip shows 'accom £95, transport £35, PPE £25, admin £20' per week from a gross of £310.", "WW", "CT PPE", "L")
T("Had he been injured he says he'd have gone to hospital. He wasn't. He works 40 hrs at a garage with his mates. Stop and account only.", "", "", "")
T("WMP intel: Polish males at a fish smokery in Walsall are locked in at night and told they'll be reported to immigration if they complain. Staff sleep in a room next to the kilns; smoke everywhere. INT 3/B/P. Source is a neighbouring business owner. Recommend GLAA and WMFS joint inspection.",
  "RM IT AC", "RMS SW FA", "L")
T("Doorstep visit: man who answered said 'they are all my cousins' and wouldn't let the other 7 men speak. Inside there were mattresses in the lounge and hallway.", "", "SFW OA", "")
T("IP gave the same answers word for word as the other three workers, like a script. Looked to the manager before each one.", "", "FA SFW", "")
T("Bakery worker, 19, from Lincoln, works nights 10pm-6am 5 nights. Got a trainee role, loves it. Reported an assault on her walk home.", "", "", "")
T("Dairy relief milker in Somerset does 3am and 3pm milkings every day for 12 days then 2 off. Standard in the trade, paid well. Assisted with a cattle theft report. He is self-employed, works for four farms, and drives his own pickup. He reported the theft of two heifers from one of the farms.", "", "", "")
T("IP says that the hours were long in harvest but she was paid for each hour and the farmer brought food out to the field. 'Hard but fair.' No indicators.", "", "", "")
T("Surgeon at Addenbrooke's came to report her car stolen from the staff car park after a 14-hour list. No other issues.", "", "", "")
T("GLAA: licence revoked for Wolds Labour Ltd after inspectors found workers paying £300 'registration fees', transport charged at £12/day and workers waiting unpaid at the pick-up point for 2 hours each morning.",
  "WW", "UF CT", "L")
T("'My boss says I must work on Christmas and New Year or I go back to Romania with nothing.' Works as kitchen porter, 80 hrs.", "IT EO", "LH", "L")
T("Officer's note: IP has a ring of bruises round his wrist which he says was from a cable tie. Would not say who did it.", "", "PA FA", "")
T("Caller says her son's employer at a scaffolding firm is 'working him into the ground' with 12-hour days. Son is 24, British, has his own flat and car, and says he'll find another job. Advised re ACAS. She said he's always been a grafter and she just worries about him on the scaffolding when he's tired.", "", "", "")
T("Case note 04/07: client now able to say more. The gang 'punished' anyone who tried to rest by pouring cold water on them at night in the caravan, in winter. No heating. Client has chilblains and lost weight.",
  "PSV AC", "PA PLC", "L")
