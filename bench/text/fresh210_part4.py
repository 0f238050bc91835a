E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))
T("""Debrief of male victim, Sandwell, conducted via Romanian interpreter, 3 hrs. Summary: IP (Ion, 38) is from a village near Craiova. He has a wife and three kids and owed about 6,000 lei to a moneylender after his father's funeral. A man from the next village, known to him as 'Nea Costel', told him in a bar that in England he could earn £80 a day at a carwash with a room included, and that the travel would be 'taken out of the first wages'. He came by minibus with 5 others in March. On arrival at a house in West Bromwich Costel took all their ID cards 'to open bank accounts'. Bank cards were opened in their names but Costel kept the cards and the PINs. IP worked at a hand car wash on the Birmingham Rd from 7am to 8pm, seven days, in winter without gloves or boots. He was given £20 a week 'for cigarettes'. He was told his travel debt was £1,500 then that rent and food were added, and by summer he owed £3,000. When he said he wanted to go home Costel punched him in the face and said 'your children will pay'. He left after a customer gave him a phone number for the Salvation Army. He is afraid of police in Romania and here.""",
  "AV DEC RD WW DB EO AC PSV IT", "DT NCW LH UF FA PA", "L")
T("""Referral from Leeds City Council adult safeguarding. Subject: Karen (48), British, moderate learning disability, lives alone in a council flat in Seacroft. Since January, a man calling himself her 'boyfriend' (Lee, 30s) and two of his friends have been staying at the flat. Karen's neighbours say there are visitors all night. Karen told her support worker that Lee said he loved her and would marry her, that she has to 'be nice' to his friends, that he takes her money on payday 'to look after it', and that he gets angry if she goes to her sister's. Her phone was 'broken' by Lee and she now has none. The support worker saw bruising on her wrists. Lee has previous for supply of Class A. Concerns: cuckooing, sexual exploitation, financial abuse.""",
  "AV DEC WW ISO PSV RM", "NCW IS PA RMS", "S C")
T("Caller at Crewe station reported a girl, maybe 15, being walked onto the Manchester train by two older men holding her arms. She was crying. BTP alerted, train due into Piccadilly 21:12.",
  "AV RM", "ET RMS", "S", "immediate")
T("She said she was not forced, she could go home whenever she wanted, and nobody had her passport. But she did say the agent charged her £3,000 for the job and that she is still paying it back at £400 a month out of her wages.",
  "DB", "UF", "L")
T("Worker told inspectors he was never threatened and the manager was 'good to us'. However, his payslips show deductions of £140 a week for a bed in a room with 5 others, which he did not agree to.",
  "WW AC", "OA", "L")
T("No evidence of any restriction - the workers come and go from the house freely and have keys. Concerns remain that their wages are paid into one account run by the gangmaster, who draws cash with their cards every Friday.",
  "WW", "NCW MBC", "L")
T("She denies any threats. She says he has never hit her. She does say he keeps her passport 'so it doesn't get lost' and she is not allowed to ask for it.",
  "RD", "DT", "")
T("If they don't get paid this month, the lads say they'll walk off the site. (Info from the site manager; wages are late from the subcontractor but all have been paid previously.)", "", "", "")
T("The family said she was free to leave and showed us a bedroom with her things in it. She said very little and looked at the mother before every answer; the mother answered most questions for her. She has not been to school since arriving from Ethiopia aged 13 and is now 17.",
  "AV", "SFW FA", "D", "high")
T("Hypothetically, if someone came here with a debt to the agent, could they report it? Caller would not give details and said 'it's for a friend, nothing has happened yet'. Advice given.", "", "", "")
T("We looked for signs of debt bondage and found none. However, the accommodation at the farm was overcrowded: 12 men in a four-berth caravan, no working toilet.",
  "AC", "OA PLC", "L")
T("IP stated that she had her own phone and could ring her family, she was not locked in. She did say the 'boss' took her to the flats in the car, stayed outside, and collected the money from each client.",
  "WW", "ET NCW", "S")
T("Doesn't appear to be any control here - he chose the shifts and has his own bank. Spoke to him twice. Closing.", "", "", "")
T("Nobody took his passport; he lost it. Nobody stopped him leaving; he had nowhere to go. He was, though, told by the farmer he'd be reported to immigration if he asked for the wages he was owed for six weeks.",
  "IT WW AV", "FA", "L")
T("Joint visit with GLAA. Mr PATEL (owner) says none of the staff have debts with him. Two staff separately told us they paid him £5,000 each in India for the job and sponsorship and still owe him most of it; he takes £200 a month from their pay.",
  "DB WW DEC", "UF", "L")
T("Not sexual exploitation in our view - she advertises herself, books her own clients and banks her money. But she has told us her 'landlord' has been asking her to pay him half or he'll go to the police about her visa.",
  "IT AV", "", "")
T("Call log 23:50: female says a man is outside her room at the hotel in Milton Keynes, he has her passport and her phone and said she will 'work tonight or else'. She is on a landline in the room. Room 214.",
  "RD ISO IT", "DT IS", "S", "immediate")
T("Translated text messages from the victim's phone (Vietnamese): 'Brother, the boss says another 2 years. He says the money for the boat is still not finished. I am in the house with the plants, I don't know the town.'",
  "DB ISO", "IS UF", "C")
T("INT 2/B/P. Gang in Bradford target Slovak Roma men with alcohol problems, ply them with drink, and send them to work in a recycling yard. Workers paid in vodka and a bed in a garage. Source says one was beaten with a bar when he tried to leave.",
  "AV WW AC PSV RM", "PLC", "L")
T("Man in his 70s, sleeping rough in Margate, told outreach workers a 'nice couple' took him in and had him doing their decorating and gardening for months, sleeping in the shed, with food but no wages, until they 'got bored'.",
  "AV WW AC", "PLC", "D")
T("A&E Bristol: Eritrean female, 19, pregnant, with bruising, came with a man who said he was her cousin and would not leave her alone with staff. She wrote 'HELP' on the form when he went to the toilet. Police called.",
  "PSV RM", "PA SFW ET", "", "immediate")
T("Intelligence (3/B/P): a marriage agency in Leicester brings women from Vietnam to marry older British men. At least one woman said she was told she'd be a 'wife' but is made to work in her husband's shop 12 hours a day without pay and not allowed out.",
  "DEC WW EO RM", "LH RMS", "L")
T("Client (Nigerian, 24) of the Helen Bamber Foundation said she came on a promise of a job as a hairdresser from a 'pastor' who paid for her flight. Here she was told she owed £40,000 and had to 'work the streets' in Peckham. The pastor's wife took her money every night.",
  "DEC DB WW", "UF NCW", "S")
T("County lines: 16yo boy from Croydon arrested in a flat in Worthing. Says he was told it was 'easy money' for a week, then told he couldn't come home until he'd shifted £2k of gear. Had his phone taken and a 'work phone' given to him.",
  "AV DEC DB ISO", "IS", "C", "high")
T("I came to help my cousin in his shop. He say I can study English also. There was no study. I work in the shop and his house, I sleep in the kitchen. When I say I want the class he shout and say I am nothing without him.",
  "DEC AV AC", "SW", "D L")
T("gangmaster at the daff fields near Holbeach takes £15 each off the lads for the minibus every day and another £20 for the gloves and wellies, the money they get at the end of the week is nothing",
  "WW", "CT PPE", "L")
T("Salvation Army note: client (British, 44) recovering from alcohol addiction was 'offered a fresh start' by a man at an AA meeting: building work in Scotland with accommodation. Spent 8 months on sites in Fife, paid nothing, his benefits claimed by the man, kept in a static caravan with no heating, told he'd 'get a kicking' if he went to the police.",
  "AV DEC WW AC IT", "PLC NCW FA", "L")
T("Sheffield Children's Hospital: 9-year-old Slovak girl admitted with malnutrition; uncle who brought her says she's in his care. School enquiry shows she's never been enrolled and a neighbour reports she does all the housework and looks after the younger children.",
  "AV AC", "PA", "D", "high")
T("Neighbour has heard a man screaming 'give me back my passport' at the house next door three times this week. The house has about 10 men living in it. Cars collect them at 5.",
  "RD", "DT OA CE", "L")
T("Statement (Polish): 'The agent said there is a hotel job and a room in Edinburgh. After I arrive they send me to a factory in Livingston. The room was a mattress in a garage with three men. I never saw a hotel.'",
  "DEC AC", "OA PLC", "L")
T("PC LOWE note: female sex worker, 23, Romanian, works from a flat in Ealing. Says she chose the work. Her 'manager' holds her ID card and all money goes to him; she gets £100 a week. She says he is 'like family'.",
  "RD WW", "DT NCW", "S")
T("Boy (14) in Walsall with a learning difficulty found cash-carrying for older males; tells his teacher they said they were his 'big brothers' and would look after him. Now says they're scary and took his bank card to use for money.",
  "AV DEC WW", "NCW FA", "C", "high")
T("Man from Hull, 25, with learning difficulties and a gambling problem, found running a card for a fraud gang who opened credit accounts in his name and took the money. He was told he'd 'owe' if he stopped.",
  "AV DB", "", "C")
T("Alleged organ trafficking: Ukrainian woman at a refugee centre in Birmingham said a man offered her £15,000 to go to a clinic in Turkey to 'donate' a kidney for his relative. She declined. Intel shared with NCA.",
  "AV", "", "O")
T("NCA briefing extract: Eastern European men, often homeless or with addiction, recruited in the UK and sent abroad to sell a kidney; one returned to Nottingham with a scar and £1,200 instead of the £20,000 promised, and told that if he talked his mother would be hurt.",
  "AV DEC IT", "", "O")
T("Girl (16), looked after child, Sunderland, found in a flat with 3 adult men. Says she's been given drugs and 'had to' sleep with them for a place to stay. Her phone was taken off her.",
  "AV PSV ISO", "IS", "S", "high")
T("Outreach log 07/03: woman at the Cardiff homeless day centre says a man offered her and her boyfriend a room in exchange for 'work'. Boyfriend now works for him for free, she is 'lent out' to the man's friends. She said if they leave they'll be on the street again.",
  "AV WW", "", "S L")
T("The man who took the boys to the market stalls every morning at 5 kept their passports in the glovebox of the van. They were never allowed out on their own and had to ask him for food money.",
  "RD RM WW", "DT CE ET RMS NCW", "L")
T("INT 2/A/P: Adult male Zoltan HORVATH (HU) controls 14 Hungarian workers at a meat plant in Cullompton. He holds their bank cards and withdraws their pay at the Tesco ATM on Fridays, a dozen cards one after another. Workers live at 2 addresses he rents.",
  "WW", "MBC NCW OA", "L")
T("Report from school: Year 11 girl, Eritrean, UASC, says her 'uncle' sends her every weekend to clean houses for his friends and keeps the money. She's too tired for school on Mondays.",
  "AV WW", "NCW", "D L", "high")
T("Caller worried about 'a slave' at a farm. Actually her description was of a man who works for the farmer for his keep and some cash and has done for 20 years; she says he is 'a bit simple', never leaves the farm, has no phone and no family come. Welfare visit requested.",
  "AV ISO", "IS", "L")
T("Interview notes: 'They told us in Vietnam the debt was $20,000. We borrowed from everyone in the village. In the grow house they said if we try to run, we die, and our families will pay the debt.'",
  "DB IT", "UF", "C")
T("Debt bondage suspected at Lincoln packhouse; workers describe 'owing the boss' for flights and rent, but all deny that they cannot leave. Further visit planned.",
  "DB", "UF", "L")
T("Police Scotland log: Roma boy (13) found begging on Buchanan St, says his 'uncle' makes him and will hit him if he doesn't get £50 a day. Bruising to his back.",
  "AV PSV", "PA", "C", "high")
T("The domestic worker, 36, from Indonesia, left her employer's home in Mayfair at night. She said she was never allowed out of the house, slept on the floor of the children's room, worked all day every day, and was slapped by the madam. Never paid.",
  "RM AC EO PSV WW", "RMS LH", "D")
T("Intel: the lads on the construction job in Manchester are told every week they'll be paid next week. None of them has been paid in 7 weeks. They are all Romanian, no English, living in the boss's house.",
  "WW AV", "OA", "L")
T("Victim: 'He take my passport and he say now you are illegal, if police see you they put you in jail. I believe him.'",
  "RD IT DEC", "DT FA", "")
T("Caller: 'There's a lass in the house across from me, she's about 20, Asian, they make her do all the washing and cooking for like 10 blokes and she never goes out and she looked like someone had hit her.'",
  "RM PSV", "RMS PA OA", "D")
T("Woman (Thai, 33) was advertised on AdultWork under four different names in Nottingham, Leicester and Derby. The adverts were posted from one IP address linked to a male, and he booked her hotel rooms. She had no phone of her own.",
  "ISO", "IS", "S")
T("Man at a B&B in Skegness working in the kitchen 16-hour days, sleeps in a box room by the boiler. Owner says he 'owes' for his keep. Not been paid. Very thin.",
  "EO AC DB WW", "LH PLC PA", "L")
T("The agency in Corby takes £120 a week 'rent' out of the pay for a bunk in a room with five. The contract says £60. They also charge for the bus to the warehouse and for hi-vis.",
  "WW DEC AC", "OA CT PPE", "L")
T("He keeps saying 'you owe me' and the number goes up every time. I have worked 2 years now. At first it was for the flight, now it's for everything. Food, electric, shampoo.",
  "DB", "", "")
T("Girl, 15, from Middlesbrough found in a house in Leeds after being missing 5 days. Says 'Dan' gave her a phone, took her to parties and made her sleep with men. She still calls him her boyfriend.",
  "AV DEC PSV", "", "S", "high")
T("HMRC referral: nail salon chain in Essex pays staff on paper £10.42/hr but bank records show the money goes to the owner's brother's account and staff are given £150 cash each week regardless of hours worked.",
  "WW", "NCW", "L")
T("Scottish farm, Angus: seasonal workers from Tajikistan, told by a recruiter in Dushanbe the job paid £15 an hour and they'd be guaranteed 40 hours. Some weeks they got 12 hours and paid back recruitment fees of £2,000. Visa tied to the farm so they can't change employer.",
  "DEC DB AV", "UF", "L")
T("Support worker: 'He's got a learning disability and he trusts everyone. This mate has got him signing for phones and loans and then takes the lot. Now he's saying he'll get battered if he doesn't sign for another.'",
  "AV IT", "", "C")
T("Man, 58, Irish, found living in a horsebox on a traveller site in Essex. Says he has worked on driveways for the family for 15 years for food and tobacco. Hasn't left the site alone in years, doesn't know what day it is, no ID.",
  "AV WW RM ISO AC", "PLC RMS IS", "L")
T("Anonymous: the woman at the Chinese takeaway on Regent St isn't allowed to speak to anyone. The owner always speaks for her. She works every day and lives in the back.",
  "EO", "SFW LH SW", "L")
T("Case note (ISVA): she described him slowly taking over - first her bank card, then her phone, then telling her who she could see. Then the men started coming.",
  "WW ISO", "NCW IS", "S")
T("She's 17, Albanian, was told she was coming to the UK for a nanny job. She was put in a flat in Southampton, men came every night, a man sat in the living room with a knife 'for protection'. She was too scared to leave.",
  "DEC AV RM IT", "RMS FA", "S", "high")
T("Police note: 3 Romanian males selling the Big Issue outside Sainsbury's in Leicester; they are registered vendors and keep their earnings. Earlier concerns of control unfounded.", "", "", "")
T("Worker at a hand car wash in Ayr told the police through an interpreter that he was not being held, was paid £60 a day as agreed and lived with his brother. Car wash owner separately reported for VAT.", "", "", "")
T("IP says: 'He said Britain is very good, you get money from the government, they give you house. He said, just sign and I help with forms. Then he take the money every month and I never see it.'",
  "DEC WW AV", "NCW", "C")
T("Romanian man, 27, in Peterborough: says he was promised factory work, brought to a house with 18 others, and told he must pay £300 before he gets work. Hasn't paid, so no work, no food money. Others work and pay the man every week.",
  "DEC DB", "OA UF", "L")
T("Concern from a hairdresser in Harrogate: her client's live-in carer (Filipino) told her she hasn't had a day off in 3 years and the family keep her passport 'in the bank'. She sleeps in the client's room to care for her at night.",
  "EO RD", "LH DT SW", "D")
T("Cafe owner in Bath has a young Brazilian woman working 70 hours a week for £200 cash. She is undocumented and the owner told her she'd be 'sent home' if she complained.",
  "EO WW AV IT", "LH", "L")
T("Inspector's note: the men sleep on the factory floor between shifts. There are no beds, just cardboard. Fire exits chained.",
  "AC", "SW PLC", "L")
T("PCSO: a girl at Clapham Junction told me she had 'nowhere to go' and a man had offered her a place if she 'helped him out'. She's 18, care leaver. I got her to the council emergency housing and logged the male's description.",
  "AV", "", "")
T("Report from Hampshire ASC: older woman, 79, with a young 'lodger' who has moved in and is using her home to run an online escort business with three women. She's scared of him and he has taken her pension card.",
  "AV WW", "NCW FA", "S")
T("Young Kurdish man in a barbershop in Huddersfield: no pay for 4 months, told his 'training' must be paid off first. Sleeps in the shop. Boss has his phone at night.",
  "WW DB AC ISO", "SW IS", "L")
T("Male (Sri Lankan, 26) on a care visa says his employer in Sussex made him sign a contract saying he owes £8,000 if he leaves within 3 years. Works 60-hour weeks, threatened with reporting to UKVI.",
  "DB EO IT", "LH UF", "L")
T("Text from concerned friend: 'Mia is 16 and says she's got a job at a house in Bolton that pays £500 a night for hosting. She says she's not silly. Please help.'",
  "AV DEC", "", "S", "high")
T("The worker said 'boss is good, boss gives me home'. The home was a room with 11 people. The boss takes the wages of all 11. None of them speak English or know the address.",
  "WW AC ISO", "OA NCW IS", "L")
T("Interpreter's note: he kept using the word 'datorie' (debt), over and over. He said 'I can't leave until datorie finished.'",
  "DB", "", "")
T("Op WINTERBOURNE debrief: 6 women rescued from two flats in Newcastle. They had been recruited via Facebook for 'waitressing in London'. All passports held by the controller, all advertised online, one had a broken wrist.",
  "DEC RD PSV", "DT PA", "S")
T("Lady phoned 101, her son (22, learning disability) is being taken by his 'friends' to work at a scrap yard for cash which the friends keep. They collect him at 6am and bring him back at 10pm. He is exhausted and won't say anything.",
  "AV WW EO", "CE NCW LH FA", "L")
T("Elderly Chinese woman (74) in Liverpool, visit visa expired, working in a restaurant kitchen for her 'sponsor' family since 2019 for food and a room. She is frightened of being found by immigration. The family say they are helping her.",
  "AV WW", "FA", "L")
T("Report from Refuge: woman brought from India as a bride, husband's family keep her locked in the house when they go out, take her gold and passport, make her cook and clean for 8. Husband rapes her.",
  "RM RD PSV AV", "RMS DT", "D")
T("The company holds workers' passports 'for insurance'. The manager says they can ask for them back. Two workers said they asked and were told no.",
  "RD", "DT", "L")
T("Intelligence 2/B/P: woman known as 'Auntie Grace' brings Ghanaian teenagers to London as 'nieces' and places them as housemaids with families in Croydon; the girls are not in school and not paid. She takes a fee from the families.",
  "AV WW", "", "D", "high")
T("Man sitting in his car outside the school every day in Luton with several young girls getting in and out. Parents worried about CSE. Enquiries ongoing.",
  "", "", "S", "high")
T("IP: 'When we work in the field they watch us. When we go to the house they watch us. We eat what they give us. If someone is slow they get hit with the stick.'",
  "RM PSV AC", "RMS", "L")
