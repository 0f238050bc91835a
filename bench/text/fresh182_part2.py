# fresh182 part 2: inspections and joint visits that found indicators
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("EHO inspection, New Asia Takeaway, 12 Front St, Consett. Found a mattress and sleeping bag in the dry goods store behind sacks of rice. Kitchen assistant (Vietnamese male, approx 19) admitted he sleeps there. He could not say the address of the shop. Manager answered every question for him. Referred to police and MSHT coordinator.",
  "AC ISO", "SW IS SFW", "L")
T("Joint op with GLAA and Staffs Police at a hand car wash, Leek Rd. 6 workers, all Romanian. Said they are paid £30 a day for 11 hour shifts, 7 days a week. Live in a house owned by the site boss and pay him £50 p/w rent out of their money. Boss keeps their ID cards 'so they don't get lost'. NRM referrals for 3 with consent.",
  "WW EO RD", "LH DT OA", "L")
T("Fire safety visit to a flat above a nail bar, Chapel St. 9 mattresses on the floor in 2 rooms, extension leads daisy-chained, one working smoke alarm. Occupants were all nail techs from the salon below. Two said the salon owner 'brought them over' and they still owe him for the flights. Prohibition notice served. Referred to police.",
  "AC DB", "OA PLC UF", "L")
T("HMO enforcement visit 31 Jubilee Terrace Peterborough PE1. 17 people in a 5 bed house, including 4 sleeping in the garage on pallets. Occupants work at a chicken factory; the same man who drives them to work takes the rent from their wages. Workers said 'we don't see our money, he has the cards'. Police and GLAA informed.",
  "AC WW", "OA PLC NCW", "L")
T("planning enforcement officer noticed a shipping container at the back of the car wash with a padlock on the outside, a heater cable running into it and washing hung on the fence. When asked the workers said they live inside. The padlock is put on at night by the boss. Passed to police as a priority.",
  "RM AC", "SW RMS PLC", "L")
T("Trading standards visit to Nail Art Studio re: unsafe products. Girl doing nails looked about 15, no English, would not make eye contact, older woman stepped in and said she was her 'niece helping out'. She said the girl lives with her and does not go to school. Referred to children's services and police.",
  "AV", "SFW FA", "L", "high")
T("Licensing compliance check at the Eastern Star massage parlour after adverts on AdultWork. Three Chinese women found, one in tears. Rooms with beds behind the treatment area, cooking rings and food, no exit other than a locked fire door. Women would not speak in front of the 'manager'. The keys to the fire door were on the manager's belt. Police attended.",
  "RM AC", "SW RMS FA SFW", "S")
T("Joint visit (EHO, Immigration, Police) to Bengal Spice, Market Place. Chef BEGUM said he has worked 7 days a week for 3 years for 'food and a bed'. He sleeps in the basement with two others. He was never given a wage because the owner says he owes for his visa. Interpreter used. NRM submitted.",
  "EO WW DB AC", "LH SW UF", "L")
T("GLAA visit to Wellbrook Farm, nr Spalding. Gangmaster unlicensed. Workers, Bulgarian, picked up in minibuses from a car park at 4am, returned after 9pm. Charged £10 a day for the lift. Pay docked £25 a week for 'wellies and gloves'. Several complained their wages go to the gangmaster's partner first.",
  "WW EO", "CE CT PPE NCW LH", "L")
T("EHO found a worker at the meat processing plant with a deep, untreated cut to his forearm bandaged with cling film. He said he cut himself on the line two weeks ago and was told if he went to hospital he'd lose his job. No first aid kit in the cutting room, no chainmail gloves. Referred to HSE and police.",
  "AC IT", "PA", "L")
T("Housing enforcement. The landlord of 14 Cecil Rd also employs all 8 tenants at his car washes. When one tenant complained about damp the landlord told him he'd 'call the Home Office on you'. Tenants hand their wages back to him as 'rent'.",
  "IT WW", "OA FA NCW", "L")
T("INT 3/B/P. Information from a Fire & Rescue home fire safety visit: at 27 Parkside, Cleethorpes, firefighters found a room on the ground floor with a bolt on the outside of the door. Inside, a man aged 40-50, who said through a translation app that he cannot go out, 'the boss says no'. Crew left smoke alarm; police informed.",
  "RM", "RMS", "")
T("Joint visit to a textile factory in Leicester (Operation Tacit). 23 machinists. Pay checked from 6 wage slips: £3.50 per hour, well under NMW. Fire exits chained. Managers spoke for the workers and would not let us speak to them alone. Two women cried. HMRC NMW team notified.",
  "WW AC", "SFW FA", "L")
T("Environmental Health officer note: at Dragon Palace I asked the kitchen hand (aged about 17) when he last had a day off. He said 'not since I come'. The owner is his 'uncle'. He doesn't go to school. He sleeps on the floor of the staff room. Police and Children's Social Care informed same day.",
  "AV EO AC", "LH SW", "L", "high")
T("Licensing visit to Lotus Nails. The manager held seven passports in the office safe. She said it was to 'keep them safe for the girls'. We asked for the girls' own account: two said they had to ask for them and were told no. Passed to police.",
  "RD", "DT", "L")
T("Car wash, Derby Rd, Nottingham, visited by GLAA & police. Workers found living in a portakabin on site with no running water and a camping toilet. One worker had a black eye and said the boss punched him because he asked for his money. He is owed 6 weeks. NRM referral.",
  "PSV AC WW", "SW PLC PA", "L")
T("HMO inspection: 8 men, sleeping in shifts in 3 beds ('hot bedding'). The landlord is their foreman at the warehouse. He drives them to work and back and takes £15 each per day for it. They said they must not tell the council anything or 'problems'. Referral made.",
  "AC IT", "OA PLC ET CT FA", "L")
T("EHO: at Golden Fry, kitchen porter (Eritrean) told me privately 'I work from 9 in morning to 2 at night, no stop, he gives me £100 a week'. When the owner came back in he stopped talking.",
  "EO WW", "LH FA", "L")
T("Fire and Rescue Service, Protection team. Visit to unit 4, Riverside Works (clothing). A mezzanine built from pallets used as sleeping quarters for 10 workers. Gas bottles, no fire separation. Workers' passports were found in a box in the manager's office with names on post-it notes. Police requested attendance.",
  "AC RD", "SW OA DT", "L")
T("GLAA licensing inspection of a labour provider supplying a salad factory. Workers charged a 'registration fee' of £350 in Romania, plus £150 per month for a bed in a shared room, deducted at source. New workers start with a debt of over £800 and say they can't leave until it's paid.",
  "DB WW", "UF OA FA", "L")
T("call handler log 14:22 caller is a council housing officer at 88 Hythe Rd. States she attended to inspect and a woman inside the house is asking for help through the window, says she is locked in and the man will be back at 3. Officer outside now, door locked from outside. Units dispatched grade 1.",
  "RM", "RMS", "", "immediate")
T("Nail bar visit (Trading Standards + Police + Children's Services). A 16-yr-old Vietnamese boy found working as a nail tech. Says he arrived in a lorry 6 months ago, the 'boss' paid for his journey and he must work to repay £20,000. He has no phone, doesn't know what town he is in. Taken into police protection.",
  "AV DB ISO", "UF IS PA", "L", "high")
T("Joint visit: environmental health and police to Hot Wok, 3 Bridge Rd. Two workers sleep in the kitchen on cardboard. Their boss took their phones 'so they don't waste time'. They eat leftovers. They have not been paid since they arrived because the boss is 'saving' it for them. NRM.",
  "AC ISO WW", "SW PLC IS", "L")
T("Planning enforcement site visit to a farm with unauthorised caravans. 20 workers, no heating, one chemical toilet between them, rats. Workers said the farmer's man drives them to the fields and they are not allowed to walk to the village. Escorted to the shop once a week. Referred to GLAA.",
  "AC RM", "PLC OA RMS ET", "L")
T("Trading standards officer reports: while seizing illegal cigarettes at a mini-mart, found a man sleeping in a cupboard under the stairs. Thin, bruises on both arms. He said he works in the shop 'always' and is not allowed outside. Police took him to a place of safety.",
  "AC RM PSV EO", "SW PA RMS LH", "L", "high")
T("EHO revisit to Taste of India. Workers wear no gloves or protective gear in the tandoor area; burns visible on one man's hands. He said the owner takes £40 a month from his wages 'for uniform'. He doesn't have a contract. Referral to police MSU for review.",
  "AC WW", "PA PPE", "L")
T("Sussex Police / Brighton council joint visit to a hand car wash. Six males. Boss said they're 'family'. All had identical stories, word for word, clearly rehearsed. No one had ID on them; the boss said he had the papers 'at home'. They sleep in the unit office. GLAA to follow up.",
  "RD AC", "FA DT SW SFW", "L")
T("Licensing: Sunshine Lodge HMO - found 5 women in a 2 bedroom flat above a 'sauna'. They said they are not allowed to leave without the driver. Adverts for the flat on a website show the same women. Police.",
  "RM", "OA ET RMS", "S")
T("Fire safety at a warehouse, Bradford. Agency workers said they do 14 hour shifts and are on call when not working, their phone must be on 24/7 and if they don't answer they lose the next day's work. Ordinary fire issues noted. Referred to GLAA re hours.",
  "EO IT", "LH", "L")
T("Housing officer: private rented house, 6 Polish men, one of them (JANKOWSKI) seems to be in charge. He collects everyone's bank cards 'to pay rent'. The others said they get £20 cash a week. Two have been there 3 years and are afraid of him.",
  "WW", "NCW MBC OA FA", "L")
T("EHO/Police: Oriental Express. Worker with learning difficulties, local man in his 40s, helping in the kitchen for 'pocket money'. Lives in the shop's store room. The owner has his bank card and collects his benefits. He said he's happy but doesn't know how much he gets.",
  "AV WW AC", "NCW SW", "L")
T("INT 2/B/P. HMO officer reports a multi-occupied house in Walsall with 3 padlocked bedrooms; each houses 4-5 men. The men are collected at 5am in a blue Transit (reg BX64 ... partial) and dropped back at 10pm. Officer heard a man shouting in the house 'if you talk to the council I break your legs'.",
  "IT AC EO", "OA CE LH", "L", "high")
T("Car wash joint visit with GLAA. Worker (ALBANIAN national) said: 'I come here because man say me good job £60 a day, room, food. Now I get £15, room is a container, food is bread.' Worker did not want to go with police. Provided with Salvation Army number.",
  "DEC WW AC", "PLC SW", "L")
T("Fire & Rescue visited 15 Mafeking Rd after a small fire. Two young men in the kitchen had been growing cannabis in the loft; the fire started from the lighting. The men were Vietnamese, around 16 and 18, had been locked in the property, with food dropped off weekly. Arrested and then treated as potential victims. NRM.",
  "AV RM", "RMS", "C", "high")
T("Trading standards doorstep crime: the roofing gang had two young lads with them who looked unwashed, thin and in the same clothes every day for a week. One whispered to an officer that he 'works for free to pay for his caravan'. Referred to police.",
  "WW DB", "PA", "L")
T("EHO during food inspection at the bakery: workers start at 2am and finish at 4pm, 6 days; manager brings them in a van from a house he owns. Pay is handed to the manager, not the workers. Workers looked exhausted. Referral to GLAA.",
  "EO WW", "LH CE ET NCW OA PA", "L")
T("HMO officer visit, 59 Windsor St. Young woman answered, clearly frightened, kept looking at the stairs. A man came down and said she is his 'cousin's wife' and she cleans and cooks for the house. She said she is not paid and he has her passport. Police attended later and the man had gone with her.",
  "WW RD", "DT FA", "D", "immediate")
T("Police and environmental health joint visit to a shisha bar. Three Afghan youths (15-17) working behind the bar until 3am on school nights. The owner pays them 'in food'. One said the owner would send him back to Afghanistan if he complained.",
  "AV WW IT EO", "LH FA", "L", "high")
T("Licensing visit to Venus Health Spa. Two women aged 20s, Romanian, say they 'must give all money to Marius'. They sleep on the massage tables. They don't have their ID, Marius has it. Police.",
  "WW RD AC", "NCW DT SW", "S")
T("Environmental health: the hand car wash on the ring road has workers using acid wheel cleaner with bare hands, skin on their fingers peeling. No gloves, no goggles. Manager said if they want gloves they buy their own. Workers live in the house next door, 10 of them.",
  "AC", "PA PPE OA", "L")
T("GLAA inspection note: at Greenfields Nurseries the labour user states workers are bused in by 'Sasha'. Workers told us they pay Sasha £80 a week for the bus, the room and the 'job'. Sasha takes their pay in cash at the door. They did not know the name of the town they live in.",
  "WW ISO", "CT NCW IS UF", "L")
T("Joint licensing/police visit, Wednesday 21:00, Rose Garden Thai Spa. On the police officers' entry a man pushed past and fled through the back. Inside, two women with bruising on their faces and arms. One said 'he hit me if I don't do the extra'. Interpreter booked, women taken to safe house.",
  "PSV", "PA", "S", "high")
T("Fire service visit to a static caravan on a farm: 7 people in a 4 berth, gas leak, windows broken. Farm workers say the employer deducts £70 a week for it and £15 for gloves and boots. They have worked 6 weeks and say they've had £120 in total.",
  "AC WW", "OA PLC PPE", "L")
T("HMO team visiting an unlicensed HMO found men with no English who had been brought from Slovakia by a man called 'Dusan'. He took them to the bank to open accounts but keeps their cards and PINs. Four bank cards in different names were found on the kitchen table next to his phone.",
  "WW", "NCW MBC OA ET", "L")
T("Fire and rescue: a girl of about 14 was seen at the window of a flat above a takeaway. Firefighters on a home safety visit were told by the adult male that she is his 'niece'. She didn't speak. No school uniform, no toys. Crew raised a safeguarding concern with children's social care.",
  "", "SFW", "", "high")
T("EHO inspection at a chicken factory found the cold store used as a break room, no chairs, workers standing for 12 hours with a single 10 minute break. Supervisor screams at workers, one said she was slapped by him last month. HSE and police informed.",
  "AC EO PSV", "LH", "L")
T("PCSO patrolling near the hand car wash: two young men approached and asked for help in broken English. They say the boss kept their passports and they can't go. 'He say if we go the police, our family in Romania have problem.' Taken to police station, NRM with consent.",
  "RD IT RM", "DT FA RMS", "L")
T("Planning enforcement - unauthorised residential use of an industrial unit. Found 12 beds, a makeshift kitchen and workers of a packing firm. The firm's owner says they stay 'only during the busy period'. Workers said they cannot leave the unit at night - gate is locked at 10pm and the security man has the key. Passed to GLAA.",
  "RM AC", "SW OA RMS", "L")
T("Trading standards visited a 'nail spa' after complaints about infections. Two nail techs, both very young, said through Google Translate that they work 'all the days' and sleep in the flat upstairs which the boss owns. They paid £3000 each to a man in Hanoi to get the job.",
  "EO", "LH OA UF", "L")
T("Licensing: a door supervisor at a bar tells us the glass collectors are Vietnamese boys the owner 'brings in' each night, and they are never paid, they're told it's for their rent. The door supervisor saw one get hit by the owner.",
  "WW PSV", "", "L", "high")
T("Joint op, EHO/housing/police/GLAA, Operation Aidant. Visit 1 (car wash): 4 workers, IDs held by manager, NRM x2. Visit 2 (takeaway): hygiene only. Visit 3 (nail bar): licence issues only. Visit 4 (HMO over car wash): 14 men in 4 rooms, very poor condition.",
  "RD AC", "DT OA PLC", "L")
T("Housing enforcement found a 'tenant' in the loft of 4 Spring Gardens. No window, mattress, bucket. He does the landlord's cleaning and garden jobs and the landlord's wife's shopping. No pay. He said he had nowhere else and was grateful. Has a learning disability.",
  "AV AC WW", "PLC", "D")
T("Fire safety: car wash office - two workers living there. They told the crew they work sunrise to after dark and are 'not allowed' to leave except with the boss. Boss arrived and became aggressive towards crew. Police called.",
  "EO RM AC", "SW LH RMS ET", "L", "high")
T("EHO: At The Mandarin the chef said in front of the owner he was 'fine', but when I saw him alone in the yard he said the owner threatened to hurt his daughter back home if he left and owes him £4,000 for the flight here.",
  "IT DB", "UF FA", "L")
T("Neighbourhood team and housing inspected 21 Stanley Rd. 12 Romanian nationals, including 2 women. The women do cooking and cleaning for all the men and are not allowed to go out on their own. One woman said her husband 'sold' her to the man in charge. Police.",
  "RM", "OA RMS", "D")
T("GLAA: a shellfish gang on the beach at Morecambe Bay, working at night, no safety gear, no life jackets. Gangmaster keeps the earnings and gives them 'pocket money'. One worker said he's not been told where he is.",
  "AC WW ISO", "NCW IS", "L")
T("Joint visit to a takeaway in Grimsby. Staff member refused to answer any questions and kept saying 'no police, no police'. He looked terrified. The owner was there. We could not speak to him alone. Follow-up arranged with an interpreter.",
  "", "FA", "")
T("EHO notes - visit to a sandwich factory supplying supermarkets. Workers told us their bus leaves from a car park at 4.30am and the agency takes £6 a day for it. If late, the bus leaves them and they are 'fined' £20. Fines are deducted from pay.",
  "WW", "CE CT", "L")
T("HMO licensing: at 3 Raglan St a man we'd seen on the doorstep ran inside and locked himself in the bathroom. Housemates said he's 'scared of officials'. He later told us through a translator he's been told immigration would put him in prison. The man who brought him here keeps his papers and collects his wages.",
  "IT RD WW", "FA DT NCW", "L", "high")
T("Trading standards: a woman at a laundrette said she works 7am to 11pm with no breaks, sleeps behind the dryers and is fed once a day. The owner's husband brought her from Nigeria promising she could study nursing.",
  "EO AC DEC", "LH SW", "L")
T("Joint visit by Kent Police and Canterbury CC to a hand car wash. Worker with a head injury said a customer assaulted him. Other workers later said it was the site manager. Workers appeared underweight. Investigation ongoing.",
  "PSV", "PA", "L", "high")
