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
@ AV WW / ncw oa / lab / h

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

Neighbour complains the house next door run as an HMO has 8 tenants and too many cars on the street. Council confirmed HMO licence in place, tenants are students. No further action.
@ / / / l

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

Intelligence report: Chinese female "Lily" advertised on adult website, 3 different phone numbers, moves between Airbnb flats in Cardiff, Swansea and Newport every 4-5 days. Driver delivers food. Ads say "new girl in town, 24/7".
@ / / sex / h

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

Officer note: disturbance at a house party, 18th birthday, noise complaint, one arrest for assault after a fight between two guests. No other concerns.
@ / / / l

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

Victim: "The lady said I can go to the shop when I want. But I had no money and no English and I did not know where the shop was. I was there 2 years."
@ IS / iso / / m

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

Intel: benefit fraud — 22 Universal Credit claims linked to one address in Walsall, all Slovak/Czech Roma nationals, the same person attends the Jobcentre appointments as "translator" and the payments go to accounts whose cards are held by him. Claimants work in a sandwich factory and say they "get food and a bed".
@ WW / sfw mbc ncw / lab crim / m

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
