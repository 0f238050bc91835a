E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Intel: women brought over to work at a Nottingham parcel warehouse are being advertised on AdultWork in the evenings by the same man who manages their agency shifts. 3/B/P",
  "", "", "L S")
T("Case note: IP (Romanian, 20, female) says her 'boyfriend' promised her a job in a warehouse and a flat together. On arrival in Leeds he took her passport and made her see men in a flat on Harehills Lane. She was raped by him when she refused. He said he'd send photos to her family. She was found by officers from West Yorkshire Police during a welfare visit after a neighbour complained about men coming and going at all hours. She was thin and frightened and at first said she was 'a visitor'. Once away from the flat and with a female Romanian-speaking interpreter she gave a fuller account, describing how the warehouse job was never mentioned again after she arrived. She has accepted support through the NRM and is now in a Salvation Army safe house. The boyfriend, Florin D, has been arrested on suspicion of controlling prostitution for gain and human trafficking.",
  "DEC RD PSV IT", "DT PA FA", "S")
T("Domestic worker in a house in Hampstead: came from the Philippines with employers. Sleeps on the kitchen floor, works 6am to midnight cleaning and childcare, has never had a day off. Employer keeps her passport 'in the bank'. Paid £100 a month into the employer's account 'for saving'. She was identified when she attended A&E with a burn to her forearm from an iron; the triage nurse noticed the employer's wife would not leave her side and answered for her. She later told a Filipino nurse in Tagalog that she had not spoken to her children in the Philippines for a year because the family keep her phone, and that she has been told that if she leaves the house she will be arrested because her visa is 'finished'. Referral made to Kalayaan and the MSVCC.",
  "RD EO WW AC ISO IT", "DT LH SW NCW PA SFW IS FA", "D")
T("Man from Moldova approached through a recruiter offering warehouse work. In London he was told that his debt could be cleared if he sold a kidney; taken to a flat where 'a doctor' did blood tests. He ran away before any operation.",
  "DEC DB AV", "", "O")
T("Intel 3/C/I: a facilitator in Ilford is said to be recruiting homeless Eastern European men with offers of construction work and then arranging for them to travel abroad for 'kidney donation' in exchange for cancelling their debts.",
  "DEC AV DB", "", "O")
T("Referral: boy, 16, from Albania, working at a car wash in Gravesend by day and 'minding' a cannabis farm in a flat at night. Sleeps at the flat. Told his family owe £8,000. Locked in at night.",
  "AV DB RM EO", "SW RMS", "L C", "high")
T("County lines: 15 y/o from Wolverhampton found in a trap house in Shrewsbury, had been there 5 days. Said the older lads took his phone, he had to sell crack, and he was slapped about when £200 went missing, and now owes them that.",
  "AV ISO PSV DB", "IS PA", "C", "high")
T("Concern: lady who cleans for the family at no. 14 is never seen out without them. She hangs the washing out at 11pm. The kids say she doesn't get paid and sleeps in the utility room.",
  "RM WW AC", "RMS SW", "D")
T("Delivery van driver told us he's made to drop off packages of cannabis and cash between Manchester and Blackpool along with his normal parcels, for a man he owes money to for his car. Said the man showed him a photo of his kids' school.",
  "DB IT", "", "C")
T("Intel: Slovak Roma females being driven each morning from Sheffield to a warehouse in Rotherham; in the evenings the same driver takes 2 of them to a flat where men are seen visiting. Driver holds all their bank cards. 3/B/P",
  "WW", "ET NCW MBC CE", "L S")
T("Begging: 3 Romanian men with disabilities dropped off outside Leeds station at 7am by a man in a silver Audi, collected at 7pm, cash taken off them. One had a prosthetic leg removed and placed next to him.",
  "AV WW", "CE NCW", "C")
T("A 17 year old girl says a man she met online offered her a job at a warehouse with a flat included. She is now staying at his place in Derby and he's got her working at the warehouse in the day and 'meeting his friends' at night. He took her phone. Mum says she's there right now.",
  "AV DEC ISO", "IS", "L S", "immediate")
T("Shoplifting gang: Romanian males arrested at Meadowhall with £2,000 of stolen razors. Two said they'd been promised warehouse work and a room by a man called 'DORU', but were sent out to steal instead and have to hand everything over. DORU keeps their IDs.",
  "DEC RD WW", "DT", "C")
T("Our nanny's friend is living with a family in Kensington. She has to clean all day, sleeps in the children's room, and isn't allowed to go out or have her phone. She's told if she runs the police will arrest her because her visa is tied to them.",
  "RM ISO EO IT AV", "RMS IS", "D")
T("Case note (MSVCC): female, 38, Nigerian, says she was told she'd be a carer. Instead she is doing the cooking, cleaning and childcare in a house in Luton for no pay, being hit by the wife, and made to sleep in the shed. Is in the house now and whispered on the phone.",
  "DEC WW PSV AC", "SW PLC", "D", "immediate")
T("Money mules: international students approached in a Nottingham warehouse canteen to 'rent' their bank accounts for £200. Accounts then used to launder fraud proceeds. Two students say they've been threatened after trying to close the accounts.",
  "IT AV", "", "C")
T("Intel: POI runs an 'agency' supplying cleaning crews to offices in Cardiff. Female workers from Romania are moved between offices at night and some are being offered to 'clients' for sex. 4/C/I",
  "", "", "L S")
T("Man on a building site in Wembley said he came to the UK after a broker arranged a kidney sale in Turkey to pay the debt he owed for the smuggling; he now works on sites for the same broker's cousin, who takes most of his pay.",
  "DB WW AV", "", "O L")
T("Girl aged 13 missing from home in Medway, believed to be in a car with two men who've been giving her vapes and getting her to deliver bags. Last seen 20 mins ago heading to the M2.",
  "AV", "", "C", "immediate")
T("Fraud intel: Bulgarian workers at a warehouse in Corby have had NI numbers and bank accounts set up by a 'helper' who then claims Universal Credit in their names. Workers don't know the log-ins. 3/B/P",
  "WW AV", "NCW", "C")
T("A young woman from Hungary says she came for a job as a cleaner at a hotel. The man who met her at Stansted took her passport and drove her to a house in Southend where she was told she had to work as a prostitute to pay £5,000. She was not hurt but was not allowed out.",
  "DEC RD DB RM", "DT RMS", "S")

# negated / hypothetical / mixed
T("Spoke to the 5 warehouse workers at the address. All had their own passports and bank cards, had signed tenancies, and said they choose their own shifts. No concerns identified.",
  "", "", "")
T("Worker at a parcel hub says he's been underpaid by around £200 this month because the agency got his hours wrong. He holds his own passport and is free to leave; he just wants the money sorted. Agency says it'll correct it next pay run.",
  "", "", "")
T("GLAA compliance check of Harbour Labour Ltd: pay at or above NMW, accommodation optional and at market rates, no transport charges, workers hold own documents. No breaches found.",
  "", "", "")
T("IP denied that anyone had threatened her and said she can go where she likes. But she confirmed the site boss has kept her wages for three months 'to send home' and she has not seen any of it.",
  "WW", "NCW", "L")
T("If the subcontractor doesn't pay us on Friday we will walk off the job and go to ACAS. We all have our own papers and we're in a union.",
  "", "", "")
T("Checked the van at the services: 6 roofers from Hull on their way to a job in Lincoln. All British, all known to each other, all self-employed, paid by bank transfer. No signs of exploitation found.",
  "", "", "")
T("Worker says his passport is with him in his locker, nobody ever took it. He is worried, though, that he has been sleeping in the warehouse break room for 3 weeks because the agency's house has no beds left.",
  "AC", "SW", "L")
T("Homeowner worried about the lads who tarmacked her drive. Police checked: they are the sons of the business owner, paid, living at home. No concerns.",
  "", "", "")
T("Male states that nobody has his passport and no-one has threatened him, but the gaffer 'took a loan' from his wages every week and he now owes over £1,500 that keeps going up. He's been told he can't quit till it's back.",
  "DB WW", "", "L")
T("Driver denied charging workers for the minibus. Workers confirmed they travel free. However, all 8 workers were living in a 2-bed flat provided by the driver's company.",
  "", "OA", "")
T("She was worried her lodger was being trafficked because he works nights at the depot and sleeps all day. Officer spoke with him: he is a British-born warehouse supervisor, chose night shifts for the premium, happy. Nothing further.",
  "", "", "")
T("Tenant in a HMO in Wolverhampton says there's 9 of them but each has their own tenancy with the landlord and different jobs. Complaint is about the boiler being broken for a week.",
  "", "PLC", "")
T("Possible exploitation ruled out: worker in construction who 'works every hour God sends' is the director of his own roofing company and is saving for a house.",
  "", "", "")
T("Worker said that if the agency ever took his passport he would go straight to the police. Nobody has. He did say his shift supervisor screams at them and threw a box at a girl last week.",
  "PSV", "", "L")
T("Intel checks negative: no evidence the 12 workers at the Grimsby unit are being charged fees or having documents held. Accommodation is provided by a housing association, not the employer.",
  "", "", "")
T("No sign of forced labour at the site. Workers were asked and none said they owed money. One worker did disclose he hasn't had a day off in six weeks and works 14 hour shifts because the contract is behind.",
  "EO", "LH", "L")
T("Would she be trafficked if she was working cash in hand for her uncle's cleaning company? She has her own passport and bank account, gets paid £12 an hour, and lives with her parents. Just asking for advice.",
  "", "", "")
T("He says that the agency didn't take any fees, but he has to pay £40 a week for the minibus and when he said he'd find his own way, they told him he'd lose his shifts.",
  "WW", "CT", "L")
T("Not a trafficking case in my view: lads on the scaffold crew are all local, 18-22, and get a good wage. The gaffer's strict, shouts a lot, but nobody's been hurt and they come and go as they like.",
  "", "", "")
T("Female denies being forced but says her partner takes her wages from the packing job each week and gives her £20. She's not allowed her own bank card. She doesn't want police involvement.",
  "WW", "NCW", "")
T("If I'm honest nobody's holding my papers and I can go home any time. The problem is I paid £2,000 to the man in Bucharest for this job and it doesn't exist. I've got nowhere to go.",
  "DEC", "UF", "L")
T("Concern from a bank: customer deposits cash from 20 different cards weekly. Enquiries showed he is the treasurer of a Polish football club collecting subs and using members' cards with consent for a tournament. No further action.",
  "", "", "")
T("Transplant patient at the QE in Birmingham, received a kidney from her brother, both assessed by the Human Tissue Authority process. Staff raised a query only because the donor's English was limited; interpreter confirmed consent. Not an exploitation concern.",
  "", "", "")
T("Organ donation enquiry: man asked his GP if he could donate a kidney to his cousin in Pakistan. GP explained the process. No payment or pressure involved; the man is a well-paid engineer. Logged for information only.",
  "", "", "")
T("Caller says her neighbour, a Romanian man, has told her he was offered money for a kidney by someone at his work in a meat packing warehouse. He refused and reported it to his manager. Caller wants to know if police should know about the person making the offer.",
  "", "", "O")
