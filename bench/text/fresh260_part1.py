# fresh260 part 1: labour exploitation on the coast (car washes, farms, hotels, care, ports, fishing)
def add(T):
    T("INT 2/B/P. Hand car wash, Millbrook Rd East, Southampton SO15. Source states 6-7 Romanian males working there 0700-2100 seven days, no gloves, hands cracked from chemicals. Workers paid £20 a day cash by POI Florin MARIN who keeps the rest. Workers live above the unit.",
      "WW AC EO", "LH NCW SW OA PA", "L")
    T("car wash lads on the A27 at Portslade look shattered, same blokes every day from like 7am till dark, never see them have a break",
      "EO AC", "LH", "L")
    T("Referral from Salvation Army (MSVCC). PV is a 34 yr old Albanian male recruited in Tirana via Facebook with promise of £1,500 per month on a building site in Portsmouth. On arrival told he owed £4,000 for travel and the flat. Paid nothing for 5 months, 'everything goes to the debt'. Debt has gone up because he is charged £100 per week rent and for food. Passport taken 'for safekeeping' by the gangmaster, known only as 'Arben'. Lived with 9 others in a 3 bed house in Fratton. PV states he was told if he went to police, his sister in Albania 'would pay'. He escaped when the van left him at a site in Cosham and he walked into the station.",
      "DEC DB WW RD IT AC", "UF DT OA NCW", "L")
    T("Caller from Isle of Wight says farm workers near Newport picking strawberries are brought in white Transit before 5am and taken back after 9pm. Says they dont speak English and a man does all the talking for them. Reg possibly HN67 XKD.",
      "EO", "CE LH SFW", "L")
    T("GLAA inspection, packhouse, Chichester area. Labour provider deducting £85 p/w for caravan accommodation and £15 p/w transport from workers' pay. 14 workers in 3 static caravans, one with no working toilet. Several workers stated they had paid £300 'registration' to an agent in Bulgaria. Licence holder cooperative. Referred for licensing review.",
      "WW AC", "CT OA PLC UF", "L")
    T("Nail bar, London Road Brighton. Two Vietnamese females aged approx 17-19 observed during licensing visit. Manager answered all questions on their behalf and said they were 'nieces'. Both appeared frightened, would not make eye contact. Upstairs room had mattresses on the floor and their belongings in carrier bags. Referred to children's services and NRM consideration.",
      "AV AC", "SFW FA SW FPE PLC", "L", "high")
    T("My name is Dorin. I come to England for work in hotel, the man in Romania say good money £9 per hour and room. Here I clean rooms in hotel in Bournemouth, 12 hour, 13 hour every day. Money go to his account, he give me £50 for week. He say I have debt for bus ticket and I must work more. I not have day off in two month.",
      "DEC WW DB EO", "NCW LH UF", "L")
    T("Care home, Eastbourne. Whistleblower (staff member) reports that several carers from Zimbabwe on sponsored visas are being made to work 70-80 hours a week, are charged £8,000 by the home's director for the certificate of sponsorship, and have been told that if they leave the home will report them to the Home Office and they will be deported. One carer's BRP is kept in the office safe.",
      "EO IT RD AV", "LH UF DT FA", "L")
    T("Ring from a member of public. Says there's a man sleeping in the back of the takeaway in Commercial Road Portsmouth, seen him through the back door on a mattress next to the fryers. Always working when she goes in, whatever time. Thinks he's foreign and scared.",
      "AC EO", "SW LH FA", "L")
    T("Border Force, Portsmouth International Port. Minibus stopped off the Caen ferry, 11 Ukrainian nationals destined for a mushroom farm in Hampshire. Driver held all their passports and work documents in a folder. Workers say they each paid 700 euros to an agency for the job and transport. No other concerns raised at this time.",
      "RD", "DT UF ET", "L")
    T("Labour exploitation suspected at a sandwich factory in Havant. Workers are dropped off by the same silver Sharan at 0530 and collected after 2000, £10 each way taken out of their wages for the lift, and hi-vis and boots charged at £40. Bank cards for all the workers are held by the driver, who withdraws their pay.",
      "WW EO", "CE CT PPE NCW LH MBC", "L")
    T("Case note 14/03. Client (R) disclosed that at the farm in West Sussex the 'boss' would shout and push the workers if they were slow, and once hit him with a crate. He has a scar on his forearm from this. Housed in a caravan with 6 others with no heating. Wages were always 'short' and he was fined £50 for breaking a tray.",
      "PSV AC WW DB", "PA OA PLC", "L")
    T("Hotel housekeeping staff at a seafront hotel in Hastings are supplied by an agency. Source says the Polish and Lithuanian girls are paid per room not per hour, work from 7 until everything is done, and have been told by the agency boss 'you talk to anyone, you're finished here and back home'.",
      "EO IT", "LH", "L")
    T("POI Kamil NOWAK believed to be controlling 20+ Eastern European workers in the Basingstoke area. Recruits men from Poland with offers of warehouse work, houses them at 3 addresses (Winton Sq, Churchill Way, Oakridge), takes their bank cards and pays them £40 a week 'pocket money'. Workers who complain are beaten. INT 2/B/P.",
      "DEC WW PSV", "OA NCW MBC", "L")
    T("the lads at the building site in Southsea are living in the portacabins on site, i've seen washing hanging up and one of them told me in bad english they sleep there and boss takes their money. he looked really thin and scared of me asking",
      "AC WW", "SW NCW PA FA", "L")
    T("Referral via Hampshire County Council adult services. Adult male (41), learning disability, found working at a scrapyard near Andover for 'food and a place to sleep'. Sleeps in a converted container on site. Says 'Uncle John' looks after his money; his PIP and ESA are paid into an account John controls. Has worked there 'for years'. No contact with family since 2019.",
      "AV WW AC ISO", "SW NCW IS", "L")
    T("Fishing boat out of Brixham working off the Solent. Ghanaian deckhand told RNLI volunteer he has not been paid for eight months, is not allowed off the boat when in port and the skipper keeps his passport. Works 20 hours some days hauling pots.",
      "WW RM RD EO", "RMS DT LH", "L")
    T("Caller reports a group of about 15 men living at a 2-bed flat above shops in Hastings Old Town. Men leave in a minibus at 6am and return late. Bins overflowing, mattresses seen through window. Caller doesn't know where they work.",
      "", "OA CE PLC", "")
    T("Restaurant staff (Bangladeshi male, 23) at a curry house in Aldershot disclosed to ESOL tutor that he works 9am to midnight six days and is given £100 a week, the owner took his passport when he arrived and says he owes £10,000 for the visa. He is not allowed to go out except to college. ESOL tutor concerned.",
      "EO WW RD DB RM", "LH DT UF RMS", "L")
    T("Mushroom farm nr Alton. NRM referral. PV (Lithuanian, 29) states he was told he would earn £400 per week and live in a house; in reality he lived in a shed on the farm, was paid £150 p/w after 'deductions' and worked 14 hours a day. Gangmaster's son threatened to break his legs if he left before paying back £1,200. PV has a drink problem and was given vodka as 'payment' on some days.",
      "DEC AC WW EO IT DB AV", "SW LH PLC", "L")
    T("Thames Valley Police. Reading. Officers attended a car wash on Oxford Rd after report of a worker injured. Male had chemical burns to both hands. Workers provided no gloves. Manager tried to answer for the injured man and stated he was 'a customer'. Injured male later said via interpreter he works there for the manager's brother for £30 a day and sleeps in the store room.",
      "AC WW", "PA SFW SW", "L")
    T("Care worker (Indian national, 31), Worthing. Paid £6,500 to a recruitment agent in Kerala for the job. Since arriving has been given 12 hours a week, not the 37.5 promised, and cannot pay rent. Told by her employer she is not allowed to work anywhere else under her visa. Referred to Unseen and legal advice.",
      "DEC", "UF", "L")
    T("Daffodil picking, Isle of Wight (Feb). Workers recruited by Kyrgyz agency on seasonal worker visa, charged $2,500 'processing' and flights. Pay docked for caravan rent £70 p/w. Supervisor shouting and swearing at workers, threatening to send them home if they didn't meet targets.",
      "DB WW IT", "UF", "L")
    T("Op MONSOON update. Warehouse in Eastleigh. Intelligence that agency workers are transported from Southampton in a white Ford Transit, reg YF19 LRN, driver also acts as 'interpreter' and takes their pay. 4 workers say they have never seen their own bank card. INT 2/C/P.",
      "WW", "ET SFW NCW MBC", "L")
    T("Kitchen porter, hotel in Winchester, Eritrean asylum seeker (no right to work). Owner pays him £2 an hour cash, knowing he has no status, and tells him if he complains he'll ring immigration. Lives in a staff room with 3 others.",
      "AV WW IT", "FA OA", "L")
    T("Tree surgery / block paving gang around Bognor and Littlehampton. Vulnerable homeless men picked up from outside the Bognor soup kitchen, worked on driveways all day, given a can of lager and £10. One man says he's slept in the van for weeks and was slapped when he asked for proper money.",
      "AV WW PSV AC", "SW", "L")
    T("Traveller site nr Hook, Hampshire. Historic intel that vulnerable men are kept on site to do tarmac and groundwork. Current information: one male, possibly 50s, seen working in the yard at all hours, thin, dirty clothing, dog kennel type shelter. INT 3/C/P. Welfare check requested.",
      "AC EO", "PA LH PLC", "L")
    T("Chinese takeaway in Gosport. Male worker (no English) told officers through a phone translator that he sleeps in the kitchen, works every day from 10 till 1am and has not been paid since he arrived from China last year. He does not know the name of the town. He said his boss holds his passport 'because I owe'.",
      "AC EO WW ISO RD DB", "SW LH IS DT", "L")
    T("Agency housekeeper at Gatwick airport hotel (Crawley). Colleague reports she is driven in by a man each morning who waits outside all shift and drives her back, he collects her wages envelope. She has bruises on her wrists. Colleague says she's 'terrified of him'.",
      "WW PSV RM", "ET NCW PA FA RMS", "L")
    T("Salvation Army first responder notes: Male, 27, Vietnamese. Worked in nail bars in Southampton and Bournemouth for 2 years. Paid nothing, owner said money went to his 'debt to the snakehead' of £18,000. Not allowed to leave the flat unless going to work with the owner. His phone was taken. He slept on the floor of the salon storeroom.",
      "WW DB RM ISO AC", "RMS SW ET IS", "L")
    T("Hampshire Constabulary. Recycling plant, Fareham. Fire service reports workers locked inside the plant overnight with no fire exit access. Workers are sleeping on cardboard in the sorting hall. Employer states 'security reasons'.",
      "RM AC", "RMS SW PLC", "L", "immediate")
    T("Sussex, Crawley. Male says he was brought from Nigeria to work in a care agency, promised £12 per hour, but the director takes £600 monthly for 'visa costs' from his pay and has his passport. He works 90-hour weeks across three homes.",
      "DEC WW RD EO DB", "DT LH UF", "L")
    T("Dairy farm near Petersfield. Slovak worker says he milks twice a day, 4am and 4pm, every day for 3 years without a single day off. Wages are paid to the farmer's wife who gives him cash when he asks. He lives in a caravan behind the parlour. Says he's happy and wants to stay.",
      "EO WW", "LH NCW SW", "L")
    T("Meat processing plant, Hampshire. Workers told to pay £120 for their own knives, boots and chain mail gloves, deducted from the first week's wage. Agency staff only.",
      "WW", "PPE", "L")
    T("INT 2/A/P. Isle of Wight, Ryde. Scaffolding firm owned by Darren PIKE employs at least 4 young Romanian men. They live in a loft of his house, are driven everywhere by his son, and are paid in 'cash when he feels like it'. One was seen with a black eye in Tesco.",
      "WW RM", "OA ET PA RMS", "L")
    T("Ok so my neighbour has these men coming and going, about 10 of them, leave at 5 in the morning in a van and come back at like 10 at night. They never talk to anyone and when I said hello one of them looked really scared and went inside. I think they might be being used for work. Its on Cranbury Ave Southampton",
      "", "CE OA FA", "L")
    T("Southampton. Brothers Ion and Vasile (Moldova) worked for a demolition company. They say they were forced to work without hard hats and fell from scaffolding; the employer refused to take Ion to hospital and told him to 'keep quiet or lose everything'. Wages of £600 owed.",
      "AC IT WW", "", "L")
    T("Police log 2213: Portsmouth. Cleaner at office block, Sudanese, 19. Says her 'auntie' arranged work and takes all her wages to pay for her flight to the UK. She cleans in the mornings and evenings and in between cleans the aunt's house. Not allowed a key. Referred to MASH? No - she's 19. Referred to adult safeguarding and NRM discussed.",
      "WW DB RM", "NCW RMS", "L D")
    T("Hotel kitchen, Brighton. Worker (Syrian refugee) says he works 'from morning to morning', 16 hours, with no rest days, because he owes the manager's cousin money for helping him get a flat. Scared to talk about the manager in case he loses the flat and job.",
      "EO DB AV", "LH FA", "L")
    T("Vegetable farm, Sussex, Ukrainian seasonal workers. Complaint received by GLAA that supervisor demanded sex from a female worker in return for better shifts, threatening to have her visa cancelled. Female too frightened to make statement.",
      "IT AV", "FA", "L S")
    T("Hampshire, Totton. Man in his 60s with learning difficulties has been 'helping' a local builder for ten years. Neighbour says he does heavy labour all day, is never paid, and lives in an outbuilding with no toilet. When neighbour asked him, he said 'I'm not allowed to talk to you'.",
      "AV WW AC ISO", "PLC IS", "L")
    T("Staff agency at Southampton docks cruise terminal. Baggage handlers report that the agency charges them £25 for their ID pass and hi-vis vest each season.",
      "", "PPE", "")
    T("Car wash, Bedhampton. Worker approached PCSO: 'please help me, they not let me go home, my passport with boss, I work every day no money'. Worker then pulled away by another man who said 'he's mad, ignore him'.",
      "RM RD EO WW", "DT SFW RMS LH", "L", "immediate")
    T("Caravan park, Selsey. Cleaning staff (4 women, Roma) housed in one unit at the back of the park; site owner takes £100 each week from each woman's wages for the caravan. Women say they cannot leave the park without the owner driving them because there is no bus and he has said it is not allowed.",
      "WW RM", "OA RMS ET", "L")
    T("Case note: MSVCC outreach, Bournemouth. Client F worked at a hotel laundry for 9 months through a man who met him at Victoria coach station. All his wages went into a Monzo account opened in F's name but with the man's phone number. F was given £20 each Friday. F said 'it's my account but I never see the card'.",
      "WW", "NCW", "L")
    T("Labourers at a housing development in Whiteley are being dropped off at 6 in a blue van and collected at 8pm. Site manager says the subcontractor 'sorts all that'. No further info.",
      "", "CE", "")
    T("INT 3/B/P. Tattoo and nail studio, Eastbourne. Vietnamese girl aged approx 16 seen working through the window until 2200 on school nights. Male adult drives her to and from address in Seaside Rd. Information suggests she doesn't attend school.",
      "AV EO", "LH ET", "L", "high")
    T("Referral from Portsmouth City Council housing. Tenant of HMO reports that 'the landlord's brother' brings new Romanian men each week and takes them to work in a van. Men are told they must pay £70 rent plus £50 'for the job'. Tenant was told not to speak to the council.",
      "", "UF OA", "L")
    T("Isle of Wight. Ferry staff at Fishbourne noticed a man travelling each day with the same group of 8 workers, he held all their tickets and their ID cards and did all the talking. Workers appeared exhausted and poorly dressed.",
      "RD", "SFW DT PA ET", "L")
    T("Farm, Kent/Sussex border (Rye). Man from Sri Lanka says he works in the glasshouses 6am-9pm, wages go to the farm manager who 'keeps them safe', he has not been paid in cash for 5 months. He sleeps in a container. He wants to go home but the manager says he must first pay back his flight.",
      "EO WW DB RM AC", "LH NCW SW RMS", "L")
    T("Welfare check, Brighton. Hotel night porter found asleep at 1100 in boiler room. He told officers the hotel let him sleep there as he had nowhere else and he works nights 7 days. Paid correctly through payroll, has his own bank account and documents, says he chose the extra shifts. Manager to be advised re: accommodation.",
      "AC", "SW LH", "L")
    T("Construction, Basingstoke. Male Albanian workers on site found to be using false Italian ID cards. One stated the gang boss 'Gimi' provides the cards for £1,500 and takes £200 a week off each of them. They stay at the site in caravans.",
      "WW", "UF SW", "L")
