# fresh182 part 4: negations and mixed texts, organ harvesting and look-alikes, more visits and logs
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

# organ harvesting and look-alikes
T("INT 3/B/P: Source states a Leicester-based male is recruiting young Moldovan men with promises of building work in the UK, then taking them to a clinic abroad where one kidney is removed. Men are paid a fraction of what was promised and threatened if they talk.",
  "DEC IT WW", "", "O")
T("Referral from renal unit, Royal Free: patient (F, 31, Pakistani national) presented with a recent nephrectomy scar she could not explain. Her husband answered every question. Staff suspect she was made to 'donate' a kidney to a relative of his in Lahore. She appeared frightened and would not speak without him.",
  "", "SFW FA PA", "O")
T("Man told the Salvation Army adviser that in the camp in Libya the smugglers took 'people for the kidneys' and he was taken to a 'doctor' and had blood tests. He escaped before anything happened. Now in Cardiff, very afraid of Libyans.",
  "", "FA", "O")
T("Debrief: 'The man said I owe him for the road to England. He said I can pay with work for five years or with one kidney now, and he gave me one week to decide. He took my passport.'",
  "DB IT RD", "DT UF", "O L", "high")
T("Welfare check on a man recovering from a kidney transplant at home in Bolton - neighbours hadn't seen him. He was fine, his sister donated the kidney last month at the QE and is staying with him. NFA.")
T("Trading standards enquiry into a website offering 'organ donation matching' for cash. No UK victims identified; passed to NCA for info. Site hosted abroad, taken down.")
T("Living donor assessment: brother donating kidney to his sister, both assessed independently by the Human Tissue Authority, no coercion or payment identified. Transplant proceeding.")
# negated, hypothetical, mixed
T("Joint visit to Sparkle Hand Car Wash, Wakefield Rd. All 5 workers hold their own passports and said nobody takes their money. However, two of them sleep in the site office on camp beds because the manager 'has no room' at his house. EHO advice given and GLAA to revisit.",
  "AC", "SW", "L")
T("HMO inspection. Occupants said they are free to leave and go out when they like, and we saw them do so. But the landlord takes £120 per person a week for a space on a mattress in a room of 6, taken straight from their wages by the agency he works with.",
  "AC WW", "OA PLC NCW", "L")
T("EHO note: I asked the two cooks whether anyone had threatened them - both said no and seemed relaxed. Both had keys to the premises. No indicators of modern slavery. Food safety management system inadequate; improvement notice.")
T("Worker denied that his boss had his passport, but then said he 'had to ask' to get it back when he went to the bank. Told us he works 6 days and is paid correctly.",
  "RD", "DT", "L")
T("Nail bar worker said she is not locked in and can go out when she wants, she just doesn't know anyone in the town. She said the boss does charge her £200 a month for the 'training' she had in Vietnam, out of her wages, and she still owes £2000.",
  "DB WW", "UF", "L")
T("Licensing visit to a massage parlour; no evidence of sexual services, no one living on premises, therapists have their own passports and driving licences. Licence renewed.")
T("If the boss found out I'd talked to you he'd probably sack me, he said, but laughed - he says the boss is alright, pays on time, and he's off to Spain on holiday next week. No concerns.")
T("Housing officer: tenant at 11 Brook Rd says the landlord is 'a nightmare' but does not hold any of her documents, doesn't work for him, pays rent by bank transfer. Disrepair only.")
T("Farm visit, GLAA. Workers told us they were not charged for transport or accommodation - both are provided free. However, payslips show deductions of £35 a week for 'PPE and cleaning', and several workers said they are working 14 hour days during harvest with no day off for 3 weeks.",
  "WW EO", "PPE LH", "L")
T("Takeaway worker said: 'No one hit me, no one lock me. But I don't get money for 4 months, boss say next month, next month.'",
  "WW", "", "L")
T("Officer's note: at the nail bar today, staff said no one was speaking for them, but the owner stood in the doorway during every conversation. Staff looked at her before each answer. They hold their own BRPs.",
  "", "FA", "")
T("The worker said he wouldn't go to the police because back home the police are corrupt, not because of anything anyone here had said. Paid fairly, lives with his brother. No indicators.")
T("The staff at the car wash were asked whether they had any debts to the owner - they said no. Two men, though, said they had paid a man in Tirana €4,000 for the job and the trip, and the man is the owner's cousin who rings them every week for the rest.",
  "DB", "UF", "L")
T("During the fire safety visit the crew checked whether anyone was living at the restaurant. Owner said no. The crew found no beds or belongings. Fire doors non-compliant. Notice of deficiencies issued.")
T("Police checked the Filipino housekeeper at the address in Kensington after an anonymous report. She has her own room, own phone, her own passport, a day off each week and visits friends at church. Wage paid into her own UK account. Employer cooperative. No concerns.")
T("The caller thought the girls at the nail bar 'might be trafficked' because they don't speak English, but when we visited all three were adult British-Vietnamese sisters who own the business. Caller advised.")
T("Welfare visit, 40 Hope St. The young man said he was not being forced to do anything and he wanted to go back to his 'uncle's' restaurant. But he admitted he has not been paid in a year, the uncle keeps his passport and his phone, and he sleeps on the restaurant floor. He is 17.",
  "AV WW RD ISO AC", "DT IS SW", "L", "high")
T("She said no one hurts her, but the man who drives her to the appointments takes all the money and gives her £20 a day. She doesn't have a key to the flat.",
  "WW RM", "ET NCW RMS", "S")
T("He wasn't kept against his will, he said, and he could have left any time - but where would he go, he had no papers, no English and the boss had told him the police would lock him up. He worked in the kitchen 7 days a week for 2 years.",
  "IT AV EO", "FA LH", "L")
T("Housing: landlord says all workers in the HMO have their own passports and contracts. On checking, 3 of 6 did not, and said the landlord's brother had them 'for safe keeping'.",
  "RD", "DT OA", "L")
T("No evidence of debt bondage, excessive hours or withheld wages was found at the factory during the GLAA inspection. One worker had been charged for a replacement hi-vis vest (£5), repaid after we raised it. Compliance letter issued.")
T("Planning enforcement: I checked whether the caravans at Brook Farm were used to house workers. They were not - they were storage. Enforcement notice for the caravans only.")
# more inspection finds and logs
T("EHO 11/09: Lucky House Chinese, Barrow. Cook has burns on both forearms, says he 'cannot go to doctor, no papers'. Boss pays him £200 a month and keeps the rest 'for his debt'. Works 7 days 11am-1am.",
  "WW DB EO AV", "PA LH", "L")
T("Licensing enforcement at the Taj Hotel: the night porter, Indian national, on a skilled worker visa. Says he is being made to work 72 hours a week; the hotel charges him £9,000 for his certificate of sponsorship which he repays monthly. Threatened with cancellation of his visa if he complains.",
  "EO DB IT", "LH UF", "L")
T("Fire crew on a hydrant inspection saw a group of 10 men leaving a house on Cobden St at 4.45am into a minibus; one was limping badly and another had his arm in a sling. Shared with police.",
  "", "CE PA OA", "")
T("Trading standards doorstep crime op: van with 2 vulnerable men in the back, both homeless, picked up from a hostel in Wigan. They said they are given a bed in a caravan and cans, no money, and 'the gaffer' hits them with his belt.",
  "AV WW PSV", "PA", "L")
T("GLAA call to a Lincs packhouse: line supervisor seen pushing a woman to the floor for going to the toilet without permission. Workers say toilet breaks are timed and pay is docked for 'slowness'.",
  "PSV AC WW", "", "L")
T("HMO: 23 Derwent St. Back bedroom door with a hasp and padlock on the outside. Occupant said the landlord locks it when the 'new guys' arrive so they 'don't run away before they pay'.",
  "RM DB", "RMS", "L", "high")
T("Joint visit: Leeds CC and West Yorks Police to a barbers in Harehills. The 'apprentice' is 15, from Iraq, no school place. He says he gets tips only, sleeps in the flat upstairs with 4 adult men, and the owner took his asylum papers.",
  "AV WW RD", "DT OA", "L", "high")
T("IP said: 'In my country the man say you will study in college in England and work part time. I pay him £6,000. Here no college. I work in the care home 60 hour, and they take my salary for the house and the fee.'",
  "DEC WW EO DB", "UF LH", "L")
T("Referral: Mrs A (Romanian, 50s) found begging in Nottingham city centre with 2 others. She said a man brings them in a van from Derby every day and collects the money at 6pm. She has no phone. She does not know the address where she stays.",
  "WW ISO", "CE ET NCW IS", "C")
T("Caller: woman came in the shop with a man, she was shaking, bruises on her neck, she mouthed 'help me' when he wasnt looking. They got in a red Corsa heading towards the M62 just now.",
  "PSV", "PA", "", "immediate")
T("Car wash worker told the GLAA investigator through an interpreter that the boss pays them with 'food and cigarettes', they work in the rain all day, and the boss shows them photos of their family's house in Albania as a warning.",
  "WW IT AC", "", "L")
T("A lot of the lads at the factory are on 'rolling shifts', a lad told me 4 on 4 off, 12 hours. Agency is legit, paid through payroll, they've got their own digs. NFA.")
T("IP (M, 44, Polish) – recruited outside a Warsaw station by a man offering work and lodgings in Kidderminster. On arrival the man took his ID, put him in a house with 14 others, opened a bank account in his name and took the card. Worked in a recycling plant. Paid £20 a week. Beaten for asking about his wages.",
  "DEC RD WW PSV AC", "DT OA NCW PA", "L")
T("Housing officer: 'sleeping in the shed' complaint - 3 Bulgarian men in a shed at the back of 88 Queen's Rd. Owner said they are 'just helping with the building work' at his other properties. Men said they pay him £40 each for the shed and have not been paid for the building work.",
  "AC WW", "PLC", "L")
T("EHO: the kitchen porter at the Star of Bengal had his phone taken by the chef 'so he doesn't call home during service'. He gets it back once a week.",
  "ISO", "IS", "L")
T("Social services: care leaver (18) living with an older man who found her 'work' cleaning the homes of his friends. She hands over her earnings, has no bank card, and was told she'd be homeless if she left.",
  "AV WW IT", "NCW", "L D")
T("IP: 'In the nail shop I start 9 in morning finish 9 in night, no lunch, every day. Boss wife say if I tell anyone she will tell police I am illegal.'",
  "EO IT AC", "LH FA", "L")
T("Int: a farm worker is being sold as a 'labourer for hire' on a Facebook group for £300 a week. The seller keeps the money.",
  "WW", "NCW", "L")
T("Police log 02:14 - caller says her friend texted that she's locked in a room at the Days Inn on the M1, two men outside the door, they took her phone and she's using a hidden one. Room 214. Units en route.",
  "RM ISO", "RMS", "S", "immediate")
T("Fire and Rescue inspecting a clothing warehouse in Manchester: workers on night shift had no fire training, the rear doors padlocked, and a foreman said the workers are 'not allowed to go out in the break' because they'd 'disappear'.",
  "RM AC", "RMS", "L")
T("GLAA: workers on a spinach farm recruited in Lithuania with promises of £12/hr and a nice house. Got £5/hr and 6 to a caravan. Gangmaster charged £400 each for the 'job'. Workers say they were deceived.",
  "DEC WW AC", "OA UF", "L")
T("Victim (Chinese, 33) said: 'The boss lady say if I do not do the massage with sex, she will send my photos to my husband. I cry every day. I must live in the shop.'",
  "IT", "SW", "S")
T("Licensing team: the takeaway delivery riders are using one account between 5 of them; the account holder takes a cut of £100 a week from each. Riders are asylum seekers not allowed to work. Possible labour exploitation.",
  "AV WW", "", "L")
T("INT 2/B/P: 'Uncle Tony' runs 3 car washes in Medway and brings workers from Romania; he pays for their flights and deducts £50 a week for a year. Workers live in a flat above the wash in Gillingham, 9 to a flat.",
  "DB WW", "UF OA", "L")
T("IP (debrief): I was told I'd work in a hotel. They took me to a farm in Wales. I didn't know where I was, there was no town, no bus, no signal. I worked with the sheep every day from dark to dark.",
  "DEC ISO EO", "IS LH", "L")
T("Officer observations: car wash on the A614, workers in sandals and t-shirts in November, no gloves, soaked through. One lad had a blister-covered hand. Workers would not speak to us and kept looking at a man in a car parked across the road.",
  "AC", "PA FA", "L")
T("Case note: the woman's husband 'hires her out' as a cleaner to other families and keeps her pay; he has told her that if she leaves he'll take the children and she'll be deported.",
  "WW IT", "NCW FA", "L D")
T("Member of public online report: there is a man living in a tent in the woods behind the farm who works for the farmer every day. He doesnt seem to get money. Hes very skinny and his clothes are rags.",
  "WW AC", "PA PLC", "L")
T("Hotel receptionist to police: a girl checked in with an older man, she looked about 14, he did all the talking and paid in cash, she had no luggage. They're in room 6 now.",
  "AV", "SFW FPE", "S", "immediate")
T("Debt advice worker's referral: client (M, 28) borrowed £500 from his gang boss to pay for a room; now owes £4,000 because of weekly 'interest' and has to sell drugs to pay it down. He's scared to stop.",
  "DB", "FA", "C")
T("Safeguarding referral from a GP: patient (F, 45) attends with her employer who insists on staying. She works as a live-in carer for his mother, has a bed in the hallway, and is on call day and night. She has not had a day off in 8 months.",
  "EO AC", "SFW LH SW", "D")
T("IP says the men who drove them to the factory gate each day also took their wages, saying it was for 'rent, transport and food'. After deductions they were left with £10 a week. They lived 20 to a house in Stoke.",
  "WW", "ET NCW OA CT", "L")
T("Joint visit 17/10 – EHO, Immigration Enforcement, GLAA – Tandoori Nights. Tandoori chef (46) sleeps on a bench in the restaurant; the owner holds his Bangladeshi passport and has 'cancelled' his visa; he has been told he will be arrested if he leaves the premises. He has worked there 9 years without a holiday.",
  "AC RD IT RM EO ISO", "SW DT FA RMS LH IS", "L")
T("Car wash visit with Devon & Cornwall Police: 3 of the 4 workers had their passports and confirmed they go home when they like. The fourth, who arrived 2 weeks ago, said his 'uncle' has his ID and he can't go out without him. He didn't know the name of the town.",
  "RD RM ISO", "DT RMS IS", "L", "high")
T("Neighbour says the couple next door have a young African girl who does all their housework and looks after their baby, she doesn't go to school and they say she's a relative. She's about 12. I've seen the wife slap her in the garden.",
  "AV PSV", "", "D", "high")
T("INT 3/B/P - STOICA, Ionut is said to bring young Romanian women to work in 'massage' in Ilford, tells them it's a beauty job, takes their ID on arrival.",
  "DEC RD", "DT", "S")
T("Trading standards inspection of a fireworks store: storage limits exceeded. Staff work seasonal extra hours in October by agreement with overtime pay.")
T("Worker said the foreman's mates 'drop in' at the caravan at night and he's scared of them. He said he was told not to talk to the farm's owner or to the GLAA. He showed officers text messages saying 'talk to anyone and you'll be in the river'.",
  "IT", "FA", "L")
T("Members of the public keep reporting a lad asleep in the doorway of the chip shop every night. Chippy owner says he's not an employee and the lad confirmed he's homeless, doesn't work anywhere. Referred to outreach.")
T("Op Shield visit: hand car wash workers (x5) wearing wellies bought by the manager and deducted £30 from pay. Not paid for the first two weeks' 'training'. Live in flat arranged by manager, 5 in 1 room. Transport to site by manager's car, £5 a day.",
  "WW AC", "PPE OA CT ET", "L")
T("A man rang saying his wife's niece who came to study is now being made to work in their family's restaurant in Bradford for no pay and they have her student visa letter and passport.",
  "WW RD", "DT", "L")
T("Ops log: 15-year-old girl reported missing from care, last seen getting into a grey BMW with an adult male linked to CSE. Phone off. Believed to be with him now.",
  "AV", "", "S", "immediate")
T("Licensing visit at an off-licence: the worker behind the counter said he works '7 days, 8 till 11', lives in the storeroom and is paid £150 a week. He said the owner is a friend from his village and it's temporary. Advice given, referral to police for review.",
  "EO AC WW", "LH SW", "L")
T("Environmental health: the farm's pack shed workers have no access to drinking water or toilets in the field; supervisor shouts at them and 'fines' them £10 for talking.",
  "AC WW", "", "L")
T("IP says he was dropped at a car wash in Birmingham by a man he met in Calais and told he'd be paid after 'a trial month'. Three months later still nothing.",
  "DEC WW", "", "L")
T("Worker at the shed: 'They give me the gloves and the boots, then take the money from my wage. The boss say I pay £40 for the bus from the house every week.'",
  "WW", "PPE CT", "L")
T("Housing enforcement visit, Flat 3, 71 Station Rd. Two women found living in a box room, one mattress, no window. They said the man who owns the nail bar they work at arranged the flat. One said she came on a promise of a hair salon apprenticeship. Both very quiet, kept asking if they were in trouble.",
  "DEC AC", "PLC OA FA", "L")
# short logs and further visits
T("Nail bar, Stafford: 2 staff, one mattress each in the back room, a carrier bag of clothes each and nothing else. Said they work 'all day every day'.",
  "EO AC", "SW FPE LH", "L")
T("INT 3/B/P. Workers at Fenland Growers collected 04:30 from the Tesco car park in March, Cambs, by 2 grey minibuses, dropped 20:00. £8 a day 'bus money' deducted.",
  "WW", "CE CT", "L")
T("POI MURATI seen at the Barclays ATM, Hagley Rd, withdrawing cash on 9 cards in 20 mins. Car wash wages suspected. INT 2/B/P.",
  "WW", "MBC NCW", "L")
T("Kid (14) stopped on the train to Exeter with £600 and a burner phone with 'the line' on it. Said older boys told him he'd get stabbed if he lost the money.",
  "AV IT", "", "C", "high")
T("Boss took my bank card, he gives me only £30 on Friday. He say it is for my safety.",
  "WW", "NCW", "L")
T("Vietnamese male, 20s, found in a cannabis grow at 9 Elm Rd, Rotherham. Single bag, one change of clothes, no phone. Said 'the boss' drops food and locks up.",
  "RM", "FPE RMS", "C")
T("Woman working at the hand car wash (cashier) always has the manager next to her; he answers for her, even about her name.",
  "", "SFW", "")
T("EHO: staff at the chip shop are made to buy their own whites and aprons from the owner at £25 each, deducted from their first week's pay. No other issues seen.",
  "WW", "PPE", "L")
T("Girl told school nurse she cooks and cleans for her 'aunty' and 5 cousins every day before and after school, is hit with a belt if it's not done, and isn't allowed to go to friends' houses. Age 11.",
  "AV PSV RM", "RMS", "D", "high")
T("Tip from a taxi driver: he regularly drives 3 or 4 Eastern European girls from a house in Luton to 'appointments' in hotels, booked and paid by the same man, who rides along with them every time.",
  "", "ET", "S")
T("Shoplifting arrest, Primark Leeds: 2 Romanian women with foil-lined bags. Said a man drove them from Bradford and they must steal £500 of goods a day or 'pay the difference'. He keeps their ID cards.",
  "IT RD DB", "ET DT", "C")
T("Domestic worker (Indonesian) escaped from a house in Knightsbridge. 'Madam lock me inside when they go out. I sleep in the children room on floor. I have no day off three years. She take my passport at the airport.'",
  "RM RD EO AC", "RMS DT LH", "D")
T("Housing: 14 people at 3 Marsh Lane, 2 bathrooms. All work at the chicken plant through the same agency, which also owns the house and takes rent from wages. Workers showed payslips: after rent and transport, £90 for a 45 hour week.",
  "WW AC", "OA NCW CT", "L")
T("Worker on the construction site: 'they pay me in cash only when the job is finish, but the job is never finish. I sleep in the site cabin.'",
  "WW AC", "SW", "L")
T("Case note: asylum-seeking young man (19) placed in hotel by Home Office, recruited by a man in the car park to 'work' in a nail bar in Derby, told the money would go to pay off his smuggler. Works 10 hours, paid nothing.",
  "AV DB WW", "", "L")
T("Live-in farm worker on a dairy farm in Somerset: milking at 4am and 4pm, 7 days, for 3 years. Says the farmer 'gave him a roof' when he was homeless and he is not allowed to leave the farm without the farmer driving him.",
  "AV EO RM", "LH RMS ET", "L")
T("Report via Crimestoppers: men picked up at 6am from the Red Lion car park every day by a man in a Land Rover, he charges them a fiver each, they do groundworks for him. 'He never pays them properly'.",
  "WW", "CE CT", "L")
T("IP (Slovak Roma, 26) said the couple who brought her to Sheffield registered her for benefits, took the card and letters, and made her beg on the Moor every day.",
  "WW", "NCW", "C")
T("Officer on patrol: young woman sitting in the back of a car outside the Cosy Nails shop, told me in broken English she was waiting for 'my boss' who drives her to work and home, she has no key, no phone. Said she is fine and drove off with him.",
  "ISO", "ET IS", "L")
T("Lad at the hand car wash, Exeter: arrived last week with nothing but the clothes he stood in. Boss gave him a sleeping bag in the back of the unit and told him he'd be paid 'once he'd learned'.",
  "WW AC", "FPE SW", "L")
T("Takeaway, Hull: kitchen hand has one holdall, a toothbrush and two T-shirts, sleeps on the floor upstairs. Says boss 'keeps his wages till he goes home'.",
  "WW AC", "FPE SW", "L")
T("Trafficking concern – 3 men at the recycling yard hand their bank cards to the yard boss every payday, he draws the cash out.",
  "WW", "NCW MBC", "L")
T("Car wash lad told me 'no money no go home, boss have my ID'.",
  "RD WW", "DT", "L")
T("Woman at the sauna says she 'owes the house' £1,500 for her room and adverts, goes up every week.",
  "DB", "", "S")
T("Caller: my mate works at the farm in Boston and the gaffer beat him last night for being slow, he's got a cut on his head, he's too scared to go to A&E.",
  "PSV", "PA FA", "L")
T("EHO log: worker at the kebab shop said he's 'not allowed' to leave the shop during his 14 hr shift, even to buy food, the owner watches CCTV from home.",
  "RM EO", "RMS LH", "L")
T("Girl, 16, found at a trap house in Slough with bruises, says she's been 'cooking' and holding drugs for the man who lets her stay.",
  "AV PSV", "PA", "C", "high")
T("Man begging outside Boots, Lincoln, said he was brought here with a promise of a factory job and now hands the day's takings to 'the driver'.",
  "DEC WW", "NCW", "C")
T("Nail tech (Vietnamese, 18) arrived with a carrier bag of clothes, no phone of her own - boss gave her a phone 'for work' that he checks every night.",
  "ISO", "FPE IS", "L")
