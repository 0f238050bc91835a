# fresh198 part 2: farms (Seasonal Worker scheme), food processing, packhouses
def add(T):
    T("GLAA referral. Seasonal workers (Kyrgyz, Uzbek, Indonesian) at a soft fruit farm near Hereford. Workers say they paid agents in Bishkek $3,000-$5,000 for placements. On arrival they were given only 2-3 days' work a week, so most have not earned enough to repay the loans. Caravans have 6 per unit, no heating, one toilet for 40. The operator charges £65 p/w for the bed.",
      "DEC DB AC AV", "UF OA PLC", "L")
    T("seasonal worker says farm manager shouted he will send them all home on the next plane if they complain about being paid by the punnet", "IT", "FA", "L")
    T("Farm in Kent using the Seasonal Worker scheme, visited by GLAA with the scheme operator. Workers hold own passports, caravans have 4 occupants and working heaters, pay meets NLW, hours recorded on app. Several workers are returning for their third season. No concerns.", "", "", "")
    T("INT 2/B/P. Source states that approx 25 Romanian nationals work at a chicken processing plant in Norfolk via SMITH Labour Ltd. They are collected at 04:30 from caravans in a lay-by near Attleborough and returned around 20:00. Each pays £12 a day for the minibus and £30 p/w for the caravan pitch. Wages go to cards held by a gangmaster known as 'VASILE'.",
      "WW", "CE CT LH NCW OA", "L")
    T("Worker account (Nepali, translated): 'In Kathmandu the agent said £11 an hour and 40 hours. In Scotland it was piece rate, we pick broccoli in the rain 12 hours, and the supervisor said if we go slow we are sent home and we still have to pay the agent. I borrowed 8 lakh from my village. I cannot go home.'",
      "DEC DB IT EO AV", "UF LH", "L")
    T("Packhouse in Lincolnshire. Agency workers complain they are charged £25 for hi-vis and boots and £8 a week for 'locker hire'.", "WW", "PPE", "L")
    T("Apple picker at a Herefordshire orchard reported to her scheme operator that she was groped several times by the supervisor in the packing shed and told that if she reported it she would get no more hours.",
      "PSV IT", "", "L")
    T("Had a call from a woman who works at a mushroom farm in Chichester, says their team leader keeps everyone's passports in a drawer in the office and they have to sign to 'borrow' it, and they have to ask permission to go into town on Sundays",
      "RD RM", "DT RMS", "L")
    T("Food factory in Wisbech. Workers on a production line given 20 min break in 12 hr shifts, told no toilet breaks except at break time, a worker fainted on the line on 03/09 and was sent home unpaid. Agency worker told us their rota has 13 days on 1 off.",
      "AC EO WW", "LH", "L")
    T("Neighbour complaint: caravans at a farm near Evesham 'full of foreigners', noise at night. Attended with the farm manager. Seasonal workers on the scheme, 4 per caravan, birthday party. Advised on noise. No concern.", "", "", "")
    T("Seasonal workers from Indonesia were reportedly charged around £5,000 each by unlicensed brokers in Bali. Several were dismissed within 6 weeks for 'low productivity' and are now in debt at home, which the brokers are pressing their families to pay.", "DEC DB AV", "UF", "L")
    T("Man came into the Citizens Advice in Boston: works at a veg packing plant, says his gangmaster holds his bank card and PIN and gives him £100 each Friday. He works 6 nights. Scared of the gangmaster who 'knows his mother' in Lithuania.", "WW IT EO", "NCW LH FA", "L")
    T("INT 3/B/P. Farm near Pershore. Seasonal worker scheme. Source states workers are told they can't leave the farm after 9pm and security guards patrol the caravan park. Workers who go into town without permission are docked a day's pay.", "RM WW", "RMS", "L")
    T("Workers told GLAA officers that they were free to leave, held their passports and were paid correctly. Some disliked the piece rates. No indicators found.", "", "", "")
    T("Pickers at a Scottish berry farm were housed in 'pods' with no running water, the nearest shower 400m away. After a local newspaper story the operator moved them to proper caravans. No other concerns identified; the workers were being paid and kept their documents.", "AC", "PLC", "L")
    T("Sanitised intelligence: MAKAROV, Dmitri (POI) runs an unlicensed labour supply for food processing sites in the East Midlands. Workers from Ukraine and Moldova recruited through Telegram ads promising £500 a week; on arrival they are told they owe £1,200 for transport and £400 for 'registration'. Those who question him are beaten. One worker hospitalised in Jul with facial fractures.",
      "DEC DB PSV AV", "UF PA", "L")
    T("2 lads from the salad farm came in the shop, both had cut hands bleeding wrapped in carrier bags, said no first aid at work and they got no gloves", "AC", "PA", "L")
    T("Complaint to the scheme operator: Tajik worker states the farm supervisor confiscated his phone after he posted a video of the accommodation on TikTok and he has not been given it back for 3 weeks. He cannot speak to his wife.", "ISO", "IS", "L")
    T("My dad is a farmer in Cambridgeshire and uses the seasonal worker scheme. Someone on Facebook said all farms that use it are modern slavery. Our workers have their own passports, get paid weekly into their own accounts, can go where they like. Not every farm is bad.", "", "", "")
    T("Scheme worker (m, 23, Kazakhstan) presented at a police station in Perth saying he had walked out of the farm because he was owed 5 weeks' pay and the supervisor told him he'd be 'reported as an absconder' if he left. He had his passport. Says he wants to go home.",
      "WW IT", "FA", "L")
    T("Case note: Client K explained that at the meat plant, new workers had to 'buy' their job from the line supervisor for £300 and then pay him £20 cash each week to keep their shifts. Those who stopped paying were moved to the freezer section without proper clothing.",
      "WW AC", "UF", "L")
    T("INT 2/A/P. A group of 12 Vietnamese nationals housed at a unit behind a fish processing factory in Grimsby, sleeping on cardboard between the packing tables. Workers are not allowed to leave the site; food brought in by the manager. None have passports, held by 'the boss'.",
      "RM AC RD", "SW PLC RMS DT", "L")
    T("Daffodil pickers in Cornwall working 10-hr days in the cold in Feb. Hard but paid, the farm provides waterproofs free, housing inspected by the council. Seen on a routine GLAA visit — compliant.", "", "", "")
    T("'They take our passports when we come to the farm, they say for the insurance, but when I ask for it to go to London embassy they say no. Every week they take £60 for the caravan and £15 for the bus to the field. I owe the agent still £2,000.' — statement of a seasonal worker, Norfolk.",
      "RD WW DB", "DT CT UF", "L")
    T("Pickers are being pushed to pick faster with 'red cards' — three red cards and you're sent home and blacklisted. Workers say they skip lunch to avoid a red card.", "IT AC", "", "L")
    T("Anon: poultry plant night shift in Ballymena, the agency is Polish run, the Polish girls have to 'keep the supervisor happy' to get shifts, he takes them to his car after shift",
      "PSV AV", "", "L S")
    T("A food processing worker told her union rep that her employer 'deducts' £3 an hour from everyone's wage for 'accommodation' even for workers who don't live in company housing. Workers who refused were told they would lose their hours.", "WW IT", "", "L")
    T("Farm worker (f, 31) from the Philippines had come on the seasonal scheme, overstayed and now works cash in hand at a Lincolnshire farm. Her employer knows her status and pays her £3 an hour, telling her that 'nobody else will employ an illegal'. She lives in a caravan on the farm with 9 others.",
      "AV WW", "OA FA", "L")
    T("Hello, I work at a factory making sandwiches in Northampton via agency. I'm from Romania. We're paid fair but the agency charges £50 for the medical check and £20 for the safety shoes at start. Is this allowed?", "WW", "PPE UF", "L")
    T("Police attended a disturbance at farm caravans in Tiptree. Two workers fighting after a drinking session. One arrested for assault. No exploitation concerns; both on the seasonal scheme, both have documents, good relations with employer.", "", "", "")
    T("Seasonal worker scheme operator reports that a farm in Angus has been making workers start at 4am and finish at 8pm, 7 days a week, during the peak. Hours are recorded and paid but workers say they were told refusing a shift means being sent home.", "EO IT", "LH", "L")
    T("Worker states 'the farm boss made us sleep in a shipping container with no window, twelve of us, and charged £70 a week each'.", "AC WW", "PLC OA", "L")
    T("Referral from Salvation Army. PV (m, 44, Lithuania). Recruited in Kaunas by a man offering factory work in Peterborough. Transported by van. Housed in a garage with 8 other men. Worked on a potato line and later on farms, 7 days a week. Never paid, told his wages paid off his 'debt' for travel and rent. Beaten by the controller's son when he asked for money. Bank account opened in his name, card kept by controller. Gave up after 14 months and walked to a police station.",
      "DEC EO WW DB PSV AV AC", "OA PLC LH NCW PA", "L")
    T("Anonymous caller says workers at the chicken factory in Telford are 'treated like animals' — shouted at, no breaks — but wouldn't give any more detail or names.", "AC", "", "L")
    T("Seasonal worker says the farm's HR lady gave everyone a phone number for the helpline and the GLAA on the first day and that they can change farm through the operator if unhappy. Happy with job.", "", "", "")
    T("Two workers at a Lincolnshire vegetable farm told the visiting imam that their supervisor holds their passports 'so we don't run' and that they are taken to the shop once a week in his car, never alone.", "RD RM", "DT RMS ET", "L")
    T("Complaint re: abattoir in Yorkshire where workers from Brazil and Portugal say the agency took 2 weeks' wages as a 'deposit' and will only return it when they leave with 2 months' notice. Several have been told the deposit is forfeited because they 'left without notice'.",
      "WW", "", "L")
    T("INT 3/B/P. Fruit farm, Fife. A supervisor, known as 'BORIS', is reported to demand cash from workers for better rows and to have slapped a female worker who refused. Workers are said to be afraid to report as he 'has friends at the operator'.",
      "PSV WW", "FA", "L")
    T("seasonal workers at a strawberry farm being told they have to pay £500 to the agent for next year's place before they leave or they won't be invited back", "WW", "UF", "L")
    T("Worker (Ukrainian, under the Homes for Ukraine scheme) at a meat plant in Cumbria complains of cold and long shifts. She is paid properly, has a contract and her own flat. Wants advice on changing job. No exploitation.", "", "", "")
    T("Food factory manager in Leicester allegedly tells the Bengali women who pack samosas that if they join the union 'immigration will come for your husbands'. Workers are paid below minimum wage, £6 an hour cash.", "IT WW AV", "FA", "L")
    T("A seasonal worker from Nepal took his own life in a caravan at a farm in Kent. Friends say he had borrowed heavily to pay agents in Kathmandu and had only 7 weeks' work before being sent home. Coroner and GLAA informed.", "DB DEC AV", "UF", "L")
    T("Flower farm, Spalding. Workers are paid by the bunch and say they frequently earn less than £5 per hour. No hours recorded. Workers cannot read the payslips which are in English only.", "WW", "", "L")
    T("Visited a tomato glasshouse near Thanet following anonymous tip. All 60 workers employed directly, contracts in their own languages, a worker welfare officer on site, health and safety fine. Tip appears malicious from a former employee sacked for gross misconduct.", "", "", "")
    T("A Moldovan woman working in a fish filleting plant in Peterhead said she had been working without pay for 2 months because her 'brother-in-law' who got her the job collected her pay directly from the agency. She does not have a bank account. She lives in his house and has never been to the town centre.",
      "WW ISO AV", "NCW IS", "L")
    T("Pickers who are injured at work on a farm near Worcester are told to 'go home and rest' and not paid for the days. A Bulgarian man broke his wrist falling from a trailer; the farm refused to record it and told him not to see a doctor or he'd lose his place.",
      "AC WW IT", "PA", "L")
    T("GLAA licence inspection: labour provider ABC Staffing Ltd (Spalding). Accommodation at 6 houses checked, 4 persons per house maximum, transport charges not deducted, workers sign for PPE which is free. Licence approved. No issues.", "", "", "")
    T("Seasonal worker WhatsApp to NGO: 'we are 8 in one caravan, no hot water 3 weeks, farm says next week, today we work 14 hours because big order'.", "AC EO", "OA PLC LH", "L")
    T("Female worker, meat plant, Dungannon. Her ex-partner works as a supervisor at the same plant and is alleged to take her payslips and wages, and to prevent her speaking to anyone on breaks. She moved in with a friend and now holds her own bank card. Referred to DA services rather than MS.", "", "", "")
    T("INT 2/B/P. A gangmaster 'CRISTI' supplies workers to several vegetable packhouses in Lincolnshire. Workers sign up in Romania via Facebook, told they will get £1,800 a month. On arrival they are given £50 a week and told the rest covers 'rent, transport and documents'. Several told that if they leave their families in Romania 'will know what happened to them'.",
      "DEC WW IT AV", "UF CT", "L")
    T("Farm worker said he wasn't allowed to leave the farm without the foreman, and the foreman took everyone's ID 'to keep safe'. He said there are no shops, no buses and he doesn't know the name of the nearest town.",
      "RM RD ISO", "RMS DT IS", "L")
    T("Report of children (approx 14-15 yrs) working on a flower farm in Cornwall during school holidays picking daffodils for £4 an hour, collected with adults in a minibus at 5am. Not known if family members.", "AV WW", "CE", "L", "high")
    T("Ex-employee alleges that the bakery she worked at in Walsall made her work unpaid 'trial shifts' for 2 weeks. She did not get the job. Referred to HMRC NMW. Not MS.", "", "", "")
    T("Worker at a cheese factory said the firm offered free English classes and paid for his driving test. He has a permanent contract and a mortgage. He only asked about overtime rates.", "", "", "")
    T("Pt (m, 38, Polish) presented to GP with untreated chemical burns to both forearms from working in a meat factory cleaning crew. Says gloves weren't provided. Works 6 nights a week, 12 hrs. Lives in a house with 14 others arranged by the 'agency' — rent taken from wages.",
      "AC EO WW", "PA LH OA", "L")
    T("The farm charges the seasonal workers for transport from the airport (£90) and for their bedding (£40) and deducts these over the first 4 weeks. Workers knew about the deductions before they came and the charges are within the offset rules. Workers content.", "", "", "")
    T("Seasonal worker in a phone call to her mother, overheard by the host family: 'They lock the gate at night and the dogs are out, we cannot go anywhere'.", "RM", "RMS", "L")
    T("The farmer keeps a 'book' for each worker. Every loaf of bread, every bus, every phone top-up goes in the book. At the end of the season nobody has anything left and most still owe. Some are staying on illegally to work off the book.", "DB WW", "", "L")
    T("Veg packing: shift 6am to 10pm, Monday to Sunday, 3 weeks now. Agency says 'if you don't like it there's 100 others'.", "EO", "LH", "L")
    T("INT 2/A/P. Seasonal workers from Kyrgyzstan at a Scottish farm were collected by unknown men in a black Mercedes Sprinter (SN22 FHX) at the end of their visas. Believed to have been moved to car washes in Glasgow. Workers owed debts to Bishkek agents.", "DB AV", "UF", "L")
    T("Worker who had a back injury was made to carry on picking and told 'no doctor, no sick pay, if you stop you go home'.", "AC IT", "", "L")
    T("Seasonal agricultural worker says he and his caravan mates are 'kept like prisoners' — a guard on the gate checks who goes out, and workers who came back late were fined £50.", "RM WW", "RMS", "L")
    T("Complaint from a former supervisor at a potato farm: the farmer keeps workers' passports in a locked safe, checks phones, and makes new arrivals hand over the first 3 weeks' pay as a 'bond'.", "RD ISO WW", "DT", "L")
    T("Labourer in a chicken factory in Herefordshire says he sleeps in the plant's locker room because his 'landlord' kicked him out for not paying £100 to the gangmaster. He's been there 4 nights. Security know but say nothing.", "AC", "SW", "L")
