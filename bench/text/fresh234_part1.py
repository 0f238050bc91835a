def load(T):
    T("INT 2/B/P. Source states approx 12 Romanian males living at 14 Cromer Road, Hunstanton PE36. Collected by white Transit van VN19 KXT at 0430 daily and returned after 2100. Source believes they work on the flower fields near Terrington and are each charged £10 a day for the lift.",
      "EO", "OA CE CT LH", "L")
    T("Caller reports neighbour's car alarm going off for two hours, no answer at door. Advised. No further action.")
    T("Referral from Norfolk County Council Adult Social Care. Adult male, 52, learning disability, has been 'living' in a static caravan on a farm near Swaffham for about six years. He works with the pigs seven days a week and says he gets 'pocket money' of £20 a week. The farmer, Gerald HOBBS, holds his bank card and collects his PIP. He has no phone and says he has not seen his sister since 'before the Covid'. Caravan has no working heating, mould throughout, bucket used as toilet.",
      "AV WW ISO EO AC", "IS PLC NCW LH", "L")
    T("Lincs Police log 4471. Anon: lots of foreign lads at the car wash on Boston Rd Sleaford working in shorts and flipflops in the rain no gloves nothing. they sleep in the portacabin out back i think",
      "AC", "SW PLC", "L")
    T("Welfare check requested by daughter on her mother, 81, in Bude. Officers attended, mother well, phone had run out of battery. Daughter updated.")
    T("Salvation Army first responder note. Client (Vietnamese male, 17) found in a loft above a nail bar in Truro during a multi-agency visit. He said 'I come in lorry, uncle say I owe 20,000, I work in shop to pay, they keep my passport'. Sleeps on a mattress in the loft with three others. He has not been outside except to work. Age assessment pending; treated as a child.",
      "AV DB RD RM ISO AC", "UF DT SW OA RMS IS", "L", "high")
    T("me and my brother come from Bulgaria for job on farm in Lincolnshire. agency man say £9 hour, house free. when we come house is 10 people, he take £70 each week for house and £15 for bus. he take passport 'for registration' and not give back. if we ask money he say go home then, but we owe him for the tickets",
      "DEC WW RD DB", "OA CT DT UF", "L")
    T("Suffolk CAD 0712. Caller at Tesco Felixstowe states a male has been at the cashpoint 20 minutes putting in card after card, maybe 8 or 9 different cards, taking out cash each time. Male IC1 30s, grey hoodie, got into a silver Astra.",
      "", "MBC", "")
    T("North Yorkshire Police. Officers attended Skipton address re: noise complaint. Party, 15 students, music turned down. No offences.")
    T("INT 3/C/P: Nom Artan LEKA believed to be running cannabis grow at farmhouse near Lampeter. Source states an Albanian youth is kept in the building to water plants and is not allowed to leave, food is dropped off twice a week. Windows boarded. Source has heard LEKA say the lad 'owes for the boat'.",
      "RM DB AC AV", "RMS PLC", "C")
    T("Care worker here, Filipino, in a home in Exeter. I do 12 hour shifts and sometimes 5 nights in a row because I want the extra money for my family. My manager is fair and I get my payslips. I just wanted to ask if I can do a second job on my visa.")
    T("Caller states her friend (Polish female, 24) has been 'sold' a job as a hotel cleaner in Scarborough but on arrival was taken to a flat and told she had to see men to pay back £3,000 for the flight and room. Caller says the men who run it have her friend's ID card and her friend is terrified they will hurt her mum back home. Friend is at the flat now but can message when the man is out.",
      "DEC DB RD IT", "DT UF FA", "S")
    T("Nail bar, Market Place, Wisbech. Licensing/immigration visit. All 4 staff had right to work, payslips and own bank cards checked. Rota shows 9-6 with lunch break. No concerns identified.")
    T("PC 2231 Dyfed-Powys. Stopped VW Transporter WX66 PLU on A483 near Builth at 0520, 9 males in the back on a bench with no seats or belts. Driver (Ion POPESCU) answered every question on their behalf, none of the passengers would make eye contact. Said they were going to a chicken processing plant at Llandrindod. Driver said they 'pay me for the transport'.",
      "AC", "CE SFW FA CT ET", "L")
    T("Good evening, I am the woman from the house in Diss. I clean, cook, take the children to school, wake in the night for the baby. Since 2 years no salary, madam says she sends money to my family but my family say nothing arrives. I cannot go out alone, they lock the door when they leave. My passport is in madam's bag.",
      "WW RM RD EO", "RMS DT LH NCW", "D")
    T("Anon online report: the massage place on Lowestoft high st is a brothel, girls never leave, a man drops food off, theres a different girl every couple of weeks and theyre advertised on adultwork",
      "RM", "RMS", "S")
    T("Report of shoplifting at Boots, Newquay. Male IC1 20s took fragrances to value £240. CCTV obtained. Suspect known to police.")
    T("Barnardo's referral: 14 y/o boy from Ipswich found in a trap house in King's Lynn by Norfolk officers. Phone showed messages from 'Dee' telling him 'dont come back short or ur getting wet'. Boy had a cut to his hand he would not explain and said he 'owes' £600 after being robbed of a package.",
      "AV IT DB PSV", "PA FA", "C", "high")
    T("GLAA intel. Gangmaster unlicensed. Supplying c.40 Lithuanian workers to packhouses around Spalding. Workers charged £25 for hi-vis and boots from first pay and a £200 'registration fee' before starting. Wages go to cards held by the gangmaster's partner.",
      "WW", "PPE UF NCW MBC", "L")
    T("Call handler: female caller hysterical says her boyfriend has locked her sister in the bedroom and is making her go with men, he has a knife and says he'll cut her if she tries to leave. Address 3 Pottergate Norwich. Caller outside now. Units dispatched.",
      "RM IT", "RMS", "S", "immediate")
    T("Neighbour dispute, Penzance. Complaint about hedge height and a shared drive. Advised civil matter.")
    T("Just to let you know I keep my own passport in my desk drawer in halls, the uni asked us all to confirm. I'm on a student visa and work 15 hours at Costa. Nobody has my documents.")
    T("Statement (translated from Romanian). 'The man said there was work in a factory in England and good money. I did not pay anything, he paid the bus. When we arrived in Grimsby he said I owed him £1,500 for the bus and the house. Every week he took all my wage and gave me £40. He said the debt is still £1,200. When I said I would leave he said he knows where my children live in Iasi.'",
      "DEC DB WW IT", "UF NCW", "L")
    T("Officer note. Attended farm near Helmsley re: reports of workers living in poor conditions. Spoke with 6 seasonal workers from Kyrgyzstan on the Seasonal Worker visa. All had own passports, accommodation was a clean caravan site with showers, they showed their payslips and said they could go into town at weekends. No indicators found. Details passed to GLAA for info only.")
    T("Young person (16) reported missing from care home in Lowestoft for the third time this month. Last seen getting into a black Audi with two older males. Staff believe she is being groomed, she has come back with new phones, nails done, smelling of alcohol. Audi reg partial 'AU18'. She is still with them.",
      "AV", "", "S", "immediate")
    T("DWP fraud referral. Seven Universal Credit claims linked to one address in Boston, all payments going to accounts opened the same week. Claimants are Slovak nationals who appear not to speak English. A male, Marek KOVAC, attends the Jobcentre with all of them and answers for them. Suspected benefit fraud by KOVAC using the claimants' identities.",
      "WW", "SFW NCW OA", "C")
    T("Tbh the lads at the hand car wash in Redruth look fine, theyre always laughing and they get paid cash, i just think they work hard. not reporting anything just asking if its legal to pay cash")
    T("INT 2/A/P. POI Darren ELLIS (DOB 03/05/1989) running county line 'Tommy' from Liverpool into Barnstaple. Believed to be using a 15 y/o local female to hold and deal from her mother's flat. Female has been seen with bruising to face.",
      "AV PSV", "PA", "C", "high")
    T("RSPCA attended a smallholding in Ceredigion; man living alone with 40 goats, poor welfare of the animals. He is the owner. Not a human trafficking matter, passed to local authority for animal welfare only.")
    T("Ops note: MSHT Op visit to Chinese takeaway, Bridlington. Kitchen porter (Chinese male, 40s) sleeps on a camp bed in the store room. Works 11am to midnight, 7 days. Employer states he 'gets £200 a month and food'. No passport on him, employer said 'it's in the safe, for safe keeping'. Male visibly thin, wore the same clothes on both visits.",
      "AC EO WW RD", "SW LH DT PA", "L")
    T("Suspected cuckooing. Vulnerable male (alcohol dependant) at flat in Great Yarmouth has had his flat taken over by dealers from London. Neighbours say he sits on the stairs as he isn't allowed in his own bedroom. He was seen with a black eye last Tues.",
      "AV PSV RM", "PA RMS", "C")
    T("Hi, Im a nurse at the Norfolk and Norwich. I work 3 long days and sometimes a 4th bank shift, its my choice, I love it. My friend thought I was being exploited lol, Im not, just wanted to say the leaflet was confusing.")
    T("Police Scotland request to Lincs: check on welfare of Latvian male, 45, believed working at a poultry farm near Louth. Family in Riga have not heard from him for 5 months and says he told them his phone was taken by 'the boss'.",
      "ISO", "IS", "L")
    T("Call log: Caller reports two men fighting outside the Red Lion, Thetford. One male arrested for S.39 assault.")
    T("Refuge worker. Service user (Thai female, 33) came to the UK on a spouse visa. Husband (British, 61) makes her do all housework for him and his adult sons, never lets her out without him, has her passport and BRP in a locked drawer. He tells her if she leaves he'll have her deported. She says he hit her last month when she asked for money to send home.",
      "RM RD IT PSV AV WW", "RMS DT FA ET", "D")
    T("Lincolnshire Trading Standards: complaint about roofer in Gainsborough who overcharged an elderly woman £6,000 for a 20 minute job. Rogue trader investigation opened.")
    T("Farm worker statement (learner English): 'I work on the lettuce, they pick us 4 in morning, we come back 9 or 10 at night. No sunday. boss say if you complain you not work no more and he tell the police you are illegal. I am afraid of police. I sleep in container with 8 man, one toilet.'",
      "EO IT AC AV", "CE LH FA OA PLC", "L")
    T("Tip-off via Crimestoppers: 'Kelly's' on Exmouth seafront, the girls who work there are brought in from Bristol on a Friday and taken back Sunday by a man in a black Merc. They have no money of their own and he keeps their phones.",
      "ISO WW", "ET NCW IS", "S")
    T("Fisheries officer report, Newlyn. Two Filipino deckhands on a beam trawler. They said the skipper holds their seaman's books and passports and they haven't been allowed ashore in the 3 months they have been in port. Paid $400 per month into an account in Manila that the agency controls. They work 18-20 hours when fishing.",
      "RD RM WW EO", "DT RMS NCW LH", "L")
    T("Suffolk - 999 call. Male heard screaming from a lorry trailer parked at Orwell Crossing lorry park, banging from inside. Trailer seal intact. Driver not present. Sounds like several people. Units and ambulance dispatched.",
      "RM AC", "RMS", "", "immediate")
    T("Parent of 13 y/o in Carmarthen reports son's Snapchat getting messages from older lad offering £50 'to run a few things'. Son refused and blocked him. No further contact. Advice given, intel submitted.")
    T("Ward staff at Derriford: patient (Lithuanian male, 30s) admitted with a crush injury to his hand from a packing machine. Came with a man who would not leave and answered every question, said patient 'has no English'. Patient later told an interpreter he works 14 hours a day, there are no guards on the machine and the man takes his wages for 'rent'.",
      "AC EO WW", "PA SFW LH NCW", "L")
    T("Kidney donor work-up at Addenbrooke's: recipient's brother is the donor, both born in Cambridge, fully assessed by the independent assessor for HTA. Query was raised because donor is unemployed but no payment or pressure found.")
    T("INT 3/B/P: source states a woman from Nigeria living in Ipswich was brought over by a 'church sister' and told she would go to college. Instead she looks after the sister's four kids and cleans, not paid, not allowed her phone, sleeps on the kitchen floor.",
      "DEC WW ISO AC", "IS PLC", "D")
    T("Caller: my cousin is at a car wash in Skegness 7 days a week 8am to 8pm they pay him £30 a day, the boss has his passport and wont give it back, he wants to come home to Romania but boss says he must pay for the flat first",
      "EO WW RD DB RM", "LH DT", "L")
    T("Roadside check A17 Sutton Bridge, Border Force & Lincs Police. Minibus with 14 workers, all produced own ID, all had employment contracts with a GLAA-licensed agency. Driver employed by agency, no charge for transport. No offences.")
    T("Officer body-worn transcript: 'Who does your passport?' 'Boss keep it.' 'Do you want it back?' 'I ask. He say when debt finish.' 'How much is the debt?' 'Before five thousand. Now seven.'",
      "RD DB", "DT", "L")
    T("Community safety: reports of begging at traffic lights on Riverside Rd, Norwich. Same three women dropped off each morning at 7 by a man in a grey Passat and collected at 6pm. They hand him the money in the car.",
      "WW", "CE ET NCW", "C")
    T("My mum is 79 and the carer keeps taking her to the bank and I think taking money out. Can you look into it? (Financial abuse by carer; not slavery. Passed to adult safeguarding.)")
    T("ADULT SAFEGUARDING REFERRAL - Devon. Male, 38, homeless, recruited outside the Exeter night shelter by two men offering 'tarmac work, cash in hand, a bed'. He was taken to a caravan in a yard near Tiverton, worked dawn to dusk laying drives, never paid, given cheap cider and told if he ran the dogs would get him. He escaped after 7 weeks and walked to a petrol station. Hands blistered and infected.",
      "AV DEC WW IT EO AC", "PA LH PLC", "L")
    T("NCA tasking. Albanian OCG believed to be moving women from London to short-let flats in Torquay, Plymouth and Truro for sexual exploitation, advertising on Vivastreet. Phones are controlled by 'drivers' who take all earnings.",
      "WW ISO", "NCW ET", "S")
    T("Routine licensing visit to the Fox and Hounds, Thirsk: 2 chefs sponsored under the Skilled Worker route, both hold their own passports, rota 45 hrs per week, paid £12.80/hr. All in order.")
    T("Teacher email to DSL. Year 9 girl said in tutor time that her 'boyfriend', 22, picks her up after school and takes her to 'parties' in Hull where she has to 'be nice' to his mates. She has a new iPhone. She said if she stops he'll send her pictures round the school.",
      "AV IT", "", "S", "high")
    T("I was working in hotel in Whitby. They said 40 hours but it is 70 and more. Still paid for 40. When I say it is not fair the manager laugh and say you can go. I did go, I have new job now. I just want my money.",
      "DEC EO WW", "LH", "L")
    T("ANPR hit on FD17 YHT (linked to Op Lantern county lines) at Carmarthen Asda 0312hrs. 2 x juveniles seen in rear. Vehicle not stopped.",
      "AV", "ET", "C", "high")
    T("INT 4/E/P. Unconfirmed: source heard that the owner of a hand car wash in Haverhill 'makes the lads pay him to work there'. Source could give no further detail.",
      "", "UF", "L")
    T("Debt advice charity referral (StepChange). Client, British male, 27, says he took a £400 loan from a man in the pub in Mablethorpe and now owes £2,500. He says the man 'sends people round' but client has not been made to work for him. Referred to Stop Loan Sharks team, not treated as MS.",
      "IT", "", "")
    T("Housing officer, East Lindsey DC. HMO in Skegness with 22 people on the council register as living there, only licensed for 6. Mattresses in the lounge and kitchen. Tenants say they all work for the same man at a meat factory and he takes the rent out of their wages.",
      "AC WW", "OA PLC NCW", "L")
    T("Male in custody at Bodmin for possession with intent (crack and heroin). 17 y/o from Croydon. He said in interview 'I don't want to say nothing, they'll do my mum'. No NRM yet. Duty to notify considered.",
      "AV IT", "FA", "C", "high")
    T("Farmer from near Holbeach rang to ask about employing workers through the Seasonal Worker scheme. Wants to do it properly. Referred to GLAA guidance.")
    T("Caller states there are people living in a barn off the B1145 near Aylsham, she's seen lights at night and washing hung on the gate. She doesn't know if they work there. Officers attended: two rough sleepers, British, with permission of the farmer, not working for him. Offered housing support.")
    T("Victim account, MSVCC case notes. 'He said he loved me. He said come to England, we will get married. In Peterborough he took my passport and said I must work in a house with other girls. He hit me with a belt when I cried. Men came every night. He took all the money.'",
      "DEC RD PSV WW", "DT NCW", "S")
    T("A Nepali couple I met at the temple work in a restaurant in Colchester for the owner who brought them. They never have a day off, they live above the restaurant, and the wife told me the owner keeps their wages 'to send home' but their family hasn't received anything for a year.",
      "EO WW", "LH NCW", "L")
    T("IP states she was not threatened and was free to come and go from the flat. She has her own passport. She says she works in the sauna by her own choice and keeps her own money. No offences disclosed; signposted to support services.")
    T("Police Community Support Officer note: lots of vans dropping men off at 3 Station Rd, Brandon late at night, up to 15 men coming out in the morning. House has bins overflowing and curtains always closed.",
      "", "OA CE PLC", "")
    T("Suffolk MASH. Boy, 15, excluded from school, found in Leiston with £800 cash and 40 wraps. Told SW 'I had to, they said they'd stab me if I don't shift it'. Mum says he's been going missing for days and came back with burns on his arms.",
      "AV IT PSV", "PA", "C", "high")
    T("Two Eritrean males came into Llanelli police station. Said they had escaped from a house where they had been made to work on building sites without pay, they were locked in at night and the man kept their papers. One said 'we were beaten if we sat down'.",
      "WW RM RD PSV", "RMS DT", "L")
    T("Council environmental health: food hygiene inspection at The Golden Dragon, Scunthorpe, rated 2. Issues with fridge temperatures. No staffing concerns noted.")
    T("Staff at Premier Inn Norwich report a man booked three rooms with cash, several young women brought in through the night, the women seemed scared and one had a bruised neck. Man stood in corridor. Still there now, room 214.",
      "PSV RM", "PA FA ET", "S", "immediate")
    T("Victim debrief (through interpreter, Vietnamese): 'The men in the farmhouse took my phone. I did not know what country I was in. I only looked after the plants. They brought rice. I could not go outside. If I broke a plant they said they would cut off my fingers.'",
      "ISO RM IT", "IS RMS", "C")
    T("North Yorks: hire car firm reports van rented with false ID now on ANPR daily between Selby and a mushroom farm near Tadcaster, driver seen loading up to 12 men at 3.45am in Selby town centre.",
      "", "CE", "L")
    T("Referral, Red Cross. Client (Sudanese male, 24) says a man at the asylum hotel in Wetherby offered him work washing cars for 'cash'. He worked 3 days, was paid £20 in total, and the man said if he complained he would tell the Home Office he was working illegally.",
      "AV WW IT", "FA", "L")
    T("MP caseworker: constituent worried about Romanian workers at the big farm near Wisbech but says they 'look ok, they come to the shop, they've got nice phones'. Just wants us to be aware. No specifics.")
    T("Crew of an ambulance in Haverfordwest attended a Polish male, 56, collapsed at a caravan site, severely malnourished, feet in bad condition. Site owner employs him on 'odd jobs' and said he 'gets his food and keep'. Male said he had not been paid in a year and had nowhere else to go.",
      "AV WW AC", "PA PLC", "L")
    T("Email from a student: 'My landlord rents to 8 of us in a big house in Lincoln, we all have separate tenancies, I just wanted to check this is legal because my mum read about modern slavery'. Licensed HMO. No concerns.")
    T("Dispatch log 23:14. Girl about 16 rang from a phone in a taxi saying she's been taken from Ipswich to a house in Colchester and 'they won't let me go, there's men coming'. Line cut. Taxi firm trying to trace the fare.",
      "RM AV", "RMS", "S", "immediate")
    T("GLAA inspection report excerpt: labour provider found to be deducting £60/week for accommodation in caravans with no running water, £12/week for transport and £35 for PPE from workers' pay, taking hourly pay below National Minimum Wage. Licence revoked.",
      "WW AC", "PLC CT PPE", "L")
    T("INT 2/B/P: Nominal Sami HAXHIU, cannabis factory in a former chapel near Crickhowell, one male, unknown nationality, 'lives in there'. Source says the male is 'scared of HAXHIU and of the police'. Unconfirmed whether he is free to leave.",
      "", "SW FA", "C")
