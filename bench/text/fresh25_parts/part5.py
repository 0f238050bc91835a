T("Salvation Army: client (Chinese F, 44) says that in 2 years at the restaurant in Stoke she was never told the name of the town. She was driven from the flat to the kitchen and back with the windows covered. No phone — the manager said phones are 'bad for work'.",
  "IS", "et", "L")
T("INT: Polish male (nom KAROL, approx 50, homeless) recruited at a soup kitchen in Coventry to work on a block-paving crew. Now lives in a lock-up with 3 others. The gang leader took his phone 'so he can't ring his ex', he has no contact with his family. 2/C/P",
  "AV IS AC", "", "L")
T("he dont let her talk to nobody. she isnt allowed on the phone to her family back home and she cant speak english anyway. she just cleans there house and minds the kids. thats the flat above me Foleshill",
  "IS", "", "D")
T("Welfare call by Leics Police to an au pair (Spanish, 19) after her mum in Madrid rang worried as she hadn't heard from her in a week. Au pair was fine, had lost her phone at a festival, host family helpful. No concerns.")
T("Debrief: 'In the house the boss said don't talk to neighbours, don't talk to English people, they will report you. We worked in a recycling plant. He took our SIM cards. I did not speak to my wife for five months.'",
  "IS", "foa", "L")
T("Midwife: Eritrean F, 20, booked late at 34 weeks. Husband's brother attended and said she doesn't need an interpreter. Alone, with interpreter, she said she isn't allowed out of the flat, does not know the address and has no phone. Safeguarding referral — possible domestic servitude/forced marriage.",
  "RM IS", "sfw", "D")
T("INT suggests 3 Brazilian females working in a brothel in Leamington, unable to leave, mobile phones confiscated by the 'receptionist', clients pay the receptionist. 2/B/P",
  "RM IS WW", "ncw", "S")
T("Case note: Ms R (Latvian, 35) has moderate learning disability. A couple she met in a park invited her to live with them in Mansfield. She has been doing all their cleaning and caring for the man's mother. They have her bank card, her DLA goes into their account, and they've blocked her sister's number on her phone.",
  "AV IS", "ncw", "D")
T("Police log: domestic incident, husband and wife argued about him working too many hours at his own business. Both adults, no injuries. Advice given.")
T("Debrief (Vietnamese M, 17): 'I did not know which country I was in until the police told me. I was inside the house all the time. Someone came every few days with rice and fertiliser. I only had the plants.'",
  "IS RM", "", "C", "c")
T("Tip: Unit 4, Bilston Industrial Estate. Van brings 8-10 men in at 6am, windows blacked out, picks them up at 10pm. Men never seen leaving for lunch. Boss is 'Mr Singh'. Anonymous.",
  "EO", "cedl", "L")
T("POI IOVU believed to be operating a benefit fraud, opening UC claims in names of Romanian men he brings to Leicester, taking the payments into accounts he controls. Men told they're getting a job; they sleep 6 to a room in a house owned by POI. 2/B/P",
  "DE AC", "ncw oa", "C")
T("Hi, I'm a bank teller in Walsall. A man came in with an elderly woman who didn't seem to understand what was happening, he wanted to add himself to her account. I refused. Probably a family matter but reporting as asked.")
T("Immigration Enforcement visit to a restaurant, Leicester: 2 workers without right to work arrested. Both said they were paid properly and lived with relatives. One said 'nobody forces me, I just need money'. Civil penalty to employer.")
T("Barnardo's referral: Boy (15, Black British) has been sent to Grimsby and Skegness by a group in Nottingham. He has been found there twice, sleeping in a drug user's flat. His mum says the group threatened to shoot up the house if he stops. He says he 'has to' because of a debt from a stolen bag of drugs.",
  "IT DB AC", "", "C", "c")
T("Local news summary: Three men from Walsall were jailed at Wolverhampton Crown Court for forcing vulnerable men, some homeless and some with alcohol problems, to lay driveways for no pay. The victims lived in horse boxes and were beaten if they complained.",
  "AV WW AC PV", "plc", "L")
T("GLAA licence application refused: applicant had previously supplied workers to a salad factory and charged them work-finding fees, which is unlawful. No current workers or victims identified.",
  "", "uf", "")
T("hey so theres a massage place on the high street in Hinckley and the same 2 girls seem to live there, the lights are on at 3am and theres mattresses visible through the back window. they never speak english to anyone. the man who owns it does all the talking and picks up the money at night",
  "", "saw sfw ncw", "S")
T("Witness statement of PC 1234: On entry to the address I found a female, later identified as Ana POPA, sitting on a mattress in the smaller bedroom. The door had a bolt on the outside. She had a bruise to her left cheek. The room contained a bag of clothes and nothing else. She said 'he makes me work', then started crying. She did not know the name of the street.",
  "PV IS RM", "pa fpe", "", "i")
T("Email from HR, food processing plant, Melton: one of our agency workers told a supervisor that the agency's driver takes £20 off each worker every day 'for petrol' and threatens to get them sacked if they complain. We've reported to the agency and GLAA.",
  "IT", "ct", "L")
T("Report that a woman is kept captive at a house in Nuneaton — police attended, female is the homeowner's adult daughter who has agoraphobia and is supported by mental health services. No offences.")
T("Statement (translated from Romanian): 'The man who brought me to Leicester said the factory job was waiting. It wasn't. He said I must beg until he finds work. I stood at the traffic lights with a cup. At night he took the money. If it was not enough, no food.'",
  "DE WW", "ncw", "C")
T("POI KHAN, Tariq — charged with controlling prostitution. Victim (F, 19, British, care leaver) says KHAN gave her a room when she was homeless and then said she owed him £3,000 'for rent and weed' which she had to pay by seeing men. 1/A/P",
  "AV DB", "", "S")
T("Construction company (tier 1) audit: all labour supplied through 2 GLAA-aware agencies, right to work checked, payslips in workers' names, worker interviews done without supervisors. No issues found.")
T("Child (13) told teacher that his 'uncle' makes him go out with other boys to take wallets and phones on the bus in Birmingham city centre. If he doesn't bring anything home he sleeps on the landing without dinner.",
  "AC", "", "C", "c")
T("ppl getting dropped off at 4am in the lay-by near the packing place at Wisbech, they stand there in the rain for an hour for the gate to open, no coats, some look like they havent eaten for days",
  "", "cedl pa", "")
T("Debrief — Pakistani male (28): recruited for a security guard job in Birmingham, paid £9,000 to an agent in Lahore. On arrival told the job was gone and he would instead work in a takeaway 'until the fee is earned'. Works 14 hrs a day, sleeps on the floor of the takeaway, the owner holds his passport and BRP.",
  "DE DB EO AC RD", "uf saw", "L")
T("Complaint to police from restaurant worker that his boss paid him £200 less than agreed last month. He has his own bank account and passport and lives with his brother. Boss later paid the balance. NFA, civil.")
T("INTEL 2/A/P: HOXHA (nom) told an associate he had 'a girl' in Derby who 'doesn't go anywhere without me' and 'doesn't speak to anyone, not even her mum'. Associate states the girl is Albanian, about 20, and advertised as an escort.",
  "RM IS", "", "S")
T("Transplant tourism: Coventry patient (M, 60) returned from Pakistan with a new kidney, complications. Hospital concerned organ was bought from a poor donor. Patient says the donor 'was paid well and agreed'. Referred to HTA. No UK victim identified.",
  "", "", "O")
T("Council licensing inspection of a massage parlour, Wolverhampton Rd: 2 therapists, both with certificates and contracts, paid hourly by bank transfer. Premises do not offer sexual services. Licence renewed.")
T("Caller says her friend (Filipino, 35) is a live-in carer for an elderly man whose son employs her. She gets £1,000 a month, has her own room and a day off each week, but she's worried because her visa is expiring. Advised re immigration advice service. No exploitation.")
T("INT suggests a group of Indian nationals working at a Leicester garment factory are housed by the owner 'above the shop'; at least 15 men in 2 rooms; wages paid to the owner's nephew who hands out 'spending money'. Factory locked during shifts. 2/C/P",
  "AC WW RM", "oa ncw saw", "L")
T("She says that after the wedding in Bradford her husband's family took her passport and marriage papers. She says that she was not allowed to phone her parents in Dhaka. She says that she cooked for twelve people and was beaten by her mother-in-law with a belt.",
  "RD IS PV", "", "D")
T("Message to force website: My landlord keeps my deposit and won't fix the boiler. I'm a nurse, I pay my rent, I just want him to do repairs. Is this modern slavery?")
T("Operation WILLOW (Notts): 4 Romanian women found working 12-hour shifts in a hand car wash in Carlton, dressed in thin clothes, hands cracked and bleeding from chemicals. They live in a caravan behind the site. The owner's wife 'looks after' their wages. One said she was told she'd be a cleaner in a hotel.",
  "EO AC WW DE", "pa saw ncw", "L")
T("A 16-year-old girl in care in Leicester was being driven by a 'taxi driver' to hotels. Police found her in a hotel room with two adult men, clearly drunk. Arrests made. She was taken to hospital.",
  "", "", "S", "c")
T("Neighbour reports Slovak family next door have 'a lot of people' visiting. Officers attended: extended family staying for a funeral. All adults, no concerns.")
T("In Calais they took us to a garage and the man said my organs would pay if I did not have the money for the crossing. I ran that night. I have not been operated. I am scared they will find me in Birmingham.",
  "IT", "foa", "O")
T("Reflection from support worker: 'She says she is not forced. She says she loves him. She hands him all the money, she's never been alone with me, and he answers for her.'",
  "WW", "sfw ncw", "S")
