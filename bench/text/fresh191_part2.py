# fresh191 part 2: more public reports, call handler logs, a few officer notes
def add(T):
    T("ring 101 about it they said. so here i am. the lad at the barbers on Cheetham Hill Rd sweeps up all day and sleeps in the back, he is about 16 and from Kurdistan, he doesnt go to school, he told me he has to pay the boss back for getting him here on the lorry",
      "AV DB", "SW UF", "L", "high")
    T("101 call. Anon caller: 'There are men at the chicken factory in Ashby who are kept in a house on Market St, they are not allowed to talk to anyone, a man watches them all the time, walks them to work and back.'",
      "RM ISO", "RMS IS ET OA", "L")
    T("Caller reporting suspicious vehicle parked on her road for 3 days, VW Passat, no occupants. PNC check no trace, not stolen. Caller advised.", "", "", "")
    T("online report: im a care worker and my agency took £3k from me for the sponsorship visa when i came from Zimbabwe. now they give me hardly any hours but say i cant work anywhere else or they will report me to home office and i will be deported. i owe them still £1500 they take it from my pay",
      "DB IT WW AV", "UF FA", "L")
    T("Crimestoppers: The man at 41 Thornbury Ave Bradford has a lot of bank cards and goes to the Post Office with them weekly to draw out benefits for the Slovakian families he brought over. They get a bit of it back. He tells them it's for the rent and the 'papers' he did for them.",
      "WW DB", "MBC NCW", "C")
    T("101. Caller from a GP surgery. A woman attended with a man who did all the talking and said he was her 'uncle'. When separated she said very little, seemed frightened and had burns on her forearms she wouldn't explain. Registered at an address in Leicester LE4.",
      "", "SFW FA PA", "")
    T("insta msg: you lot need to check out the massage place on Chapel St. my mate went and the girl basically said she couldn't leave and the owner has her passport. she was in tears. shes from Thailand",
      "RM RD", "RMS DT", "S")
    T("101 - caller states his brother in law Marius was promised a job on a farm in Herefordshire at £11 an hour. On arrival was told it was piece rate, earns about £150 a week after they take money for the caravan and food. Marius is not allowed to leave the farm on his own and the boss's son drives him to the shop once a week.",
      "DEC WW RM", "RMS ET NCW", "L")
    T("Online: My neighbour seems to be working from 5am to 11pm on her allotment every day, she's 78, she just loves it!! no issues, wanted to say your posters are making people paranoid.", "", "", "")
    T("Caller, a hotel night manager in Croydon, reports a man booking rooms for 3-4 different girls a week, he pays cash, collects the key cards, and sits in the lobby while men go up. One girl looked very young and had a bruise on her neck.",
      "PSV", "PA", "S", "high")
    T("101. Caller's mother has dementia and her carer of 4 years has been taking her bank card and using it for shopping. Financial abuse of a vulnerable adult, not MS. Crime recorded, referred to ASC.", "", "", "")
    T("hi just want someone to know i work at a packing house in Spalding and we are lots of people from Bulgaria. the boss he take our bank card when we open account and he give us cash each friday much less than payslip. when my friend asked he say go back to Bulgaria if you don't like. i dont want trouble",
      "WW IT", "NCW FA", "L")
    T("Facebook comment reported by a member of public: 'selling a kidney, fit healthy 24M, serious offers only, DM'. Caller worried about the poster. Screenshot attached.", "", "", "O")
    T("Caller says he heard screaming from the house behind him, 'like someone being beaten'. Officers attended: couple arguing, domestic incident recorded, DASH completed standard. No exploitation.", "", "", "")
    T("there is a boy on the bus every day going to Blackpool from Preston with a rucksack, he sleeps on the bus and never goes to school, today he had blood on his hoody and two phones going off constantly. looks about 15",
      "AV", "PA", "C", "high")
    T("Crimestoppers: vietnamese girls working at Lovely Nails in Swindon live above the shop, 5 of them in one room, they are never allowed out except to work, the owner locks the door at night. He tells them police will put them in prison if they go to them.",
      "RM IT AC", "SW OA RMS FA", "L")
    T("101 call taken 2217. Caller states a woman knocked on her door on Kings Rd, Reading, barefoot and crying, saying a man had her passport and she had run away from a house where she was 'working for no money'. Woman currently in caller's kitchen. Man may be looking for her.",
      "RD WW", "DT", "L", "immediate")
    T("report: i think the student next door is being trafficked she never goes out and has loads of men visiting. Update: officers spoke to student - she is 22, at uni, visitors are her study group and boyfriend. Has her own passport, phone, bank. Embarrassed. No concerns.", "", "", "")
    T("He said he was my boyfriend he bought me a phone and clothes and took me to London. Then he said I owe him for everything and I have to go with men. He kept me in a flat and took the money. I was 17. (Account given by female to Barnardo's worker, passed to police via online form.)",
      "DEC DB RM WW AV", "RMS NCW", "S", "high")
    T("101 - caller concerned about men sleeping in a tent near the Travelodge in Grantham, they go to work at the food factory. Officers attended, two men, homeless after falling out with landlord, both on proper contracts, no third party. Signposted housing.", "", "", "")
    T("theres loads of young lads coming and going from a flat in Bletchley all hours. cars from london parked outside. one lad cant be more than 14 and he looked like hed been crying, a big fella was shouting at him saying 'you know what happens if you come back short'",
      "AV IT", "", "C", "high")
    T("Crimestoppers: A man in Glasgow Road, Paisley is running a 'recruitment' business for Indian students, takes a fee of £3000 each for jobs in care homes, then they find there is no job. He holds their passports 'for the Home Office'. They work in his takeaway instead for £2 an hour.",
      "DEC RD WW", "UF DT", "L")
    T("Caller says her friend's husband makes her do all the cooking and cleaning and won't let her have her own money. Further enquiry: the friend is British, works part time, disagreement about household finances. Passed to DA team as possible coercive control. No MS indicators.", "", "", "")
    T("msg to force twitter: the bloke who owns the farm near us in Pembrokeshire has Romanian lads in a barn, they aint got no heating no windows in winter, he shouts at them like dogs and I saw him hit one with a rake handle",
      "AC PSV", "PLC", "L")
    T("101. Caller (school DSL) reports Y9 pupil disclosed that a man 'looks after' her and she has to go to parties with his friends. She has new phone, gets picked up from school gate. Says the man told her if she tells anyone, he'll post pictures of her online.",
      "AV IT", "", "S", "high")
    T("Call handler: male caller, Albanian, speaks some English. Says 'I am in a house I grow the weed, they say I pay 20 thousand. I want go out, door locked. I don't know the address, I see a church from window.' Call dropped. Cell site Sunderland.",
      "DB RM ISO", "RMS IS", "C", "immediate")
    T("I am just worried about the man who sells roses in the pubs in Newcastle every Friday. He is always with a woman who gives him the roses and takes the money. Probably nothing.",
      "", "NCW", "")
    T("Online: my husband's company has 40 workers from Nepal living in a hostel near the plant in Wrexham. They are all on proper visas, the hostel is good, they pay £80 a week which is cheap, they have their own passports. But someone spray painted 'slaves' on the gate. Reporting criminal damage.", "", "", "")
    T("Caller says lads from the car wash at Bramley are always knocking on doors asking for food, they say they haven't eaten in 2 days. One said the boss doesn't pay them until the end of the month and then takes most of it back for the room.",
      "WW AC", "NCW", "L")
    T("101 - caller is a bus driver. Same man puts 6 women on the first bus at 0540 every morning at Hounslow, pays their fares and gets off with them at the industrial estate. They never speak. He speaks for them.",
      "", "CE ET SFW", "L")
    T("Crimestoppers. Information that a Romanian national known as 'Gabi' is forcing women to beg outside supermarkets in Norwich. They are dropped off in a red Ford Galaxy and collected in the evening. Gabi takes all the money and beats them if they bring back less than £50.",
      "PSV WW", "CE NCW", "C")
    T("Report form from member of public who runs a B&B in Keswick: Seasonal chambermaid employed, on contract, NMW, accommodation included voluntarily and deducted lawfully, £50/wk. Someone has told her this is 'debt bondage'. Asking for advice. No offence.", "", "", "")
    T("this is my story I come to UK from Eritrea. the man in Calais say I work for him in England to pay for the boat. now I work in the kitchen 14 hours every day in a restaurant in Coventry and he take all my money. if I stop he say his friends in Libya will find my brother",
      "DB WW EO IT AV", "LH NCW UF", "L")
    T("101: caller states she is worried about her elderly neighbour whose son has moved back in. Enquiry: son is full time carer, receives carer's allowance, neighbour is happy. No concerns.", "", "", "")
    T("Caller reports a car parked outside a house on Beeches Rd in Wolverhampton every night with 2 men in it watching the house. She thinks the women inside are not allowed out because when one came out to smoke the men got out and sent her back in.",
      "RM", "RMS", "S")
    T("omg theres a man on tiktok live advertising jobs in the uk for Ghanaian women as 'housekeepers' 'all expenses paid' 'pay back from wages'. sounds dodgy as hell. posting link",
      "", "UF", "")
    T("101 Caller is a rental agent. Tenancy in Harrow in name of one man, but the house now has 14 occupants, mattresses in the lounge and kitchen. Occupants said they work at a bakery and the man who rents it takes £90 a week rent off each from their wages before they get paid.",
      "AC WW", "OA PLC NCW", "L")
    T("Online report: a young girl, maybe 16, has been living at my neighbours for a year looking after their baby and cleaning all day. She doesn't go to school. I've seen the wife slap her in the garden. The girl told me she is 'from the village in Nigeria' and sends no money home because 'madam keeps it'.",
      "AV PSV WW", "NCW", "D", "high")
    T("Caller very irate about the council not cutting the grass on the verge. Advised not a police matter.", "", "", "")
    T("Crimestoppers: Roofing crew working in Surrey under a man called Billy, all the men are older, alcoholics he picks up from the Salvation Army hostel in Southampton, pays them in drink and a caravan. One man has been with him 8 years and has never been paid, they get a hiding if they try to leave.",
      "AV WW PSV RM", "RMS", "L")
    T("Caller says there's a woman at the corner shop on Fox St working every single day open to close 7am-11pm, thinks she's a slave. Enquiry: woman is the shop owner's wife and co-owner. No concerns.", "", "", "")
    T("the lads from the vape shop on Deansgate are 'shotting' for someone, theyre all about 14/15, they get paid in weed, one of them owes now after he got robbed and they said they'd stab him",
      "AV DB IT", "", "C", "high")
    T("101. Caller concerned about 'a man who works in the takeaway and lives above it' - says he's been seen out at the pub, the football, has a girlfriend locally. Caller just noticed he lives upstairs. Reassured; staff accommodation by choice is not an offence. No concerns.", "", "", "")
    T("Facebook message: I was a victim myself 3 yr ago in Kent on a fruit farm. the gang took our passports and wages. i recognise the same men now at a farm in Faversham with new workers. same white van GX17 KLP. please check",
      "RD WW", "DT NCW", "L")
    T("Call handler: Caller's 17 y/o son rang her from a train saying he's been 'sent' to Exeter by some men and he can't come home until he's sold what they gave him. He sounded terrified. Phone now off. Son is currently MISSING.",
      "AV RM IT", "FA RMS", "C", "immediate")
    T("Report via form: there is a man who makes his Polish workers live in a static caravan at the back of his builder's yard in Rugby, it has no electricity, no water. They have to ask permission to go to Tesco. He keeps back 2 weeks pay 'so they don't run off'.",
      "AC RM WW", "PLC RMS OA", "L")
    T("101: caller reports her daughter's boyfriend took her passport and won't give it back after they split. Daughter is British, lives with caller, no work element. Theft/civil. No MS.", "", "", "")
    T("Crimestoppers: An Indian man named Raj runs a 'guesthouse' in Southall where men from Punjab stay 20 to a house. They have to work on building sites he arranges and pay him back the visa money, which keeps going up with 'interest'. Some have been there 5 years.",
      "DB AC", "OA UF", "L")
