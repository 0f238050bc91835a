# part 1: f8-001 .. f8-070
T("""2/B/P. INT suggests males working at SPARKLE HAND CAR WASH, Tipton Rd, are Romanian nationals collected in a white Transit at approx 0600 and returned after 2100. POI known as "Costel" takes their bank cards at end of each week. Workers sleep in the portakabin at rear.""",
  "OT", "CEDL LH NCW SAW", "L")
T("""Caller states neighbour's house has new people every week, sounds like a party, cars coming and going all night. Caller thinks they are students. No further concerns raised.""")
T("""i work at the nail shop on high st since march. boss say i owe him 9000 pound for bring me from vietnam and the flat. every month he say it is more because food and electric. i dont get money only he give me 30 pound sometime. i cant go out alone he say police will send me to prison.""",
  "DEBT WAG ROM THR AV", "NCW FOA", "L")
T("""Safeguarding referral (Year 9 pupil, 14). Pupil has been seen getting into different cars after school, has two phones and new trainers, and told a friend she 'has to go to parties' at a flat in Hulme to pay back a man called Deano for vapes and food. Returned home at 3am twice this week with bruising to her wrist.""",
  "AV DEBT VIO", "PA", "S", "H")
T("""GLAA inspection, Fenland packhouse supplied by Cornerstone Staffing Ltd. Workers interviewed individually with independent interpreter. All hold their own passports and bank cards, payslips match hours worked, transport to site is free. No indicators of forced labour identified. Minor breach: holiday pay calculated late.""")
T("""Debrief account (via Albanian interpreter). She says that a man she met on Instagram promised her work in a London hair salon. When she arrived he took her passport 'for registration' and drove her to a flat in Luton. She says she was made to see up to ten men a day and that he kept all the money. She says that when she cried he hit her with a belt and said her younger sister in Durrës would be next.""",
  "DEC DOC VIO THR WAG", "NCW", "S")
T("""999 call 02:14. Female caller, very distressed, poor English, says she is in a room above a takeaway, door locked from outside, man has her phone and she is using a hidden second phone. Cannot give address. Background noise of kitchen extractor. Call dropped after 40 seconds.""",
  "ROM ISO", "", "", "I")
T("""Bank alert (FinCrime ops). Eleven debit cards registered to different names, all at 14 Moor Lane, used at the same ATM on Bridge St within 20 minutes every Friday evening. Accounts receive salary credits from a poultry processing agency and are emptied same day.""",
  "", "MBC NCW", "L")
T("""Press summary: Two men were jailed at Leeds Crown Court for controlling 18 Polish workers who were housed in two terraced houses, four to a room, and charged £80 a week rent from wages at a food factory. The workers were told they owed money for transport from Poland and were threatened with violence if they complained.""",
  "DEBT AC THR", "OVC", "L")
T("""OIC handover: IP (Sudanese male, 17) remains at foster placement. Says he was made to sell cannabis in Ipswich by a man he owed £3,000 for the lorry journey from Calais. Man still calls him. VRM of car used: KX19 LNA. NRM referral submitted, no consent needed as child.""",
  "AV DEBT", "", "C", "H")
T("""My landlord keeps my deposit and wont give it back even tho i left the flat clean. Can the police do anything??""")
T("""Midwife note, booking appointment. Woman (Nigerian, 24 weeks pregnant) attended with a man who answered all questions for her and refused to leave the room. She had no bag, no phone and said she did not know her address. When he stepped out she said quietly 'madam keeps my papers'.""",
  "DOC ISO", "SFW FPE", "")
T("""Salvation Army caseworker note. Client (male, 52, British) was homeless in Bristol when a family offered him a caravan and work laying driveways. He worked for nine years, 7am to dark, six or seven days a week, and says he was given 'fag money and a few cans'. He was beaten when he tried to leave in 2019. He has a mild learning disability and cannot read.""",
  "AV OT WAG VIO AC", "PLC", "L")
T("""Report via online form: THERE IS A CAR WASH ON THE A38 WHERE THE LADS LOOK ABOUT 15 NO GLOVES NO BOOTS IN THE FREEZING COLD AND A BLOKE IN A BMW SHOUTS AT THEM ALL DAY!!!! SOMEONE NEEDS TO CHECK THIS OUT NOW""",
  "AV AC", "", "L", "H")
T("""Council licensing visit to Golden Nails, Chelmsford. Premises registered, staff of three all on payroll with contracts, two British and one Vietnamese national with settled status who owns a share in the business. Hygiene rating good. No concerns.""")
T("""1/A/P. Nom RAMA Gentian (DOB 11/04/1991) controls cannabis grow at 27 Oak Road, Stoke. Vietnamese male aged approx 16 is kept inside the address to water plants, windows boarded, and is not allowed out. Food delivered twice weekly.""",
  "AV ROM ISO", "", "C", "I")
T("""We came from Eritrea through Libya. In Libya they kept us in a warehouse and asked my family for 4000 dollars. Then in England I live with my cousin and I go to college, I want to be a nurse.""")
T("""Victim statement (translated from Slovak). I was told by Mr. D that there is good job in factory, 9 pounds per hour, house included. In England he opened bank account with me and kept the card and PIN. I worked in the factory for eight months. I received nothing, only he bought us food. When I asked for money he said I must first pay the ticket and the house.""",
  "DEC WAG DEBT", "NCW", "L")
T("""A&E note 23:40. Male, approx 30, Chinese, laceration to left hand sustained in a restaurant kitchen. Attended with colleague who interpreted. Patient says he works normal shifts, is paid weekly and lives with his wife. Discharged with follow-up.""")
T("""Probation note: PoP reports that since release he has been 'looked after' by an associate who lets him stay in a flat in exchange for driving parcels to Norwich. He says he cannot say no because he owes for the room and he has been told his daughter's school is known.""",
  "DEBT THR AV", "", "C")
T("""Caller to 101 says her elderly mum's carer is from an agency which took £1,500 from the carer for a visa and training. Carer works 70 hours a week across several homes and sleeps on mum's sofa because she has nowhere else. Caller worried she is not being paid properly.""",
  "OT DEBT", "UF SAW", "L")
T("""School referral: Pupil (Y6) told teacher his older brother 'works for Kane now' and brings home lots of cash and a knife. No disclosure about the pupil himself being involved. Referred to early help; brother (16) referred to children's services.""",
  "AV", "", "C", "H")
T("""Witness statement. I live opposite 4 Station Terrace. Most mornings around 5am a silver Sharan picks up about six men. They carry their own lunch boxes and they chat and laugh. They work for the builders on the new estate, I've seen their van there. I have no reason to think anything is wrong, I'm only reporting because the police asked for statements about the parking.""")
T("""Intel log 2/C/C (not to be disseminated to LA without OIC consent). Females advertised on adult site under names 'Lily' and 'Coco', same phone +44 7700 900321. Adverts show new location every 3 days (Derby, Nottingham, Leicester). INT suggests females moved by car and do not leave the flats between bookings.""",
  "ROM", "ET", "S")
T("""My name is Marites. I came to London with my employer's family from Dubai as their domestic worker. They took my passport at the airport. I cook, clean, look after three children from 6 in the morning until midnight. I sleep on the floor in the children's room. Madam says if I run away the police will arrest me because I have no visa. They send 100 dollars a month to my mother, I never see my salary.""",
  "DOC OT AC THR WAG AV", "FOA NCW", "D")
T("""Neighbour dispute. Resident at no. 12 complains that no. 14 parks a work van across her drive. Both parties advised. No offences disclosed.""")
T("""Border Force, Stansted. Female (Romanian, 19) travelling alone with one-way ticket, could not name hotel. Male who booked her ticket was waiting at arrivals holding her ID card copy. She stated she was 'going to do massage work' arranged through a Facebook friend she has never met. Safeguarding advice given; male spoken to. Referred to police.""",
  "", "", "", "L")
T("""GLAA: Gangmaster supplying pickers to a Herefordshire soft fruit farm deducts £25 a week for 'minibus' and £40 for hi-vis and boots from each worker's first pay. Workers were charged £400 recruitment fee in Kyrgyzstan. Workers report 12-hour days in peak season and being told they would be sent home and never hired again if they complained.""",
  "DEBT OT THR", "CT PPE UF", "L")
T("""Cuckooing. Adult safeguarding referral: Mr P (61, alcohol dependent, lives alone) has had two young men from London staying in his flat for three weeks. They deal from the flat. Mr P says he is 'fine' but neighbours hear him being shouted at and he was seen with a black eye. They keep his bank card and he is getting thinner.""",
  "AV VIO", "PA NCW", "C")
T("""Custody note. Detainee (Vietnamese male, states age 15, looks older) arrested at cannabis factory in Bolton. He says he was brought to UK in a lorry and owes the 'uncle' money for the journey. He did not know which town he was in. Appropriate adult requested, age dispute, treat as child.""",
  "AV DEBT ISO", "", "C", "H")
T("""hi i think my mate is bein used, she met this lad online hes like 35 and shes 16 he buys her stuff and now he makes her go with his mates for money and if she says no he says hell show everyone the pics he took""",
  "AV THR", "", "S", "H")
T("""Kidney transplant patient (male, 58) attended renal clinic for post-operative review. Organ from deceased donor via NHS Blood and Transplant. Recovering well.""")
T("""1/B/P. Subject LAM Thi Hoa runs three nail bars in Swindon. Staff are young Vietnamese females who live above the shops, arrive from other premises in Lam's vehicle and are never seen shopping alone. One worker was overheard saying she cannot leave until she has paid £15,000.""",
  "DEBT ROM", "ET", "L")
T("""Debrief account. I was in Pakistan, a man in my village said a kidney for 3 lakh rupees will change the life of my family. He took me to a clinic in Lahore. After the operation I got only 50,000 and he said the rest is for the hotel and the doctor. Now I live in Bradford with my brother, I am always tired and I cannot work properly.""",
  "DEC WAG AV", "", "O")
T("""Crimestoppers (anon). Indian restaurant on Market Place - chef and waiters all sleep in the cellar on mattresses, boss holds their passports "so they don't run off", they work every day of the week and get £100 a month.""",
  "DOC AC OT WAG", "SAW", "L")
T("""Report: teenage girls being picked up by taxis outside the children's home on Lime St every night after 10pm and coming back at 5am. Staff have logged it. One girl (15) came back with a split lip and would not say what happened.""",
  "AV VIO", "PA CEDL", "S", "H")
T("""Handover: Farm worker (Ukrainian, 34) injured by a potato grader, ambulance called. HSE informed. He is on the Seasonal Worker visa, housed in a clean caravan with two others, has his passport and is paid weekly to his own account. Employer cooperative. No MS concerns.""")
T("""Debrief via interpreter (Tigrinya). He says that he worked on a fishing boat out of Newlyn for seven months. He says that he slept in the hold and was not allowed off the boat when it was in port because the skipper said he had no papers. He says that he worked twenty hours a day when they were catching and was hit with a rope when he was slow. He was promised £1,200 a month but received £300 twice.""",
  "ROM OT VIO DEC WAG AC AV", "SAW", "L")
T("""Shoplifting: Romanian female (17) and two younger girls arrested at Primark, Oxford St. An older male waited outside in a car and drove off when police arrived. Girls said they give everything they take to 'the boss' and sleep in a house with 12 people in Ilford.""",
  "AV", "OVC", "C", "H")
T("""My daughter's fiancé is from Albania. He works at a car wash, gets paid every Friday and lives with us. We just want to know if his visa application will be affected by a past caution.""")
T("""Caseworker notes (Medaille Trust). Client F, Polish, 41. Recruited at a bus station in Gdańsk by a woman who said there was warehouse work via an agency in Northampton. On arrival her ID card was taken 'for the agency'. She was put in a house with 14 others, mattresses in the kitchen and the lounge. The agency existed but wages were paid into an account opened in her name controlled by the recruiter's husband. She was given £20 a week. She left when another worker gave her the number for the helpline.""",
  "DEC DOC AC WAG", "OVC NCW", "L")
T("""Suspicious activity report: Account holder (male, 22, student visa) receives multiple transfers from unknown third parties totalling £48k and forwards them abroad. Customer told branch staff a man he met on Telegram pays him £200 a month for 'using my account'. No sign that he is under anyone's control.""")
T("""Police intelligence 3/C/P. Source states that 'Uncle Tan' brings girls from China on student visas and keeps their passports in his restaurant safe. Girls work as waitresses in daytime and in flats at night. Source's reliability untested and account partly hearsay.""",
  "DOC", "", "L S")
T("""Social worker report: Mrs K, a 78-year-old with dementia, has a live-in 'niece' from abroad who does all household tasks. On visit the young woman appeared well, had her own room, phone and passport, attends college two afternoons a week and is paid by the family via bank transfer. No concerns of domestic servitude.""")
T("""Intel: Albanian OCG running cannabis farms across Kent. Young males (18-20) recruited on TikTok with promises of £2k a month in construction. On arrival told they owe £20k for the crossing and must 'garden' until it is paid. Doors padlocked, phones taken. One male reported beaten for trying to call home.""",
  "DEC DEBT ROM ISO VIO", "", "C")
T("""pls help my cousin in the farm they dont pay him 3 months now and the gangmaster have his passport, he work from 5 in morning to 9 night and they put 10 men in one caravan, he scared to call police""",
  "WAG DOC OT AC", "OVC FOA PLC", "L")
T("""Domestic abuse incident. Female reports husband pushed her during an argument over money. She has her own job and bank account and lives with her parents since the incident. DASH completed, medium risk. No exploitation indicators.""")
T("""Interview notes, hotel housekeeping. Agency workers paid per room cleaned rather than per hour, which works out below minimum wage on busy days. Workers keep their own documents and go home each night. Referred to HMRC National Minimum Wage team.""",
  "", "", "")
T("""The old lady next door has had her grandson's Vietnamese girlfriend staying for a month, she cooks and goes out shopping with the old lady and seems really happy, I only mention it because someone put a leaflet about modern slavery through my door and I wanted to say this one is fine.""")
T("""Victim account (first person, Romanian). They said we go to Wales to pick flowers and we will earn 80 pounds a day. There was no flowers. They put us to beg outside Tesco in Cardiff from morning until night and at night Florin took all the money. If we brought less than 50 pounds he did not give us food.""",
  "DEC WAG OT AC", "", "C")
T("""Officer note: Male (Polish, 46) found sleeping in a shed behind a recycling yard in Leicester. Says he sorts waste for cash and is paid £10 a day by the yard owner, who also 'looks after' his bank card so he doesn't drink the money. Owner says he does him a favour. Male drinks heavily.""",
  "WAG AV AC", "NCW SAW PLC", "L")
T("""Safeguarding (LA). Sham marriage concern: Portuguese female (20) with learning disability brought to UK by her aunt and married to a Pakistani national she met the same day. Registrar noted she did not know his surname. Aunt received £8,000. Female now lives with the husband's family and does all their cooking and cleaning and is not allowed to leave the house.""",
  "AV ROM WAG", "", "D", "H")
T("""Quick note from door-to-door: 45 Albert Rd - all windows covered with foil, strong smell, humming noise. No one answered.""",
  "", "", "")
T("""1/A/C (conditions: not to be shared with Home Office without DS approval). Nom OKAFOR Blessing (DOB 02/09/1979) arranges travel for young women from Benin City. Women are taken to a shrine before travel and swear an oath; they are told they owe 'madam' €35,000 and that they will go mad or die if they break the oath. In UK they work in flats in Peckham.""",
  "DEBT THR", "", "S")
T("""Call summary: Female, 34, says she left her job at a fish processing factory because the shifts were too long and the supervisor shouted. She has been paid up to date and found another job. Asking for advice about an unfair reference.""")
T("""Referral from Barnardo's. Boy (13) found in Aberdeen, 500 miles from home in Enfield, with £800 cash and 30 wraps of crack cocaine in his underwear. Says 'they' will hurt his mum if he doesn't finish the line. Missing from home for four days.""",
  "AV THR", "", "C", "I")
T("""I cleaned offices for an agency in Slough. The agency said I must pay £300 for DBS and uniform first. After that it was okay, I get my salary each Friday and I can choose my shifts.""",
  "", "UF", "")
T("""Log: Staff at Harrow hotel report a chef living on site in a store room for 8 months, working breakfast to late service 7 days. Manager says he 'prefers' to stay. Chef (Bangladeshi) told housekeeper he has not been paid since his visa sponsorship started and the owner 'will cancel my visa if I complain'.""",
  "OT WAG THR AV AC", "SAW", "L")
T("""Debrief. I'm from Birmingham. When I was 15 my boyfriend Jay, he was 23, started taking me to houses where his friends were. He'd give me vodka and weed and then they'd all have sex with me. I didn't want to. He said if I told anyone he'd say I was a slag and my mum would kick me out.""",
  "AV VIO THR", "", "S", "H")
T("""GLAA licence check. Labour provider operating without a licence supplying 6 workers to a shellfish processor. Workers interviewed: paid correctly, own accounts, no accommodation provided. Enforcement action for unlicensed activity only.""")
T("""Report from member of public (phone): "There's a lad who sits outside Greggs every day, same spot, about 8 till 6. A car drops him and picks him up, and the driver takes his cup off him. He's got a bad leg and doesn't speak English.\"""",
  "WAG AV", "CEDL ET", "C")
T("""Au pair enquiry. French au pair (19) with a host family in Surrey says she works about 30 hours a week, has weekends off, gets £110 pocket money per week and attends language classes. She is homesick and wants to know how to end the placement early. Advised to speak to her agency.""")
T("""Intel 2/B/P: Males working at construction site on Dock St are collected from a house in Beeston at 0530. The ganger, known as 'Big Mick', does all the talking and collects the wages in cash from the contractor. Workers appear unkempt and wear the same clothes daily.""",
  "", "CEDL SFW NCW PA", "L")
T("""Prison note. Prisoner (Albanian, 21) convicted of cultivation says he was locked in the house for 5 months and the men who brought him said they know where his family lives in Kukës. He has been referred to NRM; s45 defence was not raised at trial.""",
  "ROM THR", "", "C")
T("""Nurse at a care home in Kent (Zimbabwean, 38) told the union rep that her sponsor charges her £5,000 if she leaves before three years, she has to share a room with two other carers in the manager's house and she works 60+ hours with no overtime pay. She is scared she'll be deported if she complains.""",
  "DEBT AC OT AV", "OVC FOA", "L")
T("""Flat 3, 88 Cavendish St: neighbours complain of loud music and a dog barking. Officers attended, spoke to occupants (couple in their 30s). Words of advice.""")
T("""Summary of victim debrief (Filipino female, 44). Came to UK with a diplomatic family. Worked as a cleaner and nanny. Not allowed to go out except to take the children to school, accompanied by the driver. Passport kept by the employer's secretary. Was slapped by madam on several occasions. Paid 150 dollars per month, sent to her account in Manila which her sister manages.""",
  "ROM DOC VIO WAG", "ET", "D")
T("""Referral, school nurse. Girl (16) of Roma heritage absent for weeks; when back she said she had been 'married' in the summer to a man of 25 in Romania and now lives with his family in Derby where she looks after the house and his younger siblings and is not allowed to come to school any more.""",
  "AV ROM", "", "D", "H")
T("""Anonymous: the man who owns the phone repair shop has 3 lads working there who dont speak english and they sleep in the back of the shop and he doesnt let them out, theyve got no coats and look hungry""",
  "ROM AC AV", "SAW PA", "L")
