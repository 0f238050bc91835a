def load(T):
    T("INT 2/B/P. 4 Albanian males at an address in Kings Lynn, each arrived with only a carrier bag of clothes. Source says they were told they were coming to work in a restaurant but are driven each night to a cannabis grow in Downham Market.",
      "DEC", "FPE ET", "C")
    T("Criminal damage to bus shelter, Thirsk. Youths seen. CCTV requested.")
    T("Lincs MSHT: visit to HMO in Spalding. Room occupied by 3 men, each had one bag, no belongings other than work clothes. They said they had been in the UK 8 months. They'd paid £250 each to a man in Sofia for the job and £40 for boots and gloves from the agency. Money goes on a card the team leader has.",
      "WW", "FPE UF PPE NCW OA", "L")
    T("Walk-in at Truro station: a Romanian woman, 34, said she ran away from a man in Falmouth who promised her cleaning work. She was made to sleep with men in a flat and he took all the money. She had nothing with her but the clothes she was wearing and said he still has her ID. She doesn't know the name of the street.",
      "DEC WW RD ISO", "FPE DT IS NCW", "S")
    T("Renal transplant coordinator, Cambridge: an altruistic kidney donor from Norfolk, fully assessed, no payment, no relationship with recipient. Routine HTA approval. No concerns.")
    T("Caller from Bury St Edmunds: i think my neighbour is keeping a girl in his house shes foreign and never comes out, i only see her when she hangs the washing and he stands there watching her, hes told me shes his wife but she looks about 17",
      "RM", "RMS IS", "", "high")
    T("Report by hospital safeguarding lead, Norwich: patient from Pakistan (male, 28) presenting with post-operative complications from a nephrectomy performed abroad. He says he was told he would have a job in the UK if he 'gave a kidney' to his employer's relative and was paid nothing. He now works for the same family in a shop and says they hold his passport.",
      "DEC AV RD WW", "DT", "O L")
    T("Officers in Aberaeron spoke to a man selling the Big Issue. He is British, lives in supported housing, keeps his own takings. No concerns.")
    T("Text from a worker to GLAA: 'boss take 30 pound for bus every week and 20 for gloves boots jacket, I earn 250'",
      "WW", "CT PPE", "L")
    T("Intelligence log, N Yorks: source states the 'lads' who work at the Thirsk scrapyard are all travellers' 'dossers', homeless men picked up from shelters in Leeds, kept in old caravans, given drink not money, and beaten with a spade if they try to walk off.",
      "AV WW PSV AC", "PLC", "L")
    T("Caller says a man in a white Sprinter is picking up about 10 people outside the Polish shop on Norwich Rd, Ipswich at 4.30 every morning and dropping them back gone 10pm. No other info.",
      "", "CE", "")
    T("Welfare visit, Devon. Young woman (Ukrainian, 20) staying with a sponsor family under Homes for Ukraine said the family 'expect' her to do all the cleaning and childcare but she also goes to college and they give her money. She says she's not forced. Sponsor check arranged, no MS concerns.")
    T("Worker debrief, Lincolnshire: 'the agent in Romania took 300 euro for the place. The boss in England took my ID for the bank and the bank card. I get £50 each Friday, the rest he say is for rent, bus and the debt. The debt is always more. I want to leave but where can I go, I have no ID and no money.'",
      "DB WW RD AV", "UF DT NCW CT", "L")
    T("Malicious communications, Camborne. Ex-partner sending threatening texts. Harassment warning issued.")
    T("Child, 11, found by police in Lincoln begging with an adult woman who is not her mother. The woman said she was 'looking after' the child. The girl was wearing thin clothes in the cold and said she hands the money to 'the man'.",
      "AV WW", "PA NCW", "C", "high")
    T("INT 3/C/P. Nom Florin DUMITRU suspected of using Romanian workers' identities to claim Universal Credit while they work in packhouses in Boston and Spalding. Source believes DUMITRU keeps their ID cards and has their UC log-ins.",
      "RD WW", "DT NCW", "C L")
    T("Call to Suffolk police: 'there's a man on the roof of the church in Sudbury doing the lead'. Theft of metal in progress, units attended, one male arrested.")
    T("Debrief, Polish male (48): 'I was sleeping rough in Peterborough. A man offered me building work and a room. The room was a shed in Wisbech, with 5 of us. We worked 6 till 7, no pay only cigarettes and food. He says police will not help us because we drink. I did not know the name of the town for 2 months.'",
      "AV DEC WW EO AC ISO", "OA PLC LH IS", "L")
    T("Minutes, Norfolk Modern Slavery Network: update on training for 60 GPs and pharmacists. No case discussion.")
    T("Call handler: male with limited English calling from the A15 lay-by near Sleaford, says 'we run from farm, 3 of us, boss say he kill us, he has gun'. Says the boss is driving up and down looking for them. Location via what3words.",
      "IT", "FA", "L", "immediate")
    T("A Romanian lad at work told me he paid £500 to get the job at the factory in Thetford. The factory's not involved, it was some bloke at his old address. He's free to leave and gets paid properly now. Just wanted to pass it on.",
      "", "UF", "")
    T("Staff nurse, Pembrokeshire: young Vietnamese woman came in with a 'brother' who insisted on staying and answered for her. She had marks on her wrists that looked like she'd been tied. She said she worked at a nail shop and lived there. Left before the doctor could speak to her alone.",
      "PSV", "SFW PA SW", "L")
    T("INT 2/B/P: residential address, Scunthorpe. Several Latvian women are believed to be living with a couple who take them to work at a food factory and back each day, hold their bank cards and give them £20 a week. Source states the women are 'not allowed out on their own'.",
      "WW RM", "NCW ET RMS", "L")
    T("Anon email to Devon & Cornwall: I just want to say I'm an Albanian man working at a car wash in Torquay and im NOT a victim. the boss pays me, I have my documents. People keep asking me.")
    T("Ops notes - Op Fallow (N Yorks). Officers attended a farm near Northallerton after a tip. Found 4 Romanian males sleeping in the milking parlour on pallets. They said they are paid only 'when the farmer remembers' and have not been paid for 2 months. The farmer's son has their passports 'in case they run'.",
      "AC WW RD RM", "SW PLC DT", "L")
    T("i was walking the dog near the canal in Brecon and there was a man shouting at 2 teenagers to 'get back to the tent', they looked scared, it looked like they were selling weed to people on the towpath",
      "AV", "FA", "C", "high")
    T("Speeding, A30 near Okehampton, 92mph. Reported for summons.")
    T("Local authority, Torbay: referral of Romanian mother and children. Mother says her husband's cousin brought them to work at a hotel in Paignton, promised a flat, but they are living in one room of the cousin's house and the cousin takes her wages to 'pay back' the cost of the flights. She has not been threatened and says she can go out.",
      "DEC WW DB", "UF NCW", "L")
    T("North Yorks custody: 15 y/o male arrested in Scarborough with 25 wraps of crack. He said he was given the drugs 'on tick' and now owes £1,000. He would not say who. Showed fear when asked about who he works for. Released to social services.",
      "AV DB", "FA", "C", "high")
    T("Caller: theres loads of Romanians living in the house next door in Grantham, like 15, they are noisy and leave rubbish out. (Officer note: visited, 6 tenants, all with own tenancies, all working for different employers. Bin issue passed to council. No exploitation.)")
    T("Victim statement (Lithuanian, 41, translated). 'He took all our passports when we got out of the bus. He said in England it is required. He kept us in the house in Boston, we were not allowed out except to go to work in his van. If someone went out he was fined £50. After 3 months nobody had money. He said we owed him for the house, the bus, the fines.'",
      "RD RM DB WW DEC", "DT RMS ET CT", "L")
    T("Beach patrol, St Ives: lost child reunited with parents. No further action.")
    T("INT 3/B/P: Norwich. A man known as 'Uncle Li' is believed to supply Chinese women to massage parlours across Norfolk. Source says the women are moved every few weeks, can't speak English and are never seen outside except when driven between premises.",
      "ISO RM", "ET RMS IS", "S")
    T("Reply from Salvation Army: the gentleman from the Grimsby referral declined support. He said he left the job because of long hours but was paid and was never threatened or stopped from leaving. Case closed.")
    T("Chef from Bangladesh, Ilfracombe curry house, told the GLAA: 'I work 6 days, 10 hours a day. The pay is correct, the owner is my uncle, he is good to me. My passport is with me.' But he also said he sleeps on the floor of the restaurant because the room they promised him was never provided.",
      "DEC AC", "SW", "L")
    T("Parent in Lincoln rang about her 17 y/o son who has been going to Hull every weekend with an older friend. She found £900 and two phones in his room. He says he 'does jobs'. He has been assaulted twice, came home with a broken nose last week.",
      "AV PSV", "PA", "C", "high")
    T("A girl from Lowestoft I know told me on Snap she's being kept at a flat in Norwich by her 'boyfriend' and can't leave, he's got her phone most of the time, she sent a pic of a window. shes 15. i think she's there now",
      "AV RM ISO", "RMS IS", "S", "immediate")
    T("Highways England report: broken down minibus on A11 with 16 workers. Driver arranged replacement. All workers from the same licensed agency. No concerns.")
    T("Intelligence, Cornwall: a Bulgarian man running a 'recruitment office' in Camborne charges job seekers £150 each to be put on a list for daffodil picking. Workers say they've never been called. Suspected fraud, not MS.",
      "DEC", "UF", "")
    T("INT 2/B/P. A Nigerian woman at an address in Peterborough (linked to Lincs job) is believed to have been brought to the UK as a child to care for a family's children. She is now 19, has never been to school, and is not permitted contact with anyone outside the family. She is said to be 'paid' nothing.",
      "AV ISO WW", "IS", "D")
    T("Report from a swimming pool manager in Penzance: a group of 6 young Asian men come every Saturday with an older man who pays and speaks to the staff for them. They look happy and play around. Just mentioning it. No other concerns.",
      "", "SFW", "")
    T("Safeguarding note, Suffolk: woman (Polish, 58) with alcohol dependency living in a tent in a field near Newmarket works for the stable yard owner mucking out. She says the owner 'gives her cider and food' and allows the tent. She said she's never been paid and doesn't want to be, she just wants to be left alone.",
      "AV WW AC", "PLC", "L")
    T("Crime report: assault at a packhouse in Spalding, one worker punched another over a parking space. Both employed directly. No exploitation.")
    T("ANPR alert: vehicle of interest, WN64 BZX, linked to sexual exploitation enquiry, seen travelling from Bristol to Exeter with 3 females in the rear. Pattern of weekend trips. Driver believed to hold the women's phones.",
      "ISO", "ET", "S")
    T("I come to the Norfolk farm through agency, they promise me 40 hour minimum, but only 15 hours some weeks, and take £85 for caravan. I cannot pay back my loan in Bulgaria. Nobody take my passport, nobody threaten me, I am free, but I am poor.",
      "DEC", "", "L")
    T("Domestic servitude referral from a church in Cardigan: a woman from Ghana lives with a couple who say she is their 'house girl'. Parishioners say she cooks and cleans all day, isn't allowed to come to church alone, and looks thin. Asked if she was paid, she said 'they keep it for me'.",
      "RM WW", "PA RMS ET NCW", "D")
    T("Suspicious activity report (bank): 8 accounts linked to a single Romanian male in Boston, salaries from a food packer paid in and withdrawn by him at ATMs, each account in someone else's name.",
      "WW", "MBC NCW", "L")
    T("Anti-social behaviour, Barnstaple: group of teenagers drinking in the park. Dispersal order.")
    T("Police officer PNB, Grantham. Vietnamese female, approx 25, in nail bar. Would not speak, kept looking at the owner. Owner said she is 'family' and had no passport 'because she's new'. She had a small rucksack which owner said contains 'all her stuff', sleeps in the flat above the salon.",
      "", "FA FPE SW SFW", "L")
    T("Girl, 13, from Ipswich disclosed to her teacher that a man 'from the park' gave her vapes and took her in his car to meet his friends who 'did stuff' to her. He told her if she told anyone he'd post pictures. Police and children's services notified.",
      "AV PSV IT", "", "S", "high")
    T("Farm workers' union rep: Some of the members at a salad farm near Ely say the supervisor takes £20 from anyone who wants to be put on the better shifts, and those who don't pay get 2 days a week. Nobody is locked in or has their passport taken.",
      "WW", "UF", "L")
    T("Licensing: off licence in Kings Lynn sold alcohol to a 15 year old. Test purchase failed. Review hearing.")
    T("Ops note, Dyfed-Powys: 2 Romanian men in a layby near Rhayader, had walked from a sheep farm 12 miles away. Said the farmer kept them working every day from 5am to 9pm for 4 months, paid them £200 total, and told them there were wolves in the hills if they walked off. They didn't know what town they had been in.",
      "EO WW DEC ISO", "LH IS", "L")
    T("My friend's daughter has a kidney condition and her brother gave her a kidney at Addenbrooke's last year. All legal and through the NHS, I just wanted to ask if the Turkey clinics people talk about are legal. Advice given.")
    T("Call handler log: 'I've been let out to go to the shop, my boss has my passport and says I can't leave the farm. He's got the others locked in the barn. Please come.' Male, Moldovan, near Holbeach St Marks. Caller is in a shop now.",
      "RD RM", "DT RMS", "L", "immediate")
    T("INT 4/C/P. Source has heard a rumour a man at the car wash in Spalding has had his passport taken. Source doesn't know who by. Low reliability.",
      "RD", "DT", "")
    T("A&E, Scarborough. 16 y/o girl admitted intoxicated, found in a hotel room with 3 adult men. Staff found messages on her phone from one of the men, 'you owe me for the drink and the room, you know how you pay'.",
      "AV DB", "", "S", "high")
    T("GLAA advice call: employer in Lincolnshire asks if deducting £10 a week for accommodation is legal. Advised on the accommodation offset. Compliant employer.")
    T("Cleaning company manager, Truro: 'I have a Polish lady who works for us who's told me her husband makes her give him her whole wages and doesn't let her have a bank card.' Signposted to DA services. No forced labour - she chooses where she works.",
      "", "NCW", "")
    T("Kid at school in Milford Haven, 14, keeps coming in with expensive stuff, says he's 'working for' older boys in the estate, they give him weed and money to carry bags. Was seen with a bruise on his cheek after he 'lost' a bag.",
      "AV PSV", "PA", "C", "high")
    T("Lincolnshire Police: burglary at a farm office near Long Sutton, laptop and petty cash taken. No links to workers.")
    T("Translator's note for MSVCC: client says 'my employer promised me that I would study English in the afternoons. There was no school. I clean the house of his brothers too. He took my phone because he said I talked too much to my mother.'",
      "DEC ISO", "IS", "D")
    T("Concern for welfare, Sheringham: man (Romanian, 40s) seen sleeping in a bus shelter for 3 nights. Says he lost his job at a factory and was evicted from the work house with no notice, the employer owed him 2 weeks wages. No control at present.",
      "WW", "", "L")
    T("Officer note, Dyfed-Powys: Nepali couple at a takeaway in Brecon, both working, living upstairs. The husband said they are owners' relatives, get paid, have passports. Wife was alone when spoken to, she said 'they not hurt us, but we work every day, no day off, no money since Diwali'.",
      "EO WW", "LH", "L")
    T("INT 2/B/P: Plymouth. Nom 'Kwame' believed to be holding a young Ghanaian woman at his flat, making her clean and sleep with him. Neighbour heard her screaming last night and him shouting 'you belong to me'.",
      "PSV RM", "RMS", "D S")
    T("Noise complaint, caravan park near Bridlington. Party. Words of advice.")
    T("Suffolk Family Carers: man with autism, 23, says his 'friends' made him take out loans and open bank accounts they control, and now use his flat to store stolen goods. He is scared of them and says they'll 'do him in' if he tells his mum.",
      "AV WW IT", "NCW FA", "C")
    T("Farmworker (Tajik) on the Seasonal Worker scheme, Herefordshire/Powys, told the scheme operator: 'I paid $3,000 to a broker in Dushanbe for the visa, I must work to pay back the loan, but here the farm gives only 20 hours, I cannot pay back.' Farm itself paid correctly.",
      "DB", "UF", "L")
    T("Email: I work at a hotel in Harrogate and we have a kitchen porter who never has a day off and always sleeps in the staff room, he says he has nowhere else to live and the head chef lets him. He's paid cash less than the others. Not sure what to do.",
      "EO WW", "LH SW", "L")
    T("Neighbour in Louth reports loud music and cars coming and going at a house. Officers found no evidence of drug supply or exploitation. Tenant holding a birthday gathering.")
    T("INT 3/B/P. Source states Gazmend BALLA has a 'stable' of 5 Albanian men in a bungalow near Bodmin who work his cannabis grows; they were brought in small boats and BALLA took their phones on arrival. One was hit with a bat for trying to ring his mother.",
      "ISO PSV", "IS", "C")
    T("CAD: caller says 'theres a boy about 15 been sitting in a car outside the flats in Mildenhall for hours with an older man who keeps taking his phone off him, boy's crying'. Vehicle still there now.",
      "AV ISO", "", "C", "immediate")
    T("Suffolk Police: report of a forced marriage concern for a 17 y/o girl. Family intending to take her abroad. Forced Marriage Unit involved. No labour/sexual exploitation described.", "", "", "", "high")
    T("GLAA intel log, Norfolk: labour provider running a crew of Bulgarian women at a bulb packhouse deducts fees for 'registration' (£150), 'training' (£60) and 'equipment' (£30 gloves and tabard). Workers were never told about these when they signed up in Bulgaria.",
      "DEC WW", "UF PPE", "L")
    T("Stolen bike, Exmouth seafront. Lock cut. Reported for insurance.")
    T("Adult social care, North Yorks: the man with the learning disability who was living on a farm in Wensleydale has been spoken to three times. He's paid into his own bank account by the farm, has his own key, sees his sister monthly and says he's happy. Concerns not substantiated.")
    T("INT 3/B/P. A male in Camborne is said to be 'taking care of' three Romanian women who beg outside supermarkets, he drops them off at 8am and collects them at dusk, takes all the coins and they sleep in his garage.",
      "WW AC", "CE ET NCW SW", "C")
    T("First-hand report: 'My name is Farid. I was in the Skegness hotel. Somebody said come, work with me in Sheffield, good money. I go. No money. I sleep in car. He keep my Home Office letter and ARC card. I stop working and he beat me with his hands.'",
      "DEC WW AC RD PSV AV", "DT", "L")
    T("Taxi driver in Norwich called in about a fare: a young woman who asked him to take her 'anywhere away from here', she said she'd been working in a house in Bowthorpe cleaning for a family for 2 years for no pay and they took her phone. She's in the taxi now at the police station.",
      "WW ISO", "IS", "D")
    T("Outreach note, Boston: two Polish men at the soup kitchen said they have only what they stand up in, a plastic bag each, after the 'boss' threw them out of the work house owing them a month's pay. They paid £20 each for their own hi-vis and boots and were picked up at 5am every day by minibus.",
      "WW", "FPE PPE CE", "L")
    T("Ambulance crew, Wisbech: woman collapsed at a packhouse, ran 14 hours without a break. Colleagues say the supervisor won't let them stop and takes their phones at the door. She had no coat, no bag, no purse, nothing on her.",
      "AC EO ISO", "LH FPE IS", "L")
    T("Church food bank in Helston: volunteer noticed the same six lads come in, always with one older man who fills in the forms for all of them and keeps the vouchers. Lads said nothing. Volunteer not sure what it means.",
      "", "SFW", "")
