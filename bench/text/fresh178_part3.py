# fresh178 part 3: financial investigators, DWP/HMRC, organ cases, ordinary fraud and cash businesses


def add(T):
    T("""FI report, Op SILVERBIRCH (West Mercia). Summary of cash-flow: 1) Wages of 34 workers from two agencies
    (Fieldforce Ltd, PrimePick Ltd) paid into 34 accounts. 2) Each account is debited within 24 hours by ATM
    withdrawals; CCTV from 5 ATMs shows the same two men, Dorin CIOBANU and Sergiu CIOBANU, withdrawing with a
    fan of cards. 3) Workers are paid in cash by the CIOBANUs at a rate equating to about £2.10 an hour after
    'deductions'. 4) Deductions per worker: £80 rent (for a bunk in a room of 6), £25 transport, £15 'utilities', £50
    'debt repayment' for the flight and job. 5) Cash is then sent via 3 MSBs to Moldova in amounts under £1,000.
    Workers' accounts hold no savings. Two workers told officers CIOBANU has their passports and that they were
    slapped when they asked for payslips. Recommend warrants under MSA 2015 s1 and POCA.""",
      "WW DB RD PSV", "NCW MBC OA CT DT", "L")
    T("""DWP: tenant of a housing association in Plymouth, claiming PIP and UC. Landlord raised concern over five other
    adults living there. Visit: they are the tenant's grown-up children and a partner, all on their own claims, with
    their own bank cards. Overcrowding referred to housing. No control or exploitation.""")
    T("""HMRC Intelligence: a nail bar chain of 6 shops in the South East registered under different directors at one
    accountant's address. Staff payroll shows 2 hours a day at NMW for each worker, while footfall counts suggest
    staff are in the shops 10-11 hours. Staff reported by neighbours to arrive together from a house in Crawley
    in a people carrier and leave after 9pm.""",
      "WW EO", "LH CE", "L")
    T("""INT 3/B/P: POI 'Big Dan' DOHERTY in Dundee is said to hold the bank cards of several homeless men who he
    put on UC and who do 'tarmac jobs' for him, paid in food and a caravan. Source states the men were picked up from
    the Salvation Army hostel.""",
      "AV WW", "NCW MBC PLC", "L C")
    T("""Bank SAR: customer account (Patient A) shows a payment of £48,000 to a Pakistani hospital plus £12,000 cash to
    'Mr Q'. Customer's GP confirmed the customer had a kidney transplant abroad. Customer says the donor was a
    stranger found by 'Mr Q' and paid £3,000. Suspicion of organ trafficking; referred to NCA.""",
      "", "", "O")
    T("""GP letter (for info): Mr Ahmed is recovering well after a living donor kidney transplant at the QE in
    Birmingham. His sister was the donor; NHS assessment and HTA approval completed. No concerns.""")
    T("""Intel from NGO in Albania: young men approached in Tirana are offered 'jobs in London' and told on arrival they
    must give a kidney to clear their travel debt. One victim in the UK is believed to have been taken abroad for
    surgery last month. Source graded B2.""",
      "DEC DB", "UF", "O")
    T("""Transplant coordinator note: patient on dialysis asked whether he could 'buy a kidney' from someone online; we
    explained it is illegal under the Human Tissue Act. He said he'll wait on the list. No further concern.""")
    T("""Referral via Home Office: Somali female, 22, asylum claimant, says in Libya the smugglers demanded she
    'sell a kidney' to pay for the boat; she has a surgical scar on her side and says she was never paid and was
    then sent on to Europe. Now in Middlesbrough.""",
      "DB AV", "PA UF", "O")
    T("""Kidney donation story in the local paper: father gives kidney to 9-year-old daughter at Great Ormond Street.""")
    T("""Police log: a man reported he'd met a 'doctor' on Facebook who offered £50,000 for his kidney in Turkey, he's
    in debt from gambling and was thinking about it. Advised and referred to NCA; no travel took place.""",
      "", "", "O")
    T("""HMRC: compliance visit to a Chinese takeaway in Swansea. Two kitchen staff live on the premises, paid £200 for
    a 72-hour week, no payslips. Staff said the owner 'looks after' their passports and they owe him for the visa.""",
      "WW EO RD DB AC", "SW LH DT UF", "L")
    T("""Suspicious Activity Report (Coventry Building Society): cash deposits at 8 branches by a retired couple who
    sold their caravan for cash. Bill of sale provided. No suspicion.""")
    T("""FI note: defendant's laptop includes a spreadsheet 'LADS' with columns: name, bank, PIN, wage, rent, van,
    owed. 17 rows. 'Owed' increases every week for 11 of them. Column 'passport' marked 'office' for all.""",
      "WW DB RD", "NCW CT DT MBC", "L")
    T("""Money service business (Tooting) reports a customer sending £600 a month to Ghana for the last 5 years,
    always the same beneficiary (his wife). In line with his salary as a bus driver. No suspicion.""")
    T("""Barclays SAR: 'sugar daddy' scam, 20yo female student received £2,000 then was asked to send £1,900 on to
    another account. She realised and reported it. She is a victim of a fraud, not exploitation.""",
      "", "", "C")
    T("""DWP intelligence: UC claims for 11 Slovak Roma adults list a single 'appointee' who collects all payments.
    The appointee also registered them as self-employed 'cleaners' to claim in-work top-ups. Claimants interviewed
    separately say they do work, cleaning offices at night for the appointee's company, but never see any money and
    are afraid of him. They live in his two houses in Rotherham.""",
      "WW", "NCW FA OA", "L C")
    T("""Bank's internal note: customer says his brother-in-law 'takes care of' his wages because he doesn't read
    English. Customer confirmed he receives cash whenever he wants and checks statements with his daughter. Cultural
    arrangement, no concern.""")
    T("""INT 2/B/P: Lithuanian OCG using workers' identities to claim CIS tax refunds. Workers are told they're signing
    for a 'work permit'; the refunds of £1-2k each go to the OCG. Workers have no idea.""",
      "DEC", "", "C")
    T("""Caller says her mum's care worker has been paid by the council for 4 months but says the agency doesn't pay her,
    the agency boss has her bank card and gives her £50 cash a week, she works 7 days and lives in the agency's house
    with 6 others.""",
      "WW EO", "NCW LH OA", "L")
    T("""Officer note after ATM CCTV review: male using cards in three names at ATMs in Hounslow. Enquiries show all
    three card holders are his adult children who are at university; he's withdrawing their student loans for rent on
    their behalf with their consent. NFA.""",
      "", "MBC", "", None)
    T("""SAR (Wise): a UK business account 'QuickPick Staffing' makes 200+ small payments a week to personal accounts
    in Bulgaria, described as 'wages', while UK HMRC RTI shows the same workers being paid in the UK too. Suggests
    double payroll or that workers' UK wages are being redirected abroad to a controller.""",
      "WW", "NCW", "L")
    T("""Fraud investigation: bounce-back loan fraud, £50k obtained by a 'director' of a dormant company. No
    victims of exploitation; straightforward fraud.""")
    T("""INT 2/A/P: POI Liam FARRELL uses teenage lads from Hartcliffe to open bank accounts which he uses to move
    county lines proceeds. The boys are given £50 and a vape; two who wanted out were beaten in a park.""",
      "AV PSV", "", "C", "high")
    T("""Statement from victim (Hungarian, translated): "He took my bank card on the first day. He said it is for the
    rent. I signed for a phone contract he wanted, then another one. Now I have debts in my name of £6,000. I work at the
    recycling plant, 12 hours, and I get £30 a week for food.\" """,
      "WW DB EO", "NCW LH", "L C")
    T("""FI note: cash-intensive hand car wash in Barnsley. Reviewed takings, payroll and rent. 5 workers, paid NMW via
    payroll into own accounts, holiday pay given. Workers rent privately. Owner keeps an old till and under-declares
    VAT. Referred to HMRC; no MS indicators.""")
    T("""DWP fraud referral: a woman in Luton has been claiming Carer's Allowance for her 'sister' who is said to be
    disabled. Investigation shows the 'sister' is a young woman brought from Pakistan who does all the housework and
    childcare and is not disabled, has no money of her own and cannot go out without the claimant.""",
      "WW RM", "RMS NCW", "D C")
    T("""Lloyds: customer rang to say she had been conned into sending £12k to a 'crypto investment'. Scam only.""")
    T("""Op BELLWETHER FI summary (Greater Manchester): 41 bank accounts in names of Nigerian and Ghanaian students
    controlled by one man, Chukwuma EZE, who recruited them as 'account agents' for £200 each. Accounts used to
    launder romance fraud proceeds. Students say they gave EZE their cards willingly. Money mule investigation;
    no coercion identified.""",
      "", "MBC", "C")
    T("""My son works at the recycling centre, his boss takes £20 a week out of his pay for the gloves and boots, he
    is 19 and has autism. He's frightened to say anything because the boss told him he'll be sacked.""",
      "WW AV IT", "PPE FA", "L")
    T("""FI note: Mrs DANIELS runs a domiciliary care agency. Staff wages paid correctly; the agency's payments to a
    Zimbabwean 'recruiter' of £1,500 per worker are legal recruitment fees paid by the employer, not passed on to
    workers. Workers confirm they paid nothing. No concerns.""")
    T("""Crimestoppers: the car wash on the Stratford Road, the workers are Albanian and they don't get paid at all, the
    owner keeps the money for their debt to the smugglers. They are in the shipping container round back at night.""",
      "WW DB AC", "SW PLC UF", "L")
    T("""INT 3/B/P: 'Timi' (Hungarian, aged approx 30) is transporting women from Budapest to Leeds, taking 70% of their
    earnings from sex work. Women advertise on adult websites. Women are reported to be free to come and go.""",
      "WW", "", "S")
    T("""HMRC referral: employer in Leicester garment factory pays staff £4 per hour cash, payroll declares 16 hours a
    week at NMW while staff work 50+. Staff are mainly older Gujarati women. Some said the owner threatened to tell the
    Home Office about a worker whose visa has expired.""",
      "WW EO IT AV", "LH FA", "L")
    T("""Santander SAR: man in his 20s withdrew £300 from 7 different cards in 20 mins at the Spar in Kilmarnock. He told
    staff they were his mates' cards from the 'berry farm' and that he handles their money because 'they can't speak
    English'. Staff noted the cardholders waiting in a minibus outside at 06:30.""",
      "WW", "MBC NCW SFW CE", "L")
    T("""Complaint to GLAA: picker on a strawberry farm in Angus says the piece-rate means he earns less than NMW and
    that the £80 a week caravan charge is taken whether or not he works. He has his own documents and can leave. GLAA
    to assess NMW and accommodation offset.""",
      "WW", "", "L")
    T("""Victim account (English, learner): "Boss open bank for me. Card he keep. Pin he know. Every month paper come
    the money is 1400 but I take only 200 cash. If I ask he say you not happy go home, but I have debt in my country to
    him for ticket.\" """,
      "WW DB", "NCW UF", "L")
    T("""Police log 11:14: caller is an estate agent; a man wants to rent 6 houses for cash paying a year upfront, says
    it's for his 'workers'. Caller thinks it is weird. No further detail.""")
    T("""INT 2/B/P: money mules recruited from a Manchester university via Telegram, paid £150 each. A few were told to
    keep going after they tried to stop, with threats to post their IDs online and 'tell the police you're a
    money launderer'.""",
      "IT", "", "C")
    T("""FI analysis (Op TIDE): recruiter Eduard NAGY's account shows 'fees' of £250-£500 from 60+ Hungarian nationals,
    each shortly before they started at a meat plant in Cheshire. Workers say the fee was 'to get the job'. Since
    charging job-finding fees to workers is unlawful, GLAA informed.""",
      "", "UF", "L")
    T("""Trading Standards: a market trader selling counterfeit trainers, paying his stall helpers cash. Helpers are his
    nephews, all adults. No exploitation.""")
    T("""Case worker: Ms Y (Chinese, 38) says she came on a visitor visa to work as a nanny for £1,000 a month; she has
    been paid nothing in a year because the family say they're 'saving it for her'. She works from 6am until the
    children sleep, has no day off, and is not allowed a key.""",
      "DEC WW EO RM", "LH NCW RMS", "D")
    T("""Bank SAR: elderly man in Rhyl has sent £40k to a woman he met online who says she's stuck in Ghana. Romance
    fraud; victim vulnerable due to age and loneliness. Safeguarding referral to adult social care.""",
      "", "", "C")
    T("""INT 3/B/P: 'Ferko' controls Roma families in Sheffield who beg outside Sainsbury's on Ecclesall Rd. Takings are
    collected each evening and families get food only. Children as young as 8 are used.""",
      "AV WW", "NCW", "C", "high")
    T("""DWP call note: a caller who says she is 'Anna's friend' rang to change Anna's bank details for UC; Anna was on
    the line but said nothing except 'yes'. Caller couldn't answer security questions. Anna is a Latvian national
    with a history of being housed by a 'work boss'. Flagged to DWP counter fraud.""",
      "", "SFW", "", None)
    T("""Referral from NatWest vulnerability team: customer from Vietnam, 18, whose account is accessed only via an app
    on someone else's device. Customer attended a branch once in company of an older woman who translated. Balance
    emptied every Friday. Customer works at a nail bar in Aldershot.""",
      "WW", "NCW SFW", "L")
    T("""HMRC: a farmer in Herefordshire has been paying seasonal workers properly via an approved scheme operator;
    workers' accommodation inspected and compliant. The complaint received was malicious from a neighbour in a
    boundary dispute.""")
    T("""Officer: following up intelligence on 12 workers at 8 Brackley Rd — all present, all with passports and own
    bank cards, employer is a legit agency, rooms are clean with 2 to a room. Nothing to suggest exploitation.""")
    T("""Notes of call from Unseen helpline: man says his employer in a Leeds warehouse charges him for everything —
    the hi-vis, the safety boots, the locker, the bus. He's left with about £90 from a £450 week. He's scared to
    complain because the employer knows his family in Romania.""",
      "WW IT", "PPE CT FA", "L")
    T("""Jobcentre work coach: customer arrived with a man who said he was his 'cousin' and translated; when the
    customer was asked his address he had to look at the man. Customer said he's been working but 'cousin' has the
    money. Customer has bruises on his face.""",
      "WW", "SFW NCW PA IS", "L")
    T("""INT 2/B/P: Ashton 'Ash' BROWN (34) runs a line from Liverpool into Blackpool. Uses three 15 and 16 year olds
    from Toxteth who stay in a trap flat for days, are given no money, and are told they owe for 'the bits' the police
    seized. BROWN was seen slapping one in the street.""",
      "AV DB PSV WW", "", "C", "high")
    T("""Bank fraud team: authorised push payment fraud. Customer sent £2,300 to a fake solicitor for a house deposit.
    Funds went to a mule account in the name of a 21-year-old who says he sold his account details for £200.""",
      "", "", "C")
    T("""Caller says her neighbour's cleaning lady is paid cash and works 3 mornings a week. Caller wanted to know if
    that's 'modern slavery'. Advised: cash payment alone isn't. No concerns.""")
    T("""Statement of Ion (20), translated: "The man in Romania said I can study English and work in a restaurant.
    Here, they took my ID at the airport. I washed dishes and then slept on a chair in the restaurant. The money
    went to the boss for my ticket. After 3 months I still owed. When I cried he said he will send photos of me to my
    village.\" """,
      "DEC RD AC WW DB IT", "DT SW UF", "L")
    T("""FI note: the seized ledger records daily takings from 'girls' at 3 flats in Cardiff. Each entry shows the
    amount earned, minus 'rent' £700 a week, 'ads' £150, 'driver' £100, leaving sums owing for most women most weeks.""",
      "WW DB", "CT", "S")
    T("""Payroll bureau raised a concern: client company asked to pay 30 workers into one 'agency' account. Bureau
    refused; client then produced 30 workers' own bank details. Concern resolved, no further role for police.""")
    T("""INT 4/C/P: unconfirmed report that a man from the Kurdish barbers on Whitechapel Rd collects the wages of the
    lads working there. No other detail, single uncorroborated source.""",
      "WW", "NCW", "L")
    T("""Social worker's note: Mr T (61) with early dementia has a 'lodger' who now manages his pension and has moved
    three other men into the bungalow. Mr T says they make him sleep on the sofa and he is scared of them.
    Financial abuse; not labour exploitation.""",
      "AV", "OA FA", "", None)
    T("""Community officer: the Polish deli on Hay St pays its two staff in cash and the owner's wife deposits the
    takings at the bank. Staff have been there 7 years and are on payroll. No issue.""")
    T("""GLAA referral: workers at a leek processing plant have been told that their first 4 weeks' wages will be held
    back 'as a deposit' and returned only if they stay until the end of the season.""",
      "WW", "", "L")
    T("""Victim interview summary: the 'boyfriend' told her they'd open a cafe together. Instead he had her claim UC,
    take out loans and a car on finance in her name, and he spent it all. Then he put her on escort sites to pay off
    the loans. He keeps her bank cards in his wallet and checks her phone.""",
      "DEC WW DB ISO", "NCW", "S C")
    T("""Anti-fraud unit note: lottery scam targeting pensioners, £800 'release fee'. No link to exploitation.""")
    T("""DWP Visiting Officer: claimant in Stoke lives in a house with 9 Romanian adults. He says they each pay £60 a
    week to 'Ilie' who brought them here and also took £300 each for finding the jobs. Claimant has his own card.
    Says Ilie is 'fair'.""",
      "", "OA UF", "L")
    T("""Caller says: "my ex keeps my passport and my son's passport and won't give them back since we split". Advised
    re civil recovery and child arrangements. Not an exploitation matter.""")
    T("""INT 2/B/P: Vietnamese nail bar workers in Glasgow are paid monthly by bank transfer; an individual named
    'Chi Mai' holds all the cards and gives cash allowances. Workers are threatened that they'll be reported to
    immigration if they leave. Believed to live at the back of the salon.""",
      "WW IT", "NCW SW FA MBC", "L")
    T("""Case note: client D says the farmer pays £5 a day to him and his brother, keeps them in a caravan with no
    toilet and no heater, and they can't walk anywhere because the farm is 10 miles from any town and the farmer
    has their phones.""",
      "WW AC ISO", "PLC IS", "L")
    T("""FI report summary (Op OAKWOOD) for the CPS: the financial evidence shows the defendants received the wages of
    52 workers over 30 months, a total of £1.9m, and paid out £310k to workers in cash. The difference is accounted
    for by deductions for rent (rooms of 6-8 people), transport (£20 a day), food, 'fines' for mistakes and a
    recruitment debt of €1,500 per worker. Defendants also held the workers' passports in a safe found at the
    main address. The schedule of payments (exhibit FI/14) sets out each worker's net pay from the payroll records against the cash he or she actually received, week by week. The figures were agreed by the defence accountant except for 4 weeks in 2024 where payroll records are missing. A confiscation timetable will follow conviction.""",
      "WW DB RD", "NCW OA CT DT UF", "L")
    T("""Bank note: customer opened 4 accounts at different banks to take advantage of switching bonuses. Legitimate.""")
    T("""Fraud referral: a man claiming UC while working full time as a roofer. Straight benefit fraud; he was not
    controlled by anyone.""")
    T("""Caller is a teller at a Bristol credit union. Says a young man came in with the 'guy from the car wash' to
    withdraw his savings; the guy took the envelope of cash before the young man could. Young man said he 'owes the
    boss for the flat' and looked at the floor the whole time.""",
      "WW DB", "NCW FA SFW", "L")
    T("""MSB (Birmingham): customer sends £9,000 a month to Albania in multiple transactions just under the reporting
    threshold, using 6 different IDs. Customer operates a car wash. Suspected structuring; no victims known yet.""",
      "", "", "C")
    T("""Housing: tenant of an HMO in Leyton told officer she is a hairdresser and works long hours at her own salon, 60
    hours a week, loves it. Her passport and BRP are in her drawer. Visit was about a noise complaint.""")
    T("""Intelligence: POI Reza AHMADI charges Kurdish asylum seekers £1,000 to 'get work' at his car washes, then
    takes £50 a day for 'food and a bed' in the flat above. Workers who leave are told AHMADI's friends in Iraq will
    visit their families.""",
      "WW IT", "UF SW", "L")
    T("""DWP: joint working with police. Search at 19 Carlton Rd, Derby, found 37 bank cards, 14 UK passports/ID cards
    and a notebook of National Insurance numbers, alongside 11 Czech men living in 3 bedrooms. Men said they work at a
    parcels depot and get £40 a week. They were told they'd be 'in trouble with the law' if they left.""",
      "WW RD IT", "MBC DT NCW OA", "L C")
