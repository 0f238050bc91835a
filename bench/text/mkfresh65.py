#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh65, Scottish mix).
Every text below was written individually; short codes are expanded to the label names."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
          oa="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
          rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
          uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
          lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
          mbc="multiple_bank_cards")
TY = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
E = []

def T(text, ind="", sg="", ty="", r=None):
    i = ind.split(); s = sg.split(); t = ty.split()
    for a, b in PAIR:
        if a in i and b not in s: s.append(b)
        if b in s and a not in i: i.append(a)
    if "oa" in s and "AC" not in i and t: i.append("AC")
    auto = "low"
    if i or t:
        auto = "medium"
        if "PV" in i or "S" in t or ("IT" in i and "RM" in i) or len(i) >= 3:
            auto = "high"
    risk = {"i": "immediate", "h": "high", "m": "medium", "l": "low", None: auto}[r]
    order = ["low", "medium", "high", "immediate"]
    assert order.index(risk) >= order.index(auto), (text[:60], risk, auto)
    E.append(dict(text=text.strip(), indicators=[IND[x] for x in dict.fromkeys(i)],
                  signs=[SG[x] for x in dict.fromkeys(s)], exploitation=[TY[x] for x in dict.fromkeys(t)],
                  risk=risk))

# ---------------- part 1 ----------------
T("INT LOG 2/B/P. Hand car wash, Paisley Rd West, Glasgow. Approx 6 males, Romanian/Albanian, seen arriving 0630 in white Transit driven by POI MARKU. Source states workers sleep in portacabin to rear of locus and are not paid direct, MARKU collects cash at close. No PPE observed in freezing conditions.",
  "WW AC", "cedl saw et ncw", "L")
T("Caller reports a lassie at the bus stop on Dumbarton Rd crying, says her boyfriend dumped her. Officers attended, female given lift home to her mum. No further concerns.")
T("there is men living above the chippy in torry about 10 of them the van comes at 5 every morning and brings them back at night they never go to the shops nobody speaks english. is this right??",
  "", "oa cedl", "", "l")
T("""Salvation Army first responder note, Edinburgh. Client (F, 34, Filipino) came to UK with diplomatic family as nanny. States: "Madam keeps my passport in the drawer of her office, she says it is safer there." Worked 6am to midnight caring for three children and cleaning, no day off in 14 months. Received £150 per month, paid to her sister in Manila by the employer. Not allowed out alone; went to church once, accompanied by the driver. Consents to NRM.""",
  "RD EO WW RM", "ncw et", "D")
T("OIC handover: IP DUONG (VN, 16 yrs) recovered from cannabis cultivation at locus in Coatbridge. Doors screwed shut from outside, windows boarded. IP says he owes '£18k for the journey' and was told his family in Nghe An would pay if he ran. Social work and Guardianship Scotland informed. IRD held.",
  "AV RM DB IT AC", "", "C", "h")
T("GLAA inspection report (licensing): Labour provider supplying pickers to soft fruit farm near Blairgowrie. Payslips reviewed for 40 workers; hourly rate above NMW, holiday pay correct, caravans inspected and found clean with no more than 4 per unit. Workers hold own documents and bank cards. One record-keeping breach (missing contracts for 3 workers) noted. No indicators of forced labour.")
T("Man at the Esso in Fraserburgh asked me for help, face swollen, said captain hit him on the boat. Phillipine i think. He ran back when a car came.",
  "PV", "pa", "L")
T("INT 3/C/P. Unverified INT suggests female nom 'Candy' being advertised on AdultWork from flat at Leith Walk, Edinburgh. Adverts change weekly, new photos, same phone number. No further detail.",
  "", "", "S")
T("""Debrief extract (interpreter present, Vietnamese). He says that a man in Hanoi told him there was work in a restaurant kitchen in England and that the journey would cost $20,000 which he could pay back from wages. He travelled by lorry through France. On arrival he was driven to a house in Kirkcaldy and told to water plants. He was not allowed to leave the house. Food was brought once a week. He says the men told him if he tried to run they would find his mother. He never received any money; the man said everything went to the debt.""",
  "DE DB RM IT WW AC", "", "C", "h")
T("Neighbour complaint re noise from party flat, Easter Road. Unit attended 0210, approx 15 students present, music turned down. Advice given.")
T("Duty to Notify (anonymous). Adult male, Sudanese, declined NRM. Worked at a car wash in Aberdeen for 7 months, 7 days a week 8-8. Paid £30 a day cash. Lived in the back storeroom with 4 others. Left after an argument with the owner. Does not want police involvement due to fear of being deported.",
  "EO AC", "saw oa foa", "L")
T("School safeguarding referral (Dundee secondary). S3 pupil, 14, F, seen getting into different cars after school with older males. Has new phone and expensive trainers, missing from home twice in the past month, found in Perth both times. Refuses to say who gave her the items.",
  "AV", "", "S", "h")
T("Car wash in Falkirk pays fine my cousin works there, its hard work but he gets his money every friday and goes home to Kosovo at christmas. Stop harassing them.")
T("INT 2/B/C (not to be disclosed to subject). POI KOWALSKI (DOB 12/03/81) recruits Polish men via Facebook for 'factory work Scotland, £500 per week'. On arrival men charged £250 'registration' and £80 per week for a bed in a 3-bed house in Arbroath housing 14. Wages paid into accounts KOWALSKI opened and holds bank cards for. Workers receive £50 per week cash.",
  "DE DB WW AC", "uf oa ncw mbc", "L", "h")
T("Walk-in at Govan police office. Female states her passport was stolen from her handbag on a bus. Crime report raised for theft, advised to contact embassy for emergency travel document.")
T("""999 call, 2314hrs. Female caller, limited English, whispering. States "I am in house, they lock me, I want to go". Background male voice. Call disconnected. Cell site Cathcart area. Units dispatched, flat identified via call-back, female (Nigerian, 22) recovered from bedroom with external bolt. Second female present. Male arrested.""",
  "RM", "", "", "i")
T("midwife notes - booking appt, Aberdeen Maternity. Pt (Romanian, 19) accompanied by 'cousin' male who answered every question and would not leave room. Pt appeared frightened, no ID, said cousin holds it. Unable to speak to pt alone. Safeguarding lead informed.",
  "RD", "sfw", "", "m")
T("My boss at the hotel in Aviemore makes us do 60 hours at busy times but it is all on the payslip and overtime is paid, and we get time off after the season. I am happy.")
T("INT 2/A/P. Subject ZHANG (nom 'Auntie') manages a pop-up brothel operating in short-let flats Dennistoun and Merchant City. Females (Chinese, 30s-40s) moved every 10 days. Source was told the women must pay back 'the flight money' of £8,000 from earnings before they keep anything. Females do not leave flats; food delivered.",
  "DB RM WW", "", "S")
T("Probation note (HMP Barlinnie, pre-release). Client says he was 'made to hold' drugs in Lanarkshire by a group he owed £2k to after his heroin use. Says they took his bank card and used his account for 'money'. Reports being beaten with a bat last year. Concern re return to same address.",
  "AV DB PV", "ncw", "C", "h")
T("Lost property: a Slovak passport handed in at Waverley station. Owner traced via embassy, collected next day.")
T("""TARA case note. Woman (Albanian, 26) referred by Glasgow City HSCP. Met boyfriend online in Tirana; he said they would marry and live in London. Brought to UK and taken to flats in Glasgow, told she must 'work' to pay for the house. Made to see up to 10 men per day. Boyfriend and his friend took all money. Raped by the friend when she refused. Says she was told her younger sister would be next if she spoke to police.""",
  "DE PV WW IT EO", "ncw", "S")
T("ppl working at nail bar in Kirkcaldy high st from 8am till 10pm every day, the young ones look about 15 and never talk, a man drops them and picks them up in a black audi",
  "AV EO", "cedl et", "L", "h")
T("Border Force, Edinburgh Airport. Female (Indian, 24) arriving on visit visa; states she is coming to work as a housekeeper for a family in Bearsden. Offer letter reviewed, salary and hours appropriate, employer contacted and confirms. Holds own passport and return ticket. No concerns; admitted.")
T("INT 3/C/P. Rumours locally that the farm at Turriff keeps workers' passports. Source does not know this directly; workers spoken to by partner agency say they hold their own documents. No indicators identified.")
T("Fishing vessel boarded by Police Scotland and Marine Scotland at Kinlochbervie. Two Ghanaian deckhands state they have not been paid since arrival 5 months ago, were told the money would be 'settled at end of contract'. Passports held by skipper. Working up to 20 hrs per day at sea. Sleeping in hold area.",
  "WW RD EO AC", "saw", "L")
T("Takeaway in Inverness. Youngish guy always behind the counter, told me he lives upstairs and gets paid £100 a week, and he works every day noon to 2am. Boss shouts at him in front of customers.",
  "EO WW", "saw", "L")
T("Council environmental health visit to takeaway, Stirling. Hygiene issues found in kitchen. Staff (3) employed legitimately, contracts on file, rota shows 40 hrs. Improvement notice served re hygiene only.")
T("GP note: 45yo M, Polish, presents with untreated hand laceration 2 wks old, infected. Says works on building site Livingston, 'gang master' would not let him go to hospital, deducts money if he misses day. Appears thin, unwashed. Lives in van with 2 others.",
  "AC WW", "pa plc", "L")
T("Bank alert (financial crime team): 11 accounts opened in 6 weeks at one branch, all Romanian nationals, same correspondence address in Motherwell. Cards used at one ATM by one male on salary day, total withdrawals £19,000. Account holders never seen at branch after opening.",
  "WW", "mbc ncw", "L")
T("I was promised work as a waitress in Edinburgh, they told me 1500 euros. When I arrived they took me to a flat and said now you work with men. I did not want. He hit me. I stayed 4 months.",
  "DE PV", "", "S")
T("Report of youths shoplifting in Union Square, Aberdeen. Three local boys 13-14 identified from CCTV, returned to parents. No adult involvement suspected.")
T("Cuckooing concern — Housing officer, Drumchapel. Tenant (M, 52, learning disability, ASP-known) says 'friends from Liverpool' are staying and he is not allowed in his living room. Lots of foot traffic at night. He looked scared and had a bruise on his cheek.",
  "AV PV", "pa", "C", "h")
T("OFFICIAL-SENSITIVE. SCD briefing. Op intel: OCG led by POI HOXHA running cannabis grows across Fife and West Lothian. Gardeners are Albanian and Vietnamese nationals brought in small boats. INT suggests gardeners are told they owe £15-20k and must work off the debt. One gardener recovered from Glenrothes grow had burns from electrical wiring and had been locked in for 3 months.",
  "DB RM PV AC", "pa", "C", "h")
T("got a text from my gran saying the man next door's carer is stealing from him, not sure if this is slavery or what")
T("Adult Support and Protection referral (Ayrshire). Man (61) with alcohol dependency living with family friend on farm near Maybole. Sleeps in a byre. Works the cattle from dawn to late, gets cigarettes and drink but no wages. His pension goes into an account held by the farmer's wife. Says he doesn't know anywhere else to go.",
  "AV AC EO WW", "plc ncw saw", "L")
T("Au pair in Morningside, Edinburgh (Spanish, 20). Family pay pocket money £100 per week, she has own room, works 25 hours and attends English college. Contacted police after falling out with host family; wants to move out. Advised; no exploitation concerns.")
T("Debrief (Eritrean male, 17 at time). 'In Libya we were held in a warehouse and they took blood from us and said they would take kidney if family did not pay. My friend they took to a hospital and when he came back he had a big cut on his side and they gave his family nothing.' Now in Glasgow, supported by Guardianship Scotland.",
  "AV PV IT", "", "O", "h")
T("INT 2/B/P. Male nom 'DJ' travelling Glasgow to Inverness by train with local 15yo boy. Boy carries the phone and package. Boy's mother reports he disappears for 4-5 days and comes home with cash and a black eye.",
  "AV PV", "pa", "C", "h")
T("Customer at a nail salon in Livingston reporting that the staff are always smiling and chatting and the owner is a lovely woman who trained them all. Just want to say thank you for the adverts but no problems here.")
T("""Officer statement, locus: flat 2/1, Allison St, Govanhill. On entry I found four adult females and one male. The male (later identified as SANDU) stated he was 'the driver'. Females spoke no English. In the kitchen drawer I found five Romanian ID cards and four bank cards in names other than SANDU. The females each had one small bag of clothing. One female indicated by gestures that she was not allowed to go out.""",
  "RD RM", "mbc fpe", "S")
T("Missing person: Aberdeen student (21) failed to return from a weekend hill walk in Cairngorms. Found safe by Mountain Rescue. No concerns.")
T("I am work in the fish factory in Peterhead. The agency take 50 pound every week for van to work, and 15 pound for the boots and gloves. My wage after is very small, like 120. I cannot say no they say they send me home.",
  "IT", "ct ppe", "L")
T("101 call. Caller works at a Highland hotel near Fort William. Says a kitchen porter from Bangladesh told her the manager took his passport 'for visa paperwork' and has not given it back in 8 months, and that he owes the manager for his sponsorship certificate which is taken from his wages each month.",
  "RD DB", "uf", "L")
T("A&E Glasgow Royal: F 28 (Nigerian) attended with abdominal pain. Disclosed to nurse that she was brought to UK to 'help a family' and has been cleaning and cooking for them for 3 years without pay, sleeping on the kitchen floor. Not allowed to keep a phone. Madam came to collect her, nurse advised security.",
  "WW AC IS", "", "D", "h")
T("Local authority housing inspection, Leith. HMO licensed for 6, found 6 tenants on individual tenancies, all working at different employers, rents paid by themselves. Fire door defect noted. No concerns about exploitation.")
T("INT 2/C/P. POI BALOGH runs begging group in Edinburgh city centre, Princes St and Royal Mile. Beggars (Roma, including elderly and one man with amputated leg) dropped by car at 0700 and collected at 2100. Money collected by BALOGH's wife at intervals.",
  "AV WW", "cedl ncw", "C")
T("Report of man begging outside Tesco in Dundee, local man known to be homeless, not part of any group. Outreach team notified.")
T("""Witness statement (packhouse supervisor, Angus). I have worked at the packhouse for 9 years. The agency workers this year are mostly Bulgarian. Around June I noticed one of the men, I knew him as Georgi, always had a man from the agency standing with him when he went to the toilet or at breaks. Georgi's hands were bad with cuts. He told me one day in broken English 'no money, all to boss'. I told my manager.""",
  "RM WW", "pa", "L")
T("quick one - saw 3 young girls taken into the flat above the vape shop on Great Western Rd by two older men, look early teens. Happens most weekends late at night",
  "AV", "", "S", "h")
T("Debrief. She says that her 'uncle' in Lagos arranged for her to come to Scotland to study. When she arrived she was taken to a house in East Kilbride where she had to clean, cook and care for the children. She says she had no days off and slept in the children's room. Her passport was kept by the wife. She was told that if she left, the police would arrest her because she had no papers.",
  "DE RD EO IT", "foa", "D")
T("INT 1/A/P. Subject MACLEOD skipper of FV registered Ullapool. Employs 3 Filipino crew on transit visas. Crew observed working on shore at harbour in breach. Crew state paid $800 per month direct into their own accounts. No further welfare concerns raised by crew.",
  "", "", "", "l")
T("Man asked a member of staff at Buchanan bus station how to get to the police, said he had run away from a farm in Lanarkshire where he was kept with others in a locked shed at night. He had no shoes.",
  "RM AC", "pa", "L")
T("Fraud investigation note: Benefit claims for Universal Credit submitted in the names of 8 Slovak nationals living at one address in Govanhill. INT suggests their landlord POI GAZI holds their passports and bank cards and receives all payments. Tenants state they were told the documents were needed for 'the rent contract'.",
  "RD DE", "ncw mbc", "C")
T("Scottish Children's Reporter: boy 15 referred on offence grounds (possession with intent, Aberdeen). Found in a flat with 30 wraps and £600 cash, phone with 'deal line' messages. Says he came up from Birmingham on train and was 'told to stay till it's sold'. Has not been home in 9 days.",
  "AV", "", "C", "h")
T("The man who runs the car wash near Ibrox has 4 guys working, they were all singing, owner says they get paid living wage and he let me look at their hut with heaters. Seems legit tbh.")
T("A family of five from Syria living together in a 2 bedroom flat in Dundee, Dad works as a delivery driver. Health visitor notes overcrowding, family on housing list. No other concerns.")
T("Hotel staff, Oban: housekeeper (Lithuanian) says she was made to work 14 hour days in July and August, with 1 day off a fortnight, and accommodation costs of £120 per week were taken from her pay. She is still paid the rest and has her own bank card. She is leaving at end of season.",
  "EO", "", "L")
T("""NRM referral excerpt (first responder: Glasgow City Council). Subject: male, Vietnamese, says 15 (age disputed). Found by police in the boot of a car stopped on the M74 at Abington with 2 kg herbal cannabis. States he was sent from a house in England to a house in Scotland to 'look after plants'. Has no phone. Does not know any address. Extremely frightened of 'the boss'. Scars on both arms.""",
  "AV IS", "pa foa", "C", "h")
T("Call from a woman in Elgin: her Polish neighbour works for a recycling plant, very long days, sometimes 6am to 8pm, but she says he's saving up to buy a house back home and chose the overtime. No other worries, just thought she should ask.")
T("Woman from Perth called Modern Slavery Helpline: her daughter (19) is in a relationship with a man who makes her have sex with his friends for money and keeps the money. Daughter has stopped contacting family. He has her phone.",
  "PV WW IS", "ncw", "S")
T("INT 3/C/P. POI (M, Pakistani, 40s) nom 'Raja' said to arrange sham marriages between Portuguese women and Pakistani men in Glasgow for £10k each. Women said to be kept in flat until ceremony. Source heard this at a party.",
  "RM", "", "C")
T("""Caseworker note (Migrant Help, Aberdeen). Client (Sudanese, 29) reports working at a takeaway in Torry for 10 months. Employer told him he would be 'sponsored' if he worked unpaid for the first year and that he could not leave before then or he would be reported to the Home Office. Sleeps on a mattress in the storeroom. Works 7 days, 11am-1am. Employer keeps his BRP 'for the application'. Client wants to leave but fears removal.""",
  "DE WW IT EO RD AC AV", "saw foa", "L")
T("Dispute about unpaid wages — electrician says his contractor owes him £1,200 for a job in Livingston. Advised this is a civil matter. He is self employed and has other work.")
T("A woman asked in the chemist in Stornoway for painkillers, her boss at the fish farm came in and told her to hurry up. She had a black eye. I dont know more.",
  "", "pa", "", "l")
T("ATM withdrawals: same man photographed at 6 different ATMs in Dundee using 14 different debit cards over one night. Cards belong to men registered at an address listed as 'agency housing'. Financial crime unit notified.",
  "", "mbc ncw", "", "l")
T("INT 2/B/P. Sexual exploitation: females trafficked from Romania for sex work in Aberdeen. Victims told they would work in a café. On arrival, phones taken and passports kept by POI STAN. Driven to hotel bookings by POI's brother and waited outside. Victim 1 reports being raped by STAN when she refused.",
  "DE IS RD PV RM", "et", "S")
T("my pal says the guy in the garage near Barras gets the boys to work for nothing because they owe him for getting them here. he says its a lot of money and it gets bigger every week. they sleep in the garage",
  "DB WW", "saw", "L")
T("Patient transplant note: Mr S (Scottish, 54) received kidney transplant at Royal Infirmary of Edinburgh from living related donor (his brother). Follow-up routine, good graft function.")
T("Intel via Crimestoppers: Man in Motherwell selling a kidney 'for a friend' on social media, asking £40,000. Donor said to be an Indian man brought over in debt. Forwarded to SCD.",
  "DB", "", "O")
T("Construction site, Glasgow. Site manager reports a subcontractor's workers (Romanian) wearing no harnesses on scaffolding, and that the gaffer charges them £20 each for hard hats. Men are collected at 5am from a house in Shettleston.",
  "AC", "ppe cedl", "L")
T("Debrief (Chinese national, F, 41, through interpreter). She says she paid 200,000 yuan to an agent in Fujian for a job in a restaurant in the UK. She was instead sent to work in massage parlours and flats across Scotland. She had to pay 'rent' of £500 a week to the lady and could keep little. She moved every week and never knew the name of the street.",
  "DE DB IS WW", "uf", "S")
T("Council licensing: a street trader in Inverness has no pedlar's certificate. Warning issued.")
T("Caller reports her 70 year old mum's Romanian carer is working too many hours for the care agency, 12 hour shifts 6 days. Caller wants agency checked. Carer says she likes the money and the agency pays properly.")
T("INT 2/B/P. Female 17 (LAC, residential unit Falkirk) going missing; linked to POI RAFIQ (32) who gives her alcohol and cannabis. INT suggests she is being taken to parties in Grangemouth where men have sex with her. RAFIQ posted a picture of her on Snapchat with the caption 'mine'.",
  "AV PV", "", "S", "h")
T("DUTY TO NOTIFY: Male (Albanian, 31) encountered in Dover-registered lorry at Cairnryan. States he paid smugglers 12,000 euro and was told he'd get work in a car wash in Scotland to repay the rest. Does not consent to NRM. Released.",
  "DB", "uf", "L")
T("Homeless outreach note, Edinburgh Cowgate. Rough sleeper (M, 38, Lithuanian) says a man offered him a job and a room in a house in Gorgie. He went for two weeks; he was given food and beer but no money, worked on driveways 7am-7pm. When he asked for wages the man's friends threatened him with a knife, so he left and came back to the street.",
  "AV WW IT EO", "", "L", "h")
T("IMMIGRATION: Student (Nigerian, 23) overstayed visa, working in a Glasgow call centre under own name. Employer not aware. Referred to Home Office. She holds her own passport and is paid normally.")
T("The big house in Bridge of Allan has a Filipina maid, we never see her out except with the family car to Tesco, she waves though. She's been there years.",
  "", "", "", "l")
T("""Handover, night shift to day shift (Aberdeen). 1) RTC Anderson Dr, no injuries. 2) Concern raised by taxi driver: he drove two young Asian females from a flat in Rosemount to a hotel in the west end at 0300, a male paid and escorted them. Females silent, one had no coat in sub-zero temperatures. Flat address logged for intel. 3) Shoplifting Bon Accord, male charged.""",
  "", "et", "S")
T("VICTIM ACCOUNT: My name is not important. I come from Slovakia with my husband brother. He say job in factory in Scotland. We live in house in Glasgow with many people, 20 maybe. He take our bank cards for 'rent'. We work in warehouse and he get the money. When I say I want go home he hit me on head.",
  "DE PV WW AC", "oa ncw", "L", "h")
T("Teacher's note to child protection officer: P6 pupil (Roma, 10) often absent, says he goes with his uncle to 'collect money' in Edinburgh on Saturdays. Seen holding a cup outside St James Quarter.",
  "AV", "", "C", "h")
T("INT 3/D/P. Unknown source alleges all staff at the Thai restaurant in Stockbridge are trafficked. No supporting detail, staff spoken to by licensing officers, all held valid visas and payslips. Assessment: unsubstantiated.")
T("Highland estate, near Braemar. Gamekeeper's assistant (local, 19) reported manager for verbal abuse and unpaid overtime during the grouse season. ACAS advice given; employment dispute, he remains employed and paid his contract salary.")
T("Scallop dredger crew (Latvian) told a harbour chaplain in Peterhead they sleep on board and are charged £60 a week for food, they cannot go ashore without the skipper. One says skipper holds their seaman's books.",
  "RM RD", "saw", "L")
T("Got messaged on insta by someone offering 'modelling in Edinburgh, £2k a week, all travel paid'. Seems dodgy. Just reporting it.")
T("OIC update: female victim in Dundee brothel case gave a statement via TARA. States the men who ran the flat took photos of her naked and said they'd send them to her family in Romania if she stopped working. Her earnings went to the 'manager', she was given £20 per day for food.",
  "IT WW", "ncw", "S")
T("Woman in Kilmarnock has a 'husband' from Pakistan who never lets her out of the house, she cleans for his mother and brothers all day, says she was married at 17 in Lahore and brought here. Neighbour concerned, heard screaming.",
  "RM PV", "", "D", "h")
T("Report from a volunteer at a food bank in Leith: a Romanian man said he worked for a roofer who paid him only half of what was agreed and late, but he then got another job with a different roofer. He has his own flat.")
T("INT 2/B/P. Nail bar chain 'Glamour Nails' (3 premises Glasgow South). Vietnamese staff (some appear young) live above the shops. Staff seen being escorted between premises by the owner. Source saw owner taking passports from staff bags 'to check visas' and not returning them.",
  "RD", "saw et", "L")
T("Crew member from Ghana at Mallaig says he got paid today after a dispute about his share of the catch; he's now got his money and has a flight home booked. Wants nothing more from police.")
T("Prison intelligence (HMP Grampian): prisoner bragging on phone that 'his girls' are still working in Aberdeen and the money comes to his sister. Believes one girl is 16. Call recorded.",
  "AV WW", "ncw", "S", "h")
T("GP note (Inverness): Indian man, 30, care worker at a private care home, sponsored visa. Reports he paid the recruiter £9,000 in India for the certificate of sponsorship and the home deducts £300 a month 'for training'. Works 60-70 hrs a week. Anxious, not sleeping, afraid to complain because employer said he'd cancel the visa.",
  "DB EO IT AV", "uf", "L")
T("Caller reports van with blacked out windows outside a house in Arbroath every night 11pm, different women get out. Could be carers finishing late? Just thought it odd.")
T("Glasgow airport Border Force: 2 Albanian females (18, 19) travelling with an older male who holds both their passports and boarding passes and answers all questions. Females say they are going to a 'job in a salon'. Safeguarding referral made, females refused NRM.",
  "RD", "sfw", "", "m")
T("""Debrief extract (male, Romanian, 45, interpreter present). He says he was recruited in his village by a man who offered construction work in Scotland for £80 a day. On arrival in Dundee the man said the transport had cost £600 and the rent was £100 a week and these would come out of his pay. In 3 months he got about £200. He says he was 'not a prisoner' and could go to the shop, but had no money and did not know anyone. The man kept his ID card 'for the payroll'.""",
  "DE DB WW RD AV", "ct", "L")
# ---------------- part 2 ----------------
T("Report to procurator fiscal (summary): Accused HUSSAIN libelled under s1 Human Trafficking and Exploitation (Scotland) Act 2015. Complainer (Pakistani, 22) brought on spousal visa, required to clean the accused's family home and two takeaways 16 hours a day, locked in a bedroom at night, beaten with a belt. Passport recovered from accused's car.",
  "RM PV EO RD", "", "D L")
T("INT 2/B/P. POI DOBRE controls 8 Romanian females working the street in Calton, Glasgow. Females drop cash to DOBRE's car every hour. Source states DOBRE's associates watch them from the car park.",
  "WW RM", "ncw", "S")
T("she says the job was fine, she just didn't like Scotland, too cold and rainy lol")
T("Fish processing plant, Aberdeen. Quality manager reports an agency worker collapsed on the line after working, he said, his third 16-hour shift in a row. Agency say it was his choice to take extra shifts. Worker says the agency driver told him anyone who refuses extra shifts 'doesn't come back'.",
  "EO IT", "pa", "L")
T("Debrief (F, Eritrean, 19). In Sudan she was held by smugglers who demanded $5,000 from her family. She says they beat the men and raped women in front of others. Her family paid and she crossed to Libya and Italy. She has no exploitation in the UK; she lives in Glasgow with her aunt and is at college.",
  "PV", "", "", "h")
T("Landlord complaint: tenant in Kirkcaldy sublet the flat to 7 people. Tenants all working separately, paying their own way. Council advised.")
T("999. Male with knife wounds walked into Broxburn petrol station. Said he was stabbed by the man he works for at a car wash after asking for his wages, and that he and three others sleep on the floor of the wash. Injuries serious, ambulance. Others still at locus with employer.",
  "PV WW AC", "saw", "L", "i")
T("Public report: u need to check the farm near Forfar the workers are living in an old byre no toilets no heat. the farmer is nice to them tho and they all have cars",
  "", "plc", "", "l")
T("Partner referral (Women's Aid, Edinburgh). Client (British, 27) in abusive relationship, partner controls her money and her phone and has hit her. No indication she is made to work or sell sex. Referred to MARAC; not a modern slavery case.")
T("INT 2/B/P. Vietnamese male (approx 17) seen working in 'Luxe Nails', Falkirk, 6 days per week 0900-2000. Lives with owner's family, not enrolled at school. Owner tells customers he is her nephew. Boy was not allowed to speak when customer addressed him.",
  "AV EO", "sfw", "L", "h")
T("Shetland: Indonesian crewman on a whitefish trawler says he signed a contract in Jakarta for $1,200 a month but is only being paid $300, the rest 'held until end of 12 months'. Agency in Jakarta charged him $2,500 which he borrowed. Skipper keeps passport. Crew sleep 6 to a small cabin.",
  "DE WW DB RD AC", "uf oa", "L")
T("Report of dog left in car in Edinburgh Park car park, owner located, dog fine.")
T("INT 1/B/P. POI GRANT (Dundee) recruiting local vulnerable adults (addiction, homeless) to open bank accounts; he takes the cards and PINs, uses accounts for fraud proceeds. Pays each person £50 and a bag of heroin. One IP says GRANT threatened to 'do' his kneecaps if he closed the account.",
  "AV IT WW", "mbc ncw", "C")
T("Salvation Army: client (Polish, 58) referred by homeless unit. States was picked up in Poland by a 'nice lady' who promised gardening work. Worked for a Scottish family's landscaping business in Ayrshire for 6 years. Lived in a caravan without water. Was given £10 per week and tobacco. Family kept his ID card. Was told the police would put him in jail for having no papers.",
  "DE AC WW RD IT AV", "plc", "L")
T("Licensing inspection, massage parlour, Edinburgh. Licensed sauna, 5 workers present, all self-employed and spoke to officers alone. Keep own earnings, pay room fee. No concerns re coercion.")
T("A lorry driver at Cairnryan heard knocking from his trailer. 6 men found, Iraqi and Kurdish, dehydrated. They had paid to be smuggled. No indication of exploitation destination. Handed to Border Force.",
  "", "pa", "", "l")
T("""School referral (Glasgow). S2 pupil (13, M) has been seen with older youths from Easterhouse, rides a new electric bike, often has two phones. Told guidance teacher 'I need to do runs or they'll hurt my wee brother'. Attendance 40%.""",
  "AV IT", "", "C", "h")
T("INT 3/C/P. Suggestion that two Slovak men living in a tent near Loch Lomond are working for a tree-surgery outfit for no money. Outreach visited; men say they are cycling tourists and work for nobody. No further action.")
T("I work in a restaurant in Dundee. The owner keep my passport in his safe. He says if I go he will call immigration. I work from 10 in the morning to 12 at night 7 days. He gives me food and 200 pound a month.",
  "RD IT EO WW", "foa", "L")
T("OIC: search warrant executed at Alloa address. 3 Albanian males recovered from cannabis grow in loft. Loft hatch padlocked from below. Males state they've been in loft 5 weeks, food passed up once a day. SCD informed, NRM referrals done.",
  "RM AC", "", "C")
T("My mum's cleaner is a Brazilian student who works 10 hrs a week for us and others, she asked me to report her landlord who hasn't returned her deposit. Is that police?")
T("Medical (sexual health clinic, Aberdeen). F 23, Chinese, attended with 'manager' who paid cash and waited outside. Pt disclosed limited English. Multiple STIs, bruising on thighs. Declined to discuss work. Pt was told not to give her address.",
  "PV", "pa et", "S")
T("Council trading standards: car wash in Paisley underpaying staff at £6/hr, cash in hand. Workers say they choose to work there and rent privately. HMRC informed for NMW enforcement.")
T("Officer notebook: IP MARIN states 'the chef says I owe him for the food and the bed and the ticket, every week he adds more, now 3000'. Works kitchen at Italian restaurant Aberdeen. IP lives in room above.",
  "DB", "saw", "L")
T("anonymous: the man in the flat below in Wester Hailes has a deaf girl living with him that does all his cleaning and cooking and he takes her disability money. she is never allowed out on her own. she has bruises.",
  "AV RM PV", "ncw pa", "D", "h")
T("INT 2/B/P. POI SINGH runs a labour supply business for care homes in Lanarkshire. Care workers (Indian, Nigerian) on sponsorship visas charged £12,000 for their CoS. Hours recorded 45 per week, actual 70+ including sleepovers unpaid. SINGH holds passports 'for right-to-work checks'.",
  "DB EO RD", "uf", "L")
T("Hotel in Pitlochry. Night porter (Romanian) says he loves the job and the owners. Visit following an anonymous allegation found staff accommodation decent, payslips fine. Closed.")
T("Debrief (Albanian male, 20, arrived aged 16). 'They said I would go to school in England and work part time in a shop. At the farm in Scotland the man took my phone. I worked with the plants in a house. I slept on a mattress next to the lights. They brought me noodles. When I asked to call my mother he showed me a video on his phone of a boy being beaten and said this is you if you try.'",
  "AV DE IS IT AC", "saw", "C", "h")
T("Bank alert: elderly customer in Nairn appears to be being coerced by a younger male to withdraw cash. Adult protection referral; financial abuse by family member suspected. No labour involved.",
  "", "", "", "l")
T("INT 2/A/C (disseminate only to SCD). CHIS reports POI ALI has two Nigerian women in his Edinburgh home, says he 'bought' them from a man in Lagos. Women do housework and are sent to other men for sex. ALI keeps their passports in a locked drawer. One woman pregnant.",
  "RD", "", "D S", "h")
T("Reported via Modern Slavery Helpline: caller saw men at a recycling yard in Cumbernauld sorting rubbish without gloves or masks, in the rain, late into the night. Said a man with a dog watches them.",
  "AC RM", "lh", "L")
T("Walk in. Man (Polish, 40) wants to report his former boss at a bakery in Perth, who sacked him without notice. He has his own flat and documents and a new job. Advised to go to employment tribunal.")
T("Procurator fiscal note: locus was a farmhouse near Dalbeattie. Complainers (3 Lithuanian men) state they worked on the accused's dairy farm for 2 years and were paid only in cigarettes and vodka. They were told by the accused that they owed him for the minibus from Vilnius. All three have alcohol dependency; accused supplied alcohol daily.",
  "AV WW DB", "", "L")
T("Tbh everyone at the kebab shop seems happy enough they get pizza at end of night lol")
T("Caseworker (Migrant Help Glasgow): client (F, 32, Chinese) was working in a massage parlour in Glasgow. Says the 'boss' held her passport, took all the money and she slept in the parlour. She left when a customer helped her. Now at a safe house.",
  "RD WW", "saw", "S")
T("Police Scotland NHTU: joint visit with GLAA to a shellfish processing unit, Oban. 22 workers interviewed. Two Romanian women disclosed the supervisor (their cousin) keeps their wages and lets them have £30 a week. They live in a caravan with 5 others. Cousin present at interview and tried to answer for them.",
  "WW AC", "ncw oa sfw", "L")
T("Concern from a parent: her 16 year old son is working at a local café in Dunfermline on Saturdays. He enjoys it and is paid £7/hr. She worries it's too many hours during exams (8 hrs). Advised.")
T("INT 2/B/P. Female (British, 20, learning disability) in Kilmarnock being 'pimped' by ex-partner POI MCKAY. He books clients via Vivastreet and keeps earnings. Victim has told her mother she's scared he'll kill her.",
  "AV WW IT", "ncw", "S")
T("Border Force Aberdeen heliport: Ukrainian offshore worker arrived, papers in order, employer confirms. No issues.")
T("Man who sells the Big Issue at Inverness station, he's always there first thing and someone drops him off, another picks him up at 8pm and takes the money bag. He looks thin and dirty.",
  "WW", "cedl pa ncw", "C")
T("Debrief: She says that the man she thought was her boyfriend took her from Bucharest to Edinburgh. He said she must 'help' him pay debts. She says he brought men to the flat and she had to have sex with them, he beat her if she refused. He kept her ID card in his wallet. She did not know the address or the city name until police told her.",
  "DE PV RD IS", "", "S")
T("GLAA: labour provider in Ayrshire supplying workers to poultry factory. Workers charged £45 per week for transport in a minibus designed for 9 but carrying 15, plus £5 per week 'PPE hire'. Accommodation in provider-owned houses, 10 to a house, £80 each.",
  "AC", "ct ppe oa", "L")
T("Report of a fight outside a nightclub in Aberdeen, two men arrested.")
T("""Witness (retired teacher, Nairn). 'There's a young woman lives next door with the family, I think she's from the Philippines. I see her hanging washing at six in the morning and she's still ironing at the window at eleven at night. The children go to school, she never goes anywhere. Once she asked me over the fence for a phone card and then looked round to see if anyone was watching.'""",
  "EO IS", "", "D")
T("INT 3/C/P. Source suggests POI LE (Vietnamese, Glasgow) brings girls aged 15-16 from Vietnam via Paris to work in nail bars and as 'massage'. No further detail.",
  "AV", "", "L S", "h")
T("Online report: My friend from Nigeria paid £3,000 to an 'agency' in Lagos for a care job in Scotland. She arrived and there was no job. She is stuck here, she doesn't work for anyone, but the agency took her money.",
  "DE", "uf", "", "m")
T("101: concerned re 'Sweet Dreams' nail bar Motherwell — a small girl, looks 12, sweeping floor on a school day. Owner said she was her daughter off sick. Officers attended, confirmed daughter with a cold, mum working.")
T("INT 2/B/P. POI MURRAY (Glasgow OCG) running 'cuckooed' flats in Castlemilk. Takes over homes of vulnerable drug users, residents made to hold drugs and cash, one resident (F, 44) was scalded with a kettle when money went missing.",
  "AV PV", "", "C", "h")
T("I was a chef in Kerala. Agent told me job in Glasgow restaurant 35 hours good money. I pay 4 lakh. Here I work 80 hours, no holiday, manager say visa cancel if I complain. I sleep in the flat above with 7 other men, we have one toilet.",
  "DE EO IT AC", "uf oa", "L")
T("Aberdeen council welfare check: elderly man, self-neglect, lives alone, family visit weekly. No exploitation.")
T("A 24yo Scottish male reported that his 'mate' is making him sell cannabis to pay off a £500 drug debt that keeps going up when he misses a payment. He says he's been punched twice.",
  "DB PV", "", "C", "h")
T("INT 2/B/P. Fishing: FV (Fraserburgh) crew of 5 Filipinos and 2 Sri Lankans. Crew wages paid into one account in the Philippines controlled by manning agent. Crew receive $50 per month 'allowance'. Crew have not been ashore in 4 months.",
  "WW RM", "ncw", "L")
T("Debrief. He says he came from Sudan and was homeless in Glasgow when a man offered him a job at a car wash and a place to sleep. He worked 12 hours a day, every day, in the cold. The man said he would be paid when his asylum claim was settled. He was never paid. He said the man was 'kind' to him and gave him food.",
  "AV DE WW EO", "saw", "L")
T("TARA referral: Woman (Thai, 45) referred by Police Scotland following brothel raid in Edinburgh. Says she came on a tourist visa and chose to work in the sauna. She has her own passport, keeps her money and sends it home. Does not consider herself a victim. TARA offered support; declined.",
  "", "", "", "l")
T("Highland Council licensing: Bed and breakfast in Portree, owner employs 2 Polish housekeepers in summer, live-in accommodation above the garage. Inspection satisfactory.")
T("Caller: 'There's loads of Asian women going in and out of the massage place on Cowgate at all hours, they never come out in daytime, there are bars on the windows, the men in the car outside keep watch.'",
  "RM", "", "S")
T("Safeguarding referral (NHS Lanarkshire): 16 yo F pregnant, partner is 29. Girl says she was 'sold' to him by her stepfather for a £2,000 debt and must do as he says. She is not allowed to have a phone.",
  "AV DB IS", "", "S", "h")
T("Aberdeen harbour: a Ghanaian man asked the mission for help. He says he worked 6 months on a boat and the skipper gave him £40 a week, with the 'rest to be paid when you leave', but then left him on the quay with nothing.",
  "WW DE", "", "L")
T("INT 3/C/P. Possible benefit fraud: males at address in Peterhead (Latvian) told by their 'landlord' to sign forms, landlord receives housing benefit and UC. Males work at fish factory, landlord collects their wages from a shared account.",
  "WW", "ncw", "L C")
T("A kid in my sons class says his dad 'sells kidneys'. I think it's a joke but I'm worried.")
T("""Statement (complainer, F, 20, Romanian, via interpreter). In summer 2025 I answered an advert on Facebook for work picking strawberries. The man called Adi met me in Glasgow and drove me to a flat. He said the farm work had finished and I must work with men to pay for the flat and the flight, £1,500. He took my phone and my ID card. He said his brother was in my town and would hurt my mother if I did not do it. I was in the flat for 6 weeks. I was allowed out only with Adi.""",
  "DE DB IS RD IT RM", "", "S", "h")
T("Hospital social work (Ninewells): patient, F 35, Vietnamese, admitted with pneumonia. Works in a nail bar in Dundee. Says she has her own passport and bank card, works 40 hours, rents a room. No exploitation concerns.")
T("GLAA intelligence: gangmaster supplying workers to a mushroom farm near Perth charges each worker £350 'job finding fee' on arrival. Workers otherwise appear paid correctly and live independently.",
  "", "uf", "", "l")
T("INT 2/B/P. Organ trafficking: Border Force intercepted a Pakistani male (24) travelling with a 'cousin' to a private clinic abroad. IP says cousin is paying off his family's debts in return for 'giving a kidney to a rich man'. Passport carried by cousin. IP appears coached.",
  "AV DB RD", "sfw", "O", "h")
T("Stornoway: young man working on a croft for his uncle for pocket money during summer holidays, happy. Teacher just checking.")
T("Woman from Livingston reports her ex won't return her passport after they split. She needs it for a holiday. Civil matter; officers spoke to ex, passport returned.")
T("INT 2/B/P. Albanian OCG uses Edinburgh short-let flats for 'pop-up' sex work. Women (Albanian, 19-23) told they owe £25,000 for travel and 'protection'. Debt increases with fines for 'bad behaviour'. Drivers escort them to outcalls.",
  "DB", "et", "S")
T("I seen a guy sleeping under the counter at the phone repair shop on Argyle St, every morning he's there at 7 and the shop shuts at 10pm. The owner laughs about it.",
  "EO", "saw", "L")
T("Note from DWP: claimant (Slovak, 35) says she doesn't know her UC is being paid — the account was opened by her 'landlord' who keeps the card. She cleans his houses for no pay.",
  "WW", "ncw", "L")
T("Police Scotland debrief team: Eritrean boy (16) arrived via lorry at Glasgow. In Libya he was held in a compound and forced to work on a farm. A guard raped him. No exploitation in UK. Taken into care.",
  "AV PV RM", "", "L", "h")
T("Glasgow Airport: young Indian woman (20) on student visa met by man holding a sign; she told staff she does not know the college name and the man has her 'admission letter'. Border Force spoke to her; turned out to be a legit college rep. Checks satisfactory.")
# ---------------- part 3 (long) ----------------
T("""INTELLIGENCE REPORT — OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: POI IONESCU Vasile (DOB 04/11/1979), Romanian national, resident Hamilton.

INT suggests IONESCU operates as an unlicensed labour supplier to two food factories in Lanarkshire (chilled ready meals, poultry). He recruits in the Craiova area via Facebook groups, advertising 'factory jobs Scotland, 450 GBP per week, house included'.

On arrival workers are housed at three addresses in Hamilton and Larkhall. Source has been inside one (3-bed semi) and counted 11 mattresses. Workers are told at the airport that they owe 300 GBP for the flight and 100 GBP 'agency fee'. Rent is 70 GBP per week per bed.

IONESCU's partner opens bank accounts for the workers at a branch in Hamilton. Source states the cards are then kept in a biscuit tin in IONESCU's kitchen. Workers receive 'pocket money' of 40 GBP on Fridays. Source does not know of any violence; states IONESCU 'shouts a lot' and tells workers the police in Scotland will jail them if they complain.

Factory HR at site 1 have been spoken to by GLAA; they are unaware the workers are supplied via IONESCU as he is registered through a licensed agency as a 'driver'.

Recommendation: joint SCD/GLAA action; consider financial investigation.""",
  "DE DB WW AC IT", "oa uf ncw mbc foa", "L", "h")
T("""Officer handover notes — North East division, Saturday late shift.

1. Domestic at Mastrick, male arrested, bail conditions. Victim to be seen by DA team Monday.
2. Concern for person at Union Terrace Gardens — male (Scottish, 50s) confused, taken to ARI, family informed.
3. Call from Peterhead harbour master: two crewmen (Filipino) off the FV 'Morning Star' came to the harbour office asking for a phone. One said they had not been paid for 7 months and that the skipper holds all crew passports 'in case they run'. They were sleeping in the fish hold because the cabin leaks. Skipper attended and said the men are 'troublemakers'. Crewmen returned to vessel. Harbour master says the vessel sails Monday 0500. ACTION: early turn to attend with Marine Scotland before sailing; NHTU advised by email.
4. Theft of diesel from a farm at Ellon — crime report raised.
5. Noise complaint, Rosemount, no further action.""",
  "WW RD AC", "saw", "L", "h")
T("""Salvation Army referral — first responder summary (Glasgow).

Potential victim: Female, 31, Nigerian. Referred by a church pastor in Springburn.

Background: PV grew up in Benin City. A woman known to her mother, 'Madam Joy', offered to take her to the UK to work as a hairdresser. Before leaving, PV was taken to a shrine where a juju oath was performed; she was told she would go mad and her family would die if she ran away or spoke to police. She travelled through Niger and Libya and then by boat to Italy, then to London and Glasgow.

Exploitation: In Glasgow she was told her debt to Madam Joy was £40,000. She was placed in a flat in Govanhill and made to see men, advertised online. Madam Joy's 'boyfriend' collected all money daily. PV was raped by him on arrival 'to teach her'. She was allowed to go to the corner shop only.

How she left: A client who was a regular took her to the church. She has been at the pastor's house for 10 days and is terrified.

Consent to NRM obtained. Interpreter: not required (English). TARA contacted for accommodation.""",
  "DE IT DB WW PV RM AV", "foa", "S", "h")
T("""Statement of witness (Highland, care home). I am a senior carer at a nursing home near Dingwall. There are about 40 staff. Most of the night staff are on sponsorship visas from India and Zimbabwe through an agency in Inverness.

The home pays them properly, I've seen the payslips, and the manager here is very good, she gives them lifts and checks on them.

The problem I want to report is about one man, Tendai. He told me that the agency he came through in Harare charged him $8,000 and he still owes $3,000 which they take by bank transfer every month. He said the agent phones him and says if he stops paying they will tell the Home Office he's absconded and his visa will be cancelled. He works every shift he can get, I have seen him do 84 hours in one week, because he is scared of the debt. He is thin and looks exhausted.

The other workers I know are fine as far as I know.""",
  "DB IT EO", "uf pa", "L")
T("""Public report (online form):
hi i dont know if this is the rite place. i live in a flat in Leith and there is a flat across the landing, for the last few months theres been different girls in there every week or 2, foreign, maybe Chinese or Thai, they never go out i never see them at the shop or anything. men come up the stair all day and night and knock 3 times. theres an older woman who brings bags of food and takes the bins out. one of the girls was crying on the landing last week and when i asked if she was ok she shook her head and then the older woman pulled her back in and shut the door. the door has a big lock on the outside which is weird for a flat. i didnt want to phone 999 in case i was wrong. please check it""",
  "RM", "", "S", "h")
T("""Debrief extract — male, Slovak, 38 (interpreter: Slovak).

He says he had been living in a homeless hostel in Košice after losing his job. A man from a neighbouring village, who he knew a bit, said there was work in Scotland in a bakery with good pay and a flat. The man paid for the bus ticket.

In Glasgow he was taken to a flat in Govanhill where 9 other Slovak men were living. The man said the bus ticket, rent and food were now a debt of 800 pounds and that he would work for an agency. He says he worked at a distribution warehouse near Bellshill, nights, 6 nights a week. The man took him to the bank to open an account and then kept the card and the PIN. He was given 20 pounds each week.

He says that when he asked for his card, the man's son pushed him down the stairs. He injured his wrist and was not taken to hospital.

He says he was not locked in but had no money, did not know the city or speak English, and did not know where to go. He left when a Slovak-speaking outreach worker handed him a leaflet at the food bank.""",
  "AV DE DB WW PV AC IS", "oa ncw pa", "L", "h")
T("""OFFICIAL-SENSITIVE — Crime report narrative (Police Scotland, Tayside)
Locus: Unit 4, industrial estate, Dundee.

Police attended following report of a fire at the unit. Fire crews found a cannabis cultivation of approx 400 plants across three rooms with electricity bypassed. A male (Vietnamese, appears 16–18) was found in a sleeping area built in a cupboard, with a rice cooker, a blanket and a few clothes. He had minor burns to his hands from trying to put out the fire. The main door was locked from the outside and the male had no key. He had no phone and no documents. He said 'boss come every week'.

Male conveyed to Ninewells, then placed with social work as age disputed. NRM referral made by social work (child, no consent required). Scene examined; two sets of keys recovered from a vehicle seen leaving the estate an hour earlier, registered keeper traced.""",
  "AV RM AC IS", "saw fpe pa", "C", "h")
T("""Case note — local authority child protection (Edinburgh).

Child: F, 15. Looked after away from home, residential unit.

Concern: Since September, Child has gone missing 11 times. On return she has had new clothes, nails done, a second phone. Staff overheard a call in which a male voice told her 'you owe me for all that, you know how you pay it back'. On the last occasion she was found by police in a hotel room in Glasgow with two adult men and alcohol. She disclosed to her key worker that a man called 'Ricky' takes her to 'parties' and she has to 'be nice' to his friends, and that he hit her when she tried to leave a party.

Actions: IRD held; police investigation opened (CSE); child placed in secure accommodation for 72 hours; Child's Plan updated.""",
  "AV DB PV", "", "S", "h")
T("""GLAA inspection summary (Moray, seasonal vegetable harvest).

Labour provider: licensed (A rated). Workers on site: 64, mainly Bulgarian and Kyrgyz on the Seasonal Worker visa.

Findings: Contracts in worker languages; pay at or above NMW; piece rates topped up where needed; holiday pay accrued; workers hold their own passports and have their own bank accounts; accommodation in 4-person static caravans with heating, inspected and adequate. Transport to fields by company bus, free of charge. Workers interviewed individually, with interpreters, without managers present; no worker reported threats, debt or charges.

One issue: workers reported very long days (up to 11 hours) at peak in August, but records show these were voluntary with overtime paid and rest days given. Advice given on working time records.

Outcome: compliant. No indicators of forced labour.""")
T("""999 CALL SUMMARY — 0147hrs
Caller: male, Albanian accent, very distressed, speaking from inside a house in Bonnybridge. States he is 'in the grow house' and 'the men came back and beat me with metal, my head is bleeding'. States the door is locked with chains and the windows covered. States the men said they will come back in the morning and 'finish it' because plants died.
Caller could not give address; gave description of a red door and a church nearby. Call maintained by controller; location obtained from phone. Units and ambulance dispatched, ARV on standby. Door forced at 0214; male recovered with head injuries, conveyed to Forth Valley Royal.""",
  "PV RM IT", "pa", "C", "i")
T("""Extract from victim interview (female, Vietnamese, 24, via interpreter).

Q: How did you come to Scotland?
A: My aunt's friend said there was work in a nail shop in England. I would earn a lot and send money home. My family borrowed 15,000 dollars from a money lender in the village for the journey.
Q: What happened when you arrived?
A: They took me to a nail shop in Scotland, near Glasgow, I think. I did the nails from 9 in the morning to 9 at night every day. I slept in a room above with four girls. The owner said my wages went to pay the money lender. I never saw any pay.
Q: Could you leave?
A: The owner said the police would put me in prison because I came illegally. And the money lender would take my parents' house. So I stayed.""",
  "DE DB WW EO IT AC", "saw oa foa", "L")
T("""Report to the Procurator Fiscal — summary of evidence (abridged)

Accused: (1) Mohammed RAZA (42), (2) Nasreen RAZA (39). Charges libelled: s1 Human Trafficking and Exploitation (Scotland) Act 2015; s4 (slavery, servitude and forced or compulsory labour).

The complainer, a 34-year-old Pakistani woman with limited education, was brought to Glasgow by the accused in 2019 on a visit visa, ostensibly to help during the birth of their third child. The accused retained her passport on arrival. For four years the complainer cooked, cleaned and cared for the accused's five children, working from before 6am until after midnight. She slept on a mat in the kitchen. She was not permitted to leave the house alone, was given no phone, and was not paid. The second accused struck her on several occasions and told her that if she went to the police she would be deported and 'shamed' in her village. The complainer escaped in March after a neighbour passed her a note with a helpline number.

Productions: the complainer's passport (found in accused 1's wardrobe), photographs of the kitchen sleeping area.""",
  "DE RD EO AC RM IS WW PV IT AV", "foa", "D", "h")
T("""Public report via Crimestoppers (anonymous)

The hand car wash at the retail park in Inverurie — the lads there are out in all weathers from 7 in the morning till dark and then they go into a shipping container behind the wash. I've seen them washing themselves with the hose. There's a boss who drives a Range Rover and comes at the end of every day for the cash tin. I asked one of the lads if he got paid and he looked at the boss and said nothing. Another time I saw the boss slap one of them on the back of the head. They have no proper jackets or boots. Something is not right there.""",
  "EO AC PV", "saw plc ncw", "L", "h")
T("""NGO caseworker note (Kalayaan-type support, Edinburgh) — domestic worker.

Client (Indonesian, 38) came to Scotland with an employer from the Gulf who rents a house in Edinburgh every summer. Overseas Domestic Worker visa, tied to employer. Says she works 'all the time': cooks for the family and guests, looks after 4 children, cleans, does laundry, often until 2am, and is woken at 6. She has never had a day off. She sleeps on the floor of the children's room. Salary is 'kept by sir' and paid into an account in Jakarta that her agency controls; she has not seen a payslip. Her passport was taken by the employer's driver at the airport. She is not allowed out alone; her phone was taken so she 'would not be distracted'. She got out when the family went to a restaurant and she stayed behind with the youngest child, who was sleeping; she called a number from a leaflet given to her at the airport. Employer leaves the UK in 9 days.""",
  "EO WW RD RM IS AC", "ncw saw", "D", "h")
T("""INT 2/B/C — handling condition: not to be disseminated outside SCD without authority of the originator.

Subject: POI TAHIR (Glasgow). INT suggests TAHIR is connected to a network arranging 'kidney donations' for paying recipients from the UK at clinics in Pakistan. TAHIR identifies men in Glasgow who owe him money (gambling, drugs) and tells them the debt will be cleared if they travel and give a kidney. Source states one man, nom 'Bilal', returned in 2025 with a scar and still owed TAHIR money because the 'costs' were deducted. Source states another man has been told he is going next month and TAHIR holds his passport.""",
  "DB RD AV", "", "O", "h")
T("""Child protection referral — Highland (Fort William). Reporter: hotel manager.

'We had a family check in on Friday: a man in his forties and two girls he said were his daughters, aged about 13 and 15. The girls did not speak English and the man did all the talking. He asked for a room far from others. On Saturday a different man came and the older girl left with him in a car and came back after four hours looking upset. The younger one did not leave the room all weekend. When housekeeping went in, the girls were sitting on the floor with no luggage at all, just a plastic bag. I phoned 101 on Sunday morning. They are still in the hotel now.'""",
  "AV RM", "sfw fpe", "S", "i")
T("""Debrief account (male, Indian, 29). Written by him in English, lightly edited.

I came on skilled worker visa to be chef in Indian restaurant in Aberdeen. Agent in Punjab take 12 lakh rupees from my father, they sell land. In Aberdeen, the owner tell me the salary on paper is £30,000 but I must give back £1,000 every month in cash for 'sponsorship'. I work 12 hours, six days, sometimes seven when busy. He give me room in his house, I share with two other boys from restaurant. He keep my passport in his office 'for Home Office checks'. Once I ask for day off for temple and he say if I am not happy he will cancel my visa and I will go back with nothing and my family will be finished. I did not know anyone in Scotland.""",
  "DE DB WW EO RD IT IS AV", "uf", "L", "h")
T("""Housing association tenancy officer report (Kirkcaldy).

Visited the flat of an elderly tenant (F, 79) following complaint about noise. Tenant's grandson (24) has been staying for 3 months, with friends coming and going. Tenant says she is fine and the boys help her with shopping. She looked well, flat clean, she manages her own money and has a care package. Grandson was polite. Noise was from a games console. No concerns about cuckooing or exploitation; noise warning issued.""")
T("""INT 2/B/P — county lines
POI 'K' (Liverpool) running 'KAY' line into Inverness and Nairn. INT suggests two local children, (1) male 14 from Merkinch, (2) male 16 from Nairn, are used to carry and deliver. Both have been reported missing several times. Child 1 was seen with a fresh cut to his face. INT suggests POI keeps Child 2's phone and gives him a burner only. Line also uses flat of vulnerable adult (F, 40s, heroin user) in Hilton as base; she receives drugs in return.
Risk: both children and the adult.""",
  "AV PV IS", "pa", "C", "h")
T("""Reported on an online forum for students, forwarded by Edinburgh uni welfare.

'Hi all, PSA — I went for a 'waitressing job' advertised on a Telegram group (cash, £20/hr, flexible for students). The guy met me in a car and said the job was actually 'hostessing' and I'd need to go to private parties and be 'friendly'. I said no and left and he didn't stop me. But there were two other girls who seemed younger and one of them said she'd been doing it a month and had to pay him back for 'outfits'. Please be careful everyone.'""",
  "DE DB", "", "S", "h")
T("""GLAA / Police Scotland joint operation — result summary (Op Alder, Lanarkshire).

Premises: Seven hand car washes visited simultaneously.
Site 1 (Motherwell): 5 workers, all with contracts and payslips, paid via own bank accounts. No concerns.
Site 2 (Wishaw): 4 workers, paid £40/day cash for 11-hour days; no contracts; referred to HMRC for NMW; workers say they are free to leave and live in own rented rooms. Not assessed as exploitation.
Site 3 (Airdrie): 3 Kurdish men living in a container on site, passports held by owner, say they owe owner £5,000 for their journey and 'work for food'. Arrested owner; men referred to NRM.
Sites 4–7: no concerns.""",
  "RD DB WW AC", "saw", "L", "h")
T("""A&E triage note (Aberdeen Royal Infirmary). Pt M, 34, Latvian, brought by 'boss' after crush injury to hand on fish processing machine. Boss answered questions, said pt 'only part-time'. After boss left pt told nurse he works 14-15 hours, sleeps in a house with 12 others, and is charged for his gloves and the knife. He is worried about losing money while injured because 'boss takes everything for the debt'.""",
  "EO DB WW AC", "sfw oa ppe", "L")
# ---------------- part 4 (short) ----------------
T("INT 2/B/P. Nom 'Ziggy' holds passports of 4 car wash workers, Kilmarnock.", "RD", "", "L")
T("Boys at the car wash in Cumbernauld sleep in the back shed, seen them at 6am.", "", "saw", "", "l")
T("Lost my passport on the train to Aberdeen, how do I report it?")
T("INT 3/C/P. POI NGUYEN collects Vietnamese youths from Glasgow Central and drives them to nail bars in Ayr.", "", "et", "L")
T("Neighbour's builders start at 7am, loud. Not slavery, just annoying lol")
T("Female, 17, says 'Daz' makes her sleep with his mates for rent. Govan.", "AV PV", "", "S", "h")
T("he said if i tell anyone they will send photos of me to my dad", "IT")
T("Car wash on Maryhill Rd: workers paid, have breaks, no concerns. Closed.")
T("SCD tasking: Albanian grow gardeners Perth told debt is £20k, working it off.", "DB", "", "C")
T("the cleaners at my work are always happy and chat away, one is my pal's mum")
T("Kitchen porter locked in the storeroom overnight by chef, Edinburgh. Released 0700 by staff.", "RM AC", "", "L")
T("Guy at the chip shop said his wages go straight to his 'uncle' in Sylhet, he never sees them.", "WW", "ncw", "L")
T("Brother-in-law takes her pension card every week, she's 82, lives in Elgin.", "", "ncw", "", "l")
T("INT 2/B/P. POI VLAD's girls moved Aberdeen-Dundee-Perth weekly by car. Always escorted.", "RM", "et", "S")
T("Only allowed out with Ion, he says the city is dangerous for us.", "RM", "", "")
T("Fisherman off a Peterhead boat: 'we work till we fall down, 20 hours, no rest'.", "EO", "", "L")
T("Kidney transplant waiting list query, Glasgow patient, no concerns.")
T("Advert on Vivastreet: 'new young Asian girl 18 Aberdeen incall 24hrs'. Flagged for review.", "", "", "S")
T("Au pair says host family took her phone 'so she'd focus on the kids'.", "IS", "", "D")
T("Man says his employer at a farm near Turriff paid him late once this month. Otherwise fine.")
T("Polish roofers paying the gaffer £150 each for 'the van'. Dunfermline.", "", "ct", "", "l")
T("Told he would be killed if he lost the package. Age 15. Aberdeen.", "AV IT", "", "C", "h")
T("INT 2/A/P. IP has no shoes, one set of clothes, sleeps on pallets at the recycling yard in Bathgate.", "AC", "fpe saw plc", "L")
T("ma pal works 70 hrs a week at the hotel in Aviemore but she gets paid for it all n loves it")
T("The boss said the debt for my visa is now 9000 because of 'interest'.", "DB", "", "L")
T("Student lost her BRP at a party, reported for replacement. No concerns.")
T("Care worker says agency takes £80 a week for the minibus to clients in Fife.", "", "ct", "", "l")
T("Never got my ID back after the bank account was set up. The man still has it.", "RD", "", "")
T("Nail bar girls are dropped at 8:30 and picked up at 9pm by same guy, Perth.", "", "cedl", "", "l")
T("Concern for welfare: ppl living in a van at Aberdeen beach esplanade, travellers, no concerns.")
T("INT 2/B/P. Forced marriage: 17yo F, Glasgow, to be taken to Pakistan next month for marriage to cousin. Parents hold her passport.", "AV RD", "", "", "h")
T("Shown a video of what happened to the last one who ran. Cannabis house, Ayr.", "IT", "", "C")
T("Sudanese man at the mosque says he works at a restaurant for food and a bed, no money, 6 months now.", "WW", "saw", "L")
T("Had a dispute with my landlord over deposit. He didn't threaten anything. Just wont pay.")
T("OIC: worker at a Dundee nail bar confirms the owner takes half her wage for the room she rents above the shop, pays the rest into her own account, and she is free to move out. Not treated as withholding of wages.")
T("Girl in the massage place on Leith Walk had bruises on her neck and arms.", "", "pa", "", "l")
T("Begging group, Glasgow Central: elderly woman with crutches dropped off 0700, money bag taken at lunchtime by a young man.", "AV WW", "cedl ncw", "C")
T("the man in no.12 has 3 bank cards in different names & uses them at the cashline every friday", "", "mbc", "", "l")
T("Vietnamese boy (15) found in a flat above a takeaway in Falkirk. No phone, no address. Police now on scene.", "AV IS", "", "", "h")
T("INT 2/B/P. POI keeps workers' BRPs 'safe' in office safe, Bellshill warehouse agency.", "RD", "", "L")
# ---------------- part 5 ----------------
T("INT 2/B/P. Shoplifting team (Romanian, 4 females 16-19) working Edinburgh and Glasgow centres, driven by POI CIOBANU who takes the goods and sells them. Girls live in his flat in Dalmarnock and say they owe him for the trip. One girl has cigarette burns on her arm.",
  "AV DB PV", "pa", "C", "h")
T("Debrief (via interpreter, Amharic). She says the family in Edinburgh she worked for as a cleaner were kind and paid her every month into her own account. She left because she wanted to study. She says nobody took her papers or stopped her going out. She is now seeking asylum on other grounds.")
T("Salmon farm, Argyll: safety inspector found Ukrainian workers living in a leaking portacabin on the shore, charged £100 a week by the subcontractor, who also takes £25 a week for their waterproofs and boots. Workers get paid, but some weeks only £60 after deductions.",
  "WW AC", "plc ppe", "L")
T("Message to Police Scotland Facebook page: 'My friend came from Romania to work in a warehouse near Livingston through an agency. Agency took her ID card on day 1 saying they need it for the payroll and its been 3 months. She asked and they said she'll get it when she leaves but if she leaves before the end of the contract she has to pay £500. She works 12 hour nights.'",
  "RD DB EO", "", "L")
T("INT 2/B/P. Sham marriage: POI DAR arranging marriages at Glasgow registry office between EU nationals (Slovak women, recruited from poor families) and non-EU men. Women are brought over, kept in a flat in Govanhill and not allowed out until the ceremony, then sent back with £300. DAR receives £15k from each groom.",
  "AV RM WW", "", "C", "h")
T("Call from a hotel receptionist, Inverness: two Chinese women checked in by a man who paid cash and took both keys. A stream of men visited the room. Officers attended; the women had no luggage, no phones, and the man had their passports in his car. Man detained.",
  "RD IS", "fpe", "S", "h")
T("I am farmer in Angus. Want to say our pickers from Bulgaria are all paid proper through the bank, live in good caravans, and they come back every year. The newspaper said farms are all slavery. Not here.")
T("Prison (HMP Edinburgh) health: prisoner (Vietnamese, 19) convicted of production of cannabis. Tells nurse he was locked in the house he was arrested in and was told his family would be killed if he left. Raised with defence agent re s8 defence and NRM.",
  "RM IT", "", "C", "h")
T("A&E (Queen Elizabeth University Hospital): M, 26, Pakistani. Presents 3 weeks post-nephrectomy performed abroad, wound infected. Says 'I gave it to pay a debt, the man arranged it, he got the money'. Very anxious, asked staff not to call police.",
  "DB WW", "foa", "O")
T("Report from a kirk elder in Huntly: an Eastern European man has been living in a tent behind the church for 2 weeks. He says he walked away from a farm job because the farmer was shouting. He was paid for the time he worked. He is now getting help from the council.")
T("INT 1/B/P. Diplomatic household, Edinburgh New Town: Filipino domestic worker seen via window working at 2300 on several nights. Neighbour reports she never leaves the property; deliveries received by the driver. Worker told a neighbour's nanny in the park (once, with the children) that 'madam has my passport and I have no salary for a year'.",
  "EO RD WW RM", "", "D", "h")
T("Takeaway owner in Kirkwall reported by an ex-worker for not paying his final week's wages. Owner paid him once police explained; worker had his own flat and left voluntarily. No exploitation.")
T("Witness statement (taxi driver, Glasgow). 'Every night about 2am I'm called to the same flat in Anderston to take a young girl, maybe 16 or 17, to different addresses. A man always comes down with her, pays me, and gets in the front. She never says a word. Once she had a cut lip. He always says \"don't speak to the driver\".'",
  "AV RM", "et pa", "S", "h")
T("GLAA licensing: unlicensed gangmaster supplying 12 workers to a daffodil farm, Cornwall-based but sites in Scotland. Workers paid properly and hold own documents. Enforcement action for licensing offence only.")
T("OIC note: IP (Albanian, 22) in Aberdeen nail-bar case states 'they told me the debt was 10,000 euro, every week they add 200 for food and the room, so after one year it is still 10,000'.",
  "DB", "", "L")
T("My neighbour in Clydebank is a nurse from Kerala. She works a lot of night shifts but she's saving for her family and she's just bought a car. Someone said she was trafficked, I don't think so, she's great.")
T("INT 2/B/P. Organ trading: Facebook group 'Kidney Help Scotland' posts offers of £30-50k for donors. Admin (POI, Glasgow) messages Sudanese and Eritrean asylum seekers, tells them they will get leave to remain if they donate. One IP told to hand over his ARC card 'for the hospital'.",
  "AV DE RD", "", "O", "h")
T("Welfare check on a caravan at a berry farm near Blairgowrie: 8 workers in a 4-berth caravan, provided by the farm, mould on the walls, one toilet block for 60 people. Workers say they are paid and hold own papers but the farm charges £70 each per week.",
  "AC", "oa plc", "L")
T("SCRA / CP: 12yo boy (Roma) seen begging at Buchanan St during school hours with an adult male who is not his father. Adult takes coins from the cup every hour. Boy says he 'works for uncle'.",
  "AV WW", "ncw", "C", "h")
T("I want to report my boss at a car wash in Dundee, he pay me but he shout at me every day, i dont like. I can leave but i have no other job.")
T("Women's Aid to Police Scotland: woman (Bangladeshi, 28) on spousal visa. Husband's family make her do all the housework for 9 people from 5am to midnight, she eats leftovers, is not allowed to leave the house or phone her family. Husband beats her. They tell her she will be deported if she complains.",
  "EO RM IS PV IT AV", "foa", "D", "h")
T("INT 3/C/P. Unconfirmed: Polish males at address in Inverurie working for 'a Scottish builder' are not paid, builder says he's 'saving it for them'. Source heard in pub.",
  "WW", "", "L")
T("Construction site Aberdeen: 3 men (Romanian) with no CSCS cards, working at height without harness. Subcontractor pays them daily cash, they live independently. HSE and HMRC referral, no trafficking indicators.")
T("Debrief (F, 22, Scottish, Paisley). 'He was my boyfriend at first. He got me on crack. Then he said I owed him for it and I had to go with his pals to pay it off. He'd drive me to the flats and wait outside. If I didn't bring enough he'd batter me. I've still got the marks.'",
  "AV DB PV", "et pa", "S")
T("Teacher note (Edinburgh primary): P7 girl says she can't do homework because she cleans for her aunt's family every evening and at weekends. Social work visited: she lives with aunt under kinship care; chores excessive. Aunt keeps her child benefit. Assessment ongoing.",
  "AV EO", "ncw", "D", "h")
T("Caller reports that a man in a BMW shouts at the men at the car wash in Irvine. Officers visited: workers paid fairly via bank, have documents, live in their own flats; the man is a customer who complained about his car.")
T("INT 2/B/P. POI (F, Chinese, 50s) 'Auntie Mei' runs three massage shops in Aberdeen and Inverness. Women sleep in the shops on massage tables, work 10am-midnight, pay her £200 per week 'rent', and have their passports kept 'for immigration'.",
  "RD EO", "saw", "S")
T("Trading standards: warehouse picker says agency overcharged him £10 for hi-vis once, they refunded it when he complained. Otherwise happy.")
T("""Debrief (male, Eritrean, 24, interpreter Tigrinya). He says after arriving in Glasgow he was approached by an Eritrean man at the mosque who said he could get him work in a kebab shop in Edinburgh. He worked 14 hours a day for 3 months and was paid £50 once. The man said the rest was for the room above the shop, shared with 5 others, and the 'introduction'. When he complained, the man told him he knew his brother in Asmara and would make trouble for him there.""",
  "DE WW EO IT AC", "oa saw", "L")
T("The old boy down the road in Brechin has a young guy from Lithuania who does his garden, he pays him £12 an hour, I've seen it. Nothing dodgy.")
T("INT 2/B/P. Child criminal exploitation: 15yo M from Kirkcaldy found in trap house in Inverness by police. Says he was 'taxed' £800 when he was robbed of drugs and must work it off selling. Cannot go home until paid. Has a stab wound to his leg.",
  "AV DB PV RM", "pa", "C", "h")
T("Bank note: customer (Vietnamese, F) opens account accompanied by a man who holds her passport and does all talking; he asks for the card to be sent to his address. Staff concerned.",
  "RD", "sfw ncw", "", "m")
T("INT 3/C/P. A man from Ayrshire reportedly selling his organs online to pay gambling debts. Checked: Facebook post was a joke. No further action.")
T("Statement (housekeeper, Highland estate near Braemar). 'I've worked here 11 years. The estate owner pays well and we get a cottage. I'm only here to give a statement about the break-in last week.'")
T("INT 2/B/P. Care home near Perth: sponsored carers from Zimbabwe housed 6 to a 2-bed flat owned by the home manager's husband, rent deducted from wages at £450 each. Carers say they must do 'sleep-ins' unpaid and that the manager has threatened to report them to the Home Office if they leave.",
  "AC IT", "oa", "L")
T("Debrief (M, Albanian, 19, interpreter). 'They took me from the lorry in a car with black windows to a house. Nobody told me the city. They gave me a phone with no SIM. I worked with plants. There was a big dog outside the door.'",
  "IS RM", "", "C")
T("A mum in Stirling says her daughter (18) has a new 'job' found on TikTok: 'social media assistant' in Dubai, flights paid, but she has to give her passport to the recruiter before travel. Daughter hasn't gone yet.",
  "", "", "", "l")
T("INT 2/B/P. POI PETROV bringing Bulgarian men to work at a fish processing factory in Fraserburgh. Men stay in a 3-bed house owned by PETROV with 15 others, and pay £100/week each. PETROV drives them to work at 0500 and back at 2000, charges £10 per day for the lift. Men receive wages in their own accounts but PETROV takes their cards at weekends to 'collect rent'.",
  "AC WW", "oa cedl ct ncw", "L", "h")
T("Call: 'there's a woman screaming in the flat above me in Torry, sounds like she's getting hit'. Officers attended, domestic assault, male partner arrested. No other concerns.")
T("NRM referral (Barnardo's, Glasgow). Child (M, 14, Scottish) groomed online by an older male, sent explicit images which were then used to make him deliver drugs. Male told him the images would go to his school if he stopped.",
  "AV IT", "", "C S", "h")
T("Reporter: 'guys in the takeaway on Dalry Rd work constantly, never seen the same guy off, owner says they're family'. Officers: family members, paid, live with parents. NFA.")
T("INT 1/A/P. Hotel, Loch Ness side. 7 kitchen and housekeeping staff (Indian, Nepali) on sponsorship. Manager holds all passports in his office safe; staff given one day off a month; wages paid but £250 a month deducted for 'visa costs' never explained.",
  "RD EO WW", "", "L", "h")
T("Police officer's notes on a Duty to Notify report: adult (M, 45, Polish) declined NRM. Worked for a scrap dealer in Lanarkshire for 5 years; slept in a caravan on the yard with no heating; worked every day; paid in alcohol. Fears police.",
  "AC EO WW AV", "plc saw foa", "L")
T("Scottish Fire and Rescue home fire safety visit, Dundee: flat with 14 mattresses, tenants are agency workers brought in by the landlord who is also their 'agent'. Exits blocked. Referred to police.",
  "AC", "oa", "L")
T("Woman called 101 worried about her Thai friend who married a Scottish man and moved to Caithness. Friend says she's happy; he's kind; she works in the local shop. Caller just worried she's isolated far from town.")
T("Interview extract (F, 19, Slovak, Roma, with interpreter). 'My husband's family took me from Michalovce when I was 16. In Glasgow I had to go with men. My mother-in-law took the money. They said I am their property because they paid my family.'",
  "AV WW PV", "ncw", "S")
T("INT 2/B/P. Organ harvesting: victim (Nigerian, F, 27) in Glasgow claims she was brought to UK on a pretext of a job in a care home; on arrival 'agent' arranged medical tests and told her she would donate a kidney to a 'relative' of the agent in London. She refused; agent took her passport and said she now owed £10,000.",
  "DE RD DB", "", "O", "h")
T("Public report: I work at a chippy in Arbroath, the owner makes me work 50 hours but pays overtime, its hard but fine. Other girl is 16 and does 12 hrs on saturday only. Dont know if that's legal.")
T("""Case summary (Migrant Help, Edinburgh). Client (M, 40, Ghanaian) came on a seafarer transit visa to join a fishing vessel from Leith. Says the skipper kept crew on board for 10 months, crew slept in bunks near the engine with fumes. Paid $500 a month instead of the $1,200 in his contract. He was punched by the mate. He has his passport now; the skipper returned it when the boat was detained.""",
  "DE RM AC WW PV", "saw", "L")
# ---------------- part 6 ----------------
T("""INTELLIGENCE LOG — 3x5x2: 2/B/P
Date/time: 14/10, 2215
Location: Hand car wash, Bridge of Dee, Aberdeen; residential address Torry (tbc).

Source reports working at the wash for 3 weeks before leaving. States:
- approx 8 workers, Albanian and Kurdish, aged 18–25;
- workers arrive by people carrier at 0645, the same driver (nom 'BEKIM') takes them back at 2130;
- BEKIM holds the passports 'because of the police';
- pay promised at £50/day, but workers told this goes towards '£8,000 each for the boat', nobody has received cash except £10 on Sundays for cigarettes;
- workers share two rooms at the Torry address, mattresses on floor;
- one worker (nom 'Rexhi') was hit with a pressure-washer lance after a customer complained.
Source left when his cousin collected him from the wash. Source did not know the street name of the house.

Previous INT: wash subject of HMRC visit 2024, no action.
Action requested: research BEKIM; consider multi-agency visit with GLAA and Immigration Enforcement; safeguarding plan for workers before any enforcement.""",
  "RD DB WW PV AC IS", "cedl et oa", "L", "h")
T("""Debrief account (F, 29, Romanian), in her words, translated.

I met Florin in Constanța. He was very kind, bought me things, said we will go to Scotland, he has a job in a hotel kitchen for me and we make money for a house. In Edinburgh there was no hotel. He said the job was finished and we had debts, the flat, the flights, and I must help him, just for a few weeks, with men. I said no. He did not speak to me for two days and did not give me food. Then I said yes.

He put photos on a website. He answered the phone and told the men the price. I never held the money. When I was sick he said I still must work. He said if I leave he will send the photos to my mother and my church.

After five months a woman from a charity came to the flat with the police. I was afraid the police would arrest me, because Florin said prostitution is illegal and I will go to prison. The police did not arrest me. I am now in a house with TARA.""",
  "DE DB WW IT AC", "ncw foa", "S")
T("""Local authority Adult Support and Protection — case conference minute (extract), Inverclyde.

Adult: Mr B, 47, mild learning disability, lives alone in council flat, Greenock.
Concern: Since spring, two men known locally have been 'staying' at Mr B's flat. Neighbours report visitors at all hours. Mr B's support worker found him sleeping in the hall; his bedroom was being used to store 'bags'. His money card is held by one of the men, who 'does his shopping'. Mr B has lost weight and missed three GP appointments. He told his support worker he 'has to' deliver parcels on his bike or 'they'll put him out'.
Police view: consistent with cuckooing and criminal exploitation. Police obtained a closure order and arrested one male for possession with intent.
Decisions: Mr B to move temporarily to supported accommodation; NRM referral (Mr B consents); protection order to be considered.""",
  "AV IT AC", "ncw pa", "C", "h")
T("""Press-style summary (Police Scotland news release, abridged).

Two men have appeared at Aberdeen Sheriff Court charged under the Human Trafficking and Exploitation (Scotland) Act 2015 following an investigation into the treatment of crew on a fishing vessel operating out of the north-east.

The court heard that six men from the Philippines and Indonesia were recruited through an agency in Manila with promises of $1,500 a month, and were instead paid around a third of that. It is alleged that the crew were routinely made to work shifts of up to 20 hours, were denied shore leave, and that their passports were retained by the vessel's owner. One crewman reported being struck by a senior crew member.

The men made no plea and were committed for further examination. The crew are being supported through the NRM.""",
  "DE WW EO RM RD PV", "", "L")
T("""Officer statement — welfare visit, Isle of Skye hotel (staff accommodation block).

Following an anonymous report that hotel staff were 'kept like slaves', I attended the staff block with a colleague and the hotel's general manager. There were 18 staff rooms, most single occupancy, with shared kitchens, clean and heated. I spoke with 9 staff members individually, away from managers, with a Telephone interpreter where needed (Spanish, Polish, Romanian). All stated they had contracts, payslips and their own bank accounts; all had their own passports or ID cards; several said they work long shifts in July and August but get two days off a week and overtime pay. One said she had a dispute about her tips, which the manager had since resolved. None reported threats or restrictions; several had cars. I found no indicators of exploitation. The report appears to have come from a former employee who had been dismissed.""")
T("""NHS Grampian midwife referral — safeguarding (extract).

Woman (19), Vietnamese, 26 weeks pregnant, came to booking appointment alone, late in pregnancy. She said she lives 'at the shop' (nail bar, Aberdeen city centre), sleeps on a camp bed in the back room with two other women, works every day 9 to 8. The owner gives her food and £50 a week; the rest of her earnings, she says, goes 'to the people who brought me', because she owes them 'for England'. She does not have her passport; 'boss keeps'. She became pregnant after the owner's brother 'came to the room at night'. She asked that we do not call the shop.""",
  "AV WW DB RD PV EO AC", "saw oa foa", "L S", "h")
T("""INT 2/B/P — domestic servitude
Elderly Scottish couple in Milngavie employ a live-in 'carer' (F, Sri Lankan, 50s) brought in by their son, who works in the Gulf. Neighbour (source) states the carer told her she has not been paid since arrival 18 months ago as her salary is 'kept in Dubai by the son'. She cares for both, day and night, and is not given a day off. She has a mobile but the son checks it. Source assesses carer is 'frightened of the son'.""",
  "WW EO", "ncw", "D")
T("""Online report (public):
HELLO I AM WRITING BECAUSE NOBODY LISTENS. THE FARM PAST LAURENCEKIRK HAS MEN IN A SHED WITH NO WINDOWS AND THE FARMER HAS A SHOTGUN AND I HEARD HIM SAY TO THEM IF THEY GO TO THE TOWN HE WILL SHOOT THEM. THEY HAVE NO CAR. THEY WORK SUNDAY TO SUNDAY. I TOLD THE COUNCIL TWICE. DO SOMETHING.""",
  "IT AC EO", "plc", "L", "h")
T("""Debrief (M, 17, Sudanese, via interpreter, Arabic). He says he arrived in Glasgow in a lorry and was met by a Sudanese man who said he would help him. The man took him to a flat in Sighthill and gave him a bed. After one week the man said he must repay the help by selling 'small bags' at the train station and then in Paisley. He was given a phone that rang all day. The man kept the money. When he lost a bag he was burned with a cigarette lighter. He said the man told him that if he went to social work they would send him back to Sudan.""",
  "AV DE DB WW PV IT", "pa foa", "C", "h")
T("""Call handler summary (101), Edinburgh.

Caller, manager of a bakery in Corstorphine, asked for advice. A new employee from Sudan (via a refugee employment charity) has told her he is afraid his previous employer, a car wash owner in Fife, will find him, because he left without 'finishing his debt'. He did not say more. The manager says he is well, has a contract with her, is paid weekly into his own account and has his own flat through the council. She wanted to know if she should do anything.
Advice given: employee can contact police or the Modern Slavery Helpline directly; caller given details to pass on.""",
  "DB", "", "L")
T("""Statement (witness, F, Scottish, 60s, neighbour, Bearsden).

'The family next door have had a young Indian girl living with them for about two years. She is about 20. She does the school run walking the children to the gate, then I see her cleaning the windows, hoovering the car, hanging out washing, and at night through the kitchen window still washing up at eleven. I have never seen her go out on her own, not once. In January I saw her in the garden in just a thin cardigan in the snow, no coat. Once she asked me to post a letter for her, to India, and asked me not to tell the family. The mother shouted at her in the garden last week and pushed her, quite hard.'""",
  "EO RM PV", "", "D")
T("""Trading Standards / Police Scotland joint visit — nail bars, Glasgow Southside (extract).

Premises A: 3 technicians (Vietnamese), all with BRPs and contracts; paid via payroll; live in rented rooms of their own choosing. Owner co-operative. No concerns.
Premises B: 2 technicians, one of whom appears under 16, was at the premises during school hours and could not say what school she attended. Owner said she was a 'niece helping'. Girl taken to place of safety; social work contacted; IRD to follow.
Premises C: closed.""",
  "AV", "", "L", "h")
T("Text to a helpline worker: 'pls help i am in house in paisley they take my phone but i have old one hidden. i clean and cook for family 7 persons no money 2 years. madam hit me yesterday. i cannot go out door is key. i am from philippines'",
  "IS WW PV RM EO", "", "D", "i")
T("INT 2/B/P. Waste recycling plant, Lanarkshire. Agency workers (Romanian, Moldovan) sort household waste by hand 12 hrs/day, 6 days. Agency supervisor (POI) collects their bank cards on payday and hands back £80 each. Workers bussed from a house in Coatbridge where they pay £90 each for a shared room.",
  "EO WW AC", "ncw oa", "L", "h")
T("Detective sergeant's update to the procurator fiscal: the second complainer now confirms that the accused's wife kept her passport, that she was never paid for three years of childcare and cleaning, and that she was told she could not leave the house in Newton Mearns without a family member.",
  "RD WW RM", "et", "D", "h")
T("School nurse, Glasgow: boy, 16, Roma, says he works with his father and uncles collecting scrap metal at weekends. Father pays him and he keeps it. He attends school. No concerns.")
T("Organ harvesting debrief (M, 33, Indian). 'The man said there was a job in Scotland in a warehouse. When I arrive he said the job is gone, but if I sell a kidney the debt for the visa is finished. He took me to see a doctor for blood tests. I ran away before the operation.'",
  "DE DB", "", "O")
T("Cuckooing: housing officer, Aberdeen — tenant (M, 60, alcohol dependent) says 'the lads from Manchester' moved in, he sleeps on the couch and they told him they'll hurt him if he calls the police. They use his flat to sell drugs.",
  "AV IT", "", "C", "h")
T("Benefit fraud referral, DWP to Police Scotland: 23 claims for Universal Credit share one phone number and email. Claimants (Bulgarian) say a man helped them claim, and he now receives the payments into accounts he manages and gives them £30 each a week.",
  "", "ncw mbc", "C")
T("Housing officer, Edinburgh: tenant's relatives from Poland staying for a fortnight's holiday, 7 people in a 2-bed. Tenant informed of occupancy rules. No concerns.")
T("INT 3/C/P. Construction labourers (Kosovan) in Cumbernauld say gang boss took £400 each as a 'joining fee' and makes them buy their own boots from him at £60. Paid rest of wages in cash. Free to leave.",
  "", "uf ppe", "", "l")
T("Sex worker outreach (Glasgow): woman (British, 31) says her partner makes her work on the street every night and takes everything she earns, and hits her if she comes back with less than £200. She is heroin-dependent and he supplies her.",
  "AV WW PV", "ncw", "S")

# ---- footer
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh65.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, e in enumerate(E, 1):
            f.write(json.dumps(dict(id="f65-%03d" % n, **e), ensure_ascii=False) + "\n")
    print(len(E), "texts ->", out)

if __name__ == "__main__":
    main()
