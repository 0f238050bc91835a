"""Builds bench/text/fresh43.jsonl from hand-written texts and labels below.
Each entry: T(text, indicators, signs, types, risk_floor). Short codes are expanded;
paired signs are added for their indicator; risk is the max of the floor given and the
level implied by the labels (immediate only when given)."""
import json, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement", is_="isolation",
           pv="physical_sexual_violence", it="intimidation_threats", rd="retention_of_documents",
           ww="withholding_wages", db="debt_bondage", ac="abusive_conditions", eo="excessive_overtime")
IND["is"] = IND.pop("is_")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
           sw="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
           ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = {"rd": "dt", "rm": "rmv", "eo": "lh", "is": "iso"}
RANK = {"low": 0, "medium": 1, "high": 2, "immediate": 3}
RK = dict(l="low", m="medium", h="high", i="immediate")

ROWS = []
def T(text, ind="", sig="", typ="", risk="l"):
    ROWS.append((text, ind.split(), sig.split(), list(typ.replace(" ", "")), risk))

# ---------------- part 1 ----------------
T("INT 2/B/P: POI Marius STOICA (DOB 11/03/1989) runs agency supplying Romanian males to packhouse in Skelmersdale. INT suggests workers' ID cards held in the office 'for payroll'. Workers housed 9 to a 3-bed terrace on Tanhouse Rd, rent taken from wages at source.",
  "rd ac", "oc ncw", "L", "m")
T("my neighbour next door always arguing with her fella about money shouting at 2am every weekend cant sleep can someone sort it", "", "", "", "l")
T("Referral from Oldham Council housing officer. During a routine gas safety visit to an HMO on Featherstall Rd, officer found 11 men living in the property, mattresses in the kitchen and under the stairs. The men said a man called 'Bobby' drives them to a food factory at 5am and brings them back after 9pm. None would say how much they are paid. One said 'Bobby has the bank cards, he gives us food money'. Landlord states the house is let to one tenant only.",
  "ac eo ww", "oc plc ce et lh ncw mbc", "L", "h")
T("Nail bar, Bury market area. Girl looks about 15, working on customers on a school day, doesn't speak English, older woman answers every question for her.",
  "av", "sfw", "L", "h")
T("Caller to 101 reports a man begging outside Aldi on Market St every day from 8 till 7. Says he is dropped by a silver van and collected by the same van, driver takes the cup off him. Man has a limp and looks thin.",
  "ww", "ce et pa ncw", "C", "m")
T("School safeguarding referral (DSL, secondary school, Salford). Year 10 pupil K has had three new phones and new trainers this term, missing from lessons after lunch and seen getting into cars with older males at the school gate. Yesterday she told a friend she 'has to go to parties' with a man called Dee or 'he'll put my pics online'. Mum unaware.",
  "av it", "", "S", "h")
T("Salvation Army caseworker note. Client A (Vietnamese, 17 on arrival) says he travelled by lorry and owed the 'snakehead' £18,000. He was kept in a house in Wigan watering plants under lights. Doors were screwed shut and windows covered with foil. He was told the debt would be cleared after one year of work but each month new costs were added for electricity and food. He was not allowed outside and did not know which town he was in.",
  "av rm is db ac", "rmv iso plc", "C", "h")
T("Licensing inspection note, GLAA: labour provider in Preston unable to produce pay records for 4 weeks. Workers interviewed individually, all confirm paid weekly into own accounts, hold own passports, free to change shifts. Record-keeping breach only, advice given.", "", "", "", "l")
T("She says that when she arrived in Manchester the woman who had promised her a job looking after an old lady took her passport 'to register her with the doctor' and did not give it back. She cleaned the house and cooked for the family of six from 6 in the morning until midnight. She slept on the floor of the children's room. She was given £50 a month which she was told was 'a lot for Nigeria'.",
  "de rd eo ww ac", "sw", "D", "h")
T("Car wash on Liverpool Rd, Eccles, always busy, lads in shorts and sandals in the rain washing cars with jet wash no gloves. think they live in the portacabin out back. manager does all the talking",
  "ac", "sw sfw plc", "L", "m")
T("Witness statement excerpt: I have worked at the hand car wash on Derby Road for two years. I am paid £11.50 an hour into my own Monzo account, I get a payslip, I go home at 6. The boss is strict about goggles and boots and he buys them. I have never been threatened.", "", "", "", "l")
T("999 call 23:41 – female caller, heavily accented, says she is locked in a flat above a shop on Oldham Rd, men coming 'to do sex', she doesn't know the address, can see a Greggs sign from the window. Line cut after 40 seconds.",
  "rm is", "", "S", "i")
T("GP note: 34 yr old Polish male attended with infected laceration to right hand, 5 days old. States he works at a recycling yard and 'cannot take time off or boss replace me'. Accompanied by another male who answered most questions and held patient's ID. Patient appeared anxious, poor hygiene, wearing same clothes as last attendance.",
  "rd", "pa sfw", "L", "m")
T("INT 3/C/P: Unknown Albanian males believed to be tending a cannabis grow at a detached property off Moss Lane, Burscough. Electricity bypassed. Windows blacked out, no one seen leaving in daytime. Food delivered weekly by VRM YH19 KXO.",
  "", "iso", "C", "m")
T("Probation note. Service user J (19) says he's been 'looking after' a flat in Blackburn for some lads from Manchester since March, selling from it. He says he owes them £2,000 because a parcel 'got robbed' and they say he has to keep grafting until it's paid. He was slapped in front of his girlfriend last week.",
  "db pv", "", "C", "h")
T("Student from Hong Kong came to front counter to report lost passport after a night out in Liverpool city centre. Crime ref issued for embassy. No other concerns.", "", "", "", "l")
T("Housing association tenancy officer: elderly tenant Mr H (72, mild dementia) has had a man and two young lads staying at his flat for three weeks. Lots of callers at all hours. Mr H says they 'look after him' and his pension card is 'with Kyle'. Flat is dirty, Mr H is sleeping in the chair in the lounge.",
  "av ac", "ncw plc", "C", "m")
T("Interpreter's note: He says that the man in Sudan told him there was work on a farm in England with a house and good money. In Calais he was told to pay £3,000 more. In England he was taken to a car wash in Bolton, he sleeps in the back room with four others, works every day, and the owner says he still owes money for the crossing and keeps his wages against it.",
  "de db ww eo ac", "sw oc", "L", "h")
T("ATM alert (bank financial crime team): 14 different debit cards, all in different Eastern European names, used at one ATM on Cheetham Hill Rd between 02:10 and 02:35 on payday Friday. Same hooded male on CCTV.",
  "", "mbc", "", "l")
T("Neighbour dispute: Mr & Mrs A complain the family at no. 14 are parking a van across their drive. Eight people live at no. 14 — grandparents, parents and children. No safeguarding concerns noted by attending officer.", "", "", "", "l")
T("OIC handover: IP Anca (Romanian, 24) rescued from pop-up flat Liverpool L3. Account: boyfriend Sorin brought her to UK promising restaurant work, then put her on adult sites, took all money, beat her when she refused clients. Still has bruising to face and arms. Passport at Sorin's mother's house. Sorin not yet traced, believed to be in Birkenhead. She is terrified he will find her.",
  "de ww pv rd", "pa fa", "S", "h")
T("public report: THERE IS A MAN IN THE TAKEAWAY ON BURY NEW RD WHO NEVER GOES HOME HE SLEEPS ON THE FLOUR SACKS I SEEN HIM THROUGH THE BACK DOOR AT 7 IN THE MORNING AND STILL THERE AT MIDNIGHT",
  "eo", "sw", "L", "m")
T("Midwife booking note: 19 yr old, 28 weeks, first contact. Arrived from Romania 4 months ago. Attended with 'husband' (much older) who insisted on interpreting and refused to leave the room. She has no phone, no GP registration, does not know her address. Later whispered in English 'help me'.",
  "is", "sfw", "", "m")
T("Council trading standards visit to a nail salon in Bolton town centre. 3 staff, all Vietnamese, all had right to work documents and payslips; two living with family nearby, one in a flat she rents herself. No exploitation concerns. Advised on COSHH for acrylic fumes.", "", "", "", "l")
T("Debrief (first person, via interpreter): 'I was told I would be a cleaner in a hotel in London. When I come to Manchester they drive me to a house and the man said I must pay him £5,000 for the ticket and the visa. He said I will pay by going with men. I said no and he hit me with a belt. Every day after that ten, twelve men. I never saw any money.'",
  "de db pv ww", "", "S", "h")
T("A&E triage: male, 40s, Lithuanian, fell from scaffold at construction site in Warrington. Employer rang ambulance, site manager attended hospital and gave details. Patient has own phone and family in Warrington. Worker confirms he is subcontractor paid weekly. No concerns.", "", "", "", "l")
T("INT 2/C/P: Cuckooing – flat 4, Birch Court, Kirkby. Occupant Steven (50s, heroin user) allowing Liverpool OCG members to deal from his flat in exchange for gear. Neighbours report Steven now sleeping in the stairwell as he is 'not allowed in when they're working'.",
  "av rm", "", "C", "m")
T("Food factory, Trafford Park, agency worker Pawel says agency charges £15 a week for the minibus and £40 for the boots and hi-vis deducted from first wage. Otherwise paid properly, hours normal, lives with his partner in own flat.",
  "", "ct ppe", "", "l")
T("Charity outreach note (homeless team, Preston): rough sleeper D (British, 38) says a man offered him a bed and work laying block paving. He did 3 weeks' work, 7 days a week, dawn till dark, and got fed and a few cans but no wages — 'he said he'd square me up later'. He was sleeping in a caravan with no heating and two other men. Left when the man kicked one of the others.",
  "av ww eo ac pv de", "plc", "L", "h")
T("Au pair agency complaint: French au pair says the family in Didsbury expect her to work 45 hours a week instead of the 30 agreed. She is paid the agreed pocket money, has her passport, goes out at weekends. Agency mediating.", "", "", "", "l")
T("Kidney patient at Royal Liverpool, transplant from brother performed under HTA approval. Ward sister asked for a routine welfare check because family spoke little English. Interpreter confirmed living donor consented freely. Nothing further.", "", "", "", "l")
T("Report via Unseen helpline: woman from Eritrea says the man who arranged her travel took a kidney from her in Egypt as payment for her crossing. She now lives in Liverpool and the same man's associates message her demanding more money or they will tell her family she is a prostitute.",
  "db it pv", "", "O", "h")
T("Community officer note: Slovak family on Broadway, Accrington — mum, dad, 4 kids. Dad works for a builder, paid cash. School reports children attend well. No issues.", "", "", "", "l")
T("Lads come out the big house on Whalley Rd at 5.30 every morning in a white transit, maybe 15 of them, all hoods up. Back at 10 at night. same every day sundays included",
  "eo", "ce oc et lh", "L", "m")
T("Local authority adult safeguarding (Wigan): referral concerns Mr T, 31, learning disability. His 'friend' moved in, has his bank card and PIN, makes him work cash-in-hand clearing gardens, and takes the money. Mr T says 'he looks after my money'. Benefits also drawn by the friend.",
  "av ww", "ncw", "L", "m")
T("Handover: 2 x Vietnamese juveniles arrested during warrant at grow, Oldham. Both say they are 16. Found sleeping on a mattress in loft, door padlocked from the landing side. No phones. Children's services notified, NRM to follow.",
  "av rm is ac", "sw plc", "C", "h")
T("INT 1/A/P: Source reports that the boss at the textile unit on Derby St, Cheetham, keeps the workers' passports in the safe and pays £2.50 per hour in cash. Workers are Indian and Pakistani men who sleep upstairs above the machines.",
  "rd ww ac", "sw", "L", "h")
T("Stolen motorbike recovered in Moss Side. Owner informed. No suspects.", "", "", "", "l")
T("Online report (anonymous): 'women in and out of a flat above the vape shop on Church St Blackpool all hours, men buzzing at night, cars waiting. the girls never come out on their own, always with the same older woman'",
  "rm", "et", "S", "h")
T("Victim account (written, translated from Romanian): We were eight people in one room. Every morning the van comes 4:30. We pick spring onions all day. At weekend the boss said we have to pay rent £80 each, transport £30, and £20 for the gloves. After this I have maybe £40. When I say I want go home he said 'you go home when you finish your debt'.",
  "ac db ww", "oc ce ct ppe", "L", "h")
T("Teacher concern: pupil (12) arriving at school hungry and tired, says she cleans the house and looks after her baby cousins before and after school because 'auntie brought me from Nigeria to help'. She is not on roll at GP. Auntie says girl is her daughter.",
  "av eo", "pa", "D", "h")
T("Caller reports a man aggressive to staff in Tesco Express, Wavertree. Left before police arrived. Shop not requiring further action.", "", "", "", "l")
T("NGO caseworker (Medaille Trust): S is a 26-year-old Albanian woman. Recruited by an 'admirer' on Instagram who promised marriage. Flown to Stansted on a false Italian ID; ID taken on arrival. Held in houses in Bolton and Rochdale, moved every few weeks, sold for sex. 'If you run we know your sister's school in Tirana.'",
  "de rd it rm", "", "S", "h")
T("Construction site visit, Salford Quays, by HSE: scaffolding firm fined for missing guard rails. Workforce interviewed, all CSCS-carded, direct employees. Referral to police not needed.", "", "", "", "l")
T("POI KOVAC Lubomir (DOB 02/07/78) — INT suggests he collects Slovak males from Manchester Airport, houses them in his properties in Rochdale and places them with agencies; he holds their bank cards 'to pay rent'. 2/B/P.",
  "ww", "ncw et mbc", "L", "m")
T("she cleans for them cooks for them they shout at her all day shes never out the house only to take their kids to school and they walk behind her. shes not family shes from the philipines",
  "rm", "et", "D", "m")
T("Bank alert: account of 19-year-old student received £3,800 from 6 unrelated accounts within 24h and moved it out in cash. Customer told branch staff a 'mate' asked to borrow the account and would 'sort him out' if he didn't. Account now frozen.",
  "it", "", "C", "m")
T("Border Force note, Manchester Airport T2: Two Filipino females travelling with a Kuwaiti diplomat's family, both passports carried by the employer. Women interviewed separately: one said she had not been paid for 7 months, works 'all the time', and is not allowed to use a phone.",
  "rd ww eo is", "", "D", "h")
T("Car wash inspection Blackburn: 5 workers, Kurdish Iraqi, all with BRPs and own bank accounts, sleeping at their own addresses, lunch breaks taken. Owner showed payroll. No concerns identified.", "", "", "", "l")
T("Debrief: Vietnamese male 15, stopped by BTP at Preston station with £600 cash and 30 wraps. States 'the uncle' pays for his phone and tells him where to go; if he loses the money he has to work more days. He has not been to school since arriving in UK.",
  "av db", "", "C", "h")
T("Neighbour reports smell of cannabis from a flat on Smithdown Rd. Resident known to smoke. No signs of cultivation on visit. Words of advice.", "", "", "", "l")
T("Account via Salvation Army: 'I come from Poland with my friend. Man in Poland said good work in chicken factory, £400 a week, house free. Here house not free, £70 each. First month no money, he said the agency not pay yet. Second month £100. Then he took my ID card because he said I need new bank account. I never see ID again.'",
  "de ww rd", "", "L", "h")
T("Brief: female, 60, Manchester, asked police to check on her adult son who has not answered the phone for 2 days. Found safe and well at his girlfriend's. Closed.", "", "", "", "l")
T("Safeguarding referral (Lancashire Children's Services): 14-yr-old boy from Burnley repeatedly found in Blackpool. Yesterday found in a flat with two men in their 20s and drugs packaged for sale. Boy had a black eye and said he 'owed them' for a phone he lost.",
  "av db pv", "pa", "C", "h")
T("Community report – Rochdale: 'think the man who runs the takeaway at the bottom of my road is bringing lads over from Bangladesh. they live in the flat above, dont talk to no one, work all hours, dont think they get paid proper'",
  "eo", "iso lh", "L", "m")
T("INT 2/B/C (not to be disseminated to partners without OIC approval): Brothel operating at 2nd floor flat Deansgate-adjacent, 4 Chinese females, advertised on adult work site. Females not seen leaving. Male 'driver' takes cash after each client.",
  "ww rm", "et", "S", "h")
T("Patient told practice nurse she is a carer in a private care home in St Helens, works 60+ hours and is tired but she says the money is good, she sends it home herself, has her own flat and car. Advised about rest.", "", "", "", "l")
T("Referral from Bolton Council: two Romanian women found begging on Newport St with a baby. One said they are 'brought each morning by Costel' and must give him £50 each evening or 'he is angry'. Baby unwell.",
  "ww it", "et", "C", "h")
T("Caseworker: client has said she was forced to marry a cousin in Pakistan aged 16 and brought to Blackburn on a spouse visa. She does all the housework for her husband's family of nine, not allowed out without her mother-in-law, and her passport is 'with the family'. Husband hits her when she complains.",
  "av rm rd pv", "et", "D", "h")
T("Fishing boat, Fleetwood: GLAA/police joint visit. Two Filipino deckhands on transit visas, said they work 20-hour days when fishing, sleep on the boat, paid $300 a month to an account in Manila they cannot access. Skipper holds seaman's books.",
  "eo rd ww", "sw", "L", "h")
T("Fight outside a pub in Chorley, 2 males arrested for affray. Nothing further.", "", "", "", "l")
T("Victim says that the boyfriend she met on Facebook said she could model in London. She was taken to a flat in Manchester and photographed, then adverts were put online. She was told she owed £3,000 for the photos and the flat, and the amount went up every week.",
  "de db", "", "S", "h")
T("Referral (Liverpool City Council, adult social care): Mr B, 45, alcohol dependent, living in a shed at the back of a house in Toxteth and doing labouring for the householder's building firm for cider and tobacco. No wages. Shed has no electricity.",
  "av ww ac", "plc sw", "L", "h")
T("Anon online: 'the warehouse on the industrial estate in Knowsley uses an agency that brings people in minibuses, they all get dropped at 5am and picked up at 7pm. The agency guy keeps a bag of bank cards and goes to the cashpoint on a Friday.'",
  "ww eo", "ce et mbc ncw lh", "L", "m")
T("Intel: legitimate recruitment agency, Warrington — employees in their own housing, no fees charged, transport optional and free. Checked following an anonymous tip. No further action.", "", "", "", "l")
T("I am from Sudan. The man who helped me in Libya said, in England you will work for my friend. The friend has a car wash in Oldham. I work from 8 to 8 every day, no day off. He gives me £30 on Saturday. He says the rest pays my debt. He has my papers from the Home Office.",
  "db ww eo rd", "", "L", "h")
T("INT 3/D/P: Rumour that a family in Levenshulme 'has a slave'. Community officer visit: the woman in question is the householder's sister, she has her own passport and bank account, goes to college two days a week, states she is free to leave and is happy. No concerns.", "", "", "", "l")
T("Hotel in Liverpool, housekeeping manager concern: agency room attendants are being paid per room (£2.50) and often finish late at night, 14 hours. They are collected by the same van from one house in Anfield. Agency supervisor holds their passports 'for checks'.",
  "rd eo", "et lh", "L", "m")
T("Teenage girl reported missing from care home in Rochdale for the 6th time. Returned by taxi paid for by unknown male. She has new nails and a phone and says she has been at a 'party flat' with older men who give her vodka and weed.",
  "av", "", "S", "h")
T("POI Jamal RASHID — INT suggests he is recruiting homeless men from Manchester city centre to work on a cannabis grow in a warehouse in Ashton, paid in drugs. 2/C/P.",
  "av ww", "", "C", "m")
T("Call to 101: landlord says his tenants haven't paid rent for two months and he wants them out. Advised it's a civil matter.", "", "", "", "l")
T("Prison officer note: remand prisoner T (Vietnamese, age disputed, claims 17) arrested at cannabis farm. He said the men who brought him showed him a video on the phone of a boy being beaten and said 'this is what happens to someone who runs'.",
  "av it", "", "C", "h")
T("Charity (Caritas) note: C was brought from Slovakia by her uncle to 'work in a shop'. Instead she has to steal from shops in Liverpool One every day — perfume, razors — and hand everything over. Uncle takes her phone at night. She has not been paid anything.",
  "de ww is", "", "C", "h")
T("Labour inspection: meat processing plant, Bury. Large agency workforce, several Romanian workers mentioned high rent for agency housing but say they could move out. Housing inspected: 4 people in 4 bedrooms, clean. No exploitation.", "", "", "", "l")
T("Debrief translated from Albanian: 'In the house they took my phone and said I can talk to my mother on Sunday only with them listening. I did not know what city I was in. I was inside always, watering the plants and cutting. They said police in England put you in prison forever.'",
  "is rm", "fa", "C", "m")
T("School nurse: Year 8 boy says his dad is working at a farm and he sometimes helps at weekends. Dad paid properly, family have own home. Mentioned as context only, no concerns.", "", "", "", "l")
T("INT 2/B/P: Females working at Thai massage parlour on Bolton Rd, Blackburn are living on the premises, 3 to a room at the back. Owner Tina (NFD) advertises 'extras'. Females not permitted to leave without her driver.",
  "rm ac", "sw oc et", "S", "h")
T("Public report: A lad who works at the kebab shop came in our shop crying, bad English, said his boss hits him and he has no money to go home. Sent him back as we didn't know what to do.",
  "pv", "", "L", "h")
T("Council licensing: HMO on Great Clowes St inspected — 14 occupants in 5 rooms, fire doors missing. Landlord fined. Occupants all students, paying own rent; no exploitation concerns.", "", "oc", "", "l")
T("Interpreter's voice: She says that the lady whose children she minded in Saudi Arabia brought her here for the summer. Here she sleeps on the sofa, works from 6 until the family goes to bed at 1 or 2. She is not paid, the lady says the salary is paid to her agency at home. She may not leave the flat in Kensington... she means the flat in Knightsbridge, then later in the family's house in Cheshire.",
  "ww eo rm", "sw", "D", "h")
T("A male, 22, walked into Blackpool police station saying he had been made to sell drugs in Blackpool by men from Liverpool for 3 months. They took his phone, kept him in a flat with no bed, and said they'd burn his mum's house if he left.",
  "is rm it ac", "", "C", "h")
T("Anonymous: Polish lad I work with at the bakery says he paid a man £400 in Poland to get the job. Job is real, agency pay him right, he just wishes he hadn't paid the fee.",
  "", "uf", "", "l")
T("IP Nguyen (Vietnamese, 31) – debrief notes: paid $20,000 to travel, told of nail bar job with good wages. Works in nail bar in Wigan 10am–8pm 7 days. Pay £100 per week; 'boss Lily keeps the rest for my family's debt'. Sleeps in the salon storeroom on a camp bed. No documents, Lily 'looks after them'.",
  "de eo ww db rd ac", "sw", "L", "h")
T("Report by member of public: there is a man begging on the bridge every day, I think he's just homeless, he says he lives in a hostel. I gave him a sandwich. Just wanted to say he seems ok.", "", "", "", "l")
T("Lancs Police STORM log: 01:12 report of female screaming in a flat, Whitegate Drive, Blackpool. Officers attend: couple arguing, no injuries, both intoxicated. DASH completed, standard risk.", "", "", "", "l")
T("Social worker notes: Albanian UASC, 16, placed in semi-independent accommodation in Bolton. Went missing for 5 days and returned with money and a new phone. Admits he was 'working with friends' in a house in Wigan, couldn't leave until the plants were cut. Unknown men text him daily.",
  "av rm", "", "C", "h")
T("wheres the police when u need them theres a massive drugs den on our estate grown men selling weed from the park all day.", "", "", "", "l")
T("Victim account: 'The lady said in India that I will work in her son's restaurant in Preston, with visa, good salary. I paid 6 lakh rupees to agent. In Preston I work in kitchen and also clean their house. Salary is paid to my account but the son takes the card. I sleep in the storage room above restaurant.'",
  "de ww ac", "uf sw ncw", "L D", "h")
T("Dentist receptionist emailed concern: young woman attended for tooth pain with older man who paid cash and spoke for her; she seemed scared and had bruise on wrist. She did not say anything about her situation.",
  "", "pa sfw", "", "l")
T("Intel from GLAA: labour user Seafood processor, Fleetwood — shift patterns fine, workers direct employed, wages through PAYE, own housing. Allegation of forced labour unfounded.", "", "", "", "l")
T("Record of a call from a concerned shopkeeper in Widnes: the same three teenage girls come in every day with a man in his 30s who buys them alcohol and cigarettes; they get into his car and he drives to a house on Victoria Rd. One of the girls had a cut lip today.",
  "av", "pa et", "S", "h")
T("Note (Migrant Help): S has told me the employer at the care home sponsored her visa, deducts £10,000 'training fee' from her salary in instalments, and says if she leaves he will report her to the Home Office and she will be deported.",
  "db it", "fa", "L", "m")
T("INT 2/C/P: Vehicle VRM MV68 TZK regularly parking outside large house Pennington Lane, Leigh at 04:45. Males 15+ loaded. House owner suspected to run gangmaster operation supplying vegetable packhouse. Occupants seen with carrier bags only, no luggage.",
  "", "ce et fpe oc", "L", "m")
T("Local taxi driver reported he was asked by passenger to take two young women from Liverpool Lime St to an address in Southport, passenger paid and said 'they're working for me this weekend, punters are booked, don't talk to them'. Women didn't speak.",
  "", "sfw et", "S", "h")
T("Daughter reported her father missing after he didn't return from fishing trip. Located at friend's house in Fleetwood. Closed.", "", "", "", "l")
T("Debrief: 'I was homeless in Leeds and a man came to the soup kitchen, he said work in Blackburn, house and food. He drives us to farms in Lancashire, we pick potatoes. He never pay, he says I owe him rent and food and it is always more. When I tried to walk away he punched me and said next time he break my legs.'",
  "av de ww db pv it", "", "L", "h")
T("Pharmacist: man buying painkillers says he works at a warehouse in Haydock through an agency, 12-hour nights, gets paid right, just tired. Chatty, lives with wife. Nothing concerning.", "", "", "", "l")
T("Council environmental health, Preston: takeaway kitchen inspection found a mattress and sleeping bag behind the chest freezer. Owner said his nephew 'stays sometimes'. Nephew, about 17, said he works every day and gets 'pocket money'.",
  "av eo ww", "sw", "L", "h")
T("Crimestoppers (anon): 'the garage on Stanley Rd, Bootle has Romanian men living in the container behind the workshop, no toilet, boss takes them to the bank every Friday and they hand him the cash.'",
  "ac ww", "sw plc ncw et", "L", "m")
T("OIC update: Op DUNMAIL – 6 Polish males recovered from a house in Skelmersdale. All state they were told there was factory work paying £12/hr; in reality paid £30/week after 'deductions' for rent, transport and food; documents held by the gangmaster PIOTROWSKI; two have visible injuries from assaults. One states he was told his family in Poland would be visited if he spoke to police.",
  "de ww rd pv it", "pa ct", "L", "h")

# ---------------- part 2 ----------------
T("INT 2/B/P: Subject DRAGOMIR Ionut (DOB 19/09/1992) believed to control Romanian females working from pop-up flats booked on short-let sites across Liverpool and Wirral. Females rotated every 3 days. INT suggests he keeps their phones overnight and they are not told which town they are going to next.",
  "is", "", "S", "h")
T("Kids' worker at the youth club in Moss Side says one of the lads (15) turned up with a slashed hand, said he 'fell' but his mates say he got done in for losing a bag in Stoke. He's been going 'OT' for weeks.",
  "av pv", "pa", "C", "h")
T("Caller states her sister, who came from Ghana to work as a nanny for a family in Hale, rang crying saying the family won't let her leave the house, have taken her passport and she's had no pay since she arrived in March. Sister is there now.",
  "rm rd ww", "", "D", "i")
T("Helpline report: caller is a driver for a parcel firm, self-employed, says his pay dropped this month because of fuel and he's angry with the depot manager. He can quit any time and has other work offers. Not modern slavery, signposted to ACAS.", "", "", "", "l")
T("Ward note, Aintree: 28 yr old Pakistani male admitted with pain at a recent flank scar. Tells interpreter he sold a kidney in Lahore two years ago to pay a family debt to a moneylender, the 'agent' gave him a fraction of what was promised. No UK exploitation disclosed.",
  "av de", "", "O", "m")
T("public report: the nail shop by the bus station blackburn the young vietnamese lad who does the feet never speaks looks like hes 14 and theres a mattress you can see through the gap in the back curtain",
  "av", "sw", "L", "h")
T("Handover from nights: Female A (Nigerian, approx 22) presented at Preston bus station asking for help. States she escaped from a house in Fishwick where she was 'the maid' for a pastor's family for two years. Never allowed out alone, no phone, no money. Pastor threatened 'juju' would kill her mother if she spoke. Currently at hotel under SA care.",
  "rm is ww it", "", "D", "h")
T("Licensing note: sunbed shop in Huyton, staff working without contracts. Owner warned. Staff local, paid cash weekly, no exploitation indicators.", "", "", "", "l")
T("I work at the car wash in Wythenshawe. The boss says if I complain he will call immigration and they will put me on a plane. So I do not complain. I work 7 days, 9 to 7, and he gives me £200 a week.",
  "it eo", "fa", "L", "m")
T("INT 3/C/P: Unverified that males working at a recycling plant, Kirkby, are dropped by a minibus from an address in Huyton and charged £10 each per day for the lift, deducted from pay.",
  "", "ct et", "L", "m")
T("Social care: Mrs K, 84, lives with her grandson who claims carer's allowance. Neighbour worried he 'uses her pension'. Visit: Mrs K manages her own money with daughter's help, grandson cares for her well. Unfounded.", "", "", "", "l")
T("Victim account (Eritrean, male, 19): 'In Libya they kept us in a warehouse. Some of the men did not come back; the guards said they took their kidneys because the family did not pay. They said to me, pay or you are next. My uncle paid.' Now in Bootle, no UK exploitation.",
  "it av", "", "O", "m")
T("A member of the public sent a message: 'I think my friend is being trafficked. She went to Dubai for a job and now she's in Manchester. She says she's fine, has her passport and is studying. I just worry.' Officer spoke to friend: independent, studying at MMU, no concerns.", "", "", "", "l")
T("Children's services MASH: 13-year-old girl found in a hotel room in Manchester city centre with a 29-year-old man. She had been reported missing from Oldham the night before. Room booked in his name. He was arrested for CSE offences. She has been taken to the SARC.",
  "av pv", "", "S", "h")
T("Police debrief summary: Chinese male, 40s, found working in a restaurant kitchen in Chinatown, sleeping in the basement. Says he owes 'the snakehead' 200,000 RMB. His wages go straight to the boss who 'passes it on' to his creditors. He has not had a day off in 14 months.",
  "db ww eo ac", "sw", "L", "h")
T("My husband is working in a factory in Cheetham Hill sewing. It is hard work and pay is very low, £6 an hour, but he has his own bank card, comes home every night, and the owner is fair. I just want to know if low pay is legal.", "", "", "", "l")
T("Outreach note: young Romanian woman on street in Manchester Northern Quarter 2am, approached by outreach bus. She said she 'must make £300 tonight for Florin' or 'big problem'. Bruising on her neck. Declined support, said he is watching from the car.",
  "ww it", "pa", "S", "i")
T("INT 1/B/P: DOBOS twins (Slovak, 30s) run a begging ring around Manchester Piccadilly. Vulnerable adults with disabilities placed on pitches daily and collected at dusk; takings collected by DOBOS hourly.",
  "av ww", "ce et", "C", "m")
T("Warehouse, Omega Park Warrington: HR manager reports an agency worker was seen being dropped at the gate by a man who took his payslip off him. Worker said 'he is my cousin, he manages my money because I owe him for the flight'.",
  "db", "ncw", "L", "m")
T("Interpreter: he says that he was at a farm in Ormskirk for the cabbage harvest. He wanted to go home after six weeks but the gangmaster said he cannot go because he still owes for the coach and the house. When he tried to leave with his bag, two men took the bag and locked him in the caravan for the night.",
  "db rm pv", "", "L", "h")
T("Report from a supermarket security guard: three Romanian teenage girls shoplifting razors and baby formula in Warrington; a man waits outside in a car and they hand him the bags. Girls said they are sent by 'the boss' and he gets angry if they come back with nothing.",
  "av", "", "C", "h")
T("Call: man at Southport coach station says he was promised work on a building site, paid an agent £250 on Facebook, and no one turned up to meet him. He has his passport and money for a ticket home. Fraud recorded.",
  "de", "uf", "", "m")
T("Mental health liaison note: patient (27, British, schizophrenia) tells CPN he has 'friends' living with him who make him go to the post office for his benefits and give them the money and keep his door key; he has to ask to go out. Friends deal drugs from the flat.",
  "av rm", "ncw", "C", "m")
T("STORM: 03:22 Female, 16, calls from bathroom of a house in Burnley, says men downstairs are 'selling her' to friends tonight and she can't get out because they have the front door locked. Police attending.",
  "av rm", "", "S", "i")
T("OFFICIAL-SENSITIVE. Intel report: Nail bar chain 'Glamour Tips' (4 sites Bolton, Wigan, Leigh, Bury). Staff Vietnamese, some appear under 18. Same minibus moves staff between sites at 08:30 and 21:30. INT (2/B/P) indicates the owner takes wages and gives staff a 'living allowance'. Staff live above Wigan shop.",
  "ww eo av", "et ce sw", "L", "h")
T("Complaint from a tenant: landlord in Kensington, Liverpool has not returned her deposit. Civil matter, no concerns for welfare.", "", "", "", "l")
T("GP: Romanian male attends with chest infection. Says he lives in a shared house with 12 men arranged by his agency, all sleeping on mattresses. Rent £90 per week taken by agency from pay. He can leave, he says, but has nowhere else.",
  "ac", "oc plc ncw", "L", "m")
T("Debrief (Vietnamese female, 24): 'They brought me to England in the back of a lorry. In Manchester a woman picked me up and said I must work in the nail shop to pay back. My family in Vietnam also have to pay. She said if I talk to police they will arrest me and send me to prison because I have no papers.'",
  "db it", "fa", "L", "m")
T("Teacher: Y11 boy B showing off £400 cash and says he 'does deliveries' for an older lad in Kirkby on weekends. Also says he has to do it now 'because I owe him'. Referred to CSC.",
  "av db", "", "C", "h")
T("A woman came into the library asking for help to ring her embassy. She said her employers (a family in Wilmslow) had brought her from the Philippines, kept her passport, and paid her salary to her employer's account in Dubai. She works all day and sleeps in the laundry room.",
  "rd ww eo ac", "sw", "D", "h")
T("Online report: 'there's a cannabis farm next door, I can smell it and hear fans 24/7. Someone comes twice a week. No one lives there I think.'", "", "", "", "l")
T("NGO (BAWSO-style) note: client is a 42-year-old Indian woman on a spouse visa. Husband controls all finances, has her passport and won't let her contact family. She is not made to work outside the home and does normal household chores; domestic abuse support arranged, no servitude identified.",
  "rd is", "", "", "m")
T("999: 'my boyfriend has just hit me and taken my phone'. Officers attend, arrest for assault. Domestic abuse, no exploitation.", "", "", "", "l")
T("Food factory, Bolton: HR flagged 9 new starters giving the same address and same mobile number, and the same man (who is not an employee) ringing every day to ask about their shifts and pay. Their pay goes into accounts opened on the same day at one bank branch.",
  "", "sfw", "L", "m")
T("Albanian UASC (17) tells foster carer that men in London told him he'd work in a car wash, but instead he was driven to a house in Bury to look after 'plants'. They said his family in Albania would 'suffer' if he left.",
  "av de it", "", "C", "h")
T("INT 2/B/P: Stolen identity documents being used to claim Universal Credit for 8 Bulgarian nationals at one address in Burnley. The nationals state they never applied; the man who 'helped' them with bank accounts keeps the cards and they receive none of the money.",
  "", "ncw mbc", "C", "m")
T("Domestic worker's first-person statement: 'Madam counts the bread. If I eat more she shouts. I am not allowed to sit in the lounge. I wake at 5 and finish at midnight. When the family travels I stay locked in the flat.'",
  "eo ac rm", "", "D", "h")
T("Routine visit, care home in Southport: sponsored care workers from Kerala. All hold own passports, paid into own accounts, no fees charged. One complained of being asked to do extra shifts, which she refused without consequence.", "", "", "", "l")
T("Anon: 'builders next door are foreign lads sleeping in the van on the drive every night, they start at 6 and go on past 9, been weeks, they look knackered and the gaffer shouts at them'",
  "eo ac", "sw pa", "L", "m")
T("Sexual health clinic: 20 yr old Thai woman attending with older British man who paid for the consultation. When alone, she said he brought her on a visitor visa as 'girlfriend', now makes her see other men at his flat, keeps the money and her passport.",
  "ww rd", "", "S", "h")
T("OIC note: Op CRANE arrest phase complete. 4 suspects charged s2 MSA. 17 victims supported (labour, packhouse). Key evidence: victims paid £0–£40/week, 'fines' for mistakes, debt for travel and housing never reduced, housing in 3 overcrowded terraces.",
  "ww db ac", "oc", "L", "h")
T("Report: my cousin is working on a farm in Lancashire on the seasonal worker visa. He says the hours are long in harvest but he gets overtime pay, the farm gave him a caravan that's clean, and he has his passport. Is this normal? Advised yes.", "", "", "", "l")
T("INT 2/C/P: Female known as 'Mama Joy' operating from an address in Toxteth recruiting Nigerian women for sex work in the North West. Women subject to an oath ceremony before leaving Benin City and told they owe €35,000.",
  "db", "", "S", "h")
T("PCSO note: boy approx 10, Roma, begging at traffic lights on Regent Rd, Salford, during school hours. Adult female watching from the kerb took money from him. Referred to CSC.",
  "av ww", "", "C", "h")
T("Victim (Polish, 56): 'I had nothing after my divorce, I was drinking. Marek found me in a park in Gdansk and said come to England, work, a room. In England he took my ID at the airport. I work in a warehouse, agency pay goes to a card he keeps. I get cigarettes and vodka. He says I am useless, nobody else will take me.'",
  "av de rd ww", "ncw", "L", "h")
T("Shoplifting, Asda Walton — male detained with £80 of meat, local, drug user, charged. No indication anyone else involved.", "", "", "", "l")
T("Hospital safeguarding: 15 yr old girl attended A&E with an older 'boyfriend' (24) after an overdose. She has money and a phone she can't explain. Boyfriend wouldn't leave the cubicle. Staff overheard him say 'you know what happens if you tell'.",
  "av it", "", "S", "h")
T("A man in a hi-vis came into our church asking for food. He said he works on a building site in Salford for a man who collects them at 5am, and he has had no wages for 6 weeks as the man says 'next week'. He is sleeping at the site in a cabin.",
  "ww", "ce sw", "L", "m")
T("Press summary: A Bolton couple were jailed today for holding a vulnerable man as a 'slave' for 13 years. The man, who has learning difficulties, was made to do all the housework and gardening, slept in a shed, and his benefits were taken. He was regularly beaten.",
  "av ac pv", "sw ncw", "D", "h")
T("HMO licensing (Blackpool): 7 men in 4 bedrooms, all employed at the same meat plant, rent paid to the landlord directly from their own accounts. Men say they chose the house because it's cheap. Licensing breach only.", "", "oc", "", "l")
T("interpreter: She says that she met the man at a club in Bucharest, he said he loved her. In England he said they need money for a house and she must work 'a few months' in a flat. She did not know it would be sex. Later he said she must pay back the tickets and rent, and he hit her when she earned less than £500 a day.",
  "de db pv", "", "S", "h")
T("INT 2/B/P: CHAUDHRY Imran (DOB 01/12/1980), restaurant owner in Accrington, sponsors chefs from Pakistan and charges each £15,000 for the certificate of sponsorship. Chefs repay from wages over 2 years; INT suggests those who complain are told their visa will be revoked.",
  "db it", "uf fa", "L", "m")
T("Resident says a van with blacked-out windows parks on his street every night and men unload at midnight. Officers checked: a bakery delivery driver who lives there. No offence.", "", "", "", "l")
T("Asylum accommodation provider: resident (Sudanese, 23) says a man approached him at the hotel offering cash work at a car wash. He goes daily, gets £30 a day and can stop when he wants. Worried about his asylum claim rather than exploitation. Advice given; no indicators of control.", "", "", "", "l")
T("Missing from home: Tyler (14) found in a trap house in Morecambe with two men from Liverpool. Tyler had been 'tasked' to hold drugs internally. He said they made him stay in the flat 'until the phone's sold out'.",
  "av rm", "", "C", "h")
T("Message to Modern Slavery Helpline (text): 'help i am in house in rochdale they take my passport i clean all day they not pay me they say i must marry the son'",
  "rd ww", "", "D", "m")
T("Police intelligence: vehicle carrying 8 Chinese nationals stopped on M6 at Charnock Richard. Driver had their passports in a carrier bag. Passengers said they were going to 'work in restaurants' but didn't know where. Passports returned after checks; enquiries ongoing.",
  "rd", "et", "", "m")
T("Victim account: 'My wage is paid by the agency, but Florin takes me to the cashpoint each Friday and I give him my card. He says it is for rent and the debt. I keep £20 for food.'",
  "ww db", "ncw", "L", "m")
T("A friend told me a man in her village in Albania lost his kidney to traffickers, it is a rumour only, she doesn't know anyone like that here. Just want to say there are kidney people in Manchester. Officer: no information identified; no victim.", "", "", "", "l")
T("Caseworker: R (Eritrean, 20) worked in a Manchester hand car wash for 2 months. Paid £40 a day cash and lived in a shared house he found himself. Left when he got a better job. Says the owner shouted but was never violent and let him go. NRM not supported, no indicators.", "", "", "", "l")
T("Children's home manager: 16 yr old girl returns in the early hours in different cars; she said the men 'look after her' and she 'has to pay them back' for the clothes and drink by 'seeing' their friends.",
  "av db", "ce", "S", "h")
T("IP statement: 'When I asked to go to the doctor for my back the boss said no, work. I worked 16 hours in the chicken factory and then cleaned his house. He hit me with a broom handle when I dropped a tray.'",
  "eo pv", "", "L D", "h")
T("Street Pastors note: lad on a bench outside a bar in Liverpool, upset, says his girlfriend dumped him. Walked him to a taxi. Nothing else.", "", "", "", "l")
T("Interpreter notes: He says the men in the house in St Helens always had one of them awake at the door. He was allowed to go to the corner shop only with 'Besi'. He did not have keys.",
  "rm", "et", "", "m")
T("INT 2/B/P: Kosovan national KRASNIQI manages a chain of car washes in Lancashire; workers sleep in a rented house with 16 others, charged £60/wk each. INT suggests he holds workers' bank cards; deposits and withdrawals for 12 accounts made by KRASNIQI at a Preston ATM.",
  "ac ww", "oc ncw mbc", "L", "m")
T("Teacher's note: Year 6 girl says her mum's friend stays at their flat with his 'girlfriends' who are 'always sad'. Concern passed to police; visit found two adult Hungarian women working from the flat selling sex, who said they 'must give Zoli everything'.",
  "ww", "", "S", "h")
T("Housing officer: tenant's adult son returned from prison, living with her, some tension but no exploitation. Tenant manages her own affairs.", "", "", "", "l")
T("Border Force: Passenger (Indian, female, 23) arriving MAN on a visitor visa, claims job as a domestic helper for a family in Stockport. Letter of employment says 'no salary — board and lodging provided'. Refused entry; concern about intended servitude referred.",
  "", "", "", "l")
T("A man from a charity shop phoned about a regular customer, a Latvian woman, who said the man she lives with takes all her wages from her cleaning job and locks her in at night 'so she doesn't go out drinking'. She was crying.",
  "ww rm", "", "L", "m")
T("Police officer's note of a Vietnamese teenager's account: 'We were three boys in the house. One day a man came and took one boy away, he said because he was slow. We never see him again. They tell us the same for us if we sleep.'",
  "av it", "", "C", "h")
T("GLAA compliance visit: shellfish gatherers, Morecambe Bay. All workers licensed gatherers, self-organised, no gangmaster. Safety briefing on tides given. No labour abuse.", "", "", "", "l")
T("Pupil referral unit: Jayden (15) says he's got to go to 'Barrow' this weekend for his 'olders' or they'll smash his mum's windows again. His mum confirms windows put through last month.",
  "av it", "", "C", "h")
T("Victim account: 'The woman in the flat told me — you are nothing here, nobody know you, if you go outside police will take you. I believed. I did not go outside for one year. I cook and clean for her and her husband.'",
  "is rm it", "fa", "D", "h")
T("Caller says her brother, who has autism, is being used by local lads to store knives and drugs at his flat. He is scared of them and they come and go as they please. She has seen him with a black eye.",
  "av pv", "pa", "C", "h")
T("Police note: Romanian male attended station to report his employer, a roofing contractor, owes him £1,100. He works elsewhere now. Advised civil claim. No coercion or control reported.", "", "", "", "l")
T("NGO: A is a British woman in her 30s with a heroin addiction. A man supplies her and makes her sell sex from a flat in Bootle, keeps the money and gives her heroin instead. She says she can't leave because 'he owns me'.",
  "av ww", "", "S", "h")
T("Note for file — GP: Adult patient had a nephrectomy abroad in 2022 which he describes as a 'sale arranged by a broker in Delhi'. He is now in the UK on a work visa. Consider organ trafficking report.",
  "", "", "O", "m")
T("Anonymous: 'the restaurant in Bury sells fine food but the kitchen porters are lads who sleep there, never paid, owner says they are family so its fine'.",
  "ww", "sw", "L", "m")
T("Hotel staff reported a man booking 3 rooms for 'nieces' who are 17 and 18 and never leave, with different men visiting. Police attended: two girls, Romanian, said they had no money and their IDs were with the man.",
  "av rd", "", "S", "h")
T("Safeguarding: Mr O (Slovak, 37) presented at a food bank in Preston, visibly malnourished. Says he works on a packhouse line through a man who 'arranged everything', works 6 days, gets £50 and lives in a house of 14.",
  "ww ac", "pa oc", "L", "m")
T("Victim account (Vietnamese, 16): 'They said the plants is like a job, you get paid after harvest. After harvest they say the police came to other house and they lose money, I must work again for free. I stay inside for four month.'",
  "av de ww db rm", "", "C", "h")
T("INT 3/C/P: Unknown Polish woman believed to be living in the garage of a property on Rake Lane, Wallasey and working as a cleaner for the owner's businesses for no pay. Neighbour reports she is seen only early morning, hanging washing.",
  "ww ac", "sw", "L", "m")
T("Report to council: foreign man sleeping in a shop doorway next to the bookies, has been there two weeks, seems unwell. Outreach attended: man is a Czech national, homeless after losing his job, no exploitation, supported into hostel.", "", "", "", "l")
T("Police log: IP states she was told by her 'manager' that if she tried to leave the brothel in Salford, her photos would be sent to her husband in Romania.",
  "it", "", "S", "h")
T("Debrief (Albanian male, 22): 'At the car wash the boss keep us in the back room when the inspectors come. He says we must tell them we are paid £10 an hour. Really we get £25 a day. He keeps our ID cards in his car.'",
  "ww rd", "", "L", "m")
T("Housing, Manchester: complaint about 'fumes' from a flat; inspected — people running an illegal nail salon from home, all family members of the tenant. Enforcement for business use. No exploitation.", "", "", "", "l")
T("Safeguarding note from a college: student (18, Chinese) reports being asked by a recruitment 'agent' to pay a £2,000 'placement fee' for a part-time job. Refused. No further contact.", "", "", "", "l")
T("Ambulance crew: man found collapsed in a field at 11pm in Tarleton, still in work clothes, hadn't eaten all day, says he works 'until the boss says stop' and lives in a caravan with 7 others on the farm. Boss arrived and tried to take him away before treatment.",
  "eo ac", "pa oc", "L", "m")
T("INT 1/A/C (do not disseminate to LA without DI authority): GOLDIE crime group using a chain of hand car washes in Wirral to launder proceeds. Workers (Kurdish, Iranian) paid partly in cash; INT indicates they are free to come and go and paid market rate. Laundering only.", "", "", "", "l")
T("Interpreter's voice: She says that after the birth the man said the baby would be kept by his sister until she paid off what she owed for the travel. She works every night with clients and gives him all she earns.",
  "db ww it", "", "S", "h")
T("Caseworker: B, 19, Eritrean, says a relative in Liverpool put him up and got him work in a takeaway. He later found the relative was collecting his wages from the owner. When he asked, the relative said he'd tell the Home Office he was lying about his age.",
  "ww it", "fa", "L", "m")
T("Member of public called 101 because a woman in a Merseyside bus shelter told her she had been 'sold' by her family to a man in Liverpool who keeps her in the house. Woman left on a bus before police arrived.",
  "rm", "", "", "m")
T("Food bank volunteer: three Bulgarian men collecting food parcels say they work at a chicken factory through an agency and have no money left after paying the 'boss' for rent, van, and 'fines'. They sleep in one room.",
  "ww ac", "oc ct", "L", "m")
T("OIC note: search of flat, Chorlton — 6 passports of Thai women found in a safe, along with a ledger of 'earnings' and 'debts' for each. Females not present; enquiries ongoing with adult sites.",
  "rd db", "", "S", "h")
T("Local news: Lancashire restaurant owner fined for employing illegal workers. Court heard the workers were paid minimum wage and lived at their own homes. No slavery offences alleged.", "", "", "", "l")
T("Debrief: 'My brother-in-law said I can stay with them in Bradford and go to college. When I got here I had to look after his mother and the three children all day, no college. He said my visa depends on him so I should be grateful.'",
  "de av eo", "", "D", "h")
T("Safeguarding lead, secondary school Knowsley: Year 9 pupil disclosed she has been 'sharing pics' with a 'boyfriend' who is 21 and now says she must meet his mates or he'll send the pics to her family.",
  "av it", "", "S", "h")
T("Witness: 'I've been to the house to fix the boiler, there were about 10 men in a 2-up 2-down, mattresses everywhere, one bathroom, no food in the fridge. One of them asked me where the nearest police station was then another one told him to shut up.'",
  "", "oc plc fa sfw", "", "l")
T("Interpreter: He says the smuggler told him if he wanted his passport back he must sell one kidney in Turkey. He refused and ran away. He is now in Manchester.",
  "rd it", "", "O", "m")
T("Victim says she was promised a job as a waitress in Liverpool by a woman on TikTok. On arrival the woman took her to a flat and told her she'd be working as an 'escort' to pay for her ticket and rent. She was not allowed out alone and had to share a bed with two other girls.",
  "de db rm ac", "oc", "S", "h")

# ---------------- part 3 ----------------
T("Lad at the car wash asked me for a lift to the station then changed his mind when the boss looked over. No phone, no coat, in December.",
  "", "fpe", "", "l")
T("999, 21:05: male caller (Romanian, via Language Line) says he is at a farm near Banks, the gangmaster has just beaten his friend with a spade, friend bleeding from the head, and said he will kill them both tonight if they call the police. They are hiding in a barn.",
  "pv it", "pa", "L", "i")
T("INT 2/B/P: NAZARI brothers (Afghan) operate a mobile phone repair shop in Rochdale as a front; young Afghan males sleep in the stockroom, do not leave, and are told they owe for their 'journey from Calais'.",
  "rm ac db", "sw", "L", "h")
T("Parent complaint to school about bullying on WhatsApp. Dealt with under school behaviour policy.", "", "", "", "l")
T("Debrief, Slovak male, 45, via interpreter: He says that on the first day the man who brought them took everybody's identity cards 'to do the paperwork' and put them in a drawer in his bedroom. He never saw his card again. When he asked, the man laughed.",
  "rd", "", "L", "m")
T("Seen at Liverpool Lime St: woman carrying nothing but a plastic bag, escorted by two men who held her by the arm onto the Glasgow train. She looked terrified. Train left before BTP arrived.",
  "rm", "fpe et", "", "i")
T("Caseworker (Salvation Army): J, Ukrainian, 33, arrived under Homes for Ukraine. Sponsor family in Formby expected her to clean their holiday lets for free 'in return for the room', took her phone when she complained and said they'd end the sponsorship and she'd be homeless.",
  "av ww is it", "", "L", "h")
T("Street homeless male asked PCSO for directions to the hostel. Welfare check fine.", "", "", "", "l")
T("A&E: 17-yr-old male, multiple stab wounds to legs ('plugged'), refused to say who. Found to have two phones and £900 cash. Mum says he's been going missing to Cumbria for weeks and came back terrified.",
  "av pv", "pa", "C", "h")
T("Anon: I work at the chicken place, the manager docks us £25 for our uniform and £10 for the hairnets from our first pay. rest of the pay is fine and on time. is that allowed?",
  "", "ppe", "", "l")
T("INT 1/B/P: Female 'Lina' (Lithuanian, 30s) advertising on an escort site from a short-let in Manchester NQ. Phone number linked to 14 other adverts; same male drops females at each short-let and collects them, always at 11:00 on a Monday.",
  "", "et", "S", "h")
T("School referral: Y5 pupil (9), Roma, tells teacher she is kept home on Fridays to go to town with her aunt and 'sit with the cup'. Aunt keeps the coins. Pupil said she is cold and hungry when she does it.",
  "av ww", "", "C", "h")
T("Housing officer: flat in Kirkdale let to a man now in prison; a new male occupant says he's 'minding it'. Visit: the occupant is the tenant's brother, lives alone, works in a bakery. Tenancy breach only.", "", "", "", "l")
T("Victim account: 'At the packing house they put a camera in the bedroom. The manager said it is for safety. He knows when we sleep. We go to work in his van, come back in his van, shop only with his wife on Sunday.'",
  "rm", "et", "L", "m")
T("IP (Chinese female, 38) states: 'I did massage in the shop in Salford. At night the boss locked the shutter from outside and we slept on the massage beds. Sometimes a customer wanted sex and the boss said I must. I was paid nothing, only food.'",
  "rm ac ww pv", "sw", "S", "h")
T("GLAA: labour provider holding licence for supply to a salad packer, Tarleton. Workers' accommodation in two static caravan sites; inspectors found 4 per caravan, heating, clean, rent within the legal offset. Workers keep passports. Compliant.", "", "", "", "l")
T("Interpreter's note: He says the uncle told his parents in Vietnam that he would go to school in England. On arrival he was taken straight to a house and told he had to pay back £25,000 by looking after the cannabis. He says he was 15.",
  "av de db", "", "C", "h")
T("101: shopkeeper reports a woman begging in his doorway each day is dropped off by a man in a black Audi who parks round the corner and watches her. She won't speak to anyone.",
  "", "et iso", "C", "m")
T("Probation: offender (24) on licence for possession with intent says he was 'forced' to deal; on further discussion he says he chose to, paid well, no threats, and stopped when he got a job. No exploitation indicators.", "", "", "", "l")
T("Statement: 'The agency man in Poland said the house has 4 people. When we come it has 17. We sleep on the floor in the living room. The rent is £75 each, and when I say I want to find my own house he said then you lose the job.'",
  "de ac", "oc", "L", "m")
T("Children's social care: 15-yr-old boy with ADHD groomed via Snapchat by older males, now running drugs between Wigan and Lancaster. Has been told they know his little sister's school.",
  "av it", "", "C", "h")
T("Council CCTV operator: man on Oldham St every morning handing out bottles of water to beggars and collecting cups at the end of the day. Pattern over 3 weeks.",
  "ww", "ce", "C", "m")
T("Complaint from a Polish worker to Citizens Advice: the agency paid her two days late last month. She got the money. She lives with her partner in their own flat. Signposted.", "", "", "", "l")
T("INT 2/B/P: Address on Church Rd, Bebington: Filipino domestic worker employed by a retired surgeon; works 7 days, paid £150 a month, sleeps in the utility room, does not know the postcode. INT suggests the employer 'minds' her passport.",
  "ww eo ac is rd", "sw", "D", "h")
T("Victim account (Sudanese male, 26): 'The man at the hotel said I can work in his friend's car wash. Every day a car picks us 7 in the morning, back 9 at night. At the end of the month he said there is no money because of food and transport. I worked three months for nothing.'",
  "ww eo", "ce ct", "L", "m")
T("Disturbance at a house party in Fallowfield, students, music turned off. No further action.", "", "", "", "l")
T("Handover: IP Daniela, 29, Brazilian, recovered from a flat in Liverpool L1 after a punter reported her. She has bruising to her throat and says 'Rico' strangled her when she wanted to go home. Rico holds her passport and phone. She's now in a refuge. Rico still at large and has texted her 'I'll find you'.",
  "pv rd is it", "pa", "S", "h")
T("public report: 'my mum's carer says she's on a sponsored visa and her boss charges her £200 a month for the car to get between clients and if she leaves the job she has to pay £6000 back. she works 7 days and looks worn out'",
  "db eo", "ct pa", "L", "m")
T("Border Force: Nigerian female (21) arrived MAN from Lagos with a 'sponsor' who held her passport and answered questions. She said she was coming to study hairdressing, but had no college details. Sponsor's phone had messages discussing 'the new girl' and 'her price'.",
  "rd de", "sfw", "S", "h")
T("INT 3/C/P: Rumour that the owner of a nail bar in Chorley is 'trafficking' his staff. Enquiries: staff are his wife and daughters, paid via payroll. Intelligence assessed as malicious.", "", "", "", "l")
T("OIC: Op HOLLY — warrant at a residential address in Gorton: 3 Vietnamese males in a fully converted grow. Doors padlocked from outside, no key inside. One said he had been there 7 months and was given rice and noodles twice a week through the letterbox.",
  "rm ac", "plc", "C", "m")
T("Report from a bank: customer (Romanian female) came in with a man who did all the talking and asked to change the address on her account to his. She appeared not to understand. When staff asked her questions he answered. Four other accounts list his address.",
  "", "sfw mbc ncw", "", "l")
T("Victim account: 'They give me a phone with only one number in it, his number. My own phone he took. I don't know the street. I know the house has a blue door.'",
  "is", "", "", "m")
T("NHS 111 call: worried mum, child with a temperature. Advised. No safeguarding issue.", "", "", "", "l")
T("A member of public emailed Crimestoppers: 'I have seen a girl maybe 15 being taken into the flat above the barber's on Granby St, Toxteth every evening by different men. She doesn't look like she wants to go in.'",
  "av", "", "S", "h")
T("Interpreter: She says that she agreed to work in the laundry for the family in return for food and a room; she is paid £350 a week into her own account and can go to church on Sunday. She has her passport. She wants help with her visa only.", "", "", "", "l")
T("INT 2/C/P: POI 'Big Mo' (NFD) recruits young men from a hostel in Blackburn for county lines into Kendal. Those who 'lose' money are made to 'work off' the debt by staying in trap houses for weeks.",
  "av db rm", "", "C", "h")
T("Care Quality Commission referral: care home in Lytham, overseas care workers told they owe £8,000 for their sponsorship and training if they leave within 3 years. Several are working 70-hour weeks because the manager says they 'have no choice'. Their accommodation is a 3-bed house with 8 staff.",
  "db eo ac", "oc", "L", "h")
T("Witness statement (neighbour): 'I've lived here 20 years. The family next door are Indian, the mother-in-law lives with them and helps with the grandchildren. I made the call because I saw her crying in the garden but I've since spoken to her and she's fine — she was homesick.'", "", "", "", "l")
T("IP statement: 'When the boss found I had talked to the lady from the charity he took me in the back and showed me on his phone a picture of my mother's house in Timisoara. He said: nice house, would be a shame.'",
  "it", "", "", "m")
T("Referral (Barnardo's): 16-year-old girl (Looked After) disclosed that a man she calls 'Uncle' drives her to hotels in Leeds and Preston where she has sex with his friends. He gives her cannabis and says she owes him for it.",
  "av db", "et", "S", "h")
T("Council licensing: scrap metal dealer, Widnes, no licence displayed. Staff are the owner and his two sons. Warning issued.", "", "", "", "l")
T("Online report (anon): 'rochdale there is a house with loads of men they come home at 11pm with a guy in a van and go again at 6, they have no furniture just mattresses, the van guy carries all their wages, i think theyre being used'",
  "ww eo ac", "ce et oc plc ncw", "L", "m")
T("Victim account: 'He said if I work for him six months I can bring my wife. After six months he said another six. After one year I had no wage, only food, and he say my wife is in danger from the people in Albania if I stop.'",
  "de ww it", "", "L", "h")
T("Police note, Salford: young woman reports her ex-partner has her passport and won't return it after breakup. Recovered by officers. No exploitation, ex-partner spoken to.", "", "", "", "l")
T("GP practice manager: three Eritrean men registering, all with the same 'caseworker' who is not from any known charity, and who held all their documents and filled in their forms. He asked for their prescriptions to be sent to his address.",
  "rd", "sfw", "", "m")
T("INT 2/B/P: Intelligence indicates females working in a brothel on Chapel St, Salford, are made to have sex without condoms at the request of clients and are fined £100 if they refuse; fines are added to their 'debt'.",
  "pv db", "", "S", "h")
T("Debrief (female, Hungarian, 31): 'I was in prison in Hungary. When I came out, a man offered me a job in a factory in England. In England it was a flat with other girls and we did sex with men. I could not say no, I had no money, no English, no one.'",
  "av de is", "", "S", "h")
T("Lancashire STORM: Report of a lorry driver at Charnock Richard services hearing banging from his trailer. 5 Eritrean males found inside. Clandestine entrants, dehydrated. Handed to Immigration. No exploiter identified.", "", "pa", "", "l")
T("Charity note: Mr P, 62, Polish, alcohol dependent, living in the back of a car-parts yard in Wigan in exchange for 'helping out' 10 hours a day. Owner gives him vodka but no money; Mr P says he would die without the owner.",
  "av ww eo ac", "sw", "L", "h")
T("Public report: think there may be something dodgy at the new nail bar on Market St, Heywood, but honestly the girls seem happy, chat with customers, go for lunch together. Only thing is they're all quite young.", "", "", "", "l")
T("Debrief: 'I was working in the kitchen of a hotel in Blackpool, the agency takes my pay and gives me £50. When I said I want my money the agency man said you know what happens to people who make trouble, and he showed me a photo of a man with his face beaten.'",
  "ww it", "", "L", "m")
T("IP (female, Vietnamese, 20) says: the boss of the nail bar took her to a bank and opened an account for her. After that she never saw the card. Her wages go into it. She gets £40 cash on a Sunday.",
  "ww", "ncw", "L", "m")
T("Police log: report of a man shouting at his workers in a car park, Blackburn. Attended: a roofing firm foreman, heated argument about a late start. Workers all local, no concerns.", "", "", "", "l")
T("Midwife: 17-yr-old, 20 weeks, from Sudan, living with 'husband' aged 35 in Bolton. Says she was married at 15 in Khartoum and he brought her here. She is not allowed to go to college and does all the cooking and cleaning for his brothers who also live there.",
  "av rm eo", "", "D", "h")
T("Call handler notes: female, 30s, Nigerian, states her friend is held in a house in Anfield by a 'madam' who beat her this morning and says she will 'sell her to another house' tonight. Caller has the address. Friend is inside now.",
  "pv it rm", "", "S", "i")
T("NGO: client (Indian, 35) came on a skilled worker visa to a tech firm. He was paid correctly, left for a better job. He contacted us to ask about the £2,000 'skills charge' the employer asked him to repay. Not exploitation; legal advice.", "", "", "", "l")
T("Trading standards: test purchase at a vape shop in Accrington, sold to a 15 yr old. Enforcement action.", "", "", "", "l")
T("INT 2/B/P: Romanian nationals working at a hand car wash in Southport are transported daily from a house in Bootle by the owner's son. INT suggests each worker is charged £20/day for transport and 'accommodation' out of £50/day.",
  "", "ct et", "L", "m")
T("interpreter: He says that at the farm in Lincolnshire and then in Lancashire the boss kept everyone's passports in a metal box in the caravan office. They were told the passports would be returned 'at the end of season'. They worked 7 days a week from 5 am.",
  "rd eo", "", "L", "m")
T("A man told outreach workers that he had been sleeping in a tent, a van came and offered £50 a day for labouring. He did one day, got £50 cash, didn't go back because it was hard work. No concerns.", "", "", "", "l")
T("Victim account (Albanian female): 'He said we will get married in England. In England he locked me in a room in a house in Oldham and other men came. When I cried he burned me with a cigarette.'",
  "de rm pv", "pa", "S", "h")
T("Intel: 'Tomas' (Czech, 40s) — workers at the waste recycling site in Widnes are picked up from a house in Runcorn at 4am and dropped at 10pm six days a week; they wear no masks or gloves sorting medical waste.",
  "eo ac", "ce et", "L", "m")
T("Safeguarding (school nurse): Year 10 girl says she stays at 'her boyfriend's house' at weekends; he is 19. She says she's happy and her mum knows. No indication of exploitation at present; monitoring.", "", "", "", "l")
T("Anonymous: 'the foreign lads that work at the farm shop by me are always in the same clothes and get driven about by the farmers son, they say they're not allowed to go into town. they're always saying sorry and looking at the floor'",
  "rm", "et pa", "L", "m")
T("Financial intelligence: Universal Credit claims for 11 adults at a single HMO in Blackburn. Claimants say they never receive money; the landlord has their online journal log-ins and bank cards.",
  "", "ncw mbc", "C", "m")
T("Note from a dentist: 30 yr old Chinese woman, very poor teeth, says she has not seen a dentist in 5 years because she 'works all the time' in the restaurant and lives upstairs. Says her boss is kind and pays her. Not able to judge further.",
  "eo", "sw", "L", "m")
T("OIC handover: Op STAG — 11 Polish workers freed from a house in Walton, Liverpool; all had been working in a meat plant via an agency for 2 years. Gang held bank cards and PINs, paid workers £10 a week, made them eat out of bins. Threatened to break their fingers. Two victims had learning difficulties.",
  "ww it ac av", "ncw", "L", "h")
T("Child welfare check requested by grandmother on granddaughter (6) after a row with her daughter. Officer found child safe and well.", "", "", "", "l")
T("Report: In the Facebook group 'jobs in UK for Romanians' a recruiter advertised 'warehouse job £500/week, house included, pay £300 for registration'. Several workers say they paid and arrived, the job existed but the pay was £250 and the house had 20 people.",
  "de ac", "uf oc", "L", "m")
T("IP: 'I am a chef. In Bangladesh I paid £12,000 for the visa. Here, the owner keeps my passport. I work 7 days, 10am to midnight. My salary on paper is £2,000. He gives me £400 and keeps the rest for the visa money.'",
  "db rd eo ww", "uf", "L", "h")
T("INT 3/D/P: Single source claims a man in Kensington, Liverpool, is selling kidneys from homeless people. Source unreliable; no corroboration. No victims identified.", "", "", "", "l")
T("Safeguarding adults: Ms W, 48, learning disability, lives with a couple who have 'taken her in'. She does their cleaning and childminding, sleeps on the sofa, and they collect her PIP. She said she isn't allowed to see her sister.",
  "av is", "ncw", "D", "m")
T("Police note: 'Uber' driver reports passenger, young woman with suitcase, asked him quietly 'where am I?' while her companion was paying. Companion said she was 'tired from the flight'. Destination an Airbnb in Salford.",
  "is", "", "", "m")
T("Volunteer at a Vietnamese community centre: a 19-year-old man asked for help to send money home; said his employer at a nail bar in Oldham pays him £280 a week, he lives with cousins. He came to the centre for English classes. No concerns.", "", "", "", "l")
T("Victim account: 'When I first went into the house my uncle said — these plants are your family now. Outside is danger. He took away my shoes so I would not walk out.'",
  "rm", "", "C", "m")
T("Report from a Romanian priest in Manchester: a young woman from his congregation has disappeared after saying a man promised her a cleaning job in London. Last contact from an unknown number saying 'I can't talk, they listen'.",
  "de is", "", "", "m")
T("Call to 101 from a woman in Leigh: ex-boyfriend keeps sending threatening messages. Harassment crime recorded. No exploitation.", "", "", "", "l")
T("INT 2/B/P: Taxi firm in Bolton used to move girls aged 13–16 between addresses for sexual exploitation. Drivers paid in cash and 'time with the girls'.",
  "av", "et", "S", "h")
T("Interpreter: She says that she was kept at a house in Kenya and told she would have a surgery for a 'blood test'. Afterwards the doctor told her she had only one kidney. She was sent to the UK as a domestic worker, and her employer told her she still owed for the 'medical bills'.",
  "de db pv", "", "O D", "h")
T("Housing inspection note: a house in Nelson — 3 couples and their children, all related, all in work. Crowded but a family arrangement. No exploitation indicators.", "", "", "", "l")
T("Debrief: 'We live in the factory, upstairs. The machine room is downstairs. He locks the gate at night and opens it in the morning. Work finish when the order finish.'",
  "rm eo", "sw", "L", "m")
T("Lancashire Council environmental health: restaurant kitchen porter found sleeping in the dry store. Owner said he missed his last bus. Worker confirmed this, lives in Preston with his sister, no concerns.", "", "", "", "l")
T("Kirkby: neighbours report a 'cuckooed' flat — Dave, vulnerable, is now living in his bedroom only, the lads who moved in have the keys and he has to ask to use the kitchen. He's lost weight.",
  "av rm", "pa", "C", "m")
T("Probation: client (Albanian, 26) convicted of cannabis production says he was told in Albania he'd work in construction in the UK, then forced to tend plants and that his family's house would be burned if he left. He did not mention this at trial.",
  "de it", "", "C", "m")
T("Bank fraud team: elderly customer (86) sent £40,000 to a 'romance' contact overseas. Fraud case, no modern slavery angle.", "", "", "", "l")
T("Caseworker: L (Filipino, 38) left her diplomatic employer in London and now lives in Liverpool. She says while there she worked from 6am to 1am, had no day off in two years, was paid a fraction of what the contract said, and the employer's wife slapped her.",
  "eo ww pv", "", "D", "h")
T("txt to helpline: 'pls help my bro in england he work for man in factory in leicester then manchester the man keep his card and his passport he not let him call us'",
  "rd ww is", "ncw", "L", "h")
T("GLAA visit: a hand car wash in St Helens. 4 workers, Romanian, each with bank card in own name and recent payslips. They live in a flat the owner rents them at £60/week each, 2 to a room. Hours 9–6, 6 days. No indicators of forced labour; advice on NMW paperwork.", "", "", "", "l")
T("A shopkeeper said a boy (about 14, Vietnamese) came in to buy noodles, very thin, pale, and said he lived 'in the house with the lights'. A man came in and pulled him out by the arm.",
  "av", "pa", "C", "i")
T("Report (school): Year 7 boy's father says the family's lodger, a young Polish man, does all the DIY and gardening for them in exchange for rent discount, goes to his own job at a bakery and has his own friends. Teacher flagged the word 'lodger does jobs' — no concern.", "", "", "", "l")
T("Victim account: 'The people who took me to the clinic in Istanbul said it was work in a hotel. After the operation they gave me $1,000 and my passport back and said if I tell anyone my family will pay.' He later travelled to the UK.",
  "de it", "", "O", "m")
T("IP is a 23-year-old British woman with a learning disability. Her 'boyfriend' advertises her online and drives her to clients' homes in Warrington. He keeps the money. He told her no one would believe her.",
  "av ww", "et", "S", "h")
T("Police log: man reported sleeping rough in a car at an industrial estate in Haydock. Officers spoke to him: a lorry driver on his rest break. NFA.", "", "", "", "l")
T("Referral from a food factory's ethical trade manager: worker disclosed that someone in his home village arranged his job and he is paying off £3,000 to that person at £100 per week. The factory pays him directly; he has his passport and lives with his brother. Factory reporting for possible debt bondage.",
  "db", "", "L", "m")
T("999 at 02:15: female whispering, says she is in the boot of a car on the M62 with another girl, the men said they're going to 'sell' them in Leeds. Signal lost.",
  "rm", "", "S", "i")
T("Local news: Manchester landlord jailed for letting out a 'beds in sheds' property. Tenants were mostly migrant workers who paid their own rent and chose to live there. No trafficking charges.", "", "", "", "l")
T("Safeguarding: woman (Nepalese, 50) working as a live-in nanny for a family in Altrincham. She's paid £1,800 per month into her own account, has a room with lock, Sundays off and a phone. She came in to ask about settling status. No concerns.", "", "", "", "l")

T("Neighbour (Skelmersdale): 'the polish fellas across the road go to work in a minibus at 6 and back at 6, they have barbecues at the weekend, they're lovely.' Officer visit: agency workers, own tenancies, paid correctly. No concerns.", "", "", "", "l")
T("INT 2/B/P: Source states that an Indian couple in Oldham brought a 'relative' (female, 19) from Gujarat who cooks and cleans for the extended family and the family's sweet shop, is never seen outside alone, and has no phone. INT suggests her wages from the shop are paid to the husband.",
  "rm is ww", "", "D L", "h")


# ---------------- longer versions: extra paragraphs appended to some texts ----------------
# Each is hand-written for its text; the labels above already cover what these add.
EXTRA = {
3: "The officer returned two days later with a colleague from the council's private sector housing team. By then four of the mattresses had gone and the men who remained said the others had 'moved to Leeds'. The tenant named on the agreement, a Mr Hussain, was not present; his phone went to voicemail.\n\nNeighbours at no. 41 complained separately about bins left out on the pavement and a van parked on the verge; that complaint has been logged with environmental services and is not part of this referral. The property has now been flagged for an HMO licensing inspection and details passed to GMP's modern slavery unit.",
7: "He escaped when the house was raided in an unrelated burglary investigation; officers found him hiding in the loft and he was arrested before being recognised as a potential victim. He received a positive reasonable grounds decision three months later.\n\nHe is now in a Salvation Army safe house in the North West, attends college for English and has started football training on Saturdays. He says he still receives messages on social media from a number he does not know asking when he will 'come back to work'. He has shown me these and we have passed screenshots to the OIC. He does not want to return to Vietnam because he fears the people his family borrowed from.",
9: "She explains that she tried to leave once, after about four months, by walking to a bus stop, but she did not know where to go and returned after an hour because she was frightened of the police. The woman told her that without a passport she would be arrested and sent to prison.\n\nShe was finally helped by a neighbour, an older lady who spoke to her over the garden fence, who rang a helpline. She now lives in a safe house. She says the family's children were kind to her and she misses them. She does not know where her passport is and believes it may have been sent to Lagos.",
18: "He says there were four others in the back room, two Sudanese, one Eritrean and one from Chad. They slept on two mattresses and a folded tarpaulin. There was no heating and they washed using the car wash hose.\n\nThe owner, who he knows only as 'Abu Ali', came each evening to count the money. The car wash itself is licensed to a different man who he has never met. He left after seven months when a customer, a retired teacher, gave him a phone number for a charity. He has since claimed asylum and is living in initial accommodation in Liverpool. He says two of the other men are still there and he is worried for them.",
21: "Update from DC Ahmed, 14:30: Anca has consented to an NRM referral and has been placed in a safe house outside the force area. Photographs of her injuries taken at the SARC. She has provided the addresses of three flats used in Liverpool and one in Chester, and the username of the adverts.\n\nSorin's mother's address has been identified in Birkenhead; a warrant application is being prepared for the passport and any devices. Anca also mentioned a second woman, 'Bianca', who she believes is still working for Sorin from a flat near Lime Street. No further details yet. Welfare check on Bianca's last known number unsuccessful — phone off.",
29: "D came to our drop-in this morning because his feet were badly blistered from working in wet boots. We bandaged them and gave him a change of clothes. He says the man's name is 'Tony' and he drives a white pickup with the firm's name taped over. The caravan is on a plot near the M55; he couldn't give the exact location.\n\nD says the other two men in the caravan were older, one Scottish, one Irish, and both drank heavily. He's worried about them, especially the one who was kicked. D has agreed to speak to police and is staying at the night shelter tonight. We'll also chase his missing benefits claim, which stopped when he lost his address.",
36: "Both were taken into police protection and placed with foster carers that evening. Age assessments have not been requested at this stage; they are being treated as children. Both are frightened and asked repeatedly whether they will go to prison.\n\nThe property is a three-bed semi rented through a letting agent in the name of a man who gave a false address. Electricity bypassed, approx 400 plants across three rooms, and a crop already harvested from the loft. Neighbours said they'd never seen anybody come or go apart from 'a man with shopping' late at night. Forensics attended. Missing-from-care markers to be placed on both boys.",
40: "We were from different villages in Romania, one man from Moldova also. The man who drove the van was called Gigi; he took the money on Sunday evening in the kitchen. He wrote in a small book what each person owed. My number was always more than my wages.\n\nOne time a woman from the farm office asked me if everything was OK. Gigi was next to me so I said yes. The farm people were nice, they gave us water and a toilet in the field. I think they did not know. I left after three months when my brother sent me money for the bus. I still did not finish 'my debt'.",
48: "The second woman, interviewed with an officer who speaks Tagalog, said she had only worked for the family for two months and had no complaints, and she declined further support. She had her own phone.\n\nThe first woman was advised of the NRM and of her right to leave the employment. After consideration she agreed to be referred and was taken to a safe place from the airport. The family were informed she would not continue with them. The FCDO has been notified given the diplomatic status of the employer; immunity may apply. Her passport was recovered from the employer's hand luggage with the assistance of Border Force officers.",
59: "She has two children, aged 4 and 2, who attend nursery. The nursery manager is supportive and has noticed the client is always collected and dropped off by her mother-in-law, never alone. The client's English is limited; she speaks Punjabi and some Urdu.\n\nShe contacted us through a women's group at the mosque after hearing a talk about forced marriage. She does not want to go to the police at this stage and is afraid her family in Pakistan will be blamed. We have discussed a Forced Marriage Protection Order and a Duty to Notify. Safety plan agreed; we will meet her next at the GP surgery, where she is allowed to go alone for her appointments.",
63: "Mr B is known to the drug and alcohol service and had been doing well until last spring, when he lost his flat. He says the householder, 'Terry', found him outside the off-licence and offered him 'a roof and some work'. He works on Terry's jobs, mostly fencing and driveways, six days a week, and is driven to sites by Terry's son.\n\nMr B describes Terry as 'alright, really' and does not want to get him into trouble. He has no phone and his bank card was 'lost'. Adult social care will visit with police under a joint protocol. His GP has been asked to arrange an urgent health check.",
80: "She is Filipino, 44, and has worked for the family for eleven years, first in Riyadh. She explains that the family comes to England each summer. She was not allowed to keep her own mobile phone in England and contacted her daughter only from the family's phone, with the lady present.\n\nShe left when the family were at a wedding: she walked out with a carrier bag of clothes and asked a security guard in a shopping centre for help. She is now at a Kalayaan-supported hostel. She is worried about her children at home, who depend on the salary. She does not know whether the agency in Manila has been paying anything into her account.",
83: "Lily also owns two other salons; workers are moved between them by car as needed. IP Nguyen says there are four other workers, two of whom she believes are under 18. She has given first names only: Hoa, Linh, Tuan and 'Little Minh'.\n\nShe was recovered during a joint visit with Immigration Enforcement, initially arrested for immigration offences and then de-arrested after disclosures. She has consented to an NRM referral. Family in Vietnam have reportedly been contacted by the lenders. She is afraid for them. Interpreter (Vietnamese) used throughout. NOTE: her younger cousin is in the UK legally, studying in Sheffield, and is not involved.",
96: "There was six of us in the house, two English, three Polish and me. The house was his mother's. No heating, we had one bathroom, a lot of mice. He took our money from the farm himself, the farmer paid him, not us.\n\nI got away because I had a seizure in the field and the farmer called the ambulance. At the hospital a nurse asked me questions and I told her. I don't know where the others are now. I am staying with my sister in Burnley. My legs are okay. I still hear his voice when I try to sleep. I want the police to stop him doing this to other people.",
100: "Working address: a vegetable processing site on an industrial estate in Skelmersdale; management cooperating and say the workers were supplied by an unlicensed labour provider. Payroll shows wages of approx £450 per week paid into accounts controlled by the suspect.\n\nVictims moved to a reception centre and then safe houses; all six consented to NRM. Two have been treated for injuries at Ormskirk hospital. GLAA are investigating the labour provider for operating without a licence. A seventh man, living at the address, is believed to be a relative of PIOTROWSKI and is not a victim; he is being treated as a witness for now. Next review 09:00 tomorrow.",
107: "She gave her age as 22 but has no documents; she says the pastor told her she was 'too young for papers'. She describes cooking for the family and church members, cleaning the church hall, washing clothes by hand, and looking after two toddlers. She slept on a mat in the kitchen.\n\nShe says she was beaten with a cane once for burning rice, but did not want to talk about it further. She has not been paid in two years. She wants to contact her mother in Edo State but is afraid. Interpreter not needed — she speaks English well. Age assessment may be required; LA children's services informed as a precaution.",
115: "He was identified during a food hygiene inspection by Manchester City Council, when the inspector noticed a camp bed behind the boiler and a bag of clothes. The restaurant's other staff appeared to be properly employed; the manager said the man was 'a friend helping out'.\n\nHe speaks only Mandarin. A Mandarin interpreter was obtained through Language Line. He says he came via Russia and France, and that his family in Fujian have taken loans for his travel. He is willing to give a statement but very worried about his wife and daughter, who still live near the creditors. He has asked to go home but only if the debt is 'finished'.",
120: "He says the caravan was one of six on the edge of the field; each had six or seven men. Most of the men were Romanian and Bulgarian and worked through the same gangmaster, who they called 'Sefu'. The farm's own staff were separate and lived in their own houses.\n\nThe next morning they let him out and he worked as normal. He escaped after two more weeks by getting a lift from a delivery driver to Preston bus station, where he slept for two nights before asking a police officer for help. He still has a bruise on his arm from when they took the bag. He has his passport because he had it in his jacket.",
141: "The case began in 2023 when a woman working at a supermarket checkout in Chorley noticed a group of men buying the cheapest food with coins and one of them asked her, in broken English, whether she knew a lawyer. She called the Modern Slavery Helpline.\n\nSentencing is expected in the spring. The packhouse that used the labour has cooperated and says it has changed its supplier checks. A number of victims have returned to Poland and Lithuania; seven remain in the UK with support. Compensation orders will be sought. Media strategy agreed with the press office — no victim names or nationalities beyond 'Eastern European' to be released.",
145: "He says there were also two women in the flat who worked in a laundry; he does not know if Marek took their money too. One of them, Ewa, had her own bank card because she showed it to him.\n\nMarek took him to the doctor once when he cut his hand, and spoke for him. He says he did not try to leave because he had nowhere to go and because Marek said no one would hire a drunk. He came to us after collapsing at work; the agency's on-site manager called an ambulance and later asked us to visit. He wants to stop drinking and find a room of his own. He has agreed to an NRM referral.",
173: "She explains that she came from Ghana aged 24 on a visitor visa arranged by the woman, who was a friend of her aunt. The woman said she would help her find work as a carer. Instead she stayed in the flat doing all the housework and minding the woman's baby.\n\nThe woman's husband was rarely there and did not speak to her. She slept in the baby's room. She left one night when the door was left unlocked, walked to a church she could see from the window, and stayed there until morning. A church member brought her to us. She is now in a hostel and has started English-language Bible classes. She says she is 'free now' but cannot sleep.",
200: "She says the other two girls were from Romania and Moldova; she does not know their real names. The woman on TikTok called herself 'Mia' and had a different phone for each girl.\n\nShe was allowed to use the phone only to answer clients. The flat was in Liverpool city centre, high up, with a view of the river. When they went to buy food, Mia or her boyfriend went with them. She got out when a client who she says was kind paid for a taxi and took her to a police station. She has since been supported by the Salvation Army and is now back in contact with her mother, who thought she was working in a restaurant.",
207: "She explains that she had found the family through a Facebook group and they had seemed kind at first. Her son, aged 9, goes to a local primary school, and she was afraid that losing the sponsorship would mean losing his school place.\n\nShe was cleaning four holiday cottages, sometimes six, on changeover days, plus the family's own house. When she asked about pay, the sponsor said the room and food were 'worth more than a wage'. The council's Homes for Ukraine team has now moved her and her son to a new host in Crosby. She has her documents. Her phone was returned by the council officer who collected her.",
224: "The source is a cleaner who works at the same address two mornings a week and is paid properly by the employer; she has no concerns about her own treatment.\n\nShe states the domestic worker has been with the family for about six years, came with them from Hong Kong, and speaks limited English. She has never seen the worker leave the house alone, though the worker sometimes walks the dog in the garden. The employer's wife has told the cleaner the worker is 'like family' and 'doesn't need a phone'. Recommend joint visit with adult social care; consider engagement via Kalayaan to avoid alerting employer.",
227: "Daniela came to the UK from São Paulo via Lisbon on a tourist visa after Rico, who she met on Instagram, offered to pay for her flight and 'look after her' while she studied English. She says the first month was fine. Then he said she owed him for the flight and rent and had to 'work'.\n\nThe flat where she was found is an Airbnb booked under a different name. Two phones seized. The punter who reported is a 52-year-old man from Warrington who has given a statement; he is not suspected of any offence beyond the obvious and was cooperative. Rico's phone last pinged near Bootle. Marker placed on refuge address. Threat-to-life assessment requested.",
243: "Reporter added: i phoned the council before about the rubbish and the parking but nobody came. there's an old lady next door to them whos scared of them but they've never done anything to her, they just look tired all the time. one of them has a bad cough.\n\nNo further details. Property on the council's list of known HMOs? No. Previous reports from the address: noise complaint 2022, closed. A vehicle check on the van would be the next step; the reporter did not give a registration. Assigned to the neighbourhood team to gather more before any visit.",
268: "The house was discovered when a neighbour called the fire service about smoke; firefighters found eleven men sleeping in four rooms, some on the floor. There was no food in the house except out-of-date bread. Several of the men had been recruited from homeless shelters in Poland and were told they would earn £400 a week.\n\nThe gang's leader, a Polish national in his 50s, and three associates have been arrested. Victims were taken to a reception centre in a church hall; many were unwilling to speak at first. Two victims who have learning difficulties have been assessed by a social worker. The meat plant has suspended the agency. Financial investigators estimate the gang took over £1m.",
271: "He came to us through a Bangladeshi community group after his wife, who is still in Sylhet, contacted the group's Facebook page. She says he sounds tired and scared on the phone.\n\nThe restaurant is in Bury and has a good reputation; the other chefs are longstanding staff who are paid properly and live at home. He lives in a room above the restaurant. He says the owner told him that if he leaves, his visa will be cancelled and he will be deported. He is reluctant to report to police and wants to keep his job if the owner 'just pays me properly'. We have explained his options, including Duty to Notify.",
300: "The source is a customer of the sweet shop who has spoken to the woman when the family are busy; she says the woman was shy and said she 'had come to help' and was 'not allowed' to talk to customers about herself.\n\nThe husband of the couple, Mr P, is registered as the shop's director. His brother also works there and appears to be employed normally. INT further suggests the woman sleeps on a mattress in the back room of the family house and has not been to a GP. Recommend research on immigration status and any sponsorship. 2/C/P for this last part.",
8: "Workers were asked about transport: they use their own cars or public transport. Accommodation is not provided by the labour provider. The provider's director accepted the records failing and has since moved payroll to an accountant.\n\nA worker raised a concern about a supervisor who swore at staff during a busy shift; the provider says this was dealt with under their disciplinary procedure. No further action by GLAA beyond the written advice. Re-inspection scheduled in six months. The labour user (a poultry processor) has been informed of the outcome and says it is satisfied with the provider.",
26: "The patient, Mr V, has worked in the UK for nine years and is a qualified scaffolder. He says the fall happened because a board slipped and that the firm 'are good, they'll sort it'. The site manager was visibly upset and stayed with him through the CT scan.\n\nMr V has a fractured wrist and bruising. His wife came to the hospital in the evening. The ward has asked for a HSE RIDDOR report to be checked, which the employer says it has already submitted. No safeguarding referral needed. Discharge planned for tomorrow, follow-up in fracture clinic.",
49: "Workers were spoken to through a Kurdish Sorani interpreter and separately from the owner. All had worked there between six months and three years. They said they liked the job, that tips were shared, and that the owner once lent one of them money for a funeral, which was repaid without pressure.\n\nAll were wearing gloves and boots. Chemicals stored correctly. The site has a staff toilet and a small kitchen. The owner said he had been visited twice this year 'because of the reputation of car washes' and welcomed the visit. Outcome recorded as no further action; intelligence record updated so future reports of this site can be weighed against today's findings.",
67: "The original report came from a relative in a family dispute over a house sale, which may explain the allegation. The sister is 34 and came from Pakistan on a family visa five years ago. She works part-time at a pharmacy, has her own phone and a set of keys, and spoke to the officer alone.\n\nShe laughed at the suggestion and said she does 'the cooking because I like cooking'. She said her brother and his wife share the housework. The officer saw her room, which is the largest bedroom in the house. No further action; intelligence graded 3/E/P as likely malicious.",
74: "The complaint about rent came through the company's anonymous ethics line. Rent is £95 a week including bills, and workers sign a separate tenancy with a housing company not linked to the agency. Three workers we spoke to said they had looked at cheaper rooms in Bury and may move.\n\nPay slips show wages paid on time, overtime paid at time and a half, and no deductions other than tax, NI and pension. Workers keep their own documents. Shift rota shows a maximum of 48 hours on average. The plant's HR manager says they will review whether the agency housing is too expensive. No labour abuse identified.",
113: "The reporter, who lives in Wigan, said her friend had 'changed' since going abroad and did not reply to messages as often. The officer visited the friend at her student accommodation in Manchester with a female colleague.\n\nThe friend confirmed she had worked in Dubai for a year as a receptionist for an international hotel chain, had been treated well, and came to the UK on a student visa. She has a part-time job in a coffee shop, her own bank account and phone, and plans to stay after graduating. She was embarrassed and asked that her friend be told she is fine. Closed, no crime.",
138: "The inspection was part of a regional programme following several national reports about care worker visa abuse. We spoke to eight workers, four in private. They told us the employer had paid their visa fees and flights and had not asked for anything back, and that their hourly rate was £12.10.\n\nOne worker said she had found the first months lonely and that the manager had arranged a mentor. Another said the shift patterns were hard in winter due to staff sickness, but that she was paid for every hour. No concerns regarding exploitation; advisory feedback on rota planning given.",
160: "He came to our office to ask whether he should report the owner for 'shouting'. He says the owner called workers 'lazy' and once threw a sponge at the wall, but never touched anyone. He had his own passport and Home Office papers throughout and chose his own shifts.\n\nHe says he was not owed any money when he left, and the owner even gave him a reference. The new job is at a warehouse in Trafford through an agency he found online. We explained that verbal abuse at work can be raised with ACAS. He did not want to pursue it and said he was 'just happy to move on'.",
216: "Thirty-eight workers on site at the time of inspection, from Romania, Bulgaria, Ukraine and Nepal. All interviewed in groups of four to six without managers present, with interpreters available. Workers described the work as hard and the hours as long in peak season, but said overtime was voluntary and paid.\n\nThe provider deducts accommodation at or below the legal offset and transport to the fields is free. Two workers asked about bringing family over; signposted to the Home Office guidance. A worker who had a grievance about a supervisor said it was resolved. Licence conditions met. File closed.",
289: "The owner has run the car wash since 2018 and uses a payroll bureau. The flat he rents to the workers is above a shop two streets away; inspectors visited and found it in reasonable condition with working heating and a fire alarm. Workers said they were free to live elsewhere and one had recently moved out to live with his girlfriend.\n\nOne worker mentioned that he sends most of his wages home to his family in Craiova, which he does himself via a transfer app. None reported any threats or debts. The owner was advised about keeping written contracts on site. No referral to police.",
}


# labels carried only by the extra paragraphs above: row -> (indicators, signs)
EXTRA_LABELS = {
9: ("it", "fa"), 29: ("", "pa"), 36: ("", "fa"), 63: ("", "et"), 80: ("is", ""), 83: ("", "et"),
96: ("ac", ""), 100: ("", "ncw"), 107: ("pv ac", "sw"), 120: ("ac", "oc"), 145: ("", "sfw"),
173: ("de", ""), 200: ("is", "et"), 224: ("rm", ""), 227: ("db de", ""), 243: ("", "pa"),
268: ("de", "oc"), 271: ("it", "fa sw"), 300: ("", "plc"),
}

# ---------------- writer ----------------
def build():
    out = []
    for i, (text, ind, sig, typ, rf) in enumerate(ROWS, 1):
        if i in EXTRA:
            text = text + "\n\n" + EXTRA[i]
        if i in EXTRA_LABELS:
            ind = ind + [c for c in EXTRA_LABELS[i][0].split() if c not in ind]
            sig = sig + [c for c in EXTRA_LABELS[i][1].split() if c not in sig]
        inds = [IND[c] for c in ind]
        sigs = [SIG[c] for c in sig]
        for c in ind:
            if c in PAIR and SIG[PAIR[c]] not in sigs:
                sigs.append(SIG[PAIR[c]])
        types = [TYP[c] for c in typ]
        lvl = "low"
        if inds or types:
            lvl = "medium"
        if ("sexual" in types or "physical_sexual_violence" in inds or len(inds) >= 3
                or ("intimidation_threats" in inds and "restriction_of_movement" in inds)):
            lvl = "high"
        given = RK[rf]
        if RANK[given] > RANK[lvl]:
            lvl = given
        out.append({"id": f"f43-{i:03d}", "text": text, "indicators": inds, "signs": sigs,
                    "exploitation": types, "risk": lvl})
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh43.jsonl"), "w", encoding="utf-8") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows written")
