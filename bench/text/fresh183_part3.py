# fresh183 part 3: partner referrals, NRM first responder forms, custody notes
def add(T):
    T("NRM referral (FR: Salvation Army). PV is a 31 yr old Polish male recruited at a bus station in Gdansk with the promise of warehouse work at £10/hr. On arrival in Barking he was housed with 9 others, his ID card taken 'for registration', and he was made to work at a car wash 7 days a week for £100/week. He was told he owed £600 for transport and the room. He was punched by the controller when he asked to leave.",
      "DEC RD EO WW DB PSV", "OA DT LH UF", "L")
    T("Custody note 05/11: DP arrested at cannabis factory 17 Bressey Gr E18. Vietnamese, states age 17 (age disputed). Through interpreter says he was brought in a lorry, does not know where he is, was told to water plants and not go outside or the 'boss' would kill him. Duty solicitor notified, s45 defence raised. Children's services and NRM referral made.",
      "AV ISO RM IT", "IS RMS FA", "C", "high")
    T("Referral from Newham Adult Social Care: Mr D (58) has a learning disability and lives alone. A 'friend' has moved into his flat with several young men, they deal drugs from the kitchen and Mr D now sleeps on the bathroom floor. He told his support worker he is 'not allowed' in his bedroom and that they took his bank card.",
      "AV RM WW AC", "PLC RMS NCW", "C")
    T("NRM form section: 'I come to London for job in restaurant, the man in Albania say good money £1500 a month. But when I arrive they take me to house with plant inside. I sleep there on floor. I cannot go out, windows are black. They give me noodle only. They say I owe them 15 thousand pound for the trip, so I work. After 7 month police come.'",
      "DEC RM AC DB", "SW RMS PLC UF", "C")
    T("Referral: Tower Hamlets Children's Services. Y (14) has been found in Southend on three occasions in the last month. Had 2 phones and £400 cash. Mother reports Y has been assaulted - returned with a cut lip and bruising to his ribs. Y refuses to say who he is with. Strong concerns re CCE / county lines.",
      "AV PSV", "PA FA", "C", "high")
    T("Custody note: DP (f, 24, Romanian) arrested for soliciting in Ilford. Appeared anxious, kept looking at the door, said 'my boyfriend will be angry'. Gave an address in Hackney but did not know the street name. Admitted she gives him all her earnings. Offered NRM, she declined, said she was fine.",
      "WW ISO", "FA IS NCW", "S")
    T("Referral from Hackney women's refuge: client (Bangladeshi, 29) came on a spousal visa. Husband and in-laws made her do all the cooking and cleaning for 9 people from 5am to midnight, locked her in when they went out, took her passport and BRP, and said if she complained they would have her visa cancelled. She was beaten by her mother-in-law.",
      "EO RM RD IT PSV AV", "LH RMS DT FA", "D")
    T("Salvation Army referral summary: PV is a 45 yr old Lithuanian man who was homeless in Vilnius and offered a job in UK. Worked on building sites in Essex. Wages paid into an account set up in his name by the recruiter, who kept the card. PV received £20 cash per week and cigarettes. Lived in a garage with 4 others.",
      "AV DEC WW", "NCW PLC OA", "L")
    T("NRM - First responder notes (MPS): PV (f, 20, Vietnamese) found at nail bar in Walthamstow during GLAA visit. States she has to pay the owner £3000 for bringing her. Works 9am to 9pm 6 days, no pay, lives in the owner's house. Afraid to speak, owner's wife tried to answer for her.",
      "DB WW EO", "UF LH OA FA SFW", "L")
    T("Custody note: DP arrested for shoplifting from Boots Stratford - 12 x electric toothbrushes. DP (m, 33) said he was stealing to pay off a drug debt to his dealer. No indicators that the dealer directed the theft. Charged.")
    T("Referral: Barnardo's ICTG. Child A (15, female, Eritrean, UASC) placed in semi-independent accommodation in Leyton. Missing regularly overnight. Found in a car with two adult males at 0200 in Southend. Has new phone and clothes, does not explain. Concerns CSE.",
      "AV", "", "S", "high")
    T("Referral from St Mungo's outreach: rough sleeper (Polish, 40s) says he was approached at Stratford by a man offering 'work and a room'. He went, worked 3 weeks at a factory, never got paid, then was dumped back on the street. Now afraid the same people will find him. Not currently under control.",
      "DEC WW AV", "FA", "L")
    T("Custody: DP arrested at a cuckooed flat in Bow with 30 wraps crack. DP (16, from Birmingham) refuses to give address. Says he was 'just staying' there. Found with a burner phone and an Oyster card. Appropriate adult called. NRM referral made on CCE concerns.",
      "AV", "", "C", "high")
    T("NRM - PV statement (translated from Tigrinya): 'The man in Libya sold me to another man. In London they said I must work in the car wash and sleep there. They said if I go to police, the police will send me back to Eritrea and kill me. I wash cars from morning to night. They give me food but no money.'",
      "IT WW EO AC AV", "SW FA LH", "L")
    T("Referral from Redbridge Domestic Abuse service: Ms K says her husband is controlling - monitors her phone, takes her salary, won't let her see friends. She works as a teaching assistant and chooses to keep working. DA matter, MARAC considered. No exploitation for gain beyond DA coercive control.")
    T("Custody note: DP Hung TRAN (19) arrested driving a car with 8 kg herbal cannabis. DP said he was told by 'the boss' to drive it and that his family in Vietnam owes the boss $20,000 for bringing him. Said the boss showed him a photo of his mother's house.",
      "DB IT", "UF FA", "C")
    T("Referral (Hope for Justice): client Maria (Brazilian, 26) worked as an au pair for a family in Chelsea. Promised £120 a week and English classes; never paid, no classes. Works 14 hrs a day, on call at night for the baby, sleeps in the children's room. Family keep her passport in a safe.",
      "DEC WW EO RD", "LH DT", "D")
    T("NRM first responder form (Local Authority): adult male, Indian, 38. Worked in a restaurant kitchen in Ilford for 4 yrs. Overstayed visa. Employer paid him £150/month, said 'where will you go, you are illegal'. Lived in storeroom above kitchen. No injuries reported. Does not want to return to employer.",
      "AV WW AC IT", "SW", "L")
    T("Custody: DP (f, 34) arrested on a warrant. Mentioned in passing that she 'used to be trafficked' to Birmingham 10 years ago by an ex; now safe, lives with her mum, works in retail. Offered support, declined. No current concerns.")
    T("Referral - Newham Virtual School: pupil (12) has not attended since September. Uncle told school he had returned to Nigeria. Neighbour says the boy is still at the house and seen carrying heavy bags from the family's market stall at 6am. Welfare visit requested.",
      "AV", "", "L", "high")
    T("NRM form extract: PV describes being made to have sex with 10-15 men a day at flats in Ilford and East Ham that 'changed every week'. She was given cocaine to 'keep going'. Her controller, Florin, posted her adverts online and kept the money. When she tried to leave he broke her nose.",
      "PSV WW", "PA NCW", "S")
    T("Referral from Unseen helpline: caller is a worker at a chicken processing plant in Essex. Agency takes £40 a week for 'housing admin', £25 for transport, £15 for PPE. Says wages are ok otherwise. Works 40 hrs. Agency does not hold docs. Helpline advised on deductions - passed to GLAA as potential licensing breach.",
      "", "CT PPE", "L")
    T("Custody: DP (m, 22, Albanian) arrested at grow. Says he came to UK voluntarily, was paid £1000 a month to look after plants, went shopping freely, had his own phone, could leave whenever he wanted. No indicators of exploitation identified. Charged with production.")
    T("Referral from Waltham Forest MASH: Sibling group (9 and 11) - mother's new partner has them selling sweets and cigarettes on the street for him after school. Children said they get 'shouted at and slapped' if they come back with less than £50.",
      "AV PSV IT", "", "C", "high")
    T("NRM PV account (learner English, written): 'My boss keep my passport. He say I must pay him for visa £8000. Every month he take from my salary and say debt still big. I work care home night and day, 80 hour. I not have holiday 2 year. I scared he send me back to Kerala.'",
      "RD DB WW EO IT", "DT UF LH FA", "L")
    T("Referral (British Red Cross): client says she was brought to London aged 17 by a man who said he loved her and would marry her. He took her to a flat in Tottenham and said she had to sleep with his friends to help him pay debts. She is now 19 and has escaped; she fears he will find her.",
      "DEC AV PSV", "FA", "S")
    T("Custody note: DP (m, 41) arrested for drink driving. Says he drives a minibus for a labour agency at Beckton. Has 11 workers' bank cards in his wallet - says he 'holds them for the lads because they lose things'. Intel submission made.",
      "", "MBC NCW", "L")
    T("Referral from Job Centre Plus Stratford: customer (Roma, 30s) attended with a man who did all the talking and had her passport and the letters. When staff spoke to her alone she cried and said he takes her UC and she has to beg at Liverpool St.",
      "RD WW", "SFW DT NCW", "C")
    T("NRM first responder: PV (m, 17, Sudanese) came via lorry. In Calais, smugglers said he must pay back £4000 by working for their contact in London. Put to work at a car wash in Stratford. Contact threatened to cut his fingers off if he ran.",
      "AV DB IT", "UF", "L", "high")
    T("Custody note: DP (f, 40) detained under s136 MHA. Very unkempt, malnourished. States 'they keep me in the room at the restaurant, I cook'. Unable to give more detail. Referred to mental health team; MS concerns flagged to MSHT unit for follow up.",
      "RM", "PA RMS", "L")
