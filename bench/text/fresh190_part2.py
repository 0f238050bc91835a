# fresh190 part 2: sexual and criminal exploitation
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""INT 2/B/P. Brothel operating from Flat 9, Kensington Court, Slough SL1. Three Romanian females advertised on Vivastreet (07588 301174). A male, Adrian VLAD, drops them off and collects them and holds the money. Source states the women are not allowed out unless VLAD is with them and that one of them, "Bianca", had bruises on her face last week.""",
  "RM WW PSV", "ET RMS NCW PA", "S")
T("""Child at risk. 14 yr old female (Kayleigh) reported missing from care home in Blackpool for 3rd time this month. Seen getting into a black Seat Leon (PK19 OYN) with two older males outside school. Intelligence that she has been given vodka and cannabis and taken to parties at a flat in Layton. Found with new phone and clothes.""",
  "AV PSV", "", "S", "high")
T("""URGENT call 22:14: Female, Eastern European accent, whispering, says she is locked in a room above the sauna on Wellington St, Luton, "men coming tonight, he says if I no work he will cut me". Line went dead. Units dispatched.""",
  "RM IT", "RMS", "S", "immediate")
T("""Intel: County line "DIGGER" (07477 902118) running from Liverpool into Barrow and Kendal. Line holder believed to be Jordan McKENNA (dob 04/04/2001). Using two local boys aged 15 and 16 as runners, housed in a cuckooed flat on Abbey Rd belonging to a vulnerable female heroin user. One runner was stabbed in the leg last month over a "debt" after drugs were seized from him by police.""",
  "AV DB PSV", "", "C", "high")
T("""Referral from Barnardo's: 16 yr old boy from Croydon repeatedly found in Hastings and Eastbourne. Says he "does shifts" for an older male called "Kane". Has been told he owes £2,000 because he was robbed of the drugs and must work it off. Has a second phone he won't let his mum see. Mum says he is frightened to go out.""",
  "AV DB", "FA", "C", "high")
T("""So this man, I thought he was my boyfriend, he brought me to London from Kaunas and said we would live together and I would work in a shop. After one week he said I owe him for the flight and the flat and I must see men. He took my passport and my phone. He listened to all my calls to my mother.""",
  "DEC DB RD ISO", "DT UF", "S")
T("""INT 3/B/P: Adverts on AdultWork and Vivastreet for six "new Thai girls" in a terraced house, 21 Cavendish St, Barrow. Same phone number (07833 412190) used for all. Punters report the girls don't speak English and a woman answers the door and takes the money. Possible controlled prostitution.""",
  "WW", "SFW", "S")
T("""Street outreach worker, Leeds managed zone (Holbeck): Regular sex worker, British female 34, heroin user. She says she works to fund her habit and has no pimp. She looks after herself and has been housed through the Basis project. No concerns re exploitation.""",
  "", "", "S")
T("""Intel from Europol via NCA: Hungarian OCG transporting women from Miskolc to work in brothels in Manchester and Leeds. Women are recruited by "loverboy" method; the boyfriend tells them they need to earn money for a house together. Women are moved between flats every 2-3 weeks and do not know which city they are in. Earnings sent via Western Union to controllers in Hungary.""",
  "DEC ISO WW", "IS NCW", "S")
T("""Police 101 report from a hotel manager, Premier Inn Coventry: a man booked two rooms for a week paying cash; since then a stream of men have been visiting one room, each staying 20-30 mins. A young woman in the room never leaves, and the man brings her food. Staff think she looks underage.""",
  "AV RM", "RMS", "S", "high")
T("""Case note, ISVA: Client (F, 22, Albanian) trafficked to the UK in 2024. She was forced to have sex with up to 10 men a day in flats in Birmingham. The controller beat her when she refused and threatened to send photos of her to her father. She was kept in the flat, only allowed out with his cousin. She was told she owed €10,000 for the journey.""",
  "PSV IT RM DB", "RMS ET", "S")
T("""Intel 2/B/P: Young people from Bradford being used to shoplift to order from Boots, Superdrug and TK Maxx across Yorkshire. Organised by adult female Shabana AKHTAR who pays them in vapes and takes the goods to sell on. Children aged 12-15. One child told staff that AKHTAR said she'd tell his dad he'd been stealing if he stopped.""",
  "AV IT", "", "C", "high")
T("""INT 3/B/P. Cannabis grow at 55 Alder Rd, Ipswich IP2. Power abstraction reported by UKPN. Neighbours say a young Asian male is seen through the window but never leaves; a car (Toyota Prius EF18 VXT) visits every few days with shopping.""",
  "", "RMS", "C")
T("""Caller says her neighbour's flat has been taken over by drug dealers from London. Neighbour is a man with learning difficulties called Barry. They've moved in, sleeping on his sofa, they sell from his door, and she heard them shouting at him that he'd get hurt if he told anyone. Barry looks thinner and scared.""",
  "AV IT", "PA FA", "C")
T("""Intel: Romanian children begging outside Sainsbury's in Marble Arch and on the Tube. Adult female believed to be their "aunt" collects their takings every two hours and they are dropped off and picked up by a car at 7am and 10pm. Children look unwashed and wear the same clothes daily.""",
  "AV WW EO", "CE PA NCW LH", "C", "high")
T("""Money mule intelligence from Santander: 19 student accounts being used to receive and pass on fraud proceeds. Several account holders, interviewed, said they were offered £300 on Instagram to "lend" their account. No coercion reported; they chose to do it for the money. Referred to Action Fraud.""",
  "", "", "")
T("""Intel from Lloyds Banking Group: account belonging to a Vietnamese female, 19, used by a third party. Salary from a nail bar in Telford credited and withdrawn the same day in Birmingham. Customer attended branch with an older man who did all the talking and held her card. She appeared nervous and looked at him before every answer.""",
  "WW", "NCW SFW FA", "L")
T("""Debrief of 15 yr old runner arrested in Weston-super-Mare: "I was told I had to stay in the trap house until all the food was sold, they took my phone so I couldn't ring my mum. If I tried to go they said they'd come to my house and do my little brother. They gave me a hiding when I came back short." """,
  "AV RM ISO IT PSV", "RMS IS", "C", "high")
T("""INT 2/A/P — Operation HARLEQUIN update. Principal: Kyle BARNES (aka "K-Money"). Line: "Bandz" 07504 332901, Birmingham to Hereford and Worcester. BARNES recruits teenage boys from Birmingham PRUs by offering trainers and cash, then stages robberies of them to create debts. BARNES also linked to supply of a converted Baikal handgun (recovered Handsworth 03/25). Vehicles: white Mercedes A-Class WU71 LKP; hire cars via Enterprise at Digbeth. BARNES' girlfriend Chantelle OWEN holds cash at her flat, Ladywood.""",
  "AV DEC DB", "", "C", "high")
T("""The girl across the landing is only about 15 I reckon, theres different men coming up every night and a older bloke who sits in a car downstairs. Last night I heard her crying and him shouting you'll do what your told. Please someone do something, its flat 42 Mayfair House, Rotherham.""",
  "AV IT", "", "S", "high")
T("""Online adverts (Vivastreet) for "Nikki, 19, new in town" in Bournemouth. Welfare visit by Dorset Police SW liaison officer: female is a 26 yr old British woman working independently, rents her own flat, manages her own bookings and money. No concerns.""",
  "", "", "S")
T("""INT 3/B/P: Albanian male Gentian LLESHI controls Albanian girls working in "massage" at 4 addresses in Southampton. Girls were told they were coming to work in a bar. LLESHI keeps all the money, rotates the girls between addresses, and has told them their families in Albania will be harmed if they run.""",
  "DEC WW IT", "NCW", "S")
T("""Safeguarding referral from a pharmacy in Wrexham: a young woman with a heavy Romanian accent came in with a man asking for the morning after pill. He answered every question for her and would not leave her alone with the pharmacist. She had bruising on both wrists.""",
  "", "SFW PA", "S")
T("""NCA / Border Force intel: a Nigerian female (claims 18, looks younger) stopped at Manchester Airport with a return ticket and a letter inviting her to a "hair dressing course" in Stoke. She disclosed a juju ceremony in Benin City where she swore to repay £35,000 to a "madam" and not to speak to police or she would go mad and die.""",
  "AV DEC DB IT", "FA UF", "S", "high")
T("""Intel: county line "Tommy" operating in Aberystwyth. Uses the flat of a 62 year old alcoholic man on Trefechan. Dealers stay there 3-4 days at a time. The man is given cider and told to keep his mouth shut.""",
  "AV", "", "C")
T("""Intel log: Young Vietnamese male found walking on the M6 hard shoulder near Stafford at 3am, barefoot, with cuts to his hands and cannabis resin on his clothes. Said he escaped from a house where he "grew plants" and had been locked in for "a long time". Could not say where the house was. Very frightened of being sent back.""",
  "RM ISO", "RMS IS PA FA", "C")
T("""Report from a Jobcentre Plus work coach in Leicester: claimant (Slovak male, 30) came in with a man who said he was his "cousin" and translated everything. Work coach later found 7 other claims listing the same cousin's phone number as contact and the same address. Claimant looked unwell and was wearing very worn clothes.""",
  "", "SFW PA OA", "")
T("""INT 2/B/P. Woman known as "Mama Joy" runs a brothel in a terraced house in Stoke (Hanley). Nigerian women there work to pay off debts of £30-40k each. Mama Joy takes all earnings and gives each woman £20 a week for food. Women are not allowed to use phones. One woman who tried to leave was beaten with a belt by Mama Joy's son.""",
  "DB WW ISO PSV", "NCW", "S")
T("""MASH referral: 13 yr old boy in Southend found with £600 and 20 wraps of crack. Says an older boy "looks after him" and gives him money. Has been missing overnight 4 times in 2 months. Has been seen with a facial injury which he won't explain.""",
  "AV", "PA", "C", "high")
T("""Intel 3/C/M. Unconfirmed: a Polish woman in Swindon is being forced by her partner to steal from shops every day. He takes her to the shops in his car and waits outside. She is said to be terrified of him. No names.""",
  "", "ET FA", "C")
T("""The boys on the line, the olders make em go up to Kings Lynn and sit in a crack den for a week at a time, no sleep, if they lose the bag they owe for it. My son came home with cigarette burns on his arm and wont tell me who.""",
  "AV DB EO PSV", "PA", "C", "high")
T("""INT 2/B/P: The "Chinese massage" at 17a Market Place, Grantham. Two Chinese women live on the premises, sleep on the massage tables. Owner Mr LIU collects cash nightly. Neither woman has been seen outside. Sexual services offered per online reviews.""",
  "AC", "SW RMS", "S")
T("""Welfare visit notes. Premises: "Lotus Thai Massage", Cheltenham. Two Thai women working legitimately, both hold UK spousal visas, live at their own addresses, own phones. Licensed treatments only. No sexual services reported. No concerns.""")
T("""999 call 02:40: male caller, says he's 16, from Kent, been brought to a flat in Norwich, "they've took my shoes and phone so I can't go, there's a man with a machete, I'm hiding in the toilet, please come, I don't know the address, there's a Co-op opposite".""",
  "AV RM ISO IT", "RMS IS", "C", "immediate")
T("""Intel: Female sex workers in a flat at 9 Lever St, Manchester being supplied with crack by the controller Daniel OKAFOR and told they have to work off the cost of the drugs. OKAFOR also keeps their bank cards.""",
  "AV DB WW", "NCW", "S")
T("""Europol info exchange (Joint Action Day, EMPACT THB): UK referral from Spanish Policía Nacional about a Paraguayan trafficking ring moving women via Madrid to London. UK addresses in Kilburn and Wembley. Women were told they would work as nannies. Passports retained by the ring on arrival at Stansted. Women forced into prostitution in flats advertised online.""",
  "DEC RD", "DT", "S")
T("""Cuckooing, Plymouth (Devonport). Vulnerable male, 45, with mental health issues, reports that two men from Bristol moved into his flat and use it to sell drugs. They have taken his bank card and his PIP money. He is not allowed to lock his own door.""",
  "AV WW", "NCW", "C")
T("""Hotel staff training session note (Holiday Inn Reading): Staff were shown signs of sexual exploitation: young people with older adults, multiple visitors to a room, cash payments, "do not disturb" for days. No specific case reported.""")
T("""INT 3/B/P. County line "Reece" (07459 771203), London into Luton. Line run by Marcus GRANT and a 17 yr old named Tyrese. Tyrese is believed to be on bail and the line holder threatens to "set him up" if he doesn't keep working. Drugs stored in the loft of an old woman's house on Marsh Rd who is believed to have dementia.""",
  "AV IT", "", "C", "high")
T("""Intel from Border Force Coquelles: Vietnamese female, 17, found in a lorry. She says she has been in France 2 weeks in a camp at Grande-Synthe, that a man paid her passage and she must work in a nail salon in England to pay him back £20,000. She does not know the name of the salon.""",
  "AV DB", "UF", "L", "high")
T("""Sexual exploitation: A young woman, learning disabilities, living in supported housing in Hull, is being taken by a man called "Shaz" to flats where she is made to have sex with his friends. Staff say she comes back with bruises and money. She says Shaz is her boyfriend and loves her.""",
  "AV PSV DEC", "PA", "S", "high")
T("""Intel from a bank (HSBC): a 70 year old male customer in Bradford has 14 cards linked to his address in other people's names. He withdraws cash from them weekly. Enquiries show the account holders are young Slovak Roma men working for a car wash. Possible control of wages.""",
  "WW", "MBC NCW", "L")
T("""NCA intel: A UK-based Eritrean facilitator (Tesfay GEBRE) arranges small boat crossings and then places the migrants into jobs via contacts. Migrants must repay £4,000-£6,000 each from their wages. Some have been moved into cannabis grows in Essex when they could not pay.""",
  "DB", "UF", "C")
T("""Text from a member of public: "Theres two young boys about 14 selling weed out the back of the chippy on Dock St every night till midnight, the man in the white golf drops them off and picks them up. They look knackered." """,
  "AV", "CE", "C", "high")
T("""INT 2/B/P: Brothel at 31 Romford Rd, Forest Gate E7. Controllers Alina and Mihai CRISTEA. Women recruited via Facebook for "hotel work" in London. On arrival their ID cards were taken "for registration". Women must earn £500 a night or are slapped and have food withheld. CRISTEA drives them to outcalls in a black VW Golf LB70 TZO.""",
  "DEC RD PSV AC", "DT ET", "S")
T("""Case file note: British female, 19, care leaver from Wigan. Older male (31) took her in, gave her a room and then said she owed rent and had to "be nice" to his friends. He controls her Universal Credit. She is now pregnant. She has said she wants to leave but has nowhere to go.""",
  "AV DB WW PSV", "NCW", "S", "high")
T("""The man in the Audi was outside again, picking up the 12 year old from number 14 at 11pm. She comes back at 4 in the morning and her mum doesn't seem to care. It's been going on weeks, I'm really worried.""",
  "AV", "CE", "S", "high")
T("""Intel: "Spice" being sold in Lincoln city centre by homeless men who are given free drugs by a supplier called "Mo" in exchange for dealing. Mo threatens to cut off their supply.""",
  "AV IT", "", "C")
