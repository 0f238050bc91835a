def add(T):
    T("Intelligence log, Cumbria Constabulary, INT 2/B/P. Source reports that a group of around eight Romanian men are working at a slate and aggregate yard near Kendal. They are housed in two static caravans behind the yard with no running water and a single chemical toilet. Source states the men are driven to and from the yard by the owner's son in a Ford Ranger, YF68 WTC, and are not seen in town except on Saturday afternoons when the son takes them to Aldi and waits outside. Source has seen the son push one of the men against a wall and shout at him. Source believes the men's identity cards are kept in the site office. Source does not know about pay. The men appear to have no phones. Source is not aware of any children on site.",
      "AC RM PSV RD ISO", "PLC ET RMS DT IS", "L")
    T("Case review, Ms E (Eritrean, 31). Ms E was referred to the NRM in 2021 after escaping a house in Birmingham where she had been kept as a domestic worker for a family of six. She described working from 5am until after midnight, sleeping on the kitchen floor, eating leftovers and never being paid. She was not allowed to leave the house and the family told her the police would put her in prison because she had no papers. She received a positive conclusive grounds decision in 2023 and was granted leave to remain. She now lives in a housing association flat in Walsall, volunteers at a food bank and is studying English at level 2. She reports no contact with the family and feels safe. The family were charged but the case was discontinued. This review closes the case; no current risk identified.",
      "EO AC WW RM IT AV", "LH SW RMS FA", "D")
    T("Doctor's letter: patient (British, 45) received kidney transplant in Pakistan in 2019, paid privately. He says the donor was a paid stranger arranged by a clinic. Raised with HTA for advice on whether this is an offence abroad. Donor's circumstances unknown.",
      "", "", "O")
    T("Living donor assessment, Guy's: mother donating to her 22yo son. Independent assessor satisfied no coercion or reward. Proceed.")
    T("Call: 'my friend has been told he can get £15,000 for a kidney, a man from the mosque says he can take him to Egypt, my friend is desperate because of his debts'. Friend is 26, Sudanese asylum seeker.",
      "AV DEC", "", "O", "high")
    T("IP says he didn't know where he was - 'somewhere with fields'. They took his phone at the start. Picked cabbages. He could not talk to his mother for five months.",
      "ISO", "IS", "L")
    T("Nobody took my phone, I talk to my wife every night. The problem is the money - the agency takes half.",
      "WW", "", "L")
    T("Worried about an old man on our road who lives alone in a filthy house, never goes out and has no visitors. He's not working for anyone, just very lonely. Referred to adult social care.")
    T("Case note: the client's 'employer' moved her from house to house in Glasgow so she never knew the street names and had no friends. She only spoke Tagalog. The employer's wife did the shopping and held the keys.",
      "ISO RM", "IS RMS", "D")
    T("Anon: lads at the Bulgarian car wash on Preston New Rd living in the back, no contact with anyone, don't even know what town they're in.",
      "ISO", "IS SW", "L")
    T("Female (Chinese, 40s) in a flat in Edinburgh advertised on AdultWork. She said she works alone, rents the flat herself and keeps her money, nobody manages her. She asked police to leave. No exploitation concerns.")
    T("Intel 2/B/P: flat 12, Gorse Court, Cardiff used as a brothel run by Xiaoming WU. Three women in the flat, none speak English, they were brought from London by WU in his car and are not allowed to leave the flat. Phones held by WU.",
      "RM ISO", "RMS ET IS", "S")
    T("Mother reports her son (17) has been 'adopted' by a gang in Luton who gave him a flat and a car. He now says he owes them £3,000 for the car and must 'work it off'. He's frightened and has stopped going out with his mates.",
      "AV DB", "FA", "C", "high")
    T("Housing officer: tenant (British, 30s, learning disability) has had a group of men moving into his flat. He says they are his friends. They have his bank card. His rent is unpaid.",
      "AV WW", "NCW", "", "high")
    T("IP stated: 'No, nobody hit me. No, nobody threatens me. I can go. But where can I go? I have no money, he keeps it all.'",
      "WW", "NCW", "L")
    T("A man in a black BMW was seen withdrawing cash with about 20 different cards at the Santander ATM on Cheetham Hill Rd at 2am. Bank flagged as possible mule activity linked to workers at a textile factory.",
      "WW", "MBC NCW", "L")
    T("Same-day follow up: ATM user identified as owner of a money-transfer shop, cards belong to customers who deposited money - arrested for fraud, no workers involved. Linkage to textile factory disproved.", "", "MBC")
    T("Homeless charity: Lithuanian man, 50, says his 'friend' found him work at a scrap yard and a bed, but now takes his wages for 'rent' and keeps his ID. He drinks heavily and is frightened of the friend.",
      "AV WW RD", "NCW DT FA", "L")
    T("The worker asked for her passport back so she could go home for her father's funeral. The employer said she could have it only after she finished her two year contract. She missed the funeral. She is still working there and is paid, but says she feels 'like a prisoner'.",
      "RD", "DT", "D")
    T("CALL 0915: Female says she is in the back of a van with 6 other women, the driver has locked the doors, they were told they were going to a hotel job in Manchester but they have been driving for hours and the man has taken their phones except hers which was hidden. Van silver Mercedes, partial reg 'KX'.",
      "RM DEC ISO", "RMS ET", "", "immediate")
    T("Stop check: 3 Romanian males in a van with tools at 06:00, going to a building site in Reading. All self employed with UTRs, paid direct. No concerns.")
    T("Social care: 16yo boy from Vietnam found in Kent lorry. Says he must go to an address in London to 'work for uncle' to repay his journey. Placed in foster care. Went missing after 48 hours.",
      "AV DB", "", "C", "immediate")
    T("Neighbour: 'The lady at 43 has 4 Filipino helpers in the house, she's always shouting at them.' Visit: they are paid domestic staff with contracts, each has their own phone and passport, days off and bank account. The shouting was her talking on speaker phone. No concerns.")
    T("IP (Pakistani, 19, student visa) says a recruiter took £4,000 to get him a university place that did not exist. He is now working at a car wash to repay a loan shark. Car wash owner pays £3 an hour and lets him sleep in the office.",
      "DEC DB WW AC", "UF SW", "L")
    T("Employer agreed to put workers' wages into their own accounts after GLAA advice. Previously paid through the supervisor. Workers confirm they now get their own money.")
    T("Witness: 'I seen him with the girls, three of them, he drives them everywhere, they never go nowhere on their own, I think he's pimping them'.",
      "RM", "ET RMS", "S")
    T("INT 4/C/P: local rumour that the sweatshop in Leicester 'uses slaves'. No specific details, no names, no premises. Unable to develop.")
    T("Victim impact statement extract: 'He made me hold the drugs inside me. He told me if I lost any he would cut my mum. I was 14. I'm 18 now and I'm at college and I'm ok but I still don't go to town.'",
      "AV IT PSV", "", "C")
    T("Ms G says her employer, a barrister, pays her £40 a day to clean his house, she works 4 hours, keeps her own passport and has two other clients. Complaint was from a jealous ex-colleague. NFA.")
    T("The men at the wash have no gloves, no boots, they work with chemicals on bare hands, some have burns. They work from 8 till dark.",
      "AC EO", "PA LH", "L")
    T("GLAA: labour user 'Fresh Acres' found to have workers supplied by an unlicensed gangmaster who threatened to report them to immigration if they joined a union.",
      "IT", "FA", "L")
    T("Nail bar owner Thi Huong NGO (nom) arrested. Two girls, 15 and 16, found working in the salon, sleeping in a room upstairs, no school, paid nothing. Both say NGO is their aunt. One says she owes NGO money for the journey from Vietnam.",
      "AV WW DB AC", "SW UF", "L", "high")
    T("Email from a landlord: 'I rent a house in Peterborough to an agency who put 11 workers in it. I didn't agree to this. The workers say the agency charges them £80 a week each.'",
      "WW", "OA", "L")
    T("Case note: the client was clear that her husband's family did not force her to work; she chose to help in the family shop and has a share of the profits. She was upset at the referral made by her GP. Closed.")
    T("Report: men picking daffodils in Cornwall sleeping in a barn, 20 to a room, no toilets. They were recruited in Romania with promises of £15 an hour, actually paid piece rate that works out at £3.",
      "AC DEC WW", "SW OA PLC", "L")
    T("DC notes: IP says the man never took her passport and never locked the door. But he took her phone, told her no one in England would help a girl like her and she should be grateful. She was made to sleep with his friends.",
      "ISO PSV AV", "IS", "S")
    T("HO Immigration Enforcement visited a hand car wash in Stockport: four workers with no right to work detained. No exploitation indicators given in interviews; all said paid £50 a day and free to leave.",
      "", "", "", "low")
    T("Intel: HASANI brothers run a carwash in Hartlepool, workers from Albania living above it. Source says they arrived on small boats and owe the brothers £10k each. Workers are allowed to go out but 'they know they have to come back'.",
      "DB", "UF OA", "L")
    T("The trafficking allegation against Mr OSEI was dropped at court after the complainant retracted her statement. Complainant had earlier described being made to work unpaid in his house and having her passport taken. Safeguarding concerns remain for her.",
      "WW RD", "DT", "D")
    T("Text from worried sister: 'he phoned me crying, said the boss in Birmingham made him carry big bags of cement all day with no water and no break and hit him when he stopped'.",
      "AC PSV", "", "L")
    T("Young man at the jobcentre said he'd been offered a job cleaning offices. Job checked, legitimate company, proper contract. Not a concern, he just had a lot of questions. Work coach went through the contract with him: 30 hours a week at the real living wage, uniform provided free, paid monthly into his own account.")
    T("Adult social care: Mr B (67, early dementia) has a 'lodger' who has moved in, taken over the household, and makes Mr B do the cleaning and gardening. Lodger holds his bank cards.",
      "AV WW", "NCW", "D", "high")
    T("INT 3/B/P. Female 'Kasia' seen with bruises at the massage parlour on Bath Rd, Slough. Believed to be controlled by a male who drops her off at 10am and collects at 2am. She has told a client that she 'can't stop' because of her debt.",
      "PSV DB EO", "PA CE LH", "S")
    T("PCSO: a woman sits with a cup outside Greggs every morning, drops off by a man at 8. I asked if she's ok, she said yes and she goes home at 4 by bus on her own. She begs for herself. Not exploitation.")
    T("Hi I'm a lorry driver from Poland, my company say I drive 15 hours and the tachograph they change. I am tired. They pay me ok and I have my papers. I want to report it to someone.",
      "EO", "LH", "L")
    T("Officer entry: DVLA inspectors noted tachograph tampering at haulage firm. Driver complaints are about hours only; no evidence of forced labour.", "EO", "LH", "L")
    T("Boy (14) at PRU tells teacher he 'has to' go to Southend at weekends. Has new expensive clothes. Has been arrested once in possession of crack. Won't say who sends him.",
      "AV", "FA", "C", "high")
    T("Mr A: 'I came for a job in a hotel. It was a real hotel and real job. After 6 months I had a fight with my boss and left. He didn't pay my last month.' No other indicators reported.",
      "WW", "", "L")
    T("The girl said 'he makes me wear the same dress every day, I have nothing else, one bag only'. She was found during a visit to a hotel in Heathrow following a report from staff. Male with her fled.",
      "", "PA FPE", "S")
    T("Strategy meeting minutes: concerns around Chloe (15) and an older male who supplies her with cannabis and 'lends' her to his friends. Chloe denies sexual contact. Police have CCTV of her entering his flat with two other men.",
      "AV", "", "S", "high")
    T("Caller worried about the man selling flowers in the pub - says he's always there. Officer spoke to him: he runs his own small business, has a trader's licence. No concern.")
    T("Labour Abuse Prevention Officer: warehouse in Daventry. Workers say shifts are 12 hours, 4 on 4 off, overtime voluntary. Agency charges no fees. Payslips accurate. One worker complained of a bullying supervisor - passed to HR. No labour exploitation.")
    T("Statement: 'My husband's family brought me to do the housework. They are my family, I eat with them and they take me to visit my parents every year. I am happy.' Interpreter used. Officer satisfied this is a family arrangement.")
    T("Nigerian female, 19, in Liverpool, says her 'aunty' brought her to UK aged 12 to look after her children. She never went to school, has never had a passport in her hand, is not allowed to use the phone and is beaten when she makes mistakes.",
      "AV RD ISO PSV", "DT IS", "D", "high")
    T("SUPPORT WORKER: client's past (2018) - forced labour on a cockle bed, debt of £5k. Present: client works for a council, owns a flat, has no contact with the gang. Referral only for counselling. No current risk.",
      "DB", "", "L", "low")
    T("IP told he would earn €2,000 per month in the UK as a warehouse worker. Actually received £100 per week cash.",
      "DEC WW", "", "L")
    T("Female approached staff at Birmingham New Street saying 'help me, I no passport, man have'. She then saw a man approaching and walked away with him.",
      "RD", "DT FA", "", "immediate")
    T("Report from a taxi driver: he often drives young girls from a house in Dewsbury to hotels, always the same man pays and gives instructions. The girls look under 18.",
      "AV", "ET", "S", "high")
    T("My name is Ion, I work in the farm. We live 8 men in a caravan for 4. We pay £50 each week for it. Boss is good, pay is ok, only the caravan is very bad, water comes in.",
      "AC", "OA PLC", "L")
    T("Burglary at 3 Station Terrace. Jewellery taken. No relevant concerns. Entry via insecure rear window while the family were at a football match. CSI attended, fingerprints lifted from the frame. Neighbour's doorbell camera shows a male in a grey hoodie at 15:10.")
    T("INT 2/B/P - Lin XU (nom) owner of a chinese restaurant in Wrexham employs 5 kitchen staff who live above the premises. Source states they are paid £800 a month for 72 hours a week. Source does NOT believe they are restricted or threatened. Documents appear to be held by the staff themselves.",
      "WW EO", "LH OA", "L")
    T("Concern about a boy sleeping rough. Turned out he had argued with his parents and went home the next day. No exploitation. He is 17 and had stayed one night in the bus station. Youth worker spoke to him and his parents; family mediation offered.")
    T("Child on a moped delivering for an app in Leeds - looks about 14, using someone else's account. When stopped said he borrows it from his cousin who takes half the money.",
      "AV WW", "", "L", "high")
    T("Debrief, 2nd account: Mr N now says the men never threatened his family; he said that at first because he was frightened of being deported. He maintains he was not paid for 4 months and was made to sleep in the kitchen.",
      "WW AC", "SW FA", "L")
    T("Asylum accommodation provider: resident has told staff she is going out at night to 'work' for a woman she met in the hotel. Comes back with money and injuries. She won't talk to police.",
      "PSV AV", "PA FA", "S")
    T("School reports that Year 8 girl comes in exhausted and says she cooks for 10 people and cleans before and after school at the family's guest house. Dad says it's normal to help out. Assessed as excessive - child in need plan.",
      "AV EO", "LH", "D", "high")
    T("Farm worker from Ukraine has his passport, his phone and a contract, but the farm takes £25 a week for 'boots and gloves' and £12 a day transport.",
      "WW", "PPE CT", "L")
    T("A neighbour reported that a Vietnamese man in the flat opposite is never allowed out. Officers attended: the man is a lodger who works nights at a restaurant and sleeps during the day. He has keys and comes and goes. Unfounded.")
    T("Caller: 'My husband takes all my wages and gives me £20 a week, I don't have a card, I have to ask him for everything. We're both from Sheffield.' Treated as domestic abuse / economic abuse.")
    T("British man, 38, recovering alcoholic, found working on a farm in Devon for board only. He says he doesn't want money, the farmer is his friend and he's 'getting well'. Farmer confirms and says he'll start paying him. Advice given re NMW.", "WW")
    T("Victim, male, 27, Indian, was lured by a Facebook advert for a hotel job in Blackpool, paid £3,500 to the agent. On arrival no job existed. Agent now threatens to tell Home Office he overstayed unless he works at the agent's brother's shop for free.",
      "DEC IT WW", "UF FA", "L")
    T("Partner agency: suspected county lines at 2 Park View, Lowestoft - vulnerable female occupant (drug user) has had her flat taken over. Dealers sleep there, she has been locked in the bedroom.",
      "AV RM", "RMS", "C")
    T("Fishing: crew member on a Scottish prawn trawler says the skipper holds the crew's passports and they haven't been ashore for 40 days, working 20-hour days. Crew are Ghanaian on transit visas.",
      "RD RM EO", "DT RMS LH", "L")
    T("Update re prawn trawler: skipper returned passports when asked by the Fishermen's Mission. Crew now ashore in Peterhead and being assisted.", "RD", "DT", "L")
    T("Man says his friend in Hull wants to sell his kidney to pay off gambling debts. No third party involved, friend just looking online. Advised re law and gave support numbers.")
    T("INT 3/B/P: organ recruitment - source states a man in Ilford offers Bangladeshi students £5,000 to go to Delhi as 'donors', passports taken at the clinic until the operation is done.",
      "DEC AV RD", "DT", "O")
    T("Support worker: 'He doesn't go anywhere without his 'uncle', doesn't hold his own phone, always asks the uncle what he should say. He looks terrified.'",
      "RM ISO", "ET RMS IS SFW FA", "")
    T("IP stated she worked at the care home for 2 years. Her manager kept her BRP 'in the office' and she had to ask permission to leave town. Paid into her own account. IP has since moved jobs and got her BRP back.",
      "RD RM", "DT RMS", "L")
    T("Welfare check on Polish worker who hadn't turned up at work. Found at home with flu. No concerns. His manager at the bakery had rung us because he is normally never late. He lives with his girlfriend, who was at work. He thanked officers and rang his manager.")
    T("IP says the gang 'fined' her £50 each time she refused a client and added it to what she owed. Now she owes £12,000. She has been with them 3 years.",
      "DB", "", "S")
    T("Member of public: 'Ther is a man who keep about 6 men in the shed at the back of his garden in Walthamstow, they go out in the morning with paint on there clothes, the shed has no windows'",
      "AC", "PLC OA", "L")
    T("Visit to the shed at 34 Church Hill: converted garden studio with power and heating, 2 occupants (father and son), both painters paid by their own company. Officers found no one else living there. Complaint not supported.")
    T("Short note: Ms O left the brothel in 2019 and is now settled. She asks that her former madam be prosecuted. Historic: locked in, beaten, fined.",
      "RM PSV DB", "RMS", "S")
    T("Volunteer: the men who come to the food bank from the packhouse say they get wages, but the 'boss' drives them to the bank on payday and takes most of it out with them.",
      "WW", "NCW ET", "L")
    T("Man found in wheelie bin store behind a Chinese restaurant in Norwich, sleeps there, says he works in the kitchen for food. Very thin.",
      "AC WW", "SW PA", "L")
    T("Debt: IP says the debt for the trip was £3,000, now after 'interest' it's £9,000.",
      "DB", "UF", "")
    T("Student finance officer reports a student with 4 different people's bank cards. Student says they are flatmates' cards and he was buying groceries for everyone. Flatmates confirmed. No concerns.")
