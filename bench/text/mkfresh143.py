#!/usr/bin/env python3
"""Hand-written texts for fresh143 (ROCU / national cell mix). Each entry is
(text, indicators, signs, exploitation, risk) with short codes expanded below."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ce="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
T += [
("""INT suggests POPESCU (nom) controlling approx 8 Romanian males working at hand car wash, Station Rd. Workers picked up in white Transit VRM GY19 KXD at 0630 hrs and returned after 2100. POPESCU collects all wages on a Friday. 2/B/P""",
 "WW", "ce ncw", "L", "m"),
("""Cash-in-transit robbery, Aldi car park: two males on a moped, one armed with a hammer. Cash box recovered 400m away, empty. No injuries. Scene photographed, CCTV requested. 1/A/P""",
 "", "", "", "l"),
("""SAR flagged by Lloyds: account held by 23yo Slovak female receives her salary from a meat-packing agency every Friday; within an hour the full balance is transferred to a male account in the same surname in Nitra. Customer never uses card in store. Branch staff note a male always attends with her and does the talking.""",
 "WW", "ncw sfw", "L", "m"),
("""hi i want to report the nail place on the high st. same 3 girls there every day 9am till gone 10 at night even sundays they look like kids honestly one of them cant be more then 15. a man in a merc drops them and picks them up they never go out for lunch or anything""",
 "AV EO", "lh ce", "L", "h"),
("""ANPR and intelligence digest, Eastern region, overnight 0000-0600:

VRM LR66 OPT (Ford Focus, reported stolen 12/10) passed M62 J26 westbound 0214 hrs and J20 at 0241. Intercept not possible. Vehicle linked to the commercial burglary series under Op LANTERN, where tool stores and builders' merchants have been targeted.

VRM YH21 CVB (Mercedes Sprinter) – ANPR shows it at the same industrial estate in Thurrock as two previous plant thefts; keeper is a plant hire firm and reports the van on legitimate night work. Filed.

VRM KN19 AAS – no insurance, stopped on the A13 by roads policing, seized. Driver (British, 23) reported for summons.

VRM GX70 PLM – marker for a missing adult (male, 44, depression) from Southend; vehicle located in a car park at Shoeburyness, man found safe and well and taken home by family.

No modern slavery or exploitation content in this digest.""",
 "", "", "", "l"),
("""Debrief, via Vietnamese interpreter. He says he was told in Hanoi he would work in a restaurant kitchen in England. Instead he was driven to a house with the windows covered in foil and told to water plants. The door was locked from outside and food was passed in twice a week. He says he owes the people who brought him 28,000 US dollars and they told him the debt would be reduced by his work on the plants.""",
 "DE RM DB AC IS", "rm plc iso", "C", "h"),
("""Op KESTREL – operational update for Gold group

Warrants were executed simultaneously at 0600 at 14 Lime Grove, 3 Canal Walk and a lock-up on Tenter St. Three adults were arrested for conspiracy to supply class A. At Lime Grove officers seized 1.2kg of cocaine, £38,000 in cash, 6 mobile phones and a cash counting machine. At Canal Walk a female occupant (partner of the principal) was present with two young children; she was not arrested and children's services were informed as a routine notification because of the drugs, not because of any exploitation concern.

All three detainees are British adults. Custody officers asked each of them the standard screening questions; none disclosed being forced or coerced, none was in debt to the group, and all are long-standing members of it. There were no runners, no young people and no cuckooed addresses associated with this cell.

Interviews are planned for tomorrow. Financial investigators will take the phones for download and a POCA restraint is being prepared for two properties.""",
 "", "", "", "l"),
("""101 call summary, 1742 hrs (upgraded to grade 1):

Caller lives on the second floor of Cranmer House. She states that a young lad, about 14, white, thin, wearing a grey tracksuit, has been staying at flat 7 on her landing for about a week with two older males who have London accents. The flat belongs to a man in his fifties who uses heroin and who she has not seen out for days.

She has seen the boy going in and out with small packages and getting into cars for a few minutes. She has never seen him with a school bag and says he should be at school. Last night she heard one of the men shouting at him through the door: 'you don't leave till it's all gone, you hear me?' This afternoon she saw the boy on the landing crying; when she asked if he was ok he said 'I can't go home' and one of the men pulled him back inside.

Caller believes the boy is being used to sell drugs and that he is still in the flat now. Units dispatched; children's services and the missing persons unit checking for a missing 14-year-old from the Met area.""",
 "AV RM", "rm", "C", "i"),
("""Farm worker (Bulgarian) attended A&E with a crushed hand after a potato grader jammed. Employer brought him in, stayed with him, and provided the accident report. Worker speaks reasonable English, has his own ID card and phone, said he likes the job and is paid weekly into his own account. Referred to HSE as RIDDOR. No MS concerns.""",
 "", "", "", "l"),
("""GLAA licence inspection report (summary) – Harvest Link Ltd, licence holder since 2017.

Scope: compliance with licensing standards at the labour provider's main client farm near Evesham during the asparagus season.

All 42 pickers on site that day were interviewed, in Romanian, Bulgarian and Polish, without managers present. Each held his or her own passport or ID card and bank card. Payslips were reconciled against bank statements for a sample of 15 workers and showed the correct hourly rate, overtime paid at time-and-a-half and holiday accrual. Workers may decline overtime and several do.

Accommodation is in static caravans on the farm, two people per unit, each with a working heater, shower and kitchen. The charge is within the offset limit. Transport from the caravans to the fields is provided free of charge. PPE is issued free of charge and replaced on request.

One breach was found: the holiday pay calculation was wrong for three workers who had started mid-season. The licence holder corrected it during the visit and back-paid the difference.

Outcome: licence retained with no additional conditions. No indicators of forced labour or worker exploitation were identified.""",
 "", "", "", "l"),
("""She says that the man who married her in Lahore brought her to Bradford and from the first week she cooked and cleaned for his parents, brothers and their children. She slept on the kitchen floor. She says she was not allowed to go to the shop alone and her passport is kept by her mother-in-law in a locked drawer. When she asked to phone her family her husband slapped her.""",
 "RM RD PV IS AC", "rm dt iso plc", "D", "h"),
("""Bank alert (Monzo financial crime): 11 new accounts opened in 9 days, all using the same device ID and the same IP, all registered to 31 Park Terrace, account holders Romanian nationals aged 19-24. Cards delivered to that address. Salary deposits from CleanFast Services Ltd, then ATM withdrawals at the same cash machine within minutes of each other.""",
 "", "mbc", "", "l"),
("""Shoplifting, Boots, town centre. Female (known, 34) took 6 perfumes. Detained by security. Admits offence, says she sells to fund heroin. Charged. Referred to drug support team.""",
 "", "", "", "l"),
("""From the Salvation Army caseworker: client (Eritrean, 27) describes crossing from Libya; smugglers held him in a warehouse for 4 months until his brother in Sweden paid. In the UK he worked 2 months at a car wash in Leicester where the owner paid him £30 a day for 12 hours and let him sleep in the back room. He left on his own after a customer told him about the Home Office. He says nobody stopped him leaving but he had nowhere else to go.""",
 "EO AC", "sw lh plc", "L", "m"),
("""Intel: LEKA (Albanian, nom) arranging adverts on adult sites for 3 females at short-let apartments in Leeds city centre, moving them every 5-7 days. Females not seen leaving apts unescorted. 2/C/P""",
 "RM", "rm et", "S", "h"),
("""Neighbour dispute, Maple Close: ongoing argument re: shared driveway, parking of work van. Verbal only. Both parties given advice. No offences.""",
 "", "", "", "l"),
("""moped gang keeps doing phone snatches outside the station every night about 10pm, police never come, sort it out""",
 "", "", "", "l"),
("""Telecoms: handset IMEI ending 4471 used with 14 different SIMs over 6 weeks; cell site places it at the cannabis factory (Op BRACKEN) most nights 2300-0500. Attributed to TRAN Van Minh (DOB 03/05/2006, 17yo at time). Subject found at the grow during the strike, locked in, no key. Flagged as potential victim, NRM referral by OIC.""",
 "AV RM", "rm", "C", "h"),
("""Council licensing visit to Golden Dragon takeaway. Found 4 camp beds in the storeroom above the kitchen and clothes hanging on hooks. Manager said staff 'sometimes rest there between shifts'. Two staff could not give their home address. Fire exit blocked by sacks of rice.""",
 "AC IS", "sw plc", "L", "m"),
("""Hi, I'm a student from Malaysia. I lost my passport on the bus yesterday and my landlord said I should report it. I've contacted the High Commission for an emergency travel document.""",
 "", "", "", "l"),
("""Debrief. 'In Poland a man from my village said he had good factory job for me in England, £400 a week. He pay for the bus. When I come, he take my ID card for registration with agency and I never see it again. I work in chicken factory. Every week he give me £50 and say rest is for the house, the bus, the work clothes, the boots. I sleep in room with 5 other men. He say if I go, he find my mother.'""",
 "DE RD WW DB AC IT", "dt ncw oc ppe", "L", "h"),
("""Fraud: 67yo male lost £14,500 to a courier scam. Caller posed as bank fraud team, persuaded him to withdraw cash which was collected from his door by a young male. Door cam footage obtained. Investigations ongoing.""",
 "", "", "", "l"),
("""Midwife note: 19yo Nigerian woman booked at 28 weeks. Attended with an older woman who answered every question and would not leave the room. Patient said she lives 'with auntie' and helps with the children and cooking all day. She does not have a GP or any ID, said auntie keeps it. Patient appeared frightened when asked about her partner.""",
 "RD", "sfw dt fa", "D", "m"),
("""Officer handover: the Albanian lads from the grow in Oldham (x2) are in custody, both say they are 20. Interviewed as suspects but both disclosed being brought over in a lorry and told they owed £15k each for the journey, to be worked off at the house. One has a healing burn on his forearm he says was from the boss holding a lighter to it. NRM referrals done for both, duty solicitor aware. s45 defence likely to be raised.""",
 "DB PV", "pa", "C", "h"),
("""Report via Crimestoppers: lorry driver at Felixstowe regularly carries cigarettes in the trailer headboard, sold on in Ipswich. No further detail.""",
 "", "", "", "l"),
("""Children's social care referral: Year 9 pupil (F, 13) seen getting into cars with different adult males after school. Has new phone, nails done and expensive trainers; told a friend the 'older boyfriend' makes her 'be nice to his mates' or he will share pictures of her. Missing overnight twice this month.""",
 "AV IT PV", "", "S", "h"),
("""Op MERIDIAN: financial investigation into RAJ Holdings (3 restaurants). Payroll shows 22 staff but HMRC records only 9. Bank shows regular cash withdrawals of c.£2k a week from company account. VAT fraud suspected. No staff interviewed yet.""",
 "", "", "", "l"),
("""INT suggests that females working at pop-up flat above bookmakers, Hope St, hand over all money from clients to a male known as 'ZEUS'. Females said to be Romanian, early 20s, rarely seen outside. 3/C/C (not to be disclosed to local authority without ROCU approval)""",
 "WW", "ncw", "S", "h"),
("""The man at the hotel said I could not work there and told me to leave. My visa expired last month and I don't know what to do. I'm sleeping at my friend's flat. I want to go home to Manila but I don't have money for the ticket.""",
 "", "", "", "l"),
("""Intelligence: OCG using 'mules' to move proceeds from cash-in-hand car washes across NE region. Students approached on Instagram, offered £500 to 'lend' their account for a week. 2/B/P""",
 "", "", "C", "m"),
("""Border Force referral – Heathrow Terminal 4, primary control, 0715.

A family of five (Saudi nationals) arrived from Riyadh with a female domestic worker (Indian, 24) on an Overseas Domestic Worker visa. The officer noticed that the employer handed over all six passports and answered the questions addressed to the worker. The worker was taken aside and interviewed separately with a Malayalam interpreter on the phone.

She said that she has worked for the family for two years in Riyadh. Her pay of 8,000 rupees a month is sent by the employer straight to her father's account in Kerala; she has never had it in her hand. She works from 5am until the family sleeps, often after midnight, cooking, cleaning and looking after three children, and she has not had a day off since she started. The employer's wife keeps her passport 'for safekeeping'. She did not know the address she was going to in London, only that it was 'a big house'. She said nobody has hit her.

She was given the Kalayaan leaflet and the helpline number, and told of her right to change employer. She declined an NRM referral at this stage; a Duty to Notify form was completed.""",
 "WW EO RD IS", "ncw lh dt iso sfw", "D", "h"),
("""Burglary dwelling, 12 Orchard Way. Entry via rear patio door forced. Jewellery and laptop taken. No suspects. Forensics attended.""",
 "", "", "", "l"),
("""Public report: ther is a man who sleeps in the car wash at nights on the forecourt i seen him thru the window laying on cardboard. he is there from 7 till dark everyday washing cars in the cold no gloves nothing""",
 "AC EO", "sw plc lh", "L", "m"),
("""Caseworker note (Medaille Trust): client (F, Albanian, 22) says her boyfriend promised marriage and a life in London. On arrival in Luton he said she must sell sex to pay back the £8,000 it cost to bring her. She was kept in a flat with two other women and the door was always locked. She was beaten if she did not make £500 a night. He holds her ID.""",
 "DE DB RM PV RD", "rm dt", "S", "h"),
("""Licensing check at car wash, Bridge St: 6 workers, all with right-to-work docs, paid NMW via payroll, payslips shown. Owner has a risk assessment and provides gloves and boots free. No concerns.""",
 "", "", "", "l"),
("""999 call 0213: female screaming in Polish from a first-floor window at 22 Station Road, caller says she is banging on the glass and the window will not open. Man seen pulling her back. Units dispatched.""",
 "RM PV", "rm", "", "i"),
("""POI SHEHU, Arben (DOB 11/02/1991) – intel links him to supply of cannabis from grows in Kent. Recent VRM BV20 ZZH. Associates: KOLA, MEHMETI. No exploitation concerns recorded. 2/C/P""",
 "", "", "", "l"),
("""Witness statement (extract): I manage the Premier Inn reception. A man booked 2 rooms for a week in cash. Different men came to one of the rooms every hour or so, up to 15 in a night. I saw a girl in the corridor who looked very young, maybe 16, she was crying and had a bruise on her cheek. When I asked if she was ok the man who booked came out and said she was his cousin and took her back inside.""",
 "AV PV", "pa sfw", "S", "i"),
("""Probation note: offender (32) now employed at a recycling plant via agency. Reports long shifts but says he chooses overtime, gets paid weekly into his own account, has been there 4 months. Positive engagement.""",
 "", "", "", "l"),
("""Cell intel: vulnerable adult (learning disability) at 3 Foxglove Court has had his flat taken over by dealers from Birmingham since late Sept. He is made to sleep on the sofa and to carry packages to the park. His benefit card is used by one of the males.""",
 "AV", "ncw", "C", "m"),
("""hey i just seen on facebook a job advert, 'work in uk warehouse £600 a week free flat, only pay £300 fee for visa'. they asking for passport scan by whatsapp. is this legit??""",
 "", "uf", "", "l"),
("""NCA tasking: Chinese national (M, 45) identified as organiser of a network placing Chinese women in massage parlours across the Midlands. Women reportedly work and live on premises, 7 days a week. Adverts for 'oriental massage' posted from a single device. Financial intel shows takings consolidated into 3 accounts in his name.""",
 "EO WW", "sw lh ncw", "S", "h"),
("""Theft of diesel from plant at construction site, A14 widening. 600 litres. Site security reports a dark pickup seen at 0300. No further.""",
 "", "", "", "l"),
("""Dear officer, I was working on a building site in Croydon for a man called Vasile. He paid me cash, sometimes late. Last two weeks he did not pay me, he said the client has not paid him. I still live in my own room and go where I want, I just want the money he owes me.""",
 "", "", "", "l"),
("""Hospital social worker: patient (M, 38, Pakistani) admitted after collapse, malnourished, weight 48kg. Works at a relative's restaurant, says he lives in the cellar. He says he has not been paid since he arrived 2 years ago because 'uncle sends money to my family'. He is scared that if he talks the uncle will report him to immigration.""",
 "WW AC AV IT", "pa sw plc ncw fa", "L", "h"),
("""ROCU weekly: county line 'TONY' running from Liverpool into Cumbria. 3 runners identified, 2 aged 15 and 16. Runners reportedly told they owe £1,200 after a 'robbery' of their stash set up by the line holders themselves.""",
 "AV DB DE", "", "C", "h"),
("""Passer-by reports 2 men fighting outside the Crown pub. Police attended, both gone on arrival. No injuries reported.""",
 "", "", "", "l"),
("""Transplant coordinator's note: patient had a living-donor kidney transplant at Guy's last year; donor was his sister, fully assessed by the HTA independent assessor. Routine follow-up, no concerns.""",
 "", "", "", "l"),
("""Intel from partner agency (Refugee Council): client (Sudanese, 30) says a man in Calais offered to clear his smuggling debt if he agreed to 'give a kidney' at a clinic in Turkey. He refused and came by boat instead. Says others in the camp have gone. 2/C/P""",
 "AV", "", "O", "m"),
("""Victim account, sexual exploitation: I met him on Instagram. He said he was a photographer and he had modelling work in Manchester. When I got there they took my phone and I had to do 'bookings'. There were men every night. If I cried he hit me. I was 17.""",
 "DE IS PV AV", "iso", "S", "h"),
("""Cash seizure under POCA: £62,000 in vacuum packs found in a VW Golf stopped on the M1 J28. Driver (UK, 41) no explanation. Dog indicated. Cash forfeiture application to follow.""",
 "", "", "", "l"),
("""Care home inspection (CQC info shared): agency carers from Zimbabwe and Nigeria on sponsored visas say they paid £8,000 each to an 'agent' for the Certificate of Sponsorship. They work 70-hour weeks and are told that if they complain the sponsor will report them and they will be deported. Deductions for 'training' leave them with less than minimum wage.""",
 "EO IT AV", "uf lh fa", "L", "h"),
("""2 lads on push bikes dealing weed in the park behind the school every day after 4. they are like 20 probably. its disgusting""",
 "", "", "", "l"),
("""Op DRIFTWOOD: fishing vessel 'Morning Star' (Brixham) boarded by Border Force and GLAA. 5 Filipino crew on transit visas. Crew say they work 20-hour days during trips and have not been paid for 4 months; wages 'sent to the manning agency in Manila'. Skipper holds all seaman's books. Crew quarters damp with mould and 1 toilet.""",
 "EO WW RD AC", "lh ncw dt plc", "L", "h"),
("""Domestic incident: female (29) reports husband pushed her during argument about money. Husband arrested. DASH completed, medium risk. She works as a nurse, has her own account and passport. Referred to IDVA.""",
 "", "", "", "l"),
("""POI GASHI, Ilir. Intel indicates he recruits young Albanian men on TikTok with videos of cash and cars, promising 'easy work in London'. Once in the UK they are put to work as gardeners in cannabis houses. 2/C/P""",
 "DE", "", "C", "m"),
("""Report from a GP receptionist: a man brought in three women to register, he had all their passports in a carrier bag and filled in all the forms. Women did not speak and did not know their own address.""",
 "RD IS", "dt sfw iso", "", "m"),
("""INT: ATM at Spar, Market Sq, used on 18/11 between 0112 and 0131 with 9 different cards by one male (CCTV). Cards issued to different names with Lithuanian nationality, accounts opened same week. Linked to agency supplying workers to a poultry plant.""",
 "", "mbc", "", "l"),
("""Missing person: Aisha (16) missing from care placement for 3 days, found in a flat in Rochdale with two adult males and class A drugs. Says she was 'just chilling'. Injuries to her wrist consistent with being grabbed. Strategy meeting arranged.""",
 "AV PV", "pa", "S C", "h"),
("""Road traffic collision A38, no injuries, both drivers exchanged details. One vehicle recovered.""",
 "", "", "", "l"),
("""Housing officer: HMO at 45 Beech Rd has 14 mattresses across 3 bedrooms and the lounge. Residents (Romanian males) say the 'boss' rents the house and takes £60 a week each from their wages for rent. They go to a packing factory in his van at 5am.""",
 "AC", "oc ce et", "L", "m"),
("""NGO outreach note: met two women outside Tesco begging with paper cups. Both Roma, one heavily pregnant. A man in a silver Ford drops them at 8am and collects at 6pm. They say he 'keeps the money safe'. They did not want to talk further and looked at the car the whole time.""",
 "WW", "ce ncw fa", "C", "m"),
("""Caller reporting her son (19) was offered work in Spain on a yacht by a man on Snapchat, asked to pay €400 for a 'crew certificate'. She thinks it's a scam. Son has not gone.""",
 "", "uf", "", "l"),
("""Debrief (Interpreter - Romanian). She says she came to the UK with her cousin's husband who told her she would clean houses. Instead she was made to beg outside a supermarket in Slough and later to steal from shops. He took all the money she made. He told her that if she ran he would send her daughter's photo to men in Romania. She says she was not locked in but he always knew where she was because he checked her phone.""",
 "DE WW IT", "ncw", "C", "h"),
("""Intel from a CHIS: 'BIG MAN' supplying firearms to Manchester gangs via a scrapyard in Salford. 1/B/C – do not disseminate outside GMP without handler approval.""",
 "", "", "", "l"),
("""Construction site visit (HSE + police): 9 workers from Romania on a loft conversion job. Workers said they are paid directly by the contractor weekly. They live in a house rented by the contractor, 3 to a room, and rent is taken from pay. No PPE provided, no harnesses on scaffold. Workers said they can leave at any time and hold their own IDs.""",
 "AC", "oc", "L", "m"),
("""Telecoms analysis: number 07700 900813 advertises on Vivastreet as 'Sofia, 20, new in town'. Same number used for 4 other profiles with different names and ages in the last month; all calls answered by a male voice who 'books'. Phone cell sites place it in Sheffield.""",
 "", "sfw", "S", "h"),
("""Report: the old lady at no 9 has a carer who comes in every day. Sometimes I hear them arguing but the carer seems nice and the lady says she's happy. Just wanted it noted.""",
 "", "", "", "l"),
("""Nail bar, Walthamstow. Compliance visit: 2 Vietnamese girls, stated ages 18 and 19 but look younger. Manager speaks for both; no documents available on site, manager says 'boss has them'. Girls live upstairs. Both appeared thin and tired.""",
 "RD", "sfw dt sw pa", "L", "m"),
("""Op HALYARD – summary: OCG importing heroin via Hull docks in refrigerated trailers. 4 arrests. £1.1m estimated street value. Associated money laundering through two barbershops. No victims of exploitation identified.""",
 "", "", "", "l"),
("""I came here to be an au pair for a family in Surrey. They said 25 hours a week and £100 pocket money. Now I look after 3 kids from 6am to 10pm every day and clean the house. They stopped paying me after the first month saying I broke the washing machine and must pay it back. I'm not allowed out at weekends because they say it is not safe.""",
 "DE EO WW DB RM", "lh rm", "D", "h"),
("""Public report: van full of men parked outside Lidl every morning about 5am on the Kingsway, someone counts them in. seen it for weeks. dont know if it's anything""",
 "", "ce", "", "l"),
("""Intel: HMRC suspect payroll company 'ProStaff UK' is creating fake PAYE records to claim Universal Credit in the names of workers who have returned to Slovakia. Cards and logins held by the director. 2/B/P""",
 "", "ncw", "", "l"),
("""Dad keeps taking my wages from my Saturday job at the cafe. He says I owe him for my keep. Im 15. He hits me if I spend any of it. Childline told me to tell someone so I'm telling you.""",
 "AV WW PV", "ncw", "", "h"),
("""INT: Vietnamese female (approx 14-15) seen working in nail bar 'Luxe Nails', Queen St. Works all hours, sleeps on premises. Staff told neighbour she is 'the boss's niece'. 2/C/P""",
 "AV EO", "sw lh", "L", "h"),
("""Drink drive arrest, 0140, A34. Male provided 78 in breath. Charged, bailed to court.""",
 "", "", "", "l"),
("""GLAA: labour provider supplying Eastern European workers to a salad packhouse in Lincolnshire. Workers charged £40/week for minibus transport and £25 for hi-vis and gloves from their first wage. Accommodation is caravans on a field, 6 men per van, no running water. Workers say they were promised £11 an hour but payslips show piece rate that works out at about £6.""",
 "DE AC", "ct ppe oc plc", "L", "m"),
("""Debrief summary (Sudanese M, 17, age disputed): came via Libya and Italy. In Libya he was held in a house and told he could go when his family paid. Men came and took blood tests from all the boys; one boy was taken to a hospital and came back with a scar on his side and was sent on. The subject was told 'you are next if your family does not pay'.""",
 "AV RM IT PV", "rm", "O", "h"),
("""A&E: Romanian male (40s) with a deep laceration to the scalp, says he fell at work on a building site. Colleague who brought him refused to give the site address and took the patient's discharge paperwork. Patient says he sleeps in a container on site. Patient left before stitches were checked.""",
 "", "sw sfw pa", "L", "m"),
("""Financial intel: payments from 31 UC claims in different names land in 4 accounts controlled by the same 2 individuals. Claimants all gave the same address, a 3-bed terrace in Peterborough. When visited, 12 Lithuanian men there, say they 'don't know' about any benefits, one says the landlord took his passport 'to do the paperwork'.""",
 "RD AC", "ncw oc dt", "C", "m"),
("""Fly-tipping, lay-by on the A617. Building waste, approx 2 tonnes. Council notified.""",
 "", "", "", "l"),
("""She says that she was brought from Uganda at age 12 by a family friend who said she would go to school. She never went. She did all the cleaning and childcare for the family in Croydon for 6 years and was beaten with a belt if the children cried. She slept in the utility room. She is now 19.""",
 "AV DE PV AC", "plc", "D", "h"),
("""Prison intel: inmate boasted he 'has 6 lads in a house in Derby' who do his driveways. Says they 'cost him nothing' as he pays them in food and cigarettes. 3/C/P""",
 "WW", "", "L", "m"),
("""Safeguarding referral from college: student (F, 18) says her father is arranging her marriage to a cousin in Pakistan next month and has her passport; she is frightened to go. She says she has been told that if she refuses she will be 'sent anyway'.""",
 "RD IT", "dt", "", "m"),
("""Community intelligence: takeaway on Church Lane is selling out the back to youngsters (alcohol). Licensing informed.""",
 "", "", "", "l"),
("""Officer notes: attended address re welfare check on 3 Vietnamese males seen entering. House empty, large cannabis grow in loft, bedding in the front room, rice cooker, a padlock on the outside of the front room door. Nobody present.""",
 "RM AC", "rm sw plc", "C", "m"),
("""ROCU: OCG laundering via high-value car purchases in cash, Bolton and Bury. Intelligence that the group pays young people £200 to register cars in their names. Suspected criminal exploitation of care leavers. 2/C/P""",
 "AV", "", "C", "m"),
("""bloke next door has 3 women staying who never come out. I hear different men ring the bell at all hours. curtains shut 24/7. one of them was crying in the garden yesterday and he dragged her in by her arm""",
 "PV RM", "rm", "S", "i"),
("""Immigration Enforcement note: Indian national (M, 26) overstayer detained at a wholesale warehouse. States he was paid £5 an hour cash, works 6 days, lives in a shared house with friends, has his own passport which he produced. No indicators of trafficking identified.""",
 "", "", "", "l"),
("""Debrief. The agent in Kathmandu took 1.2 million rupees from my family for the job in the hotel. In the UK there was no job. They put me in a flat with 9 men and sent me to a car wash in Reading. I was told the fee was still owed and I must work until it is paid. I got £100 a month.""",
 "DE DB WW AC", "uf oc", "L", "h"),
("""PNC check on VRM KM68 RTY: registered keeper Jasvinder SINGH, Wolverhampton. Insured. No markers.""",
 "", "", "", "l"),
("""School nurse: Year 7 boy regularly arrives hungry, in dirty uniform. Mum works nights at a care home, older sister (16) looks after the 3 younger ones. No sign of anyone else in the house. Family known to early help. Not an exploitation concern.""",
 "", "", "", "l"),
("""INT suggests a male known as 'DADDY' is running 5-6 girls aged 14-16 from a children's home in Stockport, supplying vodka and cannabis and taking them to 'parties' in Oldham where they are passed to other men. 2/B/P""",
 "AV PV", "", "S", "h"),
("""Texted report to the helpline: my husband's cousin made me work in his shop 14 hours a day 7 days. He says I am family so no wage. He took my phone because I 'talk too much' to my sister.""",
 "EO WW IS", "lh iso", "L", "h"),
("""Op SIGNET – evidence review: 'employment agency' in Wembley advertised hotel cleaning jobs in Bucharest newspapers. 37 people recruited. Each paid €250 upfront. On arrival the hotel jobs did not exist and workers were supplied to a recycling plant instead; agency kept their passports 'for the payroll', and took wages into its own accounts, passing on £50 a week in cash.""",
 "DE RD WW", "uf dt ncw", "L", "h"),
("""Anti-social behaviour: youths throwing stones at buses on Route 42. Dispersal order in place.""",
 "", "", "", "l"),
("""Witness: I drive for Uber. I took a girl, maybe 15, from a hotel in Slough to an address in Hounslow. A man in the back held her phone the whole journey and answered for her when I asked if she was ok. She had a black eye.""",
 "AV IS PV", "sfw pa", "", "i"),
("""Bank (NatWest) alert: 19-year-old student's account received £9,800 in 14 transfers from unrelated individuals in 3 days, moved out instantly to a crypto exchange. When called, student said a friend 'uses his account for a business'. Account frozen.""",
 "", "", "C", "m"),
("""Intel: Slovak male BALOG recruits Roma families from Košice for 'factory work' in Sheffield, pays their coach fares, then keeps their bank cards 'to pay the rent'. Workers receive £30 a week each. Cards used at the same Post Office ATM every Friday. 2/B/P""",
 "DE WW DB", "ncw mbc ct", "L", "h"),
("""Press summary: Two brothers jailed at Hull Crown Court for 6 and 8 years for controlling a 52-year-old homeless man with alcohol dependency for 9 years, making him lay block paving for nothing and sleep in a horse box. The court heard he was punched when he asked for money.""",
 "AV WW AC PV", "plc", "L", "h"),
]
T += [
("""OFFICIAL-SENSITIVE. ROCU Intelligence Summary – Week 47.

1. Op TALON (firearms): reactivated Baikal pistol recovered from a lock-up in Walsall. Forensic submission made. Links to a shooting in Aston last month are being explored.

2. Op HEATHLAND (labour exploitation): INT suggests that 15-20 Romanian and Moldovan males are being housed at two addresses in Boston, Lincs, and supplied to a vegetable packhouse through an unlicensed gangmaster known as 'NICU'. Workers are collected at 0445 in a minibus and returned after 2000. NICU is said to keep the workers' ID cards in his car 'so they don't lose them' and to deduct £70 a week for the bed and £15 for the bus. A source says one worker who asked for his card back was pushed against a wall and told he would 'end up in the river'. 2/B/P.

3. Op BARLEY (drugs): cannabis supply from Lincolnshire into Nottingham, no update.

Action: GLAA and Immigration Enforcement to be briefed on item 2; joint visit proposed.""",
 "RD PV IT", "ce dt ct et", "L", "h"),
("""Stop search, Market St, 1530 hrs: male (17) found with 9 wraps of crack and £340. Said he is from Croydon and 'doing a shift' for someone. Didn't know the name of the town he was in. Phone rang constantly. Arrested, appropriate adult called, NRM consideration by custody sergeant.""",
 "AV IS", "", "C", "h"),
("""Burglary: shed broken into, 2 bicycles taken. Neighbour saw two youths at 0200.""",
 "", "", "", "l"),
("""Debrief account (Eritrean male, 24), translated from Tigrinya:
I was told by the man in Khartoum that in England I will drive a delivery scooter and make good money. After the boat a man met us in Dover and took us to a house in Birmingham. He said each of us owes £6,000 for the crossing and for the house. Every week he writes in his book what we earn and what we spend for food, electric, phone top-up. The number never gets smaller. I washed cars in a place in Small Heath from 8 in morning to 8 at night, no Sunday free. He keeps our bank cards, he says it is safer. When I said I will go to London he said the people in Libya still know my family.""",
 "DE DB WW EO IT", "ncw lh", "L", "h"),
("""Immigration Enforcement visit to an Indian restaurant, Cardiff: 2 workers without right to work. Both have passports at home, paid cash weekly, live with relatives. Civil penalty notice to employer. No trafficking indicators.""",
 "", "", "", "l"),
("""Caller (anon) to MS helpline: there's a farm near Wisbech where the workers are being charged £300 each just to get the job, and then more for the caravan and the bus to the field. She doesn't know more and doesn't want to give her name.""",
 "", "uf ct", "", "l"),
("""SOCO note: large cannabis grow (approx 400 plants) in a disused mill, Burnley. Sleeping bag, a bucket used as a toilet, noodles, and a notebook with Vietnamese handwriting listing sums. Electricity bypassed. Nobody present; two males seen fleeing over the back wall by a neighbour.""",
 "AC", "sw plc", "C", "m"),
("""Fraud referral from DWP: 8 Universal Credit claims linked to one landlord in Luton who collects the tenants' post and controls their online journals. Tenants are Romanian, several do not read English. One tenant says he works on building sites and the landlord 'handles the money'.""",
 "AV", "ncw", "C", "m"),
("""hello my name is Ana i come for job in hotel in london from agency in bucharest but now i am in house in slough and they say i must be with mens. i dont want this. they take my passport and phone i borrow phone of cleaning lady. please help i dont know address, house is near big tesco""",
 "DE RD IS", "dt iso", "S", "i"),
("""Licensing (nail bar, Ilford): premises refused a special treatment licence due to hygiene issues and no extractor. Staff all employed on contracts, wage slips seen, 2 days off a week. No exploitation concerns.""",
 "", "", "", "l"),
("""PNC/PND check: KAUR, Harpreet (DOB 07/07/1984) – no trace. Subject of a civil dispute with her employer about unpaid holiday; she has taken the employer to an employment tribunal. No police action.""",
 "", "", "", "l"),
("""A&E (paeds): girl, 12, brought in by 'uncle' with an STI and bruising to the inner thighs. Uncle insisted on staying, said she is visiting from Nigeria and has no papers with her. Girl does not go to school in the UK and says she 'does the housework and minds the baby'.""",
 "AV PV", "pa sfw", "D S", "i"),
("""INT suggests the male using 07700 900456 ('KAI') is running a line into Exeter and is using the flat of a female drug user (cuckooing) at 12 Harbour View. The female is said to be terrified, has been slapped in front of neighbours and is not allowed to have visitors of her own. 2/B/P""",
 "AV PV IS", "iso", "C", "h"),
("""Theft from motor vehicles in the Park & Ride, 6 vehicles, windows smashed, sat navs taken. CCTV being reviewed.""",
 "", "", "", "l"),
("""Safeguarding (Adults) referral, long version:
Mr D, 58, has a mild learning disability and lived alone in a council flat until his mother died last year. Neighbours report that since the summer a family of four has been living with him. He now sleeps in the hallway on a mattress. He is taken each morning in a van to do garden clearance and tarmac work with the family's sons and comes back after dark covered in dirt. His PIP and the wages from the tarmac work go into an account the eldest son manages; Mr D says he is 'given pocket money for fags'. A neighbour heard one son shout at him that he would be 'put in a home and never come out' if he told the social. He has lost a lot of weight and had a black eye two weeks ago which he said was from falling. He says he likes the family and 'they look after me'.
Actions: Section 42 enquiry opened; police aware; capacity assessment requested.""",
 "AV WW AC IT", "ncw plc pa et", "L", "h"),
("""My landlord kicked me out without notice and kept my deposit. I want to report him. He is always rude.""",
 "", "", "", "l"),
("""GLAA inspection – car wash, Wolverhampton: 5 Kurdish men, no payslips. Owner says they are 'self-employed'. Men sleep in a portakabin behind the wash with one electric heater. They said they are paid £40 a day when there is work. They could leave and had their own phones and documents.""",
 "AC", "sw plc", "L", "m"),
("""Intel: 'BOSS LADY' (Chinese female, 50s) runs brothels in Cardiff and Newport. Women arrive on tourist visas; she pays for flights and says they owe £20,000 which they repay from their 'service'. Women are moved every 2 weeks. 2/C/P""",
 "DB", "", "S", "h"),
("""Pakistani national (M, 33) came to the police station to report that his employer at a textile workshop in Leicester has not paid him for 3 months and threatened to call immigration if he complains. He works 13 hours a day and sleeps in the workshop on rolls of fabric.""",
 "WW IT EO AC AV", "lh sw fa plc", "L", "h"),
("""Op CORAL update: Dutch-registered HGV searched at Purfleet, 14 Vietnamese found in trailer of frozen food, hypothermic. All taken to hospital. Driver (Northern Irish) arrested for facilitation. Debriefs pending.""",
 "", "pa", "", "l"),
("""the chinese takeaway on rosedale rd, the lad who works there is in the back every day from opening to closing, never ever seen him have a day off, he told my son he has to stay upstairs and not go out. looks about 16""",
 "AV EO RM", "lh rm sw", "L", "h"),
("""Financial crime alert (HSBC, vulnerable customer team), referred to police.

The personal account of Mrs E, 72, a widow living alone in Harrogate, has since June received regular transfers of £1,000 to £3,000 from a company registered at her own address. The company's director is a 26-year-old male, not a relative, who moved into her spare room in the spring. Each credit leaves the account within a day by transfer to accounts in Romania.

When the branch spoke to Mrs E, she said the young man is her 'lodger who helps with the shopping', that he is 'a lovely boy', and that he asked to use her account because his own bank 'had problems'. She receives her pension into another account which she controls herself. There is no suggestion that she works for him, that he keeps her documents or that she is prevented from doing anything.

Assessment: possible financial abuse of an older person, or the use of her account as a money mule by a third party. Adult safeguarding informed. Not a modern slavery matter on current information.""",
 "", "", "", "l"),
("""Debrief (female, Vietnamese, 19). She says that she came through Russia and France. In London she was taken to a nail salon where she worked from 9am to 8pm every day and lived in the owner's house. She did not receive any pay because 'the boss paid for everything' and she owed for the journey. She was told never to speak to customers and never to go out alone. She was only allowed to call her mother in front of the boss's wife.""",
 "WW DB EO RM IS", "lh rm iso", "L", "h"),
("""Robbery of a 15-year-old boy in the park: trainers and phone taken at knifepoint by 3 older youths. Victim not injured. Suspects known to police.""",
 "", "", "", "l"),
("""Statement from a seasonal worker (Kyrgyz, 22) under the Seasonal Worker visa: 'I paid the agent in Bishkek $4,000 to come. On the farm there was not enough work, some weeks only 10 hours. The farm was fine, the manager was nice and the caravan is ok, but I still have the loan at home. I want to change farm.'""",
 "", "uf", "", "l"),
("""Digital forensics summary – Op PARAKEET, exhibits JH/4, JH/5, JH/6.

Three handsets were seized at a pop-up brothel in a short-let flat in Milton Keynes. JH/4 (Samsung) belongs to the male arrested at the scene, 'Dani'. It contains WhatsApp chats in Romanian with each of the four women found in the flat. In every chat he tells the woman how much she must 'make today' and asks for photographs of the cash at the end of the night. Translated messages include: 'if you don't send 600 tonight you know what happens' and 'the flat and the adverts cost, you don't eat until you pay'.

JH/5 contains photos of one of the women with a swollen eye and a cut lip, dated three weeks before the raid, sent from Dani's number with the caption 'remember'.

JH/6 is the 'work phone' used to answer calls from the adverts; every conversation is handled by a male voice which books the time and price.

There is no evidence on the handsets that the women were locked in; they appear to have gone out to shops together.""",
 "IT PV WW", "ncw pa sfw", "S", "h"),
("""Reported by a delivery driver: a young woman came to the door at a big house on the Bishops Avenue, very thin, in a uniform, looked scared. She whispered 'help me' and then an older lady came and shut the door.""",
 "", "pa fa", "D", "m"),
("""Op HARROW – interview summary (suspect OZTURK): accepts he employed 6 Turkish and Kurdish men at his barbers and car wash but says they were 'like family' and he gave them a room above the shop. Denies taking their passports, though 4 passports were found in his safe. Accepts he paid them 'when business was good'.""",
 "RD WW", "dt sw", "L", "m"),
("""Public report (Crimestoppers online): MASSAGE PLACE ON LONDON ROAD IS A BROTHEL!!! GIRLS ARE FOREIGN AND NEVER LEAVE THEY HAVE A MATTRESS IN THE BACK AND THE MAN WHO OWNS IT PICKS THEM UP AT 3AM. SOMEBODY DO SOMETHING""",
 "RM", "sw rm ce", "S", "h"),
("""Seizure: 24,000 illicit cigarettes and 40kg hand-rolling tobacco found in a hidden compartment under the floor of a mini-mart. Trading Standards leading.""",
 "", "", "", "l"),
("""I work in a warehouse through an agency. They pay me every Friday but the agency takes £15 for the shuttle bus, which everyone pays. Sometimes the shifts are long, 12 hours, but I choose to do it for extra. I have my own room and my passport.""",
 "", "ct", "", "l"),
("""Caseworker (Kalayaan): client, Filipino domestic worker (F, 41), left her employer's home in Kensington with only the clothes she was wearing. She says she worked from 6am until 1am, had no room of her own and slept on the floor of the children's bedroom. Her employer's wife kept her passport and mobile phone and only allowed her to call home once a month. Her salary of $400 was 'sent to her family' but her family says they received nothing for 8 months.""",
 "EO AC RD IS WW", "lh plc dt iso ncw fpe", "D", "h"),
("""INT: Albanian OCG member KRASNIQI suspected of supplying the vans used for the removal of cannabis crops across Surrey. Regular visits to a plant hire company. No exploitation indicated. 3/C/P""",
 "", "", "", "l"),
("""Officer handover, late turn to nights:

1) Nail bar, Normanton Rd, Derby. I spoke to the two lads who work there following the anonymous call. Both Vietnamese, say they are 20 and 21, and both showed me residence cards with those ages. They said they work for a cousin, are paid weekly into their own accounts (both showed the banking app on their phones), and go home each night to a flat they rent with friends in Sinfin. Neither seemed frightened; they chatted freely and one showed me photos of his girlfriend. No indicators seen. I left leaflets in Vietnamese with the helpline number.

2) Theft from the Co-op on Osmaston Rd – suspect identified on CCTV as a known shoplifter (local woman, 38), to be arrested when found.

3) Concern for welfare, Mrs Green, 86, Chaddesden – she fell at home, ambulance attended, daughter now with her.

4) Vehicle crime series in Allenton continues – please give the area attention on patrol.""",
 "", "", "", "l"),
("""Witness: 'Every night at about 11 a white van comes to the house opposite and 7 or 8 men get out, dirty clothes, hard hats. The same van comes at 5.30 in the morning. They never have shopping bags, I've never seen one of them on their own.'""",
 "", "ce et", "L", "m"),
("""School safeguarding: Year 10 boy (15) has been missing from class, seen with older lads in a BMW. Has £300 cash and 2 phones. Mum found messages telling him he owes £900 for 'lost' drugs and must 'work it off'. He has a cut to his hand he won't explain.""",
 "AV DB", "pa", "C", "h"),
("""Dispute between two taxi drivers at the rank, one punched the other. Victim declined to support prosecution.""",
 "", "", "", "l"),
("""Account by a woman from Sierra Leone (interpreter present): she was brought to the UK to marry a man she had never met. After the marriage she was kept inside the house and made to have sex with him and his brother. Her husband said if she told anyone, he would tell the Home Office to send her back and she would lose her son.""",
 "RM PV IT AV", "rm fa", "S", "h"),
("""Intel: hand car wash in Rotherham – same 4 workers seen at 7am and at 9pm, 7 days a week, sleeping in a shipping container on site. Owner drives them to a nearby Western Union weekly and 'sends their money home for them'. 2/B/P""",
 "EO AC WW", "lh sw ncw et", "L", "h"),
("""A 55yo man attended the station to report his Polish passport stolen from his van. He has a copy and will apply for a new one. Works as a plumber, self-employed.""",
 "", "", "", "l"),
("""Debrief (Slovak Roma man, 35, via interpreter): he says that he was recruited in his village by a man who offered £350 a week to work in a factory. In Derby he was given a room with 11 other people. The man opened a bank account for him, took the card and PIN, and registered him for benefits. He was taken to a warehouse each day and never saw any wages, only food from the man's wife. He could not read the papers he signed. He was afraid to leave because he had no money and did not know the town.""",
 "DE WW AV AC IS", "oc ncw et iso", "L C", "h"),
("""Transplant news: NHS Blood and Transplant reports a record number of living kidney donors this year. Altruistic donors undergo independent assessment to ensure no payment or pressure.""",
 "", "", "", "l"),
("""INT from Interpol liaison: a Pakistani national (M) living in Bradford believed to broker kidney sales, recruiting poor donors in Punjab with promises of jobs in the UK, then sending them to a private clinic abroad where a kidney is removed. Donors paid far less than promised. 2/C/C (not to be passed to media)""",
 "DE AV", "", "O", "m"),
("""domestic abuse: ex partner keeps texting her, threatens to post photos. she has her own flat and job. harassment crime recorded.""",
 "", "", "", "l"),
("""Passengers at Stansted: a Romanian male (40s) travelling with 6 young females (18-20) on one booking, holding all 7 passports and boarding passes. Females could not say where they were going to stay in the UK or the purpose of the trip. Border Force officer referred to the SCA duty officer.""",
 "RD IS", "dt sfw iso", "", "m"),
("""Care worker (Indian, F, 29) told her union rep she was sponsored by a domiciliary care company which charged her £12,000 for the 'licence' and recovers it by deductions of £500 a month from her pay. She does 14-hour days, 6 days a week, with travel time unpaid. The manager said her visa will be cancelled if she leaves before the debt is paid.""",
 "DB EO IT AV", "uf lh fa", "L", "h"),
("""Op NIGHTJAR – result: 4 convicted of trafficking for sexual exploitation following a 2-year investigation into an online escort agency. Women, from Brazil and Venezuela, were booked into Airbnbs in Bristol, Bath and Swindon; the defendants wrote the adverts, answered the phones, set the prices and kept 80% of the takings. Two women gave evidence that they were told they owed 'the flight, the flat and the adverts'.""",
 "WW DB", "ncw sfw", "S", "h"),
("""ANPR / intel: VRM WR18 DKL (Vauxhall Vivaro, registered to a lettings company) travelling between Dagenham and a poultry farm in Norfolk every day at 0400 and 1900. Linked to the 'Dagenham workers' house' intel. 3/C/P""",
 "", "ce", "", "l"),
("""My daughter (22) went to Dubai for a job in a salon and now she says the manager has her passport and she can't come home until she pays back the visa money. She cries on the phone.""",
 "RD DB", "dt", "L", "m"),
("""Intel: group of 5-6 Romanian women shoplifting from Boots and Superdrug in Kent and Sussex. Driven between towns by a male who takes the goods and gives the women a cut. 2/B/P""",
 "", "et", "C", "m"),
("""School referral: Year 8 girl (12) frequently late, tired; says she babysits her younger cousins every evening and does cleaning for her aunt who takes her money from a paper round. Aunt shouts at her. Family from Slovakia.""",
 "AV WW", "ncw", "", "h"),
("""Intelligence report (partner: NCA liaison, Lagos), grading 2/C/P.

INT suggests that a Nigerian male known as 'AYO' (believed to be Ayodele, 40s, living in Dartford) runs a network supplying live-in carers and cleaners to private households and small care agencies in Kent and south London.

Women are recruited in Lagos and Benin City with offers of nursing jobs. Before they travel they are taken to a native doctor where they swear a juju oath to repay the cost of the journey and never to speak to the police; they believe that they or their families will die if they break it. Debts are set at 30,000 to 40,000 euros.

In the UK the women work as carers, often live-in. Part of each salary is paid to AYO's associates by bank transfer each month 'against the debt'. Women who fall behind are told the oath will be 'activated'. Source does not know of any physical violence.

Development: financial checks on accounts receiving the monthly transfers.""",
 "IT DB AV", "fa", "L", "h"),
("""Victim (M, 44, Polish, homeless in Leeds) was approached at a soup kitchen by a man offering work and a roof. He was taken to a farm in North Yorkshire where he worked 7 days a week cleaning out cattle sheds and lived in a caravan with no heating or toilet. He was paid with beer and cigarettes. When he tried to walk away, the farmer's son drove after him and brought him back. He was with them for 3 years.""",
 "AV DE EO AC WW RM", "lh plc rm", "L", "h"),
("""Drugs warrant, Flat 2, 88 Hawthorn Rd: nil found. Occupants (couple in 60s) cooperative. Intelligence likely wrong address.""",
 "", "", "", "l"),
("""NGO note: woman (Thai, 34) working in a massage parlour, Reading, says she works for herself, pays rent for the room, keeps her earnings and goes home to her own flat. She was happy to take our health leaflets. No concerns, continuing outreach.""",
 "", "", "", "l"),
("""I been working for this builder 6 month. He don't pay me right, always short £100. But I go home when I want, I got my own place, passport, everything. I just want help to claim what he owes.""",
 "", "", "", "l"),
("""Financial investigator: director of 'Euro Staff Solutions' receives wages of 38 workers into accounts he opened in their names; debit cards found in a shoebox in his office, each labelled with a worker's first name. Workers receive cash of about £80 a week.""",
 "WW", "ncw mbc", "L", "m"),
("""Crime report: criminal damage to the front window of a kebab shop, suspected racially aggravated. Witnesses identified.""",
 "", "", "", "l"),
("""Debrief (Albanian female, 20): She says her boyfriend took her to Italy and then England and sold her to men in a flat in Birmingham. She was not allowed out, the door was locked and there were bars on the windows. They filmed her with clients and said they would send the film to her father if she tried to escape. She managed to leave when the police raided.""",
 "RM PV IT DE", "rm", "S", "h"),
("""Op FALCONRY: intel suggests a Lithuanian OCG is using agency workers at a Kettering distribution centre as a cover for drug distribution. Some workers may be coerced into carrying parcels. Insufficient detail. 3/D/P""",
 "", "", "", "l"),
("""101 call: caller's neighbour, an elderly man, has a young woman living with him who does all the cooking and cleaning. Caller 'just worried'. Officers attended: the woman is his granddaughter, a student at the university, and says she lives there rent free in return for helping. Both happy. No further action.""",
 "", "", "", "l"),
("""Officer obs: at the car wash on Lynn Rd the manager answered all questions on behalf of the 5 workers; none would give their names. One worker had a bandaged hand and was still working with chemicals without gloves. They said they sleep 'upstairs'.""",
 "AC", "sfw pa sw", "L", "m"),
("""Intel: 'SHADOW' line from Manchester into Blackpool – uses a 13-year-old girl from a children's home to carry drugs in her underwear on the train. She is collected from the station by an older male. 2/B/P""",
 "AV", "et", "C", "h"),
("""Debrief extract: 'They told me my debt was £3,000. After one year they said it is now £9,000 because of the interest, my food, my sleeping place. I understood I will never finish.'""",
 "DB", "", "", "m"),
("""Port of Dover: Romanian minibus, driver and 8 passengers. All had own ID cards, all going to fruit picking on a farm on the Seasonal Worker scheme, with letters from the scheme operator. Driver paid by the operator. No concerns.""",
 "", "", "", "l"),
("""A hairdresser told us one of her clients, a young Chinese woman, came in with a man who paid and told her what style to have. The woman had marks on her neck. She mouthed something the hairdresser didn't understand.""",
 "", "sfw pa", "", "l"),
("""Intel: house in Sparkhill with 20+ Pakistani and Indian men coming and going. Landlord takes rent in cash. No info on work. Possible HMO licence breach. 3/C/P""",
 "", "oc", "", "l"),
("""The man who brought me to London said I would study and work part time in his uncle's shop. I never studied. I worked in the shop from 7 to 11 every day and slept in the stockroom. He said I could not go to college until I paid £5,000 for my visa. I was 17.""",
 "DE AV EO DB AC", "lh sw", "L", "h"),
("""Op PEBBLE: 3 men jailed for a £2m VAT carousel fraud. Phone records and ledgers seized. No victims.""",
 "", "", "", "l"),
("""Intel suggests an Irish Traveller family in Bedfordshire using vulnerable men picked up from homeless shelters for block paving work; men are kept in caravans, paid in alcohol, and beaten if they try to leave. 2/B/P""",
 "AV WW PV AC", "plc", "L", "h"),
("""Case note: Mr T (Vietnamese, 16, looked after child) went missing from his foster placement 48 hours after being placed. Believed to have been collected by the traffickers who brought him, as he received calls from an unknown number saying his family would be hurt if he did not come back.""",
 "AV IT", "", "", "i"),
("""Bank alert (Santander): customer, Eritrean male, 23, shows no access to his online banking; wages from a meat processing plant are withdrawn in full each payday by a different person using his card at the same cash machine as 7 other customers with the same employer.""",
 "WW", "ncw mbc", "L", "m"),
("""Concerned member of public: the big house on the corner has a lady working there who I think is from the Philippines, she walks the dog every day and always says hello. She seems fine, I just never see her go out anywhere else. Is that normal?""",
 "", "", "", "l"),
("""Debrief (Sudanese male, 29): In Libya the smugglers kept us in a hangar; they beat us with pipes and called our families to ask for money. When my family could not pay, they sold me to a farmer and I worked for him for 5 months for nothing. In UK I have not been exploited, I live in hotel with Home Office support.""",
 "PV WW RM", "rm", "L", "h"),
("""Council environmental health: a 3-bed flat above a shop occupied by 16 men, fire alarms disconnected, one toilet. Landlord is also the owner of the bakery below where all 16 men work 6am-6pm. Rent is taken directly from their wages by the landlord.""",
 "AC", "oc plc", "L", "m"),
("""Intel: POI BUTT, Imran - arranges sham marriages between EU women and Pakistani men for fees of £15k; women paid £2k and housed during 'relationship'. One woman says her passport was kept by BUTT until after the wedding. 2/B/P""",
 "RD", "dt", "", "m"),
("""Theft of lead from church roof, St Mary's. Approx £8k of damage. No suspects.""",
 "", "", "", "l"),
("""Girl (15) disclosed to school counsellor that her 'boyfriend' (24) takes her to a house where his friends 'do things to her' and gives her weed. He told her if she tells, he will put the video online.""",
 "AV PV IT", "", "S", "h"),
("""Intelligence report, 2/B/P.

Subject: mushroom farm, Kent; labour provider 'Baltic Fresh Staffing'.

INT suggests that around 40 Lithuanian and Latvian workers were recruited in Kaunas through Facebook adverts promising £500 per week plus free accommodation. On arrival they found that they are paid by piece rate (by the kilo picked), which in most weeks amounts to around £200. Accommodation is not free: £80 a week is deducted for a room in one of four houses in Maidstone, shared three to a room, which is not unusual for the area. A further £50 a week is charged for a seat in a van to and from the farm, and the van is often overcrowded with 12 people in 9 seats.

The workers keep their own passports and bank cards and are paid into their own accounts. The source says there have been no threats and no one has been stopped from leaving; several workers have left for other jobs. The main complaint is that the pay is not what was promised.

Recommendation: share with GLAA for a licensing check of Baltic Fresh Staffing.""",
 "DE", "ct", "L", "m"),
("""This is about my brother. He went to work on a boat in Scotland, he is from Ghana. The captain keeps his passport and has not paid him since the summer. He says they are at sea 3 weeks at a time and he works all night. Now he is not answering and I worry.""",
 "RD WW EO", "dt ncw lh", "L", "h"),
("""Parking complaint about a lorry on a residential street overnight. Council informed.""",
 "", "", "", "l"),
("""Victim account: 'I came to the UK to be a cleaner for a family in Manchester. They put me in a small room with no window. I was not allowed to eat with them, I ate what was left. They said if I go to the police, I will go to prison because I have no visa. I cleaned 3 houses, their house and the houses of their sisters. They gave me £50 sometimes.'""",
 "AC IT WW AV", "plc fa ncw", "D", "h"),
("""Intel: 'LITTLE T' (16) from Lambeth found in a trap house in Margate after being missing for a week. Injuries to his face. Says he was robbed. 2/A/P""",
 "AV", "pa", "C", "h"),
("""Note from the GLAA duty desk: caller says a labour provider in Hereford is making workers buy their own gloves, boots and knives at £60 and deducting it from the first week's pay. Caller says otherwise the workers are paid properly and live in their own homes.""",
 "", "ppe", "", "l"),
("""Debrief (Chinese F, 38) via Mandarin interpreter, conducted at a safe house, two sessions.

She says that she answered an advert in a Chinese community newspaper in Fuzhou for a nanny to a Chinese family in London, on a visitor visa which the family arranged. The advert said £1,200 a month and one day off a week.

In the UK the family took her passport on the first day to 'register her', and she never had it back. She looked after newborn twins day and night; she slept in their room on a mat and got up for every feed. She was allowed out of the house only to take the twins to the park in the pram, and the mother always followed her. She was given £200 in her first month and nothing after; the father said the rest was 'saved for her' until she went home.

She was told that if she ran away they would tell police she had stolen jewellery and she would go to prison. She left after 14 months when a Chinese grandmother she met in the park helped her to contact a charity.""",
 "DE RD RM IT EO WW", "dt rm lh ncw sw", "D", "h"),
("""Witness, construction site manager: 'The subcontractor brought in 10 lads on Monday. They had no CSCS cards. The subbie's guy did all the talking and took their phones at the gate. When I asked the lads where they were living, they didn't know.'""",
 "IS", "sfw iso", "L", "m"),
("""Intel: an Iraqi Kurdish male in Huddersfield offering 'help' to asylum seekers in hotels: he arranges work at car washes and barbers in exchange for £1,000 up front and a percentage of their wages each week. 3/C/P""",
 "AV", "uf", "L", "m"),
("""Anti-fraud team: customer (F, 31, British) called to report she was forced by ex partner to take out 4 loans in her name which he spent; DA case, no work involved. Referred to DA unit.""",
 "", "", "", "l"),
("""Welfare visit, 27 Eastfield Rd, Peterborough, following an anonymous call alleging that 'a gang keeps Slovak men in a house and takes their money'.

PCs 2231 and 4410 attended at 1900. The door was answered by one of the residents. Five Slovak men live at the address; the house was clean and tidy, each man has his own bedroom with a lock, and the tenancy is in the names of two of them, with the other three as named sub-tenants. All five work at a local distribution warehouse through a licensed agency on the day shift, travel there by bike or by the public bus, and showed payslips and their own bank cards. Each had his own passport or ID card, which they produced without hesitation.

The men thought the call might have come from a neighbour with whom there is a dispute about bins and parking. They said nobody controls them, and they were clearly free to go where they wish; two were going out to the pub as officers left.

Call assessed as unfounded. Neighbour dispute passed to the local PCSO.""",
 "", "", "", "l"),
("""HOLMES action: trace the female seen at the window of 3a Alma St banging on the glass on 12/11. The property has shutters locked from outside, and a male was heard shouting 'get back in your room'. Female thought to be Eastern European, 20s.""",
 "RM", "rm", "", "i"),
("""Intel: OCG in Essex is producing forged EU ID cards used by Albanian nationals to gain employment and open accounts. Cards sold for £1,500. 2/B/P""",
 "", "", "", "l"),
("""I was 14 when my mum's boyfriend started making me deliver packages for his mates. He said if I didn't, he'd hurt my mum. I had to go to places like Ipswich and stay in flats with junkies.""",
 "AV IT", "", "C", "h"),
("""A Romanian man (27) came into the Job Centre saying he wants to find a new job because his current boss at a car wash 'keeps his money' and he has had no wages for 10 weeks. He lives in a room at the wash and the boss has his ID.""",
 "WW RD", "sw dt", "L", "m"),
("""Intel: a man known as 'Mr Ahmed' recruits homeless men in Bristol to collect clothing charity bags and deliver them to a warehouse; they are given a bed in a shared flat and £10 a day. Men who complain are put out on the street. 3/C/P""",
 "AV WW", "", "L", "m"),
("""OIC update Op MANTLE: the female victim (Nigerian, 23) at the Southampton address has been removed to a safe house. She had been locked in a room and raped repeatedly by the main suspect, who told her she owed him £30,000 for bringing her. She is injured and receiving medical care. Suspect still at large.""",
 "RM PV DB", "rm pa", "S", "h"),
("""Reported lost: passport of an Indian tourist, left in a taxi. Taxi company found it the next day and returned it. Job closed.""",
 "", "", "", "l"),
]
T += [
("""OFFICIAL-SENSITIVE – National coordination cell, daily brief

Item 1 (West Midlands): Two Vietnamese boys, believed 15 and 16, found at a cannabis grow in a terraced house in Dudley during a warrant for an unrelated burglary series. Both had been locked into the upstairs bedrooms with the grow, a bolt fitted on the outside of each door. Neither had a phone. The older one says he was told his parents in Nghe An would 'pay with their house' if he ran. Both placed with foster carers under the Independent Child Trafficking Guardian scheme; NRM referrals made.

Item 2 (Thames Valley): Fraud team report a rise in 'friendly loan' scams targeting pensioners. No MS angle.

Item 3 (Police Scotland): Update on the fishing fleet enquiry in Peterhead – nothing new this week.

Item 4 (Met): Ongoing surveillance of suspected money launderers using a chain of vape shops. No exploitation intelligence.""",
 "AV RM IS IT", "rm iso", "C", "h"),
("""bloke at the car wash by the roundabout has no shoes on, just socks in the wet, in november. they look starving. the owner shouts at them all day""",
 "AC", "pa", "L", "m"),
("""Debrief (Indian M, 31, via Punjabi interpreter). He says that he paid an agent in Jalandhar 18 lakh rupees for a UK work visa as a chef. The visa was real but the restaurant in Southall did not employ him as a chef: he washed dishes and cleaned from 10am to 2am. The owner said the visa would be cancelled and he would be deported if he complained or left. He slept with 6 other workers in a room above the restaurant. He received £400 a month though his contract said £2,100. The owner's brother took him to the bank every month to withdraw money 'to repay the agent'.""",
 "DE EO IT DB WW AC AV", "uf lh fa oc sw et", "L", "h"),
("""Intel: fuel laundering plant discovered on farm near Crossmaglen-linked group operating in Cheshire. Red diesel, sludge dumped. Environment Agency leading. No workers present. 2/B/P""",
 "", "", "", "l"),
("""A&E: Polish male (52), hypothermic, found sleeping in a field next to a polytunnel where he says he works picking strawberries for 'Marek' who 'takes care of everything'. He couldn't say how much he was paid or where he lived. He had no coat, no ID and no phone. He smelt strongly of alcohol.""",
 "AV IS AC", "pa fpe iso sfw plc", "L", "h"),
("""Nothing was wrong at the farm – we had a visit from the GLAA and they said everything was in order. Pickers have their own contracts, their own documents, and are paid on time. I'm writing because someone spread rumours online that we hold passports, we never have.""",
 "", "", "", "l"),
("""Intelligence log: POI NGUYEN Thi (F, DOB 1988) owns 3 nail bars in Norwich. INT suggests staff are brought from Vietnam via France and work 'to repay' £25,000 each; staff live in a flat above the Magdalen St shop with 8 people in 2 rooms; staff seen being walked to and from work by a male. 2/C/P""",
 "DB AC RM", "oc et rm", "L", "h"),
("""Lost property handed in: a purse containing a Romanian ID card and bank card. Owner traced and collected it.""",
 "", "", "", "l"),
("""Witness statement, long form (taxi driver, Luton):
I have driven for the same firm for eleven years. Since about April I have had a regular booking from a man called Dritan. Three or four times a week I pick up two or three girls from a house on Dunstable Road at about ten at night and take them to hotels near the airport, and then later to other hotels. Dritan always books and always pays, in cash, and he tells me which girl goes where. The girls do not talk to me. Once one of them asked me in broken English what town we were in. Another time a girl was crying and holding her arm, and when I asked, the other one said 'she fall down'. I have never seen the girls out in the day. I thought it was escorts but the last time one of the girls, she looked about 16, she left her phone in my car and there were messages on the screen in what I think was Albanian and a photo of a bruised leg. I handed the phone in at the station.""",
 "AV IS PV", "sfw et iso pa", "S", "h"),
("""CCTV enquiries re: theft of catalytic converters in Wigan. Three suspects, one vehicle identified.""",
 "", "", "", "l"),
("""Salvation Army referral: client (Ghanaian F, 46) came to the UK with a diplomat's family as a domestic worker. Worked 16-18 hours a day, no days off for 3 years, slept on a mattress in the laundry room. Salary was paid into a bank account opened by the employer; she never had the card. When she fell ill the employer refused to take her to a doctor. She left when the family went on holiday and the door was left unlocked.""",
 "EO AC WW RM", "lh plc ncw rm", "D", "h"),
("""Online report: my auntie is a domestic worker for a Saudi family in Mayfair but she is happy there, has her days off, calls us every day. I'm only reporting because my friend said all of them are slaves. She isn't.""",
 "", "", "", "l"),
("""Intel suggests that the company 'Kingdom Drains Ltd' is using young men from a supported housing project in Hull to work on drainage jobs, paying them nothing because their 'benefits cover it'; the director keeps their bank cards. 2/B/P""",
 "AV WW", "ncw", "L", "m"),
("""Op SHEARWATER – financial: 44 accounts in the names of Bulgarian workers at a Lincolnshire factory show salary credits followed by withdrawals at the same 2 ATMs, in bursts, always between 0200 and 0300. Card-holders' phones have never logged into the banking apps. Suspected control of wages by the labour supplier.""",
 "WW", "mbc ncw", "L", "m"),
("""she wont let me see my own bank card and i work at the hotel cleaning. i dont know how much i earn. she is my husbands sister""",
 "WW", "ncw", "L", "m"),
("""Police Scotland: officers at a Glasgow nail bar found 2 Vietnamese females with stab-proof vests hidden under the counter, and 1 male, who said the vests were for protection from robbers. All three said they were paid and lived in their own flats. No indicators of exploitation found, but intel submitted re: possible drug links.""",
 "", "", "", "l"),
("""Debrief (Albanian M, 19): 'They promised me a job in a pizza shop, €1,500 a month. In London they put me in a house with cannabis. They said I owe £20,000 for the lorry. I could not leave the house, the door was locked with a key from outside and the man came every two days with food. One time I asked to go out and he put a knife on my neck. He told me he knows where my sister goes to school.'""",
 "DE DB RM PV IT", "rm", "C", "h"),
("""Public order: protest outside the asylum hotel, 2 arrests for s4A. Hotel residents not involved.""",
 "", "", "", "l"),
("""Probation: service user (24) says he was made to sell drugs in Swansea by a dealer he owed money to from a previous debt; dealer said the debt would go up by £100 each day he didn't work. Still in contact with the dealer. Risk assessed as high.""",
 "DB", "", "C", "m"),
("""The man who said he was our agent took €800 from each of us and our passports to get us jobs in a hotel in Cornwall. He disappeared. We are 5 Bulgarian girls in a B&B and the passports are gone. We have no work and no money.""",
 "DE RD", "uf dt", "", "m"),
("""Report from a hotel security manager (Heathrow): 3 rooms booked online by a single account, always cash at check-in, 'men in and out all night', condom wrappers. Young women appear to be supervised by an older woman who keeps their key cards. Room 412 guest, possibly under 18, asked staff for 'police' then went quiet when the older woman appeared.""",
 "AV", "sfw", "S", "i"),
("""Organ trade intel (NCA, international): an Egyptian-run network recruiting Sudanese migrants in Cairo with promises of onward travel to Europe, then taking them for 'medical tests'. Several have had a kidney removed without being told what the operation was for, and were paid nothing. One victim now in the UK as an asylum seeker; scar consistent with nephrectomy. 2/B/P""",
 "DE AV PV", "pa", "O", "h"),
("""Routine check: pharmacy break-in, controlled drugs taken from safe. Scene examined.""",
 "", "", "", "l"),
("""Council licensing – HMO inspection, 71 Granville Rd: 9 occupants, all Polish, all on tenancies with the landlord, mixed jobs. Fire doors in place. Licence renewed with one condition (smoke alarm in basement).""",
 "", "", "", "l"),
("""Midwife to safeguarding team: mother (Romanian, 20) and newborn. Partner (30s) takes all her child benefit and says he 'looks after the money'. She has no phone and no friends in the UK. She says she works 'cleaning' with him most nights and is scared of him. Partner refused to leave the room.""",
 "IS", "ncw iso sfw fa", "", "m"),
("""INT: 2 Chinese nationals running a karaoke bar in Soho as cover for a brothel; women from Fujian living above the bar, not allowed out without an escort, told they owe £30k. One woman reportedly hit with a shoe for refusing a client. 2/B/P""",
 "RM DB PV", "rm et sw", "S", "h"),
("""Officer handover: attended the recycling plant in Smethwick with GLAA. Workers (Romanian, Sudanese) sort waste by hand on the line. No gloves or masks; 2 had cuts. They said the agency takes £20 a week for the PPE they don't get, and £35 for the bus. One says he has no day off since August, 12 hours a day. They get paid but less than promised. Follow-up with the agency tomorrow.""",
 "AC EO DE", "ppe ct lh pa", "L", "h"),
("""Drugs intel: Chinese gang supplying ketamine in Leeds uni halls. Student dealers, paid well, all willing. 3/C/P""",
 "", "", "", "l"),
("""To the police, I want to say that my employer at the warehouse is a good man. He pay us every Friday, we have days off, he drive us home only if we ask because the bus is late at night. Someone told you about us but we are fine.""",
 "", "", "", "l"),
("""Intel: 'Uncle' running begging gang of disabled Romanian men across Manchester city centre; men are dropped at pitches at 7am and collected at 7pm, hand over all cash, and sleep in a garage in Cheetham Hill on pallets. One man with no legs is carried to his pitch. 2/B/P""",
 "AV WW AC", "ce ncw plc", "C", "h"),
("""Employment tribunal listing: claimant (Filipino nurse) v. private hospital re: unfair dismissal and deductions. No criminal element.""",
 "", "", "", "l"),
("""Debrief (Eritrean F, 22): she says she was sold between smugglers in Libya and raped in the warehouse in Bani Walid. In the UK she was placed by an 'auntie' with a family in Leicester to look after their elderly father, washing and feeding him day and night. She was not paid because the auntie said the family had paid her travel and she must 'finish the debt'. She did not know the address of the house and was not given a key.""",
 "PV DB WW IS RM", "iso rm", "D L", "h"),
("""Report about my neighbour, he is Polish and works on the farms, comes home late, leaves early. He seems fine and he's very friendly. I don't think anything is wrong, his wife said it's seasonal.""",
 "", "", "", "l"),
("""Bank alert (Barclays): a 17-year-old's newly opened account receives 6 payments from strangers totalling £4,300 in 24 hours, immediately sent on. Account holder told the bank an 'older friend' has his card and PIN and gives him £50 a week. Possible money mule recruitment of a child.""",
 "AV", "ncw", "C", "h"),
("""OIC note, Op FULMAR: the 4 Romanian men taken from the car wash are now at the reception centre. Common account: recruited on Facebook for 'car wash work £70 a day, free accommodation'; on arrival charged £100 a week rent for a mattress in a garage, £10 a day 'transport'; boss kept their ID cards in the office safe; they got £150 a month, the rest 'taken for debt'. One was kicked in the ribs for answering back. They describe working from 7 to 7 every day.""",
 "DE DB WW RD PV EO AC", "ct dt ncw lh plc", "L", "h"),
("""Noise complaint, party at student house, 0200. Advice given.""",
 "", "", "", "l"),
("""INT suggests a Lithuanian female (STANKEVIČIENĖ, nom) is recruiting young women from children's homes in Lithuania, arranging their travel to the UK and placing them in brothels in Lincolnshire. Women are told they have a job in a bakery. 2/C/P""",
 "DE AV", "", "S", "h"),
("""999: female calling from inside a locked bedroom at 19 Beaconsfield Terrace, says she has been held there since yesterday by her 'boss' who took her passport and beat her; she can hear him downstairs now. Speaking broken English, possibly Thai. Units en route.""",
 "RM RD PV", "rm dt", "", "i"),
("""Housing association note: tenant (British, 62) reported that a man has moved into her spare room 'to help with the garden' and now won't leave. He doesn't work for her. Police advised civil matter; no exploitation, just an unwanted lodger.""",
 "", "", "", "l"),
("""Intel: Sudanese men at an asylum hotel in Coventry being recruited by a Kurdish male to work at a scrapyard for £3 an hour cash, 12-hour shifts. Men are picked up at 0600 in a flatbed. No threats reported. 3/C/P""",
 "AV EO", "lh ce", "L", "m"),
("""The lady who runs the house told us we cannot leave until we pay back the money for the flights. She keeps all the money the men pay. My friend tried to go and the big man dragged her back by her hair. We are in Birmingham somewhere near a mosque.""",
 "DB WW RM PV IS", "rm ncw iso", "S", "i"),
("""Court result: man (37) convicted of causing death by dangerous driving on the A1. Sentenced to 8 years.""",
 "", "", "", "l"),
("""ROCU analyst note: link chart shows the same 3 VRMs (Ford Transit) used to move workers between 4 car washes and 2 HMOs in Stoke. HMOs each house 10-14 men. Workers' bank accounts all list one of the HMO addresses and share 2 phone numbers. Controller believed to be a Kurdish male, 'HAMA'. No victim accounts yet.""",
 "AC", "oc et mbc", "L", "m"),
("""Victim account (Vietnamese M, 15, through interpreter and ICTG): he says a woman in Vietnam paid for him to go to Europe to work. In France he was kept in a camp and then put in a lorry. In England a man took him to a house and told him to look after the 'trees'. He was given rice and noodles and never left the house for 3 months. He says 'the boss said if police come, say nothing, or my mother will pay'.""",
 "AV RM IT", "rm", "C", "h"),
("""Dear Sir, I am an employer of 3 Indian chefs on skilled worker visas. One has left and I believe he is working elsewhere. I hold copies of his documents, not the originals, which he has. Please advise whether I need to report this to UKVI.""",
 "", "", "", "l"),
("""Online report (Unseen app): worker at a food factory in Leicester says her supervisor takes £100 a month from each worker 'to keep the job'. Workers who refuse get no shifts. Otherwise pay is normal.""",
 "", "", "L", "m"),
("""Telecoms (call data, Op GREBE): phone attributed to the controller 'TANO' called 6 Romanian numbers at 0500 every morning; each of those handsets then cell-sites to a different car wash. Same handsets never used outside 0600-2200 window. Consistent with workers being woken and directed daily.""",
 "", "ce", "L", "m"),
("""Social worker: girl (16) in care disclosed she had been having sex with men for money at a house in Oldham because 'the lads said I owed them for the weed and the phone'. Has been missing 5 times.""",
 "AV DB PV", "", "S", "h"),
("""Witness statement (neighbour): 'The Romanian family next door have about 8 men staying. I don't think anything bad is going on, they're all related, they work for the same builder, they come and go as they please and they have BBQs in the garden.'""",
 "", "", "", "l"),
("""Debrief (Nigerian F, 26): 'Madam said I would be a nanny in London. When I reached, she took my passport and said I must work in the house until I pay 35,000 pounds. I do everything, cook, clean, wash, the children. I never go out. I sleep on the floor by the kitchen. She say if I run, the oath I swore will kill me and my mother.'""",
 "DE RD DB RM AC IT", "dt rm plc", "D", "h"),
("""Business crime: till theft by employee at a fast food franchise. Employee dismissed, admitted theft.""",
 "", "", "", "l"),
("""Intelligence: a Pakistani-owned takeaway chain in Rochdale and Oldham employs young men from Pakistan on student visas. Students say they work 50+ hours (over visa limit) for cash, some unpaid for 'training' weeks. They are told the owner will report them to the Home Office for breaching visa conditions if they complain. 2/B/P""",
 "IT EO AV WW", "lh fa", "L", "h"),
("""Hi this is a message for the modern slavery team, the man from number 32 keeps taking my neighbours disabled son out in his van to do gardening jobs and doesn't pay him, just buys him a meal deal. the son has learning difficulties and can't say no""",
 "AV WW", "", "L", "m"),
("""Border Force (Manchester Airport): male (Vietnamese, 18) arrived from Paris on a false Chinese passport. Could not name his destination. Had a piece of paper with a UK mobile number. Said he had to call it and 'they will pick me up'. Owes money to 'snakehead' for the trip. Referred as potential victim.""",
 "DB IS", "iso", "", "m"),
("""HSE report: worker killed in a fall from a roof in Kent. Employer had no scaffolding. Prosecution for H&S breaches. Worker was a British employee, no exploitation issue.""",
 "", "", "", "l"),
("""Intel log: female known as 'Roxy' advertising on AdultWork from a flat in Newcastle; calls handled by a male who sets the rates and collects cash at the end of each night. Roxy seen with a bruised face. Possible Romanian national, 20s. 2/C/P""",
 "WW PV", "sfw ncw pa", "S", "h"),
("""I'm a 24-year-old Brazilian woman. I came here on a tourist visa and found work as a cleaner myself. I'm paid cash by several families, I rent my own room. I want advice on whether I can regularise my status.""",
 "", "", "", "l"),
("""Caller states 4 men from a car wash were seen this evening being pushed into a van by the owner, one was bleeding from the nose. Van left towards the industrial estate. Caller has the VRM: KX17 FBO.""",
 "PV", "pa et", "L", "i"),
("""NGO (Hope for Justice) note: client (M, British, 45) was a rough sleeper in Bristol when a man offered him work on a roofing crew. For 2 years he was driven around the South West, working 7 days a week, living in a damp caravan; the man 'kept his wages to save for him' but never gave him any. When he once tried to leave, the man smashed his phone and said 'nobody will miss you'.""",
 "AV EO AC WW IT IS", "lh plc ncw iso et", "L", "h"),
("""Dispute at a car wash between a customer and staff over a scratched car. Customer assaulted staff member, arrested. Staff all local, employed properly.""",
 "", "", "", "l"),
("""Intel: Chinese national 'LI' offering 'kidney donors' online to Chinese expatriates needing transplants abroad, donors recruited from among debt-laden Chinese students in the UK with offers of £20,000. 3/C/P""",
 "AV", "", "O", "m"),
("""Caseworker summary for competent authority (long):
Ms K is a 34-year-old Slovak Roma woman with a mild learning disability and two children in Slovakia. In 2022 a family friend offered her work in a British laundry with free accommodation. She travelled by coach paid for by him. On arrival in Sheffield she was told the laundry job had 'gone' and she must work in his house and his brother's house until the coach and rent were paid off. She cleaned, cooked and looked after 5 children across two households, from 6am to midnight. She was given £10 a week. The friend kept her ID card 'in case of police' and opened a bank account in her name, into which Universal Credit was paid; she never saw the card. She was not allowed to go out alone, and on the one occasion she walked to the shop without permission she was hit with a belt. She says the friend told her that social services would take her children in Slovakia if she complained. She escaped in March when a neighbour let her use her phone to call her sister.
Indicators are consistent with domestic servitude and benefit fraud.""",
 "AV DE DB EO WW RD RM PV IT", "ncw dt rm lh", "D C", "h"),
("""INT suggests that REKA (nom) is using 'bucket boys' from a local estate to sell drugs from the takeaway on Derby Rd. Boys are paid in cash and trainers. 3/C/P""",
 "", "", "C", "m"),
("""Visa enquiry: a student from Nigeria asked whether she can work more than 20 hours during holidays. Referred to university advice service.""",
 "", "", "", "l"),
("""911/999 transfer from BT: caller in a moving vehicle says she is in the boot of a car, that a man took her from outside a nail bar, she doesn't know where she is. Call drops after 40 seconds. Cell site M6 J10 area.""",
 "RM PV", "rm", "", "i"),
("""Debrief extract (Romanian F, 29): 'The first month he was nice. Then he said I must dance in a club in Soho and give him the money for our future. Then it was men. He took all money. He never hit me but he said if I leave he will show my family the photos.'""",
 "WW IT DE", "ncw", "S", "h"),
("""Licensing: off-licence on Park Rd sold alcohol to under-18 during test purchase. Review hearing scheduled.""",
 "", "", "", "l"),
("""A&E note: Vietnamese male (approx 20) with burns to both hands and forearms, says he was cooking. Brought by a man who says he is his employer at a nail bar. Patient's hands smell strongly of chemicals (possible cannabis grow nutrients/electrical burn). Patient asked in Vietnamese if the police would send him back. Left before treatment complete, taken by the man.""",
 "", "pa sfw fa", "", "l"),
("""Update from GLAA: shellfish gathering gang in Morecambe Bay area – Chinese workers taken out at night by a gangmaster with no tide knowledge, no safety kit. Workers paid per bag but gangmaster deducts for food, transport and accommodation so most end the week with nothing. 2/B/P""",
 "AC WW", "ct", "L", "m"),
("""Police officer's statement: 'I entered the rear yard. I saw a male, later identified as Sorin, sleeping under a tarpaulin between stacked tyres. He had a blanket, a carrier bag with one change of clothes, and a toothbrush. He told me he works at the tyre shop from opening to closing and has lived in the yard for 7 months. He said the owner keeps his ID 'in the office' and gives him £20 a week.'""",
 "AC EO RD WW", "sw plc fpe lh dt ncw", "L", "h"),
("""Hate crime report: racial abuse on a bus towards a Somali woman. Suspect identified from CCTV.""",
 "", "", "", "l"),
("""Financial: 'Sunrise Homecare Ltd' pays 19 sponsored carers, but 14 of them transfer 40-60% of each salary back to the director's personal account within a day of payday, always to the same reference 'REPAY'. Carers' visas sponsored by the company. Possible debt bondage; to be developed.""",
 "DB WW", "ncw", "L", "m"),
("""my son (17) was told by a man in Sunderland he could earn £1000 a week on 'deliveries'. he's been gone 3 days, when he rang he was whispering and said he can't come home till he's sold everything, and they've got his phone most of the time""",
 "AV DE RM IS", "rm iso", "C", "i"),
("""INT: commercial cannabis grow in a former bank in Wales, gardener (Vietnamese male) seen by neighbours in the rear yard most days smoking; leaves alone to buy food at Lidl. No indication he is held. 3/C/P""",
 "", "", "C", "m"),
("""Intel from CHIS (1/A/C – no dissemination to partners without DI approval): a Nigerian female known as 'Mummy G' in Peckham holds the passports of 6 women she brought from Benin City, who work in flats advertised online. She takes all their earnings, and one woman who left was beaten by 2 men in front of the others as a lesson.""",
 "RD WW PV", "dt ncw", "S", "h"),
("""Council street team: man begging outside Sainsbury's (Romanian, 60s) says he is on his own, came with his son who works in construction, and begs to help with rent. No one collecting him. No concerns.""",
 "", "", "", "l"),
("""My sister (19) married a man from Birmingham last year. Since then she can't phone us unless his mum is there, she cooks and cleans for his whole family of 11 and her passport and marriage certificate are with her father-in-law. She told my mum they said she'd be 'sent back in a box' if she shames them.""",
 "IS RD IT AC", "iso dt", "D", "h"),
("""Fraud: identity theft of 30 elderly customers used to open credit cards. Suspect is a call centre worker. No exploitation.""",
 "", "", "", "l"),
("""Press: A Southampton couple have been jailed after they kept a man with autism as an unpaid servant for 15 years, making him work in their garden, wash their cars and clean their house while he slept in a shed. The court heard they collected his benefits and gave him leftovers to eat.""",
 "AV WW AC", "plc ncw sw", "D", "h"),
("""Debrief (Polish M, 27): 'I came for job at warehouse, agency in Poland took £200 for the job and ticket. In UK everything as promised, I got contract, good house, I pay rent to landlord myself. The fee was a bit much, I know now it is illegal in UK, but that was all.'""",
 "", "uf", "", "l"),
("""Intel: a care agency in Kent is placing Zimbabwean carers in live-in roles 24/7 with elderly clients, 7 days a week for months, paying £50 a day. Carers say they cannot take breaks because the client cannot be left alone. Agency says they 'volunteered'. 2/C/P""",
 "EO", "lh sw", "L", "m"),
("""Officer safety note: Op VALIANT address – dogs on premises, occupants known to carry knives. Linked to a drug supply OCG. No vulnerable people identified.""",
 "", "", "", "l"),
("""Public report (translated via the helpline from Romanian): 'My cousin works in a car wash in Essex. The patron took his ID and says he owes £2,000. They sleep in the wash on the car seats. He gets £30 a week. When he asked to go home, they said they will hurt him and his girlfriend in Romania.'""",
 "RD DB WW AC IT", "dt sw plc", "L", "h"),
("""Border Force: Eritrean boy (16, unaccompanied) arrived in a small boat at Dover. Said smugglers held him in Libya until his uncle paid. Placed with Kent children's services.""",
 "AV RM", "rm", "", "h"),
("""INT suggests that a Chinese couple in Manchester are employing a Chinese woman in their home as a housekeeper, paying her £1,000 a month, giving her Sundays off and her own room. Source thinks she is 'illegal'. No indicators of exploitation. 3/C/P""",
 "", "", "", "l"),
("""Op MARLIN: intel links 7 addresses in Slough to a Romanian OCG controlling women in sex work and men in Amazon delivery sub-contracting. The controller's partner drives delivery vans; drivers' courier apps registered to accounts he controls, drivers paid a flat £250 a week for 6 days of 12 hours. Women in flats moved weekly. 2/B/P""",
 "WW EO", "ncw lh", "L S", "h"),
("""Shop theft: 2 Romanian children (about 11 and 13) caught taking razor blades in Boots; an adult male waiting outside drove off when security approached. Children had lists of items to steal written in Romanian.""",
 "AV", "", "C", "h"),
("""Statement of Ms P (Albanian, 23): 'I work in a hotel as cleaner through an agency. My manager shouts but pays me, and I live with my boyfriend. I only came because police asked me about my friend who I think is working in a flat with men. I am worried for her but I don't know more.'""",
 "", "", "", "l"),
("""Intel: farm in Herefordshire where Ukrainian and Nepali pickers on seasonal visas say their caravans are 8 to a van, cold, and that the supervisor takes their passports 'to check visas' and has not returned them. They get paid into their own accounts. 2/B/P""",
 "RD AC", "dt oc plc", "L", "m"),
("""the man who owns the cafe made my friend sleep with him and said he'd sack her and tell immigration. she works there 6 days for £150 a week cash. she's 19 from morocco""",
 "PV IT AV", "fa", "L", "h"),
("""Debrief summary (Pakistani M, 45): brought by an 'agent' on a visitor visa to work in a sweet shop in Bradford. Given £100 a month, worked 7am-11pm, 7 days. Slept in the storeroom among boxes. When asked, he said he owed the agent 10 lakh rupees, which he would repay from wages over 3 years. He kept his own passport.""",
 "WW EO DB AC", "lh sw plc", "L", "h"),
("""Organ: a Moldovan man told Salvation Army caseworkers he was brought to Istanbul for 'building work' but was taken to a clinic, sedated, and woke with a kidney missing. He was paid $3,000, far less than promised, and then sent to the UK where he was made to work on a construction site to pay for his flight.""",
 "DE PV DB", "", "O L", "h"),
("""Request for info from a solicitor regarding a client's NRM positive reasonable grounds decision. Admin only.""",
 "", "", "", "l"),
("""Intel: line 'DIAMOND' from Birmingham into Shrewsbury has taken over 3 flats of vulnerable adults (two with heroin addiction, one elderly alcoholic), who are paid in drugs to let the line use their homes; one refused and was stabbed in the leg. 2/A/P""",
 "AV PV", "", "C", "h"),
("""Witness: hotel receptionist in Slough noticed a young Asian girl, in school uniform, being brought in at 3pm by a man in his 40s several times a week. Girl looked frightened and never spoke. The man paid for 2 hours.""",
 "AV", "sfw fa", "S", "h"),
("""Summary of Op LODESTAR (for national picture): 18-month investigation into an OCG importing cocaine and laundering via car washes and nail bars in the North West. 22 charged. Car washes found to employ legitimate local staff; no victims of modern slavery identified. Financial side continues.""",
 "", "", "", "l"),
("""Victim account (Sudanese M, 20): 'In France a man said I can go to England for free if I work for him after. In England he gave me a room with 5 others and I worked at a car wash in Leeds. He said I owe £4,000 and he takes £200 each week. I get nothing. He said if I go he will kill me, he showed a video on his phone of a man being beaten and said this is the one who ran.'""",
 "DE DB WW IT AC", "oc", "L", "h"),
("""Safeguarding (adult): Mrs A, 81, has dementia. Her carer from an agency, British, 40s, is suspected of taking cash from her purse. Agency notified; theft investigation.""",
 "", "", "", "l"),
]
T += [
("""ROCU tasking and coordination – fortnightly summary (OFFICIAL-SENSITIVE)

Op GARNET (drugs/firearms): Surveillance on the Kirkby address continues. Subject DOYLE seen meeting a courier at a services on the M58. A Skorpion machine pistol is believed to be stored in a lock-up. No vulnerable persons identified.

Op MILLRACE (fraud): Romance-fraud network targeting widowers across Merseyside and Lancashire. 11 victims, total loss £640k. Money moves via accounts of students recruited on Instagram; students are paid £300 for the use of their account, and interviewed students say they were not pressured and have been warned.

Op SANDPIPER (economic crime): Suspected VAT fraud involving a mobile phone wholesaler in Bootle. HMRC lead.

Op TEAL (burglary): Travelling distraction burglars targeting elderly residents in Wirral. 2 arrests.

Nothing for the modern slavery desk this period.""",
 "", "", "", "l"),
("""Joint visit note (police, GLAA, HMRC), food processing plant, Corby.

We attended the night shift at 2300. The site employs 240 staff directly and through two agencies. The direct staff and agency A's workers had payslips, were paid into their own accounts and said they were happy. Agency B's workers (about 30, Romanian and Moldovan) told a different story. They had been recruited by a man in Iași who charged €350 'for the job'. In the UK they live in three houses rented by Agency B's local supervisor, 8 to 10 per house, with mattresses in the living rooms. The supervisor collects them at 0500 in his own minibus and charges £8 a day for it. Several said their first two weeks' wages were 'held back' and never paid. Two workers said the supervisor took their ID cards 'to register them with the agency' and still has them. Nobody reported violence or threats, and the workers said they could leave the houses freely at weekends.

Action: GLAA to open an investigation into Agency B's licence; police to take statements from the two workers whose IDs were kept; HMRC NMW team engaged.""",
 "WW RD AC", "uf oc ct dt et", "L", "h"),
("""Victim debrief (female, Hungarian, 31), recorded with interpreter, Nottingham:

She says that she met a man called Laci in a bar in Miskolc. He was kind to her and after a few weeks he said he had a cousin in England who could give them both work in a hotel. They travelled by bus in January 2024. She says that when they arrived in Nottingham there was no hotel. Laci took her to a flat where two other Hungarian women lived and told her she would now work 'like them', seeing men who answered an advert on the internet. When she refused, he slapped her and locked her in the bathroom overnight.

She says that for the next 8 months she saw between 5 and 10 men a day. Laci wrote the adverts and answered the phone. He kept the money and gave her cigarettes and food. He kept her ID card and took her phone, giving it back only to call her mother while he listened. She says he told her that her mother's address was known to his friends in Hungary.

She left when one of the other women called the police after Laci broke her nose.""",
 "DE PV RM WW RD IS IT", "sfw ncw dt iso pa rm", "S", "h"),
("""Intel summary – financial intelligence unit (SAR analysis), quarterly:

1. A cluster of 27 personal accounts at three banks share a single registered address in Ilford (a 2-bed flat) and a single device for online banking. Account holders are Indian and Bangladeshi males aged 20-35, all with salary credits from one restaurant group. Each payday the full balance is moved to a business account of a catering supplier owned by the restaurant group's director. Cards are used at one ATM in Ilford at night.

2. A chain of money service businesses in Luton is sending high-volume small transfers to Vietnam; pattern is consistent with remittances from nail bar workers and is not, on its own, suspicious.

3. An individual in Cardiff has received £180k from a crypto exchange with no known income; being developed as a drugs money laundering case.

Item 1 has been passed to the regional modern slavery team for further work.""",
 "WW AC", "mbc ncw oc", "L", "m"),
("""Long account from a member of the public (email to the force's online reporting, unedited):

hi im writing about the farm down the lane from us near spalding. been living here 20 years and never seen it like this. there are about 30 foreign men living in old chicken sheds on the farm, we can see them from our garden, theres washing on the fences and they cook on fires outside. a minibus comes at 5am and takes them to fields and they come back when its dark, every day including sundays. last week one of them came to our door asking for water and food he was so thin and his hands were cut up. he didnt speak english but showed me on his phone google translate, it said 'boss keep passport, no money three month, please'. then a big black range rover pulled up and a man shouted at him and he ran back. my husband says mind our own business but i cant sleep. please do something""",
 "AC EO RD WW", "oc plc ce lh dt ncw pa et", "L", "h"),
("""Prison intelligence report (HMP), grading 2/C/P:

A prisoner on remand for supplying class A, R.M. (19, from Tottenham), has told his personal officer that he started 'going country' at 14 after an older male bought him a phone and clothes and then told him he owed £2,000 for them. He was sent to Norwich and Great Yarmouth for weeks at a time, staying in the flats of heroin users. He says he was once tied to a chair and burnt with an iron when money went missing. He says the same people are now contacting his younger brother (13) and that they have told him, through his cousin, that 'if he snitches, his brother pays'. He is frightened and wants the brother protected but does not want to make a statement.

Actions: Safeguarding referral for the brother to Haringey children's services; s45 and NRM consideration for R.M. raised with CPS and his solicitor.""",
 "AV DE DB PV IT", "pa", "C", "h"),
]


def exp(s, table):
    return [table[c] for c in s.split()] if s.strip() else []

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh143.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, (text, i, s, t, r) in enumerate(T, 1):
        rec = {"id": "f143-%03d" % n, "text": text.strip(), "indicators": exp(i, IND),
               "signs": exp(s, SIG), "exploitation": exp(t, TYP), "risk": RISK[r]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", n, "lines to", out)
