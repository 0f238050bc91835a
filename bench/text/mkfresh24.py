#!/usr/bin/env python3
"""Hand-written texts for fresh24. Each DATA line: risk|types|indicators|signs|text
risk: i=immediate, h=force high (e.g. child), blank=computed from labels.
Codes are short forms mapped below; every text was written individually."""
import json, os
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", is_="isolated", pl="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fe="few_personal_effects", rm="restricted_movement",
           cd="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", pp="ppe_charges",
           nc="no_control_of_wages", sp="speaks_for_workers", mb="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "is_")]
DATA = r'''
|L||cd et|nom ADAMS seen coll 6 males 0530 white transit VRM AB12CDE, dropped back 2140
h|S|AV|pa|girl 15 in car w older males, gave vodka, sore wrists
|||  |workers say fine, own passports, paid weekly into own accts
|L|RD WW|dt nc|3/B/P INT suggests mgr at Sparkle handwash holds pp's of all staff in office safe, wages paid to him. Source has seen the manager hand each worker a few notes on a Friday and keep the rest.
||||Car wash on Mill Rd busy every sat, lads friendly, card machine, got receipt. nothing odd.
|L|AC|sw pl|man sleeping in the back room of nail bar on a camping mat, no heating
|L|DB|uf|says he owes £4k for the flight + job, boss takes it off each week
||||neighbour dispute re bins, no safeguarding concerns identified
h|C|AV RM IT|rm|POI 16yo LUCAS reported missing 3rd time, found in Margate trap house, told they'd "do his mum" if he left
|L|WW|nc mb|bank alert: 7 debit cards for diff customers posted to same HMO address, wages from a packing agency paid in, all withdrawn by 1 male same day
|S|||adverts online same phone no. 4 diff women, hotel incall, sounds like they dont speak english
||||IP reports bike stolen from shed overnight. no witnesses.
|L|IS|is|Vietnamese male in nail bar, no phone, doesnt know what town he is in
||RM|rm et|only go out with Ion. even to shop.
i|L|RM AC|rm pl|999 - caller hears banging from locked container on farm, male voice shouting in polish for help
|L|EO|lh|they do 7 til 11 every day, no day off since april
||||au pair family say she has own room, 25hrs a wk, goes to college tues/thurs. Reviewed, no concerns. Au pair spoken to alone in Spanish, says the family are kind, she has her own phone and passport and meets friends at weekends.
|D|WW RD IS|dt nc is|She says that the madam keeps her passport and sends her salary to Manila "for her", she has never held the money. She is not allowed a phone.
h|C|AV|et|2/A/P BRADLEY and 2 youths (approx 14) seen getting off London train, met by silver Audi VRM LK19XYZ, suspected cty line
|S|PV IT|fa|She was raped by the man who drives her to the flats and he said if she tells police her sister back home will be next
||||Student from Malaysia lost passport on night out, reported for replacement, embassy informed
|L|DE|uf|told it was warehouse work £11/hr, turned out picking leeks for £40 a day, paid agent £300 upfront
|L|WW|nc|"he sends money home for us" — worker couldnt say how much or if it arrives
|L|AC|pp|charged £25 for gloves and boots, no hard hats on site, roofing w/out harness
||||Worker injured hand in packing machine at Brook Foods. HSE notified, employer cooperating, full sick pay.
h|C|AV|pa|school ref: Y9 boy new trainers, 2 phones, cash, absent Fridays, older lads waiting at gates
|S|RM IS|rm is|pop up flat above chip shop, women never seen leave, windows blacked out, men in & out all night
|L|DB|ct|Rent & food & transport added each wk so it never goes down. £2,300 now he says.
||||Neighbour says family of 8 in 3 bed house are cousins from Sudan, kids at school, dad works at Tesco, all friendly. no concerns. PCSO visited: adults have settled status, children attend St Mary's, nobody is working for anyone else in the house.
|L|RD|dt|never got my ID back after the bank account was set up
|C|AC|pl sw|cannabis factory found, 1 male Vietnamese asleep on mattress in loft, extension leads everywhere, strong smell, no food but noodles. Male says he came in a lorry, was driven here at night and has been watering the plants for weeks.
i|C|AV RM IS|rm is fa|Cannabis grow warrant 0610 - teen male found padlocked in upstairs room, no key, no phone, extremely frightened. Says age 16. NRM to follow
||||wknd staff at the hotel said they're paid via agency, get payslips, can swap shifts. GLAA visit closed. Inspector spoke to 6 housekeeping staff; all hold their own ID, live in their own accommodation, and none pay any fees to the agency.
|L|IT|fa|boss showed them a video of what happened to the last guy who talked
|S||pa sp|midwife: 19yo Romanian pt attends w older male who answers every q, pt looks exhausted, bruising inner arms, says she "works nights"
|L||sp|mgr did all the talking, workers just nodded, would not let us speak to them alone
|D|EO IS|lh is|Woman works from 6am until family go to bed, looks after 3 kids & cleans, no days off, never leaves house except school run.
||||Man in town centre begging, known to outreach, housed in hostel, no indication anyone controlling him.
|C|DE|et|Romanian women begging outside Lidl dropped off 0800 by same van, told they'd get cleaning work in UK. Unknown who is driving the van. PCSO to revisit with interpreter.
|O|DE DB||INT: male from Pakistan says he was promised job in UK but told on arrival he must sell kidney to pay travel debt
||||Kidney transplant pt, donor is his brother, all via NHS, ethics and HTA approved.
|L|WW|nc|£20 a week pocket money, the rest 'for the house'
|L|DE WW EO|lh nc|Told £400 a week in the factory. After 3 months of 12hr shifts got £150 total, rest 'deductions'. Manager says it was for the room.
h|S|AV PV|pa|Girl 14 disclosed to teacher that 'boyfriend' aged 24 makes her have sex with his friends for money. Bruise to face.
|S|WW|nc|he keeps all the money from the clients, she gets food only
||||pay dispute: chef says owed 2 weeks, employer paid late due to cashflow, now paid in full. Chef has left for a new job. He has his own bank account and never had his documents taken. Employment matter only.
|L|RD|dt|"the boss is keeping our papers safe" — 5 workers at the carwash, none could produce ID
|L|RM||not allowed past the gate of the farm without the gangmaster
|C|IT AV|fa|cuckooed flat: vuln male w learning disability, dealers moved in, told him they'd burn the place if he called us
||||IP reports ex-partner keeps texting after split. Harassment warning issued. No exploitation concerns.
|L|DB|uf|owes £12,000 for the boat crossing, works at the takeaway to pay
|L|IS|is|no contact with family since arriving, boss took his sim card
|S|DE||told it was a modelling job in London, then made to meet men in hotels
|L|RD DB|dt uf|Passports in the office safe til you pay back the visa fee
||||Care home inspection: all staff on rota, sponsor records complete, no overtime issues, workers hold own docs.
|D|PV AV|pa|domestic worker for diplomatic household, bruises on arms she says are from the employer's wife, cannot speak English, employer says she is 'family'
|L|AC|oc|12 men in 3 bed terrace, mattresses on every floor, landlord is the factory supervisor
|L|AC|oc pl|Factory supervisor houses his workers, 14 of them in a 3 bed, mould, no hot water, charges each £60/wk. Council EHO says two of the bedrooms have no windows and the kitchen has been turned into a bedroom.
|L|WW EO|lh nc|worked 80 hrs last week got £100
||||GLAA: labour provider unlicensed, supplying 4 staff to packhouse. Workers paid correctly, own accounts. Licence breach only.
|||uf|Agency charged new starters £150 'registration', refunded after complaint. No other concerns.
h|C|AV|pa|probation: PoP 17 says he 'has to' hold packages for a man called T, has burn marks on hands
i|S|PV RM|rm pa|999: female crying says she's locked in a flat on Hope St, man hit her, he's coming back tonight, doesnt know address number
|L|DE|uf|advert on Facebook: 'hotel work in London, free housing' — ended up on a chicken farm in Lincs. She says the wage is fine but she feels lied to; she has her passport and is looking for another job.
|S|||adult service site, profile 'new girl from Brazil, 18', same pics on 3 ads in 3 cities same week
||||Man arrested for shoplifting, lives alone, says he steals to fund his habit, no one directing him. Offered drug service. Custody nurse assessment completed; he lives in his own council flat and denies owing anyone money.
|C|RM|rm et|shoplifting gang, 3 Romanian women dropped at retail park by driver, have to hand over everything they take, never allowed to go home alone
|L|EO|lh|no day off in 6 weeks
|L||cd|white minibus picks up 10 men at 0445 outside the Polish shop, back after 10pm, every day
||||Border Force: traveller refused entry, intended to work on visitor visa, no third party involved.
|S|IT|fa|said the people who brought her knows where her mum lives in Benin, she is too scared to talk
|L|AV RD WW|dt nc|Salvation Army: client is deaf, 52, Slovak. Recruiter 'looked after' his passport and bank card, his wages went in but he only ever saw £30.
|D|RM IS EO|rm is lh|She is not allowed to leave the house alone. She sleeps on the kitchen floor. She cooks and cleans from 5am to midnight. She has no phone. Employer is a family member from Nigeria.
||||house of multiple occ, 6 students, messy but fine, all studying at uni.
|L|AC|pa|lads on site no boots, one had cut foot bleeding, told to keep working
h|S|AV PV|pa|A&E: 16yo female, intoxicated, says she was 'at a party' with older men, evidence of sexual assault, refuses police
|L|DB|ct|he charges us £10 each per day for the van to the farm, we cannot pay it so it goes on the list
|C|RD|dt|POI holds 6 UK passports + driving licences belonging to others, used to open accounts
|C|AV|mb|Man with learning difficulties told to let friend use his account; thousands went in and out, he got nothing
||||Bank alert: customer received large transfers from father abroad for uni fees. Verified. No concern.
|L|IS|is|they dont let us talk to english people
|L||sp|the foreman answers for all workers at the door, says they dont speak english
||||Farm worker says he came on seasonal worker visa, paid every week, can leave, lives in caravan with 3 friends, heating works. Interviewed alone at the farm office with Language Line, he showed his payslips and said the supervisor is fair.
|O|IT|fa|IP states he was told if he did not go to the clinic in Egypt for the operation they would hurt his children
|L|WW|nc|pay goes on the card he keeps
|S|RM|rm et|Women taken to & from the massage parlour in a car each day, never go anywhere else
h|C|AV IT||Year 8 girl carrying drugs in her bra for older boys, says they'll 'leak pics' if she stops
||||Teenager says mum took his phone as punishment for bad grades, no other concerns, school happy.
|L|DE DB|uf|Eritrean man: was told the job in UK free, now told he owes £8,000 for the journey and room. He says the amount is written in a book that only the boss sees.
|L|AC EO WW|lh pl nc|Fishing boat crew: 20hr days at sea, sleep on deck, not paid for 4 months
|L|WW|nc|wages 'paid later' — never came after 5 months
|S|IS|is|women in the flat are moved every week to a new town, dont know where they are
||||Pizza takeaway staff paid min wage, checked via HMRC, open hours 5-11. No issue.
|L|RD|dt|GLAA: 9 of 11 workers' ID held by the labour provider 'for safe keeping'
i||PV RM|rm|Neighbour sees young woman on balcony waving note 'HELP ME', man pulled her inside, she has not been seen out in months
|C|DB||Albanian male in grow says he owes £25,000 for lorry to UK, has to 'garden' until its paid
||||Pensioner scammed over phone by fake bank, money lost. Fraud referral. No exploitation.
|L|IT|fa|manager told him if he complains he will be sent back on the next plane and the police will put him in prison
|S||mb|dating ad, phone number linked to 5 ads and 3 bank accounts in different women's names
||||Officers attended hand car wash after complaint re noise. Owner showed payslips, staff rota, right to work checks. Workers spoke freely, live in own rented flats. No concerns.
|L|RD WW DB|dt nc uf|Client (Indian, 34, interpreter present) says he paid an agent in Kerala 6 lakh rupees for a care worker visa. On arrival the care home manager kept his passport and BRP "for the Home Office". His salary is paid into an account the manager's wife opened. He receives £50 cash on Fridays. He is told he still owes £3,000 and cannot change employer until it is paid.
|L|EO AC|lh pl sw|GLAA inspection, Fenland packhouse. Workers describe 14 hr shifts 6 days, some sleeping in the canteen between shifts to save the van fare. Toilets broken, no hand washing. Two workers with untreated hand injuries. Labour provider not on site.
|||  |Seasonal worker scheme check: 40 Nepali workers interviewed w/ interpreter. All hold own passports, paid weekly by BACS, caravans inspected and adequate. Two workers complained about rain, that's it.
|S|PV RM IS AV|rm is pa|999 0213hrs: caller is a taxi driver. Young female got in his car at the Travelodge, crying, bleeding from lip, said two men keep her in room 14 and take her phone. She ran out when they were asleep. She is about 17, very little English, thinks she is in Manchester (is actually Bolton). Driver has brought her to front counter now. Males still believed at hotel.
h|C|AV IT PV|pa fa|School DSL referral: Child A (Y10, 15) came in with black eye and refused to say what happened. Friend disclosed that A "works for" an older boy called Dappy, moving "food" to Southend at weekends, and was beaten for losing a package worth £800. A says he now owes Dappy and has to keep going. Mum unaware.
|C|AV IT DB|pa fa|same as above, ref to debt: CHILD A told he owes £800 for lost pack and must work it off, threatened that they know his little brother's school
||||Member of public concerned about lots of men coming and going from a house on Beech Ave late at night. Officers attended — it's a 24hr taxi firm's drivers' rest house, licensed, drivers spoken to, all fine.
|L|DE IS|is et|Polish man tells street outreach: "They said work in factory and nice room. I am in a house in the field, I don't know where. No bus. No phone credit. Boss takes us only to work and back."
|S|DE DB IT|fa|Nigerian woman (debrief): I was told I would do hairdressing in London. Before I left a native doctor made me swear an oath. Madam said I owe 35,000 euro and if I don't pay the oath will kill my family. She put me in a flat with other girls and the men come.
h|S|AV PV IS|pa is|Children's social care: 13yo looked after child missing 4 nights, returned with new phone, hickey marks, wont say where, older males pick her up from care home in different cars. Phone contains numbers listed as 'uncle'. CSE risk assessment high.
||||Romanian builder reports his employer paid him 3 days late this month. He has his own bank card, lives with his girlfriend, wants advice on employment rights. Signposted to ACAS.
|L|WW|nc|Construction labourer: boss paid only half, "rest at end of job" — job finished two months ago, no money, boss blocked his number.
||||Woman attends GP wanting to discuss contraception, accompanied by her husband who waited outside. Spoke alone, no concerns, works as a teaching assistant. Her husband was pleasant and did not try to answer for her.
|D|RD RM IS EO WW|dt rm is lh nc|Filipina domestic worker came on overseas domestic worker visa with Gulf family. In London house she was never allowed out, passport kept by the lady, working 18 hours caring for 4 children, sleeping on floor of kids room. Salary of $300 a month promised, she received nothing in 11 months; family said they send it to her husband. She escaped when family went to Harrods.
h|C|AV DE|pa|Vietnamese boy approx 15, found in cannabis grow in Hull, says he was brought to UK 'to study'. Very thin, rash on arms from chemicals.
h|C|AV|pa|boy found in grow, age unknown, looks about 15
|O|DE AV|pa|IOM/NGO case: Sudanese man in Cairo was offered £5,000 for a kidney to pay smuggler. After surgery he got £400, the broker kept the rest. Scar on left side, ongoing pain, no aftercare.
|O|AV IT|fa|INT 2/C/P: network in Birmingham recruiting destitute asylum seekers to travel to Turkey to 'donate' kidneys, recruits threatened with reporting to Home Office if they back out
||||Living kidney donor assessment: patient wishes to donate to his wife. Independent assessor satisfied no coercion or payment. Proceeding. Both have capacity, no money has changed hands, and the donor was seen alone twice.
||||Local news: two men jailed for burglary spree across the county. Police thank public.
|L|IT|fa|"if you tell anyone they will send the pictures to your wife," gangmaster said
|L|RD|dt|Agency driver keeps all their IDs in the glovebox and hands them out at the gate
|L|DE|uf|Job ad on Telegram promised £3,000 a month warehouse packing. Arrived — it's £6/hr agency. Paid £500 fee. The agency is legitimate; the fee went to a man on Telegram who has since blocked him.
|L|EO|lh|Employees at the sandwich factory working back to back doubles, 16hrs, then again next morning
||||Sandwich factory employees working lots of overtime before christmas by choice, paid time and a half, all records checked. Workers interviewed confirmed they can decline overtime and still get a day off each week.
|L|AC|oc pl|14 mattresses in a 2 bed flat above the takeaway, one toilet, rats. Staff all live there, rent taken out by owner.
|S|IS|is|she only knows the name of the street not the town, moved every 2 weeks, clients book through a 'receptionist' on whatsapp
|S||et|Same car drops a different woman at the Premier Inn every night, collects at 6am. Staff concerned.
|L||cd|Transit van, 6am, corner of Gibson St, men waiting with hi-vis bags. Every day incl sun.
|L|RM|rm|Workers at the car wash told they're not allowed to go to the shop on their own. Manager always goes with them.
|C|RD|dt nc|Benefits fraud: 9 UC claims linked to one address, claimants are Slovak Roma, IDs held by the landlord who collects the money at post office.
|||nc|pensioner's pension collected each week by 'friend' who keeps the card
||||Resident's son collects pension for his mother who has dementia, under lasting power of attorney, all receipts kept. No concern. Care home manager confirms her needs are met and she has spending money.
|L|WW|nc mb|bank: 12 wage payments from Acme Recruitment land in accounts that are all accessed from one phone and withdrawn same day at the same ATM
|C||mb|Man arrested with 14 bank cards in different names at ATM, says he is 'holding them for friends'.
|C|DE||Student, 19, from Ghana, recruited online to 'receive payments' for a cut, never got the cut, her account now frozen. Money mule.
i|C|AV IT RM|rm|cuckoo addr 17 Linden Ct: IP has heroin addiction, dealers took over flat 3 wks ago, he's not allowed to leave, they said they'd stab him if he opened the door to police
||||Flat 17 Linden Ct follow-up: male now in rehab, dealers arrested, flat secured. IP says nobody is in his flat. Neighbours report the comings and goings have stopped. Closing the cuckooing marker.
|L|DE|uf|Slovak couple told 'hotel cleaning, housing included' by man in village, paid him €400 each, got here and its a chicken processing plant, no housing
|L||sp|at the farm the gaffer translated for everyone even though two of them spoke good english
|L|DB|uf|Each new worker starts with £900 on the book: visa, flight, deposit. They never seem to pay it off. Said by a packhouse supervisor, who says the labour provider 'owns' those lads.
|S|DE AV|pa|Albanian woman met 'boyfriend' online who brought her to UK promising marriage, then told her to work in flat to pay for their house. She is pregnant, very anxious.
|S|PV|pa|She says the client was violent and the man who runs the flat did nothing, made her see more clients the same night.
||||Woman disclosed domestic abuse by husband: controlling, took her phone. She works as a nurse and keeps her salary. DASH completed, referred to IDVA. No exploitation.
|D|IS|is|She said she was not allowed to phone her family in Ethiopia for a year. The family take her phone. She came to work for the family in Leeds as a housekeeper. She says the family are otherwise 'not bad'.
|D|AC|pl sw|Au pair sleeping in a box room with no window, on a sofa, 'that's where she's happy' says host mum. Agency contacted to review placement.
||||Au pair with own room, set hours, cash pocket money as per agreement, she wants to go home early because homesick. Agency arranging flight. Host family have paid her up to date and returned her deposit.
|L|EO WW|lh nc|The nail bar girls start 9 finish 9, 7 days. Owner pays them 'when business is better'
|L|RD|dt|"my passport is with the boss because he said it's the law"
|L|IS RD|is dt|Polish worker in Kent: "The Englishman who brought us said he'd hold passports so they don't get stolen. We don't have phones, he keeps them at night."
i|L|PV RM|rm pa|Male found at roadside on A17 with head injury, says he escaped the farm where he was held, men are searching for him, says there are 3 others locked in barn now
|L|AC|pa|Worker's hands badly burned by chemicals at recycling plant, no gloves provided, told to carry on
||||Recycling plant accident: worker slipped, RIDDOR reported, employer provided PPE and training records, worker has returned after sick leave. HSE visit found guarding adequate. Worker was paid sick pay throughout.
|L|WW|nc|Told to open account at Monzo, then handed over the card and pin to the 'manager'. Never saw wages.
|L|IT|fa|Boss said immigration would come and deport his whole family if he leaves
|L|IT|fa|gangmaster rang his mum in Bucharest and told her "your son will come home in a box" if he quits
|C|IT|fa|Lad says the elders in the line said he'd get "wet up" if he didn't go
h|C|AV|pa|16 y/o M stopped on train to Swansea, £400 cash, 2 burner phones, wraps in boxers. Not from area.
||||16 yo stopped on train going to see his dad, ticket and phone, nothing suspicious, dad confirmed.
|S|WW DB|nc|The money from the men goes to the madam; she says it goes against the debt. The debt is not going down.
|S|RD|dt|ID cards held by the 'manager' of the massage place. 
|L|DE|uf|Promised work as a chef in a London hotel. I was taken to a takeaway in Stoke and told to wash dishes. The agent took £2,000 from my family.
|L|AC|pl|shed behind the restaurant where two cooks sleep, no toilet, no light
|C|DE||Forced marriage/sham: Latvian woman, 20, told she'd get a job in the UK, instead married off to Pakistani man for visa. She says she didn't know.
|C|DE||Sham marriage: Portuguese woman told she was coming for a restaurant job; instead taken to the register office to marry a man she'd never met, for his visa.
||||Marriage registrar referral re possible sham marriage — investigated, couple met at uni, long relationship evidenced. NFA.
|D|PV|pa|maid says the wife hits her with a shoe when food is late
|D|WW|nc|housekeeper paid nothing for 2 years, 'all your needs are provided'
|D|EO RM|lh rm|Working in a private house near Ilford, she cooks, cleans, looks after grandparents round the clock, locked in when family goes out.
|L|IS|is|The boat crew stay on board 9 months, never come ashore in UK, skipper has their phones
|L|RD WW EO|dt nc lh|Filipino & Ghanaian fishermen on Scottish trawler: passports held by skipper, salary 'paid to agency in Manila' — nothing received in 8 months, 20-hour shifts during hauls.
||||Fishing crew with transit visas interviewed at port, hold own docs, paid monthly, good relations with skipper.
|S|AV RM|rm pa|INT 2/B/P: Thai women at 'massage' in Leeds, appear to live on premises, never seen outside, customers say they look underfed
|S|AV WW|nc|working girl on street, heroin user, boyfriend takes the money for her gear
|S|AV WW|nc|Sex worker with heroin addiction says the man 'minding' her keeps her money and gives her gear instead.
||||Sex worker (independent) reports theft from her flat by client. Works alone, manages own bookings. Crime recorded.
|L|AV WW|pa nc|Man with learning disability working at a farm for 'board and lodge' for years, no wages. Family say he looks thin and unwashed.
|L|WW AV|nc|same farm: LD man says he's never been paid, farmer "keeps the money so I don't lose it"
i|C|RM PV AV|rm pa|Officers at trap house: boy 14 found bound with cable ties in bathroom, injuries to face, suspects fled. Ambulance called.
h|C|AV IT|fa|"if you snitch, your sister is next" — message found on phone of missing 15yo
||||Teenager missing for 12 hrs, found at friend's house playing Xbox, lost track of time. Debrief no concerns.
|L||cd et|Car wash workers picked up in a people carrier at 7, dropped back at 9pm to the same house.
|||ct|Workers charged £5/day for lift to farm
|||pp|Deducted £30 for the hi vis and £40 for boots on day one
||||£30 deposit for boots refunded at the end of contract. Agency compliant.
|L|DE EO|lh|A man from Eritrea said he was promised part time work to study. Works 6am to 10pm in car wash.
|C|RM IS|rm is|Begging group: 4 Roma women picked up each evening and locked in a house, phones taken by the 'boss'.
|C|WW|nc|beggars hand over all the cash at night to the woman in the red car
|L|AC|oc|GLAA: 22 workers in a 4-bed house owned by the labour provider, charged £70/wk each
||||The family living in a 2 bed flat with 5 children asked council for bigger housing. Council overcrowding only, no exploitation.
|L|DB|ct uf|They take the rent for the bed, the travel, the van and the 'fee' before paying us, every week I owe more
|S|IT|fa|Pimp said he would show her family the videos if she stopped working
|S|PV|pa|"he punched me when I didn't make enough"
|L|RD|dt|workers' passports held at the hotel reception 'for right to work'
||||Hotel HR keeps copies of passports for right to work checks; originals returned same day. Fine.
|C|AV DE||Care leaver 18 offered 'a job' by older man: drive cars to other cities. Turned out to be ferrying drugs.
||||OFFICIAL-SENSITIVE. Joint visit with HMRC NMW team to Kingfisher Hand Car Wash, Station Rd. 5 staff on site, all Kurdish Iraqi males, all spoke to officers away from the owner via Language Line. Each produced BRP or settled status, each showed own bank app with weekly wage payments. They rent rooms privately in town and drive themselves to work. Owner cooperative, pays slightly above NMW. No indicators of exploitation identified; advice given on drainage and COSHH.
||||Public report via online form: "theres a lot of foreign lads always at the car wash near the roundabout and they work really hard in the rain, i dont know if its slavery or not but thought i would say". Follow up visit by PCSO: staff had own phones, paid weekly, one showed a photo of his own flat. Owner has worked there 10 yrs. Nothing further.
|L|WW DB AC|nc oc pl uf|Caseworker note (Unseen): R. is a 41yo Romanian man recruited in his village by a cousin of the car wash owner. He was told £60 a day. On arrival in Swindon he was told his flight, the man's "fee" and the first month rent came to £1,100, which he had to repay. He lives with 9 other workers in a 3 bed house owned by the boss's brother; damp, one shower, mattresses in the lounge. His pay is handed to the boss's brother who gives him £30 a week for food. After 7 months he says he still owes "about £900".
|L|EO AC|lh pa|A&E: 29yo M, Ukrainian, presented with crush injury to foot, 2 days old. States works on building site 'from dark to dark', 7 days. Says site has no safety boots; boss told him not to come to hospital. Friend brought him in. Pt worried about losing job, declined police contact.
||||A&E: 29yo M, builder, dropped a block on his foot at work. Employer drove him in, waited, paid for taxi home. Pt has CSCS card and safety boots were worn; fracture anyway. No safeguarding issues.
|S|DE RD IS RM PV|dt is rm pa|Victim account (translated from Albanian): "I met Arben on Instagram. He said he loves me, we will marry in England. In England he took my passport 'so I do not lose it'. We lived in a flat in Luton and he brought men. When I said no he hit me with belt. He had my phone, I could only call my mother with him there. I did not go outside alone in 5 months. One day a client asked me if I was ok and I said no."
h|SC|AV PV IS|is pa|LA safeguarding strategy meeting notes. Child M (F, 14) — missing x9 in 3 months. Found on two occasions in a flat in Rochdale with adult males (names known to police, see att.). Has disclosed being given cannabis and alcohol and 'having to be nice' to the men's friends. M has also been seen carrying a bag for an older male from the flat to a car. M's phone was taken by one of the males who gave her a new one with only his number. Mum says M has stopped seeing school friends. Actions: CSE/CCE risk assessment, disruption notices, review at 2 wks.
||||Strategy meeting: Child N (M, 15) missing overnight twice. Both times found at girlfriend's house. Parents of girlfriend aware, no adults of concern. Child N says he was angry with mum after argument. No CCE/CSE indicators. Step down to early help.
|L|RM IS AC|rm is pl fe fa|Officers attended derelict farmhouse on reports of people living there. 5 Lithuanian men, few belongings (one carrier bag each), sleeping on pallets, no running water. Say they pick daffodils for a man called Tomas who brings food and takes them to fields. They are not allowed to walk to the village: 'Tomas says police will arrest us.' No phones.
|L||fe|worker had a single plastic bag of clothes, nothing else, said everything else 'at the boss house'
||||Man with one carrier bag at bus station is rough sleeper known to outreach, was evicted yesterday, no one controlling him, placed in emergency accommodation.
|O|DE AV RD DB|dt pa|Border Force Heathrow: 3 Moldovan males travelling together to Istanbul with the same escort, escort held all passports and return tickets. On questioning one said they were going for a 'medical procedure' that would pay off his debts, told it was 'safe, like giving blood'. Escort refused to answer. Males referred, escort arrested.
|O|AV DE|pa|Caseworker: Mr K, destitute after asylum refusal, was approached outside mosque by a man offering £10,000 for a kidney, operation 'in India, all legal'. He went; he came back with scar and £1,500. Now unwell.
||||Organ donation register campaign at local hospital, 300 new registrations. Press release.
|L|PV IT RM|rm pa fa|Witness statement (extract): "I saw the one they call Boss push the skinny lad against the van and slap him. Then he said something like 'you go nowhere'. The lads all got back in the van. They looked terrified. This happens most mornings at the lay-by on the A1 near the farm. I have seen the boss hold the van door so nobody could get out."
|C|AV RM EO|rm lh|Warrant, Pocklington: officers found 2 Vietnamese males in a converted barn grow, both said they tend plants all day and night, doors bolted from outside, food brought every 3 days by a man in a Golf. One says he's 17.
|L|RD EO WW DE|dt lh nc|GLAA inspection report summary: Labour user — salad packhouse (Herefordshire). Provider: NTX Staffing (licence revoked 2025). Of 31 workers interviewed, 19 reported that a 'coordinator' took their ID on arrival and had not returned it; average shift reported 13.5hrs, 6-7 days; 11 workers had been told they would be paid £12/hr but payslips showed deductions for 'accommodation, admin, transport' leaving £90-£140 a week. Enforcement action underway.
||||GLAA inspection report summary: Labour user — poultry processor. Provider licensed and compliant. All 24 workers interviewed alone; average working week 42hrs; no deductions beyond tax/NI and optional pension; workers retain own identity documents. Minor breach: one missing induction record. No further action.
|||uf|Agency in Lagos charged him N800,000 for the certificate of sponsorship. The care home itself treats him fine, pays properly, he has his passport.
|D|DE RM WW EO IS AV|rm nc lh is|Referral from GP: pt (F, 34, Sri Lankan) brought by employer's daughter for back pain. When daughter left the room, pt disclosed she came as a nanny promised £500 a month but has received no money in 2 years; the employer says it's 'saved for her'. Works all day, sleeps in laundry room. She is never allowed out except with family. Does not speak English well and doesn't know the address.
||||Midwife booking appt: 24yo Polish woman, lives with husband and mother in law, works in a bakery. Attended alone. Domestic abuse routine question - no. No concerns.
|L||sp cd|INT 3/C/P: 'Mr Dan' (POI DANIELS, DOB 04/03/1979) collects workers from 2 addresses in Wisbech at 0500 daily in 2 minibuses, he answers for them at the farm gate. Nothing further known.
|L|AV DE DB|uf|Press summary: A couple from Burton were jailed for 7 years for trafficking homeless men from Poland. Victims were promised well-paid jobs and housing, charged hundreds for travel and 'papers' and told to work it off. The court heard the pair targeted men with alcohol problems because they were 'easier to handle'.
||||Press: Local charity launches winter appeal for rough sleepers. "We saw record demand this year", said the manager.
|S|IT PV|pa fa|101 call from a hotel manager: woman in room 203 came to reception with a cut lip, said the man she is with hit her and will "finish her" if she doesn't do the next booking. She went back up before staff could stop her.
|C|WW IT|nc fa|Albanian, 19, debrief: "They gave me the grow to look after. They said I get £1,500 when it's harvested. When the police came I still hadn't got any money. The man said if I talk, my father in Kukës will pay."
|L|AC|oc pl|Council HMO licensing visit: 18 occupants in a 5 bed house, most sleeping in shifts, all work at the same meat plant, landlord is the plant's shift manager who deducts rent from pay. Fire doors missing.
||||Council HMO licensing visit: property licensed for 6, 7 present (one visiting partner). Adequate facilities. Minor fire alarm fault. Landlord notified. All tenants on ASTs.
|L|DE WW|nc|Handover note: Fin from the farm shop said two Bulgarian lads came in asking where the bus station is. Said they were promised £10/hr, have been given £50 in 3 weeks, the boss says 'next week'. Gave them the helpline no. Not seen since.
i|C|AV IT RM|rm|"my son is 15 and hes been gone three days they keep ringing him and he has to go they said theyll slash his face if he doesnt and now i cant find him PLEASE HELP" — public report via website, mother
|S|AV|pa|Online report: "girl next door looks about 16 and theres diffrent cars dropping her off at 3 4 in morning, shes always got new stuff, mum works nights, somethings not right"
||||ONLINE REPORT: THE MIGRANTS IN THE HOTEL ARE ALL SLAVES OF THE GOVERNMENT AND IT IS DISGUSTING WHAT THIS COUNTRY HAS COME TO!!! — reviewed, no specific information, no indicators.
||||report: my neighbour's cleaner comes 2x week she's really nice, drives a lovely car and has her own business cards. just a bit worried because she's from abroad. — no concerns, informant reassured.
|D|PV AV|pa nc|Social worker note: Mrs S, 70, Bangladeshi, lives with son and daughter in law. Appears undernourished. Neighbour reports she does all cooking and cleaning for the family of 8 and has been seen being hit with a broom. Son manages her pension.
||||Neighbour reports son collects Mrs T's pension. Mrs T says she can't get to the post office and he gives her what she asks for. No concerns.
|L|IS EO|is lh sw|Construction site in Croydon: Romanian carpenters sleep on site in a container, work from 6am til floodlights off, don't know the town name. Supervisor confiscated their phones 'to stop distractions'.
|L|AC|sw|Two kitchen porters sleeping on the restaurant floor after close, owner says they 'prefer it'
|L|AV DB IT|fa|Pakistani student (visa expired) working in a sweet centre for cash; owner says he owes £2,000 for "keeping quiet" about his visa and that he will call the Home Office if he leaves.
||||Student on expired visa working in a sweet shop reported by himself to Home Office; employer pays him properly. Immigration matter only, no exploitation.
|S|RM IS DB|rm is|Korean-Chinese woman, massage parlour Glasgow: lives upstairs, not permitted outside, 'uncle' holds phone, says she must earn back £20,000 for the journey.
h|C|AV|et cd|Group of 5 Roma children seen being dropped off at Oxford St at 9am by a man in a Passat, picked up 6pm, begging all day. 
h|C|AV WW|nc et|Three Roma children (approx 10-13) dropped at Oxford Street each morning, begging; at 6pm they hand the cup to the driver. Not in school.
||||Child begging with mother outside station, known family, council involved, mother not controlled by third party. Support offered.
|||pp ct|Payslip shows: £15 PPE, £35 transport, £70 accommodation, £20 admin. Worker happy, says rest of it fair.
|L|WW|nc pp ct|Payslip: gross £420, less £80 rent, £60 van, £40 'PPE', £120 'loan', £70 'admin' — net £50.
||||Payslip review: gross £480, tax & NI, pension, net £402. Worker has own account. Fine.
|L|RD RM|dt rm|Thai chef at Bristol restaurant: his passport "in the owner's drawer", he has to ask permission to go out, never allowed on days off
|L|RM IT|rm fa|workers told not to leave the caravan site or the 'Romanian mafia' would find them; the gate is padlocked at night
||||Intelligence log 2/B/P. Source reports that POI MARKU, Elton (DOB 11/07/1988) runs a hand car wash at the former Shell garage, Leek Rd, with approx 6 staff of Albanian origin. Source states MARKU drives a new Range Rover VRM MA21 RKU and is "always flashing cash". Source does not know where staff live, has not seen anything concerning about how they are treated and says they come and go in their own cars. Source believes the business may be used to launder cash from cannabis supply but has no direct knowledge of this. No modern slavery indicators reported. Submitted for intelligence development re money laundering only. Research: MARKU no previous convictions; business registered at Companies House 2023.
||||Handover: night shift attended Unit 4, Greenfield Ind Est, after alarm activation. Premises is a bed factory, 3 night-shift workers present (2 Polish, 1 British), all on contracts with the factory directly, they explained the alarm was set off by a forklift. Spoke with supervisor on phone. All workers have own transport. Nothing of note. No crime.
||||Caseworker note, NRM outcome: after full interview with interpreter, client states he travelled to the UK with a friend, paid his own way, chose the job at the packhouse and left it when he found better work. He has never had documents held, has always been paid into his own account, and says nobody has ever threatened him. He approached us for help with an asylum claim. No modern slavery indicators. Referred to immigration legal advice.
||||Safeguarding referral closed: concern raised by a bus driver that a teenage girl was being 'controlled' by an older male on the 7.10 service. Enquiries show the male is her uncle taking her to college; both spoken to separately, college confirms attendance. Girl has her own phone and friends, no indicators of exploitation. NFA.
||||Bank financial-crime alert reviewed: customer (care assistant) receives wages from 3 agencies into one account and has 2 cards for the same account. Customer called in, explained she works for three agencies and lost a card. All transactions consistent with own use. Closed — no mule or control indicators.
||||Salvation Army outreach, Thursday night. Met 4 men at the soup run. Two Romanian men working as day labourers for a builder, said they are paid daily in cash, fair, live in a rented room together, can leave when they want. One British man sleeping rough after relationship breakdown. One Eritrean man waiting for asylum decision, not working. Nobody disclosed control or debt. Gave out sleeping bags and leaflets.
|L|DE RD WW IS EO AC|dt nc is lh pl fe|First account, Slovak male, 38 (via interpreter). He says that a woman in his town of Michalovce offered him work in an English factory "with contract and good money". She paid the bus. When he arrived in Derby, a man called Jozef took his ID card "to register him" and never gave it back. He worked in a food factory through an agency, 12 hours and sometimes 16. His wages went into a bank account that Jozef opened; Jozef gave him £20-£40 a week. He lived in a house with 11 others, slept on the floor, one bag of clothes. He had no phone; Jozef said phones were "for people who pay their debt". He did not know the name of the street. He left when a co-worker at the agency helped him phone his sister. He says Jozef "has more men, always new ones from the bus".
|S|AV DE RM IS WW PV IT|rm is nc pa fa|Operation summary (redacted), OFFICIAL-SENSITIVE. Warrants executed at 3 residential flats in Reading believed to be used as brothels advertised on an adult services site. Flat 1: 2 Romanian women (aged 19 and 22) found; both disclosed being recruited by a man posing as a boyfriend, brought to the UK on the promise of work in a bar. They were moved between cities every fortnight, accompanied by a female 'driver'; they had no phones of their own and did not know what town they were in. All takings were collected by the driver nightly. One woman had bruising she attributed to the main suspect. Both said they were told their families would be 'visited' if they spoke to police. Flat 2: no one present. Flat 3: a British woman, 31, who stated she works independently, rents the flat herself, keeps her earnings and wanted police to leave; no indicators noted for her. 2 males arrested.
|L|DE DB WW RD AV|uf dt nc|Witness statement, Marius (Romanian, 26): "In Romania there was a man, everybody knows him, he says in England there is much work at the farms and you pay nothing until you earn. I came with 7 others in a minibus. When we arrive in Boston the man says each of us owe £600 for the bus and the place in the house and £200 for 'papers'. He took our ID cards and said he make us national insurance numbers. The farm pays to his account. Each Saturday he gives £40 and says the rest goes to the debt. After three months my debt is still £500 because he adds the rent. I cannot read English and I don't know how much the farm pays. My friend Ionut asked for his ID and the man said 'when you finish paying'."
|L|AC EO|pa lh|Fishing vessel boarded by MCA & police in Newlyn: 6 crew from Ghana and the Philippines. Crew quarters unsafe, no working toilet, bunks soaked. Crew say they work up to 20 hours when fishing, no proper rest. Skipper says they are 'volunteers'. One crewman had a hand injury bound in tape.
||||Fishing vessel inspection Peterhead: crew of 8 incl 3 Filipino crew on correct visas, contracts checked, wages paid monthly to own accounts, rest hours logged, crew accommodation clean. Minor safety equipment expired — advice given.
|C|AV WW EO|nc lh|Housing officer note: tenant (M, 58, alcohol dependent) says 'the lads' use his flat to bag up drugs and he 'helps out' by answering the door for them all night. His universal credit card is kept by one of them who buys him vodka. He looks unkempt and frightened. Cuckooing suspected.
||||Housing officer note: tenant (F, 62) has her grandson staying for a few weeks while he's between jobs. Neighbours complained about noise. She is happy for him to stay. No concerns about exploitation or cuckooing.
||||Midwife note: 31yo Chinese pt with husband at booking. Husband interpreting at first but pt spoke alone later with Language Line; she says husband is supportive, she works at a supermarket, has her own bank account and phone. No concerns.
||||School ref closed: Y11 boy with expensive trainers and new phone. Mum confirms bought with his wages from weekend job at a garden centre (verified). Not missing, attendance 98%. No indicators of CCE.
h|C|AV IS|is|Y10 girl missing from school regularly, recently 'in love' with a 22yo man who tells her to carry packages and has cut her off from her friends
||||Report from a member of public: "a big family moved in next door, like 10 of them, could they be trafficked?" Visit: three generations of one Syrian family resettled by the council, children at school, adults at college. No concerns.
|D|RM RD WW EO|rm dt nc lh|Border Force, Stansted: Indian woman arrives with employer family on ODW visa. Passport handed to officer by employer. Alone with officer she says she has worked for them 6 years in Dubai, salary goes to her 'sponsor', she is never allowed out alone, works from 5 until after midnight. Asked if she wants help — she says yes.
||||Border Force: domestic worker arriving with employer, interviewed alone, holds her own passport and phone, has contract, paid into own account, knows rights leaflet. No concerns.
||||Probation note: PoP reports he has found work at a warehouse through a licensed agency, hours 40/wk, getting payslips. Lives at approved premises. Positive progress.
|C|AV IT DB|fa|Probation note: PoP (19) disclosed that on release he was approached by older members of his former gang who said he 'owes' them for the time he was away and would be hurt if he didn't start running again. He is scared and wants a move.
||||Prison intelligence: IP claims another prisoner is 'running a line' from inside. Enquiries: no supporting information. No exploitation of vulnerable persons identified. Log for info.
|L|AV IS IT|is fa|Care worker (Zimbabwean, 45) on sponsored visa says the home manager told her she would be deported if she talks to other staff about pay, and she is forbidden to join the staff WhatsApp. She knows nobody outside work.
||||Care worker on sponsored visa asked for help changing employer because she'd like more hours. Employer fine, no debt, no threats. Signposted to UKVI guidance.
|||uf|Recruited in Nepal for 'seasonal fruit work', paid agency £3,500; but in UK the work is as described and pay is correct. The only concern was the fee in Nepal.
||||Two men fighting outside nightclub, one arrested for affray. Both local. No other concerns.
||||Burglary at nail salon overnight, £300 and equipment taken. Owner and staff spoke to officers, salon registered, staff on payroll.
||||"i think there nail bar has slaves because they never smile" — online report. Visit by licensing: staff say they are relatives of owner, paid, live in their own flats, have their own documents. No concern.
|L|AC IS|is pl fe|Nail bar welfare check Leicester: young Vietnamese male living in the storage room behind the salon, a rucksack and a sleeping bag his only things. Does not know the name of the city. Owner says he's 'just visiting'.
||||Vietnamese nail technician spoken to at salon: she lives with her sister, has British citizenship, works 4 days, earns commission. No concern.
|L|RM|rm|"we ask to go church sunday and he says no, we stay in the house" — worker at takeaway
|S||et|Taxi firm flagged same fare: driver collects different young women at the station, drives them to a house on Elm Grove, collects 2 hours later.
|C|DE WW|nc mb|Financial crime alert: 18yo student's account used to receive and forward £48,000 in 2 weeks. He says an 'Instagram businessman' promised him £500 for 'helping with payments' and holds his card now. He has received nothing.
||||Financial crime alert: sudden large deposits in customer account explained as sale of family car, documents provided. Closed.
|O|DE AV IT|fa|INT 3/C/C (do not disclose outside MSU): Eritrean man told OIC that a smuggler in Libya offered to 'clear his debt' if he gave a kidney; when he refused, smuggler threatened to sell him on. He escaped by boat. Others in his group may have undergone surgery.
||||Patient on dialysis, on transplant waiting list for 3 years, family members tested for compatibility through NHS. Transplant planned. No third parties involved.
|L|IT|fa|The supervisor told the Vietnamese lad they'd call the police and tell them he's illegal if he asks for his money again.
|L|EO|lh|Warehouse: Sudanese worker says 4 x 12 hr nights then straight into days, 'no rest, they say we must'
||||Warehouse worker complaining about a long Christmas peak shift pattern, 48 hrs a week, optional overtime, paid. HR issue.
|L|PV|pa|"the gaffer kicked him in the ribs because he was slow" — witness at building site
||||Builder had argument with colleague, push and shove, colleague did not want police. Both employed by same firm. No exploitation.
|L|DB|uf|He showed a notebook where his 'debt' is written. £4,800 at the start, now £5,200 after a year. He doesn't understand why.
h|S|AV|pa sp|Outreach nurse: woman at sauna looked 16-17, very frightened, "boss" answered when she was asked her age
|L||ct cd|Farm bus leaves the Co-op car park at 4.50am, back 9.30pm, the driver takes £6 a day off each worker for the seat. Workers say they have no choice which bus.
||||Licensed sauna visit: staff all over 21, self-employed, own accommodation, health checks, no third party control noted.
h|D|IS AV|is|Teenage girl (17) brought from Nigeria to 'go to school', kept at home looking after children, not enrolled, no contact with her parents
||||Private fostering assessment: 17yo niece from Nigeria living with aunt, enrolled in sixth form, own phone, contact with parents weekly. Approved.
|L|DE AV IT|fa|Indian chef on skilled worker visa told £2,500 a month but actually gets £900 cash, owner says 'take it or I report you to Home Office'
||||Victim debrief / witness account, DV unit (not MSU). IP (F, 28, Polish) describes a two-year relationship with her partner who became jealous and checked her phone. She says he once said he "would have hurt her if she had gone to her sister's", but he never did anything like that, and she did go. She works at a call centre, her wages go into her own account and she pays half the rent. She has her passport and ID card and has never been stopped from going out; she now wants to end the relationship and stay with her sister in Leicester. She was clear that nobody has ever made her work for them, taken her money or forced her into sex. DASH: standard risk. Referred to local DA service. No modern slavery or exploitation indicators; NRM not appropriate.
||||Licensing & Trading Standards joint visit, The Golden Dragon restaurant, High St. 7 kitchen and front-of-house staff present. Owner produced right-to-work records for all; two chefs are on skilled worker visas, contracts on file, salary £38,700 paid monthly by BACS (verified on payslips). Staff live in rented flats in town, one with his family. Staff were spoken to separately, one via Cantonese interpreter. All said they work 5 days, 45 hours maximum, with two days off, and hold their own passports. One chef said he was once paid a week late during Covid but was paid in full. No one had paid any fee to come to the UK. Food hygiene matters noted (fridge temperatures). No labour exploitation indicators. No further action from a modern slavery perspective.
||||Intel log 3/C/P (OFFICIAL): rumours on a local Facebook group that "trafficked girls" are being kept at the new massage shop in the precinct. Research: business licensed by council for sports massage, 2 therapists both British, both with their own clinic insurance, ages 34 and 41. Visited by PCSO and licensing officer 14/11: both present, premises has no living space, opening hours 10-6, bookings online under their own names. Neither therapist reported any third-party involvement. Post on social media appears to stem from a dispute with a former landlord. No evidence of sexual exploitation or trafficking; log closed, author advised.
||||School safeguarding referral, Y8 pupil (13). Teacher noticed pupil with a large amount of cash (approx £120) and a second phone. Pupil and mother seen together and then separately by DSL. Cash was birthday money from grandparents in Pakistan, second phone is an old handset used for gaming. Pupil not missing, attendance good, friendships age-appropriate, no older associates. Pupil laughed when asked if anyone had asked him to carry anything. Police SPOC checked — no intelligence on family. Outcome: no CCE/CSE concerns. Advice given about bringing cash to school.
|L|AV DE RM IS WW DB AC EO|rm is nc oc pl lh sw fe fa|Long debrief (Salvation Army), Hungarian couple, 50s, via interpreter. They say a man from their town offered "caretaker work" at a hotel by the English seaside with a room and €1,200 each. Instead they were driven to a scrapyard near Doncaster where they sorted metal from 6am to dark, every day, and slept in a caravan on the yard with 6 others. The wife says the man told them they owed him for the journey, food and "electric", and that they could not leave the yard without him because "police here arrest Hungarians". Their bank cards were kept by his son, who took out their wages. They had a bag each. They did not know the name of the town until a delivery driver told them. The husband has a heart condition and went without his tablets for two months; the man said doctors were "too expensive". They left when the yard was inspected by the Environment Agency.
|O|DE DB IT AV|fa uf|Caseworker record (translated from Urdu summary). Client (M, 36) says that in 2025 his family in Punjab borrowed from a local lender to pay a 'visa agent' for work in the UK. The agent told him on arrival in Birmingham that the visa fee was not enough and he still owed 18 lakh rupees. He was introduced to a 'doctor' who said the debt could be cleared if he went to a private hospital abroad to give a kidney to a "wealthy patient". He was told it was legal and common. The agent said if he refused the lender would take his family's land and "other things would happen". He has not had the surgery; he came to us after a friend at the gurdwara recognised the story. Medical: no scar. Safeguarding: family abroad at risk.
||||Council community safety note. Residents in Elm Road complained of vans parked early morning and men gathering on the corner. Officers spoke to 9 men on two mornings: all are self-employed tradesmen (plasterers, tilers, labourers) waiting for their own gang leader, a local builder who pays each man into his own account and provides his own van. Nobody is charged for the lift. Men live in their own homes with families; all spoke freely, several in English. No one reported debt, held ID or threats. Issue is parking and noise. Advice given to builder about meeting point. No labour exploitation.
||||Press summary: Crown Court acquits two car wash owners of modern slavery charges. The jury heard that the workers had their own passports, lived in a flat they chose themselves and were paid weekly, and that the prosecution's key witness had withdrawn his account. The judge said there was "no evidence anyone was held against their will". The owners were convicted separately of failing to pay minimum wage.
'''

def main():
    out = []
    for raw in DATA.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        r, t, i, s, text = raw.split("|", 4)
        inds = i.split(); sigs = ["is_" if x == "is" else x for x in s.split()]; typs = list(t.strip()) if t.strip() else []
        for a, b in PAIRS:
            if a in inds and b not in sigs: sigs.append(b)
            if b in sigs and a not in inds: inds.append(a)
        if r == "i": risk = "immediate"
        elif r == "h" or "PV" in inds or "S" in typs or ("IT" in inds and "RM" in inds) or len(inds) >= 3: risk = "high"
        elif inds or typs: risk = "medium"
        else: risk = "low"
        out.append(dict(id="f24-%03d" % (len(out) + 1), text=text.strip(), indicators=[IND[x] for x in inds],
                        signs=[SIG[x] for x in sigs], exploitation=[TYP[x] for x in typs], risk=risk))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh24.jsonl"), "w", encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "written")
main()
