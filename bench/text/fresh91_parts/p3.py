T("""OFFICIAL-SENSITIVE. Intelligence report 2/B/P.
Subject: AL-MANSOURI household, Park Lane apartment (temporary residence over summer).
INT suggests the household has travelled with four domestic staff from the Gulf: two Filipina maids, an Ethiopian nanny and an Indian driver. The driver is seen daily and appears to move freely; he has been seen at the mosque and at a café with friends. The maids and the nanny have not been seen to leave the building in six weeks. Building concierge states staff eat in the service corridor and sleep in a laundry room fitted with bunk beds. A source close to the building states one maid told her their passports are 'with Madam's secretary' and that they have not been paid since March because 'salary is paid in Riyadh'. The nanny was overheard on the phone crying and saying she works 'all day and all night, the baby does not sleep'.
Assessment: possible domestic servitude affecting three females. Driver not assessed as a victim. Family due to leave UK 30/08. Recommend early welfare visit with interpreter and Kalayaan.""",
  "RM AC RD WW EO", "rm plc sw dt lh", "D", "h")
T("""Safeguarding referral (Primary school, Year 5).
Pupil: 'S', aged 10, lives with father, stepmother and stepmother's three children.
Concerns: S often arrives late and hungry. Today she told her class teacher she could not do her homework because she 'has to do the dishes and bath the babies and iron Daddy's shirts'. She said she gets up at 5.30 to make breakfast for everyone. Her hands are chapped. Her stepsiblings do not have chores. She said that when she forgets something her stepmother locks her in the downstairs toilet 'until she's sorry', sometimes for hours. She did not want to go home today and asked if she could stay for after-school club, which she is usually not allowed to attend.
Previous: attendance 82%, FSM, no previous referrals. Father works away.
Action: referred to MASH 15:10, DSL spoke with duty social worker, strategy discussion agreed. Child remains at school pending decision.""",
  "AV RM EO", "rm lh pa", "D", "i")
T("""Victim debrief (Tagalog interpreter). Summary in the interpreter's words:
She says she was recruited in Manila by an agency that told her she would work for a family in Hong Kong for HK$4,600 a month. After eight months in Hong Kong the family brought her to London on holiday. In London they told her she would stay with the grandmother and the contract was finished. She says the grandmother made her massage her legs every night until 2am and she had to be up at 6 to prepare the children's breakfast. She was given a blanket on the floor of the grandmother's bedroom. She says the son's wife kept her passport and told her that if she ran away the police in England would put her in prison because she had no visa. She says she was paid for two months in Hong Kong and nothing in London. She left with the help of another Filipina she met in the park when she was taking the children out. She says she wants her passport back and to go home to her children.""",
  "DE EO AC RD IT WW", "lh sw plc dt fa", "D", "h")
T("""Neighbourhood officer note, Slough.
Attended following anonymous report of 'slavery next door'. Address occupied by an extended Sikh family: grandparents, two sons, their wives and five children. Report appears to refer to the elder daughter-in-law (38), seen doing the washing and the garden early and late. Spoke with her alone with a Punjabi-speaking colleague. She works part-time at a pharmacy, holds her own bank card and passport, drives her own car, and says she likes to get the housework done before her shifts. She laughed at the idea that she was a servant and said her sister-in-law does the cooking. Children attend local schools. Report likely malicious (ongoing boundary dispute with the reporting neighbour, see earlier log). No indicators of exploitation. NFA, informed reporting party.""",
  "", "", "", "l")
T("""Caseworker note (Medaille Trust), long.
Ms A, 34, from Uganda. In 2019 a woman from her church in Kampala offered her work as a carer for a 'sick relative' in Manchester, £1,000 a month, flights paid. On arrival she was taken to a terraced house where she cared for an elderly man with dementia 24 hours a day and also cleaned and cooked for his son's family of five who lived next door. She slept in a chair in the man's room. She was told her flight and visa cost £6,500 and would be taken from her salary; after 'deductions' she was given £50 a month. In three years she went out alone twice. The son changed the Wi-Fi password so she could not message home. He once pushed her down the stairs when she asked for a day off; she still has pain in her hip. She escaped when the old man was admitted to hospital and a nurse noticed she had not left the ward in four days. She does not know where her passport is.
Consent given for NRM. Safe house placement.""",
  "DE EO AC DB WW RM IS PV", "sw lh plc pa", "D", "h")
T("""Welfare visit write-up: live-in au pair, 21, from Slovakia, hosted by a family of four in Bath.
Visit followed an anonymous message to the agency that the au pair 'was never allowed out'. Au pair spoken to alone. She has a bedroom with en-suite, works roughly 28 hours a week around school hours, gets £110 a week into her own Revolut, has two full days off and goes to Bristol most weekends with friends. The 'never allowed out' claim seems to come from a fortnight when she stayed in with flu. Passport in her own room. She has a gym membership paid by the hosts. She said the only problem is the youngest child's tantrums. Host parents cooperative. No concerns; likely report from ex-partner of host mother (custody dispute). Agency to close.""",
  "", "", "", "l")
T("""Record of conversation (Border Force, Heathrow T4, arrivals).
Passenger 1: male, 52, Qatari diplomatic passport. Passenger 2: female, 29, Kenyan passport, domestic worker visa sponsored by Passenger 1. Passenger 2's passport, visa letter and phone were carried by Passenger 1 and handed over together. When questioned separately she said she has worked for the family for 3 years, she is 'very tired', has not had a day off since she started and her salary 'goes to the agent' in Nairobi who repays her recruitment loan of $2,500. She was unaware of the name of the address in London. Passenger 1 objected to separate questioning and claimed immunity. Information leaflet (ODW rights, Kalayaan) given discreetly. Intelligence submitted.""",
  "RD IS EO WW DB", "dt lh nw", "D", "h")
T("""Long witness statement extract (neighbour, retired teacher).
I have lived opposite the family for 12 years. About two years ago a young girl appeared, I'd say 15 or 16, who I was told was the father's niece from Ghana. I have never seen her go to school. I see her in the morning at 6 taking the little ones to the car and the wife drives them off while the girl goes back in. She hangs out washing in all weathers. Once in January she was out in flip-flops clearing snow off the drive. In the summer I offered her some strawberries over the fence and she said, 'Auntie says I mustn't talk to people.' I saw the wife slap her on the doorstep in March because a bag of shopping split. The girl looked thinner each time I saw her. I have not seen her for about three weeks now and that is why I am reporting it. The family also has a lodger, a Polish lad who works at the builder's merchant; he seems fine and comes and goes.""",
  "AV PV IS", "pa", "D", "h")
T("""Asked my 'uncle' if I can go to college and he said the house is my college. I'm 16. I clean for him, his wife and the lodgers and mind the baby. They took my phone when I came. I don't know the name of this town.""",
  "AV IS", "", "D", "h")
T("""The family says I'm free to go whenever, but where would I go? They hold my passport and my wages are paid to them.""",
  "RD WW", "dt nw", "D", "m")
T("""Mrs P is paid by her daughter to be the children's nanny three days a week, by standing order. Entirely voluntary; grandma says it keeps her young.""",
  "", "", "", "l")
T("""My brother came to live with us to help in the shop and the house after his divorce. He gets a wage, his own room and we go to the mosque together. Someone called social services because he 'never seems to leave the shop'. He's a workaholic, that's all.""",
  "", "", "", "l")
T("""3/C/C — source reports female from Bangladesh kept by a family in Tower Hamlets 'as a servant', beaten. Conditions: not to be shared with housing provider.""",
  "PV", "", "D", "h")
T("""Met a girl at the laundrette who says she's 'borrowed' from one family to another every few months to clean. She doesn't get money, the families pay a man called Rafiq. She is from Sylhet, maybe 20.""",
  "WW", "nw", "D", "m")
T("""Student nurse from Nigeria, works shifts as HCA via bank, lives with her cousin's family and babysits sometimes as favour. Pays no rent. Fine.""",
  "", "", "", "l")
T("""Victim says the husband's mother counted the rice so she couldn't eat more than one plate and she worked in their sweet shop and the house from 6 to midnight without money.""",
  "AC EO WW", "lh", "L D", "h")
T("""INT: female Vietnamese (approx 30) living in a flat above a nail bar in Hull, cooks and cleans for the owner's family and works in the shop by day. Does not appear to have keys. Owner collects her from the shop door. 3/C/P.""",
  "RM", "et rm", "L D", "m")
T("""The 'friend' who found her the nanny job in Dubai turned out to be a recruiter; when the family moved to London she was told she'd get £2,000 here. She was paid £300 for 5 months and says she was hit with a phone charger when the baby fell.""",
  "DE WW PV", "", "D", "h")
T("""Care worker of 9 years for my parents, Filipina, employed direct, pension, holidays, we pay for her flights home each Christmas. Someone at church asked if she was 'ok'. She is.""",
  "", "", "", "l")
T("""A&E triage: female (Sri Lankan, 50s), domestic worker, cut to scalp. States she fell. Employer's husband present, insisted on translating. Staff note old burns on hands. Patient discharged with employer before safeguarding lead arrived.""",
  "", "pa sfw", "", "l")
T("""Forced marriage + servitude: woman (22, Pakistani) married over the phone to British man; on arrival in Bradford she was made to clean for his parents and three married brothers' households, not allowed a key, locked in when family went out, and told she would be divorced and sent home disgraced if she told anyone.""",
  "RM IT", "rm", "D", "h")
T("""Woman in refuge: husband would not let her work, read her messages, controlled money; no household servitude beyond their own home, no third parties. DA case, not MS.""",
  "", "", "", "l")
T("""They said come to England and look after grandmother, we will pay for your studies. No studies. Grandmother died. Then I clean for all the cousins. They say I owe them for the years they 'kept' me.""",
  "DE DB", "", "D", "m")
T("""999 call 22:47. Female caller whispering, non-English (Amharic?), interpreter on line: says she is in a house in Kingston, the man of the house is drunk and has a knife and says he will kill her tonight because she wants to leave. She works for them as maid. Call dropped. Location via mobile cell.""",
  "IT", "", "D", "i")
T("""Girl (15, Roma, Slovak) living with her 'husband' (19) and his parents in Sheffield, does all the housework, child-minding and is sent begging with the mother-in-law in town centre; money taken by father-in-law.""",
  "AV WW", "nw", "D C", "h")
T("""Checked on an au pair in Guildford after a school mum said she was 'made to do everything'. Au pair (French, 19) said she did do extra hours last week when the host mother was in hospital but was paid extra and had the following Monday off. Happy. NFA.""",
  "", "", "", "l")
T("""Nanny quit after her employer refused to pay the last month's salary, saying she'd broken a vase. She lives independently and has found another job. She wants to claim through small claims court. Civil matter.""",
  "", "", "", "l")
T("""Intelligence (2/B/P): the man known as 'Papa Joe' brings girls from Edo State to London as 'housegirls' for families in Thamesmead and Woolwich. Girls are told they owe £25k for the journey. Once the debt is 'paid' through housework some are moved on to sex work.""",
  "DB", "", "D S", "h")
T("""woman at my work (cleaning company) lives with the boss's family and he picks her up and drops her, shes never allowed to come to the pub with us after, he holds her card. she dont speak much english""",
  "RM WW AV", "et rm nw", "L", "h")
T("""Unaccompanied boy (14) from Vietnam went missing from foster care, found a week later working in a restaurant kitchen in Birmingham and sleeping at the owner's house, door locked at night.""",
  "AV RM", "rm", "L", "i")
T("""Sudanese male (24) says he was brought to Calais by smugglers, then to a farm in Kent; paid in food and a bed in a barn; the farmer told him any complaint would mean a call to immigration.""",
  "WW AC IT AV", "plc fa", "L", "h")
T("""Pakistani nephew (18) came on student visa, uncle keeps his passport and takes his wage from the cash-and-carry, says it pays for his tuition; tuition has not been paid.""",
  "RD WW DE", "dt nw", "L", "h")
T("""Girl called ChildLine from a family home in London, said she is 13, brought from Morocco, cleans all day, not at school, woman beats her with a slipper, wants someone to come now.""",
  "AV PV", "", "D", "i")
T("""Carer visa worker (Indian, 27) at domiciliary care firm: told she must pay back £5,000 'training costs' if she resigns, rota 7 days, and lives with four other carers in a house owned by the director, £500 a month each from wages.""",
  "DB EO AC", "lh oc", "L", "h")
T("""Investigation note: suspects took the man's Universal Credit and used his name for two phone contracts; he lived with them and cleaned their flat. Sign of benefit control only for the UC. Cleaning for his keep.""",
  "AV", "nw", "C D", "m")
T("""Begging: an elderly disabled man (Romanian) placed daily outside Tesco Express in Slough, brought by car at 8 and collected at 7, man in the car takes the cup.""",
  "AV WW", "ce et nw", "C", "m")
T("""County lines referral: 16-year-old girl, going missing to Blackpool, found in a flat with older males, has a new phone she won't explain, has been told she 'owes' for a lost parcel. Bruise on cheek.""",
  "AV DB PV", "pa", "C", "h")
T("""Mule accounts: six Chinese students, cards held by a 'tutor' who says he pays their fees; he uses the accounts for laundering. Students are frightened they'll lose their visas if they complain.""",
  "AV", "mbc nw fa", "C", "m")
T("""Interpreter states that the young man says they made him sell drugs in Ipswich and cooked meals and cleaned for the dealers in the flat. He says he was hit with a bat when money was short.""",
  "PV", "", "C D", "h")
T("""Cannabis farm gardener (Vietnamese, 22) found in loft of terrace house in Stoke; he says he was not locked in and could go to the shop; he was paid £500 a month; wants to go home. Prosecution considering s45.""",
  "", "", "C", "m")
T("""Renal unit: British patient bought a kidney in Egypt via 'medical tourism' broker; came home with complications. Donor unknown. Police informed re possible HTA offence.""",
  "", "", "O", "m")
T("""Intel: Albanian OCG recruiting young men in Tirana with offers of 'work in England', then taking them to clinics for 'check-ups'; one victim reports being told his kidney would repay the trip. 2/C/P.""",
  "DE DB", "", "O", "m")
T("""Victim (Indian, 30s) says the man who sponsored him kept him in a flat in Wembley and sent him for blood tests; he was told a 'transplant' would clear his father's debts and if he refused they'd hurt his family.""",
  "DB IT", "", "O", "m")
T("""Organ donor charity volunteer asks how to report a social-media post offering '£40k for O+ kidney, discreet'. No victim identified. Forwarded to NCA.""",
  "", "", "O", "m")
T("""Domestic worker for a wealthy Chinese family in Richmond says they bought her a return ticket home for her mother's funeral and paid her salary while she was away. She holds her passport. Reported by a journalist asking about ODW visas. No concerns.""",
  "", "", "", "l")
T("""Diplomat's driver (Bangladeshi) reports working 18-hour days, sleeps in the garage on a camp bed, not paid for 6 months, ambassador's wife says 'you will be paid in Dhaka'.""",
  "EO AC WW", "lh sw plc", "L D", "h")
T("""He is eight. He says he cannot play because he must wash the clothes. The woman is not his mother.""",
  "AV", "", "D", "h")
T("""Cleaner employed by a small firm, British, complains about her boss shouting. Contract, pay, holidays in order. Grievance advice given.""",
  "", "", "", "l")
T("""Relative from Jamaica staying 6 months on visitor visa, helping with new baby. Goes out, has her own money, flight home booked. Health visitor note.""",
  "", "", "", "l")
T("""Victim account: 'When they went on holiday, they left me in the house with the doors locked and enough bread and rice. Ten days. The neighbour saw me at the window.'""",
  "RM AC", "rm", "D", "m")
T("""Woman (Eritrean, 31) says she paid a 'fixer' £2,000 for a cleaning job in the UK and on arrival was given to a family in Birmingham to work for free until she had 'earned' the fee back three times.""",
  "DE DB WW", "uf", "D", "h")
T("""Domestic worker's employer hit her with a belt and then apologised and paid her extra. She has her passport and went to stay with a friend. Assault reported; considering whether servitude: she worked 8 hours a day, had days off and was paid. Assault only.""",
  "PV", "", "", "h")
T("""Elderly man with dementia 'looked after' by a lodger who took over the house; lodger moved his friends in and made the man sleep on the sofa. No work done by the man. Financial abuse referral.""",
  "", "", "", "l")
T("""Public report: the family in flat 6 have a young woman who does all their housework and walks the kids to school, she wears the same clothes every day, has nothing of her own, sleeps on their sofa. She told my daughter she was promised a job in a hotel.""",
  "DE", "fpe sw", "D", "m")
T("""OIC handover: Victim 1 (Mongolian, 44) domestic servitude, Hendon address, now in SA accommodation; Victim 2 (her daughter, 16) remained in address with suspects until today's warrant. Suspects' phones seized. V1 states V2 was made to clean the suspects' restaurant after school until 11pm and threatened with being sent to a 'bad man' if she didn't obey.""",
  "AV EO IT", "lh", "L D", "h")
T("""Two Polish sisters working as housekeepers for a hotel family in the Lake District; accommodation provided and clean, paid above NMW, free to travel. Came to police about a theft from their room. No concerns.""",
  "", "", "", "l")
T("""Caller says her friend from Nigeria, 23, is a 'house girl' for a pastor's family in Enfield, works every hour God sends, and the pastor told her if she leaves, God will punish her and her family in Nigeria.""",
  "EO IT", "lh", "D", "m")
T("""Teenage girl (17) in an arranged engagement, meets fiancé with family present, wants to finish college first and family agreed to wait. She raised it in PSHE. No pressure identified.""",
  "", "", "", "l")
T("""Woman says she was promised a job as receptionist, taken to a house in Ilford where she had to cook and clean for five men and 'be nice' to visitors; when she refused she was raped.""",
  "DE PV", "", "D S", "h")
T("""Helpline: live-in carer (Romanian, 60) for an elderly lady in Devon, agency placement; family of the client have started taking her days off away and 'forgot' to pay last month. She has her passport and her own phone and can leave; she wants advice about her rights.""",
  "EO", "lh", "", "m")
T("""Police log: Indian couple deny keeping their housemaid; maid's statement says she was locked in every time they went out, fed once a day, and her salary was paid into Sir's account 'for her'. She has scars on her arm from a hot iron.""",
  "RM AC WW PV", "rm nw pa", "D", "h")
T("""Teacher: pupil's mum cleans at a hotel and does extra shifts; says she's tired but loves the job and gets paid overtime. Child fine. Logged for info only.""",
  "", "", "", "l")
T("""Caseworker: Mr Y (Eritrean, 19) was given work cleaning and cooking for a family in Luton who took him from the asylum hotel; they kept his ARC card and told him the Home Office would deport him if he talked to anyone.""",
  "AV RD IT", "dt fa", "D", "h")
T("""Report: my neighbour's Filipino helper has been seen on the balcony at 3am doing ironing many nights. That's all I know, I don't want trouble.""",
  "", "lh", "", "l")
T("""Young woman (Afghan, 18) brought to UK as a bride, husband's family keep her inside, she has never seen the town centre. Not allowed to phone her mother. Cleans for the household of 12.""",
  "RM IS", "rm iso", "D", "m")
T("""Intel: female (Polish, 40s, alcohol dependent) living with a family in Corby, cleans their house and two others; they pay her in vodka and keep her ESA card. 3/C/P.""",
  "AV WW", "nw", "D", "m")
T("""Hostel manager: guest (British, 35, homeless) was taken by a man to do 'odd jobs' on driveways and housework at his mother's house; came back after a week, thin, no money, says he was made to sleep in a shed and not let out.""",
  "AV RM AC WW", "pa plc rm", "L D", "h")
T("""Host family say their Chinese exchange student 'helps out' with dishes; student confirms she likes to help, no pay expected, attends school, has phone and passport. Routine homestay check.""",
  "", "", "", "l")
T("""Boy (16, Eritrean) found at a house in Coventry doing housework and minding children for a couple who 'collected' him from Calais; he says they will tell the police he's an illegal if he leaves.""",
  "AV IT", "fa", "D", "h")
T("""Girl said the man who arranged her visa for the family keeps her 'contract' and her passport and she has to ask him for permission to call home.""",
  "RD IS", "dt", "D", "m")
T("""Debrief: 'We worked in the big house in the day and at night they took us to the restaurant kitchen. I fell asleep on my feet. The sister said if I slow down she will call my father and say I am a bad girl.'""",
  "EO IT", "lh", "L D", "m")
T("""Car wash staff were given a pay rise after an audit; owner provides shared housing, 4 to a house, with contracts and deposit returned. Legitimate.""",
  "", "", "", "l")
T("""Slovak male (34) on a building site says gangmaster charges him £40 a week to get to the site in his van and £70 for rent in a room with 5 others; what's left 'goes on his debt'.""",
  "DB AC", "ct oc", "L", "m")
T("""GP letter: patient's mother (78) brought from Bangladesh to care for grandchildren, now frail, still doing all cooking, son refuses to let her go to day centre, she weeps in surgery.""",
  "AV RM", "rm", "D", "m")
T("""Intel 2/B/P: 'DANIEL' runs a network sending Ghanaian women to Aberdeen as nannies; families pay Daniel, women get 'pocket money' and live in cellars or box rooms.""",
  "WW AC", "nw plc", "D", "m")
T("""Family friend (Bulgarian, 55) helps the family on their smallholding in exchange for a caravan and food; she says she chose this and has a pension from home. Farmer has contract. Seems fine.""",
  "", "", "", "l")
T("""Child (12) found living with unrelated woman in Hackney, cleaning and caring for a baby, not registered anywhere. Child says she was 'given' to the woman by her grandmother in Congo.""",
  "AV", "", "D", "h")
T("""Member of public: its a disgrace how the rich family at the manor treat there staff they make the poor filipina lady walk 3 mile to the village shop in the rain!!! Spoke to her, she says she enjoys the walk and has a car but its in for repair.""",
  "", "", "", "l")
T("""Young woman, Roma, married at 15, now 19, says husband's family 'sold' her labour cleaning offices at night and kept all of it; husband beats her if she talks to the other cleaners.""",
  "WW PV IS", "nw", "L D", "h")
T("""Sex worker in Soho flat says 'maid' (older woman) does cleaning and door, paid by the girls. Maid is fine and happy with the arrangement. No indicators.""",
  "", "", "S", "h")
T("""Witness: I saw the maid at number 9 being dragged back into the house by her hair when she tried to talk to the postman. That was 10 minutes ago.""",
  "PV RM", "rm", "D", "i")
T("""Hotel (Bournemouth): Indian family staying 3 weeks with a 'helper' girl who eats separately in the room and is never in the dining room; staff report she looks about 14 and has no suitcase.""",
  "AV", "fpe", "D", "h")
T("""Person given work in a private house in Mayfair, says the manager of the staff keeps all the mobile phones in a box and they get them back one hour on Friday.""",
  "IS", "", "D", "m")
T("""Intel: Vietnamese women moved between nail bars in Essex in a people carrier, collected 07:00 returned 22:00; 'boss' keeps their wages to 'save' for them.""",
  "EO WW", "ce et nw lh", "L", "m")
T("""Shoplifting: two Romanian boys (12, 13) arrested at Westfield with £800 of goods, say a man drops them off and will 'punish' them if they come back with nothing.""",
  "AV IT", "et", "C", "h")
T("""Benefit fraud investigation: woman's identity used for 5 fraudulent claims; she says the man who brought her from Bulgaria made her sign forms and has her ID card. She cleans his flat and is given food.""",
  "RD WW", "dt nw", "C D", "m")
T("""Man reported his Lithuanian lodger for rent arrears; lodger says he's between jobs. No exploitation, civil dispute.""",
  "", "", "", "l")
T("""Girl (16) in Stoke tells youth worker she's 'minding her boyfriend's cousin's kids' and doing their housework every day; boyfriend (24) took her phone 'so she doesn't talk to other lads'; she's stopped going to college.""",
  "AV IS", "", "D", "h")
T("""Nanny (Brazilian, 25) working cash in hand for family in Chelsea, overstayed visa; employer pays fairly and she rents a room elsewhere. Immigration matter only.""",
  "", "", "", "l")
T("""'I washed, cooked and looked after the old man. They paid me nothing. I had one dress.'""",
  "WW", "fpe", "D", "m")
T("""Social worker: Pakistani woman (40) brought as a spouse to Rochdale, husband's first wife makes her clean and cook for both families and sleep in the kitchen; she has no access to money; husband threatens to send her back without her children.""",
  "AC IT", "sw plc nw", "D", "m")
T("""Live-in housekeeper (Portuguese) in Wimbledon, 10 years with the same family, owns a flat in Lisbon, holidays there each August. Reported missing by employers — turned out she was on holiday early. Found safe.""",
  "", "", "", "l")
T("""Report from a church: a member says her cousin's 'helper' from Sierra Leone is not allowed to come to service, is 'punished' by being made to stand in the garden at night, and has not been paid since arriving.""",
  "RM AC WW", "", "D", "h")
T("""Uncle took my passport at the airport and never gave it back, I'm 17, I look after his kids and his mum.""",
  "AV RD", "dt", "D", "h")
T("""INT 1/A/P: subject BLAKE (UK) holds a 46-year-old man with learning difficulties at his farmhouse in Cumbria; victim works the sheep and the house, sleeps in an outbuilding with no heating, and is beaten with a stick.""",
  "AV AC PV", "plc", "L D", "h")
T("""Au pair agency spot check: au pair (Italian, 20) reports host dad once shouted at her for being late; she has her own room, set hours, pocket money on time. Spoke to host family. Resolved.""",
  "", "", "", "l")
T("""Indian male (45) cook for a family restaurant chain, says boss 'lends' him to the boss's brother's house on Sundays to cook for parties; unpaid for those days; otherwise paid and free.""",
  "", "", "", "l")
