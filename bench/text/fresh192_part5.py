E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))
T("""Lancashire Constabulary - Intelligence report
Grading: 2/B/P
Subject: CRISAN, Vasile (DOB 03/04/1979), believed to be operating as an unlicensed gangmaster supplying workers to vegetable packhouses in the Fylde and West Lancs.
Source reports that CRISAN recruits from villages near Suceava, Romania, advertising jobs at £11 p/h with 'free house'. Workers pay £300 to his cousin before they travel. On arrival at Preston bus station they are met by CRISAN, who takes their ID cards 'to register them with the agency'; cards are not returned. They are housed at two addresses on Deepdale Road (approx 12 per house). Workers are taken to work at 0500 and returned after 1900, six days a week. Wages are paid into accounts opened by CRISAN, who keeps the cards, and workers receive between £60 and £100 cash per week. Workers who complain are told they will be 'left on the street with no papers'. One worker is believed to have been punched by CRISAN's associate POPA in February after asking for his card.
Recommend: referral to GLAA, joint visit.""",
  "DEC RD WW IT PSV EO AV", "UF DT OA CE NCW LH MBC", "L")
T("Salvation Army first responder note. Woman, 31, Slovak, Roma. Came to the UK with her partner's cousin who said she would work in a hotel in Blackpool. Instead she was put to work in a laundry, 6am to 8pm, paid nothing. Lived in the cousin's attic with her two children; not allowed to talk to neighbours; cousin handled all her benefits. Left when a neighbour helped her ring us. She has been supported by the Salvation Army since October. She and her children are in a safe house in the north of England. Police investigation ongoing into the cousin, who lives in Blackpool. The laundry is in Bispham and is believed to employ other Roma women. Data protection: information in this record must only be shared under the agreed partnership protocol. The record has been marked as sensitive and access is restricted to the exploitation team and the duty inspector.",
  "DEC WW EO ISO", "LH NCW IS", "L")
T("Man with learning difficulties, Widnes, found living in a shed at the bottom of a garden. The family he lives with use him to lay block paving for their business 'for his keep'. He has no bank card, they collect his PIP. He has cuts and sores on his hands and is wearing clothes several sizes too big.",
  "AV WW AC", "NCW PLC PA", "L")
T("INT 2/B/P. Traveller site, Cheshire. Source states two vulnerable English men (one with alcohol problems) are kept on the site to tarmac drives. They are not paid, are given drink, sleep in a horsebox and are beaten if they try to go. Men are taken everywhere in the boss's pick-up.",
  "AV WW PSV RM AC", "SW ET RMS PLC", "L")
T("Translated account (Vietnamese): 'They told me: you work here, the nail shop, one year, then you free. I do not get money. I stay in the house with the owner. If I go out alone they say the police will catch me and put me in prison because I am illegal.'",
  "WW IT AV", "FA", "L")
T("Doctor's note, walk-in centre Crewe: male construction worker, eastern European, has untreated fractured fingers from 3 weeks ago. Says he could not come sooner because boss 'doesn't allow' and he works every day. Man in hi-vis waited with him and answered questions.",
  "RM EO", "PA SFW LH RMS", "L")
T("Call handler log, Merseyside, 1923: anonymous male caller. 'There's lads working in the scrapyard on Regent Road, they live in the containers, they've not been paid, the owner took their passports, one of them asked me for food today.'",
  "RD WW AC", "DT SW", "L")
T("Car wash, Ashton. Joint visit with GLAA and GMP. 5 workers (Kurdish Iraqi) interviewed. Three say they pay the owner £50 per week to sleep in the back office. They do not know what their hourly rate is; owner pays them 'when he has it'. One says 'I cannot speak to anyone, I have no English, no friends here'. The owner (Kurdish male, 50s) said the workers 'are family'. The car wash is on the A635. Right to work checks were not done. Referral to Home Office Immigration Enforcement and the HMRC National Minimum Wage team. NRM referrals offered to all five; two accepted. Case discussed with the CPS early advice lawyer, who suggested more evidence would be needed, in particular financial records and any messages between the people involved, before charges could be considered.",
  "WW AC ISO", "SW IS", "L")
T("Minibus pulled over on the M6 near Lancaster (Cheshire reg. CH20 NKD). 14 passengers in a 9-seater. Driver says they are going to a chicken factory. None of the passengers had ID on them; driver said he 'keeps them safe at the house'. Passengers say they pay £7 a day each for the lift. Driver arrested for dangerous driving. The chicken factory is in Preston. Passengers taken to a reception centre, with interpreters. Investigation ongoing with Lancashire Police, the GLAA and the factory, which says the labour provider is licensed. The officer made a note of the time and weather at the visit, and the number of vehicles parked on the street. Photographs of the outside of the premises were taken and uploaded to the evidence system.",
  "RD", "DT CE CT", "L")
T("Student nurse from Nigeria, Liverpool, disclosed to her tutor that her 'sponsor' in the UK makes her give him £400 a month of her placement wages, keeps her passport and said he will report her to the Home Office if she stops. She cries in lectures and looks exhausted. The university has informed GMP's MSHT team and made a safeguarding referral. She is now being supported by the university's welfare team. The 'sponsor' is a man from her church. She is frightened to speak to police but has agreed to meet a specialist support worker. A follow-up visit is planned at a different time of day to see whether the pattern is the same. The neighbourhood sergeant will arrange this with the local authority and a support worker from a charity.",
  "WW RD IT AV", "DT FA PA", "L")
T("GMP intelligence. Indian restaurant, Wilmslow Road. Staff (3 males, Bangladeshi, visas expired) believed to be working 7 days, 11am-1am, sleeping in the cellar, paid £100 a week. Owner is known to tell them immigration is 'looking for them' so they stay inside.",
  "EO WW AC IT AV", "LH SW FA", "L")
T("Case worker (Migrant Help) note: Sudanese man in Bolton had his Aspen card taken by a 'friend' who said he would get him work. He now works in a garage for no pay to 'pay back' the friend, and the friend uses his card.",
  "WW DB DEC", "NCW", "L")
T("INT 3/C/P. Caravan park, Morecambe. Source heard that a family of Czech nationals are working at the park cleaning caravans 'for nothing' and the manager has their ID cards.",
  "WW RD", "DT", "L")
T("Warehouse worker, Trafford Park: 'The agency guy told me I have to pay £250 for the job and another £30 for the safety shoes. I paid. Then first week the shoes were also deducted. I don't know who to complain to.'",
  "WW", "UF PPE", "L")
T("Fishing, Fleetwood: Ghanaian deckhand came ashore and asked harbour staff for help. Said the skipper holds his seaman's book and passport, he has not been paid for 4 months and was told to 'keep quiet or go overboard'.",
  "RD WW IT", "DT", "L")
T("Referral from a GP practice in Longsight: Pakistani male, 45, on a skilled worker visa, says his employer (a garage) charges him £1,000 a month 'to keep the visa going' out of his wages and threatens to withdraw sponsorship if he complains.",
  "WW DB IT AV", "UF FA", "L")
T("Man found sleeping in a hay barn, Garstang, by a farmer's neighbour. Says he was dropped there by a gangmaster 'to work', no food for 2 days, no phone, doesn't know where he is.",
  "ISO AC", "IS SW PA", "L")
T("Care home staff, Southport: new overseas carers arrived in a group and live in a house owned by the home's director; eight women, two bedrooms. They pay rent of £350 each out of pay. One says she must ask permission to go to the shop.",
  "RM AC WW", "OA RMS", "L")
T("INT 2/B/P. Organised group from Lithuania controlling workers at a factory in Knowsley. Workers are made to sign blank pages, bank cards held by group, debt of £1,500 for 'transport and documents'. A worker who tried to leave had his finger broken. Intel from a Lithuanian worker who left the group. The factory is in Knowsley Industrial Park and has around 300 staff. The group are believed to house the workers in 3 houses in Huyton. Merseyside Police MSHT and the GLAA are developing the intel. The report was sent to the exploitation hub mailbox and triaged the same afternoon. It was graded amber and allocated to a detective constable for research and a proportionate response within five working days.",
  "WW DB PSV", "NCW UF", "L")
T("Victim's own words (Polish, via interpreter): 'Is not jail but is like jail. I cannot go because I have nothing, no money, no papers, they have everything. They say if I go they find me.'",
  "RM RD WW IT", "RMS DT", "L")
T("Police log, Wigan. Worker at a hand car wash collapsed with heatstroke. Colleagues said they had worked from 7am with no water break and no shade. Ambulance called.",
  "AC", "", "L")
T("Trading Standards, Rochdale: fake 'job agency' charging eastern Europeans £200 registration fee and then sending them to farms where they are paid less than half of the promised rate.",
  "DEC WW", "UF", "L")
T("HSE/police: building site, Manchester (Ancoats). Labourers on scaffold with no harnesses, no hard hats. Gang leader said 'they bring their own'. Labourers say he takes £20 a week for 'equipment' they have never been given.",
  "AC WW", "PPE", "L")
T("Merseyside Police. Teen Albanian males, 16-17, at a car wash in Anfield. Say they came in a lorry and 'the boss paid for the lorry, we pay him back'. Living in the flat above. No school.",
  "AV DB", "UF OA", "L", "high")
T("Debrief, male (Romanian): 'When I finish the first month he say the rent is £400, the food is £200, the transport £160, the boots £40 — so I owe him, not he owe me.'",
  "DB WW", "CT PPE", "L")
T("INT 3/B/R. Workers at a laundry in Ellesmere Port are all from the same village in Poland. Source says the supervisor keeps a notebook of their 'debts' and adds fines for mistakes.",
  "DB", "", "L")
T("Anon letter to Cheshire Police (spelling as written): 'There is men in the farm at Tarporley thay live in a old cow shed, no toilet no heating, the farmer drives them evrywere and thay never have a day of. I think its slavery.'",
  "AC EO", "PLC SW ET LH", "L")
T("Customer at a Chester barbers noticed the young barber had no idea of the town's name or where the shop was and said he 'belongs to' the owner. Owner took over and sent the customer away.",
  "ISO", "IS SFW", "L")
T("GLAA officer note. Worker 14 of 19 at a flower farm near Southport: 'The supervisor says if we talk to you he will send us home without our money.' Other workers refused to speak at all and looked at the supervisor before answering.",
  "IT", "FA", "L")
T("Sikh temple volunteer, Manchester: a man came for langar who says he works in a clothing factory in Cheetham Hill from 8am to midnight, sleeps under the cutting tables, and has been told he owes £3,000 for the 'visa'. His phone was taken 'to stop him calling home'. The volunteer gave him food and a phone to call his family. He left saying he must get back before the boss noticed. The factory is believed to be on Bury New Road. GMP informed. The gurdwara will call the police if he returns. The referrer has been sent the force's information leaflet on modern slavery, translated into the main community languages in the area, so that it can be shared with staff and service users.",
  "EO AC DB ISO", "LH SW UF IS", "L")
T("Shoplifting, Warrington Golden Square. Female, 41, local, stole make-up to sell. Admitted it, no one else involved. Community resolution.")
T("RTC, Preston, minibus carrying factory workers clipped a kerb. Employer is a licensed labour provider, workers using company transport free of charge. No injuries.")
T("Report of a 'big house with lots of foreign women' in Didsbury. Visited: it's a convent. No further action.")
T("Drunk male refusing to leave a pub, Crewe. Removed, no arrest.")
T("Domestic abuse, Kirkby: male slapped partner during an argument; arrested. No exploitation, DA procedures followed.")
T("Concern for welfare, Chorley. Male, 50s, has not been seen by neighbours. Found safe at home, had been unwell with flu.")
T("Theft of catalytic converters, Leyland, overnight. Two vehicles affected.")
T("Fraud, Stockport. Online romance scam, victim sent £12,000 to a 'soldier' abroad. Action Fraud referral. No money mule UK side identified.")
T("Caller in Bootle says the people next door 'must be trafficked' because there are 6 of them and they speak Polish. Visited: a family of 6 (parents, four kids), own tenancy, both adults employed. Caller advised.")
T("Cheshire, Northwich: dog attack in a park, owner identified, dog seized.")
T("Neighbour dispute, Oldham, over loud music from a car wash on Sunday mornings. Council noise team informed. Workers and owner spoken to; all employed properly. Noise only.")
T("Agency worker from Leigh on zero hours complains he doesn't get enough shifts. Pay correct. Employment matter, no exploitation.")
T("Criminal damage to a nail bar window, Wallasey, overnight. Owner (British-Vietnamese, runs the shop with her sister) reported it. CCTV being reviewed.")
T("Police log, Fleetwood docks: fishing vessel inspected by MCA. Crew agreements in order, all crew UK and EU nationals, paid through the company. No concerns.")
T("Blackburn, 1430: shop staff report a man has been sitting outside for hours asking for change. He is known to the council's outreach team, homeless, nobody with him. Outreach informed.")
T("Student at UCLan, from India, works 20 hours a week in a supermarket as her visa allows. Contacted police over a lost bag containing her passport, later handed in at the station. Returned to her.")
T("Young man in Toxteth seen handing a package to another in a car. Stop search: cannabis for personal use, both adults, no exploitation. Community resolution.")
T("Anti-social behaviour, Blackpool promenade: group of teenagers drinking. Dispersed.")
T("GMP: Allegation that a Pakistani family in Longsight is 'keeping a servant'. Visited: grandmother lives with the family, cooks by choice, has her own room and pension. Unfounded.")
T("Welfare check, Cheshire farm. Seasonal workers live in modern caravans, have their own transport, hold passports, hours recorded and paid. Farm is a member of an ethical trade scheme.")
T("Caller, Wigan, reports vans outside a house at 5am every day. It's a family of window cleaners setting off for work. No concerns.")
T("Lancaster University security reports a student's passport was handed in at the library. Student contacted and collected it.")
T("Burglary non-dwelling, St Helens: garage broken into, power tools taken. Owner is a self-employed builder.")
T("Care home in Bury: inspection by CQC found staff rotas with double shifts because of staff shortages; staff say they agreed and were paid overtime. Not a police matter.")
T("Female, 30, Birkenhead, reports her ex is harassing her by text. Harassment warning issued.")
T("Chester: man reports the theft of his pedal cycle from outside the station.")
T("Merseyside. Off-licence found selling to under 18s in a test purchase. Licence review.")
T("A housing association in Salford flagged a tenant's flat for 'lots of visitors'. Turned out to be a childminder. Closed.")
T("Polish man, Crewe, worked at a chicken factory, says the agency made a mistake with his holiday pay. Agency corrected it. Raised with GLAA who confirmed no further issues.")
T("Assault, Preston city centre, 0230, two men fighting outside a club. Both arrested for affray.")
T("Livestock worrying, near Clitheroe. Farmer shot a dog after it attacked sheep. Owner traced.")
T("Kidney patient, Arrowe Park: received a transplant from a deceased donor via NHS Blood and Transplant. Asked police about a stolen car only.")
T("Missing person, Southport. Adult male with dementia wandered from home, found 2 hours later on the beach, unharmed.")
T("Caller (Lytham St Annes): 'the lady at 14 has a Filipino cleaner who comes every Tuesday'. Caller wanted to know if that's allowed. Yes — cleaner works for several houses, self-employed. No concerns.")
T("Romanian car wash owner in Huyton reported a robbery at his business. Staff gave statements; they are employed, paid weekly into their own accounts. Robbery investigation only.")
T("Intel: 'the chip shop in Leyland employs Chinese lads who don't speak English' — owner's nephews, students at college part-time. No indicators.")
T("Speeding, M6 J20, HGV at 68mph. NIP issued.")
T("School (Bolton) concerned about a 15 y/o who works at a takeaway till 11pm on school nights. Spoke to parent: it's the family's business, she does two evenings a week, not paid, it's family. Advised about child employment by-laws. No exploitation.", risk="low")
