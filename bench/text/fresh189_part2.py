# fresh189 part 2: negations, mixed cases, other exploitation types, short logs
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Carer spoken to alone. Holds her own passport and BRP, paid into her own account, free to change employer. No indicators.", "", "", "")
T("""Worker states he was never threatened and could leave whenever he liked, but the agency kept his passport 'in the safe' and he has had to ask twice for it.""",
  "RD", "DT", "L")
T("IP denies any violence or threats. Says the only issue is the £2,400 she still owes the agency for her flight which they take out of her wages each month and she can't leave until it's cleared.",
  "DB WW", "UF", "L")
T("Hotel staff checked for signs of exploitation during licensing visit - none found. All on payroll, rotas within WTR.", "", "", "")
T("""Caller says if his boss doesn't pay him by Friday he'll go to the tribunal. He has been paid every month so far, just late this month. Advice given.""", "", "", "")
T("""Care worker says she was not locked in and not stopped from going out, but the manager took her phone for the whole of each 12-hour shift and she missed calls from her children in Harare for weeks.""",
  "ISO", "IS", "L")
T("Factory manager: 'No, nobody here pays for PPE, we supply it free.' Checked with 4 workers individually - confirmed.", "", "", "")
T("""Builder says "we're not trafficked or anything, we just want our money". Owed 3 weeks' wages by a subcontractor that went bust. Passed to Insolvency Service.""", "", "", "")
T("""No concerns regarding movement - workers come and go freely. HOWEVER all 8 workers at the car wash pay £20 a week to the manager for 'the van' that brings them from Oldham, and none of them has seen a payslip.""",
  "WW", "CT", "L")
T("Checked: nobody at the address owes money to the employer, no debt mentioned. Referral closed.", "", "", "")
T("""She said she was never hit. But the supervisor told her if she spoke to the inspectors her brother in Romania would be hurt.""",
  "IT", "FA", "L")
T("Mother says if her daughter ever got a job abroad she'd worry someone would take her passport. Daughter is 14 and in school in Leicester. Advice re online safety only.", "", "", "")

# sexual, criminal, domestic, organ
T("""INT 2/B/P. Massage parlour, Lower Ground, 22 Fenwick St, Liverpool L2. Females (Chinese) believed to live on premises, rarely seen leaving. Adverts on AdultWork show the same 3 phone numbers for multiple 'girls'. Manager holds their passports.""",
  "RM RD", "SW IS RMS DT", "S")
T("""Girl, 15, reported missing from care home in Rochdale, believed with older male 'Kaz' who has been giving her vodka and cannabis and driving her to addresses in Oldham where she is made to have sex with men. Phone off. Last seen 20 mins ago getting into a black Audi.""",
  "AV PSV", "ET", "S", "immediate")
T("""Adult worker selling sex independently from her own flat in Southampton, advertises herself, keeps her own earnings. Came to notice after a client refused to pay. Crime recorded, no exploitation.""", "", "", "S")
T("""Debrief (Romanian F, 24): "He was my boyfriend. He said we would work in a hotel in London and marry. When we came he said the hotel job is finished and I must do massage. He takes all the money. He beat me when I say no. He has my ID card." """,
  "DEC WW PSV RD", "DT NCW", "S")
T("""Hotel receptionist in Heathrow area calls police: man has booked 3 rooms, young women keep coming and going, one girl looked about 16 and frightened, man waiting in the corridor. Room 214 now.""",
  "AV", "ET FA", "S", "immediate")
T("County lines: boy 14 from Croydon found in a trap house in Bournemouth with £600 and 30 wraps. Says he owes the line £1,200 for 'lost' drugs after being robbed. Bruises to face.",
  "AV DB PSV", "PA", "C", "high")
T("""Cannabis factory, Kettering. Vietnamese male (approx 17) found inside, windows boarded, door padlocked from outside, no kitchen. Says he was brought from France in a lorry, owes $25,000 for the journey, and the gardeners were told the men would kill his family if he ran.""",
  "AV RM DB IT AC ISO", "RMS UF SW PLC", "C", "high")
T("""Forced begging: 3 Roma women dropped outside Sainsbury's on Deansgate at 8am daily by a man in a grey Passat, collected at 6pm, he takes the money off them in the car. Pt seen slapping one of them on Thursday.""",
  "WW PSV", "CE ET NCW", "C")
T("""Money mule: student (19, Nigerian, Student visa) let a man use his bank account for 'payroll' for £200. Account received £38k in 3 weeks. Student says he was not threatened and can stop at any time. Fraud referral. No MS indicators.""", "", "", "")
T("""Shop worker at Cash Converters reported male (60s) being brought in by a younger man who does all the talking and takes the cash each time male sells his own belongings. Male appears confused and thin. Police to do welfare check.""",
  "AV WW", "SFW PA NCW", "")
T("""Domestic servitude: Nigerian girl (16) brought to UK to 'go to school' by a 'relative' in Dagenham. Not enrolled. Cleans, cooks and looks after 3 kids from 6am, sleeps in the kitchen, beaten with a belt if she makes mistakes. Told she would be deported if she tells a teacher.""",
  "DEC AV EO AC PSV IT", "SW LH FA", "D", "high")
T("""Au pair (Spanish, 22) in Surrey works agreed 30 hours, has own room, pocket money paid weekly, has Saturdays and Sundays off and goes to college. Mum rang police over an argument about a curfew. No exploitation.""", "", "", "")
T("""Neighbour: the woman next door is never out without the husband and she hangs the washing at 5 in the morning, i hear her cleaning till late. shes foreign i think. she looks so tired""",
  "RM EO", "RMS ET LH PA", "D")
T("""Kidney transplant patient at Royal Free, donor is his brother, all checked by the HTA independent assessor. Referral to MS team was made in error by a junior doctor unfamiliar with living donation. No concerns.""", "", "", "")
T("""INT 3/C/P: POI Kamal HOSSAIN said to be arranging for young men from Bangladesh to travel to the UK on care visas, then to India where they "sell a kidney" to clear the visa debt. Two men at an address in Bradford are said to have fresh scars and no money.""",
  "DEC DB AV", "UF PA", "L O")
T("""Hospital safeguarding: Pakistani male (28), recently arrived on a Skilled Worker visa, presented with complications after nephrectomy performed "abroad". Says he was told he would get £4,000 and his visa fees paid back. He received nothing. His employer, who arranged the trip, holds his passport.""",
  "DEC AV WW RD", "DT", "O L")
T("""Renal nurse: patient asked whether she can 'buy' a kidney from someone in Birmingham she found via a Facebook group. Advised this is illegal. Donor not identified. Reported to HTA.""",
  "", "", "O")
T("Living donor (wife) assessed by HTA for her husband's transplant - genuine relationship, no payment. Not exploitation.", "", "", "")

# short mixed logs
T("Nom: Ionut POPA. Works for gangmaster at salad farm nr Evesham. Ppt taken on arrival.", "RD", "DT", "L")
T("POI pays workers £30 p/w and keeps the rest 'for their rent'.", "WW", "", "L")
T("Workers picked up 4.30am from the HMO on Gladstone St, back gone 10pm. 7 days.", "EO", "CE LH", "L")
T("Wages into 1 a/c controlled by the supervisor. Workers have no cards.", "WW", "NCW", "L")
T("Owes 'Uncle' £8k for the trip, still going up.", "DB", "UF", "L")
T("Locked in at night, keys kept by the boss.", "RM", "RMS", "L", "high")
T("he took her phone off her, she got no friends here, dont speak english, never goes out", "ISO", "IS", "")
T("Said the boss would 'break his legs' if he left.", "IT", "", "L")
T("Slept on the kitchen floor of the restaurant for 4 months.", "AC", "SW", "L")
T("No days off since January. On call 24/7.", "EO", "LH", "L")
T("Hands and face covered in bleach burns, no gloves given.", "AC", "PA", "L")
T("Boss deducts £15 a week for gloves and hi-viz.", "WW", "PPE", "L")
T("Been told by the agency the job was in a hotel. It was a chicken shed.", "DEC", "", "L")
T("Overseas carer pushed down stairs by owner's husband. A&E.", "PSV", "PA", "L")
T("Care worker's CoS says 39 hrs, she gets 8. Agent took £12k.", "DEC", "UF", "L")
T("20 mattresses in a 2 bed flat above the kebab shop.", "AC", "OA PLC", "")
T("Driver takes £8 a day off each of them for the lift.", "WW", "CT", "L")
T("Female, 19, not allowed to leave the hotel she cleans, lives in a staff cupboard.", "RM AC", "RMS SW", "L", "high")
T("Anon: 'they hit them with a bar if they go too slow'. Fruit packhouse, Spalding.", "PSV", "", "L")
T("Scared of police, says the boss told her police will put her in prison.", "IT", "FA", "")
T("Fined £50 every time they drop a box, some weeks they end up owing.", "WW DB", "", "L")

# longer reports
T("""OFFICER REPORT - Op TIDEWATER. On 14/02 officers with GLAA and Immigration Enforcement attended Greenleaf Salads Ltd, Hayling Lane, Chichester PO20. 63 workers on shift. The majority are on Seasonal Worker visas recruited via an approved scheme operator; they hold their own passports, live in on-site caravans (4 per caravan, heated, clean), are paid £11.44 per hour into their own accounts, and showed payslips. However a group of 9 Nepali workers on the night packing line told officers separately that they paid a broker in Kathmandu between £4,000 and £6,500 each, had borrowed it at high interest from a village lender, and were told by the broker's UK contact ('Suraj') that they would be sent home if they complained about being given only 20 hours a week. Suraj is not employed by the scheme operator. Workers visibly afraid and asked that their names not be given to the farm. Scheme operator informed and cooperative. Referral to NRM considered for the 9; all declined but accepted support from Migrant Help.""",
  "DEC DB IT AV", "UF FA", "L")
T("""CASE NOTES - Migrant Workers' Advice Project, Newcastle. Client A (Indian, M, 31) on Skilled Worker visa as 'IT support' for a small firm in Gateshead. In reality he has been working in the director's brother's restaurant 6 nights a week, 5pm to 2am, and in the director's house during the day doing repairs. He has been paid 'the salary' into his account but the director has his online banking logins and card and transfers most of it back out. Client says he cannot leave because the director told him the Home Office would be informed he has 'breached his visa' and he would be detained. Client did not want police involvement at first. After his hand was burned in the kitchen and the director refused to let him go to hospital, he came to us. Hand dressed at walk-in centre. Supported to make NRM referral via First Responder (Newcastle City Council) and complaint to Home Office sponsor compliance.""",
  "DEC WW IT EO AC RM", "NCW LH FA PA", "L")
T("""Report (public, online form): Hi, I'm a delivery driver and I drop stuff at a big house on Radcliffe Road, West Bridgford most weeks. There is always a young Asian woman who answers the door and signs. Last week she asked me in a whisper if I could 'phone somebody' for her and when the lady of the house came she stopped talking straight away. She had a bruise on her cheek. I've never seen her outside apart from the door. The lady said she is the nanny. I don't know if its anything but it didn't feel right.""",
  "PSV", "PA IS FA", "D")
T("""Intelligence summary - Op LANTERN (Hampshire). Subject: PRESTIGE HOSPITALITY SERVICES LTD, Co. No. 1249XXXX, director Marek NOWAK (DOB 11/05/1983). Supplies housekeeping staff to 4 hotels in Southampton and Portsmouth. Staff are Romanian and Moldovan nationals living at 3 addresses controlled by NOWAK (Shirley, Portswood, Fratton). Approx 40 workers. Payroll records show each worker paid £1,600+ monthly, but source (reliable) states workers receive £150-£200 a week in cash, bank cards retained by NOWAK's partner Irina NOWAK who makes withdrawals at ATMs in Shirley High St with 'a stack of cards'. Workers transported in a white Ford Transit (GN68 ZPB) at 6am and collected after 8pm. New arrivals told they owe £800 for travel and 'setting up'. Recommend joint visit with GLAA and HMRC.""",
  "WW DB EO", "NCW MBC CE ET OA LH UF", "L")
T("""First account, learner English, written on a support form:
"My name is Grace, I come to UK Oct 2023 for care work. The agent in Accra said the company pay me £11 hour and house. When I come the company say there is no work yet. Agent friend say I can stay his house in Ilford, I clean and cook for his wife and children, he will find me work. 4 months I am there, no salary, I sleep sofa, they lock door when they go out. He say I must pay him £3000 for stay and if I go police they will put me in detention because company did not give work. I escape when the door is open and I go to the church." """,
  "DEC WW RM DB IT AV", "UF RMS FA", "L D")
T("""Officer log. Attended report of disturbance at Rose Court Care Home, Ipswich. Two care assistants (one British, one Filipino) had argued over the rota. Both on same contract, same pay. Filipino staff member has been in UK 6 years, now ILR. Words of advice. No further police action; no MS indicators.""", "", "", "")
