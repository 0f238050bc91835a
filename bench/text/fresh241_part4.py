# fresh241 part 4: short logs, negations and hypotheticals, mixed
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Theft of diesel from farm near Chipping Norton overnight. No suspects. Farm staff not involved.")
T("POI seen at Reading Tesco ATM with a bundle of cards again, approx 8, withdrawing cash into a bumbag. Vehicle KY16 HNB.",
  "", "MBC")
T("IP states she has her own ppt and BRP, is paid into her own a/c, and lives with her partner. She denies any threats or control by her employer at the hotel. No MS concerns. NFA.")
T("Informant: Slovak lads at the recycling plant in Didcot have got nothing in their rooms, just a bin bag of clothes each, and pay the foreman £40 p/w for boots and gloves.",
  "WW", "FPE PPE", "L")
T("Checked the address in Maidenhead after the tip-off: 3 adults, all family, no signs of exploitation found, free to come and go. Closed.")
T("Man at the homeless shelter in Milton Keynes says he has 'nothing but the clothes he's wearing'. He left a job at a farm in Bedfordshire where he was given no pay for 3 months and was made to sleep in the barn. The farmer took his phone so he couldn't call anyone. He is 31 and from Romania. He was given the job by a man he met at a bus stop in Luton, who drove him to the farm. He ran away after the farmer's son shouted at him and walked for two days to Milton Keynes. He can describe the farm but does not know its name. Shelter staff have referred him to the Salvation Army and to police.",
  "WW AC ISO", "FPE SW PLC IS", "L")
T("Asked whether her boss holds her documents: 'No, I keep my passport myself.' Asked about pay: she says she has not been paid for the last two months and the manager keeps saying 'next week'. She works at a hotel in Windsor and can leave when she wants.",
  "WW", "", "L")
T("Road rage incident on the A4 in Maidenhead. Both drivers identified. Words of advice.")
T("Young man (20) at Slough Job Centre says his 'cousin' found him work at a factory and collects his wages from the agency; he gets £50 a week. Cousin always comes to appointments and answers for him.",
  "WW", "NCW SFW", "L")
T("Care worker, Witney: 'If my employer ever took my passport I'd go to the union.' Employer has not taken it. Just a general question about rights.")
T("Intel: Illegal workers at hand car wash Thatcham - no PPE, standing in chemical spray all day, told to buy their own wellies from the boss at £20 a pair.",
  "AC", "PPE", "L")
T("Victim states, via Vietnamese interpreter: she worked in the nail bar in Reading from 9am to 9pm, lived with the owner's family, had nothing of her own apart from two outfits, and did not know the name of the town. She was not allowed to go out alone and the owner said the police would put her in jail. She is now 20 and was found during a visit by Reading Borough Council licensing and TVP. She is in a safe house and has been referred into the NRM. She says there were two other girls in the shop, who she thinks were younger. She wants to go home but she is worried about the debt her family still owe to the man who arranged her journey.",
  "RM ISO EO IT", "FPE IS RMS LH FA SW", "L")
T("Drunk male refusing to leave pub in Wallingford. Removed. Cautioned.")
T("Intel (INT 2/B/P): Brothel keeper in Milton Keynes makes women pay £20 each for 'taxi' each time they are moved between flats, and drives them himself. Women never go anywhere alone.",
  "RM WW", "CT ET RMS", "S")
T("Referral from Oxfordshire MASH: Year 8 boy (12) found carrying knife, says older boys gave it to him to hold along with 'packages' and that he is 'working for them' to repay a debt for a stolen bike.",
  "AV DB", "", "C", "high")
T("Student nurse on placement at Stoke Mandeville says she's working 12-hour shifts and is exhausted, but it's her own choice to take the extra bank shifts for money. No concerns.")
T("Caller (neighbour): 'the lady next door told me her husband won't let her out of the house and has locked the phone away, she's from Bangladesh and doesn't speak English, she does all the housework for his parents and brothers'. Address in Reading.",
  "RM ISO AV", "RMS IS", "D")
T("Possible trafficking reported at Slough hotel - on review, a tour group of Chinese students with their teachers, all own passports. No concerns.")
T("Saw a group of about 10 men get off a minibus at 5am in Banbury at the Tesco car park and get into another van. They looked very thin and tired and had no coats in the rain.",
  "", "CE PA", "")
T("Case note: Mr K says he was never threatened and was free to leave the car wash. But he also says the boss keeps his ID card in a drawer 'so he doesn't lose it' and deducts £100 a week for the room above the unit he shares with 6 others. He is 27 and from Romania. He was spoken to at the car wash on the A4 in Slough as part of a week of action, with a Romanian interpreter. He said he is happy with his job and wants to stay. The manager was not present. Mr K was given information about his rights and the Modern Slavery Helpline number. A follow-up visit by the GLAA is planned to look at the deductions and the keeping of ID documents.",
  "RD WW", "DT OA SW", "L")
T("IP (F, 45) states she was forced to have sex with her employer's son on several occasions while working as a live-in cleaner in Gerrards Cross. She was also not paid for the last 4 months and her visa is tied to the employer. She fears if she reports it she will be deported. She is from the Philippines and has worked for the family for 6 years, first in Dubai and then in the UK. She is currently staying with a friend in Slough. She has been supported by Kalayaan and has given a first account. She has not yet decided whether to make a formal complaint but has agreed for the information to be passed to police. An officer from the rape and serious sexual offences unit will contact her.",
  "PSV WW AV", "FA", "D")
T("Vehicle stopped: 16 people in a 9-seat minibus at 05:30, A34 near Abingdon, heading to a meat plant. Driver says workers pay £7 per day each for the lift, deducted from their wages by the agency.",
  "AC WW", "CE CT", "L")
T("Intel: an older man in Oxford's East Oxford area is paying local teenagers to shoplift designer goods for him to sell on. One boy (15) says he is told he owes money when he gets caught.",
  "AV DB", "", "C", "high")
T("Following a concern about a Nepali carer in Reading, officers spoke to her alone. She has days off, her own bank card and phone, and said nobody threatens her. Passport is in her room. No indicators.")
T("Anonymous: 'A man at the car wash in Tilehurst told me they pay £300 to the boss when they start, for the job, and £150 for the jacket and boots'.",
  "", "UF PPE", "L")
T("Intel from Border Force Dover (for info TVP): lorry with 6 Vietnamese in the trailer, destination given as a warehouse in Slough. Two of them said they were going to a nail shop; they had no phones, no bags, no money.",
  "", "FPE", "")
T("Charity (Hope for Justice) referral: 23-year-old Polish man with a drink problem was picked up outside a Reading off licence and taken to work for a family near Newbury doing block paving. He was kept in a shed, given 2 cans of lager a day instead of wages, hit with a spade when he asked to go home. Family said if he told anyone they would 'hunt him down'. He escaped by walking to a petrol station at night and asking for help. He is now in supported accommodation and is being helped by a Hope for Justice advocate. He has given the names of two men in the family and the location of the property. He is willing to speak to police with an interpreter. Hope for Justice also report that a second man may still be with the family.",
  "AV WW AC PSV IT RM", "PLC PA RMS", "L")
T("My wife is a GP. She works 60 hours a week. Is that illegal? - No, advice given.")
T("Concern raised by supermarket staff in Newbury: same woman buys food for about 15 people every week, is driven by a man who waits at the door and takes the receipt. She looks frightened and avoids eye contact.",
  "", "ET FA", "")
T("Officer's note: car wash Wycombe - worker showed me he had no bed, just a sofa cushion in the storeroom; his only possessions were a toothbrush and a phone charger. Boss said he lets him 'stay for free'. Worker said he does not have a day off. Worker gave his name as Ardit, 22, from Albania. He was reluctant to say more while the boss was nearby. The boss, a male in his 40s, gave his name as Kastriot and said the car wash is run by his brother. I gave the worker the Modern Slavery Helpline number on a small card, which he put in his shoe. Intel submitted and referral to the MSHT team for a follow-up visit with an interpreter.",
  "AC EO", "SW FPE PLC LH", "L")
T("Hypothetical question from an employer in Reading: could he hold staff passports to stop them leaving? Advised it would be an offence. No workers involved at this time.")
T("INT 3/B/P: Girl (16) from Slough advertised on an escort site; photos taken in a hotel room on Bath Road. Number on advert belongs to a 30-year-old male known for supply. Believed he takes the money.",
  "AV WW", "NCW", "S", "high")
T("The lady from the nail shop in Bicester told me she is 'paying off' her travel, she owes £20,000 still. She works every day and cries when she talks about it. She said I must not tell anyone or they will find out.",
  "DB EO", "UF LH FA", "L")
T("Attended an address in Caversham following a report of 'people locked in'. Door was locked because the family were on holiday; house empty. Caller mistaken. No concerns.")
T("Intel: mushroom farm near Newbury employs 30 Romanians housed in 3 mobile homes on site. Source says staff are paid piece rate and regularly work 15 hour days with deductions for accommodation. Not yet verified.",
  "EO WW", "OA LH SW", "L")
T("Referral: female student from China (20) at Reading university approached by a 'recruiter' for 'hostess' work in London. She declined and reported. No exploitation occurred.")
T("Debrief, Hungarian man: 'Every night the boss locks the gate. In the day he is always with us. We don't go to the shop alone. He keeps all bank cards in his car, he take our money, we get £20.'",
  "RM WW", "RMS NCW ET", "L")
T("Police were called to an argument at a farm in rural Oxfordshire between two seasonal workers over a bike. Both have visas and own passports. Farm paying properly. No exploitation.")
T("Reading Salvation Army caseworker: client was working at a hand car wash; his boss kept his passport and took his wages, he was told he owes £4,000. He escaped when he was taken to hospital after a fall. He is frightened of being found. The client is 33 and from Albania. He was admitted to the Royal Berkshire Hospital after falling from a ladder while cleaning a van. A nurse spotted that he was frightened when the boss visited, and called the Salvation Army. He has been referred into the NRM and is in safe house accommodation. He is willing to talk to police with an Albanian interpreter.",
  "RD WW DB", "DT NCW UF FA", "L")
T("Caller reports a man in Slough has a 'harem' of women living with him. Visit: 4 female lodgers, each with own tenancy and jobs, landlord is elderly. Nothing untoward.")
T("Support worker at a hostel in Oxford: 'client says a man he met at the hostel door offered him work and a room. Client declined. Nothing happened.' Shared for intelligence.")
T("Domestic servitude concern, Milton Keynes: 11-year-old girl from Ghana living with a family who are not her parents, does chores before school, falls asleep in class, has lost weight. She has said that she is not allowed to eat with the family.",
  "AV AC", "PA", "D", "high")
T("Welfare check, Oxford: man in his 30s sleeping in his car in a retail park; works at a nearby warehouse, says he is between flats. He has his own phone and bank card, no exploitation.")
T("Intel: Manager at a Slough hotel sources kitchen porters from a man who drives them in at 6am and collects at 11pm. Porters paid in cash by the man. Porters never speak; the man does the talking with staff.",
  "EO", "CE SFW LH", "L")
T("Neighbour says the family over the road has a 'maid' who is out in the garden hanging washing at 11pm and starts at 6am. She never goes out. Neighbour has heard shouting.",
  "EO ISO", "LH IS", "D")
T("INT 2/A/P: Subject Jamal OKONKWO-BELL organises a line in Wycombe; supplies cocaine to a 14-year-old and says the boy owes him for it, then makes the boy run drugs to Marlow.",
  "AV PSV DB", "", "C", "high")
T("Anon: 'theres a Romanian man who takes about 20 bank cards off the men at the house on Chalvey Road every Friday and goes to the cashpoint'",
  "WW", "MBC NCW", "L")
T("CCTV shows a girl approx 14 getting into a taxi with two men at 1am on Cowley Road, reported missing from home. Taxi traced, girl found safe at friend's house; men were her older cousins taking her home. No concerns.")
T("I am Nigerian woman. I come here for marriage. My husband mother take my passport and she say I must do all cooking and cleaning for whole family. I cannot go out. I cannot call my family. They say I will be deported if I tell anyone. My husband work in London and he come home only at weekend. He know what his mother do and he say nothing. I am here in England for 2 years. Now I am writing this in the library because my neighbour help me. I am frightened to go back to the house but I have nowhere else to go. Please I need somebody who speak to me.",
  "RD RM ISO IT", "DT RMS IS FA", "D")
T("Report from Oxford city council licensing: taxi driver seen picking up young girls from the children's home in Littlemore at night. Intelligence only at this time.",
  "AV", "", "S", "high")
T("Informant: 'the car wash on the A329 in Wokingham - the boss threatens to call the immigration on anyone who asks for money, and keeps them working until 10pm'",
  "IT WW EO", "LH FA", "L")
T("Caller worried that a lady in the flat downstairs in Abingdon never goes out and has no visitors. Visit: lady is 84, has carers 3x day, is content. No concerns.")
T("Intel: 'Dani' recruits Polish men with alcohol problems in Reading, promising jobs and a place to stay, then takes their bank cards and claims Universal Credit in their names while they work for nothing on building sites.",
  "AV DEC WW", "NCW", "L C")
T("Sexual assault reported by a woman who works as an escort independently in Reading. Suspect was a client. She is not controlled by anyone and keeps her own earnings. Investigation as sexual assault.")
T("MASH Note: Boy 17 (Slough) found in Kent with drugs, phone, and £800 cash. Boy says he owed a dealer £1,000 after being robbed. Dealer made him travel to Kent. Boy was very frightened to speak.",
  "AV DB", "FA", "C", "high")
T("Report that a woman in Henley works as a housekeeper for a wealthy family, lives in their annexe, and 'never seems to leave'. Visit: she has days off, goes to church every Sunday, has her own car and passport. No concerns. Closed.")
T("Intel: Wokingham. Man says he works for a landscaping company for £40 a day, 11 hours, and pays £15 a day to the boss for lunch and transport. His boss keeps his driving licence.",
  "WW EO RD", "LH CT DT", "L")
T("Call handler log: caller says she's just seen a man drag a young woman into a car on Oxford Road Reading, the woman was screaming 'I don't want to go back there'. Reg starts RV. Units dispatched.",
  "PSV", "", "", "immediate")
T("Intel: Chinese national working in takeaway in Didcot, paid £200 per week for 72 hours. Lives above shop. Employer says he 'helps his cousin'. Unconfirmed.",
  "WW EO", "LH SW", "L")
T("Nail bar owner in Bletchley complains about a rival shop. No evidence of anything. NFA.")
T("The man said I will earn £600 a week in the factory. Here I earn £200, I pay him £100 for house, we are 8 in house. He say I owe him also £300 for the flight.",
  "DEC WW DB", "OA UF", "L")
T("Local authority note: the supported living provider in Aylesbury has been found to take residents' benefits and make residents do cleaning and gardening at the manager's own house. Residents have learning disabilities.",
  "AV WW", "NCW", "L")
T("Report of man in distress at Oxford railway station, says he came from Birmingham with a man who 'owns' him, escaped while he was in the toilet. Man was disorientated and thin.",
  "RM", "PA RMS")
T("Slough: shop owner asks if he can employ his nephew (16) on Saturdays. Advice given. No concerns.")
T("Salvation Army: Referral of a man from Lithuania. He was told he would be working in a warehouse for £10 an hour but was made to work in a cannabis farm in Luton. He was locked in and told he would be killed if he left. He was beaten when he tried to escape. He is 29. He was moved to the farm in the back of a van and does not know how long the journey was. He escaped when the door was left unlocked one night and walked to a main road, where a lorry driver called the police. He is in Salvation Army accommodation in Berkshire and has been referred into the NRM. Bedfordshire Police informed as the farm is in their area.",
  "DEC RM IT PSV", "RMS", "C")
T("Parent from Bracknell says her son (19) works as a delivery driver and 'never stops' - 14 hours a day - because he wants to buy a house. No other concern.")
T("Intel: Girls as young as 15 are being brought from Birmingham to Slough hotels for sex parties. Given alcohol and drugs to make them 'relax'. Older males pay the organiser.",
  "AV PSV", "", "S", "high")
T("Hotel reception in Milton Keynes rang re a woman who has had 12 different men visiting her room in 24 hrs and a man who pays for the room and 'checks in on her'. She looks exhausted and bruised.",
  "", "PA", "S")
T("Council housing officer, Slough: A tenant says his landlord also employs him. Tenant gets paid properly, has his own account and has a contract. No concerns.")
T("Intel (INT 3/C/P): 'Luba' who runs a cleaning company in Oxford is believed to pay staff from Ukraine below minimum wage and charges them for cleaning chemicals and uniforms. Some staff were not paid at all for their first month.",
  "WW", "PPE", "L")
T("Neighbour, Didcot: 'every morning at 4:30 a van comes and about 8 men walk out of number 14 and get in, they come home about 10 at night. Never see anyone at the weekend. About 12 men live there.'",
  "EO", "CE LH OA", "L")
