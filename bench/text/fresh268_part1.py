def add(T):
    T("INT 2/B/P. Source states approx 12 Romanian males living at 14 Pytchley Road, Kettering NN15. Collected 0430hrs daily by white Transit van, dropped back after 2100hrs. Work at a distribution warehouse in Corby. Landlord/gangmaster nom BALAN takes their wages.",
      "EO WW", "OA CE LH NCW", "L")
    T("Caller reports loud music from neighbours flat in Far Cotton again, third time this week. Advised re council noise team.")
    T("Referral from Boston Salvation Army outreach: male, Lithuanian, 41, working in a packhouse off the A16. States he paid £400 to a man in Kaunas for the job and the travel and now 'owes' £1,200 because rent and van money are taken off. Says every week the debt gets bigger not smaller. Shares a 3-bed house with 11 others. Has no contract and doesn't know the agency's name.",
      "DB DEC WW", "UF OA CT", "L")
    T("Nurse at Peterborough City Hospital, works 3 x 13hr shifts a week by choice, picks up bank shifts for extra money. Welfare check on request of her mum who couldn't reach her - she was asleep after a night shift. All fine.")
    T("they come get them at like 5 in the morning in a minibus 15 of them out of one house in wisbech and they dont come back till dark the men look so thin and tired someone should check it out",
      "", "CE OA PA", "L")
    T("Debrief account, translated from Polish: 'When I came to Peterborough the man Tomasz took my passport, he said it is for the bank account. I never see the bank card. Every Friday he give me £50 and say the rest is for the room and the debt. I work in the chicken factory six days, sometimes seven.'",
      "RD WW DB EO", "DT NCW LH", "L")
    T("PCSO note Corby town centre: female aged approx 30 begging outside Tesco every day 0800-1800. Dropped off and collected by a male in a silver BMW VK15 OXR who takes the money from her cup. She appeared frightened when approached and the male came over and answered for her.",
      "WW IT", "CE NCW FA SFW ET", "C")
    T("Farm worker at Holbeach St Marks says he lives in a caravan on site supplied by the farmer, paid minimum wage through payroll, keeps his own passport and bank card, goes into Spalding on his days off. GLAA visit found no concerns.")
    T("17yo male from Northampton found in a flat in Lincoln with 40 wraps of crack and £600. Phone constantly ringing with 'Jay' line. Says he was sent up by older lads and can't go home till the phone's sold out or he'll owe them. Mum reported him missing 3 days ago.",
      "AV DB IT", "", "C", "high")
    T("Landlord in Wellingborough rents 6 rooms in an HMO, each tenant has their own tenancy agreement and pays their own rent by standing order. Licensing check complete, property compliant.")
    T("IP states she was promised work in a hotel in London but was brought to a flat in Peterborough and told she must 'work' with men to pay back £3,000 for the flight. Advertised on an adult site. Two other women in the flat. Men drive them to hotels.",
      "DEC DB", "UF ET", "S")
    T("Shop theft Rushden Lakes, male detained by security, £240 of clothing recovered. Known local shoplifter, lives alone, no suggestion he is being directed by anyone.")
    T("MSVCC referral: Vietnamese male approx 16 found during warrant at cannabis grow in a unit off Fengate, Peterborough. Windows boarded, door padlocked from outside, mattress among the plants, rice cooker. He says he was told he'd be killed if he left, and he didn't know what city he was in.",
      "AV RM ISO IT AC", "RMS IS SW PLC FA", "C", "high")
    T("Car wash on London Road Kettering, GLAA joint visit. Five workers, all paid £40 for a 10hr day cash, no gloves or boots for the chemicals, sleep in the container at the back.",
      "WW AC EO", "SW LH PLC", "L")
    T("Concern for welfare. Elderly male in Oundle not seen by neighbours for a few days. Officers attended, he had been staying at his daughter's. No further action.")
    T("INT 3/C/P. Unknown male seen at Boston ATM on West Street withdrawing cash using approx 8 different bank cards, 0615hrs. Then got into blue Vauxhall Vivaro with several males in work clothes.",
      "", "MBC CE", "L")
    T("Hi im writing because my friend Ana works as a cleaner for a family in Northampton she lives with them and they dont let her out on her own they have her passport and she says she gets no wages just food. she cries on the phone when they are not listening. please help her",
      "RM RD WW ISO", "RMS DT NCW IS", "D")
    T("Caller states her ex-partner keeps her passport and won't give it back since they split up. No work involved, civil dispute over property, advised re solicitor.",
      "RD", "DT", "")
    T("Student at University of Lincoln reports her passport stolen from her room in halls. Keeps it in a drawer normally. Crime ref issued.")
    T("Young woman (19) in Corby, care leaver, boyfriend aged 34 'manages' her, posts her on Vivastreet and keeps the money, gave her cocaine to keep her going. She has bruises to her arms she says are from him.",
      "AV PSV WW", "PA NCW", "S")
    T("Call from Wisbech: man shouting in the street that his boss is going to kill him tonight, he's run from a house on Norfolk Street, says three men are after him and the rest of the lads are still locked in.",
      "IT RM", "RMS", "L", "immediate")
    T("Warehouse worker at Brackmills works 60 hrs a week by choice in peak, paid overtime, agency is Stafflink, payslips checked. Complaint was about a parking dispute.")
    T("Debrief 'I was sleeping in the kitchen floor of the restaurant in Lincoln. The owner say if I go to police they send me back to Bangladesh and my family have to pay. I work from 10 in the morning to 1 at night. No money only food.'",
      "IT AC EO WW", "SW FA LH", "L")
    T("Kidney transplant patient at Addenbrooke's, donor is his sister, all consent and HTA processes followed. Note made for info only, no concerns.")
    T("INT 2/B/P. Source reports that a male known as 'Doctor' in Peterborough is arranging for Eritrean migrants to travel to Egypt to 'sell' a kidney to pay off smuggling debts of $5,000. At least one local male believed to have gone last month.",
      "DB AV", "UF", "O")
    T("Recorded at Boston custody: Polish female arrested drink drive. Works at a packhouse, own car, own flat. No vulnerabilities identified.")
    T("Ring from GLAA: labour provider in Long Sutton suspected of charging workers £10 a week for hi-vis and boots and £15 a day for the minibus, deductions appear on payslips taking pay below NMW.",
      "WW", "PPE CT", "L")
    T("Male from Kings Lynn reports he was scammed out of £800 by an online seller for a car that never existed. Action Fraud ref given.")
    T("School DSL Northampton: Year 10 girl (14) seen getting into cars with older men after school, has new phone and nails, missing overnight twice. Friend says 'she owes them' and they make her go to parties.",
      "AV DB", "", "S", "high")
    T("Caller states 14yo daughter has not returned home, last seen getting into a black Audi with a man called 'Kay' who has been giving her weed, phone is off. She was due back at 1800.",
      "AV", "", "S", "immediate")
    T("Observation: 8 men of Eastern European appearance waiting at the lay-by on the A1073 at 0500, picked up by a minibus. Nothing else known.",
      "", "CE", "")
    T("The gangmaster said if anyone talks to the police, they will tell immigration and we will be deported - we were all scared. He had all our ID cards 'for safe keeping'.",
      "IT RD", "FA DT", "L")
    T("Report from Lincolnshire County Council adult safeguarding: man (52) with learning disability living in a shed at a scrap yard near Gainsborough, works on the yard for roll-ups and food, cousin of the yard owner takes his PIP money.",
      "AV WW AC", "PLC SW NCW", "L")
    T("PC WEBB: stop check vehicle AV64 KTR on the A15 near Sleaford, seven passengers all from the same address, driver answered every question for them, passengers said nothing. Said they were going to a potato farm. Each pays driver £5 a day.",
      "", "SFW CT OA", "")
    T("Caller is a care worker who says she's doing 14 hour days because the agency is short, she's tired but paid for it and can say no. Wants to know her rights on breaks. Advised ACAS.")
    T("Lad I know got took to a house in Wellingborough and they battered him with a bat cos the drugs went missing, now hes got to sell for them for free til its paid back",
      "PSV DB", "", "C")
    T("NRM referral, Cambs: Romanian national F 23. Recruited via Facebook 'cleaning job in UK, £1500 a month'. On arrival in Peterborough told there was no cleaning job and she must work in a massage parlour. Phone taken on first day. Not allowed out without one of the 'managers'. Earned money collected nightly by the manager. Raped by the manager when she refused clients.",
      "DEC ISO RM PSV WW", "IS RMS ET NCW", "S")
    T("Pub licensing visit, Stamford. Staff all on contracts, hours within limits, righ to work checks on file. No issues.")
    T("Man seen sleeping in his car at Tesco Boston most nights. Works at a farm, says he's saving for a deposit. Has his own money, happy, offered housing advice.")
    T("Referral from Corby Foodbank. Man (Latvian, 38) arrived in UK 6 wks ago with a 'work agency' that charged him €300. He works 12-hr nights at a Corby warehouse, 7 days a week. His wages go into a Revolut account the agency set up; he has no app access and gets £70 cash on a Sunday. 'They say I still owe for the room and the flight.'",
      "DEC EO WW DB", "UF LH NCW", "L")
    T("Debrief (learner English): 'He say me you come to England you study and work in the house, I look after his children. I have no day off in 2 years. I sleep in the room with the baby. Madam keep my passport. She hit me with a shoe when the food is late.'",
      "DEC EO RD PSV", "LH DT", "D")
    T("Girl aged 16 reported missing from a children's home in Kettering, believed to be with known CSE nominal Kyle DRAPER (34) at a hotel in Milton Keynes right now. Staff say she messaged 'help'.",
      "AV", "", "S", "immediate")
    T("INT 2/A/P. Nominal ROSU (Mihai) controls approx 20 workers at 3 addresses in Spalding PE11. Holds all their bank cards in a wallet, withdraws wages himself from ATMs at Sainsbury's. Workers given £30 a week.",
      "WW", "NCW MBC OA", "L")
    T("Cambridgeshire CC trading standards: complaint from a customer about a nail bar in March that the staff 'looked scared'. Visit made, staff own the business (husband and wife), all have leave to remain, no concerns.")
    T("Woman says boyfriend controls her phone and won't let her see her family. No work or sex or money involved, DA risk assessment done.",
      "", "", "")
    T("IP disclosed that her 'uncle' brought her from Nigeria at 12 to look after his kids in Peterborough, she never went to school though he promised her schooling, now 17. Not allowed out except the school run. Beaten with a belt.",
      "AV DEC RM PSV", "RMS", "D", "high")
    T("Body worn footage review: male at Wisbech address stated 'I am free to leave whenever I want, I have my own passport, I get paid to my own account'. Checked, agrees with documents. NFA.")
    T("Trans female, 26, working independently from own flat in Northampton, advertises herself, keeps her own earnings. Reported a client who refused to pay. Not exploitation, crime recorded as theft.")
    T("Intel: cuckooed flat at Lumbertubs, vulnerable male (alcohol dependent) had his flat taken over by a London line, they pay him in cans and he's not allowed to leave while they're dealing.",
      "AV RM", "RMS", "C")
    T("Tractor driver in Crowland works long hours in harvest season, gets paid overtime and his own tied cottage. Domestic incident with partner, verbal only.")
    T("The agency man was waiting at the bus stop to take us every day and wait for us after. We never went anywhere alone, even to the shop.",
      "RM", "RMS ET", "L")
    T("Domestic abuse call, Grantham. Female states husband kept her passport and visa papers to stop her leaving him, threatened to get her deported if she called police. Not made to work.",
      "RD IT", "DT FA", "")
    T("Salvation Army referral: two Sudanese men, 20s, found living in a tent behind a vegetable packhouse in Sutton Bridge. Brought by a 'friend' who gets them day work, takes £50 a day each 'for the job' leaving them £15. They don't speak English and don't know which town they're in.",
      "AV WW ISO AC", "PLC IS", "L")
    T("Officer note: POI carrying 4 bank cards in other people's names and £1,100 cash at Lincoln bus station. Says they're his mates' cards and he's just getting cash out for them. Seized under POCA, further enquiries.",
      "", "MBC", "")
    T("Welfare check on Polish family, Corby, at school's request due to absence. Child had chickenpox, GP letter seen.")
    T("INT 3/B/P. Brothel believed to be operating at 22a Lincoln Road, Peterborough. Rotating Chinese women, stay 1-2 weeks then move. Men seen buying food for them, women never seen out.",
      "RM", "RMS", "S")
    T("Said he was on call 24/7 at the farmhouse - dogs, horses, the kids - never had a day off and the wife told him he was family so didn't need paying",
      "EO WW", "LH", "D")
    T("Caller from Spalding reports workers at a Polish shop working long hours - she thinks it's unfair. Police attended, family business, owners' adult sons work there, all paid, free to come and go. No offences.")
    T("Woman came into Boston station, lost her job at the packhouse because of cutbacks, not exploitation, wants to report agency for unpaid holiday pay - referred to ACAS/employment tribunal.",
      "", "", "")
    T("Debrief: 'They told us if we tried to leave the camp our families in Vietnam would pay. They send photo of my mother's house. I was so scared, I work in the nail shop in Lincoln every day 9 to 9.'",
      "IT EO", "FA LH", "L")
    T("Report via Modern Slavery Helpline: caller concerned for 5 men in a 2-bed terrace on Cromwell Road, Peterborough, mattresses in every room including the lounge, bins overflowing, rats. Men leave at 5am in a van with a company logo 'PK Agri'.",
      "AC", "OA PLC CE", "L")
    T("Arrest for possession with intent, Lincoln. Adult male, dealing for himself, his own phone, no signs he's being controlled. Charged.")
    T("He kept saying 'I owe, I owe, I must work' and wouldn't say how much or to who",
      "DB", "", "")
    T("Mental health crisis call, man on a bridge over the Nene, talked down by officers, taken to s136 suite.")
    T("Referral from NSPCC: 15yo boy from Northampton travelling to Market Harborough and Corby to deliver drugs for a group, has been stabbed in the leg once, mum says he's terrified of them and won't talk to police.",
      "AV PSV", "PA FA", "C", "high")
