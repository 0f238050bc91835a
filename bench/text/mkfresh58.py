#!/usr/bin/env python3
"""Hand-written labelled texts for fresh58 (exploitation types in short texts).
Each entry: text || indicators || signs || types || risk-override (optional).
Codes are abbreviated below and expanded; risk is derived from the labels using
the stated convention unless an override is given (i = immediate, h = high)."""
import json, os, glob
IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement",
    is_="isolation", pv="physical_sexual_violence", it="intimidation_threats",
    rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
    ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
    oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
    rsm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
    uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
    lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
    mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

def risk_of(ind, typ):
    if ("physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 or
        ("intimidation_threats" in ind and "restriction_of_movement" in ind)):
        return "high"
    if ind or typ:
        return "medium"
    return "low"

def parse(block):
    out = []
    for raw in block.strip().split("\n"):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("||")]
        while len(parts) < 5:
            parts.append("")
        text, i, s, t, r = parts[:5]
        ind = [IND["is_" if c == "is" else c] for c in i.split()]
        sig = [SIG[c] for c in s.split()]
        typ = [TYP[c] for c in t.split()]
        risk = RISK[r] if r else risk_of(ind, typ)
        out.append(dict(text=text.replace("\\n", "\n"), indicators=ind, signs=sig,
                        exploitation=typ, risk=risk))
    return out

BLOCKS = []
BLOCKS.append(r"""
grow house in loft, lad about 16 living up there with the lamps, never seen leaving || av rm || rsm || C || h
INT suggests flat 4 Dale St being worked by two females, punters coming and going all night. 2/C/P || || || S
running bags to Exeter for a man called Tiny, 15yo nominal, missing from home x3 this month || av || || C || h
cleans and cooks for the whole family, sleeps in kitchen, not been paid since she came from Manila || ww ac || plc || D
pickers at dawn, minibus takes them from the caravans at 4am and back after 9pm, same faces every day || eo || cedl lh || L
Shoplifting at Co-op Bridge St, male detained with 3 bottles of whisky, admitted offence, cautioned. || || ||
Neighbour reports loud music from no 12 again, third time this week. Advised re noise nuisance team. || || ||
car wash on Ringway, lads live in the container behind the jet wash, boss takes their cards || ac ww || plc sw ncw || L
POI BALAN Ion — INT that he holds the passports of 6 Romanian males working at recycling yard, Trafford. 2/B/P || rd || dt || L
Caller concerned about a girl of about 14 getting into different cars outside the takeaway most nights, older men || av || || S || h
Student reports passport lost on train from Leeds, crime ref issued for embassy replacement. No other concerns. || || ||
kid knocking on my door saying he owes the man £300 for the phone he lost and has to keep dropping till its paid || av db || || C || h
Hotel housekeeping agency inspected by GLAA: contracts, payslips and right-to-work checks all in order. No issues identified. || || ||
She says that the man told her it was a job in a restaurant in London. When she arrived she was put in a flat and made to see men. || de || || S
nail bar on high st, girls look about 15, there all day every day even sundays, never see them go home || av eo || lh || L || h
Cuckooing — vulnerable male NOBLE, heroin user, flat on Parkway taken over by two Liverpool nominals dealing from address. || av || || C || h
Male begging at the station entrance is dropped off by a silver Transit at 7am and collected at 7pm, same van picks up 4 others. || || cedl et || C
Warehouse worker injured hand on conveyor belt, HSE informed, employer first-aid and report completed. Worker returned to agency. || || ||
Farm in Lincs — workers charged £50 a week for the minibus and £30 for boots and hi-vis, taken out of wages || ww || ct ppe || L
We was told we work in farm in England and get 8 pound hour. Nobody get money. Boss say money is for the house and the food. || de ww || ncw || L
Vietnamese male 17 found in grow at industrial unit, door padlocked from outside, no key, wiring burns on arms || av rm ac pv || rsm pa || C || i
1/A/P INT: ZHANG Wei runs massage premises above the bakery, females rotated every 2 weeks, advertised on adult site. || || || S
Report of a man sleeping in his car in the Tesco car park. Says he works nights at the depot and is saving for a deposit. || || ||
Domestic incident — IP states partner pushed her during argument over money. No children. DASH completed, medium. || || ||
Au pair from Spain, 19, says host family are lovely, has her own room and weekends off, just homesick. || || ||
i think the chinese takeaway has people living in the back they never leave and the lights are on all nite || rm || rsm sw || L
Probation: service user disclosed he was made to drive cannabis from a farm in Kent to London to clear a drug debt of £2k. || db || || C
Diplomatic household — Filipina housekeeper reports employer keeps her passport in his study, works 6am-midnight, no day off in 2 years. || rd eo || dt lh || D
Bank alert: 11 accounts opened in 3 weeks, same mobile number and same address, all cards used at one ATM in Walsall. || || mbc ||
Two men fighting outside the Red Lion, one with head injury, both known to each other, no further action requested. || || ||
she cleans the house and looks after their kids they feed her leftovers and she has a mattress in the utility room || ac || plc || D
He says the man who brought him across said he owes 25,000 euros for the lorry and he must work in the kitchen until it is finished || db || || L
Organ: information that a Moldovan male was offered £5,000 to travel to Turkey and sell a kidney, recruiter based in Luton. || de av || || O
Kidney transplant patient attending renal clinic for routine follow-up, donor was her brother, all NHS. || || ||
Girl 13 missing overnight, returned with new phone and trainers, says she was at a party in a flat with older boys. || av || || S || h
Licensing inspection: 3 workers at the car wash could not show right to work. Employer fined. No indication of control or exploitation. || || ||
men in the sprinter van every morning 5am outside the house on Wren Rd, about 10 of them live in a 3 bed || ac || oc cedl || L
They took my phone when I arrived. I did not know the name of the town. I only saw the house and the restaurant. || is || iso || L
OIC handover: IP (Eritrean, F, 22) in refuge. Disclosed being raped by the man who arranged her travel from Libya and being sold on to a flat in Birmingham. NRM submitted. || pv av || || S
Caller says her son, 15, has been given a burner and is getting texts all night, has cash he cannot explain and came home with a stab wound. || av pv || pa || C || i
Pop-up in Airbnb off Canal St, adverts same photos as last month's one in Salford. || || || S
Construction site: subcontractor pays Polish labourers into one account he controls and gives them £50 cash on Fridays. || ww || ncw || L
Woman, 45, reported her ex-husband for sending threatening texts after divorce. Harassment warning issued. || || ||
Man in A&E, says fell off a ladder at work, accompanied by another male who answered all questions and would not leave him || || sfw || L
Factory worker from Slovakia complains that his wages were a week late this month. Employer paid in full with apology. No other issues. || || ||
GLAA: agency charging Romanian recruits £400 'registration fee' before travel. Workers found to be paid NMW and free to leave. Licence review. || || uf ||
told us its modelling job in London, when we arrive they take the photos for website and we must do clients || de || || S
Sudanese teen says the man in Calais said if he talk to police his family in Khartoum will pay || av it || foa || || h
Female seen crying outside the nail salon, manager dragged her back inside by her hair || pv || || L || i
ATM in Ilford — man withdrawing from 9 different cards, photographed, vehicle VRM LR19 KXT. || || mbc ||
Sham marriage — INT that Indian female is being brought over to marry British national for a fee of £10k, she is unaware and has been told she will study. || de || ||
Begging group at market square — children with adults, the kids hand all the coins to a woman who sits in the car || av ww || ncw || C || h
Care home worker from Zimbabwe on sponsored visa: owes the agency £9k for the certificate of sponsorship, deducted at £600 a month, told visa cancelled if she leaves || db it de av || uf || L
101: male says his employer at the car wash has not paid him for two weeks and says he will call immigration if he complains || ww it av || foa || L
Report of a cannabis smell from the loft of a semi, Oak Ave. Owners on holiday. Neighbours suspicious of van. || || ||
Officers attended cannabis factory, 400 plants, no occupants. Electric bypassed. Enquiries ongoing. || || ||
Polish worker states he rents a room from his supervisor, pays £80 a week, has his own keys and passport, happy with job. || || ||
Two Albanian males arrested at grow in Hull; both say they owe £20k to the men who brought them and were told they would be killed if they ran || db it || || C || h
I worked in the fish processing 14 hour and the boss keep my ID card. If I say I go he say he find me || eo rd it || lh dt || L
School referral: Y9 pupil (14) seen being picked up by a man in a black Audi after school, has new designer clothes and is missing lessons. || av || || C || h
Caseworker: client Nigerian, 31, was brought as 'housemaid' to a family in Peckham aged 16, did all cooking and childcare, never went to school, beaten with a belt when she broke a plate || av pv || pa || D
Nominal SMITH DOB 03/05/2004 arrested for possession with intent, street deal, no vulnerability identified, known dealer. || || ||
On the trawler I work 20 hours some days, the skipper hit me with a rope, I cannot leave because the boat is at sea || eo pv rm || lh rsm || L
Romanian female 20 stopped at Stansted with man who held both passports and answered all questions; she did not know the address she was going to || rd is || dt sfw iso et || S
Press: Three men jailed for forcing homeless people to work on block paving for food and cider and living in a horsebox || av ww ac || plc || L
Member of public: lots of young women going in and out of number 44 at all hours, curtains always closed || || ||
MASH referral: girl 15 in care, found in hotel room in Leicester with adult male, had been supplied with alcohol || av || || S || i
He keeps all our bank cards in a box and gives us 20 pound a week for food || ww || ncw mbc || L
Slovak family of 8 in a 2-bed flat, fathers work at the packhouse, landlord is the gangmaster who also takes rent from wages || ac ww || oc ncw || L
Builder from Romania says the boss promised £100 a day but pays £40, and he is free to change job if he wants. || || ||
Stop check on VRM YD66 PFV: driver plus 6 males, all Vietnamese, no English, said going to 'work in nail', driver hired the van || av || et || L
Shop staff report known female shoplifter, drug user, takes orders from a man waiting outside who takes everything she steals and gives her a bag || av ww || || C
i go to house to cook and clean. Madam say I not go out alone. My passport she keep in the drawer. 150 dollar a month go to my mother, I get nothing || rm rd ww is || rsm dt ncw || D
Concern raised by GP: patient, Chinese national, attends with injuries to her hands from chemicals, says she works at a salon 12 hours and lives above it with five others || ac eo || pa lh oc sw || L
Intel 2/C/C (not to be disclosed to partner agencies): OCG moving Romanian women between pop-up flats in Sheffield and Nottingham every 10 days || || || S
Man reports his wallet stolen from his car. No witnesses. || || ||
A&E: male 30s with deep cuts to hands, says injured at recycling plant, no gloves given, sleeps at the site in a portakabin with 7 others || ac || oc sw || L
he was told he was coming to study english, he ended up working in a barber shop unpaid and sleeping on the floor || de ww ac || sw plc || L
Referral from Salvation Army: Indian male, 52, learning difficulties, kept by a couple in their garden shed for 15 years, made to do gardening and DIY for neighbours, money taken || av ac ww || plc ncw || L
Two girls 16 and 17 found at a flat with older males who had been advertising them online; both had been given cocaine || av || || S || i
Woman tells friend she must keep working at the massage place until she pays the £6000 for the flight and visa || db || || S
Workers on the cocklebeds say they are not given their own pay slips, the gangmaster collects the cash || ww || ncw || L
Amazon agency driver complains of long shifts and sore back, contract and pay checked, working time regs met. || || ||
Victim account (via interpreter): she says she was locked in the room during the day and only let out to cook for the men at night || rm || rsm || D || h
Teenage boy 16 found in Aberystwyth with £600 and 30 wraps of crack, phone with 'line' contacts, from Birmingham, says he was 'sent' || av || || C || h
Albanian male detained in a cannabis grow says he was promised a job in a car wash in London || de || || C
Hand car wash on A6 — I got my car washed there, £8, lads were friendly and had proper gear, nothing dodgy || || ||
Eritrean teen in a hostel says the men who took him from Libya beat him daily and filmed it to send to his family for more money || av pv it || || || h
Officer notes: man in doorway of Boots, asking for change, says he is homeless and is on the list for supported housing. No concerns re control. || || ||
Female disclosed to midwife that her husband's family make her do all the housework, lock her in when they go out and took her passport on arrival from Pakistan || rm rd || rsm dt || D || h
Three Chinese women found living in the back of a massage parlour, none had a key, sleeping on massage tables || rm ac || sw rsm plc || S
Worker at meat plant says he must pay £700 to the supervisor each month to keep his shifts || ww || ncw || L
Report from Border Force: 2 Nigerian minors arrived with an adult claiming to be their aunt, no documents, adult had their tickets and phones || av is || dt iso || || h
nom COOPER using his nan's flat to store drugs and cash, nan 84, dementia, scared of him || av it || || C || h
Family living together in a terrace, 3 generations, kids go to school, grandmother looks after baby. No concerns. || || ||
Fishing vessel boarded — 4 Ghanaian crew with no contracts, paid 'at the end of the season', no money since March || ww || || L
Call from woman, says her boss at the laundry shouts and swears at staff a lot but pays on time and she can leave whenever she likes. || || ||
""")

BLOCKS.append(r"""
working the flat on Dale St again, new girl, Romanian, don't think she speaks any English || av || || S
Female 19 reports being sexually assaulted by a stranger in the park after a night out. Forensic medical arranged. || pv || ||
Caller reports a man selling counterfeit cigarettes from a car boot on Tenter St. || || ||
Boy, 12, dropped off by a woman in a people carrier outside M&S every Saturday with a cup, she watches from the car || av || cedl || C || h
GLAA inspection Fenland packhouse: accommodation provided is clean, 2 per room, rent deducted at the legal offset rate, passports held by workers. No concerns. || || ||
Ukrainian guest living with sponsor family under Homes for Ukraine, helps with the school run voluntarily, has her own job at a café. || || ||
the girl next door does all there washing and cleaning and they never let her go to school shes only about 12 || av rm || rsm || D || h
Victim account: 'They said the hotel in Glasgow pays £1,400 a month. There was no hotel. I was in a car wash in Paisley, 7 days, and they said first I must pay the ticket.' || de db eo || lh || L
Male in custody for ABH on his brother over inheritance dispute. No vulnerability or exploitation concerns. || || ||
POI 'Ghost' controlling deal line 'Bobby line', uses local kids 13-15 as runners, plotted on an estate in Torquay. 2/B/P || av || || C || h
Intelligence states that a Sri Lankan man is being offered money to go to India to give a kidney to a rich patient; agent arranges visa and 'hospital'. 3/C/P || av || || O
Nurse notes: elderly woman, her carer is a live-in Filipino lady who seems well looked after, has days off and a phone. || || ||
INT: Vietnamese nail technicians in Walsall collected from a house in Bloxwich at 7.30am by same VW Touran, dropped back after 9pm. 2/C/P || eo || cedl et lh || L
Report by landlord: tenant has 14 mattresses in a 3 bed house, all men working at the chicken factory, someone else pays the rent in cash || ac || oc || L
Prison note: prisoner says he was groomed at 14 to store knives and drugs for an older cousin and was beaten when a package went missing || av pv || || C || h
'I can't go home, he has my red book and he said my brothers will pay if I run' — Vietnamese female, nail bar, Leeds || rd it || dt || L || h
Debrief: he says he worked building a house extension for a man who gave him a tent in the garden, he was paid in tins of beer || av ww ac || plc || L
woman begging outside Lidl every day shes pregnant and a man takes her money at dinner time and brings her back || ww || ncw cedl || C
Man charged with benefit fraud after falsely claiming to live alone. Acted on his own. || || ||
Bank: customer, 72, transfers money to an online 'boyfriend' in Ghana. Romance fraud, referred to Action Fraud. || || ||
Bank FCU: new accounts for 6 Bulgarian nationals all list the same address in Harrow, all benefit payments go to one card used by a third party || || ncw mbc || C
Nigerian female, 24, found in HMO with 8 other women, says a 'madam' keeps all the money she earns from clients and she owes 30,000 euros || ww db ac || ncw oc || S
Restaurant worker says he is paid below minimum wage and is looking for another job, has his passport and lives with his girlfriend. || || ||
Boy 16 from Coventry found in a trap house in Swansea, the door had been screwed shut from the inside by the dealers, says he had no food for 2 days || av rm ac || rsm || C || i
There are 4 women living in a static caravan at the fruit farm and they get paid by the punnet, tidy site, they go into town on Saturdays || || ||
She says her uncle brought her from Sylhet to marry a cousin, she is 17 and did not want to, now she keeps the house for 9 people || av || || D || h
Call handler: male says he is being held in a flat in Ladywood and the men have a knife, he is whispering, phone cut off || rm it || rsm || C || i
Intel 3/C/P: males at the tyre shop on Soho Rd work 7 days a week and never leave the premises, sleep upstairs || eo rm || lh sw rsm || L
Care home in Kent: overseas carers told their visas depend on doing extra unpaid night shifts, they work 70 hours a week || it eo av ww || lh || L
Passenger at Heathrow traveling alone, 20, Brazilian, told officers she was coming to work in a 'bar' for a man she met on Instagram who paid her ticket, said she must pay him back by working || de db || || S
MOP: van full of men parked outside my house 4 in the morning every day, one man shouts at them and takes there phones off them before they get in || is || iso cedl et || L
Caseworker: client, Polish, alcohol dependent, recruited at a soup kitchen, made to work on a farm, given vodka instead of pay || av ww || || L
Girl 14 reported missing, located in Blackpool with a 23 year old male she met on Snapchat who had given her a phone || av || || S || i
Police stop: two Romanian males sitting in a car outside an ATM with 15 bank cards in different names. Both arrested for fraud. || || mbc ||
Taxi driver reports he drove a young woman from an address to 3 different hotels in one night, a man paid and told her what to say || || sfw et || S
Agency worker at a distribution centre: 12-hour shifts 4 on 4 off, paid weekly into own account, happy. || || ||
Man reports being assaulted by a customer at his shop. CCTV obtained. || || ||
I work in the restaurant kitchen from 10 to 2 at night, every day, no day off, boss say I owe him 8000 for the visa and he keep my passport || eo db rd || lh dt || L
Teacher: Year 6 boy says his older brother makes him carry 'parcels' to a man in the park and hits him if he refuses || av pv || || C || h
Salvation Army: 'R' (Slovak, 34) says he was met at Luton by a man who took his ID 'for the agency' and put him in a house with 12 men. Each week £70 for rent, £20 for transport. Never saw a payslip. || rd ww ac || dt oc ct ncw || L
Couple found living in a tent in woods near the quarry. Both British, say they prefer it to hostels. Outreach team informed. || || ||
Reddit post: my friend went to Dubai for a nanny job, they took her passport at the airport and she is not allowed out of the villa, she sends voice notes crying || rd rm || dt rsm || D || h
INT suggests the kebab shop on Hope St is a front for a brothel upstairs, females seen at window. 3/C/P || || || S
Child 15 at school with large sums of cash and two phones, refuses to say where from, linked to older males from Manchester || av || || C || h
Border Force: male claimed asylum at port, no signs of trafficking identified, travelled independently and paid his own journey. || || ||
Walk-in at station: Pakistani man says his employer at the sweet shop has kept his passport for 'visa renewal' for 6 months and won't give it back || rd || dt || L
Organ trafficking: Pakistani national admitted to clinic in Karachi, told it was a job interview, woke up with a scar and was paid 20,000 rupees || de pv av || pa || O || h
Patient requests info about the living kidney donor programme for his sister. Referred to transplant coordinator. || || ||
saw men on the roof of the new estate with no harness no helmets, they live in the show home, foreman shouts at them in another language || ac || sw || L
Debrief: 'I sold flowers in pubs every night for the man. He took the money at the end. If I came back with less than £100 he hit me.' || ww pv || ncw || C
Handover: IP is a 17 y/o Albanian male currently in foster care; believed to have been moved between cannabis grows in Kent. Risk of going missing. || av || || C || h
INT 2/B/P: females in the flat above the shop on Market Rd aged 17-20, adverts on Vivastreet, a male collects cash each morning || av ww || ncw || S
Man says he lost his job at the factory after an argument, wants to claim unfair dismissal. Advised ACAS. || || ||
Woman says her brother-in-law, who employs her in his shop, keeps her wages 'for her wedding' and she has never had a bank account || ww || ncw || L
11-yr-old found selling sweets door to door late at night on behalf of an adult who keeps the cash || av ww || ncw || C || h
A Romanian woman says she came for a cleaning job with her boyfriend; he now posts her on websites and takes all the money || de ww || ncw || S
99 Eritreans in a lorry at Dover, all adults, say they paid smugglers 3000 each. Smuggling not trafficking — no onward control identified. || || ||
Intel: 'Uncle' controls 5 Romanian beggars in central London, they sleep in a garage in Tottenham and hand over takings daily. 2/C/P || ww ac || ncw plc || C
Council housing officer: flat in Walsall has 3 mattresses in the lounge and lock on the outside of the bedroom door, tenant's cousin 'lives in' and does the cleaning || rm ac || rsm plc || D
He said if I didnt bring the money back they would stab me, they know where my mum lives || it || || C || h
Poster on community group: anyone else think the car wash by the roundabout is dodgy? the boys look scared and thin and never have coats in winter || || pa || L
DC statement: both victims stated they were taken to Birmingham on the promise of warehouse work and made to commit shoplifting daily in Boots and Superdrug stores || de || || C
Woman in refuge from abusive husband who controlled finances and hit her. No forced work or sexual exploitation disclosed. || || ||
Nail bar inspected by trading standards, workers have contracts, breaks and pay slips, all UK residents. || || ||
Girl, 16, disclosed she has to have sex with her 'boyfriend's' friends to pay off a debt for cannabis || av pv db || || S || h
Seafood factory: Filipino workers told they have to pay £2,500 each to the recruitment agency in Manila, many took loans || db || uf || L
IP said the men who brought her took photos of her naked and said they would send them to her father if she tried to leave || it || || S || h
Vietnamese boy, 15, found in a loft conversion tending plants; says he has not been outside for months and does not know which city he is in || av rm is || rsm iso || C || i
Police attended: cannabis factory in basement, grower says he is 'the owner' and rents the house, British, 40s. No signs of exploitation. || || ||
Report: Romanian family of 5 begging at traffic lights. Children appear unwashed. Parents decline help, say they're passing through. || || pa ||
Caller reports her elderly father's carer has been taking money from his account. Referred to adult social care as financial abuse. || || ||
IP told officers she was made to clean a house in Croydon from 5am until 1am and sleep on the bathroom floor || eo ac || lh plc || D
Man known as DEMA takes workers' first month wages as 'finders fee' for the construction job || ww || uf || L
MOP online report: there is a lady at the chip shop who never speaks and the owner always answers for her, she lives in the storeroom || || sfw sw || L
Two Chinese nationals detained for working illegally at a restaurant; both have their own passports and rented rooms, paid in cash. No indicators. || || ||
Press: couple convicted of keeping a Nigerian woman as a slave in their Surrey home for 24 years, unpaid, passport confiscated || ww rd || dt || D
SEND school: 19-year-old former pupil with learning disability now working at a neighbour's garage for no pay and sleeping there || av ww ac || sw || L
'They drove us to the factory in a van with no windows, and the foreman stayed with us until the van came back' || rm || et rsm || L
County lines: 18-year-old dealer, arrested, no signs of exploitation, self-employed by his own admission. || || ||
Bank alert: wages for 20 farm workers paid into 3 accounts, all accessed by the same IP address in Bucharest || ww || ncw || L
A&E: young woman with bruises, friend says 'she fell' and won't let her be seen alone; woman appears frightened and has no phone || pv is || pa sfw iso || || h
GP: patient was given time off by the farm manager to attend hospital; speaks good English; lives with wife. No concerns. || || ||
kid from Liverpool in the crackhouse on Victoria st, shes only 15 || av || || C || i
Sheffield pop-up: Hungarian female, no English, told by the 'driver' that she is not allowed to leave the flat || rm av || rsm || S || h
INT: Indian student on visa made to work 60 hours at a petrol station instead of studying; manager threatens to report her to the university || eo it av || lh || L
Thai woman, 30, says she paid an agent in Bangkok for a 'spa job' in London, now works in a massage parlour offering extras she did not agree to || de || uf || S
Passport lost by a tourist in Edinburgh; reported to police for embassy; no other concerns. || || ||
Charity shop manager says a volunteer with a learning disability was 'lent' to him by her carer, who takes the £200 a week 'volunteer expenses' || av ww || ncw || L
Man caught stealing meat from Aldi says 'they make me do it, I need to bring them 200 pound a day' || || || C
Man injured at a car wash in Dudley; colleague took him to hospital, employer paid sick pay. No concerns. || || ||
Statement: 'the boss said I am allowed out only on Sunday for one hour, and only with his wife' || rm || rsm et || D
Agency recruiting Sri Lankan fishermen via Facebook, promising £2,000 a month; men found on Scottish boats earning £300 || de ww || || L
""")

BLOCKS.append(r"""
Officers attended the car wash on Station Rd following a public report. Five workers spoken to separately. All have their own passports and bank cards, live in private rented rooms and describe being paid weekly. No indication that anyone is held against their will. || || ||
Says she can leave whenever she wants and has a key to the front door. Employer holds no documents. || || ||
He would have hit her if she had refused, she thinks, but he never did and she left the job the next week. || || ||
No concerns about the nail bar; staff have days off and go home each night. || || ||
Rumour on Facebook that the farm keeps workers' passports — checked by GLAA, workers all hold own ID, rumour unfounded. || || ||
Welfare check at the takeaway: kitchen porter says he works 40 hours, has his own flat and is saving to go to college. || || ||
Debrief, Hungarian female: no one took her passport, she was not locked in, she chose to work in the flat and kept her earnings; declined NRM. || || ||
Man reported missing by family, found safe and well at a friend's house in Derby. || || ||
Shoplifter, 34, British, says he steals to fund his own habit, nobody makes him. Charged. || || ||
Warehouse worker sacked after failing a drugs test, disputes result. No other issues. || || ||
Pay dispute: Latvian builder says the contractor owes him £600 for last month's work. He has another job and lives independently. Signposted to ACAS and small claims. || || ||
Employer paid one week late due to a bank error, all staff paid in full the following Monday. || || ||
Seasonal worker visa holder says the wage is low compared to home expectations but he is paid every Friday into his own Monzo account. || || ||
Roofers on the estate working late in summer to beat the rain, all local, paid overtime, go home to families. || || ||
Domestic worker for a family in Knightsbridge: written contract, own room with lock, Sundays off, holds her passport, sends her own money home. || || ||
Caller reports suspicious man taking photographs of children in the play park. Officers attended, male was a parent. NFA. || || ||
MOP report re 'slave labour' at the recycling centre — attended, workers are council employees on a normal rota. No concern. || || ||
Burglary at a storage unit, power tools stolen, CCTV requested. || || ||
Fraud: elderly man scammed by fake HMRC call, lost £4,000. || || ||
Visa overstayer, Indian national, 29, arrested at home on immigration warrant. Works as a delivery rider on his own account. No trafficking indicators. || || ||
Asylum seeker in hotel complains about the food and wants to move closer to his cousin in Bradford. || || ||
Student from Nigeria lost her BRP card; replacement applied for via Home Office. || || ||
Neighbour dispute over a hedge, both parties advised. || || ||
Woman with dementia found wandering at night, returned home to her husband, referred to social services. || || ||
Man says his partner keeps his passport in their shared safe with hers; he can access it any time. No concern. || || ||
Teenager, 17, working weekends at his dad's chippy, paid pocket money, goes to college. No concerns. || || ||
Factory has 24-hour production but operates 3 x 8-hour shifts with full breaks. GLAA audit passed. || || ||
Licensing breach: labour provider operating without a GLAA licence at a salad packhouse. Workers interviewed, paid correctly, no control identified. Licence enforcement only. || || ||
Gangmaster charged recruits a £150 'admin fee' upfront — unlawful fee, refunded on instruction. No other concerns. || || uf ||
Report of a man living in a van at the farm. Farm owner's son, by choice. || || ||
Live kidney donation between spouses, approved by the Human Tissue Authority, surgery at Guy's. || || ||
Patient travelled to Turkey for cosmetic surgery, complications on return, treated in A&E. || || ||
Man advertising 'kidney for sale' on Facebook as a joke; account reported, no offence. || || ||
Dialysis patient asks about overseas transplant options; advised of risks and the law. || || ||
Two adult sex workers share a flat in Leeds, work independently, set their own prices and hours. No third party control. || || ||
Report of a brothel at no 7 — attended, a massage therapist working alone from home, licensed. || || ||
Girl, 16, has an older boyfriend, 17, parents not happy; no indications of exploitation, both at the same college. || || ||
Missing 15yo returned home after staying at a school friend's; return interview — no exploitation concerns. || || ||
Child, 9, reported by school for poor attendance; family going through a house move. || || ||
Boy, 14, caught with a small amount of cannabis for personal use, no links to dealing or older males. || || ||
Cannabis found in a young man's bedroom, three plants, his own use. || || ||
Male stopped in car with £3,000 cash, explained it was from selling his car, receipt shown. || || ||
Shop worker says she works long hours because the owner is her mother and they are short-staffed; she is paid and goes home every night. || || ||
Nanny from Australia on a youth mobility visa, 'family is great', has her own car and weekends off. || || ||
Farm labourers in Herefordshire: contracts, payslips, caravans clean and not crowded, transport free. GLAA: compliant. || || ||
i dont trust that car wash its too cheap lol but the guys seem happy and they all drive there own cars || || ||
Man claims his landlord has locked him out over rent arrears. Civil matter, advice given. || || ||
Husband and wife run a nail bar with their two adult daughters; all live together above the shop as a family. || || ||
Woman reports her ex won't return her passport after they split up; he returned it when officers called. Domestic related, no exploitation. || || ||
Council inspector: HMO in Luton with 9 tenants in 5 rooms — overcrowding notice served to landlord; tenants have their own tenancies and jobs in different places. || || oc ||
Stop check: van with 7 Polish workers heading to a building site in Cambridge; all have their own IDs, employed directly by a reputable firm. || || ||
Caller says a man in the flat above shouts at his wife. Officers attended, verbal argument only. || || ||
Fisherman injured by winch on a Brixham trawler, airlifted; crew all local, employment properly documented. || || ||
Young man from Sudan in supported accommodation, attending college; worried about his Home Office interview. || || ||
Woman says she was offered a job in Dubai as a nanny but turned it down after researching the agency. || || ||
Debrief: the farmer said we could leave if we wanted, he gave us our passports back on the first day and paid us the right money. || || ||
# exploitation cases
Loft grow in Rotherham, Vietnamese lad 19 'gardener', fed by a man once a week, no phone || rm is || iso rsm || C || h
'Aunty' brought me from Lagos to look after her children, I never went to school, I sleep on the sitting room floor || av ac || plc || D
INT 2/B/C (restricted to MSHT unit): males living in the loft of the takeaway on Bury Rd, only come down to work || rm || sw rsm || L
Boy from Wolverhampton, 14, found in Shrewsbury with drugs plugged; told officers he would be 'done' if he went back without the money || av it || || C || h
they work the girls out of the hotel by junction 9, different ones every week, same bloke paying for the rooms || || || S
Eastern European males dropped at the car wash every morning by a man in a BMW who takes their money at the end of the day || ww || cedl et ncw || L
Statement: we were 12 in one room at the factory dorm, the agency charge £90 a week, and we had to buy our own boots and knives || ac || oc ppe || L
He says that his employer in the kebab shop told him nobody will believe him because he has no visa and the police will put him in prison || av it || foa || L
Victim's sister reports that the victim, Slovak, 28, works on a vegetable farm and is not allowed to phone her; the man who speaks for them answers her phone || is || iso sfw || L
Debrief (Albanian, 22): promised a job in a restaurant in London. Owes 'the people' £15,000. Placed in a house tending cannabis. Was told that his sister in Albania would be hurt if he left. || de db it || || C || h
Grandmother, 70, found cleaning at a relative's house 14 hours a day; relative collects her pension || av eo || lh ncw || D
Safeguarding: looked-after child, 15, is going missing and returning with cash; believed to be holding drugs for an OCG in Canterbury || av || || C || h
The Thai woman did not know the address where she was living; she was driven to the parlour every day || is || iso et || S
Two men found living in a cow shed at a dairy farm, milking twice a day 7 days a week, paid £10 a day || ac eo ww || plc sw lh || L
Door of the house on Albert St has a padlock on the outside, heard women crying inside, men coming and going || rm || rsm || S || i
Chinese male, 40s, found on a building site in Bristol, says he owes 'the snakehead' £40k and sends everything he earns to them || db ww || ncw || L
Indian cook at a temple says he was told it would be 3 months and he has been there 5 years, no pay, no passport || de ww rd || dt || L
INT: Romanian males used to open bank accounts then cards retained by the recruiter and used for benefit claims. 2/B/P || rd || mbc ncw dt || C
Girl, 15, with 'boyfriend' aged 25 who takes her to parties where she is given drugs and men have sex with her || av pv || || S || i
Fishing boat in Newlyn: Filipino crew not allowed ashore, they sleep on the boat for months || rm || rsm sw || L
Debrief (Eritrean male): the man in Calais said I owe 5,000 and I must work in his cousin's car wash in Manchester until it is paid, each week it gets more || db || || L
I was given to a family in Leicester. They shout at me, I must wake at 5 to do ironing, I eat only what is left. I cannot call my mum || eo ac is || lh iso || D
Caseworker: he was beaten when he tried to leave the farm and his hand was broken || pv || pa || L || h
Woman, 38, Romanian, found in a flat in Hounslow with two other women, all had been told they would work in a hotel; a man takes their phones at night || de is || iso || S
Man found living in a garden shed in Wales, works on a caravan site, owner keeps his benefits card and pays him in tobacco || av ww || plc ncw || L
Victim says that the organ recruiter took her passport in Cairo, she was kept in a flat, and they removed her kidney without telling her what the operation was for || rd rm de pv || dt rsm || O || h
Intel: Albanian nationals recruited on TikTok for 'work in England', told they will pay later; then sent to cannabis farms || de db || || C
Boys 13 and 14 shoplifting to order for older males at the Trafford Centre, dropped off in a car and handed the bags outside || av || et || C || h
Care worker: 'The agency took £80 from each wage for the house and the petrol, and gave us £60 left for a week of 6 days 12 hours' || ww eo || ct lh ncw || L
Driver takes the Chinese women from the massage place to a house each night and locks them in || rm || et rsm || S || h
Member of public: the man at the corner shop is always there, sleeps behind the counter, the owner's cousin says he is 'family' but he looks scared || || sw || L
OIC note: NRM positive reasonable grounds for Vietnamese female, 16, found in nail bar in Sunderland, no ID, accompanying adult claimed to be her aunt || av || sfw || L || h
Kidney sold in Delhi, Nepali man says the broker took most of the money and threatened to report him if he complained || ww it av || || O
Migrant worker at a hotel says 'my hours are 7 to 11 every day, manager keeps the tips and half the wages for my room' || eo ww || lh ncw || L
Homeless man recruited outside a day centre for 'building work', now working on driveways for a traveller family, not allowed to leave the site || av rm || rsm || L || h
Call: woman says her friend is being held in a flat by men who make her have sex with customers; friend texted asking for help tonight || rm pv || rsm || S || i
OIC: female, Nigerian, reports that the juju oath she swore makes her fear she will die if she leaves the madam || it || || S || h
""")

BLOCKS.append(r"""
Packhouse pickers charged £8 a day for the bus and £25 for gloves and a knife, a man from the agency speaks for all of them and they look at the floor || || ct ppe sfw || L
IP frightened of police, believes she will be deported if she talks; she says the boss took her phone and she has not spoken to her children in a year || is it || foa iso || L
Working at the hand car wash in Hull: 'I live in the back with the chemicals, I have one bag of clothes, the boss keeps my ID and calls immigration on anyone who complains' || ac rd it || sw plc fpe dt foa || L
Pop-up brothel in Newcastle: two Brazilian women, few possessions, a man drops them off and picks them up, they don't know the street name || is || fpe et iso || S
Cuckooed flat in Grimsby — elderly tenant with MS kept in his bedroom while dealers use the lounge, they took his phone || av rm is || rsm iso || C || i
INT: Polish males at a waste site in Essex collected at 5am, dropped back at 10pm, skinny and unkempt, 4 to a room in a house owned by the site boss || eo ac || cedl lh pa oc || L
Debrief (Sudanese male, 19): he cannot say where the farm is. He was never allowed to make calls. He has one set of clothes. The 'manager' took his £200 a week to 'pay for the journey'. || is ww db || iso fpe ncw || L
Man withdrawing cash at 2am from an ATM in Peterborough with a stack of 20 cards, three young Lithuanian men standing behind him || || mbc ||
Au pair from the Philippines: host takes her phone at night, she works from 6am to 10pm looking after three kids and the house, gets £50 a month || is eo ww || iso lh || D
Nail bar Glasgow: girl, 16, no English, sleeps on the shop floor, manager answers every question for her || av || sw sfw || L || h
Caller scared for friend: she was offered a waitressing job in Italy via Instagram but now says she is in a flat in Milan and they took her passport and she has to 'pay back' by seeing men || de rd db || dt || S
Sudanese man at the hostel says a man offered him £3,000 and a visa if he goes to Egypt to sell his kidney; he said no and reported it || || ||
""")

BLOCKS.append(r"""
INTELLIGENCE REPORT — OFFICIAL-SENSITIVE. Grading 2/B/P.\nSubject: hand car wash, former petrol station, Lichfield Rd (VRM of site manager's vehicle BK17 HZD).\nSource reports that between 8 and 10 males, believed Romanian and Albanian, work at the site from 07:00 until dark seven days a week. They are brought in a white Transit and taken away together at night. The manager, known as 'Gigi', holds the workers' identity cards 'so they don't get lost' and pays them in cash on a Sunday, but deducts rent for a house in Erdington and money 'for the journey from Romania', which the source says is never paid off. One worker told the source he had tried to leave in the spring and was punched in the face and told he would be found.\nSeparately, the source mentions that the café next door is owned by the manager's brother; no concerns were raised about the café staff. || eo rd db pv it || lh cedl et dt || L || h
Referral from a primary school DSL. Pupil A (Year 5) has told her teacher that her 'auntie', who lives with the family, does all the cooking and cleaning and looks after the baby, and that the auntie is not allowed to go out because 'she has no papers'. Pupil A said her mum keeps the auntie's passport in the wardrobe and that the auntie sleeps on the floor of the kitchen. The auntie is believed to be in her twenties and from Ghana. Pupil A herself appears well cared for, attends regularly and there are no concerns about her own welfare. The DSL has not spoken to the auntie, who never comes to the school gate. || rm rd ac av || rsm dt plc || D || h
Debrief account, taken with a Vietnamese interpreter.\nThe interpreter says that he left his village at 15 because his family owed money to a moneylender. A man paid for his travel through Russia and France and told him that in England he would work in a nail shop and pay back 30,000 dollars in one year. When he arrived he was taken in a car, at night, to a house. The windows were covered with black plastic and the door was locked from the outside. His job was to water the plants and change the lights. Food was left by a man once a week. He says that he was told the police in England would put him in prison for many years if they found him. He did not know which town he was in. He is now 17. || av de db rm is it ac || rsm iso foa || C || h
Case note, NGO drop-in, Tuesday.\nClient is a 27-year-old Polish man who came in asking about help with a CV. He works at a food factory in Corby through a licensed agency, lives in a shared house with three friends he chose himself, and holds his own ID and bank card. He mentioned that his hours were cut last month and that money is tight, and he is worried about paying his phone bill. We explored whether anyone was controlling his work or money and he said clearly no, and that he can and does change jobs. No indicators of exploitation identified. Referred to the job club and the food bank. || || ||
Witness statement (extract). 'I have lived opposite the house for nine years. Last summer a new family moved in with a lot of people. I see men leave early in the morning and come back late, but they are different men, they have their own cars and some wave to me. There are children who go to the local school. I did once see a man shouting at another man in the garden, but it was about parking. I have no reason to think anyone is being forced to do anything and I told the officer that. I only called because of the bins.' || || ||
Press summary: A Crown Court heard that a 58-year-old man recruited vulnerable men from homeless shelters across the north-west, promising paid work and a roof. Instead the men were housed in caravans without heating or running water on a site in Cheshire and made to lay tarmac for up to 16 hours a day. The jury heard they were paid £5 a day if anything, were beaten if they complained, and were told that the police would not believe 'tramps'. Some had been there for over ten years. Separately, the court heard that the defendant's legitimate paving business had won council contracts; its directly employed staff were not said to have been exploited. || av de ac eo ww pv it || plc lh || L || h
Hospital social worker note: patient, 64, admitted after a fall at home. Her son is her full-time carer and receives Carer's Allowance; he manages her pension by Lasting Power of Attorney, registered with the OPG. Patient says she is happy with the arrangement and wants to go home. Ward staff noted the son visits daily and is attentive. No safeguarding concerns about financial or other abuse. Discharge planning underway with community physio. || || ||
Handover notes, night shift to day shift, Saturday.\n1) Domestic at Mill Lane — husband arrested, wife and kids safe with her mother. Not MSHT.\n2) Concern for welfare at the massage premises on Queen St — officers attended 02:40 after a call from a punter who said a woman asked him for help. Found two Chinese females, approx 20s, no English, living in the back room on a mattress. Neither had any ID; a man who arrived during the visit said he 'looks after their passports'. Both appeared frightened of officers. Interpreter requested, NRM consideration, MSHT team to pick up.\n3) Theft of diesel from a farm at Ashby, no suspects. || rd ac || sw plc dt foa || S || h
""")

here = os.path.dirname(os.path.abspath(__file__))
rows = []
for b in BLOCKS:
    rows += parse(b)
with open(os.path.join(here, "fresh58.jsonl"), "w", encoding="utf-8") as fh:
    for n, r in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"f58-{n:03d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows")
