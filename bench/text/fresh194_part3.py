# fresh194 part 3: everyday intake, benign look-alikes, negated and hypothetical mentions, mixed texts
def load(T):
    T("Nurse at the Norfolk and Norwich says she's been doing 13 hr shifts 6 days out of 7 because of staff shortages. She chose to pick up the bank shifts and is paid for them. Called 101 only because her car was broken into in the staff car park.",
      "", "", "")
    T("International student (Chinese, 20) at UEA reported losing her wallet. Asked if she had her passport, she said it's safe in a drawer in her room at halls. No other issues.",
      "", "", "")
    T("RTC on A14 near Newmarket. Minibus carrying 12 warehouse workers to Bury St Edmunds clipped a lorry. Minor injuries. Minibus is operated by the employer, seats 16, driver licensed, workers said transport is free and optional. No offences.",
      "", "", "")
    T("Worker interviewed at a Boston packhouse: denied any threats, said nobody holds her passport, and she is free to leave. However she did say the agency takes £95 a week for the room and a further £30 for transport, leaving her around £150 for a 48 hour week, and she was never told about the transport charge before she came.",
      "WW DEC", "CT", "L")
    T("Stolen quad bike from a farm near Soham. Farmer has CCTV. Crime ref issued.",
      "", "", "")
    T("Licensing visit to a hand car wash, Stevenage Road, Luton. 4 staff, all with right to work, paid by bank transfer into their own accounts, contracts seen. Waste water going into the surface drain, referred to Environment Agency. No MS concerns.",
      "", "", "")
    T("Call taker: male caller, Polish, says his boss at a building site in Ipswich owes him two weeks' wages (£1,100) and is not answering the phone. Caller lives in his own flat, has his documents, and is looking for a new job. Advised civil matter, signposted to ACAS and CAB.",
      "", "", "")
    T("Caller reports lots of men coming and going at a house in Cromer all hours. It turns out to be a fishing crew who share a holiday let during the crab season, all local lads. Closed.",
      "", "", "")
    T("The woman said if she ever wasn't paid she would go straight to the union. She is paid, has a contract, lives with her partner. Referral closed.",
      "", "", "")
    T("Worker at a Grimsby fish processor (lives in Louth): 'Yes it's long hours, sometimes 50, but I get paid for all of it. My passport is at home. Nobody has ever threatened me.' No further action.",
      "", "", "")
    T("Intelligence received re a 'massage' business in Ely. Visit made by police and licensing. Sole trader, British female, own premises, no one else involved. Not a brothel in law, no exploitation. NFA.",
      "", "", "")
    T("Agency worker concerns, Huntingdon warehouse. Officers checked: the group of Latvian workers do share a house (5 people, 4 bedrooms) arranged by the agency, rent is £70 p/w each and is in their contract. They were shown to have their own bank cards and passports and said they like the job. One said he had worked 14 days in a row during peak season and hadn't been given a day off when he asked for one. Agency advised by the GLAA on rest periods under the Working Time Regulations. Workers given leaflets in Latvian.",
      "EO", "OA LH", "L")
    T("Housing complaint, Colchester. HMO with 7 students, mould in bathroom. Landlord ordered to fix. All have own tenancies.",
      "", "", "")
    T("A man from Lithuania who is a farm manager near Wisbech told us he holds keys for the workers' caravans and drives them to the Tesco on Saturdays because there's no bus. Workers we spoke to said they can go anywhere they want, several have cars. Transport to work is free. No indicators.",
      "", "", "")
    T("Live-in carer (Zimbabwean, 50) for an elderly lady in Southwold says she works 4 weeks on, 2 weeks off through an agency, has her own room and is paid £900 a week. Her visa is sponsored by the agency. She keeps her own documents. She rang about her sponsor licence changing. No concerns.",
      "", "", "")
    T("Theft from motor vehicle, Felixstowe. Work van broken into, tools stolen. Victim is a self employed plasterer.",
      "", "", "")
    T("Report to MSH: caller saw a young woman crying outside a hotel at Stansted. Officers located her: she had missed her flight and lost her purse. She was travelling alone for a holiday. No concerns.",
      "", "", "")
    T("Young Romanian man in Peterborough told his support worker that the man who got him the job at the abattoir 'doesn't keep my passport, I keep it', but that the same man takes his bank card every payday and gives him back £100 in cash.",
      "WW", "NCW", "L")
    T("Community nurse: 'Mrs K's son and daughter-in-law live with her. They do all the housework and care. They're family and are not paid, but they seem happy and are free to come and go.' Safeguarding query about financial abuse of Mrs K herself, not MS.",
      "", "", "")
    T("Farm worker was asked if anyone had taken his documents and said 'No, no, I have all'. He then said the boss does keep 'the card for the bank' because 'I might lose it'. He gets £50 a week pocket money.",
      "WW", "NCW", "L")
    T("Burglary at a caravan on a Leverington farm. Workers' phones and £800 cash stolen. Workers cooperative, all employed through a licensed labour provider. No concerns about their employment.",
      "", "", "")
    T("Fishing vessel check at Lowestoft harbour (MCA and police). Filipino crew, contracts in order, paid into own accounts, hours logged, shore leave taken. Skipper had all crew passports in the ship's safe at crew request; crew confirmed they can ask for them any time and demonstrated.",
      "", "", "")
    T("Text from a member of the public: 'the cleaners at the hotel at the airport (Luton) look so tired. probably just minimum wage.' No specifics. Advised to call back with more if she saw anything.",
      "", "", "")
    T("Vietnamese man found in a cannabis factory in Lowestoft told officers he was not held against his will, had his own phone and was paid to grow. He said nobody threatened him. Charged with production. No trafficking indicators found on screening.",
      "", "", "")
    T("Passenger at Harwich (M, 22, Romanian) travelling with 3 friends to work at a chicken farm in Suffolk. Told Border Force they had each paid £200 to a recruiter in Bucharest for the job and the bus. They had the recruiter's number and an address. Otherwise no concerns; they had their own documents.",
      "", "UF", "L")
    T("Road rage, Bedford. Two drivers exchanged punches on the Ampthill Road. Both arrested.",
      "", "", "")
    T("Worker at a Wisbech packhouse said 'I could leave if I wanted, but I owe Marius £1,200 and he say I stay until it's paid'. She added that he has never hurt her.",
      "DB RM", "RMS", "L")
    T("Grandmother reported a 16 year old grandson is working in her friend's chip shop in Hunstanton in the summer holidays, 20 hours a week, paid £7 an hour. She wanted to know if that's legal. Advised on child employment byelaws. No exploitation.",
      "", "", "")
    T("Suspicious activity report (bank): customer account in Luton receiving wages from 7 different employers' payroll runs on the same day. On inquiry, account holder is a 'landlord' who says tenants pay him rent directly from wages. Tenants not spoken to yet. Passed to police.",
      "WW", "NCW MBC", "L")
    T("Parent reports daughter, 19, has 'moved in' with a man in Norwich and is not answering calls. Officers spoke to her: she is fine, in a relationship, has her own job and phone, and asked her mum to give her space. Closed.",
      "", "", "")
    T("Worker (Ghanaian, 29) in a Kings Lynn care home told CQC inspector she has to work 72 hour weeks. She is on a sponsored visa and said her manager told her 'if you complain we will cancel your visa and you will be deported'. She paid £8,000 to an agent in Accra for the job.",
      "EO IT AV", "LH UF FA", "L")
    T("Suffolk Police. Reported concern about 'a slave' at a farm in Eye. Visit showed the man is the farmer's brother who has Down's syndrome, lives with the family, attends a day centre 3 days a week, and has his own money managed by a court appointed deputy. No concerns.",
      "", "", "")
    T("Chap working at a takeaway in Downham Market: said hours are long, 11am to midnight, 6 days, but he's the owner's son and he's a partner in the business. Came to report a racially aggravated assault on him by a customer.",
      "", "", "")
    T("Debrief, 08/06: IP (Czech, Roma, 37) says the man didn't lock them in, 'the door was open', but they had no money, no phone and did not know where they were: 'a farm, lots of fields, no town'. They never saw wages, the man said he was sending it to their families. Families say nothing arrived.",
      "ISO WW AV", "IS NCW", "L")
    T("Factory in Bedford: a worker complained to HR she was made to pay £40 for safety boots. HR investigated, found it was a mistake by the agency, refund issued to all 14 workers. Agency warned by GLAA. No other concerns.",
      "", "", "")
    T("Caller thinks her neighbour in March, Cambs, keeps a woman as a slave because 'she's always cleaning'. Officers attended; woman is the neighbour's wife who said she's a stay at home mum and laughed. No concerns.",
      "", "", "")
    T("Stansted: male (Indian, 31) arrived on a Skilled Worker visa for a care home in Clacton. On arrival at the home was told there was no job, but the agent said he could work for 'another company' cleaning for £5 an hour if he paid another £2,000. He has already paid £12,000. He has his passport.",
      "DEC WW", "UF", "L")
    T("Case closed: the complainant said that if she was ever made to work without pay she would leave. She wasn't. Her concern was about late payment of holiday pay, which was paid the following week.",
      "", "", "")
    T("ASB at Peterborough bus station, drunk males. Dispersal order. Nothing further.",
      "", "", "")
    T("Council environmental health (Fenland): 'We inspected 3 caravans at a farm in Gorefield. 2 were fine. The 3rd had 6 men in a 4 berth, the gas fire was condemned and there was sewage around the step. The men said their wages are paid properly and they have their own ID.'",
      "AC", "OA PLC", "L")
    T("Farm labourer (Bulgarian) states: nobody hit me, nobody locked me. But the supervisor keeps saying he knows my village and my mother's house, and that if I go to the police 'things happen to mothers'.",
      "IT", "FA", "L")
    T("Welfare check at a flat in Harlow requested by a GP. Occupant, elderly man, found well. Neighbour checks on him daily. No concerns.",
      "", "", "")
    T("Taxi firm in Ipswich reports a driver who keeps getting asked to take groups of Asian lads from the station to a takeaway at 2am. Checked: staff of the takeaway finishing late shift, own addresses, normal. No further action.",
      "", "", "")
    T("Intel: 'the lads at the tyre place in Kettering road in Bedford live in the back and never seem to leave'. Visit found staff did live in a flat above (own tenancy), were paid, and one showed his payslips. However one worker, Ahmed, who had arrived 2 weeks ago, said he hasn't been paid yet, doesn't have a key to the flat and the manager has his ID 'for the paperwork'.",
      "WW RD RM", "DT RMS", "L")
    T("Report about a man selling the Big Issue in Cambridge. Caller thought he was being forced. He is a registered vendor, buys his own magazines. No concerns.",
      "", "", "")
    T("Mother of a 17 year old girl in Southend says her daughter has been offered a job 'modelling' in London by someone on Instagram who wants her to come to a hotel and pay £150 for a portfolio first. Girl hasn't gone. Advice given, account reported.",
      "", "", "")
    T("Student nurse (Nigerian, 27) in Luton told uni welfare officer her landlord, who also found her the care job, says she must pay him £500 a month 'commission' from her wages or he'll report her to the Home Office for working over her hours.",
      "IT WW", "FA", "L")
    T("HMO in Peterborough licensed for 6, found with 6 occupants. All have tenancies, all work in different places, all have own documents. Landlord is not their employer. NFA.",
      "", "", "")
    T("PCSO spoke to a rough sleeper in Luton who said 'a man offered me work, paid, but I said no, I'm not getting in a van with someone I don't know'. No further info.",
      "", "", "")
    T("Apprentice chef (18) at a Norwich restaurant says he works 60 hours but is paid for 40. He lives with his parents. Employment dispute; referred to HMRC NMW team.",
      "WW EO", "LH", "L")
    T("Caravan park in Skegness. Operator reported concern about a group of 10 men in one static van. On visit: they are a football team on a stag weekend. Closed.",
      "", "", "")
    T("Intel 3/B/P: man who runs a car wash in Clacton has been heard telling the Kurdish lads working there that if they leave he'll 'tell the Home Office where they are'. The lads are thought to be on bail from immigration detention. Also believed to be paid £20 a day.",
      "IT AV WW", "FA", "L")
    T("Drink driver stopped on the A120 near Braintree. Agricultural worker, going home from the pub. Charged.",
      "", "", "")
    T("Homes for Ukraine host in Saffron Walden concerned that her guest (F, 30) has been offered cleaning work by a man at the station with 'accommodation'. Guest says she turned it down. Host was worried. Advice given on safe recruitment.",
      "", "", "")
    T("The workers said the agency doesn't take fees (checked, correct), they have their own passports (checked), but all 9 live in one flat above the shop with bunk beds in the living room, and the owner collects rent in cash on payday. They work 6 days, 10 hours.",
      "", "OA", "L")
    T("Teacher in Ipswich concerned that a Year 10 student is working weekends at his uncle's market stall. Spoke to family; he's paid, does 6 hours, enjoys it. No concerns.",
      "", "", "")
    T("Employment tribunal summary passed to police by a solicitor: claimant (Indian chef, 34) worked for a restaurant in Bedford for 3 years, 70 hours a week, no holidays. Was paid £1,000 a month, less than half the contract. Employer held his passport and threatened to report him to the Home Office if he complained.",
      "EO WW RD IT", "LH DT FA", "L")
    T("Ring doorbell footage of a man posting leaflets advertising 'cheap driveway work' in Biggleswade. Neighbour worried the workers are exploited. No info about the workers. NFA.",
      "", "", "")
    T("Wisbech. Man came to the police station front counter to hand in a passport he found in the street. Owner traced, a local factory worker who had dropped it. Returned.",
      "", "", "")
    T("Concern raised by a Salvation Army worker: Polish man in Norwich no longer exploited, now living independently in his own flat and working, wanted to make a statement about the family who held him in 2019 (paid £10 a week, kept in a shed, beaten).",
      "WW AC PSV", "SW", "L")
    T("Cambridge. International PhD student (Indian, 28) works 20 hrs/week at a café. Reported harassment by a customer. Keeps her own passport, no employment issues.",
      "", "", "")
    T("Trading standards: man in Thetford offering to 'sort out' national insurance numbers and bank accounts for new arrivals for £300 each. Several Romanian workers have paid him. No evidence he controls their work.",
      "", "UF", "")
    T("IP: 'Nobody hit me. They only shout.' She then said 'But when I wanted to go to my cousin in Leicester, Mira said the police would take me because I have no papers, and she would make sure my daughter never sees me again.'",
      "IT AV", "FA", "L")
    T("Police were called to a farm near Chatteris after a fight between two seasonal workers in the accommodation block. One male arrested for ABH. Both workers had own contracts, employer cooperative. No wider concerns.",
      "", "", "")
    T("Hotel manager at Stansted reports that a man has booked 3 rooms for a week and different men go in and out of one room with a young woman in it, and the man sits in the corridor. Officers on their way.",
      "RM", "RMS", "S", "immediate")
    T("Benefit fraud: DWP investigation into a Peterborough man claiming UC for 12 people at his address who do not live there. Linked to a labour agency; the 12 workers do live elsewhere and appear unaware of the claims. Identity theft of workers suspected, not exploitation of their labour.",
      "", "", "")
    T("Victim statement (extract): 'I was not locked in. I could walk to the shop. But I had no money, no English, and I did not know which town. Sergei said if I talk to anyone he will find out.' ",
      "ISO IT", "IS", "L")
    T("A young man from Eritrea staying at a Home Office hotel near Stansted told staff someone in the car park offered him cash work 'with a house' in Luton. He said he's thinking about it. Hotel staff worried. Advice given, intel submitted.",
      "", "", "")
    T("Concern from a care agency in Bedford: a carer (F, Philippines) told her supervisor that her previous employer, a private family in Ampthill, had kept her passport until she left and made her work every day from 5am. She is now with the agency and fine. Historic disclosure.",
      "RD EO", "DT LH", "D")
    T("Noise complaint re a party at a shared house in Luton. Occupants students. Words of advice.",
      "", "", "")
    T("Worker: 'My boss says if I don't work Sunday I lose the job. I work Sunday. He pays me for it.' Otherwise he is on a contract, lives at home in Lowestoft.",
      "", "", "")
    T("Council officer, Boston: 'Private landlord letting a house to 11 Bulgarian men, most say they were told about the house by the same man in a café who takes their rent and finds them work. They each paid him £250 \"registration\". He also drives them to work for £5 a day. Nobody said they were forced.'",
      "", "OA UF CT", "L")
    T("Child employment: 13 year old found working at a Chinese takeaway in Lincoln at 11pm on a school night. Family business, parents present. Advice given re child employment hours, referred to education welfare.",
      "", "", "")
    T("Info from Border Force, Harwich: female (Albanian, 23) travelling with a man who isn't her husband but says he is. He held her passport and spoke for her. She was taken aside: she said she's coming to 'work for his cousin in a bar in Chelmsford' but doesn't know what work. Travelling on.",
      "RD", "DT SFW", "S")
    T("A farmer near Spalding says his seasonal workers don't have their passports because they left them in Poland. Workers confirm they have their ID cards, which they use instead. No concerns.",
      "", "", "")
