# fresh256 part 1: labour exploitation (car washes, farms, factories, warehouses) and look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Hand car wash, Bilston Road, Wolverhampton WV2. Source states approx 8 Albanian males work there 0800-2100 seven days a week and are paid £20 a day cash by the boss, nominal Arben KOLA. Workers said to live in flat above the wash. Source believes KOLA holds their passports in the office safe.",
  "EO WW RD", "LH DT OA", "L")
T("Car wash on Dudley Rd, lads there have no gloves, hands red raw, working in the rain all day, never seen them have a break",
  "AC EO", "LH", "L")
T("Routine GLAA licence inspection at a labour provider in Redditch. All 46 workers on PAYE, payslips checked against bank statements, holiday pay accrued, no deductions for accommodation. Workers interviewed alone, no concerns identified. Licence compliant.",
  "", "", "")
T("Caller from Kidderminster says the Romanian men next door get picked up in a white Transit at about 4.30 every morning and don't get back till gone 9 at night. 'There must be twelve of them in a 3 bed house.' Van reg possibly FX17 KLB.",
  "EO", "CE LH OA", "L")
T("Referral received from Herefordshire Council. Seasonal worker on a soft fruit farm near Ledbury (Nepalese national, visa via a scheme operator) reports that she paid £4,000 to an agent in Kathmandu for the job, borrowed from a moneylender at home, and has been given only 9 days of picking in 6 weeks. She says she cannot go home because the debt is still growing with interest and she was told she 'will earn plenty in England'. Caravan shared with 5 others. Referred to scheme operator and GLAA. The worker also reported that the caravan is in good repair and that she has her passport. Her main worry is money for her family. Scheme operator asked to confirm the hours offered and whether she can be moved to a farm with more work.",
  "DEC DB AV", "UF OA", "L")
T("He promised me £80 a day building work. After two months I have £150 total. He says the rest pay for my room and my food and the van. I ask for money he say 'later, later'.",
  "DEC WW", "CT NCW", "L")
T("INFO: Nail bar, High St Walsall. Two Vietnamese females, appear aged around 17, working there late. Man who appears to be owner answers every question for them and would not let officers speak to them alone. They had no ID. Referred to Childrens services and MS team.",
  "AV", "SFW", "L", "high")
T("Welfare check at a residential address in Handsworth: nurse, 34, working 12.5 hr night shifts at City Hospital, 4 on 3 off, neighbours worried as she is never seen. Spoke to her, she is fine, chooses extra bank shifts to save for a deposit. No further action.",
  "", "", "")
T("Factory in Smethwick (food packing). Anonymous complaint that agency staff get £3.50 an hour after the agency takes money for 'house and transport'. Their wages paid into accounts the agency opened, they get cards back only on payday and the gaffer keeps the PINs.",
  "WW", "NCW CT OA", "L")
T("4 workers found sleeping on pallets in the back of a hand car wash on the A41 at Tipton. Mattresses, a kettle, no heating, toilet is a bucket. All said they worked 'from morning until dark'. One had a burn on his arm from the chemical they use for the wheels, no gloves provided.",
  "AC EO", "SW PLC LH PA", "L")
T("Just to say the car wash by Aldi in Worcester is fine, my son works there weekends, they pay him minimum wage into his own account and he has a contract. Someone said online it was slavery, it isn't.",
  "", "", "")
T("STORM log 0412: male called from phone box, poor English, says 'I am at farm, I want leave, boss take my passport, boss say if I go police he kill me'. Location possibly near Bromyard, Herefordshire. Caller cut off. Call back unanswered.",
  "RD IT RM", "DT FA RMS", "L", "immediate")
T("Salvation Army referral. Polish male, 52, alcohol dependent, recruited outside a soup kitchen in Wolverhampton by a couple offering 'work and a roof'. Taken to a house in Bloxwich, given cider daily, made to lay block paving. No wages ever paid, the couple said his benefits paid for his keep and took his bank card. He slept in a shed in the garden. Beaten with a spade handle when he asked to leave in March. He eventually walked out while the couple were at the pub and went to the Wolverhampton night shelter, where staff called the Salvation Army. He has accepted the NRM and is in a safe house. He is under alcohol services and has had an X-ray on his ribs. He has agreed to speak to police.",
  "AV DEC WW PSV AC RM", "NCW PLC PA RMS", "L")
T("Factory unit, Tyseley. Agency worker states he had to buy boots and hi-vis from the supervisor at £45, taken out of first wage. He says he is happy otherwise and has his own passport and bank card.",
  "WW", "PPE", "L")
T("Intel: POI Marius DUMITRU (dob 03/02/1981) believed to be running a gang of 20 plus Romanian nationals at a recycling plant in Oldbury. DUMITRU collects their wages from the firm, keeps £250 p/w each for 'rent'. Workers housed at 3 addresses in Oldbury and West Bromwich. 3/C/P",
  "WW", "NCW OA", "L")
T("Farm near Pershore. Asparagus picking gang. Workers say they're charged £10 a day for the minibus and £70 a week for a bed in a caravan with no running water. Pay slips show deductions taking them below NMW.",
  "WW AC", "CT PLC", "L")
T("Man on the building site in Dudley says he's working 7 days, 6 in the morning to 8 at night, because the boss said he owes £2000 for bringing him from Romania and it gets bigger each week he doesn't pay. He also had £60 taken off him for a hard hat and boots.",
  "EO DB WW", "LH UF PPE", "L")
T("Hairdresser in Telford advertised on Facebook for an apprentice, 16, £4.15 an hour. Parent asking if that is legal. Advised it's the apprentice rate and to check with ACAS. Not a modern slavery matter.",
  "", "", "")
T("GLAA joint visit to a packhouse in Evesham. Of 38 workers interviewed, 11 say a gangmaster called 'Big Sasha' took their ID cards 'to do the paperwork' in April and still has them. They are scared of him, won't say where they live. Pay seems ok via payroll but each hands £100 a week to Sasha in cash for 'debt'.",
  "RD DB IT", "DT FA", "L")
T("Asked lad at the car wash if he was ok and he just looked at the bloke in the hut and said nothing. Same lad every day I go past, same clothes, thin as anything.",
  "", "FA PA", "L")
T("DWP fraud team note: 14 claims for UC all using the same address in Caldmore, Walsall, and the same mobile. Claimants said to work at a bakery. Their UC and wages go into accounts controlled by one man, who withdraws the money at cash points using several cards.",
  "WW", "NCW MBC OA", "L C")
T("Restaurant kitchen, Broad Street. Chef recruited from India on a skilled worker visa; sponsor takes back £600 of his £2,200 monthly salary in cash, said he must repay the 'Certificate of Sponsorship cost'. He works 70 hours with one day off a fortnight. Afraid if he complains his visa will be cancelled and he'll be deported.",
  "WW DB EO AV IT", "UF LH FA", "L")
T("bloke on farm by leominster got about 30 foreign workers in 4 static caravans no toilets they go in the hedge, been like it all summer",
  "AC", "OA PLC", "L")
T("Hi, I manage a hotel in Worcester. Our cleaning contractor's staff arrive together in a van at 6, leave 10pm. They never have lunch. One girl told my receptionist she wasn't allowed a phone. I'm worried.",
  "EO ISO", "CE LH IS", "L")
T("PNC/PND checks on workers at a warehouse in Wednesbury following an immigration enforcement visit: all had right to work, all paid via payroll into own accounts. Two overstayers found; both said they found the job themselves and were not controlled by anyone. Dealt with by Immigration Enforcement.",
  "", "", "")
T("Case note (MSVCC support worker): Client V, Romanian, 41. Recruited in Craiova by a man offering factory work in Birmingham at £400/week. On arrival he was taken to a house in Small Heath with 14 men, ID card taken 'for safe keeping', and told he owed £600 for the minibus from Romania. Worked at a car wash and later a scaffolding firm; never received wages as 'everything goes on the debt'. Client says he was told his daughter in Craiova would be visited if he caused trouble. Left when a customer gave him the Salvation Army helpline number. Reports flashbacks and poor sleep. Client has been supported to register with a GP in Sparkhill and has an appointment with an immigration adviser next week. He has agreed to speak to police and an ABE interview is being arranged with a Romanian interpreter. Safety plan reviewed; client is staying at the safe house in Birmingham and understands how to contact his support worker out of hours.",
  "DEC RD DB WW IT", "DT OA UF NCW", "L")
T("Vietnamese boy, 15, found working in a nail salon in Hereford city centre at 10pm on a school night. Says he lives with 'auntie' who owns the shop. Does not attend school. No documents. Auntie says he is visiting and helping out. Strategy meeting requested.",
  "AV EO", "LH", "L", "high")
T("Anon: the chicken factory in Hereford makes them do 16 hour shifts and if they say no they're sacked same day",
  "EO IT", "LH", "L")
T("Construction site, Edgbaston. HSE visit found workers on the roof with no harnesses, no edge protection. Workers Bulgarian, paid by the day. Site supervisor stated all paid cash £120/day, workers confirmed. Prohibition notice. No trafficking indicators noted.",
  "", "", "")
T("Sorry bad English. My cousin he in England, Stafford? No I think Telford. The man who bring him keep him in house lock door when go out and he work at car clean. He message me only one time from other man phone. Please help my cousin.",
  "RM ISO", "RMS IS", "L")
T("INT 3/B/P: Source states male known as 'BOSS ALI' supplies workers to several hand car washes in the Sandwell area. Workers believed to be Kurdish Iraqi asylum seekers, told they'll get 'papers' if they work for him. Paid £30 a day. They sleep in a unit at the back of the Great Bridge site.",
  "DEC AV WW", "SW", "L")
T("Seasonal worker at a fruit farm near Tenbury Wells contacted the helpline. Says the farm is great, the supervisor is fair, but he's homesick and wanted to know how to change jobs on his visa. Signposted. No exploitation.",
  "", "", "")
T("Referral by Wolverhampton Council housing officer: HMO in Whitmore Reans has 19 men registered under one tenancy. Landlord says the tenant is a 'labour company'. Rooms have 4 mattresses each, black mould, one cooker for all.",
  "AC", "OA PLC", "L")
T("Farm worker near Hereford stated 'we work until the light is gone, then go back to the caravan and sleep, every day, no Sunday'. He said he has not been paid for three weeks as the farmer says the supermarket hasn't paid him yet.",
  "EO WW", "LH", "L")
T("Two men walking along the A49 at 2am near Leominster, no coats, wet through. Said they had run from a farm because the man there hit them and took their phones. They did not know the address. Taken to Hereford station, MS duty officer informed.",
  "PSV ISO", "IS PA", "L")
T("Sandwich factory, Aston. Female worker says recruitment agent in Bucharest charged her €300 for job and travel. Job is as described, pay is minimum wage. She says she has paid it off and is free to change jobs.",
  "", "UF", "")
T("INFO: nominal Tomasz NOWAK known to pick up Polish homeless men from the Wolverhampton night shelter, drives them to farms in Shropshire for picking. Takes their pay from the farmer direct. Men return with nothing. One told staff he was 'just grateful for the food'.",
  "AV WW", "NCW", "L")
T("Garage in Brierley Hill, MOT centre. Staff all have contracts, hours 8-5. Report made by ex-employee in a pay dispute about overtime. Referred to ACAS. No MS concerns.",
  "", "", "")
T("I come to England for job in factory. In airport man take passport, he say for register. Now I work in carwash, no factory. I not see passport. They say I owe £3000 for plane and house. I am scare.",
  "DEC RD DB", "DT UF FA", "L")
T("Car wash, Merry Hill area. Workers looked exhausted and filthy, one limping badly. When asked, a man in a BMW answered for them all and said they're his cousins. None would make eye contact.",
  "", "SFW PA FA", "L")
T("GLAA intel: gangmaster licence holder in Worcester suspected of supplying unlicensed workers to a poultry catching team. Catchers are moved between farms in Powys and Herefordshire overnight in a Luton van, doing 20 hour shifts, sleeping in the van between farms. £50 taken per shift for 'transport'.",
  "EO AC WW", "LH SW CT ET", "L")
T("My dad works loads of hours at a factory in Walsall, like 60 a week, he's not forced he just wants the overtime for our Christmas. Someone at school said that's slavery lol",
  "", "", "")
T("Intel 2/A/P: The owner of the Dudley car wash (nom Ardit HOXHA) keeps the 6 workers' passports and says he will report them to immigration if they leave. Workers sleep in a portacabin on site. HOXHA drives them everywhere.",
  "RD IT AC RM", "DT SW ET FA RMS", "L")
T("Call from staff at Telford bus station: 3 men, no English, with a piece of paper showing a farm address near Shrewsbury, said 'job' and showed a text from a number promising £90 a day. When staff rang the number it was disconnected. Men had no money. Passed to Shropshire team for welfare check.",
  "", "", "")
T("Statement extract: 'I worked for Mr SINGH in his factory in Walsall for four years. He paid me £100 every month. He said he was keeping the rest safe for when I go back to India. I never saw payslips. He keep my passport in his drawer. I sleep on floor in the storeroom.'",
  "WW RD AC", "DT SW NCW", "L")
T("Hand car wash at Kingswinford closed by council for planning breach. Staff all had right to work, paid NMW via payroll. No safeguarding concerns raised.",
  "", "", "")
T("Customer noticed car wash worker at Stourbridge with black eye and cut lip, other lads said 'he fell'. Boss shouted at them in their language and they went quiet.",
  "", "PA FA", "L")
T("Referral from Citizens Advice Hereford: Bulgarian couple employed on a vegetable farm were told their pay of £12/hr would be 'averaged' and have been paid £150 each per fortnight for ~60 hrs/week. The recruiter who brought them, known only as 'Georgi', holds their ID cards and the bank cards for accounts he opened for them. They are afraid to speak to anyone because Georgi said he knows their family in Sliven. The couple have asked that their names are not passed to the farm. They want to get their ID cards back and go to another job. CA adviser has given them the helpline number and will refer to the GLAA and West Mercia today.",
  "DEC WW EO RD IT", "LH DT NCW FA", "L")
T("Ladies in the nail bar on Corporation St work from 9am to 10pm, I go there a lot, they are always there. They told me they only get paid tips.",
  "EO WW", "LH", "L")
T("Woman at food bank in Worcester says her partner works nights at a distribution centre and is knackered, wanted advice about working time regs. Explained the 48hr opt out. No MS concerns.",
  "", "", "")
T("INFO: Kurdish male, 19, working at barbers in Soho Road. Says his uncle brought him to UK and he must work for free for two years to pay back. Sleeps in the shop on a camp bed.",
  "DB WW AV", "SW", "L")
T("Workers on a daffodil farm near Ross-on-Wye told the GLAA they'd been told they were going to a hotel job. They had no protective gloves; several had sap burns on their hands.",
  "DEC AC", "PA", "L")
T("Recycling yard, Bloxwich. Men are locked in the yard overnight by the owner, who leaves at 7pm with the keys. They have a shipping container to sleep in. No toilet. Owner says they are 'security'.",
  "RM AC", "RMS SW PLC", "L", "high")
T("Email from a member of the public: I bought a sofa from a factory in Walsall and the man who delivered it was so tired he fell asleep in my lounge. He said he started at 5am and would finish at midnight and had been doing this for months. He didn't want me to report it.",
  "EO", "LH FA", "L")
T("Intel 3/C/P: Van WX19 PTY seen at 05:15 at the Lidl car park, Bromsgrove, picking up 9 males. Each handed the driver cash. Believed to be charged £15 a trip to farm work in Evesham.",
  "", "CE CT", "L")
T("Chinese takeaway, Bridgnorth. Member of staff, 58, Chinese national, speaks no English. Lives upstairs. Has worked for the owner for 11 years, sends money home, holds her own passport, is on payroll. Neighbour's concerns unfounded.",
  "", "", "")
T("He has my ID card. He says if I want it I must work another month. Then another month. It never come back. Every day I work 14 hours at bed factory.",
  "RD EO", "DT LH", "L")
T("Labourers at a demolition job in Wolverhampton say they were hit by the foreman when they stopped for water. One showed a bruise on his back. They are paid £40 a day, cash, which is less than half what was promised in the WhatsApp advert.",
  "PSV DEC WW", "PA", "L")
T("Neighbour at a house in Tividale: 'Van comes at silly o'clock every day and takes all the blokes out. They look so thin and tired and they're in the same clothes every day.'",
  "", "CE PA", "L")
T("Agency worker at a Daventry-style warehouse outside Telford had pay deducted for 'late' and 'toilet breaks over 5 mins', £90 in one week. He has his own bank account and documents. Referred to the Employment Agency Standards Inspectorate.",
  "WW", "", "L")
T("Sikh temple volunteers have reported that a man who sleeps at the gurdwara in Smethwick works every day unpaid at a relative's shop. He told them he 'must' because his family lent him money for the journey from Punjab and it is now £9,000. His relative holds his passport.",
  "WW DB RD AV", "DT UF", "L")
T("Car wash workers in Hereford are fine now. Revisited following March report. New owner, all staff on contracts, had own passports and phones, said they can come and go. Closing the intel log.",
  "", "", "")
T("Brick-making yard near Kidderminster: Romanian men paid £2 per 100 bricks, carrying loads without gloves or masks in heavy dust. Work until dark. Their boss keeps their ID cards 'for the agency'.",
  "WW AC EO RD", "LH DT", "L")
T("Anon online report: Lads at the car wash on Hagley Road sleep there in the cabin, i've seen them brushing their teeth outside in the morning. boss picks up the cash every night.",
  "AC", "SW", "L")
T("Officer note from traffic stop on M5 J7: Ford Transit, 11 male occupants (seats for 9), Romanian, going to a packhouse. Driver had all 11 ID cards in the glovebox. Passengers said they pay him £80 a week for the lift and a bed. One said he does not know the address where they live.",
  "RD ISO", "DT CT ET IS OA", "L")
T("Farm in Herefordshire reported for animal welfare. Farmer's son works long hours lambing, lives at home, paid. No concerns.",
  "", "", "")
T("Female worker in laundry in Ladywood said in Arabic (interpreted) that the manager screams at them, threatens to call the Home Office, and locks the fire exit so they can't leave before the shift ends.",
  "IT RM AC", "RMS FA", "L")
T("Leather goods workshop, Digbeth: cramped upstairs room, 9 sewing machines, workers paid £2-£3 an hour, some sleep under the tables. Owner's son translated for all of them and said they were family.",
  "WW AC", "SW SFW", "L")
T("I'm ringing about my brother in law. He came from Lithuania to work on a farm by Hereford. Now the farmer says he owes £1200 for rent and flights and every week it goes up because they charge him for food. He can't leave till it's paid. He sounds terrified on the phone.",
  "DB RM", "UF FA RMS", "L")
T("Caller states a man in a hi-vis jacket has been going up to people at Wolverhampton train station offering 'cash jobs' and then driving off with them. Caller thinks it's dodgy but couldn't say more. No further details, no vehicle. Logged.",
  "", "", "")
T("Sandwell Council environmental health: takeaway in Oldbury, kitchen porter found living in the cellar with a mattress next to the freezers. He works every day from 11am to 1am. He said the owner pays him 'when there is money'.",
  "AC EO WW", "SW LH PLC", "L")
T("Ukrainian woman working on a Worcestershire farm under a sponsor scheme: sponsor charging her £60/wk for a bunk in a shipping container and collecting her first 4 weeks' wages as a 'deposit' which he has not returned.",
  "WW AC", "PLC", "L")
T("Worker at Telford factory says she was told by her supervisor that she'd lose her job if she didn't do overtime every Saturday. Checked: contract allows reasonable overtime, paid at time and a half. Employment matter not MS.",
  "", "", "")
T("Intel 2/B/P: 'KRYSTIAN' runs groups of Polish workers out of a house in Darlaston. Source saw him slap a worker across the face outside the house for 'being slow'. Workers are driven to and from work in his Vauxhall Vivaro.",
  "PSV", "ET", "L")
T("Asian supermarket in Soho Road. Shop assistant, 22, from Bangladesh on a student visa, working 50+ hrs a week, paid £200 cash. Owner says he has 'helped him'. Student says owner told him he would tell the Home Office he breached his visa if he complained.",
  "EO WW IT AV", "LH FA", "L")
T("Polish man at Wolverhampton homeless shelter says he worked at a farm in Shropshire all summer and was paid properly, now laid off for winter. Just needs housing. No MS indicators.",
  "", "", "")
T("Packing factory, Leamington-side of Warwickshire border, workers recruited in Birmingham. Each paid an 'admin' fee of £250 to a recruiter outside the job centre for an agency job that does not exist; recruiter now uncontactable. Fraud referral to Action Fraud.",
  "DEC", "UF", "")
T("Case review: Male from Eritrea, 23, found at a car wash in Walsall during Op AIDANT day. Had been working for 3 weeks, 12-hour days, sleeping in the back. Said boss took his phone when he arrived so he couldn't 'waste time'. Accepted NRM referral.",
  "EO AC ISO", "LH SW IS", "L")
