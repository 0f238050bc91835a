# fresh189 part 3: construction, hospitality, warehouses, food; ordinary employment
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 3/B/P. Kitchen porter (Sri Lankan) at 'The Harbour Grill', Falmouth, believed to be working 90+ hours a week, living in a room off the kitchen with no window. Employer, Stelios ANDREOU, said to shout at and push staff. Porter has no English and no contacts in Cornwall.""",
  "EO AC PSV ISO", "LH SW PLC IS", "L")
T("""Pub landlord in Harrogate employs 2 Australian bar staff on Youth Mobility visas, live-in rooms above the pub, 40 hrs, paid properly. Mum in Perth rang worried because daughter hadn't called. Daughter fine, had lost her phone. NFA.""", "", "", "")
T("""Caller (hotel guest) - says a cleaner in the Premier Inn on the ring road was crying, told her in broken English the 'boss' takes her money and she has to sleep in a house with 15 people and she doesn't know what city she is in.""",
  "WW ISO", "OA IS NCW", "L")
T("""Worker (Indian, Skilled Worker visa, 'chef') says the restaurant owner in Glasgow makes him work front of house, dishes and deliveries, 7 days, 11am-1am. Owner pays him £1,200 a month not the £2,500 on the CoS. He shares a room with 3 others in the owner's flat. Owner says 'visa cancel' whenever he asks for a day off.""",
  "WW EO IT DEC", "LH OA", "L")
T("""HMRC NMW team: hotel chain subsidiary found to have deducted accommodation costs above the offset limit from 140 housekeepers. Arrears of £92k being repaid. Staff could leave, no control over documents or movement. Compliance matter, not MS.""",
  "WW", "", "L")
T("""Contact from Unite: members on a London hotel refurbishment say they are paid day rate with no overtime and no holiday. They are UK nationals and residents, all with their own accounts. Union is taking collective grievance. Not exploitation in MS sense.""", "", "", "")
T("""Referral (Salvation Army): Ghanaian male, 38, construction labourer. Recruited in Accra by a man called 'Kofi' who promised a job with a UK construction firm at £2,200/month. Paid £5,000. On arrival Kofi met him at Gatwick, took his passport 'to register him' and drove him to a house in Thamesmead where 10 men lived. For 8 months he worked on sites across London 6 days a week. Kofi collected the wages from the site contractor and gave him £50 a week. He was told the debt was now £9,000. When he asked for his passport Kofi said "you will see what happens to people who cause trouble" and showed him a video of a man being beaten. He was driven everywhere and did not know the names of the places he worked.""",
  "DEC RD WW DB IT EO ISO RM", "UF DT OA NCW ET IS LH", "L")
T("""Site induction, Canary Wharf tower project: a new starter couldn't produce a CSCS card and said his 'manager' had it. Manager was found, card returned - worker says he gave it to him to hold because he had no locker. Worker directly employed, paid correctly. No concerns.""", "", "", "")
T("""Anonymous letter: The men who work on the new estate off the A46 are kept in caravans with no water. They are beaten if they ask to go home. Their boss is Irish. I am too scared to give my name.""",
  "AC PSV", "PLC FA", "L")
T("""Worker (Brazilian) at a meat processing plant in Ballymena (PSNI): "The agency told me I would have a contract and a house. I live with 12 people in 3 rooms. They take £90 rent, £30 transport, and they say the first month salary is for the agency. They keep my documents in the office." """,
  "DEC WW AC RD", "OA CT DT UF", "L")
T("""Food factory HR manager called Lincolnshire Police to report an agency worker turning up with a different name badge each week and appearing to be working under someone else's identity. Worker says he 'borrows' the ID from a friend and pays him half the wages. Worker not frightened, lives independently. Referred to Immigration Enforcement.""",
  "", "", "")
T("""CHIS (sanitised) 2/B/P. Large fulfilment warehouse, Coventry. Agency 'Pinnacle Logistics Recruitment' (director Raj DHILLON) supplies approx 60 Indian students on Student visas who are worked well beyond their 20 hour limit - 50 to 60 hours a week. DHILLON holds their BRPs "to stop them running to another agency" and threatens to tell their universities they are working illegally if they complain. Students pay £1,500 each for 'placement'.""",
  "EO RD IT AV", "LH DT UF FA", "L")
T("""Student (Nigerian, MSc) says she works 20 hrs a week in term at a Tesco warehouse, full time in holidays, as permitted. Keeps her own BRP, paid properly. Came to notice after her room was burgled. No exploitation.""", "", "", "")
T("""Warehouse (Thurrock) - two agency workers reported to a manager that 'the man who brought them' takes their wages and locks them in a bedroom at night at a house in Grays. Manager called 999 while the van was still outside.""",
  "WW RM", "RMS NCW ET", "L", "immediate")
T("""Call from a gig economy rider (Algerian) reporting theft of his bike. He rents the account from an owner he met on Facebook for £80 a week, gets the rest. Not forced. Theft crime number given.""", "", "", "")
T("""INT 4/C/P: suggests that a 'dark kitchen' in Bermondsey is staffed by undocumented workers who are not allowed to leave the unit during shifts of up to 16 hours and sleep there between shifts.""",
  "RM EO AC", "RMS LH SW", "L")
T("""Email from a hotel general manager, Edinburgh: "Our outsourced cleaning contractor's staff are always brought in by the same man, who stays in the lobby all shift. Housekeepers look exhausted. One told our receptionist 'no money, no sleep'. We have ended the contract but I am worried about them." """,
  "", "ET PA", "L")
T("""Worker on Skilled Worker visa (senior care) in Plymouth sought advice: employer wants her to pay back £2,000 for the CoS and immigration skills charge if she leaves. Employer cannot lawfully recover the ISC. She is otherwise well treated. Referred for advice; possible unlawful recovery.""",
  "DB", "UF", "L")
T("""Construction worker (Albanian, 22) arrested on site in Croydon for immigration offences. Says he owes £15,000 to the men who brought him in a lorry and works to pay it off. They "know where my mother lives". Takes £100 of his £600 weekly pay.""",
  "DB IT WW", "UF", "L")
T("""Bakery, Bradford. Local authority food hygiene inspection found a worker asleep on flour sacks in the store at 5am. Manager said he 'likes to come in early'. Worker (Pakistani, 60s) spoke little English; manager translated. Worker had no coat in January.""",
  "", "SW SFW PA", "L")
T("Bakery worker says he starts 4am because that's when bread is made, finishes noon, paid for all of it. NFA.", "", "", "")
T("""Intel: 'KR Scaffolding' director Kevin RYDER pays his Lithuanian crew less than half the agreed day rate, tells them the rest covers 'the van, the gear and the gaff'. Crew sleep 6 to a room in a house in Chatham. Ryder threatened to 'bury' a worker who complained.""",
  "WW IT DEC", "OA CT PPE", "L")
T("""Sponsor compliance officer's note: on visit to 'Sunrise Domiciliary Care Ltd' (Slough), 18 sponsored workers on record, only 3 found in work. Others said to be 'on holiday'. Director unable to produce rotas. Two workers later contacted said they had never been given any work and had paid £14k each to a consultant the director recommended.""",
  "DEC", "UF", "L")
T("Care home owner rang police to report a member of staff had stolen £300 from a resident. Staff member (British) arrested. Theft investigation. No MS.", "", "", "")
T("""Referral: 19-year-old Sudanese asylum seeker working in the kitchen of a hotel that is also his asylum accommodation, for £3 an hour cash. Manager of the hotel arranged it and tells him if he says anything his claim will be 'refused'.""",
  "AV WW IT", "FA", "L")
T("""Call handler: caller at a vegetable packhouse in Kent says a co-worker has just been hit with a pallet by the supervisor on purpose and is bleeding. Supervisor now blocking the exit and saying nobody goes home. Ambulance and police assigned, Grade 1.""",
  "PSV RM", "PA RMS", "L", "immediate")
T("""Hospitality worker (Italian, EUSS) says she is paid less than her British colleagues. Discrimination claim being handled by her solicitor. No other concerns.""", "", "", "")
T("""Hotel in Bournemouth: reception staff reported that a kitchen assistant, aged about 16, works late every night and is driven home by the chef who is not his relative. Boy told them he came from Egypt 'with a man' and does not go to school.""",
  "AV EO", "ET LH", "L", "high")
T("""Restaurant worker in Newport says she was promised a sponsorship and paid the owner £6,000 "for the paperwork". Sponsorship never came. She has worked for him 10 months for £100 a week while waiting. He says if she leaves she loses the money.""",
  "DEC WW DB", "UF", "L")
T("Restaurant owner says chefs do split shifts 11-3 and 5-11, five days, normal in the trade. Pay correct. No concern.", "", "", "")
T("""Workers at a car parts factory in Telford told union that a 'team leader' who recruited them from Moldova collects £40 a week from each of them for 'keeping the job', with threats to get them sacked. Otherwise paid correctly by the factory.""",
  "WW IT", "", "L")
T("""Anon: theres a big house on Oakley Rd with a minibus that takes lots of men out at 5 and brings them back at 9 or 10 every night, even sundays. they never come out otherwise. curtains always shut""",
  "EO", "CE LH IS", "L")
T("""Salvation Army: female (Nigerian, 42), care worker visa, sponsor revoked. Since then she has been 'helped' by a woman from church who found her live-in work with an elderly man in Kent. She is paid nothing, 'just food and a roof', and the woman keeps her passport and collects her mail. She is allowed to go to church on Sundays only, with the woman.""",
  "AV WW RD RM", "DT ET RMS", "L D")
T("""Delivery rider (Bangladeshi, 20) stopped on e-scooter in Tower Hamlets. Two phones, both with rider apps in other names. Says 'big brother' gives him the accounts and takes £150 a week plus all tips, and his phone is checked every night. Rider very nervous, kept saying "no problem, no problem".""",
  "WW ISO", "FA NCW", "L")
T("""Nail bar inspection - 4 staff, all with their own passports, contracts and payslips, live in their own homes. Owner holds all staff-room keys only. NFA.""", "", "", "")
T("""Statement extract (Polish male, 57, labourer): 'I had no choice. I was drinking and homeless in Luton. Tomasz said come work for me, I give you room and vodka. I work for him 6 years, roofing and driveways. He gave me £20 on a Saturday. If I want to leave he hit me. The room is in the garden, no toilet. I was not allowed to have a phone.'""",
  "AV WW PSV AC ISO", "PLC IS", "L")
T("""Letter from GP: patient (care worker, Zimbabwean) presenting with exhaustion and anxiety. She says she works around 80 hours a week across two employers to send money home. No indication anyone is forcing her; she manages her own pay.""", "", "", "")
T("""Intel summary - South Wales. 'Dragon Staffing' supplies workers to 3 hotels in Cardiff Bay. Workers are Indian students, believed to be charged £500 'registration' and £15 a week for 'uniform hire'. Transport to sites compulsory in a company car at £5 a trip. No info yet on documents or accommodation.""",
  "WW", "UF PPE CT", "L")
T("""Officer log - visit to address on Whitworth Rd, Rochdale after report of overcrowding. 14 men, all Indian nationals, in a 4 bed house. All say they work for 'Bright Star Care' but none has had any shifts. Several say they paid agents in Gujarat. Landlord is the director's cousin. Men have little food, one suitcase each at most, and fear being 'sent back' if they speak to us.""",
  "DEC AV AC", "OA UF FPE FA PLC", "L")
T("""Victim (Eritrean M, 24) at a car wash, said in Arabic through interpreter: 'He said if we go to the police they will put us in the camp. He says the police here are like in Libya.' Workers sleep in the unit. Paid £25 per day.""",
  "IT WW AC", "FA SW", "L")
T("""Home care worker (Zimbabwean) told social worker: "My manager keeps the car keys and drives me to every call and waits outside. I don't go anywhere alone. She has my phone except when I'm with her." """,
  "RM ISO", "ET RMS IS", "L", "high")
T("Home care agency owner rang to check whether she can lawfully drive staff between calls. Staff have own phones, free to come and go. Advice only, no concerns.", "", "", "")
T("""Crimestoppers: The owner of the curry house on Market Street Darwen gets his waiters from Bangladesh and makes them pay him back for the visa. One lad told me he owes £14,000 and has been there 4 years. They live upstairs. They work every day.""",
  "DB EO", "UF OA LH", "L")
T("""Unison rep: overseas carers at a care group in Birmingham are being made to sign 'voluntary' opt-outs of the 48-hour week and then rostered 72 hours. Manager refers to them as "the visa girls" and says they have no choice. Paid for the hours.""",
  "EO AV", "LH", "L")
T("""RTC on the M62 - minibus carrying 14 agency workers to a food factory at 4.40am overturned. 3 hospitalised. Workers paid for the seat via the agency. Driver not licensed for minibus. Agency being looked at by GLAA.""",
  "", "CE CT", "L")
T("""Hotel worker (Vietnamese F, 20) told the hotel manager in Manchester that she was brought to the UK by a man who now takes her to a nail bar after her hotel shift. He takes both wages and says she owes £20,000. She has bruises on her arms.""",
  "DB WW PSV", "UF PA NCW", "L")
T("""Intelligence log 2/A/P. Op KESTREL. Sponsor: 'Ravensworth Care Group Ltd'. Registered manager Samuel OKAFOR. Workers (Nigerian) report being made to sign a 'debt agreement' of £10,000 on arrival for 'relocation, training and accommodation'. £450 per month taken. Workers live at 2 addresses in Middlesbrough owned by OKAFOR, 8 to a house. OKAFOR visits weekly and checks rooms. Those who have asked to transfer to a new sponsor have been told he will withdraw their CoS and they will have 60 days to leave the UK. One worker told to 'remember who brought you here' and that his family in Lagos 'know people'.""",
  "DB WW IT AV", "UF OA", "L")
T("""Worker says her care agency manager 'held her passport until the probation period ended' last year. She now has it back and says she is happy. Historic.""",
  "RD", "DT", "L")
T("Security guard at a hotel doing 60 hrs a week by choice, two jobs, owns his own flat. No issue.", "", "", "")
T("""Catering company employee complained that her employer paid her wages 3 weeks late twice. Employer says cash flow problem, now paid in full. Employment dispute.""", "", "", "")
T("""PCSO note: spoke to 3 men outside a chip shop in Grimsby, Eastern European, said they work at the fish processing plant. One very thin, clothes filthy, said they 'all live together with the boss' and the boss 'has our papers for safety'. Got in a car when the boss arrived and drove off.""",
  "RD", "PA OA DT", "L")
T("""Adult social care: 'Mr B' (learning disability, 33) works in a family friend's café in Stockport washing up 6 days a week for 'pocket money' of £10 a day. Family friend manages his bank card and benefits. Mr B says he wants to stay but doesn't know how much he's owed.""",
  "AV WW", "NCW", "L")
T("""Police log: assault at a building site, Cambridge. Two workers fought over a dropped tool. Both British, directly employed. Cautioned. No exploitation.""", "", "", "")
T("""Referral via MSVCC from Essex: man (Indian, 29) recruited for a 'hotel manager' job, actually placed on the overnight shift at a cash-and-carry warehouse in Basildon. Sleeps on a camp bed in the office. Has not been paid for 3 months. Employer's son took his phone 'to set it up' and hasn't returned it. Victim has no idea of his own address.""",
  "DEC AC WW ISO", "SW IS", "L")
T("GLAA licensing inspection of a labour provider in Herefordshire - passed. Workers have own transport, own housing, proper payslips.", "", "", "")
T("""She's really scared, she said the man will kill her tonight if she doesn't come back to the house with the money from the shift. She's hiding in the staff toilet of the Travelodge on the A14. Call now.""",
  "IT", "FA", "L", "immediate")
T("""INT 3/B/P. POI Florin DUMITRU (Romanian) controls ~20 workers placed through agencies at 3 warehouses in Northampton. Workers' bank cards kept in a shoebox at his flat. Police stop of DUMITRU's car found 23 cards in different names and £3,200 cash.""",
  "WW", "MBC NCW", "L")
T("""Case note, day 3 of reflection period. PV said: "The cook he throw hot oil on me when I drop the tray. Boss laugh. Next day I work with the burn." PV worked at a restaurant in Leicester on a Skilled Worker visa. Reports passport kept by boss.""",
  "PSV RD", "PA DT", "L")
T("""Warehouse worker says his employer used to make everyone work unpaid 'overtime' before Christmas. Stopped after a union campaign. Historic, no current concern.""", "", "", "")
T("""Chef (Nepali) on sponsored visa says he has to work in three restaurants owned by his sponsor, none of which is his listed employer, and never gets a day off. He has not been told the address of his accommodation - he is driven there.""",
  "EO ISO", "LH IS ET", "L")
T("Cleaner at a hotel told police she has 'no problems' with her agency, just wanted to report a theft of her purse.", "", "", "")
T("""Anon text to MSHT line: chinese takeaway in Rhyl, the boy who works there is about 15 he works every night til 1am and sleeps in the back. owner shouts at him and i saw him get slapped""",
  "AV EO PSV AC", "LH SW", "L", "high")
T("""Farm worker (Ukrainian, seasonal visa) says he was promised 40 hours but gets 12, can't pay the caravan rent, now owes the farm £600. Manager says he can 'work it off'. Not threatened; can leave but has no money for flights.""",
  "DEC DB", "", "L")
