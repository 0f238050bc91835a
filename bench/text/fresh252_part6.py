# fresh252 part 6: longer texts to balance lengths; few personal effects, bank cards, transport, PPE
P = []
def T(text, ind="", sig="", typ="", risk=None): P.append((text, ind, sig, typ, risk))

T("""Search of premises - warrant executed at 14 Brook Street, Kettering NN16, 06:00.
Eleven adult males located in a three-bedroom terraced house, all Romanian nationals. Mattresses on the floor of every room including the kitchen; one bathroom, toilet blocked; no food in the house apart from bread and tinned fish. Each man had a single carrier bag or small holdall containing a change of clothes and nothing else; none had a phone, wallet or any form of ID. In the front bedroom, occupied by DRAGOMIR, Ion (the suspected gangmaster), officers found a shoebox containing 23 bank cards in different names, a notebook listing names with amounts next to them headed 'datorie' (debt), and 9 Romanian ID cards. Workers said they are collected at 04:30 by DRAGOMIR's brother and taken to a food factory in Corby, returning at 19:30, six days a week and often Sunday. DRAGOMIR takes £70 a week each for 'rent' and £30 for the car. Workers said they owed him between £400 and £1,100 each for the journey. Interpreters used throughout. All workers taken to a reception centre.""",
  "AC WW RD DB EO", "OA PLC FPE MBC DT CE ET LH CT UF NCW", "L")

T("""Outreach worker's note, Crisis Skylight, Birmingham.
Met a man, about 40, Polish, at the day centre. He arrived with only the clothes he was wearing and a plastic bag with a toothbrush in it. He said he had 'run from the farm' in Herefordshire two nights ago after three months picking apples and pruning. He said they worked every day 'even Sunday', from first light until they could not see, and were given nothing for the rain. He lived in a static caravan with six others. The man who drove them, 'Kuba', kept all the workers' bank cards in his glovebox and would take them to the cashpoint one at a time on a Saturday, taking most of the cash. He could not tell me the name of the farm or the nearest town. He said Kuba told him 'if you go, you will be found'. He is frightened and does not want police yet but agreed to speak to the Salvation Army.""",
  "EO AC WW ISO IT", "FPE LH OA NCW MBC IS FA ET", "L")

T("""Benign long-hours case (for the learning log).
A GP surgery in Boston referred a patient, a Latvian woman of 34, after she mentioned she works two jobs — days at a packhouse and evenings at a care home — averaging 70 hours a week. The surgery were concerned she was being forced. Officers from the MSHT team met her at her home, a one-bedroom flat she rents in her own name. She holds her own passport, has her own bank account, and is paid by both employers at or above the minimum wage. She explained she is supporting her mother's medical treatment in Latvia and will stop the evening job in the spring. No one else is involved in her finances or her travel, which is by her own car. She was given information about working time rights and a wellbeing leaflet. No exploitation identified.""",
  "", "", "")

T("""INT 2/B/P. Cockle picking, Morecambe Bay.
Source states that a group of around 15 Chinese nationals are being taken out onto the sands at night to pick cockles by a gangmaster using the name 'Ah Lin'. The workers are driven to the bay in two vans at 22:00 and brought back around 05:00. They have no lifejackets, no radios and no knowledge of the tides; source says one worker was cut off by the tide last week and had to be rescued by a fisherman. Workers pay £15 a night for the van and buy their own rakes and nets from Ah Lin. Source believes the workers owe money to the people who brought them to the UK and are paid by the bag at a rate far below market.""",
  "AC WW DB", "CE ET CT PPE UF", "L", "high")

T("""Statement of 'L', Lithuanian, 29 (interpreter used), extract.
'The agency man met us at Luton airport. He took our passports "to register for work". He gave us hi-vis vests and boots and said we pay for them later: £45. The house had bunk beds, 14 people. Every morning the bus came at 5. The bus was £8 a day. The work was in a big warehouse, picking orders with a scanner that counts your speed; if you are slow the supervisor writes your name. We did 10 hours, sometimes 12, and Saturday. After one month my payslip said I earned £1,400 but the agency man said after rent, bus, boots and "admin" I had £210. I asked for my passport to go home and he said first you pay £600 for the ticket he bought me. I did not have £600. I worked another two months. He never hit anyone. But he said to me, if you leave, you owe, and I have friends in Vilnius.'""",
  "RD WW DB EO AC IT DEC", "DT PPE OA CE CT LH NCW UF", "L")

T("""Benign: A transplant surgeon at the Royal Free gave a witness statement about a road collision she saw outside the hospital at 02:00 after a 20-hour shift covering an emergency liver transplant. The organ came from a deceased donor through NHS Blood and Transplant. Her long shift was an emergency and she had the next two days off. Statement taken; no other matters.""",
  "", "", "")

T("""Referral from a hospital safeguarding team, Norfolk and Norwich.
A young man, 22, Moldovan, was admitted with a severe kidney infection. During treatment staff found a surgical scar on his flank; scans show he has only one kidney. He became distressed when asked about it and said he 'sold it in Turkey' two years ago because a man in Chisinau promised him £10,000 and a job in England afterwards. He says he was paid £2,000. He now works in a chicken factory in Thetford where the same man's associates take a share of his wages every week 'for the debt' and hold his ID card. He does not want police but agreed to talk to the Salvation Army. He is expected to stay in hospital for at least a week. Ward staff have been asked to note anyone who visits or phones asking for him.""",
  "DEC WW DB RD AV", "DT NCW", "O L")

T("""Handover note, night shift to day shift, Control Room.
Ongoing: male reported at 03:10 by a lorry driver, walking along the A16 near Louth in the dark, barefoot, in shorts and a T-shirt, near freezing. When stopped by patrol he said he had walked from 'the potato farm' because they 'do not let us sleep, twenty hours, and when I fall they kick me'. He had nothing with him, no phone, no money, no papers. He has bruises to his ribs and back. He could not say where the farm is. He is at Grimsby hospital under observation. Other workers may still be at the farm. Daytime enquiries: identify farm via his description (long grey sheds, a red tractor, three caravans).""",
  "EO PSV ISO", "FPE PA LH IS", "L", "immediate")

T("""Trading Standards note (shared intelligence).
Complaint from a customer of 'Pristine Hand Car Valet', Colchester, that a worker had been visibly shaking with cold and asked her for money for food. Trading Standards officer visited. Found four workers in trainers standing in water; no waterproofs, no gloves; the only heater was in the manager's office. Workers have no lockers; the manager said they 'don't bring anything, they just come and go'. The manager paid for their lunch from a roll of notes and said he pays them daily. Workers were reluctant to speak and kept looking at the manager. Passed to police MSHT and GLAA. The customer has given a description of the worker and has offered to make a statement if needed. Premises has operated under three different names in 2 years.""",
  "AC", "PA FPE FA", "L")

T("""Benign: Warehouse shift rota query.
An employee of a parcel hub in Daventry attended the station wishing to report his employer for 'modern slavery' because he was put on a four-night, 12-hour rota over Christmas. On discussion: the rota was in his contract, he is paid a night premium, he had been offered the choice of days, and he holds his own documents and bank account. He is unhappy because he wanted Christmas off. He was advised to speak to his union rep. No indicators of exploitation. He left saying he would 'just get on with it' and thanked the officer for explaining the difference between a bad rota and forced labour.""",
  "", "", "")

T("""INT 3/C/P. Manchester: ATM observation.
A man aged 30-40, driving a black BMW X5, has been seen by bank staff at the Barclays on Cheetham Hill Road most Friday evenings using between 8 and 12 different debit cards in the ATM, taking £200-£300 on each. Staff have noted the cards are in different (Eastern European) names. Bank believes the accounts receive wages from a recruitment agency supplying warehouse staff. Possible labour exploitation with control of workers' wages. Bank staff have kept CCTV stills from the last three Fridays and noted the car's partial registration, 'MA6'. The agency named on the credits is Apex Staffing Solutions of Trafford Park. Recommend liaison with the bank's fraud team and GLAA.""",
  "WW", "MBC NCW", "L")

T("""Interview summary — Vietnamese male, 17, encountered at a cannabis grow in Stoke-on-Trent (treated as a child).
He arrived in the UK in the back of a lorry 4 months ago and was taken straight to the house. He had only the clothes he arrived in; the men who brought him took his small bag and phone. He said he was told he owed $30,000 and would work in the house until the debt was paid. The doors were locked from the outside and the windows were covered with foil. He tended the plants day and night and slept on a mattress in the loft. Food was brought once a week. He was told that if police came he should run or say he was 21. He has a rash on his arms from the fertiliser and looks underweight.""",
  "AV ISO DB RM AC EO", "FPE RMS SW PA FA UF IS LH", "C", "high")

T("""Benign: Report of 'slave labour' at a vineyard in Sussex during harvest received from a walker who saw pickers working at 6am. GLAA checked: pickers are a mix of students and seasonal workers hired directly, 8-hour shifts with breaks, paid hourly above minimum wage, free transport from the village, equipment supplied free, accommodation optional. No exploitation.""",
  "", "", "")

T("""Safeguarding note, hostel for homeless men, Nottingham.
Resident 'C', British, 58, with a history of alcohol misuse, returned after a month away. He said a man in a flatbed truck offered him 'a month's work, cash in hand, bed and meals' tarmacking in Yorkshire. He said he worked from 6 till dark every day, lifting hot tarmac with no gloves and blistered his hands, slept in a lorry trailer with three other men, and was given drink each night but only paid £50 at the end, 'and they said that was generous'. He said one of the brothers threatened to 'put him in the ground' when he asked for his pay. Asked if he was locked in, he said no, but there was nowhere to go. He has burn scars on both hands.""",
  "AV DEC EO AC WW IT", "LH PLC PA", "L")

T("""Officer's note from a Border Force referral, Heathrow T4.
A Nigerian woman, 24, was referred by Border Force after arriving with a man who claimed to be her husband. She had a visitor visa. She said she was coming to 'help in his house' with his wife and three children, and that he had paid for her ticket and visa and she would pay him back by working. She did not know how long she would stay or how much she would be paid. She had a small bag with two dresses. The man held her passport and return ticket and answered all questions put to her. When spoken to alone she became tearful and said she was told not to talk to officials.""",
  "RD DB", "DT SFW FA FPE UF", "D")

T("""Benign: Young British farmer, 23, on his family's arable farm in Norfolk, crashed his pickup at 2am during harvest after a long day combining. Breath test negative. He said he'd been working 16-hour days for a fortnight 'like every harvest'. Family-run, own business, no one else involved. Advice about fatigue given; no exploitation.""",
  "", "", "")

T("""Debrief (Albanian interpreter), male, 25, arrested at a car wash in Swindon with cannabis in the van.
He says he was told in Albania he'd work at a car wash and be paid €1,500 a month. On arrival, the boss said he owed £12,000 for the boat and that he must also 'drop bags' in the evenings. He worked at the wash 8-7, then drove deliveries until 2am. The boss kept his passport and a copy of his mother's address in Albania 'in case'. He says he was never hit but 'I knew what would happen'. He was released under investigation for the drugs offence and referred into the NRM by the custody sergeant. He has asked for help to tell his mother he is safe.""",
  "DEC DB EO RD IT", "LH DT UF", "L C")
