# fresh264 part 4: first-person accounts, debriefs, longer narratives and look-alikes
def add(T):
    T("""Debrief account, taken with Vietnamese interpreter at Lewisham custody, 02/11.
I am 17. My family borrow money from a man in our village for me to go to England so I can work and send money. I travel by plane to Russia, then walk, then in lorry. In France they put me in a lorry with others. In England a man collect me, he take me to a house. He take my phone. He say I must look after the plants, give water, change the lights. He lock the door from outside. He come two times a week, bring rice and noodles. I sleep on the floor near the plants, it is very hot and the smell make me sick. He say my family owe $25,000 and if I run away the police will put me in prison and the people in village will hurt my mother. I do not know where I am, I never go outside. One time I ask to call my mother and he hit me with a pipe. When police came I was scared, I thought I would go to prison.""",
      "AV DB ISO RM AC IT PSV", "IS RMS SW PLC FA", "C", "high")
    T("""First-person statement (learner English, written by client at Hestia session): When I come to London my friend husband say I can work in his shop and stay with them. First month OK. Then he say I must pay £400 rent and £200 for food and he take all my wages for this, I have nothing. I work in shop 8 in morning till 11 night, seven days. If I say I want to leave he say 'you go where? you have no papers, police take you.' I am afraid. I don't have friend here. (Worker's note: client wrote this herself and asked me to type it up. She gave permission to share it with the police and the Salvation Army. The shop is in Upton Park. She will meet an officer at our office next Tuesday with an interpreter.)""",
      "DEC WW EO IT", "LH FA NCW", "L")
    T("Statement of witness (extract): I have known Mr SANDHU for 10 years. I work for him at his warehouse in Barking as a forklift driver. I am paid by bank transfer every week. I have my own passport at home. I have never been threatened. I work long shifts sometimes but I am paid overtime and I choose to do them.",
      "", "", "")
    T("""Case review (MSVCC, Croydon): Client is a 34 year old Romanian woman. She met a man online in 2022 who said he loved her and wanted a life with her in London. He paid for her flight. In London he introduced her to 'friends' and after two weeks told her they had no money and she had to 'help' by going with men. She refused and he slapped her and told her she owed him for the flight and the flat. He arranged clients through an app and collected the money. She was moved between Airbnbs in Croydon, Sutton and Lewisham. She was allowed her phone only when he was present. She escaped after a client called police for her. She has her ID card; she says he never took it. She now lives in a safe house and is engaging well.""",
      "DEC PSV DB WW ISO", "IS NCW", "S")
    T("I work in the kitchen. Boss say I must sleep in the kitchen because no room. I sleep on boxes. I work every day, no day free. He give me £50 sometime. I want to go home but he have my passport.",
      "AC EO WW RD", "SW LH DT", "L")
    T("Note of call, Newham MASH: Mum rang, says her 17yr old daughter is now 'with a boyfriend' who is 28 and the daughter has stopped coming home. Daughter says she is happy, is in college, attended the meeting with her mum. Boyfriend not known to police. Advice given. No exploitation indicators at this time.",
      "", "", "")
    T("""Victim account (translated from Albanian by Language Line), Woolwich. I was 19. I came to England because a man on Instagram said there was work washing cars for £60 a day and a room. I paid €3,000 to the men who brought me. When I arrived they said the job is in a house with plants. They said 'the debt is now £20,000, you work until it is paid'. Two other boys were there. We were not allowed out. The windows had wood on them. One time a boy tried to leave and they beat him in front of us with a bat. They said if we talk to police they will find our families. I was there 5 months. I was never paid.""",
      "DEC DB RM PSV IT WW AC", "UF RMS PLC", "C")
    T("Supervisor note, Amazon fulfilment centre Dartford: HR query whether staff on 4x12 hour shifts constitutes 'excessive hours'. All staff on contract, breaks taken, voluntary overtime paid at premium. Not a safeguarding matter.",
      "", "", "")
    T("I was a nurse in the Philippines. The agency say I will work as senior carer in UK at £25,000. They charge me £6,500. The care home in Croydon put me on nights, 60 hours, and take £400 every month for the 'visa cost'. The manager keep my passport 'for checks' for one year. When I complain he says I will lose my visa and go home with the debt. (Note by support worker, Migrant Help, Croydon: client has contacted the sponsor licensing team; Home Office have been informed and she has been given 60 days to find a new sponsor. She is staying with a friend in Thornton Heath. Referred to the Salvation Army and to a solicitor.)",
      "DEC WW DB RD IT EO", "UF DT LH FA", "L")
    T("Debrief: Male stated he came from Poland voluntarily and has worked at the same car wash in Lewisham for 3 years. Owner is his friend. Has own bank account, paid weekly. Was asked about passport: he has it. Asked about threats: none. He was a witness to a road traffic collision only.",
      "", "", "")
    T("""Long-form referral, Tower Hamlets Adult Safeguarding: Concerns raised by the district nurse about Mrs X, 52, Bangladeshi, who lives with her son and his family in Poplar. Mrs X has diabetes and a leg ulcer. The nurse observed that Mrs X sleeps on a mat in the kitchen, appears to do all the cooking and cleaning for 9 people, and has been told she cannot attend the mosque women's group any more. The son collects her pension and controls her bank card. When the nurse asked her directly, Mrs X said 'I am their servant now, I have nowhere else'. She does not speak English and the son always interprets. She has not been allowed to call her sister in Birmingham since Eid.""",
      "AV ISO WW RM AC", "SW NCW SFW IS RMS", "D")
    T("Email from a student at UEL: 'My landlord in Stratford asked for my passport to copy for right to rent. He gave it back straight away. Is that allowed?' Advised yes. No concern.",
      "", "", "")
    T("Account from client (Sudanese man, 26): The man at the car wash said 'you are my slave now, you have no papers'. We worked from light until dark. In winter no gloves, in summer no water. He kick me when I was slow. We slept 6 in a room above a garage in Thornton Heath.",
      "AV PSV AC EO", "OA LH PLC", "L")
    T("I am Bulgarian and i come to london with my husband for work. Agency tell us good hotel job. But the job is cleaning rooms 14 hours and they pay by room, £2 a room, and they take the transport money £60 every week. We live in one room with another family. I want help please.",
      "DEC WW EO", "LH CT OA", "L")
    T("Debrief of 15yr old (Lewisham CSC present): YP states his 'brother' (not a relative) gives him money and clothes and sometimes asks him to 'drop stuff'. YP said he doesn't have to, and nobody has threatened him, but he owes him for the trainers. Concerns re grooming for CCE noted.",
      "AV", "", "C", "high")
    T("""MSVCC case closure summary: Client K (Indian national, 48) was recruited in Punjab by an agent who promised a job as a cook in a gurdwara in London. He paid ₹8 lakh, raised by mortgaging his family's land. On arrival at Heathrow he was met by a man who took his passport 'to register him'. He was driven to a house in Ilford where 11 men lived. He worked at a cash and carry in Barking and then at building sites, 7 days a week, 12-14 hours a day. He was paid £100 a month; the man told him the rest covered rent, food and the 'loan'. He was not allowed to go out except to work, always in the man's van. He was told that if he went to the police he would be deported and his family would lose their land. He came to notice when a customer at the cash and carry found him crying and called the helpline. NRM positive conclusive grounds. He has returned to India with support.""",
      "DEC RD WW DB RM IT EO AC", "UF DT OA LH ET FA", "L")
    T("I have been working at the nail salon for 2 years. I am paid by the hour into my own account. I have a British passport. I came here to check about my friend, not me.",
      "", "", "")
    T("""Witness account (neighbour, Forest Gate): I see them every morning, maybe 5am, a white Transit comes and about 8 men come out of the house at number 71 and get in. They come back late, 10 or 11pm. Bins always overflowing, mattresses put out in the garden. One of the men told me in the street that the man who owns the house takes money from their wages for the bed and the van. He said he wanted to leave but he 'owes Marek'. I have never seen them on a day off. I didn't know who to call so I rang the police non emergency number. I don't want my name given to them because I live across the road. The van is white with no writing on it and a dent in the back door. There is also a black Audi that comes on Sundays, I think that is Marek's car.""",
      "DB WW EO", "CE OA LH CT", "L")
    T("I was told I was coming to study. When I got to the house in Croydon they said first I must work to pay for the school. I cleaned and cooked and looked after the baby. I never went to school. My uncle say if I tell anyone he will send me back and my family will be shamed.",
      "DEC IT AV", "", "D")
    T("Note: Mr F (Croydon) asked whether his arrangement with his mother's live-in carer is legal: carer works 5 days, has own room, gets £650 per week, keeps her passport, goes home to Poland every 6 weeks. Advised to check contract and tax. No concerns.",
      "", "", "")
    T("""Victim statement extract (Thai female, 31, via interpreter): The agent in Bangkok said massage work only, good money, I pay back 600,000 baht slowly. In London the boss said I must do 'full service'. I said no. He said then I pay the debt now or he send photos to my family. We were 4 girls in a flat in Canary Wharf. We sleep in the same rooms we work. We can only go outside with the driver to buy food. Every customer pay the boss, I get nothing, he say it goes to the debt. I saw maybe 10 customers a day. I was very tired and sick. I was there for 7 months. The police came in the night and I was very afraid because the boss said police will send me to prison. Now I am in safe house and I have lawyer. I want to go home to my daughter in Udon Thani but I am afraid of the agent.""",
      "DEC DB IT RM WW EO", "UF ET SW NCW LH FA", "S")
    T("I choose to sell sex. I work from my own flat in Lewisham, I set my prices, nobody takes my money. I am reporting a client who would not pay.",
      "", "", "")
    T("Debrief: male, 20, Eritrean, said he paid smugglers in Libya but that is finished. In the UK he stays with a cousin, works in a warehouse via agency, payslips seen. Officer asked about debts, threats and documents. Denied all. Released with no concerns.",
      "", "", "")
    T("Text message shown to officer by victim (Croydon): 'u think u can leave? ur mum lives in Kukës remember. u work til I say. 500 more and ur free maybe'",
      "IT DB", "", "", "high")
    T("""Case notes, Southwark CSC, Child R (14), month summary: R has been missing 6 times. On two occasions he was found in Bournemouth and once in Swindon with class A drugs plugged. R has a fractured finger which he says happened 'playing football' but the police believe he was assaulted after losing a package. R's mother reports men come to the door at night. R says he owes '2 bags' and that 'they know where my little sister goes to school'. R is refusing to engage with the YOT worker and says police are 'snitches' and he will get hurt if he's seen talking to them. Multi-agency strategy meeting arranged; NRM referral made. Actions: CCE screening tool completed (high), referral to the Rescue and Response project, disruption activity against known adults, school informed.""",
      "AV PSV DB IT", "PA FA", "C", "high")
    T("My boss at the restaurant in Brick Lane pay me £300 for 6 days, I work 11am to 11pm. My friend say this is wrong. But he does not keep my passport and I can go if I want, I have other offers. I think just low pay.",
      "WW EO", "LH", "L")
    T("Debrief of female (Chinese, 45) arrested at a massage parlour in Walthamstow: she said she works for herself, rents the room, keeps her money and has her passport. Officers found no indication of control or coercion. Released.",
      "", "", "")
    T("""Referral narrative (Newham CSC, emergency duty team): At 23:40 hrs police brought in a 13-year-old girl found at a house party in Beckton. She was intoxicated. She told the officer that an older man called 'Fizz' gave her vodka and pills and then she 'had to go upstairs with his friends'. She has a bruise on her neck. She says Fizz has been giving her money and a phone for weeks and that she 'owes' him. Police have arrested two males at the address. Fizz is not yet identified and is believed to have other girls. Medical at Haven arranged. Placed with emergency foster carers overnight. Mother informed and attended. Strategy meeting booked for 10:00.""",
      "AV PSV DB", "PA", "S", "high")
    T("We was promise £10 hour. They pay £4. We live 12 person in house, one bathroom. Every morning minibus 5.30. They take £20 every week for minibus. If I complain boss say 'go home then'.",
      "DEC WW", "OA CE CT", "L")
    T("Debrief: Young man, 19, Romanian, arrested for shoplifting in Croydon. Stated he steals for himself because he has no money, no one tells him to. No one takes the goods. Has his own ID. NFA re exploitation.",
      "", "", "")
    T("""Support worker note, Salvation Army safe house: P (Lithuanian male, 39) described in his own words: 'Man in Vilnius say easy job, factory, £400 week. I come with bus. He meet me in Victoria, say give me passport, I sort bank. Then bank card he keep. Work in factory in Dagenham, potato, then building. I get £40 every Saturday, cigarettes. He say rest is for room, bus, food. Room is garage, 5 men, no heating, toilet in garden. I ask for passport, he punch me in face. He say "if you go, I find you".' P has a healed fracture to his nose. He is receiving support and has been seen by a dentist and a GP. Barking and Dagenham police informed; he has agreed to an ABE interview.""",
      "DEC RD WW PSV IT AC", "DT NCW OA PLC PA CT", "L")
    T("I live with my uncle and auntie in Lewisham. They are kind. I go to school and help with cleaning on Saturday like my cousins. Teacher was worried but I am OK.",
      "", "", "")
    T("PCSO notes, Tower Hamlets: spoke to the workers at the market stall, all English speakers, family business, paid. Earlier report of 'child workers' relates to the owner's teenage son helping on Saturdays. NFA.",
      "", "", "")
    T("Message from victim to Unseen app (translated, Romanian): 'please help me, I am in london, I think plaistow, they don't let me go out, the man take my phone, this is the phone of a client. they make me do sex with many men. I am afraid he will kill me'",
      "RM ISO IT", "RMS IS FA", "S", "immediate")
    T("""NRM referral (Croydon police, First Responder), summary: PV is a 42 year old Vietnamese female arrested at a nail bar in Purley. She states she paid £12,000 to a 'company' in Hanoi for a job in a nail salon in England. On arrival she was told she owed a further £8,000. She has worked at three salons in Croydon over 18 months, 6 days per week, 9am–8pm. Her wages are paid to the salon owner's sister who sends 'some' to her family. She lives above the salon with 5 other women, sleeping on camping mats. She is not allowed to go out after work 'because of police'. She says the owner's husband 'touched her' and she could not refuse. She is visibly anxious and asked several times whether she will be deported.""",
      "DEC DB EO WW RM PSV AC", "UF LH NCW OA PLC RMS FA", "L S")
    T("He said it would be a good job in a hotel. It was washing dishes in a basement with no windows, 15 hours. He had my passport. I had no phone, no friends, I didn't know where I was in London.",
      "DEC AC EO RD ISO", "LH DT IS", "L")
    T("Victim (British, 23, learning difficulties) states her 'friend' took her to the Job Centre and to open a bank account, and now has her card and PIN. She gets £10 a day from him. She also says he lets men come to her flat in Sydenham and 'do things'.",
      "AV WW", "NCW", "S")
    T("Debrief: Bangladeshi student, 22, working 20hrs a week at a Tesco in Whitechapel within visa conditions. Was stopped as a witness to a robbery. Holds own documents. No exploitation.",
      "", "", "")
    T("I pay the boss £1,500 to get the job at the factory, now I work off the rest, £2,500, but every month he says I owe more for the food and the room. I think I never finish.",
      "DB", "UF", "L")
    T("""Officer's statement (extract), Operation KESTREL, Croydon: At approx 06:05 hrs on 12/11 I attended 19 Bensham Lane under warrant. In the rear bedroom I found four females, all later identified as Romanian nationals aged 19 to 24, sleeping on two double mattresses. The door to the room had a bolt on the outside. In the kitchen I found a drawer containing four Romanian identity cards, four bank cards in different names and a notebook listing dates, amounts and first names which I believe to be a ledger of bookings. The females appeared frightened and one said in English 'we cannot talk, he will know'. The male occupant, Florin BADEA, was arrested for offences under the Modern Slavery Act 2015.""",
      "RM RD WW", "RMS DT MBC OA FA", "S")
    T("Volunteer at Newham foodbank: man told me he's 'a slave to his job' as a chef, works 50 hours, loves it, saving to open his own place. Just wanted to note it was said as a joke.",
      "", "", "")
    T("I came to UK to be a footballer, the agent said trial with a big club. He took my passport. No trial. Now I wash cars in Ilford for him for free to pay back my flight.",
      "DEC RD WW DB", "DT", "L")
    T("Debrief: Victim says nobody ever locked the door; she could go out but the boss's cousin always came with her 'to show her the way'. Victim's phone had only the boss's number in it. She has no contact with her family in Nigeria since arriving.",
      "RM ISO", "ET IS", "")
    T("""Partner referral (Lewisham Refugee and Migrant Network): F, a 30 year old woman from Sierra Leone, was brought to the UK in 2019 by a woman who said she would be a nanny and study nursing. She lived with the woman's family in Catford. She was expected to get up at 5 to prepare breakfast, do the school runs on foot, clean the whole house, cook, and look after the baby through the night. She has never been paid. Her passport is 'in the bank'. She was told that if she left she would be arrested because her visa had expired and that the woman's brother in Freetown 'knows her mother'. She has lost a lot of weight. She came to us after a member of our church saw her crying at the school gate.""",
      "DEC EO WW RD IT AC", "LH DT PA", "D")
    T("Client says: 'My employer is strict but fair, I can call my family any time, I have Sundays off, my passport is in my room.' Referrer's concern was that the employer does not allow visitors. Not exploitation.",
      "", "", "")
    T("i woz told 2 do the run or they'd hurt my nan. they took my fone so i couldnt call no one. i was in a flat in margate 4 days",
      "IT ISO RM", "IS", "C", "high")
    T("Debrief (Croydon custody, drugs arrest): 17yr old male from Sutton found with 40 wraps in a flat in Brighton. States he chose to deal and keeps all the profit, does not work for anyone else. Denies threats or debts. Concern remains due to age; referred to CSC for assessment.",
      "", "", "", "high")
    T("My cousin said she get me job in London, a salon, and I can stay with her. In the salon I work 10 hours, she keep all my money 'for safe' and she give me nothing. When I ask she say I am ungrateful and she will send me to my village with nothing.",
      "DEC WW EO IT", "NCW LH", "L")
    T("Kidney transplant patient at Guy's asked ward nurse about 'buying a kidney abroad' after a long wait. Nurse advised him this was illegal and dangerous. Patient said he would not do it. Recorded for information.",
      "", "", "")
    T("""Account recorded by NCA (Operation relates to Newham): A 29 year old man from Pakistan says he was taken to a private clinic in a third country by a man he met in East Ham who promised £8,000 and a UK work visa for his 'help'. After tests, his kidney was removed. He was given £1,500 and no visa. He was told that if he spoke to anyone his younger brother would 'be next'. He returned to London and is now working in a takeaway to pay off the money he borrowed for the flights. He attended the Hackney Migrant Centre drop-in and was referred to us. He has not been seen by a doctor since the operation and reports pain. Referred to GP and to the NCA via the MSHT Unit. Immigration advice arranged.""",
      "DEC AV IT DB", "", "O")
    T("I am from Albania. When I was 16 a man in my town say he love me. He bring me to London, he say we will marry. Then he say I must work for our future, with men. Every night he take the money. If I cry he hit me.",
      "AV DEC WW PSV", "NCW", "S")
    T("Debrief note: worker at Tilbury logistics hub says agency provides free transport from East Ham and free PPE; pay £12.60/hr into own account. Asked if anyone takes money or holds documents – no.",
      "", "", "")
    T("He don't let us have day off. 7 days, 7 till midnight. If we sit down he shout. The food is only bread and tea.",
      "EO AC", "LH", "L")
    T("Note: A man flagged by the bank for 'multiple cards' in Stratford is a legitimate carer who manages cards for three elderly clients with lasting power of attorney. Papers seen. No concern.",
      "", "", "")
    T("I want to report my old boss at a car wash in Rainham. He paid me £3 an hour, never gave days off and one time he punched me. I left and now I work somewhere good. I think other lads are still there.",
      "WW EO PSV", "LH", "L")
    T("Translated note (Tigrinya): 'The man who drives us says we owe him for the boat. He takes our wages every week. He says if we stop working he tell Home Office and we go to Rwanda.'",
      "DB WW IT", "NCW FA", "L")
    T("Neighbourhood team, Bromley-by-Bow: visited address after report of '15 people living in a 2 bed'. Found a family of 5 and 2 visiting relatives. No overcrowding beyond the family, all documents held by themselves. NFA.",
      "", "", "")
    T("Victim statement extract: 'The woman said I can only call my mother on Sunday, with her listening, on speaker. She tell me what to say. If I say something wrong she take the phone for one week.'",
      "ISO", "IS", "D")
    T("I'm a bricklayer, self employed, I work 60 hour weeks in summer because the money's good. Somebody put in a report about my lads being worked to death. They're paid day rate, £180, they go home when they want. Waste of police time.",
      "", "", "")
    T("""Outreach worker log, Stratford: Spoke to G (Romanian, about 25) at the Broadway. She said she works 'on the street' for a man called Costel who took her from Iasi with promises of a waitress job. He keeps her ID card and takes her money each night. She has to bring £300 a night or 'problems'. He watches her from a car parked on the corner. She says she can't leave because he knows her family and has said he will hurt her little brother. She has a cut on her lip. Offered support, she declined today but took the card. Follow-up planned at the same spot Thursday night with the Met's Stratford MSHT officers briefed. Vehicle partially seen, blue Ford Focus. Shared with Newham Council's outreach team.""",
      "DEC RD WW IT RM PSV", "DT NCW PA", "S")
    T("Officers spoke to the workers at the Deptford bakery. All had contracts, payslips, own passports. The night shift is by choice with a premium. No exploitation.",
      "", "", "")
    T("She said she was 'owned'. The man bought her from her 'auntie' in Lagos for £2,000 and she had to work in his house in Woolwich to 'pay back her price'.",
      "DB", "", "D")
    T("CAD 7220: Female caller states she has been locked in a room in a flat in Greenwich for 2 days, man has taken her phone, she is using a phone she found. She doesn't know the address. Trace ongoing.",
      "RM ISO", "RMS IS", "", "immediate")
    T("""GLAA inspection report summary, East Ham packing house: 62 workers on site, supplied by two labour providers. One provider (licensed) fully compliant. The second provider, unlicensed, was supplying 14 workers from Romania; all 14 had been told by the provider's boss that they must pay £250 each for 'training and PPE' before starting, which was being deducted at £50 a week. Their pay slips showed deductions for accommodation at 4 addresses in Manor Park (5 to 7 workers per house) and £12 per day transport. Two workers said they had asked to leave and were told they would have to pay the full debt first. None of the workers had been threatened with violence and all held their own ID. Referral to GLAA enforcement.""",
      "WW DB", "UF PPE OA CT", "L")
    T("i dont know if its slavery but my mate's brother works at a restaurant in croydon and the boss makes him sleep in the restaurant and he's not allowed to go out in the day",
      "RM AC", "SW RMS", "L")
    T("Debrief: POI states he was forced by his landlord to hold drugs. On investigation: POI and landlord are co-defendants in a conspiracy; messages show POI recruiting others. Exploitation claim not supported by evidence. Section 45 defence rejected by CPS.",
      "", "", "")
    T("I clean the offices at night in the City, my agency pay me into my bank, I have holidays. I heard other cleaners from my country are not paid, that's why I call, but I don't know where they work.",
      "", "", "")
    T("Witness says the Vietnamese boy at the nail bar in Bexleyheath has no coat and the same clothes every day, always has his head down, never speaks. The woman owner drives him home every night and he's never seen alone.",
      "RM", "PA ET FA", "L")
    T("Client (Polish, 58, alcohol dependent) says his 'friends' took him from Barking to work on a building site in Kent, he worked for 3 weeks for vodka and cigarettes, they said that is his payment.",
      "AV WW", "", "L")
    T("Note from Lewisham Council: Romanian man found sleeping in a bin store in Catford. Says he came to work for a builder but was never paid and the builder now won't answer his phone. Builder has his ID card.",
      "WW RD", "DT", "L")
    T("Referral from Redbridge CSC (resident in Newham): child, 11, seen selling tissues at traffic lights on Barking Road with an adult man who collects the money. Child not in school.",
      "AV WW", "NCW", "C", "high")
    T("Debrief: female arrested for cannabis cultivation in Charlton. She states she is the tenant, she set the grow up herself to make money, and nobody forced her. Admitted offence. No exploitation.",
      "", "", "")
    T("INT 2/B/P. Information that a 'dating' group on WhatsApp is being used to recruit young Colombian women for escort work in Canary Wharf. Women are told they will work in hospitality. On arrival their passports are taken 'for the hotel' and they are driven everywhere by the organisers.",
      "DEC RD", "DT ET", "S")
    T("I am staying in the house in Barking with 20 more men. We sleep on floor. The boss give each man bank card but he keep the PIN and card. We get cash Friday, £50.",
      "WW", "OA NCW MBC", "L")
