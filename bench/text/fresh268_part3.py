def add(T):
    T("Case note 14/11: met K. at the Boston hub. Said the house is 'OK now', she has her own passport back since the landlord changed, but the agency still takes £85 for rent and £30 for the bus from every week's wage and she's left with less than £100 for 48 hours.",
      "WW", "CT", "L")
    T("NRM referral, Lincolnshire: female, 31, Romanian, two children in Romania. Approached in her village by a woman she knew who said there was work picking strawberries in England with accommodation. Travel paid by 'the company', to be repaid. On arrival in Boston she was taken to a house and told the farm work had finished. She was told she must 'go with men' to pay the £2,500 travel debt. Adverts placed on an adult website with photos taken at the house. A man drove her to clients in Boston, Skegness and Lincoln. She was given no money. When she cried and refused she was hit across the face and told her children would be 'found'. She escaped when a client called police. She has a bruise to her cheek and is very frightened of the men finding her.",
      "DEC DB WW PSV IT", "UF ET NCW PA FA", "S")
    T("dude at the kebab shop in corby sleeps on the floor out back, works from 11am til 3am every single day, never seen him have a day off in like a year, the owners shout at him all the time",
      "EO AC", "SW LH", "L")
    T("PCSO Corby: spoke to a group of workers waiting for a minibus outside a house on Studfall Ave at 0520. Said they work at a food factory through an agency, paid properly, pay their own rent. Happy. Logged for info.",
      "", "CE", "")
    T("Cambridgeshire: referral from GP. Patient (Eritrean, 27) with a healed nephrectomy scar he says he 'sold' in Cairo to pay the smugglers. Now in Peterborough working for a man who says he still owes $3,000.",
      "DB AV", "PA", "O L")
    T("Organ donation: a mother in Lincoln donated a kidney to her adult son at Nottingham City Hospital. Heard via social media a rumour 'she was paid'. Checked with the unit: living related donation, full HTA approval. Not exploitation.")
    T("Lady I clean for in Stamford pays me £15 an hour, I have my own key to my flat, she's lovely. I'm only calling because my friend told me to report the 'tied house' - it's not like that, I'm fine.")
    T("INT 2/B/P. Source describes a house on Eastfield Rd, Peterborough, where women are kept and men arrive throughout the night; women are believed to be Chinese nationals and are not allowed to leave; a woman was seen at the window banging on it.",
      "RM", "RMS", "S")
    T("Drugs warrant at a flat in Kettering: vulnerable female occupant, heroin user, says local dealers use her flat in exchange for 'gear' and she can't get them out. She's been threatened with a knife.",
      "AV IT", "", "C")
    T("Female came to the front counter in Lincoln saying her employer (hotel) pays her late. Paid in full now, just late by 2 weeks. Not an exploitation issue.")
    T("Debrief (translated Romanian): 'The boss took us in the van to a field in the middle of nowhere. We didn't know where we were. No toilet, no water. We picked all day in the rain. If anybody stopped, he shouted and pushed them. One old man fell and he kicked him.'",
      "ISO AC PSV", "IS", "L")
    T("Man attending the Wisbech Rosmini Centre said he was recruited for a 'hotel job' and now cleans a private house for a family in March, 7 days, no pay, 'they say my food and bed is my pay'.",
      "DEC WW EO", "LH", "D")
    T("ATM at Boston Tesco: a man was seen using 5 or 6 bank cards. When asked, he said his friends at work give him their cards because they don't have time. Officers spoke to 2 of the friends later: they confirmed this, they have their own PINs and the money was given to them. No offences.")
    T("Young male (19), Polish, reported to police in Northampton that his uncle brought him over and took his passport saying he'd 'lose it', and makes him work at his building company for no pay. He also says his uncle hit him twice.",
      "RD WW PSV", "DT", "L")
    T("Called police because a Vietnamese girl at the nail place near Peterborough Queensgate looked young (14-15?) and she was working late and a man drops her off and picks her up. I asked her age and the man answered.",
      "AV", "ET SFW CE", "L", "high")
    T("Lincoln: Domestic abuse, male assaulted partner. No exploitation issues identified.")
    T("IP (Latvian, 45) states he came through a job ad on a Latvian website promising £2,000 a month in a Northampton warehouse. He works but the recruiter takes £150 a week for a mattress in a room with 4 men, and another £60 for 'admin'. He says he's been told he can leave but he won't get his last 4 weeks of wages.",
      "DEC WW AC", "OA", "L")
    T("Hi, my sister is in Boston, she says the landlord lets 16 people live in the house and they pay £70 each per week. She says it's dirty and the heater doesn't work but she has a good job with her own contract.",
      "", "OA PLC", "")
    T("She said she's not allowed to leave the flat without the other girl watching her. She doesn't know the address, just that it's 'near the big church' in Peterborough.",
      "RM ISO", "RMS IS ET", "")
    T("Welfare check, Lincoln Tritton Road, man sleeping in the car in the yard of his workplace, owner says he's allowed to as he's between flats. He's paid, agreed. Housing referral.",
      "", "", "")
    T("INT 3/B/P. Intelligence suggests a local woman in Wellingborough is 'renting out' her spare room to men who then bring young girls there, suspected CSE. Girls seen entering in school uniform.",
      "AV", "", "S", "high")
    T("Joint GLAA/Police visit to a shellfish factory near Boston. Workers spoke freely, all on contracts with the factory, PPE provided free, breaks taken. Minor H&S issue referred to HSE.")
    T("He told me 'the man has my passport, my papers, everything, I cannot go anywhere' - he works at the car wash on Lincoln Rd and lives in the portakabin",
      "RD RM", "DT SW RMS", "L")
    T("Northampton: reported 'modern slavery' at a takeaway turned out to be the owner's son working on weekends. No concerns.")
    T("Referral from St Giles Trust: 16yo male in Corby, looked after child, being groomed by local OCG to carry drugs; has been shown a photo of his foster carer's house and told they know where he lives. He owes £800 for a 'lost' parcel.",
      "AV IT DB", "FA", "C", "high")
    T("'I'm fine, I work, I go home, no problem' - male at Spalding packhouse, spoke to officers away from supervisors, had own bank card and payslip. No concerns.")
    T("Man in Wisbech seen being dragged into a car on Norfolk St by two men, one hit him. Car was a grey Ford Focus, partial reg LK67. He was shouting in Russian.",
      "PSV", "PA", "", "immediate")
    T("Cambs MASH: 17yo Albanian UASC placed in a hotel in Peterborough, missing since yesterday, believed to have been picked up by adults linked to cannabis cultivation. Phone unreachable.",
      "AV", "", "C", "immediate")
    T("Report from the Lithuanian community worker in Boston: six men living in a barn on a farm near Swineshead. No running water, a generator, a bucket toilet. They work at the farm for £3 an hour. The farmer takes them to the shop once a week.",
      "AC WW RM", "PLC SW ET RMS", "L")
    T("Caller says her Filipino housekeeper in a big house in Oundle is never let out and the family speak for her when visitors come. Attended, housekeeper spoke to officers with interpreter alone, says she works 60 hours, has one day off a week, has her passport, is paid £1,800 a month. Some concern re hours, advice given.",
      "", "", "")
    T("One man - I think Polish - has given 3 or 4 bank cards to a man called Marek, and Marek takes the money out for all the guys in the house on a Friday and gives them what he wants.",
      "WW", "NCW MBC", "L")
    T("Domestic incident in Northampton: husband shouting, wife said no assault. Words only.")
    T("Intel: adult male with learning disabilities in Grantham used by a group to open bank accounts and take loans in his name, they keep the cards. He says 'they are my friends'.",
      "AV WW", "NCW", "C")
    T("Female Roma child (11) seen begging with younger sibling outside Peterborough Cathedral most days; adult male watches from across the square and collects the money. Child refused to talk to PCSOs.",
      "AV WW", "NCW FA", "C", "high")
    T("Kettering: worker at a printing firm complained of doing 12-hour shifts 6 days a week. He signed the opt-out, is paid overtime and can refuse. Not exploitation.")
    T("Female (Chinese), 38, found by police in a flat in Lincoln during a warrant. Said she came to work in a restaurant but was told she had to 'do massage'. She has not left the flat in 4 weeks, food brought to her. Doesn't speak English. Passport with the 'boss'.",
      "DEC RM ISO RD", "RMS IS DT", "S")
    T("Caller: there's a young boy in the car wash on Kettering Rd Northampton, looks about 12, working in school time.",
      "AV", "", "L", "high")
    T("INT 2/B/P. Nom CIOBANU (Florin) believed to be running a group of Romanian women in Peterborough as shoplifters. They are driven to shops in Cambridge and Huntingdon, made to steal to order and hand everything to him. One woman told source she was beaten with a belt for coming back with nothing.",
      "PSV WW", "ET", "C")
    T("Man called 101 to report that he's been working 3 months at a farm near Long Sutton and the gangmaster now says he owes £900 for 'accommodation and food' and 'won't let him leave until it's paid'. He's staying in a caravan with 5 others.",
      "DB RM", "OA RMS", "L")
    T("Woman on the Peterborough-London train with 3 young teenage girls, all looking scared, she answered for them when the guard asked tickets. BTP informed.",
      "", "SFW FA", "", "high")
    T("Case notes (Salvation Army): client 'M', Kurdish. Kept in a flat in Corby by the barber he worked for. Describes being locked in at night, having his phone taken every evening, being hit with a hair clipper. Works 9am to 10pm, 6 days a week, for £50 a week. Told he owes £10k for his journey.",
      "RM ISO PSV EO WW DB", "RMS IS LH", "L")
    T("Vehicle check on A16: minibus with 14 seats had 18 people, the driver said they were going to a packhouse, all workers had their own ID and said they pay the agency nothing for transport. Overloading offence dealt with.",
      "", "CE", "")
    T("Mum of a Year 9 girl in Wisbech says an older man keeps buying her daughter vapes and clothes and she comes home smelling of alcohol. Worried it's grooming.",
      "AV", "", "S", "high")
    T("Staff at the Lincoln Job Centre flagged 5 customers who all gave the same address and phone number for a 'helper' who came in with them and did all the talking.",
      "", "SFW OA", "")
    T("After the fire at the factory, workers told Fire investigators the fire exit was always chained to stop people leaving the building during shifts.",
      "RM AC", "RMS", "L")
    T("It turned out he is her real brother and he just looks after her bank card because she asked him to - she works at the packhouse and has full access. No further action.")
    T("Female reports that a man she met online in Poland promised to marry her and bring her to live in Peterborough but when she arrived, he made her work in a massage parlour and keeps her phone.",
      "DEC ISO", "IS", "S")
    T("MP's office passed on a complaint from a constituent in Corby that her son is being forced to work for a gang who collect his wages and benefit money and tell him it's 'rent'. He has mental health problems.",
      "AV WW", "NCW", "C")
    T("Hello I am writing for my cousin he is in England in Lincoln, he is working in a restaurant and he not get any money since 4 months, they tell him the money is sending to his family but we get nothing, he can not go out because they say police will catch him, he sleep in the store room",
      "WW RM IT", "NCW RMS FA SW", "L")
