E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Search of the address on Gorse Hill found 9 men in 2 rooms; each had one carrier bag of clothes and nothing else. No phones. Men said the 'manager' keeps the phones in his car. They work at a chilled food depot.",
  "ISO", "OA FPE IS", "L")
T("The lad had a toothbrush and the clothes he stood in, that's all he owned. Said he's been on the building site 'since the summer' and the boss never lets him ring home.",
  "ISO", "FPE IS PA", "L")
T("Worker arrived at the hostel after fleeing a construction gang in Dartford - with only a plastic bag containing a T-shirt and socks. No ID, no phone, no money.",
  "", "FPE", "L")
T("INT 3/B/P: Workers at 41 Clarendon St, Dover, described as having 'nothing of their own', sleeping in their work clothes. All do shifts at the port warehouses via an unlicensed labour provider who is also their landlord.",
  "", "FPE OA PA", "L")
T("i seen the men next door have no bags no nothing when they moved in, they just come with the clothes on there back and a man in a van drops them all off and picks them up at like 4 in the morning for the building site. theres about 12 of them in a 3 bed",
  "", "FPE CE OA", "")
T("Room inspection at a warehouse agency's house in Rushden: the men had no belongings apart from work boots and a change of clothes. Agency said they 'travel light'. Each man's wage slip showed a £35 deduction for 'PPE'.",
  "WW", "FPE PPE", "L")
T("Victim said everything he owned fitted into a supermarket bag. The rest was kept by the boss 'as security' - his phone, his ID and his bank card.",
  "RD ISO WW", "FPE DT NCW IS", "L")
T("Welfare visit to portacabins on a demolition site in Tilbury: 5 Romanian workers living there, few possessions, no cooking facilities, one cold tap. They said they're paid but the foreman keeps their cards and hands out cash.",
  "AC WW", "SW FPE PLC NCW", "L")
T("Every worker at the depot had to buy a £40 'starter pack' - high-vis, gloves and steel toe caps - from the agency, taken out of the first wage. Most of them got less than £100 in their first week.",
  "WW", "PPE", "L")
T("Scaffolders charged £80 for their harnesses by the subcontractor, then again when they 'lost' them - even though they stay on site locked up.",
  "WW", "PPE", "L")
T("Cleaner told us her firm charges her for her tabard, her mop and the chemicals. 'I pay to work,' she said.",
  "WW", "PPE", "L")
T("PPE charges - delivery drivers at a last-mile courier in Wakefield are charged £10 a week for the handheld scanner and £25 for a company jacket.",
  "WW", "PPE", "L")
T("Every time we try to talk to one of the workers from the car wash and the building crew, the same bloke steps in and does all the talking, says they're his cousins and they don't understand English.",
  "", "SFW", "")
T("GP practice manager: a man brings in 4 different men for registration, all with the same address, and does all the talking for them. None had a phone number of their own. He said they work for him at his construction firm.",
  "ISO", "SFW OA IS", "L")
T("At the bank the 'employer' answered every question, even when the staff asked the worker directly. He then asked for the new debit card to be posted to his own address.",
  "WW", "SFW NCW", "L")
T("Interpreter reported that the male who accompanied the workers to the Jobcentre kept correcting their answers and telling them in Romanian what to say. Workers appeared coached and nervous. The appointment was for a National Insurance number application. All four men gave the same address in Gravesend and the same 'employer', a cleaning contractor called ShineRight Services. When the work coach asked one of them how he got to the Jobcentre, the accompanying man replied first that he had driven them. The interpreter said afterwards that she'd heard him tell the men in Romanian to say they were paid £11 an hour and to 'say nothing about the house'. The work coach has submitted an intelligence report and flagged the claims for the DWP fraud and error team.",
  "", "SFW FA", "L")
T("POI seen at the Barclays ATM on Commercial Road, Portsmouth at 02:15 withdrawing cash using at least 6 cards. His van had 'construction' signage. Bank has flagged 11 accounts paying into the same address. 2/B/P",
  "WW", "MBC NCW", "L")
T("Search warrant at 8 Coniston Ave: 23 bank cards in various names in a kitchen drawer, along with 7 passports. All the names are warehouse agency workers registered at that address.",
  "RD WW", "MBC DT NCW", "L")
T("Bank fraud team: 14 accounts opened in one week at the same branch by men accompanied by the same person, all giving the same address and employer (a roofing company). Debit cards all redirected.",
  "WW", "MBC SFW NCW", "L")
T("Uber Eats rider says the man who rents him the account has 30 bank cards in a wallet and takes everyone's money out every Friday at the Post Office.",
  "WW", "MBC NCW", "L")
T("Workers are picked up from the Pound Lane car park at 3:45am in a white Sprinter, taken to the distribution centre in Bury St Edmunds and brought back at 8 or 9pm. Driver charges them £7 each way.",
  "WW", "CE CT LH", "L")
T("Cleaning team of 6 women driven to the offices by their 'manager', who waits in the car park and drives them back. They are never allowed to take the bus.",
  "RM", "ET RMS", "L")
T("He said 'the minibus man' comes at 4, we go to work, he brings us back at 10 at night, and if you're not ready you get left behind and lose a day and pay a fine.",
  "EO WW", "CE LH", "L")
T("The boss's son drives them to the site, stays with them on site and drives them back. They're not allowed to walk to the shop on their own.",
  "RM", "ET RMS", "L")
T("Workers at a Milton Keynes warehouse pay £70 a week for a lift in the agency's car whether they use it or not.",
  "WW", "CT", "L")
T("Source 2/B/P: a woman is being made to sell sex from a flat above a courier depot in Acton. She was brought from Romania for 'warehouse work'. The depot owner takes bookings and her money. Source describes the woman as early twenties, very thin, always wearing the same grey tracksuit, and says she is never allowed out of the flat except when the depot owner's nephew walks her to a car. Punters park in the depot yard after 8pm and go up the outside staircase. Source believes there may be a second woman in the flat in recent weeks.",
  "DEC WW RM", "NCW PA RMS ET", "S")
T("Online adverts for 'new Polish girls' at an address in Slough traced to a man who also supplies labour to building sites. Two women found at the address said they were told they'd be cleaning. Both said he'd forced them to have sex with him.",
  "DEC PSV", "", "S L")
T("Intel: A woman (Chinese, 30s) is being moved between flats in Birmingham, Coventry and Leicester every week for sex work. Her controller holds her passport. Posted on Vivastreet. 3/B/P",
  "RD", "DT", "S")
T("Concern for a 16 year old girl who works cash in hand as a cleaner at a builders' yard. Staff say older men there pay her in vodka and she has been seen leaving in cars with them.",
  "AV PSV", "", "S L", "high")
T("Domestic servitude: woman from Sri Lanka working for a family who own a haulage company in Southall. She cooks, cleans, looks after 3 children and the grandmother, gets no days off, sleeps on a mat in the hall, is not paid, is not allowed to go to the temple alone.",
  "EO WW AC RM", "SW RMS LH", "D")
T("Man employed as a 'driver' for a family in Manchester also does all their cleaning, gardening and cooking, works from 6am to 11pm, and his wages are paid to his 'sponsor' family in Pakistan. His passport is locked in the father's study.",
  "EO WW RD", "LH NCW DT", "D")
T("Referral: Ghanaian teenager brought to London by an aunt who told her family she'd go to school. She's never been enrolled. She does the housework and looks after the aunt's kids and is beaten if the house isn't clean.",
  "DEC AV PSV", "", "D", "high")
T("Domestic helper in a Bristol home told the police she has not been outside the house by herself in two years, her employers keep her phone and have told her she'll go to prison if she speaks to anyone.",
  "RM ISO IT", "RMS IS FA", "D")
T("Anonymous tip: a man is approaching homeless migrants outside a warehouse agency in Wembley offering £5,000 for a kidney and a free flight to 'a clinic in Istanbul'. Two men have gone with him and not been seen since.",
  "DEC AV", "", "O", "high")
T("Victim stated that his employer on a building site arranged for him to 'sell a kidney' to pay off his debt for the boat crossing. He has a large scar on his side. He was paid nothing for it; the money went to the employer.",
  "DB AV WW", "PA", "O L")
T("Living kidney donor, 42, gave a kidney to her husband at Guy's in 2022. Reported only because her car was broken into outside the hospital on a follow-up visit.",
  "", "", "")
T("Man in the Portuguese community in Thetford says a man asked him if he wanted to earn £10,000 for a kidney. He said no and says the man is a 'joker' who always says stupid things. Logged; no further information.",
  "", "", "")
T("Patient on dialysis asked his consultant if he could buy a kidney abroad. Consultant advised this is illegal and referred to HTA guidance. No evidence any sale happened.",
  "", "", "")
T("Driveway gang, Essex: vulnerable man said he's lived in a caravan with them for 4 years, has no bank account, 'the boss looks after my money', and has had his teeth knocked out. He's never been to a doctor. He wants to stay because 'they're my family'.",
  "AV WW PSV", "NCW PA", "L")
T("Worker at a parcel depot in Swindon: 'I cannot talk to anybody, nobody speak my language in the house or at work, the boss say don't speak to English people.'",
  "ISO", "IS", "L")
T("Construction worker said they are kept at a farm somewhere 'two hours from London', no phone signal, no shop, they don't know the postcode. Driven in and out in the back of a van with no windows.",
  "ISO RM", "IS ET RMS", "L")
T("IP couldn't tell us where he's been living - 'a house near a big road' - he's been taken to and from the warehouse every day for 5 months.",
  "ISO", "IS CE", "L")
T("He says the boss told them their families back home must not know where they are and they must not post on Facebook. He took their SIM cards out.",
  "ISO", "IS", "L")
T("Roofer's labourer (Romanian) has no contact with his family for 8 months. 'They tell me my mother think I'm dead, better for me,' he said. He is paid £15 a day.",
  "ISO WW", "IS", "L")
T("Outreach met a group of delivery riders who live in a warehouse unit in Barking. They have no contact with anyone outside the group and said the man who manages the accounts warned them not to talk to charities.",
  "ISO AC", "IS SW", "L")
T("Local authority licensing officer visited a hand car wash that also runs a van-based 'cleaning service' for building sites. Workers slept above the unit. None could say which town they were in.",
  "ISO AC", "SW IS", "L")
T("Worker denied being locked in, said he was just 'not allowed' to leave the house without the boss's nephew. Also said he hasn't got a phone - 'the boss has it'.",
  "RM ISO", "RMS IS ET", "L")
T("Worker said he's free to come and go and has his own phone, but the agency rep has his passport and won't return it until his 'contract' ends.",
  "RD", "DT", "L")
T("I don't think it's slavery, he's got his own passport and everything, but the lad I work with at the depot says his landlord takes £200 a week off him for a bed in a room with 5 others and he's skint.",
  "WW", "OA", "L")
T("Agency worker said no-one has ever threatened her, however the site manager has kept her from leaving at the end of her shift several times, keeping the doors locked until the van is ready.",
  "RM", "RMS", "L")
T("Victim said 'no, no they did not hit me' but described being pushed down the stairs at the house by the controller and being made to take pills to stay awake on the night shift.",
  "PSV", "", "L")
T("Not a modern slavery case - man is a British self-employed courier working 70 hours a week because he's paying off his own van loan; but he disclosed his 17-year-old nephew is delivering for a man in Luton who keeps the boy's pay and threatened to 'break his legs'.",
  "AV WW IT", "NCW", "L", "high")
T("The agency says the £50 'registration fee' isn't a fee, it's a 'deposit'. The workers say they never get it back. Otherwise pay and hours seem normal.",
  "WW", "UF", "L")

# more no-exploitation
T("Minibus of Polish agency staff crashed on the A1 at 5am, 3 hurt. All employed by a licensed agency, transport free, documents in order. Investigation of driver for careless driving.", "", "", "")
T("Woman says she was overcharged by a removal company for moving house. Trading Standards referral.", "", "", "")
T("Request for police presence at a construction site protest - local residents objecting to the development. Peaceful.", "", "", "")
T("Man works as a Deliveroo rider using his own account, complains that a group of youths stole his food bag. Robbery recorded.", "", "", "")
T("Asked about his long hours, the warehouse manager explained he's on salary and chooses to stay late in peak season, gets time off in lieu in January. He lives with his family and holds his own documents.", "", "", "")
T("Agency complained that a former worker posted on social media that they 'steal wages'. Civil matter between the agency and ex-worker; no evidence of wage theft.", "", "", "")
T("Worker at a building site says his gaffer is 'a nightmare' because he makes them start at 7.30 sharp. All paid weekly, all have contracts, no other concerns.", "", "", "")
T("Request to check a group of men sleeping in a church hall. It's a volunteer team of builders from a charity refurbishing the hall, stay for free, here for a week.", "", "", "")

# more varied exploitation
T("INT 2/A/P - the man known as 'Big Sam' MURPHY operates a gang of labourers from a yard in Dunstable. Labourers are recruited from the Irish and Polish homeless population in Luton, paid in tobacco and drink, housed in a barn. Recent intel that a labourer who tried to leave was beaten with a shovel.",
  "AV WW AC PSV", "PLC", "L")
T("Worker disclosure via the Unseen helpline: he owes the recruiter 'for the job', that debt is taken weekly, but the deductions are more than his pay so the balance keeps going up. Currently £4,300.",
  "DB WW", "UF", "L")
T("'When I start, boss say salary is £1,800 a month. Now he says £600 and the rest he keep for my house and food. House is 15 people.'",
  "DEC WW", "OA", "L")
T("Stop of van at 4:50am in Leyton: 9 men in the back on the floor, no seats. All said they worked for 'Mickey' in demolition. One said 'Mickey keeps our papers so we don't lose them.'",
  "RD AC", "DT CE", "L")
T("A worker at the cross-dock site at Avonmouth fainted from hunger; colleagues said he's given one meal a day by the man who houses him and hasn't been paid in weeks.",
  "AC WW", "PA", "L")
T("Caller: A man has just been dragged into a van on the site at Lower Mill Lane by two blokes who were shouting at him about running off. It's heading towards the A58 now. Silver Vivaro, part reg BD15.",
  "PSV RM", "", "L", "immediate")
T("Labour provider on the construction scheme in Birmingham: workers told by the director that their visas depend on him, and that if they speak to the union he'll 'make sure they're sent back'.",
  "IT AV", "FA", "L")
T("Worker on a rented courier account in Glasgow: 'He has my BRP and keeps it in his car, he says he needs it in case police stop me on the account.'",
  "RD", "DT", "L")
T("Parcel van driver, bogus self-employed, works 7 days a week, 13-hour days. Says he can't take a day off or his 'round' goes to someone else and he'll still owe the weekly van hire.",
  "EO DB", "LH CT", "L")
T("Intel 3/B/P: cleaning subcontractor at a major airport employing women on short-term visas; supervisor takes half their wages in cash at the bus stop each Friday and threatens to 'send them home' if they refuse.",
  "WW IT", "NCW", "L")
T("Care of the vulnerable - man with schizophrenia living at a builder's house in Hull, working on his jobs unpaid; builder has appointed himself as the man's benefits appointee and pockets the money.",
  "AV WW", "NCW", "L")
T("A man who turned up at the hospital after a building site fall had no documents, gave a false name, and said 'boss says no hospital'. Nurse saw him taken out by two men before treatment.",
  "AC RM", "FA ET", "L")
T("Survivor account: 'At the warehouse I work nights, at the house in the day I clean for the boss's wife. I never sleep more than 4 hours. They never pay me because they say I still owe for the ticket.'",
  "EO DB WW", "LH UF", "L D")
T("Courier account: the boss says each scanner we break costs £150, so now I owe him £450. He says I can't go until I pay.",
  "DB RM", "PPE", "L")
T("Women from Lithuania working at a laundry and a parcel depot in Bradford say their passports are 'with the agency' and they were each charged £300 for the job. They share one room between 5.",
  "RD", "DT UF OA", "L")
T("Officer's observations: 7 men getting out of a van outside a Hounslow house at 23:30, all in dusty work clothes, one limping heavily. Man in charge took their phones off them at the door.",
  "ISO", "CE IS PA", "L")
T("Male (Albanian, 17) found working on a loft conversion in Enfield. Says he owes his 'boss' £12,000 for the crossing and that he sleeps in the house being renovated. Told police he was 18 when first asked.",
  "AV DB", "SW UF FA", "L", "high")
T("Report of a 'slave' at the yard. Checked, the worker is the owner's adult son, paid, lives at home, works on the business by choice. No concerns, caller advised.", "", "", "")

# longer accounts
T("""Case review (Sightline partner meeting, Stockton, multi-agency): Subject is a 45 year old British male, known to adult services, with a history of alcohol misuse and a mild learning disability. Since last spring he has been seen working with a driveway and fencing crew that operates across Teesside from a site off the A66. Neighbours of his former flat say he 'went off with the tarmac lads' after they offered him 'a job and a caravan'. His DWP claim continues to be paid into an account he says 'Jimmy sorts out'. On the two occasions officers have spoken to him he was with a member of the crew who answered for him, and he did not know the name of the place he was staying. On the last occasion he had a healing cut above the eye and bruising to both forearms, which he said was from 'falling off the truck'. He said he works 'every day, all day' and gets 'fags and his tea'. Plan: joint visit with adult social care, capacity assessment, NRM consideration, financial abuse enquiry with DWP.""",
  "AV WW ISO EO", "SFW NCW IS PA LH", "L")
T("""Statement of witness (warehouse shift manager, Doncaster): I manage the night shift in the returns section. About 30 of my pickers come through Quickstaff, an agency. Over the last two months I've noticed a group of about eight from that agency who always arrive together in a maroon minibus, always just before 10pm, and are collected at 6am by the same driver, a big bald man. When I tried to give them overtime he came to me and said 'they do what I say, you ask me'. One of the women had a bruised wrist and flinched when I raised my voice to be heard over the conveyor. They only ever eat biscuits at break. One of the lads told me in broken English that the driver takes their money and they 'pay the house'. I don't know whether he meant rent. When I asked whether they were OK, they all looked at the floor. I reported it to our HR and the GLAA hotline.""",
  "WW", "CE SFW PA FA NCW", "L")
T("""Log entry, 02:14. Call from a male speaking Romanian via a Language Line interpreter. He says he is in a van parked at a services on the M1, possibly Watford Gap, with three other workers. The driver, who he calls 'the boss', went into the services 20 minutes ago. Caller says they were told they were going to a new building job in London but the boss has been shouting that they owe him for the 'transfer' and that they will go 'to another man' tonight. He says the boss has a knife and took their phones; he is using a phone he hid in his sock. He is very scared. Doors are locked from outside. Units requested from Northants and Central Motorway Police Group.""",
  "DEC DB RM ISO IT", "RMS IS FA", "L", "immediate")
T("""GLAA / HMRC joint visit notes, Harlow: Inspection of 'Premier Site Cleans', which supplies cleaners to new-build housing sites in Essex and Hertfordshire. Director is Mr Rahul MEHTA. 17 workers present, most Romanian or Moldovan. All workers are classed as self-employed but work set hours under supervision, using the company's vans and equipment. Payslips were produced for 6 workers; each showed a gross weekly pay of £420 and deductions of £120 'accommodation', £60 'van', £25 'equipment hire' and £30 'admin'. Workers confirmed they live in two company-rented houses in Harlow, 8 or 9 to a house. Two workers said that they had paid £250 'to get on the list' in Romania. No evidence that documents were held; workers produced their own ID. No threats were reported. Recommendation: licence review, NMW referral, continue to monitor.""",
  "WW", "OA CT PPE UF", "L")
