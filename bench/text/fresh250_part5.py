# fresh250 part 5: longer reports, statements and closures, end of month
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""Gloucestershire Constabulary - Operation Aidant day of action, results summary (Gloucester and Cheltenham).
Officers, together with GLAA, HMRC, Immigration Enforcement, Gloucester City Council licensing and the fire service, visited 14 premises (7 hand car washes, 4 nail bars, 2 takeaways and a barber). At 11 premises no indicators of exploitation were found: staff were spoken to privately, held their own documents, were paid into their own accounts and lived in independent accommodation. At a car wash on Bristol Road, three Kurdish men said they were paid £40 a day for 12-hour shifts, seven days a week, and slept in a converted shipping container on the site with no toilet; the operator was arrested. At a nail bar on Northgate Street, a Vietnamese woman gave rehearsed answers and had no money or phone; she was taken to a reception centre and has since entered the NRM. At a takeaway in Cheltenham, a 16-year-old Bangladeshi boy was found working in the kitchen at 11pm on a school night; the owner said he was his nephew. Children's services were informed. Two fire prohibition notices were served for people sleeping above commercial premises.""",
  "WW EO AC AV", "LH SW PLC FA", "L", "high")

T("""Bristol 101: Complaint that someone has been using the caller's address to register cars. Fraud advice.""")

T("""Victim personal statement, read at Bristol Crown Court (extract, redacted):
"Before all this I was a normal 19-year-old in Brno. I wanted to save money to study. A man I met online said I could be a waitress in Bristol and earn in one month what my mother earns in six. When I arrived, the job did not exist. They took my passport and said I owed £4,000 for the flight and the room and the 'paperwork'. For seven months I was made to have sex with men in flats in Bristol, Bath and Cardiff, sometimes ten men in a day. I was never alone. I was not allowed a phone, except the work phone that they read. When I cried they hit me, and once they held me under cold water in the bath. They told me they had photographs of my little sister going to school. I did not know what city I was in most of the time. I still cannot sleep with the light off. I cannot be in a room with a locked door. I am learning to trust people again, slowly." """,
  "DEC RD DB PSV RM ISO IT", "DT UF RMS IS", "S")

T("""PCSO Yate: kids knocking on doors for charity, checked, genuine school sponsored event.""")

T("""Somerset County Council Trading Standards and A&S joint report - doorstep crime / labour exploitation.
An 81-year-old woman in Chard was charged £14,000 for roof repairs that were not needed. The work was done by two young men who arrived in a flatbed truck with a man in his 50s, who did all the talking and took the money. Neighbours saw the two young men working in heavy rain from 7am until dark without harnesses or gloves and eating crisps in the truck. When officers stopped the truck on the A303, the young men (both British, 19 and 23, from a traveller site in Wiltshire, one with a learning disability) were in the back without seatbelts. Both were thin and had dirty, torn clothing. They said they "work for their keep" and have done since they were 15. Neither had a phone, bank account or any ID; the older man said he "holds everything". The older man was arrested for fraud and for modern slavery offences.""",
  "AV AC WW RD EO", "PA SFW DT LH ET", "L C")

T("""Call log: 07:55. Woman reports her au pair (French, 20) hasn't come home from a night out in Bristol. Au pair rang at 09:10 from a friend's flat, safe. Closed.""")

T("""Account taken by a Hope for Justice Independent Modern Slavery Advocate, Bristol (client consent to share):
"K is a 38-year-old Romanian man who was picked up by a 'friend of a friend' at Bucharest bus station in 2024 and brought to Bristol to work for a roofing gang. K says the boss told him he would earn £120 a day. K worked on roofs all over Bristol, Bath and Weston from 7 in the morning until dark, six days a week, without a harness. K was paid nothing for the first two months because the boss said he was paying off the bus (€150) and the accommodation. After that he got £100 a week. He lived in a two-bedroom house in Lockleaze with 9 others, sleeping on a mattress in the kitchen. The boss took his ID card on the first day and kept it 'in the safe' with the others. In March K fell from a ladder and broke his ankle. The boss drove him to the hospital but told him to say he fell at home; when the doctors asked questions the boss answered for him. After that K could not work and the boss said K now owed £1,500 for the rent and would have to pay when he could work again. K left one night when the boss was in Romania. He is afraid the boss will find him and is worried about his family in Romania." """,
  "DEC WW DB RD AC EO", "UF DT OA PLC LH SFW PA FA", "L")

T("""Gloucester, welfare check requested by a GP on an elderly Sikh couple after the husband said "my son treats me like a servant". Visited; husband, 80, explained he was annoyed his son asked him to do the school run. Lives comfortably, own money, no concerns. Closed.""")

T("""From: duty social worker, Bath & North East Somerset Children's Services
Re: Young person B (15), referral from school.
B has been absent from school for most of this term. Her mother, who has alcohol problems, says B has been staying with "friends". Today B came into school with a new phone and £200 in cash, and told her form tutor that she goes to "parties" in Bath with older men who give her vodka and cocaine. She said a 20-year-old she calls "Ryan" drives her there and that she has to "do stuff" with his friends because Ryan has "paid for everything". When the tutor asked if she was OK, B said she's fine and "knows what she's doing". B has scratches on her neck. Police informed; strategy meeting arranged for this afternoon; B's whereabouts tonight is being confirmed with her mother. Ryan's car: black Seat Leon, partial reg "WU68".""",
  "AV PSV DB", "PA ET", "S", "high")

T("""Officers attended a farm near Dursley following a report of a "worker living in a barn". The man is a Polish national, 60, who has worked for the farmer for 12 years. He lives in a converted barn flat with kitchen, bathroom and heating, has his own car, is paid monthly into his own account and holds his own passport. He said he preferred the barn to a house in town. Farmer and worker both friendly and cooperative. No concerns; reporter informed.""")

T("""Avon and Somerset, Intelligence Report 2/B/P (sanitised)
Subject: a labour agency operating from a unit on the Cabot Park estate, Avonmouth, supplying warehouse operatives to distribution centres.
Information: Source is an employee of the agency. Source states that since January the agency has taken on around 60 Romanian and Moldovan workers recruited by an agent in Chisinau, each of whom paid the agent €400-€800. The agency arranges their accommodation through an associated company, in 9 houses in Lawrence Weston, Shirehampton and Avonmouth. Rent of £95 per week is deducted from pay, and workers are charged £6 a day for the agency minibus, which collects them at 05:00. Workers are told that they must work any shift offered, including double shifts, and that if they refuse they will be "sent home" and still owe the agent's fee. Source states a supervisor, known as "Dima", has slapped workers for being late and keeps a box of workers' bank cards in the office "so they don't spend it all". Moldovan workers' passports are held by the agency "for right to work checks" and not returned. Source states the workers are frightened of Dima and of being reported to immigration.""",
  "DB WW EO PSV RD IT", "UF OA CT CE NCW MBC DT FA LH", "L")

T("""Bath, late-night call: street fight outside a club, two males arrested. No exploitation.""")

T("""Client's own written account (in English, not edited), handed to a Red Cross caseworker in Bristol:
"my name is H. i am from sudan. i came in the lorry to uk 2023. i was in hotel for asylum in bristol. a man come to hotel he say i give you work, good money, cash. he take me and 3 other boys in car to a farm very far, i dont know the place. we pick the vegetables and we put in boxes. we sleep in a caravan, very cold, no water inside. he give us £20 for one week, sometimes nothing. he say if you go to the hotel the home office will know you work and send you back to sudan. one boy he try to go and the man hit him with his hand many times. we work every day when the sun come until the dark. after 4 month the hotel people call police because we are missing and police find us." """,
  "AV DEC ISO WW IT PSV EO AC", "IS PLC FA LH", "L")

T("""Gloucestershire Police licensing: premises licence review for a nightclub in Cheltenham following violence. Nothing relating to exploitation.""")

T("""Strategy meeting minutes (Child Exploitation), South Gloucestershire, held virtually.
Present: CSC, A&S Police (Exploitation Team), school DSL, YOT, health.
Young person: C, male, 16, Yate.
Summary: C has been stopped twice in Weston-super-Mare and once in Taunton in the last six weeks, each time in the company of an 18-year-old male from London linked to the "ZEDS" county line. On the last occasion he had £1,100 in cash and a bag of white powder in his sock. He has been missing overnight 5 times. His mother found a bloodied T-shirt in his room. C told his YOT worker that he "owes" the older boys because he "lost" £2,000 worth of stuff in a raid and that they have said they will stab his mum if he doesn't pay it off. He has started carrying a knife "for protection". C's phone has been seized; it contains threats and photos of his address. Actions: NRM, safety plan for mother, consider relocation, Disruption notices to adult males, multi-agency child exploitation plan.""",
  "AV DB IT", "FA", "C", "high")

T("""Mum phoned back to say her son came home, he was at his mates playing FIFA, sorry for wasting time.""")

T("""Report from a GP practice in Weston-super-Mare (via safeguarding lead):
A 35-year-old Latvian woman came in for a follow-up appointment for a hand injury that she said happened at work in a meat processing plant. At an earlier appointment she had been accompanied by a man who said he was her "supervisor" and did all the talking, insisting she was fine and needed a 'fit to work' note. Today she attended alone and disclosed that the man is part of the agency that brought her to the UK, that she owes them "about £900" for the bus and first month's rent, and that they have her bank card. She lives in a house with 8 other women in Weston, all working at the plant. The supervisor drives them to work at 5:30 and collects them at 7pm. She is paid about £150 a week in cash by the supervisor. She says she is afraid he will punish her for talking to the doctor.""",
  "DB WW EO", "PA SFW UF NCW OA CE ET LH FA", "L")

T("""Police note, Bristol Temple Meads: A young man asked officers for help because he'd lost his coach ticket to London. Helped him. No concerns.""")

T("""Somerset. Follow-up by the Kidney Unit at Musgrove Park Hospital: a patient from the Pakistani community in Taunton, who had been on the waiting list, has returned from a trip abroad with a transplanted kidney and no paperwork. He told the nurse his family "bought" the kidney from a "poor man" through a broker for about £20,000 and that the donor was "paid well". The unit has a duty to report under the transplant tourism guidance. Patient is now unwell with complications. Police and HTA informed.""",
  "AV", "", "O")

T("""Gloucestershire: A kidney donor, 48, donated to her brother at Southmead. The brother asked police whether he needed to report anything because he'd read about organ trafficking. Advised: living donation between relatives through the NHS with HTA approval is lawful; no concerns.""")

T("""From the MSVCC (Salvation Army) first-responder narrative, adult male, Bristol:
"Mr D, 50, British, has a long history of alcohol dependency and was living in a tent in Bristol when a man he knew from a hostel offered him 'a job and a bed' with a family in the Midlands. He was taken to a caravan site where he worked on tarmac and garden jobs for eight years. He was paid in alcohol and tobacco and occasionally £10. He slept in an old caravan with no electricity. He was regularly beaten, including with a shovel, and was told that if he ran away he would be found and 'put in the ground'. He was taken to work in vans and never allowed to go anywhere alone. The family's sons drove him to the Post Office to withdraw his benefits and took the money. He had no contact with his family, who had reported him missing. Mr D was found by police during a joint operation in the Midlands and has been returned to Bristol." """,
  "AV DEC WW AC PSV IT RM ISO", "PLC ET RMS NCW IS", "L")

T("""Cheltenham town centre: Staff at the Regent Arcade report a man giving out leaflets for "easy money, no questions, cash daily" to teenagers. Leaflets collected, QR code linked to a Telegram channel advertising for money mules. Intel submitted; schools informed.""",
  "", "", "C", "high")

T("""Bristol: call handler log, 15:21. Female, English, 22, says her landlord is making her clean his other properties for free because she's behind on the rent. She is free to leave but has nowhere else to go. Advice: civil/housing, Shelter. Caller doesn't think it's slavery.""",
  "AV DB", "", "L")

T("""Report from Gloucestershire Hospitals NHS Trust safeguarding team:
An ambulance brought a man in his 30s to Cheltenham General with severe burns to his hands and forearms from an industrial dishwasher at a restaurant. He was accompanied by the restaurant's manager, who said the man was a "friend helping out". Nurses noticed the man was very thin and wearing clothes that were too big for him, had no phone, no ID and no money, and didn't know the address where he lived. The manager kept trying to discharge him. When the manager stepped out, the man told a Bengali-speaking healthcare assistant that he had been working in the restaurant kitchen for two years "for food", that he sleeps on the kitchen floor, that the manager has his passport, and that he was told that if he spoke to anyone at the hospital he'd be "finished". Security was asked to keep the manager away from the patient, and police were called. The man is now on the ward and consenting to speak to police with an interpreter.""",
  "WW AC RD IT ISO", "PA FPE IS SW DT SFW FA", "L")

T("""A&S: Attended a report of a "woman kept as a slave" in Clifton. Found a 70-year-old woman with dementia living with her daughter, who is her carer, and who had locked the front door to stop her mother wandering at night. Adult social care already involved. No exploitation. Advice on safety locks and DoLS.""")

T("""INT 2/B/P. A Gloucester-based OCG, led by a male known as "KASPER", is recruiting homeless Polish men from soup kitchens to work in a warehouse in Swindon via a legitimate agency. KASPER opens bank accounts for each man and controls the cards. He collects the men from a house in Gloucester at 4:30 in a Mercedes Sprinter and returns them at 19:00. Men are charged £100 per week rent and £50 per week transport. KASPER also registers the men for UC using their details. INT also indicates one of the men, who complained, was assaulted and left at the roadside. Research: a Mercedes Sprinter registered to KASPER's partner shows on ANPR at the Swindon warehouse every weekday. Recommend development with GLAA and DWP.""",
  "AV WW PSV", "NCW MBC CE CT OA", "L C")

T("""Customer at a Cheltenham nail bar (online report): "She worked on my nails for an hour and told me she works 7 days a week, 10 hours, and is paid only £20 a day, she lives upstairs with 4 other girls, and the owner 'keeps our passports so we don't lose them'. She kept glancing at the CCTV camera. She seemed scared to say anything more." """,
  "EO WW RD", "LH SW OA DT FA", "L")

T("""NFA closing note: Weston NPT visited a guest house after a report that foreign workers were being "kept" there. Workers are Portuguese hospitality staff on seasonal contracts, accommodation arranged by the hotel at a fair rent, own documents and bank accounts, free to leave. No concerns.""")

T("""Public report, online form: "Just a feeling but there's a lot of young girls going into the Thai massage on Gloucester Rd and they seem to live there, they never come out. Could be nothing." Intel only.""",
  "", "SW IS", "")

T("""Custody note, Gloucester: Detainee (M, 19, Vietnamese) arrested at a cannabis grow in a flat in Tuffley. Said "I am the gardener". Would not answer further. No ID. Two other sleeping bags and mattress in the room. Interpreter used. First responder referral considered; he declined NRM at this stage.""",
  "", "SW FA", "C")

T("""Anon call: the man in the blue van at the Tesco Extra car park on Eastgate (Glos) is collecting cash from girls who come out of the hotel next door and gives them orders, they look scared""",
  "WW", "NCW FA", "S")

T("""Bristol Modern Slavery Partnership case study (anonymised), domestic servitude within a marriage:
"F came to the UK from Pakistan on a spouse visa in 2021. Her husband's family, who live in a large house in Easton, told her that she would study and work once she arrived. Instead she was expected to do all the housework for eleven people: cooking, cleaning, washing and childcare, from before dawn until late at night, without a day off. She was not allowed to leave the house without her mother-in-law, was not given any money and her phone was taken so she could not contact her family. Her passport was kept in her father-in-law's locked drawer. When she objected, her husband slapped and kicked her and threatened to divorce her and send her back 'in shame'. She was finally identified when she attended an antenatal appointment alone and disclosed to the midwife." """,
  "DEC EO RM WW ISO RD PSV IT AV", "LH RMS NCW IS DT", "D")

T("""Bristol: Member of the public reports seeing a man "bundled into a van" in Fishponds. CCTV shows the man was a friend helping move furniture. No offences.""")

T("""Taunton. Caller says her son's girlfriend, 17, has been "sold" to a man in Bristol by her mum for drugs. Girl is now staying at the man's flat. Caller has an address in Lockleaze. Girl's phone goes to voicemail.""",
  "AV", "", "S", "immediate")

T("""Gloucester City Council licensing and Gloucestershire Police: joint inspection of 6 massage parlours. At 5 premises, therapists were self-employed, held their own documents, set their own hours and had no concerns. At 1 premises on Bristol Road, 2 women were found living in the treatment rooms, had no documents, had a list of "services" with sexual acts and prices, and a man arrived during the visit who said he was "the manager" and tried to answer on their behalf. The women were spoken to separately and said they were not paid, only given food, and that the manager had their passports "in London". NRM referrals made. The women have been moved to a safe house and are supported with interpreters. The 'manager' was arrested on suspicion of controlling prostitution for gain, and the premises licence will be reviewed.""",
  "WW RD", "SW SFW DT", "S")

T("""999 at 19:03. Male calling from a field near Stoke St Gregory. Says 6 workers in a caravan, the farmer has taken their passports and just hit one of them with a stick, and the farmer is shouting that no one is going anywhere. Units dispatched.""",
  "RD PSV RM", "DT RMS", "L", "immediate")

T("""Bath Citizens Advice escalation: client, 41, Bulgarian, works at a Bath hotel through an agency. He signed a contract for £11.44 per hour. For 4 months he has been paid for only 30 of the 45 hours he works. He has his own passport, his own bank account and his own flat. He isn't threatened. He'd like help to recover unpaid wages. Signposted to ACAS and HMRC NMW team.""",
  "WW", "", "L")

T("""Glos. Attended a report of a "woman chained in a garden". Garden ornament (statue). NFA.""")

T("""Notes from a Bristol Refugee Rights caseworker following a home visit:
"A, 18, Afghan, recently aged out of care. He told me he's been working in a pizza takeaway in Bedminster since he was 16. The owner 'helped' him when he first came to Bristol. He works from 4pm to 2am, 6 nights a week, and is given £100 a week and his meals. He says the owner has told him that the Home Office will refuse his asylum claim if they find out he's been working, and that the owner will 'tell them' if A leaves. A's social worker didn't know about this. A is also sending the owner £50 a month towards a 'lawyer' the owner says he's paying for. A has his own phone and ID." """,
  "AV WW EO IT DEC", "LH FA", "L")

T("""Bridgwater: Report of a man being threatened outside a shop by another male over a drug debt. Both adults, both local users. Threats to "smash his face in". Victim declined to support. No exploitation identified.""")

T("""GLAA Intelligence: a labour provider supplying workers to a Gloucestershire poultry farm is accused by a former worker of charging £60 for PPE (hi-vis, boots, gloves) and £5 a day for transport. Provider's licence under review.""",
  "WW", "PPE CT", "L")

T("""Bristol. Case closure by the MSHT team: the Vietnamese nail technicians at the salon on East Street reported by a customer have all been interviewed independently, all have BRPs in their own possession, are paid into their own bank accounts, live in private rented accommodation and do not owe money to anyone. They said they work long days because the salon is busy at weekends but choose their hours. No indicators.""")

T("""Letter from a woman in Gloucester to the police:
"I want to tell you what happened to me. I came from Romania in 2023 with my boyfriend Vasile. He said we would work in a hotel together and save money for a house. When we arrived in Gloucester he told me I had to sell sex in a flat because the hotel job was gone and we had debts. He put my pictures on the internet. I said no and he hit me and said if I don't do it he will tell my family I am a prostitute anyway. He took my ID card and my phone. He took all the money. I was in the flat every day from the morning to the night. Sometimes he locked me in when he went out. In September I was pregnant and he said I must still work. One of the men who came helped me to leave. I am now in Bristol with a charity. I want him to be punished." """,
  "DEC PSV IT RD ISO WW RM EO DB", "DT IS NCW RMS LH", "S")

T("""Gloucester: Report from a neighbour of a man in his 20s who sits outside a house all day on the phone and who "seems to have lots of different girls going in". Visited: he's a delivery driver on a break; house is a family home; "girls" are his sisters. NFA.""")

T("""Case notes, Bristol Young People's Substance Misuse Service: T, 17, disclosed that his "olders" make him bag up and hold drugs in his bedroom and that he gets "taxed" (beaten) if anything goes missing. He said he can't stop because he'd be seen as a grass and "they know where I live". He has a new scar over his eyebrow.""",
  "AV PSV IT", "PA FA", "C", "high")

T("""Bristol. Report of a man sleeping in a lorry cab at Avonmouth docks: HGV driver on his statutory rest break. NFA.""")

T("""Avon and Somerset Police - Immediate Intelligence (Grade 1)
At 16:40 an Unseen call handler transferred a call from a Polish man, 29, who is hiding in the toilet of a petrol station on the A38 near Bridgwater. He says he has run from a van carrying workers to a farm; the gang leader, who has his passport and bank card, has told the men that anyone who leaves will be "hurt" and that his brother in Poland will be visited. He has bruising to his face from an assault this morning after he asked to go home. He says the van (white Renault Master, part index "NX") is circling the forecourt looking for him now. He does not know the name of the town. Units dispatched; call handler keeping him on the line.""",
  "RD WW IT PSV RM ISO", "DT NCW PA IS FA RMS", "L", "immediate")

T("""Citizen's report (Somerset): "there is a man from bristol who brings a lot of teenage boys down to frome on the train on friday nights they sell weed in the park and he takes the money" """,
  "AV WW", "NCW", "C", "high")

T("""Bath: Request for advice from a language school about an overseas student whose host family "takes her passport". Enquiry: the host family kept it in their safe at the student's own request for safekeeping and she can have it whenever she asks. She confirmed this. No concerns.""")

T("""Weston NPT, intelligence: a cafe on the seafront is believed to employ Syrian refugees at £3 an hour cash, with the owner threatening to "report them to the council" so they lose their housing if they complain.""",
  "WW IT AV", "", "L")

T("""Shorthand from a Glos MSHT officer's daybook, Tue:
0900 - GLAA call re Stroud sawmill, 3 PVs, ppt held by mngr, £30 p/w after "rent", sleep on site in portakabin. Visit Thur w/ Interp (Ukr).
1130 - Nail bar GL1 closure - no ind.
1400 - NRM RG positive for Vietnamese male (OSPREY).
1600 - Call from Cheltenham school re 14yo boy, suspected CCE, Birmingham line, missing o/n Sat, returned w/ cash. MASH ref done.""",
  "RD WW AC AV", "DT SW", "L C", "high")

T("""Call from a woman in Bristol: her partner's ex-wife is claiming he "enslaved" her during the marriage. It relates to a divorce dispute in which she says he controlled the family's money. Advised to speak to her solicitor; if she wishes to report domestic abuse she can do so.""")

T("""Care Quality Commission passed to Avon and Somerset: whistleblower at a domiciliary care agency in Bath says that care workers recruited from Zimbabwe and Nigeria are charged an "administration fee" of £5,000 which is deducted from their wages over 12 months, are housed 6 to a house owned by the director, and are told that if they leave they'll be reported to UKVI and lose their visas. Shifts of 14-16 hours with unpaid travel time are common.""",
  "DB WW IT EO AV", "UF OA LH FA", "L")
