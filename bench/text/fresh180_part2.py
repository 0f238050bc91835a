# fresh180 part 2: valley car washes, nail bars, county lines, cannabis grows
def add(T):
    T("Hand car wash, Pontypridd. Workers (approx 6) believed to be living in the portakabin at the "
      "back of the site. Seen there 0700 till 2200. INT 3/B/P.",
      "AC EO", "SW LH", "L")
    T("car wash on the main road in tonypandy the boys there have no gloves in the freezing cold, hands "
      "all cracked and bleeding, the boss just sits in his BMW",
      "AC", "PA", "L")
    T("GLAA/South Wales Police joint visit, car wash Merthyr Tydfil. 5 Kurdish males. Manager states "
      "they are 'self-employed'. All workers said they were paid £40 a day for 11 hour days, and the "
      "manager deducted £10 a day for the house they share above a takeaway. Two had no ID; manager "
      "said their passports were 'at home' but could not say whose home.",
      "WW EO", "LH OA", "L")
    T("Caerphilly: Car wash staff said the owner drives them to and from work in his van, they pay him "
      "£5 each way.",
      "", "CT ET", "L")
    T("Cwmbran car valet. Gwent officers attended after reports of exploitation. All 4 staff on payroll, "
      "NI numbers, bank accounts in own names, living in own rented flats. Owner co-operative. No "
      "exploitation found.",
      "", "", "")
    T("Ebbw Vale. Member of the public states a young lad at the car wash on the industrial estate "
      "asked for help, said 'I want to go home, he keep my passport', then looked over at the manager "
      "and went back to work.",
      "RD", "DT FA", "L")
    T("Statement (Kurdish Sorani, interpreter present). 'In Calais the smuggler say me in Britain you "
      "work in car wash, you pay back £8,000. In Wales the boss give me bed in room with six men. No "
      "salary, he say salary goes to debt. When I ask how much is left, he hit me with the pressure "
      "washer hose.'",
      "DB WW PSV AC ISO", "OA UF PA NCW IS", "L")
    T("Nail bar, Queen Street Cardiff. Trading standards visit. Staff (Vietnamese, 3 women and a girl who "
      "appeared about 16) slept upstairs on camp beds. Manager answered all questions and would not "
      "let staff talk. No evidence of wages being paid.",
      "AV AC WW", "SW SFW", "L", "high")
    T("Nail salon, Wrexham. Routine licensing. Owner and 2 employees, all British, payroll in place, "
      "staff go home at 6. No concerns.",
      "", "", "")
    T("INT 2/B/P. Merseyside OCG 'the Kirkby lot' running the 'JAY' line into Rhyl and Prestatyn. Using "
      "two Liverpool boys aged 14 and 15 who are kept in a flat on Wellington Road. Boys are not allowed "
      "out except to deal.",
      "AV RM", "RMS", "C", "high")
    T("Caller, crying: 'my son is 15 and he's gone, he's been going missing to Bangor with men from "
      "Liverpool, he just texted me he's scared they're gonna stab him because he lost the gear, he's "
      "in a flat in Maesgeirchen now.'",
      "AV IT DB", "FA", "C", "immediate")
    T("County lines: cuckooed address, Aberystwyth. Vulnerable tenant (heroin user, 50) reports that 3 "
      "males from Birmingham moved in and deal from his flat. They give him a bag a day. He says he "
      "can't get rid of them because they said they'd burn the flat with him in it.",
      "AV IT", "", "C")
    T("Youth worker, Newport: 'R (16) has new trainers, 2 phones and cash, and has been seen being picked "
      "up by an older male in a black Audi outside school. He says it's his mate. He's been excluded and "
      "is missing most nights.'",
      "", "", "C", "high")
    T("Custody note: 15 yr old from Walsall arrested in Llandrindod Wells with 20 wraps of crack in his "
      "underwear. Said he owed £900 for a 'bag that got taken' and was sent to work it off. Had 'plugged' "
      "the drugs on instruction.",
      "AV DB", "", "C", "high")
    T("INT 3/B/P. Deal line 'BOBBY' being run from Birmingham into Brecon, Llandrindod and Builth. Runners "
      "aged 16 to 19. Adults running the line.",
      "AV", "", "C", "high")
    T("Swansea. 17 yr old girl found in a trap house in Townhill. Says the older lads made her hold the "
      "drugs inside her, and when she refused they slapped her and said they'd put her nudes online.",
      "AV PSV IT", "PA", "C S", "high")
    T("Dealer arrested in Caernarfon, aged 34, local, selling his own cannabis to friends. No signs of "
      "exploitation, no line, no young people involved.",
      "", "", "")
    T("Cannabis grow, terraced house, Aberdare. Vietnamese male (said to be 17) found inside. Windows "
      "boarded, door locked from outside with a bolt. Male had slept on a mattress by the lights; "
      "electric bypassed. Said the boss brought food once a week and he could not leave.",
      "AV RM AC ISO", "RMS SW IS PLC", "C", "high")
    T("Cannabis factory Blaenavon: two adult Vietnamese males arrested, no ID, claim they came here to "
      "work in a nail bar and were brought to the house instead, owe 'big money' to the smugglers. One "
      "says they were told their families in Nghe An would be hurt if they ran.",
      "DEC DB IT", "UF", "C")
    T("Intel re: cuckooing at flat on Ely Bridge, Cardiff. Female (learning difficulties) living there. "
      "Group of boys from Splott taking over and using her flat. She says they've taken her bank card "
      "and she hasn't got money for gas.",
      "AV WW", "NCW", "C")
    T("School PCSO report, Rhyl. Y10 boy absent 4 days, came back with a cut on his hand. Mum says he "
      "was at his nan's in Liverpool. Nan confirms. No further concern at this time.",
      "", "", "")
    T("Rail BTP: 2 juveniles (14 and 16) from Wolverhampton travelling to Haverfordwest with one-way "
      "tickets paid by an adult, carrying £1,400 cash and a burner phone that keeps ringing. Adult "
      "'Uncle K' had booked their tickets. Safeguarding raised.",
      "AV", "", "C", "high")
    T("Runner (18) talks to his YOT worker: 'I ain't allowed to stop. They know where my mum lives, "
      "they showed me a picture of her house. I owe them cos the feds took the food.'",
      "IT DB", "FA", "C")
    T("Car wash in Bridgend. The workers have their bank cards all kept by the boss, who was seen "
      "taking cash out at the Tesco ATM with four cards one after another.",
      "WW", "NCW MBC", "L")
    T("Cannabis grow found in a flat in Port Talbot, no one present, local man charged, no sign of "
      "anyone living there or being forced. Not MS.",
      "", "", "")
    T("Barber shop, Caerphilly. Two young Albanian men work long hours and are collected in the same car "
      "at closing time. Staff say they live with the owner. They were evasive about where they live and "
      "said they are 'not allowed to say'.",
      "", "LH ET FA", "L")
    T("I work car wash Port Talbot. Boss say I must not talk to customers. I eat one time in day. At "
      "night I sleep in office on chairs. My brother in Iran not know where I am.",
      "AC ISO", "SW IS", "L")
    T("Nail bar Swansea Quadrant. Member of public: young Vietnamese girl painting my nails had bruises "
      "on her wrist and when I asked she said she fell. A man was watching from the door the whole time "
      "and drove her off at closing.",
      "", "PA ET", "L")
    T("INT 2/A/P. Line 'PRINCE' (Liverpool) supplying Holyhead and Llangefni. Local runner, 16, "
      "assaulted by line holders with a hammer when £300 went missing; injuries to hands.",
      "AV PSV DB", "PA", "C", "high")
    T("Social worker, Gwent MASH. 13 yr old girl missing from care in Newport, last seen getting into a "
      "car with adult males associated with county lines. Phone off. Not returned 24 hrs.",
      "AV", "", "C S", "immediate")
    T("Car wash, Neath. Employer has an immigration civil penalty on record. No current workers reporting "
      "any issue; all on payroll. Intel low grade, closed.",
      "", "", "")
    T("Hand car wash, Bargoed. Migrant worker told Unseen helpline that he owes the boss £3,000 for his "
      "'ticket', that the boss's brother lives in the flat with them and locks the door at night, and "
      "that he has not been paid in 4 months.",
      "DB RM WW", "UF RMS", "L")
    T("Vulnerable adult with autism (24) from Merthyr befriended by older men who now use his "
      "flat to store drugs and make him carry packages to Dowlais. He says they're his friends but they "
      "have his bank card and tell him when to eat.",
      "AV WW", "NCW", "C")
    T("Car wash, Pontypool: owner asks us if a worker holding two jobs and working 60 hours a week "
      "is legal. Worker is British, chooses the extra hours, has his own flat. Advised re: working time "
      "opt-out.",
      "", "", "")
    T("Intel: 'JJ' line from Toxteth into Wrexham and Mold. Using cuckooed flats of drug users. "
      "Dealer known as 'Tiny' drives the runners around in a grey Golf FX67 PLW so they never travel "
      "alone. Runners aged about 17.",
      "AV", "ET", "C", "high")
    T("car wash lads in blackwood are living in a shipping container on the site, theres like 8 of them "
      "and no toilet, they pee in bottles, ive seen it",
      "AC", "OA PLC SW", "L")
    T("Cannabis grow, Tredegar: 2 Vietnamese adults. Interviews: both say they came voluntarily, got "
      "paid a share of profit, could come and go and had their own phones. CPS charged. NRM not "
      "pursued; no indicators of exploitation.",
      "", "", "C")
    T("Girl, 14, from Cardiff found in a hotel in Hereford with a 23 yr old male and 2k of drugs. "
      "She says she was told she had to 'pay off' the phone he gave her by running.",
      "AV DB", "", "C", "high")
    T("Nail bar Newport city centre. Tip-off that staff are paid £20 a day and all wages go to a man who "
      "holds a card for each of them. Staff work 9-8, six days.",
      "WW EO", "NCW MBC LH", "L")
    T("Bangor University security reports two Liverpool youths (approx 15) hanging around halls "
      "offering 'B' (crack) to students, being dropped off in a taxi by an older male each evening.",
      "AV", "ET", "C", "high")
    T("Begging outside Tesco Wrexham: Roma woman and a boy of about 10. Same man drops them at 8 and "
      "collects them at 6, takes the cup. Boy not in school.",
      "AV WW", "CE NCW", "C", "high")
    T("Man begging by Queen Street station Cardiff. Known to outreach team, local, homeless, begs for "
      "himself. No third party involved.",
      "", "", "")
    T("INT 3/C/P. Shoplifting crew from Birmingham operating in Carmarthen and Llanelli. Young women "
      "dropped off in a people carrier, filling bags with razors and baby milk. Believed driven by a "
      "man who keeps their passports.",
      "RD", "DT ET", "C")
    T("Caller: my neighbour in Bargoed has lads coming and going from Birmingham, the lad who lives "
      "there is vulnerable and I've not seen him for a week, the curtains never open, he used to go "
      "to the shop every morning",
      "AV ISO", "IS", "C")
    T("Car wash owner in Merthyr arrested. Workers told officers 'he said if we talk to police he will "
      "send us to prison, the police here are not good'. Workers scared and asked to leave.",
      "IT", "FA", "L")
    T("Police Scotland / North Wales joint intel: a car wash chain in Deeside and Rhyl moves workers "
      "between sites weekly, workers don't know what town they're in.",
      "ISO", "IS", "L")
    T("Teenager from Prestatyn, 16, in A&E with stab wound to thigh. Refuses to say what happened. "
      "Known to be running for a Liverpool line; mother says he's 'terrified of them'.",
      "AV PSV", "PA FA", "C", "high")
    T("My daughter is 17 she has been in with some lads from Liverpool and she keeps going to "
      "Llandudno with them and coming back with money and she doesn't eat or sleep, she told her sister "
      "she has to hold their stuff or else",
      "AV IT", "", "C", "high")
    T("INT 2/B/P: line holder 'DEMZ' (Birmingham) uses a local heroin user's flat in Haverfordwest, "
      "Fenton Court. Tenant is elderly and has dementia; dealers took his keys and he sleeps in his "
      "chair.",
      "AV RM", "", "C")
    T("GLAA referral, car wash Llanelli: workers paid £35/day, working 7am-7pm 7 days/week. One worker "
      "with no shoes, socks soaked. Living above the site.",
      "WW EO AC", "LH PA SW", "L")
    T("Car wash Barry. Employees are family members, business open 9-5, closed Sundays. Complaint was "
      "a neighbour dispute about noise. NFA.",
      "", "", "")
    T("Burglary suspect arrested in Newport, 19, states he 'had no choice' as he owed money to a dealer "
      "for weed he smoked, and the dealer sends him out to rob. Threatened to cut his face.",
      "DB IT", "", "C")
    T("Takeaway, Ammanford. Chinese kitchen worker, 60s, asleep on the floor of the storeroom. "
      "Owner says he is an uncle who 'helps out'. Man says he has not been paid in two years and "
      "can't go back to China as the boss has his passport.",
      "WW RD AC", "SW DT", "L")
    T("Takeaway worker Barry: long shift 4pm-1am but contracted, paid, lives with his own family. "
      "Referred by an anonymous caller. Nothing further.",
      "", "", "")
    T("Hotel, Llandudno. Housekeeping staff (agency) complained they were charged for uniforms and that "
      "their first 2 weeks wages are held as 'deposit'. Agency say it is in the contract. GLAA informed.",
      "WW", "PPE", "L")
    T("Kitchen porter in a Tenby restaurant rang Modern Slavery Helpline. Says the owner 'took his "
      "papers' when he arrived from Bangladesh, he sleeps in the basement of the restaurant and works "
      "14 hours a day. He paid £12,000 for the sponsorship.",
      "RD AC EO", "DT SW LH UF", "L")
    T("Care home, Colwyn Bay. Filipino carers on sponsored visas. Told they must pay back £5,000 "
      "'training fees' if they leave within 3 years. Working 60 hours with no overtime pay. Their "
      "employer also holds their BRPs.",
      "DB WW EO RD", "UF LH DT", "L")
    T("Care home in Swansea. Nurse works three 12-hour shifts a week and some bank shifts by choice to "
      "save for a house. Her family called because she looked tired. She's fine.",
      "", "", "")
    T("Domiciliary care worker (Zimbabwean) in Rhondda. Agency owner makes her do back-to-back visits "
      "with no travel time paid, keeps her pay for 'visa costs', and told her she'll be on the next "
      "plane if she complains to CIW.",
      "WW IT DB", "UF", "L")
    T("Warehouse Deeside. Agency workers collected from Chester at 5am by a minibus they pay £8 a day "
      "for. Rest of the conditions appear normal. GLAA informed re possible transport deductions.",
      "", "CE CT", "L")
    T("Warehouse in Magor: agency worker claims he's been 'docked' £200 for being late twice. He also "
      "says the agency charged him £120 for boots and a hi-vis vest.",
      "WW", "PPE", "L")
    T("Construction site, Cardiff Bay. Labourers from Romania living in a house in Grangetown, 16 to "
      "the house, the gangmaster takes the wages and pays them in cash on Sunday 'what's left'.",
      "WW", "OA NCW", "L")
    T("Scaffolding firm, Bridgend. One worker's 'boss' holds his bank card, gives him £50 a week and "
      "says the rest goes on his rent and debt. He is from a traveller site and has learning "
      "difficulties.",
      "AV WW DB", "NCW", "L")
    T("Paving gang, travelling, working in Monmouth area. Local vulnerable man (homeless, alcoholic) "
      "has been living in a horsebox with them, paid in cans of lager, beaten when he wanted to leave.",
      "AV WW PSV AC", "PLC", "L")
    T("Block paving crew Chepstow: residents concerned about 'rogue traders'. Doorstep crime issue, "
      "workers are family members with their own vans. No exploitation.",
      "", "", "")
    T("Roofing gang operating in Gwynedd: older man, 'no fixed abode', recruited from a soup kitchen in "
      "Bangor with promise of cash work and a roof. Made to work all day, locked in a van at night, "
      "given nothing but food.",
      "AV DEC RM WW AC", "RMS", "L")
    T("Asbestos removal site in Port Talbot, workers without masks. HSE prosecuting employer; workers "
      "are properly paid and employed. Safety case, not MS.",
      "", "", "")
    T("Factory, Wrexham Industrial Estate. Romanian worker says the agency rep who got him the job "
      "takes £100 a week off him 'for the job' and threatens to sack him if he complains.",
      "WW IT", "", "L")
    T("Car wash boys in Treorchy are too scared to talk to anyone, they run into the office when "
      "police cars drive past.",
      "", "FA", "L")
    T("Nail bar, Aberystwyth: young woman says manager keeps her passport in the till because 'the "
      "council needs to see it'. She is paid £200 a week for 60 hours.",
      "RD WW EO", "DT LH", "L")
    T("Car wash Llanelli: boss collects workers from their house at 7, drops them at 8 at night. "
      "Workers hand over £15 each for the ride.",
      "", "CE CT", "L")
    T("INT 3/B/P. Subject known as 'Alan' (Flint) recruits homeless men from Chester and Rhyl to work "
      "on a recycling yard. Men kept in caravans on the yard, dogs loose at night so they can't go out.",
      "AV RM AC", "RMS OA", "L")
    T("Drug runner, 19, Swansea. Says he wants to work for the line, has his own phone and money, no "
      "threats or debt. Worker can't identify exploitation but remains concerned.",
      "", "", "C")
