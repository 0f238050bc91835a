def add(T):
    T("Statement summary (Norfolk Constabulary, Op Sentinel): The victim, a 23-year-old Romanian woman referred to here as V1, met a man called 'Florin' in her home town of Craiova in March. He told her he loved her and that they would live together in England, where he had a job lined up for her in a restaurant kitchen. He paid for her coach ticket. On arrival in Great Yarmouth she was taken to a flat on Nelson Road Central shared with three other women. Florin told her the restaurant job had 'fallen through' and that she owed him £1,800 for the journey and the first month's rent. He took her ID card 'to register her with a doctor' and never returned it. Within a week he was posting adverts for her on an adult website and driving her to hotels in Norwich and Ipswich. He kept all of the money from clients and told her the debt went up by £100 every week she 'refused to work'. She was not allowed out of the flat without him or one of his cousins. When she cried and said she wanted to go home he slapped her and said her little brother in Craiova would 'have an accident'. She managed to message a friend from a client's phone, which led to this referral.",
      "DEC DB RD RM WW PSV IT", "UF DT RMS ET NCW", "S")
    T("Landlord in Wisbech, a local man, has 9 properties and rents rooms to Eastern European workers. Tenants interviewed at two properties: all have individual tenancy agreements, pay their own rent by bank transfer, and work for different employers. Property has fire doors and is licensed. No concerns regarding exploitation; suggested landlord tidies the garden.")
    T("IP denied that anyone had taken his passport or threatened him. He did say he had not been paid for six weeks at the scaffold firm in Ipswich and that the boss kept 'promising next Friday'.",
      "WW", "", "L")
    T("Nail bar visit, Cambridge. Both workers over 18, have own passports and BRPs, paid by bank transfer, live with family. Hours 10-7. Nothing to suggest exploitation.")
    T("The female was asked if she had been forced to do anything and said no, she works at the massage parlour by choice and keeps her own money. She rents her own flat in Norwich. No third party appears to be involved.")
    T("Report from a Thetford school: pupil's mother works at the chicken factory nights. Pupil says mum is 'always tired'. Mother spoken to: she works nights by choice on a permanent contract, has her own account. No concerns.")
    T("Crew on a Lowestoft trawler were paid correctly and had their own documents, but the accommodation on board had no heating and cockroaches, and two men had been made to work through a storm with no lifejackets.",
      "AC", "PLC", "L")
    T("Victim said he was never hit. He was told 'if you run we find you and break your legs', and they always had someone sitting outside the door of the house in Lowestoft.",
      "IT RM", "RMS", "L")
    T("CALL LOG 2231: caller states her sister is working as a housekeeper for a family in Newmarket, sister rang crying says she hasnt been paid since she arrived in June and has no days off, the wife has her passport. Sister is in the house now and scared to leave.",
      "WW EO RD", "LH DT FA", "D")
    T("Officer checked a van load of workers at a farm near Ely. No transport charge, workers drive themselves. Passports held by each worker. All good.")
    T("Source: Suspected brothel above a shop on St Benedict's St Norwich. Men seen going in at all hours. No information on whether the women are controlled. 4/C/N.",
      "", "", "S")
    T("Vietnamese female (17) found at a nail bar in King's Lynn during a GLAA visit. Says she came with 'uncle' who pays for her food and room and she doesn't get any money herself. Does not know the name of the town. Works every day.",
      "AV WW ISO EO", "NCW IS LH", "L", "high")
    T("Job advertisement posted in a Polish shop in Ipswich: 'work in packing, accommodation included, start tomorrow, £450 pw, no English needed, fee £200'. Trading Standards informed.",
      "", "UF", "")
    T("Man says he would leave the job if they stopped paying him, but they pay him every week and he's fine. Reported by his sister who had 'a bad feeling'. NFA.")
    T("INT 2/B/P: SANDU, Viorel. Recruits homeless Romanian men in London and brings them to Wisbech to work on farms. Holds their ID 'to register them'. Pays them in cash minus £60 pw rent, £30 transport. Men sleep in a garage behind his house. Has a dog he threatens them with.",
      "AV RD WW AC IT", "DT CT SW PLC", "L")
    T("Report of a young man being chased by two others in Lowestoft. He ran into a shop and told staff they wanted their money back for drugs. Not clear if he was working for them.",
      "", "FA", "")
    T("A woman came into Ipswich library and asked for help reading a letter. She said her husband doesn't let her have a phone. Library staff concerned about domestic abuse. No suggestion of forced work.",
      "ISO", "IS", "")
    T("Care home in Cromer: overseas carers told by the owner that their certificates of sponsorship would be 'reported' if they complained about rota. Staff working 16 hour shifts back to back. Carers owe the owner's nephew for 'visa costs'.",
      "IT EO DB", "LH UF", "L")
    T("Drugs warrant executed at a flat in Norwich. Adult male arrested for possession with intent. No signs he was being exploited. He's an established dealer.")
    T("IDVA notes: she said her husband had not taken her passport and she could leave when she wanted, but he controls every pound she earns at the laundry and logs her hours.",
      "WW", "NCW", "")
    T("Pupils in Ely described a man who 'gives out free vapes' to Year 9s and asks them to drop off parcels. One boy said he was told 'you owe me now'.",
      "AV DB", "", "C", "high")
    T("Caller reports a male with a bloodied face at a bus stop in Thetford saying 'they will kill me, they have my passport', caller doesn't know where he's come from. Male still there now.",
      "PSV IT RD", "PA DT FA", "", "immediate")
    T("Fake news alert: social media post claiming children are being snatched for organs in Norwich. Checked, no substance. Comms team rebuttal issued.")
    T("Woman in Cambridge who donated a kidney to her sister contacted police after being trolled online. Donation lawful and voluntary. Malicious comms investigation only.")
    T("Source: a man called 'Doctor' in Peterborough is recruiting Bulgarian women through Facebook to travel to Turkey for 'paid kidney donation'. One woman from Wisbech went and came back ill, was paid nothing of the £5,000 promised and said she was kept in a house in Istanbul before the operation.",
      "DEC WW RM", "RMS PA", "O")
    T("I was promised a good job. They lie. I sleep on the floor in the kitchen of the restaurant, I work from 10 morning to 1 night, no day off.",
      "DEC AC EO", "SW LH", "L")
    T("Community officer visited Polish shop in King's Lynn after reports of workers being 'controlled'. Shop owner employs his own sons. All fine.")
    T("Housing note: one flat in Gorleston, 3 bedrooms, 11 Romanian men. Agent who rents it says he also gets them work in Norwich and takes 'a bit' from their pay for finding it.",
      "WW", "OA", "L")
    T("Victim wasn't locked in but said she 'could not leave because where would I go, I owe them £5,000 and they know where my parents live'.",
      "DB IT", "", "S")
    T("Call handler: boy sounds about 12 saying he has been left at a flat in Great Yarmouth with 'the stuff' by some men from London and they said they'll be back tonight. Doesn't know the address.",
      "AV ISO", "IS", "C", "immediate")
    T("Referred: a 21yo Ghanaian female brought to Norwich as a 'niece' by a couple who then made her care for their children and cook and clean with no pay for 4 years. She was not allowed to go to college as promised. They said she was 'illegal' and would be sent to prison if she went outside alone.",
      "DEC WW EO RM IT AV", "RMS FA LH", "D")
    T("Theft of a push bike from Cambridge station. No suspects.")
    T("Site manager at a construction site in Ipswich worried about a subcontractor's gang: workers arrive in a minibus at 6, leave at 8pm, never speak to anyone, one man always speaks for them. They don't have their own boots and are charged for them.",
      "", "CE SFW PPE LH", "L")
    T("Hypothetical question from a farmer at a NFU event in Norwich: 'if a worker gives me his passport to look after, is that illegal?' Advice given. No actual case.")
    T("Norfolk MASH: 16yo girl in King's Lynn in a relationship with a 25yo male, who buys her alcohol and takes her to parties where she has been made to have sex with his friends. She has told her mother she loves him.",
      "AV PSV", "", "S", "high")
    T("He said: 'My wage go to Aurel account. Aurel gives me food and cigarette. I never have card.' Ipswich, car wash.",
      "WW", "NCW", "L")
    T("Shoplifting gang in Cambridge: three women arrested, all say they were brought by a man who drives them from shop to shop and takes the goods, and they are not allowed to keep anything. One has bruising.",
      "WW", "ET PA", "C")
    T("Driver in Norwich was asked to carry parcels for £50. He declined. Reported as suspicious. No exploitation.")
    T("NCA alert forwarded: organised crime group moving Chinese women through short let flats in Cambridge, Norwich and Colchester. Women not allowed out, food brought in, phones held by the controller.",
      "RM ISO", "RMS IS", "S")
    T("GLAA: labour provider in Wisbech unlicensed. Workers say pay is 'normal' and they live in their own places. Licensing matter only.")
    T("Worker said the agency took £180 for 'registration and training' before she started and that she must pay £10 a week for her gloves and apron.",
      "WW", "UF PPE", "L")
    T("Caller: my neighbour's au pair told me she is not allowed to go out, the parents take her phone at night and she has to work from 6am to 10pm for £50 a week, she is 18 and from Spain, she wants to go home but they have her ticket.",
      "RM ISO WW EO", "RMS IS LH", "D")
    T("A lone man found sleeping in a church porch in Bury says he left Ipswich 'because they beat me'. He didn't want to say who or why.",
      "PSV", "FA", "")
    T("Restaurant in Norwich: chef works long hours, 60 a week, but owns a share of the business and has his own flat. Caller misunderstood. NFA.")
    T("Field worker in Chatteris: 'Bus at 4. Home at 9. Pay £8 for bus. Pay £70 house. Pay for this, for that. End of week £40.'",
      "WW EO", "CE CT LH", "L")
    T("Intel: the cannabis grow at Elm Rd Wisbech is 'gardened' by a young Vietnamese lad who is never let out and has food delivered by the controller every 3 days. Windows blacked out. 3/B/P.",
      "RM AV", "RMS", "C")
    T("Victim statement excerpt: 'I did not know I could go to the police. He told me the police in England would take my children.'",
      "IT", "FA", "")
    T("Licensing visit to a hand car wash in Great Yarmouth. Workers employed through payroll, have PPE, shower facilities. Owner cooperative. No issues.")
    T("ASB report: youths on bikes in Norwich. Dealt with.")
    T("Report via Unseen app: 'Man at Wisbech petrol station collects young women from a white van, they all wear the same hoodies and look tired, he took a phone off one of them.'",
      "ISO", "PA IS", "")
    T("An Indian student in Cambridge told a college welfare officer that she works 40 hours a week at a shop, more than her visa allows, and the shop owner says he will report her if she stops. She is paid half what was agreed.",
      "IT WW AV", "FA", "L")
    T("Report: a 19 yo man with autism in Lowestoft is living with a family friend who uses his flat to deal drugs and makes him answer the door to buyers. He says he's frightened to say no because he'll be 'kicked out'.",
      "AV IT", "FA", "C")
    T("Debrief (Great Yarmouth): three Bulgarian men say they were told about the job by a cousin, paid €150 each to a driver, and now work at a fish factory. They are paid correctly and have their own documents. The accommodation is overcrowded but they chose it to save money. Advised.",
      "", "UF OA", "")
    T("MSVCC tasking: hotel in Ipswich, room 212, woman being advertised now, possible control, man seen standing outside door. Attend.",
      "RM", "RMS", "S", "immediate")
    T("My husband's boss keeps our passports since we came. He says we get them when we pay what we owe for visas.",
      "RD DB", "DT UF", "L")
    T("Fire service visit to a takeaway in Thetford found two men sleeping on mattresses in the store room with no fire exit. Owner says they are 'staff'.",
      "AC", "SW PLC", "L")
    T("Caller thinks 'something dodgy' at a house in Swaffham because of lots of cars. Visit: family party. NFA.")
    T("INT 3/B/I: Romanian pimp 'Gabi' has 5 women working in Norwich. The women hand over their earnings nightly. Believed he has his name on their bank accounts and collects the cards each morning.",
      "WW", "NCW MBC", "S")
    T("School in Great Yarmouth referred a 13yo boy who was found with £300 and two phones. He said a man 'looks after him' and gives him jobs. He won't say more.",
      "AV", "FA", "C", "high")
    T("A gardener in Ely works for several households, all pay him cash. Neighbour thought he may be 'a slave'. Spoken to: self-employed, lives with partner. No concerns.")
    T("The farmer did not hit anyone, and nobody's passport was taken, but they work 80 hours a week picking and he told them if they don't make quota they will sleep outside.",
      "EO IT", "LH", "L")
    T("Account given via Language Line: 'I clean the big house in Cambridge. Madam lock the door when she go out. I eat what the children leave.'",
      "RM AC", "RMS", "D")
    T("Report of vehicle repeatedly parked outside a school in Norwich. Parent waiting for child. NFA.")
    T("Housing association reports a tenant's flat in Ipswich has been taken over by dealers from London. Tenant, a heroin user, says he gets free gear for letting them stay. Possible cuckooing.",
      "AV", "", "C")
    T("Girl, 15, in care in Cambridge, returns from missing episodes with expensive gifts and a sore throat, STI confirmed. Says older 'friends' drive her to Luton.",
      "AV", "ET", "S", "high")
    T("A Polish man came in to Citizens Advice Lowestoft wanting help: his old employer didn't give him his final pay. He has his own documents and a new job. Employment dispute.",
      "WW", "", "")
    T("Social worker: Adult female with mild learning disability lives with her uncle in Thetford who takes her benefits and makes her clean his two rental houses for nothing. She says she has to or he'll 'put her in a home'.",
      "AV WW IT", "NCW", "D")
    T("Lorry driver at Felixstowe found 6 Albanian men in his trailer. They said they were going to jobs in 'gardens' arranged by someone in London and owe him for the trip.",
      "DB", "UF", "C")
    T("Reported concern: a man collects his wife's wages from the factory in Wisbech each week. Wife says it's their joint account and she is fine. No exploitation.")
    T("Caller: 'the car wash in Ipswich the boys look like they are starving and they were in the rain all day in flip flops no gloves no nothing'",
      "AC", "PA", "L")
    T("PCSO: Met a young Romanian woman at the bus station in King's Lynn crying, she said she works in a bar and the owner says she has to 'go with' customers or she won't get paid. She is afraid of him.",
      "IT WW", "FA", "S")
    T("Immigration Enforcement raid at a Chinese restaurant in Bury St Edmunds. 3 arrests. All lived in their own rented rooms and had been paid at minimum wage. Not exploitation.")
    T("Victim disclosed that the recruiter had taken £2,500 from her family in Vietnam for the trip and told her she'd be studying. In Norwich she was put to work at a nail bar and told she must repay £15,000 from her wages.",
      "DEC DB WW", "UF", "L")
    T("Uncle of a 17yo Afghan boy in Ipswich asking if he can work at his car wash on weekends. Advice given. Boy attends college.")
