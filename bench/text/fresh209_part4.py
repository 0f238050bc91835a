# fresh209 part 4: longer narratives, negated-with-real mixes, ordinary hospitality
T("""Modern Slavery Helpline summary. Caller is a regular customer at a fish and chip shop in a village outside Norwich. Over the last year she has got to know the man who works the fryer, a Romanian in his fifties called 'Gheorghe'. He is always there, from opening at 11 until closing after 10, every day including Sundays. Last week he told her that he sleeps in the storeroom on a camp bed, that he came with one small rucksack and still has only that, and that the owner pays him '£50 when he feels like it'. He said the owner's son drives him to the launderette once a fortnight and waits outside. He has a phone but no credit and the owner 'looks after' his ID card. Caller says he looks thinner than when she first met him and his clothes are always the same. He asked her not to tell anyone because he is frightened he will be thrown out with nowhere to go.""",
  "EO AC WW RD RM", "LH SW FPE ET DT PA FA", "L")
T("""Debrief, NRM referral (first responder: Hampshire Police). PV is a 23-year-old Vietnamese female. She states that in Vietnam a woman from her village told her she could work in a restaurant in England earning £1,500 a month and send money home. Her family borrowed 300 million dong (about £10,000) from a lender to pay the woman. She travelled via Russia and France and arrived in a lorry. In the UK she was taken to a flat in Southampton where she was told the restaurant job was 'not ready' and that she would work in a nail salon in the day and clean at a restaurant in the evening. She was never paid; the man who ran both businesses said all her earnings went to the debt, which he said was now £20,000. She was not allowed a phone and did not know which city she was in until police told her. She was not hit, but the man said that if she ran away the lender would hurt her parents.""",
  "DEC DB WW ISO IT AV", "UF IS", "L")
T("Licensing sergeant's note: the Anchor Inn has two Italian chefs living in the staff flat above the pub, their own rooms, rent is not deducted, they have their own passports and hold the keys. The tip that they were 'kept' there is unfounded.", "", "", "")
T("Hotel in Belfast: housekeeper told PSNI she is not locked in and has her passport, but the agency has not paid her for six weeks and keeps saying 'next week'. She is going to food banks.",
  "WW", "", "L")
T("Officer note: restaurant owner denied holding anyone's documents. Search of the office found 3 Indian passports belonging to kitchen staff in a locked drawer.", "RD", "DT", "L")
T("Caller (a chef) wanted to know if his employer can make him pay back his visa costs if he leaves. He hasn't been asked to pay anything yet, it's hypothetical. Advice given, no concerns.", "", "", "")
T("They don't hit us. They don't lock the door. But they take all the money and keep my passport and say I owe £8,000 for the visa and the flight. I work from 10 to 12 night every day.",
  "WW RD DB EO", "DT UF LH", "L")
T("""Statement extract (witness, former waitress at Il Forno, Swansea): 'I worked there for two summers. The owners, Mr and Mrs RICCI, were strict but fair with us local girls. What worried me was the two lads from Albania in the kitchen. They were there when I came in at 11 and still there when I left at 11 at night. I never saw them have a day off. They lived in the flat above and I never once saw them go out, except when Mr RICCI's nephew took them to the bank, and he'd take their cards in with him and come out with the cash. One of them, Arben, told me he had paid someone £3,000 for the job and he still owed half. He asked me once if I knew how he could get a lawyer without the boss finding out. I didn't know what to say. When I left they were still there.'""",
  "EO WW DB", "LH RMS ET NCW UF OA", "L")
T("Restaurant visit, Ilford: staff denied being threatened, denied debts, and all said they were free to leave. One worker later told the interpreter privately that the manager hits him when he's slow.",
  "PSV", "", "L")
T("Hotel kitchen assistant, Polish, British citizen, working 39 hours. Called because her partner is controlling, takes her wages and won't let her see friends. Domestic abuse, not labour exploitation. DASH completed.", "", "", "")
T("INT 2/B/P. Albanian males working in a car wash and a café in Grays are believed to be recruited in Tirana with promises of £80 a day; once here they are charged for everything - accommodation, uniform, transport - and end up with nothing. Workers are driven between sites in a blue Transit.",
  "DEC WW", "PPE CT ET", "L")
T("Child (12) regularly seen in a takeaway kitchen in Nottingham until late at night, cutting onions and taking deliveries. Owner says he is his son. School reports he is often too tired to learn.",
  "AV EO", "LH", "L", "high")
T("The hotel has been accused of exploiting its Ukrainian workers. Having interviewed 9 staff, none report restrictions, debt, withheld wages or threats. All have their own documents and accommodation. No further action. The allegation came from a social media post that said the workers 'live like slaves in the staff block'. Officers viewed the staff accommodation: single rooms with shared kitchens, clean and warm, with locks on the doors and keys held by the staff. Rents were in line with the local market and shown on payslips. Workers said they had found the jobs through a charity and were happy to stay. Two asked about bringing family members over, and were given details of the Homes for Ukraine scheme.", "", "", "")
T("Woman working as a live-in housekeeper/cook for a restaurant owner in Edgbaston. Not paid, can only leave with the family, has no phone, family holds her passport. She is from Sri Lanka and doesn't speak English.",
  "WW RM ISO RD AV", "RMS ET IS DT", "D")
T("My boss he is good man. He pay me every week, I have my passport, I can go home any time. Only problem is the rent is too high.", "", "", "")
T("Food delivery rider for a restaurant in Leicester uses an account rented from someone else, pays £80 a week to the account holder. He said he can stop any time. Substitution issue, not exploitation.", "", "", "")
T("Intel: restaurant in Chinatown, Manchester, staff 'rented' to other restaurants at weekends by the manager who pockets their pay. Staff live in a house the manager owns, 14 people. Bank cards held by the manager.",
  "WW", "OA NCW", "L")
T("I am a chef from Nepal. They told me my salary would be £2,500. When I came, they said £1,500, and I pay £400 rent for the room that I share with 3. They took my BRP 'for the records'.",
  "DEC WW RD", "OA DT", "L")
T("Noodle bar in Edinburgh: food hygiene rating 2. Staff living arrangements not relevant, staff all live off site. EHO visit only.", "", "", "")
T("Cleaner at a pub in Barnsley was locked in the cellar by the landlord as a 'punishment' for being late and left there for several hours. He's 19, has learning difficulties.",
  "RM AV PSV", "RMS", "L")
T("INT 3/C/P: organ trafficking rumour - source says men working at restaurants in east London are being offered £5,000 to sell a kidney in Turkey by a man called 'Dr Yusuf'. Unverified.",
  "AV", "", "O")
T("Dialysis patient who works as a waiter at a Lebanese restaurant in London asked his doctor about 'buying' a kidney abroad. Doctor advised against. No exploitation reported.", "", "", "")
T("Pub quiz night dispute, barmaid assaulted by customer. Customer arrested. No exploitation.", "", "", "")
T("Young man at the kebab shop on Prince St is always wearing the same clothes, very thin, hands all cut up, never says anything. His boss is always next to him.", "", "PA SFW", "L")
T("Hotel restaurant in Dorset, staff bused in from Bournemouth by the agency in a van at 6:30am, back at 11pm. £8 a day for the van taken from their pay. Some workers say they do 6 days a week 'always'.",
  "EO WW", "CE CT LH", "L")
T("Officer visit to the Laughing Buddha restaurant; the manager answered every question for the kitchen staff, would not let them speak. Interpreter requested for a follow-up. Staff looked frightened.",
  "", "SFW FA", "L")
T("Two kitchen workers at a Brick Lane restaurant told ICE they were charged £200 each by the owner for 'hygiene training' and their whites, which they could not afford, so it is taken from wages at £20 a week.",
  "WW", "PPE", "L")
T("The hotel chef says his boss is violent but the boss has never hit him; he means the boss shouts. Paid, documents held himself, not restricted. Workplace bullying.", "", "", "")
T("Homeless man recruited by a catering van owner to help at markets for food and a place to sleep in the van; now says he's not allowed to leave because he 'owes' for the food.",
  "AV DB AC", "SW", "L")
T("INT 2/A/P: Indian female, 35, working in a Leicester restaurant kitchen is believed to have been sold as a bride and brought to work. She is watched by the husband's family constantly and her passport is with the mother-in-law.",
  "RM RD AV", "RMS DT", "L D")
T("Manager of a Toby carvery type restaurant reported a customer who he thinks is trafficking a young woman: the man ordered for her, she didn't speak, had a bruised wrist, and he took her phone off her when it rang.",
  "ISO PSV", "SFW PA IS", "")
T("a chef at a restaurant in woking said he doesn't have a passport as it was taken by immigration at the airport when he arrived (Home Office holding it). Employer not involved. No concerns.", "", "", "")
T("Drop-in at Migrant Help: waitress from Brazil says her employer (restaurant in Kensington) told her she'd get a visa sponsorship after 6 months unpaid 'training'. She's been there 8 months, still unpaid, no visa.",
  "DEC WW AV", "", "L")
T("Hotel group's HR contacted police: a supplier's staff working in their laundry have said they are paid only if they meet quotas and that they must pay for their own gloves. Hotel has stopped using the supplier.",
  "WW", "PPE", "L")
T("Dad runs the family takeaway in Stockton, mum and the two older kids help. Teacher concerned the 10-year-old is tired; he says he stays up watching the football. No concern re employment.", "", "", "")
T("I'm a dishwasher in restaurant. The manager say if you go to police the police will arrest you not me. I have no papers. He pay £20 for 10 hours.", "IT WW AV", "FA", "L")
T("INT 3/B/P. Chinese takeaway at 5 Ferry Rd, Dundee DD3: male worker seen being pushed into the back of a car by the owner at 01:00, taken to an address in Broughty Ferry. Male looked injured.",
  "PSV", "ET PA", "L")
T("New kitchen porter was found to have been paying £50 a week to the head chef 'to keep the job'. Head chef dismissed. Worker is otherwise paid correctly and lives at home.", "WW", "", "L")
T("""Local authority (Private Sector Housing) referral. Inspection of 88 Green Lanes, London N8, a flat above a Turkish grill. Six men were present in a one-bedroom flat; mattresses on floors of all rooms including the kitchen. Bathroom had no working shower, extension leads running across the floor, windows painted shut. The men said they all work in the grill downstairs and that the owner of the grill is their landlord. They did not know how much rent they pay because 'the boss takes it'. Two of them said they had only been in the UK three weeks. When asked if they could leave, one said 'where would I go?'. The owner arrived during the visit and tried to speak on behalf of the men. Officers asked him to wait outside. Referred to police and the council's modern slavery lead.""",
  "AC WW", "OA PLC NCW SFW", "L")
T("Restaurant staff at a chain in London are on zero-hours contracts and say they are pressured to work extra shifts. They are paid, have documents and live independently. Union issue. No MS.", "", "", "")
T("Hotel room attendant (Bulgarian) told her GP she is worried because her 'boss' has her ID card and bank card and she doesn't know how much she has been paid.", "RD WW", "DT NCW", "L")
T("She says the owner of the restaurant raped her in the storeroom and told her she would lose her job and be deported if she told anyone. She is an asylum seeker working cash in hand.",
  "PSV IT AV", "FA", "L")
T("Job advert on Facebook: 'chef wanted, Cardiff, £3,000/month, visa sponsorship, free flat, send £1,500 for processing'. Report by a job seeker who paid and never heard back. Fraud, not trafficking; Action Fraud reference given.", "", "", "")
T("Kitchen porter: 'the boss keeps my card, he says it's so I don't waste money, I get £30 each Saturday'", "WW", "NCW", "L")
T("Concern raised by a chef college tutor: apprentice (18) at a Chester hotel being made to work 70 hours a week, not released for college, paid for only 30.",
  "EO WW", "LH", "L")
T("Restaurant owner in Hackney called police as his worker's ex-employer keeps turning up and demanding the worker return because he 'owes' him £2,000. Worker is scared.",
  "DB IT", "FA", "L")
T("Catering company staff at a music festival were all on contracts, tents provided, meals provided, shifts of 8 hours. A member of public reported 'exploited workers sleeping in tents'. No concerns.", "", "", "")
T("Cafe on Stratford Broadway: 3 teenagers (approx 15) serving till 1am, owner is using them to sell cannabis over the counter as well. One has a black eye.",
  "AV PSV EO", "PA LH", "L C", "high")
T("In the restaurant the manager took photos of me naked in the changing room and says he'll put them online if I don't do extra shifts for free.", "IT WW", "", "L")
T("Intelligence: a Vietnamese male was removed from a restaurant kitchen in Bristol by 2 men in a van and is believed to be being taken to a cannabis farm right now. Vehicle: white Citroën Relay WF15 NXT heading north on the M5.",
  "RM", "ET", "C", "immediate")
T("Housing officer visited a flat above a café in Cardiff. Tenant is the café manager, living alone, own tenancy, no concerns.", "", "", "")
T("Hotel worker (Sudanese) says she doesn't know where the hotel is, only that it's by the sea; she was brought at night. Her phone was taken by the manager who says it's 'company rules'.", "ISO", "IS", "L")
T("Worker at pizza shop: 'No, no one took my passport. The problem is the money: he pays £150 for 6 days. He says this is normal.'", "WW", "", "L")
T("Woman told her GP she was brought to the UK to work in her husband's family restaurant and care for his parents; she's not allowed to leave the house except to go to the restaurant, the mother-in-law escorts her.",
  "RM AV", "RMS ET", "L D")
T("Hotel bar manager in Cheltenham reported a gentleman who appeared to be buying drinks for multiple young women who were 'with him'. On checking, it was a hen party. Nothing to report.", "", "", "")
T("Nail bar next to a noodle shop in Sheffield - staff go between both, one woman (Vietnamese, 20s) has no English, lives above, never out. Employer says she's his niece and speaks for her.",
  "ISO", "IS SFW", "L")
T("I am cook in restaurant. I pay the agent in India 12 lakh rupees for the job. Now the owner say I must pay also £5,000 more to renew my visa. If not, he will stop my sponsorship.",
  "DB IT AV", "UF", "L")
T("Pizzeria owner told staff that anyone who joined a union would 'be sorry'. All staff British, paid properly. Employment tribunal matter.", "", "", "")
T("INT 2/B/P. Female (approx 16) working at a café in Rochdale owned by POI ALI Tariq, being given lifts, alcohol and cigarettes by him and his friends. She has been seen going into a flat above the café with older men.",
  "AV", "", "S", "high")
T("Caller says her elderly dad's carer, who also works in a local café, might be being exploited because she works so much. Carer is self-employed, 2 jobs by choice. No concerns.", "", "", "")
T("The boss at the chicken shop took my phone so I can't speak to my mum. I am only 16. I work every night and sleep in the flat upstairs with the other boys.",
  "ISO AV EO", "IS LH OA", "L", "high")
T("Takeaway worker (Bangladeshi, 60) says the owner pays him but keeps it all 'in savings' for him. He hasn't seen any of it in 3 years. Owner holds his ppt.", "WW RD AV", "DT NCW", "L")
T("Asylum seeker staying in an asylum hotel in Cheshire is taken out daily by a man to work in a restaurant kitchen in Crewe for £20 a day. Man has his ARC card and threatened to report him.",
  "AV WW RD IT", "DT FA", "L")
T("We were told the hotel is beautiful, the job is in reception. They put me in the laundry in the basement, 12 hours, no window, no break, and the room we share is with 8 girls.",
  "DEC EO AC", "LH OA", "L")
T("Pub landlord helped a Polish chef who'd been thrown out of his previous job; gave him a job, room, paid weekly. Chef is grateful. Police were asked to check on him by his family in Poland. He's fine.", "", "", "")
T("Restaurant in Swindon: Home Office visit. Male worker said 'I can't go out, the manager keeps the key and my passport.' Manager denies both.", "RM RD", "RMS DT", "L")
T("Catering contractor at a hospital: complaint that staff work 12-hour shifts. All contracted 3 x 12s, paid correctly. Not excessive. No concern.", "", "", "")
T("INT 3/C/P. Someone said the Thai takeaway owner on Bath Rd takes the girls' money and makes them sleep on the floor of the shop. Unsure if true.", "WW", "SW", "L")
T("Room attendant, agency, Manchester: 'They say if we don't do 18 rooms we don't get paid for the day. We start at 7 and finish when we finish.'", "WW EO", "LH", "L")
T("Restaurant has a 'no phones at work' policy. Staff keep phones in lockers and use them on breaks. Complaint unfounded.", "", "", "")
T("The owner hit my friend with a wok, his arm is broken. We are afraid. We cannot leave because he has our papers.", "PSV RD RM", "DT FA", "L")
