#!/usr/bin/env python3
"""Builds bench/text/fresh8.jsonl from hand-written texts and hand-set labels.
Short codes are expanded below; paired signs/indicators are added per the conventions."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", VIO="physical_sexual_violence", THR="intimidation_threats",
           DOC="retention_of_documents", WAG="withholding_wages", DEBT="debt_bondage",
           AC="abusive_conditions", OT="excessive_overtime")
SIG = dict(PA="physical_appearance", ISD="isolated", PLC="poor_living_conditions",
           OVC="overcrowded_accommodation", SAW="sleeps_at_workplace", FPE="few_personal_effects",
           RM="restricted_movement", CEDL="collected_early_dropped_late", FOA="fear_of_authorities",
           UF="upfront_fees", DT="documents_taken", ET="escorted_transport", CT="charged_transport",
           LH="long_hours", PPE="ppe_charges", NCW="no_control_of_wages", SFW="speaks_for_workers",
           MBC="multiple_bank_cards")
EXP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("ROM", "RM"), ("DOC", "DT"), ("OT", "LH"), ("ISO", "ISD")]

ROWS = []
def T(text, ind="", sig="", exp="", risk=None):
    ROWS.append((text.strip(), ind.split(), sig.split(), exp.split(), risk))

# ---- hand-written texts (short codes: see the dicts above) ----
T("""2/B/P. INT suggests males working at SPARKLE HAND CAR WASH, Tipton Rd, are Romanian nationals collected in a white Transit at approx 0600 and returned after 2100. POI known as "Costel" takes their bank cards at end of each week. Workers sleep in the portakabin at rear.""",
  "OT", "CEDL LH NCW SAW", "L")
T("""Caller states neighbour's house has new people every week, sounds like a party, cars coming and going all night. Caller thinks they are students. No further concerns raised.""")
T("""i work at the nail shop on high st since march. boss say i owe him 9000 pound for bring me from vietnam and the flat. every month he say it is more because food and electric. i dont get money only he give me 30 pound sometime. i cant go out alone he say police will send me to prison.""",
  "DEBT WAG ROM THR AV", "NCW FOA", "L")
T("""Safeguarding referral (Year 9 pupil, 14). Pupil has been seen getting into different cars after school, has two phones and new trainers, and told a friend she 'has to go to parties' at a flat in Hulme to pay back a man called Deano for vapes and food. Returned home at 3am twice this week with bruising to her wrist.""",
  "AV DEBT VIO", "PA", "S", "H")
T("""GLAA inspection, Fenland packhouse supplied by Cornerstone Staffing Ltd. Workers interviewed individually with independent interpreter. All hold their own passports and bank cards, payslips match hours worked, transport to site is free. No indicators of forced labour identified. Minor breach: holiday pay calculated late.""")
T("""Debrief account (via Albanian interpreter). She says that a man she met on Instagram promised her work in a London hair salon. When she arrived he took her passport 'for registration' and drove her to a flat in Luton. She says she was made to see up to ten men a day and that he kept all the money. She says that when she cried he hit her with a belt and said her younger sister in Durrës would be next.""",
  "DEC DOC VIO THR WAG", "NCW", "S")
T("""999 call 02:14. Female caller, very distressed, poor English, says she is in a room above a takeaway, door locked from outside, man has her phone and she is using a hidden second phone. Cannot give address. Background noise of kitchen extractor. Call dropped after 40 seconds.""",
  "ROM ISO", "", "", "I")
T("""Bank alert (FinCrime ops). Eleven debit cards registered to different names, all at 14 Moor Lane, used at the same ATM on Bridge St within 20 minutes every Friday evening. Accounts receive salary credits from a poultry processing agency and are emptied same day.""",
  "", "MBC NCW", "L")
T("""Press summary: Two men were jailed at Leeds Crown Court for controlling 18 Polish workers who were housed in two terraced houses, four to a room, and charged £80 a week rent from wages at a food factory. The workers were told they owed money for transport from Poland and were threatened with violence if they complained.""",
  "DEBT AC THR", "OVC", "L")
T("""OIC handover: IP (Sudanese male, 17) remains at foster placement. Says he was made to sell cannabis in Ipswich by a man he owed £3,000 for the lorry journey from Calais. Man still calls him. VRM of car used: KX19 LNA. NRM referral submitted, no consent needed as child.""",
  "AV DEBT", "", "C", "H")
T("""My landlord keeps my deposit and wont give it back even tho i left the flat clean. Can the police do anything??""")
T("""Midwife note, booking appointment. Woman (Nigerian, 24 weeks pregnant) attended with a man who answered all questions for her and refused to leave the room. She had no bag, no phone and said she did not know her address. When he stepped out she said quietly 'madam keeps my papers'.""",
  "DOC ISO", "SFW FPE", "")
T("""Salvation Army caseworker note. Client (male, 52, British) was homeless in Bristol when a family offered him a caravan and work laying driveways. He worked for nine years, 7am to dark, six or seven days a week, and says he was given 'fag money and a few cans'. He was beaten when he tried to leave in 2019. He has a mild learning disability and cannot read.""",
  "AV OT WAG VIO AC", "PLC", "L")
T("""Report via online form: THERE IS A CAR WASH ON THE A38 WHERE THE LADS LOOK ABOUT 15 NO GLOVES NO BOOTS IN THE FREEZING COLD AND A BLOKE IN A BMW SHOUTS AT THEM ALL DAY!!!! SOMEONE NEEDS TO CHECK THIS OUT NOW""",
  "AV AC", "", "L", "H")
T("""Council licensing visit to Golden Nails, Chelmsford. Premises registered, staff of three all on payroll with contracts, two British and one Vietnamese national with settled status who owns a share in the business. Hygiene rating good. No concerns.""")
T("""1/A/P. Nom RAMA Gentian (DOB 11/04/1991) controls cannabis grow at 27 Oak Road, Stoke. Vietnamese male aged approx 16 is kept inside the address to water plants, windows boarded, and is not allowed out. Food delivered twice weekly.""",
  "AV ROM ISO", "", "C", "I")
T("""We came from Eritrea through Libya. In Libya they kept us in a warehouse and asked my family for 4000 dollars. Then in England I live with my cousin and I go to college, I want to be a nurse.""",
  "ROM", "", "")
T("""Victim statement (translated from Slovak). I was told by Mr. D that there is good job in factory, 9 pounds per hour, house included. In England he opened bank account with me and kept the card and PIN. I worked in the factory for eight months. I received nothing, only he bought us food. When I asked for money he said I must first pay the ticket and the house.""",
  "DEC WAG DEBT", "NCW", "L")
T("""A&E note 23:40. Male, approx 30, Chinese, laceration to left hand sustained in a restaurant kitchen. Attended with colleague who interpreted. Patient says he works normal shifts, is paid weekly and lives with his wife. Discharged with follow-up.""")
T("""Probation note: PoP reports that since release he has been 'looked after' by an associate who lets him stay in a flat in exchange for driving parcels to Norwich. He says he cannot say no because he owes for the room and he has been told his daughter's school is known.""",
  "DEBT THR AV", "", "C")
T("""Caller to 101 says her elderly mum's carer is from an agency which took £1,500 from the carer for a visa and training. Carer works 70 hours a week across several homes and sleeps on mum's sofa because she has nowhere else. Caller worried she is not being paid properly.""",
  "OT DEBT", "UF SAW", "L")
T("""School referral: Pupil (Y6) told teacher his older brother 'works for Kane now' and brings home lots of cash and a knife. No disclosure about the pupil himself being involved. Referred to early help; brother (16) referred to children's services.""",
  "AV", "", "C", "H")
T("""Witness statement. I live opposite 4 Station Terrace. Most mornings around 5am a silver Sharan picks up about six men. They carry their own lunch boxes and they chat and laugh. They work for the builders on the new estate, I've seen their van there. I have no reason to think anything is wrong, I'm only reporting because the police asked for statements about the parking.""")
T("""Intel log 2/C/C (not to be disseminated to LA without OIC consent). Females advertised on adult site under names 'Lily' and 'Coco', same phone +44 7700 900321. Adverts show new location every 3 days (Derby, Nottingham, Leicester). INT suggests females moved by car and do not leave the flats between bookings.""",
  "ROM", "ET", "S")
T("""My name is Marites. I came to London with my employer's family from Dubai as their domestic worker. They took my passport at the airport. I cook, clean, look after three children from 6 in the morning until midnight. I sleep on the floor in the children's room. Madam says if I run away the police will arrest me because I have no visa. They send 100 dollars a month to my mother, I never see my salary.""",
  "DOC OT AC THR WAG AV", "FOA NCW", "D")
T("""Border Force, Stansted. Female (Romanian, 19) travelling alone with one-way ticket, could not name hotel. Male who booked her ticket was waiting at arrivals holding her ID card copy. She stated she was 'going to do massage work' arranged through a Facebook friend she has never met. Safeguarding advice given; male spoken to. Referred to police.""",
  "", "", "", "L")
T("""GLAA: Gangmaster supplying pickers to a Herefordshire soft fruit farm deducts £25 a week for 'minibus' and £40 for hi-vis and boots from each worker's first pay. Workers were charged £400 recruitment fee in Kyrgyzstan. Workers report 12-hour days in peak season and being told they would be sent home and never hired again if they complained.""",
  "DEBT OT THR", "CT PPE UF", "L")
T("""Cuckooing. Adult safeguarding referral: Mr P (61, alcohol dependent, lives alone) has had two young men from London staying in his flat for three weeks. They deal from the flat. Mr P says he is 'fine' but neighbours hear him being shouted at and he was seen with a black eye. They keep his bank card and he is getting thinner.""",
  "AV VIO", "PA NCW", "C")
T("""Custody note. Detainee (Vietnamese male, states age 15, looks older) arrested at cannabis factory in Bolton. He says he was brought to UK in a lorry and owes the 'uncle' money for the journey. He did not know which town he was in. Appropriate adult requested, age dispute, treat as child.""",
  "AV DEBT ISO", "", "C", "H")
T("""hi i think my mate is bein used, she met this lad online hes like 35 and shes 16 he buys her stuff and now he makes her go with his mates for money and if she says no he says hell show everyone the pics he took""",
  "AV THR", "", "S", "H")
T("""Kidney transplant patient (male, 58) attended renal clinic for post-operative review. Organ from deceased donor via NHS Blood and Transplant. Recovering well.""")
T("""Debrief account. I was in Pakistan, a man in my village said a kidney for 3 lakh rupees will change the life of my family. He took me to a clinic in Lahore. After the operation I got only 50,000 and he said the rest is for the hotel and the doctor. Now I live in Bradford with my brother, I am always tired and I cannot work properly.""",
  "DEC WAG AV", "", "O")
T("""Report: teenage girls being picked up by taxis outside the children's home on Lime St every night after 10pm and coming back at 5am. Staff have logged it. One girl (15) came back with a split lip and would not say what happened.""",
  "AV VIO", "PA CEDL", "S", "H")
T("""Handover: Farm worker (Ukrainian, 34) injured by a potato grader, ambulance called. HSE informed. He is on the Seasonal Worker visa, housed in a clean caravan with two others, has his passport and is paid weekly to his own account. Employer cooperative. No MS concerns.""")
T("""Debrief via interpreter (Tigrinya). He says that he worked on a fishing boat out of Newlyn for seven months. He says that he slept in the hold and was not allowed off the boat when it was in port because the skipper said he had no papers. He says that he worked twenty hours a day when they were catching and was hit with a rope when he was slow. He was promised £1,200 a month but received £300 twice.""",
  "ROM OT VIO DEC WAG AC AV", "SAW", "L")
T("""Shoplifting: Romanian female (17) and two younger girls arrested at Primark, Oxford St. An older male waited outside in a car and drove off when police arrived. Girls said they give everything they take to 'the boss' and sleep in a house with 12 people in Ilford.""",
  "AV AC", "OVC", "C", "H")
T("""My daughter's fiancé is from Albania. He works at a car wash, gets paid every Friday and lives with us. We just want to know if his visa application will be affected by a past caution.""")
T("""Caseworker notes (Medaille Trust). Client F, Polish, 41. Recruited at a bus station in Gdańsk by a woman who said there was warehouse work via an agency in Northampton. On arrival her ID card was taken 'for the agency'. She was put in a house with 14 others, mattresses in the kitchen and the lounge. The agency existed but wages were paid into an account opened in her name controlled by the recruiter's husband. She was given £20 a week. She left when another worker gave her the number for the helpline.""",
  "DEC DOC AC WAG", "OVC NCW", "L")
T("""Suspicious activity report: Account holder (male, 22, student visa) receives multiple transfers from unknown third parties totalling £48k and forwards them abroad. Customer told branch staff a man he met on Telegram pays him £200 a month for 'using my account'. No sign that he is under anyone's control.""")
T("""Police intelligence 3/C/P. Source states that 'Uncle Tan' brings girls from China on student visas and keeps their passports in his restaurant safe. Girls work as waitresses in daytime and in flats at night. Source's reliability untested and account partly hearsay.""",
  "DOC", "", "L S")
T("""Social worker report: Mrs K, a 78-year-old with dementia, has a live-in 'niece' from abroad who does all household tasks. On visit the young woman appeared well, had her own room, phone and passport, attends college two afternoons a week and is paid by the family via bank transfer. No concerns of domestic servitude.""")
T("""Intel: Albanian OCG running cannabis farms across Kent. Young males (18-20) recruited on TikTok with promises of £2k a month in construction. On arrival told they owe £20k for the crossing and must 'garden' until it is paid. Doors padlocked, phones taken. One male reported beaten for trying to call home.""",
  "DEC DEBT ROM ISO VIO", "", "C")
T("""Domestic abuse incident. Female reports husband pushed her during an argument over money. She has her own job and bank account and lives with her parents since the incident. DASH completed, medium risk. No exploitation indicators.""")
T("""Interview notes, hotel housekeeping. Agency workers paid per room cleaned rather than per hour, which works out below minimum wage on busy days. Workers keep their own documents and go home each night. Referred to HMRC National Minimum Wage team.""",
  "", "", "")
T("""The old lady next door has had her grandson's Vietnamese girlfriend staying for a month, she cooks and goes out shopping with the old lady and seems really happy, I only mention it because someone put a leaflet about modern slavery through my door and I wanted to say this one is fine.""")
T("""Victim account (first person, Romanian). They said we go to Wales to pick flowers and we will earn 80 pounds a day. There was no flowers. They put us to beg outside Tesco in Cardiff from morning until night and at night Florin took all the money. If we brought less than 50 pounds he did not give us food.""",
  "DEC WAG OT AC", "", "C")
T("""Officer note: Male (Polish, 46) found sleeping in a shed behind a recycling yard in Leicester. Says he sorts waste for cash and is paid £10 a day by the yard owner, who also 'looks after' his bank card so he doesn't drink the money. Owner says he does him a favour. Male drinks heavily.""",
  "WAG AV AC", "NCW SAW PLC", "L")
T("""Safeguarding (LA). Sham marriage concern: Portuguese female (20) with learning disability brought to UK by her aunt and married to a Pakistani national she met the same day. Registrar noted she did not know his surname. Aunt received £8,000. Female now lives with the husband's family and does all their cooking and cleaning and is not allowed to leave the house.""",
  "AV ROM", "", "D", "H")
T("""Quick note from door-to-door: 45 Albert Rd - all windows covered with foil, strong smell, humming noise. No one answered.""",
  "", "", "")
T("""1/A/C (conditions: not to be shared with Home Office without DS approval). Nom OKAFOR Blessing (DOB 02/09/1979) arranges travel for young women from Benin City. Women are taken to a shrine before travel and swear an oath; they are told they owe 'madam' €35,000 and that they will go mad or die if they break the oath. In UK they work in flats in Peckham.""",
  "DEBT THR", "", "S")
T("""Call summary: Female, 34, says she left her job at a fish processing factory because the shifts were too long and the supervisor shouted. She has been paid up to date and found another job. Asking for advice about an unfair reference.""")
T("""Referral from Barnardo's. Boy (13) found in Aberdeen, 500 miles from home in Enfield, with £800 cash and 30 wraps of crack cocaine in his underwear. Says 'they' will hurt his mum if he doesn't finish the line. Missing from home for four days.""",
  "AV THR", "", "C", "H")
T("""I cleaned offices for an agency in Slough. The agency said I must pay £300 for DBS and uniform first. After that it was okay, I get my salary each Friday and I can choose my shifts.""",
  "", "UF", "")
T("""Log: Staff at Harrow hotel report a chef living on site in a store room for 8 months, working breakfast to late service 7 days. Manager says he 'prefers' to stay. Chef (Bangladeshi) told housekeeper he has not been paid since his visa sponsorship started and the owner 'will cancel my visa if I complain'.""",
  "OT WAG THR AV AC", "SAW", "L")
T("""Debrief. I'm from Birmingham. When I was 15 my boyfriend Jay, he was 23, started taking me to houses where his friends were. He'd give me vodka and weed and then they'd all have sex with me. I didn't want to. He said if I told anyone he'd say I was a slag and my mum would kick me out.""",
  "AV VIO THR", "", "S", "H")
T("""GLAA licence check. Labour provider operating without a licence supplying 6 workers to a shellfish processor. Workers interviewed: paid correctly, own accounts, no accommodation provided. Enforcement action for unlicensed activity only.""")
T("""Report from member of public (phone): "There's a lad who sits outside Greggs every day, same spot, about 8 till 6. A car drops him and picks him up, and the driver takes his cup off him. He's got a bad leg and doesn't speak English.\"""",
  "WAG AV", "CEDL ET", "C")
T("""Au pair enquiry. French au pair (19) with a host family in Surrey says she works about 30 hours a week, has weekends off, gets £110 pocket money per week and attends language classes. She is homesick and wants to know how to end the placement early. Advised to speak to her agency.""")
T("""Prison note. Prisoner (Albanian, 21) convicted of cultivation says he was locked in the house for 5 months and the men who brought him said they know where his family lives in Kukës. He has been referred to NRM; s45 defence was not raised at trial.""",
  "ROM THR", "", "C")
T("""Nurse at a care home in Kent (Zimbabwean, 38) told the union rep that her sponsor charges her £5,000 if she leaves before three years, she has to share a room with two other carers in the manager's house and she works 60+ hours with no overtime pay. She is scared she'll be deported if she complains.""",
  "DEBT AC OT AV", "OVC FOA", "L")
T("""Summary of victim debrief (Filipino female, 44). Came to UK with a diplomatic family. Worked as a cleaner and nanny. Not allowed to go out except to take the children to school, accompanied by the driver. Passport kept by the employer's secretary. Was slapped by madam on several occasions. Paid 150 dollars per month, sent to her account in Manila which her sister manages.""",
  "ROM DOC VIO WAG", "ET", "D")
T("""Referral, school nurse. Girl (16) of Roma heritage absent for weeks; when back she said she had been 'married' in the summer to a man of 25 in Romania and now lives with his family in Derby where she looks after the house and his younger siblings and is not allowed to come to school any more.""",
  "AV ROM", "", "D", "H")

T("""NCA referral: UK resident (Moldovan, 29) says he was approached in Chisinau and offered £15,000 to travel to Turkey to 'donate' a kidney to a British buyer. He went as far as blood tests in Istanbul, then refused. Recruiter has since messaged him saying he owes the costs of the flights and tests.""",
  "", "", "O")
T("""Log 2/B/P. Albanian male nicknamed 'Gimi' recruits homeless men in Manchester city centre with offers of a room and cash work. Men end up on roofing jobs across the North West, working dawn to dusk, paid nothing until their 'rent' is cleared. One man seen with burns from bitumen and no gloves.""",
  "AV DEC OT WAG DEBT AC", "PA", "L")
T("""my sister married a man in Pakistan and she came here on spouse visa, now his mother make her do all cooking cleaning for 9 people from 5am and she only sleep in kitchen, they took her passport and phone she cant talk to us only when they listen. she say they will send her back divorced if she tell anyone""",
  "OT AC DOC ISO THR AV", "SAW", "D")
T("""Safeguarding referral from GP. 17-year-old male, Vietnamese, unaccompanied asylum seeker, presented with chemical burns to hands and a persistent cough. Said he 'helped a friend with plants' in a house where he had to stay inside. Went missing from supported accommodation last month.""",
  "AV ROM", "PA", "C", "H")
T("""Hi, I'm a manager at a hand car wash in Reading. We've had a visit from the council and they told us about the Responsible Car Wash Scheme. All our guys are on payroll, we give them gloves and boots, they work 8-hour shifts and have their own flats. How do we sign up?""")
T("""Victim statement. My name is Daniel, I'm 19, from Sunderland. I had a heroin problem and a man called Ste gave me gear on tick. When I owed him £600 he said I had to run to Whitby to pay it off. I stayed in a flat there with no electric for two weeks, they took my phone and gave me a burner that only had their numbers. When I came back short they burnt my arm with a lighter.""",
  "AV DEBT ISO AC VIO", "PA PLC", "C")
T("""Romanian national (m, 42) reported lost passport at the station. He works for a logistics company in Coventry, has rented a room for two years. Advised to contact the embassy for an emergency travel document.""")
T("""Anon online: brothel above the massage place on Chapel St, girls never leave, food brought in by a fat bloke in a Merc, they look about 18-19 and scared, saw one with bruises on her arms trying to hide them with her sleeves""",
  "ROM", "PA", "S")
T("""Caseworker summary (Kalayaan). Migrant domestic worker (Indian, 50) employed by a Saudi family on an Overseas Domestic Worker visa. She worked 18 hours a day, had no day off in 14 months, and ate leftovers. Employer held her passport and visa. She escaped during a family trip to Harrods when she was left with the shopping bags.""",
  "OT AC DOC", "", "D")
T("""Call summary 101: Caller runs a farm shop and says Eastern European workers at the neighbouring farm always look tired. She has no other information and has not spoken to them. Caller advised; passed to GLAA for info.""")
T("""POI WOJCIK Marek (DOB 19/01/1975). INT suggests he has organised work for at least 10 Polish males at a meat plant in Hull via a legitimate agency, but agency wages are paid into accounts he controls and the workers are given £50 a week. They live in a house he rents where they are charged £100 a week each. 1/B/P.""",
  "WAG", "NCW", "L")
T("""Fostering social worker: Eritrean girl (16) arrived in placement. She disclosed that in Libya she was held in a compound and raped by guards before crossing. Since arriving in UK there is no indication of anyone controlling her; she is attending school and has contact with her uncle in Leeds.""",
  "AV VIO ROM", "", "", "H")
T("""Officer note: Two young women at a pop-up brothel in a Premier Inn room in Milton Keynes. Both Romanian, both said they work for themselves and keep their own money. However, a male was waiting in the car park who had booked the room, holds the phone used in the adverts and both women's ID cards were in his glovebox.""",
  "DOC", "", "S")
T("""I am a student from Nigeria. The agent in Lagos told me I will study nursing and work part time in a care home. When I came the college did not exist. The agent's friend put me in a care home in Leicester, I work nights and days, he takes my salary for 'school fees' and gives me £50. I live with four girls in one room. He says my visa will be cancelled if I talk.""",
  "DEC OT WAG AC THR AV", "NCW OVC", "L")
T("""Intel 3/D/P. Unverified: source claims that a surgeon at a private clinic in London carries out transplants for patients who bought kidneys abroad. No victim identified; source motive unknown.""",
  "", "", "O")
T("""Neighbour report: people always coming and going at the house on Ribble Drive, a big family with grandparents and lots of kids, they're Indian I think. The kids go to school and the men go to work in the morning. There's nothing wrong, I just wanted it noted because my other neighbour keeps saying they're trafficked.""")
T("""Debrief (via interpreter, Mandarin). She says that she paid a snakehead 200,000 RMB in loans for a 'restaurant job' in the UK. She was taken to a flat in Glasgow and told to do 'massage'. She says that she had to have sex with clients, that she was not allowed out and that the man who ran the flat said her family in Fujian would lose their house if she stopped.""",
  "DEBT DEC VIO ROM THR", "", "S")
T("""Referral (Children's Services). Boy, 15, missing 3 times this month. Found in a trap house in Bournemouth with two adult males. Had £1,200 in cash and a knife. Says he was 'just chilling'. Phone shows messages about 'the line' and debts. Placed in secure accommodation.""",
  "AV DEBT", "", "C", "H")
T("""Inspection report, food factory. Temperature in packing hall 4°C, workers standing 10 hours with one 20-minute break. Agency deducts £10 a week for 'uniform rental'. Workers otherwise paid correctly and free to leave. Report forwarded to GLAA for review of PPE charges.""",
  "", "PPE", "")
T("""statement: I am 23 and from Slovakia. My ex-boyfriend brought me to Sheffield saying we will both work in a factory. When we got there he said the factory job is finished and I must make money with men. He booked the clients on his phone. If I refused he kicked me. I gave him all the money and he gave me cigarettes.""",
  "DEC VIO WAG", "NCW", "S")
T("""Intel: Group of Romanian women and children begging at Marble Arch and Edgware Rd. They are dropped at 7am by a blue Ford Galaxy and collected at 9pm. Children appear to be around 6-10 years old and are not in school. Adult male seen taking money from them at intervals. 2/B/P.""",
  "AV OT WAG", "CEDL ET", "C", "H")
T("""Victim account. I am Sandeep, from Punjab. Agent took 12 lakh from my father, said I get visa for work in construction. In England nobody meet me. I work for a Sikh man in Southall, sleeping in his garage with 5 other men. He pays £20 a day only and many days nothing. He says if I go to gurdwara and tell, he will tell Home Office I am illegal.""",
  "DEC WAG THR AC AV", "UF OVC FOA", "L")
T("""Police email: Local church asks about a Nigerian family they help. The father works nights at a warehouse, mother at a care home; they rent their own house and their children go to the church school. They ask whether they should be worried about trafficking because of a TV programme. No concerns identified.""")
T("""999 call: male, heavily accented English, says 'they will kill me tonight, I took money from the grow, they are outside'. Location traced to a house in Moss Side. Units dispatched.""",
  "THR", "", "C", "I")
T("""School safeguarding note: Y11 girl (15) says older boyfriend (19) 'looks after' her and she has to give him her phone each evening. Teacher notes she has stopped seeing friends. No sexual or criminal exploitation disclosed at this stage. Referred to DSL for monitoring.""",
  "AV ISO", "", "", "H")
T("""GLAA operation at a flower farm, Lincolnshire. Workers recruited in Bulgaria were told the job paid £11 an hour. Actual pay after deductions for caravan, transport and 'fines' for slow picking averaged £2.40 an hour. Caravans had broken heaters and one toilet for 30 people. Gangmaster's associate accompanied workers everywhere including to the doctor.""",
  "DEC WAG AC ROM", "CT PLC ET SFW", "L")
T("""Hi, my employer is a Chinese restaurant, I am the head waiter. I wanted to report that the owner is very fair, pays us on time and gives us our holidays. An inspector came last week and asked lots of questions and I wanted to say there is no problem here.""")
T("""Note from Border Force, Heathrow. Three Vietnamese minors travelling on Japanese passports that appear genuine but belong to others. Escort (male) disappeared on landing. Children could not name the adult meeting them and said they were 'going to work for auntie' to pay back the money for the trip. Placed in LA care.""",
  "AV DEBT", "", "", "H")
T("""Intel 2/B/C. Handling: may be shared with partner agencies under MSA protocol only. POI known as 'Adi' controls four men working at a recycling centre in Walsall. Men living in shipping container on site. Adi has told them that if they go to the police he will 'finish' them. Source reports one man was struck with an iron bar last week.""",
  "AC THR VIO", "SAW PLC", "L")
T("""I work at a hotel in Blackpool as a housekeeper. The manager took my BRP card when I started and he says he will give it back after my probation. It's been 7 months. I get paid but I'm scared he'll report me if I ask for it.""",
  "DOC", "FOA", "L")
T("""Report: the woman across the road has a cleaner who comes every Tuesday, she's foreign and very quiet. I don't know anything else.""")
T("""Safeguarding referral: Adult (34) with learning disability known to adult services. His 'friends' have moved in, use his flat to store drugs and make him carry packages to other flats. He is being charged 'rent' by them in his own flat. His benefits are collected by one of them.""",
  "AV DEBT", "NCW", "C")
T("""Debrief (Sudanese male, 24). I came in the back of a lorry. The driver's people said I owe £4,000 and took me to a car wash in Luton. We work 8 until 8, seven days. They pay £30 a week and say the rest goes on my debt. I sleep above the car wash with seven men. I cannot read English and I do not know where Luton is on the map.""",
  "DEBT OT WAG AC ISO AV", "SAW OVC", "L")
T("""Press release: Three people have been convicted of trafficking Lithuanian women for sexual exploitation in Norwich. The women were told they would work in a bakery. Instead they were housed in a flat and advertised online. The court heard they were raped by one of the defendants and threatened with having their children harmed back home.""",
  "DEC VIO THR", "", "S")
T("""Local authority: Housing officer visit to a 3-bed HMO licensed for 5. Found 11 adult men, mattresses in every room including the kitchen. Landlord says they are 'friends of friends'. Men work at various warehouses through different agencies, pay their own rent and have their own papers. Overcrowding enforcement notice served.""",
  "", "OVC", "")
T("""Witness (neighbour): "The lad at number 9 is Polish, he works on the farm, drives his own car, goes to the pub. Nice lad. The police asked me if I'd seen anything odd, no I haven't.\"""")
T("""Victim account via interpreter (Romanian). He says that his 'employer' brought him to Kent to work on a building site. He says that he was never paid and that when he asked, the employer hit him in the face and told him he owed him £2,500 for travel and food. He says that the employer kept his identity card and told him that without it he would be arrested.""",
  "WAG VIO DEBT DOC THR", "FOA", "L")
T("""Caller: 'My 15 year old son has been getting money transferred to his account and then sending it to other accounts. A man on Snapchat told him he'd pay him £100 each time. Now the man says if he stops he'll come to our house.'""",
  "AV THR", "", "C", "H")
T("""Midwife: Woman (Chinese, 20s) attended labour ward in advanced labour, no antenatal care. Man who brought her left immediately. She said she worked 'in a house' and that she had been 'given' to different men. She had no documents. Interpreter confirmed she did not know what city she was in.""",
  "ISO VIO", "FPE", "S")
T("""Intel 3/C/P. Source says a man in Slough 'buys' Indian wives for his sons who then do all the housework and are kept indoors. No named victim and no address. Requires development.""",
  "ROM", "", "D")
T("""Letter from an employer: We sponsor five care workers from Kerala. We pay their visa fees ourselves, they live in their own rented flats and work 37.5 hours. We are writing because we heard about the investigation into other care providers and want to confirm our practices.""")
T("""Statement. I was a bar worker in Marbella. A British man I met there said he could get me a job on yachts in Southampton. Once in the UK he said the job fell through and I'd have to work in his friend's 'club' to pay him back for the flight. I realised the club was a brothel. I managed to walk out on day two and call my mum.""",
  "DEC DEBT", "", "S")
T("""Handover: IP (Eritrean male, 25) works at a hand car wash and has a BRP. Says he is paid £50 a day in cash for a 12-hour day, 6 days a week. He says he can go where he wants, sleeps at a friend's, and isn't scared of anyone. Referred to HMRC re minimum wage.""",
  "OT", "", "L")
T("""Intel 1/B/P. Subject BALOGUN Funmi runs 'agency' supplying Nigerian girls as nannies to families in Essex. Girls' passports retained by Balogun. Families pay Balogun directly and girls receive £30 a week pocket money. One girl reports working from 6am until the last child sleeps, with no days off.""",
  "DOC WAG OT", "NCW", "D")
T("""My husband is violent, he hits me and checks my bank app and shouts about what I spend. I work as a teacher and I have my own account. I want to leave him and stay with my sister.""",
  "VIO", "", "", "H")
T("""Debrief: Hungarian female (27) was lured by a 'lover boy' who promised marriage in England. In Bristol he told her she must sell sex to pay the rent. She was watched constantly by his brother and only allowed out with him. Her phone was checked daily. She was beaten after trying to contact her mother.""",
  "DEC ROM ISO VIO", "ET", "S")
T("""Call: 'I'm outside the car wash on Kings Road and a man just punched one of the workers and dragged him into the back office. I can hear him screaming.'""",
  "VIO", "", "L", "I")
T("""Report regarding Mr and Mrs A. The couple employ a live-in housekeeper from the Philippines. On visit she confirmed she has her own bedroom and bathroom, a contract, days off on Sunday and holds her passport. She attends a church group. No concerns.""")
T("""Hospital safeguarding: Lithuanian male, 38, admitted with malnutrition and infected foot wounds. Says he worked on a cabbage farm and lived in a barn; he didn't have money for shoes. He says the 'boss' takes his wages 'for food'. He has no family in the UK and does not know the farm address.""",
  "WAG AC ISO", "PA PLC", "L")
T("""Intel: Group using stolen and borrowed identities of East European workers to claim Universal Credit. Workers, some with limited English, were told to sign documents at a 'job centre' run by the group and have never received the benefit payments. 2/C/P.""",
  "DEC AV", "NCW", "C")
T("""Organ trafficking intel 2/B/C (Home Office only). Male facilitator in Birmingham recruits Pakistani nationals with debts in their villages to sell kidneys in a clinic abroad. Recipients are wealthy UK patients. Donors told they would be paid £6,000 and given work afterwards; two donors report receiving £800 and no work.""",
  "AV DEC WAG", "", "O")
T("""Note (MS helpline transfer). Caller is a male (Indian, 31) who paid £9,000 to a recruiter for a Certificate of Sponsorship for a care job. On arrival the employer said there was no work. He has found cash work at a warehouse and has his passport. He is angry about the money and wants it back.""",
  "DEC", "UF", "")
T("""1/A/P. Nom TRAN Van Minh (DOB 23/11/2001) - arrested at cannabis factory in Rotherham. States he was forced to tend plants for 6 months and the men who locked him in would 'make his family pay' his debt of $25,000 if he tried to run. Minh's phone had been taken on arrival.""",
  "ROM THR DEBT ISO", "", "C")
T("""Volunteer at food bank: 'A Romanian man comes in every week with a different man who does all the talking. The quiet one always asks for food for "six people". He looks exhausted and has a bandaged hand.'""",
  "", "SFW PA", "")
T("""Debrief summary: Woman (Albanian, 22) recruited by boyfriend. Taken to London and forced into prostitution. Moved between flats in Ealing, Croydon and Harrow every week. Boyfriend threatened to send intimate photos to her father. She says she never saw the money.""",
  "DEC VIO THR WAG", "", "S")
T("""Council Trading Standards note: Licensed premises (Thai massage) checked. Four therapists, all qualified, employment contracts, paid via PAYE. One therapist lives above the shop with her partner. No sexual services indicated.""")
T("""Police log: Female (16) reported missing by care home. Located in a car with three men in their 20s in a park at 02:30. Alcohol and cannabis in vehicle. She said she was 'with her boyfriend'. Males arrested on suspicion of child abduction.""",
  "AV", "", "S", "H")
T("""Hi I run a dairy farm and want to report my old herdsman, he left after I found out he'd been taking cash off the two lads from Romania, he'd told them he had to pay for their housing. I've paid them back and they're staying on. Can I report this?""",
  "WAG", "", "L")
T("""Victim (Vietnamese male, 19) via interpreter: He says that he worked at a nail bar in Cardiff for a year. The owner took his passport to 'renew the visa'. He says he was allowed to go out only with the owner's son. He was given £10 a day for food. He says the owner told him that police in the UK would beat him and deport him.""",
  "DOC ROM WAG THR", "ET FOA", "L")
T("""Officer note: Attended report of a man sleeping in the stairwell of a block of flats. Male, British, 44, homeless, no suggestion of anyone exploiting him. Referred to outreach.""")

T("""Girl in nail bar looked about 14, doing my nails at 8pm on a school night.""",
  "AV", "", "L", "H")
T("""Lost property: student (Chinese, 20) reports her passport and BRP lost on the bus. University notified. No crime.""")
T("""Caseworker note. Client (Eritrean, 30) says that the man who got him the job at the chicken factory 'keeps everything safe' - his passport, his bank card and his payslips. He receives £40 a week from this man. Client describes him as a friend who helped him.""",
  "DOC WAG", "NCW", "L")
T("""999: Woman whispering, says she's locked in a bedroom at 17 Hawthorn Close, the man who keeps her has gone out and has a knife, she is Brazilian, he brings men to the room. Officers en route.""",
  "ROM", "", "S", "I")
T("""School referral. Pupil (12) disclosed that her mum's boyfriend makes her clean the whole house and look after her three younger siblings every night and weekend, and she isn't allowed to go to friends. Mum works nights. No physical harm disclosed.""",
  "AV ROM", "", "D", "H")
T("""My brother is in the UK on a working holiday visa, he works at a vineyard in Sussex, he phones us every evening and says the work is hard but the boss is kind. We just want to know his rights about breaks.""")
T("""OIC note: IP (Polish, 58, alcohol dependent) recovered from a farm near Boston. Says he has worked there 11 years for 'tobacco and beer'. Employer's son hit him with a spade handle in 2021. IP's ID card was found in the employer's kitchen drawer. Employer told him that the police would lock him up as an illegal if he ever left.""",
  "AV WAG VIO DOC THR", "FOA", "L")
T("""Statement (Ghanaian female, 35). The family in Hendon brought me as a nanny. I was told I will go to school in the evenings. There was no school. I worked every day, no day off, for two years. When the baby cried at night it was also my work. They gave me no money, they said they were sending it to my mother. My mother told me she got nothing.""",
  "DEC OT WAG", "NCW", "D")
T("""Council licensing: Hand car wash operating without planning permission, wastewater going into the storm drain. Five staff, all paid via payroll, rota on wall, toilet and kitchen on site. Enforcement for planning only.""")
T("""INT: Vietnamese girls (approx 17-18) working at a nail bar in Aberdeen are taken back to a flat in Dundee each night by the owner's husband. One girl told a customer she has not spoken to her family since she came and does not have a phone.""",
  "AV ISO", "ET", "L", "H")
T("""Call summary 101: a lady at church says her neighbour's Nigerian housegirl, a teenager, is never at school, does all the cooking and cleaning and has been seen being slapped in the garden.""",
  "AV VIO", "", "D", "H")
T("""Safeguarding (prison healthcare). Prisoner (Albanian, 24) charged with production of cannabis. States he came for construction work but was told on arrival he must 'work at a house'. Says he was free to leave the house and chose to stay because the money was good. No threats reported. Referral to NRM offered and declined.""",
  "DEC", "", "C")
T("""Debrief: 'I was kept in a flat in Slough and the men took turns watching the door. They made me have sex with customers, up to 15 a day. I had no money, no phone, no idea where I was. When I cried one of them put a knife to my neck and said he had done this to another girl.'""",
  "ROM VIO ISO THR WAG OT", "", "S")
T("""Caller says an ice cream van driver has been seen giving cigarettes to kids. No other information.""")
T("""Report from a member of the public: my nephew (19) got a job through a 'friend' driving a van, turns out he's delivering drugs, he says he wants out but they said he owes £2k for a bag that got seized and they know where his girlfriend works.""",
  "DEBT THR", "", "C")
T("""I did au pair in Cambridge. The family was nice at first. Then they said I must also clean for the grandmother's house and the father's office, 60 hours a week. They kept my passport 'in their safe for insurance'. When I said I want to go home they said I must pay back my flight ticket first, 400 euros.""",
  "OT DOC DEBT", "", "D")
T("""Safeguarding referral from a supermarket: 'A woman (30s, Eastern European) came to the checkout with a man who paid with her card and typed the PIN himself. She looked down the whole time. He did this with two other women's cards in the same week.'""",
  "", "NCW MBC", "")
T("""1/A/P. Nom DEMIRI Ardit (DOB 14/02/1996). Operates a 'pop-up' brothel network advertising on Vivastreet. Females driven by Demiri between Airbnbs in Reading, Oxford, Swindon. Demiri collects all takings and keeps the girls' ID documents.""",
  "WAG DOC", "ET NCW", "S")
T("""A Romanian family of five lives in a two-bed flat above us. They're noisy but the kids go to school, the dad drives for Uber. I don't think anything is wrong, just overcrowded.""")
T("""Caseworker notes (Unseen). Client (Sri Lankan male, 44) was trafficked to the UK for a kidney which was removed in a private clinic in another country before he arrived. He now works in a shop and lives with his partner; there is no current exploitation.""",
  "", "", "O")
T("""Intel 3/C/P: A man in a van offers day work to men outside the builders' merchants on Old Kent Road. Pays in cash. Nothing further.""")
T("""Victim (Nigerian female, 26), statement: Madam told me I would work in her shop in London. Instead she took me to a house and said I would sleep with men to pay the €40,000 I owed her for the trip. She kept my passport. She said the juju would kill me if I ran. Every week she added money for food and for the room.""",
  "DEC DEBT DOC THR", "", "S")
T("""NHS renal unit note. Patient (British-Indian, 62) disclosed he bought a kidney in 2018 from a 'donor' in a clinic abroad for $40,000. The donor was a young man he was told was paid. Safeguarding lead informed; case referred to police for investigation of organ trafficking offences.""",
  "", "", "O")
T("""The men working on the extension next door start at 7 and finish at 4, they have proper breaks and go home in their own cars. My neighbour says it's a family firm. I'm just a nosy neighbour.""")
T("""Handover: Vulnerable adult (Downs syndrome, 28) found working at a market stall in Bradford for a 'family friend' who takes all the money from his Saturday job and his PIP. He lives in the friend's loft and is not allowed to call his sister.""",
  "AV WAG ISO", "NCW", "L")
T("""Debrief via Arabic interpreter. He says that he paid smugglers to come to the UK and that after arrival he was 'sold' to a man who ran a car wash in Birmingham. He says that the man said the price paid for him was £3,000 and that he must work until he earns it back. He says that he slept on a sofa in the office and was only allowed out on Sundays with another worker.""",
  "DEBT ROM", "SAW ET", "L")
T("""Intel: Mr K (Pakistani national) operating a 'cash for ID' scheme, paying young people to open accounts and register companies in their names for benefit claims. Those involved say they were paid and were not pressured. 2/B/P.""")
T("""Concern raised by a care home manager: one of our carers arrived through an agency that charges her £250 a month 'placement fee' from her wages. She works 48 hours a week. She has her passport and lives in her own room in a shared house.""",
  "", "UF", "")
T("""Midwife referral: Young woman (18, Roma) booked at 30 weeks. Husband speaks for her at every appointment and holds her ID. She said she is not allowed to go to the shops on her own. She does the cleaning and cooking for his family of 10.""",
  "DOC ROM", "SFW", "D")
T("""hello i want to complain about the car wash workers they leave water on the pavement and it freezes. nobody's hurt but its dangerous""")
T("""Report from a parent: 'My daughter (14) is being groomed online by someone who says he's a modelling agent. He sent her money and asked for photos. She's now been asked to meet him in Manchester this weekend.'""",
  "AV DEC", "", "S", "H")
T("""Probation: PoP (British male, 35) says he has 'work' from someone he met inside, selling stolen phones. He says he is free to stop and does it for the money. No indicators of control.""")
T("""GLAA intel: Labour provider supplying workers to a salad packhouse takes £350 from each worker in Romania for 'registration'. On arrival they are told the job is in another county and they must pay £60 a week for a minibus, with the deductions leaving some with less than £100 a week.""",
  "DEC WAG", "UF CT", "L")
T("""Victim account (Vietnamese, 16): 'They said I would work in a restaurant. They put me in a house with plants and said don't open the door. A man came with rice every few days. My phone went in his pocket. I was afraid of the police because they said police in England beat people.'""",
  "AV DEC ROM ISO THR", "FOA", "C", "H")
T("""Intel (Border Force) 2/B/P. Filipino domestic worker arriving with employer family from Qatar on ODW visa could not say what her salary was; employer spoke for her and held both her passport and her return ticket. Worker said she works 'all the time'.""",
  "DOC OT", "SFW", "D")
T("""Referral: a 17-year-old boy from Afghanistan in supported living reports that a man who runs a kebab shop pays him £2 an hour and keeps him working until 3am most nights. Says he is happy to have work. Social worker concerned.""",
  "AV WAG OT", "", "L", "H")
T("""Call: landlord reports tenant has not paid rent for two months and has left. Civil matter.""")
T("""Hospital: Female (Thai, 40s) presenting with injuries consistent with assault. Says she works in a 'massage parlour' in Soho run by a woman who 'keeps her money for her' and whom she owes £10,000 for the visa. She has not been outside the parlour except to come to hospital.""",
  "VIO WAG DEBT ROM", "PA NCW", "S")
T("""Anon: there was a lad at the bus station with no shoes crying saying he'd been left there by some men who brought him from London to sell drugs, he's about 14""",
  "AV", "", "C", "I")
T("""Intel: 'Ion' and his wife keep four disabled Romanian men in their house in Ilford. The men beg at Stratford station and hand over everything. The wife gives them one meal a day. They are never seen without Ion. 2/B/P.""",
  "AV WAG AC ROM", "ET", "C")
T("""Debrief summary: Male (Egyptian, 33) worked on a scallop boat out of Brixham. Worked shifts of 20 hours at sea. Skipper retained his seaman's book. He was paid but well under what he'd been promised. He says he could go ashore in port.""",
  "OT DOC DEC", "", "L")
T("""Social care: Young mother (22) with an Eritrean partner. She asked whether her partner holding their shared savings is abuse. She works, controls her own wages and says there is no violence or pressure. Advice given.""")
T("""Crimestoppers: The family at 22 Lindley Rd have a girl who cleans for them who can't be more than 13. She doesn't go to school. She's never out of the house except to hang washing. They're from Nigeria and say she's a cousin.""",
  "AV ROM", "", "D", "H")
T("""Call summary: Male (Kurdish, 30s) attends front counter, says he is owed two weeks' wages by a barber in Derby who has since closed. He has his ID and lives with friends. No exploitation indicated; referred to ACAS.""")
T("""1/B/P. Subject ZHANG Wei. Facilitates marriages between Chinese women and UK men for fees. Intel suggests the women are told they are coming as students and then kept in a house in Manchester until 'married', during which time they are made to work in a packing unit for no pay.""",
  "DEC ROM WAG", "", "L")
T("""hi my name is Ana from Romania, i came to work in hotel with agency in bournemouth, they pay me good and i have my own room, but my boss shout at me because my english. is this discrimination?""")
T("""Safeguarding referral (college). Student (18, autistic) is being paid by older males to carry bags between cities. He says they 'own' him now because he lost a bag, and they have told him they will hurt his younger brother if he doesn't do another run this weekend.""",
  "AV DEBT THR", "", "C", "H")
T("""Debrief: 'I was 15 when they brought me from Albania. I worked in a car wash in Newcastle and slept in a room above it with six men. They never let me go anywhere alone. Once I asked to call my mother and they beat me so badly I couldn't work for two days.'""",
  "AV ROM VIO ISO AC", "SAW OVC", "L")
T("""Duty to Notify (adult declined NRM). Male (Indian, 40) exploited on a construction site in Essex: worked 70-hour weeks, wages paid to the gangmaster, deductions for tools and a hard hat. He has now left and is staying at a gurdwara.""",
  "OT WAG", "NCW PPE", "L")
T("""A kidney was removed from me in Egypt. The men told me it was for an appendix operation. They brought me to England after and I work in a restaurant for them to pay for the travel. They say I owe still £5,000.""",
  "DEC DEBT", "", "O L")
T("""Intel: A young woman (approx 19, Vietnamese) at a nail bar in Bexleyheath told a customer 'I'm not allowed to talk to you' when asked where she lived. The owner then moved her to the back of the shop. 3/C/P.""",
  "ISO", "", "L")
T("""Safeguarding note: Mrs D (83) has a live-in carer from Zimbabwe employed by an agency. Carer works 7 days with 2 hours off a day, sleeps in the lounge. Agency says it's standard for live-in care. Carer says she is paid well and chooses the work. Family is reviewing arrangements.""",
  "OT", "SAW", "L")
T("""Report: a man outside the Tesco Express begs every day with a dog, he's been there for years and says he's saving for a room. Nobody drops him off, he walks from the hostel.""")

# part 4: long multi-paragraph texts and one-liners
T("""OFFICIAL-SENSITIVE. Intelligence report 2/B/P.

Subject: premises at Unit 4, Cobden Industrial Estate, Wednesbury (hand car wash and tyre bay, trading as 'Shine Kings').

Source reports that the business employs around nine males, believed to be Kurdish Iraqi and Iranian. Two of them, known as 'Rebaz' and 'Karwan', are the managers and live locally with their families; they are not believed to be under anyone's control. The remaining seven are younger, do not speak English and are brought to the site at 0700 in a grey Vauxhall Vivaro VRM BD17 XPT and taken away after 2000, six days a week and some Sundays.

Source states that the younger males were told in Dunkirk that they would be given painting and decorating jobs. They now 'owe' £3,500 each for the crossing and the room, and the figure increases each week for food and gas. Their wages are recorded as £60 per day in the business accounts but they receive £20, the rest being taken 'for the debt'.

Source also reports that the owner of the neighbouring scaffolding yard has complained to the council about noise; this is unrelated.

Recommend: joint visit with GLAA and local authority; consider MSA s1/s2 offences.""",
  "DEC DEBT WAG OT", "CEDL ET LH", "L")
T("""Statement of a member of the public, taken by PC 4471.

I have lived on Hartley Street for twenty years. In March a family moved into number 31, a couple with three children and the husband's parents. There are also two other men who stay sometimes, who I was told are cousins. People on the street's Facebook group started saying the house was 'a trafficking house' because there are lots of people and they speak a foreign language, and someone wrote that the men are 'taken to work at dawn'.

I want to say for the record that I know the family. The husband works as a bus driver and his wife is a teaching assistant at my granddaughter's school. The cousins work at the hospital laundry, they drive there themselves in their own car and they come to our street barbecue. I have been in the house. It is busy but clean, everyone has their own bed and they are lovely people.

I don't think anybody is being forced to do anything, and I think the comments online are racist. I am happy for this statement to be used.""")
T("""Victim debrief summary (NRM referral supporting notes). Interpreter: Vietnamese.

Background: V is a 17-year-old male from Nghệ An province. His father borrowed money from a local lender to send him abroad after the family's fish farm failed. V understood he would work in a nail salon in London and send money home.

Journey: V travelled through Russia, Belarus and Poland over about four months, then to France by car. He crossed in a lorry. He says he was kept in a locked warehouse in Poland for three weeks with about twenty other people and given one meal a day.

In the UK: V was driven to a house in Wolverhampton. He says a man he knew as 'Anh Ba' told him the nail salon job was not available and that he would 'look after the garden' until his family's debt of £28,000 was repaid. The upstairs rooms were full of cannabis plants under lights. The doors were locked from the outside and the windows nailed shut. His phone was taken. He slept on a mattress next to the plants.

V says that Anh Ba told him that if he ran away, the lender would take the family home and that 'people in England who run away disappear'. V was found when police executed a warrant on 14 January.""",
  "AV DEC ROM ISO DEBT THR AC", "SAW", "C", "H")
T("""Adult safeguarding concern - outcome of enquiry (s42 Care Act).

Concern raised by a GP receptionist that Mr Ahmed S (47), who has paranoid schizophrenia, was attending appointments with a 'friend' who answered for him. The concern was that Mr S might be being financially exploited or made to work.

Enquiry: Social worker visited twice, once unannounced. Mr S lives alone in a council flat. The 'friend' is his cousin, who holds lasting power of attorney for finance, registered with the OPG in 2022. Bank statements reviewed with Mr S's consent: his benefits are paid into his own account and used for his rent, bills and food; the cousin has taken no money. Mr S attends a day centre three days a week and does not work. He told the social worker he likes his cousin coming to the doctor with him because he gets anxious.

Outcome: No abuse or exploitation substantiated. Case closed with advice to GP practice about supporting Mr S to speak for himself where possible.""",
  "", "SFW", "")
T("""Caseworker note (Salvation Army victim care). Session 3.

Client J (Romanian female, 31) continues to be supported in safe house. Today she talked more about the time in Birmingham. She says she met a man called Marian in Craiova who offered her a job as a cleaner in a hotel for £1,800 a month. When she arrived he said she owed him £1,000 for the flight and the room and that the hotel job would start 'next week'.

She says that after a week he brought men to the flat and told her she had to have sex with them to pay the debt. She refused at first and he slapped her and took her ID card and her phone. After that she saw clients in the flat every day. She says the debt 'never went down' because he charged her for food, for condoms and for the advert.

J says she managed to leave when Marian was arrested for an unrelated driving offence. She does not want to give a statement yet because her son lives with her mother in Craiova and Marian's brother knows the address. Support plan updated; ISVA referral made.""",
  "DEC DEBT VIO DOC ISO WAG THR", "", "S")
T("""Report of GLAA inspection, Licence holder: Greenvale Labour Solutions Ltd.

Scope: supply of 64 workers to three poultry and vegetable processing sites in Norfolk.

Findings. Workers are recruited in Romania and Bulgaria through a registered partner agency; no fees are charged to workers (checked against bank statements of a sample of 12). Transport to sites is provided free by minibus; workers may use their own cars. Accommodation is offered but not compulsory: 22 workers live in four licensed HMOs, no more than two to a room, and rent is deducted at a rate below the accommodation offset. All workers interviewed had their own passports or ID cards and their own bank accounts. Hours records show an average 42-hour week with overtime voluntary and paid at time and a half.

One issue noted: PPE (gloves and hairnets) was being charged at £2 a week at one site by the client, not the licence holder. This has been stopped and refunded.

Conclusion: licence standards met. No indicators of forced labour.""",
  "", "PPE", "")
T("""Witness statement of Mrs Eileen Parry, 68.

I run a B&B in Llandudno. From about June last year a man called 'Gazza', maybe in his forties, would book my two back rooms for a week at a time, always paying cash. He would bring two or three young women with him. They were from Eastern Europe, I thought Latvian. They never came down for breakfast. Gazza brought them takeaways.

I noticed a lot of men coming up the back stairs in the evenings, one after another. One night I heard a girl crying and Gazza shouting 'you do what I say or you're on the street with no passport'. The next morning I saw one of the girls in the corridor, she had a bruise on her cheek. She asked me in poor English what town this was.

When I asked Gazza to leave he said I had better keep my mouth shut because he knew my grandson. I didn't report it then because I was frightened.""",
  "THR DOC ISO", "PA", "S")
T("""Case summary for strategy meeting (Children's Services). Child: L (15), looked after, placed in residential unit.

Concerns: Since September L has been missing on 11 occasions, usually returning in the early hours. She has been seen in cars driven by adult males. Police found her at an address in Rochdale on 3 November with two men aged 27 and 31; she was intoxicated. Her phone contains messages from an adult male calling her 'wifey' and telling her she must 'sort his mates out' to pay for the clothes and phone he bought her. On one occasion she returned to the unit with bruising to her thighs and disclosed to a key worker that she had been raped but then withdrew the disclosure.

Protective factors: L has a good relationship with her grandmother and attends school about 60% of the time.

Actions: CSE risk assessment (high), police to consider abduction notices, health to offer sexual health review.""",
  "AV DEBT VIO", "PA CEDL", "S", "H")
T("""Press report (local paper). A Bolton businessman has been ordered to pay almost £40,000 to six former employees after an employment tribunal found he failed to pay them the minimum wage at his chain of sandwich shops.

The tribunal heard that staff, most of them students, were paid a flat daily rate that worked out at around £7 an hour. The judge said there was no suggestion that any of the workers had been forced to work or prevented from leaving, and all had found other jobs. The owner said he had misunderstood the rules on unpaid training time and has apologised.

HMRC said it had named the business as part of its naming scheme.""")
T("""OIC update / handover to night DS. Op HARLOW.

1. Warrant at 12 Brook Rd executed 0600. Three males arrested: two Albanian adults (suspected controllers) and one Vietnamese male (VM) stated age 16.
2. VM was found in the loft, where a mattress, a bucket and a rice cooker were kept. The loft hatch had a bolt on the outside. VM had no phone and no shoes.
3. VM says he has been 'in this house for a winter' and the men bring food twice a week. He says he owes $30,000.
4. VM treated as a child: LA EDT contacted, placed in emergency foster care, NRM referral done. Appropriate adult present for interview tomorrow.
5. Also at the address: a 5kg bag of fertiliser, 400 plants, bypassed electricity meter. Fire service informed of meter.
6. Separate matter: the neighbour at no. 14 reports her car was scratched last week and thinks it is linked - no evidence, NFA.""",
  "AV ROM DEBT AC ISO", "FPE PLC", "C", "H")
T("""Debrief note, first person, written by client with support worker.

My name is Precious. I came from Edo State in 2019 because a woman from my church said I can work as a hairdresser in London with her sister and go to school. Before we left she took me to a native doctor who cut me and took my hair and nails, and I swore I will pay 35,000 euro and never tell police. If I break the oath, my family will die.

In London her sister took my passport and said it was for my visa. There was no salon. She brought me to a house in Croydon and said I must work with men. I cried and she beat me with a shoe. I worked every night. I gave her all money. She said I still owe 30,000 because of the rent and the food.

In 2021 one of the clients helped me to go to a church. I am now in a safe house and I go to college. I am still scared for my mother.""",
  "DEC THR DOC VIO WAG DEBT", "", "S")
T("""Domestic abuse / honour-based abuse referral from school.

Pupil A (17, female, British Pakistani) told her form tutor that her parents have arranged for her to go to Pakistan in the summer and that she thinks she will be married to her cousin there. She says she does not want to get married. Her passport is kept by her father. She has not been hurt, but her older brother has told her she will 'bring shame' on the family if she refuses, and she is no longer allowed to go out with her friends after school.

The school has contacted the Forced Marriage Unit and children's social care; a Forced Marriage Protection Order is being considered. There is no suggestion at this stage that she is being made to work or sold.""",
  "AV DOC THR ROM", "", "", "H")
T("""Bank financial-crime alert (internal SAR extract).

Customer group: 17 current accounts opened between 3 and 21 March at branches in Peterborough and Spalding, all by Latvian and Lithuanian nationals aged 19-58, all giving two addresses: 9 Eastfield Rd and 61 Eastfield Rd.

Behaviour: Salaries from FreshField Agricultural Staffing credited weekly. Within one hour of credit, cash withdrawals of the full balance at the same ATM on Lincoln Road, using cards for 8-10 different accounts in one visit, CCTV shows the same male (approx 40, shaved head). Customers do not use online banking and have not collected PINs from branch; the same mobile number is registered on 15 of the accounts.

In branch, when one customer attended to ask about her balance, a man accompanied her and answered the cashier's questions.

Assessment: high risk of labour exploitation with control of wages by a third party. Referred to police and GLAA.""",
  "", "MBC NCW SFW", "L")
T("""Interview record, Border Force, Manchester Airport, Terminal 2.

Passenger: Indian female, 26, arriving from Delhi on a Skilled Worker visa as a senior carer. Sponsor: a care home group in Stockport.

The officer asked routine questions. She said she had paid the recruitment consultant in Kerala 8 lakh rupees (about £7,500) for the job and the visa, borrowed from relatives. Officer explained that UK sponsors may not charge certain fees and gave her the Modern Slavery Helpline leaflet and the GLAA/ Employment Agency Standards contact details.

She has her passport and her own phone, is being met by a friend, and will live in a shared flat she found herself. She did not report any threats or pressure. She was content to proceed. Note sent to UKVI sponsor compliance.""",
  "", "UF", "")
T("""999 call transcript extract, 23:52.

OPERATOR: Police, what's the address of the emergency?
CALLER: I don't know the address, it's a farm, near a big road, Evesham maybe.
OPERATOR: Are you safe right now?
CALLER: No. Sir, the boss, he hit my friend with a metal thing, there is blood from his head, he is not speaking. We are in the caravan. He locked the door. He said if anybody calls police he will burn the caravan.
OPERATOR: How many people are with you?
CALLER: Six. All Romanian. Please.
[Call location trace requested; ambulance and units dispatched to the cell site area; helicopter tasked.]""",
  "VIO ROM THR ISO", "PA", "L", "I")
T("""Can't sleep thinking about the girls at the massage place.""")
T("""Pop-up brothel Travelodge rm 214, two females, pimp in car park. 2/B/P.""",
  "", "", "S")
T("""Lad at the car wash said the boss has his passport and he can't leave.""",
  "DOC ROM", "", "L")
T("""Stolen bike from outside Sainsbury's, suspect on CCTV.""")
T("""Woman in Aldi says her employer locks her in the house when they go away on holiday.""",
  "ROM", "", "D")
T("""No concerns re: exploitation at the Indian takeaway - all staff family, all paid.""")
T("""Boy aged 12 picked up by county lines runners from school gates, seen getting in a Golf.""",
  "AV", "", "C", "I")
T("""Nail bar girls sleep on the salon floor and eat at their stations, the owner locks them in at night.""",
  "ROM", "SAW", "L")
T("""Her husband's family took her gold and her passport on arrival, she cooks for them all day.""",
  "DOC OT", "", "D")
T("""Asked if anyone threatened him, he said no, he comes and goes as he likes.""")

here = os.path.dirname(os.path.abspath(__file__))

out = []
for n, (text, ind, sig, exp, risk) in enumerate(ROWS, 1):
    ind, sig = set(ind), set(sig)
    for i, s in PAIR:
        if i in ind: sig.add(s)
        if s in sig: ind.add(i)
    if risk is None:
        if "VIO" in ind or "S" in exp or ("THR" in ind and "ROM" in ind) or len(ind) >= 3:
            risk = "high"
        elif ind or exp:
            risk = "medium"
        else:
            risk = "low"
    else:
        risk = {"I": "immediate", "H": "high", "M": "medium", "L": "low"}[risk]
    out.append({"id": "f8-%03d" % n, "text": text,
                "indicators": [IND[k] for k in IND if k in ind],
                "signs": [SIG[k] for k in SIG if k in sig],
                "exploitation": [EXP[k] for k in EXP if k in exp],
                "risk": risk})
with open(os.path.join(here, "fresh8.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "texts")
