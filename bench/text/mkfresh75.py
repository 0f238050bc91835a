#!/usr/bin/env python3
"""Hand-written texts for bench/text/fresh75.jsonl (Devon & Cornwall / Avon & Somerset / Dorset mix).
Each entry: (text, indicators, signs, exploitation, risk); codes space-separated."""
import json, os
D = []
def T(text, ind="", sig="", exp="", risk="low"):
    D.append((text.strip(), ind.split(), sig.split(), exp.split(), risk))
T("""INT 2/B/P. Scallop dredger out of NEWLYN, skipper nom PASCOE. Filipino deckhands (x4) said to be on transit visas, not allowed ashore when boat in harbour. Crew sleep on board year round. Source states skipper holds their seamen's books "for the agent". Wages sent to Manila agency, crew receive approx $300/month.""",
  "restriction_of_movement retention_of_documents withholding_wages abuse_of_vulnerability", "restricted_movement sleeps_at_workplace documents_taken no_control_of_wages", "labour", "high")
T("""neighbour called 101 re: loud music at flat above hers in Paignton most nights til 2am. No other concerns, tenants known to her. Advised to contact council noise team.""", "", "", "", "low")
T("""theres a car wash on the A38 by the garage and the lads there look SO thin, they work in just trainers in the rain and one of them had a black eye last week. a van drops them at 7 every morning and the same man picks them up after dark. nobody ever talks to you except the boss who does all the talking""",
  "physical_sexual_violence", "physical_appearance collected_early_dropped_late escorted_transport speaks_for_workers", "labour", "high")
T("""Caseworker note (Salvation Army). Client R., Romanian male 41. Recruited in Craiova for "farm work, £9 an hour, house included". On arrival in Cornwall told he owed £850 for minibus and first month bed. Works in daffodil fields from 5am, cold, no gloves unless he buys them from the gangmaster (£15). Deductions mean he has never received more than £40 in a week. Left after 7 weeks when a cousin drove down to fetch him.""",
  "deception debt_bondage withholding_wages abusive_conditions excessive_overtime", "upfront_fees ppe_charges long_hours no_control_of_wages", "labour", "high")
T("""POI HOANG Van T (DOB 03/05/2008) found in loft of address in Barton Hill, Bristol during warrant. Approx 300 cannabis plants. Door to loft padlocked from the landing side. IP states he was brought in a lorry and was told he owed £20k to the men who brought him. Nil English. Safeguarded, LA CSC informed.""",
  "abuse_of_vulnerability restriction_of_movement debt_bondage", "restricted_movement sleeps_at_workplace", "criminal", "immediate")
T("""Report from member of public: hotel in Torquay, saw cleaners being marched in a line from a minibus at 6am and a man counting them. Probably nothing, just thought it looked odd.""",
  "", "collected_early_dropped_late escorted_transport", "", "low")
T("""GLAA inspection, Tamar valley flower grower. Licence holder supplies 64 workers via licensed LAB. Payslips checked against bank transfers - all paid direct to workers' own accounts at or above NMW, holiday pay accrued. Accommodation caravans: clean, 2 per van, heating working. Workers interviewed privately, all hold own ID. No issues.""", "", "", "", "low")
T("""999 call 02:14. Female caller, whispering, heavy accent, says she is in a house in Weston, man has her phone most of the time and he locked the bedroom door. She does not know the road. Line cut after 40 seconds. Cell site enquiries ongoing.""",
  "restriction_of_movement isolation", "restricted_movement isolated", "", "immediate")
T("""Nail bar, Gloucester Rd Bristol. 2/C/P. Two Vietnamese females believed 15-16 years working full days in school term. Owner's husband collects them at 08:00 and drives them back to a flat above the shop. Never seen alone.""",
  "abuse_of_vulnerability", "collected_early_dropped_late escorted_transport", "labour", "high")
T("""Debrief extract (via interpreter, Tigrinya). She says that the man in Libya sold her to another man and she was made to work in his house. In the UK she came to her uncle in Plymouth and she now lives with him and his family and goes to college. She says she is safe there and has her own phone and papers. She wants help with her asylum claim only.""",
  "", "", "domestic_servitude", "medium")
T("""Dorset Police log: Bournemouth. Male (Polish, 50s) found sleeping rough behind Boscombe shops states he worked 14 months for a groundworks firm, "given food and cigarettes, no money", boss kept his bank card and ID after helping him open an account. Lived in a shipping container on the yard with 3 others.""",
  "abuse_of_vulnerability withholding_wages retention_of_documents abusive_conditions", "documents_taken no_control_of_wages poor_living_conditions sleeps_at_workplace", "labour", "high")
T("""the woman next door has a girl who cleans and cooks and looks after the kids all day and night, she's never been to school that I know of and she never leaves the house except to put the bins out. she looks about 14. I hear her being shouted at""",
  "abuse_of_vulnerability restriction_of_movement", "restricted_movement", "domestic_servitude", "high")
T("""Call summary 101: caller reports his son (19) has been staying at a friend's in Newquay for the summer and working at a surf hire shop. Son not answering phone for two days. Son later called back, phone had been broken, all fine. Log closed.""", "", "", "", "low")
T("""INT 1/A/P. County line "DANNY" running from Bristol into Ilfracombe. Local male, vulnerable (heroin use), flat on High St taken over, runners stay there for days. Male told if he calls police they will burn the flat with him in it.""",
  "abuse_of_vulnerability intimidation_threats", "", "criminal", "medium")
T("""Fishing boat inspection at Brixham by MCA with police. Crew of 6, all with valid contracts, crew agreements and hours of rest records. Two Ghanaian crew stated they are well paid and go home every 4 months. No concerns.""", "", "", "", "low")
T("""I come to England because the lady in Lagos say I will be nanny for a doctor family and study nursing at night. When I arrive in Exeter madam take my passport to "do the visa". I work from 5 in morning until everyone sleeps, I sleep on the floor of the little girl's room. I never get money, madam say she send it to my mother but my mother get nothing. I could not go out, only with madam to the church.""",
  "deception retention_of_documents excessive_overtime withholding_wages restriction_of_movement abusive_conditions", "documents_taken long_hours no_control_of_wages restricted_movement poor_living_conditions", "domestic_servitude", "high")
T("""Shoplifting - Cribbs Causeway. Two Romanian females (30s) arrested after taking £600 of cosmetics. Both have previous together, lived independently, no indication of third party control on interview. Charged.""", "", "", "", "low")
T("""A&E Derriford, safeguarding note. Male pt 24, Albanian, hand injury from machine at food factory. Works via agency, contract seen, says he is paid weekly into own account and lives with his girlfriend. Came in with his supervisor who waited in car park. No concerns raised by pt when seen alone.""", "", "", "", "low")
T("""Intel: BMW VRM WX19 ??? seen dropping 3 females at different Premier Inns in Exeter, Taunton, Bridgwater Thurs night, collected Sat am. Adverts on adult site for same phone no. showing new girls "just arrived" in each town.""",
  "", "escorted_transport", "sexual", "high")
T("""Carer at a nursing home in Poole told her union rep that she is owed 2 weeks pay from last month because payroll messed up. The manager says it will be in the next run. She otherwise likes the job. Rep raising a grievance.""", "", "", "", "low")
T("""School safeguarding referral (Yr 10, Weymouth). Pupil A, 15, has new phones and trainers, missing from home 3 nights last fortnight, found in Bournemouth with older males. Told a friend she "has to go" when they call or "they'll tell everyone what I did". Believe she is being sent to sell and to be with men.""",
  "abuse_of_vulnerability intimidation_threats", "", "criminal sexual", "high")
T("""A worker at a Bristol car wash told us the manager takes £50 each week "for the room" and £10 for the van. The room is a garage with 8 mattresses. He gets maybe £100 left from 70 hours.""",
  "withholding_wages abusive_conditions excessive_overtime", "charged_transport overcrowded_accommodation poor_living_conditions long_hours", "labour", "high")
T("""DC handover: op WAVERLEY. IP (Slovak, 38) safe in SA accommodation. States he was picked up in Kosice by a man who promised warehouse job. Worked at Avonmouth warehouse via an agency but wages went to an account the man opened, he got £30/wk. Man and brother lived in same house and "always watching". Suspects KOVAC Jan and KOVAC Milan. Bank records requested.""",
  "deception withholding_wages", "no_control_of_wages", "labour", "medium")
T("""Ladies come to the caravan site near Hayle in white transit every morning before 6, back after 8pm, same every day including sundays. Someone said they haven't had a day off since Easter""",
  "excessive_overtime", "collected_early_dropped_late escorted_transport long_hours", "labour", "medium")
T("""Bank alert (financial crime team): 11 debit cards in different names (Romanian nationals) used at the same ATM in Yeovil within 20 minutes on payday. Accounts opened within 2 weeks of each other, same mobile number on all.""",
  "", "multiple_bank_cards no_control_of_wages", "labour", "medium")
T("""Patient told GP she needs a kidney because her brother has "found someone in Pakistan who will give one for money" and they are going out next month. GP concerned. Patient is on transplant list at Southmead.""",
  "abuse_of_vulnerability", "", "organ_harvesting", "medium")
T("""Male reports his ex-partner has kept his passport after they split up and won't give it back. No work or financial link between them. Advised re: civil route and passport office.""", "", "", "", "low")
T("""INT 2/B/C (do not disclose to LA). Cannabis grow believed at former chapel, Redruth. Electricity bypass. Two Vietnamese males seen only at night taking bins out. Windows blacked out. No one seen to leave otherwise.""",
  "", "isolated restricted_movement", "criminal", "medium")
T("""Au pair (Spanish, 22) in Bath contacted helpline: host family pay her £100 a week pocket money as agreed, she has her own room and two days off, but the mum is "strict" about curfew at 11. She wanted to know if that was allowed. Advice given. No exploitation identified.""", "", "", "", "low")
T("""They said we could earn £2000 a month picking. Nobody told us about the £400 for the flight and the £60 a week for the bed. After three months I owed more than when I started. The gaffer said if we leave before it's paid off the men in Bulgaria will visit our families.""",
  "deception debt_bondage intimidation_threats", "upfront_fees", "labour", "high")
T("""OFFICIAL-SENSITIVE. Visit to address Camborne re: welfare check. Elderly male with learning disability living with family friend who receives his PIP and ESA; male has no bank card, does all the housework and garden for the friend and his adult sons, sleeps in conservatory. Says friend "looks after the money".""",
  "abuse_of_vulnerability abusive_conditions", "no_control_of_wages poor_living_conditions", "domestic_servitude", "medium")
T("""Construction site Cheltenham Road. Report of workers with no hi-vis or boots on scaffold. HSE informed. Workers spoke English, directly employed, all paid. H&S matter only.""", "", "", "", "low")
T("""help my frend she in a house in poole with 5 other girls the man take all the money from the customers and she cant go out he has the keys. he hit her when she say she want to go home. please come""",
  "restriction_of_movement physical_sexual_violence withholding_wages", "restricted_movement no_control_of_wages", "sexual", "immediate")
T("""Probation note: service user (male, 27) on licence in Plymouth states he is being made to hold drugs for a dealer to pay off a £1,500 "debt" after his stash was taken in a robbery he thinks was staged. He is scared to return to the hostel.""",
  "debt_bondage intimidation_threats", "fear_of_authorities", "criminal", "medium")
T("""hand car wash on the ring road is fine, I asked the lads and they're all students, paid cash, they said it's good money in summer. just wanted to say not every car wash is dodgy""", "", "", "", "low")
T("""INT 3/C/P. Rumour on Facebook that a Newlyn skipper "keeps Indonesians locked on the boat". Enquiries with harbour master: crew of the vessel named are British, all local. Rumour assessed as unfounded.""", "", "", "", "low")
T("""Referral from Children's Services, Torbay. Boy, 16, Eritrean, UASC placed in supported lodgings, repeatedly missing. Found in Bristol working in a kitchen of a takeaway 12 hrs a day for "food and a bed" in the store room. Says the owner is from his village and is "helping" him. Owner told him if he goes back to the council he'll be deported.""",
  "abuse_of_vulnerability excessive_overtime withholding_wages abusive_conditions intimidation_threats", "long_hours sleeps_at_workplace fear_of_authorities", "labour", "high")
T("""Quick one: lady at the nail bar in Yeovil cried when I asked if she was ok and said "boss has my passport".""",
  "retention_of_documents", "documents_taken", "labour", "medium")
T("""Interview summary - V1 (Albanian, F, 20). Met a man online who said he loved her and would marry her in London. After arriving in the UK he said they owed money for the journey and she must "work". She was taken to flats in Bristol and Bath and made to see up to 10 men a day. He kept all the money, took her phone and passport, and beat her when she cried. He told her that her family would be shamed with photos if she ran.""",
  "deception debt_bondage withholding_wages isolation retention_of_documents physical_sexual_violence intimidation_threats", "no_control_of_wages isolated documents_taken", "sexual", "high")
T("""Dorset Council licensing: HMO in Weymouth let to 4 seasonal hotel workers. Licence condition breach (fire doors). Workers pay rent directly to landlord, employment separate. Enforcement notice served.""", "", "", "", "low")
T("""INT 2/B/P. Begging group Bath city centre: 4 adults (Romanian) with visible disabilities dropped at Abbey Churchyard 8am, collected 6pm by male in silver Zafira. Male seen taking cash from each at pickup.""",
  "abuse_of_vulnerability withholding_wages", "collected_early_dropped_late escorted_transport no_control_of_wages", "criminal", "medium")
T("""My husband's cousin came to work in our shop in Taunton. He has his own room in our house, we pay him the same as other staff, and he went back to India for a wedding last month. The police came because someone said he was a slave. That is not true.""", "", "", "", "low")
T("""Midwife booking note, Truro. Woman 19, Chinese, 22/40 pregnant, attended with a man who answered every question for her and would not leave the room. She had no ID and did not know her address. Later, alone in toilet, wrote "help" on the urine pot label.""",
  "isolation", "speaks_for_workers isolated", "", "medium")
T("""Statement of a witness (holiday park, Bude): I worked in the kitchen there two summers. Management were fine, we got paid monthly, some of the guys from the agency said they paid a fee in Lithuania to get the job, 300 euros, but they were free to do what they liked.""",
  "", "upfront_fees", "", "low")
T("""INT 1/B/P. BALLA, Ermal (nom) controls 3 cannabis grows in Taunton/Bridgwater. Gardeners are Albanian males brought in on small boats and told the crossing cost £15,000 which they work off by tending the plants; nobody leaves until it is paid. One who tried was beaten with a bar.""",
  "debt_bondage restriction_of_movement physical_sexual_violence abuse_of_vulnerability", "restricted_movement", "criminal", "high")
T("""Referral to Unseen: man in St Austell Chinese takeaway sleeps on a camp bed in the back, works 7 days, has been in UK 9 years without status. Owner "doesn't pay him because he gives him a roof".""",
  "withholding_wages excessive_overtime abuse_of_vulnerability", "sleeps_at_workplace long_hours", "labour", "high")
T("""Burglary at a house in Dorchester, laptop and jewellery taken. No suspects. CCTV requested from neighbour.""", "", "", "", "low")
T("""Text to Crimestoppers: Everyone knows the flat on Marine Parade is a dealing flat since the London lot moved in. The old man who lives there, Terry, is scared stiff, they took over his place and sleep on his floor, he sits in the kitchen while they do their business. There are young lads from London there and they cant be more than 15.""",
  "abuse_of_vulnerability", "", "criminal", "high")
T("""Call summary: woman says her cleaner, a Brazilian national, has told her she paid an agency £1,200 to get a job in the UK and the job never existed. Cleaner now works for several families for cash and is fine but wants to report the agency for fraud.""",
  "deception", "upfront_fees", "", "medium")
T("""Officer note: visited a flat in Bristol city centre after an advert showing a girl "Mia 18 new in town". Woman present, Thai, 30s, calm, said she works for herself, rents the flat alone, keeps her own money. Safety advice and SWAN contact given. No control identified.""", "", "", "", "low")
T("""Debrief (Vietnamese, M, 17, via interpreter): He says that in Hanoi a man told his family he could work in a nail shop in England and send money back. They paid $8,000 and signed a paper for $20,000 more. He travelled by plane to Russia and then in lorries. In the UK he was put in a house in Bristol to "look after plants". A man came every three days with food. He did not know what town he was in. The man said his mother would pay if he ran away.""",
  "abuse_of_vulnerability deception debt_bondage isolation intimidation_threats", "upfront_fees isolated", "criminal", "high")
T("""ASB report - youths on bikes on the Hoe, Plymouth, throwing stones at gulls. Words of advice.""", "", "", "", "low")
T("""INT 2/C/P. Unlicensed gangmaster supplying Romanian workers to a salad packhouse near Chard. Workers told to say they are self-employed. Gangmaster drives them in a minibus and charges £8 a day for the lift.""",
  "", "charged_transport escorted_transport", "labour", "medium")
T("""Saw on facebook marketplace a room advertised in Bristol that says "only for girls who want to earn, rent free, we find you clients". Screenshot attached. Disgusting.""",
  "", "", "sexual", "high")
T("""Inspection note (Cornwall Council EHO), Falmouth hotel kitchen. Kitchen porter (Nepali) living in a staff room with 6 beds for 9 people, damp, no working shower. Porter says he pays £90/wk to the head chef in cash for it. Works split shifts 7 days.""",
  "abusive_conditions excessive_overtime", "overcrowded_accommodation poor_living_conditions long_hours", "labour", "medium")
T("""Please can someone check on the young girl at 14 Fore St. She's Asian, looks 12 or 13, carries the shopping for the family and I've seen the dad slap her in the street. She doesn't go to my kids' school or any school.""",
  "abuse_of_vulnerability physical_sexual_violence", "", "domestic_servitude", "high")
T("""A&E note: 31M Sudanese attended with infected laceration to forearm, 5 days old. Says he cut it at work on a farm near Bridport; boss wouldn't let him go to hospital until today because "busy season". Lives in a static caravan on the farm with 7 men. Pays £70/week for it out of his £250.""",
  "abusive_conditions", "physical_appearance overcrowded_accommodation sleeps_at_workplace", "labour", "medium")
T("""Lost passport reported by student from Malaysia studying at Exeter Uni. Believes it was left on a train. Crime ref not required, advised to contact High Commission.""", "", "", "", "low")
T("""INT 1/B/P. SMITH, Lee (DOB 12/02/1979) and partner run a block-paving business out of a traveller site near Bristol. Employ at least 3 homeless British men recruited from outside shelters. Men live in a horsebox, are given cider and tobacco instead of wages, worked 6am-dark. One (POI "Scotty") seen with facial injuries. Men told they'd "end up in the river" if they walked.""",
  "abuse_of_vulnerability abusive_conditions withholding_wages excessive_overtime physical_sexual_violence intimidation_threats", "poor_living_conditions long_hours physical_appearance", "labour", "high")
T("""Man in a flat opposite me in Bournemouth has young girls in and out all hours. Just told him off and he said they're his nieces. Bit suspicious but no idea really.""", "", "", "", "low")
T("""Salvation Army referral. Polish M, 55, alcohol dependent, recruited at a Warsaw station by a couple who offered work and a place to live in Weston-super-Mare. Registered with agencies under his name, wages paid into account whose card they kept. Given drink and a mattress in the kitchen. Left when the couple were arrested for another matter.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions", "no_control_of_wages poor_living_conditions", "labour", "high")
T("""Man called 999 from outside a car wash in Taunton saying a worker ran to him and said "help, no passport, no money, boss hit me". Worker now in patrol car. Manager detained.""",
  "retention_of_documents withholding_wages physical_sexual_violence", "documents_taken", "labour", "high")
T("""Holiday park near Newquay employs 40 seasonal staff via a legitimate agency. Staff accommodation inspected by council: 2 per room, kitchens fine, rents deducted at the legal offset rate, contracts in Romanian and English. Good practice noted.""", "", "", "", "low")
T("""the boss say we must pay for the boots and the knife and the gloves, he take it from the money, and the money for the house, and I am never have more than 20 pounds""",
  "withholding_wages", "ppe_charges no_control_of_wages", "labour", "medium")
T("""INT 2/B/P. Pop-up brothel in AirBnB, Harbourside Bristol, changes flat weekly. Females (Romanian x2, age 19-22) driven between flats by male nom "Marius", who holds their phones between bookings.""",
  "isolation", "escorted_transport isolated", "sexual", "high")
T("""Council safeguarding adults referral. Woman, 62, with early dementia in Exmouth. Her son's friend has moved in, uses her bank card and has got her to sign a loan. No work or services involved. Financial abuse pathway.""", "", "", "", "low")
T("""On the Brixham trawler I was not allowed to go in the town. The skipper said the police will take me because my visa is only for the boat. We fished 20 hours some days and I slept 3 hours. When I hurt my hand he said work or no food.""",
  "restriction_of_movement excessive_overtime intimidation_threats abusive_conditions abuse_of_vulnerability", "restricted_movement long_hours fear_of_authorities", "labour", "high")
T("""Report: a Chinese lady was selling DVDs in the pub in Exeter. Staff asked her to leave. No other details.""", "", "", "", "low")
T("""OIC update: suspect TRAN confirmed to have sent £40,000 to Vietnam in 6 months from 3 nail salons (Bath, Frome, Trowbridge). Workers in salons paid "when the debt is finished", none paid since arriving.""",
  "withholding_wages debt_bondage", "", "labour", "medium")
T("""Asylum seeker (Iraqi Kurd, 26) in Plymouth hotel accommodation told his support worker that a man offered him cash work in a barber shop. He declined. Support worker advised on right to work rules.""", "", "", "", "low")
T("""young girls going in to the flat above the kebab shop in Swindon Rd, with older men in cars, one looked about 14 in school uniform. the men give them vodka. this has happened three friday nights""",
  "abuse_of_vulnerability", "", "sexual", "high")
T("""Police log, Newlyn harbour: Ghanaian fisherman (M, 35) attended station. Says he was promised £1,200 a month by Accra agent; on vessel has received nothing in 5 months, skipper says "after the season". His passport and contract are in the wheelhouse. Has not been off the boat except to carry gear.""",
  "deception withholding_wages retention_of_documents restriction_of_movement", "documents_taken restricted_movement sleeps_at_workplace", "labour", "high")
T("""Handover: prisoner at HMP Channings Wood (British, 21) disclosed he was moved from London to Torquay at 16 to sell heroin for "uncle"; says he was stabbed in the leg when he lost a package and had to work it off. Referral to NRM made by prison.""",
  "abuse_of_vulnerability physical_sexual_violence debt_bondage", "", "criminal", "high")
T("""Good news story: Weymouth food factory worker who was owed a week's holiday pay got it after ACAS involvement. Employer had miscalculated. No other concerns.""", "", "", "", "low")
T("""I was told in Eritrea by my cousin that a family in Bristol wants a woman to help with the new baby and they will pay for college. I cook, clean, wash, look after three children from 6 until midnight. They lock the front door at night and keep the key. They tell me if I go outside the Home Office will put me in prison.""",
  "deception excessive_overtime restriction_of_movement intimidation_threats abuse_of_vulnerability", "long_hours restricted_movement fear_of_authorities", "domestic_servitude", "high")
T("""INT 2/B/P: Two teenage boys from Birmingham staying at Premier Inn Weston with a 25yo male, supplying crack. Male has the room keys and their phones. Boys reported missing by West Mids.""",
  "abuse_of_vulnerability isolation", "isolated", "criminal", "immediate")
T("""Anon: nail salon in Poole - girls dont speak english and never go for lunch, boss sits at the till all day and answers for them""",
  "", "speaks_for_workers", "labour", "medium")
T("""Referral from Hope for Justice: Sri Lankan male (45) was domestic worker for a diplomat family who relocated to Bath. Worked 16-hour days, slept in laundry room, passport held by employer "for safety", paid £50 a month of promised £700. Left via a window and came to Kalayaan.""",
  "excessive_overtime abusive_conditions retention_of_documents withholding_wages deception", "long_hours poor_living_conditions documents_taken", "domestic_servitude", "high")
T("""A cyclist was knocked off on the A30 near Launceston, driver failed to stop. Enquiries ongoing.""", "", "", "", "low")
T("""Intel 2/C/P: kidney for sale advert posted on a Facebook group by a man in Bristol claiming he has "a donor in Turkey, fit young man, £40k all in". Screen captures retained. Referred to NCA.""",
  "", "", "organ_harvesting", "medium")
T("""Victim account (translated from Romanian): "We sleep ten men in one house in Bridgwater, mattresses on the floor, one toilet. Every morning at 4.30 the van takes us to the chicken factory, then we wait in the van until he finishes his coffee. He takes our bank cards on Friday to 'pay the rent' and gives them back empty. If somebody complains he says he will tell the police we are illegal even though we are EU." """,
  "abusive_conditions withholding_wages intimidation_threats", "overcrowded_accommodation poor_living_conditions collected_early_dropped_late escorted_transport no_control_of_wages fear_of_authorities", "labour", "high")
T("""GLAA compliance visit (Dorset dairy): 3 Polish staff, directly employed, payslips fine. One mentioned she paid an agency in Poland €150 for a CV translation and job matching 2 years ago. Advised this is an unlawful fee; referred to Polish authorities. No other indicators.""",
  "", "upfront_fees", "", "low")
T("""DC note: follow-up with IP (Nigerian F, 24). She confirmed she is no longer in contact with the madam, now lives with a friend in Plymouth and has her own documents back from the Home Office. Support ongoing via NRM.""", "", "", "", "low")
T("""Barber shop, Stokes Croft. Young lad maybe 16 sweeping up all day on school days, doesn't speak English, the barbers make him sleep in the back.""",
  "abuse_of_vulnerability", "sleeps_at_workplace", "labour", "high")
T("""INT 1/A/P. Woman (British, 34, heroin dependent) in Barnstaple had her flat cuckooed by a Bristol line. She is paid in "shots" to let them use the flat and to take parcels to Bideford. Her child (7) lives with her; line members present in the flat now.""",
  "abuse_of_vulnerability", "", "criminal", "immediate")
T("""Hello I have been working at a cafe in Bath for 6 months on a visa. Manager pays me less than minimum wage I think, about £8 an hour. I have my passport and go home when I like. Is this modern slavery?""", "", "", "", "low")
T("""Tip: big house in Sneyd Park, Filipino maid never seen outside without the madam. Hear the family screaming at her. Not sure.""",
  "restriction_of_movement", "restricted_movement", "domestic_servitude", "medium")
T("""Caseworker note (BAWSO-style, Bristol). Client (Pakistani F, 23) married in Lahore and brought to the UK by her husband's family. She is not allowed out alone, does all cooking and cleaning for eight people, her spouse visa papers are kept by her father-in-law. Husband hits her. She said mother-in-law told her she would be sent back in shame if she speaks to anyone.""",
  "restriction_of_movement retention_of_documents physical_sexual_violence intimidation_threats", "restricted_movement documents_taken", "domestic_servitude", "high")
T("""Mate said there's eastern european lads at the recycling plant in Avonmouth picking rubbish off belts with no masks, 12 hour nights, and the agency man takes their cards off them. Nobody ever sees a payslip.""",
  "abusive_conditions excessive_overtime withholding_wages", "long_hours no_control_of_wages", "labour", "high")
T("""Report from Torbay Hospital: domestic abuse disclosure. Woman assaulted by partner, both British, both work. No exploitation. IDVA referral.""", "", "", "", "low")
T("""INT 2/B/P: HGV VRM PO70 XXX stopped at Poole ferry port: 6 Vietnamese nationals in the trailer, one says destination a "nail job" in Bournemouth and fee owed £12,000.""",
  "debt_bondage", "", "labour", "medium")
T("""Call 101: caller's 17yo daughter has a boyfriend (22) who has her sending nude pics and says she must "go to his mates" or he'll post them. Daughter in her room now, boyfriend messaging continually.""",
  "abuse_of_vulnerability intimidation_threats", "", "sexual", "high")
T("""Girl on the Weymouth seafront told me shes been sleeping in a car and her "boyfriend" finds men for her and takes the money for "petrol and food". She looked like she hadn't eaten. She's 20 she says.""",
  "withholding_wages abuse_of_vulnerability", "physical_appearance no_control_of_wages", "sexual", "high")
T("""Licensing visit to a tattoo studio in Exeter. Certificates out of date. Compliance letter issued.""", "", "", "", "low")
T("""Debrief: "Ion met us at Bristol coach station and took our ID cards to register us for national insurance. We never saw them again. We lived in a house in Easton, we went out only with Ion. We worked in a hand car wash in Kingswood. After 2 months I asked for money. He said we eat his food, we sleep in his house, we owe him." """,
  "retention_of_documents restriction_of_movement withholding_wages debt_bondage", "documents_taken restricted_movement escorted_transport", "labour", "high")
T("""Open source: Cornwall Live article reports that a Newlyn skipper was convicted of working crew "in conditions of servitude" - migrant crew kept on board for 10 months and paid a fraction of their wages.""",
  "restriction_of_movement withholding_wages", "restricted_movement sleeps_at_workplace", "labour", "medium")
T("""Community member reports neighbour's son has been made to move boxes for his dad's removal company after school. He is 15 and it's family business, paid pocket money, goes to school, no concerns re: welfare. Logged for info.""", "", "", "", "low")
T("""Street pastor, Newquay: young lad, Liverpool accent, says he is 16 and down "on a job", runs parcels from a caravan park, owes "the elders" for a phone he has to work off, they took his own phone so he asked to use mine to ring his nan.""",
  "debt_bondage isolation abuse_of_vulnerability", "isolated", "criminal", "high")
T("""INT 2/B/P. Daffodil picking, Tresillian area. Gang of approx 30 Bulgarian workers housed in 3 farmhouses by gangmaster nom "GOGO". Workers state they must hand over their ID cards "for the wage office" on arrival and get them back at end of season.""",
  "retention_of_documents", "documents_taken", "labour", "medium")
T("""Handover note night turn: domestic at Hengrove, verbal argument only between brothers over inheritance. Both calm on arrival. NFA.""", "", "", "", "low")
T("""INT 2/B/P. Nom DOBRE Florin - runs pop-up brothels Bournemouth/Poole. Females recruited Bucharest via FB "hostess job in a London club". On arrival phones taken, told to pay off €5,000 flights and rent. POI DOBRE's girlfriend collects cash nightly.""",
  "deception isolation debt_bondage withholding_wages", "isolated no_control_of_wages", "sexual", "high")
T("""INT 3/C/P. Source heard in pub that "some Indian bloke" keeps workers in a shed on a farm nr Crediton. No further detail, no location. Low confidence.""", "", "", "", "low")
T("""INT 1/A/P. Cuckooed address: Flat 3, Union St, Plymouth. Occupant (F, 48, learning disability) allowing line "RICO" to deal from flat in exchange for tobacco. Occupant's bank card held by line member to "buy food for her".""",
  "abuse_of_vulnerability", "no_control_of_wages", "criminal", "medium")
T("""INT 2/B/P. VRM AK65 ??? (white Transit) collects approx 12 males from HMO in Bedminster at 04:30 daily, drops at sandwich factory in Avonmouth, returns 20:00. Driver takes £5 per person per trip.""",
  "excessive_overtime", "collected_early_dropped_late escorted_transport charged_transport long_hours", "labour", "medium")
T("""INT 2/C/P. POI MUSA (Sudanese, 30s) believed to be arranging "jobs" for recently granted refugees in Bristol: charges £500 to get them into a meat plant, then takes a cut of each wage via their bank logins which he keeps.""",
  "abuse_of_vulnerability withholding_wages", "upfront_fees no_control_of_wages", "labour", "medium")
T("""INT 1/B/P. Three children (Vietnamese, believed 14-16) seen in nail salon in Yeovil during school hours, staying in flat above with owner's family. Owner heard saying "they are paying back the travel".""",
  "abuse_of_vulnerability debt_bondage", "", "labour", "high")
T("""INT 2/B/P. Begging - Exeter High St. Elderly Roma female with walking stick placed outside M&S each day 09:00-17:00 by younger male. Male observed taking her cup every hour. She is put back in a car at 17:00 and driven off.""",
  "abuse_of_vulnerability withholding_wages", "collected_early_dropped_late escorted_transport no_control_of_wages", "criminal", "medium")
T("""INT 2/B/P. Shellfish processing unit nr Newlyn harbour: workers (Romanian, Latvian) paid by an umbrella company; source states payslips show £400/wk but workers receive £90 cash from supervisor, rest "for house and car".""",
  "withholding_wages", "no_control_of_wages", "labour", "medium")
T("""INT 1/A/P. Female (Nigerian, 19) in flat, Stapleton Rd Bristol, forced into prostitution by "Mama" nom OKAFOR. Juju ceremony performed before travel; female believes she will go mad or her family will die if she talks or runs. Debt stated £35,000.""",
  "intimidation_threats debt_bondage abuse_of_vulnerability", "", "sexual", "high")
T("""INT 2/B/P. MOHAMMED, Ali (DOB 1991) UK national, runs takeaways in Taunton and Wellington. Staff are Bangladeshi males on expired visas who sleep in the flat above the shop and are "paid when the visa is sorted". Source: ex-employee.""",
  "abuse_of_vulnerability withholding_wages", "sleeps_at_workplace", "labour", "medium")
T("""INT 3/D/P. Anonymous letter claims a Dorset hotel "uses slaves". Hotel checked: staff via reputable agency, pay audited, no indicators. Letter appears to be from disgruntled ex-employee.""", "", "", "", "low")
T("""INT 1/B/P. County line "MANNY" (London - Weymouth). Runners aged 15-17 kept in a holiday let for 2-week shifts; phones swapped for line phone; told they owe for any lost drugs. Line holder beat one runner with a hammer after a robbery on the line.""",
  "abuse_of_vulnerability isolation debt_bondage physical_sexual_violence", "isolated", "criminal", "high")
T("""INT 2/B/P: carwash on Bath Rd, Bristol. Manager holds workers' Romanian ID cards in a drawer under the till, hands them out only when police or HMRC visit.""",
  "retention_of_documents", "documents_taken", "labour", "medium")
T("""INT 2/B/C (not to be disclosed to employer). Worker at poultry plant in Bridgwater states agency supervisor takes £100 cash from each new starter "to keep your job" and again at every contract renewal.""",
  "", "upfront_fees", "labour", "medium")
T("""INT 2/B/P. Forced marriage concern: female (16, British-Pakistani, Bristol) to be taken to Mirpur in summer holidays to marry cousin. Father has her passport. She told friend she is not allowed out of the house except for school.""",
  "abuse_of_vulnerability retention_of_documents restriction_of_movement", "documents_taken restricted_movement", "", "high")
T("""INT 2/B/P. Chinese females (x3) working from flat, Exeter, adverts on Vivastreet. Males seen delivering food and taking envelopes. Females never seen outside the flat; windows kept closed.""",
  "restriction_of_movement", "restricted_movement", "sexual", "high")
T("""INT 1/A/P. Eastern European male (30s) found in Bude at 3am barefoot, injuries to face. Says he escaped from a farm where he was kept for "3 summers", sleeps in a barn, boss takes money. Now at Barnstaple custody as a victim, interpreter requested.""",
  "physical_sexual_violence abusive_conditions withholding_wages", "physical_appearance poor_living_conditions sleeps_at_workplace", "labour", "high")
T("""INT 2/B/P. Albanian nationals (F x2, M x1) using UK ID documents in names of others to claim UC in Swindon and Bristol. Male states the documents and bank cards are held by "the boss" who collects the benefit.""",
  "retention_of_documents", "documents_taken no_control_of_wages multiple_bank_cards", "criminal", "medium")
T("""INT 3/C/P: rumour that a Poole boat owner pays crew in cash and "keeps them on the boat". Crew interviewed by Border Force on return: all British residents, paid monthly, living at home. No indicators.""", "", "", "", "low")
T("""INT 2/B/P. Scrap metal/waste site Weston: 5 British males with learning difficulties and alcohol issues living in caravans on site, worked by site owner nom "BIG JOHN" for "beer money". Dog kennel conditions, no water. Men told the council would "section" them if they left.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions intimidation_threats", "poor_living_conditions sleeps_at_workplace", "labour", "high")
T("""INT 2/C/P: man in Torquay selling "surrogacy and kidney arrangements" to overseas patients via Instagram, donors sourced in Nepal. Handle @life.gift.uk.""",
  "", "", "organ_harvesting", "medium")
T("""INT 1/B/P. Hand car wash Yeovil. Staff (Kurdish, Iraqi) sleep in a portakabin behind the bays. Manager holds passports. Shifts 08:00-20:00, 7 days, pay £25/day in cash "when there is money". One worker showed officers burn scars from the pressure washer chemicals, no gloves provided.""",
  "retention_of_documents excessive_overtime withholding_wages abusive_conditions", "sleeps_at_workplace documents_taken long_hours physical_appearance poor_living_conditions", "labour", "high")
T("""INT 2/B/P. Teenage girl (15, in care, Taunton) picked up by adult males in VRM ??? and taken to parties in Bridgwater, given cocaine. Girl says she "owes" them for the drugs and has to "be nice to their friends".""",
  "abuse_of_vulnerability debt_bondage", "", "sexual", "high")
T("""INT 2/B/P. Eritrean male (22) working for a courier firm in Bristol using another man's account; "account holder" takes 70% of his earnings and threatens to report him to the Home Office if he stops.""",
  "abuse_of_vulnerability withholding_wages intimidation_threats", "fear_of_authorities", "labour", "high")
T("""INT 2/B/P: Filipino female employed as live-in carer for elderly man in Sidmouth. Family member checked - she has own room, passport, weekends off, pay direct to her bank. Referral made by a nosy neighbour. NFA.""", "", "", "", "low")
T("""INT 1/A/P: IP's brother (in Romania) received messages from suspect POPESCU showing photos of IP's children outside their school with text "you know what happens if he talks".""",
  "intimidation_threats", "", "", "high")
T("""INT 2/B/P. Fishing - Indian crew (x5) on a Brixham beam trawler flown in on transit visas. Source says crew were told they'd work on a "big ship with proper cabins". Sleep in the fish hold area, not allowed off the quay.""",
  "deception abusive_conditions restriction_of_movement", "poor_living_conditions sleeps_at_workplace restricted_movement", "labour", "high")
T("""INT 2/B/P. Shoplifting team - 4 Romanian juveniles (est 13-15) dropped in Cabot Circus each Saturday by adult female who waits in Costa and takes the goods.""",
  "abuse_of_vulnerability", "escorted_transport", "criminal", "high")
T("""INT 2/C/P. Concern re: Thai masseuse in Bath massage parlour, lives on premises, was told she would do traditional massage only but manager books "extras".""",
  "deception", "sleeps_at_workplace", "sexual", "high")
T("""INT 2/B/P. Car wash Plymouth (Outland Rd) - workers now paid via payroll, own accounts, staff housing inspected and OK following GLAA engagement last year. Recorded for completeness; previous concerns resolved.""", "", "", "", "low")
T("""INT 1/A/P. MO: Bristol line uses young women (18-20) addicted to crack as drivers; they are paid in drugs, and their cars are "borrowed" for weeks.""",
  "abuse_of_vulnerability withholding_wages", "", "criminal", "medium")
T("""INT 2/B/P. Sham marriage: Portuguese female (EU status) paid £3,000 to marry Pakistani male at Bournemouth register office. She says she was willing and got the money. No coercion.""", "", "", "", "low")
T("""INT 2/B/P. Female (Hungarian, 25) in Weymouth told a friend that her partner makes her sleep with men for money and keeps her ID card and bank card; she is not allowed to phone her mother.""",
  "retention_of_documents withholding_wages isolation", "documents_taken no_control_of_wages isolated", "sexual", "high")
T("""INT 2/B/P. Dorset farm: workers (Ukrainian, on seasonal visa) complain that the farm charged £90 for "accommodation deposit" and £30 for a coat and boots. Rest of pay correct and paid to own accounts.""",
  "", "upfront_fees ppe_charges", "", "low")
T("""INT 2/B/P. IP states that in the Paignton restaurant he worked from 10am to 1am six days and on the seventh did the deep clean; he slept on chairs pushed together in the dining room.""",
  "excessive_overtime abusive_conditions", "long_hours sleeps_at_workplace", "labour", "medium")
T("""INT 1/B/P. VIET male nom "ANH" (20s) arranging travel for Vietnamese workers from Calais to Bristol nail bars. Fee £15k owed on arrival, paid off at £200/wk from salon "wages" which are never handed over.""",
  "debt_bondage withholding_wages", "", "labour", "medium")
T("""INT 2/B/P. Gypsy traveller female (17) in Somerset reported by school as "betrothed" to an older man and removed from school to keep house for his family.""",
  "abuse_of_vulnerability", "", "domestic_servitude", "high")
T("""Hi my mum is in a home in Torquay and the carers are from Zimbabwe. One told me they have to pay the agency £8,000 back if they leave within 3 years and that the agency keeps their certificates. They work 60 hours. Is that legal???""",
  "debt_bondage retention_of_documents excessive_overtime", "documents_taken long_hours", "labour", "high")
T("""theres a guy who sells cars at the industrial estate with loads of foreign lads washing them, they live in the unit, I seen mattresses through the shutter, and they never go nowhere""",
  "restriction_of_movement", "sleeps_at_workplace restricted_movement", "labour", "medium")
T("""CALL SUMMARY 101 18:42: Male caller (Lithuanian) states his employer at a mushroom farm owes him £600 for last fortnight; he has since found another job and has his documents. Advised ACAS / employment tribunal. No other concerns.""", "", "", "", "low")
T("""Reporting a lorry parked up at Exeter services with knocking from inside the trailer and voices. Driver went into the services. Please come now.""",
  "restriction_of_movement", "restricted_movement", "", "immediate")
T("""A friend of my daughter - 14, lives in Knowle - has got a "boyfriend" in his 20s who gives her lifts and money, she has been seen going to a flat in Totterdown where other men go. she had a bruise on her neck and wont talk about it""",
  "abuse_of_vulnerability physical_sexual_violence", "physical_appearance", "sexual", "high")
T("""Salvation Army: client Wiktor (Polish, 61) - long-term rough sleeper in Plymouth, taken in by a family who "gave him work" on roofing jobs. No wages for 4 years, lived in a shed, had his teeth knocked out when he asked for money. Escaped when a customer gave him a lift to the station.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions physical_sexual_violence", "poor_living_conditions", "labour", "high")
T("""School referral: Y8 boy says his dad's friend takes him to the car wash on Saturdays to "help out" and gives him a fiver. Dad present and aware. Boy happy, no concerns. Logged.""", "", "", "", "low")
T("""Call 999 22:10 - female, Vietnamese, limited English, in phone box Bristol Temple Meads: "they lock me in house, I run, they come find me". Officers attending.""",
  "restriction_of_movement intimidation_threats", "restricted_movement", "", "immediate")
T("""NHS Renal unit, Bristol: patient (British-Indian, 54) returned from Delhi with fresh transplant. Says donor was a "volunteer from a poor village who was paid well", surgery arranged through a broker for £25,000. Medical team raised safeguarding concern re donor.""",
  "abuse_of_vulnerability", "", "organ_harvesting", "medium")
T("""Midwife note (Weston General): Romanian woman, 18, 3rd pregnancy, says partner has her ID card and her child benefit goes into his account. She does not work. Domestic abuse referral.""",
  "retention_of_documents", "documents_taken no_control_of_wages", "", "medium")
T("""Handover: IP (Albanian, M, 19) safe at Exeter hotel, MS helpline involved. He confirms he came on a small boat to "pay off" £12k by working in a grow in Cullompton; was given a phone with only the boss's number; never saw the town. Wants to go to London where his cousin is.""",
  "debt_bondage isolation abuse_of_vulnerability", "isolated", "criminal", "high")
T("""Loads of people at the car wash on the Fishponds Road, but they all look happy, the owner is there working with them and buys them lunch. Just saying because someone on the FB group said it was a slave place. It isn't.""", "", "", "", "low")
T("""Victim statement: "They say I can go out any time but I have no money, no English, no phone and I don't know where I am. So where can I go?" (Chinese female, 40, found in massage shop, Bristol).""",
  "isolation abuse_of_vulnerability", "isolated", "sexual", "high")
T("""omg the new cleaner at the b&b in ilfracombe is like a ghost, has one carrier bag of stuff thats it, sleeps in the laundry, owner's wife screams at her. shes from somewhere in africa. she asked me in a whisper how to get to the police""",
  "abusive_conditions", "few_personal_effects sleeps_at_workplace fear_of_authorities", "labour", "medium")
T("""REPORTING A SCAM!!! Someone on Facebook offering "flower picking jobs Cornwall £15 per hour, free house, just pay £250 for visa processing". Sent the money and now blocked. Want my money back""",
  "deception", "upfront_fees", "", "medium")
T("""there was a lad sat in a doorway in Exeter begging who told me he gets dropped there by some men and has to give them £50 a day or they hurt him, he had a bad limp""",
  "intimidation_threats withholding_wages", "physical_appearance escorted_transport no_control_of_wages", "criminal", "medium")
T("""I live near a farm in Somerset and the workers seem to be from Kyrgyzstan or somewhere. They wave and say hello, go to the shop in the village, play football on Sundays. I don't think anything's wrong but someone on Nextdoor said they were slaves so I'm reporting just in case.""", "", "", "", "low")
T("""massage place on gloucester road has girls living in it, you can see washing hanging in the back room, they never leave, the old woman brings food. blinds always down""",
  "restriction_of_movement", "sleeps_at_workplace restricted_movement", "sexual", "high")
T("""my brother works at a car wash in Bridgwater and the boss hasnt paid him for 3 weeks says hes skint, my brother has found another job now and is taking him to small claims. not slavery just a crap boss""", "", "", "", "low")
T("""The man who runs the takeaway near me in Weymouth makes a young boy work in the kitchen every night till 2am. The boy told my son he is 15 and came from Afghanistan and "the uncle" paid for him to come and he has to work for the uncle until he pays back.""",
  "abuse_of_vulnerability debt_bondage excessive_overtime", "long_hours", "labour", "high")
T("""fruit farm by Glastonbury - ppl packed like sardines in caravans, 6 in a 4 berth, no toilets just a bucket, they get charged for gas and rent out of wages and the gaffer takes there passports""",
  "abusive_conditions retention_of_documents", "overcrowded_accommodation poor_living_conditions documents_taken", "labour", "medium")
T("Boy on bike at Paignton station dealing, looks 13. Every day after school.", "abuse_of_vulnerability", "", "criminal", "high")
T("""I am writing to say there are men living on a boat at Looe harbour who never go ashore. I asked the harbour office and they said they are waiting for a new crew permit and the owner pays them and brings food. Maybe fine.""", "", "", "", "low")
T("""worried about my neighbour (70s) in Penzance, since her grandson moved in with his mates theres people coming and going all night and she looks scared, they sent her to the cashpoint in her dressing gown. I think its drugs""",
  "abuse_of_vulnerability", "", "criminal", "medium")
T("""Lady in the launderette in Bristol told me she was brought from Ghana to look after a family's children, they have her passport and she has not been paid for 2 years, they say they are "saving it". She was frightened and wouldn't give the address.""",
  "retention_of_documents withholding_wages", "documents_taken fear_of_authorities", "domestic_servitude", "medium")
T("""nail bar in Weston - I got chatting to the girl doing my nails she said she works 9 till 9 every day, lives with 10 others from the salon above the shop, the boss keeps "her wages for her" till she goes home""",
  "excessive_overtime withholding_wages abusive_conditions", "long_hours overcrowded_accommodation no_control_of_wages", "labour", "high")
T("""seen a man in the Co-op in St Ives buying food with about 6 bank cards, each one declined until one worked, and he had a minibus of workers outside waiting for him""",
  "", "multiple_bank_cards", "", "low")
T("""Kids on scooters in Torquay harbour area keep shouting at tourists. Annoying but thats it""", "", "", "", "low")
T("""Reporting a car wash in Swindon Road Cheltenham? no sorry its in Bath. The one by the Esso. Workers have no coats in winter, wet through, one boy told me they live in the back of the unit, about twelve of them, and cant leave because the boss has their papers""",
  "abusive_conditions retention_of_documents restriction_of_movement", "overcrowded_accommodation sleeps_at_workplace documents_taken restricted_movement", "labour", "high")
T("""someone on the daffodils in Cornwall told my husband they pay £40 a week for the bus even though the farm is 2 mile from the house and if they walk they get sacked""",
  "", "charged_transport", "labour", "medium")
T("""Hi, just reporting my own situation. I came from Brazil on tourist visa and I work as a cleaner for cash. I have my passport and I live with friends. I am scared of immigration but nobody is forcing me. I want advice on going home.""", "", "", "", "low")
T("""I heard screaming from the cellar of the restaurant next door in Bath and saw a young man come up with blood on his shirt, the chef followed him shouting. The man works there, I think he's from Bangladesh. This is not the first time.""",
  "physical_sexual_violence", "physical_appearance", "labour", "high")
T("""Two girls maybe 16 getting out of a taxi with older men at the Travelodge in Bournemouth at 1am, both drunk, one crying. Please send someone now they are in room on the 2nd floor""",
  "abuse_of_vulnerability", "", "sexual", "immediate")
T("""The farmer up the road in Devon has had the same Polish chap working for him for 15 years, lives in the cottage, drives his own car, comes to the pub quiz. I'm reporting that the police stopped him last week for no reason and he was upset.""", "", "", "", "low")
T("""i think my ex is making my sister sell drugs for him. she's 17. he takes her to weston and leaves her there for days with a phone and says she owes him for the stuff that got taken off her""",
  "abuse_of_vulnerability debt_bondage", "", "criminal", "high")
T("""Hotel in Newquay - the chambermaids are all from the same agency, picked up at 6am and dropped at 10pm, they told me they only get paid for rooms cleaned, about £3 an hour, the agency man keeps their bank cards""",
  "excessive_overtime withholding_wages", "collected_early_dropped_late long_hours no_control_of_wages", "labour", "medium")
T("""A man approached my son at the skatepark in Yeovil offering £200 a week to "run errands" to Taunton. My son said no. I wanted police to know.""", "", "", "", "low")
T("""Person's house in Trowbridge: man living in garden shed, looks filthy, works for the family on their building jobs. I asked him and he just said "no english" and looked at the house. The family brother answers for him if you speak to him.""",
  "abusive_conditions", "poor_living_conditions physical_appearance speaks_for_workers", "labour", "medium")
T("""Caller concerned because her Romanian lodger works long hours at the chicken factory (nights, 6 days). Lodger says he chooses overtime to save for a house back home and is paid correctly. Caller reassured.""", "", "", "", "low")
T("""I need to report that my sister's husband brought a girl from Sylhet to live with them in Bristol and she does all the housework and childcare and gets no money, she sleeps on the kitchen floor, my sister says she's "family" but the girl is only 15 and doesn't go to school.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions", "poor_living_conditions", "domestic_servitude", "high")
T("""car wash in poole is shut down now. used to be dodgy. nothing more""", "", "", "", "low")
T("""My friend went to work on a fishing boat in Plymouth. He says the skipper took his passport "for the insurance" and has not given it back after 8 months, and he is fed once a day. He is Indonesian. He texts me at night when the skipper sleeps because phone is not allowed.""",
  "retention_of_documents abusive_conditions isolation", "documents_taken isolated", "labour", "high")
T("""Border Force, Bristol Airport arrivals: female (Nigerian, 20) travelling alone on a visitor visa, said she is coming to "stay with an aunty" in Plymouth but could not name her. Phone held a message: "when you land you work for me till the 30,000 is finished". Referred to safeguarding team at port; NRM considered.""",
  "debt_bondage abuse_of_vulnerability", "", "", "medium")
T("""Border Force note: Indian family arriving at Exeter Airport for their son's graduation. Documents in order. No concerns.""", "", "", "", "low")
T("""Financial crime alert (bank): account of a Slovak male receives agency wages weekly; within 10 minutes each time the balance is moved to an account of a UK national (same address) and cash withdrawn with a card used at a Bristol ATM alongside 7 other cards. Customer has never logged into online banking.""",
  "withholding_wages", "no_control_of_wages multiple_bank_cards", "labour", "medium")
T("""Bank branch note: elderly customer came in with her carer who wanted to withdraw £3k. Customer confused. Carer is her grand-daughter; branch declined and informed adult safeguarding. No work relationship.""", "", "", "", "low")
T("""Probation: PoP (Vietnamese, 19) convicted of cannabis production at a Cornwall grow. Now discloses he was 16 when put in the house, a man took his phone, the doors were nailed shut from the outside and food was pushed through a hatch. Statutory defence not raised at trial. NRM referral submitted.""",
  "abuse_of_vulnerability isolation restriction_of_movement abusive_conditions", "isolated restricted_movement", "criminal", "high")
T("""Prison officer note HMP Exeter: prisoner says a cellmate was "put up" to carrying spice inside because he owes for phone credit. Being handled as debt/bullying on the wing.""",
  "debt_bondage", "", "criminal", "medium")
T("""PRESS: A Bristol man has been jailed for 7 years after forcing two Hungarian men to work on his building sites for nothing. The court heard the victims were housed in a damp basement, told they owed him for their flights and "fined" for mistakes, so their debts never went down. One was punched when he asked to go home.""",
  "withholding_wages abusive_conditions debt_bondage physical_sexual_violence", "poor_living_conditions", "labour", "high")
T("""PRESS: Torbay Council praised a Brixham fish merchant for signing up to a fair-crew charter, guaranteeing contracts, minimum pay and shore leave for all crew.""", "", "", "", "low")
T("""PRESS: A couple from Poole admitted keeping a woman from Zambia as their unpaid housekeeper for nine years. She was not allowed to leave the house alone, had no key, and was told the police would jail her if she was found without papers, which the couple kept in a locked drawer.""",
  "withholding_wages restriction_of_movement intimidation_threats retention_of_documents abuse_of_vulnerability", "restricted_movement fear_of_authorities documents_taken", "domestic_servitude", "high")
T("""Officer handover - Op CALDER: two women (Romanian) rescued from flat in Bath now at SA safehouse. V1 states she answered an advert for a care-home job in Bath; on arrival told the job had "gone" and she had to work "in massage" to pay for the ticket. V2 similar. Both say male SIMION had them photographed for adverts and drove them to clients.""",
  "deception debt_bondage", "escorted_transport", "sexual", "high")
T("""Officer handover - welfare check completed on Nepalese chef at Taunton restaurant following anonymous report. Spoke to him alone at station with interpreter. Has own flat, pay slips match bank, visa sponsored by employer, days off Mon/Tue. Happy. NFA.""", "", "", "", "low")
T("""GLAA inspection note, packhouse nr Chard. Labour provider unlicensed. 14 workers (Bulgarian) say they were charged £150 each "registration" in Sofia and £20 a week for transport. Wages paid to own accounts; hours 40-48. Licence action; no forced labour indicators.""",
  "", "upfront_fees charged_transport", "", "low")
T("""GLAA: visit to caravan site accommodating farm workers, Somerset Levels. 22 people in 5 caravans, one gas ring each, broken windows, rent £70 pp deducted by the labour provider who owns the caravans. Workers say they work 7 days during harvest "by choice" but fear being sent home if they refuse.""",
  "abusive_conditions excessive_overtime intimidation_threats", "overcrowded_accommodation poor_living_conditions long_hours", "labour", "high")
T("""Council licensing note: nail salon in Frome - no registration, 3 staff all family members of owner, paid, live in owner's house. Registration advice. No safeguarding concerns.""", "", "", "", "low")
T("""NHS dental practice, Plymouth: male pt (Kurdish, 30) attended with broken teeth. Said he fell at work at a car wash. Accompanied by employer who paid in cash and interpreted. Pt nervous, avoided eye contact. Dentist noted old healed fractures too.""",
  "", "physical_appearance speaks_for_workers", "", "low")
T("""GP note (Bristol): Female, 27, Slovak, seen with UTI. Works at a sandwich factory. Mentioned by the by that her partner manages the money. Alone in consultation she said she is fine, has her own account and ID and can leave him. No concerns.""", "", "", "", "low")
T("""A&E Royal Cornwall: female (est 16-17, Vietnamese) brought in by men who left immediately. Malnourished, bruising to wrists consistent with restraint, no ID, gives no address. Said "please don't send me back to the house". Police called, she is in resus now; men seen leaving in white Audi.""",
  "abuse_of_vulnerability physical_sexual_violence", "physical_appearance fear_of_authorities", "", "immediate")
T("""Debrief (Polish, M, 44, own words): I answered an advert in a Polish shop in Bristol. Man said: good job in a warehouse, I will drive you. First week he takes my passport "to register me". I sign things I don't understand. I work nights in a warehouse in Avonmouth and days in his garden. He gives me 20 pound on Sunday for cigarettes. If I ask for my money he shows me a photo of a man with his face smashed and says "this one asked also".""",
  "deception retention_of_documents excessive_overtime withholding_wages intimidation_threats", "documents_taken long_hours no_control_of_wages", "labour", "high")
T("""Debrief (Eritrean female, via interpreter): she says that in Sudan she was held in a house and told if she did not pay $5,000 more a man would take one of her kidneys. Some people in the house had operations and came back with bandages and were very sick. She paid through her brother. She came to UK by lorry and now lives in Bristol in asylum accommodation.""",
  "intimidation_threats restriction_of_movement", "restricted_movement", "organ_harvesting", "high")
T("""Debrief (Chinese male, interpreter): He says he worked for a restaurant in Weymouth for three years. He was paid fairly and had days off. He left because the owner sold the business. He is reporting that the new owner took his bank card to "set up wages" and has not given it back. He has had no pay since.""",
  "retention_of_documents withholding_wages", "documents_taken no_control_of_wages", "labour", "medium")
T("""Debrief (Albanian female, 17): "I thought he was my boyfriend. He took me to England and said we would live together. In Bristol he said I must go with men to pay for his debt. He locked me in when he left. He hit me with his belt if I made less than 500 pound." """,
  "abuse_of_vulnerability deception restriction_of_movement physical_sexual_violence debt_bondage", "restricted_movement", "sexual", "high")
T("""Witness statement extract (farm neighbour, Somerset): "I have known the Evans family for 30 years. Their lads and the seasonal workers all eat together at harvest. I've never seen anyone mistreated. The workers I speak to are Romanian and come back every year." """, "", "", "", "low")
T("""Social worker, Bath & NE Somerset: 13-year-old boy from Birmingham found in a flat in Twerton with £400 and 30 wraps, phone with 200 missed calls from "Bossman". Boy says if he goes home without the money his family will be visited. He is at Bath police station now with an appropriate adult.""",
  "abuse_of_vulnerability intimidation_threats", "", "criminal", "high")
T("""Sex worker outreach (One25, Bristol): woman, 30, British, works the street to fund heroin use, says no one controls her or takes her money; boyfriend also uses. Harm reduction only.""", "", "", "", "low")
T("""Unseen helpline call summary: caller's cousin (Indian, 23) is a student in Bournemouth, works 20 hours in a restaurant legally. Caller worried because employer "promised" an extra pay rise that didn't happen. No control, cousin can leave. Advised on rights.""", "", "", "", "low")
T("""Helpline call: caller says husband's family brought his 19yo cousin from Pakistan "to marry" but she is locked in the back bedroom when family go out and she cooks and cleans for everyone. Family took her phone so she can't speak to her mother.""",
  "restriction_of_movement isolation", "restricted_movement isolated", "domestic_servitude", "medium")
T("""Council housing officer, Torbay: inspected an HMO rented by a "manager" for 15 workers from the Philippines employed at a care home. Workers told the officer they paid £4,000 each for visa sponsorship, have to repay a further £6,000 "training bond" from wages, and the manager keeps their biometric residence cards.""",
  "debt_bondage retention_of_documents", "upfront_fees documents_taken overcrowded_accommodation", "labour", "medium")
T("""Care home inspection (CQC, Dorset). Overseas staff sponsored properly, no fees charged, accommodation optional and at cost. Good practice.""", "", "", "", "low")
T("""Fishing vessel inspection, Newlyn (ITF and MCA). Deckhands (Filipino, x3) could not produce contracts. They said the agent in Manila charged them 3 months' wages for placement, they work up to 18 hours on trips, no rest records. Skipper has their passports "in case of Border Force checks".""",
  "debt_bondage excessive_overtime retention_of_documents", "upfront_fees long_hours documents_taken", "labour", "high")
T("""INT 2/B/P. Albanian line into Newquay using young local girls to hold drugs and "entertain" customers; girls given vapes and cannabis; one (14) posted on Snapchat by line member with caption "she owes".""",
  "abuse_of_vulnerability debt_bondage", "", "criminal sexual", "high")
T("""INT 2/C/P. Man in Bristol asking on Telegram for "healthy donor kidney, O+, will pay travel to Egypt", messages shared by a concerned member. Potential recruitment of donors for payment.""",
  "", "", "organ_harvesting", "medium")
T("""INT 2/B/P. Fish processing, Plymouth: workers (Latvian) report supervisor's husband drives them to work and back and they are not told the address where they live; no phones allowed "on the estate".""",
  "isolation", "escorted_transport isolated", "labour", "medium")
T("""INT 3/C/P: Indian restaurant Exeter - source suggests chef "treated badly". No specifics. Not actionable.""", "", "", "", "low")
T("""INT 2/B/P. POI IONESCU housing 8 Romanian males in 2-bed flat, Weston-super-Mare, all work via 2 agencies at food factory; IONESCU collects their wages in cash at the flat on Fridays; workers described as scared, "he knows all our families in Romania".""",
  "withholding_wages abusive_conditions intimidation_threats", "overcrowded_accommodation no_control_of_wages", "labour", "high")
T("""INT 2/B/P. Woman (Thai, 40) married to a British man in Dorchester, found by a neighbour in distress. Says he keeps her passport and makes her work in his café without pay. Not allowed to go out without him.""",
  "retention_of_documents withholding_wages restriction_of_movement", "documents_taken restricted_movement", "labour", "high")
T("""INT 2/B/P. Construction site, Bristol Temple Quarter: CSCS cards of 4 labourers belong to other people; labourers say a "fixer" supplied the cards for £300 each and takes half their day rate.""",
  "withholding_wages", "upfront_fees no_control_of_wages", "labour", "medium")
T("""INT 2/B/P. Reports of "pop-up" sales of prescription drugs by a Romanian family in Bath; no control or exploitation suggested, ordinary supply offences.""", "", "", "", "low")
T("""INT 1/B/P. Male (Sudanese, 17) working on a farm nr Bridport, housed in a barn with no heat. Farm manager told him he was 18 "on paper" and would be sent to detention if he told anyone his real age.""",
  "abuse_of_vulnerability abusive_conditions intimidation_threats", "poor_living_conditions sleeps_at_workplace fear_of_authorities", "labour", "high")
T("""Officer note: visited car wash Cribbs area after Safe Car Wash app report. Staff (Albanian, 5) spoke to officers, all have their own ID, wages paid weekly into own accounts, can show payslips. Manager helpful. App report not substantiated.""", "", "", "", "low")
T("""Safe Car Wash app report: workers not wearing gloves or boots, manager shouting, workers look very young (16?), told me they sleep upstairs. Location: Plymouth, Embankment Rd.""",
  "abuse_of_vulnerability abusive_conditions", "sleeps_at_workplace", "labour", "high")
T("""INT 2/B/P. Daffodil harvest, nr Hayle: gangmaster nom "VASILE" deducts £25/wk for a "knife and waterproofs" that workers must return at season end, never refunded. Workers bussed at 05:00, back 19:00, paid per box - some weeks nothing after deductions.""",
  "withholding_wages excessive_overtime", "ppe_charges collected_early_dropped_late escorted_transport long_hours no_control_of_wages", "labour", "medium")
T("""INT 2/B/P. Lodge/holiday park, Perranporth. Cleaning contractor staff (Bulgarian, x9) live in two static caravans on site, each "given" one bag of clothes when the old ones wore out, no other belongings seen. Contractor drives them between parks; they don't know the names of the towns.""",
  "isolation abusive_conditions", "few_personal_effects escorted_transport isolated overcrowded_accommodation sleeps_at_workplace", "labour", "medium")
T("""INT 1/A/P. Male (Vietnamese, 30s) arrested at cannabis grow in St Blazey. Only belongings: a toothbrush and a blanket. Says he was taken there by car at night, told not to open the door to anyone, given rice weekly.""",
  "restriction_of_movement isolation", "few_personal_effects restricted_movement isolated", "criminal", "medium")
T("""INT 2/B/P. Sheep shearing contractor, Exmoor: NZ and Welsh shearers, self-employed, well paid. Previous rumour of "illegal workers" unfounded.""", "", "", "", "low")
T("""INT 2/B/P. Forced begging, Bristol Broadmead: male (Romanian, 40s) with amputated leg sits outside Primark daily; source saw him hand over takings to female in red coat who counts them; he sleeps in a van at a layby on the A4.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions", "no_control_of_wages poor_living_conditions", "criminal", "high")
T("""INT 2/B/P: VRM seen - Ford Galaxy with 7 females, driven from Bristol to Salisbury and back nightly; females appear in escort ads with Salisbury and Bristol locations. Driver nom "CRISTI".""",
  "", "escorted_transport", "sexual", "high")
T("""INT 2/B/P. Identity fraud - 12 UC claims linked to one phone and one address in Bedminster; claimants (Romanian) say a man "helped" them register and kept their log-ins; each gets £50 a month in cash from him.""",
  "abuse_of_vulnerability", "no_control_of_wages", "criminal", "medium")
T("""INT 2/C/P. Kebab shop Weymouth - owner's nephew (19, Turkish) working long hours; source is a customer. Nephew told police on a visit he is on family visa, paid, studies at college part time. No indicators.""", "", "", "", "low")
T("""INT 1/A/P. Girl (14, looked after child, Plymouth) located at an address in Stonehouse with two adult males; messages show she was told she must "work off" the cost of a phone by having sex with their friends. Officers on scene, she is still in the flat.""",
  "abuse_of_vulnerability debt_bondage", "", "sexual", "immediate")
T("""INT 2/B/P. Hotel in Bournemouth: kitchen porters (Eritrean x3) recruited via a WhatsApp group, told pay £11/hr; actually paid £4/hr through a third party who keeps the rest "for tax". Sleep 6 to a room in a house owned by third party.""",
  "deception withholding_wages abusive_conditions", "no_control_of_wages overcrowded_accommodation", "labour", "high")
T("""INT 2/B/P. Waste recycling, Avonmouth. Agency workers on picking lines report no masks or gloves, needle-stick injuries not reported because supervisor says "you'll be sent home". Workers dropped at site at 05:30 in agency bus.""",
  "abusive_conditions intimidation_threats", "collected_early_dropped_late escorted_transport", "labour", "medium")
T("""INT 2/B/P. Male (British, 19, autistic) in Exeter being used by older males to open bank accounts and receive money; they keep his card and give him takeaways. Funds linked to romance fraud.""",
  "abuse_of_vulnerability", "no_control_of_wages", "criminal", "medium")
T("""INT 3/C/P. Allegation that a Chinese restaurant in Truro "keeps staff in the basement". Visit: basement is a store, staff live in rented house in town. Unfounded.""", "", "", "", "low")
T("""INT 2/B/P. Woman (Indian, 35) arrived on spouse visa to Swindon/Bristol, husband's family use her as a servant, beat her, took her jewellery and passport. She was not allowed to call her parents.""",
  "physical_sexual_violence retention_of_documents isolation", "documents_taken isolated", "domestic_servitude", "high")
T("""INT 2/B/P. Mussel farm crew, Fowey - 2 Polish men say the owner promised a share of profits; after a year they have had only "expenses". They can leave and have other work lined up. Civil dispute.""", "", "", "", "low")
T("""INT 1/B/P. Teen boys (15, 16) from Croydon found in a caravan in Newquay with wraps; both reported missing 5 days; line holder brought them by train and kept their bank cards "for safety".""",
  "abuse_of_vulnerability", "escorted_transport no_control_of_wages", "criminal", "high")
T("""INT 2/B/P. Organ trafficking: Bristol resident (Pakistani national) reported to have recruited two men from a mosque to "donate" kidneys in Lahore for £3,000 each; one returned and says he was paid £500 and was lied to about the risks.""",
  "deception withholding_wages abuse_of_vulnerability", "", "organ_harvesting", "high")
T("""INT 2/B/P. Nail bar, Taunton High St: staff live in the owner's house, pay "rent" of £120/wk from £150 wages; have own phones but owner keeps passports "so they don't get lost".""",
  "withholding_wages retention_of_documents", "documents_taken", "labour", "medium")
T("""INT 2/B/P. Holiday park, Weymouth - seasonal staff (Portuguese) supplied by a recruiter who took €600 each in Lisbon. Park pays them direct and houses them well. Recruiter reported to GLAA; no exploitation by park.""",
  "", "upfront_fees", "", "low")
T("Anon 101: girl crying in the window of a flat above the nail bar in Newton Abbot, man pulled her back. Update: officers attended, owner's daughter (9) having a tantrum, dad and mum present, all fine. NFA.", "", "", "", "low")
T("""pls check the flat opposite Tesco Express in Camborne, teenage lads from London in and out all day, my neighbour Jean who has dementia lives there and she hasn't been out in a week""",
  "abuse_of_vulnerability", "", "criminal", "high")
T("""There's a Romanian lad at the carwash Liskeard who told me in bad english that he paid "the boss" 700 euro to come and still owes more, works every day from light til dark, no day off since May""",
  "debt_bondage excessive_overtime", "upfront_fees long_hours", "labour", "medium")
T("""Reporting a man who drives a minibus of Polish women to the hotels in Torquay every morning at 6 and picks them up at 11 at night, he shouts at them and I saw him grab one by the hair""",
  "physical_sexual_violence excessive_overtime", "collected_early_dropped_late escorted_transport long_hours", "labour", "high")
T("""local shop in Bristol: the owners daughter works there every day after school. shes 16. I think it's fine she seems happy and they're a nice family""", "", "", "", "low")
T("""My daughter (18) answered an Instagram ad for "promo modelling in Bath, £500 a day". When she got there it was a man wanting explicit photos and she left. She's safe. Can you stop this guy?""",
  "deception", "", "", "medium")
T("""lads working at the scaffolding firm in my street sleep in the yard in a container and the boss brings them sandwiches, he took their phones away the first week they came""",
  "isolation abusive_conditions", "isolated sleeps_at_workplace poor_living_conditions", "labour", "medium")
T("""im worried about an old man in Bideford, a couple took him in and now he does all there cleaning and gardening and they get his pension. hes very thin and his clothes are dirty""",
  "abuse_of_vulnerability", "physical_appearance no_control_of_wages", "domestic_servitude", "medium")
T("""I run a B&B in Lyme Regis. Two young women from an agency came to clean for the summer. Their agency pays them and they lodge in the town. They're lovely and I want to say the agency is great. Someone told me to report it so here I am!""", "", "", "", "low")
T("""Report on Safe Car Wash: workers paid properly I think, they have a rota on the wall and a payslip board, looks fine""", "", "", "", "low")
T("""URGENT my friend was taken to a house in Yeovil by her "boyfriend" and he has locked her in the bedroom and says she has to go with men tonight. She has sent me a snapchat. She is 16.""",
  "abuse_of_vulnerability restriction_of_movement", "restricted_movement", "sexual", "immediate")
T("""Woman at the food bank in Easton said she works for a cleaning firm, the firm's manager drives her to offices at night and she doesn't know which town she's in. Her wages go to his brother's account. She gets £30.""",
  "isolation withholding_wages", "escorted_transport isolated no_control_of_wages", "labour", "medium")
T("""Just seen a bunch of blokes crammed into the back of a transit at 5am in Taunton, no windows in the back, guy driving looked like a gang master. no idea if anything wrong""",
  "", "collected_early_dropped_late escorted_transport", "", "low")
T("""Man in my block in Plymouth is a minicab driver who says his friend's uncle took his driving licence and PCO badge and makes him pay £300 a week to "rent" them back, which leaves him about £50 from a week of fares. He wants to stop but is scared.""",
  "retention_of_documents withholding_wages", "documents_taken", "labour", "medium")
T("""Call summary 101: male caller (Kenyan, 29), care worker in Exeter, says agency made him pay £5,000 "certificate of sponsorship fee" and now threatens to cancel his visa if he takes sick leave. Works 72 hours most weeks.""",
  "intimidation_threats excessive_overtime abuse_of_vulnerability", "upfront_fees long_hours fear_of_authorities", "labour", "high")
T("""Call summary 999: female caller in Barnstaple says partner has just punched her; no other issue. Officers attended, arrest made.""", "", "", "", "low")
T("""Call summary 101: Chinese female, 50s, worked as cook for family in Bath for 12 years, the family says she is "like family" but she has never had a wage, only pocket money of £10 a week, sleeps in the utility room. She wants to leave now and needs somewhere to go.""",
  "withholding_wages abusive_conditions", "poor_living_conditions", "domestic_servitude", "medium")
T("""Call summary: Lithuanian male, construction, reporting that his employer hasn't paid his last invoice. He works for several firms. Civil matter.""", "", "", "", "low")
T("""Call summary 101: caller from a Brixham fish merchant reports two Filipino fishermen came to her office asking for help, said skipper took their mobiles and hasn't let them off the boat in three weeks, and hit one with a rope.""",
  "isolation restriction_of_movement physical_sexual_violence", "isolated restricted_movement", "labour", "high")
T("""Caseworker (Medaille Trust): client (F, 36, Romanian) - recruited by her sister-in-law for "kitchen job in Bristol", forced into sex work in flats across Somerset; she says they branded her with a cigarette and kept her ID card. Now in safe house; wants to give evidence.""",
  "deception physical_sexual_violence retention_of_documents", "documents_taken", "sexual", "high")
T("""Caseworker note: client (M, 52, British) disclosed that as a teenager he was made to work on a farm in North Devon by a foster family and never paid. No current risk; historic referral for support.""",
  "abuse_of_vulnerability withholding_wages", "", "labour", "medium")
T("""Caseworker note: client's immigration lawyer confirms leave to remain granted. Client working in a shop in Bath and happy. Case closing.""", "", "", "", "low")
T("""INT 2/B/P. POI LUCA (Romanian, 40s) - Bristol. Supplies workers to 3 hand car washes; all workers' wages paid into accounts he opened; 9 cards in his wallet when stopped (VRM KN18 ???). Workers state he "keeps the money for the family".""",
  "withholding_wages", "no_control_of_wages multiple_bank_cards", "labour", "medium")
T("""INT 2/B/P. Salon in Bridport - Vietnamese female (19) told customer she came "to study" but the owner took her passport and she owes £9,000 for the journey. She works 10-10 six days.""",
  "deception retention_of_documents debt_bondage excessive_overtime", "documents_taken long_hours", "labour", "high")
T("""INT 2/B/P. Two Polish males at Barnstaple night shelter: previously labouring for a roofing gang in Bideford; gang kept their IDs and now refuses to return them unless they come back to work.""",
  "retention_of_documents intimidation_threats", "documents_taken", "labour", "medium")
T("""INT 3/C/C (do not disclose source). Possible brothel above a shop in Bournemouth; source a delivery driver. Nil further.""", "", "", "", "low")
T("""INT 2/B/P. Eritrean males (x4) at Exeter car wash - source: ex-worker. Shifts 8am-8pm, £30/day, own accommodation, own documents, free to leave. Long hours only. Referred to HMRC for NMW.""",
  "excessive_overtime", "long_hours", "", "medium")
T("""INT 1/A/P. Female (Chinese, 45) found in a flat in Bath after neighbour reported screaming. She says the man who "bought" her from an agent in Guangzhou rapes her and makes her clean his three rental properties. She has no phone and the flat is locked from outside when he leaves. She is still in the flat, officers holding the door.""",
  "physical_sexual_violence restriction_of_movement isolation", "restricted_movement isolated", "domestic_servitude sexual", "immediate")
T("""INT 2/B/P. Albanian "dealers" in Exeter - source says they are paid well and are voluntary participants with their own accommodation; no vulnerability identified.""", "", "", "", "low")
T("""INT 2/B/P. Dairy farm nr Holsworthy. Farm worker (Romanian, 28) states that after 13 months he has no contract, works every milking (04:00 and 15:00) plus fields between, 7 days; farmer pays "some cash now and then"; sleeps in a room off the parlour.""",
  "excessive_overtime withholding_wages", "long_hours sleeps_at_workplace", "labour", "medium")
T("""INT 2/B/P. Man (British, 60s, alcohol dependent) in Weymouth being used by local dealers to hold knives and drugs; they pay his rent arrears then say he owes them "forever".""",
  "abuse_of_vulnerability debt_bondage", "", "criminal", "medium")
T("""INT 2/B/P. Kurdish barbers, Plymouth - POI AZAD pays young Kurdish men £20/day cash and lets them sleep above the shop; they say they came by boat and owe AZAD's cousin £6k, being repaid from "wages" AZAD retains.""",
  "abuse_of_vulnerability debt_bondage withholding_wages", "sleeps_at_workplace", "labour", "high")
T("""INT 1/B/P. County line "JAY" (Bristol - Taunton). Runner (F, 17) stabbed in thigh by line holder after a shortfall. Currently held at a trap house in Priorswood with the holder present.""",
  "abuse_of_vulnerability physical_sexual_violence restriction_of_movement", "restricted_movement", "criminal", "immediate")
T("""INT 2/B/P. St Ives hotel: housekeeping staff from an overseas agency are housed in a room in the hotel attic, 8 beds; hotel deducts rent; staff say they are "free but tired". Work 6 days.""",
  "abusive_conditions", "overcrowded_accommodation sleeps_at_workplace", "labour", "medium")
T("""INT 2/C/P. Possible organ broker: male in Bristol advertising on Arabic-language FB groups offering money to refugees for "medical donation in Istanbul". One respondent (Syrian) says he was told it was for blood plasma, then told it was a kidney.""",
  "deception abuse_of_vulnerability", "", "organ_harvesting", "medium")
T("""INT 2/B/P. Gloucester Rd cannabis shop raid (CBD licensed). No issues with staff. Recorded for deconfliction.""", "", "", "", "low")
T("""INT 2/B/P. Bus driver reports a teenage girl (14-15) on the X53 from Weymouth to Poole with a man in his 40s who holds her phone and ticket; she asked the driver "where is this?" and the man pulled her off at the next stop.""",
  "abuse_of_vulnerability isolation", "isolated escorted_transport", "", "high")
T("""hi, theres a house in Bristol (St Pauls) with lots of men coming and going and I think its a brothel, but the women seem fine and go shopping together and wave at me, so not sure if its trafficking or just working girls""",
  "", "", "sexual", "high")
T("""the fishing boats in newlyn have asian lads that sleep on them, is that normal?? they looked ok tbh and were laughing on their phones""", "", "", "", "low")
T("""FFS the car wash in Yate has a kid who cant be more than 12 working there on a school day, soaked, no shoes, the manager kicked him when he dropped the sponge""",
  "abuse_of_vulnerability physical_sexual_violence abusive_conditions", "physical_appearance", "labour", "high")
T("""Bloke in the pub in Totnes told me hes been working for a tree surgery firm for a year and the boss "looks after" his money for him because he used to drink, gives him 20 quid, and he sleeps in the woodshed. He's from Kidderminster originally and has no family.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions", "no_control_of_wages poor_living_conditions", "labour", "high")
T("""There's a man sleeping in a car behind the chippy in Brixham. He says he's fine and is between jobs. Just wanted someone to check on him as it's cold.""", "", "", "", "low")
T("""Report via website: My Slovak friend works in a food factory in Bridgwater. The agency took his ID on day one "for right to work checks" and still has it 4 months later. They also charge £10 a week for a hair net and gloves.""",
  "retention_of_documents", "documents_taken ppe_charges", "labour", "medium")
T("""Report: we rented our holiday let in Bude to a man for a month, when we went in after, there were 9 mattresses, condoms everywhere and used pregnancy tests. Neighbours saw young women being brought and taken in a silver Mercedes.""",
  "", "overcrowded_accommodation escorted_transport", "sexual", "high")
T("""Hi I think my neighbour is being abused by her husband. I hear shouting every night. I don't think it's anything to do with work or money.""", "", "", "", "low")
T("""Interpreter note (Romanian) to OIC: The witness says "I was not beaten, nobody threatened me. The boss is a hard man but he paid us every Friday, I had my ID. I left because the work was too hard." He does not want to be a victim in this case.""", "", "", "", "low")
T("""Debrief (Vietnamese, M, 15): "In Vietnam they say I will work in a restaurant. In England they put me in a house with plants. Every day I water and switch lights. The door is locked. If the police come I must say I am 18. They say if I run away my family will pay for everything." """,
  "abuse_of_vulnerability deception restriction_of_movement intimidation_threats", "restricted_movement fear_of_authorities", "criminal", "high")
T("""Debrief (Sudanese M, 24): He worked on a farm in Somerset through a man he met at the asylum hotel. The man took his ARC card and made him work in the fields 12 hours for £20. When he complained the man said he would tell the Home Office he worked illegally and he would lose his asylum claim.""",
  "abuse_of_vulnerability retention_of_documents excessive_overtime withholding_wages intimidation_threats", "documents_taken long_hours fear_of_authorities", "labour", "high")
T("""Debrief (Filipina, F, 48): "Ma'am kept my passport with hers in the safe and I never had a day off in the four years. I ate what was left from their plates. When they moved from London to their house near Bath I came with them in the back of the car with the dogs. I was not allowed to speak to the neighbours." """,
  "retention_of_documents excessive_overtime abusive_conditions isolation", "documents_taken long_hours isolated", "domestic_servitude", "high")
T("""Witness statement extract: "I saw the man in the grey hoodie give the boy a package and a phone and say 'don't come back short or you know what happens'. The boy looked about 14." """,
  "abuse_of_vulnerability intimidation_threats", "", "criminal", "high")
T("""School referral (Poole): Y11 student (16, Romanian) has been absent for 3 weeks; family say she is "helping at the uncle's car wash". Teacher saw her there at 10am on a school day wearing no coat.""",
  "abuse_of_vulnerability", "", "labour", "high")
T("""School referral: Y9 pupil frequently tired, says he works in his parents' restaurant till 11pm on Fri and Sat. Parents spoken to, agreed to stop. No exploitation, neglect pathway only.""", "", "", "", "low")
T("""LA Children's Services: UASC (Afghan, 16) in Plymouth foster placement says he is visited by men who say he owes them £5,000 for his journey and must work in a car wash at weekends or his father in Iran will be hurt.""",
  "abuse_of_vulnerability debt_bondage intimidation_threats", "", "labour", "high")
T("""Adult social care, Somerset: man (52, learning disability) had his flat taken over by a "friend" who uses it to store stolen bikes and makes him sleep on the sofa; friend takes his benefits.""",
  "abuse_of_vulnerability", "no_control_of_wages", "criminal", "medium")
T("""NHS transplant coordinator, Bristol: living donor workup for a father donating to his son. Family relationship verified, no payment. Recorded to close a query from the HTA.""", "", "", "", "low")
T("""Hospital note: woman (Nigerian, 22) admitted with sepsis after "back-street" surgery in Lagos; she says she sold a kidney to pay the agent who promised her a job in London as a hairdresser. On arrival in the UK she was put to work selling sex in a flat in Bristol and told the kidney money "didn't cover" her fare.""",
  "deception debt_bondage abuse_of_vulnerability", "", "organ_harvesting sexual", "high")
T("""Officer note: attended ASB at Torquay harbour, drunk males fighting. One arrest for s4 POA.""", "", "", "", "low")
T("""GLAA: Licensed labour provider, Dorset. 200 workers, all with own documents, payslips, optional accommodation at offset rate, fully compliant. No issues.""", "", "", "", "low")
T("""Inspection (Plymouth CC, HMO): 3-bed house holding 14 men who work at a fish factory; landlord is the factory supervisor, rent taken from wages before pay day, no working smoke alarms, men sleep in shifts in the same beds.""",
  "abusive_conditions", "overcrowded_accommodation poor_living_conditions", "labour", "medium")
T("""Press summary: Four members of a Somerset family convicted of modern slavery offences after exploiting vulnerable men on their driveway business for over a decade. Victims, many homeless or with addictions, were paid little or nothing, fed scraps, housed in caravans without water, and beaten if they tried to leave.""",
  "abuse_of_vulnerability withholding_wages abusive_conditions physical_sexual_violence", "poor_living_conditions", "labour", "high")
T("""Press summary: Bristol City Council launches a scheme to help car wash owners register and meet standards. Council says most local car washes are legitimate businesses.""", "", "", "", "low")
T("""Man at nail bar in Frome said "boss keeps the tips and the wages, I get food".""",
  "withholding_wages", "no_control_of_wages", "labour", "medium")

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh75.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (t, ind, sig, exp, risk) in enumerate(D, 1):
            f.write(json.dumps({"id": "f75-%03d" % i, "text": t, "indicators": ind, "signs": sig,
                                "exploitation": exp, "risk": risk}, ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)
