# fresh195 part 2: sexual, domestic servitude, criminal, organ harvesting, children
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/A/P. Adverts on a known adult services site for 'new girls in Belfast city centre, 24/7' linked to phone 07723 418905. Same number used for adverts in Derry and Newry in the last fortnight. Girls believed to be Romanian and moved weekly by a male.",
  "", "", "S")
T("Apartment, Ormeau Rd. Two Chinese females found by police. Both state they were brought over 'for restaurant work' and instead made to see men. They have not been outside in 3 weeks. Food is delivered by a man who takes all the money. One had bruising on her arms.",
  "DEC RM WW PSV", "RMS NCW PA", "S")
T("Belfast & Lisburn Women's Aid referral: Nigerian woman, 29, brought to NI by a 'sponsor' who told her she would be a hairdresser. Sponsor forced her to have sex with his friends and took all the money. He did a juju ritual with her before leaving Lagos and she believes she will die if she tells. She is now in refuge.",
  "DEC PSV WW IT", "FA", "S")
T("999 call 02:14 - female, foreign accent, hysterical, says she is locked in a flat above a shop on the Antrim Rd and a man is 'going to come back and hurt me'. Doesnt know the number of the flat. Line went dead. Units dispatched.",
  "RM IT ISO", "RMS IS", "S", "immediate")
T("Sex worker (adult, UK national) called to report a client who refused to pay. She works independently from her own flat, advertises herself, keeps her own money. Advised re reporting robbery; no exploitation.",
  "", "", "")
T("Hotel staff, Belfast city centre: a man booked two rooms for a week; different men have been visiting one room every hour; the young woman in the room has not come down for meals and the man collects the key. She looked frightened when housekeeping came.",
  "RM", "RMS FA", "S")
T("lovely young girl in the flat next door (she looks about 16) she has loads of older men calling at all hours and a fella with a big car drops her off and picks her up. shes always crying on the balcony. please check on her",
  "AV", "ET", "S", "high")
T("CSE concern: Child A (14, in residential care in the Southern Trust) repeatedly missing, returned in taxis paid for by unknown males, found with new phone, vodka and cannabis. Disclosed 'my boyfriend' (20s) takes her to parties in Portadown where 'his mates' are.",
  "AV", "", "S", "high")
T("Child B, 15, missing from home since 18:00 yesterday. Last seen getting into a black Audi (reg partial 'YXZ 7') with a known adult male POI DALY, Connor, 27, subject of CSE intel. Phone off. Treat as high risk missing.",
  "AV", "", "S", "immediate")
T("A woman, Romanian, 22, told MSVCC through an interpreter: 'My boyfriend said we would come to Ireland and marry and live together. In Belfast he put me on the internet and told me I must do this for our house. If I say no he hits me and says he will send the pictures to my father.'",
  "DEC PSV IT", "", "S")
T("Brothel intel 3/B/P: terraced house in Lisburn, 4 Thai women, rotated every 2 weeks by a Malaysian male who drives them in a silver Mercedes. They are never seen outside alone.",
  "RM", "ET RMS", "S")
T("Adult services advert: 'Young Asian girl, new in town, no limits, outcalls only - driver brings'. Price list; the number also appears on 8 other profiles with different women. Phone attributed to POI WONG, Kevin.",
  "", "ET", "S")
T("Brazilian trans woman, 26, approached Belfast & Lisburn Women's Aid outreach. She says she was told she would do modelling, but when she arrived in Belfast the 'madam' took her passport and said she owed £18,000 for the flights and her surgery. Works every night in different Airbnbs, has to pay £100 a day 'rent'.",
  "DEC RD DB WW", "DT UF", "S")
T("Woman says: 'He gives me the drugs so I can do the men. If I don't do enough he doesn't give me. Then I am sick and I must do it anyway.'",
  "PSV AV", "", "S")
T("Female, 34, Belfast, heroin user, reported that her partner arranges 'punters' for her on his phone and keeps the cash. She says she 'doesn't mind'. Partner has previous for DV. Referred to MARAC and PSNI PPU.",
  "AV WW", "NCW", "S")
T("Domestic: female, 31, Pakistan, came on spouse visa. Husband's family made her cook, clean and care for mother-in-law from 6am to midnight, not allowed out, not allowed a phone, passport held by father-in-law. Beaten by sister-in-law with a shoe. Neighbour in Banbridge called police.",
  "EO RM ISO RD PSV", "LH RMS IS DT", "D")
T("Au pair (Spanish, 19) in a house in Holywood. She rang the agency: the family makes her work 14 hours a day, she doesn't get the agreed £90 a week, she's been told she can't go out at weekends. She has her own passport. She wants to leave.",
  "EO WW RM", "LH RMS", "D")
T("Au pair (Italian, 20), Malone Road. Family gave her a room, £100 pocket money, 25 hours a week, weekends off. Complaint to PSNI was a lost bicycle. No concerns.",
  "", "", "")
T("Woman from the Philippines, 45, domestic worker with a diplomatic household (visiting), came with the family to Belfast for 6 months. She sleeps on the kitchen floor, works from 5am to 1am, has not been paid in 2 years — wages 'sent to my family' but her family says they have received nothing. Passport held by her employer.",
  "EO AC WW RD", "LH SW DT", "D")
T("Referral from GP: patient, 58, Indian, lives with her son's family in Derry. She told the GP she is the 'servant', not allowed to eat with the family, sleeps in the utility room. Son controls her pension. She whispered this while her daughter-in-law was out of the room.",
  "AC WW AV", "PLC NCW", "D")
T("Elderly mother lives with her son's family in Omagh and helps with cooking and the grandchildren. She has her own room, her own pension, goes to mass and the day centre. Social worker visit following a fall. No concerns.",
  "", "", "")
T("Nigerian girl, 16, brought to Belfast as a 'niece' of a family in Newtownabbey to go to school. She doesn't go to school. She does all the cleaning, cooking, childcare. Not allowed to use the phone. Teacher at the children's school noticed she is never at school and always in the same clothes.",
  "DEC AV ISO", "PA IS", "D", "high")
T("Domestic worker in a big house outside Hillsborough: 'Madam says I can go out only with her. She keeps my passport in her safe. She says if I run the police will put me in prison because I have no papers.'",
  "RM RD IT AV", "RMS DT FA ET", "D")
T("Caller: my wife's cousin lives with a family in Lurgan as a nanny and they take all her wages for 'her keep' and she has no day off. She's too scared to say anything.",
  "WW EO", "LH FA", "D")
T("County lines: 15-year-old boy from north Belfast found in a flat in Coleraine with 40 wraps of crack cocaine, £600 and two phones. Injuries to his face. Said he 'owed' a man for a lost bag and has to 'work it off'. Referred to NRM via Gateway.",
  "AV DB PSV", "PA", "C", "high")
T("Youth worker (Derry): lads of 13/14 being given new trainers and vapes by older males in a car then used to run cannabis to houses in the Waterside. One boy told me 'if you stop they say you owe them for the trainers'.",
  "AV DB IT", "", "C", "high")
T("Cannabis factory, Ballymoney. Vietnamese male, approx 17, found inside the house which was locked from the outside, windows boarded. He had a mattress, a rice cooker and a bucket. Did not know what town he was in. Said he had been there 'many months', was brought in a van at night.",
  "RM AV ISO AC", "RMS SW IS PLC", "C", "high")
T("Cannabis grow, Newry. Two Chinese men arrested. Both claim they were told they'd work in a restaurant to pay off £30,000 for the journey. Door padlocked from outside, food brought weekly. NRM referrals made.",
  "DEC DB RM", "RMS UF", "C")
T("Cannabis farm found in a detached house outside Carryduff. Nobody present. Power bypassed, 300 plants. No evidence of anyone living there. Standard drugs investigation.",
  "", "", "")
T("Arrest for possession with intent, Larne. Male, 32, local, dealing from his own car to fund his own use, no sign of coercion; he's been dealing for years and runs his own phone. No MS concerns.",
  "", "", "")
T("Romanian woman begging outside Boots on Donegall Place is dropped off at 9am and collected at 6pm by a man in a grey Vauxhall. She hands him the cup. She's there in all weather and looks unwell.",
  "WW", "CE PA NCW", "C")
T("Roma family begging in Belfast city centre - checked by PSNI and Roma support worker. Family members beg together, keep their own money, live in their own rented flat. No third party control identified.",
  "", "", "")
T("Disabled man (Polish, wheelchair) begging outside Castle Court, seen being pushed into position every morning by two men who return at intervals to collect cash. He's very thin.",
  "AV WW", "ET PA NCW", "C")
T("Money mule: student, 19, Queen's. Instagram 'job' offering £500 to use her account. £38,000 passed through in 3 days. She has now been told by the men that if she goes to the police they know her address. Fraud team & MSVCC.",
  "DEC IT AV", "", "C")
T("Shoplifting gang - 3 Romanian women arrested in Craigavon. One says a man drives them from town to town, they must bring back £500 of goods a day or 'he gets angry', and they live in his house. They could not say the address.",
  "IT ISO", "ET IS", "C")
T("Universal Credit: DWP investigators noticed 9 UC claims with the same address in Dungannon and the same bank account. Claimants are Bulgarian workers who say the 'boss' did the forms and they don't know their own passwords. He gives them £50 a week.",
  "WW AV", "OA NCW", "C L")
T("Benefit fraud: male, local, making false claims using his ex-partner's details. Not exploitation. Passed to DWP.",
  "", "", "")
T("Child, 13, from Lisburn, disclosed to teacher that her brother's friend makes her hold drugs in her school bag and 'will batter me' if she tells. Safeguarding referral.",
  "AV IT", "", "C", "high")
T("Male, 16, found in Enniskillen with a railcard, a burner phone and heroin. Reported missing from Belfast 4 days ago. Refused to say who sent him. Very scared; said 'they'll do my ma'.",
  "AV IT", "FA", "C", "high")
T("Organ harvesting intel (NCA share, 4/C/P): Belfast-based man alleged to be recruiting vulnerable Romanian men with offers of 'medical trial' jobs abroad; two men are said to have returned with kidney scars and no money.",
  "DEC AV", "", "O")
T("Man, 36, Pakistani, told Migrant Help in Belfast he was offered £5,000 to 'give a kidney' to a businessman's son in Karachi and that his debt would be cancelled; he refused and now gets threatening calls. He is frightened.",
  "IT DB", "FA", "O")
T("Renal unit, City Hospital: patient had a living donor kidney transplant; donor is her brother, assessed by the HTA process, fully consenting. Routine record.",
  "", "", "")
T("Patient attending the Belfast renal clinic, 51, had a kidney transplant in 2019 from a deceased donor. Social worker note re transport costs only.",
  "", "", "")
T("A&E note: male, 29, Moldovan, presented with infected wound in the left flank. Says he had 'an operation in Turkey' for which he was paid €3,000 out of an agreed €10,000; man who arranged it holds his passport. Scans show one kidney absent. Safeguarding and police informed.",
  "DEC WW RD", "DT", "O")
T("Facebook post in Romanian shared in a Belfast community group: 'we buy kidneys, good money, travel paid'. Screenshot forwarded to PSNI. No victim identified.",
  "", "", "O")
T("A journalist asked PSNI press office whether organ trafficking has been seen in NI. Press office response: no cases recorded. Information only.",
  "", "", "")
T("Woman, 27, Ukrainian, under Homes for Ukraine in Co. Down. Her host is demanding she clean his two holiday lets every weekend for free or 'you'll be out'. He also keeps her passport 'safe'. She has a child and nowhere else to go.",
  "AV IT RD WW", "DT", "D L")
T("Homes for Ukraine host, Bangor. Guest complained that host asks her to do a bit of hoovering. Both agree it's part of sharing the house. She works at Tesco and has her own money and documents. Mediation only.",
  "", "", "")
T("Private residence, Belfast. Police called to DV incident. The male told officers his wife 'belongs to him' because he 'paid for her'. Wife (Bangladeshi, 24) says she is not allowed out, does all the housework, doesn't speak English, has no phone. Her passport and marriage papers are at his brother's house.",
  "RM ISO RD AV", "RMS IS DT", "D")
T("Teen girl (16) from Belfast 'dating' a 23-year-old who is advertising her online. She has a new iPhone, new nails, stays out overnight. She says he's her boyfriend. Parents reported her missing 3 times this month.",
  "AV DEC", "", "S", "high")
T("Airbnb host in Derry reports: guest booked for 5 nights, paid by a man, but only a young woman stays there, a lot of different men call, she doesn't have a key, the man locks her in when he leaves. Host says he can hear her crying now.",
  "RM", "RMS", "S", "immediate")
T("Info from Vice team: 'Amber' (known adult sex worker) runs her own bookings, no pimp, own flat. She's asked for advice on a dodgy client. Not a trafficking case.",
  "", "", "")
T("INT 3/C/P: a Romanian man known as 'Sandu' controls 5 women selling sex in Belfast, keeps their ID cards and moves them between Airbnbs in Belfast, Derry and Dublin every few days. Women are said to owe him £5k each for travel and 'rent'.",
  "RD DB", "DT UF", "S")
T("Male, 23, Vietnamese, arrested in a nail bar raid in Newry. Said: 'I owe the snakehead. I work here to pay. I sleep in the back. I don't go out because I have no papers and the boss says the police will beat me.'",
  "DB AV IT", "SW FA", "L")
T("Cuckooing: vulnerable man with learning disability in Ballymena, flat taken over by dealers from Belfast who sell from it; he says they took his bank card and he's 'not allowed' in the living room. Bruises to his face.",
  "AV WW PSV RM", "NCW PA RMS", "C")
T("Neighbour in Antrim reports a 'drug house' next door, lots of comings and goings. Police checked: occupant is a local adult dealer selling his own supply. No vulnerable person involved.",
  "", "", "")
T("MASH: Boy, 14, known to social services, found in possession of £1,200 and three phones, refused to explain. Intel suggests he is running for a Belfast line into Ballymena. Mother says he comes home with injuries and says 'he fell'.",
  "AV", "PA", "C", "high")
T("Girl, 17, from Romania, referred by Belfast & Lisburn Women's Aid, says a 'lover boy' brought her to Belfast, made her sleep with men in hotels and took every penny. She says he sleeps with a knife under the pillow and told her he would cut her face if she left.",
  "AV DEC WW IT", "", "S", "high")
T("Hotel, Newry: staff concerned about a young woman checked in by an older man; she had no luggage apart from a handbag and he answered every question at reception for her. Men visited through the night.",
  "", "FPE SFW", "S")
T("A woman called 101 to say her daughter (adult, 25) moved to Belfast and started working in a massage parlour. Daughter is in touch daily, has her own money and her own flat and says she's happy. Mother disapproves. No exploitation concerns.",
  "", "", "")
T("Massage parlour, Newtownards: licensed premises, inspection by council. Workers Chinese females who live on site in rooms upstairs, no keys, owner drives them to the supermarket. They told the interpreter they must 'do extras' or the owner deducts their pay.",
  "RM WW", "SW RMS ET", "S L")
T("Nigerian woman (asylum seeker) in Belfast says her 'madam' in Italy still demands €35,000 and has threatened her mother in Benin City. She is afraid to go to the Home Office interview.",
  "DB IT", "FA", "S")
T("PSNI Derry City & Strabane: Romanian male (43) in custody for theft, says he was brought over by a couple who made him shoplift from Tesco and Primark every day, and if he came back with nothing he was beaten. He sleeps in their garage with two other men.",
  "PSV AC", "OA PLC", "C")
T("Cannabis grow, Ballygawley. Vietnamese 16 y/o: 'The man said I go to school in England. He put me in this house and said water the plants. If I leave, the men will kill my family.' Window bars, door locked.",
  "DEC IT RM AV", "RMS", "C", "high")
T("Woman with learning difficulties, 44, Co. Fermanagh, lives with a family who use her to claim carer's allowance and PIP. She does all the housework and farm chores and is 'never given her own money'. Neighbour says she's never seen out without the family.",
  "AV WW", "NCW RMS", "D C")
T("Lad of 16 came to the station in Downpatrick and said he has been selling 'sniff' for a man who gave him a phone. He wants to stop but the man says he owes £800. He has a black eye.",
  "DB AV PSV", "PA", "C", "high")
T("Domestic worker (Indonesian, 40s), employed by a consultant's family in south Belfast, properly paid, own room, weekends off, her own phone and passport. Family asked the agency for information about her visa renewal. Nothing of concern.",
  "", "", "")
T("Domestic servitude - woman, Sri Lankan, 50, lived with a Belfast family for 11 years. 'I work all day every day. I never have holiday. They give me £50 a month, they say the rest they keep for my pension.' She had never been to the city centre.",
  "EO WW ISO", "LH IS", "D")
T("Modern slavery referral (Migrant Help): Bolivian woman, 36, cleaning at a family home in Carrickfergus and at their offices. Says her employer hit her across the face with his hand when she broke a glass and threatened to report her to immigration.",
  "PSV IT", "FA", "D L")
T("Sexual exploitation online: OnlyFans-type account run by a man in Newry for a 19-year-old woman from Brazil; he keeps the login and the income, she has no access to the bank account. She says she was promised a job in a salon.",
  "DEC WW", "NCW", "S")
T("IP (female, 22, Albanian) told officers: 'He made me have sex with his cousin. He said after that I owe them.' Now in safe house with Belfast & Lisburn Women's Aid.",
  "PSV DB", "", "S")
T("Two young girls (14 and 15) in care, Derry, seen getting into taxis at night with older men from the Creggan area. Alcohol and drugs given. One disclosed being raped at a party. Strategy meeting called.",
  "AV PSV", "", "S", "high")
T("Border - PSNI/Garda joint op at Newry bus station: Albanian teenage girl (17?) travelling with a 30-year-old man who had both passports. He spoke for her; she stared at the floor. Both detained for enquiries.",
  "RD AV", "DT SFW FA", "S", "high")
T("Male, 30, Ghanaian, living in a flat in north Belfast, tells his support worker that a 'friend' uses his bank account for money coming in and out, and keeps the card. He gets £20 now and then. The friend threatened to 'make problems' with his asylum claim.",
  "WW IT AV", "NCW", "C")
T("Man says he was stopped at the ATM on the Lisburn Road and asked about taking out money from several cards. Explained they are his own company cards and his wife's; bank confirmed. No concerns.",
  "", "", "")
T("Partner tip: Nationwide branch in Newry reports one man using 7 different debit cards at the ATM in one visit, all in different names, Eastern European. Same man did it last Friday. CCTV requested.",
  "", "MBC", "")
T("Girl, 16, Belfast, missing 2 days, found at a flat in Lurgan with 3 adult men. Says she went willingly, but had been given cocaine and was 'passed around'. Arrests made.",
  "AV PSV", "", "S", "high")
T("Child at risk: boy aged 12 seen in Newry doing 'drops' on a bike for older teenagers who pay him in vapes. School concerned. Parents not aware.",
  "AV", "", "C", "high")
T("Man from Sudan (20) in Belfast hostel being asked by men to carry packages to Dublin on the bus for £50; he says they told him he 'owes' them for getting him the hostel place. He's been threatened with a knife.",
  "AV DB IT", "", "C")
T("Organ: intel from Interpol via NCA - Belfast address linked to a broker in an organ trafficking network in Eastern Europe; suspected of recruiting donors from homeless shelters. 3/B/P.",
  "AV", "", "O")
T("Kidney donor (woman, 40) donated to her husband at the Belfast City Hospital. Friend phoned police because she'd 'heard people get paid for kidneys'. Checked: living-related donation, approved by the HTA. No offence.",
  "", "", "")
T("Woman from Vietnam, 19, in a nail bar in Belfast. 'I was told I'll be a nail student. The boss keep my passport. I must live in her house with 6 others. I can't go anywhere alone, her son takes us everywhere. I work 10am to 9pm, every day. She pay me £150 a month.'",
  "DEC RD RM EO WW", "DT OA ET RMS LH", "L")
T("Girlfriend reports boyfriend (19) is being used by a gang to hold stolen cards and take out money at ATMs across Belfast. He has about 15 bank cards in different names in his bedroom. He says they'll 'kill him' if he stops.",
  "IT", "MBC", "C")
T("Woman, 38, from Brazil, in Belfast on a visitor visa, cleaning for cash for several households. She has her own flat and manages her own clients; the issue is overstaying. Immigration referral only.",
  "", "", "")
