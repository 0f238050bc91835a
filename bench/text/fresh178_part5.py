# fresh178 part 5: longer reports


def add(T):
    T("""FINANCIAL INVESTIGATION REPORT – Op CANDLEWICK (Norfolk Constabulary, ECU)
    Subject: Valentin GRIGORE (dob 03/04/1981), Cristina GRIGORE (dob 11/09/1986).
    Background: intelligence received from GLAA that the GRIGOREs supply labour to three food factories in King's
    Lynn through an unlicensed arrangement with a licensed agency.
    Findings: production orders on Barclays, HSBC and Monzo. Wages for 27 workers (gross £9,800-£11,200 per week in
    total) are paid by the agency into 27 accounts. In every case the account's online banking is accessed from two
    devices registered to the GRIGOREs. Debit cards for 24 accounts were recovered from a biscuit tin in the kitchen
    at 14 Saddlebow Rd during the search, with PINs written on masking tape. Cash withdrawals occur every Friday
    between 05:00 and 06:00 at 3 ATMs. Cristina GRIGORE then transfers between £40 and £70 per worker to a prepaid
    card given to each worker. Over 18 months, workers received about 14% of their net pay.
    A handwritten ledger lists each worker with weekly 'chirie' (rent) £90, 'transport' £30 and 'datorie' (debt).
    The debt figure for 19 workers is higher now than when they arrived. Workers were living 9 to a 3-bed house.
    Conclusion: the financial picture strongly supports control of wages and debt bondage. Recommend restraint order.""",
      "WW DB", "NCW MBC CT OA", "L")
    T("""Case notes (Migrant Help, Cardiff), client R, male, 29, from Eritrea, via interpreter (Tigrinya).
    R says he arrived in Calais after a long journey through Libya, where he was held in a warehouse and beaten until
    his family paid. In Calais a man he calls 'Habesha' said he could get him to the UK and give him a job, to be paid
    back later. R came in a lorry. He was taken to a house in Newport where 'Habesha' and another man took his phone
    and the small bag he had. He was put to work at a car wash 7 days a week, 8am to 7pm. He was given food, a mattress
    on the floor of a room he shared with 5 others, and no money. When he asked when he would be paid he was told he
    owed £6,000 for the lorry and he would be told when it was finished. He was not allowed to go out except to the car
    wash, and one of the men walked with them there and back. He says he did not know the name of the town until he
    saw a sign at the hospital when he cut his arm. Staff at the hospital asked him questions but the man who took him
    answered them. R left one night when the door was left unlocked. He is frightened the men will find him and
    repeatedly asks if we will tell the police where he lives.
    Plan: NRM referral with consent; safe house referral via MSVCC; GP registration.""",
      "DEC ISO EO WW DB RM AC", "LH OA PLC RMS ET IS SFW FA FPE UF", "L")
    T("""Benefit investigation summary (DWP Integrated Risk & Intelligence Service): Between March and October, 63 new
    Universal Credit claims were made online from a single IP address in Smethwick. The claimants are Romanian and
    Bulgarian nationals with recently issued NI numbers. Each claim gave one of four addresses, all rented from the same
    landlord. Payments went into 22 accounts, many of which share a contact telephone number. Interviewed claimants
    (4 of 63) said a man named 'Sorin' helped them come to England, found them work at a laundry and a recycling plant,
    and 'did the paperwork'. Three of them did not know what Universal Credit was. They said Sorin keeps their bank
    cards 'because of the rent' and gives them pocket money. None of them had their own ID documents, which Sorin
    'keeps in the office'. One said that a man who argued with Sorin 'went to hospital'.
    Assessment: the benefit fraud appears to be run by a controller using workers who are themselves likely victims of
    labour exploitation. Referred to the West Midlands ROCU and the Single Competent Authority.""",
      "WW RD IT", "NCW MBC DT OA", "L C")
    T("""Statement of witness (bank cashier), Halifax, Skegness. I have worked at this branch for 9 years. In the summer
    a man I now know as Ionut MIRCEA came into the branch on many occasions with different young men, always in the
    early morning. He would give me their passports to open accounts and the young men would just sign where he
    pointed. He gave his own address and mobile number for all of them. When I asked one young man a question about his
    job directly, MIRCEA answered and the young man looked at the floor. I noticed several of them were very thin and
    wore the same work clothes every time, covered in what looked like mud. In September MIRCEA came in with four debit
    cards and tried to withdraw cash over the counter using each one. I refused as the cardholders were not present.
    He became angry and said "they are my workers, I pay their rent". I reported this to my manager and a SAR was made.""",
      "WW", "SFW PA NCW MBC", "L")
    T("""Referral to the local authority (adult safeguarding) from a community nurse. I visit Mrs Enid ROBERTS, 88, at
    home for leg dressings. Since spring a couple, Darren and Kelly, have moved in as 'carers'. Mrs ROBERTS tells me they
    are lovely and do everything for her. I looked at her kitchen and there is food in the fridge, she is clean and well
    dressed, and her daughter visits every Sunday and manages her money through a registered LPA. Darren is paid £250
    a week through a direct payment, which the daughter arranged and checks. I raised this only because another nurse
    had been worried about 'strangers in the house'. Having looked into it I have no concerns about financial or other
    abuse and nobody is being made to work against their will. Passing on for the record.""")
    T("""HMRC National Minimum Wage enforcement report, employer: Prestige Hand Car Valet (Oldham).
    Officers visited on 14 May after a complaint. Six workers were present, all Kurdish Iraqi men aged 20-35. All
    were on the payroll at 16 hours a week, but time sheets we found in the office, and the workers' own accounts,
    show 60-70 hours a week. Workers are paid a flat £250 a week in cash. There was no heating in the wash bay and no
    gloves or eye protection for the chemical wash. Two workers sleep in a room above the unit, the rest in a house
    owned by the employer's brother; £50 a week 'rent' each is taken out of the cash. All workers held their own
    passports or ARCs and told us they could leave; none reported threats. Arrears calculated at £48,600. The
    referral to GLAA notes the working conditions and the accommodation deductions for a labour exploitation
    assessment, but the workers themselves did not describe force.""",
      "WW EO AC", "LH SW", "L")
    T("""Intelligence report, North East ROCU, grading 2/B/P. It is reported that a Vietnamese OCG is running at least
    six nail bars in Sunderland, Durham and Middlesbrough. Workers are mainly young Vietnamese women and some teenage
    boys, brought via France. They are told before leaving Vietnam that they'll study and work in a beauty salon and
    will be able to send money home. On arrival their phones are taken and they're given a basic phone with only the
    manager's number. They live in flats above two of the shops and are driven to the others in a people carrier at
    08:30 and back at 21:00. Wages are paid into accounts opened for them by the manager, who holds the cards. They
    are told they owe £20,000-£30,000 for their journey. Two boys are believed to be under 18. Workers who are slow
    are slapped and called names. The manager, known as 'Chi Hoa', is said to tell them the police in the UK will put
    them in prison because they have no papers.""",
      "DEC ISO WW DB PSV IT AV EO", "IS ET CE NCW UF FA SW", "L", "high")
    T("""Complaint letter to the council from a resident of Beech Avenue: "I am writing to complain about number 12
    which I believe is being used as a doss house. There are vans coming at 5 in the morning and there is rubbish
    everywhere. I counted 11 men coming out one morning. The landlord lives in Spain." Environmental health visited:
    the property is a licensed HMO for 12 people; each occupant has an individual tenancy, pays rent from his own
    account and works for different employers (two of them at the same builders' merchant, which sends a van). The
    rubbish problem was due to a missed bin collection. No evidence of exploitation, control or overcrowding beyond
    the licence. Advice given to the landlord about bin storage.""")
    T("""DEBRIEF NOTES – female, 24, Romanian (NRM referral made). She met a man in Craiova on Facebook who said he loved
    her and wanted to live with her in England. He paid for her flight. In Birmingham he told her he had lost his job
    and they'd lose the flat unless she worked 'for a few weeks' in a massage parlour. She refused and he hit her
    and locked her in the bathroom overnight. After that she went. He took all the money every night and kept her ID
    card 'so you don't lose it'. When she said she wanted to go home he said he would send videos of her to her
    father. She was moved between flats in Birmingham, Coventry and Leicester and did not always know which city
    she was in. She worked from noon until 4am. She was allowed to call her mother only with him listening on speaker.
    A friend from Craiova recognised an advert photo and called the police.""",
      "DEC PSV RM WW RD IT ISO EO", "DT IS LH NCW", "S")
    T("""Note of multi-agency meeting re 'Unit 4, Hollins Industrial Estate' (police, HMRC, GLAA, Fire, council).
    The unit is a furniture upholstery workshop. Fire service raised concerns after an inspection found 2 beds in the
    mezzanine. Employer explains that a worker stayed over during a family crisis. Follow up visits at 11pm and 6am
    found no-one living there. HMRC found payroll and PAYE correct for all 9 staff. GLAA spoke to staff alone with an
    interpreter: they each have their own home address, own documents and bank cards, and work 8-4:30 Monday to
    Friday. One worker said he sometimes works a Saturday for time and a half, by choice. Actions: fire safety notice
    re the beds (removed); no further multi-agency action. Outcome: no modern slavery concerns.""")
    T("""Summary of online chat with Modern Slavery Helpline: Caller is a worker at a meat plant in Northern Ireland. He
    came from Brazil through an agent in Goiania who charged him R$15,000 (he says about £2,200) which he borrowed from
    the agent's cousin at 'high interest'. He says the job is legal and the plant pays properly into his own account,
    but every month he has to send most of it to the cousin, and the debt isn't going down. The cousin has sent
    messages saying his wife in Brazil 'should be careful'. He shares a house arranged by the agent with 10 others,
    paying £100 a week for a bed. He has his passport. He isn't locked in. He asked what he can do. Advice given,
    details of PSNI Modern Slavery Human Trafficking Unit and Migrant Help passed, caller to think about referral.""",
      "DB IT", "UF OA", "L")
    T("""Log of call from Ofcom-regulated phone shop in Ilford (manager): this morning a man bought 15 SIM-only contracts
    in the names of 15 different women, all Thai and Chinese, who came in together. He handled all their passports
    and did all the talking; the women seemed not to know what they were signing. When one woman asked something in
    Thai he snapped at her and she went quiet. One looked about 17. The man paid with one of a stack of bank cards.
    Manager refused the last 5 contracts. CCTV retained. He was driving a black Mercedes Vito, LD70 HRW, which the
    women got into. Manager is concerned they are being used for sex work or fraud. Officer to visit the shop tomorrow to collect CCTV and copies of the ID documents that were scanned. Mobile network to be asked which SIMs were activated and where. Intelligence submission made; flagged to the force's modern slavery coordinator.""",
      "RD", "SFW DT MBC ET FA", "S C", "high")
    T("""Trading Standards and police joint operation — doorstep crime. Mr Patrick WARD and his two sons have been
    carrying out poor-quality roofing and driveway work in Gloucestershire, charging elderly residents thousands of
    pounds. During enquiries officers found two middle-aged men living in a caravan on WARD's land in squalid
    conditions: no toilet, no running water, a bucket for washing. The men had worked for the WARDs for over ten years
    laying tarmac. They were given food, cigarettes and occasional cash but no wages. Both had been recruited when
    homeless in Bristol. One said he was beaten with a spade when he tried to leave in 2019 and was brought back
    by the sons. They did not know their own dates of birth and had no ID; WARD had their bank cards and claimed their
    benefits.""",
      "AV WW AC PSV RM", "PLC NCW", "L C")
    T("""Consultant's letter, renal unit: Mr H, 52, returned from a private hospital in Cairo with a functioning kidney
    graft and no documentation of the donor. On questioning he said he paid £35,000 to a 'facilitator' and that the
    donor was 'a poor young man who needed money'. He became evasive. We have notified the Human Tissue Authority and,
    on their advice, the police, as this may be a transplant obtained through trafficking of a vulnerable donor. Mr H
    needs ongoing immunosuppression and we will continue his care. For information: Mr H has given permission for this letter to be shared with the police. He has been told that his treatment will not be affected by any enquiry. Copy to the Trust's safeguarding team and to his GP, Dr Rahman, at the Parkside Surgery.""",
      "AV", "", "O")
    T("""Intelligence note, County Lines Coordination Centre: Subject 'Kaya' (real name believed to be Tyrese COLE,
    19) runs the 'KAYA' line from Lambeth into Bournemouth. Phone data shows bulk messaging at all hours. Intelligence
    from Dorset Police is that two boys, 14 and 15, from Croydon have been reported missing repeatedly and found at a
    flat in Boscombe belonging to a vulnerable heroin user whose home has been taken over. The boys told officers they
    had 'run up a debt' after being robbed of the drugs, which COLE said was £1,200, and that they had to keep working
    until it was paid. One boy has a knife wound to his thigh which he says COLE gave him 'as a warning'. Their phones
    are controlled; COLE takes them and gives them a line phone only. The boys are currently missing again.""",
      "AV DB PSV ISO IT", "IS PA", "C", "immediate")
    T("""Financial investigator's note re restraint application, Op HEMLOCK. It is important to record what the evidence
    does NOT show. We have found no evidence that the suspect held the workers' passports: all 12 workers produced their
    own. Nor is there evidence of locking in or threats. What the bank records do show is that the workers' wages were
    paid into a single account controlled by the suspect, and that each worker received less than half of his pay after
    deductions for housing (£75 a week) and transport (£20 a week) that the workers say they never agreed to. This
    supports the withholding of wages and charged transport; the CPS should not rely on document retention or
    restriction of movement. The MG3 should reflect this. The wage schedule is exhibit LM/7 and the witness statements of the 12 workers are in the bundle. The restraint order hearing is listed for 10am on the 14th at Southwark.""",
      "WW", "NCW CT", "L")
    T("""Domestic servitude case summary (Met, Hillingdon). Victim: 'M', female, from India, now 23. Came to the UK aged
    17 on a visitor visa with a family friend who said she'd go to college. For five years she cooked, cleaned and
    looked after the family's three children and the grandmother, from 5:30am until after midnight, sleeping on a mat
    in the children's room. She was never paid; the family said they sent money to her parents, but her parents
    received a few hundred pounds a year. Her passport was kept in a locked cupboard. She was not allowed to use the
    phone or go out alone, and was told that if she went to the police she'd be arrested as an illegal. She was hit by
    the wife with a rolling pin on at least one occasion, causing a scar. She escaped with the help of a neighbour who
    noticed she never left the house. NRM positive conclusive grounds.""",
      "AV DEC EO WW RD RM ISO IT PSV AC", "LH DT RMS IS FA PA", "D")
    T("""SAR narrative (Nationwide): Our customer, a self-employed cleaner, aged 45, has received 30 payments totalling
    £14,000 in the past three months from private individuals. She then sends amounts to a recipient in Nigeria. We
    spoke to her: she runs a cleaning round of 30 houses and is paying her son's university fees in Lagos. She showed
    invoices and a fee letter. The pattern is consistent with her business. Concern closed, no report to the NCA. The customer was thanked for her help and told that the review was routine. The alert thresholds for this type of small business account have been passed to the financial crime team for review, as this is the fourth false alert of this kind this quarter. No further action.""")
    T("""Police log, 02:47, Humberside: Caller is a lorry driver at Immingham docks; says he can hear banging and
    shouting from inside a container on the quay next to his cab, voices in a language he doesn't know, someone
    shouting 'water'. Container is red, Maersk. Port police and ambulance dispatched. Update 03:05: container
    opened; 14 adults and 2 children found, severely dehydrated. Two adults unresponsive.""",
      "", "PA", "", "immediate")
    T("""MASH referral (school DSL), re Chloe, 14: Chloe has been seen getting into different cars after school and
    tells friends she has an 'older boyfriend' of 24 who buys her vapes and clothes. She has a second phone. Her mum
    says Chloe has come home at 3am smelling of alcohol and has bruises on her arms. A friend told staff the boyfriend
    takes Chloe to 'parties at a flat' where she is made to 'be nice' to his mates, and that he says she owes him for
    everything he's bought her. Chloe has stopped seeing her old friends and is now with him every evening. Chloe
    became angry when asked and said she loves him. Chloe's mum has been given advice about the phone and about reporting Chloe missing if she doesn't come home. The DSL has shared the friend's account with the police and the CSE team at the MASH, and Chloe has a strategy meeting booked for Tuesday.""",
      "AV DEC PSV DB ISO", "PA IS", "S", "high")
    T("""Report of an officer's visit to 'Golden Hands Massage', Newcastle, after anonymous information. The premises
    has a valid special treatment licence. Present were the owner (a British-Chinese woman) and two therapists, both
    Chinese nationals with student visas valid for part-time work. Officers spoke to each therapist alone with a
    Mandarin interpreter. Each said she rents a room in a shared student house, studies at Northumbria, works up to 20
    hours a week at the parlour and is paid into her own account. Both had their own passports and BRPs and showed us
    their phones and bank apps. There were no beds other than treatment couches and no evidence of sexual services. We
    found nothing to support the anonymous information, which may have been malicious.""")
    T("""Case notes (Hope for Justice IVA), client G, 34, Polish. G's alcohol addiction led to losing his job and home in
    Poznan. A man at the homeless shelter offered him work in the UK with a room and food. In Kidderminster G was put
    in a house with 11 other Polish men. The 'boss' took G's ID card at the coach station, opened a bank account for him
    and took the card. G worked in a waste recycling plant, usually 12-hour nights, 6 nights a week, and was given
    £20 cash a week plus cheap beer. When G asked for his ID to go home, the boss said he owed £1,800 for the coach,
    rent and 'bank fees'. G says the boss's brother threatened him with a hammer. G is now in a safe house.""",
      "AV DEC RD WW EO DB IT", "DT NCW LH OA UF", "L")
    T("""Crimestoppers (online form, copied as written): there is a farm on the back lane towards Holbeach and the
    farmer has got men in caravans there all year round, they look like they never get a wash, there clothes are
    filthy. they go out in the fields in the dark at like 4 and come back dark. i seen one of them getting kicked by
    the son last week in the yard. they got no car no bikes nothing, the nearest shop is miles, the son takes them to
    lidl once a week in the back of a pickup and stands with them while they shop. Please do something i cant sleep
    thinking about it. (Crimestoppers analyst note: reporter anonymous, no contact details. Location of the farm approximate from the description. Passed to Lincolnshire Police and GLAA for research.)""",
      "PSV RM ISO EO", "PA CE LH PLC ET RMS IS", "L")
    T("""Victim's words, via Albanian interpreter, recorded by solicitor: "I was 16 when I came. They told my mother I'd
    work in a restaurant and go to school. In England they put me in a house in Swindon and showed me the plants and
    the lights and said water them, and if the police come, run. They padlocked the door from outside. They brought food
    every three days, sometimes not. It was very hot and the smell made my head hurt. I slept on a mattress next to the
    plants. They said my family owed them £20,000 and if I went to the police they would go to my mother's house. I
    did not have a phone. I did not know where I was. When the police came I was scared, I thought I'd go to prison.\" """,
      "AV DEC RM AC DB IT ISO", "RMS SW PLC FA IS", "C", "high")
    T("""Bank SAR, extended narrative (Metro Bank). Customer: Kestrel Cleaning Services Ltd, sole director Mr Imran
    KHAN. Account opened 2024. The company provides cleaners to hotels in central London. In the period reviewed it
    paid wages of £1.1m. We reviewed payee accounts and found that 85% of wage payments go to accounts in the names of
    individual cleaners, which is normal, and that cleaners' accounts are used for everyday spending such as groceries,
    travel cards and rent to various landlords. The remaining payments go to a licensed umbrella company. Our initial
    alert was triggered by the high volume of small payments, which is explained by the business model. We found no
    indication that workers' wages are controlled by anyone else. No SAR submitted; internal review closed.""")
    T("""Police log, 21:16: caller (Nadia, 27) says her employer, who she works for as a live-in nanny in Hampstead,
    has just pushed her down the stairs and locked her in the utility room. She's calling from a phone she hid. He has
    her passport. She says he said he'll 'finish' her when his wife goes to bed. Address 7 Redington Gardens. Officers
    dispatched immediately, graded I.""",
      "PSV RM RD IT", "DT RMS", "D", "immediate")
    T("""Extract from an HMRC criminal investigation into a payroll fraud: The defendants created 'ghost' employees on the
    payroll of several construction firms, using identities bought from people on social media for £50 each. The
    'employees' did not work; the wages were paid into accounts controlled by the defendants and the tax was never paid
    over. Some of those who sold their identities later found they had tax debts. None of them were made to work and
    none were controlled; the case was charged as conspiracy to cheat the public revenue. Sentences of 4 and 6 years imposed, with confiscation proceedings to follow. HMRC has written to the people whose identities were used to explain how to challenge the tax debts.""",
      "", "", "C")
    T("""Referral (NHS safeguarding lead, maternity): a woman, 30, booked late at 32 weeks, attended with her 'husband'
    who answered every question for her, including about her own medical history, and refused to let her be seen
    alone. When the midwife managed a few minutes alone with her in the toilet she said she was brought from Albania by
    him, has to 'work in the flats' with men for him, and that he takes the money. She said he'd kill her if she told.
    She has old bruises on her arms and back. She was frightened to take the leaflet in case he found it. She does not
    know the address of the flat. Safeguarding actions: the midwife has booked the next scan as a 'lone appointment' so she can be seen alone, with an Albanian interpreter by phone. Police MASH and the modern slavery coordinator informed. Maternity unit security has the man's description.""",
      "PSV IT WW ISO", "SFW PA FA IS NCW", "S")
    T("""Financial intelligence assessment, Op GULLWING: three accounts held by Romanian national Bogdan ILIE receive
    salary credits for 40 workers, as expected for a 'team leader' role. However the agency confirms it pays ILIE a
    team leader fee directly, and the workers' wages should be going to them. Workers spoken to say ILIE 'helps' with
    banking, and that they owe him for flights, a deposit and a 'registration fee' of £250, which they pay in cash.
    They describe ILIE as 'strict'. Nobody described violence or threats. Passports were all held by the workers.
    Proposed: GLAA-led interviews with interpreters before any decision. The agency has been asked to stop paying wages via ILIE and to pay workers directly. Workers will be offered help to open accounts in their own names at a branch, without ILIE present. Review in 6 weeks.""",
      "WW DB", "NCW UF MBC", "L")
