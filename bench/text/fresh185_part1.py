# fresh185 part 1: helpline call notes (labour, mixed, non-MS calls)
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Caller (male, Romanian, via interpreter) works at a car wash in Dudley. Says he was told £70 a day in Bucharest but is getting £20 and the boss keeps the rest 'for the house'. Lives above the wash with 7 others. Passport taken 'for safekeeping' on arrival. Advised re NRM, caller wants time to think. Consent to share with West Midlands Police given.",
  "DEC WW RD AC", "OA DT NCW SW", "L")
T("Webform: my neighbour has loads of men coming and going from the house next door at 5am in a white transit, they look knackered and never speak. no idea if its anything but it dont feel right. LS11 area Leeds.",
  "", "CE OA", "L")
T("Caller asked whether her employer can deduct money from her wages for a uniform. Works in a hotel in Bournemouth, has a contract, paid NMW. Signposted to ACAS. No MS indicators. Call lasted 12 minutes; caller thanked adviser. Ref 26-0141.",
  "", "", "")
T("Call from a woman in Slough who thinks she has been scammed by an online 'visa agent' who took £1,800 and disappeared. No job, no travel took place. Advised Action Fraud. Not MS. Caller also given the Citizens Advice consumer line. Ref 26-0157, closed.",
  "", "", "")
T("PV called from a borrowed phone. Says he is kept at a farm near Boston, Lincs, 'we cannot go out, the gate is locked and the man sleeps by it'. Owes £3,000 for the bus from Lithuania and the number goes up every week. Wants to leave today. Call transferred to Lincolnshire Police 999 with consent, location approx.",
  "RM DB", "RMS UF", "L", "immediate")
T("Caller is a GP receptionist in Luton. A young man came in with a hand injury, a man with him did all the talking and would not let him go into the room alone. Patient looked very thin and frightened. Advised to share with safeguarding lead and Beds Police on 101.",
  "", "SFW PA FA", "", None)
T("Employer enquiry: a recruitment agency owner asked what checks she should do on a labour provider offering workers at £9/hr 'all-in'. Advised on GLAA licence checks and right-to-work. No victim identified. Adviser emailed our guidance for labour users. Ref 26-0203, closed.",
  "", "", "")
T("Member of public reports a nail bar on the high street in Grimsby, the girls 'dont look older than 15, they are there when i go past at 8am and still there at 9pm, a man drops them off in a silver merc'. No names. Passed to Humberside Police with caller consent.",
  "AV EO", "LH CE ET", "L", "high")
T("Caller said she works 60 hours a week as a care worker in Kent because she wants the overtime for a deposit on a flat. Asked about her rights on rest breaks. Happy with job, holds own passport and BRP, paid into own account. Advised re Working Time Regs, signposted ACAS.",
  "", "", "")
T("Interpreter-assisted call (Vietnamese). Caller is a 17 y/o boy, says he was brought to the UK in a lorry and 'the uncle' made him water plants in a house, he could not leave, windows covered, he slept on the floor next to the lamps. Ran away last night, now at a McDonalds in Wolverhampton. 999 called, police attended, caller safe.",
  "AV RM AC", "RMS SW PLC", "C", "immediate")
T("Caller asking if she can bring her mother over from Nigeria on a visitor visa to help with childcare. Immigration question only, signposted to OISC advisers. Not MS.",
  "", "", "")
T("Worried friend: 'my mate Kasia came over for a cleaning job, now she texts me saying they took her phone most of the day and she only gets it back at night for 5 mins, and she dont get paid cos she owes them for the flight'. Kasia is in Peterborough, address unknown. Advised friend to encourage Kasia to call us. Logged.",
  "ISO WW DB", "UF IS", "L")
T("Professional call (housing officer, Stoke). Three bed council property, 11 Polish men registered on a sublet, mattresses in every room incl. kitchen. Tenant says they are 'his workers'. Men collected at 4.30am by a minibus. Referred to Staffordshire Police and GLAA.",
  "AC", "OA PLC CE", "L")
T("Caller states she was told she would be studying English and working as an au pair in Harrow. In reality she cleans for the whole extended family from 6am to midnight, has no day off, is not paid and is not allowed out without the mother. Her passport is 'in the safe'. Advised NRM via first responder, Salvation Army contacted.",
  "DEC EO WW RM RD", "LH RMS DT", "D")
T("Call from a landlord in Bradford. Has 9 tenants across 3 HMOs, all with their own tenancies and rent paid from their own accounts. Wanted reassurance after reading a leaflet. No concerns identified. Call closed after 10 minutes, landlord given our website link for leaflets.",
  "", "", "")
T("Caller (english not first language): 'boss say if I go police he tell immigration and they send me back to Albania and my family have problem'. Works in a car wash in Reading. Hours 8-8 seven days. Paid cash £200 a week. Advised re NRM and support, caller declined referral at this time. Safety plan discussed.",
  "IT EO", "FA LH", "L")
T("Webform summary: a retired teacher in Norfolk says seasonal pickers at a nearby farm are housed in caravans with no heating, 'about 8 to a caravan, toilets overflowing'. Says they seem happy enough and get paid. Passed to GLAA for intelligence.",
  "AC", "PLC OA", "L")
T("Caller complains his employer at a warehouse in Daventry has not paid him for his last two weeks after he resigned. Owed approx £900. Has own bank account, own documents. Employment dispute, referred to ACAS early conciliation. Adviser explained time limits for a tribunal claim. Ref 26-0330.",
  "", "", "")
T("PV, 19, British, called from a hostel in Blackpool. Says older men gave him somewhere to stay when he was homeless then said he 'owed' them and made him carry bags of stuff up to Barrow. They battered him when he came back short. Still has marks on his face. Wants help but scared of the police. Referral to Lancashire Police with consent, NRM discussed.",
  "AV DB PSV", "PA FA", "C")
T("Call handler note: caller hung up after saying 'they are watching me'. No location. Number withheld. Unable to assess.",
  "", "", "")
T("Caller's son (22, learning difficulties) has been 'befriended' by a couple in Wrexham who take his benefits every Monday and have him doing their garden and cleaning. He has moved in with them and they do not let mum see him. Advised adult safeguarding referral to local authority and North Wales Police.",
  "AV WW ISO", "NCW IS", "D")
T("Employer concern (hotel group HR, Edinburgh). A cleaning subcontractor's staff all have wages paid into the same three bank accounts. Supervisor collects them in a van and speaks for them. Advised to share with Police Scotland and consider terminating the contract after advice.",
  "WW", "NCW MBC SFW CE", "L")
T("Caller wanted to know how to report her ex-partner for not paying child maintenance. Not MS, signposted to CMS.",
  "", "", "")
T("Translated account (Tigrinya): 'In Libya they kept us in a warehouse and beat us and asked our families for money. Then the boat. Now I am in hotel in Croydon, nobody is hurting me here.' Historic, overseas. Advised re NRM, caller already has solicitor.",
  "PSV RM", "RMS", "")
T("Caller in Birmingham says a man offered her sister £2,000 and a job in England if she would 'give a kidney to a rich man'. Sister is in Pakistan. No travel has happened yet. Advised re risks and to report to police, logged as organ harvesting concern.",
  "AV", "", "O")
T("Caller is awaiting a kidney transplant at the QE in Birmingham, her brother is the donor. Asked whether the hospital is allowed to ask so many questions about whether he is being paid. Explained Human Tissue Authority checks. Not MS.",
  "", "", "")
T("Webform: 'there is a lad on a bike outside the school every day at 3 selling stuff, hes about 14, an older guy in a black golf parks up and gives him packages'. Location Canvey Island. Forwarded to Essex Police.",
  "AV", "", "C", "high")
T("Caller a Filipina domestic worker in Knightsbridge. Works for a family on an overseas domestic worker visa. Says she has 'no day of rest, I sleep in kitchen', employer holds her passport and pays her salary to her agency in Manila. Not allowed own phone. Currently in the home. Kalayaan details given, caller to call back from safe place.",
  "EO AC RD WW ISO", "LH SW DT NCW IS", "D")
T("Caller wanted advice because her boyfriend looks after her passport when they travel. She is a British citizen, has it back when home. No concerns, reassured.",
  "", "", "")
T("Professional (school DSL, Medway). Year 9 girl has new phone, new clothes, goes missing overnight and comes back with older men in cars. Says her 'boyfriend' is 24. Advised strategy meeting, Kent Police CSE team, children's social care. Call back from the DSL confirmed referral made that afternoon; ref 26-0372.",
  "AV", "", "S", "high")
T("Caller says the 'agency' he paid £450 for a job at a chicken factory in Wales charges him £50 a week for the van and £35 for boots and a hi-vis. Pay slip shows £96 left for a 48-hour week. Advised GLAA referral, caller consented.",
  "WW", "UF CT PPE", "L")
T("Call from a man worried his Bulgarian workmates on a building site in Milton Keynes are not getting paid properly. On questioning, they are paid through CIS, have their own accounts, and the disagreement is about a late invoice. No MS concerns; ACAS.",
  "", "", "")
T("PV (Polish, 44) called in tears from a layby near Spalding. The gangmaster has left him there after a row. Says for a year he got no money, 'all going on debt', kept in a house with 14 men, could not speak to his daughter because they took his phone. Police requested to attend, caller safe, taken to reception centre.",
  "WW DB AC ISO", "OA NCW IS", "L", "immediate")
T("Caller thinks the man who runs the chip shop on her road is 'keeping' a young worker who lives in the back room. She has seen him sweeping up at 1am. Doesnt know more. Logged, passed to Cleveland Police as low-level intel.",
  "", "SW", "L")
T("Caller from a debt charity asking about a client who took a payday loan and now owes £4,000. No third party involved, no work. Not MS, signposted to StepChange. Adviser checked there was no-one else involved before closing. Ref 26-0390.",
  "", "", "")
T("Caller (female, Chinese, via interpreter) said she answered an advert for massage work in London. She was moved between flats in Glasgow, Newcastle and Leeds every week, had to 'see customers' and give all money to the auntie. Could not leave because 'they know where my family live in Fujian'. Referred to Salvation Army and police with consent.",
  "DEC WW IT", "NCW", "S")
T("Webform: 'my brother in law is working in a recycling yard near Walsall and they dont give him gloves or masks, his hands are cut up, they say if he complains he wont get paid'. Brother in law is Indian national, status unclear. Passed to GLAA and HSE.",
  "AC IT", "PA", "L")
T("Caller a social worker in Cardiff. 16 y/o boy found in a flat in Newport with £800 cash and a burner, no adult, from Birmingham. Says he 'owes' someone for a lost parcel. Advised NRM as child (no consent needed), Gwent Police.",
  "AV DB", "", "C", "high")
T("Caller rang to complain that a TV programme used the word 'slave' about zero hours contracts. No report to make.",
  "", "", "")
T("Anonymous caller: 'the bloke at 42 Ashgrove Road has two women doing his cleaning and cooking all day, they never go out, i only see them hanging washing. one had a black eye last week'. Hull. Caller would not give name. Passed to Humberside Police.",
  "", "PA IS", "D")
T("Professional (bank fraud team). One customer has had 23 different debit cards belonging to other people used at the same cash machine in Slough in a week, cards registered to one address. Account holders mostly Romanian nationals, recently opened. Advised report to police and MS intelligence.",
  "WW", "MBC NCW", "L")
T("Caller says she is being forced by her husband's family to do all the housework and is not allowed to leave the house or phone her parents in Bangladesh. Husband hits her if she complains. Spouse visa, they hold it. Referred to police and DA service, MS and DA both considered.",
  "RM ISO PSV RD", "RMS IS DT", "D")
T("Caller, a pharmacist in Leicester, says a man came in to buy plasters and painkillers for 'his workers' and paid with a card in someone else's name, had five cards in his wallet. Could be nothing. Logged for intelligence. Pharmacist given the number for Crimestoppers as well. Ref 26-0412.",
  "", "MBC", "")
T("Caller works in a garage in Cheltenham and was offered a room above the workshop by his boss for £80 a week, which he accepted. Works 40 hours, paid monthly into own account, can come and go. Asked if 'sleeping at work' is allowed. No concerns.",
  "", "", "")
T("PV (Eritrean man, 28) said through interpreter: 'I work in car wash in Hastings, seven day, from morning until dark. The boss say I owe 5000 for bringing me. He hits me with the hose pipe when I am slow.' Lives in a shipping container behind the wash. Referral to Sussex Police, NRM consent given.",
  "EO DB PSV AC", "LH SW PLC", "L")
T("Caller thinks her cousin was 'sold' into a marriage in Pakistan and is made to work on the family farm. All overseas, no UK nexus. Signposted to Forced Marriage Unit.",
  "", "", "")
T("Landlord (Coventry) calls because a tenant has moved 6 more men into a 2-bed flat, 'they are out at 5 and back at 10 at night and a man in a BMW takes the rent straight from them'. Advised to report to police and council HMO team.",
  "", "OA CE", "L")
T("Caller said she is not being held against her will and is happy working in a massage parlour in Manchester, but wanted advice on tax. Self-employed, keeps own money. Signposted HMRC. Not MS.",
  "", "", "")
T("Call note: caller whispered, said 'he locked the door, I am in the bathroom, he will hurt me when he finds the phone'. Gave address as a flat above a shop on Cheetham Hill Road. Police dispatched on 999 via GMP. Caller said she was brought from Romania 'to work in a restaurant' but made to have sex with men.",
  "RM DEC PSV IT", "RMS", "S", "immediate")
T("Caller, a delivery driver, asked whether it is legal for Deliveroo-type apps to have several riders use one account. Not MS, no victim identified. Information only.",
  "", "", "")
T("Professional (probation officer, Ipswich). Her client (21, care leaver) told her a 'mate' is holding his bank card and PIN and sends money into it 'for a bit'. Client gets £50 for it. Advised money mule risk, police and bank.",
  "AV WW", "NCW", "C")
T("Caller is a support worker at a homeless hostel in Nottingham. Residents have been approached by a man in a van offering 'cash-in-hand building work and a room'. Two residents went and have not returned for a week, phones off. Advised missing reports and Notts Police.",
  "AV", "", "L")
T("Webform: 'In the restaurant where I work the chef from Bangladesh sleeps on chairs in the dining room after closing. He says the owner keeps his passport and he gets £100 a month. He works every day 10am-midnight.' Location Brick Lane area. Referred to Met MS unit.",
  "AC RD WW EO", "SW DT LH", "L")
T("Caller received a text claiming to be from 'UK Modern Slavery Office' asking for a £50 fee to release her cousin's visa. Scam. Advised Action Fraud and not to pay.",
  "", "", "")
T("Caller (19, Slovak) said he came for factory work near Corby, the man who brought him 'took my ID card and my bank card, he gives me £30 every Friday'. Lives with 10 others, all same. Not allowed to talk to English people at work. Consent to GLAA/Northants Police referral.",
  "RD WW ISO", "DT NCW OA IS", "L")
T("Caller wanted to report her employer for not giving her a contract. Works in a cafe in Swansea, 20 hours a week, paid weekly. No other issues. Signposted to ACAS. Call was short and friendly, caller said she had her answer. Ref 26-0450.",
  "", "", "")
T("Police officer (Devon & Cornwall) called for advice. Stopped a van on the A30 with 9 men, all say they work for 'John', none knew where they were living, driver had their passports in the glovebox. Advised NRM considerations and GLAA contact.",
  "RD ISO", "DT IS ET", "L")
T("Caller: 'I am working in house of a family in Leicester, I came to marry the son, but they make me their servant, I cook for 12 people, they do not let me use phone, mother-in-law beats me with slipper'. Caller in house now, said it's safe to talk as they are at a wedding. Police informed with consent, DV/MS.",
  "ISO PSV DEC", "IS", "D")
T("Caller (employer, fruit farm, Herefordshire) says two seasonal workers ran off and she wants to report them for breaching their visa. Employer states workers' passports held 'by the office'. Advised that holding passports is an MS indicator and to return them. Logged.",
  "RD", "DT", "L")
T("Caller rang to say the Big Issue seller outside Tesco in Taunton 'might be a slave'. On discussion, seller is known to the caller, registered vendor, lives in his own flat. No concerns.",
  "", "", "")
T("Caller reports man begging outside Boots on Oxford Street every day, 'he has no legs and a van drops him at 7 and picks him up at 8, he hands the money to the driver'. Passed to Met Police. Caller said she walks past every morning and would call again if she sees more.",
  "WW", "CE NCW", "C")
T("Teen (15) called from a train station in Crewe: 'I want to go home but they've got my phone and they'll do me if I don't finish'. Said he's been 'grafting' in Rhyl for a week. Police informed immediately, BTP attended.",
  "AV ISO IT", "IS", "C", "immediate")
T("Caller a hospital nurse in Sheffield working 12-hour nights four in a row. Asked if this counts as 'forced labour' because she is tired. Chosen shifts via NHS bank, paid into her account. Explained MS definition. Not MS. Caller given the RCN advice line number. Call closed. Ref 26-0514.",
  "", "", "")
T("Caller (Albanian, 24) said he came to work in a barber shop in Luton but was taken to a house with cannabis plants and told to stay. He was given food once a day. The men said they would kill his mother if he ran. Now escaped, at a friend's. Referred to Beds Police, NRM consent.",
  "DEC RM AC IT", "RMS", "C")
T("Webform: 'think my cleaner might be being exploited. she comes with her husband who takes the money and she never says anything, he answers for her'. Caller in Surrey. Advised not to confront and how to share with Surrey Police.",
  "WW", "NCW SFW", "L")
T("Call with Equality Advisory Service redirect: caller upset about age discrimination in job interview. Not MS.",
  "", "", "")
T("PV (Indian national, 33) via Punjabi interpreter: came on a skilled worker visa sponsored by a care home in Norfolk, paid agent £12,000 in India. Care home gives him 20 hrs pay for 60 hrs work and says if he complains they'll withdraw sponsorship and he'll be deported. Advised re NRM, Unseen, and UKVI whistleblowing.",
  "DB WW IT EO AV", "UF FA LH", "L")
T("Caller says her daughter (16) is staying with a 'friend' in Rochdale and is being given drugs and taken to parties with men. Daughter not answering phone tonight, last seen getting into a car with two men. Police called 999 by adviser with consent.",
  "AV PSV", "", "S", "immediate")
T("Caller (charity shop manager, Cambridge) noted a volunteer who seems very quiet and is dropped and collected by a woman who won't let her talk to staff. Volunteer has a black eye she can't explain. Advised to share with Cambs Police.",
  "", "PA ET SFW", "")
T("Employer (cleaning company director) called. One of her cleaners, Ionela, told a colleague her 'uncle' takes her wages and she gives him her card. Ionela has her own passport. Advised to speak privately to Ionela and share with police. Employer also given our guidance for businesses. Follow-up offered in a week.",
  "WW", "NCW", "L")
T("Call asking about the difference between human trafficking and people smuggling for a college essay. Information given. Not MS.",
  "", "", "")
