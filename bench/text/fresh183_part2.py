# fresh183 part 2: intelligence submissions (graded), Crimestoppers
def add(T):
    T("INT 2/B/P. Source states POI Artan KOLA (dob 12/03/88) runs 3 x AWs in Barking/Dagenham. Workers are Albanian males brought in via small boats, told they owe £12k for the crossing and 'work it off' at £30 p/d minus rent. KOLA holds their ppts in a safe at the Ripple Rd premises.",
      "DB WW RD AV", "UF DT", "L")
    T("INT 3/C/P. Unknown male, possibly named 'Vlad', known to collect 8-10 workers from Seven Kings at approx 0500 hrs in a grey Ford Transit VRM unk, drops back approx 2200. Workers believed to be paying him £10 each per day for the lift.",
      "EO", "CE CT LH", "L")
    T("Crimestoppers 21/10: 'The man who runs the nail shop on Ilford Lane called NGUYEN Van Tuan keeps the girls who work there living upstairs, they are not allowed out on their own and he takes them to and from the shop. They are very young maybe 16-17 and dont speak no english. He is paid but they are not.'",
      "RM WW AV ISO", "RMS ET SW IS NCW", "L", "high")
    T("INT 1/A/P. Subject Sofia DRAGOMIR (dob 04/07/96) has been seen using 7 different bank cards at the Barclays ATM on Stratford Broadway on 3 occasions in the last week. Cards in names of other females. Linked to an address at 88 Maryland St where adverts for escort services are registered.",
      "WW", "MBC NCW", "S")
    T("INT 3/B/P. Source reports that BROWN, Dwayne aka 'Tugz' is running the 'Kane line' from Leyton to Ipswich, using local 14-15yr olds. Youths are told they owe him £800 after being 'robbed' of drugs in a set-up robbery. Source states one lad was stabbed in the leg last month for 'mouthing off'.",
      "AV DB PSV DEC", "", "C", "high")
    T("INT 2/B/P. Source states the hand car wash at Leyton Orient Retail Park is legit, staff on payroll with proper contracts, owner KHAN registered with HMRC. No indicators of exploitation. Source previously provided false info about a competitor.")
    T("Crimestoppers: 'At 33 Wanstead Park Rd there are women brought in a black BMW every evening and taken away in the morning. One of them told my daughter that she cant go home because the man has her papers and her family back home will get hurt if she runs away. Please help them.'",
      "RD IT", "DT ET", "S")
    T("INT 2/C/P. POI HUSSAIN, Tariq operates a recruitment agency 'Premier Staffing Solutions' from an office on Romford Rd. Source states he charges new arrivals £400 'registration' and £200 for a CSCS card, then sends them to building sites in Kent. They live in his houses and rent comes straight out of wages.",
      "WW", "UF OA NCW", "L")
    T("INT 3/C/I. Subject PETROV, Ivan suspected of controlling bank accounts for multiple Bulgarian workers. Info suggests he holds their debit cards and PINs and pays them weekly cash less 'expenses'. Further development required.",
      "WW", "NCW MBC", "L")
    T("Crimestoppers (online): 'there is a cannabis farm on top floor of the unit behind the tyre place Hackney Wick, a boy from Vietnam lives there to look after the plants, I seen him once in the window he looked ill and thin. The door is padlocked from outside.'",
      "RM AC", "RMS PA SW", "C")
    T("INT 2/B/P. Source states that the Romanian females working as 'cleaners' for SILVA cleaning services are made to sleep 6 to a room in Forest Gate. SILVA tells them they will be arrested if they talk to police because they have no right to work. They are paid £200 per month.",
      "IT WW AC AV", "OA FA", "L")
    T("INT 4/C/P. Info that a Nigerian female at 14 Sebert Rd E7 works as a 'housegirl' for the family, she was brought to the UK age 15 on the promise of school, she is now 19 and has never attended school or college. She does the cooking, cleaning and childcare and is not paid. Not allowed to use phone.",
      "DEC WW ISO AV", "IS", "D")
    T("Crimestoppers: 'I want to report my ex boss Mr ROSSI of the pizza place on Leyton High Road. He paid me only £3 an hour cash and made me work from 10am till 2am, if I complained he said he would call the home office on me. Other boys still work there.'",
      "WW EO IT", "LH FA", "L")
    T("INT 2/B/P. POI 'Bigz' (believed Marcus ADEYEMI, dob 01/11/99) is holding a female aged 16 at a trap house at 9 Seymour Rd, E10 to sell crack. Source states she has been there for 5 days and is not allowed to leave. POI armed with a machete.",
      "RM AV IT", "RMS", "C", "immediate")
    T("INT 3/B/P. Information that the drivers for 'SpeedyEats' delivery at Canning Town are renting accounts from a POI who takes 50% of their earnings. Drivers are students who chose this arrangement; no indication of control or threats. Licensing/immigration matter only, no MS indicators.")
    T("Crimestoppers: 'At the factory on Rainham industrial estate (packaging) there are people from Eritrea and Sudan who are told they will get papers if they work for free for 6 months. They sleep in the warehouse on cardboard. The manager has their phones in his office.'",
      "DEC WW AC ISO AV", "SW PLC IS", "L")
    T("INT 2/B/P. Subject DOSTI, Fatmir. Known to arrange 'cannabis gardeners' from Albania. Workers told it is construction work in London. On arrival phones confiscated, moved between grows in Essex and E London by car at night, not told the location. Threatened that family in Albania will be harmed if they leave.",
      "DEC ISO IT", "IS ET", "C")
    T("INT 3/C/P. POI 'Mama Joy' (Nigerian female, 50s) suspected of controlling women in prostitution via juju oath. Women told they owe €35,000 and must pay it off. One woman told source she has paid for 3 years and still owes more than at the start.",
      "DB IT AV", "", "S")
    T("Crimestoppers: 'My neighbour at 3 Eldon Rd has a man living in the garden shed, he does all there building work and gardening. I asked him in the street once and he said he has no money and they wont give back his passport. He speaks Polish I think and drinks a lot.'",
      "RD WW AC AV", "DT PLC", "L")
    T("INT 2/A/P. Confirmed that MORRIS, Kieran is using the address of his 15 yr old cousin as a base to cut and bag. Cousin not believed to be involved. Referred to children's services for safeguarding. Intel is about drug supply only.", "", "", "", "high")
    T("INT 3/B/P. Source states there are 4 Lithuanian males working at the recycling yard off River Rd who are never paid - the boss says their wages go to 'pay for the house' and their food. They have been there since spring. One has a bad burn on his arm from the machinery and no gloves are given.",
      "WW DB AC", "NCW PA", "L")
    T("INT 2/B/P. POI CHEN, Li (f) operates 'Oriental massage' at 201 High Rd Leytonstone. Females rotate every 2 weeks between London, Reading and Luton. They stay on the premises, sleep on the massage tables, and are driven between towns by a male CHEN refers to as 'brother'.",
      "AC", "SW ET", "S")
    T("Crimestoppers: 'i know a boy who is 14 who has been going missing from school and coming back with money, he told my son he has to do runs for a man called Skeng or they will hurt his little brother'",
      "AV IT", "", "C", "high")
    T("INT 1/B/P. Checks completed on 'Green Fields Ltd' labour provider. GLAA licence valid. Workers interviewed on site at Chelmsford all had own IDs, contracts, paid into own accounts at NMW or above. No concerns. Log for information only.")
    T("INT 3/C/P. Information suggests a 'kidney for cash' offer being made to young Somali men in E London - approached at a mosque and promised £10,000 plus travel to have surgery in Turkey. Source does not know names. NCA informed.",
      "DEC AV", "", "O")
    T("INT 2/B/P. Subject NOVAK, Tomas - gangmaster (unlicensed) supplying workers to salad farms in Lincolnshire from E London addresses. Workers charged £50 p/w transport, £70 p/w for bed in caravans with 8 per van, PPE deducted. Workers say they clear £80 a week.",
      "WW AC", "CT PPE OA PLC", "L")
    T("Crimestoppers: 'there is an old man who stands at Upton Park tube every day with a cup and a sign, a woman drops him at 7 and picks him up at 7 and takes the money off him. He has one leg.'",
      "AV WW EO", "CE NCW LH", "C")
    T("INT 3/B/I. Unconfirmed info that the 'uncle' of a Ghanaian boy (approx 12) living at 56 Plashet Gr is making him work in the family shop before and after school and keeps him off school on busy days. Boy seen with bruising on his arms by a teacher.",
      "AV EO PSV", "PA LH", "L", "high")
    T("INT 2/B/P. Source states AJAYI, Tolu runs benefit fraud involving vulnerable adults - he 'helps' them claim UC then takes their bank cards and PINs, giving them £20 a week. Victims include a man with learning disabilities living in a squalid room at 4 Gurney Rd.",
      "AV WW AC", "NCW PLC", "C")
    T("INT 4/C/P. Source says PATEL warehouse 'makes people work 60 hours'. On questioning, source confirms all staff are on contracts, overtime voluntary and paid at time and a half. Source was dismissed by PATEL. Assessed low value, no indicators.")
    T("Crimestoppers: 'Theres a man in Canning Town who brings girls from Romania, he makes them his girlfriend first and promises them marriage and a nice life in London then when they get here he puts them on Adultwork and keeps all there money'",
      "DEC WW", "NCW", "S")
    T("INT 2/B/P. Male known as 'Gjergj' controls 4 grows in Redbridge. Source states gardeners are locked in, fed once a day, and beaten if the plants die. One gardener escaped last month via a window and was caught and taken back.",
      "RM PSV AC", "RMS", "C")
    T("INT 3/C/P. Source reports POI MALIK, Imran (dob 23/02/81) takes girls 13-15 from local children's homes to 'parties' at a flat above the takeaway at 112 Cathall Rd, gives them vodka and weed, and they are passed around to adult males.",
      "AV PSV", "", "S", "high")
    T("INT 2/B/P. Re Op GLASSWING: driver of Mercedes Sprinter YX17 KHP seen by ANPR at Dartford Crossing 0420 daily. Registered keeper DIMITROV. Believed transporting up to 14 workers from Ilford to Kent packhouses. Workers previously told police they are charged £15 per day for the journey.",
      "", "CE CT", "L")
    T("Crimestoppers: 'This is about the hotel in Stratford, the cleaners are from an agency, they are Filipino ladies, they work 16 hours and dont get a day off for weeks. The agency lady took there passports when they arrived from Dubai and they still dont have them.'",
      "EO RD", "LH DT", "L")
    T("INT 3/B/P. POI ROBERTS, Jason (39). Uses vulnerable female drug user 'Kelly' to hold drugs and cash at her flat (cuckooing) at 23 Lammas Rd. Source says Kelly is scared of him and he gives her crack in return and sometimes slaps her about.",
      "AV PSV", "FA", "C")
