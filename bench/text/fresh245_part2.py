# fresh245 part 2: other exploitation types and settings
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Nail bar, 41 High St, Chatham ME4. 3 Vietnamese females, appear 16-18, working 9am-9pm. Manager answered all questions, females would not make eye contact. Upstairs flat has 6 mattresses.",
  "AV EO", "SFW FA LH OA SW", "L", "high")
T("GLAA inspection, shellfish processor, Fleetwood. Workers supplied by an agency in Blackpool; 4 workers say they paid £250 each to a 'fixer' in Bulgaria for the job, plus £35 a week for the minibus. Passports held by the agency 'for right to work checks' and not returned.",
  "DEC RD DB WW", "UF CT DT", "L")
T("female says she came from Brazil for a modelling job but was taken to a flat in Reading and told she has to see clients, they have her passport and she owes £5000",
  "DEC RD DB", "DT UF", "S")
T("INT 2/B/P. Brothel operating above massage parlour, 'Oriental Touch', 9 Cheapside, Luton. 4 Chinese women live on premises. Source says women are not allowed out except with the manager, who drives them to the supermarket once a week. Adverts on Adultwork show same 4 women at 3 other towns.",
  "RM", "SW RMS ET", "S")
T("Fishing boat, Newlyn. Filipino deckhand says he has worked 20 hour days for 3 months, sleeps on the boat, hasn't been ashore except with the skipper. Contract says $900 a month, he has had $150. Skipper has his seaman's book and passport.",
  "EO WW RD RM AC", "LH SW DT RMS ET", "L")
T("Kidney transplant patient (Mr KHAN, 52) recovering at Royal Free; living donor is his brother, full HTA assessment done, no concerns.",
  "", "", "")
T("Intel suggests a Leicester-based man is recruiting poor young men from Pakistan with promises of UK work visas, then arranging for them to 'donate' kidneys at a private clinic abroad to clear their travel debt. One victim now in the UK says he was paid nothing and was told his family would be harmed if he spoke.",
  "AV DEC DB IT", "UF", "O")
T("Border Force, Dover: Lorry driver found with 2 Eritrean men and 1 Afghan boy (approx 14) in trailer. Boy said a man in Calais told him he would have work in a car wash in London to pay off his crossing.",
  "AV DB", "UF", "L", "high")
T("Ex-partner of a sex worker in Bristol is said to be taking her earnings, posting her adverts and driving her to hotels. She has bruises round the throat. She told the ISVA she 'can't leave him, he'd find me'.",
  "WW PSV IT", "PA NCW ET", "S")
T("Domestic worker visa holder, Kensington. Employer (diplomat's household) confiscated her passport on arrival, locks her in the flat when the family go out, she sleeps in the laundry room, works 6am to 1am. Paid £100 a month into her home account by the employer. She was slapped by the wife for breaking a plate.",
  "RD RM AC EO WW PSV", "DT RMS SW LH", "D")
T("hand car wash on a petrol station forecourt off the A38 in Plymouth, lads working there in trainers in the rain no gloves, they sleep in a portakabin behind it, one told me the boss keeps their money and theyre not allowed to leave",
  "AC WW RM", "SW PLC NCW RMS", "L")
T("INT 3/B/P. POI Florin STAN (Romanian national, DOB 1985) controlling 6 females selling sex in Sheffield. Victims transported by STAN daily to Attercliffe, money collected by him at end of night. One female told outreach he hit her with a belt when she was 'short'. Females live with STAN's family at 83 Staniforth Rd S9.",
  "PSV WW", "ET NCW", "S")
T("Organ harvesting concern - NHS Blood and Transplant flagged a patient returning from an overseas clinic with a new kidney; donor described as an 'unrelated volunteer' paid $5,000. Patient is not a victim; concern for the donor's exploitation abroad.",
  "", "", "O")
T("Warehouse in Daventry: agency workers from Lithuania say 'Ramunas' the team leader takes £40 a week off each of them for 'finding the job' and they live in his houses, 5 to a room, in Northampton. If they complain they are 'fired from the house too'. A bank card with 14 names was found in his car during a stop.",
  "WW DB AC IT", "UF OA MBC NCW", "L")
T("CSE referral: girl (14), Rochdale, being given vodka and weed by men in a takeaway and taken to flats where she's made to have sex with their friends. Told she owes them for the drink and the phone.",
  "AV PSV DB", "", "S", "high")
T("Translated (Romanian): 'Lucian said I would be working in a hotel in London, cleaning rooms. When I arrived he said no hotel, you will work on the street. I said no. He said he knows where my mother lives in Craiova and his cousins will visit her. He took my ID. I work every night, he takes all money.'",
  "DEC IT RD WW", "DT NCW", "S")
T("Traveller site, Bedfordshire. Victim (Polish, 60s, formerly homeless) found living in a horse box, working on block paving crews for 11 years. Says he received food and tobacco, never wages. Has a visible head wound and says 'the boss's son' did it when he was slow.",
  "AV WW AC PSV", "PA PLC", "L")
T("Pakistani national, came on a student visa, working in a sweet centre in Bradford 80 hours a week for £150. Employer keeps his BRP. Says the college place was fake - 'the agent took £8,000 from my father'.",
  "DEC EO WW RD", "LH DT UF", "L")
T("CCTV review of Santander ATM, Lancaster Rd, Preston 01:00-02:00: one male withdraws cash using 9 different cards in succession, reading PINs from a notebook.",
  "", "MBC", "")
T("Clothing factory, Leicester (Spinney Hills). Workers paid £3.50 an hour, told to tell inspectors they get minimum wage. Fire exit padlocked. Three workers said they were warned they would 'lose their visas' if they talked to HMRC.",
  "WW IT AC", "FA", "L")
T("INT 2/B/P: County line 'BENZ' from Liverpool using children from Toxteth to deal in Shrewsbury. A 15-year-old was stabbed in the leg last month after 'losing' a package. He was told he now owes £2,000 and must keep working to pay it off.",
  "AV PSV DB", "PA", "C", "high")
T("OK so I work at the Travelodge on reception (Milton Keynes) and a man books rooms every weekend for different young girls, they're quiet and never have luggage, he does all the talking at the desk and comes and goes with loads of men up to the room",
  "", "SFW FPE", "S")
T("Au pair, Guildford. Agreed 25 hrs childcare a week for £100 pocket money and a room. Family has her cleaning the whole house and their office, 7am-10pm, and walking the dogs at midnight. She's been there 5 months, has had two half-days off. She says the mother goes through her phone and has told her she will be 'sent home in disgrace' if she leaves.",
  "DEC EO ISO IT", "LH IS", "D")
T("Forced begging: 3 Roma women with babies placed at Oxford St and Marble Arch each morning by a man in a Toyota Previa. He collects the takings every 2 hours. Women appear underfed, wearing the same clothes for days.",
  "WW", "CE NCW PA", "C")
T("NCA alert: networks recruiting Albanian men in their 20s via TikTok with 'cash job in UK, £4,000 a month'. On arrival their phones are taken and they are moved to cannabis grows in rented houses across the Midlands, told they owe £15,000-£25,000 for the journey.",
  "DEC ISO DB", "IS UF", "C")
T("Chicken farm, Herefordshire. Catching crews work nights 10pm-2pm next day, paid per load not per hour, sleeping in the minibus between farms. Team leader deducts £10 a day for 'van'. Workers Hungarian, several say they're afraid of him.",
  "EO AC WW", "LH CT CE FA", "L")
T("Cuckooing + CSE: 13-year-old girl reported missing from Hull, found in flat of vulnerable adult male (alcohol dependent) where older males from Leeds dealing crack. Girl says she's been 'staying' there 3 days. Evidence she has been sexually assaulted.",
  "AV PSV", "", "C S", "high")
T("A man at my church in Croydon says he came over from Nigeria as a 'nephew' to look after his uncle's children and study. He was never sent to school, worked at the house and the uncle's shop from 14. He's now 22 and has no documents — the uncle has always held his passport.",
  "AV DEC RD", "DT", "D L")
T("Intel: Indian restaurant in Cornwall, 5 staff living above the kitchen, brought in on skilled worker visas via a sponsor who charged them £12,000 each. Chefs say the owner pays them the visa salary on paper then makes them withdraw £1,000 each month in cash and give it back.",
  "DEC WW DB", "UF OA SW NCW", "L")
T("help me please I am in house Chelmsford with 4 other girls they lock door, man take our money and phones, I dont know street name. I can see big Tesco",
  "RM ISO WW", "RMS IS NCW", "S", "immediate")
T("Care worker visa holders (Zimbabwe, India) at a domiciliary agency in Kent: paid £8,000 recruitment fee to an agent, told the job was 39 hrs; now given 10 hrs a week or 70 depending. Agency says if they leave they owe £4,000 'training costs' and their sponsorship will be revoked.",
  "DEC DB IT", "UF", "L")
T("Man in Peterborough has 'rented' a Lithuanian woman's bank account: he got her a job in a packing factory, pays her rent, and keeps her card. She gets £40 a week in cash. She told us she is too scared to ask for it back as he 'knows people'.",
  "WW", "NCW FA", "L")
T("Organ harvesting look-alike: local press query about 'stolen kidney' rumour on Facebook regarding a man in Bolton. Checked: he had a kidney removed for cancer at the Royal Bolton. No offence, no concerns.",
  "", "", "")
T("INT 3/C/P: POI 'Mama Joy' in Peckham said to hold the passports of several Nigerian women she brought over for sex work, controlled by juju oath ceremony in which they swore not to talk to police or they'd die. Women owe €40,000 each.",
  "RD IT DB", "DT FA UF", "S")
T("Scaffolding firm, Salford. Young lads (17-19) from a hostel employed 'on trial' with no pay for first 6 weeks, charged £60 for harness and hard hat. One lad fell 3m and was told not to go to A&E.",
  "AV WW AC", "PPE", "L", "high")
T("NRM referral, woman (Vietnamese, 24) found in a nail salon in Swansea. She says she was brought to UK in a lorry and owes £30,000. Works 10-hour days, 7 days, sleeps in the salon back room. Boss took her phone when she arrived.",
  "DB EO AC ISO", "UF LH SW IS", "L")
T("Shoplifting arrest, Primark Birmingham: 2 Romanian teenage girls, 15 and 16, with bags lined with foil. Both said a man drove them from Wolverhampton and waits outside to collect the goods. They said they'd be hurt if they went back with nothing.",
  "AV IT", "ET", "C", "high")
T("Male (Egyptian, 30s) working on a Grimsby trawler: skipper threatened to throw him overboard after he asked for his wages. Hasn't been paid in 4 months. Lives on the boat in dock.",
  "IT WW", "SW", "L")
T("Escort agency (Manchester) being run by a couple who recruit girls from care homes at 18. They are told they'll be 'hostesses' at parties. They live in a flat the couple own, and have to pay £300 a week 'rent' out of earnings. The couple drive them to every booking.",
  "AV DEC DB", "ET OA", "S")
T("Forced sex on a 'debt' - female, 19, told by dealer in Swindon that she could clear her £400 drug debt by having sex with his friends. She did so on 3 occasions.",
  "AV PSV DB", "", "S")
T("Intel that a nail bar in Aylesbury is run by a man who collects the workers' cards and PINs on payday. Workers sleep at the shop. When GLAA attended the workers had rehearsed answers: all said 'I am his cousin, I am not working, I am learning'.",
  "WW", "NCW SW FA", "L")
T("Victim account, translated (Urdu): 'My husband's family brought me to Bolton after the marriage. I do all the cooking and cleaning for 9 people. I am not allowed to go out or phone my parents. My mother-in-law has my passport. When I complain my husband beats me.'",
  "RM ISO RD PSV", "RMS IS DT", "D")
T("County lines referral from school (Crawley): Year 10 boy has been missing from school 12 times this term, comes back with cash and new trainers, found in Brighton by BTP with 20 wraps. Mum says he's terrified of 'the olders'.",
  "AV", "FA", "C", "high")
T("Hotel in Blackpool, housekeeping staff (Ukrainian, Romanian) living in staff rooms in the attic, 4 to a room, cleaning 22 rooms a day and on call for night porter duties. Manager deducts accommodation and 'uniform' from their pay, leaving them about £120 a week. Several say they're too scared to complain because the manager said the police would deport them.",
  "AC EO WW IT", "OA SW LH PPE FA", "L")
T("Intel: 'Tony' in Coventry runs a 'rehab' that takes in heroin users and makes them work on his buildings 12 hrs a day. He keeps them on methadone from a private supplier and docks their 'pay' for it.",
  "AV EO WW", "LH", "L")
T("Victim (Thai woman, 38) rescued from a flat in Slough. Was told she was coming to work in a Thai restaurant. Advertised online for sex, 'clients' came to the flat day and night. She had not left the flat for 7 weeks. Her passport was found in the trafficker's car.",
  "DEC RM RD EO", "RMS DT LH", "S")
T("Call 03:40: male caller in a car park in Doncaster says two men have his cousin in a house on Balby Rd and are beating him because of money he owes. Caller can hear screaming through the phone.",
  "PSV", "", "", "immediate")
T("Woman from Ghana (60) working as live-in carer for an elderly man in Harrow for the man's son. 24/7 care, no day off for 2 years, paid £400 a month, sleeps on a chair in his room. The son says she's 'like family' and she's not allowed to use the phone.",
  "EO WW AC ISO", "LH SW IS", "D")
T("Gang in Derby is said to be forcing young men to commit benefit fraud, applying for UC in their names and keeping the payments. The young men are mostly care leavers and have nowhere else to live.",
  "AV WW", "NCW", "C")
T("Fruit farm, Kent (Seasonal Worker visa). Workers from Kyrgyzstan say they were charged $3,000 by a recruiter in Bishkek and now get only 2-3 days of work a week, so can't repay the loans at home. They live in caravans with mould and broken windows.",
  "DEC DB AC", "UF PLC", "L")
T("Doorstep encounter, Manchester: 8 men living in a 3-bed house on Cheetham Hill Rd, all Indian nationals, all working at the same bakery through a man who 'arranges' their shifts. They told me they were all happy and earning properly and they showed me their contracts and payslips. All had their own passports. No concerns identified.",
  "", "OA", "")
T("He told me if I tried to run he would break my legs and then he'd send the video to my family in Romania. He didn't lock the door because he knew I wouldn't go.",
  "IT", "", "", )
T("INT 2/A/P: massage parlour in Newcastle (Stowell St) staffed by Chinese females aged 20-40 who live on the premises. Female who left says the boss took 70% of each payment and charged a £100 a week 'fine' for any mistake. She still owes him £8,000.",
  "WW DB", "SW NCW", "S")
E2 = E
