#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh139): council safeguarding mix.
Each T(...) call holds one hand-written text and its labels, written with short codes
that are expanded below. Run: python3 bench/text/mkfresh139.py"""
import json, os

IND = {"av": "abuse_of_vulnerability", "de": "deception", "rm": "restriction_of_movement",
       "is": "isolation", "pv": "physical_sexual_violence", "it": "intimidation_threats",
       "rd": "retention_of_documents", "ww": "withholding_wages", "db": "debt_bondage",
       "ac": "abusive_conditions", "eo": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "saw": "sleeps_at_workplace",
       "fpe": "few_personal_effects", "rms": "restricted_movement",
       "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "ncw": "no_control_of_wages", "sfw": "speaks_for_workers", "mbc": "multiple_bank_cards"}
EXP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}
PAIR = {"rd": "dt", "rm": "rms", "eo": "lh", "is": "iso"}

D = []
def T(text, ind="", sig="", exp="", risk="l"):
    i = ind.split(); s = sig.split()
    for k in i:
        if k in PAIR and PAIR[k] not in s:
            s.append(PAIR[k])
    D.append({"text": text,
              "indicators": sorted(IND[k] for k in i),
              "signs": sorted(SIG[k] for k in s),
              "exploitation": sorted(EXP[k] for k in exp.split()),
              "risk": RISK[risk]})
# ---- batch 1
T("Adult Social Care referral. Mrs Edna PRICE (87) lives alone at Larch Close. District nurse reports the property is cluttered floor to ceiling in the front room, with a narrow path to the kitchen. Fridge contains out-of-date food. Mrs Price declines help with cleaning and says she knows where everything is. She has capacity for this decision per the nurse. No family involvement. Referral for self-neglect / hoarding assessment, fire service home safety visit requested.")
T("GP to safeguarding: 79yo patient attended with her son who answered every question. Pt later disclosed son collects her pension from the post office and she 'has to ask' for money for the hairdresser. Bank statements not seen by pt for a year. No injuries. Pt worried about upsetting him.", "", "ncw sfw", "", "l")
T("Housing officer note 14/03. Visited flat 9 Carver House re complaints of people coming and going at all hours. Tenant Mr Dean HOLLIS (52, known alcohol dependency, previously homeless) answered door with a bruise under his eye. Two young males in the lounge, London accents, one told me Dean was 'fine, he's our mate'. Dean would not speak in front of them. Smell of cannabis, scales on the table. Dean later texted me 'they wont leave'. Suspect cuckooing. Passed to police and ASC.", "av pv", "pa sfw", "C", "h")
T("Children's Services MASH: Kayla (14) missing overnight for the third time this month. Returned in a taxi paid by unknown male, had new phone and vapes. Mum found messages from 'Uncle Jay' arranging to 'pick her up for a party'. Kayla says she was at a friend's. Older males seen in a car outside school.", "av", "", "S", "h")
T("Police INT log. 2/B/P. INT suggests POI Adrian MUNTEANU controlling approx 6 Romanian males working at hand car wash, Cheadle Rd. Workers live in flat above the unit, mattresses on floor. Wages paid to MUNTEANU who hands back 'pocket money'. Workers' ID cards held by POI 'for safekeeping'. Nil further.", "ww rd ac", "oc plc ncw", "L", "h")
T("Anon online report: theres a lad at the car wash on the ring road looks about 15 hes there every day even in school time and sleeps in the cabin at the back i think. never see him leave", "av", "saw", "L", "h")
T("Carer's assessment, Mr Joseph ADEYEMI caring for his wife who has MS. He reports exhaustion, broken sleep, no respite for two years. Requests day centre place for wife and a carers' break. Supportive daughter visits weekends. No safeguarding concerns identified.")
T("Debrief (via Vietnamese interpreter). She says she paid £8,000 to come to UK and was told she would work in a nail shop for good money. When she arrived the man said she now owed £20,000 and must work it off. She worked 7 days, 10am to 9pm. She slept in the shop owner's loft with three other girls. She never received wages, the owner said it went to the debt. She was told if she ran the police would put her in prison.", "de db ww eo ac it", "uf oc foa ncw", "L", "h")
T("101 call summary: caller reports neighbour's teenage son has not been seen for 4 days, mum not reported him missing. Caller says boy 'hangs around with a bad lot'. Police to conduct safe and well check.")
T("A&E note: 31F, Albanian, attended with abdominal pain. Accompanied by male 'boyfriend' who insisted on staying and interpreting. When alone with nurse pt wrote on paper 'he sell me to men, help'. Bruising to upper arms and thighs. Pt has no ID, says he has it. Police called, pt kept in cubicle with security.", "pv rd", "pa sfw", "S", "i")
T("Sightline public report: loads of men in and out of flat 3 above the chinese takeaway every night, different girls every week, they never come out, blinds always down. think its a brothel", "rm", "", "S", "h")
T("Safeguarding adults referral from domiciliary care agency. Carer arrived to find Mr Leonard BRIGGS (91, dementia) alone, soiled bedding, no food in the house, heating off. Nephew who holds LPA is not answering. Possible neglect by LPA holder. Care agency have increased calls to four a day.")
T("Probation note: PoP Ryan COX disclosed he is being made to hold drugs for a dealer called 'Tank' to clear a £600 'debt' after his stash was 'robbed'. Says the debt keeps going up and Tank has threatened to 'do his mum's windows in'. PoP scared, asked not to be named.", "db it", "", "C", "h")
T("Housing officer: Ms Chantelle WRIGHT (24) and two children presented as homeless after fleeing domestic abuse from ex-partner in Leeds. Ex-partner has history of violence, MARAC referral made by Leeds. Emergency temporary accommodation arranged, refuge space sought.", "", "", "", "l")
T("GLAA inspection summary: licensed labour provider supplying pickers to farm near Spalding. Workers interviewed with own interpreter, all held own passports, paid weekly into own bank accounts, payslips correct, accommodation in caravans clean and not overcrowded. One minor record-keeping breach on holiday pay calculation. Advice given. No indicators of exploitation.")
T("Bank financial crime alert: account ending 4471 held by Miss Ana POPESCU receives wages from three employers (agency, hotel, cleaning firm) and is emptied within hours by cash withdrawals at the same ATM in Slough where 11 other cards belonging to Romanian nationals are used in the same session. Account holder's registered address has 14 other customers.", "ww", "mbc ncw oc", "L", "m")
T("School DSL referral: Year 9 pupil Tyler (13) came in with £300 cash and two phones. Said an older boy gives him money to 'drop stuff' in town after school. Tyler has a cut on his hand he won't explain. Mum says he's out till 2am. County lines concern.", "av", "pa", "C", "h")
T("Self-neglect referral: Mr Rafal NOWAK (58), Polish, lives in a static caravan on a friend's land. Heavy drinker, poor diet, leg ulcers untreated. Worked at packhouse until 2023 through agency, was paid properly, lost job through absence. Declines support except food bank vouchers. Has his own documents. Not an exploitation concern.")
T("INT: 3/C/P. Taxi driver reports regularly collecting 4-5 Eastern European women from address on Portland St at 05:00 and dropping at laundry factory, collected again 22:00. Fare always paid by same male who rides in front.", "eo", "cedl et sfw", "L", "m")
T("my boss took my passport when i come. he say i owe for flight and house. i work in kitchen every day no day off. he give me £50 a month. please dont tell him i write this", "rd db ww eo", "foa", "L", "h")
T("Midwife note: 19yo, 24 weeks pregnant, booking late. Partner (40s) attended with her and speaks for her. Woman says she came from Nigeria to be a nanny for partner's cousin but has been doing all cooking and cleaning for the family of seven, no wages, not allowed out alone. Passport with 'auntie'. Referred to safeguarding midwife and police.", "de ww rm rd", "sfw", "D", "h")
T("Family support worker note: Mum (Jade) reports her 16yo daughter Skye is in a relationship with a 19yo boy. Skye attends college, comes home each night, boy is known to family. Mum just wanted advice about contraception and healthy relationships. No exploitation concerns at present.")
T("Adult safeguarding: Mr Kevin HUGHES (44, learning disability) lives alone in supported tenancy. Support worker found three men living in his flat who say they are 'friends'. Kevin's benefits card is missing and the men are using his flat to sell crack. Kevin sleeping on the kitchen floor. He said 'they said they'll break my legs if I tell'.", "av it ac", "ncw plc", "C", "h")
T("Missing from home: Leah MORRIS (15), looked-after child, missing from children's home since 18:00. Known links to adult males in Rochdale. Last seen getting into grey Audi. Phone off. CSE risk assessment high.", "av", "", "S", "i")
T("Neighbour dispute: Mr PATEL complains next door's builders start at 7am and block his drive with a skip. Builders are a local firm, homeowner has agreed to move the skip. Advice given. No further action.")
T("Salvation Army caseworker note. Client M (Eritrean, 23) was brought through Libya. Smugglers held him in a warehouse until his family paid ransom, beaten with pipes. In UK he was given a room by a man who then made him work at a car wash 'to pay rent', 12 hour shifts, £15 a day after rent taken. He left after 3 months when a customer gave him the helpline number. Now in safehouse.", "pv eo ww db", "", "L", "h")
T("INT 2/B/C (do not disclose to employer). Polish male DOB 1979 at recycling plant, Ince. States gangmaster 'Marek' takes all bank cards of the crew, gives back £40 a week, rest kept for 'house and transport'. 9 men in 3-bed house. Men working 6x12hr shifts sorting waste without gloves.", "ww ac eo", "ncw oc ct", "L", "h")
T("Care home inspection: staff rota showed some carers working 60+ hour weeks during Covid outbreak, paid overtime at enhanced rate, voluntary. Sponsored workers hold their own passports and accommodation is their own choice. Recommendation to improve rota planning. No modern slavery indicators.")
T("Anon report - THE MAN AT NUMBER 22 KEEPS A WOMAN IN THE HOUSE SHE CLEANS ALL DAY AND WASHES HIS CAR SHE NEVER GOES OUT ONLY IN THE GARDEN AND HE SHOUTS AT HER IN ANOTHER LANGUAGE. SHES NOT HIS WIFE HIS WIFE WORKS AT THE HOSPITAL", "rm", "", "D", "h")
T("Domestic abuse referral: Ms Sarah KENT (38) reports partner controls all finances, checks her phone and has pushed her against a wall. She works as a teaching assistant and her salary goes into a joint account he controls. DASH high risk, MARAC referral. IDVA allocated.", "", "ncw", "", "l")
T("Debrief account (first person, translated): I came from Sudan by lorry. In Calais a man said he can get me job in England in farm and I pay later. In England they put me in a house with twelve men. Every day a van take us at 4 in morning to cut vegetables and bring us back at night. Every week they say I owe more for the room, the van, the food. I never see the money. When one man complain they hit him in front of us.", "de db ww ac pv it", "oc cedl et ct ncw", "L", "h")
T("Council environmental health: complaint of rats at 41 Hanover St. Inspector found a rented HMO with 9 tenants in 4 rooms, broken boiler, landlord unlicensed. Tenants are students and workers from various employers, all pay their own rent and come and go freely. Enforcement notice served on landlord for HMO licensing breach.", "", "oc plc", "", "l")
T("Housing: tenant reports her 20yo son's friends have moved in and won't leave, she is frightened. Son uses heroin. Men sell drugs from the flat and have taken her bank card 'for rent'. Told her she'd 'get hurt' if she calls police.", "av it", "ncw", "C", "h")
T("Border Force note: UK-bound passenger from Lagos, 17F, travelling with adult male claiming to be uncle, documents held by him. Says she is coming for school. No school details, no address known. Female appeared anxious and would not make eye contact. Referred to local authority and NRM as potential child victim.", "av rd is", "sfw", "", "h")
T("GP note: 67M attends for diabetic review, lives with daughter's family who look after him well. Mentions son-in-law manages his money and pays his bills with his agreement, pt happy with this. No concerns.")
T("Police handover: OIC DC REID. Cannabis grow found at 14 Orchard Way, 400 plants. Vietnamese male approx 16-17 found inside, door padlocked from outside, windows boarded. Mattress and rice cooker in back room. Says he was brought by lorry and 'the boss' will kill his family if he talks. Taken to hospital, dehydrated. Treated as potential victim, LA notified.", "av rm it ac", "saw plc pa", "C", "i")
# ---- batch 2
T("Hoarding referral from fire service: Mr Terence OLDHAM (72) lives in a terraced house where every room is full of newspapers and boxes, cooker surrounded by paper. Smoke alarms fitted. He is reluctant to accept help but agreed to a clutter assessment. No carers, no concerns about others.")
T("INT 2/C/P - female 'Mia' advertised on adult site, phone 07700 900123, incalls at Travelodge rooms rotating weekly between Derby, Leicester and Nottingham. Same male books all rooms and drops women. Ads written in same style for 5 different women.", "", "et sfw", "S", "h")
T("Kinship carer (grandmother) of Jayden (12) rang duty social worker: he has been coming home with expensive trainers and says 'a man in the park' gave them to him for 'running errands'. Last week he was missing till midnight. Grandmother scared and asks for help.", "av", "", "C", "h")
T("Witness statement (extract): I employ my cleaner Marta directly, she works Tuesday and Friday mornings, I pay her £15 an hour by bank transfer and she has keys. She has her own flat and her own car. The police asked me about her because her name was on a list from the agency raid, but she has nothing to do with that agency.")
T("Modern Slavery Helpline log: caller is a Filipino domestic worker employed by a Gulf diplomat's family in Kensington. She works from 6am to midnight caring for three children and cleaning, no day off since arriving 14 months ago. Employer holds her passport. Paid £150 a month into an account in Manila controlled by her agency. She sleeps on the floor of the children's room. Not allowed to leave the house alone.", "eo rd ww ac rm", "ncw saw", "D", "h")
T("Housing officer: Mr and Mrs SINGH (70s) with adult son and his family, 8 people in a 3-bed council house. Family have applied for a transfer due to overcrowding. All adults work or are retired, household is close and supportive. Not a safeguarding matter.", "", "oc", "", "l")
T("IP is a 22yo Albanian male found working at a cannabis grow in a flat in Sunderland. He says he came to UK on a lorry owing €15,000 to the smugglers. He was told he could pay by 'gardening' for 6 months. He was given food once a day and could not leave as the door was locked. He had a phone with only one number in it, the boss's.", "db de rm is ac", "saw", "C", "i")
T("Children's social worker: Amira (16), UASC from Sudan, placed in semi-independent accommodation. Key worker concerned she is being picked up by older males in cars late at night and returns with alcohol. She said 'they are my friends, they help me'. Strategy meeting called re CSE.", "av", "", "S", "h")
T("Crimestoppers: nail bar in the high street the girls look really young maybe 15 16 and they never speak english. they eat lunch in the back and a man drives them in a van every morning and picks them up at 9 at night. shops open 7 days", "av eo", "cedl et", "L", "h")
T("Financial abuse, ASC: Mrs Gwen THOMAS (83) was persuaded by a 'new friend' she met at church to give him £32,000 for a 'business investment'. He now visits daily and drives her to the bank. Police fraud unit informed. Not modern slavery.", "", "et", "", "l")
T("Police log 23:14: 999 call from female screaming, says she is locked in a room at 7 Birch Rd, men downstairs, she was brought from Romania to 'work in a restaurant' but they made her sleep with men. Units deployed, grade 1.", "rm de pv", "", "S", "i")
T("Farm worker complaint to GLAA: worker says pay was two weeks late due to payroll system change; employer apologised and paid with interest. Worker otherwise happy, lives in own rented room. Resolved, no further action.")
T("GP safeguarding: 45M patient, Romanian, attended with infected hand injury from a meat factory. Says he cannot take time off, agency will 'give his place to someone else'. Works 6 nights a week. Has his passport and is paid into his own account. Low pay but no other concerns raised. Advised on rights.")
T("Adult safeguarding: care provider raises concern that sponsored care worker Grace (Zimbabwean) was charged £9,000 by the recruiting agent for her certificate of sponsorship and has to repay £400 a month from her wages to the agency owner, who says she will be 'sent home' if she complains. She is doing 70 hour weeks because the owner schedules her.", "db it eo av", "uf", "L", "h")
T("Missing person update: Ellie (13) located at address in Hull with two males aged 24 and 31, found in bedroom, alcohol and cannabis present. Both males arrested. Ellie disclosed one of them had sex with her. Taken to SARC.", "av pv", "", "S", "i")
T("Hospital discharge planning: Mr Frank WELLS (80) refuses to return home to his daughter's care saying she 'takes my money and shouts'. Daughter is appointee for his pension credit. Social worker to explore with Frank, Court of Protection deputy to be considered.", "", "ncw", "", "l")
T("IOM / NGO referral note: client from Vietnam, 17, arrived in the back of a lorry. Was taken to a house where an older woman took his phone and told him he was now working for her to repay his family's debt of 40,000 USD. Taken daily to a nail shop in Birmingham where he cleaned and filed nails, 9 till 9, not paid. Left when shop was visited by immigration.", "av is db ww eo", "et", "L", "h")
T("Public report: My elderly dad's carer from the agency stole his bank card and took out £800. Police informed, agency have suspended her. Dad's ok but shaken.")
T("INT 1/A/P. Source states KRASNIQI family running 3 pop-up brothels in Airbnb flats in Leeds city centre, women rotated each week. Women's passports kept by KRASNIQI's wife. Women told they owe £5k each for flights and 'advertising', paid off by taking 70% of earnings. One woman was beaten after trying to keep cash.", "rd db ww pv", "", "S", "h")
T("Youth offending team: Josh (17) arrested in Aberystwyth with 30 wraps of crack cocaine, 200 miles from home. Says he was 'sent' by people in Liverpool to stay in a local man's flat for two weeks and 'graft'. He was not allowed to go home until the drugs were sold and was told he owed them £1,500 because a bag was 'lost'. NRM referral made.", "av rm db", "", "C", "h")
T("Housing: complaint about anti-social behaviour from Flat 12, loud music and parties most weekends. Tenant is a 30yo man living alone who works in IT. Warning letter sent.")
T("Licensing officer: visit to 'Glamour Nails', 3 staff present, all Vietnamese, manager answered all questions and said the staff 'don't speak English'. Rear room contained three camp beds and suitcases. Staff appeared nervous when asked about where they live. Referred to police MSHT team.", "", "saw sfw foa", "L", "m")
# ---- batch 3
T("Renal unit social worker: patient Mr H. (Pakistani heritage, 54) on dialysis. Family discussed going to Pakistan to 'buy' a kidney from a private clinic. Team advised on the risks and legal position. Patient decided to remain on UK transplant list. Living donor assessment under way for his brother, who is volunteering freely.")
T("NCA INT 2/B/C: Network recruiting young men in Lahore and Sylhet with offers of factory work in UK; on arrival men taken to a private clinic abroad where one kidney removed, told the 'operation' was a medical check required for visa. Paid nothing. Two victims identified in Bradford, both with fresh flank scars.", "de", "pa", "O", "m")
T("Debrief (interpreter's voice): He says the man in Istanbul told him he could clear his family's debt by giving a kidney and would get $10,000. After the operation he was given $1,000 and a ticket and told that if he spoke to anyone his sister would be hurt. He now has pain and cannot do heavy work.", "av de it", "", "O", "h")
T("GP note: 29F, Nigerian, asks about a scar on her side. Says a 'sponsor' in Lagos arranged for her to come to UK to 'donate' a kidney to a rich man's relative and promised her a job after; on arrival her passport was taken and she was kept in a flat for tests. She ran from the hospital before the operation. Referred to police and NRM.", "de rd rm", "", "O", "h")
T("Press summary: A man was jailed for 10 years for conspiring to bring a young woman to the UK to harvest her kidney for his ill relative. The court heard she was told she was coming for a better life and would be paid; she was not told she would lose an organ. She raised the alarm at a London hospital.", "de", "", "O", "m")
T("Transplant coordinator: altruistic kidney donation from Mrs L. SHAW (61) to a stranger via the UK Living Kidney Sharing Scheme completed. HTA approval obtained. No payment, full independent assessment. Recovering well.")
T("Police INT 3/C/P: rumour on social media that a 'doctor' in Manchester is offering £30k for kidneys to asylum seekers. Not corroborated, no victims identified, enquiries ongoing.", "", "", "", "l")
T("Adult safeguarding: Mr Abdi (Somali, 35) in asylum hotel says a man approached residents offering £5,000 each to go abroad for 'kidney operation'. Abdi refused. Hotel manager and police informed. No one known to have gone.")
T("Safeguarding adults: Ms Paula GREEN (49) with severe depression found by mental health team living in a flat with no electricity, not eating, curtains closed for weeks. Refuses to engage. Self-neglect, capacity assessment needed.")
T("Anon: the indian restaurant on mill lane has 4 or 5 young lads living upstairs they work lunch and dinner every day and I never see them have a day off. one of them told me the owner brought them from Punjab and keeps their passports and sends their money home to their families. they looked thin", "rd ww eo", "pa saw", "L", "h")
T("Probation: PoP disclosed that while in HMP he was made to 'hold' phones and drugs for another prisoner to pay off a canteen debt that 'doubled every week'. He was assaulted when he refused. Prison security informed.", "db pv", "", "C", "h")
T("Police log: 12/05 - Slovak family (2 adults, 4 children) found begging at traffic lights on the A34. Adults say they are 'collecting for the family'. Children attend school. No third party control identified, no sign of anyone taking the money. Words of advice, referral to children's services re children in traffic.")
T("Debrief, first person: My name is Olena. A woman on Instagram said I could be a model in London and she would pay my ticket. When I came she took me to a flat and said the modelling is over, now I must do 'massage' for men and pay back £3,000 for the ticket. The men came every night. If I refused she did not give food. I could not go out, she kept the key.", "de db ac rm", "", "S", "h")
T("Council licensing: hand car wash at former petrol station, 8 workers, no planning permission, no trade waste contract, run-off into drains. Workers wore own clothes, no PPE. Operator produced payroll records; workers confirmed they are paid hourly to their own accounts and live in their own addresses. Enforcement on planning and environmental matters only.")
T("Children's services: Tia (15) disclosed to teacher that her 'boyfriend' (22) makes her go to parties where his friends 'do stuff' to her, and he films it. He said he would send the videos to her mum if she stops.", "av pv it", "", "S", "h")
T("Housing officer: Mr Tom BAKER (63) with COPD living in a flat above a shop, damp and black mould, landlord refuses repairs. Tom pays his own rent and has no other concerns. Environmental health referral made.", "", "plc", "", "l")
T("INT 2/B/P: Sham marriage. Portuguese female (20) brought to UK by cousin and 'married' to a Pakistani male for £3k paid to the cousin. She lives with the husband's family, cooks and cleans for all, is not allowed out and her ID card is kept by the mother-in-law.", "rm rd", "", "D", "h")
T("GLAA: packhouse in Lincolnshire, labour provider deducts £70/week for 'transport' in a minibus and £10 for hi-vis vests; workers' net pay after rent in provider's house is about £60 a week for 50 hours. Workers say they cannot change house or transport or they lose the job. One man's passport is 'with the office'.", "ww rd", "ct ppe ncw", "L", "m")
# ---- batch 4
T("Safeguarding referral (school nurse): Year 11 girl, Priya (15), told nurse her family are planning a trip to India in the summer where she will 'meet the boy she's going to marry'. She does not want to and is frightened of her father. Forced Marriage Unit contacted, FMPO being considered.", "av", "", "", "h")
T("Police INT 2/B/P: Forced marriage. Female (19), British Bangladeshi, married in Sylhet against her will, brought to UK by husband. Lives with in-laws, does all housework for 9 people, husband has raped her repeatedly, she has no access to her passport or money and is not allowed to phone her own family.", "pv rd is rm", "ncw", "D", "h")
T("Adult social care: Mr Peter LANE (39, autism) has been befriended by a couple who now live in his flat rent-free, eat his food and use his bank card. He says he 'likes having company'. They shout at him when he asks for his card back. No evidence he is made to work or commit crime. Financial abuse procedure.", "", "ncw", "", "l")
T("Anon report: car wash on Bridge St, workers there from 7 till 8 at night 7 days a week in the rain with no gloves or boots, skin on their hands all cracked. They live in a shipping container behind the wash. Boss is an older man in a black Range Rover, he shouts at them", "eo ac", "saw plc pa", "L", "h")
T("Housing: referral from hospital. Mrs Irene CLARKE (76) fell at home, lay on floor 2 days. Lives alone, only family is son in Australia. Needs stairlift and pendant alarm. OT assessment booked.")
T("Victim account (first person): I am from Romania. My boyfriend brought me to England saying we will work together in a hotel. After a week he said we have no money and I must go with men, just for a short time. He put ads online for me and takes all the money. When I say no he hit me. He says my family in Romania will know what I am.", "de ww pv it", "ncw", "S", "h")
T("ASC referral: Mr Colin HART (60) known to services for alcohol misuse. Neighbours report he is being used by a local man to sign for parcels and open bank accounts in his name in exchange for cans of cider. Account has been used to receive and move fraud money. Colin does not understand what the accounts are for.", "av", "", "C", "m")
T("Police log: Shoplifting team of 3 Romanian women arrested at Meadowhall. One woman (18) says a man drops them each morning and collects them at night, and she must bring him £200 of goods a day or she 'gets no food'. He holds her ID card.", "rd it", "cedl et dt", "C", "h")
T("Children's social care: Jamal (16) found in a trap house in Margate by police, 80 miles from home in Croydon. Had a knife wound to his leg. Says older boys drove him down and took his phone so he could only use the 'line' phone. Returned to family, NRM referral.", "av pv is", "pa et", "C", "h")
T("Complaint via council website: Neighbour has a lodger who does all the gardening and DIY for them. He seems happy and goes to the pub every Friday, I just wonder if it is legal to have a lodger without telling the council.")
T("GP note: 52F Filipina domestic worker came to surgery alone, the first time she has been allowed to see a doctor in 3 years. Employer (private family in Hampstead) took her passport on arrival, she works 18 hours a day and sleeps on a mattress in the laundry. Wages promised 'when you go home'. Employer's wife slaps her when she is slow.", "rd eo ac ww pv rm", "saw", "D", "h")
T("INT: 3/C/C. Intelligence suggests that Chinese national known as 'Ah Wei' runs massage parlours in Cambridge and Peterborough. Women are Chinese nationals in their 40s, work and live on premises, are not seen outside. Customers pay at the desk to Ah Wei.", "rm ww", "saw", "S", "h")
T("Duty social worker: call from Mr R. about his daughter (17) who has moved in with a 35-year-old man he calls 'a groomer'. Daughter is at college, keeps in touch, and says the man does not control her. Advice given about consent and age; no evidence of sexual exploitation at present, will monitor.")
T("Housing officer: Visit to temporary accommodation, family of 5 from Eritrea with refugee status, housed in one room B&B due to shortage. Family well, children in school. Transfer to larger TA requested.", "", "oc", "", "l")
T("Bank alert: elderly customer (88) attempted to transfer £15,000 to 'HMRC' by phone; scam identified by branch staff who called police under Banking Protocol. No loss.")
# ---- batch 5
T("Sightline public report: guys at the building site on Elm rd sleep in the site cabins, theres like 10 of them, the foreman takes them to the cashpoint every friday and takes their cards off them after. they dont speak english. been going on months", "ww", "saw oc mbc et ncw", "L", "m")
T("Missing from care: Chloe (16) missing 48 hours, previously found in hotels in Manchester with older men who advertise her online. Believed to be with them now. Police actively searching, high-risk missing.", "av", "", "S", "i")
T("Adult safeguarding, care provider: our service user Mrs Nora BELL (81) told her carer that her grandson stays over 'to look after her' but takes her pension and leaves her without heating money. She does not want police involved. Safeguarding enquiry opened under s42.", "", "ncw", "", "l")
T("INT 2/B/P. Male POI 'Bogdan' DOB 12/02/1985 recruits homeless Polish men from soup kitchen in Peterborough, promises well-paid warehouse work and housing. Men placed in house in Wisbech, made to work in food factory via agency; Bogdan collects their pay cards and gives them £20 a week and cheap vodka. Those who complain are beaten.", "av de ww pv", "ncw", "L", "h")
T("Hi i am writing for my friend she is from Ghana working as cleaner for a family in Manchester. the lady there took her passport, she dont pay her since 6 months, she sleep in the kitchen and cannot go out only to take kids to school. she is afraid because the lady say police will deport her. pls help", "rd ww ac rm it", "saw foa", "D", "h")
T("Children's social care: Referral from CAMHS re Ben (14) who reports he has been made to sell cannabis at school by an older boy who says he 'owes' £200 after being given a free bag. Ben has been punched and his phone smashed.", "av db pv", "", "C", "h")
T("Housing officer: tenant Ms Karen FOX (45) has hoarding disorder, flat assessed at level 7 on clutter scale. Tenancy at risk. Referral to hoarding support group and mental health services. She is engaging.")
T("Debrief (Sudanese male, 19, via Arabic interpreter): he says he was told in Libya that in England there is work in a restaurant with a room. When he arrived a man took him to a car wash in Luton. He washed cars from morning till dark, slept on cardboard in the storeroom. The man said he must pay £2,000 for the crossing from his wages. He was given £10 sometimes for cigarettes.", "de eo ac db ww", "saw", "L", "h")
T("Midwife safeguarding: 17yo Roma girl, 30 weeks, living with partner's family. Says she cooks and cleans for the whole household and is not allowed to go out except with mother-in-law. No money of her own. Does not know the address. Referral to children's services.", "av rm is", "ncw", "D", "h")
T("Police log: Report of assault at nail bar on King St, manager punched a customer during a dispute over payment. Staff all appear settled, licensed premises, no concerns over staff welfare noted by attending officers.")
T("GLAA inspection: gangmaster supplying fish processors in Grimsby. Interviews found 11 Lithuanian workers charged £300 each 'registration fee' before starting. Otherwise pay and conditions compliant. Licence conditions added.", "", "uf", "", "l")
T("INT 2/C/P: POI Jason KELLY using vulnerable adult Martin (46, learning disabilities) to store drugs and cash at Martin's flat. Martin told he would be 'stabbed' if he says anything. Martin not allowed to have visitors.", "av it is", "", "C", "h")
# ---- batch 6: short ones
T("Nan's neighbour says her son takes her pension every Thursday and she's left with nothing.", "", "ncw", "", "l")
T("INT 2/B/P: females at 22a Station Rd not permitted to leave flat, food delivered by male.", "rm", "", "", "h")
T("Boy about 12 selling drugs outside the Co-op every night, older lads watching him.", "av", "", "C", "h")
T("Caller states lodger paid rent late again, wants advice on eviction.")
T("Worker at chicken factory says agency keeps her passport and she owes them £1,500 for the flight.", "rd db", "", "L", "m")
T("Self-neglect: 66M, lives alone, not washing, house full of cats, declines input.")
T("they lock us in the house at night and take us to the farm in the morning", "rm", "cedl et", "L", "h")
T("Pt says she left her passport at her sister's house and wants a GP letter for the Home Office.")
T("IP arrived with nothing but the clothes she wore, no phone, no bag, no idea what town she was in.", "is", "fpe", "", "m")
T("No concerns raised by workers at the packhouse; all hold own ID and are paid correctly.")
T("POI BERISHA, nom, believed to be supplying Albanian males to cannabis grows in Kent.", "", "", "C", "m")
T("Girl 14 seen getting into taxis with men in their 30s at 1am, drunk.", "av", "", "S", "h")
T("Man at the takeaway says he works 16 hours a day and sleeps on the kitchen floor.", "eo ac", "saw", "L", "m")
T("Mum reports son (9) missing for 20 mins in the park, found safe at friend's house.")
T("Victim says 'the boss holds all our bank cards and gives us £30 on Sunday'.", "ww", "ncw", "L", "m")
T("they said if i talk to police my brother back home will be killed", "it", "foa", "", "m")
T("Housing: tenant's carer reports hoarding in bedroom and kitchen, fire risk, tenant agreeing to clear-out.")
T("Cleaner working for family in Knightsbridge: no days off in two years, not paid, passport locked in the safe.", "eo ww rd", "", "D", "h")
T("Three Vietnamese teenagers found at nail bar during visit, nobody knows their ages or addresses.", "av is", "", "L", "h")
T("Her cousin brought her to cook and clean for his family, she never got a penny.", "ww", "", "D", "m")
T("Anon: fella on our street makes homeless men work on his driveway jobs for a can of beer and a bed in his shed", "av ww ac", "plc saw", "L", "h")
T("GP: 33M asylum seeker, anxiety, housed in hotel, no safeguarding concerns.")
T("INT 3/C/P: unknown male collecting 6 women from address at 06:00 daily in white Transit.", "", "cedl et", "", "l")
T("Farm manager reports worker injured hand in potato grader; HSE informed, worker on full sick pay.")
T("Sex worker states she works independently, advertises herself, keeps her own earnings and is not controlled by anyone.")
# ---- batch 7: long ones
T("""Adult Social Care - Safeguarding Concern (s42)

Referrer: Community Mental Health Team, CPN Rachel DOYLE.

Concern: Mr Stephen ALLEN (41), diagnosed with schizophrenia, lives in a one-bed council flat on the Riverside estate. At my depot visit on Tuesday the door was opened by a teenage boy I did not know, who said Stephen was 'sleeping'. There were four young people in the flat, two of whom appeared to be under 16, and a strong smell of cannabis. Stephen was in the bedroom, unkempt, thinner than at last visit, with a burn mark on his forearm. He said the boys are 'cousins of a friend' and that 'Mikey' lets them stay. When I asked if he wanted them there he looked at the door and didn't answer.

Neighbours have complained to housing of constant visitors through the night. Stephen's bank card was seen on the kitchen table next to a set of scales. Stephen told me afterwards by phone that Mikey 'knows where my sister lives'.

Actions: police informed (cuckooing), housing informed, children's services informed regarding the under-16s present. Stephen has capacity but is highly vulnerable. Strategy meeting requested.""", "av it", "pa ncw", "C", "h")
T("""Police INT log. Grading 2/B/C (not to be disclosed to the business owner without OIC authority).

Subject: TRAN Van Minh DOB 03/07/1988, nom; premises 'Lux Nails & Spa', High St, Stockport.

INT suggests TRAN operates 2 nail bars in Stockport and Altrincham and houses staff at 44 Grove Lane, a 2-bed terrace where 7 Vietnamese nationals sleep. Staff are driven to work in TRAN's silver Toyota (reg noted on system) at 08:30 and back at 21:30. Source states staff were told in Vietnam they would study English and work part-time; instead they work all week and receive nothing directly, as TRAN 'keeps the money for them until the debt is finished'. At least one female believed to be 16.

Separate INT (3/C/P) states TRAN's brother runs a legitimate restaurant in Manchester; no concerns about that business are recorded.

Recommend joint visit with Immigration Enforcement and LA licensing. Consider s2 MSA offences.""", "av de ww db eo ac", "oc cedl et ncw", "L", "h")
T("""Children's Services MASH outcome.

Child: Ruby (12). Referrer: primary school DSL.

Ruby told her teacher that she is 'tired' because she looks after her three younger siblings every night while mum works late shifts at the hospital. She makes tea and puts them to bed. Mum returns at about 23:30. Ruby says she doesn't mind and that mum 'does everything at weekends'. The house was visited: clean, food in cupboards, children well presented. Mum is a single parent, very receptive to support and agrees Ruby should not be sole carer late at night.

Outcome: young carer assessment, referral to young carers group, early help offered for childcare. No exploitation or neglect identified. Case to close to Early Help.""")
T("""Victim debrief - statement taken with Albanian interpreter, summary by DC OKAFOR.

IP (male, 20) says that in Albania a friend of his cousin told him there was construction work in London paying £100 a day. The friend arranged a lorry and said IP would owe £18,000 which he could repay 'in a few months'. On arrival in the UK IP was taken to a house in Dartford and told the construction job was gone and he would work 'looking after plants' instead. He was driven to a house in Ashford where the upstairs rooms were full of cannabis plants. He stayed in the house for 5 months. The windows were covered and the front door was locked from outside by the man who brought food once a week. He was given a phone that only called one number.

When he asked about money, a man showed him a video on a phone of another worker being beaten with a bar and said 'this is what happens to people who talk'. IP says he thought about escaping but the man had his passport and had photographs of his parents' house.

IP was arrested in a police warrant on the house and is now in the NRM.""", "de db rm is it rd", "saw", "C", "h")
T("""Housing Options - homelessness assessment.

Applicant: Mr Dariusz KOWALSKI (47), Polish, EU settled status. Previously living in a shared house provided by his employer, a scaffolding firm. He says he was asked to leave when the firm lost a contract and he was laid off. He was paid weekly into his own account, has his payslips and his own documents, and the employer gave him two weeks' notice and his last wages. He has been sleeping at a friend's for a week.

He has type 2 diabetes and a back injury. He is looking for work and is registered with two agencies.

Decision: owed relief duty. Referred to single homeless pathway; employment support offered. No indicators of exploitation; the previous employer appears to have behaved lawfully.""")
T("""Modern Slavery Helpline - call summary (caller: member of public, shop worker).

Caller works in a convenience store near a large hotel in Heathrow. For some weeks a group of about 10 women in housekeeping uniforms come in every morning at 5:30am before the shift, escorted by a man who pays for all their food with one card and keeps the receipts. Caller says one woman, who speaks some English, whispered that they are from the Philippines and Indonesia and came through an agency that charged them £4,000 each; they share two rooms in a house owned by the man and have rent and 'travel' taken from pay by the agency. Last week she had a black eye. The man noticed her speaking with the caller and pulled her away by the arm.

Caller is worried for the woman but doesn't know her name. Caller doesn't want to give her own details to police but agreed to be called back by the helpline.

Referred to police and GLAA as potential labour exploitation.""", "pv ac", "uf oc ct cedl et sfw pa", "L", "h")
T("""School safeguarding referral (Designated Safeguarding Lead, secondary academy)

Pupil: Aaron (15), Year 10.

Attendance has fallen from 96% to 61% this term. Aaron was found with £420 in cash and two phones during a search after a fight; one phone kept ringing with the contact 'Work'. He has been seen getting into a car with older males at the school gates. His mum told the head of year that he has been missing overnight twice and came back with a black eye, saying he 'fell'. Today Aaron told his form tutor that he 'can't stop now' because he owes 'them' for a package that was taken off him by police, and that 'they' said they'd come to his house.

Two other pupils, Connor and Kai, have been named by students as 'working' for the same people; there is no further information about them at this stage.

Actions: referral to children's social care and police, exploitation screening tool completed (score: high). Parent informed.""", "av db it pv", "pa", "C", "h")
T("""Debrief account (first person, given in Tigrinya, written in English by support worker)

I am 24. I left Eritrea because of the military service. In Sudan I was kept by smugglers and my family paid for me to go on. When I came to UK in a small boat I was in a hotel for asylum. A man from my country came to the hotel and said there is work in a restaurant kitchen in London, cash in hand, and a room. I went with him. The room was above the restaurant with five other men. We worked from eleven in the morning to after midnight, every day. He said he will pay when the Home Office gives us papers, because now it is not legal for him to pay us. He gave us food from the kitchen and sometimes £20. When I asked to go back to the hotel he said the Home Office will send me back to Eritrea if they know I worked. After four months a customer told me about the Salvation Army.""", "av de eo ww it", "oc saw foa", "L", "h")
T("""Safeguarding Adults - Care Provider Concern

Provider: Meadowview Residential Care Home (registered manager: Mrs S. AHMED)

We employ 14 international care workers on sponsored visas. Following a staff supervision, one worker (Indian, 29) disclosed that before coming to us he paid an agent in Kerala £11,000 for his 'visa and job'. He has borrowed this from relatives and money lenders at home and is very worried about repayments. He confirmed that since he started with us he is paid directly into his own account, works contracted hours of 37.5 per week, holds his own passport and BRP, and lives in a flat he chose himself.

We have reported the agent to the Home Office and the GLAA. We are raising this because we understand upfront fees to agents are an exploitation risk, but we want to be clear that we do not charge any fees and the worker is not under anyone's control here. The worker is aware of how to seek help and has our HR contacts.""", "", "uf", "", "l")
T("""Police - Officer handover note, late turn to night turn.

1) 21:40 - Grade 1 to Unit 4, Flat 8 Wellington Court. Neighbour heard a woman screaming 'let me out'. Officers forced entry. Female (Romanian, 27) found in locked bedroom, bolt on the outside of the door, no phone. Injuries to face and wrists. She says she was brought over by 'Florin' (no surname) 3 weeks ago for cleaning work and instead made to have sex with men who come to the flat. Florin not present. Female taken to hospital, specialist officer and interpreter requested. Scene secured.

2) 22:15 - RTC on the ring road, minor damage, no injuries, exchanged details.

3) 23:05 - Concern for welfare, elderly male wandering in dressing gown, returned home to wife, GP to be informed.

Priority for nights: locate Florin, likely at address on Belmont Rd per INT.""", "de rm is pv", "pa", "S", "i")
T("""Financial abuse of an adult at risk - ASC enquiry summary

Mrs Margaret HOLT (84) has early vascular dementia and lives alone. Her nephew Gary was given access to her online banking 'to help with bills'. Over eight months about £46,000 left her account, including payments for Gary's car and holidays. Margaret's carers noticed she had stopped buying food and the heating had been turned off because she 'couldn't afford it'. When challenged Gary said it was a 'loan'.

Margaret has not been made to do any work and there is no suggestion anyone else is involved. The police economic crime unit has taken the matter on as theft by a person in a position of trust. The LPA is being challenged via the Office of the Public Guardian. Margaret's new bank has placed protections on the account.""", "", "ncw", "", "l")
T("""Record of GLAA unannounced inspection - salad packhouse, Evesham.

Labour provider: AgriStaff Ltd (licensed). 140 agency workers present across two shifts; 25 interviewed privately with interpreters (Bulgarian, Romanian, Ukrainian).

Findings: workers signed contracts in own language; all hold own passports or ID; pay is by BACS to personal accounts; a sample of payslips matched hours worked. Accommodation is optional and in a caravan park with 2 per caravan. Transport is free. No evidence of fees charged by the provider. However, 4 workers said a man called 'Ivo' in Bulgaria took €300 from them for 'finding the job'; Ivo is not connected to the licence holder and is being passed to Bulgarian partners.

Conclusion: compliant. Shared intelligence regarding recruiter in Bulgaria. No potential victims identified in the UK operation.""", "", "uf", "", "l")
# ---- batch 8
T("Safeguarding adults referral (Housing Support): Ms Donna REES (35), heroin user, says her 'boyfriend' makes her have sex with his mates to pay for her gear and for the money he says she owes him. He keeps her phone so she can't ring her mum. She has bruises on her neck.", "av pv db is", "pa", "S", "h")
T("INT 2/B/P: Organ trade. Moldovan male (26) states he was introduced in Chisinau to a 'broker' who arranged travel to a clinic abroad to sell his kidney for €7,000 to pay off gambling debts; broker kept his passport until after surgery and paid only €2,500. Now in UK working, reports ongoing pain. Broker believed to recruit in UK too.", "av rd de", "", "O", "h")
T("Police log: cannabis factory in industrial unit, Walsall. Nobody inside. Electricity bypassed, power meter tampered. Owner of unit identified and arrested. No evidence that anyone lived or was forced to work there.")
T("Hi I run a small bakery and one of my staff told me her husband takes all her wages from her account and only lets her keep the bus fare. He is not connected to the business. what can i do?", "", "ncw", "", "l")
T("Children's social care: sibling group of 3 (8, 11, 13) living with mum who has alcohol misuse problems. Children often not fed, house dirty, eldest missing school to look after youngest. Child in need plan. No exploitation concerns.", "", "plc", "", "l")
T("Victim account, first person: I come from Slovakia with my brother. A man in our village, he is Roma like us, he say there is factory work in Sheffield and he will give us house. In Sheffield we are 15 people in a house with 3 rooms. He takes us to the agency and opens bank account for us, then he keeps the cards. Every week he says rent £100, transport £40, food, and the debt for the bus from Slovakia. We see maybe £20. My brother asked for his card and the man hit him in the face.", "de ac ww db pv", "oc ncw ct", "L", "h")
T("GP: 71F carer for husband with Parkinson's, carer strain, low mood. Referred for carers assessment and counselling. Both have capacity, good support from church.")
T("Anonymous web report: I think my sister is being kept by her husband's family in Bolton. She came from Pakistan after the wedding. Whenever I ring they say she is busy, and they won't let me speak to her alone. She told me once she does all the cooking and cleaning for 11 people from 5am and they took her passport 'for the visa'. she sounds so scared", "rd eo is", "", "D", "h")
T("Environmental Health: food hygiene inspection at Golden Dragon takeaway. Two kitchen staff sleeping on mattresses in the storeroom among the sacks of rice. Owner said they are 'family visiting' and answered for them. Staff had no belongings except a carrier bag each. Referred to police for welfare check.", "ac", "saw sfw fpe", "L", "m")
T("Probation: PoP (19) says he got into county lines at 14 after older boys groomed him with food and trainers. Now says he has left, is on a tag, living with nan, no current threats. Historic NRM positive CG decision. Focus on education/employment.", "av", "", "C", "m")
T("INT 3/C/P: unknown female approx 14, seen in Subway on Market St with older Asian males, they bought her food and she left in a black Mercedes. Possibly CSE. No further detail.", "av", "", "S", "h")
T("Housing officer note: Tenant Mrs Beatrice OWUSU (70) lives with her granddaughter (22) who is her registered carer. Granddaughter studies part-time and receives carer's allowance. Home tidy and warm, Mrs Owusu speaks warmly about her. Annual tenancy check, no issues.")
T("Border Force (Heathrow T4): Indian national male, 24, arriving on a skilled worker visa for a care job in Norfolk. Says he paid 18 lakh rupees to an agent for the job; is unsure of his salary; agent's man is 'meeting him' at arrivals and has his CoS paperwork. Passport held by passenger. Safeguarding leaflet given, details passed to Home Office compliance.", "", "uf", "", "l")
T("CSE disclosure to youth worker: Maddie (15) says the 'older lads' in the park give her vodka and then take her to a flat where they make her do sexual things with different men. They told her they'd post pictures of her at school if she tells. She is going back tonight because they 'will come and get her'.", "av pv it", "", "S", "i")
T("Licensing: HMO inspection, 17 Alder St. 11 men in 4 bedrooms plus lounge, bunk beds, one bathroom. Landlord 'Mr Zaman' also runs a labour agency; tenants say he deducts rent from their pay and drives them to a meat plant at 5am, £10 per day for the lift. One tenant said he has not received a payslip since starting.", "ac", "oc plc ct cedl et", "L", "m")
# ---- batch 9
T("Concern for welfare, 101: caller's neighbour, an older man with dementia, has a new 'lodger' who takes him to the bank every week. Caller thinks lodger is taking money. Police and ASC to visit.", "", "et", "", "l")
T("Domestic abuse, IDVA note: client (31) subject to coercive control by husband, who monitors her phone and has threatened to kill her if she leaves. She works as a nurse and controls her own salary. Safety planning, refuge declined.", "", "", "", "l")
T("INT 2/A/P: Source directly witnessed POI NGUYEN take 4 Vietnamese boys (15-17) from a Home Office hotel into a car; boys later seen working in a nail bar in Coventry where they sleep in the basement.", "av", "saw et", "L", "i")
T("Victim (Nigerian, 22) through Yoruba interpreter: she says a 'madam' in Benin City arranged her travel and made her swear an oath at a shrine that she would repay €35,000. In London she was made to sell sex in a flat in Woolwich. She believed she would go mad or die if she broke the oath. All her money went to the madam.", "db ww it", "ncw", "S", "h")
T("Safeguarding: 17yo care leaver reports being asked by a man to 'just carry a bag' to Swansea for £100. She refused and has not been approached since. Advice given, intelligence shared.", "", "", "", "l")
T("Charity caseworker (Unseen-style note): client is a Polish man, 56, with alcohol dependency, who was recruited outside a job centre by a couple promising paving work and a caravan. For 9 years he laid driveways for them 7 days a week, lived in a horsebox with no heating or toilet, was given tobacco and alcohol but no wages. He was told the police would arrest him as he had no papers. He has scars from being hit with a spade.", "av de eo ac ww it pv", "plc foa pa", "L", "h")
T("Hoarding and self-neglect: Mr Alan FROST (59) lives with his elderly mother in a house with no working toilet, both refuse repairs. Mother is frail. Joint ASC/housing visit planned. No third party involvement.", "", "plc", "", "l")
T("Child missing from school (Education Welfare): Mohammed (13) removed from roll, family said he has moved to Pakistan. Neighbours say he is still at home and is seen helping in the family's shop during school hours. EWO visit to establish whereabouts and education.", "", "", "", "l")
T("im a delivery driver i drop at a farm in herefordshire and theres a caravan with like 12 men in it, broken windows, no toilet just a bucket. the supervisor takes there money at the gate on payday. they look scared of him", "ac ww", "oc plc ncw", "L", "m")
T("Police log: Male (Chinese, 40s) arrested selling counterfeit DVDs door to door. Says he owes 'snakehead' £25,000 and must sell 200 discs a week to reduce it. He sleeps in a room with 6 others provided by the boss.", "db ac", "oc", "C", "m")
T("GP note: 26F attended with her husband's mother, who interpreted. On a second appointment alone with a professional interpreter she said she is 'the servant in the house', not allowed to eat with the family, beaten by the mother-in-law with a slipper, and her passport is locked in a cupboard.", "pv rd ac", "sfw", "D", "h")
T("Neighbour dispute: Mrs CARR reports neighbour's cctv pointed at her garden. Neighbour says it is for his van after thefts. Mediation offered.")
T("Child sexual exploitation, police log: Male (38) charged with arranging to meet a 13yo girl he contacted on Snapchat; he sent her money for 'pics' and arranged a hotel. Girl safeguarded before the meeting.", "av", "", "S", "h")
T("Text to helpline: hi my friend works at the hotel in Blackpool, the manager has her passport and says she can only leave if she pays £2000 for her visa. She works 14 hours and sleeps in the staff room with 4 others", "rd db eo ac", "saw oc", "L", "h")
T("Adult safeguarding: Ms Tracey BROOK (42, mild learning disability) used by her ex-partner to claim Universal Credit in her name at his address; he keeps the bank card and makes her sign claims, and threatens to 'put her in hospital' if she tells the Jobcentre.", "av it", "ncw", "C", "h")
T("Housing: Mr Chen LI (31), Chinese student, reports his landlord entered his room without notice. Landlord gave a warning. He has his own passport and job in a university café. Advice on tenancy rights.")
T("Care provider: our domiciliary carer works 55 hours by choice to earn more; she holds her own documents and is paid every fortnight. She told us her previous agency kept her passport 'for HR' for six months, which she has since got back. Reported to GLAA for the previous agency.", "rd", "", "L", "m")
T("INT 2/B/P: group of Romanian adults with disabilities (crutches, one blind) dropped by van at 07:00 in Oxford Street to beg, collected at 19:00 by two males who take the cash. Beggars housed in a single flat in Ilford.", "av ww", "cedl et ncw", "C", "m")
# ---- batch 10
T("Duty log ASC: Mrs Vera KNIGHT (90) lives alone, refuses meals-on-wheels, losing weight, front door often left open. Daughter lives abroad. Self-neglect assessment; no one else involved.")
T("Hi, Polish lady here. My husband and me work in a fish factory in Grimsby by agency. Agency is ok, money come every friday to my account. But the house they give is very bad, 10 people, one toilet, mould, and they take £90 each a week for it. We want to move but they say then no job.", "ac", "oc plc", "L", "m")
T("Referral from A&E: 16yo male, stab wound to thigh, refuses to say what happened. Two phones, £700 cash, train ticket from Birmingham to Shrewsbury. Mum says he's been 'going country'. Police and children's social care notified.", "av pv", "pa", "C", "h")
T("INT 2/B/P: Albanian female (25) working in a pop-up brothel in Cardiff, previously recruited by 'boyfriend' in Tirana ('loverboy' method). Boyfriend controls her advert and phone, she has no access to the money and is moved to a new city every week. She has never been told which city she is in.", "de ww is", "ncw", "S", "h")
T("Safeguarding referral, housing officer: Mr Gareth JONES (55, ex-army, PTSD) has allowed a man he met in the pub to stay. The man now sells drugs from the property and has taken over the bedroom; Gareth sleeps on the sofa. Gareth says he is scared to ask him to go as 'he has mates'.", "av", "", "C", "m")
T("GP note: 38M, construction worker (Romanian), attends with back pain. Says he works long days on building sites, 50-55 hours, paid properly through CIS, has his own van. No exploitation indicators.")
T("anonymous: WHY IS NOBODY DOING ANYTHING ABOUT THE CAR WASH ON STATION ROAD THOSE POOR LADS ARE THERE 12 HOURS IN THE FREEZING COLD IN FLIP FLOPS AND THE BOSS TAKES THEIR WAGES ALL THEY GET IS A SANDWICH I RANG THE COUNCIL TWICE", "eo ww ac", "", "L", "h")
T("Children's social care: Child Protection medical for Aisha (10) who has been brought from Nigeria by a 'relative' to live in Croydon. She is not in school, does the cooking and cleaning for the family and cares for their baby. She sleeps on the kitchen floor and has belt marks on her back.", "av pv ac", "pa saw", "D", "i")
T("Housing officer note: Temporary accommodation resident, Ms Sandra O'NEIL (29), says a man keeps calling at her room asking her to 'hold' things for him and offering money. She has refused and feels safe, but wants a move. No exploitation at present.")
T("Interview notes (translated from Romanian): he says Cristi promised him work in a warehouse and a nice room, €1,500 a month. He was put in a house with 14 men, taken to a warehouse by Cristi's car, and his wages paid into an account Cristi opened. Cristi gave them £50 a week. When he wanted to go home Cristi said he still owed for the car rides and the room.", "de ac ww db", "oc et ct ncw", "L", "h")
T("Bank: Customer (22, Chinese student visa) opened account in branch accompanied by older male who held her passport and answered the questions. Male had 3 other accounts opened for different women the same week.", "rd", "sfw", "", "m")
T("Domestic abuse, police log: female reports ex-husband broke into her house and assaulted her. Arrested. DASH medium. No other concerns.")
T("Missing person: Jacob (17) missing from supported accommodation; found in Blackpool two days later in a flat with adults who had given him drugs to sell. Says he went voluntarily and 'owes them' now.", "av db", "", "C", "h")
T("Witness: I saw a man push a young woman into a car outside the massage parlour on Victoria Rd and lock the doors. She was crying. Reg partial KX7.", "pv rm", "", "S", "i")
T("Housing: Carer referral. Mr Harry BELL (19) is the only carer for his mum who has MS; he gave up college. Wants support so he can work. Carers assessment arranged.")
T("Safeguarding adults: Ms Joanne TAYLOR (50, learning disability) lives with her brother who makes her do all the housework, locks her in her room when he goes out, and keeps her PIP money. She has no phone. Urgent strategy discussion.", "av rm is", "ncw", "D", "i")
# ---- batch 11
T("Social worker case note: visited the Okonkwo family re concerns from school. 15yo niece from Nigeria living with them; she attends school, has her own phone and friends, helps with chores like the other children and is saving for a trip. Uncle has her passport in the family document box, she knows where it is and uses it for ID. No concerns of servitude.")
T("INT 2/B/P. POI 'Sasha' believed to be placing Ukrainian women in cleaning jobs at hotels via his own company; women pay him £500 upfront and he keeps half of their hourly pay as 'commission' paid through his account. Women live in his flats.", "ww", "uf ncw", "L", "m")
T("Public report: my mate's little brother (14) is getting picked up by older boys in a black Golf every night and comes back at 4 in the morning, he has got a big cut on his face and says he fell off his bike. they told him he has to keep going or his family get it", "av it pv", "pa cedl", "C", "h")
T("Adult safeguarding, care agency: during a call the carer found Mr Derek WOOD's (78) granddaughter had moved her boyfriend into the bungalow. Derek now sleeps in a chair. The boyfriend shouts at Derek when he asks for the TV remote. Derek declines police. Financial and psychological abuse concerns. No exploitation identified.")
T("Debrief (first person): I am from Vietnam. In my village a man said I can go to England to work in a restaurant. My parents borrowed money from him for the trip. In England they took me to a house with plants. I watered plants and slept on the floor next to them. The lights are on all day and it is very hot. They said I cannot go outside because police will catch me and send me to jail. They brought instant noodles. I was there for maybe 8 months, I don't know where the house is.", "de db rm is ac", "saw foa", "C", "h")
T("GLAA: Agency worker at a distribution centre in Northampton says the labour provider charges £25 a week for hi-vis and safety boots and £15 a week for the minibus. Pay slips show these deductions; worker's own account, own documents, 40-hour week. Licence standards breach (PPE charges) under investigation.", "", "ppe ct", "", "l")
T("Police log: Fishing vessel stopped at Newlyn. Two Filipino crew say they have worked 20-hour days for 3 months, the skipper keeps their passports on board, and their wages of $400/month go to the manning agency in Manila. One crew member has an untreated hand injury.", "eo rd ww", "pa ncw", "L", "h")
T("School: Year 7 pupil told teacher her mum locks her in her room when she is naughty. Children's social care referral for physical/emotional abuse, s47 strategy. No exploitation concerns.")
T("Salvation Army: client is a Chinese woman, 45, who came on a visitor visa to be a live-in nanny for a family in Cambridge. She was told she'd have a day off a week and £1,200 a month. In reality she worked from 6am to 11pm every day, was paid £200 a month, and was told her visa would be cancelled if she complained. She had no friends in the UK and no phone credit.", "de eo ww it is", "foa", "D", "h")
T("HMO licensing: property at 88 Queen St has 6 bedrooms, 6 tenants, all working, all confirmed rooms let by the landlord separately with individual tenancy agreements. Fire doors missing. Improvement notice served.")
T("Police INT 3/C/C: Whatsapp adverts offering 'UK jobs with free house and visa' in Punjabi groups, payment of £7,000 required. No UK workers identified yet.", "", "uf", "", "l")
T("Hospital social worker: patient (Polish, 61) admitted with pneumonia, found living in a shed on the land of the man he works for. He said he gets £20 a week and food for looking after horses, and the man keeps his ID card. He said he has nowhere else to go.", "av ww rd ac", "plc saw", "L", "h")
T("INT: 2/B/P - female known as 'Kiki' believed to be 16, advertised on escort site as 19, incalls in Bristol. Controlled by POI JONES who drives her to hotels.", "av", "et", "S", "h")
T("Children's social care: Emily (15) disclosed that the family she babysits for pay her £10 an hour, she goes 2 evenings a week. Mum was worried as the family are new to the area; no concerns after checks.")
T("Modern Slavery Helpline: caller works at Costa, says a group of Brazilian men come in every day before 6am with a man who orders and pays for them all, they never speak, and they leave in a van marked with a building firm's name. Caller just had a bad feeling. No further detail.", "", "sfw cedl et", "", "l")
# ---- batch 12
T("Pt's daughter says mum's new carer asks for cash 'for shopping' and never brings change.")
T("INT 2/B/P: NOMINAL HUSSAIN using 3 teenage boys from Rotherham care homes to run 'Dolly' line into Skegness.", "av", "", "C", "h")
T("Worker says he sleeps in the car wash office on a chair, boss keeps his ID.", "rd ac", "saw", "L", "m")
T("Referral: 82F, hoarding, refuses access, neighbours worried about smell.")
T("nail bar girl told my wife she hasnt been paid in a year and the owner says shes paying off her flight", "ww db", "", "L", "m")
T("OIC note: IP confirmed that she was free to leave the house and did so daily; no evidence of control; NFA on MSA offences.")
T("Woman at the laundrette says her husband's family won't let her out of the house without her sister-in-law.", "rm", "et", "", "m")
T("Boy 16 found in trap house in Torquay, says he has no idea what town he is in, phone taken.", "av is", "", "C", "h")
T("GLAA: provider's minibus charged at £8 a day, workers otherwise fine.", "", "ct", "", "l")
T("Missing 15yo returned with £250 and new clothes, refuses to say where she was; older men seen with her.", "av", "", "S", "h")
T("Man says he was promised a chef's job in a restaurant; was put on a building site instead, unpaid for 6 weeks.", "de ww", "", "L", "m")
T("Tenant's brother has moved in and won't leave; tenant not frightened, wants advice on tenancy.")
T("She was hit by the brothel manager when she asked to phone her mother.", "pv is", "", "S", "h")
T("Workers at the egg farm have their own rooms, own bank cards, say the boss is 'fair'.")
T("Kidney sold in Egypt for $5,000, broker took passport and half the money, victim now in Leeds.", "rd", "", "O", "m")
# ---- batch 13
T("""Children's Services - Strategy discussion notes (CSE / CCE)

Present: SW (chair), DS, school DSL, CAMHS, YOT.

Information shared: Lily (14) has been missing on 6 occasions since September, each time found in the company of Reece TURNER (24) and associates at an address in Hanley. Police found her there on 3rd October in a bedroom, under the influence of alcohol, with two adult males present; she would not make a statement. Lily has told a friend that Reece is her boyfriend and that she 'has to' go with his friends when he says because he 'spent so much on her'. Reece has convictions for supplying class A. School report Lily has new nails, phone and designer clothes.

Lily's younger brother Finn (11) is doing well at school and there are no concerns about him.

Assessment: Lily is at significant risk of child sexual exploitation. s47 enquiry, CP conference to be convened, disruption notice (CAWN) to be served on TURNER, return home interviews after every missing episode.""", "av db", "", "S", "h")
T("""Police - Intelligence report

Source: 2 / Intelligence: B / Handling: P

Subject: Waste recycling site, Unit 3 Canal Side, Wednesbury (operator: Midland Salvage Ltd).

INT suggests that approx 15 males of Eastern European appearance are working on the picking lines at the site. Males are transported from a 4-bed house at 19 Beech Ave in a white Iveco minibus driven by a male known as 'Lolek' at 05:30 and returned after 20:00, six days a week. Males are believed to have been recruited in Poland via a Facebook advert offering £11 per hour. The advert stated accommodation was free. INT further suggests the males receive £30-£50 a week in cash from 'Lolek', with the remainder of their wages, paid by an agency into accounts opened in the males' names, being withdrawn by 'Lolek' using the males' bank cards at a Tesco cashpoint. Males seen wearing own clothing, no gloves, handling glass and sharps.

Assessment: strong indicators of forced labour. Recommend surveillance of 19 Beech Ave and liaison with GLAA.""", "de ww eo ac", "cedl et oc mbc ncw", "L", "h")
T("""Safeguarding Adults Review - summary of a case (anonymised, for learning)

Mr B was a 63-year-old man with a long history of alcohol dependency and homelessness. For around three years he lived in a caravan on land belonging to a family who ran a block-paving business. Professionals who saw him - a GP practice, a hospital A&E department and a housing officer - recorded that he was 'working for a family' and 'living in a caravan' but did not ask further. After he died of untreated sepsis, it emerged that he had worked up to 12 hours a day for the family for cigarettes and food, that he had no bank account, and that the family had collected his state pension. Relatives said they had not been allowed to visit him.

Learning: professional curiosity about 'informal' work and living arrangements; recognising modern slavery indicators in self-neglect and homelessness cases; making referrals to the NRM and police.""", "av eo ww ac is", "plc ncw", "L", "h")
T("""Victim personal statement (extract, first person)

I came to England in 2019 with a woman from my church in Lagos who said I would help her daughter with the children and go to college. I was 17. From the first day I did everything in the house: washing, cooking, cleaning, the school runs, ironing until late. I slept on the sofa after everyone went to bed. I never went to college. When I asked, she said I must first pay back my ticket and my visa, which she said was £6,000. She took my passport the day we arrived. She told me that if I went outside alone the police would take me because I was illegal. I was not allowed a phone. When I turned 18 nothing changed. In 2022 a neighbour who saw me crying at the bins gave me her number, and later she called the police for me.""", "av de eo db rd it is rm", "saw foa", "D", "h")
T("""Housing Needs - triage note

Mrs Aneta DVORAK (34, Czech) presents with two children after her partner, who works at the same food factory, assaulted her. She is employed through an agency at the factory and earns her own wages into her own account; she says the agency and employer have been supportive and have moved her to a different shift. She holds her own documents and has settled status. She was previously housed in a private tenancy in her partner's name.

Outcome: temporary accommodation, referral to IDVA, police report made for the assault. No indicators of labour exploitation; domestic abuse only.""")
T("""NGO caseworker notes - Kalayaan-style appointment

Client: Ms R (Indonesian, 38), Overseas Domestic Worker visa.

She came to London with her employer, a Saudi family staying in a rented house in Mayfair for the summer. She says she worked from 6:30am until after 1am looking after the family's four children and cleaning, with no day off in five months. She ate leftovers and slept on a mattress in the children's playroom. Her passport was kept by the employer's wife. Her salary ($300/month) was 'sent to her family' by the employer but her family say they have received nothing since March. She was not allowed to leave the house except in the employer's car, and she was shouted at and pushed when a child was sick. She left by walking out while the family were at a restaurant.

Actions: NRM referral with consent, legal advice on visa, emergency accommodation.""", "eo ac rd ww rm pv", "saw et ncw", "D", "h")
# ---- batch 14
T("Safeguarding concern from pharmacy: elderly customer Mr Ron ELLIS (85) comes in with a younger woman who takes his prescriptions and his cash. He looked thin and unkempt and she answered every question. Pharmacist uneasy. No suggestion he is made to work.", "", "pa sfw", "", "l")
T("INT 2/B/P: Indian nationals working at a textile factory in Leicester paid £3 an hour cash, 60+ hour weeks, fire exits blocked. Owner threatens to report them to the Home Office if they complain. Workers go home each night to their own families.", "eo ac it", "lh", "L", "h")
T("Adult social care: Mr Brian COLE (67) is a carer for his wife who has dementia. He struggles with her night-time wandering. Respite and day services arranged. Brian coping with support.")
T("Hello I want to report that my employer a sandwich factory has not paid my overtime for last month, i have complained to HR and they said it will be in next payroll. I am ok otherwise just want to know my rights", "", "", "", "l")
T("Police log 02:10: Officers on patrol found a Vietnamese female (approx 30) walking barefoot on the A1 hard shoulder, very thin, in pyjamas. Says she escaped from a house where she was 'kept' to do cooking and cleaning for a group of men who run cannabis farms; they slapped her and took her phone. Does not know the address. Taken to hospital.", "rm pv is", "pa", "D C", "h")
T("Missing child report: Harvey (16) missing after telling friends he had to 'go to work in Bournemouth' to 'pay back' a man for a stolen phone. Phone off. Previous county lines links.", "av db", "", "C", "i")
T("Housing officer: flat 4, 10 Bank St inspected after complaint. Occupied by 3 Eritrean men granted refugee status, all on Universal Credit or in work, rent paid. Flat small but adequate. No concerns.")
T("School nurse: 17yo girl from Albania, in foster care after NRM. Historic trafficking for sexual exploitation (brought to UK at 15, made to sell sex by a 'boyfriend' who had promised to marry her). Now settled, no contact from exploiters. Ongoing counselling.", "av de", "", "S", "h")
T("Anon report via council website: the house at 6 Primrose Way has loads of men living there, about 20 I reckon, and a minibus comes at 5 every morning. Bins overflowing and mattresses in the garden. Maybe illegal immigrants?", "", "oc cedl et plc", "", "l")
T("GP note: 45F Romanian, works at a care home, requests fit note for stress. Says manager is strict and shifts are long but she is paid well and 'can leave any time'. No indicators.")
T("INT 3/C/P: unconfirmed that 'Dritan' keeps ID cards of Albanian men working at a car wash in Barking 'so they can't run'. Nil corroboration.", "rd", "", "L", "m")
T("Debrief, interpreter notes (Tigrinya): She says in Libya she was held in a compound for 4 months and raped by guards. After crossing to the UK she was housed by the Home Office and is not being exploited in the UK. She is safe now and wants counselling.", "pv", "", "", "h")
T("Probation: PoP (24, Vietnamese) convicted of cannabis cultivation 2021; at appeal it emerged he had been trafficked, held in the house and told his family would be killed if he left. Conviction quashed, s45 defence accepted.", "rm it", "", "C", "h")
T("Safeguarding adults: Mr Anthony REID (48, homeless, alcohol dependent) says a man recruited him outside the night shelter for 'tarmac work', drove him to Kent, and made him work 7 days a week for 3 months for booze and a bed in a van. He was kicked when he asked to leave.", "av eo ww pv ac", "plc saw", "L", "h")
T("ASC duty: daughter reports mum (76) is being bombarded by scam calls and has bought £3,000 of 'investment' gold. Call blocker fitted. Trading Standards informed.")
# ---- batch 15
T("Children's social care referral from GP: Zara (16) attended for emergency contraception for the 4th time; says her 'boyfriend' is 27 and sometimes 'shares' her with his friends. She is frightened of him. Urgent strategy meeting.", "av pv", "", "S", "h")
T("Anon report: me and my mates worked at a strawberry farm last summer, the farmer was sound, paid us every week, caravans were decent. Only moan was the early starts lol. Dunno why people say farms are all slavery")
T("Police log: Tiny flat above betting shop, 5 Chinese women found, one mattress each on the floor, no food in the kitchen, clients' condoms in the bin. Women say a 'boss' books clients by phone and takes all the money. They have been moved from Glasgow this week.", "ww ac", "oc saw plc ncw", "S", "h")
T("Adult safeguarding (older person): Mrs Olive DAY (92) has been persuaded by her lodger to sign her house over to him. He also locks her out of the kitchen. Police and solicitor involved. Not labour exploitation.")
T("INT 2/B/P: Nominal POPA, Ion (DOB 05/11/1990). INT suggests POPA houses 9 Romanian men in a 2-bed flat in Harrow and supplies them to building sites in cash. Men charged £60 per week each for 'the van'. POPA holds their ID cards and takes their pay from the site foreman. Men believed to work 7 days.", "rd ww eo ac", "oc ct sfw ncw", "L", "h")
T("Housing officer: Complaint of noise from the flat of Mr Jordan ROSS, he has his friends round to watch football; flat clean, nothing suggests cuckooing or drug use. Advice given.")
T("101 call: caller says she saw a child, around 10, begging outside Tesco on her own on school days for weeks, a woman sits in a car nearby and takes the money off her every hour.", "av ww", "", "C", "h")
T("A&E note: 24M Sudanese, fell from scaffolding, fractured wrist. Colleague who brought him says they are paid cash by a 'boss' who gives them £40 a day for 12 hours and houses them at the site in a storage container. Pt says he owes the boss for his 'room'. Pt declined police.", "ac db eo", "saw pa", "L", "h")
T("School DSL: 6th former Hana (17) told staff her family has arranged for her to marry her cousin in Bangladesh in the holidays and she is not allowed to leave the house except for school; her phone has been taken. FMU contacted.", "av rm is", "", "", "h")
T("Domestic abuse referral, police: male (52) reports his wife hits him and controls his access to their joint account. He works full time and owns his own car. DASH standard. Signposted to Respect helpline.")
T("Organised begging, police INT 2/B/P: groups of Roma children aged 8-13 are dropped in Birmingham city centre each morning by two adults in a people carrier and collected in the evening. Money is handed over at the car. Children do not attend school.", "av ww", "cedl et ncw", "C", "h")
T("Care worker statement: I was recruited from Ghana to work in a care home in Kent. The owner of the recruitment company told me I had to work 80 hours a week for the first year to 'pay back' the £12,000 sponsorship, and that if I resigned he would cancel my visa and I would be deported. I have not had a day off in 4 months.", "db eo it av", "foa", "L", "h")
T("GP note: patient (33F, Thai) living with husband in Sussex, attends for routine smear. Husband supportive, she works in a café, has her own money and passport. No concerns.")
T("Charity worker: street homeless man (Latvian, 40) tells us he is offered 'work' by a man who picks up homeless men from the bus station, pays them £60 cash for a day's labour on a farm and drops them back at night. He went twice and doesn't want to go again. He is free to decline and has done.", "", "cedl et", "", "l")
T("Safeguarding: 19yo man with autism groomed online by a 'friend' who persuaded him to let his bank account be used to receive money. Now account frozen; he received £200. He was threatened with being 'battered' if he closes the account.", "av it", "", "C", "h")
# ---- batch 16
T("Referral, homelessness outreach: rough sleeper Mr Kyle MOSS (28) says a man offered him a room in return for 'helping out' and he has been stuck for weeks selling cannabis from the room. The man took his ID 'for the tenancy' and says Kyle owes £400 for the room. Kyle wants out but is afraid.", "av rd db", "foa", "C", "h")
T("Sightline public report: theres a massage place near the station open till 2am the girls dont seem to ever leave, saw one at the window she looked terrified, a man with a big dog sits outside all day", "rm", "", "S", "h")
T("Care Quality concern: agency night carer in a supported living service fell asleep on shift; she had worked a day job as well. Agency reviewing hours. Worker's own choice, paid correctly. No exploitation.")
T("INT 2/B/P: Diplomatic household, Belgravia. Domestic worker (Ethiopian, 30s) seen by neighbours being made to stand outside in the cold holding the family's bags for hours; never seen outside without a family member. Residence has diplomatic immunity; FCDO informed.", "ac rm", "et", "D", "h")
T("Debrief - first person (Albanian male, 17): They said in London I can work in a car wash and send money to my mother. They drove me from Dover to a house. Then they told me I must grow 'grass' and if I ran they know my mother's house. I stayed inside 3 months. They took my phone. Police came and found me. I was arrested but now I am in foster care.", "av de rm it is", "", "C", "h")
T("Housing: tenant Mr Imran HAQ (45) complains his brother's family are overcrowding the flat while they look for their own home. Everyone contributes to bills and both men work. Request for advice about succession.", "", "oc", "", "l")
T("Midwife: 20F from Romania, pregnant, says she came to UK with 'husband' who sells her for sex in hotels; he takes the money and has beaten her when she refused. She has no documents, 'husband' has them.", "ww pv rd", "ncw", "S", "h")
T("GLAA licensing investigation: unlicensed gangmaster supplying shellfish gatherers in Morecambe Bay. Workers (Chinese) say they pay £200 for a permit and the boss takes them out at low tide at night, paying per kilo. They have their own passports and live in their own rented rooms. Investigation into unlicensed activity continues.", "", "uf", "", "l")
T("Police log: Female (Brazilian, 23) called 999 from a hotel bathroom in Reading; said the man who brought her to UK for 'au pair' work is outside, has her passport and has told her she must have sex with clients tonight or 'pay back' £4,000. Officers attended immediately.", "de rd db it", "", "S", "i")
T("Adult social care: Mr Simon WATTS (35, acquired brain injury) has been 'adopted' by a family on the estate who have him clean their houses, walk their dogs and mow lawns daily for no pay. They hold his bank card and give him £10 a week. He says they are his 'friends'.", "av ww", "ncw", "D", "m")
T("Text from member of public: my neighbour is an au pair for a family across the road, she's from Spain, she goes to language school in the mornings and has weekends off, the family are lovely to her. She asked me what the minimum wage is for au pairs so I told her.")
T("NCA INT 2/B/C: Network in Kent sourcing Vietnamese minors from local authority care to work in nail bars and cannabis grows. Minors go missing within 48 hours of placement. Phones issued with a single contact.", "av is", "", "L C", "h")
T("Family court report: children's guardian notes father has made the children (10 and 12) go out shoplifting 'for the family'. Children fear him. Father has convictions for violence.", "av it", "", "C", "h")
T("Victim account (translated, Sudanese male, 21): 'They put us in a house, 20 men, we sleep on the floor like fish in a box. Every day the van to the chicken factory. The boss say the salary comes after 3 months. It never comes. When we ask he says go to police and they will deport you.'", "ac ww it", "oc et foa", "L", "h")
T("Bank: 16 debit cards in different names used at the same ATM in Peterborough within 20 minutes by one male; accounts receive agency wages from the same labour provider.", "ww", "mbc ncw", "L", "m")
# ---- batch 17
T("Missing child, police log: Sophie (13) missing since 16:00, phone shows messages from an adult male arranging to meet at the bus station. CCTV shows her getting into his car. Grade 1, child believed to be with him now.", "av", "", "S", "i")
T("Housing officer: Ms Lorraine HUNT (57) with hoarding and mobility problems; wants to stay at home. Agreed a phased clear-out with a charity. Good engagement.")
T("INT 2/B/P: POI 'Mama Joy' recruits young Nigerian women via church networks with offers of hairdressing jobs in London; women are made to sell sex in Birmingham flats to repay 'travel debts' of £30,000+ and are told juju will kill them if they escape.", "de db it", "", "S", "h")
T("GP: 58M, Lithuanian, attends with his employer (a farmer) who wanted to check he was 'fit to work'. Pt alone confirmed he is happy, paid monthly, lives in a farm cottage with his wife. No concerns.")
T("Anon: theres a young girl living with the family at number 14 she doesnt go to school, i see her hanging washing at 6am and carrying the shopping, she never plays out and looks scared of the mum. shes maybe 11. not their kid i dont think", "av", "", "D", "h")
T("Children's social care: Marcus (15) arrested for robbery; says a local gang 'make' him rob phones and hand them over and that they beat him with a belt when he came back with nothing. NRM referral considered.", "av pv", "", "C", "h")
T("Immigration Enforcement visit note: takeaway in Wigan, 2 workers with no right to work arrested. Both say they are paid £6/hour cash, work 40 hours, rent their own room and are free to come and go. Civil penalty issued to employer for illegal working. No trafficking indicators.")
T("Caseworker (New Pathways-style): client Ana (Romanian, 30) says her partner took her to Wales promising work in a hotel. Instead she was made to work in his cousin's house cooking and cleaning and looking after their kids 15 hours a day. They paid her nothing and her partner kept her ID card.", "de eo ww rd", "", "D", "h")
T("Police INT 2/C/P: males seen sleeping in a lorry trailer at a farm near Boston; appear to be working in the fields. Unclear who controls them.", "ac", "saw plc", "L", "m")
T("Adult safeguarding: Ms Kerry LOWE (27, learning disability) has been seen on the town centre street begging with a man who stands by her and takes the money she is given. She says he is her 'fiancé' and she 'has to' give him it.", "av ww", "ncw", "C", "m")
T("Debrief (Chinese female, via Mandarin interpreter): she says she came to the UK on a student visa and answered an advert for 'waitress, high salary'. The 'restaurant' was a flat where she was told to give massages and then sex. The boss said her visa would be cancelled and her parents in China told if she did not obey. She kept 20% of the money.", "de it ww", "foa", "S", "h")
T("Council licensing: hand car wash inspection, all 6 workers hold own passports, paid weekly by bank transfer, employer provides boots and gloves free, workers live at their own addresses. Business compliant. Praised for good practice.")
T("INT 3/C/P: Nigerian man in Peckham allegedly selling 'kidney transplant packages' to wealthy buyers, with donors from Lagos told they are coming for jobs. No victims traced.", "de", "", "O", "m")
T("School: pupil (14) told teacher she is sent to clean houses with her aunt after school and at weekends and is never paid; aunt says it is 'family help'. She is exhausted and falling asleep in lessons.", "av ww", "", "L", "h")
T("Police log: male (45) reports that his son (21), who has Down's syndrome, is being taken by a 'friend' to sign for packages and cash cheques. Enquiries ongoing.", "av", "", "C", "m")
T("Housing: flat 3C, complaint of people sleeping in the stairwell. Visit found two homeless men, offered hostel. No other concerns.")
T("Salvation Army: Mr Thanh (Vietnamese, 35) was held for 2 years by a gang running cannabis grows in Scotland; he was regularly beaten and told his debt of $30,000 grew with every mistake. He says he still gets phone calls telling him his daughter in Vietnam will be harmed.", "pv db it", "", "C", "h")
T("Duty social work: grandmother reports her grandson (17) is now 'working' for a man who sells cars and being paid. College place kept. He seems happy and comes home every night. Advice given about employment rights for under 18s.")
T("Anonymous tip: i cut hair in a barbers and one of the guys who comes in works at the kebab shop across the road, he said they have to sleep in the shop, work from 11am till 3am and the owner keeps there passports. he asked me not to say anything", "ac eo rd", "saw", "L", "h")
T("Hospital safeguarding: 78F admitted with pressure sores and malnutrition; her son is her carer and receives carers allowance. Son has learning difficulties himself and was overwhelmed. Not wilful. Package of care arranged.", "", "pa", "", "l")
T("INT 2/B/P: Polish nominal NOWICKI keeping 4 men in his garden shed; they work on his 'roofing jobs', he gives them alcohol instead of money and takes their benefit payments.", "ww ac av", "plc ncw", "L", "h")
T("Victim account (first person): I am from Eritrea. When I came I had nothing, only a plastic bag. A man said he will help me and took me to his house in Birmingham. I cleaned his house and his brother's house every day. He said I cannot go out because I have no papers. I did not know where I was. When I was ill he did not take me to the doctor.", "av rm is", "fpe foa", "D", "h")
# ---- batch 18
T("""Adult Safeguarding - s42 enquiry outcome

Adult: Mr Wojciech (Polish, 44). Referrer: night shelter manager.

Mr W arrived at the shelter with one carrier bag containing a change of clothes; he had no phone, no bank card and no ID. He told staff that for two years he worked at a large chicken farm through 'a man from Gdansk' who had met him at Victoria coach station. He lived with 10 others in a bungalow on the farm, worked 14-hour shifts catching birds at night, and was paid into an account the man had opened; the man kept the card and gave him £30 each Sunday. Money was also taken for 'boots and overalls'. He left after the man hit him for asking to see a doctor.

Mr W is a heavy drinker and has memory problems. He wants to go home to Poland. He consented to an NRM referral. The farm itself employs its permanent staff directly and there are no concerns about them; the concerns relate to the man who supplied workers.

Outcome: police investigation opened, GLAA informed, NRM referral made.""", "ww eo ac pv av", "fpe oc ppe ncw", "L", "h")
T("Wage dispute, ACAS-style note: restaurant waiter (Spanish, 26) says employer underpaid his holiday pay by £180. He still works there, is paid monthly into his own account and has raised a grievance. Not a safeguarding issue.")
T("Worker at a warehouse says the agency paid him a week late once when the payroll firm changed; they paid in full the next week. He is happy with the job.")
T("Packhouse worker complaint: pay is only minimum wage and the shifts change at short notice. She rents her own flat and keeps her own wages. Advised on working time rights; no exploitation.")
T("INT 2/B/P: Organ trafficking. Syrian refugee in Lebanon allegedly persuaded to sell a kidney for $6,000 to pay smugglers to reach the UK; he was paid $2,000 and then locked in a flat for a week after the operation. Now in an asylum hotel in Croydon, disclosed to support worker.", "av de rm", "", "O", "h")
T("GP note: renal patient (Iraqi Kurdish, 50) discusses the kidney transplant he had in Iran 10 years ago from a paid donor before he came to the UK. He is the recipient; no one in the UK is at risk. Documented for clinical history.")
T("Police log: Cardiff, ATM in Cathays: a female seen withdrawing cash with 9 different cards in different women's names; when stopped she said she was 'collecting rent' for the girls who work at the 'massage place'. The women do not have access to their own accounts.", "ww", "mbc ncw", "S", "h")
T("Safeguarding referral, children's social care: two brothers (12 and 14) home alone most evenings; parents work night shifts at a factory. House warm and children fed; parents responsive. Early help offered.")
T("txt from community warden: fella with no shoes and no coat on found at the bus shelter, says he was working at a farm and ran away from the caravan, the gaffer had his passport. Speaks little English. Taking him to the police station now", "rd", "fpe pa", "L", "m")
T("Licensing officer, nail bar, Leeds: workers were charged £20 each for their own gloves and masks; two workers said the owner collects them from a shared house at 08:00 and drops them at 21:30 daily. Owner answered all questions for them.", "eo", "ppe cedl et sfw", "L", "m")
T("Housing officer: Mrs Hilda MOORE (88) lives alone in a bungalow with no heating as she fears the cost; no family. Warm home grant and ASC assessment arranged. Self-neglect concern only.")
T("Victim (Vietnamese girl, 15) via interpreter: she says 'the auntie' who brought her took her passport at the airport, told her she owed 30,000 dollars, and took her to a house where men came at night. She was not allowed to go outside and was given only rice. She is now in foster care but says the auntie has messaged her on Facebook.", "av rd db pv rm ac", "", "S", "h")

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "fresh139.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            row = {"id": "f139-%03d" % n}
            row.update(d)
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", len(D), "texts to", out)
