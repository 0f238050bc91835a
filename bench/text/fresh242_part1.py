# fresh242 part 1: social-media job offers, agents, labour recruitment, plus look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Facebook advert 'warehouse work UK, £12/hr, room included, no English needed' posted by account 'Mihai Jobs UK'. Three Romanian males who answered it now at 14 Cobden St, Leicester. Told pay is £12 but receiving £40 a week cash after 'rent and transport'. INT 3/B/P.",
  "DEC WW", "OA CT", "L")
T("He said on WhatsApp there was good job in car wash, £70 every day. When I come, no £70. Boss say first I pay him back the ticket and the room. Three months I work, never I see money. Now I am scared to ask.",
  "DEC WW DB", "UF", "L")
T("caller reports lads at the hand car wash on Derby Rd are there from 7am till gone 9 at night every day even sunday, never seen them have a break or eat anything, they sleep in the portakabin round the back",
  "EO AC", "LH SW", "L")
T("Recruiter in Sofia (nom KOLEV) charged each woman 300 euro 'placement fee' for packing jobs in Boston, Lincs. On arrival fee became £900 each, deducted from wages at £100 p/w. Women told they cannot leave until paid. GLAA informed. Six women identified so far.",
  "DEC DB WW", "UF", "L")
T("IP states she was promised work as a nanny for a family in Manchester, with her own room and English lessons. On arrival she was put in a house in Cheetham Hill and told she would be cleaning for 'the boss's friends'. She was not given any lessons and has never been paid.",
  "DEC WW", "", "D")
T("Nurse on our ward regularly does 3 x 13 hr shifts back to back and picks up bank shifts. She says she likes the extra money for her mortgage. Manager raised it only as a fatigue issue. No concerns re exploitation.",
  "", "", "")
T("Student from Malaysia, studying at Sheffield Hallam, keeps her passport in a drawer in her room. Attended front counter to report it missing; later found it behind the drawer. NFA. She apologised for wasting police time and was told not to worry.")
T("Job advert on TikTok: 'Come to UK! Care worker visa sponsored, free flight, £2,500 per month.' Several Nigerian and Zimbabwean women paid an 'agent' in Lagos between £8,000 and £12,000 for certificates of sponsorship. On arrival in Kent there was no job at the named care home. They now live five to a room and work cash-in-hand shifts for the agent's UK contact, who keeps most of the pay. The agent messages them that they still owe money and will be reported to Home Office if they complain. One of the women, Blessing, kept screenshots of the advert and of the agent's bank details in Lagos. She says the 'sponsor' care home told her it had never heard of the agent. The UK contact goes by 'Mr Femi' and drives a grey Toyota Prius. Referral made to the Home Office sponsor compliance team and to the Kent modern slavery lead. All four women have agreed to speak to the NRM first responder next week.",
  "DEC DB WW IT AC AV", "UF OA NCW FA", "L")
T("Landlord on Anlaby Rd, Hull has 11 tenants in a converted house. All on individual ASTs, HMO licence in date, rent paid by standing order from their own accounts. Inspected by housing team - fire doors fine, no concerns. Closed.",
  "", "", "")
T("My cousin in Vietnam she said me I can study in London, nail technician course, and then get papers. She arrange everything, I pay 20,000 dollar family borrow. In London no school. I work in the nail shop in Croydon, no money, only food. Cousin say I still owe and my family in Vietnam must pay if I run.",
  "DEC DB WW IT AV", "UF", "L")
T("Ref from Salvation Army: male, 34, Polish, recruited at a bus station in Gdansk by a man offering building work in Birmingham. Bank account opened in his name by the recruiter who kept the card and PIN. Worked on sites 6 days a week, received £20 'pocket money' on Fridays. Lived in a house with 12 other men.",
  "DEC WW AV", "NCW OA", "L")
T("Polish bloke at the tyre place says he gets paid proper, has his own flat and goes home to Poznan every Christmas. Just checking as a neighbour raised it. Spoke to him alone, fine. Told the neighbour it was all fine.",
  "", "", "")
T("POI ANDREI (Romanian nom) collects approx 15 males daily at 0500 from Gorse Hill in a white Transit YD17 KLO and returns them after 2100. Workers believed charged £10 a day for the lift. Believed employed at a food factory via an agency. INT 3/C/P.",
  "EO", "CE CT LH", "L")
T("Workers at Fenland packing site say they were told 'hotel style accommodation'. It's a static caravan with 8 of them in it, no heating, mould, one toilet broken for weeks. The agency says it's 'temporary'. Some of them have been there since April.",
  "DEC AC", "OA PLC", "L")
T("Agency worker rang ACAS helpline re holiday pay not being paid for last year. Employer says it's rolled up. Ordinary wage dispute, referred to employment tribunal advice. Caller has contract, payslips and his own bank account; no other concerns raised.",
  "", "", "")
T("Victim account (translated from Albanian): 'A man from my village said his brother in England had a restaurant and needed a cook. He would pay for the journey, I would pay back from my salary. In England they took me to a house with plants. They locked the door from outside. They said now I owe £30,000 and if I leave they know where my mother lives.' He stayed there for five months; a man came every Sunday with food and cigarettes and took the plants away. He said that when the police came he thought he would go to prison. Interviewing officer notes he appeared thin and pale and had a cough. He has been referred to the NRM.",
  "DEC DB RM IT", "RMS UF PA", "L C", "high")
T("Sandwich factory in Northampton - shifts 12 hrs, seven days on, workers say deductions of £45 a week for boots, hi-vis and hairnets taken from pay. Some say they never asked for new boots but still charged. Pay slips show net £150 for 84 hours.",
  "EO WW", "LH PPE", "L")
T("Anonymous online report: a guy on Instagram keeps posting 'easy money, driving work, £500 a week' and DMing lads from school. My brother is 15 and he's been messaging him. Now he's got a new phone and goes out late. I think they're getting him to move drugs.",
  "DEC AV", "", "C", "high")
T("Indian chef, Tier 2 sponsored, at restaurant in Southall. Says he works 14 hours, 6 days. Owner keeps his passport 'for the Home Office file'. Salary on paper £2,300 but owner takes it back in cash each month and gives him £600. Says if he complains the owner will cancel his visa and he'll be deported.",
  "EO RD WW IT AV", "LH DT NCW FA", "L")
T("Man says he answered an ad on Gumtree for labouring work, got two days' work, then the builder didn't pay him the last £180. He has the builder's name and number. Civil matter, advised small claims. No other concerns.",
  "", "", "")
T("Lithuanian recruitment agency advertising on Facebook 'Chicken factory, Wales, accommodation close to work'. Workers report accommodation is 40 mins away, transport by company van at £8 per day deducted. Hours as promised. Wages paid to own accounts. Some grumbling but appears legitimate. GLAA licence check: licensed.",
  "", "CT", "")
T("Girl aged 16 from Eritrea, arrived Dover in lorry. States the smuggler told her she would live with an aunt in London and go to school. She was taken to a flat in Leeds where a man said she must 'work' to pay $4,000 for the journey. Found by police during a raid on the flat.",
  "DEC DB AV", "UF", "S", "high")
T("Debrief: 'My friend on Facebook, she is from my town, she post photos from London, restaurant, nice clothes. She said come, I find job for you in hotel, clean rooms, £1,500 per month. I go. No hotel. They take me to flat, men come. She was working for them the whole time.'",
  "DEC", "", "S")
T("Intel: DUKA family in Peterborough run a 'labour supply' to farms. Workers from Romania recruited with promise of £9.50/hr, paid £3 after deductions for 'house, van and food'. DUKA holds bank cards for all workers, takes them to the ATM on Lincoln Rd each Friday. 2/B/P",
  "DEC WW", "NCW MBC CT", "L")
T("Neighbour: there's a fella at no 22 who goes out with about 6 different bank cards every friday to the cashpoint by Tesco, always in a hurry, the blokes living there never seem to go out on their own and the curtains are always shut",
  "WW RM", "MBC RMS", "L")
T("Woman from Ghana recruited via church contact for 'housekeeping job with a good Christian family'. Had visa as domestic worker. In employer's house in Barnet: sleeps on a mattress in the kitchen, works 6am to midnight, has one day off a month, paid £100 a month sent to her mother by the employer. Not allowed out without the employer's wife.",
  "DEC EO WW RM AC", "SW LH NCW RMS", "D")
T("I got offered a job on a farm through an agency in Bucharest. Everything was as they said. The house was clean, 4 of us, we pay £70 a week rent, and we get payslips. I'm only ringing because my friend asked me to check if the agency is licensed.",
  "", "", "")
T("Sgt note: ROBERTS, Kevin - convicted 2019 for theft, now running a block paving firm. Two lads with him believed to be homeless men he picked up from outside the Bullring, offering 'a job, a caravan and three meals'. They get tobacco and cider, no wages. Caravan has no running water.",
  "DEC WW AV AC", "PLC", "L")
T("Call handler log 14:22: caller (female, Romanian, poor English) states 'they say job in hotel, but no hotel, now I am in house, I don't know where, they take my passport, please help'. Line cut. Cell site: Ilford area. Graded immediate.",
  "DEC RD ISO", "DT IS", "L", "immediate")
T("Ukrainian family under Homes for Ukraine living with sponsor in Surrey. Sponsor asked them to help in garden and house in return for board. They are free to work elsewhere, mother has a job at Sainsbury's, they hold their own documents. Council visit satisfactory.",
  "", "", "")
T("A Kurdish lad at the barbers on Kings Rd, looks about 17, says he came by boat and 'my uncle' (not related) got him the job. Sleeps upstairs in the shop. Gets £50 a week. Doesn't go to school. Uncle answered all questions when PCSO visited.",
  "AV WW", "SW SFW", "L", "high")
T("Man from Sri Lanka recruited through an agent for fishing work in Scotland. Transit visa. Told he'd earn £1,200/month. On the boat 20 hrs a day, sleeps on the vessel, paid $400 after two months. Passport held by skipper 'for safety'.",
  "DEC EO WW RD AC", "SW LH DT", "L")
T("EMAIL from job seeker to council: 'I saw job with accommodation near Wisbech on Facebook, they want £250 deposit before I travel. Is this real?' Advised not to pay and to report to Action Fraud. Caller is safe at home in Peterborough.",
  "", "", "")
T("My husband's brother offered my sister a job in his shop in Bradford and she lived with them. She was paid and came home every year. Only reason I mention is immigration are asking about her visa history. She's fine, she's got her own flat now.",
  "", "", "")
T("Subject Emil VASILE is believed to advertise on Romanian Facebook groups for construction workers, offering 'sponsorship'. Workers arriving are put up at 3 addresses in Ilford (each with 15-20 men). Source states workers are told they owe £1,000 for travel and 'documents' and that this increases by £50 each week they 'don't work hard'. INT 2/B/P.",
  "DEC DB", "OA UF", "L")
T("Welfare check at 5 Linden Ave, Slough: 9 males living at the address, all working at same car wash. Mattresses on floor in every room including kitchen. None could give the address or the postcode. Car wash owner arrived and did all the talking.",
  "AC ISO", "OA PLC IS SFW", "L")
T("Couple run a farm shop in Devon, employ seasonal students from NZ and Australia on working holiday visas. Long days in summer, paid overtime, live in the farmhouse. No issues. Visit was only because of a new licensing condition.",
  "", "", "")
T("she keeps saying the agency said they would give her a flat and help her get NI number but they never did and now they just send her texts every night where to go in the morning, she hasn't been paid for 5 weeks",
  "DEC WW", "", "L")
T("Lead from HMRC: 27 NI numbers registered to one address in Wolverhampton (flat, 2 bed). Wages from 3 different agencies paid into accounts all opened same day at same branch. Suspect labour exploitation/controlled accounts.",
  "WW", "MBC OA NCW", "L")
T("Man at the Jobcentre says a 'friend' offered him work and somewhere to stay but he now has to hand over his Universal Credit every month and his bank card. He's got learning difficulties and lives in the friend's shed.",
  "DEC WW AV AC", "NCW PLC", "C L")
T("Female, 22, Brazil. Met a man on Instagram who said he was a model scout, offered her a modelling contract in London and paid her flight. On arrival he said the contract had fallen through and she owed him £6,000. He put her in a flat in Kensington and advertised her on adult sites. She was driven to 'appointments' by his friend.",
  "DEC DB", "UF ET", "S")
T("Advert seen on Vinted (!): 'Need girls for massage work in UK, accomodation given, no experience, 18-25, send photo'. Passed to NCA for info.",
  "", "", "S")
T("My boss is strict and I work long hours in the restaurant, 50 hours, but I get paid properly and I can leave when I want, I have my own passport. I just want to know my rights about breaks.",
  "", "", "")
T("Victim describes 'ambassador' who came to Vietnamese village and told families their sons would work in UK restaurants and send $1,000 a month home. Journey through Russia and France took 4 months. In UK, boys put to work in cannabis grows in Bradford and Huddersfield, told not to go out because police would arrest them and send them to prison.",
  "DEC AV RM IT", "FA RMS", "C", "high")
T("CHIS reports that the man known as 'Uncle Ray' recruits from Eastern European rough sleepers in Northampton, offering 'work and a room'. The men are taken to a yard in Daventry where they do tarmac jobs. They're given food and drink but no pay. One man with a broken arm was seen working.",
  "DEC WW AV", "PA", "L")
T("Call re: cleaning firm paying £6 an hour. Workers are British, live at home, just underpaid below NMW. Passed to HMRC NMW team.",
  "WW", "", "")
T("Brother had a job in a warehouse in Northampton, he's got his own flat, he drives there himself. He works overtime in December. I'm just worried he's tired. He says he's fine and likes the money, he's saving for a car.",
  "", "", "")
T("Girl (Romanian, 19) told us in interview that her 'boyfriend' she met online two years ago promised to marry her in England and open a bakery together. When she arrived he said they had debts and she had to work 'just for a few months' at a flat in Luton where men visit. She gives all the money to him. He has her ID card.",
  "DEC WW RD", "NCW DT", "S")
T("Intelligence: adverts on a Polish jobs site for 'work in UK - factory, housing provided, free transport' linked to phone 07700 918274. Numerous workers reported to the Polish embassy that on arrival they were charged £200 for the 'free' transport and £90 per week housing in a house with 16 people. INT 2/B/P.",
  "DEC", "OA CT UF", "L")
T("Husband from Pakistan, married in Lahore, brought wife over on spousal visa to Rochdale. She says since arrival she has cooked and cleaned for husband's parents and 4 brothers from 5am to midnight, is not allowed to leave the house alone, has no phone and has never been given money. Mother-in-law holds her passport. She says she was told she'd be able to study and work.",
  "DEC EO RM ISO RD WW", "LH RMS IS DT", "D")
T("Genuine marriage: woman from Thailand married to British man, living in Cornwall. Neighbour concerned she doesn't speak much English and stays in. Officer visited: she has own bank account, phone, drives, attends English class Tuesdays. Wellbeing good. NFA. Neighbour reassured.",
  "", "", "")
T("Ref from Migrant Help: 4 Indian men came on Seasonal Worker visas for a farm in Herefordshire. Each paid an agent in Punjab £4,500 for the visa. On arrival work was only 2 weeks then stopped. They are now working cash-in-hand at a different farm, living in a barn, and the agent says they must still send money or he will 'inform immigration'.",
  "DEC DB IT AC", "UF PLC FA", "L")
T("Caller: 'my mate's daughter met a bloke on snapchat, he's 25 she's 14, he's been buying her stuff and telling her he loves her and now she's staying out all night, came home with a bruise on her face' - caller gave the girl's name and school",
  "DEC AV PSV", "PA", "S", "high")
T("Young Albanian male (18) approached outside Sainsbury's by men who offered him 'job in car wash and place to live'. He later told support worker: 'They never said drugs. They said washing cars. After one week they gave me a phone and said now you go to Swansea.' Worked county line for 5 months, says they hit him when he lost money.",
  "DEC PSV AV", "", "C")
T("INT: 'Farm Jobs UK' WhatsApp group of 600 members, Nepali admin. Invites to pay £3,000 'registration' for seasonal jobs; many have paid and received nothing. No evidence of workers in UK yet. Fraud, possible trafficking risk. 3/C/P Passed to Action Fraud and NCA.",
  "DEC", "UF", "")
T("Two Polish men at Boston bus station said they'd been promised cucumber picking work with a house, but the man who met them took them to a house with 20 people and asked for £150 each 'deposit'. They refused and left. Now homeless. Advised, given Salvation Army details.",
  "DEC", "OA UF", "L")
T("Old woman in Wrexham, her grandson lives with her and does her shopping. Social worker asked because he has her bank card. He's a registered carer, has power of attorney, accounts reviewed, everything spent on her. No concerns. Case closed.",
  "", "", "")
T("Man offered a job by a 'friend of a friend' as a driver for a removals firm in Kent. Found the firm doesn't exist. Lost £300 deposit. No further contact. Report to Action Fraud. He is safe and at home.",
  "DEC", "UF", "")
