E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))
T("Found 3 men in a locked unit at the back of a car wash in Stockport, mattresses on the floor, one gas heater, bucket for a toilet. They said the boss locks them in at night 'for security'.",
  "RM AC", "RMS SW PLC", "L")
T("Victim's words: 'I could not phone my mother for one year. They had the phone. I did not know the name of the town.'", "ISO", "IS", "")
T("INT 2/B/P. Female Nigerian POI, known as 'Mama Joy', believed to run women in Northampton who have sworn a juju oath in Benin City. Women believe they or their families will die if they break it or talk to police. Each owes €35,000.",
  "IT DB AV", "FA UF", "S")
T("Cllr's email: the man working at the Turkish barbers on Station Rd told my wife he hasn't had a day off since August. 7 days a week 9 till 10. Not sure if this is something for you?",
  "EO", "LH", "L")
T("Domestic abuse incident, Burnley. Husband assaulted wife (black eye, split lip). Both British, both employed, no indicators of exploitation. DA procedure followed.", "", "", "")
T("Officer at the door of a cannabis farm in Ipswich. Male (Vietnamese, approx 16) found in the loft; the ladders had been removed from below and the hatch screwed shut from outside. Thin, rash on hands from the chemicals.",
  "RM AV AC", "RMS PA PLC", "C", "immediate")
T("wanted to report that the polish guys at the farm near us look like they're being kept prisoner, they live in them old caravans with no windows and the farmer has dogs on them at night",
  "RM AC IT", "RMS PLC", "L")
T("Workers at a packhouse in Herefordshire told GLAA that the supervisor shouts and pushes them if they are slow, threatened to 'break the legs' of one man who asked about his pay. Breaks cut to 10 minutes in a 12-hour shift.",
  "PSV IT AC EO", "LH", "L")
T("Statement extract (Urdu, interpreted): 'Every time I asked for my passport he said it is with the solicitor for the visa. There was no solicitor.'", "RD DEC", "DT", "")
T("The man who drives the van keeps all the bank cards in a wallet. On Friday he goes to the cash machine at the Co-op and takes out money with one card after another. The lads in the van never have their own cards.",
  "WW", "MBC NCW ET", "L")
T("Welfare visit to a Chinese restaurant in Dundee. Staff live in the flat above (3 of them) by agreement, pay a small rent, have keys, own phones and passports, days off on Monday. No concerns found.", "", "", "")
T("Girl (16) disclosed at school: 'Jay makes me hold stuff for him and if I don't he says he'll do my little brother. He hit me with a belt last week.' Bruising seen on her arm.",
  "AV IT PSV", "PA", "C", "high")
T("Case note Sat 14th: client calmer today. She says he used to put the passport in the safe and wear the key round his neck. She thinks it is still at the flat in Edgbaston.", "RD", "DT", "")
T("Phone call from a Filipina domestic worker to Kalayaan: employers (diplomatic household, Kensington) make her work 6am to 1am, she sleeps on the kitchen floor, they took her passport on arrival and she has not been paid in 5 months. She is not allowed out and they listen to her calls.",
  "EO AC RD WW RM ISO", "LH SW DT RMS IS", "D")
T("Man turned up at A&E Lincoln County with a crush injury to his hand from a pea harvester. Came with a 'friend' who answered for him, refused an interpreter and wanted to leave before treatment finished.",
  "", "SFW", "")
T("Intel: car wash workers on the A6 in Preston living in the back room of the car wash; the owner charges them £50 a week for it and takes £30 for 'gloves and chemicals' from their pay.",
  "WW AC", "SW PPE", "L")
T("IP says 'they told me if I go to police the police will put me in prison because I have no visa, and they know where my children live in Tirana.'",
  "IT AV", "FA", "")
T("Two lads aged 15 and 16 from Hackney found in a trap house in Bournemouth, run out of a vulnerable woman's flat. Both had been there 10 days, sleeping on the floor, told they owed £1,200 for drugs that were 'robbed'. One had a stab wound to the thigh.",
  "AV DB AC", "PA PLC", "C", "high")
T("Farm manager in Kent (soft fruit) hired 40 seasonal workers through a licensed SWS operator. GLAA audit shows correct pay, hours within limits, caravans inspected and decent. Workers say they can go into town when they like.", "", "", "")
T("Sikh temple volunteer: an Indian man in his 50s has been sleeping in the langar hall for weeks. Says a builder from Southall brought him over promising work and papers, took his passport, worked him on sites for nothing and then dumped him when he got ill.",
  "DEC RD WW AV", "DT", "L")
T("Intelligence 3/B/P: cannabis grow at rural barn near Thirsk. Two Vietnamese males seen only through a gap in the boarding; no vehicle movements except a weekly delivery of food. Locals say the men never leave.",
  "RM ISO", "RMS IS", "C")
T("The foreman told us if we talk to the inspectors we'll lose the job and the house the same day. So we said what he told us: 8 hours, holiday pay, everything fine.",
  "IT", "FA", "L")
T("Lorry driver at Dover reported hearing knocking inside a sealed trailer. Border Force opened it: 11 males, dehydrated, one unconscious. They said the smuggler locked them in in Belgium.",
  "RM AC", "RMS PA", "", "immediate")
T("Neighbours in Luton say the woman from next door never goes out, does all the housework for the family, the kids shout at her, she looked really thin and scared when they saw her putting the bins out at 11pm. Family say she's an aunt visiting.",
  "EO", "IS PA FA LH", "D")
T("Sex worker (British, 30) reported an assault by a client in Leeds managed zone. She works for herself, keeps her own earnings, nobody takes money from her. Crime recorded as ABH. No exploitation indicators.", "", "", "")
T("Fishing vessel, Newlyn: Filipino and Ghanaian crew on transit visas say they work 20 hours a day at sea, sleep in a cramped bunkroom, were beaten by the skipper and have not been paid the agreed $1,200 a month. Skipper holds their seaman's books and passports.",
  "EO AC PSV WW RD", "LH DT", "L")
T("Statement: 'He said one more shift, one more shift, and the debt was always more. First it was 2,000 then it was 4,000 because of the food and the bed.'",
  "DB", "", "")
T("INT 2/B/P VRN YH70 OPA (white Ford Transit) seen dropping four women at a nail bar in Wigan at 07:00 and collecting at 21:30. Same driver takes them to a house in Leigh. The women don't carry bags or phones.",
  "", "CE ET FPE LH", "L")
T("Mother called 999: her daughter (13) rang from an unknown house in Oldham crying, saying men won't let her leave and have given her vodka and something to smoke. Phone then went dead.",
  "AV RM PSV", "RMS", "S", "immediate")
T("Debrief, construction site, Manchester: labourers paid daily by a middleman; the contractor pays the middleman £120 per head, the men get £40. Middleman charges £25 for a hard hat and boots and £5 a day for the lift.",
  "WW", "PPE CT NCW", "L")
T("Housing officer: 6 men in a two-bed terrace in Smethwick, mattresses in every room including the kitchen, mould, no heating. All work at the same bakery. Landlord is the bakery's shift supervisor and takes rent from their wages.",
  "AC WW", "OA PLC", "L")
T("Woman (Thai, 40s) found in a brothel in Belfast after a raid. Said she was told she would be a masseuse. Had been moved between flats in Dublin, Belfast and Derry every week. Did not know which city she was in.",
  "DEC ISO", "IS", "S")
T("Neighbour reports screaming from 17 Carlton Rd. Officers attended: couple arguing over money, both adults, no injuries, no third parties. Words of advice.", "", "", "")
T("Teen boy (Romanian, 12) caught shoplifting in Primark Oxford St for the third time this month, each time with an adult woman waiting outside who takes the bags. Boy says she is 'auntie' and that she hits him if he comes back with nothing.",
  "AV PSV", "", "C", "high")
T("Caller, male, Lithuanian: 'We are 5 people. The boss is not let us go out after work. He have the keys for the house. We must ask if we want to buy food.'",
  "RM", "RMS", "L")
T("Charity outreach, Tower Hamlets: Bangladeshi man in his 60s, works in a sweet shop kitchen 14 hours a day, 7 days, sleeps on sacks in the storeroom. Says the owner is a relative who paid his flight; he 'must finish paying back'.",
  "EO AC DB", "LH SW UF", "L")
T("PC note: spoke to Jake (17, ASD) at the hostel. He says the 'older lads' made him drive to Blackpool with gear in the car, then slapped him when he got lost. He's frightened they'll come for him if he talks.",
  "AV PSV", "FA", "C", "high")
T("Scottish Police intel: Roma family in Govanhill, teenage girl (15) married off to an older man; mother-in-law makes her clean and care for the household and keeps her at home. School attendance nil since the marriage.",
  "AV RM", "RMS", "D", "high")
T("Text received on the helpline: my friend is in a house in Slough she says they took her phone she is using the neighbours wifi on an old phone she says she is frightened the man said he will send her back to Romania in a box",
  "ISO IT", "IS FA", "")
T("Manager of a Premier Inn in Coventry queried a room booked for a week by a man who brought three young women in, one very young-looking, and visitors were coming up every hour. Staff called it in as they were worried.",
  "", "", "S")
T("Welder from Ukraine (under Homes for Ukraine scheme) working at a fabrication yard in Hull: contract, payslips, his own bank, lives with sponsor family who charge nothing. He works long hours because he wants the overtime. No concerns.", "", "", "")
T("Police interview (12/09): DP says his boss told him 'you leave, we find your wife'. He has not tried to leave since.", "IT", "", "")
T("Victim said they were driven everywhere - to the factory, to the shop, to the doctor - by one of the bosses, and never allowed to walk anywhere on their own.",
  "RM", "ET RMS", "L")
T("Worker at a recycling plant in Rochdale: no gloves, no masks, sorting medical waste by hand. Two have cuts that went septic. Agency says PPE 'costs extra, they can buy their own'.",
  "AC", "PPE PA", "L")
T("Children's home manager, Telford: 14yo girl returned at 4am, was in a car with men in their 30s, smelt of alcohol, bruise on her neck. She says they're 'friends' who give her vapes and lifts.",
  "AV PSV", "PA", "S", "high")
T("hi my cousin is working for a family in manchester as a nanny he says they pay her but they take the money for her room and food and she has nothing left and they wont let her have a day off in 4 months",
  "WW EO", "LH", "D")
T("Raid on a brothel in Slough: 4 women, each with a plastic bag of clothes and nothing else, no phones, no bank cards. Controller's flat held their passports.",
  "RD ISO", "FPE DT IS", "S")
T("Stop check VRN BD68 KPW Vauxhall Vivaro, A1 near Grantham 04:40. 9 Lithuanian males in the back, no seats, on way to a food factory in Newark. Driver said he takes £8 each off their wages for the lift. Workers wouldn't speak; driver answered every question.",
  "WW", "CE CT SFW FA", "L")
T("Victim account, translated from Tigrinya: 'We arrive in Libya, the men say: you want to go on, you give a kidney. They take me to a room with a doctor. After, they put me on the boat. I have the scar.' Now in Glasgow, seeking asylum.",
  "AV PSV", "PA", "O")
T("INT 3/B/P: POI Florin STAN known to drive his workers to a Tesco ATM in Boston and withdraw from 8 different cards. Workers' pay goes into accounts he opened for them. They each keep a small bag of clothes and nothing else at the house.",
  "WW", "MBC NCW FPE ET", "L")
T("Care worker (Zimbabwe, 31), sponsored by a small home-care firm in Kent. Told at interview her salary would be £25,000 and she'd have a car. In reality paid only for visit time, not travel, coming to about £4 an hour. Employer charged her £6,000 for the sponsorship certificate and tells her if she leaves, the Home Office will remove her within 60 days.",
  "DEC WW DB IT AV", "UF", "L")
T("Outreach note: man (Polish, 61) living in a tent in Thetford Forest, works at a chicken farm. A van picks him up at 3am from the lay-by, brings him back at 7pm. He pays the driver £60 a week. Says the boss gives him the 'good work' as long as he keeps quiet.",
  "AV", "CE CT LH", "L")
T("Man standing outside the Nottingham Salvation Army asked for help: 'My boss he keep my card, my PIN, he give me only £30. I want my money.'",
  "WW", "NCW", "L")
T("Workers from Malawi at a care home in Leeds said they were charged £150 each for uniforms and training 'required for the job' and that the cost was taken from their first wages. Otherwise paid correctly; own accommodation.",
  "WW", "PPE", "L")
T("Concern logged by a bank in Wolverhampton: one man opening accounts for 6 different Romanian nationals in one week, each with the same address and his phone number. He answered all questions for them. Staff suspect the accounts are being controlled.",
  "WW", "SFW MBC OA NCW", "L")
T("Intelligence: young men at a car wash in Gateshead arrived with only the clothes they stood up in; the owner 'lends' them clothes and deducts it. They have never been seen off the premises except in the owner's car.",
  "WW RM", "FPE ET RMS", "L")
T("Abandoned kidney 'donor': man (Indian, 29) presented at a walk-in centre in Southall with an infected wound. Told a doctor he was paid to go to a private clinic abroad and give a kidney to 'a rich man'. The broker took his passport and most of the money. He is afraid to speak to police.",
  "AV RD WW", "DT FA PA", "O")
T("Nail bar worker: 'I buy my own kit, the brushes, the files, the gel, £200 when I start. They take from my money. Hours 9 till 8, Sunday also.'",
  "EO WW", "PPE LH", "L")
T("I was told I'd be working at a hotel in Glasgow. They collected us from the airport, took us to a house and told us we'd start at a fish factory next day. 4am pick-up in a minibus, home at 9pm. The man said each of us owes £1,000 for the flight and the room.",
  "DEC DB EO", "CE UF LH", "L")
T("Girl, 17, from Vietnam, found in a nail bar in Exeter. Carried nothing but a small bag with two T-shirts. The owner spoke for her and said she was his niece. She was shaking.",
  "AV", "FPE SFW FA", "L", "high")
T("Church volunteer in Southend: 'There's a man from Eastern Europe who turns up to the food bank, always same clothes, always with another man who speaks for him and takes the food parcel. He doesn't seem to have anything of his own.'",
  "", "PA SFW FPE", "")
T("INT 2/B/P: Worker at the Spalding packhouse 'Fenfresh' told source he pays £15 a week to the gangmaster for the bus, £40 for boots and gloves on his first day, and has to hand his wages over on Fridays.",
  "WW", "CT PPE NCW", "L")
