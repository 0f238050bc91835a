# fresh209 part 2: hotels, bars, other exploitation types, negations, look-alikes
T("Hotel receptionist at a Travelodge-type budget hotel off the M62 reported a man checking in with a girl who looked about 14, paying cash, girl wouldn't speak, had a fresh bruise on her cheek. They are in room 112 now. The receptionist says the man is white, 40s, bald, wearing a grey tracksuit, and booked in as 'John Smith' with no ID. The girl was wearing a school-style coat and had no bag. When the receptionist asked if she was OK the man answered for her. The man's car, a black VW Golf (partial reg YX67), is in the car park. Units dispatched as an immediate response, hotel asked to hold the key cards for the room.",
  "AV PSV", "PA FA SFW", "S", "immediate")
T("Hotel staff training (Say Something If You See Something): housekeeping asked to report rooms with multiple visitors, lots of condoms and cash, 'do not disturb' for days. This is a training note, no incident.", "", "", "")
T("INT 2/B/P. Two Romanian females being advertised on Vivastreet and taken by a male driver (BMW 1 series, FD66 WZP) to different hotels in Milton Keynes each night. Male books the rooms and holds the cash. Females believed not to have their ID cards.",
  "WW RD", "ET DT NCW", "S")
T("Bar manager in Newcastle reports female regular, 30s, who sells sex from her own flat, works for herself, no one controlling her. Staff were concerned she was being pimped; spoke to her, she denied anyone takes her money and is independent. No exploitation.", "", "", "")
T("cleaner at the hotel found a young lad in one of the rooms with loads of phones and bags of white stuff, he looked scared and said 'they'll kill me if I lose it'. He had a London accent, couldn't be more than 15.",
  "AV IT", "FA", "C", "high")
T("County lines: rooms at the Premier Inn in Ipswich booked in the name of a 17-year-old from Lambeth. He's been dealing from the room for a week. Older males visit to collect cash. Missing from home since Monday.",
  "AV", "", "C", "immediate")
T("Cuckooing: vulnerable male with learning difficulties, address used by dealers; he works as a pot washer at a local café. Dealers took his bank card and are using his account for money transfers.",
  "AV WW", "NCW", "C")
T("Kitchen worker (Vietnamese, 19) arrested at cannabis factory above a closed-down restaurant in Wakefield. Says he was told he'd work as a chef in a nail-and-food business. Locked in, windows boarded, food passed in twice a week. Owes £25,000 to the people who brought him.",
  "DEC RM DB AV AC", "RMS UF PLC", "C")
T("Forced begging: women with babies seen outside restaurants on Oxford St, dropped off at 08:00 by a man in a Ford Galaxy and picked up at 20:00; he collects the money from them every two hours.",
  "WW EO", "CE ET NCW LH", "C")
T("Restaurant owner in Harrow keeps an Indian woman as a 'housemaid' at his home. She cooks, cleans, looks after his three children, works from 5am to midnight, sleeps on the kitchen floor. He holds her passport and she has not been paid in a year. She was told she would get £500 a month and study.",
  "DEC WW RD EO AC", "DT LH SW", "D")
T("Domestic worker for a hotelier family in Knightsbridge, Filipina, says 'Madam takes my phone at night. I can only call my children on Sunday when she is watching. I am not allowed to go outside alone.'",
  "ISO RM", "IS RMS ET", "D")
T("Nanny for a family who own a chain of restaurants in Surrey, she's a live-in au pair from Spain, has her own room, works 25 hours, weekends off, goes to language school. Mother rang to check it's legal. Fine.", "", "", "")
T("Intel from Border Force: man travelling from Lagos to Gatwick said he was coming to work in his uncle's restaurant, but had a hospital appointment letter for a 'kidney assessment' in London and $3,000 in cash. Says he was promised money for 'donating'. Possible organ harvesting, referred to NCA. The man, aged 24, said his uncle had arranged the visa and the flight and that he did not know the name of the hospital, only that 'a man' would meet him at the airport. He became very nervous when asked about the appointment letter, which gave an address in north London that is a private residential flat, not a clinic. He said the uncle told him he would get £5,000 after the operation and could then work in the restaurant. He was refused entry. The NCA and the Human Tissue Authority have been informed. Safeguarding advice given through an interpreter before removal.",
  "DEC AV", "", "O")
T("Patient, 52, Turkish restaurant owner in Enfield, had a kidney transplant at the Royal Free last year from his brother. All done through NHS with Human Tissue Authority approval. Call related to a parking dispute at the restaurant.", "", "", "")
T("Waitress (Albanian, 23) says her boyfriend brought her to UK saying they'd get married and run a café. In London he made her sell sex in hotel rooms and took all the money. She said he slapped her when she cried.",
  "DEC PSV WW", "NCW", "S")
T("Staff at a café in Leeds discussing a news story about organ trafficking; one customer complained it was upsetting. No incident.", "", "", "")
T("A man at the takeaway says they will take his kidney if he doesn't pay back the £10,000. He says the boss has 'a doctor in Egypt'. He is terrified and has stopped going out.",
  "IT DB", "FA", "O L")
T("Kidney donor (wife donating to husband, both British, husband owns a pub in Devon). Hospital social worker checked for coercion as routine, none found, living donation approved by HTA.", "", "", "")
T("INT 3/B/P. Source states that a Kurdish male working at a barber shop/kebab shop in Stockport was brought to UK in a lorry and told he'd have to 'give a kidney' to clear his £12k debt. Source thinks he's been taken to a private clinic abroad for tests. Concern for his safety.",
  "DB IT AV", "UF", "O L")
T("It was not a trafficking case. The hotel housekeeper had her own passport, her own bank, own flat, and could leave whenever she wanted. The complaint was about her manager's bullying.", "", "", "")
T("Waiter, Italian, 28: 'They didn't take my passport, I had it the whole time. But the money - they paid me for 30 hours and I worked 60, every week. When I asked, they said the tips are the rest.'",
  "WW EO", "LH", "L")
T("Woman in the chip shop said she doesn't get paid but also said she's the owner's wife and co-owns the shop. Not exploitation.", "", "", "")
T("Spoke to 4 staff at the Jade Palace, Swindon. None reported threats or violence, all denied being made to stay. However all four had their passports held by the manager 'in the safe' and said they did not know how to get them back.",
  "RD", "DT", "L")
T("Referral from a hotel in Aberdeen: room attendant, Ghanaian, says that if she doesn't meet the 16 rooms a shift target her supervisor docks £20. She was not threatened in any other way and lives independently.",
  "WW", "", "L")
T("Checks made on a gastropub in Oxfordshire following a report of 'slave labour'. The kitchen team are on contracts, paid via payroll, hours average 45. No one lives on site. Allegation appears malicious (ex-employee). No further action.", "", "", "")
T("he said if I tell anyone about the money he would send photos of me to my father in Bangladesh. he keeps my card, I work in his restaurant kitchen for 2 years",
  "IT WW", "NCW", "L")
T("If the chef is not paid by the end of the month he says he will go to ACAS. Currently he is paid on time and works normal hours. Call for advice only.", "", "", "")
T("MS Hub: hospitality worker (Chinese, 45) recovered from a takeaway in Bangor, N Wales. Very thin, dental pain, has been in the kitchen 4 years, never been outside alone. Boss takes him to the cash and carry and back. Phone with only boss's number in it.",
  "RM ISO AC", "PA RMS ET IS", "L")
T("Pub in Wigan: landlord's 15-year-old daughter helps behind the bar on Sunday lunch. Licensing told, advice given about under-18s serving alcohol. Not exploitation.", "", "", "")
T("Two young Vietnamese women at a nail bar that also does 'Asian street food' in Cardiff, both appear to live on site, shutters down at night with them inside, man comes in the morning to open up.",
  "RM", "SW RMS", "L")
T("GLAA inspection of a labour provider supplying kitchen porters to hotels in Manchester. Workers are charged a £150 'registration fee' and £15 per week for uniforms. Some have not been paid holiday pay. Licence revocation being considered. The labour provider, a company registered in Salford, supplies about 40 workers to five hotels. Workers interviewed by the GLAA were mostly from Romania and Bulgaria and said they had found the job on Facebook. None reported threats or restrictions and all had their own identity documents. The registration fee is a breach of the Conduct of Employment Agencies Regulations; holiday pay arrears have been calculated at roughly £11,000 across the workforce. The hotels have been advised of the findings.",
  "WW", "UF PPE", "L")
T("Teenager working in fast food outlet, 16, does 12 hours a week, has her own bank account, parents happy, hours legal. School raised it after she fell asleep in class. No concerns about the employer.", "", "", "")
T("Hotel manager reported to police that an Eastern European man brings three women to stay in different rooms each week, pays for all the rooms in cash, women never leave, many male visitors. Manager suspects prostitution controlled by the man.",
  "RM", "ET RMS", "S")
T("Karaoke bar/restaurant in Soho: hostesses (Chinese, Korean) are expected to drink with customers until 4am. One hostess said she is fined £50 if she refuses to drink and has to pay £2,000 'introduction fee'. Owner holds their visas.",
  "WW DB RD EO PSV", "UF DT LH", "L S")
T("The owner forced us to drink vodka with him after closing and if we said no he would hit us. One time he pushed me down the stairs.", "PSV", "", "L")
T("Hotel in Blackburn used by the local authority for emergency accommodation. Concern from hotel staff that a 13-year-old girl placed there is being picked up by older men in cars. Police informed. CSE strategy meeting. The girl, who is in the care of the local authority, has been reported missing three times in the last month and has returned each time with new clothes and a new phone. Hotel staff have noted the registration numbers of two cars, a silver Toyota Prius (MA18 VCE) and a black Audi A3, that pull up outside late at night. One of the drivers was seen handing her a bottle of vodka. A child abduction warning notice is being considered and her placement is to be reviewed urgently.",
  "AV", "", "S", "high")
T("INT 3/C/4. Staff in a Polish restaurant in Boston, Lincs said to be giving their wages to a man called 'Tomek' who owns the house they live in; possibly just rent.", "", "", "")
T("Cafe worker, Ukrainian refugee under Homes for Ukraine, employed by her sponsor at his café. Sponsor tells her she must work unpaid or she'll lose her accommodation and be reported to the council. She works 6 days.",
  "AV WW IT", "", "L")
T("Food truck at Glastonbury: crew of 6 sleeping in a tent behind the van during the festival, working 14-hour days for 5 days, then a week off. Paid £150 a day each. They are students. Checked, no issues.", "", "", "")
T("Waiter says he has to give the restaurant manager £20 every week to keep his shifts, otherwise manager says he'll give the shifts to someone else.", "WW", "", "L")
T("Police visited the Green Valley curry house after a report of someone screaming. Found a kitchen worker had been badly beaten by two men who came into the kitchen demanding money he owed for his smuggling. Worker refused to say more. Owner not involved.",
  "PSV", "FA PA", "")
T("The manager says: 'we don't hold anyone's passport, they are free to go', but a worker told the officer privately that the manager has his passport in his car and won't let him visit his family.",
  "RD RM ISO", "DT", "L")
T("Hotel cleaner, Portuguese, 58, said she had no concerns with her employer. She had her own flat and her own bank card. The call was about a neighbour dispute.", "", "", "")
T("Staff at a Chinese buffet in Southend are bussed in from Essex in a minibus at 9am and back after midnight. The driver deducts £15 a day for the lift. No days off in 6 weeks.",
  "EO WW", "CE CT LH", "L")
T("Girl (16) working at a 24 hr café in Bradford, befriended by the older owner's son who buys her vodka and gives her a phone. She stays at his flat. Police concern of grooming. Risk assessed high.",
  "AV", "", "S", "high")
T("In a Sheffield café, the owner (a woman from Kenya) employs a Kenyan girl who came on a visitor visa as her 'niece'. The girl does cleaning at the owner's home and works at the café, unpaid, not at school, aged 14.",
  "AV WW", "", "L D", "high")
T("hotel kitchen wants me to work on my day off again or they threaten to sack me. They pay me for the hours though and I have a contract.", "", "", "")
T("Chef on a skilled worker visa contacted the helpline. Employer has stopped paying him for 3 months saying business is bad but says if he leaves he'll lose his visa and have to go home. He's working 60 hours. He lives in his own rented room and has his passport.",
  "WW EO AV IT", "LH FA", "L")
T("Restaurant in Bristol: staff made to pay back £1,200 'training costs' if they leave before 12 months. Staff on good wages otherwise. GLAA/EAS referral for advice.", "DB", "", "L")
T("A woman from Vietnam says: 'I work at the restaurant kitchen in the day and then the boss send me to the massage place at night where I must do sex with customers. He hit me if I say no.'",
  "PSV", "", "L S")
T("DWP fraud team: restaurant owner in Oldham believed to be claiming Universal Credit in the names of 5 of his kitchen workers, using their bank cards and IDs which he holds. Workers receive none of the money.",
  "WW RD AV", "NCW MBC DT", "L C")
T("Coffee shop chain area manager wants advice about a new starter who is 16 and wants to do 40 hours in the summer holidays. Advised on child employment rules. No concern.", "", "", "")
T("tip off - the fish and chip shop on the front has a man who is never let off the premises, sleeps in the back on a chair, looks filthy, smells, the owner calls him 'the Pole'",
  "RM AC", "RMS SW PA", "L")
T("Hotel in Torbay linked to a man on bail for trafficking offences; intelligence suggests he supplies hotel cleaners from his HMO in Paignton and takes all their wages, they get £50. INT 2/B/P.",
  "WW", "OA NCW", "L")
T("He hold my ID card and tell me when I finish pay the debt he give back. Now 2 years, the debt is bigger than before.", "RD DB", "DT", "L")
T("Restaurant owner's wife in Lancashire reported her husband for hitting her. He also runs the restaurant where she works unpaid and he keeps her passport. She came from Pakistan on a spousal visa and says he threatens to have her sent back.",
  "PSV WW RD IT AV", "DT FA", "L")
T("Licensing visit to a shisha lounge in Leicester: doors locked during the visit, 4 staff in the back with no right to work, one said he lives in the stock room. They stated they are paid £30 a day. They were not locked in; the door was locked to keep out customers.",
  "WW AV AC", "SW", "L")
T("Brunch café in Hove: two staff complained about not getting their tips. Manager explained tips are shared through a tronc, records shown. No further issues.", "", "", "")
T("Young female, 17, from Eritrea, was placed in a hotel as UASC, has gone missing. Friends say a man who owns a restaurant in London promised her a job and took her last night. Her phone is off.",
  "AV DEC", "", "L", "immediate")
T("INT: Indian restaurant chain in Scotland, 5 branches, chefs brought in under sponsorship are alleged to be charged £20k for certificates of sponsorship and housed together in a flat in Paisley, 8 men. Wages partly returned to the owner in cash. Home Office compliance aware.",
  "DB WW", "UF OA NCW", "L")
T("My brother is working in a hotel in Wales for a Polish man. He calls me crying every night. He says he doesnt know where he is exactly, they took his phone, he only gets it on Sunday. They don't give money.",
  "ISO WW", "IS", "L")
T("Fire service report: restaurant in Walsall, fire in the upstairs flat, 9 men rescued from 2 rooms, windows screwed shut, one door padlocked from outside. Men work at the restaurant.",
  "RM AC", "OA RMS PLC", "L")
T("Owner of 'Sunshine Café', Belfast, employs his daughter (20) and a Brazilian waiter who has his own flat, gets paid weekly and has days off. PSNI visit after a drunk customer complained. No issues.", "", "", "")
T("Hostel manager, Birmingham: resident, alcoholic, is picked up every morning by a man who runs a catering business; resident does washing up at events and gets paid in cans of lager and £10. Man also collects the resident's benefits.",
  "AV WW", "NCW CE", "L")
T("Worker at a food processing/catering kitchen in Corby says her team leader takes workers' bank cards and PINs at the start of the month. A neighbour has seen the team leader using several cards at the Co-op ATM.",
  "WW", "NCW MBC", "L")
T("Kitchen staff member 'Ravi' (not real name) fears the owner because the owner said he has friends in the police and the Home Office. He wouldn't talk to the officer while the owner was in the room. Owner answered for him.",
  "IT", "FA SFW", "L")
T("A café on Lewisham High Street was the subject of a Facebook post claiming it uses slave labour. Staff spoken to, all local college students, paid the NLW, no concerns. Post appears to be from a rival business.", "", "", "")
T("Asian restaurant in Norwich; chef says boss threatened to hurt his wife and kids back in Nepal if he spoke to the police, after he was found with no papers by ICE. He then refused to be referred to the NRM.",
  "IT AV", "FA", "L")
T("INT 2/B/P. Hotel in Peterborough being used by a Romanian OCG to house women who are advertised online for sex. Women are moved every few days between Peterborough, Northampton and Leicester. Controllers take all earnings. One female had a black eye. Source says the women are aged between 19 and 25 and that some do not speak any English. The adverts on Vivastreet use the same three telephone numbers, which are answered by a male. The controllers book the rooms in their own names, two or three nights at a time, paying cash at reception. Hotel staff have noticed a high volume of male visitors between 18:00 and 03:00. Source has seen the female with the black eye being pushed into a car in the car park. Suggested action: liaise with Cambridgeshire Police's MS team and the hotel's management to set up a reporting protocol, and apply for an information order on the numbers.",
  "WW PSV", "PA NCW", "S")
T("We worked for the catering company at the big events. They paid us for one day but we did three days, no sleep, no food, we slept on the floor of the kitchen tent.",
  "WW EO AC", "LH SW", "L")
T("Restaurant manager asked police for advice as she thinks a new kitchen porter might be being exploited by the man who drops him off - man always comes in to collect his wages in cash and speaks for him. Worker seems scared.",
  "WW", "NCW SFW FA", "L")
T("Guest house in Rhyl, family-run, the owner's elderly mother helps with the breakfasts. Social worker raised concern she was being 'made' to work. Spoke to her alone, she enjoys it, has capacity, no coercion.", "", "", "")
T("debt for the flight is 3,500 pounds. They say I must work at the restaurant to pay, and every month the debt stays the same because of the interest. I cannot leave until it is paid.",
  "DB RM", "UF", "L")
T("Caller states there is an old man living in a shed behind the Indian takeaway, hasn't seen him leave in months, the owner shouts at him and he is always working. No heating in the shed.",
  "AC EO", "PLC LH", "L")
T("Manager of a Lake District hotel hires seasonal workers through a reputable agency. Two workers said the agency charged them £80 for the travel from London; this was refunded after the GLAA spoke to the agency.", "", "", "")
T("Officer at Pizza Express-style restaurant in Swindon found the night cleaner (contractor staff) asleep in a cupboard at 5am; cleaner said the contractor pays him £3 an hour and he has nowhere else to sleep.",
  "WW AC", "SW", "L")
T("Hotel in Blackpool: 'Maxim' keeps 6 Ukrainian men working as kitchen porters and cleaners. He has told them if they go to the police they will be arrested and sent back to the war. Their passports are with him.",
  "IT RD AV", "FA DT", "L")
T("Kebab shop, Aberystwyth. 17-year-old Kurdish asylum seeker works 60 hours, lives in the flat above with the owner. Social worker unable to see him alone as owner always there. He said he's 'happy'.",
  "AV EO", "LH SFW", "L", "high")
T("Restaurant worker in Leeds was assaulted in the street on his way home by strangers. Hate crime investigation. No employment concerns.", "", "", "")
T("The owner said I cannot leave the flat without the manager. He drives us to the restaurant and back and takes the keys.", "RM", "RMS ET", "L")
