def load(T):
    T("Burglary dwelling, Mildenhall. Rear window forced, jewellery and a laptop taken. SOCO attended.")
    T("Anon: the indian restaurant on bridge st in Brecon, the waiters live upstairs like 6 of them in one room, they never get a day off and the owner keeps there passports i heard one say it",
      "AC EO RD", "OA LH DT", "L")
    T("MARAC note. Female (Romanian, 29) in Boston, controlling partner makes her work at a packhouse and takes her whole wage every Friday, she has no bank card. He has threatened to 'send her back in a box'. She says she stays because she owes his family for her travel.",
      "WW IT DB", "NCW UF", "L")
    T("INT 3/B/P. Source reports that a man known as 'Costel' collects the bank cards of around 20 workers employed at a vegetable packers near Kirton and withdraws their wages from ATMs in Boston town centre every Friday night.",
      "WW", "NCW MBC", "L")
    T("Hello. My name is Anh. I am 19. I came in a lorry to England. The man said I must pay £25,000 and work until it is paid. I worked in a nail shop in Plymouth, no salary, only food. I sleep in the back room with two girls. The boss lady says if I go to police they will put me in prison because I have no papers.",
      "AV DB WW AC IT", "UF SW OA FA", "L")
    T("Farm open day in Pembrokeshire: the volunteers were working long hours to get the harvest in, they are all family members helping out. Just letting PCSO know about extra traffic on the lane.")
    T("Custody note, Grimsby: Vietnamese male, approx 16, arrested in cannabis factory raid at Cleethorpes. No English. Door locked from the outside with a padlock when officers arrived. Mattress and rice cooker in the loft. NRM referral made; treated as child.",
      "AV RM AC ISO", "RMS SW PLC", "C", "high")
    T("Caller says a man comes to the Spar in St Austell every Friday with 6 or 7 young foreign lads, he buys their food and pays with cash from a bundle, they don't say anything, he does all the talking.",
      "", "SFW", "")
    T("Worker from a Lincolnshire flower farm, through GLAA helpline: 'They told us in Bulgaria we would get £10.42 and a free caravan. Here they pay piece rate, some weeks £150 for 60 hours. The caravan is £80 a week. Four of us in one caravan. The supervisor shouts and pushes us if we are slow.'",
      "DEC WW AC PSV EO", "OA LH", "L")
    T("Lost passport reported by Spanish tourist at Scarborough front desk. Crime ref for insurance. Passport was left on a bus.")
    T("Health visitor concern, Norwich. Mother (Chinese, 30s) living with husband's family, she does all the cooking and cleaning for 9 people and looks after 4 children, isn't allowed to leave the house without the mother-in-law, and the family keep her passport. She says she gets no money of her own at all.",
      "RM RD WW", "RMS DT NCW", "D")
    T("Referral to MSVCC from Cornwall Council housing: man (Romanian, 40s) presented as homeless in Camborne, says he left a job at a daffodil farm after being told he would not be paid until the end of the season. He says he was free to leave and nobody took his documents, but he is owed about £2,000.",
      "WW", "", "L")
    T("INT 2/B/P. CHIS reports Liam PRATT (Norwich) uses his girlfriend's 13 y/o brother to carry cash and drugs between Norwich and Dereham on the bus. PRATT has been heard to say 'he knows what happens if he mugs me off'.",
      "AV IT", "", "C", "high")
    T("Carers Trust: young carer (12) in Haverfordwest looks after her disabled mum most evenings. School aware. Family supported. Not exploitation.")
    T("Officer PNB note. Visit to 22 Boston Rd, Holbeach. 11 adults present in a 3 bed house. Mattresses on floor of every room inc. kitchen. One bathroom. All said they work for 'Gintaras' at a factory. Each said the same words 'we are fine, we are happy, no problem', appeared rehearsed. No one would give name of the factory.",
      "AC", "OA PLC FA", "L")
    T("Anon online: theres a man who owns loads of houses in Kings Lynn and puts Eastern European workers in them then takes rent out of their pay and charges them £5 each way for the minibus to the factory. they can never save any money",
      "WW", "OA CT NCW", "L")
    T("Victim statement, Dyfed-Powys MSHT unit. 'I met him on Facebook. He said he had a job for me on a dairy farm in Wales with a room. When I got there the room was a shed with a mattress. I milked cows at 3am and 5pm and did other work in between, every day, no day off in 9 months. He paid me £100 when he felt like it. When I said I would go he threw a bucket at me and said nobody would believe a drunk.'",
      "DEC AC EO WW PSV AV", "PLC LH", "L")
    T("911 style misdial from Yeovil phone box, silence then hung up. Checked, nothing found.")
    T("Caller's sister (Hungarian, 22) told her by text that the 'modelling' job in Leeds is actually a flat where she is being made to have sex with men. The man who runs it took her passport at the airport and says she owes £5,000. Sister gave address in Harrogate. Caller says sister is there now and the man is in the flat.",
      "DEC PSV RD DB", "DT UF", "S", "immediate")
    T("Suffolk PCSO: spoke to workers at the turkey farm near Eye ahead of Christmas. They're agency workers, said the hours are long in December (60 a week) but paid overtime, staying in B&B paid by the farm. Happy and return each year. No concerns.")
    T("Housing Standards: flat above takeaway in Newtown (Powys) found with 5 men sleeping in one room, one toilet, no fire alarm. Landlord is the takeaway owner. Men work in the takeaway. Referred to police for MS checks.",
      "AC", "OA PLC", "L")
    T("INT 3/C/P: source says a Polish man known as 'Mirek' runs a crew of homeless Poles from Peterborough laying block paving across Lincolnshire. Source says they are given beer and somewhere to sleep in a van instead of wages and Mirek's son beats anyone who drinks too much.",
      "AV WW PSV AC", "PLC", "L")
    T("My daughter's boyfriend has her bank card and her pin and she says he 'looks after' her money, she is 20 and works at Morrisons. I don't like him but she says she's happy. (Concern about coercive control; no labour exploitation described.)",
      "", "NCW", "")
    T("Ops Aidant, Devon & Cornwall. Visits to 9 hand car washes. 2 sites of concern: Launceston site workers living in a converted shipping container on site, paid £40/day for 10-hour days, one said the boss has 'all our passports in his car'.",
      "AC WW RD EO", "SW PLC DT LH", "L")
    T("A man I know from church in Grantham, Nigerian, says his employer at the care home takes £400 a month from his wages for his 'sponsorship' and says if he leaves he'll lose his visa and be sent home. He has to do 70 hours a week.",
      "WW IT EO AV", "LH FA", "L")
    T("Call handler notes: female caller with strong accent, said 'help, man keep me in house, Skegness'. Call dropped. Number comes back to a pay-as-you-go. Cell site suggests Skegness town centre.",
      "RM", "RMS", "", "immediate")
    T("Licensing objection: neighbours of the Lotus Massage, Ipswich say it's a brothel. Test purchase found sexual services offered by one Thai woman who told officers she rents the room herself, keeps her own money and works her own hours. No third party control found.")
    T("Debrief of Albanian male (19) found at cannabis grow near Tregaron. 'In Albania they say work in restaurant in London, £1000 a week. They bring me on small boat. Here they say I owe £15,000 for the boat. They take my phone. They say if I run they kill my family in Albania.'",
      "DEC DB ISO IT AV", "UF IS", "C")
    T("Scarborough Borough Council: complaints about an Airbnb with different men visiting all night. Officers visited, 2 women, one said she was brought from London by a 'friend' who books the flats and keeps half. The other said nothing and kept looking at the door.",
      "WW", "FA", "S")
    T("Cousin of mine works on boats out of Milford Haven, he said the crew is all Ghanaian and the skipper pays them £300 a month for 100 hour weeks. They can't leave the boat in port because they have transit visas. He said one of them was punched for asking for his pay.",
      "WW EO RM PSV", "LH RMS", "L")
    T("Officers attended a domestic at a flat in Lowestoft. Male partner arrested for ABH. Victim is British, works at a call centre. No exploitation indicators.")
    T("Local authority social worker, Lincolnshire: 17 y/o UASC (Afghan) placed in supported accommodation in Lincoln keeps going missing to Manchester. Returns with cash and new trainers. Has been seen getting into cars with adult males. Phone shows messages 'u owe us'.",
      "AV DB", "", "C", "high")
    T("Drink driver stopped on A47 near Acle, blew 67. Charged.")
    T("INT 2/B/P: source states the owner of a hotel in Ilfracombe brings Indian chefs on Skilled Worker visas, charges each £8,000 for the Certificate of Sponsorship, then works them 14 hours and threatens to withdraw sponsorship if they complain.",
      "DB EO IT AV", "UF LH FA", "L")
    T("We went to the Lincs farm as a family for the cauliflower season. The agency said they would give us a house. They gave us a caravan with a broken window for 5 people, the gas leaked. We told the agency, they said take it or leave. We left after 2 weeks and they kept the last week pay.",
      "AC WW", "OA PLC", "L")
    T("Welfare check Ammanford: adult with learning disability living with his 'uncle' who is not related. Neighbours say he works all day in the uncle's scrapyard and gets no money. Officers attended: the male said 'I am not allowed to talk to you'. Uncle spoke over him throughout.",
      "AV WW", "SFW FA", "L")
    T("Pub landlady, Padstow: 'My bar staff do double shifts in August, it's the season, they get paid for every hour and have accommodation in the staff house. Someone left a note saying we're slave drivers, I'd like to know who.' No offence.")
    T("Message to Unseen helpline: 'Im from Poland, I work in Norfolk on a farm, the foreman took my ID for copy 3 weeks ago and still has it. Im not locked, I can go to shop. But I cannot change job without ID. He says he will give it when season finish.'",
      "RD", "DT", "L")
    T("Police note, Exeter: male arrested for shoplifting at Princesshay. Told custody he steals to order for a man who 'holds his debt' from drugs and has hit him before. Referred for NRM consideration.",
      "DB PSV AV", "", "C")
    T("INT 3/B/P. Premises of interest: Rose Nails, Bury St Edmunds. Staff (Vietnamese females) collected at 0800 from a house in Haverhill and returned 2200 in a people carrier, always the same male driver. Workers do not appear to have money; driver pays for their lunch.",
      "EO", "CE ET LH NCW", "L")
    T("Staff member from a Suffolk school reports a Year 11 student has been working 30 hours a week at her parents' shop in term time and is exhausted. Parents were spoken to and hours reduced; child employment rules explained. Not MS.")
    T("Norfolk Police MSHT Team: warrant at a property in Thetford. 7 Portuguese and Timorese workers. Rooms had padlocks on the outside. Workers said a man 'Zé' takes their pay cards. One man had a fractured wrist he said was from 'Zé'. Workers had no ID, Zé said they were 'at his solicitor'.",
      "RM WW PSV RD", "RMS NCW MBC PA DT", "L")
    T("A friend asked me if its trafficking that her boss's nanny lives with them and doesn't get days off. I asked the nanny myself: she has a contract, gets paid £450 a week, has Sundays off and goes home to Spain at Christmas. She holds her own passport.")
    T("Shelter worker, Plymouth: man (British, 44, heroin user) says he was 'taken in' by a family who gave him a room in return for 'helping out', but now he has to collect scrap and do tarmac jobs 7 days, they keep his benefits card, and when he tried to go they said they'd break his legs.",
      "AV WW EO IT", "NCW LH", "L")
    T("Traffic officer: 2 vans stopped at Dover-bound A14 near Bury with 23 men, all say they work 'for Vasile' in Norfolk. None had ID on them, Vasile said they keep it in the house.",
      "", "", "")
    T("BTP report: girl (15) found alone at Peterborough station at 0200 on her way from Lincoln to London. Said a man she met online had sent her the ticket and would meet her at King's Cross. Had been told not to tell anyone. Safe now with BTP.",
      "AV DEC", "", "S", "high")
    T("North Yorks rural crime: workers at a pig unit near Malton are employed directly, get payslips, and live in the farm cottages. Anonymous report of 'slavery' appears malicious, from an ex-employee. No action.")
    T("Referral: Albanian female, 23, found at a flat in Ipswich advertised online. She says she was brought from Tirana by a man who promised marriage, he now 'rents' her to other men and takes everything. He raped her when she refused. He has her ID card. She does not know the address of the flat.",
      "DEC PSV WW RD ISO", "DT IS NCW", "S")
    T("Caller from the Co-op in Llandovery says two young lads came in with a man who paid for everything, they looked really thin and dirty, one had a black eye, the man was shouting at them in another language.",
      "", "PA SFW", "")
    T("Case note, Hope for Justice IVA: client was a kitchen worker at a restaurant in Norwich for 2 years. Owner made him sleep on the restaurant floor, he worked 10am until 1am every day, paid nothing for 6 months 'because of the debt for the visa'. He now has a place in a safe house.",
      "AC EO WW DB", "SW LH UF", "L")
    T("Suspect device report, Ipswich bus station. Cleared. Nothing suspicious.")
    T("Caller says her elderly neighbour in Brixham has had a 'lodger' for 2 months who now seems to run the house, the old man isn't allowed to answer his own door and seems frightened, and there are young lads coming and going at all hours with bikes.",
      "AV RM", "FA RMS", "C")
    T("INT 2/B/P: source states Kieran FOX (Hull) has a 16 y/o female from Scarborough living at his address and is 'pimping her out' to older men for £50. Source has seen her with bruises to her arms.",
      "AV", "PA", "S", "high")
    T("Statement (Kurdish, via interpreter): 'I was in the hotel in Skegness for asylum. A man said I could work in his barber shop in Boston. I work 12 hours each day, he give me £100 a week. He say if I tell someone he call Home Office. I not have papers, I am scared.'",
      "AV WW EO IT", "LH FA", "L")
    T("Community safety partnership minutes: presentation from the Salvation Army on modern slavery awareness for taxi drivers in Torbay. 30 drivers attended.")
    T("Met with the young man at the hostel in Aberystwyth. He was clear he was not forced, nobody took his documents, he just didn't like the farm work and left. He was paid what he was promised. Closing the referral.")
    T("Social worker: 10 y/o girl brought from Nigeria as 'niece' by a family in Newmarket. Not enrolled at school. Neighbour saw her hand-washing clothes in the garden at 6am and carrying heavy shopping. She told school nurse (when finally enrolled) she sleeps in the kitchen and gets beaten with a slipper.",
      "AV PSV AC", "SW", "D", "high")
    T("Food delivery rider (Brazilian) in Exeter says he rents the account from another man and pays him £100 a week, but the man sets his own hours and he keeps the rest. He says it's his choice. Advice given on right to work. No exploitation.")
    T("INT 3/B/P: Lithuanian male known as 'Tadas' holds the passports of all the workers at the chicken catching gang based in Gainsborough. They are driven around farms at night and work until dawn. Source says Tadas threatens to 'leave them in the field' if they argue.",
      "RD IT EO", "DT ET LH", "L")
    T("I seen a girl at the bus stop in Cleethorpes crying her eyes out saying her boyfriend keeps her locked in and makes her do things with his mates. she ran off when I offered to help. about 18 blonde. she had marks on her arms.",
      "RM", "RMS PA", "S")
    T("Phone call from a GP in Diss: patient with learning difficulties (36, British) came in with a man who said he was his 'employer' and wouldn't leave the room. Patient has a hand injury from 'the yard'. GP worried about him. Patient said he lives in a caravan at the yard and gets 'a tenner'.",
      "AV WW", "SFW PA SW", "L")
    T("Fire service: fire at a caravan on a farm near Spalding. All occupants (3 adults, seasonal workers) safe. Caravan well-kept, gas appliance fault. No concerns raised by the crew.")
    T("Disclosure at Ipswich Hospital A&E: woman (Chinese, 40s) admitted with burns. Said she works 'in a house with a lady and her kids' in Felixstowe, cooking and cleaning, paid in 'food and room'. The lady threw hot water at her. She is not allowed out without the lady.",
      "PSV WW RM", "PA RMS", "D")
    T("Citizens Advice: client works at a warehouse near Doncaster through an agency, he says they make him buy his own safety boots and hi-vis from them for £45 and pay for the minibus. Hours and pay are otherwise correct.",
      "", "PPE CT", "L")
    T("Intel log, Operation Tern: 'we aint getting paid til the boss says so' - text from a worker's phone at a Carmarthenshire building site, found during a search. Worker's identity unknown.",
      "WW", "", "L")
    T("Hotel receptionist in Newquay called about two teenage girls checked in by a man in his 40s, paid cash, no luggage. Girls looked about 14. Man has gone out and said he'll be back with 'friends' shortly.",
      "AV", "", "S", "immediate")
    T("Dyfed-Powys: complaint about a man selling puppies from a farm near Llandeilo. Passed to trading standards. Not related to trafficking.")
    T("Statement of victim (Sri Lankan, 35) from a Suffolk home: 'The family brought me from Dubai as their maid. In England they said I cannot leave because I have no visa, they kept the passport. I worked from 6 in morning until midnight. I had no day off for three years. I could not call my children.'",
      "RM RD EO ISO AV", "DT LH IS RMS", "D")
    T("Bank fraud team (Lloyds) flag: 17 accounts opened by young Romanians in Boston, all with the same mobile number and address, debit cards sent to one PO box. Wages from 3 different agencies paid into these accounts and withdrawn same day.",
      "WW", "MBC NCW", "L")
    T("Intel: a family in Redruth believed to be running a lad with Down's syndrome as a 'drug mule', taking him on the train to Bristol. Source states he doesn't understand what he's carrying.",
      "AV", "ET", "C")
    T("Hi, my friend from Ukraine is a cleaner for a family in Harrogate under the Homes for Ukraine scheme. She wanted to check she's allowed to work. She's paid properly and has her own passport. Thanks")
    T("PCSO Swaffham: sleeping bags and food wrappers found in a disused barn. No one present. Could be rough sleepers. Logged for info.")
    T("GLAA: worker at a shellfish processor in Brixham told inspectors his supervisor 'borrowed' his passport to get him a bank account and has never returned it, and his wage goes into the account he doesn't have the card for.",
      "RD WW", "DT NCW", "L")
    T("MSVCC call: male from Zimbabwe, care worker in Lincoln, says agency told him he must pay £12,000 back if he leaves before 5 years, it's in his contract. He is doing 84 hours most weeks and sleeps in the office at one client's home between shifts.",
      "DB EO AC", "LH SW UF", "L")
    T("Caller reports youths on scooters doing wheelies on Yarmouth seafront. Advised to call 101 if it continues.")
    T("Teen girl, 15, from Lincoln told her youth worker she goes to 'house parties' in Nottingham where older men give her vodka and 'make her' sleep with them, she's scared to stop because they have videos of her.",
      "AV PSV IT", "FA", "S", "high")
    T("INT 2/B/P: Unit 4, Wainfleet Rd Industrial Estate, Skegness. Recycling firm. Source states around 8 men sleep in the unit among the bales, never seen leaving except to the Lidl across the road with a supervisor. Windows covered with card.",
      "AC RM", "SW RMS ET OA", "L")
    T("Referral (Independent Child Trafficking Guardian): Vietnamese girl, 15, found by Border Force in a lorry at Harwich. Says she was going to work in a nail bar in England to pay back the money her parents borrowed. Placed in foster care.",
      "AV DB", "UF", "L", "high")
