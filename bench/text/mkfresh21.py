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
  "PSV RD EO", "pa dt", "L D")
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
  "DEC", "", "S")
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
