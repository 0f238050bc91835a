# fresh251 part 2: labour, criminal, domestic servitude; look-alikes.


def add(T):
    T("Hand car wash, Tesco car park, Walsall Rd. 6 lads working, no gloves, no boots, standing in chemicals all day. One told me he gets £30 a day for 12 hours and sleeps in the portakabin out back. Open 7 days.",
      "AC WW EO", "PLC SW LH", "L")
    T("GLAA inspection notes – Fenland packhouse, Wisbech. Agency workers (Bulgarian) collected 05:00 from two HMOs in Wisbech by minibus, returned 20:00. £10 per day deducted for transport and £60 p/w for a bed in a room shared with 5. Workers charged £40 for hi-vis and boots on day one. Payslips show deductions that leave some with £90 for a 60 hr week. Workers interviewed individually with a Bulgarian interpreter; most unwilling to complain for fear of losing work. Labour provider's licence under review; HMRC NMW team informed. Follow-up visit arranged with Cambridgeshire Police. The grower has been asked to explain the checks it made on the labour provider and has suspended the contract pending the review. Next update due in a month.",
      "WW AC EO", "CE CT OA PPE LH", "L")
    T("INT 2/B/P. POI Tomasz NOWAK recruiting Polish men from homeless shelters in Gdansk for block paving work in Kent. Men housed in static caravan near Sittingbourne, 8 to a caravan. NOWAK holds their bank cards and gives them £20 a week. Men are told they owe £500 for the coach.",
      "AV WW DB AC", "OA NCW UF PLC", "L")
    T("My uncle works at a farm near Evesham picking asparagus. He works long days in season but he is paid the minimum wage by BACS to his own account, has his own passport and lives in a proper caravan site with a kitchen. He's happy and goes back to Romania in October.",
      "", "", "")
    T("Call from a Costa manager in Gateshead: a young man comes in every morning asking for water for the car wash lads next door, says they don't get breaks and the boss shouts at them. Caller concerned. Passed to Northumbria.",
      "AC", "", "L")
    T("County lines. Boy (15) from Lewisham found in a flat in Eastbourne with £600 and 40 wraps. He said he owes 'them' £2k because the last lot got robbed off him and he has to work it off. Phone is the line phone, he's not allowed his own. Sleeps on a sofa in the cuckooed flat.",
      "AV DB ISO", "IS", "C", "high")
    T("Cannabis factory, Derby, 3-bed semi. Vietnamese male (est 17) found inside, doors padlocked from outside, windows boarded. Says he was brought in a lorry, told he owes £15,000 and must look after the plants. Mattress on the floor next to the lights, a bag of rice. No phone. Doesn't know what town he is in.",
      "AV RM DB AC ISO", "RMS UF SW PLC IS FPE", "C", "high")
    T("Woman begging outside Boots, Argyle St, Glasgow every day 8 till 6. At 6 a man in a black Mercedes collects her and takes the cup. She has a baby with her who always seems asleep. Roma, speaks no English.",
      "WW", "CE ET NCW", "C")
    T("Domestic worker (Filipina, 36) arrived on overseas domestic worker visa with Saudi family staying in Knightsbridge. Says she works 6am to midnight, 7 days, looking after 4 children, sleeps on the floor in the kids' room, has not been paid since she arrived 5 months ago. Madam keeps her passport. Not allowed to leave the flat alone; employer took her phone. She left when the family went out and a doorman helped her call the police. She has been placed in a Kalayaan-recommended refuge. The family have diplomatic connections and have already left the country; Home Office and FCDO informed. Her NRM referral has been submitted by the Met. She wants to stay in the UK and has been referred to an immigration solicitor.",
      "EO AC WW RD RM ISO", "LH SW DT RMS IS", "D")
    T("Nail bar, Chester-le-Street. Two Vietnamese girls who look about 16 doing nails. Never speak, boss answers for them. They are there 9am–9pm and go upstairs at night. Referral made to NCA.",
      "AV EO", "SFW LH SW", "L", "high")
    T("Person came into the food bank with no shoes, very thin, said he works for a builder who hasn't paid him for 6 weeks because he 'owes for rent'. Lives in a garage with 4 others. Lithuanian, scared of police, asked us not to tell anyone.",
      "WW DB AC", "PA PLC OA FA", "L")
    T("Warehouse, Daventry: legitimate agency staff on 12-hour nights, 4 on 4 off, paid above NMW, holiday pay, own accounts, contracts in Polish and English. Routine GLAA licence compliance visit, no issues found.",
      "", "", "")
    T("Fishing boat, Newlyn. Ghanaian crew member on transit visa says he has been on the boat 10 months, works 20-hour days when fishing, has not been ashore. Skipper holds his passport. Wages paid to an agency in Accra which sends his family a fraction. Sleeps in a bunk in the engine room.",
      "EO RM RD WW AC", "LH RMS DT NCW SW", "L")
    T("INT 3/B/P. Shoplifting gang in Birmingham city centre believed to be Romanian children (10–14) brought over by adults who collect the stolen goods each evening at a house in Small Heath. Children not in school.",
      "AV", "", "C", "high")
    T("Money mule concern – uni student (19) in Coventry approached on Instagram to 'rent' his bank account for £200. He agreed, then was told he'd be stabbed if he closed it. The account has had £40k through it. He's now very scared.",
      "AV IT", "", "C")
    T("DWP fraud referral: 11 claimants of UC all have the same address (a 2-bed flat in Sheffield S2) and the same landlord 'helper' who attends every appointment and does all the talking. Bank cards for all claimants found at his home. Claimants say they work at his car wash for £20 a day.",
      "WW", "OA SFW MBC NCW", "L C")
    T("She looks after the old man at no.4, cooks and cleans, seems to live there. Neighbour thought it odd. Checked: she's his daughter-in-law, she's employed by the council as his paid carer, and she goes home to her own flat at weekends.",
      "", "", "")
    T("Care home, Norfolk. Indian carer recruited via agent in Kerala who charged her £12,000 for the CoS. She now works 70 hrs a week. The home deducts £400 a month towards 'sponsorship costs' and tells her if she leaves she'll be reported to the Home Office and deported.",
      "DB WW EO IT AV", "UF LH FA", "L")
    T("Anon: the car wash on Bolton Rd got the blokes sleeping in the back in the container with no heating, boss takes there money and there passports, one had a burn on his arm off the pressure washer i dont want to give my name",
      "AC WW RD", "SW PLC NCW DT PA", "L")
    T("Construction site, Stratford E15. Albanian labourer fell from scaffold, brought to A&E by workmate who gave a false name. The labourer said he has no contract, is paid £40 a day cash, 'when boss wants', works 7 days. He had no harness or hard hat. Is afraid of going back.",
      "AC WW EO", "LH FA", "L")
    T("INT 2/B/P: Known cannabis grower Van Hung TRAN, Stoke, keeps 'gardeners' in the grows for weeks at a time. Gardeners brought in blindfolded in the back of a van, doors locked behind them. Food dropped off weekly. Addresses unknown.",
      "RM ISO", "RMS IS ET", "C")
    T("Nurse on ward 7 works 13-hour shifts and picks up extra bank shifts to save for a house deposit. Her colleague raised concern she looks tired. Manager spoke to her: she is choosing the overtime, is paid for every hour and can stop any time. No concerns.",
      "", "", "")
    T("Kid of about 14 on a pushbike delivering packages on the estate at 2am, phone rings constantly. A grown man in a car follows him. He's got a cut on his face. I think someone's using him to sell drugs.",
      "AV", "PA", "C", "high")
    T("Eastern European man found sleeping in woods behind Asda in Boston, Lincs. Says he works on a farm via a 'gangmaster' called Pavel who keeps his wages because he owes for the flight and the room he was supposed to have. Pavel threw him out when he asked for money. Cold, underweight.",
      "DB WW DEC", "UF PA NCW", "L")
    T("Domestic servitude – victim (26, from Sierra Leone) was brought to Croydon by a family friend at age 14 to 'go to school'. Never attended school. Did all cooking, cleaning and childcare for 12 years, slept in the kitchen, was beaten with a belt, was never paid. She was told she had no papers and would be locked up if she went outside. She got out after a neighbour heard her crying and called the police. She has been referred to the NRM and is in a safe house. The 'family friend' and his wife have been arrested on suspicion of holding a person in servitude. Their three children are being spoken to by social workers.",
      "DEC AV PSV WW IT AC RM", "SW FA RMS", "D")
    T("A quick note from the GP: patient (M, 50s, Slovak) registered with address of a hostel, but says he lives at the factory where he works and sleeps under the stairs. He came with his boss who translated; when asked directly, patient nodded at boss and said nothing.",
      "AC", "SW SFW FA", "L")
    T("Report from a member of staff at Lloyds, Bradford: man in his 40s comes in once a week with 8–10 different debit cards, withdraws the max on each, says they belong to his 'workers'. Workers are Romanian and never come in themselves.",
      "WW", "MBC NCW", "L")
    T("Intel from Border Force Dover: HGV driver stopped with 4 Eritrean males in the trailer. They state they paid €3,000 each to an agent in Calais and were told they would work at a car wash in Leicester to pay the rest. No documents.",
      "DB", "UF", "L")
    T("Two Chinese men found working in a takeaway kitchen in Aberdeen, 7 days, 14 hours a day, sleeping on bunk beds in the store room. Pay £200 a month cash. Owner says they are 'family'. Neither could name the town they were in.",
      "EO AC WW ISO", "LH SW IS", "L")
    T("My neighbour has a Polish builder staying with him who does work for him in exchange for room and board. He has his own passport, his own phone, goes to the pub and phones home every day. Just mentioning as my wife thought it looked dodgy. Don't think it is.",
      "", "", "")
    T("Shop theft: Boots, Camden. Female, 16, detained, says she was told by her boyfriend's older brother to nick make-up to order; she gives him everything and gets £10. He said if she stops he'll tell her dad she's been sleeping around.",
      "AV WW IT", "NCW", "C", "high")
    T("Modern slavery referral (Barnardo's ICTG): A, 17, Sudanese, age-disputed, was made to work in a car wash in Manchester 6 days a week, paid in food. Boss slept in the same room and locked the door at night. Boss took his phone. A says he was kicked when he wanted to stop.",
      "AV WW RM ISO PSV", "RMS IS", "L", "high")
    T("Reports of a man begging outside Sainsbury's, Bristol Broadmead, who is dropped off in a van at 7am with others and collected at 7pm. Has obvious leg disability. Appears scared of the van driver.",
      "AV", "CE ET FA", "C")
    T("County lines debrief (YOT). R (16) says the olders gave him a phone and a bag and sent him to Aberystwyth on the train. When he got 'taxed' (robbed) of £1,200 of gear they said he owed it back double. They burnt his hand with a lighter as a warning. He has not been home for 3 weeks.",
      "AV DB PSV", "PA", "C", "high")
    T("Just so you know, the lads at the chippy on Front St live upstairs, that's normal, the owner's their dad. They're all at college.",
      "", "", "")
    T("Employee at recycling plant, Rochdale. Says he was promised £11/hr and a room. Gets £3/hr in cash after the agent takes 'fees'. Eleven men live in a 3-bed house the agent owns. Agent drives them to and from work and charges £15 a week for it. Works 6 days. Sorting line has no gloves, men cut by glass.",
      "DEC WW AC", "OA ET CT PA", "L")
    T("INT 2/A/P. LUCA, Ionut uses 25+ bank accounts opened in the names of Romanian men he brings to work in Hinckley warehouses; he keeps the cards and PINs in a tin at 8 Spa Lane. Men paid in cash, £150/week.",
      "WW", "MBC NCW", "L")
    T("Handwritten note passed to a Deliveroo rider at a house in Ilford: 'HELP ME, THEY KEEP ME IN HOUSE, NO MONEY, PLEASE POLICE'. Rider brought it to station. Address given.",
      "RM WW", "RMS", "D")
    T("Carer in a private home in Harrow (Indian, 52). Works for an elderly couple, is paid £1,600/month into her own account, has Sundays off, her own room with lock and holds her passport. Son called police because a neighbour said she was a 'slave'. No concerns found.",
      "", "", "")
    T("Benefit fraud suspected: 7 Slovak families registered at houses owned by one man in Peterborough; he collects their post and their child benefit goes to accounts he controls. Families work at a meat plant he drives them to; they say he 'helps with paperwork'.",
      "WW", "NCW ET OA", "L C")
    T("Crimestoppers. Two lads at a cannabis grow on Blackburn Rd. They can't leave, I was told by one of them through the fence. Said the boss will hurt their families in Vietnam if they run. House has blacked-out windows.",
      "RM IT", "RMS", "C")
    T("Kitchen porter at a curry house in Bradford (Bangladeshi, 23) told a customer he paid £15,000 to an agent for his skilled worker visa, works 80 hours and gets £600 a month, the owner holds the BRP and says he'll cancel the sponsorship if he complains.",
      "DB EO WW RD IT", "UF LH DT", "L")
    T("Lorry driver at Stafford services reports group of 10 men being unloaded from a Transit at 4:45am and loaded into a minibus. Driver of the minibus took their phones before they got in.",
      "ISO", "CE ET IS", "L")
    T("Domestic servitude, Luton. Teenage girl (14, Nigerian) living with 'aunt'. Teacher noticed she doesn't attend school, seen doing shopping and school runs for aunt's kids, wears the same clothes daily and looks underweight. Aunt refused entry to social worker. Police to assist.",
      "AV", "PA", "D", "high")
    T("Intel: Slovakian men housed by a landlord in 'HMO' in Gorton that is really a 3-bed house with 14 people; sleeping in shifts, mattresses in kitchen. Landlord is also the man who finds them jobs and takes 'a cut' of their wages.",
      "AC WW", "OA PLC", "L")
    T("Referral from Medaille Trust: P (34, Polish) worked at a roofing firm for 2 years without pay. Gang boss said his wages were going into a 'savings account' which never existed. Boss would pick him up at 6 and drop him off at 9pm. He was struck with a hammer when he asked for money. Diagnosed with alcohol dependency; boss supplied vodka every night. He is now in a safehouse in Hampshire and is engaging with detox. Police have opened an investigation. The roofing firm is still trading in the Southampton area; Trading Standards and HMRC informed. Two other men who worked for the firm are being traced. Statement due next week.",
      "WW DEC PSV AV EO", "NCW CE LH", "L")
    T("the lads that wash cars on the industrial estate in Dagenham, one of them told me they cant leave because the boss has got there papers and they owe him for the van that brought them please do something",
      "RM RD DB", "RMS DT UF", "L")
    T("Cuckooing: vulnerable adult (Mr W, 58, alcohol dependent) in Cleethorpes. Dealers have taken over his flat, use it to sell from and sleep there. He's been told he has to keep quiet or they'll 'sort him out'. He's scared to leave his bedroom.",
      "AV IT RM", "FA RMS", "C", "high")
    T("Officers called to a row at a hand car wash in Stockport: customer complaining about scratches on his Range Rover. Staff of 4, all British and Kurdish, employed properly, manager showed payroll. Customer advised to pursue via civil route. Log closed.",
      "", "", "")
    T("Man reports his brother (Vietnamese, 22) who came to UK 2019 is working in a nail salon in Kent and sends nothing home. Brother told him on WhatsApp that he owes the 'snakehead' and boss takes his money to pay the debt, and he works from 9 to 10 every day. Brother is allowed out only on Sunday to the shop. Caller does not know the name of the shop but says it is near Gillingham station. Passed to Kent Police and the NCA. Caller has a photo of his brother and his brother's WhatsApp number, and will share both. He is worried that police contact could make things worse and asked to be kept informed. Call taken by the Modern Slavery Helpline.",
      "DB WW EO RM", "NCW LH RMS", "L")
    T("Private fostering / servitude concern, Wembley. Boy (12, Albanian) living with unrelated adult who makes him work in his barber shop after school until 10pm, sweeping and washing towels, and keeps his passport.",
      "AV RD EO", "DT LH", "L", "high")
    T("Police Scotland intel: vessel 'Sea Harvest II' crew (Filipino) confined to the ship in Peterhead harbour; not given shore passes; crew say the captain confiscated passports and seaman's books, and some say they were punched by the mate. ITF inspector informed.",
      "RM RD PSV", "RMS DT", "L")
    T("Farm worker (seasonal visa) at a berry farm in Herefordshire told a union rep she paid €4,000 in recruitment fees to an agent in Kyrgyzstan and is now being sent home early because she didn't pick enough; she still owes the loan she took for the fee.",
      "DB", "UF", "L")
    T("KIRBY, Shane (41) known to use vulnerable homeless men from the Salvation Army hostel in Nottingham to do tarmac jobs. Drives them around the country, they sleep in the van, he gives them cider and rolling tobacco instead of wages.",
      "AV WW AC", "SW ET PLC", "L")
    T("Young Albanian (19) arrested at a cannabis grow in Swansea said on interview he was promised a job in a car wash for £500 a week but was brought straight to the grow and told to water plants. He said a man with a gun visited every few days. Not allowed out. NRM referral made.",
      "DEC RM IT", "RMS", "C")
    T("HMRC referral – a recruitment agency in Corby is paying 120 workers through a payroll company that deducts an 'umbrella fee' of £60/week, 'accommodation' £90/week and 'transport' £25/week, leaving some on under £2 an hour. Workers had no say. Referred to GLAA.",
      "WW", "CT NCW", "L")
    T("IP (Romanian, 45) told officers he works at a hand car wash and sleeps there because the boss lets him for free, until he saves up. He has his own passport, bank card and goes home when he wants. Paid £70 a day. Says he's fine. Advised; leaflet given.",
      "", "SW", "")
    T("YP (14) found in Bournemouth, reported missing from Croydon 3 days ago. He is holding a burner phone and £300. Older male picked up by officers nearby. YP too scared to speak.",
      "AV", "FA", "C", "high")
    T("Au pair, 20, Spanish, in Hampstead. Works 25 hours a week, has her own room, paid £120 pocket money a week plus board, has weekends free and keeps her own passport. Friend worried because she is 'doing the family's cleaning'. No exploitation.",
      "", "", "")
    T("Modern slavery hotline: a lady rings about her Filipino cleaner friend who lives in with a family in Richmond. She is only allowed out for church on Sunday, and the wife calls every 30 minutes. The family say she owes them £6,000 for her flights and 'training'.",
      "RM DB", "RMS UF", "D")
    T("Garage forecourt in Ilford: kid, maybe 15, working the jet wash at 11pm on a school night. Looked scared when I asked his name, said boss doesn't let him talk to customers.",
      "AV", "FA", "L", "high")
    T("Intel 3/B/P – a Bulgarian gang in Hull is forcing men to shoplift from Asda and Aldi to order; men who come back with less than £200 of goods are made to sleep outside the house. Men all owe for the bus from Sofia.",
      "DB AC", "UF", "C")
    T("Construction labourer, Romford. Says the gaffer pays him in cash, £120 a day, he works 8 till 4. Has his own tools, van, and passport. Came in to report a stolen drill. No concerns.",
      "", "", "")
    T("Debrief – Sudanese man (31) worked on a farm in Lincolnshire 18 months for 'food and a bed'; bed was a shed with no toilet. Farmer took his papers 'to sort the visa'. He was told if he went to the police he'd be deported as 'illegal'.",
      "WW AC RD IT AV", "PLC DT FA", "L")
    T("Teenage boy (16) from Liverpool found in a Premier Inn in Preston with a 19-year-old, drugs and cash. He said the 19-year-old takes his phone at night so he can't call his mum, and he has to 'work' until his debt is paid.",
      "AV ISO DB", "IS", "C", "high")
    T("Pensioner (80) in Cornwall tells the district nurse that her nephew and his girlfriend moved in, take her pension and her bank card, and make her stay in her bedroom. Adult safeguarding referral. Financial abuse; not labour exploitation as such.",
      "AV WW RM", "NCW RMS", "")
    T("Crimestoppers: a lad who works at a car wash in Kettering told me his boss took £2,000 off him to get him the job and he's still paying it off weekly.",
      "DB", "UF", "L")
    T("Sweatshop, Leicester. Garment workers (mostly women, Indian and Pakistani heritage) paid £3–£4/hr, told by the owner to say '£8.72' if inspectors ask. Fire exits blocked with boxes, no breaks, 60-hour weeks.",
      "WW AC EO", "FA LH", "L")
    T("Case note: client L (Chinese, 40) was a cook for a family in Hendon for 3 years, no salary, told her salary was being 'saved' for her. She was not allowed to use the phone and did not know the address. She now has PTSD.",
      "WW DEC ISO", "IS", "D")
    T("Bloke outside Greggs in Sunderland begging every day is dropped by a man in a Transit. He told a PCSO that he keeps what he gets and the man is his brother who gives him a lift from their house in Hendon. PCSO checked, confirmed brother, no concerns.",
      "", "", "")
