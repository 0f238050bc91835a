# fresh235 part 4: negated / hypothetical mentions (some mixed with real indicators), more formal-economy cases
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

# negated / hypothetical
T("Visit to care home in Harrogate re anonymous tip. Sponsored carers spoken to alone: all hold their own passports, paid into own accounts, no fees paid to anyone, free to leave. No concerns.")
T("Worker at the meat plant denied any threats from the supervisor and said he can leave whenever he wants. However he confirmed £120 a week is taken from his pay for a room he shares with five others, which leaves him under minimum wage.",
  "WW", "OA", "L")
T("Seasonal worker said if he doesn't get paid by Friday he'll complain to the scheme operator. He has been paid every week so far.")
T("We checked the farm for signs of forced labour and found none: no debts, no document retention, workers have phones and go into town at weekends.")
T("The nurse holds her own passport and BRP. But she says the agency has told her she owes £8,000 if she resigns within 3 years and her manager reminds her of it every time she asks for leave. She is a Band 5 nurse in a private hospital in Birmingham and has been in the UK for a year.",
  "DB IT", "UF", "L")
T("Not locked in, the lads can come and go from the house, but the gaffer takes their wages into his account and hands out £50 each on a Friday. Information from a neighbour on Tennyson St, Grantham, who says there are about eight men at the house, all Lithuanian.",
  "WW", "NCW", "L")
T("Officers asked the workers whether anyone was holding their documents - all said no and produced their own ID cards. No other indicators identified. Workplace is a legitimate packhouse.")
T("Caller worried that if the care agency withdrew her friend's sponsorship she would be deported. Friend is happy at the agency and no threats have been made. Just wanted to know her rights.")
T("Warehouse worker says there's no debt and he wasn't charged any fees, he found the job himself on Indeed. His concern is that he was shouted at by a manager. HR dealing.")
T("Suspect denied holding anyone's passport, but 6 Lithuanian passports were found in his glovebox during the search and the workers later confirmed he took them at the airport. Stop was on the A1(M) near Peterborough. Workers were on their way to a food factory in Wisbech. Suspect arrested.",
  "RD", "DT", "L")
T("No evidence the women at the massage parlour were controlled - all had own phones, keys, and bank cards, and worked their own hours. Licensing issue only.")
T("Construction worker: 'I am free to go where I want, nobody watch me. Problem is the money. Three months he pays nothing, he says next month, next month.' He works for a small building firm in Harlow. He showed us his phone with messages from the boss promising to pay.",
  "WW", "", "L")
T("Safeguarding review of the care agency found no evidence of debts, deductions or excessive hours. Allegation unsubstantiated and closed.")
T("Source states the chef isn't kept there against his will - he has keys and goes out on his day off. But he has not been paid since September and the owner holds his passport for the visa renewal. Information from a regular customer at the restaurant, a retired teacher who speaks some Turkish.",
  "WW RD", "DT", "L")
T("Female said she had not been assaulted and no one forced her to work in the flat; she chose the work and keeps her earnings. Signposted to a sex worker support project.")
T("If any worker wanted to leave, the manager said, they'd be free to go and he would pay them up to date. Staff interviewed agreed. GLAA closed the case.")
T("Victim denies being hit by the gangmaster. She does say he keeps her bank card and PIN and that she has to ask him for money for food. She works at a vegetable packhouse near Wisbech and lives in a shared house with the gangmaster's family.",
  "WW", "NCW", "L")
T("Not a trafficking case: the Indian students in the Leicester takeaway work within their 20 hours, paid by bank transfer, own passports. Owner is their uncle.")
T("Hypothetically, the farmer asked, if a worker owed him money for the flight could he take it out of wages? Advised no, not below NMW. No current worker owes him anything.")
T("The men told officers they were not afraid of their boss and had no debts, and that the caravans were their own choice to save rent. Caravans were clean and heated.")
T("Care worker stated she was not threatened with deportation. She is however sleeping at the client's house on a sofa every night with no pay for the night shift and has had no day off in 5 weeks. Her agency is based in Southend. She has been in the UK eight months and is thinking of looking for another sponsor.",
  "WW EO AC", "SW LH", "L")
T("Welfare check on domestic worker at embassy residence: she was alone, said she has her own phone and passport, goes to church on Sundays, paid monthly to her own account. No concerns.")
T("No sign of violence on the workers at the recycling yard, and they say they're paid. But they don't have gloves or masks and live in a container at the back. Yard is on the Thornaby industrial estate. The men are Romanian, four of them. Environment Agency also interested in the site.",
  "AC", "PLC SW", "L")
T("Parents of the 15 y/o say there's no older boyfriend and she hasn't been going missing; the concern was a rumour at school. School and social care satisfied.")
T("The employer does not hold passports and wages are paid properly, so the HMRC inquiry closed the NMW case. The only issue found was a late P60.")
T("I asked him if someone was making him work. He said no, he has his own cleaning business and his van. He only wanted help with English classes.")
T("Carer said that although her sponsor has never threatened her, she is afraid to ask for her payslips because her friend's sponsor reported her friend to the Home Office.",
  "", "FA", "")

# more exploitation, formal economy and others
T("Referral from Leeds City Council: sponsored care worker's manager has taken her phone 'because she was on it during calls' and won't give it back. She has not spoken to her children in Zimbabwe for 3 weeks. Manager also holds her passport.",
  "ISO RD", "IS DT", "L")
T("Intelligence 4/C/P: a labour provider in Hereford is believed to be locking seasonal workers in a shed overnight after they tried to leave. Workers may be Nepalese. Urgent visit requested. Farm believed to be near Bromyard, name unknown. Information from a Nepali community group in Aldershot.",
  "RM", "RMS", "L")
T("Farmhand in Fife, from Kyrgyzstan, says foreman punched him in the face in the packhouse and told the others the same would happen to them if they went to the police. He is staying with a friend in Kirkcaldy and does not want to go back to the farm. Police Scotland informed, Russian interpreter used.",
  "PSV IT", "PA FA", "L")
T("Case note: client P (Filipino care worker) reports the home owner shouts at her, grabs her arm, and told her he knows where her mother lives in Manila. She is not allowed to leave the home after her shift, staff bedroom is in the home's basement.",
  "PSV IT RM", "RMS SW", "L")
T("Hand car wash, Middlesbrough. Worker's own words: 'Boss says we not go out. Only work and sleep. Door is locked at night. If we go, he find us.' Car wash is on Newport Rd. Worker approached a customer who brought him to the police station. He is Albanian, about 20.",
  "RM IT", "RMS", "L")
T("Live-in hotel porters in Inverness say the manager holds the only key to the staff annexe and lets them out at 6am for breakfast service. Isolated location, no buses, they don't know anyone in the area. Reported by a delivery driver who brings linen to the hotel twice a week. Porters are believed to be Indian nationals.",
  "RM ISO", "RMS IS SW", "L")
T("security company in london the guard says they keep his passport and brp at the office and if he complains they say he is illegal and they call immigration. he is afraid. he does 84 hours every week",
  "RD IT EO", "DT FA LH", "L")
T("Food processing worker (Eritrean) says the man who got him the job took his phone and SIM 'to register him' and has had it 6 weeks. He doesn't know the address of the house where he lives, he's driven there and back.",
  "ISO", "IS ET", "L")
T("Egg packing plant, Lincolnshire. Worker says supervisor grabbed her by the hair and pushed her into the conveyor because she was slow. She has bruising. Others witnessed it but are scared to make statements. Information from the plant's occupational health nurse. Worker is Latvian. HR have suspended the supervisor pending investigation.",
  "PSV", "PA FA", "L")
T("Sponsored senior carer (Nigeria) told us the agency director said if she reports the missing wages 'your visa dies, you die in this country'. She has not been paid in full for 4 months. She works for a domiciliary care agency in Medway. The conversation was recorded on her phone.",
  "IT WW", "FA", "L")
T("Hospitality: a Romanian waitress at a hotel bar in Newquay says the manager expects sex from her to keep the job and the room. She says he forced himself on her twice. She is 22 and has worked there since the spring. The hotel manager also owns the staff house she lives in.",
  "PSV IT", "", "L S")
T("Farm worker from Belarus was told he would be driving tractors for £15 per hour. On arrival he was put on the potato line for £6, and the gangmaster keeps his passport as 'security' for the £2,000 travel debt.",
  "DEC WW RD DB", "DT UF", "L")
T("Cleaning contractor (trains) - cleaners picked up from a house in Neasden at 10pm, dropped at 6am at depot, transport £8 a day taken from pay. Supervisor takes their phones at the start of shift. If they complain he 'forgets' to give them shifts.",
  "ISO WW IT", "CE CT IS", "L")
T("Victim account (translated from Vietnamese): 'At the nail shop I work from 9 in the morning until 9 at night. I live upstairs with the boss family. I cannot go out alone. They say I owe £18,000 and they tell me police will put me in prison if I go to them.'",
  "EO RM DB IT", "LH SW RMS FA UF", "L")
T("Construction, Birmingham: two Albanian men found living in the basement of the building site, door chained from the outside at night by the site manager, 'to stop theft'. No toilet. Paid £30 a day. Found after a complaint from residents about lights on at night. Site owner is a property developer from Solihull.",
  "RM AC WW", "RMS SW PLC", "L")
T("Tip-off: girl working at the hotel in Skegness is 15, looks malnourished, works the kitchen late into the night and lives in the staff block with older men. Manager says she's 18 but no one has seen her ID.",
  "AV EO", "PA LH OA", "L", "high")
T("Sponsored HCAs at a care home in Ipswich say the owner has confiscated their passports and locks the front door at 10pm so they can't go out. One said he has hit her before. Information from a former employee. The home has around 30 residents and 12 sponsored staff from the Philippines and India.",
  "RD RM PSV", "DT RMS", "L")
T("Seasonal picker messaged the helpline: 'we are 8 people in caravan for 4. boss take passport. not pay 3 weeks. please come, we are scared, he drink and shout he will hurt us.' Location shared: farm near Pershore. Helpline passed to West Mercia police at 2210. Officers and GLAA to attend in the morning with a Romanian interpreter.",
  "AC RD WW IT", "OA DT FA", "L")
T("Meat plant worker (Polish) told his union he was forced to work with an open wound on his hand because the line couldn't stop, and the team leader threatened to sack him if he went to first aid.",
  "AC IT", "PA", "L")
T("Factory in Leicester. Worker (Afghan, 19) said the owner keeps workers in the back room when inspectors come, and doesn't let them go out for lunch. He was told his family in Kabul would 'pay' if he spoke.",
  "RM IT AV", "RMS FA", "L")
T("Mother rang from Poland (via interpreter): her son works on a farm near Spalding, phoned her crying, says the men there hit him, take his money and won't let him leave. He doesn't know where he is.",
  "PSV WW RM ISO", "IS RMS", "L")
T("POI BRENNAN (Patrick) believed to collect vulnerable men from hostels in Manchester and take them to work on driveways in the North Wales area. Men kept in a caravan site, watched by BRENNAN's sons. One victim describes being beaten with a shovel for trying to walk away.",
  "AV RM PSV", "RMS PLC PA", "L")
T("Vietnamese worker at a packing plant in Telford lives in a house where the 'landlord' has removed the phones of all residents, there's no wifi and curtains are kept shut. They're driven to the plant and back.",
  "ISO", "IS ET", "L")
T("Care assistant from Kenya: 'The manager shouted at me, she said if I don't do the night also she will cancel my CoS and I go back. I did day and night for two weeks. I fell asleep at the table and she slapped me.'",
  "IT EO PSV", "LH FA", "L")
T("Tree surgery firm, Surrey. Romanian man fell from a tree, no harness, hadn't been given any training. Employer tried to take him home instead of hospital and told him to say he'd had a fall at his house.",
  "AC", "PA", "L")
T("Pizza takeaway, Bolton. Delivery rider (asylum seeker) says he works 3pm to 3am every day, paid £20 a night plus tips, sleeps in the storeroom. Owner said he'll tell the Home Office if he leaves.",
  "EO WW AC IT AV", "LH SW FA", "L")
T("Fishing: two Ghanaian crewmen on a scallop boat out of Brixham say they have been at sea for 12 days at a time, work 20 hours a day, the skipper kicked one of them, and their passports are with the boat owner.",
  "EO PSV RD", "LH DT PA", "L")
T("Woman cleaning for a cleaning contractor at a Bristol office block says her 'husband' collects her wages from the contractor and she never sees any money. He drops her off and waits outside. She's not allowed to talk to the other cleaners.",
  "WW ISO RM", "NCW ET IS RMS", "L")
T("Warehouse, Thurrock. Man (58, learning difficulties) has worked for the firm's owner for years for 'pocket money', sleeps in the loading bay, eats scraps. Owner's brother has threatened him if he talks to anyone.",
  "AV WW AC IT", "SW PA", "L")
T("Call 0530: worker phoning from inside a chicken factory in Norfolk says the supervisor has locked about 10 of them in the changing room because they asked for their wages, and says he's got a knife. Caller very frightened.",
  "RM IT WW", "RMS FA", "L", "immediate")
T("Agency worker at a salad factory: 'They take my bank card when I open the account. Every week the man give me £80. He say the rest is for house, for bus, for the debt. The debt never finish.'",
  "WW DB", "NCW CT", "L")
T("Care home in Lancashire: overseas nurse says the home director held a meeting telling all sponsored staff they must sign a new contract with a £10,000 exit fee or 'we will end your sponsorship and you have 60 days to leave the UK'.",
  "IT DB", "", "L")
T("Bricklayer's labourer, 20, from Romania, told his girlfriend's mum the gangmaster beat him after he asked for his passport back. He has a cut above his eye.",
  "PSV RD", "PA DT", "L")
T("Staff at a hostel noticed a resident being collected at 5am every day by a man in a Hilux, dropped back at 10pm, exhausted. Resident said he has to work for the man to pay off a loan for a phone. Resident has mental health issues.",
  "AV DB EO", "CE LH", "L")
T("Hotel in Dorset: an Indonesian housekeeper told a guest she hasn't been outside the hotel in 4 months, the manager keeps her passport, she has no phone, she gets £150 a month.",
  "RM RD ISO WW", "RMS DT IS", "L")
T("Chicken catcher crew: the gang leader keeps the keys of the van and the lads' phones, drives them from farm to farm across three counties for days at a time, they sleep in the van.",
  "ISO RM EO AC", "IS ET SW RMS LH", "L")
T("Agency cleaner on a hospital contract says her team leader told her: 'You owe me for the job. You pay £50 every week or you lose the job and I tell your landlord.' She is paying it.",
  "DB IT WW", "UF", "L")
T("Construction labourers from Sudan living in a flat in Coventry provided by the contractor, 12 men in 2 rooms, told they owe rent arrears of £3,000 between them which is deducted from wages. Paid £50 a day for 10 hour days.",
  "AC DB WW EO", "OA LH", "L")
T("Visit to a flat above a nail bar in Stockport: 5 mattresses on the floor, one holdall each, hardly any clothes. The owner answered every question for the girls and said they were 'family'. One girl whispered she doesn't get paid, 'only food'.",
  "WW AC", "OA FPE SFW PLC", "L")
T("ATM footage, Spalding Tesco Express, Friday 2200: same male withdrawing £250 on 14 different cards in 25 mins. Cards in names of packhouse workers registered at two addresses on Winsover Rd. INT 2/B/P.",
  "WW", "MBC NCW OA", "L")
T("Poss. trafficking - sauna on Leith Walk. Women have only a small bag each, no coats, in November. The 'receptionist' male answers for them and takes the cash from punters.",
  "WW", "FPE SFW NCW", "S")
T("PPE deductions at a construction agency in Slough: labourers charged £45 for boots, £12 for a hard hat, £8 for gloves, £20 for a 'tool hire', all from the first week's pay. Some left with £30.",
  "WW", "PPE", "L")
T("Domestic servitude concern: Bangladeshi teenager (16) brought over by relatives in Tower Hamlets, not enrolled at school, does all the cooking and cleaning and childcare for the household, sleeps in the hallway, has been seen with a bruised face.",
  "AV PSV AC", "SW PA", "D", "high")
T("Girl (about 19) at a house party in Oldham told a friend by text she's been 'sold' to a man who's taking her to Birmingham tonight to 'work'. Friend phoning now, girl not answering, last seen getting into a grey Golf.",
  "", "ET", "S", "immediate")
T("Man in Bradford told his GP he was offered £8,000 to 'donate' a kidney to a stranger in another country, the broker would arrange flights and he has already handed over his passport. He owes money and is scared of the broker.",
  "AV RD DB", "DT FA", "O")
T("Catering contractor at an airport: workers say the coordinator takes all their bank cards at the start of the month, withdraws their pay at the ATM and gives them £40 a week, keeps the rest 'for the house'. Coordinator also interprets for them at HR.",
  "WW", "NCW MBC SFW", "L")
T("Hotel chambermaids in Westminster, supplied by an outsourcing firm, say they're charged £25 for their uniform and £10 a month for 'laundry' of it, and only get paid for 6 of the 9 hours they work.",
  "WW EO", "PPE LH", "L")
T("Cuckooing, Blackburn: elderly woman with dementia, her flat taken over by a gang, they're using it to bag up and she's being made to carry packages to the shop. She's terrified, lost weight.",
  "AV IT", "PA FA", "C")
T("Referral from a food bank in Boston: man with a single carrier bag of belongings, says he left the house the gangmaster rented because he was sleeping on the floor with 15 others and hadn't been paid for 6 weeks. He owes the gangmaster £700 for 'rent arrears'.",
  "AC WW DB", "FPE OA PLC", "L")
T("Escort agency in Luton advertising Brazilian women. Intelligence suggests the women's passports are held by the agency owner and they are 'fined' £200 for refusing a client.",
  "RD WW DB", "DT", "S")
T("Domestic worker in a Surrey family home: cleans, cooks, looks after 4 children 6am-11pm, no day off. Employer pays her £200 a month 'into her account in the Philippines' which she cannot check. No phone of her own.",
  "EO WW ISO", "LH NCW IS", "D")
T("Reports from the renal team: a man on the waiting list told the nurse a broker in Leeds can 'get a kidney from a poor boy in Pakistan' for £40,000. Nurse concerned a donor is being exploited.",
  "AV", "", "O")
T("Care agency in Milton Keynes: a carer says the director interprets for her at every meeting with the council and tells her what to say. She has been told not to speak to the social workers because 'they'll take your visa'.",
  "IT ISO", "SFW FA IS", "L")
T("Packhouse worker: 'Every day 5 in morning the van come, we go, night 9 o'clock we come back. £7 each day for van. No time to eat. Sunday also.'",
  "EO AC WW", "CE CT LH", "L")
T("Women working at a massage shop in Hove. A neighbour says they never leave, a man brings food, they have almost nothing with them when they arrive in a taxi with him.",
  "RM", "RMS FPE ET", "S")
