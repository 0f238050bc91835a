# fresh260 part 2: sexual exploitation, criminal exploitation, domestic servitude, organ harvesting
def add(T):
    T("INT 2/B/P. Brothel operating from flat 4, 22 Palmerston Rd, Southsea PO5. Three Romanian females rotated every 2 weeks, advertised on AdultWork under 'Bella', 'Roxy', 'Nina'. Male POI Cristian DUMITRU drives them and collects cash. Females not seen leaving without him.",
      "RM", "ET RMS", "S")
    T("Girl 15 missing from care home in Eastbourne for the third time this month. Last seen getting into a black Mercedes with older males at Terminus Rd. Carers say she comes back with new phones and nails done and has been picked up from hotels in Brighton. CSE concerns. Currently missing.",
      "AV", "", "S", "immediate")
    T("Hotel, Southampton city centre. Night manager reports a man booking rooms for cash every few nights, different young women brought to the room, male visitors coming and going all night. One woman asked reception for help in broken English then the man came and took her by the arm upstairs.",
      "RM", "ET RMS", "S")
    T("Victim account (translated from Romanian): 'He was my boyfriend, he said we would come to England and work in a factory and get married. In Portsmouth he told me I must work with men because we have debts. When I said no he hit me and said he would send the photos to my mother. He kept my ID card and all the money. I was never alone, he sat in the car outside.'",
      "DEC PSV IT RD WW DB RM", "DT NCW ET RMS", "S")
    T("Adult services website ads for 'new Thai girls' in Bournemouth, same phone number 07700 914332 advertising 4 different women in the past fortnight, in Bournemouth, Poole and Southampton. Women appear to be moved between towns. Photos appear to be the same room.",
      "", "", "S")
    T("Police log: Brighton, West St. Woman (22) states she works independently as an escort, rents her own flat and keeps all her own earnings. Attended re: a client who refused to pay. No third party involved. No exploitation concerns.",
      "", "", "")
    T("MASH referral: 14 yr old girl, Havant. School reports she has an 'older boyfriend' (21) who picks her up from the school gate, she has been seen with alcohol and vapes, and a friend says he has 'shared her' with his mates at a flat in Leigh Park. She says she loves him.",
      "AV PSV DEC", "ET", "S", "high")
    T("Massage parlour, Reading town centre. Licensing visit: four Chinese women living on premises, sleeping on massage tables. Manager holds their passports 'for the licence'. Women could not say which town they were in. Sexual services suspected.",
      "RD AC ISO", "DT SW IS", "S")
    T("Caller says her friend Kasia is being forced to sleep with men at a house in Crawley by her boyfriend who takes the money, she's got bruises all over her legs and he won't let her have her phone. Kasia is there now and she's scared he will kill her if she leaves. Address 9 Ashdown Dr.",
      "PSV ISO WW RM IT", "PA NCW IS RMS", "S", "immediate")
    T("County lines. 'Tommy' line running from London into Hastings and St Leonards. Two 15 year old boys from Lewisham found in a flat in Bohemia Rd with 30 wraps of crack and heroin, £700 cash. The flat belongs to a vulnerable heroin user whose home has been cuckooed. Boys say they owe money for drugs that were 'robbed'.",
      "AV DB", "", "C", "high")
    T("INT 2/B/P. Cannabis factory at 17 Cranleigh Rd, Bitterne. Vietnamese male (approx 17) believed to live inside tending plants, windows blacked out and door padlocked from outside. Male seen once at rear window. Food dropped off weekly.",
      "AV RM ISO AC", "RMS SW IS", "C", "immediate")
    T("Cuckooing: Elderly man with dementia, Southsea. Neighbours say youths have moved into his flat and are dealing from it, he is seen out with a black eye and says 'my friends are staying'. Concern he is being used as a safe house.",
      "AV PSV", "PA", "C")
    T("Begging. Eastbourne town centre. Same group of Roma women begging at the Arndale and station, dropped off at 0800 by a man in a grey Vauxhall and collected at 1800. One woman said in broken English she has to give 'the man' £50 every day or he will be angry.",
      "WW IT", "CE", "C")
    T("Teen (16) arrested in Basingstoke with 20 deals of crack. In interview he said he was groomed by older boys from Reading, was given a phone and told he owed them £2,000 after being 'robbed' (he thinks they set it up). He's been made to sleep in trap houses and was stabbed in the leg when he tried to leave.",
      "AV DB PSV RM AC", "PA RMS", "C", "high")
    T("Op PAYNE. Shoplifting gang: Romanian females stealing razor blades and baby milk to order from Tesco stores in Portsmouth, Fareham and Havant. Driver collects goods. One female (18) told officers through an interpreter that she was brought over to 'work in a hotel', was then told to steal and was beaten by the driver when she came back without goods.",
      "DEC PSV", "ET", "C")
    T("Money mule. Student at University of Southampton, 19, Chinese national, allowed people she met on WeChat to use her bank account for 'transfers' in return for £200. When she tried to stop, they threatened to report her to the Home Office and her university. Account now frozen.",
      "IT", "", "C")
    T("Benefit fraud intel (DWP): 12 Universal Credit claims at the same address in Bognor Regis, all claimants Eastern European males, all payments going into 3 bank accounts controlled by one female, POI Lenuta STAN. Claimants work on farms nearby and say they have not heard of UC.",
      "WW", "NCW MBC OA", "C L")
    T("ATM at Co-op, Eastney Rd. Staff report a man using 8-10 different bank cards each Friday, all in different names, withdrawing £200 from each.",
      "", "MBC", "")
    T("Domestic servitude referral (Reading). Filipina domestic worker, 44, came with diplomatic family on overseas domestic worker visa. Works from 6am until the family go to bed around 1am, sleeps on the kitchen floor, not allowed her own phone, the employer's wife holds her passport. Paid £200 per month sent to her family in Manila, not to her. Was slapped when the child's clothes were not ironed.",
      "EO AC ISO RD WW PSV", "LH SW DT NCW IS", "D")
    T("Neighbour in Hove reports a young African woman living with a family next door who never leaves the house except to take the kids to school and walk the dog. She looks very thin and always wears the same clothes. The family never talks to her nicely, she heard the mum screaming 'you are nothing, we will send you back'.",
      "IT RM", "PA RMS IS", "D")
    T("14 yr old girl, Nigerian, brought to UK by 'aunt' on a visit visa, living in Thornhill, Southampton. Not enrolled in school. Does all the cooking and cleaning and looks after 3 small children, sleeps on the sofa. School nurse noticed her when she came to collect one of the kids. Aunt said she was 'her own daughter'.",
      "AV AC", "SW", "D", "high")
    T("First person (via interpreter): 'I worked for the family in Oxford for 4 years. I cleaned, cooked, I looked after grandmother day and night. I never had a day off. They said I am lucky, in my country I would have nothing. The lady took my passport when I came and said I would go to prison if I went outside alone. I did not know anybody. I had no money of my own.'",
      "EO RD IT RM ISO WW", "LH DT RMS IS NCW", "D")
    T("Organ harvesting concern, Southampton General. Transplant coordinator flags that a proposed living kidney donor, said to be the patient's cousin, could not answer basic questions about the family, spoke no English, and the 'interpreter' was a man from the patient's community who would not leave the room. Donor appears afraid. Cross-check with HTA.",
      "", "SFW FA", "O")
    T("Intel from NCA: Individual in Portsmouth advertising online to buy kidneys from 'healthy young men', offering £5,000 plus travel to a clinic abroad. Targeting asylum seekers in hotels. Two Eritrean men at a Portsmouth hotel have been approached.",
      "AV DEC", "", "O")
    T("Patient at Royal Sussex County Hospital with recent kidney transplant performed abroad in 2024. Has full medical records; the donor was his brother who was tested in the UK first. No concerns raised.",
      "", "", "")
    T("MSVCC referral: Man (Pakistan, 30) says he was brought to UK with promise of work, then told the debt of £12,000 for the visa could be 'cleared' if he gave a kidney at a private hospital in another country. He was threatened by the agent when he refused. His passport is with the agent.",
      "DEC DB IT RD", "UF DT", "O L")
    T("INT 3/C/P. Red Renault Clio, reg GJ18 KXP, seen dropping young girls at a hotel in Bournemouth (Westover Rd) Fri and Sat nights, collecting them after an hour. Girls appear underage. Hotel staff uneasy.",
      "AV", "ET", "S", "high")
    T("right there is a girl in flat 3 i hear her crying all the time and men going in and out all night like 20 a day, shes foriegn and there is a big guy that stays there always. she never goes out. Kings Rd st leonards. please check on her",
      "RM", "RMS", "S")
    T("Chichester. Woman (Hungarian) contacted police via 999 silent solution, whispered 'help me, he lock me, I not want do sex'. Located at a flat above shops on East St. Door had been locked from the outside by the male who had left to 'get clients'.",
      "RM PSV", "RMS", "S", "immediate")
    T("Drugs intel. Andover. 'Jay line' dealing crack/heroin; runners are local 14-15 year olds given free cannabis and trainers in return for running deals. One boy (14) excluded from school has been found with the line phone twice.",
      "AV", "", "C", "high")
    T("Cannabis grow found at a house in Newport, IoW. Vietnamese adult male found inside said through interpreter he was brought to the UK in a lorry, owes £25,000 to the people who brought him, and was told if he ran away his parents would be hurt. He had no idea what town he was in.",
      "DB IT ISO", "IS", "C")
    T("Gardener, lives in, Henley-on-Thames. Employer (wealthy businessman) brought him from India 6 years ago. Gardener also cooks and cleans for the family. He says he has not had a day off in 6 years and wages are 'saved' by the employer who says he'll get them when he retires. Employer keeps passport in safe.",
      "EO WW RD", "LH NCW DT", "D L")
    T("Sex worker outreach (Brighton). Woman says she manages her own bookings and keeps her own money; a friend sometimes gives her a lift and she pays him for petrol. Worker says she isn't forced and can stop whenever. Outreach monitoring. No disclosures.",
      "", "", "")
    T("PNC check: POI Shane BARRETT, Eastbourne, known for CSE. New information he is housing two 16 year old girls from London at a flat on Seaside, giving them cocaine and posting them on escort sites. Girls reported missing from Croydon.",
      "AV PSV", "", "S", "immediate")
    T("Forced criminality. Hastings. Adult male with learning difficulties told by 'friends' he must collect parcels from the post office and hand over his bank card so they can put money through it. When he refused they smashed his windows and took his phone.",
      "AV PSV IT ISO WW", "NCW IS", "C")
    T("Southampton, Shirley. House cleaning lady, Brazilian, says the woman who employs her lets her live in the spare room, pays her £450 a month cash and keeps her passport in a drawer 'so it doesn't get lost'. She works every day, does not know any other Brazilians here.",
      "RD WW EO ISO", "DT LH IS", "D")
    T("Child Criminal Exploitation. Missing 13 yr old boy from Leigh Park found in Bristol at a trap house with an adult male and £300 cash. Boy had been given a line phone. He says he owes 'them' for weed.",
      "AV DB", "", "C", "high")
    T("Report from a hotel used to house asylum seekers in Hastings. Staff notice men in cars outside offering 'work' to residents. Some residents leave at 5am and come back at night. One young man says he is now paying off a debt for 'the lorry'.",
      "AV DB", "CE", "L")
    T("Thames Valley: Slough. 'Lover boy' case. Albanian female (20) met a man online who promised marriage and a life in England; once here she was sold to a group who put her in a flat in Slough and advertised her for sex. Guarded, phone taken, forced to see up to 15 men a day. She has been hit and threatened that her family in Albania would be killed.",
      "DEC RM ISO PSV IT EO", "RMS IS LH", "S")
    T("Parents of 15 yr old boy, Reading, say he comes home with injuries, new clothes and money, and gets phone calls at 3am then leaves. Police intel links him to the 'Cash line'. He won't say anything and is terrified of the police.",
      "AV", "PA FA", "C", "high")
