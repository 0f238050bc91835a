# fresh191 part 3: mixed public reports, negations, hypotheticals, some longer rambling accounts
def add(T):
    T("101. Caller reports lads at car wash on Hessle Rd working in the rain with no gloves. Officers and GLAA attended: all workers on payroll, own bank accounts, own passports, free to leave, gloves available in the cabin. Words with owner re PPE use. No MS indicators.", "", "", "")
    T("my cousin works 70 hours a week on a farm in Kent, he says he chooses it because the overtime pays good and he's saving for a house back in Moldova. He has his passport, he's not in debt to anyone. I just worry he's working too hard lol", "", "", "")
    T("Online: The man who runs the curry house on Bath Rd makes the waiters work 7 days a week, 12 hours, no days off for months. They sleep in the flat upstairs. He holds the passports 'because of Home Office checks'. They have never been paid overtime.",
      "EO RD WW", "LH DT SW", "L")
    T("Caller is worried about her teenage nephew who 'doesn't have any friends and never goes out' and plays computer games all night. No third party involved. Advised to contact GP/school. No exploitation.", "", "", "")
    T("she told me she wasn't locked in or anything, she can come and go, but the man keeps her wages for her and she only gets £20 a week 'pocket money'. she works at the sandwich factory in Park Royal",
      "WW", "NCW", "L")
    T("101. Caller states a girl knocked on her door asking to use the phone. Girl said she works at a house cleaning for a family in Edgbaston, hours 6am to 11pm every day with no day off in two years. She says they treat her 'like an animal' and she has to eat their leftovers. She was not locked in but has nowhere to go and no money. Girl returned to address before police arrived.",
      "EO AC WW", "LH", "D")
    T("i know for a fact the shop on Whitechapel Rd has people working there that got no papers and the owner takes their wages to 'keep safe', and he threatens to call immigration on them if they say anything, i used to work there",
      "WW IT AV", "NCW FA", "L")
    T("Report form: Not sure if this is relevant. My daughter's friend (15) has a 'boyfriend' who is 24, he picks her up in a Mercedes after school and she comes back late smelling of alcohol. Mum doesn't seem to care. Her phone is full of messages from him telling her not to talk to her friends anymore.",
      "AV ISO", "IS", "S", "high")
    T("Crimestoppers: The manager at the recycling plant in Castleford, Wakefield, makes Polish agency workers work double shifts 16hrs through the night on the picking line with no breaks and no masks, they are told if they go home early they lose the job and the room.",
      "EO AC IT", "LH", "L")
    T("Caller wanted to check whether it was legal for her employer to keep her passport in the office safe. Caller is a nanny, British citizen, employer had asked to photocopy it for right to work and returned it the same day. No concerns - she has it back.", "", "", "")
    T("101 - caller is a delivery driver for a wholesaler. Says at a restaurant in Chinatown he saw a young man asleep on flattened boxes by the walk-in freezer at 11am. Kitchen porter said he 'lives there'. Man looked very thin and had a burn dressing on his arm.",
      "AC", "SW PA", "L")
    T("message to force account: pls can someone check on the lad at the flat above me, he got moved in by some men from Liverpool two weeks ago, hes about 17, they come every day and take money off him, i heard them saying hes not to leave the flat. people knocking all night. he looks scared to death",
      "AV RM", "RMS FA", "C", "high")
    T("Long story sorry. I used to live in a shared house in Hull with Hungarian lads who all worked for the same man, Zoltan. He found us the jobs in the fish factory and the house. He said the rent was £70 a week but then it was £120 and also £30 for transport and £20 for 'admin'. He had all our bank cards in a box in his car and he gave us cash on Friday. I left because my mum sent me money for the bus, but my friends are still there. Zoltan told them if they leave like me he will find them. Some of them now owe him money because he says they broke things in the house. I don't think this is right. The house is on Hessle Rd near the big Asda, green door. Please don't tell him it was me.",
      "WW DB IT DEC", "NCW CT MBC OA FA", "L")
    T("101: caller says men working on the new estate off the A38 are 'definitely slaves' because 'they're foreign and they work weekends'. Caller has no other info. Site manager contacted: all workers CSCS-carded, via reputable subcontractor. No concerns.", "", "", "")
    T("Caller's 15 y/o daughter is missing tonight. Last seen getting in a grey Vauxhall Corsa with an older man known as 'Smiley' who she's been seeing. Mum found messages where he tells her she has to 'pay back' the phone by 'meeting his mates'. Phone off.",
      "AV DB", "", "S", "immediate")
    T("Online report: the Big Issue seller in Bath seems fine, but there's another man with him who takes the money off the other sellers. Caller saw him do it 3 times. Sellers look rough and unwashed.",
      "WW", "NCW PA", "C")
    T("hi police. im from Vietnam. i come to uk in lorry. they bring me to house in Birmingham to look after plant. i stay in house 5 month. door is lock from outside. they bring me food only rice. they say my family pay 30000 dollar and I must work for it. they say if i run the police will kill me",
      "RM DB AC IT", "RMS FA UF", "C")
    T("101 - caller noticed a man at a cashpoint on Holloway Rd with a whole stack of cards, at least ten, withdrawing with each. Caller took a photo. Male in his 20s, North African appearance. Left in a black Prius taxi. No further info.",
      "", "MBC", "")
    T("101. Caller (a mum) reports her son's mate, 16, was given a phone by a man and told to 'keep it on'. Son says the mate has now been asked to go 'country' to Lincoln. Mate's mum is unaware. Caller doesn't know the man's name.",
      "AV", "", "C", "high")
    T("Report: My nan's neighbour has a 'handyman' living with him for years, doesn't get paid, does all the garden, cooking, everything. He's got learning difficulties I think. Sleeps on a camp bed in the conservatory. The neighbour claims his benefits as appointee and keeps it all.",
      "AV WW AC", "NCW PLC", "D")
    T("Crimestoppers: 'Mama J' controls Nigerian women working in saunas in Leeds and Bradford. The women had a juju ceremony before travel and believe they will die if they disobey or go to police. They each owe her £40,000.",
      "IT DB", "FA", "S")
    T("Caller saw what looked like a man being bundled into the back of a van on Cowley Rd. Officers stopped van: friends 'pranking' for a stag do, all laughing, victim confirmed. Words of advice.", "", "", "")
    T("101 call. Female caller, speaking in a whisper. Says she is in a flat in Coventry CV1 and the man has gone out and locked the door, she has no key, he has her passport and she is being made to see men. She can see the Ricoh Arena from the window. He'll be back in an hour.",
      "RM RD", "RMS DT", "S", "immediate")
    T("Just a concern. The Slovak family at number 18 have a lot of people coming and going, at least 4 cars, kids playing. I don't think it's anything sinister, they seem a nice big family, just wanted to say as my husband is convinced they're gangmasters. No evidence.", "", "", "")
    T("snapchat message screenshotted and sent in by a mum: '[name] u owe me 2 bags u got robbed thats on u, u work it off or ur little bro gets it'. Recipient is her son, 14.",
      "AV DB IT", "", "C", "high")
    T("Online: I run a dog walking business and employ students. One student's parents reported me for working her 'too many hours'. She works 15 hours a week in the holidays. She's paid £12 an hour. Just wanted to put it on record.", "", "", "")
    T("101. Caller says the men doing block paving on her drive were brought by the boss in a van, he shouted at them all day, the youngest said quietly 'no money, no money, boss takes', and they ate nothing all day. Boss charged her £4000 cash.",
      "WW AC", "NCW", "L")
    T("Facebook DM: hi i dont want to give my name. my flatmate is from Albania she works in a 'hand car wash' but she comes home at 3am with money and clothes and a man picks her up. i think shes being made to work as a prostitute but she says no everythings fine. i see bruises on her legs",
      "", "PA", "S")
    T("Caller, a mechanic, reports his customer (a minicab firm owner) has 'hundreds of drivers' registered at one address in Rochdale and asks for payments to go into his own account. Caller thinks he's 'running slaves'. Caller has no contact with the drivers. Passed to licensing.",
      "", "NCW", "")
    T("Online report form, Category: Modern Slavery. The family at 7 Willow Way took in a 'relative' from Pakistan, a girl of about 18, who I never see outside except to hang washing. The woman of the house shouts at her constantly. Once I said hello and she ran inside. When I spoke to the husband he said she doesn't speak English and doesn't need to talk to anyone.",
      "ISO", "IS SFW FA", "D")
    T("hi i am writing for my brother. he went to work in a chicken farm in Norfolk, the man who bring him from Romania say £400 a week. now he gets £100, they take for house, for car, for the man's 'help'. he sleeps in a room with 7 others. he has no money for phone so he call me from friends phone. he says the boss is bad man with gun",
      "DEC WW IT", "OA CT NCW", "L")
    T("101. Caller concerned about a homeless man who sleeps in the doorway of the bakery. Says a man in a Range Rover came and gave him money. Caller 'read about' exploitation. Officers spoke to homeless man: Range Rover driver is his brother offering help, no concerns.", "", "", "")
    T("Crimestoppers: A man called Kamal in Rotherham picks up teenage girls from the care home on Moorgate in his car. They come back drunk and high in the early hours. One girl, 14, was heard saying Kamal made her 'do things' with his cousin.",
      "AV PSV", "", "S", "high")
    T("Message to force FB page: The cafe on Queen St is okay, I know the lads who work there, they get paid properly and go home at 6. Someone commented on your post that its a slavery place but its not.", "", "", "")
    T("i cant say who i am but the house on Westgate Rd has 3 Vietnamese lads who are never allowed out. the owner drives them to the nail bar every morning at 8 and collects them at 9pm. they work 7 days. they dont have phones.",
      "RM EO ISO", "RMS CE LH ET IS", "L")
    T("101 Call. Caller from a bank branch in Slough. Customer attended with an interpreter who insisted on doing all the talking and holding the customer's new debit card and PIN letter. Customer looked at the floor, seemed scared. Third time this month with the same interpreter and different customers.",
      "WW", "SFW NCW FA", "")
    T("Caller wanted to report her sister for 'running a sweatshop' because she employs 3 seamstresses in her alterations shop. Enquiry: employees are local, paid, work 9-5 Mon to Fri. Caller is in dispute with sister over inheritance. No concerns.", "", "", "")
    T("I think the boy who delivers leaflets round here is being used. He's about 12 and out from 6 till 10 at night every night in all weathers, a man watches him from a car at the end of the street and he gave the man the money someone tipped him. He looks freezing and hungry.",
      "AV EO WW", "LH PA NCW", "L", "high")
    T("report form: Ive read your poster about slavery. My landlord has a copy of my passport for the right to rent check. Is that legal? I have the original. Advice given, lawful, no concerns.", "", "", "")
    T("101. Caller says an elderly man in the next-door flat is being 'used' by a couple who moved in with him. They have his pension card, he's not allowed to answer the door, and he's lost loads of weight. Caller saw the man crying in the corridor and the woman dragging him back in.",
      "AV WW RM PSV", "NCW RMS PA", "C")
    T("Crimestoppers: Brothel at 92 Leopold Rd Liverpool L7. Girls from Romania, Hungary. Man called Cosmin drives them. He takes their phones when they arrive so they can't call home. Clients pay him at the door.",
      "ISO WW", "IS NCW ET", "S")
    T("Caller reports the neighbour's son (17) has 'gone weird' since he started working at a car wash. Enquiry: lad works Saturdays at his uncle's valeting business, paid cash, happy, mum fine with it. No concerns.", "", "", "")
    T("Call taken 0312: Caller is a security guard at a lorry park near Dover. He has found 3 young men hiding in the back of a trailer of frozen goods, very cold, one barely conscious. They say they paid a man in Belgium and he told them they would work for him in London to pay the rest.",
      "DB", "UF PA", "L", "immediate")
    T("online: i want to make a complaint about the agency i work through in Telford they make us pay for our own hi vis and safety boots £35 and take it out of the first wage. Is that legal? I'm English and it's just annoying, I'm not a slave lol", "", "PPE", "")
    T("101. Caller is a gardener. Working at a big house in Surrey he spoke to the cleaner who he thinks is from Indonesia. She told him she came with the family from Dubai, hasn't had a day off in a year, doesn't know the address, and the family has her passport. She asked him for help quietly, then said forget it.",
      "EO RD ISO", "LH DT IS FA", "D")
    T("twitter reply to force: theres kids dealing out the flats on Lynton Rd, not exploited they're just little scrotes, lock them up", "", "", "")
    T("Crimestoppers: A man in Bury has got a young lad, maybe 18, with Down's syndrome working on his market stall all day, every day, for nothing. The lad's mum died last year and the man moved him in 'to look after him'. The lad told a customer he 'has to' or he'll be 'put in a home'.",
      "AV WW IT EO", "LH", "L")
    T("101 Caller concerned about a woman working in the launderette, 'always there, never leaves'. Enquiry: she owns it and lives above it with her husband. No concerns.", "", "", "")
    T("Online report: my partner's mum went to Turkey for a kidney transplant, she paid a private hospital, it was legit. Someone at work said it's organ trafficking and should be reported. Is it?", "", "", "")
    T("Caller states a man called Viktor took 8 lads from her town in Lithuania to work in a potato packing plant in Fife. She says he promised them £500 a week and a flat. Her son says they live in one room with bunk beds, he's had £100 in 6 weeks and Viktor says the rest goes to the debt for the flights.",
      "DEC WW DB AC", "OA UF NCW", "L")
    T("101 caller is angry because his neighbour's builder turns up at 6am every morning. Noise nuisance. No concerns of exploitation.", "", "", "")
    T("hi i have seen on the news about the slave girls and i want to say there is a house on Brook St, Wigan where a man lives with 3 women who all call him 'boss'. They wear the same clothes every day, look terrible, very thin, he walks behind them to the shops and back.",
      "RM", "PA ET RMS", "")
    T("Crimestoppers: Women working in the pop-up brothel at the Airbnb on Castle St, Cardiff are advertised on Adultwork. They are moved on every week. One told a punter she had her passport taken in Romania and 'no can go home' until she earns 10k for him.",
      "RD DB RM", "DT RMS", "S")
    T("Caller says she'd 'heard from someone at bingo' that the Chinese restaurant on Park Rd keeps people in the cellar. No further details, caller doesn't know anyone who works there. Officers made licensing visit: no one living on premises, staff paid, no concerns.", "", "", "")
    T("101: Caller (ex-partner of suspect) says he runs a cleaning company using Brazilian women, he tells them he'll tell the Home Office they overstayed if they ask for their wages. He keeps them in a flat in Acton 'like a hostel', 4 beds to a room.",
      "IT WW AV", "OA FA", "L")
    T("message: my boyfriend went to work in a fishing boat off Scotland and he said it's terrible, they work 20 hours a day, the skipper hits them, they can't leave the boat even when in port, the skipper holds their seaman's books. he is from Ghana. please help",
      "EO PSV RM RD", "LH RMS DT", "L")
    T("101. Caller says she 'thinks' her neighbour's au pair is 'being treated like a slave'. On enquiry: au pair works 25 hrs a week, has every evening and weekend off, goes to English classes, has phone and passport. Caller had seen her carrying shopping. No concerns.", "", "", "")
    T("Caller reports seeing a minibus full of women picked up at 5am outside Morrisons in Kettering daily. Officers checked: staff bus for a legitimate chicken processing plant, workers pay nothing, employed directly, free to use own transport. No concerns.", "", "", "")
    T("I live next to a flat in Bolton where I hear a girl crying every night and a man shouting 'you'll do as you're told or I'll break your legs'. She never goes out. I've only ever seen her at the window.",
      "IT RM", "RMS", "", "high")
    T("Crimestoppers: Farmer near Pershore uses Romanian pickers, provides a portaloo for 40 people, no running water in the caravans, charges them £80 each a week. He says if they complain they won't get their end of season bonus which he never pays.",
      "AC WW DEC", "OA PLC", "L")
    T("101. Female caller says she left her husband's family home in Bradford because they made her do all the housework 18 hrs a day, wouldn't let her phone her family in Pakistan, took her passport when she arrived on a spousal visa, and said they'd have her deported if she told anyone. Caller now at a refuge.",
      "EO ISO RD IT AV", "LH IS DT FA", "D")
    T("Report: I was offered a job on Facebook as a 'driver' in Manchester, £800 a week, they said I needed to pay £300 for 'uniform and training' first. I didn't pay. Sounds like a scam. Passed to Action Fraud.", "", "", "")
    T("Caller states her daughter, 14, has told her a man in the park gives her and friends vodka and weed and 'wants them to go to parties'. Daughter says she's been to one and 'didn't like what happened'. Caller will bring daughter in for an interview.",
      "AV PSV", "", "S", "high")
