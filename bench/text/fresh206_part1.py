def add(T):
    T("NCA weekly digest wk 47, item 1 - Lincolnshire: 9 Romanian males found at a farm unit nr Spalding, living in two static caravans with no heating. Gangmaster holds their ID cards 'for safekeeping'. Wages paid into accounts the gangmaster controls. GLAA attended.",
      "AC RD WW", "PLC OA DT NCW", "L")
    T("Item 2 - Merseyside: 15yo male from Kirkby arrested in Barrow-in-Furness with 22 wraps of crack. Believed to be running the 'JAY' line. Previously missing x4. NRM referral submitted.",
      "AV", "", "C", "high")
    T("Item 3 - Kent: Border Force intercepted a small boat off Dungeness, 41 people aboard. All claimed asylum. No trafficking indicators disclosed at screening. Facilitation investigation ongoing.")
    T("Item 4 - West Midlands: cash seizure of £86,400 from a vehicle on the M6 Toll. Driver (UK national) arrested for money laundering. No MS/HT angle identified.")
    T("Item 5 - Met: adverts on an adult services site linked to one mobile (07700 900418) show six different Vietnamese women across three addresses in Ilford in a fortnight. Same wording, same photographer. Suspected controlled prostitution.",
      "", "", "S")
    T("MSOIC Unit tasking note: Forces are asked to check intelligence holdings for the OCG using vans registered to VELOCITY STAFFING LTD. Workers reported being picked up at 0430 from HMOs in Boston and Wisbech and returned after 2000, charged £10 a day for the lift.",
      "EO", "CE CT LH", "L")
    T("Durham: cannabis farm found in a three-bed semi in Peterlee, 412 plants. Vietnamese male aged approx 16 found inside, door padlocked from outside, windows boarded. Said he owed 'the boss' £18,000 for the journey. Safeguarded, NRM.",
      "AV RM DB AC", "RMS UF PLC", "C", "high")
    T("Avon & Somerset - drugs warrant at Filton address, 2kg cocaine, two adults arrested. Both adults are local and established dealers. No vulnerability, no exploitation concerns.")
    T("Police Scotland: woman (38, Nigerian) disclosed to a GP she was brought to Glasgow as a nanny on the promise of college. Works 7am to midnight for a family in Bearsden, has never been paid, her passport is 'kept in the safe'. She is not allowed out except for the school run.",
      "DEC EO WW RD RM", "LH NCW DT RMS", "D")
    T("Item 9 - Essex: lorry stopped at Purfleet, 7 Eritrean males in the trailer. Smuggling job, all paid agents in Calais. Driver charged with facilitation (s.25). No indicators of onward exploitation.")
    T("NCA digest: a kidney transplant at a London hospital flagged by a coordinator because the donor was a 'cousin' recently arrived from Lahore. Follow-up established donor is the recipient's actual brother, verified DNA and long family history, and the HTA independent assessment found no payment or pressure. No further action.")
    T("Suffolk: report from a member of the public that a woman from Albania is being driven to 'massage' appointments across Ipswich by two men who wait outside and take the money. She looked frightened when spoken to and the driver answered for her.",
      "WW", "ET FA SFW NCW", "S")
    T("Gwent: 19-year-old with a learning disability befriended by a group in Newport who moved into his flat and now use it to deal from. He told his support worker he 'has to' hold the bag and would be 'done in' if he didn't.",
      "AV IT", "", "C")
    T("Item 12 - Thames Valley: three Vietnamese nail bar workers in Reading, all under 20, found living above the shop. Owner said they were 'family'. None could give their address. Phones held by the owner.",
      "ISO AC", "SW IS OA", "L")
    T("Lancashire - OIC: Romanian national arrested at Manchester Airport with 11 other people's ID cards and bank cards in her hand luggage. Believed to be controller of workers at a food packing plant in Preston. Cards linked to wages of the workers.",
      "RD WW", "DT MBC NCW", "L")
    T("Cheshire: dispute between two brothers who co-own a takeaway in Crewe about one of them working longer hours. Both are partners in the business and draw equal shares. No concerns.")
    T("MSOIC Unit note, small boats: intel suggests agents in Dunkirk are now charging £1,500 for a 'place' with payment on arrival in the UK via hawala. No evidence of onward debt in the UK. For awareness.")
    T("Staffordshire: missing 14yo girl from Stoke believed to be in a car with a 24yo male known for CSE, reg YX19 KPL, heading north on the M6 now. Urgent.",
      "AV", "", "S", "immediate")
    T("Hampshire - Southampton docks: a Filipino crew member off a cargo vessel says they have not been paid for 5 months and the master holds all seafarers' books. Working 16 hr days. ITF inspector informed.",
      "WW RD EO", "DT LH", "L")
    T("Dyfed-Powys: man (62) found on a farm outside Llandovery living in a converted calf shed with no running water. Has worked for the same family for 'about 20 years' for 'his keep'. Landowner manages his benefits. He can't read and doesn't know what year it is.",
      "AV AC WW ISO", "PLC SW NCW IS", "L")
    T("Item 17 - British Transport Police: two Romanian women begging at Euston, collected at 1800 each day by the same man in a grey Ford Galaxy who takes the cup. Both have visible disabilities.",
      "AV WW", "CE NCW ET", "C")
    T("Wiltshire - ATM in Swindon town centre: male seen withdrawing cash using 8 different cards in 20 minutes. Bank informed us the accounts belong to Polish nationals registered at one HMO in Rodbourne.",
      "", "MBC OA", "")
    T("Derbyshire - a fraud complaint: elderly woman in Buxton scammed out of £14,000 by a courier fraud. Suspects UK nationals. Not MS.")
    T("NCA digest item: Bulgarian women recruited via Facebook for 'hotel cleaning' in Leeds found working in a brothel in Harehills. Told they owed £3,000 for flights and rooms, rising by £50 every day they 'didn't earn'. One beaten with a belt by the female controller.",
      "DEC DB PSV", "UF", "S")
    T("West Mercia: care home in Worcester employing 14 Indian care workers on sponsored visas. Workers say they paid an agent £12,000 each for the CoS and now work 70 hours a week; the employer threatens to withdraw sponsorship and 'have them deported' if they complain.",
      "DB EO IT AV", "UF LH FA", "L")
    T("Item - Humberside: large tobacco seizure at Hull docks, 4.2m cigarettes. Haulier arrested. Excise fraud only.")
    T("Met - Hounslow: 17yo Albanian boy found in a flat with a cannabis grow. Said the men who brought him told him his mother in Kukës would be 'visited' if he ran. He had been locked in for about 3 weeks, food brought once a week.",
      "AV IT RM AC", "RMS", "C", "high")
    T("Leicestershire: garment factory on Belgrave Road paying machinists £3.50 an hour cash. Workers mostly older Gujarati women with little English. Owner pays on 'piece rate' and deducts for 'mistakes'. HMRC NMW referral.",
      "WW AV", "", "L")
    T("Item - Cleveland: Teesside man convicted of smuggling heroin through the post. No links to MS.")
    T("Nottinghamshire: girl 15 in care in Mansfield, found at a party in Sneinton with adult males, given vodka and cocaine; one male has sent her messages saying she 'owes' for the drugs and must 'pay it off' with his friends.",
      "AV PSV DB", "", "S", "high")
    T("MSOIC tasking: Operation BRANDON - Sri Lankan nationals said to be offered kidney 'jobs' in the UK for £5,000, with a man in Tooting arranging 'medical checks'. One potential victim disclosed he was told his family debt would be cleared if he 'gave one kidney'. Forces asked to report any matching intel.",
      "DEC DB AV", "", "O")
    T("Norfolk: Lithuanian man at a Downham Market farm shop says he sleeps on a mattress in the packhouse, 'the boss keep my passport because I owe him for bus from Vilnius'. Hands cracked and bleeding, wearing the same clothes at each visit. All he owns is in one carrier bag.",
      "AC RD DB", "SW DT UF PA FPE", "L")
    T("City of London: report from a bank that one personal account has been receiving 40+ small transfers a week from accounts of unrelated young Brazilian men, then cash-out. Suspected mule herding. Account holders say they 'sold' their accounts for £200. No coercion described.",
      "", "", "")
    T("Devon & Cornwall: scallop boat out of Newlyn - two Ghanaian deckhands on transit visas say they've worked 20 hours a day, had no pay since June and were told they would be 'reported to immigration' if they left the boat.",
      "EO WW IT", "LH FA", "L")
    T("Police Scotland - Aberdeen: 3 Chinese women at a flat on Union Grove advertised on Vivastreet. Door locked from outside, keys held by a man who comes daily. Women had no phones. No English.",
      "RM ISO", "RMS IS", "S")
    T("Item - Bedfordshire: Luton, shoplifting gang of Romanian teenagers stealing to order from Boots and Superdrug. Adults waiting in a car, taking the goods. Children, 13-15, told they'd be beaten if they came back empty-handed.",
      "AV IT", "ET", "C", "high")
    T("Cambridgeshire: Peterborough HMO, 22 men in 5 bedrooms registered at the address. Landlord licensing visit found all had separate ASTs, paid rent direct into the landlord's account, and worked for different employers. Overcrowding notice served under Housing Act. No MS concerns.",
      "", "OA", "")
    T("Surrey: neighbour concerned about a house in Woking with 'lots of men coming and going' and curtains always shut. Enquiries: licensed HMO for contractors working on the Crossrail site, all employed direct. NFA.")
    T("Item - Northamptonshire: 16yo girl from Corby missing since Friday, phone last pinged in Wellingborough with an adult male she met on Snapchat who calls himself 'her boyfriend'. Intel says he's pimped girls before.",
      "AV DEC", "", "S", "immediate")
    T("Border Force - Heathrow: woman travelling from Lagos with a man who held both passports and did all the talking at the desk. Said she'd come for 'a cleaning job'. She didn't know the name of the employer or where she'd live. Referred to the Salvation Army.",
      "RD", "DT SFW", "")
    T("West Yorkshire: Kurdish barbers in Halifax - complaint about unpaid wages between a barber and his employer. He was paid weekly until a dispute over commission. He has his own account and lives with his wife. Employment tribunal advice given.")
    T("MSOIC weekly, county lines: 'TONY' line (London to Norwich) now using a cuckooed flat on Heartsease estate belonging to a 48yo heroin user. Tenant says he gets paid in gear and is told to stay in the bedroom when they're working.",
      "AV", "", "C")
    T("Item - Hertfordshire: Watford, Sri Lankan domestic worker on an overseas domestic worker visa ran from her employers. Says she slept on the kitchen floor, worked 5am-1am, ate leftovers, was slapped by the wife. Employer kept her passport.",
      "AC EO PSV RD", "SW LH DT", "D")
    T("Kent: man arrested at Dover with 2,300 packets of counterfeit Viagra. Smuggling/importation offence only.")
    T("Warwickshire: construction site in Nuneaton. A labourer says the gangmaster charges £120 for boots and hi-vis out of the first wage and £15 a week 'for the van'. Says he nets about £150 for 60 hours.",
      "WW EO", "PPE CT LH", "L")
    T("Police Scotland - Dumfries: Vietnamese male (approx 20) found sleeping at a nail salon after a fire alarm. Told officers 'the boss takes all my money for the debt to come here, I pay £20,000'. He has worked every day for 14 months.",
      "DB WW EO", "SW UF LH NCW", "L")
    T("Dorset: Bournemouth - 2 adult males arrested for Class A supply, both local. One claims he was forced to deal. Enquiries show he runs his own customers, no debt, no threats, controls his own profit. Section 45 defence not supported. No NRM.")
    T("Essex - Basildon: 13yo boy found in a trap house in Southend with 40 wraps and a knife. Mum says he has been 'going missing for days'. Older boys took his phone and gave him a burner.",
      "AV ISO", "IS", "C", "high")
    T("Cumbria: Polish man at a Carlisle food factory reported his agency holds back his first two weeks' wages as a 'deposit' and charges £45 p/w rent for a shared room in a 4-bed with 11 others. No threats reported.",
      "WW AC", "OA", "L")
    T("North Wales: Holyhead - Border Force referral. Irish-registered van with 5 Albanian adults in the back. All said they were going to 'work in a car wash in Manchester' and the driver would 'sort the papers'. Driver had their ID cards.",
      "RD", "DT ET", "L")
    T("Item - Sussex: Crawley, organised shoplifting, prolific adult offenders, no exploitation.")
    T("Met - Newham: landlord prosecuted for letting a 3-bed with 19 occupants, mattresses in the kitchen and no fire doors. Tenants were all self-employed delivery riders with their own bikes and accounts; none reported being controlled.",
      "", "OA PLC", "")
    T("Item - Thames Valley (Slough): a Romanian woman told us 'my husband sends me to the street to beg and I give him everything, if I don't he beats me'. Bruising to the face seen.",
      "PSV WW", "PA NCW", "C")
    T("Devon: Torquay hotel. Agency supplied 6 Hungarian housekeepers, all living in staff rooms in the hotel basement. Told their 'accommodation' is £95 a week each, taken from wages. They are scared to talk because 'Gabor will send us home'.",
      "WW IT", "SW FA NCW", "L")
    T("Cleveland: report from a school in Middlesbrough. Yr 9 girl (14) has a new phone, expensive trainers and is picked up by older males in a black Audi at the gate. Refuses to say who they are.",
      "AV", "FA", "S", "high")
    T("Item - NCA: intelligence a Chinese OCG is facilitating illegal entry via student visas at a London language school. No exploitation reported; students pay and disperse. Immigration matter.")
    T("West Midlands - Coventry: Slovakian Roma family, father controlling five adult 'relatives' who work in a recycling plant. Father collects all their wages in cash at the gate and keeps their passports; they live in his 3-bed house with 14 people.",
      "WW RD", "NCW DT OA", "L")
    T("Item - Greater Manchester: cannabis grow at a former pub in Oldham, 900 plants. Two adult Vietnamese males detained. Both interviewed with an interpreter: described themselves as gardeners paid £1,000 a month, free to come and go, had their own phones. Charged with production.")
