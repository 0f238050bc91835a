# fresh267 part 9: more overlaps
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Op SKYLARK debrief: VN male, 17, worked in a nail bar in Bristol for 5 months; boss's wife made him clean their house in the evenings; boss then moved him to a cannabis grow in Swindon. He says he owes £20k, was never paid, slept on the salon floor and was beaten once with a broom handle. Phone was taken at the border.",
  "AV DB WW PSV ISO AC", "SW IS", "L D C", "high")
T("Intel: POI Mr SHEIKH runs a car wash and a takeaway in Oldham. Vulnerable young males from a local hostel work the car wash for cash in hand and are asked to 'drop bags' to addresses in Rochdale. One told hostel staff he can't stop because SHEIKH 'knows where my mum lives'.",
  "AV IT", "", "L C")
T("Car wash, Oldham - re SHEIKH: day of action found 5 workers, 2 with insecure immigration status, none disclosed exploitation, all paid cash below NMW. Referred to HMRC. Intel re drugs not corroborated.", "", "", "")
T("Nanny (Filipina) in Knightsbridge now made to work for the employer's sister too, and the employer's husband has been sending her to 'entertain' his business guests at a hotel. She is not allowed to refuse. Her passport is in the employer's safe.",
  "RD AV", "DT", "D S")
T("Cleaner at an office block in Canary Wharf told her supervisor takes her to a shop after shift and tells her to shoplift baby formula, which he sells on. If she refuses he gives her fewer hours.",
  "IT", "", "C")
T("Maid at a 'sauna' in Luton: older Bulgarian woman, says she cleans, cooks for the girls and does the bookings. Lives in. Not paid, she says she is paying off her son's debt to the owner, and if she leaves her son 'will have problems'.",
  "DB WW IT", "SW", "S D")
T("Nail bar in Ipswich closes at 7; at 11pm a man takes the three staff to a house where, according to a neighbour, 'men come all night'. Staff seen back at the salon 9am next day.",
  "EO", "ET CE LH", "L S")
T("Cannabis farm attached to a car wash in Wigan; 2 males found in the grow, 1 arrested at the car wash. The car wash worker said he had been threatened with a knife to 'check the plants' every night after work.",
  "IT EO", "LH", "L C")
T("Benefits fraud with exploitation: a couple in Blackpool housed 6 Polish men, registered them for UC and kept the payments, making them work for a landscaping firm for nothing.",
  "WW AV", "NCW OA", "L C")
T("Intelligence that a Bristol 'escort agency' uses the same drivers who drop the women at hotels to pick up Romanian men from a pub car park for a construction job. Drivers charge the men £15 a day each for the lift.",
  "", "ET CT", "S")
T("Pupil Referral Unit worker: Dylan (15) told me the older lads make him shoplift alcohol from Asda to pay off a 'debt' and sometimes hold drugs for them. They hit him if he comes back with nothing.",
  "AV DB PSV", "", "C", "high")
T("Food delivery rider (Brazilian) uses another man's account; he pays the account holder £100 a week. Says he chose this. Immigration offence. No exploitation disclosed.", "", "", "")
T("Referral from Manchester Airport: Chinese woman (22) arriving on a student visa but can't name her course or college, has a hotel booking and a phone number for 'Auntie', and £40. Coached answers. Said someone paid her fees. Concern for sexual exploitation.",
  "", "FA UF", "S")
T("Domestic worker (Bangladeshi) in Tower Hamlets household says she works all day but the family treat her well, pay her £800 a month into her own account and she visits friends on Fridays.", "", "", "")
T("Taken from a children's home in Derby to Skegness by a man who said he'd get her a caravan job. Instead she was made to deal and 'see men'. She's 16. She says she owes him for the caravan.",
  "AV DEC DB", "", "C S", "high")
T("Car valeting at a supermarket car park, Cheltenham: staff are local, employed by a franchise, paid NMW. One worker's mother called in as she thought he was 'being used' - he is 24, works 40 hours and is fine.", "", "", "")
T("Report: a group of Vietnamese women who work in a nail bar in Newport have their wages collected by a man on Friday nights. One woman told a customer she has to pay him £500 a month for 'protection' and the remainder of her debt, and that a friend who refused was sent to 'work in a house with men'.",
  "WW DB IT", "NCW", "L S")
T("Man came into the Salvation Army centre in Newport saying he had worked on a building site for 3 months, slept in the half-built house, paid £50 a week, and when he asked for the rest the gaffer hit him and threw him out. He has no phone and no documents, 'the gaffer has them'.",
  "WW AC PSV RD", "SW DT", "L")
T("Elderly landlord with many tenants - referral from social worker worried about 'too many people'. Visit: seven students, each with their own tenancy, own keys. No concerns.", "", "", "")
T("Sexual exploitation and domestic servitude: woman (Moldovan) in Doncaster was 'married' to a man who made her clean his brothers' homes and sell sex from his flat. She says he burned her with cigarettes. He has her ID card.",
  "PSV RD", "DT PA", "S D")
T("Worker (Romanian) at a hand car wash in Cardiff spoke to PCSO: 'Is good job, I send money home, boss is okay, my papers I have in my pocket.' Showed ID card. Lives with cousin.", "", "", "")
T("Missing person BRANDON (15) located in a flat in Torquay with older males from Birmingham, crack and cash present. Officers found him curled up in a bedroom, visibly underweight, says he hasn't been allowed out for a week.",
  "AV RM", "PA RMS", "C", "high")
T("Nail bar owner in Carlisle reported a former employee for theft. The former employee alleges she was paid £2.50 an hour and the owner made her work Sundays with no extra pay. Employment matter referred to HMRC NMW team.",
  "WW", "", "L")
T("Search of 31 Cromwell Rd, Peterborough (warrant, Op HARROW): 14 adult males living in 3 rooms; each had a carrier bag of clothes and nothing else. In the kitchen drawer, 22 bank cards in different names with PINs on Post-it notes; the householder, Mr BALAN, says he 'looks after' them for the lads who work at the poultry plant. Workers say they get £50 a week from him.",
  "WW", "OA FPE MBC NCW", "L")
