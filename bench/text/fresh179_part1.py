# fresh179 part 1: GP, A&E, maternity notes (hand-written, blind)
def load(T):
    T("A&E triage note 02:40. F pt approx 25yrs, Romanian, attended with deep laceration L hand. Says she cut it at 'the factory' packing chicken, no gloves provided. Accompanied by male who gave his name as 'boss friend' and answered every question for her. Pt would not make eye contact. When male left to move car pt said quietly 'he keep my passport, I no can go'. Safeguarding lead informed, police called 101 ref 0241-30.",
      "AC RD RM", "SFW DT FA RMS", "L")
    T("GP reception: pt registered today, brought in by a man who filled out the form and kept hold of her ID afterwards. Pt no English.", "RD", "SFW DT", "")
    T("Pt attended with husband for routine antenatal booking. Husband interpreted at pt's request. Seen alone for part of appointment as per policy, pt reports no DV, happy at home, holds own documents. No safeguarding concerns. Next appointment with community midwife at 16 weeks.", "", "", "")
    T("Ambulance crew report: called to warehouse unit on Trafford Park, male approx 40 fell from racking about 4m. Workmates said he'd been on shift since 6am the day before, 'nobody goes home till the trailer is empty'. No harness, no hi-vis on any of them. Foreman refused to give the company name and tried to stop us taking pt's colleague with him. Pt conveyed to MRI. Crew concerned re labour exploitation - referred via safeguarding hub.",
      "AC EO", "LH", "L")
    T("Maternity safeguarding: 19 y/o, 28/40, booked late. States she came from Albania 'for a job in a restaurant' but was made to 'work with men' in a flat in Luton. Does not know who the father is. Man who brought her (says he is cousin) waited outside and rang her phone 6 times during appt. Pt said if she doesn't go back 'they will hurt my mother'. MASH + police referral made, pt agreed to stay on ward.",
      "DEC IT AV", "FA", "S", "high")
    T("dental practice - lad about 15 came in with a broken front tooth, older bloke with him paid cash from a big roll of notes and said the boy fell off his bike. boy had 2 phones going off constantly and said he's 'up from London doing a bit of work'. Didn't feel right, rang the council.",
      "AV", "", "C", "high")
    T("Sexual health clinic note. Pt 22 F attends for STI screen. Works as independent escort, own website, sets own rates and hours, lives alone, no third party. Discussed safety, given Ugly Mugs info. No concerns re coercion. Next routine screen in 3 months.", "", "", "")
    T("Pt brought in to walk-in centre by employer, a car wash owner, with chemical burns to both forearms. Employer did all the talking and said pt 'doesn't speak English'. Pt had no gloves or boots, wearing flip flops. Pt told nurse (via language line while employer outside) he works 7 days 8 till 8 for £20 a day and sleeps in the back room of the car wash.",
      "AC EO WW", "SFW LH SW PA", "L")
    T("GP letter: Mr Tomasz WOJCIK, 52, seen re untreated hernia for approx 2 yrs. Explained he has had no GP since arriving, his 'agency' hold his ID and take £60 a week for a bed in a house with 11 other men. Says he owes them for the bus from Poland and 'the debt never goes down'. Signposted to Salvation Army, pt consented to referral.",
      "RD DB WW AC", "DT OA UF PLC", "L")
    T("999 call - caller states there is a woman screaming in the flat upstairs, 14 Ashby Court, says she can hear a man saying 'you'll do what you're told or you're going out the window'. Caller thinks the girl is foreign and 'different men come up every night'. Units dispatched grade 1.",
      "IT", "", "S", "immediate")
    T("Pt attended ED with back pain after lifting at work. Works in a builders merchants, PAYE, own bank account, has been there 6 yrs. Discharged with analgesia.", "", "", "")
    T("Health visitor note: new birth visit, 3 families in a 2 bed terrace, 14 adults and children, mattresses in every room incl kitchen. Landlord reportedly 'the boss' who employs all the men at a recycling yard and takes rent from wages. Mum tearful, said they are 'never allowed to go anywhere without him'.",
      "AC WW RM", "OA PLC NCW RMS", "L")
    T("mental health crisis team: 34 y/o M Vietnamese, found wandering by BTP at Euston, disorientated. Says via interpreter he was kept in a house 'growing plants' for a year, door locked from outside, food passed through. Escaped through a window. Extremely frightened, believes the men will find him and kill his family in Vietnam. Admitted to S2, police informed, NRM discussed.",
      "RM IT AC", "RMS FA", "C")
    T("Call handler log 14:12: caller is a community midwife at Luton & Dunstable, concerned re pt who told her 'I am not allowed to keep the baby, the madam will take me to the clinic'. Pt states she is in debt to 'the madam' for £30,000 for her journey from Nigeria and must 'work' to pay. Pt scared of juju oath. Midwife has pt in room now, pt does not want to return.",
      "DB IT AV", "UF FA", "S", "high")
    T("INT 3/B/P - Source reports male known as 'DOC' operating from address in Moss Side arranging for young men to 'sell a kidney' in Pakistan for £5k. Source states at least 2 local males have travelled and returned with scars and were paid far less than promised. Believed they were in debt to the group.",
      "DEC DB WW AV", "", "O")
    T("Renal clinic: pt is live kidney donor for her brother, fully assessed through HTA independent assessor, no payment, no pressure identified. Pre op bloods done.", "", "", "")
    T("ED note: 17 y/o F brought in by ambulance after taking unknown tablets. Disclosed she has been 'going to parties' with older men arranged by a man she calls her boyfriend who gives her vodka and coke and then 'she has to be nice to his mates'. Says he said he would put the videos online if she told anyone. CSE safeguarding referral, police notified.",
      "PSV IT AV DEC", "", "S", "high")
    T("GP: pt attends with interpreter who is her employer's wife. Pt is a live-in nanny. Employer's wife insisted on staying. Pt has bruising to both upper arms in shape of fingers. Explanation given by the employer's wife that pt 'is clumsy'. Follow up appt booked, pt to be seen alone.",
      "PSV", "SFW PA", "D", "high")
    T("Pharmacy: man came in for the 4th time this month buying dressings and painkillers for 'the lads at work'. says they get hurt on site all the time and the boss wont pay for doctors. just an observation. he paid cash and said the firm is doing flats in Canning Town.", "AC", "", "L")
    T("Safeguarding adults referral (A&E). Adult with learning disability, 44, attended with infected leg ulcer that is weeks old. Lives with a 'family friend' who takes his PIP and has him doing all the cooking, cleaning and garden for their family and neighbours. He sleeps in the shed. Says 'I'm not allowed my own money, Gary has the card'. Skin very dirty, clothes soiled.",
      "AV WW AC", "NCW PLC PA", "D")
    T("walk in centre - pregnant girl about 16 with man about 30 who said he was her husband. She said nothing at all. he said she was 20. he wouldnt leave the room. staff nurse rang safeguarding. pt left before safeguarding lead arrived.", "", "SFW", "", "high")
    T("INT 2/A/P POI Lulzim HOXHA believed to be taking women from a brothel on Derby Rd to a private clinic in Birmingham for terminations. Source states the women are not asked and are 'back on the job the next day'. Vehicle used silver Audi A4 KM67 TRZ.",
      "PSV AC", "ET", "S")
    T("A&E: M 29 attended with crush injury to foot from forklift at distribution centre. Agency worker. States he works 12 hr nights, 5 nights, well paid, chooses the overtime. Holds own documents. No concerns. Fracture clinic booked for Tuesday.", "", "", "")
    T("Dentist referral. Pt Eritrean F 31, extremely poor dentition, 4 abscesses. Says she worked in a house in Kensington for 3 years cleaning and minding children, was never paid, never given a day off, slept on the kitchen floor and was only allowed out with the family. Left when the family went abroad. Now in NASS accommodation. Referred to Salvation Army (MSVCC).",
      "WW EO AC RM", "LH SW RMS", "D")
    T("Ambulance: called by a member of public to a man collapsed outside Aldi Kirkby. Very thin, unkempt, same clothes, smell of cannabis. Says he 'watered plants' in a loft and has not been outside 'for months'. Gave a false name then said if he talks 'they will come for my family'. Conveyed to Aintree, police informed.",
      "IT RM AC ISO", "PA FA IS RMS", "C")
    T("GP safeguarding: 23 F asked for termination. Stated she was under pressure from her partner who 'doesn't want it'. Seen alone, denies coercion, says she agrees with the decision, no DV reported. Referral made to BPAS. Contraception discussed for after the procedure.", "", "", "")
    T("Midwife concern: pt at 36/40 disclosed her 'husband' is actually the man who brought her from Vietnam, he has her passport and visa, she works in his nail bar 6 days a week and he keeps all the money. 'He say if I go to police I will go to prison and baby taken.'",
      "RD WW IT", "DT NCW FA", "L")
    T("Sexual health: pt 18 M attending with older male 'uncle', asking for HIV test. Pt disclosed he was 'sent to meet men' at hotels by his uncle who takes the money. CSE/CCE referral, police contacted. Pt has no phone of his own.",
      "WW AV", "NCW", "S", "high")
    T("Triage: woman attending with wrist fracture. Says she fell in the house. Husband very controlling, answering for her. DV risk assessment completed, high risk, MARAC referral. No indication of work or exploitation. IDVA contacted.", "", "SFW", "", "high")
    T("A&E note. 14 y/o M brought in by police, stab wound to thigh. Found in a trap house in Bournemouth, reported missing from Croydon 3 days. Had a phone with 'county line' messages and £400. Said 'if I lose the stuff I owe them'. Refused to give names. Plan: admit, strategy meeting, NRM.",
      "DB AV", "FA", "C", "high")
    T("physio referral letter - 'Mr Singh has chronic shoulder pain from carrying plasterboard. He says he gets paid by the day, cash, about £40 when he was promised £100, and his gangmaster takes £10 a day off for the van and £50 for his boots and gloves at the start.'",
      "WW DEC", "CT PPE", "L")
    T("Call log 23:55: nurse at Pilgrim Hospital reports male pt who says he was driven to hospital by his gangmaster and dropped outside, gangmaster told him to say he was hurt at home. Pt works picking broccoli, says 40 of them live in caravans on the farm with no hot water. Pt asks for police not to be told as they will lose their jobs.",
      "AC", "OA PLC FA", "L")
    T("Antenatal: pt attended with her own interpreter from the Refugee Council. Holds BRP. Lives in hotel accommodation. Anxious about asylum claim but no exploitation disclosed.", "", "", "")
    T("District nurse visit: elderly pt's live-in carer from the Philippines told me she has not had a day off in 14 months, the family (pt's son) holds her passport 'for safe keeping' and pays her £200 a month into his own account 'to save for her'. She is on call through the night. Carer asked me not to say anything as she sends money home.",
      "RD WW EO", "DT NCW LH FA", "D")
    T("Intel log INT 2/B/R. Staff at Heartlands ED report a pattern of young Eastern European men attending with hand injuries, all registered to the same address 88 Coventry Rd and all accompanied by the same male, 'Marius', who pays for prescriptions and holds their bank cards. Marius seen taking several cards out of a wallet at the hospital cashpoint.",
      "WW", "MBC NCW SFW OA", "L")
    T("Pt 40 M seen re kidney transplant follow up. Had transplant in Pakistan last year at a private hospital, paid £25k. Donor was a stranger. Discussed risks of transplant tourism. No evidence pt himself is exploited. Bloods and tacrolimus levels checked, review in 3 months.", "", "", "")
    T("ED safeguarding form: F 30s, Chinese, attends with bleeding following termination carried out 'in a flat'. Speaks little English. Woman who brought her, 'Auntie', left immediately. Pt has 4 phones in her bag, no ID, states she 'work in massage' and cannot go outside alone. Police notified, ISVA informed.",
      "RM AC", "RMS ET", "S")
    T("Mental health liaison: 27 y/o M, paranoid, says he is being 'trafficked' by MI5 through the TV. No evidence of exploitation, longstanding psychotic illness. Plan: home treatment team.", "", "", "")
    T("ambulance service safeguarding: called to a house in Boston, Lincs, male with severe abdominal pain. 9 men living in a 3 bed, all work at the same packhouse, told crew they are picked up at 4am and back at 9pm. Man who said he was the landlord turned up and told crew the pt 'has no money for hospital' and tried to stop conveyance.",
      "AC EO", "OA CE LH", "L")
    T("Pt disclosed to GP that she was 'sold' to a man in the UK by her father in Bangladesh as a bride. She cooks, cleans and cares for his mother and 4 siblings, not allowed out, not allowed a phone, beaten if she 'makes mistakes'. Urgent: she is in surgery now, husband in waiting room.",
      "PSV RM ISO AV", "RMS IS", "D", "immediate")
    T("Sexual health clinic: F 20s attends with a woman who says she is her manager at a massage parlour. Pt is reserved. Manager pays, holds pt's phone. Pt cannot say her address. Flagged to safeguarding. Pt given a follow-up appointment which the manager cancelled the next day.",
      "ISO", "SFW IS", "S")
