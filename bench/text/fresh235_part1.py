# fresh235 part 1: formal economy - care, nursing, farms, food plants, hotels, warehouses, construction
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Referral from Unison rep, Kettering. Care worker on Skilled Worker visa (from Kerala) says the agency that sponsors her charged her £9,500 for the certificate of sponsorship and says if she leaves before 3 years she must repay £6,000 'training costs'. They deduct £400 a month towards it. She does 60+ hrs a week across 4 clients and travel time between calls is not paid. Manager told her 'one call to the Home Office and you are on a plane'.",
  "DEC DB WW EO IT AV", "UF LH", "L")
T("Nurse from the Philippines, band 5, working at a private nursing home in Torquay. She says the home keeps her passport 'for safe keeping' in the office safe and she has asked twice for it back. The home's manager says it is policy for all overseas staff. Referral passed to the local authority safeguarding adults team and the GLAA for a joint visit.",
  "RD", "DT", "L")
T("INT 3/B/P. Source reports approx 20 Romanian nationals working at poultry plant on Dunstable Rd industrial est, LU5. Workers collected 0500 by white Transit (ref seen KN19 XBT) from HMO on Oak St and returned around 2100. Source states £50 p/w taken from wages for the van.",
  "WW", "CE CT OA", "L")
T("seasonal worker scheme - caller from a Herefordshire farm camp says the caravans have 6 to a caravan, no heating, mould, one shower block for 90 people and they are charged £80 a week each for it taken off pay",
  "AC WW", "PLC OA", "L")
T("I came on the seasonal visa to pick strawberries. The recruiter in Tashkent took 3,000 dollars from my family for the place. My father borrowed it. Here they give us only 2 or 3 hours work some days, so I earn nothing, and still I have to pay the caravan. I cannot go home because the debt. I am ashamed to tell my father.",
  "DEC DB AV", "UF", "L")
T("GLAA inspection note: labour provider supplying meat plant in Wisbech. Payslips show deductions for 'PPE £35', 'knife sharpening £10', 'admin £15' per week. Several workers below NMW once deductions applied. Workers state they have to buy own wellies and whites from the supervisor.",
  "WW", "PPE", "L")
T("Warehouse op, Daventry. Agency workers say their pay goes onto a card the agency gives them and the supervisor kept the PINs 'so they don't lose them'. Some workers don't know how much they've earned. Agency is Apex Logistics Staffing, office in Northampton. Two workers spoken to through a Polish colleague, who translated. Passed to GLAA intel desk.",
  "WW", "NCW", "L")
T("Hotel housekeeping (central Manchester) - room attendants paid per room, £2.50 a room, expected to do 16 rooms in a shift that takes 10 hours. Works out well under minimum wage. Contractor is CleanStay Services Ltd. Housekeepers are mostly Portuguese and Brazilian, recruited through word of mouth. Hotel management say pay is the contractor's business. Referred to HMRC NMW team.",
  "WW EO", "LH", "L")
T("Case note 14/03: Mr OKONKWO (sponsored senior carer) states his sponsor reduced his hours to 20 a week but still requires him to be on call overnight, unpaid, in the client's house. Told him if he complains they will 'report him to UKVI' and withdraw sponsorship. He is frightened and sends money home to a wife and 3 children.",
  "WW EO IT AV", "FA LH", "L")
T("Construction site, Nine Elms. Three labourers found sleeping in the site welfare cabin. Said gangmaster told them it was 'free accommodation', they have been there 5 weeks. No showers, they wash at the standpipe. Principal contractor unaware; the cabin is meant to be locked at 6pm. The gangmaster's name is given as 'Sasha', phone 07452 118 309.",
  "AC DEC", "SW PLC", "L")
T("Labourers on a loft conversion job in Luton - the one who speaks English answers everything for the others, the others just look at the floor. No hard hats, no harnesses, lad on the roof in trainers. Reported by a neighbour who works in building control. Van seen outside most days, grey Citroen Relay. Address of the job: 14 Meyrick Ave, LU1.",
  "AC", "SFW FA", "L")
T("Anonymous report via Modern Slavery Helpline: cleaning contractor for an office block in Canary Wharf. Night cleaners told they must pay £200 'registration' to get shifts and that they'll be paid after a 'probation month' - after the month they were told the money was 'held back as deposit'.",
  "DEC WW", "UF", "L")
T("Security guard referral (SIA licensed). Guard works for a subcontractor at a retail park in Thurrock. 72-hour weeks, 12 hr nights x 6. He says he's been paid for 48 hours only for the last 3 months, the rest 'goes through next month' and never does.",
  "WW EO", "LH", "L")
T("MSVCC notes. Client (female, 34, Zimbabwean) came as a care worker. Sponsor housed her in a 3-bed house with 9 other carers, £450 pcm each deducted at source. Car to get between calls is 'company car', £60 p/w deducted. Net pay some weeks £70. She is too scared to speak to the council because she thinks she will be deported.",
  "WW AC AV", "OA CT FA", "L")
T("Fish processing, Grimsby. Rota shows some staff on 14-hour shifts six days a week for 7 consecutive weeks. Workers say refusing overtime means being told 'no work next week'. Line manager holds their Bulgarian ID cards 'for the fire register'.",
  "EO RD IT", "LH DT", "L")
T("Mushroom farm nr Tunbridge Wells. Pickers live in static caravans on site, can't leave the farm without the supervisor driving them, he takes them to Tesco once a week and charges £5 each. They say they don't know the name of the village.",
  "RM ISO", "RMS CT ET IS", "L")
T("Report from NHS trust international recruitment team: two overseas nurses from an agency in Lagos told our HR that the agency is demanding £12,000 each as 'breach of contract' if they move to permanent posts. They were never told about this clause before travelling. Both visibly distressed.",
  "DEC DB IT", "UF FA", "L")
T("daventry dc warehouse the agency lads get picked up in a minibus 4am from the same house in Northampton, must be 15 of them living there, they pay £10 a day for the bus dont know the name of the agency but the bus says Speedy Staff on the side. the house is on Kettering Rd near the Co-op",
  "", "CE CT OA", "L")
T("POI NOWAK Tomasz (DOB 02/07/81) believed to be the gangmaster supplying vegetable packhouse, Spalding. Source states NOWAK holds approx 30 workers' bank cards and withdraws cash on Fridays at the Sainsbury's ATM, gives workers £100 each in cash. INT 2/B/P.",
  "WW", "MBC NCW", "L")
T("Hand written note handed to a GP receptionist in Boston, Lincs: 'I work factory 6 day. They take my passport. Money go to boss. Please help. Not tell boss.' Receptionist did not see who handed it in, a woman in a blue tabard, possibly from the vegetable factory on the industrial estate. Note retained, CCTV requested from the surgery.",
  "RD WW", "DT NCW FA", "L")
T("Domiciliary care agency, Stoke. Whistleblower says the agency is running 15-minute calls back to back with no travel time, carers on 7am-11pm most days. Overseas carers say they were promised 37.5 hours on the visa but get 15 hours paid. Director says if they want to change employer they'll need to 'pay back the visa'.",
  "EO DEC WW DB", "LH", "L")
T("Bakery plant, Bradford. HR says new starters come via a labour provider who put them up in a house the provider owns, rent £120 p/w each taken from pay. Couple of them said they still owe the provider for the coach fare from Romania and that it 'goes up every week'.",
  "DB WW", "OA UF", "L")
T("Staff at a Premier-type hotel in Glasgow report that kitchen porters employed by an outsourced contractor are sleeping in the linen store between double shifts. They have been seen eating leftovers from plates. Hotel management say the contractor is responsible for its own staff. Two porters spoken to briefly, very little English, both said 'no problem'.",
  "AC EO", "SW PA LH", "L")
T("Case study (Salvation Army). R was recruited in Ghana for a job as a care assistant in a care home in Kent. On arrival she was placed in a private house with an elderly man as his live-in carer, 24 hour care, one afternoon off a fortnight, £600 a month paid into an account the agency opened in her name, which the agency director controls. Her passport was 'with the solicitor'.",
  "DEC EO WW RD", "LH NCW DT", "L")
T("Courtesy call from GLAA licensing: holder Fieldfare Labour Ltd checked today, payslips in order, accommodation is independent lets, workers hold own documents. No concerns. File note only. Workers spoken to in Lithuanian and Polish on the farm, hours and breaks consistent with the timesheets, accommodation visited and in good repair.",
  "", "", "")
T("Construction - we had a lad come in to our drop-in with a crushed hand from a cement mixer. He says boss didn't take him to hospital for 2 days and told him if he went to A&E he should say he fell at home, or he wouldn't work again. He's been paid £40 a day cash for 10 hour days.",
  "AC IT WW EO", "PA LH FA", "L")
T("Poultry catchers working nights across Norfolk farms. Driver collects them 10pm, drops off 8am. Several catchers say they get no break the whole shift and the gaffer deducts a 'fine' of £20 if a bird is killed. Catchers are paid per shed rather than per hour. The crew are believed to be Lithuanian and live at two addresses in Thetford. GLAA informed.",
  "AC WW EO", "CE LH", "L")
T("Ms ADEYEMI, sponsored care worker, presented at Citizens Advice Reading. Her employer (a small care agency) has not paid her for 7 weeks. She has no money for food and is eating at the care home where she works. Agency says the visa means she 'belongs' to them and she can't go anywhere else.",
  "WW AV DEC", "", "L")
T("hotel in blackpool the cleaners are all from abroad and live in the attic rooms, they work breakfast through to the evening bar and i never see them go out, the owner takes their money for the rooms its the one on the corner near the tram stop, the big white one, owner is a bald bloke drives a range rover. i work in the shop over the road",
  "EO WW", "OA LH IS SW", "L")
T("Meat plant, Ballymena (PSNI). Workers recruited via Facebook ad promising £12.50 an hour and 'free housing'. Actually paid £8 and charged £100 p/w rent for a bed in a room of four. Two workers interviewed, both from Lithuania, both recruited by the same agent 'Darius'. Employer states the housing is provided by a third party. GLAA and PSNI MSHTU informed.",
  "DEC WW", "OA", "L")
T("Care home manager rang: one of her night staff supplied by an agency says she is doing nights here then days at another home for the same agency, 'I sleep on the bus'. She looks exhausted, same uniform every day, hasn't had a day off in a month.",
  "EO", "LH PA", "L")
T("Intelligence: the cleaning firm contracted to Westgate shopping centre uses workers who are dropped off together at 0400 by a silver Zafira, one male stays outside in the car throughout the shift and takes them back. Workers not allowed own phones on shift, he keeps them.",
  "RM ISO", "CE ET RMS IS", "L")
T("Debrief: I paid 450,000 rupees to an agent in Kathmandu for a job in a UK chicken factory. He said I would earn £1,800 a month. Here they pay me £900 and I send it all to pay the loan, the interest is 5% every month. My brother is guarantor so if I stop paying they go to him.",
  "DEC DB AV IT", "UF", "L")
T("Greenhouse complex, Vale of Evesham. Workers said they had to buy their own gloves and knives from the site shop (£25) and pay £3 a day for the bus from the camp. The camp is run by the labour provider not the grower. Grower has been asked to review. Workers are Romanian and Moldovan, approx 70 on site.",
  "WW", "PPE CT", "L")
T("Labourer on a council housing job in Leeds told the site manager that the subbie who brought him over from Albania holds his passport and takes half his wages 'for the debt'. He says the subbie told him 'Albania is not far, your sister is there'.",
  "RD WW DB IT", "DT NCW", "L")
T("Welfare check at 47 Victoria Rd, Hull, requested by HMO licensing. 14 males, all working at a food packing plant, mattresses on every floor including the kitchen. Landlord says the company rents the whole house. Males say rent deducted from wages. Nobody had any belongings beyond a carrier bag.",
  "AC WW", "OA PLC FPE", "L")
T("Agency nurse says she does 5 x 13-hr shifts a week by choice to save for a house deposit, gets paid weekly into her own account and loves the work. Raised by her manager who was worried about burnout. No exploitation.",
  "", "", "")
T("Data: 11 bank accounts opened at same address in Corby in 3 weeks, all for workers placed by one labour provider at a distribution centre. Cash withdrawals by one male at multiple ATMs. Suspected control of wages. Flagged by the bank's financial intelligence unit. Accounts opened online with the same phone number. Referred to the force's economic crime unit and MSU.",
  "WW", "MBC NCW OA", "L")
T("Whistleblow to CQC passed to police: the owner of Brookfield Care Ltd has told overseas carers they must work 'as many shifts as needed' because 'I brought you here', has cancelled days off and took their BRPs to 'update records' 4 months ago. One carer says the owner slapped her in the office.",
  "EO RD PSV AV", "LH DT PA", "L")
T("Asylum seeker (not allowed to work) found by Immigration Enforcement working in a car parts warehouse, says he was paid £3 an hour cash and was told if he complained the boss would 'call the Home Office on him'. Warehouse is on the Trafford Park estate, owner a British national, arrested on suspicion of employing an illegal worker. Worker referred into NRM first responder process.",
  "AV WW IT", "FA", "L")
T("Food factory in Peterborough - I'm a team leader there. Lots of the new ones come through the same bloke, he's always at the gate, he does all the talking to HR for them and signs their timesheets. He drives them in every morning.",
  "", "SFW ET", "L")
T("Hospitality referral: a Turkish chef at a restaurant chain outlet in Cardiff says he works 8am-midnight, 6 days. Paid £1,000 a month. Lives above the restaurant. Employer arranged his visa for £8,000 which he's paying back from wages. He was referred by his GP after presenting with back pain and exhaustion. Visa sponsor is the restaurant company. He does not want the restaurant to know he has spoken to anyone.",
  "EO WW DB", "LH UF SW", "L")
T("We received a call from a care home in Sunderland - one of their agency carers (from Zimbabwe) collapsed at work. Colleagues say she has been working doubles since she arrived and only gets about £200 a week. Her agency boss picks her up and drops her off and answers for her when staff try to talk to her.",
  "EO WW", "LH ET SFW PA", "L")
T("Dairy farm, Carmarthenshire. Worker from Ukraine milks 4am-8pm, 7 days a week, for £200 a week, lives in a converted cowshed with no toilet. Farmer keeps his passport. Worker doesn't speak English and has no phone. Neighbouring farmer raised it after seeing the worker in the lane in the dark. Referral to GLAA and Dyfed-Powys MSU, Ukrainian interpreter requested.",
  "EO WW AC RD ISO", "LH PLC DT IS", "L")
T("Security contractor referral, London. SIA guards told their licence costs (£190) and the 'uniform deposit' (£80) would be taken from pay. Now told they owe £500 for 'training' and can't leave until it's repaid. Firm name is Sentinel Guarding Solutions, office in Ilford. Guards are from Nigeria and Ghana. Referral from the SIA compliance team.",
  "DB WW", "UF PPE", "L")
T("Agricultural worker (Kyrgyz national) walked into Ledbury police station at 2300 hours with his hand bandaged. Said the farm supervisor hit him with a crate for being slow and said he would be sent home with no money. Wants to go home.",
  "PSV IT", "PA", "L")
T("Construction firm pays labourers into one business account then pays them out in cash minus 'tax' - but HMRC shows no PAYE for any of them. Workers think they're paying tax. Passed to HMRC and GLAA. Around 30 labourers affected, mostly Romanian. Firm operates across Essex on housing developments. HMRC investigating, GLAA to consider labour abuse offences.",
  "WW DEC", "NCW", "L")
T("Hotel in Edinburgh. Two Nepalese kitchen staff say the head chef locks them in the kitchen after closing to do the deep clean and unlocks at 3am. They sleep on flattened boxes in the dry store. Reported via the hotel's HR whistleblowing line by a waitress. Restaurant is part of a small group with two other sites in Leith.",
  "RM AC", "RMS SW", "L")
T("hotel in edinburgh, kitchen porter locked in the dry store now, colleague phoned, says chef has locked the door and taken his phone, he's banging on the door. Staff entrance Cowgate side. Caller is a waiter, gave name Dario, mobile 07388 402 917. Units en route.",
  "RM ISO", "RMS IS", "L", "immediate")
T("Care worker (Indian national) tells us: 'They said I will get a room and good salary. When I came the room is a box room shared with another lady. They take £350 for rent. Every month they find a new charge, uniform, DBS, training, the car. I have no money left. I cannot change sponsor because they say I owe them.'",
  "DEC WW DB", "OA PPE CT", "L")
T("Cabinet factory Leicester - Ukrainian lad's hand caught in a saw, no guard on the machine. He hadn't been trained, no gloves or goggles given. Told not to call an ambulance. Went in a colleague's car. Reported by his sister who lives in Loughborough. Factory is on the Troon Way estate. HSE and police informed, employer not yet spoken to.",
  "AC", "PA", "L")
T("Potato packing shed, Lincolnshire. Gang of about 25 eastern Europeans picked up at 4.30am from 3 houses in Boston by two minibuses, dropped home around 8pm. One woman said the gangmaster 'takes the cards'. Packhouse is supplied by a licensed labour provider, name not yet known. Information from a local shopkeeper who sees the minibuses every day.",
  "WW", "CE NCW", "L")
T("Warehouse in Tilbury: several Romanian agency workers say they are paid in cash £250 for a 60 hour week, the agency says it covers 'rent and transport'. They live in a house arranged by the agency and are driven to work in the agency's van.",
  "WW EO", "LH OA CT", "L")
T("Partner: Hope for Justice. Client V, 52, learning disability, has worked for a groundworks firm for 11 years. Paid in cans of lager and roll-ups, sleeps in a shipping container in the yard. The owner's son has hit him with a spade handle.",
  "AV WW AC PSV", "SW PLC PA", "L")
T("Mental health nurse came in to report her own agency: she was recruited from Kenya, was told the NHS would employ her direct, instead she is on a 'bank' contract with a private firm that takes 30% of her hourly rate as 'fee' for five years. Contract says £15k penalty if she leaves.",
  "DEC WW DB", "UF", "L")
T("Report from a customer: cleaner at the hotel on Lord St told me in broken English she hasn't been paid since Christmas and the boss has her passport. She was crying. Please look into it. The hotel is on Lord Street, Southport, the one with the green canopy. I was staying there for a wedding and left the next day. I can be contacted on the number given.",
  "WW RD", "DT", "L")
T("Daffodil pickers, Cornwall. Caravans in a field with no water supply, workers carry water from a trough. Paid by the bucket. Some told there's a £150 'caravan bond' that is never returned. The farmer says the pickers are supplied by a gangmaster and he has 'nothing to do with' the caravans. GLAA licence check requested.",
  "AC WW", "PLC", "L")
T("Live-in carer placed by a small introductory agency in Surrey: she looks after a woman with dementia 24/7, paid for 'day rate' only, no relief, family won't let her leave the house while the client is awake which is most of the time. Agency says that's live-in work.",
  "EO WW RM", "LH RMS", "L")
T("Laundry in Leicester supplying hotels: staff say they work 12 hours, it's 40 degrees in the ironing room, fire exits blocked with linen cages and the boss screams at them and says they'll be 'finished' if they talk to inspectors.",
  "AC EO IT", "LH FA", "L")
T("NCA briefing extract: OCG recruiting Vietnamese nationals for nail bars and construction in the North West via Facebook, fees £15-25k, debts serviced through wages, some victims housed in flats above premises. Victims often unaware of the size of the debt before travel. Forces in the North West asked to submit any nail bar or construction intelligence.",
  "DEC DB", "UF SW", "L")
T("Scaffolding firm, Bristol. Young lad (17) from care, the firm's owner collects him from the hostel at 5, drops him back 9pm, pays him £20 a day, tells him he's 'lucky anyone gives you work'. Reported by his personal adviser from the leaving care team. Firm's van is a white Ford Transit Custom with ladders. Strategy meeting arranged.",
  "AV WW EO", "CE LH", "L", "high")
T("Two overseas carers referred themselves via the Migrant Help line. They came on sponsorship with a Luton agency. Agency had no work for them, told them to find their own cash-in-hand jobs and pay the agency £200 a month 'to keep the visa'. They are sharing a single bed in a house with 11 others.",
  "DEC DB AV", "OA UF", "L")
T("Greenhouse, Lea Valley. One of the pickers told her friend she is not allowed to go into town, the site manager's wife watches the gate and says she'll tell immigration. She has no phone credit and no money. The friend phoned the helpline on her behalf. Greenhouse is off the A10 near Cheshunt, Bulgarian workers mostly. Friend does not know her surname.",
  "RM IT ISO", "RMS FA IS", "L")
T("Cleaning contractor for a hospital, Birmingham. Sub-contracted cleaners say they sign in for 8 hours but are made to stay 11 to finish wards, no overtime paid. Supervisor takes a '£10 tip' from each on payday. Cleaners are employed by a facilities company that subcontracts to a smaller firm. Information from the hospital's Freedom to Speak Up guardian.",
  "WW EO", "LH", "L")
T("POI HUSSAIN (Imran) believed to run a recruitment business placing sponsored care staff into homes in Lancashire. Multiple victims state he took payments between £10,000 and £18,000 for CoS, some jobs did not exist, victims now destitute in Blackburn. INT 2/B/P. NCA aware.",
  "DEC AV", "UF", "L")
T("Wind turbine maintenance crew (agency) on a vessel out of Great Yarmouth: crew say they're on 28 days on, they get 4 hrs sleep in between shifts, and skipper takes their seafarer ID books. Information from a former crew member now living in Lowestoft. Vessel name and agency details passed to the MCA and GLAA.",
  "EO RD", "LH DT", "L")
T("My son went to work on a farm in Scotland on the seasonal visa. Now he tells me on the phone that they move them to a different farm every week, no proper beds, they sleep in a barn, and a man takes money from everyone's wage for 'the agency in Bishkek'. He says be quiet, they listen.",
  "AC WW", "PLC SW FA", "L")
T("Field note: Chinese restaurant in Norwich - chef and two kitchen staff sleep in the basement, work 11am-1am daily. Owner holds their passports in his car. Staff nervous, look to the owner before answering. Visit prompted by food hygiene inspection. Staff spoke Mandarin and Cantonese; interpreter not available on the day. Follow-up visit planned.",
  "AC EO RD", "SW LH DT FA", "L")
T("Referral (Kalayaan): domestic worker employed in the diplomatic household but 'loaned' to work in the family's hotel in Bayswater as a cleaner, unpaid, still doing the household cooking at night. Client was referred by a church in Queensway. She is from the Philippines and has been in the UK two years. Diplomatic immunity issues flagged to FCDO.",
  "WW EO", "LH", "L D")
T("Car wash on A5 - we investigated and the 4 staff were taken on formally via a payroll company, had contracts, P60s, lived at their own addresses. Hours 9-6. GLAA satisfied. Anonymous tip had claimed the workers were 'slaves'. Tip appears to have come from a rival car wash across the road.",
  "", "", "")
T("Recycling plant, Doncaster. Workers sorting waste by hand without masks or gloves. Several with cuts on hands. Foreman says if they want gloves they buy them. They're picked up from a house in Balby at 5am and dropped back late.",
  "AC", "PA PPE CE", "L")
T("Visit to care agency office, Croydon, with UKVI compliance: 22 sponsored carers on books, payslips show £0 net pay for 5 of them after 'accommodation, transport and loan' deductions. Director claims the loan was their choice. UKVI to consider licence revocation. Workers spoken to individually with interpreters, most did not want to make a complaint. Referred to GLAA.",
  "WW DB", "CT", "L")
T("I work in the hotel laundry 7 days, no day off in 2 month. Manager say if I want day off I go back to my country. He keep my visa paper. I am afraid. I am from Morocco. The hotel is in Kensington. My friend write this for me in English.",
  "EO IT RD", "LH DT FA", "L")
T("Seasonal workers on a blueberry farm in Staffordshire say the supervisor threatens to give them 'bad reports' so they won't get a visa next year if they complain about the pay. Piece rates mean some are earning £4 an hour.",
  "IT WW AV", "FA", "L")
T("Salad packhouse - one worker fainted at the line, it was 11pm and she'd started at 6am. She said she hadn't eaten, the van man charges for the sandwiches and she has no money left after his deductions. Reported by the site first aider. Worker is Bulgarian, aged about 50. Taken to Pilgrim Hospital by ambulance as a precaution.",
  "EO AC WW", "LH PA", "L")
