# fresh252 part 1: labour exploitation, hours, shifts, dangerous work; benign hard workers
P = []
def T(text, ind="", sig="", typ="", risk=None): P.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source states males working at Sunnyfield Packhouse, Boston PE21, are doing 14 hr shifts 7 days a week. Minibus collects them from Tower Rd at 0430 and returns after 2000. Source believes they get no days off at all.",
  "EO", "LH CE", "L")
T("Nurse on ward 12 said she'd done four 12.5 hour nights back to back and was shattered but it's her own choice, she picks up bank shifts to save for a house. No concerns. She was reporting that her car had been keyed in the hospital car park. Crime reference issued. She has her own flat in Harborne and said the ward manager is good about leave.",
  "", "", "")
T("Worker at the recycling plant lost two fingers in the baler. No training given, no gloves, told to clear the jam while the machine was live. Supervisor told him to go home and not ring an ambulance because he's 'not on the books'.",
  "AC", "", "L")
T("Caller reports lads at the hand car wash on Derby Road, Nottingham, working in the freezing cold with no coats or gloves, hands cracked and bleeding, there from 8am to 8pm every day incl Sundays. Thinks they sleep in the portacabin out back.",
  "AC EO", "PA LH SW", "L")
T("farmer down the lane has had his lights on in the field til midnight all week doing the harvest, him and his two sons. its just harvest time i know but the noise is doing my head in",
  "", "", "")
T("Referral from Salvation Army (MSVCC). Adult male, Romanian national, 34. States he was recruited in Bacau by a man called 'Nicu' who promised £10/hr in a bakery. On arrival in Corby he was put to work in a meat processing unit on nights, 6 nights a week, 12 hours a shift. The 'boss' kept his ID card 'for the agency'. He was told he owed £600 for the coach and the room and that this would be taken from his wages. In eight weeks he has received £120 cash. He shared a 3-bed house with 11 other men, mattresses on every floor. He did not know the address when first asked. He was told if he went to the police they would have him deported.",
  "DEC EO RD DB WW AC ISO IT", "LH DT UF OA IS FA NCW", "L")
T("Junior doctor, 28, came in about a noise complaint against her neighbour. Mentioned she'd just finished a 13-hour on-call shift at the QE and had three more that week. Normal rota for her specialty. No issues raised. The neighbour plays music late when she is trying to sleep between shifts. Advised to keep a diary and contact environmental health.",
  "", "", "")
T("Factory worker told us: 'We stand at the line 12 hours, one toilet break, if you go twice they shout and take £20. No masks with the chemicals, my eyes burn all day. I work every day, Monday to Monday.'",
  "AC WW EO", "LH", "L")
T("POI JANKOWSKI, Pawel is believed to be running a gang of approx 15 workers laying block paving across Cheshire. Workers housed at 4 Meadow Close, Winsford CW7 in a caravan and outbuildings. Intel suggests they work dawn till dusk 7 days, paid £20 a day with the rest 'kept for rent'. INT 3/C/P.",
  "EO WW AC", "OA PLC LH NCW", "L")
T("Lorry driver stopped on the M6 at Sandbach services. Tacho shows he exceeded his daily driving time by 2h40. Driver is employed by a legitimate haulage firm, paid properly, says he was trying to get home for his daughter's birthday. Fixed penalty issued. No exploitation concerns.",
  "", "", "")
T("Kitchen porter at the takeaway says he has not had a day off since March. 'Boss says restaurant never closes so I never close.' Sleeps on a camp bed in the storeroom.",
  "EO AC", "LH SW", "L")
T("GLAA inspection, Fenland. Pickers on the brassica field were working in heavy rain with no waterproofs; gangmaster deducts £5 per day for 'equipment' (gloves and knife). Workers say they start at 5, finish when the field is done, sometimes 9pm. Transport to the field deducted at £8 a day each way. Licence holder could not produce timesheets.",
  "AC WW EO", "PPE CT LH", "L")
T("Self-employed plasterer, works 70 hrs a week most weeks, says he likes the money and is saving to buy a van. Spoke to us as a witness to a burglary next door. Nothing further.",
  "", "", "")
T("MSHT referral (LA children's services): 16yo boy from Albania found working at a car wash in Dudley. Says he works 'all day every day' and is given food but no money. Man who brought him says he's his cousin and answered every question for him. Boy appeared very thin and wore flip-flops in the wash bay.",
  "AV EO WW AC", "LH NCW SFW PA", "L", "high")
T("caller says theres a girl in the house next door who does all the cleaning cooking and looks after 3 kids, up before 6 and still hanging washing at 11 at nite, never goes out on her own, the mum shouts at her all the time and caller has never seen her with a phone",
  "EO RM ISO", "LH RMS IS", "D")
T("Warehouse operative, agency worker, complained to ACAS that he was asked to do a 60-hour week during peak. He was paid overtime at time and a half and could refuse. He is not claiming exploitation, he is unhappy with management. Passed to employment rights helpline.",
  "", "", "")
T("Victim account (via interpreter): 'Every day we go to the chicken farm at 3 in the morning. We catch chickens in the dark, they scratch our arms, no gloves. Sometimes 18 hours. They drive us in the van with no seats. When Marius hit Andrei with the stick because he was slow, nobody did anything. We did not know the town. I have no phone, Marius has all the phones.'",
  "EO AC PSV ISO", "LH CE IS PA", "L")
T("Licensing visit to the Golden Dragon: staff records checked, all staff have right to work, rotas show 40-45 hours with two days off. Chef works long hours but is the owner's son and a partner in the business. Satisfactory. Fire exits clear, kitchen clean, staff room with lockers. Premises licence conditions met. Next inspection in 12 months.",
  "", "", "")
T("Males seen being dropped off at Unit 7, Hallam Industrial Estate, by a white Transit KN19 XTR at 0500, collected 2100. Same 8 males every day including Sat and Sun. Appear to be wearing the same clothes each day. Unit 7 has no signage. Business rates records show it is leased to a company dissolved in 2022. Observations by PCSO 7731 over 5 consecutive days.",
  "EO", "CE LH PA", "L")
T("Debrief note: he said they worked in the bottling plant on the night shift and then were told to go straight to the farm for the day. 'Twenty hours sometimes, and then sleep in the van.' He burned his arm on the steam pipe, no treatment, the foreman put toothpaste on it.",
  "EO AC", "LH SW", "L")
T("Young woman (19) working as a live-in nanny for a family in Hampstead. Her contract is 45 hrs a week, she has her own room and Sundays off, keeps her own passport and goes to college on Wednesdays. Her mum rang us worried because she hadn't phoned home, but she was just busy. Safe and well.",
  "", "", "")
T("She was on call 24 hours for the old man. She said 'I sleep on a chair next to his bed, if he wakes I must get up, every night, two years. No holiday. They pay me £200 a month and say the rest goes to my family in Manila but my family say they have nothing.'",
  "EO WW AC", "LH NCW", "D")
T("Anon report: fishing boat out of Newlyn, crew from Ghana and the Philippines are kept on board in port and not allowed ashore, work 20 hour days when out, skipper holds their passports. Caller said he works on the quay and has seen the men waving from the deck asking passers-by for cigarettes and phone credit. Passed to Devon & Cornwall MSHT and the MCA.",
  "RM EO RD", "RMS LH DT", "L")
T("Welfare check on an elderly farmer in Powys who hasn't been seen at the market. Found well, working flat out lambing, up every two hours through the night. Said 'it's like this every spring'. Gave him the number for the farming help line anyway.",
  "", "", "")
T("INT 2/A/P. Nail bar at 112 High Street, Luton LU1 is open 9am-9pm 7 days. Female staff (Vietnamese) arrive together in a silver Toyota driven by male known as 'Anh' and leave together at closing. Staff are not seen outside the shop at any time during the day, eat inside. Believed to live above the premises.",
  "EO RM", "LH ET RMS SW", "L")
T("Man came into the front counter with burns to both hands. He said he had been cleaning industrial ovens with a caustic cleaner, no gloves, no goggles, for a firm that pays him cash. He said the boss told him 'if you go to hospital say you did it at home or you are finished here'. He works 6 till late, every day.",
  "AC IT EO", "PA LH", "L")
T("Three HGV mechanics at Stoke garage working a 4-on-4-off 12-hour pattern. Union rep confirms pattern agreed with staff, paid at correct rates. Noted during unrelated inquiry into a stolen trailer. All three drive their own cars to work and were happy to chat to officers about the theft.",
  "", "", "")
T("Worker at the poultry factory says the line speed is so high people faint in the heat. No water breaks. Deductions for 'lateness' of £50 if the bus is late, even though the agency runs the bus. 'We are machines to them.'",
  "AC WW", "", "L")
T("Call handler log 14:32: male caller, poor English, says 'I work mushroom farm, no sleep, work work work, boss take money, I want go home, he say no go'. Location given as near Ashford, Kent. Caller ended call. Attempts to call back unanswered.",
  "EO WW RM", "LH NCW RMS", "L")
T("Sixth-former working weekends at her dad's chip shop, about 16 hours across Sat and Sun. Gets paid, goes to school, family business. Raised in passing by school nurse. No concern.",
  "", "", "")
T("Construction site, Salford Quays. HSE visit after an anonymous complaint about 'lads working at height all hours'. All four workers harnessed, edge protection in place, CSCS cards checked, all on payroll with the subcontractor (Rapid Build NW). Late finishes were a one-off concrete pour. Complaint unfounded.",
  "", "", "")
T("Victim states he was told he would be paid £400 a week in a factory. Instead he was put on a building site in Leeds, carrying blocks all day. 'They said the money is for the debt first. The debt is always bigger.' He worked from 6am until dark with no lunch. Injured his back, still made to work.",
  "DEC DB AC EO WW", "LH", "L")
T("Patient at A&E (Royal Stoke) with chemical burns to the lower legs. Interpreter used. Says he stood in a tank of cleaning fluid at a food plant, no boots given. Gave his employer as 'Dan'. Became anxious when asked for his address, said Dan would be angry if he spoke to anyone. Left before treatment completed.",
  "AC", "PA FA", "L")
T("I work in the laundry. We start 5 and finish 10 at night. No Sunday. The iron machine is very hot, 40 degree in the room, the girls fall down. The boss lady say if we complain she tell Home Office.",
  "EO AC IT", "LH FA", "L")
T("Report from Citizens Advice: client works at a care home in Kent on a Skilled Worker visa. Employer requires 'sleep-in' shifts after a full day so she is effectively on duty 36 hours at a time, several times a week. Employer charged her £8,000 'sponsorship fee' and says she must repay £5,000 if she leaves before 3 years. She is afraid to complain in case the visa is cancelled.",
  "EO DB IT AV", "LH UF FA", "L")
T("PCSO note: saw approx 10 men sleeping in a shipping container on the land behind the scrapyard off Mill Lane, Bradford. Sleeping bags on pallets, no toilet, no heating. Spoke to one who said they work in the yard. Couldn't tell us the name of the town.",
  "AC ISO", "PLC OA SW IS", "L")
T("Sous chef at a Michelin-starred restaurant in Bray describes 16-hour days in service weeks as 'the industry'. He's paid a salary, has two days off, and is talking to us about a stolen bike. No further action. Bike was taken from the staff bike rack behind the kitchen; CCTV requested from the restaurant.",
  "", "", "")
T("Intel: Kurdish males working at barber shops across Sunderland are believed to be working 7 days a week, 10am-10pm, and living above the shops. Boss 'Hawre' collects them. Owed money for being brought to UK in a lorry. INT 3/B/P.",
  "EO DB", "LH SW UF ET", "L")
T("Chef on 80-hour weeks at a curry house in Bradford, visa sponsored. Says he has not been paid for 4 months, boss keeps saying 'next week'. Lives in the flat upstairs with 5 other staff. His passport is 'kept in the safe for the visa people'.",
  "EO WW RD", "LH SW OA DT", "L")
T("sorry to bother u but the lads at the tyre place on Bury new rd work mad hours and sometimes there still there at 1 in the morning and theres a young one looks about 14",
  "EO AV", "LH", "L", "high")
T("Family doctor in a rural Cumbrian practice covers out-of-hours himself as there's no locum. Works every weekend in winter. Complaint made by a patient about a delay, not relevant to MS. NFA. He is a partner in the practice and said he would prefer more help but cannot recruit. Complainant informed that this is a matter for the GMC or NHS England.",
  "", "", "")
T("Welfare visit, Portakabin at Moss Farm, Ormskirk. 6 Bulgarian workers. Heater broken since October, condensation, mould on walls, one cooker between 6. Workers say they're paid correctly via the farm payroll, have bank cards and passports, and can leave when they want. Farmer agreed to fix heating. Poor housing referred to LA environmental health; no indicators of forced labour.",
  "", "PLC", "")
T("Intel log: females at massage parlour 'Orchid Spa', Hanley, are working 14 hr days and have been seen sleeping on the massage tables. Men attend through the back door until 3am. One female observed with bruising to arms. INT 2/B/P.",
  "EO PSV AC", "LH SW PA", "S")
T("Victim said she worked at the hotel cleaning rooms, 35 rooms a day, paid by the room, which worked out at about £2 an hour. 'If we don't finish we stay until we finish, no extra money.' Agency took £60 a week for the shared room and £15 for the minibus.",
  "WW EO", "CT LH", "L")
T("Debrief: 'I did not have a day off for 11 months. Not one day. When I was sick with a fever I still went. He said if you don't go you pay £100.' Later in interview says he was kept at a house in Kettering and only allowed to go to the shop with another worker watching him.",
  "EO DB RM", "LH RMS ET", "L")
T("Student, 20, in Sheffield does two jobs: bar work and a warehouse shift, roughly 50 hours a week, to pay rent. Found collapsed from exhaustion in the city centre. Says no one is forcing her, she's just skint. Referred to uni welfare. No exploitation.",
  "", "", "")
T("Worker at the pallet yard had his foot crushed by a forklift driven by the gaffer's son who had no licence. No first aid kit, no steel toecaps. Told to 'walk it off'. Works there 6 days, paid cash £40 a day, lives in a caravan on site.",
  "AC", "SW", "L")
T("Adult male presented at the Job Centre in Grimsby confused and scared. Staff think he is being exploited at a fish processing plant. Says he works 'from dark to dark', hands are cut and swollen from the ice and knives, and a man takes him to the bank each Friday and keeps the card.",
  "EO AC WW", "LH PA NCW ET FA", "L")
T("Poss MSHT, Bristol: man known as 'Big Dave' is believed to be using homeless men from the shelter on Jamaica St on his roofing jobs. Pays them in cider and a bed in his garage. Men are on the roofs with no harness. One fell last month and was dumped at the BRI.",
  "AV WW AC", "OA", "L")
T("Farm worker in Herefordshire on a Seasonal Worker visa: states he picks strawberries in polytunnels where it gets to 40°C, no shade breaks, 11 hour days. He chose to sign up, and wants to come back next year, but says the water in the caravan site has been off for 3 days. GLAA informed for welfare follow-up.",
  "AC", "PLC", "L")
T("Woman (52) on the phone to Modern Slavery Helpline: her son in Poland was offered warehouse work in Northampton. Now he texts saying they work every night and sleep on the warehouse floor between shifts, the agency man has his passport 'for registration', and he owes £900. She can't reach him since Tuesday.",
  "EO AC RD DB", "LH SW DT UF", "L")
T("PC 4412 note: Stopped Ford Transit WU17 PLO on the A17, 9 males inside, no seats in back. Driver said taking them to 'the daffodil fields'. Males appeared cold and tired, none spoke English, driver answered all questions on their behalf. Time 0445.",
  "", "CE SFW", "L")
T("GP surgery raised concern: patient (Romanian, 41) has repeated crush injuries to his hands over six months, says he works at a scrapyard. Says he is paid well and goes home to his wife every night. He has gloves and boots from work and says the injuries were his own carelessness. No further concern.",
  "", "PA", "")
T("Source says the car wash on the A38 makes the lads work 'til the last car' and then they clean the place til midnight. If it rains they don't get paid at all. Lads sleep in the back room on cardboard.",
  "EO WW AC", "LH SW PLC", "L")
T("My husband works offshore, two weeks on and two weeks off, 12-hour shifts. He was injured on the rig and the company is investigating. I'm only ringing because I'm worried the insurance won't pay out. He's on a proper contract with a big operator and they've been really good to be fair, it's just the waiting. Sorry if this is the wrong number.",
  "", "", "")
T("Victim of labour exploitation (Vietnamese, 17, treated as a child) found at a cannabis grow in Chesterfield. Said he had to water plants day and night and sleep next to the lamps, had to wear a mask that did not fit, fumes made him sick. Door was locked from the outside. Had not been out for 3 months.",
  "AV AC RM EO ISO", "SW RMS LH IS", "C", "high")
T("Bakery in Walsall: staff sign in at 2am, legitimate nightshift allowance, all on PAYE. Inspector visit for food hygiene. Noted as low risk.",
  "", "", "")
T("Intel suggests workers at a furniture factory in Leicester LE4 are working with glue and spray paint in an unventilated room for 13 hours a day and are paid £2.50/hr. The manager tells visitors they are 'family'. INT 3/B/P. Source is a delivery driver who collects finished sofas from the unit twice a week and has spoken to some of the workers, who told him they come from Pakistan and India.",
  "AC EO WW", "LH", "L")
T("The au pair agreement says 25 hrs a week. Au pair (Spanish, 22) says host family make her do 60+ and call her in the night to settle the baby. She has her own passport and phone and says she will just leave at Christmas. Advice given; low-level concern about employment practices.",
  "EO", "LH", "D")
T("He said 'There is no Sunday in this job.' Four of them live in the cab office, sleep on the sofa and chairs, drive in shifts around the clock. Owner takes 'commission' of 70% of their fares and the car rent on top.",
  "EO WW AC", "LH SW", "L")
T("Caller (anonymous) says workers at the frozen food store in Grimsby are in the freezers at -25 wearing jeans and hoodies for hours. No thermal gear supplied unless they pay £40 to the supervisor. Caller says she used to work there and left because of the cold. She thinks most of the workers are new arrivals from Romania who are too scared to complain.",
  "AC", "PPE FA", "L")
T("Case notes 12/03: client (Eritrean, 24) now in safe house. Describes nine months at a restaurant in Manchester: 'I worked 7 in morning to 2 at night, I sleep in the kitchen on the floor, the boss say I owe him for the boat and the lorry, £4,000, and I pay with my work. He never gave me money. He said he has friends in Home Office and he will call them.' Burn scars on forearms from fryer. Client very anxious about police involvement. Client was able to name the restaurant and draw a rough plan of the kitchen and storeroom. He has asked about contacting his sister in Asmara; support worker to look into Red Cross family tracing. Solicitor appointment booked for Friday regarding his asylum claim. Next contact 19/03.",
  "EO AC DB WW IT", "LH SW UF PA FA NCW", "L")
T("Traffic stop: minibus carrying 14 agency workers to Bakkavor at 0540. Correct seats, driver licensed, workers confirm the bus is free and they're paid by the agency directly. Routine stop, no concerns. Vehicle MOT and insurance valid. Workers were chatting and one offered the officer a biscuit. Driver given advice about a cracked wing mirror.",
  "", "", "")
T("Report via Unseen: young Polish woman working at a guesthouse in Blackpool. Cleaning, laundry, kitchen and reception, 7 days, 'from when the first guest wakes to when the last one sleeps'. Owner holds her ID card. She gets £50 a week 'pocket money'.",
  "EO RD WW", "LH DT", "L")
T("Man found in the canal at Tipton said he had been working at a foundry, 'hot metal, no mask, no boots, every day'. He jumped in because he said 'they will kill me, I lost their money'. Taken to hospital. Said his boss was a man called PETROV.",
  "AC EO IT", "LH", "L", "immediate")
T("Fire service inspection, Peterborough: 22 mattresses in a 3-bed terrace, extension cables everywhere, workers from a packhouse. Landlord is the packhouse's labour supplier. Some workers said rent of £80 p/w comes off their wages before they see it. Prohibition notice served on the top floor. Referred to the council's HMO licensing team and to the police MSHT coordinator for intelligence checks on the landlord.",
  "AC WW", "OA PLC NCW", "L")
T("Teacher raising concern about pupil (14) falling asleep in lessons. Mum works three cleaning jobs. Pupil helps on the milk round with his uncle at 4am two days a week. Family circumstances, no exploitation. Early help offer.",
  "", "", "")
T("Intel: 'Rob' runs a gang of tarmac workers. Recruited from soup kitchens in Glasgow and brought down to Lincolnshire. They work 12-14 hours laying drives, no masks for the hot tar. Told they are 'paid at the end of the season'. One man says he was kicked by Rob when he asked for money. INT 3/B/P.",
  "AV EO AC WW PSV", "LH", "L")
T("I was doing the night shift in the factory and then the day shift at the car wash. The boss took me from one to the other. I slept in the car between. I do this for 6 months. I am very tired, I cut my hand on the machine, he said no doctor.",
  "EO AC", "LH ET", "L")
T("Elderly man in Devon, runs a dairy farm alone, milking twice a day, 365 days a year for 40 years. Neighbours concerned about his welfare after a fall. Adult social care referral. No exploitation. His daughter is arranging for a relief milker to help while his hip heals. He was cheerful and in charge of his own affairs.",
  "", "", "")
T("Victim (Indian, 38) says he was brought to the UK to work in a restaurant in Glasgow, told he'd do 40 hours. Instead worked 90+ a week, slept in a room above the kitchen with 6 others, was given 1 meal a day. His employer kept his passport and BRP and threatened to cancel his visa if he spoke out. Paid £300 a month into an account the employer opened and controls.",
  "DEC EO AC RD IT WW", "LH OA SW DT NCW FA", "L")
T("Temperature recorded inside the sweatshop unit on Belgrave Gate was 34°C, no fans, fire exit blocked with fabric rolls. Machinists say they are paid per piece, about £3 an hour. They work 8am-8pm six days. Officers from Leicester City Council and HSE attended together. Two machinists were reluctant to give their names. The owner said the workers are 'self-employed'.",
  "AC WW EO", "LH FA", "L")
T("Pt brought in by 'employer' with deep laceration to leg from a chainsaw. Employer insisted on staying, answered all questions, said pt is a 'friend helping out'. Pt looked malnourished. Pt avoided eye contact and shook his head when asked if he was OK.",
  "", "SFW PA FA", "L")
T("ambulance crew report: man collapsed in the heat at the fruit farm, had skipped breakfast. water and shade tent on site, farmer called us straight away. man has his own car and is a local student on summer work, paid hourly. no concerns.",
  "", "", "")
