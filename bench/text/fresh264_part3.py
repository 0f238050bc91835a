# fresh264 part 3: public reports, call handlers' logs, online forms
def add(T):
    T("theres about 10 men living in the house next door in Manor Park they go off in a white van at 5 in the morning and come back at 10 at night never see them on a weekend off",
      "EO", "OA CE LH", "L")
    T("CAD 4471: Caller states she can hear a woman screaming in the flat above, 33 Cable Street E1, man shouting 'you work or I kill you'. Ongoing. Grade I.",
      "IT", "", "", "immediate")
    T("online report: the car wash by the petrol station on Lea Bridge Rd the lads there look scared and dont have gloves in the cold, there hands are red raw. one of them asked me for food",
      "AC", "FA", "L")
    T("CAD 2209: Caller concerned about a man sleeping in a car outside his house in Eltham for 3 nights. Officers attended: male had argued with his wife, going to stay with his brother. No offences.",
      "", "", "")
    T("Hi I want to report the nail shop on Powis Street Woolwich. The girls in there never speak and the man at the till answers everything. They get dropped off in a people carrier every morning and picked up at 9pm. One of the girls looked about 15.",
      "AV", "SFW CE ET", "L", "high")
    T("CAD 5630: Male caller in distress, limited English, via Language Line (Romanian). States he is at a building site in Canning Town, the boss has his passport and hasn't paid him for 2 months, and he was hit this morning when he asked. Boss is there now. Unit dispatched.",
      "RD WW PSV", "DT", "L", "immediate")
    T("my neighbour has a cleaner who is there every day from early til late she looks worn out. I dont know if shes paid, probably is. Just thought id say",
      "", "", "")
    T("Caller reports that a young girl of about 13 is being picked up from outside Bow School by different men in cars, different days. Has seen her get into a black BMW today. Concerned for CSE.",
      "AV", "", "S", "high")
    T("CAD 1180: Report of suspicious activity at flat 7, Jamaica Road SE16. Caller states different men coming and going all night, curtains always shut, smell of cannabis. No information about who lives there.",
      "", "", "")
    T("i work in a shop in peckham a guy came in with 6 different bank cards and tried them all at the cash machine and kept looking at his phone for the pins, hes done this every week for a month",
      "", "MBC", "")
    T("CAD 3392 Grade S: Caller is a taxi driver, states he dropped a young woman at Croydon University Hospital, she told him in broken English 'please help, man keep me, take my passport, I escape'. She is now in A&E waiting area.",
      "RM RD", "DT RMS", "", "high")
    T("theres a kid on my estate in thamesmead about 12 he's out all hours and some olders have got him carrying bags for them he told my son if he stops they'll stab him",
      "AV IT", "", "C", "high")
    T("Report via online form: My friend from Lithuania came to work at a chicken factory in Barking through an agency. He says they charged him £400 to get the job, he lives in a house the agency owns with 14 people and they take the rent off his wages. He's worried to complain.",
      "WW", "UF OA FA", "L")
    T("CAD 6602: Noise complaint, party, Forest Hill. Dispersed. NFA.",
      "", "", "")
    T("caller concerned for elderly neighbour in Stratford who has a live in carer who never seems to leave the flat. Officers attended: carer is employed via an agency, lives in, has 2 days off a week which she spends with her family in Leyton, has her own phone and documents. Neighbour had not seen her leave as she goes early. No concerns.",
      "", "", "")
    T("CAD 0771: Caller (anonymous) states that at the flower stall on Whitechapel Market the owner makes a man sleep under the stall at night to guard it and gives him no money only food. He is 'not right in the head'.",
      "AV WW AC", "SW", "L")
    T("im a delivery driver, at a cash and carry in Beckton theres a man works there who is covered in bruises every week, he told me the boss beats him if he makes mistakes. hes from india, no english",
      "PSV", "PA", "L")
    T("Anonymous email to Newham Council: 'The house at the end of Katherine Road, they have girls in there. Men go in and out. One girl came to my door asking for a phone. She looked terrified and ran back when the man shouted.'",
      "ISO", "FA", "S")
    T("CAD 2931: Caller states her teenage daughter (15) has come home saying a man she met online offered her £200 to 'model'. Daughter has not met him. Advice given, online safety. Graded low.",
      "", "", "", "high")
    T("caller says theres a van with ‘painting and decorating’ on the side in her road in Norwood, every morning about 6 lads get out and a man hands them tools and takes money off each one. she thinks theyre paying for the tools",
      "", "PPE CE", "L")
    T("i think my cousin is being used for slavery. she went to work as a nanny in London for a family, they said she get £1000 a month. she now say they pay nothing and she cant leave because they have her passport. she cries on the phone when they not home. address is somewhere in Blackheath",
      "DEC WW RD RM", "DT RMS", "D")
    T("CAD 4104: Man in distress at Lewisham station, speaking Vietnamese, has cuts on his arms. Through interpreter states he escaped from a house where he was made to grow plants, men are looking for him now. Officer on scene.",
      "RM", "PA FA", "C", "immediate")
    T("A bloke at the car wash on Streatham Common (not sure if thats your area) lives in the shed out back I seen his mattress. He works everyday i go there.",
      "AC EO", "SW LH", "L")
    T("Caller states that his flatmate, a Hungarian male, works for a roofer who pays him every Friday in cash, about £120 a day. Flatmate had an accident and the caller wanted advice on whether he can claim. No exploitation.",
      "", "", "")
    T("CAD 3321: Female caller (Albanian) states her husband locks her in the flat in Plaistow when he goes to work, has taken her phone and her passport. She used a neighbour's phone. She is locked in now.",
      "RM ISO RD", "RMS IS DT", "", "immediate")
    T("thers a chinese take away on Deptford Broadway and the guy who works there is always there night and day. I asked him once where he lives he pointed upstairs and said 'boss house' and looked scared. He doesnt speak english.",
      "EO", "LH FA", "L")
    T("CAD 1457: Caller is a security guard at a hotel in Stratford. States 2 young girls, possibly 14-15, checked in by an adult male, 3 other men have since gone to the room. Girls looked drunk. Requests police now.",
      "AV", "", "S", "immediate")
    T("caller says his landlord in Woolwich has 30 tenants in one building. On checking, the building is a licensed HMO with 30 self-contained studios, each tenant pays their own rent. Caller has a dispute about his deposit. Civil matter.",
      "", "", "")
    T("CAD 2788: Caller reports man banging on her door at 3am in Plumstead asking for help, he is barefoot and says he has run away from his 'job'. She has let him in. He says the men will come after him, they have his papers and they hit him. Requests police attend.",
      "RD PSV", "DT FA", "L", "immediate")
    T("I'm a Deliveroo rider and there's a guy who hires out accounts to other riders at a flat in Whitechapel, there's about 8 of them living there sharing beds in shifts, he takes most of their money and keeps their phones at night.",
      "WW ISO", "OA IS NCW", "L")
    T("CAD 0043: Report of a Romanian woman begging outside Sainsbury's Lewisham every day. Caller states a man drops her off at 8am and watches her from across the road, then takes her cup at lunch time.",
      "RM WW", "ET CE NCW", "C")
    T("Caller says he was offered a job on Gumtree as a driver, the man asked him for £250 up front for 'insurance' and he paid but job never happened. Fraud, action fraud ref given.",
      "", "", "")
    T("the shop on Ilford Lane (Iv just started goin there) has a woman working 7 days she sleeps in the back she told me the owner 'hold her money to send home' but never sends it",
      "WW EO AC", "SW LH NCW", "L")
    T("CAD 3999: Concern for welfare, Abbey Wood. Mother reports 16yr old son missing since yesterday, he has told friends he is 'going country' with someone called Dee. Phone goes straight to voicemail.",
      "AV", "", "C", "immediate")
    T("Caller states her au pair (Spanish, 20) told her that a previous host family in Dulwich took her phone away at night and never let her go out in the evenings. Au pair now happy in current placement. Historic, advice given re reporting.",
      "ISO RM", "IS RMS", "D")
    T("CAD 5210: Caller reports seeing a man beating another man in the yard of a scrap yard on Thames Road, Barking, shouting 'you work for me, you don't go anywhere'. Victim appeared to be Eastern European.",
      "PSV RM", "", "L", "immediate")
    T("My son aged 15 keeps getting messages saying he owes someone £800, he says he lost a bag of 'food'. Theyve said they know where we live in catford. Hes too scared to leave the house.",
      "AV DB IT", "FA", "C", "high")
    T("caller wants to report her ex for not paying child maintenance. Not a police matter, advised CMS.",
      "", "", "")
    T("CAD 6743: Dog walker reports tent in woods at Shooters Hill, 3 men living there, they say they work on a farm and are dropped there each night by the farmer. They have no toilet and no running water.",
      "AC", "PLC CE", "L")
    T("Online report: I think the massage place on Mitcham Road Croydon is a brothel, the girls live there and theres beds in every room. dunno if they are forced",
      "", "SW", "")
    T("CAD 0921: Caller (church pastor, Thornton Heath) states a member of his congregation, a Nigerian woman, has told him she is kept by a family in Norbury and works for them with no pay, not allowed to go to church except with them. Caller asks for police to call back.",
      "WW RM", "ET RMS", "D")
    T("Caller says the factory near her in Dagenham has workers who smoke outside on breaks, they look tired and she thinks they're foreign and might be slaves. No specifics. Passed to neighbourhood team, visit found a unionised workforce, no concerns.",
      "", "", "")
    T("CAD 4815: Female caller whispering, states she is in a flat in Croydon, she doesn't know the address, she was brought there 3 days ago by a man who said she had to 'work' with men. She can see the Whitgift Centre from the window. Line went dead. Urgent trace.",
      "RM ISO", "IS", "S", "immediate")
    T("There is a boy who cleans cars outside our flats on Roman Road every weekend and in the evenings, he looks about 14 and I have seen the man he works for slap him round the head",
      "AV PSV", "", "L", "high")
    T("CAD 1762: caller reports two men arguing outside a restaurant in Brick Lane about unpaid wages, one says he is owed £300 for one week's work. Both left. No further info.",
      "", "", "")
    T("i no this might be nothing but the polish lads who live in the house on my road are always being shouted at by a man who comes in a range rover, he took one of them's passport off him in the street, i saw it",
      "RD IT", "DT", "")
    T("CAD 2094: caller is a bus driver on route 108, states a man on his bus is holding a teenage girl by the arm and she mouthed 'help me' to him. Bus at North Greenwich now.",
      "AV RM", "", "", "immediate")
    T("caller from a GP surgery in Canning Town reports a patient who has come in 5 times with a different man each time claiming to be her husband and translating. Patient never speaks, has bruises on her wrists.",
      "", "SFW PA FA", "S")
    T("My dad runs a newsagent in Croydon and I work there 30 hours a week while at college. Someone reported him for child labour. I'm 19, I get paid, I want to work there. Please close this.",
      "", "", "")
    T("CAD 3305: Caller states 'there's a lad in the back of the car wash (Lewisham Way) who's been crying, the owner has locked him in the store room, I heard him banging'.",
      "RM", "RMS", "L", "immediate")
    T("anon: a family in bexleyheath have a girl from africa living with them, shes about 15 and doesnt go to school, she is always cleaning and hanging washing and the kids call her 'the maid'",
      "AV", "", "D", "high")
    T("Caller requests advice: his Filipino carer's previous employer in Tower Hamlets kept her passport for 2 years and only paid her £150 a month. She now works for him and has her passport back. Caller wants to know if she can report the previous employer.",
      "RD WW", "DT", "D")
    T("CAD 4431: Bank (Barclays Stratford) reports a man attempting to open accounts for 3 different women who do not speak, he has their passports and is answering all questions for them.",
      "RD", "DT SFW", "")
    T("Caller reports seeing 4 boys aged 10-12 pickpocketing at Westfield Stratford, an adult woman was collecting the phones off them as they came out. Staff tried to stop them and they ran.",
      "AV", "", "C", "high")
    T("CAD 0188: Caller reports neighbour's builders start at 7am and are there until 7pm, too much noise. Refer to council noise team.",
      "", "", "")
    T("i dont want to give my name but at the carwash near Catford bridge the boss keeps the workers in a flat above and locks the door at night i live opposite and see him do it",
      "RM", "RMS OA", "L")
    T("Caller (NHS dentist, Lewisham) states a young woman came with a man who paid cash and insisted on staying. Woman had poor teeth, was very thin, and when the man left the room she asked 'are you police?' and then said nothing more.",
      "", "SFW PA FA", "")
    T("CAD 5901: caller states the Indian man who works at the shop on her corner in Plumstead told her he hasn't been paid in 6 months and can't go back to India because the shop owner has his passport. She wants someone to check on him.",
      "WW RD", "DT", "L")
    T("someone keeps posting adverts for 'massage' with photos of diffrent girls at the same address in Leyton, same phone number 07848 227 309. the girls change every week",
      "", "", "S")
    T("CAD 2266: Caller reports a man has taken her daughter's phone and is refusing to give it back, in a dispute over a game. Words of advice, phone returned.",
      "", "", "")
    T("Caller via 101: 'my sister in law is kept in the house in Ilford by my brother's family, she cant go out without my mother in law, she does all the cooking and cleaning for the whole family 10 people, they took her gold and her passport when she arrived from pakistan, they beat her last week'",
      "RM RD PSV", "RMS DT", "D")
    T("CAD 6114: Report of a man in Southwark Park acting oddly, asking people for a phone. On arrival, male (Polish) states he has been living in a garage in Bermondsey and working for a man who picks him up every day, but he has not been paid for weeks and the man has now told him he owes for 'rent'. Taken to Walworth police station for further enquiries. The male is 44, from Gdynia, and has been in the UK since 2019. He was seen by the MSHT duty DS and given a meal. Salvation Army contacted for emergency accommodation. Garage address being researched; the man who collects him drives a blue Ford Ranger, VRM not known.",
      "WW DB AC", "PLC", "L")
    T("Caller, pub landlord in Deptford, states the two Spanish girls who work for him live upstairs and he wants to check if that is ok legally. They have own contracts and pay rent. Advised to contact council. No concern.",
      "", "", "")
    T("i saw a woman in a window of a house on Green Lanes (ilford side) holding up a sign saying HELP. when i looked again the curtain was shut",
      "", "", "", "immediate")
    T("CAD 3047: Caller states a group of about 20 men are dropped at the Tesco in Beckton every night at 11pm in two minibuses, they look exhausted and dirty, same clothes every day.",
      "", "CE PA", "L")
    T("caller reports concern that a local boxing coach in Lewisham is 'working the kids like slaves' with 6am sessions. Officers spoke to club, all voluntary, parents consent. Unfounded.",
      "", "", "")
    T("Anonymous letter to Croydon Police: 'the woman at number 44 keeps a girl in the house she is not her daughter, the girl does all the shopping with the woman watching her, she is never on her own, she has no coat in winter'",
      "RM", "ET PA", "D")
    T("CAD 0612: Caller reports a known male is outside her address in Peckham demanding her 14yr old son come with him to 'do a run', says her son owes him. Male still outside.",
      "AV DB", "", "C", "immediate")
    T("caller states her husband's employer, a building firm in Erith, hasn't paid him for the last job, £1,400. He is a British citizen and self-employed. Civil dispute, advised.",
      "", "", "")
