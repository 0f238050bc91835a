# fresh178 part 1: suspicious activity reports, bank and MSB intelligence


def add(T):
    T("""SAR ref 7731/26 (Lloyds). Customer account ending 4471 held by Marius PETRESCU receives salary credits
    from BRIGHTFIELD STAFFING LTD for 11 different named individuals, none of whom are account holders. Funds
    withdrawn in cash the same day at ATMs in Boston, Lincs. Pattern consistent with control of workers' wages.""",
      "WW", "NCW", "L")
    T("""Bank flagged: one male seen on CCTV using 9 different debit cards at the Halifax ATM on Wide Bargate between
    06:02 and 06:19. Cards in various East European names. Referred to Lincs Police FIU.""",
      "", "MBC", "", None)
    T("""DWP referral. Seven Universal Credit claims all list 14 Parkfield Road, Walsall WS1 as address and all
    nominate the same Monzo account for payment. Claimants appear not to speak English; at interview a man named
    Tomasz KOWAL attended with each one and answered every question on their behalf. Claimants told the work coach
    (through a phone interpreter, once KOWAL had stepped out) that he "keeps the money for the house and food" and
    they get £20 a week. One cried and said she cannot go home until she pays him back for the bus from Poland. Work coach has recorded the claim references (UC/7741/A to G) and flagged them to Counter Fraud and to West Midlands Police. Claimants have not been told of the referral. Next appointments are booked for Thursday and the DWP safeguarding lead has asked for an interpreter in person rather than by phone.""",
      "WW DB AV", "NCW SFW MBC OA UF", "C L")
    T("""FI note: cashflow on acct of Ayesha BIBI (payroll for SPARKLE HAND CAR WASH, Dudley) shows wages paid in
    full to 6 staff via BACS, PAYE and NI returned to HMRC monthly. Cash takings banked daily. No indicators of
    exploitation identified. Case closed.""")
    T("""MSB report: Western Union agent in Luton notes male (approx 40) sending regular transfers of £2,000-£3,000 to
    Romania, accompanied each time by a different young woman who is told to hand over her ID. Women do not speak, he
    does all the talking. Agent suspects women's identities are being used to send money.""",
      "", "SFW", "C", None)
    T("""INT 3/B/P: POI Gheorghe STAN (dob 1984) is said to collect the bank cards and PINs of approx 20 labourers he
    places with groundwork firms in Northampton. Source states workers get "pocket money" of £50 p/w and the rest
    goes to STAN for "rent and transport". Workers live 8-10 to a house on Kettering Rd.""",
      "WW", "NCW CT OA MBC", "L")
    T("""Santander SAR summary: student account, 19yo account holder. In 3 days received 14 faster payments from
    unrelated individuals totalling £8,950, immediately moved on to a crypto exchange. Account holder when contacted
    said a man on Instagram offered £500 to "borrow" her account. Suspected money mule recruitment, no indication she
    is being coerced.""",
      "", "", "C")
    T("""HMRC referral: sole trader nail bar in Hull declares turnover of £38k with 4 workers. Compliance visit found
    staff on payroll at legal wage, rotas showing 38hr weeks, staff had own bank accounts and passports. Underdeclaration
    of turnover suspected only. Tax matter, not MS.""")
    T("""Caller is cashier at Tesco Express Bolton. Says the same man comes in every Friday with loads of bank cards
    maybe 10 and takes cashback on each one, and the lads waiting outside in the van look knackered and dirty.
    Thinks something isnt right.""",
      "", "MBC PA", "L")
    T("""FI analysis, Op KESTREL. Between Jan and Sep, 23 workers at Fenmark Packaging, Wisbech, had wages paid
    into 3 accounts held by Andrius VAITKUS and partner. Each worker's gross pay around £420 p/w. Outgoing transfers
    from VAITKUS to workers average £60 p/w. VAITKUS accounts also show 'RENT' deductions recorded in his own ledger
    at £95 per bed per week for a 3 bed house holding 14 people, plus £15 p/w 'bus'. Seized notebook lists each worker
    with a running 'dolg' (debt) column that increases every week despite deductions. The notebook was seized under s.19 PACE from the kitchen drawer at 41 Norfolk St and has been exhibited as AV/3. Translation of the Lithuanian headings has been requested. Next step: production orders on the 3 accounts for the full 3 years and a meeting with the GLAA investigator assigned.""",
      "WW DB", "NCW OA CT MBC", "L")
    T("""Nationwide flagged a customer account for an elderly man whose carer has been withdrawing large sums. On review
    the carer is the man's son with lasting power of attorney and is paying care home fees. No further action.""")
    T("""Barclays SAR: account holder Nguyen Van THANH, 16yo per DOB on file, receives multiple cash deposits at
    branches in Leicester, Coventry and Nottingham on the same day, always deposited by an adult male who holds the
    card. Account holder has never attended a branch. Possible child used in drug supply / money laundering.""",
      "AV WW", "NCW", "C", "high")
    T("""pay goes into his cousins bank not mine. he says he pays rent and food and gives me 30 pound. i ask for my
    card he say no, you lose it. i work the chicken factory 6 days""",
      "WW", "NCW", "L")
    T("""Post Office counter clerk report: female aged around 60 attempted to withdraw £4,000 cash, said it was for
    her grandson in trouble abroad. Classic impersonation scam; police attended and the transaction was stopped.""")
    T("""INT 2/A/P: Sukhdev GILL of Gill Recruitment (Smethwick) charges Indian nationals £8,000-£12,000 each for
    'sponsorship' to work as care workers. On arrival no work is given; those who complain are told their visa will
    be cancelled and they will be sent home. Several are now working cash-in-hand at a warehouse to repay money
    borrowed from GILL's associate at 10% a month.""",
      "DEC IT DB AV", "UF", "L")
    T("""Revolut SAR: 31 accounts opened in 6 weeks using Romanian ID cards, all with the same registered address
    (Flat 3, 88 Green Lanes N8) and the same device ID. Accounts receive wages from agricultural employers in Kent and
    are emptied the same day by card at one ATM. Strong suspicion a controller opened and holds the accounts.""",
      "WW", "NCW MBC OA", "L")
    T("""Credit union notes a member cashing a cheque for £1,200 from his employer; member says it's his bonus. Nothing
    unusual, employer is a long-standing local builder.""")
    T("""DWP Counter Fraud: claimant Sharon MOORE reports her ex-partner has been using her bank card and PIN to take
    her UC and PIP each month since she left him. She is frightened of him. Referred to police as economic abuse/DA.
    No labour or sexual exploitation described.""",
      "", "FA", "", None)
    T("""HSBC: business account of 'Diamond Cleaning Solutions' pays 40 individuals weekly but analysis shows 40
    payments land in only 5 personal accounts. Same 5 people then send £200-£400 each week to Vietnam. Company
    director is listed at a residential address in Stockport. Referred to NCA.""",
      "WW", "NCW", "L")
    T("""Case note: Mrs A (Vietnamese) says the nail bar owner kept her bank card 'for safety' and she has never seen her
    wages; she was told she owes £18,000 for being brought to the UK and it will take three years to pay off. She sleeps
    on a mattress in the back room of the shop.""",
      "WW DB AC", "NCW SW UF", "L")
    T("""MSB (money transfer shop, Green Street E7): customer sends £200 monthly to his mother in Sylhet from his
    restaurant wages. Regular, in keeping with declared income. No concerns.""")
    T("""Nat West flagged account: 28 debit cards registered to one address in Peterborough PE1 2. Postman reports
    bundles of bank letters in different names every week and says the house looks like 15+ men live there with
    mattresses visible through the front window.""",
      "", "MBC OA", "L")
    T("""FI note re op HARROW: Payments totalling £46,300 from VILLA ESTATES to 'Tiberiu Recruitment' described as
    'introducer fees'. Workers interviewed state they paid Tiberiu £350 each in Romania for the job and were then
    charged again on arrival. Being charged twice for a job that pays £7 an hour for 60-hour weeks.""",
      "DEC WW EO", "UF LH", "L")
    T("""Man at the cashpoint outside Aldi with a wad of cards, like 8 or 9, taking £250 off each. Asked if he was ok
    and he said they're his mates cards he's getting their wages out for them. Reg of the car he got in was
    VN19 KXT silver Passat.""",
      "", "MBC", "", None)
    T("""Metro Bank SAR: account of Precious OKAFOR (24) receives payments from multiple men via PayPal with references
    like 'massage' and 'car park'. Funds transferred out within the hour to an account held by Kelechi OBI. Branch staff
    note OKAFOR attended once with OBI who did all the talking and kept hold of her phone and bank card.""",
      "WW ISO", "NCW SFW", "S")
    T("""HMRC Fraud Investigation Service: director of a takeaway in Cardiff running two sets of books; staff paid
    correctly on payroll but takings suppressed by a zapper. Civil tax investigation, no victims identified.""")
    T("""Anon via Crimestoppers: the guy that runs the car wash on Abbey Rd takes all the lads wages and only gives
    them a tenner a day. they live above it and sleep on the floor. he has there passports in the safe""",
      "WW RD AC", "NCW SW DT PLC", "L")
    T("""DWP: claimant Jan NOVAK declared nil earnings but HMRC RTI shows PAYE earnings from a Corby warehouse. Bank
    shows wages go into an account in his name that is accessed from an IP address linked to 6 other claimants. At
    interview NOVAK said a "boss" set up the claim, keeps the card and gives him £40 a week. He said if he speaks to
    police the boss will tell immigration he has no right to be here. Claim suspended pending enquiries. The IP address is registered to a broadband contract at a house in Kettering; the other 6 claimants are being traced. NOVAK gave his consent to a referral to the police and has been given the Modern Slavery Helpline number. He did not want to go to a safe house yet.""",
      "WW IT AV", "NCW MBC FA", "L C")
    T("""Financial investigator summary: POI Lukasz BRZEZINSKI. Bank statements show BRZEZINSKI receiving ~£180 per
    week from each of 9 workers described as 'zwrot' (refund) of a 'travel loan'. Workers told us the loan was £600
    for the coach from Gdansk; they have each paid over £2,000 so far and are told they still owe money. The total
    never goes down because he adds 'interest' and 'fines' for being late.""",
      "DB WW", "UF", "L")
    T("""Bank cashier reports a young girl, maybe 14 or 15, brought in by an older male to open an account. He had
    her birth certificate and did all the talking. She looked tired and wouldn't make eye contact. He wanted the card
    posted to his address. Branch refused and called police on 101.""",
      "AV RD", "SFW DT FA PA", "C", "high")
    T("""Santander: a regular customer, a self-employed plasterer, paid four labourers in cash each Friday and withdraws
    £2,000 cash weekly. Customer provided invoices and payroll records on request. Explained and closed.""")
    T("""Call log 14:22: Caller from Halifax fraud team. Customer Mrs DOBSON, 82, paid £9,500 to a 'builder' who knocked
    on her door about her roof. No work done. Doorstep fraud. Referred to Trading Standards and local police.""")
    T("""SAR (Starling): payments in from 'AgriCo Harvest Ltd' to 16 seasonal workers all routed to accounts whose
    registered phone number is the same UK mobile 07700 913482. That number belongs to the workers' team leader, who
    workers say also holds their passports "so they don't get lost".""",
      "WW RD", "NCW DT", "L")
    T("""DWP intel: a landlord in Bradford has 22 tenants claiming Housing Element at one HMO. On visit each tenant had
    a written tenancy, their own bank account, and paid rent by standing order. Overcrowding complaint passed to
    private sector housing; no exploitation.""")
    T("""Note from bank's vulnerable customer team: customer with a learning disability, Ryan HOLT (22), has been moving
    his whole benefit payment to a 'friend' who lives with him. Ryan says the friend makes him sell cannabis and
    'do deliveries' and says he will hurt him if he stops. Friend has moved other lads into Ryan's flat.""",
      "AV WW IT", "NCW OA", "C")
    T("""INT 4/C/P: unknown male said to be running cash-in-hand workers from the Polish shop on Mill Rd. No further detail.""",
      "", "", "L")
    T("""Our foodbank volunteer noticed a man asking for help says his boss takes his wages for rent, he works
    on a farm near Spalding 7 days a week from 5am and is picked up in a minibus with 15 others. He hasn't had a day
    off in two months.""",
      "WW EO", "NCW LH CE", "L")
    T("""Lloyds SAR ref LBG-2026-44910: account holder Ion RUSU. Over 4 months, weekly credits of £350-£480 from
    Evergreen Salads Ltd (his employer), each followed within an hour by a transfer of the full amount to account
    ending 0918 held by Vasile MUNTEANU. RUSU retains nothing. MUNTEANU's account receives identical patterns from 12
    other Evergreen employees and pays rent on 3 HMOs in Wisbech. MUNTEANU also pays a Romanian coach company.
    Assessment: MUNTEANU likely recruiting in Romania and controlling wages of workers in his HMOs. Note: this is the third SAR on the MUNTEANU network; the previous two related to a different bank. Relationship under review. Customer contact not attempted in case it tips off MUNTEANU. Consent to continue operating the account requested from the NCA DAML team.""",
      "WW", "NCW OA", "L")
    T("""Bank branch manager: elderly customer's nephew attended with him and insisted on doing all the talking,
    wanted to move £15k. Customer later said the nephew is helping with his new car. Safeguarding call made, customer
    has capacity and confirmed he wants the transfer. No further action.""",
      "", "SFW", "", None)
    T("""HMRC NMW team: complaint from worker at a hand car wash in Swindon that he was paid £50 for a 12 hour day.
    Visit found 5 workers all paid day rate cash. Workers said they choose the hours, live in their own rented rooms,
    hold their own documents. NMW arrears of £11k identified and enforced. No forced labour indicators.""",
      "WW", "LH", "L")
    T("""INT 2/B/P: source reports that Hamid RAHIMI runs a 'benefit shop' from his flat in Rochdale. He registers
    newly arrived Afghan and Kurdish men for UC, keeps their debit cards and PIN numbers in a shoebox, and takes the
    money for 'processing fees'. Men who ask for their cards are told they will be reported to the Home Office.""",
      "WW IT AV", "NCW MBC FA", "C")
    T("""Fraud team: a phishing text pretending to be from Royal Mail collected card details from 300 customers.
    Mule accounts used to cash out. No evidence the mules were coerced. Action Fraud ref NFRC2610992.""",
      "", "", "C")
    T("""Card at cashpoint left in the machine, I handed it in to the bank. Nothing else.""")
    T("""Caller works at a bureau de change. Same woman comes in twice a week with £4-5k in used £20s to change to
    euros. Always with two men, one waits at the door. She says it's her savings from cleaning. She's told us
    different surnames on different days. Caller says she looks scared and thin.""",
      "", "ET PA FA", "", None)
    T("""Financial investigation, Op MAPLE (Hampshire). Three nail bars controlled by Thi Lan PHAM. Staff accounts
    opened at the same branch on the same day; bank app for all accounts installed on one phone seized from PHAM.
    Staff interviews: they were promised £1,500 a month and a room; in fact given £100 a month "when they behave" and
    sleep on massage tables in the shop after closing at 9pm. Opening at 9am, 7 days. One worker is 17. Actions: NRM referrals for all 7 workers with consent; the 17-year-old is with Hampshire children's services and has an ICTG referral. PHAM arrested on suspicion of s.2 MSA offences and released under investigation. Production orders served on the bank for the staff accounts and the phone sent for download.""",
      "WW DEC AC EO AV", "NCW SW LH MBC", "L", "high")
    T("""Bank of Scotland SAR: sole director of a scaffolding firm in Paisley pays the firm's 'labour' costs in cash.
    Enquiry with the firm's accountant confirms workers are self-employed under CIS with verified UTRs and receipts.
    No suspicion remains.""")
    T("""HMRC referral (Glasgow): CIS returns for 'Clyde Groundworks' list 19 subcontractors, all paid into one account
    at Clydesdale Bank. The account holder, Florin DUMITRU, deducts 'accommodation' and 'PPE' before passing on the
    rest in cash. Workers pay £60 for boots and hi-vis and £25 p/w for the van.""",
      "WW", "NCW PPE CT", "L")
    T("""DWP Visit officer notes: 3 claimants at 27 Elm Street, Grimsby. A man called 'Viktor' answered the door and
    would not let the claimants speak alone. Viktor had all three claimants' phones and said he "helps them with
    their money". Claimants looked frightened and one had a black eye.""",
      "ISO WW PSV", "SFW NCW FA PA", "C")
    T("""Local bank reports a young man withdrawing cash at 5 branches in a day using his own card after a big
    crypto win. He was chatty and showed us the exchange statement. No concern.""")
    T("""SAR: TSB. Customer Olena KOVAL (Ukrainian, arrived under Homes for Ukraine) has wages from a hotel in Torquay
    going to an account operated by her host. Host says he's "looking after it" because she owes him for her food and
    room. Olena told bank staff she cannot leave because she has nowhere else and he has her passport.""",
      "WW DB RD AV", "NCW DT", "L")
    T("""Pls look into 5 Laburnum Close, the fella there takes all the foreign blokes bank cards off them, I've seen
    him in Asda doing cashback on them all. they get picked up at half 4 in the morning in a white transit. theres
    loads of them living there""",
      "WW", "MBC NCW CE OA", "L")
    T("""FI note: Ahmet YILMAZ barbers, Coventry. Examined 12 months of business and personal accounts. Takings
    banked, staff of 3 paid weekly through payroll, all over NMW. One staff member is his nephew who lives with him
    and is paid the same as others. No exploitation identified; VAT discrepancy referred to HMRC.""")
    T("""Nationwide SAR: account receives 40+ small deposits daily from unrelated people via bank transfer with emoji
    references. Account holder Kayla REID, 17, told staff her 'boyfriend' Jerome set it up and she gives him the card.
    She has been reported missing from care twice this month. Deposits are believed to be for sex sold online.""",
      "AV WW", "NCW", "S", "high")
    T("""Case note (MSVCC support worker): Client B says the gangmaster opened an account in her name and kept the card.
    She asked to see her payslips once and he laughed and said "you are my property until you pay". She has been
    charged £45 a week for the minibus to the packhouse and £10 for a hairnet and gloves each month.""",
      "WW DB IT", "NCW CT PPE", "L")
    T("""Cash business: the owner of a chip shop in Scunthorpe makes large cash deposits each Monday. Till rolls and
    VAT returns match. Staff are family members, paid through payroll. No issue.""")
    T("""HMRC: employer 'Sunrise Meat Processing' pays wages into 4 accounts for 60 workers; HMRC RTI and bank match
    only the total. Workers' P60s were never issued. An agency supervisor is named as the 'agent' on each account.""",
      "WW", "NCW", "L")
    T("""Officer's note: stop of vehicle YX21 OPC on A1 at 05:10. Driver Petru LUPU with 7 male passengers en route to
    a farm near Newark. LUPU had a carrier bag with 23 bank cards and a notebook of PIN codes. Passengers said they
    pay £10 a day each for the lift. They did not know the address they live at.""",
      "WW ISO", "MBC NCW CT CE IS", "L")
    T("""Building society: customer wanted to pay £3,000 to a 'recruitment agency' for a job in Canada. Branch
    checked; it is a known advance-fee job scam. Customer stopped payment. No exploitation, fraud attempt only.""")
    T("""DWP Serious and Organised Crime: 47 UC claims created using stolen identities of Bulgarian nationals who were
    never in the UK. Payments collected by an OCG. Identity fraud; no trafficking victims.""",
      "", "", "C")
    T("""Monzo internal escalation: customer messages in chat in broken English "please help my boss take card I work
    no money I in house cannot go out". Customer location data shows same address in Southall for 3 months. Chat
    referred to police with consent.""",
      "WW RM", "NCW RMS", "L", "high")
    T("""Police log 22:41: caller from HSBC fraud line says an account holder rang in distress saying she is being
    held in a flat in Ilford by her 'agent' who has her passport and makes her see men. She is there now and whispered
    she is afraid he will come back. Address given as 3rd floor, 41 Cranbrook Rd.""",
      "RM RD", "DT RMS FA", "S", "immediate")
    T("""Case file: Mr D (Albanian, 23) was told in Tirana he would work at a car wash for £1,200 a month. He
    paid £3,000 to the smugglers and was told he owed £15,000 more. On arrival he was taken to a house in Wolverhampton
    and made to tend cannabis; his pay was "off the debt". He was never let out, the windows were boarded and the door
    bolted from the outside.""",
      "DEC DB RM WW AC", "UF RMS PLC", "C")
    T("""Tax enquiry: a restaurant owner in Bristol paying kitchen staff partly in cash to avoid NI. Staff confirmed they
    prefer cash. All staff have right to work, own passports. Tax evasion, no MS.""")
    T("""SAR (AIB NI): customer account in Newry credited with wages from a mushroom farm for 5 Filipino workers, all
    routed to the farm manager's wife. Workers' visas tied to the farm; manager told them complaining would end their
    visa and they would have to go home with the debt to the agency in Manila.""",
      "WW IT AV DB", "NCW UF", "L")
    T("""Crimestoppers: someone at Kingsway Motors is doing money laundering. No other info.""",
      "", "", "C")
    T("""FI note: Jamal HASSAN, 35, controls 14 bank accounts belonging to young men from the area, each being used to
    receive and move proceeds from online fraud. Two of the young men are 15 and 16. Intelligence suggests they were
    paid £100 each and were threatened with a beating when they tried to close the accounts.""",
      "AV IT", "MBC", "C", "high")
    T("""Referral: pharmacy staff in Leeds said a woman came in to collect a prescription and a man with her paid with
    one of many cards in his wallet. Pharmacist says man wouldn't let her answer the questions about her medicine.
    She had bruising on her wrists.""",
      "", "SFW MBC PA", "", None)
    T("""Barclays Fraud: customer is a taxi driver who deposits cash daily, all from fares, consistent with his business
    for 10 years. Flag raised by automated system in error. No further action.""")
    T("""INT 3/B/P: 'Nicu' who runs the minibus from Bourne takes £30 p/w off each worker for the lift and another
    £5 'for diesel' on top of that. Workers say it comes off their wages before they even see them.""",
      "WW", "CT NCW", "L")
    T("""Victim account (translated from Romanian): "At the bank the man from the agency stood next to me. He made
    me sign papers. Then he kept the card. When I said I want my money he said first I pay him for the house, the
    transport, the boots. Every week I had less. I worked at the factory from 6 in the morning to 8 at night." """,
      "WW EO", "NCW CT PPE LH", "L")
    T("""Bank SAR: payments from a Dubai-based company for 'medical services' to a UK clinic patient, £70k, followed by
    travel bookings to Istanbul. Patient told staff he is buying a kidney because the NHS waiting list is too long and a
    'broker' has found him a donor who will be paid. Possible transplant tourism / organ trafficking.""",
      "", "", "O")
    T("""HMRC: compliance check of a care agency in Slough found overseas care workers paying back £200 a month each to
    the director as a 'sponsorship fee'. Workers told HMRC that if they stop paying he says he will report them to
    the Home Office and their visa will be revoked.""",
      "WW IT AV", "UF", "L")
    T("""Joint visit GLAA and HMRC to a packhouse in Evesham. Pay records checked against bank transfers, all workers
    paid into their own accounts. Accommodation on site is licensed caravans with 2 per van. Workers said they're
    happy and several have been coming back for years. No concerns.""")
    T("""SAR: many Post Office card withdrawals from the same ATM in Sparkbrook at 3am by a hooded male using
    benefit cards of 12 different adults. Cards belong to residents of a supported housing project for adults with
    learning disabilities.""",
      "AV WW", "MBC NCW", "C")
    T("""Police log: caller at Santander branch in Crawley says there's a man in branch now with a young woman who he
    keeps grabbing by the arm, he wants to withdraw all her money. She mouthed 'help me' to the cashier. Units
    requested urgently.""",
      "PSV", "SFW", "", "immediate")
    T("""FI note: analysis of Mr SINGH's personal account shows no suspicious movements; his three lodgers each pay
    £400 pcm by standing order from their own accounts and have tenancy agreements. Lodgers have their own jobs.""")
    T("""DWP UC agent notes: claimant attended appointment with a man who insisted on translating. Claimant kept
    looking at him before answering. Man gave a bank account for payments that is already linked to 3 other claims.
    Claimant said he lives at the man's address with 'many people'.""",
      "", "SFW FA MBC OA", "C", None)
