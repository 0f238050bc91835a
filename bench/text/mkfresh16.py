#!/usr/bin/env python3
"""Build bench/text/fresh16.jsonl from hand-written texts and hand-written labels.

Each record below is the text (one or more lines, kept as written) followed by a
label line:  @ INDICATORS / SIGNS / TYPES / RISK   (short codes, expanded by the maps).
Nothing is generated from slots: every text is written by hand.
"""
import json, os, sys

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "saw": "sleeps_at_workplace",
       "fpe": "few_personal_effects", "rm": "restricted_movement",
       "ced": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "ncw": "no_control_of_wages", "sfw": "speaks_for_workers", "mbc": "multiple_bank_cards"}
TYP = {"lab": "labour", "sex": "sexual", "crim": "criminal", "dom": "domestic_servitude",
       "org": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

PARTS = []
PARTS.append(r'''
INT 2/B/P. Hand car wash, Station Rd lay-by. Approx 6 males, Romanian. POI Marius DOBRE collects all wages Fri and hands each male £30. Workers live in static caravan at rear of site, no running water, one gas heater.
@ WW AC / ncw plc saw / lab / m

Car wash on the ring road is always busy but the lads there are paid through payroll, have their own cars and go home at 6. Manager showed payslips on request. No concerns identified.
@ / / / l

hi i want to report the nail shop on high st the girls there look about 15 and they are there 9am till 9pm every day even sundays, a man drops them off in a silver van and picks them up after. they never speak
@ AV EO / lh ced et / lab / h

Caller states his neighbour's house (3-bed semi) has at least 12 men going in and out at 5am, mattresses visible through the front window, bins overflowing. Believes they work at the chicken factory. Van collects them.
@ / oa plc ced / / l

Victim debrief (interpreter present). She says that she answered an advert in Lagos for a hair salon job in Manchester and the woman who paid the flight said the salary was £1,200 a month. When she arrived she was taken to a flat and told the salon did not exist and she would have to see men to pay back £35,000. She says she refused at first and was slapped and told that juju had been sworn in her name and her mother would fall sick.
@ DE DB PV IT / / sex / h

School safeguarding referral: Year 9 pupil (14) has new trainers, two phones and has been missing from home three nights this month. Found at a train station in Norfolk with £400 cash and wraps. Older male known as "Tank" messages him constantly.
@ AV / / crim / h

My landlord is a nightmare, the flat has black mould in the bathroom and the boiler has been broken since October. I pay £750 a month and have reported it to the council. Not connected to my job, I work at Tesco.
@ / / / l

OIC handover: IP (Slovak, 34, mild learning disability) recruited outside a Kosice shelter by ex-neighbour, brought to Peterborough. Works at packhouse via agency, but agency pays into account opened in his name - the card and PIN are held by the ex-neighbour, IP gets "£10 for cigarettes". Still living at 14 Fenland Rd with 9 others.
@ AV WW / ncw oa / lab / m

GLAA inspection, labour provider ref 4471: licence holder charging workers £45 for hi-vis and boots deducted from first pay; also £10 per day minibus. Workers confirmed they are otherwise paid NMW into their own accounts and are free to leave. Licence conditions added.
@ / ppe ct / / l

Anonymous: a woman is cleaning and cooking for a family at no. 7 Kingsway, she is never seen outside on her own, the wife takes her passport everywhere she goes. She sleeps in the utility room.
@ RD RM AC / dt rm saw plc / dom / h

A&E note: male, approx 40, Vietnamese, attended with burns to both hands and forearms. Friend (who did all the talking) said it was cooking oil. Pattern consistent with chemical contact. Pt appeared frightened and left before treatment completed when friend took a call.
@ / pa sfw / / l

Lad at the takeaway told me he hasnt been paid for 3 months, boss keeps saying next week next week. he sleeps above the shop on a camp bed and works every day from 11 till 2 in the morning. he's from india, boss says if he complains he will call immigration on him
@ WW AC EO IT AV / saw lh foa / lab / h

Bank alert (Fin Crime Ops): 17 personal accounts opened at branches in Bradford over 6 weeks, all Romanian nationals, same mobile number and same correspondence address. Debit cards used consecutively at one ATM on Thursdays. Salary credits from Northern Foods Ltd via two agencies.
@ / mbc / / l

Student at the university reported her passport lost on a night out. Embassy appointment arranged, no third party involved. Not MSHT.
@ / / / l

Intel 3/C/C (do not share with employer): male known as "Uncle Ron" supplies Filipino carers to small private care homes in the area. Carers reportedly paid £3,000 "placement fee" in Manila and arrived to find the job was night shifts with no sleep, 84 hours a week, and the promised Tier 2 visa sponsorship was a visitor visa.
@ DE EO / uf lh / lab / m

Housing officer: tenant of Flat 2 lives with his brother and his brother's wife and their 3 kids in a 2-bed, it's cramped but it's family, they all work normal jobs and are on the waiting list for a bigger place.
@ / / / l

Debrief (translated): "On the boat to England I was told it was £12,000 and I would work in the nails to pay. Every week she tells me how much is left but it goes up because of the rent and the food. After one year she says I still owe £9,000."
@ DB / / lab / m

Crimestoppers: Albanian males running a cannabis farm at 33 Orchard Way, windows covered in foil, a young boy about 16 is left inside and someone brings food twice a week. The door is padlocked from outside.
@ AV RM AC / rm / crim / i

101: female caller reports ex-partner has been sending abusive messages and turned up at her work. Domestic abuse, DASH completed, no work or sexual exploitation disclosed.
@ / / / l

Farm worker (Bulgarian) told the GLAA the work was hard and the pay lower than his last season in Spain - piece rate, about £9.50 an hour averaged. He has his own passport and bank card and lives in a caravan with one other man. He says he will not come back next year.
@ / / / l

Council licensing: massage parlour at 2A Wharf St. Three women present, none had keys. One, Thai, appeared around 50 and said she "lives upstairs". Bedroom had four mattresses on the floor and a rice cooker. Manager answered all questions for the women and said they were "friends visiting".
@ / saw oa plc sfw / / l

Her uncle brought her from Pakistan at 16 and said she would go to college. Instead she looked after his 5 children, cooked and cleaned from 6am till midnight and was never allowed to go to the doctor. When she asked about college he said she had brought shame and nobody would believe her.
@ AV DE EO AC / lh / dom / h

POI TRAN Van Minh (DOB 02/03/1988) arrested at cannabis grow, 12 Beech Ave. Claims he was brought to UK in lorry, owes "the boss" money for the journey, cannot say how much. States he has not been outside in 4 months, food brought in. No phone. Doesn't know which town he is in.
@ DB RM IS / rm iso / crim / h

Referral from BAWSO: Eritrean woman, 23, now 8 months pregnant. Says she was raped repeatedly by the men who held her in a warehouse in Libya. In the UK she is living with a friend and is supported by the Home Office. No exploitation in UK reported.
@ PV / / sex / h
''')
PARTS.append(r'''
Salvation Army caseworker note: client (Polish, 52, alcohol dependent) says the family who found him at the soup kitchen in Leeds gave him vodka every night and drove him to block paving jobs. He was told his wages were "saved for him" but he never saw any of it. Slept in a garden shed with no light. They said if he went to the police he would be deported, which is not true as he has settled status.
@ AV WW AC IT / ncw plc / lab / h

Kidney transplant list patient, 61, asked GP whether he could "buy one abroad" after seeing an online advert. GP advised against, discussed risks. No evidence of any transaction or donor. Info only.
@ / / / l

Intel 2/C/P: subject OKAFOR, Chidi, arranges travel for young Nigerian men to UK, telling families they will be footballers with a trial at a League Two club. On arrival the men are sent to sell counterfeit goods and DVDs in markets. Their passports are "looked after" by OKAFOR.
@ DE RD / dt / crim / m

omg the car wash by the big asda, the boys there have no gloves and are using that acid wheel cleaner with bare hands, one had his hands all red raw and peeling. they sleep in the portacabin. no one speaks english except the boss
@ AC / pa saw / lab / m

Midwife note: 19yo booked at 28 weeks, attended with "husband" aged about 40 who refused to leave the room and answered every question. She doesn't know her own address. Husband holds her Home Office letter and her phone. When alone for 2 min she said she cannot go out without him.
@ RM IS RD / sfw rm iso dt / / h

Lorry driver reported to Border Force that he found two men in the trailer at Dover. Both Sudanese, cold and dehydrated, paid a smuggler in Calais. Both claiming asylum. No indicators of onward exploitation at this time.
@ / / / l

Victim account, 1st person: "I came for a job in a hotel in London, the man in Bucharest showed me photos of the hotel. But they take me to a house in Luton and I must work in a kitchen of a restaurant for 16 hours a day, no day off, and the money they give to Florin. I am sleeping on the floor with 5 other men in one room."
@ DE EO WW AC / lh ncw oa plc / lab / h

Probation note: service user (24) disclosed his dealer "owns" him since he lost a package worth £2k when robbed. He has to do runs to the coast every weekend until the debt is cleared, but the amount keeps changing. Was shown a video of a lad being stabbed and told "that's what happens".
@ DB IT / / crim / m


Intel 1/A/P: VRM KY19 XTF seen collecting 7 females from Cheetham Hill at 05:10 and dropping at vegetable packhouse; returns them 21:30. Females each pay driver £8 per day. Driver, believed to be the gangmaster's son, hands out their wage envelopes then takes them back at the house.
@ WW EO / ced ct et lh ncw / lab / m

Police note: a 17-year-old girl reported missing from care, located in a hotel in Leicester with two adult males, cannabis and alcohol in the room. Adverts found on her phone offering "sweet young girl". Males arrested.
@ AV / / sex / i

Spent 3 years with this family in Knightsbridge as a nanny. Paid £500 a month cash, every day off I wanted I got, own room with ensuite. Left on good terms. I am only writing because the agency asked for a reference review.
@ / / / l

Had a woman come to the foodbank today who I think is being used. She works in a laundry, says she gets "£20 a week pocket money, the rest goes to my aunty for the house". The aunty is the owner's sister. She asked me not to tell anyone.
@ WW / ncw / lab / m

Debrief summary: IP (Albanian, 19) recruited by a "boyfriend" on Instagram who promised to marry him—sorry, her—in London. On arrival she was taken to flats in Birmingham and sold for sex, 10-15 men a day. Boyfriend has photos of her and says he will send them to her father.
@ DE IT / / sex / h

Construction site (Ilford), GLAA/police joint visit: 11 workers, none could name their employer. Two said their ID cards were "with the office". Workers sleep in the part-built upper floor on pallets, portable toilet only. Foreman "Bogdan" translated for all of them and would not allow officers to speak to workers alone.
@ RD AC / dt saw plc sfw / lab / m

Reg. homeless man, 45, told outreach he was offered a roof and "a bit of cash" for helping a man on his market stall. He goes home at night, was paid £60 a day cash, stopped when he found a hostel place. Outreach see no exploitation.
@ / / / l

INT: Vietnamese females in nail bar 'Glamour Nails' Unit 4. INT suggests they arrive at 08:00 by people carrier and leave 22:00. All live at 19 Grove Lane. Nom NGUYEN Thi Lan, owner, believed to pay them nothing and send "a little" to families in Nghe An.
@ WW EO / et ced lh ncw / lab / m

Grandma (79) found to be giving her pension to her grandson each week who pays for her shopping. Social worker satisfied arrangement is agreed and she manages her own account. No concern.
@ / / / l

GP letter: patient (Indian national, 31) presented with severe back pain, says he works in the sweatshop on Commercial Rd, 7 days a week, lifting rolls of fabric. Declined sick note because "boss will not pay if I miss a day and I still owe for my visa". Lives in a room in the factory.
@ EO DB AC / lh saw / lab / h

Caller to Modern Slavery Helpline: my sister's boyfriend has her working in his cousin's restaurant, she doesn't get paid, he takes her phone away when she's at home and she's not allowed to see us anymore. She is 20 and has Down's syndrome.
@ AV WW IS / iso ncw / lab / h

99 call: male screaming for help from a flat above a shop, says he is locked in and the men will come back tonight to kill him. Speaks limited English, says "work, no money, they beat".
@ RM IT PV WW / rm / lab / i

A housemate wrote: the landlord is an absolute joke, there is a rat in the kitchen and he keeps ignoring texts about the damp. I chose this place because it's cheap and close to uni.
@ / / / l

Eilidh, 15, told school nurse her 'pal' Jordan (22) gives her vodka and takes her to parties where she is expected to 'be nice' to his mates. She says she owes him for the phone he bought her.
@ AV DB / / sex / h
''')
PARTS.append(r'''
Agency worker at a warehouse in Daventry complained to ACAS that his holiday pay was wrong for two months. Agency corrected it after he raised a grievance. He is paid weekly into his own account.
@ / / / l

Sightings log 14/11: 3 x males Vietnamese leaving 41 Hatfield Rd at 06:40 on foot with rucksacks, return 19:00. Neighbours report no issues. Property rented through letting agent in name of one of the males, who works in a nail bar he part-owns. NFA.
@ / / / l

Debrief note — IP states "I thought I was coming to study English. The agent in Ho Chi Minh said the school was paid. There was no school. They put me in a house with plants and told me to water them and never open the curtains." IP was 16 at the time.
@ AV DE / / crim / h

they made us work in the fields in the rain with no toilet, we had to go behind the hedge, the girls too. no water to drink only what we brought. if somebody was sick the boss said go home and dont come back
@ AC / / lab / m


Safeguarding adults referral: Mr K (38, moderate learning disability) lives alone in a council flat. Two men have moved in and use the flat to deal drugs from, he has been moved into the small bedroom and they give him cigarettes and takeaway in return. He says they are his mates.
@ AV / / crim / m

WhatsApp message forwarded by a constituent: "My cousin went to work on a farm in Herefordshire. The recruiter took £1,500 from him in Kyrgyzstan. The work is real, the pay is right, he has his passport, but he is still paying off the loan to his family." — MP's office asks for advice.
@ / uf / / l

Interview (victim, Romanian, 29) via interpreter: He says the men kept everyone's ID cards "so they wouldn't get lost". He says they all went to the bank together on the first day and afterwards he never saw his card again. Each Friday the team leader gave them £50.
@ RD WW / dt ncw / lab / m

Care home inspection (CQC passed to police): 6 overseas carers share a 2-bed flat owned by the care home director, two sleeping in the lounge. They are charged £400 each per month rent taken from salaries. Carers say they work 60+ hours and their sponsorship would be withdrawn if they left.
@ AC EO IT AV / oa lh / lab / h

Walked past the car wash on Mill Lane at 11pm and they were still going with floodlights, same guys I see at 7am. Thought they must be exhausted. Anyway they always seem cheerful, boss brings them food.
@ EO / lh / lab / m


A woman at church said she came from Ghana to look after an old lady in Croydon. She says the family are kind, she has Sundays off, is paid into her own account and goes to college on Tuesdays. Wanted advice about her visa renewal only.
@ / / / l

Barnardo's: 13-year-old boy recruited via Snapchat to carry packages to Swindon. He was told he'd earn £300 but was given nothing, and told he now owes £800 because the drugs were 'short'. He has a cut on his hand he won't explain.
@ AV DE DB WW / pa / crim / h

Field intel: POI "Ardit" controls a group of young Albanian males working on loft conversions. INT suggests they are escorted to and from sites in the same van and not allowed out of the house in the evenings. Each has "debts" to Ardit for crossing.
@ RM DB / et rm / lab / m

They took us to a flat with no furniture, no cooker, only one blanket each. I asked for a doctor when my tooth was infected and they said no, work first.
@ AC / plc / lab / m

Border Force note, Stansted: female, 22, Brazilian, travelling alone, says she has a modelling contract with "Elite Models Mayfair". Contract on phone has spelling errors, no agency by that name. Return ticket paid by an unknown male. Flagged for NRM consideration, she has been interviewed and allowed entry pending checks.
@ / / / l


Safeguarding (school): 11-year-old says her mum makes her look after the three little ones every morning and evening and she misses school. No evidence of exploitation by third party; family support referral made.
@ / / / l

Pt attended walk-in centre with a deep laceration to palm, says he works on a fishing boat out of Newlyn, hasn't been ashore in 5 weeks, skipper took his passport "for the harbour office". Works 20 hours a day during hauls. Refused police.
@ RD EO / dt lh pa foa / lab / m

Report via online form: "Dear Police, I am a restaurant owner and I want to check that my new staff from an agency are legal. The agency charges me £12 an hour and pays them £11.44. I can see their payslips. Please can someone advise on right to work checks."
@ / / / l

Intel 2/B/P — OPERATION LANTERN — Sham marriage ring. Portuguese EU females (vulnerable, one with learning difficulties) recruited in Lisbon with promise of cleaning jobs, brought to Glasgow and told to marry Pakistani men for their visas. Held in flat, phones taken until the ceremonies.
@ AV DE RM IS / rm iso / / h

The boss gave us the same clothes for 6 months, never new. Food was rice and eggs. When I got thin he laughed and said I must work harder to deserve meat.
@ AC / pa / lab / m
''')
PARTS.append(r'''
NCA intel 2/C/C (not for onward disclosure to foreign partners): Moldovan male, 27, says a man in Chișinău offered him £8,000 and a "job in England" if he would donate a kidney to a "relative" in London. He was flown to Istanbul first for tests. Debrief ongoing.
@ DE / / org / m

Victim was brought from Pakistan and told she would marry her cousin and study nursing. After the wedding her in-laws took her passport, made her do all the housework for 11 people and beat her when the food was late. She was not allowed to phone her family.
@ DE RD PV IS / dt iso / dom / h

PCSO note: group of Roma women and children begging outside Aldi daily 9-5, dropped off by a Mercedes estate. Children appear 5-8 years old, not in school. Adult male collects the cups at 12 and at 5.
@ AV WW / ced et ncw / crim / h

My nan gets her carers through an agency and I was worried because one of them said she works 50 hours a week. She said she likes the overtime, gets paid for it and is saving to buy a house in Kerala.
@ / / / l

Hospital social work: Somali man, 44, attended for dialysis. Donor kidney from sibling in 2019, fully consented, transplant in Birmingham. No concern. Recorded due to query from new staff member.
@ / / / l

The gang made me steal from shops in Oxford Street. Every day I must bring back £600 of clothes or they don't give food. I was 14. When I was caught by security the man who watched us from outside said that if I talk my brother in Romania will pay.
@ AV IT AC / / crim / h


Report from a member of the public: theres a polish guy living in a tent behind the industrial estate, hes been there weeks, drinks a lot, nobody employing him as far as i know. Can someone check hes ok its freezing
@ / / / l

Debrief: She is 30, from the Philippines, came with a Saudi diplomat's family as domestic worker. Works from 5am to midnight caring for children and cleaning, no day off in 2 years. Sleeps on the floor of the children's room. Salary of $400 was promised but "the madam sends it to my family" and the family says nothing arrives.
@ EO AC WW / lh plc / dom / h

Tip: fake job ads on Facebook for "packing work, accommodation provided, no English needed, start tomorrow". When I rang they wanted £250 for the room before the start. I didnt go.
@ / uf / / l

Police intel log 0893/22: A/1/P [sic] - Cannabis grow, 3 floors, 1200 plants, at former Barclays bank building. Gardener found hiding in the roof void, Vietnamese, c.20. Heavy electrical bypass. He had no shoes, only a sleeping mat and a rice cooker in the room. Says he was promised a restaurant job.
@ DE AC / plc fpe saw / crim / m

A friend of mine works at the chip shop and she's always complaining the boss is stingy, pays minimum wage and no bonus at Christmas. But she's paid every Friday and the boss lets her swap shifts. Is that illegal?
@ / / / l

GLAA: worker states the gangmaster's wife holds all the bank cards in a biscuit tin in the kitchen - 14 cards, she withdraws wages at the Co-op cash machine on Mondays and gives each worker £40 "for food". Rest "goes to pay for the house and the van".
@ WW / mbc ncw / lab / m

Bulgarian woman (38, illiterate) told she would work cleaning offices in Birmingham. Made to have sex with men in a flat above a shop; when she refused the man hit her with a belt. Has bruises on back and legs. Identified at A&E, now in safe house.
@ DE PV / pa / sex / h

Joint visit with Immigration Enforcement, restaurant in Southall: two workers with no right to work, arrested. Both said they were paid properly in cash, lived with relatives, and could leave any time. Owner fined civil penalty. No MS indicators identified.
@ / / / l

101 (anon): woman in the flat below cries a lot, a man comes every day and takes her out to a car, she comes back at 4am. she has told me he keeps her money and her phone and says she has to pay him back for the flat.
@ WW IS DB / iso ncw / sex / h

They said my first month pay is for the transport and the visa. Second month also. Then the room. I have worked 6 months and I never got money in my hand.
@ DB WW / ncw / lab / m

Intel 2/B/P: care worker (Zimbabwean) in domiciliary care agency in Kent, on sponsored visa, told by director that if she resigns she owes £6,000 "training costs" and will be reported to the Home Office. She works double shifts 7 days.
@ DB IT EO AV / lh / lab / h

Caseworker (Medaille Trust): client wishes to return to Lithuania. Has found a job with a reputable agency in Norfolk; pay slips and contract checked with her; accommodation is shared with 2 others and costs £80 pw which she chose. No risk identified.
@ / / / l

Picked up by the police in a park at 2am: boy, 15, Eritrean, arrived in lorry 3 days ago, no adult. Says "the smuggler" told him to wait for a man who will give him work. Placed with LA foster care.
@ / / / h

I work in recycling plant near Wigan through a agency. No masks with the dust, no gloves with the broken glass, one man lost a finger in the conveyor and the supervisor told us not to call ambulance, they took him in car. Agency keeps our passports in the office.
@ AC RD / dt / lab / m

Factory worker lost two fingers in an industrial guillotine in Leicester. HSE investigating the guard failure. Employee directly employed, full sick pay, union involved. No exploitation suspected.
@ / / / l

Information received: male known as "Big K" is using 3 young lads aged 15-16 from the children's home to sell weed from his flat. He gives them trainers and weed. One lad, JAYDEN, has been found with a stab wound last week.
@ AV PV / pa / crim / h

The girls at the massage place told my friend that they cannot go out because "manager says police will arrest you, no visa". They cook and sleep in the back room.
@ RM AV IT / rm saw foa / sex / h
''')
PARTS.append(r'''
Crimestoppers online: "Theres a guy who runs the hand car wash at the old petrol station, he makes the workers live in a container, 8 of them, no window. I seen him slap one of them across the face for dropping a bucket"
@ AC PV / oa plc saw / lab / h

OFFICIAL-SENSITIVE. Handover 22:00. IP (Vietnamese, claims 17, looks younger) located during warrant at Unit 9 cannabis factory, now at Ashfield Custody as a VP not a suspect. Says he was told he'd work in a nail bar to pay off $20k to the snakehead. Hasn't spoken to family for a year. LA duty social worker informed; NRM to be completed by day shift. Do NOT place in B&B.
@ AV DE DB IS / iso / crim / h

Neighbour disagreement about hedge height escalated to shouting. Both parties advised. Not a police matter.
@ / / / l

Pt (Polish, 60) on ward after a fall from scaffolding. Employer visited with flowers, is paying wages while off. Pt says he has worked for him 12 years. No concerns.
@ / / / l

"I was given a contract in Romanian saying 8 hours a day and £10 an hour. When I got to the farm it was a different paper in English and they said sign or go home. I signed. We picked from 5 in the morning to 9 at night and after 'deductions' for caravan, bus and gloves I had £62 for the week."
@ DE EO WW / lh ppe ct / lab / h

Teacher: Year 11 girl (15) has an older "boyfriend" who picks her up in a BMW every day. She has stopped seeing her friends and told one of them that she has to "do favours" for his friends or he'll dump her and share her nudes.
@ AV IT IS / iso / sex / h

Police National Database note: Eastern European female reported that her partner took her benefit money every fortnight and controlled the card. No employment or sexual exploitation. Referred to IDVA.
@ / ncw / / l

They never hit us. But the boss showed us on his phone a photo of a man with his face beaten and said "this one tried to run to the police."
@ IT / / / m

GLAA licensing compliance check, Lincs: all 48 workers interviewed individually, all hold their own passports, paid NMW plus holiday pay, transport free of charge, no accommodation provided. Minor record-keeping breach only.
@ / / / l

Debrief (Eritrean male, 25): "In Libya they kept us in a warehouse 6 months. They called my family and beat me while my mother listened so she would send $3,500. After that they put me on a boat." In the UK he works legally and lives in supported housing.
@ PV IT RM / rm / / h

Intel 3/C/P: 4 Indian males working at a sweet shop in Southall, live in the cellar beneath the shop. No windows, one toilet shared with the shop. Owner's nephew seen shouting at them.
@ AC / saw plc / lab / m

I answered a advert for a live-in housekeeper job, accommodation included, £900 a month. The house was lovely and they paid on time but I missed my family so much I left after 4 months. Not a complaint about them just wanted advice on what to do about my tax code.
@ / / / l

Referral (YOT): 16-year-old J says "I'm not allowed to stop, I owe Dee for the gear that got taken". Gone missing to Exeter 3 times. Was found in a flat with a heroin user whose flat was being used to sell from.
@ AV DB / / crim / h

Interpreter-assisted interview: she says the man told her there was a cleaning job at a hotel in Sheffield. She says the hotel was a house and men came at night. She says she was locked in a bedroom and only let out to wash. She says it is still going on for two other girls there now.
@ DE RM / rm / sex / i

Warehouse agency: worker complaint that the agency paid him one week late due to a payroll error. Paid in full with an apology the following Wednesday.
@ / / / l

Sudanese man, 33, in hostel, says the Kurdish man who gives him "work" at a barber shop takes £100 a week from his £120 for "the room and introducing me". He has no English and is afraid to go to the Home Office because his asylum claim was refused.
@ WW AV / ncw foa / lab / m
''')
PARTS.append(r'''
INTELLIGENCE REPORT — 3x5x2: 2/B/C (handling: not to be disclosed to the licence holder)
Subject: FARCAS, Ionut (DOB 11/07/1981), Romanian national, believed director of "FI Services Ltd".

INT suggests FARCAS recruits men from villages around Bacău via Facebook posts promising "work in UK factories £2,000 per month, house and transport included". Men pay €300 for the minibus. On arrival at Boston they are placed in a 3-bed terrace at 8 Tower St, where 14 men sleep on mattresses in every room including the kitchen. FARCAS's partner, Elena, keeps the men's ID cards "for the agency".

The men work at a salad packhouse through a legitimate agency. INT suggests wages go into accounts that FARCAS opened for them and whose cards he holds; the men receive £50-£70 per week in cash. Source reports one man who asked to leave was told he owed £1,100 for rent and transport and "would not leave Boston in one piece".

Packhouse and agency are not believed to be complicit. Recommend joint GLAA/police visit.
@ DE DB RD WW AC IT / uf oa dt ncw mbc / lab / h

U KNOW WHATS GOING ON AT THAT HOUSE ON CLIFTON RD AND YOU DO NOTHING!!!! GIRLS IN AND OUT ALL NIGHT, MEN KNOCKING AT 3AM, THE BLINDS NEVER OPEN. ONE OF THEM WAS CRYING IN THE GARDEN SAYING SHE WANTS GO HOME AND A MAN DRAGGED HER BACK IN BY HER HAIR
@ PV RM / rm / sex / h

hi my mate works at a barbers and hes from iraq and the boss takes his phone every morning and gives it back at night and hes not aloud to talk to customers only cut hair. he sleeps in the shop
@ IS / iso saw / lab / m

Social care note: Mrs A (83) has a live-in carer, Rosa, from the Philippines, employed via a reputable agency. Rosa has her own room, two days off a week and a phone; she and Mrs A's daughter text each other regularly. Carer mentioned she is sometimes lonely but has friends at church.
@ / / / l

Debrief, male, Chinese, 41: Came on a student visa arranged by a "consultant" who said he could work in a restaurant to pay the course. The course did not exist. The restaurant owner said he owed £15,000 for the visa and every month the number got bigger. Worked 7 days, 14 hours. Slept on chairs in the dining area after closing.
@ DE DB EO AC / lh saw / lab / h

Call handler notes: female caller, Thai, little English, says "I want go out, he lock door, he take my passport". Address traced to flat in Bayswater. Sounds of a man shouting in background. Call disconnected.
@ RM RD / rm dt / / i

Advice line query: worker on a chicken farm says his employer pays him £9 an hour when minimum wage is higher. He has his own bank account, lives at home with his wife, and wants to know how to claim the difference.
@ / / / l

Intel log: POI "MAMA JOY" (Nigerian female, 50s) runs 3 flats in Lewisham. Young African women are moved between them, told they owe "the madam" for the journey, must hand over every penny from the clients. Juju ceremony before departure from Benin City. INT suggests one girl is 16.
@ AV DB WW IT / ncw / sex / h

I dont want to give my name. the farm near the old quarry, the workers there are kept in an old barn that leaks, they use a bucket for toilet. the farmer's son drives them to the field and back, they never go into town. some of them look like they havent eaten properly in weeks.
@ AC RM / plc et rm pa / lab / m

Skipper (Irish trawler) interviewed after Ghanaian deckhand complained: deckhand says he signed a 12-month contract in Accra at $1,200/month but is paid $500 and cannot leave the vessel in port because he has only a transit visa. Skipper says the agent in Ghana sets the pay. Deckhand works 18-20 hours when fishing.
@ DE EO RM AV / lh rm / lab / h

Pharmacist reported a young Vietnamese man who came in with a friend for burn cream; the friend paid and did all the talking. Patient had burns on his fingers and nails were discoloured. When asked where he works the friend said "salon".
@ / pa sfw / / l

Mum phoned the school: daughter (Y10) was picked up by a car at the gates by a man she doesn't know, came home at midnight smelling of weed. Daughter says he's her boyfriend's brother, gives her lifts.
@ / / / h

Debrief (paraphrased by officer): IP was 19 and homeless in Glasgow when a man offered her a place to stay. After a week he said she had to "pay her way" by sleeping with his friends. She did not have a phone and did not know the address of the flat. He slapped her when she cried.
@ AV IS PV / iso / sex / h

Report: the nail salon on Queens Rd. Was getting my nails done and the girl said she lives with the owner and works there every day, doesn't get paid because "owner pays the college for me". She looked about 16.
@ AV WW EO / lh / lab / h

Sikh temple volunteer: Punjabi man, 50s, turned up for langar each day for a month. Said the builder he worked for promised £80 a day and gave him £20 and a sleeping place in a van. Builder holds his passport "for the visa". Volunteers took him to the Salvation Army.
@ DE WW RD AC / dt / lab / h

Officer note: report of "slaves at the farm shop" investigated. Workers are the owner's two sons and a nephew, all adults, paid and live in the family house. Caller had a grievance with the owners.
@ / / / l

Intelligence (Prison): inmate overheard saying he "rents out" his cousin's girlfriend from Lithuania to men at £100 an hour, keeps the money and that "she can't go anywhere without papers anyway, I have them".
@ WW RD / ncw dt / sex / h
''')
PARTS.append(r'''
Transplant coordinator query to police: patient returned from a clinic in Pakistan with a new kidney, says he paid $30,000, the donor was "a poor man who was paid". Patient not a victim. Intelligence passed to NCA re possible organ trafficking network recruiting donors.
@ / / org / m

Victim statement (Pakistani male, 22, interpreter): "The agent told me in Lahore that in Birmingham I will get work and a man who needs a kidney is my relative. In the clinic abroad they took my kidney. They gave me £1,000 not £10,000 like they promised. Now I cannot lift heavy things and I cannot work."
@ DE / / org / m

Intel: Bangladeshi males recruited in Sylhet for "chef jobs" at restaurants in the North East, paying £8-10k to agent. Arrive to find they are kitchen porters on 70-hour weeks at £3/hr, living above the restaurant 4 to a room. Owner holds passports "because of the Home Office checks".
@ DE EO RD AC / uf lh oa saw dt / lab / h

Officer's note after visit to 'Shine' nail bar: 3 staff, all with own documents, paid hourly via payroll, live with families nearby, breaks logged. Owner welcoming. No concerns.
@ / / / l

She cant speak english and he knows it. He tells her the police will put her in prison if she goes to them. She does the whole house and looks after his mum who has dementia, all day and all night. He hasnt paid her a penny in 3 years.
@ AV IT WW EO / foa lh / dom / h

Private fostering: 12-year-old girl from Nigeria living with a "family friend" who is not a relative. School reports she arrives late, exhausted, says she does the cooking and cleaning for the family and looks after a toddler before school. Not on the household's holiday photos.
@ AV EO / lh / dom / h

Council environmental health: takeaway kitchen, cockroaches, no hot water, 2 staff sleeping in the storeroom on cardboard. Staff stated they are the owner's nephews and "help out", no wages, food and bed provided.
@ AC WW / saw plc / lab / m

The job advert said "assistant in a family business, £400/week". It's actually a phone shop and I'm paid £300 because they say I'm still on training. It's annoying but I'm looking for another job.
@ / / / l

INT 1/B/P: HMO 22 Castle St — licence for 5, occupied by 17 Polish and Latvian males. Landlord is the same man who drives the minibus to the recycling plant at 05:30 and charges £5 each way. Some workers have been there since 2019 and say they "owe him for everything".
@ AC DB / oa ct ced / lab / m

Domestic incident: husband and wife argument over money, wife says he controls all the household finances and won't let her have her own card. No work exploitation. DASH medium.
@ / ncw / / l

Victim debrief (translated from Albanian): "They told me in Tirana there was a job on a building site in London, €80 per day. When I came, the job was to look after plants in a house. They gave me a phone with only one number in it. Every night the man came and checked on me. I knew they have my family's address, they told me."
@ DE IS IT / iso / crim / h

Email to the council: I own a car valeting business and was visited by an officer who said my workers' accommodation is overcrowded. We rent them a 4-bed house for 6 people, they pay £50 a week each, they are free to live elsewhere and 2 do. I think this is unfair.
@ / / / l

Barnardo's worker: S (16, care leaver) says her "friend" Carla (24) takes her to houses where she is given drugs and men have sex with her. S says she owes Carla £1,500 for the drugs.
@ AV PV DB / / sex / h

Worker at a meat plant told union rep that the supervisor from his agency shouted at him and threatened to send him back to Romania if he joined the union. He has his own documents and bank account.
@ IT / / / m

Public report: i seen 5 or 6 men being dropped off by a van at 4am every day at a building site in town, they look dirty and tired and always wear the same clothes. when i said hello they looked at the driver before speaking.
@ / ced pa sfw / / l
''')
PARTS.append(r'''
NRM referral narrative (First Responder: local authority)

Ms T is a 34-year-old Indonesian national who came to the UK in 2021 on an overseas domestic worker visa with her employers, a Qatari family who own a house in Hampstead. She states the family had employed her in Doha for 4 years and she was told her salary would rise to £1,000 per month in London.

In London, she says she was never given a key, the front door was kept locked and the madam kept her passport and residence card in a drawer in the master bedroom. She worked from 6am until after midnight, seven days a week, caring for four children and cleaning the five-storey house. She was fed leftovers and lost a lot of weight. She slept on a mattress in the laundry room.

She says her salary of £300 was paid directly to her brother in Indonesia "some months". When she asked to call her children, the madam said she was ungrateful. The son of the family pushed her down the stairs once; she did not receive medical treatment.

She escaped when the family were packing for the summer, taking the bins out and walking to a church she had seen from the car. She has consented to the NRM.
@ DE RM RD EO AC WW PV / rm dt lh pa saw / dom / h

Officer note: report of man in van "taking people to work at 5am" — was a legitimate minibus run by a labour provider, GLAA licensed, workers pay nothing for transport and confirmed they are paid via payroll.
@ / / / l

Victim: "We were twelve in the house. The man said it is a hostel. There was one toilet and it was broken so we go in the garden. He takes £60 each from our wages for this."
@ AC / oa plc / lab / m

Crimestoppers: vietnamese lad at the nail bar has a black eye and limps. The woman that owns it shouts at him all day, he sleeps out the back. Hes maybe 15 or 16.
@ AV PV / pa saw / lab / h


Caller to 101 about a friend: "she came for a marriage, he said he had a business and a house, but he has nothing, she cleans for his whole family and his brothers, she cannot go out, they took her phone and her mum doesn't know where she is". Friend is 19, from Bangladesh.
@ DE RM IS / rm iso / dom / h

HR team at a logistics company: found that one agency worker's wages go to the same bank account as four others. Agency investigating. Worker says his "friend" looks after his money because he has no bank account. Wider concerns possible; passed to police.
@ / ncw mbc / / l

Statement (neighbour): "I've lived next to the Kaur family 20 years. Their niece came from India to help with the baby. She goes to the gurdwara, has her own phone and I've seen her at the shops. She's like a daughter to them."
@ / / / l

County Lines Task Force: cuckooed address 7 Regent Ct, occupant (58, heroin user, COPD) says a "nice lad from London" moved in two months ago and now there are 3 of them. He is not allowed to leave his bedroom while they're dealing and they take his benefits card.
@ AV RM / rm ncw / crim / m

GLAA intel: gangmaster MALINOWSKI charges Polish workers £150 each to "register" with him and again £150 for a work permit they do not need. Work on broccoli farm is real and paid properly. Licensing breach.
@ / uf / / l

Debrief (Nigerian female, 26, via caseworker): She says she was brought by a man she met at church who promised to pay for her nursing course in London. She says she was kept in a flat in Croydon, and when men came she was told to be nice. She said no and he burnt her with an iron. Scar on left forearm noted.
@ DE PV / pa / sex / h

Eastern European worker, 30, in A&E after a forklift accident at the warehouse. States all training was given, wearing PPE, employer called ambulance. Worker on permanent contract.
@ / / / l

WhatsApp transcript provided by daughter: father (68) says "the men who took me to Spain to sell my kidney have come to my house again and say I still owe them for the flight". Daughter says father is confused and vulnerable.
@ AV DB IT / / org / h

Children's services strategy meeting: Y (14) found at a trap house in Blackpool with 2 adults, a machete and crack. Y has been missing 6 days and has a phone that only the adults can top up. Mother says Y told her "they'll kill me if I don't go".
@ AV IT / / crim / h
''')
PARTS.append(r'''
Sarah from the cafe says the Chinese lady who cleans at the massage place never goes out except with the manager, she told Sarah in broken english she has no day off in 8 months
@ RM EO / rm lh / lab / m


Intel 2/B/P: "ZOKU" (Albanian, 30s) controls a group of British teens from Medway selling cocaine on a line into Hastings. INT suggests ZOKU takes the boys' phones when they arrive at the trap flat and they are not told the address. One boy was beaten with a bat when £200 went missing.
@ AV IS PV / iso / crim / h

Interview via Language Line: IP (Vietnamese female, 24) says she paid $18,000 to come to "work in a factory". She worked in nail bars in 3 different towns, moved every few months by a man called Hung. She says she is "still paying" and doesn't know how much is left. Hung keeps a notebook.
@ DE DB / / lab / m

From a Reddit post shared with police: "My Romanian flatmate works 'for a cousin' in construction, 6 days a week, 8-5. He complains the pay is rubbish (cash, about £90 a day) but he sends it home himself. Should I worry he's being trafficked?"
@ / / / l

A&E safeguarding: female, 17, brought in by a man who said he was her uncle, with a miscarriage. Girl said nothing and looked at the man before answering any question. Later told nurse she "works for him" in "massage" and can't go home.
@ AV RM / sfw rm / sex / i

School referral: Year 7 (12) boy says an older boy made him hold a bag in his school bag and said his little sister would "get it" if he told. Police informed.
@ AV IT / / crim / h


hes been working on that farm since he was 17 the farmer never pays him just gives him ciggies and beer and lets him sleep in the old caravan, he's a bit slow, everyone in the village knows and nobody says anything
@ AV WW AC / plc / lab / h

Intelligence: 2/B/P. Car wash 'Shine City', Bristol. Workers (6, Kurdish) state they were promised £60/day. Owner pays £30/day in cash after taking "£200 a month for the house". Live in 2-bed flat above, beds in the lounge. Owner collects them from the flat at 7 and locks up at 8pm.
@ DE AC EO / oa lh / lab / h

Financial Intelligence Unit: account holder (Slovak female, 22) receives wages from a care agency; funds withdrawn within the hour every payday at ATMs in a different city. Her mobile number on file belongs to a male with previous convictions for controlling prostitution.
@ / ncw / / l

Interpreter for IP (Sudanese, 17) says: he says the man at the farm shouted at him every day and once hit him with a stick. He says he was told if he ran away the police would send him back to Sudan to die. He says he worked picking strawberries for no money, "only the food".
@ AV PV IT WW / foa / lab / h


Housing association: resident (Polish, 40s) reported his friend has been living with him for 2 months "to save money". Both work at the same bakery. No issues.
@ / / / l
''')
PARTS.append(r'''
Outreach worker: met a man with a learning disability at the bus station who'd been sleeping rough. Local church arranged a room and helped him register with a GP and claim PIP. He's doing well and volunteers at their café two mornings a week.
@ / / / l

A man from the mosque noticed that one of the workers at the bakery — a deaf young man from Afghanistan with no sign language — is shouted at, never paid, and given a blanket in the flour store to sleep on. The owner tells people he "took him in out of charity".
@ AV WW AC / saw / lab / h

Intel 3/C/C: POI "Gheorghe" said to source homeless Romanian men from Park Lane underpass with offers of "free house and job". Men are taken to Essex to work on demolition, no gloves or masks among asbestos, and are fed once a day.
@ AV DE AC / / lab / h

Job was advertised as "Hotel housekeeping, Edinburgh, £11/hour". It was housekeeping, it was in Edinburgh and it was £11/hour, but the hours were split shifts and the manager was horrible. I quit after 3 weeks. Venting, not reporting a crime.
@ / / / l

Victim account (first person, Slovak, 46, translated): "They told us the pay is later, at the end of the season you get everything together. At the end of the season they said the company had problems, we get it next month. Next month they change the phone number. Seven months for nothing."
@ WW / / lab / m

Health visitor: young mum (Romanian, 20) in a room of a 4-bed house with her baby; 3 other families in the other rooms. She rents it privately with her husband who drives for Deliveroo. Damp in the room. Not linked to employer; housing advice given.
@ / / / l

Debrief: the man in Hanoi said I will be a waitress and live in a hostel for students. In England I was taken to a house and told I have to do nails and also "massage". I did not get money because I owe for the plane.
@ DE DB WW / / lab sex / h



INT 2/B/P: Shanghai-based agent sends Chinese women on tourist visas to 'therapy' centres in Glasgow. Women told it is "just massage". INT suggests they are required to provide sexual services, cannot leave the premises during their 90 days and are charged £2,000 "rent" that comes from their earnings.
@ DE RM DB / rm / sex / h

Salvation Army note: client (Lithuanian, 58) describes working on a mushroom farm 2016-2019: accommodation was a caravan with 7 men, no heating, rats; the site boss took his passport "to sort tax"; 12-hour days; paid £100 a month. He now lives in Kaunas and is giving evidence by video.
@ AC RD EO WW / oa plc dt lh / lab / h


Family member wrote: "my brother is in a care home in Wales as a nurse, the owner took his passport and his visa letter and said he will give back in 5 years when he finished the contract or pay £10,000. He is scared to lose his visa."
@ RD DB AV / dt foa / lab / h

Intel: female (Albanian, 21) on a student visa, studying at a London college. INT suggests she is allowed to attend classes but is driven there and back by her "boyfriend" who takes her earnings from escort work. She has said she can't leave him because he knows where her family lives in Shkodër.
@ WW IT RM / et rm ncw / sex / h

Midwife note: 38 weeks, 23yo Indian woman, lives with husband and in-laws, good support, attends all appointments alone. Says she's looking forward to her mum visiting from Delhi. No concerns.
@ / / / l

We work in the car wash 8 till 8, Sunday too. Boss is okay, he pays every Friday, £300. Sometimes he gives us lunch. Back home I had no job so this is better.
@ EO / lh / lab / m

Victim statement (Vietnamese, 16, via intermediary): He says the big brother gave him a mattress in the loft of the house, a bucket and a small fan. The lights were on all the time for the plants. He did not know if it was day or night. Food was left at the door twice a week.
@ AV AC IS / iso plc / crim / h

POI AHMED, Tariq (DOB 1979) — brothers' restaurant chain. INT suggests staff from Bangladesh work 15-hour days and are told wages "are being saved in the business" for when they go home. No staff have been paid in 18 months.
@ EO WW / lh ncw / lab / m
''')
PARTS.append(r'''
1/A/P. Observed by officers 03/02: 0545 hrs, white Transit LD68 PKU leaves 31 Byron St with 9 males, arrives Manor Farm 0615. 2130 hrs same van returns them. Same pattern 6 consecutive days incl Sunday. Driver remained with workers at lunch.
@ EO / ced et lh / lab / m

my girlfriend works in a hotel laundry through an agency and they make her pay for her own uniform and £7 a day for the bus. shes paid minimum wage and can quit whenever. is this even allowed??
@ / ppe ct / / l

Statement of witness (bar manager): "A girl came into the pub toilets crying, she had no shoes and said a man took her from Birmingham and she has to sleep with men in a house round the corner. She kept saying 'he'll kill me, he'll kill me'. The man came in looking for her so I called 999."
@ IT / / sex / i

Interview: IP (Eritrean female, 28) worked as a cleaner for a family in Leeds for 2 years through an arrangement by her cousin. Paid £200 a month, which she thought was the normal wage. Says she had her own room and weekends off and left when she found a better job. Not exploited in her view; first responder agrees no indicators.
@ / / / l

Intelligence: brothel at rear of Café Mira — 4 Brazilian women, all arrived on visitor visas and told they were coming to dance in clubs. Operator "Dudu" keeps half of every booking and the other half pays the women's "debt" for flights and rent; women say they have never been paid in hand.
@ DE DB WW / ncw / sex / h


CCE referral: Kai (15) reported that "they" told him if he went missing from the line again they would burn his mum's house down. Kai has been doing deliveries to Southend for 3 months and is paid in weed.
@ AV IT WW / / crim / h

Caller says she saw a woman at the bus stop with a black eye, crying. Woman later found and spoke to officers: she had fallen after drinking. No third party. Refused further help.
@ / / / l

Fishing vessel inspection (Peterhead, MCA with police): 6 Filipino crew on transit visas, contracts in order, paid into own accounts monthly, shore leave in port recorded, cabins clean. Crew interviewed privately. No concerns.
@ / / / l

Debrief (Polish male, 35): "In the house in Kidderminster there was no furniture, we slept on the floor with coats. The boss took our wages and gave us £20 on Saturday. If somebody said he wants to go home, the boss said 'you can go, but you leave without your documents'."
@ AC WW RD / plc ncw dt / lab / h

POI AKHTAR, Naila. Online ads: "Wanted: young girls 18-22 for hostess work, accommodation provided, earn £1000s". INT suggests girls recruited are moved into flats and made to sell sex.
@ DE / / sex / h

Safeguarding referral from college: 16-year-old Syrian student says her father has arranged for her to marry a man in Syria this summer and she will be taken out of the country. She does not want to go. Forced marriage unit informed.
@ / / / h

Intel: "Lucky Nails" staff, Vietnamese girls, appear to be 15-17 years old. Owner "Anna" says they are her nieces. They live with Anna and have never been seen to go to school. They work 10am-8pm, 7 days.
@ AV EO / lh / lab / h

Caseworker note: Client asked if she could keep her job in the kitchen where she was identified. Employer was not involved in her exploitation (that was by her former partner, who took all her wages from the restaurant). She now has her own bank account and the employer has been supportive.
@ WW / / lab / m
''')
PARTS.append(r'''
Welfare check on an Indian chef at a curry house after a customer complained he looked ill. Chef has his own flat, is on a Skilled Worker visa with a proper contract, works 45 hours, and had flu. No concerns.
@ / / / l

They didn't lock us in, there was no need. We were in the middle of fields, no bus, no phone signal, no English, and the boss was the only one with a car. Where would we go?
@ IS AV / iso / lab / m

Debrief (Ukrainian female, 31): fled the war in 2022, placed via an informal "host" she found on Telegram. Host said she could stay for free if she "helped in the house". Within weeks she was cleaning for the host and his two adult sons 14 hours a day, was not allowed to use the Wi-Fi, and was told if she complained he would tell the council she was a thief and she'd lose her visa.
@ AV DE EO IS IT / lh iso / dom / h

INT: 2/C/P. POI "Vali" places Romanian women in Airbnb flats in Luton, escorts them to each "job", collects the money from clients directly. Women seen with no luggage except a carrier bag.
@ RM WW / et rm ncw fpe / sex / h


Report by a support worker: client (21, care leaver, ADHD) is staying at a "friend's" flat in exchange for letting him use her bank account for "payments coming in from his business". Thousands have gone through it. She doesn't know what for. She has been told she'll be "in trouble with the police" if she stops.
@ AV IT / / crim / m

ALL THE WORKERS AT THAT RECYCLING PLACE ARE FOREIGNERS WHO WORK FOR PEANUTS AND TAKE OUR JOBS!!! CHECK THEIR VISAS
@ / / / l

Officer note from a tip-off: restaurant on Broad St. Kitchen staff (3 Nepalese men) interviewed separately. All said they sleep in the restaurant's loft because "the owner keeps the rent" from their wages anyway. Loft had 3 mattresses, no window, wiring exposed. None had been paid directly; the owner "sends it to Nepal".
@ AC WW / saw plc ncw / lab / m

School: Year 8 girl (13) disclosed that her 'boyfriend' (19) made her go to a party where three men raped her. She is terrified he'll send a video of it to her mum.
@ AV PV IT / / sex / h

Victim: "In Romania I owed money to a man in the village for my daughter's operation. He said go to England, work in his brother's car wash and the debt will be finished in 3 months. I worked 2 years. The debt did not finish."
@ AV DB / / lab / m

GLAA inspection: agency supplying pickers charges £30 per week for a bed in a caravan with 4 others and £40 upfront "registration". Workers can leave and live elsewhere, most do. Licence suspended for fee charging.
@ / uf / / l


Note from A&E: man brought in by workmates after falling from a ladder at a building site. Workmates left before staff could talk to them. Patient (Albanian) said he has been in UK 2 months, "owes" his boss for travel and must go back to work tomorrow despite a fractured wrist.
@ DB AC / / lab / m

She says that he told her they were going to London for a holiday, but when they arrived he took her to a house where other girls lived, took her phone and gave her a new one with only his number. She says she was 15.
@ AV DE IS / iso / sex / h
''')
PARTS.append(r'''
OFFICER HANDOVER — Op BRAMBLE — night turn to early turn

1. Warrant executed 02:30 at 56 Kestrel Way. Address is a 3-bed semi with 11 adults present, all Romanian, sleeping on mattresses in all rooms incl. the garage. Kitchen had one working ring. All 11 state they work at the chicken plant via an agency. Two men (NICOLAE and his brother) occupy the main bedroom alone and appear to run the house; they answered on behalf of everyone.

2. 23 bank cards found in a shoebox in NICOLAE's room, in names of the occupants. Workers say NICOLAE "pays the rent and food" and gives them "€100 a month to send home". Several had no ID on them; NICOLAE said "they are in Romania".

3. One male (RADU, 44) has an infected wound on his leg from a knife at work, untreated for a week. Taken to hospital.

4. Nobody described being locked in or threatened, and the front door had a normal lock. All 11 accepted reception centre. NICOLAE and brother in custody, interview this afternoon.

5. Separate matter: domestic noise complaint from no. 58 — unrelated, NFA.
@ WW AC / oa plc sfw mbc ncw pa / lab / m

Worker at a food factory in Norfolk contacted the helpline: "The agency pays me on time, but 3 weeks ago they cut my hours and I'm struggling with the rent. Can they do that?" Advised re zero-hour contract rights.
@ / / / l


Drop-in note: young woman (Vietnamese, 20) says she lives with her boss's family and minds their baby. She has her passport, her own phone and goes to English class. She said she is paid £150/week and gets Sunday off. Wanted help opening a bank account.
@ / / / l

Private message to a charity Instagram: "i work in a nail shop, the owner has my passport and says i owe her 9000 pounds, i work every day, i am scared, please dont call police they will send me back"
@ RD DB EO / dt lh foa / lab / h


MASH referral: Three Roma children (9, 11, 13) seen with an adult male at the same shopping centre every weekday selling packs of tissues and asking for money. Schools have no record of them. Male takes the money at the end of each day.
@ AV WW / ncw / crim / h

Debrief (male, Sudanese, 29): "In Calais a man said he can send me to England free if I work for him after. In England I had to sell drugs in Manchester for one year to pay. When I said I want to stop, three men came and beat me. I have a broken rib still."
@ DB PV / pa / crim / h

Statement: I employ three Romanian men on my dairy farm. They live in the farm cottage which has heating, WiFi and a washing machine. They're paid weekly into their own accounts. One had his passport stolen in Bucharest and we helped him get a new one.
@ / / / l

INT 3/D/P: rumour that a kebab shop on Eastgate "uses slaves" — source could not say who or why. No further detail; no corroboration.
@ / / / l

Interpreter's notes (Tigrinya): She says she worked in the house of an Eritrean family in London for 4 years. She says she slept on the sitting-room floor and waited until everyone had gone to bed. She says she ate after the family, what was left. She says she was not paid because "we brought you here, this is your payment".
@ AC WW / plc / dom / m

''')
PARTS.append(r'''
INT 2/B/P: flat 4, Cromwell House. Chinese female advertised on Vivastreet as "Mia, 21, busty, 24hrs". Source states "Mia" is the same woman in three different adverts and is never seen outside; food delivered by a male in a black Audi who also holds the key.
@ RM / rm / sex / h

Job Centre adviser: customer (28) said he had accepted a job offer via Facebook that promised £15/hour in a warehouse and free housing. He went to the viewing, the "house" had no beds and the man wanted his passport "for the payroll". He walked away and reported it. No exploitation occurred.
@ / / / l

Debrief note: IP describes the scaffold company as "like family at first". After a month the boss took everyone's phones at the start of the day "for safety" and returned them at night. Then he stopped paying, saying the client hadn't paid him. After 4 months of no pay IP asked to leave and the boss said "you owe me for the van and the room".
@ IS WW DB / iso / lab / h

Reported by neighbour: "The woman next door has a cleaner who comes Tuesdays. She drives herself, she's been coming for years. Nothing odd." (Submitted in response to a leaflet drop, recorded for completeness.)
@ / / / l

Pt (Slovak, 19, pregnant) came to A&E with abdominal pain, accompanied by partner (45) who insisted on interpreting. Pt later said (via Language Line, partner out of room) that he makes her have sex with his friends for money and that she is not allowed to keep any of it.
@ PV WW / sfw ncw / sex / h


Police note: Ms O, Nigerian, 36, sought help after her employer (a doctor) ended her nanny job. Paid correctly throughout; dispute about notice pay only. Advised to contact ACAS.
@ / / / l

"I was 13 when he started picking me up after school. He'd buy me chips and vodka, take me to his mate's flat. Then it was his mates. If I didn't go he'd sit outside my house in his car. I thought he was my boyfriend." — adult survivor account, CSE 2011-2014.
@ AV PV IT / / sex / h


Intel 1/B/P: staff at Golden Palace takeaway (2 Chinese males, 50s) sleep on the floor of the kitchen between shifts, work from 11:00 till 03:00 daily. Owner says they "like it that way". Both have irregular status; owner has said he will "ring the Home Office" if they ask for wages.
@ AC EO AV IT WW / saw lh foa / lab / h

Email from a university: international student (Indian, MSc) works 20 hrs/week in a restaurant, is paid in cash at a rate below minimum wage. Employer otherwise fine; student free to stop. Referred to HMRC for NMW.
@ / / / l

Officer note: mother of a 14-year-old reports son coming home with expensive clothes, says an older lad "looks after him". Son denies anything. No evidence of exploitation yet; CCE screening tool completed, medium concern.
@ / / / h
''')
PARTS.append(r'''
GP: Mr S (Romanian, 50) registered last month, lives in a shared house with friends from his town, works in a warehouse via an agency. Says he is happy, paid well, sends money home. Presenting for BP review.
@ / / / l

Crimestoppers: At 14 Nelson St there's a disabled man who they have out begging every day outside Greggs in a wheelchair, a van drops him at 8 and collects him and the money at 6. he looks filthy and hungry.
@ AV WW / ced et ncw pa / crim / m

Debrief (Albanian male, 17 at time): "The man paid for the lorry. In London he said now you work in the grow until it's paid, £15,000. I could not go out, the windows were blacked, the door had three locks on the outside."
@ AV DB RM / rm / crim / h

Member of public: "the Indian restaurant near me - all the waiters share one room above the restaurant, i saw through the window 6 bunk beds crammed in. they're always working."
@ / oa saw / / l

Intel 2/B/C: OWUSU family (Ghanaian) in Milton Keynes has a "house girl" from their home village, aged about 14, not enrolled in school, seen pushing a pram at 7am and returning late. Neighbour says she has never been seen with the family on outings.
@ AV IS / iso ced / dom / h

Note from the food bank: man (Kurdish) said he used to work in a car wash where he was paid fine, now unemployed after the business closed. Needs food parcels and help with Universal Credit.
@ / / / l

Statement (Thai, 44): "The agent said I would cook in a Thai restaurant, visa and everything included, I pay back from salary £500 a month. The restaurant is real but they took all my salary, not £500. For 2 years I got nothing and slept in the restaurant store room."
@ DE DB WW AC / saw / lab / h

Intel: 3 x Vietnamese males moved by car from Wolverhampton to Hull cannabis grow. Driver took their phones at the start of the journey. INT suggests they were told "the police will put you in prison for 10 years if they catch you".
@ IS IT / iso foa / crim / m

Young man (19) at the homeless hostel said a man offered him £50 to drive a car to Wales. He refused. Staff submitted intelligence on the recruiter. No exploitation of the resident.
@ / / / l

OIC update: Victim (British, 42, alcoholic) held for 9 years by a Traveller family, made to lay tarmac unpaid, slept in a horsebox, beaten with a spade when he tried to run. Rescued 2024, family convicted under s1 MSA.
@ AV WW AC PV / plc / lab / h

''')
PARTS.append(r'''
Intel 2/C/C (NCA only): Facebook group in Urdu offering "kidney donors wanted, £5,000 plus flight to Dhaka for medical tests". Recipient side said to be UK-based patients. One donor, Pakistani male living in Bradford, says he was told afterwards he owed the broker £2,000 for "hotel and food" and his family would suffer if he told anyone.
@ DB IT / / org / m

Victim debrief (Bulgarian, 33): "They took me to a hospital abroad for 'a health check for the job'. When I woke up the doctor said they removed my kidney. The job never existed."
@ DE PV / / org / h

Caller: "My cousin went to India for a kidney from his brother, it was all above board, the hospital had a committee that checked everything." Caller asking whether the cousin needs to tell the UK hospital. Info only.
@ / / / l

hey so theres this guy at my work (warehouse) he says the agency took £400 off him for "training" and he hasn't had a full payslip since. he lives in a house the agency owns with like 10 other lads, one bathroom, mould everywhere. he cant leave cos he owes them the deposit
@ AC DB WW / uf oa plc / lab / h

Police note: Vietnamese woman reported her sister missing. Sister located safe working in a nail bar in Leeds, has her own flat, phone and passport; had simply changed number. Sister happy, no concerns.
@ / / / l

Safeguarding note (Special School): Student K (17, learning disability) has been seen being picked up by two men in a van and told staff he "does jobs for the men" at weekends, clearing gardens. He says they don't give him money but "buy me McDonald's".
@ AV WW / / lab / h

Intel: "PAPI" (Dominican male) houses three Spanish-speaking trans women in a flat in Soho, advertises them online. INT suggests he has their passports and takes 70% of what they earn. One woman has stopped leaving the flat at all.
@ RD WW / dt ncw / sex / h

Debrief (interpreted, Amharic): she says the employer's wife locked the kitchen at night so she could not eat. She says she was not allowed to speak to the other maids in the building. She says she did not know the name of the city.
@ AC IS / iso / dom / m

Maybe nothing but: the new lads on our site (Romanian) never come to the canteen, they eat on the scaffold. Foreman says they're paid by the day, their choice. They seem alright, they have cars.
@ / / / l

Official-Sensitive. Intel 1/A/P. Hand car wash, A38. Two workers (Albanian, 16 and 17) observed working in freezing conditions with no gloves or boots. They are collected from the site by the owner at 21:00 and taken to a flat above his shop. Both have been reported missing from Home Office hotel accommodation.
@ AV AC / ced / lab / h

My brother-in-law took my pension card and draws it for me, I'm fine with it, he does my shopping. — 82yo, responding to officer question at a welfare visit.
@ / / / l
''')
PARTS.append(r'''
Referral (Kalayaan): overseas domestic worker, Filipino, 39. Came with Emirati employer on ODW visa. Works 18 hours a day, sleeps on the kitchen floor. Was given a phone only to call the employer. Has not been paid in London; employer says he pays her family in Manila "when he remembers". Passport in the employer's safe.
@ EO AC WW RD IS / lh saw plc dt iso / dom / h

Report from a member of the public: cannot believe how many people are living in that tiny house on Elm Close, at least 9 adults and kids, but I do know them, it's one family, grandparents and all, they run the corner shop together. Not reporting abuse, just the parking.
@ / / / l

Intelligence 2/B/P re Indian students at a food processing plant: recruited by a Leicester "education consultant" who charged £12,000 for a university place and promised part-time work. University place real but consultant arranged 60-hour weeks at the plant, paid into an account in the consultant's name. Students told their visas would be cancelled if they complained.
@ DE WW EO IT AV / uf ncw lh / lab / h


The woman from the agency told my daughter she will be a nanny in London, good family, £1,500 a month. The family is real and good, but they pay the agency and the agency pays my daughter only £200 and says the rest is "for the visa". My daughter is afraid to ask.
@ DE WW / ncw / dom / m

Debrief: male, Romanian, 60, deaf. Identified at a car wash in Wales. Communicates with a relative's help: he says the boss "looks after" his disability money and wages, he is given tobacco and food. He has lived in the car wash's store room for "many winters".
@ AV WW AC / saw ncw / lab / h

CSE intel: 3 girls (14-15) from the same children's home go missing on Fridays and return Sunday with new phones; INT suggests they are being taken to a flat in Rochdale by older males and given alcohol and cannabis, then expected to have sex with "friends".
@ AV PV / / sex / i

No exploitation: tenant complains landlord has not fixed heating in 3 weeks. Tenant works as a teacher and is looking to move.
@ / / / l

Intel: delivery riders (Brazilian) renting Deliveroo accounts from account holders for £150 a week. Riders work 12 hrs a day to cover the rent. No evidence of control beyond the commercial arrangement; riders free to stop.
@ / / / l

Worker (Romanian) at a flower farm via GLAA-licensed provider was told by a supervisor "if you don't pick faster I'll break your legs". Worker reported to the provider who dismissed the supervisor. Worker otherwise happy, paid, housed separately.
@ IT / / / m
''')
PARTS.append(r'''
Intel: Slovakian family (parents and 3 adult sons) living in a caravan on a farm they work on. Source says the farmer pays them fairly, they have a car, the kids go to school. Caravan is old and cold but they chose it over the farm cottage to save money.
@ / / / l

Debrief (Chinese female, 47, Mandarin interpreter): "Snakehead said restaurant job in London, I pay 200,000 RMB, my family borrowed. In London the snakehead's friend said no restaurant, you go to the massage house. I did not want. He said your family debt, your son in China, think about your son."
@ DE DB IT / / sex / h

SMS to 80999 (police text service): help im in flat above the shop on king st they took my pasport and i cant go out the man is coming back at 6 pls
@ RD RM / dt rm / / i

Construction worker (British, 55) told the union rep he'd worked 70 hours a week all summer on the stadium job to hit a deadline. Overtime paid at time-and-a-half, he volunteered for it. Complaint is about tiredness not pay.
@ / / / l

ASB team visit: 18 Clarence Rd, neighbours reporting "lots of men". Found 7 Kurdish men renting rooms from a private landlord with no link to their work, all have different employers (barbers, takeaways, a car wash). Landlord issued HMO warning.
@ / / / l

Intel 2/B/P: nom "BOSS LADY" (Lithuanian female) recruits Lithuanian men through a Facebook page "Darbas Anglijoje". On arrival men find the "factory job" is loading at a waste site, 7 days, 12 hours. She keeps a ledger of their "debts" for travel, rent and "fines" for lateness, and none of the men has ever cleared the balance.
@ DE EO DB / lh / lab / h

ok so my friend is 16 and she's been staying at this older guys house and he keeps making her go with his friends in cars and she says she has to or he'll put her out on the street. she's got nowhere else, her mum kicked her out
@ AV IT / / sex / h


A&E: male (Eritrean, 22) with old untreated fractures to hand, says he fell at work 2 months ago at a car wash; the boss would not let him see a doctor and he kept working.
@ AC / pa / lab / m

Officer's log: woman (Nigerian) and daughter (8) found sleeping at a bus stop. Mother had left an abusive husband. No exploitation disclosed; emergency housing arranged.
@ / / / l

Intel 2/C/P: Two Polish men in their 60s are living in a garage behind a house in Swindon. INT suggests the homeowner's son gives them work on his landscaping jobs and keeps their pay "to cover their drink and rent". Both are alcohol dependent.
@ AV WW AC / plc ncw / lab / h

''')
PARTS.append(r'''
Caseworker (New Pathways): client says that for the 3 years she was in the house in Cardiff she never knew the street name, was never given a key, and was only allowed to phone her mother in Romania on speaker with the man listening.
@ IS RM / iso rm / / m

Warehouse agency worker: charged £20 for safety boots and £5 a week for the "locker". Pays his own rent, has his own bank account, says the job is fine apart from that. Reported to GLAA as a fee breach.
@ / ppe / / l

Debrief (Vietnamese, 15): "I came with one bag. They took my bag and phone at the first house. When the police came I had only the clothes I was wearing."
@ AV IS / fpe iso / / h

POI "Bledi" (Albanian) — INT 2/B/P: uses a network of Albanian-run hand car washes in Lancashire. Workers (Albanian, 18-20) flown in on fake Italian ID cards that Bledi supplies and keeps. Workers paid £20/day, live 8 to a flat owned by Bledi's cousin, work 7am-8pm.
@ RD WW AC EO / dt oa lh / lab / h

Public report (Crimestoppers, translated from Polish): "My former neighbour has hired two Ukrainian girls to clean his hotel. They told me they get the full pay, have their papers and live in town. I first thought it was something bad but it looks normal."
@ / / / l


School nurse: girl (15) has bruises on arms, says "my step-dad's friend" grabbed her when she tried to get out of his car. She has been missing twice and was found in a hotel in Bolton.
@ AV PV / pa / sex / h

Intel: 1/B/P. Roma male SANDU controls a begging group in Newcastle city centre: 4 adults with disabilities, dropped off at 07:30, collected 19:00. SANDU takes the takings every two hours. The beggars live in his house, sleep in the living room.
@ AV WW AC / ced ncw oa / crim / h

Sorry to bother you, its probably nothing, but my neighbour's au pair is 19 and from Spain, she seems always to be with the kids and I never see her out. But she told me she goes to Spanish class Saturdays and the family took her skiing, so probably fine.
@ / / / l

Intel from Border Force, Heathrow: Nigerian female, 17, travelling with a man claiming to be her uncle; she has no idea where she will stay, says she will "help aunty with the children". Documents appear genuine but uncle has them. Referred to LA as possible child trafficking.
@ AV RD / dt / dom / i

Debrief (Romanian male, 40): "They didn't beat anyone. They just said, 'remember, we know your village'. That was enough."
@ IT / / / m

Care worker (Zimbabwe) on sponsored visa: employer deducts a "visa fee" of £300 from every monthly pay, leaving her about £250 a month after rent for the employer's house. She works 5 nights on 12-hour shifts. She is scared to leave because her visa is tied to the employer.
@ WW DB AV / ncw / lab / h



Victim debrief (Eritrean, via interpreter): she says that in the Sudan camp a man promised her a job as a maid in Dubai. She says instead she was sold to a family in Khartoum and later brought to the UK by them as their "relative". She says in London she cleaned from dawn until late night and was slapped by the mother.
@ DE EO PV / lh / dom / h

GLAA spot check: fruit farm, Kent. 60 seasonal workers on Seasonal Worker visas. Caravans clean and heated, 4 per caravan, each worker has own bank card, passports held by workers. One complaint about low piece rates in bad weather. No indicators.
@ / / / l

ok so my uncle wants me to marry a man in pakistan and the man's family wants me to go there to clean their house and look after his parents, they said i cant finish school. im 15. i dont want to go. they have my passport already
@ AV RD / dt / / h
''')
PARTS.append(r'''
boss has all our passports in the safe, says we get them back at christmas
@ RD / dt / lab / m

INT 2/B/P: nail bar Unit 3, staff sleep on massage chairs after closing.
@ / saw / / l

Car wash lads paid £10 a day, boss keeps rest "for the house".
@ WW / ncw / lab / m

Nothing suspicious at the farm, all workers spoken to, own documents, free to leave.
@ / / / l

He said if I tell anyone he will send the video to my dad. I'm 14.
@ AV IT / / sex / h

Caller reports loud music from flat 6 again. Third time this month.
@ / / / l

They told me waitress, it was men. Every night.
@ DE / / sex / h

Cuckooed flat, vulnerable occupant, dealers present now, occupant locked in back bedroom.
@ AV RM / rm / crim / i

New carer from agency arrived late, family unhappy with the service. Not a safeguarding matter.
@ / / / l

I have not seen my wages since I came, the man says he sends it to my wife. My wife gets nothing.
@ WW / ncw / / m

Au pair says host family are lovely, she has weekends free and her own car.
@ / / / l

Worker fell off a roof yesterday, nobody called an ambulance, foreman said get back up.
@ AC / / lab / m

My sister cannot call me, they took her phone when she started at the house.
@ IS / iso / dom / m

Grow house raided, gardener (Vietnamese) says he owes the boss for the boat.
@ DB / / crim / m

Kidney for sale posts on Facebook again — same account, Bangladeshi numbers. Flagged to NCA.
@ / / org / m

no day off in 11 months, 6am til late, thats the job at the chicken place
@ EO / lh / lab / m

Shop owner kept asking for ID before hiring me, perfectly normal, gave it back same day.
@ / / / l

Tenant in damp flat, chose it because it's cheap, works in a bank.
@ / / / l

MISPER update: located safe at friend's house, no exploitation concerns.
@ / / / l

She says that the man beat her with a belt when she refused clients. She is 17.
@ AV PV / / sex / h
''')
PARTS.append(r'''
DEBRIEF SUMMARY — Operation Kestrel — IP 4 of 9 (male, Romanian, 27)

IP was approached in his home town of Craiova in March by a man he knew from school, "Costel", who said his uncle ran a building firm in Kent paying £90 a day, with a room provided. Costel paid his coach fare and said it would come out of his first wages.

On arrival IP was taken to a house in Gillingham. He shared a bedroom with four other men, two to a double mattress on the floor. The house had one bathroom for 13 people and the heating did not work; IP describes wearing his coat to sleep from November to February. Costel's uncle kept everyone's ID cards in a locked drawer, "for the contracts".

IP says the work was real — groundworks and block paving on private driveways — and he worked from before 7am until it was dark, six and sometimes seven days a week. He says he was never paid £90; on Saturdays he was given £40 or £50 and told the rest was for the coach, the room and food, and that the "debt" was still £600 after five months.

IP did not describe any violence towards himself. He says that one man who asked for his card back was told "you can go when you've paid, or you can go to the hospital". IP says he was free to walk to the shop in the evenings but had no money and did not know anyone.

Other occupants of the house (IPs 1-3, 5-9) are the subject of separate summaries. The neighbour who called police (Mrs H) is not a victim and has no connection to the firm.
@ DE AC RD EO WW DB IT / oa plc dt lh ncw / lab / h

Multi-agency meeting minutes (extract)

Item 3: Family of six at 19 Linden Ave. Housing report says the property is in poor repair: damp in two bedrooms, a broken window, the children share one room. The father works nights at a distribution centre through a licensed agency and is paid into his own account; the mother is at home with the baby. Family want to move and are on the housing register. Environmental health to serve a notice on the landlord. No exploitation concerns.

Item 4: Ms V (Bulgarian, 44) — previously supported by a charity after leaving a care job where she said she was underpaid. Her complaint was resolved through an employment tribunal and she now works for a different provider. She has her own passport and accommodation. Case closed.

Item 5: School attendance concerns for Y5 child — to be handled by the education welfare officer.
@ / / / l

Statement of witness (shop assistant, 31)

I work at the convenience store on Park Parade. Since about August two young lads, maybe 15 or 16, have come in most days. They buy energy drinks and pot noodles with £50 notes. They are always with an older man in a grey Golf, who waits outside and comes in if they take too long. One of them, the smaller one, has a London accent and once asked me what town this was. He had a black eye in October.

Last week the smaller lad came in alone and asked to use our phone. He said his phone had been "taken off him" and he needed to ring his mum. Before he could, the man in the Golf came in, grabbed his arm and said "we're going". The lad didn't argue. I took the registration, it was something like GX17, I didn't get the rest.

I have seen the same man at number 12 Croft Lane, which I walk past on my way home. The woman who lives there has been in my shop since she was a teenager. She used to be chatty but now she looks thin and frightened and says she "can't talk".
@ AV IS RM / pa iso rm / crim / h

Caseworker note (Salvation Army, 3rd contact)

Client A (Polish, 39) came to the UK in 2018 for agricultural work through a friend and did three seasons on farms in Herefordshire. She describes the work as hard but fair: hourly pay, payslips, a caravan she shared with one other woman, her own documents. She left farm work in 2021 after a back injury.

She contacted us because of her current partner, who she says takes her Universal Credit each month and controls her bank card. He does not make her work and she is not involved in any sex work. She is frightened of him. She wants help to leave and to find housing.

Action: referral to the local IDVA service and housing options. Not an NRM case on current information; we will keep the possibility under review.
@ / ncw / / l

OFFICIAL-SENSITIVE — Intelligence report (extract)
Grading: 2/B/P. Source: CHIS (reliable history, untested on this subject).

1. Subject BALOGH, Zsolt runs an unlicensed labour supply to two food factories in Corby. INT suggests approx 30 Hungarian men and women are housed in three terraced houses he rents, 10 per house.
2. INT suggests workers are told on arrival that they owe him £350 for transport and the first month's rent, which is deducted weekly together with a "bank fee". Several workers have never received a payslip.
3. Workers who have asked to move to another agency have been told that BALOGH's brothers "will find them".
4. Source states that the factory HR departments are aware of the overcrowding but not the debts.
5. No intelligence that workers are locked in or that documents are held; source says they have their own ID cards.
@ DB AC IT / oa / lab / h

Public report (online form, unedited):
"hello i live opposite the big house on Marsh Lane, a family moved in last year they have a woman living with them who does all the gardening, the washing on the line, takes the kids to school and back, I see her out at 6 in the morning with the bins and still working at 11 at night, she never has a day off that I can see. Once I said hello and she ran inside. Last week I heard the man shouting at her in the garden and she was crying and he pushed her over. I dont know if she gets paid, she wears the same clothes every day. I dont know her name. she might be from Sri Lanka or India. please can someone check."
@ EO PV / lh pa / dom / h

Case review — organ trafficking (closed)

Mr D (Pakistani, 34) travelled from Bradford to a private clinic abroad in 2019 after a broker approached him at a mosque and offered £7,000 for a kidney "for a sick businessman". Mr D was in debt to a loan shark at the time. The broker arranged his flights and told him there was "no risk, you live fine with one". After the operation he was paid £2,500, not £7,000, and told that the rest had gone on "expenses". He has since had complications and cannot do manual work.
The recipient, a UK resident, has been identified. The broker was convicted in 2023. The case is recorded for the national picture.
@ DE / / org / m
''')


def parse(block):
    recs, buf = [], []
    for line in block.split("\n"):
        if line.startswith("@ "):
            text = "\n".join(buf).strip()
            f = [x.split() for x in line[2:].split("/")]
            assert len(f) == 4 and len(f[3]) == 1, line
            recs.append({"text": text,
                         "indicators": [IND[c] for c in f[0]],
                         "signs": [SIG[c] for c in f[1]],
                         "exploitation": [TYP[c] for c in f[2]],
                         "risk": RISK[f[3][0]]})
            buf = []
        else:
            if not buf and not line.strip():
                continue
            buf.append(line)
    assert not "".join(buf).strip(), "trailing text without labels: %r" % buf[:2]
    return recs


def main():
    recs = [r for p in PARTS for r in parse(p)]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh16.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            r = {"id": "f16-%03d" % i, **r}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "records ->", out)


if __name__ == "__main__":
    main()
