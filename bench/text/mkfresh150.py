#!/usr/bin/env python3
"""Hand-written texts for fresh150.jsonl. Each entry: (text, indicators, signs, types, risk).
Short codes are expanded below; every text is written individually (no slot filling)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", ROD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("ROD", "dt"), ("ROM", "rm"), ("EO", "lh"), ("ISO", "iso")]

D = []
def t(text, ind="", sig="", typ="", risk=""):
    D.append((text, ind.split(), sig.split(), typ.split(), risk))

# ---------------- part 1 ----------------
t("INT 2/B/P: POI Marius COSTEA (DOB 14/03/1988) runs a labour supply crew into the parcel hub at Magna Park. Approx 14 ROU males collected 0430 in a white Transit from HMO on Mill Lane, returned after 2100. INT suggests COSTEA holds their bank cards and withdraws wages at one ATM on Fridays.",
  "WW", "cedl mbc ncw", "L")
t("we work in the big warehouse by the motorway, the agency man Florin he opened the bank account for me the first week. card and pin he keep. every month I get 150 pound cash, he say rest is for house and the bus and the debt from coming.",
  "WW DB", "ncw ct", "L")
t("Agency worker at the distribution centre says he earns £11.44 an hour, gets his payslip every Friday and the money into his own Monzo account. Complaint was about holiday pay being calculated wrong. Referred to ACAS. No exploitation concerns.")
t("Called 101 — a minibus picks up loads of lads from the house opposite at 4 every morning, never seen them come back before 10 at night. No curtains, mattresses against the windows. Concerned.",
  "", "cedl oa plc", "")
t("Deliveroo rider stopped for no insurance. Account registered to another man. Rider (Bangladeshi, 19) states he 'rents' the account for £80 a week from a friend of his cousin. Keeps his own earnings. Advised, reported for no insurance. No further concerns.",
  "", "", "", "l")
t("Rider says the account holder takes 60% of everything that lands in the app, pays him whatever's left 'when he feels like it', and has told him that if he stops riding the Home Office will hear about him.",
  "WW IT AV", "foa ncw", "L")
t("IP is a 23yo Eritrean male who arrived by small boat. Says a man called Yonas gave him a food delivery login and an e-bike. He must work 7 days, 11am to 1am. Yonas keeps the phone the app is on overnight. IP owes 'the bike money', £1,800, and it has not gone down in 4 months.",
  "EO DB AV", "lh", "L", "h")
t("Cleaner for a contract firm at the council offices. Paid through an umbrella company, gets holiday pay, contract says zero hours but she gets 25 hrs every week. Came to ask about universal credit top up. Nothing concerning.")
t("Safeguarding referral — Ms T. (Slovak, 41) cleans offices at night for a subcontractor. Disclosed that the team leader Mr BALOG collected all their ID 'for payroll' in March and has not returned them. When she asked, he said the documents were 'safe in Slovakia'.",
  "ROD", "dt", "L")
t("GLAA inspection at Brookfield Labour Solutions: licence conditions breached — no written terms for 6 workers, transport deducted at £8/day without agreement. Workers interviewed individually, all had own ID and bank cards, free to leave. Warning issued.",
  "", "ct", "", "l")
t("three lads from my street go every morning at 5 in a van with blacked out windows, they look knackered and skinny, one had a bust lip last week. They dont speak english. the man who drives always answers for them when you say hello",
  "", "cedl pa sfw", "")
t("Victim account (via Romanian interpreter): He says the job in England was advertised on Facebook as warehouse picking, £500 a week, house included. On arrival he was put in a room with five others. The wage was £250 and £120 was taken for the room. He says the agency boss told them if they complained they would be sent home with nothing and their families would pay the fare.",
  "DEC WW AC IT", "oa", "L", "h")
t("POI Gheorghe LUPU – INT 3/C/P – suggests LUPU opens bank accounts in names of newly arrived workers, keeps the cards. 9 cards seen in his wallet during stop on A5 (2/A/P).",
  "WW", "mbc ncw", "L")
t("Parcel depot manager reports agency supplied 'Adrian' who does shifts for three different names on the induction register. Same face on CCTV. Agency contact states workers 'swap shifts'. Possible substitution. No disclosure yet.",
  "", "", "", "")
t("I'm complaining about Speedwell Recruitment they still owe me 2 days pay from september. I left for a better job and they say payroll will sort it. Hopeless company!!!",
  "", "", "", "l")
t("Everyone in the house works at the chicken packing plant via Agrostaff. Twelve of us, one bathroom. Landlord is the same man as the supervisor. If you miss a shift you still pay rent and the fine is £50. I am here 8 months and I am paying for the flight still.",
  "DB AC", "oa", "L")
t("101 call 22:14. Caller states a young woman knocked on her door asking for help in broken English, said she is 'kept' by a man at the flat above the kebab shop and forced to see men. Caller has let her in. Woman shaking, bruise to cheek. Units dispatched.",
  "PSV ROM", "pa rm", "S", "i")
t("Mr Kowalski, 58, presented with crush injury to left hand from pallet truck at work (warehouse). Employed directly by the retailer, full sick pay in place. Accident book completed by employer. No safeguarding concerns.")
t("The boss said we are self-employed so no holidays. We ride from 10am till 2am, every single day. I sleep in the storeroom behind the takeaway with the bikes. He says I can go but where? He has my passport because he did the account with it.",
  "EO ROD AC", "lh swp dt", "L", "h")
t("INT 2/C/C (not to be disseminated outside MSU): Mahmoud AZIZI suspected of renting out 30+ Uber Eats accounts to Afghan asylum seekers from hotel in Stockport, charging £120/wk. Riders allegedly threatened with 'being reported' if they fall behind.",
  "IT AV", "foa", "L")
t("School referral: Y10 pupil (15) seen getting out of a car with older males outside school on three occasions, now has two phones and new trainers, missing Tuesdays. Told TA he 'does deliveries' for 'Tall'. Police informed.",
  "AV", "", "C", "h")
t("Salvation Army caseworker note: client V. (Vietnamese, 17 by own account) was found at a nail bar in Swindon. Worked 9-9 six days, slept on the salon floor. Says 'auntie' pays his family in Nghe An. He gets nothing himself. Owes $20,000 for the journey.",
  "AV EO WW DB AC", "swp lh", "L", "h")
t("Nail bar visit by trading standards: 3 staff, all with right to work, own accommodation, paid by bank transfer. Owner's husband translates for one staff member with little English. No indicators identified.")
t("anon report: car wash on Station Rd, the men live in the portakabin at the back, they work in the rain with no gloves or boots, boss shouts at them all day. one of them told my husband they get 30 pound a day and the rest goes to 'the uncle'",
  "AC WW", "swp plc ncw", "L")
t("Hand car wash on Bridge St visited by partnership team. 5 workers, all paid min wage, payslips seen, live in own rented flats. Owner cooperative. Fine for waste water discharge only.")
t("A&E note: 34yo male, Polish, laceration to forearm, says fell at work (recycling plant). Accompanied by 'supervisor' who answered all questions and refused to leave. Pt appeared anxious, poor hygiene, no phone, doesn't know his home address.",
  "ISO", "pa sfw iso", "L")
t("Debrief (first person, translated): They said I am going to cook in a restaurant. When I come, it is not restaurant, it is a house with a woman and children. I clean, I cook, I look after baby from 6 in morning until night when they sleep. Madam keeps my passport in her bedroom. I cannot go out except to take children to school and back.",
  "DEC EO ROD ROM", "lh dt rm", "D", "h")
t("Diplomatic household: Filipino domestic worker, Ms R, attended Kalayaan. States her employer's wife confiscated her phone, she sleeps on the kitchen floor, paid £100 a month into an account the family holds. Has not had a day off in 2 years.",
  "ISO AC WW EO", "swp ncw lh", "D", "h")
t("Au pair (Spanish, 20) complaint to agency: host family asked her to work 40 hours instead of the agreed 30, she refused and they agreed. She has her own room, passport and phone. Mediation successful.")
t("999: caller reports hearing banging and a man shouting 'let me out' from the locked garage of No 42 Fernbank. Neighbour says men are moved in and out of there at night in a van. Immediate attendance.",
  "ROM", "rm", "", "i")
t("Kidney transplant patient, 52, returning from Pakistan after receiving an organ from a living related donor (brother), documentation from hospital provided. Renal team content, no concerns of organ trade.")
t("IP (Albanian, 29) told NGO he sold a kidney in Turkey to pay off a debt to the men who brought him to the UK. They said it would clear £8,000. He received nothing and the debt was 'moved' to his brother.",
  "DB DEC WW", "", "O", "h")
t("INT 2/B/P: Nom Bogdan PETRE controls ROU workers supplied to 3 warehouses via 'LogiPeople Ltd'. Workers' Revolut accounts opened with PETRE's phone number as contact; PETRE receives 2FA codes. INT indicates workers paid £50/wk 'food money' only.",
  "WW", "ncw", "L")
t("Press summary: Two men were jailed at Nottingham Crown Court for trafficking 18 Polish men to work in warehouses. The victims, some of whom were homeless or alcoholic in Poland, were housed in squalid conditions, had wages paid into accounts controlled by the gang and were beaten if they complained.",
  "AV AC WW PSV", "plc ncw", "L", "h")
t("I am a cleaner with CleanFirst at the hospital. Sometimes they pay me late, last month 5 days late and I complained, manager said sorry and paid. I am in the union. I am just asking if this is legal.",
  "", "", "", "l")
t("Parcel courier (self-employed) complains that he is paid per drop and some weeks this is under minimum wage. Owns his van, chooses his rounds. Advised re employment status. No exploitation.")
t("Victim statement: I came from Sudan. A man at the hotel said he has work for me, food delivery with his account. He said I pay him £100 each week. Then he said £200 because of the bike. He took my phone at night so I cannot call my friends. When I said I want to stop he showed me on his phone a video of a boy being beaten and said this is what happens.",
  "IT ISO DB AV", "iso", "L", "h")
t("Labour provider minibus stopped on A1. Driver had 11 passenger, vehicle for 9. Workers said they paid £10 a day for the lift from wages. All had own documents, live independently. Referred to GLAA re transport charges.",
  "", "ct", "", "l")
t("Call from Asda car park security: man begging by the trolley bay every day, dropped off by a silver Merc at 8 and picked up at 6. He has one leg. Another man collects money from him at lunchtime.",
  "AV WW", "cedl", "C")
t("Probation note: Service user disclosed that his cell-mate had told him about a 'job' in a cannabis house in Kent where you are locked in and fed by someone who comes once a week. SU does not know if true, no further details. Passed to intel as hearsay.")
t("INT 1/A/P: cannabis factory at 12 Orchard Close. Vietnamese male (approx 16) found inside, windows boarded, only exit padlocked from outside. Male had no phone, said he was brought from London in the back of a car and doesn't know where he is.",
  "AV ROM ISO", "rm iso", "C", "i")
t("I work in the recycling site, the gangmaster Sorin has all our ID in the office safe, he says so the Home Office checks dont lose them. We work from 6 till 8 at night, sometime Sunday too.",
  "ROD EO", "dt lh", "L")
t("Agency (Primeline) told me I would get 40 hours a week guaranteed in the warehouse. I get 12. I have my own flat, my own bank, my passport. Its not fair but I am going to another agency.",
  "", "", "", "l")
t("Local authority adult safeguarding: Mr D, 44, learning disability, lives with a family who 'took him in' after he became homeless. He works in their hand car wash daily unpaid. His PIP is paid to the mother of the family. He sleeps in a shed. Neighbour reports he was hit with a hose pipe.",
  "AV WW AC PSV", "ncw plc", "L", "h")
t("Sister says her brother (British, 27, heroin user) has been staying with 'friends' who use his flat to sell drugs. They took his bank card. He says he isn't allowed to lock his own door anymore.",
  "AV", "ncw", "C")
t("Bank alert: 23 accounts opened at the same branch over 6 weeks by Romanian nationals using the same correspondence address and same mobile number. Salaries from 'Apex Staffing' credited then withdrawn in full at one ATM within hours.",
  "WW", "mbc ncw", "L")
t("Bank financial crime: customer (student, 19) received £4,000 from unknown sources and transferred it onward immediately. Says a man on Instagram offered him £300 to 'receive a payment'. Money mule. No signs he is being controlled.",
  "", "", "", "l")
t("Young woman (Nigerian, 22) disclosed to midwife that she was brought to the UK to 'do hair' but was made to have sex with men at a flat in Leeds. The madam says she owes £30,000 and performed a juju oath on her. Says she's afraid her mother will die if she talks.",
  "DEC DB IT PSV", "", "S", "h")
t("Police handover: Adultwork profile for 'Mia, 19 new in town' moved across 4 cities in 3 weeks, same phone number advertising 3 other girls. Text replies all same male writing style. Visit to Airbnb found two Romanian women, both said they work for themselves, refused support. Duty to notify completed.",
  "", "", "S", "h")
t("Hi I think my neighbour is being used, he's got downs and these two blokes have basically moved into his flat and there's people coming and going all night. He told me he has to sleep on the sofa now",
  "AV", "", "C")
t("Officer note — visit to No. 7 Carr Lane re concerns about 'too many people'. Found family of 8 (grandparents, parents, 4 kids) living in 3-bed. All related. No workers, no concerns.")
t("Open source: Facebook group 'Polish Jobs UK' — advert: 'Work in warehouse, we take care of everything, fee £350 for registration and housing deposit, pay on arrival'.",
  "", "uf", "", "l")
t("The advert said £600 a week at Amazon. I paid 400 euro in Bucharest to the woman. When I came there was no Amazon, we went to a potato farm, £40 a day. They said the 400 was for the transport and I need to work another month to pay the house deposit.",
  "DEC DB", "uf", "L")
t("INT 2/B/C (handling: not for disclosure to employer): Sudanese asylum seekers in Home Office hotel in Wakefield being recruited by a man known as 'Abu Khalid' to ride on Just Eat accounts. INT suggests riders work up to 14hrs a day and hand over weekly earnings, receiving £100.",
  "WW EO AV", "lh", "L")
t("I rent my account from my friend who went home to Brazil. I pay him 50 a week, keep the rest, work when I want. Is this illegal?")
t("A man came to the shelter saying he got away from a farm in Lincolnshire where 'they watch you all the time'. Men are not allowed to go to the shop alone, the foreman's son drives them. Passports in a drawer in the farmhouse.",
  "ROM ROD", "rm dt et", "L")
t("Modern Slavery Helpline report: caller works at a warehouse via an agency. Colleague (Ukrainian woman) is driven to and from work by a man who waits in the car park, she eats alone and avoids everybody. Caller saw the man take her payslip.",
  "WW", "et ncw", "L")
t("Client was trafficked from Albania for cannabis cultivation. Worked in a loft in Bradford for 7 months; door locked from outside; food brought every 3 days. Told if he ran his family would be killed. Debt of €15,000.",
  "ROM IT DB AC", "rm", "C", "h")
t("he cant leave his house hes locked in there NOW by the man who runs the car wash, hes texting me, please send someone 15 Dover St flat b",
  "ROM", "rm", "L", "i")
t("Maria (Brazilian, 31) works as a cleaner for a contracting firm via a friend's CPF-registered company. Says money goes into friend's account and friend transfers it after taking 10%. Maria has access to the statements and can stop any time. Advised on risks.")
t("Statement of witness (warehouse team leader): I noticed that the same four men from the agency always arrive together, and a man called Vasile signs them in and answers for them. One of them, Ionut, told me Vasile takes their bank cards. Another one had bruises on his arm. I reported this to HR.",
  "WW", "sfw ncw pa", "L")
t("Riders referral from Unseen: 6 Vietnamese young men in an HMO in Ilford deliver for Deliveroo on accounts in other people's names. A 'boss' called Anh collects their phones at night, takes the bike keys, and has told them that the police will deport them if they go outside.",
  "ISO IT AV ROM", "iso foa rm", "L", "h")
t("Care home: agency carer from Zimbabwe says she paid £8,000 to a recruiter in Harare for a Certificate of Sponsorship. Employer in UK doesn't give her enough hours, she cannot change sponsor. Has her own passport and wages.",
  "", "uf", "", "l")
t("Caseworker: Mr H (Indian national, care worker) states the care agency owner held his passport and BRP, charged him £200 a month 'sponsorship fee' from his wages, and made him work 70-hour weeks on live-in shifts. Owner told him he would be reported to the Home Office and sent back if he left.",
  "ROD WW EO IT AV", "dt lh foa", "L", "h")
t("Anon: The nail shop next to the bookies has girls that look about 14 working there on school days",
  "AV", "", "L", "h")
t("Girl, 14, missing from care home 3rd time this month. Returned by taxi at 3am, paid for by unknown male. Has new phone. Disclosed to carer that 'older friends' give her vodka and that she had to 'be nice' to one of their mates.",
  "AV PSV", "", "S", "h")
t("Immigration enforcement visit to takeaway: one worker without right to work, has his own passport, paid £9/hr cash, lives with his wife. Civil penalty issued. No trafficking indicators.")
t("Victim debrief via interpreter (Tigrinya): she says the agency man took her to a hotel laundry. She says she was told the job pays £9 an hour but she was given £20 'pocket money' each week and told the rest pays back her room. She says she doesn't know the name of the street where she lives.",
  "DEC WW DB ISO", "iso", "L", "h")
t("INT 2/C/P: Minibus reg YX17 ABC seen dropping 20+ workers at Fresh Pack Ltd at 0500 daily. Driver believed to be Krzysztof NOWAK. No further info.",
  "", "cedl", "")
t("They told me to say I am 25 if anyone asks. I am 16. I work in the kitchen of the restaurant and sleep upstairs with the other boys.",
  "AV", "swp", "L", "h")
t("Ms P, British, 19, care leaver. Boyfriend (28) had her open three bank accounts 'for his business', then took the cards. Money goes in and out. She doesn't know what it is. She is scared of him.",
  "AV", "mbc ncw", "C")
t("Construction site inspection, Canary Wharf subcontractor: 4 labourers supplied by a gangmaster paid cash £60 per 10-hour day. Charged £15 a week for hard hats and boots. Gangmaster holds 'their papers for CSCS cards'.",
  "ROD", "ppe dt lh", "L")
t("Worker asked to pay £25 for his own safety boots at a warehouse agency induction. He says this is normal and he has the boots. Agency licensed by GLAA? Unknown. No other concerns.",
  "", "ppe", "", "l")
t("Crimestoppers: A man called 'Dritan' runs a cannabis grow in a flat above the launderette on King St. The boy who waters them is never seen leaving. Food is delivered by Dritan's brother.",
  "ROM", "rm", "C", "h")
t("he works 7 days a week at the warehouse through the agency and then does deliveries at night, but it's his choice he's saving for a house. I just worry about him.")
t("Fishing vessel inspection, Newlyn: two Ghanaian deckhands on transit visas said they had worked 20 hours a day during the last trip, were not allowed ashore, and had not been paid for 4 months. Skipper holds their seaman's books.",
  "EO ROM WW ROD", "lh rm dt", "L", "h")
t("Housing officer: HMO at 33 Gladstone Rd has 19 adults registered on electoral roll. On visit, bedrooms with 4-5 mattresses each, no heating, mould, one working toilet. Residents said they all work at the same meat factory and the landlord 'sorts the jobs'. Rent taken from wages.",
  "AC WW", "oa plc ncw", "L")
t("Workers at the salad packhouse said they are happy with the agency, wages on time, transport free, accommodation in a static caravan park which they chose themselves.")
t("Ana (Romanian, 24) says her boyfriend brought her to London to work in a hotel. Instead he advertised her online and takes all the money. He hits her if she doesn't earn £500 a night.",
  "DEC WW PSV", "ncw", "S", "h")
t("DV incident: male partner assaulted female partner during argument over money. Both work at the same factory and have their own accounts. No exploitation indicators, DASH completed (medium).")
t("INT 3/D/P: rumour in the Slovak community that a man in Sheffield 'sells' jobs at the bakery for £500. Source has no direct knowledge.",
  "", "uf", "", "l")
t("Eritrean woman, 26, on a warehouse night shift through an agency: shift supervisor comments that she is always exhausted, has lost weight, and is picked up by the same man who drives her to a second job cleaning offices. Woman says 'he looks after my money because I owe him for the journey'.",
  "DB WW", "pa ncw et", "L")
t("My husbands cousin paid 2000 pound for his job in the cardboard factory, now he has to give the cousin half his wages every week forever",
  "DB WW", "uf", "L")
t("Victim statement: Every morning the driver takes us to the sorting depot. We pay £15 for the van every day even if there is no work and we stand outside. At the end of the week there is nothing left. I have been here a year and have sent nothing to my children.",
  "WW", "ct", "L")
t("Call to 999 — male, Albanian accent, says he is in a house 'with plants' and 'the man has a gun and says he will shoot me tonight'. Location traced to Bramley area. ARVs deployed.",
  "IT", "", "C", "i")
t("Council licensing inspection: massage parlour, 4 women, all East Asian. Sleeping bags and suitcases in the back room. Manager answered every question. Women would not speak to officers. One had no shoes.",
  "", "swp sfw fpe", "S", "h")
t("Girl (17) from Albania found at Dover in lorry, says she is going to meet her 'fiancé' in London who promised she would work in his cafe. She has never met him in person.",
  "AV DEC", "", "", "h")
t("Student (Chinese, 21) reports her passport lost on the bus. Applying for emergency travel document. She is studying at the university and lives in halls.")
t("Nepali man at a takeaway: says he works long hours but is paid properly and has Sundays off. He lives with his brother. Asked for info about ESOL classes.")
t("Unseen referral: 3 Romanian women cleaning holiday lets in Cornwall for a local contractor. Housed in a caravan, no electricity. Contractor collects them at 6 and drops at 10 at night, charges £20 a week for 'the car'. They haven't been paid since April; told they will get it all at end of season.",
  "WW AC EO", "plc cedl ct lh", "L", "h")
t("Transplant coordinator concern: patient returned from Egypt with a new kidney, says bought from 'a poor man' through a broker for $30,000. Patient is the buyer, not the victim. Donor unknown.",
  "", "", "O")
t("INT 2/B/P: Sudanese male, 20, approached at Calais by man offering 'job in London' if he agreed to 'give a kidney' to pay for the lorry. Now in UK, has abdominal scar, says he was operated in a flat in Istanbul before travel.",
  "AV DEC", "pa", "O")
t("ask the man at the chippy hes got 4 boys sleeping in the cellar and none go to school",
  "AV", "swp", "L", "h")
t("Cleaner employed by a facilities firm disclosed to HR that the contract supervisor, Mr SINGH, makes her and others give him £50 cash from each wage or he will cut their shifts. She keeps the rest. Disciplinary investigation opened.",
  "WW IT", "", "L")
t("Mum rang school: her son (14) came home with £600 and a bag of sim cards, says an older boy 'lends' him out to a flat in Margate at weekends. She found a train ticket.",
  "AV", "", "C", "h")
t("I'm a delivery rider and I rent my van from the company. They take van hire out of pay, some weeks I owe them money at the end. Can't afford to leave because of the contract.",
  "DB", "ct", "L")
t("Report of welfare concern: elderly man (British, 71) with dementia living with his nephew who takes his pension and does his shopping. Nephew's girlfriend says he is 'looked after'. No work or labour described.",
  "", "ncw", "", "")
t("Police log: vehicle stop M6 J16. Driver: Nicu RADU. 8 passengers, all ROU, going to 'warehouse shift'. None had ID — RADU said 'they are at the house'. Passengers appeared nervous; one said quietly 'no money, no money'.",
  "ROD", "dt foa", "L")
t("A Polish man in the car park at the food factory said that his boss beat him with a belt for being late and is keeping his ID. He works 16 hours.",
  "PSV ROD EO", "dt lh", "L", "h")
t("Hostel manager: resident (Lithuanian, 38, alcohol dependent) is picked up each morning by a man who 'gets him work'. Resident comes back with no money and cans. Says the man gives him drink instead of wages.",
  "AV WW", "cedl ncw", "L")
t("GP: Patient, 28, Romanian, agency worker at a warehouse. Says he works 60 hours a week by choice to send money home. Has own flat. Came for back pain.")
t("INT 2/B/P: Address 91 Moor Lane linked to 34 different names on agency payroll records at GoFast Logistics. Multiple debit cards delivered to the address. Occupancy approx 6.",
  "", "mbc", "")
# ---------------- part 2 ----------------
t("Night shift picker (Bulgarian, 33) told the agency's welfare officer that the man who brought him from Sofia — 'Stoyan' — holds his ID card 'so I don't lose it', lets him phone home only from Stoyan's phone, and has told the others in the house not to talk to him.",
  "ROD ISO", "dt iso", "L")
t("INT 2/B/P: POI Vasile DOBRE (DOB 02/11/1979). Runs three Ford Transits between HMOs in Peterborough and fulfilment centres in Corby. Workers charged £70/wk transport and £90/wk bed. Source states DOBRE 'slapped' a worker who asked to see his payslip.",
  "PSV", "ct", "L", "h")
t("The recruiter in Hanoi said nails, $1,500 a month, a room. In England I work in a house with the plants. The man comes each Monday with rice and noodles and locks the door when he goes. He says I owe $25,000 and each week the electric also goes on it.",
  "DEC ROM DB AC", "rm", "C", "h")
t("ok so my mate rides for uber eats on his cousins account and his cousin takes half. he can stop when he wants and hes fine with it, they agreed it. is that modern slavery?? just asking")
t("Caller (warehouse shift manager) reports that a temp worker fainted on the line; colleagues say he hasn't eaten for two days because 'the man takes the money'. Worker very thin, torn clothes, says he lives at the 'house of Marek' with 15 others.",
  "WW AC", "pa ncw oa", "L")
t("Agency placement review — Prestige Staffing: 40 temps at the Daventry DC, all with personal bank accounts verified against payroll, independent addresses, no shared phone numbers. Audit passed. Good practice noted: payslips translated into Romanian and Polish.")
t("Modern Slavery Helpline: caller works for a cleaning contractor at an airport. Says the supervisor collected £300 from each new starter 'for the security pass', which turned out to be free. Supervisor now demands £20 a week or 'you won't get shifts'. Caller is Ghanaian, has leave to remain.",
  "DEC WW IT", "uf", "L", "h")
t("She says, through the interpreter, that she was told she was going to marry a British man and have a good life. She says after the wedding he locked her in the house, made her clean for his mother and brothers, and took her passport 'for the visa'. She says he raped her.",
  "DEC ROM ROD PSV", "rm dt", "D", "h")
t("Sham marriage intel: Slovak woman (19) brought to Glasgow to marry Pakistani national for visa purposes. INT 2/C/P suggests she has been kept in a flat in Govanhill, her ID taken, told she owes £3,000 for travel.",
  "ROM ROD DB AV", "rm dt", "C", "h")
t("Deliveroo issued a notice: right-to-work checks now at login with facial recognition. Rider says he can no longer use his friend's account, he is looking for warehouse work instead. No exploitation.")
t("Social worker: Sarah (16) staying with a 24yo man she met on Snapchat. He posts pictures of her on a website and men come to the flat. She says she loves him and it's her choice.",
  "AV", "", "S", "i")
t("Police log 03:20 — Officers attended Tesco Express: male (Romanian, 50s) seen taking items to order from a list given by a younger male waiting in car. Younger male drove off. Older man states he must steal £200 of goods each day or 'no food'. Sleeps in car.",
  "WW AC AV", "plc", "C")
t("I worked for the carwash 2 years. Boss Arben says we are family. Family dont get paid! £25 a day, 7am to 8pm, rain or sun, and the chemicals burned my hands and he give no gloves",
  "WW EO AC", "lh", "L", "h")
t("Officer notes: routine licensing check of Sparkle Hand Car Wash. 4 staff, all with PAYE payslips, gloves and wellies provided, welfare cabin with kettle and toilet. Owner showed rota: 8hr shifts, one day off. No concerns.")
t("INT 3/C/P suggests Afghan teen (approx 15) delivering food on e-bike in Bolton until 2am using adult's Uber Eats account. Not known to be in education.",
  "AV", "", "L", "h")
t("Border Force, Stansted: Romanian female, 20, travelling with older male who held both passports and answered all questions for her. Said she was coming for 'cleaning work'. Didn't know address in UK. Separated, female disclosed male took her to Germany last year and 'sold' her.",
  "ROD ISO AV", "dt sfw iso", "S", "h")
t("Unseen app report: Chinese restaurant in market town. Chef's assistant lives above the restaurant, never seen outside, works lunch to midnight. Owner seems nice though. Not sure if anything wrong.",
  "", "swp", "")
t("Client explains in Polish (interpreter): He found work through a man at the church. He was sent to a bakery through an agency. The agency paid wages into an account the man had opened. He got a card but the man changed the PIN. When he complained he was punched and told he would 'disappear in the forest'.",
  "WW PSV IT", "ncw", "L", "h")
t("Care worker visa holder (Nigerian) complains employer cut her hours from 39 to 20 and she is struggling to pay rent. She has her passport, pay goes to her own account. Advised to contact UKVI about sponsor.")
t("Intel: groups of Roma children (approx 10-13) begging at Marble Arch, dropped by a black Audi at 9am, money collected hourly by an adult woman.",
  "AV WW", "cedl", "C", "h")
t("A woman rang saying her teenage son is 'working' for a group who made him hold drugs internally on the train to Norwich. They say he owes them £1,500 for a 'lost' package. She says they came to the house and said they'd burn it.",
  "AV DB IT", "", "C", "h")
t("Handover: cuckooing at Flat 12 Wentworth House. Occupant (58, alcoholic, British) states two young men from London have taken over, he sleeps in the bath, they took his phone. Believes they have a knife. Safeguarding strategy meeting Monday.",
  "AV ISO AC", "iso", "C", "h")
t("A vulnerable adult (British, 35, autistic) was found working in a scrapyard in Cambridgeshire for 'board and lodging'. He lived in a horsebox with no heating, was not paid, and had been there since 2011. He said he did not know any other address or phone number.",
  "AV WW AC ISO", "plc iso", "L", "h")
t("Traveller site visit — men working on block paving for the family that lives there. All are family members, paid in cash, living in their own caravans. No indicators.")
t("Police log: 2/A/P. Warehouse agency worker Petru ION attended station, states he was told at the agency office in Iasi that accommodation was free. On arrival £110/week deducted. Shows payslips: net pay £34 after 'housing', 'transport', 'admin', 'PPE'.",
  "DEC WW", "ct ppe", "L")
t("GLAA: Brookway Agency supplying workers to a Lincs vegetable packer. Workers charged a £150 'registration fee' in Lithuania. Fee refunded after inspection. No other indicators.",
  "", "uf", "", "l")
t("My landlord is also my boss at the laundry, when I was sick 3 days he said I must pay him back for the missed days plus rent, so now I owe him £600 and I work Sundays for free to pay it",
  "DB WW", "", "L")
t("Anonymous online report: I saw a woman at the window of number 8 waving at me and pointing to the door like she can't get out. The man who lives there goes out every day and comes back with bags. I think she is his cleaner she never comes out",
  "ROM", "rm", "D", "i")
t("Trafficking for organ removal: NCA INT 2/B/C suggests a broker in Birmingham recruiting young Romanian men with debts to 'donate' kidneys in a private clinic abroad; one man told £5,000 but was paid £500 after surgery.",
  "AV DEC WW", "", "O", "h")
t("Report from Leicester garment factory: machinists paid £3 an hour, front door kept locked during shifts 'for security', fire exit blocked by rolls of fabric. Workers mostly older Indian women with little English.",
  "AC ROM AV", "rm", "L", "h")
t("Food factory referral: agency worker disclosed that her 'landlady' makes her hand over her bank card every payday and gives her £30. The landlady also takes her to and from work and sits in the car. She said 'I can't go anywhere alone'.",
  "WW ROM", "ncw et rm", "L")
t("Rider (Brazilian, 26) says he rents an account from a man called Tiago for £150 a week. Recently Tiago started taking his passport as 'guarantee' and says Rider owes him for a stolen bike. Rider can't stop riding because Tiago keeps adding to the debt.",
  "ROD DB", "dt", "L")
t("GP note: patient (Vietnamese, 20) attended with burns to hands and rash. Says works in 'house with lamps'. Companion gave name and date of birth for him. Patient kept eyes down and said 'no English'. Left before treatment complete.",
  "", "pa sfw", "C")
t("INT 1/B/P: POI Ilir HOXHA operates pop-up brothels in Airbnbs in Reading, Slough and Oxford. Women moved every 3-4 days, driven by HOXHA's associate. Women's phones used only for clients. One woman has reported being hit when she refused a client.",
  "PSV ISO", "et iso", "S", "h")
t("Depot security log: man found sleeping in the loading bay of a parcel depot. He said he is homeless and sleeps there because it is warm. Not an employee. Referred to outreach.")
t("Witness: I'm a driver for a temp agency, I see a man called Grigore who meets the bus and takes the new workers' passports 'to make the NI number'. A week later they get them back, most of them. I don't know about the ones who don't.",
  "ROD", "dt", "L")
t("Local charity: woman (Indian, 44) brought by her employer on a domestic worker visa. Says she is fine, has one day off a week, own room, phone, she sends her salary home herself. Wanted advice on renewing her visa.")
t("Press: A couple from Surrey were convicted of holding a Nigerian woman in domestic servitude for 24 years. She cooked, cleaned and cared for their children, was never paid and was told she would be arrested if she went out alone. She had no passport and slept on a mattress in the utility room.",
  "WW IT ROM ROD AC EO", "rm dt foa", "D", "h")
t("Hey I want to report the hotel I worked at in Blackpool. They didn't pay me the last month when I quit and the manager never answers. I have a new job now. Where do I complain",
  "", "", "", "l")
t("Handover note: Slovak man (Jan, 52) reported at hostel saying he escaped a farm in Kent. Says he worked picking apples for 'Pavol' who took him from Kosice promising £8/hr. Paid nothing for 9 weeks, beaten once with a stick for being slow. Has injury to shoulder. Wants to go home.",
  "DEC WW PSV", "pa", "L", "h")
t("Food delivery company account-sharing audit found 240 accounts logged in from devices in one postcode in Stratford. Referral made to police for intelligence; no individual victims identified.",
  "", "", "", "l")
t("A woman called to say her friend's 16 year old daughter has been taken to Birmingham by 'a boyfriend' who sells her to his mates. The girl texted 'they won't let me come home'.",
  "AV ROM", "rm", "S", "i")
t("INT 2/B/P: Ukrainian refugee woman (37) supplied via unlicensed gangmaster to a mushroom farm. Gangmaster took her Homes for Ukraine payments and wages into his account, giving her £40 a week. She lives in a caravan on site with 6 others.",
  "WW AV AC", "ncw oa", "L", "h")
t("The manager of the warehouse said I must work double shifts at peak or lose the job. It's 12 hours, 6 days, for 5 weeks. But I got paid everything and overtime rate. I could refuse, other people did.")
t("Cleaners (x3, Bolivian) subcontracted to clean gyms at night. Paid by the job, in cash. Supervisor threatens to call immigration on them if they ask for their money on time. Some weeks they get nothing.",
  "IT WW AV", "foa", "L", "h")
t("Hotel housekeeping — room attendants paid per room, average earnings below minimum wage. Agency says it's 'piecework'. Workers are British and EU settled status, live locally. Referred to HMRC NMW enforcement.")
t("IP (Eritrean, 17) rescued from a Libyan-organised smuggling network in London, made to work in a 'laundry' for the network's boss, sleeps there, is told his sister in Libya will be hurt if he speaks to police.",
  "AV IT AC", "swp", "L", "h")
t("Anonymous — There is a lad selling drugs outside the co-op, about 13, always with the same older man watching from the bench",
  "AV", "", "C", "h")
t("Diplomatic household worker (Indonesian) at embassy residence: found by Kalayaan after she ran away. Worked 5am to midnight every day, given leftover food, passport held by the First Secretary's wife, not allowed to leave the residence or use the phone. Paid nothing in 14 months.",
  "EO AC ROD ROM ISO WW", "lh dt rm iso", "D", "h")
t("WE WORK LIKE ANIMALS IN THAT WAREHOUSE!!! the agency managers shout and push people, they make you do 12 hrs without break and if you go toilet they take your bonus. This is slavery!!! But I go home with my money so what can I do",
  "EO AC", "lh", "L")
t("The man at the phone shop unlocks phones for the Albanian boys from the house down the road, he says they don't have their own SIM cards, someone gives them phones each day and takes them back at night.",
  "ISO", "iso", "")
t("Shelter referral (first person, written by client): My name is K., from Sri Lanka. I came as a student. The agent said I can work in a supermarket. He gave me to a family in Harrow where I cook and clean for 8 people. I sleep in the kitchen. When I ask for money they say they pay my university. I haven't been to university once.",
  "DEC WW AC", "swp", "D", "h")
t("INT 2/B/P: Telegram channel advertising 'ready-made' courier accounts for rent with 'no ID needed'. Admins located in UK. Recruits paying £200 upfront. No victim information.",
  "", "uf", "", "l")
t("Community officer: women collected at 5.30am from outside the mosque by a minibus to go to a flower packhouse. Driver says he is paid by the packhouse, workers pay nothing, all live at home. Seems OK.",
  "", "cedl", "")
t("A girl on the Year 9 trip told staff her uncle makes her stay home to clean and cook for the lodgers (men who work in a factory) and she misses school; he hits her if it's not done.",
  "AV PSV", "", "D", "h")
t("Victim account via Vietnamese interpreter: He says he was picked up in France by men who put him in a lorry. In England he was taken to a house and told he must water plants until the debt is gone. He says that when the police came he was sleeping on a mattress beside the lamps. He is 15.",
  "AV DB AC", "swp", "C", "h")
t("Probation: POI released on licence for section 2 MSA offence; licence condition not to operate as labour provider. Intel suggests he is now recruiting Romanian workers for a parcel depot via his wife's agency.",
  "", "", "")
t("Call from a worker: my colleague at the packing plant said the man who brings her each day takes her wages and if she says anything he will send photos of her to her family in Romania.",
  "WW IT", "ncw et", "L")
t("My son (19, autistic) got a 'job' through someone he met at the gym, moving parcels in a van. He doesn't get paid, they say he's on 'training' still after 3 months. He goes 6 days a week. I'm worried they're using him.",
  "AV WW", "", "L")
t("Construction site, Manchester: 3 Romanian labourers working without harnesses on 4th floor scaffold, sleeping in the site container. Subcontractor 'Nelu' holds their ID cards and pays them 'at the end of the job'. They have been there 11 weeks with no pay.",
  "AC ROD WW", "swp dt", "L", "h")
t("Brothel raid — 5 Thai women in a residential flat. All had passports; said they came on tourist visas knowing the work. Receipts show they keep 50%. No locks or restrictions. Two accepted support, three declined. NRM not made, duty to notify not needed.",
  "", "", "S", "h")
t("The agency said I must pay £50 a week because they found me the job. For how long I said. They said until we say stop. It's now 7 months.",
  "DB WW", "", "L")
t("Caller: 'there's a bloke in the garden of the farm next door, chained to the caravan, I'm looking at him now'.",
  "ROM AC", "rm", "L", "i")
t("INT 2/C/P: Sex worker in Newcastle reports a new 'manager' has taken over the flat she works from. He takes 70% and says she can't work for herself any more. She says she's been told he knows where her kids go to school.",
  "WW IT", "ncw", "S", "h")
t("Woman in her 30s (Filipino) attended A&E with scalds to arm. Said employer's child knocked pan. She works as a nanny, lives with the family. Said she has day off Sunday, has her passport and phone. No further concerns after discussion alone.")
t("Police log: two agency workers at Midlands distribution centre fought in the canteen over a parking space. One arrested for ABH. Both live independently, own cars, no indicators of control.")
t("Migrant Help: Eritrean man (25) with refugee status was offered 'free housing' by a man who then placed him in a room with 8 others and sent him to a car wash. Charged £70/wk for the bed, taken from his £40/day wage. Told he could not move out until the 'deposit' of £600 was paid off.",
  "DEC AC DB WW", "oa", "L", "h")
t("A school in Luton refers a 15yo Pakistani girl who says her parents are arranging her marriage to a cousin in Pakistan this summer. She does not want it. Forced marriage unit informed.",
  "AV", "", "", "h")
t("INT 3/C/P: Romanian female, 30s, seen begging outside Primark daily. Thought to be controlled by family group in Ilford who take money each evening. Source believes woman is 'simple'.",
  "AV WW", "", "C")
t("Kidney donor (altruistic) assessment complete; donor is a teacher from Leeds, no payment, independent assessor satisfied. Transplant scheduled.")
t("Warehouse HR: worker says the agency driver who collects him keeps his bank card 'to pay the rent direct'. When asked, the worker showed HR he has online banking and can see his money, and the rent is agreed. HR satisfied it's his choice.")
t("Statement (first person): I am Chinese, 38. I was told I would work in a restaurant kitchen for £1,800 a month. In London they took me to a massage shop. I have to sleep on the massage table. The boss says I owe £10,000 for the visa and I pay him everything I get from customers.",
  "DEC DB WW", "swp", "S", "h")
t("Safeguarding: care home in Norfolk, two Indian care workers on sponsorship visas tell the nurse they work 80 hours a week, the owner keeps their passports 'in the safe for inspection', and deducts £500 a month for a shared room.",
  "EO ROD WW", "lh dt", "L", "h")
t("Probation: IP (Albanian, 22) convicted for cannabis cultivation. States he was held in the house, the door was bolted outside, he was told his family owed the men €20,000. Consider s45 defence. NRM referral made.",
  "ROM DB", "rm", "C")
t("Officer note: Amazon Flex driver sharing account with his wife, both legally in UK, both know the account is in his name. Not exploitation.")
t("Victim debrief via interpreter (Arabic): he says the man in Calais said the lorry costs £3,000 and he can pay by working. In England he was sent to a car wash in Coventry. He says he worked 12 hours each day and they kept all the money for the debt, and after 10 months the man said he still owes £2,000.",
  "DB WW EO", "lh", "L", "h")
t("Anon tip: Lithuanian guys at the HMO next door told me the gaffer took their phones 'so they can't waste time' and they only get them back on Sundays for an hour.",
  "ISO", "iso", "L")
t("Police log: 11:40 — Woman (Romanian, 24) walked into station with suitcase, says she ran from a flat in Luton where her 'husband' forces her to have sex with men for money. Says he'll be looking for her. Placed in safe house.",
  "PSV", "", "S", "h")
t("I pay the driver £8 a day to go to the warehouse, same as everyone, its cheaper than bus. the agency is good, I work 4 days")
t("Housing: overcrowded house rented by an agency supervisor to his workers — 14 people, no smoke alarms. Supervisor deducts rent from wages via the agency payroll.",
  "AC", "oa ncw", "L")
t("Child (13, Vietnamese) found by police in a car with two adult men on M1. Had no phone, no documents, spoke no English. Men said he was a nephew. He had £0 and cuts on his hands.",
  "AV", "pa fpe", "", "i")
t("School nurse: 16yo boy (Somali) comes in exhausted, says he works for a man delivering food on an e-bike until 1am every night; the man keeps the money and says it's for his mum's rent.",
  "AV WW EO", "lh", "L", "h")
t("INT 2/B/P: Marius NEAGU known to supply labour to 3 recycling plants. Workers recruited from Romanian villages, told 'hotel work'. Workers' ID cards held by NEAGU 'for the agency'. Workers threatened with beating if they contact other Romanians.",
  "DEC ROD IT ISO", "dt iso", "L", "h")
t("My ex-employer at the bakery refuses to give me my P45. I left 2 months ago. Very annoying, nothing else, they paid me everything.")
t("Case note: IP (Polish, 46) previously homeless in Gdansk, recruited at a soup kitchen with an offer of warehouse work. In UK given a bed in a garage with 5 others, driven to work by the gang, never allowed out alone, wages into gang-controlled account, given £10 a week and beer.",
  "AV DEC AC ROM WW", "oa et rm ncw", "L", "h")
t("INT 3/C/P: Massage shop in Aldershot advertised on Vivastreet; source suggests girls sleep on site and are 'never off'.",
  "", "swp", "S")
t("She says that in Ethiopia she was promised work as a nurse's assistant. She says that when she arrived at the house in West London the lady took her passport and she cared for the old mother, day and night, and was only allowed outside to put out the bins.",
  "DEC ROD ROM EO", "dt rm lh", "D", "h")
t("the man who runs the nail salon in the high street keeps 2 girls upstairs, they work all the time, one told me he takes their money to 'save it' for them, she has never seen a penny",
  "WW EO", "swp lh", "L")
t("Housing association tenant (Romanian, works at parcel depot via agency) reports his flatmate is stealing his food. Tenancy dispute only.")
t("INT 2/B/C (do not disclose to Home Office hotel staff): Adult Afghan men at a hotel in Ipswich offered 'cash-in-hand' warehouse work by a hotel security guard, who takes £30 per day from each worker for 'finding the job'.",
  "WW AV", "", "L")
t("Financial intel: one ATM in Wisbech used by 6 different cards in 4 minutes, all linked to accounts paid by the same labour provider. CCTV shows one man.",
  "", "mbc ncw", "L")
# ---------------- part 3 ----------------
t("Parcel sortation centre, Swindon: agency induction observed by GLAA. Interpreter present, workers given written terms in their language, told they can leave the agency's housing at any time. Workers confirm they choose their own bank. Nothing to report.")
t("INT 2/B/P: Gig-economy substitution network — Nelson OKAFOR registers as Evri self-employed courier and 'subs' 5 routes to West African men without right to work. Subs paid £40/day from a £120 route. OKAFOR holds their ID 'until they prove reliable'. Drivers sleep in the vans between shifts.",
  "WW ROD AC AV", "dt swp", "L", "h")
t("Rider (Indian student, 22) reports that the man he rents a Just Eat account from has started threatening to tell his university he is working over 20 hours unless he pays an extra £100.",
  "IT AV", "foa", "L")
t("Student rider renting friend's account: pays £40 a week, works 15 hours, keeps earnings, can stop at any time. Visa conditions issue only.")
t("Witness statement (forklift driver): the Polish lads come in the agency bus at 5 and go at 7 at night, six days. The bloke from the agency, Tomasz, stands with them at the clocking machine and clocks them in with cards he keeps in a bag. I once saw him kick one of them in the yard.",
  "PSV EO", "cedl lh et sfw", "L", "h")
t("I came from Romania with my brother for the warehouse job the lady on facebook promised. She met us at Luton, took our ID cards for 'registration', and put us in a house in Wellingborough. Now 3 months. We work 6 nights. We never got the ID back and she says we still owe the flight and the registration £900 each.",
  "DEC ROD DB EO", "dt lh", "L", "h")
t("Cleaner for office contractor: 'I do 2 hours every evening, the company pays into my account, they give me gloves and a uniform for free. The manager is strict but fair.' — feedback form.")
t("Safeguarding adult referral from a supermarket distribution centre: temp worker (British, 23, mild learning disability) living with 'friends' who take him to work and collect his wages in cash from him on the doorstep every Friday. He says they'd 'kick me out' if he didn't.",
  "AV WW IT", "ncw et", "L", "h")
t("INT 2/C/P: Driver for labour provider seen at 0400 collecting 7 females from an address in Boston, all carrying no bags or coats. Females dropped at 2200.",
  "", "cedl fpe", "")
t("Victim statement (translated from Slovak): At first it was good. Then Robert said the house costs more and the van costs more and the agency changed the pay. Every week he gives paper with numbers and I owe more. I cannot read it. He says if I go he tells my mother I am a thief. He holds my card.",
  "DB IT WW AV", "ncw ct", "L", "h")
t("Annual audit — Hartley Fresh Foods (packhouse): all labour supplied by two GLAA-licensed providers. Random interviews of 20 workers. Accommodation offered is optional and within regulations; 3 workers per caravan. Transport free. No concerns.")
t("A&E: female (Chinese, 30s) with injuries consistent with assault, brought in by a man who said he is her 'manager' at a massage parlour. She would not speak while he was present. Later in cubicle she wrote 'help' on a napkin and said she cannot leave, he has her passport.",
  "PSV ROM ROD", "pa sfw rm dt", "S", "i")
t("Neighbour dispute: residents of HMO complain about noise from a shift worker coming back at 2am from the warehouse. No other issues. Mediation offered.")
t("INT 3/C/P: Sudanese riders in Leeds rumoured to be 'owned' by a man who rents them accounts. Source states the man 'would beat them if they tried to leave' but source does not know of any time this happened, and riders spoken to say they keep their money.",
  "", "", "", "l")
t("Council licensing: HMO licence breach at 4 Elm Grove (7 occupants, licence for 5). Occupants are students. Landlord fined.")
t("This man Gjon gave me a job at a car wash and a bed. Then he said I must also carry bags to a flat in Hull for him, I did not know it was drugs. When I said no more he showed me a knife and said he knows my address in Albania.",
  "DEC IT", "", "L C")
t("Forced criminality: Vietnamese female, 19, arrested for shoplifting perfume in Oxford Street. She says her 'boss' drops her off with a list and takes everything she steals. She lives in his house and is not allowed out at night.",
  "ROM WW", "rm", "C")
t("INT 2/B/P: POI Adrian STAN operates 12 'ghost workers' on payroll at three parcel hubs: bank accounts opened in names of Romanian men who returned home; real workers are undocumented men paid £30/day cash. STAN keeps the cards.",
  "WW AV", "mbc ncw", "L")
t("the minibus driver is ok, he charges £5 and drops us home, I live with my wife, we are with the agency 3 years")
t("IP (Pakistani, 34) came on a skilled worker visa for a care company. On arrival told there was no job. The sponsor then 'found' him work in a relative's takeaway, 13-hour days, £150 a month, sleeping in the storeroom. The sponsor still holds his passport and says if he complains the visa will be cancelled.",
  "DEC EO WW AC ROD IT AV", "lh swp dt foa", "L", "h")
t("Hotel worker (Filipina, 29) employed by an agency: says agency paid her on time, but the hotel manager is rude and made a racist remark. Wants to complain. No exploitation.")
t("Children's services: two Romanian boys (12 and 14) missing from school, seen with an adult selling the Big Issue-type magazines and asking for money outside Lidl. Adult takes the money every few hours. Boys look thin and wear the same clothes each day.",
  "AV WW", "pa", "C", "h")
t("I delivery for 5 months on the account of Mr. Salah. he give me bike and phone. every week he take all money and give me 50. he say I have no papers, police will take me. I sleep in his garage with two other boys.",
  "WW IT AV AC", "foa swp ncw", "L", "h")
t("Police log 2/A/P: Stop of Mercedes Sprinter at 0445 on the A14. Driver Ionel MARIN. 14 men in the back with no seats. Going to a food factory. Men say they each pay MARIN £15/day. MARIN carries an envelope with 14 ID cards.",
  "ROD AC", "ct dt", "L")
t("Bank alert: elderly customer's account receiving wages of 5 unrelated men from an agency (Staffline-type provider). Customer says her grandson 'does it for his friends'. Grandson is a labour supervisor.",
  "WW", "ncw", "L")
t("Warehouse welfare officer: A worker whose agency pay is paid to his own account asked whether it is normal that his landlord, who is not his employer, charges £600/month for a room. It's expensive but he found it himself and can move. No concerns.")
t("NGO outreach: Albanian woman (26) in a flat in Harrow. Says a man she thought was her boyfriend brought her on a promise of marriage, took her to the UK and now forces her to sell sex to pay 'what she cost'. He beats her. She has no money and no phone of her own. She does not know the address.",
  "DEC PSV DB ISO WW", "iso ncw", "S", "h")
t("Customs note, Heathrow: passenger (Moldovan, 21) holding a one-way ticket and a letter from a 'modelling agency' in London. Had no money and no contacts in the UK. Stated the agency had paid her ticket and she would repay from her first contract. Referred to Border Force safeguarding; she was met by a man who was not from any agency.",
  "DEC DB", "", "S", "h")
t("Police log: report of organ trading advert on Facebook: 'Kidney for sale, O+, healthy, 25 yo, urgent'. Poster traced to a young Bangladeshi man in East London with gambling debts. Says no one is forcing him. Advice given.",
  "", "", "", "l")
t("INT 2/B/P: Nigerian woman (23) says the men who brought her to London told her she must give a kidney to clear her £40,000 debt. She was taken to a clinic for blood tests. NCA informed.",
  "DB IT AV", "", "O", "h")
t("A woman rang about her cleaner: the cleaner (Brazilian) told her she has to give half of what she earns to the woman who 'lends' her the cleaning clients, and that woman holds her passport. The cleaner seems scared.",
  "WW ROD", "dt", "L")
t("Food delivery hub manager: all riders are verified with selfie checks at each login. We found 2 people using the same account, both removed. One of them said he was paid fairly by the account owner.")
t("Case summary: Mr T (Vietnamese, 26) rescued from a nail bar in Wrexham. Worked 10am-8pm, 7 days; slept in the upstairs storage with 3 others on mattresses; boss kept his earnings 'to send to his parents'; he had one set of clothes and no phone.",
  "EO AC WW ISO", "lh swp oa fpe iso", "L", "h")
t("Sorry for my english. My husband work for agency in the meat factory, they hold our documents in office for 'checking' 5 months already. We ask many times. They say soon. Is this normal",
  "ROD", "dt", "L")
t("Agency returned passport copies after right-to-work check; originals never kept. Worker query resolved.")
t("Construction: bricklayers from Romania paid by a gangmaster. Gangmaster deducts £250/week 'accommodation' and has them 'sign' blank pay sheets. Workers say they are fine because the money is still better than home, but they haven't had a pay statement in months and are given £100 a week.",
  "WW", "ncw", "L")
t("Police log: 999 call from a parcel depot car park — a man is being forced into a car by 3 men who hit him. The man had shouted in Romanian 'they won't let me go'. Car reg partial. Units searching.",
  "PSV ROM", "rm", "", "i")
t("Debrief (interpreter, Amharic): She says she was a housemaid in Saudi, and came with the family to London for the summer. She says the madam hid her passport in her suitcase and locked the apartment when they went out. She says she sleeps on the floor of the children's room and works all day. She escaped when the door was left open.",
  "ROD ROM AC EO", "dt rm lh", "D", "h")
t("Stats-only return: 15 agency temps at the Milton Keynes DC supplied via a licensed provider; 2 raised pay query re holiday accrual; both resolved. No welfare issues.")
t("INT 2/B/P: POI 'Mama Joy' (Nigerian, 50s) controls women in flats in Wolverhampton; INT indicates each woman must repay €35,000, debt 'increased' for 'fines'. Women are told that breaking the oath will make them go mad.",
  "DB IT", "", "S", "h")
t("Local authority: family from Slovakia, 3 adults work at a food factory through an agency, live in a 2-bed. They rent privately, have their own bank cards. Children in school. Overcrowding advice given.")
t("The boss makes us buy our own knives and the white coats at the chicken factory, £45 it is taken from first pay. Otherwise it's OK, I have my own money.",
  "", "ppe", "", "l")
t("Anon report: there's a group of Eritrean boys staying in a flat above the vape shop, they go out on bikes with delivery bags at 11am and come back at 3am. one of them looks about 14. An older man stands at the door.",
  "AV", "lh cedl", "L", "h")
t("Night shift cleaners at a retail park supplied by a subcontractor: supervisor, Ms LI, drives them in and waits; she collects their phones at the start of the shift 'to stop them chatting' and returns them at the end. Workers get paid properly.",
  "ISO", "et iso", "L")
t("Probation officer: client (British, 20) says his 'mates' make him cash cheques into his account and withdraw it for them, he gets £50. He's scared to stop because one of them broke his friend's arm.",
  "IT", "", "C")
t("GP referral: 17yo girl, brought by 'aunt' for contraceptive implant. Girl silent, aunt speaks for her. Girl not in school and cares for aunt's 4 children full time.",
  "AV", "sfw", "D", "h")
t("The owner of the takeaway is my uncle. I work there after college 3 evenings. He pays me. I like it.")
t("INT 2/B/P: Albanian OCG operating cannabis grows across Kent using young Albanian men who travel on promise of construction work. Men are told they owe £17,000 for the crossing. Grows padlocked; men fed once a week. One man escaped through a window and broke his leg.",
  "DEC DB ROM AC", "rm", "C", "h")
t("INT 2/C/P: new Telegram group offering 'Amazon warehouse jobs' for Ukrainians. Fee £500 in advance. Those who paid were not given jobs. Fraud rather than exploitation.",
  "", "uf", "", "l")
t("Victim account (first person): He put my name on the account but I never see the bank. He has the card, the phone with the app, everything. I work in the big parcel place and he tells me 'your money is safe with me'. I asked for 100 pound to send my son and he said no.",
  "WW", "ncw", "L")
t("Cuckooing report: vulnerable woman (British, 48, heroin-dependent) has 'guests' from London dealing from her flat. She is paid in drugs, they took her keys, and she says she has to ask them to go out.",
  "AV ROM WW", "rm", "C", "h")
t("Police log: 22:10. Woman (Polish, 40) in distress outside a factory saying her husband hit her because dinner was late. Both work at the factory. Husband arrested. No labour exploitation — both have own wages, documents, freedom.",
  "", "", "", "l")
t("Agency worker (Indian, MSc student) complains his warehouse agency did not pay the night allowance. He can leave, has his own account. Referred to Citizens Advice.")
t("Charity caseworker: A Sudanese man (31) granted refugee status was met at the hotel by a man who offered a room and a delivery 'business'. He now delivers 12 hours a day. The man keeps the bike, the phone and the account. He gets £20 a day 'wages'. He was slapped when he asked to take a day off for his Jobcentre appointment.",
  "WW EO PSV AV", "lh", "L", "h")
t("INT 1/A/P: 4 Vietnamese males, 2 believed under 18, found at a nail bar in Hull. Living above the shop. Owner had their passports. Intel suggests they were moved from a cannabis grow in Stoke.",
  "AV ROD", "swp dt", "L C", "h")
t("My sister works in a hotel laundry in Blackpool. The owner yells at staff, but she is paid, lives at home and has her own passport. She wants to know about her rights on breaks.")
t("Interpreter's note of interview: he says the 'team leader' at the packhouse, a man from his own village, told him that he must obey or his wife at home will 'have an accident'. He says he works every day, there is no day off, and he doesn't know which town he is in.",
  "IT EO ISO", "lh iso", "L", "h")
t("Crimestoppers: 'The Albanian car wash on the ring road, the workers live in a container out back, they're there from 7 till 9 seven days. Big man with a dog watches them.'",
  "EO AC", "swp lh", "L")
t("Referral from school: 15yo boy has been running drugs for older males, found with drugs plugged, says he 'owes' them after he was robbed. He has been stabbed in the leg. Currently at home with mother.",
  "AV DB PSV", "pa", "C", "h")
t("Organ removal — NRM case: Pakistani man (33) recruited in Lahore for a 'UK job' was taken to a clinic where a kidney was removed; he was told it was a medical check. Now in UK working at a chicken factory for the same agent, who keeps his passport.",
  "DEC ROD AV", "dt", "O L", "h")
t("Officer note: visit to Airbnb following complaint about men coming and going. Found 2 adult women, both British, self-employed escorts, working together for safety, no third party. No exploitation.")
t("Victim's words (Romanian woman, 27): 'Cosmin told me I will work as a cleaner in a hotel in London. When I came he said the hotel job finished and I must go with men to pay the room. He took my ID. He said if I go to police they will put me in prison because I have no papers.'",
  "DEC ROD IT", "dt foa", "S", "h")
t("Parcel depot, Coventry: HR notice that several agency workers have the same emergency contact number. Checked — it is the agency's office number. Standard practice for that agency. No concerns.")
t("INT 2/B/P: Sorin VLAD (DOB 07/07/1985) known to recruit workers for warehouse agencies. INT suggests he confiscates phones of new arrivals for the first month and keeps them in a house in Kettering where they are not allowed visitors.",
  "ISO", "iso", "L")
t("Private household, Kensington: driver employed by a Gulf family complained that his employer didn't pay him for the last 3 months and he works 16-hour days waiting for the family. He has his passport and lives in his own flat.",
  "EO WW", "lh", "L")
t("Council safeguarding: young Indian woman on a spousal visa says in-laws make her do all the housework for 9 people, don't let her leave the house without her mother-in-law, took her jewellery and passport. Husband hits her.",
  "ROM ROD PSV AC", "rm dt", "D", "h")
t("Food delivery rider (British, 35) complains the app deactivated him without reason. Self-employed, own account. No exploitation.")
t("I clean offices for a company since one year. The supervisor keeps saying we will get paid for the extra hours 'next month'. It never comes. Every month the same. 30-40 extra hours not paid. If we say something she says there are 10 people waiting for our job.",
  "WW IT", "", "L")
t("Police log: Transit van fire outside HMO. 9 mattresses found inside the house's front room. Residents (agency workers) say landlord 'also runs the agency'. Fire service referral.",
  "", "oa", "")
t("IP (Chinese, 40) told Salvation Army she was brought to the UK by 'snakeheads' for restaurant work but now works in a flat in Manchester seeing men. She was raped by the first client and the boss laughed. She owes £45,000.",
  "DEC PSV DB", "", "S", "h")
t("INT 3/C/P: worker at fish processing plant in Grimsby says he paid £1,200 in Latvia for the job. Otherwise employment appears normal — direct hire, paid to own account.",
  "", "uf", "", "l")
t("she cries all the time at the warehouse, says the man she lives with beats her if she doesn't bring the full wage, she's been there 2 years, she's from Bulgaria",
  "PSV WW", "ncw", "L", "h")
t("Care agency compliance visit: overseas carers on sponsored visas, each with their own passport, contracts in English and Malayalam, no repayment clauses. Good practice.")
t("Border Force note, Dover: 3 Bulgarian men on coach each with a job offer from 'BG Logistics Staffing' for warehouse work. All had identical scripts. Man in seat behind held their return tickets and did the talking. Intelligence report submitted.",
  "", "sfw", "")
t("Victim debrief: I am from Sudan, 19. The man at the camp in France said England is easy, he has an account for me for delivery. In London there were 7 boys in one room. We work until the app closes. He says the police will send us to Rwanda if we leave. He took the money every day.",
  "AV DEC AC EO IT WW", "oa lh foa", "L", "h")
t("INT 2/B/P: Hand car wash in Reading — workers seen being marched back to a house 200m away by a male each evening at 2100. No worker observed walking alone.",
  "ROM", "et rm", "L")
t("The agency gives me 45 hours every week and I am paid for 45 hours into my own bank. I asked the manager for more, he gave more. Good company. Why is the police asking?")
t("Hospital safeguarding: Vietnamese male (age disputed, says 16) admitted with electric burns from a cannabis grow fire. Man who brought him fled. Patient says he was 'not allowed to go outside' and does not know the city.",
  "AV ROM ISO", "pa rm iso", "C", "i")
t("Warehouse: agency worker says the man who 'helped him find the job' keeps his BRP 'because he lost the last one'. Worker is paid into own account and can leave. Wants his BRP back.",
  "ROD", "dt", "L")
t("Local paper: Three men were convicted of keeping a vulnerable man in a shed for 13 years and making him lay driveways. The victim, who had learning difficulties, was fed scraps, never paid, and threatened with beating if he tried to leave.",
  "AV AC WW IT", "plc", "L", "h")
t("A refugee (Syrian, 45) asked the charity for help with his CV. He currently does agency cleaning, 16 hours a week, minimum wage. No concerns.")
t("INT 2/B/P: man known as 'Bobi' drives Bulgarian women to a flat in Southampton and then to a fruit farm in Hampshire. Women say Bobi keeps their phones at night and doesn't let them speak to the farm staff.",
  "ISO", "et iso", "L")
t("Statement: I am British. I was homeless in Manchester and a man offered me work on a building site with a room. He took me to Wales, I didn't know where I was. I laid tarmac 12 hours a day, he gave me tobacco and some cans, no money. When I asked to go he said 'you owe me for the room'.",
  "AV ISO EO WW DB", "iso lh", "L", "h")
t("Nail technician (Vietnamese, 28) working in a salon, has settled status, own flat, paid commission. Came to police because her ex-boyfriend is harassing her. No exploitation.")
t("Financial crime team: 18 new accounts at one branch opened with a letter from 'FirstChoice Recruitment' as proof of address. Same man present at every appointment, holding the workers' passports and answering questions.",
  "ROD", "dt sfw mbc", "L")
t("IP (Eritrean, 16) in foster care disclosed that before he was found he slept in a Sheffield warehouse where he unloaded lorries at night for a man who gave him food and 'a place'. Never paid. The man said he would report him to the Home Office.",
  "AV WW IT", "swp foa", "L", "h")
t("Emergency call: 'I am at the back of the restaurant, they lock the kitchen, the boss took my passport, he hit me today, please come' — Nepali male, address given. Unit dispatched, blue lights.",
  "ROM ROD PSV", "rm dt", "L", "i")
t("Police log: Pakistani student on zero-hours agency contract arrested for working over his visa hours. Employer and agency compliant otherwise. No exploitation.")
t("Mum works for a cleaning agency in the city and they let her choose her hours, she earns the same as everyone else, she is happy there.")
t("INT 2/C/P: Kidney broker in Leicester suspected of arranging for Indian nationals in the UK to travel to Sri Lanka to sell kidneys; donors paid a fraction of what was promised. Source is a relative of a donor.",
  "DEC WW", "", "O")
t("Volunteer at food bank: Two Slovak men came for food parcels, say they work every day at a parcel depot through an agency but a man called Milan gets the money, pays their rent and gives them nothing left. They have not eaten properly in a week.",
  "WW", "ncw pa", "L")
t("Social worker: girl (15) in care found at a hotel with an adult male. Police attended; male arrested for CSE offences. Girl said she was given cannabis and told to have sex with his friend.",
  "AV PSV", "", "S", "h")
t("GLAA intel: unlicensed gangmaster supplying 40+ workers to a mushroom farm. Workers charged £120/month for hairnets and boots and £12/day transport. Accommodation in portakabins, 10 per unit, no heating.",
  "AC", "ppe ct oa plc", "L")
t("My brother (22, Syria) rides for a man who owns the e-bikes. He pays £70 a week rent for the bike and keeps the rest. He says the man is fine. Is this legal?")
t("Probation report: POI has historic conviction for s1 MSA; currently working as a van driver for a parcel company. No intelligence of reoffending.")
t("Witness (warehouse security): I see the same car every day, the man inside takes the phones of three women from the agency before they go in and gives them back when they come out. They look frightened. One of them asked me for a cigarette and whispered 'he keeps my money'.",
  "ISO WW", "iso et ncw", "L")
t("INT 2/B/P: Takeaway in Stoke — two Bangladeshi men on expired visas sleeping in the kitchen. Owner pays them £100/wk for 84 hours and tells them he will call immigration if they complain.",
  "EO WW AV IT", "swp lh foa", "L", "h")
t("Family living together: grandmother, parents and 6 children in a 3-bed council house in Bradford. Father works nights at a warehouse. Overcrowding application. No exploitation.")
t("The recruiter promised my daughter a job in a care home in Scotland. She paid him £5,000 for the 'visa'. When she arrived, there was no job. She is now staying with friends and working in a shop legally. We want the money back.",
  "DEC", "uf", "", "m")
t("INT 2/B/P: Polish males working at a recycling centre in Walsall living in the yard in a lorry trailer. Employer 'Zenon' says they chose it to save money; workers say they were told there was a house. Pay £30 a day, 7 days.",
  "DEC AC WW EO", "swp lh plc", "L", "h")
# ---------------- part 4 ----------------
t("Outreach van, 2am: rough sleeper (Romanian, 45) says he came for warehouse work last spring; the agency man kept his ID card and the debit card and dumped him when he hurt his back. He has a carrier bag with a shirt and a toothbrush, nothing else.",
  "ROD WW", "dt ncw fpe", "L")
t("Supermarket ATM, Thetford, 06:10: staff report a man withdrawing with a stack of about ten cards while four men wait in a minibus. Same every Friday.",
  "", "mbc cedl", "")
t("Agency payslip reviewed by Citizens Advice: £45 deducted for hi-vis and safety boots, £10 'admin'. Worker otherwise paid into his own account and lives independently. Referred to Employment Agency Standards.",
  "", "ppe", "", "l")
t("INT 2/B/P: Slovak Roma family group supplying 'cleaners' to a contract cleaning firm in Derby. Cleaners (including a 16yo) brought by car, escorted at all times, pay collected by family head 'Dezider' who keeps cards for 9 accounts.",
  "AV WW ROM", "et mbc ncw rm", "L", "h")
t("Young man (Iraqi Kurd, 18) at the barbershop says he works 7 days for 'experience' and the owner gives him food and a mattress in the back. He said 'the boss says the shop is my school' but he has not been paid in 5 months.",
  "WW EO", "swp lh", "L")
t("Police log: Uber Eats rider knocked off e-bike by car, minor injuries. Rider's own account, own insurance. RTC only.")
t("Nurse in maternity: patient (Romanian, 20, 30 weeks pregnant) says the man she lives with makes her work on the salad line till 10pm and takes her wages; she has had no antenatal care because he won't let her go to appointments alone.",
  "WW EO ROM AV", "ncw lh rm", "L", "h")
# ---------------- build ----------------
def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
        ind = [IND[x] for x in ind]; sig = [SIG[x] for x in sig]; typ = [TYP[x] for x in typ]
        for a, b in PAIRS:
            if IND[a] in ind and SIG[b] not in sig: sig.append(SIG[b])
            if SIG[b] in sig and IND[a] not in ind: ind.append(IND[a])
        if risk:
            r = RISK[risk]
        elif not ind and not typ:
            r = "low"
        elif ("physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 or
              ("intimidation_threats" in ind and "restriction_of_movement" in ind)):
            r = "high"
        else:
            r = "medium"
        out.append({"id": "f150-%03d" % n, "text": text, "indicators": ind, "signs": sig,
                    "exploitation": typ, "risk": r})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh150.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "written to", path)

if __name__ == "__main__":
    build()
