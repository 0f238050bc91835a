# fresh209 part 1: kitchens, takeaways, restaurants (labour, with some mixed and negated)
T("INT 2/B/P. Source states that staff at the GOLDEN WOK takeaway, 14 Market St, Rotherham S60 1PQ, are Chinese nationals who live in the flat above the shop and are paid in cash, around £200 p/w for 6 days. Source believes the owner CHEN Li holds their ppts 'for safe keeping'. Source has been a customer at the premises for several years and describes the owner as well known in the local Chinese community. The staff are rarely seen outside the shop other than to put the bins out, and one of the younger males has been heard asking customers how much a bus ticket to London costs. Source does not know whether the workers have any family in the UK. Source is unable to say how the workers came to the UK or who arranged it. Research: CHEN Li is the named premises licence holder and DPS; no previous intelligence held on him. Companies House shows CHEN as sole director of Golden Wok (Rotherham) Ltd, incorporated 2017. Recommendation: joint visit with Immigration Enforcement and South Yorkshire Police licensing, with a Mandarin interpreter, and workers to be spoken to separately from the owner.",
  "WW RD EO", "OA DT LH IS", "L")
T("kitchen porter at hotel says boss keeps his passport and he works 14 hrs no day off", "RD EO", "DT LH", "L")
T("Caller reports a chef at the Spice Garden on Cowley Road who told her he hasn't been paid since March and sleeps on the floor of the dry store. Caller thinks he is scared to go to police. Caller is a regular at the restaurant and got talking to him when he came out for a cigarette. She says he is in his forties, from Bangladesh, and seems very kind. He told her the owner keeps saying the money will come when business gets better. She does not know his surname. She gave him her number but he hasn't called. Log passed to Thames Valley Police MS tactical adviser for research and a possible welfare visit. Caller happy to be recontacted on 07700 900512 but does not want the restaurant to know she called.",
  "WW AC", "SW FA", "L")
T("Visited the Royal Oak, Sutton Coldfield, re premises licence review. Staff rota inspected, all staff on payroll with contracts, right to work checks on file. No concerns.", "", "", "")
T("I came to UK on skilled worker visa as tandoor chef. Agent in Dhaka take £14,000 for the sponsorship. Restaurant say I must pay back from salary. Every month they take money from my account and give me only £300 cash. They say if I complain they cancel my visa and I am sent home.",
  "DEC DB WW IT AV", "UF NCW FA", "L")
T("POI KHAN Imran (dob 03/04/1979) believed to control several kitchen workers at his two takeaways in Bolton. Workers collected from a house on Deane Rd at 10:00 and dropped back after 01:00 by grey Vauxhall Vivaro YH19 KLM. INT 3/C/P.",
  "EO", "CE LH ET", "L")
T("Room attendants at a hotel in Bayswater are supplied by an agency. One attendant told the housekeeping manager she is paid per room, £2.50, and often cleans 20 rooms in 10 hours. The agency deducts £40 a week for the minibus from Harrow.",
  "WW EO", "LH CT CE", "L")
T("Nail bar no - this one's a café. Lads working in the back of the café on Albert Road never seem to go home, lights on at 2am, same two blokes in the same aprons every day. Probably nothing but thought I'd mention.",
  "", "SW PA LH", "")
T("Licensing and immigration joint visit, Taste of Punjab, Leicester LE4. 3 males found in kitchen, 2 with no right to work. Both stated they were paid £3 an hour cash and slept in the cellar on mattresses. Referred to the MS Hub for NRM consideration. The premises licence holder, Mr SANDHU, stated that the two males were 'friends helping out' and denied that they were employees. The cellar contained two mattresses, blankets, a kettle and personal belongings; there is no window and the only exit is through the kitchen. Both males were spoken to with a Punjabi interpreter away from the manager. Civil penalty referral notices issued. Licensing will bring a review of the premises licence. Both males accepted support from the Salvation Army.",
  "WW AC AV", "SW PLC", "L")
T("My daughter works as a waitress at a pizza place in Swansea, she works long shifts but she loves it and gets her wages every Friday, she wanted me to ask if its legal to do 50 hours a week at 17.",
  "", "", "")
T("Safeguarding referral from St Mungo's outreach: male, approx 40s, Romanian, found sleeping at Victoria coach station. States he came to work in a hotel kitchen in Kensington, promised £1,800 a month, got nothing after six weeks and was told he owed £600 for the bed and the flight. Left when they said the debt would double. He was found by the outreach team at about 02:00 and was reluctant to engage at first, saying he didn't want trouble. He has a Romanian ID card in his own possession. He says there were four other men in the same situation at the hotel who are still there. He can give the first names of the manager who recruited him ('Cosmin') and the address of the shared house in Acton where they were put. He has been sleeping rough for nine days and has not eaten properly. He consents to an NRM referral and has been placed in emergency accommodation tonight. Police informed via the MS Hub; interpreter booked for a debrief on Thursday.",
  "DEC WW DB AV", "UF", "L")
T("Anonymous online report: 'the takeaway on Hessle Rd has kids working on the till past midnight on school nights, one of them looks about 13, owner shouts at them'.",
  "AV EO", "LH", "L", "high")
T("A chef from Sri Lanka on a sponsored visa is being paid on paper £30,960 but the employer makes him withdraw £900 in cash every month and hand it back. He says 'if I don't give, boss will report me to Home Office'.",
  "WW IT AV", "FA NCW", "L")
T("Hotel night porter, 12-hour nights, four on four off, contracted and paid above NLW. Welfare check requested by his sister as he seemed tired; spoke to him, he is fine and said he prefers nights.", "", "", "")
T("Nom DOGAN Mehmet. Owner of Istanbul Grill (kebab shop), Middlesbrough TS1. Believed to employ Kurdish males from a HMO at 41 Waterloo Rd which he owns. Workers said to hand their bank cards to DOGAN who withdraws wages at the ATM on Linthorpe Rd. Multiple cards seen used in one go. INT 2/B/4.",
  "WW", "OA NCW MBC", "L")
T("case note 14/02: X says the restaurant owner's wife locks the back door at night and the workers are not allowed out except on Sunday afternoons with the son. they sleep upstairs 5 in one room.",
  "RM AC", "RMS ET OA", "L")
T("man came in to the food bank, works in a chip shop in Grimsby for his cousin, says he gets food and a room but no money 'because family', he wants to leave but his cousin has his passport",
  "WW RD AV", "DT", "L")
T("Student at Sheffield Hallam works 20 hrs a week as a barista, keeps her own passport and BRP in her drawer. Call was about her landlord entering without notice.", "", "", "")
T("Intel: Thai restaurant in Reading, female staff from Thailand brought over as 'chefs', some may be working in massage parlour owned by same family after the restaurant closes. Unconfirmed. INT 3/C/P.",
  "", "", "L S")
T("Referral (local authority, Newham): 16-year-old Vietnamese boy found working in a noodle bar kitchen, no school place, living with the owner's family. Owner says he is a nephew. Boy said he was brought here by 'uncle' and owes money for the journey. The boy was identified when a neighbour reported seeing him at the back of the restaurant late at night carrying bins. The owner produced no documents for the boy. The boy appeared anxious throughout and said he was 'not allowed' to talk about the journey. He could not give the name of the 'uncle'. Strategy discussion held with police and children's social care the same day; he has been placed in foster care and an ICTG (Independent Child Trafficking Guardian) referral made. Missing-from-care risk is considered high given that Vietnamese children are often re-trafficked within days of placement.",
  "AV DB", "UF FA", "L", "high")
T("Catering contractor supplying a university canteen uses agency staff; agency worker reported that she had to pay £75 for her whites and safety shoes out of her first wage and £10 a week for the van.",
  "WW", "PPE CT", "L")
T("Polish woman, room attendant in a seaside hotel in Blackpool, told Salvation Army she was recruited on Facebook with a promise of £10 an hour and a private room. Found herself sharing a caravan with 6 others behind the hotel, paid £150 a week for 70 hours, told she had to pay £300 'fee' to the recruiter back first. She said the recruiter, a Polish man called 'Marek', visits the caravan every Friday to collect the money and tells them who is working where the next week. The hotel manager has never spoken to her directly. She has her own passport. She wants help to get home to Poland and is not sure she wants to go to the police. Salvation Army support worker has explained the NRM and the Reflection and Recovery period; she is thinking about it. Details of the caravan site and of Marek's car (black Skoda Octavia, partial reg LV6) passed to Lancashire Police.",
  "DEC WW EO AC DB", "OA PLC LH UF", "L")
T("Noise complaint re the Crown pub, kitchen staff smoking outside after close. No other issues.", "", "", "")
T("he beat me with the rolling pin when I burnt the rice. I work from 9 morning to 1 night. no money, only food. he say police will put me in jail because I have no visa",
  "PSV EO WW IT AV", "LH FA", "L")
T("Immigration Enforcement visit to Golden Dragon, Stoke: 4 arrests for immigration offences. Workers said they were paid £40 a day and free to come and go, lived in their own rented rooms. No indicators of modern slavery identified.",
  "", "", "")
T("Concern for welfare: female kitchen worker at a café in Peterborough has bruising on her arms and face, walks with a limp, is always escorted to and from work by the owner's brother in a black Audi (KV68 RTN). Colleague thinks the brother hurts her.",
  "PSV RM", "PA ET", "L")
T("Curry house in Bradford, staff accommodation above, HMO licence for 4 but council officer counted 11 mattresses. Fire exit blocked by boxes of oil. Workers' ppts found in a drawer in the manager's office.",
  "AC RD", "OA PLC DT", "L")
T("GLAA: complaint from an ex-employee of a catering agency supplying staff to a Premier League stadium; he was told he had to buy his own chef's knives and black trousers from the agency at £90, deducted from wages.",
  "WW", "PPE", "L")
T("boss made me sign papers in English I cant read he took my passport and said I owe him 5000 for the visa and I work till it paid", "RD DB DEC AV", "DT UF", "L")
T("Chinese takeaway in Newport, Gwent: worker (male, 50s) told an outreach worker he has not left the premises in two years, doesn't know the name of the town, has no phone. Boss buys his food.",
  "ISO RM", "IS RMS", "L")
T("She worked in the hotel laundry and the kitchens, six days, 10 hours a day, paid minimum wage into her own Monzo account. She said it was hard but fair and she had no complaints about the manager.", "", "", "")
T("INT 2/A/P. Officer observed 8 males being dropped at the rear of the Bella Napoli restaurant, Luton, at 06:30 by a white Ford Transit (LD17 XOP). Same males collected at 00:15. Driver appeared to take cash from each of them.",
  "EO", "CE LH CT", "L")
T("Pub landlady in Cornwall employs seasonal bar staff from Europe every summer; she provides staff rooms above the pub, rent £60 p/w deducted with their agreement and shown on payslips. HMRC check found all correct.", "", "", "")
T("Caller says her nephew, 19, went to work in a Scottish hotel through a man called 'Darius' who advertised on TikTok. Darius took £400 to get him the job. He now texts saying he is working 16 hours, the man takes his wages and he cannot leave as they owe him money for the flat.",
  "DEC DB WW EO RM", "UF LH NCW", "L")
T("Restaurant worker says the owner is 'like a father' and paid for his journey; he is paying it back at £50 a week from a proper wage, has his own passport, can go home when he wants. No concerns identified.", "", "", "")
T("wagamama type place on the high st hiring loads of kitchen porters, good pay apparently, my son just got a job there. just wanted to know if they do dbs checks", "", "", "")
T("Kitchen staff at a hotel in Inverness say the head chef screams at them, calls them 'slaves', throws pans. One porter showed a burn on his forearm he says the chef caused by pushing him against the grill.",
  "PSV IT AC", "PA", "L")
T("Welfare check at 22 Clarence St, Hull HU9 (above a pizza shop). 7 males, 3 bedrooms, no hot water, mould, cooking on a camping stove. All work downstairs. They told officers the pizza shop owner is their landlord and takes £80 each from their pay every week for rent.",
  "AC WW", "OA PLC", "L")
T("An owner of a family restaurant in Glasgow employs his two sons and his wife; they all have shares in the business. The complaint was anonymous and alleged 'child labour'. Sons are 24 and 27. NFA.", "", "", "")
T("Intelligence suggests a catering van operating at car boot sales in Essex is staffed by Albanian nationals who also work at a cannabis grow in a unit in Basildon, moved between the two by the same van owner.",
  "", "", "L C")
T("Nepalese cook on Tier 2 visa reports that the restaurant in Aldershot paid his salary into an account, then the owner took his card and PIN 'to manage' it. Has had £150 a month from it in cash.",
  "WW AV", "NCW", "L")
T("Hotel front desk worker (British, 22) made to work double shifts when others don't turn up. She is paid for all hours and can refuse. Complaint related to the manager's rudeness. Advised ACAS.", "", "", "")
T("I am writing about my friend Ana who got a job as a waitress in London. They told her it was a restaurant but when she arrived it was a bar where she had to sit with men and go upstairs with them. They took her passport and say she must pay 3000 euro for the travel.",
  "DEC RD DB", "DT UF", "S")
T("DOB 2008. Missing from care since Friday, believed to be with adult male who employs her at his shisha café in Luton and who has been supplying her with cannabis. She has been seen getting into cars with older men outside the café late at night, CSE concerns. Not answering phone.",
  "AV", "", "S", "immediate")
T("Chef at the Royal Bengal (Kent) says: 'We do 7 days, 11 in the morning to midnight, and on Sunday buffet we start at 10. I never have holiday for 3 years. The owner say you are lucky to have job.'",
  "EO", "LH", "L")
T("Food van on the A1 layby: lone trader, her own business, sleeps in the van on the weekends at festivals. Check made after a report of 'someone living in a van'. She is the owner. No concerns.", "", "", "")
T("INT 3/B/P: Sushi bar on Deansgate, Manchester, employs Indonesian nationals via a 'recruiter' who charged each £3,000. Believed their wages go straight to the recruiter who pays them £100 a week pocket money.",
  "WW DB", "UF NCW", "L")
T("Kitchen porter (Eritrean, asylum seeker) works cash in hand in a burger bar in Coventry 6 evenings. Says he gets £25 a night for 8 hours. Owner knows he can't work legally and said if he stops coming he will call the Home Office.",
  "WW AV IT", "FA", "L")
T("no concerns with the staff at the Kings Head, all spoken to alone, all local, all have own bank and ID", "", "", "")
T("Housekeeping staff at a chain hotel in Edinburgh are supplied by a subcontractor. Several Romanian women told a union rep that they are housed 8 to a flat in Leith owned by the subcontractor, driven in at 6am, and have £120 a week taken from their pay for rent and transport, leaving about £90. The union rep says the women are too frightened of losing their jobs to complain to the hotel and have asked for the rep to keep their names confidential. The subcontractor is a small company registered in Livingston with one director. The hotel's own procurement team were unaware of the accommodation arrangements. The rep has also heard that new arrivals are asked to pay a 'deposit' of £200 but has not confirmed this. Police Scotland National Human Trafficking Unit notified; the hotel chain's modern slavery statement commits to audits of its suppliers and the chain has been contacted.",
  "WW AC", "OA CE CT FA UF", "L")
T("Indian restaurant in Cardiff visited by Home Office ICE team. Chef (Bangladeshi) found hiding in the walk-in freezer. He said boss told him 'immigration will beat you and put you in prison'. Very frightened, would not look at officers.",
  "IT AV", "FA", "L")
T("Waitress at a cocktail bar in Leeds told a friend the manager touches her and said if she tells anyone she'll lose her shifts. She is British, 19. Referred to police as sexual assault.",
  "PSV IT", "", "")
T("Man working in a Turkish restaurant in Kingston told Crimestoppers his boss hit him across the face with a ladle in front of customers, and keeps back half his wage every week 'in case you run'.",
  "PSV WW", "", "L")
T("Visited Pho 88, Cardiff: 5 staff, all Vietnamese, employer provided accommodation. Staff spoke confidently, had their own phones and passports, payslips in their own names. Hours 40-45. Nothing to suggest exploitation.", "", "", "")
T("The boss collect all our phones when we start at 10 and give back at midnight. We cannot call family. He say it is for hygiene. We live in his house, 3 to a room, we cannot go out at night he lock the gate.",
  "ISO RM AC", "IS RMS OA", "L")
T("info from CAB: client (Hungarian) was a kitchen assistant at a hotel in Torquay. Was charged £250 by 'Laszlo' for job and transport to UK. Hotel pays Laszlo not her. She gets £50 a week. Laszlo says she owes more each month for rent.",
  "DB WW DEC", "UF NCW", "L")
T("Takeaway in Ipswich: licensing officers found a male, approx 60, sleeping on a camp bed next to the fryers. He looked thin and dirty, had one carrier bag of belongings. Manager spoke for him and said he was 'just visiting'.",
  "AC", "SW PA FPE SFW", "L")
T("Tip-off: kitchen staff at a hotel near Heathrow told to hand over tips every night to the manager, the manager keeps them all. Wages themselves paid properly.", "WW", "", "L")
T("Officer note: the sous chef at Brasserie Marc, Bath, works long hours by choice, he is a partner in the business. No indicators.", "", "", "")
T("Received a phone call from a woman who works as a cleaner at a guest house in Scarborough. The owners took her passport 'for the paperwork' six months ago and will not give it back. She is not paid, she says they told her food and a room is her pay. She sleeps in the laundry room.",
  "RD WW AC", "DT SW", "L")
T("MSVCC: Chinese female, 40s, found at a takeaway in Dundee during fire safety check. Doesn't speak English, no idea what city she's in, says she was brought by car at night. Employer did all the talking. Interpreter arranged. Through a Mandarin interpreter by phone she said she had been working in the kitchen for 'a long time', preparing vegetables and washing up. She was unable to say who brought her or when. She had no documents with her and no phone. Her clothes were worn and she had a small bag of belongings under the counter. The employer, a male in his fifties, stated she is a 'family friend' who is 'just visiting'. Police Scotland attended and she agreed to go to a place of safety with TARA. Enquiries with the Home Office ongoing.",
  "ISO", "IS SFW FPE PA", "L")
T("Pub chef in Derbyshire, contract 45 hrs, regularly does 60 but is paid overtime at time and a half. Complaint about rota changes only. No exploitation concerns.", "", "", "")
T("Source reports that workers at a chain of bubble tea shops in Birmingham are students who are made to work over their 20-hour visa limit and paid the extra hours in cash at £5 an hour. Manager threatens to tell the university if they complain.",
  "WW EO IT AV", "LH", "L")
T("cafe owner shouts at the young lad who works there saying he owes him for the rent and must work it off, the lad is maybe 15 16 and is there in school hours",
  "DB AV", "", "L", "high")
T("Chef (Filipino) employed by catering company servicing offshore platforms; complained that he works 12-hour shifts 21 days straight. This is his contracted rotation and he is paid for it; he was asking about union membership. No MS concerns.", "", "", "")
T("Kitchen workers at a restaurant in Southall are reportedly made to pay £50 each month 'for the uniform' and £25 for 'breakages' even when nothing is broken. Owner keeps their wages in an envelope until the end of the month and then deducts fines.",
  "WW DB", "PPE", "L")
T("Female, Moldovan, worked as a waitress in a restaurant in Kent. The manager moved her to a flat above and she was made to have sex with the owner's friends. She said 'they told me I owe for the flat and the food, I must pay with my body'.",
  "PSV DB", "", "S")
T("Hotel in Blackpool, worker on the phone to Modern Slavery Helpline, saying in a whisper that she is locked in the staff room with three others right now and the manager has gone out with their passports.",
  "RM RD", "RMS DT", "L", "immediate")
T("Local authority EHO visit: kitchen hygiene poor, rats, out of date food. Staff appear well, all on PAYE, no accommodation provided. Closed under hygiene emergency prohibition notice. No safeguarding concerns.", "", "", "")
T("Kurdish lad, 17, working in a barbers by day and in the kebab shop next door at night, both owned by same man. Lives in the flat above. Told youth worker he gets no wages, just 'pocket money' and his food.",
  "AV WW EO", "LH", "L", "high")
T("pizza delivery driver said his manager makes him pay for the petrol and the moped rent, £120 a week, so some weeks he goes home with nothing", "WW", "CT", "L")
T("Polish chef states he was promised a flat of his own and £2,000 a month by an agency in Gdansk; the job in a Lincolnshire hotel pays £1,200 and he shares a static caravan with 5 men. He is free to leave but has no money for the journey home.",
  "DEC AC", "OA", "L")
T("Nom WANG (f) runs a Chinese medicine shop and a noodle bar in Chinatown, London. INT 2/B/P: Workers at the noodle bar are believed to be undocumented and to owe WANG up to £30,000 each for being smuggled in. WANG keeps their ID cards.",
  "DB RD AV", "UF DT", "L")
T("A caller said the restaurant downstairs has 'loads of foreigners living in the basement'. Officers attended; the basement is storage only, staff live in their own homes around Wembley. No offences. NFA. Caller lives in the flat next door and said she keeps hearing voices late at night. Officers spoke to the manager, who showed them the basement, which contains dry goods, a freezer and the boiler. The voices were the cleaning crew who come in after closing. All three cleaners were spoken to and have their own homes nearby. Caller updated and reassured.", "", "", "")
T("I worked in the restaurant 2 years. They pay me nothing for the first year because they say I must learn. After, they pay £400 a month for 70 hours a week. I sleep in the storeroom on boxes.",
  "WW EO AC", "LH SW", "L")
T("Chef, 34, Bangladeshi, on skilled worker visa. States the sponsor (Mumtaz Balti House, Walsall) told him before he came he would be head chef on £35k. He is kitchen porter and paid cash £250 a week. The payslip says £2,900 a month. He has to give back the difference in cash.",
  "DEC WW", "NCW", "L")
T("Case notes: client has become withdrawn since working at the hotel, won't answer when her caseworker calls, the hotel manager answers her phone. She has not been to her English class in 8 weeks. She is a 27-year-old woman from Romania with a mild learning disability, who moved to the town two years ago with support from the council. She started work at the hotel in the spring through a man her neighbour introduced her to. Her caseworker last saw her in person in June, when she seemed tired and had lost weight. On the last two home visits nobody answered the door although the TV was on. Plan: joint visit with police neighbourhood team, adult safeguarding concern raised under s42 Care Act.",
  "ISO AV", "IS SFW PA", "L")
T("Asian male, early 20s, at a takeaway in Scunthorpe, has visible cuts on hands, wears same clothes every time I go in, always there whatever time it is. Boss talks for him when I ask how he is.",
  "", "PA LH SFW", "L")
T("INT 4/C/P. Uncorroborated: hotel in Great Yarmouth uses a 'gangmaster' to supply room cleaners; possible that cleaners are being charged to work there.", "", "UF", "L")
T("Woman at the refuge said she met her husband on a marriage site, he brought her from Pakistan, and she was made to work in his restaurant kitchen all day then clean his mother's house at night. Never paid. He took her passport and said he would divorce her and she'd be deported. She said her mother-in-law would count the plates she washed and shout at her if the house was not clean. She was allowed to phone her family in Pakistan only once a month with the husband listening. She left after he hit her in front of the children and a neighbour called the police. Refuge worker has completed a DASH (high risk) and MARAC referral, and is making an NRM referral with her consent. She is also applying for the Migrant Victims of Domestic Abuse Concession.",
  "WW RD IT EO AV PSV ISO", "DT LH FA IS", "L D")
T("Hotel apprentice chef, 18, working 48 hrs a week, apprenticeship wage, goes to college one day a week. Mum called because she thinks it's too hard for him. He is happy there. Advice given.", "", "", "")
T("POI Vasile ION, 1986, Romanian. Controls 6 males working at car washes and a hotel kitchen in Slough; rents them a room at 17 Elm Grove, collects their wages from the employers himself. Males believed to have had ID cards taken on arrival. Debt of £1,000 each 'for transport'.",
  "WW RD DB", "NCW DT UF OA", "L")
T("Call handler: female caller, crying, says she works in a Vietnamese restaurant in Hackney, the man beat her last night and she's hiding in the toilet, he's outside shouting. Can't give address, knows it's near a big Tesco. Call lasted 3 minutes 40 seconds, caller speaking quietly in broken English, background noise of a man shouting and banging on a door. Caller said the man is 'the boss' and that there are two other women who live above the restaurant. Call then cut off. Callback attempted twice, no answer. Number 07700 900744 is pay-as-you-go, unregistered. Cell site request submitted as an emergency disclosure. Units dispatched to the area near Tesco Mare Street to check Vietnamese restaurants. Risk graded immediate.",
  "PSV ISO", "IS FA", "L", "immediate")
T("Regular kitchen staff at the Marine Hotel, all local, shifts by rota. The complaint concerns the hotel using a CCTV camera in the staff changing room. Referred to ICO. No exploitation.", "", "", "")
T("kitchen boss he take 10% of our wage for 'the manager fee' and also we have to buy the knives and the chef jacket from him", "WW", "PPE", "L")
T("Lithuanian male, 30s, found by ambulance crew collapsed in the car park behind a hotel in Wolverhampton. Severely underweight, has worked in the hotel kitchen for 18 months. Says he sleeps in a shed at the back and gets leftovers. Employer says he's a volunteer.",
  "AC WW", "PA SW PLC", "L")
T("Brasserie in Chelsea: criminal damage to the front windows overnight, owner suspects a former business partner after a falling out over money. CCTV requested. Staff all employed properly, not relevant.",
  "", "", "")
T("Restaurant worker (Indian) on a visitor visa, working for his uncle in Leicester. Says uncle pays him £100 and keeps the rest to 'send to mum'. Mum has received nothing. Uncle says if he leaves, he'll tell the Home Office he overstayed.",
  "WW IT AV", "FA", "L")
T("Hotel night shift receptionist, Nigerian, studying an MSc, works 30 hrs a week - more than the 20 allowed. She says she's desperate for money. She chose this, employer does not know she's a student. Not exploitation, immigration advice given.", "", "", "")
T("Barista at a café in Brighton says the owner forces her to work 7 days and doesn't give her breaks, she eats standing up. Paid for 40 hours out of 65.", "EO AC WW", "LH", "L")
T("Anonymous letter: 'The Happy Garden ppl work all hours god sends the old man never goes out he is locked in the back by the son every night I hear him crying'", "RM EO", "RMS LH", "L")
T("NCA tasking: OCG based in West Midlands believed to be recruiting Vietnamese nationals under the promise of restaurant jobs and then placing them in cannabis farms in Staffordshire. Debts of £20k-£40k are reported.",
  "DEC DB", "UF", "C L")
T("Kitchen porter was kicked in the stomach by the owner after dropping plates. Didn't want to report it, said he needs the job, is 'illegal'.", "PSV AV", "FA", "L")
T("The caterer at the school, employed by the council's contractor, works 30 hours, own home, own bank. Complaint was about her car parking on the staff bay. Closed.", "", "", "")
T("Eritrean woman, 24, told support worker she works in a cafe in Birmingham for an Eritrean man who paid for her journey from Libya. She must work until the $5,000 is repaid but he adds £100 every week 'for food'. She sleeps on a sofa in the café.",
  "DB AV", "UF SW", "L")
T("Officers attended hotel in Slough after reports of a disturbance between two staff members over tips. Both spoken to, words of advice. Both are employed directly, no concerns.", "", "", "")
T("Catering contractor at a motorway services, staff from a labour agency. One female worker said she was told she'd be made homeless by the agency owner if she joined the union. She lives in agency housing.",
  "IT", "OA", "L")
T("Chef from Goa (skilled worker) says the restaurant kept his passport and BRP locked in the safe and only the owner has the key. He asked for them 3 times to open a bank account and was refused.",
  "RD", "DT", "L")
T("INT 2/B/P. Source reports that a young Albanian male at the Carwash/café on the Dock Rd is being forced to work at the café during the day and deliver drugs at night for the owner. He is believed to owe for his travel to UK. Source believes the male is about 19 and lives in a caravan on the car wash site. The owner is known locally as 'Genti'. Source has seen the male being handed small packages in the café kitchen and then leaving on a pushbike late at night. Source believes the male is frightened of Genti but does not know why. Recommendation: partner agencies to consider a joint visit; intelligence to be shared with the county lines team.",
  "DB", "UF SW FA", "L C")
