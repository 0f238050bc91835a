# fresh246 part 2: roads policing, minibuses, vans, lorries, services
def add(T):
    T("Roads policing stop 05:10 A17 nr Sleaford. White Transit minibus FY16 KLO, 14 passengers in a 9-seater. Driver (Lithuanian, 40s) answered every question for the passengers, none of whom spoke English. Passengers going to a veg packhouse in Holbeach. Each said they pay £10 a day for the lift, deducted from wages. GLAA informed.",
      "AC WW", "CE SFW CT OA", "L", None)
    T("Van stopped for no insurance on the M62. 7 men in the back of a Luton box van with no seats, sitting on paint tins. Driver says they're his 'lads'. Men were from Romania, all said they're paid £40 a day cash, working 7 days, living in a house in Bradford the driver owns. Two had no ID at all; driver said he 'looks after their passports'.",
      "AC RD EO WW", "ET DT LH OA SFW", "L", None)
    T("ANPR hit on VN67 TRA, Sprinter van believed linked to labour exploitation at car washes in the West Mids. Stopped on the A38 at 06:15 with 9 males on board. Driver spoke for all of them. Passengers had no phones. Men stated they were going to work. All details obtained, intelligence passed to GLAA.",
      "ISO", "SFW CE IS", "L", None)
    T("Stop on the A1(M) southbound: Ford Galaxy with 8 occupants, 3 in the boot area. Occupants were a family of Polish nationals travelling back from a wedding in Newcastle. Overloading advice given, 3 passengers to follow by train. No exploitation concerns.", "", "", "", None)
    T("HGV driver at Cobham Services reports hearing banging from the back of his trailer which had come from Calais. Police attended, 6 adult males and 1 boy found inside, dehydrated. They said they paid an agent in Dunkirk €3,000 each and were told a job would be waiting in London.",
      "AV AC DEC", "UF PA", "", "immediate")
    T("Lorry driver chatting in the café at Keele services said he'd been on the road 19 hours, his company makes him do it and fiddles the tacho. Says he's Bulgarian, paid per trip, and if he complains they'll 'send him home'. Sleeps in the cab every night, hasn't been home for 3 months.",
      "EO IT AC", "LH SW", "L", None)
    T("HGV stopped by DVSA and police at Ashford: driver UK resident, tachograph infringement - exceeded daily driving limit by 2 hours. Driver says he chose to push on to get home for his daughter's birthday. Fixed penalty issued. Driver employed by a reputable haulier, no concerns.", "", "", "", None)
    T("Local resident: every morning at 4.30am a minibus comes to the house at 22 Chatsworth Rd and about 12 foreign people get in, and it brings them back at 10 at night. They never have any shopping and there's mattresses in the front room.",
      "EO", "CE OA LH", "L", None)
    T("Minibus stopped on the A47 with defective tyres, 11 workers aged 19-50, all from Bulgaria, going to a flower farm near Spalding. The gangmaster (GLAA licence holder, in date) was driving. All workers had their own ID, own bank accounts, payslips on their phones, minimum wage, 8-hour shift. Workers confirmed they're happy. Defect notice issued, no exploitation concerns.", "", "", "", None)
    T("INT 2/B/P: Van registered to BOGDAN Constantin (DOB 14/05/1978) is used to ferry Romanian workers from a house in Peterborough to a recycling plant. Workers are reported to be charged £80 a week for the van and £70 a week for a bed in a shared room. Each worker has opened a bank account which BOGDAN controls; he withdraws their money on the 1st of each month using their cards.",
      "WW", "CT NCW MBC OA", "L", None)
    T("Motorway patrol found a man walking along the hard shoulder of the M6 near J10 at 02:00. Spoke very little English. Using translator app he said he had run from a farm where he had worked 'every day, all day', not paid for 5 months, the boss had his passport. He had no shoes.",
      "EO WW RD", "LH DT PA", "L", "immediate")
    T("Roads Policing stop: VW Caddy, sign-written for a plumbing firm, 3 men in the front, all employees. Driver produced licence and insurance. Vehicle was overloaded with pipes. Advice given. Standard work van, no issues.", "", "", "", None)
    T("Stop of a Peugeot Boxer at 05:30 outside a Tesco distribution centre. 9 men in the back in the dark, no windows. Driver 'Marius' refused to let them get out to talk to us, said they don't speak English. When we spoke through Language Line, one man said they have to pay the driver £15 every day for the ride and £5 for the hi-vis and boots they were given. They start at 6 and finish at 8.",
      "AC WW EO", "SFW CT PPE LH CE", "L", None)
    T("Call handler log: caller is a lorry driver, says at Thurrock services a Transit van pulled in and a woman in the back banged on the window and mouthed 'help me'. Van driven off east on M25. Registration partial: WR?? ?KX. Silver/grey.",
      "", "", "", "immediate")
    T("Caller at Toddington services says a man is going round the lorries with a young woman, she's been going in and out of cabs for an hour, man is taking money from the drivers each time. She looks really young and out of it.",
      "AV WW", "", "S", "immediate")
    T("Intel log: Two vans (YB18 UTF, YF66 JKM) observed daily leaving a HMO on Beverley Road Hull at 05:00 with 10-12 workers each. Workers are dropped at a fish processing unit and picked up at 19:30. Source states workers sleep 6 to a room and are paid £200 for a 70 hour week. Employer keeps the difference 'for housing'.",
      "WW EO AC", "CE OA LH", "L", None)
    T("Traffic officer notes stop of a car for using a mobile, driver a carer from an agency visiting 4 clients in a morning. Explained she does 12-hour days but gets paid overtime and chooses to. No offence other than mobile, FPN issued.", "", "", "", None)
    T("Statement of driver of minibus (translated from Polish): I am paid by the boss to drive the workers. They give me £12 each day for the transport. Boss told me this. I do not know if they agree. Some of them tell me they have not been paid since they started. The boss keeps their papers in his office in the farm.",
      "WW RD", "CT DT", "L", None)
    T("Border Force at Dover found 3 Vietnamese teenagers in the back of a refrigerated lorry. They had been in there for 18 hours. One said a man in France told them they would work in a nail bar and earn good money, and their family had paid a deposit. They had no passports; the agent kept them.",
      "AV DEC RD AC", "UF DT", "L", "immediate")
    T("ANPR and stop on the A14 near Cambridge. Car with 5 males. Driver said they're all going to a building site in Stevenage. Passengers all gave the same address. None of them knew the name of the site or the employer. Driver does all the talking and says they pay him £100 a week for lodging and transport. Two passengers looked tired and had dirty work clothes, one said 'we work every day'.",
      "EO", "SFW CT OA PA LH", "L", None)
    T("Van stopped on the A1 with 7 passengers returning from work at a turkey farm. All workers had their own documents and phones, said they were paid properly and had a day off tomorrow. No concerns identified.", "", "", "", None)
    T("INT 3/C/P. POI Daniel STAN is thought to drive workers between Leicester and a factory in Corby. Workers are charged for the lift, for work clothes and for 'admin'. One worker's wages in his last week were £18 after deductions.",
      "WW", "CT PPE", "L", None)
    T("GLAA referral: Minibus stopped on the A16 at 04:50 carrying workers to a salad farm. Workers reported they'd been recruited in Bucharest by an agent who charged them €400 for the job and the trip. They are told the debt will come out of wages but it never seems to go down. They live in caravans on site with no heating; 8 people share one toilet. They work 14 hours a day picking.",
      "DEC DB AC EO", "UF CE OA PLC LH", "L", None)
    T("Roads Policing Unit. Transit stopped on the M5, 3 males in front cab, 6 in the rear cargo area on the floor. Driver: Costel POPA. One of the rear passengers was bleeding from the lip and said 'the boss hit me because I was slow'. Others would not speak.",
      "PSV AC", "PA FA", "L", None)
    T("stop on the a64 this morning, 8 lads in a van all with the same boots and a plasterers firm on the side. All UK nationals, all on the cards, boss ringing up to see why they were late. normal work van, just told driver to sort out the rear seatbelts", "", "", "", None)
    T("Services staff at Leigh Delamere say a group of men have been sleeping in a parked van in the lorry park for a week. They go off early in the morning in a minibus and come back late. One of them came in asking for food and said he hadn't eaten for two days and the boss 'has all our money'.",
      "AC WW", "SW CE PA NCW", "L", None)
    T("Coach from Bucharest arriving at Victoria Coach Station. Border Force and BTP joint op. Female, 19, said she was coming to work in a hotel arranged by a man she met online. She had his number and an address in Ilford. He paid for her ticket. She said he would hold onto her ID card when she arrives 'to register her'. Safeguarding advice given, details passed to Redbridge.",
      "", "", "", None)
    T("Intel: vehicle YX14 ZRT (Vauxhall Movano) regularly seen at a car wash on Stockport Road. Source says the same van collects workers at 6am from a flat above a takeaway and drops them at 10pm. Workers are not allowed out on their own, the van driver is always with them.",
      "RM EO", "CE ET RMS LH", "L", None)
    T("Officers stopped a car for speeding on the A6. Driver stated he was a Deliveroo rider on his way to start his shift. He was driving his own car and working for himself. NIP issued.", "", "", "", None)
    T("Transport police: group of 6 young Eritrean men got off the coach from Calais at Victoria and were met by a man who took their phones 'to put UK sim cards in them' and never gave them back. One of the men later approached staff at the station to ask for help.",
      "ISO", "IS", "", None)
    T("PNC check on driver of minibus AK15 WOL revealed disqualification. Driver arrested. 12 passengers, Polish and Slovak, going to a chicken factory. Passengers told officers they each pay the driver £60 a week for the minibus, rent is taken out of their wages by the agency, and they only see a 'small amount' of money. One woman said she has been working 16 hours a day since Christmas with no days off.",
      "WW EO", "CT LH CE", "L", None)
    T("DVSA enforcement: HGV driver from Moldova, employed by a Polish haulage firm, found to be sleeping in cab for 4 months. Says his employer holds his passport 'in case of fine', pays him €800/month (half of what was promised in his contract), and he has had no weekend off since leaving home.",
      "RD WW DEC EO AC", "DT SW LH", "L", None)
    T("Patrol stopped a people carrier with 7 young women on the M1 at 01:30. Male driver said he was taking them to a party. Women had little luggage, all wearing very little clothing, none would talk and all looked at the driver before answering. Two said they were from Brazil and had only been in the UK a week. Driver had several phones and a card machine in the car.",
      "", "SFW FA FPE", "S", "high")
    T("INT 2/B/P - drivers at a distribution centre in Daventry are being recruited through a Facebook group and promised £15/hr. Once they arrive they find they are 'self-employed', charged for the van hire at £250 a week and have to pay for fuel, so some earn almost nothing. Some are living in the vans.",
      "DEC WW AC", "CT SW", "L", None)
    T("stopped a van on the A303 this am, 5 blokes in the back, the 2 lads in the front had a load of bank cards in the glovebox all in different names. They said the cards were 'for the workers, so we can pay them'. workers in the back said they get cash from the boss and dont know there pin",
      "WW", "MBC NCW", "L", None)
    T("Roads policing - 03:00 stop on the A52, Audi A3. Driver and passenger both aged 17. Smell of cannabis, search found £900 and 2 phones. Passenger said 'it's not mine, I was just told to sit in the car and do what he says'. Both from Nottingham, driver known to a county line in Boston.",
      "AV", "", "C", "high")
    T("GLAA joint op at a car wash on the A5: 6 workers, all Albanian, living in a portacabin behind the wash. They work 8am to 8pm, 7 days, for £30 a day cash. One had a passport, the others said the boss had theirs. The boss drives them to a cash machine once a month.",
      "EO WW RD AC", "SW LH DT PLC", "L", None)
    T("Coach driver on a National Express service from Leeds reports a man who bought tickets for 4 young women and then sat across the aisle watching them the whole way, wouldn't let one go to the toilet on her own. He took their phones and passports back off them after the ticket check.",
      "RM RD ISO", "ET RMS DT IS", "S", "high")
    T("Van stopped for insecure load on the M25. Landscaper with his 2 sons and a nephew, going to a job in Epsom. All family. Load secured, advice given.", "", "", "", None)
    T("Statement (Romanian worker, through interpreter): I was told I would work in a warehouse for £9.50 an hour. When I arrived the man met me at Luton airport, took my identity card and took me to a house where 15 people lived. Every day the minibus came at 5am. I worked 12 hours. At the end of the month he gave me £150 and said the rest was for rent, transport and my flight. If I asked questions he said he would call the police and tell them I was illegal.",
      "DEC RD WW EO DB IT", "DT OA CE CT LH FA", "L", None)
    T("Road traffic collision on the A16: minibus overturned, 14 agricultural workers injured. Vehicle had no seats bolted in the back, workers were sitting on crates. Driver left the scene on foot. Workers had no idea of the driver's surname or the company they worked for.",
      "AC", "CE", "L", None)
    T("Officers stopped an Astra on the M4 with a female driver and a 16 yo boy. Driver said he was her nephew. Boy's phone showed a location in Swansea and messages 'go to the cashpoint and get the P off the new cards'. 6 bank cards in different names found in the boy's sock.",
      "AV", "MBC", "C", "high")
    T("ANPR marker on a Sprinter linked to Op Retriever (cleaning company exploiting workers in hotels). Stopped at 05:00 on the A40. 8 Romanian women on board. Driver controls the work phone. Women each have a card for an account that the driver 'looks after', they do not know their PINs. All living at one address in Hayes.",
      "WW", "CE NCW OA MBC", "L", None)
    T("Motorist reports a van broken down on the hard shoulder of the A1 at Wetherby with about 10 people standing on the verge in the rain, all in high vis with a company logo, someone in a car arrived and shouted at them and hit one of them round the head.",
      "PSV", "", "L", None)
    T("Lorry driver waiting to board at Holyhead reports two young men hiding under the trailer chassis. They said they were promised jobs in a restaurant in Dublin by a man who paid for their journey from Albania. Both had no passports, said the 'agent' kept them.",
      "DEC RD AV", "DT UF", "L", None)
    T("INT 3/B/P. Minibus driver at a Lincolnshire packhouse pockets a 'transport fee' of £8 per day from each worker, plus £50 'to get the job'. Workers who complain are not picked up the next day.",
      "WW IT", "CT UF", "L", None)
    T("Long-distance coach stopped at Sheffield Meadowhall for a routine document check by the Home Office enforcement team. 40 passengers checked. All in order. One passenger had expired ID, given advice. Nothing further.", "", "", "", None)
    T("Roads policing: Transit stopped at 06:00 near Boston. 8 males in rear, no seats, no windows. Driver Mircea LUCA. Interviewed separately - men said 'we are fine, we are paid, everything good' in identical words, then looked at LUCA. One later whispered 'he take our money'. Referral to GLAA.",
      "WW", "FA CE SFW", "L", None)
