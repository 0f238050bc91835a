# fresh200 part 2: other sectors, sexual, criminal, organ harvesting, look-alikes
def add(T):
    T("""INT 2/B/P. Nom Kyle BRENNAN (16) believed to be running a line ('DEXY' line) from Liverpool into Barrow-in-Furness. He is being held at a trap house on Greengate St by older males and has been told he owes £1,200 after being 'robbed' of a package. Source states he was slashed across the hand last week as a warning.""",
      "AV DB PSV RM", "PA RMS", "C", "high")
    T("Boy 14 missing from care home since yesterday, believed with adult male known for county lines in Ipswich, last seen getting in a black Audi. Phone off.", "AV", "", "C", "immediate")
    T("car wash on the A6 lads work 8 til 8 every day in the rain no gloves no proper shoes, boss lives in a caravan with them round the back", "EO AC WW", "LH PLC SW", "L")
    T("""Intel: Nail bar 'Lux Nails', High Street, Chesterfield. Two Vietnamese females approx 17-19 appear to live above the shop. They are never seen leaving except when a male in a grey Mercedes (RX21 KPD) takes them somewhere on Sunday. A customer states one girl said she owes 'the uncle' £20,000 for her journey. Neither speaks English; the manager answers every question for them.""",
      "AV DB RM ISO", "SW RMS ET SFW UF IS", "L", "high")
    T("""Call 02:17. Female caller, whispering, says she is in a flat above a shop on Normanton Road Derby, she was brought from Romania to work in a hotel but the men make her have sex with customers. She says they took her passport and one of them hit her tonight. She says they are coming back soon. She doesn't know the flat number.""",
      "DEC PSV RD ISO", "DT PA IS", "S", "immediate")
    T("Cannabis grow found at 4 Wren Close, Spalding. Vietnamese male approx 16 found inside, doors padlocked from outside, mattress and rice cooker in the loft. States he was told he owed £25k for coming to UK.", "AV RM DB AC", "SW RMS PLC UF", "C", "high")
    T("Two men fighting over a parking space outside Tesco, Aldi car park, no injuries, words of advice given.", "", "", "")
    T("""Adverts on a well known adult site for 'new girls, Eastern European, 24/7' in Luton. Same phone number 07731 559204 linked to adverts in Northampton and Bedford in the same week. Photographs show the same bedroom. Suggests women being moved around and managed by one controller.""",
      "", "", "S")
    T("She says he was her boyfriend in Bucharest, he said they would work in a restaurant in London and save for a wedding. When they got here he sold her to a man in Ilford and she had to see 10 men a day.", "DEC PSV", "", "S")
    T("Begging group outside Sainsbury's Stockport, same women dropped off 8am by white Transit YS17 KLO and picked up 6pm, a man collects the money from them every hour", "WW", "CE", "C")
    T("Elderly woman reported her grandson for taking £200 from her purse. Family matter, no exploitation.", "", "", "")
    T("""Organ harvesting concern (NCA referral). A 22-year-old Pakistani national told his college tutor in Bradford that a man who arranged his student visa said the £12,000 debt could be 'cleared' if he travelled to a clinic in another country to 'donate a kidney' to a wealthy patient. The man has his passport. The student says he felt he had no choice and the man said his family would be 'shamed' if he refused.""",
      "DB RD IT AV", "DT UF", "O")
    T("Transplant patient at Leeds General Infirmary received a kidney from her brother, fully assessed by the HTA independent assessor. No concerns.", "", "", "")
    T("""Referral: Male, 58, Polish, found sleeping in a garden shed at a farm near Boston. Says he has worked picking and packing for 'Mr J' for 6 years and has never been paid, only given cigarettes and beer. He has an untreated leg ulcer and is very thin. Mr J keeps his ID card. He was picked up from a soup kitchen in Lincoln and told there was work with housing. He has an alcohol dependency.""",
      "AV DEC WW RD AC", "PA PLC DT FPE", "L")
    T("Man in Luton used 14 different bank cards at the Barclays ATM on Dunstable Rd within 20 mins, all in different Romanian names. Cards then handed to a second man.", "WW", "MBC NCW", "L C")
    T("Builder working long hours on his own extension at weekends, neighbour complaint about noise only.", "", "", "")
    T("""Debrief (via Vietnamese interpreter). "They said I would work in a nail shop and get £1,000 a month. In the lorry I could not breathe. In England they locked me in a house with plants. A man came every two days with food. If I tried to go out he said he would kill my mother. I did not know which city I was in." """,
      "DEC RM IT ISO AC AV", "RMS IS", "C", "high")
    T("Sex worker, 34, works independently from her own flat in Cardiff, sets her own prices and keeps her money. Attended for a welfare visit after a client dispute; no concerns about control.", "", "", "")
    T("18 yr old girl known to CSC seen getting into cars with older men near Rotherham bus station, given vodka and weed, one of them posts her pics on snap with prices", "AV PSV", "", "S", "high")
    T("INT 3/B/P: Albanian OCG controlling brothels in Newcastle, women moved every 3 weeks between flats in Heaton and Jesmond. Women's phones held by a 'manager' and returned only to speak to clients.", "ISO", "IS", "S")
    T("""Shoplifting arrest, Boots, Market Street Manchester. Two Romanian females aged approx 15-16 detained with £600 of fragrances in a foil-lined bag. Both said 'cousin' told them what to take and waits outside. Cousin not located. Neither knew the address where they are staying.""",
      "AV", "IS", "C", "high")
    T("Neighbour says house on Hartley Rd has 12 men coming and going all day. Checked: licensed HMO, students from the university, all on tenancies with a letting agent. No concerns.", "", "", "")
    T("""Welfare check, 17 Sandringham Ave, Leicester. Caller concerned that the young woman who cleans, cooks and looks after the children of the family at number 17 is never seen out, works from first light to late at night and has no phone. Officers attended; the woman (Indian, approx 30) was introduced by the male householder as 'a relative'. He insisted on translating. She appeared thin and wore the same clothes as on a previous visit. She said quietly 'I want to go home'. Householder holds her passport 'for safety'.""",
      "EO RM ISO RD", "LH RMS IS SFW PA DT", "D")
    T("she gets no money they say its for her food and the bed", "WW", "NCW", "")
    T("""Report from fishing crew: two Filipino deckhands on a scallop dredger out of Brixham say they work 20 hour days at sea, they were charged $2,500 each by the manning agency in Manila, are paid $400 a month instead of the $1,200 in their contract, and the skipper punched one of them for complaining. Their seaman's books are held by the skipper.""",
      "EO DB WW DEC PSV RD", "LH UF DT", "L")
    T("Money mule: 19 year old uni student says someone on Instagram offered £300 to use her account. £18k went through. She now says they threaten to post her address if she stops.", "IT AV", "", "C")
    T("Labour provider inspected by GLAA in Wisbech: licence compliant, workers paid through PAYE, own transport, no concerns.", "", "", "")
    T("""INT 2/B/P. Info that Mihai POPESCU (DOB 04/06/88) collects the wages of around 20 Romanian workers employed at a meat processing factory in Cullompton. Workers' bank cards are kept by POPESCU and he withdraws the money, giving each about £50 a week. Workers live at two houses he rents on Exeter Rd, 10 to a house. He charges them £80 each for a lift to the factory. Source states one worker who wanted to leave was beaten with a bar.""",
      "WW PSV AC", "NCW MBC OA CT", "L")
    T("My daughter 15 keeps going to a man's flat, he buys her stuff and she comes back smelling of weed, she's got a new phone I didn't buy", "AV", "", "S", "high")
    T("cuckooed flat Hyde Rd - vulnerable male 50 with learning disability, dealers moved in 2 weeks ago, he's sleeping on the floor, they took his bank card", "AV WW AC", "NCW", "C")
    T("Hotel room cleaners at the Premier Palace in Heathrow paid per room, agency subcontractor, average pay £4/hr. Workers kept own passports, went home at end of shift.", "WW", "", "L")
    T("Man admitted to A&E Sheffield with a fresh nephrectomy scar, says surgery done 'abroad', his travel and the operation paid by 'a friend' to whom he owed money. Won't say more, very frightened.", "DB", "PA FA", "O")
    T("Patient seeking to buy a kidney online - told by renal team this is illegal. No donor identified. Referred for counselling.", "", "", "")
    T("Girl, 16, found at Travelodge Birmingham with two adult men, one of whom had booked the room. She was intoxicated and had injuries to her wrists. She said she had been given pills and 'passed round'.", "AV PSV", "PA", "S", "immediate")
    T("Nail bar staff in Swindon all seem fine, chatty, own cars, owner is their auntie. Just a busy salon.", "", "", "")
    T("""Op KESTREL debrief: V2 (Slovak male, 45). Recruited in Košice by a man who promised factory work at £9 per hour and a flat. In Sheffield he was put in a house with 14 other men, no hot water. Told his first 8 weeks' pay would cover 'travel, flat and agency'. Bank account opened by the controller; he never had the card. Worked in a recycling plant 6 days a week. When he asked for money he was told 'you owe more now, for food'. Says he was scared because another man was beaten in the kitchen in front of them.""",
      "DEC DB WW AC", "OA PLC NCW", "L")
    T("no my passport is with me, i have it in my room, nobody take it", "", "", "")
    T("""Child referral (MASH, Southend). Year 10 pupil, 15, repeatedly missing from school, found in Basildon with £400 cash and two phones. Says he 'owes' older boys because he lost a phone. Has a stab wound to the leg that he says was 'an accident'. Mother reports he is terrified of a man called 'Tiny'.""",
      "AV DB PSV", "PA FA", "C", "high")
    T("Brothel in a terrace off Lozells Road, 5 Thai women, cash only, a man drives them to the shop and back, they're never out alone", "RM", "ET RMS", "S")
    T("Stabbing in town centre, gang related, no exploitation identified.", "", "", "")
    T("""Statement, Romanian female (26), translated. "I met Alin on Facebook, he said he loved me. He brought me to Coventry. After two weeks he said we had debt for the flat and I must go with men for money, just for a little time. I said no and he hit me with a belt. He took all the money, I never kept any. He said if I go to police they will put me in prison because I am a prostitute." """,
      "DEC DB PSV WW IT", "NCW FA", "S")
    T("Worker on a chicken farm near Hereford says they sleep in a shed with 20 beds and are charged £90 a week for it, they get collected at 4am by minibus.", "AC", "SW OA PLC CE", "L")
    T("report of a woman sat outside Greggs begging every day with a baby, same man drops her off in a car", "", "CE", "C")
    T("""Debrief note: Eritrean male (19) trafficked through Libya. Held in a warehouse in Bani Walid where men were beaten and told that those who could not pay would have their kidneys taken. He witnessed two men removed and not returned. He paid $4,500 after his family sent money. Now in Home Office accommodation in Bedford. Not currently at risk.""",
      "PSV IT DB RM", "", "O")
    T("Car wash, Caerphilly. Checked by police and HMRC; staff paid minimum wage via payroll, have own flats, own passports, owner showed rotas. Nothing further.", "", "", "")
    T("Girl, 17, Albanian, in hotel accommodation. Her 'boyfriend' who is 32 collects her every night and she returns at 6am with money she gives to him. She says she does it because she loves him.", "AV WW", "ET NCW", "S", "high")
    T("Man says he pays the gangmaster £10 a day for the minibus to the fields and £50 a week for hi-vis and knives.", "WW", "CT PPE", "L")
    T("Asylum seeker in Cardiff hotel says a man offered cash work at a barbers. Declined. Just wanted advice.", "", "", "")
    T("""INT 3/B/P. Intel suggests that disabled Irish travellers' relative (male, approx 40, learning disability) is being used as unpaid labour on tarmac jobs across Bedfordshire by the family he lives with. He sleeps in a horse box, is given food scraps, and is seen with bruises. His benefits are paid into an account controlled by the head of the family.""",
      "AV WW AC PSV", "PLC PA NCW SW", "L")
    T("They shout at the girls but nobody hits them and they go home at night.", "", "", "")
    T("""Child sexual exploitation: 13 yr old girl, in care in Telford, repeatedly goes missing to addresses of adult males who supply her with alcohol and cannabis. Found last night at a flat on Hadley Rd. Says men 'make her' have sex with their friends. Missing again this morning.""",
      "AV PSV", "", "S", "immediate")
    T("Vietnamese lad at the nail bar says boss keeps his ID but he does not know why.", "RD", "DT", "L")
    T("Report re: factory in Leicester paying £3.50/hr to Indian machinists, garment trade. Workers allowed to leave but say there is nowhere else that will employ them without English.", "WW AV", "", "L")
    T("i go to the house to clean for the family 7 days but they never pay me because they say I am family now. I cannot leave because they have my papers.", "WW EO RD RM", "DT", "D")
    T("Multiple bank cards found in a car stopped on M6 J10: 22 debit cards in different names, all Eastern European, plus 7 phones. Driver says he is 'helping friends'.", "", "MBC", "")
    T("Staff member at a car wash in Kidderminster was stabbed by a customer in a row about a scratch. Victim is a paid, documented employee, not exploited.", "", "", "")
    T("""Modern Slavery Helpline referral. Caller is a Polish woman working at a hand car wash in Bridgend. She says her partner, who runs the car wash, has forced her to have sex with his friends in exchange for 'discounts' on their rent, and takes her wages. He locks her phone in the office. She has two children with her and is afraid he will take them back to Poland.""",
      "PSV WW ISO IT", "NCW IS", "S L")
    T("young lad keeps being dropped at the station at 6am by different cars, has a new North Face jacket, says he's 'working' in Bournemouth. mum says he's 15", "AV", "CE", "C", "high")
    T("Nothing to suggest coercion - workers at the distribution centre are agency staff on proper contracts and go home after shifts.", "", "", "")
    T("""Case notes, Hope for Justice IVA. Client (Hungarian, 38) was forced to commit benefit fraud: the family he lived with made him sign Universal Credit claims and took the money, about £700 a month. He also worked for their roofing business with no pay. He was beaten if he complained and was only allowed out with one of the sons. He has a mild learning disability.""",
      "AV WW PSV RM", "NCW ET RMS", "C L")
    T("A woman asked about whether her uncle's kidney donation for her father was 'legal'. It is a family living donation through the NHS. No concern.", "", "", "")
    T("'ive been trying to leave for ages but he says ill owe him for the bus and the flat and it just keeps going up' - text from 19 yr old female to youth worker", "DB RM", "", "")
    T("Sex worker reported that her manager takes 70% and she has to work 7 days or be fined £100. He keeps the money from online bookings.", "WW DB EO IT", "NCW LH", "S")
    T("Vietnamese female, 16, found in cannabis farm raid in Stoke. She said she was made to water plants and cook for the men, and one of them raped her. She did not know what town she was in.", "AV PSV ISO", "IS", "C S", "high")
    T("Pub landlord employs his two nephews who live upstairs rent-free. They work some evenings and get paid cash. No issues.", "", "", "")
    T("Worker fell from scaffold at a site in Croydon, no harness provided, had been on site 14hrs. Employer says he was self-employed and refused to give his address. Worker says boss told him to say he fell at home.", "AC EO", "LH FA", "L")
