#!/usr/bin/env python3
"""Builds bench/text/fresh166.jsonl from hand-written texts held below.
Each record: text lines, then a label line
## INDICATORS / SIGNS / TYPES / RISK   (short codes, '-' for none)
"""
import json, os, re

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oa="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []
DATA.append(r"""
999 call 02:14. Female caller whispering, says she is locked in a bedroom at a flat above the chip shop on Station Road, man took her phone but she found an old one. Says she was brought from Manchester to 'see clients'. Line went dead. Units dispatched grade 1.
## RM IS / rm iso / S / i
101 call. Neighbour reports a car parked across his drive on Elm Close for third day running. Wants it towed. Advised re council parking.
## - / - / - / l
INT LOG 4471/26 - 2/B/P - Source reports NGUYEN Van (DOB 03/04/2009) is residing at an address on Coltman St and is being used to tend cannabis plants. Windows covered, electric bypassed. Source states the boy never leaves and food is brought in by an older male known as 'Uncle'. Source believes NGUYEN owes the group for his journey to the UK.
## AV RM DB / rm / C / i
caller says theres about 8 lads living in the back of the car wash on Pelham rd, sleeping on matresses next to the jet wash machines, they work from 7 in the morning till gone 9 at night every day i never seen them have a day off. boss is a big guy in a range rover who collects the money. not right
## AC EO / saw plc lh / L / m
Shoplifting at Co-op, Bridge St. Two males left with meat products to the value of £86. CCTV obtained. Both known locally, no vulnerability identified, both adult and living at own addresses.
## - / - / - / l
Salvation Army casework note. Client M (Romanian, 34) says he was recruited in Bacau by a man who promised factory work at £9 per hour with a room included. On arrival in Leicester he was put in a three-bed house with 14 other men. His wages went into an account the recruiter opened; he received £30 on a Friday 'for cigarettes'. He was told he owed £900 for the minibus and the first month's rent and that this would come off his wages. His ID card was taken 'to register him with the agency' and was not returned.
## DE WW DB RD AC / oa ncw dt ct / L / h
Call from Mrs PEARSON, 71, reporting her grandson has not returned her car after borrowing it yesterday. Family matter, she does not want police action, will call back if needed.
## - / - / - / l
GP note: 19F attended with UTI. Accompanied by older man who answered all questions on her behalf and would not leave the room. Pt appeared frightened, avoided eye contact. No English. Man said he is her 'cousin' and she 'cleans houses'. Pt had bruising on upper arm; asked about it she said only 'he angry'. Safeguarding lead informed.
## PV / sfw pa foa / - / h
Officer update: visited the nail bar at 22 High St following anonymous report. Spoke to all four staff via Language Line. All have their own passports and BRPs at home, are paid weekly by bank transfer into their own accounts and work 10-6 Mon-Sat. Manager cooperative. No concerns re exploitation identified. Closed NFA.
## - / - / - / l
public report: HE MAKES THEM BEG OUTSIDE TESCO EVERY DAY AND THEN PICKS THEM UP AT 6 IN A WHITE TRANSIT AND TAKES ALL THE MONEY OFF THEM I SEEN IT WITH MY OWN EYES, the old lady with the crutch as well. someone do something
## WW AV / ced et ncw / C / m
GLAA inspection note - Packhouse, Wisbech. Labour provider licence lapsed in March and not renewed. Workers spoken to on the line (12) report correct pay slips, holiday pay, own accounts. Breach of licensing conditions referred to compliance team. No worker exploitation indicators found.
## - / - / - / l
A&E triage 03:40. Male approx 25, Sudanese, hand injury from a brick cutting saw on a building site. Says he has worked for 'Mr K' 6 days a week for cash. Gave his address as a house in Moss Side. No PPE provided, says he had to buy his own gloves. States he is happy with the job and goes home every night. Given details of Citizens Advice.
## - / ppe / - / l
I am from Vietnam. I came with a lorry. In England they put me in a house with many plants and lights. The door was locked from outside always. A man came two times in a week with rice and noodles. He said if I run away, my family in Nghe An will pay with their life. I was there maybe four months. I never saw the sun.
## RM IT AC IS / rm iso plc / C / h
Caller reports loud music from flat 4, Riverside House, every night past midnight. Ongoing neighbour dispute. Passed to council ASB team.
## - / - / - / l
INT - 3/C/P - POI KHAN Imran believed to be supplying workers to two takeaways in the town centre. Workers said to live above the premises and be driven between sites by KHAN. INT suggests KHAN holds the workers' bank cards.
## - / saw et ncw sfw / L / m
School safeguarding referral (DSL). Year 9 pupil, K, 14, has been missing from school on 6 occasions this half term and was found in Bournemouth by BTP on Friday with £600 in cash and two phones. He has new trainers and a designer coat that his mum cannot explain. He told a TA that 'the olders will do me in' if he loses another package.
## AV IT / - / C / h
Bank financial crime alert: 11 debit cards registered to different names at 3 Grange Terrace used at the same ATM within 20 minutes on 14 consecutive Fridays. Salaries from a recruitment agency paid into each account and withdrawn in full the same day.
## WW / mbc ncw / L / m
Officer handover: DA incident at 17 Orchard Way. IP female 38 assaulted by husband after argument over money. Husband arrested. IP has her own job and bank account, no suggestion of control over work or finances beyond this incident. DASH completed, high risk, MARAC referral.
## - / - / - / l
Call handler note. Caller states his friend Alin is working on a farm near Boston and was told he would be paid £400 a week but has received nothing in 5 weeks. The boss says he will 'pay at the end of the season'. Alin is staying in a caravan with no heating with 5 others. Caller not sure if Alin can leave.
## DE WW AC / oa plc / L / h
Press summary: A Birmingham couple were jailed today for holding a Nigerian woman as an unpaid housekeeper for nine years. She cooked, cleaned and cared for their three children from 6am until after midnight, slept on the kitchen floor and was not allowed to leave the house alone. Her passport was kept in the couple's bedroom. She had been told she would be able to study in the UK.
## DE RD RM WW EO AC / dt rm lh saw / D / h
lost my passport on the train from Leeds yesterday, im a student at the uni, do i need a crime ref for the embassy?
## - / - / - / l
Midwife note. 24/40, booking late. Pt Albanian, partner present and translating, refused interpreter. Pt appeared thin and withdrawn. When partner left to move the car pt said in broken English 'he make me work with men, I can't go home'. Partner returned and pt stopped talking. Referred to safeguarding midwife.
## RM / sfw pa rm / S / h
Report via online form: theres a house on Kirk Lane where loads of different men come and go at all hours, blacked out windows. prob a brothel. cant say if anyone is being forced tho
## - / - / S / h
Victim debrief (through interpreter, Tigrinya). She says she crossed Libya and the people there sold her twice. She says in Calais a man paid for her boat and told her she will repay £8,000 by working in a house in London. She says she cleans and cooks for a family of seven and looks after the old grandmother at night. She says she is not paid because the money goes to the debt, and the debt is still the same after one year. She says the lady of the house keeps her document 'so it does not get lost'.
## AV DB WW RD EO / dt lh / D / h
Licensing visit - Golden Dragon takeaway. Environmental health found mice droppings in the kitchen store. Food hygiene rating reduced to 1. All 3 staff family members of owner, live at own homes.
## - / - / - / l
INT 2/A/C (condition: not to be disclosed to partner agencies without OIC authority) - PETRE Ionut (nom) is transporting females from Romania to work in pop-up brothels in Airbnb flats across Leeds and Sheffield. Females are moved every 3-4 days. PETRE posts adverts on adult sites and takes all the earnings. One female, 19, is said to have been slapped for refusing a client.
## WW PV / ncw / S / h
Cars parked on pavement outside the hand car wash on Derby Rd again, blocking buggy access. Caller angry, wants enforcement. Passed to council.
## - / - / - / l
Caller is a taxi driver. Says he picks up the same 3 women every day at 5am from a house on Clarence St and drops them at a hotel on the ring road, then collects them at 11pm. Always a man comes with them who pays. The women never speak. He thinks something is not right.
## - / ced et sfw / L / m
Care home whistleblower (via CQC). Two overseas carers at Ashgrove Lodge on sponsored visas say the owner charged them £7,000 each for 'visa processing' and deducts £500 a month from their salaries to repay it. They work 72-hour weeks. They have been told their visas will be cancelled and they will be deported if they complain.
## DB EO IT AV / uf lh foa / L / h
Officer note: stopped vehicle VN19 XKT on M62, driver had 6 passengers, all Polish, going to a warehouse shift. All produced ID, all said they pay for their own petrol share and live in their own rented rooms. Agency contact verified. No issues.
## - / - / - / l
He took my phone on the first day. I did not know the name of the town. We worked on the roofs and in the evening he locked the van. He gave me £20 every week, he said the rest is for food, room and the transport.
## IS RM WW / iso rm ncw ct / L / h
Probation note: service user R, 22, disclosed he has been made to hold drugs at his flat by a group from London since he came out of prison. They moved into his flat in September and he sleeps on the sofa. He says he cannot ask them to leave because when he tried they beat him with a bat.
## IT PV / - / C / h
Neighbour complaint about bins left out on Ashby Rd. Council matter.
## - / - / - / l
Airport (Border Force) note: female, 17, Nigerian passport, arriving from Lagos with a man claiming to be her uncle. Uncle held her passport and boarding pass and answered questions for her. She said she was coming to work as a hairdresser in London. Uncle's account of the address differed. Both taken for further questioning; child safeguarding referral made.
## AV RD / dt sfw / - / h
Caller reports a man exposing himself in the park near the play area. Male described as white, 50s, grey jacket. Units attending.
## - / - / - / l
NGO outreach note (Polish speaking). Met three men at the soup kitchen who had been working at a recycling plant in Walsall via a 'friend' who found them the jobs. They slept in a garage behind his house on pallets. He collected their pay cards each Friday. Jacek said he was hit with a belt when he asked for his money. The men had left two days ago and were now sleeping rough.
## AC WW PV / plc ncw / L / h
Public report (Facebook message to force page): my cousin went to uk to work in a restaurant, now she says she is in a flat and must do 'massage' for men, they say she owes 20k for the visa. she cry on the phone. please help she is in Glasgow i think
## DE DB / - / S / h
Officer update: attended report of suspicious activity at a farm in Lincolnshire. Workers in static caravans, all seasonal workers on the government scheme via a licensed operator. Accommodation clean, pay slips seen. Workers confirmed they can leave and have their passports. Some complaints about low piece rate, raised with the operator. No MSHT indicators.
## - / - / - / l
INT - 2/B/P. OKAFOR Chidi is using the identities of at least 4 women he brought from Nigeria to claim Universal Credit. The women live at his address and do not know their own account details. INT suggests he keeps their passports in a locked drawer.
## RD / dt ncw / C / m
3 women in a nail bar on Fore St, very young looking, never see them go out on their lunch, a man drops them in the morning and picks them up at night. they dont speak english. just doesnt sit right
## - / ced et / L / m
Caller's son (16) has been sent explicit images and is being asked for money by someone online. Caller is distressed. Officer to attend, sextortion advice given.
## - / - / - / l
Debrief (translated). I was told I would work in a hotel in London with good salary. The man from the agency paid my ticket. At the airport another man took me to a house in Coventry. There were other girls. He told me the ticket and the house cost 5000 euro and I must work with clients to pay it. If I say no, he hit me. Every day the number is bigger.
## DE DB PV / - / S / h
Housing officer referral: tenancy check at 41 Leopold St found 19 mattresses in a 3-bed house, all occupants male, Slovak. Landlord says they are 'lodgers'. Occupants said the man who drives them to the factory takes rent off their wages, leaving about £50 a week. One said he could not go back to Slovakia because he still owes for the bus.
## AC WW DB / oa ncw / L / h
Call 999 from a girl saying she is 15 and she is at a party at a house on Hatfield Rd, men giving her and her friend vodka and one is trying to get her into a bedroom. She doesn't know the house number. Tracking phone.
## AV / - / S / i
Town centre warden report: man aged about 60 with a dog begging outside the station daily for years, well known, lives in a hostel. No sign anyone is controlling him.
## - / - / - / l
Council licensing: premises licence review at The Lantern bar. Door staff unlicensed. Closing time breached twice. No other matters.
## - / - / - / l
INT LOG 2/B/C (not to be shared with licensing) - Car wash at Kingsway Retail Park. Workers are Albanian males who were smuggled in via small boat. INT suggests they are working off a debt of £15,000 each to the operator, paid by cash in hand at £2 an hour, and have been told the Home Office will jail them if they speak to anyone.
## DB WW IT AV / foa / L / h
He said I must cook and clean for his mother, only for some months, then he marry me properly and I go to college. Now it is three years. I am not allowed to phone my family. I sleep in the room with the washing machine.
## DE IS AC / iso plc / D / h
Officer note: welfare check on Mr DAVIES, 84, at request of daughter. Found safe and well. Home care provider attends 3 times daily. No concerns.
## - / - / - / l
Caller from a bakery reports a former employee is harassing staff on social media after he was dismissed. Advice given re harassment.
## - / - / - / l
ASB report: kids throwing eggs at windows on the Ferndale estate again, 3rd time this month. wants a patrol.
## - / - / - / l
Safeguarding referral (children's social care). L, 13, has been going missing overnight and returning with gifts and a new phone. Staff at her residential home have seen her getting into cars with men in their twenties. She has said her 'boyfriend' is 24 and takes her to parties where she has to 'be nice' to his friends. She has an STI.
## AV PV / - / S / h
Debrief via interpreter (Mandarin). She says she paid an agent 80,000 RMB for a job in a restaurant. She says when she arrived the restaurant did not exist, she was taken to a flat and told to give massage and sex. She says the boss keeps the money from customers and gives her some for food. She says she did not go outside because the boss said police in England arrest Chinese girls without visa.
## DE WW IT AV / uf foa / S / h
Caller wants to report that his ex is not letting him see the kids at weekends. Advised civil matter.
## - / - / - / l
Report from member of public: There's a kid, can't be more than 12, selling The Big Issue type mags on the tram every day in school time, and a woman watching him from the platform then taking the money. Please look into it.
## AV WW / ncw / C / h
Fishing vessel inspection (MCA with police). Four Filipino and two Ghanaian deckhands on transit visas. Crew report 20-hour shifts during trips and being paid $300 a month, much less than the contract they signed in Manila. They sleep on the boat in port. The skipper holds their seaman's books and passports 'for the harbour master'. One deckhand had an untreated hand injury.
## DE EO RD AC / lh dt saw pa / L / h
Police officer statement extract: On arrival I saw a female aged approximately 30 at the window of the first floor flat banging on the glass. The front door was padlocked from the outside. Fire service forced entry. Female, later identified as Sorina, had bruising to her face and was in a state of undress. She said 'he locks me, he beat me'.
## RM PV / rm pa / - / i
Caller reporting a burglary at her shed overnight, lawnmower and two bikes taken. Crime ref given.
## - / - / - / l
HR manager at a food factory calling for advice: a temp worker told a supervisor that her 'landlord' takes her wages card and gives her £40 a week, and she was brought from Hungary by him. She is frightened to talk. Agency name given.
## WW / ncw foa / L / m
Au pair agency concern: French au pair, 19, says host family in Richmond have her working 7am to 10pm with two children and the house, no day off in 3 weeks, and she is paid £50 a week instead of the agreed £100. She has her passport and has already booked her flight home on Sunday.
## EO DE / lh / D / m
Intel submission: mobile number 07700 900431 associated to the advertising of females on Vivastreet. Photos show same bedroom in multiple adverts with different 'girls' and the same phone number. Prices listed. Nothing further.
## - / - / S / h
Bank alert: elderly customer's pension and Attendance Allowance have been withdrawn each month by a relative who holds his card. Customer has dementia. Passed to adult safeguarding.
## - / ncw / - / l
I worked in the kitchen of the restaurant seven days, from 10 in the morning to 1 in the night. I slept in the storage room above. The owner said my salary he keeps in the bank for me, when I go home he gives all. I never got nothing.
## EO WW AC / lh saw / L / h
Handover: RTC on A46 at junction with B road, two vehicles, minor injuries, road cleared 17:40.
## - / - / - / l
Online report: Albanian lads working in barbers on Queen St, one of them told my mate he's got no papers and the boss pays him in weed and lets him sleep in the back. barely any money. he is scared of going to immigration
## WW AC AV / saw foa / L / h
Cuckooing referral (housing). Tenant Mr B, 49, learning disability, has had young men from Liverpool living in his flat for a month. Neighbours say he has been seen with a black eye and he now sleeps in the bathroom. He told his support worker he is not allowed to go out on his own in case he 'grasses'.
## AV RM AC / pa rm / C / h
caller says a man is selling kidneys on a whatsapp group for £15k, saw the message in a group for Indian workers, says they take you to a clinic abroad. Screenshots sent.
## - / - / O / m
Transplant coordinator query: patient from Pakistan, 46, due to receive a kidney from his brother at the QE next month. All consent checks done with HTA. Brother is a willing donor, no payment. For info only after a routine enquiry from a GP about the visa.
## - / - / - / l
""")
DATA.append(r"""
OFFICIAL-SENSITIVE. INT LOG 5520/26. Grading 1/B/P.
Subject: HOXHA Arben (DOB 12/11/1991), Albanian national, associated address 9 Lime Grove.
Source reports that HOXHA runs three cannabis grows in rented houses across the east of the city. Each house has one or two Albanian men living inside to water the plants. Source states the men were brought over on lorries and told they owe £20,000 each, and that HOXHA tells them their debt grows by £500 every month they are 'slow'. Source has seen one of the men with a broken nose and was told he had 'argued with Arben'. The gardeners are not allowed out and HOXHA's cousin drops off food twice a week. Their phones were taken on arrival.
Source also reports HOXHA drives a grey Audi A5 (partial VRM LR68) and is in a relationship with a woman who works at a tanning salon on Market St. No intelligence that the woman is involved.
## DB PV RM IS AV / rm iso pa / C / h
101: caller says her neighbour's dog has been barking for 6 hours and she thinks the owner is away. RSPCA details given.
## - / - / - / l
Safeguarding referral from a nursery. Mum of a 3-year-old disclosed she came from India on a spousal visa. Her husband's family make her do all the cooking and cleaning for eight people from 5am, she eats last and is not allowed out of the house except to bring the child to nursery, always with her mother-in-law. They hold her passport and her husband has told her that if she complains he will divorce her and she will be sent back without her son.
## RD RM EO IT AV / dt rm lh et / D / h
Officer note: stopped two males pushing a shopping trolley full of copper cable at 01:30. Both arrested for theft. Both British, local, known to police. No exploitation concerns.
## - / - / - / l
i work in warehouse via agency, they take £15 every week for the minibus and £25 for the hi vis and boots even tho i have my own. is this allowed??? pay is ok otherwise and i live with my girlfriend
## - / ct ppe / - / l
Debrief (first person, written by caseworker as told). I came to the UK from Slovakia with my brother. A man in our village, Roman, said there was work in a meat factory in Nottingham. He arranged the bus. When we arrived he said we owed him £600 each. He opened bank accounts for us and kept the cards and the PIN numbers. He gave us £50 on Sunday. We lived in his house with his family and other workers, 16 people. If we asked for money he shouted and once he pushed my brother down the stairs. I have learning difficulties and I cannot read well, so I didn't know what the papers said.
## DB WW PV AV AC / ncw oa / L / h
999 call - male caller shouting that his flatmate has been stabbed in the kitchen. Ambulance and armed response dispatched. Domestic related, suspect known to victim.
## - / - / - / l
Concern from a food bank volunteer: a Romanian woman who comes every week with four children said her husband's friend 'helps with the benefits' and keeps the bank card. She gets food vouchers from us. She said it is fine and he is family. Not sure if it is exploitation.
## - / ncw / - / l
Outreach note (women's charity). Met Kelly, 27, British, at the drop-in. She stopped selling sex last year, is now in recovery housing and volunteering at a cafe. Says nobody ever controlled her or took her money. Just came for a coffee and to say hello.
## - / - / - / l
Call handler: female caller from a hotel, housekeeping supervisor. Says two cleaners supplied by an agency arrive at 6am in the same car and are collected at 11pm, have been doing this for 3 weeks without a day off. When she tried to talk to one, the driver came in and said 'she doesn't speak English, talk to me'. The cleaner looked scared.
## EO / ced et lh sfw foa / L / m
GLAA intelligence: labour provider 'ProStaff Solutions' supplying 40 workers to a salad packing site. Workers report being charged £250 'registration fee' in Lithuania before travel. Otherwise pay slips show NMW and holiday pay. Workers live in private rented accommodation of their own choosing.
## - / uf / - / l
She said she couldn't leave, the man had the key. She said she has to sleep with men every night, like ten men, and he takes the money. She is 16. She told me this on Snapchat and asked me not to tell anyone. Address in Luton I think.
## RM PV WW AV / rm / S / i
Nail bar, Walthamstow. Test purchase by officers. Technician approx 15-16 years old, Vietnamese, no English, said she lives upstairs. Manager said she is his 'niece' and is 'just helping'. Mattress and a rice cooker seen in the room upstairs. Child taken into police protection.
## AV AC / saw plc / L / i
ASB call - teenagers in the underpass vaping and playing music, residents intimidated. Patrol requested.
## - / - / - / l
NRM referral summary (First Responder: local authority). Adult male, 52, Polish, alcohol dependent, previously homeless. Recruited outside a shelter in Southampton by a man offering 'a roof and work'. Taken to a farm in Hampshire where he lived in a horsebox. Laid block paving for six days a week, 12 hours a day, in exchange for cider, tobacco and food. Never received wages. The man said if he left he would be back on the streets and no one would believe a drunk.
## AV DE WW EO AC / lh plc / L / h
bank cards: customer service agent flagged a customer who opened an account in branch, accompanied by a man who did the talking and held the customer's passport. Man gave his own phone number for the account. Customer did not seem to know the address she was registering.
## RD IS / sfw dt iso / - / m
Press: Two brothers from Kent have been convicted of forcing vulnerable men to work on their driveway-laying business. Victims, some with mental health problems, were paid as little as £10 a day, housed in a filthy caravan with no running water and beaten if they tried to leave. One victim was held for 13 years.
## AV WW AC PV RM / plc rm / L / h
Officer update: Re the report of 'slaves' at the car wash on Mill Lane. Attended with GLAA. 5 workers, Kurdish, all with leave to remain. Payroll records seen, pay by BACS at NMW, 8-hour shifts on rota. They live in shared houses they rent themselves. Workers said the report was probably from the rival car wash opposite. No further action.
## - / - / - / l
caller: my nan has had her bank card taken by a carer from the agency and £2k has gone. Theft by employee. Crime report raised.
## - / - / - / l
INT 2/C/P: males of Eritrean origin seen being dropped at a chicken factory gate at 05:30 by a minibus and collected at 20:00. Driver known as 'Tesfay' said to take a 'transport fee' of £10 per day from each worker.
## - / ced ct et / L / m
Debrief (interpreter: Romanian). He says his uncle brought him and his cousins to London to 'sell flowers'. He says they went out every day on the Tube and in the restaurants, sometimes stole phones from tables when uncle told them. He was 11. He says uncle took all the money in the evening and hit him with a shoe if it was not enough.
## AV WW PV / ncw / C / h
Call from HMO landlord complaining that a tenant has not paid rent for 3 months. Civil matter, advised re eviction process.
## - / - / - / l
Teacher notes (Year 11). Tyler said he is 'working' for a man called Boss, doing 'runs' to Swindon. Says he gets paid in clothes and that he has to pay back £1,200 for a batch that got taken off him by police, so he can't stop till it's paid. Mum is aware and scared.
## AV DB / - / C / h
Domestic abuse referral: wife reports husband controls all the money, gives her £20 a week for shopping, checks her phone and won't let her see her sister. She does not work. No labour or sexual exploitation described. IDVA referral.
## IS / iso / - / m
Victim account (Ghanaian, female). 'My aunty said come to London and help with the baby and you will go to school. There was no school. I did everything in the house, washing the clothes by hand, cleaning, cooking. I slept on the floor in the baby room. When I said I want to go school, she said she will tell the police I have no visa and they will put me in prison. She never paid me one penny.'
## DE AC IT WW AV / saw foa / D / h
Caller walking dog saw someone fly-tipping mattresses behind the industrial estate. Partial VRM given.
## - / - / - / l
INT - 2/A/P - Brothel operating at Flat 2, 77 Dock St. Source has been a customer. Source states the women are Thai and 'live there full time, never go out'. A man sits in the kitchen and takes the money. Source was told one of the women owes £25k.
## RM WW DB / rm / S / h
HR note from a logistics firm: agency worker Ionel told the shift manager that his 'agent' keeps his ID card and bank card and that he has not been paid for a month. The agency was contacted: they pay into an account ending 4471, which Ionel says is not his.
## RD WW / dt ncw / L / m
A&E, 01:20. Female, 20s, presented with vaginal bleeding and bruising to wrists. Brought in by a man who left before triage. Pt said via interpreter (Bulgarian) that she was forced to have sex with 'many men' at a flat and that she was tied up when she refused. She does not know the address or the town. She asked us not to call police because 'they will kill my mother'.
## PV RM IS IT / pa foa iso rm / S / i
""")
DATA.append(r"""
999: male says he's been held in a flat for two days, they took his phone and keep threatening to cut him, he escaped to the shop on Vernon Rd. Shopkeeper on line.
## RM IS IT / rm iso / - / i
101 - Lost property. Caller left his wallet in a taxi on Saturday night.
## - / - / - / l
Polish guys at the recycling place on Canal Side are sleeping in a shipping container, boss takes their wages to 'send home'.
## AC WW / saw plc ncw / L / m
Drunk male refusing to leave the Red Lion, staff want him removed. Units attending.
## - / - / - / l
Mum calling as her 15yo daughter hasn't come home, last seen getting into a black BMW with older lads outside McDonald's.
## AV / - / - / h
Report of a man with a knife in Victoria Park. Armed units deployed, male detained, no injuries.
## - / - / - / l
Worker at the packhouse says the gangmaster keeps all their passports in a locked filing cabinet.
## RD / dt / L / m
Resident reports a van dropping off 10+ men at 4am every day at the house next door, and they come back after 10pm.
## - / ced oa / - / l
Caller's wife has been ill and he wants advice about a neighbour's tree overhanging their garden.
## - / - / - / l
Girl at the car wash on Fosse Way told me she is not allowed to go home until she pays back the money for the boat.
## DB RM / rm / L / m
Theft of diesel from a farm tank overnight. Approx 600 litres. No suspects.
## - / - / - / l
anonymous: the old man at no 12 has had 'lodgers' move in, young lads, he looks terrified and dont come out anymore. they sell drugs from there.
## AV RM / rm / C / h
Employer says a worker asked for an advance on wages. Not a police matter. Caller just wanted to check if it was legal to give one.
## - / - / - / l
INT 3/C/P - rumour that the kitchen staff at Spice Garden are unpaid students. Source has no direct knowledge and could not name anyone.
## - / - / - / l
Caller says his Romanian workmate gets £200 a week for 60 hours on the site and thinks it's unfair, but he is paid himself and lives with his partner. Advised ACAS.
## - / - / - / l
Taxi rank marshal: man pulling a sobbing woman by the hair into a car, VRM KM21 FZP. Units dispatched.
## PV / - / - / i
Hotel manager: one of our agency room attendants fainted at work. She said she had not eaten for two days because 'they' take all her money. Ambulance called.
## WW / pa ncw / L / m
Reports of fireworks being let off at buses on Longmoor Lane. Patrols advised.
## - / - / - / l
Young girl, maybe 14, in the back of a taxi crying, the man with her told the driver she was his daughter but she said 'help me' when he got out to pay. Taxi firm called it in, car now at Sandy Lane.
## AV / - / - / i
Student from Hong Kong reports her landlord is keeping her £1,200 deposit. Civil matter, signposted to Shelter.
## - / - / - / l
""")
DATA.append(r"""
Care worker debrief (NGO caseworker notes, with interpreter, Malayalam).
P arrived in the UK on a Health and Care Worker visa in 2024. Before travelling she paid an agent in Kochi the equivalent of £11,000, borrowed from relatives against the family's land. She had been told she would work 37.5 hours a week in a nursing home in Kent at £11.50 an hour.
On arrival she was placed instead with a domiciliary care company in the Midlands that gave her between 10 and 60 hours a week without warning. In weeks with few hours she was still charged £120 a week rent for a bed in a room she shared with two other carers. The director told the carers that if they 'made trouble' he would report them to the Home Office and their visas would end and they would have to leave within 60 days.
P said she is frightened that her family will lose their land. She has her passport and BRP. She is free to go out and has a phone. She has not been hit or threatened with violence.
Caseworker assessment: concerns re deception, debt and threats linked to immigration status. Referred to GLAA and the sponsor licensing team.
## DE IT AV DB / uf foa oa / L / h
Stag party causing disturbance on the 23:10 train to Newcastle, BTP informed.
## - / - / - / l
INT LOG 6010/26 - 2/B/P - The Sunrise Hotel on Beach Rd employs around 12 housekeeping staff from Bulgaria via an unlicensed 'agency' run by DIMITROV Stefan. Staff are believed to live in 3 caravans at the rear of the hotel car park. Source reports the women work split shifts from 6am to midnight in the summer season and are given 'pocket money' of £30 a week. DIMITROV collects the wages from the hotel in cash. The hotel owner appears unaware.
## WW EO AC / lh saw plc ncw / L / h
Witness statement extract (neighbour): 'I have lived next to number 31 for four years. The family there have a lady who does everything. I see her hanging washing at 6 in the morning and she is still scrubbing the front step at 10 at night. She never goes out on her own. When I said hello once the wife came out and took her inside. She is very thin and wears the same clothes every day. I have never seen her with a phone or a bag.'
## EO RM IS / lh rm iso pa fpe / D / h
Caller reports his bike was stolen from outside the library. Serial number given. Crime ref issued.
## - / - / - / l
Bank AML team: account of a 19-year-old student received £14,000 from 23 different accounts over 4 days and was emptied by transfers to a crypto exchange. Customer says a man he met on Instagram 'borrows' the account for £200 and has his login. He says he now wants out but the man said he knows where his parents live.
## IT / ncw / C / m
Report from a member of the public who works in a phone shop: an older man came in with 4 young women to buy SIM cards, he paid, he kept all the SIMs and the phones, he had their passports in a carrier bag. The women looked exhausted and didn't say a word.
## RD IS / dt sfw pa iso / - / m
Concern raised by a pharmacist: a man comes in every week to collect methadone for his brother, and the brother hasn't been seen for months. Passed to drug services for a welfare visit.
## - / - / - / l
Handover (late turn). Job 412 - report of Vietnamese male walking along the M6 hard shoulder near J10, found by traffic officers, wet through and barefoot, one arm bandaged with a rag. Through Language Line he said he ran from a house with 'trees' where he was kept for 'a long time' and the men beat him when the plants died. He does not know the town he was in. Now at custody suite as a vulnerable adult, NRM considered, first responder informed. Cannabis farm address unknown - enquiries with CCTV.
## RM PV IS AV / pa rm iso / C / h
Neighbour reports a man shouting at his kids in the garden. Attended, no offences, parent stressed, words of advice.
## - / - / - / l
Text from a member of the public via the non-emergency SMS: lads in hi-vis sleeping in a transit van at the back of the builders merchant every night. Same lads on the scaffolding all day.
## - / saw plc / L / m
GLAA licensing inspection: labour provider charging workers £35 for a food hygiene course and £20 for boots, deducted from first wage. Payslips otherwise correct, workers free to work elsewhere. Advice given, improvement notice.
## - / ppe / - / l
""")
DATA.append(r"""
Officer's update on CAD 0917 (concern for welfare, 14 Hawthorn Rise).
Attended with PC 4471 at 14:20. Caller (neighbour, Mrs OWEN) had reported hearing a woman crying and a man shouting in a foreign language for most of the morning. On arrival the door was answered by a male, later identified as Marius, 33, Romanian, who lives there with his partner Ana, 29, and their two children aged 4 and 7. Both adults were spoken to separately, Ana with a telephone interpreter. Ana explained they had been arguing about her mother, who is ill in Romania, and whether the family could afford for her to fly home. She has her own passport and bank card, works part-time at a bakery and is paid into her own account. She said Marius has never hit her and she is not afraid of him. Children seen, well presented, both attend the local primary.
Mrs OWEN also mentioned that 'lots of men' visit the house next door on the other side, number 16. Checked: number 16 is a registered childminder and the 'men' are parents collecting children.
No offences disclosed. DASH completed as standard risk. Words of advice. NFA.
## - / - / - / l
Public report (online form, spelling as received):
hi i want to report something that happend at the farm where i was picking strawberrys last summer near hereford. i came from bulgaria with a bus that the man called Kiril organised, he said the work was 8 hours and we get 10 pound per hour and a nice room. when we arrived there was 6 person in one caravan, no hot water, the toilet was broken the whole time. we start 5 in the morning and finish when kiril say, sometimes 9 at night, even in the rain, no break sunday. at the end of every week kiril say we owe for the bus, the caravan, the gas and the food so we only get maybe 40 or 50 pound. my friend Desi tell him she want to go home and he take her phone and say she can go when she pay 700 pound. she cry every night. i went home in september because my mother sent money for the ticket but desi is still with him i think. please help her
## DE AC EO DB WW IS / oa plc lh ct iso / L / h
INT LOG 7180/26 - 1/A/C (not to be disclosed outside the OCG team). Source is a current worker.
Subject premises: Orchid Nails, Unit 4 Queensgate Arcade, and flat above. Subjects: TRAN Thi Mai (nom, manager), and an unknown male 'Hung' (driver).
Source states that five young Vietnamese women work at the salon from 09:00 to 20:00, seven days, and sleep in the flat above on the floor. Two of them are believed to be 16 or 17. They were brought to the UK through France and told their families owe £18,000 each for the journey. TRAN tells them they will be caught by the police if they go outside and will go to prison for being illegal. 'Hung' drives them to a second salon on Sundays and watches them while they work. Their wages are paid to TRAN who gives them £10 a day for food. Source believes that one girl, known as 'Lan', was slapped by TRAN for speaking to a customer.
Also noted: the arcade's CCTV operator is friendly with TRAN. Arcade management not believed to be involved.
## AV DB IT WW EO PV AC / lh saw oa et foa ncw / L / h
Court summary (press release style): A 41-year-old man from Bradford was today sentenced to 12 years for trafficking offences after he recruited young British women with drug problems to sell sex from his flat. The court heard he supplied them with heroin and crack, kept the money they earned from the men he sent to them, and threatened to 'cut them off' if they tried to leave. One woman said she had been raped by him when she complained. The investigation began after a hostel worker noticed a resident's injuries and called police. The judge praised the women's courage in giving evidence.
## AV WW IT PV / pa / S / h
Caller, hospital security, reports an abandoned suitcase in the A&E waiting room. Bomb protocol considered, owner located, turned out to belong to a patient's relative. Stood down.
## - / - / - / l
Victim debrief - first person, Nigerian female, recorded by NGO caseworker (Hope Project). Translated from Pidgin where needed.
'Madam Joy came to my village and told my mother she have a supermarket in Italy and I can work there and send money. Before we go she carried me to a shrine and the native doctor took my hair and nails and made me swear that I will pay her back and never tell police, or I will run mad and die. We went through Niger and Libya. In Libya men raped me many times. In Italy there was no supermarket, she put me on the road to sell my body and said I owe her 35,000 euro. Then she sent me to London. I stay in her flat in Dagenham with two other girls, she take all the money, and she call my mother to say she will kill my brother if I run. I ran when she travelled to Lagos.'
## DE DB PV IT WW AV / - / S / h
GP safeguarding note. Patient A, 67, Indian, registered for the first time as a temporary resident. Came with her son's wife who spoke for her throughout. A later said, through a hospital interpreter and alone, that she came on a visit visa 'to help with the grandchildren' and now cooks, cleans and does the childcare for her son's household of seven and her son's brother's household in the same house. She says her son holds her passport and her return ticket has expired. She rarely goes out. When asked if she is hurt she said 'no, no', but that her daughter-in-law 'shouts all day'. She said she would like to go home to Punjab but does not know how.
## RD EO AV / dt sfw lh / D / h
""")
DATA.append(r"""
INT LOG 7302/26 - 2/B/P
Source reports that a man known as 'Doctor Farid' is recruiting young Afghan and Pakistani men in the Sparkbrook area who are in debt or have no status, offering £10,000 cash to 'donate' a kidney at a private clinic in Turkey. Flights and a 'medical visa' are arranged by him. Source knows of two men who travelled in the summer; one came back with a scar and says he received only £2,500 and was told the rest had gone on 'hotel and costs'. The second has not been heard from. Source states Farid tells the men that if they back out after the tests they must repay the cost of the tests, £3,000.
## AV DE WW DB / - / O / h
Transplant unit concern (renal consultant). A 58-year-old British patient returned from a trip abroad with a new kidney transplanted at a private hospital in another country. He paid £60,000 and says the donor was 'a poor young man who was paid'. He has no details. Reported under the Human Tissue Act for investigation of commercial organ dealing.
## - / - / O / m
Caller from a mosque committee says a man has been handing out leaflets offering 'help with debts in exchange for medical donation'. Leaflet has a Telegram handle @kidneyhelp_uk. Caller worried young refugees are being targeted.
## AV / - / O / m
Debrief with interpreter (Dari). He says he owed money to the smuggler after arriving in the UK and the smuggler said there was a way to clear it. He was taken to a flat where a doctor took his blood and urine. He says they kept his Home Office papers and told him he would fly to Egypt for an 'operation' and his debt would be finished. He says he did not understand it was his kidney until another man in the flat showed him his scar. He says he ran away that night. He says the man phoned him and said 'we know where your cousin lives'.
## DB DE RD IT AV / dt / O / h
Kidney donor assessment clinic: living donor, 34, female, donating to her husband. Independent assessor interview completed; donor confirms no payment or pressure, fully informed, has her own income. Approved by HTA.
## - / - / - / l
""")
DATA.append(r"""
Au pair placement review (agency welfare officer). Spoke to Maria, 20, Spanish, placed with a family in Hampstead since January. She works 25 hours a week with the two children, has her own room with an ensuite, has weekends off and attends English classes on Tuesday and Thursday mornings, paid for by the family. Pocket money £110 a week paid into her own account. She says she is very happy and has a boyfriend in London. Placement satisfactory.
## - / - / - / l
Caller (embassy official, Philippines consulate) concerning a domestic worker, Rosalie, 42, who came to the UK with a diplomat's family from a Gulf state. She phoned the consulate hotline from a borrowed phone. She says she works from 6am until 1am caring for five children and cleaning a six-bedroom house, has had no day off in 11 months, and her salary of $400 a month has 'gone to the agency in Manila'. She sleeps on a mattress in the children's playroom. Her passport is with the madam. She says the madam pinches and slaps her when the children cry. She is not allowed to leave the house unless the family goes out with her. She asked the consulate to help her tonight because the family is travelling tomorrow and she fears she will be taken with them.
## EO WW AC RD PV RM AV / lh saw dt rm / D / i
Noise complaint: house party at student halls, Block C, music past 2am. Security attended.
## - / - / - / l
Council environmental health: complaint about a takeaway on Wellington St storing food in the back yard. On inspection found staff sleeping in the dry store on cardboard. Manager says the two men are 'visiting cousins'. Neither had ID. Both very thin. One said via Google Translate he has not been paid 'since Ramadan' and the boss says the money is for his room and food.
## WW AC / saw plc pa ncw / L / m
CSE strategy meeting minutes (extract). Child: J, 15, looked after. Since May J has been found in three different hotels in the city with adult males. Hotel staff at the Parkway saw her with a man who paid in cash and booked under a false name. J has disclosed to her social worker that 'Ryan' gives her cannabis and that she has 'to do stuff' with his mates to pay off what she owes for it. Police have identified Ryan as a 26-year-old male, intel links him to two other girls at the same children's home. Actions: disruption notices, CAWN, missing protocol, Op Makesafe for the hotels.
## AV DB PV / - / S / h
Call 16:42. Woman says her elderly father's carer, a young Zimbabwean woman on a work visa, turned up crying. The carer told her the care agency owner said her visa sponsorship will be withdrawn unless she works double shifts every day and pays him £300 a month 'for the certificate'. Carer has her passport. Caller asking what she can do.
## IT EO AV / lh uf foa / L / h
""")
DATA.append(r"""
Handover note - early turn to late turn, Sunday.
1. Burglary dwelling at 3 Marsh Lane overnight, jewellery taken, SOCO booked for 10:00 Monday.
2. Missing person JONES, Callum, 16, returned home at 07:30. Return interview arranged. He told his mum he had been 'at a mate's in Cardiff'; he had £340 in cash and a second phone that keeps ringing. Mum found a train ticket bought by someone else on an app. He has a fresh cut on his hand he won't talk about. Flagged to the exploitation hub as possible county lines; CE screening tool to be completed.
3. RTC on the bypass, no injuries, damage only.
4. Sudden death at Ivy Court, elderly male, non-suspicious, GP to sign.
5. Report of a man begging aggressively at the cash machine on Broad St - moved on, he is local and known to the outreach team, no concerns.
Nothing else outstanding.
## AV / pa / C / h
Victim account, Polish male, taken by GLAA investigator (summary). W says he answered a Facebook advert in Polish offering 'warehouse work in England, accommodation provided, £500 per week'. He paid 1,200 zloty to a woman in Gdansk for 'registration'. When he arrived he was taken to a house in Kettering where 11 men shared four bedrooms. The recruiters took his ID card 'to make the NI number' and registered him with an agency at a distribution centre. His wages from the agency went into a Revolut account set up for him by the recruiters, who kept the card. Each week he got £60 in cash. He was told rent was £120 and transport £50, plus the 'loan' for the ticket. He worked 12-hour night shifts, six nights. He says he was not beaten but one of the recruiters, Pawel, told the men that a worker who complained to the agency 'had an accident'. W left when an agency supervisor, who spoke Polish, gave him her number.
## DE RD WW DB EO AC IT / uf oa dt ncw ct lh / L / h
Caller reports suspicious men filming a school gate from a car. Attended, turned out to be a council highways survey crew with paperwork. Stood down.
## - / - / - / l
Amazon delivery driver reports being assaulted by a customer over a missing parcel. Suspect identified, enquiries ongoing.
## - / - / - / l
Probation (HMP exit interview note). Prisoner D, 23, says before his arrest for possession with intent he had been 'working off' a debt to a dealer called Kane after his stash was robbed. Kane put him in a trap house in Grimsby for weeks, took his phone and his bank card, and he only left when Kane's people said. He says Kane told him his little sister 'would be next' if he did not keep working. He is due for release next month and is frightened to return to the area.
## DB IS RM IT WW / iso rm ncw / C / h
Safeguarding adults referral. Adult with autism, 31, living alone in a council flat. Housing officer found four people staying there who say they are 'his friends'. He says they use his flat to 'bag up' and he has to stay in the bedroom. His benefits card is with one of them.
## AV RM / rm ncw / C / h
Witness statement (construction site manager): 'On the morning of 4 March I noticed a new group of four men on the drylining gang. They did not have CSCS cards or any safety boots, and they were wearing trainers. Their supervisor, a man they called Sasha, did all the talking and would not let them answer my questions. I saw them arrive in a white van at 6am and they left at 9pm, well after the site had closed. I asked one of them, who I later learned is called Oleksandr, where he lived, and he said "in the van". He looked very tired and had a bandage on his hand. Later that week Sasha told me they had "gone to another job" and I did not see them again.'
## EO AC / sfw ced et saw lh pa / L / m
My name is Mihai. I came to Scotland to work on a fishing boat. The captain said I pay back the flight from my wages. I worked 18, 20 hours when the fish were there. When I said I am sick he said I will go in the sea. I slept on the boat for one year, I was never in the town alone. He gave me £100 each month and said the rest is for the debt and he sends it to my wife, but my wife never received.
## DB EO IT RM WW AC / lh saw rm / L / h
Parking dispute at the retail park escalated, one male pushed, no injury, both parties advised.
## - / - / - / l
Community officer notes: visited the Sikh gurdwara after reports of men sleeping in the langar hall. Committee explained they offer shelter to homeless men in winter. Men spoken to, none working for anyone, free to come and go. No concerns.
## - / - / - / l
Financial intelligence (SAR summary). Between January and June, 27 accounts opened at different banks using Romanian ID cards, all registered to 2 addresses in Ilford. Wages from a car wash company and Universal Credit payments arrive and are withdrawn at the same ATMs within the hour, often in sequence using different cards. Account holders have never used online banking and their phone numbers are the same number. Suspect a controller of workers' accounts.
## WW / mbc ncw / L C / m
Complaint: the pub on the corner has a new manager who makes the bar staff work till 3am without extra pay. Caller is an ex-employee who quit. Advised employment tribunal / ACAS.
## - / - / - / l
""")
DATA.append(r"""
Shop staff at Greggs say a boy of about 12 keeps coming in during school hours with wads of cash to buy food for 'the men in the car'.
## AV / - / C / h
Male caller says his employer paid him a week late this month and he wants to report it as theft. He has since been paid in full. Advised not a police matter.
## - / - / - / l
Mother reporting her 17yo son is being made to carry drugs to Cornwall, he says if he stops they'll stab him.
## AV IT / - / C / h
Elderly lady calling about a scam phone call from 'HMRC'. No money lost. Advice given.
## - / - / - / l
Concern from a builder: his labourer is only on £80 a day, which is below what others pay, but he is free to work anywhere and lives with his family. Caller just wondered if it was legal.
## - / - / - / l
Kitchen porter at a hotel says the head chef keeps his passport 'in case he runs off'. He gets paid normally into his own account.
## RD / dt / L / m
Caller: there are people living in the unit behind the tyre shop, I see washing on the fence and a camping stove. Same men fit the tyres all day.
## AC / saw plc / L / m
Two young women at the bus station asked a member of the public for help, said they had been brought from Leeds and 'sold' to a man in a flat in Newcastle, they escaped this morning.
## - / - / S / h
Domestic: wife locked husband out after argument, both intoxicated. No injuries. Words of advice.
## - / - / - / l
A farmer rings to say a group of men were dropped on his land by a van at dawn asking for work, he turned them away and the van came back for them. VRM noted.
## - / ced et / - / l
Asian girl at the window of the flat above the launderette, held up a sign saying HELP LOCKED IN, when I looked again the curtain was shut.
## RM / rm / - / i
Traffic stop - van with 9 men in the back, no seats, heading to a demolition job. Driver says he charges them £15 each a day for the lift and takes it out of their wages. Men would not speak.
## - / ct et / L / m
Woman calling to report her ex is posting intimate images of her online. Revenge porn offence, officer allocated.
## - / - / - / l
Boy of 14 found asleep in a stairwell in Tower Hamlets with a bag of crack and heroin wraps, phone ringing non-stop with 'where you at' messages. Says he's from Croydon and is 'doing a shift'.
## AV / - / C / i
Security at Westfield report a man watching 3 girls shoplift and then collecting the bags from them outside. Girls look about 13. All detained.
## AV / - / C / h
Worker at a sandwich factory told her line manager that she cannot go home because the man who brought her locks the house at night and keeps the key.
## RM / rm / L / m
Caller's sister in Romania sent him a message saying she is working in a 'club' in Bristol and they won't give her passport back.
## RD / dt / S / h
Pest control man at a house in Ilford says the loft was full of sleeping bags and there were at least 20 men living in the 3 bed house, all of them work at the same warehouse through 'Mr Singh'.
## AC / oa / L / m
""")
DATA.append(r"""
Online report: my neighbour has a foreign girl living with them who looks after their kids. She's only allowed out to walk them to school and the mum watches her from the window. Once I heard the dad shouting that he'd 'send her back to her village in a box'. She looks like she's about 16.
## AV RM IT / rm / D / h
Care home manager's call: night carer disclosed that her husband takes her wages and she has to account for every penny. She has no other concerns at work and is not being exploited by the employer. Passed to DA team.
## - / ncw / - / l
INT LOG 8812/26 - 2/B/P. Car wash on Thornton Rd. Workers believed to be Iraqi Kurds aged 16-25. Source states they sleep in a portacabin on site, have been told they cannot leave until they clear a smuggling debt of £4,000, and are paid £25 a day, of which £10 is taken for 'food'. Owner MOHAMMED Karwan. Source states workers are scared to talk because MOHAMMED told them police will deport them.
## AV DB WW IT AC / saw foa / L / h
Walk-in at front counter: Vietnamese male, 20s, limited English, asking for 'help, no money, no passport'. Interpreter booked. Initial account: worked in a nail shop for 'boss lady' for two years, never paid, she has his passport, he slept in the shop. He left last night after being hit with a chair.
## WW RD AC PV / saw dt / L / h
Caller reports a suspicious package outside the job centre. Checked - a bag of shopping left by mistake.
## - / - / - / l
Safeguarding referral from a sixth form college: Student B, 17, told her tutor she is being forced to marry a cousin in Pakistan in the summer holiday and that her parents have taken her passport 'to get the visa done'. She says her father has said she 'will not come back' if she refuses.
## AV RD IT / dt / - / h
GLAA officer note: visited a daffodil farm in Cornwall. Pickers (Latvian, Lithuanian) report working 10-hour days in peak season, paid piece rate well above NMW, with a day off each week. Accommodation in clean static caravans, 4 per caravan. Passports held by workers themselves. No issues of concern.
## - / - / - / l
Member of public: a guy in a BMW drops the same 2 lads at the big Tesco every morning to beg with cardboard signs and picks them up at 8pm, they hand him a bag. One of them has a bad limp.
## WW / ced et ncw / C / m
Officer note following visit to a brothel (licensed massage parlour) after an anonymous report. Five women present, all adults, all say they work independently and rent the rooms. No signs of control, all had own phones and documents. No safeguarding concerns.
## - / - / S / h
Report via Modern Slavery Helpline: caller is a cleaner at a hotel in Blackpool. Her colleague, a Romanian woman, told her she was brought to the UK by her boyfriend who now takes all her pay and makes her have sex with his friends for money at weekends. She showed bruises on her legs. She is too afraid to go to the police because her boyfriend says he will hurt her little girl in Romania.
## WW PV IT / pa foa / L S / h
""")
DATA.append(r"""
Salvation Army reception centre - initial needs assessment (adult male, Eritrean, 24, referred by police after a raid on a hand car wash in Stoke).
S says he crossed the Channel in 2025 and claimed asylum, but was moved out of his hotel and lost contact with his solicitor. A man from his community, 'Brother Yonas', offered him a bed and a job. He has worked at the car wash for 14 months, 8am to 8pm every day including Sundays, washing up to 60 cars a day. He was given £150 a month. Yonas said the rest paid for the room and a lawyer 'who is fixing your papers', but S has seen no lawyer. He lived with 9 others in a two-bedroom flat, sleeping in shifts. His asylum papers and phone were 'kept safe' by Yonas from the first day. He owned only the clothes he was wearing and a plastic bag with a toothbrush and a Bible. He was never hit. He says he was 'happy to have work' and did not know he could refuse.
Needs: clothing, GP registration, immigration advice, counselling. Consent to NRM given.
## AV DE WW EO RD IS AC / lh dt oa fpe iso / L / h
INT LOG 9020/26 - 3/C/P. Unverified. Source heard in a pub that 'the Lithuanians on the potato farm are slaves'. Source could not say which farm or give names. Checks with GLAA: two licensed providers supply that area, both inspected this year with no concerns. Filed for information only.
## - / - / - / l
Victim account through interpreter (Albanian). 'I met Erion on Instagram. He was kind, he said he loves me and we will marry in London. He paid for me to come. In London he changed. He said I must work in a flat with men because he owes money to bad people and if I don't they will kill him and then me. He took my ID card and my phone. I was in the flat for five months, sometimes twelve men a day. The woman who answered the phone took the money and gave it to Erion. I was allowed out only to the shop on the corner with the woman. One time when I said no to a man, Erion came and beat me with his belt.'
## DE IT RD IS RM PV WW / dt iso rm / S / h
Call 21:05. Male caller, irate, reports his neighbour's builders have been working on the extension until 9pm every night and on Sundays. Noise complaint. He says 'they must be slaves working those hours'. Builders are a local family firm; caller was advised to contact council environmental health about noise.
## - / - / - / l
A&E note. Male, 40s, Indian, fell from a ladder at a restaurant where he works. Colleague who brought him said he works in the kitchen 7 days from 11am to midnight and lives in the flat above with 6 other staff. Pt asked not to be reported because he has no visa. Pt says the owner 'takes care of' his salary and sends it to his family in Punjab. Pt does not know how much he earns.
## EO WW AC AV / lh saw oa ncw foa / L / h
Caller says she saw a man and woman fighting in a car in the Aldi car park, woman got out and walked off. Not located. No further reports.
## - / - / - / l
Youth offending team note: C, 15, arrested for possession with intent to supply in Norfolk, 120 miles from home. He was found in a flat belonging to a vulnerable adult. Phone downloaded: messages from a user 'Scrapz' setting him targets, threatening to 'wet him up' and demanding £800 for 'lost' drugs. C states he was picked up from his estate in London, driven there, and not allowed to leave the flat.
## AV IT DB RM / rm et / C / h
""")
DATA.append(r"""
Bank branch manager calls: a woman came in with a man to withdraw all of her savings (£4,500) and hand it to him. She looked scared. He said they were 'paying for a wedding'. Customer later told staff quietly that she had to pay or her 'husband's family' would take her back to Bangladesh.
## IT / - / - / m
Officer welfare visit following a public report of a young Chinese woman living above a takeaway 'never going out'. Spoke to her with a Mandarin interpreter. She is the owner's daughter, 22, studying online with the OU, and helps in the shop in the evenings. Has her own passport, bank account and phone. Goes to the gym. Report unfounded.
## - / - / - / l
Community support officer: girl, 10ish, selling lavender sprigs outside the cathedral, older woman on the bench collecting the money from her every 20 mins. Not in school.
## AV WW / ncw / C / h
Warehouse HR: agency temp fainted on shift. Colleagues say he's doing 16-hour days across two agencies because 'his landlord' takes most of his pay for rent. Agency has been asked for details.
## EO WW / lh ncw / L / m
ex-employee calling to say the garage owner didnt pay his last week before he quit, wants police to get it back. Owner says it's coming on Friday with the payroll. Civil dispute, advised ACAS.
## - / - / - / l
999: woman says a man is outside her door threatening to kill her tonight if she doesn't go back to the massage parlour. She ran from there yesterday. Says he has a knife.
## IT / - / S / i
Police dog unit found 3 Vietnamese males in a disused factory in Hull surrounded by cannabis plants, no food, one shackled by the ankle to a pipe.
## RM AC / rm plc / C / i
Call from Citizens Advice: client, Sudanese, 30, working at a chicken processing plant, says he has to pay £10 a week for gloves, aprons and hairnets and £7 a day for the bus the agency runs. Pay otherwise reaches his own account. Lives with his brother. Advised client re unlawful deductions.
## - / ppe ct / - / l
""")
DATA.append(r"""
Statement of witness (extract) - Mrs Grace ADEYEMI, church volunteer.
'I run the Saturday clothes bank at St Luke's. In October a young woman, who I now know as Blessing, started coming with a lady I understood to be her employer. The lady always chose the clothes for her and answered every question I asked Blessing, even about her shoe size. In November Blessing came alone for the first time because the lady was ill. She told me she had come from Lagos two years ago to look after the lady's children and had been promised she would be sent to college and paid £300 a month into her mother's account in Nigeria. She said her mother had received money only twice. She said she gets up at 5 to prepare breakfast and is the last to bed after ironing, and she sleeps on a mat in the laundry room. She did not have a coat. She asked me not to tell anyone because the lady keeps her passport and has told her that people without papers are put in prison in England. I gave her my number. I have not seen her since 2 December and I am worried.'
## DE WW EO AC RD IT AV / sfw lh dt foa fpe / D / h
Officer update - Op WILLOW, day of action at a pop-up brothel at a short-let apartment, Floor 7, Pinnacle Tower.
Entry gained 06:10 under s23 MDA warrant (cannabis intel). Inside were two women, both Romanian, aged 22 and 24, and a male, POPESCU Florin, 38, who was arrested. The women were spoken to separately with an interpreter. Woman 1 said she came to the UK voluntarily to sell sex, keeps 50% of her earnings and has her own ID card; she did not want any support. Woman 2 said Florin 'arranges everything': he booked the flat, wrote the adverts, took the calls and held both women's ID cards and phones overnight. She said she has been moved between 'eight or nine cities' since June and has not been able to send money home because Florin 'looks after it'. She has a cigarette burn on her forearm which she said Florin did when she refused a client without a condom. She accepted an NRM referral.
Two mobile phones and £3,400 cash seized. Florin interviewed, no comment.
## RD IS WW PV / dt iso ncw pa / S / h
Public online report, all caps as received:
THERES A GANG OF SLOVAKS WHO RUN THE BEGGING ON THE HIGH STREET, THEY PUT THE GRANDAD WITH NO LEGS OUTSIDE BOOTS AT 7AM AND THE LADY WITH THE BABY BY THE BANK, THEN AT DINNER A LAD COMES ROUND AND TAKES THE POT OFF THEM, IVE SEEN HIM SLAP THE OLD MAN ACROSS THE HEAD WHEN THERE WASNT ENOUGH. THEY ALL GO OFF IN A SILVER PEUGEOT PARTNER AT NIGHT. THE POLICE DO NOTHING. ITS DISGUSTING AND ITS BEEN GOING ON 2 YEARS.
## AV WW PV / ncw et ced / C / h
Multi-agency safeguarding hub (MASH) note.
Referral from school nurse re Amina, 14, Year 10. Amina has disclosed that she is expected to do all the housework and care for her four younger siblings and her uncle's family who live in the same house, that she often misses school to do so, and that she is sometimes hit with a slipper if chores are not finished. She came to the UK from Somalia 18 months ago to live with her uncle, who has her passport. She says she is not allowed out after school except to the mosque. Uncle told the school she is his 'daughter'. History: 3 previous referrals for non-attendance. Decision: s47 strategy discussion, joint visit police and social care today.
## AV PV RD RM / dt rm / D / h
INT LOG 9555/26 - 2/B/P.
POI: SHAH Tariq (nom), DOB 1979, director of S&T Recruitment Ltd.
Source reports SHAH supplies around 30 Indian and Nepalese care workers to nursing homes in the region. INT suggests each worker paid SHAH between £8,000 and £15,000 for a certificate of sponsorship. SHAH deducts a further 'management fee' of £400 a month from their pay. Workers are housed in three properties owned by SHAH's brother, 6-8 per house. SHAH is said to tell workers their sponsorship will be withdrawn if they move employer. Source is unaware of any violence.
Also: SHAH's wife has an unrelated fraud conviction from 2019.
## AV DB IT AC / uf oa / L / h
Officer note - report of a 'man kept in a shed' on an allotment. Attended. Male, 61, British, has been sleeping in his own allotment shed since his divorce. He has a job at the garden centre, his own money and phone. Adult social care and housing informed, he accepted a housing options appointment. No exploitation.
## - / - / - / l
""")
DATA.append(r"""
Debrief notes, Filipino fisherman, via ITF inspector.
'We signed a contract in Manila for $1,200 a month. When we came to the boat the skipper said the contract was for the agency and our real salary is $500, and the agency takes $200 for our fee. We fished for 10 months, sometimes 3 days without proper sleep. The food was rice and fish only. When Jun cut his hand the skipper said no doctor, put tape. We were not allowed to go ashore, he said immigration would take us. He kept our passports and seaman books in his cabin. When I asked to speak to my family, he said the satellite phone is for emergencies only.'
## DE WW EO AC RM IT RD IS / dt rm lh foa iso / L / h
Call log 23:50: Woman says her boyfriend has locked her and the baby in the flat and gone to the pub with the key. No violence tonight but she is scared. Fire risk. Units attending to facilitate exit.
## RM / rm / - / i
Hospital social worker: patient, 30, Polish, admitted with pneumonia, malnourished, lice. He says he lived in a tent in the woods near the farm where 'the boss' gives him work for cash and vodka. He does not know the boss's surname or the address of the farm. He has no ID; says the boss 'has it somewhere'.
## AV AC WW RD IS / pa plc dt iso / L / h
Licensing team: premises check at 'Glamour Nails'. One worker had no right to work in the UK. Referred to Home Office immigration enforcement for civil penalty. Worker said she was paid properly and lives with her husband. No MSHT indicators.
## - / - / - / l
Young mum at the baby clinic told the health visitor her husband's sister makes her cook for the whole extended family and clean their two houses, and keeps her child benefit card. She is free to go out and has her phone. Health visitor unsure if this is domestic abuse or something else.
## - / ncw / - / l
""")
DATA.append(r"""
Cat stuck up a tree on Briar Close, caller insists police attend. Referred to RSPCA.
## - / - / - / l
Caller reports his van was broken into overnight, tools worth £3k stolen from the back.
## - / - / - / l
Male in his 20s knocked on caller's door at 3am, no shoes, no English, kept saying 'police, they hit me, they hit me', pointing at his swollen eye.
## PV / pa / - / h
Shoplifting - two teenage girls caught with make-up at Superdrug, both 15, parents called. No adult involvement found.
## - / - / - / l
Driver for a Deliveroo account says he rents the account from a man who keeps half his earnings, he wants to stop but the man has his passport.
## WW RD / dt ncw / L / m
Lady at the bus stop says she saw a boy about 8 being dragged by the arm into a car, turned out to be his dad after school, child fine.
## - / - / - / l
Security guard at a building site says two of the labourers live in the welfare cabin and never leave site, even at weekends.
## - / saw / L / m
Drink driver stopped on the A1, positive breath test, arrested.
## - / - / - / l
Caller says her son's 'friends' from Birmingham are staying at her flat and won't leave, they've taken over the living room and sell drugs from it. She's 68.
## AV / - / C / h
Woman at the launderette says she has no money because 'Mister' keeps her bank card and she has to clean his restaurant for free.
## WW / ncw / L / m
The old boy at the end of our road has had a gang of lads move in and he sits in the car all night now.
## AV / - / C / h
Customer complaint: car wash damaged his alloy wheels. Civil matter.
## - / - / - / l
Suspected sham marriage: registrar flags that the bride (Portuguese, 19) does not know the groom's surname and a third man paid the fees and answered for both.
## - / sfw / - / l
Man in the queue at the job centre told staff another man makes him sign on and then takes the money every fortnight.
## - / ncw / C / m
Teenage lad with a rucksack hanging around the station for hours, BTP checked him - he's waiting for his mum's train. Fine.
## - / - / - / l
Report of a fight outside Wetherspoons, one male with a head injury, ambulance requested.
## - / - / - / l
Woman who works at the nail bar said the boss took her passport 'for the tax' and has not returned it in 6 months.
## RD / dt / L / m
Chinese student reports her landlord entered her room without notice. Advised, civil.
## - / - / - / l
Crying woman rang 999 and said 'he sold me, he locks the door', then hung up. Callback no answer. Cell site: Harrow.
## RM / rm / - / i
""")
DATA.append(r"""
Intelligence report, URN 10442/26, grading 2/B/P.
Subject address: Plas Newydd Farm (a poultry farm), and two static caravans behind the sheds.
Source reports that the farm uses around 15 Romanian and Moldovan men supplied by a 'friend of the farmer', a man called VASILE. The men catch chickens at night, travelling to farms across Wales and the borders in a minibus that VASILE drives. They leave at 10pm and return around midday. Source says the men are charged £70 a week for the minibus and £80 for the caravan, and that they were each charged £250 for 'the boots and the suits'. They are paid through a company set up by VASILE into bank accounts he opened for them; source has seen VASILE withdrawing cash at the Spar cashpoint using a pile of cards.
Source states the men are not locked in and do go to the village shop. Source has not seen or heard of violence.
INT suggests the farmer is unaware of the deductions.
## WW AC EO / ct ppe mbc ncw ced et oa lh / L / h
School attendance officer: home visit re persistent absence of twins, aged 13. Mum (Czech Roma) explained the children have been helping her at her cleaning job because she had no childcare during a family illness. She is paid by the cleaning company directly; the children are not working for anyone else. Agreed attendance plan. Early help referral. No exploitation identified.
## - / - / - / l
Survivor account (Vietnamese female, 19), given at a solicitor's office, English by the interpreter.
'She says that when she was 16 she was told by a woman in her village that there was a good job in a nail salon in England and the family would pay later from her wages. She travelled by plane to Russia and then in lorries. In England she was taken to a house where she was made to look after cannabis plants with a boy of about 14. The man who brought food said the family now owes £30,000 because the journey was expensive, and each month the debt was bigger because of the electricity. She says the man sometimes touched her and once raped her. She did not know what city she was in. She says she escaped when police came to the house, but she was arrested and spent two nights in a cell before someone believed her.'
## AV DE DB PV IS / iso / C / h
Call from a bus driver: a man got on with 6 young lads, paid for all of them with a wad of cash and kept their bus passes in his pocket. Lads silent the whole way to the industrial estate at 5:30am.
## - / sfw et ced / - / l
Caller, landlady, says her tenant's new 'husband' has moved a sister and two brothers into the flat, they all go to work in a food factory in a car at 5am, and she believes he takes their pay cards. She also says the tenant looks frightened of him. She wants to evict.
## - / ced ncw oa / L / m
Officer statement (search of a cannabis grow at 44 Albion St): 'In the back bedroom I found a male lying on a mattress among the plants. There was a bucket used as a toilet and a plate of cold rice. The windows were boarded from the outside and the internal door had a bolt on the landing side. The male appeared to be in his late teens, very thin and pale. He said one word to me, "sorry". He had no phone, no documents and no belongings other than the clothes he was wearing.'
## AV RM AC IS / rm plc pa fpe iso / C / i
""")
DATA.append(r"""
Force control room - shift summary, Tuesday nights (extract).
22:14 Domestic, Laburnum Ave: verbal only, both parties separated for the night.
22:40 Concern for welfare: student not answering phone, found asleep in halls.
23:05 Theft from motor vehicle, Brunswick St car park, laptop.
23:31 Report from a taxi driver who dropped a young woman at a hotel on the ring road. She told him in the cab that she has 'dates' booked for her all night by a man called Jay who keeps her money and her phone, and that she is 17. Driver gave hotel details. Units attended, female located in room 214 with an adult male, both detained. Female safeguarded, CSE team notified.
00:20 Fail to stop RTC, no injuries.
01:55 Burglar alarm, Ryman's, false activation.
## AV WW IS / ncw iso / S / i
Debrief note, Romanian female, 31, via interpreter.
She says that she went to Birmingham after her boyfriend, Costel, told her he had found them both jobs at a hotel. When she arrived there was no hotel job. Costel told her she must 'work on the internet' and posted her pictures on an escort website. The clients came to a flat in Edgbaston. Costel kept the phone that the clients called, he decided the prices and he took all the cash, telling her he was saving it for their house in Romania. She says she was free to go to the shops but he checked her location on her phone. She was never hit but he told her that if she left he would send the photos to her father. She left after nine months when she found out Costel had a wife.
## DE WW IT / ncw / S / h
Neighbour's CCTV has caught someone keying cars on Beech Ave, footage provided. Suspect is a 14-year-old from the estate.
## - / - / - / l
Outreach (homelessness charity): rough sleeper K, 45, Lithuanian, says a man at the soup run offered him work on building sites 'with a room'. K refused because he heard from others that the man takes your passport and you never see wages. K is still rough sleeping and does not want to go with anyone. No exploitation of K himself.
## - / - / - / l
Adult social care: Mrs J, 79, has been 'befriended' by a young couple who moved into her spare room. They collect her pension, she does their cooking and washing, and they won't let her friends visit. Neighbours worried.
## AV IS / iso ncw / D / h
Intelligence submission - immigration enforcement (Border Force) at Stansted. Traveller: female, 23, Moldovan, arriving on a flight from Chisinau. Says she is coming to work as a 'model' for a company in London; has a return ticket booked by 'the agency'. Could not name the company. Phone contains messages in Russian saying 'the client will collect you, don't speak to anyone'. Refused entry.
## - / - / - / l
Caller from a garden centre: he saw a man in a car shouting at three women he dropped off to work on the flower stalls, then snatching their phones before driving off. Women said 'it's OK' and went to work.
## IS / iso / L / m
""")
DATA.append(r"""
Report (online, member of public): i used to live in a shared house on Hampton road with about 12 other men from Pakistan, the landlord Nadeem also gave us all work at his cousins takeaways and a bed in the house. He charged 100 a week for a bed on the floor and took it from wages so i got about 150 for 70 hours. When i asked for the rest he said i owe him for the visa still 5000. He said if i go to police he tell home office i am overstaying. Now i have left and live with my friend. the others are still there.
## DB WW EO IT AC AV / oa lh foa / L / h
Care Quality Commission notification (summary). At Meadowview Care, inspectors found two carers from Zimbabwe living in a box room on the premises, on call 24 hours a day. Both said they had not had a day off in 7 weeks and that their manager holds their passports 'for Home Office checks'. Their payslips show deductions for 'accommodation and training' leaving £180 a month each.
## EO RD WW AC / saw lh dt ncw / L / h
Call: elderly man has fallen in the street on Market Place, conscious, ambulance requested.
## - / - / - / l
Officer note: visited the address of a reported 'domestic slave' at a large house in Bishops Avenue. The woman concerned is a Filipina housekeeper, 50, employed under contract for 15 years, works 9-5 weekdays, lives in her own flat in Finchley, holds her passport and has a union rep. The report appears malicious, linked to a neighbour dispute.
## - / - / - / l
Caller: a man keeps posting pictures of girls from our school on a Telegram channel with prices next to them. One is my daughter, she's 14.
## AV / - / S / h
GLAA inspection report. Cockle pickers at Morecambe Bay supplied by an unlicensed gangmaster, 8 men, Chinese, working on the sands at low tide regardless of weather, no safety equipment, no knowledge of tides. All paid by the gangmaster who takes 'tax' of 60%. Workers live in two rooms above a shop. The gangmaster holds their ID.
## AC WW RD / oa dt ncw / L / h
Mobile phone left on the bus with messages saying 'your kidney is booked, flight Thursday, no police, no family'. Phone handed in to BTP by the driver.
## IS / iso / O / m
""")
DATA.append(r"""
Case closure note (NGO, labour rights advice line).
Client T, 28, Bulgarian, called in May worried that she was being exploited at a mushroom farm. Having gone through her payslips with her, the picture is as follows. T is paid the hourly minimum wage into her own bank account, which she controls; her hours vary between 35 and 48 a week and she has had at least one day off every week. She pays £95 a week for a room in a house arranged by the farm, shared with two others, which she says is clean and warm, and she is free to live elsewhere. She was charged nothing to get the job. Her complaint is that the supervisor shouts at the pickers when they are slow and that her bonus was cut in April. She has her ID card and her phone, and she visited Bulgaria in July and came back. We discussed bullying and the grievance procedure, and she has since raised a grievance and been moved to another team. She is happy with the outcome.
No indicators of forced labour. Case closed.
## - / - / - / l
Child protection medical (paediatrician's summary). Child: girl, 12, Roma, brought by police after being found pickpocketing on Oxford Street with two older girls. Multiple old bruises on back and upper arms at different stages of healing. She says her 'aunt' beats her if she brings back less than £100 a day, and that they live six to a room in a flat in Wembley. She has never been to school in the UK. She does not know her date of birth. The aunt is said to be holding the children's passports.
## AV PV WW AC RD / pa oa dt ncw / C / h
INT LOG 11230/26 - 2/C/P. Information from a housing association: flat 9, Cedar House, tenant Ms RILEY (38, heroin user) reported to have two males from Manchester staying for the last fortnight. Neighbours report a constant stream of visitors day and night. RILEY was seen with a bandage on her face. A neighbour heard a male shouting 'you don't go nowhere till we say'.
## AV RM PV / rm pa / C / h
Dispute between two fruit pickers in a caravan park, one punched the other over a card game. Both spoke to police through an interpreter and said they are happy with their employer, paid weekly into their own accounts. Assault recorded, offender cautioned.
## - / - / - / l
Caller is a mum whose son, 19, is at university. He's been approached on Snapchat and offered £500 to let someone use his bank account 'for a few days'. He hasn't done it. Mum wants advice. Money mule advice given.
## - / - / - / l
Call 14:03: a lorry driver at Dover services says he heard banging and voices from inside his trailer. Border Force and police en route. Trailer contains 11 people incl. 3 children, dehydrated.
## AV AC / pa / - / i
""")
DATA.append(r"""
he keeps saying he'll pay us at the end of the month, thats 3 months now, we pick the apples 7 days and sleep in the barn
## WW EO AC / saw lh / L / h
Man came in to the police station to report he was being blackmailed after a dating app chat. Sextortion, he is an adult. Advice and crime ref.
## - / - / - / l
Gym owner says a personal trainer there is 'pimping out' young women from Eastern Europe via Instagram. No names yet.
## - / - / S / h
Vet practice calls about a dog with severe injuries brought in, possible dog fighting. RSPCA contacted.
## - / - / - / l
Community nurse: Mr H, 38, learning disability, told her that his 'friend' makes him sweep the yard of a scrapyard every day for nothing and keeps his bank card. He wants to stop but is scared of the man's dog.
## AV WW / ncw / L / m
Employer reports a worker who failed to show for three days. Later found he'd gone home to Poland for a funeral. Closed.
## - / - / - / l
Female caller, Vietnamese accent, says 'I am in nail shop, boss say I can not go, I want go home', gives town as Grantham.
## RM / rm / L / i
Man with a learning disability tells day centre staff that new friends have him collecting parcels from the post office for them every day and will hurt his mum if he stops.
## AV IT / - / C / h
Caller says her neighbour, a Polish builder, works very long hours and she never sees him, wants a welfare check. Attended, he's fine, working overtime on a big contract by choice, paid well.
## - / - / - / l
Anonymous: the girls at the massage place on Victoria St live there, the man locks the shutters from outside when he goes home at night.
## RM / rm saw / S / i
""")
DATA.append(r"""
Officer's note following a complaint by a former employee of Bright Wash Valeting, Hollins Rd.
The complainant, a former valeter, alleged that staff are 'treated like slaves'. I visited with a colleague from the local authority. There are 7 staff, all Kurdish or Iranian men, with settled or pre-settled status or asylum permission to work. Each showed me his own phone and ID. Payroll is run by an accountant; staff are paid weekly by bank transfer and the sums on the bank app of three men I spoke to matched their payslips. The hours are 9 to 6, six days, with a rota for Sundays. The men live in a mixture of their own flats and rooms they rent privately, none from the employer. None reported threats or violence. One man said the owner would 'probably shout' if they asked for a pay rise, but said he had never been threatened and could leave whenever he liked; two former staff have left for other jobs this year. The complainant was dismissed for theft in March and has a grievance against the owner.
No indicators of modern slavery. NFA. Advice given re health and safety (chemical storage).
## - / - / - / l
Interview with a survivor of forced criminality (Albanian male, 17) - summary for the NRM.
He left Albania after his father's debts to a local gang. A man from the gang told him he could earn money in London 'in a car wash' and clear the debt. He travelled by lorry to Belgium and by small boat. In London he was collected by two men who took him to a flat in Peckham and gave him a phone with a single contact. He was told the car wash was 'later' and that first he must sell cocaine from a car. He was given a quota of £3,000 a day and told that the debt, which they said was now £25,000 including the boat, would only go down if he reached it. He slept in the flat with three other boys and was not allowed to go out except on shift with a driver. When he lost a bag of drugs, he was burned on the arm with a lighter. He was arrested in a car in Lewisham in September.
## AV DE DB RM PV IS / rm et iso / C / h
Caller from a Polish deli reports her staff member has not turned up for two days and is not answering. Later located at a friend's house, she had been ill. Closed.
## - / - / - / l
Victim statement (domestic worker, Indonesian, came with employers on an overseas domestic worker visa):
'Madam said in Jakarta I will work eight hours and have Sunday free and they will pay me £600 every month. In London I worked from 6 in the morning until the family sleeps, sometimes 2am. I never had Sunday. For the first four months I got nothing, Madam said she sends it to my husband. I called my husband and he said he received nothing. I slept on the floor in the kitchen corridor. Madam took my passport at Heathrow. I could not go outside. When Sir was angry he kicked me. I escaped when the family went to a restaurant and forgot to lock the door.'
## DE EO WW AC RD RM PV / lh dt rm / D / h
""")
DATA.append(r"""
Theft of a catalytic converter from a Prius on Oak Rd. Second this week.
## - / - / - / l
Man says his wife's cousin, who lives with them, cleans the house and minds the kids in return for her room and food and £400 a month, and has her own passport. Neighbour accused them of keeping a slave. Caller upset, wants it on record that this is false.
## - / - / - / l
Health visitor: mum, 19, Eritrean, housed in an HMO, says a man from her church pays her rent and 'comes to visit at night' and she has to let him in or he will put her on the street with the baby.
## AV IT PV / - / S / h
Car wash on the Kingsway - two lads looked about 15, working in the rain without gloves, boss shouting, and they get in the boss's car at closing.
## AV / et / L / h
A worker said his boss would have kept his passport if he'd let him, but he refused and keeps it at home. He's happy in the job.
## - / - / - / l
Report of a male exposing himself to a female jogger on the canal towpath.
## - / - / - / l
Teacher: year 8 boy says he gets £50 to 'hold things' for older boys and they told him if he tells anyone his family's house will get petrol-bombed.
## AV IT / - / C / h
Hotel receptionist: a man booked 3 rooms, paid cash, and 5 different girls came and went with different men all evening. One girl looked very young and frightened and asked the receptionist what city this was.
## AV IS / iso / S / h
Call from a bank's fraud team: 14 cards belonging to different Romanian names were posted to one PO box in Slough and are used at the same cash machine every Friday night.
## - / mbc / - / l
Online report: my mate worked at a sweet factory through an agency and the agency lied about the job, said £12 an hour and it was £8 after the 'fees' for his room, but he can leave and he's gone to another job now.
## DE / - / L / m
""")
DATA.append(r"""
Report via Crimestoppers (summary). The caller works at a recycling depot in Tipton. He says about ten Romanian men started there in the spring through an agency that is 'just a man with a van'. The men are picked up from a terraced house at 5am and dropped back around 10pm, seven days a week. Caller says the man with the van has their bank cards and gives them cash on Saturdays, 'about thirty quid each'. One of the men, called Florin, told the caller in broken English that he had been promised a job in a car factory and that when he asked to go home the van man said his family in Romania 'will have problems'. Caller says the men look underfed and wear the same clothes every day, and one has an infected cut on his hand from the sorting line that nobody has looked at. Caller wants to stay anonymous because he is worried about his own job.
## DE WW EO IT AC / ced et ncw lh pa fpe / L / h
Bank alert (fraud analytics): 9 accounts, opened at a branch in Luton within a week, all with the same mobile number and the same home address; each receives wages from the same cleaning contractor and every payment is moved within minutes to one account held by a Mr M. BALOGH.
## WW / ncw mbc / L / m
Diplomatic household: the mission informed FCDO that a member of staff 'absconded'. The domestic worker, now at a refuge, says she worked 18 hours a day, was fed leftovers, was never allowed out alone and her employer kept her passport. FCDO asked for immunity waiver.
## EO AC RM RD / lh rm dt / D / h
Caller on the Wilton estate says kids on bikes are riding round and round the block late at night, just nuisance, no drugs that she can see.
## - / - / - / l
Young woman brought to A&E by friends with an overdose. Friends say she had been 'working' for a man who gave her drugs and made her sleep with his mates. She is 18. Police informed.
## AV PV / - / S / h
Victim note: Sudanese man, 26, worked in a Manchester car wash for 'food and a mattress in the back', no wages ever, boss said 'you have no papers, who will believe you'.
## WW AC AV IT / saw foa / L / h
A resident reports that the man next door has lived in a tent in his brother's garden for two years and does all the gardening and car cleaning for the family. He says the brother holds his disability benefit. The man himself told police he is happy and can go whenever.
## - / ncw / - / l
Organ donation (GP note): patient asked for advice because a 'cousin' in Pakistan has offered to pay for his flight and give his family money if he travels to donate a kidney to a rich man. He is unemployed and has heavy debts. He has not agreed.
## - / - / O / m
Domestic incident: adult son shouting at father about money. No violence. Both calm on arrival.
## - / - / - / l
Student's mum says the language school her daughter came to has closed and the daughter's visa is now in doubt. Not a police matter, referred to the Home Office.
## - / - / - / l
Girl on the phone to ChildLine (relayed): 13, says her mum's boyfriend films her and sells the videos online and says he'll kill her mum if she tells. He is in the house now.
## AV PV IT / - / S / i
Pizza shop: caller says the Pakistani lad who works there sleeps on the floor behind the oven, works every day from noon to 2am and is paid with 'food and a bit of cash'.
## EO AC WW / saw lh / L / h
Man reports he paid a 'visa agent' £4,000 for a UK job that never existed. He's in Nigeria, the agent stopped answering. Action Fraud.
## - / uf / - / l
Driver says a woman in his minicab kept getting texts about 'clients' and told him she had to hand over all her money to 'the boss'. Adult, no visible injuries.
## WW / ncw / S / h
INT 2/B/P: POI MAHMOOD Asif (nom) controls a group of Slovak Roma families working at a sandwich factory via an agency. INT suggests he holds the families' passports, speaks for them at the agency and collects the children's child benefit.
## RD / dt sfw ncw / L / m
Lost dog found on the ring road, owner traced via microchip.
## - / - / - / l
Woman, 24, Bangladeshi, at a refuge: she says she was married in Bangladesh to a man in the UK who brought her here to look after his disabled mother and his three brothers. She did the housework and care for two years, was never allowed out of the house, and his family held her passport and took her phone. Her husband raped her and his mother beat her.
## DE EO RM RD IS PV AV / rm dt iso lh / D / h
Hospital porter says a kidney patient's family asked him where they could 'buy' a kidney. He told them it's illegal. No further.
## - / - / - / l
""")

def parse():
    recs = []
    for block in DATA:
        buf = []
        for line in block.strip("\n").split("\n"):
            if line.startswith("## "):
                parts = [x.strip() for x in line[3:].split("/")]
                assert len(parts) == 4, line
                ind, sig, typ, risk = parts
                def codes(x, table):
                    return [] if x == "-" else [table[c] for c in x.split()]
                text = "\n".join(buf).strip()
                assert text, line
                recs.append(dict(text=text, indicators=codes(ind, IND), signs=codes(sig, SIG),
                                 exploitation=codes(typ, TYP), risk=RISK[risk]))
                buf = []
            else:
                buf.append(line)
        assert not "".join(buf).strip(), buf
    return recs

def main():
    recs = parse()
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh166.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            row = {"id": "f166-%03d" % i, **r}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(recs), "written to", out)

if __name__ == "__main__":
    main()
