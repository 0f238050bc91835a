# fresh252 part 2: sexual, criminal, domestic servitude, organ harvesting, mixed
P = []
def T(text, ind="", sig="", typ="", risk=None): P.append((text, ind, sig, typ, risk))

T("INT 2/B/P: Flat 3, 41 Cromwell Road, Southampton SO15 is being used as a brothel. Two Romanian females rotated every fortnight by male known as 'Costel'. Adverts on Vivastreet show them available 24/7. Females not seen leaving except when driven by Costel in black Audi A4 YD66 KHV.",
  "EO RM", "LH ET RMS", "S")
T("She told the nurse at the GUM clinic: 'I have to see men all day and all night, maybe fifteen, he take all the money. If I say no he hits me. He says my mother in Nigeria will pay if I run.' She owes him £30,000 for 'the journey'.",
  "PSV WW IT DB EO", "NCW UF LH", "S")
T("Sex worker (independent, British, 31) reported a client for not paying. Works from her own flat, sets her own hours, keeps her own money, no one else involved. Advised re crime report. No exploitation concerns. She was given information about National Ugly Mugs and the local sex worker outreach project.",
  "", "", "")
T("County lines: 15yo from Lewisham found in a trap house in Margate. Had been there a week serving crack and heroin around the clock, 'the phone never stops'. Slept on a mattress with no sheets. Had a cut on his hand he said was from 'the older one'. Reported missing by mum 8 days ago; now in police protection.",
  "AV EO PSV AC", "LH PA PLC", "C", "high")
T("Lad was 'cuckooed' — vulnerable adult (learning disability) in Weston-super-Mare whose flat has been taken over by dealers from Bristol. He says they make him go to the shop for them and hold the drugs. He's not allowed to have his mates round. They took his bank card.",
  "AV ISO WW", "IS NCW", "C")
T("Caller: 'there's a man begging outside Tesco every day from 7 til 7 and a car drops him off and picks him up, he has no legs, i saw the driver take the money off him at the end'",
  "AV WW EO", "CE LH NCW", "C")
T("Intel: Vietnamese nationals working in cannabis factories in Hull are brought from London in the back of vans, locked in, and told they owe £20,000 for their journey. They are told that if they leave, gangs in Vietnam will harm their families. INT 3/B/P.",
  "RM DB IT", "RMS UF", "C")
T("Domestic servitude suspected: Ugandan woman (about 40) living with a family in Slough for 6 years. Cooks, cleans, does the school run and looks after the grandmother overnight. Never been paid. Her passport 'was lost'. She sleeps on the kitchen floor. The family told the social worker she is 'a relative visiting'.",
  "WW EO AC RD", "LH SW DT SFW", "D")
T("Organ harvesting: source states a man in Birmingham is recruiting poor Pakistani men to come to the UK with promises of work, then telling them they must 'donate' a kidney at a private clinic abroad to clear their debt. INT 4/C/P — unverified.",
  "DEC DB AV", "", "O")
T("Kidney transplant patient at the QE Birmingham. Donor is his sister, fully assessed by the hospital's living donor team and the HTA. Police attended only because of a car park collision. No concerns. Both siblings were at the bedside and thanked officers for dealing with the damage to the car.",
  "", "", "")
T("Girl (15) in care in Rochdale going missing overnight, returning with new phone, nails done and alcohol. Older males in a silver Merc pick her up from the home. She says they are her 'boyfriends' and they give her vodka and weed. Staff found messages saying 'you owe us now'.",
  "AV DB", "", "S", "high")
T("Debrief: 'He told me I would work in a hotel as a receptionist. When I came to London he took my passport and phone and I was in a flat with four other girls. Men came all day. We could not leave, the door was locked and there was a man downstairs. I did not know which part of London I was in.'",
  "DEC RD ISO RM", "DT IS RMS", "S")
T("Man selling the Big Issue outside Boots, Newcastle. Genuine vendor, badge checked, keeps his own takings. Member of public had thought he was forced to beg. No concern.",
  "", "", "")
T("Shoplifting, Primark Oxford St: 3 Romanian girls aged 13-16 detained. Driver waiting outside in a VW Sharan. Girls say 'uncle' takes what they steal and they must bring £200 a day each or they don't eat. One girl has bruises on her neck.",
  "AV WW PSV", "PA", "C", "high")
T("Student, 23, from China keeps her passport in a drawer in her room in halls; lost it and thought it had been stolen, found it inside a textbook. Report withdrawn. She was embarrassed and apologised for wasting police time. Officer reassured her and closed the report.",
  "", "", "")
T("Young Albanian man (19) arrested at a cannabis grow in Rotherham. Said he was told in Tirana he'd work in a car wash and earn £2000 a month. On arrival the men drove him straight to the house, took his phone and padlocked the door. 'They bring food once a week. I never see the street.' Smell of the chemicals made him vomit.",
  "DEC RM ISO AC", "RMS IS", "C")
T("MOP says her elderly neighbour (91) has a 'carer' who moved in 6 months ago, and now the carer's boyfriend is using the old lady's bank card. The old lady is never seen out. Caller doesn't think anyone is being made to work; her worry is the old lady's money. Financial abuse referral to ASC.",
  "", "", "")
T("Lover boy: girl (17) from Derby met a man online who said he loved her and wanted to marry her. Within weeks he was asking her to 'help him out' by sleeping with his friends. He took photos and threatened to send them to her family if she stopped. He has her phone PIN and reads all her messages.",
  "DEC AV IT ISO", "", "S", "high")
T("Woman rang 999 whispering: 'He locked me in the bathroom, he has a knife, he says tonight I will work for the men or he kills me.' Address traced to 22 Larch Way, Ipswich. Units dispatched.",
  "RM IT", "RMS", "S", "immediate")
T("Intel report: a takeaway owner in Swansea is 'employing' an Indian man who is believed to also be made to clean the owner's home and look after his children for no pay. Man sleeps in the garage. Not seen with any phone. INT 3/C/P.",
  "WW AC ISO", "SW IS", "L D")
T("Female, 26, Thai, found at a 'massage' premises in Reading during a warrant. Said she works alone, rents the room herself from a letting agent and keeps all her takings. She has her own passport, own phone and goes home on weekends. Declined NRM. Recorded as a welfare contact.",
  "", "", "")
T("Child (14) found with £600 and 30 wraps in his sock on the train at Crewe. Phone constantly ringing with 'line' messages. Says he 'owes the olders' because his first batch got robbed. Three-day missing episode from Wolverhampton. BTP officers took him to a place of safety. His phone has 'work' in the contacts under one name. Mum has been contacted and is on her way.",
  "AV DB", "", "C", "high")
T("Benefits fraud: DWP intel that multiple UC claims are being made from one address in Tilbury for Romanian men who say they've never heard of Universal Credit. The man who 'sorts their papers' has their bank cards. He withdraws from several cards at the Co-op ATM every Monday.",
  "WW", "NCW MBC", "C")
T("Woman attending hospital for a routine dialysis appointment in Leicester was with her husband, who is her live kidney donor. Interpreter present. Both consent, procedure carried out via NHS. Recorded only due to a query from a student nurse who thought the donor looked nervous. No concerns.",
  "", "", "")
T("Domestic worker in a diplomatic household in Kensington: 'Madam takes my passport when we arrived, I work from 6 in morning until they sleep, they give me food from their plates, I cannot go out alone, in 2 years I get paid one time.' Escaped via the window of the laundry room.",
  "RD EO RM WW AC", "DT LH RMS", "D")
T("Source: children being brought from Slovakia to beg in Sheffield city centre. Adults sit nearby and collect the money every hour. Children are there from 9 to 6 in all weather. INT 2/B/P. Children are thought to be aged between 8 and 12 and are not known to attend school. Recommend joint visit with Sheffield children's services and an interpreter.",
  "AV WW EO", "LH NCW", "C", "high")
T("Adult female, 20, UK national, said she is a 'girlfriend' of a man who makes her have sex with his friends for money. 'If I say no he beats me and says no one will believe a junkie.' He supplies her heroin. He has her bank card.",
  "PSV AV WW IT", "NCW", "S")
T("Neighbour thinks the Indian lady next door is a slave because she's always cleaning the windows. Visited: she's the homeowner, a retired teacher, likes her house clean. Advised caller. Neighbour is new to the street and apologised. Officers left a leaflet on how to spot the signs.",
  "", "", "")
T("Intelligence: Organised crime group using vulnerable Eastern European men to open bank accounts in their names, then taking the cards and using the accounts for fraud proceeds. Men are housed in a HMO in Ilford and given £20 a week. INT 2/B/P.",
  "AV WW", "NCW MBC OA", "C")
T("Case note: MSVCC client (Sudanese, 30) says in Libya smugglers 'took blood and did tests' and later threatened to take his kidney if his family didn't pay. Unrelated to UK exploitation, which was at a car wash in Northampton with 12 hour days and a £3,000 debt for the lorry.",
  "EO DB", "LH UF", "L")
T("Mum rang to report her 16yo daughter missing. Says she's been seeing a 25yo man called 'Jay' who picks her up in a red Corsa. Found messages on the iPad where Jay says she has to 'go see my mate in Blackburn tonight' and he'll 'sort her out' after. She's not answering. Last seen 45 minutes ago getting in the car.",
  "AV", "", "S", "immediate")
T("Pakistani woman (29) married and brought to Bradford. In-laws make her do all the cooking, cleaning and caring for 9 people, she gets no money and is not allowed out unless her mother-in-law goes with her. They took her spousal visa docs 'to keep them safe'. Threatened to send her back 'in shame'.",
  "EO WW RM RD IT", "LH RMS DT", "D")
T("Organ trafficking concern raised by renal unit at St George's: patient returned from overseas with a newly transplanted kidney, paid $40,000 to a broker, can't name the donor. The concern is for the donor, who may have been exploited abroad. Referred to NCA.",
  "", "", "O")
T("POI HOXHA, Ardit - believed to control a team of runners moving cocaine from London to Exeter. Runners aged 15-17 are kept in an Airbnb and not allowed to leave, phones taken on arrival and given a 'work phone'. One runner was stabbed in the leg as 'punishment' for losing a package. INT 2/A/P.",
  "AV RM ISO PSV", "RMS IS", "C", "high")
T("Pub landlady, Cornwall, works 7 days, lives above the pub, says it's her own business and she loves it. Neighbours complaint re late noise.",
  "", "", "")
T("Romanian woman picked up by Border Force at Stansted with a man who holds both their passports and her phone. She says she is going to work but doesn't know where or for whom; her phone, which he holds, has her photos on an adult escort site. He has paid her flight and she will 'pay back from wages'. She looks scared and keeps looking at him before answering.",
  "RD DB ISO", "DT UF FA SFW IS", "S")
T("Debrief (through Tigrinya interpreter): he worked in a garage in Coventry for 'the Kurdish man', repairing cars 7am-10pm. The man put a chain on the back gate at night. He had no coat in winter and his fingers went white from cold. He was paid 'sometimes £20'. He was told if he left the police would put him in prison.",
  "EO RM AC WW IT", "LH RMS FA", "L")
T("Caller worried her cleaner (Brazilian, 35) is being exploited because she works in 6 houses a day. Spoke to the cleaner, who runs her own business, sets her own prices and has a van. No concerns. She showed us her business cards and her diary. She was amused and said she'd take it as a compliment.",
  "", "", "")
T("14yo girl disclosed at school that her aunt's boyfriend makes her and her cousin 'do things with men' at a house in Oldham and gives them cigarettes and cash. He said if they tell anyone their mum will be deported.",
  "AV IT PSV", "FA", "S", "high")
T("Adult male in a Tamworth cuckooed flat, alcohol dependent. Dealers give him cans so he'll let them use the flat and he does 'drops' for them. He said 'they hit me with a belt when I came back short'. He has nowhere else to go.",
  "AV PSV", "", "C")
T("Woman in her 60s, Filipina, has been with the same family in Surrey for 20 years. Family say she is 'like a grandmother'. She says she is paid £1,500 a month, has her own bank account, and goes to church on Sundays with friends. Visit followed an anonymous call. Satisfied no exploitation.",
  "", "", "")
T("Albanian female (22) in an NRM interview: 'They told me I had debt of €15,000. Every night I must give them €1,000. If I don't, they add more. They show me photos of my sister going to school.'",
  "DB IT", "UF", "S")
T("INT 3/B/P: Males from Sudan and Eritrea are being used as delivery riders on accounts rented from others. The account holder takes £150 a week and half the earnings. Riders work 14 hr days and sleep 8 to a room in Erdington.",
  "WW EO AC", "LH OA NCW", "L")
T("Mate of mine reckons the girls at the sauna on Wellgate are trafficked but I went in and asked and its a proper sauna and gym, just blokes in towels, no girls work there at all. Ignore him.",
  "", "", "")
T("Forced criminality: Vietnamese boy (16) at a nail bar in Kirkcaldy. Claims he is 19. Also made to deliver cannabis in the evenings for the bar owner. Lives in the bar's storeroom. Owner speaks for him at every visit and holds his 'ID'.",
  "AV RD", "SW SFW DT", "L C", "high")
T("Police attended a disturbance at a house in Luton where a young Indian woman was screaming. She said her husband's family beat her and she is locked in the house doing all housework; she has no key. Her passport is held by her father-in-law. She said 'they will kill me if they know I talk to you'.",
  "PSV RM RD", "RMS DT FA", "D")
T("Charity worker believes a homeless man, 'Stevie', is being used by a group to beg at Leeds station. He says they give him a room and take his takings to pay the rent, and they've said they'll 'do his legs' if he stops.",
  "AV WW IT", "NCW", "C")
T("Intel that a man in Newham is arranging for migrants to sell a kidney in Turkey to pay their smuggling debts; one victim has a fresh scar and says he was paid £2,000 and the rest 'went to the debt'. Victim now works at a car wash in East Ham 12 hours a day.",
  "AV DB WW EO", "LH", "O L")
T("Worker at car wash in Chelmsford, from Iraq. Says 'I am happy, I send money home, boss is good man'. Own bank card, lives with his brother, works 9-6 with Sundays off. Visit by GLAA under Operation Aidant. No indicators.",
  "", "", "")
T("HMO at 18 Ashburnham Road, Luton: 6 Slovak women believed to be sexually exploited. Taxis take them to hotels across Bedfordshire every evening, driver waits outside. One woman told staff at the Premier Inn that 'Tomas has our passports'. INT 2/B/P.",
  "RD RM", "ET DT OA RMS", "S")
T("Girl (13) spotted at 2am at a takeaway in Telford with three men in their 30s. Staff said she's there most nights and the men buy her food. She appeared drunk. Staff think she's been given drink by the men.",
  "AV", "", "S", "high")
T("Victim, Chinese, 45, worked in a restaurant in Chinatown and was also made to work in the owner's house. 'I clean his house after restaurant close, at 2 o'clock at night, then 9 morning the restaurant again. He keeps my money to send to my family, they never got it.' He lost his finger in the dough mixer and was told to keep working.",
  "EO WW AC", "LH NCW", "L D")
T("Caller reports a man shouting at a group of women outside a house in Sheffield. Investigated: a hen do, nothing to suggest exploitation. Closed.",
  "", "", "")
T("INT 2/B/P: Vietnamese female 'Lan' believed to be working in a nail bar by day and made to sell sex from a flat above by night. Controlling male 'Minh' drives her between the two and takes all money. Flat is above 'Perfect Nails', Hinckley Road, Leicester. Minh is believed to drive a white Mercedes C-Class. Source is a customer of the nail bar. Handling restrictions apply.",
  "EO WW", "ET LH NCW", "L S")
T("Boy (12) reported by school for having expensive trainers and a second phone. Mum says he's been doing jobs for a man at the garage. Boy says he just 'holds stuff' and the man says he's family now. Boy has been missing from school every afternoon for a week.",
  "AV", "", "C", "high")
T("Survivor account (Ukrainian, 47): came on a Homes for Ukraine visa to a sponsor's house in Kent. The sponsor made her clean his rental properties every day for nothing and said if she complained he would tell the Home Office she was not living there and she would lose her visa. 'I was afraid to go to the shop.'",
  "AV WW IT", "FA", "L")
T("He said that if he ever got caught by police he would say he was working for himself. Asked if anyone had threatened him, he said no. Stated he keeps his own passport and earnings and sells cannabis because 'it's easy money'. Adult, no exploitation identified.",
  "", "", "")
T("Children's home in Stoke: boy (15) returned after 3 days missing, cold and hungry, with a deep cut on his arm he wouldn't explain. Found with a Nokia and £300. Staff overheard call: 'you better get back out there or you'll get worse'.",
  "AV PSV IT", "PA", "C", "high")
T("Saudi family on holiday in Knightsbridge hotel with domestic worker. Hotel staff noticed she eats alone in the corridor, is never allowed out, and sleeps on the floor of the children's room. When security tried to talk to her, the employer's wife answered for her.",
  "RM AC", "RMS SW SFW", "D")
T("A&E Manchester: female, 18, overdose. Said she had been 'shared' between men at a house party against her will and her boyfriend 'sells' her. She has no contact with her family. Doesn't know which part of Manchester she is staying in.",
  "AV ISO", "IS", "S")
