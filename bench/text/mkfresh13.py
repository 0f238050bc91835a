#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's text engine (fresh13, training set).

Each entry: (text, indicators, signs, exploitation, risk) with short codes expanded below.
Every text was written individually; nothing is slot-filled.
"""
import json, os, sys

IND = {"av": "abuse_of_vulnerability", "de": "deception", "rm": "restriction_of_movement",
       "iso": "isolation", "psv": "physical_sexual_violence", "it": "intimidation_threats",
       "rd": "retention_of_documents", "ww": "withholding_wages", "db": "debt_bondage",
       "ac": "abusive_conditions", "eo": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "isd": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "saw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rmv": "restricted_movement", "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

R = []
def E(text, ind="", sig="", typ="", risk="l"):
    R.append((text, ind, sig, typ, risk))

# ---- part 1 ----
E("INT 2/C/P. POI Andrei LUCA (DOB 03/02/1988) drives white Ford Transit VRM KX17 HBN. Seen collecting 8-9 males from 14 Elm Rd, Wisbech at 0445 hrs daily, returned approx 2200. Males appear unkempt, same clothes each day.",
  "eo", "cedl lh pa", "L", "m")
E("there is a car wash on the corner of bath st the lads working there look like they never go home i seen them sleeping in the back cabin on matresses, they work in the rain no gloves no boots. its 7 days a week 8am till dark. one older guy does all the talking",
  "eo ac", "saw lh sfw plc", "L", "m")
E("101 caller reports neighbour's van parked across her driveway again, third time this week. Van belongs to builders working at no. 22. Words exchanged, no threats made. Advised civil matter, referred to council parking.",
  "", "", "", "l")
E("I came from Vietnam through many countries. The man in France said I owe £28,000 for the lorry and I must work to pay it. In the house in Bolton I give water to the plants every day and sleep on the floor next to them. Windows are covered with black plastic and the door is locked from outside, they bring food two times in a week. I did not know which city I am in.",
  "db rm iso ac", "rmv isd saw plc", "C", "h")
E("Stop check A1 Newark 1130 hrs VRM BF19 XUO. Driver Marek NOWAK + 3 passengers, all POL nationals, en route to packhouse. All in possession of own ID, state paid weekly into own accounts, rent own flats in Grantham. No concerns. Words of advice re: nearside tyre.",
  "", "", "", "l")
E("Safeguarding referral (secondary school, Walsall). Y10 pupil, 15, absent 11 days this half-term. Seen getting out of different cars by the retail park late at night. Has new trainers and two phones he won't explain. Mum says he goes 'to Birmingham' at weekends and came back last time with cash and a bruised face. Concern re county lines.",
  "av", "pa", "C", "h")
E("GLAA compliance inspection, soft fruit grower, Herefordshire. Labour provider supplying pickers has been operating without a licence since March. 40 seasonal workers interviewed privately: payslips correct, hold own passports, caravans inspected and adequate, no one charged for transport. Licensing offence to be progressed. No forced labour indicators identified.",
  "", "", "", "l")
E("nail shop on high st 2 young viet girls in there all hours never see them go out for lunch, a man drops them off and picks them up in a black merc, they dont speak any english, one looks about 14 tbh",
  "av eo", "et cedl lh", "L", "h")
E("Nom: Ioana MARIN (F, 24, ROU). IP states came to UK for a 'waitressing job' arranged by cousin's boyfriend 'Costel'. On arrival Luton taken to flat, passport taken 'for safe keeping', told she must work on AdultWork to pay back £3,000 flights. Costel keeps all the money. Hit her when she refused clients. 1/A/P.",
  "de rd db ww psv", "dt ncw", "S", "h")
E("Caller reports 19 y/o daughter hasn't come home from a party in Llanelli, phone off. UPDATE 0340: daughter located at friend's address, safe and well. Log closed.",
  "", "", "", "l")
E("Financial intelligence referral (bank). 14 current accounts opened at one branch in 6 weeks, all by ROU nationals giving 3 Cross St, Peterborough as address and the same mobile 07700 900412. Wages from an agency credited weekly and withdrawn same day at one ATM by a single male using several cards in turn.",
  "ww", "mbc ncw", "L", "m")
E("Through the interpreter she says that the lady of the house took her passport at the airport and said it was needed for the visa. She cooked, cleaned and looked after three children from six in the morning until after midnight, every day. She slept on a mat in the kitchen. She was paid nothing here; the lady said the salary was being sent to her family in the Philippines, but her family received nothing. She was not allowed to go out alone, even to church.",
  "rd eo ac ww de rm", "dt lh saw ncw rmv", "D", "h")
E("I want to report a car wash on the ring road, they charged me £15 for a valet and did a terrible job and the manager was rude when i complained. not happy",
  "", "", "", "l")
E("Probation note. PoP disclosed he was 'told to hold' cannabis and cash for an older male known as 'Tiny' after Tiny cleared his drug debt. Tiny's associates now stay at PoP's flat most nights and he says he can't ask them to leave because 'they know where my nan lives'. PoP has a learning disability and struggles with money.",
  "av it db", "", "C", "h")
E("Welfare check at farm accommodation near Evesham following an anonymous call. 12 workers in 4 static caravans, each with own key, heating and running water. All spoken to alone with an interpreter; nobody reported threats and nobody said anyone else held their documents. Caller's concerns not substantiated.",
  "", "", "", "l")
E("0230 hrs A63 hard shoulder nr Hull. IP male approx 16, ALB, found walking. States he ran from a house where he was 'watering plants', the men kept his phone. Cut to right hand. Conveyed HRI. CSC and EDT informed.",
  "av iso", "isd pa", "C", "h")
E("THERE IS SOMETHING WRONG AT THE CHINESE TAKEAWAY ON MARKET ST!!! THE CHEF IS ALWAYS THERE FIRST IN LAST OUT 7 DAYS, I THINK HE SLEEPS UPSTAIRS. THE BOSS SCREAMS AT HIM, I HEARD HIM SAY 'YOU WANT TO GO BACK IN A BOX?'",
  "it eo", "saw lh", "L", "m")
E("Caller reported a Transit picking up men from the Travelodge at 6am every day. OIC spoke to site manager at the Thames Gateway build: all workers are directly employed by the contractor, CSCS cards checked, paid through PAYE, transport free and provided by the company. NFA.",
  "", "", "", "l")
E("When we reached Libya the smugglers said my family must pay more. They beat me with a hose and called my mother so she could hear me crying. Here in the UK a man called Yonas gave me a room and said I must work in his friend's restaurant kitchen with no wages until the $4,000 is repaid.",
  "psv it db ww", "", "L", "h")
E("DA incident, Splott, Cardiff. Verbal argument between IP and partner about finances, partner smashed a mug and left the address. No injuries. IP works full time at a bank and manages her own money. DASH completed: standard. Advice given.",
  "", "", "", "l")
E("INT 3/C/C (not for disclosure to LA). Male known as 'GJONI' running cannabis grows across 3 addresses in Kirkcaldy and Glenrothes. 'Gardeners' said to be ALB males brought in by lorry who owe him for the crossing.",
  "db", "", "C", "m")
E("Antenatal booking. Pt (Nigerian, 22, 28/40) attended with an older woman who answered every question and would not leave the room. Pt appeared frightened. When alone briefly pt said 'Madam has my passport and I must pay her back for bringing me here'. Referred to safeguarding midwife.",
  "rd db", "dt sfw foa", "", "m")
E("my nabour has about 10 men living in a 2 bed house, matresses drying in the garden, a van comes at 5am and brings them back late, they look exhausted and thin. the landlord guy comes every friday and they all hand him money",
  "ac", "oa cedl pa", "L", "m")
E("Kidney transplant recipient, 54, attended for routine post-op review. Living donor is the patient's brother; donation assessed and approved by the HTA last year. No concerns.",
  "", "", "", "l")
E("Border Force, MAN T2. PAK national (M, 31) returning from a 'medical trip' to Lahore, fresh nephrectomy scar. States a broker paid him PKR 300,000 to 'donate' to a stranger; hospital paperwork named him as the recipient's cousin. Broker held his passport until after the operation.",
  "rd", "dt pa", "O", "m")
E("1/A/P. Subject Petru DOBRE controls 6 x ROU females working from 2 flats above shops, Sheffield city centre. Ads on Vivastreet under 'Bella' and 'Lara'. Females hand all takings to DOBRE at end of night. DOBRE drives them between flats in silver Audi A4 VRM YD68 LKP.",
  "ww", "ncw et", "S", "h")
E("hi im reporting a house on Clifton Rd, lots of different men coming and going day and night, they stay 20 mins then leave. a girl answers the door and she looks scared. curtains always shut",
  "", "", "S", "h")
E("Student (IND, 20) lost her passport on a night out in Leeds, reported as lost property. University international office helping with replacement via the High Commission. Works 15 hrs a week in a café, paid via payroll. No concerns.",
  "", "", "", "l")
E("My name is Tomasz. I met a man at the bus station in Gdańsk who said there was building work in England, 12 pounds an hour and a house. We were eleven in the minibus.\n\nIn Peterborough he took us to a bank and opened accounts for us, but he kept the cards and the PIN letters 'so nobody steals them'. We lived seven men in one room above a shop. Every week he gave me £40 and said the rest was for rent, the minibus and the papers. When I asked for my money he said I still owed him for the travel and it was getting more, not less.\n\nOne man who complained, Darek, was beaten in the car park and we did not see him again. I was drinking too much then, and he brought us vodka every night so we stayed quiet. I left when a woman at the food bank gave me a number for the Salvation Army.",
  "de ww db ac psv av", "ncw oa ct", "L", "h")
E("Crimestoppers: men seen sleeping in a lorry trailer behind the scrap yard, Tipton. Said to work there for no pay.",
  "ac ww", "saw plc", "L", "m")
E("Report of male begging outside Tesco Express, Union St, Aberdeen. Officers engaged: local man known to outreach, housed in supported accommodation, nobody directing him. Signposted to services.",
  "", "", "", "l")
E("Patrol spoke to 3 women begging on Princes St. Male in grey Skoda Octavia drops them at 0800, sits in the café opposite all day, collects at 1800. Women empty their cups into his bag when collected. One said she 'must give to Uncle for the house'.",
  "ww", "cedl ncw et", "C", "m")
E("i work at a hotel in Blackpool and the agency cleaners never get a day off, one told me shes done 40 days straight. the agency woman drives them in and charges £10 a day for the lift and she keeps their bank cards",
  "eo ww", "lh ct ncw et", "L", "m")
E("Council licensing visit, nail bar, Walsall. 4 staff, right to work documents on file, written contracts, minimum wage verified from bank records. Staff told officers they choose their own shifts. Minor H&S issue re ventilation; advice given.",
  "", "", "", "l")
E("Children's services referral. 14 y/o female, looked after, repeatedly missing from placement in Ashfield. Previously found in a flat in Nottingham with males aged 25-30, given vodka and cannabis and a new iPhone. Has disclosed she 'has to be nice to his mates' because she owes him for the phone. Missing again since 2100 last night, believed to be with the same males.",
  "av db psv", "", "S", "i")
E("Stop M6 J10, VRM LR20 OWM, driver SINGH. 5 IND males in the back of the van, no seats. Males say they work at a sweet factory in Leicester, 7 days, 12 hr shifts, '£100 cash per week'. Their passports in the glovebox. 2/B/P.",
  "eo rd ww ac", "lh dt", "L", "h")
E("Caller worried Polish neighbours work very long hours at the chicken factory and leave at 5am. Officers visited: the couple own their car and hold their own documents, do overtime by choice to save for a house deposit. Happy, no concerns.",
  "", "", "", "l")
E("They told me I will be a model in London. A woman, Madam Blessing, paid for my ticket. Before I left Benin she took me to the native doctor and I swore an oath; if I do not pay, my family will die. In London she said I owe her 35,000 euros. I had to see men in a flat in Ilford, sometimes ten in one day.",
  "de db it", "", "S", "h")
E("Cuckooing – 27 Abbey Ct, Stoke. Occupier Gary HOLMES (vulnerable adult, alcohol dependent). Line 'Ricky' running from address since Jan, 2-3 youths from London present, believed 15-16. HOLMES now sleeping in his car. 2/B/C – not to be disclosed to occupier.",
  "av", "", "C", "h")
E("Punter reports girl at Cowley Rd 'massage' flat told him she lives in the back room and isn't allowed out.",
  "rm", "rmv saw", "S", "h")
E("Noise complaint, house party, Portadown. Music turned down on police arrival. No further action.",
  "", "", "", "l")
E("POI Liam O'NEILL, Newry. Believed to be bringing ROU males across the border to work on farms in Co. Armagh. Workers each pay him £50 a week for 'transport' out of their wages. INT 2/C/P.",
  "", "ct", "L", "m")
E("Seafarers' welfare referral, Peterhead. 2 Filipino deckhands on transit visas aboard a scallop boat report 20-hour days at sea for weeks at a time, four months' salary owed, the skipper holds their passports and seaman's books. One has an untreated crush injury to his hand.",
  "eo ww rd ac", "lh dt pa", "L", "h")
E("Worker at a Lincolnshire packhouse lost two fingers in a machine. HSE investigating employer for guarding failure. Worker directly employed, union rep present, receiving sick pay.",
  "", "", "", "l")
E("Kalayaan caseworker note. Client (IDN, 38) came on an ODW visa with a diplomat's family, Kensington. Worked 7am to 1am, no day off in 14 months, ate leftovers, slept on the floor of the children's room. Salary paid 'into her account' in Jakarta which the employer's brother controls. Left after the employer slapped her.",
  "eo ww ac psv", "lh ncw saw", "D", "h")
E("bloke at the petrol station says the boys in the carwash get paid in food and fags, nothing else",
  "ww", "", "L", "m")
E("Caller (LTU, 33) says her employer at a Corby warehouse paid her late this month and £80 short. She has raised it with HR and ACAS, still works there, has her own bank account. Wants advice. Not a police matter; signposted to Citizens Advice.",
  "", "", "", "l")
E("VNM female, 17, encountered at nail bar, Kettering, during joint visit. No ID. Says 'uncle' brought her, she works to pay off 'the family debt' and lives above the shop with 5 others. Did not know the name of the town. NRM via LA.",
  "av db iso ac", "isd saw oa", "L", "h")
E("Theft of pedal cycle from outside the Co-op, Skegness. IP (SVK, 40) works for a licensed agency, lives with his wife, has his own ID and bank card. Trafficking screening questions asked per force policy: nothing of note. Crime ref issued.",
  "", "", "", "l")
E("OIC handover. Op BRACKEN. Warrant executed 0600 at 61 Oakfield Terrace, Merthyr. 4 ROU males in 2-bed house, mattresses in every room incl. kitchen. All work at a poultry plant via agency, all paid into accounts whose cards were found in a tin in the bedroom of suspect Florin IVAN. Suspect's girlfriend interprets for the men at the agency. Passports located in IVAN's car. Males reception centre; 2 accepted NRM, 2 declined (DtN submitted).",
  "ww rd ac", "oa ncw mbc dt sfw", "L", "h")
E("Neighbour reports lad of about 13 coming and going from flat 4 at all hours on a bike, older men in a BMW outside. Says he looks terrified.",
  "av", "", "C", "h")
E("The mister who brought me said I would be working in a hotel in Glasgow and study English in the evenings. There was no hotel. I stayed in his house in Govanhill and cleaned, cooked and washed for his wife and his mother and his four children. I ate after everyone, what was left. I never had a day of rest. When I said I wanted to go home he said the police will put me in prison because I have no visa.",
  "de eo it av", "lh foa", "D", "h")
E("Report via online form: Building site on Dock Rd. Lads there are Albanian I think. Always get dropped in a silver Zafira 6.30 and picked up late. One of them asked me for a charger and said his boss took his phone. Looks well dodgy.",
  "iso", "cedl isd", "L", "m")
E("Call handler summary. Female caller, whispering, states she is locked in a room at an address on Hessle Rd, Hull, and a man is coming back 'with his friends'. Line cut. Number 07700 900871. Cell site Hull West. Grade 1 dispatched.",
  "rm", "rmv", "", "i")
E("Care home, Llandudno. Anonymous whistleblower: agency carers from Kerala recruited on sponsored visas paid £8,000 each to a recruiter in India for the job. They work 70-80 hours a week and live 6 in a 3 bed house owned by the home's director, rent taken from wages. Told their visa will be cancelled if they complain.",
  "eo it ac", "uf lh oa", "L", "h")
E("Caller reports elderly man sitting outside the Co-op every day asking for change, thinks he might be trafficked. Officer attended: local man, lives alone in council flat, has dementia, family contacted and adult social care referral made. No one else involved.",
  "", "", "", "l")
E("2/B/P. Female known as 'Mai' (VNM, approx 20s) working at Crystal Nails, Bangor. Sleeps in the stockroom. Handed money by the owner 'when she needs it'. Owner's husband collects her passport from the till drawer for any official visits then puts it back.",
  "ww rd", "saw ncw dt", "L", "m")
E("My husband's brother met me at Heathrow. He took my passport and my phone. For two years I was at his house in Slough, cooking, cleaning, looking after his mother who is bedbound. If I went out, his wife came with me. He said if I told my husband in Pakistan he would divorce me and I would be shamed.",
  "rd iso rm it", "dt isd rmv", "D", "h")
E("Council street team, Oxford St, London: 2 young men with visible disabilities begging on crutches. Dropped off by a van at 7 and collected at 7. Both appear malnourished. Refused to speak, pointed to a man on the corner.",
  "av", "cedl pa", "C", "m")
E("R/O Mrs Brennan, Ballymena. States polish lads in the house next door are fine, nice lads, they work at the meat plant. Her concern is they put bins out on the wrong day. Advised to contact council.",
  "", "", "", "l")
E("Intel 2/C/P. Subject 'SAHID' runs a line into Swansea ('Shaz line', 07700 900533). Uses local 15 y/o males from Townhill to run deals, pays in trainers and weed. One runner reportedly stabbed in the leg last month for 'losing' a package and now told he owes £1,500.",
  "av psv db", "", "C", "h")
E("Got a job through an agency in Romania, they charged me 300 euro and said hotel work in Manchester with accommodation. It was a car wash in Oldham. We were 9 in one house and they took rent, transport and 'fees' from the pay. End of week I had £30. The boss shouted but he did not hit anyone. After three weeks I left with my friend, he did not stop us.",
  "de ww ac", "uf oa ct", "L", "h")
E("Routine licensing visit, Golden Dragon takeaway, Rhyl. Two kitchen staff on Skilled Worker visas. Employer holds copies (not originals) of passports for right to work. Staff paid by BACS, have own accommodation. Hygiene rating issues only.",
  "", "", "", "l")
E("Ticket inspector BTP: 3 teenage girls (15-16) on London-Leeds train with older male who held all their tickets and phones, answered for them, and told them not to speak. Male got off at Doncaster when approached.",
  "av iso", "sfw isd", "", "h")
E("Woman called 999: her sister (28) rang from a flat above a shop in Cheetham Hill and said the man there has taken her passport, she is being made to sleep with men and she has been beaten. Sister does not know the address. She is there now.",
  "rd psv iso", "dt isd", "S", "i")
E("GP note: patient (M, 45, SVK) attended with abdominal pain. Mentioned he works 'for a man' sorting rubbish at a recycling site, lives in a caravan there with no toilet. Accompanied by a younger male who interpreted and who said patient 'doesn't need sick note, he can work'. Patient looked underweight.",
  "ac", "saw plc sfw pa", "L", "m")
E("Fraud team referral. 23 Universal Credit claims linked to one email account and 2 phone numbers, all claimants EU nationals living at 2 addresses in Bradford. Claimants state a 'helper' set up the claims and gets the payments into his account; they receive nothing. Several also work at a bakery via him.",
  "", "ncw", "C", "m")
E("VRM PN21 DXE (white Transit) parked outside 8 Cedar Way, Boston each morning 0430. 8 males leave the house, none of them has a key — a man who stays inside lets them back in at 2200. INT 2/C/P.",
  "eo", "cedl lh", "L", "m")
E("I am from Sudan. In Calais a man said he can put me on a lorry for free but in England I must work for his brother. I worked in a car wash in Leeds for eight months. I got £50 every two weeks. I slept in the back room with three others. The brother said if I leave, the police will send me back to Sudan and his people in Calais will find my cousin.",
  "db ww ac it av", "saw foa", "L", "h")
E("Police Scotland log. Call from staff at Dundee hostel: resident (M, 19, known learning disability) says new 'friends' have his bank card and PIN, take his UC each month and give him £20. They have him taking packages to Perth on the bus.",
  "av", "ncw", "C", "m")
E("Visa overstay. IP (PHL, 41) attended station voluntarily to regularise status, visa expired 2023. Works as a self-employed cleaner for several families, sets her own prices, lives with her sister. Referred to Immigration; no exploitation disclosed.",
  "", "", "", "l")
E("INT 2/B/C – source protection, do not disclose. Male 'TONI' recruiting ALB teenagers in Tirana via TikTok with offers of £1,000 a week 'construction'. On arrival they are placed in cannabis grows in Coventry and told the debt is £15,000.",
  "de db av", "", "C", "h")
E("Saw a woman in the window of the flat above the nail bar at midnight waving at me and mouthing help, then someone pulled her back and shut the blind. The street door to that flat is padlocked from the outside every night. Flat is above Top Nails on Northgate.",
  "rm", "rmv", "", "m")
E("Salvation Army intake. Client M, 52, British, was homeless in Leicester when a man offered him work and a bed. He laid block paving for 'the family' for six years and lived in a horsebox on a traveller site. He was given food, cigarettes and sometimes £10. He was hit with a shovel when he tried to leave in 2021. His DWP payments went to the family.",
  "av ac ww psv", "plc ncw", "L", "h")
E("Witness statement extract: 'I run the café opposite the car wash. The lads come in for tea. They're paid every Friday, I've seen the boss hand out payslips. They go home in their own cars. I've never had any worries about them.'",
  "", "", "", "l")
E("Call handler note. Caller's friend (CHN, F, 30) is at 'a massage shop' in Belfast city centre, told caller she cannot leave until she has paid off £8,000 and that 'the boss has her papers'. Caller wants police to go now.",
  "db rd rm", "dt rmv", "S", "i")
E("In the flat there were eight girls and one bathroom. We had to be ready all day. Vlad drove us to hotels at night. I did not have my ID card; he said he is keeping it safe because girls lose things. He took our phones at night. When Ana tried to run away he cut her hair off in front of us.",
  "rd iso psv it ac", "dt isd oa et", "S", "h")
E("Agency warehouse, Daventry. HR manager calls to report that two new starters' bank details are the same account, in the name of a third person. On further checks, 11 workers share 3 accounts. Workers' 'representative' attends every meeting and answers for them.",
  "ww", "ncw sfw", "L", "m")
E("Kid in my sons class (year 8) says his 'cousin' makes him sell weed at school and he gets beaten if he comes back short. Teacher knows, nothing done.",
  "av psv", "", "C", "h")
E("Standard ops note. Joint visit GLAA/Lincs Police to flower farm near Spalding. All 30 workers via licensed provider, payslips checked, accommodation provided at £75/wk within legal offset, workers free to come and go. Records in order. No further action.",
  "", "", "", "l")
E("Witness (taxi driver, Swansea): regularly picks up 'Jess', English girl about 17, from a flat on Kingsway and takes her to hotel addresses. A man always pays by card over the phone and tells him where. She's asked him not to tell anyone where she's from.",
  "av", "et", "S", "h")
E("My boss is my uncle. He brought me from Bangladesh when I was 16 to work in his restaurant in Cardiff. I'm 22 now. I work six days, 11 till 11. He pays me £300 a month and says the rest goes to my father for the family land. My father says he has not had anything. My uncle keeps my passport in his safe 'because of the visa'.",
  "av eo ww rd de", "lh dt", "L", "h")
E("Noise/ASB complaint, Derry/Londonderry. Residents report youths gathering at the shops drinking. Patrols increased. No other issues.",
  "", "", "", "l")
E("Online report. 'Ebony 19 new in town' ad on a UK escort site, phone 07700 900119. Same photos used for 'Jade' in Aberdeen and 'Mia' in Inverness within the same week. Girl in pictures looks under 18 imo.",
  "av", "", "S", "h")
E("Hospital safeguarding, A&E Royal Victoria Infirmary. M, 24, Vietnamese, burns to both forearms. Said he hurt himself 'at work' but could not say where or the address he lives at. Smell of cannabis on clothing. Two men waiting for him in the car park tried to take him away before treatment was complete.",
  "iso", "pa isd", "C", "m")
E("Family from Iraq (mum, dad, 3 children, grandmother) living in a 3-bed housing association house in Middlesbrough. Neighbour reported 'lots of people'. Housing officer visit: family of six plus occasional visiting uncle, all registered, children at school. No concerns.",
  "", "", "", "l")
E("Intel from Immigration Enforcement: Indian nationals on student visas working 60-hr weeks at a cash-and-carry in Southall. Owner pays £3/hr cash, says he 'holds back' the rest until the end of their course. None have been paid the held-back money.",
  "eo ww", "lh", "L", "m")
E("Debrief (interpreted, Tigrinya). He says the smugglers took everything from him in Sudan. In the UK a man called 'Daniel' took him to work at a hand car wash in Stockport and said he owes £3,000 for the van from Calais. He worked from 8 to 8 with no day off and slept in the office. He says Daniel 'never hit us but he showed us a video of a man being beaten and said that is the boy who talked'.",
  "db eo ac it", "lh saw", "L", "h")
E("Bank alert: customer (F, 67, British) attended branch accompanied by a man who tried to withdraw £4,000 from her savings and said she 'owes rent'. Customer confused, said she lives with him and does his cleaning. Branch refused transaction and contacted police.",
  "av", "sfw", "", "m")
E("hi there is a farm near me in Ceredigion with polish workers and they are treated brilliant, the farmer is my cousin and he pays above the going rate. just letting you know cos someone on facebook said it was slavery which is rubbish",
  "", "", "", "l")
E("Joint visit Home Office/police, sandwich factory Nuneaton. Workers hired via unlicensed gangmaster 'Dawid'. Workers charged £120 for hi-vis and boots from first wages and £40 per week for minibus. Dawid holds 'deposit' of £300 from each worker. Workers say they can leave but would lose deposit.",
  "", "ppe ct uf", "L", "m")
E("IP (F, 34, Slovak) says her husband sold her to a man in Sheffield for a 'marriage' with an Pakistani national so he could get a visa. After the wedding she was kept in the house, raped, and made to clean for his family. She escaped when the family went to a wedding and left the door unlocked.",
  "psv rm", "rmv", "D", "h")
E("999 caller at Tesco car park, Motherwell: a young lad in a red Corsa SH19 KTO crying, says men in a black Golf are making him deliver bags. Golf is still there watching him now. Caller describes lad as about 14.",
  "av", "", "C", "i")
E("My name is Ali, I am 16. I came in a lorry. The man they call Boss said I must sell for him in Margate, he gave me a phone and a room in a flat of a lady who is always sleeping. He said if I don't work he will tell my family in Kurdistan I am dead. I am scared of police because he said police here put children in jail.",
  "av it", "foa", "C", "h")
E("Handover: 2 x ROU females (20, 22) recovered from pop-up brothel, Airbnb, Cardiff Bay. Ads linked to phone 07700 900667. Both had no phones of their own. One disclosed a 'boyfriend' in Bucharest who takes all their money via Western Union. Both declined NRM; DtN done. Airbnb host informed.",
  "ww iso", "ncw isd", "S", "h")
E("Called 101 because my landlord keeps my deposit and wont fix the boiler, he says hes entitled to keep it. I pay rent myself, I work in a call centre. Can the police make him give it back?",
  "", "", "", "l")
# ---- part 2 ----
E("Males at car wash Govan Rd sleeping on site. 2/C/P.",
  "", "saw", "L", "m")
E("Two wee lassies fae Romania in the flat across the landing, a man brings different men up every night and he's got the only key, they cannae get oot. Its been going on weeks. Castlemilk.",
  "rm", "rmv", "S", "i")
E("INT 2/B/P. VRM WU67 TCK (blk Merc Vito) reg keeper Sorin BALAN. Seen 0500 at Lidl car park Kings Lynn loading approx 10 males, drops at packhouse Long Sutton. Same males dropped back 2130. BALAN's partner holds the workers' bank cards — 12 cards found in her handbag on stop 14/03.",
  "eo ww", "cedl lh mbc ncw et", "L", "m")
E("Lost passport. IP (ROU, 26) believes it fell out of her bag on the bus. Works at a hotel, Aviemore. Reported for replacement. NFA.",
  "", "", "", "l")
E("Debrief, interpreter present (Albanian). He says that a friend of his father promised him a job in a pizza shop in London with papers. When he arrived he was driven to a house in Stoke and shown the plants. 'They told me you owe us now, £20,000, you will work for two years.' He was not paid. He never went out — the front door had a lock on the inside and only the 'manager' had the key. He says the manager once put a gun on the table during dinner and said nothing.",
  "de db ww rm it", "rmv", "C", "h")
E("pls can someone check on the lad at the car wash on Ferry Rd, he's got a bad cut on his arm wrapped in a rag and he's still working, hes been there every day since Christmas",
  "eo", "pa lh", "L", "m")
E("Council environmental health, Swansea. Complaint re overcrowding at 12 Heol Las. Visit found 14 adults (Bulgarian) in a 3-bed house, bunk beds in living room, no working fire alarm. All work at a meat plant via the same 'landlord' who takes their rent from their wages before paying them. Landlord present throughout and answered for tenants.",
  "ac", "oa plc sfw", "L", "m")
E("I clean the big house in Hampstead. Madam says I am family. I start at 6, finish when children sleep, maybe 11. Sunday also. I did not have a phone for two years, madam said phones make girls lazy. Salary is £200 a month, madam keeps it for me in the bank 'for when I go home'. I have never seen this bank.",
  "eo iso ww", "lh isd ncw", "D", "h")
E("Officers attended re fight at the Polish shop, Dungannon. Two customers arguing over a parking space, both left. No offences.",
  "", "", "", "l")
E("Online report (anon): 'my ex is making his new gf shoplift for him every day in Primark and Boots in Nottingham, he drops her off and waits in the car, if she comes back with nothing he hits her, she's got a drug problem and he uses it'",
  "psv av", "et", "C", "h")
E("GLAA: Daffodil picking, Cornwall. Gangmaster deducts £25/wk 'equipment hire' for knives and gloves and £10/day transport. Workers report average 6 days a week, 9 hrs. Own passports, own accounts. Licensing standards breach re PPE charges; no forced labour.",
  "", "ppe ct", "", "l")
E("Female, approx 30, CHN, came into station, very distressed. Speaks no English. Via LanguageLine: she has been kept in a flat in Milton Keynes for 4 months, men visit every day, the 'auntie' keeps her passport and has threatened to send photos to her family. Ran out when the auntie went to the shop.",
  "rm rd it psv", "rmv dt", "S", "h")
E("Crimestoppers: Man in Bootle lets lads sleep at his house but makes them sell drugs to pay it off.",
  "db", "", "C", "m")
E("As a nurse on the dialysis unit I want to raise a concern. A patient told me his brother-in-law 'arranged' a kidney from a young man in Egypt for £30,000 and the young man was only given £2,000 and was sick afterwards. The patient had the transplant abroad and is now here for follow-up.",
  "de", "", "O", "m")
E("Immigration Enforcement referral. Eritrean male, 17 (disputed age), found at a farm in Angus. Says the farmer's son collects him at 5am and he works until dark, is paid 'in food', sleeps in a barn. Son tells him police will deport him if he talks to anyone.",
  "av eo ww ac it", "cedl lh saw foa", "L", "h")
E("Handover note. Woman who called yesterday re 'trafficked neighbour' at Flat 9, Meadow Ct, Wrexham — visited. Occupant is a Thai woman married to a local man, works at the Thai restaurant in town, has her own phone, passport and bank card, goes out alone. She laughed and said the neighbour 'doesn't like foreigners'. No indicators.",
  "", "", "", "l")
E("I was 12 when my mum's boyfriend started taking me to parties with his mates. They gave me drink and I had to do stuff with them. He said if I told anyone social services would take my little sisters away. I'm 17 now. It happened for nearly 3 years.",
  "av psv it", "", "S", "h")
E("Report from pub landlady, Aberystwyth: Chap comes in with 5 foreign lads every night, pays for their drinks, takes their pay packets off them at the bar on a Friday and gives them each a tenner back. They work on his dad's building jobs.",
  "ww", "ncw", "L", "m")
E("Multi-agency visit, hand car wash, A38 Plymouth. Operator licensed, 6 staff on payroll, pay slips and rota shown, workers interviewed alone. Staff live in own rented rooms. Workers wore PPE provided free. Good practice noted.",
  "", "", "", "l")
E("My cousin got me job in a fish factory in Grimsby through agency. But the agency man in Lithuania said I must pay him £1,500 first. I borrowed it from him and every week he takes £100 from my wage and I still owe £1,200 after 6 months because he adds 'interest'. He has my ID card 'for the agency files'.",
  "db rd", "uf dt", "L", "m")
E("Call handler: male caller, Slovakian accent, says he and 4 others have been 'sold' to a man in Burnley. They are in a white van outside a warehouse now, the driver has gone inside, doors are locked. He has no idea where they are. Location from phone: Rossendale. Grade 1.",
  "rm iso", "rmv isd", "L", "i")
E("my daughter is 15 and shes been talking to a man on snapchat who says hes a model scout. he wants her to come to london to do a shoot and says hell pay her train. I've taken her phone but im worried.",
  "de av", "", "", "h")
E("2/C/P. Three Filipina domestic workers employed by a Gulf family at a rented mansion in Knightsbridge during summer. Never seen outside without a driver. Neighbour's nanny says they are not allowed phones and sleep in the laundry room.",
  "rm iso ac", "rmv isd saw et", "D", "h")
E("School nurse: Y7 pupil (11) says she has to stay up late cleaning her aunt's house and looking after the baby and can't do her homework. Aunt is her guardian. Pupil tired and underweight, says she's 'not allowed' to play out or see friends.",
  "av rm eo", "rmv pa lh", "D", "h")
E("Council tenancy check, Falkirk. Tenant reports no issues. Lodger (Polish, 34) has been there 2 years, pays £300/month, works at a distribution centre on a permanent contract. All fine.",
  "", "", "", "l")
E("Statement of IP (M, 29, IND). 'I answered an advert in Punjab for a job as a chef in London with a work permit. I paid the agent 6 lakh rupees, my family sold land. When I came the restaurant in Southall said there was no permit, I was a visitor. They said I can work and live upstairs and they will fix the visa. I worked 14 hours every day for one year. They paid £500 in total. The visa never came. When I asked, the owner said one call to immigration and I go to detention.'",
  "de db eo ww it av", "uf lh saw foa", "L", "h")
E("Caller says a car is parked on the double yellows outside the Nepalese restaurant every day and wants a ticket issued. No other concerns.",
  "", "", "", "l")
E("A&E Belfast: female, early 20s, broken wrist, accompanied by a male who refused to leave and answered questions on her behalf. Patient's phone was with the male. Patient later told HCA in the toilet 'he won't let me go'. Registered at an address on Ormeau Rd she couldn't remember.",
  "rm iso", "sfw isd rmv pa", "", "i")
E("Caseworker note (BAWSO). Client, 19, brought from Pakistan for marriage to a cousin in Newport. In-laws kept her passport and biometric card. She did all cooking and cleaning for 9 people, was locked in her room when visitors came, and was slapped by her mother-in-law when she was slow.",
  "rd rm psv", "dt rmv", "D", "h")
E("INT: Ring doorbell footage shows 6-7 males leave 19 Cromwell St, Grimsby, each morning 0500 into a grey Transit. Same males return approx 2100 and a male who stays at the address locks the front door from the outside once they are in. 2/B/P.",
  "rm eo", "rmv cedl lh", "L", "m")
E("She works at a chippy and the owner is a nice man, he lets her stay in the flat above free while she's studying. She has her own key and goes home to Poland at Christmas. I just thought I'd say because someone said something in a Facebook group about 'slaves at the chippy'.",
  "", "", "", "l")
E("Debrief via interpreter (Vietnamese). She says she paid 15,000 dollars to come to the UK, her parents borrowed it from a lender in the village. In the UK a woman put her in a nail bar in Leeds and kept her wages to 'send home for the loan'. Her parents tell her the loan has not been paid. The woman said if she runs, the lender will take her parents' house.",
  "db ww de it", "ncw uf", "L", "h")
E("Hi, I manage a Travelodge. A man booked rooms for 4 girls for a week, paying cash. They don't leave the rooms, he brings food. Lots of male visitors to the rooms each night. One girl asked reception staff for help in a language we didn't understand and the man took her back upstairs.",
  "rm", "rmv", "S", "h")
E("Border Force, Stansted. Nigerian female, 19, arriving on a visit visa with a male 'uncle' who holds both passports and the return ticket. She does not know the address she is going to, says she will be 'helping auntie with her children in Essex'. Interviewed separately: says she was told not to tell officers she will be working.",
  "rd iso", "dt isd", "", "m")
E("Recycling plant, Tipton. Tip-off: workers kept on site 'like prisoners', dogs patrol the fence at night, 2 men per portacabin with no heating.",
  "rm ac", "rmv saw plc", "L", "m")
E("Wardens report a tent encampment in Cathays Park, 3 British men. One says he was offered 'cash work' by a man in a van who pays £20 a day for roofing. He goes when he feels like it, says he's fine and likes the cash. Signposted to outreach.",
  "", "", "", "l")
E("My uncle in Ghana said I'm going to the UK to finish school. I was 13. I lived with his friend's family in Croydon, I never went to school. I did the washing, ironing, cooking and took the kids to nursery. At night I slept on the sofa after everyone went to bed. I only found out I was 'illegal' when I was 18 and they told me if I left I'd be deported.",
  "av de eo it", "lh foa", "D", "h")
E("Tip from Unseen helpline: Female (ROU) says her partner arranged for her to marry a Pakistani man in Glasgow for his visa, she was paid nothing and now cannot leave the flat, the man's brothers watch her.",
  "rm", "rmv", "C", "i")
E("ANPR hits for VRM FY16 RZA on A55 westbound at 0400 and back 2330 daily for 3 weeks. Vehicle linked to Anil KUMAR, director of a labour provider with no GLAA licence. Passengers believed to be 8-10 IND workers for a Holyhead fish processing site.",
  "eo", "cedl lh", "L", "m")
E("Email to force inbox: 'I'm a Polish worker at a factory in Telford. I want to complain that the agency pays us on time but the work is hard and the manager is rude. Also the canteen is expensive.'",
  "", "", "", "l")
E("We are 7 Indian men in one house in Bradford. The owner of the textile shop took our passports when we came, he says for 'registration'. We work 7 to 9 sewing. We get £150 each month, he says the rest pays the agent in Delhi. We cannot change jobs because our visa is tied to him, he says.",
  "rd eo ww db ac", "dt lh oa", "L", "h")
E("OIC update. The 3 Eritrean males from the Leeds car wash are now in safe house. All 3 say the operator 'Mesfin' kept their Home Office papers in a drawer and never paid wages, only food. Mesfin arrested s2 MSA.",
  "rd ww", "dt", "L", "m")
E("ye there's a big posh hoose up the road from me in Bearsden and the wee Indian woman that cleans it never goes oot on her own, the wife drives her everywhere and she's no allowed a phone. 4 year she's been there and never seen her at the shops once",
  "rm iso", "rmv isd et", "D", "m")
E("Patient seen in GUM clinic, Leeds, F, 22, ROU, requesting STI testing. States she sells sex independently, advertises herself, keeps her own earnings, lives with friend. No coercion disclosed, information on support given.",
  "", "", "", "l")
E("Intel: VNM girl 16 being moved between nail bars in Cheltenham and Gloucester by a man in a red Kia. She sleeps at the Gloucester salon. 2/C/P",
  "av", "saw et", "L", "h")
E("The man who came to our village in Sindh said he can get my son a kidney transplant in a good hospital abroad and will pay us well for mine. I went with him to a clinic. After the operation I was given much less than promised and my passport was kept until I signed papers I could not read.",
  "de rd av", "dt", "O", "h")
E("Neighbour (Newtownabbey) reports her Romanian neighbours are always shouting. Officers visited; family argument between husband and wife about the TV. No injuries, no other concerns, both work at the hospital.",
  "", "", "", "l")
E("Missing person: 16 y/o male from care home, Blackpool. Known to be groomed by a line ('Max') operating into Lancaster. Last seen getting in a white Audi. Phone off. Last time missing, found with £800 and a knife after 4 days and said he 'owed'.",
  "av db", "", "C", "i")
E("My name is Gabriela. I came from Slovakia with my husband and our children because his cousin said there is work in Sheffield. The cousin took all our documents and our bank cards, he said he will register us for benefits and work. My husband works in a warehouse but we never see the money. The cousin gives us £40 a week for food for six of us. We live in one room. He says if we go to the police they will take our children.",
  "rd ww it ac", "dt ncw mbc oa", "L", "h")
E("Workers at the Wisbech packhouse have been asking me (I run the Polish shop) to translate their letters. Their agency charges £2 a day for the bus and £30 for the hi-vis vest. Otherwise they seem happy, they get paid properly and go home for holidays.",
  "", "ct ppe", "", "l")
E("999 call. Male caller, accent, says 'help, they beating us' and gives location as a farm near Lisburn. Screaming heard in background. Line open 2 mins. Units dispatched.",
  "psv", "", "", "i")
E("Referral from adult social care, Cornwall. Adult with learning disability (M, 38) living with a family who he calls 'friends'. He does all their gardening and cleaning and works on their building jobs for no pay. His PIP and ESA paid to the family. He sleeps in a shed with a camping bed. He says he's happy but can't name anything he's bought himself.",
  "av ww ac", "ncw plc fpe", "LD", "h")
# ---- part 3 ----
E("Nom Kastriot HOXHA: suspected controller of grows, Sunderland. 3/D/P.",
  "", "", "C", "m")
E("Vuln adult, Ebbw Vale, flat taken over by dealers. 2/B/P.",
  "av", "", "C", "m")
E("Male seen crying at bus stop, says boss kept his passport. Leicester Rd.",
  "rd", "dt", "", "m")
E("RTC Ormskirk Rd, 2 cars, minor damage, details exchanged.",
  "", "", "", "l")
E("Girls at nail bar on Albert St never get paid, owner says 'they are learning'.",
  "ww", "", "L", "m")
E("Shoplifting, Boots, Kirkcaldy. Local female, 34, detained by security. Charged.",
  "", "", "", "l")
E("Youth (15) found in trap house, Ipswich, with 40 wraps and a burner.",
  "av", "", "C", "h")
E("Female at 4 Bell Lane says man locked her in last night and took her phone.",
  "rm iso", "rmv isd", "", "m")
E("Farm workers in Pembs sleeping in a cattle shed, boss says it's 'temporary'.",
  "ac", "saw plc", "L", "m")
E("Concern for welfare — Chinese male at takeaway, Omagh, has no days off in 2 yrs.",
  "eo", "lh", "L", "m")
E("Report of illegal workers at a car wash, Lurgan. IE informed. Workers paid cash, no other concerns.",
  "", "", "", "l")
E("Lad from Liverpool, 16, arrested in Aberystwyth with crack; says he 'owes' the line.",
  "av db", "", "C", "h")
E("Organ broker 'Dr Ahmed' advertising on Facebook: £25,000 for a kidney, travel arranged to Turkey.",
  "", "", "O", "m")
E("I came to the UK for my kidney operation legally, I'm on the NHS waiting list and my daughter is the donor. Why is the hospital asking about trafficking?",
  "", "", "", "l")
E("Debrief account (translated from Romanian). 'My name is Elena. I was 19 and living with my grandmother in a village near Craiova. A man from the next village, Cristi, was kind to me, bought me a phone, said we will go to England together and work in a restaurant and send money for grandmother's medicine.\n\nIn England we went to a flat in Wolverhampton. The second night Cristi said there is no restaurant, I must go with men, or how will we pay for the flat and the flights. When I cried he hit me with his belt. He put my photos on a website. He kept the phone he gave me and gave me another one only for clients. He took my identity card and said I can have it back when we go home.\n\nI did this for eleven months, in Wolverhampton, then Derby, then Cardiff. All the money went to Cristi. He sent some to grandmother so she would not worry. When he was arrested for something else, the police came to the flat and I told them.'",
  "de psv iso rd ww av", "isd dt ncw", "S", "h")
E("Organised Immigration Crime team. Male (EGY, 26) sought help at a church in Birmingham. Says he was brought to the UK by a network who told him he would work in construction, then taken to a private clinic in Istanbul on the way where a kidney was removed 'to pay for the journey'. Has a scar and ongoing pain. Network members in the UK have told him to stay quiet or his family in Egypt will be visited.",
  "de db it", "pa", "O", "h")
E("Public report: Loads of young lads from Vietnam living in the flat above the takeaway on Queen St. I think they sleep in shifts. One of them had a burn on his face and nobody took him to the doctor",
  "", "oa pa", "", "l")
E("Police Scotland, Inverness. Restaurant owner reported by ex-employee for unpaid holiday pay. Ex-employee (ESP, 24) says she was otherwise paid correctly, could leave at any time and did. Referred to employment tribunal route. No MSA offences.",
  "", "", "", "l")
E("INT 2/B/C (not to be shared with employer). Security guard at warehouse, Thurrock, says 20+ agency workers are dropped at 0530 by a van driver who takes their phones at the door 'company policy' and hands them back at 1930. Workers say they live in houses owned by the van driver and rent, travel and phone 'insurance' come off their pay, leaving them about £60 a week.",
  "ww eo ac", "cedl lh ct et", "L", "h")
E("Witness statement (neighbour, Moss Side): 'Every morning about 5 there's a black Transit, it beeps twice and the lads come out. Six of them. They carry bags. They come back after 10 at night. The van takes them away again Sunday. I've never seen them go to the shop. I said hello to one of them once and the driver got out and told me to mind my business.'",
  "eo", "cedl lh et", "L", "m")
E("Handover. Female (ALB, 25) picked up at Victoria coach station. Came on a lorry, says her boyfriend planned the trip and now says she must 'work in a house' in Watford to pay him back. She has bruises on both arms and says he 'pushes her' when she argues. She has his number but not the address. Placed in emergency accommodation; NRM consented.",
  "db psv iso", "pa isd", "S", "h")
E("999. Teenage girl calling from a flat in Rochdale, says she's 14, men are there who won't let her leave. Call dropped. Cell site Rochdale town centre.",
  "av rm", "rmv", "S", "i")
E("Community outreach worker, Birmingham: Roma family of 8 living in one room, adults work at a car wash for a man who also runs the house. Children not in school. Man collects their wages and gives the mother 'shopping money'. One boy of 14 also works at the car wash weekends.",
  "av ww ac", "ncw oa", "L", "h")
E("GLAA licence check: labour provider supplying a chicken factory in Anglesey. Provider pays workers correctly but has been charging £150 'registration fee' to new starters. Fee refunded on instruction; licence condition added. Workers hold own documents, transport free.",
  "", "uf", "", "l")
E("Call handler summary: Caller (Welsh, elderly) says the 'young foreign chap' who does her garden through a firm is always hungry and told her the firm doesn't pay him, just gives him a bed in a garage. She's worried. She has the firm's van reg: CU21 PLM.",
  "ww ac", "saw plc", "L", "m")
E("I worked on the boat out of Kilkeel for 10 months. Ghanaian crew, 4 of us. We were told £1,200 a month. We got £100 a month 'advance' and the rest was for 'later'. Later never came. Skipper kept passports in the wheelhouse. We were not allowed onto the quay at port, only to the boat. Sometimes 30 hours fishing without sleep.",
  "de ww rd rm eo", "dt rmv lh", "L", "h")
E("Anon online report: This is probably nothing but there's a guy at the gym who always brings 2 young Asian women and pays for them, he holds their phones while they train and talks for them at reception.",
  "", "sfw", "", "l")
E("INT 1/A/P. Address 44 Park View, Newport NP20 — brothel run by Chinese national 'Lily'. Women rotated from Manchester every 2 weeks. Women told customers they are 'paying off the trip', £30,000. One disclosed being raped by Lily's husband on arrival.",
  "db psv", "", "S", "h")
E("Carers from Zimbabwe on health & care visas, care agency in Kent. Online report by one of them: 'we are told if we resign we pay £5,000 for the visa sponsorship. We do 80 hours but paid for 40. Manager says home office will remove us if we complain. We share a house 8 people.'",
  "db eo ww it ac", "lh oa foa", "L", "h")
E("Officer handover note: Re the report of 'men in a van at 5am' from Lydney — traced to local building firm, all staff British or settled status, living in own homes, early starts because of a job in Bristol. Spoke to two of them. NFA.",
  "", "", "", "l")
E("Witness (hairdresser, Bury): 'One of my clients is a lady from Poland, she brings her friend who doesn't speak. The friend told my Polish colleague that a man took her documents and makes her clean offices at night and houses in the day, she hasn't been paid since she arrived in March, she sleeps at his mother's house on the floor.'",
  "rd ww eo ac", "dt lh", "L", "h")
E("Trading Standards: Car wash in Hartlepool has been fined for unpaid minimum wage following HMRC investigation. Workers received back pay. Operator cooperative. No further concerns.",
  "", "", "", "l")
E("LA safeguarding. Girl, 16, Eritrean, placed in semi-independent accommodation in Croydon. Disappears for days, returns with new phones and clothes. Has said a 'brother' from the community arranges for her to stay at houses in Luton where 'she has to do things with men'. Refuses to give names.",
  "av psv", "", "S", "h")
E("Hello I want to report my employer. I came from Romania for a job as a cook in a hotel in Inverness through a Facebook advert. When I arrived they said the cook job is gone, I can clean rooms. The pay is less than they said. But they pay it every week into my own account and I live in a staff room. I am not happy but I can leave. I want to know my rights.",
  "de", "", "", "m")
E("INT 2/C/P. Girls aged 13-15 from a residential home in Rotherham are being picked up by men in taxis and taken to a flat above a takeaway. Given alcohol and drugs. Older girl recruits younger ones.",
  "av", "et", "S", "h")
E("Debrief (interpreter, Kurdish Sorani). He says he was in a hotel in Calais when a man asked if he wanted to go to England free. In England he was taken to a barber shop in Hull. He had to cut hair 12 hours, sweep, clean, and at night he slept on the barber chair. He says the owner gave him food, cigarettes and £20 on Fridays. He says the owner was 'good with him' but told him many times that if he leaves, 'the Home Office catch you and send you to Rwanda'.",
  "ww eo it ac av", "lh saw foa", "L", "h")
E("OIC log: Car wash operator charged with assault on a worker — CCTV shows owner punching a worker for taking a break. Worker says he is paid properly and has his passport but is scared of the owner. Referred to MSHTU for assessment.",
  "psv", "", "L", "h")
E("Tip via Crimestoppers: Nigerian lady in Peckham has 3 girls from Lagos living in her house doing hair in her salon for nothing, she keeps their passports, they call her 'Mummy'.",
  "ww rd", "dt saw", "L", "m")
E("Hi im the manager of a Lidl, every day the same woman sits outside with a baby begging, dropped by a man in a silver car at 8, picked up at 6. The baby never seems to change clothes. I think the man takes the money.",
  "", "cedl ncw", "C", "m")
E("Welfare visit to 7 Laburnum Rd, Spalding. 11 occupants, all Latvian agency workers. Landlord (agency director) has keys to all rooms. Workers state they can go out, each has own phone, rent deducted £80/wk. No locks on bedroom doors. Advised council HMO team re overcrowding. Workers content.",
  "", "oa", "", "l")
E("Kidney for sale: I saw a post in a WhatsApp group for Pakistanis in Bradford saying 'need donor O+, £40,000, travel to Lahore, contact Mr Raza 07700 900945'. My friend is desperate for money and is thinking about it. Please stop this.",
  "", "", "O", "m")
E("Debrief note: IP (M, 33, HUN) brought to Bolton by a couple who paid his coach fare. Worked for them laying patios across Lancashire for 2 years. They kept his passport 'safe'. Paid £10 a day 'pocket money'. Lived in a caravan on their drive with no heat, ate one meal a day. Hit with a spirit level when he dropped a slab. Told that if he left, the police would arrest him for the 'debt'.",
  "rd ww ac psv it db", "dt plc", "L", "h")
E("Person complaining of a 'slave' at the Indian restaurant — turned out to be the owner's son, 17, working family shifts after school and at weekends. Attends college, has his own phone and money, lives with parents. No concerns.",
  "", "", "", "l")
E("Call handler: Shop worker in Llandudno says a girl, maybe 13, came in alone asking to use the phone, said her 'boyfriend' (adult) is waiting outside in a car and she's scared to go back to him. Girl still in shop now.",
  "av", "", "", "i")
E("Overheard at a bus stop in Derry a man on phone talking about 'selling' two girls to someone in Belfast for 'five grand each'. Man about 40, tattoo on neck, red jacket.",
  "", "", "S", "h")
E("Forced marriage unit referral, Luton. Female, 17, British-Bangladeshi, taken to Sylhet 'on holiday', passport taken by her uncle, told she will marry a cousin next week. Contacted school friend by WhatsApp. Currently in Bangladesh.",
  "av rd", "dt", "", "i")
E("Caseworker (Medaille Trust) summary: Client (ROU, 40) was a roofer's labourer for a family in Essex for 3 years. He was 'paid' by having his rent and cigarettes covered, never any cash. He lived in a room with 4 others above the family's garage. He drank heavily and they supplied the alcohol. He had no contact with his family in Romania because his phone had been 'lost'.",
  "ww ac av iso", "oa isd", "L", "h")
E("Drug-related death, Hastings. Deceased male, 24, local, known heroin user. No third-party involvement. Coroner informed.",
  "", "", "", "l")
# ---- part 4 ----
E("Officer report, Op AIDANT day of action, Leicester garment district. Visited 6 units.\n\nUnit 3: 14 machinists, mostly Indian and Pakistani women, paid by the piece. Records show an average of £3.20 an hour; several said they were told 'that's the rate, take it or leave it'. Workers go home at 5, hold their own documents and are paid into their own accounts. HMRC NMW referral made. Not assessed as forced labour.\n\nUnit 5: manager could not produce any records. Two Afghan males found sleeping on cardboard behind the cutting tables. Via interpreter they said a 'cousin' brought them from London, they have no papers, they are given food and 'will be paid when the order is finished'. They have worked there since August. Neither knew the name of the street. Both accepted NRM.\n\nUnits 1, 2, 4 and 6: no concerns. Fire safety issues referred to the fire service.",
  "ww ac iso av", "saw plc isd", "L", "h")
E("Report of a man in Cardiff city centre who says he is being made to beg. Officer spoke to him: male, 50s, Welsh, alcohol dependent, says nobody makes him, he was joking. Known to the Wallich. NFA.",
  "", "", "", "l")
E("Albanian lad, 17, arrested at cannabis factory, Doncaster. Says he was told he'd be working in a car wash. Had been there 5 weeks, never left the house, food brought in.",
  "av de rm", "rmv", "C", "h")
E("ok so my sister in law came from the Philippines as a nanny for a family in Surrey and they're really good to her tbh, she has her own room and bathroom, every sunday off, they pay her properly and she has her passport. I'm only writing because I saw your poster and wanted to say not every nanny is a slave lol",
  "", "", "", "l")
E("INT 2/B/P. 'Pop-up' brothels in Airbnbs across Aberdeen, Dundee and Perth, run by a Romanian couple, phone 07700 900334. Women moved every 3 days by car, phones collected on arrival and returned when they move. Women don't speak English and don't know which city they are in.",
  "iso av", "isd et", "S", "h")
E("Thank you for taking my report. Im Welsh and I run a B&B near Betws-y-Coed. The cleaning agency I use sent two Romanian ladies. They told me the agency takes their passports for the whole season and they get paid 'at the end'. They are lovely, hard workers, they start at 6 and go to 9 at night at different places. They looked frightened when I asked if they were ok.",
  "rd ww eo", "dt lh foa", "L", "h")
E("Neighbour dispute, Bangor (NI). Hedge height. Both parties advised. No offences.",
  "", "", "", "l")
E("999 transcript summary: male, Vietnamese accent, very poor English, 'police please, I in house, door lock, many plant, I sick'. Line remains open, coughing heard. Location via AML: semi-detached, Beeston, Nottingham. Units + ambulance.",
  "rm ac", "rmv pa", "C", "i")
E("Caseworker note. Client (SDN, 24) referred by Refugee Council. Since arriving he has worked at a car wash in Derby. Employer is a fellow Sudanese who pays him £6.50 an hour cash, which client says is 'not good but enough'. Client lives with friends, has his ARC, comes and goes freely. He wants help finding better work. No exploitation identified; employment rights advice given.",
  "", "", "", "l")
E("Woman, 61, British, Middlesbrough: her son (learning disabilities) is being 'befriended' by a group who take him to the cash machine every Thursday, take his benefits and make him carry bags to Darlington on the train. He's come home with a black eye twice.",
  "av psv", "ncw pa", "C", "h")
E("Staff at Premier Inn (Heathrow) report a man checking in with 5 young women, none of them speak, he holds all their passports and hands them in at reception. They're going on a flight to Dubai tomorrow 'to work'.",
  "rd", "dt sfw", "", "m")
E("Debrief, interpreted (Polish). He says that the 'boss' of the crew, Robert, took the men's ID cards on the first day and kept them in a plastic folder in his car. They were building houses in Cambridgeshire from 6 to 7 and Saturday too. Robert paid them 'when there is money', maybe £100 every 2 or 3 weeks. They lived in a house with mould on the walls and no hot water, 12 men. He says Robert never hit anyone, but he said many times that Polish police are looking for them and he 'can help them or not help'.",
  "rd eo ww ac it", "dt lh oa plc", "L", "h")
E("Hi. I'm a student at Swansea uni and work at a bubble tea shop. Owner made me do a 12 hour shift once when someone was off and paid me overtime. Is that modern slavery? My friend said it is.",
  "", "", "", "l")
E("Call handler: man, Geordie accent, says his upstairs flat in Byker has 'two lads from Albania living in it' who 'grow weed' and have 'a big fella' who comes twice a week with food and shouts at them. Lads never go out. Can smell it through the ceiling.",
  "rm", "rmv", "C", "m")
E("Probation: PoP (M, 20) on licence disclosed that he was 'run' by a line from age 14, made to carry drugs to Exeter, stabbed at 16 when he tried to stop, and his mum's windows were put through. He's scared of being pulled back.",
  "av psv it", "", "C", "h")
E("OFFICIAL-SENSITIVE. Nom: Besnik KOLA (DOB 11/07/1990). Linked to 3 cannabis grows in Swindon. At each grow a single ALB male was found living inside with a mattress, a kettle and a bag of clothes, doors screwed shut from outside. KOLA's phone 07700 900712 in contact with all three gardeners.",
  "rm ac", "rmv saw fpe plc", "C", "m")
E("My neighbour, Ballymoney, is a lovely Romanian woman who works at the mushroom farm. She said her pay was £40 short last week and the supervisor sorted it on Monday. Someone on the Facebook group said she was being exploited so I thought I'd let you know she's fine.",
  "", "", "", "l")
E("GP Newham: Pt F 27, Indian, dental abscess left untreated for months, extremely thin. Accompanied by employer's wife who said pt is 'the maid'. Pt allowed to speak only in Hindi to her. Pt later phoned surgery back, said she works from 5am to midnight and has not been paid, her passport is with the family.",
  "ac eo ww rd", "pa sfw lh dt", "D", "h")
E("INT 2/C/P. Gangmaster 'Pavol' provides Slovak Roma men to a Sheffield steel scrapyard. Men pay him £200 each on arrival for 'the job', £15 a day for van transport and £50 for boots. Some men reportedly owe him 'thousands' that increase every week.",
  "db", "uf ct ppe", "L", "m")
E("Welfare check request, Stornoway. Family from Syria resettled last year. Neighbour worried because the dad works long hours at the fish processing plant. Checked: employer confirms standard contract, overtime voluntary, family well supported by council resettlement team.",
  "", "", "", "l")
E("The boss he come in the morning, 5 o'clock, and take us. We are 8 in the van. We work on salad, in the field, in the rain also. He give us the money in envelope but he take back for the house, for the van, for the gloves, for the knife. I have left £45 for one week. Forty-five. Andrei ask for the papers back and the boss say 'go then, walk to Romania'.",
  "ww rd", "cedl ct ppe dt", "L", "m")
E("Report from Fire & Rescue home safety visit, Oldham. 16 people in a 4-bed terrace, all Eritrean and Sudanese men, sleeping in shifts. Landlord also employs them at his car washes. Doors had hasps and padlocks on the outside. Escape routes blocked.",
  "ac rm", "oa plc rmv", "L", "m")
E("Hello, I'm writing for my friend, Ewa. She is 20, from Poland, she came here to be an au pair with a family in Edinburgh. The family takes her phone away at 8pm every night and she is not allowed to have friends over or go out in the evening. She gets £70 a week and does all the cleaning and ironing as well as the 3 kids from 7am to 10pm. The mum reads her messages. She's very homesick and they say if she leaves early she has to pay back the flight.",
  "iso rm eo db", "isd rmv lh", "D", "h")
E("OIC note: complaint from ex-partner that IP's new husband 'keeps her like a slave'. IP (PHL, 36) interviewed alone with interpreter: married 2 years, works part time at Tesco, has her own account and passport, visits friends. Says ex-partner is harassing her. Harassment investigation opened against ex-partner.",
  "", "", "", "l")
E("Female (ROU, 23) attended Sexual Assault Referral Centre, Cardiff. Reports being raped by a client at a flat where she works for 'Adi'. Adi takes half her money and all the money when she 'misbehaves'. She says Adi is her boyfriend.",
  "psv ww", "ncw", "S", "h")
E("Concern re Filipino crew member on a superyacht berthed at Falmouth. Told marina staff he hasn't been paid in 5 months, crew passports held by the captain, works 18 hrs a day during charter.",
  "ww rd eo", "dt lh", "L", "h")
E("Missing from home: 15 y/o female, Hackney. Found 3 days later in a hotel in Southend with a 32 y/o male. Male arrested for CSE offences. Girl said he is her boyfriend and gave her money and 'she was sharing with his friends'.",
  "av psv", "", "S", "h")
E("Concern raised by church pastor, Leeds. A Nigerian woman in the congregation was brought over by her 'aunt' aged 14 to mind children. Now 24. Never went to school, never paid, still lives with the aunt and cannot read. Aunt says she's 'family'.",
  "av ww", "", "D", "h")
E("Police Scotland call, Ayr: caller says Romanian 'Big Issue' sellers in town are dropped off at the same time by one car. Checked: sellers are registered Big Issue vendors, buy their own magazines, share a car to save money. No concerns.",
  "", "", "", "l")
E("Dear sir, I was working for a man in a bakery in Luton. He give me a room in his house with 5 other guys. He said rent is free but he not pay me for 4 month and say 'you eat my bread, you sleep my bed'. I go away now, I live with friend. Please help me get the money.",
  "ww ac", "oa", "L", "m")
E("INT 2/A/P. Male 'DRAGAN' collects 4 Serbian females from an address in Harrow at 2000 daily, returns them 0500. Females known to work in 'massage' premises in Edgware. DRAGAN holds their phones in the car.",
  "iso", "cedl et isd", "S", "h")
E("ASB, Merthyr. Youths throwing stones at buses. Dispersal order. No other issues.",
  "", "", "", "l")
E("I'm a driver for a food delivery app in Glasgow. Loads of the other riders are renting accounts from a guy who takes £150 a week and keeps their earnings going into his account, they get paid cash what he decides. They're from Bangladesh and India, students mostly. He drives round and checks on them.",
  "ww", "ncw", "L", "m")
E("Caller is a 16 y/o boy from Nuneaton ringing from a phone box in Ipswich. Says he was 'sent' by a man called 'K' to sell drugs, his phone was taken, he's hungry and has no money to get home, the men are looking for him now.",
  "av iso", "isd", "C", "i")
E("Partner referral, council homelessness team (Southampton): man, 45, British, was living in a tent when a man offered him a 'job and digs' in Bournemouth. Returned after 3 weeks. Says he was paid cash daily, not what was promised (£50 rather than £80) but he could leave and did. Not assessed as exploitation. Housing assessment completed.",
  "", "", "", "l")
E("Witness account (Nail technician, Coventry). 'I worked at the salon for two weeks. Two of the girls lived upstairs. The owner took their phones at night and kept their money in an envelope with their names on it and they never got it. One of them cried and said she owed £20,000 to the people in Vietnam. She's only 16. I quit because it made me sick.'",
  "iso ww db av", "isd saw ncw", "L", "h")
E("GLAA inspection, Lancashire salad packhouse. Labour provider licensed. Found: payslips accurate, holiday pay correct, workers say they can refuse overtime, transport provided free, own bank accounts. One complaint that the canteen is small. Compliant.",
  "", "", "", "l")
E("Safeguarding disclosure, FE college, Wolverhampton. Student (M, 17, Albanian, UASC) says his 'friend' who paid for his journey calls him every night and says he must come to work in Birmingham to pay the €10,000 'or your sister in Albania will pay'.",
  "av db it", "", "C", "h")
E("Organ trafficking intel (NCA, 3/C/C, not for disclosure outside law enforcement). A London-based facilitator arranges paid kidney 'donations' by young men from Pakistan and Bangladesh to UK patients, operations in third countries, donors told they are helping a relative.",
  "de", "", "O", "m")
E("Crimestoppers (online): man in Peterborough 'buys' people's bank accounts from Lithuanians for £100 each and uses them for his scam money.",
  "", "", "C", "m")
E("Neighbour (Caerphilly) reports woman screaming next door. Officers attend: couple arguing, female says she's fine, no injuries, male left to his mum's. Both work locally. DA risk assessment standard.",
  "", "", "", "l")
E("Debrief note, Home Office IECA referral. IP (F, 31, THA). Recruited by a Thai woman in Bangkok with a promise of £3,000 a month in a Thai massage shop in Birmingham, 'no sex'. Paid 600,000 baht 'agency fee' which became a debt of 1 million baht on arrival. Required to provide sexual services to 6-10 men daily at flats in Birmingham, Leicester and Nottingham. Her passport was retained by the 'manager', Khun Noi. She was only let out to go to the corner shop with Noi's husband. She was told her family's house in Udon Thani would be taken if she stopped.",
  "de db rd rm it", "uf dt rmv et", "S", "h")
E("A&E Ninewells: male, 30s, Polish, fell from scaffolding. Employer (who brought him in) gave a false name and left. Patient says he has worked for 'Jacek' for a year, paid sometimes, lives with 10 others in a flat in Lochee, has no PPE or hard hat. Jacek took his ID card when he started.",
  "ac ww rd", "oa dt", "L", "h")
E("Local authority housing officer: family of 9 (Pakistani, 3 generations) in a 4-bed council house in Bradford. Overcrowding assessment. Adults employed, children in school. No concerns beyond housing need.",
  "", "", "", "l")
E("hey im a bartender in manchester and theres this girl who comes in with older men, different ones every time, she looks about 15 and they buy her drinks, she said shes 18 but she has a school bag",
  "av", "", "S", "h")
E("OIC Op LANTERN update: Daughter of the Kensington family (see URN 12-0923) confirms the Indonesian housekeeper was 'given' to her parents by an agency in Jakarta; agency took six months' salary as a fee. Housekeeper had a day off every Sunday and her own phone. Daughter says the mother 'sometimes shouted'. Housekeeper has left and does not want to engage.",
  "", "uf", "", "l")
E("2/C/P: cannabis farm discovered in loft of house, Burnley. Occupant, Vietnamese female, 19, says she was taken there by a man to cook for the 'gardener' and was not allowed out.",
  "rm", "rmv", "CD", "m")
E("Report by HMRC NMW team: fruit farm in Kent paid Seasonal Worker visa holders piece rate below minimum wage in June. Arrears repaid, penalties issued. Workers had their own documents and left when contracts ended. No MSA referral.",
  "", "", "", "l")
E("I'm a postie in Hull. There's one house on my round where the letters are for about 20 different Slovak names, all bank letters. A man always waits at the door for the post and takes them in.",
  "", "mbc", "", "l")
E("Interviewee account (Romanian, interpreted). She says that a woman she met online told her she could earn good money in cleaning in London. After the flight she was taken to a house in Ilford and told to sign up for Universal Credit and open bank accounts, and the woman kept the cards. She was also sent to shoplift in Westfield. She says the woman hit her when she came back with nothing.",
  "de psv", "ncw", "C", "h")
E("Public: the new chip shop in Ballymena has a Chinese lad working in it who's never off, he sleeps in the back, and the owner says he's family but the lad's terrified of him.",
  "eo", "saw lh", "L", "m")
E("OIC handover: Hull Rd cannabis factory. Gardener (VNM, M, 16) confirms: brought from France in a lorry, smugglers in France said he must work in the UK to pay 'the fee', he was kept at the address 6 weeks, door padlocked outside, a man came twice weekly with noodles, he was burnt by a lamp, phone taken in France. Age assessment requested; NRM submitted by LA.",
  "av db rm ac iso", "rmv pa isd saw", "C", "h")
E("Police Scotland intelligence log, Fraserburgh: 4 Sri Lankan deckhands on a prawn trawler have not been ashore in 6 months, skipper holds their passports, paid $400 a month into a Colombo account they say the manning agent controls. 2/B/P.",
  "rm rd ww", "rmv dt ncw", "L", "h")
E("Press summary: Two brothers from Lincolnshire were jailed for 8 years for forcing 11 vulnerable British men, some with mental health problems, to work on their driveway business. The men were housed in dilapidated caravans, paid little or nothing, and assaulted if they complained. The judge said the brothers had 'exploited the men's vulnerability for profit'.",
  "av ac ww psv", "plc", "L", "h")
E("GP registration. Patient (BGR, 39) came with a man from the 'agency' who held his passport and said he would 'keep it for the papers'. Patient appears well. Practice manager asked patient alone, patient says it's fine and he'll get it back tomorrow.",
  "rd", "dt", "", "m")
E("Hostel staff, Aberdeen: resident (F, 28) said a man has offered her £500 to marry his friend from Nigeria. She said no. No further concerns.",
  "", "", "", "l")
E("999: taxi driver, Slough. Picked up a girl in school uniform and a man from a house on Stoke Rd, man said take them to a hotel near the airport. Girl whispered 'help me' when he went to the cashpoint. Taxi now at Shell garage, Bath Rd. Man returning.",
  "av", "", "", "i")
E("Domestic abuse, Swansea. Female disclosed coercive control: partner monitors her phone and finances. No labour or sexual exploitation. Referred to IDVA.",
  "", "", "", "l")
E("Online report: Saw a man on Facebook marketplace selling 'maids' — photos of women with prices. Says they're from Sierra Leone and 'come with papers'. Screenshots attached.",
  "", "", "D", "m")
E("OIC note. Ahmed (SDN, 33) confirms he came on a small boat, was placed in a hotel and later found casual work at a car wash in Swindon for £50 a day cash. Says the boss is fair and he chooses when to go. Not assessed as exploitation; referred to Home Office re right to work.",
  "", "", "", "l")
E("Child protection strategy meeting minutes (Rochdale): CYP (F, 13) missing 6 times in a month, seen in cars with adult males of Asian heritage, has been given alcohol and a phone by 'Uncle'. Disclosed sexual activity with 3 adults. Mother unable to protect.",
  "av psv", "", "S", "h")
E("Caseworker: client (VNM, F, 24) worked in a Manchester nail bar for 18 months. She was given £100 a month, worked 10am-8pm 7 days, the owner kept her passport in the safe 'because you will lose it' and her only place to sleep was a mattress in the treatment room. She knew no one outside the salon.",
  "ww eo rd ac iso", "lh dt saw isd", "L", "h")
E("Caller (Armagh) says two Lithuanian men came to her door asking for directions to the mushroom farm, they looked hungry and one was limping. She gave them sandwiches. She doesn't know if they're ok.",
  "", "pa", "", "l")
E("I got arrested in Newcastle with cannabis in the car. I want to say, the man who gives me the car also gives me the room and he says I cannot stop until the debt is paid, £8,000, it was £5,000 when I started.",
  "db", "", "C", "m")
E("Partner referral, Salvation Army first responder: client (CHN, M, 50) was employed in a Chinese restaurant in Stoke for 10 years. Working 12 hours a day, 6 days. Paid minimum wage into his own account which he controls. Lives in a room the owner rents to him at a fair rate. Wanted advice after he was dismissed. No exploitation indicators disclosed.",
  "", "", "", "l")
E("MASH referral (Kirklees). Boy, 12, Roma, begging at traffic lights in Huddersfield with an adult man, not his father. Boy says he gives all money to 'Uncle', isn't in school, and is hit if he brings less than £50.",
  "av psv ww", "ncw", "C", "h")
E("Witness statement: 'I'm the night manager at the hotel. The woman in room 214 has been there a week, different men every hour. The man who paid for the room sits in the lobby. This morning she came down with a black eye and asked me for a phone. She is still in the room now.'",
  "psv", "pa", "S", "i")
E("Complaint: Caller says the car wash on the A6 has 'Romanians working illegally' and wants them 'sent home'. Officers attended, all workers have settled status and payslips. No offences.",
  "", "", "", "l")
E("Hospital social worker, Birmingham. Female (IND, 30) admitted after collapse. Says she came as a cook for a family in Edgbaston, no salary for 2 years, given one set of clothes, owns nothing else, family took her phone. Family member visited ward and tried to discharge her. Police informed.",
  "ww iso", "fpe isd", "D", "m")
E("Caller says her 'friend' is locked in a flat in Sunderland by her boyfriend who's gone to work, she messaged on Facebook 'he's taken my phone and locked the door'. Friend has 2 young kids with her.",
  "rm iso", "rmv isd", "", "i")
E("Email to force: 'My landlord in Luton has told me and 6 others we must work at his warehouse on Saturdays for free or we'll be evicted. We all already work full time elsewhere.'",
  "it ww", "", "L", "m")
E("School referral, Newtownards: pupil (13, Chinese) says she works in her parents' takeaway until midnight on school nights. Lives with both parents. Social work assessment: family business, neglect concerns re hours, no trafficking indicators. Support plan agreed.",
  "", "", "", "l")
E("INT 2/B/C (do not disclose to local authority without DS approval): Vulnerable adult, male, 44, Llanelli, ABI, being used by local dealers as a 'runner' and his flat as a stash. Dealers took his bank card and have borrowed money in his name. He says 'they're my mates'.",
  "av", "ncw", "C", "m")
E("Police interview summary: suspect Marin TOMA admits housing 9 Romanian workers above his car wash and paying them '£20 a day'. Denies keeping their IDs — 9 Romanian ID cards were found in his safe.",
  "rd", "dt oa saw", "L", "m")
E("Visa refusal appeal, Manchester. Applicant (PAK, 29) overstayed after her marriage broke down. She lives with her sister's family, works part time in a shop. No indicators of exploitation.",
  "", "", "", "l")
E("Victim account, translated from Amharic: 'The family in Dubai brought me with them to London in the summer. I cooked, I cleaned, I washed everybody's clothes by hand. I could not go out, the doors were locked and Madam had the key. My passport was with Sir. When Madam was angry she pulled my hair. I had no money. I heard Sir tell a friend that I cost him nothing. One day the driver left the gate open and I ran to the church.'",
  "rm rd psv ww", "rmv dt", "D", "h")
E("One-liner for the record: Albanian gardeners in Bury owe 'boss' £30k each, can't leave.",
  "db rm", "rmv", "C", "m")
E("Public report: I'm worried about the woman who works in the launderette in Penarth, she seems lonely. I think she's from Brazil. She told me she works long hours but likes the owner, gets paid well and has her own flat. Just a bit sad I think.",
  "", "", "", "l")
E("OIC note: 3 Ukrainian refugees hosted under Homes for Ukraine in Shropshire reported their host makes them clean his holiday lets for free, took their BRPs 'for safety' and said he'll end the sponsorship and they'll be homeless if they refuse.",
  "ww rd it av", "dt", "L", "h")
E("Caller (Lowestoft) concerned about a fishing boat — says the crew are foreign and 'look rough'. Harbour master confirms crew are Scottish and Latvian, contracted through a licensed manning agency, go home every month. NFA.",
  "", "", "", "l")
E("Intel 2/B/P: Vietnamese male, early 20s, seen washing cars at a Leeds car wash with a chain-type injury on ankle. Always walked to and from a house on the same street by the manager.",
  "rm", "pa rmv et", "L", "m")
E("Referral from Migrant Help: client (ERI, F, 22) was 'married' in Sudan to a man who brought her to Coventry. He keeps her in the house, has her working nights in his cousin's restaurant without pay and beats her. She has a 2 y/o son. She says she will only leave if police promise she won't be deported.",
  "rm ww psv", "rmv foa", "L", "h")
E("Witness (delivery driver, Newry): 'There's a yard out the Belfast Rd with a couple of Romanian lads who live in a container. Boss is an alright fella, pays them in cash every Friday, they told me they love it. They've got a car and go into town.'",
  "", "", "", "l")
E("Missing person, Glasgow. Female, 22, Romanian, reported missing by her 'manager'. Enquiries show she left voluntarily to her sister's in London after the 'manager' took her passport. Located, safe. She says she owed him for the flights and was 'working it off' at a sauna.",
  "rd db", "dt", "S", "h")
E("Thank you for the call today. Re your question: no, I have never been forced to do anything by my employer, I just work a lot of hours because I want to send money to my family. My boss is fair. — message from Vietnamese nail technician following welfare visit, Exeter.",
  "", "", "", "l")
# ---- part 5: long texts ----
E("INTELLIGENCE REPORT — OFFICIAL-SENSITIVE\nGrading: 2/B/P\nSubject(s): Catalin RUSU (DOB 14/09/1985), Mihaela RUSU (DOB 02/03/1989)\nVehicles: white Renault Master VRM AJ69 WVN; black BMW X5 VRM RU55 CAT\nPhones: 07700 900381 (Catalin), 07700 900382 (Mihaela)\n\nINT suggests RUSU couple provide approx 25 ROU workers to two food factories in Corby and Kettering through a licensed agency that is not aware of them. Workers live at 3 addresses (12 Oak Cl, 4 Harris Rd, 88 Rockingham Rd). Source reports 8-10 per house, two to a mattress. Catalin drives the Master, 0500 pick-ups, 1900 drop-offs, 6 days.\n\nWorkers' wages paid into accounts opened by Mihaela at a Corby branch; she holds the cards in a zipped pouch in the X5. Source states workers receive 'around £50 a week' in cash from Mihaela on Sundays and are told the rest covers 'house, van and the loan for the bus from Romania'. Workers who ask for more are told the loan 'grows'.\n\nSource has no information about violence. Source does not believe the workers' IDs are held; 'they keep their own ID cards'.",
  "ww db ac eo", "oa cedl lh ncw mbc ct", "L", "h")
E("Statement of witness (section 9), Gwynedd.\n\nI have lived next door to the farm for 20 years. Since last spring the farmer, Mr Hughes, has had two men working for him, I believe from Moldova, although I have never been told their names. I see them out in the fields from first light, I'd say half five, and I see the tractor lights until gone ten at night through the summer. I have never seen them in the village, at the shop or at chapel. They live in the old stone barn at the back which has no windows on the ground floor; I don't believe it has water.\n\nIn August one of them came to my gate and asked, in very broken English, for 'telephone'. I let him use mine. He spoke in a language I didn't understand and was crying. Mr Hughes' son drove up in the pick-up and said 'come on, back to work', and the man went with him. The son told me they were 'family friends' and it wasn't my business.\n\nI have not seen that man since. The other one is still there.",
  "eo ac iso", "lh saw plc isd", "L", "h")
E("Hi, I'm writing this because my cousin asked me to. She's 23 and came from Nigeria on a student visa to study at a uni in Sunderland but she doesn't go to lectures any more.\n\nA lady from church in Newcastle offered her a room and said she could help out with her kids for pocket money. It started ok but now she does everything in the house, the cooking, the school runs, the cleaning, washing for 7 people, and she's been told she can only go out to take the kids to school. The lady took her passport and BRP and said she'd 'keep them safe from thieves'. She gets £25 a week. The lady says if she goes the Home Office will cancel her visa because she's not studying and she'll be 'sent back in handcuffs'.\n\nShe's got a phone but the lady checks it. She's not been hit. She cries on the phone to me every night. I live in Manchester. I don't want to get her in trouble with the visa, please can someone help her quietly. Her address is on Elswick Road but I don't know the number.",
  "ww rd rm it av", "dt rmv foa", "D", "h")
E("Partner referral — local authority children's services (Bristol) to MASH.\n\nYoung person: A, male, 15, British (Somali heritage). Currently placed with foster carers in Filton.\n\nConcerns: A has been reported missing 9 times since September. On 3 occasions he was located in Weston-super-Mare and Bath, in flats belonging to adults known to police for drug supply. On the last occasion (12/11) he had £640 in cash, 2 phones and 18 wraps of crack cocaine in his underwear. He has a fresh scar on his forearm he says came from 'falling off a bike'.\n\nA has told his YOT worker that he 'owes' £1,200 after a 'robbery' of drugs he was carrying and that the people he works for 'know where my little brother goes to school'. He will not name them. He has also said he likes the money and it's 'his choice'.\n\nA's mother has received a photograph of her front door by WhatsApp from an unknown number (07700 900644).\n\nRequest: strategy discussion, NRM referral (child — no consent required), consideration of the s45 defence if charged.",
  "av db it", "pa", "C", "h")
E("Debrief — potential victim: 'Nguyen' (VNM, M, states 19). Interpreter: Vietnamese (telephone).\n\nHe says he left Nghệ An after his family borrowed money for the journey from a man in the village. He travelled by plane to Russia, then walked and went by lorry through Europe. In Belgium men told him that the debt was now £25,000 and that he would 'work in a shop' in England.\n\nIn England he was driven in the back of a car to a house. He did not know which town (later identified as Ashton-under-Lyne). The upstairs rooms were full of cannabis plants. He slept on a mattress in the bathroom. A man known as 'Anh Long' visited twice a week with rice and noodles and checked the plants. The front door and back door were locked and screwed; he could only open a window a few centimetres.\n\nAnh Long told him the plants would pay the debt and that if the police came he should say he was the owner. He also said that 'people at home know your mother'. He was never paid. He stayed four months until police raided the house.\n\nHe has no phone and no documents. He says he is frightened for his family and does not want to go home.",
  "db rm it iso ac ww de", "rmv isd saw plc", "C", "h")
E("Incident log summary, 101 call, Barry, Vale of Glamorgan.\n\nCaller: Mrs D (elderly). States that a group of 'foreign lads' have been staying at the house opposite, number 31, for a few weeks and there are 'too many of them'. She says they leave early in a van and come back late and she thinks they might be 'slaves like on the telly'.\n\nOfficers attended 1830. House is rented by a construction company from Bristol that is refurbishing the old hospital site. Six workers from Portugal on a 3-month contract, each with his own room, a manager who stays in a hotel. Officers spoke to 3 workers who speak English: they are paid monthly into their own bank accounts, had their passports on them, showed payslips on their phones and the van belongs to the company. They start at 7 and finish at 6, weekends off, and go home to Portugal at the end of the month.\n\nCaller reassured. No offences. No indicators of exploitation. Log closed.",
  "", "", "", "l")
E("Caseworker note — Unseen, following helpline call (Derry/Londonderry).\n\nCaller is a Polish woman, 40s, who called on behalf of her brother, Piotr, 44. Piotr has an alcohol problem. Two years ago he met a man called 'Marek' in a hostel in Belfast who offered him a job on a farm in Co. Tyrone with food and a place to stay.\n\nPiotr now lives in a static caravan on the farm with 3 other Polish men. The caravan has no heating and the toilet doesn't work; they wash at an outside tap. Piotr works on the farm and on Marek's 'side jobs' (tarmac, fencing) six and seven days a week. Marek gives the men vodka every evening and £20 on Saturdays. Marek collected Piotr's bank card 'to pay the rent'.\n\nWhen Piotr said at Christmas he wanted to go back to Poland, Marek told him he owed £3,000 for 'food and drink' and that he'd break his legs if he tried to leave without paying. Piotr has since told his sister not to call the police because 'Marek knows people'.\n\nAction: caseworker advised sister on NRM/DtN, details passed to PSNI Modern Slavery and Human Trafficking Unit with consent.",
  "av ac eo ww db it", "plc lh ncw", "L", "h")
E("Extract from a GLAA licence application inspection report (Norfolk).\n\nThe applicant intends to supply up to 150 workers to poultry processing sites. Inspectors reviewed contracts, payroll and accommodation. All workers are recruited in the UK through the applicant's website; no fees are charged. Pay is at or above the National Living Wage and is paid weekly into workers' own accounts; payslips are itemised and show no deductions other than tax and NI. The applicant does not provide accommodation or transport. Workers interviewed (12, with interpreters in Polish, Lithuanian and Romanian) reported no concerns; all held their own identity documents and said they could refuse shifts.\n\nOne minor issue: the handbook was available in English only. The applicant agreed to translate it. Recommendation: licence granted.",
  "", "", "", "l")
E("Message via Facebook to the force page (Stoke-on-Trent):\n\n'i dont know if this is the right place but my mate's little brother is 14 and he's been going missing for days at a time and coming back with new clothes and loads of cash. he told my mate he goes to 'work' in Shrewsbury and Telford for a man called J who picks him up at the bottom of the road in a grey merc. last time he came back his face was all swollen and he said J's mates done it coz he lost a bag. his mum is a single parent and works nights and she doesnt know what to do. J texts him all the time on a phone J gave him, he cant not answer or they come round. please dont say i reported it he will know it was us'",
  "av psv it", "pa", "C", "h")
E("Victim account (translated from Romanian by the NGO).\n\nMy name is Florin. I am 37. In Romania I had no work and I was sleeping at my brother's. A woman from our town put a post on Facebook: work in England at a car wash, £400 a week, accommodation, transport paid. I called her and she said I must pay 200 euro for the transport, and I paid.\n\nIn England, in Kent, the boss was her brother. He said the 200 euro was only for the bus, and now I owe him also for the room, for the food and for the uniform. The room was a house with 14 people, two toilets. We washed cars from 8 in the morning until 8 at night, seven days. He paid nothing for the first month because of 'the debt'. After that he gave £100 some weeks.\n\nHe had my ID card 'for the contract'. He was not violent with me but he punched a young boy, Ionuț, in front of us because he sat down. I left after 5 months when a customer, an English man, gave me his phone number and said he will help me.",
  "de db ww ac eo rd psv", "uf oa lh dt ppe", "L", "h")
E("OIC handover — Op ORCHARD, Durham.\n\nToday we executed warrants at 3 addresses linked to Arben DUKA (DOB 21/01/1991):\n\n1) 15 Front St, Stanley — cannabis grow, 220 plants. One ALB male (Dritan, 20) found inside. The front door was padlocked on the outside. He had a sleeping bag and a carrier bag of clothes. He states he was promised work in a restaurant and the padlock 'was for the plants'. He says he owes DUKA £18,000 for his journey.\n\n2) 7 Lambton Rd, Consett — residential. DUKA's partner (British, 28) and two young children present. No concerns relating to the children; partner states she knows nothing of the grows. Cash £14,500 seized.\n\n3) Unit 4, Tanfield Lea industrial estate — car wash operated by DUKA's cousin. Five workers (ALB and KOS), all with their own ID, payslips and their own rented rooms. Workers interviewed separately; all said they were paid and could come and go. No indicators at this address; HMRC NMW check requested as a precaution.\n\nDritan accepted NRM. DUKA and cousin arrested.",
  "de db rm", "rmv fpe", "C", "h")
E("Public report, Modern Slavery Helpline (summary):\n\nCaller is a delivery driver who delivers to a large house in Surrey. Over several months he has noticed a woman, possibly Filipina or Indonesian, who always answers the tradesman's door. She looks very thin and tired. On one occasion she asked him, quietly, what day it was and what the address of the house was. She told him she 'belongs' to the family and has worked for them since they brought her from Qatar 3 years ago; she does not have a day off and her salary goes to the 'agency' in Doha. She does not have her passport. She said the employer's wife 'gets angry' and once burned her arm with an iron; she showed him a scar.\n\nShe asked him not to call the police because she will 'be sent to prison'. Caller is worried about her. He saw her yesterday.",
  "eo ww rd psv iso", "pa lh ncw dt foa isd", "D", "h")
E("Bank referral to the NCA/UKFIU (summary).\n\nOver the last 4 months, 37 personal accounts held by Slovak and Czech nationals have received weekly credits from 3 different employment agencies in the West Midlands. The credits are withdrawn within hours, in full, at ATMs in Walsall and West Bromwich. CCTV from one ATM shows a single male inserting 6 cards in succession; this male is the same person who accompanied several of the account holders when the accounts were opened and interpreted for them. All accounts list one of 4 addresses. Online banking for 30 of the accounts is accessed from the same device.\n\nThe bank has also noted that 2 of the account holders have since called from Slovakia to say they never received their wages and do not know the PINs.\n\nNo evidence of the account holders' working or living conditions is held by the bank.",
  "ww", "mbc ncw sfw", "L", "m")
E("Debrief account (English, own words). I'm from Hartlepool. I'm 26.\n\nWhen I was 17 I was in a bad way, I'd been kicked out and was using. A couple I knew, Shaun and Trish, said I could stay at theirs. After a week Shaun said I had to pay my way and took my bank card. My benefits went on the rent he said. Then he started taking me to men's houses. He'd drive me and wait outside. He said I owed him for the gear and the room and he'd write it in a book. It was never paid off.\n\nIf I said no he'd give me a slap or lock me in the back bedroom without my phone. Trish knew. I did it for about 4 years, on and off. I got out when I went into hospital with an abscess and a nurse asked me if I was safe.\n\nI'm telling you now because Shaun's got another girl living there and she's 16.",
  "av db psv rm iso", "ncw et rmv isd", "S", "i")
E("Council licensing & police joint inspection, Belfast city centre, hand car wash 'Sparkle Valet'.\n\nOperator holds all necessary permissions. 7 workers on site: 4 Romanian, 2 Bulgarian, 1 Iraqi Kurdish. All were interviewed separately. All produced ID on request (own passports or ID cards). All said they are paid weekly by bank transfer into their own accounts and showed recent payslips; the operator produced a payroll record that matched.\n\nWorkers wear waterproof jackets and boots provided free by the operator. Hours: 8.30 to 6, five days with rota. Two workers share a rented flat together; the others live with family or partners. None reported threats, debts or having to pay for the job.\n\nInspectors noted that the chemicals store needs a lock and better labelling (COSHH) — advice given.\n\nOutcome: no modern slavery indicators identified. Business praised for record keeping.",
  "", "", "", "l")
E("Interpreter's note of conversation (Arabic), Border Force, Heathrow T4.\n\nShe says that she is 24 and from Morocco. A woman she met in Casablanca, 'Samira', arranged a visa and a ticket to London to work as a nanny for a family, salary £1,500 a month. Samira took the money for the visa from her first year's salary in advance, 'so you will owe me nothing'.\n\nShe says she does not know the family's name or address. Samira will meet her at the airport. Samira told her to say she is visiting a friend. She says she has Samira's phone number only (+212 600 000 123). Her passport was given to her by Samira at Casablanca airport this morning and she has been told to give it back to Samira when she arrives.\n\nShe has £40 and a small bag with one change of clothes.\n\nOfficer assessment: potential victim of trafficking for domestic servitude; not yet exploited in the UK. Safeguarding lead contacted.",
  "iso", "fpe isd uf", "", "m")
E("Press-style summary for the force newsletter.\n\nA man from Luton has been jailed for 9 years after forcing a 21-year-old Indian woman to work without pay in his family's home and shop. The woman was brought to the UK on a visitor visa with the promise that she would study nursing. Instead she was made to work from 6am to midnight cooking and cleaning for 11 members of the family and serving in the shop. Her passport was kept in a locked drawer. She slept on the floor of the storeroom and was only allowed out with the man's wife. When she asked to call her parents she was slapped.\n\nThe court heard that she was rescued after a customer noticed her crying and contacted Crimestoppers. Detective Sergeant Kate Morris said: 'She was treated as property. We would urge anyone who sees something that doesn't feel right to report it.'",
  "de ww eo rd ac rm psv", "lh dt saw rmv", "DL", "h")
E("A&E safeguarding note, Queen Elizabeth Hospital, Glasgow.\n\nPatient: M, stated age 30, Romanian. Attended with a deep laceration to the left hand (work injury, 'cutting meat'). Accompanied by a man who gave his name as 'Vasile' and said he was the patient's boss. Vasile spoke for the patient throughout, saying he did not need an interpreter. When asked for the patient's address, Vasile gave a business address.\n\nOnce Vasile left to move the car, patient said via LanguageLine that he works in a meat cutting room in Lanarkshire, sleeps in a flat 'with many men' that Vasile rents, has not been paid since he arrived in October because he must pay for the flat and for his travel first, and that Vasile has his ID card. He said he is afraid Vasile will be angry he came to hospital. He declined police involvement.\n\nDuty to Notify submitted. Information shared with Police Scotland NTHU.",
  "ww db rd ac", "sfw oa dt pa foa", "L", "h")
E("Report from community midwife, Pembrokeshire.\n\nVisited Mrs K (Romanian, 26) at home for a postnatal check, baby 10 days old. Address is a small farm cottage. Husband present, works on the farm. Husband translated as my questions were simple. Later, speaking alone with Mrs K via LanguageLine: she feels well supported, the farmer's family have been kind, husband is paid weekly into his own bank account, they have their own documents and car and go to Haverfordwest to shop. She's happy and wants to stay in Wales.\n\nI asked about the 'men in the other cottage' I'd heard about in the village; she says those are seasonal workers who come every summer, they are friends of her husband and get paid the same way. Nothing of concern raised. Baby well, feeding established.",
  "", "", "", "l")

def main():
    out = []
    entries = list(R)
    # mix sources, lengths and labels so that ids carry no ordering signal
    import random
    random.Random(13).shuffle(entries)
    for n, (text, ind, sig, typ, risk) in enumerate(entries, 1):
        out.append({"id": "f13-%03d" % n, "text": text,
                    "indicators": [IND[c] for c in ind.split()],
                    "signs": [SIG[c] for c in sig.split()],
                    "exploitation": [TYP[c] for c in typ],
                    "risk": RISK[risk]})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh13.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "texts ->", path)

if __name__ == "__main__":
    main()
