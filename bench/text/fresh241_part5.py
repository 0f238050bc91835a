# fresh241 part 5: remaining month's intake
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Intel (INT 2/B/P): nail bar, Broad St Reading - 2 Vietnamese girls, believed 15-16, brought in at 8am by a male in a black Lexus (reg LD70 KPA), collected 10pm. Male answers any question put to the girls. Girls have nothing with them, not even a bag.",
  "AV EO", "ET CE LH SFW FPE", "L", "high")
T("Caller from Hungary on the phone to 101 via a friend: says her brother is working at a farm near Thame and the boss took his phone so he can only call once a week from the boss's phone, with the boss listening.",
  "ISO", "IS", "L")
T("Transplant coordinator, Churchill Hospital: patient returned from surgery in Northern Cyprus with a new kidney bought for $60,000. Donor unknown. Concern donor was exploited; reported to HTA and NCA.",
  "", "", "O")
T("Man (35, Pakistani heritage, Slough) donated a kidney to his sister at the Oxford Transplant Centre. Independent assessment found he donated freely, no payment. Recorded for completeness only.")
T("Referral, Reading Refugee Support: man from Eritrea says that in Egypt he was held by smugglers, who said he must give a kidney to pay for his passage. He has a long scar on his side and says he does not know what they did to him under anaesthetic. He is 24 and was granted refugee status in 2025. He lives in a shared house in Reading and is studying English at college. He has been seen by a GP who has referred him for a scan. He says at least three other men in the same place had the same operation. The events took place in Egypt; recorded for intelligence and shared with the NCA. He has been given the details of a counselling service for survivors of torture.",
  "RM DB PSV AV", "PA RMS", "O")
T("Intel (NCA): a 'medical tourism' agent in Milton Keynes recruits poor Indian nationals on visitor visas to travel to a clinic abroad and 'donate' kidneys for small payments. Recruits' passports are held by the agent until after the operation.",
  "AV RD DEC", "DT", "O")
T("Noise complaint, Headington, student party. Dealt with by words of advice.")
T("Text to police from a number in Slough: 'im being kept in a room they wont let me go out my passport they have it please help address 22 ...' message ends. Cell site shows Slough SL2.",
  "RM RD", "RMS DT", "", "immediate")
T("Barber in Reading, 3 young Kurdish men working 'for free' while they 'learn', sleep on the floor of the shop, owner says he does them a favour. One is 17.",
  "AV WW AC", "SW PLC", "L", "high")
T("Concern from a bank in Oxford: one customer has the same address as 19 other customers who opened accounts in the last 3 months; all the cards have been sent there and are used at one ATM in Cowley.",
  "", "MBC OA")
T("Elderly lady in Wantage has a cleaner twice a week. Her son thinks the cleaner is overcharging. Civil matter. No exploitation.")
T("Victim account (Albanian, translated): 'They told me in Tirana I would work in a restaurant. In London they took me in a car to Oxford, to a house, they took my phone and passport. I had to look after plants day and night. I slept on the floor between the plants. They brought food once a week. They said my sister would be hurt if I ran. I did not know where I was.' The account was given at a police station in Oxford with an Albanian interpreter after the male was found at the address during a warrant. He is 21 and has been referred into the NRM. He says he was at the house for around four months and that two other men were kept there before him and moved on to another house. He wants to help police but is very worried about his sister, who is still in Albania. Safeguarding advice has been given and the NCA liaison officer in Tirana has been informed.",
  "DEC ISO RD RM AC IT", "IS DT SW PLC RMS", "C")
T("Not modern slavery: IP is a volunteer at a charity shop in Witney, works 3 days a week unpaid by choice, retired.")
T("Intel: man in Bicester, 'Vasile', takes £250 a month from each of 15 workers for 'finding them the job' at the warehouse. He opened bank accounts for them and still has the cards. He drives them to work and charges £5 a day.",
  "WW", "UF MBC NCW CT", "L")
T("Student from Nigeria at Oxford Brookes, keeps her own passport in a drawer in her room, works 20 hrs in a care home. Came in to report her bike stolen.")
T("Slough. Woman from India brought over as a 'nanny' by a family, now 3 years, has never had a day off, is given pocket money of £50 a month, eats leftovers, is not allowed her own phone, only goes out with the family. Neighbour reported. The neighbour has spoken to the woman a few times over the garden fence while she was hanging out washing, and says she is in her forties and has two children of her own in India. The neighbour has given her a phone number to call. The family's address and names are known. Referral made to the MSHT team, and a visit at a time when the woman is likely to be alone is being planned.",
  "EO WW ISO RM AC", "LH IS RMS", "D")
T("PCSO: I noticed the same young woman working at the nail bar in Abingdon every time I pass, from opening to late, including Sundays. She looked tired. I went in; she said she's the owner's daughter and this is the family business, and showed me her uni card. No concerns. She told me she works there when she is not at university and helps her mum, who owns the shop. Her mum was there and explained the opening hours. They have two other members of staff, both local women. I was satisfied there were no concerns and said so. I gave them a leaflet about modern slavery for their noticeboard. Nothing further. Updated the log and closed it with no further action required.")
T("Public: 'man in Aylesbury sells stuff door to door with 3 young lads, he shouts at them and they look cold and hungry. they say they get paid at the end but never seem to. they sleep in his van'",
  "WW AC", "PA SW PLC", "L")
T("Call: woman says her ex partner is trying to get her to sell drugs for him and has threatened to tell social services she's a bad mother if she doesn't. She has refused. Crime recorded as harassment/threats.",
  "IT")
T("Intel (INT 2/B/P): Romanian brothel in Milton Keynes, women told they owe €3,000 for the journey, €100 per day 'rent', and €50 each 'fine' for being late. Their debts never go down.",
  "DB WW", "UF", "S")
T("IP: 'They did not lock me in. I could go to the shop. But they said if I went to police they would kill my mother.' Worker at Slough car wash.",
  "IT", "FA", "L")
T("Concern from Berkshire College: a student (16) from Afghanistan is working in a car wash every evening and weekend; an older man collects him and takes his wages, says it's for 'rent'.",
  "AV WW", "NCW ET", "L", "high")
T("A man in the Reading hostel said: 'I owe the men in Calais £3,000, they said I must pay in 3 months or they will kill my father.' He has been working cash in hand in a kitchen.",
  "DB IT", "UF", "L")
T("Officer note: a man begging at Gloucester Green bus station says he works for himself and keeps the money. No concerns, signposted to services.")
T("Intel: Roma children aged 8-12 begging on Queen St Oxford, dropped off by adult males in a grey Vauxhall at 9am, collected at 6pm. Money collected by men every hour.",
  "AV WW", "CE NCW ET", "C", "high")
T("Call handler: 'My boyfriend's mum keeps my passport in her safe, I don't mind, I asked her to because I lose things.' Caller phoning about something else (lost phone).")
T("Multi-agency op at a Reading car wash: 9 workers; 3 had passports held by the manager; workers paid £35 for a 12-hour day; 2 said they were hit by the manager for taking breaks; sleeping in a shipping container on site.",
  "RD WW EO PSV AC", "DT LH SW PLC", "L")
T("Worker at MK warehouse says he chooses to do overtime. He has his own passport. He complained that he's not getting his holiday pay. Referred to ACAS.")
T("Debrief: 'I came to study English in Oxford. The man who got me the school place said I must work in his friend's house to pay him back. I cooked and cleaned, looked after the children. I was not allowed to go to the school. When I asked to leave he said I was illegal now and the police would take me.' I was 19 when I came. The school sent letters to the house but I never saw them. After one year I ran away to a friend from my country who lives in Reading. Now I am helped by a charity and I have a lawyer for my visa. I still have a message from the man on my old phone where he says I owe him £6,000.",
  "DEC DB IT RM", "FA RMS", "D")
T("Intelligence - Young female (20) from Slough is being taken by her 'boyfriend' to addresses in Luton and London where she is made to have sex with his friends. He controls her phone and her Instagram.",
  "PSV ISO", "IS", "S")
T("Trading standards in West Berks: hand car wash found to be legitimately run; staff have payslips, own accounts, rota, PPE provided free. No concerns.")
T("Call: 'I think my neighbour is keeping a slave. There's a Filipino woman who does all the housework and I've never seen her leave.' Officers visit: woman is a live-in domestic worker, has a contract, days off, passport in her own possession; says she is happy. NFA. The employer was present for part of the visit but the officers spoke to the woman alone in her room. She has worked for the family for 9 years and has a contract under the overseas domestic worker visa rules. She has her own phone and sends money home every month. She said she does not go out much because she prefers to stay in, and that she is friends with another domestic worker in the next street. Caller updated.")
T("Intel (INT 3/B/P): 'Big Mick' runs a gang on the traveller site outside Abingdon. He employs vulnerable men to do driveways. Men are paid nothing, live in a run-down caravan, are beaten regularly. One man has been with him 15 years.",
  "AV WW AC PSV", "PLC", "L")
T("Dog walker found a young man sleeping rough in woods near Goring with no shoes. He said men in a car had brought him from London to 'work on a farm' then left him there after he was paid nothing.",
  "DEC WW", "PA FPE", "L")
T("Intel: girls advertised on Vivastreet in High Wycombe with 'no English, new girl' — same picture in 4 towns this week. Number linked to a man with previous for controlling prostitution.",
  "", "", "S")
T("Shop owner in Banbury reports two teenage lads came in and tried to sell phones. Lads are local, no evidence of coercion. Handling stolen goods.")
T("Referral from a midwife, John Radcliffe: pregnant 17-year-old from Romania, attends with an older man who says he is her husband and answers every question. She has bruises on her arms and says 'he looks after my money'.",
  "AV PSV WW", "SFW PA NCW", "", "high")
T("Intel: 8 Indian men on skilled worker visas sponsored by a restaurant in Windsor; sponsor charged them £15,000 each and pays them £400 per month for 70 hrs a week. Told that if they leave, their visas will be revoked and they will be deported. Source is one of the 8 men, who has since left and found another sponsor. He says the restaurant owner is a well-known local businessman. The men live in a house owned by the owner's brother. Source is willing to give a statement. Information shared with the Home Office sponsor compliance team. GLAA not applicable; recommend a joint visit with HMRC minimum wage enforcement.",
  "DB WW EO IT", "UF LH FA", "L")
T("Reading: caller has found a young man in her garden shed, very hungry, says he ran away from a house where 'they made me grow drugs'. Speaks little English. Officers attending.",
  "", "PA", "C")
T("Case note: adult (F, 36) with mental health issues, living with a couple in Witney who make her do all their housework and childcare in return for 'a roof'. Her PIP goes into their account. She is not allowed a phone.",
  "AV WW ISO", "NCW IS", "D")
T("Local paper article, Oxford Mail: charity says 'modern slavery is on the rise in Oxfordshire'. General awareness piece; no specific victims mentioned.")
T("Information: Chinese restaurant in Marlow. Chef says: 'I work 7 days a week, 11 in the morning to midnight, I sleep in the store room. Boss pay £800 a month, I pay back agent £10,000.'",
  "EO DB WW AC", "LH SW UF", "L")
T("Front counter, Milton Keynes: woman reports that her husband won't let her work and keeps her bank card. She is British, he is British. Domestic abuse referral (coercive control). No labour or sexual exploitation described.",
  "WW", "NCW")
T("Intel: men from Poland working at a recycling plant near Didcot told that if they take a day off they will be 'fined' £100 and lose their bed.",
  "IT WW", "", "L")
T("Caller says there are 'loads of people' in a house on Cowley Road Oxford. Officer visit: it's a registered student HMO, 8 students, all with tenancies. No concerns.")
T("Referral from Milton Keynes University Hospital: woman (24, Albanian) attended A&E with broken wrist. Says she fell. Man with her would not let her be alone and answered for her. Staff saw 'Property of D' tattooed on her neck.",
  "", "SFW PA", "S")
T("POI Florin STAN (Reading) has been seen at 4 different ATMs on the same day with a bag of bank cards. Subject is linked to a labour provider for a bakery. Workers suspected of not controlling their own money.",
  "WW", "MBC NCW", "L")
T("School in Banbury reports a 15-year-old boy has stopped attending, seen with older men, 'owes money' to them and has been given a phone. Mother says he comes home with injuries.",
  "AV DB PSV", "PA", "C", "high")
T("Two Vietnamese men in a cannabis grow in Bracknell said they came by choice and were 'paid well' to garden. Enquiries continue; no evidence of coercion at this stage. Both charged with production.",
  "", "", "")
T("Intel: a family in Wokingham have a 'housemaid' from Sri Lanka. She is 16. She is not in school and is seen working in the garden and cleaning cars.",
  "AV", "", "D", "high")
T("Officer: routine licensing visit, Cowley Road takeaway: staff paid properly, own accommodation. One worker said he did 60 hours last week; he said that's his choice, he's saving for his wedding. No concerns.")
T("ISVA note: client (F, 28) says her pimp used to make her work 7 nights a week, 10 hours a night, and took all her earnings. He hit her with a belt if she didn't earn £500. She got away in 2025 and now lives in Reading. She was working in flats in London and Reading. The man was her partner at the time and she believed he loved her. She is now in a new relationship and works part time in a shop. She has not reported to police before and wants advice about whether she can still do so. The ISVA has explained the process and will arrange a meeting with a specialist officer if she decides to go ahead.",
  "EO WW PSV", "LH NCW", "S")
T("Member of public: 'weird house on Lower Cippenham Lane, windows covered in foil, men never come out, heard shouting, smell of weed'",
  "ISO", "IS", "C")
T("Report from a Slough food bank: a Romanian man asks for food because his 'boss' has not paid him for three weeks and takes £70 a week for a mattress in a room with 5 other men. Boss told him he will lose his job if he goes to the Job Centre. The man is 36 and has been in Slough for 7 months. He works at a warehouse on the trading estate through the boss, who is also Romanian. He says about 8 men are in the same position. He did not want to give the address but said the boss drives a silver BMW. The food bank has given him the Citizens Advice number and passed this to police with his consent.",
  "WW IT", "OA", "L")
T("Intel: dealer in Didcot uses his teenage girlfriend (16) to hold drugs and money and to carry them on trains. He hits her if she loses any.",
  "AV PSV", "", "C", "high")
T("Bus driver in Oxford reported a man shouting at teenage girls. Man was drunk, no link to anything else. Dealt with.")
T("Worker at a Slough meat plant says the agency took £120 from her first week's wages for boots, gloves and a knife set, and she has never been given a payslip.",
  "WW", "PPE", "L")
T("Intel (INT 2/B/P): A man in Reading known as 'Sunny' brings Indian women on visitor visas to work as live-in maids in Berkshire homes. They are paid nothing, their passports are held by Sunny, and they don't know where they are.",
  "WW RD ISO", "DT IS", "D")
T("Officer's note: the Polish man found sleeping in the bin store at a Witney warehouse says his employer deducts £150 a week for a bed he has never been given, and that he has no money for food.",
  "WW AC", "PLC", "L")
T("999: Woman says her 16-year-old daughter has just messaged that she is in a car with men she doesn't know, being taken to 'a party' in Reading, and that she is scared. Phone now off.",
  "AV", "", "S", "immediate")
T("Workplace visit, nail bar, Newbury: everything in order. Staff paid via payroll, days off, own addresses. Owner asked advice re recruitment.")
T("Referral (Thames Valley Partnership): young man (18, Albanian) who came as a child says he was made to work in a car wash and then cannabis houses from the age of 15 to pay off his family's debt. Still receiving threats on Instagram. He is now living in supported accommodation in Reading and is attending college. He was granted leave to remain after a positive conclusive grounds decision. He has shown his support worker the Instagram messages, which say he still owes £8,000. He wants the messages to stop. Police asked to consider harassment and modern slavery offences. Screenshots available. He has asked for a named officer so he does not have to repeat his account to different people each time.",
  "AV DB IT", "", "L C")
T("Intel: a man in Maidenhead has been advertising 'room for rent in exchange for housework' to young Eastern European women. One woman says the room was a mattress in the loft, she did 12 hours of chores a day, and he demanded sex. The advert was on a Facebook group for Polish people in Berkshire. The woman, 22, stayed for 3 weeks before leaving. She says two other women have lived there before her. The man is in his 50s and lives alone in a detached house. She has given her account to a support worker and is considering a formal complaint. Intelligence developed by Maidenhead CID. Facebook account details have been preserved and a data request considered.",
  "DEC AC EO PSV", "PLC LH", "D S")
T("Caller asking if it's illegal for her 15-year-old to babysit for a neighbour for £20. Advice. No concerns.")
