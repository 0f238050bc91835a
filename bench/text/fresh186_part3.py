def add(T):
    T("GLAA visit to a fish processing unit in Fraserburgh. Workers spoken to individually. All hold their own passports and BRPs, are free to leave, paid into their own accounts. No indicators of forced labour. Early shift is 0500, which they confirmed they are paid for.")
    T("Victim states she was never locked in and had her own key, but the man took her passport 'to keep it safe' and has not returned it despite asking three times. Edinburgh.",
      "RD", "DT", "")
    T("Worker at the berry farm near Kirriemuir denied any threats and said she could leave whenever she wanted. She did say the farm took £200 off her first wages for a 'recruitment fee' she wasn't told about.",
      "DEC WW", "UF", "L")
    T("Nail bar Glasgow Southside: owner says if the girls don't get paid they would complain to her, so there's no problem. Inspection: all wages paid by bank transfer to own accounts, payslips seen. Not exploitation.")
    T("Man (Lithuanian) says he is not in debt to anyone and nobody threatens him, but the gangmaster keeps all the workers' bank cards 'so we don't lose them' and hands out £50 cash a week. Site: construction in Dundee waterfront.",
      "WW", "NCW MBC", "L")
    T("We checked the address in Cove Bay for signs of exploitation and found none: it's a family home, the Filipino au pair has her own room, phone, passport and days off, and goes to college twice a week.")
    T("Social worker: M (16) not being exploited as far as we can tell, but he has a new older 'mate' who drives him around and gives him cash. We'll keep monitoring.",
      "", "", "")
    T("The fisherman told us the skipper does not hold his passport and he can go ashore when in port. However he works 20 hour days at sea for weeks with no day off and was not given any safety gear on deck.",
      "EO AC", "LH", "L")
    T("If the girls at the sauna ever did want to leave I don't think anyone would stop them, the owner is all right. Just passing on cos of the news. - anonymous, Edinburgh")
    T("IP states she was not assaulted and was not threatened. She was however told she would only be paid at the end of the season and has not received anything for 4 months. Farm near Alyth.",
      "WW", "", "L")
    T("Flat in Leith inspected: 6 students, HMO licence, all on separate tenancies. Nothing suspicious.")
    T("He never hit me. He just took my phone and my documents and I didn't know anyone in Aberdeen. Said I would go to prison because my visa was finished.",
      "ISO RD IT AV", "IS DT FA", "")
    T("Contractor at a Perthshire estate says his men are 'not on a zero-hours' and 'not sleeping on site' — officers confirmed both. One worker though stated that his employer pays his wages into his brother-in-law's account.",
      "WW", "NCW", "L")
    T("No exploitation concerns — boy (15) works weekends at his dad's farm shop in Ellon for pocket money. Referral from school was about attendance only.")
    T("Victim denies being forced into sex work and says she chose to work at the flat. She does say the man who runs it takes 70% and has her passport, and that she's not allowed out without a driver.",
      "RD WW RM", "DT RMS ET NCW", "S")
    T("The man was not her trafficker — he was a relative who had bought her a ticket. Police satisfied no exploitation after interview.")
    T("Call handler: caller's husband works on the boats out of Mallaig; he says the crew is treated fine, she's just worried about the hours. He's paid a share of the catch and comes home every week.")
    T("'I am not a prisoner. I can walk out. But where I go? I have no money, he never pay me, and he say the people in the town will call police on me.' — worker on a sheep farm, Sutherland.",
      "WW IT ISO", "FA IS", "L")
    T("DWP fraud team: benefit claims in 14 names paid into 3 bank accounts controlled by one man in Paisley. Claimants are Slovak nationals who work in a packing factory and say they've never applied for benefits.",
      "WW", "NCW MBC", "C L")
    T("Sauna in Glasgow city centre licensed by council; all workers self-employed, interviewed, no third-party control. Routine.")
    T("Welfare check at 3 Church Lane, Peebles. The man who lives there was said to be 'kept' by his neighbours; turned out he's their lodger, pays rent, has his own job at the mill.")
    T("Intelligence log: male, nom 'Ali', suspected of moving women between flats in Edinburgh, Dundee and Aberdeen for sex work every 3–4 days. Women reportedly don't know which city they're in. One described by hotel staff as 'terrified, wouldn't look up'.",
      "ISO", "IS FA", "S")
    T("My friend is a nurse at the Queen Elizabeth. She works loads of night shifts, 4 in a row sometimes, but its her choice for the money. I just think its too much, not reporting anything.")
    T("Student at RGU (Indian) says landlord holds her passport as a deposit. She is free to come and go and has a part-time job she chose. Advised this is unlawful and landlord returned it.",
      "RD", "DT", "")
    T("Boy (14) from Moray told his teacher he doesn't owe anyone money anymore, he paid it off. But he's still being picked up by the same men from the school gate and is carrying two phones.",
      "AV", "", "C", "high")
    T("TARA: no indication she was physically restrained; she could leave the flat, but she says 'where would I go, he has my mother's address in Romania and said he'd burn the house'.",
      "IT", "FA", "S")
    T("Construction site Aberdeen: worker had no gloves but said he'd left them at home. Site has a PPE store and gives out kit for free. No concerns.")
    T("Vietnamese male at a nail bar in Kirkcaldy said nobody kept his documents, he rents his own room, but he had paid £18,000 to come to the UK and 'the boss takes half to pay back'.",
      "DB WW", "UF", "L")
    T("Not locked in. Not beaten. But she works in the house from 6 until midnight every day and has not been paid since March. Family in Giffnock, she's from the Philippines.",
      "EO WW", "LH", "D")
    T("Hospital: man (Romanian) said the factory didn't charge him for boots or hi-vis; he bought his own. He was treated for a minor cut. No concerns.")
    T("Officers spoke to a young woman in the Merchant City who a caller thought was 'trafficked'. She is a student working as a promo girl, has her own documents and lives with friends.")
    T("It's probably nothing but the workers at the car wash in Greenock don't seem to speak any english and the boss always talks for them. they say they live in a flat he owns. Ive never seen them anywhere else in town.",
      "ISO", "SFW OA IS", "L")
    T("Inverness hotel: chambermaid told a guest she wasn't paid for the first 4 weeks as a 'training period' and her boss keeps her bank card. She's from Hungary, came through an agency that charged her €500.",
      "WW DEC", "NCW UF", "L")
    T("Fishing vessel inspection at Lerwick: crew all have their own passports, contracts and bank accounts. Wages paid. No signs of forced labour.")
    T("Referral — adult protection. Man (58, learning disability) living alone in Coatbridge. His 'pal' moved in, took over his bank card and makes him sell cannabis out of the flat. The man says he's scared of the pal's friends.",
      "AV WW", "NCW FA", "C")
    T("Victim does not want to go to police. She says the 'madam' did not take her passport — she never had one, they travelled on fake papers — but she's told she owes £40,000 and every night without money adds £200.",
      "DB", "UF", "S")
    T("Mum called 101 in a panic: her daughter (16) in Ayr has 'run off with an older guy' — turned out she'd gone to a friend's 18th. Home safe.")
    T("Young man (20) in a homeless unit in Dundee told staff he doesn't owe the dealer anything, the dealer just 'looks after' him and he does deliveries in return. He hasn't been paid for the deliveries. He's been hit before.",
      "AV WW PSV", "", "C")
    T("No threats were made to me, I was just told if I went to the police I'd be sent back and I'd never see my kids again. Worker, salmon farm, Argyll.",
      "IT", "FA", "L")
    T("Kidney transplant patient at the Western General asked police for advice about a fundraising page scam; unrelated to transplant. Donor was his wife.")
    T("INT 2/B/P. Source reports a Romanian man in Dundee recruiting homeless men for 'kidney donation' abroad, offering £5,000 and a flight to Istanbul. Two men believed already gone; one came back unwell and was never paid.",
      "AV DEC WW", "", "O")
    T("The money is not mine. I send to boss. Boss send to my family he say. My mother say she get nothing.",
      "WW", "NCW", "")
    T("Welfare check at Airdrie, man's family concerned he is 'working too hard' at his own takeaway. He owns the business. No concerns.")
    T("Referral from Dundee Women's Aid: Thai woman married to a Scottish man, brought over on spouse visa. She says he makes her work unpaid in his café 12 hours a day and cleans the house after, and hides her BRP. He has hit her. He says she'll be deported if she leaves him.",
      "WW EO RD PSV IT AV", "LH DT", "L D")
    T("Man at Peterhead harbour: 'I'm not sleeping on the boat, I have a flat. I get my money. I just came to ask about a tax form.' Referred to HMRC.")
