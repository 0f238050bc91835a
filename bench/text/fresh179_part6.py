# fresh179 part 6: mixed writers, more exploitation, signs in everyday words
def load(T):
    T("Pt came in with just the clothes he stood in and a carrier bag, says that's everything he owns. Works at a car wash, sleeps in the office there.", "AC", "FPE SW", "L")
    T("gangmaster charges the lads £10 a day for the minibus and takes £40 off the first wage for boots n hi vis", "WW", "CT PPE", "L")
    T("IP: 'Every morning 4 o'clock the van come, every night 10 o'clock back. We pay him for the van. Sunday also.'", "EO", "CE CT LH", "L")
    T("OOH GP: called to a hostel-type house, man with fever, no belongings except a phone with no SIM, no ID, says 'boss has it'. 7 other men there, mattresses on floor.", "RD", "FPE DT OA PLC", "L")
    T("A&E - F 24 Nigerian, presented with PV bleed, 10 wks pregnant. States 'madam' gave her tablets to 'remove it' yesterday. Pt said she 'didn't want to take them but madam said she must or she can't work'. Pt works 'in a house with other girls' in Middlesbrough.",
      "PSV IT", "OA", "S")
    T("Safeguarding: 20 y/o Vietnamese F, attended nail bar accident (cut). Employer present, pt said she is 'learning the job', not paid 'because I am student of the shop', works 9-8 six days, lives with employer family. Pt has no phone of her own.",
      "WW EO ISO", "LH IS OA", "L")
    T("he has ten different bank cards with other peoples names on and takes them all to the cashpoint on a friday night, the foreign lads who work for him stand back by the car", "WW", "MBC NCW", "L")
    T("Victim (learner English, written statement): 'I come England for work in farm. Mister Vasile say you pay 500 euro for bus and job. In England he take passport. We live 20 person in house, one toilet. He say if I go police, police put me in prison because no papers. Money he keep, he say for house and food.'",
      "RD IT WW AV", "UF DT OA FA NCW", "L")
    T("Ambulance crew: 40s M found in a garage unit being used as living space behind a takeaway in Wolverhampton, severe diabetic crisis, no insulin for days. Says he works in the takeaway for his 'keep', doesn't get wages, boss 'lets him' sleep in the garage. Only a sleeping bag and a bag of clothes.",
      "WW AC", "SW PLC FPE", "L")
    T("Pt says she is charged £25 a week for 'uniform and gloves' at the cleaning agency and another £15 for the lift to the office block.", "WW", "PPE CT", "L")
    T("INT 2/B/P Source states POI 'Bogdan' (believed Bogdan ILIE) pays for the tickets from Constanta for women then tells them they owe £3k each. Women put to work in 'saunas' in Birmingham and Walsall and driven between them by Bogdan's brother.",
      "DB", "UF ET", "S")
    T("Pt (16, M) brought to ED by police, found in a flat in Exeter with drugs. Bruising to face and back, says 'olders' beat him because the gear got robbed. Says 'I owe them now'. Missing from home in Lewisham since Friday.",
      "PSV DB AV", "PA", "C", "high")
    T("Sister says 'he used to be a normal guy, now he's skin and bone, only has one set of clothes, works in a kitchen in Southall for a man who keeps his wages and says its for the visa'", "WW", "PA FPE NCW", "L")
    T("Maternity note - booking bloods. Pt accompanied by man who claimed to be husband, gave details for her, stated she doesn't need an interpreter. She asked via card in toilet for help, wrote 'he make me work in house with men, I want go home'. Pt still in the department with him now.",
      "", "SFW", "S", "immediate")
    T("Sexual health - young woman from Romania disclosed she was promised work as a waitress in Manchester, instead taken to a flat and told to 'do escorts' to pay back £1,000 for flight. Man posts her adverts, answers her phone, holds her ID card.",
      "DEC DB RD", "UF DT", "S")
    T("GP - pt brought by 'employer' who paid cash for private consultation. Pt Filipino domestic worker. Employer refused to leave the room. Pt had bruised wrists and a burn to forearm. Employer said 'kitchen accident'. Pt looked terrified.",
      "", "SFW PA FA", "D", "high")
    T("Caller from Eastbourne DGH: man on the ward, says he's been working on a cockle boat for a family for 6 years for food and cigarettes. Family visited and told staff he 'doesn't need the social'. Pt has a learning disability and says he is 'frightened to go back but has nowhere else'.",
      "AV WW", "FA", "L")
    T("INT 3/C/P: Car wash at old petrol station on A6 Preston. Source says workers sleep in a shipping container on site, are not allowed off the forecourt and are paid £15 a day. One worker recently taken to hospital with a 'bad chest' and not seen since.",
      "AC RM WW", "SW PLC RMS", "L")
    T("A&E (Glasgow) 18 M Albanian, fall from height at a cannabis farm in a commercial unit. Says he was brought on a boat, 'owe £12k', was told he'd work in a car wash. The men 'lock door all time'. He jumped from a window.",
      "DB DEC RM AC", "RMS", "C")
    T("Ms Nguyen says that she had no money of her own and that the owner of the nail shop had the bank card for her account 'because I do not understand the banks'.", "WW", "NCW", "L")
    T("Dentist receptionist: man booked appts for four lads, all say same address, he paid, he spoke for them, they sat silent. One of them had a massive swelling on his jaw, said it had been like that 3 weeks because 'no time off'.",
      "EO", "SFW OA PA LH", "L")
    T("Case note: client feels she was 'tricked' - she was told she'd be a carer in a private home with a salary of £1,500 and her own room. She shares a room with the grandmother, gets £300 a month and has had 4 days off in a year.",
      "DEC WW EO", "LH", "D")
    T("Pt said he's 'not allowed to be off sick', supervisor said anyone off gets 'fined' £50 and that he'd be 'sorted out' if he reported the injury.", "WW IT", "", "L")
    T("999: taxi driver says passenger, young Chinese woman, handed him a note saying 'help me, I am prisoner' when her minder got out to pay. Now parked outside 42 Sycamore Rd Wrexham, minder has taken her back inside.", "RM", "ET RMS", "", "immediate")
    T("INT 2/B/P. Female known as 'Jess', 14, seen in Blackpool with older males, recently attended A&E with an STI and an injury to her arm. Phone contacts suggest adults arranging for her to 'see' men in exchange for vodka and weed.",
      "AV PSV", "PA", "S", "high")
    T("Pt disclosed her kidney was 'taken' in a clinic in Egypt after she was told she was having an appendix removed. She was smuggled to the UK afterwards by the same people and has been working in a house in Croydon as a maid to pay them.",
      "DEC PSV DB", "", "O D", "high")
    T("Social worker: Mr D, 58 with learning disabilities, has been living with a family who took him from a hostel. They use him for their gardening business unpaid, he sleeps in a shed, has one change of clothes, and they collect his benefits. Was at GP with a foot infection.",
      "AV WW AC", "SW FPE NCW PLC", "L")
    T("Ward note: 24 y/o F admitted with sepsis after an illegal abortion arranged by 'the boss'. She says the boss said she 'cannot work pregnant'. Boss has rung the ward 6 times pretending to be her brother.",
      "PSV", "", "S")
    T("DWP referral: 9 UC claims made from one address in Southall, all bank accounts linked to the same mobile number and same email, claimants can't remember their own bank details. Landlord 'helps with forms'.",
      "WW", "NCW OA", "C")
    T("PC WILLIAMS: Spoke to female at massage premises. She said she was fine but became upset when asked about her passport and looked at the manager. She could not tell me the name of the town she was in.",
      "ISO", "IS FA", "S")
    T("Pt (M, 22, Eritrean) attends with his hand strapped, says he works in a bakery overnight 10pm to 10am 6 nights, boss takes half his pay for a room over the shop and says if he complains he'll tell the Home Office.",
      "EO WW IT", "LH SW", "L")
    T("The man told us, 'If you run, we find you. We know your mother's house.'", "IT", "FA", "")
    T("Intel: females working at a brothel in Ipswich are collected from a house in Felixstowe at 10am and returned at 4am every day by a silver Vauxhall Zafira, DX17 OPV, always with the same male driver. They carry no bags.", "", "CE ET FPE", "S")
    T("Antenatal: pt repeatedly DNA. When traced, she's working at a hotel laundry 14 hr days, lives in staff housing with 10 other women, says her manager won't let her go to appointments and holds her ID 'for the records'.",
      "EO RD RM", "LH OA DT RMS", "L")
    T("Support worker: client, 35, Afghan. Worked in a takeaway in Rochdale for 2 years. 'The owner keep my money, he give me £50 sometimes. I sleep in the kitchen store. I have no one in UK, no phone.'",
      "WW AC ISO", "NCW SW IS", "L")
    T("GP - pt says he was promised £12/hr at a hand car wash in Scunthorpe, he gets £35 a day for 11 hours.", "DEC WW EO", "LH", "L")
    T("SARC note: F 17 Looked After Child. Disclosed that her 'boyfriend' (age 26) has been taking her to flats where she is 'passed around'. She says he gives her crack. Now has no phone, he took it so she couldn't ring her social worker.",
      "PSV AV ISO DEC", "IS", "S", "high")
    T("Concern from a dental nurse: Slovak man came for emergency extraction, paid by a man who took a wad of cash from the pt's own wallet and kept the wallet. Pt said the man 'looks after the money for all of us'.", "WW", "NCW SFW", "L")
    T("Dad rang 101 - his daughter (15) sent a snap from a house he doesn't know with a message 'they won't let me leave'. Location services show Walsall. Daughter not answering now.", "RM AV", "RMS", "", "immediate")
    T("She can't read and can't speak English and says the lady tells her what to sign. She works in the laundry from 6 till late every day. She says she has never been given a payslip and doesn't know what she earns.", "AV EO WW", "LH NCW", "L")
    T("Intel: males on a construction site in Barking sleep in the welfare cabins at night, are not seen to leave site, and are brought food by a foreman. Site has no fire safety.", "AC RM", "SW RMS", "L")
    T("Mental health note: pt with bipolar disorder, currently manic, has been 'lending' her flat and bank card to a group of men who she says 'own her now'. Flat used for dealing. She has bruising on her face. Police informed, adult safeguarding raised.",
      "AV PSV WW", "NCW PA", "C")
    T("IP - 'At first he was kind, he bought me clothes and a phone. Then he said I owe him for everything and I have to work it off with his friends.'", "DEC DB", "", "S")
    T("Prisoner in HMP Humber says he was forced to move drugs around Hull by a man who holds a debt over him from prison, £2,000 that 'went up to five' because of 'interest'.", "DB", "", "C")
    T("Pt at sexual health clinic wasn't allowed to be alone, a man sat in the waiting room watching the door. Pt left before being seen.", "RM", "RMS", "")
    T("Call: woman rang from a phone in a Costcutter, says she ran from a house where she was kept to clean and cook for a family for a year, they took her passport, she has nowhere to go and is hiding in the shop. Officers to attend.", "RM RD", "RMS DT", "D", "immediate")
    T("Pt with chest pain, works for a removal firm, says he's 'knackered, boss has us on the go 14 hours' but he's well paid and going on holiday next week. No concerns.", "", "", "")
    T("Referral (St Mungo's outreach): three Polish men sleeping rough near Slough station say they were working for a labour gang who 'threw them out' when they asked for their wages, six weeks unpaid, and kept their ID cards.",
      "WW RD", "DT", "L")
    T("INT 2/A/R Police Scotland: boat at Peterhead, Filipino crew on transit visas. Crew state they work 18-20 hour days and can't leave the vessel, skipper holds their passports. One crew member has an untreated injured hand.",
      "EO RM RD AC", "LH RMS DT PA", "L")
    T("Pt (F 23) says she pays 'rent' of £1,000 a week to use a room in a flat where she sees clients. If she doesn't pay she is 'put outside' and 'the men come'. She owes £4,000 from weeks when it was quiet.",
      "DB IT WW", "", "S")
    T("GP: 12 y/o Roma girl, not in school, says she 'helps mum with work' selling the Big Issue and flowers in pubs every night till late. Mum is present and supportive, council working with family. No third party exploiter identified.", "", "", "", "high")
    T("Ambulance: man working at a waste recycling plant in Bradford hit by a loader. Colleagues say no training, no hard hats, no hi-vis and the 'manager' told them to move the injured man out of the yard before the ambulance arrived.",
      "AC", "", "L")
    T("police log - male seen at Asda cashpoint Hartlepool using 6 cards, 3 Romanian women waiting in a car. Stopped: says the cards are 'his workers', he pays them 'when they need'.", "WW", "MBC NCW", "L")
    T("Translated account: 'The man said I can go out only with him. He count the money every night, I never see. I sleep on a mattress in the same room where I work. I am very tired, I have pain in my stomach and he will not take me to doctor.'",
      "RM WW AC", "RMS NCW SW", "S")
    T("Physio note: agency warehouse worker off with back injury. Says the agency says he'll be 'blacklisted' if he takes sick days, so he keeps working despite pain.", "IT", "", "L")
    T("Intel 3/B/P: a café on Church Street Blackpool is believed to have two Bangladeshi men working there who have overstayed and are paid £1 per hour and housed in the cellar.", "AV WW AC", "SW", "L")
    T("ED doctor: 17 y/o F with a 'branding' tattoo of a man's name on her neck. Says she got it 'for her boyfriend'. Has two mobile phones. Says she lives with him and 'his friends'. Not in education. Concerned re CSE, referral made.", "AV", "", "S", "high")
    T("Pt is a 30 yr old Indian chef on a skilled worker visa. Says the restaurant owner made him pay £15,000 for the sponsorship, works 80 hours a week and is paid for 37. Owner keeps his BRP.",
      "DB WW EO RD", "UF LH DT", "L")
    T("Social care: father concerned that his adult son with autism has been befriended by a man who gets him to collect parcels. Son gets paid £20 and a McDonald's. Police: suspected drug running, son being exploited.", "AV", "", "C")
    T("Pt's 'uncle' answered all questions, then asked the doctor for a letter saying she is fit to work 'for the job'. Pt is 16. Pt quiet, eyes down.", "", "SFW FA", "", "high")
    T("Pt asked nurse if she could 'keep a bit of the money' from the salon this month because the lady takes it all to 'pay off the debt for the journey'. Debt started at £8,000 and is now over £10,000.", "DB WW", "NCW UF", "L")
    T("MASH: 15 y/o boy found in Aberystwyth with 30 wraps of crack plugged, says his 'olders' sent him from Liverpool and he hasn't eaten in two days. He's too scared to name anyone.", "AV AC", "FA", "C", "high")
    T("Case: man, 50s, Romanian, arrested for begging. Says he is brought to Oxford Street each day by a man who takes his earnings. Walks with crutches, untreated leg wound.", "WW AV", "ET NCW PA", "C")
    T("Worker at a food factory in Norfolk says the agency deducts £50 a week for 'PPE and training' even though he brought his own boots.", "WW", "PPE", "L")
    T("999: female calling from inside a lorry on the M20, says 12 people in the back including children, no air, they are banging and nobody answers. Location via AML near junction 8. Grade 1, Kent Police & Border Force.", "AC RM", "RMS", "", "immediate")
    T("IP says she was told to pay 'fines' for being late or for talking, her debt to the salon owner went up every week.", "DB WW", "", "L")
    T("INT 3/B/P: A man running a 'massage' business in Lincoln is believed to have five Thai women living on the premises who are not permitted out. One was recently seen at the hospital accompanied by him, he did all the talking.", "RM", "SW RMS SFW OA", "S")
    T("Pt says she's a live-in carer for an elderly man, gets paid properly by an agency, has every weekend off and her own phone. Came in with a cold.", "", "", "")
    T("GP: pt disclosed her husband forces her to work in his family's shop every day 7am-11pm unpaid and takes her wages from her part-time job. Not allowed to see her own family. Says he hit her when she asked for money.", "EO WW ISO PSV", "LH NCW IS", "L D")
    T("Note by nurse: 'Pt had several healed cigarette burns on back of hands and said it's what happens when the work is not finished. She cleans houses with the same team every day and they pick her up at 5am.'", "PSV", "PA CE", "L")
    T("Anon: 'the man at the chip shop has a boy working there who looks about 13 and is there every night till 2am, never at school'", "AV EO", "LH", "L", "high")
    T("Sexual health: pt disclosed she is in debt to a man who arranged her visa and he makes her 'go with men' to pay it off. He threatened to tell immigration she works illegally.", "DB IT", "UF FA", "S")
    T("Refugee support worker: client with kidney scar says he sold a kidney in Libya to pay smugglers for the boat. Now in the UK, asylum claim. Chronic pain and PTSD. Referred to GP and NRM.", "AV DB", "", "O", "high")
