#!/usr/bin/env python3
"""Hand-written training texts for Sightline's indicator detector (set 88).
Every text below is written individually; the short codes are expanded by the maps.
Risk is derived from the labels by the task's rules, except 'immediate', which is set by hand."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", ROD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

ROWS = []
def T(text, ind="", sig="", typ="", imm=False, child=False):
    ROWS.append((text, ind, sig, typ, imm, child))

# ---------------- part 1 ----------------
T("""INT suggests 3x Vietnamese males living above nail bar on Dudley Rd. Front door padlocked from the outside overnight, keyholder POI TRAN Minh. Workers not seen leaving alone. 2/B/P""",
  "ROM", "rm", "L")
T("""she says they were never allowed past the gate of the farm, the man with the dog was always at the gate and the keys were on his belt""",
  "ROM", "rm", "L")
T("""Car wash staff on Mill Lane come and go on their own, take their lunch at the cafe opposite and one of them drives himself in. Manager showed payslips and RTW checks. Nothing of concern.""")
T("""Caller reports hearing banging from inside a flat at 14 Alma Court and a woman shouting 'help open the door'. Neighbour says the door is locked with a chain on the outside. Units dispatched.""",
  "ROM", "rm", "", imm=True)
T("""Night staff at the warehouse are locked in between 22:00 and 06:00 for site security but each has a fob for the fire exits and can leave any time, confirmed by GLAA inspector on visit.""")
T("""i work in the kitchen 2 years. they take my phone when i start and give back only sunday for 10 minute, he stand next to me when i call my mother""",
  "ISO", "iso", "L")
T("""Hostel curfew is 11pm and residents sign in at reception. Resident B complained that this is 'like prison' but accepts she goes out daily to college and work.""")
T("""Referral from school: Year 9 pupil (14) says she is grounded by her dad for two weeks after missing curfew. No other concerns, dad engaged with school.""")
T("""Debrief via interpreter (Tigrinya). He says that in the packhouse accommodation the windows were screwed shut and a man called Yonas drove them to work and back every day. He did not know the name of the town until the police told him.""",
  "ROM ISO", "rm et iso", "L")
T("""POI DOGARU Ion, Romanian, DOB 03/04/1986, believed to collect 6-8 males from HMO on Cobden St at 04:30 and return them after 21:00 from a recycling site. Males never seen out without DOGARU. 2/C/P""",
  "ROM EO", "rm cedl et lh", "L")
T("""My neighbour is 78 and doesn't go out much since her hip operation. Her son does her shopping. I think she is lonely not in danger, just wanted someone to check on her.""")
T("""The woman next door nanny for the family at no 9, never seen her go out ALONE in 8 months, always with the madam or the driver, she told me in the garden quickly she is not allowed to talk to neighbours then went inside very scared""",
  "ROM ISO", "rm iso et", "D")
T("""Victim states: 'They moved us every few nights, always in the dark, in the back of a van with no windows. I never knew which city I was in. They said it was safer for us.'""",
  "ISO ROM", "iso rm et", "")
T("""Salvation Army casework note: client (F, 33, Filipino) worked for a family in Knightsbridge. Employer held her passport 'for safekeeping', she was not given a key to the flat and could only leave when taking the children to school with the chauffeur. Worked 6am to midnight, no day off in 14 months.""",
  "ROD ROM EO", "dt rm et lh", "D")
T("""Security guard at the cannabis grow site? no, this is a legit tomato glasshouse, staff live in caravans on site which they rent at £40/week, all have cars, several go to town every evening. Visit closed.""")
T("""IP says her phone was taken on the first day and she was given a different one with only two numbers saved, 'Boss' and 'Driver'. She was told to answer every time or she would be punished.""",
  "ISO IT", "iso", "")
T("""OIC handover: VRM KX19 TLE seen dropping two Albanian females at a flat on Regent Parade, driver stays in car outside all night. Flat advertised on Vivastreet as 'new girls'. Females never seen leaving except in the car. Safeguarding visit planned.""",
  "ROM", "rm et", "S")
T("""I chose not to go out much when I first arrived, I was shy and did not know English. My employer encouraged me to join the church group and now I go every week.""")
T("""Anonymous online report: THEY KEEP THE WORKERS LOCKED IN THE BACK OF THE TAKEAWAY AFTER CLOSING I HEAR THEM KNOCKING AT 2AM AND NOBODY LETS THEM OUT. this has been going on for months someone do something""",
  "ROM", "rm swp", "L")
T("""Takeaway on Station Rd: owner locks the shutters at 23:30 when everyone has gone home. Neighbour had thought staff lived inside; officer attended and confirmed staff live in their own rented flats.""")
T("""Child, 15, reported missing for the fourth time this month. Found in a flat in Margate with two older males who had taken her phone and SIM. She says she 'couldn't call anyone' and didn't know the address.""",
  "AV ISO", "iso", "S", child=True)
T("""Cuckooing: adult with learning disability (nom WATTS, Gary) at 22 Tennyson Close. Dealers from London living there since June, they hold his keys and he has to knock to get into his own flat. Neighbours report him sleeping in the stairwell.""",
  "AV ROM AC", "rm plc", "C")
T("""He say me you cannot go to shop, shop is dangerous, police will catch you and send you back. I stay inside 5 month. Only window.""",
  "ROM AV", "rm foa", "")
T("""Midwife note: pt attends booking appt with male who says he is her 'cousin', answers all questions and refuses to leave the room. Pt appears frightened, no English, does not know her own address. Interpreter arranged for next visit, seen alone briefly, pt says she is 'not allowed to go out'.""",
  "ROM ISO", "rm iso sfw", "")
T("""Care home inspection: all overseas care workers hold their own passports, live in accommodation of their choosing, and have a union rep. Rota shows 48 hours max. No concerns.""")
T("""2/B/C (not to be disseminated to the employer): staff at Fresh Veg Packers Ltd (Boston) reportedly searched on leaving site, phones checked by supervisor SZABO every evening for photos, workers told not to speak to anyone from the council.""",
  "ISO", "iso", "L")
T("""Eritrean male (19) at hotel kitchen says the manager keeps the door to their staff room locked and the only key, they sleep there on mattresses, he is taken to the bank with the manager who takes the cash out straight after.""",
  "ROM WW AC", "rm swp ncw plc", "L")
T("""CCTV cameras point inside the house, not outside. The girls are watched on a phone by the man all the time, he calls if they stand near the door. That's what my friend who cleans there told me.""",
  "ROM", "rm", "")
T("""School safeguarding: Y11 student says his mum checks his phone every night and he's not allowed out on school nights until his GCSEs are finished. He's annoyed but fine, plays football on Saturdays.""")
T("""They told us the job was in a hotel in London, cleaning rooms, £9 an hour. We arrived in a village and we were put in a field picking leeks. The van took us at 5 every morning and we could not go anywhere else because we did not know where we were.""",
  "DEC ISO ROM", "cedl iso rm", "L")
T("""BANK ALERT: 11 debit cards in different names, all registered to a single address in Oldham, used at the same ATM within 20 minutes each Friday. Cardholders appear to be Slovak nationals employed via one agency.""",
  "", "mbc ncw", "L")
T("""Border Force, LHR T4: female (22) travelling on Nigerian passport, says she is going to be a hairdresser in Birmingham, contact number is a man she has never met, ticket paid by him, she must 'repay when working'. Not able to give address. Passport was being held by the escort who travelled with her.""",
  "ROD DB ISO", "dt iso et", "", imm=False)
T("""Witness statement (extract): 'I saw the lads come out of the back of the lorry at the yard. The older one with the gold chain shouted at them and pushed one back inside. He locked the side door with a padlock. I heard crying later.'""",
  "ROM PSV", "rm", "", imm=True)
T("""A&E: male, 40s, Polish, laceration to hand from a circular saw. States he is self-employed in construction, lives with his wife, came in his own van. Was wearing PPE he bought himself. Discharged.""")
T("""Probation note: service user says his 'uncle' who got him the job at the car wash won't let him have his own key to the house and drops him at the appointment then waits outside. Service user said 'I can't say more' and looked at the window.""",
  "ROM", "rm et", "L")
T("""Daughter in the house is 16, grounded for a week for vaping in school. She told the PCSO 'my dad is keeping me prisoner' as a joke. PCSO spoke to both, no concerns.""")
T("""VRM WP21 XFR, silver Sprinter, leaves the industrial estate at 23:50 with workers and goes to a different address each night (Leicester, Loughborough, Coalville). Workers say they do not know where they will sleep until they arrive.""",
  "ISO", "iso cedl", "L")
T("""Au pair (F, 20, Spanish) contacted charity: host family have been lovely, she has a room with a lock, her own key, two days off, and goes to language classes in the evening. She wants advice about tax on her pocket money only.""")
T("""Debrief: 'The house had bars on every window, even the toilet. The boss said it was because of burglars. But the keys to the front door he took home with him every night and we were inside until he came in the morning.'""",
  "ROM", "rm", "")
T("""Albanian male (17) found at cannabis grow in a terraced house in Hull. All internal doors padlocked, windows boarded, a mattress next to the plants. Says he was told he owes £20,000 for the journey and cannot leave until it is paid.""",
  "AV ROM DB AC", "rm swp plc", "C", imm=True, child=True)
T("""they dont let them out the house the woman at no 42 says her husband the boss of the nail place has them sleep in the loft i see them go in the car in the morning 7 and back at 10 at night never go to the shop by themselfs""",
  "ROM EO", "rm cedl et lh", "L")
T("""Caseworker: Mr K (Sudanese) reports that on the fishing boat the crew were not allowed ashore when the boat was in port, skipper kept their seaman's books and phones in the wheelhouse, and they worked 20-hour days in bad weather.""",
  "ROM ROD ISO EO", "rm dt iso lh", "L")
T("""The lad I share with at the hostel says he's 'not allowed' to go to town because of his tag curfew 7pm-7am. Probation are aware. He works at Tesco in the day.""")
T("""Doors locked, windows locked, they had cameras in the kitchen and living room. She had to ask permission to use the toilet. She says this lasted 3 years in the house of the diplomat. She cooked and cleaned and looked after three children.""",
  "ROM", "rm", "D")
T("""Intelligence: HMO at 8 Crane St, residents Romanian, employed at a chicken factory. Residents seen walking to the bus stop independently, shopping at Lidl. Landlord licensed. Nothing further.""")
T("""Safeguarding adults referral: Mrs P (61, learning disability) lives with a family friend who receives her PIP and pension. Mrs P says she does the cooking and cleaning for six people, is not allowed to go to the day centre any more and her mobile was 'broken' and not replaced.""",
  "AV ISO ROM", "ncw iso rm", "D")
T("""Nobody told me not to go out. But I had nowhere to go, no money, no English. I stayed in my room and watched television until the job centre found me a course.""")
T("""101 call: resident reports a group of men sleeping in a van outside the car wash on Hoe St every night and says they are 'never allowed to go anywhere'. Caller says the owner sits in a car watching them. Caller has seen one man with a black eye.""",
  "ROM", "rm pa swp", "L")
T("""Public report: young girl (maybe 13-14) getting into different cars outside the chippy most nights, older men. She looks scared and one of them grabbed her arm and pulled her in last night.""",
  "AV PSV", "", "S", imm=True, child=True)
T("""The landlord keeps the key to the shared house front door because the lock is broken and tenants have been losing keys, so he's round at 7am and 11pm to open and close. Tenants unhappy, council HMO officer dealing. Tenants are students.""")
T("""Translated letter from worker: 'Here they are taking the phone from us at night for charging they say. In the morning we see messages are read. They tell us we cannot speak with the English people in the shop or with the customers of the salon.'""",
  "ISO", "iso", "L")
T("""POI MUNTEANU Daniela (F) nom. Runs three pop-up flats via AW adverts. Girls moved every 72 hrs between Swindon, Reading and Oxford, collected by male driver at night. Girls do not hold own phones, MUNTEANU answers booking numbers. 2/B/P""",
  "ISO", "iso et sfw", "S")
T("""A man came to my door asking for help. He said he has been working at the farm on the hill and he runs away. He says the farmer locks them in the barn at night. He has no shoes. I gave him food and called 999.""",
  "ROM", "rm pa swp", "L", imm=True)
T("""Polish worker (M, 50) called the helpline because his employer paid him two weeks late. He has his own bank account and flat and was paid in full last Friday. No further concerns — advised ACAS.""")
T("""'They always send someone with us. To the doctor, someone. To the bank, someone. Even to church, someone stands at the back.' (Debrief, female, Nigeria, domestic worker in Croydon household)""",
  "ROM", "rm et", "D")
T("""HMO inspection: 14 mattresses in 3 bedrooms, one bathroom, no smoke alarms. All occupants work at the same car wash and rent is taken from wages by the car wash owner. Workers said they were not permitted to have visitors and the front door is locked at 10pm by the manager.""",
  "AC ROM WW", "oc plc rm ncw", "L")
T("""Grandma's comment to social worker: 'I don't let him go out after dark, he's 12 and the estate's full of gangs.' Child attends school daily, goes to boxing club. No concerns.""")
T("""Officer handover: IP (M, Vietnamese, age disputed ~16) from nail bar raid. States he was kept in the flat upstairs when not working and only came down to work. He did not have a key, the manager (F, 'Chi Lan') had all keys and kept his phone.""",
  "AV ROM ISO", "rm iso swp", "L", child=True)
T("""The cameras at the factory gate are normal, every site has them. Workers leave at shift end and drive home. There was a complaint about a supervisor shouting, HR is dealing.""")
T("""INT: Indian national males (x4) at a sweet shop factory in Leicester are 'watched on CCTV in the dormitory upstairs'. Owner reportedly tells them the police will arrest them as they have no visas. Not seen outside the premises except on Sundays, escorted to temple. 3/C/P""",
  "ROM AV IT", "rm foa et swp", "L")
T("""I'm 23 and I live with my parents, they are strict, they don't like me going out with friends late, but I work and pay my own way. Just wanted to ask if this is normal lol""")
T("""Sham marriage concern: registrar reports that Slovak bride (21) attended the notice appointment with two men who did not let her speak, held her ID card throughout and took it away again afterwards. Bride could not say where she was living.""",
  "ROD ISO", "dt sfw iso", "C")
T("""My wife's cousin is working at a big house in Surrey. She can only call us on the day the family go to church, from the gardener's phone. She says the lady listens to her calls if she uses the house phone.""",
  "ISO", "iso", "D")
T("""Council licensing: a massage parlour on High St had front door on a maglock controlled from behind the counter. Three women found inside said they lived on the premises and were 'not allowed out without Mama'. Referred to police.""",
  "ROM", "rm swp", "S")
T("""Warehouse agency workers' hostel has a sign-in book and a 'visitors before 9pm' rule. Workers all said they liked it and could leave the site whenever they wanted; some have moved out to their own flats. No indicators.""")
T("""Victim account (county lines, 16): 'they drove me to Aberystwyth at night, I didn't know where I was, they took my phone and gave me the line phone, I couldn't ring my mum. I stayed in a flat with a man who used heroin for 3 weeks. If I went out they said they'd find me.'""",
  "AV ISO IT", "iso", "C", child=True)
T("""Concern reported via modern slavery helpline: a Chinese woman at a restaurant on Gerrard St has told a customer on a napkin that she is 'locked upstairs' and 'no money'. Customer unsure if joke.""",
  "ROM WW", "rm ncw", "L")
T("""Not locked in — she has the code for the keypad and goes to Asda on her own. The employer provides a phone and she rings her family in Manila every night. Visit by Kalayaan caseworker found no concerns.""")
T("""Intelligence log: nom SHEHU Arben, Albanian. Operates car washes in Kent. Workers reportedly told 'don't talk to the customers, only say prices'. SHEHU answers for them if police or council attend. 2/C/P""",
  "ISO", "iso sfw", "L")
T("""Witness: 'There are three blokes living in the shed behind the pub on Church Rd. Landlord lets them out in the morning to work on the building site he owns and locks the shed at night. I've seen the padlock.'""",
  "ROM AC", "rm plc", "L")
T("""she was moved from house to house, she couldnt tell which country even, only that it was cold and they spoke a language she did not know. she was sold to men in each house. one man hit her when she cried.""",
  "ISO PSV", "iso", "S")
T("""The residents at the rehab centre are asked to stay on site for the first 4 weeks and hand in phones for that time. This is part of the programme they signed up for; they can leave the programme at any time.""")
T("""Agency driver collects 12 workers from the same house at 4am for the chicken plant, returns them at 8pm, £10 a day for the lift taken from wages. Workers say they are not allowed to take the bus.""",
  "ROM EO", "cedl et ct rm lh", "L")
T("""Financial crime alert: customer (M, 58, British, alcohol dependent) opened 3 accounts in 2 weeks accompanied by a younger male who held the cards and PIN letters. Customer said he 'does as he's told' and gets a drink in return. Suspected money mule account recruitment.""",
  "AV", "mbc ncw sfw", "C")
T("""Note from GP: elderly patient brought by carer daughter, daughter very protective, answers for mum who has dementia. Appropriate, consented LPA in place. No concerns.""")
T("""I lived in the back of the shop for 2 years. The owner did not allow me to go out except to throw the rubbish. He said if I go out the immigration will take me. I had no papers because he had my passport in the safe.""",
  "ROM AV ROD", "rm swp foa dt", "L")
T("""999: female caller whispering, says she is in a house in Luton and cannot get out, men downstairs, does not know the address, can see a Tesco sign from the window. Call disconnected. Cell site being requested.""",
  "ROM ISO", "rm iso", "", imm=True)
T("""Student (F, 20, Chinese) reported her passport lost on the bus. She lives in university halls, has part-time job in a cafe. Advised to contact embassy.""")
T("""Girls at the house on Ferry Rd were told they cannot leave 'until the work is finished', the work is never finished. A man sleeps by the front door. One girl said she tried to leave and was dragged back by her hair.""",
  "ROM PSV", "rm", "S", imm=True)
T("""INT: DUONG Van (M) runs cannabis grows across Teesside. Gardeners delivered at night by car, blindfolded for the last part of the journey, locked in. Food left once a week. 2/B/P""",
  "ROM ISO AC", "rm iso et", "C")
T("""A woman employed as a live-in cook says she is free to leave the house, has her own room with a lock and is paid into her own account. She works 8-4 with weekends off. She says she would have left long ago if anyone had tried to keep her in.""")
T("""We were not allowed to talk to each other in our own language at work. Not allowed to talk to the English workers. At lunch we sat apart. If the supervisor saw you talking he took £10 from your pay.""",
  "ISO WW", "iso ncw", "L")
T("""Interpreter: He says that his boss drove him to the hospital and told him to say he fell off a ladder at home. The boss stayed in the cubicle the whole time. He was not allowed to answer the nurse's questions.""",
  "ISO", "sfw iso", "L")
T("""Hospital: patient admitted for kidney transplant from a living related donor (brother). Full workup done in UK, donor counselled independently. No concerns.""")
T("""Concern: man (Pakistani, 30s) was brought to UK to marry a British woman, says her family keep his passport, make him work in their shop 7 days for no pay, and lock him in the back room when relatives visit.""",
  "ROD WW EO ROM", "dt lh rm", "L")
T("""My brother works on a building site in Bristol. The gangmaster keeps all their documents and their bank cards. They live 10 in a house. He calls me from a friend's phone secretly because his phone was taken. He sounds very afraid.""",
  "ROD WW ISO AC", "dt ncw oc iso", "L")
T("""Landlord complaint: tenants in flat 3 keep their door locked and never answer. Officer visit: couple in their 30s who work nights and sleep in the day. No concerns.""")
T("""Handover: 3 adult females removed from a brothel in Cardiff. All say they were escorted to and from a nearby flat, never allowed on the street alone, and a 'receptionist' took all the money from the clients. One has bruising on her upper arms.""",
  "ROM WW", "rm et ncw pa", "S")
T("""He was told he could go any time but where would he go? No passport, no English, no money, owed them £4,000. So he stayed. — caseworker reflection, Medaille Trust.""",
  "DB", "", "")
T("""Teen (17) found begging outside Boots in Nottingham each day from 9-6, dropped off by a car and collected. Says 'my uncle' takes the money. Not allowed to go anywhere else during the day, uncle watches from the cafe.""",
  "AV ROM WW", "cedl rm et ncw", "C", child=True)
T("""Our daughter (18) moved out to live with her boyfriend and won't answer our calls. We are worried she is isolated but she has posted on Instagram that she is happy and working at a salon. Police spoke to her: she is well and wants no contact.""")
T("""Intel (2/B/P): residents of 19 Wood St, all Vietnamese, believed to work in nail salons in the area. Neighbour says they are taken out at 8am in a people carrier and returned at 9pm, curtains always closed, no one comes or goes otherwise.""",
  "ROM", "cedl et rm", "L")
T("""Worker on a fishing trawler in Newlyn (Filipino) told the port chaplain he has not been ashore for 10 months. Skipper says there's 'no need' and crew 'have everything they need on board'. Visa only permits transit.""",
  "ROM", "rm swp", "L")
T("""The bloke next door has his garage converted and a lad living in it, but it's his son, 19, who wants his own space. Kid drives, has a job at the garage in town. Not a modern slavery thing, I was just being nosey sorry.""")
T("""Debrief: 'If I asked to go outside she said: what do you need? I will buy it. I had not been in the street for 2 years. My world was the kitchen and the children's room.' (female, Indonesian, domestic worker)""",
  "ROM ISO", "rm iso", "D")
T("""Intelligence from Crimestoppers: men living at a recycling yard in Walsall, sleeping in containers. Owner has dogs loose at night 'so they don't wander'. Men work sorting waste, no PPE, some have cuts on their hands.""",
  "ROM AC", "rm swp plc pa", "L")
T("""Housekeeper at an embassy residence: holds her own passport, has a mobile, weekends off, but reports her employer deducted £200 for a broken vase. She is otherwise content and does not want to leave.""")
T("""Woman (Romanian, 27) referred by A&E after assault. Says partner 'sells' her to men in a flat, takes all the money, she is not allowed to keep a phone and he locks her in when he leaves. Injuries to face.""",
  "PSV WW ISO ROM", "pa ncw iso rm", "S", imm=True)
T("""School referral: Y10 boy with new phone, new trainers, missing from school for days, says he has been 'in the country' with friends. Older male picks him up in a BMW. Mum says he is out until 2am and she can't stop him.""",
  "AV", "", "C", child=True)
T("""Log: two Slovak men at the bus station say their 'boss' drops them at a potato farm every day and they sleep in a caravan with no heating; they have their own phones and passports and walk into town at weekends. Pay is £50 a week after 'rent and transport', boss holds their bank cards.""",
  "WW AC", "ncw plc ct mbc", "L")

# ---------------- part 2 ----------------
T("""Boss keeps our passports in the office safe, says it's so we don't lose them.""", "ROD", "dt", "L")
T("""Never got my ID card back after he opened the bank account for me.""", "ROD", "dt", "")
T("""£20 a week pocket money, the rest he sends home for us he says.""", "WW", "ncw", "")
T("""Knows where my mum lives in Elbasan. He showed me a photo of her house.""", "IT", "", "")
T("""Girl aged 14 seen leaving a hotel room with a man in his 40s at 3am, staff concerned.""", "AV", "", "S", child=True)
T("""Owe £12,000 for the boat and the lorry, they add rent and food each week so it never goes down.""", "DB", "", "")
T("""Promised hotel work in London, ended up picking spring onions in Lincolnshire for nothing.""", "DEC WW", "", "L")
T("""Told it was a modelling job in Manchester. When I got there it was a brothel.""", "DEC", "", "S")
T("""Worker paid late once in March, sorted the next week. No other issues.""")
T("""She has her own passport and comes and goes as she likes. No concerns.""")
T("""Shown a video of what happened to the last one who talked to the police.""", "IT", "", "")
T("""Nail bar on Kings Rd, staff all paid by bank transfer, rota on the wall, owner helpful.""")
T("""Lad says his kidney was 'bought' in Pakistan by a broker who promised £5,000 and paid £800.""", "DEC", "", "O")
T("""Paid £1,500 to an agent in Delhi for a care job that did not exist.""", "DEC", "uf", "")
T("""Hi-vis and boots taken out of first week's wages, £65. Agency says it's policy.""", "", "ppe", "")
T("""Three men sleeping on the floor of the kebab shop, no beds, no shower.""", "AC", "swp plc", "L")
T("""Slapped by the supervisor in front of everyone for going to the toilet without asking.""", "PSV", "", "L")
T("""Every day 14, 15 hours. Sunday also. One year no day off.""", "EO", "lh", "")
T("""One wage packet short after a payroll error, employer paid it the following Friday with an apology.""")
T("""Man outside Greggs begging every day, says he's homeless and keeps what he gets. Offered hostel.""")

T("""Victim debrief (long, translated from Romanian).

I met Cristi in my village, he was the friend of my cousin. He said in England there is work in a factory packing salads, £350 a week, house included. I paid him €300 for the ticket and he said the rest I will pay from my wages.

When we arrived in Peterborough he took my identity card 'to register me for work'. I never saw it again. We lived eleven people in a house with three bedrooms, I slept on a mattress in the kitchen. Each Friday he came and took our bank cards to the machine. He gave me £40 and said the rest was for rent, the transport and the debt. After four months he said I still owe him £1,200.

When I said I want to go home he said my sister is still in the village and he knows where she works. I was afraid. I stayed until the police came to the factory.""",
  "DEC ROD AC WW DB IT", "uf dt oc ncw ct", "L")
T("""Intelligence report 2/B/P. Subject AHMETI Gezim (DOB 12/11/1990), Albanian national, is believed to be supplying workers to two hand car washes in Gravesend and Dartford. Source reports that the workers are young Albanian males, some possibly under 18, who were brought to the UK by lorry and are told they owe £15,000 each for their passage. They are said to be paid £30 per day, with the remainder of their wages kept by AHMETI towards the debt. The workers sleep in a portakabin at the rear of the Dartford site. Source has seen AHMETI strike one of the workers with a power hose nozzle. No further details of the identities of the workers. Recommend joint visit with GLAA and Immigration Enforcement.""",
  "DB WW AC PSV", "swp plc ncw", "L")
T("""Online report: there is a house on my road (Fairfield Ave) with men going in and out all day and night, different cars. Its quite obviously a brothel everyone knows. But the women who live there I see them at the shop, they walk the dog, they laugh and chat with me. One told me she works for herself and rents the house with a friend. I dont think anyone is forced I just dont want it on my road and I want the council to do something about the parking.""")
T("""Case note, Unseen helpline. Caller Mrs D (British, 70s) is worried about a man who does her garden. He arrived in a van with four others, and the driver, who seems to be in charge, collects the money for the job in cash and does all the talking. The man who did the work told her in broken English he had not been paid 'for months' and asked her for food. He looked thin and his clothes were dirty. He said they live in a caravan on a site near Newark and 'the boss has our papers'. Mrs D has the van registration (YD15 HKF). Advised to report to police; with her consent we passed the details to Notts modern slavery team.""",
  "WW ROD AC", "sfw pa dt ncw plc", "L")
T("""Press summary: A couple from Wolverhampton have been jailed for keeping a man with learning disabilities as an unpaid labourer for 12 years. The victim, now 54, was made to lay patios and tarmac drives for the couple's business, sleeping in a shed with no heating or toilet. His benefits were paid into an account controlled by the wife. He was regularly beaten with a belt and told that if he left, no one would want him and he would die on the street. The court heard he was found with a fractured wrist that had never been treated. The judge said he had been 'treated as less than human'.""",
  "AV WW AC PSV IT", "plc ncw pa", "L")
T("""Officer handover, Op STONEHILL, day 2. Warrant executed at 41 Ashby Rd yesterday. Inside: cannabis grow (approx. 300 plants across 4 rooms), one Vietnamese male (claims 15, age assessment requested) found in an upstairs room with a camping stove and a bucket for a toilet. Windows nailed shut from the inside. He says he was brought by car at night from a different house and has not been outside since. He says a man called 'Anh' visits twice a week with rice and noodles, and has told him that if he runs away his family in Nghe An will have to pay his debt of $25,000. He has no phone and no documents. He was taken into police protection; LA children's services informed, NRM referral submitted.""",
  "AV ROM ISO AC IT DB", "rm plc swp iso fpe", "C", child=True)
T("""Safeguarding referral from a college: a student (F, 19, British) has been coming in with a man who waits outside every lesson and takes her phone during the breaks. She told her tutor she doesn't have any money because he 'looks after' her wages from her part-time job at a pub. She has bruises on her wrist and said she fell. She did not want to talk more. Tutor has given her the domestic abuse helpline card.""",
  "WW ISO", "pa et ncw iso", "")
T("""Statement of PC 2241 (extract). On attending the address I saw a woman in her 50s sitting on the back step of the kitchen. She had a blanket around her shoulders and no shoes. She told me, through the Language Line interpreter (Amharic), that she had come with the family from Saudi Arabia as their housemaid four years ago. She sleeps in the laundry room, works from before dawn until the family go to bed, and has never been paid. The lady of the house keeps her passport in her bedroom. She does not have a phone and has not spoken to her family in Ethiopia since she left. She was crying and asked me several times if she would be sent to prison.""",
  "EO WW ROD ISO AC", "pa lh swp dt iso foa fpe", "D")
T("""Intelligence (3/C/P): a man known as 'Lenny' is recruiting homeless men at a day centre in Leeds for block paving work, offering 'cash in hand and a roof'. Anecdotally men are driven to sites across Yorkshire. No reports of coercion yet; day centre staff say men who went came back after a week saying the work was hard but they were paid. Monitoring only.""")
T("""Referral: Child B (13) disclosed to her mentor that older boys she met on Snapchat take her to 'parties' in a flat above a shop in Rochdale and give her vodka and cannabis. She has been made to have sex with men there. She says one of the boys told her that if she tells anyone he will post the videos of her. She was returned home by taxi at 4am last Saturday.""",
  "AV PSV IT", "", "S", imm=False, child=True)
T("""Debrief, female (Nigerian, 24): 'Before I left Benin the native doctor took my hair and nails and I swore an oath that I would pay madam €35,000 and never talk to police. If I break it I will go mad and die. In Italy and then in London I worked on the street and in flats. All the money went to madam. She said she paid for my journey.'""",
  "DB IT WW DEC", "", "S")
T("""Hospital safeguarding note: patient (M, 31, Moldovan) presented with post-operative infection to a nephrectomy scar. Says he had a kidney removed in a clinic in Turkey eight months ago. He was told he would be paid $10,000; he received $2,000 and a man who arranged the trip holds his passport. He is now working at a car wash in Slough to 'pay back' the flight costs. Police notified.""",
  "DEC ROD DB", "dt", "O L")
T("""GLAA inspection notes: licence holder supplies 120 workers to a daffodil farm. Accommodation on site is caravans, 4 per caravan, clean, heated. Workers pay £50 a week rent, which is shown on payslips and within the accommodation offset. Working hours average 45 a week. All workers hold their own ID. Workers were spoken to alone in their own language and raised no concerns. Compliance: PASS.""")
T("""999 call: male screaming in Polish, operator gets interpreter. He says he is in a van on the M1 and the men are beating him because he asked for his money. He thinks they are going to leave him in the woods. Call drops. Location triangulated near J28.""",
  "PSV WW IT", "pa", "", imm=True)
T("""Debrief summary (Medaille Trust), female, Slovakian, 29. She was introduced to a man through her aunt who promised her a husband in England and a good life. After she arrived in Sheffield he took her passport and her phone. He made her claim universal credit and child benefit under false details and took all of it. He also made her work in a fast food shop where her wages went into his account. She was kept in the house when not working and he beat her when she tried to call her aunt. She escaped when a neighbour let her use her phone.""",
  "DEC ROD ISO WW ROM PSV", "dt iso ncw rm", "C L")
T("""Concern from construction site manager: one of the subcontractor's labourers told a site manager he had paid £800 to 'the agent' for his CSCS card and his job, and £50 a week comes off his pay for the minibus. He lives in a house the agent rents with 12 others. He showed his payslip: after deductions he got £92 for 60 hours.""",
  "WW AC EO", "uf ct oc lh ncw", "L")
T("""A&E note: F, approx 17, Albanian, brought in by a male 'boyfriend' after taking an overdose. States she has 'a lot of men' every day and she cannot stop. Boyfriend tried to stay, was asked to leave. She says he told her he will kill her little sister if she leaves. Police called urgently.""",
  "AV IT", "sfw", "S", imm=True, child=True)
T("""Neighbour dispute: two families argue over a shared driveway, one says the other 'keeps workers like slaves' because their Polish builder has been there for 3 months. Builder says he is a contractor, lives in his own flat, paid weekly, wants to be left alone. No offences.""")
T("""Officer note: Indian male (45) arrested for overstaying a visa at a restaurant in Southall. States he is paid £300 a week cash, has his own room in a shared flat he found himself and keeps his own passport. He does not want to be referred, says he is not a victim, just wants to stay and work. Immigration matter only.""")
T("""Public report: my friend is doing nails in a shop in Hounslow and she is only 16 she said the boss doesnt pay her just gives food and somewhere to sleep above the shop. she cant go to school. she said her dad sold her to the boss in vietnam""",
  "AV WW", "swp", "L", child=True)
T("""INT 2/B/P: OKAFOR Blessing (F) believed to run a 'cleaning agency' in Brixton supplying Nigerian women to private homes. Women pay a 'placement fee' of £2,000 which is deducted from wages over 6 months. OKAFOR collects the wages directly from the families and passes on £100 a month to each woman.""",
  "DB WW", "uf ncw", "D")
T("""Witness: 'Me and my husband run the cafe, we employ four people from Eritrea through the refugee scheme. They're on the minimum wage, we pay into their own accounts, they do 30 hours. One of them left last month for a better job. The person who reported us had an argument with us about a parking space.'""")
T("""He said I owed him for the visa, £6,000. Every month he said I owe more, for the food, the room, the electric. After two years I owed £9,000.""", "DB", "", "")
T("""Fisherman (Ghanaian) tells the Mission to Seafarers the skipper promised £1,200 a month. After 9 months he has received £200 in total and the skipper says the rest will be paid 'at the end of contract'. His contract finished 3 months ago.""",
  "WW DEC", "", "L")
T("""Employee at a bakery complains on a forum that her pay is low (£10.42/hr) and the manager is rude. She has been looking for another job.""")
T("""Statement, witness 4: 'I saw Adrian push the girl against the wall and tell her she would go back to the flat and work or he'd cut her face.'""", "PSV IT", "", "S")
T("""Bank alert: account opened for Sudanese customer by a 'friend' who handles all correspondence, card posted to a different address. Multiple £40-£80 cash deposits at various branches followed by immediate transfer out. Suspected money mule; customer says he doesn't know his own balance.""",
  "", "ncw sfw", "C")
T("""Interpreter: She says she worked for a family in Dubai and when they moved to London they brought her. She says they did not pay her in London at all, they said her salary is paid to her mother in the Philippines. She spoke to her mother who says she has received nothing for a year.""",
  "WW DEC", "ncw", "D")
T("""Police log 13/06: Vietnamese female (16) recovered from a nail bar in Northampton. She says she was told she would be going to school in England. She works 10am-8pm six days, sleeps at the owner's house and is given no money. She does not have a passport, 'the lady has it'.""",
  "AV DEC EO WW ROD", "lh dt", "L", child=True)
T("""A patient attended clinic asking about selling a kidney, said he saw an advert online offering £50,000. Counselled that this is illegal in the UK; he said he was just curious, has no debts, no one has approached him. No further action.""")
T("""Brazilian woman advertised on a website, rents a room herself, sets her own prices and hours, told officers she works independently and doesn't want help. Welfare check complete.""")
T("""Concern: my neighbour has a young woman living with them who does all the housework, walks their kids to school, cleans their car. I've seen the husband shout at her in the street and grab her by the neck. She looks exhausted.""",
  "PSV", "pa", "D")
T("""Albanian man (24) found in a lorry at Dover with 5 others. Says he paid €8,000 to a smuggler and has no more debt, going to his brother in London. No indicators of exploitation; immigration matter.""")
T("""My boss at the car wash, Mr R, he say if I go to the police they deport me and my family have no money. He hit me with the hose. Seven days working, no day rest, 8am-8pm.""",
  "IT PSV EO AV", "foa lh", "L")
T("""Housing officer: two-bed flat with 9 occupants, mattresses in every room, mould, no cooker. Occupants say the 'boss' finds them work at a meat plant and takes rent from the agency wage direct.""",
  "AC WW", "oc plc ncw", "L")
T("""Girl (15) on a child protection plan disclosed that a 'friend' of her brother makes her carry drugs in her bra to Swansea. She is paid in vapes and clothes. He has threatened to 'batter' her mum if she stops.""",
  "AV IT", "", "C", child=True)
T("""Customer at a Chinese takeaway gives a note to the police saying the cook 'works 16 hours for no pay, sleeps on the floor and his boss keeps his passport'.""",
  "EO WW AC ROD", "lh swp dt", "L")
T("""Referral: Mr S (Eritrean, 22) had been told by the man who brought him from Libya that he could live with him in Manchester. He was made to work in his carpet warehouse for nothing and was told that his family in Asmara would be reported to the regime if he refused.""",
  "DEC WW IT", "", "L")
T("""Intelligence: a pop-up brothel in an Airbnb in Canary Wharf, 3 Thai women, advertised on AdultWork. One client reported that a woman had bruises on her legs and said 'the boss is angry with me'.""",
  "", "pa", "S")
T("""Case note: client (M, 38, British) says a family he met in a soup kitchen let him live in their caravan in return for labouring. He worked 7 days a week from 7am for 5 years, paid £10 a day, and was told he'd be killed if he spoke to the police. Travellers site, Bedfordshire.""",
  "AV EO WW IT", "lh plc", "L")
T("""Salvation Army: client's recruiter took a fee of 3,000 zloty in Poland, promised warehouse work at £12/hr. On arrival the job was at a different warehouse at £8 and she was charged £70 a week for a bunk bed in a room of six.""",
  "DEC AC", "uf oc", "L")
T("""Safeguarding note, GP: pt (F, 45, Indian) brought by 'employer' who insisted on translating. Pt has untreated burn on forearm. Later on the phone alone the pt said she cooks for 12 people, sleeps in the kitchen, and the employer slaps her if the food is late.""",
  "PSV AC", "pa sfw swp", "D")
T("""School: Year 8 pupil (12) says his cousin makes him sell 'bits' at the park after school and he'd 'get done in' if he loses the money. Pupil has cuts to his knuckles.""",
  "AV IT", "pa", "C", child=True)
T("""GLAA: gangmaster operating without a licence, supplying 20 workers to a salad factory. Workers paid correctly, hold own documents, live independently. Licensing offence only; no exploitation found.""")
T("""Housekeeper of an MP's family in Westminster, live-in, says she works long days during parliamentary recess but gets time off in lieu and her pay is correct. She was interviewed after a journalist's tip-off. No concerns.""")
T("""A woman told a volunteer at the food bank that her husband's family brought her from Pakistan to marry and since then she cooks and cleans for 10 people every day; if she complains her mother-in-law burns her with a hot spoon. She has not been allowed to phone her parents.""",
  "PSV ISO EO", "iso lh", "D")
T("""Report to police: 'My ex' is forcing me to sell drugs for him and to store them at my flat. He took my bank card and uses my account for his money.' (F, 27, British, addiction to crack)""",
  "AV", "ncw", "C")
T("""Kidney for sale: intelligence that a Facebook group is brokering kidneys from Indian donors to UK patients with travel to a clinic in Sri Lanka. Donors reportedly promised £4,000 each. 3/C/P""",
  "", "", "O")
T("""Transplant coordinator raised concern: potential donor (M, 26, from Bangladesh) introduced as recipient's 'nephew' cannot name the recipient's family members, says a man in Dhaka paid his debts in exchange. Interpreter present. Donation stopped; referral to police.""",
  "AV", "", "O")
T("""Man (28) went to Egypt for what he was told was a medical check up for a job offer; woke up with a scar, told he had donated a kidney. Now back in the UK.""",
  "DEC PSV", "", "O")
T("""Slovak woman says the man who found her job in a Luton laundry takes her card to the ATM each payday and gives her £30. She has been with him 2 years. He said she owed him for the flight.""",
  "WW DB", "ncw", "L")
T("""Anonymous: THE FARM ON BRICK LANE (Wisbech) HAS WORKERS THAT DONT GET PAID FOR WEEKS AT A TIME THEN THE BOSS GIVES THEM A FEW QUID AND SAYS THE REST IS FOR THE HOUSE. THEY ARE FROM LITHUANIA. 12 IN ONE HOUSE.""",
  "WW AC", "ncw oc", "L")
T("""An employment tribunal claim for unpaid holiday pay by a chef at a restaurant chain. The chef was otherwise paid monthly into his own account and has now left. Not a police matter.""")
T("""Report from a priest: a young Filipino woman attends Mass with the family she works for. She whispered that she has not been paid since arriving 8 months ago and her employer has her passport.""",
  "WW ROD", "dt", "D")
T("""Victim: 'I was 14. He was 22 and said he loved me. He gave me a phone and then said I had to pay him back by doing things with his friends.'""",
  "AV DB", "", "S", child=True)
T("""Nom DEMIR Hakan, Turkish barber shop owner in Croydon. INT suggests that 2 young Kurdish males work at the shop for no wages and sleep in the back. They have been told they owe DEMIR for 'their papers'. 2/C/P""",
  "WW DB", "swp", "L")
T("""Man with no fixed abode (British, 40s) says a couple recruited him outside a shelter to work on driveways, promising £80/day. He worked 3 weeks without pay and they threatened to set their dog on him when he asked.""",
  "AV DEC WW IT", "", "L")
T("""Hotel housekeeping agency: workers paid per room (£2.50). Several told inspectors they earn less than minimum wage. They live in their own homes and move between agencies freely. Referred to HMRC NMW team; not modern slavery.""")
T("""Border Force Stansted: male, 19, Vietnamese, travelling on a false Japanese passport supplied by a facilitator. Says he is going to 'work in a nail salon' to pay back $30,000. Facilitator not on flight.""",
  "DB", "", "")
T("""Debrief: 'I did not know that I would have to sleep with men. They said it was massage only. The first night the owner came to my room and raped me, he said this is your training.'""",
  "DEC PSV", "", "S")
T("""Witness: the lads at the car wash told me they work 7 till 7, seven days, and get £40 a day. They seemed fine, they live in their own place, one goes to college on Mondays.""",
  "EO", "lh", "L")
T("""Threats to the family of a worker who left a Leicester garment factory: men attended his mother's house in Gujarat and told her he must come back or 'there will be consequences'.""",
  "IT", "", "L")
T("""She says the man who brought her gave her 'tablets to make her happy' every day and when she stopped taking them she was very sick. She had to see 8-10 men every night.""",
  "AV", "", "S")
T("""Intelligence: county lines 'TONY' line operating from Liverpool into Blackpool using two 15-year-olds. Boys kept in a trap house for a week at a time, made to sleep on sofa, phones swapped for the line phone.""",
  "AV ISO", "iso", "C", child=True)
T("""Investigator note: pay slips from the packhouse show hourly rate above NMW but 'accommodation', 'transport', 'PPE' and 'admin' deductions totalling £310 of £360 weekly gross.""",
  "WW", "ct ppe ncw", "L")
T("""Social worker: family of five living in a 2-bed council flat, overcrowded, but it's their own tenancy and the dad works as a delivery driver. Rehousing application supported. No exploitation.""")
T("""An Indian chef said the restaurant owner who sponsored his visa told him he'd cancel it and have him deported if he didn't work double shifts. He works 80 hours a week.""",
  "IT AV EO", "lh foa", "L")

# ---------------- part 3 ----------------
T("""Only go out with Ion. Ion drives, Ion waits, Ion brings back.""", "ROM", "rm et", "")
T("""Door locked from outside when the boss goes home. We sleep in the shop.""", "ROM", "rm swp", "L")
T("""Not allowed past the gate without the foreman, even on Sunday.""", "ROM", "rm", "L")
T("""He checks my phone every night and deletes my friends.""", "ISO", "iso", "")
T("""I don't know the address. We came at night, the windows are covered.""", "ISO", "iso", "")
T("""Staff can leave the site at any time; gate is locked only for vehicle security.""")
T("""Fire exits chained at the clothing factory, workers locked in during shifts.""", "ROM AC", "rm", "L")
T("""She has her own key, goes to the gym after work, visits her sister on Sundays.""")
T("""Keys kept by the house 'mother', girls ask permission to go to the corner shop.""", "ROM", "rm", "")
T("""Phone taken at the airport by the man who met me. I have not spoken to my family since.""", "ISO", "iso", "")
T("""No contact with family for 3 years, letters are read before sending.""", "ISO", "iso", "")
T("""Night shift locks the premises from inside for security, staff hold the keys.""")
T("""He told me not to talk to the neighbours or the postman, 'they are spies'.""", "ISO", "iso", "")
T("""Escorted to work, escorted home, escorted to the toilet at the services.""", "ROM", "rm et", "L")
T("""My son is 15 and grounded till Friday because he bunked off. Not sure why the school rang you.""")
T("""Mum says she doesn't go out since the divorce, she just prefers to stay in and read.""")
T("""The girls aren't allowed to speak to clients except to say the price; the madam does the talking.""", "ISO", "iso sfw", "S")
T("""Moved between three addresses in two weeks, always after midnight, never told why.""", "ISO", "iso", "")

T("""Officer handover, nights to days. Call at 02:14 from a taxi driver who picked up a woman at a petrol station on the A38 near Bromsgrove. She had run from a farmhouse nearby, barefoot, wearing only a dressing gown. She speaks some English. She says she is from Romania and was brought to the UK 6 weeks ago by a man she met on Facebook who promised her work in a hotel. At the farmhouse there are 'other girls', at least 3, who are locked in a room upstairs; men come to the house every night. She says the man keeps their ID cards in a drawer in the kitchen and took their phones the first day. She climbed out of a bathroom window tonight when the man was drunk. She has bruising to her neck and wrists. She is now at Worcester custody suite as a place of safety (not under arrest), awaiting ISVA and interpreter. PRIORITY: the other women may still be at the address; the location is being identified from her description and the taxi driver's route. Inspector aware.""",
  "DEC ROM ROD ISO PSV", "pa rm dt iso", "S", imm=True)
T("""Public report (online form): i want to report my ex boss at the restaurant, he never paid my holiday and he shouts alot. i worked there 2 year and left last month because i found better job. i dont want police i just want my money. he is racist also to the staff from poland. can you help me get my holiday pay?""")
T("""Intelligence log, 2/A/P. Source is a regular customer at the nail bar at 112 Soho Rd. The source states that two of the female workers, both Vietnamese and appearing to be in their teens, are picked up each evening at 20:30 by a white Audi (VRM partial LK6-) and driven away; the driver is an older Vietnamese male. The girls do not speak to customers beyond greetings and are told off by the manager if they do. The source once offered one of the girls a lift and the manager intervened, saying 'she's not allowed'. The girls have never been seen on their own, including at lunch, when food is brought in for them. The source believes the girls live with the manager. Recommend welfare visit with an interpreter and an age assessment.""",
  "AV ROM ISO", "cedl et rm iso", "L", child=True)
T("""Witness statement (neighbour, long). I've lived at number 7 for eleven years. Number 9 was sold last spring to a man called Mr Patel, who I understand runs a couple of shops. Since the summer there have been three young men living there, I'd say early twenties, I think from India or Bangladesh. At first I was worried because they never seemed to leave and I read about modern slavery in the paper. But I got talking to one of them, Rahul, when his football came over the fence. They're students at the university, renting rooms from Mr Patel, and they were just studying for exams over the summer. Rahul showed me his student card and said Mr Patel is a fair landlord. Since term started they're in and out all the time on their bikes. I'm reporting this just so you know I was wrong and you can close the report I made in June.""")
T("""Victim debrief (first person, via interpreter, Mandarin). She says: I came to London on a student visa which the agent arranged for a fee of 80,000 yuan, I borrowed from relatives. The agent said I could work part-time in a restaurant to pay back. But when I arrived a woman collected me at the airport and took my passport 'to register me at the college'. I never went to the college. I was taken to a flat in Ilford where I was told to give massages. After two days they told me I must do sex also, because the debt was big and massage is slow. I said no. The man locked me in the bathroom for a night with no food. After that I did what they said. They moved me every week to a new flat, I never knew where. They took the phone and gave it back only to send messages to my mother saying I am studying. I was found when police came to the flat in Reading.""",
  "DEC DB ROD ROM ISO AC", "uf dt rm iso", "S")
T("""Safeguarding adults (long). Referral from a district nurse visiting Mr Hughes (82) for leg ulcer dressings. A man named Dean (30s) has been living in Mr Hughes's spare room since spring; Mr Hughes describes him as 'my lodger'. The nurse noticed that Mr Hughes's post is opened and piled in Dean's room, and Mr Hughes says Dean 'sorts the bank'. The living room had sleeping bags for at least four people, and several young people were coming in and out during the visit. Mr Hughes said he 'can't tell them to go' and that he has to stay in his bedroom 'when the lads are busy'. Nurse saw small bags of white powder on the kitchen table. Mr Hughes appeared frightened and asked the nurse not to say anything. This looks like cuckooing: a vulnerable elderly man whose home is being used for drug supply, with his money controlled by Dean and his movement in his own home restricted.""",
  "AV ROM", "ncw rm", "C")
T("""Press summary. Five men from Poland were found living in a disused piggery on a farm near Lincoln, sleeping on pallets under tarpaulins, with one cold tap between them. The farmer's son, who had recruited them through a Facebook post promising 'good money and a flat', took them to work at 5am in a van and brought them back at dark. They were each paid £100 a month 'after food'. Their passports were kept 'in the farmhouse'. One man said he was too scared to leave because the son had a shotgun and said he would 'shoot anyone who runs'. The men were found after one of them collapsed at a petrol station and was taken to hospital malnourished.""",
  "DEC AC WW ROD IT EO", "plc cedl et ncw dt pa lh", "L")
T("""Caseworker note (BAWSO). Client (F, 34, Bangladeshi) came to the UK on a spousal visa. Her in-laws control all her movements; she is not given a key and the front door is double-locked when the family goes out. She is not allowed to learn English or to attend the GP without her mother-in-law, who interprets. She does all the cooking and cleaning for 9 adults and looks after the children and an elderly relative, from 5am to past midnight. She has no money of her own. Her husband has threatened to send her back to Bangladesh 'in disgrace' and keep the baby if she tells anyone. She made contact through the health visitor.""",
  "ROM ISO EO IT AV", "rm iso lh sfw", "D")
T("""Licensing inspection (long, council). HMO at 27 Victoria Terrace, 5 bedrooms. 7 adults in occupation, all from Bulgaria, working at a distribution centre via a licensed agency. Each has a tenancy agreement in their own name, with rent paid directly to the landlord by standing order. Officers spoke to four occupants in their own language via telephone interpreter; all said they arrange their own transport (two share a car), have their own phones and documents, and are paid weekly into their own accounts. There were minor fire safety issues (missing door closers) and an overdue gas certificate. Landlord given 14 days to comply. No modern slavery indicators identified.""")
T("""Intelligence (3/C/C — not to be disseminated to the agency). Source alleges that workers at a frozen food plant in Grimsby, supplied by 'Baltic Staff Solutions', are collected from 3 houses at 04:45 and driven home at 20:00, charged £12 a day for the minibus, and sleep 5 to a room. Source says the house manager, a Lithuanian male known as 'Rimas', has the workers' bank cards and PINs and withdraws their wages at one cash machine in Freeman St on Friday nights. Workers are told they must not talk to the plant's HR staff. Source has no knowledge of violence.""",
  "WW AC ISO EO", "cedl ct oc mbc ncw iso lh et", "L")
T("""999 transcript summary: child (girl, says she is 12) calling from a mobile: 'there's a man in the house and he won't let me go home, he's locked the door and he's got my phone'. Sounds of a male voice. She doesn't know the road name. Call is ongoing, location via AML points to a flat in Stoke.""",
  "AV ROM ISO", "rm iso", "", imm=True, child=True)
T("""Debrief, male (Sudanese, 23): 'In Calais a man said he can take me to England and in England I will work for him in a car wash until I pay £3,000. In England he takes all my money each week and says the debt is the same because of the room. We are six in one room. He says if I go to the police they will put me in the jail and send me back to Sudan.'""",
  "DB WW AC IT AV", "oc ncw foa", "L")
T("""School referral (long). Jayden (14) has been absent 23 days this term. Mum reports he goes out at night and comes back at 6am with cash and new clothes. Last week he came home with a stab wound to his thigh which he would not explain; he was treated at A&E and discharged. His older friend 'Kez' (about 19) was seen by a teacher collecting him from school gates in a hire car. Jayden told a teaching assistant he 'owes Kez' after 'losing a pack' and that he has to 'work it off' in Ipswich. He said Kez took his phone and gave him another one. Mum is frightened and says Kez has been to the house and told her 'your boy's working for me now'.""",
  "AV PSV DB ISO IT", "pa iso", "C", child=True)
T("""Witness: 'The young lass at the Thai massage place on Queen St said she'd been there two years and she can't go home till she pays off the airfare, they take £80 of every £100.'""",
  "DB WW", "ncw", "S")
T("""OIC update: the 3 Chinese women at the Slough property have all been spoken to separately. Two say they work independently and share the flat for safety; they have their own passports and bank accounts. The third says she was brought by a 'boss' and pays him everything, and that he keeps her passport. NRM referral for the third only.""",
  "WW ROD", "dt ncw", "S")
T("""My aunt works as nanny for a family in London. She is happy, they pay her well and give her Sundays off, she has her own flat nearby. I just read about domestic slavery and wanted to check the rules about how many hours she is allowed to work.""")
T("""Log: 2/B/P. Intel suggests that at 'Golden Dragon' takeaway, Bridge St, staff (Chinese nationals, 3) sleep in the storeroom. Owner LIN locks the back gate at night and takes the key home. Staff have no days off. Staff reportedly owe LIN 'snakehead' money.""",
  "ROM EO DB AC", "swp rm lh", "L")
T("""Report: elderly Indian man (70s) selling lucky charms on the tube, collected by a van at 6pm each day. Officers spoke to him; he says his son drops him off and he keeps the money, lives with the son's family. No further action.""")
T("""Interpreter notes (Albanian): He says when they arrived in Birmingham the man took them to a house and locked them in a room for a week. They got food once a day. Then they were sent to a cannabis house in Wolverhampton and the door was locked from outside. The man came every three days. He says the man said he would cut off his fingers if the plants died.""",
  "ROM IT AC", "rm", "C")
T("""Prison note: prisoner (Vietnamese, 19, convicted cannabis cultivation) disclosed to chaplain that he was locked in the grow house and threatened. s45 defence not raised at trial. Referred to NRM; solicitor informed.""",
  "ROM IT", "rm", "C")
T("""Care worker (Zimbabwean, 41) sponsored by a domiciliary care agency says the agency charged her £6,000 for the certificate of sponsorship, and says she must pay £4,000 if she leaves before 3 years. She does 70-hour weeks and sleeps in the office between calls.""",
  "DB EO AC", "uf lh swp", "L")
T("""Farm manager's response to the GLAA: the workers' accommodation is locked at 10pm by security because of thefts from the site; every worker has a personal code for the pedestrian gate and can leave at any time. Inspectors tested a worker's code; it worked. Closed, no concerns.""")
T("""Public report: something not right at the big house on Ravenscourt Rd a woman comes out only to hang washing and there is always a man watching her at the back door. i waved once and she looked terrified and went in. the family are foreign rich, she looks asian, never seen her at the shops""",
  "ROM", "rm", "D")
T("""Ukrainian refugee (F, 38) staying with a host family under Homes for Ukraine. Host asks her to babysit occasionally; she is happy to, and is free to come and go. She contacted the council only about moving to her own flat.""")
T("""POI IONESCU Marius nom. Believed to run a begging ring in central London using Roma women with babies. Women dropped at tube stations at 7am and collected at 9pm, money collected by IONESCU hourly. Women not allowed to move pitch. 2/B/P""",
  "ROM WW EO", "cedl rm ncw lh", "C")
T("""Debrief (female, Eritrean, 26) — housekeeping in a Gulf family's London home. 'They said in London I will get English lessons and a day off. In London nothing changed. The door code they changed so I could not go out. I slept on the floor of the children's room. When madam was angry she hit me with her shoe.'""",
  "DEC ROM AC PSV", "rm plc", "D")
T("""Intelligence: male (Polish, 60) alcohol dependent, lives in a caravan at a scrapyard near Tamworth. Works for the scrapyard owner in return for cider and tobacco. Owner keeps his bank card and takes his pension.""",
  "AV WW", "ncw plc", "L")
T("""A member of the public reported a woman sitting in a car outside a hotel in Reading for hours while a man brought different men to room 214. Hotel staff say she is a regular guest with her partner and has her own car. Police attended: she is a sex worker working independently, no coercion found.""")
T("""Financial intelligence: 23 bank accounts opened in one month at branches in Glasgow, all Romanian males, all with the same 'employer' and same mobile phone number as contact. Wages from a meat processing plant paid in, cash withdrawn at one ATM within hours. Suspected control of wages.""",
  "", "mbc ncw", "L")
T("""Handover: two men removed from a hand car wash in Barnsley. They say they wash cars 8am-7pm, 7 days, for £35 a day. Sleep in the unit office. Manager speaks for them. Both say their passports are 'with the boss for the tax'.""",
  "EO AC ROD", "lh swp sfw dt", "L")
T("""Worker injured by a machine at a food factory — trapped his arm in a conveyor. HSE investigating guarding failure. Worker employed directly, British, lives with his family. No exploitation.""")
T("""Midwife: 17-year-old pregnant girl attending with 35-year-old 'husband' who will not leave her alone for a minute. She has no phone, says she doesn't go out unless he takes her, and says she 'has to' keep his parents' house clean all day. No school since 14.""",
  "AV ROM ISO", "rm iso sfw", "D", child=True)
T("""Crimestoppers: Slovak family in a house in Rotherham controlling about 15 Slovak men and women, taking them each morning to a recycling plant and to car washes. Workers never hold their own wages, the family collects them. Workers in a cellar, mattresses on concrete.""",
  "WW AC", "ncw plc oc et", "L")
T("""Interview with a young British man (20, autistic) who had been 'befriended' by a group at a bus station. They used his flat as a base to sell drugs, told him he must stay in his bedroom, and took his universal credit. He said they'd 'do him in' if he talked.""",
  "AV ROM IT", "rm ncw", "C")
T("""Indian restaurant owner voluntarily contacted the GLAA because two staff asked about their rights. Inspectors found contracts, payslips and rotas in order; staff have own accommodation. Staff just wanted pension advice.""")
T("""She cannot leave the flat, she is taken to the clients in a car, the driver waits outside each time. — text from a client of an escort agency to the helpline""", "ROM", "rm et", "S")
T("""Interpreter: He says the boss told them they must not look at the customers and not speak to anyone from the church that comes with food, because they are 'social workers who take people'.""", "ISO", "iso", "L")
T("""Phone records show the victim's phone had been switched off for 6 months; the suspect used it to reply to the family as if he were her.""", "ISO", "iso", "")
T("""Kidney transplant patient (M, 60, British) travelled to Pakistan for a commercial transplant. Clinic found him a donor 'from a village' whom he did not meet. Returned with complications; doctors notified police of potential organ trafficking.""", "", "", "O")
T("""Young woman (F, 19, Romanian) says her 'boyfriend' arranged for her to work in a hotel in Leeds. She was told to wait in a flat for a week, where a man stayed with her and did not let her go to the shops. Then she was told to see men. She refused and was beaten.""",
  "DEC ROM PSV", "rm", "S")
T("""Fishing: crew of a Scottish scallop boat, all with valid visas and contracts, paid monthly, rest periods logged. A routine inspection by Police Scotland and ITF found no concerns.""")
T("""Man found in a locked horsebox at an equestrian yard in Kent. He says he has lived there for 3 years mucking out the stables for his keep and the owner locks the box at night 'to stop him drinking'.""",
  "ROM AC WW", "rm swp plc", "L", imm=True)
T("""Intel suggests DAS, Rupa (F) running a sweatshop in Leicester; 8 women of Bangladeshi origin sewing garments in a back room 12 hours a day for £2/hr. Windows blacked out, door locked while working. 3/C/P""",
  "EO WW ROM", "lh rm", "L")
T("""Boyfriend takes her phone to stop her cheating, she says; she still goes to work, visits her family and has her own bank account. DA risk assessment done, standard risk. No exploitation.""")
T("""Report of a teenage boy living with a family in Tower Hamlets who 'is their servant' according to the caller. Social worker visit: the boy is the family's nephew, attends school, has his own room, and helps with chores like the other children. No concerns.""")
T("""Woman (Polish, 45) found living in a shed at the back of a bed and breakfast. Owner says she 'helps out' in the kitchen and with cleaning. She says she gets no wages, only food, and the owner says she can't go out because she 'gets confused'. Learning disability suspected.""",
  "AV WW ROM AC", "swp rm plc", "L")

# ---------------- part 4 ----------------
T("""All his belongings were in one carrier bag: a toothbrush, a shirt and a photo of his children.""", "", "fpe", "")
T("""They took £120 for the gloves, knife and boots before we cut a single cabbage.""", "", "ppe", "")
T("""Scared of the police, she said police in her country sell girls back to the gangs.""", "", "foa", "")
T("""Minibus to the factory costs us £15 a day, boss drives it, we cannot choose another way.""", "", "ct et", "L")
T("""Arrived with nothing but the clothes she was wearing; no bag, no phone, no coat in January.""", "", "fpe", "")
T("""Each worker had paid a 'registration fee' of £400 to the gangmaster before the season started.""", "", "uf", "")
T("""She refused to give her name, said immigration would lock her up if she spoke to us.""", "", "foa", "")
T("""Nine bank cards found in the supervisor's wallet, none in his name.""", "", "mbc ncw", "")
T("""Builder gives his labourers a lift to site each day for free; they can drive themselves if they prefer.""")
T("""Worker buys his own steel toe caps and claims them back on expenses. Fine.""")

T("""Victim debrief (long, first person, male, Vietnamese, 17 at the time).

My family borrowed money from a man in our district so I could go to Europe and work. They told us I would work in a restaurant in England and send money home. I travelled many months through Russia and Poland and France, always with other people, always at night. In France we waited in a camp and then I was put in a lorry.

In England a car picked me up from a service station. I did not know where I was. They took me to a house and told me to look after the plants. The windows had black plastic and the front door was locked from outside. A man came every few days with food. He took my phone and said my family still owes $28,000 and I must work until the harvest three times. He said if I run, the men in Vietnam will visit my parents.

I was in the house four months. I was very hot, the lights were on all the time, I had headaches. One night the police broke in. I was scared of the police because the man said they would put me in prison for ever.""",
  "AV DEC ROM ISO DB IT AC", "rm iso foa", "C", child=True)
T("""NGO referral (long). Referral from Kalayaan: Ms A (Filipina, 39) on an Overseas Domestic Worker visa accompanying a Qatari family visiting London for the summer. She attended our drop-in after running away during a shopping trip at Westfield. She reports that the family kept her passport and residence card throughout; she worked from 6am until 2am caring for four children and cleaning a large rented house in Mayfair; she was given food left over from the family's meals; she slept on the floor of the children's bedroom. She has not been paid for 7 months: she was told her salary of $400 a month was being 'saved' for her until the end of the contract. She was not allowed to have a phone and could only call home once a month in madam's presence. Madam pulled her hair and slapped her on two occasions. She is extremely fearful that the family will report her to the police for theft, as they had threatened to do if she ever 'disobeyed'. She consents to an NRM referral.""",
  "ROD EO AC WW ISO PSV IT", "dt lh swp iso ncw foa", "D")
T("""Intelligence report (long), 2/B/P. Subject: hand car wash, former petrol station, Holderness Rd, Hull. Source (a local mechanic) has visited the car wash weekly for six months. He reports: eight workers, all men, appear to be Romanian and Kurdish; they work from 08:00 to 19:00 seven days a week; they are not given gloves or boots and some wash cars in trainers; they have a lunch break of 15 minutes eaten standing up. A portakabin at the rear has bunks and the source has seen washing hung from it; he believes four or five workers sleep there. The manager, a Kurdish male known as 'Rebwar', 30s, shaved head, drives a black Range Rover (VRM unknown), takes all the cash from the till every two hours. The source once offered one worker a job at his garage; the worker said 'I can't, Rebwar has my passport and I owe him'. Source has not seen any violence.""",
  "EO AC ROD DB", "lh swp dt ncw", "L")
T("""Public report (long, online, all in one paragraph): hello i am writing because my cousin Florin is in england since march he went for a job in a warehouse the man in romania said 1800 pounds a month and a nice room. now he calls us only sometimes from a phone that is not his and he whispers. he says they are 14 men in a house in Corby and they sleep two in a bed in shifts. he says the man take there bank cards and give them 50 pound a week. he says he cannot leave because he owe for the bus and the room and the man say if he go the debt goes to us his family in Romania and they know our house. he is very thin he says. please help him i dont know the address only Corby and the warehouse is big and blue.""",
  "DEC AC WW DB IT ISO", "oc ncw iso", "L")
T("""Local authority children's services (long). Strategy discussion re: Amira (16, Sudanese, UASC). Amira was placed in semi-independent accommodation in March. Staff report that since May she has been leaving the placement late at night and returning in the early hours in different cars, and has been seen with a man in his 30s known as 'Abdul' who she describes as her 'uncle'. She has new clothes and two phones. Last week she disclosed to her key worker that Abdul 'sends her to his friends' and that she 'has to be nice to them because he pays for her family's rent in Khartoum'. She has marks on her neck consistent with strangulation. She says Abdul told her that if she tells social workers he will 'send her back'. Actions: CSE risk assessment, police notified, move to out-of-area placement considered, NRM referral by police.""",
  "AV PSV IT", "pa", "S", imm=True, child=True)
T("""Case summary (long, look-alike). A farm in Herefordshire was reported by a passer-by who saw 'workers living in caravans behind a locked gate with guard dogs'. GLAA and police attended jointly. The farm employs 60 seasonal workers under the Seasonal Worker scheme through a licensed operator. The gate is locked at night to deter thefts of machinery and the dogs are kept in a kennel by the farmhouse; every worker has a gate code. Caravans were clean, heated and had 4 occupants each. Workers showed their passports, BRPs and bank cards; payslips showed the NMW and lawful accommodation offset. Workers have Sunday off and a free bus into Hereford. Several workers said they were returning for a third season. No indicators identified; the reporter was thanked and updated.""")
T("""Safeguarding referral (long), A&E. Patient: male, stated age 34, Vietnamese, no English; Language Line used. Presented at 03:00 with burns to both hands and forearms. He was dropped at the entrance by a car which drove off. He says he was 'cooking' and the pan caught fire. On gentle questioning he said he works in a 'house with plants' and that the electrics sparked when he touched a cable. He does not know the address. He asked repeatedly if he would be arrested and if he could go back 'or they will be angry'. He has no phone, no ID and only the clothes he is wearing. Staff contacted police because of concern he is a victim of forced criminality in a cannabis grow. He was admitted; police attended and he consented to an NRM referral.""",
  "ISO AC", "pa iso foa fpe", "C")
T("""Intelligence (2/B/P), long. Operation CEDAR. Telephone analysis links the number 07700 900123 to 41 adverts on an adult services site, for women described as 'new in town' in Northampton, Kettering and Milton Keynes. The same number was used to book hotel rooms in the name of a Romanian female, POPA Andreea. Hotel staff in Kettering say a male collects the women's room keys each morning and nobody is allowed to enter the rooms except 'customers'. One cleaner reported hearing a woman crying and saying in English 'I want go home, please'. ANPR shows VRM FY17 KJU travelling between the three towns at 02:00-04:00 on Mondays and Thursdays. Assessment: women being moved between locations at night in a pattern consistent with controlled sexual exploitation.""",
  "ROM ISO", "rm iso et", "S")
T("""Press (long). A Leicester garment factory owner has been fined for paying workers £3 an hour, but a court heard there was no evidence anyone was forced to work there. The factory's staff, mostly women of Indian origin who had worked there for years, told investigators they could leave at any time and lived in their own homes. HMRC recovered £120,000 in arrears for 40 workers. The judge said it was 'a serious breach of minimum wage law' but 'not modern slavery'.""")
T("""Officer statement (long). At approximately 10:30 hours on 4 March I attended the rear of a pizza takeaway on Market St with PC Khan and a GLAA officer. In a first-floor room above the kitchen I found three male adults sitting on mattresses. The room had no window, a single lightbulb and a strong smell of damp. There were no personal belongings apart from a sports bag each. The men identified themselves as Indian nationals. The owner, Mr SINGH, arrived and immediately stated that the men were 'relatives visiting' and 'not working'. One of the men, speaking in Punjabi to PC Khan, said that they had worked in the kitchen for 9 months, that Mr SINGH had their passports, and that they had been told they owed him £8,000 each for their visas. He said they were not allowed out without Mr SINGH 'in case of immigration'. All three were taken to a place of safety.""",
  "AC ROD DB ROM AV", "plc fpe swp sfw dt rm foa", "L")
T("""Debrief (long, Polish, via interpreter). He says that he was living in a night shelter in Gdańsk when a man offered him work in England with food and housing. He travelled by coach with 5 others. In Kent they lived in a bungalow with no furniture. They worked on a landfill site picking recyclables from a conveyor 12 hours a day. He says the man opened bank accounts for all of them with their ID cards and kept the cards. They got £10 on Fridays for tobacco. When he asked for money the man punched him and said there was 'no money because of the rent'. He says he did not try to leave because he had no money and no passport and did not know where he was. He left after 2 years when a worker at the landfill called police.""",
  "AV WW PSV ROD ISO EO AC", "ncw mbc dt lh iso plc", "L")
T("""Public report: the boys at the new car wash on London Rd, I asked one if he was ok because it was snowing and he had no coat and he said yes they are fine and get paid, he's saving for a car. He said the boss is his cousin. Just wanted to check if that's alright.""")
T("""Caller reports an au pair (F, 19) sobbing at the bus stop, says host family have locked her out after an argument and kept her passport. Officers attended: the family returned the passport; au pair moved to a friend's. Host family disputes account.""",
  "ROD", "dt", "D")
T("""Teenage girl (16) under a curfew set by her foster carer (home by 9pm). Foster carer informed police when she was late; she returned at 9:40 after the cinema. No concerns.""")
T("""POI KOWALSKI Tomasz, nom, recruits Polish homeless men at Victoria coach station for 'farm work'. Men taken to a farm in Norfolk; transport and 'deposit' of £200 charged before they start. Wages paid to KOWALSKI. 2/C/P""",
  "AV WW", "uf ct ncw", "L")
T("""Elderly man (88) who lives alone and hasn't been seen for days. Welfare check: he was fine, just didn't want to answer the door. No concerns.""")
T("""I was locked in a room in Birmingham and men came to me. The woman who brought me from Lagos said I owe her 30,000 euros. She beat me with a belt when I cried.""",
  "ROM DB PSV", "rm", "S", imm=False)
T("""Council rough sleeping team: man sleeping in the doorway of a warehouse where he used to work via an agency. He says he lost his job for lateness and the agency owes him his final week's pay. He has his passport. Referred to Shelter and ACAS.""")
T("""Police log: 3 boys (14, 15, 15) arrested for shoplifting razor blades in Boots. All Romanian. Say a woman drives them to shops each day and takes everything they steal. They sleep at her flat and she has their identity cards.""",
  "AV ROD", "et dt", "C", child=True)
T("""Interpreter (Tigrinya): she says the woman she cleaned for in Hackney lets her go out only to take the bins out and to the mosque on Friday with her. She has a phone but the woman checks it.""",
  "ROM ISO", "rm iso et", "D")
T("""Construction worker (Lithuanian, 35) says his employer 'locks the site at 6pm' but workers live elsewhere and go home after work. He's complaining about not being paid for overtime last month, but he's received all other wages. Pay dispute only.""")
T("""He is given £5 a day from his earnings; the rest goes to the man who brought him, who says it's for the house and the flight.""",
  "WW DB", "ncw", "")
T("""INT 2/B/P: FRASER, Callum (British, 42), believed to be running a paving gang employing vulnerable men with addictions. Men live in caravans at a site in Dunfermline, are supplied with alcohol, paid nothing and are taken to jobs daily. One was seen with a facial injury.""",
  "AV WW", "pa plc et", "L")
T("""Student from Hong Kong reports a landlord keeping her deposit and passport copy after she moved out; she has her original passport. Civil matter.""")
T("""Man says his brother was taken to India for a kidney operation by a businessman, promised a job in the UK afterwards. Brother now ill and unemployed, no job given. Reported to police.""",
  "DEC", "", "O")
T("""The man at the nail bar said the girls sleep in the back 'because it's cheaper for them', they have their own phones and go out in the evening. Council noted no restrictions but a fire risk; advice given.""",
  "", "swp", "")
T("""A hotel manager reports a guest who booked a room for 'his sister', 15, who was seen crying; he took her key card and stayed with her. Police attended; he is not related.""",
  "AV ROM", "rm", "S", imm=True, child=True)
T("""Woman (F, 30, British) with a learning disability was being made to hand over her benefits by a neighbour who also made her clean his flat every day. No wages involved. Adult safeguarding.""",
  "AV", "ncw", "D")
T("""Agency worker (Nepali) at a poultry farm says he's sometimes on 12-hour shifts in peak season but gets paid overtime and has days off in between. He is happy there.""")
T("""Log: F (Chinese, 40s) found sleeping in a massage shop in Kirkcaldy. Says she's there 'by choice', but only one person, 'the boss', holds the keys and she cannot leave at night because the shop is locked from outside.""",
  "ROM", "rm swp", "S")
T("""Two brothers from Albania (17, 16) living in a flat in Bristol, say they were told to sell cocaine to pay off their journey. One has a burn on his arm from an iron 'for losing money'.""",
  "AV DB PSV", "pa", "C", child=True)
T("""Salvation Army: client (M, 50, Romanian) met at a soup kitchen; says he was working in a factory, paid £80 a week by the 'boss' who kept the rest. He was free to go out and eventually just left. He has his ID card.""",
  "WW", "ncw", "L")
T("""A woman says she chose to stay in her flat for six months after her husband left because of depression; she isn't being kept in. GP aware.""")
T("""Debrief: 'He moved us from Leeds to Bradford to Halifax in one week, always at night in the boot of the car. In each place he locked the door.'""",
  "ROM ISO", "rm et iso", "")
T("""Nigerian woman (30) says she was brought as a nanny, and the family makes her work from 5am to 11pm, pays her £100 a month, and her passport is 'with the lawyer'. She cannot go out without the youngest child.""",
  "EO WW ROD ROM", "lh dt rm", "D")

T("""Workers at the packhouse told inspectors the supervisor deducts £30 for a hairnet and apron each month and £8 a day for the van, leaving them about £60 a week. They live in his house and he collects the rent from the agency.""",
  "WW", "ppe ct ncw", "L")
T("""INT: girl (16) in a flat in Slough, phone taken, told she can't leave till she's paid for the clothes and nails he bought her. Men visit nightly. 2/B/P""",
  "AV ISO DB ROM", "iso rm", "S", imm=True, child=True)
T("""Hostel resident says staff lock the front door at midnight and he has to ring the bell to get in after that; he works late shifts at a bar and the night porter always lets him in. Just a complaint about the bell.""")
T("""She had a rucksack with two changes of clothes and a Bible; the man who drove her kept her bag in the car boot between jobs and took her to each house to clean, waiting outside.""",
  "ROM", "fpe rm et", "L")

# ---------------- build & validate ----------------
def risk(ind, typ, imm, child):
    if imm: return "immediate"
    if child or "physical_sexual_violence" in ind or "sexual" in typ \
       or ("intimidation_threats" in ind and "restriction_of_movement" in ind) or len(ind) >= 3:
        return "high"
    if ind or typ: return "medium"
    return "low"

def build():
    out = []
    for i, (text, ind, sig, typ, imm, child) in enumerate(ROWS, 1):
        ind_l = [IND[c] for c in ind.split()]
        sig_l = [SIG[c] for c in sig.split()]
        typ_l = [TYP[c] for c in typ.split()]
        if child and "abuse_of_vulnerability" not in ind_l:
            ind_l.insert(0, "abuse_of_vulnerability")
        out.append({"id": f"f88-{i:03d}", "text": " ".join(text.split()), "indicators": ind_l,
                    "signs": sig_l, "exploitation": typ_l, "risk": risk(ind_l, typ_l, imm, child)})
    return out

if __name__ == "__main__":
    rows = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh88.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows written")
