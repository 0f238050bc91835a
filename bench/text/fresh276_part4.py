def add(T):
    T("Referral narrative (Cambridgeshire County Council Adult Safeguarding): Mr K is a 58-year-old man with a long history of alcohol dependency who was street homeless in Cambridge until last summer. Outreach workers noticed that he had stopped coming to the day centre. He was found in November living in a static caravan on a smallholding near March belonging to a family who run a block paving business. He told the outreach worker that the family picked him up outside the Grafton Centre and offered him 'a roof, a drink and a bit of work'. Since then he has been laying drives across the county from early morning until dark, six or seven days a week. He sleeps in the caravan with three other men; there is no electricity, and water comes from a hose. He says he gets 'fags, cider and chips' and sometimes a tenner, and that the family 'look after' his benefits because he 'can't manage money'. His Post Office card is held by the eldest son. When asked if he could leave, he said that another man who walked off was brought back in the van and 'got a hiding'. He says he is not allowed to use a phone. He was visibly underweight and had untreated sores on his hands.",
      "AV WW EO AC PSV IT ISO", "PLC OA LH NCW PA IS CE", "L")
    T("Member of public: 'Think my new neighbours are trafficked, loads of them in one house'. Visit to Wisbech address: extended family of 8 on a council tenancy. No concerns.")
    T("Custody note: detainee (Albanian, 20) arrested at a grow in Bury St Edmunds. Says he was brought by lorry, owes £12,000 to 'the men', has been in the house 3 months and never outside, and that they told him the police would torture him. Refer NRM.",
      "DB RM IT", "RMS FA UF", "C")
    T("INT 2/B/P: Lithuanian national 'Romas' supplying workers to a Cambridgeshire meat plant; workers' wages go to accounts he controls; he takes £200 pw 'for the house'. Approximately 30 men in 3 houses in Wisbech.",
      "WW", "NCW OA", "L")
    T("Man outside job centre in Great Yarmouth says someone offered him 'cash work, no questions' and a bed. He didn't go. Reported for info.")
    T("Victim, 26, Brazilian, recruited online as a 'hostess' for a Norwich club. Flight paid by the agency, who then told her she owed £4,000 and must do 'private dates'. Her passport 'went missing' at the agency flat.",
      "DEC DB RD", "UF DT", "S")
    T("Eh the lads at the farm near Feltwell are in a right state, one of them had a black eye said the gaffer done it, they all live in containers and he wont let them into town",
      "PSV RM AC", "PA PLC RMS", "L")
    T("Officers attending a domestic in Ipswich found a young woman in the kitchen who said she was the 'housemaid'. She was calm, said she was paid and had a day off each week, and showed her own passport. Family employs her lawfully. No concerns.")
    T("Hypothetically speaking, the caller asked, what happens if an employer keeps a worker's passport? He says he isn't talking about anyone in particular. Advice given.")
    T("A Lowestoft man told his GP he had been 'fined' £100 by his supervisor for taking a day off sick, taken from his pay. Otherwise no concerns, he rents his own flat and is on PAYE.",
      "WW", "", "L")
    T("Text message received by officer from a VIC: 'they take my fone evry nite, i can only write u now. i no where i am, house near the beach yarmouth. pls come'",
      "ISO", "IS", "", "immediate")
    T("Norwich city centre patrol spoke to a Big Issue seller. Independent vendor, badged. Not forced begging.")
    T("Intelligence suggests 'Aunty' runs a network of Chinese women in private flats in Cambridge and Peterborough; women have their documents held and are moved weekly by a driver.",
      "RD", "DT ET", "S")
    T("Spoke to IP at Thetford. She said the boss had never threatened her, but said 'if you go to the police, remember we know your mother's address'. She did not see this as a threat.",
      "IT", "FA", "")
    T("Fisherman from Ghana on a Lowestoft vessel says he has not set foot on land for 7 months, the skipper holds his seaman's book and his pay goes to the agent in Accra.",
      "RM RD WW", "RMS DT NCW", "L")
    T("Report of a suspicious man taking photos at Norwich market. Tourist. NFA.")
    T("Victim: 'Every week the number get bigger. First £1000, then £1500, then £2000. They say food, room, bus. I can never go.'",
      "DB", "CT", "")
    T("INT 3/C/P: Vehicle FX66 KRN seen at 0430 outside 9 Station Rd, Littleport, 8 men getting in. Same vehicle seen at a packhouse in Wisbech later. Driver believed to be collecting their pay.",
      "WW", "CE NCW", "L")
    T("Child sexual exploitation referral, Lowestoft: 14yo girl contacted on Snapchat by adult men, met them at a flat, given drugs and raped. Suspects identified.",
      "AV PSV", "", "S", "high")
    T("Nurse on agency contract in Norwich complains her agency charges a £300 'exit fee' if she leaves before 2 years. She is otherwise paid properly and holds her passport. Referred to Employment Agency Standards.",
      "DB", "UF", "L")
    T("A postman in Cambridge noticed letters for 15 different names at one terraced house on Histon Rd, including many bank letters. Believes someone is collecting them.",
      "", "MBC OA", "")
    T("Work experience pupil at a farm in Suffolk doing 8 hour days in the summer with parental consent. Parent of another child complained. No issue.")
    T("NRM referral: a Romanian man in Ipswich made to claim Universal Credit, with the payments going into an account opened by his 'landlord'. He also works at a car wash for £20 a day. The landlord keeps his ID.",
      "WW RD", "NCW DT", "C L")
    T("Caller: 'there's a lady in the nail place on Station Rd Wisbech who told me in whispers she wants to leave but the boss has her papers and her phone, she's Vietnamese'.",
      "RD ISO", "DT IS FA", "L")
    T("An employer in Cambridge was reported for making staff work long hours. The staff are junior doctors on their rotas. Not within scope.")
    T("Officers found 4 Albanian men at a car wash in King's Lynn sleeping in a portakabin with no heating, one with a swollen face. Owner said they 'fell'. Men would not speak in his presence.",
      "AC", "SW PLC PA FA SFW", "L")
    T("VIC says she was told that if she ever left the house she would be 'sold to worse men'. She was watched on CCTV at all times.",
      "IT RM", "RMS", "S")
    T("Debrief (translated from Tigrinya): 'The man who bring me from Libya say I owe 5,000. In England he give me to another man. I work in his shop and sleep in back room. No money, only food.'",
      "DB WW AC", "SW UF", "L")
    T("Bike theft, Norwich, recovered. NFA.")
    T("Anonymous: a bloke in Thetford has got a lad about 16 living in his shed, makes him sell weed round the estate and hits him if he's short",
      "AV PSV AC", "SW PLC", "C", "high")
    T("Large family living in a 3-bed house in Lowestoft with 9 people. Social housing waiting list. Not exploitation, housing referral.")
    T("Victim account: 'I didn't know where I was. Only fields. No bus. They drive us to the pack house and back.'",
      "ISO", "IS ET", "L")
    T("Staff at Norwich bus station reported a teenage boy travelling alone from London with a one-way ticket bought by someone else, he was met by an older man. Possible county line runner.",
      "AV", "ET", "C", "high")
    T("Employment tribunal note forwarded to police: domestic worker for a diplomat family in Cambridge, claims she was paid £200 a month and worked 15 hours a day.",
      "WW EO", "LH", "D")
    T("INT 2/B/P: POI MIHAI, Constantin. Runs gangs of Romanian workers from Great Yarmouth. Workers charged £250 'job fee' and then £80 a week for beds in his houses. Has been seen with a bag of bank cards at an ATM on Regent Rd.",
      "WW", "UF MBC", "L")
    T("Caller states a woman in the flat upstairs in Norwich is a sex worker, men come and go. Caller asked if she is trafficked. Officer visit: woman works alone, rents the flat, no third party. No concern.")
    T("Vietnamese teen found in a lorry at Felixstowe. Says people in Vietnam told him there would be a job in a restaurant and school. Owes money for the journey.",
      "AV DEC DB", "UF", "", "high")
    T("Referral from a Wisbech pharmacy: a man brought in 3 Eastern European women for emergency contraception, he paid and answered all questions, they said nothing.",
      "", "SFW", "S")
    T("DA case, Cambridge: husband took wife's passport and won't let her leave the house. She is not working. No labour or sexual exploitation; DA/ coercive control.",
      "RD RM", "DT RMS", "")
    T("Intel 3/B/P: female known as 'Dina' runs a nail bar in Ipswich with 4 girls who live in a flat above. Girls not allowed to speak to customers, she does all the talking. Girls seen walking back and forth with her only.",
      "RM", "SFW ET SW RMS", "L")
    T("IP said no one took his passport, no one threatened him, he is free to leave. He was, however, owed three months' wages by the recruitment agency in Thetford and had been promised a supervisor job that never came.",
      "WW DEC", "", "L")
    T("Worker's words: 'They not hit me. They not lock me. But I am afraid. I not know England. Where I go?'",
      "", "FA", "")
    T("Cuckooing: vulnerable female in Great Yarmouth with mental health issues has two young males staying who deal from her flat. She says they hit her when she asked them to leave.",
      "AV PSV", "PA", "C")
    T("Lost dog, Ipswich. Returned to owner.")
    T("Report from a Norwich hospital: patient says she had a kidney operation in Pakistan arranged by a man who paid her family's debts, and now she must work for his family in their house in Norwich without pay.",
      "WW DB", "", "O D")
    T("Patient at Addenbrooke's awaiting transplant asked staff if they can 'buy a kidney abroad'. Advised it is illegal. No case.")
    T("Trading standards report: seasonal job ads on Facebook for Cambridgeshire farms requiring a £300 'visa processing fee'. Several Kenyan applicants paid and no jobs exist.",
      "DEC", "UF", "L")
    T("Case worker, Lowestoft: client said they work him 16 hours at the fish processing, then he goes back to the house with 12 men, 2 bedrooms, no beds, and then the van comes again at 4. He is always so tired he falls asleep at the table.",
      "EO AC", "LH OA CE PLC", "L")
    T("Ring from member of public saying a van with foreign plates has been parked in a lay-by near Thetford all night with people inside. Officer checked: tourists in a camper van.")
    T("Learner English: 'Boss tell me police in England is bad, they put you in jail and beat you. So I not speak to police.'",
      "IT", "FA", "")
    T("A young woman in King's Lynn reported her boyfriend for posting her photos on an escort site and taking her to meet men. She says he kept the money and she was scared to say no.",
      "WW", "FA ET NCW", "S")
    T("Church volunteer, Great Yarmouth: Slovak family of 6 in one room, dad works 14-hour days at a factory, says agent takes 'commission' from each pay and holds their ID cards until 'the debt' is gone.",
      "EO WW RD DB", "LH DT OA", "L")
    T("Drone seen flying over HMP Wayland. Reported to prison.")
    T("INT 2/A/P: Cannabis grow at Fordham Rd, Newmarket confirmed. Vietnamese gardener says he 'can go out' but has no money, no phone and doesn't know the area. He said a 'boss' brings food.",
      "ISO", "IS", "C")
    T("I work at the hotel near the station. The owner give me room but take £100 each week, my pay is £180. I work 7 days. I ask for holiday he say 'then you go, no more job, no room'.",
      "WW EO IT", "LH", "L")
    T("PCSO King's Lynn: spoke to a girl of about 16 standing outside the bus station late at night. She said her 'boyfriend' was coming to take her to 'his mate's'. She had a fresh bruise on her cheek. Safeguarding referral.",
      "AV PSV", "PA", "S", "high")
    T("Officers visited a car wash in Norwich after reports of 'slave labour'. Workers paid minimum wage by bank, wear proper boots, live in their own houses. Manager helpful. NFA.")
    T("A woman at the food bank in Ipswich said she and her husband had paid £1,000 each to a man in Romania for jobs and a house here. The jobs exist and they are paid, but the house has 16 people in it.",
      "", "UF OA", "")
    T("Note: worker says the manager took her documents 'for the Home Office', and she hasn't seen them since, and now the manager says if she leaves she'll be arrested.",
      "RD IT", "DT FA", "L")
    T("Community safety partnership minutes, Fenland: general discussion of exploitation in the district. No cases.")
    T("Caller: her friend is in a house in Lowestoft where she has been locked in for 3 days by her 'boyfriend' who sells her to men. She just messaged. Address given.",
      "RM", "RMS", "S", "immediate")
    T("Romanian male, 31, found wandering near Soham. No shoes, cuts on feet, very thin, same clothes for weeks. Said he had run from 'a farm' where he was paid nothing for 5 months and slept in a barn.",
      "WW AC", "PA SW PLC", "L")
    T("INT 4/C/P: unconfirmed: Great Yarmouth takeaway staff work 'every hour god sends'.",
      "EO", "LH", "L")
    T("Sorry to bother you but there's a lad at the car wash on Cromer Rd Norwich who told me his boss keeps him in a shipping container at night and locks it. He looked petrified.",
      "RM AC", "RMS SW PLC FA", "L")
    T("Man in Ipswich asks for help because his employer pays him late. He is a UK citizen with his own account. Advised ACAS.")
    T("Family in Norwich brought a 12-year-old 'cousin' from Nigeria who doesn't go to school, does all the cleaning and minds the babies. School nurse raised concern after seeing her at a clinic appointment thin and tired.",
      "AV EO", "PA", "D", "high")
    T("A factory worker in Thetford said the agency's transport costs £12 a day but it's optional, she takes it by choice. No issues.",
      "", "CT", "")
    T("Sex worker in Norwich reports being assaulted by a client. She works independently. Investigated as assault.")
    T("Debrief: 'They say my sister in Albania will be taken if I stop. Every night they come to check the plants and count. If anything wrong they beat me with the pipe.'",
      "IT PSV", "", "C")
    T("A lady in Wisbech called because her husband's employer 'keeps his passport'. Officer visited: employer holds a photocopy only; the husband keeps the original. No concern.")
    T("Referral from Suffolk Refugee Support: Sudanese man says he was made to sell cigarettes and drugs in Ipswich to pay his smuggler back. Smuggler's people know where he lives.",
      "DB IT", "", "C")
    T("Care agency in Bury: migrant carers pay £2,000 if they leave before 3 years, kept in shared houses 6 to a room, rotas of 80 hours, the manager holds their BRPs.",
      "DB AC EO RD", "UF OA LH DT", "L")
    T("Worker said he wasn't locked in, wasn't beaten, and had his passport. He just wanted to know how to get holiday pay. Advice given.")
    T("Report from the Salvation Army: an Estonian woman brought to Cambridge to 'help with childcare' for a family, ends up working 18 hours a day, no pay, not allowed to eat with the family, sleeps on the floor in the laundry room. Phone taken away.",
      "DEC EO WW AC ISO", "LH SW PLC IS", "D")
    T("Intel: a car wash in Ipswich on Felixstowe Rd, workers always wear the same clothes, look underfed. Low grade.",
      "", "PA", "")
    T("Cambridge bank reports one customer depositing cash into 11 different accounts daily. Possible money laundering, unknown if linked to exploitation.",
      "", "MBC", "")
    T("Boy, 15, Norwich, messages from phone show he was told 'you come to Yarmouth tonight or we'll stab your brother'. He's now missing.",
      "AV IT", "", "C", "immediate")
    T("Debrief: 'I have my passport, I can go. But they tell me the visa is from them and if I go they tell Home Office.'",
      "IT", "FA", "L")
    T("Theft from a garden in Bury St Edmunds, plants and pots.")
    T("Young Hungarian woman at Norwich station told a Network Rail employee she was brought to 'clean houses' but men have been sent to the flat to have sex with her. She has no money and no passport; the man who brought her has them.",
      "DEC PSV RD WW", "DT NCW", "S")
    T("GLAA inspection of a flower farm in the Fens: 40 workers, all with own documents, paid on time. Two workers say they work 60 hours by choice to earn more. Compliant.")
    T("Salvation Army: male (Polish) in a house in Thetford where the 'boss' takes all benefit and wages, he has 50p left each week. Boss says he needs to pay for the 'debt' from when he was homeless.",
      "WW DB AV", "NCW", "L")
    T("Caller in Lowestoft: a neighbour's Filipino maid runs out to the bins and back, never goes further, the employer shouts at her. Caller heard her say she wants to go home but can't.",
      "RM", "RMS", "D")
    T("School report, Thetford: pupil says dad works away 'on the boats' for months. Normal fisherman. No concern.")
    T("VIC (Chinese, 40s) at a Norwich massage parlour says she was told the job was massage only. Now she must 'do extras' or the owner fines her £50.",
      "DEC WW", "", "S")
    T("Intel 3/B/P: the Thetford hand car wash owner collects his staff from a house on London Rd at 0700 in his Mercedes and takes them back at 2100. They are never seen anywhere else.",
      "RM", "CE ET LH RMS", "L")
    T("Visited a man in King's Lynn who reported his landlord for not fixing a leak. Housing matter.")
    T("NRM review note: Victim disclosed the offender forced her to take cocaine before clients 'to keep going'. She showed injection marks and bruises from him.",
      "PSV", "PA", "S")
    T("Report from community group: man in Wisbech says his boss promised to sponsor his visa if he works for free for 6 months. He has now worked 9 months unpaid.",
      "DEC WW AV", "", "L")
    T("Two sisters, 17 and 19, in Ipswich told a teacher their father plans to take them abroad to marry and that they clean for the extended family every day. School concerned about forced marriage.",
      "AV", "", "D", "high")
    T("Female at Great Yarmouth port was asked by Border Force who arranged her trip and said her 'uncle'. The man with her answered every question. Coached answers.",
      "", "SFW FA", "")
    T("No one forced him. He said he was grateful for the job at the car wash, got paid every Friday, and went home to his own flat. The reporter just thought it 'looked bad'. NFA.")
    T("Met with a Lithuanian man in Ely who said he came to pick apples, was put in a shed with 20 others, no toilet, got a rash from the chemicals because there were no gloves, and when he asked for his wage the gangmaster laughed and said 'maybe next month'.",
      "AC WW", "OA PLC PA", "L")
    T("Anon: 'They got a girl in the basement of the flats on Pottergate I heard her banging and shouting help'",
      "RM", "RMS", "", "immediate")
    T("Tenant in Cambridge HMO complained that the landlord held his deposit. Civil matter.")
    T("Call log: woman from Lowestoft called to say her son (17) is being made to 'work off' a drug debt by a local dealer, who has threatened to burn their house down.",
      "AV DB IT", "", "C", "high")
    T("Officers at a house in Wisbech: 7 men, each with a carrier bag of belongings and nothing else, no coats despite the cold. Say the 'boss' brought them last week from Leicester and will take them to the field tomorrow at 5.",
      "", "FPE CE", "")
    T("Support worker (Norwich): VIC arrived at the safe house with only the clothes she was wearing and a phone charger. She said the man had taken everything else, including her ID, when she was moved from Ipswich.",
      "RD", "FPE DT", "S")
    T("Room at the back of the takeaway in Lowestoft: a camp bed, a holdall, a toothbrush. Worker said it is 'all I have'. Owner says he lets him stay to be on hand for deliveries until 2am.",
      "AC EO", "FPE SW LH", "L")
    T("INT 3/B/P: Source states a Lithuanian man in King's Lynn arranges for indebted men to travel to a clinic abroad to sell a kidney, taking most of the payment as 'travel and debt'. One victim known locally, scar visible, still owes him.",
      "AV DB WW", "PA", "O")
    T("Caller: 'me and my brother came here with nothing, one bag, the agent took our papers and now we sleep in the warehouse office on pallets'. Location Thetford industrial estate.",
      "RD AC", "FPE DT SW", "L")
    T("Transplant coordinator in Cambridge queried a living donor who was a 'family friend' paying her own travel. Checks by HTA confirmed the friendship and no payment. No concerns.")
    T("Intelligence report, Cambridgeshire Constabulary, grading 2/B/P. Over the last three weeks source has observed activity at 31 Elm Low Road, Wisbech PE14. A white Ford Transit, registration YR18 WPK, arrives at about 04:45 every weekday and most Saturdays. Between ten and fourteen men, described as Eastern European, aged twenty to fifty, leave the address and get into the back of the van; the van has no side windows. The van returns between 20:30 and 21:30. Source states the men are taken to a vegetable packing site near Long Sutton. Source has spoken to one of the men, who said in broken English that he pays 'Viktor' £70 a week for a bed in a room he shares with four others, and £10 a day for the van. He said his wages are paid into an account Viktor opened, and Viktor gives him cash on Sunday 'after the costs'. He said Viktor keeps everyone's ID cards in a locked drawer in the kitchen 'so they are safe'. Source describes the men as thin and tired-looking, and says they do not go to the shops alone; Viktor's wife buys food for all of them. Source has not seen any violence. Research: Viktor believed to be Viktor BALAN, 44, no trace on GLAA licence register.",
      "WW RD EO", "CE OA CT NCW DT PA LH SFW", "L")
    T("Note of a call to the Modern Slavery Helpline, passed to Suffolk Constabulary. The caller is a receptionist at a GP surgery in Ipswich. This morning a young woman, who gave her age as 19 and her nationality as Vietnamese, came in with a man in his forties who said he was her 'boss'. He did all the talking and filled in the registration form for her, giving the address of a nail bar on Carr Street. When the nurse took the woman into the treatment room alone, she started crying and said in a mix of English and Google Translate that she had been told she would study in England, that her family had paid 'a lot of money' to a broker in Hai Phong, and that she now works at the nail bar from 9am until 9pm every day and sleeps on a mattress in the back. She said she does not get paid because she must pay back the money first. She said the boss holds her passport. She asked the nurse not to tell him what she had said because he would be angry and 'my family will be in trouble'. The man came back into the room before the nurse could get more detail. They have now left. The caller has the address from the form.",
      "DEC DB WW EO AC RD IT AV", "SFW UF LH SW DT FA", "L")
    T("Case note, Norfolk County Council Children's Services, Great Yarmouth locality. J is a 15-year-old boy known to us since last year because of missing episodes. On Saturday he was reported missing by his mother at 23:00 and found by officers on Sunday afternoon at a flat in Peterborough, together with a 19-year-old male from north London. J had 23 wraps of crack cocaine hidden on his person, £340 in cash and two phones, one of which received regular messages advertising drugs. In the return home interview J said he 'does shifts' for someone called 'Little D' and gets £100 a weekend. He said he cannot stop because he 'lost a bag' last month and owes £800, and that Little D told him he would 'slice' him if he did not pay. J had a healing cut on his forearm which he would not explain. His mother says he has become withdrawn and will not leave the house when he is home, because he thinks people are watching for him. J is now subject to a strategy meeting and an NRM referral is being made.",
      "AV DB IT", "PA FA", "C", "high")
    T("Account given by a Polish man, 47, to a Salvation Army caseworker in Thetford, written down in his words as far as possible. 'In Poland I had no job and problem with drink. A man in the shelter in Gdansk said come to England, good work in factory, house, everything is organised, you pay later. He gave me the ticket for the bus. In England they put me in a house in Thetford with many men, maybe 15, we sleep two in one bed sometimes. The next day they take me to the bank and open account and the man keeps the card, he says it is for the rent. I work in chicken factory, nights, 12 hours, sometimes also days in the weekend. Every week the man give me £30 and cigarettes and vodka. He says I still owe for the bus and the house and the food. When I say I want to go home he says first you pay, and he shows me a picture of my daughter on Facebook and says he knows where she lives. I was afraid. One day at the factory a woman from the agency asks me if I am OK and I tell her everything.'",
      "AV DEC WW DB EO IT", "OA NCW LH UF", "L")
    T("Summary of an interview at Norwich Police Investigation Centre with a 24-year-old Nigerian woman. She states she was recruited in Benin City by a woman known as 'Madam Joy', who told her she would work as a hairdresser in London and would be able to send money home. Before leaving she was taken to a shrine where a juju oath was sworn, and she was told that if she disobeyed Madam Joy or spoke to the police she would go mad and her family would die. She travelled through Italy and was brought to the UK on a false passport, which was taken from her on arrival. She was then placed in a flat in Norwich and told she owed €35,000 and would have to work as a prostitute to repay it. She was advertised on adult websites and saw up to ten men a day. All money was collected by a man who drove her and the other women between addresses. She states she was never beaten, but she believed the oath, and she did not know anybody in England. She left when a client offered to help her. She is frightened for her mother and younger brothers.",
      "DEC IT RD DB WW ISO", "DT UF ET FA IS NCW", "S")
    T("Licensing and compliance visit, Breckland District Council with Norfolk Police rural crime team, to a turkey farm near Attleborough ahead of the Christmas peak. The farm employs 60 seasonal workers through two labour providers, both holding GLAA licences, which were checked on the day. Workers are housed in purpose-built units on site, two to a room, with kitchens and showers; the units were clean and heated. A sample of eight workers were spoken to away from managers, using an interpreter. All had their own passports or ID cards, all were paid weekly into their own bank accounts and had payslips showing the hours worked. Working days are long in December, typically ten hours, with overtime paid at time and a half; two workers said they ask for extra shifts to earn more before going home. No transport charges; the farm runs a free shuttle to the town on Sundays. No indicators of forced labour were identified. Advice given on fire safety signage in one unit.")
    T("Incident log, Suffolk Constabulary, Lowestoft. 14:10 Caller, a manager at a supermarket, reports an adult male has been standing at the ATM for twenty minutes, using a number of different bank cards, he has seen at least eight. 14:22 Officers attend. Male identified as a 29-year-old Romanian national living locally. He has nine debit cards in different names. He states they belong to men he 'helps' who work at a fish factory and who asked him to take out their money because they work long hours. 14:40 Officers speak to two of the card holders by phone with an interpreter. Both confirm they asked him to collect their wages, say they know their PINs and have their own cards back each week, are paid properly and live in their own rented rooms. No indication of control. Male given advice about the risks of holding others' cards. Intelligence submitted. NFA.",
      "", "MBC")
    T("Report from an outreach worker in Cambridge. Over the winter we have been supporting a group of rough sleepers near the Grafton Centre. Three of them have told us that a man in a red pick-up truck, possibly a Toyota Hilux, has been offering 'cash in hand' garden and paving work across the county. Two men who went with him in October have not come back to the day centre. One who did come back, S, told us they were taken to a caravan site near Chatteris, kept there without phones and driven out to jobs each day from before sunrise until it was dark. He said they were promised £60 a day but were given food, tobacco and a few pounds, and told the rest was 'for the caravan'. When S asked to leave, he says the man's son punched him and said that if he went to the police, nobody would believe 'a tramp'. He walked out one night and hitchhiked back. He is worried about the other two. We have not seen any documents or bank cards being taken, as none of them have any.",
      "AV DEC WW ISO EO PSV IT", "CE ET LH IS", "L")
