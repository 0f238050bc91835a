# Debrief and interview accounts: labour, sexual
def add(T):
    T("NRM debrief account (via Romanian interpreter): I was told by a man in my village, Ionut, that in England I can earn £400 a week in a car wash. He paid the bus and said I pay back later. When I arrive in Leicester he took my ID card 'for the contract'. We work from 8 until 9 at night, seven days. I got £20 a week. He said I owe him £1,500 for the bus and the room and every week the money I owe gets bigger. Six of us slept in one room above the car wash on mattresses. I left when a customer gave me the number of the Salvation Army.",
      "DEC RD WW DB EO AC", "DT LH UF OA SW PLC", "L")
    T("ABE summary: Witness (16) describes being given free cannabis and trainers by an older male known as 'Skitz', then told he owed £800 when a bag was 'taken off him'. He was sent to Aberystwyth to run a line for two weeks, staying in a flat belonging to a heroin user. He said he was scared to go home because Skitz said he knew where his mum lived.",
      "AV DB IT", "FA", "C", "high")
    T("Debrief (Vietnamese interpreter). I paid agent in Nghe An $15,000, family borrow from bank and neighbours. Travel by lorry, many weeks, I do not know the countries. In UK they put me in a house to water plants. Windows covered, door locked from outside, a man brought food once a week. They said if I run, police will put me in prison and my family will still pay the debt.",
      "DB DEC RM ISO IT AV", "UF RMS IS FA", "C")
    T("Interpreter-mediated account, female, 24, Albanian national: she met a boyfriend online who promised marriage and a life in London. On arrival he took her passport and made her work in a flat in Ilford seeing men. He hit her when she refused and kept all the money. She did not know the address and had no phone of her own.",
      "DEC RD PSV WW ISO", "DT NCW IS", "S")
    T("Statement (translated from Polish): I came to work on the farm near Wisbech through an agency in Poznań. I paid 300 euro for the place. The bus to the fields costs £10 each day and they take it from the wages. Also they took £45 for boots and gloves. After deductions some weeks I had nothing. We lived twelve people in a house with three bedrooms. I was not locked, but where can I go, I have no money and no English.",
      "WW AC DB AV", "UF CT PPE OA", "L")
    T("Debrief free text: PV says she was brought from Lagos aged 17 to 'help an auntie with her children' and go to college. She was never enrolled. She cooked, cleaned and looked after three children from 6am until midnight, slept on the kitchen floor, and was not paid. Auntie kept her passport in a locked drawer and told her that if she went outside the police would arrest her because she had no papers.",
      "AV DEC EO AC WW RD IT", "LH SW DT FA", "D", "high")
    T("I was not trafficked. I paid a man in Calais to get me in a lorry, €2,000, and when we arrived in Kent he opened the door and left. Nobody made me work. I claimed asylum the next day at Croydon.", "", "", "")
    T("Account of male, 41, Lithuanian (interpreter by phone): recruited in Kaunas by a woman called Rasa for factory packing work in Northampton. Picked up at 5am by a minibus with 14 others and brought back after 7pm. Rasa collected their bank cards and PINs 'to pay the rent' and gave them £50 cash each Friday. He says he was happy at first but could not leave because she told him he owed for the flight and two months' rent.",
      "DEC WW DB EO", "CE NCW UF LH", "L")
    T("ABE interview (13 yo female): describes going to parties at a flat in Rochdale with 'older boys', being given vodka and weed, and then being told she had to 'be nice' to their friends. She said she did not want to but they said they would put the video on Snapchat. Disclosed she was made to have sex with two men.",
      "AV PSV IT", "", "S", "high")
    T("Debrief: 'They told us the job is in a hotel, cleaning rooms, £8 an hour. When we come it was not a hotel, it was a house where men come. The madam said we owe £5,000 each for the flights and for the room, every client is £30 off the debt. She had our passports. I was very scared of her husband, he beat one girl with a belt in front of us.'",
      "DEC DB RD IT PSV", "DT FA UF", "S")
    T("Case note, MSVCC caseworker: Client recounts working for a builder in Swindon for three years. He was paid roughly half what he was promised and never given a payslip. He slept in a caravan on the builder's yard with no heating and no toilet. He says he was never hit or threatened and could come and go. Client has a learning disability and the builder managed his Universal Credit.",
      "AV WW AC", "PLC SW NCW", "L")
    T("Statement (Tigrinya interpreter): I crossed from Libya by boat to Italy and then to France. In Dunkirk I paid smugglers for the small boat. I was not forced to work for anybody. The journey was very hard and dangerous but the people who took the money only took the money.", "", "", "")
    T("Debrief account: PV met a man at a bus station in Bucharest who offered her work as a waitress in Birmingham. On arrival she was taken to a flat where she was told she would work 'with clients'. She was advertised on an adult website and driven to hotels by a man called Florin. She said Florin never hit her but she had to give him all the money.",
      "DEC WW", "ET NCW", "S")
    T("Interview summary (ABE, male 15): Q said he was picked up from Moss Side by a man in a grey Audi, reg unknown, and driven to a trap house in Barrow. He sold crack and brown for 9 days. His phone was taken and he was given a burner. He slept on a sofa. When he said he wanted to go home they slapped him and said he'd 'get wet'.",
      "AV ISO PSV IT RM", "ET IS FA RMS", "C", "high")
    T("Translated account, Chinese female (Mandarin): 'I was a nail technician in Fujian. The agent said I can work in a nail shop in England and earn good money, I pay 200,000 yuan. When I arrive the boss said I work for free until the money is paid back. I sleep in the back of the shop on the floor. Ten, twelve hours every day. Boss keeps my passport in the safe.'",
      "DEC DB WW AC EO RD", "UF SW LH DT", "L")
    T("I work at a chicken factory in Norfolk, nights, 12 hours, four on four off. The work is hard and cold but I have a contract with the agency, I get my money in my own account and I live with my cousin. I am telling you because the police asked everyone on the line.", "", "", "")
    T("Debrief, free text: 'The man who drove us, we call him Uncle. Every morning he knocks at 4.30, we go in the van, 9 people, to the spinach farm. He takes £8 each day for the van. In the evening he brings us back at 8 or 9. He shouts that if we speak to anyone from the farm he will send us back to Romania with nothing.'",
      "IT WW EO", "CE CT LH", "L")
    T("ABE summary: W1 (17, female) describes a relationship with 'Jay' (25) who bought her a phone and clothes. After some weeks Jay told her she had to hold drugs in her bra and travel on the train to Blackpool. She said she was frightened of him because he once pushed her into a wall. She did not tell her foster carer where she was going.",
      "AV PSV", "", "C", "high")
    T("Statement via interpreter (Arabic): 'In Sudan I sold my kidney because a broker told me I would get $5,000 and a job in Europe. They did the operation in Egypt. I got only $1,000. The broker said if I told anyone my brother would be hurt. I still have pain and a long scar.'",
      "DEC AV IT WW", "PA", "O")
    T("Debrief narrative: Male, 19, Eritrean. He was held in a warehouse in Libya for 4 months. Captors beat the men and phoned their families asking for ransom. He was then put on a boat. In the UK he has not been exploited. Referral made because of events in Libya.",
      "PSV RM IT", "RMS", "")
    T("Account (learner English, written by PV himself): i come from slovakia the man promise me job in factory good money. in england he take my passport and bank card. i work in the car wash and other places, i sleep in garage with four men. he give me food and cigarettes only. when i ask for money he hit me in face. i run away to police station in Bradford.",
      "DEC RD WW PSV AC", "DT NCW PLC SW", "L")
    T("Interview summary (interpreter, Kurdish Sorani): Witness describes paying £3,500 to be smuggled from Calais. On arrival he was told he owed a further £4,000 and must work in a barbers in Stoke to pay it off. He worked 7 days a week for £100 and slept upstairs. The owner told him that if he went to the Home Office he would be deported straight away.",
      "DB WW EO IT AC", "UF LH SW FA", "L")
    T("National debrief free text: PV is a 32-year-old Filipino woman brought to London on an overseas domestic worker visa by a Gulf family. She worked from 6am to 1am caring for four children, was not given a day off in 8 months and ate leftovers. Her employer kept her passport. She was not allowed to leave the house alone and was only allowed to phone home once a month in front of madam.",
      "EO AC RD RM ISO", "LH DT RMS IS", "D")
    T("I was working at a hotel in Blackpool, cleaning, and the hours was long in summer, sometimes 50 hours, but I wanted the overtime, I was paid every penny and I left when I wanted. I am giving this statement as a witness about the man from room 14.", "", "", "")
    T("Debrief (Albanian interpreter): 'They took me from Tirana in a car to Belgium, then a lorry. In London they said I must work in the cannabis house to pay £20,000. I lived there three months. I never went out, the door was screwed shut. They visited every few days with food. When I saw the police I was happy.'",
      "DB RM ISO", "RMS IS", "C")
    T("ABE (girl, 14) - disclosed older man she met on Instagram paid for taxis to take her to hotels in Sheffield where she was 'shared' with his friends. He gave her ket. She said she went because he said he loved her and because he said he would tell her mum what she'd done.",
      "AV DEC PSV IT", "", "S", "high")
    T("Statement (Bulgarian): I answered an advert on Facebook for 'warehouse work, accommodation included'. The warehouse was real and I was paid properly through Agency. The house was crowded, 8 people, but clean and I had my own bed. Nobody took documents. I am making this statement because the house was raided about drugs.",
      "", "OA", "")
    T("Debrief free text: he was made to beg outside Tesco in Peterborough city centre every day with a paper cup. A man dropped him at 7 and collected him at 6 and took all the coins. He is partially sighted and speaks only Romanian. When he kept £5 for food he was kicked.",
      "AV WW PSV", "CE ET NCW", "C")
    T("Account of PV (Portuguese interpreter): recruited in Lisbon to work in a meat plant in Hereford; agency took €500 'fee'. Lived in a house run by the gangmaster with 16 others. Rent £80 a week each taken from wages. When he injured his hand on the line the gangmaster sacked him and threw him out without his last two weeks' pay.",
      "WW AC", "UF OA", "L")
    T("Summary of interview: she met 'Adam' on a dating app. He moved her into his flat in Luton, then told her she owed him for rent and clothes and had to see men to pay it back. He advertised her on Vivastreet, answered the phone as her and collected the money. She described him locking the door when he went out.",
      "DEC DB WW RM", "NCW SFW RMS", "S")
    T("Debrief: 'I came from Vietnam with my cousin. They promise job in a nail bar and school for English. I work in nail bar in Hull, I live with the boss family. I not go to school. I cook for them and clean after shop closed. They give me £50 per month. They say I cannot go to the police because I am illegal.'",
      "DEC WW EO IT AV", "FA", "L D")
    T("Statement: I was a mechanic in Romania. My friend in Slough found me work in a garage. The pay was the minimum wage, cash, but I got all of it. I lived with my friend. I was not forced. I am a witness only to the assault on 14/02.", "", "", "")
    T("Interpreter-mediated debrief (Amharic): PV was taken to Saudi Arabia as a housemaid at 19, then brought to the UK by the same family. She described sleeping in the laundry room, being slapped by the wife, and having her phone taken. She escaped when the family stayed at a Knightsbridge hotel and a doorman helped her.",
      "PSV ISO AC", "SW IS", "D")
    T("ABE summary (male, 16, Sudanese UASC): he worked for a man in a takeaway in Cardiff for 'pocket money' of £30 per week, 12-hour shifts after college, and was told he would be reported to the Home Office if he complained. He slept in a room above the shop.",
      "AV WW EO IT", "LH SW FA", "L", "high")
    T("Debrief: she was promised a job as a dancer in a club in Manchester. Her travel was paid by the club's 'manager' and she was told to pay it back. She had to dance and have sex with customers. The manager kept her passport 'for safe keeping'. She now says she wants to go home.",
      "DEC DB RD", "DT UF", "S")
    T("Account: I am a Ukrainian refugee, I found a job picking strawberries in Herefordshire through the Seasonal Worker scheme. The days were long, up to 10 hours, but I had a contract, payslips and my passport. I liked it and I go back next year.", "", "", "")
    T("Debrief (Czech Roma male, 52): for nine years he worked laying tarmac for a family in Lincolnshire. He lived in a horsebox with no water. They fed him once a day and took his benefits. He said they punched him when he was slow and told him he would never find his way home. He cannot read or write.",
      "AV AC WW PSV IT", "PLC NCW", "L")
    T("ABE summary: Victim (F, 22, learning difficulties) describes her 'boyfriend' and his friends making her have sex with men in a flat in Telford. They took her phone. She said they told her nobody would believe her because she is 'thick'.",
      "AV PSV ISO", "IS", "S")
    T("Interview via interpreter (Pashto): boy says he paid agents in Afghanistan, travelled through Iran and Turkey, and was made to work in a Turkish textile workshop for 5 months with no pay to 'earn' the next leg. In the UK he has been in foster care and is not being exploited.",
      "AV WW DB", "UF", "L")
    T("Debrief free text (Polish, male 60): 'I am homeless in Poland. A man says come to England, work, house, food. In England they put me in a house with other men. Every day we work in demolition, no helmet, no gloves. Money goes to my account but the man has the card. If I say I go home, he says you owe me for ticket.'",
      "AV DEC AC WW DB", "NCW UF", "L")
    T("Statement (female, Thai): 'I came to UK to marry my husband. He is good to me. I work in a Thai massage in Reading, my own choice, and I keep my wages. Police came to the shop and asked many questions. I am okay.'", "", "", "")
    T("Account (Brazilian, via interpreter): she was recruited online for a 'nanny' job in Camden. Her employer paid the flight and then said she owed £3,000. She cleaned the large house and looked after the baby, slept on a mattress in the baby's room and was paid £100 a month. She was allowed out only on Sunday for one hour.",
      "DEC DB WW RM AC", "UF RMS", "D")
    T("Debrief: youth (17) from Birmingham, county line 'Kenny line' to Shrewsbury. He said he was 'cuckooed' into a vulnerable woman's flat, had to stay in for days, and was stabbed in the leg when money was short. He said he owed the line £2k after police seized the drugs.",
      "AV PSV DB RM", "PA RMS", "C", "high")
    T("ABE interview - female, 26, Nigerian: 'The madam did a juju oath on me in Benin City. She said if I talk to police or run, I will go mad or die. In Italy and then London I had to sell my body to pay €35,000.' She was kept in a flat in Croydon with two other women.",
      "IT DB AV RM", "FA RMS UF", "S")
    T("Debrief account: man, 33, Indian national, came on a Skilled Worker visa sponsored by a care home in Norfolk. Paid £12,000 to an agent in Kerala. On arrival he was given 15 hours a week, not the 37.5 on his certificate, and told to pay back the sponsorship costs if he left. He shares a room with three other carers. The manager holds his BRP.",
      "DEC DB RD AV", "UF DT OA", "L")
    T("Statement: I drive HGVs for a living and I have done 15-hour days many times, that is the job, I was not exploited. I am statement-giving about the lorry I saw at Dover with people getting out.", "", "", "")
    T("Translated debrief (Romanian): she was 'sold' to a man in Derby by her cousin for £2,000. He married her in a fake ceremony so his brother could get papers. She was forced to clean his family's house and sleep with him. She says she is still frightened he will find her.",
      "PSV DEC", "FA", "D S")
    T("Interview summary: PV (M, 28, Vietnamese) worked in a nail bar in Swansea 6 days a week for £150, half the rate he was promised. He lived with the owner. He says he could go out and had his own passport. Screening: low-level labour exploitation, no NRM wanted.",
      "DEC WW", "", "L")
    T("Debrief (Hungarian): recruited by a couple at a homeless shelter in Budapest. In Kent he worked in a packing shed 12 hours a day. The couple took all wages from his account, 'for rent and food'. They kept his ID card and said the police would lock him up for having no papers. He was not allowed to speak with the other workers.",
      "AV WW RD IT ISO EO", "NCW DT FA LH IS", "L")
    T("ABE summary: child (12) describes being made to steal from shops in Oxford Street by her 'uncle' who waited outside. If she came out with nothing he shouted and hit her with a phone charger.",
      "AV PSV", "", "C", "high")
    T("Statement (Kurdish): I worked in car wash in Sheffield. Owner gave me £40 a day cash for 10 hours. It is less than minimum, I know. But I had my passport, my own phone, I lived at my brother's. I could stop any day.", "WW", "", "L")
    T("Account (Sri Lankan man, Tamil): 'The shop owner in East Ham kept my passport for 4 years. I worked every day 8 till 11 in the shop and I slept in the storeroom. He paid £200 a month and sent nothing to my family like he promised. He told me if I leave he will call immigration.'",
      "RD EO AC WW DEC IT", "DT LH SW FA", "L")
    T("Debrief, woman (34, Romanian): 'My husband brought me to London. He made me work on the street in Ilford every night. If I didn't bring £200 he beat me. Now the police have him. I have two children in Romania, he said he will hurt them.'",
      "PSV IT", "", "S")
    T("ABE: Witness (17) talks about being 'sent OT' to Norwich on a coach ticket bought by his elder, holding 'nuff shots' in his mouth. Said he got paid £300 for the week, which he spent. Said he did it because he wanted money; denies being threatened.",
      "AV", "", "C", "high")
    T("Debrief free text: PV, male, Ghanaian, was promised a football trial in London by an 'agent' who charged his family £4,000. There was no trial. The agent made him work in a warehouse and took his wages to 'repay' the fee.",
      "DEC WW DB", "UF NCW", "L")
    T("Account: 'I came by small boat. The smugglers in France were bad people, they beat someone who did not want to get in. But in England nobody exploited me. I live in a hotel from Home Office and wait for my interview.'", "", "", "")
    T("Interpreter-mediated statement (Urdu): woman, 29, came on spouse visa. Her in-laws in Bradford made her do all the cooking and cleaning for 11 people, took her passport and her phone, and told her she would be sent back to Pakistan in shame if she complained. Her husband hit her.",
      "RD ISO IT PSV EO", "DT IS", "D")
