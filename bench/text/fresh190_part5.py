# fresh190 part 5: long OCG entries, first-person, public reports, mixed
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("""ROCU (TARIAN) intelligence summary, Op COPPERBEECH, 5x5x5 2/B/P throughout unless shown.
1. Drugs: The REES/JENKINS OCG supplies cocaine and cannabis across Newport, Cwmbran and Pontypool. Bulk deliveries arrive from Merseyside every 10 days in a white Vauxhall Vivaro (CY70 RJK). Stash: garage at rear of 19 Alma St, Newport.
2. Firearms: Intelligence (3/C/M) that Craig JENKINS has access to a shotgun kept at an allotment shed in Bettws.
3. Finance: Cash laundered via a tanning salon and a taxi firm (Valley Cars). Nathan REES bought a £68k Porsche Macan with cash through a third party.
4. Exploitation: REES uses at least three local 14-16 year olds to deliver drugs by e-bike; one boy (16) was beaten with a bat in October for losing a package and told he now owes £1,500. The boys are given phones that REES monitors and they are told not to speak to their families about it.
5. Associates: Kirsty MORGAN (REES' partner), phones 07812 337450, 07399 218866.""",
  "AV PSV DB ISO", "IS", "C", "high")
T("""NCA Threat Desk — daily intelligence digest (extract).
(a) Border Force Purfleet: 14kg heroin in a consignment of tiles from Turkey. No arrests.
(b) Europol: Dutch and Belgian police dismantled a synthetic drug lab at Baarle-Nassau; UK phone numbers found in seized handsets are being exploited.
(c) Modern slavery: Lincolnshire Police rescued 7 Lithuanian men from a farm near Sleaford. The men were kept in a barn without heating or water, were told they owed €1,500 each for transport and "lodging", and had their ID cards taken by the gangmaster Vytautas MAZEIKA, who has been arrested. The men were collected at 5am and worked until dark in the fields.
(d) Fraud: HMRC repayment fraud using stolen identities of care home residents; £1.4m lost.""",
  "AC DB RD", "PLC DT CE", "L")
T("""Intelligence report (Border Force, Hull): Ferry from Rotterdam, 06:15. A minibus (NL reg V-882-XP) with 8 Polish passengers was stopped. Driver Tomasz NOWAK said they were all going to work at a meat factory in Scunthorpe. All passengers held their own ID. But when officers spoke to them separately, four said they had each paid NOWAK €400 for the job and the seat, and that they would live in a house NOWAK owns and pay him rent from wages. NOWAK became aggressive and tried to answer for them. Passed to GLAA.""",
  "", "UF CT OA SFW", "L")
T("""Long-running intelligence file on "the Lakeside lot" (Thurrock) — summary for the new DS.
The family (Paddy and Jimmy CONNORS, their cousins the DOHERTYs) run tarmac and driveway firms across Essex and Kent. Most of their income is legitimate or at worst cash-in-hand tax evasion. There have been three allegations over ten years that they used vulnerable men (homeless, alcoholic, one with a learning disability) as labourers, paid them with food and drink, kept them in a caravan on the site in Grays and beat them when they tried to leave. One man, "Scottie", told a charity in 2024 he had been with them for 8 years and had never been paid. No convictions. Separately: stolen plant machinery (two JCB diggers recovered at their yard 2025), and an unlicensed shotgun seized from Jimmy CONNORS' car in 2023.""",
  "AV WW AC PSV RM", "PLC", "L")
T("""Hello my name is Oleksandr. I was promised job in greenhouse in Herefordshire with good money. Agent in Kharkiv take €600 from me. When I arrive, the boss take my passport "for the tax". We live 10 men in one house. Every day we start 5 in the morning, finish 9 at night. He take £70 each week for the house and £20 for the bus. After 2 months I get only £150. When I ask for more he say I am lazy and if I complain he call immigration. I do not know English and I do not know where is police.""",
  "DEC RD EO WW IT ISO", "UF DT OA LH CT FA", "L")
T("""Barclays financial intelligence referral: Customer Vasile TOMA (Romanian, 44) holds 2 personal accounts. In the last 3 months, 31 debit cards in other people's names have been used at ATMs near his address in Wellingborough, with CCTV showing TOMA making the withdrawals. The card holders all receive wages from "Midshire Foods". TOMA is also registered as the landlord of two houses where 20 of the cardholders are registered.""",
  "WW", "MBC NCW OA", "L")
T("""Email from a manager at a recycling plant, Stoke: "One of our agency lads (Marian) turned up with a black eye and a limp and said the man who brings them in the van did it because he wanted to stop paying £80 a week to him. Marian has asked us to pay him directly. The agency says it's nothing to do with them." """,
  "PSV WW", "PA CT", "L")
T("""999 call 03:12: woman says her friend, a Filipina maid, just rang her from a house in Mayfair, the family have beaten her and locked her in the laundry room and she can't get out. Friend gave the address as 8 Upper Grosvenor St (tbc). Officers en route.""",
  "PSV RM", "RMS", "D", "immediate")
T("""Intelligence: Chinese nationals in a nail bar / massage parlour in Aberdeen. Owner Mrs ZHANG collects them from a flat each morning and drives them back at night. Girls have no money of their own; Mrs ZHANG "looks after" their pay and says they owe her for the flights. They cannot speak English and the owner always speaks for them when customers ask anything.""",
  "WW DB ISO", "ET NCW SFW UF", "L")
T("""Partner intel, Romanian Police liaison officer (via NCA ILO Bucharest): A Romanian mother reports her 17 yr old daughter went to the UK with a boyfriend (Cosmin PETRE, 26) who promised marriage. She last heard from her daughter 3 weeks ago, crying, saying she wants to come home but PETRE has her ID card and won't let her. PETRE's UK phone 07723 901556. Last known address Bradford.""",
  "AV DEC RD RM", "DT RMS", "S", "immediate")
T("""honestly i dont know who to tell, the man on our street has 3 women living with him from abroad and they clean his house and the houses of his mates all day for nothing, he shouts at them in the garden and one of them had her arm in a sling. they never go out without him""",
  "WW PSV RM", "PA ET RMS", "D")
T("""Case review note: Victim, Albanian male 18, cannabis gardener at a house in Bolton. Says he was told he would work in a pizza shop. He was locked in with the plants for 3 months, only let out once, and the men who brought food took his phone. He was told he owed £20,000 and that if he ran they would kill his sister in Durres. NRM positive reasonable grounds decision.""",
  "DEC RM ISO DB IT AV", "RMS IS", "C")
T("""Intel 3/B/P: Man known as "Jimmy the Fixer" in Boston (Lincs) arranges jobs and rooms for newly arrived Bulgarians for a £250 fee each, then takes a cut of £30 a week from their wages via their bank cards which he keeps in a shoebox.""",
  "WW", "UF NCW MBC", "L")
T("""Observations at 44 Cranbrook Rd, Ilford: Between 06:00 and 06:30, 9 males came out and boarded a grey Mercedes Vito (LN20 OBV). Each handed the driver money before getting in. Several were wearing the same clothes as on the previous day's obs. Vehicle followed to a building site in Stratford.""",
  "", "CE CT OA PA", "L")
T("""MSHT Unit briefing note: Sexual exploitation of Brazilian women in Portsmouth and Southampton. Women were told they would work as dancers; on arrival their passports were taken and they were told they owed £15,000 for flights and visas. They are moved every fortnight, are not told where they are and do not have phones. Controllers: Rafael SOUZA (07402 555781) and an unknown white British male who drives a silver Lexus RX (HX72 DMW).""",
  "DEC RD DB ISO", "DT IS UF", "S")
T("""Housing officer, Tower Hamlets: inspection of a flat above a restaurant on Brick Lane. 11 men living there in bunk beds, all kitchen staff for the restaurant downstairs. No fire door, black mould, single cooker. Men said they are paid £250 a week for 72-hour weeks and the owner keeps £80 a week for the bed.""",
  "AC EO WW", "OA PLC LH", "L")
T("""Child Q, 12, from Coventry, picked up by British Transport Police at Milton Keynes station at 1am with £300 and a phone that kept ringing. Wouldn't say anything, kept saying "I can't talk, they'll know". Believed to be running drugs on a line.""",
  "AV", "FA", "C", "high")
T("""My cousin went to work for a family in Ilford as a cleaner and nanny. She never has a day off, she sleeps with the baby, they don't pay her, they say they send the money to her husband in Sri Lanka but he has received nothing. She can only ring us when they are out. Please help her.""",
  "EO WW ISO", "LH NCW IS", "D")
T("""NCA ILO Hanoi via NCA: UK-bound Vietnamese nationals are being charged $25,000-$40,000 by smuggling networks. Those who cannot pay in advance agree to work in UK cannabis farms or nail bars until the debt is cleared; families in Vietnam are visited by debt collectors if payments stop.""",
  "DB IT AV", "UF", "C")
T("""Intelligence: a British man (Gordon, 58) with learning difficulties has been living in a shed at a farm near Skipton for years, doing the farm work. The farmer gives him cigarettes and food and keeps his benefit card. Gordon rarely leaves the farm and doesn't have a phone.""",
  "AV WW AC ISO", "PLC NCW IS SW", "L")
T("""Request for information from Police Scotland: A Latvian male was found dead in a caravan at a fish processing site in Peterhead. Colleagues say he had been working 14 hour shifts and sleeping on site. His passport was found in the site manager's office with those of 12 other workers.""",
  "EO AC RD", "LH SW DT", "L")
T("""Girls at the nail bar look no older than 15, they're there on a school day. The older woman takes them home in her car. They never talk and look down when you speak to them.""",
  "AV", "ET FA", "L", "high")
T("""Intel: Domestic servitude in a diplomatic household, Knightsbridge. Housekeeper from Ethiopia, 30. Works 18-hour days, eats leftovers, sleeps on the kitchen floor, her passport is in the employer's safe. FCDO informed re diplomatic immunity.""",
  "EO AC RD", "LH SW DT", "D")
T("""ROCU intel — GLAA joint assessment. Subject company: "QuickPick Agency Ltd" (director Dimitar PETROV). Supplies pickers and packers to 6 farms in Cambridgeshire. Workers recruited in Bulgaria by PETROV's brother with promises of £400 a week. In the UK they receive £120-£180 after deductions for rent (8 to a house in March, Cambs), transport, "admin" and a £60 charge for boots and gloves. Workers who complain are moved to worse houses or told they will be "sent back with nothing". PETROV's vehicles: Ford Tourneo AV19 XFD, BMW 520d AK21 PPO. Bank: all workers' pay goes into a business account, then distributed in cash.""",
  "DEC WW IT", "OA CT PPE NCW", "L")
T("""Translated statement (Tigrinya): "In Libya they sold me to a man. When I came to England the man's friend said I must work for him washing cars, no money, until I pay $7,000. He keeps my paper from the Home Office. I sleep in the back of the car wash with four others. If I talk to anyone he says he will send a photo of me to the Home Office and they will send me back." """,
  "DB WW RD AC IT AV", "SW DT FA", "L")
T("""Call handler log 0914: Caller from Barnstaple says her daughter (16) has been going out with a man of 24 who buys her things. Now he is saying she owes him for the phone and gifts and wants her to "be nice to his mates". Caller has seen messages. Daughter currently at school.""",
  "AV DB", "", "S", "high")
T("""INT 3/B/P. Vietnamese female believed to be working in a nail bar in Peterlee; she arrives with no bag, no coat, and a man collects her. Source says she lives in the shop's back room with nothing but a mattress and a carrier bag of clothes.""",
  "", "ET SW FPE", "L")
T("""Hospital A&E, Leicester Royal: male (Sudanese, 23) with crush injury to hand from a machine at a clothing factory. No gloves or guards. Brought in by a man who said he was his "manager" and tried to take him away before treatment was done.""",
  "AC", "PA SFW", "L")
T("""Intel 2/B/P: Large-scale benefit fraud in Derby. Slovak Roma families brought to the UK by an OCG which opens bank accounts for them, registers them for Universal Credit and child benefit, and then keeps the cards. Each family gets about £50 a week; the OCG keeps the rest. Families are told they owe the OCG for travel and houses. Lead nominal: Milan BALOG.""",
  "WW DB AV", "NCW", "C")
T("""INT 3/C/P: Vietnamese teenager working at a car wash in Slough... Wait, correction: Further enquiries show he is 21, a student at a college in Reading with his own accommodation, works there part time on weekends and is paid via payroll. No concerns. Previous entry to be read with this update.""")
T("""Public report (Modern Slavery Helpline): "The farm near Pershore have eastern europeans living in containers. One told me in broken English that they are not allowed in the town, the boss brings their food. When I asked his name a man came over and told him to go back to work." """,
  "RM AC", "RMS PLC SFW", "L")
T("""Case note: she says she was not held against her will. But she says they took her phone "to stop her talking to her ex", and she doesn't know anybody here, has no friends, no idea of the address. She cleans for the family 14 hours a day.""",
  "ISO EO", "IS LH", "D")
T("""NCA Intel: Organ trafficking. A UK-based recruiter posting in Facebook groups for Afghan migrants in the UK, offering £10,000 to travel to Pakistan to "donate" a kidney. Linked to a clinic in Lahore. Two UK residents are believed to have gone; one has not returned.""",
  "AV DEC", "", "O", "high")
T("""Referral (local authority adult social care, Norfolk): "Pete", 46, learning disability, was found working on a pig farm near Swaffham, unpaid, for 5 years. He lived in a caravan with no electricity. The farmer's wife collected his benefits. Pete said "I'm not allowed to go into town, they say I'll get lost" and that the farmer hits him when he's slow.""",
  "AV WW AC RM PSV", "PLC NCW RMS", "L")
T("""He said they were going to kill him tonight because he'd told the manager about the boss hitting the lads. He's hiding in the toilets at Leeds station right now and is scared to come out.""",
  "IT PSV", "FA", "L", "immediate")
T("""INT 2/B/P: Gangmaster Ilie BUCUR holds the passports of 11 Romanian workers in the glovebox of his car (Audi A4 KX66 RWT). He tells them it's to make sure they don't "disappear" before paying back the £500 each for the flights.""",
  "RD DB", "DT UF", "L")
T("""welfare check on the girl at the takeaway — she says she's 19, works for her uncle, has her own phone and money. Officer happy. However she did say she sleeps on the floor of the storeroom, which is being referred to environmental health.""",
  "AC", "SW", "")
T("""Intel: Hand car wash in Southend run by Kurdish male ARDALAN. Workers aged 17-20, say they work 9am-7pm seven days a week for £25 a day. ARDALAN takes £50 a week from each for "the room" in his flat where 8 sleep. One worker was slapped by ARDALAN in front of customers.""",
  "AV EO WW PSV", "LH OA", "L", "high")
T("""Border Force Gatwick: UK national, Deborah ADAMS, 51, returning from Lagos with 3 Nigerian girls aged 14-16 on visit visas, claiming they are nieces coming for a holiday. Girls' stories rehearsed and identical. Information held that ADAMS previously brought 2 other girls who now work in her home and her friend's home in Peckham as cleaners and nannies without pay.""",
  "AV WW", "FA", "D", "high")
T("""Firearms and drugs: Intelligence that the MAGUIRE OCG (Manchester) has taken over the flat of a vulnerable young woman in Wythenshawe to store a handgun and 2kg cocaine. She is addicted to crack and is given drugs for letting them use it; they threaten to "hurt her kid" if she grasses.""",
  "AV IT", "", "C", "high")
T("""A care worker in Norwich on a health and care visa: "My sponsor gives me 15 hours one week, 60 hours the next. I can't change jobs because they said the visa will be cancelled and I have to pay £5,000 for 'training' if I leave. I paid £10,000 in India to get this job." """,
  "DB IT AV", "UF", "L")
T("""Europol (EMPACT) report: Czech police arrested a man who supplied Czech and Slovak workers to a UK logistics company and kept their salaries; workers were paid €100 a month, told UK law meant wages must first go through him, and housed 14 in a 3-bed in Corby.""",
  "DEC WW", "OA NCW", "L")
T("""Nothing to suggest exploitation: the Polish men at the sawmill in Brechin live in their own rented flats, drive themselves to work and are in the union. The complaint came from a rival firm.""")
T("""Outreach worker: woman selling sex on the street in Ipswich told us she doesn't have a pimp and works for herself. Later in the conversation she said her "boyfriend" takes all the money and gives her crack, and that she's scared of what he'd do if she stopped.""",
  "AV WW", "NCW FA", "S")
T("""IP, a Thai lady, was brought to the UK by her husband and made to work in his restaurant and the family house without pay. She says he slaps her, keeps her passport in the safe and doesn't let her go out alone. She doesn't speak English and has no friends here.""",
  "WW PSV RD RM ISO", "DT RMS IS", "D")
T("""Caller (neighbour) says a young boy (about 10) is being made to sell cigarettes and vapes door to door in Small Heath late at night by a man in a Vauxhall Astra. He looks scared.""",
  "AV", "FA", "C", "high")
T("""Europol: Lithuanian OCG sending men to UK to work in construction. Men are told to open bank accounts with a "helper" who then keeps the cards. UK address: 88 Windmill Lane, Smethwick. At least 30 bank cards found there in a previous police search.""",
  "WW", "MBC NCW", "L")
T("""INT 2/B/P. Nominal Robert "Bobby" LAMB (dob 03/03/1981), Paisley, supplying etizolam street Valium in bulk to dealers in Glasgow and Ayrshire. Pill press believed to be at an industrial unit in Linwood.""")
T("""Intel: Organised shoplifting by adult males from Leeds targeting Co-op stores for meat and alcohol, sold on to pubs. Offenders are heroin users doing it for themselves; no controller identified.""")
T("""Transplant unit, Birmingham QE: a man from Kuwait travelled here for a kidney transplant with his brother as the donor. Everything arranged privately through the hospital with HTA approval. Nursing staff queried why the brother spoke little English; interpreter confirmed he is a willing donor and a genuine sibling.""")
T("""Call log: Man in Grimsby says his employer at a fish factory makes him work 12-hour shifts on the filleting line. Asked if he's paid: yes, overtime rates. Asked if he can leave: "course I can, I just don't want to lose the money". Advised on working time rules.""")
T("""INT 3/B/P. A Toyota Hilux stolen from a farm near Brecon is being used by a poaching gang with lurcher dogs across Powys. Registration changed to CU17 VRT.""")
T("""Intel: Gym owner in Barnsley selling anabolic steroids and HGH. Supplied by a Polish importer. No other criminality.""")
T("""Police 101: a resident in Kirkcaldy says a van full of men turns up at 6am every day across the road. Enquiries: it's a scaffolding firm's crew picking up their colleague who lives there. Nothing suspicious.""")
T("""Action Fraud report: Pensioner in Torquay scammed out of £12,000 by rogue traders who claimed her roof needed urgent work. Traders: two males, white Ford Ranger. They are local and not believed to be working under anyone's control.""")
T("""We looked into whether the girls at the salon were having their wages kept. They weren't: each has a Monzo account in her own name and showed us her payslips.""")
T("""INT 2/B/P: Marcus DOYLE, 27, holding an Glock-type pistol for the "Northside" group in Bristol at a flat in Lawrence Weston. DOYLE is an adult member of the group and is paid for storing it.""")
T("""Hypothetical risk only: the council asked us whether the new seasonal workers camp at the asparagus farm could be a trafficking risk. No workers there yet; planning stage.""")
T("""Intel: Illegal money lender ("loan shark") in Merthyr, Sharon DAVIES, lends £100 and demands £200 back in a week, holds borrowers' bank cards as security. Borrowers are local residents, some on benefits. Passed to the Wales Illegal Money Lending Unit.""",
  "", "MBC", "")
T("""He was a chef in Bradford for 4 years and says he was never paid properly: the owner, his cousin, gave him £100 a week and said the rest was for his visa. He was not allowed to take a day off and worked 12 hours a day. He says he did not know he could complain.""",
  "WW EO AV", "LH", "L")
T("""Intel 3/B/P: Car wash on Leeds Rd, Huddersfield. The owner picks the workers up from a house in Dewsbury at 7am and takes them back after 8pm. He drives them everywhere, even to the shop. Staff said they can't go anywhere on their own.""",
  "RM", "CE ET RMS", "L")
T("""Girl, 16, found in a hotel room in Stoke with two adult men. She had been missing from Wolverhampton for 3 days. She said she was given drugs and made to have sex with "friends" of one of the men.""",
  "AV PSV", "", "S", "high")
T("""Translated account (Vietnamese): "The men told my family I would study in England. In England they put me in a house with many plants. I never go outside. I don't know the name of the city. The man who brings rice says if I leave, my mother will have to pay for me." """,
  "DEC RM ISO IT DB", "RMS IS", "C")
T("""ROCU daily log entry: (1) Burglary of a gun shop in Kidderminster — 4 shotguns taken. (2) Drug seizure in Redditch — 3kg cannabis, 1 arrest. (3) Modern slavery intel: a Romanian woman working at a laundry in Worcester told staff at a food bank that her boss takes her wages to pay "her debts" and won't let her have her ID card back. (4) Fraud: fake HMRC calls to elderly in Malvern.""",
  "WW DB RD", "DT NCW", "L")
T("""My husband's brother is coming from Bangladesh to donate his kidney to my husband at the Royal London. We are worried people will think it's illegal. It is all through the NHS.""")
T("""Info from a refuge: woman (Bulgarian, 38) was brought to England by her partner to work in a factory and hand over all her pay to him. He beat her and kept her ID. She escaped with her children. She is now safe at the refuge.""",
  "WW PSV RD", "NCW DT", "L")
T("""INT 4/C/M. Punters' forum chatter about a new "agency" in Cardiff Bay with girls "fresh from Romania" who "don't speak a word of English and do what they're told". Unverified.""",
  "", "", "S")
T("""Officer note: the brothers said they come and go as they please and nobody keeps their money. However the older brother admitted the boss "looks after" their passports, which they have not seen since they arrived.""",
  "RD", "DT", "")
T("""Vehicle check ANPR hit: white Vauxhall Movano OU16 YHJ linked to a labour exploitation investigation in Bedfordshire. Seen northbound M1 J14 at 04:52 with several occupants.""",
  "", "CE", "L")
T("""IP can't read or write and says the boss does all her "paperwork". Boss uses her benefits and gives her food. She calls him her "boss" but he never paid her anything for cleaning his three houses.""",
  "AV WW", "NCW", "D")
T("""Public: the men at the scrapyard in Aston sleep in an old bus on the site and theres no water. they look thin and dirty. the owner shouts at them and one of them told me he hasnt been home to Romania for 4 years because he owes.""",
  "AC DB", "SW PLC PA", "L")
T("""All he had was a plastic bag with a toothbrush and a spare t-shirt. Said the rest of his stuff is "with the boss" along with his ID.""",
  "RD", "FPE DT", "")
T("""GLAA: pickers at the Evesham site are charged £15 a week for "tool hire" (knives and crates) and had to buy their own wellies and waterproofs from the supervisor at double the shop price.""",
  "WW", "PPE", "L")
T("""The lads turned up with nothing, no luggage, not even a toothbrush, and the man who brought them did all the talking to the site manager.""",
  "", "FPE SFW", "")
T("""Nurse at the walk-in centre: patient came in with a chemical burn, said he cleans offices at night for a contractor, no gloves given, and was docked £20 from his pay for the goggles he broke.""",
  "AC WW", "PPE PA", "L")
T("""NCA National Assessments Centre — briefing for regional MSHT leads (extract, OFFICIAL-SENSITIVE).
Theme 1: Drugs. Cocaine purity at street level remains high; supply into coastal towns continues to be through county lines run from London, Liverpool and Birmingham. Forces report an increase in the use of hire cars and e-bikes.
Theme 2: Firearms. Converted blank-firers remain the most common recovered weapon, followed by reactivated weapons and 3D-printed parts.
Theme 3: Fraud. Romance and investment fraud losses continue to rise; many mule accounts belong to students recruited through social media.
Theme 4: Modern slavery. In the last quarter, NRM referrals from police in the South East included a cluster of Indian and Nepali care workers who had paid £8,000-£15,000 to agents for sponsorship and who were then told by their employers that they owed further "visa costs" which are being taken from their wages each month. In several cases the employer has kept the workers' passports and BRPs. Workers said they were afraid to complain because they were told they would be reported to the Home Office and deported.
Theme 5: Organised immigration crime. Small boat arrivals continue; Vietnamese nationals increasingly arrive by this route.""",
  "DB WW RD IT AV", "UF DT FA", "L")
T("""Intelligence report — Border Force National Intelligence Hub. Subject: repeat passenger Ana-Maria CONSTANTIN (RO, dob 21/08/1990). CONSTANTIN has travelled from Bucharest to Luton 11 times this year, each time with 1-3 young women (ages 18-21) whose return tickets are never used. On the last occasion (12/11) BF officers spoke to the two women with her separately. Both said they were coming for a job in a "hotel" in Slough that CONSTANTIN had found for them, that she had paid for their flights and that they would pay her back from their wages. Neither knew the name of the hotel or where they would live. CONSTANTIN had both of their ID cards in her handbag and said she was "looking after" them. She became agitated when officers spoke to the women without her. The women were allowed entry and given leaflets. CONSTANTIN's UK phone: 07466 230981. Thames Valley Police intelligence shows the same number on adult services adverts in Slough and Maidenhead.""",
  "DEC DB RD", "DT UF SFW", "S")
T("""Romanian male (Florin, 33), debrief by GLAA with interpreter, summary. Florin answered a Facebook advert in Romanian for work in a bakery in the UK, £2,000 a month and a free room. He paid 1,500 lei for the bus. On arrival in Leicester a man called "Nelu" met him and took his ID card "to register him". He was taken to a house where 14 men lived in 4 rooms, and the next day to a sandwich factory in Wigston, not a bakery. He worked 12-hour night shifts 6 nights a week. His first payslip showed £1,100, but his bank card had been given to Nelu when the account was opened and Nelu gave him £50. Nelu said the rest went on rent, transport, food and "the debt" for bringing him over. When he asked for his card back, Nelu said that the police in the UK arrest Romanians who make trouble. He left after 5 months when a co-worker gave him the number of the helpline. Florin does not know the address of the house but can show where it is.""",
  "DEC RD EO WW DB IT AC", "UF DT OA LH NCW FA", "L")
T("""Case note (local authority, children's services, Kent): Child R, 15, Vietnamese, UASC, went missing from his foster placement in Ashford 3 weeks ago. Before going missing he told his social worker that men had been phoning him and that he had to go to "work" to pay for his journey. He had received a new phone. Police found him yesterday at a cannabis grow in a house in Sittingbourne, sleeping on a mattress in a room full of plants, the windows covered with foil. He said he was not allowed out of the house and that food was brought by a man in a car. He had a rash on his arms from the chemicals. He is now back in placement with a 2:1 staffing plan. Strategy meeting held; NRM referral made; Kent Police investigating. Risk: very high risk of going missing again.""",
  "AV DB RM AC", "SW RMS PLC PA", "C", "high")
T("""Intelligence report, Europol liaison bureau via NCA. Spanish Guardia Civil dismantled a network in Almería that recruited Moroccan and Senegalese farm workers with promises of contracts in the UK fruit sector. Workers paid €2,000-€4,000 each. The network's UK contact is believed to be a Moroccan national living in Kent, Youssef EL AMRANI, who runs a small labour supply company, Garden of England Staffing Ltd. Spanish intercepts suggest EL AMRANI kept workers' passports once they arrived, housed them in overcrowded static caravans on farms near Sittingbourne, and paid them about half the legal minimum. Phone 07403 882117. The Spanish authorities request UK checks on the company, the phone and the farms. NCA will share with Kent Police and GLAA; a joint investigation team may be proposed.""",
  "DEC RD WW AC", "UF DT OA", "L")
