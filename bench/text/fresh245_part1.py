# fresh245 part 1: vulnerable adults exploited (cuckooing, mate crime, forced labour for food and a bed)
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source states POI Dean HARGREAVES (46) has had his flat at 14 Brook Court, Rotherham S65 taken over by two males from Manchester who are dealing crack from the address. HARGREAVES has a learning disability and is supported by ASC. Males are said to give him cans of cider and tell him he will be 'put in hospital' if he tells his support worker. He has been seen sleeping on the landing outside his own door.",
  "AV IT", "PLC FA", "C")
T("cuckooed address suspected - vulnerable female tenant, heroin user, males coming and going all hours, she says they let her have a bag a day to keep quiet", "AV", "", "C")
T("Safeguarding referral (ASC to MASH). Mr Peter LOWE, 71, lives alone in Grimsby. Neighbour reports that a man who calls himself Peter's 'nephew' (no family on record) moved in six weeks ago. Peter now has no access to his bank card; the 'nephew' takes him to the cashpoint on pension day and keeps the money. Peter told the district nurse he is given 'a bit for the meter' and is frightened the man will put him in a home if he complains. Peter's mobile has gone 'missing'. He looks thinner and the house is cold.",
  "AV WW IT ISO", "NCW FA PA PLC IS", "")
T("Rough sleeper known to outreach, Tomasz (50s, Polish, drinks heavily), says a man picked him up at the Bull Ring and took him to a farm near Evesham. Works picking and packing from 5am till dark, 7 days. Gets food and a caravan bed but has never been paid, was told his wages go on 'rent and vodka'. No idea of the address. Wants to come back but has no money for the bus.",
  "AV WW EO ISO DB", "LH IS NCW", "L")
T("Mate crime concern. Craig (28, autism, lives in supported tenancy, Barnsley) has new 'friends' who come round daily. They've had him taking out phone contracts and catalogue credit in his name and he hands the phones over. Staff found 6 handsets' worth of agreements. Craig says they are his mates and he'd be 'on his own' without them.",
  "AV DEC", "", "C")
T("call from woman worried about her brother who has schizophrenia, says a man has moved in with him and is using the flat to sell drugs and keeps his benefits card. brother says hes not allowed to have people round now. 07712 408113",
  "AV WW RM", "NCW RMS", "C")
T("My name is Ion. In Romania I sleep on the street. A man from our town say he have work for me in England, car wash, £300 every week and house. I come on bus. He took my identity card 'for the bank'. We are eight men in two rooms above the car wash in Stoke. I work 8 in the morning to 8 at night, all days. He give me £20 sometimes. He say I owe £600 for the bus and the room and I must pay first. I cannot read English. I not know where is police station.",
  "AV DEC RD WW DB AC EO ISO", "DT OA LH UF NCW IS SW", "L")
T("GLAA intel: Lincolnshire gangmaster (unlicensed) recruiting men from Boston homeless hostel and night shelter, ppl told they'd get 'cash in hand and a room'. Room = mattresses on floor of static caravan, 9 to a van. £50 p/w deducted for transport in minibus, picked up 4am. Workers report ending week with nothing after 'rent', 'transport' and 'kit'.",
  "AV DEC WW AC", "OA PLC CT CE PPE NCW", "L")
T("Sarah (34), learning disability, known to CMHT. Boyfriend (not named) 'lets his mates sleep with her' for money and takes the cash. She thinks they are in love and he will marry her. She had bruises on both arms at her last appointment which she said was 'messing about'.",
  "AV DEC WW", "PA", "S")
T("Cuckooing, Hastings. Vulnerable male (brain injury after RTC in 2019) in council flat TN34. Line holders 'DIGGER' line have been using flat for 3 wks. Victim locked in bedroom when 'customers' come. Victim's phone taken. Housing officer attended and was told by unknown male at door that the victim 'wasn't in'.",
  "AV RM ISO", "RMS IS SFW", "C")
T("Adult social care note: Mrs Edna CROSSLEY, 88, dementia. Grandson has Lasting Power of Attorney and has been moving her pension into his own account. She is left without money for food, fridge empty on visit, wearing same cardigan for days. Grandson has also stopped the carers coming.",
  "AV WW ISO", "NCW PA IS", "")
T("2 vulnerable adults (both with mild LD) working at a takeaway in Bootle for 'food and a bed'. Sleep on the floor of the storeroom. Owner keeps their ESA. Seen by PCSO unloading deliveries at 1am.",
  "AV WW AC EO", "SW NCW LH PLC", "L")
T("Intel log 3/C/P: nominal Liam FOSTER believed to be 'looking after' a group of homeless lads in Luton and sending them out to shoplift to order from Boots and Superdrug. They get a bed in a HMO on Dunstable Rd and some gear. If they come back short they get a hiding. One lad seen with black eye yesterday.",
  "AV PSV WW", "PA", "C")
T("He say I am part of the family but I am not family. I am cleaning all house, cooking, looking the three children from 6 morning to midnight. I sleep in the kitchen on the floor. No money since two years. Madam keep my passport in her room. I am not allowed to go out alone, only to take the children to school and she watch me from the car.",
  "RD WW AC EO RM", "DT SW LH RMS PLC ET NCW", "D")
T("PCSO report: Kevin (52), alcohol dependent, has been doing building work for a local family in Wrexham 'for his keep'. He lives in a shed on their land with no heating, toilet is a bucket. Paid in cans. Says they told him nobody else would have him and he'd be back on the streets.",
  "AV WW AC IT", "PLC", "L")
T("NRM referral (Salvation Army). Client M, Vietnamese male, 17 at time of exploitation. Brought to UK in lorry, debt of £18,000 to family's lender. Locked in house in Bradford tending cannabis plants, windows boarded, food passed in once a week. Told family in Vietnam would be hurt if he left. Found during police warrant, frightened and would not speak to officers for two days.",
  "AV DB RM ISO IT AC", "UF RMS FA IS PLC", "C", "high")
T("Referral: Gemma (23), care leaver, heroin addiction. Male known as 'T' supplies her and has her selling sex from a flat in Ipswich. Adverts placed on Vivastreet by him. She says she 'owes' for the gear and can never get on top of it.",
  "AV DB", "", "S")
T("RTC witness statement incidental: driver of Transit (reg YD19 KVX) had 11 men in the back on fold-down seats, no seatbelts, dirty work clothes, all quiet. Driver said they were 'lads from the hostel' going to a warehouse in Normanton. Driver answered all questions for them.",
  "", "CE SFW", "")
T("Learning disabled man in Kettering believed to be being used to hold and move drugs for a local gang after they 'befriended' him at the day centre. He has started carrying large amounts of cash and has a second phone he says isn't his.",
  "AV DEC", "", "C")
T("Debrief of rescued victim, translated from Polish: 'I was homeless in Gdansk, a woman at the shelter said her cousin had a job in England in a factory. They paid the ticket. At Luton they took my passport and bank card. I lived in a house in Kidderminster with 14 men, two toilets. Every week my pay went into the account but the card was with Marek, he gave us £20 and a bag of food from Lidl. He said the ticket was £400 and rent £80 a week, so we always owed. When Piotr asked to leave, Marek hit him with a belt in front of us.'",
  "AV DEC RD WW DB PSV IT", "DT NCW OA UF PLC", "L")
T("Worried neighbour (Leicester): old man at no 22 has had his son's mate living with him for months, you never see the old man out anymore, curtains shut, the mate answers the door and says hes asleep every time. Lots of cars pulling up. I think hes scared of him",
  "AV ISO", "IS SFW FA", "C")
T("Case note, homeless outreach, Westminster. Client has NRPF, Eritrean, sleeping at Victoria. Said a man offered him work at a car wash in Harrow for £40 a day, he worked 3 weeks and got £60 in total. Was told the rest paid for 'the documents' the man would sort for him. Client afraid to go to police because of his status.",
  "AV DEC WW DB", "FA UF", "L")
T("Concern for welfare follow-up: Janice (45, bipolar) has been 'adopted' by a couple who have her cleaning their house and their relatives' houses every day. They collect her PIP and give her £10 a week. Her GP notes she is frightened to say anything because they say she'll be sectioned if she does.",
  "AV WW IT", "NCW FA", "D")
T("INT 2/A/P: male addicts in Blackpool being housed in a B&B on Albert Rd owned by POI Gary BLAND. Rooms shared 3-4 per room. BLAND claims housing benefit for each and sends residents out to beg at the Tower and along the prom. Takings collected at night; those who don't hand over are thrown out or assaulted. Subject aware of one resident with fractured cheekbone.",
  "AV WW PSV AC", "OA NCW PA", "C")
T("County lines - young male (16) from Croydon found in a crack house in Aberystwyth with a vulnerable adult tenant (heroin user, known to MH services). Both taken to Aberystwyth station. Boy said he was there to 'visit a mate' and would not say more. Tenant said she lets 'them boys' use the flat and gets free gear.",
  "AV", "FA", "C", "high")
T("Social worker: my client (55, acquired brain injury) has been working on a market stall in Bury for a man who picks him up at 5am and drops him at 9pm six days a week. My client thinks he is volunteering. The man holds his bank card 'for safe keeping' and his wages go into it.",
  "AV WW EO", "CE LH NCW", "L")
T("anonymous online report: there is a man who hangs round the soup kitchen on sundays in Glasgow giving the homeless guys work on a building site, he drives them there in a white van but they never get the money, one of them told me the boss said he'd grass him to the home office if he complained",
  "AV WW IT", "FA", "L")
T("MASH note: adult with Down's syndrome (Ryan, 31) reported by day centre to be spending nights at an address in Newport where older males are 'partying'. He returns with no money, says they are his friends and he 'pays for the party'. Phone calls to his mum are now blocked by the males who have his phone.",
  "AV ISO WW", "IS NCW", "")
T("Old lady at Bishop's Stortford, mid 80s, has a 'lodger' who does nothing but she's cooking and cleaning for him and his girlfriend all day and they take her pension. She told the postman she's not allowed to use the phone.",
  "AV WW ISO", "NCW IS", "D")
T("Welfare visit 23:10 hrs, Dock Rd Birkenhead, report of male locked in a garage. On arrival found Frank TAYLOR (63, Korsakoff's) inside, door padlocked from outside. He stated he lives there and 'works for Gaz' stripping cables. Cold, soiled, no food. Suspect Gareth O'NEIL arrested.",
  "AV RM AC", "RMS PLC PA", "L", "immediate")
T("Support worker concern: Mohammed (38), refugee with PTSD, given a room by a man from the mosque in exchange for 'helping out' in his shop. He's in the shop 14 hours a day and sleeps in the back. Man now says he owes £2,000 for the room and must keep working to pay it.",
  "AV WW EO DB AC", "SW LH", "L")
T("male begging at Wilko's doorway Newark daily, dropped off by car 8am collected 6pm, same car NX67 UTA, begging cup taken off him when collected. male has visible learning difficulty",
  "AV WW", "CE NCW", "C")
T("Our Lady's night shelter referral. Ana (40s, Romanian, street homeless in Slough, no recourse). A couple offered her a room if she 'helps in the house'. She ended up as a live-in cleaner and nanny for 4 months unpaid. They took her ID card to 'register her'. She left when the husband tried to get into her room at night. She now says they have threatened to report her to immigration.",
  "AV DEC WW RD IT", "DT FA", "D")
T("Cuckoo - Flat 3, 28 Harbour St, Whitby YO21. Tenant 'Stevie' (heroin dependent, LD) sleeping in the hallway, 3 Merseyside males occupying. Recent DV-style injuries to tenant (split lip). Tenant said 'they're alright, they just get a bit mad'.",
  "AV PSV", "PA PLC", "C")
T("My son is 24 and has ADHD and is easily led. He's been going to a 'job' with a guy from the gym doing roofing. He's been doing it 4 months, out from 6 till 8 most days, and he's had £150 total. The guy says he's 'training' him so doesn't get proper pay yet and has charged him for a harness and boots out of what he was owed.",
  "AV WW EO", "LH PPE", "L")
T("INT 3/B/P: source reports a man in Oldham keeps a group of Slovak men with alcohol problems in a house on Ashton Rd and 'rents them out' to construction firms. He takes their wages and feeds them vodka so they stay dependent. They are picked up in a silver Sprinter at 5.30am.",
  "AV WW", "OA NCW CE", "L")
T("Nightshift ASB complaint becomes welfare concern: flat on Tyne estate where 'people always coming in and out'. On attendance, occupant Linda (57, MH) says her nephew's friends use her kitchen 'for their business' and she has to stay in her room while they're there.",
  "AV RM", "RMS", "C")
T("Police National Database note: victim is a 45-year-old man with a learning disability who was kept in a converted chicken shed in Kent for 9 years, working on tarmac gangs for the family who lured him away from a soup kitchen. He was given one meal a day, his head was shaved, he was beaten if he tried to leave. Family took his benefits.",
  "AV DEC RM PSV AC WW", "PLC PA RMS NCW", "L")
T("Safeguarding adult (Care Act s42) - Mr Brian WHITE, 66, alcohol dependent. His 'friend' Julie moved in, controls his money, and has friends over who take his food. She has told him she'll 'put him on the street' if he tells anyone. Brian says he's lonely and doesn't want her to go.",
  "AV WW IT", "NCW", "")
T("teenage girl in care (15) from Stockport going missing with older men in a grey Audi, comes back with new phone and drunk, told staff she 'has to' go to parties to pay back what she owes them",
  "AV DB", "", "S", "high")
T("Man living in a tent behind the Co-op in Truro was taken in by a local builder to 'help out'. Works on the builder's sites and at his house, gets a meal and a room in the builder's outbuilding. Told he'll be paid when the job finishes; the job never finishes. He's been there 18 months. No wages at all.",
  "AV DEC WW", "", "L")
T("Translated account (Tigrinya): 'The lady from the church said she will help me with papers. I live in her house. I clean, I cook, I take care of her mother who is very sick. Every day, every night. She says I cannot go outside because the police will catch me and send me back. She has my papers from the Home Office. She never pays me. I sleep in the mother's room on the floor to help her in the night.'",
  "AV DEC RM IT RD WW EO", "RMS FA DT LH", "D")
T("Hi I work in a Costa in Southend and there's a guy who comes in every day with a different older woman, they look confused and he gets them to give him their card and pin at the counter. I think he's their carer but it's weird, he's used about 4 different cards this week",
  "AV WW", "MBC NCW", "")
T("Housing officer, Swindon: tenant with learning disability reports she has to give her flat keys to her 'boyfriend' who brings men round. She says she has sex with them because he tells her it's how she pays him back for the TV and sofa he got her.",
  "AV DB", "", "S")
T("INT 2/B/P. Two vulnerable adults (one with schizophrenia, one with LD) are being used as money mules by POI Shane BURKE. BURKE had them open accounts at Barclays and Nationwide, he holds the cards and PINs and uses them for proceeds of drug supply. They receive £20 each time.",
  "AV WW", "NCW MBC", "C")
T("PCSO patrol, Bradford city centre: rough sleeper reports being approached nightly by men offering 'a bed and £50 a day' to work in a cannabis grow in Keighley. He said friends who went were 'locked in' and haven't come back.",
  "AV DEC RM", "RMS", "C")
T("Case note 14/03: Colin (62, early dementia) has been giving all his money to a woman he met on a dating site who says she is in Ghana and needs money for her visa. He has now been asked to receive money into his account and send it on. I've advised him this is money laundering. He is scared of losing her.",
  "AV DEC", "", "C")
T("Lodger situation Sunderland - landlord lets rooms only to men coming out of prison or rehab, takes their UC housing element direct, and has them working for his removal firm for nothing. If they don't work, he says, he'll tell their probation officer they've been using.",
  "AV WW IT", "NCW", "L")
T("Referral from A&E (Leeds General): female, 29, presented with burns to hands. States she works in a kitchen for 'family friends' who let her live with them. She has no bank account and no phone, does not know her home address, speaks little English. The man who brought her in insisted on translating and would not leave her side.",
  "AV ISO AC", "PA IS SFW ET", "L")
T("A man with alcohol problems (Steve, 58) does odd jobs for the pub landlord in exchange for a room upstairs and his meals, and a bit of cash. He says it suits him and he comes and goes as he pleases.",
  "", "", "")
T("Sheltered housing manager: one resident, 79, has been visited by a 'gardener' who has now charged her £11,000 for work that wasn't done and returns to demand more, sometimes staying for hours. She's terrified of him and won't answer her door to anyone now.",
  "AV IT", "FA IS", "")
T("Two adults with LD missing from supported living in Wigan, last seen getting into a black BMW with a man they called 'Uncle Rob'. Staff believe they are being taken to run drugs in Blackburn. Missing 6 hrs. Phones off.",
  "AV", "", "C", "immediate")
T("Victim statement extract: 'After I got out of prison I had nowhere. Barry said come and stay at mine. Then I was doing his deliveries, taking parcels to people, I knew it was gear. He said I owed him for my room and my food and if I stopped he'd say it was mine and I'd go back inside. He had my phone and did all my texts to my probation officer.'",
  "AV DB IT ISO", "IS", "C")
T("Outreach note: male rough sleeper in Cardiff, Lithuanian, heavy drinker, said he used to work for a man in a 'factory' where he lived in the yard in a shipping container, 12 hour days. Left after he was punched for asking about money. Wasn't paid for 5 weeks.",
  "AV AC PSV WW EO", "SW PLC LH", "L")
T("woman on benefits in Scunthorpe is being made to pick up parcels from the post office for a local family, she has a learning disability and they give her fags for it, they also make her hold money in her account",
  "AV", "", "C")
T("Concern: elderly male (Harold, 91) in Weston-super-Mare. His live-in 'carer' (cash-in-hand, no agency) has him sign cheques, has stopped his daughter visiting and keeps the house phone unplugged. Harold told GP he 'doesn't want to be any trouble'.",
  "AV ISO WW", "IS NCW", "")
T("Debrief: 'I am from Albania. I was sleeping in the park in Tirana after my father threw me out. A man said he has job in London, bar work, good money. In London they put me in a flat and said I must work in cannabis house to pay €20,000 for the journey. They hit me when plants died. I was 19.'",
  "AV DEC DB PSV", "UF", "C")
T("Safeguarding adults board case review summary: 'Mr A', 40s, mild learning disability, groomed via befriending by a local family who moved him into their home, had him claim benefits payable to them, and made him do all their manual labour and childcare. He was found with untreated injuries and malnourished, weighing 48kg. He had no contact with his sister for 3 years as the family told her he had moved abroad.",
  "AV DEC WW ISO AC", "PA NCW IS", "D L C")
T("Call handler log 02:14: caller (female, slurring) says she's being kept in a flat in Walsall by her 'boyfriend' who is making her do 'business' with men. She says the door is locked and he's asleep. Caller doesn't know the address, thinks near Palfrey Park. Line cut.",
  "RM ISO", "RMS IS", "S", "immediate")
T("HMO on Heathfield Rd, Handsworth: landlord houses men from the street and from Romanian Roma community, some have mental health problems. Each pays £90 p/w out of wages from a recycling plant the landlord also supplies them to. Workers say they've never seen a payslip and are given 'pocket money' on Fridays.",
  "AV WW", "OA NCW", "L")
T("Day centre staff noticed Jamal (LD, 26) now wears the same clothes every day, has lost weight and has cuts on his knuckles. He's been staying with 'new friends' in Moss Side who have him 'minding stuff' for them. He said if he leaves they'll 'come for his mum'.",
  "AV IT", "PA", "C")
T("INT 4/C/P (uncorroborated): man who runs a recovery house in Margate allegedly gets residents to do unpaid labour on his properties as part of their 'programme'.",
  "AV WW", "", "L")
T("Statement of Mrs J PATEL (support worker): 'Daniel has autism and was living in his own flat. A man called Lee started visiting. Within a month Daniel's flat had four people sleeping there, there were needles in the bathroom, and Daniel was sleeping in the bath. Daniel told me Lee said he wasn't allowed to go to the day centre any more. His door had a new lock and Daniel didn't have a key.'",
  "AV RM AC ISO", "OA PLC RMS IS", "C")
E1 = E
