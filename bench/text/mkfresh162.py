#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (set fresh162).
Each entry: T(text, indicators, signs, types, risk) with short codes expanded below.
Every text is written individually; nothing is slot-filled."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

D = []
def T(text, ind="", sig="", typ="", risk="l"):
    D.append(dict(text=text.strip(), indicators=[IND[x] for x in ind.split()],
                  signs=[SIG[x] for x in sig.split()], exploitation=[TYP[x] for x in typ.split()],
                  risk=RISK[risk]))

# ---------------- batch 1 ----------------
T("ED triage 02:14. 34M, laceration L palm from box cutter at work (warehouse). Wound cleaned, 4 sutures, tetanus given. Lives with partner, works day shifts via agency, own transport. No safeguarding concerns.")
T("Maternity booking 11/40. 19F, Romanian, came with a man who gave his name as 'cousin' and answered every question put to her, including her LMP. Declined interpreter on her behalf. When seen alone briefly she said she works 'in massage' and gives all the money to him for 'the flat and the debt for the bus'. No GP registration. MASH referral made.",
  "DB WW", "sfw ncw", "S", "h")
T("GP letter re: Mr Dariusz K, 52. Known T2DM, HbA1c improving. Works long shifts as HGV driver but reports he chooses the overtime. Review 3/12.")
T("Sexual health clinic note: 24F attends for routine screen, sex worker, works independently from own flat, sets own prices, keeps own earnings, no third party. Offered PrEP and condoms. No exploitation concerns identified.")
T("Pt attended dental emergency clinic with swollen jaw, abscess 3 wks untreated. Came with employer from car wash who paid cash for treatment and said it would be 'taken from his wages'. Pt v thin, clothes soaked in chemical smell, hands cracked. Said he sleeps in the back room of the wash with 5 others. Did not know the address of where he lives. Employer stood in doorway throughout.",
  "AC IS", "pa swp oc iso plc", "L", "h")
T("Renal clinic: 61F, post living-donor transplant (donor her son, UK work-up via Guy's), creatinine stable. Tacrolimus levels in range. Next review 8 weeks.")
T("A&E: 15F brought in by ambulance, intoxicated, found in a stairwell. Had two phones, one she would not unlock. Older male 'boyfriend' (approx 25) arrived and tried to take her home before police came. She has hotel key card in her pocket and £200 cash. Told nurse she 'has to pay him back for the weed'. Police called, CSE strategy meeting requested.",
  "AV DB", "", "S", "i")
T("Woman 30s came to GP with cough. Husband interpreted as usual. She seemed fine, laughed a lot, has her own phone and drives herself to the surgery normally. Husband only came because of language. No concerns.")
T("INT: 2/B/P. Nail bar UNIT 4 HIGH ST. 3x VIETNAMESE females (est 16-20) seen being dropped 0730 and collected 2200 daily by silver Transit. INT suggests females reside above premises. Manager Tran VAN speaks for all staff. Nil further.",
  "AV EO", "ce et sfw lh swp", "L", "h")
T("101 call: caller reports neighbour's music too loud every night, been going on for weeks, has spoken to the neighbour who swore at her. Asked for noise team. No other concerns.")
T("i work at a farm near boston pickin and they took my pasport when i come the man said its for safe keeping but now he wont give back and says i owe 2000 for the flat and the van. we are 14 in one house. please help me i dont no who to ask",
  "RD DB AC", "dt oc ct", "L", "h")
T("Midwife note: 28F, Eritrean, granted refugee status last year. Lives with husband in council flat. Attends antenatal alone, good English. Asked about domestic abuse routinely: denies. Own bank account and phone. Next appt 28/40.")
T("Salvation Army caseworker note. Client (M, 41, Polish) says he was met at Luton by a man called Marek who put him in a house with 11 men, 2 rooms. Was told the job at the food factory paid £10.50/hr but he never saw a payslip; Marek opened a bank account 'for him' and keeps the card. Client receives £30 cash on Fridays. Client has alcohol dependency and says Marek supplies vodka every night. Left when Marek went to Poland. Wants NRM referral.",
  "DE WW AV AC", "oc ncw", "L", "h")
T("ED: 44M fell from scaffolding approx 3m. #L wrist, head CT clear. Employer (construction co) rang to check on him; site manager filled in RIDDOR form. Pt has own home, family visiting. Discharged with fracture clinic f/u.")
T("Referral from school DSL: Y9 boy (14) often absent on Fridays, seen with new trainers and two phones, unexplained £ and a cut to his hand he won't explain. Mum says he goes to 'his mate's in Grimsby'. Older lads in a car wait outside school gates. Concern for county lines.",
  "AV", "pa", "C", "h")
T("Sexual health: 22F, says her 'manager' books her clients through a website, she works in a flat with 3 other girls and he takes 'the house share' which is most of it. Passport is with him 'for the landlord'. Not allowed to go out alone, someone drives her everywhere. Presented with vaginal bleeding after an assault by a client last night. Police informed with consent.",
  "WW RD RM PV", "ncw dt rm et", "S", "h")
T("Pt declined HIV test. Otherwise routine. Lives with girlfriend, works at Tesco.")
T("GLAA inspection: labour provider supplying packhouse in Spalding. Workers' payslips complete, holiday pay correct, no transport charges, accommodation optional and at market rent. Two minor record-keeping issues. Licence retained, no indicators.")
T("Father (pt's) collected prescription. Fine.")
T("Dental: 9yo Roma boy, multiple carious teeth, mother attends with him and 3 siblings. Family well known to practice, children in school. Referred for GA extractions. No safeguarding concerns beyond dental neglect discussed with HV.")
T("A&E safeguarding flag: 27M Albanian, burns both forearms, says he 'spilled a kettle'. Burns pattern inconsistent. Smell of cannabis strongly on clothes. Friend who brought him wanted him discharged, refused admission on his behalf. Pt whispered to HCA 'they lock the door, I cannot go out, I water the plants'. Police attended; pt treated as potential victim, not suspect. Pt identified as potential victim, NRM discussed.",
  "RM", "pa sfw rm", "C", "i")
T("GP letter: Ms Adaeze O, 35, Nigerian, nurse at the trust on Tier 2 sponsorship. Anxiety about visa renewal; employer supporting. Sertraline started. No other concerns.")
T("INT: 3/C/P. POI NGUYEN Van Minh (DOB 04/02/2001) believed to be tending cannabis grow at 22 ALDER RD. INT suggests POI does not leave address and is fed by unknown males weekly. Windows blacked out.",
  "RM IS", "rm iso", "C", "h")
T("Victim account (interpreter): She says that she came for a job looking after old people. When she arrived the woman said there was no care job, she must clean the house and look after three children. She says she works from 6 in the morning until midnight and sleeps on the floor in the kitchen. She says the woman has her passport in a drawer she keeps locked. She says she was paid once, £50, in eight months.",
  "DE EO RD WW AC", "lh dt swp", "D", "h")
T("Renal: 38M, dialysis 3x/wk. Travelled to Pakistan last year for 'private transplant' which failed; states he paid a broker £18,000 and the donor was a 'poor man from the village who needed money'. Graft removed. Referred to transplant MDT. Safeguarding lead notified re possible organ trading.",
  "", "", "O", "m")
T("I think the lads at the car wash on Station Rd are being kept there they dont speak english and sleep in the shipping container at the back, the owner shouts at them all day. 7 days a week 8 till 8",
  "EO AC", "swp lh plc", "L", "h")
T("ED: 19F, self-harm superficial L forearm. Stressed about uni exams. Lives in halls. CAMHS/crisis team referral. No exploitation concerns.")
T("Midwife: 17F booking 20/40, partner 32M. She lives at his parents' house, he holds her phone 'because she loses it' and she has not seen her family since moving. Shy, looked to him before answering.",
  "AV IS", "iso sfw", "", "h")
T("POI KOWALSKI (agency supervisor) seen at ATM Tesco Extra 0515 using 9 separate bank cards. INT suggests cards belong to workers at chicken factory. 2/B/P.",
  "WW", "mbc ncw", "L", "m")
T("Staff nurse reports 45F patient on ward 12 keeps asking when 'Uncle' is coming; Uncle is her brother. Family visit daily. Discussed, no concerns.")
T("Financial crime alert: Account ending 4471 receives salary credits from 4 different employees of Fresh Pack Ltd, all withdrawn same day at one ATM by one man. Account holder is a Slovak national who told branch staff 'the boss sorts the money'.",
  "WW", "ncw mbc", "L", "m")
T("A&E 03:40: 16M stab wound R thigh, with 2 older males who left before police arrived. Phone kept ringing, he was terrified. Lives in Croydon, was found in Margate. Said 'if I talk they'll do my little brother'. Police and on-call social worker attending.",
  "AV PV IT", "pa foa", "C", "i")
T("Public report: my cleaner told me she pays £150 a month to the agency that found her the job. Otherwise she is paid well and goes home to her own flat. Is that allowed?", "", "uf", "", "l")
T("Sexual health: 31M, works as chef in restaurant. Reports he sleeps in the restaurant storeroom because 'the owner gives room free', works 14 hours a day, 7 days, pay is £200 a month 'rest sent to my wife in Bangladesh by boss'. Wife has confirmed she has received nothing.",
  "EO WW DE AC", "swp lh ncw", "L", "h")
T("ED: 23F fracture L 5th metacarpal, punched a wall after argument with boyfriend. Denies DA, lives with mum. Advised, leaflet given.")
T("Midwife booking: 26F, Chinese, came with 'friend', a woman who paid the private scan fee in cash. Pt says she works in 'a beauty shop' and lives in the flat upstairs with 4 others. Doesn't know the address, knows it's 'near the station'. Very anxious about police, asked if hospital will tell immigration.",
  "IS", "foa swp iso", "", "m")
T("Health visitor: family of 6 in 2-bed flat, privately rented, mould and damp. Dad works in a warehouse, mum at home. Referral to environmental health. No exploitation indicators.", "", "plc", "", "l")
T("INT: 1/A/P. IP (F, 20, Albanian) reports being told by boyfriend ALIA Ermal she would work in a restaurant in London. On arrival she was taken to flats in Kings Cross and forced to sleep with men. ALIA keeps all money. IP escaped yesterday.",
  "DE PV WW", "ncw", "S", "h")
T("Prison note (HMP healthcare): remand prisoner 22M Vietnamese, arrested at cannabis factory. Says he came in a lorry, owes 'the boss' £28,000 and his family in Nghe An have been visited by men. Wants to speak to someone about trafficking. Referred to prison SPOC.",
  "DB IT", "", "C", "m")
T("my neighbour keeps a lady in the house she never goes out, i see her hanging washing at 6am and she is still cleaning windows at 10 at night. the family go on holiday and leave her locked in. shes from the philipines i think. she waved at me once and looked scared",
  "RM EO", "rm lh", "D", "m")
T("A&E: 40M Lithuanian, crush injury R foot at recycling plant. No steel toe boots; says they were £40 to buy from the gangmaster so he didn't have them. Pt lives in a house provided by the gangmaster with 16 others. Wages paid to a Revolut account 'the boss set up'. Pt says he can't go home, the boss has his ID card.",
  "AC WW RD", "ppe oc ncw dt", "L", "h")
T("Au pair (22F, Spanish) attended walk-in with sprained ankle from netball. Lives with host family, 25 hrs/week, own room, pocket money £100/wk, evenings free. No concerns.")
T("Renal clinic: 52M, Indian, stable CKD3. Asked about kidney transplant abroad, 'someone at temple said you can buy one in Sri Lanka'. Counselled on illegality and risks. Did not pursue.")
T("Safeguarding referral from GP: Mr P (58, learning disability) lives with a 'friend' who moved in 6 months ago. Friend collects Mr P's PIP and ESA and Mr P says he gets 'a fiver for the shop'. Flat full of the friend's visitors, Mr P sleeps on sofa.",
  "AV", "ncw", "", "m")
T("Man presents to ED with chest pain (non-cardiac). Works as Deliveroo rider, long hours by choice to earn more, own bike. Discharged.")
T("Victim debrief (first person, translated): I am from Sudan. I paid men in Libya to cross. In England a man said I can work and pay for the crossing. I worked in a car wash for 11 months, every day. He said the debt is £8000, then every week it was more, for food, for the bed. I never finish. He said if I go to police they send me back to Sudan and kill me there.",
  "DB EO IT AV", "lh foa", "L", "h")
T("Dental receptionist report: a man booked appointments for 5 different young women this month, paid cash for all, answered their questions for them. Women did not seem to speak English. One had bruising on her neck.",
  "", "sfw pa", "", "l")
T("INT 2/C/P. Rear of 14 MILL LANE: mattresses visible through window of garage, approx 8. Workers from nearby Kings Bakery believed to sleep there. Rent allegedly deducted at source.",
  "AC", "oc plc", "L", "m")
T("ED: 71F fall at home, NOF. Lives alone, independent. Daughter visiting. Ortho admission.")
T("Sexual health clinic: 16M attends for STI screen, says he met an older man online who gives him money and weed in exchange for sex and takes him to 'parties' with other men. Mum doesn't know. Looked frightened when asked if he could stop going.",
  "AV", "", "S", "h")
T("Caller (999): there is a girl screaming in the flat above, a man shouting 'you don't leave until you've earned it', I heard a slap. Flat 6, Carlton House. Please hurry.",
  "PV RM", "rm", "S", "i")
T("GP: Patient attended with employer interpreter (care home manager). Pt is Filipino senior carer on sponsorship visa, good English, explained manager came only as support. Pt has own accommodation. Contract shows 40 hrs. No concerns.")
T("Council licensing: HMO at 9 Derby St had 14 occupants in 5 bedrooms, all Romanian men working for the same car wash owner who is also the landlord. Rent £80/wk each taken from wages.",
  "AC", "oc", "L", "m")
T("OIC handover: IP now in safe house (Hestia). Was held by partner's family in Bradford for 3 years doing all housework for 9 people, not allowed out without mother-in-law, passport with father-in-law. Married in Pakistan at 17. Interview booked Weds.",
  "AV RM RD", "rm dt", "D", "h")
T("A&E nurse: 30F with UTI asked if someone can help her 'get my papers back from my landlord'. Landlord kept her passport as deposit when she rented room. She works in an office, pays her own rent. Advised Citizens Advice.",
  "RD", "dt", "", "m")
T("Bank alert: elderly customer (82F) has transferred £14,000 to a 'romance' contact overseas. Fraud team engaged. Not trafficking-related.")
T("Cuckooing referral (housing officer): Mr D (46, heroin user) has had 'friends from London' staying for 3 weeks. Mr D stays in his bedroom; they deal from the lounge. He said they give him gear and he 'can't ask them to go, they'd hurt me'.",
  "AV IT", "", "C", "m")
T("Interpreter voice: he says that the boss tells them the police in England are corrupt and will put them in prison. He says they work in the kitchen from 10 in the morning to 2 at night. He says he has not had a day off since Christmas.",
  "IT EO", "foa lh", "L", "m")
T("Maternity: 33F, attends with husband, both Polish, both work in factory. Normal pregnancy. Booked.")
T("Pt (18F) brought in after 'fainting' at nail bar. Hb 82, BMI 16. Works 7 days, 9am-8pm, says she eats once a day. Boss collected her from ED and said she must come back to work. Pt avoided eye contact, would not give home address.",
  "EO", "pa lh", "L", "m")
T("Domestic abuse note: 39F, husband controlling, checks her phone, has hit her twice. She works as a teaching assistant and keeps her own wages. MARAC referral. No exploitation concerns.")
T("INT 2/B/C (do not disclose source to subject). Hotel on A14: housekeeping staff supplied by SparkClean agency are driven in at 0600, paid £2 per room cleaned, 'fees' for uniform taken weekly. Staff are all Nigerian females housed by agency in one house.",
  "AC", "ce et ppe oc", "L", "m")
T("my son 15 went missing 3 days found in Swansea with £600 and drugs hidden in his body, the men who sent him told him his debt is now 2 grand because police took the stuff. He is scared stiff. Police have done nothing",
  "AV DB", "foa", "C", "h")
T("ED: 24M Slovak, dog bite R hand. Works on building site, lives with girlfriend. Tetanus given. No issues.")
T("GP receptionist: man rang to register 6 adults at one address, said he 'manages them'. Asked to come in person individually. Only the man came back.",
  "", "sfw", "", "l")
T("Sexual health: 28F from Thailand, says she came on a tourist visa with an 'agent' who paid her flight and now she owes £20,000 which she repays by seeing clients in a flat in Southampton. Agent keeps her earnings, she gets £100 a week. She is allowed out only with the maid.",
  "DB WW RM", "ncw rm", "S", "h")
T("Renal nurse: 45M Egyptian, attended dialysis unit as holiday patient. Family member mentioned paying for 'a kidney from Cairo' years ago; the graft failed. No donor info. Informed transplant team.",
  "", "", "O", "m")
T("Dental: adult M, construction worker, chipped tooth at work. Employer pays private dental cover. No concerns.")
T("Fishing vessel inspection (MCA/police): 6 Filipino crew on Scottish trawler, contracts say $500/month but crew have been paid nothing in 5 months, told money goes to manning agent in Manila. Crew sleep in a cabin with no heating, not allowed ashore; skipper holds passports 'for immigration'.",
  "WW RM RD AC", "ncw rm dt plc", "L", "h")
T("Hospital chaplain note: elderly man asked for prayers for his granddaughter who is travelling in Asia. Nothing further.")
T("A&E: 32F Vietnamese, nail bar worker, chemical burns to fingers. Says she works 10-10 and sleeps on a mattress at the shop. Boss says she 'owes for the training course'. Passport with boss.",
  "EO AC DB RD", "lh swp dt", "L", "h")
T("ED: 13F found by police at 4am in a car with 3 adult men, alcohol, cannabis. Disclosed to nurse that one of them 'makes me do stuff with his friends'. Men arrested. Strategy meeting.",
  "AV PV", "", "S", "h")
T("GP: 55M on methadone, stable. Lives in supported housing. Attends alone. No concerns.")
T("NGO outreach: met 4 men begging outside Lidl in Leicester, all Romanian, all with crutches they don't seem to need. They are dropped off at 7am by a white BMW and collected at 7pm. One said 'the money goes to Florin'.",
  "WW", "ce et ncw", "C", "m")
T("Midwife community visit: 21F mum of newborn, Afghan, in Home Office hotel. Cramped but safe, staff supportive. Low mood, PNMH referral. No exploitation.")
T("Police log: shoplifting at Boots, 3 females aged 20-30 arrested with £900 of cosmetics. One says a man drove them from Birmingham and takes everything they steal; she is given food and a bed and no money. She cried and said she can't go home because he has her ID.",
  "WW RD", "et ncw dt", "C", "m")
T("A&E: 52M, alcoholic, rough sleeper, cellulitis. Says a man offered him work and a room last year but he said no. Admitted for IV abx.")
T("Woman at the bus stop told me she looks after an old couple for no wages only food, they took her phone and she hasnt spoken to her children in Ghana in a year. She had to get back before they noticed.",
  "WW IS", "iso", "D", "m")
T("Occupational health: employee at frozen food plant reports 12-hour shifts during Christmas peak, voluntary overtime paid at 1.5x. Tired, advised rest. No exploitation.")
T("Safeguarding adults: Mr R, 33, moderate LD, befriended by a couple who moved into his flat; he is made to go to the bank each week and withdraw his benefits for them and to clean their car. They sometimes lock him in the bedroom when visitors come.",
  "AV RM", "ncw rm", "", "m")
T("ED: 29F, Brazilian, says she came for a 'modelling contract'. Agency in London told her on arrival she had to 'entertain clients' to pay back the flights. She has bruises on her arms from a client grabbing her. Agency has her passport.",
  "DE DB PV RD", "pa dt", "S", "h")
T("Public report: the Chinese takeaway at the end of my road has 2 men working in it who i never see leave. Lights on in the flat upstairs all night. Might be nothing.",
  "", "swp", "", "l")
T("GP letter: Mrs K (44F) attended with her husband, an anaesthetist at the trust. Migraine. Triptan prescribed.")
T("INT 2/B/P: POI HOXHA Arben runs a network of pop-up brothels via AdultWork (profiles 'Sweet Lina', 'New Girl Anya'). Females rotated weekly between Airbnbs in Reading, Slough, Swindon. Females never go out; HOXHA delivers food.",
  "RM", "rm", "S", "h")
T("Midwife: 20F, Albanian, currently in NRM (positive reasonable grounds). Lives in safe house, supported by Migrant Help. Well, attending all appointments. Trafficker in prison. No current risk.",
  "", "", "", "l")
T("Dental: 35M Indian chef, attends with restaurant owner who insists on staying in room and paying. Pt says he works 'every day, only Tuesday half'. Asked if he had a payslip, owner answered 'we do it cash, he is happy'.",
  "EO", "lh sfw", "L", "m")
T("Patient (26F) asked if the hospital could help because her employer, a family in Kensington, took her passport when she arrived with them from Qatar; she works from 5am to 1am, sleeps in the laundry room, and they said if she runs they will report her to the police for theft.",
  "RD EO IT AC", "dt lh swp", "D", "h")
T("Social care: 14M in foster care missing x4 in a month, returns with cash, new clothes, smells of cannabis. Says older boys 'look after him'. Has been seen in a trap house in Stoke.",
  "AV", "", "C", "h")
T("ED: 37M, Sri Lankan, flank scar. Asked about it: nephrectomy in India 6 yrs ago, says he 'sold a kidney for 3 lakh because of family debt, the agent told me it was safe'. Now CKD. Referred to renal.",
  "AV DE", "", "O", "m")
T("Caller says her friend's daughter (17) was taken to Spain by a man she met online, and is being made to work in a club. Girl sent a voice note saying 'get me out'.",
  "AV", "", "S", "i")
T("Wages complaint via ACAS: 33M warehouse picker says his last pay was 2 weeks late, employer apologised, payroll error. He has his own account and can leave whenever he likes. Not a modern slavery matter.")
T("Police log: welfare check at 3 Orchard Close, 5 Indian men living in house owned by construction firm. Beds ok, kitchen ok. Men say they are paid into their own accounts, have passports, can come and go. Firm pays above minimum. No offences.")
T("Walk-in centre: 20M Kurdish, works at a barber shop, says his boss pays him £40 for the whole week 'because he gives me a bed in the back'. Works 9am till 9pm, Monday to Sunday. He owes the boss for the lorry.",
  "WW EO DB", "swp lh", "L", "h")
T("Sexual health: 35F, Romanian, attends with sister. Works in a licensed massage parlour, rents her own room, has her own bank card and ID. Says she chose this work. No third-party control.")
T("GP: 47M, rough sleeper, asked for a letter for housing. Says he was offered 'work on a farm with a caravan' by men in a van outside the soup kitchen but refused. Housing referral made.")
T("ED: 18M Eritrean, 2 days after arriving by small boat, dehydrated, scabies. Says smugglers in France beat him when he could not pay more. Now in Home Office hotel. Treated.",
  "PV", "pa", "", "h")

# ---------------- batch 2 ----------------
T("Victim account, own words: They said me in Tirana there is job in a hotel in London, €1500 a month. When I arrive the man take my passport and said now you work for him in a flat. He hit me with belt when I said no. Everything the men pay, he take. He said if I run he will find my sister in Durrës.",
  "DE RD PV WW IT", "dt ncw", "S", "h")
T("ED: 41M, fall from ladder at home while painting. Fractured calcaneum. Self-employed decorator. Wife present. No concerns.")
T("INT 2/C/P: Vietnamese male approx 15 yrs seen through window of nail bar 'Glamour Nails', Wolverhampton, during school hours on 3 occasions. Not known to education. Adult female manager told PCSO he was her nephew 'visiting'.",
  "AV", "sfw", "L", "h")
T("Maternity triage: 23F presents 34/40 with reduced FM. Partner with her, supportive. CTG normal. Home.")
T("hi i want to report a man called Gheorghe he brings people from romania for the chicken factory and charges them £300 each for the job before they come and then takes £50 every week for the minibus to work. they live in his houses 10 in each. he has all there bank cards",
  "AC WW", "uf ct oc ncw mbc", "L", "m")
T("GP letter: Miss T, 16, attends with mum for contraception advice. Has boyfriend same age from school. Fraser competent. No concerns identified.")
T("Midwife note: 29F, Nigerian, booking at 24/40. Lives with 'auntie' who is not a relative; does all the cooking, cleaning and childcare for auntie's 4 children and is 'not allowed to go out except church'. Auntie brought her from Lagos promising she would go to college. Has not been paid. Does not have her passport.",
  "DE RM WW RD", "rm dt", "D", "h")
T("Renal transplant follow-up: 34F, altruistic living donor to a stranger via the UK sharing scheme 2 years ago. eGFR 68. Well, running marathons. Annual review.")
T("Police log (response): called to disturbance at car wash, Bury Old Rd. Two workers fighting over a bike. Both Kurdish, both have own flats nearby and are paid weekly by bank transfer, manager produced records. Words of advice. No further action.")
T("A&E: 22F attended with 'manager' from a massage shop for injury to face. Manager gave history (walked into door). Pt speaks no English. Via Language Line when manager stepped out, pt said 'he hits me when I don't make enough' and 'I cannot go anywhere, I live in the shop'. Police called, manager left the building.",
  "PV RM", "pa sfw swp rm", "S", "h")
T("Dental: 8M, severe caries, father says they just moved from Slovakia, dad works in a bakery, family renting house privately. Registered with school. Treatment plan.")
T("i seen 2 young girls no more than 14 getting out of a taxi at the kebab shop at 1am and going upstairs with older men. happens every weekend. the taxi driver is the brother of the kebab man",
  "AV", "et", "S", "h")
T("Safeguarding referral (ward): patient (63F) with dementia; son holds LPA, visits daily. Nurses note he is attentive. Referral closed – no concerns.")
T("Interpreter (Mandarin): she says the man who brought her told her she had to work until the 'fee' for the visa, 150,000 yuan, was paid. She says she works in a house with other women and men come there. She says they moved her three times and she does not know which city she is in now.",
  "DB IS", "iso", "S", "h")
T("INT 1/B/P. Cannabis grow 7 DERWENT WAY. Occupant (VN male, approx 17) found locked inside by officers at warrant, padlock on outside of front door, no food in house except rice, sleeping on mattress in loft next to grow room. Male said he was told he'd be taken to work in a nail bar.",
  "AV RM DE AC", "rm swp plc", "C", "h")
T("GP letter: Mr H, 58, Pakistani, CKD5 awaiting transplant on UK list. Wife has been worked up as potential donor. No concerns.")
T("Caseworker note (Unseen): client F 36 from the Philippines left employer, a diplomat's family in Belgravia. Worked 18 hrs a day, 7 days a week, looked after 3 children and cooked for guests. Slept on a mat in the children's room. Employer told her she has no rights because of 'diplomatic immunity' and would be arrested if she left. Salary of $400 'paid to her agency in Manila' – her family says nothing arrived.",
  "EO AC IT WW DE", "lh swp foa ncw", "D", "h")
T("A&E: 30M, tree surgeon, chainsaw injury L thigh. Employer drove him in, waited, was clearly upset. Pt lives with wife and kids. Surgery. No concerns.")
T("Council enforcement: takeaway inspected on food hygiene grounds. Found 3 beds in the basement store next to the freezer. Manager said staff 'sometimes nap'. Staff declined to speak. Referred to police partnership.",
  "", "swp plc", "", "l")
T("101: caller reports a man who stands outside the Co-op every day begging, dropped off by a car in the morning. Caller thinks he's 'being used'. Caller has never spoken to him.",
  "", "ce", "", "l")
T("Probation note: service user (19M) disclosed that his county lines 'debt' started when he was robbed of a package at 15. Older dealers told him it would be £3k and he has been working it off ever since. They have posted pics of his mum's house on Snapchat.",
  "DB IT AV", "", "C", "h")
T("Midwife: 31F booking, works as a nurse, lives with husband and daughter. Routine. Low risk.")
T("The owner of the big house on Church Lane has a Indonesian maid, I never seen her outside the garden, the husband drives her to the shops and waits. She told my wife she has not been paid since June and they have her passport 'for the visa'",
  "RM WW RD", "et rm dt", "D", "h")
T("ED: 17M, Albanian, unaccompanied asylum seeker, presented with abdominal pain. Lives in LA semi-independent accommodation. Missing from placement twice last month; returned with £400 and new phone. Says he was 'helping a friend in a house with plants in Hull'. Social worker informed.",
  "AV", "", "C", "h")
T("Financial intel: student account of a 19F receiving £8k in small transfers then moved out within minutes to crypto. Says a guy on Instagram paid her £500 to 'use' her account. She didn't know it was illegal.",
  "", "", "C", "m")
T("GP: 39M, chronic back pain, works on a farm in Herefordshire. Lives on the farm in a cottage with his family, employer good. Analgesia review.")
T("Renal: Patient returned from Egypt with new kidney, no documentation, says 'hospital arranged donor'. Bought through broker for $40,000. Patient himself is not a victim; donor unknown. Reported to NHSBT per protocol.",
  "", "", "O", "m")
T("Victim debrief: I came to England because a man in my village said the factory job was good money. I worked in the laundry 6 days, 12 hours. They took £90 a week for the house, £30 for the van, £20 for the gloves and boots and apron. Most weeks I had £15 left.",
  "DE WW EO", "ct ppe lh", "L", "h")
T("ED: 25F, Polish, hand injury from meat slicer at food factory. Accompanied by HR manager who arranged a taxi home. Pt happy at work, holds contract and own documents.")
T("INT 2/B/P. Farmworkers at KELLY'S FARM told by gangmaster MURPHY John that if anyone speaks to the GLAA 'they'll be in a ditch'. Workers (approx 12, Irish Traveller and Eastern European) housed in caravans without running water. Transport deducted.",
  "IT AC", "ct plc", "L", "m")
T("Social worker: 12F, looked after, disclosed that a 19-year-old she met through a friend has been giving her vapes and asking for pictures. She sent images. Police informed. Placement aware.",
  "AV", "", "S", "h")
T("Midwife: 18F, Roma, married in a religious ceremony at 16 to a man of 25. Lives with his family. Mother-in-law answers all questions. Pt says she 'does the house' and is not allowed to go to college. Mother-in-law keeps her ID 'safe'.",
  "AV RM RD", "sfw rm dt", "D", "h")
T("GP: patient (31M) asks for fit note, stress at work, says his boss at the restaurant is 'a nightmare' and pays late sometimes, but he is paid in full, lives with his partner and is looking for another job. Fit note 2 weeks.")
T("Public report (online): CAR WASH ON HIGH ST THE BOYS LOOK HALF STARVED NO GLOVES IN THE FREEZING COLD STANDING IN WATER ALL DAY AND THE BOSS SITS IN HIS RANGE ROVER. SOMEONE DO SOMETHING",
  "AC", "pa", "L", "m")
T("ED: 48M, Ukrainian, hypothermia, found sleeping in a field near a farm. Says the farmer let him go because he was 'too slow' and didn't pay the last two weeks; now he has no money for a ticket. Says he is owed £600 and has gone to ACAS.")
T("Sexual health: 19F, student, attends after sexual assault at a party by an acquaintance. Reported to police. SARC referral. No exploitation or third-party control.",
  "PV", "", "", "h")
T("INT 3/C/P: unknown Asian males seen entering 23 FOX ST late at night, single female occupant. Nature of visits unclear. Possible brothel. Not corroborated.")
T("Border Force note: 3 Nigerian women stopped at Gatwick travelling with male escort who held all three passports and return tickets. Women said they were coming to work as 'hair stylists' but could not name the salon. Male said he was their 'pastor'. Safeguarding officers engaged.",
  "RD", "dt et sfw", "", "m")
T("Dental: patient (26F) attends with her employer, a hairdresser, for a broken tooth. Employer paying as a kindness, patient confirmed she is paid properly and lives with her flatmate. No concern.")
T("Social services: Mr and Mrs B (both 80s) rely on a live-in carer from Zimbabwe, employed through a reputable agency, 3 days off a week, own room. Family very positive. Carer says she enjoys the work.")
T("OIC note: IP (M, 34, Indian) was recruited in Kerala for a job as a care assistant in Norfolk. Paid an agent £9,000 for the CoS. On arrival the care home gave him only 10 hours a week and then none. Employer said he'd lose his visa if he complained. Now in debt and sleeping on a friend's floor.",
  "DE IT AV", "uf", "L", "h")
T("Salvation Army note: client (F, 24, Vietnamese) worked in a nail bar in Leeds for 2 yrs. Boss told her she must pay back £25,000 for the journey; each month she paid £1,200 of her £1,300. Lived in boss's house with 6 others, 3 to a bed. Phone checked every night by boss's wife.",
  "DB WW AC", "oc", "L", "h")
T("Message to Crimestoppers: the nail shop next to Greggs the girls don't get paid, the owner keeps the money and gives them food. the same man picks them up at 10 at night in a black Audi",
  "WW", "ncw ce et", "L", "m")
T("GP: patient (44M) from Romania, works at car wash on minimum wage with payslips, rents a room. Requests vaccination record. Fine.")
T("Midwife: 25F, Bangladeshi, came on spousal visa. Husband speaks for her at every appointment, she has no phone of her own, does not know her address, says she is 'not allowed' to call her mother. Mother-in-law makes her do all housework 'from morning to night'. Midwife saw her alone using the toilet ruse: she cried, said 'they will send me back if I tell'.",
  "IS RM EO IT", "sfw iso rm lh", "D", "h")
T("Financial crime: 11 bank accounts opened at the same branch in one week by men with Romanian ID cards, all with the same address and phone number, all accompanied by the same interpreter who kept the cards and PINs.",
  "", "mbc sfw ncw", "", "l")
T("A&E: 36M, Sudanese, found wandering at the docks. Says he was on a fishing boat for 'months', never paid, slept on deck, the captain hit him with a rope and he jumped off when they reached the harbour. Injuries to back.",
  "WW AC PV", "pa", "L", "h")
T("Pharmacy note: customer asked for methadone dose for a man who was not present, said he 'looks after' him. Refused. Not exploitation, advised proper process.")
T("INT 2/B/P: ROSTAS Ionut believed to control 6 Romanian females begging at Manchester Piccadilly; females handed over takings hourly to ROSTAS's partner. One female heavily pregnant. ROSTAS seen slapping a female who gave him too little.",
  "WW PV", "ncw", "C", "h")
T("Au pair (19F, Czech) presents to GP with anxiety. Host family makes her work 60 hours a week and she has no days off for 6 weeks. Pocket money of £70 is paid. She has her passport and is planning to leave.",
  "EO", "lh", "D", "m")
T("ED: 31M, construction labourer, fall from roof, no harness. Brought by 2 co-workers who left immediately. Pt says employer told him to say he fell at home. He sleeps 'at the site' in a portacabin. Says he gets paid 'when the job finishes', hasn't been paid for 3 months.",
  "WW AC", "swp", "L", "m")
T("Community midwife: home visit to 30F, Eritrean, living in shared house with 3 other women she met at the mosque, all in college. Clean, warm. No concerns.")
T("Sexual health: 17F attends with her 'aunt' (later found not related). Aunt refused to leave room. Pt had 3 STIs. Written note passed by pt saying 'help me they sell me'.",
  "AV", "sfw", "S", "i")
T("GP letter: Mr O (72) requests private kidney transplant info abroad after seeing Facebook advert promising 'donor guaranteed within 2 months'. Advised of law (HTA 2004) and risks.")
T("999: male says he has escaped from a house in Luton where he was kept for 3 weeks, beaten, made to sign for benefits in his name and the men have his bank card. He is calling from a petrol station, they are looking for him.",
  "RM PV", "rm ncw", "C", "i")
T("Safeguarding referral: pt (48F) attending renal clinic, brought by a man who says he is her 'employer' and that she cleans for his family; she wants a transplant and he has offered to 'arrange a donor in Pakistan'. Pt says she is paid £100 a month and is not allowed to go out without him.",
  "WW RM", "et rm", "D", "m")
T("Occupational health report: Meat plant night shift 10 hrs, 4 nights on, 4 off. Workers have lockers, canteen, union rep. Audit satisfactory.")
T("A&E: 21F, Chinese student, overdose of paracetamol. Says she is under pressure from a loan app for tuition fees. Not exploitation; MH team referral.")
T("Police intelligence 2/B/P: Male known as 'BIG T' recruiting girls from Pupil Referral Unit, giving them cannabis then telling them they owe him and must 'hold' for him. One girl 15 said she was made to go to Bournemouth on a train with drugs inside her.",
  "AV DB", "", "C", "h")
T("ED: 33F, burns to hands from industrial dishwasher at hotel. Says no training, no gloves. Works through an agency; pays her own rent, paid properly. Reported to HSE.",
  "", "", "", "l")
T("Interpreter voice (Tigrinya): he says that in the house where they kept him there were 20 people and one toilet. He says they could not go out because there was a man always at the door. He says he was told he owed $6,000 for being brought there.",
  "RM AC", "oc rm", "", "m")
T("Midwife: 34F, pregnancy 3, lives in Airbnb 'for work', works for a man who arranges her 'appointments'. She has a phone that he gave her and which he tracks. Says she sees 8-10 clients a day and hasn't had a day off in a month.",
  "EO IS", "lh iso", "S", "h")
T("Health visitor note: grandmother living with family of 5 helps with childcare; family say 'she's a huge help' and she says she loves it. Normal family arrangement.")
T("Dental: 22M, Vietnamese, attended with man who paid £300 cash and said pt was 'his worker'. Pt very thin, scared, few words. When asked where he lives, man answered 'with me'.",
  "", "pa sfw", "", "l")
T("A&E: 27F, severe asthma, works in nail salon with no ventilation. Own business, her salon. Advised on masks and extraction.")
T("Caseworker (Medaille Trust): client (M, 50s, British, ex-offender, alcohol use) was 'taken in' by a Traveller family 4 yrs ago, laid tarmac 7 days a week for food and cider, slept in a horsebox. Was told the police were after him and he was safer with them. Beaten when he tried to go.",
  "AV EO AC PV DE", "lh plc", "L", "h")
T("Police log (Response): welfare check at nail bar after anonymous call. 4 staff present, all Vietnamese, all with UK IDs, all paid by BACS, all live off-site. Owner cooperative. No concerns, closed.")
T("A&E: 19M brought by police after arrest for shoplifting, has no fixed abode, says a man 'gives him a bed' in exchange for nicking stuff to order. Man keeps all the gear. Heroin dependent. Says he'd be kicked out on the street if he stopped.",
  "AV", "", "C", "m")

# ---------------- batch 3 ----------------
T("ED: 28M, Romanian, head injury after being hit with a bottle by his 'boss' at a car wash. Says the boss took his phone so he cannot call his wife, and he doesn't know the street name of the house they sleep in. Came with nothing but the clothes he is wearing.",
  "PV IS", "pa iso fpe", "L", "h")
T("GP note: Ms V, 30, Latvian, works as cleaner at hospital via contractor, registered, lives with partner. Contraception review.")
T("Interpreter (Vietnamese): she says the woman who runs the shop told her that if she tells anyone about the shop, the people in Vietnam will go to her parents' house and 'collect the debt in other ways'. She says the debt is now bigger than when she arrived.",
  "IT DB", "", "", "m")
T("Renal MDT note: 29M Pakistani, donor nephrectomy scar, presented with hypertension. States he was offered a job in Lahore, taken to a 'medical check' and woke up in a clinic with one kidney; was given 50,000 rupees and sent home. Came to UK on a student visa later. Psychology referral, police informed via safeguarding.",
  "DE PV", "", "O", "h")
T("Midwife: 24F, attending with her husband, a Polish lorry driver. She has a job in a bakery. Both speak good English. Low risk booking.")
T("INT 2/B/P: persons at 11 CEDAR CT (cuckooed address of vulnerable female SMITH Jane, DOB 12/03/1979) — nominals from London using her flat to deal crack. SMITH not allowed to use her own phone, which is used as the line. She has been told she'll be 'slashed' if she calls police.",
  "AV IS IT", "iso", "C", "h")
T("walked past the hand car wash on the ring road at 11pm last night and the lads were still washing cars under floodlights. they were there at 7am when i went to work. they have no coats and look about 16",
  "EO AV", "lh pa", "L", "h")
T("A&E: 40F with chest infection, homeless, says she used to clean for a family for board only. Left a year ago. Now staying at hostel. Treated, discharged to hostel.")
T("Safeguarding note, GUM: 20F, Nigerian, says she was sworn in a juju ritual before leaving Benin City and 'will die' if she disobeys 'Madam' or speaks to police. She owes Madam €35,000. Works in a flat in Birmingham, sees clients every day. Madam holds her documents.",
  "IT DB RD EO", "dt foa lh", "S", "h")
T("GP: 57M with new kidney from deceased donor (UK list), doing well. Immunosuppression review.")
T("Police log: shop worker at Polish deli reports a regular customer telling her he works at a recycling plant, gets paid into his own account but 'the foreman makes us give him £50 cash every Friday or we get no shifts'. Customer lives with his brother. Passed to GLAA.",
  "IT", "", "L", "m")
T("Sexual health: 23M, Albanian, requests HIV PEP after sexual assault by 'the men who brought me'. Says they made him work in a cannabis house and raped him when he asked to go. Lives 'somewhere in Kent', no address known.",
  "PV IS", "iso", "C", "h")
T("Dental: 16F attends with a man of about 40 who says he is her 'guardian'. She has dental injuries (2 upper incisors broken), says she fell. He answered every question. No school on record. Receptionist noted she has no coat, no bag, nothing.",
  "AV", "pa sfw fpe", "", "h")
T("OIC update: Op TIDEWAY — 9 men (Polish, Lithuanian) recovered from 2 houses in Kidderminster. All had been recruited at Warsaw bus station with promises of £400 a week at a warehouse. Instead they worked on rubbish sorting lines 12 hrs a day; all wages went into accounts controlled by OGRODNIK (S1). Men had no winter clothes, one bag between them.",
  "DE WW EO", "ncw lh fpe", "L", "h")
T("ED: 37F, Irish, attends with injury from horse at stables where she works. Employer drove her, came to visit later. Own horsebox-home on site by choice. No concerns.")
T("Public report: pls check out the massage place above the vape shop, Bridge St. open till 2am, girls never seem to leave, one asked me to call her a taxi but then a man came down and she said forget it. i think she is scared of him",
  "", "swp", "S", "m")
T("Midwife: 32F, Sudanese, asylum seeker, dispersed accommodation. Husband supportive. She's lonely, no friends in the area. Referred to Maternity Action befriending. No exploitation concerns.", "", "", "", "l")
T("Social worker: a 15-year-old boy disclosed that he cannot go home because 'the olders' say he owes them for a phone and a pair of Jordans. They make him sleep in a trap house in Ipswich and text him every hour. He is there now.",
  "AV DB RM", "rm", "C", "i")
T("INT 3/C/C (source protection — not to be shared with housing): farm worker camp at LONG ACRE, 40 caravans, no showers, workers charged £95/wk. Workers reportedly not allowed off site without a supervisor.",
  "AC RM", "plc rm", "L", "m")
T("GP letter: Mr E, 34, Eritrean, works as a Deliveroo rider using a friend's account; friend keeps 30%. Mr E chose this. Low mood, CBT.")
T("A&E: 19F, Filipino, domestic worker who ran away from employers' flat at 5am. Says she was locked in every time they went out, slept in a cupboard, worked from 6 till 2 at night, was slapped by the wife, has not been paid in 7 months. Employers have her passport. She has one plastic bag of belongings.",
  "RM AC EO PV WW RD", "rm swp lh dt fpe", "D", "h")
T("Renal: 66F with ESRD, daughter (Indian, 30) is her living donor, donor assessment completed in London with independent assessor. No coercion found. Proceeding.")
T("Caller 101: my brother's wife came from Pakistan, she is not allowed out of the house, they took her phone, she cooks for 11 people and is hit by her husband. We want her helped.",
  "RM IS PV", "rm iso", "D", "h")
T("INT 2/B/P: Male DOB 1998 (RIAZ) recruiting lads at a Manchester gym for 'security work'; they are driven to Scotland and put to work on a building site, housed in a caravan and told their 'wages pay the travel and the digs'.",
  "DE WW", "ct", "L", "m")
T("Victim statement: I met Daniel on Tinder. He said he loved me. Then he said his brother was in trouble and I must help and he put me in a flat with other girls. Men came. He said if I leave he will send the videos to my dad. He keeps my phone in his car.",
  "DE IT IS", "iso", "S", "h")
T("Midwife: 27F, Vietnamese, says she works in a restaurant, lives with boyfriend, has own phone, speaks some English. Came alone. Confirms she is free to leave work and paid. No concerns.")
T("GLAA note: labour user (salad packhouse) found workers supplied by unlicensed provider who charged each worker £250 'registration' and took their passports 'to check right to work' and returned them weeks later. Workers paid correctly. Provider reported for offences.",
  "", "uf", "", "l")
T("Probation: 20M, on licence, says his drug debt is now £4,000 and the people he owes have told him to carry to Aberdeen or 'they'll do his knees'. He is living in the approved premises. Police and OM informed.",
  "DB IT", "", "C", "m")
T("ED: 50M, Chinese, cook at takeaway, diabetic foot ulcer untreated for months. Says he works every day from 11am to midnight and sleeps in the kitchen. Boss gave him 'a little money'. Speaks no English; boss's son interpreted and said 'he's family'.",
  "EO AC WW", "lh swp sfw ncw", "L", "h")
T("School nurse: Y11 girl (16) says her 'boyfriend' (24) tracks her location, tells her what to wear and made her go to a party where his friends touched her. She is scared to tell her mum.",
  "AV PV", "", "S", "h")
T("Bank alert: carer's allowance and pension of Mrs W (84) withdrawn by her nephew, who she says 'gives me what I need'. She lives in her own home and seems well. Adult social care to review.",
  "", "ncw", "", "l")
T("Police log: report of a man pushing another man in a wheelchair round Coventry city centre begging. Both Romanian. Man in wheelchair says via Google Translate that the other man is his son. CCTV shows son takes coins but both go to the same address and share. NFA.")
T("Victim account (interpreter): He says they were told the boat in Scotland would pay £1,200 a month. He says he has been on the boat 10 months and received £300. He says the skipper keeps the 'contracts' and their seaman's books. He says they work 20 hours when the fish are running.",
  "DE WW RD EO", "dt lh", "L", "h")
T("Pt (M, 45) says he gave his passport to his employer for the visa renewal, got it back a week later. No concerns.")
T("A&E: 22F Chinese, attends with 'boyfriend' for abdominal pain, found to have 3 mobile phones in bag. 'Boyfriend' takes her phone when nurse asks for a contact number. Pt says she 'does massage' and that boyfriend 'looks after the money'. Pt appeared frightened, very thin.",
  "WW", "sfw ncw pa", "S", "h")
T("Housing officer: tenant (Mr Z) subletting 3-bed flat to 12 Indian men who work at the chicken factory. Men pay rent to Mr Z, who is also their supervisor and drives them to work, charging £10 a day.",
  "AC", "oc ct", "L", "m")
T("ED: 26M, Eritrean, panic attack. Had flashbacks to a camp in Libya where he was held for ransom and beaten. Now granted asylum, working in a warehouse, own flat. MH referral.", "", "", "", "l")
T("INT 1/A/P: female (REID Chloe, 14) located at address of adult male LEWIS in Rochdale at 0300. She had been missing 4 days. LEWIS had given her alcohol; she disclosed being made to have sex with his friends for 'rent'.",
  "AV PV", "", "S", "h")
T("Dental: woman (est 30s) brought in by man; her teeth badly damaged, he said 'fell off bike'. When asked, she wrote on paper 'I am kept'. Man left when receptionist started calling someone. Police called.",
  "RM", "pa rm", "", "m")
T("Caseworker (Hope for Justice): client (M, 38, Slovak, Roma) was brought to Sheffield by a family who promised factory work. He was made to sign for benefits and open 4 bank accounts which they control. He was never paid for the factory work; they took the wage slips and cards. He was told that if he spoke, they'd 'deal with' his children back home.",
  "DE WW IT", "ncw mbc", "L C", "h")
T("Midwife: 30F, pregnant, her husband's employer (restaurant owner) has given them the flat above for free. Husband works normal shifts. No concerns.")
T("Public report: saw a young Vietnamese girl sat on her own in the nail shop at 11pm, lights off, crying. Shutters were down. Couldnt see any one else. She wouldnt come to the door",
  "", "", "", "l")
T("Sexual health: 29F, 'escort' through agency, says agency takes 40% commission, she works when she chooses and lives at home with her children. No control issues.")
T("999 call summary: female caller speaking quietly, says she is in a car with 2 men taking her to 'another house' and she doesn't know where, they have her passport. Line dropped. Cell site shows M1 southbound.",
  "IS RD", "et dt iso", "", "i")
T("ED: 35M, homeless, HIV+, says a man has been 'renting him out' to other men for sex in exchange for crack and a bed in a squat. He wants to get away. Says the man will 'cut him' if he goes.",
  "AV IT", "", "S", "h")
T("Council licensing: car wash lacks planning permission and trade waste agreement. Workers interviewed, all paid above NMW, registered, own homes. Enforcement notice for planning only.")
T("Referral from children's ward: 11M, Roma, admitted with pneumonia. Family say he goes 'with his uncle' selling the Big Issue in the town centre on school days. Uncle keeps the money. Education welfare involved.",
  "AV WW", "ncw", "C", "h")
T("INT 2/C/P: Indian national SHARMA reported to be running a sham marriage service; Portuguese females paid £3k, promised a holiday, then kept in a house in Leicester until the wedding, their ID cards kept by SHARMA.",
  "DE RM RD", "rm dt", "C", "h")
T("GP: patient (67M) returned from Turkey with a 'new kidney'. Says he paid a hospital in Istanbul; it was 'all legal, donor was a family friend'. Clinic letter requested. Transplant team will follow up donor details.",
  "", "", "", "l")
T("Interpreter (Albanian): she says that when she went to the doctor before, Ardit sat in the room. She says she has never been to a shop alone in England. She says she cannot say the address because she never saw the outside of the house in daylight.",
  "RM IS", "rm iso sfw", "", "m")
T("A&E: 24M, Kurdish, kebab shop worker, burns from fryer oil. Boss came in, insisted he was fine to go back. Pt says he has been working 'every day' since he arrived 'because I owe for the truck'. Sleeps in the storeroom.",
  "EO DB AC", "lh swp sfw", "L", "h")
T("Social care: Mrs F (79) lives with her lodger of 10 years who does her shopping. She is clear and capable; nothing suggests he takes advantage. NFA.")
T("INT 2/B/P: County line 'DEX' operating Bristol–Taunton. Line holder uses local girls aged 14–16 to run; they are 'paid' in weed and told they are 'in debt' if packages go missing. One girl hit with a bat last week.",
  "AV DB PV", "", "C", "h")
T("GP letter: Mrs N, 41, Filipino, works as housekeeper for a family in Surrey for 7 years, paid into her own account, has her passport, visits home every summer. Attending for hypertension.")
T("Victim debrief: The man said I had to carry the bags to Liverpool on the train. He said I must pay for the ticket and for the hotel and for the bag police took. Every time it was more. I was 16. He showed me a video of a boy he hurt with a knife and said this is what happens.",
  "AV DB IT", "ct", "C", "h")
T("Hospital security: man tried to take a female patient (ward 7) out of hospital against medical advice, shouting she 'has to work tonight'. Patient said she does not want to go. Police attended; man arrested. Patient (21, Romanian) disclosed she sells sex and he keeps all the money.",
  "WW", "ncw", "S", "h")
T("OIC: IP (F, 45, Indonesian) worked for a Saudi family during their summer stay in London. Family holds her passport. She worked 20-hour days, slept on kitchen floor, ate leftovers. Agent in Jakarta told her she'd be a nanny on $800 a month; she was paid nothing.",
  "RD EO AC DE WW", "dt lh swp", "D", "h")
T("Farm manager called police to report that a worker (Bulgarian, 30) had been assaulted by a co-worker in the caravan park. Both workers paid by the farm through payroll. Assault investigated. No exploitation.",
  "PV", "", "", "h")
T("I used to work in a hotel kitchen. The chef never let us go home before 1am and we started 7am. We had no break. They said the agency would fire us if we complain. The money was ok and on time but I was so tired.",
  "EO IT", "lh", "L", "m")
T("ED: 30M, Indian, presented with a kidney that has been 'removed in India'. He says he needed money for his sister's wedding and a man in Delhi arranged it; he was paid half what he was promised. He now has pain and fears for his health.",
  "DE AV", "", "O", "m")
T("Police log: Vietnamese female 16 found in the boot of a car at the port of Dover with 2 adult males. She had no phone, no bag and said she was going 'to work'. Males arrested. Female to foster placement.",
  "AV", "fpe", "", "h")
T("Public report via MSHU app: the farm near Evesham has workers living in old shipping containers. I asked one lad and he said he pays £70 a week for it and it's fine, he goes home to Romania in October. Not sure if this is right.",
  "", "plc", "", "l")
T("A&E: 45F, Thai, HIV diagnosis. Says she came on a marriage visa, husband divorced her, now works as a 'maid' for his friend who does not pay her but lets her sleep in the laundry and says he'll call immigration if she complains.",
  "WW IT AV AC", "swp foa", "D", "h")
T("Midwife: 16F booking at 14/40, lives with mum, boyfriend 17, supported by family and school. Safeguarding discussed with HV - no exploitation; routine teenage pregnancy pathway.")
T("INT 2/B/P: Brothel 'The Lodge', Slough. Females (Hungarian, Romanian) bussed in each Monday from Birmingham, taken back Sunday. Females sleep on site, rota 12 noon to 4am. Premises run by BALOGH Zsolt who collects all cash.",
  "EO WW", "et swp lh ncw", "S", "h")
T("Renal outreach: 55M, patient on dialysis, asked nurse if it's true he can 'pay someone's family' to give him a kidney here in the UK. Nurse explained HTA, no action.")
T("GP: 42F, nurse from Zimbabwe. Says agency that brought her to UK charged £5,000 in fees that she is repaying from her wages monthly; told if she leaves early she must pay £8,000 more. She is working 60hr weeks in a care home to pay it.",
  "DB EO IT", "uf lh", "L", "h")
T("A&E: 18M, in care leaver flat, says older men have moved into his flat and he sleeps in the bath. They make him take packages to the station. They took his bank card.",
  "AV", "ncw", "C", "m")
T("Sexual health: 33F, trans woman, Brazilian, works from a flat advertised on a website, manager 'takes a cut'. Has her own passport, rents her own room, can stop when she wants. Offered support services.",
  "", "", "", "l")
T("Police log: 2 Polish males assaulted outside a pub by locals; hate crime. Both work at warehouse via agency. No exploitation.",
  "PV", "", "", "h")
T("Interpreter (Romanian): she says that 'the boyfriend' put adverts on the internet for her. She says she had to see 10 men a day. She says the boyfriend beat her with his fists when she cried. She says he has her ID card and she doesn't know what town she is in.",
  "PV RD IS EO", "dt iso lh", "S", "h")

# ---------------- batch 4 ----------------
T("ED: 33M, Polish, forklift driver, crushed fingers. Came with supervisor who was helpful and left. Pt says work is good, he has a contract, steel toe caps and gloves provided free. Discharged.")
T("Midwife: 22F, Romanian, booking late at 30/40. 'Husband' (42) did all the talking; when asked her address he said they 'move around for work'. She has no phone, no bag, wearing his jacket. She looked at him before every answer. Safeguarding referral made, she declined to be seen alone.",
  "IS", "sfw iso fpe", "", "m")
T("Sexual health: 26M, works 'on the boats' out of Newlyn, Ghanaian, in UK on transit visa. Says he has to stay on the boat when in port and crew are not allowed to use the wifi or phones. Skipper 'holds the wages until the end of the contract'.",
  "RM IS WW", "rm iso ncw", "L", "h")
T("Public report: my neighbour is a single mum she has a lodger who is about 19 and helps with the kids and cleaning. they all seem happy and go out together. someone said she is a slave i dont think so",
  "", "", "", "l")
T("INT 2/B/P: Minibus (reg KX19 ABC) seen collecting 14 workers at 0445 from 2 addresses in Peterborough, returning them at 2200. Workers allegedly pay £15 per day for transport to a salad farm. Driver VASILE also acts as their 'translator' with the farm.",
  "EO", "ce ct sfw lh", "L", "m")
T("A&E: 20F, Albanian, presents with miscarriage. Man who brought her says he is her husband; she later says he is 'the boss' and she works in a flat where men come. He has her passport. She says he told her if she goes to police they will send her home where her family will kill her because of the shame.",
  "RD IT", "dt foa", "S", "h")
T("Dental nurse: a girl of about 13 came for an appointment with an older man who was not on the consent form. He got angry when we asked for a parent. They left before being seen. Registered address is an HMO.",
  "AV", "", "", "h")
T("Police log: theft of tools from a van on building site. Site workers all directly employed. Crime number allocated. NFA.")
T("Caseworker: client (M, 19, Vietnamese) says he was held in a house in Birmingham and told to care for 'plants' for 9 months; the door was bolted from the outside and food was left once a week. He had no phone. He was told his family in Vietnam would pay if he ran.",
  "RM IS IT", "rm iso", "C", "h")
T("GP letter: Mr U, 46, Nigerian, Uber driver, works 60 hours a week by his own choice to support family. Advised on sleep hygiene. No concerns.")
T("A&E: 16F attended with friend after taking MDMA at a party in a flat. Friend says older men run the flat and 'girls stay over for free if they're nice to the men'. Pt cannot remember last night. Forensic kit offered; police informed.",
  "AV", "", "S", "h")
T("Renal social worker: pt on dialysis, undocumented Bangladeshi man, says his 'employer' in a restaurant arranged for him to come to UK and he worked 13 hrs a day for 2 yrs until his kidneys failed; employer 'took care of his money'. Now unable to work, employer has abandoned him.",
  "EO WW", "lh ncw", "L", "m")
T("hello, i am from Eritrea. the man who drives us to the factory takes our money for the house and the car and the food. we work every day. when i ask he says I am illegal and police will take me. i have no papers now because he has them.",
  "WW EO IT RD", "ct dt foa lh", "L", "h")
T("ED: 28F, Vietnamese, nail technician, attending with sister for allergic reaction to acrylic. Owns her salon with sister. No concern.")
T("INT 2/B/P: IP (F, 33, Romanian) states that ION (surname unknown) took her to a house in Bradford, took her ID and phone, and rented her to men 'for the debt of the flat'. She sleeps on a mattress with 3 other women. He threatens to sell her daughter in Romania.",
  "RD IS DB IT AC", "dt iso oc", "S", "h")
T("Safeguarding referral (maternity): 19F, learning disability, pregnant. Her 'boyfriend' brings other men to the flat and she is given money afterwards which he takes. Social worker and police informed.",
  "AV WW", "ncw", "S", "h")
T("GP: patient, 27M, works at a car wash, says he is paid £9 an hour cash (below NMW) but goes home at 6, lives with his cousin, can leave whenever he wants. Advised ACAS/HMRC.")
T("Victim (through Kurdish interpreter): the smugglers said the journey is €5000. He says his father paid half, and he must work the other half in a barbershop. He says he has worked there for 2 years and the boss says he still owes €2000 because of food and the room. He says he cannot leave because the boss knows his family in Ranya.",
  "DB IT", "", "L", "m")
T("Border Force: UK-bound female (22, Vietnamese) found with forged Japanese passport; said an 'uncle' arranged everything and she'd repay by working 'in nails'. Uncle to meet her at the airport. Her real passport was kept by the uncle in Hanoi.",
  "DB RD", "dt", "L", "m")
T("Midwife note: pt (38F) booked, lives with husband and in-laws, helps with cooking, attends college twice a week, has own phone and bank card. Mother-in-law attends some appts. No concerns.")
T("A&E: 34M, Slovak, night worker at a meat plant, chemical splash to eye. Says he had to buy his own goggles from the labour provider for £25 and boots £40, deducted from his first pay. Otherwise gets paid into his own account.",
  "", "ppe", "", "l")
T("Social care referral: Mr T (40, LD, lives in supported living) has been taken to work on a market stall by a 'friend' for 6 months, 7am–7pm Saturdays and Sundays, paid in sweets and cigarettes.",
  "AV WW EO", "lh", "L", "h")
T("Intelligence: 2/B/P. Nightclub promoter (name KHAN) uses Snapchat to recruit girls 14-17 for 'parties'; girls taken by taxi to hotels in Oldham. INT suggests sexual activity with adult men in exchange for alcohol, cocaine.",
  "AV", "et", "S", "h")
T("A&E 01:20: 29F, Romanian, assaulted by partner, who is also her 'pimp' according to pt. Pt says she wants to go back because he has the kids and her ID. Partner still in waiting room. Police called; pt says he will kill her if she talks.",
  "PV IT RD", "dt", "S", "i")
T("GP: Mr C, 52, British, stable, works at a warehouse through Staffline, weekly pay, has had a pay dispute over holiday pay that is now resolved. No concerns.")
T("Salvation Army intake: woman (28, Sudanese) came as a 'visitor' with a family from Dubai who keep her passport. She did cooking and cleaning 17 hrs/day for 2 months; she had no days off and was not allowed to phone anyone. She escaped while the family was at Harrods.",
  "RD EO IS", "dt lh iso", "D", "h")
T("Pt (F, 31, Chinese) attended walk-in with chest pain; came with a friend who interpreted. Lives in a shared flat with 5 others from her church. Works in Chinese supermarket, paid weekly. No concerns.")
T("Council environmental health: recycling yard, workers sorting waste barehanded, no PPE supplied, living in portacabins on site without heating. Operator houses them free and says they are 'family'. Referred to GLAA.",
  "AC", "swp plc", "L", "m")
T("Probation (resettlement): prisoner due out says he was made to take the blame for a cannabis farm by the men who trafficked him; they've told him his 'debt' of £20k must be paid when he gets out or his sister in Vietnam will suffer.",
  "DB IT", "", "C", "m")
T("Renal: 48M, Chinese, had transplant in China 2009, documentation unclear, 'donor was a prisoner' according to patient's relative. Reported per policy.",
  "", "", "O", "m")
T("ED: 17M, Vietnamese, stab wound L arm; says he was hurt 'in the grow house'; older man who brought him wanted to take him away before treatment. Pt says he sleeps at the house and cannot leave. Police attending.",
  "AV RM PV", "sfw swp rm", "C", "i")
T("GP letter: Mrs B, 63, Indian, lives with son's family, does childcare, loves it, has own pension and bank account. Hypertension.")
T("Anonymous online report: my uncle runs a hotel in Blackpool and the cleaners are from Romania, he makes them live in the basement and work from 6 till late and takes £100 each week for rent. they have no days off in summer. i am ashamed",
  "AC EO", "lh swp", "L", "m")
T("Midwife: 26F, Eritrean, arrived last month via Calais. Had been held in a warehouse in Libya and raped repeatedly before crossing. Now in asylum hotel, supported. Referral to perinatal MH and NRM discussed.",
  "PV", "", "", "h")
T("Police log: 3 men arrested at ATM in Boston, Lincs with 27 bank cards in names of agricultural workers; workers later said the men took their cards 'for the rent' and gave them £30 a week.",
  "WW", "mbc ncw", "L", "m")
T("Caseworker note: client (F, 50, Ghanaian) worked for a pastor's family in Croydon for 9 years as a 'house help'; she cooked, cleaned, did childcare every day; the pastor said he was 'saving her wages' and she never received any. She was told she would be deported if she went to any office.",
  "WW EO IT", "foa lh", "D", "h")
T("Sexual health: 18F, care leaver, disclosed she is 'seeing' an older man who gives her somewhere to stay. He has asked her to sleep with his friend 'to pay rent'. She refused and he has not pressured her again. She wants to move; housing referral.",
  "AV", "", "", "m")
T("A&E: 31M Indian, construction worker on tier 2 visa, fell through a roof. Employer pays him in full, holds contract. Pt worried about visa while off sick. Reassured.")
T("Crimestoppers: nail bar on market st the girl working there is like 15 and she is there all day on school days. boss is a man who shouts at her",
  "AV", "", "L", "h")
T("999: man says his cousin is being kept in a flat in Ilford by people he owes money to, they've beaten him and say they'll kill him tonight if the money isn't paid. Address given.",
  "RM PV IT", "rm", "", "i")
T("GP: 25F, Brazilian, works as a nanny for a family in Chelsea, live-out, paid well, her own passport. Requests travel vaccines.")
T("OIC handover: Op CALDER. 6 Vietnamese females recovered from 3 nail bars in Hull. Interviews: they say they paid £500 for 'training' before starting, worked 10-hour days unpaid for 'the training period' which never ended; all lived in one flat with the manager's family.",
  "DE WW EO AC", "uf lh oc", "L", "h")
T("Occupational health: sickness absence review; employee says he was bullied by line manager at call centre. HR process. No concerns for exploitation.")
T("ED: 22F, Polish, brought by friend after collapse; says she works in a massage parlour for a man who takes her phone at night so she 'doesn't contact boyfriends'. She gets half of what clients pay. Lives with 2 other girls in his flat.",
  "IS", "iso", "S", "h")
T("Police log: report of woman shouting in Polish outside a house. Domestic argument over rent between housemates. All adults, all employed. Words of advice.")
T("Victim debrief: 'They told me it would be a real job in Kent, picking apples, and a place to stay. They did not tell me I would pay £60 a week for a bunk in a shed with 20 men and that the boss would keep my passport. I was hungry most days.'",
  "DE RD AC", "dt oc plc", "L", "h")
T("Safeguarding lead note: 14F attends sexual health clinic with a 22M who says he is her cousin; she has chlamydia and says she has had 'about 10' partners this year, all friends of the cousin. Strategy meeting convened today; police en route as he is waiting in the car.",
  "AV", "sfw", "S", "i")

T("GLAA officer note: bakery workers (Bulgarian) dropped at the factory gate at 5am and picked up at 9pm by the gangmaster's son; each pays £12 a day for the lift and £30 a week for hi-vis, hairnets and boots. Wages go to cards the son holds; workers get cash 'allowance' of £40.",
  "WW EO", "ce ct ppe ncw lh", "L", "m")
T("GP: 36M, Iraqi Kurd, came with a man who said he was his employer and paid for the visit. Pt anxious, unkempt, had no phone, no wallet, and said he does not know where he lives 'it is near the car wash'. Pt later said the employer has his ID and he owes him for the journey.",
  "IS RD DB", "sfw pa fpe iso dt", "L", "h")
T("ED: 62M, renal transplant recipient (UK deceased donor, 2019), admitted with rejection episode. Wife at bedside. No safeguarding issues.")

# ---------------- batch 5: long, multi-paragraph ----------------
T("""Safeguarding team weekly summary, ED (w/c 16 Nov).

1. 44F attended with her adult daughter after a fall at work (supermarket). Daughter interpreted at mum's request. Both live together, mum has her own bank account and passport. No concerns.

2. 23M, Romanian, attended with hand laceration. Came in a work van with 4 other men, all in the same overalls, who waited in the car park from 7pm until he was discharged at 1am. The driver came in twice to ask how long it would be, saying the men 'start at 6'. Pt told the nurse he lives in a house with 'many, many men' that belongs to the boss, and that rent and the van are taken from his pay so that he gets '£50, sometimes £60'. He said he had not had a day off in 5 weeks. He did not want police.

3. 80M, delirium, UTI. Lives with wife. No concerns.

Action: item 2 shared with police MSHT team via MASH form; ED staff reminded to speak to patients alone.""",
  "WW EO AC", "et ct oc lh ncw", "L", "h")
T("""GP letter to renal consultant.

Dear Dr Ahmed, thank you for seeing Mr Farooq (54), who has stage 5 CKD. He has told me that while visiting family in Punjab in the summer he was approached by a 'facilitator' who offered to find a kidney donor for £25,000, saying that the donor would be a labourer who 'needs the money for his children'. Mr Farooq has not paid anything and he tells me he has decided against it after discussing it with his son, who is willing to be assessed as a living donor here.

I have explained the Human Tissue Act and the risks of commercial transplantation. I would be grateful if you could start the living-donor work-up for his son. There are no other safeguarding concerns; Mr Farooq lives with his wife and is well supported.

Yours sincerely, Dr L. Evans""")
T("""Witness statement (shopkeeper, summarised by PC 4471).

I run the corner shop on Leopold St. Since the spring a group of young lads, I'd say 15 or 16, mostly not local, have been hanging about the flats opposite, number 12 in particular. A woman lives there on her own, I know her as Sue, she's not well, she's on methadone. Since the lads came I hardly see her. When she does come in she's got no money and she looks frightened; she told me once 'they've taken over, I stay in my bedroom'.

The lads come in to buy energy drinks at all hours, they've always got two or three phones going. A silver Audi pulls up most nights around 11 and a man in his 20s goes up. Last week one of the young ones had a black eye and was crying on the wall outside; the man from the Audi shouted at him that he'd 'lost the food' and now 'owes double'.

I've not seen any weapons. I don't want my name on this.""",
  "AV DB", "pa", "C", "h")
T("""Maternity safeguarding MDT notes.

Case A: 27F, Polish, 2nd pregnancy, works in a food factory via an agency, lives with partner. She disclosed that the agency charged her £200 to 'register' when she arrived two years ago. She is paid properly now into her own account, has her documents, and can change jobs. Advice given about the fee; GLAA leaflet. No ongoing concern.

Case B: 19F, Vietnamese, booked at 26/40 after walking into ED with bleeding. She gives no address, says she stays 'in the shop' where she works painting nails and sleeps on the chairs after closing. Says the owner brought her over and she must work to pay '£18,000 for the lorry'; she is given food but no money. She was brought to the antenatal clinic by the owner's husband, who held her phone throughout and answered for her. She became tearful when asked about her family.

Plan: Case B referred to MASH and police; NRM discussed with pt via interpreter; she wants to think about it. Follow-up by specialist midwife.""",
  "DB WW", "uf swp sfw", "L", "m")
T("""Officer handover (nights to earlies), Op KESTREL.

Warrant executed 0600 at 41 Brook Lane, Slough. 5 females located, ages 19–31 (Romanian x3, Hungarian x2). Premises set up as a brothel: 4 bedrooms, CCTV on the front door, clients' cash in a lockbox. All 5 females stated they were brought by a male known as 'Laci' on the promise of work in a hotel laundry. On arrival their ID cards were taken 'to register them' and never returned; recovered in a bag in Laci's car.

Females describe seeing up to 15 clients a day, every day, and being given £20 each on a Sunday for 'cigarettes'. Two have bruising consistent with their account of being punched by Laci when they refused clients. None had been out of the house alone; a driver took them to a clinic once.

Laci (BALOGH) arrested s2 MSA. Females at reception centre with Salvation Army. Interviews ABE pending. Exhibits booked.""",
  "DE RD EO WW PV RM", "dt lh ncw pa rm et", "S", "h")
T("""Community nurse note (district nursing).

Visit to Mrs Okafor (88), leg ulcer dressing. Mrs Okafor lives with her grandson (24) and his girlfriend, who moved in last year to look after her. The grandson manages her pension with her agreement and a lasting power of attorney is in place; she has her own card and showed me her statement. The girlfriend does most of the cooking and says she is happy to, and she works part-time at a nursery.

I asked Mrs Okafor privately whether she feels safe and well cared for; she laughed and said she is 'spoilt'. The house is clean and warm.

No safeguarding concerns. Ulcer improving. Next visit Friday.""")
T("""Victim account, recorded by Migrant Help caseworker (client's words, lightly edited).

I am from Kerala. An agent in Kochi told me a care home in England needs senior carers and the salary is £26,000. I gave him all my savings and my father borrowed from a moneylender, altogether 12 lakh. When I came there was no job at that care home. Another man collected me at Heathrow and put me in a house in Stoke with eight people from India.

He sends us to different care homes on zero hours. He pays us in cash, sometimes £100, sometimes nothing, and says the rest is for the house and for the visa. We work night shifts and day shifts back to back, sometimes 70 hours. He keeps our BRP cards in a folder. He said if we complain the Home Office will cancel our visas and we will go to prison. My father still pays the moneylender every month.""",
  "DE WW EO RD IT", "uf oc lh dt foa", "L", "h")
T("""Council licensing & police joint visit, nail bars, High St (3 premises).

Premises 1 ('Top Nails'): 2 staff, both owners, own home addresses, paperwork in order.
Premises 2 ('Lux Nails'): 3 staff, rota and payslips shown, all live off site, one is a student working part-time. Minor hygiene issue (no sharps bin). Advice given.
Premises 3 ('Nail Envy'): manager absent; 1 female (approx 17, Vietnamese) alone in shop. She said she sleeps upstairs and 'the boss' keeps her passport; she did not know the town she was in. No food in the flat except noodles. Police took her to a place of safety; local authority children's services informed.

Outcome: Premises 3 — s2 MSA investigation opened, licence review. Premises 1 and 2 — no further action.""",
  "AV RD IS", "swp dt iso plc", "L", "h")
T("""Sexual health clinic – extended consultation.

25F, Nigerian, referred by GP with recurrent PID. Initially very guarded. With a female interpreter she disclosed that she came to Italy 'to study hair dressing' with a woman she calls Mummy, and was brought to London two years ago. She says she was made to see men in a flat in Peckham to repay '€40,000 for the journey', that Mummy takes everything she earns, and that she was beaten with a shoe when she was sick and could not work. She says she is still in the flat and Mummy's 'boy' is waiting outside the clinic now to take her back.

She wants help but is frightened that Mummy will harm her mother in Edo State, who she says was visited last month by men 'to remind her'.

Action: police called to the clinic (999), client kept in the clinic room; MASH and NRM first responder referral.""",
  "DE DB WW PV IT", "ncw et", "S", "i")
T("""Border Force / Safeguarding & Trafficking team note, Stansted.

Inbound flight from Bucharest. Officer noticed a man (40s) carrying 4 passports and holding the boarding passes for three young women (18–21) who were travelling 'to work in a car wash and a hotel'. The women did not know the name of the hotel or where they would live. On questioning apart, one said the man had paid for the tickets and she would 'pay him back from the work'; another said she was told it was waitressing.

The man said he was a 'friend of the families'. The women were given leaflets and a helpline card; two chose to continue. The third asked to go home and was assisted.

Intelligence submitted (2/C/P). No arrest.""",
  "RD", "dt sfw", "", "m")
T("""A&E — complex discharge, social work note.

Mr Bell (71, British) admitted after a fall; he lives alone and has mild cognitive impairment. Staff noticed that a man who introduced himself as a 'friend and lodger' visited daily and asked repeatedly when Mr Bell would be 'back home to sign some things'. On exploration, the lodger has been living rent-free for 18 months, uses Mr Bell's car, and has been taking him to the bank each Friday to withdraw his pension, which the lodger keeps; Mr Bell says he is given 'pocket money'. Mr Bell also said he 'does the gardening for the lodger's mates' but could not say more.

No suggestion that Mr Bell is locked in or prevented from going out. He wants the lodger to leave but is worried about upsetting him.

Plan: s42 enquiry, police financial abuse referral, IMCA.""",
  "AV", "ncw", "", "m")
T("""Staff nurse's note, renal ward.

Mr Y (38, Chinese) is on HD. During dialysis he talked about his time before the UK. He says that in 2015 he was working in a factory in Guangdong and 'owed money to bad people'. They took him to a hospital where he 'gave' a kidney for the debt and was paid nothing more; he now thinks this caused his kidney failure. He came to the UK in 2018 and has leave to remain. He is not currently in any exploitation; he lives with his wife and works in an office.

Informed safeguarding lead for information only; the events took place abroad many years ago. Psychology offered.""",
  "DB", "", "O", "m")
T("""Report through the Modern Slavery Helpline (transcribed).

Hi, I'm calling about the farm I did a summer job at, in Kent. I'm a student from Ukraine on the seasonal worker visa. I don't want to make trouble because most of it was fine, we got paid to our accounts every week and could go to town whenever. But the supervisor, a guy named Pavel, told all the new girls that if we didn't pay him £100 each he would give us the worst rows and report us as lazy so our visas would be cancelled. Some girls paid him. He also made comments and tried to come into our caravan at night.

I'm back home now. I just want someone to check. The farm managers themselves were ok I think.""",
  "IT", "", "L", "m")
T("""GP safeguarding letter (practice safeguarding lead to children's social care).

Re: Amira (15) and her brother Yusuf (13). Their father attended with both children today. Amira has been unable to attend school for three months because, her father says, she is 'needed at home'. In a separate conversation Amira told our nurse that her father's business partner has arranged for her to marry his nephew in Pakistan this summer, that she does not want to, and that her passport has been taken by her uncle 'so it is ready'. She is responsible for cooking and cleaning for the household of 10 and is not allowed to leave the house unless her aunt is with her. She asked us not to tell her father.

Yusuf attends school and appears well.

Urgent strategy discussion requested today; Forced Marriage Unit informed.""",
  "AV RD RM", "dt rm", "D", "h")
T("""Police intel log – combined.

ENTRY 1 (3/D/P): Anonymous caller suggests the takeaway 'Golden Dragon' employs illegal workers. No detail. Not corroborated.

ENTRY 2 (2/B/P): Licensing officer attended Golden Dragon 14/11. Two chefs present; both Chinese nationals with valid visas, contracts at £12.20/hr, live in rented flat 1 mile away with their families. Owner provided rota showing 40 hrs/week and days off. No indicators of exploitation found.

ENTRY 3 (1/A/P): Follow-up visit by police 20/11 confirmed the above; chefs spoken to alone with an interpreter, both said they are free to leave and have their documents.

ASSESSMENT: No further action. Log retained per MoPI group 3.""")

# ---------------- output ----------------
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh162.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(D, 1):
            rec = {"id": "f162-%03d" % i, **d}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(D), "to", out)
