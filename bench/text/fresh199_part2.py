# fresh199 part 2: sexual exploitation, brothels, adverts, pop-ups, lover boy, CSE
from fresh199_common import T

T("Brothel suspected at Flat 12, Regent House, Slough SL1. Different Asian women every week, men in and out 24/7. Women never seen leaving except when a male in a white Qashqai (reg LK68 FEW) moves them.",
  "RM", "ET RMS", "S")
T("INT 3/B/I. Adverts on AdultWork for 'new girls' at a hotel in Leeds city centre (Premier Inn, Wellington St). Same phone number 07700 900462 used for 6 different women over 2 weeks. Text style identical, suggesting one person writing for all. Pop-up brothel suspected.",
  "", "SFW", "S")
T("Hotel staff at the Holiday Inn Express, Stockport, reported a room booked for 3 nights by a man paying cash. Two young women in the room, a steady stream of male visitors. The man came back every few hours to collect money. Women looked exhausted and one had bruises on her arms.",
  "WW", "NCW PA", "S")
T("Lover boy: 17yo from Derby met 'Adam' online, he bought her gifts and told her he loved her. After a month he said he was in debt and she had to 'help him out' by sleeping with his friends. She now goes to flats he takes her to.",
  "AV DEC DB", "ET", "S", "high")
T("I came to London because my boyfriend say we will marry and I work in a restaurant. He take me to a house and say I must work with men to pay for my ticket. He keep my passport in his car. When I say no he hit me. (victim's statement, Romanian, translated)",
  "DEC DB RD PSV", "DT UF", "S")
T("Massage parlour inspection, 'Lotus Spa', Broad St Birmingham. Licensing & police. 4 Thai women present. All sleeping on massage tables in back room. Manager answered every question on their behalf. No passports on site - manager said they are 'at the owner's house'.",
  "RD AC", "SW SFW DT", "S")
T("Caller states her 15 year old daughter has been going to a takeaway on Lister Lane, Halifax after school and coming home smelling of alcohol with new phone. Daughter says the men are 'her mates' and give her vodka. Saw messages where men ask her to bring her friends.",
  "AV", "", "S", "high")
T("Independent escort, Brighton, advertises herself on her own website, rents her own flat, sets her own prices and hours. Came to police to report a client who refused to pay. No third-party control. Not exploitation.",
  "", "", "")
T("Report from an NGO outreach worker: women working from a flat above a shop in Tottenham all have the same 'boss' who holds their earnings and 'pays them at the end'. Two said they haven't been paid in three months. They sleep there and are not allowed out without him.",
  "WW RM", "NCW SW RMS", "S")
T("vice hotline: 'theres a flat on the top floor of my block where they keep girls. theyre young, very young maybe 16, they dont speak english. the door is always locked from outside. a fat guy brings food. i hear crying at night.'",
  "AV RM ISO", "RMS IS", "S", "high")
T("Intel 2/B/P: 'DIMA' controls 4 Romanian women working from flats in Glasgow. Arranges their ads on Vivastreet, drives them to outcalls, and keeps their ID cards. Women told they owe €5,000 each for travel and flat.",
  "RD DB", "DT ET UF", "S")
T("I'm a sex worker in Leeds managed area. I work for myself, keep my own money, nobody makes me do anything. I'm reporting because a punter assaulted me last night on Water Lane.",
  "", "", "")
T("Raid on pop-up brothel at Airbnb in Cardiff Bay. 3 Chinese women found. Each had only a small bag of clothes. Phones were locked and held by a woman acting as 'receptionist'. None knew the city they were in.",
  "ISO", "FPE IS", "S")
T("CSE concern - 14yo girl in Rotherham picked up from school by men in different cars, taken to hotels. Has an older 'boyfriend' aged 26. Police and CSC strategy meeting held. Girl says he 'loves her'.",
  "AV DEC", "", "S", "high")
T("Hospital safeguarding: female aged approx 20, Albanian, presented to A&E with an STI and injuries consistent with assault. Accompanied by a man who said he was her husband and would not leave the room, answered all the questions. When he went to the toilet she wrote 'help' on a tissue.",
  "PSV", "PA SFW", "S", "immediate")
T("The man say I have to see 10 men a day. If I say I am tired he say I will sleep on the street and he will call immigration. I don't have any money, he takes everything.",
  "EO IT WW", "LH NCW FA", "S")
T("Adverts on Vivastreet for 'young fresh Thai girls' in Norwich. Numbers linked to an address where 3 phones and a ledger were found showing each woman's 'debt' and the money taken off each day.",
  "DB WW", "NCW", "S")
T("OP HAWTHORN. Nigerian women trafficked to Bradford, subjected to juju ceremony before leaving. Believe they will go mad or die if they don't repay madam £30,000. Forced to work on street in Manningham.",
  "DB IT", "UF FA", "S")
T("Student support officer: international student (20) says she was promised a part-time job as a hostess in a bar by an agent in Manchester. Now agent wants her to 'entertain' clients in private and says he'll tell her university she's working illegally if she refuses.",
  "AV DEC IT", "", "S")
T("Call: my sister's daughter Chloe 16 is with a man called Jase right now at a house on Cavendish Rd, he's filming her and selling the videos, she just messaged me 'please come get me' and hasn't answered since",
  "AV", "", "S", "immediate")
T("Brothel keeping investigation, Southampton. Two women found. Both state they work for themselves, split the rent, no one takes their money, they choose their own clients. Under the law this is still brothel-keeping but no exploitation indicators. No further action.",
  "", "", "")
T("Women found at a flat in Newcastle had a notebook listing 'fines': £50 for being late, £100 for not smiling, £200 for refusing a client. Fines added to the 'flight money' they each owe.",
  "DB WW", "UF", "S")
T("Intel: Romanian male recruits women in Bacau by posing as boyfriend, brings them to Sheffield, puts them on the street. One of the women has been seen with a black eye twice.",
  "DEC PSV", "PA", "S")
T("'He said he'd get me modelling work. Then he put pics of me on a website and men started coming to the house. He said if I told anyone he'd send the pics to my mum.' Female 18, Coventry.",
  "DEC IT", "", "S")
T("Hotel Watch alert from Travelodge Gatwick: young woman booked in under a man's name, he has the key card and she doesn't. She cannot leave without him buzzing her out. Staff heard a man say 'no one leaves till the money's made'.",
  "RM", "RMS", "S")
T("Online advert monitoring: 27 adverts on two sites, same photographs reused with different names, located in Reading, Oxford and Swindon over a month. Indicates women being moved around circuit.",
  "", "", "S")
T("Nail bar staff (Vietnamese, 2 females aged around 17) also being sent to a flat at night for 'massage'. Neighbour reports male pays at the door, not the girls.",
  "AV WW", "NCW", "S L", "high")
T("Massage parlour in Chelmsford checked by licensing. All staff over 18, UK or EU settled status, contracts, own accounts, no sexual services found. Premises compliant.",
  "", "", "")
T("She said he would 'sell her to the Turks' if she didn't go with the men. She was forced to have sex with up to eight men a night at a house in Bolton.",
  "IT PSV", "", "S")
T("Concern: 2 teenage girls from a children's home in Blackburn being picked up at night by a taxi and taken to a house party. Given cannabis and pills there. One disclosed she had sex with a man because 'you have to if you go'.",
  "AV PSV", "", "S", "high")
T("Intel 3/C/I, Hounslow. Brazilian transgender women working from a flat, 'managed' by a woman who takes 60% and holds their passports. The women are told they will be reported to immigration if they leave.",
  "WW RD IT", "NCW DT FA", "S")
T("Pimp arrested in Middlesbrough had 4 women's bank cards in his wallet and their phones in his car. He transferred all their earnings to his own account.",
  "WW ISO", "MBC NCW IS", "S")
T("Debrief (Hungarian woman, 23): 'In Hungary my friend said I can work in a hotel in London. I owed 2000 pounds for the bus and room. In London there was no hotel. They gave me clothes and a phone and took pictures. I did not go outside alone for five months.'",
  "DEC DB RM", "UF RMS", "S")
T("Anon: 'massage place' on the high street in Wembley open 10am to 2am 7 days a week, same 2 girls always there, they sleep upstairs, one had a bandaged wrist.",
  "EO AC", "LH SW PA", "S")
T("Girl aged 13 went missing from school in Telford this afternoon. Last seen getting into a car with a 30-something male she calls her boyfriend. Phone off. Known CSE risk.",
  "AV", "", "S", "immediate")
T("Sex worker outreach note: M is an independent worker who uses a driver she pays herself for safety. She controls her own bookings. No concerns.",
  "", "", "")
T("Referral from Salvation Army: Polish woman (30) says she was brought over to work in a factory but her 'partner' made her see men in a flat in Leicester. He took all money for 'rent' and 'food'. She escaped when he was drunk. Has bruising to ribs.",
  "DEC WW PSV", "PA NCW", "S")
T("Webcam exploitation: victim (19) in Bristol made to perform sex acts on camera for 10 hours a day by her partner, who takes the payments into his PayPal. Not allowed out of the flat.",
  "EO WW RM", "LH NCW RMS", "S")
T("Pop-up brothel at Park Inn, Northampton. Advert: 'New in town, 2 days only'. Female found spoke no English. Man in adjoining room had her passport and phone. She had a single carrier bag of belongings.",
  "RD ISO", "DT FPE IS", "S")
T("Call handler log 19:42: female caller whispering, says she is locked in a bathroom at 33 Greenhill Road, Luton, men are outside, she was brought there to 'work', she doesn't know the area. Call cut off. Immediate deployment.",
  "RM ISO", "RMS IS", "S", "immediate")
T("Vulnerable adult (learning disability) in Wigan: older male neighbour has been giving her cigarettes and money and taking her to men's flats 'to make new friends'. She came home with injuries to her thighs.",
  "AV PSV", "PA", "S")
T("Residents complain about street sex work near the canal in Walsall: women working there are independent, known to outreach, no third parties seen. Outreach offered.",
  "", "", "")
T("INT 2/B/P: CHAUDHRY, Imran runs online adverts for 'escort agency' 'Diamond Girls', moving women between hotels in Leeds, Wakefield and Huddersfield. Women pay him £100 a day for the 'room' and 'advert'. Women who miss targets are slapped.",
  "WW PSV", "", "S")
T("Care home staff: 16yo girl placed with us out of area has a 'friend' who pays for her Ubers to Manchester. She comes back with cash and hickeys, says 'he looks after me'. Refuses to discuss.",
  "AV", "", "S", "high")
T("Chinese women found in a flat above a closed takeaway in Stoke had been told by 'auntie' that they were coming to work in restaurants. Each owed 'auntie' £25k. Food was only noodles. Mattresses on the floor, 6 women in 2 rooms.",
  "DEC DB AC", "UF OA PLC", "S")
T("Brothel in terraced house, Cardiff. Women were driven to and from it every day by the same man and never alone. Neighbour saw him shove one of them into the car.",
  "RM PSV", "ET RMS", "S")
T("Snapchat messages show older man telling 15 year old girl 'if u dont come tonight I'll tell everyone what u did and post ur pics'. Girl in Grimsby.",
  "AV IT", "", "S", "high")
T("Advert in Evening Standard classifieds: 'Young lady wanted for hostess work, accommodation provided, no experience, cash daily'. Linked number previously used in a brothel investigation in Ilford.",
  "", "", "S")
T("TOWNSEND, Lee (34) moving two 17-year-old girls to hotels in Plymouth, booking rooms and taking money from men who visit. Girls don't know which town they're in half the time.",
  "AV ISO WW", "IS NCW", "S", "high")
T("Female (26) in Swansea says she worked in a brothel for 'Mr K' who told her she had to keep working till her visa 'fee' of £8,000 was paid. Each week the debt went up because of the 'house charges'.",
  "DB", "UF", "S")
T("Vietnamese girl (about 15) found in Dover in back of lorry. Told Border Force she was going to work 'in a shop' in London. A phone number in her pocket is linked to a brothel network in Lewisham. Social services placed her; she went missing two days later.",
  "AV DEC", "", "S", "immediate")
T("My mate Sophie is getting her pics put on OnlyFans by her boyfriend but he keeps the money and her login. She doesn't want to do it anymore but he says she owes him for the flat.",
  "WW DB", "NCW", "S")
T("OnlyFans creator in Kent, 24, runs her own account, manages her own content and income. Contacted police about a stalker. No third party involvement.",
  "", "", "")
T("Hotel receptionist: 'Room 214 the man booked it and paid, about 12 men went up in 5 hours. Girl looked about 15, very thin, same clothes all week. The man sat in the lobby watching the lift.'",
  "AV RM", "PA RMS", "S", "high")
T("Brothel, Huddersfield. 5 women (Romanian). Working 12-hour shifts every day. Sleep in 2 rooms of the same house. Two said 'boss' holds their ID cards in a safe. Health: one with untreated infection.",
  "EO RD AC", "LH DT SW OA", "S")
T("Victim statement: 'I was 14 when it started. They'd give me vodka till I couldn't stand and then pass me round. If I said I'd go to the police they said they'd burn our house down with my little brother in it.'",
  "AV PSV IT", "FA", "S", "high")
T("Hungarian female stopped at Stansted with a man who held both passports and tickets. She said she was going to 'work in a bar' but didn't know its name or where it was. He had booked a return ticket only for himself. The male is known to the NCA for supplying women to brothels in the Midlands.",
  "RD DEC", "DT SFW", "S")
T("Trafficking for sexual exploitation: Women moved by coach from Manchester to Aberdeen. Each woman charged £200 for the 'transport' on top of the room. Mobiles taken at the start of each week.",
  "ISO", "CT IS", "S")
