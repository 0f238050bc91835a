# fresh247 part 5: negated / hypothetical mentions (some mixed with real indicators), short items, declines
def add(T):
    T("DtN considered, not made. Adult M (Polish, 44) at a packhouse in Spalding. Holds his own ID card and bank card, pays rent to a private landlord, not in debt to anyone, says he's free to leave and has changed jobs twice this year. No indicators present.",
      "", "", "")
    T("""NRM referral - Salvation Army. PV (F, 26, Romanian) states she was never hit and nobody took her passport; she kept it in her bag the whole time. However she was told by the man who brought her to Leeds that she owed £2,000 for the travel, and that every week she stayed in the flat added £150 to what she owed. He put adverts of her online and took the money from customers.""",
      "DB WW", "UF NCW", "S")
    T("Welfare visit, car wash, Oldbury. Workers spoken to individually with an interpreter: all have own passports, paid into own accounts, live in own rented rooms, no one reported threats. Manager cooperative. No further concerns.",
      "", "", "")
    T("Victim denies any violence or threats from the employer and says she can go out when she likes. But she confirmed she has not been paid at all for the last four months and the employer says it is 'being saved'.",
      "WW", "", "L")
    T("Caller asking a hypothetical - 'if a company took your passport would that be slavery?' Caller says it hasn't happened to her, she's just starting a new job and read about it online. Advice given.",
      "", "", "")
    T("""NRM - adult declined. Male (Vietnamese, 22) found working in a nail bar in Carlisle. He said no-one had threatened him and he had his own phone. He did not want to talk about how he got to the UK and said 'I cannot say, they will know'. He sleeps in the salon and works every day. He declined the NRM.""",
      "", "SW FA", "L")
    T("There was no evidence that her movement was restricted - she walked to the shops on her own most days - and she had her own phone. The concern was the wages: she was paid £600 for a month of full-time care work, far below what she had been promised in the contract signed in Manila.",
      "DEC WW", "", "L")
    T("The subject's passport was in her own possession throughout; she showed it to officers. There were no signs of injury and she said she was content in her job at the hotel. No further action.",
      "", "", "")
    T("He said if the boss ever didn't pay him he would just walk out and find another site. He's been paid every Friday for two years. No issues.",
      "", "", "")
    T("""GLAA compliance visit, Kings Lynn. Accommodation: 6 workers in a 3-bed house arranged by the labour provider, who deducts £75 a week rent, within the accommodation offset. Workers hold own documents and told inspectors they are not in debt. However, two workers were charged £40 each for 'safety boots and gloves' on their first day and the deduction was not on their payslip. Provider instructed to refund.""",
      "WW", "OA PPE", "L")
    T("Ms K denied that anyone had hit her or threatened her family. She did say the man who runs the flats keeps everyone's passports 'in case of inspection' and gives them back 'when you go home'.",
      "RD", "DT", "")
    T("No concerns identified at the farm. Workers were asked whether they were in debt, whether anyone held their documents, and whether they could leave. All said no, yes they held them, and yes.",
      "", "", "")
    T("""Duty to Notify note - Home Office, Glasgow (case transferred to Newcastle). Adult F (Chinese, 35). Says she came for tourism, overstayed and now works in a restaurant kitchen. She said it is hard work but she chooses it and is paid £8 an hour in cash. Denies any debt, denies threats, has her passport at home. The only concern noted was that she sleeps in a room above the restaurant with four other women, arranged by the employer.""",
      "", "OA SW", "")
    T("'If she refuses to go with them he said he would tell immigration where she lives' - reported by the victim's sister, who has seen the texts.",
      "IT", "", "")
    T("Report suggested possible forced begging at Leeds station. Outreach spoke to the man, a British rough sleeper who begs on his own; he denied anyone takes his money or drops him off. No exploitation.",
      "", "", "")
    T("Worker reports he is free to leave and keeps his own documents, but says the gangmaster 'charges us for everything' - £12 a day for the van, £30 for the hi-vis, and a fee every time we change field.",
      "WW", "CT PPE", "L")
    T("The referral asked us to check for signs of exploitation at the takeaway. We did, and found none: staff are on payroll, live elsewhere, and keep their own papers.",
      "", "", "")
    T("""NRM referral (child) - Leeds Children's Services. L (16) has said clearly she is not being made to have sex with anyone and that her 'boyfriend' (aged 24) does not hit her. However, she has been missing 8 times in 6 weeks, was found at a flat in Chapeltown with three adult men she didn't know, and a new iPhone and cash were found in her room. Police are treating this as a CSE risk.""",
      "AV", "", "S", "high")
    T("At no point did the man say he was in debt to anyone. He said the landlord provides his room with the job but he pays a fair rent and has a tenancy.",
      "", "", "")
    T("Manager says staff 'would be sacked' if they ever took cash off customers - staff themselves said they're paid properly. Only query was whether one lad, 17, is working past 10pm. Advice given about young workers.",
      "", "", "")
    T("""DtN (Border Force, Birmingham Airport). Adult female, 28, Thai, arriving from Bangkok. She was met at the arrivals hall by a man who held her passport during the check, but when separated she took it back and confirmed she keeps it herself; he is her fiancé. No one paid her fare. However she said she had been told she would do 'massage' for his friend's business and did not know what the pay would be or where she would live. Officers concerned; DtN made, declined NRM.""",
      "", "", "S")
    T("he said he's never been locked in, he's got a key like everyone else. just he works from 6am to 10pm every single day at the factory and hasnt had a day off since June",
      "EO", "LH", "L")
    T("Safeguarding lead: I don't think this is trafficking. The young man chose to come here, his family are in touch daily, he's paid properly and his ID is with him. He's just lonely.",
      "", "", "")
    T("Female states she was not forced into sex work and works independently from her own flat, advertises herself and keeps all her earnings. She called about a punter who wouldn't leave. Officers attended; punter moved on.",
      "", "", "")
    T("""NRM referral - negative outcome. The potential victim had told a nurse that her employer 'would kill her' if she left. When asked about this she said it was a figure of speech in her language and that her employer, a family friend, was kind, paid her £1,800 a month and that she took holidays. She has her own passport. The SCA accepted this and concluded no exploitation.""",
      "", "", "")
    T("Officers checked: no passports held by the employer, workers not in debt, but three staff say they sleep in the storeroom at the back of the bakery because the owner says there is 'no other room'.",
      "AC", "SW", "L")
    T("I asked him if anyone had ever threatened him. He said no. I asked if anyone had taken his phone or passport. He said no. I asked if he owes money. He said 'only to my mum'.",
      "", "", "")
    T("Dad of 15yo reports son is NOT involved in county lines as his school suggests - son has been home every night, has no new phones or cash, and was at football. Dad wants the school record corrected.",
      "", "", "")
    T("""Local authority case note. M (Polish, 31) told the outreach worker that 'if I stop working, they will throw me out and keep my deposit'. She clarified this has not happened and that she is not prevented from leaving, but she is worried. She works at a hotel through an agency, and the agency takes £90 a week from her pay for accommodation in a house with nine other women. The agency also keeps her bank card 'so the rent is paid'.""",
      "WW", "OA NCW", "L")
    T("Although she has no papers, she was not being exploited - she lives with her sister and works at a friend's shop for normal pay. Signposted to immigration advice.",
      "", "", "")
    T("INT 3/C/P (low confidence, uncorroborated): rumour that 'Polish lads' at a farm in Lincs don't get paid. Farm visited by GLAA: workers paid correctly, no evidence found. Intel recorded as unsubstantiated.",
      "", "", "")
    T("The employer does not hold anyone's passport - I checked the safe with him and it was empty. The workers do all sleep on site in the poly-tunnel store though, on pallets, and there's no toilet.",
      "AC", "SW PLC", "L")
    T("would it count as slavery if my landlord made me work in his shop to pay rent? (not happening yet he just mentioned it)",
      "", "", "")
    T("Victim denied that she had been forced to have sex with anyone. She did say the men at the address took her phone as soon as she arrived and she has not spoken to her mum since.",
      "ISO", "IS", "")
    T("""NRM referral - Salvation Army, declined later. Adult M (Bulgarian, 48) had told a charity he was 'a slave' at a car wash. When seen, he said he was exaggerating because he was angry about being sacked. He had been paid £400 a week into his own account, had his ID card, and went home each night to his wife. He withdrew consent and no referral was submitted.""",
      "", "", "")
    T("Not locked in. Not hit. But 'the boss says we owe him for the flight and we can't go until it is paid' - £1,900 at the start and now £2,600.",
      "DB", "UF", "L")
    T("No evidence of any harm to the girl; she lives with her mum, goes to school and her phone shows no contact with adults. School concern closed.",
      "", "", "")
    T("The care worker says nobody has ever taken her passport or BRP, but that she has been rota'd 84 hours a week for three months and is 'too scared to say no' because the agency manager shouts that she'll lose her sponsorship.",
      "EO IT", "LH FA", "L")
    # short and medium exploitation items
    T("POI holds 5 x Monzo cards in other people's names, seen at Barclays ATM Chapel Allerton 03:14 withdrawing from each. 2/B/P.",
      "", "MBC", "")
    T("Gaffer keeps our passports in his safe, says we get them back 'when we finish the season'.",
      "RD", "DT", "L")
    T("they dont let her out she cleans for them all day and sleeps on the kitchen floor",
      "RM EO AC", "RMS SW LH", "D")
    T("16yo girl in hotel room with 2 adult males, Premier Inn Stockport, staff heard her crying and saying 'please let me go'. Attend now.",
      "AV RM", "RMS", "S", "immediate")
    T("Nail bar worker (VN, 18) whispered to customer 'I owe them, I can't go'.",
      "DB", "FA", "L")
    T("Intel: 'Dutch' line running 3 x 15yo boys from Wandsworth into Cheltenham, kids kept in a cuckooed flat, phones taken. 2/B/P",
      "AV RM ISO", "RMS IS", "C", "high")
    T("dont know who to tell, my cousins passport and visa was taken by the woman she looks after kids for in Ilford, she isnt paid, she cries on the phone",
      "RD WW", "DT", "D")
    T("PV: 'I was sold for £2,000 from one boss to another.'",
      "", "", "L")
    T("Van W/R LK21 FJO collects 8-10 males from outside 3 Mill St, Kidderminster daily 04:45, returns 21:00+.",
      "", "CE", "L")
    T("'he said if i went to the police he would send the video to my dad' (17yo, CSE)",
      "AV IT", "", "S", "high")
    T("Worker at chicken factory says the supervisor takes £20 off everyone each week 'or no shifts'. Workers too scared to complain.",
      "WW IT", "FA", "L")
    T("Wages paid to the 'uncle', PV gets nothing. Works 7 days at the kebab shop, sleeps in the store.",
      "WW EO AC", "NCW LH SW", "L")
    T("Man at the car wash says they bring him in a car from the house each morning and he's never been anywhere else in 3 months - he didn't know he was in Nuneaton.",
      "ISO", "ET IS", "L")
    T("Caller says her sister (Lithuanian) was promised a job in a hotel but is being made to pick vegetables 14 hrs a day, no pay yet, boss took her ID.",
      "DEC EO WW RD", "LH DT", "L")
    T("CSE: 13yo boy groomed online by adult posing as 15yo girl, sending images, now being blackmailed for more. Live risk.",
      "AV IT", "", "S", "high")
    T("PV said 'my boss has my red book' - his passport - and 'he says if I talk I go to jail'.",
      "RD IT", "DT FA", "L")
    T("Bruised, underweight female seen at the window of 4 Tanner St every day, never leaves, men visit at night.",
      "", "PA RMS", "S")
    T("Maid (Indonesian, 37) says employer's mother pinches and slaps her, she's had no day off in 11 months, and the family keeps her passport.",
      "PSV EO RD", "LH DT", "D")
    T("3/C/P Tarmac gang in Bridgend using 'dossers' from the hostel, paid £10/day, kept in a caravan.",
      "AV WW AC", "PLC", "L")
    T("Debt went from £3k to £9k in a year for 'rent and food', she says she'll never be free of it.",
      "DB", "", "L")
    T("Kitchen porter told EHO inspector he works 16 hrs, no break, and eats the leftovers - 'the chef says there is no money for my wage this month'.",
      "EO AC WW", "LH", "L")
    T("Romanian lad, 17, begging at Bullring, woman collects his cup every 2 hrs. Lad said she is his 'aunt' then ran off.",
      "AV WW", "NCW", "C", "high")
    T("Mum says her daughter (20, LD) has been moved into a man's flat and he's making her sell sex to his friends, he has her bank card.",
      "AV WW", "NCW", "S")
    T("Farmer says the workers asked to sleep in the barn, 'they prefer it', no beds, no water. (Hmm.)",
      "AC", "SW PLC", "L")
    T("ATM CCTV Lloyds Broad St: one male uses 14 cards in 20 mins, all in different Romanian female names.",
      "", "MBC", "")
    T("Woman (Bangladeshi, 24) says in-laws lock her in the house when they go out, she cooks for twelve and is not allowed a phone.",
      "RM ISO", "RMS IS", "D")
    T("Agent in Nepal charged him £6,500 for the care visa; in UK he is paid for 20 hours, works 55. 'If I complain they take the visa.'",
      "DB WW EO IT", "UF LH", "L")
    T("Intel 2/B/P: POI 'Viktor' charges each worker £80/wk for a mattress in the garage + £10/day transport. 18 men, 1 toilet.",
      "WW AC", "OA CT PLC", "L")
    T("man offered £5k for a kidney on a WhatsApp group for Sudanese migrants in Leeds, 'doctor abroad, travel paid'. screenshot sent.",
      "AV DEC", "", "O")
    T("Renal team: patient reports a kidney transplant bought overseas in 2019 (Pakistan). Donor unknown. Reported to HTA per guidance.",
      "", "", "O")
    T("Living donor clinic: mother donating to 24yo son, full counselling, no payment, no pressure identified. Proceeding.",
      "", "", "")
    T("Employer says staff 'choose' to work 7 days, staff say they were told they'd be 'sent back' if they took a day off.",
      "EO IT", "LH", "L")
    T("Girl aged 15 at a house party in Walsall is being 'passed around' by older men right now, caller's daughter is there and messaging.",
      "AV PSV", "", "S", "immediate")
    T("Worker has had the same clothes on every day for 3 wks, one carrier bag of stuff, says 'the boss brings food'.",
      "", "PA FPE", "")
    T("Client states the man who drives them to the site also talks to the agency for them and picks up their payslips, they have never seen them.",
      "WW", "SFW ET NCW", "L")
    T("""Intel log 2/B/P - Op HARVEST. Observations 14/08 at the lay-by off the A16 near Fosdyke: 05:02 hrs a blue Mercedes Sprinter (VRM FX19 WDL) collected 14 males and 3 females from outside two addresses on Chapel Lane. Driver (believed Ion BUZATU) was seen taking cash from each worker as they boarded. Same van returned workers at 21:40 hrs. Source (2/B/P) states workers pay BUZATU £10 each way and are told they will lose the job if they find their own transport. BUZATU also sells them gloves and knives for the cutting at £30 a set. A neighbour says BUZATU 'does all the talking' when anyone calls at the houses and the workers stay inside.""",
      "WW", "CE CT PPE SFW OA", "L")
    T("Bank fraud team referral: 23 accounts opened in 3 weeks at the same Peterborough address, all Romanian nationals, all cards sent to the same flat and used at the same ATM by one man. Suspect labour exploitation / money laundering.",
      "WW", "MBC OA NCW", "L C")
    T("""NRM referral - Barnardo's (Independent Child Trafficking Advocate). Child: 17, male, Afghan. A was placed in a hotel for UASC in Hove. He disappeared for three weeks and was found working at a car wash in Crawley. He said a man at the hotel had told him he could earn £100 a day. At the car wash he worked 8am to 8pm, slept in the office with two older men, and was given £15 a day. The man who took him there answered for him when police arrived and said he was 'a cousin visiting'. A had a bag with one change of clothes and a phone with no SIM. He told the ICTA the man had said if the police asked, he should say he was 18.""",
      "AV DEC WW EO AC", "SW SFW FPE FA LH", "L", "high")
    T("Support worker: PV arrived at the safe house with literally nothing - no coat, no bag, one pair of flip flops. Says the 'boss' kept everything she owned at the flat in Ilford when she ran.",
      "", "FPE", "")
    T("""Duty to Notify - Home Office (Border Force, Heathrow T3). Adult male, 34, Nepali, arriving on a Skilled Worker visa to work as a senior carer. He told the officer he had paid £14,000 to an agent in Kathmandu, borrowed from a money lender at high interest, and that the agent's UK 'partner' would meet him, collect his BRP and take him to his accommodation. When asked about his salary he did not know it, saying 'the partner will tell me'. The partner was waiting landside and was spoken to; he insisted on answering questions for the arriving worker. Worker declined the NRM but accepted a leaflet; DtN submitted.""",
      "DB", "UF SFW", "L")
    T("Lads at the warehouse get charged £3.50 a day for a lift from the house in a minibus, £40 for boots and the hi-vis, it all comes off before we get paid, I get about £120 for the week.",
      "WW", "CT PPE", "L")
    T("Caller says the man who rents the flat below takes 5 or 6 'Polish lads' to the bank every Friday and holds all their cards, they only get a bit of cash off him.",
      "WW", "MBC NCW", "L")
    T("Walk-in, Hull Central: man, 40s, Ukrainian, says he is sleeping in a lorry trailer at a recycling yard and the owner gives him £100 a month for working every day. Has his passport. Wanted advice on how to find another job. Officer made MSVCC referral with consent.",
      "WW EO AC", "SW LH", "L")
