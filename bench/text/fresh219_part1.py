E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P: Approx 14 Romanian males living at 22 Ferncliffe Rd, Leicester LE3. Collected 04:30 daily by white Transit (reg LB19 KXW) and taken to parcel depot at Braunstone. Dropped back after 21:00. Source states the males hand their bank cards to a male known as 'BOGDAN' and receive £40 p/w cash. Handling notes: source is a neighbour who has lived on Ferncliffe Rd for 20 years and has provided reliable information before. Source has spoken to one of the males, who was friendly but nervous and would not give his surname. The Transit is believed to be registered to a hire company in Hinckley. Action: research on BOGDAN via PNC/PND, liaise with the parcel depot's security manager about the agency supplying the night shift, consider a joint visit with the GLAA and Leicester City Council housing. Do not disseminate beyond the MS/HT team without reference to the originator.",
  "WW EO", "OA CE LH NCW MBC", "L")
T("Agency night shift workers at the distribution centre say they are charged £15 a week for hi-vis and £35 for boots that they never get to keep. Wages come in short every week with 'admin' taken off.",
  "WW", "PPE", "L")
T("i work in warehouse in Daventry. the man who bring me from Lithuania he keep my passport, he say is for safe. I owe him £1800 for the bus and the room and every week it is more not less. I am scared to ask for the passport.",
  "RD DB AV", "DT UF FA", "L")
T("Caller reports a group of lads doing her neighbour's driveway, they look really thin and one had a black eye. Man in charge shouting at them all day and they weren't allowed a drink. Caller asked one if he was ok and the boss came over and said 'he no speak'.",
  "PSV AC", "PA SFW", "L")
T("Roofer's labourer (IP, 19, from Hull, learning difficulty) disclosed he's been working for POI Dean WARD for 8 months for 'food and a bed'. Sleeps in a caravan on WARD's yard, no heating. WARD told him if he goes to the police they'll lock him up for the thefts he's been made to do.",
  "AV WW AC IT", "PLC", "L C")
T("Salvation Army referral: Polish male, 52, alcohol dependent, recruited outside a soup kitchen in Peterborough with promise of building work at £100 a day. Has been given cans of lager instead of wages for 6 weeks. Lives in a shed at the site with 3 others. Says the gangmaster hits them if they're slow.",
  "AV DEC WW AC PSV", "PLC SW OA", "L")
T("Delivery rider stopped on the A6 in Manchester on an e-bike. Account on the app belongs to another man (checked: registered to a Kamal HUSSAIN). Rider, Afghan national, no right to work, says he pays HUSSAIN £120 a week to use the account and HUSSAIN keeps the money that comes in, gives him 'what is left'. Rider visibly nervous, asked repeatedly if he'll be deported.",
  "AV WW", "NCW FA", "L")
T("Stop check on minibus (reg YX67 BNN) 05:10 on M62 eastbound. 11 males, all Slovak, heading to demolition site in Wakefield. Driver answered every question on their behalf and said they didn't speak English. Each man pays £10 a day for the lift, taken from pay.",
  "WW", "CE SFW CT", "L")
T("Scaffolder says the boss has his passport 'in the safe at the office' and won't give it back until he's paid off the £2,500 he owes for his CSCS card, the flight and the deposit on his room.",
  "RD DB", "DT UF", "L")
T("GLAA inspection of Swiftline Staffing Ltd (supplier to parcel hubs in Northamptonshire). Payslips show deductions for accommodation (£95 p/w), transport (£8 per shift), 'training' (£150 one-off) and 'uniform'. 9 workers share a 3-bed house owned by the director. Several workers said they could not leave as they had no money left over. The director, a Mr Andrius KAZLAUSKAS, was present and cooperative; he says the deductions are all agreed in writing and produced contracts in English only. None of the workers interviewed could read English well enough to understand them. Of the 14 workers spoken to, 11 said they had found the job through a Facebook advert in Lithuania and paid the £150 'training' fee before travelling. The accommodation has a valid HMO licence for five occupants only. Next steps: licence review, referral to HMRC NMW team for the deduction calculations, and follow-up interviews away from the director's premises with an interpreter.",
  "WW AC DB", "OA CT PPE UF", "L")
T("We believe our cousin is being held by the people who arranged his job at a recycling plant in Smethwick. He calls us at night from another man's phone and says they lock the door of the house and he cannot go out except to work. They took his ID card at Luton airport.",
  "RM RD ISO", "RMS DT IS", "L", "high")
T("Nom: Marius POPESCU. Believed to be running 3 houses in Corby (NN17) with approx 30 workers placed in food warehouses through an agency. Workers' wages paid into accounts opened by POPESCU; he holds the cards. Grading 3/C/P.",
  "WW", "OA NCW MBC", "L")
T("Man seen at Tesco ATM on Wood Street using about 8 different bank cards one after another, had them in an elastic band. Then got into a grey van full of men in work gear.",
  "", "MBC", "")
T("Debrief: 'I was told I would be a forklift driver in a big company, £11 an hour, nice room. When I came it was building site, carrying blocks, no money first month because I must pay the travel. The room have 8 mattress on floor. No shower, we wash at the site.'",
  "DEC WW DB AC", "OA PLC UF", "L")
T("Concern raised by site manager at a housing development in Swindon: subcontractor's gang of 6 arrive in one van at 6am, leave gone 8pm, seven days a week. One worker told the site manager 'no day off for 3 month'. None have proper boots, working at height without harnesses.",
  "EO AC", "CE LH", "L")
T("IP states he was made to 'pay a fine' of £200 every time he was late or broke something at the car parts warehouse. His debt to the controller went from £600 to over £2,000 in four months. He says the controller, a man he knows as 'Rafi', keeps a notebook with everyone's 'account' and reads it out on Sundays in the kitchen. The original £600 was for the coach from Bucharest and the first week's rent. He has stopped asking how it is calculated because the last man who argued was sent to a different house. He has since left the warehouse and is staying with a friend in Coventry. He is willing to speak to the GLAA but does not want to go into the NRM at this stage. Advice given on the Modern Slavery Helpline and Citizens Advice.",
  "DB WW", "", "L")
T("Gig delivery: courier living in a room above a takeaway in Bradford with 5 other riders. All on accounts registered to the landlord's brother. Landlord takes 60% of earnings 'for rent and the account'. One rider said the landlord told him immigration would come for him if he complained.",
  "WW IT AV", "OA NCW FA", "L")
T("Female, 34, Bulgarian, cleaning offices overnight in Canary Wharf for a cleaning company run by her 'boyfriend's' family. She was told they would marry and she'd go to college. Works 10pm to 8am then cleans the family's house all day. Not paid. Not allowed a phone.",
  "DEC WW EO ISO", "LH IS", "L D")
T("Lad came to the door asking for water, said he's been 'working for the tarmac men' who camp at the lay-by on the A38. Said he's from Derby and they picked him up at a homeless shelter. Says he wants to leave but they'd 'do him' if he tried. Had bruises on both arms.",
  "AV IT PSV RM", "PA", "L")
T("Referral from Citizens Advice, Stoke: client is a Romanian warehouse operative whose agency makes all workers sign as 'self-employed' contractors. They get no holiday pay, £4.50 an hour after 'service fees' are taken, and have to pay £50 to register. Client says there are 40 workers on the same contract.",
  "WW DEC", "UF", "L")
T("Intel suggests a POI known as 'MIRO' collects between 15 and 20 Roma males from a house on Ladypool Road, Birmingham B12 at around 03:45 for work at a cold storage site. Males are said to be beaten if they argue about pay. 3/B/P",
  "PSV", "CE", "L")
T("Demolition labourer attended A&E at Royal Stoke with a crush injury to his hand. Hospital staff concerned: man accompanied by 'his boss' who answered for him, said it happened at home. Triage nurse noted the wound was contaminated with concrete dust and consistent with a crush from machinery or a falling slab rather than a domestic accident. The patient gave a name and date of birth that didn't match any record; the 'boss' gave a different surname for him. The patient's hands were heavily calloused and his boots were split. When the nurse asked him, through a phone interpreter, whether he felt safe, he said nothing and looked at the floor. Patient looked frightened, had no socks, very thin. Boss insisted on taking him away before the X-ray.",
  "AC", "PA SFW FA ET", "L")
T("Worker told the DWP adviser he has no control of his Universal Credit. 'The man' opened the account, has the log-in and the card. He works at a car wash and a building site and sleeps on a sofa at the man's house.",
  "WW AV", "NCW", "L C")
T("Case note 14/03: SU (Vietnamese, 16) found in the back of an HGV at Dover with 4 adults. Stated he was going to work 'in a building' to pay back his family's debt of $18,000 to the smugglers. Phone confiscated by the driver. Placed with LA foster carer, NRM referral made.",
  "AV DB ISO", "IS UF", "L", "high")
T("Anonymous: my husband works for a roofing firm in Basildon. The owner brought 3 Lithuanian boys over and they live in the storage unit behind the yard. They sleep on pallets. They get £20 a day. I think it's wrong.",
  "WW AC", "SW PLC", "L")
T("Warehouse picker, 23, said he 'can't go nowhere without Tomas'. Tomas drives them to work and back, stays in the canteen watching, takes them shopping once a week. Doors at the house are locked at night from outside.",
  "RM", "RMS ET", "L")
T("Four men working for a block paving gang arrested for a burglary on Priory Road. During interview one disclosed that the gang leader made them do the burglaries 'when there was no paving work' and kept everything. Said he was told his mum in Ireland would get hurt if he talked.",
  "IT WW", "FA", "L C")
T("MSVCC: Call from a temp worker at a parcel sorting centre in Coventry. His agency rep has kept his BRP since the induction day, saying it is 'company policy'. He's asked for it back three times. Working 60-hour weeks, the rep controls which shifts he gets.",
  "RD EO", "DT LH", "L")
T("Men living in a converted shipping container on farmland near Spalding, working in a nearby packing warehouse. No toilet, one electric heater, 7 men. Rent £60 each per week taken by the gangmaster from wages.",
  "AC WW", "OA PLC", "L")
T("2/A/P - Source who works at Sentinel Logistics, Tamworth reports that a supervisor called Sanjay KAPOOR takes a 'cut' of £50 per worker per week from the agency workers he lines up. Workers who refuse are put on no shifts. Source states KAPOOR has threatened to report two workers to the Home Office.",
  "WW IT", "", "L")
T("Girl of 15 reported missing from care in Luton seen getting into a delivery van with an older male who is known to use young people to carry drugs in the van on his parcel rounds. She has been gone 3 days.",
  "AV", "", "C", "immediate")
T("He's got our lads in the back of the Luton van right now outside the builders merchants on Hessle Road, they've been banging on the side saying let us out. Van reg WU16 ZPT. Please send someone.",
  "RM", "RMS", "L", "immediate")
T("Account from IP (translated): 'They said in Poland, you will build houses in England and earn good money, £400 every week. I paid 500 zloty to the agent. In England the boss take my ID and say I owe £900 for transport and house. I work every day on roofs. He say if I go, his friends find my family.'",
  "DEC DB RD IT EO", "UF DT LH", "L")
T("Cleaning crew at a shopping centre in Milton Keynes: supervisor reports that a man brings 5 women in at 4am, waits outside and takes them away at 8am. He collects their wage slips. Women don't speak to anyone and keep their heads down.",
  "WW", "CE ET NCW FA", "L")
T("Intel: Eritrean and Sudanese males, some suspected to be under 18, working as couriers on rented Deliveroo-type accounts out of a flat in Hendon. Account holders take most of the pay. Young males sleep in shifts on 2 mattresses.",
  "AV WW AC", "OA NCW", "L", "high")
T("Labourer from Romania stated that the boss 'keeps our money for us' and gives them £20 each on Saturday. He has asked for his wages many times. Has been working 6 weeks. Says he's free to go home whenever he wants but he's got no money for the bus.",
  "WW", "NCW", "L")
T("Welfare visit to a HMO in Grimsby: 16 beds in 4 rooms, mould on walls, no working kitchen. All tenants work at a fish processing and distribution unit. The 'landlord' is also their supervisor. Tenants said they were told not to talk to council officers.",
  "AC", "OA PLC FA", "L")
T("Person reporting states that her ex-partner, who runs a scaffolding firm, is making an 18 year old lad with autism work for him for nothing, and locks him in the scaffold yard overnight to 'guard' it. She says he's in there now and it's freezing.",
  "AV WW RM AC", "RMS SW", "L", "immediate")
T("The supervisor at my job at the delivery station call us 'dogs' and make us work 12 hrs no break. If we stop to go toilet he take money. Many workers cry. I want to know if this is legal.",
  "AC EO WW", "LH", "L")
T("NRM first responder notes: Male, 41, Vietnamese, recovered from a cannabis grow in a disused warehouse unit in Bolton. States he was told he would work in a nail salon. Locked in the unit, food brought twice a week. Owes 'the boss' £25,000 for travel. Beaten when plants died.",
  "DEC RM DB PSV AC", "RMS UF", "C")
T("Intel from Border Force: group of 6 Albanian males entered via small boat, believed destined for construction work in London arranged by a facilitator who will take their first year's wages to cover the £4,000 crossing fee. 3/C/I",
  "DB WW", "UF", "L")
T("The men from the van come every morning at 5 and pick up like 10 guys from the house next door, they come back when its dark and one of them is always shouting at them. Not sure if its anything but they never look happy",
  "", "CE OA", "")
T("PC CLARKE: spoke with driveway worker at Ashfield Crescent, Sutton Coldfield. Male (Irish Traveller community, 40s) appeared confused, unkempt, said he had been 'with the family' for 11 years, doesn't get paid, 'just gets fed'. Couldn't name the town he was in. Family members hovering and answering for him.",
  "AV WW ISO", "PA IS SFW", "L")
T("Lithuanian woman, night shift at a frozen food warehouse, says the agency's driver takes her to the shift and back but charges her £12 each way, which is almost two hours' pay. She can't get a bus to the site at night.",
  "WW", "CT", "L")
T("Female, 26, Nigerian, referred by a church in Croydon. Came on a student visa to study nursing, was told by a woman 'auntie' she would get a cleaning job to pay the fees. Auntie took her passport, made her clean offices at night and work in her home in the day. Not allowed out alone.",
  "DEC RD RM EO", "DT RMS", "L D")
T("Site foreman (an ex-soldier) told me 'if any of you go to the police I'll break your legs'. We do demolition work for him in Sheffield. Every week he takes £50 from us 'for the van'.",
  "IT WW", "CT", "L")
T("Housing officer concern: flat at 9 Marlowe Court, Slough SL1 has 12 men registered for Universal Credit at the same address, all working on construction sites via one 'labour supplier'. One man said he has never seen his bank card.",
  "WW", "OA NCW MBC", "L C")
T("Worker took photos of the sleeping area in the warehouse loft in Park Royal where the men are put up between shifts: mattresses on the floor next to the forklift charging station. He says they're not allowed to leave the premises between the day and night shifts.",
  "AC RM", "SW RMS PLC", "L")
T("POI Kristaps OZOLS - drives Mercedes Sprinter (reg GN18 VFD). Believed to be moving Latvian workers between warehouses in Kettering and Wellingborough, charging them £25 a day for transport and housing. Threatened a worker with a hammer when he asked to leave. 2/B/P",
  "WW IT", "CT OA", "L")
T("Man working for a scrap metal and demolition firm came into the station. He said he has not been paid in 5 months, his passport is with the owner, and he sleeps in a portacabin on the site. He wants to go home to Romania. He told the front counter officer that he had come to the UK in 2021 for a job he saw on a Romanian website, 'demolition helper, good pay, accommodation'. The first year the boss paid him something most weeks; since the spring the boss has said business is bad and that he'll be paid 'at the end'. He eats at the Sikh temple on Sundays. He showed photographs on his phone of the portacabin: a camp bed, a gas heater, clothes hanging on a nail. Officer arranged for a Salvation Army first responder to attend and for an interpreter to take a full account in the morning.",
  "WW RD AC", "DT SW", "L")
T("'The boss tell me, you are illegal, if you complain, police will put you in jail and send you back. So I work. 7 days, sometimes 16 hours. He pay me when he want.'",
  "IT AV EO WW", "FA LH", "L")
T("Children's social care: 14 y/o boy seen on the back of a moped doing food deliveries late at night in Leeds city centre. Says his 'uncle' gave him the account and takes the money. Has been missing from school for 3 weeks.",
  "AV WW", "NCW", "L", "high")
T("Several Indian students (on study visas) working for a warehouse agency in Reading. Agency has them all working 40+ hours a week (breach of visa) and has told them that if they complain the agency will tell their universities and the Home Office.",
  "IT AV EO", "LH FA", "L")
T("Driveway gang clearing a garden in Chelmsford. One of the workers whispered 'help me' to the homeowner when the boss was in the van. Homeowner says he looked like he'd been sleeping rough, same filthy clothes, his hands were raw.",
  "", "PA", "L")
T("Male, 31, Ukrainian, says he was recruited on Facebook for warehouse work in Kent at £12/hr. Paid £300 'visa fee' to the recruiter. No visa was issued; he is now working cash-in-hand on building sites for the recruiter's brother for £30 a day, told he still owes £1,200.",
  "DEC DB WW", "UF", "L")
T("Intel 3/B/P: A nail bar and a hand car wash on Stratford Road are staffed by workers who also do overnight shifts at a parcel depot. Same man drops them off at all three. Workers seen sleeping in the car wash cabin.",
  "EO", "SW ET LH", "L")
T("Worker on a civil engineering job said the gaffer took his phone off him 'so he doesn't waste time' and he's not spoken to his family in Romania for a month. Lives on site in a caravan with 4 others.",
  "ISO", "IS OA SW", "L")
T("Bogus self-employment at Apex Couriers, Bristol: drivers must rent vans from the company at £250 p/w, pay for fuel and insurance, and are fined £25 per missed parcel. Several drivers have ended up owing the company money after a full week's work and cannot leave until it's cleared.",
  "WW DB", "CT", "L")
T("She brings the lads round to my shop to top up their phones, she keeps all the phones in her bag and gives them back for a minute each. Some of them only speak Romanian. She said they're her workers from the warehouse.",
  "ISO", "IS", "L")
T("Debrief of IP (Sudanese, 22): worked 14 months for a man in Birmingham who got him jobs cleaning lorries at a haulage yard. Slept in the cab of a trailer. Never paid; man said the money was going to his family in Sudan but family say they got nothing. Was hit with a tyre iron on one occasion.",
  "WW PSV AC EO", "SW", "L")
T("Construction worker (Brazilian, overstayer) beaten up by his employer after asking for 3 weeks' back pay. Employer told him 'I'll ring immigration on you.' Injuries: broken nose, cut to eye.",
  "PSV IT WW AV", "PA", "L")
T("Caller from a parcel depot in Wellingborough says one of the agency workers has collapsed, he's been on shift since 6 yesterday morning, 26 hours, and says the man who brings them wouldn't let him go home.",
  "EO RM AC", "LH RMS", "L")
T("Intel: A gangmaster operating as 'KB Logistics Solutions' is supplying labour to a distribution centre in Doncaster without a GLAA licence. Workers are charged £200 to join the books. 4/C/P",
  "", "UF", "L")
T("Woman from Romania reported that she and her husband were brought over to work at a packing warehouse. The man who arranged it told them they owe him £3,000 and took both their ID cards. Now he is making her sell sex in a flat 'to pay faster'.",
  "DB RD", "DT UF", "L S")
T("Tree surgery and groundworks gang in Somerset: young men from the Traveller site working unpaid for the head of the family, some appear to be under 16, driven to jobs and watched constantly. One has a burn scar on his face.",
  "AV WW RM", "ET RMS PA", "L", "high")
T("Agency worker at a clothing returns warehouse in Leicester said she was paid £3 an hour cash in hand for the first month, as a 'trial'. After that the boss said she owed him for the training.",
  "WW DB", "", "L")
T("Concern for a man working on the extension next door. He's there from before 6 to after 9 every night, seems to sleep in the van on the drive. Builder is rude to him. He looks worn out.",
  "EO", "SW LH PA", "L")
T("Victim (Polish, 60, homeless) was approached outside a day centre in Southampton. Offered 'a roof and work'. Taken to a farmhouse in the New Forest; sent out every day with a paving crew. Kept in a room with a bolt on the outside. Given food scraps. Told he couldn't leave till his 'keep' was paid off.",
  "AV DEC RM AC DB", "RMS PLC", "L")
T("Rider account from a debrief: 'Account is for my friend brother. I give him £100 every week. If I don't give he switch off account and I have no work. I ride 14 hours because I need to make the money.'",
  "WW EO", "LH", "L")
T("Note from GLAA officer: subcontractor on M6 resurfacing job paying Romanian workers through a single bank account held by the subcontractor's wife; 19 workers' wages go into it and she withdraws cash. Workers say they get roughly half.",
  "WW", "NCW", "L")
T("Community worker in Peterborough: a group of East African men sleep in a tent behind the warehouse where they do night shifts. Another man takes their agency wages and pays them 'in food'. They are too scared to go to the police, they think they'll be deported.",
  "WW AC", "SW PLC NCW FA", "L")
T("Worker disclosed that 'if I leave, they will hurt my daughter in Vietnam'. He packs boxes at a warehouse in Birmingham for no pay.",
  "IT WW", "", "L")
T("Intel (2/B/P) - Albanian OCG using construction sites in East London as cover to employ young men who arrived by small boat. Men told they owe £10,000-£15,000 and must work on sites by day and in cannabis grows at night. Passports retained by the OCG.",
  "DB RD EO", "DT UF", "L C")
