# fresh267 part 7
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P - STRICTLY RESTRICTED. POI KUCI, Ermal (28) believed to have 4 Albanian females working as maids/cleaners at 'Diamond Spa', Stockton, who are also made to see clients when the 'girls' are busy. Females live in the spa loft. Source says KUCI holds the females' ID cards and takes all cash at close.",
  "RD WW", "DT NCW SW", "S D")
T("Pub landlord in Keswick has a couple of seasonal bar staff living in. Both from Aussie on working holiday visas, paid properly, love it. Neighbour complained about noise. No concerns.", "", "", "")
T("A girl at my daughters school (year 8) is being picked up by grown men in different cars at the gates she says they are her cousins she has new trainers every week. my daughter says she takes stuff to houses for them",
  "AV", "ET", "C", "high")
T("NRM: Mr B (Ethiopian, 17) - age disputed. Worked in a car wash in Barking 'for food'. On Fridays the owner made him drive stolen cars to a garage in Dagenham. Owner kept his phone. Slept in the car wash office. Hit with a hose pipe when he washed a car badly.",
  "AV WW ISO PSV", "SW IS PA", "L C", "high")
T("Op note: raid at a 'massage' premises in Coventry found one female who says she is the cleaner and is paid £50 a week, she lives on site, can't leave because the boss 'has her papers', and is occasionally made to service clients when short-staffed.",
  "RD WW RM", "DT SW RMS", "D S")
T("ALERT: Missing child JAYDEN FOX (14), Tower Hamlets, believed to have been taken to Norwich by line holders this morning. Phone located at a trap address on the Larkman estate at 11:00. Known to have been threatened over a debt. Urgent.",
  "AV IT DB", "", "C", "immediate")
T("Stabbing at a flat in Colchester linked to county lines. Victim (adult) is a dealer in his own right, says he was robbed by rivals. No indicators of exploitation.", "", "", "")
T("Student (20, Nottingham) says she was approached on campus to 'model'. Now the 'agent' is booking her with men in hotels, says she owes £3,000 for the photoshoot and will post the pictures on her uni page if she stops.",
  "DEC DB IT", "UF", "S")
T("Fostering social worker: UASC (15, Albanian) placed in Kent went missing; reappeared 3 weeks later with new clothes and cash, said he'd been 'working in a car wash in Birmingham and a house with plants'. He says a man took him and told him he owes money for the boat.",
  "AV DB", "UF", "L C", "high")
T("Woman from Lithuania working on a cleaning contract at Heathrow, lives in a house with 11 others controlled by the supervisor's husband. She is taken to work at 3am and back at 6pm in the husband's van, £7 a day. She says the husband comes into the women's rooms at night and 'does what he wants'.",
  "PSV EO WW", "OA CE CT LH", "L")
T("PSNI intel: Romanian women being brought into NI via Dublin to work in a car wash in Newry by day and a brothel in Belfast at weekends. Women moved in one black Skoda, documents held by the driver.",
  "RD", "ET DT", "L S")
T("No-one told us we'd be living in a tent in a field. They said a house. £250 for the 'bed'.", "DEC AC", "PLC UF", "L")
T("Vietnamese lady in the nail bar had a bruise round her eye, the manager said she fell. She didn't look at me.", "", "PA FA", "")
T("My husband's cousin brought me here to look after his children, he said I would go to school. I never go to school. I cook and clean all day and he does not let me call my mother.",
  "DEC ISO AV", "IS", "D")
T("Visiting officer: this woman (Ghanaian, 50s) works as a cleaner at a church, lives in church accommodation, pays no rent and gets paid. Happy. Referral came from someone who misread the situation.", "", "", "")
T("Caller is a delivery driver - saw a man chained by his ankle in a back yard at a farm near Spilsby this morning, he was splitting logs. Driver was told to leave.",
  "RM AC", "RMS", "L", "immediate")
T("Woman sent to the UK to work for a family in Birmingham; agent in Sylhet said £400 a month. She gets nothing. Works 18 hours. Sleeps under the stairs.",
  "DEC WW EO AC", "LH SW", "D")
T("Young lads from Liverpool running lines into Aberystwyth, staying at a flat belonging to a woman who lets them in for drugs. Lads are 15-16. One was slashed in the face last month by the line boss for 'mugging him off'.",
  "AV PSV", "PA", "C", "high")
T("Factory in Leicester: garment workers paid £4 an hour, forced to clock out and keep working. Manager says to the inspectors 'they are happy, they're family'. Workers would not speak in front of him.",
  "WW EO", "FA SFW LH", "L")
T("Suspected organ trafficking: intel that an OCG in London is recruiting young men from Moldova with promise of building work and then taking them to a clinic abroad to 'sell' a kidney to pay the travel debt.",
  "DEC DB AV", "UF", "O")
T("Intel: male known as 'Doc' in Leicester is arranging for poor families from Gujarat to sell kidneys to UK-based patients. One female donor was told if she backed out her family's loan would be called in and her husband beaten.",
  "AV IT DB", "", "O")
T("Transplant coordinator: a patient asked whether he could pay a 'friend' from abroad to donate a kidney. Advised this is illegal under the HTA. No donor identified, no further action needed.", "", "", "")
T("Spoke to the Polish lad at the carwash in Cleethorpes - he says he's getting paid properly and lives with his girlfriend. Boss is his brother-in-law. So probably nothing.", "", "", "")
T("3 Roma children (approx 10-12) seen begging outside Sainsbury's, Nottingham, on school days, with an adult male watching from across the road who takes the money every hour.",
  "AV WW", "NCW", "C", "high")
T("Nottingham begging: family were Romanian parents with their own kids, not in school, begging together, keeping own money. Referred to education welfare; not trafficking.", "", "", "")
T("County lines holder using a 17 year old girl's flat in Hereford as a base, she is being paid in cannabis and was forced to have sex with one of the lads who said she owed him.",
  "AV PSV DB", "", "C S", "high")
T("Email from environmental health: HMO in Luton visited, licensed for 6, 5 tenants, all have own tenancies and various jobs. Minor fire door issue.", "", "", "")
