# fresh240 part 1: intelligence logs and call handler logs (South Yorkshire)
def add(T):
    T("INT 3/B/P. Source states car wash on Attercliffe Rd, Sheffield S9, staffed by 6-7 Romanian males who live in the flat above. Workers paid £30 p/day cash by the boss, nom unknown, who holds their ID cards 'for safe keeping'. Workers start 0800 and finish after dark seven days a week.",
      "RD AC EO", "OA DT LH", "L")
    T("Report of a noise complaint at 14 Hague Lane, Rotherham. Music from a house party, occupants turned it down on request. No further action.")
    T("Caller states her neighbour's lad (aged about 15) keeps getting picked up by older males in a black Audi and comes back late with new trainers and cash. She saw a bruise on his face last week and he told her 'I owe them, I can't stop'. Concerns re county lines.",
      "AV PSV DB", "PA", "C", "high")
    T("IP found walking on the A1(M) hard shoulder near Doncaster at 0230. Vietnamese male, approx 16yrs, no English, no ID, no phone. Through Language Line he said he had been in a house growing plants for 'many months' and was never allowed outside; the door was padlocked from the outside. A man brought rice once a week. He escaped through a window. Unable to say what town the house was in.",
      "AV RM ISO AC", "RMS IS PA", "C", "high")
    T("Licensing visit to Golden Nails, Frenchgate Centre Doncaster, with HMRC. Three staff on duty, all with payslips, contracts and right to work documents which they produced themselves. Manager co-operative. No concerns identified.")
    T("POI Mirela DOBRE (29) seen at Barnsley Interchange ATM using 5 different bank cards in succession, approx £1,200 withdrawn. Believed to control wages of Romanian women working at a packing site in Wombwell. INT 2/B/P.",
      "WW", "MBC NCW", "L")
    T("Salvation Army referral. Client P (Polish, 54) recruited in Gdansk by an agent who promised £400 a week at a Rotherham warehouse. On arrival he was told he owed £650 for the bus and the room and that it would come out of his wages. Three months on he says 'the debt never goes down, every week more for the house and the van'. He is paid £50 a week cash and the rest 'goes to the debt'. He sleeps in a room with five other men in a terraced house on Eastwood. He is driven to the warehouse at 5am and charged £10 a day for the lift.",
      "DEC DB WW AC", "UF OA CE CT NCW", "L")
    T("Welfare check requested by daughter for her mother, 82, Hoyland. Officers attended, female safe and well, phone battery had died.")
    T("anonymous online report: the nail shop on chapel walk there is a young girl in there every day 9 til 9 never leaves she dosnt speak english the older woman talks for her and takes the money off the customers the girl looks scared and really thin",
      "EO", "LH SFW FA PA", "L")
    T("Call 412 of 03/11. Female caller, Kurdish, via her cousin translating, states she is being kept in a flat on Page Hall Rd, Sheffield by a man who took her passport when she arrived. He says if she goes to police she will be sent back to Iraq. She is made to clean and cook for his family and look after the kids and is not paid. She is calling from the cousin's phone while he is at the mosque and says he will be back within the hour.",
      "RD IT WW RM", "DT FA RMS", "D", "immediate")
    T("Shoplifting at Meadowhall, Boots. Male detained by security with £240 of fragrances. Known local shoplifter, admitted the offence, states he sells them to fund his habit. Charged.")
    T("INT 2/A/P. Cannabis farm at 3 Firth Crescent, Maltby. Grow in four rooms, approx 400 plants. Vietnamese male arrested on scene, LE VAN (DOB 2006) stated he was brought to the UK in a lorry and told he must 'pay back £20,000' by working as a gardener. He had not left the house in 3 months, the windows were boarded and the door locked. NRM referral made.",
      "AV DB RM AC", "RMS UF", "C", "high")
    T("Sheffield City Council housing officer: HMO on Abbeydale Rd licensed for 6 now has at least 14 people living in it, mattresses in the kitchen and the living room, one toilet, black mould. Landlord says they are 'all his workers' from the chicken factory and he takes the rent straight from their pay. Tenants would not speak to me with the landlord present, he answered all my questions.",
      "AC WW", "OA PLC SFW NCW", "L")
    T("Landlord for 22 Cemetery Rd has 11 tenants across three converted houses. All have individual AST tenancies, pay rent by standing order, and the properties passed HMO inspection in September. Referred to us in error.")
    T("Community nurse (NHS Doncaster) reports a 30s Slovak male at the drop-in with an untreated hand injury from a machine at work. He said there are no guards on the machines and no gloves given, and they work 14 hours with no break. He did not want his name used in case 'the boss finds out'.",
      "AC EO", "PA LH FA", "L")
    T("INT 3/C/P: Info that Albanian men run a brothel from a flat above a takeaway on London Rd Sheffield. Women moved in every two weeks from other cities, advertised on an adult website. A male drives them there and back. Cash collected by the male each night.",
      "WW", "ET NCW", "S")
    T("Source reports Samir ASLAM of Rotherham (Eastwood) is using local 14 and 15 year old girls, plying them with vodka and weed at a flat on Wellgate and then getting them to have sex with his mates. One girl said she 'has to' because he says he'll post her pics on Snapchat if she doesn't.",
      "AV PSV IT", "", "S", "high")
    T("Worker at Barnsley foodbank says a group of men who come in every Tuesday told her they work on a farm near Penistone, but she has no concerns, they seem well and have their own car and jobs agency payslips. Just flagging as asked to report anything unusual.")
    T("Crime report: Theft of catalytic converter from a Toyota Prius, Ecclesfield. No witnesses. CCTV enquiries.")
    T("Debrief: I come from Eritrea. The man in Calais said I would have job in England, good job in restaurant. When I come to Doncaster he take me to his kitchen. I wash pots from morning until 2 in night. I sleep on floor in the store room behind kitchen. He give me food but no money. He say I owe him for the boat, £3000, and I must work until finish. I am afraid of police because he say they put me in prison.",
      "DEC EO AC WW DB IT", "LH SW UF FA", "L")
    T("Call handler log: male calling from a phone box states 'they have my friend in the back of a van on Tinsley Park Rd right now, they beat him, they say he stole from them'. Van white Transit, partial VRM YX17. Caller hung up.",
      "PSV RM", "", "", "immediate")
    T("Probation note: S/U Kyle HOLMES (19) disclosed he was 'grafting' for a line out of Sheffield to Grimsby at 16 and still owes them £2k for a bag that got nicked. Says they're not chasing him at the mo and he's cut contact. Historic - passed to CE team for info.",
      "AV DB", "", "C")
    T("School DSL (Doncaster secondary): Y10 pupil missing from school 4 days this week, seen in a car with adult males outside the gates. Has two phones, new clothes, and told a friend 'they look after me'. Mum says she doesn't know where she stays at night.",
      "AV", "", "S", "high")
    T("Council licensing: street trading consent granted for the ice cream van at Rother Valley Country Park. Vehicle inspected.")
    T("GLAA intel: labour provider 'Northstar Staffing Ltd' supplying workers to a Doncaster iPort warehouse. Workers say they must pay £250 'registration' to get shifts, are charged £25 a week for hi-vis and safety boots that they never get to keep, and get paid into a Revolut account the director opened for them. Director keeps the cards.",
      "WW DB", "UF PPE NCW", "L")
    T("Officer note: Stopped vehicle VRM YD68 KXP on M18. Driver Marius POPA with 8 males in a 7-seater at 0445, all going to 'the farm' at Thorne. Workers quiet, driver answered every question for them. Driver holds a carrier bag with 8 passports. Workers could not say where they lived.",
      "RD ISO", "DT CE SFW IS", "L")
    T("Case note (MSVCC support worker): Client R reports her 'boyfriend' Adnan brought her from Bucharest saying they would get married and she could study nursing. Instead he put her on websites and made her see men in hotels in Sheffield city centre, 8-10 a night. He kept all the money and said she owed him for the flights. When she said no he hit her with a belt.",
      "DEC PSV WW DB", "NCW", "S")
    T("Caller says neighbours' nanny is 'on call 24/7', never has a day off, and they heard the mum shout at her. Caller doesn't know if she gets paid. Address: Dore, S17.",
      "EO", "LH", "D")
    T("INT 4/C/P: Unverified - a brothel may be operating at a semi on Balby Rd, lots of male visitors late at night. No information about who works there or if anyone is controlled. For awareness.")
    T("Youth worker (Barnsley Youth Justice): YP Jordan (15) has been found in Scarborough twice with cash and wraps. He told me 'if I don't go they said they'll do my mum's windows'. He owes 'Deano' £800 after being robbed.",
      "AV IT DB", "", "C", "high")
    T("Girl, 14, missing from care home in Rotherham since last night. Believed to be with an adult male 'Jay', 26, who she met online and who has been giving her drugs. Phone off. Last seen getting into a silver Golf.",
      "AV", "", "S", "immediate")
    T("Sheffield Teaching Hospitals: patient (Nigerian female, 24) attending maternity, brought by an older woman who says she is her 'aunt' and insists on being in the room and answering for her. Patient has no GP, no documents, aunt holds them. Patient whispered to midwife 'I do all the house work, I cannot go'.",
      "RD RM", "SFW DT RMS", "D")
    T("INT 2/B/P: Subject KHAN, Tariq controls approx 20 Pakistani students on study visas who work at his Rotherham takeaways 70+ hrs a week, far beyond the visa limit. He pays them £3 an hour and threatens to report them to the Home Office if they complain.",
      "AV WW EO IT", "LH", "L")
    T("Nurse working 13hr shifts at Northern General reports her car was keyed in the staff car park. She says she likes doing the long shifts because she gets more days off. Crime no. allocated.")
    T("Concern from a Doncaster GP receptionist: a man brought four women in to register, held all four passports and did the talking. Women did not appear to speak English. Practice manager asked the women on their own and one said she was fine and it was her husband; the others left before being seen.",
      "RD", "DT SFW", "")
    T("Stop search Castle Market, Sheffield. 17yo male found with 12 wraps of crack and £300. States he sells for himself. No indication of anyone else involved at this time. Arrested PWITS.")
    T("anon call, Doncaster. 'I work at the recycling place in Kirk Sandall. The lads from the agency get dropped off at 5 in the morning in a van and picked up at 8 at night. Theyve got no gloves nothing, one of them cut his arm open last week on glass and the gaffer told him to crack on. They all live together in one house in Hexthorpe, someone said 12 of them.'",
      "AC EO", "CE PA OA LH", "L")
    T("Front desk. Male (Chinese, 40s) attended Snig Hill station, distressed, limited English. Via interpreter: worked at restaurant in Sheffield 2 years, boss has his passport and will not give it back, pays him £100 a month, he lives in the basement. He asked us to 'help get my passport' and is scared to go back.",
      "RD WW AC", "DT SW FA", "L")
    T("ASB complaint: group of youths drinking in the park on Wombwell Lane, litter left. Patrols advised.")
    T("MARAC note. Victim (F, 31) discloses that her partner took her bank card and passport, gives her £10 a week, won't let her see her family, and she 'is not allowed to go out without him'. Note: no work or exploitation disclosed, DA case, MARAC to lead.",
      "RD RM ISO WW", "DT RMS IS NCW", "")
    T("INT 3/B/P. Romanian beggars seen at the Moor Market, Sheffield, daily. Dropped off in the morning by a man in a grey Vauxhall Zafira (YC12 ***), collected at 6pm. One woman has a visibly injured leg. Believed that the driver takes the takings.",
      "WW", "CE PA NCW", "C")
    T("Border Force referral: Albanian male (21) detected at the Port of Hull arriving on a lorry, stated a man in Tirana arranged travel for €15,000 and said he would work in a car wash in Sheffield to repay it. Said 'they know where my family live, if I stop they will hurt my sister'.",
      "DB IT", "UF FA", "L")
    T("Rotherham Council trading standards: complaint about a builder who took a £3,000 deposit for a kitchen and never came back. Consumer issue, refer to Action Fraud.")
    T("Debrief (translated from Polish): 'I have my passport, they never took it. But they took half my money each week for the house, £90, and the house is six men, two rooms. No I am not locked, I can go where I want. I stayed because I have no other job.'",
      "WW AC", "OA NCW", "L")
    T("Ops log 2215: officers at a cannabis farm, Kimberworth. Two Vietnamese males found inside, the front door was locked from outside and they had no key. Food in the house was only rice and noodles. Both say they're 17. Being taken into police protection. NRM to follow.",
      "AV RM AC", "RMS", "C", "high")
    T("Call handler: Woman says her elderly father in Mexborough has been befriended by a younger man who has moved into his house and is taking his pension each week. Father seems frightened of him. Asking for welfare check.",
      "AV WW", "NCW FA", "")
    T("CSE team referral: 13yo girl from Sheffield (Darnall) found in a hotel room in Leeds with two men in their 30s. She had been given alcohol and cocaine. Men say she told them she was 18.",
      "AV PSV", "", "S", "high")
    T("Student, 20, at Sheffield Hallam reports a lost wallet. She keeps her passport in a drawer in her halls room and confirmed it is still there. Lost property logged.")
    T("Case note (Hope for Justice IVA): Client A, Lithuanian, 45, has a learning disability. Was approached outside a Doncaster day centre by a man offering 'a bit of work' in paving. Lived in a caravan at a site in Armthorpe with no heating or water for 5 years. Was paid in cans of lager and cigarettes. Told if he left he would 'end up in a ditch'.",
      "AV WW AC IT DEC", "PLC", "L")
    T("Fraud team: Multiple Universal Credit claims linked to one address in Goldthorpe, all paid into accounts accessed from the same device. The claimants are Roma women who say a man 'sorts the papers' and they give him the cards. DWP notified.",
      "WW", "NCW MBC", "C")
    T("Road traffic collision at the Parkway roundabout, two cars. Minor injuries. Drivers exchanged details.")
    T("Source states the manager of a Sheffield hand car wash on Staniforth Rd makes the workers sleep in a container at the back. No toilet. They are warned that if they speak to police they will be deported. INT 3/B/P.",
      "AC IT", "SW PLC FA", "L")
    T("PCSO note: Visited the car wash at Herringthorpe Valley Rd re complaint from a customer. Four workers, all British or EU settled status, all paid through payroll, shown payslips. Owner co-operative. Nothing to indicate exploitation.")
    T("Teacher: 'Ryan in Y9 has turned up with a black eye and won't say who did it. He's been going to Doncaster every weekend and comes back with money. I'm worried he's being used to move drugs.'",
      "AV PSV", "PA", "C", "high")
    T("NCA tasking: Vietnamese nationals flown to Europe on student visas, then trucked to UK. Believed 3 are in nail bars in Rotherham and Barnsley paying off debts of £25,000 to facilitators. Workers sleep in the salon back room.",
      "DB AC", "UF SW", "L")
    T("Worried neighbour, Parson Cross: the house next door has men coming and going all night, blacked out windows, a strong smell of weed. Caller thinks it's a grow. No information about anyone being kept there.")
    T("Report from a hotel in Sheffield city centre (staff trained on signs): the same man booked three rooms for a week, paid cash, and a steady stream of men visited the girls in the rooms. The girls never came down for breakfast and he held all the key cards. One girl had a bruise on her arm.",
      "RM", "PA RMS", "S")
    T("Caller states 'my brother was told he'll get a job in a factory in England, the agent took £2,000 from my mother for the visa, now he's in Sheffield and they make him sell drugs on the street and he says he can't leave'. Caller in Tirana via WhatsApp to a relative in Sheffield who rang us.",
      "DEC RM", "UF RMS", "C")
    T("Burglary, Hillsborough. Entry via rear window. Laptop and jewellery taken. CSI attended.")
    T("INT 2/B/P: DUNN, Marcus (31) of Goldthorpe uses a vulnerable adult's flat (cuckooing) to deal heroin and crack. Occupant, a 52yo man with alcohol dependency, now sleeps on the sofa and says Dunn's lads won't let him have visitors.",
      "AV RM ISO", "RMS IS", "C")
    T("Voicemail transcribed by call centre: 'hiya yeah its about the lad at the chippy on the high st in Dinnington he works every single day open to close and lives upstairs, the owner shouts at him and i seen him get slapped once. he's only young. i dont know if hes getting paid'",
      "EO PSV", "LH SW", "L")
    T("Modern slavery awareness training delivered to 18 staff at Rotherham Hospital. No referrals made.")
    T("Debrief (Sheffield custody, solicitor present): detained female, Chinese, 36, arrested at a brothel on Ecclesall Rd. She says she came on a tourist visa to work in a restaurant, the 'agent' said she owed £40,000 and took her passport. She has to see clients every day, she is not allowed out alone, they take her to the shops and back.",
      "DEC DB RD RM", "DT RMS ET UF", "S")
    T("Caller re Barnsley market: 'theres a man at the cash point with a big wad of cards taking money out one after the other, been there 20 mins'. Officers attended, male gone.",
      "", "MBC", "")
    T("GLAA inspection of a Doncaster farm labour provider: all workers hold their own documents, paid the minimum wage into their own accounts, bus transport free, no fees charged. Licence standards met.")
    T("IP (Sudanese, 19) disclosed to his support worker at Doncaster Refugee Service that a man he met at the hotel offered him cash work. He now works nights at a car wash in Bentley for £20. He says the man 'has been kind' and he is free to come and go. Support worker concerned about illegal working only.")
    T("Domestic servitude concern, Sheffield S11: Social worker visit. Indian female (34) lives with a family as a 'helper' on a domestic worker visa. She works from 6am to midnight cleaning, cooking and caring for 3 children. She sleeps on the kitchen floor. Her passport is kept by the employer in a safe. She has not been paid since arriving 8 months ago. She has no phone and says she doesn't know the address.",
      "EO AC RD WW ISO", "LH SW DT IS", "D")
    T("INT 3/B/P: A Sheffield building firm is using Kurdish asylum seekers as labourers on sites in Kelham Island at £40 a day for 12 hour days, no hard hats or boots, cash in hand. The foreman tells them if they get hurt not to go to hospital.",
      "AV WW AC EO", "LH", "L")
    T("Neighbour says 'two Chinese ladies live at the massage place on West Bar, I never see them go out except with the man who brings them food. The lights are on all night.'",
      "RM", "RMS SW", "S")
    T("Crime: criminal damage to a bus shelter on Doncaster Rd, Barnsley. No suspects.")
    T("Adult social care: concerns about a man with learning difficulties in Rawmarsh who is being made to work for a local scrap dealer for no pay, loading vans all day. He told his key worker 'Paul says I've got to or I can't stay in his shed'. He is living in a shed on the dealer's land.",
      "AV WW AC IT", "SW PLC", "L")
