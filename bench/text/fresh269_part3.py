# fresh269 part 3: mixed voices, deception/debt/documents, organ cases, negations
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Promised a job in a hotel in Manchester, ended up in a car wash in Oldham. Told the 'visa fee' was £2,500 and he'd work it off. After 6 months he still owed £2,000 because of 'rent' and 'fines'.",
  "DEC DB", "UF", "L")
T("Translated statement (Lithuanian): 'The agency in Kaunas said £400 a week, nice house, English lessons. When we came, it was £120, a house with 16 men, no lessons. They said we must pay back the flight and the agency fee first.'",
  "DEC WW DB AC", "UF OA", "L")
T("Kidney transplant patient at Royal Free. Donor is her brother, assessed by HTA independent assessor, fully consented. Query raised by ward clerk only because of the language barrier. No concerns.",
  "", "", "")
T("INT 3/C/I. Unverified info that a man in Birmingham is recruiting Pakistani males with debts to travel abroad 'for work' and that they are being paid £3,000 to sell a kidney at a clinic in another country. Some returned unwell. Intelligence gap.",
  "AV DEC", "", "O")
T("Woman, 31, Moldovan, told NCA officers she was offered £8,000 to 'donate' a kidney to cover her family's debts and was brought to the UK with a man who held her passport. She was taken for 'medical tests' and kept at a flat in Harrow until the 'operation'. She fled before surgery. She went to a church in Wembley, where the pastor called police. She has been seen by a doctor and has had blood tests arranged by the traffickers' 'clinic' in her bag; the paperwork is being examined by NCA. She remains frightened for her family in Chisinau. The man who brought her has not been identified; she knows him only as 'Doctor Vlad'. NCA have asked for the case to be flagged on PND and for GPs in the area to be made aware.",
  "AV DEC RD RM DB", "DT RMS", "O")
T("Patient recovering from liver transplant at QE Birmingham, donor deceased (NHS Organ Donor Register). Family asked police for advice re a scam text about organ donation. No exploitation.",
  "", "", "")
T("his passport is with him, he showed it to us, and he says nobody holds anything for him. but he's been working at the scrap yard for 3 months and not been paid a penny, the boss keeps saying next week",
  "WW", "", "L")
T("Boyfriend said he loved her and would take her to London for a better life. Once there he said she had to 'help him out' by seeing men. He took all the money. She was 17.",
  "AV DEC WW", "NCW", "S", "high")
T("Case note: Client says the 'uncle' who arranged her travel from Nigeria keeps her passport and says she owes £35,000 for the journey. He makes her pay £200 a week from her cleaning job. She is terrified of the juju oath she swore.",
  "RD DB IT", "DT UF FA", "L")
T("Man reports his passport was taken by his landlord as a deposit - landlord is an individual letting a room, no employment link. Advised this is unlawful and to contact Shelter. Not MS.",
  "RD", "DT", "")
T("Young man recruited on TikTok advert 'earn £1000 a week driving' - found himself moving parcels of cocaine between Liverpool and Blackpool. Told he now owes £4,000 for a parcel that was 'robbed'. Threatened that his sister would be hurt.",
  "DEC DB IT", "", "C")
T("caller says she met a man online who said he'd marry her and get her a visa, she came from Thailand and now he makes her work in his restaurant 14 hours and keeps her passport, she cant go out without him",
  "DEC EO RD RM", "LH DT RMS", "L")
T("Father reports son (20) is working on a fishing boat out of Newlyn. Son enjoys it, 5 day trips, long hours at sea but well paid and is with friends. Father just wanted reassurance re safety at sea. No concerns.",
  "", "", "")
T("INT 2/B/P. Vietnamese female, 16, arrived by small boat, absconded from hotel in Kent. Believed to have been collected by a car arranged by people she owes £25,000 to. Likely destined for nail bar work in the Midlands. Whereabouts unknown.",
  "AV DB", "UF", "L", "immediate")
T("Rough sleeper in Leeds told outreach he was offered 'cash work and a room' by a man in a van. He was taken to a farm in North Yorkshire. There was no room, just a barn. No pay after 4 weeks. He walked 12 miles to get away. He was given a tent and a sleeping bag on the farm and worked clearing scrub and moving livestock feed. The man in the van picked him up at St George's Crypt. He describes the farm as being near Thirsk 'with a red barn'. Outreach passed the details to North Yorkshire Police with his consent. He says there were two other men there when he left, both older and 'not right in the head'. A welfare visit to the farm is being planned.",
  "AV DEC WW AC", "PLC", "L")
T("I am Ahmed. I come to UK with promise to study. They took my passport at airport and gave me to a man who sell phone cases in the market. I sleep in the stall storage. He say I owe him £5000 for the college. There is no college. Ahmed is 20 and from Egypt. He came to a charity drop-in in Manchester after a market trader told him about it. He gave his statement in Arabic through a volunteer. He has no money and no documents and is sleeping at a friend's. Referred to GMP and to the Salvation Army. The volunteer who interpreted notes that Ahmed was shaking throughout and kept apologising. He has agreed to come back to the drop-in on Monday for a hot meal and to meet the Salvation Army caseworker, who will explain the NRM to him in Arabic.",
  "DEC RD DB AC", "DT SW UF", "L")
T("Member of public: young woman in my shop every day buying food for a lot of people, she said she lives with 10 others and works in the factory. She didn't seem scared, she laughed, said it's hard work but good money. I just wanted to check. She pays for everything herself with her own card. She says she sends money home to her kids in Lithuania every month. Officer advised caller that there was nothing of concern, thanked her and gave her the helpline number in case anything changes. Log closed. The caller was happy with the advice and said she would keep an eye out but did not think anything was wrong. No details of the woman were taken because there was no concern to record, and no intelligence report has been raised. Caller runs the Spar on West Street, Boston.",
  "", "OA", "")
T("Complaint re Facebook post advertising 'chef jobs UK, visa guaranteed, fee £6,000'. Several men from Sylhet report paying but getting no job; one arrived and was put to work in a takeaway for no wages to 'pay the balance'.",
  "DEC WW DB", "UF", "L")
T("Officer spoke to the Polish workers at the bakery: all hold their own ID cards and passports, bank cards in their own names and possession. No indication of control. One mentioned he works 50 hrs by choice for overtime.",
  "", "", "")
T("Lover boy pattern. Girl (15) met man (24) at bus station in Derby. He gave her gifts, drugs, then a phone. Now she says she has to 'do stuff' with his friends to pay back what she owes him. She is missing from home since Friday. Her phone is off. Her mum has had one message from her saying 'I'm ok dont call police'. Police have the man's Snapchat name and the registration of his car (a blue Golf). Strategy meeting called for 14:00. Missing person risk graded high. Car circulated on ANPR. Her school friends are being spoken to, and her older sister has given officers screenshots of messages between the girl and the man from last month. CSE team lead to chair the strategy meeting, with social care and health present.",
  "AV DEC DB PSV", "", "S", "immediate")
T("Statement of Mr D (Romanian): 'I borrow £500 from Sorin for the bus to England. Then I must pay rent £80 a week, food £30, van £15 a day. Every week I owe more. After one year I owe £2,000.'",
  "DB WW", "UF CT", "L")
T("Sister says her sibling was moved to Scotland for work at a fish processing plant by a man who charged her £300 for the job. Sibling phones regularly, is paid properly, and left the accommodation she was offered to rent her own flat. Sister reassured.",
  "", "UF", "")
T("Debrief, through Arabic interpreter: The man at the hand car wash in Sheffield said if I tell anyone, he will tell the immigration and I go to prison. I work without money for 8 months because he said he is paying my solicitor for my asylum case. Later I found out there is no solicitor. The Home Office letter came to the hotel and said I had missed my interview. I sleep in a room at the back of the car wash with two other men. When I said I want my money he said 'you are illegal, nobody will believe you'. He has now left the car wash and is back at the hotel, but says he is frightened the man will come looking for him. Hotel staff have been made aware.",
  "AV IT WW DEC AC", "FA SW", "L")
T("ISO concern: female domestic worker in Mayfair has no phone, does not know her address, has not spoken to her children in the Philippines in a year. Employer's family do not allow calls.",
  "ISO", "IS", "D")
T("Crime report: fraud - someone opened bank accounts in the names of 6 Romanian workers at an address in Peterborough. Workers say they handed over their IDs to a 'job agent' who kept them and the cards. Their wages are paid into those accounts and they get cash 'when he decides'. The 'job agent' is named by the workers as Alin MOCANU. He drives them to a recycling plant in Wisbech most days. Two of the workers say they have never seen a payslip. Referred to Cambridgeshire Constabulary MSHT for investigation alongside the fraud. Action Fraud reference NFRC23100457612. The banks have been asked to freeze the accounts and to preserve CCTV from the branches. An interpreter has been booked for witness interviews with the six workers next week, and a first responder will attend.",
  "RD WW", "DT NCW MBC", "L")
T("Woman attended police station in Reading to report her ex-partner is keeping her passport after they split up. No employment or control, a domestic dispute. Officer arranged retrieval.",
  "RD", "DT", "")
T("Man fishing the Humber estuary reports a boy of about 12 begging at the lights on Clive Sullivan Way every day, with a woman sitting in a car watching him and collecting the money from him every hour.",
  "AV WW", "NCW", "C", "high")
T("Case notes, GP practice: patient (Vietnamese male, 20s) attended with a crew of 4 others; one older man insisted on answering for all of them. Patient had dermatitis on his hands from chemicals and appeared very underweight. Lives 'with work'.",
  "AC", "SFW PA", "", "medium")
T("Source: the girls at the sauna on Lothian Rd are brought in from Romania on promises of waitressing jobs. Once here they are told they owe 'Bogdan' for travel and rent and must work in the sauna until it is paid.",
  "DEC DB", "UF", "S")
T("Pakistani student in Bradford reported to uni welfare that her 'landlord' who is also her employer at the sweet shop keeps her BRP. She doesn't know how to get it back and he says she'll be deported without his help.",
  "RD IT AV", "DT FA", "L")
T("Allotment holder asked if it's ok to let a homeless man sleep in his shed in exchange for helping with the garden. Man is free to come and go, gets a meal and £20 a day. Advice given re safety. No exploitation.",
  "", "", "")
T("Victim reports that when she arrived in the UK, the man who met her at Stansted took her passport and phone 'to keep safe'. She has never seen either again. She doesn't know anyone here and cannot speak English.",
  "RD ISO", "DT IS", "")
T("TOMASZEWSKI, Pawel. Landlord of 4 HMOs in Luton. Tenants are all recruited by him in Poland to work at a food factory. Rent taken from wages at source by the agency he co-owns. Tenants report they can't leave the job without losing the room and being charged a £500 'leaving fee'. Financial checks show TOMASZEWSKI received over £180,000 in rent in the last year through the agency payroll. The food factory says it was not aware the agency and landlord were connected and is cooperating. GLAA licensing team informed. The four HMOs are all on the same street in Bury Park. Council HMO licensing checks show none of them is licensed for more than 5 occupants; at least 9 people are living in each, according to the workers. A joint visit with the council is planned.",
  "WW DB", "OA NCW", "L")
T("Scammer tried to get my gran to pay £500 for a 'job in the UK' for her nephew in India. Nephew hasn't travelled. We think it's just a scam. Action Fraud referral.",
  "", "", "")
T("V stated: 'In Albania he said he loved me and we would marry in England. When we arrive he sell me to a man in a flat in Birmingham. I had to sleep with men, 10, 15 a day. If I say no he hit me.' She said the man in Birmingham was called 'Gjergj' and that there were two other girls in the flat. She escaped when she was taken to a hotel in Coventry and a receptionist saw her crying. She has been referred to the NRM and is being supported by the Salvation Army. Interview conducted through an Albanian interpreter, female, at V's request. V was given a copy of her statement read back to her in Albanian and signed each page.",
  "DEC PSV", "", "S")
T("Children's services: 11-year-old girl brought from Nigeria by 'aunt' to attend school in Croydon. Not enrolled. Neighbours see her carrying shopping and doing washing. She is not allowed out to play and sleeps on the kitchen floor.",
  "AV DEC RM AC", "RMS SW", "D", "high")
T("Agency worker (Latvian) at a meat plant in Wales complains she was charged £75 for a hairnet, boots and apron on her first day and £10 per week for the van. Otherwise hours are fine, can leave any time, paid into her own account.",
  "WW", "PPE CT", "L")
T("An elderly man keeps giving his bank card to a 'friend' who withdraws cash for him weekly. Friend is a neighbour, accounts show he returns the cash. Family worried about financial abuse. Referred to ASC. Not MS.",
  "", "", "")
T("INT 3/B/P. A man known as 'Big Sam' is using multiple bank cards at the Cashino cashpoint on Corporation St most Friday nights - source counts 10-12 cards. Believed to belong to the Bulgarian workers he houses on Manor Rd.",
  "WW", "MBC NCW", "L")
T("She said 'they told me I can go home when I pay'. Pay what? 'The debt. The ticket, the food, the clothes. It never finish.'",
  "DB", "UF", "")
T("'When we asked where we were, the gaffer said \"none of your business\". We had no phones - he took them the first night. Two months we didn't speak to our families.' Labourer, rescued from a site near Chelmsford.",
  "ISO", "IS", "L")
T("Officer spoke to the female at the address on Dale St. She confirmed she works as an escort independently, advertises herself, keeps all her earnings and nobody else is involved. No concerns of exploitation; safety advice given.",
  "", "", "")
T("Caller says Romanian men sleep in the back of a lorry at the services on the M62 every night, they work for a firm who doesn't give them anywhere else to stay and they wash in the services toilets. 'They said they can't afford anything, the boss takes £60 a week off them for the lorry.'",
  "AC WW", "PLC SW", "L")
T("Student nurse on placement told her tutor she had no concerns about hours; she asked to do extra nights to get experience. 'Nobody makes me, I like it.'",
  "", "", "")
T("NRM (adult, consented): K, Sudanese male, was told in Libya that a man in London would give him work and a place to stay. He was taken to an address in Southall and made to work in a warehouse 13 hours a day, 7 days. Not paid. His phone was taken and he was told the police would arrest him if he went outside.",
  "DEC EO WW ISO IT RM", "LH IS FA RMS", "L")
T("Safeguarding alert: Care home resident with dementia 'not allowed out' - this is a lawful DoLS authorisation, reviewed by the local authority. No exploitation.",
  "", "", "")
T("Community member: there is a man in our mosque who says his employer at the cash and carry keeps his passport and has not paid him for 3 months, and says he will call the Home Office if he complains. He has nowhere else to live, he sleeps in the stock room. The community member says the man is afraid of the police and would only speak to us through the imam. The cash and carry is on Cheetham Hill Road. Visit to be arranged with an Urdu-speaking officer and the imam present. The community member says the man is in his 50s, has been in the UK for about ten years and has diabetes, and he is worried he is not getting his medication. He has asked that his own name is kept out of it, as he shops at the cash and carry.",
  "RD WW IT AC", "DT SW FA", "L")
T("'We wait at Wickes car park from 5am. A man pick us in a van. He takes £5 from each for the ride and at the end of the day gives us £40 not £80 like he promise.'",
  "DEC WW", "CE CT", "L")
T("Traffic officer: stopped car on M1, driver had 23 bank cards in different names in the glovebox and £4,000 cash. Says they belong to 'my workers'. Workers' details passed to GLAA.",
  "WW", "MBC NCW", "L")
T("Debrief: 'He said I will work in a big house as a nanny, learn English, go to college. I was 16. I did not go to college. I cleaned from 6 until midnight. The lady hit me with a slipper. I slept on the floor by the washing machine.' She was 19 when she left. A neighbour helped her after she saw her crying in the garden. She is now at university and has come forward after a lecture about modern slavery. She can name the family and give the address in Wembley. She does not know if the family still live there or if they have brought another girl. She has been referred to the Met MSHT unit and to a specialist counsellor through her university, and her statement will be taken next week.",
  "AV DEC EO PSV AC", "LH SW", "D", "high")
T("POI 'Rafi' believed to be taking young Afghan asylum seekers from a hotel in Leeds to work in a barbers and car wash for £20 a day. They are told their asylum claims will be refused if they complain. INT 3/B/P.",
  "AV WW IT", "FA", "L")
T("Woman asked for advice: her husband works 15 hrs a day in his own shop and she's worried about his health. He is the owner. No exploitation concerns, advised GP.",
  "", "", "")
T("Referral from a housing officer: flat 9, Tower Court. Tenant is a vulnerable woman with learning disabilities; a male and his friends have moved in and are dealing drugs from the flat. She is not allowed to leave her bedroom when they are 'working'. They have her bank card. She is terrified of the men and said they told her they will 'smash the flat up' if she goes to the council. She has a social worker who has not visited in 3 months. Police and ASC joint visit planned; closure order being considered. The housing officer notes that the woman's mother, who lives in Wales, has been trying to call her and believes she is being kept from her. Mother's details passed to the social worker with the tenant's consent.",
  "AV RM WW IT", "RMS NCW", "C")
T("Chinese national, 40s, arrested for working in a takeaway in breach of conditions. States he came on a student visa arranged by a 'snakehead' for £30,000. Owes money to family in Fujian who borrowed it. Works 12-hr days, paid in cash, lives above the shop. Denies being controlled; says he can leave. Officer notes he is scared of being sent back. He gave officers his own passport and bank card from his wallet and said he sends most of his wages to his family. Immigration Enforcement informed. He has been given the Modern Slavery Helpline number and told he can speak to a first responder if anything changes. Officer's note: male calm and cooperative, said he had been in the takeaway 'about a year', and asked whether he would be allowed to phone his wife before being moved to an immigration removal centre.",
  "EO", "UF LH SW FA", "L")
T("Teenage lad (16) in Middlesbrough says older lads gave him a 'free' bag of weed, then told him he owed them £300 and has to deliver parcels to pay it off. 'They said if I don't they'll stab me.'",
  "AV DB IT", "", "C", "high")
T("Manchester Airport, Border Force: Female, 23, arrived from Lagos with a 'sponsor' who held her documents. Told officers she was coming to be a hairdresser. Sponsor's address linked to previous sexual exploitation investigation.",
  "RD", "DT", "S")
T("'I come to UK for work in the meat factory. The agent in Romania take €800 for the job. Here the job is real, the pay is ok, I have my own room. I think the fee was wrong, that's all.'",
  "", "UF", "")
T("Man in Crawley reported missing by partner - found in hospital after a fall at a building site. He is a subcontractor with his own firm. Works long days by choice. No concerns.",
  "", "", "")
T("Dundee. Female (Vietnamese, 30s) working in a nail salon. She told a customer she has to give all her money to the owner to pay off her debt for the boat. She lives in the owner's house with 5 others.",
  "WW DB", "NCW UF OA", "L")
T("Charity outreach, Southampton: a man who cannot read or write was persuaded to sign over his flat to a 'friend' who now makes him work cleaning cars for no money and keeps his benefit cards. He says he is allowed out but has nowhere to go. The charity has helped him contact the council about his tenancy and a solicitor about the transfer of the flat, which may have been obtained by fraud. Hampshire Police informed with his consent.",
  "AV WW", "NCW", "L")
T("INT 2/B/P. Female, 20s, Chinese, being moved between short-let flats in Milton Keynes, Bedford and Northampton. Adverts on adult websites using same phone number. Believed she does not speak English and is driven between flats by a male.",
  "ISO", "ET IS", "S")
T("Our neighbour's au pair seems lovely, she goes out with her friends, has her own phone and laptop and her own money. She told me she's going home for Christmas. I only called because I saw an article on TV and wanted to be sure. Call handler thanked the caller, confirmed nothing in what she described was a concern, and gave advice on what signs to look out for.",
  "", "", "")
T("Victim told interviewer she was made to take cocaine by the men so she would 'keep going' through the night with clients. She was punched when she fell asleep.",
  "PSV EO", "", "S")
T("PC 4521 log: Romanian male at custody disclosed he was brought by 'Costel' who promised a construction job at £100/day. Instead worked for no pay, lived in a garage in Ilford with 8 others. Costel keeps his ID 'to make the bank account'.",
  "DEC WW AC RD", "OA DT", "L")
T("caller worried abt her friend, says friend went to work in a factory in leeds via an agency and the agency want £200 for the room and job, friend is fine just skint, she can go home whenever",
  "", "UF", "")
T("Debrief of a 19-year-old Albanian male found in cannabis grow in Doncaster: 'Man in Albania say good job in restaurant. In England they take me to this house. I water plants. Every month they say I owe more for food and electricity.'",
  "DEC DB", "", "C")
T("Police Service of Northern Ireland - Romanian male working on mushroom farm in Co. Armagh. Says gangmaster charges £50 per week for a bed in a portacabin shared with 6, deducts 'fines' for slow picking and keeps his ID card.",
  "WW DB RD AC", "OA DT PLC", "L")
T("Caller: my cousin's wife was brought from Bangladesh, they said she would live with them as family, but they treat her like a maid, she has no phone, doesn't know anyone here, can't speak English, never leaves the house.",
  "DEC ISO RM", "IS RMS", "D")
T("Financial investigator note: 14 accounts at the same address in Barking receive wages from the same car wash business and within an hour of each payment, cash is withdrawn by one male using all the cards at the same ATM.",
  "WW", "MBC NCW", "L")
