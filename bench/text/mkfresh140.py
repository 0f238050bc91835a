#!/usr/bin/env python3
"""fresh140: hand-written public-report mix (101 / website / partners). Each entry is written by hand."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           swp="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           cedl="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees",
           dt="documents_taken", et="escorted_transport", ct="charged_transport", lh="long_hours",
           ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RANK = ["low", "medium", "high", "immediate"]

E = []
def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind.split(), sig.split(), typ.split(), risk))

# ---- part 1 ----
T("hi i want to report the car wash on station rd, the lads there are out in the rain in flip flops from 7am til gone 9 at night every day even sunday. they all sleep in the portacabin at the back i seen mattresses through the door. one of them had a black eye last week. the older guy in the bmw does all the talking, they never say a word",
  "EO AC PV", "lh swp pa sfw", "L")
T("Report via website: Neighbour says the people next door have loads of visitors at night, parking across her drive. Thinks they might be dealing but not sure. Wants the parking sorted mainly.",
  "", "", "")
T("2/C/P INT suggests POI Arben DOKA (DOB 14/03/1991) controls 4 x Albanian males at cannabis grow, address unk, B-- area. Males reportedly owe DOKA for their transport to UK & cannot leave until repaid. Males locked in premises, food dropped weekly.",
  "DB RM AC", "rm", "C", "immediate")
T("caller is a taxi driver. Says he regularly picks up 3 or 4 girls from a flat above the kebab shop at 5am and drops them at a nail bar in town, then the same girls back at 10pm. always an older woman pays and sits in front, girls dont talk. he thinks its not right",
  "", "cedl et sfw", "L")
T("My nan's carer is from Zimbabwe and she told me the agency charged her £4000 for the visa sponsorship and now takes £300 a month off her wages to pay it back, she says it will take 3 years. She works 6 days a week doing double calls and is exhausted. she's frightened if she complains they will report her to the home office and she'll be sent back",
  "DB IT AV EO", "uf lh foa", "L")
T("Ring received from member of public re: lost purse in Tesco car park. Contained driving licence and bank card. Advised to cancel cards. No further action.",
  "", "", "")
T("Someone's been living in a tent behind the garages on Elm Close for a couple of weeks, i think he is polish. hes not causing trouble i just worry about him in this cold, can someone check on him",
  "", "", "")
T("A&E note 02:40. M, approx 17, presented with deep laceration to palm, states 'kitchen accident'. Accompanied by adult male who answered all questions for him and refused to leave the cubicle. Pt has no ID, unsure of own address, has 3 phones. Safeguarding referral made - ?county lines.",
  "AV IS", "sfw pa", "C", "high")
T("I worked for the Singh family in Wembley for two years. Madam took my passport the day I arrived, she said she will keep it safe. I cook, clean, look after three children, I start 6 in the morning and finish when everyone sleeps. They said 400 pounds a month but they send it to my husband in Punjab, I never hold any money myself. I sleep on the floor in the kids room.",
  "RD WW EO AC", "dt lh ncw", "D")
T("Hand car wash on the A38 layby. Just want to say ive been going there for years, lads are all friendly, they wear proper boots and gloves and the manager told me they are all on payroll. Nothing wrong there, people keep saying these places are slavery but not this one",
  "", "", "")
T("1/B/P Source reports that Vietnamese female known as 'Linh' works at Glamour Nails, High St. Source states Linh is 15 or 16 yrs, does not attend school, lives above the shop with the owner's family and is not paid, told she is 'learning the trade'. Owner holds her passport.",
  "AV WW RD", "dt", "L", "high")
T("there is a man begging outside the co-op every single day same spot. a van drops him off at 8 and picks him up at 6. he has a bad leg and cant walk well. last week i saw the van man take the cup of money off him. is that allowed??",
  "WW AV", "cedl pa", "C")
T("Please help my sister. She went to England for a job in a hotel, the agent in Lagos said cleaning rooms £1500 a month. When she arrived they took her to a house in Birmingham and said she must sleep with men to pay 35,000 pounds for her travel. She called me crying from a strange number last night and said they beat her when she refuse. She does not know the address.",
  "DE DB PV IS", "", "S", "immediate")
T("Called about the new tenants at no. 42 - they've got builders vans outside at 5am and there's about 12 men coming and going. Landlord says its rented to one couple. Overcrowding?",
  "", "oa", "")
T("I ordered from the chinese takeaway and the delivery lad was about 14 maybe, on a bike at 11pm on a school night. Probably just the family business but thought id mention",
  "", "", "")
T("Safeguarding referral - school. Y9 pupil (F, 14) has been seen getting into cars with older males after school, has new phone, nails and clothes she can't account for, has missed 11 days this term. Friend told staff she 'has to go to parties' to pay back the vape money she owes a man called Kaz.",
  "AV DB", "", "S", "high")
T("Salvation Army caseworker note: Client M.P. (Romanian, 44) describes working on a salad farm in Lincs via a man from his village. Was told £8/hr, received £50 cash per week; man said the rest went on 'rent, van and the debt for the flight'. 9 men shared a 2-bed house, mattresses in kitchen. He left when he was shouted at and pushed against the wall for asking for his money.",
  "DE WW DB AC PV", "oa ct ncw", "L")
T("My ex boyfriend keeps turning up at my work and sending me threatening messages, he said if I dont take him back he will smash my car. I want to report harassment",
  "", "", "")
T("My neighbours have an au pair from Spain and she is lovely, goes to language school twice a week, has her own room and goes out with friends at weekends. I only mention because someone in the facebook group said au pairs are slaves - not this one!",
  "", "", "")
T("1 of the lads at the carwash told me in bad english no money for 3 month, boss say later later. he was almost crying",
  "WW", "", "L")
T("Officer handover: attended flat 7B re concern for welfare. Occ. Mr Derek HOLT (58, LD, known to ASC) - 3 young males from London staying there for 2 wks, dealing from the flat. Derek says they are his 'mates' but he has been sleeping in the hallway and his bank card has been taken 'to buy food'. Cuckooing suspected. Males left before arrival.",
  "AV AC", "ncw", "C", "high")
T("Bank FinCrime alert: Account ending 4471 (F, 23, Bulgarian) receives salary from CleanPro Ltd then full balance withdrawn same day at one ATM along with 6 other cards belonging to different account holders, all registered to 19 Hollow Lane. Possible control of workers' wages.",
  "WW", "mbc ncw", "L")
T("GLAA inspection note: Licensed labour provider supplying 40 workers to packhouse. Payslips checked against hours, holiday pay correct, accommodation inspected - 2 per room, clean. Workers interviewed privately; all hold own documents. No indicators. Minor record-keeping issue on one file.",
  "", "", "")
T("its a brothel on Victoria Street everyone knows. men in and out all night. girls look foreign and about 20. one came to the window crying",
  "", "", "S")
T("Interpreter present (Tigrinya). She says that she crossed from Libya and the men in Libya kept her for 8 months and sold her to another man. In the UK she says she is now in a hotel from the Home Office and nobody forces her to do anything now. She wants help with asylum.",
  "RM", "", "", "medium")
T("There's a lad who stands outside Lidl selling the Big Issue, he's got his badge and everything, proper vendor. Someone told me he was trafficked but I asked him and he laughed and said he lives in a hostel and keeps what he makes. just saying",
  "", "", "")
T("Call 101: Female caller, works at a care home, says 3 new overseas carers are living in the owner's loft, 2 mattresses between them, working 12hr shifts 7 days, owner keeps their passports 'for the CQC'. One told her they owe the owner £10k for the certificate of sponsorship.",
  "AC EO RD DB", "oa lh dt uf", "L")
T("i think my son is involved in drugs. hes 15. keeps going missing for days and came back with £600 and a new phone. last time he came home he had a cut on his face and wouldnt say. a man rang our house and said he owes them for a package the police took and he has to work it off",
  "AV DB PV", "pa", "C", "high")
T("Press summary: Two men jailed after 12 Polish workers were found living in a disused chicken shed on a farm near Boston. The men had recruited the workers with promises of good wages and a flat, but deducted so much for 'accommodation' that most earned under £10 a week. The workers had been told they would be arrested if they spoke to police.",
  "DE AC WW IT", "plc foa", "L")
T("Report: I saw a woman at the petrol station with a black eye and she looked scared of the man with her. Probably a domestic. reg was something like KX17 ...",
  "", "pa", "")
T("Hi - I run a small farm shop and we employ seasonal pickers from a licensed agency. A new picker has told my manager that she has to hand her whole wage to her 'uncle' who brought her here and he gives her money for food only. She doesn't speak much English. Not sure what to do, thought I should report it.",
  "WW AV", "ncw", "L")
T("3/C/P Unverified: Albanian nationals said to be running a nail bar in Croydon as a front for money laundering. No info re workers.",
  "", "", "")
T("A lady who cleans at our gym told me her husband takes her passport and her bank card and she has to ask him for bus money. He hits her if she talks to men. She doesnt work anywhere else just the gym, he drops her off and picks her up.",
  "RD PV WW RM", "dt ncw et", "L")
T("Midwife note: Booking appt, 19/40, Slovak, age 19. Partner attended, answered all questions, pt did not make eye contact. Pt has no GP registration, no ID, partner holds her documents. Told interpreter (partner out of room) she was 'bought' for marriage and is not allowed out alone. Safeguarding lead informed.",
  "RD RM AV", "sfw dt rm", "", "high")
T("Car wash by the roundabout charged me £15 and didnt even do the wheels. Rip off!!!!",
  "", "", "")
T("I live above a takeaway. The cook sleeps in the storeroom downstairs, I hear him moving about at night. He works from 11 in the morning to 2am every day. I never see him leave the building except to take the bins out",
  "EO", "swp lh", "L")
T("Debrief account (translated). 'I came to UK in lorry. In Vietnam my family borrow 20,000 dollar for me to come. In England a man take me to a house and say I look after the plants. I cannot go outside, the windows cover with black plastic, door lock. He say if I run my family in Vietnam must pay more and he know where they live. Police find me when fire happen.'",
  "DB RM IT IS", "rm", "C", "high")
T("Online report: THERE ARE PEOPLE BEING KEPT AS SLAVES IN THE CAR WASH ON BRIDGE ST I KNOW IT. the council dont care nobody cares. they live there and never have a day off and the boss is a thug",
  "EO", "swp lh", "L")
T("I'm a landlord and my tenant hasn't paid rent for three months and has sublet rooms to about 8 people. They all seem to come and go freely, they work at the warehouse. I want them out, can police help?",
  "", "oa", "")
T("Women's refuge referral: D (Pakistani, 26) came on spouse visa. In-laws kept her passport, made her cook and clean for 9 people from 5am to midnight, not allowed to leave house or use phone. Husband raped her. Mother-in-law said if she told anyone she would be sent back and her family shamed.",
  "RD EO RM IS PV IT AV", "dt lh rm iso", "D")
T("Lad at the nail bar told me hes 17 and working for his uncle till he finishes college. Gets paid cash, goes home at 6. Seemed fine, just wondered if its legal for a 17yo to do nails",
  "", "", "")
T("Call from worried mum, daughter 16 has been messaging a man online who has sent her train tickets to Manchester. She is on the train now, doesnt know where she's going, man told her not to tell anyone. Phone now switched off.",
  "AV IS", "", "S", "immediate")
T("Probation note: Service user (Polish, 38) disclosed that after release he was approached at the hostel by a man offering roofing work and a room. He declined because the man wanted his bank card 'for wages'. He is now on a CSCS course. No exploitation occurred.",
  "", "", "")
T("waste recycling place on the industrial estate has a group of eastern european men who live in the shipping containers on site. no toilets, they wash with a hose. theyre picking through rubbish with no gloves. the foreman takes them in a minibus to the cashpoint on friday and takes the money off them",
  "AC WW", "swp plc ncw et", "L")
T("Neighbour hears shouting and banging from the flat next door every night, thinks a woman is being hit. She hasn't seen the woman for 2 weeks. Please check.",
  "", "", "")
T("I want to report my old boss. He owes me £800 in wages from the restaurant, said he'll pay at the end of the month but its been 2 months now. I've left and got another job, I just want my money. I know he did same to the other waiter",
  "", "", "")
T("2/B/C (Do not disseminate outside MSU) INT indicates female 'Anca' advertised on adult site at various Airbnb flats in Leeds, moved every 3 days by male driver. Male takes all the money, she is given cigarettes and food. She has a tattoo of male's name on her neck. Possible pimping by boyfriend.",
  "WW", "et ncw", "S")
T("hi my cousin came from romania to work in a warehouse, agency promised job and room, but when she came they said she must pay 500 pounds for the room and 200 for the hi vis and shoes before she start, they took it from her first wages. she still works there and has the rest now so is ok",
  "", "uf ppe", "")
T("Ex-worker statement: 'At the packhouse you start 5.30, finish when the order is done, could be 10pm. The van picks us from the house and the driver takes £10 a day for it out of your pay. If you make mistake the supervisor shouts and says he will send you home with nothing. We live 14 in one house, 2 bathrooms.'",
  "EO IT AC", "lh cedl ct oa", "L")
T("i seen a young girl maybe 13 getting out of a taxi with 2 older men at the Travelodge at 1am last night, she looked drunk. receptionist didnt do nothing",
  "AV", "", "S", "high")
T("Kidney transplant patient at Royal - family asked if there's any way to speed up the list, friend told them they could 'buy one in Turkey'. Family declined and are staying on the NHS list. Renal nurse made note for awareness only.",
  "", "", "")
T("Border Force note LHR T4: 2 x Filipino females travelling with Saudi family on diplomatic visas as domestic staff. Employer held both passports at desk. Females said they had not had a day off in 18 months and wages go to agency in Manila. Spoke to them alone: one said 'we are not allowed to go outside the house'.",
  "RD EO WW RM", "dt lh ncw rm", "D")
T("Car wash guys across the road from me are always working late but they go home in their own cars and one of them told me he's saving for a house. I don't think there's anything dodgy",
  "", "", "")
T("the big house on the hill, the family have a maid from indonesia, i never see her outside, only in the garden hanging washing. my kids play with theirs and say she sleeps in the utility room and eats after everyone. they said she cried because she cant phone her children",
  "IS AC", "iso swp", "D")
T("3/C/P Rumour on estate that 'the Turks' have people working for free in the barbers. Source could not say who or where. No further detail.",
  "", "", "")
T("My brother has Down's Syndrome and has been befriended by a couple who moved in with him. They have his bank card and I think they are taking his benefits. He's doing all their shopping and cleaning and they shout at him. Social services aren't listening.",
  "AV", "ncw", "D")
T("GP note: Pt (M, 29, Lithuanian) with chronic back pain, works at chicken factory via agency. Says works 60 hrs/wk by choice for overtime rate, paid into own account, lives with girlfriend. No concerns.",
  "", "", "")
T("A man at the building site next to my office - 4 guys who sleep in the site cabin, they're there at 6 when I arrive and still there at 8 when I leave, Saturdays too. One has a really bad cough and no one seems to care. The boss collects them in a van once a week and they come back with shopping.",
  "EO AC", "swp lh pa", "L")
T("Child's school: Y6 boy says his dad's friend stays with them and 'buys' his mum's cleaning jobs. No indication of exploitation; school's concern is attendance. Passed to EWO.",
  "", "", "")
T("I escaped from a man in Ilford. He met me in Bucharest, said he loves me and we will open a cafe in London. In London he put my photos on internet and men came to the flat. I must give him everything. When I said no more he burned my arm with cigarette and said my little brother would be next.",
  "DE WW PV IT", "ncw pa", "S")
T("Online: Just spotted on marketplace someone selling a kidney?? 'healthy O+ donor, 25 yrs, serious buyers only, can travel'. Screenshot attached. Is this legal?",
  "", "", "O")
T("nail bar lady painting my nails had bruising all up her arms and looked really frightened when the man came in from the back. she kept her head down after that. i asked if she ok she just nodded",
  "", "pa", "")
T("Council licensing visit to HMO: 16 occupants found in 5-bed property, mattresses in lounge and kitchen, fire door blocked. All employed by same recruitment company, which is also the landlord and deducts rent from wages. Several workers said they were not told about rent before arriving. Referred to GLAA.",
  "AC DE", "oa plc", "L")
T("My friend Tomasz works at the car wash in town and he says the boss is fine, pays min wage and gives him a lift home sometimes. He's been there 3 years.",
  "", "", "")
T("Reporting a fight outside the Red Lion last night, two men and one had a bottle. I think someone got glassed.",
  "", "", "")
T("Intelligence log: 1/A/P. Officer observed 8 x males with large bags being dropped by Transit WN19 XTL at Crown Farm 04:50 and collected 21:30. Same vehicle and driver 5 consecutive days. Males appeared thin, inadequately dressed for weather. Driver spoke to farmer for all of them.",
  "", "cedl et pa sfw", "L")
T("I'm a cleaner for an agency. They send me to houses and hotels. They're ok but the pay is rubbish, £10.42, and they never give enough hours. I just want someone to know it's unfair",
  "", "", "")
T("My daughter's boyfriend (he's 24, she's 15) takes her to 'parties' in flats where she says older men give her drink and she had to do things with them to pay for the weed. She came home with bruises on her thighs. We are terrified.",
  "AV PV DB", "pa", "S", "high")
T("Modern Slavery Helpline referral: caller is a Nepalese chef in a curry house in Kent. Recruited with promise of £2000/month, receives £300. Employer holds his passport and BRP. Lives in room above kitchen with 3 others. Employer says if he leaves, he will cancel his visa and he will be deported.",
  "DE WW RD IT AC", "dt swp oa foa", "L")
T("2/C/P Nom Bogdan LUCA reported to be collecting Romanian women from Luton airport and taking them to addresses in Slough. Unknown purpose. Possible innocent explanation - LUCA runs minicab.",
  "", "", "")
T("local shop owner kids help out behind the counter after school, theres always one of them there. Bit young maybe but its their family shop",
  "", "", "")
T("a girl knocked on my door at 3am in her nightie she was barefoot and could only say please police. she said men in the house at the end keep her and she ran out the window. shes with me now, shes shaking. please come",
  "RM", "rm pa", "", "immediate")
T("Nurse practitioner: Pt (F, Chinese, ~30) attended sexual health clinic with female 'manager'. Pt has multiple STIs, reports 15+ clients a day, 'must work every day', lives where she works, manager keeps her ID 'for the landlord'. Declined to talk further.",
  "EO RD", "lh swp dt sfw", "S")
T("Hi, I'm an HR manager at a food factory. During a routine check we found 6 workers who all gave the same phone number and address as emergency contact and their wages go into accounts at the same branch. Flagging it in case it means something. We've suspended nothing yet.",
  "", "mbc", "")
T("Waitress at the steakhouse told me she hasn't been paid in 2 months, the owner keeps saying the business is struggling and he'll pay 'next week'. She's scared to quit because she'll lose what she's owed and he's got her passport copy and said he'd 'make calls' to immigration",
  "WW IT", "foa", "L")
T("Caller saw a man being pushed into a van outside the job centre by two others. Van drove off toward the bypass. Reg partial 'FD..'",
  "PV", "", "", "immediate")
T("Whitehall diplomatic household (reported by Kalayaan): Kenyan domestic worker, 34, came with employer on ODW visa. Works 7am-11pm, sleeps on sofa in kitchen, no day off in 2 years, salary paid into account in Nairobi employer controls. Passport 'with the embassy'. Employer's wife slaps her.",
  "EO AC WW RD PV", "lh swp ncw dt", "D")
T("the barbers on the corner, i think the same 3 guys work there from opening till midnight. they eat there, sleep there i reckon. one told me his boss sorted his papers in return for 2 years work for nothing",
  "EO WW DB", "lh swp", "L")
T("Neighbour dispute: Mr. A says Mrs. B's builder is parking his van on the pavement and blocking his wheelchair access. Words exchanged. No offences disclosed. Advice given.",
  "", "", "")
T("Hi, can i report my landlord, he hasnt fixed the boiler in 6 weeks and theres mould everywhere. i have a baby. he says if i complain he will evict me",
  "", "", "")
T("Safeguarding note (children's social care): V (M, 16, Eritrean, UASC) placed in supported accommodation. Disclosed that on arrival in Kent he was given a job at a car wash by a man from the same town, paid nothing, was told he owed £3000 for being 'helped' into the country. Left after 3 weeks. Now attending college.",
  "AV WW DB", "", "L", "high")
T("My bf works at the chicken factory and the supervisor makes them stay 16 hour shifts, if they refuse he says theres no more work for them at all. no breaks. one man collapsed last week",
  "EO IT AC", "lh", "L")
T("1/B/P Surveillance: Subject Jamal AHMED seen attending 3 x addresses in Rochdale known for CSE. Two females aged 14-15 seen entering car with subject. Females taken to takeaway premises and then to flat above.",
  "AV", "", "S", "immediate")
T("My friend's flatmate from Sudan got a job through Facebook in a pizza shop and it turned out fine, they do pay him properly and he's on the books. I was worried at first because it came from a facebook group but all good",
  "", "", "")
T("theres kids being used to sell drugs round the back of the leisure centre, 12 13 year olds on bikes. the older ones sit in a car and give them the packages",
  "AV", "", "C", "high")
T("Debrief (Albanian male, 22) via interpreter: He says he was promised a job as a builder. He was driven from Dover to a house in Kent and told he now works with the cannabis. He says they took his phone and he did not know which town he was in. He says he slept on the floor next to the lights. The men said his debt was £20,000 and each crop would take off a little.",
  "DE IS AC DB", "swp", "C")
T("my husband got scammed by a fake job agency online, they took £300 'registration fee' and disappeared. I want to report fraud",
  "", "uf", "")
T("Care home whistleblower: overseas staff are put on 'training debt' of £5,000 and told they must repay it in full if they leave before 3 years. The manager checks their phones and they live in a house owned by the home 6 to a room. I'm English and left because of how they are treated.",
  "DB AC", "oa", "L")
T("Fishing vessel inspection (Newlyn): Ghanaian and Filipino deckhands, contracts state $1000/month. Crew said they had not been paid since joining 7 months ago, owner holds seaman's books and passports, they sleep in the hold, not allowed to go ashore.",
  "WW RD AC RM", "dt swp rm", "L")
T("report: there is a man in the big house on Oak Rd who has 'servants'. i walk my dog past and see a young woman doing the garden in the rain at 10pm. she waves sometimes. thats all i know",
  "", "", "")
T("I sold my car to a man for cash and now i think the notes are fake. help",
  "", "", "")
T("Worker at the sandwich factory told me through google translate they must pay the team leader £50 each week to keep their shifts, otherwise he says no work next week",
  "WW IT", "", "L")
T("Student (Indian, 21) reporting lost passport and BRP on the bus. Needs crime ref for replacement. No other concerns.",
  "", "", "")
T("Private fostering concern: 11-year-old girl from Nigeria living with 'aunt' who is not related. Teacher noticed she does all the housework, looks after three small children, is often late and exhausted, wears the same clothes and is not allowed on the school trip. Aunt receives child benefit for her.",
  "AV EO", "pa ncw lh", "D", "high")
T("2/B/P INT that three Slovak men working on a housing site in Derby have their wages paid into one account held by gangmaster 'Marek'. They are given £30 a week each. Marek also holds their ID cards. Men believed to live in a caravan on the site.",
  "WW RD", "ncw dt swp", "L")
T("Car wash on the high st pays their lads properly i asked, theyre all on PAYE and the boss does shifts himself. they go home at 6. no issue",
  "", "", "")
T("I left my job at the nail bar because the boss was rude and she paid late twice. But she always paid in the end and I have my passport. I'm not a victim, I just want to know if she is allowed to pay late",
  "", "", "")
T("Worried about my old school friend. She moved in with a man who is much older, she's 19, stopped seeing all her friends, he has her phone password and checks it, she needs his permission to go out. I haven't heard about her working or anything, I just think he's controlling",
  "", "", "")
# ---- part 2 ----
T("boss at carwash keeps all the lads passports in his glovebox", "RD", "dt", "L")
T("Lads at the nail bar dont get paid, the owner sends it all back to vietnam 'for their families'", "WW", "ncw", "L")
T("just a noise complaint, party music at no. 9 until 4am again", "", "", "")
T("girl in the massage place on king st said she cant leave the building, men bring her food", "RM", "rm", "S")
T("they lock the factory gates at night and the workers sleep inside on cardboard", "RM AC", "rm swp plc", "L", "immediate")
T("My cleaner is lovely and I pay her £15 an hour cash, is that legal? Just checking tax", "", "", "")
T("Teen on my road always has new trainers & is out at 2am, mum says he 'works for a man'", "AV", "", "C", "high")
T("saw a lad about 16 counting cash in a stairwell with a machete in his waistband", "AV", "", "C", "high")
T("Man at the door selling dusters says he's an ex-offender on a rehab scheme. Bit pushy. Is it legit?", "", "", "")
T("2/C/P Female 'Bella' adv on Vivastreet, 3 diff numbers, same photos, Leicester & Nottingham. Possible controlled.", "", "", "S")
T("Cleaner at the hotel said the agency took £1,200 off her for a 'job placement' before she started. She's left now and got her money back through ACAS. Wanted it on record.",
  "", "uf", "")
T("Report from Unseen helpline: Caller is a Polish woman, 52, recruited in Gdansk by an acquaintance who promised packing work and a shared flat in Peterborough. On arrival she was taken to a house with 11 others and told she owed £600 for the bus and the first month's rent. She works at a potato packing plant through an agency, but her wages are paid into an account the acquaintance opened for her, and she has never been given the card. She receives £40 a week in cash 'for food'. When she asked for the bank card, the acquaintance's son told her 'you know what happens to people who make trouble' and showed her a photo of a man with a broken face. She says the door is not locked and she goes to the shop, but she has nowhere to go and no money. Consents to NRM.",
  "DE DB WW IT AC AV", "ncw oa", "L")
T("1/A/P Officers executed warrant at 14 Kennet Rd. Cannabis factory 3 rooms, approx 400 plants. Vietnamese male approx 16 found hiding in loft. Windows boarded, front door padlocked from outside, no key inside. Male has burns on hands. States 'boss' comes every 4 days. Treated as potential victim; NRM referral; LA children's services contacted.",
  "AV RM AC PV", "rm pa", "C", "immediate")
T("A woman on our street has a 'nanny' from the Philippines, they seem to get on fine and I've seen her out at church on sundays with her friends, she told me she gets paid and sends money home herself. I only say because I saw a TV programme about domestic slavery and got paranoid",
  "", "", "")
T("Statement of witness (ex-employee, kitchen porter): 'I worked at the Golden Dragon for 4 months. Me and the other porters lived in the flat upstairs, 5 of us in 2 rooms. We worked 10am to 1am, 7 days, no holidays. We were paid £700 a month. Boss never hit anybody, and we could go out, but there was no time. I left when I found a better job.'",
  "EO AC", "lh oa", "L")
T("Received via Crimestoppers: anonymous caller states that a man called 'Gazza' in the Lowfields estate is making a young lad with learning difficulties sell weed for him, and keeps the lad's benefits. Lad is called Tyler, 19, lives alone. Gazza and his mates stay at Tyler's most nights.",
  "AV", "ncw", "C")
T("i think my flatmate is being pimped. she tells me she has to see 'clients' her boyfriend arranges and he takes all of it. when she wanted to stop he said he would send the videos to her dad in albania. she cries all the time",
  "WW IT", "ncw", "S")
T("Interpreter note (Romanian): He says he was told in Romania it was farm work with £400 a week and free house. He says in the UK the man took the ID cards 'to register them' and never gave back. He says they worked in fields from 6 till dark and slept in a caravan without heating. He says he never saw £400, only £20 or £30 sometimes. He says one man who complained was beaten with a spade in front of everyone.",
  "DE RD EO AC WW PV", "dt lh plc", "L")
T("My elderly mum's next door neighbour has started having young men living in his house, he's got dementia and I think they're taking advantage, they take his pension card to the post office. Not sure if its slavery or just theft",
  "", "ncw", "")
T("Social care referral: Mr K, 67, Punjabi speaker, lives with son's family. Daughter-in-law reports he is financially abused - son collects his pension. No indication he is made to work; he is cared for and has his own room.",
  "", "ncw", "")
T("GLAA: Unlicensed gangmaster supplying 12 workers to a flower farm in Cornwall. No payslips, no contracts. Workers interviewed - all paid in cash at least NMW, living in their own rented accommodation, hold their own documents, no complaints. Licensing offence only.",
  "", "", "")
T("hello i am writing for my friend she is afraid to write. she work at a house for a rich family in knightsbridge, she come from morocco with them. they say she cannot go out of the house ever, she sleep in the laundry. she have no day off. the lady take her phone at night. they pay her 150 pound a month. when she ask for more they say they will tell police she is illegal and she will go to prison",
  "RM EO IS AC IT WW", "rm lh swp iso foa", "D")
T("Online report: Massage parlour in the precinct open 24 hours, girls look very young and never leave. neon sign says 'thai massage'. Men going in at all hours",
  "", "", "S")
T("Caller states 2 x Romanian children (approx 8 and 10) begging at traffic lights on Northgate with a woman who takes the money from them every few minutes. Children appear cold, no coats.",
  "AV WW", "pa", "C", "immediate")
T("Police intelligence 2/B/P: Nom. Radu STAN said to be opening bank accounts in the names of newly-arrived Romanian workers, using their ID, and using the accounts to claim Universal Credit. Workers are told the accounts are 'for wages' and never see the cards. STAN keeps their ID cards in a shoebox in his car.",
  "DE RD", "dt mbc ncw", "C")
T("I run a hand car wash in Hull and I want to say we're not all bad. My lads are all employed, we pay holiday pay, I've got the paperwork. The GLAA came and said we're fine. People keep ringing police on us.",
  "", "", "")
T("Anonymous: 'There's a Nigerian woman who works as a live-in nanny for a family on Brook Lane, I met her at the park. She said they took her passport when she arrived to 'sort the visa' and she's never seen it since. She works all day and night with the baby and she's not been paid since January. She's scared of the husband.'",
  "RD EO WW", "dt lh", "D")
T("Hospital (renal unit) concern: Pt (M, 41, Pakistani) returned from Lahore post nephrectomy - says he 'donated' a kidney to an unknown recipient after a man paid off his family's debt. Pt now unwell, no follow-up records. Says he was told it was a small operation and he'd be paid £5000 but received nothing.",
  "DE AV WW", "", "O")
T("Police log: Male approached PCSO in town centre, stated in poor English he had been brought from Sudan to 'work in a garage' but instead was made to sell phones and tobacco on the street and hand the takings to a man, who hits him if it is short. Male has swollen lip. Taken to station, interpreter arranged.",
  "DE WW PV", "pa", "C", "high")
T("hi the car wash on mill lane is hiring, sign says £12/hr, is that a real job or a trafficking thing, my son wants to apply",
  "", "", "")
T("Worker at the mushroom farm sent this via our charity app: 'supervisor say if we talk to inspector we lose job and he send picture of us to immigration. we work 14 hour. we live in container on farm'",
  "IT EO AC", "lh swp foa", "L")
T("a lady in my church says her son went to Ireland for fishing work and now he's on a boat and cant come off and they havent paid him. shes asking can british police help, i said id ask",
  "RM WW", "rm", "L")
T("Text from victim care provider: Client (F, 31, Albanian) was moved between flats in Newcastle, Sunderland and Durham, one week each, advertised on AdultWork. Driver took her everywhere, she was never alone. She had to see 8-10 men per day. Her 'boyfriend' kept the money and said he'd hurt her son in Tirana if she ran.",
  "RM WW IT EO", "et rm ncw lh", "S")
T("Neighbour reports: 'the builders next door have been shouting at each other in polish all day, I think one got sacked, no idea what about.' No offences.",
  "", "", "")
T("CSE concern from youth worker: L (F, 15) has been staying out overnight at addresses of men aged 20-30, given alcohol and cannabis. She says one of them 'makes her' have sex with his friends because she owes him for the drugs. She is with him tonight at an unknown flat and not answering her phone.",
  "AV PV DB", "", "S", "immediate")
T("My father had a kidney transplant in India legitimately from my uncle, all documents with the hospital and NHS follow-up. Someone at his work said it was organ trafficking and reported him to HR. How do I clear this up?",
  "", "", "")
T("Debrief, Eritrean male 19: 'I come to Calais, the smugglers say £3000 to England. In England they say I must pay £6000 now. A man give me job in a factory packing meat, he take my wage to pay the debt. Every week he say the debt go up because of house and food. I sleep in a room with 7 men. He keep my asylum paper.'",
  "DB WW AC RD", "oa dt ncw", "L")
T("I saw a woman fall off a ladder at the building site, they called an ambulance straight away. Just wondering if health and safety will be told",
  "", "", "")
T("Agency worker at distribution centre: says agency charged him £120 for boots and hi-vis out of first pay. Otherwise happy, paid weekly into own account, lives with brother. Wants to know if the charge is legal.",
  "", "ppe", "")
T("Community officer note: Approached by a shopkeeper on Station Parade who says a group of Roma women come in every morning with a man who buys them food, then they sit outside supermarkets begging until 7pm; man returns in a Vauxhall Zafira to collect them and the cups. Women appear thin and one is pregnant.",
  "WW", "cedl et pa ncw", "C")
T("A man tried to sell me a stolen bike in the park. i said no. he had loads of them",
  "", "", "")
T("Please pass to modern slavery team - my Vietnamese nail technician (I own the salon) told me tonight that her previous employer in Birmingham kept her locked in the salon at night and took her wages for 'the snakehead'. She is safe with me now, on payroll, and wants to talk to someone.",
  "RM WW DB", "rm swp", "L")
T("My 17 year old has been 'recruited' by an older lad to carry bags on the train to Norwich. He was stabbed last month and still wont stop. He says he owes them now because the police took the stuff off him. They know where we live.",
  "AV PV DB IT", "pa", "C", "high")
T("Care worker from Ghana: 'The sponsor gave me maybe 15 hours a week, not the 39 in the contract. I was not locked in or anything, the pay was just too small to live. I found another sponsor.' Caseworker: visa issues only, no forced labour indicators.",
  "", "", "")
T("2/A/P Source works at a bakery in Slough. States 5 Indian males employed there sleep in the storeroom, work 16-hr shifts, and have been told by manager that their visa will be cancelled and they will be arrested if they leave. Manager holds passports in office safe. They were recruited in Kerala by a relative of the owner who charged each ₹8 lakh.",
  "EO IT RD DB AC AV", "swp lh dt uf foa", "L")
T("FAO PC Evans - the lad you spoke to at the car wash (Florin) came into the library today and asked me to ring you. He says the boss took everyone's phones after you visited.",
  "IS", "iso", "L")
T("Concerned neighbour: a middle aged woman has moved in next door with a young girl, maybe 12, who never goes to school. I see the girl hanging out washing and carrying shopping. the woman shouts at her constantly.",
  "AV", "", "D", "high")
T("my neighbour keeps his grandkids while their parents work, kids are always in his garden. i dont like him but theres nothing wrong",
  "", "", "")
T("Saw advert on Gumtree: 'Workers wanted for UK farms, visa and flight included, pay £1000 deposit to secure place'. Seems dodgy to me.",
  "", "uf", "")
T("Email to force from a hotel manager: 'Room 214 booked by a man for a week, paid cash. Housekeeping says there's a young woman who hasn't left the room in 4 days, different men visiting every hour, the man sits in the lobby and goes up after each one. She asked our cleaner for water in Spanish. We have his reg.'",
  "RM", "rm", "S", "immediate")
T("Our foster child (M, 15, Albanian) went missing last night. He disclosed last month that men in London 'own' him because they paid for his lorry and he has to grow plants for them. Found with him this morning: a train ticket to Peterborough, 2 SIM cards.",
  "AV DB", "", "C", "immediate")
T("3/C/P It is said locally that the Chinese restaurant 'Lucky Garden' has staff who 'never go home'. Source has no direct knowledge and admits this is pub talk.",
  "", "", "")
T("i work at the recycling plant and we had a new group start this week through an agency. they were dropped off at 6, no gloves, no lunch, and they told me through google translate they havent been paid since they came 5 weeks ago and they sleep in the agency boss's garage",
  "WW AC", "cedl plc", "L")
T("I'm reporting a man I met on Instagram, he offered me modelling work in Dubai and said the agency would pay flights but I'd need to hand over my passport at the airport. I didn't go. I think it's trafficking and he is messaging other girls",
  "", "", "")
T("My aunt is 70 and from Bangladesh, she lives with her son and looks after the grandkids during the day while they work. She's happy, she goes to the mosque and her friends, she has her own pension. My cousin thinks its domestic slavery but honestly no",
  "", "", "")
T("Food factory whistleblower: new Sri Lankan workers on the night shift are made to work back-to-back shifts, 20 hours, because the agency 'owns' their debt. They're bussed in at 6pm and out at 2pm next day, £15 a day for the bus taken from wages.",
  "EO DB", "lh cedl ct", "L")
T("Intelligence: Nom. Kristian BALOG (Slovak) known to recruit homeless men from soup kitchens in Manchester with promise of 'roofing work with a caravan', then take them to sites in the south where they work for food and cigarettes. Two men previously rescued had been beaten for trying to leave. INT that BALOG currently has 3 men at a site near Bristol.",
  "AV DE WW PV", "", "L", "high")
T("Hello. I was a domestic worker in Qatar before and now I am in London with the same family. I am okay now, they gave me my passport back when I told them I know my rights. I want to change employer, can you tell me how?",
  "", "", "")
T("The guy who runs the phone repair shop sleeps in the back, says it's cheaper than rent. He owns the shop. Is that allowed?", "", "", "")
T("Report: my ex is selling our daughter's photos online, she is 16. he says if she tells anyone he will put them on facebook for everyone to see",
  "AV IT", "", "S", "high")
T("PCSO notes: Visited 'Perfect Nails' after public concern. Three staff, two Vietnamese, one British. All spoke freely, all live locally with family, showed payslips. Owner cooperative. No concerns identified at this time.",
  "", "", "")
T("I've been told my boyfriend's friend is organising for people to go abroad to 'sell a kidney' for £10,000, he's been recruiting lads from the hostel who need money. One came back really ill and never got paid.",
  "AV DE WW", "", "O")
T("Victim account (Indian male, care worker): 'The agent in Hyderabad said good job, good salary, free accommodation. I paid him 18 lakh, my family sold land. In England there was no work for weeks. The owner said I must work at his restaurant for free to keep my visa. I did 70 hours a week in the kitchen. He said if I complain, Home Office will deport me.'",
  "DE DB WW EO IT AV", "uf lh foa", "L")
T("Two lads fighting outside the chippy, one had a knife. Both ran off toward the park", "", "", "")
T("Taxi driver again (see earlier call): now says he picked up a girl from the same flat who said 'help me' and 'no passport' before the older woman got in the car. Girl looked about 18, Chinese.",
  "RD", "dt", "", "high")
T("Safeguarding adults referral: Mrs E (78, living alone) has a 'lodger' who moved in 6 months ago. He now controls her bank account, has told her friends she's not accepting visitors and has locked the phone away. She has lost weight. Neighbours haven't seen her outside since summer.",
  "AV IS", "ncw iso pa", "", "high")
T("a boy about 14 keeps coming into my shop to buy loads of cling film and phone credit with £50 notes, always 2 older lads waiting outside in a car", "AV", "", "C", "high")
T("I left the farm in Herefordshire after 2 weeks. It was hard but honest - they paid us on time, we had our own caravans with heating. I just didn't like the work. Someone told me to report because of what happened at the other farm but nothing bad happened to me.",
  "", "", "")
T("Caller is a female who says she is being kept in a flat in Southall and cannot leave, the man has gone out and locked the door. She does not know the address, can see a red bus stop and a big Sikh temple. Phone battery low.",
  "RM IS", "rm", "", "immediate")
T("Caseworker note: Client (Sudanese, 24) recruited via WhatsApp to work at a car wash in Glasgow. Works 8am-8pm 7 days, paid £30/day cash. Owner houses workers in flat above, charges £80/week. Client says owner is 'fair' and he can leave anytime; he wants to find better work. Advised on rights; no NRM.",
  "EO", "lh", "L")
T("INT: 2/B/P Female nom 'Mama Joy' recruiting Nigerian girls for 'hairdressing in London'. Girls have been through juju oath ceremony before travel and are told they will go mad or die if they disobey or speak to police. Girls are then put to work in flats in Leeds and must repay €40,000.",
  "DE IT DB", "foa", "S")
T("Anonymous tip: farm near Spalding, 'the boss has a dog on a chain at the gate and the workers aren't let out past it, they get their shopping delivered by him and he sells it to them at double price'",
  "RM", "rm", "L")
T("My friend moved here from Poland and got work through a guy he met on facebook, he's happy, he gets paid every friday into his account and lives with his mates. Just wanted to say it's not all bad stories",
  "", "", "")
T("Hotel night porter: 'Every weekend the same man books 3 rooms and girls arrive in a car at midnight. This weekend one of the girls looked about 14 and was wearing a school coat.'",
  "AV", "", "S", "immediate")
T("Probation officer: Service user released from HMP Wandsworth, reports that the man he shared a cell with offered him work at a car wash and a room, but said he would keep his bank card and pay him 'in kind'. Service user declined. Flagged as potential recruiter.",
  "", "", "")
T("Stop and account: Vietnamese female approx 17 at Victoria coach station with no ID, holding a phone with a single number saved. Says she was told to wait for a man who would take her to a nail shop job. Does not know his name or where she is going.",
  "AV IS", "", "", "immediate")
T("i work at a chicken shop, boss pays me £6 an hour cash because im 17 which i know is under minimum wage but he lets me go home when i want and i keep my money. is he breaking the law?",
  "", "", "")
# ---- part 3 ----
T("""Online report form - 'Describe what you saw':
I drive for a delivery firm and one of my drops is a big detached house out past the golf club. Every time I go, the same woman answers - she's maybe 40, South Asian, always in the same cardigan, and she looks exhausted. Today the lady of the house was out and she asked me in a whisper what day it was and if I knew where the nearest police station was. She said she doesn't know the town's name. She said she came to look after the old man of the family and 'they keep my passport with the jewellery'. She has not been paid 'since Diwali'. She sleeps in the garage on a camp bed, I could see it because the door was up. She was terrified someone would see her talking to me and shut the door quickly.
I've got the address and I'm happy to give a statement. I think she needs help soon.""",
  "IS RD WW AC", "dt swp iso foa pa", "D", "high")
T("""101 call summary (operator): Caller owns a small cafe opposite a hand car wash on Bristol Road. Over the last month he has noticed the workers (6-8 men, believed Kurdish or Iranian) arrive in a white Sprinter at 07:00 and are taken away in it at 21:00. He says they come in for tea sometimes but never with money; the manager comes in and pays for them. Two weeks ago one of them, who speaks some English, told him they had not been paid because 'we pay for the smuggler'. The same man came in today with a swollen eye and a cut and would not say what happened. When the manager saw him talking he shouted at him and pulled him out by the arm. Caller thinks the men sleep at a house on Nelson St owned by the car wash owner's brother. Caller does not want his name given to the car wash. Log passed to MSHT unit.""",
  "WW DB PV", "cedl et sfw pa ncw", "L", "high")
T("""Intelligence report 1/B/C (handling: not to be shared with the licensing authority without MSU approval)
Subject: Thi HOANG (nee NGUYEN), DOB 02/11/1984, owner of 'Diamond Nails' (2 branches).
INT indicates HOANG recruits Vietnamese females aged 16-20 via Facebook with offers of training and 'good salary £1500'. On arrival, females are housed in the flat above the Market St branch (4 females, 1 bedroom). HOANG tells the girls they owe £18,000 for their journey and deducts 'repayments' so that they receive approximately £50 per week. Females work 09:00-20:00 Mon-Sat and clean the salon after closing. INT also suggests HOANG keeps their phones in a drawer during the day and they have no contact with family.
One female (believed 16) was seen by source crying outside the salon after HOANG struck her across the face.
Further enquiries required: identify females, visit with interpreter and LA children's services.""",
  "DE DB WW EO IS PV AV AC", "oa lh iso", "L", "high")
T("""Witness statement, agency supervisor (extract):
'I've been a supervisor on the night shift at the distribution centre for two years. Most of our pickers come through Apex Staffing. I want to be clear the majority are fine - they drive their own cars, they book holidays, they moan about the pay like everyone else. But there is one group of about ten lads, all Romanian, who came in March and they're different. They all arrive in the same minibus driven by a man called Sorin who waits in the car park the whole shift. At break they don't have food, some of them eat from the bins by the canteen. One of them, Ionut, told me in English that Sorin has their ID cards and their bank cards, and that they only get 'tobacco money'. He asked me not to say anything because Sorin 'has friends' back home near his family. I've noticed they wear the same clothes every day, like they've got nothing else. When I asked Sorin about Ionut's missing payslip, he said "I do everything for these boys, they don't speak English".'
""",
  "RD WW IT", "et dt ncw sfw fpe pa", "L", "high")
T("""Hi, I'm not sure this is the right place but here goes. My next door neighbour is a young lad, 20 maybe, who's autistic and lives on his own since his mum died. A few months back a group of older men started coming round. At first I thought they were friends. Now there's always two or three of them there, they've got keys, and there's people knocking at all hours - I'm pretty sure it's drugs. Last week I saw the lad sitting on the step in the rain at midnight because they'd told him to 'go for a walk'. He's lost a lot of weight. He told me they're 'looking after his money' and they let him have £10 for the shop. I asked if he wanted them out and he said they'd hurt him if he told anyone. I don't want to make things worse for him but I can't just ignore it anymore.""",
  "AV IT AC", "ncw pa", "C", "high")
T("""Debrief account, female, 23, Romanian (via interpreter, Romanian). Summary in first person as agreed:
'I met him at a club in Iasi. He was very kind, he bought me things, after three months he said we should go to England, he has a cousin with a restaurant and we can both work there and save for a house. When we arrived in Birmingham there was no restaurant. He said we have debts for the flight and the flat and that I must do this only for a short time. He put my photos on a website. I refused and he hit me with his belt and locked me in the bedroom for two days without food. After that I did it. Sometimes 10 men a day. He took all the money, he said he was saving it for us. He had my identity card. I could only go to the shop with him. I left when the police came to the flat because a neighbour complained about the noise.'
Interpreter notes that she became distressed when describing the belt and the session was paused.""",
  "DE DB PV RM WW RD EO", "rm dt ncw et lh", "S", "high")
T("""Referral from Citizens Advice:
Client is a 35-year-old British man with a history of alcohol dependency. He was approached outside a night shelter in Leicester by a man who offered him 'tarmac work, cash in hand, and a caravan'. He spent 14 months travelling between sites in the Midlands and Wales. He describes being woken at 5am, working until dark laying driveways, and being given cans of lager and a small amount of cash (£10-£20) on Saturdays. The caravan had no heating and he shared it with two other men. He says he was 'not a prisoner' but had no money, no phone and no idea where he was most of the time, and that the site owner told them that if anyone left they would be 'found'. Another man who tried to leave was brought back and beaten in front of them.
Client left when he was hospitalised with pneumonia. He consents to NRM.""",
  "AV WW EO AC IS IT PV", "lh plc", "L", "high")
T("""Safeguarding referral (secondary school, DSL):
Student A (female, 15, Year 10) disclosed to her form tutor today that she has been going to a flat in the town centre with friends where older males (20s-30s) give them alcohol, vapes and lifts. A says that two weeks ago she was told she owed one of the men, known as 'Shaz', £200 for the vapes and drink and that she could 'pay it off' by 'being nice' to his friend. A says she was taken to a hotel by the friend where she was made to have sex. She has since been sent Snapchat messages telling her that if she tells anyone the photos will be sent to everyone at school. A is due to meet Shaz again tonight at 7pm.
Parents informed with A's agreement. A is currently in school; police and children's social care contacted at 14:10.""",
  "AV DB PV IT", "", "S", "immediate")
T("""Public report, no punctuation, copied as received:
hiya i dont no if this is anything but theres a nail bar by the bus station and i go there every 2 weeks and the girl who does my nails is vietnamese and really young i asked her how old and she said 18 but she looks 14 honestly and she said she lives upstairs with the boss and 3 other girls and she never goes out because she doesnt no anyone here and the boss keeps her passport because its safer there and she sends money home to pay the man who brought her and i asked if she gets paid and she just laughed and said no money for me yet maybe next year anyway she seemed really sad and i dont no what to do""",
  "IS RD DB WW", "dt oa iso swp", "L", "high")
T("""GLAA inspection summary (licensing compliance, shellfish processing, North Wales)
The inspection found a number of licensing breaches: the labour provider had failed to keep written terms for 11 of 30 workers and two workers had been paid a week late in October due to a payroll system change; both were subsequently paid in full with an apology. Accommodation provided by the labour user (a converted farmhouse) was inspected and found to be clean, with 2 workers per bedroom, working heating and a kitchen. All workers interviewed (with interpreters in Polish and Latvian) confirmed they hold their own identity documents and bank cards, choose their own shifts within the roster and are free to leave. One worker raised a complaint about the cost of the transport to the plant (£5/day, optional; several workers drive themselves). Recommendation: additional licence conditions; no referral to the MSHT team.""",
  "", "ct", "")
T("""Victim's account (Eritrean male, 17 at time of exploitation, now 19). Recorded by caseworker, his words:
'In Libya they put us in a warehouse, 300 people, no toilet. They took money from my family by phone, they beat me while my mother listened so she will pay. When I came to the UK I was 17. A man from my country in London said I can live with him and work in his restaurant. I cleaned and washed dishes from morning until night and he did not pay me because he said he gave me a bed. The bed was a mattress in the storeroom. He said that if I go to the social services they will send me back to Eritrea. I believed him because I did not know anything. After one year a customer helped me to go to a charity.'""",
  "PV AV WW AC IT EO", "swp foa", "L", "high")
T("""Police log - handover to early turn:
Re: Operation Harbour observation at 27 Saxon Way (suspected pop-up brothel). Between 20:00 and 02:00 observed 14 males attending for approx 20-30 mins each. Two females seen at upstairs window, both appeared to be in their 20s, East Asian. A male (IC1, 40s, later ID'd as Lee PARKER) attended twice with carrier bags (food?) and left each time after 10 mins. He locked the front door with a key from outside on leaving. No female has been seen leaving the address at any time over three nights. Landlord contacted - property let on a 2-week Airbnb booking to a 'Mr Chen'. Plan: welfare visit with interpreter (Mandarin) 10:00 today, supported by NGO.""",
  "RM", "rm", "S", "immediate")
T("""Letter received at station from a member of the public (handwritten, scanned):
Dear Sir/Madam, I am writing about my neighbour's son who is 16. I have known the family for years, they are good people. Since the summer he has been going away for days and coming back with money. His mother told me he has been 'working' in Hastings for friends of his cousin. On Sunday he came to my door asking to use my phone because his was taken. He had a mark on his neck like he had been choked. He told me he was 'in trouble' because he lost some things he was carrying for them and now they say he owes £1,500 and must 'go back out' to pay it. He was very frightened and said they know where he lives. I did not tell his mother as he asked me not to. I hope I have done the right thing writing to you. Yours faithfully, Mrs P.""",
  "AV PV DB IT", "pa", "C", "high")
T("""NHS safeguarding, renal transplant coordinator:
Potential donor for a living-donor kidney transplant attended pre-assessment today with the intended recipient (M, 55, UK citizen). Donor (M, 24) was presented as the recipient's 'nephew' from Pakistan. Through a hospital interpreter (family member sent out of the room), donor said he did not know the recipient before last month, that an agent in Lahore had arranged his visa and that he had been promised money 'when it is done' which would clear his father's debt. He says he was told in Pakistan that it was a job in a hospital. He does not have his passport; the recipient's son keeps it. Transplant halted; HTA and police informed.""",
  "DE AV RD", "dt", "O", "high")
T("""Press release summary (CPS):
A married couple from Manchester have been convicted of modern slavery offences after keeping a 19-year-old woman from Nigeria as their unpaid domestic servant for four years. The woman had been told she would come to England to study and help with the couple's children in exchange for her school fees. Instead, she was not enrolled in any school, was made to do all the cooking, cleaning and childcare from 5am, and was not allowed to leave the house alone. She slept on the kitchen floor. The couple told her that the police would imprison her because she had no visa. She escaped after a neighbour noticed her crying in the garden and called the police. The court heard she had been hit with a wooden spoon and a belt. Sentencing is next month.""",
  "DE WW EO RM AC IT PV AV", "swp foa rm lh", "D", "high")
T("""Report from Slovak community support group:
Three Roma families from the same village were brought to Sheffield by a man known as 'Big Jozef', who arranged their flights and a house. Jozef took the adults to the jobcentre and a bank, 'helped' them register, and kept their bank cards and PINs. Universal Credit and child benefit for all three families goes into accounts he controls. He gives each family £50 a week. The men work for his cousin's scrap business; they are not paid - Jozef says their wages go on the rent and the debt for flights, which keeps growing. The families live in one terraced house, 17 people including 9 children. One father who complained had his car tyres slashed and was told the same would happen to his face.""",
  "WW DB AC IT AV", "ncw oa mbc", "L C", "high")
T("my mate works in a brickyard, the boss took his passport 'to copy it' 3 months ago and never gave it back. mate doesnt wanna push it in case he gets sacked", "RD", "dt", "L")
T("That car wash lot are always outside in all weathers but theyre smiling and they go to the pub after, leave them alone!!", "", "", "")
T("Woman on the bus told her friend in English 'I can't go home, he has my papers'. She got off at the hospital stop. Just thought i should say", "RD", "dt", "")
T("they live in the factory. all of them. theres beds behind the machines", "", "swp", "")
T("I think my sister's husband is making her work in his shop 18 hours a day with no money of her own, she is not allowed to see us", "EO WW IS", "lh ncw iso", "L")
T("Boy in my son's class is sent out begging by his uncle every weekend", "AV", "", "C", "high")
T("2/C/P Albanian males at a property on Park Rd are said to be working in a cannabis grow. Nothing further.", "", "", "C")
T("Farmer wants advice - his workers asked to live on site in caravans and he's not sure what licence he needs. No concerns.", "", "", "")
T("Lad at takeaway has one carrier bag of stuff, thats all he owns, sleeps on the chairs after closing", "", "fpe swp", "")
T("Hi i want to report a scam call, someone said they were from HMRC and i owe tax. i didnt give details", "", "", "")
T("Worker at laundry was slapped by the owner in front of customers for being slow", "PV", "", "L")
T("Saw 2 lads carrying bin bags of laundry into the massage place at 6am and not leaving. Men arriving from 10", "", "", "")
T("My husband's employer (a haulage firm) paid him late this month and docked £50 for a scratch on the lorry. We are furious but he has another job offer anyway. Can they do that?",
  "", "", "")
T("Caller reports a man shouting 'help' from a van at traffic lights on the A6, hands against the window, van drove off. White Transit, ladder on roof.", "RM", "rm", "", "immediate")
T("The lady who runs the B&B near me has a Romanian girl doing all the rooms. They seem fine, the girl told me she's saving for uni and goes home at Christmas.", "", "", "")
T("my friend from college was sent to Turkey by her 'agent' for 'surgery' and came back with a scar on her side and no money. she wont talk about it", "DE", "pa", "O")
T("NCA intelligence (disseminated 2/B/P): UK-based facilitator brokering paid kidney transplants for UK patients at a private clinic abroad. Donors are recruited from refugee camps with promises of jobs in Europe, then told their passage must be paid with a kidney. At least one donor died after surgery.",
  "DE DB AV", "", "O", "high")
T("Police log: Reports of a man living in the garden shed of a property on Beech Ave. Owner explains he is her adult son who chose to live there after an argument. Son spoke to officers and confirmed. No offences.", "", "", "")
T("Call: woman in the chip shop queue told me she works at the kebab place round the corner for free because she owes the owner for a flight from Turkey. she works every day", "DB WW EO", "", "L")
T("Mum says her 13 yo son's older 'mate' has been giving him lifts and buying him food; today he came home with a phone that keeps ringing and said he has to 'take parcels' to Margate tomorrow or the man will 'do' his mum.", "AV IT", "", "C", "immediate")
T("Referral, Medaille Trust: F, 27, Thai. Recruited via a friend for 'massage in London, £3000/month'. Massage was a front; she had to provide sex. The 'mamasan' collected all payment; she received nothing for 6 months and was told she owed £25,000. She lived and worked in the same flat and was only allowed out with the mamasan. She is now in a safe house.",
  "DE WW DB RM", "swp rm et ncw", "S")
T("Complaint about a man selling counterfeit perfume at the market. no other concerns.", "", "", "")
T("I used to clean for a Saudi family in Mayfair. Madam hit me with her shoe and the driver watched the door so I could not go out. I ran away when we went to Harrods.", "PV RM", "rm", "D")
T("Worker inside the laundrette told me they took his phone and he has no one to call", "IS", "iso", "L")
T("the man in the corner shop said the boy helping him is his nephew from Afghanistan, he's 12, works till 11pm every night and doesnt go to school", "AV EO", "lh", "L", "high")
T("Report from a driving instructor: pupil (Polish, 30) said the agency she worked for charged her £300 for the job and took her passport. She left and her new employer is great, she got her passport back by going to the police. Passing on because other women are still there.",
  "RD", "uf dt", "L")
T("I'm a student from Nigeria, my landlord is charging me too much and keeps coming into my room without telling me. Is that harassment?", "", "", "")
T("Vet called: at a smallholding near Ashby a man was living in the pig shed. Owner said he is a 'worker from Latvia' who works for his keep. Man looked very thin, had no shoes and no belongings except a blanket. He did not speak.", "AC WW", "swp pa fpe plc", "L", "high")
T("Charity outreach (street homeless team): Rough sleeper (Polish, 45) says he used to work for a man called 'Kuba' on building sites for 2 years for food and a bed in a garage. Kuba took his ID card. He left when Kuba broke his wrist with a hammer. Now in hostel, ID still with Kuba.",
  "AV WW RD PV AC", "dt plc", "L")
T("CCTV operator: 4am, minibus drops 10 people at the industrial unit, same every morning. No idea what the unit is. Might be nothing - early shift?", "", "cedl", "")
T("Our new tenant asked if she could keep her passport in our safe as she's worried about burglars. We said yes, she can have it back anytime. Is that ok legally?", "", "", "")
T("The Chinese lady who cleans the office building at night told me the cleaning company holds her passport and pays her 'in China'. She's there 6pm-6am every night. She has no one here.",
  "RD WW EO IS", "dt lh ncw iso", "L")
T("ATM in Spar on Queen St: same man withdrawing from 8 different cards every Friday night. Saw him again tonight. Possibly taking wages off someone?", "", "mbc", "")
T("2/B/P Subject Petru MIHAI arranging sham marriages between Romanian females and Pakistani males for immigration purposes. Females reportedly told they would be 'paid well' but receive nothing and are kept in a house in Bradford until the wedding.", "DE RM", "rm", "", "high")
T("I'm writing about myself. I came on a student visa and worked more hours than allowed at a restaurant. Now I'm scared of the Home Office. The employer was fine, paid me properly. I just want advice on my visa.", "", "", "")
# ---- part 4 ----
T("""101 call - caller is a landlord (lets 3 houses on Ashfield Rd).
He went to do a gas safety check at no. 31, which he let 8 months ago to a 'Mr Popescu' for himself and his wife. He found 19 men living there: bunk beds in every room including the kitchen, mattresses in the loft, one toilet working. The men were polite but nervous; one man who spoke English said they all work at a meat plant through an agency and Mr Popescu drives them there at 5am and collects them at 7pm. He said Mr Popescu takes £100 a week from each man for the bed and £10 a day for the van, taken straight out of their pay, and that he also holds 'all the passports so nobody runs with the debt'. While the landlord was there a man arrived (believed Popescu) and told the men in Romanian to go to their rooms; they did so immediately. Landlord left and rang us from the car. He is concerned the men will be moved before he can evict.""",
  "AC RD DB", "oa plc cedl et ct dt sfw", "L", "high")
T("""Report via online form - category 'Other':
I own a barbers and one of my customers, a quiet Kurdish lad about 20, came in today for a trim and I noticed his hands were covered in burns and his fingernails were black. I asked him about it, he said he works at a car wash and they use acid cleaner with no gloves. He said he works every day from 8 till 8, sleeps in a room behind the car wash with five others and that the owner gives them £150 a week. He said he doesn't mind the hours, he wants to send money home, and he can leave if he wants but there's no other work for him without papers. I gave him some cream. I don't know if this is slavery or just a rubbish job but those burns were bad and I thought someone should know.""",
  "AC EO", "pa lh swp oa", "L")
T("""Caseworker note (Kalayaan), follow-up call:
Ms R (Filipina, 41) left her employers' home in St John's Wood last Tuesday. She had been with them for 6 years, 3 in Dubai and 3 in London. She describes working from 6am to after midnight, looking after four children and an elderly grandmother, with one afternoon off a month which was often cancelled. She was paid £250 a month, in cash, when the employer remembered. Her passport was kept by the employer 'for safety' and she was told that if she ever left, she would be arrested for being in the UK without her employer. She was not allowed to use her phone in front of the family and could only call home on Sundays from the garden. Ms R says madam never hit her but would pull her hair and call her an animal. She has asked for help to renew her visa and find work with another family.""",
  "EO WW RD IT IS PV", "lh dt foa", "D", "high")
T("""Police log, late turn: attended reported 'domestic' at Flat 2, Kingsway. Occupants: male (29, Polish) and female (27, Polish), partners. Neighbour heard shouting. Both parties stated an argument over money; no injuries, no allegations. Both work at the same warehouse, have their own bank accounts and documents. Female spoken to alone: states she is not afraid, not controlled, and has family nearby. DASH: standard. No further action; advice given.""",
  "", "", "")
T("""Email to the modern slavery team from a Church of England vicar:
For the last year a group of men from Eastern Europe have come to our community breakfast on Saturdays. They told me they work on a chicken farm and that their boss (they call him 'the Director') drives them. I had assumed they were fine until last week. One of them, Pavel, asked to speak privately and told me he has been here three years and has never been paid properly - the Director 'keeps the money for the house and the debt', and the debt is now bigger than when he arrived. He says the men are not locked in but the Director has their passports and tells them that the police here will put them in prison because they work 'black'. Pavel cannot read or write. He showed me marks on his back which he said came from a belt. He has asked me not to give his name unless he is safe.""",
  "WW DB RD IT PV AV", "dt foa pa", "L", "high")
T("""School nurse - record of concern:
Pupil B (male, 13, Year 8) seen for recurrent headaches. Appears tired and underweight. B said he gets up at 4.30 every morning to help his stepfather with a paper round and then cleans the family's restaurant before school and after school until 11pm. He says he gets 'nothing' and that when he said he was tired his stepfather told him he would 'send him back' to his grandmother in Bangladesh, which frightens him. B says his older brother does the same. B is not allowed to go to after-school clubs. Referred to children's services.""",
  "AV EO WW IT", "lh pa", "L", "high")
T("""Witness statement (extract), hotel receptionist:
'Room 108 was booked for three nights by a woman I now know as Dana. A young woman with her, who I later learned was called Mirela, never came down to reception; Dana collected the key each time. On the second night I took towels up and the door was opened by Mirela, who looked very young and had a bruise on her cheekbone. She whispered in English "she has my passport, please". Then Dana came out of the bathroom and shut the door in my face. During the night I counted nine different men going up to the room. I informed my manager who called the police at 02:15.'""",
  "RD PV", "dt pa", "S", "immediate")
T("""Intelligence report 2/B/P
A man called 'Mo' operating out of a barbershop in Wolverhampton is believed to be running a 'bank account rental' scheme. INT suggests that students and young men (some 16-17 years old) are approached on Instagram with offers of £500 to 'let a friend use' their bank account. Once recruited, they are told that they will be 'in trouble' with the police for fraud if they do not continue, and one 16-year-old was shown a video of a boy being beaten in a car park and told 'that's what happens'. Accounts are used to move proceeds of fraud. Mo keeps the victims' bank cards and PINs.""",
  "DE AV IT", "ncw mbc", "C", "high")
T("""Customer complaint forwarded by Trading Standards:
'I visited the nail bar at 12 Market Row on Saturday. I want to complain about hygiene. The technician didn't sterilise the tools, the foot spa was dirty and there were cigarette ends by the back door. The staff were friendly enough. I got an infection on my toe and my GP has given me antibiotics. I'd like them to be inspected.'
TS note: hygiene complaint only; no exploitation concerns raised.""",
  "", "", "")
T("""Interpreter-assisted debrief, Vietnamese male, 15:
He says his family paid a man in Nghe An province to send him to England for 'restaurant work', and that his family still owes the man. He says he travelled through Russia and France and was put in the back of a lorry. In England he was taken by car to a house and told to water plants and watch the lights. He says there were two of them, him and another boy, and they were not allowed out, the door was always locked and the windows were covered. A man came once a week with rice and noodles. He says the man told them that if police came they must run, and that if they were caught their families would have to pay double. He says he felt sick all the time from the smell and the heat. He does not know which city he was in.""",
  "AV DE DB RM IT AC IS", "rm", "C", "high")
T("""Online report, Facebook-style:
OMG cant believe no one is doing anything about the car wash on Lime St!!!!! Ive been told by my mates boyfriend that they dont pay the workers and they have to live there and if they try and leave the boss beats them up. I havent seen anything myself but everyone knows. Shut them down!!!""",
  "WW PV", "swp", "L")
T("""Council Environmental Health visit to takeaway (food hygiene, routine):
Rating 2. Kitchen in poor condition. Two staff present, both over 18, both live with families locally and work set shifts; the owner produced payroll records. Inspector noted a folding bed in the dry store; owner explained it belonged to his son who naps between shifts. No indication anyone lives on site. No referral.""",
  "", "", "")
T("""Probation (women's service) note:
Client (F, 22, British) on licence for shoplifting. She has disclosed that the thefts were organised by her ex-partner's brother, who drove her and two other women to shopping centres and told them what to steal. He kept all the goods and sold them. She says she was given heroin 'for free' at first and then told she owed £2,000 for it, and that she had to go out stealing to pay it off. When she said she wanted to stop, he threatened to tell her mum about the drugs and hit her with his car keys. She says the other women are still doing it.""",
  "AV DB IT PV", "et", "C", "high")
T("""Report from the harbour master:
Following up on the complaint about the trawler 'Ocean Pearl'. I went aboard with the skipper's permission. The crew of 6 (4 Filipino, 2 Ghanaian) are on transit visas. They showed me their contracts and recent pay transfers to their own bank accounts. They said they get 12 hours' rest and go ashore in port. One complained about the food. No sign of anything more serious. Passports were in the crew's own lockers.""",
  "", "", "")
T("""Debrief account, male, 31, Indian (Punjab), told in his words:
'My uncle's friend in Birmingham said he has a construction business and will sponsor me. I sold my mother's gold and paid him 12 lakh. When I arrived in 2023 he gave me a room in a house with 9 men. He said the job will start soon, but first I must help in his cash-and-carry. I worked there 7am to 10pm. He paid nothing, he said my sponsorship fee was not complete. He keeps my BRP in his office. When I asked to call my family he said my phone bill is too much and took my SIM. He said if I go to the Gurdwara and tell people he will report me to Home Office as a runaway. I left with help from a man at the Gurdwara.'""",
  "DE DB WW EO RD IS IT AC", "uf oa lh dt iso foa", "L", "high")
T("""Police log, CID: Burglary at 4 Poplar Drive. Entry via rear window, jewellery and two laptops stolen. Victim (householder) reports that her Polish cleaner, who has a key, was away in Krakow at the time. Cleaner not a suspect. Enquiries ongoing.""",
  "", "", "")
T("""Letter from an MP's office forwarding a constituent's concern:
'My constituent runs a small poultry farm and employs eight seasonal workers through the Seasonal Worker Scheme. She wishes to report that one worker, Mr A, told her that before coming to the UK he paid a broker in his home country £3,500 in 'fees' and that he will have to send most of his wages home for the next year to repay a loan. My constituent pays Mr A directly, in full, into his own account, and houses him in a caravan of good standard. She asks whether there is anything she should do.'""",
  "", "uf", "")
T("""Public report:
Hi. I'm a bus driver. Every morning around 5.15 a group of about 8 women, I'd say Chinese or Vietnamese, get on at the stop by the Sainsbury's car park with an older man who pays for all of them. They go to the industrial estate. He always sits by the door. When I said good morning to one of them he told me 'they don't speak English'. They look exhausted. On the way back at about 11pm it's the same group. I don't know what they're doing but something's not right.""",
  "", "cedl et sfw", "L")
T("""A&E (paediatric) safeguarding form:
Child C (female, 16) brought in by ambulance at 03:20 after being found unconscious in a stairwell. Toxicology: alcohol and ketamine. Has 2 phones, £340 in cash, and a hotel key card. Injuries: bruising to wrists and inner thighs. On waking, said she had been at a 'party' with 'Jay' and 'his mates' and that she 'has to go back' because she owes Jay. Jay has rung the ward twice asking for her. Police attended, strategy meeting convened.""",
  "AV PV DB", "pa", "S", "immediate")
T("my old employer at the pizza shop owes me 2 weeks pay, i left in march, he says he'll pay when business picks up. i have my own bank account and i'm working elsewhere now", "", "", "")
T("theres a man at the farm gate every day making sure none of the pickers go down the village", "RM", "rm", "L")
T("she said shes not allowed to talk to customers or the boss docks her wage", "IT", "", "L")
T("boss took the lads phones 'so they concentrate'", "IS", "iso", "L")
T("8 bank cards all in different names in the car we stopped, driver says they're his workers'", "", "mbc ncw", "")
T("i think the massage place is a brothel but the girls drive their own cars and come and go", "", "", "")
T("Romanian girl at hotel says her 'friend' keeps her wages 'to save them for her'", "WW", "ncw", "L")
T("he says they told him he'd be a chef but he just washes cars", "DE", "", "L")
T("Police stop: 3 Vietnamese teens in car with no ID, driver says they're 'family'", "", "", "", "high")
T("The nail bar workers all wear masks - is that because they're hiding something? Or just chemicals?", "", "", "")
T("My neighbour has a Ukrainian family staying under Homes for Ukraine, they're lovely and both work at the hospital. nothing to report, just wanted to say how good it's been", "", "", "")
T("Agency nurse (Zimbabwean) complains that her employer deducted £2,000 for 'visa costs' when she resigned. She has her passport and left. HR dispute only.", "", "", "")
T("CALLER STATES HER SON 17 IS BEING HELD IN A FLAT IN LUTON BY MEN HE OWES MONEY TO, THEY SENT HER A PHOTO OF HIM WITH A BLOODY NOSE, DEMANDING £3000 BY TONIGHT OR 'HE WONT COME HOME'", "AV RM PV IT DB", "pa rm", "C", "immediate")
T("Parent report: daughter (17) got a 'job' through TikTok as a 'hostess' at a bar in Manchester, the man said it was serving drinks, now she's being told to 'go with' customers. She's texting us scared, says they have her phone most of the time.", "AV DE IS", "iso", "S", "high")
T("Bank alert: 72-yr-old customer's pension withdrawn in full each week by a younger male who accompanies her to the branch and does all the talking. Customer appeared frightened.", "", "ncw sfw", "")
T("Worker at the fruit farm: 'They say we can leave but we must pay the flight first, and every week the debt is the same because of the caravan rent.'", "DB", "", "L")
T("Anonymous: the men at the tyre shop on Canal St sleep on the floor of the workshop and never get a day off. The boss is very aggressive, I saw him kick one of them.", "AC EO PV", "swp lh", "L")
T("Care home manager: reports a former employee of a rival home who says she was told she'd be working as a senior carer but was used as a cleaner for the owner's house 6 days a week, with no pay beyond 'board'.", "DE WW EO", "", "D")
T("Referral from a women's charity: Ms F (Bangladeshi, 30) was married in Sylhet and brought to the UK. She has been made to do all the housework for her husband's extended family (11 people) and work unpaid in the family's sari shop. She is not allowed to leave the house alone, has no access to money, and her passport is held by her father-in-law. Her husband hits her.",
  "EO WW RM RD PV AV", "ncw rm dt", "D L", "high")
T("Neighbour states 'there's definitely something weird going on next door, all the curtains are always closed and the electric meter is spinning'. Possible cannabis grow? No people seen.", "", "", "")
T("Man came into the mosque looking for work, said his boss at the car wash threw him out without his passport and now he has nothing", "RD", "dt fpe", "L")
T("Farm worker injured by tractor - HSE informed. He is employed directly, has a contract, lives in his own house. Accident only.", "", "", "")
T("Taxi firm owner: one of my drivers keeps taking jobs from an address where 'the girls' go to different hotels, always with an older woman paying cash. I've told him to stop taking them. Probably escorts.", "", "et", "S")
T("Hi, this is about my brother in law. He is in Romania, he worked in England for a year on a farm and came home with nothing. He says the 'boss' took their cards at the start and gave them cash for cigarettes. He's too ashamed to tell the police himself.", "WW", "ncw", "L")
T("Street Pastors note: Young woman (approx 18-19) in the town centre at 3am, very drunk, said she had been 'sent out' by her boyfriend to 'earn' and was scared to go home with less than £200.", "", "", "S")
T("Local paper report: Travellers site owner jailed for keeping vulnerable men as unpaid labourers for up to 15 years. The men, some with learning difficulties and alcohol problems, lived in horse boxes and caravans without water and were made to lay tarmac for up to 18 hours a day. They were paid in tobacco and were beaten if they tried to leave.",
  "AV WW AC EO PV", "plc lh", "L", "high")
T("I am a Nigerian student. A lady from my church said she will get me a nanny job in London. I went, it was fine, I have my own room and they pay me weekly. I was scared it was a trick because of what my friend told me but it's good.", "", "", "")
T("Vulnerable adult (learning disability) told his day centre that his 'friends' make him deliver packages on his bike and he gets a McDonalds. He says they have his flat keys.", "AV", "", "C")
T("Call 999: woman says she's in a car boot after being grabbed from outside her work, doesn't know where she's going, call cut off", "PV RM", "rm", "", "immediate")
T("I've just seen on the news about a slavery ring at a car wash in our town, is the one on Derby Rd involved? I've been taking my car there. It looks fine to me.", "", "", "")
T("Support worker: client (Albanian, 24) says a man who paid for his boat crossing now wants him to 'work off' £15,000 in a cannabis house; client has refused and the man has threatened to kill his brother in Albania. Client is staying in a hotel for asylum seekers.", "DB IT", "", "C", "high")
T("The new restaurant in town hired lots of Indian staff, they live together in a flat the boss pays for. I've chatted to them - they have days off, they play cricket in the park on Sundays. Just so you know in case someone reports them.", "", "", "")
T("Reported by a nail salon customer: a Vietnamese worker (she says she's 19) sleeps on the massage chairs in the salon and washes in the sink, owner told customer she's 'family'. The worker has a couple of bags of clothes under the counter, that's all.", "AC", "swp fpe plc", "L")
T("Whistleblower, packhouse: team leader sells shifts. Workers who pay £20 get work that week, others get sent home. Those who complain get no shifts. Most are Bulgarian and Romanian.", "WW IT", "", "L")
T("Mother says her 19 yo son with autism is being 'used' by local lads who get him to hold drugs in his flat and take his money. He thinks they're his friends.", "AV", "ncw", "C")
T("woman in the launderette was crying, said her husband made her come from India to look after his parents and she's not allowed to phone her mum. she has to cook and clean all day.", "IS EO", "iso", "D")
T("Council housing officer: tenant of a 1-bed flat has 6 adults living there, all Sudanese, they told me they're cousins who can't find housing. No work mentioned. Overcrowding notice issued.", "", "oa", "")
T("2/B/P INT: 'Uncle Tim' collects cash from several women working in flats in Cardiff Bay advertised on AdultWork; women believed to be Chinese nationals moved in on 2-week rotations. One woman reportedly told a punter she had 'no days off for 3 months'.", "EO WW", "lh ncw", "S")
T("My friend went to work on a farm in Scotland and the boss keeps their passports 'in case of inspectors' but they can have them if they ask. She says she's never asked.", "RD", "dt", "L")
T("Young man told staff at the food bank that he owes his landlord-employer £4,000 for 'flights and visa' and that the amount goes up each month because of interest. He works in his landlord's car wash 70 hours a week.", "DB EO", "lh", "L")
# ---- part 5 ----
T("they charge the lads £40 for wellies and gloves then £5 a day for the minibus to the field, whats left is nothing", "WW", "ppe ct", "L")
T("Agency told me I must buy the company hi-vis and boots from them for £85. I did and I'm still working there, pay is fine otherwise. Is that normal?", "", "ppe", "")
T("""Debrief note (Salvation Army, first responder), Polish male, 58:
He was recruited at a bus stop in Poznan by a man offering warehouse work in England with a room and £9 an hour. On arrival the man took his ID card 'to register at the agency' and he never saw it again. He was placed in a house in Kettering with 14 men, sleeping two to a mattress. The agency paid his wages into an account in his name but the man kept the bank card; he received £20 a week. He was charged for the 'bus' to work and for 'safety shoes'. He says he worked 6 days a week, 12-hour shifts. When he asked to go home, he was told he owed £1,800 and would not leave until it was paid. He was found by police during a welfare check at the house.""",
  "DE RD WW DB EO AC", "dt oa ncw ct ppe lh", "L", "high")
T("Report: i seen the boss at the car wash pushing one of the workers up against the wall and screaming at him. its the one next to the kfc", "PV", "", "L")
T("Caller: 'my cleaner from Brazil told me her previous family in Chelsea locked her in the flat when they went on holiday, with food for a week, so she wouldn't meet anyone.' She is now with the caller and safe.", "RM IS", "rm iso", "D")
T("Concern raised by a beautician trainer: a student in her class (Vietnamese, says she is 17) is always dropped off and picked up by a man who pays her fees and takes her certificate. She says she is going to work in his salon to 'pay back' the course.", "AV DB RD", "et dt", "L", "high")
T("Two lads arrested for shoplifting at Boots, both local, 19 and 20, known shoplifters. No indication of exploitation, they admit it's for their own drug habit.", "", "", "")
T("I want to complain about a man who keeps sending me job offers on WhatsApp for 'data entry' asking me to pay £50 first. Spam probably.", "", "uf", "")
T("Housing association: one of our tenants, a young mum, says a man she met online has been staying and is making her 'hold' money in her account for him and take cash out. She says she's scared to say no because he's 'got people'.", "IT", "", "C")
T("""Online report, all caps:
THE MAN AT NUMBER 6 HAS 3 WOMEN LIVING IN HIS GARAGE AND THEY CLEAN HOUSES FOR HIM. HE DRIVES THEM ROUND IN THE MORNING AND BRINGS THEM BACK AT NIGHT. I HEARD ONE OF THEM SAY SHE HASNT BEEN PAID FOR MONTHS. HE SHOUTS AT THEM IN A FOREIGN LANGUAGE. I'VE SEEN ONE OF THEM WITH A BANDAGE ON HER HEAD. I AM SICK OF REPORTING THINGS AND NOTHING HAPPENING""",
  "AC WW", "et cedl plc pa", "L")
T("Fraud team: elderly man reported his grandson's friend used his ID to apply for loans. Not slavery - ID fraud only.", "", "", "")
T("2/B/P INT suggests female 'Kiki' (approx 20, Hungarian) is being moved between Travelodges in the M1 corridor by two males who keep her phone and only let her use it to answer clients. She has been seen with injuries to her face.", "IS RM PV", "iso rm et pa", "S", "high")
T("Rural officer: checked caravans at fruit farm after an anonymous tip. 40 pickers on the Seasonal Worker visa. Clean caravans, 4 per caravan, contracts in own language, paid weekly to own accounts, managers accessible, welfare officer on site. Anonymous tip not substantiated.", "", "", "")
T("A woman from my English class says the family she works for don't let her have a key and she can't go out when they're away. She says they give her £100 a month and keep the rest for her 'savings'. She's been with them since 2021.", "RM WW", "rm ncw", "D")
T("Lorry driver (Border Force, Dover): found 4 males in the trailer, Eritrean, told officers they paid a man in Calais £2,000 each. No indication of exploitation in UK; asylum claims.", "", "", "")

# ---- output ----
def auto_risk(ind, typ):
    if "physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 or \
       ("intimidation_threats" in ind and "restriction_of_movement" in ind):
        return "high"
    if ind or typ:
        return "medium"
    return "low"

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh140.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(E, 1):
            ind = [IND[c] for c in ind]
            sig = [SIG[c] for c in sig]
            typ = [TYP[c] for c in typ]
            r = auto_risk(ind, typ)
            if risk and RANK.index(risk) > RANK.index(r):
                r = risk
            if risk == "medium" and r == "high" and not ind:
                r = risk
            f.write(json.dumps({"id": "f140-%03d" % i, "text": text.strip(), "indicators": ind, "signs": sig,
                                "exploitation": typ, "risk": r}, ensure_ascii=False) + "\n")
    print(out, len(E))

if __name__ == "__main__":
    main()
