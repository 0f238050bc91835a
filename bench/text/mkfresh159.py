#!/usr/bin/env python3
"""Builds bench/text/fresh159.jsonl from hand-written texts and labels held below.
Each entry: (text, indicators, signs, exploitation, risk) using short codes mapped here."""
import json, os, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
E = []
def R(text, ind="", sig="", typ="", risk="l"):
    E.append((text, ind, sig, typ, risk))

# ---------------- part 1 ----------------
R("INT suggests POI Marius DOBRE (DOB 14/03/1988) runs three hand car washes in the Walsall area. Workers said to be Romanian nationals housed above the Bloxwich site, 9-10 to a room. Source states DOBRE holds their ID cards 'so they don't lose them' and pays them via a card he keeps. 2/B/P",
  "RD WW AC", "oc dt ncw", "L", "h")
R("Follow-up to log 4471: the Polish male who reported his boss took his passport in 2019 attended again. He confirms the passport was returned to him that same week after the agency was visited by GLAA. Now works elsewhere, paid weekly into his own account. No current concerns.",
  "RD", "dt", "L", "m")
R("my neighbour says the girls at the nail place on Station rd sleep in the back room on the floor, i havent seen it myself but she cleans there sometimes. they look about 15 tbh",
  "AV AC", "sw plc", "L", "h")
R("Caller to 101 reports a man begging outside Tesco Extra every day from 7am, dropped off and collected by a silver Audi. Caller says the man once told her he has to give all the coins to 'the driver'.",
  "WW", "cedl et ncw", "C", "m")
R("Through the interpreter she says that in Lagos a 'sponsor' promised her a job as a hairdresser in Manchester. On arrival she was told she owed 35,000 euros and must work in a flat to repay it. Men came every night. Madam said juju would kill her mother if she ran.",
  "DE DB IT", "", "S", "h")
R("Report retracted. Complainant now states the account she gave on 02/06 about being kept in a flat in Luton was invented following an argument with her partner. Enquiries at the address found it occupied by an elderly couple for 20 years. NFA.",
  "", "", "", "l")
R("Student attended front counter to report passport lost on a night out in Leeds. Has BRP and university ID. Crime ref given for the embassy. No further concern.",
  "", "", "", "l")
R("Care home staff (Filipino nurses, Sponsored visas) complained to union that they were charged £8,000 'recruitment fee' before travel and told they must repay £5,000 if they leave within 3 years. Manager has been deducting £400 a month from salaries towards this.",
  "DB", "uf", "L", "m")
R("GLAA inspection, packhouse near Spalding. Labour provider licence current. Workers interviewed in Bulgarian and Lithuanian; all hold own documents, paid through payroll into own accounts, payslips checked. Hi-vis provided free. Minor breach: one shift exceeded WTD opt-out paperwork. No indicators of exploitation.",
  "", "", "", "l")
R("he says he worked on a boat off Scotland for 11 months, every day from 4 in the morning till dark, no wage at all, the skipper said the money was sent to his family in Ghana but his wife got nothing",
  "EO WW", "lh ncw", "L", "m")
R("Domestic incident. Female states her husband controls the money and she is scared of him. No suggestion she is made to work or held. DASH completed, medium. Referred to IDVA.",
  "", "", "", "l")
R("Anon Crimestoppers: Kosovan lads running a cannabis grow at 22 Fern Close, one young lad lives in there and never comes out, windows blacked out, they bring him food once a week.",
  "IS RM", "iso rm", "C", "h")
R("Arrested juvenile (16) found in possession of 28 wraps of crack in a Travelodge in Exeter. Phone shows 'Benz line' messages. He says he owes 'T' £900 for a batch the police took off him last month and has to keep working to pay it.",
  "AV DB", "", "C", "h")
R("Saw a job ad online for cleaning in the UK, very good money, they paid my flight. In the house the lady took my passport for the visa she said. I cook and clean from 6 until after midnight, I look after three children. She gives me £50 at the end of the month. I cannot use the phone.",
  "DE RD EO WW IS", "dt lh iso ncw", "D", "h")
R("Intel re KRASNIQI, Arben (nom). Previously convicted in Albania (2014) for trafficking women to Italy. No current intelligence he is involved in exploitation in the UK. Runs a barber shop in Hounslow. 1/B/P",
  "", "", "", "l")
R("A&E note: male approx 30 attended with deep laceration to hand from angle grinder. Accompanied by a man who answered all questions and said patient does not speak English. Patient wearing flip-flops and no PPE, clothing very dirty, looked underweight. Left before treatment completed with companion.",
  "AC", "sfw pa", "L", "m")
R("Referral from school DSL: Year 10 pupil (15) has new trainers and two phones, missing from home three times this month, found in Southend last weekend. Mum says older boys pick him up in a car at night. Concern for county lines.",
  "AV", "", "C", "h")
R("Man says he was promised a kidney operation 'for money' by a man in a cafe in Birmingham - he would get £20,000. He refused and reported it. He has not had any surgery. Man who approached him described as Pakistani, 50s.",
  "", "", "O", "m")
R("Old case note, now closed: she was trafficked from Vietnam to Russia in 2011 and forced to work in a garment factory locked in at night. She came to the UK in 2023 through a family reunion and lives with her brother. Currently well supported, no present exploitation.",
  "RM", "rm", "L", "m")
R("POI VU Van Thanh seen collecting 4 females from flat above nail bar at 06:40 and returning them at 22:15 daily over 5 days of observations. VRM KP19 XYZ. 2/C/P",
  "", "cedl et", "", "l")
R("the guy at the takeaway on Kings St works every single day, never seen him have a day off in 2 years, my mate says he sleeps on the kitchen floor. dont know if thats slavery or just a hard worker",
  "EO AC", "lh sw", "L", "m")
R("Bank alert: 14 debit cards in different names used at the same ATM on Bordesley Green between 02:10 and 02:40. Accounts opened in the last month, all with the same address in Small Heath. Salaries from a recruitment agency paid in and withdrawn within an hour.",
  "WW", "mbc ncw", "L", "m")
R("Sister rang worried about brother (34, learning disability) who has moved in with a 'friend' who takes his benefits each fortnight. He says he is fine and likes living there. No work involved.",
  "", "ncw", "", "l")
R("Border Force, LHR T4: female, Nigerian passport, 19, travelling with older male who says he is her uncle. She did not know the address she was going to, said she is coming to study but had no college details. Male holds both passports and her phone. Referred to SAFE team.",
  "IS RD", "dt iso sfw", "", "m")
R("Witness says the men who work on the farm are made to pay £50 a week for the van to the fields and £20 for wellies and gloves, and the money comes out before they see their wages.",
  "", "ct ppe", "L", "m")
R("She said it was 'like a marriage' but she never agreed. Her family in Pakistan arranged it when she was 16. Husband's family here made her do all the cooking and cleaning for eight people and she wasn't allowed out without the mother-in-law. They beat her when the food was late.",
  "AV RM PV EO", "rm lh", "D", "h")
R("Caller states her son was cuckooed last year by dealers from London; it stopped when the flat was raided and he was rehoused. He is now doing well. Call is about an unrelated noise complaint from the new neighbours.",
  "", "", "C", "m")
R("pls someone check the car wash by the big roundabout on the A38 the boys there are in shorts in november with no gloves, one of them had a black eye, and the owner shouts at them all day",
  "AC", "pa", "L", "m")
R("Salvation Army caseworker: Client (Eritrean, M, 22) describes being held in a warehouse in Libya for 4 months in 2021, beaten and his family ordered to pay ransom before he was put on a boat. In the UK he has worked briefly in a kitchen, paid properly, left when the contract ended. Support needs: PTSD, housing.",
  "PV RM", "rm", "", "h")
R("PC handover: visited address re welfare check for Agnieszka. Door answered by male who said she was at work. Unable to confirm her wellbeing. Neighbour states she is out every day 6am till late and 'the Polish lads' all live there, about 12 in a 3-bed house, rent paid to the same man who drives them.",
  "AC", "oc cedl et", "L", "m")
R("Nothing suspicious at the restaurant. Manager showed rotas (max 45 hours), staff are all local students or settled residents with contracts. The tip complaint was about the service charge policy.",
  "", "", "", "l")
R("Girl (14) told her teacher an older boy 'who she loves' drives her to parties in Rochdale where men give her vodka and she 'has to be nice to them'. She has a new iPhone and says he is her boyfriend.",
  "AV", "", "S", "h")
R("I was working in the kitchen at the Indian restaurant. The owner said when my visa comes I will get paid. After two years there was no visa and no money, only food and a bed above the shop. He said if I complain he will call immigration and I will be sent back.",
  "DE WW IT AV", "sw foa", "L", "h")
R("Intel from partner agency: Romanian woman, 24, advertised on escort site with phone 07700 900123; ads written in English she doesn't speak. INT suggests a male partner manages bookings and takes the money. Not yet corroborated. 2/C/C (not to be shared with the venue).",
  "WW AV", "ncw sfw", "S", "h")
R("Member of public says she saw a man being pushed into the back of a van outside the car wash and he was shouting. Attended: it was two brothers arguing about a football bet; both said they work there of their own choice, own phones and cars, payslips produced. Words of advice.",
  "", "", "", "l")
R("Man, 57, homeless, told the outreach worker he was picked up from the soup kitchen by a family who offered him work laying tarmac and a caravan. He lived in a horsebox with no heating for 8 years, was paid in cans of lager and tobacco, and was hit with a spade when he asked to leave.",
  "AV DE WW AC PV", "plc ncw", "L", "h")
R("The skipper kept our seamen's books and passports in the wheelhouse the whole contract. We work 20 hours when the fish is good. When we are in port we are not allowed to go off the boat.",
  "RD EO RM", "dt lh rm", "L", "h")
R("CSE strategy meeting notes: Girl A (15) was previously exploited in 2022 by a group in Telford; offenders convicted. She now reports no current contact with them. Risk reduced; monitoring continues.",
  "AV", "", "S", "h")
R("Hi. I think my cousin has been tricked. He went to work in a warehouse in Northampton via an agency and they said £11 an hour but now he says they take £120 a week for the room he shares with 7 men and transport, so he gets about £90 for 60 hours. He can't leave because he owes them for the flight.",
  "DE DB WW AC EO", "oc ct lh", "L", "h")
R("A charity shop volunteer reports that an old man told her he was 'kept' by a family as a young lad in the 1970s on a farm in Wales. He is now 70 and lives independently. He just wanted someone to know.",
  "", "", "L", "m")
R("Female called 999 whispering, says she is locked in a room at 14 Albert Road, the man has her passport and says he will kill her if she screams. Units dispatched.",
  "RM RD IT", "rm dt", "", "i")
R("Local authority trading standards note: nail bar on High St, two staff present, both with right to work (UK passports), owner on site. Shop meets licensing requirements. Staff said they work 9-6 with a lunch break.",
  "", "", "", "l")
R("INT: unknown male known as 'Bosi' is recruiting vulnerable heroin users from the hostel on Cross St to shoplift to order from Boots and Primark, paying them in gear. 2/C/P",
  "AV WW", "", "C", "m")
R("Nurse note (maternity): woman 8 months pregnant, speaks only Mandarin, accompanied by a woman who says she is 'her friend from work'. Through the telephone interpreter the patient said she works at a massage place, lives there, and the 'friend' keeps her money until she has paid the fees for coming. Appeared frightened.",
  "AV DB WW", "sw sfw ncw", "S", "h")
R("Man rang to complain his wages from the building firm were two weeks late. He has since been paid in full. He is free to change jobs and says the firm is 'just disorganised'.",
  "", "", "", "l")
R("They put us in a house with no beds, we sleep on mattresses on the floor, 6 in the living room, 4 in the kitchen. Rent is taken from the wage. The toilet doesn't work for weeks.",
  "AC", "oc plc", "L", "m")
R("Sham marriage intel: Slovak female (20) reportedly brought to Glasgow in 2019 and married to a Pakistani national for his visa; she was paid nothing and kept in a flat until the wedding. Source is her ex-partner, who has a grudge; 3/C/P. Not corroborated.",
  "RM WW", "rm", "C", "m")
R("School nurse: pupil (13) says her dad makes her look after her 4 siblings and do all the housework every day after school and she is very tired. No indication of anyone outside the family or of payment/profit. Referred to early help.",
  "", "", "", "l")
R("Chinese national, 17, found in loft of a house in Huddersfield during a drugs warrant; 600 cannabis plants. He said men brought him from Manchester in a van with no windows and he has not been outside for 3 months. Door was padlocked from the outside.",
  "AV RM IS", "rm iso", "C", "i")
R("BANK FIN CRIME: customer (Hungarian, 23) attended branch with a man who did all the talking and held her debit card. Her account receives wages from a food factory and the money is transferred out the same day to the man's account.",
  "WW", "sfw ncw", "L", "m")
R("Probation note: PoP says while in HMP he was told by another inmate that his family would be 'sorted' unless he carries drugs on release. He has not yet done so and reported it straight away. Referred to prison intelligence.",
  "IT", "", "", "m")
R("i work in a hotel cleaning rooms. the agency say i am self employed. sometimes 70 hours a week. i got my pay in my own bank, i can go home when i want, just very tired",
  "EO", "lh", "L", "m")
R("Women in the flat above the Chinese medicine shop on Gloucester Rd, men going in and out all night, Pretty sure its a brothel. One of them cried on the stairs and said she wants to go home but 'the boss has my passport'.",
  "RD", "dt", "S", "h")
R("Update: the alleged victim Ionut (25) whose brother reported him 'missing in slavery' has been located in Bucharest. He says he left the UK job on his own in March and went home; the brother had lost contact. No offences. Closed.",
  "", "", "", "l")
R("Kidney transplant patient, 48, attended renal clinic for routine follow-up. Transplant performed at Addenbrooke's from living related donor (sister). No concerns.",
  "", "", "", "l")
R("Patient told the GP he travelled to Egypt last year where a broker arranged for him to sell a kidney for $5,000; after the operation he only received $1,000 and was told to go home. He now has pain at the wound site.",
  "DE", "", "O", "m")
R("OIC note: IP (Albanian, 19) states in interview she came to UK believing she would work in a bar with her boyfriend. Once here he told her she had to sleep with men to pay off the £10k the lorry cost, and raped her when she refused. She escaped after 3 weeks via a client.",
  "DE DB PV", "", "S", "h")
R("Anon: there are kids going into the flat at Wellington House, 4th floor, all hours. The lady who lives there is an addict and never leaves now. Think they've taken over her place.",
  "AV RM", "rm", "C", "h")
R("Cafe worker says her employer occasionally asks her to stay late when it's busy, paid overtime. She has her own passport and can leave whenever she wants. Reported because her friend said 'that sounds like slavery'. It isn't.",
  "", "", "", "l")
R("Nail technicians at Lux Nails (Vietnamese, x3) have been seen being dropped off at 08:00 and picked up at 21:00 by the same man in a Mercedes van; none of them appear to speak English and the manager answers for them. They live at an address owned by the manager.",
  "", "cedl et sfw", "L", "m")
R("We were 5 from Sudan, the man in Calais said he will take us to England and we pay later by working. In Kent they put us in a farm caravan, we pick strawberries, he takes all the money for the crossing. We don't know when it ends.",
  "DB WW AC", "plc ncw", "L", "h")
R("DV referral: male victim (38) says partner slaps him and calls him names. No evidence of economic or labour exploitation. MARAC not met.",
  "", "", "", "l")
R("2017 intel, reviewed under MoPI: 'Lenka' was said to have been moved between pop-up flats in Sheffield, Doncaster and Leeds every week by a Czech group. Never identified. Retained.",
  "", "", "S", "h")
R("My daughter's friend (16) says a man she met on Snapchat pays for her nails and taxis and now says she 'owes him' and has to meet his friends. She's scared he'll post photos of her.",
  "AV DB IT", "", "S", "h")
R("I worked in a sofa factory in Leicester. Boss gave me a room in his house. Every month the rent, the food and the phone was more than my wage, so he said I owe him more. In 3 years I never got money. When I asked he hit me.",
  "DB WW PV", "", "L", "h")
R("Rumour going round the Polish shop that Tomek's crew are keeping men in a shed on the allotments. Officers attended: shed is a tool store, no one living there, Tomek a legitimate builder whose workers all rent privately. Unfounded.",
  "", "", "", "l")
R("Adult social care: woman (45) with learning disability 'lives' with neighbours who get her to clean their house and do their shopping every day; they keep her bank card and she says she is not allowed to go to the day centre any more.",
  "AV RM", "ncw rm", "D", "m")
R("Officer's note: I spoke to two men at the roadside fruit stall. Both Romanian, said they work for an uncle, get paid cash daily, live in their own flat, and showed their own ID cards. Nothing further.",
  "", "", "", "l")
R("Public report: bloke keeps taking a group of young foreign men to the job centre then waits outside and takes the envelopes when they come out. Think its benefit fraud. They look scared of him.",
  "", "ncw", "C", "m")
R("interpreter note - he says that the man who brought him from Vietnam told him he must work on the plants to pay 20,000 pounds and if he run away they will find his parents in Nghe An",
  "DB IT", "", "C", "m")
R("She was an au pair. The family said she'd do 25 hours childcare and study English. In reality she was the cleaner and nanny 7am to 10pm, no college, and the mother kept her passport in a locked drawer. She left after 5 months with the help of another au pair.",
  "DE EO RD", "lh dt", "D", "h")
R("Call re possible modern slavery on building site, Hackney: it was one worker complaining the CSCS card cost £200 which he paid himself to a training company. No link to the employer; he is paid by PAYE. Advice given.",
  "", "", "", "l")
R("POI GHEORGHE Florin linked to 7 addresses, 31 bank accounts in other people's names, regularly accompanies Romanian males to open accounts then keeps the cards. 1/A/P",
  "", "mbc ncw", "", "l")
R("Midwife: lady (22) from Eritrea says in Libya she was held and raped by guards in a detention place in 2022. She is now in asylum accommodation in Croydon, feels safe, has own phone, attends appointments alone.",
  "PV RM", "rm", "", "h")
R("man said he was told 'you won't see your little girl again' if he stopped driving the cars for them. He drives stolen cars to a yard in Bradford.",
  "IT", "", "C", "m")
R("Concern re 17-year-old Albanian boy placed in hotel by Home Office who went missing; INT suggests collected by a car linked to a cannabis network in Kent. Whereabouts unknown.",
  "AV", "", "C", "i")
R("Worker at the packhouse: 'Yes, the supervisor shouts, but we are paid properly. I have my passport, I live with my wife in our rented flat. Sometimes 12-hour shifts in peak season, then quieter.'",
  "", "", "", "l")
R("Source reports that the girls at 'Sakura Spa' are Thai, all over 30, work for themselves and pay the owner a room fee; no evidence of control. Source credibility low. 3/D/P",
  "", "", "S", "h")
R("Sorry for my english. My brother came here for work in constrution. Boss take his passport and phone, he call me only from other mans phone once a month, he say they sleep on the site in containers and work all day and night. He sound scared. I dont know where he is exactly, some place near Birmingham.",
  "RD IS AC EO", "dt iso sw lh", "L", "h")
R("At the hostel: resident (42, alcohol dependent) says a man offered him £50 a day for roofing. He worked 4 days, was paid in full, returned to hostel. No concerns raised.",
  "", "", "", "l")
R("He (16, Vietnamese) was found in a nail bar in Barnsley doing pedicures. Manager says he's her nephew on holiday. No school place, no documents. Ran off when the interpreter arrived and has not been found.",
  "AV", "", "L", "i")
R("The woman who runs the brothel on Park Lane took photographs of our families' houses in Romania and showed them to us. She said she has people there.",
  "IT", "", "S", "h")
R("Intel update (from 3 months ago): the alleged 'forced labour' at Greenway Farms was investigated by GLAA. Finding: workers had charged accommodation at fair rates; deductions were lawful and itemised. No exploitation found. Licence retained with conditions re fire safety in caravans.",
  "", "", "", "l")
R("Young man (19, British) with autism told police 'friends' made him carry bags of drugs to Cornwall on the train and if he said no they would stab his mum. Found at Truro station this morning and safe now.",
  "AV IT", "", "C", "m")
R("999: female outside the station shouting that she has escaped from a house where men kept her for two days, she is bleeding from the head, says the men are still inside with another girl.",
  "PV RM", "pa rm", "", "i")
R("Her husband brought her from India on a spouse visa. She told the health visitor his family keep her passport 'to be safe', she has not been allowed to phone her parents for a year, and she does all the housework for 9 adults.",
  "RD IS", "dt iso", "D", "m")
R("Licensing inspection, Quick Valet hand car wash: 6 workers, all with right to work, contracts, minimum wage paid by bank transfer. Issue: no drainage consent and no eye-wash station. Enforcement notice served (environmental).",
  "", "", "", "l")
R("Public: THE MEN AT THE CAR WASH ON LONDON RD LIVE IN THE PORTAKABIN!!! I SEEN THEM THERE AT 11 AT NIGHT COOKING ON A CAMPING STOVE. SOMEBODY DO SOMETHING",
  "AC", "sw plc", "L", "m")
R("He explained he paid 3,000 euros to a man in Iasi for a job in a meat plant. When he arrived there was no job; the man found him work on a building site instead, took the first 6 weeks of his wages for 'the fee' and then disappeared. He is now working legitimately.",
  "DE WW", "uf", "L", "m")
R("My sister in Manila worked in a house in Dubai for 3 years before she got to London with the same family. In Dubai they kept her passport, here she has it now and goes out Sundays. They pay her on time now. She is ok.",
  "RD", "dt", "D", "m")
R("Intelligence: 'Big Dave' is charging Slovak families £300 each to sort NI numbers and jobs at the chicken factory; after that the families go on their own. No further control. 2/B/P",
  "", "uf", "", "l")
R("Man (Indian, 29) came on a care worker visa to work in a care home in Norfolk. Found the home did not exist; sponsor demanded £15,000 for the certificate. He now sleeps on a friend's floor and washes cars for cash for someone who knows he has no visa, £30 a day for 12 hours.",
  "DE AV EO", "uf lh", "L", "h")
R("Looked like a pop-up brothel in the Airbnb on Canal St but when police attended it was a hen party. No issues.",
  "", "", "", "l")
R("He told me that Mr S, the manager, keeps 'a little book' of what each of us owes for the van, the house and the phone, and every week the number gets bigger, not smaller.",
  "DB", "ct", "L", "m")
R("Teacher: pupil's older brother (20) told her that he used to be sent to beg in Milan by his uncle when he was 10. Now he lives in London with his parents and works in a shop. Pupil is fine.",
  "AV", "", "C", "m")
R("INT: 2 females (Brazil) advertising on AdultWork, same hotel room booked weekly by a male. Females seen leaving alone, shopping, using own phones. No indicators of control noted on obs. 2/B/P",
  "", "", "S", "h")
R("Anonymous letter: the family at number 6 has a girl who does all the work, she is never at school, I think she is not their child. Enquiries: girl is their 19-year-old niece visiting from Ghana, attends college, has own phone and passport. No concerns.",
  "", "", "", "l")
R("Woman disclosed she was sold by her boyfriend to a man in Derby who kept her for a week in a flat and made her have sex with his friends. This was 2016. She's now in a refuge for a separate DV issue.",
  "PV RM", "rm", "S", "h")
R("Fishing vessel boarding, Newlyn: 4 Filipino crew with transit visas, contracts show $600 a month paid to a manning agency in Manila; crew say they have had nothing in 8 months and sleep on the boat. Skipper says the agency pays them.",
  "WW", "sw ncw", "L", "m")

# ---------------- part 2 ----------------
R("Vietnamese lad at the nail bar has no coat, no phone, nothing but the clothes he stands in.",
  "", "fpe", "", "l")
R("POI NGUYEN drives 6 workers to the packhouse 05:00, charges £10 each way. 2/B/P",
  "", "et ct cedl", "L", "m")
R("She says the 'boss' took her phone on the first day and she doesn't know what town she is in.",
  "IS", "iso", "", "m")
R("Rumour that the kebab shop staff are unpaid. Checked: all on payroll. Unfounded.",
  "", "", "", "l")
R("Male (Sudanese) says he is made to pay £15 a week for gloves and a high-vis at the recycling plant.",
  "", "ppe", "L", "m")
R("he keeps saying 'if you talk to police they deport you' so she never goes to the doctor",
  "IT AV", "foa", "", "m")
R("Girl, about 12, seen begging with a baby at Oxford Circus every day, woman watches from across the road.",
  "AV", "", "C", "h")
R("No concerns: hotel housekeeping staff hold own passports and get paid weekly into own accounts.",
  "", "", "", "l")
R("Worker fell from scaffold, broke his leg. Employer had full H&S in place. RIDDOR report made. Not a slavery matter.",
  "", "", "", "l")
R("Told me 'you work 2 years for free, then you are free'. I did 3.",
  "WW DB", "", "L", "m")
R("Intelligence indicates the Lithuanian crew at the chicken factory are all paid into accounts controlled by one man. 2/C/P",
  "WW", "ncw", "L", "m")
R("999: boy, 15, rang from a flat in Margate, says men won't let him leave and have his phone's charger. Police attending.",
  "AV RM", "rm", "C", "i")
R("Patient disclosed she was beaten by her pimp last night and has to go back to him tonight.",
  "PV", "", "S", "i")
R("Sleeping in the van outside the car wash. Six of them. Every night, I drive past at 1am.",
  "AC", "sw plc", "L", "m")
R("Neighbour dispute over parking on Elm Road. Both parties advised. No other issues.",
  "", "", "", "l")
R("Intel: ex-partner alleges the nail bar owner keeps staff passports. Inspection found passports held by staff themselves. No further action.",
  "", "", "", "l")
R("Worker says the gangmaster 'looks after' the bank cards of everyone in the house, about 15 cards.",
  "WW", "ncw mbc", "L", "m")
R("I told them I wanted to go home and they showed me a video of the last man who tried, beaten with a bar.",
  "IT", "", "", "m")
R("They told my parents I'd be a waitress in London. It was a brothel in Slough.",
  "DE", "", "S", "h")
R("Nan was looking after a lodger who helps in the garden for free; he is her grandson's friend, comes and goes as he likes.",
  "", "", "", "l")
R("Woman (Filipino) escaped diplomatic residence in Kensington at 03:00 with no shoes, no passport and £0; says she has not been paid for 14 months and worked from 5am to midnight, slept on the kitchen floor.",
  "WW EO RD AC", "lh dt sw fpe", "D", "h")
R("OIC note: victim declined NRM. Duty to Notify submitted. She states she was forced to work in a cannabis grow in 2020 in Stoke after being told she'd be a nanny.",
  "DE", "", "C", "m")
R("Public report via online form:\nthere is a house on Brook st with loads of men living there they come out at 5 in the morning in a white minibus and come back at 10 at night, theres rubbish everywhere and the windows are broken, one of the men asked me for food once and said the boss dont give them money only 'after the season'. I feel sorry for them. Also theres a dog barking all night which is a seperate issue but someone should look into that to.",
  "WW AC", "cedl et plc oc", "L", "m")
R("Salvation Army keyworker notes, client R (Polish, 51):\nClient recruited at a bus station in Gdansk in 2018 by a man offering work 'in English factories with a house'. Travelled by coach; the recruiter kept his ID card 'for the agency'. In Kettering he was housed with 11 men in a 3-bed, 4 to a room. Worked at a distribution warehouse via an agency; wages were paid into an account opened in his name but the card was kept by the recruiter, who gave him £30 a week 'for food'. Client drank heavily and the recruiter supplied the alcohol.\nHe left in 2021 when a co-worker took him to a homeless shelter. Client states he is now sober, holds a new ID card, and works part-time in a bakery where he is paid directly. He attends AA. He remains anxious about seeing the recruiter, who he saw in Corby last month.\nPlan: continue support, refer to police for statement if he consents.",
  "DE RD WW AC AV", "dt oc ncw", "L", "h")
R("Police log, welfare check:\nAttended 41 Wharf Street after call from Royal Mail worker worried that 'a woman seems trapped'. Occupant, Mrs A. OKAFOR (62), has mobility problems and cannot manage the stairs, hence rarely goes out. Her son visits daily and does her shopping. She has her own phone and bank card, and said the postman is 'a lovely man who worries too much'. No safeguarding concerns. Adult social care informed re stair-lift.",
  "", "", "", "l")
R("Witness statement (extract): I have known Sandeep since school. In 2022 he went to work for his uncle's cash and carry in Wolverhampton. He told me then he was paid £200 a month, worked 7 days and had to sleep in the stockroom. Last year he left and opened his own shop. I am making this statement because the police asked me about the uncle, who I understand is now being investigated about other workers.",
  "WW EO AC", "lh sw", "L", "h")
R("Interpreter's note, debrief of M (Eritrea, 17): he says that he crossed the desert in 2023 and was held in a compound in Bani Walid where men burned his back with plastic to make his family pay 4,000 dollars. He says that in the UK he is in foster care, goes to college, and is not in contact with any smugglers. He has scars on his back.",
  "AV PV RM", "pa rm", "", "h")
R("Case review, Child D (16): D was found in 2024 in a trap house in Swindon; the adults supplying him had taken his phone and made him store drugs internally. He has since been placed out of area. This month he told his social worker that someone from the line has messaged saying he still owes £2,000 for 'the lost package'. He has not gone back.",
  "AV IS DB", "iso", "C", "h")
R("The farmer himself is a gentleman, pays everybody properly and we have a nice caravan each. It's the other farm down the road where the Bulgarians live in a barn with no toilet and the foreman takes their money - everyone knows that.",
  "WW AC", "plc ncw", "L", "m")
R("Crimestoppers: the owner of Golden Dragon takeaway brought two young chinese lads over, they dont speak english, never go anywhere, work every day 11am til 2am and he says they owe him for the snakehead",
  "IS EO DB", "iso lh", "L", "h")
R("INT: Albanian male 'Gimi' manages 3 cannabis grows in Kent; gardeners are Vietnamese who were trafficked via France and told the debt will be cleared in a year. One gardener said he was beaten with a hose when plants died. 2/B/C - do not disclose to the housing association.",
  "DB PV", "", "C", "h")
R("I never worked in the flat. I only cooked for the girls. Nobody made me stay. I came because my friend said the money was good in cooking. (Officer's note: witness is a cook at the premises; no indicators for her.)",
  "", "", "", "l")
R("Dad says his son (19) joined a 'boxing club' run by a man who gets the lads to sell weed and keeps them in line by slapping them. Son denies it and says he's fine and just training.",
  "PV", "", "C", "h")
R("My wife was promised a job as a carer. At the house she cleaned, cooked and washed the old man, also the son. Day and night. They say they pay her when the visa comes.",
  "DE EO WW", "lh", "D", "h")
R("Organ trafficking intel: a Leeds clinic coordinator allegedly introduced a Moldovan man (26, in debt to a loan shark) to a buyer. He was flown to Turkey, a kidney was removed, and he was paid a fraction of what he was promised. 2/C/P",
  "AV DE", "", "O", "h")
R("Lady at our church, a Nigerian nurse, says she knows a girl who was brought over 'to study' and her 'auntie' keeps her at home cooking and minding kids, no school. I don't know more than that, second hand.",
  "DE AV", "", "D", "h")
R("At the Airbnb on Queen St there's a different girl every week, the men who bring them sit in a car outside all night. Two of the girls looked about 16.",
  "AV", "", "S", "h")
R("Agency worker at the warehouse complained that his pay was £30 short. Agency corrected it the next week. He has no other complaint and says he likes the job.",
  "", "", "", "l")
R("From a debrief: 'Vasile told us we could go out on Sunday, but only with him and only to Lidl. The rest of the week we were in the house or at the site.'",
  "RM", "rm et", "L", "h")
R("Follow-up to report of girls being 'held' at 9 Hill Rd: the occupants are two sisters who run a legal sewing business from home. They showed contracts and accounts. Report was malicious (landlord dispute).",
  "", "", "", "l")
R("Worker (Romanian, 31) told GLAA the labour provider charged him £400 to 'register' and £35 a week for a bed in a caravan shared with 5 others. He is paid into his own account and can leave. He wants a refund of the fee.",
  "AC", "uf oc", "L", "m")
R("Two men from Slovakia told the Big Issue vendor they had been brought over by a family in Derby and made to sign on at the job centre; the family collects the benefits and the men get £10 a week. They are not allowed to keep their bank cards.",
  "", "ncw", "C", "m")
R("A&E: female, 20s, multiple bruises of different ages, said she 'fell'. Accompanied by male who would not leave. Before he came back from the car she whispered 'he sells me'.",
  "PV", "pa sfw", "S", "h")
R("Concern raised by taxi driver: picked up a young woman from a hotel at 4am who asked to borrow his phone, said she doesn't know where she is and the men took her passport in Dover.",
  "IS RD", "iso dt", "", "m")
R("The man who brought me from Tirana said my job in Britain was in a barbershop. When I came, they gave me a key to a house full of plants and said 'this is your barbershop now'.",
  "DE", "", "C", "m")
R("Report of forced labour at Sunny Fields nursery (plants). GLAA attended: it was a case of illegal working - three workers without right to work, paid cash at the going rate, free to leave. Referred to Immigration Enforcement. No exploitation identified.",
  "", "", "", "l")
R("Police Scotland, intel log:\nSUBJECT: scallop dredger 'Morning Star', Oban.\n1. Source (2/B) reports Ghanaian crew have not been ashore for 7 weeks; skipper holds passports in the wheelhouse 'for immigration'.\n2. Crew reportedly fish 18-20 hrs in season; wages remitted 'to families' by the owner.\n3. Source states one crewman was punched by the mate for asking to phone home.\nAction: joint visit with Border Force and GLAA.",
  "RD RM EO WW PV IS", "dt rm lh ncw iso", "L", "h")
R("Caller to Modern Slavery Helpline: worried about her husband's cousin who came from Pakistan and lives with his employer, a shopkeeper. Caller says cousin is paid, phones home weekly and visits them at weekends. She only rang because the hours sound long (10-hour days, 6 days). Advised this is not exploitation on the facts given.",
  "", "", "", "l")
R("Woman told the outreach van that her boyfriend posts ads for her on Vivastreet, answers the phone pretending to be her, and keeps all the money 'for their future'. She has no money of her own and can't remember when she last spoke to her mum.",
  "WW IS", "ncw iso", "S", "h")
R("Cuckooing: elderly man with dementia, flat taken over by a line from Liverpool. Neighbours say dealers have been there 2 weeks and he is scared to go out. Officers attending now.",
  "AV RM IT", "rm", "C", "i")
R("We paid the agent in Kathmandu 600,000 rupees for the farm visa. The job in Herefordshire was real and they paid us right but for 4 weeks only then sent us home. Now my family owes the loan.",
  "", "uf", "", "l")
R("Housing officer: six Vietnamese women and one man living in a 2-bed flat over 'Nails & Beauty', mattresses everywhere, no fridge. The man says he is the manager and the women work downstairs.",
  "AC", "oc plc sw sfw", "L", "m")
R("Daughter (14) says her mum's boyfriend makes her sell sex to his friends and threatens to throw her out if she tells.",
  "AV IT", "", "S", "i")
R("Anonymous: 'the lads at the cash wash are paid £3 an hour and have to hand half of that to Mehmet for the caravan'. No further details.",
  "WW", "ncw", "L", "m")
R("Probation: PoP (female, 33) reports that while she was in HMP her ex-partner's family cashed her Universal Credit and used her bank account to move money. She did not agree. Referred to police.",
  "", "ncw", "C", "m")
R("Interview summary: the complainant alleges the restaurant owner took his passport. The owner produced a signed receipt showing the complainant asked him to keep it in the safe, and returned it the same day when asked. Complainant accepts this. NFA.",
  "", "", "", "l")
R("Lad at school (Year 9) showing off £500 in cash and says he 'works for Kai' at weekends, goes to Bournemouth on the train. Kai is 22.",
  "AV", "", "C", "h")
R("I think my flatmate is in danger. She works at a massage parlour and since last month a man picks her up, takes her phone off her during shifts and she comes back with bruises. She told me last night 'he will kill me if I stop'.",
  "IS PV IT", "iso cedl et pa", "S", "i")
R("Eastern European woman in Tesco car park crying, said husband sold her to a man in Bradford for 'a marriage', she doesn't have her ID and doesn't know where she's staying.",
  "RD IS", "dt iso", "C", "m")
R("Press summary: A Lincolnshire couple were jailed today for keeping a vulnerable man with learning difficulties as an unpaid labourer for 13 years. He slept in a shed, worked on their land 7 days a week and was threatened with the police if he tried to leave. He is now living in supported accommodation.",
  "AV WW AC EO IT", "sw plc lh", "L", "h")
R("Police note: the 'slavery' report about the cleaning company turned out to be an employment tribunal claim about holiday pay. Worker free to leave; has left and works elsewhere.",
  "", "", "", "l")
R("Text from a member of public: 'hi theres kids going in and out of the flat above the chippy with backpacks late at night, not sure if its drugs or what'",
  "AV", "", "C", "h")
R("She says her cousin in Italy was made to beg by a gang in 2010 but that she herself has never been exploited, she came to the UK for university and works in a bank.",
  "", "", "C", "m")
R("Transplant coordinator: patient (Indian national, 60) requested information about buying a kidney abroad after being told the NHS wait is long. Advised it is illegal. No organ purchase has taken place.",
  "", "", "", "l")
R("On his phone we found a chat where an unknown man offers 'good money, £30k' for a kidney, with a Turkish clinic address. Phone owner (22, homeless) says he went, had the operation, and never got paid. He is now unwell.",
  "AV DE WW", "", "O", "h")
R("Slovak family (parents, 3 kids) living in one room of a shared house in Rotherham. Father works at a meat plant through an agency, paid properly, own account. Crowded but they rent it themselves from a private landlord. No exploitation.",
  "", "", "", "l")
R("Call from school: pupil's mum (Polish) says she works at a laundry 6 days a week, 7 till 7, and the boss keeps half her wage 'for the house'. She is afraid he'll sack her and evict them if she complains.",
  "EO WW IT", "lh", "L", "h")
R("Officer's obs: 3 males (appear Indian) stood outside Balti House 01:30 smoking; one says they live upstairs, 8 of them, owner takes 'rent' from cash tips. Scant info.",
  "AC", "oc sw", "L", "m")
R("INT: female 'Yasmin' (approx 17) being moved between hotels in Cardiff by two males; bookings under false names; she has been seen with bruising to face. 2/B/P",
  "AV PV", "pa", "S", "i")
R("Domestic worker visa holder says her employer pays her £1,900 a month, she has her own room and passport, works 8 hours, and has Sundays off. She wanted advice on changing employer. No concerns.",
  "", "", "", "l")
R("My uncle paid the 'agent' £9,000 so I could come to do care work. The agent still has my passport and texts me every week that I owe another £2,000 for 'paperwork'. The care home pays me normally.",
  "RD DB", "uf dt", "L", "m")
R("Nail salon manager explained she keeps staff passports 'because of fire risk at their flat'. Staff later confirmed they can ask for them at any time and have done. Advice given re best practice.",
  "", "", "", "l")
R("Woman (38) says her ex-husband used to force her to have sex with his friends for money in Bucharest 10 years ago. She has lived in Leicester with her new partner for 6 years. Reporting now because he has turned up in Leicester.",
  "PV", "", "S", "h")
R("I only went to Birmingham because he said his friend had a flat I could stay in. Then they told me I had to work to pay for it. Working meaning with men. They locked the door when they went out.",
  "DE DB RM", "rm", "S", "h")
R("Intelligence that a man is selling children's identities to Romanian benefit fraudsters - no trafficking victims identified, documents fraudulent. 2/C/P",
  "", "", "", "l")
R("Witness: the lads at the car wash get shouted at, yeah, but I've seen them go to the pub after work and one of them drives his own car. Don't think they're slaves.",
  "", "", "", "l")
R("the lady next door has a young girl (not hers) who never goes to school, cleans the windows and takes the bins out at 6am, carries the shopping. When I said hello the lady said 'she doesn't talk to strangers' and pulled her in.",
  "AV IS", "iso sfw", "D", "h")
R("Outreach worker: a Romanian man in a tent by the river says the crew he used to work with in the car wash took his wages for a year, but he now begs for himself and keeps what he gets.",
  "WW", "ncw", "L", "m")
R("Her daughter (17) went to Dubai for a 'promo modelling job' arranged by an Instagram contact; she's now stuck in an apartment, they've taken her passport and say she owes $8,000 for flights and hotel. She messaged at 2am asking her mum for help.",
  "AV DE RD DB RM", "dt rm", "S", "i")
R("Not sure if this is right place. There's a Chinese lad works at the restaurant, always smiling, seems fine, but he's been told by the boss not to talk to customers. Probably just rules.",
  "", "", "", "l")
R("Log: RM (nom, 29) alleges that at Greenleaf Farm 2023 she was made to work 16-hour days picking daffodils, paid piece-rate that came to about £2 an hour after 'charges' for the bus and the caravan. Farm since sold. Enquiries ongoing.",
  "EO WW", "lh ct", "L", "m")
R("Bank: 9 new accounts opened at Lewisham branch in a week, all with a man who holds the documents and fills in the forms, all customers Vietnamese with limited English. Same address and mobile number given.",
  "", "sfw", "", "l")
R("Border Force, Dover: lorry found with 11 Eritrean and Sudanese men in the trailer; the driver denies knowledge. The men say they paid smugglers in Calais. No evidence they were destined for exploitation.",
  "", "", "", "l")
R("Mother of two (Nigerian, 29) told the refuge that her 'sponsor' expected her to cook and clean for his family unpaid as 'payment for bringing her'; she left after 2 months when he tried to rape her.",
  "DB PV WW", "", "D", "h")
R("Update on log 3319: the 'trafficked' girl turned out to be the suspect's adult daughter who lives with him by choice. Intel graded 3/E/P and marked for review.",
  "", "", "", "l")
R("I am a painter. Boss promised £100 a day, gave £20, 'rest next month'. 5 months now. He has my CSCS and passport in his van.",
  "DE WW RD", "dt", "L", "h")
R("Young people's service: boy (17, Albanian, UASC) says the people who brought him to Britain keep calling him to say his little brother at home will be hurt if he doesn't 'help in the garden' in Essex.",
  "AV IT", "", "C", "h")
R("Hospitality inspection: Grand Hotel kitchen porters hired via 'StaffNow' agency. Workers say agency charges £20 a week for uniforms and deducts for 'training'; pay reaches their own accounts. Referred to EAS.",
  "", "ppe", "L", "m")
R("Victim account (via interpreter): in Vietnam my family borrowed from the village lender for my journey. In the UK I worked at a nail shop in Nottingham for 18 months; the owner took my earnings and paid the lender. She said I was lucky to have work. I slept in the shop.",
  "DB WW", "sw ncw", "L", "m")
R("Romanian woman (23) says a man she met at a bus stop in Newcastle offered her a lift and a job, then kept her in his flat for 3 days and raped her. Reported to police same week.",
  "DE PV RM", "rm", "", "h")
R("Man was told the job in the UK was in a chicken factory; in fact it was, and paid the wage promised. But he was made to live in a house run by the recruiter, 14 men, £80 a week each, and never got the bank card back.",
  "AC WW", "oc ncw", "L", "m")
R("Officer: spoke to the owner of Paradise car wash. All 4 staff have contracts. Clocking in data shows 40-hour weeks. Staff spoken to alone - happy, paid by BACS, live independently. Good practice.",
  "", "", "", "l")
R("caller says her brother phoned from somewhere in scotland saying he is kept in a caravan on a building site, they lock the gate at night and the boss has a dog, he has not been paid since may",
  "RM WW AC", "rm plc", "L", "h")

# ---------------- part 3 ----------------
R("Intelligence report - OFFICIAL-SENSITIVE\nSubject: BALOGH, Zoltan (DOB 02/11/1979), Hungarian national.\nSource (2) reports that in early 2024 BALOGH recruited at least 6 men from villages near Miskolc with promises of factory work at £12 per hour in Kent. Source has spoken directly to two of the men (B).\nThe men were collected from Luton airport by BALOGH in VRM GN68 HVX and taken to a terraced house in Sittingbourne, where their passports were 'collected for the agency'. They work at a salad packing site on nights via a labour agency. The agency pays wages into accounts that BALOGH opened; the men receive £50 each on a Friday. BALOGH tells them they still owe for flights, housing and the 'job fee' and that the Hungarian police will arrest them if they go home with debts.\nOne of the men, known as 'Laci', is said to have been hit by BALOGH in March after asking for his passport.\nGrading: 2/B/P. Recommend referral to GLAA and the regional ROCU.",
  "DE RD WW DB IT PV", "dt ncw et foa", "L", "h")
R("Child protection strategy discussion - summary\nPresent: CSC, police (CSE team), school, health.\nAmira (15) has been missing 4 times since September, twice found in a flat in Oldham with adult males. She disclosed to her school nurse that a man she calls 'Uncle Zee' gives her cannabis and vodka and that she has had sex with 'his mates' because she owes him for the drugs. She has been seen getting into different cars outside school at 15:20.\nMother reports Amira has a second phone she will not show anyone. Amira says she is not in danger and that Zee is 'like family'.\nActions: Child Abduction Warning Notice to be served on Zee; NRM referral (child, no consent needed); return home interviews by a trusted worker; disruption at the Oldham address.",
  "AV DB PV", "", "S", "h")
R("Caseworker note (Kalayaan-style advice session):\nMs R (Indonesian, 41) came to the UK with a Saudi family on an overseas domestic worker visa in 2022. She describes working from 6am until the children were asleep, about 1am, every day with no day off. She was not allowed to leave the flat alone; when the family went out she was locked in with the youngest child. Her passport was kept by the madam. She was paid 'into her account at home' but her sister in Jakarta says only two payments of about £150 arrived in 18 months.\nShe left in July when the family went to the airport and forgot to lock the door. She now stays with a friend from church. She is scared the family's driver will find her.\nNext steps: NRM referral (consents), immigration advice re ODW visa, wage claim.",
  "EO RM RD WW", "lh rm dt", "D", "h")
R("Summary of 999 call, 02:14\nCaller is a male with a heavy accent, very distressed, calling from a phone he says he took from a sleeping guard. He states he and three others are being kept in a barn 'near a big farm, I can see a church with a green roof'. He says they pick vegetables in the day and at night are locked in the barn. He says a man called 'Sergei' beat one of the others with a stick two days ago and that man is lying down and not eating. Call dropped after 3 minutes. Cell site puts the phone near Wisbech. Units and helicopter requested.",
  "RM PV AC", "rm", "L", "i")
R("Officer handover, late turn to nights:\n1) Shoplifting at Boots, Church St - two Romanian females arrested, one aged 14 (claims 18). Both carrying foil-lined bags. 14yo says her 'husband' drops them off every morning in a red Vectra and takes what they steal; if they come back with nothing he doesn't let them eat. Interpreter booked for 09:00. Children's services informed. 14yo in police protection.\n2) Noise complaint Flat 7 Abbey Court - no further.\n3) RTC on ring road - driver breathalysed negative, no injuries.\n4) Report of man sleeping in the car wash on Western Rd - attended: he is the owner's brother, visiting from Leicester, sleeps there after a late shift sometimes, has his own flat; not a concern.",
  "AV AC", "cedl et", "C", "h")
R("Debrief, victim account (first person, translated from Tigrinya):\nI left Eritrea in 2019 because of the military service. In Sudan a man said he could take me to Europe and I would pay when I worked. In Libya they sold me to another man. I worked in his house and on his land for one year, no money, and they beat us if we were slow. Then they put me on a boat.\nIn Italy I was in a camp. Then France, then the lorry. In England I claimed asylum. I live in a hotel in Wakefield now. Nobody in England has made me work or taken money from me. I want to study to be an electrician.\nI tell this because the Home Office asked me about my journey.",
  "DB WW PV", "", "L", "h")
R("Public online report (unedited):\nhello i want to report something but im not sure its anything. my son works part time at a warehouse in Daventry and says theres a group of young indian lads who work there through a different agency, they always come in the same minibus at 5.30 and leave on it at 8 at night, 6 days. he says one of them told him they paid 'big money' to an agent back home to get the student visa and that the agent is taking most of there wages to pay it back, and they live 10 in a house the agent owns. my son says they seem scared to talk when the supervisor is around (the supervisor is also indian and speaks for them). the college they are meant to study at they never go to. sorry for the long message.",
  "DB WW EO AC", "cedl et uf oc sfw lh", "L", "h")
R("Police log, Op SILVERBIRCH - day 3 update\nWarrants executed at 3 addresses in Peterborough (nail bars x2, residential x1). 7 females (Vietnamese, 16-34) and 1 male (Vietnamese, 40s) found. Male arrested s2 MSA.\nAt the residential address, 7 mattresses in 2 bedrooms; females' passports found in a locked briefcase under the male's bed with a notebook listing 'debts' against each name, from £8,000 to £22,000, with weekly deductions for 'rice, rent, bus'.\nThe 16-year-old states she was told she would go to school in England.\nAll females offered NRM; 5 consented, 2 declined (DtN submitted). 16yo referred without consent, placed in foster care.\nNo evidence found of sexual exploitation.",
  "AV DE RD DB AC", "dt oc ct", "L", "h")
R("Safeguarding adults referral:\nName: Mr K (58), alcohol dependent, known to homeless outreach.\nConcern: Mr K told his key worker that for the last two summers he has 'helped' a family with their block-paving business. They pick him up from the day centre at 6am and bring him back after dark. They pay him in drink and £10 'now and again'. In August he came back with a burn on his arm and said the boss threw hot tar at him because he was slow. He says he'll go back 'because they're my friends and there's nowhere else'.\nHe has capacity to make decisions about his own contact but the referral is made because of the injury and the control of his earnings.",
  "AV WW PV", "cedl et pa", "L", "h")
R("GLAA compliance inspection report (extract)\nBusiness: PrimeHarvest Ltd (licence holder), supplying pickers to 4 farms in Herefordshire.\nFindings: 212 workers, 190 on Seasonal Worker visas (Kyrgyzstan, Uzbekistan, Nepal). Workers interviewed without supervisors present.\n- Pay: hourly rate at or above NMW, piece-rate top-ups. Payslips accurate. Paid into own accounts.\n- Accommodation: caravans, 4 per caravan, clean, charged at the accommodation offset rate.\n- Transport to fields: free.\n- Documents: all held by workers.\n- Hours: 48-55 hours in peak weeks with breaks.\nIssues: 11 Nepalese workers reported paying £3,000-£5,000 each to an agent in Kathmandu not connected to the licence holder. PrimeHarvest has reported the agent to the scheme operator and reimbursed the fees.\nOutcome: licence retained, no additional licence conditions.",
  "", "uf", "", "l")
R("Statement of witness (extract), Mrs Patricia HOLLAND, neighbour:\nI have lived at number 12 for 30 years. About a year ago a new family moved into number 14. There is a young woman, maybe 20, who I thought at first was the daughter. She is up before me every morning washing the front step and hanging washing, and I can hear the hoover late at night. I have never seen her go out on her own. Once when the family went on holiday she stayed behind and I took her some cake; she cried and said through hand signs and a bit of English that she wanted to phone her mother but 'Madam has phone'. She was very thin. I gave her my number on a piece of paper. Two days later she knocked on my door at night and asked me to call the police.",
  "EO RM IS", "rm iso pa lh", "D", "h")
R("Duty to Notify (anonymised): adult male, Albanian, 24. Recruited via Instagram in 2023 for 'construction in London, £150 a day'. On arrival told the job had 'fallen through' and he would work in a cannabis grow until he paid off the £15,000 he owed for the lorry. Held at the property for 5 months, food delivered weekly, phone taken. Arrested at the grow in June 2024. Declined NRM, fearing his family would be harmed.",
  "DE DB RM IS IT", "rm iso", "C", "h")
R("Press report: 'Gangmaster jailed for exploiting Polish workers'\nA gangmaster who exploited 18 Polish men at a recycling plant in West Yorkshire has been jailed for 8 years. The court heard the men were recruited in Poland with promises of good pay and were housed in filthy, rat-infested houses where they slept on dirty mattresses. Their wages were paid into bank accounts controlled by the defendant; one worker received £5 for a week's work. Men who complained were threatened and one was assaulted with a metal bar. The victims were identified after one man walked into a homeless shelter with no shoes. The judge praised the men for giving evidence.",
  "DE AC WW IT PV", "plc ncw fpe", "L", "h")
R("Caller: 'my ex keeps saying my daughter is a slave at my house because she does chores.' Daughter is 11, does washing-up and tidies her room. No concerns. Child contact dispute.",
  "", "", "", "l")
R("Notes from joint visit, Tuesday:\nVisited 'Sparkle Hand Car Wash', Bridge Rd, after a public report that workers sleep on site. 7 workers present (Albanian x2, Kurdish x4, Romanian x1). Container at the back contains 3 bunk beds, a kettle and a microwave. The manager says workers 'sometimes rest there'. Four workers said separately that they live in the container and pay £40 a week to the manager, which is deducted from their £50-a-day cash. They work 8am-7pm, 7 days. None mentioned threats; all have their own phones and ID. Two have no right to work.\nOutcome: Immigration Enforcement notified; GLAA intelligence submitted; local authority housing to assess container.",
  "AC EO", "sw plc lh", "L", "m")
R("This is about my ex-partner Dominik. I found out that when he came over in 2015, the man who brought him kept his ID card for a year and made him work on building sites without pay to cover the 'transport'. He told me this only when drunk. He now has his own business. I'm only telling you because he says that same man is bringing over his nephew next month.",
  "RD WW DB", "dt", "L", "h")
R("Email from school DSL:\nThis morning our Year 8 pupil T (13) told a teaching assistant that at weekends his cousin takes him to a house in Bristol 'to help with boxes'. T has £200 in cash and a bandage on his hand; he said a man cut him with a knife because he lost a box, and that if he tells anyone 'they will do my mum'. Mum cannot be reached; T is in school now and says he is being collected by the cousin at 3.15 today.",
  "AV PV IT", "pa", "C", "i")
R("Brothel intel update:\nPrevious intel (log 2209, 3/C) claimed women at 8 Carlton Mews were held against their will. Test purchase and welfare visits by the Sex Work Liaison team found 3 women, all adults, who state they rent the flat together and work independently; they keep their own earnings, hold their own passports and come and go freely. No third-party control identified. Intel regraded; one woman disclosed an assault by a client last week, which is being dealt with separately.",
  "PV", "", "S", "h")
R("Student nurse worried about a patient on the ward: Polish man (40s) recovering from a hernia op, whose 'boss' visits every day and answers the doctors' questions for him, and who keeps asking when he can go back to work. Patient says he is happy with his job at the mushroom farm, paid weekly into his account, lives in his own flat. The 'boss' is his brother-in-law.",
  "", "", "", "l")
R("Interpreter's record, interview of witness X (Chinese, 34):\nShe says that she came to the UK in 2018 on a tourist visa arranged by a 'travel company' in Fujian, to which her family paid 200,000 yuan. She was taken from Heathrow to a flat in Harrow by a woman called 'Ah Mei'. She says that she was told she would work in a restaurant, but that Ah Mei took her to flats where she had to have sex with men. She says Ah Mei kept all the money and said the family's debt would be cleared after two years. She says that she was moved every two weeks and never knew the address. She says that once she refused a client and Ah Mei's boyfriend hit her. She says that she left in 2020 when Ah Mei was arrested for another matter.",
  "DE DB WW IS PV", "iso ncw uf", "S", "h")
R("Money laundering alert: customer aged 19 received 40 incoming transfers from strangers and sent them on within minutes to a crypto exchange. When contacted he said a man at the gym pays him £200 a month to 'use his account' and he can stop whenever. No threats mentioned.",
  "", "", "", "l")
R("Probation note: PoP (M, 26, Vietnamese) convicted of cannabis production 2021. At sentencing no trafficking was raised. He has now disclosed that the men who ran the farm brought him from Vietnam, said he owed $30,000 and showed him a photo of his parents' house. CPS asked to review under s45; NRM referral made.",
  "DB IT", "", "C", "m")
R("Council licensing: massage premises 'Orchid Therapy' renewal refused - no qualified therapists, CCTV shows men visiting for 20-min sessions late at night. No evidence of control or coercion; the 2 masseuses are the directors.",
  "", "", "S", "h")
R("A&E: 17-year-old girl brought in by ambulance after taking an overdose at a flat in Blackpool. She told the nurse the flat belongs to 'Jay', that she has lived there for 3 weeks, and that Jay makes her sell drugs and sleep with his friends. Jay has phoned the ward 6 times.",
  "AV PV", "", "S C", "i")
R("Re: Ms Chanel O. - follow up\nLast week we recorded her account that her landlord takes her wages from the nail bar. We have now seen her bank statements: wages go into her own account and she pays rent by standing order. She says she was confused and meant that the rent is high. No exploitation.",
  "", "", "", "l")
R("The roofer I work for is a decent man. He pays me £120 a day cash, I live at home with my mum, and I take days off when I want. The trading standards lady asked me if I was forced to work and I laughed.",
  "", "", "", "l")
R("Charity caseworker (New Pathways-style) note:\nClient J (Welsh, 35) was cuckooed in 2023: a group from Liverpool used his flat in Rhyl to deal from, took his bank card and his DLA, and told him they would burn the flat if he called the police. He was made to deliver drugs to local users. Since the group were arrested he has been rehoused in Conwy. He still owes rent arrears from that period. Today's session: budgeting, and anxiety about the trial.",
  "AV IT", "ncw", "C", "m")
R("'I'm not a victim,' she said. 'I do the cleaning for my aunt because I live there for free. I go to college, I go out with my friends.' (Social worker's note: account consistent with what the college said. No concerns of domestic servitude.)",
  "", "", "", "l")
R("INT: Operation PORT - two Filipino crew on a Fraserburgh trawler report they've been told they 'owe' the manning agency $2,500 each for visas and flights, deducted from pay at $200 a month, and that the skipper will report them to Immigration if they leave the vessel. 2/A/P",
  "DB IT", "foa", "L", "m")
R("Public report: a woman keeps bringing groups of kids (maybe 10-12 yrs) to the high street, they go round the cafes with cards saying they are deaf and ask for money, then hand it all to her at the end.",
  "AV WW", "ncw", "C", "h")
R("Follow up: the 'kidney' rumour about the Iranian man at the hostel. He confirms he had a kidney removed in Iran in 2016 for money because he was in debt; he was paid as agreed. He says nobody forced him. Referred for health check.",
  "", "", "O", "m")
R("Organ harvesting concern: woman from Moldova (30) told NGO she was brought to the UK for 'cleaning work' but a man from the agency took her to a private clinic for blood tests and 'a scan of the kidneys' and said she would be flown to Istanbul 'for a medical job'. She refused and ran away. No surgery took place.",
  "DE", "", "O", "m")
R("Airport (MAN) - female, 16, travelling alone to Lahore with a return ticket bought by her father; says she is going to meet her fiancé, a cousin she has never met, and doesn't want to. Forced Marriage Unit contacted. Police protection.",
  "AV", "", "", "i")
R("Witness (Slovak, 44): The man called Lubo took us to sign on for benefits in Sheffield and the money went to his account. I worked for him on scrap metal for 3 years, every day, he gave us cigarettes and food. We slept in his garage. When I tried to leave he broke my arm.",
  "WW EO AC PV", "ncw lh sw", "L C", "h")
R("Housing: tenant reports the flat upstairs has about 20 men living in it, shoes outside the door, a van collects them at 5am. Landlord says it's a legitimate HMO licensed for 6. HMO team to inspect for overcrowding.",
  "", "oc cedl", "", "l")
R("Man (Ukrainian, 46) says the couple who sponsored him under Homes for Ukraine made him do their renovation work 10 hours a day in return for the room and said they'd report him to the Home Office and end his visa if he stopped.",
  "AV EO IT WW", "lh foa", "L", "h")
R("Care agency investigation closed. Indian carers confirmed they hold their own passports and receive full salaries; the £2,000 'training bond' was removed from contracts after the regulator's visit. No current debt.",
  "", "", "", "l")
R("Girl in the pop-up flat said she came from Romania with her boyfriend and she 'has to work' because he's got gambling debts. He keeps all the money. She's got no bag, just a phone he checks.",
  "WW AV", "ncw fpe", "S", "h")
R("Social worker (Leaving Care): Young person K (18, Vietnamese) disclosed that at 15 he was kept in a house growing cannabis in Bolton and not allowed out. He was found in 2022 and has been in care since. He recently saw one of the men at a bus station and is frightened.",
  "AV RM", "rm", "C", "m")
R("Intel: CHEN Wei running 'massage' at Unit 4, Industrial Estate. Women arrive in a car at 10:00 and are taken away at 02:00; a small van delivers food. One woman reportedly has no coat even in winter. 2/C/P",
  "", "cedl et fpe", "S", "h")
R("He told the officer his brother in Poland had been 'kept like a dog' by a Polish family in Norway years ago. He himself is fine and works in a bakery in Swindon. Report was about a stolen bike.",
  "", "", "", "l")
R("Food factory HR email: we found 23 workers with the same bank account number on their payroll details, supplied through agency 'BrightLink'. Workers say the agency's 'coordinator' gives them cash each Friday less 'fees'. We have stopped using the agency and paid the workers directly.",
  "WW", "ncw mbc", "L", "m")
R("Victim says through the interpreter that she worked for a Chinese family in their house in Croydon and that they treated her well: she had a room, a wage, days off, and her passport. She left when her visa ended. She wanted to report a separate theft from her bag at the station.",
  "", "", "", "l")
R("Mum of boy (16) rang 101: he went to Ipswich last week 'with mates', came back with a black eye and keeps getting calls saying he owes money for 'a bag'. He says he has to go back at the weekend to sort it.",
  "AV DB PV", "pa", "C", "h")
R("Intel log: male 'Tony' advertising on Facebook 'accommodation + job for Romanian lads, no English needed'. Victim who answered says he was charged £600 on arrival for the room and the job, and then £25 a day for the lift to the site. Paid in cash by Tony who kept 'a bit for the debt'. 2/B/P",
  "DB WW", "uf ct", "L", "m")
R("Homeless outreach: man sleeping at the bus station says he has just walked away from a farm where he worked for food. Has nothing but a carrier bag. Says he was never paid and slept in the cowshed.",
  "WW AC", "fpe sw plc", "L", "m")
R("She says the restaurant owner is 'like a father' to her, keeps her salary in his safe so she doesn't spend it, and will give it to her when she goes home to Nepal in 5 years. She has never seen a payslip.",
  "WW", "ncw", "L", "m")
R("The man at 3 Orchard Close has been keeping a woman in the shed for years, everyone knows. (Checked: the shed is a workshop; man lives alone; no women at the address; report linked to a neighbour feud.)",
  "", "", "", "l")
R("Sudanese man (27) tells Refugee Council he was promised a room if he did 'a few jobs' for a man at the mosque; now he has to clean the man's three shops every night for no pay and the man says he will tell the Home Office he is 'working illegally' if he stops.",
  "DE WW IT AV", "foa", "L", "h")
R("A young Albanian woman was found in a hotel in Gatwick after her family reported her missing. She stated she had come to see her boyfriend; she has her passport and return ticket, no concerns. Family satisfied.",
  "", "", "", "l")
R("INT: the 'cleaners' provided by Maid4U to offices in Canary Wharf are Brazilian women who pay the owner £100 a week for a mattress in a house of 16 people; the owner keeps their debit cards to 'pay the bills'. 2/B/P",
  "WW AC", "ncw oc", "L", "m")
R("Boy, 14, Roma, picked up 3 times this month for shoplifting in Leeds; each time he says he 'forgot' who he was with. A van has been seen waiting for him near the shops. He lives with an 'uncle' whose name keeps changing.",
  "AV", "et", "C", "h")
R("On the train from Glasgow I sat next to a young lad who said he was going to Aberdeen to 'do a job' for someone who'd paid his fare and kept his phone. He looked about 15 and frightened. I took a picture of him. Train 10:05.",
  "AV IS", "iso", "C", "i")
R("Midwife: client (24, Romanian) says her husband beats her and takes her benefits. She does not work outside the home. DV referral made; no indicators of sexual or labour exploitation.",
  "PV", "ncw", "", "h")
R("I cooked in the curry house 14 hours a day for 2 years. I had a room above and my pay. It was hard but it was my choice, I sent money to Sylhet. Only when the new owner came he said I must pay £3,000 for my visa renewal or go.",
  "EO", "lh", "L", "m")
R("Log: Ex-soldier (British, 50s, PTSD) living in a static caravan at a scrapyard in Essex; owner pays him 'in kind' (food, drink, cigarettes) for 60-hour weeks sorting metal. Dog kept chained at the gate. He says 'where else would I go'.",
  "AV WW EO AC", "lh plc sw", "L", "h")
R("Voicemail to charity: 'My name is Anjali, the family I work for in Wimbledon, they took my passport on day one, I have not been out for 4 months, please help, I am calling from the neighbour's phone.'",
  "RD RM", "dt rm", "D", "m")
R("Call log: caller reports husband of her friend (both Chinese) forces the friend to work in his takeaway unpaid and hits her. Friend refuses to speak to police. Second-hand only; friend's whereabouts known.",
  "WW PV", "", "L", "h")
R("OIC update: the allegation that the farm owner 'threatened to kill' the workers has been withdrawn. Both workers say the words were 'I'll kill you if you're late again' said jokingly, and they both left the job the next week for better pay elsewhere. No offences.",
  "", "", "", "l")
R("Intel: PARK, Ji-ho (nom) holds 12 passports belonging to staff at his restaurants in New Malden 'for the HR file'. Staff say they asked for them and were refused. 1/B/P",
  "RD", "dt", "L", "m")
R("Lorry driver at services saw a girl in the cab of another lorry who mouthed 'help me'. The lorry left before police arrived. VRM partial: LT?? ???. Girl looked very young.",
  "AV", "", "", "i")
R("Cleaner in a care home (Zimbabwean, 52) says her manager makes her work double shifts without paying the second one, and says 'if you want your sponsorship, keep quiet'. She still lives in her own flat and has her passport.",
  "WW EO IT", "lh", "L", "h")
R("Old intel (2012), reviewed: NGUYEN Van A was a victim in Op LOTUS, found in a cannabis farm in Derby. Current record: he is 30, settled status, runs a bubble tea shop. No current concerns.",
  "", "", "C", "m")
R("Community nurse: elderly man's 'carer' (young Filipino woman) told me she is not paid by the family, only given food and a bed, and works all day and night for him. She asked me not to tell the son.",
  "WW EO", "lh", "D", "m")
R("He said she was his wife but she looked 15 and didn't speak. He did all the talking at the GP's and held her red book. She had bruises on her wrists.",
  "AV", "sfw pa", "", "h")
R("Public report: i no for a fact that the boss at Euro Carwash puts the workers in his cellar under the shop and takes the key with him at night, my mate worked there 2 month and got out",
  "RM AC", "rm", "L", "i")
R("Police were called to a dispute at a nail bar: the employee said she hadn't been paid for her last week after resigning. Owner paid her on the spot in front of officers. Civil matter.",
  "", "", "", "l")
R("Girl (16) in care told her carer that she was 'rented out' to men at a flat in Bradford last summer by a man who sold her drugs; she said she was raped there. She had not told anyone until now.",
  "AV PV", "", "S", "h")
R("Victim (Indian, 34) says his agent in Punjab promised him a UK job with a house and £2,000 a month. In Southall he was given a mattress in a garage with 5 others and sent to a building site; he gets £40 a week.",
  "DE AC WW", "plc oc", "L", "h")
R("School report: Year 11 boy (16) says he is scared to go home because of a debt to the lads he used to sell for; they stopped him in the park last night and said they'd stab him.",
  "AV DB IT", "", "C", "i")
R("Organ: NHS renal unit flagged a patient (UK resident, 55) who returned from Pakistan with a new kidney and a receipt from a private hospital; donor said to be 'a poor man paid to give it'. Donor not identified.",
  "AV", "", "O", "m")
R("Woman contacted charity: her employers (a family in Surrey) took her to Saudi Arabia in 2019 where she was never allowed out of the compound. In the UK she has her passport, a contract and days off, and she's happy with them now. Wanted to know if she could claim anything for then.",
  "RM", "rm", "D", "m")
R("he works at the car wash from 7 to 7 and sleeps in a caravan with 6 other men, but he says its temporary and hes paid £80 a day into his own account and can leave whenever, he's saving to bring his wife",
  "", "oc", "", "l")
R("CCTV analyst: same white Transit drops 10-15 men at the industrial estate at 05:30 daily and collects at 21:00; driver carries a bag of phones which he hands back at the end of the day.",
  "IS", "cedl et iso", "L", "m")
R("Maternity safeguarding: patient (Nigerian, 26) has asked to change her name on our system; says she was brought to the UK at 17 by a woman who made her work as a prostitute in Birmingham and who still calls her. Patient is now living with her partner and baby. Risk of re-trafficking discussed.",
  "AV", "", "S", "h")
R("Log: two lads (20 and 22) from Bury picked up in Aberdeen with 50 wraps. Both say they did it for the money, nobody forced them, they keep their own phones and cash. Charged PWITS.",
  "", "", "", "l")
R("Statement: My employer never hit me but he said my brother back home owes his family money and that I work until it's paid. He gives me food, no salary. I sleep in the shop storeroom.",
  "DB WW", "sw", "L", "m")
R("A local resident says 'the foreign lads' at the tyre place on Canal St work Sundays. Officer visited: staff work a 5-day rota, Sunday is overtime by choice, paid at time-and-a-half. No concerns.",
  "", "", "", "l")
R("Debrief note: K (Vietnamese, 15 at the time) says he was promised a place at school in England. In Calais men took his phone and kept him in a flat. In the UK he was driven at night to a house in Kent, told he must water plants and could not go outside, and was given rice once a day. He was found in a police raid 7 months later.",
  "AV DE IS RM AC", "iso rm", "C", "h")
R("Recycling plant: worker crushed his hand in a baler. Investigation found he was an agency worker on day 2, untrained, no gloves, and the agency had charged him £45 for boots. The agency holds a GLAA licence.",
  "", "ppe", "", "l")
R("Her 'boyfriend' (30) keeps her (17) in his flat in Luton, takes her phone when he goes out, and brings men round. She messaged her sister this morning: 'he says if I go he'll send my pics to dad'.",
  "AV IS IT", "iso", "S", "i")
R("Reports of men sleeping in a restaurant basement in Chinatown were investigated. The men are students who stayed after a staff party once. Basement is a storeroom. No exploitation.",
  "", "", "", "l")
R("interpreter: she says that the man took her to Spain when she was 19 and there she worked in a club, she gave him half the money, she agreed to this. In UK she works alone now. She say she is not afraid.",
  "", "", "S", "h")
R("Intelligence that the owner of 'Quick Clean Car Spa' has been telling workers he'll call ICE—sorry, immigration—if they ask about pay. Staff paid £30 a day for 12-hour shifts. 2/C/P",
  "IT EO", "foa lh", "L", "m")
R("PC note: lady in her 70s in tears at the station, says her granddaughter's flat in Hull is 'a slave house' because the girls there 'work nights'. Granddaughter and flatmates are nurses on night shifts. Reassured.",
  "", "", "", "l")
R("Albanian male (32) says he was promised a painting job in London, instead taken to a house in Wales where he was told to keep watch on a grow and not leave. He says they kept his ID 'until the harvest'.",
  "DE RM RD", "rm dt", "C", "h")
R("I worked cleaning at the hotel for an agency and they said my first 3 weeks was 'training' so no pay. After that pay was normal. I have left now.",
  "WW", "", "L", "m")
R("Woman (Thai, 40s) at massage flat said she chose the work, keeps her own money, but the landlord charges £700 a week for the room. No third-party control evident.",
  "", "", "S", "h")

# ---------------- part 4 ----------------
R("Follow-up to anonymous report of 12 Jan (nail bar, Corporation St)\nThe original report said staff 'live in the shop and never leave' and was graded 3/C because the caller would not give details. On 3 Feb PCSOs saw lights on in the shop at 23:40 and two women sleeping on towels behind the counter. On 10 Feb a joint visit with Immigration Enforcement found four Vietnamese women, one of whom appeared to be about 16. None had documents on them; the manager said their passports were 'at home in a safe place' but could not say where. The women said they work from 9am to 9pm every day and are given pocket money; the manager 'sends the rest to their families'. They were nervous and kept looking at the manager before answering.\nThe report is now considered corroborated. All four referred into NRM (the youngest as a child). Manager arrested.",
  "AV AC EO WW RD", "sw plc lh ncw dt sfw", "L", "h")
R("Intelligence - rumour disproved\nSource (3) claimed in November that the Kurdish barbers at 'Fade Kings' were 'owned' by the landlord, who takes their pay and keeps their passports. Enquiries: the four barbers are self-employed chair-renters, each with their own business bank account and HMRC registration; passports and BRPs seen in their own possession at their homes. Landlord is in a rent dispute with the source, who is a former tenant. Nothing to suggest exploitation. Intelligence graded 3/E/P and linked to the harassment complaint made against the source.",
  "", "", "", "l")
R("Victim account (first person, written by herself in English):\nI am from Uganda. In 2021 a woman from my church said there was a job looking after an old lady in London, good salary, she would pay for the ticket. When I arrived the lady was not old, she had four children and a big house. She said I must work to pay back the ticket and the visa, £6,000. I woke at 5, made breakfast, took children to school, cleaned, cooked, ironed, and went to bed at midnight. I slept on a mattress in the utility room. She kept my passport 'for the Home Office'. She said if I go outside the police will catch me because my visa is finished. After one year she said I still owed £4,000 because of food. I escaped when I met a Ugandan man at the school gate who gave me his number.",
  "DE DB EO RD IT AC", "lh dt foa sw", "D", "h")
R("Officer's note - second-hand account, subject is not the reporting person\nThe reporting person, Mr Adebayo, is a security guard at the Riverside Hotel. He is not himself a victim and has no concerns about his own employment. He states that a cleaner employed by a contractor (not the hotel), a woman he knows only as 'Grace', told him that the contractor collects her and five others from a house in Ilford at 5am and drops them back at 11pm, that they are paid into a card that the contractor's wife keeps, and that she is 'scared of the husband because he has a temper'. He has seen Grace with a bruise on her arm but she said she banged it. Grace has not been spoken to yet.",
  "WW", "cedl et ncw pa", "L", "m")
R("Multi-agency meeting - three adults at 57 Lark Rise\n1. Mr P (44), tenant, heroin user: his flat has been used by a Manchester line since spring. He says the dealers 'let him' have gear in return. He is not allowed to lock his door and they took his phone.\n2. Ms L (39), Mr P's sister: visits daily, no concerns raised about her; she is employed and lives elsewhere.\n3. 'Jordan' (believed 17): seen at the address most days; lives in Manchester, reported missing by his mum twice this month. He runs drugs from the flat.\nActions: closure order; Jordan to be located and safeguarded; Mr P to be offered alternative accommodation.",
  "AV RM IS", "rm iso", "C", "h")
R("Press release (police): 'Man cleared of modern slavery offences'\nA 58-year-old Bedford businessman has been found not guilty of holding two men in servitude at his car dealership. The jury heard the prosecution claim that the men were unpaid and made to live in a storeroom. The defence showed bank records of regular salary payments, tenancy agreements for a flat rented by the men, and messages in which the men arranged holidays. The two men admitted in cross-examination that they had made the allegations after being dismissed for theft. The judge directed that the defendant leaves court without a stain on his character.",
  "", "", "", "l")
R("Child in need assessment (excerpt): S (10) is the eldest of five; family recently arrived from Romania and live in a two-bed flat with another family of six (overcrowded but arranged by the parents themselves). S attends school regularly and appears well cared for. An earlier referral that S was 'sent to beg' by his father has been looked into: S was seen on one occasion selling the Big Issue with his father, who holds a vendor licence. No evidence of exploitation. Advice given that S should not accompany his father during school hours.",
  "", "oc", "", "l")
R("Debrief (via interpreter, Polish): he says that in 2016 he worked for a gang in Kidderminster who kept his wages and housed him in a house with 15 men, but he left after 2 months and went home. He says that this time, in 2024, he came back on his own, found work through a proper agency and rents a room. The reason he came to the police is that he saw one of the 2016 gang at the agency's office and he is afraid they are recruiting again. He himself is not under any control now.",
  "WW AC", "oc", "L", "m")
R("gang took our passports at the airport. 2/B/P",
  "RD", "dt", "", "m")
R("Boy, 15, found sleeping in a cannabis grow in Hull, door bolted from outside.",
  "AV RM AC", "rm sw", "C", "i")
R("Scared of police, she says police in her country beat her brother. Here to claim asylum.",
  "", "foa", "", "l")
R("No sign of anyone being held against their will at the premises.",
  "", "", "", "l")
R("Woman says she works the flat for free to pay off £3k he says she owes for the advert.",
  "DB WW", "", "S", "h")
R("Every Friday one man uses six different bank cards at the Co-op cash machine, one after another.",
  "", "mbc ncw", "", "l")
R("He has his own passport and bank card and chooses his own hours.",
  "", "", "", "l")
R("They charge us £5 for the gloves, £10 for the boots, every month new.",
  "", "ppe", "L", "m")
R("Kidney removed in India in 2019 after a broker promised him a job; he never saw the job or the money.",
  "DE WW", "", "O", "m")
R("The farmer's son hit me when I fell behind on the line, he said next time he will break my legs.",
  "PV IT", "", "L", "h")
R("Referral closed: the 'forced labour' at the bakery was a family business; the son works long hours but is a partner and draws his own salary.",
  "", "", "", "l")
R("Intel: 'Marek' recruits at Victoria coach station, offers beds and work, and charges each man £50 a week for the van to the site and £200 'finder's fee'; men later say they never see a payslip and he pays them cash minus 'fees' that leave them £40. 2/B/P",
  "WW DB", "ct uf ncw", "L", "m")

# ---------------- output ----------------
def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh159.jsonl")
    seen = set()
    with open(out, "w", encoding="utf-8") as f:
        for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
            assert text not in seen, text[:60]
            seen.add(text)
            rec = {"id": "f159-%03d" % n, "text": text,
                   "indicators": [IND[c] for c in ind.split()],
                   "signs": [SIG[c] for c in sig.split()],
                   "exploitation": [TYP[c] for c in typ.replace(" ", "")],
                   "risk": RISK[risk]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(E), "to", out)

if __name__ == "__main__":
    main()
