# fresh246 part 3: begging at stations, sexual exploitation, domestic servitude, organ harvesting, mixed
def add(T):
    T("BTP log: Female, Romanian, approx 60, begging at Marble Arch tube every day from 7am until midnight. Seen being dropped off by a BMW X5 and the driver collecting the money from her twice a day. She has a disability, walks with a crutch.",
      "AV WW EO", "CE LH NCW", "C", None)
    T("Staff at Leeds station report a man in a wheelchair who begs on the bridge. A younger man brings him in the morning, leaves him all day without food or a drink and takes the cup of money away at night. Man in wheelchair seems scared of him.",
      "AV WW AC", "CE FA NCW", "C", None)
    T("Begging at Kings Cross - male known locally, UK national, homeless, begs for himself to pay for his hostel. Referred to St Mungo's outreach. No indication anyone else is involved.", "", "", "", None)
    T("INT 2/B/P: Group of Roma children aged 8-12 begging on the Central line. Source states they are brought from a house in Barking each morning by an adult male and an adult female, and any child who brings back less than £50 is beaten. The children do not attend school.",
      "AV PSV", "CE", "C", "high")
    T("Referral (Salvation Army): Mr D, 45, Polish, was recruited at a soup kitchen in Gdansk, told he'd have a job in a factory. On arrival at Stansted his ID card was taken. He was put to beg outside Manchester Piccadilly and Victoria stations and the money taken by his 'boss'. When he refused he was kicked and locked in the garden shed.",
      "DEC RD WW PSV RM AV", "DT RMS NCW", "C", None)
    T("Tube staff at Oxford Circus say a woman with a baby begs on the same spot every day, a man keeps an eye on her from the ticket hall, after she asked a customer for help he took her arm and walked her out.",
      "RM", "RMS", "C", "high")
    T("Begging reported at Newcastle Central. Male, 30s, Scottish, sells the Big Issue. Legitimate vendor with badge. No concerns.", "", "", "", None)
    T("Translated statement: In Romania a woman said I can make money in England washing dishes. When I came to the bus station in London, her husband took me to a flat. He told me I owe £2,000 for the bus and flat and that I must stand at the station and ask for money. He comes every hour to take the money. If I do not make enough I cannot eat. I sleep on the floor with five others.",
      "DEC DB WW AC", "UF OA NCW PLC", "C", None)
    T("Anonymous online report: Adverts on Vivastreet for 'new girls, just arrived' at an address near Wembley Central station. Same 3 phone numbers for about 10 different women. Neighbour says taxis drop off men all night and the women never go out on their own.",
      "RM", "RMS", "S", None)
    T("BTP INT 2/B/P. Female, 17, located at Derby station with a 34yo male from Leicester. Male had booked her train tickets and a hotel room. Messages on her phone show he arranges for her to meet other men and she gives the money to him. She calls him her boyfriend.",
      "AV DEC WW", "ET NCW", "S", "high")
    T("Case note: K is a 22-year-old Nigerian woman referred by the Helen Bamber Foundation. She was brought to the UK by a 'madam' who promised her work as a hairdresser. She was forced to have sex with men in a flat in Birmingham and told she owed 35,000 euros. A juju ceremony was performed before she left Benin City and she believes she will die if she tells anyone.",
      "DEC PSV DB IT AV", "FA", "S", None)
    T("Call from hotel staff near Gatwick: girl in room 214 is maybe 15, three different men have gone in this afternoon, an older man booked the room and is sat in the car park. She came down and asked for some toast and had bruises on her arms.",
      "AV PSV", "PA", "S", "immediate")
    T("Intelligence indicates a brothel operating above a massage parlour on Station Road Watford. Women are Chinese nationals, moved between towns every 2 weeks. They are brought in by car and never leave. Women sleep in the treatment rooms.",
      "RM AC", "ET RMS SW", "S", None)
    T("Independent escort, 31, reported that a client had refused to pay. She advertises herself on AdultWork, works alone from her own flat, keeps all her own money and nobody manages her. Crime of theft recorded. No exploitation.", "", "", "", None)
    T("Referral from a sexual health clinic: young Romanian woman attended accompanied by a man who tried to answer all the questions for her and wouldn't leave the room. When he went to park the car she said he makes her work in a flat and takes all her money and that he hit her when she said she wanted to go home.",
      "WW PSV", "SFW NCW", "S", None)
    T("my neighbour has a lady living with them who does all there cleaning and cooking and looks after there 3 kids, shes up before 6 and I can see her ironing at midnight. she never goes out except to walk the kids to school and the mum walks with her. I heard the man shouting at her in the garden saying he'll send her back",
      "EO RM IT", "LH RMS", "D", None)
    T("Referral from Kalayaan: Ms S, 38, from the Philippines, came to the UK on an Overseas Domestic Worker visa with her employers, a Gulf family. Employer took her passport at Heathrow. She worked from 6am to 1am, slept on the floor of the children's room, was given leftover food. She was paid nothing for 8 months; her salary was 'sent home' but her family got nothing. She escaped when the family went to the park.",
      "RD EO AC WW DEC RM", "DT LH SW PLC RMS", "D", None)
    T("Statement (translated from Amharic): Madam never let me use the phone. I did not know the address. I did not know I was in London. I cleaned the house all day and looked after the grandmother at night. When I was slow she pulled my hair and burned my arm with the iron.",
      "ISO PSV EO", "IS PA LH", "D", None)
    T("School safeguarding lead: a Year 8 pupil (12) told her teacher she does all the cooking and cleaning for her 'aunt' and six cousins, isn't allowed to go to after-school clubs, and gets hit with a belt if the house isn't clean. She arrived from Nigeria last year; 'aunt' is not a relative.",
      "AV PSV RM", "RMS", "D", "high")
    T("Au pair, 21, from Spain, living with a family in Richmond. Contacted police about a pay dispute — she was paid £90 a week instead of the £100 agreed and the family say it's because she broke a vase. She has her passport, goes out with friends at weekends and has a day off. Advised to contact ACAS. Civil matter.", "", "", "", None)
    T("Domestic worker escaped at Heathrow while the family were checking in for Dubai. She approached a Border Force officer and said 'please I am not a maid by choice, they keep my passport, they will take me back and I will never come back'. She had worked 5 years without a day off.",
      "RD EO", "DT LH", "D", "immediate")
    T("Referral: Mrs Z, 56, Bangladeshi, brought over by her son-in-law's family as a 'relative' and kept as a servant. She is not allowed out, not allowed to phone her children, gets one meal a day. Family receive Carer's Allowance in her name.",
      "RM ISO AC WW AV", "RMS IS PA", "D", None)
    T("Young woman, 19, Vietnamese, found by BTP at Leeds station very distressed. Said she worked in a nail bar in Wakefield and lived with the owner's family, cleaning their house in the evenings as well. Not paid, 'owner says I owe for coming'. Her phone had been taken.",
      "AV WW DB ISO", "IS UF", "L D", None)
    T("Transplant unit at the Royal Free: patient received a kidney from his sister in a living donor transplant. Routine HTA independent assessment completed, no coercion or payment. Patient recovering well.", "", "", "", None)
    T("INT 3/C/P: a man called 'Doctor Ali' is said to be approaching asylum seekers at Croydon Lunar House and offering £5,000 to go to Turkey and 'sell a kidney'. Source says two men from a hostel in Thornton Heath went and one came back with a scar and no money.",
      "AV DEC WW", "", "O", None)
    T("Hospital safeguarding: male patient, 28, Pakistani national, presented at A&E with complications from a recent nephrectomy performed abroad. He says he was paid nothing of the £3,000 he was promised and his 'sponsor' who brought him to the UK has his passport. He is afraid to give details.",
      "DEC WW RD AV", "DT FA", "O", None)
    T("Caller says her cousin was brought to the UK by a man who told her she'd be a nanny and now says she has to 'give a kidney to pay the debt' to a rich man's son. Cousin is in a flat in Ilford, not allowed out. Caller very worried.",
      "DEC DB RM IT", "RMS", "O", "immediate")
    T("Live donor renal transplant at Guy's — donor is the recipient's husband. Both seen independently by the HTA assessor. No concerns of coercion or reward.", "", "", "", None)
    T("NCA intelligence: organised group recruiting young men from Eastern Europe with a promise of factory work; on arrival in the UK they are taken to a private clinic abroad, told they must donate a kidney to clear their 'travel debt'.",
      "DEC DB AV", "UF", "O", None)
    T("Patient attending dialysis clinic in Leicester told the nurse he got a kidney 'from a man in Egypt' three years ago and paid for it himself. The kidney failed. No UK-based victim identified. Notified to safeguarding for advice.", "", "", "O", None)
    T("Text from a friend of victim: she is in the back room of the massage place on Commercial St, they've taken her phone and passport, the man says she can't leave until she pays what she owes, she managed to message me from a customer's phone",
      "ISO RD RM DB", "IS DT RMS", "S", "immediate")
    T("Girl (15) found at Stockport station at 23:00 by BTP. Had been reported missing from residential care. She had a new phone and acrylic nails, said an older man she met online had been driving her to 'parties' in hotels in Manchester. She said she'd been given vodka and 'pills' and had sex with his friends. She refused to give his name.",
      "AV PSV", "FA", "S", "high")
    T("BTP INT 2/B/P: male known as 'Teddy' approaches young homeless women at Brighton station, offers them a place to stay, then after a few nights tells them they need to pay rent by 'seeing' his friends.",
      "AV DEC", "", "S", None)
    T("Detail of lover boy case: victim (19) met the suspect at Birmingham Moor Street, he told her he loved her and wanted to marry her. Within weeks he was advertising her online and driving her to addresses in Walsall and Dudley. He kept her earnings 'for their future' and if she said no he would say he'd show her family the photos.",
      "DEC WW IT AV", "ET NCW", "S", None)
    T("Police attended a flat above a shop near Cardiff Central. 4 women, Thai nationals, living and working in 2 rooms. None had passports — 'manager' said they were at her other flat. Women were wearing the same clothes as in the adverts and had only a carrier bag each of belongings. All very frightened of police.",
      "RD AC", "DT OA FPE FA SW", "S", None)
    T("Neighbour: flat 7 has about 15 different men going in every day and a woman who never comes out, the blinds are always shut, the man who lives there takes her shopping in his car and she always looks thin and tired",
      "RM", "PA RMS ET", "S", None)
    T("Domestic abuse report: female states her husband locked her in the bedroom last night after an argument and has taken her phone. She is safe now, at her sister's. DASH completed: high risk. No exploitation — relationship abuse.",
      "RM ISO", "RMS IS", "", "high")
    T("Case note, social worker: Mr Y, 62, lives alone and has mild learning disability. A man and his girlfriend have moved into his flat ('cuckooing') and are dealing drugs from it. They keep his bank card and tell him he can only have £10 a week. He sleeps on the kitchen floor because they have his bedroom.",
      "AV WW AC", "NCW PLC", "C", None)
    T("Statement of victim (learner English): I come from Slovakia because they tell me good work in England. They take me in the car. I live with many men in house, 4 in one room, beds on floor. The boss take my card, I never see money. I work in factory and also they make me open bank account, they use for 'business'. When I say I want go home he hit me on face.",
      "DEC WW AC PSV", "OA NCW PLC", "L C", None)
    T("A nursing home in Kent employs carers from Zimbabwe and India on Skilled Worker visas. Unison raised concerns: workers charged £8,000 'recruitment fees' they are repaying from wages, and told that if they leave they must pay back £5,000 and their visa will be cancelled. Some are working 60+ hours.",
      "DB IT EO AV", "UF LH", "L", None)
    T("INT 2/A/P: cannabis factory at an industrial unit in Redditch. Two Vietnamese males found inside, both sleeping on mattresses next to the plants. Door padlocked from the outside. One said he had been there 6 months and had never been outside.",
      "RM AC ISO", "SW RMS IS PLC", "C", None)
    T("Man came into the police station front counter in Crewe. He said he had been working for a builder for 3 months, building an extension, living in a caravan on the site. Builder has paid him £200 in total and now says he owes him for the caravan and food. He says the builder has his passport and said he'll tell the Home Office he's illegal if he goes to the police.",
      "WW DB RD IT AC", "DT SW FA", "L", None)
    T("Caller (Hindi interpreter): my husband's uncle brought me from India to look after their house and children. I cannot go out. They hit me when I cry. I do not know the address. Please help me. Line disconnected, number traced to an address in Southall.",
      "RM PSV ISO", "RMS IS", "D", "immediate")
