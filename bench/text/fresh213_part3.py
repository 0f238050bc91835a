E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""MODERN SLAVERY AND EXPLOITATION PANEL – MINUTES
Date: 12 February 2026. Venue: Civic Centre, Stoke-on-Trent. Chair: DI R. OSBORNE (Staffs Police).
Present: Stoke CC ASC, Children's Services, Staffs FRS, GLAA, British Red Cross, DWP, UHNM safeguarding.
1. Apologies: HMRC.
2. Case 1 (ref SPN/26/04). Male, 39, Slovak Roma. Referred by A&E after presenting with a fractured wrist, says he fell. Nurse noted older bruising to the back. Accompanied by a man who answered all questions and would not leave the cubicle. Patient later told a Slovak-speaking HCA that he works in a mattress factory in Longton, 'boss keeps the money to pay for the house', lives with 15 others. He did not know the road name. Actions: police welfare check (DC BAILEY); GLAA to check factory; BRC to offer support; NRM if he consents.
3. Case 2 (ref SPN/26/05). Female, 22, UK national. Concern from DWP that her UC is being paid into an account not in her name. Enquiry shows she had asked her mum to manage her money due to debt. Mum confirmed, the woman is happy with arrangement. No exploitation. Close.
4. AOB: FRS to share data on HMO fire inspections with multiple occupants.""", "PSV WW ISO", "PA SFW NCW OA IS", "L")
T("""Case conference record – Child J (16), looked after child, Swindon.
Present: SW (K. Evans), IRO, Wilts Police CE team, YOT, school DSL, Barnardo's.
Background: J has been missing 7 times since September, longest 4 days. Returned on two occasions with new clothes and trainers. Police found him in a flat in Reading with 40 wraps of crack and heroin and a large amount of cash. Phone analysis: regular contact with a line phone known as 'MITCH'. J told Barnardo's worker: 'if I stop they'll come for my little brother'. He has a cut to his eyebrow which he won't discuss. J believes he owes £1,500 after being arrested and the drugs seized.
Discussion: all agencies agree this is child criminal exploitation. YOT note he is on a referral order; the CPS will be asked to consider s45 defence. Discussed out-of-area placement. J does not want to move.
Actions: 1) NRM by police within 48 hours. 2) Disruption: CAWN for known adult. 3) Barnardo's to continue 1:1. 4) Review in 4 weeks. Risk: high.""", "AV IT DB PSV", "PA FA", "C", "high")
T("""Notes of Modern Slavery Partnership meeting, Lincolnshire, 9 June.
Item 3: Operation Harvest update. Between April and June officers and GLAA inspected 31 farms and 8 packhouses across South Holland and Boston. The majority had proper paperwork, workers on payroll, housing of a decent standard and workers holding their own ID. Three sites of concern:
(a) Site near Spalding: 26 workers in 5 caravans, broken windows, gas bottles inside, no running water. Workers told inspectors they pay £70 a week each for their bed, taken from wages by the labour provider. Collected 5am by minibus, returned 8pm, charged £8 a day for it.
(b) Site near Wisbech: one Ukrainian worker said his documents 'are with the boss in the office'. Boss produced them, said they were for photocopying. Worker later said he had asked 3 times and not got them.
(c) Packhouse near Sleaford: no concerns on visit; intelligence was not substantiated.
Actions: GLAA licence review for (a), police and GLAA follow up (b), close (c).""", "AC WW RD", "OA PLC CE CT NCW DT", "L")
T("""Safeguarding Adults Review – Executive Summary (extract)
Adult M was a 54 year old woman with a long history of alcohol dependency and mental ill health. From 2019 to 2024 she lived with a family in a terraced house in Hull. The review found that she did all of the cooking and cleaning for 7 people, looked after two young children, and was not paid. Her PIP was paid into an account held by the head of the family, who also held her bank card. Neighbours reported that she was 'never seen out without one of them'. She told a district nurse in 2022 that she 'wasn't allowed' to go to her sister's funeral. She slept on a sofa in the back room. On admission to hospital in 2024 she weighed 41kg and had bruising to both arms.
Agencies involved: GP, ASC, district nursing, housing association, DWP, police.
Key findings: professionals saw her as 'a lodger helping out'; no one asked her directly about money or freedom; her 'carer' was always present during visits and answered for her.
Recommendations: training on domestic servitude; always see the adult alone.""", "AV WW RM ISO AC PSV", "NCW ET IS PA SFW PLC", "D")
T("""MARAC minutes, Cardiff, 19/11.
Case 4 – V: Ana (pseudonym), 29, Brazilian. Ref from IDVA. V came to UK on spouse visa. Husband (P) keeps her passport and BRP locked in his car. She works in his restaurant 6 days, 11am to midnight, never paid, 'he says we are family, family don't get wages'. She must ask permission to leave the house, he tracks her phone. Last week he grabbed her by the throat. P has told her that if she leaves he will tell the Home Office and she will be deported and lose the children. 
Actions: police DA lead (DS HUGHES) and MS team; IDVA; NRM discussion with V (consents); Women's Aid refuge space; legal advice on DDVC.
Case 5 – V: Ms T, 61, British. Son financially abusive, takes her pension. No work or exploitation element beyond financial abuse. ASC s42.""", "RD EO WW RM ISO PSV IT", "DT LH NCW RMS IS FA", "L D", "high")
T("""Modern Slavery Multi-Agency Meeting, Thanet – Actions log
1. Car wash on Northdown Rd – visited 14/4 with KCC trading standards: staff had contracts, pay slips and own accommodation. No MS. Complete.
2. Nail bar in Margate – Vietnamese girl appears under 18, brought in each day by older woman who speaks for her, no English. Police to visit with interpreter. Children's services informed. Open.
3. Farm at Minster – reports of workers living in shipping containers. GLAA attended, containers converted and insulated, workers paid properly, free to leave. Close.
4. House on Dane Rd – 9 men, one bathroom, landlord is also their employer at the fishmonger, deducts rent. HMO licensing team to inspect. Open.""", "AV", "SFW ET OA", "L", "high")
T("""Crown Court sentencing note – R v GRIGORE and others (Birmingham).
The defendants ran a network that recruited men from villages in Romania with adverts promising £400 a week in factory jobs and free housing. On arrival they were taken to houses in Erdington where up to 20 men shared, made to open bank accounts which the defendants controlled, and given £20 a week 'for food'. Their ID cards were taken 'for registration' and never returned. Men who complained were beaten; one was told his daughter would be 'sold' if he went to the police. The court heard that the defendants collected over £1.2m in wages. Sentences: GRIGORE 12 years; ION 9 years; STAN 7 years. The judge remarked on the men's fear and their dependency on the group for everything.""", "DEC WW RD PSV IT AV", "OA NCW DT FA", "L")
T("""Strategy discussion – children at risk (CSE), Rochdale.
Attendees: CSC, GMP Complex Safeguarding, Health, Education.
Child A (14): repeatedly picked up from school by men in cars; found at a takeaway after midnight; told her mum 'they're my mates'. Phone shows messages from adults about 'parties'. 
Child B (15): friend of A, disclosed that at a party she was given vodka and 'couldn't remember' and woke up in a bed with a man. 
Child C (13): sister of B, no concerns at present beyond association.
Decisions: s47 for A and B; ABE interviews; CAWNs for identified men; C – single agency (school) monitoring.""", "AV PSV", "ET", "S", "high")
T("""Minutes – Gloucestershire Modern Slavery Partnership, Q3
Item 2. Data. 47 NRM referrals this quarter (labour 19, criminal 15, sexual 9, domestic servitude 4). 
Item 3. Case study (anonymised) – an adult man, 33, a Polish national with a gambling addiction, recruited by a 'friend' into roofing work. He was moved round the county in a van and lived in a caravan on a site with no toilet. He told police: 'They took my ID, they said I owe them for the caravan, every week I owe more.' He worked from 6am until dark, no days off, and was given £20 on Sundays. When he asked to go home, the boss punched him. Outcome: positive CG, prosecutions ongoing.
Item 4. Training – 80 frontline staff trained.""", "AV RD DB EO WW PSV AC", "DT LH PLC", "L")
T("""Case conference – NRM support case, Salvation Army sub-contractor, Leeds.
Client: female, 24, Albanian. Entered the UK in the back of a lorry. Says a man she met in Tirana ('my boyfriend') told her they would marry in London and she would work in a shop. On arrival she was taken to a flat in Wembley and told she had to 'work' to pay him back £15,000. She was sold for sex online, up to 10 men a day. The man kept her phone and she was only allowed out with him or another woman. He hit her when she cried. She escaped when he was arrested for another matter. Now in safe house. Presents as very anxious, startles at knocks at the door, unwilling to speak to police yet.
Actions: GP registration; counselling; legal aid solicitor; review of police contact in 2 weeks.""", "DEC DB ISO RM PSV", "UF IS RMS ET FA", "S")
T("""Minutes – joint HMRC/GLAA/police tasking, Leicester.
Present: ...
1. Garment factory 'A' – 40 workers on site during visit. Records show payment at NMW but workers say they are paid £4 per hour cash and have to sign for the full rate. Some work 60+ hours. Workers said the owner told them 'if the inspectors ask, say 8 hours'. Fire exits blocked by stock. Actions: HMRC enforcement, fire safety referral, police interview of 5 workers who wish to talk.
2. Garment factory 'B' – compliant, no issues found. Workers hold contracts. Close.
3. Restaurant 'C' – chef on Skilled Worker visa says he paid £8,000 to an agent in Bangladesh for the job, employer keeps his passport. Action: Home Office sponsor compliance; NRM discussion.""", "WW EO AC RD", "LH FA UF DT", "L")
T("""Bail hearing – Southwark Crown Court – note taken by OIC.
Defendant: OSEI, Kwame (dob 1979). Charged: s2 MSA 2015 (arranging travel), s1 (holding a person in servitude).
Allegation: brought a 15-year-old girl from Ghana on a visitor visa, telling her family she would go to school in London. She was instead made to look after his 3 children and clean the house from 5am until late at night. She never went to school. She slept on the floor of the children's room. Her passport was kept in his bedroom. She was told she would be 'arrested by the police because she had no papers' if she went out alone. She was hit with a belt.
Bail: refused. Reasons: seriousness, risk of interference with witness (the girl's mother in Ghana contacted by D's family).""", "AV DEC EO AC RD IT PSV RM", "LH PLC DT FA RMS", "D", "high")
T("""MACE – summary of monthly meeting, Lancashire West.
Number of children discussed: 9. New: 3. Stepped down: 2.
New cases: A (15) – found in Preston with drugs, 'debt' to older males; B (14) – CSE risk from online contact; C (16) – going missing with older boyfriend, seen in hotel.
Stepped down: D (17) has moved to supported accommodation, engaging, no missing episodes since spring; E (13) concerns were around peer arguments not exploitation.
Themes: rise in children being asked to hold drugs for older peers at school.""", "AV DB", "", "C S", "high")
T("""Notes: Adult safeguarding – multi-agency risk management meeting (MARM), Brighton.
Mr N, 47, rough sleeper, heroin user. Outreach workers report he is being used by a group to shoplift to order from Churchill Square. He gets heroin in return. He had a black eye and said 'they sort me out if I don't bring enough'. Mr N does not want police involvement. Actions: outreach to continue, discuss NRM (duty to notify), police intel submission.""", "AV PSV", "PA", "C")
T("""Modern Slavery Panel, Wrexham – discussion of two cases with no exploitation.
(1) Poultry farm: concerns from a member of public about foreign workers living on site. Visit found a purpose-built accommodation block, en-suite rooms, workers with contracts, own cars, own passports. Overtime voluntary. Close.
(2) A Chinese restaurant where a teenager was seen working late. Enquiry: he is the owner's son, 17, helps at weekends, attends college. Close.""", "", "", "")
T("""NRM Multi-Agency Assurance Panel – record of decision.
Case: Adult, male, 31, Eritrean. Claim: forced labour in Libya (detention centre, made to work on farms, beaten) prior to arrival in UK, and in UK worked at car wash for 'friend' of the smuggler to pay off his £3,000 travel debt. Says in UK he was free to go out, kept his phone, paid £30 a day of which £20 taken for the debt.
Panel view: exploitation overseas is credible; UK element – debt deductions and arrangement with the smuggler network support the claim of debt bondage. Positive conclusive grounds.""", "PSV DB WW", "UF", "L")
T("""Case Conference, Children's Services, Walsall – Sibling group (3).
Children aged 6, 9 and 13 living with father. Referral by school after 13 yr old said she 'works at the shop every night'. Investigation: father's corner shop, she helps for an hour after school, paid pocket money, sometimes tired. Attends school. No exploitation, but advice given re child employment bylaws. Close at CIN review.""", "", "", "")
T("""Minutes – Border Force / police / LA meeting, Dover.
Item 1: 4 adults found in a lorry trailer at Eastern Docks, dehydrated. Two claim they paid €7,000 each and were told they would work in a car wash in Birmingham to pay the rest. Placed in hotel; one left in the night with an unknown man who called him. Risk of re-trafficking.
Item 2: Trafficking Awareness sessions for hauliers.""", "DB", "UF PA", "L")
T("""Strategy meeting – adult female with learning disability (KENT). Ms V lives with her 'partner' and his 3 friends. ASC has evidence that she is advertised on an adult website, the partner takes bookings and money, and she has been seen with bruising. She has told her day centre worker 'I don't want to do it but he says I have to'. Capacity assessment scheduled. Actions: police to enter and safeguard today; risk immediate.""", "AV PSV WW", "PA NCW", "S", "immediate")
T("""Sentencing note. R v NGUYEN (Reading Crown Court). Cannabis production. D, 19, found in a grow house in Tilehurst with 300 plants. Defence claimed s45. Evidence he had a key and his own phone, went to the shops daily, rented the room in his own name, and was paid a share of the profit. Jury rejected the defence. 18 months YOI.""", "", "", "")
T("""Minutes: Northumbria MS subgroup. 
1. Op Fenton update: 2 arrests for controlling prostitution in Newcastle, women moved between Airbnbs weekly, all bookings by phone managed by one man, women handed cash at end of each night.
2. Agency staff at a Sunderland warehouse: union raised wages underpayment; HMRC confirm issue was payroll error, rectified, backpay made. No MS.
3. Fishing: Seahouses skipper accused of withholding pay from 2 Filipino deckhands on transit visas. Deckhands say they haven't been paid for 6 months, work 20 hours a day during trips. Joint visit with ITF.""", "WW EO", "NCW LH", "S L")
T("""Case notes – Hope for Justice IA. Meeting with client J (42, British). J says he was picked up outside a homeless hostel in Swansea by a man offering 'a job and a roof'. He was driven to a traveller site in Gloucestershire, told not to leave and put to work laying block paving. 'They hit me with a spade when I was slow.' He slept in a horsebox. He was given food once a day. After 2 years he walked to a petrol station and called the police. He has a head injury and very poor teeth.""", "AV DEC RM PSV AC", "PLC PA RMS", "L")
T("""MARAC 08/08 – 3 cases heard.
Case 1: V (female, 34), DA, husband strangulation. High risk. No exploitation.
Case 2: V (female, 19, Romanian), boyfriend takes money she earns from 'massage' work he arranged, keeps her ID. V says she is scared he will hurt her family. Referred to MS team.
Case 3: V (male, 70), adult son living with him uses his money for drugs. Financial abuse, ASC.""", "WW RD IT", "NCW DT FA", "S")
T("""Strategy meeting (police/ASC/health), Dudley.
Concern: a man (60s) in a wheelchair is wheeled to the same spot in the town centre daily to beg, taken away in the evening by 2 younger men. He always has a cup and looks unwashed. Outreach tried to speak with him, he says 'they are family, they look after me'. Police intel links the 2 men to begging networks in 3 other towns.
Actions: outreach and police joint approach with Romanian interpreter; NRM consideration.""", "AV", "CE ET PA", "C")
T("""Panel minutes – Liverpool City Region Modern Slavery Network.
Item: Nail bars – 5 visits by Merseyside Police and partners. Four had workers on payroll with right-to-work documents and no concerns. One in Bootle: worker appeared 15 or 16, said her 'aunty' pays her in 'food and phone credit', lives above the shop, no school. Now in LA care, NRM submitted.
Item: Romanian Big Issue vendors – no third-party control identified.""", "AV WW", "SW", "L", "high")
T("""Case review note – Domestic Homicide Review (DHR) panel, extract.
The victim, a 37-year-old Indian woman, had arrived on a spouse visa. Review found she worked unpaid in the family's warehouse 6 days a week and did all housework for 9 people. Her in-laws held her passport and she had no access to money. She was not allowed to learn English or attend the GP alone; a relative always translated. Agencies did not recognise the domestic servitude.""", "WW RD ISO RM EO", "DT NCW SFW", "D L")
T("""Meeting notes, GLAA Intelligence Tasking. 
Subject: labour provider in Kent supplying 200+ seasonal workers to soft fruit farms. Seasonal Worker visa holders say they paid £4,000 to agents in Nepal and Indonesia for jobs, were given only 3 weeks of work and now face deportation. Workers stay in caravans provided by the farm, charged £65 per week. Not enough work to pay debts; some work cash-in-hand elsewhere.
Actions: further interviews; Home Office sponsor engagement.""", "DEC DB", "UF OA", "L")
T("""CHANNEL PANEL / MARAC JOINT NOTE – not an exploitation case. Recorded for completeness.
Subject: Mr Q, 35, British, referred by his employer (a logistics firm in Daventry) because colleagues said he 'never goes home' and 'lives at work'. Enquiry by HR and police: Mr Q is a salaried shift manager who chooses to take extra night shifts, is paid overtime at time and a half, and has a flat in Northampton. He sometimes naps in the rest room between shifts, which is allowed by policy. He holds his own passport and driving licence and manages his own bank account. He told the panel he is saving for a house deposit and is happy with the hours. Occupational health have offered a wellbeing check about fatigue and he has accepted.
Panel view: no indicators of forced labour, no third party control, no vulnerability being exploited. Action: close; employer to review fatigue policy.""", "", "", "")
T("""Minutes of Modern Slavery Case Review Group – Bradford, 4 September.
Present: WYP (DS AKHTAR), BMDC ASC, Children's Services, Immigration Enforcement, Bradford Teaching Hospitals, Hope for Justice, Yorkshire Water (observer).
1. Ms E (Czech, 29) – recovered from a house on Manningham Lane in July. Update: she has been in a Salvation Army safe house. She has now disclosed that she was brought over by her brother-in-law who told her there was a job in a hotel laundry. Instead she was made to clean three houses owned by his family, from 6am to midnight, and was slapped if work was not done. She was given no money, 'only food from the children's plates'. Her ID card was kept in a kitchen drawer that was locked. She could not leave because she did not know the city and had no English. Police file to CPS.
2. Mr V (Slovak, 46) – request for move-on support. NRM positive CG. Stable. Close.
3. AOB: Hospital staff training dates.""", "DEC EO PSV WW RD ISO AC", "LH DT IS", "D")
T("""Strategy discussion record – Children's Social Care, Coventry (s47 threshold).
Child: M, 14, female. Reason: allegation by school that M has been seen getting into a car with an adult man after school on at least 6 occasions; on two occasions she did not return home until after 1am. Mum found a second phone and £200 in her bag. Messages on the phone refer to 'meeting your uncle's friends' and 'you owe me for the phone'. M has a bruise on her upper arm which she said was from PE. Police hold intelligence on the man (BARKER, Lee, 31) relating to CSE in 2022.
Views: all agree the threshold for s47 is met; risk of CSE high.
Actions: ABE interview within 5 days; CAWN for BARKER; school to monitor collections; missing protocol reminder to mum; referral to MACE; NRM to be considered by police as first responder.""", "AV DB", "ET PA", "S", "high")
T("""NRM Multi-Agency Assurance Panel – panel notes, case 2026/113.
The individual, a 38 year old Indian national, was referred by the Salvation Army. His account: an agent in Punjab arranged a Skilled Worker visa as a 'senior carer' in Sussex for £16,000, borrowed from his family at high interest. The sponsor gave him only 10 hours a week for the first three months. He was then told he could work extra at a second care business owned by the same director but 'off the books', 70+ hours a week, cash £4 an hour. His passport was 'kept in the office for Home Office checks'. He says the director told him, 'If you go to anyone I will report you and you will be removed.' He lived in a shared house owned by the director with 9 other carers, rent deducted.
Panel: UK exploitation credible. Debt, deception about the role, threats of denunciation and retained documents all present. Positive conclusive grounds.""", "DEC DB EO WW RD IT", "UF LH DT FA OA", "L")
T("""Case conference minutes – Domestic abuse and exploitation, Bolton.
Present: IDVA, GMP PPIU, ASC, housing, Fortalice.
Subject: Mrs N, 33, arrived from Bangladesh in 2021 on a spouse visa.
Summary of disclosures: Mrs N says her husband and in-laws make her do all the cooking and cleaning for the household of 11 and work unpaid in the family's sewing business at the back of the house from morning until night. She is not allowed to leave the house alone and has never been to the town centre. Her passport was taken by her father-in-law on arrival. She is not permitted a phone; she has not spoken to her parents for 2 years. She says her husband has hit her many times and that his mother said she 'would be sent back in shame' if she complained.
Agreed: domestic servitude and forced labour. Actions: police to arrange safe extraction with interpreter today; refuge; NRM with consent; legal advice on DVILR.""", "EO WW RM RD ISO PSV IT", "LH RMS DT IS", "D L", "immediate")
T("""Magistrates' Court – Bail application, note by CPS advocate.
Defendant: TRAN, Van (dob 1990), charged with conspiracy to produce cannabis and s2 MSA (arranging/facilitating travel with a view to exploitation).
Summary: Police executed a warrant at a commercial unit in Stockton. Inside were 900 plants and two Vietnamese males aged 17 and 20, who were locked inside; the only door was padlocked from outside and the windows were sealed. They slept on camping mats among the plants and ate noodles. Both say D brought them to the UK from France in a lorry, told them they owed £20,000 each and would be 'killed' if they ran. Phone evidence links D to the unit and to payments to smugglers.
Application: defence seek bail with address in Leeds. Opposed: risk of absconding, interference with witnesses who remain in the area. Bail refused. The 17-year-old is in LA care.""", "AV RM AC DB IT", "RMS SW PLC UF", "C", "high")
T("""Safeguarding Adults Board – Practice Review (abridged), Adult R.
Adult R was a 41-year-old man with a history of homelessness and a brain injury. In 2023 he was offered work and housing by a man he met at a day centre. He spent eighteen months working on driveways and roofs across Essex and Suffolk, travelling in a transit van with five other men who all lived in one house with no furniture, sleeping on mattresses. He was paid 'a tenner here and there'; the man had taken his bank card, saying it was to 'sort his benefits'. He told a reviewer: 'I knew I wasn't allowed to just go. Where would I go anyway? He told me he'd find me.' He had several visits to A&E with injuries which he described as accidents at work, including a crush injury to his hand; no safety equipment was ever given.
Findings: A&E, the day centre and the GP each held a part of the picture. Learning: professional curiosity; routine enquiry on work and money.""", "AV DEC WW RM IT AC", "OA PLC NCW ET PA", "L")
T("""Minutes – Multi-Agency Child Exploitation (MACE) Panel, Plymouth, 11 March.
Cases reviewed: 6.
1. Child A (15, m) – found in Exeter with a line phone and cash. Says he is 'just helping a mate'. Rising missing episodes. Intelligence links him to a London line. Actions: NRM, Safe & Well on return, youth worker.
2. Child B (16, f) – concerns about adult boyfriend resolved; boyfriend is 17 and at the same college. Step down.
3. Child C (14, m) – school exclusion, hanging around with older group; no evidence of exploitation at this time. Early help.
4. Child D (13, f) – online contact from unknown adult asking for images, images sent, adult now threatening to post them unless more sent. Police investigating; CEOP report made.
5. Child E (17, m) – on remand, no new concerns. Remain open pending release.
6. Child F (15, f) – no missing episodes for 12 weeks, engaging with CAMHS. Close.""", "AV IT", "", "C S", "high")
T("""Notes of a professionals' meeting – 'Good Harvest' farm, Herefordshire – no exploitation found.
Background: an anonymous caller told Crimestoppers that 'foreign workers are locked in at night' at the farm. GLAA, West Mercia Police and Herefordshire Council visited unannounced on 2 August. 
Findings: 62 Seasonal Worker visa holders from Kyrgyzstan, Uzbekistan and Ukraine. Accommodation in new static caravans, 4 per caravan, heating and showers working. Gate to the accommodation is locked at night by security for theft prevention; each worker has a fob and can leave at any time — tested with workers. Payslips show pay at or above the NLW, hours 40–48 a week, voluntary overtime. All hold their own passports. No recruitment fees, checked with the scheme operator. Transport to the fields is free. Workers were spoken to alone with interpreters; none raised concerns.
Outcome: no further action; feedback to caller not possible.""", "", "", "")
T("""Sentencing remarks (summary), R v HUSSAIN & BEGUM – Leeds Crown Court.
The defendants, husband and wife, brought a young woman from rural Pakistan to the UK in 2017 telling her family she would study and help with the children. For six years she cooked, cleaned and cared for their five children without pay. She was made to sleep on a mat in the box room and to eat after the family had eaten. She was not allowed to attend college, was not registered with a GP, and could only leave the house with Mrs BEGUM. Her passport was kept in the loft. She was threatened that if she told anyone she would be 'arrested and deported and bring shame on her father'. On several occasions HUSSAIN struck her with a belt. She was discovered when a health visitor saw her at the house and asked to speak to her alone.
HUSSAIN: 8 years. BEGUM: 6 years. Slavery and Trafficking Prevention Orders made for 10 years.""", "DEC WW AC RM RD IT PSV", "PLC RMS DT FA", "D")
T("""Case conference – Adult Social Care, Isle of Wight. Not exploitation.
Mr C, 52, with a learning disability, lives in supported living. His support provider raised a concern that a neighbour had 'taken over' his money. On enquiry: Mr C's appointee is his sister, appointed by DWP in 2019. She pays his bills from his account and gives him a weekly budget of £60 which he chooses how to spend. Mr C was seen alone with an advocate and said he is happy with the arrangement, has his own bank card for his spending account, and can see his friends and go to his football club when he likes. The neighbour only gives him lifts to football and does not handle money.
Outcome: concern not substantiated. Advocate to remain involved for 3 months. Close.""", "", "", "")
T("""Minutes – Humber Modern Slavery Partnership, operational group.
Item 1 – Op Anchor (fishing). Humberside Police with Border Force boarded two vessels in Grimsby. Vessel 1: Ghanaian and Filipino crew on transit visas, contracts held, paid by the owner in the UK via bank transfer; no concerns. Vessel 2: three crew from Sri Lanka say they have not been paid for 9 months, their seaman's books and passports are 'with the agent', they have worked 20 hour days on trips and have been told they must not leave the boat while in port. One has a healed cut on the head he says was from the skipper. Actions: ITF and police interviews; NRM with consent.
Item 2 – Cannabis grows: 4 adults arrested in Scunthorpe; all British, no coercion indicators.
Item 3 – Data sharing agreement signed.""", "WW RD EO RM PSV", "DT LH RMS PA", "L")
