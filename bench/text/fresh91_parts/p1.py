T("""INT LOG 2/B/P. POI Faisal QURESHI (DOB 11/03/1974) of Bishops Avenue address. INT suggests female relative brought from Lahore approx 18 months ago, cooks and cleans for household of 9, not seen outside property except to put bins out. Neighbour states she is 'never without one of the sisters'. Nil further.""",
  "RM", "rm", "D", "m")
T("""She says she came from the village when she was fourteen to help her aunt with the new baby. She was told she would go to school here. She never went. She says she woke at five to make rotis and slept on the kitchen floor after everyone had eaten.""",
  "AV DE EO AC", "lh sw plc", "D", "h")
T("""Au pair (Spanish, 22) placed via agency with family in Harrogate. Contract seen: 25 hrs/wk, own room, £100/wk pocket money, weekends off. She holds own passport and goes to college Tuesdays. No concerns identified at agency welfare check.""",
  "", "", "", "l")
T("""called 999 from neighbours garden, female approx 30 filipina, says employer locked her in utility room as punishment last night, bruising to forearms visible, employer family (diplomatic plates) currently at address. officers attending""",
  "RM PV", "rm pa", "D", "i")
T("""my nan lives with us now and my mum does most of the cooking and washing for her, mum is shattered but she wants to do it, its family innit. teacher asked if everything was ok at home because i said mum never sleeps. it is fine.""",
  "", "", "", "l")
T("""Kalayaan caseworker note: Client M (Indonesian, 41) entered on overseas domestic worker visa with employer's family. Reports working 6am to midnight, 7 days, caring for 3 children and the grandmother. Salary of $200 a month paid 'to her account at home' but she has never seen the statements; employer's brother holds the card. Passport 'kept in the safe with the jewellery'. Left when family went to the airport.""",
  "EO WW RD", "lh nw dt", "D", "h")
T("""Nanny (live-in) Kensington — payslips provided, £560 net/week, 48 hour week, one and a half days off, separate annexe. Employer asked for references only. Referred in error by neighbour who thought she was 'always working'. NFA.""",
  "", "", "", "l")
T("""Girl aged 12, Year 7, disclosed to pastoral lead she is not her 'cousin's daughter' as enrolment says. Says she was sent by her parents in Nigeria to 'help Auntie'. Does all cleaning and washing for 6, is hit with a belt if dinner is late. Sleeps on a mat in the hallway. Auntie collects her at the school gate each day and she is not allowed to go to the library club. Strategy discussion requested same day.""",
  "AV DE PV AC RM", "plc rm et", "D", "i")
T("""Family row at address: adult son (24) shouting at father over use of family car. Both calm on police arrival. No injuries, no further concerns. Words of advice.""",
  "", "", "", "l")
T("""Interpreter present (Tigrinya). She says that the man who brought her from Khartoum told her she owed him for the journey, $4,000, and that she would pay it by working in his sister's house in Leicester. She says that every month the sister wrote a number in a book and the number got bigger, not smaller, because of food and her room.""",
  "DB", "", "D", "m")
T("""Domestic worker with Gulf family, central London hotel suite. Hotel security reports she is not permitted to leave the suite, sleeps on the floor of the children's room, and when staff tried to speak to her the mother answered for her. Still on the premises.""",
  "RM AC", "rm sw plc sfw", "D", "i")
T("""Live-in carer for my dad through an agency, paid £850 a week to her own bank, has two days off and goes to see her friends in Reading. Dad adores her. Only writing because the app asked if I employ domestic staff.""",
  "", "", "", "l")
T("""Forced marriage unit referral. Female, 19, British-Bangladeshi. Taken to Sylhet 'for a wedding' which turned out to be her own. Husband's family brought her back to Oldham; she cooks for 11, is not allowed to keep her phone, mother-in-law holds her passport and bank card. Brother-in-law slapped her when she asked to see her mum.""",
  "DE RM IS RD PV", "dt nw", "D", "h")
T("""arranged marriage between 2 families, both parties 26 met 4 times before and agreed, bride working as pharmacist and keeps own salary. Referral from wedding venue staff who misheard a comment. no concerns""",
  "", "", "", "l")
T("""POI PETRESCU, Ionut — 3/C/P — reported to be 'renting out' a 15 yr old Roma girl to clean houses on the estate, keeps the money. Nil corroboration.""",
  "AV WW", "nw", "D", "h")
T("""i think theres a lady kept in the big house on my road she only comes out to hang washing and she looks so thin, shes always got bruises, never seen her go to shops, the familys got 3 cars but she walks to the bin with no coat in snow. please check""",
  "", "pa", "", "l")
T("""Salvation Army first responder: Mr K (Indian, 52) came as cook for a family who run restaurants. Worked in their home kitchen and then the restaurant, 16 hour days. Told his wages were being 'saved' for his daughter's dowry; he has received nothing in three years. Lives in the family garage with a camping mat.""",
  "EO WW AC", "lh plc sw", "L D", "h")
T("""Caller reports her Polish au pair has 'stolen' £200 and run off. Au pair contacted; says she left because the family made her work 60 hours and stopped her pocket money for three weeks 'for breakages'. Au pair now with friend, holds her own ID. Civil dispute advised, referral to agency.""",
  "EO WW", "lh", "D", "m")
T("""GP note: 58F attends with daughter-in-law who answers all questions. Pt visibly underweight, hands cracked and raw. When DIL left room pt said in Punjabi 'they make me work all night'. Safeguarding adults referral made.""",
  "EO", "pa sfw lh", "D", "m")
T("""Grandmother (72) lives with son's family, helps with school pickups when she wants; has own pension, own room, goes to temple daily. Social worker assessment for carer's allowance. No concerns.""",
  "", "", "", "l")
T("""Victim statement: I am Rosa. The agency in Manila said I would work for a doctor family in London for £1,500 a month and have Sundays free. When I arrived the madam took my passport 'for the visa'. I worked from six in the morning until the children slept, every day. I was paid £150 the first month then nothing. I could not telephone my children because they took my phone on the first day.""",
  "DE RD EO WW IS", "dt lh", "D", "h")
T("""Theft from vehicle, Brent. Victim's passport and driving licence taken from glovebox overnight. Victim is a student from Ghana; reported to embassy. NFA pending CCTV.""",
  "", "", "", "l")
T("""Strat meeting notes: Child A (15, Vietnamese) found at address of unrelated adults, cleaning and minding two toddlers while adults at nail bar. Says she 'owes' them for the lorry. Does not know the address. No school place.""",
  "AV DB IS", "", "D", "h")
T("""Embassy staff member reported to FCDO: domestic worker of a second secretary, not allowed outside the residence compound without the driver, paid £50/mth in cash, rest 'sent to her family' (family says nothing arrives).""",
  "RM WW", "rm et nw", "D", "m")
T("""My husband's sister lives with us and helps with the kids because she's between jobs. She's paid nothing but she doesn't pay rent either and she's saving for her own flat. We all go out together. Health visitor asked so I'm writing it down.""",
  "", "", "", "l")
T("""101: male says his cousin is 'treated like a slave' by uncle in Bradford, made to do all housework and work in uncle's shop without pay, uncle said if he goes to the police he'll be sent back to Pakistan in a box. Cousin is 17.""",
  "AV WW IT", "", "L D", "h")
T("""Nanny share arrangement, two families in Clapham. Nanny is self-employed, invoices both families monthly, sets own hours. Dispute about unpaid holiday — she says one family owes her 4 days. She's still working for the other family and has been paid all other months. Referred to ACAS.""",
  "", "", "", "l")
T("""Debrief (translated): I was 11 when my father's friend took me to England. I called the woman Mama. I carried water upstairs, I ironed, I washed the small boy. When I spilled the rice she burned my hand with the pan. I did not go outside for two years, only to the garden behind the fence. Now I am 19.""",
  "AV PV RM", "rm", "D", "h")
T("""DV incident: female reports partner pushed her during argument about money, small graze. Partner arrested. She works as a teaching assistant, manages own account. DASH medium. No indication of any exploitation.""",
  "", "", "", "l")
T("""Immigration Enforcement visit to address following tip-off. Three adults, one of whom (Sri Lankan female, 47) says she is 'the maid'. Sleeps in the boiler cupboard on a fold-out bed. Employer holds her passport 'in case she loses it'. She has no money of her own; employer gives her £10 for church on Sundays.""",
  "RD WW AC", "dt nw plc sw", "D", "h")
T("""Au pair here, German, 20: I love my host family but I'm homesick and want to go home early. Can they keep my last week's money? They paid me every week so far. I have my passport.""",
  "", "", "", "l")
T("""Intel 2/C/C (not to be disseminated to LA without OIC authority): nominal Abimbola OGUNDIPE said to have brought niece (14) from Lagos on a visitor visa that has expired. Niece kept off school, minds OGUNDIPE's four children and cooks. Told she will be arrested by immigration if she speaks to a teacher.""",
  "AV IT", "fa", "D", "h")
T("""School nurse: Year 9 boy falling asleep in lessons. Home visit — he is the main carer for his disabled mum since dad left. Young carers service involved, respite arranged. Not exploitation, family needs support.""",
  "", "", "", "l")
T("""Woman at bus station, crying, no coat, no money, said she ran away from 'the house' in Solihull where she cleaned for four years. Says madam hits her with the hairbrush and they never paid her because 'food and bed cost money'. Has no ID, it's 'with Sir'. Officers with her now, she is safe.""",
  "PV WW RD", "dt fpe", "D", "h")
T("""Live-in housekeeper, Surrey estate, employed via registered agency, contract and P60 seen, 5 days/40 hrs, own car for errands. She called 101 only because a delivery driver told her 'blink twice if you need help' as a joke. No concerns.""",
  "", "", "", "l")
T("""Victim's sister called from Romania: her sister went to UK with 'a family friend' promised job in a hotel, now says on the phone she is cleaning his house and his brothers' houses and sleeping on a sofa; he keeps the phone and only lets her call for 2 minutes on speaker.""",
  "DE IS", "sw", "D", "m")
T("""TO WHOEVER READS THIS the family at no 14 have a girl about 10 who does ALL there shopping and washing she is NEVER at school and i hear them screaming at her every night shes out at 11pm taking rubbish out. SORT IT OUT""",
  "AV", "", "D", "h")
T("""Caseworker: husband's family in Birmingham brought her from Kerala after the wedding; dowry dispute. Now she does all housework for eight adults, eats last, is not allowed to see a GP alone. Husband took her gold and her passport 'for safe keeping'. Says she is frightened he will divorce her and she will be deported.""",
  "RD RM", "dt rm fa", "D", "m")
T("""Filipino carer, care home in Kent, sponsored visa. Complains that the home paid her late in October; paid in full the following week with apology. She lives in her own rented flat. Sponsor compliance team satisfied.""",
  "", "", "", "l")
T("""Outreach worker: Eritrean woman (26) in a house in Luton — cooks and cleans for 'the uncle' who paid her smugglers. Tells her she owes £9,000 and that her wages (which she never sees) go against it. Not allowed out alone. Has no phone. Appears exhausted.""",
  "DB WW RM IS", "nw rm pa", "D", "h")
T("""PC handover: vulnerable adult with learning disability found living in shed behind family friend's house in Wrexham, says he 'does the garden and the washing up' for his keep. Friend collects his PIP and gives him cigarettes. ASC aware, strategy tomorrow.""",
  "AV AC", "plc nw", "D", "m")
T("""Girl (16) arrived from Albania with a man claiming to be her uncle, Border Force notes she had been told she'd work as a nanny for 'a rich family in London'. Uncle carried her passport and answered all questions.""",
  "AV RD", "sfw dt", "", "h")
T("""my mums cleaner Maria has worked for us 11 yrs she has her own house we pay her by bank transfer she comes 3 mornings a week. police came round asking about a 'maria' in a report, wrong house i think""",
  "", "", "", "l")
T("""Midwife booking: 20 yr old, pregnant, accompanied by mother-in-law who would not leave room. Later alone: she is not allowed to leave the house without MIL, does all cooking and laundry for the household and was married at 16 in Pakistan. Does not know her address in English.""",
  "AV RM IS", "rm et", "D", "h")
T("""Diplomatic household (immunity). Domestic worker escaped via window at 02:00, found by patrol near Holland Park, bare feet, cut to forehead, says she was beaten by the employer's wife for breaking a glass. Passport held by the embassy. Taken to place of safety.""",
  "PV RD RM", "pa dt", "D", "h")
T("""2/B/P: Intelligence indicates a female (Chinese, 30s) works as housekeeper at a private address in Hampstead and is also sent nightly to a flat in Finchley where she is 'made to see men'. Money collected by employer's driver.""",
  "WW", "nw et", "D S", "h")
T("""He's my son, he's 20, lives at home, does the dishes and hoovers and works at the family takeaway on weekends for £60 a night and tips. He says the police stopped him and asked if he's being forced. He's not, he wants to be a chef.""",
  "", "", "", "l")
T("""Interview summary (interpreter: Amharic). The witness says the lady she worked for in Dubai brought her to London in the summer. In London she was told to wake at 4 to prepare breakfast for the guests. She says she was never given a day off in 14 months. When she asked for her salary the lady said it would be paid when they went back to Dubai.""",
  "EO WW", "lh", "D", "m")
T("""Woman calls to say her husband 'makes her' do all the housework and she is sick of it. She works full time, has own money and car. Advised re: relationship support. Not DV, not exploitation.""",
  "", "", "", "l")
T("""Child-minder ring concern: boy (9) from Vietnam living with 'aunt' who runs a nail bar. Boy seen sweeping the shop floor until 9pm on school nights and sleeping in the back room on a lilo.""",
  "AV AC EO", "sw plc lh", "L", "h")
T("""Probation officer: offender's mother reports he has moved a 'girlfriend' from Slovakia into the family flat who 'does everything' — cooking, cleaning for him and his two brothers; she can't speak English and he manages her benefits and bank card. She looked frightened.""",
  "AV", "nw fa", "D", "m")
T("""Kidney donation from living relative (brother to sister), both British, matched at Guy's. HTA independent assessor interviewed donor alone, no payment, no pressure. Surgery scheduled.""",
  "", "", "", "l")
T("""NRM referral (summary): 44-year-old Ghanaian woman brought by a pastor's family to work as a 'house help'. Worked 17 years without a wage. Told she had no visa and would go to prison if she left. Not allowed to attend any church but theirs. Slept on the kitchen floor.""",
  "WW IT AC EO", "fa sw plc", "D", "h")
T("""Local authority Private Fostering assessment: 13-year-old living with family friend in Croydon while parents work in Dubai. Attends school, own bedroom, chores appropriate to age, phones parents every evening. Approved.""",
  "", "", "", "l")
T("""anon report: the man at the corner house says the woman inside is his wife but she never comes out, i see her through the blinds cleaning every time i walk past even at 1am. there are always men coming and going in taxis late.""",
  "", "", "", "l")
T("""Debrief: They said there was a good job in Scotland looking after an old man. There was no old man. There was a house with two men and I had to clean, cook and they came to my room at night. They said if I tell someone they will show my father the pictures.""",
  "DE PV IT", "", "D S", "h")
T("""CAD 4412: caller in tears says her employer has just told her she 'cannot leave tonight or ever' and has taken her passport and phone, she is calling from the bathroom on a hidden phone, address Bishop's Stortford. Units dispatched.""",
  "RD RM IS IT", "dt", "D", "i")
T("""Officer note: checked on Romanian family of 7 in a 2-bed flat after a neighbour complaint about noise. Crowded but all are family members; both adults work at a warehouse through an agency, payslips seen, kids at school. No exploitation indicators. Housing referral.""",
  "", "", "", "l")
T("""Au pair (Colombian, 19) rang the agency: host father keeps her passport 'because of insurance' and host mother has her doing the whole house plus the neighbour's children for no extra pay, 12-hour days. She is not allowed to go to her English class any more.""",
  "RD EO RM", "dt lh rm", "D", "h")
T("""Witness: I drove her to the hospital myself. Her hand was swollen twice its size. She said the lady of the house slammed the oven door on it because she answered back. She lives in the house and looks after the grandfather. She asked me not to tell anyone because she has no papers.""",
  "PV", "pa fa", "D", "h")
T("""Forced marriage protection order application — 17-year-old female, family plan to take her to Yemen over summer to marry cousin. She wishes to stay in the UK and finish A levels. No labour element reported.""",
  "AV", "", "", "h")
T("""GLAA call: agency supplying cleaners to private homes charges each worker a £300 'registration fee' before work. Workers get paid direct, hold own documents. Licensing advice given.""",
  "", "uf", "", "l")
T("""Voicemail transcribed: 'my auntie got me here for studying but I am cleaning her house from morning and in the shop she has, she keeps my student card and my passport and I go to college only 1 day and she says it costs her £400 each month for me so I must pay back'""",
  "DE RD DB", "dt", "L D", "h")
T("""Nanny complaint to employment tribunal: says she worked unpaid overtime and was dismissed unfairly. Lived out, had own bank account, contract. Case listed. Not a slavery matter.""",
  "", "", "", "l")
T("""3/C/P - elderly Sikh woman seen doing housework at 3 addresses on same street, belonging to the sons, believed she 'rotates' and sleeps where she is sent. Nil else known.""",
  "", "", "", "l")
T("""Girl about 14, Somali, in A&E with scald to arm, says it happened cooking for 'the family' (not her parents). Says she doesn't go to school because she has to look after the babies. Adult with her is not a relative. Security asked to keep adult in waiting room; police called.""",
  "AV PV", "pa", "D", "i")
T("""press summary: A couple from Harrow were jailed at Isleworth Crown Court for keeping a woman from India as an unpaid servant for 10 years. She slept on the floor of the box room, worked from dawn past midnight and was allowed one phone call home a year. The court heard she was told police would jail her if she left.""",
  "WW AC EO IS IT", "plc lh fa", "D", "h")
T("""Sister-in-law came over from Poland to help with our newborn for 3 months, we pay her flights, she goes sightseeing, we give her spending money she asks for. Council tax query only.""",
  "", "", "", "l")
T("""Woman (Bolivian, 38) came as nanny with family from Madrid. Says she has had her pay 'paused' since arriving in the UK because the family say expenses are higher here. Works 7 days. Sleeps on a mattress in the baby's room. Wants to go home but doesn't know how without her papers, which the mother keeps.""",
  "WW EO AC RD", "lh sw dt", "D", "h")
T("""Neighbour dispute about a hedge; complainant alleges neighbour 'works his wife like a slave in the garden'. Wife spoken to, laughed, says she loves gardening. No offences.""",
  "", "", "", "l")
T("""Outreach: Nigerian female, 23, trafficked for 'housemaid' role to a family in Peckham, then moved to a flat and made to sell sex to repay £30,000 'juju debt'. Oath ceremony before leaving Benin City; believes she will die if she breaks it.""",
  "DE DB IT", "", "D S", "h")
T("""Teacher referral: student (16, Afghan UASC) lives with foster carer, works weekends at a barber, paid cash, keeps his money. Asked about exploitation training — no concerns, just checking process.""",
  "", "", "", "l")
T("""2/A/P. Source (domestic worker at neighbouring property) states that the maid at 7 Compton Rd has been locked in the staff quarters since the employers travelled to Qatar 3 days ago. Food passed through the window by the driver. Urgent.""",
  "RM AC", "rm", "D", "i")
T("""DS note: complainant alleges her ex 'forced her to be his housewife' for 2 years. On interview, she describes a controlling relationship (checking phone, arguing about friends), no work for others, no money taken. Recorded as coercive control, not MS.""",
  "", "", "", "l")
T("""Client says the family told her they'd pay £400 a month into her account back home in Ethiopia. After a year she managed to check: three payments only, then nothing. They said 'your money is safe with us'.""",
  "DE WW", "", "D", "m")
T("""Man phoned Helpline about his wife's cousin, 15, brought from Bangladesh 'to study' who is kept at home cooking for the whole family; wife's uncle says a girl doesn't need school. She's not registered with a GP or school.""",
  "AV DE", "", "D", "h")
T("""Private household, Belgravia — domestic staff of 5 interviewed during burglary follow-up. All hold contracts with a UK agency, documents in own possession, rooms inspected (good). One raised hours being long during the family's visit in summer but is paid overtime. No concerns.""",
  "", "", "", "l")
T("""cant believe what i saw today the lady from the big house at the end was pushed out the door by the husband and he threw her bag at her, she was crying in foreign language. she works for them i think cleans. she went back in after""",
  "", "", "", "l")
T("""Intel: nominal 'Uncle Dev' in Southall places girls from Punjab as servants in families across West London; families pay him, girls never see a penny. At least 3 placements known. 2/C/P.""",
  "WW", "nw", "D", "m")
T("""Helpline log: Caller (Vietnamese, 17) says she is living with a couple in Walsall who met her at a church. They make her clean, shop and look after their baby day and night. Says they have not hurt her but say if she leaves, police will send her to prison because she came in a lorry. Wants to leave now.""",
  "AV IT EO", "fa", "D", "h")
T("""Adult social care review: Mr P (68, dementia) lives with his nephew who is paid carer's allowance; nephew cooks and cleans and seems devoted. Mr P's finances are held by Lasting Power of Attorney, accounts reviewed — in order.""",
  "", "", "", "l")
T("""Translated letter to charity: 'Madam gives me the food they leave. I sleep on the stairs. If I am slow she pulls my hair. I send no money to my mother for two years because Sir says he sends it. I do not believe. Please help me, the address is on the envelope.'""",
  "PV AC WW", "plc sw", "D", "h")
T("""A Hungarian man (29) presented at council saying he was brought by a 'family' to look after their farm and house; found living in a caravan with no heating; 'boss' took his bank card to pay the caravan rent and gives him £20 each Friday.""",
  "AC WW", "plc nw", "L D", "m")
T("""Visa overstayer arrested at workplace (restaurant), says he works 40 hours for minimum wage paid to own account, lives with friends. No indicators of exploitation. Referred to IE.""",
  "", "", "", "l")
T("""Welfare check for a 16-year-old Roma girl married (religious ceremony) to a 22-year-old. Lives with husband's parents, cooks and cleans for them and his 5 siblings. Not in education. Says she is happy but MIL answered most questions.""",
  "AV", "sfw", "D", "h")
T("""Caseworker (Unseen): Ms L, Chinese, was told by her relative she'd be a housekeeper earning £1,200. She got £200 a month and had to repay £15,000 'for the visa' first. Relative drove her everywhere and kept her phone in his car.""",
  "DE WW DB RM IS", "et", "D", "h")
T("""Girl (8) seen by neighbour at 6am every day taking toddler to nursery and then doing washing on the line; adults asleep. Attends school late. Referred to children's services for neglect/child labour review.""",
  "AV", "", "D", "h")
T("""OIC update: victim of domestic servitude in Leeds now in safe house. Offenders (husband and wife) charged s1 MSA. Victim was beaten with a wooden spoon, made to sleep in the cellar and given leftovers. Passport recovered from suspect's handbag.""",
  "PV AC RD", "plc dt", "D", "h")
T("""Care agency: live-in carer sleeps in client's spare room, 2 weeks on 2 weeks off, paid £1,100 per fortnight to her own account. She said the work is hard but fair. Routine CQC inspection note.""",
  "", "", "", "l")
T("""Mum called 101: my 17-year-old daughter's boyfriend's family have taken her in, she's stopped school, she's doing all their cleaning and looking after their kids, they won't let me see her and her phone goes to voicemail. She's never been like this.""",
  "AV RM IS", "", "D", "h")
T("""Statement (Urdu, via interpreter). The witness says she came on a spouse visa. Her husband's parents told her she was a 'servant now, not a wife'. She says that she was not allowed to eat with the family, cleaned three houses belonging to her husband's brothers, and when she cried the father-in-law kicked her. She says her ID card was taken 'for the council'.""",
  "PV RD", "dt", "D", "h")
T("""Woman came to food bank asking for help with her mother-in-law's shopping, says she cares for her full time and gets carer's allowance in her own name. Food bank referral only.""",
  "", "", "", "l")
T("""Taxi driver statement: I drive the family's maid on Sundays to church and back. She sits in the back, I'm told not to let her out anywhere else, she has to be back by 1. She told me once she hasn't been paid since Christmas.""",
  "RM WW", "et rm", "D", "m")
T("""Report to Crimestoppers: Polish lady living in my dad's neighbours garage, they have her cleaning their two holiday lets and their house every day, she said she gets 'room not money'.""",
  "WW AC", "plc", "L D", "m")
T("""Section 47 strategy: 11-year-old boy brought from Sierra Leone by 'uncle' who is not related, used as houseboy and for begging outside supermarket at weekends; cash handed to uncle each evening. Boy has marks on legs.""",
  "AV PV WW", "pa nw", "D C", "i")
T("""Member of public: I employ a Ukrainian lady who cleans for me 2 days a week, she came on the Homes for Ukraine scheme, I pay her £14/hr. Is there anything I should be doing to make sure it's all above board?""",
  "", "", "", "l")
T("""Victim account: 'I was never paid. I asked once. She said: you eat, you sleep here, what more? Then she took my phone for a week. After that I did not ask.'""",
  "WW IS", "", "D", "m")
T("""INTEL 2/B/P: SHARMA family (Wembley) — reported to be holding a 60-year-old female relative from Nepal as domestic help. She is seen only through kitchen window, has not left property in c. 8 months, neighbours have heard shouting in Nepali at night.""",
  "RM", "rm", "D", "m")
