# fresh179 part 2: police logs, public reports, partners, with health thread
def load(T):
    T("INT 3/B/P: nail bar 'Lux Nails' Hanley. Girls aged 16-20 Vietnamese believed living above shop, never seen leaving except in owner's Mercedes. One girl seen at Royal Stoke with burns to fingers from acetone, owner translated. Trading Standards aware of premises.",
      "RM AV AC", "OA ET SFW PA RMS", "L", "high")
    T("theres a man on our road who brings a load of men out at 5 in the morning in a white transit and they come back gone 10 at night, they all live in number 42 there must be 15 of them. one of them come to my door asking for a plaster his hand was cut bad and he looked starving", "EO", "CE OA PA LH", "L")
    T("Caller reports her neighbour's cleaner 'never goes home' and is 'worked like a dog'. Spoke to cleaner who said she's from Ghana and lives with the family, gets Sundays off and is paid. Caller says she's 'still not sure'. No offences disclosed.", "", "", "")
    T("Referral from Hope for Justice: client A, M 38, Lithuanian. Recruited online for warehouse work promising £400 p/w and a room. On arrival ID taken 'for the payroll', put in a house with 14 others, paid £50 a week after 'rent, transport and fees'. Beaten with a belt when he asked for his passport back. Now has a fractured rib untreated.",
      "DEC RD WW PSV AC", "DT OA CT PA", "L")
    T("PNC check on vehicle YD19 KLO stopped A1 Newark, driver plus 7 females in a people carrier, driver had all 7 passports in the glovebox. Females said they were 'going to work in a hotel'. None could give the hotel name. Referred to Border Force / MSHTU.",
      "RD", "DT ET", "", "high")
    T("Case note: Client says 'my boss say I owe him for the flight, for the house, for the food, every week I owe more. I work and work and it is never finish.' She has been in the UK 14 months and works in a car wash in Oldham.", "DB", "UF", "L")
    T("IP states he was given a job on a fishing boat out of Newlyn. Was told he'd be paid £1,200 a month but after 8 months received nothing. Worked 20 hours a day when the nets were out, slept on deck. Skipper kept his seaman's book and passport. IP has a badly healed broken finger, says the skipper 'stood on my hand'.",
      "DEC WW EO AC RD PSV", "LH SW DT PA", "L")
    T("INT 2/B/P – Source states female known as 'Mimi' advertising on Vivastreet from a flat in Southampton is controlled by a male who collects her earnings each night. Mimi is 'not allowed out unless he drives her'. Source believes she is underage.",
      "WW RM AV", "NCW ET RMS", "S", "high")
    T("Dear police, my brother went to England in March to pick fruit. He phoned once, he said they take his phone every night and he doesnt know the name of the place. he said the man with the dog will hurt him if he complain. Please help, his name is Ion Popescu.",
      "ISO IT", "IS", "L")
    T("Crimestoppers: car wash on Bolton Rd. Lads working in shorts and sandals in the rain all day, no gloves, 7 days a week, the boss shouts at them and one had a black eye last week.", "AC EO", "LH PA", "L")
    T("Hand car wash licensing visit with GLAA and HMRC. 5 workers, all on payroll, own bank accounts, right to work checks on file, PPE provided, rota shows 40 hrs. No indicators found. Owner cooperative, premises clean, welfare room available.", "", "", "")
    T("Partner referral (local authority housing): HMO at 3 Lime Grove inspected. 22 beds in 6 rooms, fire doors removed, bathroom with no working toilet. Tenants all employed through one man, rent taken straight from pay. Several tenants appeared frightened and would not speak while he was there.",
      "AC WW", "OA PLC NCW FA", "L")
    T("999 - F caller whispering, says she is locked in a bedroom at a house in Harehills, doesn't know the address, a man took her phone earlier but she has a second one hidden. She says they will 'sell her to more men tonight'. Call dropped. Cell site requested, grade 1.",
      "RM ISO", "RMS IS", "S", "immediate")
    T("Pt in custody requested a doctor. Prisoner stated he was forced to grow cannabis to pay off his travel debt of £20,000 to the people who brought him from Vietnam. FME notes injuries consistent with being struck. First responder NRM referral made.",
      "DB PSV", "UF PA", "C")
    T("INT 4/C/P. Unconfirmed that POI Stevie KERR is using a 13 y/o girl from the Bellsmyre area to carry drugs to Dumbarton. Child recently seen at A&E with a facial injury, told staff she 'walked into a door'.",
      "AV", "PA", "C", "high")
    T("The man at the corner shop works from 6am to midnight every day but he owns the shop with his brother, I asked him and he laughed and said its his own business. just thought I'd check. Shop is in Beeston, Leeds.", "", "", "")
    T("Victim's account (translated): 'They said I would work in a hotel. In the house the man took my passport and he said now you work for me. Every day I must have sex with ten, twelve men. If I cry he hit me. I did not see the street for four months.'",
      "DEC RD PSV RM", "DT RMS", "S")
    T("Salvation Army first contact: male, 60, Polish, street homeless in Peterborough, previously worked on farms for a gang who took his bank card and PIN and 'paid him in cider'. Left when he got ill. Has no documents - says they were lost, unclear if taken.",
      "WW AV", "NCW", "L")
    T("Call handler: caller from a care agency says one of her new carers, Maria, has been placed in a house by a 'sponsor' who takes her whole wage and charges her £4000 for the visa he arranged. Maria is terrified of losing her visa and being sent home, and works double shifts every day to pay it off.",
      "WW DB EO", "NCW UF FA LH", "L")
    T("IP a 26yo Sudanese male states he was brought on a lorry and held in a warehouse in Calais and then in a flat in Kent, made to work in a car wash for 'the men who brought him'. No money. Denies violence, 'they only shout'. Was not locked in, 'but where I go? I don't know anyone'.",
      "WW ISO", "IS", "L")
    T("GP note: 71 y/o pt with dementia, daughter concerned that a man who 'helps around the house' has been getting pt to withdraw cash. Financial abuse referral to ASC. Not an exploitation-for-labour matter. Bank contacted by daughter.", "", "", "")
    T("Street triage with MH nurse: F 19, found on a bridge in Sunderland. Says her boyfriend 'gets her to' meet men for money to pay off 'what she owes' for the flat and the weed he gives her, says the debt keeps going up. She is terrified of him. Bruises on neck.",
      "DB AV", "FA PA", "S", "high")
    T("Letter from MP's office forwarding constituent concern: constituent's daughter works 70 hours a week as a sous chef in London and is 'exhausted'. She is well paid and chose the job. Passed to Acas for info only. Constituent informed of reply.", "", "", "")
    T("Intel: multiple bank cards in different names found in the glovebox of VRM LS66 VXP along with a notebook listing workers' names and 'rent', 'van', 'food' deductions against each. Driver works as 'supervisor' for a labour provider supplying a meat plant in Leeds.",
      "WW", "MBC NCW CT", "L")
    T("Caller says: my friend Adina is kept in a house in Ilford by a couple, she cooks cleans does everything for the children, she cannot go out, they have her passport and say if she leaves immigration will catch her. She is in the house now and the man hit her yesterday, she is scared he will do it again tonight.",
      "RM RD IT PSV", "RMS DT FA", "D", "immediate")
    T("Safeguarding: pt (M, 33) has been told by his 'uncle' that he must give one of his kidneys to pay the family's debts. Pt disclosed at nephrology pre assessment for living donation to an unknown recipient in Manchester. Pt cried and said he has no choice. Donation suspended, HTA and police informed.",
      "DB IT AV", "FA", "O", "high")
    T("Nephrology: altruistic kidney donor, 45 M, works as a teacher, completed all assessments. Motivation explored with independent assessor. No financial gain. Proceeding.", "", "", "")
    T("Intel suggests a group are bringing men from Romania to work on building sites in Essex, paying for their flights and then taking £100 a week 'to pay back'. Workers housed in a unit on the site itself. Site address not known, believed to be near Harlow.",
      "DB", "UF SW", "L")
    T("A&E – woman, 24, came in with a stab wound, said a customer attacked her in a flat where she works. She says she works for herself. Police informed re assault.", "", "", "S")
    T("Debrief notes (MSHT team): V1 says when she got to Glasgow the 'agent' said the job cleaning in a hotel was gone and she had to pay back £3,500 for the flight and visa or 'her sister would be next'. Was moved between flats in Edinburgh and Aberdeen every two weeks, always driven by the same man, did not know what city she was in. Forced to see men. Given cocaine 'to keep going'. Had two pregnancies terminated, taken by the agent.",
      "DEC DB IT ISO PSV", "UF ET IS", "S")
    T("Pt's employer rang surgery to book appointment for her 'for a sick note', wanted to come to the consultation. Pt later attended alone, no concerns.", "", "", "")
    T("Whistleblower email to GLAA: 'I'm a team leader at a food factory in Wisbech. The agency pays the Latvian lads through one of their own accounts and they get cash. Some of them have done 90 hours in a week. The site manager knows.'",
      "WW EO", "NCW LH", "L")
    T("PCSO note: asked the Big Issue seller outside Boots if anyone takes his money. He says he buys his own mags and keeps the profit, lives in a hostel. Fine. Had a chat about the hostel's move-on scheme.", "", "", "")
    T("IP says she was groomed by an older man on Snapchat from age 13. He took her to 'parties' in Rochdale and gave her drink and drugs, then she was raped by several men. He told her he'd kill her dog if she said. IP now 16.",
      "PSV IT AV DEC", "", "S", "high")
    T("School nurse: Year 10 boy has new trainers, new phone, has been missing from school, came to the medical room with bruised ribs and wouldn't say how. Police say he's linked to a local line. Referral to MASH for CCE.",
      "AV", "PA", "C", "high")
    T("Case note: client says she held her own passport the whole time and could leave when she wanted, but the employer paid her £2 an hour and took 'rent' of £150 a week from her wages. She worked at a bakery in Luton for eight months.", "WW", "", "L")
    T("Report of a begging ring outside Marks in Bristol city centre, same three women sat out every day, dropped off in a black Ford Galaxy at 7 and collected at 7, a man comes by and takes the cups off them.",
      "WW", "CE NCW ET", "C")
    T("Community mental health: pt with schizophrenia has been getting texts from 'friends' asking to use his flat. Care coordinator visited: 3 unknown males, drugs, pt sleeping in the hallway of his own flat. Cuckooing. Pt says they said they'd stab him if he called anyone.",
      "AV IT", "", "C")
    T("Lithuanian man reports assault by his landlord over unpaid rent. Has own job in a warehouse on contract, own bank account. Landlord arrested. Not exploitation.", "", "", "")
    T("Intel 2/B/P: Albanian males believed running cannabis farms in loft spaces across Kirklees. Gardeners are reported to be young Albanian males in debt bondage who are moved in the night, never let out, fed on takeaways pushed through a hatch.",
      "DB RM AC", "RMS", "C")
    T("ok so I work in Costa near the hospital and there's this girl who comes in with a man who orders for her, she never talks, she has like bruises on her wrists, and he always pays with a different bank card. last week she looked at me like she wanted help", "", "SFW PA MBC", "")
    T("GP: patient requesting letter for housing. Shares 2 bed flat with 6 friends from same town in Portugal, all work at the same hotel on normal contracts. Crowded but no exploitation. Letter provided to support a housing application.", "", "OA", "")
    T("ED note: child 9 y/o brought by 'aunt', not on any GP list, no school place. Child says she does all the washing and cooking at home and looks after 3 younger ones, 'auntie says I came to work not play'. Malnourished. Police protection considered.",
      "AV AC", "PA", "D", "high")
