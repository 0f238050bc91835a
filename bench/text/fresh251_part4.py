# fresh251 part 4: benign look-alikes, negated/hypothetical mentions, mixed, short notes.


def add(T):
    # --- longer benign look-alikes ---
    T("""Licensing visit – 'Serenity Thai Spa', 27 Market Place, Wokingham. Attended with Wokingham BC licensing officer 11:00 on 02/06.
Premises licensed as special treatment since 2019. Owner Mrs Siriporn WATTS (British national, married to a UK citizen) present and cooperative. Three therapists on shift, all Thai, all with valid visas or settled status, all produced their own passports from their own handbags without being asked twice. Each has a written contract and is paid by bank transfer; payslips seen. Therapists live at their own addresses in Reading and Bracknell and drive themselves in. Treatment rooms clean, no beds or personal belongings suggesting anyone sleeps on site, no sexual services advertised on website or review sites. Staff spoke to officers individually without the owner present and raised no concerns. No indicators of exploitation identified. Licence to be renewed.""",
      "", "", "")
    T("""Welfare check requested by parents in Hong Kong for their daughter, a 20-year-old student at the University of Bristol, who had not replied to messages for three days. Officers attended her halls on Woodland Road. She was fine: she had broken her phone and had exams. She keeps her passport and BRP in the drawer of her desk and showed them to officers when asked for ID. Her part-time job is 12 hours a week at a bubble tea shop, paid into her own Monzo account. She lives with five other students, each with their own room and contract. She called her parents from the officer's phone. No concerns. Parents in Hong Kong informed by the Met liaison officer, who thanked them for raising it. Incident closed at 21:14.""",
      "", "", "")
    T("""Complaint from a resident of Canterbury Road, Leyton: 'there are loads of people living at 61, at least ten, all foreign, in and out at all hours, must be one of those slave houses'. Council private sector housing attended. Property is a licensed HMO with 9 rooms, licence number LBWF/HMO/2211. The landlord, Mr Okafor, produced individual assured shorthold tenancies for each of the nine tenants, who pay their own rent by standing order. Tenants include two nurses at Whipps Cross who work night shifts (hence comings and goings at night), a bus driver, a chef and students. All hold their own documents. Fire doors, alarms and kitchen facilities meet the standard. No one reported any pressure or control by the landlord. No further action; complainant informed.""",
      "", "", "")
    T("""HR note, Leeds Teaching Hospitals. Staff nurse (Filipina, 29, skilled worker visa) was flagged by a colleague who thought she looked exhausted and 'might be being exploited' because she works a lot of shifts. Matron spoke to her privately. She works three 12.5-hour shifts a week on contract and chooses to pick up two extra bank shifts because she is saving to bring her husband over. She is paid for every hour, into her own bank account, the Trust paid her visa and relocation and there is no clawback. She holds her own passport and lives in a flat she rents herself. She was embarrassed but grateful someone had asked. Wellbeing support offered; no concerns about exploitation. Colleague thanked for raising it and reminded of the Trust's guidance.""",
      "", "", "")
    T("""GLAA compliance inspection – Herefordshire soft fruit grower (licence holder since 2008).
Approx 340 seasonal workers on site, majority from Kyrgyzstan, Uzbekistan and Ukraine on the Seasonal Worker visa through an approved scheme operator. Sample of 30 workers interviewed individually with interpreters. All confirmed they paid no recruitment fees; flights were paid by the worker but clearly explained beforehand. All hold their own passports. Pay at or above NMW, hourly plus piece-rate bonus, paid weekly into workers' own UK accounts. Caravans 4 per unit with kitchen and shower blocks, inspected and in good repair. Hours 8–10 a day, 5–6 days, with overtime voluntary. Free shuttle bus to town twice a week. Two workers raised a complaint about a supervisor shouting; the farm had already dealt with it through its grievance process. No labour exploitation indicators found.""",
      "", "", "")
    T("""Missing person return – 'Leah', 19, reported missing by her mother in Derby on Friday after going to meet a man she'd met on Hinge. Located on Sunday at the man's flat in Nottingham. Spoken to alone by PC 4412: she said she'd gone for the weekend, forgot to charge her phone, and was embarrassed her mum had called the police. He is 24, no relevant PNC trace. She had her own phone, money and bank card and left with officers when asked to come and call her mum, then went back by choice. No evidence of coercion, grooming or exploitation. Return interview offered, declined. Report closed on PNC/COMPACT. Mum informed; she was relieved and accepted the outcome. Officer's note: no further action.""",
      "", "", "")
    T("""Hand car wash – multi-agency visit (Op AIDANT week of action), Gloucester.
Business: 'Sparkle Hand Car Wash', Bristol Road.
Five workers present, all Kurdish Iraqi, four with settled status and one British. Owner showed employment contracts, HMRC PAYE records and a pension scheme. Workers had waterproof boots, gloves and goggles issued free; there was a rest room with a kettle and a toilet. Workers live in their own rented accommodation in Gloucester and drive or cycle in. Each worker spoken to alone; all said they are paid weekly to their own accounts, had never been asked for money and could leave any time. One said he would like more hours. Trade effluent issue referred to Environment Agency. No modern slavery concerns.""",
      "", "", "")
    T("""Concern raised by a sister about her brother's relationship: Callum (20) has moved in with his girlfriend, who is 38. The sister thinks the girlfriend is 'grooming' him because she bought him a car and he no longer goes to family Sunday lunch. Officers visited. Callum said he and his partner met at work, he pays half the rent, has his own bank account and job as an electrician, and stopped going to Sunday lunch after an argument with his dad. He has his own phone and sees his friends. No third party involvement, no sex work, no control identified. Sister advised. Incident closed; no crime, no safeguarding referral needed. Officers' body-worn video retained for 31 days as standard. Sgt agrees.""",
      "", "", "")
    T("""Outreach (National Ugly Mugs / local SWP), Liverpool. Visited M, an independent escort working from a rented flat in the city centre. She has worked independently for six years, runs her own website, screens her own clients and banks her own earnings. Nobody manages her or takes a cut. She wanted advice after a client refused to leave and called her names. Report taken and offered to pass details of the client to police; she agreed. She said she is not being pressured by anyone and does not want any other support. No exploitation; crime of harassment recorded. Client details circulated to other independent workers through the NUM alert system with her consent. OIC to contact within 48 hours. Outreach to check in with her again next week.""",
      "", "", "")
    T("""Burglary report – 14 Elm Grove, Exeter. Victim (elderly female) returned from church to find rear door forced, jewellery and cash (£400) taken. House-to-house: neighbour saw two males in a silver hatchback. CSI attended. No vulnerability other than age; victim living alone but with family nearby. Crime recorded; no safeguarding concerns beyond a referral to Victim Support.""",
      "", "", "")
    T("""Arrest – PWITS class B. Male (24, from Bolton) stopped in car, 200g cannabis in bags and £1,100. In interview he said he sells to mates to pay for his own use, nobody tells him what to do, he buys it himself from a man in Manchester. He is not in debt to anyone and has never been threatened. He works part time at a gym. No indicators of criminal exploitation; charged. Bailed to court. Phone downloaded; nothing to suggest anyone else directs his dealing. Drug referral offered through custody liaison and accepted. Intel submitted on the supplier. Officer in case: PC 3318 HOLDEN. Court date to be set. Drugs to be sent for testing; cash seized under POCA pending an account of its source.""",
      "", "", "")
    T("""Live-in nanny enquiry, Surrey. A neighbour called the modern slavery helpline about a young French woman who looks after three children in a large house in Cobham and 'never seems to leave'. Police visited. The nanny (23) has a written contract, works Monday to Friday 7am–7pm with an hour's break, and is paid £600 a week net into her French account. She has her own room and bathroom, weekends off, goes into London most weekends and holds her own passport. She said she was studying English in the evenings online, hence not going out on weekdays. No concerns. Caller thanked and told the outcome in general terms. Helpline informed; case closed on their system too. Log closed 16:40 by PC 8812 ADEYEMI.""",
      "", "", "")
    T("""RTC, A47 near King's Lynn, 06:10. Minibus carrying 12 agricultural workers to a farm collided with a tractor. Three minor injuries. Driver employed by a GLAA-licensed labour provider; workers confirmed they choose to use the company's free transport and live in their own rented houses in King's Lynn. All had their own ID. No concerns about exploitation from early morning start. Vehicle examiner to inspect the minibus. Tractor driver breath-tested, negative. Road reopened at 08:05.""",
      "", "", "")
    T("""Licensing committee report – 'Velvet Lounge', lap-dancing club, Norwich (SEV licence renewal). Dancers are self-employed, pay a house fee of £40 per shift and keep the rest of their earnings, set their own shifts via an app and can work elsewhere. Police licensing checked: CCTV compliant, no touching policy enforced, security staff SIA badged. Dancers spoken to during the inspection raised no concerns about pressure, debt or documents. No complaints in the year. Recommend renewal. Conditions unchanged: CCTV retention 31 days, welfare officer on each shift, dancers' changing room not accessible to customers, and dancer welfare policy to be reviewed annually with the police licensing officer and the council. Two objections received from residents on planning grounds only. Committee date: 14 July.""",
      "", "", "")
    T("""Note for file, renal unit, Manchester Royal Infirmary. Living donor assessment of a 27-year-old man donating a kidney to his older brother (32). Both brothers interviewed separately by the Independent Assessor for the Human Tissue Authority. Relationship confirmed by family documents and DNA. Donor has a stable job, is not paid, has not been promised anything and states he is free to withdraw at any time. No evidence of coercion or reward. Approved. Surgery date set. Both brothers offered psychological support before and after the operation. Records filed with HTA reference. Donor's employer (who had asked) informed only that the donation is approved and that leave has been arranged for the surgery and recovery period. No further notes.""",
      "", "", "")
    T("""Call from a resident of Ropewalk, Nottingham, about a short-let flat next door: lots of young women arriving with suitcases on Friday, loud music and men coming up late. Officers attended. It was a hen party of nine women from Sunderland, and the men were a stag party they'd met in a bar. All adults, all had their own phones and said they'd booked the flat themselves. Advised about noise. Noise complaint passed to the council. No concerns. Log closed 01:15. Neighbour thanked; advised to use the council's noise app in future.""",
      "", "", "")
    T("""Hotel night manager (Radisson, Glasgow Central) raised concern about a young-looking woman checking in with a much older man, who paid in cash. Officers attended at 23:30 and spoke to her alone. She is 26 (driving licence checked), the man is her husband of four years, they were celebrating their anniversary and paid cash because his card had been blocked abroad. Happy, relaxed, no coercion. Apologised for disturbance. No concerns. Night manager thanked for the call – the right thing to do even when it turns out fine. Log updated. Officers resumed at 23:52 and returned to patrol in the city centre. Intelligence not submitted as there was nothing of relevance to record. Incident closed as no further action, no crime.""",
      "", "", "")
    T("""School safeguarding log, Taunton. Year 11 girl (15) has a boyfriend (16) at the same school. Mum worried about them spending time alone at his house. DSL spoke to both; normal teenage relationship, age-appropriate, no older people involved, no gifts, no sexual images shared, no going missing. Advice to parents about healthy relationships. No CSE concerns.""",
      "", "", "")
    T("""Intelligence check – Sikh gurdwara, Southall. Anonymous report that 'men are being made to work in the kitchen for no money'. Visit with a Punjabi-speaking officer. The kitchen (langar) is run by volunteers from the congregation who cook and serve free meals; people take turns, come and go as they like and are not paid because it's voluntary seva. Several volunteers spoken to, all live at their own homes, all happy. No exploitation. The gurdwara committee were happy to show officers around and offered them langar. Anonymous report possibly made in bad faith following a committee election dispute. Incident closed. Sergeant's review: agree, no further action required. Result shared with the community cohesion officer.""",
      "", "", "")
    T("""Restaurant in Leicester: owner (Bangladeshi heritage, 45) and his two brothers work 70+ hours a week running their family business. Environmental health officer noted the long hours and mattress in the office and asked. The mattress is for the owner to nap between lunch and dinner service; all three own the business jointly, take a share of profits and live at their own houses. Staff are paid properly and have their own documents. No exploitation. EHO advised that the office must not be used as sleeping accommodation for staff, which the owner accepted. No further action. EHO also noted that the kitchen scored a food hygiene rating of 5. File closed. No referral to any other agency needed.""",
      "", "", "")
    T("""Housing association report: tenant in Salford has been letting her cousin and his three kids stay in her two-bed flat after they were evicted. Neighbours worried about overcrowding and 'people trafficking'. Housing officer visited: family, temporary arrangement while they bid for a council flat, nobody is paying anyone, nobody is working for anyone. Overcrowding advice given, no exploitation.""",
      "", "", "")
    # --- negated / hypothetical, some mixed with real indicators ---
    T("IP stated she holds her own passport and can leave the house whenever she likes. However, she has not been paid for the four months she has worked as a cleaner for the family, who say her wages are 'being saved' for her.",
      "WW", "NCW", "D")
    T("Worker at the car wash says nobody has ever hit or threatened him, he has his own documents and phone. But he sleeps on a mattress in the back of the unit and works 7am to 9pm every day, no day off, for £300 a month.",
      "AC EO WW", "SW LH", "L")
    T("Asked the women at the flat if anyone takes their money, keeps their passports or stops them leaving. All three said no, and showed their own ID. Each said she works for herself. No indicators. NFA.",
      "", "", "")
    T("The agency doesn't charge for boots or hi-vis, that's all free, but they do take £85 a week for the house and £10 a day for the minibus whether you use it or not, and we're 14 in a 4-bedroom house.",
      "WW", "CT OA", "L")
    T("Victim denied any threats or violence from her partner. She stated he takes her to meet men at hotels in Liverpool and keeps the money 'for their future'. She has no access to her own bank account.",
      "WW", "NCW ET", "S")
    T("If he doesn't get paid at the end of the month he says he'll complain to the agency. He has a contract and is paid weekly so far. No concerns at present.",
      "", "", "")
    T("We checked for signs of exploitation at the nail bar: staff have their own IDs, contracts, and go home at 6. Found none. Owner cooperative.",
      "", "", "")
    T("The girl said she was not locked in and had her own key. But the man who runs the flat took her phone on arrival and she hasn't spoken to her family in Romania for two months. He posts her adverts and takes the bookings.",
      "ISO", "IS SFW", "S")
    T("Free to leave, paid properly, no debt, own documents – the Polish lads on the building site in Ealing are fine. Report unfounded.",
      "", "", "")
    T("The family say the maid could go out if she wanted to but she 'chooses' not to. She told the social worker, alone, that she has never been given a key, the door is always double locked, and she hasn't been paid since Christmas.",
      "RM WW", "RMS", "D")
    T("He doesn't have any debt to anyone, he told me. He wasn't charged any fees. But his boss at the farm keeps his passport in the office and he says he's too scared to ask for it back. He works on a dairy farm in Devon.",
      "RD", "DT FA", "L")
    T("No evidence that anyone was controlling the woman; she rents the flat in her own name, advertises herself and keeps her earnings. Neighbour's allegation of a brothel unfounded.",
      "", "", "")
    T("Hypothetically, if she did go back to him he'd probably make her work the saunas again, but she's been in her own flat in Dundee for two years, working at Tesco, with no contact from him. Note for file only, case closed.",
      "", "", "")
    T("There was no lock on the door and the man said they could go wherever they want. When asked in Vietnamese, one of the boys said the boss told them the police would put them in prison if they ever went out, and that he owes £18,000.",
      "IT DB", "FA UF", "C")
    T("Client does not report any physical violence. She reports that her 'manager' posts her on AdultWork, drives her to every booking, and holds her passport so she 'doesn't lose it'.",
      "RD", "ET DT", "S")
    T("The workers weren't collected early or dropped off late; they live on the farm in decent caravans and walk to the fields. Pay checked by GLAA, all correct. No concerns.",
      "", "", "")
    T("Informant says the lads at the takeaway are not illegal and are not underpaid, but one of them told him the owner punched him in the kitchen last week when he dropped a tray.",
      "PSV", "", "L")
    T("She said no-one had ever taken her phone or told her not to speak to her family; she speaks to her mum in Kenya every night. She works as a live-in carer 5 days a week for £900 a month and has her own room.",
      "", "", "")
    T("The women in the brothel on Hessle Road weren't hit or locked in, one said, but they had to pay £400 a week 'rent' to Gaz and he has all their bank cards in a biscuit tin. Hull, per outreach worker.",
      "WW", "NCW MBC", "S")
    T("He was not forced to take drugs, he says he chose to, and he keeps his own money from the job at the takeaway. Mum's worries about 'county lines' are not supported. Signposted to drug service.",
      "", "", "")
    # --- short benign notes ---
    T("Shoplifting at Tesco Extra Slough, adult male, alcohol. Arrested. No vulnerability noted.", "", "", "")
    T("Noise complaint, party at student house on Hyde Park Rd, Leeds. Advice given.", "", "", "")
    T("Lost passport reported by tourist (US national) at Victoria station. Crime ref issued.", "", "", "")
    T("Dispute between two taxi drivers over a fare at Cardiff Central. Resolved at scene.", "", "", "")
    T("Concern for welfare: elderly man not seen for 3 days. Found well, was staying with his daughter.", "", "", "")
    T("Caller thinks the massage place on Oak St is dodgy because it's open late. No other info. Licensed and inspected last month, nothing found.", "", "", "")
    T("Theft of cable from a building site in Bury. CCTV requested.", "", "", "")
    T("Customer at Lidl Brent Cross says the minibus that drops the cleaners off looks 'suspicious'. It's the contract cleaning company's own minibus; staff verified.", "", "", "")
    T("Criminal damage to a car on Nelson St, Gateshead. Suspect known (ex-partner).", "", "", "")
    T("Road rage incident on M25 J10. No injuries. Dashcam footage supplied.", "", "", "")
    T("Woman reports her handbag stolen in Wetherspoons, Croydon. Bank cards cancelled.", "", "", "")
    T("Fly-tipping of mattresses behind the Co-op in Kirkby. Council informed.", "", "", "")
    T("Two men arguing over a parking space at the Trafford Centre, one pushed. Words of advice.", "", "", "")
    T("Bloke at the bus stop asked me for a quid for his fare. Seemed fine, just skint.", "", "", "")
    T("Fraud: caller scammed out of £700 by fake HMRC phone call. Action Fraud referral.", "", "", "")
    T("Concern for a school pupil who is always tired. Mum works nights and he looks after his little brother in the evenings. Young carer support arranged; no exploitation.", "", "", "")
    T("cyclist knocked off bike on Hills Rd cambridge, driver stopped, exchanged details", "", "", "")
    T("Dog attack in park, Rhyl. Owner identified. Dangerous dogs officer informed.", "", "", "")
    T("Late-night kebab shop staff working till 4am on weekends – they're the owner's sons and get paid. Nothing to follow up.", "", "", "")
    T("Woman selling Avon door to door in Widnes, neighbour thought it was a scam. It wasn't.", "", "", "")
    # --- short exploitation notes ---
    T("Man at the cashpoint on Clarendon Rd had a fistful of cards, at least 9, taking £250 off each. Guys in a van waiting for him.",
      "", "MBC", "")
    T("they charge the new lads £60 for boots and a vest before first shift and take it off the wages",
      "WW", "PPE", "L")
    T("Three Vietnamese lads at the nail bar in Gravesend sleep in the back, each has one carrier bag of clothes and that's it.",
      "AC", "SW FPE", "L")
    T("Referral: girl (13) being given lifts and vodka by men in their 20s in Keighley. Had sex with one 'to pay for the vodka'.",
      "AV PSV", "", "S", "high")
    T("INT 3/C/P – female believed held at 12b Cross St, Barrow, by partner who pimps her; not seen outside in weeks.",
      "RM", "RMS IS", "S")
    T("She only had the clothes she stood up in and a toothbrush. Said the man took everything else when she arrived at the flat in Kilburn and told her she works for him now.",
      "", "FPE", "S")
    T("Cleaner at the hotel says the agency took her passport and charges her for the uniform and cleaning gloves, £45.",
      "RD WW", "DT PPE", "L")
    T("Dad texted: 'they've got her in the car outside the chippy on Market St NOW, three lads, she's 14, shes screaming'",
      "AV", "", "S", "immediate")
    T("Boss holds the bank cards of 6 of the lads from the pizza place and draws their pay himself. They get £50 cash each on a Friday.",
      "WW", "MBC NCW", "L")
    T("Man in Boston (Lincs) says he was charged £200 for the 'job place', £150 for the van to the farm, and £35 for wellies and gloves. Has been paid £80 in 3 weeks.",
      "WW DB", "UF CT PPE", "L")
    T("girl in the flat opposite never goes out, men coming every half hour, a car brings her food. Same grey hoodie for weeks, looks ill.",
      "RM", "RMS PA", "S")
    T("IP (Eritrean, 19) was made to work on a farm in Kent for no pay to pay the smuggler; he slept in a barn. Boss shouted 'Home Office' at him if he slowed.",
      "DB WW AC IT AV", "SW FA", "L")
    T("Boys (14, 15) found at a trap house in Ipswich, front door nailed from the outside, one with a stab wound to his hand.",
      "AV RM PSV", "RMS PA", "C", "immediate")
    T("Worker says the boss made him work three days straight with no sleep during the harvest, and he had to pee in a bucket because no toilets.",
      "EO AC", "LH", "L")
    # --- more mixed, longer ---
    T("""Custody record note / NRM consideration, Southampton.
Detained person: female, 20, Romanian, arrested for theft of perfume from Boots (£480). In interview she said she was told to steal by the man she lives with, 'Cosmin', who gives her a list each morning and drops her at West Quay with two other girls. If they come back with less than the list he makes them stand outside all night and once he hit her with a phone charger. She said he also makes her sleep with his friends when they visit. She has never been paid; he says she owes for the flight and the flat. She does not know the address of the flat, only that it is 'near the big boats'. Custody sergeant considered s.45 defence; referred to NRM; charging decision deferred.""",
      "WW DB PSV ISO", "ET IS UF", "C S")
    T("""Call handler log (Avon & Somerset), 19:48.
Caller: woman, giving name as Joanne, calling from her car outside a house on Marksbury Road, Bedminster. She says her friend's 15-year-old daughter, Kayla, texted her 'help me' ten minutes ago with a location pin to this address. Caller can see a man in his 30s at the window and heard a girl shouting. When caller knocked, a man opened the door, said 'there's no one here', and slammed it. Caller believes Kayla is inside and being held against her will. Kayla has a history of going missing and CSE concerns are already on file with the local authority. Graded immediate; two units and the duty sergeant assigned; caller told to stay in her car and keep the line open.""",
      "AV RM", "RMS", "S", "immediate")
    T("""Debrief notes (translated from Albanian), male, 24.
'In Albania I had debts with a loan shark. A man said in England there is good work in construction, £100 a day, and he would lend me the money for the boat, £18,000, and I would pay back little by little. When I arrived in Kent, they took me in a car to a house in Manchester. It was not construction. I had to live in the loft of a house full of cannabis plants. They locked the loft hatch from below. I did not see the sun for three months. They said if I run, they know where my mother lives in Shkodër. They did not pay me, they said all of it is for the debt. I was scared of the police because they told me English police will send me back and the loan shark will kill me.'""",
      "DEC DB RM IT WW AV", "UF RMS FA", "C")
    T("""Housing officer's note, Newham.
Visited 7 Harold Road following a report of overcrowding. Found a three-bedroom house with 16 adult men, all Indian nationals, sleeping in bunk beds in every room including the living room. Men said they work at a warehouse in Barking through an agency whose manager, 'Raj', also owns the house. Each pays £350 a month for a bunk, deducted from wages by the agency, and £20 a week for the van. When asked about passports, three men said Raj has them 'for the right-to-work checks' and has not given them back after six months. Several men appeared afraid and would not give their names. Referred to the MSHT team and to the council's HMO enforcement. Photos taken of each room. Follow-up visit booked with police for next week.""",
      "WW RD AC", "OA CT DT FA NCW", "L")
    T("""Referral from a refuge in Coventry (not exploitation). Ms R (35) fled a violent husband with two children. He controlled the finances, monitored her phone and stopped her seeing friends. She has never been made to work or have sex with anyone for money. Referral relates to domestic abuse only; MARAC referral made. Modern slavery considered and ruled out by the IDVA. Children's social care informed.""",
      "", "", "")
    T("""Detective's note – Op WILLOW (Kent): Review of an adult service advert network. Analysts linked 43 adverts to 5 phone numbers. Test purchase officers found that 4 of 5 numbers were answered by women who worked alone and set their own terms. The fifth number was answered by a man who said 'I send girl to you, you pay me, not her'. He offered 'new Romanian girl, only 18, no English'. Further work on number five only; the other four are independent sex workers and not of interest. Research on number five: subscriber details requested; the number appears in two previous hotel intelligence reports from Dartford. Actions allocated to DC PRICE. Review date set for 28 days' time. Filed.""",
      "", "SFW", "S")
    T("""Report from a member of the public via online form (spelling and punctuation as received):
'hi i live on Grove St in Wolverhampton and ther is a house at the end with alot of men living there i counted 9 one day. They go out at 5 in the morning in a white van and come back at like 10 at night. i dont think they speak english. they look really thin and one of them was limping and had a bandage on his hand. the man who drives the van shouts at them and once i saw him push one of them. they have curtains closed all the time. the bins are always over flowing. im worried something bad is going on and they are slaves or something. i dont want my name given out'""",
      "PSV EO", "OA CE ET PA LH PLC", "L")
    T("""Statement extract, female, 17, Lancashire (witness ABE interview summary).
She met 'Zee' when she was 14 at a takeaway in Accrington. He gave her free food and cigarettes and drove her around. He told her she was his girlfriend. When she was 15 he took her to a house in Blackburn where three other men were waiting and told her she had to have sex with them because 'that's how it works, you owe me for everything'. She said she was too frightened to say no because he had a knife in the glovebox and once held it to her leg. This happened 'most weekends' for over a year. He kept her phone when she was with the other men. She never got any money. She told no one because he said he would tell her dad she was a slag and put her pictures on Facebook.""",
      "AV DEC DB PSV IT ISO", "IS", "S", "high")
    T("""Email from a charity caseworker (Asylum support, Cardiff).
I'm writing about a client, Mr H (Sudanese, 28), who is in asylum accommodation. He says a man from his community offered him cash work at a car wash in Newport while he waits for his decision. He's been working there 10 hours a day for £25, and the man now says that as Mr H isn't allowed to work, he will 'report him to the Home Office' and his claim will be refused if he stops. He's also been asked to bring two more friends. He has his own ARC card and lives in his own room. I think this needs looking at by the police. I have his consent to share this. Best time to contact me is mornings. Many thanks, Bethan (caseworker).""",
      "AV WW IT EO", "FA LH", "L")
    T("""Case closure note, LA adult safeguarding, Plymouth.
Concern raised by a bank that Mr G (62, mild learning disability) had a lodger who was withdrawing money with Mr G's card. Enquiry found the lodger is his brother-in-law and Mr G's appointee for benefits, appointed by DWP in 2018, who keeps records and pays the bills. Mr G has his own pocket money card, goes to his day centre, and says he is happy. No financial abuse and no exploitation. Closed. Bank informed of the appointeeship. Mr G's social worker will review his support plan as planned in the spring. The bank was thanked for raising its concern, which was the right thing to do in the circumstances. No other action needed.""",
      "", "", "")
    T("""Intelligence report 2/B/P (Merseyside).
A 'lover-boy' style controller known as 'Kaz' (real name believed to be Kasim ALI, 27) has been identified as the boyfriend of at least three young women in Liverpool and Wirral, each of whom believes she is his only partner. Each woman was told he needed money to clear a 'drug debt' and that if she really loved him she would 'help him out' by meeting men. He arranges hotel rooms at the Travelodge Liverpool Central and the Holiday Inn Express Albert Dock, and collects the money from reception. One woman is 17. The women have been told that his 'creditors' will hurt them if the debt isn't paid. Recommend: safeguarding referral for the 17-year-old via Liverpool MASH; hotel watch scheme alert to both hotels; research on the phone number used for bookings (07723 118 450). Dissemination: MSHT and CSE teams only.""",
      "DEC AV IT WW", "NCW", "S", "high")
    T("""Visit note – Police Community Support Officer, Hull.
Went to see the lady on the 3rd floor of Kingston House who the caretaker was worried about because she 'never goes out and has lots of men visiting'. She is 68, housebound with COPD, and the men are her carers from two agencies plus her son. She was delighted to have a visitor. No concerns; reminded about bogus callers. Caretaker updated. Log closed; no further action.""",
      "", "", "")
    T("I found a girl on my doorstep in Harehills at 6am, no shoes, said in broken English she ran from a house where they make her 'do sex' and she doesn't know where the house is. She's got bruises on her face. She's inside with me now.",
      "PSV ISO", "PA IS", "S", "immediate")
    T("Intel: POI MURPHY, Kieran (Irish traveller) picks up homeless men in Dublin and brings them to do driveway work in England, sleeping in vans on sites around Essex. Pays them 'when he feels like it'. One man has been with him since 2019 and has had no contact with family.",
      "AV WW AC ISO", "SW IS PLC", "L")
    T("Nanny (Brazilian, 25) in Chelsea says the family never let her have a day off in 8 months and she's on call all night for the baby. She is paid but only £100 a week. She has her passport. Not locked in.",
      "EO WW", "LH", "D")
    T("Ice cream van driver in Blackburn flagged by a parent as 'grooming' kids with free ice creams. Checked: he's the uncle of the kids in question and gives them free cones. No concerns.",
      "", "", "")
    T("Concern raised by a dental nurse: patient (F, 18) had several broken teeth 'from a fall', came with an older woman who answered for her and paid in cash. Patient said quietly 'she is my boss at the massage'. Practice manager called 101.",
      "PSV", "PA SFW", "S")
    T("Job advert on Telegram in Russian: 'Girls for work in UK hotels, good money, housing and flight paid, pay back from earnings, no English needed'. Linked to a number used to book Airbnbs in London for short stays.",
      "DB", "UF", "S")
    T("Hi, my daughter is 18, she works at a bar in Magaluf for the summer, long hours and lives in staff accommodation, she's loving it and earns good tips. My sister keeps saying she's been trafficked. Is there anything I should be worried about? She holds her own passport and calls me every day.",
      "", "", "")
    T("Adult Social Care: Mrs E (79) has a live-in carer, employed and paid by her son, who works a 5-day week with 2 days covered by an agency. The carer's own family visit. Query from a neighbour about 'slavery' unfounded.",
      "", "", "")
    T("Girl, 16, in care in Stockport, disclosed the man she calls her boyfriend takes her to other men's flats and gets paid. She says it's fine because he shares it with her. Not fine – CSE. Strategy meeting.",
      "AV WW", "NCW", "S", "high")
    T("Dozen or so bicycles outside the house on Waterloo Rd, lads leave at 5:30 in the morning and come back after dark. Landlord says they are delivery riders who rent from him, each with a tenancy. Checked with the council: licensed HMO, fine.",
      "", "", "")
    T("Barber shop in Middlesbrough: Kurdish lad, 17, works 10 till 10, 7 days, paid £100 a week, sleeps on the sofa in the shop. Owner says he's 'helping out'.",
      "AV EO WW AC", "LH SW", "L", "high")
    T("Woman (Chinese, 50) found at a 'beauty salon' in Northampton during a fire safety inspection, living in a cupboard-sized room with a camp bed, a rice cooker and a bag of clothes. She said she works 'all day, every day' and the boss holds her money because she owes for coming to England. She was terrified of the inspectors.",
      "AC EO WW DB", "SW FPE PLC LH NCW FA UF", "L")
    T("Concern about a Romanian man begging in Truro. Spoke to him: he travelled alone, sleeps in a tent, keeps what he gets and sends it to his family. No one manages him. Signposted to outreach. NFA.",
      "", "", "")
    T("Kid (12) with a phone that never stops ringing, goes out at midnight, comes back with cash and has started saying he 'works for' a lad from Tottenham. School reports two missed weeks.",
      "AV", "", "C", "high")
    T("Two Filipino women employed by a diplomat in Kensington say they were told they'd have 'normal hours' but actually work 16-hour days, have their passports kept by the household manager and are not allowed to leave without permission. Reported to the Met by a church volunteer.",
      "DEC EO RD RM", "LH DT RMS", "D")
    T("Tenant who keeps a spare key for her neighbour's flat and helps with her shopping. Neighbour's son worried she was 'taking advantage'. Both happy; no money involved. NFA.",
      "", "", "")
    T("Women from the flat on Station Road are collected by a black Audi each night at 9 and brought back at 5. Driver takes a bag from each of them. Comes back next night with new girls sometimes.",
      "WW", "CE ET NCW", "S")
    T("Young man (19, Vietnamese) sleeping rough in Birmingham said he escaped from a nail bar where he worked without pay, slept on the floor and was hit with a broom. He had nothing but his phone and the clothes he was wearing.",
      "WW AC PSV", "SW FPE PA", "L")
    # --- final longer texts ---
    T("""Op referral summary – pop-up brothel, Aparthotel, Cardiff city centre.
Hotel security called police at 21:30 after noticing a stream of men going up to apartment 508 over two days. Officers attended and found two women, Romanian, aged 21 and 24, and a male, Ionel STAN (31), who had booked the apartment using a card in another person's name. Both women had been advertised on an escort site under new names with 'just arrived in Cardiff' in the heading. The older woman said, through a telephone interpreter, that STAN takes all the money, books the apartments in a new city every week, and keeps both their ID cards and phones 'so we don't lose them'. She said they had been to Bristol, Swansea and Gloucester in the last month and she did not know which country 'region' they were in now. Neither woman had more than a small bag of clothes. The younger woman had a healing cut on her lip she would not explain. STAN arrested on suspicion of MSA s.2 and controlling prostitution; both women taken to a place of safety and NRM referrals made.""",
      "WW RD ISO", "NCW DT IS FPE PA ET", "S")
    T("""Record of conversation – police liaison officer and a sex worker support project, Edinburgh.
The project asked us to be aware that several women who work independently from flats in Leith are being approached by a man calling himself 'Dmitri', who offers to 'manage' their bookings and provide 'security' for half of their earnings. The women the project has spoken to all refused him; they work alone or in pairs, pay their own rent, advertise themselves and keep their money. They are not being controlled by anyone. One woman said Dmitri told her she would 'regret it' if she kept saying no, and she is frightened. The project wants police to speak to the women about safety without making them feel targeted for their work.""",
      "IT", "", "")
    T("""Statement extract (V, 16, from Rochdale), translated summary by ABE interviewer.
She met 'Hassan' on Snapchat when she was 14; he was 'nice, older, had a car'. He picked her up from the park and took her to a flat above a shop in Oldham where there were other men. They gave her vodka and weed. The first time, she says, 'I thought he was my boyfriend so I did it with him, then he said his mate wanted a go and I didn't want to but I couldn't say no'. After that, men would message her through Hassan and he would come and get her. She never got any money; he said she owed him for the phone he gave her. When she tried to stop replying, he turned up outside her school and said he'd tell her mum 'what she is'. She said he always took her phone off her when they got to the flat. She has not been in school for a term.""",
      "AV DEC PSV DB IT ISO", "IS", "S", "high")
    T("""Note of visit – Women's health outreach bus, Sheffield, 22:00–01:00.
Seven women seen. Six are regulars and known to us; all work independently and said nobody takes their money. One new woman, who said she was 19 and from Romania, came to the bus with an older woman who did the talking for her and would not let us speak to her alone. She had no coat in the cold, looked very thin and had scratches on her neck. The older woman said they were sisters but they did not look alike and the young woman kept looking at her before answering. We gave her condoms and a card with the helpline number in Romanian. Information shared with South Yorkshire Police MSHT coordinator with a description.""",
      "", "SFW PA FA", "S")
    T("""Email from a hotel manager (budget chain, Milton Keynes) to the local policing team.
Hi, following the 'Say Something if You See Something' training, I wanted to flag a booking. A man in his 40s has booked two rooms every Thursday for three weeks, each time with different young women who don't speak English and who never come down for breakfast. Housekeeping says the rooms have lots of condoms and cash envelopes and there are always several men coming up during the night. Yesterday one of the women asked the receptionist, using Google Translate on her phone, 'what city is this'. The man always pays in cash and keeps the key cards. We've kept the CCTV. Happy to help. Regards, Priya, Duty Manager.""",
      "ISO", "IS ET", "S")
    T("""Cleaning contractor – GLAA licence check, Nottingham. A cleaning firm supplying office cleaners was reported by a former worker. Inspectors found the firm charges new starters £35 for a 'uniform pack' (tabard, gloves and a lanyard), £20 for a DBS check it never carries out and £8 a week for 'equipment hire', all taken from the first wages. Workers are paid for 3 hours a night but are expected to finish sites that take 5 hours. Most workers are Romanian women who found the job through a Facebook group run by the owner's wife. Workers are paid into their own accounts and hold their own documents; none reported threats. Labour exploitation (unlawful deductions and underpayment); HMRC NMW team and GLAA pursuing.""",
      "WW", "PPE UF", "L")
    T("""Member of the public, 101 web form (verbatim).
'theres a women who lives above the nail salon on Chapel Street in Salford i think shes thai. every night after the salon shuts a man brings different blokes up the back stairs and stands outside smoking while there up there. She never comes down in the day except to work in the salon and the man walks her down and back up. She looks really sad and tired. My mate went in for nails and she had a massive bruise on her arm and when my mate asked she said sorry no english. I know its not my business but it doesnt look right to me'""",
      "RM", "ET RMS PA", "S L")
    T("""Case note – ISVA service, Bristol.
Client (F, 34, British) came to us after she was raped by a man she met on a dating app. She has never been paid for sex and no one has ever controlled her or taken money from her. The man found out where she works and has been messaging her; police are investigating the rape and harassment. She asked whether it is 'trafficking' because he drove her to his flat in Bath; we explained it is not, and that it is a serious sexual offence. Support plan agreed: accompaniment to police interviews and court, counselling referral, safety planning at work. No modern slavery referral needed.""",
      "", "", "")
    T("""INT 2/B/P (Thames Valley). Source reports that an address on Cowley Road, Oxford, is used by a Chinese-run network as a 'rest house' for women moved between massage parlours in Oxford, Reading and High Wycombe. The women are said to stay in the house on their days between shops, sleeping several to a room, and to be driven between the parlours by one of two men in a black Toyota Prius (reg. unknown). Source states that the women pay £30 a day to the drivers for the lifts and £50 a night for a bed, and that one of the men keeps all of their bank cards and withdraws their money each week at the same Sainsbury's cashpoint. Source has heard one woman say she still owes £9,000 to the 'agency' in Fujian that arranged her visa.""",
      "WW DB", "OA ET CT NCW MBC UF", "S")
    T("""Community officer's note, Tower Hamlets. Resident concerned that a young Bangladeshi bride who moved into a neighbour's house last year 'is never allowed out' and 'works like a servant'. Visited with a Bengali-speaking officer and spoke to the young woman alone in the garden. She is 22, married by her own choice, attends college two evenings a week, has her own phone and her passport, and goes to her sister's most weekends. She does the cooking because her mother-in-law has arthritis and she likes cooking. She said she is happy and has no concerns; she was amused. No indicators of servitude or forced marriage. Neighbour reassured.""",
      "", "", "")
