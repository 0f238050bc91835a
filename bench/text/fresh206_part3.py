def add(T):
    T("""NCA / MSOIC UNIT - NATIONAL WEEKLY PICTURE - FULL ENTRY
Force: Greater Manchester Police
Op: TALLOW
Summary: On 24/11 officers executed a warrant at a textile unit in Cheetham Hill following a GLAA referral. 23 workers were present, mostly Pakistani and Bangladeshi men who had entered on student or visitor visas and overstayed. Workers described 12-hour shifts, six days a week, at £2.50 an hour cash. A mezzanine above the cutting floor had been fitted with bunk beds for 14 men and a single toilet. The owner, RASHID, Imran, holds a folder of the workers' passports in his office, which was recovered. Several workers said RASHID told them that if they left he would 'call Home Office' and they would be 'locked up and sent back'. Two men said they had paid a 'fixer' in Lahore £6,000 to get the job and still owe half of it to RASHID. All workers were offered reception centre places via the Salvation Army; 9 accepted. RASHID charged with s.2 MSA and held in custody. Notes: workers very fearful of police initially and gave rehearsed answers until interpreters attended.""",
      "EO WW AC RD IT DB AV", "LH SW OA DT FA UF", "L")
    T("Item - Durham: Darlington, neighbour dispute about parking between two HMO landlords. No concerns.")
    T("its not right theres a lad at the car wash on the A38 he looks about 14 and hes there every day even school days no gloves hands all red and he sleeps in the portacabin i seen him. the boss shouts at him all the time",
      "AV AC", "SW PA", "L", "high")
    T("Item - Met: Heathrow, Border Force stopped a man travelling with 3 young Nigerian women on the same booking, he had their passports and all three gave identical accounts of 'visiting an aunt'. Coached answers. Women referred, man arrested for s.2.",
      "RD", "DT FA SFW", "S")
    T("Thames Valley - Milton Keynes: 16yo Albanian UASC says in his own words: 'I work in car wash for the man, he give me nothing, he say I owe for the journey and he know my family in Albania. I sleep in the room at the back. I am afraid.' Social worker present.",
      "AV WW DB IT", "SW FA UF", "L", "high")
    T("Drugs - Kent: Operation VENTURE, a 2-tonne cocaine importation in a banana container at London Gateway. 6 arrests. Importation only, no MS angle.")
    T("Item - Leicestershire: Loughborough, girl 17 from Romania working in a 'massage parlour'. She says she chose the work, has her own room elsewhere, keeps her earnings but pays the owner £40 a shift for the room. Under 18 so treated as a child at risk; CSE referral made.",
      "AV", "", "S", "high")
    T("Lincs: Boston HMO - fire service found 17 people in a house, 2 mattresses in the bath. Residents said they all work at the same factory and the house is 'from the agency'. Rent taken from wages. No-one had a written tenancy.",
      "AC WW", "OA PLC NCW", "L")
    T("Item - Avon & Somerset: Taunton, a UK-national man (58) with alcohol dependency found living in a caravan on a traveller site, working laying tarmac for 'a bed and cider'. He says he has tried to leave but was brought back and slapped. Officers attended with the MSHT team.",
      "AV WW PSV RM AC", "PLC RMS", "L")
    T("Victim statement (extract): 'When I got off the plane the woman took my passport, she said it was for the job papers. I never got it back. I worked in the house from 6 in the morning to 11 at night, cleaning, cooking, the children. They paid my mother £100 each month in Manila, I never got a penny here. I slept in the laundry room. I was not allowed to have a phone. When the madam was angry she pulled my hair.'",
      "RD EO WW AC ISO PSV", "DT LH NCW SW IS", "D")
    T("Item - Northumbria: Newcastle, immigration crime - sham marriage ring, 12 arrests. Brides paid and willing participants. No trafficking.")
    T("Call handler log: caller (male, broken English) says he works at a farm near Evesham 'boss keep my passport, no pay 2 month, I want go home'. Location approx given. Caller scared, asks not to tell the boss. Passed to West Mercia MSHT team.",
      "RD WW", "DT FA", "L")
    T("Derbyshire: Chesterfield, report that a man is collecting 8 or so Roma men from a street each morning in a minibus at 5:30. Checks: the men work for a reputable agency at a warehouse, the minibus is the agency's free shuttle, and they are paid into their own accounts. No further concerns.",
      "", "CE", "")
    T("NCA digest - Met (Ealing): Indian domestic worker who came with a diplomat's household. Says she has not been paid in 2 years, was told she would 'disappear' if she complained, and has not been outside alone since she arrived. Diplomatic immunity issues; FCDO engaged.",
      "WW IT RM", "RMS", "D")
    T("Item - South Wales: Cardiff, NRM for a 24yo Welsh man with autism who was befriended online and used to open bank accounts and receive money for a fraud network. He was given £50 each time and told he would be 'sorted out' if he went to the bank.",
      "AV IT", "", "C")
    T("West Yorkshire - a caller reports a 'slave house' in Dewsbury because she sees men leave early and come back late. Enquiries: the men work shifts at a bakery, rent privately, and several have families at the address. Unfounded.")
    T("Item - Cumbria: Kendal - Chinese takeaway worker, 55, 'has been there forever', works 7 days, sleeps upstairs. Owner says he is a partner in the business. Worker, through an interpreter, says he has not been paid since 2019 and the owner has his passport. He cannot read English and does not know the address of the shop.",
      "WW EO RD ISO", "SW LH DT IS", "L")
    T("Item - Met (Brent): report of ATM activity, female repeatedly withdrawing using 12 cards belonging to Romanian men registered at two addresses in Wembley; on stop she said she was 'helping her cousins'. Cousins later said she has their cards and PINs since the first week of work.",
      "WW", "MBC NCW", "L")
    T("Small boats summary: 1,243 arrivals this week, 22 boats. Dover and Manston screening identified 7 potential victims of trafficking, all referred. Remainder: no indicators disclosed.")
    T("Staffordshire - Tamworth: 15yo boy stopped on a train to Aberystwyth with £600 and a phone that keeps ringing. Says he's 'visiting a mate'. Mum reported him missing 2 days ago. Known to be associated with a county line.",
      "AV", "FA", "C", "high")
    T("NCA: HMRC intel - a hand car wash chain across Essex and Hertfordshire is paying below NMW and running payroll through phoenix companies. No reports of coercion; workers are long-term residents with their own accounts. Referred to HMRC NMW team.",
      "WW", "", "")
    T("Item - Warwickshire: Rugby. A man reports his ex-partner has taken his passport during a custody dispute. Family court matter. Not MS.")
    T("Case note - MS navigator, Hull: R (Vietnamese, 19) engaged today. Described being kept in a house in Goole for 6 months, 'the door always locked', food passed through. 'They hit me with a stick when plants die.' Says he still owes £25k. Very anxious about police; wants to stay in safe house.",
      "RM PSV DB", "RMS FA UF", "C")
    T("South Yorkshire - Doncaster: 'he said if I didn't sell he'd put my little brother in hospital'. 17yo male, arrested with crack cocaine in Grimsby. NRM completed, S45 considered.",
      "AV IT", "", "C", "high")
    T("Item - Police Scotland: Glasgow, 'lover boy' case - a Romanian man brought his 'girlfriend' (20) to Scotland promising marriage, then posted her on a sex site and took all the money. She was hit when she tried to call her sister. Her phone was then taken.",
      "DEC WW PSV ISO", "NCW IS", "S")
    T("Drugs - Met: Lambeth, cannabis factory in a flat above a shop. No people present. Electricity bypass. Enquiries ongoing.")
    T("Item - Hampshire (Basingstoke): agency staff at a logistics warehouse complain they are told to buy boots and hi-vis from the agency at £60, deducted from first pay. Agency says it's optional; workers say they were told they 'can't start without it'. GLAA informed. No other indicators.",
      "WW", "PPE", "L")
    T("Northamptonshire: Kettering, an Eritrean family's 19yo son says a 'friend' offered him work in a car wash in Luton and he would have a 'good house'. He ended up sleeping on the floor of a flat with 9 men and hasn't been paid in a month. His cousin came and got him. Wants no police involvement.",
      "DEC WW AC", "OA PLC FA", "L")
    T("Item - West Midlands: Dudley, a report from a foodbank volunteer: Polish man (60s) comes in every week in the same clothes, very thin, says his 'landlord' takes his pension card and gives him £10 a week. Lives in a room with 4 others.",
      "WW AV", "PA NCW OA", "")
    T("NCA weekly - one-liners: (a) Essex, 3 Vietnamese children found in a lorry at Thurrock, placed in care, one missing within 48 hours; (b) Met, 2 Chinese women in a flat in Soho, controlled prostitution, one arrest; (c) Lincs, GLAA licence revoked for a gangmaster over pay deductions.",
      "AV WW", "", "S L", "immediate")
    T("Item - Norfolk: Norwich, an elderly man with dementia has had 'lodgers' move in who take his pension and make him sleep in the box room. Adult safeguarding referral. Financial abuse rather than labour, but they also make him wash their clothes and cook.",
      "AV WW AC", "NCW", "D")
    T("Dorset - Poole: night-time boat race at the quay, reports of 'people smuggling'. Turned out to be a tourist RIB trip. No offences.")
    T("Item - Cleveland: Stockton, father (UK) reported his 17yo daughter's 'boyfriend' (31) has been taking her to parties in Leeds where she's 'given' to other men. She says she loves him. Phone has messages from unknown numbers asking her 'price'.",
      "AV DEC", "", "S", "high")
    T("MSOIC note: reminder that an adult who sells sex on her own terms is not a victim. This week Essex reported one such case in Colchester which was correctly closed. Please ensure exploitation is identified before NRM referral.")
    T("Item - Merseyside: Southport, taxi driver reported two young women in his cab who said 'we have to give all the money to Ricardo or he breaks our fingers'. Drop-off at a hotel. Officers located them; one has a splint on her hand.",
      "IT WW PSV", "PA NCW", "S")
    T("Item - Met (Hillingdon): baggage handler at Heathrow arrested for smuggling cocaine for an OCG, paid £5k a bag. No coercion, no debt, no threats described; acted for money.")
    T("Lancashire - Burnley: a referral from a GP. Patient (Pakistani female, 26) brought by her mother-in-law who answered all questions. Later alone, she said she does all housework for 11 people, is locked in when the family go out and isn't allowed to phone her parents in Mirpur.",
      "RM ISO", "SFW RMS IS", "D")
    T("Item - Dyfed-Powys: Milford Haven, a crew member on a Latvian tanker has been paid correctly; his complaint was about food quality. ITF confirmed no other concerns.")
    T("Cambs - 3/C/P: Source hearsay that a Lithuanian couple in Wisbech keep 'about 10' workers in their house and take their money. No further detail. For development.",
      "WW", "OA", "L")
    T("Item - BTP: Manchester Piccadilly, 14yo girl with a 30yo man travelling to London, man bought her ticket and she had no phone. Man said he is her uncle. She's reported missing from care in Rochdale. Both detained.",
      "AV ISO", "ET IS", "S", "immediate")
    T("Item - Essex: Harlow, UK national with learning difficulties found begging at a station; says a man drops him off and picks him up and 'looks after' the money. The man is his brother-in-law. Adult safeguarding and police joint visit planned.",
      "AV WW", "ET NCW", "C")
    T("Debrief (Arabic interpreter): 'I pay the smuggler in Calais, 2,000 euro, he put me in lorry. In England nobody wait for me. I go to police myself.' No exploitation identified. Asylum.")
    T("Item - Kent: Canterbury, Albanian male at a car wash, he told GLAA 'I am okay, the boss is good, I have my passport at home, I can go anytime'. However he also said he works 8am to 8pm 7 days a week and has not had a day off since May.",
      "EO", "LH", "L")
    T("Item - West Yorkshire: Wakefield, 'cuckooing' of a 67yo man with COPD by a Leeds line; he is made to stay in his bedroom while they use the living room to bag up, and was pushed over when he objected. Neighbours report visitors all night.",
      "AV RM PSV", "RMS", "C")
    T("HMRC/NCA: VAT carousel fraud in mobile phones, £42m. 4 UK businessmen charged. Not MS.")
    T("Item - Thames Valley: Oxford, a 20yo Vietnamese woman in a nail bar says she cannot leave because the owner 'brought her' and she has to pay £30,000. She doesn't know the town's name. She is paid nothing; she sleeps in the shop's kitchen. Her belongings fit in a plastic bag.",
      "DB WW RM ISO AC", "UF NCW IS SW RMS FPE", "L")
