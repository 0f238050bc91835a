# fresh182 part 3: intelligence logs, referrals, public reports, first-person accounts
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/A/P. POI NGUYEN Van Hoa (DOB 03/04/1989) runs 4 nail bars in Lincs. Source states staff are brought from Vietnam owing £25k each and work it off at £50 a week. Staff live above the shops.",
  "DB WW", "UF OA", "L")
T("Source reports male known as 'BIG MAN' has 2 girls aged 15 running to Bournemouth for him, taking the train from Waterloo with wraps plugged. INT 3/B/P.",
  "AV", "", "C", "high")
T("3/B/P - subject SHEHU, Arben holds the passports of 5 Albanian lads working the car wash on Eastern Ave. Keeps them in the glovebox of his black Audi (KT17 ...).",
  "RD", "DT", "L")
T("IP states she was told she'd be a nanny in London for £400 a week. When she arrived in Harrow the family took her phone and she cleaned from 6am to midnight. She slept on the kitchen floor. Never paid. She left when the door was left unlocked one day.",
  "DEC ISO EO WW AC RM", "IS LH SW RMS", "D")
T("my nan's neighbour has a girl living with them she is always cleaning never goes out not even to the shop they shout at her all the time i think shes from india she looks so thin",
  "", "PA IS", "D")
T("call from member of public: ther is a lad outside the co op every day selling the big issue but it isnt the big issue hes begging and a man in a car drops him at 8 and picks him up at 6 and takes the money off him",
  "WW", "CE ET NCW", "C")
T("Referral from Salvation Army (MSVCC): Mr D, 34, Romanian. Recruited in Craiova via Facebook ad for warehouse work in Kent, £9.50/hr. On arrival told he owes £600 for transport and house. Works at a car wash 7 days, 12 hrs, £20/day. 'Boss' hit him with a hose pipe when he asked to leave. Escaped and approached police.",
  "DEC DB WW EO PSV", "UF LH", "L")
T("Debrief account (translated): 'They took us every morning in the car with black windows. The man drove us to the houses and waited outside. We could not go anywhere alone. At night he locked the house. He said if we run, he find us and kill.'",
  "RM IT", "ET RMS", "")
T("Case note 14/03: YP (M, 16) found in possession of £300 cash and 20 wraps in Ipswich, from London. Home address in Croydon. Told officers he owes his 'older' £2,000 after he was robbed of a pack, and he will be 'sorted' if he doesn't pay it back. NRM & child protection strategy meeting.",
  "AV DB IT", "", "C", "high")
T("INT 4/C/P - car in the car park of the Travelodge, Junction 28, used for sex work bookings. Women dropped at rooms by a male driver (VW Golf, WR66 ...) and collected an hour later.",
  "", "ET", "S")
T("IP reported she was made to sleep with men at a flat in Slough. The men paid 'Andrei' and she never got any money. She was hit when she refused.",
  "PSV WW", "NCW", "S")
T("Member of public: I think the cleaner at the house opposite is a slave. She's there from 6 until late, I never see her leave, the family go on holiday and she stays. Don't know if I'm overreacting.",
  "EO", "LH IS", "D")
T("Case note: IP (F, 24, Nigerian) says her 'madam' arranged her trip to the UK with a juju ceremony and told her she owed £35,000. If she does not pay, the spirits will kill her family. She was made to sell sex in Birmingham to pay.",
  "DB IT", "UF FA", "S")
T("Email from school DSL: Year 9 pupil (13) has new trainers, 2 phones, missing from home 3 times this month, found in Newport. Mother says he's 'working for someone'. Concern re county lines.",
  "AV", "", "C", "high")
T("Report from Neighbourhood Watch: 6 to 8 men picked up from 17 Grange Rd every morning at 5 by a white van, dropped back after dark. They look very tired and wear the same clothes. Curtains always shut.",
  "", "CE PA", "")
T("IP's own words (through interpreter): 'He said me there is good work in England, in restaurant, and a room. He pay my ticket. When I come the work is in the cannabis house. I cannot go out. He bring food. He say I must work because I owe him for the ticket.'",
  "DEC RM DB ISO", "RMS UF IS", "C")
T("Local authority social worker: Adult with learning disability (MARK, 52) befriended by a family who moved into his council flat. They take his PIP and ESA, he sleeps on the sofa, and they make him collect shopping trolleys at the retail park for cash which they keep. He has bruises he can't explain.",
  "AV WW", "NCW PA", "L")
T("Phone call to Modern Slavery Helpline passed to police: caller's friend works in a chip shop in Ayr, boss holds his passport and takes half his pay 'for the visa'. He works 80 hrs a week.",
  "RD WW EO", "DT LH", "L")
T("Int log. Subject GASHI, A (M, 40s) uses multiple bank cards at Halifax ATM Crown St, 01:00-01:30 most nights. CCTV shows 6-8 cards per visit. Believed linked to car wash workers.",
  "WW", "MBC NCW", "L")
T("DS notes, Op Clover: the two girls (14 and 15) found at the hotel with 3 adult males had been given vodka and cocaine. One disclosed she was raped. Both are looked after children reported missing from a Stoke children's home.",
  "AV PSV", "", "S", "high")
T("PCSO update: I've spoken to the woman who sits outside the Sainsbury's every day begging. She's Roma, about 60. She said 'the family' drop her off and she gives them the money or she doesn't eat. She has a bandaged leg.",
  "WW AC", "ET NCW PA", "C")
T("Victim's statement (extract): I was told I would be working in a hotel in Manchester and earning enough to send home. Instead I was in a house with 10 other girls and men came all night. The men who kept us took our passports at the airport.",
  "DEC RD", "DT OA", "S")
T("Hi, I don't know who to tell. My boyfriend's mate makes girls do stuff with men for money and he records them and says he'll send it to their families if they stop. One of them is only 16. Please do something.",
  "IT AV", "", "S", "high")
T("Tasking request: Op Raven - cannabis farm, 32 Bramble Way, Hull. Two Vietnamese males in situ for 4 months, windows boarded, door screwed shut from outside. Neighbour heard crying.",
  "RM", "RMS", "C", "immediate")
T("ok so my cousin came from Poland for job on building and now he can't leave because the man says he owes 3000 for the house and travel he only gets 50 a week and they live 12 in one house with no heating. he is too scared to call police because man said he will tell police he is illegal but he is not",
  "DB WW AC IT", "UF OA PLC FA", "L")
T("IP disclosed she was married in Pakistan and brought to the UK. Husband's family make her cook and clean for 9 people, she is beaten by her mother-in-law and not allowed to phone her parents. Her passport is kept by her father-in-law.",
  "PSV ISO RD", "IS DT", "D")
T("INT 2/B/P - Number 07723 118 904 used on AdultWork for 3 different women, all 'new in town' every fortnight, rotating between Airbnb flats in Cardiff. The same male books the flats and drives the women.",
  "", "ET", "S")
T("Neighbour rang. says the man next door has a worker staying in his shed who does all the gardening and building work and he gets shouted at and once she saw the man hit him with a shovel. he walks funny. he never leaves the garden.",
  "PSV AC", "SW PA IS", "L")
T("Social worker referral: Ms K, 38, homeless, heroin dependent. A couple let her stay in their flat in exchange for 'help'. She cleans, shoplifts for them to order and they give her drugs. When she tried to leave they took her phone and said they'd report her to probation.",
  "AV ISO IT", "IS", "C D", "high")
T("Text from IP to her support worker: im in the car with him now he says he is taking me to the man in leeds i dont want to go he has my phone charger and my bag help",
  "RM", "ET RMS", "S", "immediate")
T("Victim account: 'I came to cut grass in the summer, they promised £80 a day. I had to sleep in a horse box. The boss said no pay till the end of season. The end never came. He would shout and kick me when I was slow.'",
  "DEC AC WW PSV", "PLC", "L")
T("Safeguarding adults referral: Mr P (learning disability) seen working at the local farm every day, unpaid, sleeps in a barn. Farmer says he is 'like family'. Mr P doesn't have a bank account.",
  "AV WW AC", "SW", "L")
T("INT 3/B/P: Vehicle FH21 ZTL (silver Sharan) seen at 05:15 at the lay-by outside the Spar on the A1101 collecting 9 workers; returns 21:30. Workers believed to work at a mushroom farm and pay the driver daily.",
  "", "CE CT", "L")
T("IP says the boss would not let them see a doctor. One man had a broken hand from the lifting machine and kept working.",
  "AC", "PA", "L")
T("Debrief, Albanian male, 19: 'I come in a lorry. They put me in a house in Kent. They give me a phone with only one number. I water the plants every day. I do not know where is the house. They say if police come, I will go to prison for many years.'",
  "ISO IT AV", "IS FA", "C")
T("Information from Border Force, Dover: lorry searched, 7 Eritrean men found, one with a paper showing a London address and a note 'work restaurant pay 6000'. All claimed asylum.",
  "", "UF", "")
T("Caller says her ex is forcing his new girlfriend to sell herself on the street in Leeds Holbeck and takes the money. She has a black eye.",
  "WW PSV", "NCW PA", "S")
T("Hospital ED safeguarding referral: female, 22, attended with STIs and injuries consistent with assault. Accompanied by a man who answered all questions and would not leave the room. She had no ID and did not know her address.",
  "PSV ISO", "SFW PA IS", "S")
T("Probation officer notes: service user (M, 19) says he's working on a farm for 'a bloke' who took his bank card when he got out of prison and gave him somewhere to sleep. Says it's fine but admits he's never been paid.",
  "AV WW", "NCW", "L")
T("Intelligence: 'Tommy's boys' - a Traveller family are believed to have kept 3 vulnerable men in caravans for years, working on driveways, paid in tobacco and cider, beaten if they tried to leave. INT 3/C/P.",
  "AV WW PSV RM AC", "PLC RMS", "L")
T("Victim's words: 'My lover, he said he loves me and we will marry in England. When I arrive he take my passport and say now you work for me with men to pay the debt of the flight.'",
  "DEC RD DB", "DT UF", "S")
T("Job ad reported to TS: 'Kitchen staff wanted, 6 days, £250 a week, accommodation provided (£80 deducted), visa assistance fee £1,500.' Poss. recruitment fee scam. Trading standards and GLAA.",
  "", "UF", "")
T("IP (F, Thai, 40s) in a flat in Croydon since 2019. The couple she works for pay her £100 a month, she does everything for the 3 children and the house, she only leaves to take the kids to school and must be back within 20 minutes. The wife took her passport 'for the visa renewal' and never gave it back.",
  "WW EO RM RD", "RMS DT LH", "D")
T("Caller, anonymous: 'there's a brothel above the shop on Corporation Rd, young girls, the man downstairs brings them food, they never come out'.",
  "", "IS", "S")
T("IP (Sudanese) says the smugglers are holding his brother in Libya and demanding £3000 more or they will sell his kidney.",
  "IT", "", "O", "high")
T("IP states: 'He take all my money. I never have money in my hand, he have my card. I ask for £10 for phone top up he say no.'",
  "WW", "NCW", "")
T("Lincolnshire Police: A male was found wandering on the A16 in the early hours, confused, no shoes, thin and dirty. He said he worked on a farm 'for the Irish man' for many years and has never been paid. He did not know what day or year it was.",
  "WW ISO", "PA IS", "L")
T("Case review notes: the girl (15) was groomed by an older male who bought her gifts and phone credit, told her he loved her, then made her have sex with his friends to 'pay him back'. Classic lover boy model.",
  "AV DEC PSV DB", "", "S", "high")
T("Handover: two Vietnamese teens picked up at M6 services, no ID, one with a phone containing directions to a nail bar in Wolverhampton and a voice note saying 'work to pay your debt'. Both placed with foster carers. High risk of going missing.",
  "AV DB", "UF", "L", "high")
T("i saw a man in a car shouting at a woman outside the massage place she was crying and he grabbed her arm and pulled her in. i think it is a brothel. it was about 10 mins ago",
  "PSV", "", "S", "immediate")
T("Social worker: an elderly man's 'carer' moved in, now controls his bank account, has changed his will, and has stopped his daughter visiting. He seems frightened of her.",
  "AV ISO WW", "NCW IS FA", "")
T("Police officer notes: the lad at the petrol station is 17, from Eritrea, says he works 14 hours a day and sleeps in the back room. The owner pays him £100 a week. He said he doesn't want any trouble.",
  "AV EO AC WW", "LH SW FA", "L", "high")
T("INT 2/B/P: CHOWDHURY M is the account holder for 14 Monzo accounts opened with different passports at his address. Believed used to receive wages of restaurant workers.",
  "WW", "MBC NCW", "L")
T("Referral from Barnardo's ICTG: boy (15, Albanian) says the men who brought him to the UK told him to claim asylum and then come to a house in Luton to work. He was told his family would be harmed if he didn't.",
  "AV IT", "", "", "high")
T("I worked on the boat for 2 years. They said 'you have contract, good money'. The captain kept my passport and seaman's book. We fished 20 hours a day. I slept in a space on the deck under a tarp. If we complained he hit us with a pipe.",
  "DEC RD EO AC PSV", "DT LH SW", "L")
T("The boss is my friend's uncle. He said I must work for him in his shop to pay back the money for the visa (£12,000). Every week the debt is bigger because he charges for the room and food. I will never finish.",
  "DB", "UF", "L")
T("Welfare concern raised by a bus driver: young woman boarding the 06:10 at the depot every day with a man who pays her fare, sits next to her and gets off with her at the industrial estate. He does all the talking.",
  "", "ET SFW", "")
T("IP described being taken by car to a house she didn't know, where men she didn't know took turns with her. She was given drugs to keep her calm. She is 17.",
  "AV PSV ISO", "IS", "S", "high")
T("North Wales Police INT: worker on a Llŷn peninsula farm believed to be kept in a static caravan with no electric since 2018. Seen in the same ragged clothes. The farmer collects his post and his DWP payments.",
  "AC WW", "PLC PA NCW", "L C")
T("my brother is working in a car wash in Swindon and they have took his passport and phone and he cant call me only when the boss lets him, the boss says he will call immigration if he makes trouble",
  "RD ISO IT", "DT IS FA", "L")
T("CSE worker case note: B (14) found at an address in Rochdale at 3am with two men in their 30s; she had been given alcohol. She says the older one is her boyfriend.",
  "AV PSV", "", "S", "high")
T("Right now I'm outside 6 Orchard Way and I can hear a woman screaming 'let me out' from inside, the man who lives there has 2 foreign girls living with him. Please come quick.",
  "RM", "RMS", "", "immediate")
T("Fraud team: elderly victim's details used to open accounts; the man who did it recruited homeless people from a shelter, paid them £50 to lend their identity and bank accounts, then kept their cards. Money mules.",
  "AV WW", "MBC NCW", "C")
T("IP: 'they told me in Manchester I would be a model. The agency said I had to pay them £2000 for the photos. Then they said the only way to pay was escort work.'",
  "DEC DB", "UF", "S")
T("Worker on a construction site in Tower Hamlets told the site manager that the subcontractor takes £40 a week for his hard hat, boots and harness, and keeps his CSCS card so he can't get work elsewhere.",
  "WW RD", "PPE DT", "L")
T("Case note, MASH: child (10) living with a family friend who is not a relative, doesn't attend school, seen cleaning and caring for the family's 4 younger children. Private fostering not notified. Child appears underweight.",
  "AV", "PA", "D", "high")
T("Op Aster debrief: woman (Romanian, 29) said she was moved between Premier Inns every 3 days with 2 other women, never knowing which town. The driver took the money after each job. She had a phone but only with his number in it.",
  "ISO WW", "IS ET NCW", "S")
T("INT 3/B/P: cannabis factory at unit 12 Hall Farm Ind Est, Grantham. Two males believed to be sleeping on site tending plants, delivered food by a Vietnamese female driving a white Mercedes A-class.",
  "", "SW", "C")
T("IP said his 'agent' in Kerala took 3 lakh rupees for a care worker visa. In the UK the care home gave him 20 hours a week, not the 40 promised, and the agent now says he must pay another £5000 or be reported to the Home Office.",
  "DEC DB IT", "UF", "L")
T("Woman (Filipina) accompanying a diplomatic household said she works 'from waking up to sleeping' and is allowed out only on Sunday for church with the driver. Wages paid to an account in Manila that her employer controls.",
  "EO RM WW", "LH RMS ET NCW", "D")
