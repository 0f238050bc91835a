# fresh189 part 4: short logs, look-alikes, negations, remaining types
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

# benign look-alikes and ordinary disputes
T("Care worker on a Health and Care visa moved sponsor with no problem, new employer paid the CoS costs. Query only.", "", "", "")
T("Landlord rents 9 rooms in a converted house in Reading, each tenant has a tenancy, licensed HMO. Tenants work at various places. No concern.", "", "", "")
T("Nurse doing back-to-back long days on the bank to pay for her wedding. Her choice, paid at bank rates.", "", "", "")
T("Restaurant worker complains tips are shared unfairly by the manager. Tipping Act advice given. Not MS.", "", "", "")
T("""Scaffolder (Irish) arrested for drink driving at 5am on his way to a site in Milton Keynes. Self-employed, own van. No other concerns.""", "", "", "")
T("Agency worker says he was put on a zero hours contract and wants more hours. Paid for what he works. Employment advice.", "", "", "")
T("Employer provides minibus to the factory free of charge for workers without cars. Optional. Checked on GLAA visit.", "", "", "")
T("Hotel provides uniforms free and launders them. Staff confirmed no deductions.", "", "", "")
T("""Warehouse supervisor reports theft of stock by two agency workers. Both arrested. Both live locally with family, no indicators of exploitation.""", "", "", "")
T("Student says she keeps her passport in her desk drawer at her halls. Lost BRP reported.", "", "", "")
T("""Care home manager contacted police after a sponsored worker didn't turn up for 3 shifts. Worker found safe at a friend's in Leeds - had moved to a new sponsor and forgot to tell them. No concerns.""", "", "", "")
T("Man at cashpoint with several cards - his own, his wife's and his elderly mum's, he does her shopping. Checked, genuine.", "", "", "")
T("""Dispute between a builder and a customer in Hove over unfinished extension work. Customer alleges fraud. Civil matter, advised Trading Standards.""", "", "", "")
T("Chef works 50 hours in a busy kitchen, salaried, has his own flat, likes the job. Mentioned only because he was a witness to a robbery.", "", "", "")
T("""Complaint from a delivery driver that the courier firm deducts £250 a week for van hire. He signed up as self-employed knowing the deal and can leave any time. Advised re employment status.""", "", "", "")
T("Fruit picker (Kyrgyz, Seasonal Worker) lost his phone at the farm and reported it stolen. Otherwise happy with his employer.", "", "", "")
T("Domestic cleaner working for several private houses in Richmond, self-employed, sets her own hours. Reported a burglary at a client's.", "", "", "")
T("""Two Portuguese brothers share a caravan on a farm in Herefordshire where they have worked for 10 years. Own car, own bank accounts. Visit prompted by anon report - no concerns.""", "", "", "")
T("""Local authority licensing: massage establishment in Exeter renewed licence, all therapists qualified, self-employed, own transport. No concerns.""", "", "", "")
T("""Care worker says her manager is strict about phones on the floor - they're kept in lockers during shifts, like for all staff. Free to use them on breaks.""", "", "", "")
T("Man at the building site says his boss takes his bank card - it turns out to be a misunderstanding, the boss was holding it for him while he was in hospital and gave it back. No concern.", "", "", "")
T("""Employee at a distribution centre in Doncaster raised grievance about a shift pattern change from days to nights. Tribunal pending.""", "", "", "")
T("Woman and her 7 adult children and grandchildren all live in a 4 bed council house in Hackney, overcrowded, on housing list. Family, not exploitation.", "", "", "")
T("""Au pair in Chester, 19, wanted advice because the family asked her to work an extra evening. She said no and they accepted it. No concern.""", "", "", "")
T("Sponsor licence suspended for record-keeping failures at a care home in Leeds. Workers interviewed - paid correctly, documents held by themselves. Compliance only.", "", "", "")
T("""Employer says she lets her live-in housekeeper use her car and gives her Sundays and Wednesdays off, pays her £1,800 a month. Family asked about 'domestic servitude' after a row with a neighbour. NFA.""", "", "", "")
T("Kidney donor (mother to son) at Guy's - HTA approved, no money changed hands.", "", "", "")
T("""Worker from Nepal says she paid £800 to a UK college to learn English before her visa application. College registered, course delivered. Not a recruitment fee. No concerns.""", "", "", "")
T("""Inspection at a furniture factory in Leicester - staff have contracts, PPE supplied, breaks given. A previous complaint about overcrowding at a worker's house relates to his own family. NFA.""", "", "", "")

# negated / hypothetical mixed with real
T("""Worker told us his boss has never threatened him, never hit him, and lets him go home when he wants. But he has not had a wage since August and the boss keeps saying "next week".""",
  "WW", "", "L")
T("Passport checked - in the worker's own possession. However his wages are paid to the gangmaster's partner.", "WW", "NCW", "L")
T("""There were no locks on the doors and the workers said they could go out. The house was filthy though, 11 men, rats in the kitchen, no hot water.""",
  "AC", "OA PLC", "L")
T("""Director says he would 'never' take passports. Workers later confirm he holds all their BRPs in his glovebox.""",
  "RD", "DT", "L")
T("No debt owed. Workers were not charged fees. The only issue is that they are driven to work in a van with no seats.", "AC", "ET", "L")
T("""She was worried that if she complained she might lose her job, but nobody had said that to her. Pay and hours fine. Reassured.""", "", "", "")
T("Worker asked what would happen if his employer took his passport. Hypothetical - he has it. Advice given.", "", "", "")
T("""Carer: "No one hurts me. No one locks me. But I work 19 days without rest and when I ask, the manager say my visa is finished if I don't do it." """,
  "EO IT", "LH", "L")
T("""Workers not isolated - all have phones and are in contact with family. But each paid £3,000 for the job and the agency takes £200 a month 'until the fee is covered'.""",
  "DB WW", "UF", "L")
T("Officers found no signs of forced labour at the hand car wash; all four workers were paid and free to leave.", "", "", "")
T("""Source says the hotel workers are not threatened and nobody holds their documents, but their hours are crazy, 16 hour days, 7 days.""",
  "EO", "LH", "L")
T("The agency denied taking any fees. Three workers showed bank transfer receipts of £1,500 each to the agency owner's personal account.", "DEC", "UF", "L")
T("If the workers had been sleeping on site that would be a concern, but they each have a room at a house in Boston with a tenancy. No issues.", "", "", "")
T("""No evidence of violence. The injuries to the worker's hands were from a legitimate accident at work which was reported to HSE.""", "", "", "")

# short real cases
T("Gaffer keeps the lads' cards, gives em £40 on a Friday.", "WW", "NCW", "L")
T("Told on arrival the £4k 'visa fee' must be paid back from wages.", "DB", "UF", "L")
T("Care worker: 'madam took my passport, says it is safer with her'.", "RD", "DT", "L")
T("Sponsor threatened to 'cancel the visa' if she refused nights.", "IT", "", "L")
T("Not allowed out of the flat except to go to work, driven there and back.", "RM", "RMS ET", "L", "high")
T("PV has only the clothes she's wearing and a phone with no SIM.", "", "FPE", "")
T("Interpreter supplied by the employer - PV changed her answers when he was there.", "", "SFW FA", "")
T("Made to pay £120 for steel toe caps and a harness before first shift.", "WW", "PPE", "L")
T("Ten cards in ten names found in the supervisor's wallet.", "", "MBC", "L")
T("He says he does not know the name of the town he lives in.", "ISO", "IS", "")
T("Workers told they will be 'sent back in a box' if they talk to the GLAA.", "IT", "FA", "L")
T("Promised an NHS job, ended up in a private house washing an old man for no pay.", "DEC WW", "", "L D")
T("Phone confiscated by the site boss every morning, given back at night.", "ISO", "IS", "L")
T("Guy at work got punched by the foreman for asking about his money.", "PSV", "", "L")
T("Pays the boss's cousin £10 a day for a lift to the factory.", "WW", "CT", "L")
T("Eighteen-hour shifts at the packhouse, no breaks, no water.", "EO AC", "LH", "L")
T("Passport & BRP held by HR at care agency, won't return.", "RD", "DT", "L")
T("Bloke at the carwash says boss's got his passport and he cant leave till he pays for it back", "RD DB RM", "DT RMS", "L")
T("they work them like dogs at that kitchen n they dont get paid proper", "EO WW", "LH", "L")
T("Vic states boss said he'd report her to 'the immigration' if she quit.", "IT", "FA", "L")
T("The housekeeper has one bag of belongings and sleeps on the sofa.", "", "FPE SW", "D")
T("Injured worker's boss refused to take him to A&E.", "AC", "PA", "L")
T("Worker looked malnourished, wearing the same clothes on each visit, very quiet.", "", "PA", "")
T("Picked up from the Tesco car park at 4am in a van with no windows, dropped back 11pm.", "", "CE", "L")
T("Recruitment agency in Kochi charged her £11,000 for a care job in Kent.", "", "UF", "L")
T("PV was locked in a storeroom at the hotel for a night as 'punishment'.", "RM AC", "RMS", "L", "high")

# more sexual, criminal, child
T("""Hotel housekeeper (Thai F, 30) says her supervisor forced her to have sex with him in an empty room and said he would get her visa cancelled if she told anyone.""",
  "PSV IT", "FA", "L S")
T("""Intel 3/B/P. Sponsored 'beauty therapists' at a salon in Slough believed to be made to provide sexual services to male clients after hours. Salon owner keeps their passports.""",
  "RD", "DT", "S L")
T("""Care worker (Filipino, 26) says the agency owner told her that if she wasn't 'nice to him' she would get no more shifts and he would tell the Home Office she had stopped working.""",
  "IT", "", "L")
T("""Boy (15), Somali, found working in a warehouse in Leicester on nights using his older cousin's ID. Cousin collects the wages. Boy not in school.""",
  "AV WW", "NCW", "L", "high")
T("""Chinese nationals (2 M) found tending a cannabis grow in the loft of a takeaway in Wrexham where they were also 'kitchen staff'. Said they were told they would work in the restaurant. Doors locked from outside.""",
  "DEC RM", "RMS", "C L")
T("""Young man (18) from Kent recruited by a 'delivery' job ad on Snapchat - turned out to be carrying drugs to Margate. Says he was told he owed £3,000 after a 'robbery' and the men showed up at his mum's house with a machete.""",
  "DEC DB IT", "", "C")
T("""Fraud: employer in Luton using sponsored workers' identities to claim universal credit. Workers' bank cards kept by the employer and the payments withdrawn by him.""",
  "WW", "NCW MBC", "L C")
T("""Shoplifting gang - 3 Romanian women, drop-offs at Meadowhall by a man who takes the goods. Women say they are paid nothing and owe him for their flights.""",
  "WW DB", "ET UF", "C")
T("""INT 2/B/P. 17 yr old girl working at a hotel in Blackpool as a chambermaid lives in staff quarters; manager (M, 40s) taking her to his flat after shifts and giving her alcohol. Believed sexual exploitation.""",
  "AV PSV", "", "S L", "high")

# longer items
T("""CASE SUMMARY (First Responder, Leeds City Council). PV: male, 33, Indian national, entered UK January on a Health and Care Worker visa sponsored by 'Compass Quality Care Ltd', Huddersfield. PV paid a Hyderabad agent INR 18 lakh (approx £17,000), borrowed from relatives against family land. No work was given for the first 11 weeks. He was then told to move to a house in Dewsbury owned by the director's husband, where 6 other sponsored workers lived. Work was offered at a care home 'on the director's terms': 60-70 hours a week, of which only 39 were paid through payroll, the rest described as 'training' or 'shadowing'. PV says the director told the group that anyone who complained would have their CoS withdrawn and would be reported to the Home Office as 'absconders'. Director also required each worker to pay £180 a month 'accommodation', deducted in cash on payday. PV's passport was taken to 'update records' and not returned. PV presented as anxious, underweight, and said he had been sending nothing home for 5 months. He has now been referred into the NRM with consent. A positive reasonable grounds decision is awaited.""",
  "DEC AV EO WW IT RD", "UF OA LH DT FA PA", "L")
T("""Officer's note, Op HARVEST MOON (Lincs). Visit to 'Fenland Fresh Produce'. Management cooperative. All 120 seasonal workers spoken to in groups with interpreters, 15 individually. Workers live in on-site caravans, 4 per unit, clean and heated; rent £70 a week deducted in line with the accommodation offset. Workers hold their passports and bank cards, have payslips, and are paid for all hours. Transport to fields is provided free. Two workers raised a dispute about piece rates on the strawberries; referred to the scheme operator. Nothing to suggest forced labour or coercion was found.""", "", "", "")
T("""Account of Ms R (Zimbabwe), recorded by a Kalayaan caseworker: "I came on the care visa, I paid £5,000 to the man in Harare. The company in Watford said there are no hours. A lady from the company said I can work for her mother as live-in. I was there 7 months. I did everything: washing her mother, cooking, cleaning for the whole family, the garden. I start at 6, I finish when they go to sleep, maybe 11 or 12. I had one day off in all that time. They paid me £400 a month, cash, sometimes nothing. The lady said I should be grateful because without her I would be sent back. I was not allowed visitors and I could not leave the house without asking. My phone they did not take but I had no credit and they turned off the wifi password for me." """,
  "DEC AV WW EO IT RM ISO", "UF LH RMS IS", "L D")
T("""CALL LOG 23:17. Female caller, quiet voice, says she's a cleaner at an office block in Canary Wharf and the man who brings the cleaners has taken everyone's phones and the van is locked with them inside waiting for him. Says she's borrowed a phone off a security guard. Says the man hit one of the girls tonight and says he'll 'do worse' to anyone who talks. Location: loading bay, 25 Harbour Quay. Officers attending.""",
  "RM ISO PSV IT", "RMS IS ET", "L", "immediate")
T("""Intel assessment (NCA, sanitised). A network is believed to be obtaining sponsor licences for shell domiciliary care companies, assigning CoS to overseas workers for fees of £10,000-£25,000, then abandoning the workers on arrival or supplying them to third-party employers in hospitality and warehousing at below minimum wage. Some workers are reportedly re-recruited by associates into cannabis cultivation or sex work when destitute. At least 4 companies identified across the West Midlands. Director details held.""",
  "DEC AV WW", "UF", "L C S")
T("""Statement of site manager, Tamworth housing development: "I noticed a group of 5 men working for the groundworks sub who never took lunch, never had water, and were always there before me at 6. Their foreman, a man they called 'Boss Andrei', did all their talking. One of them asked me in broken English for 'help, police' and pointed at his arm which was bandaged. When Andrei saw him talking to me he shouted at him in Romanian and took him to the van. I've got the van reg - LN70 HBK. I rang 101." """,
  "AC PSV", "SFW PA FA ET", "L")
T("""Referral - Medaille Trust. Female, 27, Vietnamese, nail technician in a salon in Sheffield. Says she came through a 'travel company' which promised a job in a restaurant. She now owes £28,000. She lives above the salon with 5 others, the boss keeps her passport, she works 9am-9pm 7 days. Paid £50 a week 'pocket money'. The boss's wife walks her to and from the shop. She was hit with a hairdryer when a customer complained. She has a little brother in Nghe An and the boss has said he 'knows the family'.""",
  "DEC DB RD EO WW RM PSV IT", "UF OA DT LH ET SW", "L")
T("""Probation officer: my client (British, 45, addiction) says a dealer in Bolton has him picking up and delivering parcels in exchange for heroin, and has taken over his flat. He is scared to go home. Cuckooing suspected.""",
  "AV IT", "FA", "C")
T("""MARAC/safeguarding note. Care worker (Ghanaian, 31) lives with her sponsor-employer's family in Enfield. She says she works in the family care home 48 hrs and then is expected to do housework and childcare every evening and weekend, unpaid. Husband of employer has made sexual comments and tried to enter her room at night. She has a lock but he has the key.""",
  "EO WW PSV", "LH", "L D")
T("""Officers attended a worker's report that his boss at a recycling plant in Tipton has his passport. Boss produced it from a drawer, returned it straight away, said he'd been 'minding it' at the worker's request. Worker accepts this. No further concerns; paid properly.""", "", "", "")
T("""Email from a Home Office compliance officer: "Interviewed 6 sponsored carers for 'Angel Wings Home Care'. All had paid 'sponsorship fees' of £8-15k to an intermediary. 4 have no work and survive on food banks; 2 are working 70 hrs/week but paid for 37.5. The director said to one of them, in a recorded voice note, 'If you go to anyone I will make sure you are on a plane.' Passing to police for MS assessment." """,
  "DEC EO WW IT AV", "UF LH", "L")
T("""Debrief (Afghan M, 17, through Dari interpreter): "They gave me an account for Deliveroo. I work on the bike from 11 in the morning to 1 in the night. Money goes to Hamid. He gives me £20 a day. He said my debt for the journey from Calais is £6,000 and if I stop, his people will find me at the hotel." """,
  "AV EO WW DB IT", "LH NCW UF", "L", "high")
T("""Welfare check by Hertfordshire Police at the request of an Indian consulate: care worker (F, 24) said to have 'disappeared'. Found at a friend's house, had left her sponsor after a pay dispute, looking for a new sponsor. Says her old employer was rude but did not hold documents or threaten her. NFA.""", "", "", "")
T("""Intel: a house on Beechwood Ave, Coventry has 15-20 African men coming and going at all hours, all in hi-vis, picked up by 2 minibuses at 5am. Neighbour says the man who collects them is 'always shouting'. No further information.""",
  "", "OA CE", "L")
T("""PV (Polish M, 49) - ex-offender and homeless in Ipswich, approached at a soup kitchen and offered 'building work with a bed'. Lived in a cold shed on the gangmaster's property. Wage said to be £300 a week, paid £50. Gangmaster took his benefit card 'to save for him'. PV left after 14 months with only a carrier bag of clothes.""",
  "AV DEC WW AC", "NCW PLC FPE", "L")
T("""Note to file: manager of a hotel in Inverness confirmed that all 30 overseas staff were recruited directly, no fees, visas paid by the hotel, staff accommodation £40 per week with own rooms. Spoken to 5 staff at random without managers present - all positive.""", "", "", "")

# extra
T("""Op ANVIL 2 - hand car wash, Smethwick. Six men, all Kurdish. The 'manager' insisted on translating and answered for everyone, including when asked their own ages. Each man had a small bag and nothing else at the cabin where they sleep. Boots and gloves 'sold' to them at £40. Manager had 6 bank cards on him in the workers' names.""",
  "AC WW", "SFW FPE SW PPE MBC NCW", "L")
T("""Hospital safeguarding lead: Indian male (24), care worker visa, came to A&E with a fresh flank wound. Says he 'gave a kidney' in Delhi last month to pay off the agent who arranged his visa; agent's contact in Wolverhampton set it up and told him it was the only way to clear the £14k.""",
  "DB AV", "UF PA", "O L")
T("""Anon tip: a man in Ilford is 'recruiting' kidney donors among destitute care workers whose sponsors have gone bust, offering £5,000 and a new visa. Phone number 07700 914 562.""",
  "DEC AV", "", "O")
T("Workers each charged £15 a week for the minibus to the poultry plant, whether they use it or not.", "WW", "CT", "L")
T("""He said they all have to buy their own knives, aprons and gloves off the supervisor at double the shop price. It comes off the first week's pay.""",
  "WW", "PPE", "L")
T("""Member of public: every time I go in that nail bar the same girl is there, she's got a black eye this week and the owner answers when I talk to her. She never seems to leave, there's a mattress behind the curtain.""",
  "PSV", "PA SFW SW", "L")
T("""Hotel manager, Torquay: a 'cousin' of one of the kitchen porters insists on collecting his wages in cash on his behalf each week and also does all the talking at his review meetings. Porter seems frightened of him.""",
  "WW", "SFW NCW FA", "L")
T("""Police log: Man (Lithuanian, 35) came into Boston police station with nothing but the clothes on his back. Says he walked out of a house where the gangmaster took all his wages and hit him for drinking. Has a black eye.""",
  "WW PSV", "FPE PA", "L")
T("Construction worker on a sponsored visa moved jobs after a pay dispute; new employer sponsored him properly. No concerns - enquiry from his MP.", "", "", "")
T("""Chef says his previous employer docked him for 'breakages' every week, but he left, got a new job and is now paid properly. Wants to claim back the deductions. Advised ACAS.""",
  "WW", "", "L")
