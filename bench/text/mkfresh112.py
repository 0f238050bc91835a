#!/usr/bin/env python3
"""Hand-written texts for fresh112 (wages vs low pay emphasis). Each entry: text, indicators, signs, types, optional risk override."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
E = []
def e(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))
# ---- part 1
e("INT suggests males working at SPARKLE HAND CAR WASH, Bolton Rd, are not paid directly. Takings collected nightly by nom BEQIRI Arben (DOB 03/02/1986) who 'sorts the boys out at the end of the month'. Workers seen asking customers for tips for food. 2/B/P",
  "WW", "ncw", "L")
e("Caller works at the same car wash on Bolton Rd, says he gets £60 a day cash, knows it is under minimum wage, wants to know who to complain to. Says he goes home each night and is looking for another job.",
  "", "", "", "l")
e("She says that her wages went into an account that was opened for her by the lady who brought her. She never had the card. Every Friday the lady gave her twenty pounds and said the rest was 'for the house'.",
  "WW", "ncw", "L")
e("She says that her wages are paid into her own account at Santander, that she has the card and the PIN, and that sometimes the payment is two or three days late. She is unhappy about this but has been paid every month.",
  "", "", "", "l")
e("my mate at the farm says they get paid but the gangmaster takes rent transport and 'admin' out first and some weeks they end up with like £15 for 60 hrs. they cant leave cos they owe him for the flights",
  "WW DB EO", "lh ct", "L")
e("Worker at packhouse (Lincs) raised a grievance about holiday pay being calculated wrong. Agency has agreed to review. Worker lives independently, has own bank account, no other concerns noted.",
  "", "", "", "l")
e("Nail bar, High St. Two Vietnamese girls approx 16-17 seen working late. Owner told PCSO they are 'family helping out' and are not paid because 'family doesn't pay family'. Girls looked at owner before answering every question.",
  "AV WW", "sfw", "L", "h")
e("Nail tech, 24, Vietnamese national with settled status, says pay is £7 an hour cash which she knows is low. She rents her own room, keeps her money and is saving for a course. Advised re NMW and ACAS.",
  "", "", "", "l")
e("POI IONESCU Marius believed to hold bank cards for approx 12 Romanian construction workers. Seen at Barclays ATM Oxford Rd 23:40 withdrawing with multiple cards in succession. Workers reportedly receive 'pocket money' of £30/wk. 2/C/P",
  "WW", "mbc ncw", "L")
e("Bank alert: account ending 4471 receives weekly payroll from BuildRight Staffing Ltd; within an hour each week funds are moved to a third-party account in the name of another individual. Card used from a device registered to that third party. Account holder has made no card purchases in six months.",
  "WW", "ncw", "L")
e("Bank alert reviewed and closed: customer moves most of her salary each payday to a joint account with her husband to pay household bills. Customer spoke to branch staff alone, uses her own card daily, and explained the arrangement. No concerns.",
  "", "", "", "l")
e("I worked on the farm picking leeks. They told us £9 an hour. After the first month the boss said we will get paid at the end of the season all together, it is safer. The season finished. He said the money is coming, the money is coming. I went back to Poland with nothing.",
  "DE WW", "", "L")
e("Worker at a salad farm told us he was paid late in August because the payroll company changed. The money arrived two weeks later with an apology letter. He is happy with the job and plans to come back next year.",
  "", "", "", "l")
e("Salvation Army caseworker note: Client (M, Eritrean, 31) worked 7 days a week at a takeaway in exchange for a mattress in the storeroom and meals. Was never given wages; owner said he was 'paying off' the smuggling fee owed to his cousin. Client did not know the town name.",
  "WW DB EO AC IS", "sw lh iso plc", "L")
e("Takeaway worker (M, 29) visited the advice centre about not being paid for overtime on Saturdays. He is paid his basic weekly wage by bank transfer to his own account and is free to leave. Referred to ACAS for early conciliation.",
  "", "", "", "l")
e("999 - female caller whispering, says she is in a flat above a shop, the man has her passport and her money from the 'massages', door is locked and she can't get out, he will be back in an hour.",
  "RM RD WW", "rm dt", "S", "i")
e("Anon online report: there's a lad at the chip shop who never gets paid, the owner keeps saying he'll pay him when trade picks up, it's been a year. lad sleeps out the back. speaks no english",
  "WW AC AV", "sw plc", "L")
e("lads at the chippy always moaning about the pay, its crap money tbh, but they all go down the pub after on a friday so they're not short. just think the owner is tight",
  "", "", "", "l")
e("GLAA inspection, agency labour provider, Boston. Payslips checked for 40 workers: all paid to personal accounts, deductions limited to tax/NI and an optional accommodation charge within the offset. Holiday pay underpaid for 3 workers due to a software error; repaid during inspection. Licence retained.",
  "", "", "", "l")
e("GLAA inspection, unlicensed gangmaster, Wisbech. Workers' wages paid into five accounts held by the gangmaster's partner. Workers shown payslips of £450/wk but say they receive £50 in cash. Charged £15/day for the minibus. Passports held 'for the landlord'.",
  "WW RD", "ncw mbc ct dt", "L")
e("Filipino domestic worker, 38, for a family in Kensington. States she was promised £500 a month. Employer says her salary is sent to her family in Manila; she has seen no proof and her family say they get about £40. She works from 6am to midnight and has no day off.",
  "DE WW EO", "lh ncw", "D")
e("Domestic worker (F, 44) employed by a family in Hampstead. Paid £1,900 per month into her own account, has her own room, two days off, keeps her passport. She asked us about a dispute over whether she is owed extra for travelling with the family to Dubai.",
  "", "", "", "l")
e("County lines: 15yo M found in a flat in Luton with 40 wraps. Says he was told he would get £500 at the end of the week; he has never been paid because 'the bag was short' and now owes the olders £1,200.",
  "AV WW DB", "", "C", "h")
e("INT: Young males selling in town centre for the line 'TONY' are given 'a bit for food' and promised a payday that never materialises. Debts invented for 'lost' packages. 3/C/P",
  "WW DB", "", "C")
e("Cannabis grow found at 14 Mill Lane. Vietnamese male (claims 17) had been living in the loft. Told police he was to be paid after the harvest, but the harvest was 'bad' so he got nothing, and still owes for the journey. Doors padlocked from outside.",
  "AV WW DB RM AC", "rm sw plc", "C", "h")
e("Begging group, city centre. Three Romanian women seen handing coins to a male in a black Audi every two hours. One says through interpreter that 'he keeps it for the family' and she gets food. Collected 6am, dropped 9pm.",
  "WW", "ncw cedl", "C")
e("Woman begging at the station for years, known to outreach. She is homeless, keeps what she gets and spends it herself, no one supervises her. Outreach offered hostel place.",
  "", "", "", "l")
e("Hotel housekeeper (F, Romanian, 27) paid per room through a subcontractor. She says she often ends up at about £6 an hour once the unpaid time is counted. Her money goes into her account and she keeps it. Wants advice on a claim.",
  "", "", "", "l")
e("Hotel housekeeper (F, Romanian, 23) says a man called Dorin collects her wage card from her each payday, takes it to the cashpoint and hands her £40. She lives in his house with 9 others and says she owes him for the flat deposit and the 'job'.",
  "WW DB AC", "ncw oa uf", "L")
e("Care worker (M, Zimbabwean, visa sponsored by care agency) says agency deducts £300 a month for 'sponsorship costs' and he is told he must repay £8,000 if he leaves within 3 years. He is paid around £400 a month after deductions for 60-hour weeks.",
  "WW DB EO", "lh uf", "L")
e("Care worker (F, Indian, sponsored) complains her shifts were cut and she earns less than expected. She is paid on time into her own account and has her own documents. No deductions other than tax. Complaint forwarded to sponsor compliance.",
  "", "", "", "l")
e("Fishing boat, Newlyn. Ghanaian deckhand says contract says $600/month but the skipper holds the wages 'until the end of the contract' and sends some to his family. He has not had any money in hand for 7 months and cannot leave the boat at port.",
  "WW RM", "rm ncw", "L")
e("Fisherman (Filipino, 35) on transit visa states he is paid monthly to his own account in the Philippines, can go ashore when in port, and has a dispute with the owner about a missed bonus.",
  "", "", "", "l")
e("Construction worker, Slovak, 52. He says he gets paid £200 a week cash 'on a good week' and the rest is 'kept for the debt' for the van and tools. He doesn't know how much the debt is. He sleeps in the site container.",
  "WW DB AC", "sw plc", "L")
e("Site labourer (Slovak, 41) says the agency paid his last week two weeks late after a timesheet problem. He received it in full. He lives with his wife in a rented flat.",
  "", "", "", "l")
e("Girls in pop-up flat at Travelodge, advertised on AW. One (F, Nigerian, 22) says all the money clients give goes to 'Madam' who tells her she owes €35,000 and that juju will kill her family if she runs.",
  "WW DB IT", "", "S")
e("Independent escort (F, 30) reported a client for not paying. She works for herself, keeps her earnings, books her own clients. No third party involvement.",
  "", "", "", "l")
e("Interpreter's note: He says the man who brought him to the car wash kept his first three months of pay 'to cover the visa'. After that he was paid £40 a week. He says the man 'knows my mother's village'.",
  "WW DB IT", "", "L")
e("Warehouse picker via agency, says he was underpaid 3 hours last week and the agency fixed it in the next pay. Keeps his own bank card, no concerns.",
  "", "", "", "l")
e("Warehouse picker via agency (Polish, 19). Agency rep 'Bartek' set up his bank account, kept the card and PIN 'to pay the rent'. He gets £50 on Sundays. Six lads in a 2-bed house, mattresses on floor.",
  "WW AC", "ncw oa plc", "L")
e("School referral: Y9 pupil (F, 14) says she works in her uncle's restaurant every evening until 1am and all weekend. Her uncle says her wages go toward her keep. She falls asleep in lessons.",
  "AV WW EO", "lh", "L", "h")
e("School note: Y11 pupil has a Saturday job at a café, paid £6.40 an hour which is the youth rate. Parents aware. No concerns.",
  "", "", "", "l")
e("Recycling plant, Leeds. Workers (British, with histories of homelessness and addiction) recruited from a soup kitchen. Housed by the 'boss' in a caravan with no heating. Benefits claimed in their names; wages paid to the boss who gives them tobacco and £10.",
  "AV WW AC", "ncw plc", "L")
e("Man (52, British) told housing officer his brother collects his PIP each month and gives him a share. He lives with his brother and says this is how the family manages things. No work involved.",
  "", "ncw", "", "l")
e("Pensioner's daughter has her bank card and draws her pension; social worker is looking at financial abuse. No labour or exploitation of work.",
  "", "ncw", "", "l")
e("Caseworker note: Client (F, Albanian, 26). For 2 years cleaned at the house of the man who 'married' her. Never paid anything, never allowed out alone, passport in his drawer. Beaten when she asked for money to phone her mother.",
  "WW RM RD PV IS", "rm dt iso", "D", "h")
e("Client (F, Albanian, 30) married, works part-time in a shop, her husband manages the household money which she says she agrees with. She has her own account. Domestic abuse history being addressed by IDVA; no exploitation identified.",
  "", "", "", "l")
e("'We got paid, but the boss said you must give back £100 each week cash for the room and the bus and the boots. When we got the money from the bank he stood at the machine with us.' - debrief, male, Lithuanian, meat plant.",
  "WW", "ppe ct ncw", "L")
e("Meat plant worker (Lithuanian, 33) pays £80/wk rent to a private landlord he found himself. He is annoyed the plant charges for replacement boots when he loses them. Paid directly, no one else involved.",
  "", "", "", "l")
e("ok so my neighbour has like 8 men living next door and they go out in a van at 5am and come back at 10pm every day and one of them told me they dont get money the man who drives gets it. worried",
  "WW EO", "oa cedl lh et ncw", "L")
e("Neighbour reports noise from a house with several students. All attend the university, no van pick-ups, landlord licensed. Noise complaint passed to environmental health.",
  "", "", "", "l")
e("OIC handover: IP (M, Vietnamese, 19) from the nail bar raid. States he was 'paid' in food and a place to sleep; the owner says she sent his salary to his parents in Nghe An. Parents unreachable. Phone taken on arrival. NRM referral submitted.",
  "WW IS AC", "iso sw", "L")
e("Nail bar owner fined for paying two staff below minimum wage. HMRC found they were paid £6/hr into their own accounts. Staff interviewed separately, both said they could leave and did not owe anything. No MS offences.",
  "", "", "", "l")
e("She says the 'manager' in the flat took every £60 from each client and wrote it in a book. She was told her share would be given when her debt for the flights was paid. After ten months she had never been given any money.",
  "WW DB", "", "S")
e("The bakery pays me weekly in cash and sometimes it is late by a day or two. It is not much but it is mine. I have my own room. I would like more hours.",
  "", "", "", "l")
e("Police INT log: Info that Chinese females at massage parlour 'Lotus', Cowley Rd, hand all takings to owner nom WANG and receive no wage. Two females believed to sleep on the massage tables. 2/B/P",
  "WW AC", "sw ncw", "S")
e("Licensing visit to Lotus massage, Cowley Rd: therapists are self-employed, invoice the business, hold own accounts; rooms are not used for sleeping. No sexual services found.",
  "", "", "", "l")
e("Asylum seeker (M, Sudanese, 24) working cash-in-hand at a car wash while his claim is pending. Says pay is £40 a day, which he keeps, and he can stop at any time. Advised about the risks of working without permission.",
  "", "", "", "l")
e("Asylum seeker (M, Sudanese, 20) says the man at the car wash told him he would report him to the Home Office if he asked for pay. He has worked 3 months for food only.",
  "AV IT WW", "foa", "L")
e("A&E note: M, 34, Romanian, laceration to hand from an angle grinder at a building site. Attended with his supervisor who answered all questions. Patient said he had not been paid 'for a long time, boss keeps it'. Left before stitches with the supervisor.",
  "WW", "sfw ncw", "L")
e("A&E note: M, 40, crush injury to foot at a warehouse, brought in by a colleague. Employer notified RIDDOR. Patient says he is well treated and paid. No safeguarding concerns.",
  "", "", "", "l")
e("Midwife note: Pt (F, 19, Nigerian) booked at 28 weeks. Works in a 'house' doing cleaning and childcare for a family who 'pay her mother in Lagos'. She has never held money in the UK. Partner of the house attends all appointments.",
  "AV WW", "sfw ncw", "D")
e("Au pair (F, Spanish, 20) says host family pays €80/week pocket money as agreed under the au pair arrangement, and she has free time and language classes. She wanted to know if it's legal. No concerns.",
  "", "", "", "l")
e("Au pair (F, Ukrainian, 22) says she was told au pair pocket money would be £100 a week. She works 14 hours a day looking after 3 children and cleaning, and the family have 'kept her pay safe' for 5 months. She has been given £10 for sanitary products.",
  "DE WW EO", "lh", "D")
e("Factory textile, Leicester: workers say pay is £4 an hour, paid in cash, and they keep it. Some have been there 10 years. Owner prosecuted by HMRC for NMW. Workers free to come and go.",
  "", "", "", "l")
e("Textile unit Leicester: INT workers paid in part via fictitious payslips at NMW; full amount paid into accounts, then workers made to hand back cash to the manager, leaving approx £2/hr. Workers threatened with dismissal and deportation. 2/B/C - do not disclose to employer.",
  "WW IT", "foa", "L")
e("Organ: Man (Pakistani, 29) told NGO that a relative arranged his travel to the UK for 'work' and on arrival he was taken for medical tests and told he would sell a kidney to clear the family debt. He was promised £5,000 which he never received.",
  "DE DB WW", "", "O", "h")
e("Kidney transplant patient (F, 56) attending renal clinic post-op. Living donor is her son. Standard HTA approval process completed. No concerns.",
  "", "", "", "l")
e("debt for the visa £9000 they say and each month they take my pay for it and it never gets smaller because of the 'interest', I have nothing to send home",
  "DB WW", "ncw", "L")
e("I took a loan from my cousin for the flight, £800. I pay him back £100 a month from my wages. It's nearly done.",
  "", "", "", "l")
e("Probation note: service user (M, 45, British, history of alcohol dependence) says he did roofing work for a traveller family for 6 years, 'they looked after me', paid in cider and food, lived in a shed at the yard. Now refuses to make a statement.",
  "AV WW AC", "plc", "L")
e("Probation note: service user (M, 39) now employed with a roofing firm on the apprenticeship scheme, paid weekly, attending appointments. Progress good.",
  "", "", "", "l")
e("Sham marriage INT: Slovak female (20) brought to UK to marry Pakistani male for visa. Now cleaning for his extended family, no money given, phone taken. 3/C/P",
  "WW IS", "iso", "D")
e("Restaurant worker says that after he handed in his notice the owner paid his final fortnight three weeks late 'out of spite'. It did arrive in full in his own account and he has started a new job.",
  "", "", "", "l")
e("Kitchen porter (M, Bangladeshi, 27) says owner kept his entire wages for 'the visa sponsorship', told him he must work 2 years for free, and that if he leaves the Home Office will 'send you back in a box'.",
  "WW DB IT", "foa", "L")
e("POI NGUYEN Van Thanh: runs 3 nail salons; workers' wages paid into accounts he controls, he holds their bank cards (7 cards recovered at search). 1/A/P",
  "WW", "mbc ncw", "L")
e("Man caught with 7 bank cards in car; cards belong to family members, all confirmed by owners. Not connected to any labour.",
  "", "", "", "l")
e("Victim (M, Indian, 33) says he was recruited for a 'chef job' in London paying £2,000 a month. On arrival he was put to work in a restaurant basement 14 hours a day and given £100 a month 'because the rest is for your accommodation'.",
  "DE WW EO", "lh", "L")
e("Chef (M, Indian, 36) says he earns £1,700 a month which is less than the £2,200 advertised because his hours were reduced. Paid into own account. Considering a claim.",
  "", "", "", "l")
e("Online report: THIS IS DISGUSTING!!! the car wash on the A6 pays them NOTHING the boss takes all the money off them every night i seen it with my own eyes one lad has no shoes",
  "WW", "pa ncw", "L")
e("Online report: the car wash lads are paid peanuts I reckon, prob £50 a day. Dunno, just thought someone should check. They seem happy enough, joke around with customers.",
  "", "", "", "l")
e("Modern slavery helpline: caller says her sister (F, 16, Slovak) is being made to sell sex by her boyfriend who keeps the money and says she owes him for her phone and clothes. She is currently at an address in Derby with him.",
  "AV WW DB", "", "S", "i")
e("Woman (F, 28) phoned to say her ex-partner controlled her wages while they were together. She is now safe, works and keeps her own money. Domestic abuse referral; no exploitation.",
  "", "", "", "l")
e("Agency worker at distribution centre, Polish, 45: 'I work nights 12 hours, 6 nights, for 2 years now. The money is OK. I choose the overtime because I build a house in Poland.'",
  "", "", "", "l")
e("Agency workers at distribution centre, Romanian, housed by agency director in HMO. Director collects their cards on payday; each gets £70. 'If you ask where the money is, you are out on the street tonight.'",
  "WW IT", "ncw", "L")
e("DOB 11/05/2008 (15yo) missing from care. INT she is staying with male in 20s, being taken to parties, 'paid' with vapes and takeaway while men pay the male. 2/B/P",
  "AV WW", "", "S", "immediate")
e("Shoplifting: two teenage Romanian girls arrested in Boots. Say man in car outside takes the goods and gives them £5 each. He picks them up from a house every morning.",
  "AV WW", "et cedl", "C", "h")
e("Shoplifter (F, 34, British) arrested for stealing meat. She says she sells it to fund her drug habit and no one else is involved.",
  "", "", "", "l")
e("Benefit fraud: 18 Universal Credit claims made at one address in Bradford; claimants are Slovak males working in a warehouse; an associate controls all the accounts and gives them £20 a week.",
  "WW", "ncw mbc", "C")
e("Mushroom farm worker (F, 50, Bulgarian) says she was told she would get £10 an hour; her first payslip shows £8.91 and she wants to check it. She lives with her husband in their own flat.",
  "", "", "", "l")
e("Mushroom farm: workers (Bulgarian) charged £25/week 'recruitment fee', paid a piece rate that gives about £3/hr, and the gang leader keeps their bank cards 'in case they lose them'. One female reports being slapped for taking a break.",
  "WW PV", "uf ncw", "L")
e("IP states 'I receive my salary but then I have to give it to Agim for the food, the bed, the phone. He writes everything in his book and I always owe more at the end of the month.'",
  "WW DB", "ncw", "L")
e("Cleaner (F, 60, Portuguese) says her employer, an office cleaning company, is always a week behind with wages but always pays. She is looking for a better company.",
  "", "", "", "l")
e("Cleaner (F, Eritrean, 25) works in offices at night for a 'friend of the family'. She says he collects the wages, she gets 'pocket money' of £25, and he says he is saving it for her wedding. She cannot say where she lives.",
  "WW IS", "ncw iso", "L")
e("HMRC NMW investigation into a chain of hand car washes found workers paid £40-£50 per 10-hour day. Workers had own bank accounts and lived in their own rented accommodation. Arrears ordered; no trafficking indicators.",
  "", "", "", "l")
e("Sudanese male (22) in the back of a lorry at Dover. Says he paid smugglers £3,000 and was told a job at a car wash would be waiting where he would work off the rest of £7,000.",
  "DB", "uf", "L")
e("Border Force: female (Vietnamese, 17) travelling with adult male who has both passports and answers all questions. She says she is going to work in a 'beauty salon' and will be paid after she repays the travel cost.",
  "AV RD DB", "dt sfw", "L", "h")
e("Border Force: student (F, Chinese, 20) arrived for a course, has her own passport, CAS letter and funds. Said her uncle would meet her. Uncle verified. No concerns.",
  "", "", "", "l")
e("Domestic servant in diplomatic household, Ethiopian (F, 33). Contract says £1,800 a month, but she says the employer 'sends some home' and gives her nothing; she works 7am-1am, sleeps on the kitchen floor, and her passport is with the embassy driver.",
  "WW EO AC RD", "lh sw dt", "D")
e("A man (Albanian, 27) told police he works in a cannabis grow and 'gets paid £1,000 when the crop is sold'. He says he has been there 4 months and has received nothing yet. He has a phone and goes to the shop.",
  "WW", "", "C")

# ---- part 2
e("Males at car wash sleep in the shipping container behind the jet wash. 3/C/P",
  "AC", "sw plc", "L")
e("Car wash workers seem fine, chatty, drive themselves home. Paid weekly.",
  "", "", "", "l")
e("Girl in the upstairs flat never goes out without the older man. Different men visit all night.",
  "RM", "rm et", "S")
e("Her boss at the salon keeps her passport in the till drawer 'so it won't get lost'.",
  "RD", "dt", "L")
e("Student reported her passport lost on the bus; crime ref issued for the embassy replacement.",
  "", "", "", "l")
e("INT: POPESCU Ionut (DOB 14/09/1979) recruits women from Constanța with offers of waitressing in London. On arrival they are placed in flats in Ilford and told they must sell sex to repay £5,000 each. One female reports being raped by POPESCU when she refused. 2/B/P",
  "DE DB PV", "", "S")
e("Victim account (translated): 'They told me I will pick strawberries. In the van they took our passports. In the house there were 14 of us, two toilets. The door was locked at night and Vasile slept in front of it. When Mihai asked to go home they beat him in the yard in front of us.'",
  "DE RD AC RM PV", "dt oa rm", "L", "h")
e("Witness statement (extract): I have been working at the farm for three seasons. I find my own accommodation in the town and I drive myself. The supervisor shouts sometimes when we are slow, but no one has ever hit anyone. I am paid every Friday into my account.",
  "", "", "", "l")
e("GP note: Pt (F, 41, Filipina) attended with back pain. Says she works as a live-in carer for an elderly man, 'on call day and night', has not had a day off in 14 months. The son of the employer holds her passport 'for the visa'. Tearful. Asked not to tell the family she attended.",
  "EO RD", "lh dt", "D")
e("GP note: Pt (F, 37) live-in nanny, well presented, attends with own documents, has weekends off and private room. Attending for contraception review. No concerns.",
  "", "", "", "l")
e("Debrief: 'Every time someone talked of leaving, Rafał showed us a video on his phone of a man with his face smashed. He said that man tried to go to the police.'",
  "IT", "foa", "L")
e("Debrief: 'The boss is loud and I don't like him, but he never threatened us. When I said I was leaving he paid me what I was owed and said good luck.'",
  "", "", "", "l")
e("County lines referral (MASH): M, 14, found in a trap house in Swindon 60 miles from home. Has a new phone he says 'belongs to the line'. Had a burn mark on his arm he won't explain. Was told his younger brother would be 'next' if he talked.",
  "AV IT PV", "pa", "C", "immediate")
e("MASH: M, 15, frequently missing overnight, found in Swindon with older males. Mother reports new trainers and cash. Police believe he is being drawn into supply.",
  "AV", "", "C", "h")
e("Cuckooing: vulnerable adult (M, 58, learning disability) at Flat 3, Birch Ct. Dealers have taken over flat, he sleeps in the bathroom, they have his phone and bank card. Neighbour heard them saying they would 'cut him' if he opened the door to police.",
  "AV IS IT AC", "iso ncw", "C", "h")
e("Flat 3 Birch Ct — welfare check completed. Occupant's nephew staying temporarily, occupant happy, no drugs, no third parties, has his phone and money.",
  "", "", "", "l")
e("Organ harvesting INT: Facebook group advertises 'help for families in debt' offering £15,000 for a kidney, travel to clinic arranged. One Bangladeshi male (28) travelled to UK, was kept in a flat for 'tests' and not allowed to leave. 3/C/C - source protection",
  "DE AV RM", "rm", "O", "h")
e("Press summary: A surgeon was convicted of conspiring to arrange the removal of a kidney from a young man brought from Nigeria, who had been told he was coming to work in a shop and was 'prepared' for a transplant for a wealthy patient.",
  "DE", "", "O", "high")
e("Renal unit: living donor evaluation for a brother-sister pair. Independent assessor interviewed donor alone; consent freely given, no payment, HTA approved.",
  "", "", "", "l")
e("She says that she was brought from Eritrea through Libya. In Libya men took her blood and did scans and said her kidney was 'good'. She escaped before anything happened. She still has the scar from the cannula.",
  "AV", "", "O", "high")
e("Fishing: deckhand (Indonesian, 24) says crew not allowed off the vessel when in Peterhead; skipper says immigration will arrest them. Works up to 20 hours in bad weather. Punched by the mate for dropping a net.",
  "RM EO PV IT", "rm lh foa", "L")
e("Fishing vessel inspection: crew rest hours logged and complied with, crew have shore leave, passports with crew. One complaint about food quality. No further action.",
  "", "", "", "l")
e("INT suggests Vietnamese females at nail bar 'Perfect Nails', Stockport, are transported from a house in Levenshulme each day at 7am and collected at 10pm by the same male. Females never seen outside except in the car. 2/C/P",
  "RM", "rm et cedl", "L")
e("Perfect Nails, Stockport: licensing visit, staff all have right to work, rota on wall shows 9am-6pm with a day off each. Staff travel by bus.",
  "", "", "", "l")
e("999: male with foreign accent says he ran from a farm, 'they hurt me, they have my passport, I do not know where I am'. Located on A17 near Sutton Bridge, bleeding from head.",
  "PV RD IS", "dt iso pa", "L", "immediate")
e("999: man lost on A17 after his car broke down, foreign tourist, unhurt, RAC called.",
  "", "", "", "l")
e("Caseworker: client (F, Nigerian, 29) was brought at 17 as a 'house girl' for a pastor's family in Peckham. Slept on the landing, no school, cooked and cleaned from 5am. Told she was illegal and would be jailed if she went out. Only spoke to people at church under supervision.",
  "AV RM IS IT EO AC", "rm iso foa lh plc", "D")
e("Young woman (F, 19, Nigerian) lives with her aunt in Peckham, helps with the children and cooking after college. Has her own room, phone, friends, and is studying nursing. Concern raised by a teacher was unfounded.",
  "", "", "", "l")
e("Interpreter's voice: He says they took his phone on the first day 'so the boss can see who you talk to'. He was allowed to call his wife once a month with the boss listening.",
  "IS", "iso", "L")
e("My phone was stolen on a night out and I couldn't call my family for a week. Reported it. (Theft report only.)",
  "", "", "", "l")
e("Ad on a classifieds site: 'New girls, young, just arrived, 24/7 outcall Birmingham'. Phone number linked to 11 other ads across 5 cities in 2 weeks. Same hotel room images.",
  "", "", "S")
e("Woman (F, 26, Hungarian) says she advertises online and works from her own flat, has control of her bookings and money. She was robbed by a client and wants to report it.",
  "", "", "", "l")
e("Chinese female (c.40) found in a flat above a takeaway during a drugs warrant. No English, no documents, few clothes in a carrier bag. Said 'boss' brings men and food. Window screwed shut.",
  "RM AV AC", "rm fpe plc", "S", "immediate")
e("Man (M, Chinese, 45) found sleeping in restaurant kitchen after a flood in his flat. Owner let him stay two nights. He has his own home and documents. No further action.",
  "", "", "", "l")
e("Statement: 'They said there was no work for me in Sheffield but there was a job in a warehouse in Kent with a house included. When I got there, there was no warehouse. They made me grow plants in a house with the windows covered in foil.'",
  "DE AC", "", "C")
e("INT: Albanian male (22) working at a cannabis grow in Kent. Told to stay in the property at all times; food left at the door. Was told his family in Elbasan would pay if the plants died. 2/B/P",
  "RM IT IS", "rm iso", "C")
e("Construction site, Manchester: 6 Romanian men working on a roof without harnesses. Site manager says they are subcontracted via 'a Romanian guy'. Men won't give names. They have no gloves or helmets; one says they paid £50 each for the hi-vis.",
  "AC", "ppe sfw", "L")
e("HSE visit: roofer working without edge protection; firm fined. Workers are direct employees, trained, paid properly. No other concerns.",
  "", "", "", "l")
e("Eastern European males seen being dropped at the recycling plant in a minibus at 05:30 and collected at 22:00. Driver takes £10 each per day off them.",
  "EO", "cedl ct lh", "L")
e("Recycling plant, shift workers use the company's free minibus at 06:00. Shifts are 8 hours. HR confirms direct employment.",
  "", "", "", "l")
e("Forced marriage: Girl (16, British-Pakistani) told by Y10 tutor that she's being taken to Pakistan in the summer to marry a cousin and will 'not be coming back'. Her passport is kept by her father.",
  "AV RD", "dt", "", "high")
e("Forced marriage unit: woman (24) married to a man in Sylhet; after arrival in the UK, his family made her cook and clean for 11 people, kept her spousal visa papers, and did not allow her to leave the house or contact her parents.",
  "RD RM IS EO", "dt rm iso lh", "D")
e("Bride (22) arrived on spousal visa, lives with husband's family, has own phone, attends ESOL classes, goes shopping with friends. Visa query only.",
  "", "", "", "l")
e("INT: Slovak males (x5) at a house in Sheffield are used to open bank accounts and apply for Universal Credit; controller takes their cards and IDs. Males live in one room, mattresses only. 2/B/P",
  "RD AC", "dt mbc oa ncw", "C")
e("Money mule: student (19) let a friend use his account for £200, admitted when interviewed. Not coerced, no exploitation indicators.",
  "", "", "", "l")
e("Money mule (F, 17) recruited via Snapchat; 'boyfriend' put stolen funds through her account and now says she owes him £2,000 because the bank froze it, and threatens to post pictures of her.",
  "AV DB IT", "", "C")
e("Child (M, 12, Roma) found begging at traffic lights at 23:00 with an adult 'uncle' watching from a car across the road. Child had bruises on his upper arms.",
  "AV PV", "pa", "C", "immediate")
e("Father (Roma, 38) selling Big Issue outside Tesco; his son (10) is at school. Community officer knows the family. No concerns.",
  "", "", "", "l")
e("She says that 'Uncle' told her she would be studying in London and helping his wife with the baby. Instead she worked every day from 6 to 11 and never went to school. He said the police would take her away because she had no papers.",
  "DE EO IT AV", "lh foa", "D")
e("Nanny (F, 30, Brazilian) says her employer is demanding and the hours are long, but she is paid well, has weekends off and plans to leave when her course ends.",
  "", "", "", "l")
e("Debrief: 'The first week I had my money, then Gheorghe said the rent was going up and the van and the gloves. Then he said we owe him the flights too. At the end I had £5 and a bottle of oil.'",
  "DB WW", "ppe ct", "L")
e("Debrief (worker, Latvian): 'Rent is £90 a week, taken from my wages, it says so on the contract and on the payslip. The rest I get in my account. Is OK.'",
  "", "", "", "l")
e("INT: male believed to be under the control of TRAN gang, works at a nail bar in Hull, sleeps at the salon. Was told he owes £25,000 for his journey and pays £1,000 a month. 3/C/P",
  "DB AC", "sw", "L")
e("Hull nail bar: worker (M, Vietnamese, 27) states he rents a room from a friend and pays £400 a month; he owns a car. Staff at the salon are paid per client. No control identified.",
  "", "", "", "l")
e("Victim (F, Romanian, 21) states she met a boy on Facebook who said he loved her and they would work in England. In Luton he said she must go with men for money for 'our house'. When she cried he hit her. He took her ID card.",
  "DE PV RD", "dt", "S")
e("Pop-up brothel, Airbnb in Leeds; 3 women, none speaks English, each with a cheap phone. A male 'driver' brings them food and takes the money. They are moved to a new city every week.",
  "AV WW IS", "ncw iso", "S")
e("Airbnb host complaint: guest held a party, damage to property. Guest identified and charged for the damage.",
  "", "", "", "l")
e("Hotel receptionist calls: young female checked in by older male, he holds her ID, she has no bags, multiple males going to the room every 30 minutes.",
  "RD", "dt fpe", "S")
e("Hotel receptionist calls police about a drunk guest refusing to leave. Guest removed.",
  "", "", "", "l")
e("'I'm not allowed past the gate. The dogs are loose at night. Petrică says if I go to the village they will call the police and I will go to prison.' — worker on a traveller site, Romanian male.",
  "RM IT", "rm foa", "L")
e("Traveller site: men at the site work paving for a family business, go home at night, are paid cash daily. Reported by neighbour; visit finds no concerns.",
  "", "", "", "l")
e("Modern slavery helpline: anonymous caller reports Vietnamese teenager in a nail salon who looks about 14, is never in school, and is collected by a man every night at 9.",
  "AV", "cedl", "L", "h")
e("INT: PRICE Wayne (DOB 22/10/1971) harbours vulnerable men at his farm in Powys, uses them for labour on tarmac jobs. Men appear malnourished and unwashed, sleep in a horsebox. Men told they will be 'put in the ground' if they run. 1/B/P",
  "AV AC IT", "pa plc", "L")
e("Farm worker (M, 62) on a family farm in Powys for 30 years, lives in the farm cottage, paid, has a car and goes to the pub on Fridays. Social worker satisfied.",
  "", "", "", "l")
e("Interview with IP (M, Polish, 48): recruited at a soup kitchen in Poznań, 'good work in England, house and food'. He worked for a man in Kidderminster for 3 years, 'I had no money, he took my card and my ID, he gave me cigarettes and beer'.",
  "DE RD WW AV", "dt ncw", "L")
e("A Polish man (48) complains to CAB that his landlord is asking for 2 months' rent in advance. He works in a factory and has his own account. Housing advice only.",
  "", "", "", "l")
e("Takeaway, Grimsby. Chinese worker (F, 50) sleeps in the storeroom, works 11am-2am seven days, says she has 'no papers' and the boss will call immigration if she complains.",
  "EO AC IT AV", "lh sw foa", "L")
e("Grimsby takeaway: staff work 5pm-11pm, paid into own accounts, live off site. Visit after anonymous tip found no concerns.",
  "", "", "", "l")
e("Social services: adult with learning disability (M, 30) living with 'friends' who take his benefits and make him clean their house and walk their dogs, locking him in his room when they go out.",
  "AV RM", "rm ncw", "D", "high")
e("Adult (M, 30, learning disability) in supported living; staff manage his money with his consent through an appointee arrangement. He attends day centre. No concerns.",
  "", "ncw", "", "l")
e("Care home, Norfolk: overseas care workers housed six to a room above the garage, charged £120 a week each. Told they cannot leave before the end of their 'bond' or owe £10,000.",
  "AC DB", "oa", "L")
e("Care home nurse (F, Kenyan) says the home paid for her visa and relocation; she agreed to stay 2 years, with a clawback on a reducing scale. She has her own flat and her passport. She is happy.",
  "", "", "", "l")
e("INT: Eritrean female (18) being used as a 'wife' by an older man in Birmingham, kept in the flat, made to have sex with his friends. 2/C/P",
  "RM PV", "rm", "S")
e("Debrief: 'I sleep with my shoes on because we move fast. He takes everything from us, the phone, the money, my sister's passport.' (F, Albanian, 19)",
  "IS WW RD", "iso ncw dt", "S")
e("Report from public: 'theres a van picks up loads of men outside the big Tesco at 4am everyday, they look knackered and thin, one of them has a bad limp and the driver shouts at them'",
  "", "cedl pa et", "", "l")
e("Report from public: men waiting outside Tesco at 6am for the factory bus, every day. Not sure if this is normal. (Council confirms it's the factory's shift bus.)",
  "", "", "", "l")
e("VRM AB12 XYZ seen at a hand car wash and at 3 addresses where Romanian males are housed. Driver believed to collect workers 6am, return 11pm. Passports of workers held at a house in Oldham. 2/B/P",
  "RD EO", "et cedl dt lh", "L")
e("VRM AB12 XYZ — PNC shows no insurance. Vehicle seized. Driver a car wash worker, driving to work. No other concerns.",
  "", "", "", "l")
e("Hospital safeguarding: F, 23, Thai, admitted with pelvic infection. Said she works in a 'massage shop'. A woman came to collect her and said she was her aunt; patient appeared scared and said she had to go back 'or there will be trouble'.",
  "IT", "sfw", "S")
e("Hospital note: F, 23, Thai, student; infection treated; attended with her friend. Discharged.",
  "", "", "", "l")
e("Kitchen worker (M, Indian, 24): 'They told me visa was sponsored. Later they say I must pay £12,000 to them for the sponsorship. They keep my passport until I pay.'",
  "DB RD DE", "dt uf", "L")
e("Farm, Herefordshire: seasonal workers (Kyrgyz, Tajik) charged £2,000 each by a recruitment broker at home; told on arrival they would get 40 hours a week but got 10. Free to leave; company housing decent.",
  "DE", "uf", "L")
e("Farm, Herefordshire: seasonal workers in decent caravans, paid per kilo, can go to town on the free bus on Sundays, passports kept by themselves. Two workers mentioned paying an agency in Uzbekistan £200 for visa paperwork.",
  "", "uf", "", "l")
e("Officer note: IP disclosed her trafficker raped her when she tried to keep some money from a client. She then stopped asking. She now lives in SA safehouse.",
  "PV", "", "S")
e("Domestic abuse incident: partner assaulted victim during an argument about money. No work or exploitation involved; DASH completed.",
  "", "", "", "l")
e("INT: 'Dani' runs a group of young girls out of a shisha bar in Rochdale, given alcohol and drugs and passed to older men. Girls aged 13-15. 2/B/P",
  "AV PV", "", "S", "immediate")
e("Youth worker: 15yo girl spends time at a shisha bar with friends after school. No older men seen; parents aware. Advice given.",
  "", "", "", "l")
e("Man (Vietnamese, 16) in a cannabis grow in Hartlepool, had burns from the lights, living on rice. Said men 'come every few days'. The doors were nailed from outside.",
  "AV RM AC PV", "rm pa plc", "C", "immediate")
e("I was kept at the house in Walsall for six weeks. I did not know the name of the town. They took my phone and I only saw the men who brought the food.",
  "IS RM", "iso rm", "")
e("Two Albanian men arrested for drug supply in Walsall, both saying they are working for themselves to pay off their own debts in Albania. No control by others described.",
  "", "", "", "l")
e("Eritrean asylum seeker (M, 19) in hotel accommodation says he was approached by a man at the mosque who offered him 'cash work' at a car wash and told him 'we will take care of everything, even the Home Office'. He did not go.",
  "", "", "", "l")
e("Sudanese male (17) told to deliver packages for a man he met at the hotel; given £10 and food; then told he owes for the phone and that his 'brothers' will beat him if he stops.",
  "AV DB IT", "", "C", "high")
e("Lithuanian woman (38) working at a packing plant via an agency. Says the agency director 'looks after' their passports. She has never seen her payslip; the director gives her cash 'what is left'.",
  "RD WW", "dt ncw", "L")
e("Packing plant: agency worker says she gets her payslips by email, can see deductions for tax and optional bus fare, and keeps her own passport. She wanted advice about union membership.",
  "", "", "", "l")
e("Anon: CHECK OUT THE HOUSE ON PARK RD 20 MEN LIVE THERE ONE BATHROOM BINS EVERYWHERE THEY LOOK SCARED OF THE BLOKE IN THE BMW",
  "AC", "oa plc", "L")
e("Anon: house on Park Rd has loads of lads living there and the bins are overflowing. They're students and they party till 3. Sort it out.",
  "", "", "", "l")
e("IP (M, Romanian, 33) states the boss 'put his hands round my neck and said next time I will not wake up' when he asked about his pay.",
  "PV IT", "", "L")
e("Two workers at a car wash got into a fight over tips; one arrested for assault. Both paid by the owner, no control.",
  "", "", "", "l")
e("She told the midwife that she isn't allowed out without 'auntie', that she cooks and cleans for 8 people, and that she doesn't know the postcode. Baby due in 3 weeks.",
  "RM IS", "rm iso", "D", "high")
e("Woman (28) told midwife she is lonely after moving to a new city with her husband. She has a phone, goes out, works part-time. Referred to a parent group.",
  "", "", "", "l")
e("Press: A family in Bedfordshire were jailed for keeping a man in a shed on their land for 15 years, making him work on their driveway business for no pay and beating him when he tried to leave.",
  "WW PV RM AC", "plc", "L")
e("Press: A landscaping firm in Bedfordshire was fined for failing to pay the national minimum wage to 12 apprentices. The workers were compensated.",
  "", "", "", "l")
e("INT: BLANARU Florin (DOB 01/01/1990) holds ID cards of 9 Romanian women working at massage parlours in London; women handed to clients and threatened with being sold on. 1/B/P",
  "RD IT", "dt", "S")
e("Sex worker (F, 31, Romanian) reported to Ugly Mugs that a client refused to pay. Works independently, has her ID.",
  "", "", "", "l")

# ---- part 3
e("""Officer handover, Op KESTREL, day 2.

Visited 3 addresses linked to the hand car wash on Leek Rd. At 41 Victoria St (2-bed terrace) found 9 Albanian and Kosovan males; two mattresses per room, one working toilet, mould throughout. Males say the landlord is 'Gezim', the same male who runs the car wash.

Spoke to four males separately with a telephone interpreter. All say they are 'paid', but on questioning the pay is counted by Gezim at the end of each week against 'rent, food, the lift and what you owe for coming'. Most weeks they receive £20-£40. One (DOB 12/03/2001) says he has not been given anything since Christmas because he 'broke the pressure washer'. None could say how much they still owe.

At 7 Mill St, two Romanian males rent a room from a private landlord, pay £350/month, and work at the same car wash for £70 a day which they keep. They were open, showed bank statements, and say they will leave for a better job next month.

NRM referrals being considered for the four at Victoria St. Nothing further re Mill St.""",
  "WW DB AC", "oa plc ncw", "L")
e("""Safeguarding referral — Adult Social Care

Mrs K (79) has a live-in helper, Ana (F, 34, Moldovan), arranged through a church contact. Mrs K's son called us because Ana told him she had not been paid for five months: Mrs K's nephew 'handles the wages' and tells Ana it is being saved in an account for her. Ana does not have the bank details. She works all day and sleeps on a camp bed in Mrs K's room to help at night, with no day off.

The nephew told the social worker that Ana 'is practically family' and that she 'doesn't need money because she gets food and a bed'.

Ana has her passport. She says she would like to leave but has nowhere to go and no money for a ticket.""",
  "WW EO AV", "lh ncw", "D")
e("""Safeguarding referral — Adult Social Care

Mr P (84) has a live-in carer, Maria (F, 41, Romanian), employed through a registered agency. Maria contacted the agency because her September pay was ten days late. The agency apologised, paid it with a small goodwill payment, and checked her timesheets. She has two days off a week, her own room and her documents, and says she is happy in the job. Referral closed: employment issue resolved.""",
  "", "", "", "l")
e("""Victim debrief (translated from Vietnamese, interpreter present)

He says that he was 15 when he left home. His family borrowed from a man in the village for his journey. In the UK he was taken to a house and told to look after the plants. He was told he would be paid £2,000 at the end of each crop and that the money would go to his mother to repay the loan.

He says that he never saw any money, and when he asked he was told that the crop had failed. He slept on a mattress on the floor next to the lights and was only allowed out into the garden. The men who brought food said that if the police came he would be blamed and put in prison because he had no papers.

He says that after several months he was allowed to call his mother once. She said nobody had sent any money.""",
  "AV WW DB RM IT AC", "rm foa sw plc", "C", "high")
e("Pay dispute, Deliveroo rider: says the app cut his rates and he's earning under minimum wage after costs. He is self-employed, keeps what he earns, no third party. Directed to union.",
  "", "", "", "l")
e("Rider (M, Brazilian, 21) rides under a 'rented' account belonging to someone else who takes 40% and holds the account's money; says he gets about £100 a week for 70 hours. He is afraid because he has no visa.",
  "WW EO AV", "lh ncw foa", "L")
e("Rider (M, Brazilian, 25) rents a bike, pays £30 a week, earns about £450 a week and complains the bike company overcharges for repairs.",
  "", "", "", "l")
e("Flower farm, Cornwall: a dozen seasonal pickers; one tells a church volunteer that the team leader collects their wages 'for safekeeping' and gives out £5 a day 'for food'. Team leader also holds their ID cards.",
  "WW RD", "ncw dt", "L")
e("Flower farm, Cornwall: pickers say the pay is poor (piece rate) but they get it each Friday in full; one is annoyed she didn't get holiday pay and has complained to the farm, which agreed to review.",
  "", "", "", "l")
e("'They said my wages are too little to send by bank so they would send with a friend going home. My wife never got it. Four months.' — IP, Nepali, restaurant worker.",
  "WW", "ncw", "L")
e("'The money is not much, I send most of it home by Western Union myself every month. My wife gets it.' — restaurant worker, Nepali, advice session.",
  "", "", "", "l")
e("IP: 'Every night I give the box to Tomasz. All the money from the windows. He counts and gives me a cigarette.' (window cleaning round, M, Polish, 57, alcohol dependent)",
  "WW AV", "ncw", "L")
e("Window cleaner (M, 57) runs his own round, cash takings, says business is slow this year. Came in to ask about Universal Credit top-up.",
  "", "", "", "l")
e("Nail bar worker (F, 20, Vietnamese) says she is 'paid' £300 a month but the owner keeps it 'in the book' until her debt of £18,000 is gone. She lives above the shop and never goes out alone.",
  "WW DB RM", "rm sw", "L")
e("Nail bar worker (F, 27, Vietnamese) says her pay went down because fewer customers came after the new salon opened. She is paid per customer and keeps her tips. She is thinking of starting her own salon.",
  "", "", "", "l")
e("The owner said we would get the wages when the restaurant opened properly. We worked for three months doing the building and then the cooking. He paid us nothing and said 'next month'. We slept in the restaurant.",
  "WW AC", "sw", "L")
e("The new restaurant opened late so my first pay was two weeks later than promised. But they paid the full amount and a bit more for the wait.",
  "", "", "", "l")
e("Bank note: 17 newly opened accounts for Bulgarian nationals list the same address and same mobile number; all receive agency wages and all are accessed from one phone. Pattern consistent with third-party control.",
  "WW", "ncw mbc", "L")
e("Bank note: several accounts at one address belong to members of the same family (parents and adult children) who all work at the same factory; each accesses their own account. Closed.",
  "", "", "", "l")
e("SA caseworker: client's 'employer' at the farm deducted £85 a week for a caravan shared with 5 others, £20 for transport and £15 for 'insurance', leaving him about £30 for a 55-hour week. When he asked for his payslip he was told to 'get back to work or get out'.",
  "WW EO AC", "lh ct oa", "L")
e("Client (M, Polish) says his caravan on the farm costs £70 a week which is taken from his pay, and he thinks the farm charges too much. Pay after deductions is about £380 a week. He can leave at any time and is looking at other farms.",
  "", "", "", "l")
e("Girl (F, 17, British) says her 'boyfriend' organises 'parties' where she has sex with his friends; he takes the money they give and says he's 'saving for our flat'.",
  "AV WW", "", "S", "h")
e("INT: Albanian nationals working in a barber shop in Chatham are paid by the owner but must give back half each week to a man known as 'Lul' who 'arranged their visas'. They are threatened if late. 3/C/P",
  "WW IT DB", "", "L")
e("Barber shop, Chatham: owner pays staff on commission, about £350 a week each, into their own accounts; staff complain the commission rate is low. Routine licensing check only.",
  "", "", "", "l")
e("Sudanese man (25) at a food factory says he has a normal job, the pay is low and the shifts are 12 hours some days, but he is paid for them and can refuse. He's saving for his brother's asylum appeal.",
  "", "", "", "l")
e("Food factory, Northampton: INT Eritrean workers pay a 'broker' £600 each for the job, hand over wages on arrival home, receive £40 weekly. Broker also arranges housing at 2 properties. 2/C/P",
  "WW", "uf ncw", "L")
e("School nurse: Year 8 (F, 13, Slovak) says she stays home on Mondays and Tuesdays to clean at her uncle's hotel; she isn't paid, 'the money goes to my dad'.",
  "AV WW", "", "L", "h")
e("School note: Y10 (F, 15) works two evenings a week at her family's shop and gets £20 pocket money plus what she earns. Parents attend meetings. No concerns.",
  "", "", "", "l")
e("Warehouse via agency, Kettering: workers say the agency pays NMW but they are short 2-3 hours most weeks because of 'rounding'. They have raised it collectively with a union.",
  "", "", "", "l")
e("Warehouse, Kettering: 'We are paid to a prepaid card that the driver gives us after he takes his money out. If he is angry he keeps the card all week.' (M, Romanian, 26)",
  "WW", "ncw", "L")
e("INT: female (F, 33, Filipino) domestic worker in a diplomatic residence, Knightsbridge. Allowed out only to take the children to school with the driver. Salary paid to an account in the employer's home country which she cannot access. 2/B/C - FCDO handling",
  "RM WW", "rm et ncw", "D")
e("FCDO: domestic worker of a diplomat attended an annual interview alone; she holds her passport, is paid into her UK account and has a day off a week. No concerns.",
  "", "", "", "l")
e("She says that the man who recruited her for 'waitressing in London' took her to a flat in Slough where she had to see up to 15 men a day. She says she was told her 'share' would be saved. She was never given any.",
  "DE WW EO", "lh", "S")
e("Press summary: Albanian gang jailed for running 12 cannabis farms across the Midlands using trafficked teenagers who were locked in, told they owed £20,000 each, and beaten if plants died.",
  "AV RM DB PV", "rm", "C")
e("Organ trading INT: Indian male (31) reports being offered £8,000 by a broker in Delhi to 'donate' a kidney to a UK recipient posing as a cousin; documents forged. He travelled and was kept in a rented flat near the clinic. 3/C/C",
  "DE RM", "rm", "O", "high")
e("Transplant coordinator: referral flagged because a proposed living donor and recipient from different countries gave inconsistent accounts of their relationship and the donor appeared to be paid. Referred to HTA and police.",
  "", "", "O", "high")
e("IP (M, Lithuanian, 49): 'I worked at the yard for the family for two years. They fed me, I slept in a caravan. Money, they said later. Later never came.'",
  "WW AC", "plc", "L")
e("Ex-employee of a scrapyard (M, 49) claims he is owed one month's pay. Employer says it was paid; payslips disputed. Employment tribunal case ongoing. He lives independently.",
  "", "", "", "l")
e("101 call: woman says her sister, who works at a nail bar in Bristol, is paid £10 a week and lives in the boss's house; boss keeps her passport and won't let her visit the family.",
  "WW RD RM", "dt rm", "L")
e("101 call: woman says her sister's employer at a nail bar is 'a cow' and underpays her and wants to know how to report it. Sister lives with her and has her own money.",
  "", "", "", "l")
e("wkrs at the chicken factory r givin there bank cards 2 the guy who brings them in the van, i seen him at the cash machine with a pile of them",
  "WW", "mbc ncw et", "L")
e("Worker in a chicken factory reports that the agency's bus costs £5 a day and is compulsory. Payslips show this. He says he gets the rest of his pay and can leave.",
  "", "ct", "", "l")
e("Debrief: 'He said you will earn £1,500 a month. When I got the payslip it was for £1,500 but I had to give him £1,300 cash back the same day, at the bank.' (F, Bulgarian, hotel cleaner)",
  "DE WW", "ncw", "L")
e("Hotel cleaner (F, Bulgarian) says she was promised 40 hours but only gets 25, so her pay is less than she expected. She keeps it and is looking for a second job.",
  "", "", "", "l")
e("INT: nom DUMITRU Cristian controls Romanian men begging outside supermarkets in Reading; men handed cash in the evening; beaten if they keep anything back. 2/B/P",
  "WW PV", "ncw", "C")
e("Big Issue vendor (M, 46, Romanian) sells outside Waitrose in Reading; buys magazines himself and keeps his profit; known to outreach.",
  "", "", "", "l")
e("Care worker, Wolverhampton (F, Nigerian, sponsored). Employer pays her salary, then asks her to transfer £600 back each month 'for the CoS'. She says she is left with £350 after rent and cannot afford food.",
  "WW DB", "", "L")
e("Care worker, Wolverhampton (F, Nigerian, sponsored) says her employer is slow to pay mileage, and her salary was late in March due to a bank holiday. It arrived the next Tuesday.",
  "", "", "", "l")
e("Man (Vietnamese, 30) at a restaurant, says: 'My wages go to the man who arranged my job, he keeps them until I pay the debt. I do not know the amount left.'",
  "WW DB", "ncw", "L")
e("Man (Vietnamese, 30) at a restaurant: paid £1,400 a month, sends £600 home to repay a family loan for his studies. Lives with his girlfriend.",
  "", "", "", "l")
e("Officer note: Polish male (61) found at a farm living in a pigsty-like outbuilding, no running water. Has worked there 'about 20 years' for 'keep'. Farmer says he is 'like family' and 'doesn't need money'. Male has no ID and no bank account.",
  "WW AC AV", "plc", "L")
e("Farm hand (M, 61) has worked on the same farm for 20 years, lives in the tied cottage, is paid monthly and has savings. Came to police to report a stolen quad bike.",
  "", "", "", "l")
e("An au pair agency contacted us because a host mother is paying the au pair late each month. The au pair has her own phone and room and says she is otherwise happy. The agency is mediating.",
  "", "", "", "l")
e("INT: females working at a 'massage' business on Smith St are each given a 'wage' of £100 per week from takings of over £2,000 per week each. Manager controls door and their phones. 2/B/P",
  "WW RM IS", "rm iso ncw", "S")
e("Interpreter: she says she was allowed to keep the tips but never got her salary. The owner told her the salary pays her debt for the flight and her room, and she was too afraid to ask again after he shouted.",
  "WW DB", "", "L")
e("She says her employer sometimes shouts but she gets her salary and tips. She is looking for a job closer to home.",
  "", "", "", "l")
e("Two Slovak men found working at a builder's yard in Derby; both say they're paid 'later, when the job finishes'. The job began 8 months ago. They sleep in the yard's office.",
  "WW AC", "sw", "L")
e("Two Slovak builders in Derby are in a dispute with a contractor who has not paid the final invoice for a kitchen extension. They have other work and lawyers.",
  "", "", "", "l")
e("IP (F, Chinese, 45): 'I work in the restaurant kitchen 12 hours every day. They said wages are for the snakehead, I work three years for nothing.'",
  "WW DB EO", "lh", "L")
e("Kitchen worker (F, Chinese, 45) says she works long hours by choice at a family restaurant she co-owns. Attended for help with a VAT letter.",
  "", "", "", "l")
e("IP states 'the boss keeps our papers safe in the office, she says it is the law in England'.",
  "RD DE", "dt", "L")
e("Fisherman's union referral: Sri Lankan crew member says the agency in Colombo took a fee of $2,500 and the boat owner deducts $200 a month for the 'agency loan'. His pay after that is $150 a month and he has been at sea 10 months without shore leave.",
  "DB WW RM", "uf rm", "L")
e("Referral closed: crew member's complaint about late pay resolved, shipowner paid arrears with interest; crew member continues on board by choice with shore leave.",
  "", "", "", "l")
e("They said I am free to go. But where? I have no money because Marek takes my money, no passport because Marek takes my passport.",
  "WW RD", "ncw dt", "L")
e("Police were called by a man who said he was 'not free to go'. On investigation he had been arrested for shoplifting and was held by store security until officers arrived. No exploitation.",
  "", "", "", "l")
e("Prison note: prisoner (M, 19, Vietnamese) convicted of cannabis cultivation now says he was brought to the UK at 16, held in the house, and told his family would be harmed. Possible s45 defence; NRM referral.",
  "AV RM IT", "rm", "C")
e("Prisoner (M, 24) convicted of cannabis cultivation says he grew for his own profit, with a partner; no control or coercion described.",
  "", "", "", "l")
e("INT: organised group places Romanian women in sham marriages with Pakistani men for residency; brides then kept at the family home, made to clean and cook, and 'loaned' to other men. 2/C/P",
  "RM PV", "rm", "S D")
e("Press: a man was convicted of forcing his wife's cousin to work unpaid in his takeaway for four years after bringing her from Bangladesh with a false promise of college study. She slept in the shop and was beaten.",
  "DE WW PV AC", "sw", "L")
e("Press: takeaway owner fined for failing to pay holiday pay to staff; staff said they were otherwise treated fairly.",
  "", "", "", "l")
e("Wife (F, 34), a nurse, says her husband checks her bank statements, criticises what she spends, and slapped her during an argument. She keeps her own salary and card. IDVA referral. Domestic abuse; no forced labour.",
  "PV", "", "", "h")
e("IP (M, Eritrean, 18) told his foster carer that he had been working for a man in a car wash for 3 months before he was found, 'for free because I owed him for the lorry', sleeping in the car wash.",
  "AV DB WW AC", "sw", "L")
e("Salon owner's statement: 'I pay them weekly, cash, £300 for 5 days. They have their own flats. Sometimes when it's quiet I pay on Monday instead of Friday.'",
  "", "", "", "l")
e("Kurdish male (21) says the car wash boss keeps 'our wage in his pocket' and gives it out only for buying phone credit. He is told he will get it all when he gets his asylum papers.",
  "WW", "ncw", "L")
e("GLAA: labour provider's workers had PPE charged at £15 per item; licence conditions breached; PPE costs refunded. Workers otherwise paid correctly and free.",
  "", "ppe", "", "l")
e("GLAA: unlicensed provider supplying workers to a packhouse; no evidence of exploitation; workers paid correctly. Licensing offence only.",
  "", "", "", "l")
e("Organ: Albanian woman (27) told NGO that her partner sold her kidney in Turkey to clear his gambling debts; she was told it was an operation for her appendix.",
  "DE AV", "", "O", "high")
e("INT: female (F, 20) advertised on AW is taken between hotels by a driver; her adverts are booked from a single phone; she holds no bank cards and has no money of her own. 2/B/P",
  "WW", "et ncw", "S")
e("Woman (F, 24) who works in an independent sex business with a friend; both hold their own money and bank cards. Visited by an outreach nurse. No concerns.",
  "", "", "", "l")
e("Benefit fraud: IDs of 14 Romanian men used to claim child benefit; men say they never received any money and the documents are 'with the boss'. Men work on a building site and sleep in a warehouse.",
  "RD AC", "dt sw ncw", "C L")
e("Brothel flat, Cardiff: two Chinese women, few belongings, mattresses on the floor of each room, a male answering the door and holding the money. One woman has bruises on her arm.",
  "PV AC WW", "fpe plc ncw pa sfw", "S")

# ---- part 4
e("He has no phone, no friends here, and couldn't tell us which town the farm was in.",
  "IS", "iso", "L")
e("Worker came with one plastic bag of clothes and nothing else; the supervisor answered for him.",
  "", "fpe sfw", "L")
e("Boss gives us £15 on Sunday. The rest, he says, goes to Sofia for our keep.",
  "WW", "ncw", "L")
e("Wages a bit low but they come every Friday and nobody touches them.",
  "", "", "", "l")
e("Our pay comes on a card. The card stays with Ilir.",
  "WW", "ncw", "L")
e("Overtime not paid at the bakery again this month, raising it with HR.",
  "", "", "", "l")
e("INT: Vietnamese female (c.25) at a nail bar in Exeter does not know the address where she lives, is driven there and back each day, and has not spoken to her family since arriving. 3/C/P",
  "IS", "iso et", "L")
e("Caseworker: client (M, Sudanese, 23) kept in a rural farm caravan with two others, no neighbours for miles, no phone signal, no transport. Supervisor visits twice a week with food and takes the produce. Has never been paid.",
  "IS WW AC", "iso plc", "L")
e("Client (M, Sudanese, 23) works on a rural farm, lonely because it is far from town, but has a car share with colleagues, a phone, and Sundays off. Asked about English classes.",
  "", "", "", "l")
e("Debrief (F, Romanian, 18): 'They changed my SIM and told me not to talk to anybody from home, because my mother would be ashamed of me. I did not know what city I was in until the police told me.'",
  "IS", "iso", "S")
e("Woman found in a pop-up flat had only the clothes she was wearing, a toothbrush and 3 phones she said weren't hers. She was scared of the police and said she had 'no papers'.",
  "AV", "fpe foa", "S")
e("Asylum seeker (F, 30) arrived with few belongings and fear of police after a bad experience at home. Staying in Home Office accommodation, no exploitation, referred to counselling.",
  "", "", "", "l")
e("Press: A Nottingham man has been jailed for keeping his cousin as an unpaid servant, confiscating his phone and forbidding him from contacting anyone outside the house for six years.",
  "IS WW", "iso", "D")
e("IP (M, Bangladeshi, 28), restaurant, Oldham: 'The owner took my phone and SIM so my family cannot call. He said if I complain he will tell my father I am a thief.'",
  "IS IT", "iso", "L")
e("OIC note, re: takings. Staff at the car wash on Station Rd count the cash into a bag at 7pm and the bag goes to 'Arben' who drives off. Two staff say they get nothing 'until the boss decides'. Manager on site says everyone is paid daily; payroll records show no wage payments at all.",
  "WW", "ncw", "L")
e("Car wash, Station Rd: owner banks takings daily and pays staff weekly by BACS, payroll records match; staff say the wage is 'not great' but it is paid.",
  "", "", "", "l")

# ---- build
def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        ind, sig = list(ind), list(sig)
        for a, b in PAIRS:
            if a in ind and b not in sig: sig.append(b)
            if b in sig and a not in ind: ind.append(a)
        for k in ind: assert k in IND, (n, k)
        for k in sig: assert k in SIG, (n, k)
        for k in typ: assert k in TYP, (n, k)
        if risk is None:
            if "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3: risk = "h"
            elif ind or typ: risk = "m"
            else: risk = "l"
        risk = RISK.get(risk, risk)
        assert risk in RISK.values(), (n, risk)
        out.append({"id": "f112-%03d" % n, "text": text, "indicators": [IND[k] for k in dict.fromkeys(ind)],
                    "signs": [SIG[k] for k in dict.fromkeys(sig)], "exploitation": [TYP[k] for k in dict.fromkeys(typ)],
                    "risk": risk})
    return out

if __name__ == "__main__":
    rows = build()
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh112.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows ->", path)
