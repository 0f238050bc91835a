#!/usr/bin/env python3
"""Hand-written texts for fresh153 (South West mix). Each entry: (text, indicators, signs, types, risk).
Abbreviations are expanded below; every text is written individually (no slot templates)."""
import json, os
IND = dict(av="abuse_of_vulnerability", dec="deception", rom="restriction_of_movement", iso="isolation",
           psv="physical_sexual_violence", it="intimidation_threats", rod="retention_of_documents",
           ww="withholding_wages", db="debt_bondage", ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ce="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []
D += [
("INT suggests daffodil pickers at farm nr HELSTON being housed in static caravans, 8 to a van, no heating. Gangmaster POPESCU holds workers' ID cards 'for payroll'. 2/B/P", "ac rod", "oa plc dt", "L", "m"),
("Caller reports kids on bikes keep riding through the precinct in Paignton shouting at shoppers. No injuries. Words of advice given.", "", "", "", "l"),
("i seen a man at the car wash on feeder rd he works there from 7 in the morning till gone 10 at nite every day even sundays and he sleeps in the back shed. he looks so thin", "eo", "lh saw pa", "L", "m"),
("Newlyn harbour. Crew member (Filipino national, 34) attended Seafarers' mission. States skipper has had his seaman's book and passport since he joined the vessel in March. Has been paid $300 total in five months, balance 'will come at the end of contract'. Works 20hr days when fishing.", "rod ww eo", "dt lh", "L", "h"),
("Shoplifting at Co-op, Weymouth. Male 40s took meat and razors, known to staff. Lone offender, regular, says he was hungry. Referred to food bank.", "", "", "", "l"),
("Salvation Army caseworker note: client R (Romanian, 27) says the man who found her the job at the Bridgwater packhouse told her it paid £11 an hour. She gets £150 a week after he takes 'rent, transport and the fee for the job'. She still owes him £900 for the minibus from Constanta and he says the number goes up when she is sick.", "dec ww db", "ct uf ncw", "L", "h"),
("Neighbour complaint re noise from HMO on Stapleton Rd. Music till 3am. Landlord contacted, HMO licence in order, 5 tenants all on individual tenancies. No further action.", "", "", "", "l"),
("999 call 02:14 female screaming from upstairs flat above nail bar Fore St, caller heard 'let me out' and banging on door. Door locked from outside per caller. Units dispatched.", "rom", "rm", "", "i"),
("POI NGUYEN Van Thanh DOB 04/02/2007 found at cannabis grow, loft of terraced house, Camborne. Door padlocked, food passed in by adults. States he was brought in lorry, owes 'the uncle' £20k for the journey. 1/A/P", "av rom db", "rm", "C", "i"),
("School safeguarding referral (Year 10, Falmouth): pupil T has new trainers, two phones, and has been missing from school on Thursdays. Seen getting into a car with older males from London. Told a friend he 'has to go back to Plymouth to sort a debt'.", "av db", "", "C", "h"),
("GLAA inspection Dorset salad packhouse: labour provider records complete, workers paid to own bank accounts, holiday pay correct, no accommodation provided. Workers interviewed alone, no concerns raised. Licence compliant.", "", "", "", "l"),
("they took my phone first day. i did not know where is the house, only big field and sea. i could not call my mother for two months", "iso", "isd", "L", "m"),
("Bank alert: 11 debit cards, different names, used at same ATM in Barnstaple between 01:00 and 01:40, all accounts receive wages from one recruitment agency and are emptied same night.", "ww", "mbc ncw", "L", "m"),
("Member of public reports a young girl, maybe 14, seen several times getting into different men's cars outside the chip shop in Camborne late evening. Looked scared and had a bruise on her cheek.", "av", "pa", "S", "h"),
("Care home, Torquay. Agency care worker (Indian national) told CQC inspector she paid £8,000 to an agent in Kerala for her certificate of sponsorship. Employer now deducts £400 a month 'to repay the sponsorship' and tells her if she leaves she will be reported to the Home Office and deported.", "db it abuse_of_vulnerability", "uf foa", "L", "h"),
("Road traffic collision on A30 near Bodmin, two vehicles, minor injuries, no arrests.", "", "", "", "l"),
("Debrief (through Vietnamese interpreter): He says that he was told in Hanoi he would work in a nail shop in England and go to school. When he arrived they put him in a house in Bristol with plants. He watered them and did not go outside for many months. The men said if the police come he will go to prison because he is illegal.", "dec rom it av", "rm foa", "C", "h"),
("Brixham trawler, skipper reported by crew for unpaid wages. Enquiries: late payment due to boat being laid up after engine failure, wages paid in full two weeks later, crew living ashore in own rented accommodation. No offences.", "", "", "", "l"),
("INT: pop-up brothel Airbnb, Bournemouth, Lansdowne area. Adverts on AW show 3 Romanian females, 'new in town'. Male DUMITRU drives them between flats every 3 days and collects the cash. 2/C/P", "ww", "et ncw", "S", "h"),
("Victim states: 'I came to work in the kitchen of a hotel near Newquay. The manager said we get a room and food. The room was a staff caravan with mould on the walls and six of us. We worked breakfast to dinner seven days. When I asked for a day off he laughed.'", "ac eo", "oa plc lh", "L", "m"),
("Report of cuckooing: flat 3, block in Ilfracombe, occupant vulnerable adult with learning disability. Males from Birmingham staying there for 2 weeks, dealing from the flat. Occupant told neighbour he sleeps in the bathroom now and they said they'd 'do him' if he called anyone.", "av it", "", "C", "high"),
("Student at Exeter uni reported her passport lost on the train, crime ref given for embassy. No suspicious circs.", "", "", "", "l"),
]
D += [
("Ppl at the hand car wash on the Wells road look terrified whenever a police car goes by, they run round the back. boss does all the talking, they dont speak english. been like this months", "", "foa sfw", "L", "m"),
("Midwife note: 19 yr old Albanian woman booked late (32 wks). Attended with 'boyfriend' who answered every question and would not leave the room. She had no phone of her own. When he went to the toilet she said quietly he makes her see men and keeps the money.", "ww iso", "sfw ncw isd", "S", "h"),
("Domestic incident, Yeovil. Verbal argument between married couple over finances, both sober, no injuries, no children present. DASH standard. Advice given.", "", "", "", "l"),
("Officer handover: Op FOXGLOVE. Six Slovak males recovered from house in Weston-super-Mare, mattresses in every room incl kitchen. All work via same labour agency at a meat plant. Wages paid into accounts opened by the 'landlord' KOVAC who holds all cards and PINs. Males given £30 a week. Two had bruising, said Kovac hit them when they asked for money. NRM referrals consented x5, 1 declined (DtN).", "ac ww psv", "oa plc ncw pa mbc", "L", "h"),
("Wanted to say the lads at the car wash in Yate are treated well, they get paid proper and the owner drives them home. I know one of them, he's saving for a house.", "", "", "", "l"),
("Modern slavery helpline referral: Caller's cousin (Eritrean, 22) is working in a takeaway in Plymouth, sleeps on the floor of the storeroom, is given food but no wages because 'he is still paying for the boat to Italy and the lorry'. Employer said he will tell immigration where he is if he complains.", "db ww it av", "saw foa", "L", "h"),
("POI PATEL Jayesh nom, runs care agency Taunton. INT suggests overseas care workers charged £10k recruitment fees, housed 6 to a 2-bed flat owned by POI, rent taken from wages at source. 2/C/P", "db ac", "uf oa ncw", "L", "m"),
("theres a woman next door she cleans and cooks for the whole family all day and looks after the kids, she never goes out, the family go on holiday and lock her in the house. shes from the philippines i think. i tried to talk to her over the fence and the wife shouted at her", "rom iso eo", "rm isd lh", "D", "h"),
("Burglary, holiday let, St Ives. Laptop and jewellery taken, entry via rear window. Scenes of crime attended.", "", "", "", "l"),
("A&E: male 45 presented with crush injury to hand from conveyor at recycling plant, Avonmouth. Accompanied by supervisor. Employer reported to HSE under RIDDOR. Patient works through agency, lives with family, no safeguarding concerns identified.", "", "", "", "l"),
("A&E Treliske: male approx 30, Sudanese, presented with infected wound to leg, says works on a flower farm. Attended with man who brought him, who gave a different name for patient and tried to take the discharge letter. Patient emaciated, wearing same clothes as 3 days ago, says he lives in a barn and they work 'from dark to dark'.", "ac eo", "pa sfw plc lh fpe", "L", "h"),
("Press summary: Two men were jailed at Exeter Crown Court for forcing homeless British men to lay tarmac for up to 16 hours a day. The victims, recruited outside a soup kitchen with promises of cash and a roof, were kept in a horsebox and paid in cans of lager and tobacco. One victim had been with the family for 11 years.", "av dec eo ac ww", "lh plc", "L", "h"),
("Parking dispute between neighbours Bishopsworth, male threatened to key neighbour's car. Both spoken to.", "", "", "", "l"),
("Intel log: 3/C/C (do not disseminate outside MSHT team). Source states Albanian males running grow in former shop unit, Redruth. Workers young, not allowed out, sleep in unit. Generator runs 24/7.", "rom", "rm saw", "C", "h"),
("she says she was promised a job as a nanny in London with a good family. They met her at Heathrow and took her passport 'to register her'. She was taken to Dorset and made to clean a big house and cook from 6am to midnight. She slept in the utility room. She says the madam slapped her if the floor was not clean.", "dec rod eo psv ac", "dt lh saw", "D", "h"),
("Council licensing visit to nail bar, Broadmead: two staff without certificates, hygiene issues with foot spa. Staff are owner's adult daughters, paid through payroll, live at family home. Improvement notice only.", "", "", "", "l"),
("ANPR VRM WP19 XKT seen Penzance–Camborne–Penzance nightly 22:00–04:00. INT: vehicle used to run line 'DUKE' into Penwith, runners are local 15-16 year olds. 2/B/P", "av", "", "C", "h"),
("My son is 16 he keeps going missing for days and comes back with cash and a stab vest, some men phone him all the time and he says he owes them for a bag that got taken so has to keep working. I'm scared for his life", "av db", "", "C", "h"),
("Caller reports a lorry parked at Gordano services with banging coming from the back. Officers attended: driver had dog in cab. No persons found.", "", "", "", "l"),
("Probation note: service user (British, 23, care leaver) disclosed that older male who 'looked after him' when homeless has his bank card and gets his Universal Credit each month, gives him £10 now and again.", "", "ncw", "", "l"),
("Fishing vessel boarded by Border Force, Plymouth. Ghanaian crew of 4 on transit visas working inside 12nm. Skipper holding their passports in wheelhouse. Crew say they have not been ashore in 7 weeks and are paid $500 a month to a Ghana agent, not to them.", "rod rom ww", "dt rm ncw", "L", "h"),
("Reported fraud: elderly male in Sidmouth lost £4,000 to a phone scam impersonating his bank. Referred to Action Fraud.", "", "", "", "l"),
("Outreach note (Bristol street sex work project): S, British, 24, heroin dependent, says her 'partner' puts her out every night and won't let her score until she's made £200. He takes all of it.", "av ww", "ncw", "S", "h"),
]
D += [
("Theft of diesel from farm tank near Holsworthy, approx 500L. No suspects.", "", "", "", "l"),
("Bus driver reports group of 5 men picked up outside a house in Kingsteignton at 4:30am every day by the same white van, brought back at 11pm. They never seem to carry anything, no bags or lunch.", "", "ce", "", "l"),
("Kidney transplant patient, Southmead: recipient received organ from living related donor (brother), full HTA assessment and independent assessor interview completed. No concerns.", "", "", "", "l"),
("Renal clinic, Derriford: patient (British-Pakistani, 52) returned from abroad with new kidney, says he paid a broker £25,000 and the donor was 'a poor boy from the village who was given some money'. Documentation inconsistent. Referred to HTA and police.", "av", "", "O", "m"),
("INT: Romanian male 'Marius' recruits beggars from his home town, they stand outside Tesco Exeter High St and Sainsbury's, hand over takings to him each evening at a flat in Heavitree. One has a leg amputation. 2/C/P", "ww av", "ncw", "C", "m"),
("Wellbeing check requested by employer (hotel, Bournemouth) as chef not turned up for 2 days. Found at home unwell with flu. No concerns.", "", "", "", "l"),
("Victim account (translated from Polish): 'In Poland a man put the announcement on Facebook, work in England on farm, house included, £400 a week. I paid him 300 zloty for the ticket. In England I got maybe £50 in the hand, the rest he takes for house, for bus, for the boots and the jacket. He said I owe him more every week. Twelve of us in one house.'", "dec ww db ac", "uf ct ppe oa ncw", "L", "h"),
("Two men fighting outside Wetherspoons Newquay, both drunk, one arrested for s4 POA.", "", "", "", "l"),
("Sheltered housing manager, Plymouth: tenant (78) says her grandson collects her pension every Monday and she only gets what he gives her back. She says he is a good boy and helps her.", "", "ncw", "", "low"),
("CSE concern, Swindon/Bath: girl 15 (looked after child) found in hotel room with two adult males, drugs and alcohol present. Phone shows she is being passed between 'friends' for parties. She says one of them 'is her boyfriend' and bought her a phone.", "av", "", "S", "immediate"),
("Crimestoppers: a bloke on the caravan park near Perranporth says he has twenty polish workers for the flower farm and takes their bank cards off them when they arrive so he can 'sort their wages'. they all live in two caravans", "", "ncw oa", "L", "m"),
("Construction site, Hinkley C contractor: worker injured falling from scaffold, HSE notified. Worker employed directly by main contractor, CSCS card and right to work checked. RIDDOR report.", "", "", "", "l"),
("he said if i run he will send the photos to my father and my brothers will kill me. so i stayed. every night men came to the flat in bournemouth", "it", "", "S", "h"),
("POI DOGARU Ionut DOB 11/07/1988. Arrested for s45 theft x12 (shoplifting, Cribbs Causeway). Claims he is made to steal by 'Bogdan' who took his ID card and keeps him in a house in Lawrence Hill. Bogdan hits him when he brings back too little. Custody: NRM referral made, s45 defence flagged to CPS.", "rod rom psv", "dt", "C", "h"),
("Seafarers' welfare visit, Newlyn: Indonesian deckhand says they are not allowed off the boat when it is in port unless the skipper's son goes with them. He has not spoken to his wife for a month as there is no signal at sea and the skipper keeps the phones in a box.", "rom iso", "rm isd et", "L", "h"),
("GLAA: labour provider supplying pickers to daffodil farm, Cornwall, found unlicensed. Workers interviewed, all paid correctly into own accounts, own accommodation in Camborne. Enforcement for licensing offence only.", "", "", "", "l"),
("Teacher concern (Year 8, Dorchester): pupil arrives at school hungry, says she cooks and cleans for her aunt's family and looks after three little cousins before and after school, is up till midnight doing washing, not allowed to go to friends. Came from Nigeria last year, aunt has her passport.", "av eo rod rom", "lh dt rm", "D", "h"),
("Witness: 'I work at the chicken factory in Chard. Some of the Hungarians on my line get picked up by the same man every morning at 5 and he takes their wage slips off them at the end of the week. They always look knackered and one told me he owes the man for the flight.'", "db ww", "ce ncw pa", "L", "m"),
("Dog attack on sheep, Dartmoor, owner traced and reported.", "", "", "", "l"),
("Probation: service user working on a dairy farm near Okehampton under licence. Farmer provides a cottage, pays NMW via payroll, service user has own phone and car. Visits unannounced x2, no concerns.", "", "", "", "l"),
("Debrief: She says that the man she met online in Lagos promised to marry her and bring her to study. In Bristol he took her to a house and said she owes him £35,000 for the visa and the ticket and she must work with men until it is paid. A juju oath was done before she left; she believes if she breaks it she will die.", "dec db it av", "", "S", "h"),
("Report on online form: massage parlour Torquay, open till 2am, girls never seem to leave, windows blacked out, man sits in car outside all night. cant be right", "", "", "S", "h"),
]
D += [
("Shed break-in Exmouth, bikes stolen.", "", "", "", "l"),
("INT: 2/B/P. Vietnamese females working at nail bar, Cheltenham Rd, live above the shop, owner TRAN drives them to and from work even though it is downstairs 'for their safety'. Staff not permitted to speak to customers. Paid 'at the end of the year'.", "ww rom iso", "saw et rm isd", "L", "h"),
("Caller from Brixham says her husband, a fisherman, has not been paid by the boat owner for 3 weeks and she can't pay rent. Advised civil matter / ACAS. Husband free to work elsewhere and has since moved boats.", "", "", "", "l"),
("I want to report my old boss. He took my passport at the airport and said I would get it back when I paid him for the flight. He has still got it. I work in his restaurant in Taunton every day 11 till 1am and sleep upstairs with four other boys.", "rod db eo", "dt lh saw oa", "L", "h"),
("Sham marriage intel: Home Office marriage referral, Plymouth registry office. Bride (Portuguese, 20) does not know groom's surname, speaks no common language with him. Her 'cousin' paid for her flight and says she will get £500 after. 2/C/P", "av", "", "C", "m"),
("Forced marriage unit referral: British-Bangladeshi girl, 17, Bristol, told by teacher she is being taken to Sylhet in the summer to marry her cousin; parents have taken her passport and phone. She is terrified.", "av rod iso", "dt isd", "", "h"),
("Reported: man collapsed in field near Tamar Valley during picking, heatstroke. Farm manager called ambulance immediately, worker lives in farm's licensed caravan (2 per van), paid weekly. Recovered. No concerns.", "", "", "", "l"),
("Op log 14:20: entry under warrant to flat 2, Stonehouse. 4 females found, ages 19-25, Romanian. Bedrooms with locks on the outside. Ledger with amounts per girl per night, 'debt' column. 1 female with black eye says controller LUCA punched her for refusing a client. All 4 removed to reception centre.", "rom db psv", "rm pa", "S", "i"),
("Community support officer note: the Eastern European chaps living above the barbers in Bedminster — all 9 share one bathroom, mattresses on the floor, landlord is their employer at a recycling yard. They say the rent is taken before they see their pay.", "ac ww", "oa plc ncw", "L", "m"),
("Hi I'm worried about my friend she is 17 and her boyfriend is 28 he makes her sell weed for him at school and takes her to Weston on weekends to hold stuff. she said hed hurt her if she stopped", "av it", "", "C", "h"),
("GP record: patient (Polish, 58) attends with chest infection and chronic back pain. Lives in a caravan on a building site in Swindon where he works for a 'Polish guy'. No pay for 'a few months, he gives food and cigarettes'. Patient has alcohol dependency. Says he has nowhere else to go.", "av ww ac", "plc saw", "L", "h"),
("Email to force: My name is Huong. I cannot tell you my place. The man locked the door and I am in the room with the plants. Please help me, there is no food from yesterday.", "rom ac", "rm", "C", "i"),
("Holiday park manager, Hayling/Weymouth area: seasonal staff (Bulgarian students on summer contracts) housed in staff caravans, 2 to each, paid via payroll, free to come and go. One reported a lost passport which we helped her replace.", "", "", "", "l"),
("INT: county line 'TIGER' supplying crack/heroin into Torquay. Controller in Birmingham. Runners kept in trap house on Union St, not allowed to leave for a week at a time, phones taken. 15 yr old from Walsall among them. 1/B/P", "av rom iso", "rm isd", "C", "i"),
("Criminal damage, graffiti on bus shelter, Keynsham.", "", "", "", "l"),
("Car wash at old petrol station in Totton/Poole: council environmental health found workers using acid-based cleaners without gloves or masks, burns on hands. Workers say boss charges £5 for gloves so they don't bother. They sleep in the portakabin on site.", "ac", "ppe saw pa", "L", "m"),
("Debt worry: Chinese student in Bath reports a scam caller pretending to be Chinese police said she must pay to avoid arrest. Lost £3k. Fraud report. Not exploitation.", "", "", "", "l"),
("Kalayaan-type referral: migrant domestic worker (Indonesian, 40) escaped from diplomat's residence in London, now with friend in Bristol. Says she worked 18 hours a day looking after 4 children, had no day off in 2 years, was fed leftovers, employer kept her passport and paid her salary 'to the agency' in Jakarta.", "eo rod ww ac", "lh dt ncw", "D", "h"),
("Concern for welfare: a man aged about 60 is seen sleeping in a transit van in the yard of a paving firm outside Bridgwater. He does all the labouring. The family who run it call him 'the old boy'. He told the postman he hasn't had wages 'since before covid'.", "ww ac av", "saw plc", "L", "h"),
("Female (Brazilian, 29) came to police station in Bournemouth to ask about visa overstay. Works in a café, paid cash but properly, lives with friends. No indicators. Signposted to immigration advice.", "", "", "", "l"),
("Alert from bank: customer (Lithuanian, 22) opened account in branch, accompanied by a man who did all the talking and held the customer's passport. Same man accompanied 6 other account openings this month, all listing the same address in Gloucester.", "", "sfw mbc", "", "l"),
]
D += [
("THERE ARE MEN LIVING IN THE GARAGE BEHIND THE TAKEAWAY ON UNION STREET I SEE THEM GO IN AT 2 IN THE MORNING AND THE OWNER LOCKS THE SHUTTER ON THEM. NOBODY DOES NOTHING. SORT IT OUT", "rom ac", "rm saw plc", "L", "h"),
("Officer note: spoke to 3 workers at flower packhouse, Spalding-style operation near Hayle. All say they are happy, paid weekly into their own account, free to leave the job and often do at end of season. Accommodation inspected, clean, 2 per room. No indicators.", "", "", "", "l"),
("Debrief (Albanian male, 19, via interpreter): He says that he was told he would work in construction in London. Instead 'Arben' took him to a house in Swindon full of cannabis. He was beaten with a metal bar when some plants died. Arben showed him a video on his phone of a man being beaten and said 'this is what happens to the ones who talk'. He says his family in Kukës owe Arben for the journey.", "dec psv it db", "", "C", "h"),
("Neighbour dispute re boundary hedge, Crediton. Civil matter.", "", "", "", "l"),
("Intel: female (Chinese, 40s) advertised on adult site, location Cheltenham/Gloucester, same phone number also linked to adverts in Exeter and Truro over last 3 months — suggests rotation by organiser. 2/C/P", "", "", "S", "h"),
("my uncle brought me here when i was 15 to help in his shop in plymouth. i never went to school. i worked in the shop and at home cleaning. he said i am lucky he feeds me. now i am 19 and he still keeps my passport and says i will be sent back to prison if i go to the police", "av rod it eo", "dt foa", "L D", "h"),
("Trading standards: counterfeit cigarettes seized from mini-market, Taunton. Owner interviewed. No workers on site other than owner and wife.", "", "", "", "l"),
("Custody note: detained male (Vietnamese, says 17, looks younger) arrested at cannabis factory in Cheltenham. Has no phone, no money, no belongings apart from the clothes he is wearing. Could not say what town he was in. Age assessment requested, treat as child, NRM.", "av iso", "fpe isd", "C", "i"),
("saw a van pull up at the Tesco in Newquay at like 6am and about 10 foreign lads got out and the driver handed them each a bank card then took them all back after they'd used the cashpoint. mad", "", "mbc sfw ncw", "", "l"),
("Local authority adult safeguarding: Mr K, 52, learning disability, has been 'helping' a family of market traders for five years. Sleeps in a shed with no electricity, works on the stalls and cleans their house every day. He gets meals and £10 'spending money' on a Saturday. Family have his bank card.", "av ww ac eo", "saw plc ncw lh", "L D", "h"),
("Fight at Plymouth Argyle match, 2 arrested.", "", "", "", "l"),
("Border Force, Bristol Airport: female (Vietnamese, 22) arriving from Paris on false Chinese passport, carrying a phone number for a 'friend' in Birmingham. Says she is going to work in nails. Cannot say who paid for her ticket. Fearful, asked repeatedly if she would be sent to prison. Referred, NRM considered.", "", "foa", "", "l"),
("HTA referral: a man in Bristol put a post on a Facebook group offering to buy a kidney from 'anyone healthy who needs money fast', £10k cash, surgery abroad. Account linked to two similar posts in Birmingham. Reported to police.", "", "", "O", "m"),
("Victim debrief, Somali male 31: 'They said in Egypt, if you cannot pay for the boat you give a kidney. They took me to a clinic in Cairo. When I woke up there was a cut here. They gave me nothing. I was told if I speak they will find my sister.'", "psv it av", "pa", "O", "h"),
("Care agency compliance check (Exeter): sponsored carers from Zimbabwe paid NMW, contracts in English, own accommodation, passports held by workers themselves. Long shifts offered but optional. No breaches found.", "", "", "", "l"),
("ICIDP note 2/A/P: POI 'Dritan' LLESHI charging £250 per week 'rent' to 7 Albanian men in 3-bed house, Kingsdown, Bristol. All work for him on building sites. He collects their wages from the site managers in cash on Friday and gives them back 'what they need'.", "ww ac", "oa ncw", "L", "m"),
("Caller concerned about a teenage boy, maybe 14, knocking on her door in Exmouth asking to use her toilet, he said he's 'working' and been there 3 days, has no money, looks dirty and scared, an older man keeps ringing him.", "av", "pa", "C", "i"),
("Assault outside kebab shop Weymouth, victim punched by unknown male, minor injuries.", "", "", "", "l"),
("Statement from former worker at a hand car wash, Swindon: 'We worked 8 till 8, then cleaned up. Mr Hamid took £40 a day for the room and the van. Some days we got nothing because he said there were no customers. He kept saying the police will deport us if they come, so we hid in the back when any police came.'", "ww eo", "lh ct foa", "L", "m"),
("Report from hotel reception, Exeter: a man booked 3 rooms for a week, young women coming and going, lots of male visitors, women look very young and never leave without him. Staff think one is under 16.", "av rom", "rm", "S", "i"),
("Adult safeguarding: deaf male 34 (Romanian) working in a laundry in Plymouth. He cannot read or write and the supervisor 'manages his money'. Colleagues say he is shouted at and pushed around, and works every Saturday and Sunday unpaid.", "av ww psv eo", "ncw lh", "L", "h"),
("Public report: those lads on the potato farm near the A35 - they get the bus that the farmer charges £10 a day for, its a rip off but they say they're paid ok and go home at the end of the month", "", "ct", "", "l"),
]
D += [
("Au pair (Spanish, 20) living with family in Clifton rang helpline. Says she is asked to do all the cleaning, ironing and cooking as well as childcare, about 60 hours a week for £80 'pocket money', and the mother reads her messages. She is not allowed out in the evening because 'the children might wake'.", "eo ww rom iso", "lh rm isd", "D", "h"),
("Au pair, Salisbury/Dorset border: host family pays £120/week, 25 hrs, own room, evenings free, attends English classes. Contacted police only to report her bike stolen.", "", "", "", "l"),
("Log: 06:40 Four males seen climbing out of the back of a Luton van at a layby on A38 near Saltash, one with visible cuts to the face. Stated in broken English 'boss angry, hit'. Van driver left scene. Males taken to Charles Cross for welfare.", "psv", "pa", "", "h"),
("A lady in my church told me her husband's nephew came from Nigeria to 'study' but the family put him to work in their care agency doing night shifts, he gets no pay, they say it's for his school fees that were never paid. He sleeps on the sofa. He's 18 now but came at 16.", "dec ww av eo", "lh", "L", "h"),
("Intel 2/B/P: cocklers/fish processing: Chinese nationals employed at shellfish processing unit, Brixham, transported in a blacked-out minibus from a house in Paignton at 4am, returned 9pm. Driver 'Mr Lin' holds their passports and pays them in cash 'when he feels like it'.", "rod ww eo", "et ce dt lh ncw", "L", "h"),
("Drunk and disorderly, Exeter Quay, male 22 cautioned.", "", "", "", "l"),
("Public report: a girl who looks about 13 is always at the house on Gloucester Rd with older men, she goes in and out of cars with them at night, I've seen one grab her by the hair and push her in", "av psv", "", "S", "i"),
("Debrief: 'I am from Sudan. In Calais a man said there is work in England in a farm with good money. In England they drove me to a farm near Evesham, then to Cornwall for flowers. Always I am in the van with other men, we do not know where we are. The boss said he will tell the Home Office and they will put me in detention if I make problems.'", "dec iso it av", "isd foa", "L", "h"),
("Note from restaurant owner, Falmouth: 'Our chef's visa is sponsored by us. He asked us to keep his passport in the office safe after he lost his last one; he can have it whenever he asks.' Officer saw chef collect it on request. No concerns.", "", "", "", "l"),
("INT: female 'Mimi' working from flat above launderette, Boscombe. Clients report she appears frightened, has bruises on arms, says she cannot go out because 'they watch'. Male answers the advert phone. 2/C/P", "psv rom", "pa rm sfw", "S", "h"),
("GLAA: bakery, Swindon – 30 agency workers. Wage records show legitimate deductions for tax/NI only. Some workers unhappy with pay rate (NMW) and asked for overtime; no signs of coercion. Case closed.", "", "", "", "l"),
("Text message forwarded by charity: 'sister pls help they take my passport they say i work to pay 5000 for visa. i am in hotel kitchen in cornwall. i not know the town. no day off 3 month'", "rod db iso eo", "dt lh", "L", "h"),
("Social worker: 16 yr old unaccompanied asylum seeker went missing from foster placement in Taunton. Located in Bristol working in a car wash, says 'the brother' who arranged his travel needs paying back £7,000 and he sleeps at the car wash. Returned to placement; trafficking risk high.", "av db", "saw", "L", "h"),
("They told me if I went to the police my little boy back home would be taken. So I kept working in the massage place and giving them the money.", "it ww", "ncw", "S", "h"),
("Shoplifting gang: 3 Romanian women arrested at Cabot Circus with stolen perfume. Interviews: all three say they work for themselves, live with husbands, keep the money. No exploitation indicators; charged.", "", "", "", "l"),
("Harbour master, Newlyn: crew welfare complaint re Scottish-registered vessel. Crew say food has run out twice, cabins leak, no working toilet, and they work 'until the nets are in' for 30 hours at a stretch.", "ac eo", "plc lh", "L", "h"),
("Intel: POI Daniel O'BRIEN, Traveller site near Gloucester, recruiting homeless men from Bristol day centres. Men taken to site, work paving and gardening for no pay, heads shaved and 'kept in line' with beatings. One man with broken ribs attended A&E last month, told staff he fell. 2/B/P", "av ww psv", "pa", "L", "h"),
("Complaint re cannabis smell from flat, Bideford. Occupant adult male, personal use quantities. Words of advice.", "", "", "", "l"),
("Migrant Help caseworker: Mr A (Iranian, 25) says his landlord in Plymouth makes him work in his carpet shop 6 days for the room, no money. If he does not go, the landlord says he will be on the street. He has no documents as the smuggler took them in Turkey.", "ww av", "", "L", "m"),
("Police welfare visit to a static caravan in a field near St Columb. 11 men found, 2 caravans, no running water, buckets for toilets. All work for 'Vasile' picking daffodils. Vasile keeps their ID cards in his car. They are paid by the box but say after the deductions they get 'maybe 30 pounds'.", "ac rod ww", "oa plc dt ncw", "L", "h"),
("he bring me to uk for marry his son. after wedding they make me cook clean for all family, 9 people, i can not go out, they take my phone. mother in law beat me with belt if food is cold. i am 20", "rom iso psv eo", "rm isd lh", "D", "h"),
("Victim (British, 17) told YOT worker: 'I'm not a victim. I chose to do the line. They pay me.' Later in same session said he owes £2k after he got robbed and 'they know where my mum lives'.", "av db it", "", "C", "h"),
("Report: staff at a nursing home in Weston say overseas carers employed there work 70+ hours a week and are afraid to complain because the manager says their visa will be cancelled.", "eo it", "lh foa", "L", "h"),
]
D += [
("Noise nuisance Saturday night Torquay harbour, party boat. Dispersed.", "", "", "", "l"),
("Email from a member of the public: 'Don't know if this is anything but the nail place in Yeovil has two young girls working who never seem to have a day off, they're there when I go past at 8am and at 9pm every day incl Sundays. A man in a black Audi drops them and picks them up.'", "eo", "lh ce et", "L", "m"),
("Adult safeguarding: vulnerable adult (alcohol dependent, 49, Weymouth) reports that 'friends' moved into his flat, use it to bag up drugs, took his key and his phone, and he now has to ask to leave. He is frightened to tell the housing officer.", "av rom iso", "rm isd", "C", "h"),
("Family of 7 (Syrian, resettlement scheme) living in a 3-bed council house in Exeter; housing officer checked in, children at school, father works at a bakery. Nothing of concern.", "", "", "", "l"),
("INT 2/B/C (not to be shared with Border Force): female (Thai, 35) brought to Bournemouth on spouse visa by British husband, who advertises her for sex online from their home and keeps the money. She is not allowed a bank account and he tells her she will lose her visa if she leaves him.", "ww it av", "ncw", "S", "h"),
("A&E: female 23 (Romanian) attended with partner, injury to wrist. Partner dominated conversation. When seen alone she said she had tripped. Denied anyone hurting her, lives with her mother, works at a hotel, has her own money. Leaflet given. No concerns substantiated.", "", "sfw", "", "l"),
("Operation at Bristol car wash: 6 Kurdish/Iraqi men; 4 live in a shipping container at back, one kettle, no shower. Paid £25 a day, work 8am-7pm 7 days. Owner HASSAN pays the 'agent' in Birmingham part of each man's money for their smuggling debt.", "ac eo ww db", "saw plc lh oa", "L", "h"),
("Meine Tochter (22) arbeitet in einem Hotel in Cornwall. She is German. Mother called: daughter has not been in touch for 10 days. Located: she had dropped her phone in the sea, is fine, living in staff accommodation, happy. Closed.", "", "", "", "l"),
("Victim says: 'The lady from the agency said I will be a waitress in a restaurant in Paignton. When I arrived they said no restaurant, you will work in the house with men. They took my passport and said I owe them for the flight and the room.'", "dec rod db", "dt", "S", "h"),
("Report via app: I think the ice cream van man is using kids to sell drugs they hang round it at the park in Taunton after school", "av", "", "C", "h"),
("Prison note (HMP Exeter): remand prisoner (Vietnamese, 24) charged with cultivation says he was locked in the house for 8 months and the 'bosses' told him his debt for the journey was £28,000. Disclosed to OIC, NRM referral raised, s45 consideration.", "rom db", "rm", "C", "h"),
("2/A/P Source states MURATI controls 5 cannabis grows across Taunton and Bridgwater. Gardeners are Albanian lads who came by small boat; he tells them they owe him 'the boat money' and pays them nothing until it is cleared. Those who try to leave are 'dealt with'.", "db ww it", "", "C", "h"),
("Welfare call: a woman rang to say her neighbour, a young Eritrean man, goes out at 5am and comes back at 10pm every day, and looks exhausted. On visit: works two jobs (Amazon agency and a café), sends money home, lives alone, not under anyone's control. No further action.", "", "", "", "l"),
("Witness statement, bar staff, Newquay: 'The girls at the strip club next door told me they're fined £50 if they're late, £100 if they don't drink with customers, and the manager keeps their tips. Most of them end up owing money at the end of the night.'", "ww db", "ncw", "S", "h"),
("Debrief (Polish, 44, via interpreter): He says that he slept in the cab of a tractor for the whole summer on a farm near Evesham/Herefordshire. He was told there would be a room. He was paid once in cash, £200, in four months. The farmer said he would get the rest 'at Christmas'. He never did.", "dec ww ac", "saw plc", "L", "h"),
("Rowdy youths throwing stones at trains, Dawlish sea wall. BTP informed.", "", "", "", "l"),
("Safeguarding referral from school nurse (Bristol): Girl 14 has bruises on upper arms, says uncle grabs her when she doesn't do the housework. She does all the cooking, washing and childcare for 5 younger cousins, misses school, not allowed to see friends. Arrived from Sudan 2 yrs ago.", "av psv eo rom", "pa lh rm", "D", "h"),
("Intel: hotel in Torquay - 20 Romanian housekeeping staff recruited by Bucharest agency which charged them €500 each. Housed 4 to a room in staff block. Sub-contractor supervisor collects their bank cards. 2/C/P", "ac", "uf oa ncw mbc", "L", "m"),
("lol someone just reported the carwash guy to the police for working too hard he owns the place", "", "", "", "l"),
("Child exploitation screening (Plymouth): boy 15, arrested with 20 wraps of crack in Penzance, 120 miles from home. Says he came down with 'his mate' (age 24) who took his phone and gave him a burner. Says he doesn't know where he was staying, 'some woman's flat'.", "av iso", "isd", "C", "h"),
]
D += [
("""Handover note, night shift, Avon and Somerset, Op HAWTHORN.

1. Burglary at Keynsham storage unit - CCTV requested, no further update.
2. Mispers: CHILD K (14) returned home at 03:10 by taxi paid by unknown male. Mother states K had two phones and £300 cash. K refused to say where she had been but her Snapchat shows her at a hotel in Weston with males in their 20s. Strategy meeting booked for 10:00. CSE risk assessed high.
3. RTC A4 Bath Rd, minor, cleared.
4. Welfare concern, HMO, Easton: landlord reported 'too many people' living at address. Visit found 4 lawful tenants and a visiting friend, all adults, own keys. NFA.""", "av", "", "S", "h"),
("""Victim debrief summary (female, 31, Vietnamese; interpreter present)

She says a woman in her village told her there was work in a nail salon in England with a room and £1,500 a month. Her family borrowed $18,000 from a lender to pay for the journey. She travelled through Russia and France and came by lorry.

In England she was taken to a house in Gloucester and then to a salon in Bristol. She worked 10am to 8pm six days a week and cleaned on the seventh. The salon owner said her salary went to 'the boss' to pay off the debt, and she received £50 a week for food. She slept on the floor of the flat above the salon with three other women. The owner held her documents. She did not know the name of the street.

She says that when she asked about going home the owner said her family would lose their house because the lender would come for them.""", "dec db ww eo rod iso ac it", "saw oa dt lh", "L", "h"),
("Intel 3/C/P: rumour at school that a boy in Year 11 at a Barnstaple school is 'working for the Londoners'. Spoken to with parents, denies, no evidence found, phone checked voluntarily. Monitoring.", "", "", "", "l"),
("Fish merchant, Brixham: Romanian workers filleting in the cold store told a visiting vet they have no gloves unless they buy them from the supervisor at £8 a pair, and the supervisor takes £60 a week each to drive them from Torquay.", "", "ppe ct", "L", "m"),
("I am ringing about my sister, she went to work for a family in Dubai and then came here to Bath with them for the summer. She messaged me: they never let her out, she sleeps in the kids' room, she works all day and night, and the madam keeps her passport in a safe. She is scared they will fly back and take her with them.", "rom eo rod", "rm saw lh dt", "D", "i"),
("Theft from motor vehicle, Lyme Regis car park, handbag taken through open window.", "", "", "", "l"),
("Reported: a man at the Bristol bus station offering young women 'modelling work' in London, handing out cards. Two girls aged 16 took his number. One later told her teacher he sent her a train ticket and asked for photos 'in underwear for the portfolio'.", "dec av", "", "S", "h"),
("Street pastor note: homeless man in Plymouth city centre said a van comes to the night shelter at 5am offering £50 cash for a day's labouring. He went once; they paid him as promised and dropped him back. He said he'd go again. Nothing suspicious.", "", "", "", "l"),
("Renal unit social worker (Bristol): patient (Indian national, 38) visiting family in UK disclosed that his kidney was removed in a private hospital abroad after a 'job broker' promised him work in Dubai; he was told he must 'pay' with a kidney. He received no money. He now has ongoing complications.", "dec av", "", "O", "h"),
("Anonymous tip: there's a big house in Sandbanks/Poole where a woman from India lives in the basement, she does everything for the family, she's never seen outside the gate alone, the husband drives her to the shops and waits.", "rom", "rm et", "D", "h"),
("INT: Romanian couple BALAN recruits women from Calarasi for 'hotel cleaning' jobs in Bournemouth. On arrival women are told the hotel job fell through and they must do 'massage' to repay flights (~£800). Phones taken. 2/B/P", "dec db iso", "isd", "S", "h"),
("Public order: protest outside Home Office hotel, Portland, two arrests.", "", "", "", "l"),
("Safeguarding (GP, Gloucester): 42 y.o. British man with learning disability says he lives with a 'friend' who takes his PIP and ESA and gives him £20 a week. He does the friend's gardening and cleaning. Says he is happy and free to go. Referred to adult social care re financial abuse.", "", "ncw", "", "l"),
("Txt from a worker to his supervisor at a legitimate agency, forwarded as context: 'sorry im late boss, bus broke down, ill stay late to make up'. No concerns, part of unrelated HR query.", "", "", "", "l"),
("Victim account: 'The man called Alex picked me up from the coach in Bristol and said I must give him my ID card so he can register me for work. I never saw it again. When I wanted to go back to Slovakia he said I have no document, police will arrest me.'", "rod dec it", "dt foa", "L", "h"),
("ASB: teenagers on quad bikes on Woodbury Common. Advice.", "", "", "", "l"),
("Financial intelligence: account holder (Bulgarian, 19) – salary from a food factory in Wiltshire paid in, withdrawn in full at ATM within hours by card used in Bristol while payroll records show the holder was on shift in Melksham at the time. 18 similar accounts identified.", "ww", "ncw mbc", "L", "m"),
("Caller, Bideford: 'there's a lad living in the barn at the farm up the lane, he's not right, slow like, they've had him there for years, works the cows from dawn, I've never seen him paid or in town. The farmer's sons knock him about.'", "av eo psv ac", "saw lh plc", "L", "h"),
("Youth worker, Swindon: boy 13 groomed online by man claiming to be 16, sent explicit images after being threatened that his family would see the first ones. Police CEOP referral.", "av it", "", "S", "h"),
("Officer note: interviewed manager of hand car wash (Taunton) with interpreter. Workers on payroll, payslips shown, live in own rented rooms, rotas show 8-hour shifts with 2 days off. One worker said he was unhappy with the low wage but free to leave. No indicators.", "", "", "", "l"),
]
D += [
("INT 2/C/P: trawler out of Newlyn has crew recruited via agent in Manila who charged each man $2,500 'placement fee'. Crew on board for 10 months without shore leave. Skipper says they are 'not allowed off because of visa', which is untrue.", "rom dec", "uf rm", "L", "h"),
("Pls can someone check on the chinese takeaway in Penzance, the young lad there washes up till 1am and is there again at 10am, sleeps on a camp bed in the back, hes always got burns on his arms", "eo", "lh saw pa", "L", "m"),
("Arson, wheelie bins set alight, Hartcliffe. No suspects.", "", "", "", "l"),
("Debrief (Eritrean woman, 26): 'In Libya I was sold to a man. He raped me and said I must pay for my freedom. When I came to England, his cousin in Bristol phoned me and said I still owe, and I must work for him in a house with men.' She has been in Bristol 3 weeks, currently in safe house.", "psv db", "", "S", "h"),
("Employer (waste recycling, Avonmouth) self-reported that one of their labour providers may be charging workers for PPE. GLAA visited: provider charged £15 for boots, refunded after challenge, workers paid correctly otherwise. Advice given.", "", "ppe", "", "l"),
("my flatmate works at a care home and her boss makes her sign a form saying she's opted out of the 48 hours, she works about 50 and gets paid for all of it and she can quit whenever, she just wants the money. is that illegal?", "", "", "", "l"),
("Officer's notebook (entry, 3 Crescent Rd, Weymouth): smell of cannabis, found rooms converted to grow, 300 plants. One male, approx 16, found hiding in wardrobe, no shoes, says he's been there 'two months maybe'. Front door had deadlock with no key inside. Arrested then safeguarded as potential victim.", "av rom", "rm fpe", "C", "i"),
("POI 'Big Ash' (Ashley CROOK) nom, running line from Bristol to Minehead. INT suggests he cuckoos vulnerable women's flats and uses their bank accounts to launder cash. One woman, alcohol dependent, said she 'can't say no to him' as he gives her drink. 2/B/P", "av", "", "C", "h"),
("Report of a minibus with darkened windows at Asda Bridgwater 5am, men get in and are taken away. Turned out to be a licensed labour provider taking agency workers to the Hinkley site. All workers local and paid to own accounts.", "", "ce", "", "l"),
("Safeguarding adult referral (care home, Gloucester): two Kenyan carers say the recruiter who placed them took £4,000 each and now wants another £3,000 or he'll 'get their visas cancelled'. They live in a house owned by the recruiter, 5 to a room.", "db it ac", "uf oa foa", "L", "h"),
("Victim (Chinese, 45, via interpreter): She says she worked in a massage shop in Gloucester and one in Exeter. Each week she was moved. The 'mamasan' kept all the money and gave her some for food. She was told not to speak to anyone because she would be arrested. She did not know which city she was in.", "ww iso it", "ncw isd foa", "S", "h"),
("Local newspaper: 'Farmer fined for failing to provide toilets for pickers'. Seasonal workers had been using a hedge; the farmer said he 'didn't think'. Workers paid in line with contracts; court heard no evidence of exploitation.", "", "", "", "l"),
("INT: Slovak Roma family (multiple adults) brought to Bristol by a 'cousin' who registered them for Universal Credit and child benefit, took the bank cards, and now pays them £50 a week while making the men work for him on house clearances unpaid. 2/C/P", "ww", "ncw mbc", "L C", "m"),
("Ring doorbell footage shows two teens delivering packages to a flat in Ilfracombe, one looked about 12. Passed to child exploitation team.", "av", "", "C", "h"),
("my dad is a fisherman in brixham, the skipper pays him properly every trip and gives the lads days off when weather is bad. just saying not all boats are bad after that documentary", "", "", "", "l"),
("A&E Derriford: female 18, Albanian, overdose. Told nurse she came on a boat to meet her boyfriend who now makes her sleep with his friends for money and hits her. She doesn't have a phone and doesn't know where the house is. Boyfriend waiting in the car park.", "psv iso av", "isd", "S", "i"),
("Cafe owner in Exeter reported that his former employee is claiming unpaid wages for two weeks. Owner says dispute over hours. Employee had own bank account, left for a new job. Advised ACAS/employment tribunal. Not a police matter.", "", "", "", "l"),
("Statement (Indian chef, 33): 'The restaurant owner in Salisbury sponsored my visa. He charged me £12,000 for the sponsorship, which I'm paying back from my salary, so I get £300 a month. He said if I leave he will cancel the visa and I'll be sent back owing him. I work 6 days, 12 hours.'", "db ww it eo", "uf lh foa", "L", "h"),
("Concern: family in Cheltenham have a 'cousin' girl of about 12 who does the housework and isn't in school. Neighbours never see her out except taking bins out. LA education welfare to visit.", "av", "", "D", "h"),
]
D += [
("Poss trafficking? lorry driver at Portsmouth ferry found 3 men in trailer, handed to Border Force. Men say they paid for crossing and were going to family in London. Smuggling offence, not exploitation at this stage.", "", "", "", "l"),
("3/D/P - Source heard that the flower farm near Marazion pays its workers, but no one knows how much, and that they 'keep to themselves'. Nothing more.", "", "", "", "l"),
("Salvation Army first responder: male, 58, British, found via outreach at Bristol Temple Meads. For 14 years lived with a family in a caravan, tarmacked drives, got food, cigarettes and occasionally £10. He was told he owed them for 'keep' and that the police wouldn't believe an alcoholic. He says he was kicked when he tried to leave once.", "av ww db it psv", "", "L", "h"),
("Pickers at a strawberry farm near Cheddar reported that the farm's supervisor shouts at them to work faster. Pay, hours and housing all within contract; farm investigated complaint internally and replaced the supervisor. No further police action.", "", "", "", "l"),
("INT: POI ZHANG runs karaoke bar, Bristol. Female staff brought from Fujian on visit visas, told they would be waitresses, now made to 'accompany' clients and have sex upstairs. Passports in a safe in POI's office. 2/B/P", "dec rod", "dt", "S", "h"),
("Bath: two students reported that their landlord entered their room without notice. Civil housing matter.", "", "", "", "l"),
("Plymouth City Council, licensing: hand car wash operating without planning permission. Workers interviewed; all had right to work, payslips, free to leave. Referred to planning only.", "", "", "", "l"),
("Night shelter worker, Exeter: 'A guy comes in most nights with a new bloke, says he's his brother, does all the talking for him. The new bloke has no ID, no bag, won't look at us. He gets picked up at 5am.'", "", "sfw fpe ce", "", "l"),
("Missing from home, girl 16, Bournemouth: found in a flat in Southampton with 3 adult men. Disclosed she'd been given drugs and 'had to' have sex with them to pay for it. Men arrested.", "av psv db", "", "S", "h"),
("The guy who owns the barbers does all his own cutting, his brother helps out weekends. They're mates of mine. Someone reported them as slaves on Facebook, which is ridiculous.", "", "", "", "l"),
("DWP fraud referral: 14 claims for Universal Credit all using the same address and phone number in Gloucester, claimants are Romanian men who say a 'friend' filled in the forms and keeps their cards for 'safekeeping'. They work for him on building sites and say he pays them 'a bit'.", "ww", "ncw mbc", "L C", "m"),
("Domestic abuse (Taunton): female reports partner is jealous, checks her phone and shouts at her. She works as a teaching assistant and manages her own pay. No work or sexual exploitation. DASH medium, IDVA referral.", "", "", "", "l"),
]
D += [
("Holiday park, North Devon: 9 Romanian cleaners for the changeovers, brought by a subcontractor. Subcontractor drives them everywhere and charges £15 a day for it, takes £100 a week for a bed in a caravan shared by 5, and keeps their wages on cards he holds. They told the park manager they have had 'no money for the month, he says next month'.", "ww ac", "ct et oa ncw mbc", "L", "m"),
("999: female caller whispering, says she is Polish, locked in room above a shop in Yeovil, the man has gone out and taken her phone, she is using a phone she hid. Says he hit her this morning. Address partially given. Units deployed.", "rom psv iso", "rm isd", "", "i"),
("Intel: 'Aunty' Grace OKAFOR, Bristol, brings girls from Edo State on student visas. Girls have been seen at a flat in St Pauls advertised online. Two girls believed 16-17. Juju ceremonies reported. 2/C/P", "av it", "", "S", "h"),
("Volunteer at food bank, Camborne: man asked for food, says he picks daffodils, was paid last week but his wages were lower than promised because of poor weather and fewer boxes. Lives in his own rented room, says the gangmaster is fair. No concern.", "", "", "", "l"),
("Witness: 'The girl at the nail bar in Weston cried when I asked if she was OK. She said she wanted to go home but the owner has her passport and said she owes £4,000. She's maybe 17.'", "av rod db", "dt", "L", "h"),
("Found on search of vehicle (VRM KX68 ABF) at M5 J27: 14 bank cards in different names, a notebook with names, amounts and 'rent' deductions, and 6 passports (Romanian). Driver says he is 'helping friends with their banking'.", "rod", "mbc dt ncw", "", "m"),
("Rural crime: quad bike stolen from farm near Launceston.", "", "", "", "l"),
("I worked in a chicken factory in Wiltshire. The boss of the house, Nicu, took us at 4 in the morning in his car and charged £10. He locked our passports in his room. After 6 months my mother was sick and I asked for my passport. He said first pay £1,500 for the 'help'. He showed me a knife.", "rod db it", "ct ce dt", "L", "h"),
("Report by a tourist: 'whilst staying at a hotel in Torquay the cleaning staff told us they work from 7am to 10pm every day and they're not allowed to leave the hotel grounds. The manager takes their passports when they start.' Forwarded to GLAA and police.", "eo rom rod", "lh rm dt", "L", "h"),
("Sex worker (British, 35) self-employed in Bristol, reported a client who refused to pay. She works alone, keeps her own earnings. Crime recorded as theft/making off. No exploitation.", "", "", "", "l"),
("Intel 1/A/P: cuckooed address in Barnstaple — occupant a 67-year-old man with dementia. Dealers from Bristol have taken over his bedroom and he sleeps in his armchair. They took his bank card. Address visited, dealers arrested, occupant safeguarded.", "av", "ncw", "C", "h"),
("Police Scotland/ D&C joint note: fishing vessel now in Newlyn. Sri Lankan crewman reports skipper punched him, withheld food as punishment, and made him stand watch for 36 hours. Crew sleep in a hold with no ventilation.", "psv eo ac", "lh plc", "L", "h"),
("Report: Teenage girls begging outside Sainsbury's in Yeovil with a baby, a man collects them and the money each evening. Girls look about 13.", "av ww", "ncw", "C", "h"),
("Carers' agency, Plymouth. Whistleblower: 'Our new carers from Ghana are kept in the boss's house, they aren't allowed to have friends round, their phones are checked, and they are driven to every call by his son. Pay goes into an account in his name.'", "iso rom ww", "isd rm et ncw", "L", "h"),
("Victim impact (translated from Romanian): I trusted him because he is from my village. He said I will pick fruit and earn in one month what I earn in a year at home. In the end I earned nothing. He said I ate and slept so I owe him.", "dec ww db", "", "L", "h"),
("Intel: organ trafficking — Facebook group 'Kidney donors UK' posts from an account in Bristol offering £15k for a kidney, recruitment of 'donors' from among Albanian asylum seekers in Home Office hotels, travel to Turkey arranged. 2/C/P", "av", "", "O", "h"),
("Passenger at Bristol Airport reported by cabin crew: girl (around 15) travelling with man claiming to be her uncle, she had no documents on her, he held both passports and did all the talking. She said she was coming to 'work for a family'.", "av rod", "dt sfw", "D", "i"),
("Farm near Crewkerne: GLAA inspection found workers' accommodation was an unconverted barn with camp beds, no heating or fire safety, 15 men sleeping there. Rent deducted from wages by the farm. Workers say they are paid the rest.", "ac", "oa plc", "L", "m"),
("i dont no who to tell but my bf is making me do things with his mates for money and he keeps all of it and says i owe him for the flat. hes got my passport. im scared", "psv ww db rod", "dt ncw", "S", "h"),
("Shoplifting: 15-year-old arrested at Boots, Plymouth, stealing make-up. Says she did it for a dare, lives with parents. No exploitation indicators after child exploitation screening.", "", "", "", "l"),
]
D += [
("""OIC update, Op SEA HOLLY (Dorset).

Search of two addresses in Poole on warrants. At address 1, 7 Bulgarian men found, mattresses in the living room and kitchen, one toilet, damp. At address 2, the suspect PETROV, £23,000 in cash, a spreadsheet listing each worker's wages from a food packing site and 'deductions' for rent, transport, 'fine', 'debt'. All workers say they were promised £450 a week; the spreadsheet shows most received between £20 and £60. Bank cards for all 7 workers found in Petrov's kitchen drawer.

Workers say Petrov told them the police in England work for him and that they would be deported. One showed a scar he says came from Petrov's belt buckle.

All 7 accepted NRM referral.""", "ac ww db dec it psv", "oa plc ncw mbc foa ct pa", "L", "h"),
("Child in need visit, Bristol: family of 6 in 2-bed flat, overcrowded but housing on waiting list, all children in school. No exploitation concerns.", "", "", "", "l"),
("Call from hospital: a man (Vietnamese, 20s) brought in with electrical burns, dropped at the door by a car that drove off. He has no ID, no phone, no shoes. Says he was 'working with plants'. Treated, police notified.", "ac", "pa fpe", "C", "h"),
("Landlord (Taunton) asked police to check on a tenant who has 'lots of visitors'. Tenant is a childminder, Ofsted registered. NFA.", "", "", "", "l"),
("Outreach worker note (Bournemouth): met Romanian woman, 23, in a flat she says she shares with 'colleagues'. She says she chooses the work and keeps half; the other half goes to the man who 'arranged' the flat and adverts and he decides when she works. Seemed tired, has fading bruises on her neck, would not discuss them.", "", "pa", "S", "h"),
("My cousin is at a car wash near Chippenham. The boss says the first 3 months are 'training' so no pay. It's been 7 months now. He lives in the container there.", "ww dec", "saw", "L", "m"),
("Letter from solicitor re client (Albanian, 18) charged with possession with intent in Exeter: client was recruited at 16 in Tirana with an offer of a job in a London restaurant; smuggled by lorry; told on arrival he owed £15,000; made to deal in Devon; his phone was monitored and he was moved between flats every few days.", "dec db av iso", "isd", "C", "h"),
("Bank's financial crime team: elderly customer (89) has had regular withdrawals of £300 by a carer who comes daily. Customer says the carer helps with shopping. Adult social care informed. Financial abuse, not modern slavery.", "", "", "", "l"),
("Crimestoppers: there are three Chinese women in a house on the estate in Cheltenham that never come outside, a man brings food and men visit all night. I've seen one at the window crying.", "rom", "rm", "S", "h"),
("Welfare visit to 17 y.o. Afghan boy in supported housing, Gloucester: had been missing, admits he was working at a kebab shop 'for free' to repay someone who 'helped him in France'. Told that if he stopped his family in Pakistan would be in trouble.", "av db ww it", "", "L", "h"),
("Brixham boat owner prosecuted for fishing over quota. Crew British, self-employed share fishermen. No exploitation.", "", "", "", "l"),
("Intel: men on the A30 road crew (surfacing) working for a family business near Redruth are 'always the same few, grey-faced, never speak'. One said he'd been 'with the family since he came out of prison' and doesn't get paid because 'they feed me'. 2/C/P", "ww av", "pa", "L", "m"),
("The lady who does our nails in Bath says she works 7 days a week from 9 till 9 and lives with the owner, she has never been to the city centre though she's been here a year. She said she's not allowed.", "eo rom", "lh rm", "L", "h"),
("Statement: I was told by the people who brought me that if I tell anyone the truth about my age they will hurt my brother. I am really 15 but they tell everyone I am 19.", "av it", "", "", "h"),
("Report of ticketless travel, Bristol–Exeter train, two males, fined.", "", "", "", "l"),
("Home Office hotel, Dorset: staff noticed that an asylum-seeking man leaves every morning at 4am in a van and returns at midnight, and a man in the lobby takes money from him on Fridays. Man told staff he's paying off 'his journey'.", "db ww eo", "ce lh ncw", "L","h"),
]
D += [
("Transplant coordinator, Bristol: altruistic non-directed kidney donor (British, 45) completed full assessment, no payment involved, counselled. Routine note for information only.", "", "", "", "l"),
("Debrief (Pakistani man, 29): 'My employer in the restaurant said my debt was too big and a man in Lahore can take a kidney and the debt is finished. He kept saying it. He booked the flight. I ran away before the flight, to the mosque in Bristol.'", "db it", "", "L O", "h"),
("YO WHY IS NOBODY CHECKING THE CAR WASH BY THE ROUNDABOUT IN FROME THEM BOYS HAVE NO COATS IN THE RAIN NO GLOVES AND THE BOSS SCREAMS AT THEM ALL DAY", "ac", "", "L", "m"),
("Intel 2/B/P: Slovak female (20) working in a sandwich factory, Bridgwater, recruited by partner's family who keep her bank card and ID. She lives with them and hands over her wages; they give her £10 a week and she is never allowed to go out alone.", "ww rod rom", "ncw dt rm", "L", "h"),
("Theft of lead from church roof, Tiverton.", "", "", "", "l"),
("Midwife, Bath RUH: pregnant Chinese woman, 27, no GP, no English. Brought by a woman who said she's her 'landlady', paid cash for the scan and took the appointment letter. Patient later wrote on her phone (translator app): 'cannot go out. work massage. help'.", "rom", "rm sfw", "S", "i"),
("Housing officer, Bristol HMO inspection: 14 people in 5 rooms, all men working at same car wash chain, rent taken directly from their pay by the car wash owner who also owns the house.", "ac", "oa ncw", "L", "m"),
("I came to the UK on a care visa. The company said 'you will have your own room'. I share a room with three other carers and pay £500 a month for it. They also charged me for my DBS, uniform and training. I want to leave but they say I must pay back £6,000 'training bond' if I go.", "dec db ac", "uf ppe oa", "L", "h"),
("Taxi driver reported taking a very drunk girl, about 15, from a party in Weymouth to an address where two men in their 30s paid the fare and took her inside. Officers attended; she was with them still.", "av", "", "S", "i"),
("School, Exeter: Year 7 boy from Romania reports his father makes him and his sisters beg in the city centre on weekends and takes the money. Social care strategy meeting.", "av ww", "ncw", "C", "h"),
("A worker at a packing house (Somerset) was sacked after a row with the supervisor. He alleges unfair dismissal. He was paid all wages owed, holds his own documents and lives independently. Employment issue only.", "", "", "", "l"),
("Intelligence log: multiple reports of a man in a grey Transit collecting Eastern European women from a house in Kingswood and dropping them at different hotels in Bristol and Bath in the evenings, picking them up at dawn. 2/B/P", "", "ce et", "S", "h"),
("She says that in Albania a man she thought was her boyfriend brought her to England, then told her she must work in a house with men to pay him back for the lorry. He hit her when she refused and he held the door key. She escaped when he was arrested for something else.", "dec psv rom db", "rm", "S", "h"),
("Probation: offender on licence, working at a scaffolding firm in Plymouth, rang to say boss kept him two hours late without pay once. Raised with employer who paid the overtime. No concerns.", "", "", "", "l"),
("Red flag from bank: 9 accounts opened at one branch in Swindon by Hungarian nationals, all accompanied by the same man who interpreted, all given the same correspondence address, salary from same agency. Cards later used together at one ATM.", "", "sfw mbc", "", "l"),
("Report via police website: 'I was at the hand car wash on Bath Road, Bridgwater, a man who worked there whispered help me, they take my passport, in English. Then the manager came and he stopped talking.'", "rod", "dt", "L", "h"),
("Child protection: girl 16, Torbay, disclosed that men she met through a friend give her vodka and cannabis and then 'she has to do stuff' with them in a flat. She says she loves one of them.", "av psv", "", "S", "h"),
("Caseworker note (Medaille-type safe house): Client B (Nigerian, 32) says she worked for a family in Gloucester as a housekeeper for three years, never had a day off, slept on a mattress in the kitchen, was not allowed to use the phone, and was told she was 'illegal' and would be jailed if she went out alone. She was paid nothing; the family said they sent money to her mother but her mother never received it.", "eo ac iso rom it ww dec", "lh saw isd rm foa", "D", "h"),
]
D += [
("Intel 3/C/P: man at a Bristol gym says he can get people 'paid organs' in Egypt, unverified, source unreliable.", "", "", "O", "m"),
("Man reported by staff at job centre, Bristol: he keeps coming with different vulnerable men, filling in their forms, and says they'll all live at 'his place'. One of the men said he's been promised work and a room but has to give the man his bank card.", "", "sfw ncw", "", "l"),
("Complaint: daffodil grower near Penzance has pickers working in the rain without waterproofs. Farm says waterproofs are provided free and pickers choose not to wear them. Inspection confirmed. No further action.", "", "", "", "l"),
("Welfare check request: young Vietnamese man seen sleeping in the nail bar in Bath every night behind the counter, working all day. Owner says he's her nephew.", "", "saw", "L", "m"),
("INT: The trap house at Palace Ave, Paignton is run by 'K' from London. A 14-year-old girl from Croydon is being kept there to hold drugs and has been raped by one of the older males. 1/B/P", "av psv", "", "C S", "i"),
("Victim account (translated from Tigrinya): 'When we came to the UK the man who drove us put us in a house with no furniture. He said we will work for the farm and he will pay us after the harvest. We waited, there was no pay. We slept on cardboard. He said if we go out the police will catch us.'", "ww ac it", "plc foa", "L", "h"),
("Nail bar owner in Exeter wrote to council about a rival's salon which she says underprices. Council visited rival; all staff legitimate employees. Commercial dispute.", "", "", "", "l"),
("Intel: 'Mama Joy' housing Nigerian women in a house in Swindon and sending them to work as cleaners at an office cleaning contractor at night; she takes their wages and passports. Women told they owe her for 'bringing them'. 2/B/P", "ww rod db", "ncw dt", "L", "h"),
("Care home manager (Cornwall): 'One of our agency nurses broke down and said her agency takes half her pay as a fee and makes her share a bed with another nurse in a house they own. She works 84 hours a week.'", "ww ac eo", "oa lh", "L", "h"),
("Victim (Romanian, 30): 'The boss at the packhouse near Evesham and in Kent said all our pay goes to him because he paid for our flights, food, room. He shouted, he pushed my friend to the floor. One day he locked all of us in the house because police were in the village.'", "ww db psv rom", "rm ncw", "L", "h"),
("Public: just seen a minibus with about 12 lads in the back, it stopped at the Tesco in Helston and they were told to stay in the van while the driver went in. they looked knackered. Probably flower pickers.", "", "pa", "", "l"),
("Outreach report (Bristol, Stapleton Road): British woman, 19, care leaver, says her 'boyfriend' sets up customers for her and takes all the money. She can't leave the flat without him. Has a black eye.", "av ww rom psv", "ncw rm pa", "S", "h"),
("Police officer's statement: On entering the premises I found a male sleeping on a mattress on the floor of the kitchen of the restaurant. He had a plastic bag containing one change of clothes. He stated in Bengali, through Language Line, that he had worked there for eight months, sent no money home because the owner 'keeps it for him', and that he did not know the name of the town he was in.", "ww iso", "saw fpe isd ncw", "L", "h"),
("Bristol harbour: man drowned after falling from a boat, alcohol involved. No suspicious circumstances.", "", "", "", "l"),
("Informant: 'Them Albanians on the site at Bath have got a gaffer who takes their passports and their wages, gives 'em £50 a week, and they live in the portakabins on site.'", "rod ww", "dt ncw saw", "L", "m"),
]
D += [
("Fraud: identity documents of 5 Portuguese nationals used to open online betting and bank accounts, controlled from one IP address in Swindon. The document holders work at a meat plant; they say a 'friend' borrowed their passports to 'help with paperwork' and never returned them.", "rod", "dt mbc", "C", "m"),
("Domestic servitude concern (Dorset, Wimborne): retired couple employ a Filipino housekeeper. Visit by police with interpreter: she has her own room, her own passport and phone, a day off each week, paid by bank transfer. She says she's happy. No concerns.", "", "", "", "l"),
("Boy (16, Eritrean) in foster care in Bristol told his social worker a man from his community keeps messaging, saying he must start 'paying back' $4,000 for the smuggling and offering him work at a car wash to do it. He has not gone.", "av db", "", "", "h"),
("They make us stand on the street in Bath with cups. From 8 in the morning until dark. If we bring less than £50 we get no dinner and he hits us with his shoe.", "eo psv ww", "lh", "C", "h"),
("HMO, Easton Bristol: environmental health found 3 Sudanese men living in a cellar with no window, paying rent to a man who also employs them at a takeaway. They work 12 hour shifts and say they're paid £20 a day.", "ac eo ww", "plc lh", "L", "h"),
("Source reports that a woman in Taunton is being 'rented out' by her husband's family to clean other houses; they collect her earnings. She doesn't speak English and has no phone. 2/C/P", "ww iso av", "ncw isd", "L D", "h"),
("Driver stopped on A303 with 7 passengers in a 5-seat car, workers going to a farm. Driver fined for no insurance. Workers paid by farm directly, live in Yeovil. No exploitation.", "", "", "", "l"),
("Victim in interview (via Romanian interpreter): She says that 'Costel' never let her keep her phone; she only spoke to her children when he held the phone and listened. She says she never knew what town she was in. She was moved from Bournemouth to Poole to Southampton.", "iso", "isd", "S", "h"),
("INT: Chinese restaurant, Weston: kitchen porters sleep above restaurant, 6 in one room, owner takes their passports 'for the Home Office inspection' and they have not seen them since. Staff work 10am-midnight. 2/B/P", "ac rod eo", "oa saw dt lh", "L", "h"),
("Scaffold firm, Exeter: GLAA not applicable; HSE visit after worker fall. Worker had training, PPE provided free, paid correctly. Accident investigated as health and safety.", "", "", "", "l"),
("Teen girl, 15, went missing from home in Weymouth and was found in a Premier Inn in Bristol with a man of 31 who had bought her a train ticket. She has a love bite and said they 'just talked'. Man arrested on suspicion of child abduction.", "av", "", "S", "h"),
("Public report (Glos): 'a family on our road has a young man living with them who they make work on their building jobs, I've heard them call him a slave as a joke and he never gets paid, they laugh about it at the pub'.", "ww", "", "L", "m"),
("An anonymous caller said 'there are girls being kept in the flat above the Thai massage on Old Christchurch Road, they never go out'. Visit: 2 women, both adult, own passports and phones, rent their own flat, come and go freely. No evidence of control.", "", "", "", "l"),
]
D += [
("""GLAA compliance inspection – daffodil grower, West Cornwall (licensed labour provider supplying 140 pickers).

Accommodation: 32 static caravans on the farm, maximum 4 per caravan, gas safety certificates in date, hot water and heating working, shower block clean. Rents £60/week, shown on payslips, in line with the offset rules.

Pay: random sample of 20 payslips checked against bank statements supplied voluntarily by workers. All paid at or above NMW, piece rates explained in Romanian and Bulgarian. Workers hold their own passports and bank cards (seen).

Interviews: 12 workers seen alone with an interpreter. Several complained about the early starts in the cold and the mud, and two said the supervisor had shouted at them over picking quality; manager has since spoken to him. Transport to the fields is free. No worker reported threats, debts or documents being held.

Outcome: no licensing breaches; advice on a written grievance procedure. No referral.""", "", "", "", "l"),
("""Witness statement (neighbour, Kingswood, Bristol)

I have lived next door to number 14 for nine years. Last spring a new family moved in, a man and woman and three kids, and about a month later I started seeing a young woman, maybe early twenties, hanging washing at 6 in the morning and still ironing at the window at midnight. I have never seen her go anywhere on her own. When the family go out in the car she stays inside and I have heard the key turn in the front door after them.

In August I was in my garden and she came to the fence and asked me in broken English for a phone. She said 'madam has my passport, I want to call my mother, I am here one year, no money'. Then the woman of the house came out and shouted at her in a language I didn't know and pulled her inside by the arm. I have not seen her in the garden since.

I did not report it at first because I thought maybe she was a relative. My daughter told me to ring you.""", "rom rod ww eo psv iso", "rm dt lh isd", "D", "h"),
("""Intelligence report – Op GULLRIDGE – 2/B/P

1. POI Kevin LANE (DOB 03/11/1991) and POI 'Tiny' (not identified) run the 'RICO' line from Bristol into Weston-super-Mare and Burnham-on-Sea. Deal line active 09:00–02:00.
2. Runners: at least three local boys aged 14–16 from Hartcliffe. They are given a burner and a 'pack' and told they owe for it if it goes missing; one boy (NOMINAL 3) was 'taxed' after being robbed and now says he owes £1,500.
3. Trap addresses: flat in Burnham occupied by a woman with a heroin addiction who is given drugs in return for the use of her flat. She told a support worker she is 'not allowed to have people round' any more and that LANE took her door key.
4. LANE was seen on 12/10 slapping NOMINAL 3 outside the Burnham flat.
5. Separately, LANE's brother Darren runs a legitimate scaffolding firm; no intelligence links the firm to the line.

Action: child exploitation referrals for nominals 1–3; cuckooing safeguarding visit.""", "av db psv rom", "rm", "C", "h"),
("""Debrief note – Salvation Army victim care, Plymouth (client D, male, 37, Lithuanian; interpreter by phone)

D says he was recruited in Kaunas by a woman who advertised work on a 'British farm, £12 per hour, free housing'. He paid her €400 for the minibus and 'registration'. On arrival in Somerset the housing was a house in Bridgwater with 14 men and two bedrooms; he slept in the hallway. The gangmaster, a man called Tomas, drove them to a vegetable packhouse and to a farm at 4am and back at 8 or 9pm, and charged £10 each way.

The gangmaster opened a bank account for D and kept the card 'to pay the rent'. Each week D was given between £30 and £50 in cash. When D asked for his payslips Tomas said he still owed for the minibus, the deposit and 'fines' for being slow. D's ID card was kept 'in the office'.

D left after Tomas punched another worker who wanted to leave. D has his phone, but says he is afraid to go to the police because Tomas said the police 'are his friends' and would deport him.""", "dec db ww rod ac psv eo it", "uf oa ct ce ncw dt lh foa", "L", "h"),
("""Probation officer's note – supervision, Truro.

Service user (male, 26, British) is working as a deckhand out of Newlyn on a day-boat since release. I visited the harbour and spoke to the skipper with the service user's consent. The skipper showed me the crew agreement, share payments go into the service user's own account, and he works around 50 hours a week depending on the weather with days off when the boat can't go out. He lives with his mum in Penzance and has his own phone and car.

The service user mentioned that on a previous boat (a scalloper he left in the summer) another crewman, a Ghanaian man, had told him the owner kept his passport and that he hadn't been paid in months. The service user doesn't know the man's name or the boat's name. Intel submitted.

No concerns about the current employment.""", "rod ww", "dt", "L", "m"),
("""Online report, modern slavery helpline website (spelling as written)

hi i dont no if this is right place. my freind from romania, i wont say her name, she come here in january for job in hotel in bournemouth, the man who bring her he said she will clean rooms. but now she tell me she is in flat with other girls and they make her to go with men, he put her picture on website. she say he take all money she earn and say she must pay 3000 for travel and flat and it gets more every week. she cry on the phone. he take her passport when she arrive. she can not go out alone he always come with her or his freind. she say he hit her once when she say no to a client.

please help her she is only 19. i can give phone number. i am in romania i can not do nothing from here""", "dec psv ww db rod rom", "ncw dt rm et", "S", "h"),
("""Officer handover – Devon & Cornwall, Torbay LPA, late turn

- Theft from Co-op Brixham, male identified on CCTV, to be arrested tomorrow.
- Report of a 'van full of foreign workers' at the Brixham fish market at 04:30 – checked, these were Latvian workers for a fish processor, employed directly, payslips seen, live in their own rented flats in Paignton and drive themselves. No concerns, NFA.
- Concern for welfare re 82-year-old man, Churston, found safe and well.
- Domestic at Paignton, male partner arrested for common assault, female and children safe.
- Suspicious vehicle at Goodrington, occupants were fishermen asleep waiting for the tide.

Nothing outstanding for MSHT.""", "", "", "", "l"),
("""School safeguarding referral – secondary school, Dorset

Pupil: A (Year 9, age 14). Concern raised by form tutor and head of year.

Over the last six weeks A's attendance has fallen to 60%. He has been seen by staff getting into a black car with two men in their twenties at the school gate at lunch. He has a new phone that 'keeps buzzing' and told a friend he has to 'go up to Bournemouth after school to do a drop'. He had a cut to his hand last week and would not explain it. He told his friend that 'they said they'd stab my brother if I mess up'.

Mother is aware something is wrong; she says A comes home after midnight with money and new clothes and that he has said he 'owes them' for a phone that was taken by the police. Police informed, strategy meeting requested. Parent supportive.""", "av it db", "pa", "C", "h"),
("""Council licensing and environmental health – joint visit, hand car wash, Bristol (A4 Portway)

Eight men working at time of visit, all from Iraq and Afghanistan. Working conditions: no waterproofs or gloves, chemical drums unlabelled; one worker had acid burns on his forearm. Workers said the owner sells them gloves for £3 a pair.

Two workers sleep in a metal container at the rear: mattresses, a kettle, an electric heater on an extension lead, no toilet. The remaining six said they live in a house in Lawrence Hill that belongs to the owner's brother, where 'many people' sleep. They are picked up at 7am in the owner's van.

On pay, workers were evasive; the owner answered for them and said they are 'self-employed' and get £60 a day. One worker, once the owner stepped away, said quietly 'not 60, 30, and he takes for the house'. They work every day.

Referral to police MSHT and GLAA. Prohibition notice on chemicals.""", "ac eo ww", "ppe saw plc oa et sfw pa lh", "L", "h"),
("""A&E safeguarding note, Royal Devon, Exeter.

Female, says 20, Vietnamese, brought in by ambulance after collapsing in a nail bar in Exeter. Very underweight, dehydrated, has chemical dermatitis on hands. Came with a man who said he was her 'uncle' and employer; he answered all our questions and told staff she did not need an interpreter. When he left to move the car, she told the nurse through a phone interpreter that she works every day from 9am until the shop closes, lives in the room at the back of the shop with two other girls, and has not been paid because 'uncle keeps money for my family'. She did not know the name of the city.

She was frightened that police would put her in prison. When asked about her passport she said 'uncle has'. The man returned and tried to discharge her. Security called; police attended.""", "eo ww rod iso ac", "pa sfw lh saw oa dt isd foa ncw", "L", "i"),
("""Domestic abuse referral – IDVA service, Swindon (not modern slavery)

Client is a 34-year-old British woman who works as a receptionist. Her husband has been verbally abusive for three years and checks her phone. On Saturday he threw a mug at the wall during an argument. She has her own bank account and salary, her own car, and her passport is in her possession. She stays with her sister at weekends and goes to work as normal. She does not report any sexual exploitation or being made to work.

Risk assessed as medium on DASH. Safety plan completed; she is considering leaving and has been referred for legal advice. Children not present in the home.""", "", "", "", "l"),
("""Debrief account (male, 17, Albanian), taken by first responder with an interpreter in Dorchester

He says he left his village at 16 because his family had debts. A man from the next village said he could get him into England and find him a job in a car wash where he would earn £1,500 a month. The family paid €5,000 and he was told the remaining €10,000 would be paid from his wages.

In England he was taken to a house in Gillingham (Dorset) where he was told there was no car wash and he would 'look after the plants'. He lived in the house for five months. The windows were covered, the doors were kept locked and a man came twice a week with food. He was not given a phone. When he said he wanted to leave, the man put a gun on the table and said his mother would 'pay for it'.

He escaped when the house was raided. He is now in foster care.""", "av dec db rom iso it", "rm isd", "C", "h"),
("""Report from a member of the public (email, Somerset)

Good afternoon. I would like to report what I saw at the care home where my father lives near Frome. There are several new carers from overseas. They are lovely. But one of them, who I have got to know, told me she paid an agent in Nigeria £9,000 for her job and then, when she arrived, the home said there were no hours for her and she was moved to another home run by the same owner in Yeovil. She shares a room with two others in a house owned by the manager, and the rent and 'visa costs' come out of her pay so she ends up with about £200 a month. She works doubles most days.

She asked me not to tell anyone because the manager has told them that anyone who complains will be 'sent home'. I promised I'd pass this on without using her name.""", "dec db ww ac eo it", "uf oa lh foa", "L", "h"),
("""Renal unit – multidisciplinary safeguarding meeting minutes, Bristol

Case 1: Patient (UK national, 61) on dialysis, family member offering to donate. Standard living donor workup, HTA independent assessor seen both separately, no concerns about coercion or payment.

Case 2: Patient (60, dual national) told the team he intends to travel abroad to 'buy' a kidney as the waiting list is too long and that a broker has shown him a list of young men from a refugee camp who will be 'happy with £3,000'. The team explained the law; patient has since said he will not go. Information shared with police as potential organ trafficking intelligence.

Case 3: Transplant recipient with post-operative infection; routine.""", "av", "", "O", "m"),
]

PAIRS = [("retention_of_documents", "documents_taken"), ("restriction_of_movement", "restricted_movement"),
         ("excessive_overtime", "long_hours"), ("isolation", "isolated")]

def expand(field, table):
    out = []
    for tok in field.split():
        code = table.get(tok, tok)
        if code not in table.values():
            raise SystemExit("unknown code %r" % tok)
        if code not in out:
            out.append(code)
    return out

def build():
    rows = []
    for n, (text, ind, sig, typ, risk) in enumerate(D, 1):
        inds, sigs, typs = expand(ind, IND), expand(sig, SIG), expand(typ, TYP)
        for a, b in PAIRS:  # convention: the sign goes with its indicator
            if a in inds and b not in sigs:
                sigs.append(b)
        r = RISK.get(risk, risk)
        assert r in RISK.values(), risk
        rows.append({"id": "f153-%03d" % n, "text": text, "indicators": inds, "signs": sigs,
                     "exploitation": typs, "risk": r})
    return rows

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh153.jsonl"), "w", encoding="utf-8") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(D), "texts written")
