# fresh250 part 1: Avon and Somerset intake, weeks 1-2
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Source reports that a hand car wash on Feeder Road, Bristol BS2 is staffed by approx 6 Albanian males who sleep in a portakabin at the rear of the site. Source states the workers are paid £20 a day cash and the boss, known only as ARBEN, keeps their passports "for safety". Workers seen on site from 0730 until after dark 7 days a week.""",
  "RD WW AC EO", "DT SW LH PLC", "L")

T("""Call from member of public: theres a lad at the nail bar on Cheltenham high st looks about 15 he's there every day in school time never speaks boss lady does all the talking. just dont seem right""",
  "AV", "SFW", "L", "high")

T("""Welfare check at 14 Moorland Rd, Weston-super-Mare following concern from neighbour re noise and many people coming and going. Property is an HMO licensed by North Somerset Council for 7. Spoke to 5 occupants, all with own tenancy agreements, all working locally (hotel, Amazon, care home) and paying own rent to the agency. No concerns identified. Neighbour advised.""")

T("""Mum rang 101. Her son KAI (16) has been missing since Friday, she found a second phone in his room last month with messages about "the line" and "re-up". She thinks he is in Weston or Taunton. He came back last time with a cut on his hand and £300 and wouldn't say where from.""",
  "AV", "PA", "C", "immediate")

T("""Salvation Army referral (NRM). Adult female, Romanian, 24. States she was recruited in Constanța by a man she believed was her boyfriend who promised work in a Bristol restaurant. On arrival in Bristol she was taken to a flat in Easton and told she owed £3,000 for the flight and the room and must "work with clients" to pay it. Adverts were placed online with her photo. She was allowed to keep nothing. Her ID card was taken by the boyfriend's cousin. She was moved between Bristol, Bath and Swindon every couple of weeks. She escaped when a client helped her call a friend. She has been placed in a Salvation Army safe house in the South West and has consented to speak to police. OIC DC 2291 PERRY, Bristol CID. The adverts have been preserved and the boyfriend's number researched.""",
  "DEC DB WW RD", "DT UF NCW", "S")

T("""Glos IR: Shoplifting at Tesco Quedgeley, male detained by security with £140 of meat. States he took it to sell at the pub. Known local prolific. NFA other than charge.""")

T("""Cheltenham NPT: tenants of 3 Hatherley Court complaining about a man sleeping in the bin store. Engaged with him, he is a UK national, street homeless since relationship breakdown, referred to P3 outreach. No exploitation indicators, he works odd cash-in-hand jobs he finds himself.""")

T("""Farm worker, Somerset Levels. In his own words through interpreter: "We start in the field at five. Boss man bring us in the van, we pay him £10 each day for the van and £50 a week for the caravan. Twelve people in two caravans. No toilet, only a bucket. When I say I am sick he says no work no money and I still owe for the caravan." """,
  "AC DB", "CE CT OA PLC", "L")

T("""INT 3/C/P - 4x Vietnamese nationals believed to be living above nail salon on Westgate St, Gloucester. Source believes they do not leave the premises except when escorted by the owner to the cash and carry.""",
  "RM", "RMS ET", "L")

T("""Sorry to bother you. I rent out rooms in my house in Filton and one of my lodgers, a Polish girl, works nights at the care home and 12 hour shifts. My other lodger thinks she is being made to work too hard but she says she chose the extra shifts to save for a house in Poland. She has her own bank account and her passport is in her room. I don't think anything is wrong but thought I'd ask.""")

T("""DWP intel: 9 claims for Universal Credit made from the same IP address and listing 2 addresses in Kingswood, BS15. All claimants are Romanian nationals recently arrived. The bank accounts for all 9 claims are held at the same branch and the debit cards are posted to 1 address. One claimant, seen at a jobcentre appointment, was accompanied by a male who answered every question on her behalf and appeared to have her phone.""",
  "WW ISO", "MBC SFW NCW IS", "C")

T("""Bath city centre beat. Male begging outside Sainsbury's, Southgate. Spoke to him, local, known to services, has a flat in Twerton, says he's skint till Friday. Moved on. No third party.""")

T("""Taunton CID. IP (18, male, Eritrean) disclosed in ABE interview that he was made to work in a takeaway in Bridgwater for 14 months after arriving in a lorry. He slept on a mattress in the store room, worked from 10am to 2am every day, and was told that the police would send him back to Eritrea and he would be killed there if he ever went to them. He was given food but no money. He said "the owner told me I owe him for the lorry, £8000, and every month it is more". He now has a positive Reasonable Grounds decision and is in supported accommodation in Taunton. The owner, ALI, Hussein (dob 03/05/1975), was arrested on 12/10 and released under investigation; financial enquiries ongoing and HMRC informed.""",
  "AV AC EO IT WW DB", "SW LH FA UF", "L")

T("""Gloucestershire CC Children's Services strategy discussion: 14yo female, LAC, placed in Tewkesbury, repeatedly missing, returned in taxis paid for by unknown adults, found with new clothes and a new iPhone. Disclosed to her key worker she "has to be nice" to older males' friends at a flat in Gloucester because her boyfriend (21) says she owes him for the phone. Suspected CSE.""",
  "AV DB DEC", "", "S", "high")

T("""Anon online report: van picks up about 10 men from outside the Londis on Stapleton Road every morning at 5am, they come back at 9 or 10 at night, looked knackered""",
  "EO", "CE LH", "L")

T("""Licensing visit (joint with Bristol CC): Kebab shop, Gloucester Rd. Two staff present, both with right to work (checked BRPs - held by staff themselves). Wages paid by BACS, payslips seen. Hours 4pm-12am, 5 days. Food hygiene issues raised separately. No concerns re exploitation.""")

T("""GLAA referral. Shellfish processing unit near Highbridge. Workers supplied by labour provider JOBLINK STAFF SOLUTIONS LTD (unlicensed). Workers report £35 a week taken from pay for "PPE" (wellies, gloves, hairnets) and a further £60 for accommodation in a house in Burnham-on-Sea shared by 14 people. Several say they have not been paid for 3 weeks. The provider's director, ILIE, holds the bank cards of at least 8 of them.""",
  "WW AC", "PPE OA NCW MBC", "L")

T("""Victim account (Lithuanian, via Language Line):
"Man in Vilnius said good job in England, packing factory, £400 a week, house included. I paid him 600 euro for the bus and the job. In Gloucester they put me in house with 9 men, two to a mattress. The factory pays to my account but the card is with Tomas, he gives me £40 a week for food. He say I still owe for the bus. When I said I go home he hit me in the face and said he knows where my mother lives."
Injury to left cheekbone noted by officer. Victim placed with Hope for Justice. Tomas identified as VAITKUS, Tomas (dob 22/08/1986), Gloucester address known. Factory HR confirm wages were paid in full into the victim's account. Statement to follow with an interpreter.""",
  "DEC WW DB PSV IT AC", "UF OA NCW PA", "L")

T("""Weston NPT. Report of a man seen walking along the A370 in the dark with no coat. Stopped, he is a farm worker on a dairy farm in Banwell, walking home after his shift because he missed the bus. Has own car but it's in for MOT. No concerns.""")

T("""INT 2/B/P. PONTE, Gheorghe (dob 11/03/1981) believed to be controlling 4 females working in a brothel above a massage parlour on Stokes Croft. Females are driven to and from the flat by PONTE in a silver Skoda Octavia WU19 XKP and are not allowed to go out alone.""",
  "RM", "ET RMS", "S")

T("""Care home manager, Yate: "We had an agency carer, Filipino, who told us she came on a sponsorship visa with a company in Birmingham. She pays them £200 a month 'sponsorship fee' out of her wages and they told her if she leaves they will report her to the Home Office and she'll be deported. She's been working 70-80 hours a week across three homes. She is frightened to say anything." """,
  "IT WW EO AV", "LH FA UF", "L")

T("""Bristol 101 call: Caller states her neighbour's cleaner is an older Indian woman who lives in the house and has never been seen leaving it. Caller once saw her crying in the garden and she said "madam keeps my passport, I am not allowed out". Caller very worried.""",
  "RM RD ISO", "RMS DT IS", "D")

T("""Shift note, Bath custody. Detained person (CHEN) arrested in a cannabis factory in a house in Odd Down. Very few possessions, a sleeping bag and a rice cooker in the back bedroom. Windows boarded. Through interpreter says he was locked in and food was brought by a man every few days. Does not know what town he is in.""",
  "RM ISO AC", "RMS IS FPE PLC SW", "C")

T("""Bristol Royal Infirmary safeguarding: male patient, 40s, Hungarian, came in with crush injury to foot from a building site in Avonmouth. No steel toecap boots. Brought in by his "supervisor" who wouldn't leave the bedside and answered all questions. Patient had no phone and no ID on him; supervisor said he "looks after the paperwork". Patient wanted to leave before treatment complete to "not lose his job".""",
  "AC RD", "SFW DT FA PA", "L")

T("""Public: loads of fellas living in that house on barton hill road with mattresses in the garden and the windows covered in foil, they get in a transit at like half 5 every morning""",
  "", "OA CE PLC", "L")

T("""Gloucester NPT: Report of a 'sweatshop' at Bristol Road trading estate. Visit conducted with HMRC NMW team. Premises is a clothing alteration business employing 4 staff, all UK resident, paid above NMW, contracts in place. The long hours reported relate to the owner himself working late. No concerns.""")

T("""Case note, Unseen helpline: caller (Somerset) says her brother-in-law recruited a young man from Poland to work on his building jobs. The man has been living in a shed at the bottom of the garden since April. He is paid "in beer and fags" and gets £50 now and then. Her brother-in-law calls him "my slave" as a joke. The man has a drink problem and nowhere else to go.""",
  "AV WW AC", "PLC", "L")

T("""INT 4/C/P: unconfirmed - male known as "BIG T" running a line from London into Cheltenham ("T-LINE") using local kids.""",
  "AV", "", "C", "high")

T("""Debrief, Bristol CID, 17/10. POI DOBSON (17) arrested in Weston with 22 wraps of crack cocaine. States he was told by the men from London he owed them £1,500 after he was robbed of a previous package and that he had to keep running until it was paid off. He is scared to go home because they know his address and said they'd "do" his little sister. Has burn marks on his forearms he won't explain.""",
  "AV DB IT", "PA FA", "C", "high")

T("""Taunton NPT. Neighbour dispute, Priorswood. Caller complains about the man next door running a car repair business from his drive with two mates helping. They are all self-employed and friends. Civil matter re planning, referred to council.""")

T("""The man at the car wash in Yeovil told me they are not paid if it rains. He said he is paying back money for the journey from Kurdistan and his boss has his ID.""",
  "WW DB RD", "DT UF", "L")

T("""Bath & NE Somerset ASC referral: 63yo woman with learning disability living with her nephew and his partner in Radstock. Neighbours say she does all the cleaning, cooking and childcare for the household, is up before 6 and sent to bed after they've eaten. Her PIP and pension go into the nephew's account. She is not allowed to visit her friend at the day centre any more.""",
  "AV WW RM ISO EO", "NCW RMS IS LH", "D")

T("""Member of public in Clevedon. I found a young woman hiding in my garage this morning. She doesn't speak much English but keeps saying "no police, no police" and pointing at a house up the road. She has bruises on her arms and no shoes. Please send someone now I don't know what to do.""",
  "", "PA FA", "", "immediate")

T("""Intelligence log: Information received that the Bridgwater branch of a Vietnamese-owned nail bar chain is using staff who were brought to the UK in the back of a lorry and who pay their wages back to the owner. INT 3/C/P. No names.""",
  "WW", "NCW", "L")

T("""Bristol Uni security passed on: A student's housemates worried she is being controlled because her boyfriend 'keeps her passport'. Spoke to student, an international student from Malaysia. She keeps her passport in a locked drawer in her own room and said her boyfriend has never had it; her housemates had misunderstood. She has her own money, goes out freely, no concerns.""")

T("""Note from a farmer near Evesham (Glos border): "I had a gang of pickers last summer through an agency. I've since heard the agency boss took their money off them and made them pay £1,500 for the job before they came. I paid the agency the right rate. Thought you should know." """,
  "WW", "UF NCW", "L")

T("""Gloucestershire missing person: JONES, Tyler, 15, missing from home address in Matson for 3 days. Last seen getting into a black Audi A3 with two older males with London accents. Intel suggests he has been running drugs on the "Mitch" line. Phone off.""",
  "AV", "", "C", "immediate")

T("""Emergency call 23:47: female caller whispering, says she is locked in a flat above a shop in Bedminster, she doesn't know the number, a man took her phone but she found an old one. She says the men said they'd cut her if she tried to leave. Call cut off. Cell site BS3.""",
  "RM IT ISO", "RMS IS", "", "immediate")

T("""Wiltshire Police passed to A&S: Romanian male, 34, on scaffolding gang, reported that 4 others from his village were brought by the same man and all had to pay £500 "fee" for the job, which is deducted from weekly pay at £100 a week plus £80 rent. Works 6 days. He personally says he can leave whenever he wants and has his own passport, but he's worried about the younger lads who he says are made to hand over their bank cards.""",
  "WW", "UF NCW", "L")

T("""Weston Pier: Report of a man taking photos of children. Spoke to him, grandfather on holiday. NFA.""")

T("""Somerset FRS referral after fire at a farm outbuilding near Langport: crew found 6 mattresses, a gas stove and washing lines inside a barn used as accommodation. Farmer said the seasonal workers were housed there "temporarily" but caravans had been promised. Workers declined to speak to crew and left before police arrived. Passed to GLAA.""",
  "AC DEC", "PLC OA SW", "L")

T("""Gloucester MASH: 12yo boy reported by school as having large amounts of cash and new trainers, seen with known adult drug dealers in Barton & Tredworth. Mum says he's "doing jobs" for a family friend. Boy says he carries "packages" to the park and gets £20.""",
  "AV", "", "C", "high")

T("""Transcript of voicemail left on Unseen line: "hi yeah my name's Pavel I work in Gloucester at a chicken factory, the agency took my passport when I started and they say I can't have it back until I finish my contract, I want to go home for my father funeral and they said no. Please call me back 07700 914 322." """,
  "RD RM", "DT RMS", "L")

T("""Cheltenham Borough Council licensing: massage establishment on Winchcombe St inspected. Two masseuses present, both self-employed, registered with HMRC, rent rooms from owner, set own prices and hours. No indications of sexual services. Licence renewed.""")

T("""Bristol IR: assault at a hand car wash in Hengrove. Victim (Kurdish, 22) punched by the site manager after asking for his wages. Victim says he hasn't been paid for 6 weeks and sleeps in the office. Manager arrested. Victim reluctant to give statement - "they know my family in Iraq".""",
  "PSV WW AC", "SW FA", "L")

T("""INT 3/B/P. Reported that a female Thai national known as "NOK" is working as a live-in nanny for a family in Clifton, BS8. She is paid £100 per month and works from 6am to 11pm looking after 3 children. She has no days off. The family hold her passport. She is not allowed a phone.""",
  "WW EO RD ISO", "LH DT IS", "D")

T("""Neighbour in Kingswood: I think the young lad next door is being used by dealers, there's a car that turns up every night and he goes off in it. He's only 14. Sometimes he comes back with a black eye.""",
  "AV", "PA", "C", "high")

T("""Case closure note: Referral received re possible labour exploitation at Bath hotel (kitchen porter working long hours). Worker spoken to with interpreter away from employer. He works 45 hrs/week under contract, paid NMW into own account, has own passport and lives in own rented flat. He had complained to a friend about tiredness, not about work conditions. No further action.""")

T("""From the victim's NRM statement (translated from Albanian):
I came to the UK in a small boat. The men who arranged the boat said my family owed them £12,000 and I would work in England to pay. In Bristol they took me to a house in Hartcliffe with plants everywhere. I had to water them and I could not go outside, the door was locked from the outside always. They brought food once a week. They said if I run the police will put me in prison, and they will find my father in Albania. I was there nine months. I did not know the name of the city. Sometimes a man came and beat me when the plants were bad.""",
  "AV DB RM ISO IT PSV AC", "RMS IS FA SW UF", "C")

T("""call handler: Caller says there is a woman in the massage shop on Cheltenham Rd who she thinks is being "pimped out" because a man sits outside in a car all day and takes money off her at night. No further details. Caller wants to remain anon.""",
  "WW", "NCW", "S")

T("""NPT Knowle West. Door-to-door after burglary series. Occupant of no.28 said a lot of Eastern Europeans live at no.32. Checked: family of 6 (parents and 4 kids) renting privately, dad works at a warehouse in Avonmouth. No concerns.""")

T("""Bristol 101. Male reports he paid a man in Romania £400 for a job in a Bristol warehouse that didn't exist. Arrived last week, the man has stopped answering. He has his own documents, is staying with a cousin and is now looking for work himself. Wants his money back.""",
  "DEC", "UF", "L")

T("""INT 2/A/P. Car wash off the A38 at Cribbs Causeway: workers seen being dropped off at 0630 by white Ford Transit YN67 BKO and collected at 2100. Observed workers eating on the forecourt, no shelter. Owner's brother has been seen withdrawing cash from an ATM at Cribbs Mall using at least 6 different cards.""",
  "EO", "CE LH MBC", "L")

T("""Somerset Children's Social Care: 16yo Afghan UASC in foster care in Taunton went missing for 2 days. On return said he had been working "at a barber's" in Bridgwater for a man from the mosque who promised to help him with his asylum claim. He was paid nothing, and the man told him if he told his social worker he'd be sent back. Boy now very anxious.""",
  "AV DEC WW IT", "FA", "L", "high")

T("""Call 09:12: Road rage incident M5 J21. Two drivers arguing in the slip road. Words of advice.""")

T("""Hospital ED Gloucestershire Royal: a female (approx 30, Chinese) attended with a man who said he was her husband. She had vaginal injuries and bruising to thighs. Interpreter requested but man insisted on translating. When he went outside she wrote on a piece of paper "help me I am forced to sell". By the time security came they had gone.""",
  "PSV", "PA SFW", "S", "immediate")

T("""Hi this is about my sister in law who is in India and wants to come to the UK to donate a kidney to her brother (my husband) who is on dialysis at Southmead. The hospital says we need a police letter? We are all family and it is all going through the NHS living donor team. Please advise.""")

T("""Intelligence report, Avon & Somerset MSHT team. Information that men are being recruited in Moldova with promises of free surgery and work in the UK; on arrival in Bristol they are told they must sell a kidney to pay their travel debt. One male is said to have been taken to a private clinic abroad and returned with a scar and no money. Sourced from a partner NGO, INT 3/C/C. Passed to NCA.""",
  "DEC DB", "UF", "O")

T("""Bath NPT: Three Chinese students reported by landlord for "sleeping in the restaurant" where they work in the evenings. Spoke to all 3: they are university students, work 16-20 hrs a week legally, sometimes nap in the staff room between lectures and shifts. They live in student halls. No concerns.""")

T("""Section 17 entry at a house in St Pauls after report of screaming. Found a 19yo female locked in a back bedroom with a padlock on the outside of the door. Her boyfriend (arrested) had been advertising her for sex on AdultWork and taking all the money. She had a black eye and said he'd made her take crack to "keep her going". Conveyed to Bridge SARC.""",
  "RM PSV WW", "RMS PA NCW", "S")

T("""Report from Citizens Advice Weston: client, Bulgarian, 52, working at a laundry, says employer deducts £70 a week for "transport" in the works minibus and £25 for gloves and aprons. His payslip shows £190 net for 48 hours. He doesn't want us to contact his employer as he's scared of losing his room, which is above the laundry.""",
  "WW", "CT PPE FA SW", "L")

T("""Gloucestershire Police INT 2/B/P: SMITH, Daniel (40s, traveller site Staverton) believed to be housing 3 vulnerable adult males (UK nationals, alcohol dependent) in caravans and using them for tarmac and block-paving work. Males are said to be paid in cider and tobacco, sleep in a horsebox, and are beaten if they try to leave. One was seen at a petrol station with a swollen face.""",
  "AV WW AC PSV RM", "PLC PA RMS", "L")

T("""101 webchat: someone keeps using my dad's name to open bank accounts, he's 80. Is that fraud? (Advised re Action Fraud; no exploitation)""")

T("""Taunton Deane case note: male, 28, Sudanese, asylum granted, now working at a meat plant via agency. Came to housing options because he's been made homeless. Said agency had been housing him until he complained about being paid £4 an hour, then they put his stuff on the street. Also reports the agency "charges for the PPE and the bus".""",
  "WW", "PPE CT OA", "L")

T("""Public email to Bristol council: I live opposite the chip shop on Church Rd and the young man who works there is there from 10am until 2am and I never see him go anywhere else. I've seen him sleeping in the back on a chair. Maybe it's nothing but he looks really thin.""",
  "EO AC ISO", "LH SW PA IS", "L")

T("""Custody record note, Patchway: 15yo arrested in possession of 3 phones and 10 wraps. Appropriate adult present. Youth said "I can't say nothing, they'll kill me". NRM referral submitted by OIC.""",
  "AV IT", "FA", "C", "high")

T("""Bath Spa station BTP: female, early 20s, travelling alone, approached staff asking how to get to "Mr Karim's house" with an address on a phone. She had been told she would work as an au pair, he'd arranged her ticket from Manchester. She was collected by a family friend of the Karims and staff had no further concerns. Logged for info.""")

T("""INT 3/B/P: Eastern European labour gang working at vegetable packhouse near Cheddar. Gangmaster "VIKTOR" allegedly retains pay cards and has threatened workers with "losing everything" if they speak to GLAA inspectors. Workers housed 4 to a room in a house in Wells.""",
  "WW IT", "NCW OA FA", "L")

T("""Woman phoned crying, says her husband's family make her do all the housework, she's not allowed to leave the house on her own or call her mum in Pakistan, they took her passport when she arrived on a spouse visa and say they'll have her deported if she complains. She lives in Gloucester, doesn't know the postcode.""",
  "RM ISO RD IT AV", "RMS IS DT FA", "D")

T("""Somerset Levels, dairy farm. GLAA unannounced inspection with A&S. 3 workers from Ukraine on seasonal worker visas. Accommodation: static caravan, heated, clean, 1 person per room. Pay by BACS, £11.44/hr, payslips show overtime paid at 1.5x. Workers hold own passports, have own cars. Hours up to 50/week in peak. No concerns, advice given on rest breaks.""")

T("""Text from an outreach worker: girl at the hostel says she's working for a man in Cheltenham who sends her to "see men" in hotels and she has to give him everything because "he's paying my rent". She's 19, homeless, and has a heroin habit he feeds.""",
  "AV WW", "NCW", "S")

T("""INT 2/B/P: A Bristol-based male named as KUCI, Ermal, is believed to be renting multiple properties across Bristol (BS5, BS13, BS16) for cannabis grows, staffed by young Vietnamese and Albanian males who are brought in with debts of £15-25k and not allowed to leave the properties.""",
  "DB RM", "RMS UF", "C")

T("""Officer note: Spoke to the Polish guys at the Patchway car wash following last week's complaint. All 4 have their own documents and bank accounts, live in a rented flat in Filton with tenancy in their own names, 9-6 Mon-Sat. Said they were free to leave any time and weren't being charged for anything. No indicators. Closed.""")

T("""Child protection medical, Bristol: 13yo girl, disclosed that a man she met on Snapchat got her to meet his friends at a flat in Lawrence Hill where she was given vodka and weed and made to have sex with 3 men. She said he told her he would post her pictures if she didn't come back.""",
  "AV PSV IT", "", "S", "high")

T("""Mendip council environmental health: complaint about a house in Frome with 15 people and 1 bathroom, sewage leaking, mould, children sleeping in the lounge. All residents are members of the same extended family from Slovakia, renting directly from the landlord, working at various places. Landlord issued with improvement notice. No indication of exploitation.""")

T("""INT 3/C/P. Information suggests females are being moved between Airbnb properties in Bath and Bristol for sexual services. They are driven by a male in a grey BMW and do not seem to have any say in where they go. Adverts on Vivastreet show the same photos in both cities.""",
  "RM", "ET RMS", "S")

T("""Account given to the Red Cross by a woman (Nigerian, 31) in Gloucester:
"My auntie brought me to London when I was 17 to go to school. I never went to school. I cooked and cleaned for her family and for her friends' families, I looked after the babies, I slept on the kitchen floor. When I was 25 she moved to Gloucester and I came with her. She said if I left the police would arrest me because I had no papers, she kept my passport. Her husband came to me at night. I did not know anybody in this country." She is now supported by the Red Cross and a specialist immigration solicitor and does not want to go back to Nigeria. The aunt is still living in Gloucester. Referred to the Gloucestershire Police MSHT desk.""",
  "AV DEC RD IT ISO PSV AC", "DT IS FA SW", "D")

T("""NPT: Complaint of noise from a shisha lounge in Stapleton Rd. Visit, staff all over 18, licence displayed. Advice re closing time.""")

T("""Phone call from Gloucester Women's Aid re client, 26, Polish. Her partner makes her hand over her wages from the hotel each week and gives her £10. He hits her if she argues. She has her own passport. Referred to IDVA. (Domestic abuse; no wider exploitation described.)""",
  "PSV WW", "NCW", "", "high")

T("""SW sighting Cheltenham: lad about 14 in school uniform at a bus stop in Hesters Way, gave package to man in car, received cash. 13:40 on a school day.""",
  "AV", "", "C", "high")

T("""A&S op debrief: warrant at a farm near Chard. 11 men found living in 2 shipping containers with no running water. Men had been working on the farm's potato harvest 7 days a week for up to 14 hours. All stated the farm manager had taken their passports "for registration" and not returned them. Several said they had paid £2,000 each in Romania to an agent. Wages paid into accounts the manager had opened for them; he kept the cards. One man said he had been punched for taking a break. 3 arrested. The manager, a 44-year-old Romanian national, and two associates were interviewed under caution. The farm owner says he paid the manager's company the full rate for the workers; GLAA and HMRC are reviewing the farm's supply chain.""",
  "AC EO RD WW DB PSV", "OA PLC LH DT UF NCW MBC", "L")
