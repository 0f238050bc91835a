# fresh269 part 1: intelligence logs and call handler logs
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Source states females working at Lotus Nails, High St, Mansfield are not allowed out of the shop on their own. Male known as TUAN drives them to and from work in a silver Vauxhall Zafira and waits outside all day.",
  "RM", "RMS ET", "L")
T("Females at 14 Ruskin Rd seen being let out by a male with keys only. All windows have locks fitted and the back door is padlocked from outside. Neighbour says girls never leave on their own. Believed to be working in massage parlour in town.",
  "RM", "RMS", "S")
T("caller says the lad next door works at the car wash from 7 in the morning till 11 at night every day never has a day off they all live above it",
  "EO", "LH OA SW", "L")
T("Nurse reports she is working 13 hour shifts x4 this week by choice to cover sickness on ward. No concerns, she is paid overtime through bank.",
  "", "", "")
T("IP states 'Boss say I cannot go outside. If I go outside police will take me and send me back Albania.' IP kept at cannabis grow at address in Bolton for approx 4 months, door locked from outside, food brought twice a week.",
  "RM IT AC AV", "RMS FA", "C")
T("Welfare check Flat 3, 22 Barnsley Rd. Occupant elderly male, lives alone by choice, rarely goes out due to COPD. Daughter visits daily. No concerns.",
  "", "", "")
T("POI MALIK, Imran. Runs agency supplying packers to warehouse in Daventry. Workers report 16 hr shifts 6 days a week, paid for 40 hrs only. Wages go into accounts MALIK opened for them and he keeps the cards. INT 3/B/P.",
  "EO WW", "LH NCW", "L")
T("Domestic worker, Filipino national, lives in with family in Kensington. States she works from 6am to midnight, is never given a day off and has to sleep on the floor of the children's room. Employer holds her passport 'for safekeeping'. She is not allowed out except to take the children to school, accompanied by the driver.",
  "EO AC RD RM", "LH DT RMS ET", "D")
T("Log 0457 30/11. Male calling from inside a container at Purfleet docks says there are people locked in and can't breathe. Call cut off. Units dispatched.",
  "RM AC", "RMS", "", "immediate")
T("Security guard works nights 19:00-07:00, 4 on 4 off, contracted. Found asleep at site and reported by manager. HR matter, no safeguarding issue.",
  "", "", "")
T("the girls at the flat above the chip shop never go out on there own, theres always a big bald man with them even to the shop. cameras on the stairs. men coming and going all night",
  "RM", "RMS ET", "S")
T("Referral from Salvation Army (MSVCC): client R, 34, Romanian, recruited via Facebook for factory work in Leicester at £9/hr. On arrival told he owed £600 for travel and room. Worked 14-hour days in textile unit, no days off for 3 months. Lived with 11 others in a 3-bed terrace provided by the gangmaster. Says he was not allowed to leave the house other than in the van to work. He escaped after a worker from another firm at the unit gave him the number of a Romanian church in Leicester. He is now in a Salvation Army safe house and has agreed to speak to police. He can name the gangmaster ('Vasile') and the address of the house (Harrison Road area). He still has his own ID card because he kept it hidden in his shoe.",
  "DEC DB EO RM AC", "UF LH OA RMS CE", "L")
T("Caller reports her teenage son keeps going missing overnight and coming back with new trainers and two phones. She found a train ticket to Aberystwyth. He says he has to go or 'they'll do me'.",
  "AV IT", "", "C", "high")
T("IP is a student at University of Nottingham, keeps her own passport and BRP in a drawer in her room. Reported lost purse only. No further action.",
  "", "", "")
T("Chef at Golden Dragon, Rochdale, reported by HMRC as working 7 days per week, 10am to 1am. Sleeps in the store room behind the kitchen. Owner pays him '£150 a week cash when he remembers'. INT 2/B/P.",
  "EO AC WW", "LH SW", "L")
T("Au pair (22, Spanish) says she works about 25 hrs a week, has her own room, evenings and weekends free, goes to language class Tuesdays. Called police only to report a stolen bike.",
  "", "", "")
T("Male working at hand car wash Walsall states 'we work every day, no rest, from light to dark. Boss watch us on camera from his phone. If we sit down he phone and shout.' Paid £30 p/d.",
  "EO IT WW", "LH", "L")
T("Traffic stop M6 J10, white Transit VN17 KXT. 9 males in rear on bare floor, all going to a farm in Evesham. Driver speaks for all of them. Each pays £10 a day to driver for the lift, taken from wages. Picked up at 04:30.",
  "WW", "SFW CT CE", "L")
T("Resident carer for her mum with dementia, works round the clock, says she is exhausted and wants respite. Referred to ASC for carer's assessment. No exploitation concerns.",
  "", "", "")
T("Girl aged 15 reported missing from care home in Rotherham. Believed to be with a male known as 'K' aged 30s who has been giving her vodka and taking her to addresses in Sheffield. Phone off since 2100hrs.",
  "AV PSV", "", "S", "immediate")
T("Lady I clean for asked me to stay late twice this month and paid me extra both times. I am free to come and go and have my own key. Just wanted advice on holiday pay.",
  "", "", "")
T("Debrief: 'He told me you are not allowed to leave the room. He put lock on the outside. Only open when client come. I count days by the light from window.' Victim, 24, Nigerian, rescued from address in Luton.",
  "RM ISO", "RMS IS", "S")
T("Care worker via agency in Stoke sponsored on Skilled Worker visa. Says she has worked 72 hours a week since March, was told she would be reported to Home Office and deported if she refused extra shifts. She also paid £8,000 to an agent in Kerala for the job.",
  "EO IT AV DB", "LH FA UF", "L")
T("CCTV at Aldi car park shows a man with a bundle of bank cards taking cash out of the ATM one after another, about 8 cards. Same man drops workers off at the packing plant in the mornings.",
  "WW", "MBC NCW", "L")
T("Local authority licensing visit to Diamond Nails, Ilford. All staff on payroll, rotas show 8-hr shifts with breaks, staff hold own passports. Manager cooperative. No concerns identified.",
  "", "", "")
T("I used to work at the farm, they kept us in the caravans and there was a man with a dog by the gate at night so nobody go. We start 5 in morning, finish when dark. 7 days. I ran when they sleep.",
  "RM EO AC", "RMS LH PLC", "L")
T("Neighbour concerned: 'the woman next door never goes out, I only see her through the window hoovering, the husband locks the door behind him every morning and takes the key. she doesnt speak english, she looks thin'.",
  "RM ISO", "RMS IS PA", "D")
T("Officer attended warehouse in Corby. Night shift operative states he chooses nights because of the premium. 10-hr shifts, 4 nights, free to leave, own bank account. No concerns.",
  "", "", "")
T("INT 3/C/P. Male known as LUKAS runs crew of Polish labourers on building sites across Slough. Workers say they are 'on call 24/7', phoned at any hour and must go or lose the job, and LUKAS keeps their ID cards in his van.",
  "EO RD IT", "LH DT", "L")
T("Male with learning difficulties, 41, living in shed at rear of property in Stockport. Works for the family laying block paving 7 days a week, not paid, food given. Brother of family drives him everywhere and he isn't allowed out without one of them.",
  "AV EO WW RM AC", "LH RMS ET PLC", "L")
T("Victim said she was free to go to the shops on her own and had her own phone. She denied any threats. However she said she had not been paid for the last six weeks of cleaning at the hotel.",
  "WW", "", "L")
T("Shoplifting, Boots Oxford St. Two adult females detained, both local, known to police for shoplifting to fund own drug use. No indication they were directed by others.",
  "", "", "")
T("Referral from Barnardo's: 16-year-old boy found in a trap house in Swindon with 20 wraps of crack. Says the older boys took his phone and wouldn't let him leave the flat for 5 days. He was slapped when he asked to go home.",
  "AV RM ISO PSV", "RMS IS", "C", "high")
T("'I work 18 hours every day in the kitchen and cleaning. Madam say I must be ready any time, also night when baby cry. No day off in 2 years.' (translated from Tagalog)",
  "EO", "LH", "D")
T("Caller states a man is being held in the boot of a car outside 9 Chapel Lane, Wigan, right now, the car is registered YR19 MFL. Says they've been taking him to a cash point to empty his account.",
  "RM PSV WW", "", "C", "immediate")
T("Cannabis factory found at 42 Lindley St, Huddersfield. Occupant, a 19-year-old Vietnamese male, found inside. All windows boarded and door barricaded from outside. He says he was brought by lorry and told he owes £20,000 for the journey.",
  "AV RM DB", "RMS UF", "C", "high")
T("Husband works 60 hours a week as a long distance lorry driver, it is his choice he says, he is self-employed. Wife reporting domestic argument only.",
  "", "", "")
T("Hotel housekeeper (Romanian, 28) tells union rep she is expected to clean 20 rooms a shift, is not allowed breaks, and the supervisor locks the staff door during shifts so nobody can slip out. Pay is piecework and often short.",
  "RM AC WW", "RMS", "L")
T("gangmaster collects them 4am every morning from the house on Park Rd in a minibus brings them back 10 at night they look done in, same clothes every day",
  "EO", "CE LH PA", "L")
T("Students from the flat say they work in the takeaway most evenings but only 20 hours a week as per visa, paid minimum wage. One complained about the long hours in exam week but says he can refuse shifts. No concerns.",
  "", "", "")
T("MSVCC advice line: caller is a support worker for a man who was kept in a bedroom in a house in Derby for 8 months and only let out to work at a recycling plant. He had to hand over his bank card and PIN. The controller beat him with a belt when he said he wanted to go home. The support worker says the man is now in supported housing in Nottingham, is frightened of being seen in Derby and has a healing wound on his back. He wants to talk to police but only with an interpreter he trusts. Advised re NRM (the support worker's organisation is not a first responder, so the local authority will make the referral) and passed to Derbyshire MSHT with consent.",
  "RM WW PSV", "RMS NCW", "L")
T("Debrief notes: V states the house in Coventry had cameras in every room and in the garden. 'They watch us always, in the toilet also.' Told if she tried to leave her sister at home would be hurt.",
  "RM IT", "RMS", "S")
T("Report from Border Force, Dover. Female, 19, Eritrean, travelling with a male who holds both passports and answers every question for her. She appears frightened and will not make eye contact. Says she is going to 'work in a house' in London.",
  "RD", "DT SFW FA", "")
T("Crime report - theft from van, builders tools taken overnight. Victim is self-employed plasterer, works long hours by his own account. Nothing further.",
  "", "", "")
T("Source reports that at Sunrise Carwash, Dudley Rd, the staff are not allowed to leave the site during the day, even to buy food, and the owner's nephew sits in a car at the entrance 'to watch them'.",
  "RM", "RMS", "L")
T("Live-in carer, Zimbabwean, employed by a private family in Surrey. Says she has no fixed hours, is expected to be available 24 hours, gets up 3-4 times a night for the client and has not had a day off in 7 months. She receives £400 a month. Her passport is 'in the family's safe'. She contacted us through a friend from church who she sees for ten minutes after the Sunday service. She does not want the family to know she has spoken to anyone yet. She is worried about where she would go and whether she could stay in the UK. I have given her the Kalayaan number and we have agreed a safe way to call her back on the friend's phone.",
  "EO WW RD", "LH DT", "D")
T("Police Scotland. 2 males found living in a fishing boat at Peterhead harbour. Crew from Ghana on transit visas, say they work 20 hours a day at sea, not allowed ashore when docked, skipper holds passports.",
  "EO RM RD AC", "LH RMS DT SW", "L")
T("she's not locked in, she has a key, she just doesnt go out much because she's shy. I was worried at first but spoke to her and she seems happy. she works in the family shop part time.",
  "", "", "")
T("INT 2/A/P. Group of Romanian men sleeping in the loft of a nail bar in Wolverhampton. They are driven by the boss to a car wash at 6am and collected at 10pm. Boss keeps their ID and bank cards, gives them £20 a week for food.",
  "AC RD WW EO", "SW DT NCW CE LH", "L")
T("Text from victim to friend (screenshot in evidence): 'cant come out hun he took my keys again and the phone only has his number on it. he says i owe him for the flat'",
  "RM ISO DB", "RMS IS", "")
T("Man in his 50s, alcohol dependent, picked up from outside the Salvation Army hostel in Ipswich by a man in a pickup, taken to lay tarmac, paid in cans of cider and £10. Locked in a caravan at night.",
  "AV WW RM AC", "RMS PLC", "L")
T("Call from anonymous male: my cousin in warehouse in Grantham, they make him work 4pm to 8am two nights back to back and then day shift, he says he can't say no or they send him back to agency who will not give him work. He is tired all the time. Caller says the cousin is paid the right money and lives in his own room in a shared house, but has been warned by a supervisor that 'people who say no don't get shifts'. He has not been to a doctor. Caller gave the agency name as 'Prime Staffing' and did not want to give his own name. Advice given and GLAA intelligence form completed. Call handler also checked the caller was safe and not himself working for the same agency; he said he works in retail in Lincoln.",
  "EO IT", "LH", "L")
T("Staff at residential care home work 12-hr shifts as per contract, 3 per week. Relative complaint about low staffing. Referred to CQC. Not a modern slavery matter.",
  "", "", "")
T("Victim (Vietnamese, 17) told officers she had to stay in the salon flat at all times except when working downstairs. Boss's wife brought food. 'I cannot go anywhere. I don't know the street.'",
  "AV RM ISO", "RMS IS SW", "L", "high")
T("LOG: Female at Premier Inn, Leeds City Centre, reception staff concerned: booked in by older male, room visited by 6 men since 2pm, she has not left room, male holds key card. Calling now.",
  "RM", "RMS", "S", "immediate")
T("Cleaner at office block, works 5pm-11pm Mon-Fri, then second job 6am-10am. States she chooses both jobs to save for a house deposit. Welfare check on request of friend. No concerns.",
  "", "", "")
T("MOSES, Daniel. Believed to control 4 Nigerian women in a house in Gillingham. They are allowed out only with him or his wife. They work as carers by day and 'for him' at night. INT 3/B/P.",
  "RM", "RMS ET", "L S")
T("Male found walking on A38 at 3am, Czech national, no shoes, says he escaped from a house in Plymouth where he was locked in with 7 others after building work. Bruising to face. Says boss hit him for asking for money.",
  "RM PSV WW", "RMS PA OA", "L")
T("The agency says the farm workers can leave the camp whenever they want and there is a bus to town. The workers confirmed this. Hours are long in peak season (10-11 hrs) but paid overtime. No indicators found.",
  "", "", "")
T("caller says her sisters husband has her locked in and wont let her phone the family, shes been cooking and cleaning for his whole family 7 days a week since she came from pakistan",
  "RM ISO EO", "RMS IS LH", "D")
T("Debrief (through Romanian interpreter): 'We were 14 in one house, sleep on mattresses on the floor. The van come at 5, we back at 9 or 10 at night. No Sunday. The money go to the card and the card stay with Florin.'",
  "AC EO WW", "OA PLC CE LH NCW", "L")
T("Male arrested for possession with intent, Grimsby. 17 years old. Explains he sells for himself to pay off his own debts. No evidence of grooming or control.",
  "", "", "")
T("Worker says the boss takes everyone to work and back in the same van, and no one is allowed to go into town on their own. 'He say the town is dangerous for us, police will catch us.'",
  "RM IT", "RMS ET FA", "L")
T("On call 24/7. That's what she was told. Housekeeper for a man in Hampstead, expected to answer the bell at any hour, slept in a box room with no window. Paid nothing for the first two months while she 'paid back' the flight.",
  "EO AC WW DB", "LH PLC UF", "D")
T("Nail technician (Vietnamese, adult), Ipswich. States she lives with the owner, works 9am-8pm six days, can go out on Sundays with friends, paid £350 p/w into her own account. Officers found no indicators.",
  "", "", "")
T("INT 3/B/I. Unconfirmed: a Slovak family in Sheffield are sending a woman with learning disability to beg outside Tesco daily 8-8, she's dropped off and collected, not allowed to keep the money.",
  "AV EO WW", "CE LH", "C")
T("Minicab driver reports he regularly picks up young girls from a house in Bradford and drives them to hotels, man who books always pays and tells him not to let them out of the car until he arrives.",
  "RM", "ET RMS", "S")
T("'I was not allowed to go out, only to church on Sunday and Madam came with me. Everything I did she watch. I work from 5 in morning until they sleep.'",
  "RM EO", "RMS ET LH", "D")
T("Dairy farm Shropshire. Herdsman works 5am milking to 7pm, 6 days per week, paid salary above NMW, lives in tied cottage with his own family. GLAA visited following anonymous report and found no concerns.",
  "", "", "")
T("Cannabis gardener (Vietnamese) arrested Hull. Says: 'Locked in. Man come once a week with food, check plants. I sleep there with plants. Cannot go. No key.' NRM referral submitted.",
  "RM AC", "RMS SW", "C")
T("Teenage girl, 14, in care in Telford, found in car with two adult males at 0130. Tells officers one is her 'boyfriend' who buys her things. Male has told her she owes him for them and must 'be nice to his mates'.",
  "AV DEC DB", "", "S", "high")
T("Report of man shouting at workers at industrial laundry, Brierley Hill. Attended: manager disciplining staff for lateness. Staff on contracts, no concerns raised by staff when spoken to separately.",
  "", "", "")
T("He watches us through cameras, even from Romania he watches. If we go out the door he calls and says 'Where are you going?' We never go out. Only to work.",
  "RM", "RMS", "L")
T("ASB report - group of males drinking outside the HMO at 77 Arthur St. Landlord says 12 tenants, each with own tenancy agreement, and all are students. No concerns re exploitation.",
  "", "", "")
