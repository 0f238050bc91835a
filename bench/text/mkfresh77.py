#!/usr/bin/env python3
"""Hand-written texts for the fresh77 training set (East of England mix).
Each E(...) holds one hand-written text and its labels. Short codes are expanded
below; risk is given explicitly for immediate/child cases and otherwise follows
the set's risk convention (computed from the labels)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

DATA = []
def E(text, ind="", sig="", typ="", risk=""):
    DATA.append((text, ind, sig, typ, risk))

# ---- DATA ----
E("2/B/P. INT suggests POI Marius DRAGOMIR (DOB 14/03/1986) runs minibus VRM KX17 HTP collecting approx 14 Romanian males from HMO on Norfolk St, Wisbech at 0430hrs daily, returned after 2100. Workers charged £10 per day for the lift. Sub says DRAGOMIR holds their bank cards 'for safety'.",
  "WW EO", "ced ct ncw lh", "L")
E("someone is living in the shed behind 42 the lads from the packhouse sleep there no toilet i seen 6 of them go in last night, its freezing. the van comes for them at 5",
  "AC", "plc oc ced", "L")
E("the flat next to mine in lincoln has music blasting and shouting every weekend till 4am, ive asked them nicely loads of times. who do i complain to",
  "", "", "")
E("Salvation Army caseworker note: Client (F, 34, Slovak) says she was told by a woman in Kosice that there was hotel cleaning in Peterborough at £9 an hour with a room included. On arrival she was put in a house with 11 others and sent to a chicken factory through an agency. The woman's husband opened a bank account for her and she has never had the card. She receives £40 cash on a Sunday 'for food'. She says she was told she owes £600 for the bus and the room and that it goes up every week.",
  "DE WW DB AC", "oc ncw", "L")
E("1/A/P. Nom SHKODRA, Arben. Known to source personally. Controls cannabis grow at industrial unit off Fengate, Peterborough. Vietnamese male aged approx 16 lives inside unit, doors padlocked from outside, food delivered twice weekly. Source saw the boy on 12/11.",
  "AV RM IS AC", "rm saw iso", "C", "i")
E("Hand car wash on the A17 near Sutterton visited by council licensing and HMRC. All six staff had contracts, payslips showing NMW and their own bank accounts. Managers gave a tour of the staff rest room. No welfare concerns identified; advice given on waste water drainage.",
  "", "", "")
E("GLAA inspection note: Labour provider supplying pickers to a salad grower near Spalding. Licence conditions breached — workers charged £35 for hi-vis and boots, deducted from first pay. Pay records otherwise complete, hours within limits, workers interviewed alone and said they could leave. Warning issued.",
  "", "ppe", "")
E("my mum's carer says she only gets £20 a week and the rest goes to the man who brought her from Manila, he has her passport as well she cries about it. she works for the agency in Ipswich",
  "WW RD", "dt ncw", "L")
E("101 call summary: Female caller, Boston. Her brother-in-law's friend (Polish, 50s) has been working on a building site in Skegness for 3 months with no wages. Told he will be paid 'at the end of the job'. He sleeps in a caravan on site and the boss buys his food and takes it from what he is owed. Caller says the man drinks heavily and the boss gives him vodka.",
  "WW AV AC", "saw plc", "L")
E("Lost passport report. Chinese student at University of East Anglia left bag on train Norwich to London. Passport, BRP and bank card inside. Crime ref issued for embassy. No other concerns.",
  "", "", "")
E("Debrief extract (via Albanian interpreter): He says he came in the lorry through Calais and the men told him the journey costs £18,000. He must work it off in the house with the plants. He says they told him if he leaves they will find his sister in Tirana. He was given rice and a mattress upstairs. He did not go outside for seven weeks because the door had a lock from outside.",
  "DB IT RM AC", "rm saw", "C", "h")
E("3/C/P. Rumour in local community that Latvian workers at a meat plant in Thetford have their passports taken by the supervisor. Two workers spoken to at their address both produced their own passports and said they had never been asked for them. Nothing further.",
  "", "", "")
E("School DSL referral: Year 10 pupil (15) from Ipswich has been missing from lessons three days a week. Seen getting into cars with older males outside the school gates. New trainers, two phones, a large amount of cash. Pupil told a TA he 'has to do runs to Felixstowe' to pay back for some weed he lost, and that 'they know where my mum lives'.",
  "AV DB IT", "", "C", "h")
E("Girl upstairs in the flat at Cromwell Rd, different men in and out all night, she looks about 17 and she never goes out by herself, there's an older bloke always with her. Im worried",
  "AV RM", "rm", "S", "h")
E("Midwife note: 22yo Romanian woman booked at 30/40, accompanied by a man who says he is her cousin and answered all questions. When seen alone for the routine safeguarding question she said she is fine and lives with her partner and his family in March, works in a packhouse part time and has her own money. No disclosures. Routine follow-up.",
  "", "sfw", "")
E("Intelligence log 2/C/C (not to be shared with employer). Nail bar on Westgate, Peterborough. Two Vietnamese females aged 18-20 work 0900-2100 seven days. Sleep in the back room. Male owner locks up at night and keeps the keys — they do not leave premises. Sub believes they arrived in the UK recently via lorry and owe 'the uncle' for the journey.",
  "EO DB RM AC", "lh saw rm", "L", "h")
E("Press summary: Three men from Lincolnshire were jailed at Lincoln Crown Court for trafficking 18 Polish men to work in poultry catching. The victims, many with alcohol problems and some homeless, were recruited outside a Gdansk shelter, housed in damp, rat-infested houses in Boston and paid as little as £10 a week. The court heard that one man was beaten with a broom handle when he asked for his wages.",
  "AV WW AC PV", "plc", "L")
E("Caller reports a man was assaulted in the car park of a pub in Wisbech at 2330. Victim Lithuanian male, known to the offender from work, argument about a girlfriend. Ambulance attended, minor injuries. Both men say they work at the same factory and live separately.",
  "", "", "")
E("Modern Slavery Helpline pass-through: Caller works at a warehouse in Cambridge via agency. She says her supervisor shouts and she thinks her pay was short by £45 last month. She raised it and it was paid in the next week. She wants to know her rights about breaks. No exploitation concerns, signposted to ACAS.",
  "", "", "")
E("Cafe owner in Lowestoft says two young Eritrean lads wash dishes 12 hours a day for a takeaway next door and sleep above it on the floor, says the owner takes their money to 'pay the smuggler'",
  "EO WW DB AC", "lh saw", "L")
E("3/C/P. POI 'Sasha' (no further details) said to advertise Eastern European females on adult sites, booked into hotels near Peterborough services. Unknown if the females are controlled.",
  "", "", "S")
E("Adult safeguarding referral, Fenland: Mr K, 58, British, learning disability. Lives with a family who moved him into a caravan on their land. He lays block paving for them six days a week. His disability benefits are collected by the head of the family, who holds his bank card. He says he gets 'a tenner and fags'. He cannot say his own address.",
  "AV WW IS AC", "ncw iso plc", "L", "h")
E("Border Force, Felixstowe: HGV driver Bulgarian national stopped, four Albanian males found in trailer of frozen goods. All four say they paid for the journey and are going to relatives. No indicators of onward exploitation stated at this stage; handed to Immigration Enforcement. Possible facilitation offence.",
  "", "", "")
E("I come from Vietnam with promise of job in nail shop and learn the English. In the house we are 9 people. The boss keep my passport in his car. Every day I work from 9 in morning to 10 night, no holiday. He say my family in Vietnam owe him 20 thousand dollar and I must work for him. He shout and once hit me with the hand when I make mistake with a customer.",
  "DE RD EO DB PV AC", "dt lh oc", "L")
E("Council HMO officer: Property in Boston inspected after complaint. 3-bed terrace with 13 mattresses, including in the kitchen. All occupants work at the same vegetable packhouse; rent of £70 each a week is taken from their wages by the agency owner who owns the house. Occupants were reluctant to talk and one said 'he will be angry'.",
  "AC", "oc plc foa", "L")
E("neighbours kids are always shouting and the mum screams at them, been going on for years not sure who to call",
  "", "", "")
E("2/B/P. Male known as 'Bogdan' sells cheap labour to farms around Holbeach. Workers pay him £250 each in Romania for the job and transport. On arrival they are told the work is piece rate only. Sub states workers earn £150-£200 a week which they keep.",
  "DE", "uf", "L")
E("Handover note: IP (Sudanese male, 19) found at Ipswich bus station by BTP. States he worked at a car wash in Colchester for 5 weeks, slept in the storeroom, was given food but no money. Boss 'Kawa' told him he would be reported to immigration if he complained. IP scared of police, asked repeatedly not to be deported. Referred to NRM, in hotel.",
  "WW AV IT AC", "saw foa", "L", "h")
E("Kidney patient, 61, Addenbrooke's renal unit: transplant from living related donor (his daughter) completed. Donor assessment by the HTA independent assessor documented with no concerns about coercion or payment.",
  "", "", "")
E("1/B/C (no disclosure to suspect). INT suggests female 'Mimi', Nigerian, 24, brought to Norwich by a woman she called auntie after a juju ceremony in Benin City. Told she owes €35,000. Sold for sex at a flat on Prince of Wales Rd, 'auntie' takes all the money. Mimi told friend she is afraid the oath will kill her family if she runs away.",
  "DB WW IT AV", "ncw", "S", "h")
E("A&E note: Male, 30s, Polish, attended with hand laceration from a meat saw at a factory in Bury St Edmunds. Colleague translated. Patient says he will lose a day's pay but supervisor was helpful and drove him in. Lives with his wife. No safeguarding concerns.",
  "", "", "")
E("theres a big house on the London Rd in Kings Lynn with loads of men living there, vans come at 5am every morning. probably fine but thought id say",
  "", "oc ced", "")
E("Caseworker note (Unseen): Client, Indian national, 29, came on a skilled worker visa as a care worker for a home in Lincolnshire. The sponsor charged him £14,000 for the certificate of sponsorship. He is paid for 20 hours but works 60, and when he asked about it the manager said his visa would be cancelled and he would be sent back. He is afraid to leave as he still owes money to family for the fee.",
  "DB EO WW IT AV", "uf lh", "L", "h")
E("Gran is in a care home in Cromer, lovely Filipino carer looks after her, she said she works lots of hours but chose to because she is saving to bring her kids over",
  "", "", "")
E("2/A/P. POI Tomas BALOG (DOB 02/09/1979) has 17 bank cards in different names, seen by source using them at cashpoint on Lincoln Road, Peterborough on Fridays. Cards belong to Slovak men he employs on building sites.",
  "WW", "mbc ncw", "L")
E("I worked on the farm in Lincolnshire picking the cabbages. The gangmaster he said I pay £50 each week for the minibus and £80 for the bed. Sometimes there is no work and then I owe him more. After three months I have debt £900. He has my passport he says it is to make the contract.",
  "DB RD", "ct dt", "L")
E("999 call: Female screaming, says she has been locked in a room in a house on Gaywood Rd, King's Lynn, by a man who 'bought' her. Call cut off. Trace on number. Units dispatched.",
  "RM", "rm", "S", "i")
E("Domestic abuse log: Female victim, Peterborough, reports partner took her phone and broke it during argument, pushed her against wall. Previous DA history. Both working, separate bank accounts. DASH medium. No exploitation concerns.",
  "", "", "")
E("Salvation Army first responder note: Mr P (Lithuanian, 45) recruited at Vilnius bus station with promise of factory work at £12/hr. Brought to a house in Spalding with 15 others. Worked in flower packing. Told his wages go to pay 'debt for travel and house'. Beaten when he asked to go home. Escaped with help of a colleague.",
  "DE WW DB PV AC", "oc", "L")
E("cars always outside the house at the end of our road at midnight, young girls going in and out, one of them was only a kid in a school jumper, police never do nothing about it",
  "AV", "", "S", "h")
E("Probation note: Client (British, 27, heroin user) says a group from London have been staying in his flat in Great Yarmouth for 3 weeks selling crack. He says they give him gear and he cannot get them out. They have keys and he sleeps on the sofa. Last week they hit him when he asked them to go.",
  "AV PV", "", "C", "h")
E("Police visit to restaurant in Ely following tip-off. Staff (Bangladeshi, 4) all have right to work, own accommodation, payslips. Chef said the hours are long in summer. No indicators of exploitation.",
  "", "", "")
E("3/D/P. Unverified report that a local farmer near Chatteris is 'keeping slaves'. Farmer employs seasonal workers via licensed provider. No supporting information.",
  "", "", "")
E("NGO note: Filipina domestic worker, 38, accompanied her employers (Gulf family) to their house near Newmarket for the racing season. Works 0600 to midnight, cooking, cleaning and minding three children. Sleeps on the floor of the children's room. Her passport is in the madam's handbag. She has not been paid since leaving Dubai four months ago. She is not allowed to leave the house alone and has no phone.",
  "EO AC RD WW RM IS", "lh dt rm iso", "D", "h")
E("Bank financial crime alert: Account in name of Romanian female, 21, receives salary from a Wisbech packhouse agency. Within minutes of each credit, funds are transferred to the same third party. Card activity at one ATM alongside 9 other cards on the same day. Customer has never logged in to online banking.",
  "WW", "ncw mbc", "L")
E("the car wash on the ring road in Ipswich is run by some lads who treat the workers like dogs, they're always shouting at them and they look so thin, dont think they're getting paid",
  "", "pa", "L")
E("Text from community support worker: Albanian family of four evicted from private rented house in Peterborough due to rent arrears. Father works on a building site and has had his hours cut. Housing options advised. No concerns regarding exploitation.",
  "", "", "")
E("2/B/P. Fishing vessel berthed Lowestoft: Ghanaian and Filipino deckhands on transit visas. Sub says crew not allowed ashore, skipper holds seaman's books, pay of $500/month sent to a manning agency in Manila that 'takes its cut'. Crew work 20hr days in season.",
  "RM RD WW EO", "rm dt lh ncw", "L", "h")
E("Debrief (interpreter's summary): She says a man she met on Facebook in Bucharest told her he loved her and that they would work in a restaurant in England. When they arrived in Peterborough he said there was no restaurant and she must 'go with men' to pay the rent. He took her phone. When she cried he slapped her. She says she saw the adverts he put on the internet with her photos.",
  "DE IS PV", "iso", "S", "h")
E("Shoplifting at Tesco, Cambridge. Two Romanian females aged approx 14 and 16 detained by security with £300 of razor blades and baby formula. An adult male waiting in a car outside drove off when staff approached. Girls would not give an address and appeared frightened.",
  "AV", "foa", "C", "h")
E("GLAA compliance visit: Poultry processing agency, Norfolk. Wage slips reviewed for 40 workers; deductions for accommodation are within the offset and transport is free. Workers chose their own housing. No breaches. Good practice noted: payslips translated into Polish and Romanian.",
  "", "", "")
E("theres a woman begging outside Boots in Kings Lynn every day, a man drops her off in a silver Audi at 8am and picks her up at 6 and takes the cup off her. she has a baby with her",
  "WW", "ced et ncw", "C", "h")
E("hiya my romanian lodger lost his job at the chicken factory and cant pay the rent, can i just chuck him out or do i have to give notice??",
  "", "", "")
E("1/A/P. Source inside packhouse near Wisbech reports supervisor 'Nicu' threatens Romanian women that he will send their videos to their husbands if they report the pay cuts. Source has seen the messages. Women are paid for 35hrs when they work 55.",
  "IT EO WW", "lh", "L", "h")
E("CSE referral, Cambridgeshire Children's Services: 14yo girl, in care, missing overnight four times this month. Found in a flat in Huntingdon with two adult males. She had alcohol and a new phone. Says one of them is her boyfriend, 23. Telegram messages show him asking her to 'come to a party with my mates'. She has disclosed sexual activity with more than one male.",
  "AV PV", "", "S", "h")
E("all the polish lads in the house next door are really nice, they work on the farms and come home about 6, they have a bbq on sundays. someone said i should report it for slavery but i cant see why",
  "", "", "")
E("OIC update: Victims (3x Slovak Roma males) recovered from address in Lincoln. All three say they were promised work in a factory for £400 a week; in fact they were sent to building sites, paid nothing, fed one meal a day. Their ID cards were taken 'for registration' and found in the suspect's van. One has bruising to face consistent with his account of being punched for refusing to work.",
  "DE WW AC RD PV", "dt pa", "L", "h")
E("Hi, I work at a hotel in Cambridge, theres a new cleaner who doesnt speak English, shes dropped off and picked up by a man who wont let her talk to us and he collects her wages envelope every Friday",
  "WW AV", "et sfw ncw", "L")
E("Note from GP practice, Boston: Patient (M, 40, Latvian) attended with back pain. Works at a packhouse. Asked about work conditions as routine; says 'good job, good boss'. Lives with his brother. No concerns.",
  "", "", "")
E("3/C/C. Source suggests that Indian students in Peterborough are made to work in a takeaway for 'experience' with no pay, and that the owner says their visa will be reported if they stop. Needs development.",
  "WW IT AV", "", "L", "h")
E("Organ trafficking: NCA intel — a Lithuanian woman living in Boston was approached by a man offering £5,000 if she travelled to Turkey to 'donate a kidney to a rich man'. She told him she wanted the money for her son's debts. She has since been chased by him for repayment of her flights which he booked. She did not travel.",
  "AV DB", "", "O")
E("Press: A couple from Ipswich have been convicted of holding a vulnerable man in domestic servitude for 12 years. He slept in a garden shed, cleaned their house and did their garden, and was never paid. The court heard he was fed leftovers and was threatened with being put 'back on the street'.",
  "AV AC WW IT", "plc", "D", "h")
E("Car wash Ipswich, Felixstowe Rd — council food safety visit to adjacent cafe noticed staff living upstairs above the car wash. Follow-up by housing: 6 men, 2 rooms, no fire alarm, no kitchen. Men say owner deducts rent of £60/week. Otherwise paid cash £50/day, they say they come and go freely.",
  "AC", "oc plc saw", "L")
E("Sham marriage intel 2/B/C: Portuguese female, 19, from a poor area of Lisbon, flown to Norwich by Pakistani male POI. Was told she would be paid £3,000 to marry his cousin. She is living in his family home, is not allowed out without his sister, and has not been paid. Cousin's visa application pending.",
  "DE RM WW AV", "rm", "C", "h")
E("Call summary: Male reports his Ukrainian host family in Thetford expect him to do all the housework and childcare and shout at him. He is here under the Homes for Ukraine scheme and has his own job in a warehouse and his own money. Advised to contact council re rematching. No exploitation identified.",
  "", "", "")
E("I was working with other 40 men in the potato farm. We live in caravans near the field, six in one caravan, no water, no heat in winter. The boss takes £100 each week for the caravan. From 5 in morning until it gets dark. Who complain is not called for work next day.",
  "AC EO", "oc plc lh", "L")
E("1/B/P. 'Uncle Lam' organises Vietnamese workers for nail bars across Cambridge and Suffolk. Workers' wages paid into accounts he controls; they receive £200/month. New arrivals are told the smuggling debt is £25,000.",
  "WW DB", "ncw", "L")
E("I am 81 and I see a young man going in the house opposite with different people at all hours, I think it is drugs. I don't know anything else but wanted to tell someone.",
  "", "", "")
E("Safeguarding referral from Suffolk school: 16yo boy missing from home, returned after 4 days with injuries to his hands. He told his social worker he had been 'kept in a trap house in Lowestoft' and not allowed to leave, made to bag up and sell crack. He owes 'them' for drugs taken by the police when he was arrested last month.",
  "AV RM PV DB", "rm pa", "C", "h")
E("the nail bar in Boston high st always has two young asian girls working, they never speak and seem scared when you ask them anything, i think they live there as ive seen them take washing out the back at night",
  "", "saw foa", "L")
E("Immigration Enforcement visit to a sandwich factory in Corby supplier, Peterborough. 3 workers found without right to work. All had paid for fake documents themselves, lived independently and were paid the same as other staff. Arrested for immigration offences.",
  "", "", "")
E("Debrief account, Eritrean male, 17: 'In Libya they held us and beat us until the family paid. In England I was sent by the smuggler man to a car wash in Norwich. They said I pay £3,000 more. I sleep in a room with 5 men. They say if I go to the police the police will send me back to Eritrea.'",
  "AV PV DB IT AC", "oc foa", "L", "h")
E("ATM activity alert (bank to police): Male using 11 different debit cards at a single cashpoint in Wisbech market place between 0600-0615 on three consecutive Fridays. Cards in the names of Bulgarian nationals, all paid by the same employment agency.",
  "", "mbc", "")
E("Interview notes — witness (packhouse team leader): She says agency workers from one provider always arrive in the same minibus and one man, 'Sorin', answers for them and tells them what to say. She has seen Sorin take money from them in the car park on payday. She says the workers looked very tired and one fainted on the line.",
  "WW", "et sfw ncw pa", "L")
E("My son is 24 and has autism. A group of lads 'befriended' him and now they keep drugs at his flat in Huntingdon and make him deliver packages. They took his bank card and his PIP goes into an account they control. I'm at my wits end.",
  "AV", "ncw", "C")
E("Caseworker note (Medaille Trust): Survivor says 'The madam kept my passport and all the money from the clients. I slept in the same room where I worked. I was allowed out only with her driver.'",
  "RD WW RM", "dt ncw saw rm et", "S", "h")
E("Construction site Cambridge — HSE inspection after fall from scaffold. Injured worker Romanian, employed by subcontractor, CSCS card valid, agency pay records in order. Prohibition notice issued for scaffold. No labour exploitation concerns.",
  "", "", "")
E("3/C/P. Hotel near the A1 at Peterborough: staff suspect rooms booked by same male used for sex work. Females appear to be young and Eastern European, and the male carries their bags and holds the room key. Unknown if coerced.",
  "", "", "S")
E("me and my mates go picking strawberrys every summer at the farm in Cambridgeshire its hard work and long days but the pay is good and we get a caravan. just saying not all farms are bad lol",
  "", "", "")
E("Domestic servitude referral, Norwich: 17yo Nigerian girl brought over by a family friend to 'attend school'. Never enrolled. She cooks, cleans and looks after the family's two toddlers from 6am. The woman slaps her when the food is late and has told her that if she tells anyone she will be sent back to her village in shame.",
  "AV DE PV IT EO", "lh", "D", "h")
E("Officer handover: Nothing further re the Indian male in custody (theft from Tesco Felixstowe). Interview done via interpreter. Says he stole because he was hungry, has a student visa, lives with friends. Screened for MS indicators: none. Released under investigation.",
  "", "", "")
E("Online report: Saw a facebook advert in Romanian for 'farm work in Lincolnshire, £500 per week, accommodation free, pay €300 for the place'. My friend went and it was only £200 a week and the house was awful and full. She came home after 2 weeks",
  "DE AC", "uf oc plc", "L")
E("Intel 2/B/P. Cuckooing, Wisbech. Vulnerable female (alcohol dependent, 44) has had her flat taken over by 'Tyler' and 'J' from Luton. She is given vodka and told to stay in the bedroom. Neighbours report she is sometimes heard crying at night and the door is kept locked.",
  "AV RM", "rm", "C", "i")
E("Suffolk Trading Standards note: complaint re unlicensed gangmaster supplying daffodil pickers, no worker welfare issues reported. Matter passed to GLAA for licensing action only.",
  "", "", "")
E("They made us stay in a warehouse near the port in Felixstowe, we unloaded the containers at night and in the day we slept on the cardboard. The man said we can not go out because the police will catch us. He gives us bread and tins, never money.",
  "RM AC WW AV", "saw rm plc", "L", "h")
E("Worried about my friend she went to England in April for a job in a hotel, now she is in a flat in Norwich and says the man makes her see clients and she cant come home because she owes him £5k for the flight and room, she messages me at 3am when he is asleep",
  "DE DB", "", "S", "h")
E("Community worker, Peterborough: Group of Roma men, 30s, sleeping rough near the river. Say they were brought by a man who promised jobs at a recycling plant, worked 2 weeks, were then left with no pay and no place. They do not want police involvement.",
  "DE WW", "foa", "L")
E("Log: 2/C/P. Chinese female approx 40 at 'massage' premises in Cambridge (Mill Rd). Sleeps at the premises, never seen outside. Sub says she pays £100 a day to the owner regardless of takings.",
  "", "saw", "S")
E("Warehouse worker in Huntingdon reports agency has not paid his holiday pay. He is still working there, lives with his partner and is on the payroll. Referred to Employment Agency Standards. Not exploitation.",
  "", "", "")
E("My friend says a Pakistani man in Peterborough offered him £10,000 and a job if he went to a clinic abroad to give a kidney to the mans relative. They took him to Lahore, did the operation, gave him £2,000 and said the rest later. It never came. Now he has pain and cant do heavy work.",
  "DE", "", "O")
E("caravans on a field outside Fosdyke, lads walking to the road at 5am, one told me they get £3 an hour and they owe the boss for the flights, they look like they havent eaten. someone should check",
  "DB", "pa", "L")
E("Care home inspection, Norfolk (CQC): overseas care staff interviewed; all on sponsored visas, employer paid visa fees, staff have their own documents and bank accounts. One staff member raised long hours, which the home attributed to sickness cover; rota shows max 48 hrs. Not exploitation.",
  "", "", "")
E("1/A/P. Vietnamese male, 15, found by police during warrant at cannabis grow in a house in Bourne. He had been there since arrival, told the plants would be his 'job' to repay the journey. Electric bypass, windows boarded, heat unbearable. He says the man who comes twice a week has a gun.",
  "AV DB AC IT", "", "C", "h")
E("Man at the door selling dusters and tea towels said he was from a rehab charity, he looked terrified and the van driver was watching him. said he gets nothing, its 'for his keep'",
  "WW", "et", "L")
E("Two blokes keep knocking on my dads door in Newmarket trying to tarmac his drive, hes 84, he said no twice. Think theyre rogue traders can someone have a word",
  "", "", "")
E("2/B/P. INT suggests Pakistani national 'Bilal' controls 3 takeaways in Ipswich staffed by Indian and Bangladeshi males who entered as students. Wages of £150 a month paid in cash, staff live above the shops, 6 to a room, hours 1100-0300.",
  "WW AC EO", "oc saw lh", "L")
E("The lady I clean for in Cambridge is kind. I have my own room, my passport, Sunday off and she pays me into my account. I only say because the charity asked all of us about our jobs.",
  "", "", "")
E("Victim account (Polish male, 52): 'I was living at the homeless hostel in Poznan. A man said come to England, good job in a factory, I will arrange everything. In Peterborough he took my ID card to open a bank account and I never saw it again, or the card. I worked in the factory, the money went to him. He gave me food and cigarettes. I slept in a room with 8 people.'",
  "AV DE RD WW AC", "dt ncw oc", "L", "h")
E("saw a teenage girl crying in a car at kings lynn bus station, got worried, but then she got out and walked off with her mum so probs nothing",
  "", "", "")
E("Norfolk Constabulary MSU: Operation at a hand car wash in Dereham. 4 Albanian males, all say they were brought on a lorry and the boss 'paid for them'. They are 'working off' £4,000 each. Phones taken by the boss on arrival, returned only on Sundays. They sleep in a portacabin on site.",
  "DB IS AC", "saw iso", "L", "h")
E("2/B/P. Slovak female at Boston HMO says landlord holds all tenants' passports in a safe.",
  "RD", "dt", "L")
E("kid no older than 13 selling weed by the park in bury every nite, older lads watching him from the bench",
  "AV", "", "C", "h")
E("3/C/P. Strong smell of cannabis from flat above shop, High St, Wisbech. No persons seen, no vehicles. Passed to NHT for info.",
  "", "", "")
E("workers at the duck farm near Diss get locked in the sheds at night by the boss",
  "RM", "rm", "L", "i")
E("3/C/P. Nom 'Vlad' said to take a cut of wages from Romanian pickers at Long Sutton.",
  "WW", "ncw", "L")
E("Lad at the car wash told me they haven't had a day off since March.",
  "EO", "lh", "L")
E("Log 0915: Female, Ipswich, reports ex-partner (Polish nat) removed their child (6) to Poland without consent. Child abduction enquiry, OIC DC WARD. No MS concerns.",
  "", "", "")
E("INT: Eritrean men at Felixstowe told they owe £2,000 each to man who 'met them at the port', to be worked off at his car wash.",
  "DB", "", "L")
E("im in sixth form and theres a girl in year 9 whos 'boyfriend' sends her to meet men for money, everyone knows, please do something",
  "AV", "", "S", "h")
E("Log: RTC/agricultural accident nr March. Farmhand (British, 24) injured under tractor, air amb. Employer present, informed NOK. HSE notified. NFA police.",
  "", "", "")
E("the chinese takeaway in downham market, the young lad works all day and sleeps under the counter, never seen him outside",
  "AC", "saw", "L")
E("2/A/P. Warrant, Eastfield Rd, Peterborough — cannabis factory, approx 300 plants. Albanian male (DOB 09/02/2001) arrested inside; states he was 'brought to water plants' and cannot leave because 'they have my papers'. No keys on him.",
  "RD RM", "dt rm", "C")
E("Meeting with packhouse HR in Spalding: agency workers given induction, own contracts, own accounts. Good practice.",
  "", "", "")
E("Victim states she was told 'if you run, we will cut your mother's face'.",
  "IT", "", "")
E("My uncle went to UK to work on farm, they took his money and his passport and now he can not come back. Please help, he is in a place called Holbeach",
  "WW RD", "dt", "L")
E("1/A/C (not to be shared with local authority). POI Erion LEKA (DOB 21/07/1991) holds two Vietnamese girls aged 16 at a flat on Lincoln Rd, Peterborough. Source saw them today. Girls are not allowed out and LEKA has the only key. Advertised on AdultWork as '19 yo new girls'.",
  "AV RM", "rm", "S", "i")
E("Sat with an older Lithuanian man at the food bank in Boston. He says 'the firm' takes £95 a week for his room, £40 for the van, £15 for the boots and gloves and he is left with about £30 from a full week at the factory. He cannot change jobs because the firm has his ID card and his bank card. He says there are ten men in his house and one toilet.",
  "WW RD AC", "ct ppe dt ncw oc plc", "L", "h")
E("Suffolk County Council adult safeguarding: Mrs A, 79, reports her grandson takes her pension every week. Financial abuse, not labour exploitation. Police informed.",
  "", "ncw", "")
E("Voluntary sector note, Norwich: Young Sudanese man, 20, recently granted asylum, sleeping on friends' sofas, looking for work. He has his own documents and a bank account, no one is controlling him. Referred to housing.",
  "", "", "")
E("2/B/P. INT suggests county line 'Tony line' running from Tottenham into King's Lynn, using a 15-year-old runner from Enfield who is kept at a local addict's flat and has been beaten for losing a package. Phone number 07700 900431 linked.",
  "AV PV", "", "C", "i")
E("I worked in the kitchen of a restaurant in Cambridge. The owner promised me a sponsorship visa and I paid him £8,000. There was no visa. I worked 14 hours a day and he paid me £300 a month. When I asked for my papers he said he would call immigration and I would go to prison.",
  "DE EO WW IT", "uf lh", "L", "h")
E("The Polish family next door have like 20 people living there, cars everywhere, bins overflowing, rats. they all work at the chicken factory. i'm fed up of the mess",
  "", "oc plc", "")
E("Border Force note, Stansted: Young Romanian female, 19, travelling alone with £50 and a piece of paper with an address in Peterborough and a phone number. Says she is going to work 'in a bar' a man found for her on Facebook; she does not know the name of the bar or how much she will earn. Ticket bought by someone else. Given advice and helpline card.",
  "", "", "")
E("Handover: Female (Thai, 31) recovered from brothel in Norwich. States she owed the agent £20,000 for her visa, it was reduced by £50 per client. She had no days off in 3 months and only left the flat to buy food with the maid. Bruises on arms which she says were from a client. NRM consent given.",
  "DB EO RM PV", "lh rm et pa", "S", "h")
E("my brother works on a cockle boat in the wash, the skipper hasnt paid him for 2 months and keeps saying 'next month'. hes 19 and has autism. he lives with us at home.",
  "WW AV", "", "L")
E("Caller (999) states a man is being beaten in the back yard of a house in Boston, shouting in Russian 'let me go'. Caller can see two men holding him. Units attending.",
  "PV RM", "rm", "", "i")
E("Probation (HMP Highpoint): Prisoner, Vietnamese, 22, convicted of cannabis production. Says in supervision he was brought to the UK at 16 and held in a grow house for 2 years, and that the men still message his family. Considered for s45 review and NRM.",
  "AV RM", "rm", "C")
E("GLAA intel 2/B/P: Labour provider in Kings Lynn supplies to poultry catching teams. Workers collected 2300, returned 1400 next day, often two shifts back to back. Deductions for 'transport' £15 per shift. Workers housed by the provider in caravans on a farm track.",
  "EO", "ced lh ct", "L")
E("""Intelligence report 2/B/P — OFFICIAL-SENSITIVE

Subject: HMO, Tower Street area, Boston.

Source reports that the property is rented by POI Ionut CIOBANU (DOB 11/11/1984), who also runs a small labour supply business sending workers to two vegetable packhouses and a flower grower near Spalding. Approximately 16 Romanian and Moldovan nationals live at the address; source states there are mattresses in the lounge and under the stairs.

Workers are taken to work in CIOBANU's white Transit VRM FN19 ZPT at 0500 and returned around 2000. The workers' wages are paid by the agency into accounts opened by CIOBANU; he withdraws the money and hands each worker £60 cash on Sunday. Source says a worker who complained in September was 'sent home' the same day with his bag thrown into the street.

Source has not seen any violence. Source believes the workers' ID cards are kept 'in the office' (an upstairs room that is kept locked).

Intelligence gap: identity of packhouse contacts; whether any worker is under 18.""",
  "WW AC RD", "oc ced ncw dt et", "L", "h")
E("""Referral — Norfolk Children's Services MASH

Child: Amelia (15), lives with mother and two younger siblings in Great Yarmouth. School attendance 62%.

Concerns: Over the last month Amelia has been seen by staff at a local fast-food outlet getting into cars driven by adult males in their 20s. Mother reports that Amelia comes home after midnight, has new clothes, nails and a second phone she will not explain. On 4th she returned with a bruise on her neck. A friend told the school that Amelia 'goes to parties at a flat by the seafront' where she is given vodka and cocaine and 'has to be nice to the older lads' friends', and that one of the men filmed her and said he would send it to her mum if she stopped coming.

Amelia denies anything is wrong and says the men are her friends.

Action requested: strategy meeting, CSE risk assessment, police check on the flat.""",
  "AV PV IT", "pa", "S", "h")
E("""Call summary — Modern Slavery Helpline to Suffolk Police

Caller is the manager of a farm shop near Framlingham. She says she wants to be careful because she does not want to get an innocent person in trouble. A man who delivers eggs to the shop every week brings a young woman with him who does the lifting. The woman is Romanian, maybe early twenties, always in the same clothes. Today the man went into the office and the woman asked the caller in broken English for 'phone, one minute'. She rang someone and cried. Before the man came back she said 'he have my passport, I want go home' and then went quiet.

Caller has the van registration (GK68 WRL) and the name of the egg farm. She has not seen any violence. She says the woman looked thin and tired.""",
  "RD", "dt pa fpe", "L")
E("""Safeguarding note — Hospital social worker, Peterborough City Hospital

Mr D (Slovak, 63) admitted with pneumonia after being found by a passer-by on a bench. He is frail and underweight. With an interpreter he said that for two years he had been living with a family 'who helped him' when he arrived. He says they took him to a bank to make an account and then to the job centre, and that benefits have been paid in his name ever since. He has never had a card. He did not work for them; he says he 'just stayed in the back room'. He has no phone and did not know the address.

He wants to go back to his sister in Kosice. Police informed re possible benefit fraud using a vulnerable adult.""",
  "AV IS", "ncw iso pa", "C")
E("""OIC statement extract — Operation NIGHTJAR

On Tuesday we executed a warrant at a residential address in Ely. Inside we found seven Vietnamese adults, four male and three female. Three of the females told us through the interpreter that they work in nail salons in Cambridge, Newmarket and Bury St Edmunds. They are driven there at 0830 and collected after closing. They are paid monthly in cash which they hand to 'the sister', a female aged about 45 who was present at the address and was arrested.

One female, Ngoc, said she has been in the UK for eleven months and 'still owes' for her travel. She did not know how much. She said she was told in Vietnam she would earn £1,500 a month, but she was given £100 a month. She said the sister keeps everyone's passports in a tin 'so they don't get lost'.

The four males said they work at a car wash in Huntingdon owned by someone else and pay rent to the sister. They had their own passports and bank cards and said they could leave. We found no indicators relating to them.""",
  "DE WW DB RD", "et ced ncw dt", "L", "h")
E("""Witness statement (extract) — neighbour, Chatteris

I have lived next door to number 14 for nine years. The house was sold last year and since then there have been a lot of men living there, I would say ten or twelve. They are polite and say hello. They work on the farms because they go out in work clothes with muddy boots. A minibus picks them up around six in the morning and they are back by five or six. At weekends they drink in the garden and sometimes they are noisy, which is why I rang the council.

I have never seen anyone hurt or anyone being made to do anything. One of them, Piotr, told me they pay £80 a week each and that the landlord is 'ok but greedy'. He has a car of his own and goes to Peterborough on Sundays.""",
  "", "oc", "")
E("""Safeguarding referral from Health Visitor, Wisbech

I visited a Latvian family with a 4-month-old baby. Present were the mother (24), the baby and an older woman who introduced herself as 'landlady'. The landlady answered every question for the mother and would not leave the room. Later, when the landlady went downstairs, mother said she works nights at a meat factory and the landlady keeps her bank card and takes 'rent' from her wages, leaving her with about £20 a week for the baby. Mother says she is not allowed visitors and the landlady says if she complains she will call social services to take the baby.

The room was clean but very small; mother, baby and another woman share one double bed. Mother has asked me not to tell anyone because she is frightened.""",
  "WW IT IS AC AV", "sfw ncw iso oc foa", "L", "h")
E("""Police intelligence, 2/C/P

Subject: 'Baba' — Nigerian female, 50s, believed to live in Thetford.

Information received that Baba brings young Nigerian women to the UK on visit visas, telling them they will work as carers. On arrival they are moved to houses in Norfolk and London and sold for sex via adverts. Baba keeps their passports and takes all money. One woman was said to be 'punished' by being locked in a bathroom for two days with no food.

Source is a relative of a woman who was previously exploited and has since returned to Nigeria; source has no direct knowledge of current victims.""",
  "DE RD WW RM PV", "dt ncw rm", "S", "h")
E("""NGO caseworker notes (BAWSO-style) — client R, 41, Filipino

R worked for a family from the Gulf for seven years, first in Riyadh and then when they moved to a house in Cambridge. In the UK she worked from 5am until the family slept, often 1am. She was not given a day off. She slept on a mat in the laundry room. She was paid £150 a month, sent by the employer direct to her family in the Philippines; she never saw a payslip.

Her passport was held by the employer's wife. When R asked to phone her children, she was allowed once a month, with the wife listening. The son of the family shouted at her and once threw a plate at her. She left the house when the family were away, after a Filipino woman at church gave her the number of a charity. She is afraid the family will report her to immigration.""",
  "EO AC WW RD IS PV", "lh plc dt iso ncw foa", "D", "h")
E("""Licensing inspection — Cambridgeshire County Council, Houses in Multiple Occupation

Property: 3-bedroom semi, Fengate, Peterborough. Licence holder: private landlord (not an employer).

Found: 7 adult occupants (Polish and Portuguese) on individual tenancies, all employed at different warehouses or factories and paying rent directly by bank transfer. Bedrooms of adequate size except the box room, which was below minimum size and is to be vacated within 28 days. Fire doors missing on kitchen. No occupant reported any problem with the landlord; all had keys and their own documents.

Outcome: improvement notice for fire safety and room size. No safeguarding concerns.""",
  "", "", "")
E("""Debrief (first person, translated from Romanian)

In Romania I was working in the fields for 50 lei a day. A neighbour said his cousin in England has a company and needs women for a chicken factory, 10 pounds an hour, house and transport included. I paid him 200 euro for the bus. In England the cousin took our identity cards to 'make the national insurance'. We were six women in one room with bunk beds in a house in Wisbech.

The first month he said we get no money because we must pay the bus, the house and the 'papers'. The second month I got 150 pounds. When I said I will go to the police he laughed and said the police are his friends and that my daughter in Romania goes to school at number 4 and he knows the road. After this I was afraid. I stayed five months. A Polish lady at the factory gave me the number of the helpline.""",
  "DE RD WW DB IT AC", "uf dt oc", "L", "h")
E("THIS COUNTRY IS A JOKE!!! the house on my street in boston has 15 foreigners in it and the council do NOTHING. they all park on the pavement. SORT IT OUT",
  "", "oc", "")
E("my freind from work at the factory in lowestoft says his boss keep his pasport and bank card and gives him 30 pound a week the rest he says is for the house. he is scared to say anything. please dont use my name",
  "RD WW", "dt ncw foa", "L")
E("Organ trade intel 2/C/C: Facebook group in Romanian advertising 'kidney for sale, good price, England' with a UK mobile number. Linked account belongs to a male in Peterborough. One woman from Wisbech told a friend she had been offered £8,000 and was being pressured to go to 'a clinic in Istanbul' to pay off money she owes him for rent.",
  "DB AV", "", "O")
E("Ward sister note, Norfolk and Norwich: Patient, 34, Moldovan male, presenting with complications of a nephrectomy scar. Patient says the operation was done 'in Turkey' last year. Pressed gently, he said men in Boston told him it would clear his debt for the journey; he was paid nothing and still owes them. He is frightened and wants to leave the ward.",
  "DB DE AV", "foa", "O", "h")
E("Renal team: live kidney donation between two sisters from Peterborough approved after HTA interview. Both spoke freely without family present. Routine.",
  "", "", "")
E("2/B/P. Cash-for-kidney broker reported in Cambridge community — targeting homeless Eastern European men, promising £15,000 and travel to 'a hospital abroad'. One man, a heroin user sleeping rough near the station, was taken to the airport by the broker and has not been seen since.",
  "AV", "et", "O")
E("Heard about a girl in Norwich who was made to marry a man here so he can stay, her family took money from him. she cleans his house and his mum's house all day and can't go out without the mum. she's 17",
  "AV RM", "rm", "D", "h")
E("Kalayaan-style intake: Indonesian domestic worker, 45, came with a Qatari diplomat's family to a rented house in Cambridge for the summer. Says she works every day from 6am to 11pm, eats leftovers and sleeps on the kitchen floor. Her passport and phone are with the employer. She has not been paid since January. She ran out when the driver left the gate open.",
  "EO AC RD IS WW", "lh saw dt iso", "D", "h")
E("Au pair, Spanish, 20, came via online agency to a family in Saffron Walden. Advertised as 25 hours a week childcare with pocket money of £90. Family has her cleaning the whole house, doing laundry for 6 and caring for the grandmother, 60 hours a week, and have paid her £90 once in 6 weeks. She has her passport and is in touch with her parents.",
  "DE EO WW", "lh", "D")
E("Au pair from Slovakia, 19, living with family in Norwich — visited by an agency coordinator as routine. Has own room, works agreed hours, has evenings off and language classes paid. She's homesick but happy. No concerns.",
  "", "", "")
E("Referral: Bangladeshi woman, 28, came on spouse visa to husband's family home in Ipswich. She cooks, cleans and cares for the in-laws; not allowed out of the house alone, her passport is kept by the father-in-law, and she has no money of her own. Mother-in-law hits her. Husband says she will be sent back in disgrace if she tells anyone.",
  "RM RD PV IT IS", "rm dt iso", "D", "h")
E("Domestic abuse log, Bury St Edmunds: Wife (British, 35) reports husband controls all their finances and checks her phone. She works as a teacher, he takes her salary into the joint account. Coercive control crime recorded. No modern slavery indicators.",
  "", "", "")
E("NGO note: Pakistani grandmother brought to the UK by her son in Peterborough 'to help with the children'. She cooks, cleans and does the school run for three households of relatives and is never allowed to go to the mosque or to visit anyone. Her son keeps her passport and her pension from Pakistan. She told the volunteer 'I am their servant, not their mother'.",
  "RD RM", "dt rm ncw", "D")
E("overheard at the bus stop some romanian lads talking about a man called Gica who keeps everyones id cards in his car, and they all have to pay him 50 a week for the job. they work on the carrots near ely",
  "RD", "dt", "L")
E("theres a polish man in his 60s living in a tent by the forest in thetford. he says he came for the sawmill 2 yrs ago, job finished, now hes homeless and drinking. he has his papers. can someone help him with benefits",
  "", "", "")
E("Debrief (male, Albanian, 24): 'They said the work is in construction in London, good money. When I arrived they took me to Norfolk, a house in the woods with plants. The man said I work here to pay £15,000 for the journey. Every week he says more because of food and electricity. I was alone, no phone, no one to talk, for four months.'",
  "DE DB IS", "iso", "C", "h")
E("2/B/P. Cannabis grow, 3-bed semi, Sleaford. Vietnamese male (adult) arrested inside. States he had been there 'since the rain', which officers estimate as 6 weeks. Front door deadlocked, no key found inside. Mattress in the upstairs bathroom. Food tins only.",
  "RM AC", "rm saw plc", "C")
E("young lad on a bike delivering stuff round our estate at all hours, cant be more than 12, older guy in a bmw gives him packages. same every night",
  "AV", "", "C", "h")
E("Shoplifting ring — Norwich city centre. Three Romanian women aged 20-30 arrested with stolen perfume. In interview one says a man brought them from Craiova 'for cleaning jobs' and now drives them to shops each day and takes the stolen goods. He keeps their ID cards. If they come back with nothing he hits them.",
  "DE RD PV", "et dt", "C", "h")
E("Benefit fraud alert, DWP: Universal Credit claims for 9 Bulgarian adults all at one address in Peterborough, all paid into accounts accessed from the same device and withdrawn at one ATM. Claimants interviewed say a man 'helped' them with the forms and keeps the cards as 'payment'.",
  "", "ncw mbc", "C")
E("Just want to say the Polish lads working at the garage down our road are paid well and treated fine. My son works there too. Its nothing like what they say on the news.",
  "", "", "")
E("IP states that the gangmaster 'Costel' posted a video in the workers' WhatsApp group of a man being beaten, and said 'this is what happens to people who talk to the GLAA'.",
  "IT", "", "L")
E("2/A/P. SAR: 14 payroll payments from Lincs labour provider paid into single acct held by director's wife. Payees' own accts receive £50 p/w each.",
  "WW", "ncw", "L")
E("Log: Burglary non-dwelling, farm office nr Holbeach. Laptop + cash box taken o/n. No susp, no CCTV. Crime ref issued.",
  "", "", "")
E("neighbours dog barks ALL DAY while they're at work, driving me mad",
  "", "", "")
E("Log 0342: HGV driver at Felixstowe docks reports knocking from inside his trailer. BF attended, trailer opened — load shifted, no persons found. NFA.",
  "", "", "")
E("Log: theft of pedal cycle, Cambridge rail stn. IP Polish student. CCTV req from GTR. No lines of enquiry.",
  "", "", "")
E("Romanian worker says the agency paid him a week late in August but paid in full.",
  "", "", "")
E("Log 0203: Sec 4 PO, Broadway Peterborough. 2x males fighting o/s kebab shop, both intox, arrested. Both local residents, employed. NFA re MS.",
  "", "", "")
E("She says she has her passport and can leave whenever she wants.",
  "", "", "")
E("Not reporting the workers, they seem fine, no concerns about them at all — its the PARKING. vans on the verge every morning!!",
  "", "", "")
E("3/B/P. Landlord (UK nat) Wisbech renting rooms w/o HMO licence. Tenants pay own rent by BACS, own employment. Council enforcement only.",
  "", "", "")
E("Packhouse worker complains pay is only minimum wage and wants a rise. Advised re union.",
  "", "", "")
E("Log: MISPER (F, 27, Pakistani heritage) from Ipswich, located safe and well at sister's address Leicester. Spoken to alone, no concerns. MISPER closed.",
  "", "", "")
E("Worker fell off ladder at a warehouse in Bedford, broken wrist. RIDDOR report filed by employer.",
  "", "", "")
E("Log: fly-tipping, 12 mattresses, rear of Wardentree Lane ind est, Spalding. Council to clear. No link to any address established.",
  "", "", "")
E("2/B/P. Vietnamese male (DOB 1998) claimed asylum at Lunar House, holds own passport, lives with cousin in Cambridge, MS screening nil. NFA.",
  "", "", "")
E("2/A/P. Welfare visit to flat used for sex work, Norwich. 3 females (Romanian, Brazilian, British), all say they work for themselves, keep their money, hold own docs. No coercion found. Leaflets left.",
  "", "", "")
E("Student from Nigeria says her employer at the care home is strict but pays on time and she lives independently.",
  "", "", "")
E("my boss at the car wash shouted at me for being late lol, other than that its a good job and he pays us fine",
  "", "", "")
E("Caller heard a rumour the Polish shop owner 'owns' his staff. On enquiry, staff are family members and share profits.",
  "", "", "")
E("Log: theft of JCB Fastrac o/n from yard outside Chatteris. GPS tracker active, last ping A141. Rural crime team informed.",
  "", "", "")
E("If she had refused, he might have hit her, she thinks, but he never did and she left when she wanted.",
  "", "", "")
E("the lithuanian guy on my line at the fish factory looks shattered all the time, i asked and he said he has a newborn and doesnt sleep. just keeping an eye",
  "", "", "")
E("2/C/P. Pop-up brothel, Premier Inn Ipswich (A14 jct 57), advertised on Vivastreet 28/11. Female in photos appears approx 16.",
  "AV", "", "S", "h")
E("1/A/P. Stop search, Lowestoft: male (14), 20 wraps crack cocaine. States 'I have to, they'll batter me'. Line name 'Bando' believed Essex.",
  "AV IT", "", "C", "h")
E("Guy at the nail bar has three girls' passports in his jacket, I saw them when he paid.",
  "RD", "dt", "L")
E("boss took my phone, i dont no where this house is, please help me",
  "IS", "iso", "", "i")
E("2/B/P. Sub reports packhouse worker (Moldovan, 30s) said 'I owe the boss for the flight, so I can't leave until it's paid'.",
  "DB", "", "L")
E("2/A/P. Driver 'Marek' collects 9 women from Boston at 0400 for the poultry plant, takes £12 each a day.",
  "", "ced ct", "")
E("Elderly Polish man in Kings Lynn says his 'friend' keeps his pension card and gives him £10 a week.",
  "", "ncw", "")
E("""Officer handover — late turn to nights, Peterborough

1. Concern for welfare at Millfield: Romanian female (approx 19) flagged down PCSO near the Lincoln Road shops at 2130. Distressed, little English. Using phone translation she said she had 'run from the house' where she was 'with men for money' and that the man called 'Florin' would kill her for running. She has no bag, no phone and no ID, only the clothes she was wearing. Bruising to her wrists. She is now at Thorpe Wood with an interpreter booked for the morning. Florin and the house not yet identified; she thinks it is near a church with a green roof.

2. RTC on the A47, no injuries, vehicles recovered.

3. Shoplifter at Queensgate, British male, bailed.

Please chase the interpreter and PVP unit first thing.""",
  "PV IT", "fpe pa", "S", "h")
E("""Debrief — Male, 17, Vietnamese (age disputed; treated as a child)

'My family borrow money from a man in our village for me to go to England, to work and send money back. I went by plane to Russia and then walking and trucks. In France I stay in the camp, then a lorry. In England a man picked me up and took me to a house. He said I must look after the plants to pay the money my family borrow. He gave me a phone with only his number. Every day I watered the plants and changed the lights. I could not go outside, the windows had wood on them. Once the man came and hit me because some plants were dead. He said if I run his friends in Vietnam will go to my mother's house.

When the police came I hid in the loft because the man said police in England beat people and put them in prison forever.'""",
  "AV DB RM IS PV IT AC", "rm iso foa", "C", "h")
E("""GLAA inspection report (summary) — Licence holder: agricultural labour provider, South Holland

The inspection followed a complaint by a former worker. 38 workers interviewed at two farms, most Bulgarian, with interpreters.

Findings: workers are charged £30 a week for transport to the fields in the provider's minibuses, and £10 a week for 'equipment' (knives, gloves and wet-weather gear). Several workers had paid 'registration fees' of €150 to a recruiter in Bulgaria who is a relative of the licence holder. Accommodation is in a mobile home park; three caravans held 6 people each in spaces meant for 4. Payslips show deductions but net pay is above NMW; workers have their own bank accounts and documents, move freely and several have changed employer without penalty.

No workers reported threats or violence. Outcome: licence conditions breached (fees, PPE charges, accommodation standards); additional licence conditions imposed. Not assessed as forced labour.""",
  "AC", "ct ppe uf oc", "L")
E("""Call summary (Crimestoppers, anonymous, edited)

Caller works at a warehouse in Corby-side of the county boundary but lives in Wisbech. On the shuttle bus from Wisbech each morning there are a group of six Romanian women who get on with a man who sits at the front. He has all their phones in a carrier bag and hands them back when they get off at the site, then takes them back at the end of the shift. Caller says one of the women told her in the toilets that they live in his house, that he keeps their wages, and that 'we can't go anywhere, he is always there'. The woman said she had been there since June and her son in Romania has not had any money from her.

Caller is worried for the women but is scared of the man, who is big and shouts a lot.""",
  "IS WW RM", "iso et ncw rm sfw", "L", "h")
E("""Caseworker note — Salvation Army, Norfolk

Client B (Polish male, 48) referred from a night shelter. History of alcohol dependence. Recruited in 2022 by a Polish man at a hostel in Leszno who offered 'work on a farm with a house'. Brought by minibus to a farm near Swaffham. He lived in an old static caravan with three other men, no heating, one gas ring, holes in the floor. He worked picking and packing from 5am, often until 9pm, seven days a week in the season. He was told his wages went to 'the boss's company' to pay for the caravan, food, alcohol and the minibus. He received beer and cigarettes and, occasionally, £20.

B says he was 'kicked like a dog' by the boss's son when he was too drunk to work. He left when a farm worker drove him to a shelter in Norwich. He is not sure of the boss's surname. He still has his Polish ID card which was returned to him when he left.

NRM referral submitted with consent.""",
  "AV DE AC EO WW PV", "plc oc lh ncw", "L", "h")
E("""Public report — online form (verbatim)

hello i dont no if this is the rite place. my sister in law is from the philipines she came to work as a nanny for a rich famly in cambridge near the university. she is not allowed out on her own EVER, she has to ask the lady if she wants to go to the shop and the drivers goes with her. she gets up at 5 and goes to bed at 1 in the morning she does cleaning cooking the kids everything. they took her phone so she messages us from the kids ipad when they are at school. she says she has not been paid for 4 months they say they send it to her family but we never got anything. please help her she is so scared""",
  "RM IS EO WW", "rm et iso lh", "D", "h")
E("""Intelligence report 1/B/P

A hand car wash operating from a former petrol station on the A14 near Bury St Edmunds is staffed by approximately eight Kurdish and Albanian males. Source (who has worked there) states that the manager, known as 'Hevi', takes on men who have just arrived in the UK by small boat. They are told they will be paid £60 per day but are given £20, 'the rest going to the people who brought you'. They sleep in a shipping container behind the car wash with no toilet. They are not allowed to leave the site except on Sunday afternoons, when Hevi drives them to a supermarket. Hevi has told the men that if they talk to anyone he will call the Home Office and they will be sent to Rwanda.

Source left after three weeks and is now in asylum accommodation in Ipswich.""",
  "DE WW DB AC RM IT AV", "saw plc rm et foa", "L", "h")
E("""Safeguarding referral — from a school in Peterborough

Pupil: 12-year-old boy, Slovak Roma, Year 7.

He arrived at school very tired again today and fell asleep in maths. When asked, he said he goes with his uncle every evening and at weekends to clean offices in the city centre and then to a restaurant kitchen to wash up, and he gets home at about 1am. He said the uncle gets paid and he is given 'money for sweets'. His mother was spoken to and said the family needs the money and the uncle is helping them. The boy has bruises on his upper arm which he says are from the uncle 'pushing him to go faster'.

We have referred to Children's Social Care and the police.""",
  "AV EO WW PV", "lh pa", "L", "h")
E("2/B/P. POI 'Dritan' (Albanian, 30s) recruits women in Tirana on Instagram with offers of waitressing in London; they are instead placed in flats in Norwich and Ipswich and advertised for sex. He holds their passports and collects all earnings via Revolut accounts opened in their names.",
  "DE RD WW", "dt ncw", "S", "h")
E("girl in the flat above the vape shop cries every night and men come and go, a man with a lanyard of keys locks the door when he leaves, i can hear the bolt. i think shes in there now",
  "RM", "rm", "S", "i")
E("CSE intel 2/C/P: 13yo girl from Huntingdon being picked up from a children's home by males in a grey Golf, taken to hotels in Peterborough. Suspected to be passed between men. Child has disclosed rape to a friend.",
  "AV PV", "", "S", "h")
E("Met a lady at the women's refuge in Ipswich. She's from Hungary. She told me the man who brought her said she'd be a nanny, but she was made to do webcam shows in a flat in Felixstowe and he kept everything she earned. He had her passport. She got out when he went to prison for something else.",
  "DE WW RD", "dt ncw", "S", "h")
E("3/C/P. Analyst note: Vivastreet ad 'Young Thai girl, new in town, Cambridge, 24/7, outcalls'. Same tel on 4 ads in 4 cities in 1 week, different females. Suggests 3rd party movement.",
  "", "", "S")
E("Victim statement (interpreted, Chinese female, 44): She says she answered an advert in Fujian for restaurant work in England. She paid 80,000 yuan to an agent. When she arrived she was taken to a 'massage shop' in Cambridge and told she must give 'special service' to men. She was kept in the shop and slept on the massage table. The boss said the police would put her in prison because she has no visa.",
  "DE AC IT AV", "uf saw foa", "S", "h")
E("2/B/P. Sex worker (Romanian, 26) in Peterborough told outreach she works for herself and rents the flat with a friend; she has her own documents and money. Outreach recorded as no exploitation indicators, continued contact.",
  "", "", "")
E("Barnardo's referral: 16yo boy in Cambridge, Looked After, has been 'going out' with a 28-year-old man he met on Grindr who gives him drugs and money and takes him to parties where he is expected to have sex with other men. Boy says he owes the man for the drugs.",
  "AV PV DB", "", "S", "h")
E("Text message forwarded by friend: 'they lock us in, there are 4 girls, address is something like 27 Hawthorn, Lowestoft, he is coming back tonight, he says he will kill me if I run'",
  "RM IT", "rm", "S", "i")
E("2/B/P. Hotel mgr, Thetford: male booked rms 12 + 14 for a week, cash. Multiple male visitors to rm 12 (young female). Male in rm 14 brings her food and takes her phone when he leaves.",
  "IS", "iso", "S", "h")
E("3/C/P. Unconfirmed: a man in Lincoln sells access to 'his girls' who he brought from Slovakia; he tells them they owe him for the flights and the flat.",
  "DB", "", "S", "h")
E("NHS sexual health clinic, Norwich: Female patient, 22, Brazilian, attends for STI testing. Discloses she does escort work independently and is happy with it; offered support services which she declined. No safeguarding concerns.",
  "", "", "")
E("1/A/P. Cuckoo address on the Hartford estate, Huntingdon. Occupant, 52, with learning disability, has been made to hold drugs and cash by dealers from Luton who have moved in. Source saw one of the men slap him on 3/12 and take his bank card. He now sleeps in the hallway.",
  "AV PV", "ncw", "C", "h")
E("1/A/P. Shoplifting, Lidl Wisbech. Male child (11, Romanian) detained; adult female with him decamped. Child states 'aunt' brings him out daily to steal and will hit him if he returns with nothing.",
  "AV IT", "", "C", "h")
E("Begging intel, Cambridge: Group of 6 Romanian adults with disabilities begging on King's Parade, dropped off by a man in a black Transit at 0800 and collected at 1800. One woman told a volunteer that the man takes all the money and gives them food.",
  "AV WW", "ced et ncw", "C")
E("2/B/P. Money mule, Norwich. POI unknown (Snapchat 'dazz.biz'). IP student (18) let account be used for 'business payments' for £200; now threatened with release of photos if he stops. £40k+ through acct.",
  "IT AV", "", "C")
E("1/A/P. County lines, Chantry, Ipswich. Male (17) from London found at flat with knife wounds; sent 'to work', cannot go home until he pays off drugs seized from him.",
  "AV PV DB", "pa", "C", "i")
E("2/B/P. Fraud: ID docs of 12 Lithuanian workers used to open credit cards and take loans. Workers (meat plant) state employer 'kept our ID for payroll', never returned.",
  "RD", "dt", "C")
E("neighbour kid keeps getting in cars with older lads, his mum says she cant control him, hes only 14 and he had a black eye last week",
  "AV", "pa", "", "h")
E("Courier company (parcel depot, Peterborough): drivers are self-employed contractors, some complain the December peak is busy and the rates are low. They choose their routes and are paid direct. Not modern slavery; employment status query passed to HMRC.",
  "", "", "")
E("3/C/P. Wife of Romanian deckhand, Grimsby-registered trawler: husband at sea 3 wks, skipper won't let him call; before sailing he told her skipper took his ID.",
  "IS RD", "iso dt", "L")
E("Intel 2/B/P: Eritrean teenagers (15-17) living at an adult's address in Ipswich; he takes them to a restaurant kitchen in Colchester every night and keeps what they are paid, saying it pays for the crossing.",
  "AV WW DB", "et ncw", "L", "h")
E("2/B/P. Subject GHEORGHE, Vasile (DOB 03/05/1977) — packhouse supervisor, Long Sutton. Sub reports he sells shifts to workers at £20 a time. Workers who don't pay get no hours. No accommodation or document concerns reported.",
  "", "uf", "")
E("The boss at the flower farm paid us two weeks late in the spring becuase the supermarket paid him late. He said sorry and paid everything with extra £50. I stay working there, it is ok.",
  "", "", "")
E("Factory worker, Ipswich, says his employer owes him £230 for overtime and is refusing to pay. He has left the job and has his own bank account and flat. Advised re employment tribunal. Not exploitation.",
  "", "", "")
E("Agency worker in Norwich complains that her payslips are confusing and she thinks the holiday pay is wrong. She is free to change agency and has done so before. Referred to EAS.",
  "", "", "")
E("farm down our lane works the foreigners to death!!! well i havent actually spoken to any of them, just see them in the fields in the day, but you hear things",
  "", "", "")
E("Welfare check at a Thai restaurant in Stamford after a customer report. Staff interviewed separately, all hold their own passports and have bank accounts and rented rooms in town. The customer's concern was about a waitress crying; she had just had bad news from home.",
  "", "", "")
E("2/A/P. IE visit, Kurdish barber shop, Millfield, Peterborough. 1 male no RTW, arrested. Paid own way, lives with cousin, paid same as others. No NRM indicators.",
  "", "", "")
E("There was a man from Romania in our church who said he was exploited at a farm, but when the vicar helped him it turned out he just didn't like the work and wanted to go to London. He had his papers and his wages.",
  "", "", "")
E("Neighbour dispute, Boston: Polish and British families arguing about a shared driveway. Threats exchanged verbally. Both parties warned.",
  "", "", "")
E("2/B/P. Bank report: customer (Latvian, 40) card used by brother while customer in hospital, with consent. No concerns. NFA.",
  "", "", "")
E("my daughter is 12 and helps me clean offices on saturday mornings for pocket money, 3 hours, home by lunch. the school nurse asked about it so I am writing to explain.",
  "", "", "")
E("Farmer near Wisbech rang to ask how to check his new labour provider is licensed. GLAA register checked — licensed. Advice given.",
  "", "", "")
E("Student from India in Cambridge says he works 20 hours a week in a café and the owner pays cash below minimum wage. He is free to leave and keeps his pay. Referred to HMRC for NMW.",
  "", "", "")
E("2/C/P. Nail bar on Bridge St, Peterborough. Vietnamese staff seen arriving together at 0930 in a car driven by the owner, leaving at 1900. Enquiries: staff are the owner's relatives, live in a family house, paid through payroll. NFA.",
  "", "", "")
E("Log: Romanian ID card handed in at Spalding PS by MOP. Owner traced, collected same day.",
  "", "", "")
E("Log: Caller (Wisbech) angry husband (Lithuanian) dismissed from meat factory for lateness. Civil/employment matter. No MS concerns.",
  "", "", "")
E("Press: Norfolk poultry firm praised by GLAA for worker welfare scheme giving all staff free English lessons and a confidential helpline.",
  "", "", "")
E("Log: Male (Latvian) at Lowestoft JCP with no money — wages paid to ex-wife's acct in error; employer corrected same day. NFA.",
  "", "", "")
E("Public report: 'there's a guy in a Range Rover who drives round the car washes in Norwich collecting envelopes of cash off the workers every Monday, they look scared of him and one said he pays their rent and they get whats left, which is nothing'",
  "WW", "ncw foa", "L")
E("Log entry 2/B/P: Sudanese male, 23, at Felixstowe port says a man at the lorry park offered him warehouse work and a room for £500 upfront; he paid, the man disappeared. Fraud, no ongoing exploitation.",
  "", "uf", "")
E("2/B/P. IP (Romanian, 19) states 'Boss has the passports of all the girls in a drawer, we only get them to show at the bank'. Works at a nail bar, Cambridge.",
  "RD", "dt", "L")
E("they told me the job was picking strawberries for £11 an hour. it was cleaning chicken sheds at night and they pay by the shed not the hour, sometimes i get £3 an hour",
  "DE", "", "L")
E("I came to Lincolnshire for the factory. The agency lady she tell me I must live in her house, it is the rule. 8 people, one bathroom, £90 a week each, and she comes in to our rooms when she wants.",
  "AC", "oc", "L")
E("Intel 2/B/P: Workers at a Boston packhouse complain they work 16-hour shifts six days a week during the Christmas season, with threats of being 'finished' if they refuse overtime.",
  "EO IT", "lh", "L")
E("the polish man who lives in the garage at the builders yard on Station road has been there all winter with a paraffin heater, he works for the builder all day and the builder says he doesn't need paying because he gets the garage",
  "WW AC", "saw plc", "L")
E("GP note, Spalding: Patient (Bulgarian, 33) attended with burns to his hands from cleaning chemicals at a factory. No gloves were provided and he was told to buy his own. He lives with 12 others in a house arranged by his agency and his wages go to the agency's account first.",
  "AC WW", "ppe oc ncw pa", "L")
E("2/B/P. IP (F, Kenyan) states 'the sponsor' took her passport on landing at Heathrow; she was driven to a house in Cambridge where she cleaned and cooked for two years.",
  "RD", "dt", "D")
E("2/A/C (police only). Indian family in Peterborough brought a 16yo relative from Punjab; he works in their shop from 7am to 11pm and does not attend school. Source saw him being hit by the shop owner.",
  "AV EO PV", "lh", "L", "h")
E("3/B/P. Cockle gang, the Wash. Member told outreach 'the leader keeps our pay for our own safety, and we get it when we go home'. None have gone home in 2 yrs.",
  "WW", "ncw", "L")
E("Construction intel: Romanian labourers on a housing site in Ely are bussed from Peterborough at 0530, pay £15 a day for the bus, and sleep in the site cabins during the week. Site manager says it's their choice.",
  "", "ced ct saw", "")
E("Told them I was 15 but nobody listened. The man said I must stay inside, keep the lights on and watch the plants. When I cried he said he would send the photos of me to my village. I did not see the sun for two months.",
  "AV RM IT", "rm", "C", "h")
E("Call summary: A Filipino nurse says her recruitment agency charged her £6,000 'repayment' for training if she leaves her NHS trust job before 3 years. She wants to leave because she is bullied. She has her passport and her wages. Advice given; possible unfair contract. No forced labour.",
  "", "", "")
E("My daughter is 13 and some grown man on snapchat sent her disgusting pictures and asked for some back. she blocked him and told me. What do I do?",
  "", "", "")
E("Debrief (Slovak man): 'The boss said the rules are: no phone in the house, no talking to the English, no going out at night. If you go out, you lose the job and pay him £500 for the bed you did not use.'",
  "IS RM IT", "iso rm", "L", "h")
E("Suffolk Police — 2/B/P. Chinese national 'Ah Wei' runs three 'massage' premises; women rotate weekly between Ipswich, Bury and Newmarket and are driven by him, live on site and keep 'a little' of the money.",
  "WW", "et saw", "S", "h")
E("Care home worker (Zimbabwean, 36): Her sponsor takes £200 a month from her pay 'for the visa'. She works 70 hours and is paid for 48. She is told she cannot complain because she will lose her visa.",
  "WW EO IT AV", "lh", "L", "h")
E("""Intelligence report 2/B/C (handling: not to be disclosed to the labour provider)

Location: Poultry processing site, near Attleborough. Persons: approx 25 agency workers, Romanian and Bulgarian.

Source, who works on the evisceration line, reports that a group of workers recruited by one sub-agent, POI 'Marian', arrive in two people carriers at 0415 for the 0600 shift and are picked up at 1900, after a 'double'. Marian stands at the gate and speaks for them with the supervisors; they are told not to talk to other staff. Source has seen Marian using a stack of bank cards at the Tesco cashpoint in Attleborough on Friday evenings while the workers waited in the car.

One female worker told source she arrived with nothing but a carrier bag, that Marian 'looks after' her card, and that she had to sign a paper saying she owes him £1,200 for travel, which is growing because he charges for the car every day. Source describes the workers as thin, with poor clothing for the cold.""",
  "WW DB IS EO", "ced sfw mbc ncw fpe ct pa iso lh", "L", "h")
E("""Debrief extract — Female, Nigerian, 29 (through Salvation Army support worker)

She says she was told in Lagos that a woman in England needed a housekeeper and would pay for her to study nursing. The woman, a relative of her pastor, met her at Stansted and drove her to a house near Norwich. She was not given a key. She cooked, cleaned and looked after three children and the woman's elderly father, who needed help at night, so she rarely slept more than four hours. She was never paid; the woman said her money was being saved 'for the nursing course'. She was not allowed to use the phone and was told that English people would report her and she would be put in a detention centre.

After the woman's husband tried to get into her room at night she ran out of the house to a neighbour. She arrived at the refuge with no possessions and no documents; her passport is still at the house.""",
  "DE RM EO WW IS IT RD AV", "lh iso foa fpe dt rm", "D", "h")
E("""Licensing note — Breckland Council, street trading and scrap metal

Inspection of a waste and scrap recycling yard near Dereham following complaints about burning. Six workers present, all British or Irish. Yard owner showed employment records and payslips. Two workers live in caravans on the yard by their own choice and pay no rent; both have their own vehicles and phones and said they are free to come and go. No modern slavery concerns. Environmental permit breach referred to the Environment Agency.""",
  "", "", "")
E("""Referral from Unseen helpline — Construction, Cambridge

Caller is a Romanian builder who has been working on a loft conversion project for a British contractor. Caller's cousin and two other men were brought over by the contractor's Romanian foreman in February. They live in the house being renovated, sleeping on the floor among the tools and dust, with no hot water. They are given £50 a week 'for food'; the foreman says the rest is kept to pay their flights and 'the agency'. He has their ID cards. They work from 7 in the morning until dark, Saturdays too. When the cousin asked for his money, the foreman punched him and said he would tell the police he was a thief.

Caller wants advice; he is scared of losing his own job.""",
  "WW DB RD EO PV IT AC", "saw plc dt lh ncw", "L", "h")
E("""Internal review — Wisbech Neighbourhood Team

Over the last quarter we have received seven reports about a house on Lynn Road with many workers living there. Visits on three occasions found 9 adults, Latvian and Lithuanian, each with their own tenancy agreement with a letting agent, working for three different employers. All had access to their own documents and bank accounts; none reported threats or debts. The house is crowded but within the HMO licence. Concerns from neighbours relate to parking, rubbish and noise.

Recommendation: no further action as a modern slavery matter; refer to council for waste enforcement.""",
  "", "", "")
E("""Victim impact statement (extract), Polish male, 38

'For me the worst was not the work. I worked in a recycling plant in Norfolk, sorting rubbish on a belt with broken glass and needles, twelve hours every night. The worst was that I had no name there. He called us by numbers. He kept my passport in a bag with the others and when I asked for it he said 'you are mine until you pay'. The debt was for the bus, the room and 'finding the job'. Every week it was bigger, never smaller. I thought I would die there.'""",
  "AC EO RD DB", "lh dt", "L", "h")
E("Organ harvesting debrief: Eritrean man, 26, held in Sinai and later in Libya, says smugglers took some detained men 'to the doctors' and they came back with big scars; he was told he would be next if his family didn't pay. He now lives in Peterborough.",
  "PV IT RM", "rm", "O", "h")
E("Cambridge — 2/B/P. Sudanese asylum seeker approached at hotel by a man offering to 'buy his kidney' for £7,000 to pay his smuggling debt. He refused. Man said he would 'find him again'.",
  "DB AV IT", "", "O", "h")
E("Live donor assessment note: potential donor, 25, says he is donating a kidney to his uncle in Luton. Under questioning he disclosed that the uncle paid his family's debts in India and that he was told he 'had no choice'. Assessment halted, safeguarding referral made.",
  "AV DB", "", "O")
E("Girl from the kebab shop at the seafront in Yarmouth sleeps in the store room, shes not english and the owner screams at her, she works till 3am every night",
  "AC EO", "saw lh", "L")
E("2/C/P. Roma family in Peterborough said to use a disabled relative for begging in Cambridge, taking all money. Not corroborated.",
  "AV WW", "ncw", "C")
E("3 slovak men sleeping in a car outside the Lidl in boston, they say they were brought to work on the farms and thrown out when they asked to be paid",
  "WW", "plc", "L")
E("my mate's 'boyfriend' in cambridge set up an onlyfans with her pics and keeps ALL the money, tells her no one else would want her. shes 20. its so wrong",
  "WW", "ncw", "S", "h")
E("Border Force, Harwich: female, 17, travelling with a man who is not related and who holds her passport and ticket; she says she is going to 'work in his friend's house' in Ipswich. Safeguarding, held at port.",
  "AV RD", "dt sfw", "D", "h")
E("Probation note: offender (British, 31) disclosed that the man who ran the county line made him hold a kilo at his flat in Norwich and said he'd burn the flat down with his kids inside if any went missing.",
  "IT", "", "C")
E("2/C/P. Vietnamese female (lodger, Peterborough) works at nail bar, home at midnight daily; says salon owner keeps her wages in 'a savings book' she isn't allowed to see.",
  "WW EO", "ncw lh", "L")
E("1/A/P. Cannabis grow, Diss. Two Vietnamese males found. One says a man took his photo and said 'we know your family's house in Nghe An'.",
  "IT", "", "C")
E("2/B/P. Outreach, Norwich: Slovak male (50s) states he was 'sold' by one gangmaster to another for £300; now works at chicken farm for food and a bed in the barn.",
  "WW AC", "saw", "L")
E("Report: Indian restaurant in Bury employs the owner's nephew, 19, who lives with the family and is paid. He is studying part-time. Visit found no concerns.",
  "", "", "")
E("my husband asked for extra shifts at the fish factory this month coz we're saving for a car, hes tired but he gets paid overtime and can stop when he wants. im just worried about his health",
  "", "", "")
E("Log: ANPR stop A16 nr Kirton — minibus VRM LR15 OKD, 14 workers in 9 seats. Driver unlicensed, vehicle seized. Workers say they pay £8 a day for the lift. No other concerns disclosed.",
  "", "ct", "")
E("2/B/P. Packhouse, Kirton. Romanian female (30s) told team leader she wants to leave but 'the man' has said he will take her daughter if she does.",
  "IT", "", "L")
E("2/B/P. Slovak Roma couple, Peterborough, recruited via Facebook for 'hotel housekeeping in Cambridge'. Now working 7 days in a laundry on an industrial estate. Employer's brother took their phones 'for the company' and they don't know the address of the house they are taken to at night.",
  "DE EO IS", "lh iso", "L", "h")
E("my cousin works at a car wash in kings lynn, the owner doesnt let them have phones at work or at the house, they are 5 lads in one room above the garage, no heating. they have to ask permision to go to the shop",
  "IS RM AC", "iso rm oc plc saw", "L", "h")
E("2/B/C. IP states nobody in the house (Lincoln) allowed to speak to neighbours, curtains always shut, boss changes the WiFi password daily so they can't call home.",
  "IS", "iso", "")
E("Log 2/A/P: Domestic worker, Ethiopian, 23, at a private house in Newmarket owned by an overseas racing family. Source (gardener) says she never leaves the property, has no phone, and works from dawn until the family go to bed.",
  "RM IS EO", "rm iso lh", "D", "h")
E("1/B/P. MISPER — Albanian male (15) missing from foster care, Suffolk, 3rd time. Prev found at cannabis grow in Essex. INT suggests back with those who brought him; says he 'owes' them.",
  "AV DB", "", "C", "i")
E("hi my frend from romania is in a house in peterborough she says she came for job in a shop but the man makes her go to hotels with men and he has her id. she is scared he beat her last week. she is there now i have the adress",
  "DE RD PV", "dt", "S", "i")
E("Interpreter's note for OIC: He keeps saying 'paper' — he means his passport. He says the man from the agency took it at the airport, 'to check the visa', and he has not seen it since. He is also saying the first three weeks of pay were 'for the agency' and he got nothing.",
  "RD WW", "dt", "L")
E("Witness: 'We were told the work was in a big hotel by the sea. It was a caravan park in Skegness, cleaning caravans 14 hours a day. We slept in a broken caravan with no water. The boss said we owe him for the bus from Bulgaria and the food.'",
  "DE EO AC DB", "lh plc", "L", "h")
E("Tipster: 'Dave' on the Fenland estate has a lad with learning difficulties doing all his roofing jobs, pays him in cans of lager, and lets him sleep in the van.",
  "AV WW AC", "saw", "L", "h")
E("went to get my nails done in norwich and the girl doing them cant be more than 16, she flinched when the owner raised his voice and had a burn on her hand. she whispered she cant leave and has no money. i felt sick",
  "AV RM WW", "pa rm", "L", "i")
E("3/C/P. Intel suggests a Polish gangmaster in Boston keeps a 'book' of what each worker owes him — rent, transport, loans — and deducts it all; no worker has cleared his debt in over a year.",
  "DB WW", "", "L")
E("Safeguarding referral from a pharmacy in Ipswich: young Chinese woman buying emergency contraception with an older man who paid, spoke for her and held her arm; she mouthed 'help' to the pharmacist. Man drove off in VRM AB21 XKC with her.",
  "", "sfw", "S", "i")
E("2/B/P. Afghan males, 16-17, living in a flat above a pizza shop in Lowestoft, work in the shop until 3am, not enrolled in school. Owner says they are 'nephews'. They were seen being slapped by him at closing.",
  "AV EO PV", "lh saw", "L", "h")
E("the packhouse keep saying my money is 'coming next week', its been 3 months and i havent had a penny. i live in there room so im scared to make a fuss",
  "WW", "", "L")
E("Concern from church, Spalding: Tongan man, 40, came on a seasonal worker visa, the scheme operator took £1,200 for flights which is being deducted from his pay; after rent, transport and the deduction he clears £40 a week and says he cannot afford to go home.",
  "DB WW", "ct", "L")
E("3/B/P. Cafe owner, Felixstowe: lorry driver brings in young female every few wks, she doesn't speak, he orders for her, keeps her passport in his shirt pocket (seen).",
  "RD", "dt sfw", "", "")
E("Debrief (interpreter): He says that in the house in Norfolk they were given only one meal a day and beaten with a belt if they rested in the field. The men who did this told them they would be buried in the field if they ran.",
  "AC PV IT", "", "L", "h")
E("2/B/P. Nom 'Lulu' (Nigerian, 40s) runs a hair salon in Peterborough and is said to keep two Nigerian girls aged 14 and 16 as house servants, cooking and cleaning at her home and working in the salon without pay. They do not attend school.",
  "AV WW", "", "D L", "h")
E("I volunteer at a charity shop in Wisbech. A woman comes in every week to buy clothes for 'the boys' in a big house, men from the factory. They arrive with nothing. The man who carries the bags has all their bank cards in a wallet, I saw about 15.",
  "WW", "fpe mbc ncw", "L")
E("Refugee Council note: Syrian man, 30, in Norwich, says his employer at a car wash pays him £40 a day cash, he keeps it, works 9-6, lives with his wife. Not exploitation.",
  "", "", "")
E("2/A/P. Ipswich A&E: Albanian male (20) electrical burns to hands from a 'loft'. Brought by a male who answered for him and left before police arrived. IP says he works the plants to pay 'the boss' for the boat.",
  "DB AC", "sfw pa", "C")
E("Press summary: A Peterborough woman was jailed for keeping a Romanian man in servitude for six years. He slept in a shed, worked on her horses and did all the housework, and was given no pay. She had convinced him that the police would arrest him if he left the property.",
  "WW AC IT", "plc foa", "D L", "h")
# ---- END DATA ----

def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(DATA, 1):
        inds = [IND[c] for c in ind.split()]
        sigs = [SIG[c] for c in sig.split()]
        typs = [TYP[c] for c in typ.replace(" ", "")]
        if risk:
            r = RISK[risk]
        elif ("physical_sexual_violence" in inds or "sexual" in typs or len(inds) >= 3
              or ("intimidation_threats" in inds and "restriction_of_movement" in inds)):
            r = "high"
        elif inds or typs:
            r = "medium"
        else:
            r = "low"
        out.append({"id": f"f77-{n:03d}", "text": text, "indicators": inds,
                    "signs": sigs, "exploitation": typs, "risk": r})
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh77.jsonl"), "w", encoding="utf-8") as f:
        for o in build():
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
