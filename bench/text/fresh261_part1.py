E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. POI Arben KOCI runs the hand car wash on Cricklade Rd SN2. Workers (approx 6, Albanian) live above the unit and are not paid, KOCI keeps all takings.",
  "WW AC", "SW OA NCW", "L")
T("caller says theres lads sleeping in the back of the car wash on a mattress no heating, been like it weeks", "AC", "SW PLC", "L")
T("Neighbour reports noise from party at 14 Beech Close. No other concerns.")
T("IP states he paid £3,000 to an agent in Bucharest for a job at a packing factory, on arrival was told he now owes £6,000 and must work it off. Debt goes up every week for rent.",
  "DEC DB", "UF", "L")
T("Nail bar on High St Luton - girl looks about 15, doesnt speak English, an older man speaks for her every time. Think shes never let out on her own.",
  "AV RM", "SFW RMS", "L", "high")
T("Concern for welfare, elderly male not seen for 3 days. Officers attended, male safe and well, had been at his daughters.")
T("Victim account (translated): 'They took my passport at the airport, said it is for safe keeping. I ask many times, they say when debt is finished.'",
  "RD DB", "DT", "L")
T("POI uses 4 different bank cards at Tesco ATM Hockley every Friday night, withdrawing max each time. Believed to belong to workers at a meat plant.",
  "WW", "MBC NCW", "L")
T("Salvation Army referral: female, 34, Nigerian, brought to UK to be a nanny for a family in Ilford. Works 6am to midnight, sleeps on the kitchen floor, never paid. Family hold her passport.",
  "DEC EO AC WW RD", "LH SW DT", "D")
T("Shoplifting from Boots, male detained by security, items recovered. Male known to police, no vulnerabilities identified.")
T("Shes not allowed out the house without him, he waits outside the shop when she goes in", "RM", "RMS ET", "")
T("She's a nurse, does 12 hr shifts 4 on 4 off, loves it, no issues — just asking about parking permit for the flat.")
T("Minibus picks up about 12 men from 42 Alma Road at 4.30am every day and brings them back after 10pm. They all look knackered.",
  "EO", "CE OA LH PA", "L")
T("INT 3/C/P. Source states ROMANOV charges each worker £50 p/w for the van to the farm and £20 for hi-vis and boots, taken from wages.",
  "WW", "CT PPE", "L")
T("Boy, 14, found in trap house in Bournemouth, Merseyside phone number. Says he owes 'Big Man' £800 for drugs that were robbed off him.",
  "AV DB", "", "C", "high")
T("Passport check at lettings agent, tenant showed her own passport, no issues.")
T("Woman at bus stop crying said her boss hits her and she cant leave the house were she cleans. Didnt want police. Gave leaflet.",
  "PSV RM", "RMS FA", "D")
T("Debrief: 'I work in the kitchen every day, no day off for eight month. He say if I go police they send me back to Vietnam.'",
  "EO IT", "LH FA", "L")
T("Cannabis farm found at 3 Mill Lane, Vietnamese male 17 locked inside, windows boarded, food pushed through door.",
  "AV RM AC", "RMS PLC", "L C", "high")
T("Concerns girl (16) going missing with older males, returns with new phone and clothes, picked up in different cars outside school.",
  "AV", "", "S", "high")
T("CHILD MISSING NOW - 13yo last seen getting into black Audi with known county lines nominee, believed heading to Exeter.",
  "AV", "", "C", "immediate")
T("Caller at 23:10: 'Theres a woman screaming in the flat upstairs, a man is saying hes going to kill her if she dont go with the customer.' Units dispatched.",
  "IT", "", "S", "immediate")
T("Landlord with 9 tenants in HMO, all on individual ASTs, licence in date. Licensing officer satisfied, no concerns.")
T("IP does not have access to his bank account, gangmaster holds card and PIN. Gets £40 cash a week.",
  "WW", "NCW", "L")
T("fella at the recycling place works every day im sure of it even xmas day and lives in a caravan on site no water", "EO AC", "LH SW PLC", "L")
T("He told me in Poland job is 9 pound hour and house with own room. I come and is 12 men in one house and they pay me 100 pound week only.",
  "DEC WW AC", "OA", "L")
T("Female stated she was free to leave at any time, holds her own ID and is paid into her own account. No indicators of exploitation.")
T("Nom SHEHU is believed to be moving girls between AirBnBs in Leeds and Bradford and advertising them on AdultWork. Girls are not allowed to keep any money.",
  "WW", "NCW", "S")
T("Referral from GP: patient presented with bruising to face and arms, accompanied by 'cousin' who insisted on translating and would not leave the room.",
  "", "PA SFW", "")
T("Vietnamese female at nail bar Fore St, scared when police came in, ran to back. Owner said she's his niece, no English.",
  "", "FA", "")
T("INT 2/A/P. DUMITRU collects ~15 workers' bank cards and withdraws wages himself every payday at the Santander on Corporation St.",
  "WW", "MBC NCW", "L")
T("Man says his phone was taken off him by the boss on day one and he has not spoken to his wife in Romania since March.",
  "ISO", "IS", "L")
T("Welfare check at farm, seasonal workers on SAWS-type visas, own caravans, payslips seen, hours within WTR. No concerns noted by GLAA.")
T("Child (15) told teacher 'my uncle says if I tell anyone he will hurt my mum back home'. Child does all housework and doesn't attend school most days.",
  "AV IT", "", "D", "high")
T("dunno if this is anything but theres a house on my road with loads of foreign men in it, like 15, vans come at 5am", "", "OA CE", "")
T("Victim states she was told she would be working in a hotel in London. On arrival she was taken to a flat and forced to have sex with men for money.",
  "DEC PSV", "", "S")
T("He can't read or write and they've got him doing driveways for nothing, living in a shed at the back of their yard. Been there years.",
  "AV WW AC", "PLC", "L")
T("Asked about documents, IP said 'boss has it, all of ours'.", "RD", "DT", "")
T("Call handler log: caller reports male with bleeding head outside Polish shop, states 'the gaffer' beat him for asking for his money.",
  "PSV WW", "PA", "L")
T("INT 4/C/S. Unconfirmed that KHAN brothers are keeping 'house girls' at Moss Side address, no further detail.",
  "", "", "D")
T("Dispute between two builders over unpaid invoice £2,400, civil matter, advised small claims.")
T("Case note: Client stated he has 'no debt to anyone' and was never asked for money for the job. He keeps his own passport. Main issue is housing.")
T("Worker says the supervisor told them if anyone talks to the inspectors they will be 'finished' and their families in Lithuania will know.",
  "IT", "FA", "L")
T("Man living in tent behind takeaway, works there 14 hrs a day for food and £10.",
  "EO WW AC", "LH PLC", "L")
T("Hey I think my sister is trapped. she went to work for a family in Dubai now they moved her to London and she messages me at night only, they took her phone in day. she says she cant go out.",
  "ISO RM", "IS RMS", "D")
T("Officer note: female at brothel on Station Rd, appears malnourished, same clothes as last visit, wouldn't speak in front of the maid.",
  "", "PA FA", "S")
T("Kidney transplant patient at QE, donor is her brother. Routine safeguarding question answered, no concerns.")
T("INT 3/B/P. Source reports MEHMETI offering cash to Albanian migrants for 'selling a kidney' in Turkey, at least two have travelled.",
  "AV", "", "O")
T("Begging male outside Sainsburys is dropped off every morning by a man in a silver Transit and picked up at 7pm, takes his cash off him.",
  "WW", "CE NCW", "C")
T("Student came in to report lost passport, it was actually in her desk drawer, found and closed.")
T("They lock the gate at night so we can't go out, they say it's for safety but the key is only with Marek.",
  "RM", "RMS", "L")
T("Client was told the £400 'registration fee' would be returned from first wage. It was not and she is now being charged £80 a week rent from a £200 wage.",
  "DEC WW DB", "UF", "L")
T("Care home worker on sponsored visa says the sponsor deducts £500 a month 'visa debt' and threatens to report her to Home Office if she complains.",
  "WW DB IT", "FA", "L")
T("Neighbour complaint, 8 people living in 2 bed flat, all students, on tenancy, council HMO team informed for overcrowding only.")
T("Boy approx 16 selling cannabis at skate park, says he does it for himself. No evidence of grooming or being directed. Words of advice.")
T("Received via Crimestoppers: male called 'Tomi' keeps Romanian women in flats above shops in Slough and makes them work as prostitutes. Takes all their money.",
  "WW", "NCW", "S")
T("Female arrested for cannabis cultivation, states she was brought to UK in lorry, told to 'water the plants' and never allowed to leave the house. Referred to NRM.",
  "RM", "RMS", "C")
T("RTC on M6 J10, minibus with 14 agricultural workers, minor injuries. All workers employed via licensed gangmaster, hours and pay checked — fine.")
T("The man who brings us says we need to pay him 30 pound every day for car to the warehouse, so many days we get nothing after.",
  "WW", "CT", "L")
T("HMRC referral: 37 workers' wages paid into 3 bank accounts, all controlled by one company director.",
  "WW", "NCW MBC", "L")
T("She cooks cleans and looks after 4 kids, sleeps on the sofa, they said they'd pay her but she hasn't seen a penny since she came from Ghana last year",
  "DEC WW AC", "", "D")
T("INT 2/B/P. HOXHA threatened to burn the family home in Kukës if the worker ran away from the cannabis grow in Wolverhampton.",
  "IT", "", "C")
T("IP has scars on his arms and a broken finger that never set. Says it was 'from work', would not say more.",
  "", "PA FA", "")
T("not being funny but that lad at the kebab shop is there 8am when I go to work and still there at 2am and hes only about 16", "EO AV", "LH", "L", "high")
T("Client said: 'I can go wherever I want, nobody stops me. I just don't have much money.' No concerns.")
T("Female in van at layby on A1 appeared frightened, male driver answered all questions, said she was his wife. Details taken.",
  "", "FA SFW", "")
T("Victim disclosed she had been raped by the man who brought her from Albania and was then advertised online for sex.",
  "PSV", "", "S")
T("Workers at packing shed have no gloves or masks, handling chemicals, 2 have burns on hands. Manager refuses PPE.",
  "AC", "PA", "L")
T("Referral from Barnardo's: boy 15 groomed via Snapchat, given free cannabis then told he owes £500 and must run drugs to Cornwall to pay it.",
  "AV DEC DB", "", "C", "high")
T("Nothing to report, routine visit to Mr Patel's farm shop, all staff on payroll.")
T("The girls never leave the flat, a man brings food once a day, windows covered.",
  "RM", "RMS IS", "")
T("POI FARAH is known to take the passports of newly arrived Somali women 'for the Home Office application' and not give them back.",
  "RD DEC", "DT", "")
T("Man beaten with a bat after refusing to go on another drug run, now in Southmead. States he owed the dealers for a lost package.",
  "PSV DB", "PA", "C")
T("Can I check if it's legal for my employer to keep my passport while HR copies it? They gave it back same day.")
T("bin men said theres people living in the industrial unit at Cannock, mattresses everywhere and a portaloo", "AC", "SW PLC OA", "")
T("Worker says he has worked 7 days a week for 3 months, no breaks, told 'if you stop you don't eat'.",
  "EO AC IT", "LH", "L")
T("Woman at food bank has no possessions, just a carrier bag, says she escaped a house where she was made to clean for no money.",
  "WW", "FPE", "D")
T("ANPR hit on vehicle KX19 PLO, driver SULEJMANI known for transporting females to brothels in Birmingham.",
  "", "ET", "S")
T("Officer attended re domestic between husband and wife, both British, verbal only. No children present. DASH standard.")
T("INT 3/B/P. Workers at Ashgrove Recycling are made to pay £150 on arrival for 'boots and a jacket', deducted from first two weeks pay.",
  "WW", "PPE UF", "L")
T("He said if I try to leave he will tell immigration I am illegal and they put me in prison.",
  "IT", "FA", "")
T("Girl 14 found in hotel room in Stockport with two adult men, says she 'met them online'. Hotel staff raised concern.",
  "AV", "", "S", "high")
T("Man selling the Big Issue said he has no family, lives in hostel, happy, has vendor badge. No concerns.")
T("A couple of Chinese women work in the back of the takeaway and sleep upstairs, I never see them go out ever, its been 2 years",
  "", "SW IS RMS", "")
T("Case note 12/03: SU reports controller 'Dado' took his ID card and phone, kept him in a flat in Walsall for 6 weeks selling crack.",
  "RD ISO RM", "DT IS RMS", "C")
T("Warehouse agency worker, works 60 hrs a week by choice for overtime money, paid correctly, has own bank account. Asking about holiday entitlement.")
T("Victim says the 'boyfriend' told her they'd get married in England, instead he made her sleep with his friends.",
  "DEC", "", "S")
T("INT 2/B/P. KOWALSKI houses 20 Polish workers in a 3-bed house on Grange Rd, takes £70 p/w each from their pay for rent.",
  "WW AC", "OA", "L")
T("I think my neighbour's cleaner is not ok. she looks so thin and tired and they shout at her all day. she told me quietly she wants to go home but they have her passport",
  "RD", "PA DT", "D")
T("Anonymous: men working on roofing job on Church Lane have no harnesses, no hats, boss from Manchester pays them cash £20 a day",
  "AC WW", "", "L")
T("Male in custody for fraud states he was forced to open bank accounts and hand over cards to a gang who said they would hurt his sister.",
  "IT", "NCW", "C")
T("Husband and wife run B&B, daughter helps at weekends and is paid. Inspection found nothing of concern.")
T("IP (learning disability) found living in outbuilding at a traveller site, works on tarmac crews, says he 'gets his dinners' but no wages.",
  "AV WW AC", "PLC", "L")
T("Lad on bike keeps delivering to the flats, about 12, told my son he has to do it or 'they'll shank him'.",
  "AV IT", "", "C", "high")
T("Victim escaped from flat by climbing out of window, states she had been locked in for two weeks. Injuries to ankle from fall.",
  "RM", "RMS PA", "")
T("Taxi firm reports regular bookings from same male taking different young women to hotels near airport, male pays, women don't speak.",
  "", "ET SFW", "S")
T("Community officer: met 3 men at the car wash on Union St, all said they are paid properly and live with family. Nothing further.")
T("He dont let us talk to nobody, we cant go shop alone, he take all money we make from the fields",
  "ISO RM WW", "IS RMS NCW", "L")
T("Report from Border Force Dover: female 19, travelling with older male who holds both passports and tickets, she did not know the address where she would stay.",
  "RD", "DT IS SFW", "")
T("Missing from home report, 15yo returned after 2 nights, won't say where, has new trainers and £200 cash, a 'friend' paid for her train from Nottingham.",
  "AV", "", "", "high")
