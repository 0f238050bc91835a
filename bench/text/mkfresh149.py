#!/usr/bin/env python3
"""Hand-written labelled texts for the Sightline indicator detector (training set f149).

Every text below is written individually; the short codes are only label shorthand,
expanded to the official codes when the JSONL file is written.
Run: python3 bench/text/mkfresh149.py  -> bench/text/fresh149.jsonl
"""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oa": "overcrowded_accommodation", "sw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ced": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport", "ct": "charged_transport",
       "lh": "long_hours", "ppe": "ppe_charges", "ncw": "no_control_of_wages", "sfw": "speaks_for_workers",
       "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

T = []


def E(text, ind="", sig="", typ="", risk="l"):
    T.append({"text": text,
              "indicators": [IND[x] for x in ind.split()],
              "signs": [SIG[x] for x in sig.split()],
              "exploitation": [TYP[x] for x in typ.split()],
              "risk": RISK[risk]})

# ---- part 1 ----
E("2/B/P INT suggests hand car wash on Cheetham Hill Rd (old petrol stn) run by ALBANIAN male known as 'DRITON'. Approx 6 workers living in portacabin behind jet wash bays, no heating, mattresses on floor. Workers seen 0700 until after 2100 seven days. Passports said to be held by DRITON 'for safekeeping'.",
  "AC EO RD", "plc sw lh dt", "L", "h")
E("Caller reporting her neighbour's car has been keyed for the third time this month. Suspects youths from the flats opposite. No injuries. Crime ref issued.")
E("hiya theres a lad at the carwash on bradford rd looks about 15 he's there every day even school days and hes got no gloves hands all cracked and bleeding, the boss shouts at him all the time. dont think hes getting paid either one of the other lads said he just gets food",
  "AV AC WW", "pa", "L", "h")
E("Shoplifting at Tesco Extra, Pudsey. Male adult took 4 bottles of spirits, detained by security. Local man, known heroin user, arrested and charged. Nothing to suggest anyone else involved.")
E("She says that she came from Lagos because a woman from her church told her there was a job looking after an old lady in Leeds. When she arrived she was taken to a flat in Chapeltown and told she owed 35,000 euros for the flight and the visa and must work with men to pay. The woman, who she calls Auntie, did juju on her with her hair and nails before she left Nigeria and said if she runs away her mother will die. She did not keep any of the money; the men paid Auntie directly.",
  "DE DB IT WW", "ncw", "S", "h")
E("A&E note 02:40. F, 19, attended with partner for laceration to forearm, says caught it on a broken window at home. Partner answered most questions but pt seen alone at triage and confirmed she is safe at home, works at a call centre, has own phone and bank card. No safeguarding concerns identified. Wound glued, discharged.")
E("VRM YK17 ??? silver Transit seen dropping 9 x males at Morrisons distribution centre Wakefield 0450hrs and collecting them 2230. Same driver each day. Workers pay him £10 each way out of wages per source.",
  "", "ced ct et", "L", "m")
E("GLAA inspection of labour provider, Rochdale: records incomplete for 3 of 40 workers, one payslip missing holiday pay calc. All workers interviewed had own ID, own bank accounts, free to change jobs. Advisory letter issued. No indicators of forced labour.")
E("Nail bar in Rotherham town centre - two Vietnamese girls look very young, maybe 16. They never talk to customers and a man comes to pick them up at closing time in a black Audi every single night. One of them had bruises on her wrist.",
  "AV", "pa et", "L", "h")
E("POI NGUYEN Van Thanh (DOB 11/04/2007) located in loft of terraced property, Manningham, during warrant. 400+ cannabis plants across 3 rooms. Door padlocked from outside, food passed in via hatch. Says he was brought in a lorry and owes 'the uncle' £18,000. Immediately safeguarded, NRM referral.",
  "AV RM DB AC", "rm plc sw", "C", "i")
E("Neighbour dispute, Hyde. Ongoing argument about a leylandii hedge and a shared driveway. Words exchanged, no threats made. Advised civil matter.")
E("Salvation Army caseworker note: Client P (Polish, 52) recruited at Katowice bus station with promise of £9/hr factory work in Bradford. On arrival housed with 11 others in a 3-bed house owned by recruiter. Rent £70/wk, transport £15/wk and a 'loan' for the coach all taken from wages, received £25-£40 most weeks. Bank card kept by recruiter's wife 'so it doesn't get lost'. Client has alcohol dependency and recruiter supplied vodka daily.",
  "DE AV DB WW AC", "oa ct ncw", "L", "h")
E("999 call 23:14 - female caller whispering, says she is locked in a flat above a shop on Oldham Rd, can't get out, man took her phone earlier but she found an old one. Says she was brought to 'do massage' but men are coming. Doesn't know the address. Units dispatched, cell site analysis requested.",
  "DE RM IS", "rm iso", "S", "i")
E("wanted to report my ex for not paying child maintenance for 8 months, cms arent doing anything")
E("Lad at the chippy on Lees Rd sleeps in the back on cardboard. Seen him through the back door at 6am and still frying at midnight. Owner takes him to the cash and carry, never seen him out on his own once.",
  "EO RM AC", "sw lh rm et plc", "L", "h")
E("Student (Chinese national, 21) reports losing passport and BRP on the bus between Fallowfield and the university. Advised to contact embassy and Home Office. Lost property report made. No other concerns.")
E("Referral from Year 9 head of year: pupil (F, 14) has been seen getting into cars with older males outside school gates, has new phone and expensive trainers, missing from home three nights last week. Told a friend she 'has to go to parties' and that a man called K gave her vodka and she 'had to do stuff' with his mates.",
  "AV PV", "", "S", "h")
E("Probation note: PoP says he is being made to hold drugs and cash by a group from Liverpool who 'helped' him when he came out of HMP Risley. Says they paid for his bond and now he owes them £2k that keeps going up. They have been staying at his flat for two weeks and he sleeps on the sofa. He was slapped last week for being short.",
  "DB PV AV", "", "C", "h")
E("INT 3/C/P suggests ROMANIAN family group begging outside Leeds Station, adults dropped off by minibus at 0730 and collected 1900. Takings reportedly handed to older male in minibus. Not corroborated.",
  "", "ced et ncw", "C", "m")
E("Road traffic collision, A62 Huddersfield Rd. Two vehicles, minor injuries to one driver. Both drivers exchanged details. Road cleared by 18:20.")
E("I came from Eritrea through Libya. In Libya they kept us in a warehouse and asked our family to pay. My friend Yonas had nobody to pay, so the smugglers said he can give a kidney and then his debt is finished. They took him in a car to a clinic and when he came back he had a long cut on his side and he was very sick, he could not walk for many days. I paid through my brother in Sweden. Now I am in the hotel in Wakefield and I am okay, I have my own room and I go to college.",
  "AV DB RM", "pa rm", "O", "h")
E("Asylum hotel, Bradford. Hotel security report that a man in a car has been coming to the hotel at night and taking 3-4 young Sudanese men away, returning them early morning. One resident told staff he works at a car wash 'for cash' and is paid £20 a day. Staff concern he may be being exploited. Resident declined to discuss further.",
  "AV", "ced et", "L", "m")
E("Hello I want to tell you about my husband's cousin. She lives with them in Sheffield and does all the cooking and cleaning and looks after the 3 kids. She's not allowed to go out without my sister-in-law and they have her passport. She sleeps on the kitchen floor. She told me they said they would send her back to Pakistan in shame if she complains.",
  "RM RD AC IT", "rm dt plc", "D", "h")
E("Community officer visit to recycling yard, Rotherham. Yard manager shows staff rota (8hr shifts), contracts, payslips. Workers have PPE issued free and signed for. Two Slovak workers spoken to via interpreter, both happy, own accommodation, paid weekly into own accounts. No concerns.")
E("2/A/C (not to be disseminated outside SOCU) INT shows SMITH, Daniel operating 'Dan line' from Leeds into Scarborough. Uses LS9 teenagers (14-16) to run deals, holds them in cuckooed flat on Eastfield estate. One runner stabbed in leg after losing a parcel. Runners told they owe for the lost gear.",
  "AV PV DB", "", "C", "h")
E("Fraud alert: 14 different bank cards used at same ATM on Wilmslow Rd within 40 mins, accounts opened in last 3 months in names of Romanian nationals all registered at one HMO in Longsight. Wages from a food packing agency paid in, withdrawn same day in full by the same male (CCTV).",
  "WW", "mbc ncw", "L", "m")
E("Burglary dwelling, Rawmarsh. Rear door forced while IP at work, jewellery and a laptop taken. SOCO attended. No suspects.")
E("Midwife note: booking appt for woman, 23, Romanian, 20 weeks. Accompanied by a man who said he was her 'manager' and insisted on translating, refused to leave the room. When he took a phone call she wrote on the form that she wants help and is made to sleep with men. Did not have any ID, said 'he has it'.",
  "RD PV", "sfw dt", "S", "i")
E("someone is running a brothel out of the house next door in Levenshulme, men in and out all night, girls change every week or so, never see them outside",
  "", "", "S", "h")
E("Interpreter notes (Tigrinya): He says the work at the food factory was fine, the agency paid him on time into his own account and he chose to leave because he found a better job in Leeds. He says nobody took his documents. He is only here about his housing.")
E("Victim debrief (Vietnamese, via interpreter): In Vietnam a man said I could work in a nail shop in England for £1,500 a month. My family borrowed money, 20,000 dollars. I came in a container. In Oldham they put me in a flat with 6 other people and I worked in the nail bar 10 till 8, every day. The boss said my wages pay back the debt. I never had money in my hand. I could not go out alone because they said police would catch me and put me in prison.",
  "DE DB WW EO AC AV", "oa lh foa ncw", "L", "h")
E("Domestic incident, Batley. Couple arguing about finances, male shouted and broke a plate. No assault. Female states she feels safe, works as a teacher, has family nearby. DASH: standard. Words of advice.")
E("POI KOWALSKI (Polish, DOB 1979) known to be running gangmaster operation supplying labour to chicken factory in Holmfirth without GLAA licence. Workers paid cash, no payslips.",
  "", "", "", "l")
E("Mum reporting her son (15) missing again. Last time he came back from Blackpool with £300 and a new phone and wouldn't say where he'd been. Older lads in a grey Golf pick him up from the park. She found texts saying 'you owe us now' and a picture of a knife.",
  "AV IT DB", "", "C", "h")
E("Takeaway on Dewsbury Rd: inspection by environmental health found one worker (Indian national) sleeping in the storeroom on a camp bed next to the freezer. He said he works 'all the time, 11 in morning to 1 at night' and gets money 'only sometimes, boss keeps for me'. His visa expired 2022.",
  "AC EO WW", "sw lh plc", "L", "h")
E("Criminal damage to a bus shelter in Hattersley. CCTV requested from council.")
E("Chinese female (approx 40) found during visit to flat in Salford Quays advertised on adult site. Says she pays £400 a week to 'the agent' for the room and adverts and keeps the rest. She comes and goes, has her own passport and can stop whenever she wants. No indicators of coercion identified; signposted to support service.",
  "", "", "", "l")
E("Call from a Deliveroo rider saying a man in a van tried to recruit him and his mates to work in a warehouse 'cash in hand, no papers needed'. Rider refused. No further info.")
E("GP note: Male, 34, Slovak. Came with 'friend' who booked appt. Chronic back pain from lifting, works at a recycling plant 'every day, no weekend, 12 hours'. Says he has had no day off since March. Thin, unkempt, clothes dirty. Friend answered when asked about pay, said 'he gets it'. Pt avoided eye contact.",
  "EO", "lh pa sfw", "L", "m")
E("Woman in the asylum hotel in Rotherham said a man from the same country offered her a cleaning job and said he'd keep her ASPEN card 'to pay for transport'. She has not been to any job yet. Hotel manager reported to police and Migrant Help.",
  "RD", "dt", "", "m")
E("AFO Manchester Airport: Two Filipino women arriving on domestic worker visas with Saudi family. Both stated their employers hold their passports 'all the time'. One said she works from 5am until the family goes to bed and has not had a day off in 2 years, paid $200 a month which goes to her family in Manila via the employer. Referred to Kalayaan and SCD.",
  "RD EO WW", "dt lh ncw", "D", "h")
E("Anti-social behaviour in Hulme park, groups of youths drinking and playing loud music. PCSO patrols increased.")
E("INT 2/C/P: ALBANIAN OCG controlling 3 cannabis grows in Oldham (addresses on file). Gardeners are young Albanian males who were told they would work in construction. Kept in the properties, phones taken, food dropped off weekly. One described being shown a video of a man beaten with a bat who 'tried to leave'.",
  "DE RM IS IT AV", "rm iso", "C", "h")
E("Council licensing visit to HMO on Clarendon Rd: 5 bedrooms, 5 tenants, valid licence, fire doors and alarms ok. Tenants are students. Landlord cooperative. No issues.")
E("i work in the bakery factory threw an agency, they charged us £45 for boots and hi-vis and took it from first wage, is that even legal??",
  "", "ppe", "", "l")
E("Safeguarding referral (adult social care): Mr B, 58, learning disability, lives alone in Barnsley. Neighbour reports a family moved into his flat 6 weeks ago, he now sleeps in the hallway. His PIP is collected by one of them. Mr B has been seen sweeping the yard of their car wash business without pay. When asked, he said 'they're my friends, they look after me'.",
  "AV WW AC", "ncw plc", "L", "h")
E("Racially aggravated public order, Halifax. Male shouted abuse at a bus driver. Arrested, charged.")
E("3/C/P Unverified: driver for Spinningfields hotel cleaning contractor takes staff passports when they start. Source second-hand via ex-employee.",
  "RD", "dt", "L", "m")
E("Victim account (Slovak Roma male, 27, with interpreter): 'We came with Milan from Košice. He said good job in factory and house. He took our ID cards at the first day, he said for agency. Every Friday the money comes to card but Milan has the card and gives us £30. If we ask, he says we owe him for the bus and the house. He hit my cousin with a belt. Now my cousin is in Slovakia and his wife is still in the house.'",
  "DE RD WW DB PV", "dt ncw", "L", "h")
E("Report from a member of public: 'big house on Moss Lane always got the curtains shut, smell of weed and foil on the windows, somebody went in with a big bag of food on Sunday and locked the door behind them from outside'.",
  "RM", "rm", "C", "m")
E("Missing person: male, 78, dementia, walked out of care home in Stockport. Found safe 2 hours later at the train station.")
E("NGO caseworker: Client R (Indian, 31) came on a care worker visa, paid agent in Kerala £14,000 'sponsorship fee'. Care home in Bury gives her 60-70 hours a week, says if she complains they will withdraw the sponsorship and she will be deported. Wages paid into her own account but 'repayment' of £500/month deducted for the sponsorship.",
  "DB EO IT AV", "uf lh", "L", "h")
E("Can you ring me back about the sat nav stolen out of my van in Dewsbury last night")
E("Handover: 2 x Romanian females (approx 18-20) in pop-up brothel at Airbnb in Northern Quarter, adverts on Vivastreet under 'new in town'. Both had phones but numbers controlled by a male who answers the adverts. They said they give him 'half plus the flat'. Both declined NRM. Flat booked in a third name. Revisit tomorrow, intel sub submitted.",
  "", "sfw", "S", "h")
E("Friend of mine works at the warehouse in Normanton through an agency, it's long hours (sometimes 50) but he's paid overtime properly and goes home every night. Just wanted to say not everyone at that agency is being exploited like the paper says.")
E("Police were called to a car wash in Swinton after a worker fell from a ladder. He had no helmet or training. He told paramedics he lives upstairs with 7 others and 'the boss' has his ID card. Boss arrived and tried to stop the worker getting in the ambulance.",
  "RD AC RM", "dt oa sw rm", "L", "h")
E("School nurse: Y7 boy has been coming in hungry, uniform dirty, falling asleep. Dad works nights at a bakery. Family struggling with money, referred to early help and food bank. No exploitation concerns, family engaging well.")
E("2/B/P INT reports that female known as 'MAMA' in Moss Side houses Nigerian women who arrived as students, they are sent to 'clients' at hotels around Piccadilly, driven by MAMA's son. Women told that if they stop their families in Benin City will be visited.",
  "IT", "et", "S", "h")
E("Text from a worried aunt: My niece (17) met a boy online and is moving to Bradford to 'live with him' but he wants her to go to the dentist and get her passport first, and says she must make money for them both with his friends. She thinks it's love.",
  "AV DE", "", "S", "h")
E("PC note: man begging at traffic lights on Regent Rd, Salford, wearing dirty clothes, no shoes. Says he is Romanian, lives with 'family' and brings them what he makes. Appears to have learning difficulties. Refers to man who drops him off each morning as 'the boss'. Referral to ASC and MS team.",
  "AV", "pa et ced ncw", "C", "m")
E("Vehicle arson on the Gipton estate. Fire service attended, car burnt out, reported stolen earlier.")
E("Kidney transplant patient, 61, attended renal clinic at St James's for routine bloods. Donor was his daughter, living donation approved by HTA in 2023. No concerns.")
E("Border Force Leeds Bradford: Pakistani male (26) stopped with £12,000 cash. Says he was given a 'loan' by a man in Lahore who arranged his visa and a job in a restaurant in Huddersfield, and he must repay £20,000 from wages. The man told him the restaurant owner would keep his passport until paid.",
  "DB", "uf", "L", "m")
E("INT 2/B/P: flat 7, Eastbrook Court used as base by 'Tez' line. Resident is 49yr old female heroin user, line members moved in, she is given £20 bags in return. She has been told if she calls the police her son will get 'done'. She no longer has a key to her own front door.",
  "AV IT RM", "rm", "C", "h")
E("Woman reports her husband's family in Keighley have taken her passport and spouse visa papers and won't let her see a doctor, she does all the housework for 9 people from 5am and is called names. Called from a neighbour's phone because hers was taken.",
  "RD RM IS EO", "dt lh iso rm", "D", "h")
E("Report: found a wallet on the tram with 3 bank cards and a driving licence, handed in at Victoria.")
E("Polish man at the food bank says his agency in Wakefield pays £2 less than the minimum and docks an hour a day for breaks that they don't get. He has his own flat and documents, just wanted advice. Signposted to ACAS and HMRC.")
E("Debrief (Albanian male, 19): I met a man in Tirana on Instagram. He offered me £3,000 a month painting houses. I owed him £15,000 for the lorry. In London he put me in a house in Bolton with plants. I had to water them and stay inside, he brought pizza. He told me if police come I must say I am the owner and they will put me in prison for ten years. My phone was taken. I was there for 5 months.",
  "DE DB RM IS IT", "rm iso foa", "C", "h")
E("Man reported for flytipping mattresses behind an industrial unit in Dewsbury, VRM captured. FPN issued.")
E("pls help my sister is in a house in Longsight with a man who took her from Slovakia he locks her in every day when he goes out and sells her to men she just texted me she is scared he will kill her tonight because she tried to ring home",
  "RM PV IT", "rm", "S", "i")
E("Car wash, Ashton Old Rd: officers on patrol spoke to 4 workers. All had BRPs and contracts, paid £11.44/hr by bank transfer, staff room with kettle. Manager Kurdish, speaks good English. No indicators found.")
E("Concern for welfare: older Indian woman, 66, living with son's family in Blackburn Rd, Bolton. Neighbour thought she was being made to work but visit found she is retired and helps with grandchildren by choice, has her own bank account and goes to the temple daily. NFA.")
E("INT 3/C/P: workers at a sandwich factory in Trafford Park collected by minibus at 0430 from a house in Gorton, 14 people thought to live there. Driver takes £5 each per day. Not corroborated.",
  "AC", "oa ced ct", "L", "m")
E("A 16-year-old girl from Eritrea who was placed in supported accommodation in Leeds has gone missing three times. Staff believe she is being taken to a flat in Harehills by an adult male from her community who gives her money and phone credit. She returned with injuries to her face and would not say how she got them.",
  "AV PV", "pa", "S", "h")
E("Housing officer: tenant of a council flat in Sheffield has sublet rooms to 6 men who work on building sites. Tenant collects rent of £80/week each. Men said they are paid by the site directly and can leave. Tenancy breach investigated, referred to housing enforcement.",
  "", "oa", "", "l")
E("He said he will tell the Home Office about me if I don't work Sundays too.",
  "IT", "", "L", "m")
E("Police Scotland request via NCA: Vietnamese male, 15, found in lorry at Hull docks. Onward destination believed to be nail bar in Sheffield. Mobile phone contains messages saying 'you owe 25k, you work 2 years'. In LA care.",
  "AV DB", "", "L", "h")
E("Resident complaint: the factory on Canal St runs its machines at night and the noise keeps me awake. Council noise team informed.")
E("Salvation Army first responder: Client G, Ghanaian woman, 44, worked as live-in nanny for a family in Hale for 6 years. Paid nothing for the first 2 years, then £100 a month. Not given a key, only left house with family. Told her visa was 'illegal' and police would arrest her. Slept in the children's room on a mattress.",
  "WW RM IT AC EO", "rm foa plc lh", "D", "h")
E("Intel: a bloke called Ricky on the Falinge is getting people to open bank accounts and hand over the cards for £200, then uses them to move money. Some of the lads who did it have been threatened when they tried to close the accounts.",
  "IT", "mbc ncw", "C", "m")
E("Licensing: Nail salon, Huddersfield - one technician could not produce ID. Later produced passport and right to work. Business owner fined for record keeping. No further concerns.")
E("Police attended HMO in Tinsley after fire alarm. 22 people living in 4-bedroom house, all Romanian, beds in kitchen and lounge. Landlord collects £60 per person weekly and drives them to a packing plant in Doncaster at 5am. Workers stated he keeps their bank cards and gives them cash 'when needed'. Property closed on fire safety grounds.",
  "AC WW", "oa plc ced et ncw", "L", "m")
E("My daughter's boyfriend is controlling, always checking her phone and telling her what to wear. He hasn't hit her. I'm worried. Referral to DA service.")
E("INT 2/B/P: BAKER, Leon (DOB 02/2004) using vulnerable adult with Down's syndrome to hold drugs at his flat in Brinnington. Victim's benefits also taken.",
  "AV", "ncw", "C", "m")
E("Man says he paid £3,000 to a man in Manchester to arrange a 'marriage' to get papers, the marriage never happened, the man disappeared. No work, no control, he just lost his money. Advised fraud report to Action Fraud.")
E("DC's note: the victim (Chinese national, F, 36) said she was promised work in a restaurant in Sheffield. She was taken instead to a flat in Broomhall where she was forced to have sex with men 10-15 times a day. The 'boss' held her passport and all money. She was told her debt was £30,000 and increased each time she was late or refused.",
  "DE PV RD WW DB EO", "dt ncw lh", "S", "h")
E("Drunk male causing a disturbance in a kebab shop on Oxford Rd, refused to leave. Removed by officers, no arrest.")
E("Report via Crimestoppers: farm near Goole, Eastern European workers living in caravans with no running water, gangmaster takes a cut of every payslip for 'accommodation and travel' which leaves them with nothing. Workers are afraid to speak because they were told they'd be sent home without pay.",
  "AC WW IT", "plc ncw ct", "L", "h")
E("Child (M, 12) found shoplifting in Meadowhall with two older teenagers. Said the older boys told him to do it or they'd batter him. He gave the stolen goods to them.",
  "AV IT", "", "C", "h")
E("Right to work check at a Bradford restaurant by Home Office ICE: 2 workers without right to work, arrested on immigration grounds. Both told officers they were paid £8/hr in cash and had their own accommodation. No trafficking indicators recorded.")
# ---- part 2 ----
E("Caseworker (Hope for Justice): Client A, Sudanese male, 24, says he was 'sold' a job on a building site in Leeds by a man at the Wakefield hotel. Paid £40 a day cash, less than promised (£100). Worked 6 days, 8-5. Left after 3 weeks of his own accord, never threatened, kept his own documents. He wants help claiming the money he was promised.",
  "DE", "", "L", "m")
E("INT 1/A/P: SINGH, Harjit (DOB 1971) supervisor at fabric dyeing unit, Cheetham Hill. Source works there. Around 20 workers, mostly Indian and Pakistani men on expired visas, paid £3/hr in envelopes, work 7am to 10pm, some sleep on cutting tables. SINGH tells them Immigration are 'his friends' and will take anyone who complains. Fire exit chained shut.",
  "AV WW EO AC IT", "lh sw foa", "L", "h")
E("lost dog black lab answers to Bruno last seen near Clayton Vale")
E("Sheffield Children's Hospital: girl aged 13 attended with STI. Mum unaware. Disclosed 'boyfriend' aged 24 who takes her to 'parties' at a flat in Page Hall where she is given cannabis and 'has to be nice' to his friends. Strategy meeting convened same day.",
  "AV PV", "", "S", "i")
E("GLAA: labour provider supplying potato pack house near Selby. Workers charged £200 'registration fee' before first shift. No other concerns; workers have own accommodation and bank accounts, contracts in place. Enforcement action for fee charging.",
  "", "uf", "", "l")
E("Handover from nights: Vietnamese male (approx 17, says 19) detained running from police after raid on cannabis farm in Shaw. Skinny, scabies on arms. Says 'uncle' brought him, he cannot go out because 'police will kill me'. Age assessment requested, s45 considered, placed with LA.",
  "AV RM", "pa rm foa", "C", "h")
E("Walking home on Stanningley Rd I saw a man hit a woman outside the Chinese takeaway and drag her back inside by her hair. She was screaming in a language I didn't understand. This was 5 mins ago please send someone",
  "PV", "", "", "i")
E("Victim statement (Romanian F, 22): 'My boyfriend Florin said we come to England together and I work in a hotel and he works building. In Manchester he said there is no hotel, I must go with men or we cannot eat. He put the adverts on the internet with my photos. He kept all the money because he said I would spend it. If I said no he hit me. I was not allowed to have my own phone.'",
  "DE PV WW IS", "ncw iso", "S", "h")
E("Concern from a teacher: Polish boy, 10, mentions dad works at a car wash 'all the time' and that there are 'lots of men in our house'. Home visit found overcrowding (3 families, 2-bed flat) but parents employed legitimately at a warehouse and a hospital. Housing referral made. No exploitation concerns.",
  "", "oa", "", "l")
E("VRM KX19 ABC (white Mercedes Sprinter) stopped on M62. Driver plus 12 Romanian males, no seats for 5 of them. Driver says he takes them to 'the job' in Hull for £25 each per week. Workers say they work for a builder, are paid by bank transfer, and can leave. Driver reported for overloading and no operator licence.",
  "", "ct", "", "l")
E("Salvation Army: Client D, British male, 45, homeless in Huddersfield, approached by a man offering bed and work tarmacking. Taken to a caravan site in Lancashire then back to Yorkshire jobs. Worked 14 hr days, never paid, 'fed and given cans'. Beaten when he said he wanted to leave. Escaped when van stopped at services.",
  "AV DE EO WW PV AC", "lh plc", "L", "h")
E("Fight outside Walkabout at closing, two males arrested for s47 assault. CCTV seized.")
E("Report: Indian student (21) at Sheffield Hallam says her part-time employer at a restaurant paid her 2 weeks late this month. She has her passport, lives in uni halls, and has now been paid in full. Wanted advice on her rights. No exploitation.")
E("2/B/C (not for onward dissemination without OIC approval): ROMA extended family in Page Hall thought to bring teenage girls from Slovakia for marriage to older men in the community. Girl aged 15 recently arrived, not in school, reportedly 'married' to a 32yr old and does the household work for his parents.",
  "AV", "", "D", "h")
E("My mate said he was offered £10k for his kidney by a bloke on Facebook who said it would be done in Turkey, is that even allowed? He hasn't done it, told him not to be stupid.")
E("I am from Vietnam. The boss of the nail shop in Huddersfield is a woman from my village. She told my parents I can study in England and work part-time. There is no school. I work from 9 in the morning to 9 at night and sleep on the sofa in her house with her children. She says I cost her a lot so I do not get salary until the debt is gone. She keeps my passport in her bedroom.",
  "DE EO DB WW RD", "lh dt", "L", "h")
E("RTC: cyclist clipped by bus in Bradford city centre, minor injuries. Driver stopped.")
E("Council licensing (HMO enforcement), Ravensthorpe: unlicensed HMO, 14 men in 5 rooms, bunk beds, one kitchen, mould, no smoke alarms. All workers at the same meat processing plant. Landlord is the plant's shift supervisor, rent deducted from wages at source. Some workers say they would lose their job if they moved out.",
  "AC IT", "oa plc", "L", "m")
E("Bank alert (Santander FCU): salary credits from 3 different employers (care agency, warehouse, hotel) into one account held by a Filipino female. All funds transferred within an hour to a UK account in the name of a male at the same address. Customer when called could not say what her balance was and passed the phone to a male.",
  "WW", "ncw sfw", "L", "m")
E("Officer attended takeaway in Gorton following report of a worker being held. Spoke to worker alone with interpreter: he is the owner's nephew, has a room in the family house, paid weekly, and goes to college on Tuesdays. Says no one stops him going out. NFA.")
E("someone pls check the house on Burley Rd at the back of the mosque, heard a kid crying for ages and a man shouting 'work or no food'. there's always lots of kids coming and going with big bags of clothes to sell",
  "AV IT", "", "C", "h")
E("INT 2/B/P: fishing vessel based at Bridlington employs Filipino and Ghanaian deckhands on transit visas. Men remain on board between trips, not allowed ashore by skipper. Work up to 20 hours during hauls. Wages of $500/month paid to a manning agent in Manila, crew receive part. Passports held by skipper.",
  "RM EO WW RD", "rm lh sw dt ncw", "L", "h")
E("I want to complain that my landlord still hasn't given back my deposit, I moved out 2 months ago, Oldham.")
E("Caller states a teenage boy has just been dragged into a car on Platt Lane by two men, boy was struggling. Silver BMW, part VRM 'MF'. Caller thinks the boy sells drugs for them. Units sent.",
  "AV PV RM", "rm", "C", "i")
E("PCSO note: elderly Roma woman begging at the bus station says she is on her own, lives with her daughter in Rotherham, money is for her. Appeared well, no one watching. Signposted to food bank.")
E("Debrief (Eritrean male, 30, interpreter): He says that the man who drove him from Calais said he must work in a car wash in Doncaster for a year to pay £8,000. He worked there six months, 8 until 8, slept in a room above with 5 men. He says the boss gave him £50 on Sundays. He says the boss never hit him but told him that if he runs the police will deport him.",
  "DB EO AC WW IT", "lh sw oa", "L", "h")
E("POI AHMED, Kamran: suspected of arranging sham marriages between EU women and Pakistani men in Bradford for £15k per marriage. One Slovak woman, 20, reports being kept in a flat until the wedding day, her ID card held by AHMED, told she would be 'sorted' if she backed out.",
  "RM RD IT", "rm dt", "C", "h")
E("Broken window at the mosque on Clifton Rd, hate crime report made, CCTV checked.")
E("A&E Bradford Royal: male, 40s, Kurdish, large burns to hand and arm from car wash chemicals. Says he has worked there 2 years, no gloves supplied. Colleague brought him in. Says he is paid every week and has his own room; no other concerns. Referral to HSE considered.",
  "AC", "", "L", "m")
E("Case note (Unseen helpline): Caller is a Nigerian woman, 29, who was brought to Manchester as a domestic worker for a couple who are both doctors. She looks after their twins, cleans and cooks, from 6am to midnight. They pay her £100 a month into an account they hold. She has not been out alone in a year. They told her she is illegal and the police will put her in detention.",
  "EO WW RM IT AV", "lh ncw rm foa", "D", "h")
E("intelligence: 2 young Albanian lads working at a barber shop in Halifax say they were brought by a man who gave them work and a flat. Both have own phones, visit friends, paid in cash weekly. Not thought to be exploited at this time. Monitor.")
E("Referral from JobCentre: claimant (M, 38, British) says his 'mate' insisted on coming to every appointment and that all his UC is paid to the mate's account. He appeared scared and had a black eye.",
  "", "ncw sfw pa", "", "l")
E("Hull Magistrates: two Lithuanian brothers convicted of forced labour offences. Workers recruited in Vilnius with promises of £400/week on farms were housed in sheds, fined for 'mistakes' until they owed money, and threatened with dogs. Court heard some worked 18-hour days.",
  "DE AC DB IT EO", "plc lh", "L", "h")
E("Fraud: elderly lady in Stockport rang about a caller pretending to be from her bank, she gave no details. Advice given.")
E("School safeguarding: Year 11 boy (16) excluded, seen on trains to Lincoln. Told learning mentor he 'works for someone', gets £50 a day, and has been 'jumped' twice. Has a second phone that rings constantly. Mum says he comes back late and exhausted.",
  "AV PV", "", "C", "h")
E("Saw on the news about slavery at car washes so I asked the lads at my local one in Stretford if they were ok. Laughed at me, said they're students and the boss is sound. Guess that's fine then.")
E("Handover: Flat 12, Trinity Court, Middleton - 4 Chinese females found during welfare visit linked to adverts on AdultWork. All in one bedroom. Food delivered by a man twice a week. None had passports; said 'the lady has them'. Interpreter requested, NRM consideration, one woman said she cannot leave because she owes for the ticket.",
  "RD DB AC", "dt oa", "S", "h")
E("Man reports a van driver was abusive to him in a road rage incident on the A58. No injuries, VRM provided.")
E("NHS renal consultant raises concern: patient (Indian national, 55) returned from abroad after a kidney transplant 'from a paid donor' arranged through a broker; patient openly says he paid $30,000. Donor unknown. Referral to NCA as possible transplant tourism.",
  "", "", "O", "m")
E("INT 2/B/P: Eastern European male known as 'BOSS' collects around 30 workers from HMOs in Castleford at 05:00, drives them to a chicken processing plant, collects them at 20:00. Workers told to say they are 'self-employed'. BOSS speaks to management on their behalf and pays them 'what's left' after rent and transport.",
  "WW", "ced et sfw ncw ct", "L", "m")
E("Public report: 'why is the woman in no 14 always cleaning the whole street's windows and mowing lawns and the family she lives with never do owt, she looks frightened, never talks, and is always in the same clothes'",
  "", "pa fpe", "D", "m")
E("Domestic abuse, Wythenshawe: female disclosed partner strangled her last night. Arrested for NFS. DASH high. No work or sexual exploitation issues - joint tenancy, both employed.",
  "PV", "", "", "h")
E("She says she is from Albania and came to England with a boyfriend who promised they would marry. She says he sold her to other men in a house in Bradford and she was raped. She says he still has her ID card and that he sends messages to her sister saying he will find her.",
  "DE PV RD IT", "dt", "S", "h")
E("Car wash owner in Barnsley phoned in asking for advice on checking right to work after seeing an article about modern slavery. Advice given. Good practice.")
E("Officer notes: caravan on farmland outside Holmfirth. Three Polish men, older, drink heavily. Say a farmer lets them stay for free and gives them odd jobs paid by the day. They come and go to town. Poor conditions (no electricity) but they said it was their choice. ASC referral for one with poor health.",
  "", "plc", "", "l")
E("INT: LEE, Jamie - running cuckoo house at 33 Holme Rd. Vulnerable female tenant (alcohol dependent) made to cook and clean for dealers and 'be nice' to customers. She was punched when she asked them to leave.",
  "AV PV", "", "C", "h")
E("My cousin came from Kerala to work as a senior carer in a home in Bolton. She says the work is hard but she gets paid properly and has her own flat. She just wanted to check if she can change employer. Gave her the visa guidance.")
E("Victim debrief (Polish male, 60): 'I was sleeping rough in Leeds when two men said come work with us, roofing, money every week. They put me in a shed in their garden with a bucket for toilet. Work every day from 6 morning. No money, they said money goes for food and shed. They took my ID card, they said they needed it for the bank. When I tried to go they set the dog on me. I was there 3 years.'",
  "AV DE AC EO WW RD PV", "plc lh dt", "L", "h")
E("Indian restaurant in Leeds reported by rival owner for 'slavery'. Visit: 6 staff, all with right to work, contracts, payslips, rota 40hr. Allegation appears malicious.")
E("txt to 999 via relay: im in back of lorry on M62 cant breath there r 8 of us pls help",
  "AC", "", "", "i")
E("Sheffield Social Services: referral for 4 Roma children (8-13) seen selling the Big Issue-style 'charity' magazines in town centre during school hours with an adult man who takes the money every hour.",
  "AV", "ncw", "C", "h")
E("Prison intel: inmate states his brother's Albanian boss holds his passport and told him that if he talks to police his family in Kukës 'will pay'. Inmate was arrested in a cannabis farm in Leeds.",
  "RD IT", "dt", "C", "m")
E("I'm a tenant in Ardwick and my landlord turns up whenever he likes and shouts, that's harassment isn't it")
E("Case summary: woman from Pakistan married in Lahore to British man in Dewsbury. Since arriving she has been kept at home by his mother, made to clean and cook for 11 family members, not allowed to contact her family, her phone is taken at night. Her mother-in-law hit her with a rolling pin when food was late. Husband holds her passport and spouse visa card.",
  "RM IS PV RD EO", "rm iso dt lh", "D", "h")
E("GLAA inspection: mushroom farm near Doncaster. 45 workers, accommodation on site is clean, 2 per room, rent at legal offset rate. Payslips clear. Workers know how to complain. Licence renewed.")
E("VRM seen at three addresses in Harehills linked to brothel adverts. Driver drops women at 2100 and collects 0600. Women change every 10 days.",
  "", "ced et", "S", "h")
E("Intel: teenage girls from children's home in Rochdale being taken to takeaways and flats by older men, given drink and drugs and then passed round to men who pay the organisers.",
  "AV PV", "", "S", "h")
E("Mr O rang 101 to ask how to report a hotel in Leeds that pays cleaners by the room. He says he is one of them, it works out at about £7 an hour, he is not forced and can leave, he just thinks it is unfair. Passed to HMRC NMW.")
# ---- part 3 ----
E("THE CAR WASH ON MANCHESTER RD IS A DISGRACE!!! LADS WORKING IN THE FREEZING RAIN IN FLIP FLOPS, NO COATS, SAME LADS 7 DAYS A WEEK FROM DAWN TILL DARK AND THEY SLEEP IN THAT CONTAINER AT THE BACK. WHY IS NOBODY DOING ANYTHING ABOUT IT",
  "AC EO", "lh sw plc", "L", "m")
E("Intel log 2/B/P. Subject: TRAN, Thi Hoa (F, DOB 2001). Works Polished Nails, Ashton-under-Lyne. Lives above shop with 3 other females. Source states TRAN does not know the address where she lives, is moved between shops in a car with blacked out windows, has no phone. Manager LE collects all tips.",
  "IS WW", "iso et sw", "L", "m")
E("Walked past the house on Beeston Hill again, an older woman always at the window, man next door says she's the family's granny, which tbh makes sense. Probably nothing.")
E("She says that the lady in Didsbury took her phone on the first day 'because it is a distraction from the children'. She says she has not spoken to her husband or her son in Manila since April. She says she does not know the name of the road where the house is. She says she works from 6 until the family sleeps and cleans the whole house every day, and is paid nothing, the lady says the salary is sent to the agency in Manila.",
  "IS EO WW", "iso lh ncw", "D", "h")
E("Theft of diesel from a farm near Penistone, approx 300 litres. Suspects unknown.")
E("Caseworker (City Hearts): Client E (Albanian F, 26). Trafficked to UK at 19 by 'boyfriend'. Kept in a flat in Leeds with no internet, curtains nailed shut, the only person she saw apart from 'clients' was him. Told her family had disowned her. Exploited in prostitution for two years. Now in safe house.",
  "DE IS RM", "iso rm", "S", "h")
E("Pls can someone look into the pop up barbers in Oldham town centre, it's always open, one lad in there looks no older than 14 and he's cutting hair at 11pm on a school night",
  "AV", "", "L", "h")
E("Warehouse agency in Normanton: worker complaint that his pay was £90 short this week. Agency checked and found a timesheet error, corrected it in next pay run. Worker satisfied.")
E("INT 2/B/P: females working from flat 3, 128 Cheetham Hill Rd advertised as 'Asian massage'. Source says women are brought in on Monday in a people carrier and taken away on Sunday. Never seen outside. Men pay at the door to an older woman.",
  "RM", "et rm ncw", "S", "h")
E("Long debrief summary (translated from Polish):\n\nHe answered an advert on a Polish Facebook group for warehouse work in Leeds, £450 a week, house included. He paid 'Marek' £250 for the transport and the first week's rent before leaving Poland.\n\nOn arrival he was taken to a house in Harehills with 15 other men, 4 to a room. Marek took his ID card and said he would open a bank account for him. He never got the card back; the bank card went to Marek too.\n\nThe work was in a food factory, 12-hour nights, 6 nights a week. Payslips showed £1,600 a month but Marek gave him £50 cash on Sundays. When he asked for more Marek said he owed for rent, transport, the agency and 'fines'.\n\nAnother man, Pawel, who argued was beaten in the garden. He left after 9 weeks with the help of a colleague at the factory.",
  "DE RD WW DB EO PV AC", "uf oa dt ncw lh", "L", "h")
E("Public report: i think my neighbour is a modern slave he does all the garden and car washing for them but then i saw him leave in his own car with his wife and kids so maybe not lol")
E("Child protection: Girl, 15, from a Roma family in Gorton, has not been in school since Christmas. Aunt says she has been 'promised' to a family in Sheffield and now lives with them, cooking and cleaning for the family of her future husband, and is not allowed to telephone her mother.",
  "AV IS", "iso", "D", "h")
E("Man walking a large dog off the lead in the park, dog knocked a child over, no injury. Owner spoken to.")
E("Doctors' surgery Rochdale: Male, 28, Bangladeshi, presented with chest infection, sleeps in a restaurant kitchen, says his employer is his landlord and 'lets' him stay there for free. Works about 70 hours a week. Thin, in chef's whites, only possessions a carrier bag. He wants to go home but his employer 'is sorting out my passport'.",
  "EO AC RD", "sw lh pa fpe dt", "L", "h")
E("INT 3/D/P: unverified allegation that a kidney was bought from a young man in a Bradford mosque community for a relative in Pakistan. Source has no further detail. No victim identified.",
  "", "", "O", "m")
E("Hand car wash in Batley - Trading Standards joint visit. Six Kurdish Iraqi workers, all asylum seekers (no right to work). Told officers they are paid £30 for a 10-hour day. Owner drives them from the asylum hotel each morning. Workers say they work there because they have no other money. Referral to MS team; owner prosecuted for illegal working.",
  "AV", "et", "L", "m")
E("I just want the police to know the 'Golden Dragon' (not real name) on Wakefield Rd is run by a lovely family who pay their workers, I worked there 4 years while at uni. The recent Facebook post is racist nonsense.")
E("Debrief (Vietnamese F, 17): 'They said I would work in a restaurant. I was taken to a house with plants. The men said I owe them £20,000 and I must look after the plants for two years. One of them came at night and did bad things to me. He said if I tell anyone he will hurt my little brother in Vietnam.'",
  "AV DE DB PV IT", "", "C", "h")
E("Daily briefing item: fire at the textile mill in Dewsbury last night, no persons inside. Cause being investigated.")
E("Report from a hotel night manager in Manchester Piccadilly: same man has booked 2 rooms every weekend for 3 months, different young women each time, he takes the key cards and keeps them, women don't have luggage.",
  "", "fpe", "S", "h")
E("Officers responded to a call at a house in Harpurhey. Female, 31, Nigerian, stated her partner had assaulted her. She has leave to remain, works as a carer, lives with her own children. No indicators of trafficking or servitude. DA procedures followed, partner arrested.",
  "PV", "", "", "h")
E("INT 2/B/P 'Kwame' line: runners recruited from a PRU in Bradford, given phones and sent to Harrogate. When a runner lost £600 of gear he was told he now 'works for free' until it's paid off. Another was burned with an iron.",
  "AV DB WW PV", "", "C", "h")
E("Report of a man shouting at workers on a building site in Salford, thought it might be slavery. Officers attended: site manager was giving a toolbox talk after a near miss. All workers CSCS-carded, agency employed. NFA.")
E("PC Mirza: Spoke with female (Romanian, 40s) at the Arndale begging. She says she has 5 children at home and her husband takes her to the spot each day and takes the coins at lunchtime. She did not seem frightened and said it was her choice. Info shared with MASH for the children.",
  "", "et ncw", "", "l")
E("MY SISTER IS BEING HELD BY HER HUSBANDS FAMILY IN BRADFORD THEY TOOK HER PHONE AND PASSPORT SHE CANT LEAVE THE HOUSE, SHE DOES ALL THE WORK, SHE MESSAGED FROM THE NEIGHBOURS WIFI THEY SAID THEY WILL KILL HER IF SHE TRIES TO GO BACK TO INDIA. PLEASE GO NOW",
  "IS RD RM IT", "iso dt rm", "D", "i")
E("Midwife community visit: Mum and baby well. Family of 6 in a 2-bed council house, overcrowded, on housing list. Dad works at the tyre place. No safeguarding concerns beyond housing.",
  "", "oa", "", "l")
E("2/A/P INT: BALOGH, Zoltan (Hungarian, DOB 1968) runs a recycling sorting line near Rotherham. Workers recruited in Miskolc from children's homes and homeless shelters, brought by coach. Housed in a farmhouse, 20+ men. BALOGH holds ID cards and bank cards. Workers paid £10-£20 a week 'pocket money'.",
  "AV RD WW AC", "dt ncw oa", "L", "h")
E("A lady in my English class says her boss at the laundry took her passport to photocopy and gave it back the next day. She was worried but it's back now.")
E("NCA alert shared with GMP: network advertising 'kidney donors wanted, £15,000 paid' on social media targeting Pakistani and Indian migrants in the North West. Two men from Manchester travelled to a clinic abroad; one has since been treated at MRI for complications and says he was paid only £2,000 of what he was promised.",
  "DE AV", "pa", "O", "m")
E("Shoplifting gang, Leeds city centre: 3 Romanian women aged 17-20 detained with £1,200 of cosmetics in foil-lined bags. Say a man drives them from Sheffield every day and they must bring him £300 each or 'he gets angry'. One had a cut lip.",
  "AV IT", "et pa", "C", "h")
E("Theft from motor vehicle, Heaton Moor, tools stolen from van overnight.")
E("The interpreter said that Mr K says the agency in Kathmandu charged him £8,000 for a job as a fruit picker. When he arrived in Yorkshire the farm had work for only 4 weeks and then told him to go home. He is not forced to do anything, but he has a big debt at home and the farm sent him away. He wants help with the visa.",
  "DE", "uf", "L", "m")
E("Care home in Wakefield: CQC inspector reports 5 overseas care workers living in a 2-bedroom flat owned by the home's director, each paying £400 rent deducted from wages. Workers did 60-70 hour weeks. One said she was told her visa would be cancelled if she took sick leave.",
  "AC EO IT", "oa lh", "L", "h")
E("Police found 2 men sleeping rough behind the Lidl in Barnsley, both British, both alcohol dependent. No work involved. Referral to outreach.")
E("Debrief (Eritrean F, 20): 'The man at the asylum hotel said he has work in a house, cleaning. The house was in Leeds, a family. I clean, cook, look after the old father, wash him. I do not go out. They lock the door when they go. They give me food from what is left. After 4 months they said I can have 100 pounds but I never got it.'",
  "DE RM WW", "rm", "D", "h")
E("Intel: vehicle LR68 XXX seen at 0500 outside HMO in Tinsley, 10 males getting in. Driver known to be agency driver for a legitimate labour provider (GLAA licensed). No concerns.")
E("caller says theres a kid about 12 selling weed on the corner of Beech Rd every night off his bike, bigger lads sit in a car watching him and take the money",
  "AV", "ncw", "C", "h")
E("The lads at the car wash were lovely, one asked me if I could help him because the boss has his passport and he wants to go back to Albania for his mum's funeral. He whispered it and kept looking over his shoulder.",
  "RD", "dt", "L", "m")
E("Burglary at a pharmacy, Longsight, controlled drugs taken. Forensics attended.")
E("POI MENSAH (Ghanaian, F) - runs a cleaning company with contracts at 3 Leeds offices. Ex-worker says she was told she owed £3,000 for her visa and that this would come out of pay. Pay went to MENSAH's account. Ex-worker also says MENSAH told her she knew her mother's address in Kumasi.",
  "DB WW IT", "ncw", "L", "h")
E("Online report (anon): massage place on Oxford Rd Manchester girls dont speak english, they live there i think, they always look tired and are never seen outside, think its a brothel",
  "", "sw", "S", "h")
E("Home Office caseworker note: applicant says he was working 'illegally' at a takeaway in Huddersfield for 18 months. Paid weekly in cash, £250. Lived with friends. Never threatened. Left when he found a better job. No NRM referral indicated.")
E("Fishing: Filipino crewman (38) on a Fleetwood-registered scallop dredger complained to the port chaplain of working 20 hours a day with 4 hours sleep for 10 days at a time. Says skipper shouted and once hit him with a rope. Pay sent to his family by the agency, he never sees a payslip.",
  "EO PV WW", "lh ncw", "L", "h")
E("Anonymous tip: 'Hotel on the ring road takes on Romanian cleaners through a bloke who takes half their wage for transport and the room they share with 6 others, and keeps their ID cards in his car.'",
  "WW RD AC", "ncw dt ct oa", "L", "h")
E("Child, 9, Romanian, brought into A&E Sheffield with dad after falling from a trampoline. Broken wrist. Dad works at a bakery. Family living in their own rented house. No concerns.")
E("Bank alert: 23 debit cards sent to one address in Cleckheaton in 6 weeks; accounts opened with ID of young Bulgarian men. Salaries from a temp agency paid in; cash withdrawn at one ATM in Dewsbury at 0600 each Friday by the same male.",
  "WW", "mbc ncw", "L", "m")
E("Statement: 'My name is Lucy, I am 16. Shane said I was his girlfriend and I could stay at his flat in Rotherham when I fell out with my mum. After a week he said I had to pay him back for the weed and the food by sleeping with his mates. When I said no he hit me and locked me in the bedroom.'",
  "AV DB PV RM", "rm", "S", "h")
E("Trading standards: shop in Bolton selling counterfeit trainers. Owner arrested. Stock seized.")
E("INT 2/C/P: Indian nationals working on a construction site in Leeds (student accommodation block) are housed in the unfinished building, sleeping on the floor among tools. Sub-contractor pays them through one man who takes 'commission'.",
  "AC", "sw plc sfw", "L", "m")
E("Girl, 14, reported missing from a children's home in Bury, found in a car with two adult men at 3am in Cheetham Hill. Men arrested. She had alcohol and a new phone from them.",
  "AV", "", "S", "i")
E("Asylum seeker (Sudanese M, 19) attended the Refugee Council drop in asking if it's ok that he was paid £50 for a week of work at a car wash. He says he did not want to go back, the owner did not try to stop him and he still has his papers.",
  "", "", "", "l")
E("Victim (Slovak Roma F, 34) told us through an interpreter: the man said she owed £1,000 for the minibus and house, then every week he added £100 for food and electric, so now she owes £3,000 even though she works every day at the packing factory. Her bank card and PIN are with him. She is scared of him because he threw hot water on her sister.",
  "DB WW PV", "ncw", "L", "h")
E("School attendance officer: home visit for a Roma boy (12) missing school. Mother explained he was looking after younger siblings while she was ill. Back at school Monday. Early help offer made.")
E("Intel: Albanian male 'GENTI' runs car washes in Hyde and Denton and a cannabis grow in a rented house in Stalybridge. Car wash workers told they must take turns 'watering' the grow at night. Workers' passports kept by GENTI's brother.",
  "RD", "dt", "L C", "m")
E("Possible cuckooing: flat in Wythenshawe belonging to a 70yr old man with COPD. Neighbour reports young men coming and going all hours, the old man is sometimes seen sitting outside in the cold because 'they've got visitors'.",
  "AV", "", "C", "m")
E("My wife's cousin came over from Poland to work on a farm near Boston but it's all legit, agency got her a caravan, pays weekly, she's going back in October. Just saying not all farms are bad.")
# ---- part 4 ----
E("Au pair agency concern: Spanish au pair, 19, placed with family in Alderley Edge, emailed the agency saying the family have taken her phone 'during working hours' which is all day, she looks after 3 children and does all the cleaning 7am-10pm, has had one day off in 6 weeks, and the mother reads her messages. She has been paid her £100 a week.",
  "IS EO", "iso lh", "D", "m")
E("Lorry driver reports finding 2 men hiding in his trailer at a services on the M1 near Wakefield. Both Eritrean, said they had paid to get to England. Handed to immigration. No exploitation disclosed.")
E("INT 2/B/P: Slovak female 'JANA' recruits Roma women in Sheffield for 'cleaning' then supplies them to a man who takes them to hotels in Leeds. Women are told they cannot phone their husbands while they are 'at work' and have phones taken from them in the car.",
  "DE IS", "iso et", "S", "h")
E("Bloke at the garage said my car's MOT was fine then charged me for stuff I didn't need. Can I report that?")
E("NRM referral summary (First Responder: Barnardo's): Child A (Albanian, M, 16) arrived by small boat, placed in hotel for unaccompanied children in Kent, went missing after 2 days. Found 6 weeks later in a cannabis factory in Bolton during warrant. Told officers he had to 'pay off' £12,000 and that the men who brought him have pictures of his family's house. Had not been outside since he arrived. Very thin.",
  "AV DB IT RM", "rm pa", "C", "h")
E("Member of public: bunch of kids outside the Co-op asking people for money for a 'football team' with a clipboard, don't think it's real, bit cheeky. Police to pass by.")
E("Complaint to GLAA by a Romanian worker at a salad packing plant near Hull: agency charges £12 a week for hairnets, gloves and boots, deducted from pay, and £8 a day for the bus. He has his own flat and passport and can leave. GLAA to investigate PPE charges.",
  "", "ppe ct", "", "l")
E("999: male with strong accent says 'they will kill me tonight, I am in the garage at back of the kebab shop, door locked, please' then line goes dead. Location traced to Bradford Rd, Huddersfield. ARV units deployed.",
  "RM IT", "rm", "", "i")
E("She says that in Lagos a man came to her school and said he can take girls to England for nursing training. She was 16. In England she was kept in a house in Moss Side with other girls. She says the madam took her passport and told her she owes 40,000 pounds. She says they took her phone. She says the men who came to the house raped her many times. She escaped when the madam was in hospital.",
  "AV DE RD DB IS PV RM", "dt iso rm", "S", "h")
E("Probation: PoP (M, 22) lives with his gran in Middleton, working at a warehouse through an agency. Gets paid every week. No concerns re exploitation, gang affiliation historic.")
E("Environmental Health visit to a Chinese takeaway, Chapeltown: kitchen chef (Chinese M, 50s) sleeps on a mattress in the storeroom. Says he is the owner's brother-in-law and prefers to sleep there to save money, has a room at the family house he can use, paid weekly. Hygiene notice issued for the mattress; no exploitation indicators.",
  "", "sw", "", "l")
E("MSHTU tasking: recycling plant, Rotherham. 2 workers (Lithuanian) found living in a shipping container on site, no toilet. Say the boss 'Tomas' keeps their wages 'to save up' for them and they have not been paid in 5 months. Tomas has their ID cards. No phone, do not speak English, don't know the name of the town.",
  "AC WW RD IS AV", "sw plc dt iso", "L", "h")
E("Report: a woman posted on a Leeds community group looking for a 'live-in girl from back home' to look after her mother for 'food and board, no wages'. Post removed. No victim identified.")
E("Handover (nights to days): Eastern European female, 20s, found wandering near Bramley at 4am, barefoot, no coat, no phone or bag, only a few words of English. Said 'man hit, house, no go back'. Bruising to both arms. Taken to hospital, interpreter booked (believed Lithuanian). Possible trafficking victim; MSU aware.",
  "PV", "pa fpe", "", "h")
E("Criminal damage to a phone box in Otley Rd. CCTV requested.")
E("Victim account (Pakistani M, 33): 'I came on a student visa but I did not go to university because the agent said I could work in his cousin's restaurant in Bradford. I worked 14 hours a day in the kitchen, 7 days. He gave me 50 pounds every week and said the rest goes to my visa costs. He said if I leave he will tell the university and the Home Office I am not studying and I will go to prison.'",
  "DE EO WW DB IT AV", "lh", "L", "h")
E("Concern raised by a bank branch manager in Halifax: an elderly man came in with a younger male who did all the talking and tried to withdraw £5,000. Customer said it was a gift for his nephew. Branch refused and called police. Family member confirmed nephew is genuine; money for a house deposit. No concerns.")
E("INT: minibus (LS plate) takes Czech Roma workers from Bradford to a poultry farm near Thirsk at 3am, back at 8pm. Workers pay driver £10 a day. One worker told a nurse he is charged for his own gloves and knife.",
  "", "ced ct ppe", "L", "m")
E("Salvation Army case note: Client H (Chinese F, 45) - came on a visit visa to work as a nanny for a family in Altrincham after they paid her agent. Sleeps in the baby's room, on call all night, no days off. Says the family are 'kind' but she has never been paid because 'the money went to the agent'. Not allowed to go out except to take children to school. Does not know anybody in the UK.",
  "EO WW RM IS", "sw lh rm iso ncw", "D", "h")
E("Hiya, I work nights at a hotel in Sheffield, the agency is good, pays holiday, I just want to report that a guest was abusive to me last night, he pushed me.",
  "PV", "", "", "h")
E("Operation note: warrant at address in Stoke Rd, Hanley linked to a Leeds OCG. Three Albanian men found tending 900 cannabis plants. All three said they came voluntarily for money and were paid £1,500 a month, had phones and could leave. NRM explained, all declined. Charged with production.",
  "", "", "", "l")
E("text from a girl (17) on snapchat to her youth worker: 'he says i owe him for the hotel and the clothes and i have to do a party tonight with his friends or hell post the video of me everywhere'",
  "AV DB IT", "", "S", "i")
E("INT 2/B/P: a property in Ashton-under-Lyne houses Vietnamese women who work at nail bars in Stockport and Hyde. They are driven to and from work by the same man and hand over their wages on a Friday. They are told not to speak to customers. One has an eye injury.",
  "WW IS", "et ncw iso pa", "L", "m")
E("Renal unit nurse: a young Romanian woman, 23, was brought for tests by two men who said they were family and wanted to know if she could donate a kidney to 'an uncle'. She did not appear to know what the tests were for and looked scared, the men spoke for her. Consultant refused and safeguarding raised.",
  "AV", "sfw", "O", "m")
E("Landlord reports his tenant in Huddersfield has stopped paying rent and won't answer the door. Civil matter, advised.")
E("Press summary (Yorkshire Post style): A Barnsley couple were jailed for 8 years after keeping a man with learning difficulties in a shed in their garden for 9 years. He was made to lay block paving for their business without pay, was fed scraps and regularly beaten. The court heard he was not allowed to leave the property without one of them.",
  "AV AC WW PV RM", "plc rm", "L", "h")
E("Met the lads from the food factory at the Polish shop, they said the new agency in Bradford is much better than the old one, pay is correct, they get the bus free. Good to hear.")
E("Officer report: spoke to a young Indian woman (24) at Leeds bus station crying. Said her employer (a nail bar owner) shouted at her and docked £20 because she was late. She has her own flat and passport, was going home. Advised on employment rights.")
E("Referral from an ESOL teacher: a student (Afghan F, 30) told her that her brother-in-law holds her refugee travel document and that she is not allowed to go anywhere except the class, where he drops and collects her. She cleans for his whole household and a second house he owns.",
  "RD RM", "dt rm et", "D", "m")
E("Domestic: neighbours arguing loudly in Sowerby Bridge about loud music, one threatened to 'smash the speaker'. Words of advice.")
E("Debrief (Sudanese M, 27, via Arabic interpreter): The interpreter said that he was in the asylum hotel in Bradford when a man offered work in a car wash, £60 a day. After the first week the man said he must pay £300 for 'arranging it' and the money for lunch and the car. He worked 6 weeks and got almost nothing. The man told him that if he stops, he will call the Home Office and say he is working illegally so his asylum claim will be refused.",
  "DE WW IT AV", "uf ct foa", "L", "h")
E("Theft of a bike from outside Leeds station, lock cut.")
E("INT 2/B/P: the family running the newsagents on Stoney Lane are said to have brought a girl (approx 15) from Bangladesh who 'helps at home'. She is not in school and is seen hanging washing at 6am and closing the shop at 11pm. Never seen out alone.",
  "AV EO RM", "lh rm", "D", "h")
E("Police attended a nail bar in Bradford after a customer complained of a burn from a wax treatment. Customer given advice re civil claim. Staff all legally employed.")
E("Man (Nepali, 40) told us at the advice centre that his employer at a restaurant in Sheffield had not paid him for 3 weeks after the business got into trouble. He still has his own flat and documents and is looking for new work. We helped him with an ET1 claim. No exploitation.")
E("A Vietnamese teenager, about 16, was found by British Transport Police at Manchester Piccadilly with no money, a phone with only one number in it, and a piece of paper with an address in Oldham. He said he was told to go there to work in a nail shop to repay his family's debt.",
  "AV DB IS", "fpe iso", "L", "h")
E("Hi, I'm a Lidl delivery driver, there's a house on my route in Kirkstall where about 15 men come out at 5am to a van. They look rough, thin, same clothes every day. Just a feeling.",
  "", "ced pa oa", "", "l")
E("Child sexual exploitation strategy meeting notes (Rotherham): 3 girls aged 13-15 linked to the same group of men operating from a takeaway. Girls given free food and lifts, then alcohol, then told they owed money which they had to 'pay back' with sex. One girl disclosed rape by 2 men. Men threatened to tell her parents she was a 'slag' if she told anyone.",
  "AV DB PV IT", "", "S", "h")
E("Hate incident: graffiti on the wall of a Polish shop in Leeds. Council cleaning team notified.")
E("Source reports that a man called 'Vlad' in Sheffield has the passports of 10 Romanian men who work at a car wash, and gives them to them only when they go home at Christmas. He pays them £200 a week cash. Source says men are fine with the arrangement.",
  "RD", "dt", "L", "m")
E("I worked at the restaurant in Rochdale and the boss made us work with no breaks, but he paid the correct money and I left for a better place. Not slavery, just a bad boss.")
E("Safeguarding adults (Kirklees): Ms R, 40, with mild learning disability, says her 'boyfriend' takes her to houses where his friends pay him and she 'does things'. She says he keeps her bank card and her PIP. She says he is nice to her most of the time.",
  "AV WW", "ncw", "S", "h")
E("INT 1/B/P: OCG in Leeds (lead nom: KRASNIQI) using Albanian nationals as gardeners at 6 grow houses. Men told they owe £18,000-£25,000 for travel; 'wages' recorded in a notebook against the debt. Phones confiscated; contact with family allowed once a month on a boss's phone.",
  "DB WW IS", "iso ncw", "C", "h")
E("Mr and Mrs P came in about their son who has gone to work on a fishing boat in Scotland, they haven't heard from him in 3 days. He rang later that day, signal is poor at sea. All fine.")
# ---- part 5 ----
E("Financial intelligence (NatWest): 9 accounts opened at Bradford branch over 2 weeks by Eritrean men, each accompanied by the same Eritrean male who filled in the forms and gave his own phone number and email for online banking. Cards for all 9 later used at the same ATM in Manningham.",
  "", "mbc sfw ncw", "", "l")
E("Victim debrief, condensed (Albanian F, 23):\n\nShe met Ardi online in 2022; he said he loved her and would find her work in a bakery in England. They came by lorry. In Leeds he said the money for the lorry was £10,000 and she had to 'help' by seeing men. He booked the men through an app on his phone and she never knew the address of the flats she was taken to.\n\nShe was not allowed a phone, and when she spoke to a neighbour once he broke her finger. He said her brother in Durrës would be hurt if she ran. She was moved every two weeks - Leeds, Wakefield, Doncaster, Hull.\n\nShe escaped when a client took her to a hospital. She now lives in a safe house. She says her friend Elira, who came at the same time, works legally in a restaurant in London and was never involved.",
  "DE DB IS PV IT", "iso", "S", "h")
E("Yes my son worked at a car wash for the summer, cash in hand, £9 an hour, he's 17 and it was only Saturdays. Is that allowed? He's fine.")
E("INT 2/B/P: Leeds 'Smokey' line runners (15-17) kept in a trap house in Scunthorpe for days at a time, told they can't leave until the 'box' is sold. Phones replaced with burners. One runner's mum told the line holder he would 'end up in the river' if he tried to go home.",
  "AV RM IS IT", "rm iso", "C", "h")
E("Complaint about slow broadband from Virgin, resident wants police to 'do something'. Advised not a police matter.")
E("Construction: Romanian labourers on a housing site in Wakefield told a union rep that a 'gang boss' takes £100 a week each for the van, £50 for tools and helmet, and £80 for a bed in a house with 12 men. They clear about £150 from £600. He has their ID cards 'for the site passes'.",
  "WW AC RD", "ct ppe oa dt ncw", "L", "h")
E("He would have hit me if I'd refused, I'm sure, but he never did and I left when I wanted. It was a bad job not slavery. - Polish warehouse worker, interview with union rep")
E("Public report (Rotherham): girl in school uniform getting into taxis with different older men outside the takeaway every night this week, about 13 or 14, she looked drunk last night",
  "AV", "", "S", "h")
E("Border Force, Manchester T2: Indian female (26) arriving on a visit visa, holding a letter for a 'cleaning job' in Leeds. Says the agent kept her passport copies and she paid him 3 lakh rupees. Her phone contains messages instructing her to say she is visiting her uncle. Refused entry; safeguarding considered, no current exploitation identified.",
  "", "uf", "", "l")
E("Caller says she has seen a man lock a group of women into the back of a van outside a house in Longsight, the women were crying. Van is a white Vauxhall Vivaro, part VRM 'YD'. Van has just driven off towards Stockport Rd.",
  "RM", "rm", "", "i")
E("Neighbour reports a Slovak family of 9 in a 3-bed house in Page Hall, says it's 'slavery'. Visit: family are related, parents work at a meat factory through a licensed agency, children at school. Overcrowded but no exploitation. Housing referral.",
  "", "oa", "", "l")
E("Note by SARC nurse: Client (F, 28, Nigerian) disclosed being raped repeatedly over 6 months in a house in Salford where she was made to have sex with men who paid a woman called 'Sister Joy'. She says Sister Joy took her passport and told her she owes 25,000 pounds. She came to the SARC after escaping two days ago.",
  "PV RD DB", "dt", "S", "h")
E("Theft of catalytic converters from 4 cars in a work car park in Trafford.")
E("SAFEGUARDING: child (Vietnamese M, 14) picked up by police in Rochdale late at night. Has a bag of nail varnish and equipment, says he works at a nail bar, sleeps in the back room. Shop owner says he is 'a cousin helping out'.",
  "AV", "sw", "L", "h")
E("Charity outreach, Leeds city centre: homeless British man, 35, says a man offered him £30 a day to collect scrap metal with a van. He did it for two days and was paid. Didn't go back. No concerns raised.")
E("INT 2/C/P: woman in Blackley believed to be holding a Filipino maid brought in by a Qatari diplomat family. Maid rarely seen, only in the garden, hangs washing late at night. Source believes she has not been paid and cannot leave, but no direct evidence.",
  "", "", "D", "m")
E("The interpreter says that Mrs T says her husband's brother, who lives with them in Bolton, is 'a bit controlling' about money but she has her own job as a machinist, her own bank account, and goes where she likes. She only came to report damage to her car. No indicators.")
E("Girl (15) disclosed to school counsellor that her 'boyfriend' (21) made her send naked photos and now sells them online, and threatens to send them to her family if she stops.",
  "AV IT", "", "S", "h")
E("Referral from Leeds Teaching Hospitals interpreting service: an interpreter was concerned that a Kurdish patient kept saying 'the boss will be angry I'm here' and 'I must work tomorrow' despite a broken leg from a fall at a car wash. The patient said he pays £50 a week for a bed in a room with 4 others above the car wash.",
  "AC", "oa sw foa", "L", "m")
E("Noise complaint about a party in a student house in Headingley, 2am. Officers attended, music turned down.")
E("The boys from the asylum hotel in Wakefield are picked up at 6 every morning by a man in a Transit and brought back at 10 at night, they have told staff they work on a farm and get £20 a day, the man takes £5 for the van. One boy said he is scared to go to police because he will lose his asylum.",
  "WW EO AV", "ced ct lh foa", "L", "h")
E("OIC update: Operation JUNIPER - 14 potential victims identified at a textile factory in Leicester linked to a supplier in Manchester. Workers, mostly Indian and Pakistani, paid £3-4 an hour, some working 12-hour shifts 6 days a week. Two had passports held by a supervisor. No evidence of physical violence. Supplier has cooperated; payments of arrears under way.",
  "WW EO RD", "lh dt", "L", "h")
E("Im a cleaner at a care home in Huddersfield and my manager is lovely, we get paid on time, just reporting someone stole from my locker")
E("INT 2/B/P: Romanian female 'ANA' (POI) controls 6 young Roma women who shoplift in Meadowhall and White Rose. Women are driven in by ANA's husband, who waits in the car park. Takings and stolen goods go to ANA. Women told they will be 'sold to the Albanians' if they do not bring enough.",
  "IT", "et ncw", "C", "m")
E("Victim statement (British M, 19, ADHD): 'I met them on the estate, they said I could make money. Next thing I was in a flat in Grimsby for 2 weeks selling. They took my phone and my bank card. I wasn't allowed out except to meet customers with one of them. When I said I wanted to go home they put a knife to my neck.'",
  "AV IS WW RM PV IT", "iso ncw rm et", "C", "h")
E("Shop manager in Bury reports a man with an Irish accent offering to tarmac people's drives door to door, pushy. Trading standards informed. Rogue trader concern only.")
E("Public report: there's a Vietnamese lady in the nail shop in Moor Allerton who cries every time I'm in, she told me 'no money, boss take' and 'no go home, he has book' (her passport I think). Please help her, she's lovely.",
  "WW RD", "ncw dt", "L", "m")
E("Adult social care: Mrs K, 82, with dementia, Oldham. Her carer (private, cash) has moved her boyfriend into the house and is using Mrs K's bank card. Financial abuse investigation. No labour or sexual exploitation.",
  "AV", "ncw", "", "m")
E("Debrief (Chinese M, 41): He says he paid a snakehead 200,000 yuan to come to Britain for restaurant work. He worked in a takeaway in Sheffield for 3 years, 12 hours a day, 6 days, and paid his debt off by sending £800 a month home himself. The owner paid him properly and he lived in a shared flat. He came forward only about his immigration status.",
  "EO", "lh uf", "L", "m")
E("999: neighbour hearing a woman screaming 'help me, let me out' from the flat above a shop on Duke St, Bradford. Sounds like she is banging on the door. Units assigned grade 1.",
  "RM", "rm", "", "i")
E("Licensing inspection, hand car wash, Huddersfield Rd Oldham: 5 workers, 2 without right to work (Iraqi). Workers say they get £50 a day, paid daily, live in their own shared house. Health and safety issues (electrics near water). Civil penalty for illegal working. No MS indicators identified.")
E("Girl, 16, told a social worker she has been taken from the children's home in Halifax to hotels in Leeds by a man called 'Jay', who gives her ket and makes her have sex with men in the rooms. He told her he would burn her mum's house down if she spoke to police.",
  "AV PV IT", "", "S", "h")
E("Witness statement: 'I run the corner shop on Cornwall Rd. The man from the big house brings the women in the mornings to buy bread; they never speak, he pays, he holds their arm on the way out. There are at least 5 of them. They looked very thin and one had a bandage on her hand.'",
  "RM", "rm et sfw pa", "", "m")
E("Request from Home Office: man (Indian, 39) says he was promised £2,500 a month as a chef by a recruiter in Punjab, paid £6,000 fee, and on arrival in Leeds was told the job didn't exist. He was not made to work or held. He is staying with a friend.",
  "DE", "uf", "", "m")
E("Drugs warrant, Hull: heroin dealer arrested. Vulnerable tenant (F, 51) whose flat was being used says the dealers 'moved in' and would not let her out of the bedroom when customers came. She has no phone, they took it.",
  "AV RM IS", "rm iso", "C", "h")
E("MP's office forwarded a constituent's concern about 'slavery on local farms' after a TV programme. No specific location or person named. Noted.")
E("Sheffield Hallam Uni safeguarding: a student from Nigeria says her 'aunt' in Manchester, who paid her fees, now makes her work at her hair salon every weekend and evening unpaid and keeps her BRP. Says the aunt threatened to report her to the Home Office for 'breaking visa rules'.",
  "WW RD IT EO", "dt lh", "L", "h")
E("Cannabis farm found in a flat in Moston after water came through the ceiling below. No one present. Plants and equipment seized.")
E("Dad rang to say his 14 yo has been groomed into carrying drugs to Blackpool, the boy came home with a bruised face and a debt of £1,500 he says he owes to 'Zed' for a lost phone and bag.",
  "AV PV DB", "pa", "C", "h")
E("INT 3/C/C (conditions: not to be shared with partner agencies): Chinese student visa holders being used as 'nannies' in private households in Leeds and paid in 'accommodation only'. No further detail, no victim identified.",
  "WW", "", "D", "m")
E("A&E: Male, 42, Romanian, crushed fingers at a metal recycling yard. Employer drove him in and waited. Patient said he is paid properly and lives with his wife. Employer produced a contract. No concerns. HSE to be informed by employer.")
E("On a job in a house in Didsbury (I'm a plumber) I saw a young woman sleeping in a cupboard under the stairs with a thin mattress. Family said she's 'the help from Indonesia'. She asked me in bad English 'which place is this' and if I have phone. She didn't seem to know what city she was in.",
  "IS AC", "iso plc", "D", "m")
E("Taxi driver reported a fare who was drunk and refused to pay, Bradford. Suspect identified.")
E("Organ harvesting - Interpol notice circulated to UK forces: network recruiting poor men in Punjab for kidney 'donation' in private clinics; donors are told they will be paid £5,000 but receive a fraction or nothing, and are threatened if they complain. Two recipients identified as living in Greater Manchester.",
  "DE WW IT AV", "", "O", "h")
E("Debrief (Eritrean M, 22): in the warehouse job in Doncaster the agency was OK, they paid him into his own account, but the man who rented him the room took £450 a month for a mattress in a room with 5 men and took his bank card 'to take the rent'. He never got the card back and the rest of his wages disappeared.",
  "WW AC", "oa ncw", "L", "m")
E("My sister-in-law came from Sylhet on a spouse visa and she's doing the housework but honestly that's just our family, everyone helps, she goes shopping with my mum, has her phone and calls her family every day. Someone at her college made a referral and it's upset her.")
E("Hyde car wash worker (Kurdish M, 30) told the Lifeline volunteer he owes the smuggler £6,000 and the car wash boss 'pays the smuggler for him' from his wages each week, leaving him £40. He lives in the back office.",
  "DB WW", "sw ncw", "L", "m")
E("INT: Manchester nightclub promoter recruiting UK girls aged 16-17 via Instagram as 'hostesses' for private parties in Spinningfields apartments, where they are plied with drink and introduced to older men who pay the promoter.",
  "AV DE", "", "S", "h")
E("Resident reported that the house opposite has 'Polish men coming and going in a van'. PCSO visited: a legitimate building firm, employees live in their own homes and meet at the boss's house each morning. No concern.")
E("Officers on a welfare check found a Sudanese man, 25, living in the cellar of a car wash in Leeds with only the clothes he wore and a blanket. He said the manager took his phone 'so he works faster', he has never been paid because the manager 'sends it to Khartoum' for him, and he cannot remember when he last had a day off.",
  "IS WW EO AC", "fpe sw iso lh plc ncw", "L", "h")
E("Transplant coordinator, Manchester Royal Infirmary: living donor assessment for a brother-to-brother kidney donation (Pakistani family, Oldham). Independent Assessor interviewed the donor alone with a professional interpreter; donor understands the risks, no payment or pressure. Approved by HTA.")
E("INT 2/C/P: Bolton man with debts to a loan shark was told to 'sell a kidney' abroad to clear £20,000; he travelled to a clinic in Turkey with the lender's associate, who took his passport there. He returned without one kidney and was paid nothing, the money going 'against the loan'.",
  "DB RD WW AV", "dt ncw et", "O", "h")


def validate(path):
    """Valid JSON, known codes only, unique ids; print counts per code."""
    import collections
    ids, c = set(), collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            assert set(r["indicators"]) <= set(IND.values()), r["id"]
            assert set(r["signs"]) <= set(SIG.values()), r["id"]
            assert set(r["exploitation"]) <= set(TYP.values()), r["id"]
            assert r["risk"] in RISK.values(), r["id"]
            for k in ("indicators", "signs", "exploitation"):
                for x in r[k]:
                    c[(k, x)] += 1
            c[("risk", r["risk"])] += 1
            if not r["exploitation"]:
                c[("exploitation", "(none)")] += 1
    print(len(ids), "texts OK")
    for k in ("indicators", "signs", "exploitation", "risk"):
        print(k)
        for (kk, x), v in sorted(c.items()):
            if kk == k:
                print("  %-30s %d" % (x, v))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh149.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, e in enumerate(T, 1):
            rec = {"id": "f149-%03d" % n}
            rec.update(e)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(T), "texts to", out)
    validate(out)


if __name__ == "__main__":
    main()
