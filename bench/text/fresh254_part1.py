"""fresh254 texts 1-105."""


def add(T):
    T("""INT 2/B/P. Source states female known only as BLESSING (NFD, approx 20, Nigerian) is working from the flat above 14 High Street, Luton. Source states she was taken to a native doctor in Benin City before travel and swore an oath over her hair and nail clippings; she believes she will go mad or die if she talks or runs. Told she owes the 'madam' 35,000 euro for the journey. Madam collects all money from the punters. Source states BLESSING has been seen at the Co-op on High Street with another female, always with an older woman close by. Source does not know the madam's name or address. Recommend research on the flat's tenancy and any online adverts linked to the address. """,
      "IT DB WW", "UF NCW FA", "S")
    T("""Caller neighbour at 3 Belmont Rd reporting shouting next door again, says the male told his brother he'd "smash his face in" over a parked car. Both adults, no one injured, both now gone inside. Advised. Caller says it's the third time this month. Brothers both live there with their mum. """)
    T("""He said if I go to police they will put me on plane same day and my mother in Tirana will pay for it. So I stay and I water the plants. I don't go out, the door is lock from outside.""",
      "IT RM", "RMS FA", "C", "high")
    T("""Lad on the till at the car wash told me the boss keeps everybody's passports in the office safe and says if anyone leaves he will ring immigration on them. They all live upstairs. Camelot Hand Car Wash, Walsall Rd. Didn't want to give his name.""",
      "RD IT AC", "DT OA SW FA", "L")
    T("""Welfare check at 22 Ferndale Close requested by daughter in Leeds. Occupant, 81, found well, fridge stocked, carers visit twice daily. No concerns identified.""")
    T("""Case note (Salvation Army support worker): Client disclosed that her former controller, a man she calls "Uncle", sent her a photo of her younger sister walking to school in Lagos with the message "you know what happens". She has been in the safe house 3 weeks. The same man forced her to have sex with men at a house in Croydon and kept all the money. Client very anxious, not sleeping, asks daily if he can find her. Actions: photo and message screenshotted with client's permission and passed to the OIC, DC FARRELL (Met, Croydon MSHT). Client moved to a different room away from the window at her request. Keyworker to check in daily. Client has been given a new phone and number. """,
      "IT PSV WW", "FA NCW", "S")
    T("""POI HARTLEY known to use tough talk on Facebook - posted "anyone who grasses on me gets dealt with". Context is a dispute about a football bet with ex friends. No vulnerable parties identified. NFA.""")
    T("""Refused to give his name but said the gaffer at the farm told them "the last Romanian who opened his mouth went home in a box". They work 6am til dark seven days, £20 a day cash, live in caravans with no hot water.""",
      "IT EO WW AC", "LH PLC", "L")
    T("""Text message received by victim (screenshot submitted): 'U think u can just leave? I got ur pics. Ur dad will see them all by friday unless u come back and do the punters. Ur choice.' Victim had escaped the flat in Peterborough the previous week. Sender's number is a pay-as-you-go SIM. """,
      "IT", "", "S", "high")
    T("""Hi, I live below a flat where I think girls are being kept. Men come and go all night, different ones, and I hear one of the girls crying. Yesterday a man shouted at her on the stairs "you do what you're told or you know what happens to you". The girls never come out on their own, always a man with them, even to the shop. Flat 4, Carlton House, Newport NP20. I've written down car regs when I can: a silver Mercedes (RV17 something) and a black Audi. I don't want my name given out because I live there and they know which flat is mine. I'm scared to ring 999 in case they hear me. Please do something, it's been going on since at least August. """,
      "IT RM", "RMS ET", "S")
    T("""Referral from Cheshire East Children's Services: 15-yr-old male (SUBJECT A) found in a trap house in Crewe 400 miles from home address in Plymouth. Phone contained messages from an older male: "Lose the pack again and your mum's house gets done". Subject has £1,200 'debt' for drugs seized by police, which he is being told to work off.""",
      "AV IT DB", "", "C", "high")
    T("""Quick one - boss at the restaurant shouted at me today for being late and said I'd be sacked if it happens again. Is that allowed? I'm on a proper contract and get paid every month. Replied: it's not a crime and not modern slavery, but ACAS can advise on disciplinary rules. """)
    T("""Nail bar, Cowley Road. Two young Vietnamese girls doing nails 9am-9pm every day, boss in the back does all the talking when you ask them anything. One looked terrified when my friend mentioned police. Owner is an older Vietnamese woman. I didn't want to cause trouble for the girls so haven't said anything to them. Shop is next to the Co-op. """,
      "EO", "LH SFW FA", "L")
    T("""INT 3/C/P: Source reports that males working at a recycling plant in Smethwick are told by the gangmaster that they will be reported to the Home Office if they complain about wages. Workers reportedly receive £50 a week after 'rent' deductions.""",
      "IT WW", "FA", "L")
    T("""Victim account (via interpreter, Tigrinya): They said I owe them for the boat. Every week the number goes up, not down. If I do not pay, they say they will send the video of my brother being beaten in Libya to my mother, and then they will do it to me. I wash cars from seven until eight at night. They hold my paper from the Home Office. He told us he does not know the name of the car wash, only that it is near a big Tesco and a railway bridge. He was helped by a customer who gave him a lift to the mosque, and the imam called the police. He has been placed in a hotel by the local authority while an age assessment is completed, as he says he is 17 but has no document to prove it. """,
      "DB IT EO RD", "UF LH DT FA", "L")
    T("""Row between two neighbours over a hedge. Mr DAVIES says Mr OKAFOR threatened to "sort him out". Mr OKAFOR says it was said in temper and he would never. Words of advice to both. No further police action.""")
    T("""She's only 14 and she's getting picked up from outside the school by a man in a black Audi (reg starts KX19). My daughter says he's told her if she stops seeing him he'll put the pictures she sent him on Snapchat. She's come home drunk twice.""",
      "AV IT PSV", "", "S", "high")
    T("""Nurse, 32, told occupational health she works 60 hours a week by choice, picking up bank shifts to save for a house deposit. Takes annual leave as normal. No concerns. She has her own flat, her own money and says she feels well supported by her ward manager. """)
    T("""Modern slavery referral (NRM) narrative - Potential victim (PV) is an Albanian male aged 24 who says he was recruited in Kukës with the promise of building work in London at £80 a day. On arrival he was taken to a house in Kent where he was made to tend a cannabis grow of around 300 plants. The windows were boarded, the doors padlocked from the outside and food delivered once a week. He was told that if the crop failed, his family in Albania would be "visited" and that his sister would be "taken". He was told he owed £15,000 for his transport to the UK. PV was found by officers executing a warrant on 03/04; he was asleep on a mattress in the grow room. He had no phone and did not know which town he was in.""",
      "DEC RM IT DB ISO AC", "RMS UF SW PLC IS FPE", "C")
    T("""Her sister-in-law took her passport 'to keep it safe' and now she cooks, cleans and minds four kids all day without pay. Husband's family say if she complains they will send her back to Pakistan divorced and shame her family.""",
      "RD WW IT", "DT", "D")
    T("""Caller states two males arguing in the street outside the Red Lion, one shouting "I'll kill you". Units attended, males separated, both intoxicated, dispute over a taxi. Both went home. CCTV checked by the licensee; no assault seen. Incident closed. """)
    T("""Social worker note: Mr K (learning disability) has been living with a family who take his PIP and ESA and make him do their garden and building work. When I raised this, the son stood in the doorway and told me Mr K "knows what happens if he talks to you people". Mr K would not speak in front of him. I have arranged to see Mr K at the day centre next week, away from the family. Referral made to the police and to the DWP appointee team to check who is receiving his benefits. Mr K has lived with the family for about six years, since his mother died. His GP says he has missed several appointments and that the son always phones to cancel them on his behalf. """,
      "AV WW IT", "NCW SFW FA", "L")
    T("""Intel: Girl, 16, reported missing from care home in Rochdale last night, believed to be with males involved in CSE. Phone tracked to address in Oldham within the last hour. Male told care staff on the phone "she's not coming back".""",
      "AV", "", "S", "immediate")
    T("""boss said if we tell anyone about the hours he will tell the job center we are working and we lose the benefit. we do 14 hour shifts in the warehouse no break. my freind from work is writing this for me, we are in a warehouse near Tilbury, about 20 of us on the same shift """,
      "IT EO AC", "LH", "L")
    T("""GLAA inspection, Fenland packhouse: all workers seen had contracts in their own names, held their own ID, were paid into their own accounts at above NMW, and confirmed they could leave the role at any time. Transport offered free of charge. No licensing breaches identified.""")
    T("""Victim says the man who brought her from Romania told her that her mother's house would burn if she stopped working in the massage parlour. She hands over all her earnings every night. She has bruises on her arms which she says are from him grabbing her.""",
      "IT WW PSV", "NCW PA", "S")
    T("""Neighbour reports a man came to the door of No. 9 and said "you'll regret this" after a parking row. Both tenants rent privately. Advice given, nothing further.""")
    T("""I was so scared. The lady said the police here are not like in Vietnam, they will beat me and lock me in prison forever, so I must never speak to them. I cooked and cleaned for her family, I slept on the kitchen floor and she kept my passport in her bedroom.""",
      "IT RD AC", "FA DT SW", "D")
    T("""Crimestoppers: Men at the building site on Grange Lane are being dropped off at 5am in a white Transit (reg LR63 UVT) and picked up after 9pm. They look frightened and have no proper boots. The man driving the van shouts at them and one of them said the boss hit him.""",
      "PSV EO AC", "CE LH FA", "L")
    T("""POI (ALI, Tariq) stopped in vehicle, 4 x bank cards in different names found in wallet plus 2 phones. States cards belong to 'mates at work' whom he pays. Passenger (Romanian national) did not speak and looked at ALI before answering anything.""",
      "WW", "MBC NCW SFW", "L")
    T("""Daughter reports dad received a letter threatening to take him to court over unpaid council tax. He is upset. Advised to contact council; civil matter.""")
    T("""Case notes MSVCC: V says gang leader 'Bogdan' showed the workers a video of a man being beaten with a bat and said 'this is what happens to people who run'. V works in a hand car wash in Stoke, 7 days, £25 per day handed over in cash after 'rent' and 'food' taken off. Eight men sleep in a three-bedroom house. V's ID card is held by Bogdan. V has not been assaulted himself but says he saw Bogdan hit another worker with a hose reel. V is willing to talk to police but wants assurance that his mother in Constanța will be safe. Interpreter used throughout (Romanian). Next appointment booked for Thursday at the MSVCC office, with a solicitor present. """,
      "IT EO WW AC RD", "LH OA DT FA", "L")
    T("""anonymous: theres a lad at the chippy on Market St Bolton who works all hours and sleeps in the back on some cardboard. owner shouts at him all the time says hes going to get him deported. hes only about 17""",
      "AV IT AC EO", "SW LH PLC FA", "L", "high")
    T("""Intel 2/A/P: MAN, Dritan (DOB 12/05/90) is the controller of a cannabis factory at an address in Hull. The gardener is an Albanian national brought in on a lorry who has been told his family will be killed if he leaves the house.""",
      "IT RM", "RMS", "C")
    T("""Police were called to a row at a family party. The uncle shouted at his niece's boyfriend that he'd "break his legs" if he hurt her. No assault, no allegation made. Boyfriend left.""")
    T("""Interview summary: the complainant, a Filipino domestic worker, told us her employer said "if you leave, I will tell immigration you stole from me and you will go to prison". She was given £100 a month, worked from 6am to midnight, did not have a day off in 11 months and was not allowed a phone.""",
      "IT WW EO ISO", "LH IS FA", "D")
    T("""Kid sleeping in the park again. Looks about 15, thin, same clothes all week. Says he's waiting for his 'uncle' who gives him stuff to deliver. Wouldn't say anything else, kept looking at his phone. It's the park off Queen Street in Grimsby, he's usually by the bandstand after 10pm. I've given him food twice. """,
      "AV", "PA", "C", "high")
    T("""Customer says manager at the takeaway told staff "you know what happens to people who steal" after money went missing from the till. Staff are all local, on payroll, no other concerns. Words of advice given to manager about tone.""")
    T("""I came for job in hotel, they promise me £1,200 a month. I got nothing. The man said I must pay back ticket, visa and house, £4,000. He said if I go, men will go to my village and my children will not be safe. He took photos of my passport and my family's house and kept my passport.""",
      "DEC WW DB IT RD", "UF DT FA", "L")
    T("""Report of a woman crying at a bus stop in Reading. On speaking with her, she said she had argued with her partner about money and wanted to go to her mum's. She had her phone, her bank card and a bus ticket. Given lift to mum's. No further concerns.""")
    T("""Call handler log 23:41: Female caller whispering, says she is locked in a room at 41 Stanley Road, Bootle, the man took her phone but she has a second one hidden, he said he will kill her when he gets back from the shop. Heard male voice in background. Line went dead. Grade 1 dispatched.""",
      "RM IT ISO", "RMS IS", "", "immediate")
    T("""INT 3/B/P Source reports a Facebook group where Nigerian women in Leicester are being warned that anyone who "breaks the oath" will lose her mind like "that girl in Derby". Source believes at least three women working in saunas in Leicester are under the control of a madam called 'Mama Joy'.""",
      "IT", "FA", "S")
    T("""Sister says her brother is being made to work in a factory for no money and they told him if he stops they'll tell the police he's a drug dealer. Brother is 31 and lives in Bolton. Sister does not know the factory's name. Caller gave her number and asked for a call back in the evening. """,
      "WW IT", "", "L")
    T("""Security guard, 58, works 12-hour nights 4 on 4 off at a distribution centre. Says he is happy with the work and the pay. He was interviewed as a witness to a burglary only. He lives with his wife in Wellingborough and drives himself to work. """)
    T("""School DSL referral: Year 10 pupil (14) has disclosed that an older boy gives her vapes and lifts, and has now said she 'owes' him and must meet his friends at a flat in Barnsley. When she said no, he said he would show her mum the photos on his phone. She is frightened and has missed 6 days of school this half term. The DSL has informed her mother, with the pupil's agreement, and made a referral to children's social care and to the police. The boy is believed to be 19 and to drive a white Seat Leon. She has also told a friend that she has been given alcohol at the flat. The friend came to the DSL first, which is how this came to light. """,
      "AV IT DB", "FA", "S", "high")
    T("""Worker (via interpreter): "They tell us we must never talk to inspectors. If someone asks, we say we live with our cousin and we get paid well. Last year one man spoke to the GLAA and then his wife in Bulgaria was visited by two men. After that nobody talks." Worker lives in a house with 14 others provided by the agency; money for rent and transport comes out of his pay before he gets it. The worker asked us not to record his name or the agency's name on anything he signs. He is willing to speak again through the same interpreter but not at the house or at work. Follow-up arranged at the library in Wisbech. Interpreter: Bulgarian. Notes typed up the same evening. """,
      "IT WW", "FA OA CT NCW", "L")
    T("""Two neighbours in a dispute about a shared drive. One said "I'm going to report you to the council for that extension" - the other reported this as a threat. Not a criminal matter. Advised mediation.""")
    T("""She was told that if she did not keep working at the house, the men would hurt her little boy. He is 6. She is allowed to see him at the weekend only when the man drives her there. She would not say what the work was or where the house is. Referral made to the local authority with her consent. """,
      "IT RM", "ET RMS", "", "high")
    T("""Anon online report: Polish man in Boston, Lincs, no passport (held by the landlord who got him the job), cant speak English, owes £600 for his bus ticket and the first month's room, landlord says he must work it off picking or he will be on the street. Works in the fields from 5am, picked up in minibus.""",
      "RD DB AV", "DT UF CE", "L")
    T("""DWP fraud referral: 11 benefit claims linked to a single address in Bradford, all paid into accounts accessed from the same IP address. Claimants are recent EU arrivals who do not appear to live there. Suspect is a man who 'helped' them register.""",
      "WW", "MBC NCW", "C")
    T("""i dont no who else to tell my freind from the hostel says a man is makeing her go with other men for money and he hits her if she says no she has a black eye shes 19 her name is kayleigh and the man drives a blue corsa. the hostel is on Bath road in Swindon """,
      "PSV", "PA", "S")
    T("""Tenant complains landlord texted him "pay up or you're out and I'll make sure no one rents to you again". Rent arrears of 3 months. Civil dispute; tenant signposted to Shelter. Landlord reminded by the council that harassment of tenants is an offence. """)
    T("""Domestic worker's statement: My employer's wife said if I ran away she would tell the police I stole her gold and I would go to jail and never see my children. I was working every day, no rest. She said my salary goes to an agent in Dubai to pay my debt, I never saw any of it.""",
      "IT EO WW DB", "LH NCW FA", "D")
    T("""Arrested male (17) says he was told by 'Snowy' that if he went missing with the bag, his little brother would be next. He was running drugs from a flat in Hastings. He has a 'debt' of £800 for a phone and drugs taken by police.""",
      "AV IT DB", "", "C", "high")
    T("""Car wash on the A6, nothing dodgy as far as I can see, lads all seemed happy, one told me he's been there 3 years and drives himself in. Just thought I'd mention as my mate said to watch out for these places.""")
    T("""Intel 2/B/P - Thai female (approx 30) advertised on AdultWork profile under name "Nina" at various Airbnb addresses in Cambridge, moved every few days. A male (PERERA) books the rooms, drives her between locations and collects the money. When approached by officers she stated she could not talk or "they will hurt my family in Udon".""",
      "IT WW", "ET NCW FA", "S")
    T("""Victim (pregnant, 19) states her boyfriend told her that social services would take the baby if she told anyone he was making her sell sex. She believes him. Midwife has referred to children's social care and to the police. The boyfriend attends all antenatal appointments with her. """,
      "IT", "FA", "S")
    T("""Resident complaint about a house of multiple occupation on Kent Road. 7 rooms, 7 tenants, each with a tenancy agreement, licence displayed. Inspected by council HMO team: compliant. No evidence of exploitation. The complaint related to bins and parking. """)
    T("""Worker said the supervisor told the whole line "anyone who goes to the union will find their visa cancelled". They are on skilled worker visas sponsored by the factory. They pay a £3,000 'sponsorship fee' out of wages. The factory makes ready meals in Corby. He is worried that if he is seen talking to us he will be sacked. """,
      "IT WW", "UF FA", "L")
    T("""Community safety officer note: Row at the allotment escalated, Mr PRICE told Mrs HALL "I know where you live". Mrs HALL feels intimidated. Harassment warning considered. Not a modern slavery matter.""")
    T("""Child (12) seen in the company of males selling Big Issue-style magazines outside Tesco every day during school hours. Male adult collects money from her every hour. She says her 'father' will beat her if she doesn't bring £50 a day.""",
      "AV IT WW", "NCW", "C", "high")
    T("""They took my papers at the airport "for safety" and never gave back. I work in the shop 7 to 11 every day. They say if I complain to anyone, they will say I am illegal and police will take me. I am afraid.""",
      "RD EO IT", "DT LH FA", "L")
    T("""Female, 23, states she sells sex independently via her own website, sets her own prices, keeps all earnings and has no manager. Visited following a noise complaint. No concerns of exploitation. Neighbour was warned about noise. She was given the contact for a local support service in case she ever needs it. """)
    T("""Call 02:14 - male caller, broken English, says "they hit my friend, now they come for me, we are in the caravan at the farm past Wisbech, I don't know the name". Locates via what3words. Says 4 workers, one bleeding. Caller says boss has gun.""",
      "PSV IT ISO", "IS", "L", "immediate")
    T("""Police log: PCSO spoke to a man selling flowers at traffic lights in Ilford. He said he gives all his money to 'the boss' at the end of the day and gets a bed and food. He said if he doesn't sell enough, he gets 'fined'. He appeared thin and his shoes were split.""",
      "WW DB", "NCW PA", "C")
    T("""Colleague said I'd get "a slap" if I took his parking space again. I laughed. It's banter, we're mates. Only mentioning because HR asked everyone to report threats. HR have confirmed no further action is needed. """)
    T("""Student, 20, from Malaysia, keeps her own passport in a drawer in her halls room. She works 15 hrs a week at a café and is paid into her own account. Referred in error by a housemate who misread the situation.""")
    T("""INT 2/B/P. SUBJECT 1 MULLAN controls a group of Irish Traveller-connected workers laying tarmac. Workers are men with addiction problems recruited from homeless shelters in Leeds. They are paid in alcohol and cigarettes and beaten if they try to leave. One was recently found with a broken jaw.""",
      "AV PSV WW RM", "PA RMS", "L")
    T("""Hotel manager rang - cleaner said a man waits outside for her each day, takes her wage slip and bank card. She speaks little English and he answers for her when staff ask questions. She looks exhausted. Hotel is the Premier Stay in Gloucester. Manager will keep an eye out and call back with the man's car reg. """,
      "WW", "NCW SFW ET PA", "L")
    T("""Victim narrative (translated from Vietnamese): In Vietnam I borrowed money to come to England. The man in London said I owed £20,000 and I would work in a nail shop to pay. Every week he said the debt was bigger because of food and the room. He said if I did not pay, his people in Nghệ An would take my parents' land. I slept on the floor of the shop. I worked every day from 9 to 8. I did not know the name of the town. When the police came to the shop I hid in the back because I thought they would send me to prison. Now I understand they are helping. I would like to work legally and send money to my parents. I am worried the man will still go to my parents' house. """,
      "DB IT EO AC ISO", "UF SW LH IS", "L")
    T("""Two brothers fell out over their late mother's will. One text said "you'll get what's coming to you". Reported to police as malicious communication. Family dispute, no exploitation.""")
    T("""Info from Border Force at Dover: HGV driver found with 3 Eritrean men in trailer. Men stated they had paid 3,000 euro each to a man in Calais and were told if they talked to police their families would be harmed.""",
      "IT", "UF FA", "")
    T("""He says 'my cousin' found him the job but now says he owes £2,500 and keeps adding £50 for each week he's late. He's been told the debt "passes to your family" if anything happens to him. He works on a building site in Milton Keynes. He was calm when he told us, but said he is tired. """,
      "DB IT", "", "L")
    T("""Ring doorbell footage of a man shouting at a delivery driver "I'll have your job". Driver made a complaint. Customer was angry about a late parcel. No further action.""")
    T("""Concern from Barnardo's worker: 13-year-old girl says she's 'going out' with a 22-year-old who makes her sleep with his friends to "pay him back" for clothes and a phone. He tells her he'll tell everyone at school she's a slag if she stops. Went missing overnight on Friday.""",
      "AV PSV DB IT", "", "S", "high")
    T("""Hand car wash, Barking - reports that staff are charged £40 a week for gloves, wellies and chemicals taken out of their pay. Several workers appear to live in a container behind the site. Report came via a customer who said one of the workers asked him for money for food. """,
      "WW AC", "PPE SW PLC", "L")
    T("""The boss told me: you speak to anybody, I break your legs, and your wife in Moldova, we know where she works. He show me her picture on his phone. I believe him. I work for him in the sandwich factory. He is not a joking man. My friend say I must tell somebody. """,
      "IT", "FA", "L")
    T("""Referral (Local Authority adult safeguarding): Ms T, 44, has mental health problems and lives with a man who has taken over her flat, uses it to sell drugs, and takes her benefits. She says he told her "you'll end up like Karen" - a friend who was beaten badly last year. She is too frightened to engage.""",
      "AV IT WW", "NCW FA", "C")
    T("""Allegation that a takeaway owner threatened a 19-year-old employee with the sack. Employee later admitted the threat was about repeated lateness. He is paid minimum wage through payroll. No indicators. The employee himself said he had no concerns. """)
    T("""Gangmaster at the factory told the Slovak workers that the police in the UK are paid by him and will just bring them back. That's what they believe. He keeps their ID cards "for the payroll". Hours 7am-7pm six days.""",
      "IT RD EO", "FA DT LH", "L")
    T("""Officers attended a report of a woman screaming at a house in Smethwick. On arrival found two sisters arguing over a boyfriend. Both said they were fine and could leave whenever. No exploitation concerns. Neighbour who called was updated. """)
    T("""INT 3/B/P - Information suggests that 'Auntie' KORANTENG brought a 16-year-old girl from Ghana to her home in Thornton Heath to "go to school". The child does not attend school, does all housework, looks after three toddlers and sleeps on the sitting room floor. Auntie told her she would be sent home "in disgrace" and her family shamed if she complained. Source states the girl was seen at a local church wearing old clothes while Auntie's own children were well dressed. Research request submitted re: school enrolment and immigration status. Source is a neighbour who has known the family for several years and has no known motive to lie. Grading reflects that the source has not given intelligence before. Submitted by DC 6620 OYELARAN. """,
      "AV DEC IT AC", "SW", "D", "high")
    T("""Male caller says he's being threatened by his drug dealer over money he owes. Caller says he buys for himself, no one makes him sell or work. Advised to report in person; signposted to drug services. Caller does not wish to make a statement at this time. """)
    T("""Text from victim to support worker: 'he said if i dont come back to the flat tonight and see the men he booked he will post the video on the group and tell my husband. pls help i dont know what to do'""",
      "IT", "", "S")
    T("""Intelligence indicates that workers at a meat processing plant near Norwich are recruited through an agency in Lithuania that charges 900 euro per placement. Workers are told that if they quit before the debt is paid the agency will "take it from their family". They live 10 to a house and are bussed in at 5am.""",
      "DB IT AC", "UF OA CE", "L")
    T("""Mum rang, says her son's football coach told the lads "anyone who misses training gets dropped". Son upset. Not a police matter.""")
    T("""Debrief account: I was in the house in Swindon for maybe 5 months. The man they called Doc has a machete on the wall. He said last boy who took money from the grow, they cut his hand. I never left, there was a man always downstairs. He brought food once a week, rice and noodles.""",
      "IT RM AC", "RMS", "C")
    T("""Concern raised by bank: one customer has opened accounts for 6 different Romanian men, all with his address, and withdraws from all six cards at the same ATM on Fridays. The men do not come into the branch themselves. Bank has submitted a SAR and flagged the accounts. """,
      "WW", "MBC NCW", "L")
    T("""Victim (Indian national, care worker) states her sponsor told her that if she resigned he would "cancel her visa and she would be deported within a week" and that she must repay £10,000 "training costs". She works 70-80 hours a week across three care homes with no days off.""",
      "IT DB EO", "UF LH FA", "L")
    T("""Female reports ex-partner said he'd "make her life hell" after she ended the relationship. Recorded as harassment/domestic abuse. No indication of exploitation.""")
    T("""Concern: My neighbour has a young girl living with them who never goes to school, always cleaning, hanging washing out late at night. She doesn't speak English and they shout at her. I've never seen her go out on her own. House is 27 Woodlands Ave, Slough SL1.""",
      "AV RM", "RMS", "D", "high")
    T("""Investigation summary: Operation WILLOW. Three suspects (members of the same family) recruited homeless men from Birmingham city centre with promises of work, food and a roof. The men were taken to a yard in Staffordshire, housed in horse boxes and caravans without running water, and made to lay driveways for 12-14 hours a day. Their benefits were redirected to accounts controlled by the suspects; bank cards were kept in a tin in the main house. Victims said they were told they'd be "buried in the yard" if they left, and one victim was shown a hole that had been dug. Several had untreated injuries. Two victims had been there more than five years. The suspects' address was searched under warrant on 14 March; officers recovered 23 bank cards in other people's names, a ledger of 'rent' owed by each man, and a shotgun certificate. Seven men were taken to a reception centre run by the Salvation Army. Four have entered the NRM; three declined support and returned to the Birmingham area. """,
      "AV DEC AC EO WW IT", "PLC LH NCW MBC PA", "L")
    T("""An argument in a pub car park: one man told another "touch my car again and you're dead". Both were drunk. No injuries. Both given words of advice. Licensee informed and both barred for a month. """)
    T("""Shopkeeper says a lad of about 14 comes in every morning with cash from a 'boss' to buy Rizla and bags, keeps saying he'll "get battered" if he comes back short. He's got bruises on his face. Shop is on Fratton Road in Portsmouth. The lad is usually with an older lad on a moped. """,
      "AV IT PSV", "PA", "C", "high")
    T("""I have photos of the room where the workers sleep above the restaurant: mattresses on the floor, no window, a bucket. They said the manager tells them that police will arrest them for no visa if they go out. I'm a delivery driver, I go there most nights. I can send the photos if you give me an email. """,
      "AC IT", "SW PLC FA", "L")
    T("""Council housing officer: Tenant says a relative from Romania lives with her and helps with childcare. He has his own ID, works at a local warehouse through an agency and pays her £50 a week for board. No concerns. Tenancy allows lodgers. """)
    T("""Victim (F, 27, Albanian) said her 'boyfriend' brought her to the UK promising marriage, then told her she must work in a brothel in Leicester to pay for the flat. He told her that her father would kill her if he found out what she was doing, so she could never go home.""",
      "DEC IT", "", "S")
    T("""Staff say the manager at the care home threatened to report them to the Home Office if they took sick leave. Several carers reported working 80+ hrs. Sponsor holds their BRPs. The care home is in Bexhill. Two staff came forward together and have asked to remain anonymous. """,
      "IT EO RD", "LH DT FA", "L")
    T("""Report of a man shouting threats at a bailiff. The man was being evicted for arrears and said "you'll get what's coming". No further action. Bailiff did not want to make a complaint and the eviction went ahead the following week with police present. """)
    T("""Hi is this the right number? My cousins boy has gone to London with some men and hes only 16 they said he owes them money for weed and if he doesnt sell for them they will hurt his mum. He hasnt been home since Tuesday and his phone is off.""",
      "AV IT DB", "", "C", "immediate")
    T("""Information from a local church: a Congolese woman attending services says her 'employer' has her passport and pays her nothing for looking after his mother. She says he told her she is "illegal" and police will put her in prison.""",
      "RD WW IT", "DT FA", "D")
    T("""INT 2/B/P. A known OCG in Peterborough is moving Romanian women between brothels in Peterborough, Kettering and Northampton every 2 weeks. Women are told their children back home are "watched". Phones are taken and handed back only to speak to family under supervision.""",
      "IT ISO", "IS ET", "S")
    T("""Fisherman (Filipino, 35) on a scallop vessel out of Newlyn disclosed that the skipper holds the crew's passports, they work up to 20-hour days at sea, are paid $500 a month into an account in Manila controlled by the manning agent, and were told anyone who complained would be "blacklisted" and never work at sea again.""",
      "RD EO WW IT", "DT LH NCW", "L")
