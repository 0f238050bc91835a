# fresh195 part 1: labour exploitation (fishing, mushrooms, meat plants, car washes, etc.) and look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source states that Filipino deckhands on the trawler N-reg 'STAR OF MOURNE' out of Kilkeel have not been paid since August. Skipper holds their passports in the wheelhouse. Crew sleep on board between trips.",
  "WW RD AC", "DT SW", "L")
T("Kilkeel harbour - 3 crew from Ghana seen sleeping on the boat, no heating, using the harbour toilets to wash. Skipper TOLAND, Brendan said they are on transit visas and 'cant go anywhere anyway'.",
  "AC AV", "SW PLC", "L")
T("Crew member (IP) from Sri Lanka told Stella Maris chaplain that he works 20 hrs a day when they are out, sometimes 4 or 5 days straight with 2 hours sleep. Owes the manning agency in Colombo $3,000 for the job, which comes off his pay every month. He was told he'd get £1,400 a month; he gets about $400 sent home.",
  "EO DB DEC WW", "LH UF", "L")
T("portavogie boat lads from the philipines never get off the boat, the skipper keeps them on it even when its tied up. they look half starved. not right",
  "RM AC", "RMS PA", "L")
T("Referral from Migrant Help (NI): male, 34, Egyptian national, fisherman on prawn trawler Ardglass. States skipper punched him in the face when he dropped a box of catch and told him if he complained he'd be 'on the next plane'. Has a visible swelling below the left eye. Passport retained by the vessel owner 'for the insurance'. Paid £200 in three months. Wants to leave but has nowhere to stay.",
  "PSV IT RD WW AV", "PA DT FA", "L")
T("Crew on a Portavogie-registered prawn boat advised GLAA/MCA joint visit that they had their own passports, were paid monthly into their own accounts and had a written contract. Sleeping arrangements ashore in a rented house in the village. No concerns.",
  "", "", "")
T("Kilkeel - local skipper fined at Newry Magistrates for safety breaches (missing liferafts). Crew all local men, no exploitation issues raised.",
  "", "", "")
T("PSNI Newry, Mourne & Down. Crew member from Indonesia attended the station with a translator from the mission. States: 'Captain keeps my book (passport) and my phone. I cannot call my wife for two months. He says if I go to police I go to prison because my visa is wrong.' Officer notes he appeared very frightened and would not give the skipper's name.",
  "RD ISO IT AV", "DT IS FA", "L")
T("Crew 'fined' £50 each time a net is damaged, deducted from pay. Two men now say they owe the skipper more than they earn. Source graded 3/C/P.",
  "WW DB", "", "L")
T("Mushroom farm nr Dungannon. 14 Romanian pickers in a 3-bed house on the farm, mattresses in the living room and kitchen. Rent £60 a week each taken straight out of wages. Minibus at 5am, back at 9 or 10pm.",
  "AC WW EO", "OA PLC CE LH", "L")
T("Caller reports van picking up a load of foreign workers from a house on the Moy Road every morning at half 4 and bringing them back late at night. Thinks they work at the mushrooms. Says they look wrecked.",
  "EO", "CE LH PA", "L")
T("GLAA NI: mushroom pickers at a Co. Armagh site are paid per kilo; on the payslips we reviewed the effective rate is about £3.10 an hour after 'accommodation' and 'transport' deductions. Workers say they never agreed to transport charges. Gangmaster (unlicensed) is Lithuanian national PETRAUSKAS, Darius.",
  "WW", "CT", "L")
T("I came from Romania because a woman on Facebook said good job in mushrooms in Ireland, 9 euro per hour, house free. When we come it was Northern Ireland, pounds not euro, and house is not free, £70 every week. Also we pay £300 to the woman for the job. I work 6 days, 12 hours. The money goes to card, but card is with Marius. He gives us £50 for food.",
  "DEC WW EO", "UF LH NCW OA", "L")
T("Mushroom picker, female, 51, Bulgarian, came to A&E Craigavon with chemical burns on both hands. States she is not given gloves and has to buy her own from the supervisor at £5 a pair, so she stopped buying them.",
  "AC", "PA PPE", "L")
T("Farm inspection (DAERA + HSENI), Co. Tyrone mushroom unit. All staff directly employed, on payroll, holiday pay, accommodation in separate licensed HMO with individual tenancies. No issues identified.",
  "", "", "")
T("Source states that the foreman at the mushroom farm outside Cookstown keeps about ten bank cards in a box in his van and draws money on Fridays at the Spar ATM. The workers' wages go into those accounts. 2/B/P",
  "WW", "MBC NCW", "L")
T("Meat plant, Ballymena. Agency workers from Timor-Leste say the agency charged them £1,200 each for flights and 'processing' and they are paying it back at £80 a week. When one man asked to leave he was told he still owed £900 and would have to pay before he could take another job.",
  "DB", "UF", "L")
T("Timorese workers at a Co. Down meat factory living 11 to a house in Newry, sleeping in shifts - when day shift gets up the night shift gets in the same beds.",
  "AC", "OA PLC", "L")
T("Meat plant boning hall: workers told they must buy knives, whites and boots from the supervisor, costs deducted from first two pay packets (£140). Payslips show £0 net pay for first fortnight.",
  "WW", "PPE", "L")
T("Meat plant, Co. Fermanagh. Shift manager raised concerns with HR that two Brazilian workers were doing double shifts six and seven days a week. HR checked: both workers asked for the overtime, are paid time and a half into their own accounts, and have had the working time opt-out explained in Portuguese. Logged, no further action.",
  "", "", "")
T("Worker at poultry plant said the supervisor 'is the one who talks for us' and answers all questions from the agency. When I asked the worker directly the supervisor said 'he doesnt understand English' and the worker looked at the floor.",
  "", "SFW FA", "")
T("Car wash Newtownabbey, 6 male workers, Albanian/Romanian. Worker found asleep in the back store on a mattress next to the chemicals. States he lives here. Hands cracked and bleeding. No gloves. Paid 'when the boss comes'.",
  "AC WW", "SW PA PLC", "L")
T("hand car wash on the shore road the boys working there never seem to go home they are there from 7 in the morning til late at night 7 days a week. one of them has no shoes on just socks in the wet. somebodys running them",
  "EO AC", "LH PA", "L")
T("Car wash visit (PSNI/HMRC/GLAA), Lisburn. Five workers all with right to work, paid via payroll, own accounts, own accommodation. Manager cautioned re lack of eye protection. No indicators of exploitation.",
  "", "", "")
T("Nail bar, Royal Avenue area. Vietnamese female approx 16-17 yrs, working at the back, doesnt speak English. Older male answered every question for her and said she was his niece on holiday. She had no phone and no bag. Referred to Gateway.",
  "AV", "SFW FPE", "L", "high")
T("Intel 3/B/P: Vietnamese nail bar workers in Newry are believed to be living above the shop and are not permitted to leave except on Sundays escorted by the owner's wife. Owes £15,000 for passage via France.",
  "RM DB", "RMS ET OA", "L")
T("Construction site, Titanic Quarter area. Romanian labourers working on scaffolding with no harnesses. Said they live in a house the 'boss' owns in east Belfast, he drives them in every day and takes £20 each for the lift.",
  "AC", "OA CT", "L")
T("IP (Polish male, 58, alcohol dependent) was recruited outside the Welcome Centre with the promise of a bed and cash work. Has been doing groundworks for a family of tarmac layers across Antrim and Down for 18 months. Paid in cans and tobacco. Sleeps in a horsebox. Told he will be 'buried' if he leaves. Lost weight, poor teeth, wearing the same clothes.",
  "AV DEC WW AC IT", "PA PLC", "L")
T("Homeless man found by outreach in a caravan on a yard near Crossmaglen. Says he has worked for the family for nine years laying driveways, 'never seen a penny, they say they keep it safe for me'. Doesn't know what town he's in. No ID.",
  "AV WW ISO", "IS PLC", "L")
T("Farm worker, Co. Derry, Ukrainian, on seasonal worker visa. States the operator takes £50 a week for a caravan shared by six, there is no hot water and the toilet is a portaloo. Works 14 hours in picking season. Operator says they can leave but visa tied to the sponsor so 'leaving means going home'.",
  "AC EO WW AV", "OA PLC LH", "L")
T("Seasonal worker, potato grading shed. Worker complained that the contract said 48 hours but in reality they are doing 70+. Sponsor says hours are voluntary. Workers state they were told 'if you don't do the hours someone else will get your bed'.",
  "EO IT", "LH", "L")
T("Care home in Co. Antrim: Indian nurses recruited on skilled worker visas. Each was told she owes £8,000 'repayment clause' if she leaves within 3 years, and sponsor has kept their BRPs in the office safe. One nurse told RCN rep she works 60 hours a week as she cannot afford to say no.",
  "DB RD EO AV", "DT LH UF", "L")
T("Domiciliary care worker from Zimbabwe, sponsored by an agency in Derry~Londonderry. Paid for 'travel time' nil; the agency deducts £400/month for 'visa repayment'. She shares a two-bed flat with 7 other carers arranged by the agency. Says she is on call 24/7 and has had one day off in 6 weeks.",
  "WW DB EO AC", "OA LH UF", "L")
T("Nurse, 44, works 3 x 13 hour shifts plus bank shifts at the Royal by choice to save for a house. Colleague worried she is exhausted. Occupational health spoke to her. No exploitation; she manages her own rota.",
  "", "", "")
T("Caller says the Chinese restaurant in Portadown has a young lad working in the kitchen who sleeps in the storeroom and they lock the back door at night with him inside. Caller is a delivery driver.",
  "RM AC", "SW RMS", "L")
T("Restaurant kitchen porter (Bangladeshi, 19) told the Salvation Army first-responder that he paid an agent £6,000 for a student visa, was told he would study in Belfast, but was put straight to work in a takeaway in Enniskillen 7 days a week, 11am to 2am, £100 a week cash. Owner has his BRP.",
  "DEC DB EO WW RD AV", "UF LH DT", "L")
T("Hotel, Co. Antrim coast: housekeeping staff from Nepal paid per room cleaned, working out at under £4/hour. Shared accommodation provided by the hotel in the staff block, 4 to a room. Manager says they are 'self-employed'.",
  "WW", "OA", "L")
T("Hotel staff accommodation in Portrush: 20 summer workers (students, mostly Irish and Spanish) in staff house. Crowded but all have contracts, pay in own accounts, free to come and go, and the house is inspected. Complaint was about noise.",
  "", "", "")
T("Factory - Craigavon. Worker says the agency 'owns' them: they pay £350 for the job, then £15 per week 'admin' for the whole year. Supervisor threatens to tell immigration about anyone who complains. 2/B/P",
  "WW IT DB", "UF FA", "L")
T("Warehouse at Nutts Corner, agency staff. Three Roma men collected every morning in a silver Transit (reg HGZ 4518) by a man called 'Dumitru' who also collects their pay slips. Workers said they get 'whatever Dumitru gives'.",
  "WW", "CE NCW", "L")
T("Local shop keeper reports a group of 8 or 9 foreign lads walking to the bus stop at 5am each day and the same lads being dropped back by a white van at 11pm, 'same clothes every day, they buy nothing but bread'.",
  "EO", "CE LH PA", "L")
T("Brazilian meat plant worker in Dungannon. States: 'The man who brought us from Goiás tells us we owe him for the tickets and the house. Every month the debt is bigger. He took my passport to make the bank account and never gave it back.'",
  "DB RD", "DT", "L")
T("GLAA intel: gangmaster supplying labour to vegetable packers in Co. Down is believed to be using workers' identities to claim Universal Credit. Workers' bank cards held by gangmaster.",
  "WW", "NCW MBC", "L C")
T("Trawler skipper, Kilkeel, arrested on suspicion of MSA s1 offences. Six Filipino crew moved to a hotel by Migrant Help. All report skipper shouted and swore at them daily, struck two of them with a rope, would not let them ashore, and withheld 4 months' pay. Crew had been recruited via a Manila agency on promise of £1,500/month.",
  "PSV RM WW DEC", "RMS", "L", "high")
T("Port of Belfast - Border Force stopped two fishermen from Ghana arriving on an Irish-flagged vessel. Paperwork in order, contracts in English which they could read, passports on their own person. No concerns, allowed to proceed.",
  "", "", "")
T("Fishing crew on a scallop boat out of Kilkeel, Egyptian nationals, spoke to mission volunteer. They are paid a share of the catch like everyone else, they go home on leave every 4 months, and they said the skipper is 'good man'. The reason for the call was a dispute over fuel costs. Nothing to suggest exploitation.",
  "", "", "")
T("Crew member says he was told in Indonesia the job would be on a big factory ship with a cabin. In reality it is a 15m trawler, he sleeps in a bunk beside the engine and there is no shower. He has not been paid for 5 months because the skipper says the money is 'held until contract end'.",
  "DEC AC WW", "SW PLC", "L")
T("MSVCC referral, Belfast: Romanian man, 23, learning disability. Brought over by his cousin to work at a car wash in Dundonald. Cousin collects his wages and gives him £10 a week. He says cousin hits him with a belt if he cries. Lives in the cousin's shed.",
  "AV WW PSV AC", "NCW PLC", "L")
T("Our support worker visited the client at the house in Lurgan. She says her husband's friend found her a job at the chicken factory, but the friend meets her at the door every payday and she hands over her card. 'He says this is the rule for the house.'",
  "WW", "NCW", "L")
T("Intel 4/C/P (uncorroborated). Car wash in Strabane workers rumoured to be kept in a container behind the site. Tasking: check.",
  "AC", "SW PLC", "L")
T("Follow-up: container at Strabane car wash checked by NRT. It's a storage container with chemicals; workers live in rented houses in the town, tenancy in their own names, rent paid themselves. Rumour unfounded.",
  "", "", "")
T("Worker at a shellfish processor in Portavogie: 'we are never allowed to go to town alone, the manager's brother drives us to Lidl on Saturday and waits at the door'.",
  "RM", "RMS ET", "L")
T("Portaferry: Vietnamese male found sleeping in a fishing shed at the quay, states he was 'given' to a boat owner by the people who brought him, must work off £20k. Very thin, scared, begs us not to call immigration.",
  "DB AC AV", "SW PA FA", "L", "high")
T("Silage contractor, Co. Fermanagh, employs two Latvian drivers. They work 16 hour days for about 3 weeks in May/June, paid overtime, then normal hours. Neighbour complained about tractors at night. No issues.",
  "", "", "")
T("Mushroom tunnel worker (Hungarian) complained to GLAA that the supervisor fines them £10 if they are 5 minutes late, £20 for talking, and for 'bad picking'. The fines are taken off the weekly pay so some weeks they go home with nothing.",
  "WW", "", "L")
T("Girl, 15, Roma, seen working at a car wash in Larne during school hours. Uncle present, says she is 'helping out'. She said nothing throughout. School confirms she has not attended since Easter.",
  "AV", "SFW", "L", "high")
T("Beef processing plant. Worker shows me a WhatsApp from the 'agent': 'if u leave i will tell ur family in Manaus that u r thief and they pay ur debt'.",
  "IT DB", "", "L")
T("Worker, 39, Portuguese, said he left the meat plant job because he got a better offer in Cork. Agency tried to hold back last week's wages. He kept his passport and phone, no threats. Employment dispute referred to LRA.",
  "WW", "", "")
T("Recruitment advert on Facebook (screenshot from NCA): 'Work in IRELAND fishing, 2000 EUR month, food and room free, no experience, fee 500 EUR for visa'. Number traced to a Ghanaian recruiter linked to Kilkeel crews who later reported being paid £450/month.",
  "DEC WW", "UF", "L")
T("Fisherman: 'We go out Monday, come back Friday, then Saturday we mend nets, Sunday we clean. There is never a day off in 7 months. When I was sick the skipper said I am lazy and took my wages for the week.'",
  "EO WW", "LH", "L")
T("Skipper of the Ardglass boat has told Ghanaian crew that if they go to the ITF inspector he will have them 'blacklisted' and their families back home will never see the money.",
  "IT WW", "FA", "L")
T("ITF inspector Belfast: seven crew on a Northern Irish prawn trawler show salary slips in the name of the skipper's company but the salary goes to an account in the Philippines in the name of the manning agent's wife. Crew say they cannot see the balance.",
  "WW", "NCW", "L")
T("Two fishermen from the Philippines have not been ashore for over 8 months. Skipper takes their shopping list. When the boat is in, they stay below. Mission chaplain says one of them is depressed and has no way of calling his kids.",
  "RM ISO", "RMS IS", "L")
T("Meat plant worker (male, 27, Sudanese, asylum seeker) working cash-in-hand under another worker's name. The other worker keeps the wages and gives him £100/wk. Says he is afraid to complain because of his asylum claim.",
  "WW AV", "NCW FA", "L")
T("Bakery in west Belfast: two Syrian refugees working nights, 12 hours, paid £5/hr cash. They said the owner is 'like family' and they prefer the job. No threats, own documents, own accommodation. Underpayment referred to HMRC NMW team.",
  "", "LH", "")
T("Caravan park manager in Co. Down reports a man renting two static caravans for '12 workers', says they are on a farm, 'a man takes them away at 5 in the morning in a van and brings them back after dark'. Rent paid by the man, not workers.",
  "", "OA CE", "")
T("Tattoo / barber shop, Derry city side. Young Kurdish male (16?) working long hours sweeping up, appears to sleep on the premises. Owner says he's his nephew. Boy was reluctant to speak and kept looking at the owner.",
  "AV", "SW LH FA", "L", "high")
T("Agency worker, chicken catching gang Co. Armagh. Teams work through the night catching birds, go from farm to farm, 18-hour days. The gang leader docks £30 a shift for 'the van'. Several workers have scratches and injuries from the work, no proper gloves or masks.",
  "EO WW AC", "LH CT PPE PA", "L")
T("Referral: Chinese national, 40s, working on a farm outside Omagh, speaks no English, does not know the name of the farm or town. Came via the Republic. Has been working for 'food and a bed'.",
  "ISO WW", "IS", "L")
T("Landscaping firm, Holywood. Romanian lads. Boss takes their ID cards 'for the payroll' and keeps them. They said they asked for them back and he said 'after the season'.",
  "RD", "DT", "L")
T("Intel: POI McCLEAN, Seamus (DOB 12/03/71) supplying Eastern European labour to building sites around Belfast. Workers housed at 3 addresses (Donegall Rd, Tates Ave, Lisburn Rd). Believed to take their bank cards. 3/B/P",
  "WW", "OA NCW", "L")
T("Member of the public - a man working on the building site next door has been there every day for 3 weeks including Sundays, he sleeps in the site cabin. Hes foreign and only has a carrier bag of stuff.",
  "EO AC", "SW LH FPE", "L")
T("Builder from Lithuania sleeps in his van on site in Bangor during the week and drives home to Dungannon at weekends to save money. Self-employed, own business, own van. Neighbour complaint about parking.",
  "", "", "")
T("Forestry worker (Latvian, 48) found by Forest Service staff living in a tent in Gosford Forest. Says his 'employer' took him from Belfast 2 months ago, promised a room, gives him sandwiches once a day, has not paid him. Employer only contacts him by phone and picks him up at dawn.",
  "DEC WW AC ISO", "PLC CE", "L")
T("Support worker notes: client (Moldovan man, 31) says the gangmaster took his phone on arrival 'so you don't get homesick'. Lives at the work site. Gives his daily pay to the gangmaster's wife. When he asked to go home he was told he owes £2,000 for flights, and the gangmaster 'knows where my mother lives'.",
  "ISO WW DB IT", "SW NCW", "L")
T("Tarmac crew stopped by PSNI roads policing on A1 nr Banbridge. Driver ADAMS, Michael. Three passengers (Romanian?) in the back of a pickup, no seats. None had ID. Driver did all the talking. Passengers very nervous. No offences disclosed; intel submitted.",
  "", "SFW FA", "")
T("Grass-cutting crew (Travellers) working a contract in Newry. PSNI checked - all family members, paid, 'lads go home to Dundalk each night'. Nothing further.",
  "", "", "")
T("Young Polish man, 20, told his mum on the phone he was working for a 'company' in Belfast doing roofs; she contacted Lithuanian helpline then PSNI (he's Polish but lives with Lithuanian crew). Mum states he is not allowed to leave the house unless he's with the boss, he has no money and his phone is checked every night. He whispered 'help me' on the last call.",
  "RM ISO WW", "RMS IS", "L", "immediate")
T("Agri-food processor near Cookstown. Packing line workers locked in during shifts; the fire exit is chained 'to stop theft'. HSENI prohibition notice issued. Workers otherwise on contract and free to go home.",
  "AC", "", "")
T("Seasonal fruit picker: 'We sleep in a barn, 30 people, with plastic sheets between beds. One shower. The farmer says if we complain he sends us back and we don't get our wages for the last month.'",
  "AC IT WW", "OA PLC", "L")
T("Worker on a salmon boat says he was made to work with a broken finger because the skipper 'would not waste fuel' to land him. He was in pain for 4 days. Skipper hit him on the back of the head when he stopped.",
  "AC PSV", "PA", "L")
T("CAB adviser, Newry: client is a Filipino deckhand; his contract shows $900/month, the skipper pays him $500 and says the rest is 'food'. Client is afraid of losing the visa.",
  "WW AV", "FA", "L")
T("Pickers at a soft fruit farm in Co. Armagh paid piece rate, top-up to minimum wage applied, houses inspected by council, workers' own bank accounts. Union rep confirms no concerns. Visit was a routine licence inspection.",
  "", "", "")
T("NRT case note: 4 men rescued from a farm near Rathfriland, all Romanian, all had been working 7 days for 3 months for no pay. The farmer's son told them the first 3 months pay off the 'placement'. They had no heating, slept on pallets, ate potatoes. One had a foot injury untreated. They didn't know the address, just 'the farm near the mountain'.",
  "WW DB AC EO ISO", "LH PLC PA IS", "L")
T("Fishing: Ghanaian crew member from a Kilkeel boat told the mission 'the skipper says we are his slaves until the contract finish, if we leave the boat the police will arrest us because our transit visa only lets us be on the boat'.",
  "IT AV RM", "FA RMS", "L")
T("A boat in Kilkeel has been tied up for 6 weeks after the owner went bust. Four Filipino crew are stranded on board, no pay, no food, the water has been cut off. Mission bringing food. Owner not answering calls.",
  "WW AC", "SW PLC", "L")
T("Meat plant (Co. Tyrone) union rep reports agency workers are forced to stand in freezing conditions for 12h without breaks and are shouted at by the supervisor in English they do not understand. Supervisor pushed one worker against the wall.",
  "AC EO PSV", "LH", "L")
T("Hand car wash, Armagh. PSNI/Immigration visit. 4 Iraqi Kurdish males, 2 of whom had asylum claims. They said they were paid £30 per day and lived in a flat above a takeaway arranged by the owner. One disclosed that the owner had told them they would be 'handed to the Home Office' if they spoke to anyone. All four referred to NRM.",
  "WW IT AV", "OA FA", "L")
T("Worker: 'I pay the boss for everything. The bus to farm, £5 a day. The house, £80. The gloves, £3. The knife, £10. At the end of the week I have maybe £40 for 60 hours.'",
  "WW EO", "CT PPE LH", "L")
T("Young man from Eritrea, 17, has been working in a kebab shop in Coleraine since he came from Dublin; sleeps on the floor upstairs; the owner tells him he must not go to the police as he will be sent back. He says he eats only what is left over.",
  "AV AC IT", "SW FA", "L", "high")
T("Mushroom farm, Co. Monaghan / Armagh border. Workers bussed across the border daily from houses in Armagh. Several report the manager keeps their passports 'in case they run to England'.",
  "RD", "DT CE", "L")
T("Dairy farm worker, Co. Antrim. Indian national on skilled visa, milking 4am-8pm, all week. Farmer's wife says he 'loves the cows' and is well fed. He says he hasn't had a day off since he arrived in March and has not been paid the overtime promised.",
  "EO WW DEC", "LH", "L")
T("Fisheries officer - vessel boarded at Portavogie. Engine room crew had no ear protection, no survival suits, and one man had no immersion suit at all. Crew were local and paid a share. Safety report to MCA, no trafficking concerns.",
  "", "", "")
T("Anonymous: the big house on the Carrickfergus road has about 15 foreign men coming and going in vans, must be a gangmaster operation, they never talk to anyone. Checked: HMO licensed, tenants are employees of a named engineering contractor, each has own tenancy.",
  "", "", "")
T("Salvation Army first responder note: PV (Filipina, 38) recruited as a care assistant through an agency in Manila, fee of PHP 250,000 borrowed from a loan shark. On arrival her hours were cut to 15 a week but the agency takes £200 a month 'debt'. She cannot leave because the loan is in her mother's name and the loan shark has called her mother.",
  "DB WW AV IT", "UF", "L")
T("Worker says gang boss photographed every worker's passport and then kept the originals 'for checking'. When asked for it back he laughed.",
  "RD", "DT", "L")
T("Mushroom farm: picker, 60, Lithuanian, died in his caravan. Coroner investigation. Colleagues say he was working 16 hour days picking, the caravan had no heating, gas bottle unsafe. Employer says he chose to work.",
  "AC EO", "LH PLC", "L")
T("Worker in a meat plant in Coleraine said: 'They give us the room, but if we go to the pub or the shop the manager shouts and says we are not allowed, we must stay in the house after work.'",
  "RM", "RMS", "L")
