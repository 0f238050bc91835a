#!/usr/bin/env python3
"""Hand-written texts for fresh21 (Scotland, NI, Wales, rural England emphasis).
Each entry: (text, indicators, signs, types, risk_override). Abbreviations are
expanded to the full codes below; risk is derived from the labelling rules
unless given explicitly ('immediate' or 'high' for a child at risk)."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

D = []
def T(text, ind="", sig="", typ="", risk=None):
    D.append((text, ind, sig, typ, risk))

# ---------------- part 1 ----------------
T("INT suggests males of Romanian origin working at a hand car wash on the A487 outside Aberystwyth are housed in a static caravan behind the wash bay. Approx 8 persons, one caravan, no running water. Source states wages handed to a male known as 'Costel' who 'looks after it'. 2/C/P",
  "AC WW", "oc plc ncw", "L")
T("101 call. Caller from Llanidloes says the lads at the car wash on the bypass are always there from first light till dark, seven days a week, and never seem to go home. Not sure if anything wrong, just concerned.",
  "EO", "lh", "L")
T("Police Scotland STORM log. Female caller reports wee lassie, thinks about 15, getting in and out of different cars outside the chip shop on Harbour St Peterhead most nights after 11pm. Older men, not local. Caller says lassie looked frightened and was crying last night.",
  "AV", "", "S", "high")
T("She says that she was told there was work picking daffodils in Cornwall and the money would be £12 an hour. When she arrived the man said she owed him £1,400 for the minibus and the room and that this would come out of her pay. After six weeks she says it was still more than £1,000 because he added the rent every week.",
  "DEC DB", "ct", "L")
T("GLAA inspection note, shellfish processor, Kilkeel. 23 workers on site, all supplied via licensed agency. Payslips checked against bank statements for a sample of 6 - all paid to own accounts, holiday pay shown. Workers interviewed in private with interpreter; no concerns raised. Accommodation not provided by employer.",
  "", "", "")
T("i seen a man at the farm near Spalding take a young fella by the neck and slam him into the van, shouting at him in some other language. the young fella was bleeding from his nose. they all work on the cabbages there. he looked terrified",
  "PSV", "pa", "L")
T("Nom: NGUYEN Van Thanh DOB 03/02/2008. Located at cannabis grow in a former bank, Main St, Dungannon. Door padlocked from the outside, windows boarded. Young person states he was brought from France in a lorry and told he must water the plants until his family's debt is paid. Referred to NRM; Health and Social Care Trust informed.",
  "AV ROM DB", "rm", "C", "high")
T("Lost passport report. Student at Bangor University, Chinese national, believes passport dropped on the train between Chester and Bangor. Reported to BTP and embassy. No other concerns.",
  "", "", "")
T("Midwife note, booking appt, Carmarthen. Pt 19yrs, Slovak, attended with a man who answered every question for her and would not leave the room. Pt looked at him before answering anything. Speaks little English. Could not establish address - pt did not know it. Booked interpreter for next visit; safeguarding lead informed.",
  "ISO", "sfw iso", "")
T("Neighbour dispute, Cockermouth. Ongoing argument about a leylandii hedge and a blocked drive. Both parties advised. No offences disclosed.",
  "", "", "")
T("Salvation Army caseworker note. Client (M, 41, Polish) states he was recruited at a bus station in Gdansk for work on a farm in Lincolnshire. The recruiter took his ID card 'so the agency can register you' and he never saw it again. He lived with 11 other men in a three-bed house in Boston. £60 a week came off his wages for the bed and £10 for the van to the fields. He says when he asked to leave, 'Marek' told him that his brother in Poland would have an accident.",
  "RD IT AC", "dt oc ct", "L")
T("Dyfed-Powys. Report from a PCSO: female living in the back room of a takeaway in Haverfordwest, sleeps on a mattress next to the chest freezer. Works the counter and the kitchen. Speaks no English. Owner says she is 'family'. Worth a welfare visit.",
  "AC", "swp plc", "L")
T("wee boy aboot 14 been runnin bags for a guy fae Glasgow, he's no been at school in weeks. his mam's feart. the guy gave him trainers and a phone and noo says he owes him for them. think he's been stayin in a flat in Dumfries",
  "AV DB", "", "C", "high")
T("Bank alert. Account holder (F, 24) receives universal credit and wages from a meat plant in Ballymena. Within an hour of each credit, full balance withdrawn at the same ATM in Antrim where 7 other cards linked to different customers are used in sequence. Account app logged in from one device for all 8 customers.",
  "WW", "mbc ncw", "L")
T("Fishing boat, Kilkeel harbour. Filipino deckhand told port chaplain he had not been ashore for 4 months, was not allowed off the boat when in harbour, and his passport was kept by the skipper. He works 20 hour days when the fishing is good. Salary of $500 a month was promised but he says his family have received only two payments.",
  "ROM RD EO WW", "rm dt lh", "L")
T("Cumbria Police. Officer attended a farm near Penrith following a quad bike accident. Worker (Lithuanian, 33) fractured wrist. Employer drove him to A&E and has paid sick pay. Worker lives in his own rented flat in town. HSE informed re the accident. No concerns of exploitation.",
  "", "", "")
T("Intel log 2/B/C (not to be disclosed to the employer). POI Ionut BALAN believed to be supplying Romanian women to 'massage' flats in Swansea and Newport. Women rotated every 2 weeks, adverts on AdultWork. INT suggests BALAN keeps their earnings and pays them 'when they go home'.",
  "WW", "ncw", "S")
T("I came to Belfast because my cousin said there is a job in a restaurant. He said the boss will pay good. When I came the boss took me to a house and there were men. He said I must do this for the debt of the flight. I said no and he hit me. Every night, different men. I did not have a key. The door was always locked.",
  "DEC DB PSV ROM", "rm", "S")
T("Care home, Llandudno. CQC and council received anonymous report that night care assistants from Kerala are working 72-hour weeks. On visit, rotas showed 4 x 12 hour nights for most staff. Staff interviewed: they hold own passports and BRPs, paid into own accounts. Sponsor licence in order. Referred to Home Office for sponsor compliance advice; no MS concerns.",
  "", "", "")
T("Handover note. IP is an 18-year-old Albanian male found in a loft above a cannabis grow in Carlisle. He states the men who brought him said they know where his mother lives in Kukës and would visit her if he left. He had not been outside for what he thought was two months. Food brought twice a week. Now at a safe house.",
  "IT ROM", "rm", "C")
T("Travellers' site, Carmarthenshire. Council welfare officer visited after complaint about a man living in a horsebox. He is 58, has a learning disability, and says he has worked tarmacking for the family 'since I was a young lad'. He gets tobacco and food but no money. He sleeps in the horsebox, which has no heating. He was not sure what year it is.",
  "AV WW AC", "plc", "L")
T("Crimestoppers. Anonymous. Chinese lady at the nail bar on Castle St Dumfries never goes out, the boss brings her in and takes her away in a black BMW at 8am and 9pm. Never seen her speak to anyone. Looks very thin.",
  "", "ced et pa", "L")
T("Online report: theres a house on our street in Grantham with loads of men coming and going all hours, vans pick them up at 5am. I counted 14 once. Bins overflowing. Not sure if its a hmo or what but its not right",
  "", "oc ced", "")
T("Debrief (via Vietnamese interpreter). He says that he paid $18,000 to come to England and his family borrowed the money from a man in the village. In England he worked in a nail shop in Carlisle. He says the boss said he would be paid £800 a month but the money was 'sent to Vietnam to pay the debt' and he got £30 a week for food. He slept in the storeroom of the shop with another boy.",
  "DEC DB WW AC", "swp ncw uf", "L")
T("Domestic incident, Omagh. Female reports partner smashed her phone during an argument and pushed her. Both British, living together for 3 years. Partner arrested for common assault. DASH completed - medium. No indication of exploitation.",
  "", "", "")
T("North Wales Police. Report from Holyhead Port: Border Force stopped a lorry off the Dublin ferry; 3 Eritrean males found in the trailer. All state they are going to London to claim asylum and have family there. No debt, no arranged work, no third party controlling them. Passed to Immigration Enforcement. Smuggling, not trafficking at this stage.",
  "", "", "")
T("Caseworker (BAWSO) note. Client (F, 34, Nigerian) was brought to Cardiff to look after the children of a couple in Pontprennau. She cooks, cleans, does school runs, 6am to midnight, and sleeps on the floor of the children's room. The wife took her passport 'for the visa' and never gave it back. She has been paid £50 in 14 months. She is not allowed to leave the house except to walk the children to school.",
  "EO RD WW ROM AC", "lh dt swp rm", "D")
T("GLAA licence check, gangmaster supplying pickers to soft fruit farm in Angus. Unlicensed activity identified - the supplier's licence lapsed in March. Workers' pay and accommodation checked, all satisfactory, workers hold own documents. Warning issued re licensing.",
  "", "", "")
T("aye there's a boy stays in the boat shed at the harbour in Mallaig, he's foreign, works on one of the creel boats. says he cannae go back hame till he's paid aff what he owes the skipper for his flights. been there since last winter. skipper's a nasty bastard tae.",
  "DB AC", "swp plc", "L")
T("INT suggests a female, 16, from Lurgan being collected by older males in a silver Audi (VRM unknown) and taken to house parties in Portadown where she is given vodka and cocaine. Friends state she has been 'passed around'. 3/C/P",
  "AV PSV", "", "S", "high")
T("Kidney transplant at the Royal Infirmary of Edinburgh, living donor is the patient's sister. Both assessed independently by HTA-accredited assessor. No payment or coercion identified.",
  "", "", "")
T("Referral from A&E, Royal Gwent. Male, 29, Pakistani, presented with infected wound on the left flank. States he had 'an operation' in Lahore last year and a man paid his family's debt in return. Scar consistent with nephrectomy. He says the man now says he has to work in a takeaway in Newport to finish paying, or 'they will take the other one'.",
  "AV DB IT", "", "O L")
T("Council licensing officer visit, HMO Wrexham. 3-bed terrace, 13 mattresses, men working at a poultry plant. Landlord is also the man who drives them to the plant and charges £15 a day for the lift. Workers would not speak in front of him. He said 'they are all happy, ask them'.",
  "AC", "oc ct sfw", "L")
T("POI GJONI Arben, Albanian national, believed to run a crew in Lincolnshire cultivating cannabis in rented farmhouses near Louth. INT suggests young Albanian males are kept at each site for months, told they owe £20k for transport to the UK. 2/B/P",
  "DB ROM", "rm", "C")
T("Pupil (13) at a school in Ebbw Vale disclosed that she has 'a boyfriend' who is 22 who bought her a phone and takes her to his friend's flat. She said she has to 'be nice' to his friends as well. Referral made to children's services and police.",
  "AV PSV", "", "S", "high")
T("Au pair, 22, Spanish, living with a family in Harrogate. Called helpline because she is working longer than agreed (around 40 hours instead of 25). She has her own room, her passport, a day off on Sundays and is paid weekly. Advised on contract and ACAS. No exploitation concerns.",
  "", "", "")
T("PSNI. Report from a member of the public in Newry: Roma woman and two children begging outside Tesco every day, dropped off 9am by a man in a transit and collected at 6pm. He takes the cup from her each time before she gets in.",
  "AV WW", "ced ncw", "C", "high")
T("Statement. My name is Andrei. I worked for the man called Sorin at a building site near Swansea. He took my passport at the start and said I would get it back when I finished. He paid us nothing for three months, he said the company had not paid him yet. We slept in a container on the site. He said if I talked to the police they would send me to prison because I have no papers.",
  "RD WW AC IT AV", "dt swp foa", "L")
T("Probation note. Service user (M, 44) on licence reports he lodges with an old friend in Stranraer and works cash in hand on the fishing boats when there's work. Pays rent of £80 a week. No concerns.",
  "", "", "")
T("online report - HELP there is a girl in the flat above me in Derry she screams at night and there is always different men going up. i heard her say 'please no' last night. i think they lock her in cos i never see her leave.",
  "PSV ROM", "rm", "S", "immediate")
T("Intel: Vietnamese females working at nail salons in Inverness, Elgin and Nairn are all driven between the shops by the same male in VRM SV19 XKT. Salons open 9-7 but females seen arriving and leaving together. Single address linked. 2/C/P",
  "", "et", "L")
T("999 call 02:14. Male caller, poor English, says he is in a house near Brechin, he does not know the address, doors are locked, three men are inside with him, they took his phone but he has a second one. He says he was beaten tonight and is bleeding. Location trace requested.",
  "ISO ROM PSV", "rm iso pa", "", "immediate")
T("Farm in Pembrokeshire employs 40 seasonal workers on the Seasonal Worker visa through an approved scheme operator. Caravans inspected: 4 per caravan, hot water, heating, fire alarms. Workers choose their own hours above the guaranteed 32. No issues.",
  "", "", "")
T("Caller to Modern Slavery Helpline from Cornwall. Works at a hotel in Newquay. Her manager kept her first two months of wages as a 'deposit' and now says she will not get it unless she stays until October. She lives in staff accommodation and says she would leave tomorrow if she had the money.",
  "WW", "", "L")
T("He (the IP) says that at the flower farm in Lincolnshire the gangmaster took 'fees' from everyone before they came - 300 euro for the job. Then he charged for the gloves and the knives, £25. Now he says the jacket is £40 also.",
  "", "uf ppe", "L")
T("Cuckooing. Vulnerable adult (M, 52, alcohol dependent) in a flat in Workington. Two lads from Liverpool have been staying for a fortnight and dealing from the flat. Neighbour says he was seen with a black eye and they have his bank card. He told the PCSO 'I cannae get them out'.",
  "AV PSV", "pa", "C")
T("School safeguarding referral, Fort William. S3 pupil (14) has a new phone, new clothes, and has been missing overnight twice. Seen getting into a car with older lads from Glasgow. Says he's 'doing a wee job' for them. Mum has found £400 cash and a burner phone in his room.",
  "AV", "", "C", "high")
T("Intel 1/A/P. Source reports female VN nationals employed at Tan Nails, Penzance, are not allowed to keep their own phones - 'boss keeps them in a drawer'. Source states they sleep above the shop, 5 to a room.",
  "ISO AC", "iso swp oc", "L")
T("My husband's family brought me from Lahore after the marriage. In the house in Bradford I do all the cooking and cleaning for eight people. My mother in law keeps my passport in her cupboard. I am not allowed to go out or telephone my mother. When I cried my husband beat me.",
  "RD ROM ISO PSV", "dt rm iso", "D")
T("Theft from a farm shed near Brecon. Quad bike and power tools stolen overnight. Enquiries ongoing. No witnesses.",
  "", "", "")
T("Report from the RNLI crew at Newlyn: Ghanaian fisherman on a beam trawler told them he has worked for 9 months and has not been paid, skipper says money goes to the agent in Accra. He has a cut on his hand that has gone bad. Says he is scared to complain because skipper says he will be deported.",
  "WW IT", "pa foa ncw", "L")
T("Polish workers at the mushroom farm near Armagh are all living in portakabins on the farm. I seen it myself - broken windows, a bucket for a toilet. They are driven into town once a fortnight to shop and they are brought back.",
  "AC", "plc swp et", "L")
T("Immigration Enforcement note. Indian national (M, 31) encountered at a restaurant in Aberdeen. Overstayer. States he works 6 days a week, gets paid £8.50 an hour into his own account, and has a room in a shared flat he rents privately. Does not wish to claim asylum. No trafficking indicators.",
  "", "", "")
T("Debrief. I was 17 when I came. The man in Tirana said I would work in a car wash in England and get £1,500 a month. In the end they put me in a house in Bangor with plants. They said if I try to leave they will kill my sister. There was a man with a gun.",
  "AV DEC IT", "", "C", "high")
T("Duty to Notify. Adult male (Sudanese, approx 25) declined NRM. Worked in a car wash in Dumfries, slept in a storage unit at the back. Stated the boss takes £50 a week for the 'room' and £20 for 'water and electric' out of £150. Stated 'I can leave but where will I go'.",
  "AC", "swp", "L")
T("Bank of Ireland financial crime alert. 11 newly opened accounts, all with the same contact mobile and the same address in Craigavon, salaries from the same recruitment agency. Cash withdrawn in full each Friday from one ATM. Possible labour exploitation - accounts likely controlled by a third party.",
  "", "mbc ncw", "L")
T("Intel log 2/C/P. Slovak family (parents and 3 kids) living in a caravan at a yard off the A17 near Holbeach. Father works on a gang for 'Jozef'. INT suggests Jozef keeps the family's ID cards and collects their child benefit.",
  "RD", "dt ncw", "L")
T("HMO inspection, Peterborough. Licensed for 6, 8 occupants found. Tenants are factory workers paying rent directly to the letting agent. Landlord issued with a notice. No third party control found.",
  "", "", "")
T("A lady came in to the surgery in Llandrindod with bruises on both arms and her face. She is from Thailand and came here to marry a local man. She said he makes her work on the farm all day and then she must cook and clean. He has her passport. She wouldnt say more because he was waiting in the car.",
  "PSV RD EO", "pa dt lh", "L D")
T("Handover: Police Scotland welfare check at a cannery in Fraserburgh after staff noticed a worker fainting on the line. Worker (F, 27, Latvian) says she had not eaten, her money goes to her boyfriend who 'manages it'. She lives with him in Peterhead. Declined further assistance. Some concerns - intel submitted.",
  "WW", "ncw pa", "")
T("She says that the agency in Manila charged her 250,000 pesos for the placement as a carer in a nursing home in Enniskillen. She borrowed it from a lender in her town. Now the nursing home deducts £300 a month from her salary for 'accommodation' in a shared house and she is still paying the lender. She says the work itself is fine and the manager is kind.",
  "", "uf", "")
T("Report from a man walking his dog: there's a van parked up by the layby at Glencoe every morning at 5, 10 or 12 fellas pile out and get picked up by a minibus for the fish farm. Probably nothing but they looked knackered.",
  "", "ced", "")
T("INT suggests nom Daniel McCANN (Belfast) using a flat on the Ormeau Rd to run girls aged 15-17 from care homes. Girls given cannabis and told they owe him for it. Photos taken on his phone and used to threaten them. 2/B/P",
  "AV DB IT", "", "S", "high")
T("Cornish daffodil field, Feb. Couple from Bulgaria told us they pay 'Ivo' £50 each per week for the bus to the fields, he holds their bank cards 'to make sure the rent is paid' and gives them cash when he decides. They live in a caravan with 6 others.",
  "WW AC", "ct ncw oc", "L")
T("Call summary 101: Woman in Aberdeen concerned that her elderly mother's carer, employed by a care agency, is 'overworked'. Carer told her she has 14 calls a day. No allegation of exploitation; passed to agency and council as a care quality complaint.",
  "", "", "")
T("IP (F, 23, Romanian) debriefed in Swansea. She met a man online who said he loved her and they would start a life in Wales. When she came, he said she had to work 'for a few weeks' in a flat to pay for the flight. He took all the money from the clients. He slapped her when she said she wanted to stop. She was moved to Cardiff, then Bristol.",
  "DEC DB WW PSV", "ncw", "S")
T("Officer notes, Lincolnshire. Visited a Portuguese-run vegetable packhouse near Boston after anonymous call re long shifts. Workers report 10-hour shifts in peak season with paid overtime. Own accommodation. Own bank accounts. Free to leave. No indicators.",
  "", "", "")
T("tell me why the polish lad at the big farm outside Keswick sleeps in the lambing shed. asked him about it and he said the farmer says he cant have a room till he's paid back the money for the flights. he works from dark till dark. hes thin as a rake",
  "DB AC EO", "swp lh pa", "L")
T("Child (10) found begging with an adult woman outside Lidl in Coleraine in school hours. Woman claimed to be an aunt. Child appeared undernourished and could not say which school she attends. Social services contacted.",
  "AV", "pa", "C", "high")
T("GLAA intel summary: Indian chefs at restaurants in Ayr and Troon recruited on skilled worker visas; each paid £8,000 upfront to 'sponsor' via agent in Kerala. Paid salary into account, but required to pay back £1,000 monthly in cash to the owner. Long hours reported (70+ per week).",
  "DB WW EO", "uf lh", "L")
T("Press summary: Three men from Leicester were jailed at Swansea Crown Court for trafficking offences after police found 11 Vietnamese men working in a cannabis factory hidden in a disused chapel in Llanelli. The victims had been locked in and told their families in Vietnam would be hurt if they ran.",
  "ROM IT", "rm", "C")
T("Woman aged 62 reports her son (34, learning disability) has been befriended by a couple who now make him clean their house in Merthyr every day and have his bank card. She says his benefits are spent by them and he is told he is 'lucky to have friends'.",
  "AV", "ncw", "D")
T("Doorbell footage shows two boys aged about 15 delivering packages to a flat in Llandudno Junction at 3am. Known county line 'Bino' active in the area. PCSO says one boy is a missing person from Merseyside.",
  "AV", "", "C", "high")
T("GP note: Pt (M, 45, Latvian) c/o back pain. Works at a chicken processing plant, does 12 hr shifts 6 days a week, says he needs the money. Lives with wife. Advised on lifting and rest. Fit note declined.",
  "", "", "")
T("Intel 2/B/P. Male known as 'Marius' collects Romanian workers from a house in Dungannon at 4:30am daily and returns them after 8pm. Workers employed at a meat plant. INT suggests Marius holds their passports and pays them in cash after deducting rent, transport and 'tax'.",
  "RD WW", "ced dt et ncw", "L")
T("Young woman (19, from Cardiff) reported missing. Located in Swansea with friends, safe and well. Had argued with her parents. No exploitation concerns.",
  "", "", "")
T("Council welfare visit to a caravan park near Skegness after a fire. 7 Lithuanian men in a 2-berth caravan, no smoke alarm, extension cable from the neighbour's. They work at a sausage factory via 'Tomas' who sorted their jobs and the caravan and takes £90 each a week for it.",
  "AC", "oc plc", "L")
T("She says that the family in Knightsbridge brought her from Ethiopia. She worked for them for 4 years. She was allowed out only with the family's driver. She slept in the utility room. She was paid nothing; the madam said the money goes to her mother but her mother never received it.",
  "ROM AC WW", "et rm swp", "D")
T("Police Scotland intel. Nom: Kamil NOWAK. Runs a 'recruitment' business from a flat in Perth supplying labour to berry farms in Blairgowrie. INT suggests he charges workers £200 'registration' before they travel and deducts it again from first wages. 2/C/P",
  "", "uf", "")
T("Shift supervisor at a salmon processing plant in Shetland reports that a new starter from an agency told her she had to give her wages card to the driver every Friday. She has asked for advice.",
  "WW", "ncw", "L")
T("Domestic abuse referral, Rhyl. Female (27) reports her partner controls all the money and checks her phone. She works at a supermarket and her wages are paid into a joint account that only he can access. She is afraid of him. MARAC referral.",
  "", "", "")
T("Debrief via interpreter (Tigrinya). He says that in Libya he was sold twice. In the UK he was taken from a hotel in Leeds by a man who said he would find him work. He then worked at a car wash in Scunthorpe for 8 months, 7 days a week, 8am to 8pm, and was given £100 a month. The man said the rest was for his 'room', which was a mattress in the office of the car wash.",
  "AV EO WW AC", "lh swp", "L")
T("Crimestoppers: Two lasses at the pop-up flat above the bookies in Kirkcaldy. Advertised on Vivastreet as 'new in town'. They never leave. Man brings food in. Men in and out all night.",
  "ROM", "rm", "S")
T("Midwife note, Craigavon Area Hospital. 17 yr old, 32 weeks, Romanian, came to UK last year 'with her husband', who is 29. He does all the talking. She says she works cleaning in 'his friends' houses' and he keeps the money 'for the baby'.",
  "AV WW", "sfw ncw", "L", "high")
T("Report from a Dyfed-Powys rural crime officer: a farmer near Lampeter has a Romanian worker who lives in the farmhouse, eats with the family and has been with them 6 years. Worker says he is paid monthly, goes home every Christmas. Raised by a neighbour who 'thought it looked odd'. No concerns.",
  "", "", "")
T("INT 2/B/P: Vietnamese female (approx 20) working at nail bar in Market St, Lisburn. Customer noted she had fresh bruising to her neck and arms. When asked, she said she fell. Male owner answered for her and sent customer away.",
  "PSV", "pa sfw", "L")
T("Victim account (translated). I worked in the kitchen at a Chinese restaurant in Lerwick. The owner is my uncle's friend. I worked from 10 in the morning until 1 at night, every day, no holidays. I slept upstairs. They said my wages would be given when I go back to China, to keep them safe. After two years I have nothing.",
  "EO WW", "lh swp", "L")
T("999 - Female caller whispering, says she is in a flat in Newtownabbey, she was brought there by a man she met on Instagram, he has locked the door and gone out, says he will be back with 'friends' tonight. She is 16.",
  "AV ROM DEC", "rm", "S", "immediate")
T("Community officer note, Llangefni: two Polish men sleeping in a car on the industrial estate. They say they lost their jobs at the creamery after the contract ended and are waiting for final pay, which came a week late. Linked to housing support. No exploitation.",
  "", "", "")
T("i want to report a man who hires lads off the traveller site outside Carlisle for his tarmac business. some of them are homeless men he picked up in Newcastle. they sleep in an old caravan in his yard and he gives them cans and fags instead of wages. one has a limp where he says the boss hit him with a shovel",
  "AV WW AC PSV", "plc", "L")
T("Financial intelligence. Nail salon owner in Wrexham receives £4,000/month in transfers from 6 accounts held by Vietnamese nationals, each opened with the same address. The account holders are salon workers. Each account credited with wages then fully transferred out within hours.",
  "WW", "ncw mbc", "L")
T("Handover: CSE concern. Girl (14) in a residential home in Dumfries went missing for 3 days, returned with a new phone and says she was at 'a party' in Glasgow. Injuries to inner thighs noted by staff. She says she owes a man money for 'the stuff'.",
  "AV PSV DB", "pa", "S", "high")
T("Man aged 70 in Caernarfon says a lodger of his is stealing from him. Police advised this is a tenancy and theft matter. No exploitation.",
  "", "", "")
T("Border Force, Belfast International. Female (Brazilian, 24) arriving from Lisbon, states she is visiting a friend. Has a phone number written on her hand and says a man will meet her. Could not name the friend. Ticket bought by a third party. Says she was promised a job as a dancer. Safeguarding advice given and intel submitted.",
  "", "", "")
T("OIC note: Dyfed-Powys operation at a chicken farm near Welshpool. 9 Romanian workers. All had been told they would be on £10.42/hour; payslips show 70+ hours a week but the 'agency' deducts accommodation, transport and 'admin' leaving £80-£120. Passports kept in the agency man's car. Three workers stated they were told 'if you go to the police you will never work in England again and your families will pay'.",
  "DEC EO WW RD IT", "lh dt ct", "L")
T("Woman called 101 from Oban. Her Filipina friend works as a housekeeper for a wealthy family on a Highland estate. The friend says she is fine, is paid, has her own car and days off, but misses home. Caller was worried after watching a documentary. No concerns identified on welfare call.",
  "", "", "")
T("Pupil (15) at a Carlisle secondary reported to teacher that his older cousin makes him carry a bag to Whitehaven on the train every weekend and that if he doesn't 'the lads will come round'. He has been given a 'debt' of £600 because a package went missing.",
  "AV IT DB", "", "C", "high")
T("Intel, Devon and Cornwall. Three Albanian males working at a hand car wash in Bodmin, living in a flat above a nearby shop. Owner pays them 'cash at the end of the season'. They are driven to and from work. 2/C/P",
  "WW", "et", "L")
T("Public online report: THIS IS THE 3RD TIME IVE REPORTED IT!!! the massage place on Main St in Bangor county down has girls staying there overnight, seen the mattresses thru the window, all asian, never see them outside, cars come till 3am",
  "", "swp", "S")
T("Council tenancy officer, Penrith. Tenant (British, 60s) has three men staying who say they are friends. No evidence of exploitation or drug dealing. Advised the tenant re subletting rules.",
  "", "", "")
# ---------------- part 2 ----------------
T("Worker at the packhouse says the gaffer keeps everyone's passports in the office safe.",
  "RD", "dt", "L")
T("Boy on the trawler says he cannae phone his maw, skipper took the phone off him.",
  "ISO", "iso", "L")
T("Wee man at the car wash in Forfar wearing sandals in the snow, no gloves, hands raw.",
  "", "pa", "")
T("Nail bar girl in Omagh had only a carrier bag of clothes when the police took her out.",
  "", "fpe", "L")
T("Caller says her cleaner has her own passport and goes home to Krakow every summer.",
  "", "", "")
T("Lads at the farm in Fakenham pay £40 a week each for the minibus to the fields.",
  "", "ct", "L")
T("INT: POI DRAGOMIR speaks for all the workers at the Spalding packhouse, none allowed to answer. 2/C/P",
  "", "sfw", "L")
T("Client says he left the job when he wanted and was paid in full. No concerns.",
  "", "", "")
T("Girl, 15, reported missing from Ballymena, believed to be with a 30-year-old man in Larne now.",
  "AV", "", "S", "immediate")
T("Man outside Aldi in Carmarthen begging, dropped off and collected by the same Audi every day.",
  "", "ced", "C")
T("The boss said we pay £150 for the hi-vis, boots and helmet before we start on the site.",
  "", "ppe", "L")
T("Shellfish pickers at Morecambe Bay taken out at night by a gangmaster, no life jackets, no training.",
  "AC", "", "L")
T("Hotel porter in Tenby says he works 14 hours a day, seven days, since April. Owner holds his passport.",
  "EO RD", "lh dt", "L")
T("She is not allowed out of the house without her sister-in-law and does all the housework for the family.",
  "ROM", "rm et", "D")
T("Fisherman says he owes the agent $3,000 for the job and the debt is taken from his pay each month.",
  "DB", "uf", "L")
T("Neighbour complaint about barking dog, Strabane. Words of advice given.",
  "", "", "")
T("He doesn't know the address where he stays, only that it's 'near the big Tesco'. Driven everywhere.",
  "ISO", "iso et", "")
T("Skipper in Ullapool pays his Ghanaian crew properly, they have their own documents and leave when they like - told the chaplain they're happy.",
  "", "", "")
T("""Intelligence report - OFFICIAL-SENSITIVE. Grading 2/B/P.
Subject: Operation at potato farm, near Ballymoney, Co. Antrim (townland of Ballyboyland).
Source reports that approximately 15 Romanian and Bulgarian nationals are employed at the farm during the harvest through a man known only as 'Nelu', who is not the farmer. Workers live in two mobile homes and a converted byre on the farm. Source has seen up to 8 people sleeping in the byre on pallets.
Source states workers were told in Romania they would earn £2,000 per month; they are in fact paid £30 per day in cash by Nelu, who deducts £15 per day for food and accommodation. Source believes Nelu holds the workers' identity cards in the glovebox of his van, a white Ford Transit VRM NIJ 4471.
Source also states the farmer himself appears unaware and pays Nelu's invoices in full. One worker told source 'we cannot go, Nelu says we owe him for the bus from Constanta'.
No information about violence. Recommend joint visit with GLAA.""",
  "DEC WW RD DB AC", "oc plc dt et", "L")
T("""Safeguarding referral - Ceredigion County Council Adult Services.
Referrer: district nurse. Adult at risk: Mr G (67), lives alone in a farmhouse outside Tregaron, has early dementia.
The district nurse visited to dress a leg ulcer and found two young men living in the house who she had not seen before. They say they are 'helping out'. Mr G said they are 'good boys from the city'. The kitchen contained a large amount of cling film, scales, and several mobile phones. A car with Birmingham plates is parked in the yard.
Mr G appeared frightened when one of the men came in and stopped talking. His pension card was on the table next to one of the men's wallets. The nurse later saw Mr G's bank card being used at the cash machine in Lampeter (reported by his niece).
Concerns: cuckooing, financial abuse. Police informed. Strategy meeting requested.""",
  "AV", "ncw", "C")
T("""Debrief note (via Albanian interpreter), Police Scotland NTU.
He says that he grew up in Shkodër and left school at 14. When he was 16 a friend of his cousin told him there was good money in England in construction. The man arranged everything: lorry to France, then a small boat. He says that in England he was met by a man called 'Dini' who took his phone and gave him a new one 'for work only'.
He was driven for many hours and put in a house in Kilmarnock with the windows covered. He says he looked after the plants, watered them, changed the lamps. He was not paid; Dini said that all the money goes to the debt of £25,000 for the journey. He says Dini showed him a video on his phone of a boy being beaten with a bar and said 'this is what happens if you are a problem'.
He stayed in that house until the police raid. He is now 17 and in the care of Glasgow HSCP. He wants to know whether his mother is safe.""",
  "AV DEC ISO DB WW IT", "iso", "C", "high")
T("""Statement of witness (Criminal Justice Act 1967, s.9). I am the manager of a holiday caravan park near St Austell. In July I let a static caravan to a man called Piotr who paid for 3 months in cash. After a few weeks I noticed up to ten people using the caravan. They were collected every morning at about 5am by a minibus and brought back after 9pm. I never saw any of them at the shop or the bar.
One of the women came to reception to ask for a plaster; she had a deep cut on her hand from a knife. She said she cuts cauliflowers. When I asked if she was OK she said 'Piotr has my papers, I cannot talk', and then Piotr came in and took her out by the arm. I saw her the next day and she would not look at me.
I reported this to the police on 101 on 14 August.""",
  "RD AC", "oc ced dt pa sfw", "L")
T("""Duty to Notify - PSNI. Male, 38, Indian national. Approached PSNI at Newry station to say he wanted to go home. He came to NI on a Skilled Worker visa to work as a chef in a restaurant in Banbridge. He paid the owner's contact in Punjab ₹12 lakh for the certificate of sponsorship. He was supposed to get £30,000 a year. His salary goes into his account but the owner makes him withdraw £1,200 every month and give it back 'for the visa costs'. He works 11am to 11pm six days a week and on the seventh day cleans the restaurant.
He sleeps in a room above the restaurant with two other men. He says the owner told him that if he leaves the job the Home Office will deport him immediately and he will be arrested at the airport in Delhi for the money he owes. He declined NRM because he is afraid for his family. Intel submitted; GLAA and Home Office sponsor compliance informed.""",
  "DEC WW DB EO IT AV", "uf lh swp foa", "L")
T("""Press summary (BBC Wales style). A couple from Flintshire have been jailed for a total of 14 years for holding a vulnerable man in servitude for more than a decade. The court heard the man, who has a learning disability, was taken in by the couple after his mother died. He was made to work on their smallholding and in their home from early morning until late at night, was given scraps to eat, and slept in an outbuilding without heating or a toilet. The couple collected his disability benefits. Neighbours told the court they had seen him being shouted at and on one occasion struck with a walking stick. Detectives said the man was 'effectively invisible' to the outside world, with no phone and no contact with his relatives.""",
  "AV EO AC PSV ISO", "swp plc ncw iso lh", "L D")
T("""GLAA compliance inspection report - licence holder supplying labour to a salad packhouse in Evesham.
Scope: payroll, holiday pay, accommodation, transport, worker interviews.
Findings: 212 workers supplied, mostly Bulgarian and Romanian, recruited directly by the licence holder at jobs fairs without fees. Payroll reconciled to bank transfers for 30 sampled workers; all paid into personal accounts; minimum wage met including for piece-rate weeks. Transport to the site is provided free by the client. Accommodation is not tied to the job; workers rent privately, some in HMOs licensed by the council. PPE issued free and replaced when worn. Workers interviewed away from supervisors; all aware of how to raise a complaint and had their own ID documents.
One issue: two workers had 61 hours in a single week during the asparagus peak; both had signed the 48-hour opt-out voluntarily and confirmed they wanted the overtime.
Outcome: licence retained, no additional conditions.""",
  "", "", "")
T("""Handover note - night shift, Cumbria. 
1) RTC on A66 near Keswick, no injuries, vehicles recovered.
2) Concern for welfare: lady in Whitehaven worried about her son who has moved in with a new partner; son called us himself and is fine.
3) Call from a farm worker at a dairy near Wigton (Polish, 28) saying his employer hasn't paid him for the last fortnight. Spoke to the farmer, who says the bank transfer failed due to a wrong sort code; he showed us the returned payment and paid him cash in front of officers. Worker happy, has his own passport and lives in his own flat in Silloth. No offences.
4) Report of sheep worrying at Caldbeck - owner of the dog identified.""",
  "", "", "")
T("""Victim account (written by the victim in English, uncorrected). i come to scotland in 2023 for work in the hotel in Aviemore. the man on facebook he say is hotel job, good money, room free. when i come they take me to a house not the hotel. there is 4 girls. the man say i must work with men for the money of the ticket and the house. i say no i am cleaner not this. he take my passport and my phone. he hit me in the face. every day men come. i never go out, door is lock and the window have bars. one girl help me, she give me her phone in the night and i call my sister in romania who call police.""",
  "DEC DB RD ISO PSV ROM", "dt iso rm", "S")
T("""Housing officer note, Powys. Visited a farm cottage near Machynlleth at the request of environmental health. Tenants are a Polish couple with two children. The husband works on the farm, the wife in the local café. Concerns had been raised by a relative in Poland that they were 'slaves' because the cottage is tied to the job. On visit the cottage was in reasonable repair, the couple had their documents, pay slips, and a written tenancy. The husband says he sometimes works long days at lambing but gets paid overtime and has two days off a week otherwise. The family said the relative is unhappy that they moved away. No safeguarding concerns. Advised on the disrepair of the back door.""",
  "", "", "")
T("""Police Scotland - Operation note, Aberdeenshire.
Vessel: FV 'Silver Harvest' (name changed), berthed Fraserburgh.
Information from the Fishermen's Mission: six Filipino crew on transit visas have been kept aboard for over a year. The crew told the Mission that their contracts say $1,200 a month but the owner pays them $400 in cash, holding the rest 'until end of contract'. Their seaman's books and passports are held by the skipper. They are not allowed to go ashore unless the mate goes with them. Two of the crew had injuries to their hands from the winch that had not been treated. They work 18 to 20 hours a day when at sea. They are frightened that if they complain they will be sent home with nothing and will owe the manning agency in Manila the fees they borrowed.""",
  "WW RD ROM AC EO DB", "dt rm et pa lh uf foa", "L")
T("INT suggests a kidney broker operating via Facebook groups targets Pakistani men in Glasgow with debts, offering £5,000 and a 'free trip' to have a kidney removed at a private clinic abroad. At least one man from Govanhill is believed to have travelled. 2/C/P",
  "AV DEC", "", "O")
T("Nephrology consultant, Belfast City Hospital: patient (F, 51) returned from Lahore with a new kidney, says it was bought for $30,000 from a 'donor' she never met. Post-op infection. Concern re organ trafficking - reported to police and HTA.",
  "", "", "O")
T("She says that the man told her she could clear the family's debt by giving a kidney; she was taken to a clinic in Istanbul, and when she woke up they gave her $1,000 instead of the $8,000 promised. He now says she must still pay him back the rest of the loan.",
  "AV DEC DB", "", "O")
T("Transplant coordinator, Cardiff: living donor work-up for a man donating to his brother. Independent assessor satisfied there is no reward or pressure. Proceeding.",
  "", "", "")
T("Refugee Council caseworker: Eritrean client (M, 24) has a long scar on his side. He says that in Egypt the smugglers told him he could pay for the boat with 'his body' and took him to a house where he was put to sleep. He woke without a kidney. He was then locked in a room for three weeks and beaten before being put on the boat.",
  "AV DEC ROM PSV", "rm pa", "O")
T("OIC update: Op KESTREL, Lincolnshire. Second victim interviewed. Corroborates that the gang boss 'Rado' collected all wages from the recruitment agency into accounts he opened for them and gave each man £20 a week 'pocket money'. Victim says Rado 'knows where my children go to school in Košice'.",
  "WW IT", "ncw", "L")
T("Report via Unseen app: Indian woman working as a maid in a big house in Holywood, Co Down. She was seen crying in the garden. She told my nanny she is up at 5 and works until after midnight, never has a day off and has to ask permission to go to the shop. She hasn't been paid since March.",
  "EO ROM WW", "lh rm", "D")
T("Welfare visit to au pair in Cheltenham following helpline call by her mother. Au pair (19, Italian) was fine, said she'd been homesick, works 25 hours a week, paid £100 pocket money per week which is the agreed rate, has Sundays off and her own phone. No concerns.",
  "", "", "")
T("Call to 101 from an employee at a Devon meat plant: he says a new agency supervisor makes the Romanian workers pay him £100 cash every month or they get no shifts. Workers get their wages into their own accounts. Passed to GLAA.",
  "IT", "", "L")
T("The woman from the agency met us at Luton and said the job at the factory in Scotland was gone but we could work on a chicken farm in Lincolnshire instead. It was catching chickens at night. 14 hours. We were paid for 8. No one told us this before.",
  "DEC EO WW", "lh", "L")
T("INT: Slovak females aged 18-20 being brought to Ayr by a Slovak couple and offered to Pakistani males as 'wives' for £10,000. Marriages arranged for visa purposes. Female in latest case did not speak English and did not know the name of her 'husband'. 2/B/P",
  "AV ISO", "iso", "S")
T("Debrief: He says that at the car wash in Porthmadog there was no toilet, they used a bucket, and the chemicals burned their hands because there were no gloves. The boss said gloves cost money.",
  "AC", "", "L")
T("Safeguarding referral from a Salvation Army shop manager in Newquay: a young Latvian man comes in to buy clothes with coins, says he lives 'in the van of the boss' and works on building sites. He has no phone and no bank account. Does not know the name of the town where the site is.",
  "ISO AC", "iso swp", "L")
T("IP states: 'I was afraid of the police because the boss said police in England will put me in prison because I have no papers, and I believed him. In Vietnam police are not your friend.'",
  "IT AV", "foa", "")
T("Anti-social behaviour complaint, Lurgan: youths drinking in the park. Dispersed.",
  "", "", "")
T("Nail bar, High St, Llanelli. Trading standards visit (complaint re hygiene). Two technicians, both Vietnamese, with valid BRPs, paid through payroll. Owner is their aunt. No MS concerns, one hygiene notice issued.",
  "", "", "")
T("Voice of the child (Barnardo's worker, Belfast): 'They said I was part of the family now. I had to do what they said. I had to go to the houses with them and if I didn't do stuff with the men they said they would tell my mum I was a slag and put the pictures online.'",
  "AV IT PSV", "", "S", "high")
T("Wee Romanian lassie in the Big Issue spot outside the station in Stirling, seems about 12, there every day fae 8 in the morning. Man watches her fae the bench.",
  "AV", "", "C", "high")
T("She says that she was recruited in Lagos for a nursing assistant job in a care home in Wales. The agent charged her £6,000. When she arrived, the care home said there was no job. The agent's contact in Newport then gave her a room and made her clean his house and look after his children for free 'until a job comes'. It has been 9 months.",
  "DEC WW", "uf", "D")
T("INT 2/C/P: Chinese male workers at a takeaway in Kirkwall believed to be living in the flat above and working 7 days a week. Owner collects them from the ferry and they are not seen in the town. None speak English. No phones seen.",
  "EO ISO", "lh swp iso", "L")
T("The recruiter said the work in Wales was in a hotel restaurant. It was a chicken factory in Llangefni and the 'hotel' was a house with 12 people.",
  "DEC AC", "oc", "L")
T("Student (F, 20, Indian) at Ulster University tells the welfare team she works 20 hours a week in a café and the manager paid her late once. She has since been paid. She wants advice about her visa conditions. No exploitation.",
  "", "", "")
T("PSNI intel: three Bulgarian men in a house in Portadown say the landlord 'Georgi' found them work at a mushroom farm. No indication of control - they pay rent by bank transfer, hold their own documents and one has since moved to a different job. Filed for information only. 3/C/P",
  "", "", "")
T("Witness statement extract: 'I saw the man pull the girl by her hair into the back of the car at the lay-by near Bala. She was shouting in a foreign language. He said something to her and she went quiet. The car drove off towards Dolgellau.'",
  "PSV", "", "", "immediate")
T("He says the boss told them if anyone ran away the boss's cousin in Tirana would burn the family's house. So nobody ran.",
  "IT", "", "")
T("Care worker (F, 45, Zimbabwean) in a home in Barrow-in-Furness told her union rep that her sponsor takes back £500 a month from her pay for 'visa costs' and threatens to withdraw her sponsorship if she complains. She works 60 hours a week with no days off for 3 weeks at a time.",
  "DB IT EO AV", "lh", "L")
T("Farmhand in Carmarthenshire complains that the farmer pays only minimum wage and he wants more. He has his own car, rents a room in town and is looking for other work. Advised to contact ACAS.",
  "", "", "")
T("Debrief: At the flat in Cardiff the woman who ran it gave each girl a 'diary' of clients. We had to see 15 men a day. I slept on the same bed I worked on. She took all the money and said I owed £4,000 for the flight and the room and the adverts, and every week she added more.",
  "EO WW DB", "swp ncw lh", "S")
T("Public report: theres kids about 14 selling drugs on the estate in Coleraine, older boys in a car watching them, one of the kids had his face all cut. everyone knows but no one says nothing cos theyr scared",
  "AV PSV", "pa", "C", "high")
# ---------------- part 3 ----------------
T("Welfare check at a B&B in Stornoway: Polish woman working as a chambermaid. Owner says she is 'like a daughter'. She confirmed she has her passport, is paid monthly into her own account and is free to leave whenever she wants. Looks well. No further action.",
  "", "", "")
T("He would have threatened her if she'd tried to leave, she thinks, but he never actually did. She left of her own accord in May and has a new job in Dundee.",
  "", "", "")
T("No signs of anyone being held against their will at the premises. Rooms clean, workers had keys and phones.",
  "", "", "")
T("Officer noted: there was no evidence of overcrowding, all workers had their own rooms, and none reported debts to the employer.",
  "", "", "")
T("She says nobody took her passport - she lost it on the bus in Swansea and reported it herself.",
  "", "", "")
T("INT suggests the owner of a car wash in Coatbridge pays his staff correctly but is involved in VAT fraud. No indication of worker exploitation. 2/C/P",
  "", "", "")
T("Report from a Scottish Water engineer: attended a leak at a cottage near Huntly, found six men from Vietnam living there with a single mattress each, no furniture, and cannabis plants in every room. The men had no bags or belongings apart from clothes. Door was locked from the outside; engineer was let in by a man who arrived in a car. Police attended, men detained.",
  "ROM AC", "rm fpe plc", "C", "high")
T("Probation: service user (F, 23) in Newport disclosed that her ex-partner made her 'hold' drugs at her flat and sell to his customers, saying he'd hurt her son if she stopped. She has since moved to a refuge.",
  "IT", "", "C")
T("GLAA: workers on a leek farm in Lincolnshire said the gangmaster charges £5 a day for transport and £30 for wellies and waterproofs, deducted from first week's pay. Otherwise paid correctly, live independently. Enforcement notice re PPE charges.",
  "", "ct ppe", "L")
T("INT: nom 'Bogdan' takes 30+ bank cards belonging to Romanian workers at a Dumfries poultry plant and withdraws cash at the ATM in the Tesco at the same time every Friday night. 1/B/P",
  "WW", "mbc ncw", "L")
T("Asked if anyone spoke for him, the worker said his team leader always does the talking with the managers because his English is better, but he can speak to HR himself and does. No concerns identified.",
  "", "", "")
T("The girl at the brothel in Enniskillen had nothing - no bag, no coat, no phone. Just the clothes she was in.",
  "", "fpe", "S")
T("A&E Ysbyty Gwynedd: Male (approx 30, Lithuanian) with crush injury to foot from a farm machine. Brought in by a man who said he was the 'boss' and who answered all questions. Patient said he has no GP and does not know where he lives. Boss insisted on taking him away against medical advice.",
  "ISO", "sfw iso pa", "L")
T("Caller on 999, Llandudno: 'There's a girl in the back of a car outside the Premier Inn, she's banging on the window, a man's holding her down.' Units dispatched.",
  "PSV ROM", "rm", "", "immediate")
T("School nurse, Dungannon: Y9 girl with bruising on her wrists, says 'my uncle's friends' grab her when she won't get in the car. She now goes with them at weekends to 'parties' in Belfast.",
  "AV PSV", "pa", "S", "high")
T("Romanian man (41) tells the Salvation Army outreach worker in Peterborough that he sleeps in a tent by the river since leaving a job on a farm where the boss kept his ID. He got away but left his card behind. He says he is frightened of going to police because he thinks he will be deported.",
  "RD", "dt foa", "L")
T("Helpline log: caller from Omagh reports her Filipina neighbour, a live-in carer for an elderly man, has not left the house in months except for the Sunday Mass, when the man's son drives her there and waits outside. She told caller she has not been paid 'since the old man got sick'.",
  "ROM WW", "rm et", "D")
T("Anonymous: the garage in Bridgend has 3 foreign lads washing cars all day who live in the loft above and the boss takes them to the bank on Fridays and he goes in with them",
  "", "swp et ncw", "L")
T("Officers attended a report of a disturbance at a house in Annan. 11 men from Sudan and Eritrea living in a 3-bed house, paying £100 a week each to the man who 'got them jobs' in a fish processing factory in Annan, and £20 for the bus. The man was present and told officers the men were his tenants. One man took officers aside and said the man takes their bank cards and that he was punched last week for asking for his money.",
  "AC WW PSV", "oc ct ncw sfw", "L")
T("Letter from a constituent to an MSP (forwarded to Police Scotland): 'The lassies in the nail bar on the High Street in Elgin are there fae 9 till 9 every day, the same lassies, never a day aff. They dinnae speak English and the owner's husband drives them home. I ken it's no my business but it's no right.'",
  "EO", "lh et", "L")
T("""Victim debrief, Devon and Cornwall Police (summary by DC).
IP is a 34-year-old Romanian woman with a young child in Romania. In 2024 she responded to a Facebook advert for 'packing flowers in Cornwall, £450 per week, accommodation provided'. She paid 200 euro to the recruiter, 'Lili', for the minibus.
On arrival in Camborne she was placed in a three-bedroom house with 14 others. Lili said the rent was £80 a week and the transport to the flower farm £10 a day. Lili opened a bank account for her 'to help' and kept the card and PIN. IP was given £40 a week in cash. She worked 6 days a week, sometimes 12 hours in the packhouse.
When IP said she wanted to go home, Lili said she owed £700 for the journey and accommodation and would not be allowed to leave until it was paid. Lili's partner 'Vali' stood in the doorway and said he knew where her daughter lived. IP left when a co-worker lent her money for a coach ticket.
IP has her own ID card; it was not taken. She did not report any physical violence.""",
  "DEC DB WW IT AC EO", "uf oc ct ncw lh", "L")
T("Travellers' site near Lisburn, PSNI community officer. Several families, good relations with the council. A report had suggested that men were being 'kept' to work on driveways; enquiries with the men concerned found they were family members paid for their work and living in their own trailers. No further action.",
  "", "", "")
T("I am a volunteer at the food bank in Boston. A man called Pavel came in with cuts on his hands and said he had not eaten for 2 days. He said he works at the flower fields but the 'boss' has not paid him for a month and keeps saying 'next week'. He lives in the boss's house with many men. I gave him the helpline number.",
  "WW AC", "pa oc", "L")
T("Financial investigator: 18 accounts at a Welsh credit union opened with the same 'employer letter' from a Cardiff recruitment firm; all wages withdrawn via one card reader. Account holders (Vietnamese) cannot be contacted on the numbers given. Suspected labour exploitation - referred to police.",
  "", "mbc ncw", "L")
T("Girl (16) rescued from a house in Larne. She was recruited on Snapchat by a man who said he was 19 and would be her boyfriend. She was told she was going to a party. She was held there for two nights and raped by several men.",
  "AV DEC ROM PSV", "rm", "S", "immediate")
T("Police Scotland: Concern for a 17-year-old Vietnamese boy found in a van stopped at Cairnryan. No ID, says he is 22, told to say that by 'uncle'. Phone shows messages about 'the farm in Inverness'. Age disputed - treated as a child, NRM referral without consent.",
  "AV", "", "C", "high")
T("The farmer said he'd keep our passports in his safe because we had nowhere to keep them. When I asked for mine to go to the bank, he gave it straight away. We have keys to the safe room. It was not a problem.",
  "", "", "")
T("Mum rang 999 from Ebbw Vale - her son, 15, texted her from a flat in Gloucester saying 'they won't let me leave, they've took my shoes'. Son is a missing person and linked to a county line.",
  "AV ROM", "rm", "C", "immediate")
T("Residents in Portrush complain about a house let to seasonal hotel workers - noise and bins. Workers are students on summer placements, employer-paid housing, contracts seen. No issues.",
  "", "", "")
T("Debrief (Polish, interpreter). He says that he was homeless in Wrocław and a man at the shelter offered him work in England on a building site. He was given a bed in a garage in Swindon with 5 others and worked for 3 years. He received 'pocket money' of £20 a week. The men who controlled him were Polish. When he got ill they threw him out on the street.",
  "AV WW AC", "oc", "L")
T("Burglary at a holiday let in Abersoch. Laptop and jewellery stolen. SOCO attended.",
  "", "", "")
T("Man in Newry reports his Brazilian ex-girlfriend has kept his car. Civil matter, advised.",
  "", "", "")
T("Harassment complaint, Dumfries: woman receiving abusive messages from an ex-colleague. Warning issued.",
  "", "", "")
T("Drink driver stopped on the A55 near Conwy. Arrested, charged.",
  "", "", "")
T("Shoplifting at the Co-op in Keswick by a local man, known to police, addicted to heroin. No third party involvement.",
  "", "", "")
T("Intel: cannabis being sold from a flat in Pembroke Dock by the tenant, a local man in his 40s, for his own profit. No young people or vulnerable adults involved. 2/C/P",
  "", "", "")
T("Welsh-speaking worker at a Carmarthen dairy raised a grievance about being asked to work Christmas Day. Employer agreed double time. Grievance closed.",
  "", "", "")
T("Missing person, Inverness: 82-year-old man with dementia found safe in the bus station.",
  "", "", "")
T("Care home in Enniskillen: RQIA inspection found staffing shortfalls and agency staff doing double shifts. Staff paid properly and volunteering for the extra shifts. Improvement notice re staffing levels.",
  "", "", "")
T("Lorry driver reports two men climbing out of his trailer at a services near Gretna. Men ran off. Search negative.",
  "", "", "")
T("Asylum seeker (M, 30, Sudanese) in hotel accommodation in Dungannon. Says he is bored and wants to work. No indicators of exploitation; given information on language classes.",
  "", "", "")
T("Noise complaint - party at a farmhouse near Lockerbie. Owner's 18th birthday. Advised.",
  "", "", "")
T("A woman in Barry reports her husband's family keep pressuring her to have another baby. She has her own job, money and documents. Referred to a support service.",
  "", "", "")
T("Seasonal workers from Nepal at a Herefordshire fruit farm raised complaints about not getting enough hours to earn the money they expected. Scheme operator investigating. Workers have their passports, are paid what they work, and can transfer to another farm.",
  "", "", "")
T("Fraud report: elderly man in Tenby scammed out of £12,000 by a phone caller posing as his bank. Action Fraud reference issued.",
  "", "", "")
T("Romanian Big Issue vendor in Aberystwyth, registered with the Big Issue Cymru office, lives in a rented room, sends money to his family. Checked after a report from a shopper - no concerns.",
  "", "", "")
T("Filipino nurse in Derry asked for advice because her employer wants her to repay £5,000 of training costs if she leaves within two years. Repayment clause is in her contract and tapers off; she is paid properly and holds her passport. Advised to seek legal advice.",
  "", "", "")
T("Woman (35, Polish) reports her landlord in Wisbech has not returned her deposit. Referred to Shelter.",
  "", "", "")
T("Sheep stolen from a hill farm near Llanwrtyd Wells. Rural crime team investigating.",
  "", "", "")
T("A boy aged 16 from Aberdeen works weekends at a chippy for cash. Mum worried about pay being below minimum wage. Owner spoken to, agreed to put him on the payroll. No exploitation.",
  "", "", "")
T("INT 2/B/P: Nom CHEN Wei runs two takeaways in Bangor (Gwynedd) and Caernarfon. Kitchen staff are Chinese males without status who sleep in the stockroom. INT suggests CHEN 'looks after' their wages and sends part to their families; staff given £50 a week.",
  "WW AV", "swp ncw", "L")
T("tried to report this before. the polish fella at the dairy farm near Omagh - the farmer took his passport 'for the bank' 2 year ago and never gave it back. he milks twice a day 7 days a week and never had a holiday",
  "RD EO", "dt lh", "L")
T("She says that the people in the house in Cardiff told her the police in the UK would lock her up forever because she came in a lorry, and that they were the only people who could protect her.",
  "IT AV", "foa", "")
T("Case note, Medaille Trust. Client (F, 28, Albanian) says the man she thought was her boyfriend brought her to Liverpool and then to a flat in Chester. He said she needed to work 'for a month' to pay for their wedding. He took her phone, she had no contact with her family for a year. She was made to see men every day. He kept all the money.",
  "DEC ISO WW", "iso ncw", "S")
T("GLAA operation, Cornish flower farm. 60 workers interviewed. 4 workers from one recruiter stated they paid £300 upfront to the recruiter in Bulgaria and had their cards held by him. The remaining 56 workers recruited directly; no issues.",
  "WW", "uf ncw", "L")
T("Police Scotland, Dundee. 15-year-old boy from Edinburgh found in a flat with heroin and crack worth £3,000, and a phone used for a drug line. He said he was told he owed £1,200 after being 'robbed' by people he thinks were sent by the line holders, and has to work it off.",
  "AV DB", "", "C", "high")
T("I was working on the boat from Kilkeel for 5 years. At sea, sometimes 3 days without sleep. The skipper hit us with a rope when we were slow. I never had a contract. My passport was on the boat, in the wheelhouse, locked. When we came in I had to stay on the boat.",
  "EO PSV RD ROM", "lh dt rm swp", "L")
T("Hospital social worker, Royal Cornwall: patient (M, 58, British, alcohol dependent) admitted malnourished. He has lived for years in a shed on a smallholding near Liskeard, working on the land for the owner in exchange for food and drink. No wages.",
  "AV WW AC", "pa plc swp", "L")
T("Public report: Girls from the Dominican Republic are being advertised on a site as being in Perth this week then Inverness next. Same phone number for all of them. Someone is moving them about. 07712 334 091",
  "", "", "S")
T("Officer: Interviewed the Vietnamese female at the nail bar in Barnstaple - she said she owes 'the aunty' £15,000 for bringing her here and works every day to pay it back. She lives above the shop. She has no ID; aunty has it.",
  "DB EO RD", "swp dt lh", "L")
T("Witness says a man in a black Range Rover drops Roma women and kids in Cardiff city centre at 8am, they beg all day on Queen Street, he picks them up at 7 and counts the money in the car.",
  "AV WW", "ced ncw", "C", "high")
T("Detective handover: the IP has now confirmed that the 'cleaning company' in Lincoln was a front; she and three others were made to clean offices at night and then work in the director's home by day - cooking, childcare, washing. They were not paid for either. The director's wife hit her with a coat hanger.",
  "WW EO PSV", "lh", "L D")
T("Scots referral from a GP in Stranraer: young Romanian man with pneumonia living in a wee caravan at the back of a scrapyard, no heating, works for the scrapyard owner. Won't say more. Scared.",
  "AC", "plc swp foa", "L")
T("Female (19, British) in Carlisle says her older 'boyfriend' makes her shoplift to order from Primark and Boots every day and takes everything she gets. He has hit her when she came back with nothing.",
  "PSV", "", "C")
T("Worker at a Scottish salmon farm on Skye says the manager keeps telling them they are not allowed to leave the island until the contract ends and that the ferry company won't sell them tickets. He had his own passport and found out that wasn't true; he left in June.",
  "DEC", "", "L")
T("INT 3/C/C (not to be shared with local authority pending enquiry): female, believed 40s, Indian, in a private house in Newtownards. Works as a cook and cleaner for an extended family. Seen collecting children from school only. Neighbour believes she sleeps in the garage.",
  "AC", "swp", "D")
T("Mail order bride case: Thai woman (31) married a farmer in Powys 3 years ago. She reports he has now made her work on the farm and in the house for no money, will not let her learn to drive, and told her that if she leaves him the Home Office will send her back because her visa depends on him.",
  "AV WW ISO IT", "iso", "D L")
T("Cuckooing, Carmarthen. Woman (47) with mental health needs says young men from Birmingham are using her flat to sell crack. They have moved her into the back bedroom and take her benefits. They told her they'd hurt her dog if she called anyone.",
  "AV IT", "ncw", "C")
T("Adult social care, North Lanarkshire. Man (36) with Down syndrome is said to be working in his uncle's chip shop 12 hours a day for free. Family say he 'likes to help'. Assessment of capacity to be arranged.",
  "AV EO WW", "lh", "L")
T("IP says she was promised a job as a nanny in London by a woman in Nairobi. She ended up in a house in Manchester cleaning for eleven people. She has a mattress in the kitchen. The woman who brought her says she owes £3,000 for the ticket.",
  "DEC DB AC", "swp", "D")
T("DWP fraud referral: 14 Universal Credit claims made from one address in Wrexham, all Romanian nationals, all using the same phone number and email. Claimants say a man called 'Cristi' filled in the forms, holds their bank cards, into which both their benefits and their wages from a recycling plant are paid, and gives them £30 a week.",
  "WW", "mbc ncw", "L C")
T("Money mule: student (18) in Aberdeen let 'a friend of a friend' use his bank account for transfers, got £200. Says he was not pressured and stopped when the bank froze the account. Words of advice.",
  "", "", "")
T("Intel: young women from Nigeria being used to open bank accounts and claim benefits in Newport, their IDs then kept by a woman known as 'Madam Joy'. Women told a juju oath binds them to repay €35,000. 2/B/P",
  "RD DB IT", "dt", "C")
T("She says that in Edinburgh she was not allowed to leave the flat alone, always a man with her to the shop. Her passport was taken at the airport by the man who met her.",
  "ROM RD", "rm et dt", "")
T("ken this guy fae the travellers at the edge o Kirkcaldy, he's got three auld boys workin for him on the slabbing, ye see them in the back o the van at 6 in the morning. they look rough as. one o them telt ma da he's no been paid in a year and he's got naewhere else tae go",
  "WW AV", "ced pa", "L")
T("Trading standards, Ballymena: car wash staff all had their own bank accounts and payslips. Owner fined for waste water discharge. No modern slavery concerns.",
  "", "", "")
T("On arrival the workers were told the job at the Lincolnshire salad farm was piece rate, not hourly as agreed in Romania, and that they must pay £250 each for 'training'. Most earned less than £100 in the first week.",
  "DEC", "uf", "L")
T("Child protection strategy meeting, Belfast. Three girls aged 13-15 from the same residential unit are being collected at night by men in taxis and taken to flats in the city centre. One girl said she had to 'go with' men to pay back for vapes and vodka.",
  "AV DB", "ced", "S", "high")
T("Man called the helpline from a field in Kent: the gangmaster has taken all their passports, there are 20 of them in caravans, they have not been paid for 5 weeks, and today the gangmaster hit a worker with a spade and said he'd kill anyone who talks to the police.",
  "RD WW PSV IT", "dt oc", "L", "immediate")
T("Police Scotland. Joint visit with HMRC to a hotel in Oban. 4 kitchen staff from India sleeping in a store behind the laundry. All say they work 'when needed' and are paid 'when the season ends'. Manager produced payroll showing regular wages but the staff's bank accounts are held at a branch in Glasgow and the cards are in the manager's desk.",
  "WW", "swp ncw", "L")
T("Vietnamese boy (16) arrested at a cannabis farm in a former bakery in Merthyr Tydfil. He had no possessions except a phone with no SIM. He said he'd slept on the floor between the plants for several weeks and was given noodles once a day.",
  "AV AC", "swp fpe plc", "C", "high")
T("Ambulance crew, Holyhead: callout to a man with burns at an industrial laundry. Colleagues say he'd been working a 16-hour shift. Employer provided payroll showing a 40-hour week. Man refused to speak to crew, kept looking at the supervisor.",
  "EO", "lh sfw pa", "L")
T("The recruiter said 'come for 3 months, earn £6,000, go home rich'. Nobody said anything about the debt until we got to Scotland.",
  "DEC", "", "")
T("Cumbria: report that Nepali workers at a hotel in Ambleside are locked in their staff house at night 'for security'. On visit, the door was fitted with an external bolt. Workers confirmed they cannot get out after 11pm.",
  "ROM AC", "rm", "L")
T("Ghanaian woman (26) at a drop-in in Swansea says she works for a family as a cleaner, lives in her own flat, gets paid every Friday and has her own passport. She came for help with English classes only.",
  "", "", "")
T("'You think you can run? We have your brother's address in Constanța.' - text messages on IP's phone from the gang leader, recovered during download.",
  "IT", "", "")
T("Welfare check on a Vietnamese woman at a nail bar in Lisburn - customer had called about bruises. Woman said she'd had a fall off a bike, showed the bike, lives with her husband, has her own phone and goes to church on Sundays. No concerns.",
  "", "", "")
T("i live in Pwllheli. theres a house on our road with chinese men, they go off in a van at 5 and come back at 10 at night every day. they dont talk. the windows are covered with foil and theres a smell. i think its a cannabis factory and they are kept there",
  "", "ced", "C")
T("NI Housing Executive: tenant in Strabane has allowed a man and 4 young Albanian males to 'stay a few weeks'. Tenant is frightened and says he was given £500 and now can't get them out. Rooms upstairs blacked out.",
  "AV", "", "C")
T("She says she was brought to the farm in Pembrokeshire by her cousin, who told the farmer she was 18. She was 16. She milked cows from 4am, was given no money, and was told that if she told anyone her age she would be sent to prison.",
  "AV DEC EO WW IT", "lh", "L", "high")
# ---------------- part 4 ----------------
T("""Officer's report - PSNI Rural Crime / Modern Slavery and Human Trafficking Unit joint visit.
Location: pig unit, townland of Drumnakilly, near Omagh.
Background: Crimestoppers report that 'foreign men are kept in a shed'.
Findings: The farm employs four men from Timor-Leste, recruited via a Portuguese agency, all with Portuguese passports which they produced from their own rooms. The 'shed' is a converted outbuilding with four bedrooms, a kitchen, a shower and heating; it was clean and each man had a key. Payslips and bank statements show weekly pay at above the minimum wage. The men use the farm's van to go into Omagh on their days off and one plays for a local football team. The farmer's wife runs English classes on Tuesday nights.
The men said they were happy and planning to stay for another year. The reporter was identified as a neighbour in a dispute with the farmer over a right of way.
Conclusion: no indicators of modern slavery. Crimestoppers response updated.""",
  "", "", "")
T("""Referral to the Single Competent Authority, submitted by Migrant Help (Scotland).
Potential victim: female, 27, Chinese national.
Summary of account: PV was told by a woman in Fujian that she could work in a restaurant in Scotland and earn enough to repay her family's debts within two years. She travelled on a visitor visa arranged by the woman, who took her passport at Edinburgh airport 'to keep it safe'. She was then taken to a flat in Aberdeen where two other women lived. She was told the restaurant job had 'fallen through' and that she must do massage to pay back the £20,000 cost of the visa and travel. She says that 'massage' meant sex with men who came to the flat; adverts were placed by the woman on a website. She was never allowed out alone and the woman took all the money. She says she was raped by one man and the woman told her it was her own fault.
She escaped when the flat was raided in connection with another investigation.
Consent given for NRM. Interpreter: Mandarin.""",
  "DEC RD DB ROM WW PSV", "dt rm ncw", "S")
T("""Case review - North Wales Police, Operation ALWEN (anonymised).
Between 2022 and 2024, a family-run business in the Wrexham area recruited homeless men from night shelters in Chester and Manchester to lay block paving. The men were promised £80 a day and a room. In reality, they were housed in a dilapidated caravan on a yard without toilet or running water, and were paid nothing or £10 'when the job was good'. The men's benefits were claimed by the family using the men's bank cards, which were collected on arrival 'for safekeeping'.
Several victims described being beaten with fists and a wheel brace for working too slowly. One man, who has a brain injury, said he had been there 'a long time' and did not know how to get back to Chester. Victims were driven to jobs across North Wales and the North West in the early morning and returned after dark.
Four defendants were convicted of s1 and s2 offences.""",
  "AV DEC AC WW PSV ISO", "plc ncw ced et iso", "L")
T("""Intelligence report, Police Scotland. 2/B/C - do not disclose to the employer.
Subject: fish processing factory, Peterhead.
The source, a supervisor at the factory, states that a group of about 20 Ghanaian and Nigerian workers supplied by an agency called 'North Star Staffing' are being kept on the lines for up to 16 hours at a time during the herring season, with the agency recording them as having worked 8. The workers live in a house in Boddam rented by the agency director; the source has heard there are three to a room.
Source states that the workers say they each owe the director £3,500 for their visa sponsorship and flights, and that he keeps their passports 'in case the Home Office asks'. The source saw the director shout at a worker in the canteen and tell him that 'one phone call and you're on a plane home'.
The source states the factory's own permanent staff are well treated and is concerned for the agency group only.""",
  "EO WW DB RD IT AC", "lh oc dt uf", "L")
T("""Witness statement (summarised). I run the village shop in Llanbedr. For about six months a young woman, I'd say early twenties, came in with the children of the family at the big house on the hill. She never paid for anything herself; the lady of the house would pay and then take the change. Once when she came in alone for milk I asked where she was from and she said 'Philippines'. I asked if she liked it here and she said she works 'all day and all night' and has not had a day off since she came. She said she'd love to go to the chapel on Sunday but 'Madam says no'. She looked thin and tired. Then she stopped coming in. When I asked the lady of the house she said the girl had 'gone home'.
I reported it on 101 in October.""",
  "EO ROM", "lh rm pa", "D")
T("""Debrief notes, Vietnamese interpreter present. IP male, claims 17, looks younger.
- Left Nghệ An with $12,000 debt to a 'company', family's land used as surety.
- Travelled Russia, Poland, Germany, France by lorry and on foot; beaten by the driver in Poland when he asked for water.
- In UK taken to a house in Lincolnshire, then to a cannabis grow in a farm building near Market Rasen. Told the debt is now £30,000 because of 'costs'.
- Padlocked in. Never outside. Food left once a week.
- Told that if police come, say he is 25 and lives there alone, or his family will lose their land and his sister 'will be sold'.
- Phone taken at arrival. No contact with family for 7 months.
- Found by police after a fire in the building. Burns to his left arm.
Referred to NRM; Lincolnshire children's services placement.""",
  "AV DB PSV ROM IT ISO AC", "rm iso pa", "C", "high")
T("""Safeguarding referral - secondary school, Caerphilly.
Pupil: Year 10 boy, 15. Concerns raised by Head of Year.
Attendance has dropped to 40% since September. He has been seen after school in a car with older males from outside the area. He recently arrived at school with a black eye and said he'd 'fallen off a bike'. Two days later a member of staff overheard him on the phone saying 'I'll get it, I'll get the money, please don't tell my mam'. He has two phones. A friend told staff he goes 'to the coast' at weekends and sleeps in a flat in Aberystwyth 'with the Bristol lads'. His mother says he is 'out of control' and that men have been knocking on the door asking for him.
Action: referral to children's services, police and the county lines team; contextual safeguarding meeting scheduled.""",
  "AV PSV DB", "pa", "C", "high")
T("""Record of a conversation with an IP by a Kalayaan caseworker (paraphrased).
She came to London with a diplomat's family from the Gulf as a domestic worker on an overseas domestic worker visa. The family then moved to a country house in Perthshire for the summer. She says that she worked from 6am until the family went to bed, often past 1am, with no day off, and slept on a mattress in the laundry room. Her passport was kept by the family's driver. She says she was not paid the £600 a month promised in her contract; the employer said he was paying her family, but her family received nothing. When she asked for her money the lady slapped her and said she was 'ungrateful'. She ran away when the family went out for dinner, walked to the village and asked at the hotel for help.""",
  "EO AC RD WW PSV DEC", "lh swp dt", "D")
T("""Police Scotland - Community Investigation Unit note.
Multiple calls from residents in a Paisley scheme about a flat where 'young boys from Glasgow and Liverpool' are dealing. On entry: the tenant, a 63-year-old man with COPD, was found sleeping in a chair in the living room. Three boys (14, 15, 16) were present with wraps of crack and heroin, two phones, a knife and £900. The tenant said he was 'happy to have the company' but later told the officer privately that the boys' 'boss' visits and has told him he'll 'get what's coming' if he phones the police. The tenant's bank card was found in the wallet of one of the boys.
All three boys are missing from home in Liverpool. NRM referrals for all three; adult safeguarding for the tenant.""",
  "AV IT", "ncw", "C", "high")
T("""GLAA / Cumbria Police joint operation at a construction site near Barrow-in-Furness.
Workers: 18 men, mostly from Romania and Moldova, supplied by a subcontractor.
Many had been told in Romania they would earn £120 a day; payslips (prepared by the subcontractor's accountant) showed £90 a day, of which £40 went on 'rent', £10 on 'transport' and £15 on 'tools and boots'. Workers live in two terraced houses in Barrow, 9 per house.
The subcontractor's foreman did all the talking when officers arrived and told the workers in Romanian 'say nothing'. Several workers later said they were afraid of him; one said the foreman had told him that his debt for travel, £600, would 'double every month he's late'.
Passports and ID cards were all held by the workers themselves.""",
  "DEC DB AC", "ct ppe oc sfw", "L")
T("Man in Cookstown selling a kidney on Facebook Marketplace for £40k, says he needs to pay off a moneylender who is threatening him. Account reported. Welfare check done.",
  "", "", "O")
T("INT 2/C/P: Indian national in Glasgow recruiting poor men from Punjab as 'donors' for wealthy UK patients; donors told they'd be paid £10,000 and given a UK work visa, but once the operation was done in Delhi they received little and no visa.",
  "AV DEC", "", "O")
T("IP has only the clothes she's wearing and a plastic bag with a toothbrush. Says everything else is 'at the house'.",
  "", "fpe", "")
T("Driver at a Boston packhouse charges each worker £7 a day for the lift and keeps their bank cards in his van. 2/C/P",
  "WW", "ct ncw", "L")
T("Gangmaster near Wisbech made his workers buy knives, gloves and hairnets from him at £60 a set, deducted from pay.",
  "", "ppe", "L")
T("The car wash man speaks for all of them. When we asked the young one his age, the boss answered '21' before he could open his mouth.",
  "", "sfw", "L")
T("Nine debit cards in different names found in the glovebox of a VW Passat stopped in Ayr. Driver could not explain. Card holders traced to a fish factory. Enquiries ongoing.",
  "", "mbc", "")
T("Woman in Pembroke says her husband's employer, a fish merchant, makes him work 18-hour days during the season. Husband disagrees, says he is paid for it and enjoys the money. No further concerns.",
  "", "", "")
T("Lad from Lochgilphead, 17, working on a fish farm, asked police whether it was legal for him to work 50 hours a week. Referred to ACAS. Paid correctly and lives at home.",
  "", "", "")
T("Worker says her employer at a care home in Newry pays her wages into her account but she has to hand her bank card to the owner's son, who gives her £40 a week.",
  "WW", "ncw", "L")
T("He told me 'you work, you eat; you don't work, you don't eat'. Some days there was no food at all.",
  "AC", "", "L")
T("INT: males at a car wash in Lisburn all sleep in the back office of the car wash on camp beds and are seen working from 7am to 9pm. Boss drives them to the bank each week. 2/B/P",
  "EO", "swp lh et", "L")
T("Young Roma man (19) in Belfast arrested for shoplifting razor blades from Boots. States he must steal £200 of goods a day for his 'uncle' or he is beaten and sleeps outside. Has bruises on his back.",
  "PSV", "pa", "C")
T("Homeless woman in Bangor (Co Down) says a man lets her sleep at his flat but only if she sells sex to his friends. He keeps her methadone prescription and gives it to her only if she 'behaves'.",
  "AV", "", "S")
T("Neighbour reports a Vietnamese couple with a baby living in a caravan on a farm near Armagh. Couple work on the farm, paid by bank transfer, have their documents, and the caravan is warm and clean. Health visitor already involved. No concerns.",
  "", "", "")
T("Driver in Aviemore reports a group of workers at the hotel getting the bus home at 1am. Hotel confirms they finish late shifts and are on a rota with 2 days off; contracts seen.",
  "", "", "")
T("Wrexham: security guard from Nigeria says the agency hasn't paid holiday pay owed. Agency disputes. Employment tribunal claim lodged. No other concerns.",
  "", "", "")
T("Scallop diver on a boat out of Oban says he works 12 hours and is on a share of the catch; some weeks earns nothing. He's his own boss, self-employed, owns his gear.",
  "", "", "")
T("PSNI intel log: Nom 'DAVIE' running girls from a flat in Newry; girls advertised as '18' but INT suggests at least one is 15. Clients told to come 'after 10'. 2/C/P",
  "AV", "", "S", "high")
T("Chinese student, Glasgow, reports her landlord has not given her keys to the post box. Tenancy matter only.",
  "", "", "")
T("aye the wee lassie fae the chippy in Buckie, she's only 16 and she's workin till 2 in the morning every night. the owner's her uncle. she disnae get paid, says it's 'for her keep'. she's no been at the school since Easter.",
  "AV EO WW", "lh", "L", "high")
T("Welsh-language report translated: 'Mae dyn yn cadw pasbortau'r gweithwyr ar y fferm ger Llanbedr Pont Steffan' - a man keeps the workers' passports on the farm near Lampeter. Reporter says they sleep in the old cowshed.",
  "RD AC", "dt swp plc", "L")
T("Police Scotland: Roma family of six begging in Inverness city centre. On engagement, parents explained they travel from Romania each summer, keep what they collect, and stay in a campsite. No third-party control. Children in school in Romania, here for the summer holidays. No concerns.",
  "", "", "")
T("OIC: IP says she was never hit, never locked in, and was allowed to phone home. She left the job because the pay was low. Not an MS matter; advised on employment rights.",
  "", "", "")
T("The lad in the Kebab shop in Carrickfergus says he sleeps on a sofa in the back room, has no day off, and the owner is 'keeping his wages for when he's sorted his papers'. He's Kurdish, 19, no status.",
  "AV WW EO", "swp lh", "L")
T("Strategy discussion, Dumfries & Galloway: Syrian refugee family resettled in Stranraer. Father works at a creamery, all paid properly, children at school. Query raised because the father works nights; no concerns.",
  "", "", "")
T("Caller reports a man being 'held' in a garage in Mold. Police attended: it was the owner's son fixing his motorbike. No offences.",
  "", "", "")
T("She says that the agency in Romania said the job at the Welsh care home was as a carer, but when she arrived in Newport she was told to clean at the owner's house and in his other business, a car wash. She works 7 days. She sleeps in the back room of the car wash. She has asked for her contract and he says 'later'.",
  "DEC EO AC", "lh swp", "L D")
T("Devon: Ukrainian family hosted by a couple in Totnes under Homes for Ukraine. The host wanted the mother to clean and cook for them in exchange for the room; she refused and the council rehoused the family. No further concerns; host removed from scheme.",
  "", "", "")
T("Intel: man known as 'Uncle Li' supplying Chinese women to 'massage parlours' in Dundee, Perth and Stirling; women moved weekly, each in debt of £30k, passports kept by Li. 2/B/P",
  "DB RD", "dt", "S")
T("Farm worker in Kirkcudbright (Scottish) injured by a bull. Air ambulance to Glasgow. HSE informed. No concerns re employment.",
  "", "", "")
T("Young man (20) from Swansea, autistic, says his 'mates' make him carry packages to Carmarthen and back and that they took his phone and bank card. He sleeps at their flat now because they won't let him go home.",
  "AV ISO ROM", "ncw iso rm", "C")
T("Airport note, Glasgow: Nigerian female (22) arriving from Lagos via Amsterdam. States she is coming for a job as a hairdresser in Aberdeen, employer arranged everything, she has no address and the employer 'will collect her'. Her return ticket was cancelled. Safeguarding interview conducted; helpline info given.",
  "", "", "")
T("Crimestoppers: Slovak woman who cleans hotel rooms in Bude is brought in and taken home by the same man every day, he has her pay card. She looks terrified of him.",
  "WW", "et ncw", "L")
T("Child (9) disclosed to teacher in Ballymoney that at weekends she has to clean her 'aunt's' house and the houses of the aunt's friends, and is smacked with a belt if it's not done right. She's not allowed to play outside.",
  "AV PSV ROM", "rm", "D", "high")
T("Landlord in Boston reports that the Latvian tenants are 2 months behind on rent. Tenants say they lost their jobs. Civil matter.",
  "", "", "")
T("Sheriff court summary, Inverness: a hotel owner was fined for failing to pay the national minimum wage to three seasonal workers. The court heard the workers were free to leave and had their own documents; the case was a payroll error affecting holiday pay.",
  "", "", "")
T("INT 3/C/P: Lithuanian male at a waste recycling plant in Newtownabbey said he pays his 'agent' £500 to get the job and works 7x12hrs. 'Agent' drives him and 6 others to work at 5:30.",
  "EO", "uf lh ced et", "L")
T("Welfare call, Llanelli: elderly neighbour worried about the Polish lads next door working too hard. Lads say they are on a construction contract, paid overtime, going home in December with good money. No concerns.",
  "", "", "")
T("Concern raised by a church in Derry: African woman (35) who attends Sunday service says she lives with a family who took her passport, works in their home and is not paid. She is never allowed to stay for tea after the service; the husband waits in the car.",
  "RD WW ROM", "dt et rm", "D")
T("Report from a Cornish holiday park: seasonal bar staff (Spanish students) complain about noisy neighbours and small rooms. Manager has their contracts, they are paid weekly, free to leave. No concerns.",
  "", "", "")
T("Traveller man (31) tells Cumbria Police he was 'taken off the road' in Manchester as a homeless lad ten years ago by a family in Appleby and has worked on their horses and driveways ever since. He's never been paid and the family hold his birth certificate. He says he's too frightened to leave because the father broke his arm when he tried in 2019.",
  "AV WW RD PSV", "dt", "L")
# ---------------- build ----------------
def risk_of(ind, typ):
    if "physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 or \
       ("intimidation_threats" in ind and "restriction_of_movement" in ind):
        return "high"
    return "medium" if (ind or typ) else "low"

def build():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh21.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, (text, ind, sig, typ, risk) in enumerate(D, 1):
            ind = [IND[x] for x in ind.split()]
            sig = [SIG[x] for x in sig.split()]
            typ = [TYP[x] for x in typ.split()]
            r = risk or risk_of(ind, typ)
            f.write(json.dumps({"id": "f21-%03d" % i, "text": text, "indicators": ind,
                                "signs": sig, "exploitation": typ, "risk": r},
                               ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)

if __name__ == "__main__":
    build()
