# fresh199 part 4: longer accounts, labour, domestic servitude, organ harvesting, mixed
from fresh199_common import T

T("""INTELLIGENCE REPORT 5x5x5 - Grading 2/B/P - Handling code P.
Subject: county lines 'BENZ' line, Weymouth and Portland.
Source has provided the following. The line is controlled by a male known as 'Smokey' (believed to be DIALLO, Mamadou, DOB 03/04/1999, of Lewisham). He uses three local addresses where the occupants are heroin users and 'pays' them in gear. One address, Flat 2, 17 Chickerell Road, belongs to a female known as 'Jude' who has a learning disability. Source states Jude has been told she is not allowed to lock her own door and that if she calls police they will 'cut her'. Runners (2 x 15yo boys from London) are kept there for a week at a time and are not allowed out except to serve. Their phones are taken by Smokey and they only have the line phone. One of the boys is said to owe £1,200 for a bag that was seized by police in September, and is told he will 'work it off'. Source has seen one of the boys with a swollen eye. Dissemination: Children's Services (London & Dorset), Dorset Police CCE team.""",
  "AV IT RM ISO DB", "RMS IS PA", "C", "high")
T("""Case note - Modern Slavery Victim Care (MSVCC), support worker.
Met A (Romanian male, 38) at safe house. He told me that in 2023 a man from his village offered him work in a 'warehouse near London' for £9 an hour with accommodation. He paid 300 euro for the minibus. On arrival in Barking he was taken to a house with 11 other men, 3 to a room, mattresses on the floor, one bathroom. He was taken each day at 4.30am in a van to a hand car wash in Dagenham and collected at 9pm. He was told his wages would be paid into a bank account that the man opened for him, but the man kept the card and PIN. He received £50 a week in cash. The man said he owed £1,000 for rent, transport and 'documents', and the amount kept going up. His ID card was taken 'to register him'. When he asked to leave, the man said he knew where his family lived in Romania. He had no gloves and his hands are cracked and bleeding from the chemicals. He says he is ashamed and does not want his family to know.""",
  "DEC WW DB RD IT AC EO", "UF OA PLC CE NCW DT PPE LH PA", "L")
T("""Statement of a witness (neighbour), 4 Laburnum Grove, Gravesend.
I have lived next door to the Patel family for 6 years. About 18 months ago a young woman came to live with them. I think she's from India. She doesn't speak much English. I see her hanging washing at 6 in the morning and I can hear her hoovering at 11 at night. She never goes out on her own. The only time I see her outside the house is when she is walking behind Mrs Patel carrying shopping. Once I said hello over the fence and Mrs Patel came out straight away and told her to go inside. She is always wearing the same cardigan. My daughter saw her eating in the garage. I don't know if she gets paid. I am worried about her.""",
  "EO RM ISO AC", "LH RMS IS PA", "D")
T("Domestic servitude: Nigerian woman (29) in Milton Keynes brought by a family friend 'to study' but made to cook, clean and look after four children from 5am to midnight. Never enrolled in college. Passport locked in the husband's study. Sleeps on the kitchen floor. Not paid.",
  "DEC EO RD AC WW", "LH DT PLC", "D")
T("Au pair referral: Slovakian girl (18) in Hampstead. Employer took her passport 'to sort the paperwork', she works from 7am to 10pm, hasn't had a day off in 2 months, gets £50 a month. Not allowed to use the WiFi or phone her mum.",
  "AV RD EO WW ISO", "DT LH IS", "D")
T("Maid from the Philippines who came with a Gulf diplomat's family to a house in Knightsbridge escaped and went to Kalayaan. Says she was beaten with a shoe, worked 18 hours a day, slept in the laundry room, and her passport was kept by the Madam.",
  "PSV EO AC RD", "LH PLC DT", "D")
T("Safeguarding referral from GP: elderly man's 'carer' (Bulgarian woman, 50) attends all appointments. The carer says she lives in and is paid by the son, but when seen alone she says she has not been paid since March, sleeps on the sofa and the son says he will 'call the police to deport her' if she leaves.",
  "WW IT AC", "FA", "D")
T("Call (translated, Urdu): 'I am at my husband's family house in Bradford. They made me a servant. I do all cooking and cleaning for 9 people. My mother-in-law has my passport and my spouse visa. I am not allowed to go outside. They tell me if I complain they will send me back and I will be shamed.'",
  "RD RM IT", "DT RMS", "D")
T("""Organ harvesting - NCA referral. A Moldovan man (27) presented at a London hospital with post-operative complications. He disclosed that he was recruited in Chisinau with the promise of 'building work' in the UK and then told in a flat in Ilford that his debt of £6,000 for travel could be cleared only by 'giving a kidney'. He was taken to a private clinic abroad for the operation and brought back. He was paid nothing. He says the men told him they would harm his sister if he spoke. He is currently an inpatient under the renal team. An interpreter (Romanian) has been booked for a full account. Actions: NRM referral by first responder; intelligence to the NCA and Met MSHT unit; hospital security aware in case anyone attempts to visit him.""",
  "DEC DB IT", "UF", "O")
T("INT 3/C/I. Source reports a man in Southall is offering money to homeless men to 'sell a kidney' in a clinic in Turkey. Travel arranged by him. One man who went has not returned.",
  "AV", "", "O")
T("Organ trafficking concern raised by transplant coordinator at the Royal Free: patient's 'donor' claimed to be her cousin but could not name any family members, had a translator provided by the patient's husband, and seemed frightened. Transplant paused, HTA informed.",
  "", "SFW FA", "O")
T("Living kidney donation between sisters at Manchester Royal Infirmary. Both assessed independently by the HTA Independent Assessor. No payment, no coercion. (Legal check for a family court query.)", "", "", "")
T("Man in Leicester posted on Facebook 'selling kidney, £20k, serious offers only'. Spoke to him: he's in debt and desperate, nobody is forcing him. Advised it's illegal; mental health referral made. No third party.", "", "", "")
T("""GLAA intelligence referral, South Holland, Lincolnshire.
A gangmaster known as 'Marek' supplies around 40 workers to vegetable packhouses around Spalding. Workers are recruited in Poland and Lithuania via a Facebook advert promising £500 a week and free housing. On arrival they are housed 8 to a three-bed house owned by Marek's brother. £80 a week rent plus £10 a day for the minibus is taken from wages. Workers are charged £40 for boots and hi-vis on day one. Payslips show 40 hours but the workers say they do 70-80. Several workers said their pay goes into accounts Marek opened and he gives them cash. One worker who complained was punched in the face in front of others. Workers say Marek tells them that the police in England are corrupt and will deport them.""",
  "DEC WW PSV IT AC EO", "UF OA CT PPE LH NCW FA", "L")
T("Factory in Leicester (garments): workers paid £3.50 an hour, fire exits blocked, no breaks on 12-hour shifts. Many do not speak English and depend on the owner for their housing.",
  "AV WW AC EO", "LH OA", "L")
T("Fishing: Filipino deckhands on a scallop boat out of Newlyn say they worked 20 hours a day for weeks without a port visit, were hit by the skipper and were paid $300 a month instead of the $1,200 in their contracts. Their seaman's books were held by the agent.",
  "EO PSV WW DEC RD ISO", "LH DT IS", "L")
T("Tipper from a member of the public: 'lads at the car wash in Wisbech sleep in the portakabin at the back, I see the lights on at 1am and theyre back washing at 7. no gloves no boots, in this cold.'",
  "AC EO", "SW LH", "L")
T("Care worker (Zimbabwean, 34) on a sponsored visa in Kent. Agency charged her £12,000 'sponsorship fee', deducts £600 a month from wages to repay it and says if she leaves they will report her to the Home Office and she'll lose her visa. Works 60+ hours a week.",
  "DB WW IT EO AV", "UF LH FA", "L")
T("Construction labourers (Romanian) living in the basement of the building site in Croydon. No heating, no toilet, use a bucket. Boss collects them in the morning and takes them to other sites. They have no documents - 'boss has them'.",
  "AC RD", "SW PLC DT ET", "L")
T("Victim account (Vietnamese boy, 16, translated): 'I was told I would go to school in England. The man took me to a nail shop in Portsmouth. I painted nails all day and cleaned. At night I slept in the shop on the floor. He said I owed him £18,000 and if I run away they will hurt my mother in Vietnam.'",
  "AV DEC DB IT AC", "SW UF", "L", "high")
T("""Debrief of a 16-year-old (S) from Hackney, conducted by a Children's Services social worker and PC 4432 REYNOLDS.
S said he got to know an older male called 'Blacks' through a friend at the football cage. Blacks bought him food, then a North Face jacket, then a phone. After about two weeks Blacks told him the phone 'wasn't free' and he had to 'go OT' to Kings Lynn to pay it back. S was driven there in a hire car by another man. He stayed in a flat belonging to a woman who 'was always high'. He said he wasn't allowed to go out unless he was serving, and the man who drove him took his own phone so he couldn't ring home. He said he slept on a sofa and only ate chicken and chips. On the fourth day he was robbed by local lads and when Blacks found out he said S now owed £2,000. S said Blacks showed him a video of someone being stabbed and said 'that's you if you don't pay'. S was found by police after his mum reported him missing. S is very frightened to go back to his area.""",
  "AV DEC DB RM ISO IT", "RMS IS ET FA", "C", "high")
T("""Referral from a local authority rough sleeping team, Westminster.
Outreach met a Polish man (52) with alcohol dependency at Victoria coach station. He told them he had been 'recruited' at a soup kitchen 8 months ago by a man who promised him work on building sites. He was taken to a farm in Kent where he lived in a caravan with no running water with 5 other men. He worked every day from 6am until it was dark, laying patios and driveways. The man gave him cans of beer and tobacco but no money, saying his wages were going towards 'food and rent'. He did not know the name of the place. He was told if he went to police he would be arrested for being 'illegal'. He eventually got away when the van stopped at a petrol station. He has no ID; the man kept it.""",
  "AV DEC WW EO AC IT RD ISO", "PLC OA LH IS FA DT", "L")
T("Community nurse: Lithuanian woman (40) I visit for a leg ulcer lives in a house with 12 men who all work at the chicken factory. The man who runs the house takes her wages and she cooks and cleans for all of them. She said 'I am not his wife, I am his worker'. She has no money for the bus to hospital.",
  "WW", "OA NCW", "D L")
T("Traveller site, Bedfordshire: vulnerable men (homeless, some with learning disabilities) believed to be kept as labourers doing tarmac work. Kept in horse boxes, beaten, no pay for years. Op in planning.",
  "AV AC PSV WW", "PLC", "L")
T("Car wash owner said to one worker, 'You go to police, I tell Home Office you work illegal and they put you on plane.' Workers housed above the car wash.",
  "IT", "FA OA", "L")
T("Packhouse worker (Bulgarian, 24): 'I cannot say no to overtime. If I say no they give me no shifts next week and I must still pay the house. Some weeks I do 84 hours.'",
  "EO IT", "LH", "L")
T("Anonymous email to Crimestoppers: The hotel on Cromwell Road employs Indian and Nepali kitchen staff who sleep in the basement storeroom, work from 6am to 1am and haven't had wages since Christmas. The owner has their passports.",
  "AC EO WW RD", "SW LH DT", "L")
T("Migrant worker (Ghana) recruited to a care home in Norfolk says the agent charged him £7,000 and he has to work for 3 years to repay it. He shares a 2-bed flat with 7 others arranged by the home.",
  "DB", "UF OA", "L")
T("Intel: workers at the recycling plant on Dock Road, Tilbury, are collected from a house in Grays at 5am by minibus, dropped back after 8pm. Charged £15 a day for the lift. No PPE provided even though they sort glass by hand.",
  "AC EO", "CE CT LH", "L")
T("""MASH referral (edited).
Concern for E (14, female) and her younger brother (11), Stockton. School report E has been absent 23 days this term. She has been seen in cars with adult men outside the school. She has a new iPhone and vapes. Her mother has alcohol issues and says E is 'out of control'. On 12/03 E was reported missing and found at 4am in a flat in Middlesbrough with three adult males, drunk. She had a bruise on her neck that she said was a 'love bite'. Police seized phones. Messages show one of the men (BRADLEY, Shane, 31) telling her 'you owe me for the vodka and the weed' and 'you'll do what you're told'. The younger brother has been seen in the same car delivering 'parcels'. Risk of CSE and CCE to both children considered high.""",
  "AV DB IT", "PA", "S C", "high")
T("Shop theft ring, Nottingham: adult females recruited in Romania on promise of cleaning work, housed 10 to a flat in Sneinton, sent out every day in twos to shoplift cosmetics. Controller takes all goods and cash. Women not allowed out unless with a 'sister'.",
  "DEC RM WW", "OA NCW RMS", "C")
T("Forced begging intelligence: disabled Romanian man (no legs) placed daily on Northumberland Street, Newcastle, at 8am by two men in a silver Skoda (reg NX15 BWA) and collected at 6pm. Money taken off him. Lives in a garage.",
  "AV WW AC", "CE NCW PLC ET", "C")
T("Benefit fraud by controllers: Slovak family group in Sheffield. Head of family 'brought' 15 workers, registered them for child benefit and UC, keeps all 15 bank cards in a tin. Workers say they are told this is 'how England works' and owe him for flights.",
  "DEC WW DB", "MBC NCW UF", "C L")
T("""First account from K (Albanian, 19), translated by an interpreter at Croydon police station.
'I came because a man in my town said he could get me a job in a restaurant in London and I would pay him back from my wages. My family borrowed money to pay 3,000 euro and I was told I owed 15,000 more. When I arrived in a small boat they put me in a car and drove me a long time. They took my phone and said "you are working for us now". I was in a house with plants upstairs. I had to stay there and check the lights and the water. There was a man who came every two days to bring food and cigarettes. He had a gun in his jacket and he showed me. He said if the police come I must say the plants are mine or they will go to my house in Albania. I did not know the name of the town. When the police came I was very scared because he told me police in England beat people.'""",
  "DEC DB ISO RM IT", "UF IS RMS FA", "C")
T("Cuckooing: man with schizophrenia in Barrow. Dealers have moved in, take his PIP, keep his bank card and have changed the lock so only they have a key. He sleeps in the hallway.",
  "AV WW RM AC", "NCW RMS PLC", "C")
T("Text to runner (seized phone): 'If u dont come bk with the p's by 10 ur ganna get violated. And dnt think about goin home we no where ur mum lives.'",
  "IT", "", "C")
T("Money muling: 15yo in Wembley opened an account at his mum's bank and gave the card to an older boy for £100. Account received £18,000 from fraud victims. Older boy now demanding he opens another or 'suffer'.",
  "AV IT", "", "C", "high")
T("Pickpocketing gang on the Edinburgh trams: Bosnian children aged 11-13 working for an adult male who drives them in every morning from Glasgow. The children say they must bring back £200 each or they are beaten.",
  "AV PSV", "ET", "C", "high")
T("Enquiries at the cash-and-carry in Cheetham Hill: young Afghan man who sleeps in the stock room, works every day 7 till late, paid in food. Owner is a distant relative who arranged his travel and says he 'owes the family'.",
  "AC EO WW DB", "SW LH", "L")
T("Landlord complaint re tenant at Flat 3, 19 Spencer Rd, Leicester: the tenant (Indian, 26) has 5 other lads living there who all work at the same warehouse, all brought by the tenant's 'agent' from Gujarat. The lads told the landlord their agent takes £200 each a month from them for the 'visa' and they can't leave until the debt is done.",
  "DB WW", "OA UF", "L")
T("Farm worker, Angus: seasonal worker from Kyrgyzstan paid piece rate, earned £80 for a 50-hour week, and threatened with being sent home if he didn't pick faster. Caravan shared with 5 others, leaking roof.",
  "WW IT EO AC", "LH OA PLC", "L")
T("Takeaway in Blackpool: Chinese worker aged about 60 sleeps on a camp bed in the kitchen, has worked there 3 years and never been paid, boss has his passport. He has nowhere else to go and doesn't speak English.",
  "AV AC WW RD ISO", "SW DT IS", "L")
T("Nail bar on Chapel St, Salford. Two Vietnamese girls (look under 18). Boss does all the talking, says they are 'nieces'. Girls look tired and pale, wearing the same clothes on 3 visits. They are seen arriving in a car with the boss at 8am and leaving with him at 9pm.",
  "AV EO", "SFW PA LH ET", "L", "high")
T("Sex worker in a flat in Ilford (Romanian, 22) says 'My boyfriend told me we would open a cafe together. Instead I am here and he takes the money for the cafe. He says only one more year.' She has no access to her own bank card.",
  "DEC WW", "NCW", "S")
T("Escort agency in Leeds advertising 'young Eastern European students'. Intel suggests the women are not students and are charged £300 a week for adverts, £400 a week for the flat, and £50 per client 'driver fee'. They rarely clear anything.",
  "WW DB DEC", "CT", "S")
T("""Call handler log, West Mercia, 02:17.
Caller is a taxi driver. States he picked up two young girls (look 14-15) from the Travelodge at Hereford with a man in his 40s who paid and directed him to an address in Leominster. One of the girls was crying and the other kept saying 'we'll be alright, it's fine'. The man told them to 'shut up and do what you're told or you know what happens'. He dropped them at 14 Bargates. Caller has just dropped them off, 5 mins ago. Units dispatched to Bargates; CSE team on-call notified. Caller's details: taxi badge 1187, Hereford Cabs, mobile withheld on request but available via the company. Caller willing to give a statement. CAD linked to earlier missing-person report for a 14-year-old from Worcester (CAD 1204). Duty inspector informed at 02:21.""",
  "AV IT", "ET", "S", "immediate")
T("Street-based sex workers in Ipswich: outreach noticed two new women always watched by a man on a bike who collects money from them after each client.",
  "WW RM", "NCW RMS", "S")
T("""Salvation Army first responder note.
T is a 31-year-old woman from Brazil. She answered an advert for a cleaning job in London posted in a Portuguese-language Facebook group. The 'employer' paid her flight and said she could pay it back from wages. When she arrived at Heathrow she was met and driven to a flat in Bayswater. She was told the cleaning job was gone and she would now 'do massage'. She was photographed and her pictures were placed online. She says she saw 6 to 10 men a day, seven days a week, and the 'boss' took all of the money for the debt, which she was told was now £9,000 including rent and 'advertising'. She was allowed out only to the corner shop with another woman. The boss had her passport 'so it doesn't get stolen'. She says she was raped by the boss when she refused a client. She now has a place in a safe house and wants to return to Brazil.""",
  "DEC DB WW EO RM RD PSV", "UF NCW LH RMS DT", "S")
T("Case note: J (45, learning disability) has a 'friend' who moved in and uses his flat in Carlisle to meet men for sex for money. She is not being exploited — she pays him rent — but J himself is being made to hand over his benefits to her. Adult safeguarding.",
  "AV WW", "NCW", "")
T("Concern at Blackburn bus station: a group of 6 Slovak men with no luggage met by a man who took their passports 'to check' and put them into a van. Passports not returned in the time we watched.",
  "RD", "DT ET FPE", "L")
T("""Border Force, Dover Eastern Docks.
Coach from Bucharest. Passenger (female, 19) travelling with a male (34) who is not a relative. He had her ID card and ticket and answered all questions put to her. She said she was going to 'work in a hotel' in Birmingham but could not name it. Her phone had messages from the male's associate: 'photos done, ads go live Friday'. She had only a small handbag. Safeguarding referral made and NRM explained; she declined. Intelligence submitted re the male. Vehicle and coach manifest checked; the male has travelled the same route four times in six months, each time with a different young female passenger. Details shared with the Joint Debriefing Team and the NCA Modern Slavery and Organised Immigration Crime Unit.""",
  "RD DEC", "DT SFW FPE", "S")
T("I work in the factory in Corby. The agency keeps £100 every week for 'the house' and £20 for the bus and £15 for the uniform. In my hand I get £90 for 48 hours. If I complain they say there are many people in Romania who want my job.",
  "WW", "CT PPE", "L")
T("County lines - OP ORBIT - Torbay. Runner (17) arrested at Paignton station says his 'olders' take his Apple Pay and Monzo so he can't buy a ticket home. Has been 'OT' for 3 weeks straight, no sleep.",
  "AV WW RM EO", "NCW LH RMS", "C", "high")
T("INT 2/B/P: Line holder in Rhyl using a 13-year-old boy from Liverpool as a runner. Boy seen in a phone shop with a man who bought him a SIM and told him 'now you're mine'.",
  "AV", "", "C", "high")
T("Hotel in Newport (Gwent): staff saw a teenage boy in the corridor with a man who was telling him 'you don't go outside, you wait for the calls'. Boy has been in the room 5 days. Man pays cash daily.",
  "AV RM", "RMS", "C", "high")
T("Domestic worker from Indonesia in a flat in Kensington says she has not been out of the flat in 11 months, sleeps on a mat in the children's room and her salary is sent to an account in Jakarta controlled by the employer's agent.",
  "RM WW AC", "RMS NCW PLC", "D")
T("Caller says her Romanian neighbour's cleaner seems to live in their shed in Harlow and walks their kids to school but never speaks to anyone. Caller says 'maybe she's just shy, I don't know'.",
  "AC", "PLC", "D")
T("Sheffield Homes: 3-bed flat with 15 Roma men, many mattresses, cooking on camping stoves. All work for one man in construction who collects their pay and 'takes care of the rent'.",
  "WW AC", "OA PLC NCW", "L")
T("Male disclosed to A&E nurse he was made to carry drugs internally from Birmingham to Aberdeen. He is 18 and owes a 'drug debt' he says he'll never pay off. Refused to say who.",
  "DB PSV", "FA", "C")
T("CSE: group of men in Oldham giving girls of 13-15 lifts, alcohol and cannabis, then taking them to flats where they are passed between men.",
  "AV PSV", "", "S", "high")
T("Mother states her daughter (17) is 'working for' a man in Peterborough who posts her adverts and takes her to clients' houses. Daughter won't speak to police, says they'll 'take her away'.",
  "AV", "ET FA", "S", "high")
T("Debrief: Romanian man, 28, forced to pickpocket on Oxford Street. Says he was given heroin every day by the controllers until he was addicted and had to steal to get his dose.",
  "PSV AV", "", "C")
T("Intelligence: 'Auntie' in Newham collects Nigerian girls from Heathrow, tells them she has a job for them braiding hair. Girls end up in flats in Leyton and Forest Gate selling sex. Auntie holds their passports.",
  "DEC RD", "DT", "S")
T("Report: adult male in Southend says his 'mate' took over his flat and made him keep watch for police all night while they sold crack. He hasn't slept properly in weeks.",
  "EO", "LH", "C")
