# fresh244 part 1: labour exploitation in Kent (farms, packhouses, car washes, nail bars, building, hospitality) and look-alikes
def load(T):
    T("INT 2/B/P. Source reports approx 15 Romanian males living at 4 Ringlestone Cottages, nr Marden, housed by gangmaster known as 'COSTEL'. Workers picked up 0430 daily in white Transit and dropped back after 2100. Source states they are charged £10 a day for the van and £60 p/w for a mattress. Pay goes into accounts COSTEL opened for them and he keeps the cards.",
      "WW", "OA CE CT NCW", "L")
    T("Strawberry pickers at farm off the A229 saying they havent been paid for 3 weeks, boss says wages 'held back till end of season'. Caller is the daughter of one of the pickers and says her mum is still allowed to come home each night and has her own bank card, she just isn't being paid. Farm name to follow.",
      "WW", "", "L")
    T("GLAA referral. Two Bulgarian nationals at a packhouse near Paddock Wood state they were recruited in Sliven with a promise of £11.44 an hour and a shared flat. On arrival they were put in a static caravan with six others, no heating, mould on the walls, and told they owe £450 each for the coach and the 'job'. Deductions are taken from every payslip and the amount owed has gone up, not down. Neither has a payslip they can read. Both say the site manager, who speaks Bulgarian, answers all questions for them when the agency visits. The agency says it was not aware of the caravan or the deductions. Both men were given the GLAA helpline number and were asked whether they wanted to leave; they said they want to keep working but want their money. GLAA investigation opened.",
      "DEC DB WW AC", "PLC OA UF SFW", "L")
    T("Hand car wash, Sittingbourne retail park. Officers on licensing visit noted four male workers in trainers and no gloves using pressure washers and acid wheel cleaner. None would speak; one said 'boss talk'. Manager produced no right-to-work checks. A room at the rear contained three mattresses and a kettle; workers appear to be sleeping on site.",
      "AC", "SW FA SFW PLC", "L")
    T("Caller from Folkestone says the lads at the car wash on Cheriton Rd are out there from 7 till gone 9 every night 7 days a week, same clothes every day, look half starved. worried about them She says she has gone past twice a day for the last month. Passed to the local neighbourhood team and the MS unit for a visit.",
      "EO", "LH PA", "L")
    T("Nail bar, High St Chatham. Vietnamese female approx 16-17 yrs found working on reception. Says she lives upstairs with 'auntie' who owns the shop, is not paid, does not go to school and has never been outside except to the cash and carry with auntie. Says she owes auntie for her journey from Vietnam, 'many thousand'. Does not know the address. Safeguarding strategy meeting requested, NRM to follow.",
      "AV WW DB RM ISO", "SW RMS IS ET UF", "L", "high")
    T("Referral from Canterbury Citizens Advice: client (Polish, 50s, alcohol dependent) was approached outside a soup kitchen and offered work and a room. He has been labouring on building jobs across East Kent for a man called Marek for nearly two years. He is given beer, tobacco and food but no money. Marek holds his ID card 'for safekeeping' and collects his Universal Credit. Client says he was punched when he asked to leave.",
      "AV WW RD PSV", "DT NCW", "L")
    T("Agency worker at a Sevenoaks hotel kitchen complains her pay was £80 short because she had to 'pay for the uniform and knives'. Otherwise happy in job and has her own flat. She showed a photo of her payslip with the deduction itemised as 'kit'. Advised to raise it with the agency and ACAS.",
      "WW", "PPE", "L")
    T("Intel: Albanian males working at groundworks site, Ebbsfleet. Believed to be paid £40 cash per 12hr shift. Believed to have entered UK via small boat at Dover and owe £15k to facilitators which they are working off. Grading 3/C/P. Site is run by a main contractor who may not know. Recommend approach via the contractor's ethical trade lead and GLAA.",
      "AV DB WW EO", "LH UF", "L")
    T("Welfare check at Marsh Farm, Romney Marsh. Seasonal workers on SWV visas. Caravans clean, heated, max 4 per van. Workers hold own passports, have UK bank accounts, hours logged on app avg 45 p/w. No concerns identified. Visit by PC 3318 WELLS and GLAA officer. Farm manager cooperative and asked for the helpline posters in Russian and Nepali, which were supplied.",
      "", "", "")
    T("A man from Eritrea came to Dover Samaritans drop-in. He says he works in a takeaway in Margate since 8 months. He sleep on floor of the kitchen. Work from opening to closing, every day, no day off. Boss give him £50 at the week and say rest is for his room and food. He cannot go because boss say he will tell Home Office he is illegal.",
      "AV EO WW IT AC", "SW LH FA", "L")
    T("POI Dritan KOKA (dob 03/04/89) believed to be running a labour supply to hand car washes in Medway. Uses multiple bank cards in workers' names at ATMs on Luton Road. CCTV obtained, 11 different cards used in 20 mins. Cards were registered to different names, mostly Romanian and Albanian. Bank approached for account details; research ongoing.",
      "WW", "MBC NCW", "L")
    T("packhouse at marden has minibuses comin from the hostel in maidstone at like 4 in the morning full of people, my mate works there says the agency takes £8 a day off them for it and they get £30 for the week after everything",
      "WW", "CE CT", "L")
    T("Kent FRS joint visit to industrial unit, Lordswood. 23 beds found on mezzanine above a textile workshop, single fire exit chained. Workers (Indian nationals) stated they work and sleep in the unit, cooking on a camping stove. Owner not present. Unit prohibited under Fire Safety Order. Referral to MS unit.",
      "AC", "SW OA PLC", "L")
    T("Report from Ashford Borough Council housing officer: HMO at 61 Beaver Rd has 14 adult males registered with the electoral roll in a 3-bed house. Tenancy is in the name of a recruitment firm, T&R Staffing Ltd. Men say the firm finds them warehouse work at Sevington and takes the rent direct from their wages. Garden full of rubbish, one toilet.",
      "WW", "OA PLC", "L")
    T("Victim account (translated from Romanian): 'They told me in Craiova that I would work in a factory in England and get 400 pounds a week. When we arrived at Dover the man took our identity cards and said he would make our bank accounts. Then we went to a farm. We worked picking cabbage in the rain and we did not have gloves or boots. When I asked for my money he said I had a debt for the bus and the house. One boy tried to leave and they beat him in front of us.' He is now staying with a cousin in Luton and has agreed to an ABE interview. The farm is believed to be on the Isle of Sheppey.",
      "DEC RD DB WW AC PSV IT", "DT PPE UF", "L")
    T("Domestic care agency, Tunbridge Wells. CQC flagged that care workers recruited from Zimbabwe on sponsored visas were charged £8,000 'sponsorship fees' and told if they leave before 3 yrs they must repay it. Workers report 70hr weeks. Sponsor licence under review.",
      "DB EO", "UF LH", "L")
    T("Nurse at William Harvey Hospital reports she works 13-hour shifts four days a week and picks up extra bank shifts for a house deposit. Caller's partner worried she is overworked. Advised; no offence or concern. She is well, sleeps at home and says she enjoys the work. Partner advised about the NHS staff wellbeing service. Closed.",
      "", "", "")
    T("INT 3/B/I - Male driving Silver Vauxhall Vivaro GN18 XKP seen each morning 0500 at layby A20 Harrietsham collecting 8-10 males, dropping back 2130. Believed to be taking them to salad packhouse. Males appear tired, dirty clothing. Vehicle registered to a hire company in Dartford. ANPR markers requested and intelligence shared with GLAA and Maidstone NHT.",
      "", "CE PA", "L")
    T("Street outreach Margate: rough sleeper (UK national, learning difficulty) says 'a man called Jimmy' gives him work tarmacking drives, pays in cans and a sleeping spot in a horsebox. Has been doing this 'about three summers'. Jimmy drives him to and from jobs and he doesn't know where the yard is. Refers to being 'given a hiding' when he got it wrong.",
      "AV WW ISO PSV AC", "IS ET PLC", "L")
    T("Kent & Medway NHS: patient presented at Medway Maritime A&E with chemical burns to forearms. Works at a car wash, no gloves provided, employer brought him in and translated, then left before he was seen. Patient unwilling to say more.",
      "AC", "PA SFW FA", "L")
    T("Builder on site at Kings Hill confirms he is self-employed, invoices weekly, and works 6am-6pm in summer to get the job finished. Has own van. No exploitation. Enquiry followed a complaint from a neighbour about noise before 7am. Builder advised on working hours under the planning conditions. No further action.",
      "", "", "")
    T("Crimestoppers: the car wash next to the Esso at Strood, workers live in the portacabin behind and the owner takes their passports when they start so they cant go nowhere Caller would not leave a name. Says there are about five of them and they never go out on their own, even on a Sunday.",
      "RD RM", "SW DT RMS", "L")
    T("Fishing vessel DR-registered inspected by Border Force at Dover Marina. Filipino deckhands reported contracts promising USD 1,200 per month but receiving USD 300, with remainder 'sent to agency in Manila'. Crew have not been ashore in 4 months; skipper holds seamen's books. MCA informed.",
      "DEC WW RM RD", "DT RMS NCW", "L")
    T("Ashford Jobcentre work coach concerned about claimant who attends with a man who answers every question, and the claimant's UC is paid into a bank account the man controls. Claimant looks frightened and says he works 'at farm' but cannot say which.",
      "WW", "SFW NCW FA", "L")
    T("Mother rang to say her son (19) has taken a job with a landscaping firm in Tonbridge; he works long days in summer, gets paid every Friday into his own account and loves it. She only wanted advice about his hay fever tablets being for sale online. Not a police matter.",
      "", "", "")
    T("Pickers at a Faversham orchard say the supervisor shouts and says anyone who complains about the piece rate 'will be sent back to Kyrgyzstan on the next plane, I promise you'. They are paid per bin at a rate that works out under £5 an hour.",
      "IT WW", "FA", "L")
    T("Hotel, Folkestone seafront. Housekeeping staff supplied by subcontractor. Two women told the duty manager in confidence that they are not allowed to leave the staff house except for work, that 'the boss' keeps their passports, and that they each paid £2,000 in Lithuania for the job.",
      "RM RD", "RMS DT UF", "L")
    T("Anon online report: lorry driver Dutch firm, Eastern European drivers living in cabs for 3 months straight at Ashford truck stop, never go home, firm says they must pay back training costs if they quit Reported via the Kent Police website. Truck stop management say the same trucks have been parked there for weeks. Passed to DVSA and NCA.",
      "DB AC EO", "SW LH", "L")
    T("DC note 14/11: victim V1 (Lithuanian, 34) confirms in ABE interview that the team leader 'PETRAS' drove them everywhere, that they were never allowed to go to the shop alone and that he said he knew where V1's daughter lived in Panevėžys. V1 had £1,100 of debt 'for the travel' that was never paid off despite working 14 months.",
      "RM IT DB", "ET RMS", "L")
    T("Worker at a Dartford warehouse says agency charged him £35 for steel toe boots and £10 for a hi-vis, taken off first wage. 'I thought that was just how it works.' Otherwise paid correctly, own account. He now has a permanent contract with the warehouse and is happy there. Agency referred to the Employment Agency Standards Inspectorate.",
      "WW", "PPE", "L")
    T("Mushroom farm near Headcorn. Ex-worker says they were made to do 16hr shifts in the growing sheds with no breaks, and the 'accommodation' was a barn with bunk beds for 30 people. He says he left after a month. He does not want to make a statement but gave the name of the supervisor. Passed to GLAA.",
      "EO AC", "LH OA PLC", "L")
    T("Hungarian male (35) attended Maidstone front counter saying his employer at a recycling yard in Aylesford has his passport and will not pay him. He says he is free to come and go and lives in his own rented room. Employer says passport was only copied and returned. Officer viewed the passport in the male's possession. Wage dispute advised via ACAS.",
      "WW", "", "L")
    T("Restaurant kitchen, Broadstairs: immigration enforcement visit found 3 workers with no right to work. All had own phones, lived with family, paid £10.50/hr cash. Civil penalty to employer. No trafficking indicators. Workers were interviewed separately with an interpreter. Two were students working beyond their permitted hours. Intelligence updated.",
      "", "", "")
    T("Salvation Army referral. Mr A (Sudanese, 24) arrived via small boat in 2023. While his asylum claim was pending he was told by a man in the hotel that he could earn money 'off the books'. Was taken to a farm in the Weald where he worked in polytunnels from 5am to 8pm, with 20 minutes to eat. He was paid £20 a day in cash, then nothing, as the man said he had to 'pay back for the phone and the room'. When he complained the man said immigration would come and send him to Rwanda. He slept in a shipping container with five others; there was no toilet and they used a bucket. He escaped by walking along the railway line to Staplehurst station. He is very scared of the police and did not want his name on anything.",
      "AV EO WW DB IT AC", "LH OA PLC FA", "L")
    T("Tip-off re: ROOFING - travellers firm offering driveway and roof work in Deal, uses 'lads' who sleep in the back of the transit and don't get paid, they get booze. One of them had a black eye. Caller saw the lads at a job on her road last Tuesday and says one had his arm in a sling as well. Van is a white Transit, partial reg KN.",
      "WW AC PSV", "SW PA", "L")
    T("GLAA licence inspection, labour provider in Sittingbourne. Minor record-keeping issues. Holiday pay calculated wrongly for 12 workers, repaid on inspection. Workers interviewed privately; all had own documents and accounts. Licence retained with additional conditions. Next inspection due in 12 months. Provider's compliance manager attended and was cooperative throughout the process.",
      "", "", "")
    T("Text from worker to helpline (in learner English): 'please help me i am in farm near to Tenterden. they took my passport. i am not allowed to go out. manager say if i call police he kill me. i dont know address only many apple trees'",
      "RD RM IT ISO", "DT RMS IS FA", "L", "immediate")
    T("Kent Police / HMRC NMW joint op, Gillingham: 9 car wash operatives paid flat £50/day for 11hr days. No contracts. Several said they send most money home. No other indicators; NMW arrears notice issued. Employer says he did not understand the rules. HMRC will recheck in 3 months; intelligence shared with Kent Police MS unit.",
      "WW EO", "LH", "L")
    T("Cleaner at a Canterbury hotel says her boss, a relative, keeps all her wages 'to send to the family in Nepal' and she doesn't know how much she earns. She has no bank card of her own. She came to the UK on a spouse visa three years ago. Referral made to the hotel's HR team with her consent and to Citizens Advice.",
      "WW", "NCW", "L")
    T("Intel 2/A/P: fruit farm at Boughton under Blean using workers supplied via unlicensed gangmaster. Gangmaster charges £300 'registration' on arrival, deducts rent £90 p/w for caravans holding 8. Workers say gangmaster 'has people' in Moldova and reminds them he knows their villages.",
      "DB WW IT", "UF OA", "L")
    T("PCSO note: Polish lads at Sheerness docks car park seem to be living in cars. Spoke to them, they are lorry drivers between jobs waiting for a ferry slot, employer pays hotel costs if they ask. Fine. Vehicles checked on PNC, no markers. Drivers thanked officers for checking and were given the Dover TAP parking advice leaflet.",
      "", "", "")
    T("Debrief, Ukrainian female (41): came via Homes for Ukraine, placed with a host in Tunbridge Wells. Host found her cleaning work at a 'friend's company' then said her wages were needed to cover 'bills' and took her bank card. She cleaned offices at night and the host's house by day. When she complained the host said the visa would be cancelled and she would be sent back to the war.",
      "AV WW IT EO", "NCW LH FA", "L D")
    T("Kebab shop Herne Bay. Young Kurdish lad (looks 16) sleeping in the storeroom. Shop owner says he is his nephew and is 'helping out'. Lad working when officers visited at 0140 on a school night. Officers spoke to the lad with an interpreter; he said he came to the UK two months ago. Children's services out of hours contacted.",
      "AV", "SW", "L", "high")
    T("Welfare visit to tomato glasshouses, Thanet Earth area. Seasonal workers mostly Central Asian. Several said they paid recruiters in Uzbekistan the equivalent of £3k and are now in debt at home; they cannot afford to leave before it's paid. Pay and hours are lawful. Referred to Home Office SWV team.",
      "DB", "UF", "L")
    T("Care home in Herne Bay. Overseas carers sharing a 2-bed flat owned by the home with 7 people, rent £450 each taken from wages. Employer kept biometric residence permits in the office safe. Manager said it was 'standard'. CQC and Home Office sponsor compliance team informed. The manager has agreed to return the BRPs by the end of the week.",
      "RD WW AC", "DT OA", "L")
    T("ok so theres this building site on the marsh road and every day the same blokes get dropped off by a bmw guy at 6 and he picks them up at 8 they never have lunch they dont go to the shop they dont talk to anyone its weird",
      "EO AC ISO", "CE ET LH IS", "L")
    T("Landscaper from Bexley rang to complain a Kent firm he subcontracted for hasn't paid his invoice for £2,400. Civil matter, advised small claims. He has texts from the firm promising to pay by the end of the month. Details of the firm taken.",
      "", "", "")
    T("Nail bar, Ramsgate: three Vietnamese women, 20s, all living above the shop. Staff paid 'on commission' but the owner keeps it all until they 'finish their debt'. None speaks English; owner's husband interpreted. Women would not make eye contact. Licensing officer referred the premises to Kent Police. Visit planned with an interpreter and Kent Fire & Rescue because of the sleeping arrangements.",
      "WW DB ISO", "OA SW NCW SFW FA", "L")
    T("Modern slavery helpline call: woman in Maidstone says her husband's cousin, brought over from Pakistan to work in their family shop, is locked in at night and is only paid in food. Caller scared to give her name. Caller says the cousin is about 30 and has been here for 18 months. Caller agreed to ring back with the shop name tomorrow.",
      "RM WW", "RMS", "L")
    T("MS unit update Op LARCH: 7 potential victims recovered from 2 addresses in Snodland. All Romanian. All worked at a chicken processing plant via agency. Wages paid into accounts controlled by the suspects, 14 bank cards recovered from a kitchen drawer. PVs report being told they owed 'fines' for lateness which were added to their debt. Accommodation: 7 people in two rooms, mattresses, no hot water. NRM referrals made for all 7.",
      "WW DB AC", "NCW MBC OA PLC", "L")
    T("Tunbridge Wells: au pair (Spanish, 22) contacted police because host family has her passport. Host explained they only had it to register her with GP and gave it back at the station. Au pair confirmed; works 25 hrs p/w and has her own room and weekends off. NFA.",
      "", "", "")
    T("Cockle pickers? Caller at Reculver says group of 10 Asian people being dropped at the shore by a van before dawn, tides dangerous, no wetsuits, same van comes back after dark. Thinks they may not know the area at all.",
      "AC", "CE", "L")
    T("Note of interview at Dover Immigration Removal Centre: Detainee (Vietnamese male, 19) says he was brought to UK in a lorry and worked in a nail salon in Medway for a woman who said his family owed £28,000 for his journey. He got no pay. She told him that if he ran away her people would visit his mother in Nghe An.",
      "DB WW IT AV", "UF", "L")
    T("Ex-forces chap working as a security guard in Chatham says he does 72 hours a week but he asked for the overtime and the pay is good. Only reason for call was his stolen bike. Bike is a grey Boardman, stolen from outside the Pentagon Centre. Crime reference issued and he was given advice on D-locks.",
      "", "", "")
    T("Farm worker (Nepali) rang GLAA: the farm took £1,200 from his wages for his visa and flight even though the scheme says the employer pays. Says his supervisor warned him not to talk to inspectors. He is still working at the farm and does not want to leave. GLAA will visit as part of a routine inspection so he is not identified.",
      "WW IT", "UF", "L")
    T("Source states the owner of the hand car wash at the old garage on London Rd, Larkfield, recruits through a Facebook group in Romania promising £2,000 a month. Workers actually get £15 a day. When they arrive their phones are 'borrowed'.",
      "DEC WW ISO", "IS", "L")
    T("Sheerness: Turkish barber shop. Worker (27) told officers he has worked there 18 months, is paid £250 a week in cash, lives with his brother, and holds his own passport which he produced. Employer fined for right-to-work breach. No modern slavery concerns.",
      "", "", "")
    T("Social worker, Swale: adult with Down's syndrome living with a family friend who has him mucking out stables and doing all the housework for no pay, his PIP goes into the friend's account. He has lived there for about 6 years since his mother died. Section 42 enquiry opened; police welfare visit with the social worker arranged.",
      "AV WW", "NCW", "L D")
    T("Caller says she saw a worker at a Sevenoaks car wash get slapped round the head by the manager when a customer complained about the wheels. She was getting her car cleaned at the time. Says the worker just stood there and didn't react. Car wash is the one by the station.",
      "PSV", "", "L")
    T("Officer's statement (extract): On arrival at the barn at Goudhurst I found eleven males inside. The only door was padlocked from outside. I asked the males through the gap how long they had been inside and one replied 'since last night, he comes in the morning'. The males were released by fire service. There were no toilets, no water, and the floor was wet.",
      "RM AC", "RMS PLC OA", "L", "immediate")
    T("Intel 3/B/R. ANDREEV's agency advertises on Telegram for 'fruit picking Kent, no English, accommodation free'. Believed recruits told accommodation free but then charged £120 a week. Not corroborated. Telegram channel has around 3,000 subscribers. Screenshots saved to the intelligence record. Research requested on the agency's company registration.",
      "DEC WW", "", "L")
    T("Worker at a takeaway in Gravesend phoned 101 because his boss 'has not paid me for two weeks and is shouting'. When spoken to, boss said payroll error, paid him the same day. Worker happy with outcome, lives independently. Boss showed officers the bank transfer on his phone. Worker said he was just worried because his rent was due.",
      "", "", "")
    T("HMRC referral: payroll company in Gillingham paying 40 'self-employed' workers into 6 bank accounts. Workers deny knowing who holds the accounts. Company director has two previous convictions for fraud. Research requested by the financial investigation unit.",
      "WW", "NCW MBC", "L")
    T("MSVCC handover: PV (Albanian, 22) recovered from a car wash in Gravesend. States he worked from 0700 until dark, slept in the back office and was paid nothing because he was 'paying off the boat'. The boss hit him with a hose fitting when he broke a bucket. PV says he was never allowed to go to the shop on his own and the boss kept his ID card. He has a healing laceration to left eyebrow. PV now in SA safehouse, wishes to support a prosecution.",
      "EO AC WW DB PSV RM RD", "LH SW PA RMS DT", "L")
    T("Local farm shop owner complained about a 'gang' of Eastern Europeans staying in a campsite near Hawkhurst. On enquiry they were a touring cycling club. No offences. Campsite owner confirmed the group had booked a week in advance through the cycling club. Caller informed of the result and seemed satisfied.",
      "", "", "")
    T("Pharmacy worker at Canterbury says a lad came in to buy plasters and painkillers and said he works on the roofs, his boss makes him go up with no harness, and he has fallen twice this month. The pharmacist gave him the helpline number and he took it. He said the firm does roofs all over Canterbury and Herne Bay.",
      "AC", "", "L")
    T("INT 2/B/P: 'MIKI' runs a crew of Roma workers doing demolition in Thanet. Takes all wages via his own sort code; workers given £20 pocket money. Workers' children made to beg outside Westwood Cross.",
      "WW AV", "NCW", "L C", "high")
    T("Folkestone: elderly man (82) concerned his Filipino live-in carer, who he employs direct, is working too hard. Carer confirmed she works 40 hrs with 2 days off, her own room, paid £2,100 a month, holds her own passport and is saving to bring her daughter over. Advice given; no concerns.",
      "", "", "")
    T("A woman from Moldova, interviewed with an interpreter at Medway custody after arrest for theft, says she came to Kent for a cleaning job, a man met her at Victoria coach station and drove her to a house in Rochester, where she cleaned for him and his brothers and was not paid. He told her she owed him £3,000. She says 'I could not say no, I had nowhere to go.'",
      "DEC WW DB AV", "UF", "D")
    T("Bakery, Ashford: night shift staff say the manager 'forgets' to log their overtime and they are down £200+ each a month. Staff have contracts, own accounts and can leave; they are talking to the union.")
    T("Anonymous letter to Tonbridge police station: 'The man at 12 Quarry Hill Rd keeps foreign men in his garage. They go out in his van at 5 and come back late. They are not allowed in the house. I have seen him shout at them and push one over.'",
      "PSV AC", "CE ET", "L")
