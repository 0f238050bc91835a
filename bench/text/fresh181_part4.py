# fresh181 part 4: sexual exploitation and domestic servitude seen by housing/homelessness services,
# organ harvesting and look-alikes, ordinary tenancy and offender-management notes.
def load(T):
    T("""Women's hostel keyworker: S (Romanian, 23) arrived via the police after a raid on a flat in Slough. She says a man she met online in Bucharest said he loved her and would get her a job in a hotel. When she arrived he told her she had to see men to pay back the £3,000 flight and rent. She had to see up to 10 men a day, adverts were put online with her photos, he kept all the money, and he hit her when she cried. Her ID card is still with him.""",
      "DEC DB PSV WW RD EO", "UF NCW DT LH", "S")
    T("""Outreach (women's night): a young woman working on the street by the industrial estate said her "boyfriend" drops her off at 10pm and collects her at 5am and takes her money. She had a black eye.""", "WW", "CE NCW PA ET", "S")
    T("""Homeless women's project - case note: Claire (34, street homeless, crack user) says she sells sex on Lower Sheffield Rd to pay for her habit. She works for herself, nobody takes her money, and she's clear nobody makes her. Offered sexual health clinic and a bed at the women's direct access. Not under anyone's control.""",
      "", "", "S")
    T("""Housing officer: complaint about 47 Ellesmere Rd (private rented). Neighbours say different men come every 20 mins, day and night. Saw two young Asian women at the window, who neighbours say never go out. A car brings food once a day. Passed to police vice and MS team as a suspected brothel with controlled women.""",
      "RM", "RMS", "S", "high")
    T("""INT 2/B/P: A male known as "Lucky" (Romanian, 30s) controls at least 4 women working from flats in Northampton. The women are moved every 2 weeks. Their adverts are placed on AdultWork by "Lucky", who also holds their bank cards and phones. One woman (NOM: Ioana) is believed to be pregnant and was forced to continue working.""",
      "WW ISO", "NCW MBC IS", "S")
    T("Sex worker came into the drop-in to ask about a tenancy. She works independently from her own flat and wants to move. No third party. Advice given.", "", "", "")
    T("""Night shelter (women's): Guest told staff the man who gave her a room when she was homeless "made her pay" by sleeping with him and his friends. She says she wasn't allowed to have a key and he took her phone. She left when he went away for the weekend. She's 19. Referred to police and the SARC.""",
      "AV PSV RM ISO", "RMS IS", "S")
    T("Off the record, a girl from the hostel (17) is being picked up by older men in cars from the end of the road. Staff have noted regs: YB70 TPK, KN18 JSX.", "AV", "", "S", "high")
    T("""Police log: Enquiry at 12B Stanley Rd, Massage parlour. 3 Chinese females present, all said they were fine and working voluntarily, had their passports and went home each evening. Manager produced contracts and pay records. No indicators of control found. Intelligence updated.""", "", "", "")
    T("""Hostel manager to MASH: We believe a 16-year-old resident of our 16-25 scheme (Kayla) is being sexually exploited. She's been seen getting into cars with men in their 30s, comes back with new phones, alcohol and once with cigarette burns on her arm. She has been missing overnight 4 times in 2 weeks. She told a friend "I have to go or they'll put my pictures on the internet".""",
      "AV PSV IT", "PA", "S", "high")
    T("Housing Options: Woman (Thai, 40s) presenting as homeless. Says she came to the UK as a wife, the husband made her work in his family's house all day and she was never allowed out alone. She has now left. He kept her passport and she doesn't know her visa status.", "RM RD", "RMS DT", "D")
    T("""Domestic abuse refuge intake notes. Ms F (from Nigeria), 27. Came to the UK aged 19 to work as a nanny for a family in Croydon who told her she'd be paid £400 a month and go to college. She looked after 4 children, cooked and cleaned from 6am to midnight, slept on the floor of the children's room and was never paid. The "madam" took her passport at the airport. She was beaten with a belt when a child was hurt. She was not allowed to use the phone or go out except to school runs with the mother. She escaped with help from a neighbour.""",
      "DEC WW RD PSV ISO RM EO AC", "DT LH SW RMS IS", "D")
    T("Au pair in our TA unit says she is paid £100 a week, has 2 days off, and has her own room at the family's house. She's only here because the family moved abroad. No concerns.", "", "", "")
    T("""Outreach: Older Indian man sleeping at Southall station. Via a community volunteer translating: he lived with a relative who brought him from Punjab to cook and clean for the family; he was paid nothing, slept in the garage, and was told if he complained he'd be reported to Home Office as an overstayer. They threw him out when he got ill.""",
      "WW AC IT AV", "SW FA", "D")
    T("neighbour says the maid at no 3 never leaves the house except to put the bins out and she looks terrible skinny and always working even at midnight", "RM EO", "RMS PA LH", "D")
    T("""Adult Safeguarding referral from housing: Tenant Mr & Mrs K have a niece from Pakistan living with them (Amina, 20s). Housing officer on a visit noticed Amina cleaning throughout the visit, wasn't introduced and was told to go to the kitchen. Amina's English is limited. When Mrs K left the room Amina said "I want to go home, they don't let me". Mrs K returned and Amina stopped talking.""",
      "RM", "RMS FA", "D")
    T("Care worker says the elderly lady's live-in carer works 24/7 but is paid well through an agency, has 3 months on, 3 months off, and her own passport. Nothing to report.", "", "", "")
    T("""Statement via interpreter (Tagalog). "I worked for the diplomat's family in Knightsbridge. I cannot go outside. I work from 5 in morning to 1 at night. No day off. The madam keep my passport and my phone. I eat the leftover. When I ask for my salary she say it is sent to my family but my family say nothing come. I sleep on the floor in the laundry room." """,
      "RM EO RD ISO WW AC", "RMS LH DT IS NCW SW", "D")
    T("""Probation: PoP (female, 33, on licence) says she's living with an older man who gives her a room in return for cooking and cleaning for him and his adult sons. She says they don't pay her and she's not allowed friends over, but she doesn't see it as a problem "because I've got nowhere else". She seems tired and thin.""",
      "AV WW", "PA", "D")
    T("""Call handler: Female caller, whispering, says she is a housemaid and is locked in the house in Edgbaston right now, the family have gone to Dubai and locked all the doors, she has no food left and has been alone 3 days. Doesn't know the postcode, gives road name "Somerset Rd". Grade 1, fire service requested.""",
      "RM AC ISO", "RMS IS", "D", "immediate")
    T("""Social worker note: Mrs Begum's daughter-in-law does all the cooking and housework and looks after 3 kids. Says she's happy, goes to college 2 days, has her own bank account and passport. Family dispute over noise only. No concerns of servitude.""", "", "", "")
    T("""Transplant unit referral to hospital safeguarding: Male patient (Pakistani national, 29) admitted via A&E with an infected wound in the left flank. Scan shows a kidney has recently been removed. He says (via interpreter) he was told he would get work in England and a man in Lahore "bought" his kidney for $2,000 to pay his family's debt; he was flown to a clinic abroad and then brought here to work in a restaurant. He doesn't know where his passport is. Police informed.""",
      "DEC AV RD DB", "DT", "O L")
    T("Kidney donor assessment: Mr L donating to his brother, both seen separately, consistent accounts, independent assessor satisfied, no payment or coercion. HTA approval.", "", "", "")
    T("""INT 4/C/P: Unverified report from a rough sleeper that a man in the Ipswich area is offering homeless people £5,000 to "sell a kidney" abroad and arranging flights. No names. Research ongoing.""",
      "AV", "", "O")
    T("Renal ward: patient back for follow-up after his transplant last year, donor was his wife. Doing well.", "", "", "")
    T("""NCA bulletin extract: Intelligence indicates a network recruiting destitute Eastern European men from UK soup kitchens with promises of well-paid work, then taking them to a clinic in Turkey where they were pressured to "donate" a kidney to pay off a travel debt. Two men returned to the UK, one with serious complications. Both were threatened that their families would be harmed if they spoke.""",
      "AV DEC DB IT", "UF", "O", "high")
    T("Housing officer: tenant's son donated bone marrow to a stranger through Anthony Nolan. Asking about a transfer to a ground floor flat while he recovers.", "", "", "")
    T("""Statement of a homeless man (translated from Romanian): They said I would go to Germany to work and it would pay my debt. In the clinic they took blood and said I have to give a kidney for the debt, or they hurt my mother. I was scared. After the operation they gave me 500 euro and put me on a bus.""",
      "DEC DB IT PSV", "", "O")
    T("Dialysis patient asks the housing team about moving closer to the hospital. Medical priority awarded.", "", "", "")
    T("""Tenancy officer: Visit to HMO at 9 Cromwell St. 6 rooms, 14 men living there (mattresses in the lounge and kitchen). All work at the same recycling plant. The landlord is also their "supervisor" and collects rent directly from their wages. Men were reluctant to speak and said "boss says no talk". Bathroom has no hot water, mould throughout. Prohibition order considered. Referred to GLAA.""",
      "WW AC", "OA PLC NCW FA", "L")
    T("Large HMO on Victoria Rd: 8 tenants, all students at the uni, each with their own AST and deposit protected. Landlord responsive. Routine licence renewal.", "", "", "")
    T("Housing Standards: 11 Polish men found living at a 2-bed terrace in Spalding, all employed by the same agency who pays the rent. Overcrowding notice served. Men said they have their own passports and are paid correctly.", "", "OA", "")
    T("""ASB team: Complaint of a man sleeping in a garden shed at 61 Norton Rd. Owner says he's a friend who is "helping with the garden" while he has nowhere else to live. Man (Irish, 60s, alcohol) said he gets food and drink and no money, works on the owner's building jobs every day. He said he can't leave because he has nowhere to go and the owner has "his papers".""",
      "AV WW RD AC", "PLC DT", "L")
    T("Neighbour says the man next door has lots of workers staying at the house, but when I called round they were all family over for a wedding. No further concerns.", "", "", "")
    T("""Outreach, Manchester: Regular (Ghanaian, late 40s, no recourse to public funds) says a church contact has arranged for him to work in a care home on a 'friend's' papers. He's paid cash £3 an hour, works 70 hours a week and sleeps in the staff room. If he complains the friend says he'll tell the Home Office.""",
      "AV WW EO AC IT", "LH SW FA", "L")
    T("""Probation officer: PoP (Mehmet, 26) has told me he works in a barbers in Bolton, 9-6, Mon-Sat. Employer confirmed. PoP has his own passport and gets paid by BACS. No concerns.""", "", "", "")
    T("""Adult Social Care referral from Housing: Tenant Mr Neil BATES (39, learning disability) is being visited daily by a man (Tony) who takes him to work on a market stall. Mr Bates is not paid. Tony has Mr Bates's bank card and collects his PIP. Mr Bates says "Tony says if I stop going I'll get in trouble with the police".""",
      "AV WW IT", "NCW", "L")
    T("Tenant says she is working at a nail bar, 10 hours a day, 6 days a week, gets paid £70 a day cash and has her own passport. She has two kids and wants more hours.")
    T("""Housing officer notes, 3 Clarence Terrace: Tenant (Vietnamese woman, 30s) was not at home; a man at the property said she works at the nail bar and lives there. Later visit: tenant said she sleeps at the salon most nights, works 9am-9pm 7 days a week and sends all her pay to "Uncle" who arranged her passage. She appeared anxious and kept checking her phone. She says she still owes him £20,000.""",
      "DB WW EO", "SW LH NCW UF FA", "L")
    T("Police found six men in the back of a Luton van on the M62 at 4am, heading to a building site. They said they were going to work and will be back by 7pm. All had their own ID. Vehicle overloaded; driver reported.", "", "CE", "")
    T("""INT 3/B/P: A hand car wash on Stockport Rd (the one next to the old Esso) is believed to house workers in a shipping container on site. Workers are seen at 7am and still there at 9pm. Source states workers are Kurdish and Albanian males, have paid smugglers and "pay it back" through work. The owner's son is always with them and answers for them.""",
      "DB EO AC", "SW LH UF SFW", "L")
    T("Young woman at hostel says her employer, a hotel in Blackpool, pays her properly but expects her to work 60 hours a week. She doesn't want to but needs the money. Advised her on the Working Time Regulations.")
