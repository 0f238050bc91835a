"""fresh248 part 3: members of the public, 101/999 call logs, online reports."""


def add(T):
    T("theres a car wash on the dock road in bootle and the lads there look terrified of the boss he "
      "shouts at them all day and they dont have gloves or nothing in the freezing cold. they sleep in the "
      "portacabin i seen them through the window at night",
      "AC", "SW FA", "L")
    T("101 online: I live opposite a house on Cambridge Rd Seaforth and there are about 12 men living in it, "
      "a white van picks them up at half 5 every morning and brings them back after dark. They never seem to "
      "have a day off, even Sundays. Bins overflowing. I dont know if its anything but it doesnt seem right",
      "EO", "OA CE LH PLC", "L")
    T("my nan has a new cleaner shes lovely and gets paid £15 a hour i just wanted to say thanks to the "
      "pcso who came round about the scam calls", "", "", "")
    T("999 call 23:41 - female caller, distressed, says her friend 'Ana' has just messaged her saying "
      "men at a house on Lodge Lane are hitting her and won't let her leave, sent location pin. Caller "
      "says Ana was brought over from Romania to work in a 'bar'. Grade 1.",
      "PSV RM DEC", "RMS", "S", "immediate")
    T("Caller reports kids on bikes dealing weed in the park off Queens Drive. Says they are 'only young "
      "like 12 or 13' and older lads in a car hand them the bags. Passed to neighbourhood team and CCE.",
      "AV", "", "C", "high")
    T("There's a girl in the nail shop in Moreton who is there from 8 in the morning til gone 10 at "
      "night every single day, even Sunday. She never talks, the man does all the talking when you book. "
      "She looks exhausted and ever so thin. I asked her once if she was ok and she looked at him before "
      "saying yes.",
      "EO", "LH SFW PA FA", "L")
    T("Reporting a neighbour's dog barking all night, Widnes Rd. Not sure who to contact.", "", "", "")
    T("hi i work at a bar in town and one of the lads in the kitchen told me he hasnt been paid for 2 "
      "months and the owner has his passport, he sleeps in the cellar. hes from egypt i think. he asked me "
      "not to tell anyone cos hes scared hell get sent home",
      "WW RD AC", "DT SW FA", "L")
    T("101 call: male caller says his ex-partner is 'trafficking' his son by taking him to Spain on "
      "holiday without consent. Child abduction advice given. Parental dispute, no MSHT.", "", "", "")
    T("the house next door in Walton has loads of men coming and going at all hours, different ones every "
      "night, and theres a young foreign girl who i never see leave. the windows are always covered. i "
      "think its a brothel and she cant get out",
      "RM", "RMS", "S")
    T("999: caller at Birkenhead Park says a man is chasing a lad of about 15 with a machete shouting "
      "'where's my money, you lost my gear'. Units dispatched.",
      "AV IT", "", "C", "immediate")
    T("Online report: 'I would like to report my employer for modern slavery. I work at a call centre in "
      "Speke, they make us do overtime and my manager is rude.' Caller confirmed overtime is voluntary and "
      "paid. Advised ACAS.", "", "", "")
    T("Caller concerned about Polish lads in a house on Pennington Road Bootle - she says they look "
      "'scruffy' and wear the same work clothes every day and are always outside smoking. On follow-up "
      "they are employed by a recycling firm, own tenancies, no other concerns.",
      "", "", "")
    T("i want to report the man who runs the chippy on Stanley rd hes got a young lad working there who "
      "is about 14 every night til 1 in the morning on a school night and he pays him a fiver. the lad "
      "told my son hes not allowed to stop or the man will tell his mum hes been robbing",
      "AV WW EO IT", "LH", "L", "high")
    T("Call handler log: male, 60s, calling from a payphone in Liverpool city centre. Says 'I have been "
      "working for a family in Wavertree for nine years, no money, I want to go home'. Call cut off. "
      "Number traced to phone box at Lime Street. Units tasked to locate.",
      "WW", "", "D")
    T("I seen a woman at the Tesco in Bootle Strand take out cash on like 8 different cards one after "
      "the other while a lad waited in a car. She was getting all flustered. Thought it was weird.",
      "", "MBC", "")
    T("Caller (anonymous) states that the massage place above the vape shop on London Road has 'girls "
      "living there' and men going in and out all night. Girls are Chinese and 'never come out'. Caller "
      "thinks they are 'kept there'.",
      "RM", "RMS SW", "S")
    T("hello, my sister in law is from the Philippines and works as a nanny for a family in Heswall. She "
      "has her own room, they pay her properly, she keeps her own passport and has Sundays off. I was "
      "worried because a friend said that sounded like slavery, but it seems fine, I just wanted to check "
      "what the signs are.",
      "", "", "")
    T("101 - caller reports she met a man on Tinder who asked her to 'hold some money' in her bank "
      "account and send it on. She refused. Advice given re money muling.", "", "", "")
    T("my son is 16 and hes been going to Preston and Blackpool on the train and coming back with money. "
      "hes got a bust lip and wont say who did it. there was a man outside our house last night in a "
      "car flashing his lights. hes petrified and says if he stops they will hurt me and his little sister",
      "AV IT PSV", "PA FA", "C", "high")
    T("Call log: Staff at Liverpool John Lennon Airport report a young woman (19ish) travelling with a man "
      "who holds both passports and both tickets. She appears to be under the influence and confused "
      "about where she is going (Dubai). Man says she is his girlfriend. Officers attending.",
      "RD", "DT", "", "immediate")
    T("Caller reports a minibus full of men parked at the Knowsley Business Park at 5am every morning "
      "waiting for the factory to open. Company confirmed these are agency staff on an early shift, "
      "transport organised by the agency at no cost. Nothing further.", "", "", "")
    T("I dont want to give my name. There is a house in Tranmere where a man keeps a girl with a learning "
      "difficulty and lets his mates 'have a go' on her for money. Everyone round here knows. Shes about "
      "20. Her mum died last year.",
      "AV PSV WW", "", "S")
    T("Report: theft of catalytic converter, Maghull. Vehicle Toyota Prius.", "", "", "")
    T("the owner of the hand car wash on Wallasey Rd makes the workers live in a garage behind it. no "
      "toilet, no heating, they wash in the jet wash. they are from Iran and Kurdistan i think. he pays "
      "them when he feels like it",
      "AC WW", "PLC SW", "L")
    T("Call handler note: caller is a delivery driver who delivers to a house in Kirkby. Says there's a "
      "boy about 16 who always answers and says he's 'minding the house' for someone, the house smells of "
      "cannabis and the windows are blacked out. Boy looked scared and asked the driver if he had a phone "
      "he could borrow.",
      "AV ISO", "FA", "C", "high")
    T("my neighbour is a nurse and works 13 hour shifts and sometimes does six in a row, shes shattered "
      "but she loves her job, nobody is forcing her. i only mention it because someone on facebook said "
      "long hours is a sign of slavery lol", "", "", "")
    T("999 call transcript (edited): 'She's in the boot, they put her in the boot of a blue Golf, I saw "
      "them, they were going up towards the Kingsway tunnel. She was screaming. One of them hit her.' "
      "Vehicle partial reg LR6?. Units to tunnel entrance.",
      "PSV RM", "RMS", "", "immediate")
    T("I'm a landlord in Anfield with a 5-bed HMO, all licensed. One of my tenants told me another tenant "
      "takes his bank card every Friday and gives him 'pocket money' and he has to work at the other "
      "tenant's mate's building firm. He's from Latvia and doesnt speak much English. I have his number if "
      "you need it.",
      "WW", "NCW", "L")
    T("Caller says her elderly father has been 'scammed' by a roofer who charged £7,000 for a job that "
      "was not done. Fraud report. Rogue trader. Not MSHT.", "", "", "")
    T("theres a lad who begs outside Moorfields station every day and a man drops him off in a car in "
      "the morning and picks him up at tea time and takes the money off him, the lad has one leg and "
      "seems scared",
      "AV WW", "ET FA NCW", "C")
    T("My friend works at a restaurant in the city centre. The owner said if she doesn't work unpaid "
      "trial shifts for a month she won't get the job. She refused and got a job elsewhere. Is that "
      "legal?", "", "", "")
    T("Online report: Concerned about a 'nail bar' on Walton Road. The girls working there look very "
      "young, maybe 15 or 16, and they are there during school hours. A man picks them up in a black "
      "Mercedes at closing and they all get in together. They do not have phones, a customer asked.",
      "AV ISO", "ET IS", "L", "high")
    T("101: female reporting that her husband took her passport and won't give it back since they argued. "
      "She says he is not otherwise controlling, she works and has her own money. Wants advice on getting "
      "a replacement.", "RD", "DT", "")
    T("Caller says a van with 'Cheap Block Paving' on the side keeps pulling up in Huyton and the "
      "workers look homeless, dirty and thin, and the boss shouts at them. One of them asked a resident for "
      "food.",
      "AC", "PA", "L")
    T("Caller reports suspicious behaviour - a man photographing houses in Hoylake. Turned out to be an "
      "estate agent.", "", "", "")
    T("'I came from Vietnam in a lorry. The men said I must pay 20,000 pound. In England they put me in a "
      "house with the plants. I not go out for three months. I eat noodles only. They say if I run they "
      "kill my mother.' - statement of male found at grow, Fazakerley (translated).",
      "DB RM IT AC", "UF RMS", "C")
    T("neighbour says the young woman at no 37 is always in the house cooking and cleaning for a big "
      "family, she has a little room in the loft and isnt allowed a key. she told my wife she was promised "
      "she would go to college here but they never let her",
      "DEC RM", "RMS", "D")
    T("Call from Premier Inn, Albert Dock: receptionist concerned about a man who booked 3 rooms for 2 "
      "women and a teenage girl, pays cash, and has had a stream of men visiting the rooms since 4pm. "
      "Girl looks about 15. Units to attend now.",
      "AV", "", "S", "immediate")
    T("I am writing about a firm that does shop fitting in Liverpool. I worked there 3 weeks and they "
      "charged me £85 for my boots and hi-vis, then didn't pay me for the first two weeks 'as a trial'. I "
      "am English and I left. I think they are doing it to the foreign lads too who can't leave.",
      "WW", "PPE", "L")
    T("Report of a fight between two drunk men outside the Wetherspoons in St Helens town centre. Both "
      "left prior to police arrival.", "", "", "")
    T("Caller states her 15-year-old daughter has been found in Chester with an adult man from Ellesmere "
      "Port who says he is her 'boyfriend'. She was reported missing 2 days ago. Cheshire Police have her. "
      "Girl disclosed he gave her vodka and she 'had to' sleep with him.",
      "AV PSV", "", "S", "high")
    T("hi i saw a post on facebook saying come work in liverpool, free house, £600 a week, no english "
      "needed, just message this number. seems dodgy. someone should look at it",
      "", "", "")
    T("Log: male attended Birkenhead station front desk saying he wanted to report his boss for keeping "
      "his ID. On questioning, the boss holds a copy of his ID for right to work checks; male has the "
      "original. Advised. No offence.", "", "", "")
    T("Caller works at a petrol station in Prescot. Says a man comes in every night at 2am with 3 or 4 "
      "young women, buys fuel and energy drinks and pays with different cards, the women never speak and "
      "keep their heads down. One had bruises on her arms.",
      "", "MBC FA PA", "")
    T("My brother-in-law has come from Lithuania and got a job through a mate at a warehouse in Speke. He "
      "gets minimum wage, lives with us, pays us £50 a week. He does 60 hours because he wants the overtime "
      "money. He wanted me to check he's not being exploited because his English is poor. Is he?",
      "", "", "")
