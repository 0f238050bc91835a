# fresh178 part 4: short entries (one or two lines)


def add(T):
    T("""INT 3/B/P: POI keeps 6 bank cards for the lads he brings over from Bucharest. Gives them £20 p/w.""",
      "WW", "NCW MBC", "L")
    T("""ppl at the car wash on Derby Rd they dont let them go home, there locked in at nite""",
      "RM", "RMS", "L")
    T("""Nom says boss has his ppt and BRP 'for safekeeping'. Won't give them back.""",
      "RD", "DT", "L")
    T("""Employee holds own passport and bank card. Paid weekly. No concerns noted on visit.""")
    T("""S/W: female IP says she isn't allowed a phone and her mum in Manila thinks she's dead.""",
      "ISO", "IS", "", None)
    T("""HMRC: NMW arrears £2,400 paid by employer after audit. Case closed.""")
    T("""Caller: "they brought us to work and said it was a hotel job but it's the fields, 14 hours." """,
      "DEC EO", "LH", "L")
    T("""My boss he hits me when I am slow. Please.""",
      "PSV", "", "L")
    T("""INT 2/B/P: 'Kosta' fines girls £100 for every missed client and adds it to what they owe.""",
      "DB WW", "", "S")
    T("""Male IP has one carrier bag of belongings and the clothes he stands in.""",
      "", "FPE PA", "", None)
    T("""Landlord has 14 tenants across 3 houses, all on individual ASTs with deposits protected. Routine check only.""")
    T("""She said they told her they'd hurt her little brother if she talked to us.""",
      "IT", "FA", "", None)
    T("""Workers dropped at the packhouse by minibus at 05:15, collected 21:45. Same 12 faces daily.""",
      "EO", "CE LH", "L")
    T("""ATM CCTV: male using 11 cards in 14 mins, Harlow High St. Cards in 11 names.""",
      "", "MBC", "", None)
    T("""Sorry to bother u, my lodger works loads of hours at the hospital but he's fine, just wanted it noted incase he
    seems tired lol""")
    T("""IP stated he is free to leave and has never been threatened. Paid into his own account.""")
    T("""the woman next door has a girl about 12 who does all there cleaning and never goes to school""",
      "AV", "", "D", "high")
    T("""Recruiter in Sofia charged each worker €400 for the job. Workers still paying it back from wages.""",
      "DB WW", "UF", "L")
    T("""CHIS: controller takes £30 p/w 'van money' from each worker's pay.""",
      "WW", "CT", "L")
    T("""NFA - call re man sleeping in car, he's a lorry driver on a legal rest break.""")
    T("""Victim: "no key, no phone, no door. Only work and sleep." """,
      "RM ISO EO", "RMS IS", "L")
    T("""Boss sell me to another boss for 500 pound. I am not person for them.""",
      "", "", "L", None)
    T("""DWP flag: 9 UC claims, one bank account, one mobile number. Referred to fraud.""",
      "", "MBC", "C")
    T("""Trader paid £1,200 cash for a van, receipt shown. No issue.""")
    T("""IP was made to drink until he passed out and then told to get back to work.""",
      "PSV", "", "L")
    T("""Girls at the flat on Wellington St aren't allowed out without 'the driver'.""",
      "RM", "RMS ET", "S")
    T("""The mattresses are in the stock room behind the nail bar, 4 of them, and a kettle.""",
      "AC", "SW PLC", "L")
    T("""Worker says he pays £60 for the boots and £15 for the gloves out of his first wage.""",
      "WW", "PPE", "L")
    T("""Neighbour reports loud music from student party. No other concerns.""")
    T("""Man at the food bank says he works 6 days on a building site for free to pay off the room.""",
      "WW DB", "", "L")
    T("""He said "I am not allowed to speak to anyone English" and that the gaffer checks his phone each night.""",
      "ISO", "IS", "L")
    T("""Denied any debt. Denied any threats. Has own documents. Referral closed.""")
    T("""Crimestoppers: they keep the lads in the back of the shop and beat them if they try to go.""",
      "RM PSV", "RMS", "L")
    T("""IP states she was not charged any fees for the job and has always had her passport.""")
    T("""Source: cash-in-hand labourers at Moorside site earn £40 for a 12 hr day. Some live in the site cabin.""",
      "WW EO AC", "LH SW", "L")
    T("""Care worker, 26, told us her sponsor takes back half her wages every month in cash.""",
      "WW", "", "L")
    T("""Ppl in that house are packed in like sardines, 20 at least, all men, all work at the factory""",
      "AC", "OA", "L")
    T("""He didn't know the name of the town he'd lived in for 8 months.""",
      "ISO", "IS", "", None)
    T("""Kidney patient's wife asked if she could be tested as a donor. Referred to the living donor team.""")
    T("""Source states the Thai girls at the Ealing flat were promised jobs in massage and spa work, not sex.""",
      "DEC", "", "S")
    T("""Not exploitation: young man works at his dad's takeaway after school, 2 hrs a night, paid pocket money.""")
    T("""Debt started at £2k, now £9k. "He says the interest is my fault." """,
      "DB", "", "", None)
    T("""Victim coached: repeated "I am on holiday" when asked anything.""",
      "", "FA", "", None)
    T("""Someone takes the wages of the fruit pickers at Bramley Farm. They only get food.""",
      "WW", "NCW", "L")
    T("""Female, mid 40s, no coat, no bag, same clothes as yesterday, waiting for the van at 4am.""",
      "", "PA FPE CE", "", None)
    T("""Says the boss threatened to put her 'on a plane in pieces' if she went to the police.""",
      "IT", "FA", "", None)
    T("""HMRC: director fined for late PAYE filing. No exploitation.""")
    T("""A man rang saying he wants to sell his kidney for money to pay his rent arrears. Signposted to debt advice.""")
    T("""Stupid question but is it slavery if my mum makes me do the washing up? I'm 13.""")
    T("""INT 3/B/P: Filipina domestic worker in Mayfair is not allowed out; employer has her passport.""",
      "RM RD", "RMS DT", "D")
    T("""The passports were found in the POI's bedside drawer — 8 of them, none his.""",
      "RD", "DT", "", None)
    T("""UC claimant attended with 'uncle' who spoke for him throughout and held his card and phone.""",
      "WW ISO", "SFW NCW", "C")
    T("""IP: "We are not allowed to rest. If we sit down, they take money." """,
      "AC WW", "", "L")
