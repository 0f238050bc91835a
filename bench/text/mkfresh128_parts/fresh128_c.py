E("Hotel night porter (Nepali) told the union rep that the hotel's rule is that staff cannot leave the building during a shift without telling the duty manager. He goes home at the end of every shift and has his own flat. Rep says that's a normal rule.",
  "", "", "")
E("INT 2/B/P: Romanian females working at a 'spa' on Queen St are taken from the premises to a house in Wembley at 03:00 each night by a male in a grey Skoda and are not seen out in daylight.",
  "ROM", "et cedl", "S")
E("the man keep our shoes in his room at night so we dont go anywhere. in the morning he give back for work",
  "ROM", "", "L")

E("Support worker: client (British, 19, care leaver) was 'befriended' by a man who let her stay at his flat. She now has to sleep with his friends to 'pay rent'. She says the door isn't locked but she has nowhere else to go.",
  "AV PSV DB", "", "S", "h")
E("A&E note: Chinese male, ~40, severe dermatitis on hands and arms from chemicals. Works at a nail bar, no gloves provided. Says boss charges £5 per box of gloves. Lives with his wife.",
  "AC", "ppe pa", "L")
E("Police log: male reported that his Romanian employer at a building site owes him three weeks' wages after a row. Employer says he left without notice. Male has his documents, lives with his girlfriend. Civil matter; advised ACAS.",
  "", "", "")
E("Debrief (translated from Tigrinya): 'The Sudanese man held us in a flat in Birmingham. We could go out only to the mosque on Friday, with him. He said the debt is £4,000 each and we must clean offices at night to pay.'",
  "ROM DB", "et", "L")
E("Overheard in the pub: two blokes reckon a farm near Spalding keeps its workers locked up. Checked by GLAA next day: workers live in a village B&B, drive their own cars. Rumour unfounded.",
  "", "", "")
E("IP says the minder sat in the hallway day and night with a baseball bat. 'You know what it's for,' he said. Nobody left the house unless they were going to the car to the factory.",
  "ROM IT", "et", "L", "h")
E("Midwife: woman, 22, Pakistani, newly married, says she is 'not allowed' to come to appointments alone; mother-in-law attends and speaks for her. Does all housework for a household of 11. Not allowed a phone.",
  "ROM ISO EO", "sfw", "D", "h")
E("ATM alert: 23 cards, names of Bulgarian men, used at a single ATM at 04:00 every Friday by one man. Payroll: labour supply company, food factory in Corby.",
  "", "mbc ncw", "L")
E("Organ trafficking intel: a Moldovan man told a caseworker he was paid $3,000 to travel to Turkey and have a kidney removed; he was held in an apartment until the surgery and has scars and chronic pain. Broker in London identified.",
  "ROM", "pa", "O")

E("My dad is 70 and his friend's son is doing his shopping and takes his bank card to do it. Dad's fine with it. Is that ok? (Reply: that is a personal arrangement, not a police matter unless money is being taken.)",
  "", "", "")
E("Witness: 'The girls at the nail bar live behind the shop. There's a metal shutter and I've seen the owner pull it down and lock it from the outside at 9pm with the girls still in there.'",
  "ROM", "swp", "L", "i")
E("NGO: Ukrainian refugee (woman, 45) hosted by a family under Homes for Ukraine is expected to clean and cook in exchange for the room, up to 10 hours a day. Host tells her she must 'earn her keep' or be reported as homeless. Referred to council for rematching.",
  "AV IT EO", "", "D")
E("INT 2/C/P: van seen dropping 8 Eastern European males to the B&Q car park at 05:00 and a male in a suit pays them off in cash at 19:00. Males are casual labourers; they choose their jobs each day. No control indicated.",
  "", "cedl", "")
E("Debrief: 'The job was in a laundry. From 6 in the morning to 10 at night, seven days. The steam burned my arms. When I fainted they put me in the back room and next day I worked again.'",
  "EO AC", "pa", "L")
E("The social worker notes Ms A has a learning disability; her 'boyfriend' has been taking her to different men's houses and taking money from them.",
  "AV", "", "S", "h")
E("Probation: service user reports that since release he has been made to hold drugs for the dealer he owed money in prison; the dealer says the debt doubles every week he doesn't.",
  "DB IT", "", "C")
E("Cruise ship crew member (Indonesian) hospitalised in Southampton. He says he works 12 hours, 7 days, for 9 months contracts, has his own passport, is paid monthly. 'Hard, but I chose it.' Contract complies with MLC.",
  "", "", "")
E("I was locked in. I was locked in. I was locked in. That's all I can say about that house in Slough.",
  "ROM", "", "")

E("Police log: Rota of 'workers' at a car wash on A38 swaps every few months; neighbours report none of them ever leaving the site, blankets and a camping stove seen in the cabin. Manager ('Mr Genti') keeps the keys of the cabin and the yard.",
  "ROM AC", "swp plc", "L")
E("Council safeguarding: Mr T, 65, learning disability, lives with a family who took him in 10 years ago. He works on their market stall 6 days a week without pay; they hold his bank card and passport. He says he is happy.",
  "AV WW RD", "ncw", "L")
E("A thirteen year old is sending nude pictures to a man she met online who now says he will show her parents unless she meets him. Urgent.",
  "AV IT", "", "S", "i")
E("Border Force: two Nigerian females, 17 and 16, travelling with a man who claims to be their uncle. He holds both passports. Girls say they are coming to live with 'a lady' and help in her house.",
  "AV RD", "", "D", "i")
E("Hostel manager explains locks on bedroom doors and a night porter at the front door are for residents' security; residents hold their own keys and can come and go at any time. Not restriction.",
  "", "", "")
E("Victim (Romanian, 30) says she was married in Cyprus to a man she'd never met. He brought her to Bradford and kept her in the house to cook and clean for him and his brothers. She tried to run and he dragged her back by the hair.",
  "ROM PSV", "", "D", "h")
E("INT 2/B/P: males working at a recycling centre in Leeds are housed in a former office on site; a CCTV camera points at the only exit and the site manager phones them if they leave.",
  "ROM", "swp", "L")
E("Man 31 Polish, says he works at a pallet yard for a boss who 'looks after' him; he lives in a caravan in the yard; the boss bought him a TV. He can leave, he says, but where would he go? No pay slips, boss gives cash 'when needed'.",
  "WW", "swp", "L")
E("Anon: lad in my class said his older brother is 'working for a man' who sends him to towns by train with a bag and he's 14, he goes for days",
  "AV", "", "C", "h")
E("Welfare check at a Thai restaurant: chef is on a work visa, lives in a flat the owner rents for him at market rate, deducted with his agreement. He holds his passport and has Mondays off. No concerns.",
  "", "", "")
E("The agency said the job was a hotel in Milton Keynes. It was a sorting shed for clothes in Leicester. The boss took our passports and said he would give them back when we pay £1,200 each for the visa he arranged.",
  "DEC RD DB", "", "L")
E("Debrief: 'Mama said the police in England are evil and will send me back to be killed. She said the spirits are watching if I talk.' (Nigerian female, 20, sexual exploitation in Essex flats).",
  "IT", "foa", "S")
E("Care home night shift: 2 Filipino carers say they sleep in a storeroom at the home between back-to-back shifts because the owner charges £150 a week for the room in his house. They work about 80 hours a week.",
  "AC EO", "swp", "L")
E("Stalking case: ex-partner has been following victim to work and sitting outside her house. Protective order applied for. No exploitation.",
  "", "", "")
E("Vietnamese girl, 16, in foster care, went missing. Found at a nail bar in Manchester. She says the man who brought her to the UK is owed money and she must work. Placed in a secure unit; NRM referral.",
  "AV DB", "", "L", "i")
E("Public report: 'there is a house on my street where the curtains are always closed and there are lights on 24/7 and a strong smell. nobody lives there that I can see, just a car that comes at night.'",
  "", "", "")
E("INT 2/B/P: FRASHERI Klodian supplies Albanian 'workers' to building sites in Essex; they are housed 10 to a flat above a shop he owns; he drives them; their wages are paid to his company and he gives them £100 a week.",
  "WW AC", "oc et ncw", "L")
E("Sheltered-housing resident complains that the 'warden won't let me out at night'. Checked: resident has dementia and a DoLS authorisation is in place; family informed. Not modern slavery.",
  "", "", "")
E("I could not go out because I did not have a key. 'Only the boss has keys.' When I asked he said the key is for the workers who pay their debt.",
  "ROM DB", "", "L")

E("IP states that on the farm in Herefordshire the workers could not leave at all — 'the gate was shut with a chain and the farmer's son had the dogs'. IP escaped across fields at night. Says 7 others remain.",
  "ROM", "", "L", "i")
E("School: 8-year-old arrives hungry, often falls asleep; says she cooks and cleans for 'auntie' who is not a relative and looks after the baby at night. Private fostering not notified. Child not allowed to play outside.",
  "AV ROM EO", "", "D", "i")
E("Meat plant worker from Portugal, 27, says he works a legal 48-hour week, pays rent to a private landlord, and his supervisor shouts a lot. He wants advice about a grievance. No indicators.",
  "", "", "")
E("INT 2/B/P: 'uncle' drives a group of 5 Romanian children to shopping centres in Birmingham; children steal to order; 'uncle' keeps everything and the children are beaten if they return with nothing.",
  "AV PSV WW", "et", "C", "i")
E("I was not chained. Don't write that. But they said the Home Office would catch me if I walked outside and I believed them. I stayed inside for one year.",
  "IT", "foa", "")
E("GLAA: worker at a daffodil farm shows payslip: gross £420, 'deductions' transport £70, accommodation £120, 'equipment' £40, 'admin' £150 — net £40. Gangmaster has his bank card.",
  "WW", "ct ppe ncw", "L")
E("Private home in Surrey: Indonesian domestic worker told her employers' driver that she hasn't been outside the house except to the garden in 3 years. The driver called the helpline.",
  "ROM", "", "D")

E("Train guard reports 3 boys, 13-15, travelling London to Bournemouth late at night without tickets, each on the phone taking instructions; one had £800 cash. BTP informed.",
  "AV", "", "C", "h")
E("Debrief: 'He took our passports at the airport. He said it was for the hotel check-in. We never saw them again.'",
  "RD DEC", "", "")
E("101: a woman says her Romanian neighbours are 'definitely trafficked' because 'there's too many of them'. Officer visit: two families, related, renting together, all working at a distribution centre and paid properly. No concerns.",
  "", "", "")
E("Victim debrief (Albanian, 19, female): recruited by a 'boyfriend' via Instagram who brought her to London, then said she must have sex with men to pay back the journey. When she cried he beat her; he posted her photo on AdultWork. She was moved between hotels every few days.",
  "DEC DB PSV", "", "S")
E("A&E: young man, 20, knife wound; friends say he was 'taxed' by a rival. He refuses to say more. No exploitation disclosed.",
  "", "", "")
E("INT 2/B/P: CHEN Li, 'manager' of a 24-hour massage parlour; women (Chinese, mid 40s) work and sleep on the premises; passports with CHEN; women said to owe £30,000 each.",
  "RD DB", "swp", "S")
E("INT 2/B/P (follow-up): enquiries with the landlord of a takeaway at 9 Bank Rd reveal two Bangladeshi males have lived in the stockroom for a year; owner pays them £150 for 80 hours a week.",
  "WW EO AC", "swp", "L")
E("Witness statement: 'I worked with them on the building site. They were normal lads, came by bus, went home to their wives. The gaffer paid everyone on Friday by bank transfer.'",
  "", "", "")
E("Caseworker note: Sudanese man sent by a 'friend' to work in a car wash in exchange for a bed; friend takes his Universal Credit as well as his wages. Sleeps on floor with 6 others. Friend says 'you owe me for Calais'.",
  "WW DB AC", "ncw oc", "L")
E("Online report: OMG this advert on a gumtree type site 'young fresh Asian girls new in town' with photos that look like kids. Please check.",
  "AV", "", "S", "h")
E("He said the police would never believe a foreigner. He said his brother is a policeman in Romania and would hurt my sister. So I did not speak.",
  "IT", "foa", "")
E("Investigation summary: Op Birch. 12 Polish victims worked at a recycling plant; were housed in 3 houses owned by the suspects, paid via accounts controlled by the suspects, fed on scraps, and told they would be beaten if they left. One was kept in a locked room after he tried to leave.",
  "WW AC IT ROM", "ncw", "L", "h")
E("GP: patient, 36, Ghanaian, says she was given a job as a cleaner by a family friend who keeps her wages 'for her savings'. She has not seen any of the money in two years.",
  "WW", "ncw", "D")
E("Hospital chaplain: Kenyan man donated kidney to his cousin in the UK with full assessment; no payment; grateful for support. No concerns.",
  "", "", "")
E("INT 3/C/P: IP says a doctor in a private clinic in London is 'buying kidneys from poor people in Pakistan' and they are flown in as visitors for surgery. Unverified.",
  "AV", "", "O")
E("The Eritrean girl is 15. She was passed between men in Calais and now she is in a house in Birmingham where 'the man' makes her clean for his family and at night he comes to her room.",
  "AV PSV", "", "D S", "i")
E("Police log: Bulgarian female, 38, reported she was in a van with 'colleagues' when the driver locked the doors and drove to a different farm without explanation; she was let out, taken home that night, and the job was legitimate. Misunderstanding about the pick-up location.",
  "", "", "")
E("Debrief: 'When the police came the boss put us in the back room and said be quiet or I kill you. We were quiet. The police left.'",
  "ROM IT", "", "")

E("Referral from college: 17-year-old Albanian student says he must give all his part-time wages from a car wash to an older man who arranged his travel to the UK 'for the loan'.",
  "AV WW DB", "ncw", "L", "h")
E("101: my neighbour's live-in nanny seems lovely, I see her at the park with her friends every day. Just wanted to say I withdraw my earlier report.",
  "", "", "")
E("NGO: Ghanaian seaman on a trawler out of Peterhead says the skipper took his passport, he works up to 20 hours on trips, and he was punched when he slowed down. He was paid $400 a month, half of what the contract said.",
  "RD EO PSV DEC", "", "L")
E("OIC note: suspect's phone shows WhatsApp: 'dont let them out of the house', 'take the phones', 'if anyone asks they are your cousins'. Relates to 5 Vietnamese males at a nail bar chain.",
  "ROM ISO", "", "L")
E("I am from Bangladesh. I was told I will be chef. I am dishwasher, I sleep under the stairs of the restaurant. Boss say I owe the visa money £15,000 and I get £100 a month. I cannot go out because boss say immigration catch me.",
  "DEC AC DB WW ROM", "swp foa", "L", "h")
E("Safeguarding: Mrs K, 88, lives with her daughter who is her carer; a neighbour reported that she is 'kept in'. Visit: Mrs K is bedbound, daughter cares for her well, district nurses visit daily. Unfounded.",
  "", "", "")
E("Caller (999) says her friend has texted 'help' from a house in Luton and says a man locked her in and has her passport; friend is Romanian, 22.",
  "ROM RD", "", "", "i")
E("Dental practice: patient (Vietnamese, 16?) brought in by an adult who paid in cash and spoke for him; boy had several teeth broken. Adult said he 'fell'.",
  "AV", "pa sfw", "", "h")
E("INT 2/B/P: cannabis grow in a warehouse, 4 x Vietnamese 'gardeners' living inside, generator fumes, no windows, one mattress. Food through a hatch. All say 'debt to pay'.",
  "AC DB ROM", "swp plc", "C", "i")
E("Local authority: Roma family of 8 lives in a 2-bed flat, overcrowded, but all adults work for different employers and manage their own money. Housing referral.",
  "", "oc", "")
E("Statement: 'The boss made me sign a paper in English. He said it was a contract. Later he said the paper said I owe him £6,000 for training. There was no training.'",
  "DEC DB", "", "L")
E("Restaurant worker says his boss rang his wife in Sylhet and told her he would have him deported if he quit. He stays. He works 6 days, 11 hours, paid in cash.",
  "IT", "", "L")
E("Probation: service user on licence, resides at approved premises with a curfew. Works for a landscaping firm; paid into own account. No concerns.",
  "", "", "")
E("Anon: the 'massage' lady in flat 3 never leaves. a man brings her food and collects money at 1am. she looks terrified",
  "ROM WW", "ncw", "S")
E("INT 2/B/P: Pakistani boys (14-16) recruited from a madrasa are brought to work in a textile factory in Leicester at night, driven in a minibus and not allowed to leave until 6am.",
  "AV ROM EO", "et cedl", "L", "i")
E("Victim account (Slovak, 35): 'At the hotel in Blackpool they gave us a room with 6 beds, mould on the walls, and the deductions were more than the pay. Many weeks I owed them.'",
  "AC DB WW", "oc plc", "L")
E("Witness statement (shop assistant): 'The Chinese lady comes in every day to buy food for six or seven people, always with a man who pays and does all the talking. She never has money.'",
  "", "sfw ncw", "")
E("A kidney seller from Nepal told investigators he was promised a job in a hotel in the UK; when he arrived he was taken to a clinic, tested and told to sign papers he couldn't read. He has a scar and was never given the job.",
  "DEC AV", "pa", "O")
E("Security guard at a warehouse says the gates are locked at night for insurance and workers leave by the turnstile which is always open from inside. Workers leave at the end of their shift. Fine.",
  "", "", "")
E("Helpline call: Filipina, 33, with an employer in Mayfair. She is not permitted to leave the house except with the family, her phone is checked every night, she is paid £200 a month for 16-hour days.",
  "ROM ISO WW EO", "et", "D", "h")
E("Police: the woman at the pop-up brothel says she came alone, pays for her own adverts, and books her own hotels. She keeps her passport and says she is free to go home. Advice and welfare leaflets given.",
  "", "", "")
E("INT 2/B/P: VRM AB12 CDE seen at 05:15 at a house in Kettering collecting 11 males; returning them at 22:00. Driver known as 'Luka'. Males appear thin and wear the same clothes every day.",
  "EO", "cedl et pa fpe", "L")
E("Debrief, Chinese female, interpreter: she says that she was told she would sell clothes in a market. She says that in the flat she was never allowed to go outside and the windows were covered with paper. She says the man took money from every client.",
  "DEC ROM WW", "", "S")
E("The police told me I'm free and I can go to the shop. I didn't believe them. For two years someone always walked behind me.",
  "ROM", "et", "")
E("Fraud squad: 15 identities of East European men used to claim UC. The men work at a car wash and say a man 'does the paperwork' and keeps their ID. They receive nothing of the benefits.",
  "RD", "ncw", "L C")
E("Bakery worker complains that the manager made him stay until midnight once to finish an order; he was paid overtime and went home. Asks if he has to do it again. Employment advice only.",
  "", "", "")
E("School referral: a girl (12) said her dad's friend makes her stay in his flat at weekends 'to work' and takes photos of her. She is scared he will hurt her mum.",
  "AV ROM IT", "", "S", "i")
E("Border Force: a man with 4 passports for other people was stopped at Luton; the passport holders, Vietnamese teenagers, were travelling separately. He said he 'looks after' the documents.",
  "AV RD", "", "", "h")
E("Statement: 'The cameras were everywhere, even in the bathroom. Boss watched from his phone. He rang us if we stood near the gate.'",
  "ROM", "", "L")
E("Factory in Leicester: GLAA and HMRC found workers paid £3.50/h. Workers said they can leave and live at home. No controllers; NMW arrears recovered.",
  "", "", "")
E("Albanian male, 25, found in a flat during a drugs warrant. Said he was brought to 'work in construction' and made to sell drugs. Passport was with the boss. He had burn marks on his arm from cigarettes, says as punishment.",
  "DEC RD PSV", "pa", "C", "h")
E("Community nurse: patient's Sri Lankan housekeeper told me she had no day off since she came with the family in 2019 and her wages are 'kept safe' by the wife. She asked me not to tell.",
  "EO WW", "", "D")
E("Anon: seen a man give a homeless guy £20 to wash his van, happens every week. Guy seems happy. Probably nothing.",
  "", "", "")
E("INT 2/B/P: county line 'TOMMO' has cuckooed the flat of a woman with MS at 4 Linden Ct; she is told she cannot leave her bedroom while the runners are there and her mobility scooter keys were taken.",
  "AV ROM", "", "C", "i")
E("The job in Wales was for four weeks. The farmer said the contract was ten weeks and he would not pay us if we left early. We stayed. We had our passports but no money to go.",
  "DEC", "", "L")
E("Debrief: 'In the boat we were 40 people below deck. They hit people with a pipe. In England the same men waited and took us to a house. They said now you work for us.'",
  "PSV", "", "", "h")
E("GLAA: worker on an agency contract at a bakery says they were charged £30 for a hi-vis vest and boots; refunded after complaint; otherwise good employer.",
  "", "ppe", "")
E("Police log: welfare check on a Vietnamese female at a nail bar requested by a customer. She was calm, has her own flat, student visa, works 20 hours a week, paid by bank transfer. NFA.",
  "", "", "")
E("Witness statement: 'Every day at around 6am, the boss counted the men into the van like sheep. At night, he locked the door of the house from outside. I lived next door for two years.'",
  "ROM", "et cedl", "L")

E("Chinese student, 20, paid an agent £2,000 for a part-time job which turned out to be working 60 hours in a takeaway for £3 an hour, sleeping in the storeroom. Agent has her passport 'for the visa'.",
  "DEC EO WW AC RD", "uf swp", "L")
E("Online report: 'a bloke at the big house near the reservoir has 3 women who clean and garden, they never go out, he keeps them there, they're foreign and look scared'",
  "ROM", "", "D")
E("IP: 'My uncle said if I went to school the other kids would laugh at my clothes. I stayed home and did the cleaning and the cooking. I was 11. I never left the flat except with him.'",
  "AV ROM", "et", "D", "i")
E("Employment tribunal summary: care worker unfairly dismissed after raising a grievance about unpaid holiday pay. Employer ordered to pay £2,300. No modern slavery findings.",
  "", "", "")
E("Caller says she was brought to the UK to marry a man she met online; on arrival he took her passport and said she must work in his family's shop without pay. She can leave the house but has no money and no ID.",
  "DEC RD WW", "", "L")
E("Outreach note: Romanian man, 50, homeless, begs outside Tesco. Says he chooses where to sit and keeps what he gets; no one collects money from him. Offered hostel place.",
  "", "", "")
E("Officer handover: 3 Eritrean males at a car wash, all with injuries on hands (chemicals), sleeping in a container on site. Owner holds 'their ID for the insurance'. No one speaks except the foreman.",
  "RD AC", "pa swp sfw", "L")
E("Debrief: 'He never hit me. He never locked anything. But he said he had sent my photos to my father and if I did not do what he said my father would see more.'",
  "IT", "", "S")
E("Border Force, Dover: 17-year-old Albanian boy travelling in a lorry; phone contains messages from a contact in London: 'we will collect you, remember you owe us for the journey'.",
  "AV DB", "", "", "h")
E("A Bulgarian worker at a chicken factory says his recruiter promised free accommodation; he pays £100 a week for a room he shares with 3. He's angry but is looking for another job and has his papers.",
  "DEC", "oc", "")
E("Council tenancy officer: flat 7 has been cuckooed — tenant (67, alcoholic) lives in his kitchen while 'visitors' use the rest of the flat for dealing; he says they took his door key.",
  "AV ROM", "", "C")
E("Student's report: 'my uni friend from Nigeria lost her passport in a club and is freaking out about her visa' — not exploitation, advised to contact embassy.",
  "", "", "")
E("Organ trade: Sudanese man, 30, told NGO that in Egypt smugglers took his kidney to pay for the crossing to Europe. He now lives in London and has ongoing pain.",
  "DB", "", "O")
E("INT 2/B/P: Indian students on a visa working at a dairy farm in Wales, living in the farm's milking shed. Farmer takes their bank cards and pays £50 a week. They are collected from the shed at 4am.",
  "WW AC", "ncw swp cedl", "L")
