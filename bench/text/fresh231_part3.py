def add(T):
    T("Noise complaint, 18 Elm Rd. Party. Words of advice. No other concerns. Music turned down on request. Occupant is a homeowner celebrating her retirement; neighbours had been invited but had not been able to come.")
    T("Farmer in Herefordshire has 40 seasonal workers living in static caravans on site. GLAA check: all paid through payroll, PPE provided free, workers choose their overtime. Compliant.")
    T("IP said: 'my passport is with me, my boss never took it. But he doesn't pay me, 4 months now, he say next week, next week.'",
      "WW", "", "L")
    T("Sister of victim states Ms LIN was promised a job in a beauty salon in Manchester by a woman on WeChat. Ms LIN now says she is 'doing massage' in a flat in Salford and can't talk on the phone when the 'boss lady' is there. She sounded scared.",
      "DEC ISO", "FA", "S")
    T("Student (Nigerian, MSc) reported her landlord for keeping her deposit. She has her passport and BRP, works 20 hrs in Tesco. Civil matter, advised to contact DPS.")
    T("lad from round here works on the boats in the summer, 16 hr days but he loves it and he gets paid loads. not a slavery thing just telling you cos your advert said long hours")
    T("Intel: Eastern European males at the recycling plant in Bolton are dropped off at 5am and collected at 9pm by a Vauxhall Vivaro, VU17 PLK, driven by the plant foreman who also collects their rent. Workers look dirty and tired.",
      "EO", "CE LH PA", "L")
    T("Welfare visit to Mrs DOS SANTOS (Brazilian, cleaner). Ex-partner had reported she was being trafficked. She said he made it up because she left him. She has her documents, her own bank account and works for three offices. No concerns.")
    T("Female (Albanian, 21) encountered during warrant at brothel in Newcastle. She said she came to UK with her boyfriend who told her they'd work in a restaurant and marry. Instead he put her to work in the flat and took all the money. She said he never hit her, but she was not allowed to have a phone and he said he'd post photos of her to her family if she left. She was taken to a safe house run by the Salvation Army. She agreed to an NRM referral and to speak again once she has rested. The boyfriend was not present at the warrant. Two phones and a notebook of bookings were seized from the kitchen. The flat was sealed.",
      "DEC WW ISO IT", "NCW IS", "S")
    T("Two entries, same caller: 1) her son (22) works at a Sports Direct warehouse and does 12 hour shifts - she's worried he's being overworked but he's on an agency contract and chooses overtime. 2) Her neighbour's lodger, a young Vietnamese man, never leaves the house, only goes out with the landlord in his car, and the caller saw the landlord shouting at him and slapping him in the garden. Entry 1: no action. Entry 2: officers attended the neighbour's address; no reply. Council records show the landlord registered as a licensed HMO. Intel submitted and a joint visit with the council planned for Monday. Caller has been given the Modern Slavery Helpline number too. Reviewed by sergeant.",
      "RM PSV", "RMS ET", "", "high")
    T("Tweet forwarded by comms: 'spotted kids on bikes dealing in the park again'. Not enough to assess for exploitation.")
    T("IP speaks no English and has no idea where he is. The farm is 6 miles from the nearest village. The boss takes the men into town once a month to buy food, and deducts it from their wages.",
      "ISO WW", "IS ET", "L")
    T("Victim Care note: Ana (Romanian, 28) recovered from forced labour in a Kent packhouse. Now works legitimately for a supermarket, has own flat. She asked us to help her friend who is still at the packhouse, who 'works 18 hours and is not allowed to go to the shop' and whose bank card the gangmaster keeps. Ana has given the name of the packhouse and the gangmaster's phone number, and has offered to take a phone to her friend so that the friend can call us. Intel to GLAA.",
      "EO RM WW", "LH RMS NCW", "L")
    T("Child protection: Sophie (13) reported by school for regularly missing morning registration. Investigation found she cares for her disabled mum. Young carers referral. No exploitation.")
    T("Concerns about a man selling the Big Issue in Bath; someone said he was forced. Spoke to him: he is a registered vendor, buys and sells his own magazines. No concern.")
    T("He beat me with his belt when I was not quick with the washing. I was 15. I stayed 3 years in that house, no school, no money. (Account given to social worker, 2024.)",
      "PSV AV WW", "", "D", "high")
    T("Intel 3/B/P: The cannabis farm on the industrial estate in Tamworth is tended by a young man who is locked inside and only let out when the 'boss' visits. Boss is Hung PHAM. Young man may be a minor.",
      "RM AV", "RMS", "C", "high")
    T("NHS trust: a porter says he was employed through an agency who took his passport 'for checks' three months ago and haven't returned it. Otherwise he is paid properly.",
      "RD", "DT", "L")
    T("Male caller: 'I want to report my boss, he pays me less than minimum wage, about £6 an hour.' British national, lives with parents. Referred to HMRC.",
      "WW", "", "L", "medium")
    T("the woman at the nail salon looked like she'd been crying and had a bruise on her wrist, man in the back watching her all the time, she wouldnt look at me",
      "", "PA FA", "L", "medium")
    T("Follow up visit to nail salon (ref 23/4410): staff member explained bruise from a fall at home, relationship with manager (her husband) appears normal, she has her own bank account and documents. No further concerns.")
    T("INT 2/A/P. Source states 'Daz' GRIFFITHS running cuckoo at 7 Hollybush Ave, Ipswich - occupant Lee (48, alcoholic, vulnerable) made to let London dealers use his flat, they've threatened to stab him if he calls police.",
      "AV IT", "FA", "C")
    T("Caller: 'my daughter is a student in Cardiff, her bf took her passport, says she can't have it back until she pays him £1000 he says she owes.' Daughter is 20.",
      "RD DB", "DT", "")
    T("Care home manager: our Filipino nurses work long hours, 12 hours, but 3 days a week and they are paid the same as British staff and have their passports. We were told to expect a GLAA visit.")
    T("Debrief (Salvation Army, interpreter used): Mr K, Sudanese, 35. 'In Libya they sell me to a farmer. He chain me at night. When I come to UK I work in a car wash in Portsmouth, this is better, they pay, but not much, £200 week for 70 hours.' He has his own ID. Libya matters noted as historic abroad. He says he is ok at the car wash, the owner is not violent and the other workers are friends. He does not want to leave but he would like to be paid the minimum wage. Referred to the GLAA and given advice about his right to complain. He was thanked for his help.",
      "RM EO WW", "LH", "L")
    T("Referral: Mrs KHAN (42) brought to UK on spousal visa. Husband's family keep her in the house, take her benefits, her passport is with her father-in-law. She cooks and cleans for 9 people and has no phone. She says she cannot leave as she will be shamed.",
      "RM WW RD ISO AV", "RMS NCW DT IS", "D")
    T("Husband of the above states Mrs KHAN is free to do as she pleases and the passport is in a family safe 'for safety'. He became aggressive with officers.", "RD", "DT", "D")
    T("ok so I work in a hotel kitchen and one of the porters is always in the same clothes and sleeps in the laundry room and the manager gives him cash every week but not much i dont know if its a crime",
      "AC", "PA SW", "L")
    T("Intel: Sprinter van regularly collects approx 15 men at 05:30 from Beeches Rd, West Brom, for the Nottingham distribution depot. Driver charges £15 each per day.",
      "", "CE CT", "L")
    T("Investigation outcome: depot workers at Beeches Rd employed via agency; transport arrangement informal car share; fare of £15 agreed and voluntary; no other indicators identified. NFA.", "", "CT", "", "low")
    T("Statement of Ms P: 'I thought he loved me. We met in Bucharest. He said come to London, I have a house, you can study. When we arrived he said I must work with men to pay for the house. He took me to hotels and waited outside.'",
      "DEC", "ET", "S")
    T("Sentencing remarks summary (Crown Court, 2023): defendant exploited 4 men with alcohol dependency, forcing them to work on his driveways for years. They lived in a horse box, were paid in cider, and were beaten with a spade.",
      "AV WW PSV AC", "PLC", "L")
    T("Man arrested in Tesco car park for drug supply, 28, says he sells for himself. No exploitation indicators. 14 wraps of cocaine and £640 seized. He lives with his partner, has his own car and phone, and has previous for supply going back to 2016. Not a child, not vulnerable, no sign of anyone controlling him. Remanded for court.")
    T("Child (10) seen at 11pm selling roses in pubs in Leicester city centre, an adult woman waiting outside collecting the money.",
      "AV WW", "", "C", "high")
    T("A woman in Wembley keeps four young women at her house to do the cleaning and cooking - they are her nieces from Sri Lanka. Nieces told officers they are studying at college, paid pocket money, allowed out, and have phones. They help at home as is normal in their family. Satisfied no exploitation.")
    T("Caller is worried about Kerry (19) who has moved in with a 'friend' who now has her bank card and PIN and is taking her Universal Credit. Kerry has mild learning disability.",
      "AV WW", "NCW", "")
    T("IP says: 'they put a gun to my head and said if you run we kill you'. He was made to sell heroin in Swindon.",
      "IT", "", "C")
    T("Police attended report of domestic servitude at 4 Lilac Way. Alleged victim (Indian, 60s) is the homeowner's mother on a visitor visa. She does help with childcare but has her own room, phone, passport and return ticket. Report from an estranged relative. NFA.")
    T("Boy, 17, Albanian, found in cannabis grow at 11 Dale St, Middlesbrough. Said he came to pay off €15,000 debt for travel. He said he was free to leave and nobody locked him in, but he had nowhere to go and no money.",
      "DB AV", "UF", "C", "high")
    T("INT 3/B/P: source states cleaners at the Grand Hotel, Brighton, are recruited by an agency that deducts £50 per week for uniform and keeps them in an overcrowded house in Moulsecoomb.",
      "WW AC", "PPE OA", "L")
    T("Concern was raised about a boy of 12 working in his father's shop after school. He does 2 hours, does his homework there, and goes to school daily. Normal family business. No concerns.")
    T("Hello I wont say my name but my cousin is kept in a house in Leyton and made to sew clothes for no money, she says they lock the door at night. Please help her.",
      "RM WW", "RMS", "L")
    T("Victim (Polish, male, 50s) states 'the man took my ID card and my bank card. I work on the farms. He gives me £20 on Friday. Sometimes he beat me if I drink.' Victim now in safe house.",
      "RD WW PSV", "DT NCW", "L")
    T("NCA intel: OCG arranging sham marriages and then using the 'wives' for benefit fraud, claiming UC in their names. Women rarely seen, all correspondence to one address.",
      "WW", "", "C")
    T("IP refused to engage. Said 'I don't want any trouble'. Officers noted he had no luggage, no phone, and stated he lives 'where the boss says'.",
      "", "FPE FA")
    T("Trading Standards visited a market stall selling fake perfume; stallholder a British man selling on his own account. No labour concerns. Goods seized, about 300 bottles. He buys in bulk from a seller in Manchester and works the stall alone on Saturdays. Caution offered.")
    T("MSVCC call: a young woman in Derby wants help to get her passport back from an ex-employer. She left the job in March and is working elsewhere now. Employer refuses to return it unless she pays £500 'owed'.",
      "RD DB", "DT", "")
    T("She said that she had been 'sold' by her aunt to a man in Coventry when she was 16. She lived with him for 3 years, cooked, cleaned and was made to have sex with him. She is now 23 and has two children with him. Last month she went to a refuge.",
      "AV PSV", "", "D S")
    T("Worker, 23, on construction site, reports to CSCS card checker that the gangmaster docked £100 for a helmet and boots. Paid by bank transfer, hours normal.",
      "WW", "PPE", "L")
    T("Gangmaster responds that the £100 was a refundable deposit, returned on leaving, and that this was agreed in writing. GLAA to review.")
    T("Social media post: 'lads wanted for cash work in Spain, flights paid, accommodation, €100 a day, message now'. Posted by a Liverpool account linked to previous cannabis farm recruitment. Suspected recruitment for cultivation.",
      "DEC", "", "C")
    T("My brother in law sponsored me to come from Nepal to work in his restaurant. He pays me £200 every two weeks and says the rest goes back for my visa costs. I work every day 10am till 11pm. I sleep at the restaurant. I would like to change job but he says I can't because he is my sponsor.",
      "WW EO AC DB", "LH SW NCW UF", "L")
    T("Missing person: Amina (15) missing from care in Sheffield since yesterday, believed to be with a 30yo male called 'Bilal' who has been giving her drugs. Phone pinging in Bradford.",
      "AV PSV", "", "S", "immediate")
    T("Found: Amina returned to care home voluntarily. States she was at a friend's house, denies any contact with 'Bilal'. Remains high risk of CSE per strategy meeting.",
      "AV", "", "S", "high")
    T("Shoplifting at Primark: 3 women, Romanian, all say they live separately and steal for themselves. No evidence of control. Charged. Each was interviewed separately with an interpreter. All have their own phones, money and addresses, and none was dropped off or collected. Checks show no links to known begging or theft networks.")
    T("Call 2341: female says she's with her boss in a car on the M1, he has her passport and says he's taking her to 'new job' in Scotland, she doesn't want to go. She is whispering.",
      "RD RM", "DT ET FA", "", "immediate")
    T("House party noise complaint at student halls. Loads of people in one flat. No concerns. Security already in attendance; party ended at 01:30. Students reminded of the halls rules.")
    T("Council environmental health: restaurant kitchen staff sleeping in the basement on mattresses among food stores. Owner says it is temporary. Staff appeared frightened of the owner.",
      "AC", "SW PLC FA", "L")
    T("IP Vietnamese male 16, found in nail bar in Croydon. Nail bar owner said the boy was her nephew doing work experience. He works 10 hours a day and isn't in school.",
      "AV EO", "LH", "L", "high")
    T("Allegation that a builder takes his workers' wages was investigated; workers are his sons, paid into their own accounts, one is a director. Malicious report following a planning dispute.")
    T("Woman says her ex-husband forced her to work in his shop for 10 years unpaid and beat her. She left in 2018 and now lives with her children in Luton. Disclosed during counselling.",
      "WW PSV", "", "L")
    T("PCSO: Slovak family at 9 Grove St - 3 adults and 8 kids in a 2 bed, kids not in school, dad is out early with a van every day. Dad says he does gardening work. No obvious control but living conditions poor.",
      "", "OA PLC")
    T("Intel: male 'Pav' on Telegram advertising 'work in UK: kitchen, car wash, farm' to Indians, asking £5,000 upfront per person for visas that turn out to be visitor visas. Workers then told they are illegal and must accept whatever work he gives.",
      "DEC AV", "UF", "L")
    T("Staff member at Costa reports a regular customer, an older man, always brings a young girl (maybe 14) who never speaks and he orders for her. She looks unwashed and has the same clothes every time.",
      "", "SFW PA", "", "high")
    T("Outcome: girl identified as man's granddaughter, autistic and non-verbal. Social services already involved and supportive. No exploitation.")
    T("Minibus of 16 people stopped on the A47; driver said they were going to a chicken factory. Workers say they pay £5 per day and are happy; all had own ID. Overloaded vehicle - driver reported.",
      "", "CT")
    T("'They keep my ppt & bank card, I owe £2k for flight, boss says I work until pay.'",
      "RD WW DB", "DT NCW UF", "L")
    T("Hostel worker: resident (Romanian, 34) says a man at the day labour spot at B&Q offers work and then doesn't pay. Resident says it happened twice; the man just drove off.",
      "WW", "", "L")
    T("School nurse: Year 11 boy has a black eye and says he 'fell'. Dad is a strict but loving parent, no other concerns. Referred to MASH for assessment.")
    T("Local authority: homeless hostel residents being approached outside by men in a van offering a bed and work. Two residents went and came back a week later saying they were made to work 15 hour days on a farm in Kent and given nothing.",
      "AV DEC EO WW", "LH", "L")
    T("My mother in law takes the money I get from work, she says it is how families do it. I don't mind, she pays for everything for me and my kids, I can ask her when I need something. - Mrs S, statement. Officer's view: cultural arrangement, no exploitation.")
    T("NRM referral: Mr D (Albanian, 24). Recruited in Tirana by a man promising construction work at £100 a day. Brought by small boat. Held in a flat in Enfield, beaten, photos taken of him with drugs 'so police will arrest you'. Made to deliver cocaine. Now in asylum accommodation in Stockton, safe.",
      "DEC RM PSV IT", "", "C")
    T("Worried about my daughter's friend, she said a man at the takeaway offered her and her mates free food and vodka and they go to his flat. She is 14.",
      "AV", "", "S", "high")
    T("Agricultural worker, Seasonal Worker visa, complains the recruiter in Kyrgyzstan charged him $3,000 for the job and the farm only gives him 20 hours a week so he can't pay back his loan. He holds his passport and can move freely.",
      "DEC DB", "UF", "L")
