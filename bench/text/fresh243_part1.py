# fresh243 part 1: labour exploitation, living conditions, isolation, look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source reports approx 8 Romanian males living in a static caravan behind the unit at Moss Lane Farm, Tarleton PR4. No heating, one gas ring, water from a hose. Males collected in a white Transit at 0430 and returned after 2100. Source believes they are paid £20 a day cash by POPESCU who keeps the rest. Source states the males arrived in March with one holdall each and have no other belongings; they sleep in their work clothes. Source has seen POPESCU, who drives a blue Mitsubishi L200 (MX15 DFE), arrive at the caravan on Sunday evenings to hand out cash and cigarettes and to collect 'rent'. The males do not have a vehicle and the nearest shop is 3 miles away. Recommend joint visit with GLAA and the rural crime team.",
  "AC WW EO", "PLC OA CE LH NCW FPE", "L")
T("Caller states there are men sleeping on the floor of the car wash on Bradford Rd overnight, she sees them through the shutter with blankets when she walks her dog at 6am. Caller thinks they never leave.",
  "AC RM", "SW RMS", "L")
T("Lives in a shed at bottom of garden at 14 Crown St. No toilet, uses a bucket. Works on the householders building jobs. Says he doesn't know what road he lives on.",
  "AC ISO", "PLC IS", "L")
T("Referral from Salvation Army: PV is a 34 yr old Polish male recruited in Gdansk with promise of warehouse work at £11/hr. On arrival in Northampton he was placed in a 3 bed house with 13 others, charged £90 p/w rent from wages and told he owed £600 for transport and 'registration'. He has received £40 in four weeks. His bank card is held by the house 'boss' known as MAREK. He was warned that if he left his family in Poland would hear about it. He sleeps on a mattress in the dining room, which he shares with three men from the same factory. He describes being woken at 4.30am and taken to the factory in a car with four others, for which £5 a day is also taken. He has not been able to send money home and his mother believes he is doing well. He came to the Salvation Army after a colleague gave him the helpline number on a scrap of paper. He has consented to an NRM referral and is now in safe house accommodation in the East Midlands.",
  "DEC DB WW IT", "OA UF NCW CE CT", "L")
T("Nail bar at 3 Market Pl. Two young Vietnamese females appear to live upstairs above the shop, mattresses visible from rear window. Very limited English, manager answers every question put to them. Neither could say where they lived before.",
  "AC", "SW SFW OA", "L")
T("i work in the field from morning to dark. no day rest. the boss he take my phone every night, give back in morning only to show the photo of field. i dont know name of this place, only it is near sea. food is bread and what we find.",
  "EO ISO AC", "LH IS", "L")
T("Welfare check at HMO 22 Chester Rd, Wrexham. 9 rooms, all with licensed tenancies, landlord provided copies. Property damp in two rooms, environmental health informed. Tenants spoken to individually, all in employment of their own choosing, no concerns re exploitation.",
  "", "", "")
T("Student house at 41 Harold Grove, Leeds LS6 - 6 students in a 4 bed, two sharing the lounge as a bedroom. Cramped but all on the tenancy agreement and attending uni. Noise complaint only.",
  "", "", "")
T("Farm worker at a hill farm outside Tregaron, lives in a tied cottage, nearest shop 12 miles. Spoke to him at length: he has a car, his own phone, goes home to Lampeter at weekends, paid monthly into his own account. Remote but content. NFA.",
  "", "", "")
T("Mr HUSSAIN reported his neighbour's landlord for letting the house fall apart - black mould, broken boiler since October, mice. Tenants are a family with their own tenancy who have complained to the council. Referred to private sector housing team. No indicators of exploitation.",
  "", "", "")
T("Garage converted at rear of 8 Beech Ave, Luton. 4 males seen going in at night, no windows, extension lead from the house. Males work at the owner's takeaway on Dunstable Rd. Neighbour says they are walked there and back by the owner's son every day. Neighbour has lived there 20 years and says the garage used to be full of junk until last summer. She hears the men coughing at night and says in winter they only have a small electric heater. She has never seen any of them with shopping and thinks the son brings food from the takeaway. She tried to speak to one man who smiled and shook his head as if he couldn't understand. Son's car is a black Mercedes C-class, LR20 UYT.",
  "AC RM", "OA PLC ET RMS", "L")
T("POI DOBRE Ionut. Believed to run a gang of labourers on the A14 sites. Workers charged £15 a week for a hard hat and boots and £10 a day for the van. Pay goes into accounts DOBRE opened for them. INT 3/C/P.",
  "WW", "PPE CT NCW", "L")
T("Man came into the food bank on Tuesday with a badly swollen hand, wrapped in a rag, says he hurt it on the machine at the recycling plant 3 weeks ago and the boss wouldn't let him go to hospital. He has been sleeping at the plant in the office. Thin, same clothes as last time. He told our volunteer that the plant is 'out past the motorway' and he does not know the address; the manager drives him there. He had a plastic bag with a toothbrush and a spare T-shirt, which he says is everything he owns. We gave him a food parcel and a leaflet about the Modern Slavery Helpline, and our coordinator called the police non-emergency line. He would not give his surname.",
  "AC RM ISO", "PA SW IS FPE ET", "L")
T("no gloves no mask nothing they make them strip cables all day in the yard behind the scrap place on Fenton road i seen one lad with his hands all burnt",
  "AC", "PA", "L")
T("Case note 14/03: KA (Eritrean, 19) says he was told by the man who brought him from Calais that he would go to college in Birmingham. Instead placed at a car wash in Walsall, 7 days a week 8am-8pm, sleeps in the portacabin on site. Has been given no money, told it is paying off £3,000 'for the boat'. KA frightened to go to police as he was told they will put him in prison. His only belongings are the clothes he arrived in and a phone with a broken screen. Two other young men at the car wash are in the same situation. KA has been assessed by the local authority as likely to be 18 or over; he disputes this. He was referred by the college where he tried to enrol on an ESOL course on an afternoon when the car wash was shut for a burst water main. Plan: NRM referral, age assessment review, accommodation through the Refugee Council.",
  "DEC EO AC DB AV WW", "LH SW FA UF FPE", "L")
T("Rural team visit to Greenside Nurseries, Evesham. 40 seasonal workers on Seasonal Worker visas, caravans inspected: clean, heated, 4 per caravan, payslips seen, workers hold their own passports. GLAA licensed provider. No issues.",
  "", "", "")
T("3 lads from the mushroom farm come into the shop, one of them said in broken english they not allowed out on there own the supervisor comes with them every time and waits outside. They buy noodles and thats it. They look like they havent washed in weeks",
  "RM", "ET RMS PA", "L")
T("Victim account (translated from Tigrinya): 'We were in the back of the lorry yard in a room with no window. The man locked the door at night. In the day we loaded pallets. He said if we go out the police will send us back and we would be killed at home. I did not know which city I was in until the police came.' Interviewer's note: the witness described about eight men in the room, sleeping on pieces of cardboard, with a bucket in the corner for a toilet. He said they were given bread and tea in the morning and rice at night. He had nothing with him except the clothes he wore when he came off the boat. He was found by police after a fire alarm at the yard, with two other men, and identifies the man who locked the door as 'Abu Yusuf'.",
  "RM ISO IT AV AC", "RMS IS FA OA PLC FPE", "L", "high")
T("Employees at Fenland Packers work 12 hour nights, 4 on 4 off, overtime voluntary and paid at time and a half. Labour inspection by GLAA 02/05, records in order.",
  "", "", "")
T("Female, 50s, Chinese national, living in the kitchen of a takeaway in Hartlepool. Sleeps on flattened boxes by the fryers. Doesn't speak English and no one there speaks Cantonese apart from the owner. No phone. Works from opening to close.",
  "AC ISO EO", "SW PLC IS LH", "L")
T("Anon online report: 'Theres about 20 blokes in a 3 bed on Kimberley Rd, they get picked up by a minibus at 5 every morning and dropped back at 10 at night. Bins overflowing. They never talk to anyone.'",
  "", "OA CE IS", "L")
T("Tactical assessment: the boss (nom BALOG) drives the men from the HMO to the sites and back himself and takes £5 a head each way from their pay. Men have been seen trying to speak to site managers and BALOG steps in and speaks for them. Site managers on the Wixams development confirmed the men are supplied by a subcontractor registered to BALOG's partner and that invoices are paid at £140 per man per day. One man told a site manager, when BALOG was not there, that he gets £40 a day and the rest 'goes to Balog for the house and the van'. The men live at 12 Ampthill Rd, Bedford, believed to be owned by BALOG. Recommend financial investigation.",
  "WW", "ET CT SFW NCW OA", "L")
T("IP stated she was kept in the house for 7 months. 'They told me I was not allowed to go out because the police would arrest me. I cleaned for them from 6 until midnight and I slept on the floor of the baby's room.' She was never paid. She said the family had three children and she looked after them all day, and at night she had to get up to the baby. She had one bag with two sets of clothes. The family told visitors she was a cousin from Sri Lanka. She escaped when she was sent to put the bins out and a neighbour let her use her phone to call the police. She is now at a Salvation Army safe house and has entered the NRM.",
  "RM IT EO WW AC", "RMS FA LH FPE", "D")
T("Male approached officers at Dover Eastern Docks asking for help. Says he has been working on a fishing boat out of Brixham for 5 months without pay, sleeping on board, not allowed ashore when in port. Skipper holds his passport and seaman's book.",
  "WW RM RD AC", "SW RMS DT", "L")
T("Concern raised by GP receptionist: patient attended with a man who wouldn't let him answer any questions, patient had untreated burns on his forearms from work. The man paid cash and they left.",
  "AC", "SFW PA", "L")
T("2 Lithuanian men at a flower farm in Lincs sleeping in a lean-to made of pallets and tarp. Boss says its temporary. No electric. One has a chest infection and says he's been told if he stops work he gets no food.",
  "AC IT", "PLC PA", "L")
T("hi my cousin is working in a hotel in Blackpool as a cleaner he says he has to work 16 hours and they take his pay for rent of a room he shares with 6 other people and he hasnt been home since march because they have his passport pls help he came here on a visa for hospitality work which the hotel sponsored and they told him if he leaves they will tell the home office he ran away and he will be sent home. he is scared to go to police in case he gets deported. he has lost a lot of weight i saw on video call. his number is 07561 228 904 but please dont say i called",
  "EO WW RD AC IT", "LH OA DT FA PA", "L")
T("Welfare visit to nail salon, Corporation St. Staff all over 18, hold own documents, 2 live with family locally, 1 rents a flat. Manager not present, staff spoke freely. Closed.",
  "", "", "")
T("Premises at rear of 112 High St, Dunstable: room above the barbers contains 7 single mattresses, a microwave and a kettle. Workers at the barbers stated they pay £50 a week to the owner to sleep there. No fire alarm, rear exit padlocked from outside.",
  "AC RM", "OA PLC", "L")
T("S/W checked phones of two males at the farm - both phones had been wiped and had only one number saved, the gangmaster's. Males said the gangmaster checks the phones every Sunday.",
  "ISO", "IS", "L")
T("Partners informed that the lads at the recycling yard were seen eating out of the skip behind Greggs. They look underfed. Yard boss shouts at them constantly.",
  "AC", "PA", "L")
T("Referral (LA adult safeguarding): Mr W, 58, learning disability, has been living in a caravan on a traveller site since 2019 doing tarmac and block paving for the site family. Has lost weight, unshaven, caravan has no heating and broken windows. His benefits are collected by one of the family. He told the social worker 'I do the drives, they feed me sometimes.' The social worker noted that Mr W has no phone, has not seen his own family for several years, and that the family 'won't let him go to town on his own because he gets lost'. He had very few possessions: a sleeping bag, two pairs of trousers and a radio. He asked the social worker if she could find out where his mum is. A Section 42 enquiry has been opened and the police have been asked to do a joint visit.",
  "AV AC WW ISO RM", "PA PLC NCW IS RMS FPE", "L")
T("Hotel in Keswick employing seasonal staff from abroad - staff accommodation is a converted annex, 2 to a room, rent £60 p/w deducted with their written agreement. Wage slips correct. Checked following anonymous call, no concerns.",
  "", "", "")
T("The pizza shop worker said he sleeps in the store room at the back because it's too far to go home after closing. He has a flat in Burnley and chooses to stay on Fridays. Not exploitation.",
  "", "", "")
T("Male found sleeping in a shipping container on industrial estate off Wharf Rd. Works for a cabling firm on site. States he has 'nowhere else' and the boss lets him stay there for £30 a week taken out of his pay. No toilet, no heating, December.",
  "AC WW", "SW PLC", "L")
T("He said me no talk with nobody. If police ask, say I am student. I am afraid.",
  "", "FA", "")
T("INT 3/B/P: males working at a hand car wash, Canal St, Stoke. Living in a portacabin on the forecourt. No gloves in the winter and hands cracked and bleeding from chemicals. Car wash owner HASANI believed to hold the males' ID cards 'for safe keeping'.",
  "AC RD", "SW PA DT", "L")
T("Mother reported her son (22, Albania) stopped contacting the family 4 months ago. Last message said he was working in a 'house with plants' near Oldham and wasn't allowed to leave, and that his phone would be taken. No further contact.",
  "RM ISO", "RMS IS", "C")
T("Officers attended 46 Gower Rd following report of a disturbance between housemates over a gas bill. HMO licensed, 5 tenants, all professionals. Words of advice given.",
  "", "", "")
T("Referral NRM: female, Nigerian, 27. Promised nanny job in London with pay of £800/month. For 2 years she cooked, cleaned and looked after 4 children from 5am until the family went to bed, slept on a mattress in the laundry room, had no day off, was given £50 'sometimes'. Madam kept her passport and told her she would be deported if she left. She was allowed to take the children to school but had to come straight back, and Madam phoned her if she was more than ten minutes late. She was not allowed a phone of her own, and letters from her family were opened. She was struck once with a wooden spoon for burning rice. She arrived at the referral point with one small bag of belongings.",
  "DEC EO AC WW RD IT RM ISO PSV", "LH DT FA RMS IS FPE", "D")
T("lads up at the quarry live in an old portacabin no windows no water they cant go nowhere its miles from anywhere and they got no car no phones. boss brings food once a week.",
  "ISO AC", "IS PLC", "L")
T("IP is a 17 yr old from Vietnam found at a nail bar in Swansea. Sleeps on the salon floor. Has no phone and no money. Could not give the address she lived at.",
  "AV AC ISO", "SW IS", "L", "high")
T("Call handler log 23:41: caller says the men next door are locked in the house by the landlord every night, she has heard them banging on the door tonight shouting for help, one of them shouted there is a fire. Units dispatched Grade 1.",
  "RM", "RMS", "L", "immediate")
T("Builder from Bulgaria said they all work 7 days but it's their choice because they want to earn as much as possible before going home at Christmas; pay checked, overtime paid. No evidence of compulsion.",
  "", "", "")
T("Worker at chicken factory, Pontypool: 'We pay £200 to agent for job. £40 every week for the van. Boots and white coat £35, they take from wage. I get £150 for 60 hours.'",
  "WW DB EO", "UF CT PPE LH", "L")
T("Women working at clothes factory in Leicester unit, 4th floor. No fire exits, no breaks, paid £3 an hour cash. They stay in a room at the back on sewing nights.",
  "AC WW", "SW", "L")
T("Intel: SANDU family runs labour on the Cambs veg farms. Workers kept in caravans on a field with no toilets, chemical toilet broken since summer. Workers' wages paid into accounts controlled by SANDU, cards kept in a tin at the main house.",
  "AC WW", "PLC NCW MBC", "L")
T("Report from council environmental health: property 19 Fern Terrace. Overcrowded: 11 adults in a 2 bed. Living room used as dormitory. All men work at same packing company, housing arranged by their supervisor. Rent taken from wages.",
  "AC", "OA", "L")
T("He was hit with a spade by the farmer for being slow. Bruises on back and legs, photographed. He was told next time he would be buried in the field.",
  "PSV IT", "PA", "L")
T("Landscaper, 40s, works alone on big estates in the Cotswolds, often 12 hr days in summer by choice, lives in his own flat in Cirencester. Reported by a neighbour who thought 'he never stops working'. Spoken to, well and happy. NFA.",
  "", "", "")
T("The men at the shed in Upwell have no English, and the gangmaster is the only one who speaks Russian to them, so they cannot ask anyone anything. They don't know what town they are in.",
  "ISO", "IS SFW", "L")
T("Victim account: 'No food for two days because the work was not good. I drank water from the tap in the toilet at the factory.'",
  "AC", "", "L")
T("Boy aged 15 seen working in the back of Rahim's Cash & Carry on Sunday nights, stacking. Appears tired, falls asleep at the till. Could not say where he lives. Not attending school per education welfare.",
  "AV EO ISO", "LH IS PA", "L", "high")
T("Agency worker at distribution centre, Daventry. Said the agency keeps his first two weeks' wages 'as a deposit' and charges him £12 per week for hi-vis and safety shoes. He shares a room with 3 others in agency housing.",
  "WW", "PPE OA", "L")
T("Worker states he has his own passport and bank card and lives with his wife, but he does 14 hr shifts at the warehouse and supervisor threatened to sack him if he refused overtime. Referred to ACAS / EAS; not MS at this stage.",
  "EO IT", "LH", "L")
T("POI CHAUDHRY said to house kitchen staff for his three restaurants in the loft above the Lal Qila. Loft has no windows except a skylight, men climb a ladder to get in. Staff hardly seen outside the restaurant.",
  "AC", "OA PLC IS", "L")
T("IP describes the room: 'Ten people on the floor, one small window, cockroaches, shower broken so we wash at work.' IP says they were all brought from the same village by the same agent.",
  "AC", "OA PLC", "L")
T("Intel 2/A/P. Workers at Swanfield Poultry were told that anyone who talked to the inspectors would be sent back to Romania and their families would have to pay back the debt.",
  "IT DB", "FA", "L")
T("GLAA joint visit to a shellfish processor Morecambe. 23 workers. Temporary staff pay confirmed by payslip and bank statements, own accommodation in the town. Some complaints about cold conditions in the packing room, advice given re PPE and breaks. No forced labour indicators.",
  "", "", "")
T("Vulnerable adult (autism) befriended by a man at the Job Centre who gave him 'work' cleaning vans at a yard in Brierley Hill. Works all day for a sandwich. Man now takes his UC when it lands.",
  "AV WW", "NCW", "L")
T("i am living in a garage with 5 men, the owner he lock the garage door at night from outside. we go toilet in a bottle. please help us, address is near big tesco, i dont know street",
  "RM AC ISO", "RMS OA PLC IS", "L", "immediate")
T("Local PCSO reports a caravan parked behind the old tyre shop on Bath Rd with a generator running all night. 2 men live in it and work at the tyre shop. Owner says they're 'his lads' and they're paid. Men did not want to talk. Further work required.",
  "", "PLC FA", "")
T("She is not allowed to leave the house without Aunty. Aunty goes with her to the shop and the mosque. She hasn't spoken to her mum in Bangladesh since she got here in 2022.",
  "RM ISO", "ET RMS IS", "D")
T("Forecourt attendants at the Shell on Lymington Rd are employed directly, contracts seen, live locally. Checked after a member of public thought they were 'always there'. No concerns.",
  "", "", "")
T("DC notes: the workers at the Hinckley factory told us they get 15 min break in a 13 hr shift and aren't allowed to sit. One collapsed on the line last week and was told to go back to work.",
  "AC EO", "LH", "L")
T("Scrapyard, Nechells: 3 Romanian men live in the office portakabin. Beds are pallets. They have no heat apart from a single gas heater. The owner collects their wages in cash from the firm and 'gives them pocket money'.",
  "AC WW", "SW PLC NCW", "L")
T("Contractor told us he saw a man working on the roof of a barn conversion near Alnwick with no harness, no helmet, in trainers, in the rain. Foreman laughed when asked. The worker is one of several who arrive in a van from Newcastle.",
  "AC", "", "L")
T("Caller wants to report her landlord for having 'too many people' in the flat downstairs. When asked, she said they are a large family (parents, 5 children and grandmother). No work connection. Passed to housing.",
  "", "", "")
T("Debrief: 'The place where we sleep is behind the meat factory, it is a barn. The floor is wet. At night very cold. We have one blanket each. If you complain they say go, but you owe £1,500 so you cannot go.'",
  "AC DB", "PLC", "L")
T("INT 3/B/P: female workers at a Pakistani wedding caterers in Bradford are kept in an upstairs room when not working. Doors locked from outside. Food is leftovers from functions.",
  "RM AC", "RMS", "L")
T("Community nurse: Polish man in a house of multiple occupation, Anlaby Rd Hull. Untreated leg ulcer for months. He said the boss wouldn't pay for the bus to the hospital and would dock his wages if he missed a day.",
  "AC WW", "PA", "L")
T("Anonymous: 'my flatmate works at a call centre and does 10 hr shifts 6 days a week but she is paid properly and she likes it, just worried she is burning out'.",
  "", "", "")
T("POI NGUYEN Van Thanh, 41. Runs three nail bars in Norwich. Workers live in a flat above the Magdalen St salon, 6 girls to one bedroom. NGUYEN collects them from the flat at 0830, drives them to each shop, and collects them again at 2100.",
  "", "OA ET CE", "L")
T("Male, Sudanese, found walking on the A1 near Grantham at night in work boots and a torn jacket. Says he escaped from a farm where he was made to work with no pay and no proper place to sleep. Could not say where the farm was. He told officers, through a telephone interpreter, that there were about ten men at the farm sleeping in an old chicken shed, that they cut leeks and were given bread and water. He says the 'boss' took their phones on the first day and nobody there spoke Arabic. He has no belongings except what he is wearing. Taken to a place of safety; officers and the GLAA are trying to identify the farm from his description of a windmill and a railway line.",
  "WW AC ISO", "PA IS OA PLC FPE", "L")
T("Farm manager told us the lads don't need gloves as it is 'only picking'. Hands of several workers showed deep cuts from stalks. First aid kit empty.",
  "AC", "PA", "L")
T("Caravan in the yard of 5 Ashburton Rd. Not a workplace, the householder's son lives in it while saving for a deposit. Neighbours complained about it being an eyesore. Not police matter.",
  "", "", "")
T("IP (Slovak Roma, 24) says: 'They keep me in room at night and take my shoes so I do not run. In morning they give shoes back and we go to the factory.' IP says this happened to all 8 in the house.",
  "RM", "RMS OA", "L")
T("'He hasn't paid me anything since I started, he says I am learning and I should be grateful for the bed. The bed is a sofa in the restaurant. I have been learning for 11 months.'",
  "WW AC", "SW", "L")
T("Visited the old chapel on Blaen Rd reported as housing workers. Found 14 camp beds, portable toilet, no running water. Workers absent at the time. Local shop says they are bussed to the chicken factory at 5am every day.",
  "AC", "OA PLC CE", "L")
