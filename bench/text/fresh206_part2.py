def add(T):
    T("""INTELLIGENCE REPORT - 5x5x5
Grading: 2/B/P
Subject: KOVACS, Tamas (DOB 03/04/1981)
Source reports that KOVACS runs a labour supply business out of a unit on Tong Road, Leeds. He houses approx 30 Hungarian men across three terraced houses in Armley, up to 10 in each. The men are collected from the houses in white Transit vans (YD68 TKU and YE17 OWP) at 0500 and taken to a chicken processing plant in Wakefield, returning around 1900. KOVACS takes £70 per week from each man for rent and £5 a day for the van. Source states the men's bank cards are kept by KOVACS's partner, SZABO, Eva, who withdraws the money and hands them £50 in cash on a Sunday. Source does not know if any passports are held. Source states one man who complained was punched by KOVACS in the yard of the unit in October.""",
      "WW PSV EO", "OA CE CT NCW LH", "L")
    T("caller says there is a girl in the flat upstairs crying every night and men come up the stairs all night one after another, she never goes out, the man with the keys comes in the morning. caller thinks shes being pimped out. flat 4 Cavendish court Derby",
      "RM ISO", "RMS IS", "S")
    T("MSOIC Unit - weekly picture (extract). Labour exploitation remains the most reported type (46% of new referrals), followed by criminal (28%, mostly county lines), sexual (19%) and domestic servitude (6%). One suspected organ harvesting case (see item 14). Vietnamese, Albanian, Romanian and UK nationals remain the top four. Forces are reminded to submit NRM referrals for children without consent.")
    T("Item 14 - Cross-force (Met/Sussex): Moldovan man says he was brought to London by a 'friend' to work, then told he could 'pay off' his travel debt by selling a kidney to a 'rich patient'. He was taken for blood tests at a private address in Barking and his passport was taken. He fled before any surgery.",
      "DEC DB RD AV", "DT UF", "O")
    T("Case note 14/11: spoke to A (Polish, 44) at the day centre in Southampton. He says he is working for a man called 'Marek' on roofing jobs, paid £40 a day cash but 'some weeks nothing'. Marek told him he owes £600 for a mattress and food and it is 'always more'. A lives in Marek's garage with 3 other men. No heating. He said 'I can't go home, I have no money and he has my dowód'.",
      "WW DB AC RD", "OA PLC DT", "L")
    T("NCA tasking: Op FERNHILL - request to all forces in the South West to check ANPR against OE19 XHB (silver Vauxhall Vivaro). Vehicle linked to the movement of Romanian women between short-let flats in Bristol, Exeter and Plymouth used for off-street sex work. Women are believed to be managed by the driver, who books the flats and keeps the earnings.",
      "WW", "ET NCW", "S")
    T("Item - Lancashire: Blackburn, forced marriage case. 19yo woman kept at home by her family since a marriage abroad, made to do all the cooking and cleaning for the household of 9, not allowed her phone. FMU and police engaged.",
      "RM ISO", "RMS IS", "D")
    T("Smuggling - Kent: 2 Albanian males arrested in Folkestone after landing from a RHIB. Both say they paid £4,000 each and have family in London. No debt, no exploitation disclosed. Handed to Immigration Enforcement.")
    T("Drugs - Devon & Cornwall: Plymouth address, 250g heroin, 3 adult suspects all local, arrested on warrant. Investigation into supply. No vulnerable persons present.")
    T("Fraud - Action Fraud referral: investment scam defrauding 120 victims via a crypto platform. Call centre staff in the UK were paid employees. No MS concerns.")
    T("she says 'I wanted to stop but he said he'd show my mum the videos' - 16yo, Swindon. He posted her on an escort site and drove her to hotels in Reading. NRM done, CSE strategy meeting tomorrow.",
      "AV IT", "ET", "S", "high")
    T("Item - Police Scotland (Lothian): fishing vessel out of Eyemouth, Ghanaian and Filipino crew; crew say they cannot leave the boat when in port because the skipper told them they have 'no visa to go on land'. Slept on board for 11 months, no days off. Skipper holds passports.",
      "RM EO RD", "RMS SW LH DT", "L")
    T("Front counter, Ipswich: man came in to report he has lost his passport. Stated he keeps it in a drawer at his lodgings and thinks it was lost during a house move. Crime ref issued for the HMPO. No concerns raised.")
    T("Met - Tower Hamlets: woman (Bangladeshi, 50) disclosed her son and daughter-in-law treat her 'like a servant': she cooks, cleans and looks after 4 grandchildren all day, is not allowed to leave the flat without them, and her widow's pension goes into her son's account.",
      "RM WW", "RMS NCW", "D")
    T("NCA - Organ trafficking awareness note: following international reporting, UK hospitals are reminded to raise concerns about living donors who appear to be strangers presenting as relatives, who cannot speak to the clinicians without a 'relative' present, or who are from a different country with no clear link. No UK cases confirmed this week.")
    T("Item - West Mercia: Hereford - hop farm, 40 Bulgarian workers in caravans. GLAA licensing inspection found clean caravans, hours and pay in line with contracts, workers holding own documents. Licence renewed.")
    T("County lines - West Yorkshire: 'Ricky' line. Debrief of 16yo from Bradford: 'they said I owed them 2 grand for the stuff that got robbed and I had to work it off in Scarborough. They'd text me saying they know where my little sister goes to school'. Held in a flat with 2 older boys who took turns watching him.",
      "AV DB IT RM", "RMS", "C", "high")
    T("Tasking note - Border Force: increased detections of young Vietnamese women arriving via Dublin on the Holyhead ferry with a male 'uncle' who holds their documents. Two recovered this month later found in nail bars in Chester and Wrexham working for no pay.",
      "RD WW AV", "DT ET", "L")
    T("report from a neighbour via 101 - the house on Ash Grove Wisbech has about 15 eastern european men. vans pick them up at like 4 in the morning. theres mattresses in the front room and bins overflowing. not sure if theres anything wrong just thought id say",
      "", "OA CE PLC", "")
    T("Item - Norfolk: Great Yarmouth, Portuguese factory worker (29) who holds her own passport and bank card, lives with her boyfriend, earns NMW plus overtime; reported because her agency made errors on her payslip. Payroll corrected. No MS.")
    T("Victim account, translated from Romanian: 'He said come to England, you will be my wife, we will have a house. In London he took my passport and said I must work for the house. Every night the cars. If I say no he hits me with his hand, with the belt. My family thinks I am happy.'",
      "DEC RD PSV", "DT", "S")
    T("Item - Merseyside: Birkenhead, uncle of a 12yo boy reported the child was being used by older males to carry drugs in his school bag. Boy has unexplained cash and goes missing after school. Child protection strategy held.",
      "AV", "", "C", "high")
    T("MSOIC: Two Vietnamese minors (15 & 16) arrested for cannabis production in Hull, charged before age assessed. Forces reminded that S45 and NRM must be considered. Both now in LA care; one went missing within 24 hours, believed re-trafficked.",
      "AV", "", "C", "immediate")
    T("Lincs - 2/B/P: POI DUMITRU, Ionut is recruiting Romanian men via Facebook for 'warehouse work' at £11/hr. On arrival men are placed at a vegetable packhouse at Holbeach, paid £6/hr after 'deductions' for rent, 'admin' and PPE. DUMITRU holds the men's Romanian ID cards until their 'debt' is repaid. Men say they're threatened with being thrown out on the street.",
      "DEC WW RD DB IT", "PPE DT", "L")
    T("Item - Sussex: Eastbourne, an adult woman advertises herself on AdultWork, works from her own flat, sets her own prices and keeps all her earnings. Came to notice because of a noise complaint. No exploitation.")
    T("Hertfordshire: Hemel Hempstead, warehouse picker, agency worker, 12 hour nights, 5 on 2 off. Complained of 'slavery' on social media about the targets. Enquiry showed contractual hours, proper pay, free to leave. Employment matter only.")
    T("Met - Croydon: Home Office referral about a Ghanaian woman who arrived on a visitor visa 3 years ago to look after a family's elderly father. She is not paid, sleeps on a sofa bed in his room and is on call through the night. She has been told that if she goes to the police she will be 'arrested for overstaying'.",
      "WW EO IT AV", "LH FA", "D")
    T("Item - Thames Valley: cuckooing in Banbury. Vulnerable woman (alcohol dependent, 51) has had her flat taken over by a line from Birmingham. She's given cans and £20 to let them use it. She says she's scared of them and can't get them out.",
      "AV", "FA", "C")
    T("Drugs - Greater Manchester: Salford, Op MILLSTONE arrests 9 for conspiracy to supply cocaine. All adults, all members of the OCG. No exploitation of vulnerable people identified.")
    T("NCA briefing: A UK-based OCG is advertising 'sponsor licences for sale' - the business sells CoS to overseas applicants for £20k, with no real job. Applicants end up without work, in debt, and some have taken cash-in-hand work in car washes. Concern for onward exploitation.",
      "DEC", "UF", "")
    T("Staffordshire - Burton: Indian restaurant staff living upstairs. Chef (Nepali, 34) says he's paid £800 a month for 72 hours a week, boss keeps his passport 'in the office safe'. Not allowed days off. Doesn't speak English and doesn't know anyone outside the restaurant.",
      "WW EO RD ISO", "LH DT SW IS", "L")
    T("Item - Surrey: Guildford, student from Hong Kong with her own passport in her bedside drawer reported a stolen laptop. Nothing further.")
    T("Call log 22:47 - female caller whispering, says she is locked in a bedroom at 19 Moorland Rd Leicester and a man has her passport, she's been there 'two weeks' and 'they make me go with men'. Line cut. Units dispatched, grade 1.",
      "RM RD", "RMS DT", "S", "immediate")
    T("Gwent: lorry drivers' rest area at Magor, an HGV driver (Romanian) tells a Welsh Govt outreach worker his agency charges him €300 a month 'for the truck' and he has not been paid for 6 weeks. Drives 15 hrs a day and sleeps in the cab. Says 'if I complain they send me home without money'.",
      "WW EO IT", "SW LH", "L")
    T("Item - Police Scotland: Edinburgh, investigation into a Chinese national arrested for cultivation. Police Scotland and TARA conclude he was trafficked: kept in a building in Livingston, windows blacked out, fed instant noodles, told his family in Fujian would be harmed if he tried to leave.",
      "RM AC IT", "RMS PLC", "C")
    T("Transplant coordinator, Manchester: patient having a live-donor kidney from her husband. Both British, married 20 years, full HTA assessment completed. Logged only because of an erroneous alert from the new IT system. No concerns.")
    T("NCA - fraud: Southend, UK national arrested for a 'romance fraud' netting £300k from 14 victims. Acted alone. No modern slavery element.")
    T("Item - West Yorkshire: Huddersfield, Polish mother reports her adult son (learning disability) has been 'taken in' by a man who makes him work on his market stall for nothing and collects his PIP. Son is living in the man's shed.",
      "AV WW AC", "NCW PLC", "L")
    T("Met - Southwark: 11 Nigerian males working for a security firm at a Battersea site, each paid £400 a month, wages deposited into one account controlled by the director. Director holds all their passports and BRPs 'for right to work checks'.",
      "WW RD", "NCW DT MBC", "L")
    T("Item - Lancs: Morecambe, cocklers. Intel that a group of Chinese nationals are being sent out on the sands at night by a gangmaster without lifejackets, at high risk from tides. Paid by the bag, most of it kept for 'debt'. Urgent GLAA tasking.",
      "AC DB WW", "", "L", "immediate")
    T("West Midlands - Walsall: 'I was 14 when he started picking me up from school. He bought me stuff then said I had to do favours for his mates. They gave me weed and vodka so I wouldn't fight.' Disclosure to a school counsellor, now 16.",
      "AV DEC PSV", "", "S", "high")
    T("Item - Humberside: Grimsby, fish processing factory - 3 Latvian women told an HSE inspector they do 14-hour shifts and are not given gloves or aprons unless they pay £25 to the supervisor. They lodge at the supervisor's house.",
      "EO AC WW", "LH PPE OA", "L")
    T("Northumbria - Sunderland: Report of suspected smuggling of Iraqi Kurds via a Blyth port. Enquiries ongoing. No victims identified.")
    T("Dyfed-Powys: Aberystwyth, woman (Thai, 41) married to a local farmer says she has 'no freedom'. Husband controls all money, has hidden her passport, won't let her learn English or drive, and she does all farm and house work 6am to 10pm. Referred to Refuge and the MS navigator.",
      "RD WW ISO EO RM", "DT NCW IS LH RMS", "D")
    T("Item - Sussex: Worthing - 15yo girl from a Surrey children's home missing 3 days, found at a flat with two adult males with a bag of her clothes, phone smashed. Males arrested for CSE offences.",
      "AV ISO", "IS", "S", "high")
