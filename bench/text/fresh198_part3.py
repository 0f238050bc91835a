# fresh198 part 3: hospitality, construction, logistics, delivery platforms, and other types
def add(T):
    T("Chef at an Indian restaurant in Aberdeen on a Skilled Worker visa. Paid the owner £15,000 'for the visa'. Payslips show £30,000 a year but the owner takes half back in cash each month. Works 7 days, 10am to midnight, sleeps in a room above the kitchen with 3 other staff. Owner says if he leaves he will 'cancel the sponsorship and you will be illegal'.",
      "WW EO IT DB AV", "UF LH SW OA NCW FA", "L")
    T("hotel cleaners in Blackpool paid per room not per hour, £2.50 a room, working 10 hrs for like £35", "WW", "LH", "L")
    T("INT 3/B/P. Takeaway in Middlesbrough (Golden Dragon, Linthorpe Rd). Kitchen staff believed to be Chinese nationals without status, living in the cellar, not seen outside. Owner LIN, Wei holds their documents.",
      "RD AV", "SW DT IS", "L")
    T("Construction site, Manchester city centre. Site manager reports a team of labourers supplied by a subcontractor all paid into a single bank account held by the gang leader. Men arrive at 06:00 in a van and leave at 19:00; none speak English; gang leader answers all questions. Workers wear trainers, no safety boots.",
      "WW AC", "NCW CE SFW", "L")
    T("Food delivery rider (m, 22, Brazil) on a rented account. The account holder takes £150 a week 'rent' from his earnings and keeps the payout card. Rider works 12-hour days to make enough. Account holder says he'll report him to immigration if he stops.",
      "WW IT EO AV", "NCW LH FA", "L C")
    T("Hotel in Edinburgh: housekeeping staff are sponsored from the Philippines. All paid correctly, staff accommodation is a flat with 2 per room, rent at market rate and voluntary. Visit prompted by a guest complaint about staff 'always working'. Closed.", "", "", "")
    T("Labourers on a housing development in Milton Keynes told the CITB inspector that the gangmaster charges £120 for a CSCS card 'fee', £60 for boots and hat and £20 a day for the van. Some weeks they go home with nothing.", "WW", "PPE CT UF", "L")
    T("Delivery driver for a parcel firm (self-employed on paper) says he does 120+ drops a day, 7 days, 14 hrs, gets fined £25 per missed parcel and £100 for any van damage, and ended up owing the firm money in his first month. He has been told he can't leave until he clears what he owes.",
      "EO WW DB RM", "LH", "L")
    T("Nail bar in Rotherham. 3 young Vietnamese women, one looks about 16, living upstairs. Owner said they're 'family'. None would speak; owner translated.", "AV", "SW SFW FA", "L", "high")
    T("Report from a roofing company: they employ Romanian roofers who work hard, 50 hrs, overtime paid at time and a half, they travel in the company van, free, own passports. The council officer told them 'van picking up foreign workers at 6am' is a red flag; they want advice. No concerns.", "", "", "")
    T("Victim account, translated from Albanian: 'I worked on building sites in London for a man called Arben. He said I owed £18,000 for the lorry to England. Every week he took my money. I lived in a flat in Ilford with 14 men. When I asked to stop he hit me with a hammer handle and said next time it will be my brother in Kukës.'",
      "DB WW PSV IT AV", "OA", "L")
    T("Warehouse pickers at a distribution centre near Daventry employed through an agency say that when they fall below the pick rate they are 'sent home' for the day unpaid and that the agency holds their first 2 weeks' wages 'in arrears'. Fully lawful? Rates appear legal but the withholding is queried.", "WW", "", "L")
    T("Hospitality: waiter at a Greek restaurant in Brighton says he is paid only in tips, owner keeps service charge, no contract. Works 5 shifts a week. British citizen, lives with girlfriend, can leave any time. Referred to HMRC for NMW and tips legislation. Not MS.", "WW", "", "")
    T("Hotel chambermaid told hotel manager her 'uncle' who brought her from Romania takes all her wages and keeps her ID card. She was found sleeping in the linen room because she was afraid to go home.",
      "WW RD AV", "NCW DT SW FA", "L")
    T("Car wash, Hull Rd, York. 6 men working in the cold with no gloves or boots, all live in a caravan behind the site. Owner says they are 'volunteers' who get food and a place to stay.",
      "WW AC", "SW PLC OA", "L")
    T("Construction worker (m, 35, Poland) found by police at 02:00 sleeping in a portakabin on a site in Cardiff. Says the gangmaster took his passport and hasn't paid for 6 weeks; he has no money to get home. Has bruising to his face, says he was hit by the gangmaster's son last Friday.",
      "RD WW PSV AC", "DT SW PA", "L")
    T("INT 2/B/P. Courier account misuse. A single address in Harrow (HA1) is linked to 23 different rider accounts on two delivery platforms. Payouts go to 4 bank accounts controlled by the same man. Riders believed to be asylum seekers without right to work, receiving around £2 an hour after deductions.",
      "WW AV", "NCW MBC", "L C")
    T("Restaurant owner in Leeds asked us whether holding staff passports for right to work checks is legal. Advised to take copies only and return the originals. Owner complied same day. No concerns.", "", "", "")
    T("A Turkish barber in Bournemouth is on a sponsored visa. He says his boss deducts 'visa repayment' of £400 from every month and he does not know how much is left because the boss won't tell him. He works 6 days, 9-8. He is afraid to ask.", "DB WW AV", "LH FA", "L")
    T("call handler log 23:47: caller (f) states she is locked in the kitchen storeroom of the restaurant where she works at 22 High St, Crawley, boss has gone home with the keys, she's been in there since 11pm and boss said she stays till she finishes the prep for tomorrow. Caller very distressed. Units dispatched.",
      "RM AC", "RMS", "L", "immediate")
    T("Labour supply to a logistics hub: drivers on 'self-employed' contracts, vans leased from the same company at £250 a week. Drivers working 14-hour days to cover lease. Some owe £2,000+ and are told they can't return the van until debt cleared.", "DB EO WW", "LH", "L")
    T("Concerns raised by the building site foreman: the group of Sudanese labourers are always collected by the same man in a black Audi, he answers for them, they look thin and wear the same clothes every day. They never take a lunch break.",
      "AC", "ET SFW PA", "L")
    T("Hospitality staff at a wedding venue in the Cotswolds work long days in summer, usually 12-14 hrs on wedding days, contracts with annualised hours, well paid, live locally. Complaint by a guest. Not a concern.", "", "", "")
    T("Kitchen porter told the safeguarding lead at his college that he works for his uncle's restaurant 'for free' because the uncle paid for his visa, and that his uncle said he has to stay until the visa 'is paid off' at £200 a month. He is 17.",
      "DB WW AV", "", "L", "high")
    T("Anonymous text to Crimestoppers: 'the big house on Elm Road Slough has men living in the garage they work for the builder who lives in the house they go out at 5 in his van and come back dark'.", "AC", "OA CE PLC", "L")
    T("Security officer from a Ghanaian background, contract with licensed security firm, works 72 hours a week across two sites by choice. Firm pays holiday and overtime. Neighbour raised concern. NFA.", "", "", "")
    T("Case note (NGO caseworker). Mr D, 41, Eritrean, a warehouse operative, was found by his new housemates sleeping in his car. He said his former 'employer' at a parcel depot in Coventry paid his wages into an account controlled by a man who provided him a bed in a house with 12 others; when he questioned deductions, he was told he owed £2,700 and was put out on the street. He is frightened to go to the police because he was told he'd be arrested for working without papers. Advised of NRM; he consents.",
      "WW DB IT AV", "NCW OA FA", "L")
    T("Hotel manager, Bournemouth: 'we employ Spanish staff on seasonal contracts and provide staff accommodation, 2 per room, deducted at the accommodation offset rate'. Query about legality only. No indicators.", "", "", "")
    T("INT 3/C/P. POI NGUYEN Van Thanh, believed to control several Vietnamese youths working in nail bars across Stoke. Youths are driven from house to salon and back, have no phones, and are said to owe 'the boss' £25,000 each for the journey to the UK.",
      "DB RM ISO AV", "ET IS UF", "L")
    T("British man (50s, learning disability) working at a scrapyard in Kent for years. Paid in cigarettes and cider, lives in a caravan on site with no toilet. Owners hold his benefits card.",
      "AV WW AC", "SW PLC NCW", "L")
    T("Call: a lorry parked up at Clacks services, driver heard banging in the back and voices. Driver is unaware. Police en route.", "", "", "")
    T("Update: the lorry at Clacks services contained 9 adults including 2 women, all Afghan nationals, all well and handed to Border Force / immigration. No indication they were being moved for exploitation; dealt with as clandestine entry.", "", "", "")
    T("Catering company, Heathrow: workers employed by a subcontractor say their shift patterns change with 2 hrs notice and they get fined £50 for refusing. Contracts say zero hours. Not forced labour but referred to Employment Agency Standards.", "WW", "", "L")
    T("Worker from a hand car wash in Derby came into the library and asked staff to hide him. He said his boss beats the workers and he has been there 2 years without payment. Library called police. Male has a large cut to his head.",
      "PSV WW", "PA FA", "L", "immediate")
    T("Sex worker from Romania advertised on an adult site, working from a flat in Cardiff. Account managed by 'boyfriend' who answers all calls, collects the money and drives her to bookings. She has no access to her own money. Believed to have been promised a job in a bar.",
      "DEC WW AV", "SFW ET NCW", "S")
    T("Independent escort, British, works alone from her own flat in Swindon, manages her own adverts and bookings, no third party. Neighbours complained about visitors. Nothing to suggest exploitation.", "", "", "")
    T("INT 2/B/P. Brothel operating from 2 flats above a massage parlour on London Rd, Southend. Women from Thailand and China rotated every 2 weeks, brought by a driver in a grey Toyota Prius (reg LD68 XKB). Women not seen to leave, food delivered. Believed to owe £30k-£40k each.",
      "RM DB AV", "RMS ET SW", "S")
    T("Housekeeper (f, 45, Philippines) for a diplomatic family in Kensington. Sleeps on the kitchen floor, works 6am to midnight, has not had a day off in a year, passport held by the employer, not allowed to leave the house alone, paid £100 a month to her family back home.",
      "AC EO RD RM WW", "SW LH DT RMS NCW", "D")
    T("Au pair in Surrey works 25 hrs a week, has her own room, goes to English classes, gets £100 a week pocket money, and her passport is in her own bag. Her mum phoned worried after a bad Skype call. No concerns.", "", "", "")
    T("County lines: 15-yr-old boy from Croydon found in a trap house in Aberystwyth with 30 wraps of crack. Burn marks on his arm. Says he owes the 'olders' £2,000 for a lost bag and is working it off.",
      "AV DB PSV", "PA", "C", "high")
    T("Missing from care: 14 yr old girl seen getting into a car with two adult males she met online, believed heading to Birmingham, one has previous for CSE. Mobile off. Grade 1 response.", "AV", "", "S", "immediate")
    T("Cannabis farm, Sunderland. 19-yr-old Vietnamese male found inside, doors padlocked from outside, windows boarded, mattress on the floor. Said he was brought by lorry and told he owed $30,000.",
      "RM DB AV AC", "RMS SW PLC", "C")
    T("Older woman begging outside Tesco in Luton every day, dropped off at 8am by a man in a white Ford Transit and picked up at 6pm; he takes the cup off her. She walks with a crutch.", "WW AV", "CE", "C")
    T("Shoplifting, Boots, Wolverhampton. Two teens from Romania (14 and 15) arrested. Adult female waiting in car outside took bags. Teens said they give everything to 'aunty' and are beaten if they come back with nothing.",
      "AV PSV", "", "C", "high")
    T("Money mule: student (20, Nigeria) let a man use her bank account for £200. She now wants out but he says she'll be 'reported to the university and deported'. She does not have her bank card; he keeps it.",
      "IT WW AV", "NCW FA", "C")
    T("Benefit fraud intelligence (DWP): 11 Universal Credit claims in the names of Slovak nationals all linked to one address in Sheffield, bank cards held by the landlord, claimants working at a packhouse for cash.",
      "WW", "MBC NCW OA", "C L")
    T("Kidney transplant patient (m, 52) had a transplant in Pakistan in 2023; paperwork suggests the donor was paid and unrelated. Clinic notes the 'donor' was a labourer recruited by a broker in Lahore. Referred to HTA and NCA.",
      "AV", "", "O")
    T("Living kidney donor at Guy's: patient's sister, full HTA independent assessor interview, no money involved, donor keen to help her brother. Not a concern.", "", "", "")
    T("Intel: man in Ilford allegedly recruiting Eritrean asylum seekers to travel to Egypt to 'sell a kidney' for £5,000 to clear smuggling debts. One man returned with a large scar on his side and has not been paid.",
      "DEC DB AV", "PA", "O")
    T("Patient (f, 60) on the liver transplant list at QE Birmingham. Has had fundraising appeals on social media. Family asked if they could 'pay someone to donate'; advised this is illegal. No one has been approached. No further concern.", "", "", "")
    T("Domestic worker (f, 23, Uganda) on an Overseas Domestic Worker visa in a family home in Harrow. Gets one meal a day of leftovers, works from 5am to 1am looking after 4 children, sleeps on the floor in the children's room. Employer's wife slaps her. Passport with the employer. Has no phone and has never left the house alone.",
      "AC EO PSV RD RM ISO", "LH SW DT RMS IS PA", "D")
    T("Wife brought from Pakistan on spouse visa, in-laws make her cook and clean for 9 people from 5am, not allowed to leave the house, husband holds her passport and says she will be sent back in shame if she tells anyone.",
      "RD RM IT AV AC", "DT RMS FA", "D")
    T("Lover boy: 16-yr-old girl in Rochdale believed to be in a 'relationship' with a 24-yr-old male who buys her vapes and takes her to parties at flats where she is made to have sex with his friends.",
      "AV DEC PSV", "", "S", "high")
    T("Construction worker was given a job by a man he met outside a Travis Perkins. He is paid £50 a day cash and free to stop anytime. He's happy with the deal. Only reported because his van was stolen.", "", "", "")
    T("Moped delivery riders at a flat in Newham. Neighbour says 10 lads sharing 2 rooms, mattresses in the kitchen, bikes stacked in the hall. The 'landlord' drives a new BMW and takes the riders' phones every night.",
      "ISO", "OA PLC IS", "L")
    T("INT 2/B/P. Warehouse agency 'SwiftStaff Ltd' (Tilbury) charging workers £300 to join and £40 a week for a bed in the director's HMO. Workers unable to leave the HMO without losing the job. Several workers say they owe the director over £1,000 each, because rent is taken even when no shifts are given.",
      "DB WW", "UF OA", "L")
    T("Victim's words: 'In the hotel they gave me the uniform and said it is £80, I pay from salary. Also shoes £40. I am kitchen porter, they never give me the rota, the chef he call me any time, midnight, 6am, I must come.'",
      "WW EO", "PPE", "L")
    T("Kitchen assistant (m, 19, Bangladesh) presented at a mosque in Oldham saying he had escaped from the restaurant where he worked because the owner had beaten him with a ladle for burning rice. He has a swollen eye. He says the owner will kill him if he finds him. He does not know where he can sleep tonight.",
      "PSV IT AV", "PA FA", "L", "high")
    T("Man working at a tyre fitters in Walsall lives in the back office with a camping stove, owner pays him £100 a week, he says he owes the owner for his 'papers' which are fake.", "AC WW DB AV", "SW PLC", "L")
    T("Social media post: 'my mate works for a hospitality recruitment firm in London, they make the Spanish waiters pay for the training and then say they owe it if they leave within 3 months'. Poster didn't know details. Low-grade, NFA without more.", "", "", "")
    T("Ex-employee of a steel fabrication firm in Sheffield alleges 'modern slavery' because the firm made him work a 4-week notice period. He was paid. Contractual notice only. Not MS.", "", "", "")
    T("INT 3/B/P. Hand car wash, Chorley Rd, Bolton. 5 males, believed Iraqi Kurds, working 8am-8pm 7 days. Owner collects them from an address in Farnworth in a black VW Caddy. Workers told police they get £30 a day.",
      "WW EO", "LH CE ET", "L")
    T("Lorry driver (Ukrainian) employed by a haulage company, kept on the road for 8 weeks straight, sleeping in the cab, tachograph falsified by the manager, not paid for 'waiting time'. Told his visa depends on him not complaining.",
      "EO AC WW IT", "SW LH FA", "L")
    T("Delivery rider says the restaurant he delivers for owes him 3 weeks pay. He is British, has other work, and has made a claim to the small claims court. Just a pay dispute.", "", "", "")
    T("Sponsored chef working in a Nepalese restaurant in Aldershot reports that his employer insisted he leave his passport and BRP 'in the safe' and that he is not allowed to go back to Nepal for his mother's funeral.", "RD RM", "DT RMS", "L")
    T("Three construction labourers found living in a shipping container at a site in Birmingham, no heating, a bucket for a toilet, they have been told by the subcontractor they will be paid at the end of the job which has now run 5 months.",
      "AC WW", "SW PLC", "L")
    T("Bar staff at a nightclub in Newcastle not paid for the final hour of cleaning after close. All UK residents. Referred to HMRC. Not exploitation as per MS definitions.", "", "", "")
