# fresh176 part 5: recalled histories, mixed negations, organ harvesting, more voices
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Client recalls the recruiter in Sofia showed him photos of a nice house and said £100 a day on a building site in Kent, accommodation free. Reality was a garage with 7 men, £30 a day and a 'deduction' for the house. 'All lies from start,' he said.",
  "DEC WW AC", "OA PLC", "L")
T("Client said she was told she would be a nanny for a rich family in Knightsbridge and go to English school. She was the cleaner, cook and nanny for a family of 6 and never went to any school. She slept in the children's room on the floor.",
  "DEC AC", "", "D")
T("Client (Filipina, 38) came with diplomatic household on an ODW visa. Said the employer's wife confiscated her passport the day they landed. Worked 18 hr days. Was allowed out only to take bins out. Escaped when the front door was left open.",
  "RD EO RM", "DT LH RMS", "D")
T("IP (Ghanaian male, 26) says he was told by a 'football agent' that he would get a trial at a Championship club. He paid £3,000. When he arrived there was no trial and the agent put him to work in a warehouse in Dagenham, keeping his wages 'to pay the agent fees'. Support: he is living in a hostel in Romford. He plays football in the local Sunday league with a refugee team and the coach says he is very good. He has a solicitor for his asylum claim. Today we talked about his mental health - he feels ashamed and foolish. Referred to the Freedom from Torture wellbeing group and to a sports charity for young men. He agreed and said thank you.",
  "DEC DB WW", "UF NCW", "L")
T("Caseworker: client recalled that she believed she was coming to marry her boyfriend 'Ardit'. Within a week of arriving he told her she had to 'work' to pay for their wedding. He advertised her online and collected the money. She was not allowed a phone of her own.",
  "DEC WW ISO", "NCW IS", "S")
T("Client's own words (translated from Romanian): 'They said good job, good money, hotel cleaning. But no hotel. It was a house with men coming. I cry every day.'",
  "DEC", "", "S")
T("Client recounted: the 'agency' in Lithuania promised a job at a chicken factory in Norfolk, with a contract. There was never a contract. He worked for a man who paid in cash when he felt like it. Tells me 'they cheated us from the first day'.",
  "DEC WW", "", "L")
T("Referral from Hope for Justice: female, 30, Sudanese, advertised as 'housemaid with visa sponsorship' on a Gulf jobs site, brought to Manchester by the family. Wages promised $400/month were sent 'to her family' but her family say they never received anything.",
  "DEC WW", "NCW", "D")
T("Police log (GMP) 14:20. IP walked into Bootle Street station. States he was told he'd be doing painting and decorating but has been forced to sell crack in Blackpool for three weeks. He wants help. Says he escaped from a flat where 'the door was always bolted from outside'.",
  "DEC RM", "RMS", "C")
T("client states they told her she was going to study in London at a college and her visa was student. Actually the college was fake and she was taken to a massage parlour in Bayswater where she worked 12 hours a day.",
  "DEC EO", "LH", "S")
T("Client says the boss at the farm near Evesham did not lie about the job - the pay was as promised and the hours normal. But she said a supervisor took her passport 'to photocopy' and refused to return it when she wanted to leave. She got it back after the SA contacted the farm through her solicitor. She has not returned to the farm. Today she is working at a packing house in Worcester through a licensed agency, has her own flat share, and says she is happy. We will close the case in two weeks. She has asked for a reference from us for a rented room and we have agreed to write one. She is planning to visit her family in Bulgaria at Christmas.",
  "RD", "DT", "L")
T("Note: client said his documents were never taken, and he was not locked in. He said he stayed because he owed £4,000 to the man who brought him and the man kept adding interest - now he owes more than when he started.",
  "DB", "UF", "L")
T("Intel: female 'ELIRA' being moved around hotels in the Midlands, passport held by controller 'GJONI', believed to be a trafficked sex worker.", "RD", "DT", "S")
T("Found in a search of the premises at 3 Hollins St, Oldham: 14 passports (Romanian, Bulgarian) in a locked drawer in the landlord's bedroom, and 22 bank cards in different names.",
  "RD", "DT MBC", "L")
T("IP states 'My pasport is with the boss, I ask many time, he say after'.", "RD", "DT", "")
T("Client says her identity card was held by the woman who ran the house 'so I don't run'.", "RD", "DT", "")
T("Client asked about her passport that the Home Office holds for her asylum claim. Explained this is normal procedure and she will get it back or get a BRP. Not a concern.")
T("Student nurse (Indian) told university welfare that her agency recruiter kept her passport and original certificates until she pays a £6,000 'release fee' and that she must work extra shifts at a care home he chooses to pay it.",
  "RD DB EO", "DT UF LH", "L")
T("Client recalls at the Kettering warehouse the 'team leader' collected the workers' BRPs 'for right to work checks' and never gave them back. When they asked, he said they'd get them when they stopped 'complaining'.",
  "RD IT", "DT", "L")
T("Client's ID was taken by the man at the car wash and is still missing. Supported to apply for an emergency travel document from the embassy.", "RD", "DT", "L")
T("Case note: client recalled working '7 to 7, sometimes to 11 in the night' every day at a shop in Bradford, no Sunday off, for 3 years.", "EO", "LH", "L")
T("He told me they were on call 24 hours, if the phone rang at 3am they had to go and do a job, unload a lorry, anything. 'We never sleep properly.'", "EO", "LH", "L")
T("Client in the care home was doing double shifts back to back, 20 hours at a time, because the sponsor said she would lose her visa if she refused.", "EO IT AV", "LH", "L")
T("Client: 'Sunday, Monday, every day the same. No day for rest. I forget what day it is.'", "EO", "LH", "")
T("IP reported working as a deckhand on a scallop boat out of Newlyn, 20-hour shifts for days at sea, slept in a cramped bunk room, skipper kept his seaman's book and paid him $500 a month instead of the contract rate. He left the boat when it came in to Plymouth and walked into the Mission to Seafarers. He is now in MSVCC support. He is Filipino, 34, and speaks good English. He wants to go home to his wife and daughter. We have contacted the Philippine embassy about an emergency passport and the ITF about a wage claim. The ITF inspector will visit the vessel in Newlyn. He is staying at the Seafarers' centre and says the food is good and he can call home.",
  "EO AC RD WW", "LH SW DT", "L")
T("Client: worked at a nail salon 9am till 9pm Monday to Saturday, Sunday 10 to 6. Slept at the shop manager's house with 6 other girls.",
  "EO", "LH OA", "L")
T("Client told me he volunteers at the church three evenings and Saturday too, he likes to be busy - 'better than sitting thinking'. This is his choice and he has plenty of rest. No concern.")
T("Hospital social worker: Patient (Pakistani national, 29) admitted with post-operative infection. Scar consistent with nephrectomy. Patient says he was told he was coming for a factory job, then taken to a clinic abroad and 'they took my kidney'. Says he was never paid and owes money for the trip.",
  "DEC DB WW AV", "", "O", "high")
T("Living kidney donor - husband donating to wife at the Royal Free. Independent Assessor interview completed, both spoke separately, no payment, no coercion. Approved.")
T("INT 3/B/P: Facebook group offering 'kidney buyers' £25k, targeting Eastern European men in debt in the UK. Contacts arranged via WhatsApp. Believed linked to travel to Turkey for surgery.",
  "DEC AV", "", "O", "high")
T("Transplant coordinator: patient on dialysis asked if he could 'buy' a kidney abroad. Advised that this is illegal and unsafe. No offence identified.")
T("Client recalled that the man who kept her in Sheffield said if she didn't pay what she owed, they would 'take an organ' and sell it. She believed him.", "IT DB", "", "S")
T("Child (12, Romanian) seen begging with an adult female outside Primark, Oxford Street, every day including school days. Adult takes the money. Referred to Westminster CSC.", "AV WW", "NCW", "C", "high")
T("Outreach note: the man on the bridge in Nottingham begging - spoke to him, he's British, known to the homeless team, uses the money for himself. No exploitation.")
T("INT 2/B/P. POI ROBERTS (Kyle) is using the flat of a vulnerable female at 9 Osborne Terrace, Hastings, to deal from. Female has a learning disability. ROBERTS has taken her bank card and only gives her food.",
  "AV WW", "NCW", "C")
T("The county lines boy (17) told his YOT worker he has to 'work off' a £1,500 debt because his stash was 'robbed' - he thinks the robbery was set up by his own elders. He's scared to stop.",
  "AV DB", "FA", "C", "high")
T("Missing child alert: 15 yr old male from Southwark believed to be with an older male dealer on a line in Norwich right now, phone off, last seen getting into a car in Peckham at 20:00.",
  "AV", "ET", "C", "immediate")
T("Client (Czech male, 33) explains he was made to sign for phone contracts, bank accounts and a car in his own name in Derby, which the gang then used. He now has CCJs. He was given somewhere to live and food only.",
  "WW", "", "C")
T("Text from victim's sister: 'my brother is in a house in Coventry the men have taken his phone he called me from another mans phone crying he said they hit him and he cannot leave please help'",
  "ISO PSV RM", "IS RMS", "", "immediate")
T("Client said on the farm there were no toilets in the fields, no water, no shade in 30 degree heat. A woman fainted and they laughed.", "AC", "", "L")
T("Client's room at the car wash: a shipping container, no heating, no window, a bucket for toilet. 'Like animals,' he said.", "AC", "PLC SW", "L")
T("Client describes mould everywhere in the house in Tower Hamlets, rats, 4 bunk beds in each bedroom, no working shower. 16 people.", "AC", "PLC OA", "")
T("Client asked about the damp in her new council flat. Reported to housing repairs. This is a normal repair issue, not exploitation.")
T("IP described being kicked and punched by 'Bogdan' in front of the other workers as an example to them.", "PSV", "", "L")
T("she says he put her head in the bath when she tried to keep some money back", "PSV", "", "")
T("Client has old injuries - says a group of men in the flat in Derby 'did what they wanted' with her. Rape disclosed. SARC referral made with consent.", "PSV", "PA", "S")
T("He was slapped across the face every time the count of car washes was under 40.", "PSV", "", "L")
T("Client said the man only shouted, never hit her. She was scared of his temper. She kept her own phone and passport and wages, and she left when she wanted. I don't think this meets the threshold - closing with signposting to DV services. We discussed healthy relationships and what to do if she feels unsafe. She has the Women's Aid number saved in her phone under a different name. She says she is fine and is looking forward to her sister's visit next month.")
T("Nobody threatened me, nobody kept my papers. The boss just did not pay us for the last month and vanished. - IP statement (in Polish, translated).", "WW", "", "L")
T("'If you run, we find your children in Vietnam' - what the client says the snakehead told him on the boat.", "IT", "", "")
T("Client said the gang leader told her he had photos of her and would put them on Facebook for her village to see if she stopped.", "IT", "", "S")
T("He explained the boss always told them that the police in England are corrupt and would deport them straight away. They believed this and were too scared to ask anyone for help.", "IT", "FA", "L")
T("Client told me 'if I don't bring the money back they said they would burn my house in Albania'.", "IT", "", "C")
T("The owner said that if she left, he would report her to the Home Office as an overstayer.", "IT AV", "FA", "")
T("Client said the men took her mobile and smashed it on the first night. After that she had no way to talk to anyone outside.", "ISO", "IS", "")
T("Recalled: the caravan was in the middle of fields miles from anywhere, 'I never saw a shop for 6 months'. No phone. The boss brought bread and tins once a week.", "ISO AC", "IS", "L")
T("Client states she was not permitted to speak with the other women in the house in case they 'made plans'. Only the madam spoke English.", "ISO", "IS", "S")
T("she weren't allowed to ring her mum, they checked her phone every night and deleted her messages", "ISO", "IS", "")
T("IP didn't know the address of the house where he lived for 2 years. When asked where in the UK, he said 'maybe London? maybe not'.", "ISO", "IS", "")
T("Client recalls being kept away from other Polish people at the factory - the gangmaster told everyone else he was 'crazy' so no one would talk to him.", "ISO", "IS", "L")
T("Client has her own phone, talks to her family in Eritrea every week on WhatsApp, and goes to church on Sunday. Not isolated. Doing well.")
T("They moved us every two weeks to a new flat so we never knew where we were and no one could find us.", "ISO", "IS", "")
T("Client was locked in a room in Walthamstow for 4 months, only allowed out to go to 'work' at the flats with a driver.", "RM", "RMS ET", "S")
T("Client recalls the man who ran the takeaway slept with the shop keys in his pocket; they could not get out at night.", "RM", "RMS SW", "L")
T("Gang kept 'minders' with the workers at all times, even outside the toilet at the services on the M6.", "RM", "RMS ET", "L")
T("Client says she could go out, but only with the wife, never alone, never to meet anyone.", "RM", "RMS ET", "D")
T("Client went out today on her own to the library and back. She says she's no longer scared someone is following her. Nobody is restricting her - she is free to come and go.")
T("Client says the gang 'fined' workers £50 for speaking Polish on site and £100 for being late - these came off wages.", "WW", "", "L")
T("Client's wages went to 'Gica' - every Friday Gica drove them to the ATM, took their cards, and gave them back empty.", "WW", "NCW MBC ET", "L")
T("Client was charged £25 a week for the minibus to the potato farm, which was also the only way to get there.", "WW", "CT", "L")
T("Recalled: first week on the site they took £90 from his wages for 'safety boots and hard hat' and £15 for a hi-vis. He'd been promised these were free.", "DEC WW", "PPE", "L")
T("Workers at the packing plant had to buy their own hairnets and gloves from the supervisor at inflated prices.", "WW", "PPE", "L")
T("Client was told the 'uniform and knives' for the kitchen cost £200, taken from the first month's pay.", "WW", "PPE", "L")
T("Client at a warehouse via a legitimate agency: got free PPE, paid on time, weekly payslip, he keeps his own card and PIN. Client happy with the job.")
T("Obs 04:50 - a white Transit reg KP66 TVZ collected 11 males from 23 Spencer St, Northampton. Vehicle returned 21:40 and dropped all 11 back. Same on three days observed. INT 2/B/P.", "", "CE OA", "L")
T("They came for us in the van 4 in the morning and brought us back 10 at night. We paid £10 each every day for this van.", "EO WW", "CE CT LH", "L")
T("Client recalls arriving with nothing but the clothes he had on - the gang said they would buy him what he needed and add it to his debt.", "DB", "FPE", "")
T("IP had only a small rucksack with one change of clothes; she said everything else was taken by the controller.", "", "FPE", "")
T("When police entered the house in Slough, the bedrooms each had 4 mattresses and no personal belongings at all except a toothbrush each.", "", "FPE OA", "")
T("Client asked to go to Primark to buy a coat. Went together. Paid with her UC money.")
T("Client attended counselling (Helen Bamber Foundation). Talked about nightmares. Counsellor pleased with progress.")
T("Case note: Home Office letter received - client's NRM decision delayed. Informed client. She was disappointed. Explained it is normal.")
T("Client (aged 24, male, Sudanese) received asylum refusal letter today. Solicitor appealing. Client low mood. Safety plan reviewed.")
T("Client got his provisional licence.")
T("Client's bike was stolen from outside SH. Crime ref given. Replacement from Bike Bank arranged.")
T("Client asked me to explain her payslip from her cleaning job. Hours match, tax code correct, holiday pay shown. No issue.")
T("Client wants to study hairdressing at Leicester College in September. Application in. She has chosen this herself.")
T("Needs assessment (move-on) - client stable, employed, housed, registered with GP and dentist, no contact from exploiters. Closing.")
T("Client's friend from the mosque helped her move into her flat. Furniture from British Heart Foundation. Client settled.")
T("Staff note: the man who sometimes waits outside the SH has been identified as the neighbour's son. Not linked to any client. No further concern.")
T("Client attended a barbecue with other survivors organised by the Snowdrop Project. Played football. Happy.")
T("Client asked about bringing her husband to the UK. Explained family reunion rules; passed to immigration adviser.")
T("Client had her hair cut, went to the cinema with her key worker. Said she feels 'like a normal girl'.")
T("Phone call with client's probation officer re his s.45 defence accepted and charges dropped. Informed client - very relieved.")
T("Client's English tutor says she has moved up to Entry 3.")
T("Outreach - car wash in Exeter: owner has a trailer on site where 2 staff sleep. Owner says they prefer it to paying rent. Staff confirm this and say they are paid £90 a day, show payslips. Advised owner on planning and fire safety. Monitor.", "", "SW", "")
T("I, the client, want to say: I was not trafficked. I came for work and the work was hard but I was paid and free. I do not want the NRM. - statement written with interpreter, client's wish respected. The client has a job, a flat and a bank account and says the agency that brought him was fine. He wanted the NRM withdrawn because he thinks it will affect his visa. We have explained that it won't and that he can change his mind. His wish has been recorded.")
T("Landlord has 14 tenants at the property on Mansfield Rd, all on separate tenancies, with their own rooms and keys; council checked licence and fire safety. Complaint from neighbour about bins only.")
T("Romanian male at a food bank in Boston says he is owed 3 weeks' wages by the agency. He has his ID and his own flat. Passed to GLAA as possible labour abuse, no MS indicators except pay.", "WW", "", "L")
T("Client said at the brothel in Ipswich there was a man who answered the phone, booked clients, took the money and told the women what to say if police came.", "WW", "SFW NCW FA", "S")
T("Client said the landlord in Peterborough was also her boss and deducted rent, council tax and 'bills' so she got £25 a week from full time work.", "WW", "OA", "L")
T("Client recalls being made to sit a driving theory test for other people with false ID - 'the boss did my papers and said I owe for them'.", "DB", "", "C")
T("Client: 'They give me pills every day. Say it is vitamin. After I sleep and I don't know what happens.' She believes she was drugged and abused.", "PSV", "", "S")
T("The gang forced the lads to drink heavy and take spice so they wouldn't run off.", "PSV", "", "")
T("Client has a large healed knife scar on his forearm; says the 'runner' who controlled the line cut him when he lost a bag.", "PSV", "PA", "C")
T("IP was found thin, unwashed, with sores on her feet from standing all day at the nail bar.", "AC", "PA", "L")
T("Call handler: female caller whispering, says she is in a flat on Corporation Street Birmingham, the man has locked her in and taken her phone, she is using a client's phone, she doesn't know the flat number. Trace requested, units dispatched.",
  "RM ISO", "RMS IS", "S", "immediate")
T("Client (Bulgarian, 19) said the 'boyfriend' moved her into his cousin's flat in Southend and told her it was just until she got a job. Then the cousin told her she owed them for rent and must 'be nice' to his friends. She refused and was hit.",
  "DEC DB PSV", "", "S")
T("Welfare check on a domestic worker at an embassy residence following a tip. She answered the door herself, has her own phone, passport in her room, days off on Sundays. Says she is content. No concerns identified.")
T("Client told me she 'paid 2,000 to the man in Kabul' to come and then 'he said 5,000 more, I work in his brother's car wash until finish'. It never finished.", "DB", "UF", "L")
T("Client's father borrowed money from a lender in the village for her travel; now the lender messages her every day saying her father will be hurt if she doesn't send £300 a month. She is working two jobs to pay.",
  "DB IT", "UF", "")
T("Caseworker: client was found to be working cash-in-hand at a hand car wash again, about 60 hours a week. The owner is not linked to her former exploiters, she says she chose it because UC was delayed. Risk of re-exploitation discussed; UC escalated.")
T("Client said no one ever hit her or threatened her, but she was never allowed to leave the flat without the landlady, who also took her phone every night.",
  "RM ISO", "RMS ET IS", "D")
T("Old case file summary: client rescued from a cannabis farm in 2021 in Wolverhampton, found with minor injuries, locked in, 'employers' held his phone. Now in stable housing.", "RM ISO", "PA RMS IS", "C")
T("Client from Eritrea who has lived here 8 years came to SA drop in asking for help with a CV. No history of exploitation. Helped with CV.")
T("Referral: male (Indian, 45) sponsored as a care worker by a care agency in Hampshire. The agency has not given him any work for 4 months but charges him £1,000 'sponsorship repayment'. He has no other income, and is afraid to complain because the agency could withdraw his visa.",
  "DB AV IT", "UF FA", "L")
T("caller says the man next door has a woman living there who does all the housework and looks after his kids, she isn't allowed to go anywhere and he shouts at her in a language caller doesn't understand. he took her phone last week caller saw it",
  "RM ISO", "RMS IS", "D")
T("Summary for SCA: Client was recruited in Vietnam with a promise of work in a nail bar, travelled by lorry, forced to work in cannabis grows in Kent and Essex, locked in, beaten when plants died, told his family would be killed if he escaped. His debt was £25,000. His statement was taken over three sessions with a Vietnamese interpreter. He is now 20 and living in SA accommodation in London. He is studying English and maths and plays badminton. He has started to talk about the future.",
  "DEC RM PSV IT DB", "RMS UF", "C")
T("Team meeting: all clients in SH2 reviewed. No new risks. Fire drill done.")
T("Client wants to give evidence against Mama Joy, the woman who ran the house where she was sold for sex. Witness care officer visited today.", "", "", "S")
T("Client disclosed that in the early days she had to sleep on the floor in the corridor and was fed leftovers from the family's plates.", "AC", "SW", "D")
T("The worker said the foreman at the factory always spoke for them when inspectors came and told them what to say about their pay.", "", "SFW FA", "L")
T("Client went to a church in Leyton where the pastor offered her a live-in job looking after his elderly mother for 'food and room'. Client declined. Advised - possible exploitation risk, no offence.")
T("Client recalled the woman who recruited her at the hostel in Leeds offered a 'medical trip' to India where she would sell a kidney for £8,000 to clear her debts. She went, had the operation, and was given £500. She has been unwell since.",
  "DEC AV WW", "", "O", "high")
T("INT 3/B/P. Minibus VX15 PLN observed at Tesco Extra car park, Spalding, 05:10 collecting 9 workers; driver collects £8 cash off each as they board. Returns them 20:30.", "", "CE CT", "L")
T("Client: 'Boss give us gloves but then take money from salary, 5 pound for one pair, every week new pair.'", "WW", "PPE", "L")
T("Bank fraud team: one male withdrawing cash using 14 debit cards at the Halifax ATM in Accrington, all in the names of Slovak nationals registered at one address. Believed to be wages of workers at a laundry.", "WW", "MBC NCW OA", "L")
T("Outreach note: two young women at a 'massage' shop in Kingston said through the manager that they were happy. The manager would not leave the room. One of them had a bruise on her wrist and looked at him before each answer. Left the card for the Modern Slavery Helpline in Vietnamese and Chinese. Passed to Kingston MS lead for a planned visit with interpreters and a female officer.", "", "SFW FA PA", "S")
T("Client said 'after I say no to more hours, the supervisor say maybe my visa finish. I was scared so I did 70 hours every week at the care home.'", "IT EO AV", "LH FA", "L")
T("Client recalled being told by her trafficker that British police would rape her and put her in jail if she ever went to them. She still won't go into a police station.", "IT", "FA", "S")
T("IP says the 'auntie' who runs the house in Tottenham takes all the money the girls earn in the clubs and holds all their passports in a suitcase under her bed. 'We cannot go anywhere without her say.'",
  "WW RD RM", "NCW DT RMS", "S")
T("Client described the chicken factory in Hereford where they stood in freezing water 12 hours without proper boots. 'My feet was black.' Paid £200 for a 60 hour week.",
  "AC EO WW", "LH PA", "L")
T("Client's 'employer' on the trawler told him he'd be thrown overboard if he didn't shut up about pay.", "IT WW", "", "L")
T("She says the man who brought her from Nigeria told her that her family would be cursed and die if she disobeyed. She handed over every penny she earned at the flat in Croydon for three years.",
  "IT WW", "NCW", "S")
T("Client says he was not locked in and not beaten, but 'Kuba' had his passport and bank card, and his wages (£1,400 a month) went into an account he could not see. He got £50 a week.",
  "RD WW", "DT NCW", "L")
T("MSVCC NEEDS ASSESSMENT - Client ref SA/24/8831. Male, 41, Romanian, entered support 02/10 following referral from Lincolnshire Police (Op ARDEN). History as given by client: recruited in Craiova by a man called 'Sandu' who offered work picking vegetables near Boston for £80 a day plus free housing. Paid €300 up front for the bus 'for the ticket and the papers'. On arrival he was taken to a terraced house with 15 other men. Sandu told them their national ID cards would be kept 'for the agency'. Wages paid into accounts opened in their names but Sandu held the cards and took rent, transport and 'food money' out, leaving about £40 a week. Worked 6am to 7pm, 6 days, sometimes 7. Client says Sandu never hit him but hit another man who complained. Current needs: GP registration (high blood pressure, no medication for a year); dental; new ID via the Romanian consulate; bank account in own name; clothing. Risk: client worried Sandu's brother lives in his home town. Plan agreed and signed by client.",
  "DEC RD WW EO PSV", "UF DT NCW OA LH", "L")
T("Progress note (week 6). Client continues to do well. He has collected his new ID card from the Romanian consulate in Manchester and keeps it himself; he has opened a basic account with Lloyds and holds his own card. He has been prescribed amlodipine and his blood pressure is coming down. He went to the Jobcentre with me and his UC claim is in. He has joined the men's cooking group at the SH and made sarmale for everyone, which was a big hit. He asked whether he could work for a farm again - we talked through what a legal job looks like, how to check that an agency is licensed by the GLAA, and that nobody should ask him for money to get a job or keep his documents. He understood and said 'I know now'. No contact from anyone linked to his exploitation. Re-trafficking risk reduced to low. Next review in four weeks; move-on planning to start.")
T("Referral received from a renal social worker at Manchester Royal Infirmary. The social worker was concerned because a patient, Mr H., a Kurdish man of 34, is due to donate a kidney to his 'cousin'. She noticed that they did not seem to know each other well and that the donor did not speak English. We met the donor with an independent Kurdish Sorani interpreter and without the recipient present. He explained that the recipient is his uncle's son, that they grew up in different cities, and that he has chosen to donate because his family asked him to and he agrees. He said nobody has paid him or promised him anything, he holds his own passport and visa, he lives with his wife in Salford and works at a bakery. The Human Tissue Authority's independent assessor had already interviewed him and was satisfied. We found no indicators of trafficking or coercion, and he was clear he can withdraw at any point. Closed with feedback to the social worker, who was thanked for raising it.")
T("Outreach log, Saturday night, Derby city centre (2 workers, 21:00-01:30). 21:40 - spoke to three young men outside the chicken shop on Normanton Rd, all local, offered hot drinks, no concerns. 22:30 - checked the car park behind the cathedral where a man was sleeping in a tent last week; he has been housed by the council, his mate told us. 23:15 - a young woman at the bus station asked us for help getting back to Burton; she had lost her purse and was not in any danger. We bought her a ticket and she messaged us when home. 00:10 - two men asked us about work; both have jobs at a warehouse via an agency and just wanted to know about the night shelter. 01:00 - nothing further. Overall: a quiet night, no exploitation concerns identified, 14 contacts, 9 hot drinks, 3 sleeping bags given out.")
T("Statement of client recorded by SA caseworker with Vietnamese interpreter (summary). 'I came to England in the back of a lorry when I was 22. In Vietnam the man said I would work in a nail shop and earn a lot of money to send home. My family paid 200 million dong and borrowed the rest. When I arrived a man took me to a house in Birmingham. He took my phone and said I must not call my family until the debt was paid. Then they took me to a house with plants. I lived there with another boy. The windows had wood on them and the door was locked from outside. They brought rice and noodles every week. I looked after the plants day and night, there was no time for sleep properly because the lights must be checked. I was very scared. The man said if the police came we must say we came by ourself and we are the owners. One night the police came. I was arrested and I went to prison for one month before my solicitor said I was a victim.' Client now in MSVCC support in Coventry.",
  "DEC DB ISO RM AC EO", "RMS IS SW LH FA UF PLC", "C")
T("Case review meeting (SA caseworker, SH manager, client's solicitor, police OIC). Client (female, 27, Albanian) has been in support for 7 months. She was trafficked for sexual exploitation in 2023 by her boyfriend, who told her they would marry in London and instead sold her to a brothel in Luton. She was beaten when she refused customers and he threatened to tell her family she was a prostitute. Trial of the boyfriend and two others listed for March at Luton Crown Court. Current position: client attends college (hair and beauty), has made friends, and her English is good. She has a part-time job in a salon, paid through payroll into her own account. No contact from the defendants since the bail conditions were set. Concern raised by the OIC that the boyfriend's cousin has been seen in Bedford, 20 minutes from her address - client informed and safety plan updated. Decision: support continues until the end of the trial; panic alarm fitted; review in 6 weeks.",
  "DEC PSV IT", "", "S")
