#!/usr/bin/env python3
"""Hand-written labelled texts (set 148: rarer forms + look-alikes).
Each E(...) call holds one hand-written text and its labels. Abbreviations
below only shorten the label columns; they are expanded to the full codes."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DEC": "deception", "RM": "restriction_of_movement",
       "ISO": "isolation", "PSV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "swp": "sleeps_at_workplace",
       "fpe": "few_personal_effects", "rm": "restricted_movement",
       "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "ncw": "no_control_of_wages", "sfw": "speaks_for_workers", "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}
T = []

def E(text, ind="", sig="", typ="", risk="l"):
    T.append((text.strip(), [IND[x] for x in ind.split()], [SIG[x] for x in sig.split()],
              [TYP[x] for x in typ.split()], RISK[risk]))

# ---- part 1 ----
E("""INT suggests female POI Sadia BEGUM (DOB 04/02/2007) taken to Mirpur over summer hols and married to cousin. Family told school she was 'visiting a sick gran'. Passport held by father. Now back in UK, not attending, husband applying for spouse visa. 2/B/P""",
  "AV DEC RD", "dt", "", "h")
E("""Forced marriage unit contact: 19yo woman phoned from Sylhet, says parents have taken her phone most days, she is not allowed out of uncle's compound and the wedding is Friday. She was told the trip was for her brother's engagement.""",
  "RM ISO DEC", "rm iso", "", "i")
E("""Midwife booking note. Pt 22, arrived from Punjab 8 months ago on spouse visa. Husband and mother-in-law attended and answered all questions. Seen alone briefly: says she cooks and cleans for 9 adults from 5am till midnight, no money of her own, not allowed to phone her family, MIL keeps her passport 'so it doesn't get lost'. Slapped by MIL when food late. Bruise L forearm.""",
  "AV ISO RD PSV EO WW", "sfw iso dt lh pa ncw", "D", "h")
E("""Arranged marriage - both families happy, couple met 4 times before the nikah and the bride chose the date herself. Registrar had no concerns, both spoke to her separately and she was clear it was her decision.""",
  "", "", "", "l")
E("""hi my freind got married last year her parents introduced them but she said yes herself and she seems really happy, i only report bc someone on tiktok said arranged = forced which is rubbish. no action needed i guess""",
  "", "", "", "l")
E("""Registrar referral (s24 sham marriage notice). Slovak woman, 21, gave notice to marry Pakistani national aged 34. She didn't know his surname and needed him to tell her her own address. Interpreter said she whispered 'they will take me back if I do this'. Couple had been introduced by a man who paid her flight.""",
  "AV ISO", "sfw iso", "", "m")
E("""Victim account (via Slovak interpreter): she says a cousin's friend told her she would work in a laundry in Sheffield for £300 a week. When she arrived there was no job. She was told she owed £1,500 for the travel and the only way to pay was to marry an Indian man who needed papers. They took her ID card 'for the registry'. The man's brother stayed in the flat to make sure she didn't leave. She says the husband forced her to sleep with him and she had to clean for the whole family. She ran when the brother fell asleep.""",
  "DEC DB RD RM PSV", "dt rm", "D", "h")
E("""Immigration Enforcement (marriage investigation) visit: couple live together, joint tenancy, photos over 3 years, both speak each other's language. Marriage considered genuine. No indicators of coercion.""",
  "", "", "", "l")
E("""3/C/P - unknown male said to be recruiting Roma women from Kosice to marry third-country men for £5-8k per wedding. Women reportedly get 'a few hundred'. No victims identified.""",
  "", "", "", "l")
E("""999 - female caller whispering, says she was brought to England to marry and is locked in bedroom at 17 Whitcombe Road, husband has gone out and taken the key. States he hit her with a belt this morning. Line disconnected. Units dispatched.""",
  "RM PSV", "rm", "", "i")
E("""School DSL referral. Y10 pupil (15) disclosed to form tutor she is being 'promised' to a man in Pakistan and her father has booked flights for the Easter break. She is scared and says if she refuses her brothers will 'deal with her'. FMPO being explored.""",
  "AV IT", "", "", "h")
E("""Kidney patient, 58, on dialysis 3 yrs, had a transplant in Turkey from a living donor — clinic said donor was his nephew and the family confirmed it. Follow-up in renal clinic, all paperwork in order.""",
  "", "", "", "l")
E("""Renal team safeguarding query: patient returned from a private hospital in Pakistan with a new kidney. He says he paid $35,000 'all in' and never met the donor, the agent arranged it. Team concerned organ may have been purchased from a poor donor; referred to NHSBT and police for advice. No donor identified.""",
  "", "", "O", "m")
E("""Living donor assessment: sister (41) donating to brother (38). Independent Assessor interviewed her alone; no payment, no pressure, she has read all the leaflets and can withdraw at any time. Approved by HTA.""",
  "", "", "", "l")
E("""Debrief - male, 27, Moldovan. He says a man in the village lent him money for his mother's operation and the debt doubled every few months. The lender said he could clear it all 'with one kidney'. He was driven to a clinic in Istanbul, told to say the recipient was his cousin. After the operation he was given $1,000 instead of the $10,000 agreed and told if he talked to anyone his mother would lose her house. He still has pain and a long scar.""",
  "AV DB DEC IT WW", "pa", "O", "h")
E("""INT: ORGAN BROKER. Nom Yusuf AKAR runs Facebook group 'Kidney Help UK' offering £20k for a kidney, 'travel + hotel included'. Messages show he recruits men in debt and tells them surgery abroad is 'safe and legal'. 2/B/P""",
  "AV DEC", "", "O", "m")
E("""I am writing from Eritrea camp story. In Libya the smugglers said who cannot pay the sea crossing will 'pay with the body'. They took three men from our room to a doctor. One came back with a cut on his side and was very weak. The others did not come back. They beat me with pipe because my family was slow sending money.""",
  "AV DB PSV", "pa", "O", "h")
E("""Salvation Army caseworker note. Client (M, 31, Pakistani) says he agreed to sell a kidney in Lahore to clear a debt to a brick kiln owner. He was told he would get 300,000 rupees; the broker took most of it as 'fees'. Now in UK as asylum seeker, says broker has his sister's address and keeps messaging that she will 'pay' if he speaks. Signposted to GP for follow-up of surgery.""",
  "AV DB WW IT", "", "O", "h")
E("""Facebook post reported by public: 'Urgent need kidney donor O+ will pay very well 25k plus expenses DM me'. Poster based in Birmingham. No victim known at this time.""",
  "", "", "", "l")
E("""Border Force LHR T4: male, 24, Bangladeshi, arrived on visit visa with letter for 'medical check-up' at a clinic in Harley St. Had been told by an agent he would give blood tests then 'help a rich patient' and be paid £15,000 for a kidney. Agent holding his passport copies and return ticket. Speaks no English. Referred to NRM.""",
  "AV", "", "O", "m")
E("""Press summary: Two men were convicted at the Old Bailey of conspiring to arrange the removal of a kidney from a young man brought from Nigeria. He had been told he was coming to the UK for work and only learned at the hospital that he was meant to donate. Doctors became suspicious when he could not answer basic questions about the 'family' recipient.""",
  "DEC AV", "", "O", "m")
E("""dialysis nurse: patient back from 'holiday' in Egypt with a fresh transplant scar, won't say where or who the donor was. Just flagging. He is well and no evidence anyone was hurt.""",
  "", "", "", "l")
E("""Man, 60s, with a tin and a sleeping bag outside Boots, there most days. Local street outreach know him, he is housed and begs for drink money. No one controlling him.""",
  "", "", "", "l")
E("""3 women in long skirts begging at the lights on the A6, dropped off 7am by a silver Transit and picked up at 8pm, same van every day. One had a baby. They hand all coins to the driver at pick-up. VRM partial KX6?""",
  "WW", "cedl et ncw", "C", "h")
E("""Public report: ther is a old man with no legs begging outside tesco every day, a BMW drops him off and a young guy colects the money every hour. He looks so thin and dirty. I dont think he gets any of it""",
  "AV WW", "cedl pa ncw", "C", "m")
E("""Debrief via Romanian interpreter. She says she was told in Craiova she could earn selling the Big Issue. In London the 'uncle' put her on a corner near Victoria with a cup from 6 in the morning. If she came back with less than £80 he beat her. She slept with eleven others in a two-bedroom flat and paid £70 rent for a mattress. He said she owed him the coach fare and the debt got bigger every week.""",
  "DEC PSV EO DB AC", "lh oc plc", "C", "h")
E("""Busker with guitar and amp on Briggate, has a council permit, plays every Saturday. Member of public complained about noise only.""",
  "", "", "", "l")
E("""INT: child begging. Two Roma boys est 10-12 seen begging on Oxford St during school hours on 5 consecutive days. Adult female watches from across the road and takes cash off them every 30 mins. 1/A/P""",
  "AV WW", "ncw", "C", "i")
E("""Street pastor report: lad about 19 sleeping rough, says a man gives him a 'spot' outside the station and he has to pay £20 a day for it or he gets a kicking. Has a black eye. Man 'looks after' his benefit card too.""",
  "AV PSV IT", "pa ncw", "C", "h")
E("""Violinist and accordion player outside the cathedral every weekend - they're a married couple from Romania, they told me they do weddings too. Lovely music, nothing suspicious, just wanted to say not every Roma musician is trafficked.""",
  "", "", "", "l")
E("""Council ASB team: aggressive begging at cashpoints on High St by a group of 4 adult males. All have addresses locally, known to drug services. Dealt with by CPNs and community protection notices. No exploitation identified.""",
  "", "", "", "l")
E("""DWP Fraud referral. Eleven Universal Credit claims linked to one address and to the same phone. Claimants are Czech and Slovak men who say a 'boss' opened the claims for them and 'keeps the cards'. Men work at a recycling yard and receive £40 a week cash. Bank cards for all eleven found in a kitchen drawer.""",
  "WW RD AV", "mbc ncw dt", "L C", "h")
E("""Benefit fraud: woman claimed single person discount and UC while living with her partner who works full time. Interviewed under caution, admitted it. Not a trafficking matter.""",
  "", "", "", "l")
E("""Bank financial crime alert. 6 accounts opened in 3 weeks at branch 30-94-xx, all Romanian nationals with the same 'employer' and correspondence address. Same man attended each time and did the talking. Since opening, all received child benefit / UC credits and cash withdrawn at one ATM within minutes. Account holders not seen since.""",
  "", "sfw mbc ncw", "C", "m")
E("""Victim statement (first person, translated): When I came the man said we go to the job centre to make papers so I can work. I signed many papers. After I never saw my bank card, he said he keeps it safe. Every month money comes from the government in my name and he takes. He gives me £10 for cigarettes. I work for him in his garden and his brother's house, no pay. I cannot read English so I did not know what I signed.""",
  "AV DEC RD WW", "dt ncw", "L C", "h")
E("""Pension taken: elderly man with dementia, his son collects his pension every week and uses it on himself. Adult safeguarding. No work, no trafficking.""",
  "AV", "ncw", "", "m")
E("""INT: Nom Marius DOBRE uses identity documents of at least 14 Romanian nationals to claim UC and housing benefit. Several are 'working' for him at a car wash in Wednesbury and live above it. 2/B/C - not to be disclosed to DWP without OIC consent.""",
  "", "swp ncw", "L C", "m")
E("""Anonymous online report: my landlord has made 6 of us sign up for benefits and he takes the money he says its for rent and food, we work on his building sites for nothing and sleep in the site cabin, if we complain he says he will call immigration""",
  "WW IT AC", "swp ncw", "L C", "h")
E("""Woman, 44, convicted of claiming carer's allowance for her mother while working. Ordinary benefit fraud, no victim.""",
  "", "", "", "l")
E("""Caseworker note (Medaille Trust): Client A (F, 25, Nigerian) told she was coming to the UK to be a nanny for a pastor's family in Croydon. For 3 years she looked after 4 children, cooked and cleaned 6am-11pm with no day off. Never paid — 'the pastor sends it to your mother'. Her mother received nothing. Passport kept in pastor's study. She slept on the kitchen floor. Told juju oath meant she would die if she ran.""",
  "DEC EO WW RD AC IT", "lh ncw dt plc swp", "D", "h")
E("""Au pair agency check: au pair (19, Spanish) lives with family, own room, 25 hrs/wk, pocket money £120/wk into her own account, evenings and weekends off, holds her own passport. All fine.""",
  "", "", "", "l")
E("""Kalayaan intake: Filipina domestic worker came with a Saudi diplomat's family on an overseas domestic worker visa. Says she works from 6am to after 1am, never had a day off, employer's wife keeps her passport and she is not allowed to leave the house alone. Salary of $400 a month paid to her agency in Manila, she has never seen it. Escaped while family was at Harrods.""",
  "EO RD RM WW", "lh dt rm ncw", "D", "h")
E("""Neighbour 101: the big house on Bishops Ave, a young Asian woman is always out on the balcony hanging washing at 11pm and I've never seen her leave. Kids in the family go to private school. Worried she's a slave. No other info.""",
  "", "", "D", "m")
E("""OIC update: attended Bishops Ave address re neighbour report. Domestic worker (Indonesian, 32) spoke to officers alone with an interpreter. Works 9-6 with 2 days off, has her own phone and passport, goes to church on Sundays, paid into her own account. No concerns. NFA.""",
  "", "", "", "l")
E("""INT suggests 16yo girl (ASHRAFI) living with 'aunt' in Bolton, not on any school roll, seen doing all the housework and childcare for 3 young kids, never goes out. 2/C/P""",
  "AV RM", "rm", "D", "i")
E("""Interpreter's voice: she says the woman who brought her from Lagos told her she would go to college here. Instead she had to clean the house and cook for the family. She says the madam beat her with a cooking stick when the baby cried. She says she was 14 then. She says she still does not know the address.""",
  "AV DEC PSV ISO", "iso", "D", "h")
E("""hand car wash by the retail park, about 8 lads, they all looked knackered and had no gloves, working in the rain with jet wash chemicals. the manager does all the talking. one kid looked about 15""",
  "AV AC", "pa sfw", "L", "h")
E("""GLAA inspection - Sparkle Hand Car Wash, Unit 4. Five workers, all with right to work, contracts, paid weekly by BACS at NMW, payslips seen. Gloves and boots provided free. Hours 9-5:30. Interviewed separately, consistent. Minor H&S advisory re drainage.""",
  "", "", "", "l")
E("""Car wash worker (M, Albanian, 23) debrief: 'They said I'd get £50 a day. I got £20 because they take for the house and for the van that brings us. We start 7 and finish 9 at night, seven days. We sleep behind the car wash in a container with a heater. They hold my ID card since I arrived. If I go, they say my family pays the €8,000 for the lorry.'""",
  "DEC WW EO AC RD DB IT", "ct lh swp plc dt", "L", "h")
E("""Nail bar at 23 Church St: two girls look about 16, Vietnamese, working long after closing. Man collects them in a people carrier at 10pm. They never speak, man on phone answers for them.""",
  "AV", "cedl et sfw", "L", "h")
E("""Nail technician (Vietnamese, 28) has own flat, her own bank account, works 10-7 Tue-Sat at a salon she rents a chair in. Officer visit after anonymous report found no issues. Happy and chatty.""",
  "", "", "", "l")
E("""Cannabis factory found at 4 Ferndale Gdns. Vietnamese male (claims 16) found inside, windows boarded, door padlocked from outside. Said he was told he would work in a restaurant. Mattress on floor next to plants, rice and noodles only. Owes 'Uncle' £20k for journey.""",
  "AV RM DEC AC DB", "rm swp plc", "C", "i")
E("""cannabis grow raid - 2 adult males arrested, both British, both admit growing for their own profit. Nobody locked in, phones and keys on them. No indicators of exploitation.""",
  "", "", "", "l")
E("""County lines - Missing child (14) from Lambeth found in a trap house in Swindon. Cuckooed flat belongs to a vulnerable adult with learning difficulties. Boy had £300 of wraps plugged and a cut on his hand; says he's 'repaying' a robbery of the line's drugs which he thinks was set up.""",
  "AV DB PSV", "pa", "C", "i")
E("""Cuckooing: PCSO visited Flat 12 Mayfield Ct. Occupant Dave (52, alcohol dependent) says 'the lads' from Manchester have been stopping over for 3 weeks, they gave him free drink, now he's not allowed in the living room and they took his phone. He is scared they will burn his flat.""",
  "AV RM ISO IT", "rm iso", "C", "i")
E("""Concern for teen on estate - sells weed to friends, known to YOT, acting independently, no adult linked. Referred to early help.""",
  "", "", "", "l")
E("""Reported by mum: my daughter is 15 and she has been going in cars with older men, comes back with new phones and nails done, last night she came home at 3am smelling of alcohol with bruises on her legs. she says they are her 'boyfriends'. i found messages saying she owes them for the stuff they gave her""",
  "AV PSV DB", "pa", "S", "i")
E("""Pop-up brothel in Airbnb, Leicester. 3 Romanian women, adverts on AW. Men drop off food, women don't go out. One says she 'owes for the flight and the adverts'. Passports held by 'boyfriend'.""",
  "RM DB RD", "rm dt", "S", "h")
E("""Sex worker (F, 35, British) working independently from own flat, own adverts, no third party. Reported by neighbour for 'comings and goings'. Welfare check: no concerns, signposted to support service.""",
  "", "", "", "l")
E("""Vice op Saturday: 12 walk-ins. At 47A Bridge Rd two Chinese women, one with fresh bruising to the face, told officers via Mandarin interpreter that the 'manager' took their passports in Manchester and they had to see up to 15 men a day, keeping nothing. The manager's phone kept ringing with new bookings.""",
  "PSV RD EO WW", "pa dt lh ncw", "S", "i")
E("""Girl says she met him on Instagram, he said he was a photographer and she would model swimwear in London. When she got there he made her do videos with men, said if she stopped he would send them to her dad. She's 17.""",
  "AV DEC IT", "", "S", "i")
E("""Student visa holder (Indian, 23) lost her passport on the train, reported for replacement letter. No other issues. Works 20 hrs a week in Tesco within visa limits.""",
  "", "", "", "l")
E("""Farm worker (Bulgarian, 45) injured hand in potato grader. RIDDOR report completed. Has own accommodation and car, paid by the farm directly, full contract. Accident only.""",
  "", "", "", "l")
E("""Packhouse, Lincs: labour provider charges workers £250 'registration' before their first shift and £40 a week for the minibus. Workers say otherwise they get paid properly and live where they like. GLAA to look at fee breach.""",
  "", "uf ct", "", "l")
E("""INT: Polish males at caravan site near Wisbech, 20+ in 4 caravans, no water. Gangmaster Leszek KOWAL takes their pay cards, gives them £50 a week for food, rest 'for rent and debt'. Collected 4:30am in a minibus, back 8pm. 1/B/P""",
  "WW AC DB", "oc plc ncw cedl et", "L", "h")
E("""Packhouse worker's own words (poor English): 'agency man from Poland say 10 pound an hour and nice house. house have 14 people, 1 toilet. they take 80 pound for house and 20 for bus, 30 for jacket and boots. some weeks I have 40 pound after everything. my passport in office, he say for checks.'""",
  "DEC AC WW RD", "oc plc ct ppe dt ncw", "L", "h")
E("""Hotel housekeeper complaint to ACAS: paid per room not per hour, worked out under minimum wage some weeks. Employer disputes it. She has her own flat and bank account and is looking for another job.""",
  "", "", "", "l")
E("""Restaurant, 11 Market St: staff sleep in the basement store room on mats. Chef (Bangladeshi, 29) says he works 12 hours a day, every day, for £150 a month plus food. Owner 'took care of' his visa and holds the papers. He says the owner warned him that the Home Office will deport him if he talks to anyone.""",
  "EO WW RD IT AC AV", "swp plc lh dt foa", "L", "h")
E("""Takeaway on Leeds Rd - staff are all family, live above shop with owner, paid through payroll. Visit by immigration compliance found all have right to work. Busy but normal.""",
  "", "", "", "l")
E("""Fishing: Filipino deckhand on scallop boat, Kilkeel. Says he is not allowed ashore in port, skipper holds his seaman's book and passport, 20-hour shifts when fishing, paid $500 a month instead of the contract $1,200. Skipper punched him for dropping a line. Sleeps on the boat.""",
  "RM RD EO WW PSV AC", "rm dt lh swp", "L", "h")
E("""Crew welfare visit (port chaplain): all crew hold own documents, have phones and wifi on board, go ashore freely. One deckhand complained about food, nothing more.""",
  "", "", "", "l")
E("""Construction site - Romanian labourers living in the unfinished flats upstairs, no heating, no hot water. One told me the boss keeps their wages 'until the job is finished' and they haven't been paid in 3 months. #concerned""",
  "WW AC", "swp plc", "L", "m")
E("""Waste recycling plant, Tipton. Anonymous call: picking line workers from Lithuania are bussed in from a house on Dudley Rd, 10 men per house, pay goes into accounts the supervisor opened. Supervisor Darius is always there and answers for them. One had his arm crushed and wasn't taken to hospital.""",
  "WW AC", "et oc ncw sfw", "L", "m")
E("""Care home (Norfolk): overseas carers from Zimbabwe on sponsorship visa told they must pay £8,000 'training fee' if they leave within 3 years. Working 60+ hours, 6 days. Sponsor manager says she'll report them to the Home Office if they complain. Accommodation shared, 3 to a room, deducted from pay.""",
  "DB EO IT AV AC", "lh oc", "L", "h")
E("""Care worker (Kenyan) complained her employer paid her a week late in March. It was a payroll error, corrected with an apology. She is otherwise happy with the job.""",
  "", "", "", "l")
E("""Warehouse via agency (Northampton): Eritrean workers say the agency driver picks them up at 5am, takes £10 each per day for transport, and 'keeps' their bank cards to 'pay the rent'. They get cash in an envelope, never the amount on the payslip.""",
  "WW", "cedl ct ncw", "L", "m")
E("""Handover: female (Albanian, 20) at A&E with fractured wrist. Accompanied by male who said he is her boyfriend and insisted on staying. When he left to smoke she told nurse she is made to sleep with men in a flat in Harrow and he keeps all the money. He says he will kill her brother in Tirana if she tells. Still in department, male outside. Police attending now.""",
  "PSV WW IT", "sfw ncw", "S", "i")
E("""GP note: pt (Sudanese, 30) attending with back pain from lifting. Works on farm. Lives in rented room with friend. Says work is hard but fair, paid weekly. No safeguarding concerns.""",
  "", "", "", "l")
E("""Sheffield: Slovak family (mum, dad, 3 kids) living in one room above a shop, dad works at a packing plant. Landlord is overcharging. Council Housing Standards notified. No exploitation described, family free and working for who they choose.""",
  "", "", "", "l")
E("""Neighbour dispute: man at no 32 keeps parking across my drive and shouted at my wife that he'd 'sort her out'. Threat noted; civil matter about parking. No exploitation.""",
  "", "", "", "l")
E("""Domestic abuse - wife reports husband controls finances and checks her phone, pushed her against the wall last week. She works as a teacher and keeps her salary. DASH medium. No labour or sexual exploitation.""",
  "", "", "", "l")
E("""Victim debrief (F, 23, Romanian, via interpreter): She says that her boyfriend Florin said they would go to England and both work in a warehouse. In Luton he told her they had debts and she must work 'just for a few months' in a flat with other girls. She says she refused, and he hit her and took her phone. She had to see men from noon until 4 in the morning. He collected the money every night. She says he told her he had photos of her that he would send to her father in Romania.""",
  "DEC PSV ISO EO WW IT", "iso lh ncw", "S", "h")
E("""INT: loverboy method - Nom ALEXANDRU (26) recruits teenage girls in Bacau through relationships then brings them to Slough for 'cleaning jobs'. Girls sold sex from flat on Stoke Rd. At least one is 17. 2/B/P""",
  "AV DEC", "", "S", "h")
E("""Concern from hotel reception: man checked in with 3 young women, paid cash for a week, women never come to reception, men visiting rooms in the evenings. Man keeps all their key cards.""",
  "", "", "S", "h")
E("""Probation note: service user (M, 34, British, heroin dependent) says a dealer lets him sleep in a flat in return for 'running' deliveries. Gets paid in gear, no cash. Dealer has his bank card 'so he doesn't waste money'. Scared to leave, says they beat a lad who tried.""",
  "AV WW IT", "ncw", "C", "h")
E("""Prison intel: inmate HOANG (Vietnamese, 17 at time of arrest) convicted of cannabis cultivation. Says he was locked in the grow house for 6 months and not paid; gang told him his debt to them had gone up from £15k to £25k. Possible s45 defence not raised at trial.""",
  "AV RM WW DB", "rm", "C", "h")
E("""Local paper: A couple from Peterborough were jailed for keeping a man with learning difficulties in a garden shed for 8 years and making him lay patios for their business. He was given leftovers and never paid. The judge said they had 'treated him as a possession'.""",
  "AV AC WW", "plc", "L", "h")
E("""Travellers site: young homeless men recruited from soup kitchens to do tarmac and block paving, given a caravan with no heat, paid £10 a day 'because the rest goes on your keep'. Told they'll be hunted down if they leave. Heads shaved. Two have visible injuries. 2/B/P""",
  "AV WW AC IT PSV", "plc pa", "L", "h")
E("""Forced marriage: police called to Heathrow T2 after 17yo boy told security he was being taken to Bangladesh to marry. Parents said holiday. FMPO granted. Boy now with foster carers.""",
  "AV", "", "", "h")
E("""Caseworker notes - client married in Yemen at 16 to a British man of 40. Brought to UK. Husband does not let her go out alone or learn English; her passport is in his car. Forced to have sex. Does all household work for husband and his parents. Now 19 and at refuge.""",
  "AV RM RD PSV", "rm dt", "D", "h")
E("""Honour-based concern: woman (27) says family want her to marry cousin, she said no, they've stopped talking to her. She lives alone, has her own job and nobody has threatened her. Advice only.""",
  "", "", "", "l")
E("""A&E: male (Indian, 40) with wound infection on left flank, says he had a kidney removed in Sri Lanka 6 weeks ago 'to pay back a loan to my employer'. Employer is a UK restaurant owner who arranged and paid for the trip. Patient works in his kitchen. Scared to lose job.""",
  "AV DB", "pa", "O L", "m")
E("""INT: 'KIDNEY FOR VISA' - females from Kenya approached by a woman in Nairobi offering UK visa and job if they go first for 'medical tests' in a clinic in India. One woman who went says she woke up with a scar and was told she had 'donated'. Paid nothing. 2/C/P""",
  "DEC AV WW", "pa", "O", "h")
E("""Patient (Syrian refugee, 35) in Lebanon sold kidney to pay for family's rent, now in UK under resettlement. Seller not trafficked to UK. Historic organ trade, no UK exploitation. Referred to NRM for consideration given broker used his desperation.""",
  "AV", "", "O", "m")
E("""Transplant clinic: man listed for transplant asked the nurse if he could 'just pay someone' to donate. Told no, illegal. He understood. Nothing further.""",
  "", "", "", "l")
E("""3/C/C - said that a Brazilian 'beauty agency' in London is brokering sales of kidneys from Brazilian women who owe the agency money for their flights. No names.""",
  "DB", "", "O", "m")
E("""Kid maybe 12 begging on the bridge, man watching him from the van.""", "AV", "", "C", "i")
E("""Guy playing sax outside the station again, honestly he's great.""")
E("""2/B/P - Nom GHEORGHE collects UC for 9 'tenants' into his own account.""", "", "ncw", "C", "m")
E("""Bride told us she's marrying because she loves him, nobody pushed her.""")
# ---- part 2 ----
E("""OFFICIAL-SENSITIVE. Intelligence report 24/1187.
Source reports that a family in the Alum Rock area arranged the marriage of their daughter Nazia (believed 18) to a man from Azad Kashmir in January. Source states the daughter cried at the mehndi and told a friend she had 'no choice'. Since the wedding she has not been seen at college.
Source further reports that the husband's UK visa application is being paid for by the bride's father and that the husband's family have promised land in return.
Source has no knowledge of any violence or of the daughter being prevented from leaving the house, and states she has been seen shopping with her mother.
Separately, source mentions that the father's cousin runs a cash-and-carry on Ward End Rd where 'boys from back home' work long hours; no further detail.
Grading 2/C/P. Research: Nazia not known to police. Forced Marriage Unit informed.""",
  "", "", "", "l")
E("""Debrief, female, 34, Latvian (English spoken, account in her words).
'I met Jānis online, he said his friend in Glasgow needed a wife to stay in UK and I would get £3,000, just signatures, after one year divorce. I had debts for my flat in Riga so I said OK. When I arrived they took my passport to "do the registry". After the wedding the husband said the £3,000 was already spent on my ticket and my clothes. I lived in his flat with his two brothers. I was not allowed to go out without one of them, they said I could be arrested for the fake marriage so I should not talk to police. I cooked and cleaned for all of them. Twice the husband forced me to have sex, he said I am his wife now. I worked also in their cousin's takeaway at weekends, the money went to the husband. After 8 months a neighbour helped me call the Latvian embassy.'
Outcome: NRM referral made with consent, positive RG.""",
  "AV DEC RD RM IT PSV WW", "dt rm foa ncw", "D L", "h")
E("""Registrar's note: two people gave notice today, a Portuguese woman (22) and an Indian man (30). She had arrived in the UK yesterday, did not know his date of birth and a third man filled in her forms and kept her passport in his jacket. When asked, she said 'it is my job'. Referred to Home Office as suspected sham.""",
  "RD", "dt sfw", "", "m")
E("""Sham marriage ring jailed. Six people were sentenced for organising more than 40 fake marriages between Eastern European women and South Asian men seeking residence. The court heard the women were paid between £1,000 and £2,000 and travelled freely; the judge found they had been willing participants. No trafficking offences were charged.""",
  "", "", "", "l")
E("""Forced marriage protection order granted for Mehwish, 20. She told the court her family took her phone and her bank card, kept her in the house for 4 months and told her that if she didn't marry her cousin her mother 'would die of shame and her blood will be on you'. Her brother hit her when she tried to leave.""",
  "ISO RM IT PSV", "iso rm ncw", "", "h")
E("""Caller to Karma Nirvana line (passed to police): 'my husband brought me from Bangladesh 2 years ago, I am not allowed to go anywhere, I do all work for the house and his mother and his two brothers, I sleep in the kitchen, if I go outside they say the police will send me back and I will never see my son.'""",
  "AV RM IT AC", "rm swp foa", "D", "h")
E("""Spouse visa - wife (Pakistani, 24) attends ESOL class, has her own phone and job at a pharmacy, goes to the gym. Husband's family helpful. Teacher had asked about forced marriage after a class discussion; nothing to suggest it.""",
  "", "", "", "l")
E("""Social worker note: Learning disabled woman (29) married in a religious ceremony to a man she met twice. Capacity assessment says she could not consent to marriage. The husband's family claim her PIP and carer's allowance and she has no access to her account. Forced marriage unit and adult safeguarding strategy meeting.""",
  "AV", "ncw", "", "m")
E("""Victim account (Hungarian, 19, via interpreter). She says that a woman in her town offered her a job as a hotel cleaner in Manchester. When she arrived they told her she was to marry a man from Nigeria, that the hotel job did not exist and that she owed them for the flight and the room. She says they kept her in a house in Cheetham Hill and a man always sat by the front door. She says she refused the wedding and they hit her and said they would find her little sister. After the wedding she was made to have sex with the husband and his friends for money. She says she escaped after 3 weeks by climbing out of the bathroom window.""",
  "DEC DB RM PSV IT", "rm", "S", "h")
E("""INT - Nom Imran QURESHI believed to have brought 3 brides from Pakistan in 5 years; previous two 'wives' left after spells in refuge alleging servitude. Current wife (21) seen only in the garden. 2/C/P""",
  "RM", "rm", "D", "m")
E("""marriage fraud?? my neighbour married a lady from Vietnam, she barely speaks english, works in his nail bar 7 days a week and never gets a penny, he said she should be grateful he gave her a visa. she's always crying on the phone to her family. she has bruises sometimes on her arms""",
  "AV EO WW PSV", "lh ncw pa", "L", "h")
E("""Organ trafficking / GLAA liaison. An Indian national (M, 26) employed at a poultry factory near Telford told a team leader that his 'agent' was arranging for him to go to Chennai to have a kidney taken to pay the £9,000 recruitment fee he still owes for his job. Agent also holds his passport. Team leader called the helpline. Worker willing to speak.""",
  "DB RD AV", "uf dt", "O L", "h")
E("""Transplant tourism audit, Renal Unit, Q3: 4 patients had transplants abroad (Pakistan 2, Turkey 1, India 1). All donors documented as family. No evidence of commercial dealing or coercion. Routine audit only.""",
  "", "", "", "l")
E("""Message on crime reporting site: 'A man at the mosque is telling young brothers who owe money for their tickets they can go to Egypt and sell kidney, he says it is sunnah to help others, he takes the passports to sort visas. I know two boys who went, one is sick now.'""",
  "AV DB RD DEC", "dt", "O", "h")
E("""Victim (F, 38, Ukrainian) says she was taken to a clinic in Kyiv by a 'recruiter for surrogacy and egg donation'. At the clinic she was put under for 'egg retrieval' and later found a kidney had been removed. Reported in Ukraine, now in UK under Homes for Ukraine. Historic, overseas.""",
  "DEC", "pa", "O", "m")
E("""INT: OCG in the West Midlands linked to Albanian cannabis grows. Source says workers who 'lose' a crop are told the debt goes up by £10k and that they can pay it back 'with a kidney in Turkey'. Unconfirmed; no victim identified. 3/C/P""",
  "DB", "", "O", "m")
E("""NHSBT referral: potential living donor (M, 23, Ghanaian) brought by 'uncle' to be assessed as donor for uncle's wife. Independent Assessor found the man did not know the recipient's name, could not name any shared relatives and said he was promised a job in a factory and a flat after the operation. Uncle holds his passport. Donation stopped. Police informed.""",
  "DEC RD AV", "dt", "O", "h")
E("""Man in Southall pub says he sold his kidney in Iran years ago and got paid, was his choice. Just chatting. Nothing else.""",
  "", "", "", "l")
E("""Begging gang - Nottingham city centre. Observation over 4 days: 5 adult beggars, two using crutches they don't need when out of sight, all dropped at 8am by a blue Octavia (VRM AB17 ???) and collected at 6pm. Driver takes their cups. One female beggar visibly pregnant and has a black eye. INT suggests they live together in a house on Alfreton Rd and pay 'rent' to driver.""",
  "PSV WW", "cedl et ncw pa", "C", "h")
E("""Buskers report: young lads doing breakdancing in the square every weekend with a speaker, collecting money in a hat. Police spoke to them - they are local college students raising money for a trip. No concerns.""",
  "", "", "", "l")
E("""Child begging - Roma girl (approx 8) begging alone on tube carriages on the Central line, carrying a laminated card saying 'my mother is sick'. When stopped she ran to a man at Stratford who took the money and slapped her.""",
  "AV PSV WW", "ncw", "C", "i")
E("""SA caseworker: client (M, 52, Polish, alcohol dependent) was picked up outside a soup kitchen in Ealing and driven to Birmingham, where he was put to beg outside a supermarket for 10-12 hours a day. He was given vodka and a mattress in a garage, and the man kept his ID card and his bank card 'to pay for the room'. Client says he could not remember the address and had no phone.""",
  "AV EO RD AC ISO", "lh dt ncw swp plc iso", "C", "h")
E("""Big Issue vendor outside M&S, badge visible, sells the mag and chats to everyone. Some people think she's being trafficked because she's Romanian. She's been there for 6 years and runs her own pitch.""",
  "", "", "", "l")
E("""Shop security: group of teenage girls (Eastern European, approx 14-16) caught stealing razors and perfume at Boots. Older man waiting in car outside; girls said they have to give him everything they take or they don't eat. They don't know what town they are in.""",
  "AV WW ISO", "iso", "C", "i")
E("""DWP intelligence: 21 UC claims made using the identities of Bulgarian women who live in two houses in Luton. All claims list the same 'landlord' as contact. The women work nights at a laundry. Women told the interviewing officer they never applied for benefits and do not know what UC is. The landlord has their ID cards 'to show the council'.""",
  "DEC RD", "dt ncw", "L C", "m")
E("""UC claim flagged: claimant (British, 38) used a false address to claim a higher housing element. No third party, no victim. Referred to DWP fraud.""",
  "", "", "", "l")
E("""2/B/P. POI Vasile CIOBANU visits Post Office on Hertford Rd weekly with 6-8 different men, each withdraws cash from their account and hands it to him outside. Men appear unwashed and wear the same hi-vis. Believed to work on building sites in Enfield.""",
  "WW", "mbc ncw pa", "L", "m")
E("""First-person account, online, translated by a friend: "My uncle in Bradford said come and study. He took my passport and put my name for the benefit and the housing. I never studied. I clean his three houses and his shop. He gives me £20 when he is happy. When I asked for my passport he said the police will put me in prison because the benefit is in my name and it is fraud." """,
  "AV DEC RD WW IT", "dt ncw foa", "D C", "h")
E("""Post Office manager concern: elderly lady brought in every Monday by a younger woman who takes her pension and does all the talking. Adult safeguarding referral. Turned out to be her daughter with power of attorney, spending it on her care. No concerns.""",
  "", "", "", "l")
E("""Housing officer: found 4 Slovak men living in a one-bed council flat sublet by the tenant. Tenant had 'helped' them register for benefits and holds all their bank cards, handing out £30 each on Fridays. Men say they weren't told any money was being claimed. They pick for a farm in summer.""",
  "DEC", "oc mbc ncw", "C", "m")
E("""Diplomatic household, Kensington. Referral from Kalayaan: domestic worker (Ethiopian, 27) has been with the family 3 years. Works 18 hrs a day, sleeps on the floor of the children's room, is fed leftovers, has not been paid since arriving — the employer says salary is 'saved' for her. Her passport is locked in the employer's office. Not allowed to use a phone. Diplomatic immunity may apply.""",
  "EO AC WW RD ISO", "lh plc ncw dt iso", "D", "h")
E("""Neighbour, London W2: 'the family next door have a maid who works long hours, she looks tired but she goes out every Sunday to church and told me she is saving to bring her kids over. she seems fine.'""",
  "", "", "", "l")
E("""Domestic worker, Filipino, 45, contacts helpline. Employer took her mobile phone on arrival, she does not know the address, only the street name. She is allowed out only with the employer's driver. She cleans a 6-bedroom house alone, cooks, walks the dogs, from 6am. She says she has no money at all because 'madam pays it in the Philippines'. She is calling from a borrowed phone from the gardener and is still at the house.""",
  "ISO RM EO WW", "iso rm et lh ncw", "D", "i")
E("""Social worker: private fostering arrangement - Nigerian girl (13) living with 'aunt' who is not a relative. Girl not enrolled in school for a year, does all cooking and cleaning, looks after the aunt's 3 small children, eats separately and sleeps on a mat. Aunt receives child benefit for her. Child disclosed being hit with a belt.""",
  "AV PSV AC", "plc ncw", "D", "i")
E("""Au pair (Ukrainian, 20) contacted charity: host family have stopped paying her pocket money, she looks after twins 7am-9pm, cleans the house, has had one day off in 2 months, and the mother keeps her passport 'because it's safer'. She wants to go home but has no money for the ticket.""",
  "WW EO RD", "lh dt", "D", "h")
E("""Au pair dispute: she wanted more pocket money than agreed, family refused, she left for another family. She had her own passport and phone throughout. Agency mediated.""",
  "", "", "", "l")
E("""VIETNAMESE NAIL BAR - Stockport. GLAA and police joint visit. 4 workers, 2 believed under 18. Living in the flat above, 6 mattresses. Owner says they are 'family'. Workers had no money on them, no phones, and said 'uncle' pays their families. Said they start at 8:30 and finish at 9pm every day. Girls safeguarded.""",
  "AV AC WW EO ISO", "oc swp ncw lh iso", "L", "i")
E("""Public report: there's a nail shop on the parade where a girl sleeps in the back room, I've seen her come out in the morning with a blanket. She's always there when I walk past at 11pm still doing the cleaning. The owner talks for her when customers ask things.""",
  "EO", "swp lh sfw", "L", "m")
E("""Hotel (Heathrow area). Housekeeping staff from an agency: Romanian and Moldovan women bused in at 5:30am, back after 10pm, 6 days. Agency deducts £45/week for the minibus and £15 for uniforms. Several say they are charged £500 if they quit before 6 months. Pay on payslip is NMW but take-home is 'maybe £120'.""",
  "EO WW DB", "cedl et ct lh ppe", "L", "h")
E("""Food factory, Peterborough: GLAA audit. All 140 workers employed directly, no fees, own transport or free shuttle, hours within WTR, workers interviewed in own languages. Employer has a modern slavery statement and an anonymous hotline. Good practice.""",
  "", "", "", "l")
E("""GLAA licensing inspection - labour provider 'EuroStaff Solutions': failed to keep records of hours, charged workers for hi-vis, accommodation provided not inspected. No workers interviewed raised concerns about coercion. Licence conditions added.""",
  "", "ppe", "", "l")
E("""Asparagus farm, Herefordshire: workers from Kyrgyzstan on seasonal visas say they paid $4,000 to a recruiter at home and are still paying it back from wages. They are not given enough hours to earn back what they paid. Caravans with 6 people and mould. Farm says it doesn't know about the fee.""",
  "DB AC AV", "uf oc plc", "L", "h")
E("""Flower farm, Cornwall - INT that 30 Nepali workers on seasonal visas are told they will be sent home and 'blacklisted' if they complain, supervisor keeps their BRPs in the office 'for HMRC', and pay is paid into Revolut accounts the supervisor set up and has the logins for. 2/B/P""",
  "IT RD WW", "dt ncw", "L", "h")
E("""Worker injured on a building site in Croydon fell off scaffolding. HSE investigating. Employer is a reputable firm, worker has contract and CSCS card. Not a slavery matter.""",
  "", "", "", "l")
E("""Construction site, Wembley. Workers (Romanian, 8 men) found living in containers on site. Gangmaster collects them at 6am and drives them between sites, they work till dark 7 days, and 'he pays us when the client pays him' — nothing for 10 weeks. Gangmaster took IDs 'for CSCS cards' and never returned them. One worker with an untreated broken finger.""",
  "AC EO WW RD", "swp plc cedl et lh dt pa", "L", "h")
E("""Albanian male (19) arrested at a cannabis grow in Kent says he came by lorry, was told he owed £25,000 and would work as a builder. Instead he was taken to the house, the doors were screwed shut and food was dropped off twice a week. He was told if he tried to escape, his family in Shkodër would be visited. He has burns on his hands from the lamps.""",
  "DEC DB RM IT AC", "rm pa", "C", "i")
E("""cannabis smell from flat 6. lots of visitors. I think it's a dealer. Not sure anything else.""",
  "", "", "", "l")
E("""County lines: boy 16 (Tyrell) arrested in Aberystwyth with phone and drugs. Says he was groomed by older lads who gave him trainers then said he owed them £2k when he 'lost' a package. They stabbed his friend as a warning. His mum reported him missing 4 days ago. He's in custody now.""",
  "AV DB PSV IT", "", "C", "h")
E("""YOT worker: 15yo girl (Chloe) being used to hold drugs for an older boyfriend. She says she is forced to have sex with his friends to pay back money. She is currently staying at his flat and not answering her mum.""",
  "AV PSV DB", "", "S C", "i")
E("""CSE concern, school: Y9 girl getting lifts from a man in his 20s after school, he buys her vapes and takes her to a flat with other older men. Girl has been missing overnight twice. Teacher saw messages about 'parties'.""",
  "AV", "", "S", "h")
E("""Police log: Cuckooing at 29 Holme Rd — occupant Sandra (61, MS) reported a young man has moved in with his 'friends', dealing from her kitchen. She says he told her that if she calls the police he will 'torch the place with her in it'. Officers attending now; the males are still inside.""",
  "AV IT", "", "C", "i")
E("""Money mule - student (Chinese, 20) let a 'friend' use his account for £500, lots of money in and out, bank froze it. He did it for cash, no pressure. Advice given.""",
  "", "", "", "l")
E("""Money mules: INT that Lithuanian men recruited for 'warehouse work' are made to open 3-4 bank accounts each on arrival; the recruiter keeps the cards and PINs and uses the accounts to move fraud proceeds. Men live 12 to a house and are paid £100 a week in cash. 2/B/P""",
  "DEC WW AC", "mbc ncw oc", "C L", "h")
E("""Interpreter note: He says that he was working at a car wash in Swansea. He says the boss kept his passport in a locked drawer and said he would give it back when the 'debt' for the flight was paid. He says the debt was £2,000 and after one year it was £3,500 because of rent and food and cigarettes. He says he has never been paid cash in his hand.""",
  "RD DB WW", "dt ncw", "L", "h")
E("""Car wash owner on Fountain St employs local men, pays cash but at the right rate, everyone goes home at night, gave us his payroll records. Licensing team satisfied. NFA.""",
  "", "", "", "l")
E("""Fishing boat (Newlyn): Ghanaian fisherman (34) on transit visa says he hasn't been paid for 5 months, the agent in Accra 'is holding the wages for the family', skipper holds his passport and he sleeps on board. Works 'until the nets are done, sometimes 24 hours'. Wants to go home.""",
  "WW RD EO AC", "ncw dt swp lh", "L", "h")
E("""Trawler crew dispute: Scottish deckhand says skipper owes him £2,000 from last trip share. Civil claim. He works for who he wants, has his own papers.""",
  "", "", "", "l")
E("""NGO outreach, women in street sex work, Leeds Holbeck: Romanian woman (25) says her 'husband' drives her to the area each night and waits, takes all money, she is not allowed to have a phone. Visible bruising. Says she needs to earn £300 a night or he beats her.""",
  "WW ISO PSV", "et ncw iso pa", "S", "h")
E("""Adult Services website - escort ad reposted with 12 different phone numbers, same photos, 'new girl Thai 19 yo'. Ad says 'visiting for one week'. No victim identified, linked to previous pop-up brothels.""",
  "", "", "S", "h")
E("""Massage parlour licence check: Thai workers, all with own visas, free to come and go, paid commission directly, no sexual services found. Licence renewed.""",
  "", "", "", "l")
E("""Victim statement (Thai, 30): 'I answer Facebook for massage job in England, £2,000 a month. The lady pay my ticket and say I owe £15,000. When I come she take my passport and say I must do sex with customer. I live in shop, I sleep on massage bed. Open 10am till 2am, no day off. Lady say if I go police they will put me in jail because no visa.'""",
  "DEC DB RD PSV AC EO IT", "dt swp lh foa", "S", "h")
E("""Reporter: A young Nigerian woman told the BBC she was made to swear an oath at a shrine before leaving Benin City and told that if she disobeyed her madam she would go mad and die. In Italy and later in London she was sold for sex to pay off €35,000.""",
  "IT DB", "", "S", "h")
E("""Child (17, Eritrean) in asylum hotel went missing for 3 days, returned with new clothes and £200. Says a man from the hotel takes him to 'work' in a car wash at night. Hotel staff concerned he is being exploited.""",
  "AV", "", "L", "h")
E("""Vietnamese boy, says 15, found by Border Force in a lorry at Dover with 6 adults. Has no documents, doesn't know where he is going, says a man told him he would work in a nail bar and his parents would pay back $20,000.""",
  "AV DEC DB ISO", "iso", "", "h")
E("""INT: Romanian female POI Elena DUMITRU recruits young women from Iasi via TikTok 'cleaning jobs in UK, 1500 euro a month, accommodation included'. Women end up in cleaning jobs in offices in Ilford; she takes their first 3 months of wages as 'fees' and keeps their bank cards. 1/B/P""",
  "DEC WW DB", "mbc ncw", "L", "h")
E("""Cleaner (Brazilian, 31) works for several families through a cleaning app. She complains the app takes 25% and pay is low. Has her own flat, her own documents. No indication of exploitation.""",
  "", "", "", "l")
E("""Short: ID cards of 5 workers found in the gangmaster's van glovebox during a stop.""",
  "RD", "dt", "L", "m")
E("""Worker says: we are not allowed out of the farm after 8pm, the gate is locked.""",
  "RM", "rm", "L", "m")
E("""She says the man who drives them has all their bank cards.""",
  "", "ncw", "", "l")
E("""Boss pays me every Friday, cash, I go where I want.""",
  "", "", "", "l")
E("""Slept in the shop's back room every night for two years, he said it saves me rent.""",
  "AC", "swp plc", "L", "m")
E("""They told me I'd be a waitress in Dubai, then London. It was a brothel.""",
  "DEC", "", "S", "h")
E("""Girl of 14 seen getting into taxis with men outside the takeaway at 2am.""",
  "AV", "", "S", "i")
E("""Had his passport back the day after the bank account was opened. No issues.""",
  "", "", "", "l")
E("""Worker owes 'agency' £1,200 for visa, deducted £100 a week, never goes down.""",
  "DB", "uf", "L", "m")
E("""He was threatened that his mother in Hanoi would be hurt if he stopped working.""",
  "IT", "", "L", "m")
E("""A man on the high street plays bagpipes for tourists.""",
  "", "", "", "l")
E("""OIC handover — Op PAPYRUS, day 2.
Premises: 14 Carlisle Street (HMO, 7 rooms). Yesterday's warrant found 19 adults, all Indian nationals, the majority from Andhra Pradesh, most sleeping two or three to a room on mattresses, one bathroom. They work in a bakery in Slough and in a hand car wash on the A4 owned by the same family.
Relevant statements so far:
- Worker 1 (Ravi, 29): paid ₹3 lakh to a consultancy in Hyderabad for a 'skilled worker visa'. The promised salary was £27k; he receives about £600 a month in cash, the rest is 'tax and rent'. Employer has his BRP.
- Worker 4 (Suresh, 34): says the owner's son 'checks on us every night', they cannot go out at weekends unless he drives them, and he once slapped a worker who asked for a payslip.
- Worker 9 (Kiran, 23): shift 6am-8pm, six days, sometimes seven.
Not relevant: two tenants in room 7 are students with their own tenancy and nothing to do with the business.
Actions: NRM conversations with all 17 workers today (interpreters Telugu/Hindi booked), HMRC NMW referral, financial investigator to look at the sponsor licence. Risk remains high; the family have been bailed and know where the workers are housed.""",
  "DEC WW RD RM PSV EO AC DB", "uf oc plc ncw dt et lh rm", "L", "h")
E("""Safeguarding referral — Adult Social Care, submitted by community nurse.
Mr Terence WALSH, 67, lives alone in a bungalow on Lime Avenue, diabetic, early dementia. Over the last 2 months a family he met at the bus stop (a man calling himself 'Kev', his partner and two teenage sons) have effectively moved in. The nurse reports that Mr Walsh's bedroom is now used by the sons, he sleeps in a chair in the lounge, his fridge was empty apart from beer, and his bank statements show his pension and attendance allowance withdrawn in full in the first days of each month by card at a cashpoint in town; he says Kev 'looks after the card'. Mr Walsh was asked whether he had been made to do anything for them and said no, he 'just keeps quiet'. There are no drugs seen and no suggestion he is working or being made to commit offences.
The nurse also notes an unrelated issue: a leg ulcer that needs weekly dressing.
Requested: strategy meeting; police welfare check.""",
  "AV AC", "ncw plc", "", "m")
E("""Summary of the Crown Court case R v NDUKWE & others, for training.
The defendants ran a 'church-based' support network for newly arrived Nigerian women in south London. Women were recruited in Lagos on the promise of jobs as carers and nursing assistants in UK care homes. On arrival, each was told she owed £18,000 for flights, visa and 'spiritual protection', and the debt was to be repaid by working in private homes as live-in carers and cleaners. The women's passports were collected 'for the visa extension' and kept in a safe at the pastor's house.
Evidence showed the women worked 14-16 hours a day, were paid between £50 and £100 a month, and were moved between houses without warning. Three were sexually assaulted by the pastor's son. Messages showed the group threatened that the women's families would suffer if they complained; one woman was told her mother's house would burn.
The jury also heard about several women who had come through the same church and were genuinely employed in care homes; the court found nothing wrong in those cases.
All four defendants were convicted under s1 and s2 MSA 2015.""",
  "DEC DB RD EO WW PSV IT", "dt lh ncw", "D", "h")
E("""Debrief — female, 26, Vietnamese (interpreter: Ms Lan). Summary in officer's words.
She left Nghe An in 2021 after a woman in her village said a cousin in England needed help in her nail salon and would pay £1,000 a month. Her family borrowed $18,000 from a lender to pay for the journey by air to Russia, then by lorry. In the UK she was met by 'Auntie Hoa' who took her passport 'to keep it safe from police'. She lived above the salon in Wolverhampton with four other girls, two of whom she thought were 15 or 16. They worked from 9am until 8pm, then cleaned until 10. She was given £50 a week 'for food'; the rest went to her family's lender, or so Auntie said. She was never allowed to go out alone; Auntie's husband took them to the supermarket on Sundays. When she cried to go home, Auntie said her parents would lose their house and the lender 'knows people'.
She escaped when a customer gave her a card with a helpline number. She wants her family told that she is safe.""",
  "DEC DB RD EO WW RM IT AV", "uf dt swp lh ncw rm et", "L", "h")
E("""Community report (translated from Polish, Facebook group screenshot sent to police):
'Warning for everyone!! Agency "Praca Anglia" on Facebook promises 12 pounds an hour in a fish factory in Grimsby with a house. I went with my brother. They took 200 pounds each for the bus and 150 for the "place". The house has 3 bedrooms and 16 people, mattresses in the kitchen. They took our passports to "register us with HMRC" and after 5 weeks still nothing. The first payslip showed 40 hours but we worked 65, and after they took rent, bus and "fees" we had 37 pounds. The coordinator Marek says if we leave we must pay 500 for breaking the contract and he will keep our documents. We left anyway and went to the police in Grimsby. Don't go with them!!!'""",
  "DEC RD WW DB EO AC", "uf ct oc plc dt lh ncw", "L", "h")
E("""Officer handover (night shift), general:
1) RTC on the bypass, minor injuries, no further action.
2) Concern for welfare at 8 Orchard Way — female caller said her Romanian lodger, a carer, hadn't come home. Lodger turned up at 23:10, had done a double shift, was fine, showed ID and payslips when asked about her employer. No concerns.
3) Theft of catalytic converter, Pike Lane.
4) Noise complaint, party, resolved.
Nothing outstanding.""",
  "", "", "", "l")
E("""Victim account, male, 40, Slovak, first person, as typed by caseworker.
'I was living on the street in Bratislava. A man in a car said he has job in England in building, good money and a room. In England he gave me to another man, Pista. Pista's family lived in a big house in Kent and I lived in the shed behind. Every day I made walls and patios for their customers. They gave me food and cigarettes, money never. They said I owe them for the bus and the paper for benefits. They made me sign many papers at the job centre and bank, I do not know what. Pista said the police here hate Slovak people and they will put me in jail. One time I asked to go back to Slovakia and his son hit me in the face with a spade. I stayed 4 years. Then the police came to the house for something else and found me.'""",
  "AV DEC AC WW DB IT PSV", "swp plc ncw foa pa", "L C", "h")
E("""Modern Slavery Helpline call summary: Caller is a teacher. Pupil (Year 8, 12, Roma) told her she is 'getting married in the summer' to a boy from another family and that her dad has been paid already. She will be taken to Romania. Child says she doesn't want to. School DSL informed; referral to children's social care and FMU.""",
  "AV", "", "", "h")
E("""Interpreter's note, forced marriage victim (Afghan, 23). She says that after her engagement in Kabul she was brought to Coventry by her husband. She says that she was not allowed to leave the flat and that the door was always locked when he went to work. She says she had no phone and had never been told the address. She says he did not hit her. She says she wants to learn English and to divorce.""",
  "RM ISO", "rm iso", "", "m")
E("""Transplant registry note: patient (Chinese, 50) asked about going to China for a transplant where 'it only takes 2 weeks to find a kidney'. Clinician concerned about forced organ harvesting from prisoners and advised against. Patient chose to stay on UK waiting list.""",
  "", "", "", "l")
E("""NCA tasking: Albanian national arrested at Stansted carrying £40k cash and a notebook listing 'K' payments next to 7 male names and Turkish hospital names. One of the names belongs to a man found in a Birmingham cannabis grow in 2023 who had a large nephrectomy scar and said he 'paid his debt'. Assessed: organ trading linked to debt bondage in the cannabis supply chain.""",
  "DB", "pa", "O C", "m")
E("""Press: Egyptian police broke up a network that bought kidneys from Sudanese refugees in Cairo for $3,000 and sold them to foreign patients for $40,000. Refugees told reporters they had been promised passage to Europe; some said they never received the money.""",
  "AV DEC WW", "", "O", "h")
E("""Kidney donation - altruistic donor (M, 45, British) donated to a stranger via the national scheme. Full assessment, counselling, no payment. He's doing a charity run to raise awareness. Not a concern.""",
  "", "", "", "l")
E("""WhatsApp group reported by a charity: Pakistani men in Lahore brick kilns are being offered '5 lakh for one kidney, we take care of everything'. Broker 'Ali bhai' says the family's loans from the kiln owner will be cleared. Men cannot leave the kiln until the debt is paid.""",
  "AV DB RM", "rm", "O L", "h")
E("""Registrar, Leicester: 2 weddings booked within 10 days by the same 'wedding planner' who paid all fees in cash. Both brides Czech, both grooms Indian nationals with expiring visas. Brides said they are 'helping a friend'. No indication either bride was coerced. Home Office informed for sham marriage investigation.""",
  "", "", "", "l")
E("""Sham marriage + coercion, INT 2/B/P: Portuguese female (23) 'married' to Bangladeshi man in Bethnal Green in March, held since then in flat on Cannon St Rd, told she must stay until his Home Office interview or 'the people who paid' will hurt her. Neighbours hear screaming.""",
  "RM IT", "rm", "", "i")
E("""Home Office interview notes (spouse application). Applicant's wife appeared relaxed, answered questions about the couple's shared life in detail, showed joint bank statements and has her own job and passport. Officer satisfied the relationship is genuine.""",
  "", "", "", "l")
E("""Helpline: male (Sudanese, 28) from asylum hotel says a man offers £4,000 to 'help' with an operation in Egypt and a free trip. Caller feels pressure as he has debts to smugglers who keep ringing his mother. He hasn't gone. Advice given; police informed of the offer.""",
  "AV", "", "O", "m")
E("""Forced marriage (male victim): Deaf man (26) with learning disability married to a woman from Bangladesh. Parents arranged; he could not understand the ceremony. Wife and parents now manage his PIP. No indication he is being made to work.""",
  "AV", "ncw", "", "m")
E("""Retired couple volunteer at the food bank and let an Eritrean refugee stay in their spare room rent-free while he looks for work. He helps in the garden sometimes because he likes it. Neighbour queried it. Nothing untoward.""",
  "", "", "", "l")
# ---- part 3 ----
E("""THERE ARE MEN LIVING IN THE CAR WASH ON STATION RD!!!! I SEE THEM AT 6 IN THE MORNING AND STILL THERE AT 10 AT NIGHT WASHING CARS IN FLIP FLOPS. THE BOSS SHOUTS AT THEM ALL DAY. SOMEBODY DO SOMETHING""",
  "EO AC", "swp lh cedl", "L", "m")
E("""m8 works at the farm shop by us, gets paid properly, has a car and a girlfriend lol. someone reported the farm coz there's polish lads there. no slavery mate just hard graft""",
  "", "", "", "l")
E("""think the girls in the massage place on kings rd r being kept there, blinds always down, they never come out, a man brings them food bags, there was one crying at the back door. plz check""",
  "RM", "rm", "S", "h")
E("""my cousin went to england for job in hotel and the agent took 3000 euro from our family first. now she says she works in a house cleaning for a family and they dont pay, and they took her passport, she can only message at night when they sleep. i am scared for her""",
  "DEC WW RD ISO", "uf dt iso", "D", "h")
E("""Person at bus stop every morning 5am, about 15 men, van comes, they look tired, one has no shoes. prob nothing but thought id say""",
  "", "cedl et pa", "", "l")
E("""The van that picks up the farm workers at 5am at the Co-op is the farm's own free bus, they work 7 till 3 and are back by 4. I work there. Please stop reporting it.""",
  "", "", "", "l")
E("""Lady at my church says her husband's family in Ilford have a 'girl from back home' who does everything in the house, she's not allowed to eat with them and never leaves except to take the kids to school, never gets paid, they say she's lucky to be in London""",
  "WW RM", "rm", "D", "m")
E("""ive reported this before. the nail bar on the corner, same 2 young girls every day, they look about 15, a man locks the shutter at night with them inside. last night 11pm lights on and i heard them. PLEASE""",
  "AV RM", "rm swp", "L", "i")
E("""Not saying anyones trafficked, the polish couple downstairs work a lot but they're nice, they go on holiday, they have a dog. Council asked if I'd seen anything. No.""",
  "", "", "", "l")
E("""SOMEONE IS SELLING THERE KIDNEY ON FACEBOOK MARKETPLACE??? 'kidney for sale 15k serious buyers only' posted by a guy in Wolverhampton, is that even legal""",
  "", "", "", "l")
E("""Kalayaan case note (extended).
Client: Maria Teresa, 41, Filipina. Came to the UK in 2019 with a Qatari family on an Overseas Domestic Worker visa, having worked for them in Doha since 2014.
Account: In London the family rented a house in Knightsbridge for the summer. She was the only domestic worker for two adults and five children. She started at 6am, served meals, cleaned, did laundry and looked after the youngest child through the night, so she rarely slept more than four hours. She had one day off in four years. Her salary of 1,500 riyals a month was 'kept by sir' and she was told it would be paid in a lump sum when she went home; she has received nothing for 22 months. Her passport was taken at the airport by the family's driver. She was not allowed to leave the house except to walk behind the family on shopping trips. The madam often screamed at her and once pulled her hair.
She left on 3 August when the family went out, with help from a Filipino worker from the house next door, and came to us with only the clothes she was wearing.
Actions: NRM referral (consent given), legal advice re claim for unpaid wages, accommodation arranged.""",
  "EO WW RD RM PSV", "lh ncw dt rm fpe", "D", "h")
E("""Domestic worker visa renewal - employer and worker attended together at first but the worker was then interviewed alone. Worker has own bank account, contract, 2 days off, keeps her passport, knows she can change employer. No concerns.""",
  "", "", "", "l")
E("""GP registration note: young woman (19, Ethiopian) brought by employer to register, employer answered every question and held her passport, worker looked at the floor. Employer said she is a 'family helper'. GP recalled her alone later; she said she is fine but asked if the GP could tell her the address of the house. Practice safeguarding lead informed.""",
  "RD ISO", "sfw dt iso", "D", "m")
E("""Police log 07/03 22:14 - caller states her sister-in-law (Bangladeshi, 20, married 6 months ago) phoned in tears saying husband and in-laws locked her in the back bedroom because she spoke to a neighbour. Address: 41 Green St. Husband has her phone normally; she used the landline. Unit dispatched, grade 1.""",
  "RM ISO", "rm iso", "", "i")
E("""Forced marriage – overseas case. British citizen (F, 18) taken to Somalia 'for a family visit', told she is to marry. Passport taken by uncle. She has managed to contact the FCDO by messenger. Says she is kept in the house and beaten when she refuses. FCDO arranging repatriation.""",
  "DEC RD RM PSV", "dt rm", "", "i")
E("""Health visitor: young mother (20, Pakistani, spouse visa) lives with husband and in-laws, she is encouraged to go to the children's centre, she has her own money and a phone, says her marriage was arranged and she's content. No concerns.""",
  "", "", "", "l")
E("""Short IR: Spouse (Indian, 25) alleges husband's family took her jewellery and passport after the wedding and made her work in their shop 7 days without pay. 2/B/P""",
  "RD WW EO", "dt lh", "L D", "h")
E("""Debrief of sham marriage victim (Czech, 20, learning difficulties) via interpreter. She says that a neighbour's son told her she could get a holiday in England. In London she was taken to a registry office to marry a man she had never met. She says she did not understand that it was a wedding. Afterwards the men took her ID and her bank card 'for the Home Office'. She says she had to stay in one room of a flat; when the husband's friends visited she was made to have sex with them. She says that after she got pregnant, they took her to a hospital and told her to say the baby was the husband's. She says she was given £50 once.""",
  "AV DEC RD PSV RM WW", "dt ncw rm", "S", "h")
E("""Home Office: spouse applicant's wife (Romanian, 36) withdrew her support. She says she agreed to the marriage for money and now regrets it. She has her own flat and job and nobody is pressuring her. Referred for possible sham; no exploitation.""",
  "", "", "", "l")
E("""Nikkah at home, no civil registration. Wife is 16. Husband 31. Social worker visited; girl is living with husband's family, not in education and does the housework. The marriage is not recognised but she is treated as his wife.""",
  "AV", "", "D", "i")
E("""Unseen helpline, caller (Roma woman, 30s): 'my husband sold our daughter to another family in Derby for marriage, she is 14, she cleans their house and they keep her inside.' Caller gave the address. Police informed, child protection strategy meeting tonight.""",
  "AV RM", "rm", "D", "i")
E("""Transplant patient (British-Pakistani, 47) had a kidney transplant in Lahore from his brother. Both men were assessed; brother returned to the UK with him and is recovering. All lawful.""",
  "", "", "", "l")
E("""GP to safeguarding lead: patient (Bangladeshi, 33) says a man in his restaurant job suggested he 'sell a kidney in India' to clear the money he owes for his visa sponsorship. He is considering it because the man keeps adding interest. He still works 70-hour weeks for the man.""",
  "DB EO AV", "lh", "L O", "h")
E("""Crime report: fraud - man posing as a 'transplant broker' took £6,000 deposits from 3 UK patients promising kidneys in Egypt, then disappeared. Victims are the patients (fraud). No donor involved.""",
  "", "", "", "l")
E("""Debrief (M, 22, Nepalese). He says that an agent in Kathmandu promised a job in a UK warehouse. He was first flown to Delhi and kept in a guest house with 5 other young men. They were told medical tests were needed for the visa; blood was taken. Later two of them were taken to a hospital and returned with bandaged sides. The agent said they had 'donated' and each got 50,000 rupees. He ran before it was his turn and reached the UK later on a different route. He says the agent kept all their passports.""",
  "DEC RD RM", "dt rm", "O", "h")
E("""OCG profile, INT 1/B/C (do not share with NHS without OIC authority): Turkish-based broker 'Dr Mehmet' uses UK-based recruiters to find kidney 'donors' among Moldovan and Ukrainian men in debt to loan sharks in London. Donors flown to Istanbul and told the surgery is 'like removing a tooth'; some receive $3-5k, others nothing. At least two later admitted to UK hospitals with complications.""",
  "AV DEC DB WW", "pa", "O", "h")
E("""Patient with polycystic kidney disease asked if she could go abroad for faster transplant. Clinician gave information on risks. She decided against. Not a safeguarding issue.""",
  "", "", "", "l")
E("""Forced begging, 2/B/P: Nom Ferenc LAKATOS brings disabled Hungarian men to Bristol and places them with cups at supermarket entrances. Men sleep in his garage on pallets, are given one meal a day and hand over takings at night. One man with a leg amputation was kicked when he kept £5.""",
  "AV AC WW PSV", "swp plc ncw", "C", "h")
E("""Busker complaint - man playing bagpipes too loud near the hospital. Told to move. He is local, plays for fun and charity. NFA.""",
  "", "", "", "l")
E("""Beggar outside Lidl says someone drops him off and takes his money. When spoken to later he said he was joking, it's his brother giving him a lift, he keeps what he gets. PCSO knows him. No concern.""",
  "", "", "", "l")
E("""BTP log: woman with infant begging on trains between Luton and St Pancras daily. Infant appears unwell and sleeps all day; possibly sedated. Man meets her at each end and takes the cash. Woman won't speak. Social services informed.""",
  "AV WW", "ncw pa", "C", "i")
E("""Charity outreach: Romanian man (60s, partially sighted) begging outside church. Says 'the family' brought him from Romania, he lives with them in a room with 8 others, and if he doesn't give them £50 a day he gets no food. He can't find his way around alone and they take him to the pitch every morning.""",
  "AV DB WW AC", "oc et ncw", "C", "h")
E("""2/A/P Universal Credit fraud factory: 47 claims linked to 3 addresses in Walsall. Claimants are Roma men who work in a meat plant via an agency owned by the same family. Family controls the claimants' phones, emails and bank cards. Men say they were told the 'forms' were for their job and they get £60 a week.""",
  "DEC WW ISO", "mbc ncw iso", "L C", "h")
E("""HMRC referral: payroll of a labour agency shows 200 workers all paid to 12 bank accounts. The accounts belong to agency staff. Workers receive cash after 'deductions'. Under investigation.""",
  "WW", "ncw mbc", "L", "m")
E("""Bank alert: one customer (F, 70) transferred all savings to a man she met online who says he needs money to leave the army. Romance fraud. No exploitation in the modern slavery sense.""",
  "", "", "", "l")
E("""ATM camera review: same man, 4am, used 17 different cards at the Tesco cashpoint on Hamstead Rd in 30 minutes. Cards in names of Eastern European men. INT links him to an agency supplying workers to a recycling plant.""",
  "", "mbc ncw", "", "l")
E("""Council tenancy fraud - tenant sublet his council flat to students for profit. Tenant prosecuted. Students were unaware and free to leave; no exploitation.""",
  "", "", "", "l")
E("""Statement of witness (neighbour), dated 12/05, Section 9 CJA.
I have lived at 22 Lowther Street for nine years. Around last November a family moved into number 24. There is a man, a woman and three children, and also a young woman who I thought was the nanny. I would say she is about 18. I have spoken to her twice over the fence when she was hanging washing; she spoke a little English and said she was from Uganda. She told me she was not allowed to go to the shop on her own. She said 'Madam keeps my book', which I understood to mean her passport.
I have heard the woman of the house shouting at her many times, late at night, and once I heard a slap and crying. I have never seen the young woman leave the house on her own; she goes out only with the family.
On 10 May about 11pm I saw her sitting on the back step crying. She said she had not eaten that day because she had broken a plate. I gave her my phone number.
I also want to say that the family's older son plays music very loudly, which I have complained about to the council separately.""",
  "RM RD PSV AC", "rm dt et", "D", "h")
E("""Statement (taxi driver): I regularly take a group of Vietnamese women from a house in Beeston to nail bars in Derby at 7am and back at 10pm. Their boss pays me weekly. The women never talk to me. The boss said they must not have my number. I thought it was odd so I'm telling you.""",
  "ISO", "cedl et iso", "L", "m")
E("""Witness: I'm a delivery driver. Dropped a parcel at the care home on Elm Rd, a carer told me they sleep in the staff room and work doubles every day, she hasn't had a day off in a month, the manager keeps their visas and charges them for the uniforms. She asked me not to tell anyone.""",
  "EO RD", "swp lh dt ppe", "L", "m")
E("""Victim (male, 17, Sudanese) in first person, through Arabic interpreter: I came on the boat to Dover. A man at the hotel said he would give me work. I work in a car wash in Leicester, every day from morning to night. He said I owe him for the phone and the food. He hit me with a hose when a customer complained. I sleep at his cousin's flat with 7 men. I do not have my ID, he has it. He said if I tell the hotel staff he will tell the Home Office I am 20 and they will send me to Rwanda.""",
  "AV EO DB PSV RD IT AC", "lh oc dt foa", "L", "h")
E("""Caseworker: Client B (Eritrean, 30) says he was held in a warehouse in Libya for 8 months by traffickers who demanded $5,000 from his family. He was beaten daily and made to work on farms. After reaching the UK, no UK exploitation. Historic overseas.""",
  "RM PSV DB", "rm", "L", "h")
E("""Refugee (Eritrean, 25) working in a Birmingham warehouse through a reputable agency, paid NMW, has his own room. Came for help with family reunion. No concerns.""",
  "", "", "", "l")
E("""Trafficking for criminality - shoplifting. Three Romanian women (two claim to be 17) arrested for stealing from M&S in Glasgow. They had lists of items to take and a man in a nearby car. One said she has to steal £500 of goods a day or 'we don't sleep in the house'. Their phones had been taken by the man.""",
  "AV IT ISO", "iso", "C", "i")
E("""Shoplifter (British, 29, heroin user) steals to fund own habit, no one directing him. Arrested. Referred to drug services.""",
  "", "", "", "l")
E("""Intel (Crimestoppers, anonymous): Albanian men working at a barber shop on Coventry Rd sleep in the basement, one told a customer he is paying back £12,000 for the lorry and gets £100 a month. Owner nicknamed 'Zefi' takes their phones at night.""",
  "AC DB WW ISO", "swp iso", "L", "h")
E("""Barber shop visited by immigration: 2 workers with no right to work arrested. Both said they are paid fairly and live with family. No indicators. Civil penalty to owner.""",
  "", "", "", "l")
E("""Chinese restaurant, Glasgow. Kitchen porter (Chinese, 52) told Police Scotland he came on a visit visa, his 'snakehead' debt of RMB 200,000 is paid off by the boss from his wages, he sleeps on a camp bed in the stock room, and he has not left the restaurant in 6 months except once for the dentist, escorted by the boss's son. He says the boss is 'kind' and he does not want to leave.""",
  "DB WW RM AC", "swp plc rm et", "L", "h")
E("""Restaurant worker (Indian, 27, student visa) complained he was paid £8 an hour, below minimum wage. Employer paid the arrears after HMRC contact. He lives with friends and has his documents. Not exploitation.""",
  "", "", "", "l")
E("""Factory (Leicester garment) - workers paid £4 an hour cash, long shifts, fire exits blocked. Workers live independently and can leave; several have. HMRC NMW and HSE referral. Labour abuse but no coercion seen.""",
  "AC EO", "lh", "L", "m")
E("""Leicester textile unit — INT 2/B/P: 15 workers, mostly older Indian women with no English, 'tea breaks' only, 12-hour days, owner holds their bank cards and gives them £3 an hour cash, tells them they'll be reported to immigration though most are British citizens who don't know their rights.""",
  "AV EO WW IT", "lh ncw", "L", "h")
E("""Slaughterhouse, Wales: GLAA found workers recruited in Romania charged €300 for the 'job', then housed 5 to a room in a house owned by the labour provider, rent taken from wages. Workers free to leave, have documents. Licence revoked.""",
  "AC", "uf oc", "L", "m")
E("""Mushroom farm: pickers say they are paid per kilo, sometimes well under NMW, but free to leave, own passports, rent their own housing. HMRC complaint.""",
  "", "", "", "l")
E("""Debrief (M, 38, Romanian) — egg packing plant. 'They came to our village with photos of nice houses. In England the house had 4 bedrooms and 22 men. We worked night shift 12 hours, 6 nights. They kept our ID cards in the car "for the police". The money went into bank accounts that Costel opened for us, he kept the cards. Each Friday he gave £50. When Andrei asked for his card, Costel's brother broke his nose.'""",
  "DEC AC EO RD WW PSV", "oc lh dt ncw", "L", "h")
E("""Worker (Polish, 50) at a packhouse says he is paid weekly into his own account, rents a room privately, and drives himself to work. Manager asked him to do overtime at Christmas, he chose to. No concerns.""",
  "", "", "", "l")
E("""Salvation Army first responder notes. Client C (British, 35, homeless, mild learning disability) was approached outside a hostel by a man offering work 'with a roof over your head'. Taken to a farm in Lincolnshire where he was made to muck out and move livestock from 5am to after dark. Slept in a horsebox. Was told he owed money for 'board' and his benefits were being collected 'to pay the board'. He was shouted at and pushed about daily. He could not leave because he had no money and did not know where he was.""",
  "AV DEC EO AC DB PSV ISO", "lh swp plc ncw iso", "L", "h")
E("""MSA s52 Duty to Notify (adult declined NRM): male Albanian, 24, found working in a car wash in Chelmsford, says he owes €15,000 to men who brought him, has to work 6am-8pm, sleeps in a container on site. Declined referral, fearful of gang. No further contact details.""",
  "DB EO AC", "lh swp foa", "L", "h")
E("""Missing child (Vietnamese, 15) absconded from foster placement 2 days after arrival; phone with UK SIM found. Concern he has been collected by traffickers who brought him. Likely to be used in cannabis cultivation or nail bar. High risk missing.""",
  "AV", "", "", "h")
E("""Foster carer: unaccompanied Albanian boy (16) is doing well at school, has friends, plays football. Got a call from an unknown number once; he said it was his cousin. No concerns currently.""",
  "", "", "", "l")
E("""CSE - hotel. Staff at Premier Inn noticed a girl (looked 13-14) with two adult men booking a room in cash. Girl seemed drowsy. Police attended within 10 min; men arrested; girl disclosed she had been given vodka and 'had to' do things with them. Girl now at hospital.""",
  "AV PSV", "pa", "S", "i")
E("""Police log: residents report that teenage girls are taken into a takeaway on Cross St after closing. One girl (15) says the men give her free food and vodka and she is made to have sex with them in the flat above. Strategy meeting arranged.""",
  "AV PSV", "", "S", "h")
E("""Online: Snapchat account 'ModelJobsUK' messages girls 15-17 offering £500 for photoshoots in London, then demands nude images and threatens to post them if they don't travel to meet 'clients'. Two victims known to Essex Police.""",
  "AV DEC IT", "", "S", "h")
E("""Escort (Brazilian, 28) working with a friend from a rented flat, they share profits, both have passports and their own accounts. Welfare visit after a neighbour complaint; no concerns.""",
  "", "", "", "l")
E("""Pop-up brothel - Aberdeen. 2/B/P. Chinese women rotated every 2 weeks between Aberdeen, Dundee and Newcastle. Driver 'Ah Wei' collects them; women don't know which city they're in. Adverts say '24 hrs'. One woman with a burn on her arm.""",
  "ISO EO", "iso et lh pa", "S", "h")
E("""Woman (Nigerian, 22) in asylum accommodation disclosed: 'In Italy my madam made me stand on the road, every night, I gave her everything. She said my debt was €40,000. When I was slow she sent boys to beat me.' Historic, Italy. Now safe in UK.""",
  "WW DB PSV", "ncw", "S", "h")
E("""Hostel worker: resident (F, 32, British, crack user) says her 'boyfriend' makes her sell sex to pay the dealer and takes all the money. Last week he held a knife to her throat. She is at the hostel now, he is banned.""",
  "AV WW PSV IT", "ncw", "S", "h")
E("""Council licensing refused a street collection permit to a group because they had no charity number. Nothing to suggest exploitation; they were volunteers.""",
  "", "", "", "l")
E("""OFFICIAL-SENSITIVE. Handover Op KESTREL (organ trading), week 3.
1. Background: Renal unit at St Giles flagged that three men from the same street in Chişinău attended A&E with complications of nephrectomy within 6 weeks. All three work on construction sites in north London for the same subcontractor.
2. Interviews (Romanian interpreter): Man A says the subcontractor's foreman told him his 'debt' for accommodation and transport stood at £7,000 and that a clinic in Istanbul would pay $10,000 for a kidney, enough to clear it. The foreman arranged flights and the clinic, and kept Man A's passport until he returned. Man A received $1,500 in cash; the foreman said the rest went against the debt, which he was told still stands at £2,000. Man B gives a similar account and adds that the foreman said 'you know what happens to people who go to the police'. Man C declined to speak.
3. Other: the subcontractor also employs around 30 other Moldovan men on the same sites; there is no information at present that any of them are exploited. The main contractor has been co-operative.
4. Next: NRM for A and B (consent given), financial enquiries into the foreman, liaison with Turkish authorities via NCA.""",
  "DB RD WW IT AV", "dt ncw", "O L", "h")
E("""Man who donated kidney to his wife 10 years ago is giving talks at schools about organ donation. Member of public thought 'donating for money' was mentioned; it wasn't. NFA.""",
  "", "", "", "l")
E("""Sudanese man (31) in Calais camp says smugglers in Khartoum offered to 'trade' his passage for a kidney. He refused and paid with money from his brother. He was not harmed.""",
  "", "", "", "l")
E("""Police National Database entry: KHAN, Asif (DOB 11/09/1979). Arrested for conspiracy to arrange travel for exploitation (s2 MSA) - arranging travel of 2 Pakistani men to Iran for kidney removal; men were in debt to him for UK visas and he told them the operation would clear it. Charged.""",
  "DB AV", "", "O", "m")
E("""Helpline call: woman (Albanian, 26) calling from a flat in Newcastle, says she came to marry a man she met online, he now says she must sleep with his friends to 'pay for the wedding'. Door locked, he has gone out with her passport. She doesn't know the street name. Phone battery 5%.""",
  "DEC DB RM RD ISO", "rm dt iso", "S", "i")
E("""Sham marriage facilitator arrested; INT suggests he recruited homeless Portuguese men to marry Brazilian women, paying them in drugs and keeping them in a flat until the weddings were done. Men told they would be 'hurt' if they skipped the registry appointment.""",
  "AV IT RM WW", "rm", "C", "h")
E("""Wedding venue staff called police: bride (about 17) crying, would not sign, uncle held her arm tightly and told her 'you will shame us all'. Police attended; ceremony halted; girl safeguarded.""",
  "AV PSV IT", "", "", "i")
E("""Bride (Turkish, 23) at registry office was nervous; registrar spoke to her alone. She explained she gets stage fright and is very happy. Ceremony went ahead.""",
  "", "", "", "l")
E("""My daughter is getting married next month to a man we introduced, she met him several times, she agreed, they are planning the honeymoon together. The school asked us if it was forced. It isn't.""",
  "", "", "", "l")
E("""Immigration officer: man (Indian, 29) gave himself up; visa overstayer, worked cash-in-hand in a friend's shop, paid fairly, wants to go home. No exploitation.""",
  "", "", "", "l")
E("""Asylum seeker (Iranian, 33) says his phone was stolen and he lost his BRP. Replacement arranged. No exploitation.""",
  "", "", "", "l")
E("""Stolen passport report, tourist (Japanese, 45). Pickpocket on the tube. NFA.""",
  "", "", "", "l")
E("""Agency worker (Romanian, 40) had a pay dispute - agency paid him 3 days late and short by £40. They fixed it the next week. He keeps his own bank card and found another agency anyway.""",
  "", "", "", "l")
E("""Employer (hand car wash) pays £9 an hour, below NMW, cash. Workers live in their own rented rooms, have their ID, come and go freely. HMRC to look at NMW underpayment.""",
  "", "", "", "l")
E("""No sign of anyone being held against their will at the property. Occupants all adults with their own keys.""",
  "", "", "", "l")
E("""She says she can leave whenever she likes and goes home to Bucharest every Christmas.""",
  "", "", "", "l")
E("""He would have threatened her if she'd complained, the neighbour thinks, but she never did and he never said anything of the sort.""",
  "", "", "", "l")
E("""Worker holds his own passport; no concerns about wages or hours.""",
  "", "", "", "l")
E("""Says the foreman 'keeps her papers safe' in the office and won't give them back.""",
  "RD", "dt", "L", "m")
E("""Pay goes on the card he keeps. I get £20.""",
  "WW", "ncw", "", "m")
E("""Showed me a video of what they did to the last one who ran.""",
  "IT", "", "", "m")
E("""Not allowed past the gate without Ion.""",
  "RM", "rm et", "", "m")
E("""Promised hotel work in London, ended up on a cannabis farm in Wales.""",
  "DEC", "", "C", "m")
E("""I owe £12,000 for the boat, they add rent and food every week so it never goes down.""",
  "DB", "", "", "m")
E("""Knows where my mum lives, he told me her street.""",
  "IT", "", "", "m")
E("""Broker paid her flight to Chennai for 'a job interview'. She came back with a scar and no kidney.""",
  "DEC", "pa", "O", "m")
E("""He sold his kidney to pay the loan shark in Iași, says nobody forced him.""",
  "AV", "", "O", "m")
E("""Boy, 13, selling roses in pubs at midnight, adult waiting outside.""",
  "AV", "", "C", "i")
E("""The whole family lives together in a 3-bed, kids at school, dad works at the bakery. Nothing wrong.""",
  "", "", "", "l")
E("""Anonymous: 'farm workers at Brook Farm are charged £30 a week for the bus and £50 for boots on day one, that's all I know.'""",
  "", "ct ppe", "", "l")
E("""Man on a Big Issue pitch in Brighton, local, sells magazines every day. Someone thought he was trafficked. No.""",
  "", "", "", "l")
E("""Benefit fraud: landlord claims housing benefit for a flat nobody lives in. No victim.""",
  "", "", "", "l")
E("""Ex-partner stalking and harassing her after the breakup, threatening messages. DA matter, no exploitation.""",
  "", "", "", "l")
E("""Probation: service user (F, 24) was groomed at 15 by a man who later put her on the streets. Now 24, says he still takes her Universal Credit and texts her 'I own you'. Harassment and control ongoing. MARAC.""",
  "AV IT", "ncw", "S", "h")
E("""A&E: man (Polish, 48) with frostbite to feet; works on a farm, lives in a caravan with no heating and six others. Employer took his passport and pays him 'when the season ends'. He asked us not to call anyone.""",
  "AC RD WW", "oc plc dt pa foa", "L", "h")
E("""Care home inspection (CQC) noted staffing shortages and long shifts; carers are directly employed, on proper contracts, with their own documents. No modern slavery concern.""",
  "", "", "", "l")
E("""Care worker (Indian, 31, sponsored) told union rep the employer threatened to withdraw sponsorship and 'send you home' if she joined the union or reported the 72-hour weeks. She also pays £1,000 a year 'sponsorship fee' back to the employer from her wages.""",
  "IT EO DB", "lh uf", "L", "h")
E("""Hotel in Blackpool: kitchen staff (Sri Lankan, 3 men) live in the hotel's attic rooms for free, work set shifts, and say they like the job. Visit after anonymous call. NFA.""",
  "", "", "", "l")
E("""Warehouse (Daventry) - agency driver takes 12 workers to site in a van meant for 8, charges £15 a day, workers have to stay in the van until he's ready to leave at 11pm even though shift ends at 6. Driver's cousin runs the house where they live and takes the rent out first.""",
  "RM WW", "et ct rm oc", "L", "m")
E("""Interpreter's voice, debrief (Vietnamese male, 19): He says that in the grow house in Hull there were no windows, only fans, and the smell made him sick. He says the men brought food every three days and locked the door when they left. He says they told him his debt was now £30,000 and that if the plants died he would pay more. He says he was 16 when he arrived.""",
  "AV RM AC DB", "rm plc", "C", "h")
E("""INT: young Albanian men recruited on TikTok 'work in UK £3000 a month' arrive by small boat and are met by drivers who take them to cannabis grows in Essex; told they owe £18,000 each. 2/C/P""",
  "DEC DB", "", "C", "m")
E("""County lines — 17yo (Kai) found in Exeter with burns from a kettle, says the line holders did it because he 'came up short'. Lives in a cuckooed flat, not allowed to leave without 'Trigga'. Still there per source.""",
  "AV PSV RM DB", "rm pa", "C", "i")
E("""County lines summary for training: older dealers recruit children in care, give them phones and drugs on 'tick', stage robberies so the child owes a debt, and use violence and threats to keep them running drugs in towns far from home.""",
  "AV DB PSV IT", "", "C", "h")
# ---- part 4 ----
E("""Rescued from the house in Rochdale with nothing but a carrier bag - two T-shirts and a toothbrush. She had been there three years cleaning for the family, unpaid.""",
  "WW", "fpe", "D", "m")
E("""Found at the car wash: he owns one change of clothes and a phone with no SIM, all kept in a plastic bag under the counter where he sleeps.""",
  "AC", "fpe swp plc", "L", "m")
E("""Safeguarding strategy meeting minutes (extract), Children's Services, re: Amira (16) and Hana (14), sisters.
Present: social worker (chair), DS from the Public Protection Unit, school DSL, school nurse, FMU adviser (by phone).
1. School reports that Amira told a friend her parents have 'chosen someone' in Iraqi Kurdistan and that the family is travelling at the start of the summer holiday. Flights have been booked, per Hana. Amira has said she does not want to go, and that her father told her that 'a girl who brings shame does not come back'. Amira has been kept home from school on three days this month and her phone was taken by her father after she was seen talking to a boy.
2. Hana has not made any disclosure about herself and is described as settled and happy.
3. There are no reports of physical violence. The mother attended a meeting with the DSL and was polite but said the trip is 'for a cousin's wedding'.
4. Older brother (22) lives separately, works as a mechanic, not thought relevant.
Decision: apply for Forced Marriage Protection Orders for both girls today (passports to be surrendered to court); section 47 enquiries; police to complete a welfare visit this evening. Risk to Amira assessed as high.""",
  "AV IT ISO RM", "iso rm", "", "h")
E("""Debrief notes, male (Iraqi Kurd, 29), via Sorani interpreter.
He says he was working illegally in a barber shop in Derby when the owner, who he calls Kak Rebwar, told him he owed £9,000 for rent, food and 'protection from immigration'. He says he had believed his wages of £250 a week were being saved for him; instead Rebwar said the savings had gone on the debt. He says Rebwar introduced him to a man who arranges 'operations' in Erbil, where people who need money sell a kidney. He says he was told he would get $12,000 and the debt would be cleared. He says his passport was with Rebwar and he was taken to the airport by Rebwar's nephew, who gave him the passport only at check-in. He had the operation in a private clinic. He says he was given $2,000 and told that was all. When he returned, Rebwar said the debt was now 'only £4,000' and he must keep working. He says he has pain and cannot lift heavy things. He says he is scared because Rebwar's family know his family in Ranya.""",
  "DEC DB WW RD IT AV", "dt et pa", "O L", "h")
E("""Public report (typed on phone): hi so theres this woman who comes into the launderette where i work every day with massive bags of washing from a big house on hill rd, she told me she works for a family from dubai, she always looks exausted and has marks on her arms, she said she has not been paid since she came and that her passport is with the wife and they don't let her keep a phone. she said "please dont tell anyone" but im worried so im telling you. she's there most mornings at 7""",
  "WW RD ISO", "pa dt iso", "D", "h")
E("""Labour market enforcement note — joint visit, hand car wash, Station Approach, Ilkeston.
Six workers on site. Four were Kurdish Iraqi men with asylum claims pending, two Romanian. The manager initially said they were 'friends helping out'. Interviewed separately with interpreters:
- The two Romanian men have contracts, payslips, their own bank accounts and live in their own rented flat; they said they can leave when they like. No concerns.
- Of the Kurdish men, one (W3) said he sleeps in the back office on a sofa and is paid £30 a day, 'sometimes, when there are customers'. He has not been paid at all for the last two weeks because the owner said business was slow. W4 said he was told to say he was a volunteer if asked by officials.
- No one reported violence, threats or retained documents; W3 and W4 both had their ARC cards on them.
Outcome: referral to HMRC for NMW, illegal working civil penalty, welfare support for W3 and W4, offer of NRM discussion (declined).""",
  "WW AC", "swp", "L", "m")
E("""Victim personal statement (read in court, edited).
I was 19 when I met Daniel in a bar in Bucharest. He said he loved me and that we would go to England and open a café. In London we lived in a room in Harrow. After two weeks he said we had no money and that I must 'be nice' to his friend who would help us. Then there were more men, every night, in hotels and flats. He took all the money. He had my passport and he took my phone every night and read my messages. When I said I wanted to go home he hit me, and he said he would send the videos to my grandmother. I was not allowed to go out except with him or his cousin. This lasted for one year and four months. I still cannot sleep without the light on. I want the court to know that he did not love me, he sold me.""",
  "AV DEC WW RD ISO PSV IT RM", "ncw dt iso rm et", "S", "h")
E("""School nurse record, Y11 student (15, British). Disclosed that she is 'sort of going out' with a 24-year-old who gives her weed and lifts. He has asked her to 'hold stuff' in her bag and to go to a party at his mate's house this weekend. She says nothing sexual has happened and she is not scared of him. Referred to the CSE/CCE team as child at risk; no exploitation disclosed yet.""",
  "AV", "", "", "h")
E("""OSINT note. Telegram channel 'Kidney Donor Needed UK/EU' (4,200 members). Posts offer €25,000-€40,000 'for healthy young donors, travel to Kyrgyzstan or Turkey, fully legal, paperwork as family member'. Several replies from men in the UK writing in Ukrainian and Romanian saying they are in debt and asking how fast they can be paid. Admin account 'Dr.Aziz' replies that a 'deposit for the medical file' of €500 is needed. No confirmed transaction yet; channel reported to NCA.""",
  "DEC", "uf", "O", "m")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh148.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(T, 1):
            f.write(json.dumps({"id": "f148-%03d" % i, "text": text, "indicators": ind,
                                "signs": sig, "exploitation": typ, "risk": risk},
                               ensure_ascii=False) + "\n")
    print(len(T), "texts ->", out)
