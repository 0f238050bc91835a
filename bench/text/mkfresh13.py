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
E("Crimestoppers: workers at hand car wash, Valley Rd, Mansfield said to be living in a shipping container on site. No further info.",
  "ac", "saw plc", "L", "m")
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
E("Online report: Theres a man who comes into my shop with the same 3 girls every week and buys them food and he pays, they never say anything, he talks for them. Theyre always dressed up. I work nights and they come in about 3am. Maybe nothing but it just doesnt feel right",
  "", "sfw", "", "l")
E("Fraud team referral. 23 Universal Credit claims linked to one email account and 2 phone numbers, all claimants EU nationals living at 2 addresses in Bradford. Claimants state a 'helper' set up the claims and gets the payments into his account; they receive nothing. Several also work at a bakery via him.",
  "", "ncw", "C", "m")
E("VRM PN21 DXE (white Transit) parked outside 8 Cedar Way, Boston each morning 0430. 8 males leave the house, nobody locks the door behind them — a man inside lets them back in at 2200. INT 2/C/P.",
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
E("INT 3/C/P. Unconfirmed: VNM males living in a unit at a Wrexham industrial estate, working at a cannabis set-up on the mezzanine. Unknown number.",
  "", "saw", "C", "m")
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
E("Immigration Enforcement intel: Chinese national workers at a restaurant in Newcastle are housed in a flat owned by the restaurant owner, 5 to a room. They say rent is fair and they each have keys and passports. Intel graded 2/C/P. Officers to visit.",
  "", "oa", "", "l")
E("My name is Ali, I am 16. I came in a lorry. The man they call Boss said I must sell for him in Margate, he gave me a phone and a room in a flat of a lady who is always sleeping. He said if I don't work he will tell my family in Kurdistan I am dead. I am scared of police because he said police here put children in jail.",
  "av it", "foa", "C", "h")
E("Handover: 2 x ROU females (20, 22) recovered from pop-up brothel, Airbnb, Cardiff Bay. Ads linked to phone 07700 900667. Both had no phones of their own. One disclosed a 'boyfriend' in Bucharest who takes all their money via Western Union. Both declined NRM; DtN done. Airbnb host informed.",
  "ww iso", "ncw isd", "S", "h")
E("Called 101 because my landlord keeps my deposit and wont fix the boiler, he says hes entitled to keep it. I pay rent myself, I work in a call centre. Can the police make him give it back?",
  "", "", "", "l")

def main():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(R, 1):
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
