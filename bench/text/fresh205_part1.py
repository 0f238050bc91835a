def add(T):
    T("""Interview via Romanian interpreter, 14/03. IP states: "They told me in Bacau the job is packing vegetables, 8 hours, £9 per hour. When I arrive the man called Costel take my ID card 'for the agency'. We work 6 in the morning until 9 at night, seven days. The wage go to a Monzo card he keep. He give me £40 some weeks." IP says 11 men live in 3-bed house on Tennyson Road, Boston, mattresses in every room.""",
      "DEC RD EO WW AC", "DT LH NCW OA PLC", "L")
    T("""me and my cousin we pick daffodils in Cornwall, hard work very cold but the farm pay every friday into my own account, I have my passport, we live in caravan with heater. I want to come back next year.""")
    T("""Voice note transcript (Polish, translated by Language Line): "Please help me, I don't know where is this place. Big farm, no buses. Boss take my phone every night. I owe him for the flight, he say £1,200 and every week it is more because of the rent. I sleep in the container with nine other men." """,
      "ISO DB AC", "IS OA PLC UF", "L")
    T("""Debrief, NRM first responder (Salvation Army). PV (male, 34, Vietnamese) said through interpreter: "I paid 15,000 dollar to come. They said nail bar job, good money. I work in shop in Grimsby, I sleep in back room on floor. Boss say if I go to police, immigration send me back and my family in Nghe An will pay." No wages received in five months.""",
      "DEC DB AC IT WW AV", "UF SW FA", "L")
    T("""my boss always say I am his best worker. I do 60 hour in the warehouse because I want the overtime, I send money home to my children. nobody force me, I can say no and sometime I do.""")
    T("""Case note, DC PRICE. Account from IP (Lithuanian, 51) at Leicester Central: "In car wash I work every day, no day off, from 8 until dark. They give me £20 a day, the sign outside say £60 a car. I sleep upstairs in the office with the jet wash chemicals." Tired, thin, wearing the same jumper at both visits.""",
      "EO WW AC", "LH SW PA PLC", "L")
    T("""Caller (female, 60s) reports Eastern European men in house opposite "always in the same dirty clothes, picked up at 5am in a white Transit KN19 UXP and back gone 10pm, never see them go shopping". Caller thinks they are being used.""",
      "", "PA CE IS", "L")
    T("""Letter handed to GLAA officer at packhouse, translated from Bulgarian: "Dear sir. I come here from agency in Sliven. I pay them 400 euro. They promise house for two person, but we are 14 in house. The man take 50 pound every week for transport in van and 30 pound for the boots and gloves. After all this I have 70 pound. Please do not say my name." """,
      "DEC WW AC", "UF OA CT PPE FA", "L")
    T("""IP: "I can leave any time, I have my own car and my own bank card. The hours are long in summer but this is farm work, everybody knows." Officer satisfied no indicators present.""")
    T("""Interview extract (Tigrinya interpreter): "In Libya they sold me. In England the man who brought me said I must work in his takeaway to pay 4,000 pound. I wash dishes from 11 morning to 2 night. He shout if I sit down. I have no papers, he has my papers." """,
      "DB EO RD AC AV", "LH DT UF", "L")
    T("""Anon online report: lads on the building site on Kingsway never wear hard hats or boots, same 6 of them every day, one fella does all the talking for them and collects there money at the end of the week in cash. they look half starved""",
      "AC WW", "SFW NCW PA", "L")
    T("""I am from Albania. I come in lorry, nobody force me, I pay smuggler and when I arrive he leave me at services near Dover and I go to my uncle. Now I work in my uncle barber shop and he pay me.""")
    T("""POI HOXHA (nom) drives workers to car wash on Bradford Rd, 0630 daily, collects them 2100. Workers reportedly pay £10 a day for the lift. INT 3/B/P.""",
      "EO", "CE CT LH", "L")
    T("""Debrief notes, MSVCC outreach. PV (f, 28, Romanian) in own words: "He was my boyfriend in Romania, he say we go to London, I work in hotel cleaning. When I arrive there is no hotel. He give me to other men. He take all money. He say if I run he will put my pictures on Facebook for my mother to see." PV has bruising to upper arms.""",
      "DEC IT WW PSV", "PA NCW", "S")
    T("""Two Romanian sisters working at a chicken factory near Banbury. Both hold their own ID, have contracts with the agency, payslips match hours. Initial report from a colleague about 'long shifts' is unfounded – they choose to work doubles before Christmas.""")
    T("""Transcript 999 call 02:14: "I'm in a house, I don't know the street, they've locked the door, there's three of us, the man's downstairs with a knife, please he said he's going to hurt us when the others come back." Cell site Wolverhampton area.""",
      "RM IT ISO", "RMS IS", "L", "immediate")
    T("""PV said "I was not allowed to go out alone. Every time to shop, to doctor, someone come with me. The van take us to factory and bring us back, the door of house always locked from outside." """,
      "RM", "RMS ET", "L")
    T("""mate of mine from Poland said he got a job through a fella in Peterborough, had to give his passport "for the bank account", never got it back and the fella keeps his bank card too. says he gets maybe 50 quid a week cash. worried about him""",
      "RD WW", "DT NCW", "L")
    T("""Interview via Vietnamese interpreter, CSE/CCE team. YP (boy, 16) said: "They put me in a house with plants, windows covered. I water the plants, I cannot go out. They bring rice and noodles once a week. The man said if I run away the Chinese gang will find me and kill me." Found at address in Stoke during warrant.""",
      "AV RM ISO IT AC", "RMS IS PLC", "C", "high")
    T("""Nail bar on High St, Tamworth. Licensing visit 10/05. Three staff, all with right-to-work checks on file, payroll via HMRC RTI, manager present but staff answered questions themselves. No concerns.""")
    T("""My name is Tomasz. I write this because my friend cannot write English. We work for Mr KOWALCZYK in demolition. He did not pay us for 3 month, he say the client not pay him. When we ask he say go to police and they will deport you. But we are EU, settled status! We are afraid anyway.""",
      "WW IT", "FA", "L")
    T("""Extract from ABE interview. Q: Did anyone hurt you? A: "Yes. When I say I am tired and want to stop, Jamil hit me with the pipe on the back. Two times. After that I never say I am tired." Q: Where did you sleep? A: "In the kitchen of restaurant, on boxes." """,
      "PSV AC", "SW", "L")
    T("""Statement of IP (Sudanese, 23) taken at Napier Barracks by Home Office: IP crossed Channel by small boat, paid smugglers in Calais 1,500 euro. IP says nobody made him work, he has had no contact with the smugglers since landing. Not a victim of trafficking on his account; smuggling offence only.""")
    T("""PV (Indian national, care worker, sponsored visa) email to Unison rep: "I was told by the agency in Kerala the job is 37.5 hours and accommodation included. I paid £12,000 to the agent for the certificate of sponsorship. Now I work 70 to 80 hours, nights and days, and they deduct £600 a month for a shared room. The manager says if I complain they will cancel my sponsorship and I will be sent home." """,
      "DEC DB EO WW IT AV", "UF LH", "L")
    T("""Farm manager called in, very nervous, said his Romanian pickers "are always asking for more hours". Visit by GLAA: workers confirmed 45hr weeks, minimum wage paid, own accounts, free to leave. Nothing further.""")
    T("""Interpreter-mediated debrief (Slovak). "We were 22 people in one house in Sheffield, Page Hall. Two toilet. Mother with small child in the loft. Every Friday Roman take the bank cards from everybody and go to cash machine. I see him with all the cards, maybe 15." """,
      "WW AC", "OA PLC MBC NCW", "L")
    T("""ATM CCTV review, Halifax branch Hyde: same male, aged 30s, withdraws from 9 different cards between 0102 and 0115 hrs. Cards registered to 9 different adults all at 12 Moss Lane.""",
      "", "MBC", "L")
    T("""My son is 21 and works 14-hour shifts at the hospital as a junior doctor, he's exhausted but he loves it. Not sure why I'm writing here really, just worried about him.""")
    T("""Voice note (translated from Amharic): "Sister, I am in the house of the madam in Harrow. I clean, I cook, I look after three children, from 5 morning until midnight. She take my passport when I arrive from Dubai with them. She pay me nothing here, she say my salary goes to my agency in Addis. I cannot go out, only to take children to school with her." """,
      "EO RD WW RM", "LH DT NCW RMS ET", "D")
    T("""Debrief. IP (Filipina, 38) was brought to London by diplomatic household. "I slept on the floor of the kids room. I eat what is left. Ma'am slap me when I break a glass. She said nobody will believe you, you are only maid." IP escaped via Kalayaan.""",
      "AC PSV", "SW", "D")
    T("""Au pair aged 20 from Spain, lives with family in Guildford, works 25 hrs/week, £100 p/w pocket money, own room, college two evenings. Host mother queried with us whether long hours at weekends were ok. Advised on au pair guidance. Not MS.""")
    T("""Account from PV (Nigerian, 19) via Hestia: "My auntie brought me to UK when I was 15, she told my mother I will go to school. I never go to school. I do all the cleaning, washing, cooking for her and her husband and four children. If I make mistake she beat me with the belt. I did not know the address, I never went outside alone." """,
      "DEC AV PSV ISO RM", "IS RMS", "D", "high")
    T("""DS note: IP says "sometimes they give me food, sometimes no, they say work first". IP observed to be extremely thin, sores on hands from cleaning chemicals with no gloves.""",
      "AC", "PA", "L")
    T("""This is Elena again. I want to say I did not tell truth before. The man who was with me at the hospital he told me what to say. He said say you are his wife, say you have job in restaurant. I am not his wife. I am afraid of him and of the police.""",
      "", "FA SFW", "")
    T("""Council HMO licensing inspection, 44 Harrowby Rd. Seven tenants, each with own AST, rent paid individually by standing order, all spoke to inspector in English. Minor fire door issue. No MS concerns.""")
    T("""IP: "My passport? It is in my drawer at home, I keep it myself. The agency photocopy it only, for the right to work." Confirmed by officer on home visit.""")
    T("""Intelligence suggests MARKU brothers supply Albanian males to cannabis grows across Kent. Males are told they will work in construction, then moved into grow houses and told they owe £20k for transport. Not allowed to leave premises. INT 2/B/P.""",
      "DEC DB RM", "RMS UF", "C")
    T("""Interview (Albanian interpreter). "I come for work in building, my friend say good money. In London they take me to house, they say you water plants, you owe us twenty thousand. They lock the door from outside. Food they throw in window every three days. I think maybe Kent, I don't know." """,
      "DEC DB RM ISO AC", "RMS IS UF PLC", "C")
    T("""IP (Romanian, 45) stated that he begged outside Sainsbury's in Nottingham city centre every day and gave the money to 'Uncle' who drove him there. "If I bring less than 50 pound he don't give me food." IP has one leg and uses a crutch.""",
      "AV AC WW", "ET", "C")
    T("""Beggar outside Boots on Briggate says he's homeless, lives in a tent by the canal, no one with him, keeps what he gets. Outreach offered a hostel bed. No exploitation.""")
    T("""Transcript, child's account to social worker (boy, 14): "Man said I could earn £300 a week. He gave me a phone and I had to go to Ipswich and sell the food. If the money is short I owe him. He said I owe him £1,000 now because I got robbed. He hit me with a belt. I can't go home because he knows where my mum lives." """,
      "AV DEC DB PSV IT", "", "C", "high")
    T("""Missing from home report: Kayden (15) missing 3 days, believed in Swansea with older males from Birmingham, phone pinged at trap house on Heol Maes. Mum says he texted "they won't let me come home".""",
      "AV RM", "RMS", "C", "immediate")
    T("""My daughter is 16 and works Saturdays at the chippy. she does long shifts in the holidays and comes home smelling of fat, but she gets £8 an hour and the owner is lovely.""")
    T("""YP (17, female) said in interview: "He was my boyfriend, he bought me things, then he said I have to pay him back by being nice to his friends. He drove me to hotels in Rochdale. I didn't want to but I was scared of him." """,
      "AV DEC DB", "ET FA", "S", "high")
    T("""Adult Services referral. Sarah (44, learning disability) has a new 'friend' who moved into her flat in Hartlepool with two other men. They use her flat to deal from and took her bank card; her PIP is gone within a day of being paid. Neighbour says Sarah is seen wearing the same clothes and not eating.""",
      "AV WW", "NCW PA", "C")
    T("""Cuckooing suspected at 7 Ashgrove Court. Tenant (male, 58, alcohol dependent) says "they're mates, they give me cans, they can stay". No signs he's being prevented from anything, no threats he'll admit to. Monitor.""",
      "AV", "", "C")
    T("""I write to you because I am in very bad situation. I was promised a job as chef in a Indian restaurant in Bradford with Tier 2 visa. I paid 8 lakh rupees. Now the owner keep my BRP in his safe and I work as kitchen porter 7 day a week, he give me £200 a month and say the rest is for my visa cost. Please help, I cannot go home with this debt.""",
      "DEC RD EO WW DB", "DT LH UF", "L")
    T("""Anonymous: thers a lot of foregn men living above the kebab shop in Rhyl they come down to work at 10am and dont finish til 3 am I never see them go out anywere else. one of them had a black eye last week""",
      "EO", "LH IS PA OA", "L")
    T("""Labour exploitation debrief (Czech Roma family, 5 adults). They explained in Czech, via interpreter: gangmaster arranged everything, took their passports "to get NI numbers", opened bank accounts for them at Lloyds with his address. Cards and PINs kept by him. Paid £20 per week each "pocket money". Told they owed £2,000 each for the coach from Ostrava and rent. All lived in one two-bed house in Kettering.""",
      "RD WW DB AC", "DT NCW UF OA MBC", "L")
    T("""Sorry my english. I am Ukrainian, I came with the Homes for Ukraine. My sponsor family are kind, I work in hotel in Keswick housekeeping, pay is normal. I only ask for information about my rights in work.""")
    T("""Ring doorbell footage shows a man shouting at three workers in a van at 05:40, one of them appears to be pushed back inside. Caller says "they look terrified, never speak to anyone".""",
      "PSV", "CE FA", "L")
    T("""Debrief of Ghanaian male (32), fishing vessel out of Newlyn. "I come on transit visa for the boat. Skipper take passport when I come on board. I live on boat, all the time on boat, I cannot go to town. We work 20 hours sometime when fish is there. Pay supposed to be 1,000 dollar a month, I get 300." """,
      "RD RM EO WW AC", "DT RMS LH SW", "L")
    T("""Newlyn: crew on the Marie Claire are all Filipino on proper contracts with ITF-rate pay, passports held by themselves, shore leave given. ITF inspector satisfied.""")
    T("""She told me in Tagalog, which I speak: "I want to go home but my employer has my passport and I don't know anyone here. I don't even know what city this is." She was taken out by the family only to the mosque once a week.""",
      "RD ISO RM", "DT IS RMS", "D")
    T("""PC 4471 note: IP said her husband's family keep her at home, she does all housework for 9 people, she is not allowed a phone, they have her spousal visa papers. "They say if I leave, they tell Home Office and I am deported, and my family shamed." """,
      "ISO RD IT AV RM", "DT IS FA", "D", "high")
    T("""Neighbour dispute, Brixham Rd. Caller says family next door "keep the granny like a slave" because she does the washing. Attending officer spoke to grandmother alone: she lives with her son by choice, helps around the house, has her own pension and goes to church club twice a week. No offences.""")
    T("""Q: Did you get paid? A: "Yes and no. They say 70 pound a day. Friday they give 200 for the week and say the rest they keep for house and for food and for tax. I work 6 day." """,
      "WW", "", "L")
    T("""PV: "I owe them money for the travel. The debt start at 3,000. Now they say 5,000 because of the interest and the fines when I am late. I will never finish." """,
      "DB", "UF", "L")
    T("""Text messages shown to officer by victim (in Romanian, translated): "u think u can go? i know where your mother sleeps. bring the 200 tonight or i come to the village." """,
      "IT", "", "S")
    T("""Debrief: female, 24, Brazilian, working in flat in Glasgow Southside. "The woman who arranged it, she posts my photos on Vivastreet. Men come all day and night. She keeps the money for my 'debt' of 6,000 pound for the ticket. I have never been outside alone, she buys my food." """,
      "DB WW RM", "UF NCW RMS", "S")
    T("""Sex worker (34) spoken to during welfare visit at flat in Aberdeen. She rents the flat herself, advertises herself, keeps her own earnings and says nobody controls her. Given NUM card and advice.""")
    T("""IP said through the Kurdish Sorani interpreter: "When I refuse to work the boss take my phone and he say you don't call nobody, you are mine now. I was at car wash in a place with fields, no houses. The boss brother he sleep in front of the door." """,
      "ISO RM", "IS RMS", "L")
    T("""IP (Eritrean, 26) says he was promised £8/hr on chicken farm in Herefordshire. Paid nothing for 2 months, "the boss say after the harvest". Lives in a shed with no heating, shares one tap with 7 others. Fearful of police as undocumented.""",
      "DEC WW AC AV", "PLC OA FA", "L")
    T("""Guy at the factory told me "we are not slaves here, we have union, payslips, we go home at 5". He wanted me to know because the newspaper wrote about other factory in the town.""")
    T("""ABE interview (girl, 13): "He said I was his girlfriend. Then he said his cousin liked me and I had to do stuff with him. When I said no he slapped me and said I'd been bought." """,
      "AV PSV DEC", "", "S", "high")
    T("""The man gave me a job at his bakery. Very nice man, he give me room above shop, the room is small but clean. I work 5am to 1pm, Sunday I go to church. He pay me by bank. I am happy, I don't know why you ask this.""")
    T("""Extract from PV's NRM narrative (man, 40, Polish, alcohol dependent): "They found me at the soup kitchen in Luton. They said come, work, we give you a room and vodka. Every day they give me a bottle, I work on the roofs, no harness. I never see wages. When I want to leave they say you are too drunk, nobody will take you." """,
      "AV WW AC", "", "L")
    T("""Vietnamese female (20s) in nail bar in Barnsley refused to speak to officers, constantly looked at the manager who answered every question for her. She had no phone, no ID and said (via manager) that she lived upstairs.""",
      "", "SFW FA SW", "L")
    T("""My aunty is staying with a family in Leeds and cooks and cleans for them. She says she gets paid £1,500 a month into her own account and has every weekend off. She asked me to look up how to get her own visa so she can stay. Is this normal?""")
    T("""Interpreter (Mandarin) summary: PV came to UK on student visa arranged by 'agent' who took 80,000 RMB. Agent collected her from Heathrow, took her passport and phone, drove her to a flat in Cardiff. Told she must work in massage to repay. Men visited. PV says "he watches me with camera, I cannot go anywhere." """,
      "DEC DB RD ISO RM", "UF DT ET IS RMS", "S")
    T("""Q: Did they ever threaten you? A: "No, never. They were not nice people, but no threat." Q: Could you leave? A: "The door was open, I could go out but I had nowhere to go and no money because they paid me nothing for four months." """,
      "WW", "", "L")
    T("""Call handler log 11:02: Male caller, broken English, says "I work in hand car wash, boss kick me in stomach this morning, he say I am slow". Caller at Shell garage on A6, Kendal. Ambulance declined.""",
      "PSV", "PA", "L")
    T("""Interview, Ethiopian man (30) at Home Office substantive interview: states he was held in Libya and forced to work in construction for months without pay before crossing Mediterranean. In UK since 2023, no exploitation here, living in asylum hotel.""",
      "RM WW", "", "L")
