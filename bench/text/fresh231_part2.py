def add(T):
    T("Ppt held by employer. IP otherwise free to come and go, paid weekly. Employer states he holds it because IP 'loses things'. IP says he would like it back. Advice given to employer that it must be returned on request; follow-up visit booked for next Tuesday.", "RD", "DT", "L")
    T("Debrief of Mr TRAN (via interpreter). He paid $12,000 to travel from Vietnam by lorry. He was told he would work in a restaurant and earn £1,500 a month. In fact he was taken to a house in Kettering where he looked after cannabis plants. He was locked in, the windows covered, and the men came every 3 days with rice and noodles. He didn't know which city he was in. He was told that if he ran away the gang would visit his parents in Nghe An. He says he was never beaten but saw another man beaten. He still owes the debt and is frightened for his family. He was referred to the NRM and moved to a safe house in the Midlands. He is willing to help identify the house from photographs. Kettering officers are making enquiries with the landlord.",
      "DEC DB RM ISO IT AC AV", "UF RMS IS FA PLC", "C")
    T("Caller: lads next door at number 9 leave at 5am in a white Sprinter every day, back at 11pm. about 12 of them in a 3 bed. bins overflowing. foreign dont speak english.",
      "", "CE OA LH PLC", "L")
    T("Follow up: the 12 men at 9 Ash Grove are employed by Greenhill Foods via a registered agency, contracts and payslips seen, each pays £60 p/w rent to a private landlord. Shift patterns verified. Allegation of exploitation not supported. Council HMO team informed re overcrowding.")
    T("She tell me 'you are my wife now you must do what I say, you clean for my mother and my brothers and you never go outside without me'. I was 17 when I come from Pakistan. He take my passport.",
      "AV RM RD", "DT RMS", "D", "high")
    T("INT 2/B/P. Romanian female DUMITRU (nom) advertised on Vivastreet. Source states her 'boyfriend' Cosmin BADEA takes all the money, she gets nothing. He met her in Bacau and promised a life together in England. DUMITRU believed to be 21. Adverts show her in locations around Leicester. BADEA has previous for ABH. Intel to be developed with the MSHT unit. The Vivastreet adverts are paid for with a card in BADEA's name. Source also states that BADEA has a wife and children in Romania and that DUMITRU does not know this. Analyst tasked with checking the phone numbers on the adverts against previous reports and other adult sites, and with identifying the addresses she has been seen at. MSHT unit will consider a welfare visit with a Romanian-speaking officer and an ISVA from a specialist service.",
      "DEC WW", "NCW", "S")
    T("no one is making me work I work because I want to, I have my documents and I live with my wife, please stop the police coming to the shop - Mr Y, statement 03/11. Officers note Mr Y's statement appeared coached and the owner stood in the doorway throughout.",
      "", "FA", "", "medium")
    T("A 20yo with autism was befriended online and persuaded to let 'friends' use his bank account. Over £30k passed through it. He was told that if he closed it he would be hurt. His mum found the statements and contacted the bank, who froze the account and referred it to us. The 'friends' are known to use young men as money mules. He is now being supported by his mum and an autism support worker. The account has been closed by the bank. The young man has been visited by police, has not been arrested, and has been given advice about money muling. His mum will help him block the 'friends' on social media. Case closed by police.",
      "AV IT", "", "C")
    T("Officer's note: attended farm near Wisbech following report of workers in caravans. 14 caravans, mains power, showers block, workers from Bulgaria on seasonal visas. Accommodation basic but reasonable. All had passports and bank cards. One worker complained he had been charged £120 for a 'visa processing fee' by a recruiter in Sofia - referred to GLAA. The GLAA officer spoke to the worker about the fee and he agreed to provide the recruiter's details and a bank transfer receipt. The farm manager cooperated fully and said the farm uses only approved scheme operators and did not know about any fee being charged. Scheme operator informed. Closed for police purposes.",
      "", "UF", "L")
    T("IP was cut off from her family - her phone was taken as soon as she arrived at the house in Ilford and she was only allowed to call home once a month with the madam listening.",
      "ISO", "IS", "D")
    T("Manchester Airport Border Force: 2 Chinese females travelling with male who held both their passports and did all the talking. Females said they were going to 'work in a massage'. Male had £9k cash.",
      "RD", "DT SFW", "S")
    T("Kid at our youth club (Jayden 15) keeps going missing for days, comes back with cuts on his hands and a Nokia phone, says he's 'working' in Norfolk. Mum is at her wits end. Mum found a train ticket to Norwich and £200 in his bag. He says he is fine and she is overreacting. Youth worker has made a referral to the exploitation hub.",
      "AV", "PA", "C", "high")
    T("Hotel cleaner (Italian national) complained to ACAS that she is paid per room, works 11 hours but paid for 6. Holds own documents, lives in own flat. Referred to HMRC NMW. Her contract says hours are paid at the minimum wage, but the hotel's system only counts the rooms she cleans. She has kept her own timesheets.",
      "WW EO", "LH", "L")
    T("CASE NOTE: Client described the way the men at the car wash were treated: 'We sleep behind the car wash in a container, no toilet, we wash with the jet hose. The boss say we must work till the last car, even 10pm. If we are slow he hit with the pipe.' Client has now left and is in MSVCC accommodation. He says he misses his friends who are still there. He gave the name of the car wash and the boss's first name. Intelligence report submitted and the address passed to the local MSHT lead. Client also asked if the police could check on a friend called Bashkim who is still there. He has agreed for his mobile number to be given to the investigating officer.",
      "AC EO PSV", "SW PLC LH", "L")
    T("Male found on hard shoulder of M6 near Stafford, says he jumped from a lorry, speaks no English, very thin, no shoes.",
      "", "PA FPE")
    T("INT 3/C/P: the brothers KOVAC are thought to be collecting girls from children's homes in Telford, giving them mephedrone and taking them to parties where older men have sex with them.",
      "AV PSV", "", "S", "high")
    T("Worried neighbour: 'the lady next door works as a cleaner for a rich family, she leaves early and comes back late but she has a car and goes on holiday'. Checked - no concerns. the family drive her home sometimes and she's got two kids at the local school")
    T("Fraud. Elderly lady in Whitby scammed out of £4,000 by a fake HMRC caller. No exploitation of workers. She was told to buy gift cards at the Co-op and read out the numbers. Bank contacted and Action Fraud reference obtained. Daughter is staying with her tonight and the Safer Neighbourhood team will fit a call blocker.")
    T("POI (female, Thai) in brothel at Unit 4, Canal St. Says she works there by choice, keeps her own money and has her passport. However she states the manager holds the passports of two other women who 'owe money' and who are not allowed out.",
      "RD DB RM", "DT RMS", "S")
    T("I worked in the restaurant 5 years, the owner is my father's friend, he gave me the room for free and food, I worked very much, 12 hours, but now I have my own flat and I am OK. I don't want police.",
      "EO", "LH", "L")
    T("Intel: a man known as 'Lenny' in Blackburn targets men coming out of HMP Preston with no accommodation, gives them a room and then makes them drive drugs to Cumbria to pay the rent which he says they still owe.",
      "AV DB", "", "C")
    T("Police called to disturbance at 72 Lord St. Two Afghan brothers fighting over a car. Both work in a family takeaway. No exploitation indicators. Both had been drinking. The older brother said the younger had crashed his Golf. Both have their own wages, flats and documents and are British citizens. Words of advice, no complaint made by either party.")
    T("Victim account (translated from Tigrinya): 'They put us in the back of the lorry, 30 people, no water for two days. The smuggler said when we arrive we must work for his friend for one year to pay. The friend gave us work in a factory in Leicester but no money. When we asked he said he will tell the police we are illegal.' He made this account at the Red Cross in Leicester. He now lives in asylum accommodation in Loughborough. He says there are still at least ten people from his village working at the factory. The Red Cross caseworker has asked whether the police will go to the factory, and was told that the GLAA and police will plan a visit together. He will be kept updated.",
      "DEC DB WW IT AC AV", "FA UF", "L")
    T("Worried mum: daughter (19, learning difficulties) has moved in with a man she met online who won't let her have her phone. She was crying on video call and said she has to 'entertain his friends'.",
      "AV ISO", "IS", "S")
    T("RE the au pair at 5 Cedar Close. Agency visited; she works 25 hours, gets £100 a week pocket money, own room, phone, passport, goes to English class. She wanted a change of family and has been placed elsewhere. No exploitation.")
    T("Boss told us 'you owe for the house, for the van, for the food. You can leave when you pay'. Every week the paper say we owe more. (Note made by a GLAA officer of what a Latvian worker told him at a farm near King's Lynn. He says there are five of them in the house and the boss gives them a 'statement' every Friday.)",
      "DB", "CT", "L")
    T("Intel re: flower farm, Spalding. Source states Ukrainian workers required to work 16 hr days in peak, no rest day for 3 weeks, supervisor screams at them. Source also says the workers are free to leave and have phones.",
      "EO", "LH", "L")
    T("Call from Leicester City Council: inspected garment factory on Cobden St. Fire exits blocked, 30 machinists in a basement, no ventilation. Several workers paid £3 an hour. Owner says they are 'self employed'.",
      "AC WW", "", "L")
    T("Self-referral via MS helpline. Mr R, Indian national, came on Skilled Worker visa for a care company. Sponsor charged him £10,000 and now gives him only 10 hours a week, not enough to live on. He fears if he complains his visa will be cancelled. Sponsor has said 'you can go back to India if you don't like it'. The advocate noted that he has a wife and young child in Kerala, and that he took out a loan against the family's land to pay the sponsor. He has applied for other care jobs but been told he cannot move without a new sponsor. He was given advice about the Home Office's process for reporting sponsors and about the Employment Tribunal.",
      "DEC AV IT", "UF FA", "L")
    T("street homeless man asleep in doorway of Boots Northampton says he is fine and doesnt need help. No exploitation concerns.")
    T("A woman walked into the police station in Hull and said her husband's family had brought her from Bangladesh to cook and clean for eleven people, she had not been paid, and she had not been outside alone for eighteen months. She did not know the address. She had bruises on her arms which she said were from her mother-in-law. She was taken to a safe place and an interpreter in Sylheti was arranged. She was referred to the NRM and the local authority adult safeguarding team. Officers later attended the address on Holderness Road and spoke to the family, who said she was a relative and came to stay willingly. Enquiries continue.",
      "WW RM ISO PSV AC", "RMS IS PA", "D")
    T("Intel: 'JJ' and 'Smurf' using 2 local girls (15 and 16) to sell crack in Hastings, girls stay in the trap house for days. Source is the mum of a friend of one of the girls. Names given; both girls are known to children's social care.",
      "AV", "", "C", "high")
    T("Update - earlier report of a girl held at flat above the barbers on Station Rd found to be false. Occupant is the barber's adult daughter who was ill in bed. NFA.")
    T("They say 'pay 300 for the papers, 200 for the bed, 50 for the boots'. First month I have nothing.",
      "WW", "UF PPE", "L")
    T("Construction site Canary Wharf: worker fell from scaffold, no harness provided. Employer a subcontractor; worker is Moldovan without right to work, paid cash £50 a day for 12 hour shifts, lives in a flat organised by the boss with 9 others.",
      "AC WW EO AV", "OA LH", "L")
    T("IP denies any debt, denies being threatened, denies documents are held. Says he does the work because he has no other way to support his kids in Romania. Officers remain concerned because he was found sleeping in the warehouse.",
      "AC", "SW", "L")
    T("Youth offending team: Tyler (16) arrested in Aberystwyth with 30 wraps. Says he was sent by 'the olders' in Wolverhampton, they took his phone and gave him a burner. He was released to his mum, who lives in Wolverhampton, and a referral has been made to the NRM. He says the olders will be angry that the drugs were seized.",
      "AV ISO", "", "C", "high")
    T("Caller concerned for girl at 3 Milton Rd - big man comes every night and different men go in and out. She never goes out. Caller heard screaming last night. Caller lives opposite and has watched from her window for about a month. She has the make of the car, a black Mercedes, but not the registration.",
      "RM", "RMS", "S")
    T("The lady who runs the house says I'm part of the family but I haven't been paid in two years, I do all cooking and children, I don't have a key. (Said to a GP receptionist in Harrow when the woman came in with one of the children. She would not give her surname. Receptionist told the safeguarding lead.)",
      "WW RM", "RMS", "D")
    T("Routine GLAA licence inspection of Apex Labour Solutions, Kent. Workers provided with PPE free of charge, transport free, accommodation optional and at market rate. Licence renewed.")
    T("Case note: client was recruited from a Romanian village by a woman who said there was a job in a bakery in Essex. On arrival she was taken to a house, her ID card was taken, she was raped by the woman's son and then advertised online. That was 2020. Client now has a positive conclusive grounds decision, lives with her sister in Colchester and has a job in a supermarket. She still has nightmares.",
      "DEC RD PSV", "DT", "S")
    T("Romanian male arrested for shoplifting in Cheltenham - says he was told to steal by the man he lives with and must hand over everything he takes, otherwise he doesn't eat. He was interviewed with a Romanian interpreter and said he lives with five other men in a house on Hatherley Road. Referral made to the NRM with his consent.",
      "AC", "", "C")
    T("Anonymous text: 'car wash Bridge st leicester boss has all the passports in the safe workers not paid sleep there'",
      "RD WW", "DT SW", "L")
    T("Note: car wash on Bridge St visited 22/04. Owner showed passports in safe and said workers had asked him to keep them. Workers interviewed separately: two said they had asked, one said he wanted his back and had been refused. Workers paid £40 a day. None sleep on site.",
      "RD WW", "DT", "L")
    T("Interpreter at police interview believes the 'uncle' of a Vietnamese boy (claims to be 18, looks 14) is controlling him - the uncle kept correcting the boy's answers. The boy was later referred for an age assessment, and the uncle was not allowed to be present.",
      "AV", "SFW FA", "", "high")
    T("Older lady (87) with carers was worried her Polish cleaner was 'being used'. Cleaner spoken to: she is self employed, has many clients, her own car and home. Worries unfounded.")
    T("Intel 2/B/P: Marek WOJCIK takes newly arrived Polish men from Victoria coach station, houses them in Slough, gets them factory jobs and opens bank accounts for them, keeping the cards. Men told they owe £1,000 for 'setting up'. Source states WOJCIK runs this from a house on Stoke Poges Lane. Previous intelligence (2023) linked him to a factory in Slough that has since closed.",
      "WW DB", "NCW MBC UF", "L")
    T("Man on phone very upset: my sister is in Dubai working for a family, they took her passport and beat her. Not a UK matter - passed to FCDO. Caller lives in Bradford. He was given the FCDO number and advised that the family can also contact the embassy in Abu Dhabi. He wants his sister home.",
      "RD PSV", "DT", "D")
    T("Stop search: 3 males in car at 02:00, cannabis smell. No drugs found. No exploitation. All three aged 20 to 22, local, on their way home from a friend's birthday. Search recorded under s23 MDA, occupants given the receipt. Vehicle checks fine.")
    T("IP (female, 24, Nigerian) states 'my madam in Lagos did juju ceremony, I swore to pay 35,000 euros. If I don't pay, the spirit will kill me'. She was made to work the streets in Italy, then brought to a flat in Peckham.",
      "DB IT", "", "S")
    T("Care agency referral: carer from Ghana says the agency owner collects her wages and gives her £200 a month; she works 7 days; she lives in a room in the owner's house with four other carers. She has been in the UK 18 months on a Health and Care Worker visa. She is afraid of losing her visa if she complains. She agreed to speak to a GLAA officer.",
      "WW EO", "NCW LH OA FA", "L")
    T("He has own passport, own phone, visits his family in Bulgaria at Christmas - but is paid £2 an hour for picking and his supervisor takes £30 a week for 'water'. He told the GLAA officer this at the end of a visit near Hereford. He doesn't want to leave because the work is close to his friends.",
      "WW", "", "L")
    T("Member of public: i think there is something dodgy at the big house on Pinfold Lane, loads of cars come and go all night and the curtains are always shut",
      "", "")
    T("Intel: Pinfold Lane address identified as an AirBnB rented for a party weekend. No concerns. Host contacted via platform, confirmed a booking for a 40th birthday, 16 guests, checking out Sunday. Neighbour updated.")
    T("Domestic servitude - historic. Ms A (now 30) was brought to UK at 12 by a 'family friend' who used her as a servant in Croydon until she was 19. She was never enrolled in school. Currently lives alone, British citizen, works as a teaching assistant.",
      "AV", "", "D")
    T("Officer: the men at the Lincolnshire farm were fine. The foreman spoke good English and did all the talking, but when I asked to speak to them privately they said through an interpreter that they are paid fairly and have their own documents.",
      "", "SFW")
    T("Allegation by ex-employee that kitchen staff at Golden Palace were locked in overnight. Owner denies. CCTV shows staff leaving freely at close. Allegation unsubstantiated. Three members of staff were spoken to separately at their homes. All said they have keys to the back door and finish around midnight. The ex-employee was dismissed last month for theft from the till.")
    T("Girl, 14, told teacher she has sex with her 'boyfriend's' mates to pay off a debt for weed. She is scared to tell her mum. Teacher has spoken to the DSL and a strategy meeting has been called for tomorrow. The boyfriend is 19.",
      "AV DB PSV", "FA", "S", "high")
    T("Reported: Romanian women begging outside Sainsbury's, Romford, picked up by a black Mercedes at 7pm. One told a shopper the man takes the money and she gets food only.",
      "WW", "CE NCW", "C")
    T("IP said he worked on a chicken farm in Herefordshire for 3 months. He said the work was hard and hours long, but he was paid properly and left when the season ended. He did not report anything untoward.")
    T("Organ - intel 4/D/P (unverified): a man in Croydon claims he can arrange kidneys 'from India' for £60k. No victim identified.",
      "", "", "O")
    T("Victim recovering in hospital after nephrectomy in Istanbul. She was told she would get a cleaning job in Turkey; instead her passport was kept and she was taken to a clinic. Given £2,000, promised £10,000.",
      "DEC RD WW", "DT", "O")
    T("Parents of a young man with Down's syndrome are concerned the local cafe where he volunteers is exploiting him. Cafe manager explained it is a supported volunteering scheme for 3 hours a week with a job coach present. No concerns.")
    T("Female, 30s, at A&E, facial bruising. Accompanied by male who answered for her and said she 'fell'. She speaks little English. When male left the room she said 'he make me work, take money'.",
      "PSV WW", "PA SFW NCW", "", "high")
