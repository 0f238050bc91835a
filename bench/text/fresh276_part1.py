def add(T):
    T("INT 2/B/P. Source reports approx 12 Romanian males living at 14 Tennyson Ave, King's Lynn PE30. Collected 0500 daily by white Transit KX19 FHD and dropped back after 2100. Source believes the gangmaster known as 'Marius' keeps their passports and pays them £30 p/w after 'rent'.",
      "RD WW EO", "OA CE DT NCW LH", "L")
    T("Neighbour complaint re loud music at flat 3, Anglia Sq, Norwich. Words of advice given. No further action.")
    T("Caller says she saw a girl about 15 getting into a silver BMW outside Lowestoft station with an older man who gave her a bag and a phone, she looked scared and he grabbed her arm. Caller thinks she is being used to move drugs.",
      "AV PSV", "FA", "C", "high")
    T("GLAA referral: Wisbech packhouse. Agency workers charged £15 a week for hi-vis and gloves, plus £8 a day for the minibus to site. Several say they owe the agency £400 for 'registration' taken before they left Bulgaria and that the sum goes up every week.",
      "DB WW", "PPE CT UF", "L")
    T("IP is a 34yo Vietnamese male found at cannabis grow in a rented house on Norfolk St, Wisbech. Windows boarded, door padlocked from outside, mattress on floor upstairs next to the lamps. Says he was told he owed $20,000 for the journey and must 'look after the plants' until paid. Has no phone and did not know what town he was in.",
      "RM DB ISO AC AV", "RMS SW IS PLC UF", "C")
    T("Welfare check at request of daughter, elderly male at Gorleston address found well, had been in hospital. No concerns.")
    T("my mate works at the car wash on the Yarmouth road, says the lads there sleep in the container out the back an never get a day off, boss takes there money, they dont speak english at all",
      "AC EO WW ISO", "SW LH NCW IS", "L")
    T("Nail bar on Magdalen St, Norwich. Two young Vietnamese females seen by PCSO. Male owner answered every question for them and would not let them speak. Both appeared nervous and looked at him before responding.",
      "", "SFW FA", "L")
    T("Shoplifting at Tesco Cambridge, male 42 arrested, admitted offence, stated he was short of money this month. Charged.")
    T("Case note (Salvation Army): Client 'A' (Polish, 51) recruited outside a Warsaw soup kitchen with the promise of factory work at £9 an hour. On arrival in Thetford he was put in a house with 9 others and sent to a chicken factory. His bank card was held by the recruiter 'Tomasz' who withdrew the wages each Friday and gave him £20. He has an alcohol dependency and Tomasz supplied vodka to keep him compliant.",
      "AV DEC WW PSV", "OA NCW", "L")
    T("Staff nurse at the N&N works 3 x 13hr shifts and picks up bank shifts by choice to save for a house. Neighbour queried whether she was being 'worked to death'. No concern, she is employed by the trust and paid.")
    T("Referral from Suffolk CC children's services: 16yo male looked-after child from Ipswich missing 4 days, found in Lowestoft in a flat used for dealing. Had £600 cash and 40 wraps. States he 'owes' the older males for a robbery of his stash and has to work it off. Injury to hand consistent with being hit with a bat.",
      "AV DB PSV", "PA", "C", "high")
    T("Dispute between two neighbours over a fence line in Thetford. Civil matter, advised.")
    T("Call handler: female caller whispering, says she is locked in a room above the massage place on Prince of Wales Rd Norwich, men come in all night, the man has her passport, she wants help now. Line cut.",
      "RM RD PSV", "RMS DT", "S", "immediate")
    T("The job was supposed to be picking strawberries, I was told good money 400 pound a week and nice caravan. When I came there was 8 men in one caravan, no hot water. First month they said I owe for flight and caravan so no money. Boss say if I complain he call immigration.",
      "DEC DB WW AC IT", "OA PLC UF", "L")
    T("HMRC liaison: Cambridge restaurant under NMW investigation, staff paid below minimum wage through cash in hand. No indicators of coercion identified, workers have own accounts and live independently.",
      "WW", "", "L")
    T("Farmer near Downham Market reports his seasonal workers all have contracts through a licensed labour provider, live in on-site caravans with proper facilities and hold their own documents. Wanted advice about GLAA inspection. No concerns.")
    T("INT 3/C/P: POI Ilir HOXHA believed to be running a brothel from 22 Kimberley St, Great Yarmouth. Females advertised on adult sites, rotate every two weeks, driven to and from by HOXHA in black Audi A4 (AF68 KLO).",
      "", "ET", "S")
    T("Debrief, translated from Albanian: 'He said he loved me and we would marry in England. When we came he said I must work with men to pay for the house. He took my phone and I could not call my mother. If I said no he hit me with his belt.'",
      "DEC ISO PSV", "IS", "S")
    T("RTC on A47 near Acle, minor injuries, both drivers exchanged details.")
    T("Report from Lowestoft housing officer: HMO at Clapham Rd has 14 adults, mattresses in kitchen and front room, all men work for the same 'boss' who holds the tenancy. Mould throughout, one toilet. Men seemed frightened when asked who the landlord was.",
      "AC", "OA PLC FA", "L")
    T("Landlord in Cambridge has a house of 7 PhD students, each has own AST, rooms inspected under HMO licensing and compliant.")
    T("Suspect county line 'KAY' running from London into Norwich. Two young boys from Enfield seen at cuckooed flat on Heartsease estate. Vulnerable tenant with learning disability says the boys 'took over' and he can't ask them to go.",
      "AV", "", "C", "high")
    T("Male at ATM at Asda Lowestoft with six different bank cards in different names withdrawing cash, staff suspicious.",
      "", "MBC", "")
    T("Woman came into the foodbank in Wisbech, said she works at a packing factory 6 days a week 12 hours but gets no payslip, her 'agent' gets the money and gives her some. She owes him for the bus ticket from Lithuania. She had marks on her arms she didn't want to talk about.",
      "EO WW DB", "LH NCW UF PA", "L")
    T("Drunk male refused entry to pub in Bury St Edmunds, kicked door, arrested for criminal damage.")
    T("Can someone check 7 Chapel Lane Outwell theres a woman there who cleans and cooks for the family all day never goes out kids say she sleeps in the utility room and they dont pay her shes from the philippines",
      "WW EO AC RM", "IS SW LH RMS", "D")
    T("MSVCC note: adult male NRM referral, Slovakian, 28. Worked at a car wash in Ipswich 7 days, 8am-8pm, paid £250 a month. Lived above the car wash. Says he was free to go home at any time and had his own passport, but the money was 'not like promised'.",
      "DEC WW EO AC", "LH SW", "L")
    T("Nice lady at the church said her son's friend works at the kebab shop and lives above it, he's saving to bring his wife over and says it's hard work but he is paid properly and has his own flat soon. Just asking if this is ok?")
    T("INT 2/A/P: Child (14) from Great Yarmouth identified via phone download as holding drugs for adult male 'J' who pays in trainers and cannabis. Messages show 'J' threatening to 'do your mum's windows' if she stops.",
      "AV IT", "", "C", "high")
    T("Burglary at a shed in Ely, power tools taken. No suspects.")
    T("Border Force, Harwich: 3 Eritrean males found in lorry trailer. Say they paid a smuggler €3,000 each and are to work in the UK to repay more. Driver denies knowledge.",
      "DB", "UF", "L")
    T("Kidney transplant patient at Addenbrooke's, donor is his brother. Caller worried about 'organ trade'. Checked, living related donation approved by HTA. No concerns.")
    T("Source says a man in Peterborough area is paying poor Romanian men £2k to go abroad and sell a kidney, they get told it's a job then end up at a clinic. One came back to Wisbech with a big scar and no money, he's terrified to talk.",
      "DEC AV WW", "PA FA", "O")
    T("Victim account (Lowestoft): 'They kept me in the cellar with the plants. Locked. Food came once a day. If I make noise they said they kill my family in Vietnam.'",
      "RM AC IT", "RMS PLC", "C", "high")
    T("Missing from home: 13yo female, Norwich. Last seen getting into a car with a man in his 30s known to be grooming girls. Phone off. Believed to be with him now.",
      "AV", "", "S", "immediate")
    T("Worker at a Thetford meat plant on a lawful contract works 50hrs a week with overtime he asks for. Paid by the company into his own account. Colleague complained he 'never goes home'. No concern.")
    T("PCSO note: same 5 men seen walking to the Sainsbury's in King's Lynn, one man goes in and buys food for all, others wait outside. Men thin and wearing same clothes every time.",
      "", "PA SFW", "")
    T("Recruited through Facebook for 'hotel work', €500 placement fee. Now cleaning rooms at a hotel in Great Yarmouth, paid by piece (£1.20 per room), 14 hr days, no days off in 5 weeks. Supervisor took her ID card 'for payroll'.",
      "DEC WW EO RD", "UF LH DT", "L")
    T("Theft of diesel from a farm yard near Swaffham.")
    T("Safeguarding referral: Adult with learning disability living with 'friends' in Ipswich who collect his PIP and keep his bank card. He is made to do all the housework and garden and is not allowed out alone.",
      "AV WW RM", "NCW RMS", "D")
    T("He told me job is in bakery. I came and it is car wash. I said I want go home, he said first you pay me £1,500 for flight and room. Every week he add more for food. I never finish to pay.",
      "DEC DB", "UF", "L")
    T("Officer attended Cambridge college re lost passport of a student; passport found in her desk drawer. She holds it herself. No further action.")
    T("Cannabis factory found at a unit outside Thetford. No persons present on entry. Investigation ongoing.",
      "", "", "")
    T("Norwich FIB: Intel suggests female 'Lena' is advertised on Vivastreet, adverts posted by the same phone that posts for 4 other women. Women move between Airbnbs in Norwich and Ipswich each week. Driver drops them.",
      "", "ET", "S")
    T("Taxi driver in Wisbech reports regularly picking up groups of young men at 4.30am from a house on Lynn Rd and taking them to fields, a man with them pays and does all the talking.",
      "", "CE SFW ET", "L")
    T("Caller reports a man at his door selling dusters says he is on a 'rehabilitation scheme'. Caller felt uneasy. Male traced, a local self-employed trader, no concerns.")
    T("Debrief notes: VIC says controller 'Ahmed' took her passport at Stansted, said it was 'for safety'. Kept in a flat in Cambridge, not allowed to leave without him. Told that if she went to police she would be deported and her sister at home would be hurt.",
      "RD RM IT", "DT RMS FA ET", "S")
    T("Domestic argument in Ipswich, couple verbal only, both fine.")
    T("The boss let us go to town on Sunday but only with his brother and never alone. Phones stay in the box in his office. We don't know this place name.",
      "RM ISO", "RMS ET IS", "L")
    T("Local authority licensing visit to HMO in Great Yarmouth. 6 tenants, all with tenancies, rent paid individually, rooms clean. Some tenants work at the same factory. No concerns.")
    T("Teacher referral (Cambridge): Y10 pupil arriving with new expensive phone and clothes, missing school on Fridays, seen getting in cars outside school. Told a friend she 'has to go to parties' for an older man she calls her boyfriend.",
      "AV", "", "S", "high")
    T("INT 3/B/P: Subject POPESCU runs labour to a flower farm near Spalding border, Wisbech side. Workers' wages paid into accounts he opened for them, he holds all the cards. Approx 20 cards in a tin at his house.",
      "WW", "NCW MBC", "L")
    T("Woman's account, Thetford: 'I cook, I clean, I look after three children from 6 in morning to midnight. Madam keep my passport. She say I am lucky, she pays my family in Nigeria. I don't know if they get it.'",
      "EO RD WW", "LH DT NCW", "D")
    T("Fight outside a nightclub in Norwich, two males arrested for affray.")
    T("Referral from Norwich City Council: Homeless male with addiction recruited from outside the Rough Sleepers hub to work on roofs. Told he'd get £80 a day, paid £10 and some cans. Made to live in a van on site.",
      "AV DEC WW AC", "SW PLC", "L")
    T("Report: man hit with a bottle by his employer at a takeaway in Lowestoft for being late. Employer also shouts he will 'send him back' if he tells anyone.",
      "PSV IT", "PA", "L")
    T("Mother rings worried her 19yo son works long hours at a Cambridge tech start up and 'sleeps at the office'. Son spoken to, he's a shareholder and enjoys the job. No concerns.")
    T("Two Chinese women in a massage parlour on Norwich Rd Ipswich seen to never leave the premises, food delivered, they sleep on the massage tables.",
      "RM AC", "RMS SW", "S")
    T("Caller: 'there is a girl at the house next door being kept, I heard her screaming and a man saying he'll kill her tonight if she tries to leave again'. Address Flat 2, 41 Northgate St Great Yarmouth.",
      "RM IT PSV", "RMS", "", "immediate")
    T("GLAA inspection at a Fenland labour provider: all workers registered, payslips correct, no transport charges. Licence compliant.")
    T("VIC states debts 'for the room' are taken from his wages at £120 a week, then £50 for transport, £20 for work boots. Left with nothing. 'I work for nothing, only for the debt.'",
      "WW DB", "CT PPE", "L")
    T("Ring doorbell footage shows minibus collecting 15 men from a 3 bed semi on Norfolk Rd, Thetford at 05:15 each morning.",
      "", "CE OA", "")
    T("DWP: benefit claims for 8 Romanian nationals all going into accounts at one address on Sutton Rd, Wisbech. Claimants do not appear to know they are claiming. Controller believed to be the landlord.",
      "WW", "MBC NCW", "C")
    T("16 yo girl disclosed to school nurse in King's Lynn that an older lad gives her vodka and weed and then she has to 'be nice' to his mates. She said she tried to stop and he said he'll put pictures of her online.",
      "AV PSV IT", "", "S", "high")
    T("Report of illegal workers at a Cambridge takeaway. Immigration Enforcement visit; 2 overstayers arrested. Both lived independently and had been paid. No exploitation indicators found.")
    T("Learner English: 'I am come for work in farm but nobody pay me 3 month. Boss say money in my account but I have not card, he have.'",
      "WW", "NCW", "L")
    T("Male found sleeping rough in Ipswich says he left a job at a building site because the boss kept his passport and he was scared. Wants help getting it back.",
      "RD", "DT FA", "L")
    T("Minor collision in Tesco car park Wisbech, no injuries.")
    T("Case note: 'Ana' was told by the recruiter that she would work in a care home in Norwich with accommodation. Instead she lives in the employer's home, cares for his disabled mother 24/7, and has never had a day off in 7 months. Paid £100 a month to her mother's account in Romania.",
      "DEC EO WW", "LH", "D")
    T("PC notes: visited address on Lynn Rd, Ely following intel of overcrowding. 4 residents present, all on tenancies, no concerns, referred back to intelligence as NFA.")
    T("Anon Crimestoppers: The nail salon in Bury has a young girl who works every day 9 till 9, she is given rides by the owner and doesn't go anywhere on her own. Looks like she hasn't slept.",
      "EO RM", "LH ET RMS PA", "L")
    T("Female disclosed to IDVA that her husband's family make her do all the housework for the household of 11 and she is not allowed to leave the house, he keeps her spousal visa papers and says she will be deported if she tells.",
      "RM RD IT AC", "RMS DT FA", "D")
    T("Cold caller reported in Thetford, legitimate energy rep. NFA.")
