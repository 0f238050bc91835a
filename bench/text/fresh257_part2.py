# fresh257 part 2: Hertfordshire and Bedfordshire, mixed sources
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 3/B/P. Sheet metal factory on the Luton Airport Parkway estate. Source says Indian workers on student visas work 70+ hour weeks, the owner's son holds their passports 'for the Home Office' and docks £200 a month for 'visa costs'.",
  "EO RD WW AV", "LH DT", "L")
T("Concern from a Watford foodbank: a man comes in every week with a different group of young men who don't speak, he fills in the forms for all of them and takes the food parcels away in his car.",
  "", "SFW", "")
T("mum in the car park at Harlow Mill was saying her daughter cleans for a family for nothing just food and a bed since she was 16 and they wont let her have a phone, she's 20 now",
  "WW ISO AV", "IS", "D")
T("ASB complaint, Luton town centre: group of teenagers drinking and shouting outside Arndale. Dispersal order. No exploitation concerns raised.", "", "", "")
T("Referral, Hertfordshire CC children's services: L (16, Afghan UASC) placed in semi-independent accommodation in Stevenage went missing for 3 days. On return had £400 cash, a new phone and marks on his wrists. Believed to have been taken to Bedford to hold drugs. Says 'they will hurt my brother if I talk'.",
  "AV PSV IT", "PA FA", "C", "high")
T("Account (learner English): 'My boss in car wash say I work, he pay me later. Later never come. Three month I get only food. I sleep in the back room with other three man. He tell me police here very bad for people like you, they put you in prison.'",
  "WW AC IT", "SW FA OA", "L")
T("Organ harvesting concern, NCA referral via Luton & Dunstable Hospital: male (Pakistani national, 24) attended A&E with a recent unexplained nephrectomy scar and post-operative infection. He says he was told he would get £5,000 and a job in the UK if he 'helped' a relative of his sponsor. He has received nothing and his sponsor holds his passport.",
  "DEC WW RD AV", "DT PA", "O")
T("Renal unit at Lister Hospital Stevenage: living donor kidney transplant between two brothers, full HTA approval, independent assessor interviewed both, no payment or coercion. Recorded for info only following an anonymous call.", "", "", "")
T("Call 2210, Bedford. Female caller whispering: 'he's locked me in the bathroom, he says the men are coming at midnight and I have to do what they want or he'll cut me'. Gives address as flat 3, Midland Road. Units dispatched grade 1.",
  "RM IT PSV", "RMS", "S", "immediate")
T("Trading standards, Hitchin: nail salon inspection. Owner and two staff, all family, payroll in place. One 17yo niece works Saturdays, is at college on weekdays, paid and going home every night. No concerns.", "", "", "")
T("INT 2/B/P. Bulgarian nominal PETROV (aka 'Bai Ivan') runs a labour gang of 20+ men for warehouse work around Dunstable and Houghton Regis. Workers collected at 0430 from two houses on Beech Road, dropped back around 2100. PETROV took their ID cards 'to register them' and has not returned them. Source says one worker who asked for his card was punched.",
  "RD PSV EO", "CE DT LH OA", "L")
T("IP describes being brought from Romania by her boyfriend who said they would work in a hotel together. In Watford he told her there was no job and she had to 'do the internet' to pay their rent. He advertised her on Vivastreet, set the prices and took all the money. She wasn't allowed her own bank account.",
  "DEC WW", "NCW", "S")
T("GLAA intelligence, Bedfordshire: shellfish processing unit near Sandy. Complaint that workers must buy their own gloves and aprons from the supervisor at inflated prices (£15 for gloves), deducted from wages. Workers otherwise paid and free to leave.",
  "WW", "PPE", "L")
T("I'm a taxi driver in Stansted, I keep picking up the same woman with different men from the Radisson, she never speaks, the man always pays and tells me where to go, she's got bruises on her neck. Something isn't right.",
  "", "SFW PA FA", "S")
T("Care home in Hemel Hempstead. CQC raised whistleblowing: overseas carers on sponsored visas told they owe £10,000 'sponsorship fee' if they leave before 3 years, working 60-72 hours weekly, one said the manager threatened to report her to the Home Office if she complained about rotas.",
  "DB EO IT AV", "UF LH FA", "L")
T("Domestic, Borehamwood. Husband and wife arguing over money. Wife says she does all the housework and it isn't fair. No coercion or control beyond an ordinary row, DASH standard.", "", "", "")
T("Vulnerable adult (learning disability) in Letchworth befriended by a group who moved into his flat. They use it to deal crack from, have his bank card and make him go to the shop for them. He sleeps on the sofa in his own flat. Cuckooing suspected.",
  "AV WW", "NCW", "C")
T("Sussex/Herts crossover: POI Kamal AHMED believed to be supplying young girls from Hertfordshire care homes to men in hotels in Luton, girls given alcohol and cannabis before being taken. One girl (14) told her key worker she 'had to' sleep with a man to pay back the weed she'd been given.",
  "AV PSV DB", "", "S", "high")
T("Passport found in the street in St Albans and handed in. Owner traced, a Spanish student, had dropped it. Returned.", "", "", "")
T("Lad at our church in Luton, Ukrainian, says the man who sponsored him under Homes for Ukraine has him doing all his building work for no pay and says if he doesn't he'll be 'homeless and sent back'. Keeps him at the job till 10 at night.",
  "AV WW IT EO", "LH", "L")
T("A Polish man in Watford told outreach: the gang owns the house, 14 of us, 3 toilets broke, no hot water, rats. We pay £60 a week each from our pay which they take from our cards before we see it.",
  "AC WW", "OA PLC NCW", "L")
T("Stop search, Bedford bus station. Male 15 found with 20 wraps of crack and £340. He was 'holding it for a mate'. Lives in Kempston with mum. Referred to YOS and the exploitation hub; believed to be running for an older group.",
  "AV", "", "C", "high")
T("INT 4/C/P. Unverified: a farm near Royston has workers living in shipping containers. Nothing further known.",
  "AC", "PLC", "L")
T("Letter from a Watford resident complaining that the house next door has 'too many people and bins overflowing'. Council HMO officer visited: 5 tenants, licensed HMO, all adult professionals. No concerns.", "", "", "")
T("Debrief, Chelmsford reception centre. Albanian male (23): promised £2,000 a month on a building site by a cousin. On arrival his phone was taken, he was driven to a cannabis farm in a unit in Braintree and told he owed £25,000 for the journey. Worked 6 months, not allowed out, guarded by a man with a machete.",
  "DEC ISO DB RM IT", "RMS IS", "C")
T("Staff at a Harlow hotel report a 13yo girl checked in by an adult man who said she was his niece. She looked scared, he answered every question for her. Man now in room 112 with her. Officers deployed.",
  "AV", "SFW FA", "S", "immediate")
T("Case note: client S worked at a Luton takeaway 11am to 2am, 7 days, for 2 years. He was never given a day off. He says wages were 'kept by the boss to send home' but his family received nothing.",
  "EO WW", "LH NCW", "L")
T("Ordinary burglary, Hoddesdon. Shed broken into, bikes stolen. No other concerns.", "", "", "")
T("Southend Council outreach: rough sleeper (Lithuanian, 45) says a man came to the tents on the seafront offering work picking in Kent, 'proper money'. Three lads went last year and came back with nothing and one had his passport kept. He won't go.",
  "DEC RD WW", "DT", "L")
T("A Filipina woman came into the Citizens Advice in St Albans. She came as a domestic worker with a diplomatic family. She has not been paid in 11 months, has no day off, and the employer's wife holds her passport and says she will be arrested if she goes out alone.",
  "WW EO RD IT RM", "LH DT FA RMS", "D")
T("Officer note: at the Pitsea address we found 3 Romanian women who said they are sex workers, rent the flat together, do their own adverts and keep their own money. No third party. Safety advice given, signposted to support. No exploitation.", "", "", "")
T("INT 2/B/P. Car wash 'Sparkle Hand Wash', Chelmsford Road, Shenfield. Workers observed in flip flops with no gloves using acid wheel cleaner. Source says owner charges workers £5 a day for 'water and chemicals' and they live in a flat above the site.",
  "AC WW", "PPE OA", "L")
T("Case summary from an NRM first responder: A (Vietnamese, 16) trafficked via France in a lorry. Placed in a nail bar in Luton by a 'relative', made to work without pay, kept to the back room, told the police would beat her if she went to them. Went missing from foster care twice.",
  "AV WW RM IT", "FA RMS", "L", "high")
T("Report from a member of staff at Stansted: an older woman accompanying 3 teenage Romanian girls, she held all their passports and boarding passes, girls had no luggage except small rucksacks and said they were going to 'work in a bar' but didn't know where.",
  "RD AV", "DT FPE", "L", "high")
T("Text to 999 (deaf service): 'I am at the bus stop Luton road Dunstable. man follows me everywhere. He say I must go work or he kill my son in Romania'.",
  "IT RM", "RMS", "", "immediate")
T("DVLA plate check: vehicle LN67 FRZ (Mercedes Sprinter) keepered to a limited company in Barking, seen 40+ times on ANPR at 0500 near Harlow and 2130 near Tilbury. Registered office is a mail drop. Possible labour transport.",
  "", "CE", "L")
T("I run a farm shop near Saffron Walden, we employ seasonal pickers through a licensed provider, they have their own caravans and go into town on their days off. Someone reported us for slavery because they saw workers at 6am. We've got nothing to hide.", "", "", "")
T("IP (Chinese, 32) states she answered an advert for a 'massage job, £2,000 a month' in Hertfordshire. She was taken to a flat in Hatfield where she had to have sex with customers. The 'manager' kept her money 'for safety' and the door key. She sometimes worked from noon till 3am.",
  "DEC PSV WW RM EO", "NCW RMS LH", "S")
T("Bedfordshire CSE team: P (13) seen in a car with three adult men at 2am in Bury Park. She said she's fine. Men known for drug supply. Strategy meeting called.",
  "AV", "", "S", "high")
T("Concern from a bank in Watford: one man withdrew from 8 different debit cards at the same ATM over 20 minutes, cards in different names.",
  "", "MBC", "")
T("Hertfordshire: 'They said I will work in construction with a CSCS card which they will arrange for £600. I paid. There was no card. I worked as a labourer for cash, £40 a day, while the others got £120. They said I am lucky to get anything with my status.'",
  "DEC WW AV", "UF", "L")
T("Southend Pier CCTV operator reports a child about 10 begging on the seafront each weekend, an adult woman watching him from a bench and taking the money off him every half hour.",
  "AV WW", "", "C", "high")
T("PCSO note, Harlow: spoke with the owner of a barber shop after a community complaint about 'too many young men'. All staff are self-employed, renting chairs, have their own accounts. No concerns.", "", "", "")
T("NCA bulletin (sanitised): OCG operating from Luton moving Albanian women around short-let flats in Bedford, Stevenage and Milton Keynes for sexual services. Women are not allowed to keep phones, are moved every 3 days and are told their families at home will be hurt if they cooperate with police.",
  "ISO IT", "IS FA", "S")
T("Thurrock: the man at the recycling yard makes the workers sleep on the site in a container, they work from light to dark and he shouts and hits them with a pipe if they're slow. One has a burnt arm with no dressing.",
  "AC EO PSV", "SW LH PA", "L")
